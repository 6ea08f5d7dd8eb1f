//! FHIR R4 export: the generated Questionnaire covers every question and option with the
//! right type, its enableWhen says what `show_if` says, and a QuestionnaireResponse answers
//! it item for item and round trips to the answers the reasoning uses.
//!
//! `the_resources_are_written_for_the_validator` writes the Questionnaire and one response
//! per answer set (every file in tests/cases plus synthetic sets) to
//! `$CARGO_TARGET_TMPDIR/fhir/`, where `scripts/fhir/validate` checks them with the FHIR R4
//! models of a maintained library.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![recursion_limit = "256"]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

use calcinosis_engine::answers::{from_file, Answer, Answers};
use calcinosis_engine::fhir::{
    enable_when, help_link_id, is_fhir_date_time, quantity_units, questionnaire,
    questionnaire_canonical, questionnaire_response, questionnaire_version, section_link_id,
    AGE_UNITS, OPTION_SYSTEM, QUESTIONNAIRE_URL, UCUM,
};
use calcinosis_engine::knowledge::questions::{Kind, Section, QUESTIONS};
use calcinosis_engine::labs::{self, Labs};
use calcinosis_engine::reason::{effective, is_shown, Ctx};
use calcinosis_engine::text::{lookup, Lang};
use common::answers;
use proptest::prelude::*;
use serde_json::{json, Value};

const AUTHORED: &str = "2026-11-22T10:15:00+01:00";

/// The English Questionnaire, made once for the property tests.
static QUESTIONNAIRE: LazyLock<Value> = LazyLock::new(|| questionnaire(Lang::En));

/// Every item of a Questionnaire or response, with the linkIds of its ancestors.
fn walk<'a>(items: &'a Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, &'a Value)>) {
    for item in items.as_array().into_iter().flatten() {
        out.push((path.clone(), item));
        let id = item["linkId"].as_str().unwrap().to_string();
        path.push(id);
        walk(&item["item"], path, out);
        for answer in item["answer"].as_array().into_iter().flatten() {
            walk(&answer["item"], path, out);
        }
        path.pop();
    }
}

fn items(resource: &Value) -> Vec<(Vec<String>, &Value)> {
    let mut out = Vec::new();
    walk(&resource["item"], &mut Vec::new(), &mut out);
    out
}

fn q_items(q: &Value) -> BTreeMap<String, (Vec<String>, &Value)> {
    items(q)
        .into_iter()
        .map(|(path, item)| (item["linkId"].as_str().unwrap().to_string(), (path, item)))
        .collect()
}

fn case_files() -> Vec<(String, Answers)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let stem = f.file_stem().unwrap().to_string_lossy().to_string();
            (stem, from_file(&text).unwrap())
        })
        .collect()
}

/// Every question answered, most with the answer that shows the questions depending on it.
fn full_answers() -> Answers {
    answers(json!({
        "age": {"value": 30, "unit": "months"},
        "sex": "female",
        "sites": ["fingers", "scrotum", "vulva", "elbow"],
        "lesion_count": "few",
        "size": "5_to_20mm",
        "depth": "under_skin",
        "looks": ["hard_nodule", "chalky_discharge"],
        "duration": "months",
        "growing": "slow",
        "pain": "severe",
        "pain_out_of_proportion": "yes",
        "tender": "no",
        "infection_signs": ["none"],
        "nerve_signs": ["numbness", "none"],
        "calcium_symptoms": "unknown",
        "calcium": {"value": 2.9, "unit": "mmol/L"},
        "phosphate": {"value": 6.8, "unit": "mg/dL"},
        "albumin": {"value": 38, "unit": "g/L"},
        "pth": {"value": 12.5, "unit": "pmol/L"},
        "vitamin_d": "unknown",
        "creatinine": {"value": 350, "unit": "umol/L"},
        "egfr": {"value": 12, "unit": "mL/min/1.73m2"},
        "alp": {"value": 140, "unit": "U/L"},
        "kidney": "dialysis",
        "dialysis_years": "1_to_5",
        "ctd": ["lupus"],
        "hyperparathyroidism": "no",
        "hospital_recent": "yes",
        "iv_calcium": "yes",
        "iv_leak": "unknown",
        "heel_pricks": "yes",
        "electrode_paste": "no",
        "local_injury": ["injections", "surgery"],
        "warfarin": "no",
        "supplements": ["vitamin_d"],
        "diabetes": "no",
        "obesity": "no",
        "sarcoidosis": "no",
        "cancer_bone": "no",
        "down_syndrome": "no",
        "family_history": "unknown",
        "dental_eye": "no"
    }))
}

/// Every question "don't know".
fn all_unknown() -> Answers {
    QUESTIONS
        .iter()
        .map(|q| (q.id.to_string(), Answer::Choice("unknown".into())))
        .collect()
}

