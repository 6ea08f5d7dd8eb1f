//! "Act on this first": every red flag with how soon and what to do, above everything else.

use calcinosis_engine::assess::FlagHit;
use calcinosis_engine::knowledge::Urgency;
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use crate::components::source_links;
use crate::config::Clinic;
use crate::raw::Raw;

fn urgency(u: Urgency) -> (&'static str, &'static str) {
    match u {
        Urgency::Emergency => ("flag emergency", "urgency.emergency"),
        Urgency::SameDay => ("flag same-day", "urgency.same_day"),
        Urgency::Soon => ("flag soon", "urgency.soon"),
    }
}

/// "Call {clinic} at {phone}." (or "Call us at {phone}."), a `tel:` link: the clinic a
/// host page named (see `config`). The name and the phone are each isolated (`<bdi>`, the
/// phone left to right): whatever characters the name has, it cannot reorder the sentence
/// or make the number shown differ from the one dialled.
fn call(lang: Lang, clinic: &Clinic) -> Html {
    let key = if clinic.name.is_empty() {
        "ui.urgent.call_us"
    } else {
        "ui.urgent.call"
    };
    let mut line = Raw::new();
    let mut rest = t(lang, key);
    while let Some((before, after)) = rest.split_once('{') {
        let (name, after) = after.split_once('}').unwrap_or((after, ""));
        line.text(before);
        match name {
            "clinic" => line.el("bdi", &clinic.name),
            "phone" => line.el(r#"bdi dir="ltr""#, &clinic.phone),
            _ => line.text(name),
        };
        rest = after;
    }
    line.text(rest);
    html! {
        <p class="clinic"><a href={clinic.tel()}>{ line.html() }</a></p>
    }
}

pub fn urgent(lang: Lang, flags: &[FlagHit]) -> Html {
    if flags.is_empty() {
        return html! {};
    }
    let mut items = Raw::new();
    items
        .el(r#"h3 id="urgent-title""#, t(lang, "ui.urgent.title"))
        .open("ul");
    for f in flags {
        let (class, key) = urgency(f.urgency);
        items
            .open(&["li class=\"", class, "\""].concat())
            .open("p")
            .el(r#"strong class="urgency""#, t(lang, key))
            .text(" ")
            .text(t_parts(lang, &["flag.", f.id]))
            .close("p")
            .el(
                r#"p class="action""#,
                t_parts(lang, &["flag.", f.id, ".action"]),
            );
        source_links(&mut items, lang, f.sources);
        items.close("li");
    }
    items.close("ul");
    html! {
        <section class="urgent" aria-labelledby="urgent-title">
            { items.html() }
            if let Some(clinic) = &crate::config::get().clinic {
                { call(lang, clinic) }
            }
        </section>
    }
}
