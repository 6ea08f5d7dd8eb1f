//! "Your summary": red flags first, then the likely category and why, the others ranked,
//! answers to check, the questions to take to the doctor, and the printout's extras (date,
//! answers) that only print. The assessment is recomputed whenever the answers change.

mod ask;
mod category;
mod reasons;
mod urgent;
mod warnings;

use calcinosis_engine::assess;
use calcinosis_engine::flow::{Action, Questionnaire};
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use crate::app::click;
use crate::components::page::confirm;
use crate::components::{answers_list, Cites};
use crate::format::tf;
use crate::raw::Raw;
use ask::ask;
use category::{likely, others};
use urgent::urgent;
use warnings::warnings;

/// Today's date in words ("22 November 2026"), from the browser's clock and locale data.
#[cfg(target_arch = "wasm32")]
fn today(lang: Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(js_sys::Date::new_0().to_locale_date_string(lang.code(), &options))
}

/// No browser in native tests (src/screens/languages.rs renders this screen): no date.
#[cfg(not(target_arch = "wasm32"))]
fn today(_: Lang) -> String {
    String::new()
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The summary of `q`'s answers. The assessment is redone at each render (some
/// microseconds), that is whenever the questionnaire changes on this screen.
pub fn result(
    q: &Questionnaire,
    on_action: &Callback<Action>,
    on_edit: &Callback<&'static str>,
) -> Html {
    let lang = q.lang;
    let a = assess(&q.answers);
    let act = |action: Action| click(on_action, action);
    let mut cites = Cites::default();
    // Numbered in the order the marks are read; the urgent box's sources, unmarked, last.
    let likely = likely(lang, &a, on_edit, &mut cites);
    let others = others(lang, &a.ranking, a.undetermined, &mut cites);
    let urgent = urgent(lang, &a.red_flags, &mut cites);
    let sources = cites.list(lang);
    html! {
        <div class="screen result">
            { Raw::new()
                .heading("h2", t(lang, "ui.result.title"))
                .el(r#"p class="print-only""#, &tf(lang, "ui.prepared_on", &[("date", today(lang))]))
                .html() }
            { urgent }
            if a.scan_first {
                { Raw::new()
                    .open(r#"section class="scan-first" aria-labelledby="scan-first-title""#)
                    .el(r#"h3 id="scan-first-title""#, t(lang, "ui.scan_first.title"))
                    .el("p", t(lang, "ui.scan_first.text"))
                    .close("section")
                    .html() }
            }
            { likely }
            { others }
            { mimics(lang, &a.mimics) }
            { warnings(lang, &a.warnings, on_edit) }
            { ask(lang, &a.questions, &q.dropped, &q.own, on_action) }
            <section class="print-only" aria-labelledby="answers-title">
                { Raw::new().el(r#"h3 id="answers-title""#, t(lang, "ui.your_answers")).html() }
                { answers_list(lang, &q.answers, None, true) }
            </section>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={Callback::from(|_| print())}>
                    { t(lang, "ui.print") }
                </button>
                <button type="button" class="secondary" onclick={act(Action::Review)}>
                    { t(lang, "ui.change_answers") }
                </button>
                <button type="button" class="secondary" onclick={restart(lang, on_action)}>
                    { t(lang, "ui.restart") }
                </button>
            </div>
            { sources }
            { Raw::new().el(r#"p class="disclaimer""#, t(lang, "ui.disclaimer")).html() }
        </div>
    }
}

/// What else it could be: the mimics that fit the answers (review F14).
fn mimics(lang: Lang, ids: &[&'static str]) -> Html {
    if ids.is_empty() {
        return html! {};
    }
    let mut out = Raw::new();
    out.open(r#"section class="mimics" aria-labelledby="mimics-title""#)
        .el(r#"h3 id="mimics-title""#, t(lang, "ui.mimics.title"))
        .open("ul");
    for id in ids {
        out.el(
            "li",
            calcinosis_engine::text::t_parts(lang, &["mimic.", id]),
        );
    }
    out.close("ul").close("section").html()
}

/// "Start again" clears every answer: ask first.
fn restart(lang: Lang, on_action: &Callback<Action>) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |_: MouseEvent| {
        if confirm(t(lang, "ui.restart_confirm")) {
            on_action.emit(Action::Restart);
        }
    })
}
