//! Red flags: findings that need care whatever the ranking says, with how soon.
//! Wording: `flag.<id>` and `flag.<id>.action` in the catalog. They are checked on every
//! assessment, independently of the scores, and shown before anything else.

use super::Cond::*;
use super::RedFlag;
use super::Urgency::*;

pub const RED_FLAGS: &[RedFlag] = &[
    // Very painful net-like purple skin, or a black scab/ulcer with pain, kidney failure or
    // warfarin: possible calciphylaxis, high mortality, inpatient care [S32][S33][S42][S39].
    RedFlag {
        id: "calciphylaxis",
        urgency: SameDay,
        when: Any(&[
            All(&[Has("looks", "livedo"), Not(&Is("pain", "none"))]),
            All(&[
                Has("looks", "ulcer_eschar"),
                Any(&[
                    OneOf("pain", &["moderate", "severe"]),
                    Is("pain_out_of_proportion", "yes"),
                    OneOf("kidney", &["ckd_severe", "dialysis"]),
                    Is("warfarin", "yes"),
                ]),
            ]),
        ]),
        sources: &["S32", "S33", "S42", "S39"],
    },
    // Fever with a lesion: possible spreading infection or sepsis [S89][S61].
    RedFlag {
        id: "infection_fever",
        urgency: SameDay,
        when: Has("infection_signs", "fever"),
        sources: &["S89", "S61", "S66"],
    },
    // Redness with warmth, or pus-like discharge: signs of infection [S61][S89][S66].
    RedFlag {
        id: "infection",
        urgency: SameDay,
        when: Any(&[
            Has("infection_signs", "pus"),
            All(&[
                Has("infection_signs", "redness"),
                Has("infection_signs", "warmth"),
            ]),
        ]),
        sources: &["S61", "S89", "S66", "S64"],
    },
    // Weakness: nerve compression [S60][S61].
    RedFlag {
        id: "nerve_weakness",
        urgency: SameDay,
        when: Has("nerve_signs", "weakness"),
        sources: &["S60", "S61"],
    },
    // Numbness or tingling: nerve compression, e.g. carpal tunnel [S60][S61].
    RedFlag {
        id: "nerve_numbness",
        urgency: Soon,
        when: HasAny("nerve_signs", &["numbness", "tingling"]),
        sources: &["S60", "S61", "S10"],
    },
    // A mass that is 5 cm or more, deep, fast-growing or growing and large: imaging and
    // possible sarcoma referral [S54][S55].
    RedFlag {
        id: "mass",
        urgency: Soon,
        when: Any(&[
            Is("size", "5cm_plus"),
            Is("depth", "deep"),
            Is("growing", "fast"),
            All(&[
                Is("growing", "slow"),
                Any(&[Is("size", "2_to_5cm"), Has("looks", "large_mass")]),
            ]),
        ]),
        sources: &["S54", "S55", "S57"],
    },
    // Confusion with a high-calcium picture: emergency [S50][S95].
    RedFlag {
        id: "high_calcium_confusion",
        urgency: Emergency,
        when: Has("calcium_symptoms", "confusion"),
        sources: &["S50", "S95"],
    },
    // Vomiting, belly pain, thirst and passing a lot of urine: symptoms of high calcium [S50].
    RedFlag {
        id: "high_calcium_symptoms",
        urgency: SameDay,
        when: HasAny("calcium_symptoms", &["vomiting", "belly_pain", "thirst"]),
        sources: &["S50", "S95"],
    },
    // A baby's IV site that is red, swollen or breaking down after calcium: risk of tissue
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
                HasAny("infection_signs", &["redness", "warmth", "pus"]),
                Has("looks", "ulcer_eschar"),
            ]),
        ]),
        sources: &["S30", "S99", "S29"],
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
        sources: &["S9"],
    },
    // A child with calcinosis and new weakness: juvenile dermatomyositis may show
    // calcinosis first [S96][S19].
    RedFlag {
        id: "child_weakness",
        urgency: Soon,
        when: All(&[AgeBelow(18.0), Has("nerve_signs", "weakness")]),
        sources: &["S96", "S19"],
    },
];
