//! `validation`: measure the engine on the published cases and print `docs/validation.md`.
//!
//! `cargo run -p calcinosis-engine --bin validation > docs/validation.md`

use std::path::Path;
use std::process::ExitCode;

use calcinosis_engine::validation::{markdown, read_parts};

fn main() -> ExitCode {
    use std::io::Write;
    match read_parts(Path::new(env!("CARGO_MANIFEST_DIR"))) {
        Ok(parts) => {
            let _ = std::io::stdout().write_all(markdown(&parts).as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
