//! Why a category is ranked where it is: the answers that point to it and away from it,
//! each with links to its sources.

use calcinosis_engine::assess::Evidence;
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use crate::components::source_links;

fn list(lang: Lang, title_key: &str, class: &'static str, evidence: &[Evidence]) -> Html {
    if evidence.is_empty() {
        return html! {};
    }
    let items = evidence.iter().map(|e| {
        html! {
            <li key={e.rule}>
                { t_parts(lang, &["rule.", e.rule]) }
                { source_links(lang, e.sources) }
            </li>
        }
    });
    html! {
        <div {class}>
            <h4>{ t(lang, title_key) }</h4>
            <ul>{ for items }</ul>
        </div>
    }
}

pub fn reasons(lang: Lang, evidence_for: &[Evidence], evidence_against: &[Evidence]) -> Html {
    if evidence_for.is_empty() && evidence_against.is_empty() {
        return html! { <p class="note">{ t(lang, "ui.no_evidence") }</p> };
    }
    html! {
        <>
            { list(lang, "ui.points_to", "reasons for", evidence_for) }
            { list(lang, "ui.points_away", "reasons against", evidence_against) }
        </>
    }
}
