//! Links to the published sources a reason or a warning cites.

use calcinosis_engine::knowledge::sources::source;
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceLinksProps {
    pub lang: Lang,
    pub keys: &'static [&'static str],
}

#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    let links: Vec<Html> = props
        .keys
        .iter()
        .filter_map(|k| source(k))
        .map(|s| html! { <li key={s.key}>{ link(props.lang, s.url, s.title) }</li> })
        .collect();
    if links.is_empty() {
        return html! {};
    }
    html! {
        <div class="sources">
            <span>{ t(props.lang, "ui.sources") }</span>
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