/// Answers of hidden questions and answers that fit no question: all left out.
fn hidden_and_misfit() -> Answers {
    let mut a = answers(json!({
        "age": {"value": 40, "unit": "years"},
        "sex": "male",
        "sites": ["vulva", "thigh"],
        "pain": "none",
        "pain_out_of_proportion": "yes",
        "tender": "yes",
        "kidney": "none",
        "dialysis_years": "over_5",
        "heel_pricks": "yes"
    }));
    a.insert("size".into(), Answer::Choice("enormous".into()));
    a.insert(
        "looks".into(),
        Answer::Choices(vec!["papule".into(), "papule".into()]),
    );
    a.insert(
        "calcium".into(),
        Answer::Quantity {
            value: 9.5,
            unit: "furlongs".into(),
        },
    );
    a.insert(
        "phosphate".into(),
        Answer::Quantity {
            value: f64::NAN,
            unit: "mg/dL".into(),
        },
    );
    a.insert("albumin".into(), Answer::Choice("yes".into()));
    a.insert("not_a_question".into(), Answer::Choice("yes".into()));
    a
}

fn answer_sets() -> Vec<(String, Answers)> {
    let mut sets = vec![
        ("synthetic-full".to_string(), full_answers()),
        ("synthetic-all-unknown".to_string(), all_unknown()),
        ("synthetic-empty".to_string(), Answers::new()),
        (
            "synthetic-hidden-and-misfit".to_string(),
            hidden_and_misfit(),
        ),
    ];
    sets.extend(case_files());
    sets
}

// ---------------------------------------------------------------- the Questionnaire

#[test]
fn the_questionnaire_is_an_r4_questionnaire() {
    let q = questionnaire(Lang::En);
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["url"], QUESTIONNAIRE_URL);
    assert_eq!(q["version"], questionnaire_version());
    assert_eq!(q["status"], "active");
    assert_eq!(q["language"], "en");
    assert!(q["version"].as_str().unwrap().contains("+answers.1"));
    assert!(is_fhir_date_time(q["date"].as_str().unwrap()));
    assert!(q["title"].as_str().is_some_and(|t| !t.is_empty()));
    let name = q["name"].as_str().unwrap();
    assert!(name.starts_with(|c: char| c.is_ascii_uppercase()));
    assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    assert_eq!(
        questionnaire_canonical(),
        format!("{QUESTIONNAIRE_URL}|{}", questionnaire_version())
    );
}

