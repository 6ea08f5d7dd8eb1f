//! The questionnaire, as data: every question, its kind, its options and when it is shown.
//!
//! The app renders these in order; the FHIR Questionnaire is generated from them; the rules
//! read them by id. Every question also accepts "don't know" (the option id `unknown`),
//! which the renderer adds, so none is mandatory. Wording lives in the text catalog under
//! `q.<id>`, `q.<id>.help` and `opt.<id>.<option>`.

use super::{Analyte, Cond};

/// The sections, in the order a person walks them. Each fits about three phone screens
/// before it is answered (UX review F6): the lump is asked in two (where and how big, then
/// what it is like), the history in two (illnesses, then treatments and injuries).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Person,
    Lesion,
    Looks,
    Pain,
    Labs,
    History,
    Treatments,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Person,
        Section::Lesion,
        Section::Looks,
        Section::Pain,
        Section::Labs,
        Section::History,
        Section::Treatments,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Person => "person",
            Section::Lesion => "lesion",
            Section::Looks => "looks",
            Section::Pain => "pain",
            Section::Labs => "labs",
            Section::History => "history",
            Section::Treatments => "treatments",
        }
    }
}

/// One answer option. `show_if` hides an option that cannot apply (no scrotum for a person
/// who said female).
#[derive(Clone, Copy, Debug)]
pub struct Opt {
    pub id: &'static str,
    pub show_if: Option<Cond>,
}

const fn o(id: &'static str) -> Opt {
    Opt { id, show_if: None }
}

