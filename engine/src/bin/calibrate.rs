//! `calibrate`: choose the constants of `knowledge::priors` from the published cases that
//! are not sealed, and print them as Rust source with what they give.
//!
//! `cargo run -p calcinosis-engine --bin calibrate`

use std::path::Path;
use std::process::ExitCode;

use calcinosis_engine::calibrate::calibrate;
use calcinosis_engine::validation::read_parts;

fn main() -> ExitCode {
    use std::io::Write;
    match read_parts(Path::new(env!("CARGO_MANIFEST_DIR"))) {
        Ok(parts) => {
            let _ = std::io::stdout().write_all(calibrate(&parts).report().as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
