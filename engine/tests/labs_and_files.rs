//! Lab reading (units, age-specific ranges, wrong-unit and impossible values, derived
//! values) and the answers file decoder (round trip, errors naming the field, arbitrary
//! bytes never panic).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use calcinosis_engine::answers::{from_file, to_file, AnswersError, MAX_FILE_BYTES};
use calcinosis_engine::assess::{assess, Warning};
use calcinosis_engine::knowledge::{Analyte, Level};
use calcinosis_engine::labs::{convert, read, Labs};
use common::answers;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn the_same_phosphate_is_normal_in_a_toddler_and_high_in_an_adult() {
    // 6.0 mg/dL: inside 3.1-6.0 at 1-3 years, above 2.6-4.5 in adults [S43][S93].
    let toddler = answers(
        json!({"age": {"value": 2, "unit": "years"}, "phosphate": {"value": 6.0, "unit": "mg/dL"}}),
    );
    let adult = answers(
        json!({"age": {"value": 40, "unit": "years"}, "phosphate": {"value": 6.0, "unit": "mg/dL"}}),
    );
    assert_eq!(
        read(&toddler, Analyte::Phosphate).unwrap().level,
        Some(Level::Normal)
    );
    assert_eq!(
        read(&adult, Analyte::Phosphate).unwrap().level,
        Some(Level::High)
    );
    // A baby's age in months is read as months.
    let baby = answers(
        json!({"age": {"value": 6, "unit": "months"}, "phosphate": {"value": 6.0, "unit": "mg/dL"}}),
    );
    assert_eq!(
        read(&baby, Analyte::Phosphate).unwrap().range,
        Some((3.5, 6.6))
    );
}

#[test]
fn units_convert_both_ways() {
    assert!((convert(Analyte::Calcium, 2.5, "mmol/L", "mg/dL").unwrap() - 10.02).abs() < 0.01);
    assert!((convert(Analyte::Phosphate, 6.8, "mg/dL", "mmol/L").unwrap() - 2.196).abs() < 0.01);
    assert!((convert(Analyte::VitaminD, 150.0, "ng/mL", "nmol/L").unwrap() - 375.0).abs() < 0.01);
    assert!((convert(Analyte::Creatinine, 4.4, "mg/dL", "umol/L").unwrap() - 389.0).abs() < 1.0);
    assert!(convert(Analyte::Calcium, 2.5, "mmol/L", "furlongs").is_none());
    // A value in mmol/L is read on the same range as in mg/dL.
    let a = answers(
        json!({"age": {"value": 40, "unit": "years"}, "calcium": {"value": 2.9, "unit": "mmol/L"}}),
    );
    assert_eq!(read(&a, Analyte::Calcium).unwrap().level, Some(Level::High));
}

#[test]
fn calcium_entered_in_the_wrong_unit_is_caught_and_not_used() {
    let a = answers(
        json!({"age": {"value": 40, "unit": "years"}, "calcium": {"value": 2.4, "unit": "mg/dL"}}),
    );
    let r = read(&a, Analyte::Calcium).unwrap();
    assert!(!r.usable);
    assert_eq!(r.suggested_unit, Some("mmol/L"));
    let x = assess(&a);
    assert!(x.warnings.contains(&Warning::WrongUnit {
        question: "calcium",
        suggested: "mmol/L"
    }));
    assert!(!x
        .ranking
        .iter()
        .any(|r| r.evidence_for.iter().any(|e| e.rule == "met_calcium_high")));
    // The other direction: 9.4 entered as mmol/L looks like mg/dL.
    let b = answers(json!({"calcium": {"value": 9.4, "unit": "mmol/L"}}));
    assert_eq!(
        read(&b, Analyte::Calcium).unwrap().suggested_unit,
        Some("mg/dL")
    );
}

#[test]
fn impossible_values_are_flagged_and_ignored() {
    let a = answers(
        json!({"phosphate": {"value": 480, "unit": "mg/dL"}, "age": {"value": 300, "unit": "years"}}),
    );
    let x = assess(&a);
    assert!(x.warnings.contains(&Warning::Implausible {
        question: "phosphate",
        high: true
    }));
    assert!(x.warnings.contains(&Warning::ImplausibleAge));
    assert!(x.labs.reading(Analyte::Phosphate).is_none());
    assert!(
        x.questions.iter().all(|q| q.params.is_empty()),
        "an impossible value was quoted"
    );
}

