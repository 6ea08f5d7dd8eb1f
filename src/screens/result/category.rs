//! The likely category in plain words with its reasons, or "we cannot tell yet" with what
//! would help; and every other category ranked with its label.

use calcinosis_engine::assess::{Help, Label, Ranked};
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use super::reasons::Reasons;
use crate::format::{analyte_of, question_text, tf};

fn name(lang: Lang, r: &Ranked) -> &'static str {
    t(lang, &format!("category.{}", r.category.id()))
}

fn about(lang: Lang, r: &Ranked) -> &'static str {
    t(lang, &format!("category.{}.about", r.category.id()))
}

#[derive(Properties, PartialEq)]
pub struct LikelyProps {
    pub lang: Lang,
    pub ranking: Vec<Ranked>,
    pub undetermined: bool,
    pub would_help: Vec<Help>,
    pub on_edit: Callback<&'static str>,
}

#[component]
pub fn Likely(props: &LikelyProps) -> Html {
    let lang = props.lang;
    let top = props.ranking.first().filter(|_| !props.undetermined);
    if let Some(top) = top {
        return html! {
            <section class="likely" aria-labelledby="likely-title">
                <h3 id="likely-title">
                    { tf(lang, "ui.likely.title", &[("category", name(lang, top).to_string())]) }
                </h3>
                <p>{ about(lang, top) }</p>
                <Reasons {lang} evidence_for={top.evidence_for.clone()}
                    evidence_against={top.evidence_against.clone()} />
            </section>
        };
    }
    let helps = props.would_help.iter().map(|h| {
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
        let on_edit = props.on_edit.reform(move |_: MouseEvent| q);
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
            if !props.would_help.is_empty() {
                <h4>{ t(lang, "ui.would_help") }</h4>
                <ul class="would-help">{ for helps }</ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OthersProps {
    pub lang: Lang,
    pub ranking: Vec<Ranked>,
    pub undetermined: bool,
}

fn label(l: Label) -> (&'static str, &'static str) {
    match l {
        Label::Likely => ("likely", "label.likely"),
        Label::Possible => ("possible", "label.possible"),
        Label::Unlikely => ("unlikely", "label.unlikely"),
    }
}

#[component]
pub fn Others(props: &OthersProps) -> Html {
    let lang = props.lang;
    let skip = usize::from(!props.undetermined);
    let items = props.ranking.iter().skip(skip).map(|r| {
        let (class, key) = label(r.label);
        html! {
            <li key={r.category.id()} class={classes!("ranked", class)}>
                <details>
                    <summary>
                        <span class="name">{ name(lang, r) }</span>{ " " }
                        <span class={classes!("badge", class)}>{ t(lang, key) }</span>
                    </summary>
                    <p>{ about(lang, r) }</p>
                    <Reasons {lang} evidence_for={r.evidence_for.clone()}
                        evidence_against={r.evidence_against.clone()} />
                </details>
            </li>
        }
    });
    let title = if props.undetermined {
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
