//! The wasm's entry points. `main` does nothing: start.js reads and checks the page's
//! settings first, then calls `mount`.

use calcinosis_aid::config::{Clinic, Config};
use calcinosis_engine::text::Lang;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Render the app into `root`. `lang` is a language code or empty (the browser's
/// preference); `clinic_phone` empty means no clinic line in the red-flag box; `embedded`
/// means a guest on another site's page.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    lang: &str,
    clinic_name: &str,
    clinic_phone: &str,
    hide_intro: bool,
    embedded: bool,
) {
    let config = Config {
        lang: Lang::from_code(lang),
        clinic: (!clinic_phone.is_empty()).then(|| Clinic {
            name: clinic_name.into(),
            phone: clinic_phone.into(),
        }),
        hide_intro,
        embedded,
        root: None,
    };
    calcinosis_aid::mount(root, config);
}
