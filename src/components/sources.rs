//! Links to the published sources a reason cites: on the summary, numbered marks ("[1]")
//! after each reason, and the sources listed once, below, behind "Show sources".

use crate::raw::Raw;
use calcinosis_engine::knowledge::sources::source;
use calcinosis_engine::knowledge::Source;
use calcinosis_engine::text::{t, Lang};

/// The sources cited so far on a screen, in order of first citation (their numbers).
#[derive(Default)]
pub struct Cites(Vec<&'static Source>);

impl Cites {
    /// The number of a source, counting it when it is new.
    fn number(&mut self, s: &'static Source) -> usize {
        match self.0.iter().position(|x| x.key == s.key) {
            Some(i) => i + 1,
            None => {
                self.0.push(s);
                self.0.len()
            }
        }
    }

    /// The numbered marks of the sources with these keys, each a link to its source, into
    /// `out`; nothing for a key not known.
    pub fn cite(&mut self, out: &mut Raw, lang: Lang, keys: &[&str]) {
        for s in keys.iter().filter_map(|k| source(k)) {
            let n = self.number(s);
            out.text(" ")
                .open(
                    &[
                        r#"a class="cite no-print" href=""#,
                        s.url,
                        r#"" rel="noreferrer" target="_blank""#,
                    ]
                    .concat(),
                )
                .text(&["[", &n.to_string(), "]"].concat())
                .el(
                    r#"span class="visually-hidden""#,
                    &[" ", s.title, " ", t(lang, "ui.new_tab")].concat(),
                )
                .close("a");
        }
    }

    /// Counts these sources without marks (the urgent box shows no citation).
    pub fn add(&mut self, keys: &[&str]) {
        for s in keys.iter().filter_map(|k| source(k)) {
            self.number(s);
        }
    }

    /// Every source cited, numbered, behind "Show sources"; nothing when none is.
    pub fn list(&self, out: &mut Raw, lang: Lang) {
        if self.0.is_empty() {
            return;
        }
        out.open(r#"details class="cited no-print""#)
            .el("summary", t(lang, "ui.show_sources"))
            .open(r#"ol class="source-list""#);
        for s in &self.0 {
            out.open("li");
            link(out, lang, s.url, s.title);
            out.close("li");
        }
        out.close("ol").close("details");
    }
}

/// A link to a source, opening in a new tab, sending no referrer.
pub fn link(out: &mut Raw, lang: Lang, url: &str, title: &str) {
    out.open(&[r#"a href=""#, url, r#"" rel="noreferrer" target="_blank""#].concat())
        .text(title)
        .el(
            r#"span class="visually-hidden""#,
            &[" ", t(lang, "ui.new_tab")].concat(),
        )
        .close("a");
}
