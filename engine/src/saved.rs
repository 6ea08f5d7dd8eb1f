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

use crate::answers::{self, Answer, Answers, AnswersError};
use crate::exact::exact;
use crate::flow::{self, OwnQuestion, Questionnaire, Step, OWN_QUESTIONS_MAX, OWN_QUESTION_MAX};
use crate::knowledge::physician::PHYSICIAN_QUESTIONS;
use crate::knowledge::questions::Section;
use crate::text::Lang;

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

/// Write a saved state (compact JSON, keys in the order of the format above).
///
/// Written by hand rather than through `serde_json`, so that the app can save on every
/// change without carrying a JSON library in the wasm it loads first: reading is done by
/// [`decode`], which the app loads only when it needs it.
pub fn encode(saved: &Saved) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("{\"format\":");
    push_str(&mut out, FORMAT);
    out.push_str(",\"version\":");
    out.push_str(&VERSION.to_string());
    out.push_str(",\"answers\":{");
    for (i, (id, answer)) in saved.answers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(&mut out, id);
        out.push(':');
        match answer {
            Answer::Choice(c) => push_str(&mut out, c),
            Answer::Choices(cs) => push_list(&mut out, cs),
            Answer::Quantity { value, unit } => {
                out.push_str("{\"value\":");
                match exact(*value) {
                    // As serde_json writes a float: "7.0", not "7".
                    Some(v) if v.contains(['.', 'e']) => out.push_str(&v),
                    Some(v) => {
                        out.push_str(&v);
                        out.push_str(".0");
                    }
                    None => out.push_str("null"),
                }
                out.push_str(",\"unit\":");
                push_str(&mut out, unit);
                out.push('}');
            }
        }
    }
    out.push('}');
    out.push_str(",\"step\":");
    push_opt(&mut out, saved.step.as_deref());
    out.push_str(",\"visited\":");
    push_list(&mut out, &saved.visited);
    out.push_str(",\"lang\":");
    push_opt(&mut out, saved.lang.as_deref());
    out.push_str(",\"dropped\":");
    push_list(&mut out, &saved.dropped);
    out.push_str(",\"own\":");
    push_list(&mut out, &saved.own);
    out.push('}');
    out
}

/// A JSON string.
fn push_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                for shift in [4, 0] {
                    let digit = (u32::from(c) >> shift) & 0xf;
                    out.push(char::from_digit(digit, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON string, or `null`.
fn push_opt(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.push_str("null"),
    }
}

/// A JSON array of strings.
fn push_list(out: &mut String, items: &[String]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(out, item);
    }
    out.push(']');
}

/// The id a step is saved as: a section id, `review`, `result` or `intro` (the About
/// screen is saved as the screen it was opened from).
fn step_id(q: &Questionnaire) -> &'static str {
    let step = if q.step == Step::About {
        q.about_from
    } else {
        q.step
    };
    match step {
        Step::Section(s) => s.id(),
        Step::Review => "review",
        Step::Result => "result",
        Step::Intro | Step::About => "intro",
    }
}

fn section(id: &str) -> Option<Section> {
    Section::ALL.into_iter().find(|s| s.id() == id)
}

impl Saved {
    /// What to keep of a questionnaire: the answers, where the person is, the sections
    /// seen, the language and their choices among the questions for the physician. (Text
    /// typed into a number field that is not a number yet is not an answer and is not kept.)
    pub fn of(q: &Questionnaire) -> Saved {
        Saved {
            answers: q.answers.clone(),
            step: Some(step_id(q).to_string()),
            visited: q.visited.iter().map(|s| s.id().to_string()).collect(),
            lang: Some(q.lang.code().to_string()),
            dropped: q.dropped.iter().map(|d| d.to_string()).collect(),
            own: q.own.iter().map(|o| o.text.clone()).collect(),
        }
    }

    /// The questionnaire to resume: every answer, at the screen saved when it still has
    /// questions to show (else at the review screen, or the intro when there is no answer).
    /// Names this version does not know (a section, a question for the physician) are left
    /// out; `lang` is used when the saved language is missing or unknown. The first screen
    /// keeps the browser's own focus (`nav` is 0).
    pub fn restore(&self, lang: Lang) -> Questionnaire {
        let mut q = Questionnaire::with_answers(self.answers.clone());
        q.lang = self
            .lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(lang);
        let shown = flow::sections(&q.answers);
        q.visited.clear();
        for s in self.visited.iter().filter_map(|v| section(v)) {
            if shown.contains(&s) && !q.visited.contains(&s) {
                q.visited.push(s);
            }
        }
        let fallback = if q.answers.is_empty() {
            Step::Intro
        } else {
            Step::Review
        };
        q.step = match self.step.as_deref() {
            Some("review") => Step::Review,
            Some("result") => Step::Result,
            Some("intro") => Step::Intro,
            Some(id) => section(id)
                .filter(|s| shown.contains(s))
                .map_or(fallback, Step::Section),
            None => fallback,
        };
        if let Step::Section(s) = q.step {
            if !q.visited.contains(&s) {
                q.visited.push(s);
            }
        }
        q.reviewed = matches!(q.step, Step::Review | Step::Result)
            || (!shown.is_empty() && shown.iter().all(|s| q.visited.contains(s)));
        q.dropped = self
            .dropped
            .iter()
            .filter_map(|d| PHYSICIAN_QUESTIONS.iter().find(|p| p.id == d))
            .map(|p| p.id)
            .collect();
        q.own = self
            .own
            .iter()
            .map(|o| o.trim().chars().take(OWN_QUESTION_MAX).collect::<String>())
            .filter(|o| !o.is_empty())
            .take(OWN_QUESTIONS_MAX)
            .map(|text| OwnQuestion { text, kept: true })
            .collect();
        q.about_from = Step::Intro;
        q.focus = None;
        q.nav = 0;
        q
    }
}
