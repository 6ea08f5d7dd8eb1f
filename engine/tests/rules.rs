//! Table-driven: one named case per rule, per red flag and per category, each with the
//! answers that make it fire. The sources of each rule are in `knowledge::rules`; a test
//! below checks that this table names every rule and every flag.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;

use calcinosis_engine::assess::{assess, Label};
use calcinosis_engine::knowledge::red_flags::RED_FLAGS;
use calcinosis_engine::knowledge::rules::RULES;
use calcinosis_engine::knowledge::Category;
use common::{answers, fired};
use serde_json::{json, Value};

fn adult(extra: Value) -> Value {
    let mut base = json!({"age": {"value": 45, "unit": "years"}});
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    base
}

/// (rule id, a source the rule cites, answers that make it fire)
fn rule_cases() -> Vec<(&'static str, &'static str, Value)> {
    let normal = json!({"calcium": {"value": 9.4, "unit": "mg/dL"}, "phosphate": {"value": 3.5, "unit": "mg/dL"}});
    let with = |mut v: Value, extra: &Value| {
        if let (Some(b), Some(e)) = (v.as_object_mut(), extra.as_object()) {
            b.extend(e.clone());
        }
        v
    };
    let big_hip = json!({"size": "5cm_plus", "sites": ["buttock_hip"]});
    let necrosis = json!({"looks": ["livedo"]});
    vec![
        (
            "dys_systemic_sclerosis",
            "S21",
            json!({"ctd": ["systemic_sclerosis"]}),
        ),
        (
            "dys_dermatomyositis",
            "S19",
            json!({"ctd": ["dermatomyositis"]}),
        ),
        ("dys_lupus", "S22", json!({"ctd": ["lupus"]})),
        ("dys_other_ctd", "S5", json!({"ctd": ["other_ctd"]})),
        (
            "dys_local_damage",
            "S5",
            json!({"local_injury": ["trauma"]}),
        ),
        (
            "dys_ctd_typical_sites",
            "S21",
            json!({"ctd": ["systemic_sclerosis"], "sites": ["fingers"]}),
        ),
        ("dys_transplant", "S4", json!({"transplant": "yes"})),
        ("dys_labs_normal", "S1", adult(normal.clone())),
        (
            "dys_labs_abnormal",
            "S1",
            adult(json!({"calcium": {"value": 12.0, "unit": "mg/dL"}})),
        ),
        (
            "met_calcium_high",
            "S1",
            adult(json!({"calcium": {"value": 12.0, "unit": "mg/dL"}})),
        ),
        (
            "met_phosphate_high",
            "S1",
            adult(json!({"phosphate": {"value": 6.8, "unit": "mg/dL"}})),
        ),
        (
            "met_caxp_raised",
            "S6",
            adult(
                json!({"calcium": {"value": 10.0, "unit": "mg/dL"}, "phosphate": {"value": 6.0, "unit": "mg/dL"}}),
            ),
        ),
        (
            "met_caxp_high",
            "S4",
            adult(
                json!({"calcium": {"value": 10.0, "unit": "mg/dL"}, "phosphate": {"value": 7.5, "unit": "mg/dL"}}),
            ),
        ),
        ("met_kidney_disease", "S5", json!({"kidney": "ckd_mild"})),
        (
            "met_hyperparathyroidism",
            "S5",
            json!({"hyperparathyroidism": "yes"}),
        ),
        (
            "met_pth_high",
            "S83",
            adult(json!({"pth": {"value": 180, "unit": "pg/mL"}})),
        ),
        (
            "met_supplements",
            "S52",
            json!({"supplements": ["antacids"]}),
        ),
        (
            "met_vitamin_d_toxic",
            "S50",
            json!({"vitamin_d": {"value": 400, "unit": "nmol/L"}}),
        ),
        ("met_sarcoidosis", "S5", json!({"sarcoidosis": "yes"})),
        ("met_cancer_bone", "S5", json!({"cancer_bone": "yes"})),
        (
            "met_papules_nodules",
            "S7",
            json!({"looks": ["papule"], "kidney": "dialysis"}),
        ),
        ("met_labs_normal", "S1", adult(normal.clone())),
        ("met_big_periarticular", "S62", big_hip.clone()),
        ("iat_iv_calcium", "S1", json!({"iv_calcium": "yes"})),
        ("iat_iv_leak", "S29", json!({"iv_leak": "yes"})),
        ("iat_iv_site", "S5", json!({"sites": ["iv_site"]})),
        (
            "iat_heel_sticks",
            "S28",
            json!({"age": {"value": 8, "unit": "months"}, "heel_pricks": "yes", "sites": ["heel"]}),
        ),
        (
            "iat_electrode_paste",
            "S8",
            json!({"electrode_paste": "yes"}),
        ),
        ("iat_hospital", "S7", json!({"hospital_recent": "yes"})),
        (
            "iat_infant",
            "S29",
            json!({"age": {"value": 3, "unit": "months"}, "hospital_recent": "yes"}),
        ),
        (
            "iat_no_exposure",
            "S1",
            adult(json!({"iv_calcium": "no", "electrode_paste": "no"})),
        ),
        (
            "idi_scrotum",
            "S25",
            json!({"sex": "male", "sites": ["scrotum"]}),
        ),
        (
            "idi_genital",
            "S26",
            json!({"sex": "female", "sites": ["vulva"]}),
        ),
        (
            "idi_subepidermal_nodule",
            "S23",
            json!({"age": {"value": 7, "unit": "years"}, "sites": ["face_ear"], "size": "under_5mm", "depth": "in_skin"}),
        ),
        (
            "idi_face_papule",
            "S23",
            json!({"sites": ["face_ear"], "looks": ["papule"]}),
        ),
        ("idi_down_syndrome", "S27", json!({"down_syndrome": "yes"})),
        (
            "idi_small_in_skin",
            "S24",
            json!({"depth": "in_skin", "size": "under_5mm"}),
        ),
        ("idi_painless", "S25", json!({"pain": "none"})),
        ("idi_transplant", "S4", json!({"transplant": "yes"})),
        ("idi_labs_normal", "S1", adult(normal.clone())),
        ("idi_cause_found", "S1", json!({"ctd": ["lupus"]})),
        ("idi_big", "S24", json!({"size": "5cm_plus"})),
        ("tch_big_periarticular", "S10", big_hip.clone()),
        (
            "tch_phosphate_high_kidneys_work",
            "S13",
            json!({"age": {"value": 25, "unit": "years"}, "phosphate": {"value": 6.8, "unit": "mg/dL"}, "kidney": "none"}),
        ),
        (
            "tch_young",
            "S9",
            json!({"age": {"value": 14, "unit": "years"}}),
        ),
        ("tch_family", "S87", json!({"family_history": "yes"})),
        ("tch_dental_eye", "S13", json!({"dental_eye": "yes"})),
        (
            "tch_painful_mass",
            "S13",
            json!({"size": "5cm_plus", "pain": "moderate"}),
        ),
        ("tch_phosphate_normal", "S9", adult(normal.clone())),
        ("tch_kidney_failure", "S65", json!({"kidney": "dialysis"})),
        (
            "tch_calcium_high",
            "S13",
            adult(json!({"calcium": {"value": 3.1, "unit": "mmol/L"}})),
        ),
        ("tch_small", "S10", json!({"size": "under_5mm"})),
        ("tcn_big_periarticular", "S10", big_hip.clone()),
        ("tcn_big_mass", "S73", json!({"looks": ["large_mass"]})),
        ("tcn_phosphate_normal", "S9", adult(normal.clone())),
        ("tcn_calcium_normal", "S105", adult(normal.clone())),
        (
            "tcn_painless_mass",
            "S18",
            json!({"size": "5cm_plus", "pain": "none"}),
        ),
        (
            "tcn_young",
            "S73",
            json!({"age": {"value": 15, "unit": "years"}}),
        ),
        ("tcn_gluteal_hip", "S74", big_hip.clone()),
        ("tcn_family", "S16", json!({"family_history": "yes"})),
        (
            "tcn_phosphate_high",
            "S9",
            adult(json!({"phosphate": {"value": 2.0, "unit": "mmol/L"}})),
        ),
        ("tcn_secondary_cause", "S9", json!({"kidney": "dialysis"})),
        ("tcn_small", "S10", json!({"size": "under_5mm"})),
        ("tcs_big_periarticular", "S9", big_hip.clone()),
        ("tcs_dialysis", "S18", json!({"kidney": "dialysis"})),
        (
            "tcs_dialysis_mass",
            "S65",
            json!({"kidney": "dialysis", "looks": ["large_mass"]}),
        ),
        ("tcs_ckd_severe", "S9", json!({"kidney": "ckd_severe"})),
        (
            "tcs_pth_very_high",
            "S64",
            json!({"pth": {"value": 60, "unit": "pmol/L"}}),
        ),
        (
            "tcs_caxp",
            "S64",
            adult(
                json!({"calcium": {"value": 9.0, "unit": "mg/dL"}, "phosphate": {"value": 7.0, "unit": "mg/dL"}}),
            ),
        ),
        (
            "tcs_other_secondary_cause",
            "S9",
            with(big_hip.clone(), &json!({"ctd": ["systemic_sclerosis"]})),
        ),
        ("tcs_no_secondary_cause", "S9", json!({"kidney": "none"})),
        ("tcs_small", "S10", json!({"size": "under_5mm"})),
        ("cal_livedo", "S2", necrosis.clone()),
        (
            "cal_ulcer_eschar",
            "S39",
            json!({"looks": ["ulcer_eschar"]}),
        ),
        (
            "cal_severe_pain",
            "S39",
            json!({"pain": "severe", "kidney": "dialysis"}),
        ),
        (
            "cal_pain_out_of_proportion",
            "S68",
            json!({"pain": "severe", "pain_out_of_proportion": "yes", "looks": ["induration"]}),
        ),
        (
            "cal_severe_pain_with_necrosis",
            "S32",
            json!({"pain": "severe", "looks": ["ulcer_eschar"], "sites": ["thigh"]}),
        ),
        ("cal_dialysis", "S31", json!({"kidney": "dialysis"})),
        ("cal_ckd_severe", "S31", json!({"kidney": "ckd_severe"})),
        (
            "cal_dialysis_over_5_years",
            "S41",
            json!({"kidney": "dialysis", "dialysis_years": "over_5"}),
        ),
        ("cal_warfarin", "S31", json!({"warfarin": "yes"})),
        (
            "cal_fatty_sites",
            "S39",
            json!({"looks": ["livedo"], "sites": ["abdomen"]}),
        ),
        (
            "cal_risk_factor_with_lesion",
            "S41",
            json!({"looks": ["livedo"], "diabetes": "yes"}),
        ),
        (
            "cal_no_typical_skin",
            "S39",
            json!({"looks": ["hard_nodule"]}),
        ),
        ("cal_painless", "S39", json!({"pain": "none"})),
        // Added with knowledge 2.0.0 (clinical review 2026-12).
        ("dys_inherited_ctd", "S5", json!({"ctd": ["inherited_ctd"]})),
        (
            "met_kidney_failure",
            "S6",
            json!({"egfr": {"value": 22, "unit": "mL/min/1.73m2"}}),
        ),
        (
            "met_necrotic_skin",
            "S39",
            json!({"looks": ["ulcer_eschar"], "warfarin": "yes"}),
        ),
        (
            "tch_adult_onset",
            "S13",
            adult(json!({"age": {"value": 61, "unit": "years"}})),
        ),
        (
            "tch_other_cause",
            "S119",
            json!({"hypoparathyroidism": "yes"}),
        ),
        ("cal_induration", "S88", json!({"looks": ["induration"]})),
        (
            "cal_female",
            "S36",
            json!({"sex": "female", "looks": ["livedo"], "warfarin": "yes"}),
        ),
        (
            "cal_phosphate_high",
            "S31",
            adult(json!({"looks": ["ulcer_eschar"], "phosphate": {"value": 7.1, "unit": "mg/dL"}})),
        ),
        (
            "cal_caxp",
            "S31",
            adult(
                json!({"looks": ["livedo"], "calcium": {"value": 9.8, "unit": "mg/dL"}, "phosphate": {"value": 6.5, "unit": "mg/dL"}}),
            ),
        ),
        (
            "cal_pth_high",
            "S41",
            json!({"looks": ["induration"], "pth": {"value": 450, "unit": "pg/mL"}}),
        ),
        (
            "cal_albumin_low",
            "S88",
            json!({"looks": ["livedo"], "albumin": {"value": 2.9, "unit": "g/dL"}}),
        ),
        (
            "cal_alp_high",
            "S31",
            adult(json!({"looks": ["livedo"], "alp": {"value": 260, "unit": "U/L"}})),
        ),
        (
            "cal_binder_vitamin_d",
            "S31",
            json!({"looks": ["livedo"], "kidney": "dialysis", "supplements": ["calcium"]}),
        ),
        (
            "cal_recent",
            "S39",
            json!({"looks": ["induration"], "duration": "weeks"}),
        ),
        (
            "cal_tender_plaque",
            "S88",
            json!({"looks": ["induration"], "pain": "severe", "tender": "yes"}),
        ),
        ("cal_chalky", "S7", json!({"looks": ["chalky_discharge"]})),
        ("cal_around_joint", "S1", json!({"depth": "around_joint"})),
        (
            "cal_no_risk_known",
            "S31",
            json!({"looks": ["ulcer_eschar"], "kidney": "none", "pain": "mild"}),
        ),
        (
            "met_big_mass",
            "S1",
            json!({"size": "5cm_plus", "sites": ["thigh"]}),
        ),
        ("met_around_joint", "S10", json!({"depth": "around_joint"})),
        (
            "tcs_phosphate_high",
            "S66",
            adult(json!({"phosphate": {"value": 7.0, "unit": "mg/dL"}, "kidney": "dialysis"})),
        ),
        (
            "tcs_around_joint",
            "S9",
            json!({"kidney": "dialysis", "depth": "around_joint", "sites": ["fingers"]}),
        ),
        (
            "iat_injections",
            "S8",
            json!({"local_injury": ["injections"]}),
        ),
        (
            "iat_drip_no_leak",
            "S29",
            json!({"iv_calcium": "yes", "iv_leak": "no"}),
        ),
    ]
}

