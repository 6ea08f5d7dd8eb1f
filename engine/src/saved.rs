//! What the app keeps on the device when the person asks it to ("Keep my answers on this
//! device"): the answers plus where they were in the walk and their choices on the summary.
//! Decoding is total: any bytes give either a saved state or an error naming the problem,
//! never a panic, so a corrupted or foreign item in storage cannot break the app.
//!
//! Format (version 1):
//! ```json
//! { "format": "calcinosis-aid/saved", "version": 1,
//!   "answers": { ...as in an answers file... },
//!   "step": "labs", "visited": ["person", "lesion"], "lang": "es",
//!   "dropped": ["gen_diet"], "own": ["Can I keep playing tennis?"] }
//! ```
//! An answers file (`calcinosis-aid/answers`, the export format) is also accepted and
//! migrated: it is what an older save or a downloaded file holds.

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::answers::{self, Answers, AnswersError};

pub const FORMAT: &str = "calcinosis-aid/saved";
pub const VERSION: u32 = 1;
/// A person's own questions are kept up to this many, each up to this many characters.
pub const MAX_OWN: usize = 50;
pub const MAX_OWN_CHARS: usize = 500;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Saved {
    pub answers: Answers,
    /// The screen they were on (a section id, "review" or "result").
    pub step: Option<String>,
    pub visited: Vec<String>,
    pub lang: Option<String>,
    /// Questions for the physician they unticked.
    pub dropped: Vec<String>,
    /// Questions they added themselves.
    pub own: Vec<String>,
}

/// Why a saved state could not be restored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum SavedError {
    /// The answers inside could not be read (the error names the field).
    Answers(AnswersError),
    /// Saved by a newer version of the app than this one.
    NewerVersion { version: u32 },
    /// Not something this app saved.
    Foreign,
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::Answers(e) => write!(f, "{e}"),
            SavedError::NewerVersion { version } => write!(
                f,
                "saved by a newer version of the app (format {version}, this one reads {VERSION})"
            ),
            SavedError::Foreign => write!(f, "not something Calcinosis Aid saved"),
        }
    }
}

fn strings(v: Option<&Value>, max: usize, max_chars: usize) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str())
                .take(max)
                .map(|s| s.chars().take(max_chars).collect())
                .collect()
        })
        .unwrap_or_default()
}

/// Read a saved state (or an answers file, migrated).
pub fn decode(text: &str) -> Result<Saved, SavedError> {
    if text.len() > answers::MAX_FILE_BYTES {
        return Err(SavedError::Answers(AnswersError::TooLarge {
            bytes: text.len(),
        }));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        SavedError::Answers(AnswersError::NotJson {
            detail: e.to_string(),
        })
    })?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(answers::FORMAT) => answers::from_file(text)
            .map(|answers| Saved {
                answers,
                ..Saved::default()
            })
            .map_err(SavedError::Answers),
        Some(FORMAT) => {
            let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
            if version > u64::from(VERSION) {
                return Err(SavedError::NewerVersion {
                    version: u32::try_from(version).unwrap_or(u32::MAX),
                });
            }
            // The answers part is checked exactly like an answers file.
            let inner = json!({
                "format": answers::FORMAT,
                "version": answers::VERSION,
                "answers": value.get("answers").cloned().unwrap_or(Value::Object(Map::new())),
            });
            let answers = answers::from_file(&inner.to_string()).map_err(SavedError::Answers)?;
            let text_field = |k: &str| {
                value
                    .get(k)
                    .and_then(|s| s.as_str())
                    .map(|s| s.chars().take(40).collect::<String>())
            };
            Ok(Saved {
                answers,
                step: text_field("step"),
                visited: strings(value.get("visited"), 20, 40),
                lang: text_field("lang"),
                dropped: strings(value.get("dropped"), 200, 80),
                own: strings(value.get("own"), MAX_OWN, MAX_OWN_CHARS),
            })
        }
        _ => Err(SavedError::Foreign),
    }
}

/// Write a saved state.
pub fn encode(saved: &Saved) -> String {
    let answers: Map<String, Value> = saved
        .answers
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::to_value(v).unwrap_or(Value::Null)))
        .collect();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "answers": answers,
        "step": saved.step,
        "visited": saved.visited,
        "lang": saved.lang,
        "dropped": saved.dropped,
        "own": saved.own,
    })
    .to_string()
}
