//! Calcinosis Aid's browser shell: a thin Yew app over `calcinosis_engine`.
//!
//! The engine owns the questionnaire state machine (`flow`), the reasoning and every
//! string; this crate only renders them and turns DOM events into engine actions. It never
//! logs or sends answers, and stores them only when the person asks (`keep`).

pub mod app;
mod components;
mod exchange;
mod format;
pub mod keep;
mod panic;
mod screens;

pub use app::App;

/// The id of the element the app mounts into (index.html provides it).
pub const ROOT_ID: &str = "calcinosis-aid";

/// Render the app into the element with id [`ROOT_ID`], or into the body when missing.
pub fn start() {
    panic::install();
    let lang = components::page::preferred_lang().unwrap_or_default();
    // Answers kept on this device (when the person asked for it) are read first.
    keep::load(lang, render);
}

fn render(start: calcinosis_engine::flow::Questionnaire, kept: keep::Kept) {
    let props = app::AppProps {
        start: Some(start),
        kept,
    };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID));
    match root {
        Some(root) => {
            // Replace the "Loading…" text index.html shows until the app starts.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
