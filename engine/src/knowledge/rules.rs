//! The scoring rules: evidence for (positive weight) and against (negative weight) each
//! category, each with its published sources. Wording: `rule.<id>` in the catalog.
//!
//! Weights are a design choice (derived), on one scale for all categories:
//! 5-6 = a hallmark finding the sources name as defining (IV calcium at the site, scrotal
//! site, dialysis with a big periarticular mass); 3-4 = a strong association; 1-2 = a
//! supporting feature; negative = a finding the sources say argues against the category.
//! A category needs a score of at least 5, and a lead of 2 over the next, to be called
//! likely (`crate::assess`).

use super::conditions::*;
use super::Analyte::{Albumin, Alp, Calcium, Creatinine, Egfr, Phosphate, Pth, VitaminD};
use super::Category::*;
use super::Cond::{self, *};
use super::Level::{High, Normal};
use super::Rule;

const fn rule(
    id: &'static str,
    category: super::Category,
    weight: i32,
    when: Cond,
    sources: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        category,
        weight,
        when,
        sources,
    }
}

// Shared conditions (kidney failure, calciphylaxis context, CTD...) live in
// `super::conditions`, so that rules, red flags and physician questions agree.
const LABS_NORMAL: Cond = All(&[Lab(Calcium, Normal), Lab(Phosphate, Normal)]);
const CA_OR_P_HIGH: Cond = Any(&[Lab(Calcium, High), Lab(Phosphate, High)]);
const BIG: Cond = Any(&[Is("size", "5cm_plus"), Has("looks", "large_mass")]);
const NEAR_BIG_JOINT: Cond = Any(&[
    Is("depth", "around_joint"),
    HasAny("sites", &["buttock_hip", "shoulder", "elbow"]),
]);
const BIG_PERIARTICULAR: Cond = All(&[BIG, NEAR_BIG_JOINT]);
// Earlier damage at the place of the lump [S5] (burns, venous disease and a lump or cyst
// that was there before added after review F14).
const LOCAL_DAMAGE: Cond = HasAny(
    "local_injury",
    &[
        "surgery",
        "trauma",
        "acne",
        "infection",
        "injections",
        "burn",
        "venous",
        "prior_lump",
        "panniculitis",
    ],
);
// Tumoral calcinosis forms masses: its supporting features (age, normal labs) only count
// when the lump is not known to be small [S10][S18].
const NOT_SMALL: Cond = Not(&SMALL);

