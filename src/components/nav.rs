//! Back and Next at the foot of a section, and the way back to the review once reached.

use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

/// Back (when there is a screen before) and Next (its text the catalog key `next_key`),
/// and "Back to checking your answers" when `on_review` is given (the review was reached
/// once).
pub fn nav_buttons(
    lang: Lang,
    on_back: Option<&Callback<MouseEvent>>,
    on_next: &Callback<MouseEvent>,
    next_key: &'static str,
    on_review: Option<&Callback<MouseEvent>>,
) -> Html {
    html! {
        <div class="nav-buttons no-print">
            if let Some(on_back) = on_back {
                <button type="button" class="secondary" onclick={on_back.clone()}>
                    { t(lang, "ui.back") }
                </button>
            }
            <button type="button" class="primary" onclick={on_next.clone()}>
                { t(lang, next_key) }
            </button>
            if let Some(on_review) = on_review {
                <button type="button" class="link" onclick={on_review.clone()}>
                    { t(lang, "ui.to_review") }
                </button>
            }
        </div>
    }
}
