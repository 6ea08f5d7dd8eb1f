//! The first two screens as static HTML, for index.html: the intro and the first questions
//! ("About you"), in English, rendered by Yew's server renderer from the app itself, so
//! that they are what the app shows. scripts/post-build writes `static/first-screens.html`
//! into the page; start.js shows the intro at once, so that a person can read it, press
//! Start and answer the first questions before the WebAssembly has arrived, and the app
//! takes over from what was entered there (`crate::started_on_static_screens`).
//!
//! A native test keeps the file current: `UPDATE_STATIC=1 cargo test -p calcinosis-aid
//! --lib` rewrites it after a change to these screens or their texts.

/// The app rendered to HTML by Yew's server renderer from the state `start` (native
/// tests: the static first screens here, every screen in each language in `languages`).
#[cfg(test)]
pub(crate) fn render(start: calcinosis_engine::flow::Questionnaire) -> String {
    use crate::app::{App, AppProps};
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps {
        start: Some(start),
        ..Default::default()
    })
    .hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread().build();
    let Ok(runtime) = runtime else {
        return String::new();
    };
    runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render()))
}

#[cfg(test)]
mod tests {
    use calcinosis_engine::flow::{Action, Questionnaire};
    use calcinosis_engine::text::Lang;

    use super::render;

    const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/first-screens.html");

    /// The intro, then the first questions in a template (start.js shows them on Start).
    fn first_screens() -> String {
        let intro = Questionnaire {
            lang: Lang::En,
            ..Default::default()
        };
        let mut person = intro.clone();
        person.apply(Action::Start);
        [
            render(intro),
            r#"<template data-screen="person">"#.to_string(),
            render(person),
            "</template>\n".to_string(),
        ]
        .concat()
    }

    #[test]
    fn static_first_screens_are_current() {
        let want = first_screens();
        if std::env::var_os("UPDATE_STATIC").is_some() {
            assert!(std::fs::write(FILE, &want).is_ok(), "cannot write {FILE}");
        }
        let have = std::fs::read_to_string(FILE).unwrap_or_default();
        assert!(
            have == want,
            "static/first-screens.html is not what the app renders: run \
             UPDATE_STATIC=1 cargo test -p calcinosis-aid --lib"
        );
    }

    #[test]
    fn the_static_screens_are_the_intro_and_the_first_questions() {
        let html = first_screens();
        let (intro, person) = html.split_once("<template").unwrap_or_default();
        assert!(intro.contains(">Calcinosis Aid</h1>") && intro.contains(">Start</button>"));
        assert!(!intro.contains("About you"));
        assert!(person.contains(">About you</h2>"));
        assert!(person.contains(r#"id="in-age""#) && person.contains(r#"name="sex""#));
        assert!(person.contains(">Next</button>") && person.contains(">Back</button>"));
    }
}
