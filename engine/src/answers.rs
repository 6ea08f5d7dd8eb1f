//! A person's answers, and the versioned answers file the app saves, exports and opens and
//! the `assess` tool reads.
//!
//! File format (version 1), documented in the README:
//! ```json
//! { "format": "calcinosis-aid/answers", "version": 1,
//!   "answers": { "age": {"value": 34, "unit": "years"}, "sex": "female",
//!                "sites": ["fingers", "elbow"], "phosphate": {"value": 6.8, "unit": "mg/dL"},
//!                "warfarin": "unknown" } }
//! ```
//! A string is a single choice, an array a multiple choice, an object a number with its
//! unit. `"unknown"` is "don't know / not done" for any question; `"normal"` for a lab is
//! "reported normal, no number". Decoding never panics:
//! every problem is an `AnswersError` that names the field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::knowledge::questions::{question, Kind};
use crate::labs;

pub const FORMAT: &str = "calcinosis-aid/answers";
pub const VERSION: u32 = 1;
/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The option id meaning "don't know / not done".
pub const UNKNOWN: &str = "unknown";
/// The answer to a lab question meaning "reported within the normal range, no number"
/// (see `crate::labs`).
pub const NORMAL: &str = "normal";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Choice(String),
    Choices(Vec<String>),
    Quantity { value: f64, unit: String },
}

impl Answer {
    pub fn is_unknown(&self) -> bool {
        matches!(self, Answer::Choice(c) if c == UNKNOWN)
    }
}

/// Answers keyed by question id. A BTreeMap keeps files and assessments deterministic.
pub type Answers = BTreeMap<String, Answer>;

#[derive(Serialize, Deserialize)]
struct AnswersFile {
    format: String,
    version: u32,
    answers: BTreeMap<String, serde_json::Value>,
}

/// Why a file could not be read. Each names what is wrong so the person can be told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AnswersError {
    TooLarge { bytes: usize },
    NotJson { detail: String },
    NotAnswersFile,
    NewerVersion { version: u32 },
    UnknownQuestion { field: String },
    BadValue { field: String, expected: String },
}

impl std::fmt::Display for AnswersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswersError::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, larger than the {MAX_FILE_BYTES} bytes an answers file can be"
            ),
            AnswersError::NotJson { detail } => {
                write!(f, "the file is not valid JSON (it may be truncated): {detail}")
            }
            AnswersError::NotAnswersFile => write!(
                f,
                "the file is JSON but not a Calcinosis Aid answers file (no \"format\": \"{FORMAT}\")"
            ),
            AnswersError::NewerVersion { version } => write!(
                f,
                "the file uses answers format version {version}, newer than this app knows ({VERSION})"
            ),
            AnswersError::UnknownQuestion { field } => {
                write!(f, "answers.{field}: there is no such question")
            }
            AnswersError::BadValue { field, expected } => {
                write!(f, "answers.{field}: expected {expected}")
            }
        }
    }
}

impl std::error::Error for AnswersError {}

/// Serialize answers as a version-1 answers file.
pub fn to_file(answers: &Answers) -> String {
    let file = AnswersFile {
        format: FORMAT.to_string(),
        version: VERSION,
        answers: answers
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::to_value(v).unwrap_or_default()))
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Read an answers file, checking every field against the questionnaire.
pub fn from_file(text: &str) -> Result<Answers, AnswersError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(AnswersError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| AnswersError::NotJson {
            detail: e.to_string(),
        })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(AnswersError::NotAnswersFile);
    }
    let version = value
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| AnswersError::BadValue {
            field: "version".into(),
            expected: "a whole number".into(),
        })?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > VERSION {
        return Err(AnswersError::NewerVersion { version });
    }
    let raw = value
        .get("answers")
        .and_then(|a| a.as_object())
        .ok_or_else(|| AnswersError::BadValue {
            field: "answers".into(),
            expected: "an object of answers keyed by question id".into(),
        })?;
    let mut answers = Answers::new();
    for (field, v) in raw {
        answers.insert(field.clone(), check_answer(field, v)?);
    }
    Ok(answers)
}

fn check_answer(field: &str, v: &serde_json::Value) -> Result<Answer, AnswersError> {
    let q = question(field).ok_or_else(|| AnswersError::UnknownQuestion {
        field: field.to_string(),
    })?;
    let bad = |expected: String| AnswersError::BadValue {
        field: field.to_string(),
        expected,
    };
    if v.as_str() == Some(UNKNOWN) {
        return Ok(Answer::Choice(UNKNOWN.into()));
    }
    let option_list = || {
        q.options()
            .iter()
            .map(|o| o.id)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let is_option = |s: &str| q.options().iter().any(|o| o.id == s);
    match q.kind {
        Kind::Single(_) => match v.as_str() {
            Some(s) if is_option(s) => Ok(Answer::Choice(s.to_string())),
            _ => Err(bad(format!("one of: {}, unknown", option_list()))),
        },
        Kind::Multi(_) => {
            let items = v
                .as_array()
                .ok_or_else(|| bad(format!("a list of: {}", option_list())))?;
            let mut out = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(s) if is_option(s) => {
                        if !out.iter().any(|o: &String| o == s) {
                            out.push(s.to_string());
                        }
                    }
                    _ => return Err(bad(format!("a list of: {}", option_list()))),
                }
            }
            Ok(Answer::Choices(out))
        }
        Kind::Lab(_) if v.as_str() == Some(NORMAL) => Ok(Answer::Choice(NORMAL.into())),
        Kind::Age | Kind::Lab(_) => {
            let units: Vec<&str> = match q.kind {
                Kind::Lab(a) => labs::units(a).iter().map(|u| u.id).collect(),
                _ => vec!["years", "months"],
            };
            let expected = || {
                format!(
                    "{{\"value\": a number, \"unit\": one of {}}}",
                    units.join(", ")
                )
            };
            let value = v
                .get("value")
                .and_then(|x| x.as_f64())
                .filter(|x| x.is_finite())
                .ok_or_else(|| bad(expected()))?;
            let unit = v
                .get("unit")
                .and_then(|x| x.as_str())
                .filter(|u| units.contains(u))
                .ok_or_else(|| bad(expected()))?;
            Ok(Answer::Quantity {
                value,
                unit: unit.to_string(),
            })
        }
    }
}
