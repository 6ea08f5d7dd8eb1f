//! "Your summary": red flags first, then the likely category and why, the others ranked,
//! answers to check, the questions to take to the doctor, and the printout's extras (date,
//! answers) that only print. The assessment is recomputed whenever the answers change.

mod ask;
mod category;
mod reasons;
mod urgent;
mod warnings;

use std::rc::Rc;

use calcinosis_engine::assess;
use calcinosis_engine::flow::{Action, OwnQuestion};
use calcinosis_engine::text::{t, Lang};
use calcinosis_engine::Answers;
use yew::prelude::*;

use crate::components::page::HEADING_ID;
use crate::components::AnswersList;
use crate::format::tf;
use ask::Ask;
use category::{Likely, Others};
use urgent::Urgent;
use warnings::Warnings;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub lang: Lang,
    pub answers: Rc<Answers>,
    pub dropped: Rc<Vec<&'static str>>,
    pub own: Rc<Vec<OwnQuestion>>,
    pub on_action: Callback<Action>,
    pub on_edit: Callback<&'static str>,
}

/// Today's date in words ("22 November 2026"), from the browser's clock and locale data.
fn today(lang: Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(js_sys::Date::new_0().to_locale_date_string(lang.code(), &options))
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
pub fn ResultScreen(props: &ResultScreenProps) -> Html {
    let lang = props.lang;
    let a = use_memo(props.answers.clone(), |answers| assess(answers));
    let date = use_memo(lang, |lang| today(*lang));
    let act = |action: Action| props.on_action.reform(move |_: MouseEvent| action.clone());
    html! {
        <div class="screen result">
            <h2 id={HEADING_ID} tabindex="-1">{ t(lang, "ui.result.title") }</h2>
            <p class="print-only">{ tf(lang, "ui.prepared_on", &[("date", (*date).clone())]) }</p>
            <Urgent {lang} flags={a.red_flags.clone()} />
            <Likely {lang} ranking={a.ranking.clone()} undetermined={a.undetermined}
                would_help={a.would_help.clone()} on_edit={props.on_edit.clone()} />
            <Others {lang} ranking={a.ranking.clone()} undetermined={a.undetermined} />
            <Warnings {lang} warnings={a.warnings.clone()} on_edit={props.on_edit.clone()} />
            <Ask {lang} items={a.questions.clone()} dropped={props.dropped.clone()}
                own={props.own.clone()} on_action={props.on_action.clone()} />
            <section class="print-only" aria-labelledby="answers-title">
                <h3 id="answers-title">{ t(lang, "ui.your_answers") }</h3>
                <AnswersList {lang} answers={props.answers.clone()} answered_only=true />
            </section>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={Callback::from(|_| print())}>
                    { t(lang, "ui.print") }
                </button>
                <button type="button" class="secondary" onclick={act(Action::Review)}>
                    { t(lang, "ui.change_answers") }
                </button>
                <button type="button" class="secondary" onclick={act(Action::Restart)}>
                    { t(lang, "ui.restart") }
                </button>
            </div>
            <p class="disclaimer">{ t(lang, "ui.disclaimer") }</p>
        </div>
    }
}
