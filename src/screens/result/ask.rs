//! "Questions to ask your doctor": the (at most three) most important ones, ticked, then
//! the others under "More questions", not ticked (clinical review F13); each can be
//! ticked or not with a checkbox; and the person's own, added with a text field. Only
//! ticked ones print.

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

/// `toggled`: the suggested questions whose box the person changed from its default
/// (ticked for the most important ones, not ticked for the others).
pub fn ask(
    lang: Lang,
    items: &[AskItem],
    toggled: &[&'static str],
    own: &[OwnQuestion],
    on_action: &Callback<Action>,
) -> Html {
    let kept = |item: &AskItem| item.important != toggled.contains(&item.id);
    let suggested_row = |item: &AskItem| {
        let id = item.id;
        let onchange = on_action.reform(move |_: Event| Action::ToggleAsk(id));
        row(id.to_string(), ask_text(lang, item), kept(item), onchange)
    };
    let suggested = items.iter().filter(|i| i.important).map(suggested_row);
    let more: Vec<Html> = items
        .iter()
        .filter(|i| !i.important)
        .map(suggested_row)
        .collect();
    // The others that were ticked print too (a closed disclosure does not print).
    let more_printed = items
        .iter()
        .filter(|i| !i.important && kept(i))
        .map(|i| html! { <li key={i.id}>{ ask_text(lang, i) }</li> });
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
    // which the document's getElementById does not search, and the page around it may have
    // an element with that id (a clinic's page).
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
            <ul class="ask-list" aria-labelledby="ask-title">{ for suggested }{ for own }</ul>
            <ul class="ask-list print-only">{ for more_printed }</ul>
            if !more.is_empty() {
                <details class="more-questions no-print">
                    <summary>{ t(lang, "ui.more_questions") }</summary>
                    <ul class="ask-list" aria-label={t(lang, "ui.more_questions")}>{ for more }</ul>
                </details>
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
