//! The saved state: round trip, migration from an answers file, clear errors, and no panic
//! on arbitrary bytes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use calcinosis_engine::answers::{to_file, Answer, AnswersError};
use calcinosis_engine::flow::{Action, Change, Questionnaire, Step};
use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::saved::{decode, encode, Saved, SavedError, MAX_OWN};
use calcinosis_engine::text::Lang;
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

/// The saved state as `serde_json` would write it: `encode` must give exactly this JSON.
fn as_json(s: &Saved) -> serde_json::Value {
    let answers: serde_json::Map<String, serde_json::Value> = s
        .answers
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::to_value(v).unwrap()))
        .collect();
    json!({
        "format": "calcinosis-aid/saved", "version": 1, "answers": answers,
        "step": s.step, "visited": s.visited, "lang": s.lang,
        "dropped": s.dropped, "own": s.own,
    })
}

#[test]
fn encode_writes_the_json_of_the_format() {
    let mut s = sample();
    s.step = None;
    s.own
        .push("quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} ü 漢 🦴".into());
    let text = encode(&s);
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed, as_json(&s));
    // Keys in the documented order.
    assert!(
        text.starts_with(r#"{"format":"calcinosis-aid/saved","version":1,"answers":{"#),
        "{text}"
    );
    assert_eq!(decode(&text).unwrap(), s);
}

fn walked() -> Questionnaire {
    let mut q = Questionnaire::default();
    q.apply(Action::SetLang(Lang::Es));
    q.apply(Action::Start);
    q.apply(Action::Set(Change::Choose("sex", "female")));
    q.apply(Action::Set(Change::Text("age", "34".into())));
    q.apply(Action::Next);
    q.apply(Action::Set(Change::Toggle("sites", "elbow")));
    q.apply(Action::Next);
    q
}

#[test]
fn a_questionnaire_is_resumed_where_it_was_left() {
    let q = walked();
    let back = decode(&encode(&Saved::of(&q))).unwrap().restore(Lang::En);
    assert_eq!(back.answers, q.answers);
    assert_eq!((back.step, back.lang), (q.step, Lang::Es));
    assert_eq!(back.visited, q.visited);
    assert_eq!(back.entry("age").text, "34");
    assert_eq!(back.nav, 0, "the first screen keeps the browser's focus");
    assert!(!back.reviewed);
}

#[test]
fn the_summary_and_its_choices_are_resumed() {
    let mut q = walked();
    for _ in 0..6 {
        q.apply(Action::Next);
    }
    q.apply(Action::ShowResult);
    assert_eq!(q.step, Step::Result);
    q.apply(Action::ToggleAsk("gen_diet"));
    q.apply(Action::AddOwn("Can I keep playing tennis?".into()));
    q.apply(Action::ShowAbout);
    let back = decode(&encode(&Saved::of(&q))).unwrap().restore(Lang::En);
    assert_eq!(
        back.step,
        Step::Result,
        "About is saved as the screen it was opened from"
    );
    assert!(back.reviewed);
    assert_eq!(back.dropped, vec!["gen_diet"]);
    assert_eq!(back.own, q.own);
}

#[test]
fn what_this_version_does_not_know_is_left_out_of_a_resumed_state() {
    let s = Saved {
        step: Some("moon".into()),
        visited: vec!["moon".into(), "lesion".into(), "lesion".into()],
        lang: Some("xx".into()),
        dropped: vec!["no_such_question".into()],
        own: vec!["  ".into(), "Mine".into()],
        ..sample()
    };
    let q = s.restore(Lang::Es);
    assert_eq!((q.step, q.lang), (Step::Review, Lang::Es));
    assert_eq!(q.visited, vec![Section::Lesion]);
    assert!(q.dropped.is_empty());
    assert_eq!(q.own.len(), 1);
    // A migrated answers file resumes at the review screen; no answers at all, at the intro.
    assert_eq!(
        decode(&to_file(&s.answers)).unwrap().restore(Lang::En).step,
        Step::Review
    );
    assert_eq!(Saved::default().restore(Lang::En).step, Step::Intro);
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..30).prop_map(|c| c.into_iter().collect())
}

proptest! {
    #[test]
    fn any_saved_state_round_trips_through_encode(
        step in proptest::option::of(text()),
        lang in proptest::option::of(text()),
        visited in proptest::collection::vec(text(), 0..5),
        dropped in proptest::collection::vec(text(), 0..5),
        own in proptest::collection::vec(text(), 0..5),
        thousandths in 0u32..10_000_000,
    ) {
        let mut s = Saved { step, lang, visited, dropped, own, ..sample() };
        s.answers.insert("phosphate".into(), Answer::Quantity {
            value: f64::from(thousandths) / 1000.0,
            unit: "mg/dL".into(),
        });
        let text = encode(&s);
        prop_assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), as_json(&s));
        prop_assert_eq!(decode(&text).unwrap(), s);
    }

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
