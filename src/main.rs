//! The wasm's entry points. `main` does nothing: start.js reads and checks the page's
//! settings first, writes them on the app's root element, then calls `mount`.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Render the app into `root`, with the settings start.js wrote on it (see
/// `calcinosis_aid::config::Config::from_root`).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    let config = calcinosis_aid::config::Config::from_root(&root);
    calcinosis_aid::mount(root, config);
}
