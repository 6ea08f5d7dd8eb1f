//! Shared test helpers: build answers from JSON, checked like an answers file.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use calcinosis_engine::answers::{from_file, Answers};
use calcinosis_engine::assess::Assessment;
use calcinosis_engine::knowledge::Category;

/// Answers from a JSON object of answers; panics (in tests only) when a field is wrong.
pub fn answers(v: serde_json::Value) -> Answers {
    let file = serde_json::json!({"format": "calcinosis-aid/answers", "version": 1, "answers": v});
    from_file(&file.to_string()).unwrap_or_else(|e| panic!("bad test answers: {e}"))
}

pub fn fired(a: &Assessment, rule: &str) -> bool {
    a.ranking.iter().any(|r| {
        r.evidence_for
            .iter()
            .chain(&r.evidence_against)
            .any(|e| e.rule == rule)
    })
}

pub fn rank_of(a: &Assessment, c: Category) -> usize {
    a.ranking.iter().position(|r| r.category == c).unwrap()
}
