//! The likely category in plain words with its reasons, or "we cannot tell yet" with what
//! would help; and every other category ranked with its label.

use calcinosis_engine::assess::{Help, Label, Ranked};
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use super::reasons::reasons;
use crate::format::{analyte_of, question_text, tf};

fn name(lang: Lang, r: &Ranked) -> &'static str {
    t_parts(lang, &["category.", r.category.id()])
}

fn about(lang: Lang, r: &Ranked) -> &'static str {
    t_parts(lang, &["category.", r.category.id(), ".about"])
}

pub fn likely(
    lang: Lang,
    ranking: &[Ranked],
    undetermined: bool,
    would_help: &[Help],
    on_edit: &Callback<&'static str>,
) -> Html {
    let top = ranking.first().filter(|_| !undetermined);
    if let Some(top) = top {
        return html! {
            <section class="likely" aria-labelledby="likely-title">
                <h3 id="likely-title">
                    { tf(lang, "ui.likely.title", &[("category", name(lang, top).to_string())]) }
                </h3>
                <p>{ about(lang, top) }</p>
                { reasons(lang, &top.evidence_for, &top.evidence_against) }
            </section>
        };
    }
    let helps = would_help.iter().map(|h| {
        let q = h.question;
        let text = match analyte_of(q) {
            Some(_) => tf(
                lang,
                "ui.would_help.lab",
                &[("name", question_text(lang, q).into())],
            ),
            None => tf(
                lang,
                "ui.would_help.answer",
                &[("question", question_text(lang, q).into())],
            ),
        };
        let on_edit = on_edit.reform(move |_: MouseEvent| q);
        html! {
            <li key={q}>{ text }{ " " }
                <button type="button" class="link no-print" onclick={on_edit}>
                    { t(lang, "ui.answer_it") }
                    <span class="visually-hidden">{ ": " }{ question_text(lang, q) }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="likely undetermined" aria-labelledby="likely-title">
            <h3 id="likely-title">{ t(lang, "ui.cannot_tell") }</h3>
            <p>{ t(lang, "ui.cannot_tell.text") }</p>
            if !would_help.is_empty() {
                <h4>{ t(lang, "ui.would_help") }</h4>
                <ul class="would-help">{ for helps }</ul>
            }
        </section>
    }
}

/// The classes of a ranked category's item and of its badge, and the badge's text key.
fn label(l: Label) -> (&'static str, &'static str, &'static str) {
    match l {
        Label::Likely => ("ranked likely", "badge likely", "label.likely"),
        Label::Possible => ("ranked possible", "badge possible", "label.possible"),
        Label::Unlikely => ("ranked unlikely", "badge unlikely", "label.unlikely"),
    }
}

pub fn others(lang: Lang, ranking: &[Ranked], undetermined: bool) -> Html {
    let skip = usize::from(!undetermined);
    let items = ranking.iter().skip(skip).map(|r| {
        let (class, badge, key) = label(r.label);
        html! {
            <li key={r.category.id()} {class}>
                <details>
                    <summary>
                        <span class="name">{ name(lang, r) }</span>{ " " }
                        <span class={badge}>{ t(lang, key) }</span>
                    </summary>
                    <p>{ about(lang, r) }</p>
                    { reasons(lang, &r.evidence_for, &r.evidence_against) }
                </details>
            </li>
        }
    });
    let title = if undetermined {
        "ui.all_ranked"
    } else {
        "ui.others"
    };
    html! {
        <section class="others" aria-labelledby="others-title">
            <h3 id="others-title">{ t(lang, title) }</h3>
            <ol>{ for items }</ol>
        </section>
    }
}
