//! The app's side effects on the page around it, all here: the page title names the screen,
//! the keyboard focus moves to the new screen's heading (or to the question being edited)
//! so that screen reader and keyboard users start at the top of what changed, and `lang`
//! follows the language chosen. As a guest on another site's page (`config::embedded`) the
//! app sets `lang` on its own root only and leaves the page's title alone.

use calcinosis_engine::flow::Step;
use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::text::{t, t_parts, Lang};
use wasm_bindgen::prelude::wasm_bindgen;
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

#[wasm_bindgen(module = "/src/io.js")]
extern "C" {
    fn screen(step: &str, unsaved: bool);
}

/// A screen's name in the browser's history (its entry's state holds the step only, never
/// an answer).
fn step_id(step: Step) -> &'static str {
    match step {
        Step::Intro => "intro",
        Step::Section(s) => s.id(),
        Step::Review => "review",
        Step::Result => "result",
        Step::About => "about",
    }
}

/// On the aid's own page, each screen is an entry of the browser's history, so that the
/// browser's Back and Forward move between screens (`history_field`); and leaving the page
/// asks first while `unsaved` (there are answers, and they are not kept on this device: a
/// reload keeps them for the tab, closing it does not). The plumbing is in src/io.js.
#[hook]
pub fn use_history(step: Step, unsaved: bool) {
    use_effect_with((step, unsaved), move |&(step, unsaved)| {
        if !crate::config::get().embedded {
            screen(step_id(step), unsaved);
        }
    });
}

/// The hidden field src/io.js enters a step into when the person goes Back or Forward:
/// `show` gets the step.
pub fn history_field(show: &Callback<Step>) -> Html {
    let show = show.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let id = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        let steps = [Step::Intro, Step::Review, Step::Result, Step::About];
        let sections = Section::ALL.into_iter().map(Step::Section);
        if let Some(step) = steps
            .into_iter()
            .chain(sections)
            .find(|s| step_id(*s) == id)
        {
            show.emit(step);
        }
    });
    html! { <input type="hidden" id="history-step" {oninput} /> }
}
