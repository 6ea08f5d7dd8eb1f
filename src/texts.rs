//! The Spanish texts, fetched when the aid is to speak Spanish: the app's own wasm is built
//! without them (the engine's `spanish-compiled`), so that an English visitor never
//! downloads them. `es.pack` comes from the aid's folder (src/io.js) and is installed in the
//! engine's catalog (`text::install_pack`), which refuses a pack of another build.

use calcinosis_engine::text::{available, install_pack, page::PACK_FAILED, Lang};
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
/// (English; Spanish compiled in or already fetched), else once its pack is fetched and
/// installed; `done(false)` when it could not be fetched or was refused.
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

/// The notice that Spanish could not be loaded: in both languages, the page being English.
pub fn failed_notice() -> Html {
    let (en, es) = PACK_FAILED;
    html! {
        <div class="notice problem no-print" role="alert">
            <p>{ en }</p>
            <p lang="es">{ es }</p>
        </div>
    }
}
