//! The person's answers as theirs to keep, take and remove: "Keep my answers on this
//! device", "Delete my answers", "Download my answers", "Open answers", "Download for my
//! clinic" (FHIR QuestionnaireResponse) and the FHIR Questionnaire itself; and the notice
//! shown when answers kept on this device could not be read.
//!
//! Plain functions rather than components: their state is the app's (`keep::KeepState`),
//! and each component type would add its own machinery to the wasm.

use calcinosis_engine::flow::{Action, Step};
use calcinosis_engine::saved::{encode, Saved};
use calcinosis_engine::text::{t, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::page::confirm;
use crate::app::Flow;
use crate::exchange::{self, download, today};
use crate::format::tf;
use crate::keep::{forget, Keep, KeepAction, Said};
use crate::raw::Raw;

const FHIR_JSON: &str = "application/fhir+json";

fn button(label: &str, primary: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class={if primary { "primary" } else { "secondary" }} {onclick}>
            { label.to_string() }
        </button>
    }
}

/// The panel in the footer of every screen.
pub fn my_answers(lang: Lang, flow: &UseReducerHandle<Flow>, keep: &Keep) -> Html {
    let on_switch = {
        let keep = keep.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if !on {
                forget();
            }
            keep.dispatch(KeepAction::Switch(on));
        })
    };
    let on_delete = {
        let (keep, flow) = (keep.clone(), flow.clone());
        Callback::from(move |_: MouseEvent| {
            if confirm(t(lang, "ui.keep.delete_confirm")) {
                forget();
                keep.dispatch(KeepAction::Deleted);
                flow.dispatch(Action::Restart);
            }
        })
    };
    // The files made in the exchange module from the current answers (named when made:
    // the answers and the response carry the day's date, the questionnaire its language).
    let files = [
        ("answers", "ui.file.download", "calcinosis-aid-answers"),
        ("response", "ui.file.clinic", "calcinosis-aid-for-my-clinic"),
        (
            "questionnaire",
            "ui.file.questionnaire",
            "calcinosis-aid-questionnaire",
        ),
    ];
    // With no answer yet there is nothing to download or delete; the questionnaire itself
    // (FHIR, for clinics) only on the summary.
    let empty = flow.0.answers.is_empty();
    let summary = flow.0.step == Step::Result;
    let mut buttons: Vec<Html> = files
        .into_iter()
        .filter(|(op, ..)| {
            if *op == "questionnaire" {
                summary
            } else {
                !empty
            }
        })
        .map(|(op, label, stem)| {
            let (keep, flow) = (keep.clone(), flow.clone());
            let mime = if op == "answers" {
                "application/json"
            } else {
                FHIR_JSON
            };
            let onclick = Callback::from(move |_: MouseEvent| {
                let keep = keep.clone();
                let q = &flow.0;
                let tail = if op == "questionnaire" {
                    q.lang.code().to_string()
                } else {
                    today()
                };
                let name = format!("{stem}-{tail}.json");
                exchange::request(op, &encode(&Saved::of(q)), q.lang, move |result| {
                    let said = match result {
                        Ok(text) => {
                            download(&name, mime, &text.as_string().unwrap_or_default());
                            None
                        }
                        Err(problem) => Some(Said::NotMade(problem)),
                    };
                    keep.dispatch(KeepAction::Say(said));
                });
            });
            button(t(lang, label), false, onclick)
        })
        .collect();
    if !empty || keep.on {
        buttons.push(button(t(lang, "ui.keep.delete"), false, on_delete));
    }
    let on_open = {
        let (keep, flow) = (keep.clone(), flow.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let (keep, flow) = (keep.clone(), flow.clone());
            exchange::read_chosen(&input, move |text| {
                let text = match text {
                    Ok(text) => text,
                    Err(p) => return keep.dispatch(KeepAction::Say(Some(Said::NotOpened(p)))),
                };
                exchange::request("open", &text, lang, move |result| match result {
                    Ok(object) => {
                        keep.dispatch(KeepAction::Say(None));
                        flow.dispatch(Action::Open(exchange::saved_from(&object).answers));
                    }
                    Err(p) => keep.dispatch(KeepAction::Say(Some(Said::NotOpened(p)))),
                });
            });
        })
    };
    let said = match &keep.said {
        Some(Said::NotOpened(p)) => tf(lang, "ui.file.not_opened", &[("problem", p.text(lang))]),
        Some(Said::NotMade(p)) => tf(lang, "ui.file.not_made", &[("problem", p.text(lang))]),
        Some(Said::Deleted) => t(lang, "ui.keep.deleted").to_string(),
        None => String::new(),
    };
    let failed = if keep.on && keep.failed {
        t(lang, "ui.keep.failed")
    } else {
        ""
    };
    // Everything under one disclosure, open while saving is on; what happened, right
    // below it, shown even when it is closed. No switch on a clinic's page that did not opt
    // in (`config::keep_off`): a note says why instead.
    let keep_off = crate::config::get().keep_off;
    let mut note = Raw::new();
    note.el(
        r#"p class="note""#,
        t(
            lang,
            if keep_off {
                "ui.keep.not_here"
            } else {
                "ui.keep.note"
            },
        ),
    );
    let mut feedback = Raw::new();
    if !failed.is_empty() {
        feedback.el(r#"p class="warn""#, failed);
    }
    if !said.is_empty() {
        let problem = matches!(keep.said, Some(Said::NotOpened(_) | Said::NotMade(_)));
        feedback.el(if problem { r#"p class="warn""# } else { "p" }, &said);
    }
    html! {
        <section class="my-answers no-print" aria-label={t(lang, "ui.mine.title")}>
            <details open={keep.on}>
                <summary>{ t(lang, "ui.mine.title") }</summary>
                if !keep_off {
                    <div class="option switch">
                        <input type="checkbox" role="switch" id="keep-answers" checked={keep.on}
                            disabled={keep.unreadable.is_some()} onchange={on_switch} />
                        <label for="keep-answers">{ t(lang, "ui.keep.switch") }</label>
                    </div>
                }
                { note.html() }
                <div class="actions">
                    <label class="button">
                        { t(lang, "ui.file.open") }
                        <input type="file" class="visually-hidden" accept=".json,application/json"
                            onchange={on_open} />
                    </label>
                    { for buttons }
                </div>
            </details>
            <div class="feedback" role="alert">{ feedback.html() }</div>
        </section>
    }
}

/// Shown at the top while answers kept on this device cannot be read: says why, offers
/// the data as it is, and a fresh start (which deletes it). Until then nothing is written.
pub fn unreadable_notice(lang: Lang, flow: &UseReducerHandle<Flow>, keep: &Keep) -> Html {
    let Some(unreadable) = keep.unreadable.clone() else {
        return html! {};
    };
    let raw = unreadable.raw.clone();
    let on_download = Callback::from(move |_: MouseEvent| {
        let name = format!("calcinosis-aid-saved-data-{}.txt", today());
        download(&name, "text/plain", &raw)
    });
    let on_fresh = {
        let (keep, flow) = (keep.clone(), flow.clone());
        Callback::from(move |_: MouseEvent| {
            forget();
            keep.dispatch(KeepAction::Fresh);
            flow.dispatch(Action::Restart);
        })
    };
    let problem = unreadable.problem.text(lang);
    html! {
        <div class="notice problem no-print" role="alert">
            <p><strong>{ tf(lang, "ui.restore.error", &[("problem", problem)]) }</strong></p>
            <p>{ t(lang, "ui.restore.kept") }</p>
            <div class="actions">
                { button(t(lang, "ui.restore.download"), false, on_download) }
                { button(t(lang, "ui.restore.fresh"), true, on_fresh) }
            </div>
        </div>
    }
}
