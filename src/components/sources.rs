//! Links to the published sources a reason or a warning cites.

use calcinosis_engine::knowledge::sources::source;
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

/// The sources with these citation keys, as a list of links; nothing when none is known.
pub fn source_links(lang: Lang, keys: &[&str]) -> Html {
    let links: Vec<Html> = keys
        .iter()
        .filter_map(|k| source(k))
        .map(|s| html! { <li key={s.key}>{ link(lang, s.url, s.title) }</li> })
        .collect();
    if links.is_empty() {
        return html! {};
    }
    html! {
        <div class="sources">
            <span>{ t(lang, "ui.sources") }</span>
            <ul>{ links }</ul>
        </div>
    }
}

/// A link to a source, opening in a new tab, sending no referrer.
pub fn link(lang: Lang, url: &'static str, title: &'static str) -> Html {
    html! {
        <a href={url} rel="noreferrer" target="_blank">
            { title }<span class="visually-hidden">{ " " }{ t(lang, "ui.new_tab") }</span>
        </a>
    }
}
