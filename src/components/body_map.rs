//! The clickable body map (front and back). Each site is one checkbox made of all its
//! shapes, toggled by a tap or click (which marks the shape tapped, the side the lump is
//! on), or by Space or Enter; it is not a Tab stop: the checkbox list beside it is the
//! keyboard's way, and the equivalent for anyone who prefers a list.

use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use super::body_shapes::{Part, Shape, View, CAPTION_Y, FRONT_X, PARTS, REAR_X, VIEW_BOX};
use crate::format::{option_label, tf};
use crate::raw::Raw;

/// A part's shapes as SVG markup: once per view it is on, twice when mirrored.
fn draw(out: &mut Raw, part: &Part) {
    let centres: &[i16] = match part.view {
        View::Front => &[FRONT_X],
        View::Rear => &[REAR_X],
        View::Both => &[FRONT_X, REAR_X],
    };
    let sides: &[i16] = if part.mirrored { &[1, -1] } else { &[1] };
    for &c in centres {
        for &side in sides {
            match part.shape {
                Shape::Rect(x, y, w, h, r) => {
                    let x = if side > 0 { c + x } else { c - x - w };
                    shape(
                        out,
                        "rect",
                        &[("x", x), ("y", y), ("width", w), ("height", h), ("rx", r)],
                    );
                }
                Shape::Ellipse(x, y, rx, ry) => {
                    shape(
                        out,
                        "ellipse",
                        &[("cx", c + side * x), ("cy", y), ("rx", rx), ("ry", ry)],
                    );
                }
            }
        }
    }
}

/// `<tag name="value" ... />`.
fn shape(out: &mut Raw, tag: &str, attributes: &[(&str, i16)]) {
    let mut start = String::from(tag);
    for (name, value) in attributes {
        start.push(' ');
        start.push_str(name);
        start.push_str("=\"");
        start.push_str(&value.to_string());
        start.push('"');
    }
    start.push_str(" /");
    out.open(&start);
}

/// Marks the shape tapped as the one to colour (`data-tapped`, read by the stylesheet), so
/// that a tap on the left hand does not colour all four hands; the region's other shapes
/// lose the mark. The answer is the site either way.
fn mark_tapped(e: &MouseEvent) {
    let Some(shape) = e.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let Some(region) = shape.parent_element() else {
        return;
    };
    let shapes = region.children();
    for i in 0..shapes.length() {
        if let Some(other) = shapes.item(i) {
            let _ = other.remove_attribute("data-tapped");
        }
    }
    if shape.tag_name() != "title" {
        let _ = shape.set_attribute("data-tapped", "");
    }
}

/// The map of `question`'s sites: `options` those that can be chosen now (hidden options
/// are not drawn), `chosen` those chosen.
pub fn body_map(
    lang: Lang,
    question: &'static str,
    options: &[&'static str],
    chosen: &[&'static str],
    on_toggle: &Callback<&'static str>,
) -> Html {
    let regions = options
        .iter()
        .copied()
        .filter(|o| PARTS.iter().any(|p| p.site == Some(o)));
    let regions = regions.map(|site| {
        let name = option_label(lang, question, site);
        // Distinct from the list's "Thigh" checkbox, so each control has its own name.
        let label = tf(lang, "ui.body_region", &[("name", name.to_string())]);
        let checked = chosen.contains(&site);
        let on_toggle = on_toggle.clone();
        let onclick = on_toggle.reform(move |e: MouseEvent| {
            mark_tapped(&e);
            site
        });
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == " " || e.key() == "Enter" {
                e.prevent_default();
                on_toggle.emit(site);
            }
        });
        let mut shapes = Raw::new();
        for part in PARTS.iter().filter(|p| p.site == Some(site)) {
            draw(&mut shapes, part);
        }
        html! {
            <g key={site} class="region" role="checkbox" tabindex="-1" aria-label={label}
                aria-checked={if checked { "true" } else { "false" }} {onclick} {onkeydown}>
                <title>{ name }</title>
                { shapes.html() }
            </g>
        }
    });
    let mut body = Raw::new();
    for part in PARTS.iter().filter(|p| p.site.is_none()) {
        draw(&mut body, part);
    }
    html! {
        <div class="body-map" role="group" aria-label={t(lang, "ui.body_map")}>
            <svg viewBox={VIEW_BOX} focusable="false">
                <g class="body" aria-hidden="true">{ body.html() }</g>
                { for regions }
                <g class="captions" aria-hidden="true">
                    <text x={FRONT_X.to_string()} y={CAPTION_Y.to_string()}>{ t(lang, "ui.body_front_view") }</text>
                    <text x={REAR_X.to_string()} y={CAPTION_Y.to_string()}>{ t(lang, "ui.body_rear") }</text>
                </g>
            </svg>
        </div>
    }
}
