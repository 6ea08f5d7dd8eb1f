//! `textpack`: write static/es.pack, the Spanish texts that the app's own wasm (built
//! without `spanish-compiled`) fetches when the aid speaks Spanish (src/text/pack.rs). A
//! test fails when the committed file is not what this writes.
//!
//!   cargo run -p calcinosis-engine --bin textpack            writes static/es.pack
//!   cargo run -p calcinosis-engine --bin textpack -- FILE    writes FILE ("-": stdout)

use calcinosis_engine::text::{pack, Lang};

fn main() -> std::process::ExitCode {
    use std::io::Write;
    let bytes = pack(Lang::Es);
    let to = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../static/es.pack").to_string());
    let written = if to == "-" {
        std::io::stdout().write_all(&bytes)
    } else {
        std::fs::write(&to, &bytes)
    };
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("textpack: {to}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
