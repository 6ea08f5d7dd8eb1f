//! Links to the published sources a reason or a warning cites.

use crate::raw::{attr, Raw};
use calcinosis_engine::knowledge::sources::source;
use calcinosis_engine::text::{t, Lang};

/// The sources with these citation keys, as a list of links, into `out`; nothing when
/// none is known.
pub fn source_links(out: &mut Raw, lang: Lang, keys: &[&str]) {
    let mut sources = keys.iter().filter_map(|k| source(k)).peekable();
    if sources.peek().is_none() {
        return;
    }
    out.open(r#"div class="sources""#)
        .el("span", t(lang, "ui.sources"))
        .open("ul");
    for s in sources {
        out.open("li");
        link(out, lang, s.url, s.title);
        out.close("li");
    }
    out.close("ul").close("div");
}

/// A link to a source, opening in a new tab, sending no referrer. The address is escaped
/// (a `"` or `&` in a source's URL cannot break the markup). The titles are the sources'
/// own, in English: marked so, for screen readers' pronunciation.
pub fn link(out: &mut Raw, lang: Lang, url: &str, title: &str) {
    out.open(
        &[
            r#"a href=""#,
            &attr(url),
            r#"" rel="noreferrer" target="_blank""#,
        ]
        .concat(),
    )
    .el(r#"span lang="en""#, title)
    .el(
        r#"span class="visually-hidden""#,
        &[" ", t(lang, "ui.new_tab")].concat(),
    )
    .close("a");
}
