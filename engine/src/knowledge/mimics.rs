//! Conditions that can look like calcinosis (mimics), named in the summary where the
//! answers fit them, so that the person and the doctor keep them in mind (review F14).
//! Wording: `mimic.<id>` in the catalog. They never change the ranking or the flags.

use super::conditions::*;
use super::Cond::{self, *};

#[derive(Clone, Copy, Debug)]
pub struct Mimic {
    pub id: &'static str,
    pub when: Cond,
    pub sources: &'static [&'static str],
}

const SHALLOW: Cond = OneOf("depth", &["in_skin", "under_skin"]);

pub const MIMICS: &[Mimic] = &[
    // A deep, large or growing lump not shown to be calcium: soft-tissue sarcoma first,
    // as it can contain calcium too [S54][S57][S10].
    Mimic {
        id: "sarcoma",
        when: UNCONFIRMED_MASS,
        sources: &["S54", "S57", "S10"],
    },
    // Short or bent big toes since birth with a lump on the neck, back or shoulder:
    // fibrodysplasia ossificans progressiva; a biopsy can make it worse [S120].
    Mimic {
        id: "fop",
        when: Is("big_toes", "yes"),
        sources: &["S120"],
    },
    // After an injury, a lump in a large muscle: myositis ossificans [S57][S74][S56].
    Mimic {
        id: "myositis_ossificans",
        when: All(&[
            Has("local_injury", "trauma"),
            Any(&[
                Is("depth", "deep"),
                HasAny("sites", &["thigh", "upper_arm", "buttock_hip"]),
            ]),
        ]),
        sources: &["S57", "S74", "S56"],
    },
    // Toes, fingers, elbows and knees of an adult, chalky, red or around a joint: gout
    // (tophi) [S56][S61].
    Mimic {
        id: "gout",
        when: All(&[
            Not(&AgeBelow(18.0)),
            HasAny(
                "sites",
                &["toes", "fingers", "hand", "ankle_foot", "elbow", "knee"],
            ),
            Any(&[
                Has("looks", "chalky_discharge"),
                HasAny("infection_signs", &["redness", "warmth"]),
                Is("depth", "around_joint"),
            ]),
        ]),
        sources: &["S56", "S61"],
    },
    // A rock-hard nodule on a child's head, neck or arm: pilomatricoma [S58][S59].
    Mimic {
        id: "pilomatricoma",
        when: All(&[
            AgeBelow(18.0),
            HasAny(
                "sites",
                &["face_ear", "scalp_neck", "upper_arm", "shoulder"],
            ),
            Has("looks", "hard_nodule"),
            SHALLOW,
        ]),
        sources: &["S58", "S59"],
    },
    // A small bump in or under the skin with no known cause: a cyst, milia, a wart or
    // molluscum [S23][S102].
    Mimic {
        id: "cyst",
        when: All(&[
            SMALL,
            SHALLOW,
            HasAny("looks", &["papule", "hard_nodule"]),
            Not(&ANY_CTD),
            Not(&KNOWN_CAUSE),
        ]),
        sources: &["S23", "S102"],
    },
    // Dark, painful skin has other causes: warfarin skin necrosis, antiphospholipid
    // syndrome, cholesterol emboli, vasculitis, pyoderma gangrenosum [S70][S94][S41].
    Mimic {
        id: "calciphylaxis_mimics",
        when: HasAny("looks", &["livedo", "induration", "ulcer_eschar"]),
        sources: &["S70", "S94", "S41"],
    },
];
