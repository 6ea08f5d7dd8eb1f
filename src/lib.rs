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
mod texts;

pub use app::App;

use calcinosis_engine::flow::{Action, Questionnaire, Step};

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

/// Once the texts of the language to start in are there (each language's are fetched
/// first, the loading text staying meanwhile), renders; in the other language with a
/// notice when they cannot be fetched, and a plain message in both when neither can.
fn render(root: web_sys::Element, start: Questionnaire, kept: keep::Kept) {
    let wanted = start.lang;
    texts::ensure_either(wanted, move |there| {
        let Some(lang) = there else {
            texts::show_no_texts(&root);
            return;
        };
        let mut start = start;
        start.lang = lang;
        show(root, start, kept, (lang != wanted).then_some(wanted));
    });
}

fn show(
    root: web_sys::Element,
    mut start: Questionnaire,
    kept: keep::Kept,
    texts_failed: Option<calcinosis_engine::text::Lang>,
) {
    // Straight to the first questions when the host page hides the intro, or when Start was
    // pressed on index.html's static first screens: without moving the focus (the first
    // screen keeps the browser's own; on the static questions start.js gives it back).
    let started = started_on_static_screens(&root);
    if start.step == Step::Intro && (started || config::get().hide_intro) {
        start.apply(Action::Start);
        start.nav = 0;
    }
    // Replace the "Loading…" text, or the static first screens, shown until the app starts.
    // (Not innerHTML: under Trusted Types only the app's own markup may go there.)
    root.set_text_content(None);
    let props = app::AppProps {
        start: Some(start),
        kept,
        texts_failed,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Whether index.html's static first screens (start.js, `screens::first`) show the first
/// questions, Start having been pressed there. Once the app has rendered, start.js enters
/// what was answered there into the app's fields, gives the focus back, and presses Next
/// if it was pressed. The root's static markers go.
fn started_on_static_screens(root: &web_sys::Element) -> bool {
    let person = root.get_attribute("data-screen").as_deref() == Some("person");
    for name in ["data-static", "data-screen"] {
        let _ = root.remove_attribute(name);
    }
    person
}

/// Talc instead of the standard library's dlmalloc: smaller in the wasm (about 2 KB gzip)
/// and faster. Single-threaded wasm only, which is what the app is built as.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
