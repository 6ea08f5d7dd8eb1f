//! A question's plain-language help, folded away under "What does this mean?" so that the
//! questions stay short; screen readers get it as the question's description.

use calcinosis_engine::text::{lookup_parts, t, Lang};
use yew::prelude::*;

use crate::raw::Raw;

/// The id of a question's help text, for `aria-describedby`.
pub fn help_id(question: &str) -> String {
    ["help-", question].concat()
}

/// The help of `question` under the summary line `summary_key` (a catalog key); nothing
/// when the question has no help.
pub fn help(lang: Lang, question: &str, summary_key: &str) -> Html {
    let Some(text) = lookup_parts(lang, &["q.", question, ".help"]) else {
        return html! {};
    };
    Raw::new()
        .open(r#"details class="help""#)
        .el("summary", t(lang, summary_key))
        .el(&["p id=\"", &help_id(question), "\""].concat(), text)
        .close("details")
        .html()
}
