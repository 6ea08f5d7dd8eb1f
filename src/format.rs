//! Turning engine values into the words a person reads: option labels, answers, numbers
//! with units and reference ranges. Every word comes from the catalog.

use calcinosis_engine::answers::{Answer, UNKNOWN};
use calcinosis_engine::knowledge::questions::question;
use calcinosis_engine::knowledge::Analyte;
use calcinosis_engine::labs;
use calcinosis_engine::text::{fill, lookup, number, t, Lang};

/// `t` with `{name}` placeholders filled.
pub fn tf(lang: Lang, key: &str, params: &[(&str, String)]) -> String {
    fill(t(lang, key), params)
}

pub fn question_text(lang: Lang, id: &str) -> &'static str {
    t(lang, &format!("q.{id}"))
}

/// The label of an option: `opt.<question>.<option>`, else the shared `opt.<option>`.
pub fn option_label(lang: Lang, q: &str, opt: &str) -> &'static str {
    if opt == UNKNOWN {
        return t(lang, "opt.unknown");
    }
    lookup(lang, &format!("opt.{q}.{opt}"))
        .or_else(|| lookup(lang, &format!("opt.{opt}")))
        .unwrap_or("")
}

/// A unit's name when the catalog has one (`unit.years`), else its symbol (`mg/dL`).
pub fn unit_label(lang: Lang, unit: &str) -> String {
    lookup(lang, &format!("unit.{unit}")).map_or_else(|| unit.to_string(), str::to_string)
}

/// A measured value, with as many decimals as its size needs.
pub fn value(lang: Lang, v: f64) -> String {
    let decimals = match v.abs() {
        x if x < 10.0 => 2,
        x if x < 100.0 => 1,
        _ => 0,
    };
    number(lang, v, decimals)
}

pub fn quantity(lang: Lang, v: f64, unit: &str) -> String {
    format!("{} {}", value(lang, v), unit_label(lang, unit))
}

/// An answer in words, for the review and the printout.
pub fn answer_text(lang: Lang, q: &str, answer: &Answer) -> String {
    match answer {
        Answer::Choice(c) => option_label(lang, q, c).to_string(),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| option_label(lang, q, c))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Quantity { value, unit } => quantity(lang, *value, unit),
    }
}

/// The reference range for an analyte at an age, in `unit`, as a sentence.
pub fn range_text(lang: Lang, analyte: Analyte, age: Option<f64>, unit: &str) -> String {
    let Some(range) = calcinosis_engine::knowledge::ranges::range_for(analyte, age) else {
        return t(lang, "ui.range_none").to_string();
    };
    let canonical = labs::units(analyte).first().map_or("", |u| u.id);
    let conv = |v: f64| labs::convert(analyte, v, canonical, unit).unwrap_or(v);
    let (low, high) = (value(lang, conv(range.low)), value(lang, conv(range.high)));
    let unit = unit.to_string();
    if range.high >= 1000.0 {
        tf(lang, "ui.range_min", &[("low", low), ("unit", unit)])
    } else {
        let key = if age.is_some() {
            "ui.range"
        } else {
            "ui.range_adult"
        };
        tf(lang, key, &[("low", low), ("high", high), ("unit", unit)])
    }
}

/// The analyte a question asks for, if it is a lab question.
pub fn analyte_of(q: &str) -> Option<Analyte> {
    match question(q).map(|q| q.kind) {
        Some(calcinosis_engine::knowledge::questions::Kind::Lab(a)) => Some(a),
        _ => None,
    }
}
