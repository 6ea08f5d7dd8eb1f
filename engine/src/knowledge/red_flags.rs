//! Red flags: findings that need care whatever the ranking says, with how soon.
//! Wording: `flag.<id>` and `flag.<id>.action` in the catalog. They are checked on every
//! assessment, independently of the scores, and shown before anything else. A flag is not
//! raised when a flag in its `unless` list is: that one says the same more precisely or
//! more urgently. `crate::assess` also raises `calciphylaxis` whenever calciphylaxis ranks
//! first or is labelled likely, so that the ranking and the flags never disagree (F2).

use super::conditions::*;
use super::Analyte::{Calcium, Phosphate};
use super::Cond::*;
use super::Level::Low;
use super::RedFlag;
use super::Urgency::*;

pub const RED_FLAGS: &[RedFlag] = &[
    // Corrected calcium of 14 mg/dL (3.5 mmol/L) or more: a medical emergency whatever the
    // symptoms [S115]; values over 20 are reported in parathyroid carcinoma [S91] (F3).
    RedFlag {
        id: "calcium_very_high",
        urgency: Emergency,
        when: CalciumAtLeast(14.0),
        unless: &[],
        sources: &["S115", "S91", "S50"],
    },
    // Confusion with a high-calcium picture: emergency [S50][S95].
    RedFlag {
        id: "high_calcium_confusion",
        urgency: Emergency,
        when: Has("calcium_symptoms", "confusion"),
        unless: &[],
        sources: &["S50", "S95", "S115"],
    },
    // Corrected calcium below 7.5 mg/dL (1.9 mmol/L), or low calcium with tingling around
    // the mouth, cramps or spasms: tetany, laryngospasm, arrhythmia [S116][S119] (F6).
    RedFlag {
        id: "calcium_low",
        urgency: Emergency,
        when: Any(&[
            CalciumBelow(7.5),
            All(&[Lab(Calcium, Low), Has("calcium_symptoms", "mouth_tingling")]),
        ]),
        unless: &[],
        sources: &["S116", "S119"],
    },
    // Very high phosphate with cancer treatment or sudden kidney injury: tumour lysis, an
    // oncological emergency [S119] (F6).
    RedFlag {
        id: "tumour_lysis",
        urgency: Emergency,
        when: All(&[
            LabAtLeast(Phosphate, 10.0),
            Any(&[
                Is("chemotherapy", "yes"),
                Is("kidney_sudden", "yes"),
                All(&[Is("cancer_bone", "yes"), Not(&DIALYSIS)]),
            ]),
        ]),
        unless: &[],
        sources: &["S119"],
    },
    // A baby under 3 months with a fever, or a baby who feeds poorly, is floppy or hard
    // to wake: emergency assessment for serious infection [S117] (F5).
    RedFlag {
        id: "infant_fever",
        urgency: Emergency,
        when: Any(&[
            All(&[AgeBelow(0.25), Has("infection_signs", "fever")]),
            Has("calcium_symptoms", "infant_unwell"),
        ]),
        unless: &[],
        sources: &["S117"],
    },
    // Fever on dialysis or after a transplant: sepsis can be quick [S89][S117] (F5).
    RedFlag {
        id: "fever_high_risk",
        urgency: Emergency,
        when: All(&[
            Has("infection_signs", "fever"),
            Any(&[
                DIALYSIS,
                Is("kidney", "transplant"),
                Is("transplant", "yes"),
            ]),
        ]),
        unless: &["infant_fever"],
        sources: &["S89", "S33"],
    },
    // Trouble swallowing, choking, a weak voice or breathlessness: weakness of the throat
    // or breathing muscles, as in dermatomyositis (aspiration, respiratory failure)
    // [S121][S19] (F15).
    RedFlag {
        id: "swallowing_breathing",
        urgency: Emergency,
        when: Has("calcium_symptoms", "swallowing_breathing"),
        unless: &[],
        sources: &["S121", "S19"],
    },
    // Possible calciphylaxis [S32][S33][S42][S39][S88] (F1, F2, F12): severe or
    // disproportionate pain in a risk context whatever the lesion looks like (it starts
    // as a very painful hard plaque, before any sore); livedo in a risk context whatever
    // the pain (neuropathy and dementia hide pain); livedo with pain in anyone; a painful
    // lesion, or any on the penis, in a risk context; a hard painful plaque or a sore in a
    // risk context; a sore with severe pain in an adult without a connective tissue
    // disease.
    RedFlag {
        id: "calciphylaxis",
        urgency: SameDay,
        when: Any(&[
            All(&[CALCIPHYLAXIS_RISK, SEVERE_PAIN]),
            All(&[
                CALCIPHYLAXIS_RISK,
                HasAny("looks", &["livedo", "induration", "ulcer_eschar"]),
            ]),
            All(&[Has("looks", "livedo"), Not(&Is("pain", "none"))]),
            // In the risk context, a painful lesion, or one on the penis, that is not
            // described as a lump, bumps or chalk (those point to calcinosis of another
            // kind): calciphylaxis may show no typical skin at first [S39][S88].
            All(&[
                CALCIPHYLAXIS_RISK,
                Any(&[
                    OneOf("pain", &["moderate", "severe"]),
                    Has("sites", "penis"),
                ]),
                Not(&Is("depth", "around_joint")),
                Not(&HasAny(
                    "looks",
                    &["papule", "hard_nodule", "large_mass", "chalky_discharge"],
                )),
            ]),
            All(&[
                HasAny("looks", &["induration", "ulcer_eschar"]),
                SEVERE_PAIN,
                Not(&ANY_CTD),
                Not(&AgeBelow(18.0)),
            ]),
        ]),
        unless: &[],
        sources: &["S32", "S33", "S42", "S39", "S88"],
    },
    // Fever with a lesion: possible spreading infection or sepsis [S89][S61].
    RedFlag {
        id: "infection_fever",
        urgency: SameDay,
        when: Has("infection_signs", "fever"),
        unless: &["infant_fever", "fever_high_risk"],
        sources: &["S89", "S61", "S66"],
    },
    // Redness with warmth, pus, or spreading redness: signs of infection [S61][S89][S66]
    // (F17).
    RedFlag {
        id: "infection",
        urgency: SameDay,
        when: Any(&[
            Has("infection_signs", "pus"),
            Has("infection_signs", "spreading_redness"),
            All(&[
                Has("infection_signs", "redness"),
                Has("infection_signs", "warmth"),
            ]),
        ]),
        unless: &[],
        sources: &["S61", "S89", "S66", "S64"],
    },
    // Corrected calcium of 12 mg/dL (3.0 mmol/L) or more usually needs treatment [S115]
    // (F3).
    RedFlag {
        id: "calcium_high",
        urgency: SameDay,
        when: CalciumAtLeast(12.0),
        unless: &["calcium_very_high"],
        sources: &["S115", "S50"],
    },
    // A calcium value that cannot be used as entered: impossible in its unit, or its unit
    // in doubt. In one reading it may be dangerously low or high (F3, F4).
    RedFlag {
        id: "calcium_check",
        urgency: SameDay,
        when: LabUnclear(Calcium),
        unless: &[],
        sources: &["S115", "S116", "S45"],
    },
    // Very high phosphate without dialysis: needs checking the same day [S119][S1].
    RedFlag {
        id: "phosphate_very_high",
        urgency: SameDay,
        when: All(&[LabAtLeast(Phosphate, 10.0), Not(&DIALYSIS)]),
        unless: &["tumour_lysis"],
        sources: &["S119", "S1"],
    },
    // New weakness in a child or adult with dermatomyositis: the disease may be active
    // again; the rheumatology team the same day [S19][S96] (F15).
    RedFlag {
        id: "dermatomyositis_weakness",
        urgency: SameDay,
        when: All(&[
            Has("ctd", "dermatomyositis"),
            Has("nerve_signs", "weakness"),
        ]),
        unless: &[],
        sources: &["S19", "S96", "S121"],
    },
    // Weakness of the hand or foot near the lump: nerve compression [S60][S61].
    RedFlag {
        id: "nerve_weakness",
        urgency: SameDay,
        when: Has("nerve_signs", "weakness"),
        unless: &["dermatomyositis_weakness"],
        sources: &["S60", "S61"],
    },
    // Vomiting, belly pain, thirst and passing a lot of urine, or constipation with a high
    // calcium: symptoms of high calcium [S50][S115].
    RedFlag {
        id: "high_calcium_symptoms",
        urgency: SameDay,
        when: Any(&[
            HasAny("calcium_symptoms", &["vomiting", "belly_pain", "thirst"]),
            All(&[
                Has("calcium_symptoms", "constipation"),
                Lab(Calcium, super::Level::High),
            ]),
        ]),
        unless: &[],
        sources: &["S50", "S95", "S115"],
    },
    // A baby's IV site that is red, warm or breaking down after calcium: risk of tissue
    // necrosis [S30][S99].
    RedFlag {
        id: "infant_iv_site",
        urgency: SameDay,
        when: All(&[
            AgeBelow(2.0),
            Any(&[
                Has("sites", "iv_site"),
                Is("iv_calcium", "yes"),
                Is("iv_leak", "yes"),
            ]),
            Any(&[
                HasAny(
                    "infection_signs",
                    &["redness", "spreading_redness", "warmth", "pus"],
                ),
                HasAny("looks", &["ulcer_eschar", "induration"]),
            ]),
        ]),
        unless: &[],
        sources: &["S30", "S99", "S29"],
    },
    // An open sore over a calcium deposit that is not calciphylaxis (connective tissue
    // disease, a child): wound and infection check within 1-2 days; same day if red,
    // hot, spreading or with fever [S20][S21][S61] (F12).
    RedFlag {
        id: "open_sore",
        urgency: Soon,
        when: Has("looks", "ulcer_eschar"),
        unless: &["calciphylaxis", "infant_iv_site"],
        sources: &["S20", "S21", "S61"],
    },
    // Numbness or tingling: nerve compression, e.g. carpal tunnel [S60][S61].
    RedFlag {
        id: "nerve_numbness",
        urgency: Soon,
        when: HasAny("nerve_signs", &["numbness", "tingling"]),
        unless: &[],
        sources: &["S60", "S61", "S10"],
    },
    // A child or young person (under 25) with a lump that is growing and has no known
    // cause: a very urgent ultrasound within 48 hours [S118] (F7).
    RedFlag {
        id: "mass_young",
        urgency: Soon,
        when: All(&[
            AgeBelow(25.0),
            OneOf("growing", &["fast", "slow"]),
            Not(&SKIN_CHANGES_ONLY),
            Not(&KNOWN_CAUSE),
        ]),
        unless: &["calciphylaxis", "infant_iv_site"],
        sources: &["S118", "S54"],
    },
    // A lump that is 5 cm or more, deep, fast-growing or growing and large: imaging and
    // possible sarcoma referral [S54][S55]. Not for skin changes alone, nor when a
    // more precise flag already says what to do (F16).
    RedFlag {
        id: "mass",
        urgency: Soon,
        when: MASS_CONCERN,
        unless: &["calciphylaxis", "infant_iv_site", "mass_young"],
        sources: &["S54", "S55", "S57"],
    },
    // A mass around a joint growing fast: rapidly worsening stiffness or pain [S9].
    RedFlag {
        id: "joint_progression",
        urgency: Soon,
        when: All(&[
            Is("depth", "around_joint"),
            Is("growing", "fast"),
            OneOf("pain", &["moderate", "severe"]),
        ]),
        unless: &[],
        sources: &["S9"],
    },
    // A child with calcinosis and new weakness, or a rash on the eyelids or knuckles, not
    // known to have dermatomyositis: calcinosis may be its first sign [S96][S19] (F15).
    RedFlag {
        id: "child_weakness",
        urgency: Soon,
        when: All(&[
            AgeBelow(18.0),
            Any(&[Has("nerve_signs", "weakness"), Is("jdm_rash", "yes")]),
            Not(&Has("ctd", "dermatomyositis")),
        ]),
        unless: &[],
        sources: &["S96", "S19"],
    },
];
