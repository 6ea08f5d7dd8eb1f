//! "Check your answers": every answer with an Edit link to its question, then the summary.

use std::rc::Rc;

use calcinosis_engine::flow::sections;
use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::text::{t, Lang};
use calcinosis_engine::Answers;
use yew::prelude::*;

use crate::components::page::HEADING_ID;
use crate::components::{AnswersList, NavButtons, Progress};

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub lang: Lang,
    pub answers: Rc<Answers>,
    pub on_edit: Callback<&'static str>,
    pub on_goto: Callback<Section>,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let lang = props.lang;
    let all = sections(&props.answers);
    html! {
        <div class="screen review">
            <h2 id={HEADING_ID} tabindex="-1">{ t(lang, "ui.review.title") }</h2>
            <Progress {lang} current={None} sections={all.clone()} visited={all}
                on_goto={props.on_goto.clone()} />
            <p class="intro-text">{ t(lang, "ui.review.intro") }</p>
            <AnswersList {lang} answers={props.answers.clone()}
                on_edit={Some(props.on_edit.clone())} />
            <NavButtons {lang} on_back={props.on_back.clone()} on_next={props.on_next.clone()}
                next_key="ui.see_summary" />
        </div>
    }
}
