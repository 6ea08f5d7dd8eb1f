//! One lab value: the number as typed, its unit, the reference range for the person's age
//! beside it, and feedback as the person types (high / normal / low for your age, a unit
//! that looks wrong with a button to switch, an impossible value), plus "not done".

use calcinosis_engine::answers::Answer;
use calcinosis_engine::flow::{unit_ids, unit_to_suggest, Change, Entry};
use calcinosis_engine::knowledge::{Analyte, Level};
use calcinosis_engine::labs::Reading;
use calcinosis_engine::text::{parse_number, t, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::help::{help, help_id};
use super::page::question_anchor;
use crate::format::{question_text, range_text, tf};

pub struct LabFieldProps<'a> {
    pub lang: Lang,
    pub id: &'static str,
    pub analyte: Analyte,
    pub entry: &'a Entry,
    pub answer: Option<&'a Answer>,
    pub reading: Option<&'a Reading>,
    /// The person's age in years, for the reference range.
    pub age: Option<f64>,
    pub on_change: &'a Callback<Change>,
}

pub fn lab_field(props: &LabFieldProps) -> Html {
    let (lang, id) = (props.lang, props.id);
    let name = question_text(lang, id);
    let unknown = props.answer.is_some_and(Answer::is_unknown);
    let oninput = props.on_change.reform(move |e: InputEvent| {
        Change::Text(id, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onchange_unit = props.on_change.reform(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        let unit = unit_ids(id).into_iter().find(|u| *u == value).unwrap_or("");
        Change::Unit(id, unit)
    });
    let onchange_unknown = props.on_change.reform(move |e: Event| {
        Change::Unknown(id, e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let (input_id, unit_id) = (format!("in-{id}"), format!("unit-{id}"));
    let (range_id, fb_id) = (format!("range-{id}"), format!("fb-{id}"));
    let units = unit_ids(id).into_iter().map(|u| {
        html! {
            <option value={u} selected={props.entry.unit == u}>{ u }</option>
        }
    });
    let typed = !props.entry.text.trim().is_empty();
    let feedback = match &props.reading {
        _ if typed && parse_number(&props.entry.text).is_none() => {
            html! { <p class="warn">{ t(lang, "warn.not_number") }</p> }
        }
        Some(r) => feedback(lang, id, r, props.on_change),
        None => html! {},
    };
    html! {
        <div class="question number lab" id={question_anchor(id)} tabindex="-1">
            <label class="q-label" for={input_id.clone()}>{ name }</label>
            <div class="row">
                <input id={input_id} type="text" inputmode="decimal" autocomplete="off"
                    value={props.entry.text.clone()} {oninput}
                    aria-describedby={format!("{range_id} {fb_id} {}", help_id(id))} />
                <label class="visually-hidden" for={unit_id.clone()}>
                    { tf(lang, "ui.unit_for", &[("name", name.to_string())]) }
                </label>
                <select id={unit_id} onchange={onchange_unit}>{ for units }</select>
            </div>
            <p id={range_id} class="range">
                { range_text(lang, props.analyte, props.age, props.entry.unit) }
            </p>
            <div id={fb_id} class="feedback" aria-live="polite">{ feedback }</div>
            <div class="option">
                <input type="checkbox" id={format!("{id}-unknown")} checked={unknown}
                    onchange={onchange_unknown} />
                <label for={format!("{id}-unknown")}>{ t(lang, "ui.not_done") }</label>
            </div>
            { help(lang, id, "ui.what_is") }
        </div>
    }
}

fn feedback(lang: Lang, id: &'static str, r: &Reading, on_change: &Callback<Change>) -> Html {
    let level = match (r.plausible, r.level) {
        (false, _) => Some(("level warn", "warn.implausible")),
        (true, Some(Level::High)) => Some(("level high", "warn.high")),
        (true, Some(Level::Low)) => Some(("level low", "warn.low")),
        (true, Some(Level::Normal)) => Some(("level normal", "warn.normal")),
        (true, None) => None,
    };
    let switch = unit_to_suggest(r).map(|unit| {
        let onclick = on_change.reform(move |_: MouseEvent| Change::Unit(id, unit));
        html! {
            <p class="warn">
                { tf(lang, "warn.wrong_unit", &[("unit", unit.to_string())]) }{ " " }
                <button type="button" class="small" {onclick}>
                    { tf(lang, "ui.switch_unit", &[("unit", unit.to_string())]) }
                </button>
            </p>
        }
    });
    html! {
        <>
            if let Some((class, key)) = level {
                <p {class}>{ t(lang, key) }</p>
            }
            { switch.unwrap_or_default() }
        </>
    }
}
