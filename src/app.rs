//! The app: one reducer over the engine's `Questionnaire`, one screen per step, and the
//! side effects: focus and page title follow the screen, and the answers are kept on the
//! device when the person asks (`keep`).

use std::rc::Rc;

use calcinosis_engine::flow::{Action, Change, Questionnaire, Step};
use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::text::t;
use yew::prelude::*;

use crate::components::page::{use_document_lang, use_screen_focus};
use crate::components::LangSwitch;
use crate::components::{my_answers, unreadable_notice};
use crate::keep::{use_keep, Kept};
use crate::screens::{About, Intro, ResultScreen, Review, SectionScreen};

/// The engine's questionnaire as a Yew reducer (a newtype: trait and type are both foreign).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flow(pub Questionnaire);

impl Reducible for Flow {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(Flow(next))
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where to begin; the intro when absent (tests start further on).
    #[prop_or_default]
    pub start: Option<Questionnaire>,
    /// Whether "Keep my answers" is on, and kept answers that could not be read.
    #[prop_or_default]
    pub kept: Kept,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.start.clone();
    let flow = use_reducer(move || Flow(start.unwrap_or_default()));
    let d = flow.dispatcher();
    let on_action = use_callback(d.clone(), |a: Action, d| d.dispatch(a));
    let on_change = use_callback(d.clone(), |c: Change, d| d.dispatch(Action::Set(c)));
    let on_edit = use_callback(d.clone(), |id: &'static str, d| {
        d.dispatch(Action::Edit(id))
    });
    let on_goto = use_callback(d.clone(), |s: Section, d| d.dispatch(Action::GoTo(s)));
    let on_set_lang = use_callback(d, |l, d| d.dispatch(Action::SetLang(l)));
    // Saving to this device, when the person asked for it: one effect, after every change.
    let keep = use_keep(&flow, &props.kept);
    let q = &flow.0;
    let lang = q.lang;
    use_screen_focus(lang, q.step, q.nav, q.focus);
    use_document_lang(lang);

    let act = |a: Action| on_action.reform(move |_: ()| a.clone());
    let answers = Rc::new(q.answers.clone());
    let screen = match q.step {
        Step::Intro => html! {
            <Intro {lang} on_start={act(Action::Start)} />
        },
        Step::Section(section) => html! {
            <SectionScreen {lang} {section} answers={answers.clone()}
                entries={Rc::new(q.entries.clone())}
                visited={q.visited.clone()}
                reviewed={q.reviewed} on_change={on_change.clone()} on_goto={on_goto.clone()}
                on_back={act(Action::Back)} on_next={act(Action::Next)}
                on_review={act(Action::Review)} />
        },
        Step::Review => html! {
            <Review {lang} answers={answers.clone()} on_edit={on_edit.clone()}
                on_goto={on_goto.clone()} on_back={act(Action::Back)}
                on_next={act(Action::ShowResult)} />
        },
        Step::Result => html! {
            <ResultScreen {lang} answers={answers.clone()} dropped={Rc::new(q.dropped.clone())}
                own={Rc::new(q.own.clone())} on_action={on_action.clone()}
                on_edit={on_edit.clone()} />
        },
        Step::About => html! { <About {lang} on_close={act(Action::CloseAbout)} /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, "ui.skip_link") }</a>
            <header class={classes!("app-header", (q.step == Step::Intro).then_some("bare"))}>
                if q.step != Step::Intro {
                    <h1 class="brand">{ t(lang, "ui.app_name") }</h1>
                }
                <LangSwitch {lang} on_set={on_set_lang} />
            </header>
            <main id="main" tabindex="-1">
                { unreadable_notice(lang, &flow, &keep) }
                { screen }
            </main>
            <footer class="app-footer no-print">
                { my_answers(lang, &flow, &keep) }
                if q.step != Step::Intro {
                    <p>{ t(lang, "ui.not_a_diagnosis") }</p>
                }
                if q.step != Step::About {
                    <button type="button" class="link" onclick={act(Action::ShowAbout).reform(|_| ())}>
                        { t(lang, "ui.about_link") }
                    </button>
                }
            </footer>
        </>
    }
}
