//! Values worked out from the labs as soon as their inputs exist: albumin-corrected calcium
//! and the calcium x phosphate product, with what the product's size means.

use calcinosis_engine::knowledge::Analyte;
use calcinosis_engine::labs::{convert, Derived as Values, CAXP_HIGH, CAXP_RAISED};
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use crate::format::{quantity, tf, value};

/// `calcium_unit` is the unit the person entered calcium in; the corrected value is shown
/// in it.
pub fn derived(lang: Lang, d: &Values, calcium_unit: &'static str) -> Html {
    let corrected = d.corrected_calcium.map(|mg| {
        let v = convert(Analyte::Calcium, mg, "mg/dL", calcium_unit).unwrap_or(mg);
        let unit = if v == mg { "mg/dL" } else { calcium_unit };
        html! {
            <li>
                { tf(lang, "ui.derived.corrected", &[("value", quantity(lang, v, unit))]) }
                <span class="note">{ t(lang, "ui.derived.corrected_note") }</span>
            </li>
        }
    });
    let caxp = d.ca_x_p.map(|p| {
        let note = if p >= CAXP_HIGH {
            "ui.derived.caxp_high"
        } else if p >= CAXP_RAISED {
            "ui.derived.caxp_raised"
        } else {
            "ui.derived.caxp_ok"
        };
        html! {
            <li>
                { tf(lang, "ui.derived.caxp", &[("value", value(lang, p))]) }
                <span class="note">{ t(lang, note) }</span>
            </li>
        }
    });
    let empty = corrected.is_none() && caxp.is_none();
    html! {
        <section class="derived" aria-labelledby="derived-title">
            <h3 id="derived-title">{ t(lang, "ui.derived.title") }</h3>
            <div aria-live="polite">
                if empty {
                    <p class="note">{ t(lang, "ui.derived.empty") }</p>
                } else {
                    <ul>{ corrected.unwrap_or_default() }{ caxp.unwrap_or_default() }</ul>
                }
            </div>
        </section>
    }
}
