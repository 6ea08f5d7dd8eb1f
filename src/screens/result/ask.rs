//! "Questions to ask your doctor": the suggested ones, each kept or dropped with a
//! checkbox, and the person's own, added with a text field. Only kept ones print.

use calcinosis_engine::assess::AskItem;
use calcinosis_engine::flow::{Action, OwnQuestion, OWN_QUESTION_MAX};
use calcinosis_engine::text::{t, Lang};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::ask_text;
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
    let suggested = items.iter().map(|item| {
        let id = item.id;
        let onchange = on_action.reform(move |_: Event| Action::ToggleAsk(id));
        row(
            id.to_string(),
            ask_text(lang, item),
            !dropped.contains(&id),
            onchange,
        )
    });
    let own = own.iter().enumerate().map(|(i, o)| {
        let onchange = on_action.reform(move |_: Event| Action::ToggleOwn(i));
        row(
            ["own-", &i.to_string()].concat(),
            o.text.clone(),
            o.kept,
            onchange,
        )
    });
    let onsubmit = on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        // The field of the form that was submitted: never looked up by id in the document,
        // where the aid is in a shadow root and the page around it may have an element with
        // that id (a clinic's page).
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
            <ul class="ask-list" aria-labelledby="ask-title">{ for suggested }{ for own }</ul>
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
