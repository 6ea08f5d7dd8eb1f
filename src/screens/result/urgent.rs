//! What to do next, first on the summary: a care line that always shows (emergency, today,
//! within days, or a routine appointment in the next weeks, and whom to see), then every
//! red flag with how soon and what to do, and the clinic's phone right after the first
//! action. Only that: the flags' sources are listed with the others, below.

use calcinosis_engine::assess::FlagHit;
use calcinosis_engine::knowledge::Urgency;
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use crate::components::Cites;
use crate::config::Clinic;
use crate::format::tf;
use crate::raw::Raw;

fn urgency(u: Urgency) -> (&'static str, &'static str) {
    match u {
        Urgency::Emergency => ("flag emergency", "urgency.emergency"),
        Urgency::SameDay => ("flag same-day", "urgency.same_day"),
        Urgency::Soon => ("flag soon", "urgency.soon"),
    }
}

/// "Call {clinic} at {phone}." (or "Call us at {phone}."), a `tel:` link: the clinic a
/// host page named (see `config`).
fn call(lang: Lang, clinic: &Clinic) -> Html {
    let key = if clinic.name.is_empty() {
        "ui.urgent.call_us"
    } else {
        "ui.urgent.call"
    };
    let params = [
        ("clinic", clinic.name.clone()),
        ("phone", clinic.phone.clone()),
    ];
    html! {
        <p class="clinic"><a href={clinic.tel()}>{ tf(lang, key, &params) }</a></p>
    }
}

/// The care line: how soon to be seen and by whom, from the most urgent flag (a routine
/// appointment when there is none).
pub fn care(lang: Lang, flags: &[FlagHit]) -> Html {
    let (class, label, text) = match flags.iter().map(|f| f.urgency).min() {
        Some(Urgency::Emergency) => ("care emergency", "urgency.emergency", "ui.care.emergency"),
        Some(Urgency::SameDay) => ("care same-day", "urgency.same_day", "ui.care.same_day"),
        Some(Urgency::Soon) => ("care soon", "urgency.soon", "ui.care.soon"),
        None => ("care routine", "ui.care.routine_label", "ui.care.routine"),
    };
    Raw::new()
        .open(
            &[
                r#"section aria-labelledby="care-title" class=""#,
                class,
                "\"",
            ]
            .concat(),
        )
        .el(r#"h3 id="care-title""#, t(lang, "ui.care.title"))
        .open("p")
        .el(r#"strong class="urgency""#, t(lang, label))
        .text(" ")
        .text(t(lang, text))
        .close("p")
        .close("section")
        .html()
}

pub fn urgent(lang: Lang, flags: &[FlagHit], cites: &mut Cites) -> Html {
    if flags.is_empty() {
        return html! {};
    }
    let clinic = crate::config::get().clinic.clone();
    let mut items = Vec::with_capacity(flags.len());
    for (i, f) in flags.iter().enumerate() {
        let (class, key) = urgency(f.urgency);
        cites.add(f.sources);
        let text = Raw::new()
            .open("p")
            .el(r#"strong class="urgency""#, t(lang, key))
            .text(" ")
            .text(t_parts(lang, &["flag.", f.id]))
            .close("p")
            .el(
                r#"p class="action""#,
                t_parts(lang, &["flag.", f.id, ".action"]),
            )
            .html();
        items.push(html! {
            <li class={class}>
                { text }
                if i == 0 {
                    if let Some(clinic) = &clinic { { call(lang, clinic) } }
                }
            </li>
        });
    }
    html! {
        <section class="urgent" aria-labelledby="urgent-title">
            <h3 id="urgent-title">{ t(lang, "ui.urgent.title") }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
