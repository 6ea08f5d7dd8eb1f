//! A number with a unit, the shape of the age and of every lab value: the number as typed,
//! a unit list, what the value means as the person types, and "don't know" / "not done".
//! One function for both, so the markup is written (and compiled) once.

use calcinosis_engine::answers::{Answer, NORMAL, UNKNOWN};
use calcinosis_engine::flow::{unit_ids, Change, Entry};
use calcinosis_engine::text::{t, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::help::{help, help_id};
use super::page::question_anchor;
use crate::format::{question_text, unit_label};
use crate::raw::Raw;

pub struct NumberField<'a> {
    pub lang: Lang,
    pub id: &'static str,
    pub entry: &'a Entry,
    pub answer: Option<&'a Answer>,
    pub on_change: &'a Callback<Change>,
    /// The age: a number input within the ages the engine accepts, unit names from the
    /// catalog (a lab value: a text input, since lab reports use either decimal separator).
    pub age: bool,
    /// The accessible name of the unit list.
    pub unit_name: String,
    /// The reference range, shown under the field.
    pub range: Option<String>,
    /// What the value means, announced as it changes.
    pub feedback: Html,
    /// The catalog keys of the "don't know" box and of the help's summary line.
    pub unknown_key: &'static str,
    /// A lab: also offers "normal, no number" (`answers::NORMAL`).
    pub normal: bool,
    pub help_key: &'static str,
}

pub fn number_field(f: NumberField) -> Html {
    let (lang, id) = (f.lang, f.id);
    let oninput = f.on_change.reform(move |e: InputEvent| {
        Change::Text(id, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onchange_unit = f.on_change.reform(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        let unit = unit_ids(id).into_iter().find(|u| *u == value).unwrap_or("");
        Change::Unit(id, unit)
    });
    // The answers without a number: "normal" (a lab) and "don't know / not done", one
    // box each, written once.
    let normal = f.normal.then_some((NORMAL, "opt.normal"));
    let boxes = normal
        .into_iter()
        .chain([(UNKNOWN, f.unknown_key)])
        .map(|(word, key)| {
            let checked = matches!(f.answer, Some(Answer::Choice(c)) if c == word);
            let onchange = f.on_change.reform(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                if word == NORMAL {
                    Change::Normal(id, on)
                } else {
                    Change::Unknown(id, on)
                }
            });
            let box_id = [id, "-", word].concat();
            html! {
                <div class="option" key={word}>
                    <input type="checkbox" id={box_id.clone()} {checked} {onchange} />
                    <label for={box_id}>{ t(lang, key) }</label>
                </div>
            }
        });
    let (input_id, unit_id) = (["in-", id].concat(), ["unit-", id].concat());
    let (range_id, fb_id) = (["range-", id].concat(), ["fb-", id].concat());
    let described_by = match f.range {
        Some(_) => [&range_id, " ", &fb_id, " ", &help_id(id)].concat(),
        None => [&fb_id, " ", &help_id(id)].concat(),
    };
    let units = unit_ids(id).into_iter().map(|u| {
        html! {
            <option value={u} selected={f.entry.unit == u}>{ unit_label(lang, u) }</option>
        }
    });
    let age = f.age;
    html! {
        <div class={if age { "question number" } else { "question number lab" }}
            id={question_anchor(id)} tabindex="-1">
            <label class="q-label" for={input_id.clone()}>{ question_text(lang, id) }</label>
            <div class="row">
                <input id={input_id} type={if age { "number" } else { "text" }}
                    inputmode="decimal" min={age.then_some("0")} max={age.then_some("125")}
                    step={age.then_some("any")} autocomplete="off" value={f.entry.text.clone()}
                    {oninput} aria-describedby={described_by} />
                <label class="visually-hidden" for={unit_id.clone()}>{ f.unit_name }</label>
                <select id={unit_id} onchange={onchange_unit}>{ for units }</select>
            </div>
            if let Some(range) = f.range {
                <p id={range_id} class="range">{ range }</p>
            }
            <div id={fb_id} class="feedback" aria-live="polite">{ f.feedback }</div>
            <div class="no-number">{ for boxes }</div>
            // The age's help ("for a baby, give the age in months") is shown, not folded.
            if age {
                { Raw::new().el(&[r#"p class="hint" id=""#, &help_id(id), "\""].concat(),
                    t(lang, "q.age.help")).html() }
            } else {
                { help(lang, id, f.help_key) }
            }
        </div>
    }
}
