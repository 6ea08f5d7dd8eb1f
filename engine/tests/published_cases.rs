//! The published cases and what they say about the labels (issue 14, parts 3 and 5):
//! docs/validation.md is what `cargo run -p calcinosis-engine --bin validation` writes, every
//! file of the second set reads, the About screen's sentence on "likely" states the sealed
//! part's figures, and the measure itself counts what it says it counts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use calcinosis_engine::answers::{from_file, Answer, Answers};
use calcinosis_engine::knowledge::questions::{Section, QUESTIONS};
use calcinosis_engine::knowledge::Category;
use calcinosis_engine::text::{lookup, Lang};
use calcinosis_engine::validation::{markdown, measure, pct, read_parts, Case, Part, Thinning};

fn parts() -> Vec<Part> {
    read_parts(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{e}"))
}

/// docs/validation.md is what the command writes, byte for byte, and what the measure
/// computes on the cases read here.
#[test]
fn the_validation_document_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/validation.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validation"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = String::from_utf8(out.stdout).unwrap();
    assert!(
        written == markdown(&parts()),
        "the command and the measure differ"
    );
    assert!(
        committed == written,
        "docs/validation.md is stale: run `cargo run -p calcinosis-engine --bin validation > docs/validation.md`"
    );
}

/// Every file of cases-2 is an answers file the app can open, with a `case` naming one of
/// the eight categories and a citation; the folder holds nothing else but its README.
#[test]
fn every_case_of_the_second_set_decodes_and_names_a_category_and_a_citation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases-2");
    let mut problems = Vec::new();
    let mut counts = Vec::new();
    for part in ["tuning", "sealed"] {
        let dir = root.join(part);
        let mut n = 0;
        for path in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".json") {
                problems.push(format!("{part}/{name}: not a case file"));
                continue;
            }
            n += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err(e) = from_file(&text) {
                problems.push(format!("{part}/{name}: {e}"));
                continue;
            }
            let meta: serde_json::Value = serde_json::from_str(&text).unwrap();
            let case = &meta["case"];
            match case["expected"].as_str() {
                Some(id) if Category::from_id(id).is_some() => {}
                other => problems.push(format!("{part}/{name}: unknown category {other:?}")),
            }
            if case["citation"]
                .as_str()
                .is_none_or(|c| c.trim().is_empty())
            {
                problems.push(format!("{part}/{name}: no citation"));
            }
            if case["id"].as_str() != name.strip_suffix(".json") {
                problems.push(format!("{part}/{name}: case.id is {:?}", case["id"]));
            }
        }
        counts.push((part, n));
    }
    for entry in std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()) {
        let name = entry.file_name().unwrap().to_string_lossy().into_owned();
        if !["tuning", "sealed", "README.md"].contains(&name.as_str()) {
            problems.push(format!("cases-2/{name}: neither tuning nor sealed"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // Issue 14: at least 90 new cases, at least 45 of them sealed.
    let (tuning, sealed) = (counts[0].1, counts[1].1);
    assert!(
        sealed >= 45 && tuning + sealed >= 90,
        "tuning {tuning}, sealed {sealed}"
    );
}

/// The numbers written in a text, in order (either decimal separator).
fn numbers(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut s = String::new();
            while i < chars.len() {
                let c = chars[i];
                let decimal = (c == '.' || c == ',')
                    && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
                    && !s.is_empty();
                if c.is_ascii_digit() {
                    s.push(c);
                } else if decimal {
                    s.push('.');
                } else {
                    break;
                }
                i += 1;
            }
            out.push(s.parse().unwrap());
        } else {
            i += 1;
        }
    }
    out
}

/// The About screen's sentence on "likely" states, in every language, the sealed part's
/// figures as the validation computes them: cases, right "likely", "likely" said, and the
/// share said "likely" (one decimal). It fails when the model or the cases change until
/// the sentence is updated.
#[test]
fn the_about_sentence_on_likely_states_the_sealed_figures() {
    let parts = parts();
    let sealed = parts.iter().find(|p| p.sealed).unwrap();
    let f = measure(&sealed.cases, Thinning::Full);
    let share: f64 = pct(f.likely(), f.n())
        .trim_end_matches('%')
        .parse()
        .unwrap();
    let want = vec![
        f.n() as f64,
        f.likely_right() as f64,
        f.likely() as f64,
        share,
    ];
    for lang in Lang::ALL {
        let text = lookup(lang, "ui.about.likely_meaning").unwrap();
        assert_eq!(
            numbers(text),
            want,
            "{lang:?} ui.about.likely_meaning is stale: {text}\n\
             the sealed part gives {} cases, likely right {} of {} said, said for {}",
            f.n(),
            f.likely_right(),
            f.likely(),
            pct(f.likely(), f.n())
        );
    }
}

#[test]
fn numbers_are_read_from_a_sentence() {
    assert_eq!(
        numbers("On 45 cases, right 2 times out of 3; 51.1% and 6,5 %."),
        vec![45.0, 2.0, 3.0, 51.1, 6.5]
    );
}

fn case(id: &str, expected: Category, answers: serde_json::Value) -> Case {
    let file = serde_json::json!({
        "format": "calcinosis-aid/answers", "version": 1,
        "case": {"expected": expected.id(), "citation": "A test."},
        "answers": answers,
    });
    Case::parse(id, &file.to_string()).unwrap()
}

/// Thinning removes exactly the answers of one section.
#[test]
fn thinning_removes_exactly_one_section() {
    let c = case(
        "t",
        Category::Calciphylaxis,
        serde_json::json!({
            "age": {"value": 60, "unit": "years"}, "sites": ["thigh"],
            "phosphate": {"value": 7.5, "unit": "mg/dL"}, "egfr": {"value": 10, "unit": "mL/min/1.73m2"},
            "kidney": "dialysis", "warfarin": "yes",
        }),
    );
    let section = |id: &str| QUESTIONS.iter().find(|q| q.id == id).unwrap().section;
    let keys = |a: &Answers| a.keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&Thinning::Full.apply(&c.answers)), keys(&c.answers));
    let no_labs = Thinning::NoLabs.apply(&c.answers);
    assert_eq!(keys(&no_labs), ["age", "kidney", "sites", "warfarin"]);
    assert!(no_labs.keys().all(|k| section(k) != Section::Labs));
    let no_history = Thinning::NoHistory.apply(&c.answers);
    assert_eq!(keys(&no_history), ["age", "egfr", "phosphate", "sites"]);
    assert!(no_history.keys().all(|k| section(k) != Section::History));
}

