//! What a person sees if the app panics: a plain message that no result is shown, in place
//! of a half-working page. Nothing is logged (the panic message could quote an answer).

use calcinosis_engine::text::{page::NO_TEXTS, t, Lang};

/// Install the hook; Yew would otherwise install its own, which logs to the console.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|_| show_message()));
}

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The app keeps its root's `lang` (and, on its own page, the document's) in step with
    // the language chosen. It may live in a shadow root: write into its root, not the host.
    let root = crate::config::get()
        .root
        .clone()
        .or_else(|| document.get_element_by_id(crate::ROOT_ID))
        .or_else(|| document.body().map(Into::into));
    let lang = root
        .iter()
        .chain(document.document_element().iter())
        .find_map(|e| e.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let (Some(root), Ok(message)) = (root, document.create_element("p")) else {
        return;
    };
    let _ = message.set_attribute("role", "alert");
    let _ = message.set_attribute("class", "panic");
    // In the language shown, else the other one whose texts are there, else a plain line in
    // both (the texts are fetched: none may be there yet).
    let text = [lang, lang.other()]
        .into_iter()
        .map(|l| t(l, "ui.panic"))
        .find(|s| !s.is_empty())
        .map_or_else(|| [NO_TEXTS.0, NO_TEXTS.1].join(" "), str::to_string);
    message.set_text_content(Some(&text));
    root.set_text_content(None);
    let _ = root.append_child(&message);
}
