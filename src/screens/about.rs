//! "About and sources": who made the aid, when it was last reviewed, how it reasons, its
//! limits, that it is not a medical device, and every source it cites.

use calcinosis_engine::knowledge::sources::SOURCES;
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use crate::components::page::HEADING_ID;
use crate::components::source_link as link;

const PARTS: [&str; 5] = ["who", "reviewed", "how", "limits", "device"];

pub fn about(lang: Lang, on_close: &Callback<MouseEvent>) -> Html {
    let parts = PARTS.iter().map(|p| {
        let id = ["about-", p].concat();
        html! {
            <section key={*p} aria-labelledby={id.clone()}>
                <h3 {id}>{ t_parts(lang, &["ui.about.", p, ".title"]) }</h3>
                <p>{ t_parts(lang, &["ui.about.", p]) }</p>
            </section>
        }
    });
    let sources = SOURCES.iter().map(|s| html! {
        <li key={s.key}>{ link(lang, s.url, s.title) }<span class="key">{ " [" }{ s.key }{ "]" }</span></li>
    });
    let close = html! {
        <button type="button" class="secondary" onclick={on_close.clone()}>
            { t(lang, "ui.about.close") }
        </button>
    };
    html! {
        <div class="screen about">
            <h2 id={HEADING_ID} tabindex="-1">{ t(lang, "ui.about.title") }</h2>
            <div class="actions no-print">{ close }</div>
            { for parts }
            <section aria-labelledby="about-sources">
                <h3 id="about-sources">{ t(lang, "ui.about.sources.title") }</h3>
                <ol class="source-list">{ for sources }</ol>
            </section>
        </div>
    }
}
