//! What to do next, first on the summary: a care line that always shows (emergency, today,
//! within days, or a routine appointment in the next weeks, and whom to see); with red
//! flags, in the urgent box, followed by every flag with how soon and what to do, and the
//! clinic's phone right after the first action. Only that: the flags' sources are listed
//! with the others, below.

use calcinosis_engine::assess::FlagHit;
use calcinosis_engine::knowledge::Urgency;
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::Html;

use crate::components::Cites;
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
/// host page named (see `config`). The link holds only digits and "+" (`Clinic::tel`). The
/// name and the phone are each isolated (`<bdi>`, the phone left to right): whatever
/// characters the name has, it cannot reorder the sentence or make the number shown differ
/// from the one dialled.
fn call(out: &mut Raw, lang: Lang, clinic: &Clinic) {
    let key = if clinic.name.is_empty() {
        "ui.urgent.call_us"
    } else {
        "ui.urgent.call"
    };
    out.open(r#"p class="clinic""#)
        .open(&[r#"a href=""#, &clinic.tel(), "\""].concat());
    let mut rest = t(lang, key);
    while let Some((before, after)) = rest.split_once('{') {
        let (name, after) = after.split_once('}').unwrap_or((after, ""));
        out.text(before);
        match name {
            "clinic" => out.el("bdi", &clinic.name),
            "phone" => out.el(r#"bdi dir="ltr""#, &clinic.phone),
            _ => out.text(name),
        };
        rest = after;
    }
    out.text(rest).close("a").close("p");
}

/// The care line, into `out`: how soon to be seen and by whom, from the most urgent flag.
fn care_line(out: &mut Raw, lang: Lang, flags: &[FlagHit]) {
    let (label, text) = match flags.iter().map(|f| f.urgency).min() {
        Some(Urgency::Emergency) => ("urgency.emergency", "ui.care.emergency"),
        Some(Urgency::SameDay) => ("urgency.same_day", "ui.care.same_day"),
        Some(Urgency::Soon) => ("urgency.soon", "ui.care.soon"),
        None => ("ui.care.routine_label", "ui.care.routine"),
    };
    out.open(r#"p class="care""#)
        .el(r#"strong class="urgency""#, t(lang, label))
        .text(" ")
        .text(t(lang, text))
        .close("p");
}

/// What to do next, always first: with red flags, the urgent box opening with the care
/// line, then each flag with what to do; without, the care line for a routine appointment.
pub fn urgent(lang: Lang, flags: &[FlagHit], cites: &mut Cites) -> Html {
    let mut out = Raw::new();
    if flags.is_empty() {
        out.open(r#"section class="routine" aria-labelledby="care-title""#)
            .el(r#"h3 id="care-title""#, t(lang, "ui.care.title"));
        care_line(&mut out, lang, flags);
        return out.close("section").html();
    }
    let clinic = crate::config::get().clinic.clone();
    out.open(r#"section class="urgent" aria-labelledby="urgent-title""#)
        .el(r#"h3 id="urgent-title""#, t(lang, "ui.urgent.title"));
    care_line(&mut out, lang, flags);
    out.open("ul");
    for (i, f) in flags.iter().enumerate() {
        let (class, key) = urgency(f.urgency);
        cites.add(f.sources);
        out.open(&["li class=\"", class, "\""].concat())
            .open("p")
            .el(r#"strong class="urgency""#, t(lang, key))
            .text(" ")
            .text(t_parts(lang, &["flag.", f.id]))
            .close("p")
            .el(
                r#"p class="action""#,
                t_parts(lang, &["flag.", f.id, ".action"]),
            );
        if let (0, Some(clinic)) = (i, &clinic) {
            call(&mut out, lang, clinic);
        }
        out.close("li");
    }
    out.close("ul").close("section").html()
}
