//! `assess`: run the engine on answers files from the command line.
//!
//! `cargo run --bin assess -- answers.json` prints the assessment as JSON;
//! `cargo run --bin assess -- folder/` assesses every `.json` file in the folder and prints
//! one JSON object keyed by file name. `--lang es` writes the texts in Spanish (English by
//! default). A bad file gets a clear error naming the field and a non-zero exit code; the
//! other files of a folder are still assessed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use calcinosis_engine::answers::from_file;
use calcinosis_engine::report::report;
use calcinosis_engine::text::Lang;

fn assess_file(path: &Path, lang: Lang) -> Result<serde_json::Value, String> {
    // Serialize through Value only at the top so the report keeps its reading order.
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let answers = from_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::to_value(report(&answers, lang)).map_err(|e| e.to_string())
}

/// Print without panicking when stdout is closed early (e.g. piped into `head`).
fn print_json(v: &serde_json::Value) {
    use std::io::Write;
    let text = serde_json::to_string_pretty(v).unwrap_or_default();
    let _ = writeln!(std::io::stdout(), "{text}");
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut lang = Lang::En;
    if let Some(at) = args.iter().position(|a| a == "--lang") {
        let code = args.get(at + 1).cloned().unwrap_or_default();
        let Some(l) = Lang::from_code(&code) else {
            eprintln!("--lang: unknown language {code:?}; use en or es");
            return ExitCode::from(2);
        };
        lang = l;
        args.drain(at..=at + 1);
    }
    let (Some(target), 1) = (args.first(), args.len()) else {
        eprintln!("usage: assess [--lang en|es] <answers.json | folder>");
        return ExitCode::from(2);
    };
    let target = PathBuf::from(target);
    if target.is_dir() {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&target) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect(),
            Err(e) => {
                eprintln!("{}: {e}", target.display());
                return ExitCode::from(2);
            }
        };
        files.sort();
        let mut out = serde_json::Map::new();
        let mut failed = false;
        for f in files {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match assess_file(&f, lang) {
                Ok(v) => {
                    out.insert(name, v);
                }
                Err(e) => {
                    eprintln!("{e}");
                    failed = true;
                }
            }
        }
        print_json(&serde_json::Value::Object(out));
        if failed {
            return ExitCode::from(1);
        }
        ExitCode::SUCCESS
    } else {
        match assess_file(&target, lang) {
            Ok(v) => {
                print_json(&v);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        }
    }
}
