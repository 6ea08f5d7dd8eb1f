//! Why a category is ranked where it is: the answers that point to it and away from it,
//! each a short line with the numbers of its sources (listed once, below the summary).

use calcinosis_engine::assess::Evidence;
use calcinosis_engine::text::{t, t_parts, Lang};

use crate::components::Cites;
use crate::raw::Raw;

fn list(
    out: &mut Raw,
    cites: &mut Cites,
    lang: Lang,
    title_key: &str,
    class: &str,
    evidence: &[Evidence],
) {
    if evidence.is_empty() {
        return;
    }
    out.open(&["div class=\"", class, "\""].concat())
        .el("h4", t(lang, title_key))
        .open("ul");
    for e in evidence {
        out.open("li").text(t_parts(lang, &["rule.", e.rule]));
        cites.cite(out, e.sources);
        out.close("li");
    }
    out.close("ul").close("div");
}

/// The reasons for and against a category, into `out`.
pub fn reasons(
    out: &mut Raw,
    cites: &mut Cites,
    lang: Lang,
    evidence_for: &[Evidence],
    evidence_against: &[Evidence],
) {
    if evidence_for.is_empty() && evidence_against.is_empty() {
        out.el(r#"p class="note""#, t(lang, "ui.no_evidence"));
    }
    list(
        out,
        cites,
        lang,
        "ui.points_to",
        "reasons for",
        evidence_for,
    );
    list(
        out,
        cites,
        lang,
        "ui.points_away",
        "reasons against",
        evidence_against,
    );
}
