//! The wasm's entry points. `main` does nothing: start.js reads and checks the page's
//! settings first, writes them on the app's root element, then calls `mount`.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Render the app into `root`, with the settings start.js wrote on it (see
/// `calcinosis_aid::config::Config::from_root`), and the texts start.js fetched with the
/// wasm, if it did (a language's pack, `text::install_any_pack`): with them the app renders
/// at once, within this call. Without them, or when they are refused, the app fetches the
/// texts it needs itself.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, texts: Option<Vec<u8>>) {
    if let Some(bytes) = texts {
        let _ = calcinosis_engine::text::install_any_pack(&bytes);
    }
    let config = calcinosis_aid::config::Config::from_root(&root);
    calcinosis_aid::mount(root, config);
}