#[test]
fn one_group_per_section_in_order_with_its_title() {
    let q = questionnaire(Lang::En);
    let groups = q["item"].as_array().unwrap();
    let ids: Vec<&str> = groups
        .iter()
        .map(|g| g["linkId"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = Section::ALL.iter().map(|&s| section_link_id(s)).collect();
    assert_eq!(ids, expected);
    for (g, s) in groups.iter().zip(Section::ALL) {
        assert_eq!(g["type"], "group");
        assert_eq!(g["linkId"], format!("section.{}", s.id()));
        assert_eq!(
            g["text"].as_str().unwrap(),
            lookup(Lang::En, &format!("section.{}", s.id())).unwrap()
        );
        assert!(!g["item"].as_array().unwrap().is_empty());
    }
}

#[test]
fn every_question_appears_once_in_its_section_with_the_right_type() {
    let q = questionnaire(Lang::En);
    let all = items(&q);
    for question in QUESTIONS {
        let found: Vec<_> = all
            .iter()
            .filter(|(_, i)| i["linkId"] == question.id)
            .collect();
        assert_eq!(
            found.len(),
            1,
            "{} appears {} times",
            question.id,
            found.len()
        );
        let (path, item) = found[0];
        assert_eq!(
            path,
            &vec![section_link_id(question.section)],
            "{}",
            question.id
        );
        assert_eq!(
            item["text"].as_str().unwrap(),
            lookup(Lang::En, &format!("q.{}", question.id)).unwrap()
        );
        let (ty, repeats) = match question.kind {
            Kind::Single(_) => ("choice", false),
            Kind::Multi(_) => ("choice", true),
            Kind::Age | Kind::Lab(_) => ("quantity", false),
        };
        assert_eq!(item["type"], ty, "{}", question.id);
        assert_eq!(item["repeats"], repeats, "{}", question.id);
    }
    // And nothing else asks for an answer.
    let asked = all
        .iter()
        .filter(|(_, i)| i["type"] != "group" && i["type"] != "display")
        .count();
    assert_eq!(asked, QUESTIONS.len());
}

#[test]
fn every_language_gives_the_same_structure_with_its_own_words() {
    let reference = questionnaire(Lang::En);
    let shape = |q: &Value| -> Vec<(Vec<String>, String, String)> {
        items(q)
            .into_iter()
            .map(|(path, i)| {
                (
                    path,
                    i["linkId"].as_str().unwrap().to_string(),
                    i["type"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    for lang in Lang::ALL {
        let q = questionnaire(lang);
        assert_eq!(q["language"], lang.code());
        assert_eq!(q["url"], reference["url"]);
        assert_eq!(q["version"], reference["version"]);
        assert_eq!(shape(&q), shape(&reference), "{lang:?}");
        for (_, i) in items(&q) {
            assert!(i["text"].as_str().is_some_and(|t| !t.trim().is_empty()));
        }
        let r = questionnaire_response(&full_answers(), lang, AUTHORED);
        assert_eq!(r["language"], lang.code());
    }
}

#[test]
fn link_ids_are_unique() {
    let q = questionnaire(Lang::En);
    let all = items(&q);
    assert_eq!(q_items(&q).len(), all.len());
}

#[test]
fn every_option_appears_with_dont_know_and_its_wording() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    for question in QUESTIONS {
        let item = by_id[question.id].1;
        let options = item["answerOption"].as_array();
        if question.options().is_empty() {
            assert!(options.is_none(), "{}", question.id);
            continue;
        }
        let codes: Vec<&str> = options
            .unwrap()
            .iter()
            .map(|o| {
                let c = &o["valueCoding"];
                assert_eq!(c["system"], OPTION_SYSTEM);
                assert!(c["display"].as_str().is_some_and(|d| !d.is_empty()));
                c["code"].as_str().unwrap()
            })
            .collect();
        let mut expected: Vec<&str> = question.options().iter().map(|o| o.id).collect();
        expected.push("unknown");
        assert_eq!(codes, expected, "{}", question.id);
        let unknown = options.unwrap().last().unwrap();
        assert_eq!(
            unknown["valueCoding"]["display"].as_str().unwrap(),
            lookup(Lang::En, "opt.unknown").unwrap()
        );
        let first = &options.unwrap()[0]["valueCoding"];
        assert_eq!(
            first["display"].as_str().unwrap(),
            lookup(
                Lang::En,
                &format!("opt.{}.{}", question.id, question.options()[0].id)
            )
            .unwrap()
        );
    }
}

#[test]
fn options_hidden_by_sex_are_still_offered() {
    let q = questionnaire(Lang::En);
    let sites = q_items(&q)["sites"].1;
    let codes: Vec<&str> = sites["answerOption"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["valueCoding"]["code"].as_str().unwrap())
        .collect();
    for c in ["scrotum", "penis", "vulva"] {
        assert!(codes.contains(&c));
    }
}

#[test]
fn none_and_dont_know_exclude_the_other_options() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    for question in QUESTIONS {
        let Some(options) = by_id[question.id].1["answerOption"].as_array() else {
            continue;
        };
        for o in options {
            let code = o["valueCoding"]["code"].as_str().unwrap();
            let exclusive = o["extension"].as_array().is_some_and(|e| {
                e.iter().any(|x| {
                    x["url"]
                        == "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
                        && x["valueBoolean"] == true
                })
            });
            let multi = matches!(question.kind, Kind::Multi(_));
            assert_eq!(
                exclusive,
                multi && (code == "none" || code == "unknown"),
                "{}.{code}",
                question.id
            );
        }
    }
}

#[test]
fn ages_and_labs_offer_their_ucum_units() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    for question in QUESTIONS {
        let item = by_id[question.id].1;
        let units: Vec<(&str, &str)> = item["extension"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| {
                e["url"] == "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption"
            })
            .map(|e| {
                let c = &e["valueCoding"];
                assert_eq!(c["system"], UCUM);
                (c["display"].as_str().unwrap(), c["code"].as_str().unwrap())
            })
            .collect();
        let expected = quantity_units(question);
        assert_eq!(units.len(), expected.len(), "{}", question.id);
        for ((_, code), (_, ucum)) in units.iter().zip(&expected) {
            assert_eq!(code, ucum, "{}", question.id);
        }
        if let Kind::Lab(a) = question.kind {
            assert!(!expected.is_empty());
            for (u, (_, ucum)) in labs::units(a).iter().zip(&expected) {
                assert_eq!(u.ucum, *ucum);
                assert!(!ucum.is_empty());
            }
        }
    }
    let age = by_id["age"].1;
    assert_eq!(age["type"], "quantity");
    assert_eq!(AGE_UNITS, &[("years", "a"), ("months", "mo")]);
    let egfr = &by_id["egfr"].1["extension"][0]["valueCoding"];
    assert_eq!(egfr["code"], "mL/min/{1.73_m2}");
}

#[test]
fn help_texts_are_help_display_items() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    for question in QUESTIONS {
        let help = lookup(Lang::En, &format!("q.{}.help", question.id));
        let child = by_id.get(&help_link_id(question.id));
        match (help, child) {
            (Some(text), Some((path, item))) => {
                assert_eq!(path.last().unwrap(), question.id);
                assert_eq!(item["type"], "display");
                assert_eq!(item["text"], text);
                assert_eq!(
                    item["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
                    "help"
                );
            }
            (None, None) => {}
            _ => panic!("{}: help text and help item disagree", question.id),
        }
    }
}

#[test]
fn enable_when_references_existing_questions_with_matching_answer_types() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    let mut with_enable_when = 0;
    for (_, item) in by_id.values() {
        let Some(clauses) = item["enableWhen"].as_array() else {
            continue;
        };
        with_enable_when += 1;
        assert!(!clauses.is_empty());
        if clauses.len() > 1 {
            assert!(item["enableBehavior"] == "all" || item["enableBehavior"] == "any");
        } else {
            assert!(item.get("enableBehavior").is_none());
        }
        for c in clauses {
            let target = by_id[c["question"].as_str().unwrap()].1;
            let op = c["operator"].as_str().unwrap();
            if op == "exists" {
                assert!(c["answerBoolean"].is_boolean());
                continue;
            }
            match target["type"].as_str().unwrap() {
                "choice" => {
                    assert!(op == "=" || op == "!=");
                    let code = &c["answerCoding"]["code"];
                    assert!(target["answerOption"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|o| o["valueCoding"]["code"] == *code
                            && o["valueCoding"]["system"] == c["answerCoding"]["system"]));
                }
                "quantity" => {
                    assert!(["<", ">", "<=", ">="].contains(&op));
                    assert_eq!(c["answerQuantity"]["system"], UCUM);
                }
                other => panic!("enableWhen on a {other} item"),
            }
        }
    }
    // Every question show_if in the questionnaire today can be said in FHIR.
    let expressible = QUESTIONS
        .iter()
        .filter(|q| q.show_if.as_ref().and_then(enable_when).is_some())
        .count();
    assert_eq!(
        expressible,
        QUESTIONS.iter().filter(|q| q.show_if.is_some()).count()
    );
    assert_eq!(with_enable_when, expressible);
}

#[test]
fn enable_when_of_the_conditional_questions() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    let tender = by_id["tender"].1;
    assert_eq!(
        tender["enableWhen"],
        json!([{"question": "pain", "operator": "!=", "answerCoding": {"system": OPTION_SYSTEM, "code": "none"}}])
    );
    let poop = by_id["pain_out_of_proportion"].1;
    assert_eq!(poop["enableBehavior"], "any");
    assert_eq!(poop["enableWhen"].as_array().unwrap().len(), 2);
    let dialysis = by_id["dialysis_years"].1;
    assert_eq!(
        dialysis["enableWhen"][0]["answerCoding"]["code"],
        "dialysis"
    );
    let heel = by_id["heel_pricks"].1;
    assert_eq!(heel["enableBehavior"], "any");
    assert_eq!(
        heel["enableWhen"],
        json!([
            {"question": "age", "operator": "exists", "answerBoolean": false},
            {"question": "age", "operator": "<", "answerQuantity": {"value": 4, "unit": "years", "system": UCUM, "code": "a"}},
            {"question": "age", "operator": "<", "answerQuantity": {"value": 48, "unit": "months", "system": UCUM, "code": "mo"}}
        ])
    );
}

// ---------------------------------------------------------------- FHIR enableWhen semantics

fn response_answers(r: &Value) -> BTreeMap<String, Vec<Value>> {
    items(r)
        .into_iter()
        .filter_map(|(_, i)| {
            i["answer"]
                .as_array()
                .map(|a| (i["linkId"].as_str().unwrap().to_string(), a.clone()))
        })
        .collect()
}

fn years(quantity: &Value) -> f64 {
    let v = quantity["value"].as_f64().unwrap();
    match quantity["code"].as_str().unwrap() {
        "a" => v,
        "mo" => v / 12.0,
        other => panic!("age in {other}"),
    }
}

/// FHIR R4's enableWhen, as a conforming form evaluates it (UCUM a and mo converted).
fn fhir_enabled(item: &Value, answers: &BTreeMap<String, Vec<Value>>) -> bool {
    let Some(clauses) = item["enableWhen"].as_array() else {
        return true;
    };
    let holds = |c: &Value| -> bool {
        let given = answers
            .get(c["question"].as_str().unwrap())
            .cloned()
            .unwrap_or_default();
        let same = |a: &Value| {
            a["valueCoding"]["system"] == c["answerCoding"]["system"]
                && a["valueCoding"]["code"] == c["answerCoding"]["code"]
        };
        match c["operator"].as_str().unwrap() {
            "exists" => given.is_empty() != c["answerBoolean"].as_bool().unwrap(),
            "=" => given.iter().any(same),
            "!=" => !given.iter().any(same),
            op => {
                let limit = years(&c["answerQuantity"]);
                given.iter().any(|a| {
                    let v = years(&a["valueQuantity"]);
                    match op {
                        "<" => v < limit,
                        "<=" => v <= limit,
                        ">" => v > limit,
                        ">=" => v >= limit,
                        _ => panic!("operator {op}"),
                    }
                })
            }
        }
    };
    if item["enableBehavior"] == "any" {
        clauses.iter().any(holds)
    } else {
        clauses.iter().all(holds)
    }
}

fn pick<T: Clone + std::fmt::Debug + 'static>(xs: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(xs)
}

fn choice_or_none(opts: &'static [&'static str]) -> impl Strategy<Value = Option<Answer>> {
    prop::option::of(pick(opts).prop_map(|s| Answer::Choice(s.to_string())))
}

