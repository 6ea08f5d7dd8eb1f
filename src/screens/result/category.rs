//! The likely category in plain words with its reasons, or "we cannot tell yet" with what
//! would help; and every other category ranked with its label.

use calcinosis_engine::assess::{Assessment, Label, Ranked};
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use super::reasons::reasons;
use crate::components::Cites;
use crate::format::{analyte_of, question_text, tf};
use crate::raw::Raw;

/// The category in plain words, with its medical name ("calcinosis from high blood calcium
/// or phosphate (called metastatic; not cancer)").
fn name(lang: Lang, r: &Ranked) -> &'static str {
    t_parts(lang, &["ui.plain.", r.category.id()])
}

fn about(lang: Lang, r: &Ranked) -> &'static str {
    t_parts(lang, &["category.", r.category.id(), ".about"])
}

pub fn likely(
    lang: Lang,
    a: &Assessment,
    on_edit: &Callback<&'static str>,
    cites: &mut Cites,
) -> Html {
    let (ranking, undetermined, would_help) = (&a.ranking, a.undetermined, &a.would_help);
    let top = ranking.first().filter(|_| !undetermined);
    if let Some(top) = top {
        let mut out = Raw::new();
        let title = tf(
            lang,
            "ui.likely.title",
            &[("category", name(lang, top).to_string())],
        );
        out.open(r#"section class="likely" aria-labelledby="likely-title""#)
            .el(r#"h3 id="likely-title""#, &title)
            .el("p", about(lang, top));
        reasons(
            &mut out,
            cites,
            lang,
            &top.evidence_for,
            &top.evidence_against,
        );
        return out.close("section").html();
    }
    // The two or three it cannot tell apart.
    let candidates = a.candidates();
    let candidates = (candidates.len() > 1).then(|| {
        html! {
            <>
                <p id="candidates-title">{ t(lang, "ui.candidates") }</p>
                <ul class="candidates" aria-labelledby="candidates-title">
                    { for candidates.iter().map(|r| html! { <li>{ name(lang, r) }</li> }) }
                </ul>
            </>
        }
    });
    let helps = would_help.iter().map(|h| {
        let q = h.question;
        let text = match analyte_of(q) {
            Some(_) => tf(
                lang,
                "ui.would_help.lab",
                &[("name", question_text(lang, q).into())],
            ),
            None => tf(
                lang,
                "ui.would_help.answer",
                &[("question", question_text(lang, q).into())],
            ),
        };
        let on_edit = on_edit.reform(move |_: MouseEvent| q);
        html! {
            <li key={q}>{ text }{ " " }
                <button type="button" class="link no-print" onclick={on_edit}>
                    { t(lang, "ui.answer_it") }
                    <span class="visually-hidden">{ ": " }{ question_text(lang, q) }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="likely undetermined" aria-labelledby="likely-title">
            <h3 id="likely-title">{ t(lang, "ui.cannot_tell") }</h3>
            <p>{ t(lang, "ui.cannot_tell.text") }</p>
            { for candidates }
            if !would_help.is_empty() {
                <h4>{ t(lang, "ui.would_help") }</h4>
                <ul class="would-help">{ for helps }</ul>
            }
        </section>
    }
}

/// The classes of a ranked category's item and of its badge, and the badge's text key.
fn label(l: Label) -> (&'static str, &'static str, &'static str) {
    match l {
        Label::Likely => ("ranked likely", "badge likely", "label.likely"),
        Label::Possible => ("ranked possible", "badge possible", "label.possible"),
        Label::Unlikely => ("ranked unlikely", "badge unlikely", "label.unlikely"),
    }
}

pub fn others(lang: Lang, ranking: &[Ranked], undetermined: bool, cites: &mut Cites) -> Html {
    let title = if undetermined {
        "ui.all_ranked"
    } else {
        "ui.others"
    };
    let mut out = Raw::new();
    out.open(r#"section class="others" aria-labelledby="others-title""#)
        .el(r#"h3 id="others-title""#, t(lang, title))
        .open("ol");
    for r in ranking.iter().skip(usize::from(!undetermined)) {
        let (class, badge, key) = label(r.label);
        out.open(&["li class=\"", class, "\""].concat())
            .open("details")
            .open("summary")
            .el(r#"span class="name""#, name(lang, r))
            .text(" ")
            .el(&["span class=\"", badge, "\""].concat(), t(lang, key))
            .close("summary")
            .el("p", about(lang, r));
        reasons(&mut out, cites, lang, &r.evidence_for, &r.evidence_against);
        out.close("details").close("li");
    }
    out.close("ol").close("section").html()
}
