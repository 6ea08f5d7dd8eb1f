//! One lab value: the number as typed, its unit, the reference range for the person's age
//! beside it, and feedback as the person types (high / normal / low for your age, a unit
//! to check on the report with a button to choose it, a value far outside the possible),
//! plus "not done".

use calcinosis_engine::answers::{Answer, NORMAL};
use calcinosis_engine::flow::{Change, Entry};
use calcinosis_engine::knowledge::{Analyte, Level};
use calcinosis_engine::labs::Reading;
use calcinosis_engine::text::{parse_number, t, Lang};
use yew::prelude::*;

use super::number::{number_field, NumberField};
use crate::format::{question_text, range_text, tf, unit_label};

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
    let typed = !props.entry.text.trim().is_empty();
    let feedback = match props.reading {
        _ if typed && parse_number(&props.entry.text).is_none() => {
            html! { <p class="warn">{ t(lang, "warn.not_number") }</p> }
        }
        Some(r) => feedback(lang, id, r, props.on_change),
        None if matches!(props.answer, Some(Answer::Choice(c)) if c == NORMAL) => {
            html! { <p class="level normal">{ t(lang, "warn.reported_normal") }</p> }
        }
        None => html! {},
    };
    number_field(NumberField {
        lang,
        id,
        entry: props.entry,
        answer: props.answer,
        on_change: props.on_change,
        age: false,
        unit_name: tf(
            lang,
            "ui.unit_for",
            &[("name", question_text(lang, id).to_string())],
        ),
        range: Some(range_text(lang, props.analyte, props.age, props.entry.unit)),
        feedback,
        unknown_key: "ui.not_done",
        normal: true,
        help_key: "ui.what_is",
    })
}

fn feedback(lang: Lang, id: &'static str, r: &Reading, on_change: &Callback<Change>) -> Html {
    // A value whose unit is in doubt gets only the unit question (never "impossible",
    // and never a nudge that turns a plausible abnormal value normal: review F4, F8).
    let level = match (r.plausible, r.level) {
        _ if r.suggested_unit.is_some() => None,
        (false, _) => Some(("level warn", "warn.implausible")),
        (true, Some(Level::High)) => Some(("level high", "warn.high")),
        (true, Some(Level::Low)) => Some(("level low", "warn.low")),
        (true, Some(Level::Normal)) => Some(("level normal", "warn.normal")),
        (true, None) => None,
    };
    let switch = r.suggested_unit.map(|unit| {
        let onclick = on_change.reform(move |_: MouseEvent| Change::Unit(id, unit));
        html! {
            <p class="warn">
                { tf(lang, "warn.wrong_unit", &[("unit", unit_label(lang, unit).into())]) }{ " " }
                <button type="button" class="small" {onclick}>
                    { tf(lang, "ui.switch_unit", &[("unit", unit_label(lang, unit).into())]) }
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