fn age_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::Choice("unknown".into()))),
        (0.0..125.0f64).prop_map(|v| Some(Answer::Quantity {
            value: v,
            unit: "years".into()
        })),
        (0u32..8).prop_map(|v| Some(Answer::Quantity {
            value: f64::from(v),
            unit: "years".into()
        })),
        (0.0..1500.0f64).prop_map(|v| Some(Answer::Quantity {
            value: v,
            unit: "months".into()
        })),
        (40u32..60).prop_map(|v| Some(Answer::Quantity {
            value: f64::from(v),
            unit: "months".into()
        })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    /// A form that follows the Questionnaire's enableWhen, fed the exported answers,
    /// enables exactly the questions the aid shows.
    #[test]
    fn enable_when_agrees_with_show_if(
        age in age_answer(),
        sex in choice_or_none(&["female", "male", "unknown"]),
        pain in choice_or_none(&["none", "mild", "moderate", "severe", "unknown"]),
        kidney in choice_or_none(&["none", "ckd_mild", "ckd_severe", "dialysis", "transplant", "unknown"]),
    ) {
        let mut a = Answers::new();
        for (k, v) in [("age", age), ("sex", sex), ("pain", pain), ("kidney", kidney)] {
            if let Some(v) = v {
                a.insert(k.to_string(), v);
            }
        }
        let by_id = q_items(&QUESTIONNAIRE);
        let r = questionnaire_response(&a, Lang::En, AUTHORED);
        let given = response_answers(&r);
        let labs = Labs::from_answers(&a);
        let ctx = Ctx::new(&a, &labs);
        for question in QUESTIONS {
            prop_assert_eq!(
                fhir_enabled(by_id[question.id].1, &given),
                is_shown(question, &ctx),
                "{}", question.id
            );
        }
    }

    /// Whatever the answers, the response is an object that answers only known items.
    #[test]
    fn any_answers_make_a_response(
        raw in prop::collection::btree_map(
            prop_oneof![
                pick(&["age", "sex", "sites", "pain", "tender", "calcium", "egfr", "kidney", "x"]).prop_map(String::from),
                "[a-z_]{0,12}",
            ],
            prop_oneof![
                "[a-z_]{0,10}".prop_map(Answer::Choice),
                prop::collection::vec("[a-z_]{0,10}", 0..4).prop_map(Answer::Choices),
                (any::<f64>(), "[a-zA-Z/]{0,8}").prop_map(|(value, unit)| Answer::Quantity { value, unit }),
                (any::<f64>(), pick(&["years", "months", "mg/dL", "mmol/L"])).prop_map(|(value, unit)| Answer::Quantity { value, unit: unit.to_string() }),
            ],
            0..8,
        ),
        authored in "\\PC{0,30}",
    ) {
        let r = questionnaire_response(&raw, Lang::En, &authored);
        prop_assert_eq!(&r["resourceType"], "QuestionnaireResponse");
        let known = q_items(&QUESTIONNAIRE);
        for (_, item) in items(&r) {
            prop_assert!(known.contains_key(item["linkId"].as_str().unwrap()));
        }
        if let Some(a) = r["authored"].as_str() {
            prop_assert!(is_fhir_date_time(a));
        }
        // Numbers are always finite JSON numbers.
        let text = serde_json::to_string(&r).unwrap();
        prop_assert!(!text.contains("null"));
    }
}

