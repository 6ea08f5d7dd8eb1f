//! Named tests for the clinical-safety principles of knowledge 2.0.0 (clinical review
//! 2026-12, findings F1-F24; see docs/knowledge-changes.md). Each test states one principle
//! on answers built for it, not on a listed patient.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use calcinosis_engine::assess::{assess, Assessment, Label, Warning};
use calcinosis_engine::knowledge::{Category, Urgency};
use common::answers;
use serde_json::json;

fn flags(a: &Assessment) -> Vec<&'static str> {
    a.red_flags.iter().map(|f| f.id).collect()
}

fn most_urgent(a: &Assessment) -> Option<Urgency> {
    a.red_flags.first().map(|f| f.urgency)
}

fn suggested(a: &Assessment, q: &str) -> Option<&'static str> {
    a.warnings.iter().find_map(|w| match w {
        Warning::WrongUnit {
            question,
            suggested,
        } if *question == q => Some(*suggested),
        _ => None,
    })
}

/// F1: severe pain in a calciphylaxis context is a same-day flag before any skin change,
/// and calciphylaxis leads the summary.
#[test]
fn severe_pain_on_dialysis_raises_calciphylaxis_whatever_the_lesion_looks_like() {
    for looks in [
        json!(["hard_nodule"]),
        json!(["papule"]),
        json!(["induration"]),
    ] {
        let a = assess(&answers(json!({
            "age": {"value": 60, "unit": "years"}, "kidney": "dialysis", "pain": "severe",
            "looks": looks, "sites": ["thigh"], "phosphate": {"value": 8.0, "unit": "mg/dL"},
            "calcium": {"value": 10.2, "unit": "mg/dL"}, "pth": {"value": 900, "unit": "pg/mL"}
        })));
        assert!(
            flags(&a).contains(&"calciphylaxis"),
            "{looks}: {:?}",
            flags(&a)
        );
        assert_eq!(a.ranking[0].category, Category::Calciphylaxis, "{looks}");
    }
    // The same lump without the risk context and without severe pain: no alarm.
    let a = assess(&answers(
        json!({"looks": ["hard_nodule"], "pain": "mild", "kidney": "none"}),
    ));
    assert!(!flags(&a).contains(&"calciphylaxis"));
}

/// F2: livedo in a risk context is a same-day flag whatever the pain; kidney failure
/// counts by eGFR or creatinine whatever the kidney answer says.
#[test]
fn livedo_or_a_scab_with_lab_kidney_failure_raises_calciphylaxis() {
    let painless = assess(&answers(
        json!({"looks": ["livedo"], "pain": "none", "warfarin": "yes"}),
    ));
    assert!(flags(&painless).contains(&"calciphylaxis"));
    let by_egfr = assess(&answers(json!({
        "looks": ["ulcer_eschar"], "kidney": "ckd_mild", "egfr": {"value": 12, "unit": "mL/min/1.73m2"}
    })));
    assert!(flags(&by_egfr).contains(&"calciphylaxis"));
    let by_creatinine = assess(&answers(json!({
        "age": {"value": 72, "unit": "years"}, "looks": ["ulcer_eschar"], "pain": "mild",
        "creatinine": {"value": 6.5, "unit": "mg/dL"}
    })));
    assert!(flags(&by_creatinine).contains(&"calciphylaxis"));
    // And the mild-CKD answer that the eGFR contradicts is pointed out.
    assert!(by_egfr.warnings.iter().any(|w| matches!(
        w,
        Warning::Contradiction {
            id: "mild_ckd_but_low_egfr",
            ..
        }
    )));
}

/// F12: an ulcerated deposit in a connective tissue disease gets the open-sore flag, not
/// the calciphylaxis alarm.
#[test]
fn an_ulcerated_deposit_in_scleroderma_is_an_open_sore_not_calciphylaxis() {
    let a = assess(&answers(json!({
        "ctd": ["systemic_sclerosis"], "looks": ["hard_nodule", "ulcer_eschar"],
        "pain": "moderate", "kidney": "none", "sites": ["fingers"]
    })));
    assert!(flags(&a).contains(&"open_sore"), "{:?}", flags(&a));
    assert!(!flags(&a).contains(&"calciphylaxis"));
}

