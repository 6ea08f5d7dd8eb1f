//! The age question: a number with years or months, and "Don't know".

use calcinosis_engine::answers::Answer;
use calcinosis_engine::flow::{Change, Entry};
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use super::number::{number_field, NumberField};

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
    number_field(NumberField {
        lang,
        id,
        entry: props.entry,
        answer: props.answer,
        on_change: props.on_change,
        age: true,
        unit_name: t(lang, "ui.age_unit").to_string(),
        range: None,
        feedback: if impossible {
            html! { <p class="warn">{ t(lang, "warn.age_implausible") }</p> }
        } else {
            html! {}
        },
        unknown_key: "opt.unknown",
        normal: false,
        help_key: "ui.help",
    })
}