// ---------------------------------------------------------------- the response

#[test]
fn a_response_states_what_it_answers() {
    let r = questionnaire_response(&full_answers(), Lang::En, AUTHORED);
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    assert_eq!(r["status"], "completed");
    assert_eq!(r["questionnaire"], questionnaire_canonical());
    assert_eq!(r["authored"], AUTHORED);
    assert_eq!(r["language"], "en");
    for key in ["subject", "author", "source", "identifier", "encounter"] {
        assert!(r.get(key).is_none(), "{key}");
    }
}

#[test]
fn response_link_ids_exist_in_the_questionnaire_at_the_same_nesting() {
    let q = questionnaire(Lang::En);
    let by_id = q_items(&q);
    for (name, a) in answer_sets() {
        let r = questionnaire_response(&a, Lang::En, AUTHORED);
        let mut last: Option<usize> = None;
        for (path, item) in items(&r) {
            let id = item["linkId"].as_str().unwrap();
            let (q_path, q_item) = by_id
                .get(id)
                .unwrap_or_else(|| panic!("{name}: {id} is not in the questionnaire"));
            assert_eq!(&path, q_path, "{name}: {id}");
            assert_ne!(q_item["type"], "display", "{name}: {id}");
            if q_item["type"] == "group" {
                assert!(item.get("answer").is_none());
                assert!(!item["item"].as_array().unwrap().is_empty());
            } else {
                let answers = item["answer"].as_array().unwrap();
                assert!(!answers.is_empty(), "{name}: {id}");
                if q_item["repeats"] == false {
                    assert_eq!(answers.len(), 1, "{name}: {id}");
                }
                // Items come in questionnaire order: by section, then as listed.
                let q = QUESTIONS.iter().position(|x| x.id == id).unwrap();
                let section = Section::ALL
                    .iter()
                    .position(|s| *s == QUESTIONS[q].section)
                    .unwrap();
                let pos = section * QUESTIONS.len() + q;
                assert!(last.is_none_or(|l| l < pos), "{name}: {id} out of order");
                last = Some(pos);
            }
        }
    }
}