pub const RULES: &[Rule] = &[
    // ---------------------------------------------------------------- dystrophic
    rule(
        "dys_systemic_sclerosis",
        Dystrophic,
        5,
        Has("ctd", "systemic_sclerosis"),
        &["S21", "S69", "S1"],
    ),
    rule(
        "dys_dermatomyositis",
        Dystrophic,
        5,
        Has("ctd", "dermatomyositis"),
        &["S19", "S20", "S77"],
    ),
    rule(
        "dys_lupus",
        Dystrophic,
        4,
        Has("ctd", "lupus"),
        &["S22", "S82"],
    ),
    rule(
        "dys_other_ctd",
        Dystrophic,
        3,
        Has("ctd", "other_ctd"),
        &["S5"],
    ),
    rule(
        "dys_inherited_ctd",
        Dystrophic,
        3,
        Has("ctd", "inherited_ctd"),
        &["S5"],
    ),
    rule(
        "dys_local_damage",
        Dystrophic,
        3,
        LOCAL_DAMAGE,
        &["S5", "S60", "S1"],
    ),
    rule(
        "dys_ctd_typical_sites",
        Dystrophic,
        2,
        All(&[
            HasAny("ctd", &["systemic_sclerosis", "dermatomyositis"]),
            HasAny(
                "sites",
                &["fingers", "hand", "elbow", "knee", "buttock_hip"],
            ),
        ]),
        &["S21", "S19"],
    ),
    // Transplant-associated calcinosis cutis is classed as dystrophic or as idiopathic,
    // depending on the authors [S4]: a weak pointer to both.
    rule(
        "dys_transplant",
        Dystrophic,
        1,
        Is("transplant", "yes"),
        &["S4"],
    ),
    rule("dys_labs_normal", Dystrophic, 1, LABS_NORMAL, &["S1", "S3"]),
    rule(
        "dys_labs_abnormal",
        Dystrophic,
        -3,
        CA_OR_P_HIGH,
        &["S1", "S3"],
    ),
    // ---------------------------------------------------------------- metastatic
    rule(
        "met_calcium_high",
        Metastatic,
        4,
        Lab(Calcium, High),
        &["S1", "S5"],
    ),
    rule(
        "met_phosphate_high",
        Metastatic,
        3,
        Lab(Phosphate, High),
        &["S1", "S5"],
    ),
    // Adult thresholds: normal phosphate in babies and children gives products above
    // them (review F11).
    rule(
        "met_caxp_raised",
        Metastatic,
        1,
        All(&[ADULT, CaxPAtLeast(55.0)]),
        &["S6", "S8"],
    ),
    rule(
        "met_caxp_high",
        Metastatic,
        1,
        All(&[ADULT, CaxPAtLeast(70.0)]),
        &["S4", "S3b"],
    ),
    // Metastatic calcinosis is essentially a CKD 4-5 or dialysis phenomenon [S6][S7]:
    // kidney failure +3, milder kidney disease or a working transplant +1 (review F18).
    rule(
        "met_kidney_failure",
        Metastatic,
        3,
        KIDNEY_FAILURE,
        &["S5", "S7", "S6"],
    ),
    rule(
        "met_kidney_disease",
        Metastatic,
        1,
        All(&[KIDNEY_DISEASE, Not(&KIDNEY_FAILURE)]),
        &["S5", "S7", "S6"],
    ),
    // In kidney failure, overactive parathyroid glands are part of the kidney disease
    // (secondary hyperparathyroidism), already counted with it and by the PTH value: an
    // answer typical of that situation must not pull away from what the situation points
    // to (review F9; ux review finding 3).
    rule(
        "met_hyperparathyroidism",
        Metastatic,
        4,
        All(&[Is("hyperparathyroidism", "yes"), Not(&KIDNEY_FAILURE)]),
        &["S5", "S83", "S98"],
    ),
    rule(
        "met_pth_high",
        Metastatic,
        2,
        Lab(Pth, High),
        &["S83", "S98"],
    ),
    // On dialysis or in kidney failure, calcium tablets and vitamin D are the usual
    // treatment (phosphate binders, active vitamin D) [S31]: not counted there (F9); nor
    // vitamin D drops in a baby.
    rule(
        "met_supplements",
        Metastatic,
        2,
        All(&[
            Any(&[
                HasAny("supplements", &["calcium", "antacids", "milk"]),
                // Vitamin D drops are routine for babies: one such exposure alone does
                // not point to this type (clinical review, "more true answers").
                All(&[Has("supplements", "vitamin_d"), Not(&AgeBelow(2.0))]),
            ]),
            Not(&KIDNEY_FAILURE),
        ]),
        &["S52", "S50", "S5"],
    ),
    rule(
        "met_vitamin_d_toxic",
        Metastatic,
        4,
        LabAtLeast(VitaminD, 150.0),
        &["S50"],
    ),
    rule(
        "met_sarcoidosis",
        Metastatic,
        3,
        Is("sarcoidosis", "yes"),
        &["S5", "S51"],
    ),
    rule(
        "met_cancer_bone",
        Metastatic,
        3,
        Is("cancer_bone", "yes"),
        &["S5"],
    ),
    rule(
        "met_papules_nodules",
        Metastatic,
        1,
        All(&[
            HasAny("looks", &["papule", "hard_nodule"]),
            Any(&[CA_OR_P_HIGH, KIDNEY_DISEASE]),
        ]),
        &["S7"],
    ),
    rule(
        "met_labs_normal",
        Metastatic,
        -3,
        LABS_NORMAL,
        &["S1", "S5"],
    ),
    rule(
        "met_big_periarticular",
        Metastatic,
        -2,
        BIG_PERIARTICULAR,
        &["S62", "S10"],
    ),
    // Metastatic deposits are papules, nodules and plaques, not big masses [S1][S5]
    // (domain notes, section 3: lesion): a big lump anywhere points away (knowledge 3.0.0).
    rule(
        "met_big_mass",
        Metastatic,
        -2,
        All(&[BIG, Not(&NEAR_BIG_JOINT)]),
        &["S1", "S5", "S10"],
    ),
    rule(
        "met_around_joint",
        Metastatic,
        -1,
        All(&[Is("depth", "around_joint"), Not(&BIG)]),
        &["S1", "S10"],
    ),
    // Metastatic deposits are firm papules and nodules [S7]; net-like purple patches, a
    // very painful hard plaque, or a black scab without chalk in a calciphylaxis context
    // point to calciphylaxis instead [S39][S2] (review F9).
    rule(
        "met_necrotic_skin",
        Metastatic,
        -3,
        Any(&[
            HasAny("looks", &["livedo", "induration"]),
            All(&[
                Has("looks", "ulcer_eschar"),
                CALCIPHYLAXIS_RISK,
                Not(&Has("looks", "chalky_discharge")),
            ]),
        ]),
        &["S7", "S39", "S2"],
    ),
    // ---------------------------------------------------------------- iatrogenic
    rule(
        "iat_iv_calcium",
        Iatrogenic,
        5,
        Is("iv_calcium", "yes"),
        &["S1", "S5", "S8"],
    ),
    rule(
        "iat_iv_leak",
        Iatrogenic,
        4,
        Is("iv_leak", "yes"),
        &["S29", "S30"],
    ),
    rule(
        "iat_iv_site",
        Iatrogenic,
        3,
        Has("sites", "iv_site"),
        &["S5", "S30"],
    ),
    rule(
        "iat_heel_sticks",
        Iatrogenic,
        6,
        All(&[Is("heel_pricks", "yes"), Has("sites", "heel")]),
        &["S28", "S5", "S102"],
    ),
    rule(
        "iat_electrode_paste",
        Iatrogenic,
        5,
        Is("electrode_paste", "yes"),
        &["S8", "S5"],
    ),
    rule(
        "iat_hospital",
        Iatrogenic,
        2,
        Is("hospital_recent", "yes"),
        &["S7"],
    ),
    // Repeated injections at the place: the drug injected can be the cause (calcium
    // heparin such as nadroparin calcium, review F14) as well as the needle's damage
    // (dystrophic) [S1][S5][S8] (knowledge 3.0.0).
    rule(
        "iat_injections",
        Iatrogenic,
        3,
        Has("local_injury", "injections"),
        &["S1", "S5", "S8"],
    ),
    // Calcium from a drip causes deposits where it leaks [S5][S29]: a drip known not to
    // have leaked is weaker evidence (knowledge 3.0.0).
    rule(
        "iat_drip_no_leak",
        Iatrogenic,
        -2,
        All(&[
            Is("iv_calcium", "yes"),
            Is("iv_leak", "no"),
            Not(&Has("sites", "iv_site")),
        ]),
        &["S5", "S29"],
    ),
    // Only for babies who were treated in hospital (review F19).
    rule(
        "iat_infant",
        Iatrogenic,
        1,
        All(&[AgeBelow(2.0), Is("hospital_recent", "yes")]),
        &["S29", "S30", "S28"],
    ),
    rule(
        "iat_no_exposure",
        Iatrogenic,
        -3,
        All(&[
            Is("iv_calcium", "no"),
            Is("electrode_paste", "no"),
            Not(&Is("heel_pricks", "yes")),
        ]),
        &["S1", "S7"],
    ),
    // ---------------------------------------------------------------- idiopathic
    rule(
        "idi_scrotum",
        Idiopathic,
        6,
        Has("sites", "scrotum"),
        &["S25", "S26", "S100"],
    ),
    rule(
        "idi_genital",
        Idiopathic,
        5,
        HasAny("sites", &["vulva", "penis"]),
        &["S26"],
    ),
    // A subepidermal calcified nodule is a small, usually single nodule in the skin; a
    // deeper hard nodule on a child's face is more often a pilomatricoma (review F14).
    rule(
        "idi_subepidermal_nodule",
        Idiopathic,
        4,
        All(&[
            Has("sites", "face_ear"),
            AgeBelow(18.0),
            SMALL,
            Is("depth", "in_skin"),
            Not(&Is("lesion_count", "many")),
        ]),
        &["S23", "S24", "S58"],
    ),
    rule(
        "idi_face_papule",
        Idiopathic,
        2,
        All(&[Has("sites", "face_ear"), Has("looks", "papule")]),
        &["S23", "S24"],
    ),
    rule(
        "idi_down_syndrome",
        Idiopathic,
        5,
        Is("down_syndrome", "yes"),
        &["S27", "S84"],
    ),
    rule(
        "idi_small_in_skin",
        Idiopathic,
        1,
        All(&[Is("depth", "in_skin"), SMALL]),
        &["S24", "S27"],
    ),
    rule(
        "idi_painless",
        Idiopathic,
        1,
        Is("pain", "none"),
        &["S25", "S23"],
    ),
    rule(
        "idi_transplant",
        Idiopathic,
        1,
        Is("transplant", "yes"),
        &["S4"],
    ),
    rule("idi_labs_normal", Idiopathic, 1, LABS_NORMAL, &["S1", "S3"]),
    rule(
        "idi_cause_found",
        Idiopathic,
        -3,
        Any(&[
            ANY_CTD,
            LOCAL_DAMAGE,
            KIDNEY_FAILURE,
            CA_OR_P_HIGH,
            Is("iv_calcium", "yes"),
            Is("hypoparathyroidism", "yes"),
            Is("hyperparathyroidism", "yes"),
        ]),
        &["S1", "S3", "S5"],
    ),
    rule("idi_big", Idiopathic, -3, BIG, &["S24", "S27", "S10"]),
    // ---------------------------------------------- tumoral, primary hyperphosphatemic
    rule(
        "tch_big_periarticular",
        TumoralPrimaryHyperphosphatemic,
        3,
        BIG_PERIARTICULAR,
        &["S10", "S75", "S13"],
    ),
    // The inherited type begins in childhood or adolescence [S13][S14]; in adults high
    // phosphate with "normal" kidneys is far more often unrecognised kidney disease,
    // hypoparathyroidism, vitamin D excess or tumour lysis (review F10).
    rule(
        "tch_phosphate_high_kidneys_work",
        TumoralPrimaryHyperphosphatemic,
        5,
        All(&[Lab(Phosphate, High), KIDNEYS_WORK, Not(&AgeAtLeast(40.0))]),
        &["S13", "S14", "S11"],
    ),
    rule(
        "tch_adult_onset",
        TumoralPrimaryHyperphosphatemic,
        -3,
        AgeAtLeast(40.0),
        &["S13", "S14"],
    ),
    rule(
        "tch_other_cause",
        TumoralPrimaryHyperphosphatemic,
        -3,
        Any(&[
            Is("hypoparathyroidism", "yes"),
            Is("kidney_sudden", "yes"),
            Is("chemotherapy", "yes"),
            LabAtLeast(VitaminD, 150.0),
        ]),
        &["S13", "S119", "S50"],
    ),
    rule(
        "tch_young",
        TumoralPrimaryHyperphosphatemic,
        1,
        All(&[AgeBelow(26.0), NOT_SMALL]),
        &["S9", "S18", "S87"],
    ),
    rule(
        "tch_family",
        TumoralPrimaryHyperphosphatemic,
        3,
        Is("family_history", "yes"),
        &["S87", "S86", "S11"],
    ),
    rule(
        "tch_dental_eye",
        TumoralPrimaryHyperphosphatemic,
        3,
        Is("dental_eye", "yes"),
        &["S13", "S14"],
    ),
    rule(
        "tch_painful_mass",
        TumoralPrimaryHyperphosphatemic,
        1,
        All(&[BIG, OneOf("pain", &["moderate", "severe"])]),
        &["S13", "S14"],
    ),
    rule(
        "tch_phosphate_normal",
        TumoralPrimaryHyperphosphatemic,
        -4,
        Lab(Phosphate, Normal),
        &["S9", "S13"],
    ),
    rule(
        "tch_kidney_failure",
        TumoralPrimaryHyperphosphatemic,
        -4,
        KIDNEY_FAILURE,
        &["S65", "S9"],
    ),
    rule(
        "tch_calcium_high",
        TumoralPrimaryHyperphosphatemic,
        -2,
        Lab(Calcium, High),
        &["S13", "S14"],
    ),
    rule(
        "tch_small",
        TumoralPrimaryHyperphosphatemic,
        -3,
        Is("size", "under_5mm"),
        &["S10", "S18"],
    ),
    // ---------------------------------------------- tumoral, primary normophosphatemic
    rule(
        "tcn_big_periarticular",
        TumoralPrimaryNormophosphatemic,
        3,
        BIG_PERIARTICULAR,
        &["S10", "S18", "S73"],
    ),
    rule(
        "tcn_big_mass",
        TumoralPrimaryNormophosphatemic,
        1,
        BIG,
        &["S73", "S101"],
    ),
    rule(
        "tcn_phosphate_normal",
        TumoralPrimaryNormophosphatemic,
        2,
        All(&[Lab(Phosphate, Normal), NOT_SMALL]),
        &["S9", "S105", "S106"],
    ),
    rule(
        "tcn_calcium_normal",
        TumoralPrimaryNormophosphatemic,
        1,
        All(&[Lab(Calcium, Normal), NOT_SMALL]),
        &["S105", "S106"],
    ),
    rule(
        "tcn_painless_mass",
        TumoralPrimaryNormophosphatemic,
        1,
        All(&[BIG, OneOf("pain", &["none", "mild"])]),
        &["S18", "S73"],
    ),
    rule(
        "tcn_young",
        TumoralPrimaryNormophosphatemic,
        1,
        All(&[AgeBelow(30.0), NOT_SMALL]),
        &["S73", "S18"],
    ),
    rule(
        "tcn_gluteal_hip",
        TumoralPrimaryNormophosphatemic,
        1,
        All(&[BIG, Has("sites", "buttock_hip")]),
        &["S74", "S73"],
    ),
    rule(
        "tcn_family",
        TumoralPrimaryNormophosphatemic,
        1,
        Is("family_history", "yes"),
        &["S16", "S12"],
    ),
    rule(
        "tcn_phosphate_high",
        TumoralPrimaryNormophosphatemic,
        -4,
        Lab(Phosphate, High),
        &["S9"],
    ),
    rule(
        "tcn_secondary_cause",
        TumoralPrimaryNormophosphatemic,
        -4,
        SECONDARY_CAUSE,
        &["S9"],
    ),
    rule(
        "tcn_small",
        TumoralPrimaryNormophosphatemic,
        -3,
        Is("size", "under_5mm"),
        &["S10", "S18"],
    ),
    // ---------------------------------------------------------------- tumoral, secondary
    rule(
        "tcs_big_periarticular",
        TumoralSecondary,
        3,
        BIG_PERIARTICULAR,
        &["S9", "S66", "S62"],
    ),
    rule(
        "tcs_dialysis",
        TumoralSecondary,
        3,
        DIALYSIS,
        &["S18", "S66", "S65"],
    ),
    rule(
        "tcs_dialysis_mass",
        TumoralSecondary,
        2,
        All(&[KIDNEY_FAILURE, BIG]),
        &["S65", "S62", "S64"],
    ),
    rule(
        "tcs_ckd_severe",
        TumoralSecondary,
        2,
        Is("kidney", "ckd_severe"),
        &["S9"],
    ),
    rule(
        "tcs_pth_very_high",
        TumoralSecondary,
        2,
        LabAtLeast(Pth, 400.0),
        &["S64", "S66"],
    ),
    rule(
        "tcs_caxp",
        TumoralSecondary,
        2,
        All(&[ADULT, CaxPAtLeast(60.0)]),
        &["S64", "S66"],
    ),
    // The raised phosphate of kidney failure is the mechanism of secondary tumoral
    // calcinosis as much as of metastatic calcinosis [S9][S66] (domain notes, section 3:
    // serum phosphate HIGH in both); a deposit around a joint in kidney failure is its
    // typical place, whatever its size [S9][S10][S66] (knowledge 3.0.0).
    rule(
        "tcs_phosphate_high",
        TumoralSecondary,
        2,
        All(&[Lab(Phosphate, High), KIDNEY_DISEASE]),
        &["S9", "S66"],
    ),
    rule(
        "tcs_around_joint",
        TumoralSecondary,
        2,
        All(&[
            KIDNEY_FAILURE,
            Any(&[
                Is("depth", "around_joint"),
                Has("looks", "chalky_discharge"),
            ]),
            Not(&BIG),
        ]),
        &["S9", "S10", "S66"],
    ),
    // Another cause than kidney failure (with kidney failure, overactive parathyroid
    // glands are part of it and already counted).
    rule(
        "tcs_other_secondary_cause",
        TumoralSecondary,
        2,
        All(&[
            BIG_PERIARTICULAR,
            Not(&KIDNEY_FAILURE),
            Any(&[
                ANY_CTD,
                Is("hyperparathyroidism", "yes"),
                LabAtLeast(VitaminD, 150.0),
            ]),
        ]),
        &["S9"],
    ),
    // Also when the kidney question is unanswered and eGFR or creatinine is normal
    // (review F11).
    rule(
        "tcs_no_secondary_cause",
        TumoralSecondary,
        -4,
        All(&[
            Any(&[
                Is("kidney", "none"),
                All(&[
                    Not(&Known("kidney")),
                    Any(&[Lab(Egfr, Normal), Lab(Creatinine, Normal)]),
                ]),
            ]),
            Not(&KIDNEY_DISEASE),
            Not(&Is("hyperparathyroidism", "yes")),
            Not(&ANY_CTD),
        ]),
        &["S9"],
    ),
    rule(
        "tcs_small",
        TumoralSecondary,
        -3,
        Is("size", "under_5mm"),
        &["S10", "S18"],
    ),
    // ---------------------------------------------------------------- calciphylaxis
    rule(
        "cal_livedo",
        Calciphylaxis,
        4,
        Has("looks", "livedo"),
        &["S2", "S39"],
    ),
    rule(
        "cal_ulcer_eschar",
        Calciphylaxis,
        3,
        Has("looks", "ulcer_eschar"),
        &["S39", "S41"],
    ),
    // The early lesion: an exquisitely painful, hard (indurated) plaque or nodule, red,
    // purple or dark, before sores appear [S39][S88] (review F1).
    rule(
        "cal_induration",
        Calciphylaxis,
        3,
        Has("looks", "induration"),
        &["S39", "S88"],
    ),
    // Severe pain is typical of calciphylaxis but not specific: it counts with the skin
    // changes or in a situation where calciphylaxis occurs (a painful gouty joint is not
    // calciphylaxis).
    rule(
        "cal_severe_pain",
        Calciphylaxis,
        2,
        All(&[
            Is("pain", "severe"),
            Any(&[CALCIPHYLAXIS_SKIN, CALCIPHYLAXIS_RISK]),
        ]),
        &["S39", "S68"],
    ),
    rule(
        "cal_pain_out_of_proportion",
        Calciphylaxis,
        2,
        All(&[
            Is("pain_out_of_proportion", "yes"),
            Any(&[CALCIPHYLAXIS_SKIN, CALCIPHYLAXIS_RISK]),
        ]),
        &["S68"],
    ),
    rule(
        "cal_severe_pain_with_necrosis",
        Calciphylaxis,
        4,
        All(&[
            Is("pain", "severe"),
            Any(&[
                HasAny("looks", &["livedo", "induration"]),
                All(&[Has("looks", "ulcer_eschar"), FATTY_SITES]),
            ]),
        ]),
        &["S32", "S42"],
    ),
    // Dialysis is the main risk factor [S31][S33]: +3, as for the other kinds it points
    // to (review F9).
    rule("cal_dialysis", Calciphylaxis, 3, DIALYSIS, &["S31", "S33"]),
    // Kidney failure without dialysis, by answer or by eGFR or creatinine (review F2).
    rule(
        "cal_ckd_severe",
        Calciphylaxis,
        1,
        All(&[KIDNEY_FAILURE, Not(&DIALYSIS)]),
        &["S31", "S48"],
    ),
    rule(
        "cal_dialysis_over_5_years",
        Calciphylaxis,
        1,
        Is("dialysis_years", "over_5"),
        &["S41"],
    ),
    rule(
        "cal_warfarin",
        Calciphylaxis,
        3,
        Is("warfarin", "yes"),
        &["S31", "S36"],
    ),
    rule(
        "cal_fatty_sites",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, FATTY_SITES]),
        &["S39", "S88"],
    ),
    rule(
        "cal_risk_factor_with_lesion",
        Calciphylaxis,
        2,
        All(&[
            CALCIPHYLAXIS_SKIN,
            Any(&[
                Is("diabetes", "yes"),
                Is("obesity", "yes"),
                Is("hyperparathyroidism", "yes"),
                LabAtLeast(Pth, 1000.0),
            ]),
        ]),
        &["S41", "S31"],
    ),
    // With the skin changes, the mineral and bone findings of kidney disease are
    // calciphylaxis risk factors too, not only pointers to metastatic calcinosis: female
    // sex, high phosphate, Ca x P of 55 or more, PTH over 300 pg/mL, low albumin, raised
    // ALP, calcium-based binders or vitamin D [S31][S88][S36] (review F9).
    rule(
        "cal_female",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, CALCIPHYLAXIS_RISK, Is("sex", "female")]),
        &["S31", "S36"],
    ),
    rule(
        "cal_phosphate_high",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, Lab(Phosphate, High)]),
        &["S31", "S88"],
    ),
    rule(
        "cal_caxp",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, ADULT, CaxPAtLeast(55.0)]),
        &["S31", "S6"],
    ),
    rule(
        "cal_pth_high",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, LabAtLeast(Pth, 300.0)]),
        &["S31", "S41"],
    ),
    rule(
        "cal_albumin_low",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, LabBelow(Albumin, 3.5)]),
        &["S31", "S88"],
    ),
    rule(
        "cal_alp_high",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, Lab(Alp, High)]),
        &["S31"],
    ),
    rule(
        "cal_binder_vitamin_d",
        Calciphylaxis,
        1,
        All(&[
            CALCIPHYLAXIS_SKIN,
            KIDNEY_FAILURE,
            HasAny("supplements", &["calcium", "vitamin_d"]),
        ]),
        &["S31", "S88"],
    ),
    // Calciphylaxis evolves over days to weeks [S39]; a tender hard plaque is its early
    // form [S39][S88].
    rule(
        "cal_recent",
        Calciphylaxis,
        1,
        All(&[CALCIPHYLAXIS_SKIN, Is("duration", "weeks")]),
        &["S39"],
    ),
    rule(
        "cal_tender_plaque",
        Calciphylaxis,
        1,
        All(&[Has("looks", "induration"), Is("tender", "yes")]),
        &["S39", "S88"],
    ),
    // White chalky material coming out is calcium deposited in the skin (calcinosis
    // cutis) [S7][S21]; calciphylaxis calcifies small vessels and causes dying skin.
    rule(
        "cal_chalky",
        Calciphylaxis,
        -2,
        Has("looks", "chalky_discharge"),
        &["S7", "S21", "S39"],
    ),
    // Calciphylaxis is in the small vessels of the skin and the fat under it, not around
    // joints [S1][S2] (knowledge 3.0.0).
    rule(
        "cal_around_joint",
        Calciphylaxis,
        -2,
        Is("depth", "around_joint"),
        &["S1", "S2"],
    ),
    // Calciphylaxis without kidney failure, a kidney transplant, warfarin or overactive
    // parathyroid glands is rare [S31][S33][S36]: skin changes with none of them known and
    // without severe pain are weaker evidence (the red flag is raised all the same)
    // (knowledge 3.0.0).
    rule(
        "cal_no_risk_known",
        Calciphylaxis,
        -2,
        All(&[
            CALCIPHYLAXIS_SKIN,
            Not(&CALCIPHYLAXIS_RISK),
            Not(&SEVERE_PAIN),
        ]),
        &["S31", "S33", "S36"],
    ),
    // Early calciphylaxis may be only a painful hard patch, so the absence of purple
    // patches or sores weighs little, and nothing when the pain is severe (review F1).
    rule(
        "cal_no_typical_skin",
        Calciphylaxis,
        -1,
        All(&[Known("looks"), Not(&CALCIPHYLAXIS_SKIN), Not(&SEVERE_PAIN)]),
        &["S39", "S2", "S41"],
    ),
    // Pain is near-constant but can be blunted by diabetic nerve damage, sedation or
    // dementia (review F1, v04).
    rule(
        "cal_painless",
        Calciphylaxis,
        -1,
        Is("pain", "none"),
        &["S39", "S68"],
    ),
];