#[test]
fn each_rule_fires_on_its_case_and_not_on_empty_answers() {
    let empty = assess(&answers(json!({})));
    for (id, source, v) in rule_cases() {
        let rule = RULES.iter().find(|r| r.id == id).unwrap();
        assert!(
            rule.sources.contains(&source),
            "rule {id} does not cite {source}"
        );
        let a = assess(&answers(v.clone()));
        assert!(fired(&a, id), "rule {id} [{source}] did not fire on {v}");
        assert!(!fired(&empty, id), "rule {id} fires with no answers at all");
    }
}

#[test]
fn the_table_names_every_rule_once() {
    let named: Vec<&str> = rule_cases().iter().map(|(id, _, _)| *id).collect();
    let set: BTreeSet<&str> = named.iter().copied().collect();
    assert_eq!(set.len(), named.len(), "a rule is named twice");
    for r in RULES {
        assert!(set.contains(r.id), "rule {} has no named case", r.id);
    }
}

/// (flag id, answers that raise it)
fn flag_cases() -> Vec<(&'static str, Value)> {
    vec![
        (
            "calciphylaxis",
            json!({"looks": ["ulcer_eschar"], "kidney": "dialysis"}),
        ),
        ("infection_fever", json!({"infection_signs": ["fever"]})),
        (
            "infection",
            json!({"infection_signs": ["redness", "warmth"]}),
        ),
        ("nerve_weakness", json!({"nerve_signs": ["weakness"]})),
        ("nerve_numbness", json!({"nerve_signs": ["tingling"]})),
        ("mass", json!({"depth": "deep"})),
        (
            "high_calcium_confusion",
            json!({"calcium_symptoms": ["confusion"]}),
        ),
        (
            "high_calcium_symptoms",
            json!({"calcium_symptoms": ["thirst"]}),
        ),
        (
            "infant_iv_site",
            json!({"age": {"value": 2, "unit": "months"}, "sites": ["iv_site"], "infection_signs": ["redness"]}),
        ),
        (
            "joint_progression",
            json!({"depth": "around_joint", "growing": "fast", "pain": "moderate"}),
        ),
        (
            "child_weakness",
            json!({"age": {"value": 9, "unit": "years"}, "nerve_signs": ["weakness"]}),
        ),
        // Added with knowledge 2.0.0 (clinical review 2026-12).
        (
            "calcium_very_high",
            adult(json!({"calcium": {"value": 14.5, "unit": "mg/dL"}})),
        ),
        (
            "calcium_low",
            adult(json!({"calcium": {"value": 7.0, "unit": "mg/dL"}})),
        ),
        (
            "tumour_lysis",
            json!({"phosphate": {"value": 11.0, "unit": "mg/dL"}, "chemotherapy": "yes"}),
        ),
        (
            "infant_fever",
            json!({"age": {"value": 1, "unit": "months"}, "infection_signs": ["fever"]}),
        ),
        (
            "fever_high_risk",
            json!({"kidney": "dialysis", "infection_signs": ["fever"]}),
        ),
        (
            "swallowing_breathing",
            json!({"calcium_symptoms": ["swallowing_breathing"]}),
        ),
        (
            "calcium_high",
            adult(json!({"calcium": {"value": 12.6, "unit": "mg/dL"}})),
        ),
        (
            "calcium_check",
            json!({"calcium": {"value": 2.6, "unit": "mg/dL"}}),
        ),
        (
            "phosphate_very_high",
            adult(json!({"phosphate": {"value": 10.5, "unit": "mg/dL"}})),
        ),
        (
            "dermatomyositis_weakness",
            json!({"ctd": ["dermatomyositis"], "nerve_signs": ["weakness"]}),
        ),
        ("open_sore", json!({"looks": ["ulcer_eschar"]})),
        (
            "mass_young",
            json!({"age": {"value": 16, "unit": "years"}, "growing": "slow", "looks": ["hard_nodule"]}),
        ),
    ]
}

