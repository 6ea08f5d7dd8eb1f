//! The physician's review vignettes (engine/tests/review-vignettes/, with what a careful
//! clinician requires of each in its `expect.json`): 44 patients run through `assess`.
//! Each must show a most urgent red flag within [min_urgency, max_urgency], rank a category
//! of `accept_top` first unless the aid cannot tell yet, never label a category of
//! `forbid_likely` likely, and label nothing likely where `must_not_commit`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use calcinosis_engine::answers::from_file;
use calcinosis_engine::assess::{assess, Assessment, Label, Warning};
use calcinosis_engine::knowledge::Urgency;

/// emergency > same_day > soon > no flag.
fn rank(u: Option<&str>) -> u8 {
    match u {
        Some("emergency") => 3,
        Some("same_day") => 2,
        Some("soon") => 1,
        _ => 0,
    }
}

fn urgency_name(a: &Assessment) -> Option<&'static str> {
    a.red_flags.first().map(|f| match f.urgency {
        Urgency::Emergency => "emergency",
        Urgency::SameDay => "same_day",
        Urgency::Soon => "soon",
    })
}

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/review-vignettes")
}

fn load(file: &str) -> Assessment {
    let text = std::fs::read_to_string(dir().join(file)).unwrap();
    assess(&from_file(&text).unwrap_or_else(|e| panic!("{file}: {e}")))
}

#[test]
fn every_review_vignette_meets_the_clinicians_expectation() {
    let expect: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir().join("expect.json")).unwrap()).unwrap();
    assert_eq!(expect.len(), 44, "the review has 44 vignettes");
    let mut failures = Vec::new();
    for e in &expect {
        let file = e["file"].as_str().unwrap();
        let a = load(file);
        let got = urgency_name(&a);
        let top = a.top().unwrap();
        let likely: Vec<&str> = a
            .ranking
            .iter()
            .filter(|r| r.label == Label::Likely)
            .map(|r| r.category.id())
            .collect();
        let mut why = Vec::new();
        let min = e["min_urgency"].as_str();
        if rank(got) < rank(min) {
            why.push(format!("urgency {got:?} below {min:?}"));
        }
        if let Some(max) = e["max_urgency"].as_str() {
            if rank(got) > rank(Some(max)) {
                why.push(format!("urgency {got:?} above {max}"));
            }
        }
        let accept: Vec<&str> = e["accept_top"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        if !a.undetermined && !accept.is_empty() && !accept.contains(&top.category.id()) {
            why.push(format!("top {} not in {accept:?}", top.category.id()));
        }
        for f in e["forbid_likely"].as_array().unwrap() {
            if likely.contains(&f.as_str().unwrap()) {
                why.push(format!("{} labelled likely", f.as_str().unwrap()));
            }
        }
        if e["must_not_commit"].as_bool().unwrap() && !likely.is_empty() {
            why.push(format!("{likely:?} labelled likely without confirmation"));
        }
        let flags: Vec<&str> = a.red_flags.iter().map(|f| f.id).collect();
        println!(
            "{:<4} {:<8} top {} ({:?}, {}) flags {:?}",
            &file[..3],
            if why.is_empty() { "pass" } else { "FAIL" },
            top.category.id(),
            top.label,
            top.score,
            flags
        );
        if !why.is_empty() {
            failures.push(format!("{file}: {}", why.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 44 vignettes fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn wrong_unit(a: &Assessment, question: &str) -> Option<&'static str> {
    a.warnings.iter().find_map(|w| match w {
        Warning::WrongUnit {
            question: q,
            suggested,
        } if *q == question => Some(*suggested),
        _ => None,
    })
}

/// Review F4: a value that only makes sense in the other unit is questioned.
#[test]
fn mmol_values_typed_as_mg_dl_get_a_unit_question() {
    let v32 = load("v32-unit-confusion-ca-3-1-mmol-typed-as-mgdl-hypercalcaemia-missed-61m.json");
    assert_eq!(wrong_unit(&v32, "calcium"), Some("mmol/L"));
    let v34 = load("v34-unit-confusion-ca-2-9-mmol-typed-as-mgdl-implausible-phpt-47f.json");
    assert_eq!(wrong_unit(&v34, "calcium"), Some("mmol/L"));
    let v33 = load("v33-unit-confusion-phos-2-6-mmol-typed-as-mgdl-hd-calciphylaxis-60f.json");
    assert_eq!(wrong_unit(&v33, "phosphate"), Some("mmol/L"));
}

/// Review F8: a plausible abnormal value is never offered a unit that turns it normal.
#[test]
fn plausible_abnormal_values_are_not_offered_another_unit() {
    let v24 = load("v24-vitamin-d-intoxication-toddler-180ngml-ca-13-thirst-18mo.json");
    assert_eq!(wrong_unit(&v24, "vitamin_d"), None, "{:?}", v24.warnings);
    let v41 =
        load("v41-suppressed-pth-6-pgml-hypercalcaemia-of-malignancy-unit-suggestion-70m.json");
    assert_eq!(wrong_unit(&v41, "pth"), None, "{:?}", v41.warnings);
}
