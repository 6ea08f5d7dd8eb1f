//! The texts, fetched for the language the aid speaks: the app's own wasm is built without
//! them (the engine's `texts-compiled`), so that a visitor downloads one language and not
//! the other. `en.pack` or `es.pack` comes from the aid's folder (src/io.js) and is
//! installed in the engine's catalog (`text::install_pack`), which refuses a pack of
//! another build.

use calcinosis_engine::text::{available, install_pack, page::pack_failed, page::NO_TEXTS, Lang};
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[wasm_bindgen(module = "/src/io.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadPack)]
    fn load_pack(lang: &str, base: &str, done: JsValue);
}

/// Makes the texts of `lang` available, then calls `done(true)`: at once when they are
/// (compiled in, or already fetched), else once its pack is fetched and installed;
/// `done(false)` when it could not be fetched or was refused.
pub fn ensure(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if available(lang) {
        done(true);
        return;
    }
    let done = Closure::once_into_js(move |bytes: JsValue| {
        let installed = bytes
            .dyn_ref::<Uint8Array>()
            .is_some_and(|b| install_pack(lang, &b.to_vec()).is_ok());
        done(installed);
    });
    load_pack(lang.code(), &crate::config::get().base, done);
}

/// The texts of `lang`, else of the other language, then `done(Some(the one there))`;
/// `done(None)` when neither could be fetched.
pub fn ensure_either(lang: Lang, done: impl FnOnce(Option<Lang>) + 'static) {
    ensure(lang, move |ok| {
        if ok {
            done(Some(lang));
        } else {
            let fallback = lang.other();
            ensure(fallback, move |ok| done(ok.then_some(fallback)));
        }
    });
}

/// The notice that the texts of `lang` could not be loaded: in both languages, the page
/// being in the other one.
pub fn failed_notice(lang: Lang) -> Html {
    let (en, es) = pack_failed(lang);
    html! {
        <div class="notice problem no-print" role="alert">
            <p lang="en">{ en }</p>
            <p lang="es">{ es }</p>
        </div>
    }
}

/// Says in `root`, in both languages, that no texts could be loaded (a plain message in
/// place of the app; nothing else can be shown without texts).
pub fn show_no_texts(root: &web_sys::Element) {
    let Some(document) = root.owner_document() else {
        return;
    };
    root.set_text_content(None);
    for (code, text) in [("en", NO_TEXTS.0), ("es", NO_TEXTS.1)] {
        if let Ok(p) = document.create_element("p") {
            let _ = p.set_attribute("role", "alert");
            let _ = p.set_attribute("lang", code);
            p.set_text_content(Some(text));
            let _ = root.append_child(&p);
        }
    }
}