/// F3: a corrected calcium of 14 mg/dL or more is an emergency without any symptom; 12 is
/// same day; 21 is used, not discarded.
#[test]
fn a_dangerous_calcium_value_alone_raises_the_right_urgency() {
    for (value, urgency) in [
        (14.5, Urgency::Emergency),
        (21.0, Urgency::Emergency),
        (12.4, Urgency::SameDay),
    ] {
        let a = assess(&answers(
            json!({"age": {"value": 59, "unit": "years"}, "calcium": {"value": value, "unit": "mg/dL"}}),
        ));
        assert_eq!(most_urgent(&a), Some(urgency), "calcium {value}");
    }
    // Corrected for a low albumin: 11.6 measured with albumin 2.5 is 12.8 corrected.
    let a = assess(&answers(json!({
        "age": {"value": 59, "unit": "years"}, "calcium": {"value": 11.6, "unit": "mg/dL"},
        "albumin": {"value": 2.5, "unit": "g/dL"}
    })));
    assert!(flags(&a).contains(&"calcium_high"));
}

/// F3: a value beyond the possible is never dropped in silence.
#[test]
fn an_impossible_calcium_is_questioned_and_flagged() {
    let a = assess(&answers(
        json!({"calcium": {"value": 35.0, "unit": "mg/dL"}}),
    ));
    assert!(a.warnings.contains(&Warning::Implausible {
        question: "calcium",
        high: true
    }));
    assert!(flags(&a).contains(&"calcium_check"));
}

/// F4: a calcium that looks like mmol/L is asked about (and phosphate with it), and not
/// used until then; F8: a plausible abnormal value keeps its unit.
#[test]
fn units_are_questioned_only_when_the_value_points_to_the_other_unit() {
    let a = assess(&answers(json!({
        "calcium": {"value": 3.1, "unit": "mg/dL"}, "phosphate": {"value": 1.6, "unit": "mg/dL"}
    })));
    assert_eq!(suggested(&a, "calcium"), Some("mmol/L"));
    assert_eq!(suggested(&a, "phosphate"), Some("mmol/L"));
    assert!(a
        .labs
        .reading(calcinosis_engine::knowledge::Analyte::Calcium)
        .is_none());
    // Calcium in mmol/L and a phosphate in mg/dL: the phosphate's unit is asked too.
    let mixed = assess(&answers(json!({
        "calcium": {"value": 2.45, "unit": "mmol/L"}, "phosphate": {"value": 2.6, "unit": "mg/dL"}
    })));
    assert_eq!(suggested(&mixed, "phosphate"), Some("mmol/L"));
    for (q, v, u) in [
        ("vitamin_d", 180.0, "ng/mL"),
        ("pth", 6.0, "pg/mL"),
        ("calcium", 12.8, "mg/dL"),
        ("phosphate", 2.4, "mg/dL"),
    ] {
        let a = assess(&answers(
            json!({"age": {"value": 50, "unit": "years"}, q: {"value": v, "unit": u}}),
        ));
        assert_eq!(suggested(&a, q), None, "{q} {v} {u}");
    }
}

/// F6: low calcium and tumour lysis are emergencies.
#[test]
fn low_calcium_and_tumour_lysis_are_emergencies() {
    let low = assess(&answers(
        json!({"age": {"value": 6, "unit": "years"}, "calcium": {"value": 6.9, "unit": "mg/dL"}}),
    ));
    assert!(flags(&low).contains(&"calcium_low"));
    let tingling = assess(&answers(json!({
        "age": {"value": 40, "unit": "years"}, "calcium": {"value": 8.0, "unit": "mg/dL"},
        "calcium_symptoms": ["mouth_tingling"]
    })));
    assert!(flags(&tingling).contains(&"calcium_low"));
    let lysis = assess(&answers(
        json!({"phosphate": {"value": 11.5, "unit": "mg/dL"}, "kidney_sudden": "yes"}),
    ));
    assert_eq!(most_urgent(&lysis), Some(Urgency::Emergency));
    assert!(flags(&lysis).contains(&"tumour_lysis"));
}

/// F5: a febrile baby under 3 months is an emergency.
#[test]
fn a_febrile_young_baby_is_an_emergency() {
    let baby = assess(&answers(
        json!({"age": {"value": 1.2, "unit": "months"}, "infection_signs": ["fever"]}),
    ));
    assert_eq!(most_urgent(&baby), Some(Urgency::Emergency));
    assert!(flags(&baby).contains(&"infant_fever"));
    assert!(
        !flags(&baby).contains(&"infection_fever"),
        "the adult text is replaced"
    );
    let older = assess(&answers(
        json!({"age": {"value": 8, "unit": "months"}, "infection_signs": ["fever"]}),
    ));
    assert_eq!(most_urgent(&older), Some(Urgency::SameDay));
}