#[test]
fn lab_and_age_quantities_carry_ucum_codes() {
    let r = questionnaire_response(&full_answers(), Lang::En, AUTHORED);
    let given = response_answers(&r);
    let expect = [
        ("age", 30.0, "mo"),
        ("calcium", 2.9, "mmol/L"),
        ("phosphate", 6.8, "mg/dL"),
        ("albumin", 38.0, "g/L"),
        ("pth", 12.5, "pmol/L"),
        ("creatinine", 350.0, "umol/L"),
        ("egfr", 12.0, "mL/min/{1.73_m2}"),
        ("alp", 140.0, "U/L"),
    ];
    for (id, value, code) in expect {
        let q = &given[id][0]["valueQuantity"];
        assert_eq!(q["value"].as_f64().unwrap(), value, "{id}");
        assert_eq!(q["system"], UCUM, "{id}");
        assert_eq!(q["code"], code, "{id}");
        assert!(q["unit"].as_str().is_some_and(|u| !u.is_empty()));
    }
    // Whole numbers are written as such.
    assert_eq!(given["age"][0]["valueQuantity"]["value"], json!(30));
    assert_eq!(given["age"][0]["valueQuantity"]["unit"], "months");
    // "Don't know" for a lab cannot be a quantity: it is left out.
    assert!(!given.contains_key("vitamin_d"));
}

#[test]
fn a_small_answer_set_gives_exactly_this_response() {
    let a = answers(json!({
        "age": {"value": 34.5, "unit": "years"},
        "sex": "female",
        "sites": ["fingers", "elbow"],
        "pain": "none",
        "tender": "yes",
        "calcium": {"value": 2.6, "unit": "mmol/L"},
        "egfr": "unknown",
        "warfarin": "unknown"
    }));
    let r = questionnaire_response(&a, Lang::En, "2026-11-22T09:00:00Z");
    let coding = |q: &str, code: &str| {
        let display = if code == "unknown" {
            lookup(Lang::En, "opt.unknown").unwrap().to_string()
        } else {
            lookup(Lang::En, &format!("opt.{q}.{code}"))
                .unwrap()
                .to_string()
        };
        json!({"valueCoding": {"system": OPTION_SYSTEM, "code": code, "display": display}})
    };
    let text = |key: &str| lookup(Lang::En, key).unwrap();
    let expected = json!({
        "resourceType": "QuestionnaireResponse",
        "language": "en",
        "questionnaire": questionnaire_canonical(),
        "status": "completed",
        "authored": "2026-11-22T09:00:00Z",
        "item": [
            {"linkId": "section.person", "text": text("section.person"), "item": [
                {"linkId": "age", "text": text("q.age"), "answer": [
                    {"valueQuantity": {"value": 34.5, "unit": "years", "system": UCUM, "code": "a"}}
                ]},
                {"linkId": "sex", "text": text("q.sex"), "answer": [coding("sex", "female")]}
            ]},
            {"linkId": "section.lesion", "text": text("section.lesion"), "item": [
                {"linkId": "sites", "text": text("q.sites"), "answer": [
                    coding("sites", "fingers"), coding("sites", "elbow")
                ]}
            ]},
            {"linkId": "section.pain", "text": text("section.pain"), "item": [
                {"linkId": "pain", "text": text("q.pain"), "answer": [coding("pain", "none")]}
            ]},
            {"linkId": "section.labs", "text": text("section.labs"), "item": [
                {"linkId": "calcium", "text": text("q.calcium"), "answer": [
                    {"valueQuantity": {"value": 2.6, "unit": "mmol/L", "system": UCUM, "code": "mmol/L"}}
                ]}
            ]},
            {"linkId": "section.history", "text": text("section.history"), "item": [
                {"linkId": "warfarin", "text": text("q.warfarin"), "answer": [coding("warfarin", "unknown")]}
            ]}
        ]
    });
    assert_eq!(r, expected);
}