#[test]
fn corrected_calcium_and_the_product_are_derived() {
    // 8.0 mg/dL with albumin 2.0 g/dL: 8.0 + 0.8 x 2.0 = 9.6 [S47].
    let a = answers(json!({
        "age": {"value": 50, "unit": "years"},
        "calcium": {"value": 8.0, "unit": "mg/dL"}, "albumin": {"value": 20, "unit": "g/L"},
        "phosphate": {"value": 6.0, "unit": "mg/dL"}
    }));
    let labs = Labs::from_answers(&a);
    assert!((labs.derived.corrected_calcium.unwrap() - 9.6).abs() < 1e-9);
    assert_eq!(
        labs.level(Analyte::Calcium),
        Some(Level::Normal),
        "corrected calcium is used when albumin is low"
    );
    assert!((labs.derived.ca_x_p.unwrap() - 57.6).abs() < 1e-9);
}

#[test]
fn contradictions_are_reported_and_answers_kept() {
    let a = answers(
        json!({"size": "under_5mm", "looks": ["large_mass"], "infection_signs": ["none", "fever"]}),
    );
    let x = assess(&a);
    assert!(x.warnings.iter().any(|w| matches!(
        w,
        Warning::Contradiction {
            id: "small_but_large_mass",
            ..
        }
    )));
    assert!(x.warnings.iter().any(|w| matches!(
        w,
        Warning::Contradiction {
            id: "none_and_something",
            ..
        }
    )));
    // The specific answer wins over "none": the fever is still a red flag.
    assert!(x.red_flags.iter().any(|f| f.id == "infection_fever"));
}

#[test]
fn hidden_questions_and_options_are_ignored() {
    let a = answers(
        json!({"sex": "female", "sites": ["scrotum"], "kidney": "none", "dialysis_years": "over_5"}),
    );
    let x = assess(&a);
    assert!(!x.ranking.iter().any(|r| r
        .evidence_for
        .iter()
        .any(|e| e.rule == "idi_scrotum" || e.rule == "cal_dialysis_over_5_years")));
}

#[test]
fn answers_files_round_trip() {
    let a = answers(
        json!({"age": {"value": 34, "unit": "years"}, "sites": ["fingers", "elbow"], "warfarin": "unknown", "phosphate": {"value": 6.8, "unit": "mg/dL"}}),
    );
    assert_eq!(from_file(&to_file(&a)).unwrap(), a);
}

#[test]
fn bad_files_name_the_problem() {
    assert!(matches!(
        from_file("{\"format\": \"calcinosis-aid/answers\", \"vers"),
        Err(AnswersError::NotJson { .. })
    ));
    assert_eq!(
        from_file("{\"hello\": 1}"),
        Err(AnswersError::NotAnswersFile)
    );
    assert_eq!(
        from_file(r#"{"format":"calcinosis-aid/answers","version":9,"answers":{}}"#),
        Err(AnswersError::NewerVersion { version: 9 })
    );
    let e = from_file(r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"sex":"yes"}}"#)
        .unwrap_err();
    assert!(e.to_string().contains("answers.sex"), "{e}");
    let e = from_file(r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"calcium":{"value":9,"unit":"kg"}}}"#).unwrap_err();
    assert!(
        e.to_string().contains("answers.calcium") && e.to_string().contains("mmol/L"),
        "{e}"
    );
    let e = from_file(
        r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"shoe_size":"42"}}"#,
    )
    .unwrap_err();
    assert_eq!(
        e,
        AnswersError::UnknownQuestion {
            field: "shoe_size".into()
        }
    );
    let big = "x".repeat(MAX_FILE_BYTES + 1);
    assert!(matches!(
        from_file(&big),
        Err(AnswersError::TooLarge { .. })
    ));
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = from_file(&text);
    }

    #[test]
    fn mangled_valid_files_give_a_clean_result(cut in 0usize..400, flip in 0usize..400, byte in any::<u8>()) {
        let a = answers(json!({"age": {"value": 34, "unit": "years"}, "sites": ["fingers"], "calcium": {"value": 2.4, "unit": "mmol/L"}}));
        let mut bytes = to_file(&a).into_bytes();
        if let Some(b) = bytes.get_mut(flip) { *b = byte; }
        bytes.truncate(cut.max(1));
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(decoded) = from_file(&text) {
            // Whatever decodes is a valid answer set the engine can assess.
            let _ = assess(&decoded);
        }
    }
}
