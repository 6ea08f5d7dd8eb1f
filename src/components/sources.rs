//! The published sources of the reasons. On the summary each reason ends with the numbers
//! of its sources ("[1] [2]"), listed once, below, behind "Show sources"; About lists them
//! all the same way. Their titles and addresses are not in the app's own wasm: the exchange
//! module gives them when the list is first opened (it is fetched once the summary shows,
//! and kept for offline use), which keeps a first visit smaller.

use calcinosis_engine::text::{t, Lang};
use js_sys::Array;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::exchange;
use crate::raw::{attr, Raw};

/// The sources cited so far on a screen, by key, in order of first citation (their
/// numbers).
#[derive(Default)]
pub struct Cites(Vec<&'static str>);

impl Cites {
    /// The number of a source, counting it when it is new.
    fn number(&mut self, key: &'static str) -> usize {
        match self.0.iter().position(|k| *k == key) {
            Some(i) => i + 1,
            None => {
                self.0.push(key);
                self.0.len()
            }
        }
    }

    /// The numbers of the sources with these keys, into `out`.
    pub fn cite(&mut self, out: &mut Raw, keys: &[&'static str]) {
        if keys.is_empty() {
            return;
        }
        let numbers: Vec<String> = keys
            .iter()
            .map(|k| ["[", &self.number(k).to_string(), "]"].concat())
            .collect();
        out.text(" ")
            .el(r#"span class="cite no-print""#, &numbers.join(" "));
    }

    /// Counts these sources without marks (the urgent box shows no citation).
    pub fn add(&mut self, keys: &[&'static str]) {
        for k in keys {
            self.number(k);
        }
    }

    /// Every source cited, numbered, behind "Show sources"; nothing when none is.
    pub fn list(&self, lang: Lang) -> Html {
        if self.0.is_empty() {
            return Html::default();
        }
        sources_list(lang, &self.0.join(" "))
    }
}

/// The sources with these keys (space-separated; every source when empty), numbered, behind
/// "Show sources": read from the exchange module when first opened.
pub fn sources_list(lang: Lang, keys: &str) -> Html {
    let keys = keys.to_string();
    let ontoggle = Callback::from(move |e: Event| {
        let Some(details) = e.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        let Some(list) = details.last_element_child() else {
            return;
        };
        if !details.has_attribute("open") || list.child_element_count() > 0 {
            return;
        }
        exchange::request("sources", &keys, lang, move |result| {
            let mut out = Raw::new();
            match result.ok().and_then(|v| v.dyn_into::<Array>().ok()) {
                Some(pairs) => {
                    for i in (0..pairs.length()).step_by(2) {
                        let title = pairs.get(i).as_string().unwrap_or_default();
                        let url = pairs.get(i + 1).as_string().unwrap_or_default();
                        out.open("li");
                        link(&mut out, lang, &url, &title);
                        out.close("li");
                    }
                }
                None => {
                    out.el("li", t(lang, "ui.problem.failed"));
                }
            }
            list.set_inner_html(&out.into_string());
        });
    });
    html! {
        <details class="cited no-print" {ontoggle}>
            <summary>{ t(lang, "ui.show_sources") }</summary>
            <ol class="source-list"></ol>
        </details>
    }
}

/// A link to a source, opening in a new tab, sending no referrer. The address is one of
/// the knowledge's own (`knowledge::sources`), never typed by a person, and escaped all the
/// same (a `"` or `&` in it cannot break the markup); the titles are the sources' own, in
/// English: marked so, for screen readers' pronunciation.
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
