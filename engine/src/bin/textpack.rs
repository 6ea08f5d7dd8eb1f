//! `textpack`: write static/en.pack and static/es.pack, the texts that the app's own wasm
//! (built without `texts-compiled`) fetches for the language the aid speaks
//! (src/text/pack.rs). A test fails when a committed file is not what this writes.
//!
//!   cargo run -p calcinosis-engine --bin textpack            writes static/en.pack and static/es.pack
//!   cargo run -p calcinosis-engine --bin textpack -- DIR     writes DIR/en.pack and DIR/es.pack

use calcinosis_engine::text::{pack, Lang};

fn main() -> std::process::ExitCode {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../static").to_string());
    for lang in Lang::ALL {
        let to = std::path::Path::new(&dir).join(format!("{}.pack", lang.code()));
        if let Err(e) = std::fs::write(&to, pack(lang)) {
            eprintln!("textpack: {}: {e}", to.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}
