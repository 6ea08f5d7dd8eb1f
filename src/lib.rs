//! Calcinosis Aid's browser shell: a thin Yew app over `calcinosis_engine`.
//!
//! The engine owns the questionnaire state machine (`flow`), the reasoning and every
//! string; this crate only renders them and turns DOM events into engine actions. It never
//! logs or sends answers, and stores them only when the person asks (`keep`).

pub mod app;
mod components;
pub mod config;
mod exchange;
mod format;
pub mod keep;
mod panic;
mod raw;
mod screens;

pub use app::App;

use calcinosis_engine::answers::UNKNOWN;
use calcinosis_engine::flow::{unit_ids, Action, Change, Questionnaire, Step};
use calcinosis_engine::knowledge::questions::{Kind, Section};
use calcinosis_engine::reason::shown_questions;
use wasm_bindgen::JsCast;

/// The id of the element start.js mounts the app in (index.html and host pages provide it).
pub const ROOT_ID: &str = "calcinosis-aid";

/// Render the app into `root` (start.js makes it inside the mount element's shadow root)
/// with the settings start.js has checked. Answers kept on this device (when the person
/// asked for it) are read first.
pub fn mount(root: web_sys::Element, config: config::Config) {
    panic::install();
    let lang = config
        .lang
        .or_else(components::page::preferred_lang)
        .unwrap_or_default();
    config::set(config::Config {
        root: Some(root.clone()),
        ..config
    });
    keep::load(lang, move |start, kept| render(root, start, kept));
}

fn render(root: web_sys::Element, mut start: Questionnaire, kept: keep::Kept) {
    if config::get().hide_intro && start.step == Step::Intro {
        start.apply(Action::Start);
        // The first screen keeps the browser's own starting focus (see `use_screen_focus`).
        start.nav = 0;
    }
    take_over(&root, &mut start);
    // Replace the "Loading…" text, or the static first screens, shown until the app starts.
    root.set_inner_html("");
    let props = app::AppProps {
        start: Some(start),
        kept,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Takes over from the static first screens of index.html (start.js, `screens::first`):
/// when the person pressed Start there, the app opens at the first questions with what was
/// answered on them, and goes on to the next section if Next was pressed (else start.js
/// gives the focus back to where it was).
fn take_over(root: &web_sys::Element, start: &mut Questionnaire) {
    let person = root.get_attribute("data-screen").as_deref() == Some("person");
    let next = root.has_attribute("data-next");
    for name in ["data-static", "data-screen", "data-next"] {
        let _ = root.remove_attribute(name);
    }
    if !person || start.step != Step::Intro {
        return;
    }
    start.apply(Action::Start);
    if let Step::Section(section) = start.step {
        for change in static_answers(root, section, &start.answers) {
            start.apply(Action::Set(change));
        }
    }
    if next {
        start.apply(Action::Next);
    } else {
        // No focus move of the app's own: the person may be typing.
        start.nav = 0;
    }
}

/// The answers given in the static copy of `section`'s questions, read from its fields (the
/// ids the app's fields have: `<question>-<option>`, `in-<question>`, `unit-<question>`,
/// `<question>-unknown`, on the elements the app renders them with), as the changes the
/// app's own fields would have sent.
fn static_answers(
    root: &web_sys::Element,
    section: Section,
    answers: &calcinosis_engine::answers::Answers,
) -> Vec<Change> {
    let find = |id: &str| root.query_selector(&["#", id].concat()).ok().flatten();
    let checked = |id: &str| {
        find(id).is_some_and(|e| e.unchecked_into::<web_sys::HtmlInputElement>().checked())
    };
    let mut changes = Vec::new();
    for q in shown_questions(answers)
        .into_iter()
        .filter(|q| q.section == section)
    {
        let id = q.id;
        match q.kind {
            Kind::Single(opts) | Kind::Multi(opts) => {
                let multi = matches!(q.kind, Kind::Multi(_));
                for opt in opts.iter().map(|o| o.id).chain([UNKNOWN]) {
                    if checked(&[id, "-", opt].concat()) {
                        changes.push(if multi {
                            Change::Toggle(id, opt)
                        } else {
                            Change::Choose(id, opt)
                        });
                    }
                }
            }
            Kind::Age | Kind::Lab(_) => {
                let unit = find(&["unit-", id].concat())
                    .map(|e| e.unchecked_into::<web_sys::HtmlSelectElement>().value());
                if let Some(unit) = unit_ids(id)
                    .into_iter()
                    .find(|u| Some(*u) == unit.as_deref())
                {
                    changes.push(Change::Unit(id, unit));
                }
                let text = find(&["in-", id].concat())
                    .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>().value())
                    .unwrap_or_default();
                if !text.is_empty() {
                    changes.push(Change::Text(id, text));
                }
                if checked(&[id, "-unknown"].concat()) {
                    changes.push(Change::Unknown(id, true));
                }
            }
        }
    }
    changes
}

/// Talc instead of the standard library's dlmalloc: smaller in the wasm (about 2 KB gzip)
/// and faster. Single-threaded wasm only, which is what the app is built as.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
