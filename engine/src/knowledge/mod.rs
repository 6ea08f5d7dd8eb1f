//! The medical knowledge the engine reasons with, kept as typed, reviewable data.
//!
//! Nothing in here decides anything: these are tables (questions, rules, red flags,
//! questions for the physician, reference ranges, sources). Each table lives in its own
//! file so that a clinician can review it without reading control flow. The wording that a
//! person reads lives in `crate::text`, keyed by the ids used here.

/// The version of the medical knowledge (rules, red flags, questions, ranges, texts). A
/// change to any of them is a clinical change: it bumps this and is listed, dated, in
/// `docs/knowledge-changes.md`. The About screen shows it.
pub const VERSION: &str = "3.1.0";
/// The date of this version.
pub const VERSION_DATE: &str = "2026-12-02";

pub mod conditions;
pub mod mimics;
pub mod physician;
pub mod priors;
pub mod questions;
pub mod ranges;
pub mod red_flags;
pub mod rules;
pub mod sources;

use serde::Serialize;

/// The calcinosis categories the aid ranks. The order is the tie-break order of the
/// ranking (most common first, following [S2][S3]: dystrophic is the most common type).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Dystrophic,
    Metastatic,
    Iatrogenic,
    Idiopathic,
    TumoralPrimaryHyperphosphatemic,
    TumoralPrimaryNormophosphatemic,
    TumoralSecondary,
    Calciphylaxis,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Dystrophic,
        Category::Metastatic,
        Category::Iatrogenic,
        Category::Idiopathic,
        Category::TumoralPrimaryHyperphosphatemic,
        Category::TumoralPrimaryNormophosphatemic,
        Category::TumoralSecondary,
        Category::Calciphylaxis,
    ];

    /// Stable id used in files, in the text catalog (`category.<id>`) and in the CLI output.
    pub fn id(self) -> &'static str {
        match self {
            Category::Dystrophic => "dystrophic",
            Category::Metastatic => "metastatic",
            Category::Iatrogenic => "iatrogenic",
            Category::Idiopathic => "idiopathic",
            Category::TumoralPrimaryHyperphosphatemic => "tumoral_primary_hyperphosphatemic",
            Category::TumoralPrimaryNormophosphatemic => "tumoral_primary_normophosphatemic",
            Category::TumoralSecondary => "tumoral_secondary",
            Category::Calciphylaxis => "calciphylaxis",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// A lab analyte the questionnaire asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Analyte {
    Calcium,
    Phosphate,
    Albumin,
    Pth,
    VitaminD,
    Creatinine,
    Egfr,
    Alp,
}

impl Analyte {
    pub const ALL: [Analyte; 8] = [
        Analyte::Calcium,
        Analyte::Phosphate,
        Analyte::Albumin,
        Analyte::Pth,
        Analyte::VitaminD,
        Analyte::Creatinine,
        Analyte::Egfr,
        Analyte::Alp,
    ];

    /// The question id that asks for this analyte.
    pub fn question_id(self) -> &'static str {
        match self {
            Analyte::Calcium => "calcium",
            Analyte::Phosphate => "phosphate",
            Analyte::Albumin => "albumin",
            Analyte::Pth => "pth",
            Analyte::VitaminD => "vitamin_d",
            Analyte::Creatinine => "creatinine",
            Analyte::Egfr => "egfr",
            Analyte::Alp => "alp",
        }
    }

    pub fn from_question_id(id: &str) -> Option<Analyte> {
        Analyte::ALL.into_iter().find(|a| a.question_id() == id)
    }
}

/// Where a lab value sits against the reference range for the person's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Normal,
    High,
}

/// A condition over the answers: the vocabulary rules, red flags and question visibility
/// are written in. Evaluated by `crate::reason::holds`; an unanswered or "don't know"
/// answer makes every positive test false (and so `Not` of it true: use `IsNot` when the
/// answer must be known).
#[derive(Clone, Copy, Debug)]
pub enum Cond {
    /// A single-choice question has this option.
    Is(&'static str, &'static str),
    /// A single-choice question is known and is not this option.
    IsNot(&'static str, &'static str),
    /// A single-choice question has one of these options.
    OneOf(&'static str, &'static [&'static str]),
    /// A multiple-choice question includes this option.
    Has(&'static str, &'static str),
    /// A multiple-choice question includes at least one of these options.
    HasAny(&'static str, &'static [&'static str]),
    /// A lab value, read against the age-specific range, is at this level. For calcium the
    /// albumin-corrected value is used when albumin is known.
    Lab(Analyte, Level),
    /// A lab value in the canonical unit (see `crate::labs`) is at least this much.
    LabAtLeast(Analyte, f64),
    /// A lab value in the canonical unit is below this.
    LabBelow(Analyte, f64),
    /// The calcium x phosphate product (mg2/dL2) is at least this.
    CaxPAtLeast(f64),
    /// The calcium the reasoning uses (albumin-corrected when albumin is low), mg/dL, is at
    /// least this.
    CalciumAtLeast(f64),
    /// The calcium the reasoning uses, mg/dL, is below this.
    CalciumBelow(f64),
    /// A value was entered for this lab but cannot be used as it stands: it is outside what
    /// is possible in its unit, or its unit is in doubt (see `crate::labs`).
    LabUnclear(Analyte),
    /// The person's age in years is below this.
    AgeBelow(f64),
    /// The person's age in years is at least this.
    AgeAtLeast(f64),
    /// The question has an answer other than "don't know".
    Known(&'static str),
    All(&'static [Cond]),
    Any(&'static [Cond]),
    Not(&'static Cond),
}

/// One published source. `key` is the citation key used in every table ([S1] ...).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Source {
    pub key: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// A scoring rule: when `when` holds, `weight` is added to `category`'s score. A negative
/// weight is evidence pointing away. Its plain-language reason is `rule.<id>` in the text
/// catalog.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    pub weight: i32,
    pub when: Cond,
    pub sources: &'static [&'static str],
}

/// How soon a red flag needs care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Call emergency services or go to the emergency department now.
    Emergency,
    /// Be seen by a doctor today.
    SameDay,
    /// Book an appointment soon (days, not months).
    Soon,
}

/// A finding that needs care whatever the ranking says. Its text is `flag.<id>` and its
/// action `flag.<id>.action` in the catalog.
#[derive(Clone, Copy, Debug)]
pub struct RedFlag {
    pub id: &'static str,
    pub urgency: Urgency,
    pub when: Cond,
    /// Not raised when one of these flags is raised: the other says the same more precisely
    /// or more urgently (a growing lump in a child needs 2 days, not "a few days").
    pub unless: &'static [&'static str],
    pub sources: &'static [&'static str],
}
