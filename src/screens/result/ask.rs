//! "Questions to ask your doctor": the most important suggested ones ticked, the others
//! under "More questions you could ask" unticked, each ticked or not with a checkbox, and
//! the person's own, added with a text field. Only ticked ones print.
//!
//! The questionnaire's `dropped` lists the suggested questions whose checkbox the person
//! changed: an important one listed there is unticked, another one ticked.

use calcinosis_engine::assess::AskItem;
use calcinosis_engine::flow::{Action, OwnQuestion, OWN_QUESTION_MAX};
use calcinosis_engine::text::{t, Lang};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::{ask_text, tf};
use crate::raw::Raw;

fn row(key: String, text: String, kept: bool, onchange: Callback<Event>) -> Html {
    let id = ["ask-", &key].concat();
    html! {
        <li key={key} class={if kept { "option" } else { "option dropped" }}>
            <input type="checkbox" id={id.clone()} checked={kept} {onchange} />
            <label for={id}>{ text }</label>
        </li>
    }
}

/// The text field of the person's own question; the browser keeps what is typed until Add.
const OWN_INPUT_ID: &str = "own-question";

pub fn ask(
    lang: Lang,
    items: &[AskItem],
    dropped: &[&'static str],
    own: &[OwnQuestion],
    on_action: &Callback<Action>,
) -> Html {
    // The engine marks the most important (at most three) and lists them first.
    let (mut first, mut more) = (Vec::new(), Vec::new());
    // The ticked ones of "More questions" print after the others (closed, they would not).
    let mut printed_more = Raw::new();
    for item in items {
        let id = item.id;
        let onchange = on_action.reform(move |_: Event| Action::ToggleAsk(id));
        let kept = item.important != dropped.contains(&id);
        let text = ask_text(lang, item);
        if kept && !item.important {
            printed_more.el("li", &text);
        }
        let row = row(id.to_string(), text, kept, onchange);
        if item.important {
            first.push(row);
        } else {
            more.push(row);
        }
    }
    let more_count = more.len();
    let own = own.iter().enumerate().map(|(i, o)| {
        let onchange = on_action.reform(move |_: Event| Action::ToggleOwn(i));
        row(
            ["own-", &i.to_string()].concat(),
            o.text.clone(),
            o.kept,
            onchange,
        )
    });
    // The field is found in the submitted form itself: the app lives in a shadow root,
    // which the document's getElementById does not search.
    let onsubmit = on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        let input = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|form| form.query_selector("input").ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        let text = input
            .as_ref()
            .map(HtmlInputElement::value)
            .unwrap_or_default();
        if let Some(input) = input {
            input.set_value("");
        }
        Action::AddOwn(text)
    });
    html! {
        <section class="ask" aria-labelledby="ask-title">
            { Raw::new()
                .el(r#"h3 id="ask-title""#, t(lang, "ui.ask.title"))
                .el(r#"p class="no-print""#, t(lang, "ui.ask.intro"))
                .html() }
            <ul class="ask-list" aria-labelledby="ask-title">{ for first }{ for own }</ul>
            if more_count > 0 {
                <details class="more-questions no-print">
                    <summary>{ tf(lang, "ui.ask.more", &[("count", more_count.to_string())]) }</summary>
                    <ul class="ask-list">{ for more }</ul>
                </details>
                <ul class="ask-list print-only">{ printed_more.html() }</ul>
            }
            <form class="add-own no-print" {onsubmit}>
                <label for={OWN_INPUT_ID}>{ t(lang, "ui.ask.own") }</label>
                <div class="row">
                    <input id={OWN_INPUT_ID} type="text" autocomplete="off"
                        maxlength={OWN_QUESTION_MAX.to_string()} />
                    <button type="submit" class="secondary">{ t(lang, "ui.ask.add") }</button>
                </div>
            </form>
        </section>
    }
}