/// The answers a response carries, read back into the answers format (the inverse of the
/// export, for checking it).
fn answers_from_response(r: &Value) -> Answers {
    let mut out = Answers::new();
    for (id, values) in response_answers(r) {
        let q = QUESTIONS.iter().find(|q| q.id == id).unwrap();
        let answer = match q.kind {
            Kind::Age | Kind::Lab(_) => {
                let v = &values[0]["valueQuantity"];
                let code = v["code"].as_str().unwrap();
                let (unit, _) = quantity_units(q)
                    .into_iter()
                    .find(|(_, ucum)| *ucum == code)
                    .unwrap();
                Answer::Quantity {
                    value: v["value"].as_f64().unwrap(),
                    unit: unit.to_string(),
                }
            }
            Kind::Single(_) | Kind::Multi(_) => {
                let codes: Vec<String> = values
                    .iter()
                    .map(|v| v["valueCoding"]["code"].as_str().unwrap().to_string())
                    .collect();
                if matches!(q.kind, Kind::Single(_)) || codes == ["unknown"] {
                    Answer::Choice(codes[0].clone())
                } else {
                    Answer::Choices(codes)
                }
            }
        };
        out.insert(id, answer);
    }
    out
}

#[test]
fn responses_round_trip_to_the_answers_the_reasoning_uses() {
    for (name, a) in answer_sets() {
        let r = questionnaire_response(&a, Lang::En, AUTHORED);
        let mut expected: Answers = effective(&a)
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        expected.retain(|id, answer| {
            let Some(q) = QUESTIONS.iter().find(|q| q.id == id) else {
                return false;
            };
            match (q.kind, answer) {
                // Left out: "don't know" for a quantity, answers that fit no question.
                (Kind::Age | Kind::Lab(_), Answer::Quantity { value, unit }) => {
                    value.is_finite() && quantity_units(q).iter().any(|(u, _)| *u == unit)
                }
                (Kind::Single(_), Answer::Choice(c)) | (Kind::Multi(_), Answer::Choice(c)) => {
                    c == "unknown" || q.options().iter().any(|o| o.id == c)
                }
                (Kind::Multi(_), Answer::Choices(cs)) => !cs.is_empty(),
                _ => false,
            }
        });
        for answer in expected.values_mut() {
            if let Answer::Choices(cs) = answer {
                let mut seen = Vec::new();
                cs.retain(|c| {
                    let new = !seen.contains(c);
                    seen.push(c.clone());
                    new
                });
            }
        }
        assert_eq!(answers_from_response(&r), expected, "{name}");
    }
}