/// F15: trouble swallowing or breathing is an emergency; weakness in known
/// dermatomyositis is a flare, not "may have dermatomyositis".
#[test]
fn dermatomyositis_weakness_and_swallowing() {
    let jdm = assess(&answers(json!({
        "age": {"value": 7, "unit": "years"}, "ctd": ["dermatomyositis"], "nerve_signs": ["weakness"]
    })));
    assert!(flags(&jdm).contains(&"dermatomyositis_weakness"));
    assert!(!flags(&jdm).contains(&"child_weakness"));
    assert!(!flags(&jdm).contains(&"nerve_weakness"));
    let swallow = assess(&answers(
        json!({"calcium_symptoms": ["swallowing_breathing"]}),
    ));
    assert_eq!(most_urgent(&swallow), Some(Urgency::Emergency));
}

/// F7: a deep, large or growing lump not shown to be calcium is never "likely" anything;
/// calcium shown (or chalky discharge) lifts that.
#[test]
fn an_unconfirmed_mass_is_never_likely_anything() {
    let mass = json!({
        "age": {"value": 34, "unit": "years"}, "sites": ["thigh"], "size": "5cm_plus",
        "depth": "deep", "looks": ["large_mass"], "growing": "fast", "pain": "none",
        "calcium": {"value": 9.4, "unit": "mg/dL"}, "phosphate": {"value": 3.5, "unit": "mg/dL"},
        "kidney": "none"
    });
    let a = assess(&answers(mass.clone()));
    assert!(a.scan_first && a.undetermined);
    assert!(a.ranking.iter().all(|r| r.label != Label::Likely));
    assert!(a.mimics.contains(&"sarcoma"));
    assert!(!a
        .questions
        .iter()
        .any(|q| q.id == "tcn_surgery" || q.id == "gen_surgery"));
    let mut shown = mass;
    shown["calcium_shown"] = json!("yes");
    let b = assess(&answers(shown));
    assert!(!b.scan_first);
    assert!(!b.mimics.contains(&"sarcoma"));
}

/// F7: a growing lump in a child or young person: within 2 days, not "a few days".
#[test]
fn a_growing_lump_in_a_young_person_needs_an_ultrasound_within_two_days() {
    let a = assess(&answers(json!({
        "age": {"value": 16, "unit": "years"}, "looks": ["large_mass"], "size": "5cm_plus", "growing": "fast"
    })));
    assert!(flags(&a).contains(&"mass_young"));
    assert!(!flags(&a).contains(&"mass"), "mass_young replaces mass");
    assert!(a
        .questions
        .first()
        .is_some_and(|q| q.id == "urgent_mass_young" && q.important));
}

/// F13: in an emergency the first questions are tied to the flag; at most three are most
/// important; no dialysis or parathyroid-surgery questions without kidney failure; no
/// inherited-type genetics after 40.
#[test]
fn physician_questions_follow_the_flags_and_the_context() {
    let a = assess(&answers(json!({
        "age": {"value": 66, "unit": "years"}, "calcium": {"value": 15.2, "unit": "mg/dL"},
        "calcium_symptoms": ["confusion", "vomiting"], "supplements": ["calcium"], "kidney": "ckd_mild"
    })));
    assert_eq!(a.questions.first().map(|q| q.id), Some("urgent_calcium"));
    assert!(a.questions.iter().filter(|q| q.important).count() <= 3);
    assert!(a
        .questions
        .iter()
        .take(3)
        .any(|q| q.id == "urgent_stop_supplements"));
    assert!(!a
        .questions
        .iter()
        .any(|q| q.id == "tcs_dialysis_changes" || q.id == "tcs_parathyroidectomy"));
    let older = assess(&answers(json!({
        "age": {"value": 74, "unit": "years"}, "phosphate": {"value": 6.5, "unit": "mg/dL"},
        "family_history": "yes", "size": "5cm_plus", "depth": "around_joint", "sites": ["buttock_hip"]
    })));
    assert!(!older.questions.iter().any(|q| q.id == "tch_genetic"));
}