const fn o_if(id: &'static str, cond: Cond) -> Opt {
    Opt {
        id,
        show_if: Some(cond),
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Pick one option.
    Single(&'static [Opt]),
    /// Pick any number of options. An option named `none` excludes the others.
    Multi(&'static [Opt]),
    /// The person's age: a number with a unit (`years` or `months`).
    Age,
    /// A lab value in one of the analyte's units (see `crate::labs`).
    Lab(Analyte),
}

#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: &'static str,
    pub section: Section,
    pub kind: Kind,
    /// Shown only when this holds; otherwise skipped and its answer ignored.
    pub show_if: Option<Cond>,
}

const fn q(id: &'static str, section: Section, kind: Kind) -> Question {
    Question {
        id,
        section,
        kind,
        show_if: None,
    }
}

const fn q_if(id: &'static str, section: Section, kind: Kind, cond: Cond) -> Question {
    Question {
        id,
        section,
        kind,
        show_if: Some(cond),
    }
}

const YES_NO: &[Opt] = &[o("yes"), o("no")];

/// Lab numbers are asked for unless the person said there are no results, or only that the
/// doctor called them normal.
const HAS_NUMBERS: Cond = Cond::Not(&Cond::OneOf("lab_results", &["no", "normal"]));

/// Conditions of adults and older children that do not arise in babies under 2 (warfarin,
/// obesity, type 1 or 2 diabetes, sarcoidosis, an organ transplant): not asked of them, so
/// a parent is not asked about them for a baby (UX review F6). Asked when the age is not
/// known. Unasked is unanswered: no rule reads a "no" to these.
const NOT_INFANT: Cond = Cond::Not(&Cond::AgeBelow(2.0));

/// The yes/no history questions shown together as one "has a doctor ever said ... (tick
/// all that apply)" list (UX review F6, F22). A ticked box answers "yes"; an unticked box
/// leaves the question unanswered, exactly as a skipped question was before: it never
/// becomes a "no". The yes/no questions whose "no" is evidence (`iv_calcium`,
/// `electrode_paste`: rule `iat_no_exposure`), or that need a sure answer (`pregnant`),
/// keep their own question.
pub const CHECKLIST: &[&str] = &[
    "kidney_sudden",
    "hyperparathyroidism",
    "hypoparathyroidism",
    "hospital_recent",
    "iv_leak",
    "heel_pricks",
    "warfarin",
    "diabetes",
    "obesity",
    "sarcoidosis",
    "transplant",
    "down_syndrome",
    "dental_eye",
    "big_toes",
    "jdm_rash",
    "family_history",
    "cancer_bone",
];

use Section::*;

/// Every question, in the order they are asked.
pub const QUESTIONS: &[Question] = &[
    // --- the person
    // Who answers: the wording follows it (`crate::text::voice`). Not clinical: no rule reads
    // it; only the visibility of the pregnancy question does.
    q(
        "who",
        Person,
        Kind::Single(&[o("me"), o("child"), o("other")]),
    ),
    q("age", Person, Kind::Age),
    q("sex", Person, Kind::Single(&[o("female"), o("male")])),
    // --- the lesion
    q(
        "sites",
        Lesion,
        Kind::Multi(&[
            o("face_ear"),
            o("scalp_neck"),
            o("shoulder"),
            o("upper_arm"),
            o("elbow"),
            o("forearm_wrist"),
            o("hand"),
            o("fingers"),
            o("chest_breast"),
            o("abdomen"),
            o("back"),
            o("buttock_hip"),
            o("thigh"),
            o("knee"),
            o("lower_leg"),
            o("ankle_foot"),
            o("heel"),
            o("toes"),
            o_if("scrotum", Cond::Not(&Cond::Is("sex", "female"))),
            o_if("penis", Cond::Not(&Cond::Is("sex", "female"))),
            o_if("vulva", Cond::Not(&Cond::Is("sex", "male"))),
            o("iv_site"),
        ]),
    ),
    q(
        "lesion_count",
        Lesion,
        Kind::Single(&[o("one"), o("few"), o("many")]),
    ),
    q(
        "size",
        Lesion,
        Kind::Single(&[o("under_5mm"), o("5_to_20mm"), o("2_to_5cm"), o("5cm_plus")]),
    ),
    q(
        "depth",
        Looks,
        Kind::Single(&[o("in_skin"), o("under_skin"), o("around_joint"), o("deep")]),
    ),
    q(
        "looks",
        Looks,
        Kind::Multi(&[
            o("papule"),
            o("hard_nodule"),
            o("large_mass"),
            // A very painful hard patch or plaque, red, purple or dark: how calciphylaxis
            // usually starts, before livedo, sores and scabs [S39][S88] (review F1).
            o("induration"),
            o("livedo"),
            o("ulcer_eschar"),
            o("chalky_discharge"),
        ]),
    ),
    // Whether calcium has been shown in the lump (X-ray, scan, biopsy, or white chalky
    // material came out): without it a deep, large or growing lump may not be calcium at
    // all (sarcoma, myositis ossificans, FOP) [S54][S57][S10] (review F7).
    q("calcium_shown", Looks, Kind::Single(YES_NO)),
    q(
        "duration",
        Looks,
        Kind::Single(&[o("weeks"), o("months"), o("years")]),
    ),
    q(
        "growing",
        Looks,
        Kind::Single(&[o("fast"), o("slow"), o("no")]),
    ),
    // --- pain and other symptoms
    q(
        "pain",
        Pain,
        Kind::Single(&[o("none"), o("mild"), o("moderate"), o("severe")]),
    ),
    q_if(
        "pain_out_of_proportion",
        Pain,
        Kind::Single(YES_NO),
        Cond::OneOf("pain", &["moderate", "severe"]),
    ),
    q_if(
        "tender",
        Pain,
        Kind::Single(YES_NO),
        Cond::Not(&Cond::Is("pain", "none")),
    ),
    q(
        "infection_signs",
        Pain,
        Kind::Multi(&[
            o("redness"),
            // Spreading redness alone can be cellulitis (review F17) [S61][S89].
            o("spreading_redness"),
            o("warmth"),
            o("pus"),
            o("fever"),
            o("none"),
        ]),
    ),
    q(
        "nerve_signs",
        Pain,
        Kind::Multi(&[o("numbness"), o("tingling"), o("weakness"), o("none")]),
    ),
    q(
        "calcium_symptoms",
        Pain,
        Kind::Multi(&[
            o("confusion"),
            o("vomiting"),
            o("belly_pain"),
            o("thirst"),
            o("constipation"),
            // Low calcium: tingling around the mouth, cramps or spasms [S116] (review F6).
            o("mouth_tingling"),
            // Weak swallowing or breathing muscles (dermatomyositis) [S121] (review F15).
            o("swallowing_breathing"),
            // A baby who feeds poorly, is floppy or hard to wake [S117] (review F5).
            o_if("infant_unwell", Cond::AgeBelow(1.0)),
            o("none"),
        ]),
    ),
    // --- labs (each optional; "don't know / not done" and "normal, no number" are always
    // offered). First: are there results at all? "No" skips the numbers; "my doctor said
    // they were normal" skips them too, and counts as calcium and phosphate reported within
    // the normal range (`crate::labs`; review F8).
    q(
        "lab_results",
        Labs,
        Kind::Single(&[o("yes"), o("no"), o("normal")]),
    ),
    q_if("calcium", Labs, Kind::Lab(Analyte::Calcium), HAS_NUMBERS),
    q_if(
        "phosphate",
        Labs,
        Kind::Lab(Analyte::Phosphate),
        HAS_NUMBERS,
    ),
    q_if("albumin", Labs, Kind::Lab(Analyte::Albumin), HAS_NUMBERS),
    q_if("pth", Labs, Kind::Lab(Analyte::Pth), HAS_NUMBERS),
    q_if("vitamin_d", Labs, Kind::Lab(Analyte::VitaminD), HAS_NUMBERS),
    q_if(
        "creatinine",
        Labs,
        Kind::Lab(Analyte::Creatinine),
        HAS_NUMBERS,
    ),
    q_if("egfr", Labs, Kind::Lab(Analyte::Egfr), HAS_NUMBERS),
    q_if("alp", Labs, Kind::Lab(Analyte::Alp), HAS_NUMBERS),
    // --- history
    q(
        "kidney",
        History,
        Kind::Single(&[
            o("none"),
            o("ckd_mild"),
            o("ckd_severe"),
            o("dialysis"),
            o("transplant"),
        ]),
    ),
    q_if(
        "dialysis_years",
        History,
        Kind::Single(&[o("under_1"), o("1_to_5"), o("over_5")]),
        Cond::Is("kidney", "dialysis"),
    ),
    // Acute kidney injury: with very high phosphate, tumour lysis [S119] (review F6, F10).
    q("kidney_sudden", History, Kind::Single(YES_NO)),
    // A known connective tissue disease is asked with the person (section Person): the most
    // common cause of calcinosis, and a diagnosis people know [S5][S21]. Kept here in the
    // list, so that ties between questions break as before.
    q(
        "ctd",
        Person,
        Kind::Multi(&[
            o("systemic_sclerosis"),
            o("dermatomyositis"),
            o("lupus"),
            o("other_ctd"),
            // Pseudoxanthoma elasticum, Ehlers-Danlos, Werner, Rothmund-Thomson [S5] (F14).
            o("inherited_ctd"),
            o("none"),
        ]),
    ),
    q("hyperparathyroidism", History, Kind::Single(YES_NO)),
    // Hypo- or pseudohypoparathyroidism: high phosphate with low calcium [S5] (review F10).
    q("hypoparathyroidism", History, Kind::Single(YES_NO)),
    q("hospital_recent", History, Kind::Single(YES_NO)),
    q("iv_leak", History, Kind::Single(YES_NO)),
    q_if(
        "heel_pricks",
        History,
        Kind::Single(YES_NO),
        Cond::Not(&Cond::AgeAtLeast(4.0)),
    ),
    q_if("warfarin", History, Kind::Single(YES_NO), NOT_INFANT),
    q_if("diabetes", History, Kind::Single(YES_NO), NOT_INFANT),
    q_if("obesity", History, Kind::Single(YES_NO), NOT_INFANT),
    q_if("sarcoidosis", History, Kind::Single(YES_NO), NOT_INFANT),
    q_if("transplant", History, Kind::Single(YES_NO), NOT_INFANT),
    q("down_syndrome", History, Kind::Single(YES_NO)),
    q("family_history", History, Kind::Single(YES_NO)),
    q("dental_eye", History, Kind::Single(YES_NO)),
    // Asked of children: short or bent big toes since birth with lumps on the neck, back or
    // shoulder are fibrodysplasia ossificans progressiva, where a biopsy makes it worse
    // [S120] (F14). (Shown by age only: FHIR enableWhen cannot say "age and site".)
    q_if(
        "big_toes",
        History,
        Kind::Single(YES_NO),
        Cond::Not(&Cond::AgeAtLeast(18.0)),
    ),
    // A rash on the eyelids or knuckles: calcinosis can be the first sign of juvenile
    // dermatomyositis [S96][S19] (review F15).
    q_if(
        "jdm_rash",
        History,
        Kind::Single(YES_NO),
        Cond::Not(&Cond::AgeAtLeast(18.0)),
    ),
    q("cancer_bone", History, Kind::Single(YES_NO)),
    // --- treatments and injuries
    q("iv_calcium", Treatments, Kind::Single(YES_NO)),
    q("electrode_paste", Treatments, Kind::Single(YES_NO)),
    q(
        "local_injury",
        Treatments,
        Kind::Multi(&[
            o("surgery"),
            o("trauma"),
            o("acne"),
            o("infection"),
            o("injections"),
            // Burns, venous disease, a lump or cyst that was there before, panniculitis [S5] (F14).
            o("burn"),
            o("venous"),
            o("prior_lump"),
            // Inflamed fat (panniculitis), for example with pancreatitis or lupus [S5].
            o("panniculitis"),
            o("none"),
        ]),
    ),
    q(
        "supplements",
        Treatments,
        Kind::Multi(&[
            o("vitamin_d"),
            o("calcium"),
            o("antacids"),
            // Large amounts of milk: milk-alkali syndrome [S52] (review 3.1).
            o("milk"),
            o("none"),
        ]),
    ),
    // Cancer treatment in the last month: with very high phosphate, tumour lysis [S119].
    q_if(
        "chemotherapy",
        Treatments,
        Kind::Single(YES_NO),
        Cond::Not(&Cond::Is("cancer_bone", "no")),
    ),
    // Pregnancy changes the advice on X-rays, warfarin and medicines, and albumin
    // correction is less reliable late in pregnancy [S122][S47b] (review F24). Asked of
    // women, not of a child answered for by a parent (FHIR enableWhen cannot combine sex
    // with an age band, but can with the answer of "who").
    q_if(
        "pregnant",
        Treatments,
        Kind::Single(YES_NO),
        Cond::All(&[
            Cond::Is("sex", "female"),
            Cond::Not(&Cond::Is("who", "child")),
        ]),
    ),
];

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

impl Question {
    /// The options of a choice question (empty for age and labs).
    pub fn options(&self) -> &'static [Opt] {
        match self.kind {
            Kind::Single(opts) | Kind::Multi(opts) => opts,
            Kind::Age | Kind::Lab(_) => &[],
        }
    }
}

/// The published sources of questions and options whose reason to be asked is a specific
/// finding (those added with knowledge 2.0.0, clinical review 2026-12): `question` or
/// `question.option` with the sources that motivate it. Listed in `docs/knowledge.md`.
pub const QUESTION_SOURCES: &[(&str, &[&str])] = &[
    ("looks.induration", &["S39", "S88"]),
    ("calcium_shown", &["S54", "S57", "S10"]),
    ("infection_signs.spreading_redness", &["S61", "S89"]),
    ("calcium_symptoms.constipation", &["S115", "S50"]),
    ("calcium_symptoms.mouth_tingling", &["S116"]),
    ("calcium_symptoms.swallowing_breathing", &["S121", "S19"]),
    ("calcium_symptoms.infant_unwell", &["S117"]),
    ("kidney_sudden", &["S119"]),
    ("ctd.inherited_ctd", &["S5"]),
    ("hypoparathyroidism", &["S5", "S116"]),
    ("electrode_paste", &["S8", "S5"]),
    ("local_injury.burn", &["S5"]),
    ("local_injury.venous", &["S5"]),
    ("local_injury.prior_lump", &["S5", "S58"]),
    ("local_injury.panniculitis", &["S5"]),
    ("supplements.milk", &["S52"]),
    ("chemotherapy", &["S119"]),
    ("big_toes", &["S120"]),
    ("jdm_rash", &["S96", "S19"]),
    ("pregnant", &["S122", "S47b"]),
];