#[test]
fn each_red_flag_is_raised_by_its_case() {
    let empty = assess(&answers(json!({})));
    assert!(empty.red_flags.is_empty());
    for (id, v) in flag_cases() {
        let a = assess(&answers(v.clone()));
        assert!(
            a.red_flags.iter().any(|f| f.id == id),
            "flag {id} not raised by {v}"
        );
    }
    let named: BTreeSet<&str> = flag_cases().iter().map(|(id, _)| *id).collect();
    for f in RED_FLAGS {
        assert!(named.contains(f.id), "flag {} has no case", f.id);
    }
}

#[test]
fn red_flags_come_most_urgent_first() {
    let a = assess(&answers(json!({
        "nerve_signs": ["tingling"], "calcium_symptoms": ["confusion"], "infection_signs": ["fever"]
    })));
    let ids: Vec<&str> = a.red_flags.iter().map(|f| f.id).collect();
    assert_eq!(ids.first(), Some(&"high_calcium_confusion"), "{ids:?}");
    assert_eq!(ids.last(), Some(&"nerve_numbness"), "{ids:?}");
}

/// A typical person per category: each category is reachable as the likely one.
fn prototypes() -> Vec<(Category, Value)> {
    vec![
        (
            Category::Dystrophic,
            json!({"age": {"value": 52, "unit": "years"}, "sex": "female", "ctd": ["systemic_sclerosis"], "sites": ["fingers"], "looks": ["hard_nodule", "chalky_discharge"], "pain": "moderate", "calcium": {"value": 9.3, "unit": "mg/dL"}, "phosphate": {"value": 3.6, "unit": "mg/dL"}}),
        ),
        (
            Category::Metastatic,
            json!({"age": {"value": 58, "unit": "years"}, "hyperparathyroidism": "yes", "looks": ["papule"], "calcium": {"value": 12.8, "unit": "mg/dL"}, "phosphate": {"value": 3.0, "unit": "mg/dL"}, "pth": {"value": 310, "unit": "pg/mL"}}),
        ),
        (
            Category::Iatrogenic,
            json!({"age": {"value": 2, "unit": "months"}, "sites": ["iv_site", "forearm_wrist"], "iv_calcium": "yes", "iv_leak": "yes", "hospital_recent": "yes", "looks": ["hard_nodule"]}),
        ),
        (
            Category::Idiopathic,
            json!({"age": {"value": 19, "unit": "years"}, "sex": "male", "sites": ["scrotum"], "lesion_count": "many", "size": "5_to_20mm", "pain": "none", "calcium": {"value": 9.4, "unit": "mg/dL"}, "phosphate": {"value": 3.5, "unit": "mg/dL"}}),
        ),
        (
            Category::TumoralPrimaryHyperphosphatemic,
            json!({"age": {"value": 13, "unit": "years"}, "sites": ["buttock_hip"], "size": "5cm_plus", "depth": "around_joint", "kidney": "none", "family_history": "yes", "phosphate": {"value": 7.4, "unit": "mg/dL"}, "calcium": {"value": 9.6, "unit": "mg/dL"}, "calcium_shown": "yes"}),
        ),
        (
            Category::TumoralPrimaryNormophosphatemic,
            json!({"age": {"value": 15, "unit": "years"}, "sex": "female", "sites": ["buttock_hip"], "size": "5cm_plus", "pain": "none", "local_injury": ["none"], "kidney": "none", "calcium": {"value": 9.5, "unit": "mg/dL"}, "phosphate": {"value": 4.0, "unit": "mg/dL"}, "calcium_shown": "yes"}),
        ),
        (
            Category::TumoralSecondary,
            json!({"age": {"value": 47, "unit": "years"}, "sites": ["shoulder"], "size": "5cm_plus", "depth": "around_joint", "looks": ["large_mass"], "pain": "mild", "kidney": "dialysis", "dialysis_years": "1_to_5", "phosphate": {"value": 7.8, "unit": "mg/dL"}, "pth": {"value": 820, "unit": "pg/mL"}, "calcium_shown": "yes"}),
        ),
        (
            Category::Calciphylaxis,
            json!({"age": {"value": 63, "unit": "years"}, "sex": "female", "sites": ["thigh"], "looks": ["livedo", "ulcer_eschar"], "pain": "severe", "kidney": "dialysis", "warfarin": "yes"}),
        ),
    ]
}

#[test]
fn every_category_is_reachable_as_likely() {
    for (c, v) in prototypes() {
        let a = assess(&answers(v.clone()));
        let top = a.top().unwrap();
        assert_eq!(
            top.category, c,
            "prototype for {c:?} ranked {:?} first: {v}",
            top.category
        );
        assert_eq!(top.label, Label::Likely, "{c:?} not called likely");
        assert!(!a.undetermined);
    }
}

#[test]
fn empty_answers_cannot_tell_yet() {
    let a = assess(&answers(json!({})));
    assert!(a.undetermined);
    assert!(a.ranking.iter().all(|r| r.label != Label::Likely));
    assert!(
        !a.would_help.is_empty(),
        "nothing suggested to separate the categories"
    );
    // General questions for the physician are always offered.
    assert!(a.questions.iter().any(|q| q.id == "gen_tests"));
}