/// F20, F22: no redundant IV question; a baby's age is quoted in weeks or days.
#[test]
fn a_babys_age_is_quoted_in_weeks_and_answered_questions_are_not_asked_again() {
    let a = assess(&answers(json!({
        "age": {"value": 0.75, "unit": "months"}, "sites": ["hand", "iv_site"], "iv_calcium": "yes",
        "calcium": {"value": 10.2, "unit": "mg/dL"}, "phosphate": {"value": 7.2, "unit": "mg/dL"},
        "hospital_recent": "yes"
    })));
    assert!(!a.questions.iter().any(|q| q.id == "iat_iv_history"));
    let age = a
        .questions
        .iter()
        .flat_map(|q| &q.params)
        .find(|p| p.name == "age")
        .unwrap();
    assert_eq!((age.value, age.unit), (3.0, "weeks"));
    // F11: the Ca x P of a healthy newborn is not read with adult thresholds.
    assert!(!common::fired(&a, "tcs_caxp") && !common::fired(&a, "met_caxp_raised"));
}

/// F14: the mimics are named where they fit.
#[test]
fn mimics_are_named_where_they_fit() {
    let gout = assess(&answers(json!({
        "age": {"value": 68, "unit": "years"}, "sites": ["toes", "fingers"],
        "looks": ["hard_nodule", "chalky_discharge"], "infection_signs": ["redness", "warmth"]
    })));
    assert!(gout.mimics.contains(&"gout"));
    let pilo = assess(&answers(json!({
        "age": {"value": 8, "unit": "years"}, "sites": ["face_ear"], "looks": ["hard_nodule"],
        "depth": "under_skin", "size": "5_to_20mm"
    })));
    assert!(pilo.mimics.contains(&"pilomatricoma"));
    assert!(
        pilo.ranking.iter().all(|r| r.label != Label::Likely),
        "not a confident SCN"
    );
    let fop = assess(&answers(
        json!({"age": {"value": 4, "unit": "years"}, "big_toes": "yes", "sites": ["back"]}),
    ));
    assert!(fop.mimics.contains(&"fop"));
    assert!(fop.questions.iter().any(|q| q.id == "gen_fop"));
}

/// F1: on dialysis, a painful lesion not described as a lump (or any on the penis) may be
/// calciphylaxis before its typical skin: same day. Hard lumps there are not.
#[test]
fn a_painful_lesion_on_dialysis_without_a_lump_raises_calciphylaxis() {
    let painful = assess(&answers(json!({"kidney": "dialysis", "pain": "moderate"})));
    assert!(flags(&painful).contains(&"calciphylaxis"));
    let penis = assess(&answers(json!({"kidney": "dialysis", "sites": ["penis"]})));
    assert!(flags(&penis).contains(&"calciphylaxis"));
    let lumps = assess(&answers(json!({
        "kidney": "ckd_severe", "pain": "moderate", "looks": ["hard_nodule"],
        "sites": ["fingers", "penis"]
    })));
    assert!(
        !flags(&lumps).contains(&"calciphylaxis"),
        "{:?}",
        flags(&lumps)
    );
}

/// A person who said which connective tissue disease they have is not handed "could this be
/// related to a connective tissue disease?"; they get whether the disease is active
/// instead. Without one, the first question still asks it (UX review, Lucía).
#[test]
fn a_known_connective_tissue_disease_is_not_asked_about_again() {
    let ids = |a: &Assessment| a.questions.iter().map(|q| q.id).collect::<Vec<_>>();
    let with_lupus = assess(&answers(json!({
        "age": {"value": 34, "unit": "years"}, "sex": "female", "ctd": ["lupus"],
        "sites": ["fingers"], "looks": ["hard_nodule"],
    })));
    assert!(
        !ids(&with_lupus).contains(&"dys_ctd_related"),
        "{:?}",
        ids(&with_lupus)
    );
    assert!(
        ids(&with_lupus).contains(&"dys_disease_active"),
        "{:?}",
        ids(&with_lupus)
    );
    let unknown = assess(&answers(json!({
        "age": {"value": 34, "unit": "years"}, "sex": "female",
        "sites": ["fingers"], "local_injury": ["trauma"], "looks": ["hard_nodule"],
    })));
    assert_eq!(unknown.ranking[0].category, Category::Dystrophic);
    assert!(
        ids(&unknown).contains(&"dys_ctd_related"),
        "{:?}",
        ids(&unknown)
    );
}