#[test]
fn the_full_set_round_trips_to_the_expected_items() {
    let r = questionnaire_response(&full_answers(), Lang::En, AUTHORED);
    let got: Vec<(String, String, Vec<String>)> = items(&r)
        .into_iter()
        .filter(|(_, i)| i.get("answer").is_some())
        .map(|(path, i)| {
            let answers = i["answer"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| match a.get("valueCoding") {
                    Some(c) => c["code"].as_str().unwrap().to_string(),
                    None => format!(
                        "{} {}",
                        a["valueQuantity"]["value"], a["valueQuantity"]["code"]
                    ),
                })
                .collect();
            (
                path[0].clone(),
                i["linkId"].as_str().unwrap().to_string(),
                answers,
            )
        })
        .collect();
    let e = |g: &str, id: &str, a: &[&str]| {
        (
            g.to_string(),
            id.to_string(),
            a.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    let expected = vec![
        e("section.person", "age", &["30 \"mo\""]),
        e("section.person", "sex", &["female"]),
        e("section.person", "ctd", &["lupus"]),
        // scrotum is hidden for a woman, and dropped.
        e("section.lesion", "sites", &["fingers", "vulva", "elbow"]),
        e("section.lesion", "lesion_count", &["few"]),
        e("section.lesion", "size", &["5_to_20mm"]),
        e("section.looks", "depth", &["under_skin"]),
        e(
            "section.looks",
            "looks",
            &["hard_nodule", "chalky_discharge"],
        ),
        e("section.looks", "duration", &["months"]),
        e("section.looks", "growing", &["slow"]),
        e("section.pain", "pain", &["severe"]),
        e("section.pain", "pain_out_of_proportion", &["yes"]),
        e("section.pain", "tender", &["no"]),
        e("section.pain", "infection_signs", &["none"]),
        // "none" with a symptom: the symptom is kept.
        e("section.pain", "nerve_signs", &["numbness"]),
        e("section.pain", "calcium_symptoms", &["unknown"]),
        e("section.labs", "calcium", &["2.9 \"mmol/L\""]),
        e("section.labs", "phosphate", &["6.8 \"mg/dL\""]),
        e("section.labs", "albumin", &["38 \"g/L\""]),
        e("section.labs", "pth", &["12.5 \"pmol/L\""]),
        e("section.labs", "creatinine", &["350 \"umol/L\""]),
        e("section.labs", "egfr", &["12 \"mL/min/{1.73_m2}\""]),
        e("section.labs", "alp", &["140 \"U/L\""]),
        e("section.history", "kidney", &["dialysis"]),
        e("section.history", "dialysis_years", &["1_to_5"]),
        e("section.history", "hyperparathyroidism", &["no"]),
        e("section.history", "hospital_recent", &["yes"]),
        e("section.history", "iv_leak", &["unknown"]),
        e("section.history", "heel_pricks", &["yes"]),
        e("section.history", "warfarin", &["no"]),
        e("section.history", "diabetes", &["no"]),
        e("section.history", "obesity", &["no"]),
        e("section.history", "sarcoidosis", &["no"]),
        e("section.history", "down_syndrome", &["no"]),
        e("section.history", "family_history", &["unknown"]),
        e("section.history", "dental_eye", &["no"]),
        e("section.history", "cancer_bone", &["no"]),
        e("section.treatments", "iv_calcium", &["yes"]),
        e("section.treatments", "electrode_paste", &["no"]),
        e(
            "section.treatments",
            "local_injury",
            &["injections", "surgery"],
        ),
        e("section.treatments", "supplements", &["vitamin_d"]),
    ];
    assert_eq!(got, expected);
}

#[test]
fn answers_of_hidden_questions_and_misfits_are_left_out() {
    let r = questionnaire_response(&hidden_and_misfit(), Lang::En, AUTHORED);
    let given = response_answers(&r);
    let ids: Vec<&str> = given.keys().map(String::as_str).collect();
    assert_eq!(ids, ["age", "kidney", "looks", "pain", "sex", "sites"]);
    let sites: Vec<&Value> = given["sites"]
        .iter()
        .map(|a| &a["valueCoding"]["code"])
        .collect();
    assert_eq!(sites, [&json!("thigh")]);
    assert_eq!(given["looks"].len(), 1);
}

#[test]
fn no_answers_make_a_response_without_items() {
    let r = questionnaire_response(&Answers::new(), Lang::En, AUTHORED);
    assert!(r.get("item").is_none());
    assert_eq!(r["status"], "completed");
}

#[test]
fn authored_is_kept_only_when_it_is_a_fhir_date_time() {
    for ok in [
        "2026",
        "2026-11",
        "2026-11-22",
        "2026-11-22T10:15:00Z",
        "2026-11-22T10:15:00.123+01:00",
        "2026-11-22T23:59:60-14:00",
        "2026-11-22T10:15:00+14:00",
    ] {
        assert!(is_fhir_date_time(ok), "{ok}");
        let r = questionnaire_response(&Answers::new(), Lang::En, ok);
        assert_eq!(r["authored"], ok);
    }
    for bad in [
        "",
        "0000",
        "26-11-22",
        "2026-13-01",
        "2026-11-32",
        "2026-11-22T10:15Z",
        "2026-11-22T10:15:00",
        "2026-11-22T24:00:00Z",
        "2026-11-22T10:15:00+14:30",
        "2026-11-22T10:15:00.Z",
        "2026-11-22 10:15:00Z",
        "2026-11-22T10:15:00Zjunk",
        "２０２６",
        "yesterday",
    ] {
        assert!(!is_fhir_date_time(bad), "{bad}");
        let r = questionnaire_response(&Answers::new(), Lang::En, bad);
        assert!(r.get("authored").is_none(), "{bad}");
    }
}

// ---------------------------------------------------------------- files for the validator

#[test]
fn the_resources_are_written_for_the_validator() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fhir");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, v: &Value| {
        let text = serde_json::to_string_pretty(v).unwrap();
        std::fs::write(dir.join(name), text + "\n").unwrap();
    };
    // English is the reference; every other language gets its own Questionnaire and the
    // synthetic responses in that language.
    write("Questionnaire.json", &questionnaire(Lang::En));
    let sets = answer_sets();
    assert!(sets.len() >= 30);
    let mut responses = 0;
    for (name, a) in &sets {
        write(
            &format!("QuestionnaireResponse-{name}.json"),
            &questionnaire_response(a, Lang::En, AUTHORED),
        );
        responses += 1;
    }
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let code = lang.code();
        write(&format!("Questionnaire-{code}.json"), &questionnaire(lang));
        for (name, a) in sets.iter().filter(|(n, _)| n.starts_with("synthetic-")) {
            write(
                &format!("QuestionnaireResponse-{code}-{name}.json"),
                &questionnaire_response(a, lang, AUTHORED),
            );
            responses += 1;
        }
    }
    println!(
        "FHIR resources: {} Questionnaires and {responses} QuestionnaireResponses in {}",
        Lang::ALL.len(),
        dir.display()
    );
}
