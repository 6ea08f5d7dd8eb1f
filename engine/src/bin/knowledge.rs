//! `knowledge`: print the knowledge as Markdown for clinical review (docs/knowledge.md).

fn main() {
    use std::io::Write;
    let _ = std::io::stdout().write_all(calcinosis_engine::review::markdown().as_bytes());
}
