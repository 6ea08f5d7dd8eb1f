//! Files in and out, and the bridge to the exchange module: download a file, read a chosen
//! file, and run an operation of the exchange module (`src/bin/calcinosis-exchange.rs`),
//! which the app loads only when it is needed. The JavaScript side is `src/io.js`.
//!
//! The exchange module answers with JS values; this turns them into engine types and
//! names every problem in the person's language.

use calcinosis_engine::answers::MAX_FILE_BYTES;
use calcinosis_engine::knowledge::questions::question;
use calcinosis_engine::saved::Saved;
use calcinosis_engine::text::Lang;
use calcinosis_engine::Answer;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::format::{question_text, tf};

#[wasm_bindgen(module = "/src/io.js")]
extern "C" {
    /// Saves `text` as a file, made in the browser.
    pub fn download(name: &str, mime: &str, text: &str);
    #[wasm_bindgen(js_name = warm)]
    fn warm_from(base: &str);
    #[wasm_bindgen(js_name = readFile)]
    fn read_file(input: &HtmlInputElement, max: f64, done: JsValue);
    #[wasm_bindgen(js_name = exchange)]
    fn run(op: &str, text: &str, lang: &str, authored: &str, base: &str, done: JsValue);
}

/// Why a file or a saved state could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The kind the exchange module named (`not_json`, `foreign`, ...) and its detail.
    Named(String, String),
    /// The chosen file is over the size limit: refused without reading it.
    TooLarge,
    /// The browser could not read the chosen file.
    Unreadable,
    /// The exchange module could not be loaded.
    Failed,
}

impl Problem {
    /// The problem in words, one sentence.
    pub fn text(&self, lang: Lang) -> String {
        let (kind, detail) = match self {
            Problem::Named(kind, detail) => (kind.as_str(), detail.as_str()),
            Problem::TooLarge => ("too_large", ""),
            Problem::Unreadable => ("unreadable", ""),
            Problem::Failed => ("failed", ""),
        };
        let kind = match kind {
            "too_large" | "not_json" | "newer" | "unknown_question" | "bad_value"
            | "unreadable" | "failed" => kind,
            _ => "foreign",
        };
        // A field is named by its question when there is one ("the answer to “Age”").
        let field = question(detail)
            .map_or_else(|| detail.to_string(), |q| question_text(lang, q.id).into());
        tf(
            lang,
            &format!("ui.problem.{kind}"),
            &[("field", field), ("version", detail.to_string())],
        )
    }
}

/// Today's date as `YYYY-MM-DD` (the person's local date), for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The time now as an ISO 8601 date and time (for FHIR `authored`).
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Fetches the exchange module's files (once) so that the service worker keeps them for
/// offline use, without running the module.
pub fn warm() {
    warm_from(&crate::config::get().base);
}

/// Runs `op` in the exchange module (see its `exchange`) and calls `done` with the result.
pub fn request(
    op: &str,
    text: &str,
    lang: Lang,
    done: impl FnOnce(Result<JsValue, Problem>) + 'static,
) {
    let done = Closure::once_into_js(move |reply: Array| {
        let kind = reply.get(0);
        let detail = reply.get(1);
        done(match kind.as_string() {
            None => Ok(detail),
            Some(k) if k == "failed" => Err(Problem::Failed),
            Some(k) => Err(Problem::Named(k, detail.as_string().unwrap_or_default())),
        });
    });
    run(
        op,
        text,
        lang.code(),
        &now_iso(),
        &crate::config::get().base,
        done,
    );
}

/// Reads the file chosen in `input` (refused unread when over the size limit).
pub fn read_chosen(input: &HtmlInputElement, done: impl FnOnce(Result<String, Problem>) + 'static) {
    let done = Closure::once_into_js(move |text: Option<String>, size: f64| {
        done(match text {
            Some(text) => Ok(text),
            None if size > MAX_FILE_BYTES as f64 => Err(Problem::TooLarge),
            None => Err(Problem::Unreadable),
        });
    });
    read_file(input, MAX_FILE_BYTES as f64, done);
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn strings(value: &JsValue) -> Vec<String> {
    value
        .dyn_ref::<Array>()
        .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
        .unwrap_or_default()
}

/// A saved state from the object the exchange module returns (already checked there).
pub fn saved_from(object: &JsValue) -> Saved {
    let mut saved = Saved {
        step: get(object, "step").as_string(),
        visited: strings(&get(object, "visited")),
        lang: get(object, "lang").as_string(),
        dropped: strings(&get(object, "dropped")),
        own: strings(&get(object, "own")),
        ..Saved::default()
    };
    if let Some(answers) = get(object, "answers").dyn_ref::<Object>() {
        for entry in Object::entries(answers).iter() {
            let (id, value) = (Reflect::get_u32(&entry, 0), Reflect::get_u32(&entry, 1));
            let (Ok(id), Ok(value)) = (id, value) else {
                continue;
            };
            let answer = if let Some(choice) = value.as_string() {
                Answer::Choice(choice)
            } else if Array::is_array(&value) {
                Answer::Choices(strings(&value))
            } else {
                match (
                    get(&value, "value").as_f64(),
                    get(&value, "unit").as_string(),
                ) {
                    (Some(value), Some(unit)) => Answer::Quantity { value, unit },
                    _ => continue,
                }
            };
            if let Some(id) = id.as_string() {
                saved.answers.insert(id, answer);
            }
        }
    }
    saved
}
