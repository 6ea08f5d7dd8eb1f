//! The app: one reducer over the engine's `Questionnaire`, one screen per step, and the
//! side effects: focus and page title follow the screen, and the answers are kept on the
//! device when the person asks (`keep`).

use std::rc::Rc;

use calcinosis_engine::flow::{Action, Change, Questionnaire, Step};
use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use crate::components::page::{history_field, use_document_lang, use_history, use_screen_focus};
use crate::components::{lang_switch, reset_lang_switch};
use crate::components::{my_answers, unreadable_notice};
use crate::keep::{use_keep, Kept};
use crate::raw::Raw;
use crate::screens::{about, intro, result, review, section, SectionActions};
use calcinosis_engine::text::{set_voice, Who};

/// The engine's questionnaire as a Yew reducer (a newtype: trait and type are both foreign),
/// with a revision that every action moves on: effects that follow the state compare it
/// instead of the whole questionnaire.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flow(pub Questionnaire, pub u32);

impl Reducible for Flow {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        // Never a language whose texts are not there (the app fetches them first: `texts`).
        if !calcinosis_engine::text::available(next.lang) {
            next.lang = self.0.lang;
        }
        // A host page that hides the intro: Back and Restart go to the first questions.
        if next.step == Step::Intro && crate::config::get().hide_intro {
            next.apply(Action::Start);
        }
        Rc::new(Flow(next, self.1.wrapping_add(1)))
    }
}

/// A click handler that sends `action`.
pub fn click(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| action.clone())
}

/// Enter in a field of a section (a box, an option, a number: not a list, a button or a
/// link, which Enter works themselves) goes on to the next screen, as in a web form.
fn enter_goes_on(on_action: &Callback<Action>) -> Callback<KeyboardEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: KeyboardEvent| {
        let in_field = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some();
        if e.key() == "Enter" && in_field && !e.is_composing() {
            e.prevent_default();
            on_action.emit(Action::Next);
        }
    })
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where to begin; the intro when absent (tests start further on).
    #[prop_or_default]
    pub start: Option<Questionnaire>,
    /// Whether "Keep my answers" is on, and kept answers that could not be read.
    #[prop_or_default]
    pub kept: Kept,
    /// The language whose texts could not be fetched at the start, the app starting in the
    /// other: it says so (`texts`).
    #[prop_or_default]
    pub texts_failed: Option<Lang>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.start.clone();
    let flow = use_reducer(move || Flow(start.unwrap_or_default(), 0));
    let d = flow.dispatcher();
    // The question fields compare their props: their callback must stay the same one.
    let on_change = use_callback(d.clone(), |c: Change, d| d.dispatch(Action::Set(c)));
    let on_action = Callback::from(move |a: Action| d.dispatch(a));
    let on_edit = on_action.reform(Action::Edit);
    let on_goto = on_action.reform(Action::GoTo);
    // A language is switched to once its texts are there (fetched first: `texts`); if they
    // cannot be fetched the aid stays as it is, and says so.
    // (Only the last choice counts: one made while a language is on its way wins.)
    let texts_failed = use_state_eq(|| props.texts_failed);
    let chosen = use_mut_ref(|| None);
    let on_set_lang = {
        let (on_action, failed, chosen) = (on_action.clone(), texts_failed.clone(), chosen.clone());
        let current = flow.0.lang;
        Callback::from(move |lang| {
            let (on_action, failed, last) = (on_action.clone(), failed.clone(), chosen.clone());
            *chosen.borrow_mut() = Some(lang);
            crate::texts::ensure(lang, move |ok| {
                if *last.borrow() != Some(lang) {
                    return;
                }
                failed.set((!ok).then_some(lang));
                if ok {
                    on_action.emit(Action::SetLang(lang));
                } else {
                    reset_lang_switch(current);
                }
            });
        })
    };
    // Saving to this device, when the person asked for it: one effect, after every change.
    let keep = use_keep(&flow, &props.kept);
    let q = &flow.0;
    let lang = q.lang;
    // Every text below speaks about the person the answers are about (`text::voice`).
    set_voice(Who::of(&q.answers));
    use_screen_focus(lang, q.step, q.nav, q.focus);
    use_document_lang(lang);
    let unsaved = !keep.on && !q.answers.is_empty();
    use_history(q.step, unsaved);

    let act = |a: Action| click(&on_action, a);
    let screen = match q.step {
        Step::Intro => intro(lang, &act(Action::Start)),
        Step::Section(s) => section(
            q,
            s,
            &SectionActions {
                on_change: &on_change,
                on_goto: &on_goto,
                on_back: &act(Action::Back),
                on_next: &act(Action::Next),
                on_enter: &enter_goes_on(&on_action),
                on_review: &act(Action::Review),
            },
        ),
        Step::Review => review(
            lang,
            &q.answers,
            &on_edit,
            &on_goto,
            &act(Action::Back),
            &act(Action::ShowResult),
        ),
        Step::Result => result(q, &on_action, &on_edit),
        Step::About => about(lang, &act(Action::CloseAbout)),
    };
    html! {
        <>
            { Raw::new().el(r##"a class="skip-link" href="#main""##, t(lang, "ui.skip_link")).html() }
            <header class={if q.step == Step::Intro { "app-header bare" } else { "app-header" }}>
                if q.step != Step::Intro {
                    { Raw::new().el(r#"h1 class="brand""#, t(lang, "ui.app_name")).html() }
                }
                { lang_switch(lang, &on_set_lang) }
            </header>
            <main id="main" tabindex="-1">
                if let Some(failed) = *texts_failed {
                    { crate::texts::failed_notice(failed) }
                }
                { unreadable_notice(lang, &flow, &keep) }
                { screen }
            </main>
            { history_field(&on_action.reform(Action::Show)) }
            <footer class="app-footer no-print">
                { my_answers(lang, &flow, &keep) }
                if q.step != Step::Intro {
                    { Raw::new().el("p", t(lang, "ui.not_a_diagnosis")).html() }
                }
                if q.step != Step::About {
                    <button type="button" class="link" onclick={act(Action::ShowAbout)}>
                        { t(lang, "ui.about_link") }
                    </button>
                }
            </footer>
        </>
    }
}
