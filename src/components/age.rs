//! The age question: a number with years or months, and "Don't know".

use calcinosis_engine::answers::Answer;
use calcinosis_engine::flow::{unit_ids, Change, Entry};
use calcinosis_engine::text::{t, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::help::{help, help_id};
use super::page::question_anchor;
use crate::format::{question_text, unit_label};

/// The oldest age the engine accepts (`labs::age_years`).
const MAX_AGE_YEARS: f64 = 125.0;

pub struct AgeFieldProps<'a> {
    pub lang: Lang,
    pub id: &'static str,
    pub entry: &'a Entry,
    pub answer: Option<&'a Answer>,
    pub on_change: &'a Callback<Change>,
}

pub fn age_field(props: &AgeFieldProps) -> Html {
    let (lang, id) = (props.lang, props.id);
    let unknown = props.answer.is_some_and(Answer::is_unknown);
    // The engine's limits (0 to 125 years), without building an answers map for one value.
    let impossible = match props.answer {
        Some(Answer::Quantity { value, unit }) => {
            let years = if unit == "months" {
                value / 12.0
            } else {
                *value
            };
            !(0.0..=MAX_AGE_YEARS).contains(&years)
        }
        _ => false,
    };
    let oninput = props.on_change.reform(move |e: InputEvent| {
        Change::Text(id, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onchange_unit = props.on_change.reform(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        let unit = unit_ids(id)
            .into_iter()
            .find(|u| *u == value)
            .unwrap_or("years");
        Change::Unit(id, unit)
    });
    let onchange_unknown = props.on_change.reform(move |e: Event| {
        Change::Unknown(id, e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let (input_id, unit_id, fb_id) = (
        ["in-", id].concat(),
        ["unit-", id].concat(),
        ["fb-", id].concat(),
    );
    let unknown_id = [id, "-unknown"].concat();
    let units = unit_ids(id).into_iter().map(|u| {
        html! {
            <option value={u} selected={props.entry.unit == u}>{ unit_label(lang, u) }</option>
        }
    });
    html! {
        <div class="question number" id={question_anchor(id)} tabindex="-1">
            <label class="q-label" for={input_id.clone()}>{ question_text(lang, id) }</label>
            <div class="row">
                <input id={input_id} type="number" inputmode="decimal" min="0" max="125"
                    step="any" autocomplete="off" value={props.entry.text.clone()} {oninput}
                    aria-describedby={[&fb_id, " ", &help_id(id)].concat()} />
                <label class="visually-hidden" for={unit_id.clone()}>{ t(lang, "ui.age_unit") }</label>
                <select id={unit_id} onchange={onchange_unit}>{ for units }</select>
            </div>
            <p id={fb_id} class="feedback warn" aria-live="polite">
                if impossible { { t(lang, "warn.age_implausible") } }
            </p>
            <div class="option">
                <input type="checkbox" id={unknown_id.clone()} checked={unknown}
                    onchange={onchange_unknown} />
                <label for={unknown_id}>{ t(lang, "opt.unknown") }</label>
            </div>
            { help(lang, id, "ui.help") }
        </div>
    }
}