/// The counts on cases whose outcome is known: a textbook calciphylaxis is ranked first,
/// called likely and flagged; a case labelled with another category and the same answers
/// counts as a wrong "likely" and lowers calciphylaxis' precision, not its sensitivity.
#[test]
fn the_measure_counts_what_it_says() {
    let answers = serde_json::json!({
        "age": {"value": 62, "unit": "years"}, "sites": ["thigh", "abdomen"],
        "looks": ["livedo", "ulcer_eschar"], "pain": "severe",
        "pain_out_of_proportion": "yes", "kidney": "dialysis", "warfarin": "yes",
    });
    let right = case("a", Category::Calciphylaxis, answers.clone());
    let wrong = case("b", Category::Dystrophic, answers);
    let f = measure(&[right, wrong], Thinning::Full);
    assert_eq!(f.n(), 2);
    assert_eq!(
        (f.top1(), f.likely(), f.likely_right(), f.likely_wrong()),
        (1, 2, 1, 1)
    );
    assert_eq!(f.calciphylaxis_flagged(), (1, 1));
    assert_eq!(f.sensitivity(Category::Calciphylaxis), (1, 1));
    assert_eq!(f.precision(Category::Calciphylaxis), (1, 2));
    assert_eq!(f.sensitivity(Category::Dystrophic), (0, 1));
    assert_eq!(
        f.confusion(Category::Dystrophic, Category::Calciphylaxis),
        1
    );
    assert!(f.help.is_none());
    assert_eq!(pct(1, 3), "33.3%");
    assert_eq!(pct(0, 0), "–");
}

