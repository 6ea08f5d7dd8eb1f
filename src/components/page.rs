//! The app's side effects on the page around it, all here: the page title names the screen,
//! the keyboard focus moves to the new screen's heading (or to the question being edited)
//! so that screen reader and keyboard users start at the top of what changed, and `lang`
//! follows the language chosen. As a guest on another site's page (`config::embedded`) the
//! app sets `lang` on its own root only and leaves the page's title alone.

use calcinosis_engine::flow::Step;
use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::text::{t, t_parts, Lang};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id every screen gives its main heading.
pub const HEADING_ID: &str = "screen-heading";

/// The id of a question's element, used by Edit links and the focus move.
pub fn question_anchor(id: &str) -> String {
    ["q-", id].concat()
}

/// The catalog key of a screen's title, in parts for `t_parts`.
fn title_key(step: Step) -> [&'static str; 2] {
    match step {
        Step::Intro => ["ui.tagline", ""],
        Step::Section(s) => ["section.", s.id()],
        Step::Review => ["ui.review.title", ""],
        Step::Result => ["ui.result.title", ""],
        Step::About => ["ui.about.title", ""],
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The app's element with this id. The app may live in a shadow root, which the document's
/// `getElementById` does not search: look inside the app's root when there is one.
fn by_id(id: &str) -> Option<web_sys::Element> {
    match &crate::config::get().root {
        Some(root) => root.query_selector(&format!("#{id}")).ok().flatten(),
        None => document()?.get_element_by_id(id),
    }
}

/// The language the browser prefers, when the catalog has it.
pub fn preferred_lang() -> Option<Lang> {
    let language = web_sys::window()?.navigator().language()?;
    Lang::from_code(&language)
}

#[hook]
pub fn use_document_lang(lang: Lang) {
    use_effect_with(lang, |lang| {
        let config = crate::config::get();
        let page = document()
            .and_then(|d| d.document_element())
            .filter(|_| !config.embedded);
        for root in config.root.iter().chain(page.iter()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
}

#[hook]
pub fn use_screen_focus(lang: Lang, step: Step, nav: u32, focus: Option<&'static str>) {
    use_effect_with((nav, lang), move |(nav, _)| {
        if !crate::config::get().embedded {
            if let Some(document) = document() {
                document.set_title(
                    &[
                        t_parts(lang, &title_key(step)),
                        " – ",
                        t(lang, "ui.app_name"),
                    ]
                    .concat(),
                );
            }
        }
        // The first screen keeps the browser's own starting focus.
        if *nav == 0 {
            return;
        }
        let target = focus.map_or_else(|| HEADING_ID.to_string(), question_anchor);
        let element = by_id(&target)
            .or_else(|| by_id(HEADING_ID))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// Asks the person `question` (the browser's own OK/Cancel dialog) before something that
/// cannot be undone. False when the browser cannot ask (a frame without allow-modals): then
/// nothing is lost.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// The history entry's state for a screen: the step only, never an answer.
fn step_state(step: Step) -> String {
    let id = match step {
        Step::Intro => "intro",
        Step::Section(s) => s.id(),
        Step::Review => "review",
        Step::Result => "result",
        Step::About => "about",
    };
    ["calcinosis-aid:", id].concat()
}

/// The screen a history entry's state names (`step_state`), if it is one of the aid's.
fn state_step(state: &str) -> Option<Step> {
    [Step::Intro, Step::Review, Step::Result, Step::About]
        .into_iter()
        .chain(Section::ALL.into_iter().map(Step::Section))
        .find(|s| step_state(*s) == state)
}

/// On the aid's own page, each screen is an entry of the browser's history (its state names
/// the step only), so that the browser's Back and Forward move between screens (`show`
/// takes a step back to); and leaving the page asks first while `unsaved` (there are
/// answers, and they are not kept on this device: a reload keeps them for the tab, closing
/// it does not).
#[hook]
pub fn use_history(step: Step, nav: u32, unsaved: bool, show: Callback<Step>) {
    let unsaved_now = use_mut_ref(|| false);
    *unsaved_now.borrow_mut() = unsaved;
    use_effect_with((), move |_| {
        let window = web_sys::window().filter(|_| !crate::config::get().embedded);
        let listeners = window.map(|window| {
            let on_pop = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
                let state = web_sys::window()
                    .and_then(|w| w.history().ok())
                    .and_then(|h| h.state().ok())
                    .and_then(|s| s.as_string());
                if let Some(step) = state.as_deref().and_then(state_step) {
                    show.emit(step);
                }
            });
            let on_leave = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                if *unsaved_now.borrow() {
                    e.prevent_default();
                    let _ = js_sys::Reflect::set(&e, &"returnValue".into(), &"1".into());
                }
            });
            for (name, f) in [("popstate", &on_pop), ("beforeunload", &on_leave)] {
                let _ = window.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
            }
            (window, on_pop, on_leave)
        });
        move || {
            if let Some((window, on_pop, on_leave)) = listeners {
                for (name, f) in [("popstate", &on_pop), ("beforeunload", &on_leave)] {
                    let _ = window
                        .remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
                }
            }
        }
    });
    use_effect_with(nav, move |_| {
        if crate::config::get().embedded {
            return;
        }
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        let state = step_state(step);
        let shown = history.state().ok().and_then(|s| s.as_string());
        if shown.as_deref() == Some(state.as_str()) {
            return;
        }
        let value = wasm_bindgen::JsValue::from_str(&state);
        // The first screen shown replaces the page's own entry; each later one is new.
        let _ = if shown.as_deref().and_then(state_step).is_some() {
            history.push_state(&value, "")
        } else {
            history.replace_state(&value, "")
        };
    });
}
