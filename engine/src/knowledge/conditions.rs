//! Conditions shared by the rules, the red flags and the questions for the physician: one
//! definition of "kidney failure", "calciphylaxis risk context" or "a mass that needs a
//! scan", so that a flag and the ranking never disagree about them (review F2, F7).

use super::Analyte::{Creatinine, Egfr, VitaminD};
use super::Cond::{self, *};
use super::Level::Normal;

pub const DIALYSIS: Cond = Is("kidney", "dialysis");

/// Kidney failure by answer or by lab: CKD 4-5 or dialysis, eGFR below 30 [S48], or an
/// adult creatinine of 3 mg/dL (265 umol/L) or more, which is an eGFR below 30 at any
/// adult age and sex [S48][S113] (derived; review F2, F10). Lay answers about the stage
/// are unreliable, so the labs count whatever the answer says.
pub const KIDNEY_FAILURE: Cond = Any(&[
    OneOf("kidney", &["ckd_severe", "dialysis"]),
    LabBelow(Egfr, 30.0),
    All(&[AgeAtLeast(18.0), LabAtLeast(Creatinine, 3.0)]),
]);

/// Any chronic kidney disease, by answer or by lab (eGFR below 60 is KDIGO G3a or worse
/// [S48]; an adult creatinine above its range [S113]).
pub const KIDNEY_DISEASE: Cond = Any(&[
    OneOf(
        "kidney",
        &["ckd_mild", "ckd_severe", "dialysis", "transplant"],
    ),
    LabBelow(Egfr, 60.0),
    All(&[AgeAtLeast(18.0), LabAtLeast(Creatinine, 1.4)]),
    KIDNEY_FAILURE,
]);

/// Normal kidney function: answered none, or a normal eGFR, and no lab or answer saying
/// otherwise (a high creatinine with "no kidney disease" is not normal kidneys; F10).
pub const KIDNEYS_WORK: Cond = All(&[
    Any(&[Is("kidney", "none"), Lab(Egfr, Normal)]),
    Not(&KIDNEY_DISEASE),
    Not(&Is("kidney_sudden", "yes")),
]);

/// The situations in which calciphylaxis occurs [S31][S33][S36][S41] (review F1): kidney
/// failure (by answer or lab), a kidney transplant, warfarin or another vitamin K
/// antagonist, or primary hyperparathyroidism (non-uraemic calciphylaxis [S88]).
pub const CALCIPHYLAXIS_RISK: Cond = Any(&[
    KIDNEY_FAILURE,
    Is("kidney", "transplant"),
    Is("warfarin", "yes"),
    Is("hyperparathyroidism", "yes"),
]);

/// Severe pain, or pain much worse than the skin looks [S39][S68].
pub const SEVERE_PAIN: Cond = Any(&[Is("pain", "severe"), Is("pain_out_of_proportion", "yes")]);

/// The skin changes of calciphylaxis: a very painful hard plaque (early), net-like purple
/// patches, a sore or a black scab [S39][S2][S88].
pub const CALCIPHYLAXIS_SKIN: Cond = HasAny("looks", &["induration", "livedo", "ulcer_eschar"]);

/// Fatty areas, where calciphylaxis usually appears [S39][S88].
pub const FATTY_SITES: Cond = HasAny(
    "sites",
    &[
        "abdomen",
        "thigh",
        "buttock_hip",
        "lower_leg",
        "chest_breast",
    ],
);

pub const ANY_CTD: Cond = HasAny(
    "ctd",
    &[
        "systemic_sclerosis",
        "dermatomyositis",
        "lupus",
        "other_ctd",
        "inherited_ctd",
    ],
);

/// The lesion is only skin changes (patches, a plaque, a sore), not a lump: the "mass"
/// flag is about lumps (review F16).
pub const SKIN_CHANGES_ONLY: Cond = All(&[
    CALCIPHYLAXIS_SKIN,
    Not(&HasAny(
        "looks",
        &["papule", "hard_nodule", "large_mass", "chalky_discharge"],
    )),
]);

/// A lump that needs a scan: 5 cm or more, deep, growing fast, or growing and 2 cm or more
/// [S54][S55] — the same condition for the red flag, the physician question and the
/// "is it calcium at all" check (review F7).
pub const MASS_CONCERN: Cond = All(&[
    Any(&[
        Is("size", "5cm_plus"),
        Is("depth", "deep"),
        Is("growing", "fast"),
        All(&[
            Is("growing", "slow"),
            Any(&[Is("size", "2_to_5cm"), Has("looks", "large_mass")]),
        ]),
    ]),
    Not(&SKIN_CHANGES_ONLY),
]);

/// Calcium has been shown in the lump: imaging or a biopsy, or white chalky material came
/// out of it (the most specific sign a person can see) [S7][S21] (review F7, F14).
pub const CALCIUM_SHOWN: Cond =
    Any(&[Is("calcium_shown", "yes"), Has("looks", "chalky_discharge")]);

/// A lump of that kind not shown to be calcium: it may be something else (review F7).
pub const UNCONFIRMED_MASS: Cond = All(&[MASS_CONCERN, Not(&CALCIUM_SHOWN)]);

/// A small lump: up to 2 cm.
pub const SMALL: Cond = OneOf("size", &["under_5mm", "5_to_20mm"]);

/// A known cause for a lump in a child or young person, so that it is not "unexplained"
/// in the sense of NICE NG12 [S118]: a connective tissue disease, IV calcium, heel pricks.
pub const KNOWN_CAUSE: Cond = Any(&[
    ANY_CTD,
    Is("iv_calcium", "yes"),
    Is("iv_leak", "yes"),
    Is("heel_pricks", "yes"),
]);

/// Adults: the Ca x P thresholds of the sources are adult values; normal phosphate in
/// babies and children gives products above them (review F11).
pub const ADULT: Cond = AgeAtLeast(18.0);

pub const SECONDARY_CAUSE: Cond = Any(&[
    KIDNEY_FAILURE,
    Is("hyperparathyroidism", "yes"),
    ANY_CTD,
    LabAtLeast(VitaminD, 150.0),
]);
