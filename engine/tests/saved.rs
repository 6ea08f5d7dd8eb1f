//! The saved state: round trip, migration from an answers file, clear errors, and no panic
//! on arbitrary bytes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use calcinosis_engine::answers::{to_file, AnswersError};
use calcinosis_engine::saved::{decode, encode, Saved, SavedError, MAX_OWN};
use common::answers;
use proptest::prelude::*;
use serde_json::json;

fn sample() -> Saved {
    Saved {
        answers: answers(
            json!({"age": {"value": 7, "unit": "months"}, "sites": ["heel"], "heel_pricks": "yes"}),
        ),
        step: Some("history".into()),
        visited: vec!["person".into(), "lesion".into()],
        lang: Some("es".into()),
        dropped: vec!["gen_diet".into()],
        own: vec!["¿Puede volver a salir?".into()],
    }
}

#[test]
fn a_saved_state_round_trips() {
    assert_eq!(decode(&encode(&sample())).unwrap(), sample());
}

#[test]
fn an_answers_file_is_migrated_with_every_answer() {
    let s = sample();
    let migrated = decode(&to_file(&s.answers)).unwrap();
    assert_eq!(migrated.answers, s.answers);
    assert_eq!(migrated.step, None);
}

#[test]
fn problems_are_named_and_never_silent() {
    assert_eq!(decode(r#"{"todo": [1, 2]}"#), Err(SavedError::Foreign));
    assert_eq!(
        decode(r#"{"format": "calcinosis-aid/saved", "version": 7, "answers": {}}"#),
        Err(SavedError::NewerVersion { version: 7 })
    );
    assert!(matches!(
        decode("{\"format\": \"calcinosis-aid/sav"),
        Err(SavedError::Answers(AnswersError::NotJson { .. }))
    ));
    // A bad answer is an error naming the field, not a quietly shorter answer set.
    let e = decode(r#"{"format": "calcinosis-aid/saved", "version": 1, "answers": {"age": {"value": 3, "unit": "decades"}, "sex": "female"}}"#).unwrap_err();
    assert!(e.to_string().contains("answers.age"), "{e}");
}

#[test]
fn the_persons_own_questions_are_bounded() {
    let many: Vec<String> = (0..500)
        .map(|i| format!("question {i} {}", "x".repeat(900)))
        .collect();
    let text = json!({"format": "calcinosis-aid/saved", "version": 1, "answers": {}, "own": many})
        .to_string();
    let s = decode(&text).unwrap();
    assert_eq!(s.own.len(), MAX_OWN);
    assert!(s.own.iter().all(|q| q.chars().count() <= 500));
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..800)) {
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn truncated_or_mangled_saves_give_a_clean_result(cut in 0usize..600, at in 0usize..600, byte in any::<u8>()) {
        let mut b = encode(&sample()).into_bytes();
        if let Some(x) = b.get_mut(at) { *x = byte; }
        b.truncate(cut);
        let text = String::from_utf8_lossy(&b);
        match decode(&text) {
            Ok(s) => { let _ = calcinosis_engine::assess(&s.answers); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
