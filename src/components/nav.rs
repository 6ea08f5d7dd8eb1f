//! Back and Next at the foot of a section, and the way back to the review once reached.

use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavButtonsProps {
    pub lang: Lang,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
    /// The catalog key of the Next button's text.
    #[prop_or("ui.next")]
    pub next_key: &'static str,
    /// Shown once the review has been reached.
    #[prop_or_default]
    pub on_review: Option<Callback<()>>,
}

#[component]
pub fn NavButtons(props: &NavButtonsProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="nav-buttons no-print">
            <button type="button" class="secondary" onclick={props.on_back.reform(|_| ())}>
                { t(lang, "ui.back") }
            </button>
            <button type="button" class="primary" onclick={props.on_next.reform(|_| ())}>
                { t(lang, props.next_key) }
            </button>
            if let Some(on_review) = &props.on_review {
                <button type="button" class="link" onclick={on_review.reform(|_| ())}>
                    { t(lang, "ui.to_review") }
                </button>
            }
        </div>
    }
}