/// "Cannot tell yet that helps": without the history, calcinosis of the fingers with
/// chalky discharge cannot be told apart; the aid names the connective tissue disease
/// question first, and adding back the full case's answer (systemic sclerosis) gives the
/// right "likely". A "don't know" there is not an answer to add back, and a case labelled
/// with another category is not counted as helped.
#[test]
fn adding_back_the_answer_named_first_is_measured() {
    let answers = serde_json::json!({
        "age": {"value": 55, "unit": "years"}, "sex": "female", "sites": ["fingers", "hand"],
        "lesion_count": "many", "looks": ["hard_nodule", "chalky_discharge"],
        "duration": "years", "calcium": {"value": 9.4, "unit": "mg/dL"},
        "phosphate": {"value": 3.5, "unit": "mg/dL"}, "ctd": ["systemic_sclerosis"],
    });
    let c = case("ssc", Category::Dystrophic, answers.clone());
    let full = measure(std::slice::from_ref(&c), Thinning::Full);
    assert!(full.outcomes[0].likely_right(), "{:?}", full.outcomes[0]);
    let f = measure(std::slice::from_ref(&c), Thinning::NoHistory);
    assert!(!f.outcomes[0].likely, "{:?}", f.outcomes[0]);
    assert_eq!(f.outcomes[0].first_help, Some("ctd"));
    let h = f.help.unwrap();
    assert_eq!(
        (h.undetermined, h.answer_available, h.right_likely),
        (1, 1, 1)
    );

    let mut unknown = c.clone();
    unknown
        .answers
        .insert("ctd".into(), Answer::Choice("unknown".into()));
    let h = measure(&[unknown], Thinning::NoHistory).help.unwrap();
    assert_eq!(
        (h.undetermined, h.answer_available, h.right_likely),
        (1, 0, 0)
    );

    let other = case("other", Category::Idiopathic, answers);
    let h = measure(&[other], Thinning::NoHistory).help.unwrap();
    assert_eq!(
        (h.undetermined, h.answer_available, h.right_likely),
        (1, 1, 0)
    );
}

/// The constants of `knowledge::priors` are what the `calibrate` command chooses from the
/// parts that are not sealed (issue 14, part 4), and the sealed part changes nothing.
#[test]
fn the_priors_are_calibrated_on_the_parts_that_are_not_sealed() {
    use calcinosis_engine::calibrate::calibrate;
    use calcinosis_engine::knowledge::priors::{BETA, COUNTS, LIKELY_P};
    let parts = parts();
    let c = calibrate(&parts);
    assert_eq!(
        c.counts, COUNTS,
        "knowledge/priors.rs is stale: run `cargo run -p calcinosis-engine --bin calibrate`"
    );
    assert!(
        (c.beta - BETA).abs() < 1e-9,
        "BETA: calibrate gives {}",
        c.beta
    );
    assert!(
        (c.likely_p - LIKELY_P).abs() < 1e-9,
        "LIKELY_P: calibrate gives {}",
        c.likely_p
    );
    // Whatever the sealed part holds, the choice is the same.
    let open: Vec<Part> = parts.iter().filter(|p| !p.sealed).cloned().collect();
    let without = calibrate(&open);
    assert_eq!(without.counts, c.counts);
    assert!((without.beta - c.beta).abs() < 1e-9 && (without.likely_p - c.likely_p).abs() < 1e-9);
    assert!(parts.iter().any(|p| p.sealed), "the sealed part is read");
}

/// "Cannot tell yet" names the two or three it cannot tell apart (issue 14, part 5): on
/// dialysis with a lump and nothing else known, calciphylaxis, secondary tumoral and
/// metastatic calcinosis; a likely category names none.
#[test]
fn cannot_tell_yet_names_the_candidates() {
    use calcinosis_engine::answers::from_file;
    use calcinosis_engine::assess;
    let file = |answers: serde_json::Value| {
        let v = serde_json::json!({"format": "calcinosis-aid/answers", "version": 1, "answers": answers});
        from_file(&v.to_string()).unwrap()
    };
    let a = assess(&file(serde_json::json!({
        "age": {"value": 50, "unit": "years"}, "kidney": "dialysis",
    })));
    assert!(a.undetermined);
    let mut names: Vec<Category> = a.candidates().iter().map(|r| r.category).collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            Category::Metastatic,
            Category::TumoralSecondary,
            Category::Calciphylaxis
        ]
    );
    let b = assess(&file(serde_json::json!({
        "age": {"value": 50, "unit": "years"}, "sex": "male", "sites": ["scrotum"],
        "lesion_count": "many", "looks": ["hard_nodule"], "pain": "none",
    })));
    assert!(!b.undetermined, "{:?}", b.ranking[0]);
    assert!(b.candidates().is_empty());
}
