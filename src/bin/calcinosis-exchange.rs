//! The exchange module: everything that reads JSON or writes the exported files, built as a
//! second, small wasm (`calcinosis-exchange_bg.wasm`) that the app loads only when it needs
//! it: to resume saved answers, open an answers file or download a file. The JSON library
//! and the FHIR mapping live here, out of the wasm every first visit downloads.
//!
//! One entry point, [`exchange`], called from `src/io.js`. It never panics: every input
//! gives a result or a problem the app can name.

use calcinosis_engine::answers::{self, AnswersError};
use calcinosis_engine::fhir;
use calcinosis_engine::knowledge::sources::{is_primary, source, SOURCES};
use calcinosis_engine::knowledge::Source;
use calcinosis_engine::saved::{self, Saved, SavedError};
use calcinosis_engine::text::Lang;
use js_sys::{Array, JSON};
use wasm_bindgen::prelude::*;

fn main() {}

/// A problem as the app reads it: its kind and a detail (a field, a version, a size).
fn problem(e: SavedError) -> (&'static str, String) {
    match e {
        SavedError::Foreign | SavedError::Answers(AnswersError::NotAnswersFile) => {
            ("foreign", String::new())
        }
        SavedError::NewerVersion { version }
        | SavedError::Answers(AnswersError::NewerVersion { version }) => {
            ("newer", version.to_string())
        }
        SavedError::Answers(AnswersError::TooLarge { bytes }) => ("too_large", bytes.to_string()),
        SavedError::Answers(AnswersError::NotJson { .. }) => ("not_json", String::new()),
        SavedError::Answers(AnswersError::UnknownQuestion { field }) => ("unknown_question", field),
        SavedError::Answers(AnswersError::BadValue { field, .. }) => ("bad_value", field),
    }
}

/// A saved state as a JS object with the fields of the saved format (what the app reads
/// back).
fn as_object(s: &Saved) -> JsValue {
    let text = serde_json::to_string(s).unwrap_or_default();
    JSON::parse(&text).unwrap_or(JsValue::NULL)
}

/// The title and address of each source with these keys, in their order (every source
/// when there is none); a key not known is left out. A primary source's title starts with
/// ★ (`sources::is_primary`; About explains the mark).
fn sources(keys: &str) -> Array {
    let out = Array::new();
    let mut add = |s: &Source| {
        let mark = if is_primary(s) { "★ " } else { "" };
        out.push(&[mark, s.title].concat().into());
        out.push(&s.url.into());
    };
    if keys.trim().is_empty() {
        SOURCES.iter().for_each(&mut add);
    } else {
        keys.split_whitespace()
            .filter_map(source)
            .for_each(&mut add);
    }
    out
}

/// Runs one operation; returns `[null, result]` or `[kind, detail]`.
///
/// - `restore`: `text` is what was kept on the device (a saved state, or an answers file);
///   the result is the saved state, checked, as an object.
/// - `open`: `text` is an answers file; the result is a saved state with its answers.
/// - `answers`, `response`: `text` is the app's current saved state; the result is the
///   answers file, or the FHIR R4 QuestionnaireResponse authored at `authored`.
/// - `questionnaire`: the FHIR R4 Questionnaire in `lang`.
/// - `sources`: `text` is citation keys separated by spaces (none: every source); the
///   result is `[title, address, title, address, ...]` in that order (the app's own wasm
///   does not carry them).
#[wasm_bindgen]
pub fn exchange(op: &str, text: &str, lang: &str, authored: &str) -> Array {
    let lang = Lang::from_code(lang).unwrap_or_default();
    let result = match op {
        "restore" => saved::decode(text).map(|s| as_object(&s)),
        "open" => answers::from_file(text)
            .map(|answers| {
                as_object(&Saved {
                    answers,
                    ..Saved::default()
                })
            })
            .map_err(SavedError::Answers),
        "answers" => saved::decode(text).map(|s| answers::to_file(&s.answers).into()),
        "response" => saved::decode(text).map(|s| {
            format!(
                "{:#}",
                fhir::questionnaire_response(&s.answers, lang, authored)
            )
            .into()
        }),
        "questionnaire" => Ok(format!("{:#}", fhir::questionnaire(lang)).into()),
        "sources" => Ok(sources(text).into()),
        _ => Err(SavedError::Foreign),
    };
    match result {
        Ok(value) => Array::of2(&JsValue::NULL, &value),
        Err(e) => {
            let (kind, detail) = problem(e);
            Array::of2(&kind.into(), &detail.into())
        }
    }
}
