//! A single- or multiple-choice question: a fieldset of radio buttons or checkboxes, always
//! with "Don't know". The body-site question adds the body map and names the chosen sites.

use calcinosis_engine::answers::{Answer, UNKNOWN};
use calcinosis_engine::flow::Change;
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use super::body_map;
use super::help::{help, help_id};
use super::page::question_anchor;
use crate::format::{option_label, question_text, tf};

pub struct ChoiceProps<'a> {
    pub lang: Lang,
    pub id: &'static str,
    pub multi: bool,
    /// The options shown for the answers so far ("Don't know" is added).
    pub options: &'a [&'static str],
    pub answer: Option<&'a Answer>,
    pub body_map: bool,
    pub on_change: &'a Callback<Change>,
}

fn is_chosen(answer: Option<&Answer>, opt: &str) -> bool {
    match answer {
        Some(Answer::Choice(c)) => c == opt,
        Some(Answer::Choices(cs)) => cs.iter().any(|c| c == opt),
        _ => false,
    }
}

/// A few short options ("Yes", "No", "Don't know") side by side, so that a yes/no question
/// takes one line, not a screen; short ones in two columns, even on a phone; many long ones
/// in two columns where there is room.
fn options_class(lang: Lang, id: &'static str, options: &[&'static str]) -> &'static str {
    let within = |n: usize| move |o: &&'static str| option_label(lang, id, o).chars().count() <= n;
    let all = || options.iter().chain([&UNKNOWN]);
    if options.len() <= 4 && all().all(within(12)) {
        "options inline"
    } else if options.len() >= 3 && options.iter().all(within(18)) {
        "options columns"
    } else if options.len() > 6 {
        "options many"
    } else {
        "options"
    }
}

pub fn choice(props: &ChoiceProps) -> Html {
    let (lang, id) = (props.lang, props.id);
    let answer = props.answer;
    let change = |opt: &'static str| {
        let multi = props.multi;
        props.on_change.reform(move |_: Event| {
            if multi {
                Change::Toggle(id, opt)
            } else {
                Change::Choose(id, opt)
            }
        })
    };
    let kind = if props.multi { "checkbox" } else { "radio" };
    // "Don't know" where the lump is makes no sense (UX review F22): the map has none.
    let unknown = (!props.body_map).then_some(UNKNOWN);
    // On the body map's list, places that are not body parts (where a drip was given) come
    // after the body parts, on their own line (UX review F22).
    let on_map = |opt: &str| !props.body_map || !super::body_shapes::NOT_ON_BODY.contains(&opt);
    let item = |opt: &'static str| {
        let input_id = [id, "-", opt].concat();
        html! {
            <div class="option" key={opt}>
                <input type={kind} id={input_id.clone()} name={id} value={opt}
                    checked={is_chosen(answer, opt)} onchange={change(opt)} />
                <label for={input_id}>{ option_label(lang, id, opt) }</label>
            </div>
        }
    };
    let options = props
        .options
        .iter()
        .copied()
        .chain(unknown)
        .filter(|o| on_map(o))
        .map(item);
    let elsewhere = props
        .options
        .iter()
        .copied()
        .filter(|o| !on_map(o))
        .map(item);
    let chosen: Vec<&'static str> = props
        .options
        .iter()
        .copied()
        .filter(|o| is_chosen(answer, o))
        .collect();
    let chosen_words = if chosen.is_empty() {
        t(lang, "ui.chosen_none").to_string()
    } else {
        let names: Vec<&str> = chosen.iter().map(|o| option_label(lang, id, o)).collect();
        tf(lang, "ui.chosen", &[("list", names.join(", "))])
    };
    let on_toggle = props.on_change.reform(move |opt| Change::Toggle(id, opt));
    html! {
        <fieldset class={if props.multi { "question multi" } else { "question" }}
            id={question_anchor(id)} tabindex="-1" aria-describedby={help_id(id)}>
            <legend>{ question_text(lang, id) }</legend>
            { help(lang, id, "ui.help") }
            <div class={props.body_map.then_some("map-and-list")}>
                if props.body_map {
                    { body_map(lang, id, props.options, &chosen, &on_toggle) }
                }
                <div class={if props.body_map { "options columns" } else { options_class(lang, id, props.options) }}>
                    { for options }
                </div>
                if props.body_map {
                    <div class="options elsewhere">{ for elsewhere }</div>
                }
            </div>
            if props.body_map {
                <p class="chosen" aria-live="polite">{ chosen_words }</p>
            }
        </fieldset>
    }
}
