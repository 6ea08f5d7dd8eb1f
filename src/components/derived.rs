//! Values worked out from the labs as soon as their inputs exist: albumin-corrected calcium
//! and the calcium x phosphate product, with what the product's size means.

use calcinosis_engine::knowledge::Analyte;
use calcinosis_engine::labs::{convert, Derived as Values, CAXP_HIGH, CAXP_RAISED};
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use crate::raw::Raw;

use crate::format::{quantity, tf, value};

/// `calcium_unit` is the unit the person entered calcium in; the corrected value is shown
/// in it.
pub fn derived(lang: Lang, d: &Values, calcium_unit: &'static str) -> Html {
    // The live region stays in place; only what it says is raw markup, so that screen
    // readers announce the new values.
    let mut out = Raw::new();
    if d.corrected_calcium.is_none() && d.ca_x_p.is_none() {
        out.el(r#"p class="note""#, t(lang, "ui.derived.empty"));
    } else {
        out.open("ul");
        if let Some(mg) = d.corrected_calcium {
            let v = convert(Analyte::Calcium, mg, "mg/dL", calcium_unit).unwrap_or(mg);
            let unit = if v == mg { "mg/dL" } else { calcium_unit };
            let text = tf(
                lang,
                "ui.derived.corrected",
                &[("value", quantity(lang, v, unit))],
            );
            out.open("li")
                .text(&text)
                .el(r#"span class="note""#, t(lang, "ui.derived.corrected_note"))
                .close("li");
        }
        if let Some(p) = d.ca_x_p {
            let (note, limit) = if p >= CAXP_HIGH {
                ("ui.derived.caxp_high", CAXP_HIGH)
            } else if p >= CAXP_RAISED {
                ("ui.derived.caxp_raised", CAXP_RAISED)
            } else {
                ("ui.derived.caxp_ok", CAXP_RAISED)
            };
            // In the person's units: mmol²/L² when calcium was entered in mmol/L (review
            // F14), from the same product and limits in mg²/dL².
            let factor = match calcium_unit {
                "mmol/L" => convert(Analyte::Calcium, 1.0, "mg/dL", "mmol/L")
                    .zip(convert(Analyte::Phosphate, 1.0, "mg/dL", "mmol/L"))
                    .map(|(c, p)| c * p),
                _ => None,
            };
            let (scale, unit) = factor.map_or((1.0, "mg²/dL²"), |f| (f, "mmol²/L²"));
            let text = tf(
                lang,
                "ui.derived.caxp",
                &[("value", value(lang, p * scale)), ("unit", unit.into())],
            );
            let note = tf(lang, note, &[("limit", value(lang, limit * scale))]);
            out.open("li")
                .text(&text)
                .el(r#"span class="note""#, &note)
                .close("li");
        }
        out.close("ul");
    }
    html! {
        <section class="derived" aria-labelledby="derived-title">
            <h3 id="derived-title">{ t(lang, "ui.derived.title") }</h3>
            <div aria-live="polite">{ out.html() }</div>
        </section>
    }
}
