//! Turning engine values into the words a person reads: option labels, answers, numbers
//! with units and reference ranges. Every word comes from the catalog.

use calcinosis_engine::answers::{Answer, UNKNOWN};
use calcinosis_engine::assess::AskItem;
use calcinosis_engine::knowledge::questions::question;
use calcinosis_engine::knowledge::Analyte;
use calcinosis_engine::labs;
use calcinosis_engine::text::{self, fill, lookup, lookup_parts, t, t_parts, Lang};

/// `t`, falling back to English while a translation lacks the key (a new control's label
/// must never be empty).
pub fn t_or_en(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key).unwrap_or_else(|| t(Lang::En, key))
}

/// `t` with `{name}` placeholders filled.
pub fn tf(lang: Lang, key: &str, params: &[(&str, String)]) -> String {
    fill(t_or_en(lang, key), params)
}

pub fn question_text(lang: Lang, id: &str) -> &'static str {
    t_parts(lang, &["q.", id])
}

/// The label of an option: `opt.<question>.<option>`, else the shared `opt.<option>`.
pub fn option_label(lang: Lang, q: &str, opt: &str) -> &'static str {
    if opt == UNKNOWN {
        return t(lang, "opt.unknown");
    }
    lookup_parts(lang, &["opt.", q, ".", opt])
        .or_else(|| lookup_parts(lang, &["opt.", opt]))
        .unwrap_or("")
}

/// A unit on its own (a unit menu, a range, a warning) as the language writes it: its name
/// (`unit.years`) or symbol (`mL/min/1,73 m²`) in the catalog, else its id (`mg/dL`).
pub fn unit_label(lang: Lang, unit: &str) -> &str {
    text::unit_label(lang, unit, "")
}

/// A measured value, with as many decimals as its size needs and no trailing zeros.
pub fn value(lang: Lang, v: f64) -> String {
    let decimals = match v.abs() {
        x if x < 10.0 => 2,
        x if x < 100.0 => 1,
        _ => 0,
    };
    fixed(lang, v, decimals)
}

/// `v` rounded to `decimals` places, trailing zeros dropped, in the language's decimal
/// separator. Done with integers: the float formatter of `core::fmt` alone would add about
/// 10 KB to the wasm.
pub fn fixed(lang: Lang, v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let scale = 10u64.pow(decimals);
    // Far beyond any lab value; keeps the cast below exact.
    let scaled = (v.abs() * scale as f64 + 0.5).floor().min(1e15) as u64;
    let (whole, mut frac, mut digits) = (scaled / scale, scaled % scale, decimals);
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let mut out = String::new();
    if v < 0.0 && scaled > 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if digits > 0 {
        out.push(lang.decimal_separator());
        let frac = frac.to_string();
        for _ in frac.len()..digits as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// A question for the physician with the person's values filled in ("My phosphate was
/// 6.8 mg/dL at age 34 years").
pub fn ask_text(lang: Lang, item: &AskItem) -> String {
    let params: Vec<(&str, String)> = item
        .params
        .iter()
        .map(|p| (p.name, quantity(lang, p.value, p.unit)))
        .collect();
    fill(t_parts(lang, &["pq.", item.id]), &params)
}

/// A value and its unit, the unit in the singular after a 1 ("1 year", "1 mes").
pub fn quantity(lang: Lang, v: f64, unit: &str) -> String {
    text::quantity(lang, &value(lang, v), unit)
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
    let unit = unit_label(lang, unit).to_string();
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_and_drops_trailing_zeros() {
        let en = Lang::En;
        assert_eq!(fixed(en, 6.8, 2), "6.8");
        assert_eq!(fixed(en, 2.145_7, 2), "2.15");
        assert_eq!(fixed(en, 10.0, 2), "10");
        assert_eq!(fixed(en, 0.05, 2), "0.05");
        assert_eq!(fixed(en, 75.84, 1), "75.8");
        assert_eq!(fixed(en, 147.0, 0), "147");
        assert_eq!(fixed(en, -1.5, 1), "-1.5");
        assert_eq!(fixed(en, -0.001, 2), "0");
        assert_eq!(fixed(en, f64::NAN, 2), "");
        assert_eq!(value(en, 3.0999), "3.1");
        assert_eq!(value(en, 1234.5), "1235");
    }
}
