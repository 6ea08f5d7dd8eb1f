//! "Check your answers": every answer with an Edit link to its question, then the summary.

use calcinosis_engine::flow::sections;
use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::text::{t, Lang};
use calcinosis_engine::Answers;
use yew::prelude::*;

use crate::components::{answers_list, nav_buttons, progress};
use crate::raw::Raw;

pub fn review(
    lang: Lang,
    answers: &Answers,
    on_edit: &Callback<&'static str>,
    on_goto: &Callback<Section>,
    on_back: &Callback<MouseEvent>,
    on_next: &Callback<MouseEvent>,
) -> Html {
    let all = sections(answers);
    let on_next_link = on_next.clone();
    let skip = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_next_link.emit(e);
    });
    html! {
        <div class="screen review">
            { Raw::new().heading("h2", t(lang, "ui.review.title")).html() }
            { progress(lang, None, &all, &all, on_goto) }
            <p class="intro-text">
                { t(lang, "ui.review.intro") }{ " " }
                // The way on, before the long list: by keyboard one Tab from the heading.
                <a href="#summary" onclick={skip}>{ t(lang, "ui.review.skip") }</a>
            </p>
            { answers_list(lang, answers, Some(on_edit), false) }
            { nav_buttons(lang, Some(on_back), on_next, "ui.see_summary", None) }
        </div>
    }
}
