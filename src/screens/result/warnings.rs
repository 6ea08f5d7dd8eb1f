//! Answers the assessment could not use or that do not fit together, each with a way back
//! to the question.

use calcinosis_engine::assess::Warning;
use calcinosis_engine::text::{lookup_parts, t, Lang};
use yew::prelude::*;

use crate::format::{question_text, tf};

/// The sentence for a warning and the question to open to fix it.
fn describe(lang: Lang, w: &Warning) -> (String, Option<&'static str>) {
    let q = |id: &str| question_text(lang, id).to_string();
    match w {
        Warning::Implausible { question, high } => (
            tf(
                lang,
                if *high {
                    "warn.value_check_high"
                } else {
                    "warn.value_ignored"
                },
                &[("question", q(question))],
            ),
            Some(question),
        ),
        Warning::WrongUnit {
            question,
            suggested,
        } => (
            tf(
                lang,
                "warn.unit_suspect",
                &[("question", q(question)), ("unit", suggested.to_string())],
            ),
            Some(question),
        ),
        Warning::ImplausibleAge => (t(lang, "warn.age_ignored").into(), Some("age")),
        Warning::AdultRangesUsed => (t(lang, "warn.adult_ranges").into(), Some("age")),
        Warning::Contradiction {
            id,
            questions: [first, second],
        } => {
            let key = lookup_parts(lang, &["warn.", id]).unwrap_or(t(lang, "warn.contradiction"));
            let text =
                calcinosis_engine::text::fill(key, &[("first", q(first)), ("second", q(second))]);
            (text, Some(first))
        }
    }
}

pub fn warnings(lang: Lang, warnings: &[Warning], on_edit: &Callback<&'static str>) -> Html {
    if warnings.is_empty() {
        return html! {};
    }
    let items = warnings.iter().map(|w| {
        let (text, question) = describe(lang, w);
        let edit = question.map(|id| {
            let onclick = on_edit.reform(move |_: MouseEvent| id);
            html! {
                <button type="button" class="link no-print" {onclick}>
                    { t(lang, "ui.edit") }
                    <span class="visually-hidden">{ ": " }{ question_text(lang, id) }</span>
                </button>
            }
        });
        html! { <li>{ text }{ " " }{ edit.unwrap_or_default() }</li> }
    });
    html! {
        <section class="warnings" aria-labelledby="warnings-title">
            <h3 id="warnings-title">{ t(lang, "ui.warnings") }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
