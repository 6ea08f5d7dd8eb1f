//! A question's plain-language help, folded away under "What does this mean?" so that the
//! questions stay short; screen readers get it as the question's description.

use calcinosis_engine::text::{lookup, t, Lang};
use yew::prelude::*;

/// The id of a question's help text, for `aria-describedby`.
pub fn help_id(question: &str) -> String {
    format!("help-{question}")
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub lang: Lang,
    pub question: &'static str,
    /// The catalog key of the summary line.
    #[prop_or("ui.help")]
    pub summary_key: &'static str,
}

#[component]
pub fn Help(props: &HelpProps) -> Html {
    let Some(text) = lookup(props.lang, &format!("q.{}.help", props.question)) else {
        return html! {};
    };
    html! {
        <details class="help">
            <summary>{ t(props.lang, props.summary_key) }</summary>
            <p id={help_id(props.question)}>{ text }</p>
        </details>
    }
}
