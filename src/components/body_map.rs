//! The clickable body map (front and back). Each site is one focusable checkbox made of all
//! its shapes, toggled by click, Space or Enter; the checkbox list beside it is the
//! equivalent for anyone who prefers a list.

use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use super::body_shapes::{Part, Shape, View, CAPTION_Y, FRONT_X, PARTS, REAR_X, VIEW_BOX};
use crate::format::{option_label, tf};

fn draw(part: &Part) -> Html {
    let centres: &[i16] = match part.view {
        View::Front => &[FRONT_X],
        View::Rear => &[REAR_X],
        View::Both => &[FRONT_X, REAR_X],
    };
    let sides: &[i16] = if part.mirrored { &[1, -1] } else { &[1] };
    let mut out = Vec::new();
    for &c in centres {
        for &side in sides {
            out.push(match part.shape {
                Shape::Rect(x, y, w, h, r) => {
                    let x = if side > 0 { c + x } else { c - x - w };
                    html! { <rect x={x.to_string()} y={y.to_string()} width={w.to_string()}
                    height={h.to_string()} rx={r.to_string()} /> }
                }
                Shape::Ellipse(x, y, rx, ry) => html! {
                    <ellipse cx={(c + side * x).to_string()} cy={y.to_string()}
                        rx={rx.to_string()} ry={ry.to_string()} />
                },
            });
        }
    }
    out.into_iter().collect()
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
        let onclick = on_toggle.reform(move |_: MouseEvent| site);
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == " " || e.key() == "Enter" {
                e.prevent_default();
                on_toggle.emit(site);
            }
        });
        let shapes: Html = PARTS
            .iter()
            .filter(|p| p.site == Some(site))
            .map(draw)
            .collect();
        html! {
            <g key={site} class="region" role="checkbox" tabindex="0" aria-label={label}
                aria-checked={if checked { "true" } else { "false" }} {onclick} {onkeydown}>
                <title>{ name }</title>
                { shapes }
            </g>
        }
    });
    let body: Html = PARTS
        .iter()
        .filter(|p| p.site.is_none())
        .map(draw)
        .collect();
    html! {
        <div class="body-map" role="group" aria-label={t(lang, "ui.body_map")}>
            <svg viewBox={VIEW_BOX} focusable="false">
                <g class="body" aria-hidden="true">{ body }</g>
                { for regions }
                <g class="captions" aria-hidden="true">
                    <text x={FRONT_X.to_string()} y={CAPTION_Y.to_string()}>{ t(lang, "ui.body_front_view") }</text>
                    <text x={REAR_X.to_string()} y={CAPTION_Y.to_string()}>{ t(lang, "ui.body_rear") }</text>
                </g>
            </svg>
        </div>
    }
}
