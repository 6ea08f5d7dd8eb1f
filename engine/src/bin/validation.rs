//! `validation`: measure the engine on the published cases and print `docs/validation.md`.
//!
//! `cargo run -p calcinosis-engine --bin validation > docs/validation.md`

use std::path::Path;
use std::process::ExitCode;

use calcinosis_engine::validation::{markdown, Part, PARTS};

/// Every `.json` file of a folder under engine/: (file name without `.json`, text).
fn files(folder: &str) -> Result<Vec<(String, String)>, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("engine/{folder}: {e}"))?;
    let mut out = Vec::new();
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{id}: {e}"))?;
        out.push((id, text));
    }
    Ok(out)
}

fn main() -> ExitCode {
    use std::io::Write;
    let mut parts = Vec::new();
    for spec in PARTS {
        match files(spec.1).and_then(|f| Part::from_files(spec, f)) {
            Ok(part) => parts.push(part),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
    }
    let _ = std::io::stdout().write_all(markdown(&parts).as_bytes());
    ExitCode::SUCCESS
}
