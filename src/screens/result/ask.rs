//! "Questions to ask your doctor": the suggested ones, each kept or dropped with a
//! checkbox, and the person's own, added with a text field. Only kept ones print.

use std::rc::Rc;

use calcinosis_engine::assess::AskItem;
use calcinosis_engine::flow::{Action, OwnQuestion, OWN_QUESTION_MAX};
use calcinosis_engine::text::{t, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::ask_text;

#[derive(Properties, PartialEq)]
pub struct AskProps {
    pub lang: Lang,
    pub items: Vec<AskItem>,
    pub dropped: Rc<Vec<&'static str>>,
    pub own: Rc<Vec<OwnQuestion>>,
    pub on_action: Callback<Action>,
}

fn row(key: String, text: String, kept: bool, onchange: Callback<Event>) -> Html {
    let id = format!("ask-{key}");
    html! {
        <li key={key} class={classes!("option", (!kept).then_some("dropped"))}>
            <input type="checkbox" id={id.clone()} checked={kept} {onchange} />
            <label for={id}>{ text }</label>
        </li>
    }
}

#[component]
pub fn Ask(props: &AskProps) -> Html {
    let lang = props.lang;
    let draft = use_state(String::new);
    let suggested = props.items.iter().map(|item| {
        let id = item.id;
        let onchange = props
            .on_action
            .reform(move |_: Event| Action::ToggleAsk(id));
        row(
            id.to_string(),
            ask_text(lang, item),
            !props.dropped.contains(&id),
            onchange,
        )
    });
    let own = props.own.iter().enumerate().map(|(i, o)| {
        let onchange = props.on_action.reform(move |_: Event| Action::ToggleOwn(i));
        row(format!("own-{i}"), o.text.clone(), o.kept, onchange)
    });
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onsubmit = {
        let (draft, on_action) = (draft.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::AddOwn((*draft).clone()));
            draft.set(String::new());
        })
    };
    html! {
        <section class="ask" aria-labelledby="ask-title">
            <h3 id="ask-title">{ t(lang, "ui.ask.title") }</h3>
            <p class="no-print">{ t(lang, "ui.ask.intro") }</p>
            <ul class="ask-list" aria-labelledby="ask-title">{ for suggested }{ for own }</ul>
            <form class="add-own no-print" {onsubmit}>
                <label for="own-question">{ t(lang, "ui.ask.own") }</label>
                <div class="row">
                    <input id="own-question" type="text" autocomplete="off"
                        maxlength={OWN_QUESTION_MAX.to_string()} value={(*draft).clone()} {oninput} />
                    <button type="submit" class="secondary">{ t(lang, "ui.ask.add") }</button>
                </div>
            </form>
        </section>
    }
}
