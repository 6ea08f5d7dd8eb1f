//! Knowledge integrity: every cited source exists, every question a rule reads exists with
//! the options it names, every category and red flag is reachable, and the text catalog
//! has every string the knowledge needs.

use std::collections::BTreeSet;

use calcinosis_engine::knowledge::physician::PHYSICIAN_QUESTIONS;
use calcinosis_engine::knowledge::questions::{question, Kind, QUESTIONS};
use calcinosis_engine::knowledge::ranges::{units, RANGES};
use calcinosis_engine::knowledge::red_flags::RED_FLAGS;
use calcinosis_engine::knowledge::rules::RULES;
use calcinosis_engine::knowledge::sources::{source, SOURCES};
use calcinosis_engine::knowledge::{Analyte, Category, Cond};
use calcinosis_engine::text::{lookup, Lang};

/// Every (question, option) a condition names; `None` option for Known.
fn refs(cond: &Cond, out: &mut Vec<(&'static str, Option<&'static str>)>) {
    match *cond {
        Cond::Is(q, o) | Cond::IsNot(q, o) | Cond::Has(q, o) => out.push((q, Some(o))),
        Cond::OneOf(q, os) | Cond::HasAny(q, os) => out.extend(os.iter().map(|o| (q, Some(*o)))),
        Cond::Known(q) => out.push((q, None)),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| refs(c, out)),
        Cond::Not(c) => refs(c, out),
        Cond::Lab(..)
        | Cond::LabAtLeast(..)
        | Cond::LabBelow(..)
        | Cond::CaxPAtLeast(_)
        | Cond::CalciumAtLeast(_)
        | Cond::CalciumBelow(_)
        | Cond::LabUnclear(_)
        | Cond::AgeBelow(_)
        | Cond::AgeAtLeast(_) => {}
    }
}

fn all_conditions() -> Vec<(String, Cond)> {
    let mut v: Vec<(String, Cond)> = Vec::new();
    v.extend(RULES.iter().map(|r| (format!("rule {}", r.id), r.when)));
    v.extend(RED_FLAGS.iter().map(|f| (format!("flag {}", f.id), f.when)));
    v.extend(
        PHYSICIAN_QUESTIONS
            .iter()
            .filter_map(|p| p.when.map(|w| (format!("physician question {}", p.id), w))),
    );
    for q in QUESTIONS {
        if let Some(c) = q.show_if {
            v.push((format!("question {}", q.id), c));
        }
        for o in q.options() {
            if let Some(c) = o.show_if {
                v.push((format!("option {}.{}", q.id, o.id), c));
            }
        }
    }
    v
}

#[test]
fn every_question_and_option_a_condition_reads_exists() {
    let mut problems = Vec::new();
    for (owner, cond) in all_conditions() {
        let mut r = Vec::new();
        refs(&cond, &mut r);
        for (q, o) in r {
            match question(q) {
                None => problems.push(format!("{owner}: no question {q}")),
                Some(question) => {
                    if let Some(o) = o {
                        if !question.options().iter().any(|x| x.id == o) {
                            problems.push(format!("{owner}: question {q} has no option {o}"));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_cited_source_exists_and_every_source_is_complete() {
    let mut cited: Vec<(String, &str)> = Vec::new();
    for r in RULES {
        assert!(!r.sources.is_empty(), "rule {} cites no source", r.id);
        cited.extend(r.sources.iter().map(|s| (format!("rule {}", r.id), *s)));
    }
    for f in RED_FLAGS {
        assert!(!f.sources.is_empty(), "flag {} cites no source", f.id);
        cited.extend(f.sources.iter().map(|s| (format!("flag {}", f.id), *s)));
    }
    for p in PHYSICIAN_QUESTIONS {
        assert!(
            !p.sources.is_empty(),
            "physician question {} cites no source",
            p.id
        );
        cited.extend(p.sources.iter().map(|s| (format!("question {}", p.id), *s)));
    }
    for r in RANGES {
        cited.push((format!("range {:?}", r.analyte), r.source));
    }
    for a in Analyte::ALL {
        for u in units(a) {
            cited.extend(u.sources.iter().map(|s| (format!("unit {}", u.id), *s)));
        }
    }
    let missing: Vec<_> = cited.iter().filter(|(_, k)| source(k).is_none()).collect();
    assert!(missing.is_empty(), "cited but not listed: {missing:?}");
    let mut keys = BTreeSet::new();
    for s in SOURCES {
        assert!(keys.insert(s.key), "source {} listed twice", s.key);
        assert!(!s.title.trim().is_empty(), "source {} has no title", s.key);
        assert!(
            s.url.starts_with("https://") || s.url.starts_with("http://"),
            "source {} has no URL",
            s.key
        );
    }
}

#[test]
fn ids_are_unique() {
    let mut seen = BTreeSet::new();
    for r in RULES {
        assert!(seen.insert(r.id), "rule id {} twice", r.id);
    }
    let mut seen = BTreeSet::new();
    for f in RED_FLAGS {
        assert!(seen.insert(f.id), "flag id {} twice", f.id);
    }
    let mut seen = BTreeSet::new();
    for p in PHYSICIAN_QUESTIONS {
        assert!(seen.insert(p.id), "physician question id {} twice", p.id);
    }
    let mut seen = BTreeSet::new();
    for q in QUESTIONS {
        assert!(seen.insert(q.id), "question id {} twice", q.id);
        let mut opts = BTreeSet::new();
        for o in q.options() {
            assert!(opts.insert(o.id), "option {}.{} twice", q.id, o.id);
            assert_ne!(
                o.id, "unknown",
                "{}: 'unknown' is added by the renderer",
                q.id
            );
        }
    }
}

#[test]
fn every_category_has_evidence_for_and_against() {
    for c in Category::ALL {
        assert!(
            RULES.iter().any(|r| r.category == c && r.weight > 0),
            "{c:?} has no rule pointing to it"
        );
        assert!(
            RULES.iter().any(|r| r.category == c && r.weight < 0),
            "{c:?} has no rule pointing away"
        );
        assert!(
            PHYSICIAN_QUESTIONS.iter().any(|p| p.category == Some(c)),
            "{c:?} has no question for the physician"
        );
    }
}

#[test]
fn every_lab_question_has_units_and_a_canonical_first_unit() {
    for q in QUESTIONS {
        if let Kind::Lab(a) = q.kind {
            assert_eq!(a.question_id(), q.id);
            let us = units(a);
            assert!(!us.is_empty());
            assert!((us[0].to_canonical - 1.0).abs() < f64::EPSILON);
            assert!(RANGES.iter().any(|r| r.analyte == a), "{a:?} has no range");
        }
    }
}

#[test]
fn the_catalog_has_every_knowledge_string_in_every_language() {
    for lang in Lang::ALL {
        let mut missing = Vec::new();
        let mut need = |k: String| {
            if lookup(lang, &k).is_none_or(|v| v.trim().is_empty()) {
                missing.push(k);
            }
        };
        need("opt.unknown".into());
        for q in QUESTIONS {
            need(format!("q.{}", q.id));
            need(format!("q.{}.help", q.id));
            for o in q.options() {
                need(format!("opt.{}.{}", q.id, o.id));
            }
        }
        for c in Category::ALL {
            need(format!("category.{}", c.id()));
            need(format!("category.{}.about", c.id()));
        }
        for r in RULES {
            need(format!("rule.{}", r.id));
        }
        for f in RED_FLAGS {
            need(format!("flag.{}", f.id));
            need(format!("flag.{}.action", f.id));
        }
        for p in PHYSICIAN_QUESTIONS {
            need(format!("pq.{}", p.id));
        }
        assert!(missing.is_empty(), "{lang:?} lacks {missing:#?}");
    }
}

#[test]
fn catalog_keys_are_unique_and_placeholders_are_known() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (k, _) in lang.entries() {
            assert!(seen.insert(*k), "{lang:?}: key {k} twice");
            // As looked up: the words that follow who the answers are about are expanded.
            let v = calcinosis_engine::text::lookup(lang, k).unwrap_or_default();
            if let Some(id) = k.strip_prefix("pq.") {
                let params = PHYSICIAN_QUESTIONS
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.params)
                    .unwrap_or(&[]);
                for name in placeholders(v) {
                    assert!(
                        params.contains(&name.as_str()),
                        "{k}: unknown placeholder {name}"
                    );
                }
            }
        }
    }
}

fn placeholders(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let Some(j) = rest[i..].find('}') else { break };
        out.push(rest[i + 1..i + j].to_string());
        rest = &rest[i + j..];
    }
    out
}

#[test]
fn the_review_document_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/knowledge.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == calcinosis_engine::review::markdown(),
        "docs/knowledge.md is stale: run `cargo run --bin knowledge > docs/knowledge.md`"
    );
}

/// Every question the aid asks is read by a rule, a red flag, a question for the
/// physician, a mimic, the "scan first" check or another question's visibility: nothing
/// is collected for nothing (clinical review F14). Lab questions count when a condition
/// reads their analyte (albumin through the corrected calcium, calcium and phosphate
/// through Ca x P); the age when a condition reads an age.
#[test]
fn every_collected_answer_is_used() {
    use calcinosis_engine::knowledge::conditions::CALCIUM_SHOWN;
    use calcinosis_engine::knowledge::mimics::MIMICS;
    fn read(cond: &Cond, out: &mut BTreeSet<&'static str>) {
        match *cond {
            Cond::Is(q, _)
            | Cond::IsNot(q, _)
            | Cond::Has(q, _)
            | Cond::OneOf(q, _)
            | Cond::HasAny(q, _)
            | Cond::Known(q) => {
                out.insert(q);
            }
            Cond::Lab(a, _)
            | Cond::LabAtLeast(a, _)
            | Cond::LabBelow(a, _)
            | Cond::LabUnclear(a) => {
                out.insert(a.question_id());
            }
            Cond::CalciumAtLeast(_) | Cond::CalciumBelow(_) => {
                out.extend(["calcium", "albumin"]);
            }
            Cond::CaxPAtLeast(_) => {
                out.extend(["calcium", "phosphate", "albumin"]);
            }
            Cond::AgeBelow(_) | Cond::AgeAtLeast(_) => {
                out.insert("age");
            }
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| read(c, out)),
            Cond::Not(c) => read(c, out),
        }
    }
    let mut used = BTreeSet::new();
    for (_, c) in all_conditions() {
        read(&c, &mut used);
    }
    for m in MIMICS {
        read(&m.when, &mut used);
    }
    read(&CALCIUM_SHOWN, &mut used);
    // `who` (me, my child, someone I care for) is asked for the wording, not for the
    // reasoning: the texts follow it (`text::voice`), and it hides the pregnancy question
    // for a child. It counts as used on that ground alone, whatever reads it
    // (`who_is_not_clinical` checks that no rule, flag or physician question does).
    used.insert("who");
    // `lab_results` is read by the labs layer ("my doctor said they were normal" is
    // calcium and phosphate reported normal, `labs::Labs::reported_normal`).
    used.insert("lab_results");
    let unused: Vec<&str> = QUESTIONS
        .iter()
        .map(|q| q.id)
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "asked but never used: {unused:?}");
}

/// Every question or option listed with sources exists, and its sources too.
#[test]
fn question_sources_name_existing_questions_and_sources() {
    use calcinosis_engine::knowledge::questions::QUESTION_SOURCES;
    for (id, sources) in QUESTION_SOURCES {
        let (q, o) = match id.split_once('.') {
            Some((q, o)) => (q, Some(o)),
            None => (*id, None),
        };
        let found = question(q);
        assert!(found.is_some(), "no question {q}");
        let Some(question) = found else { continue };
        if let Some(o) = o {
            assert!(
                question.options().iter().any(|x| x.id == o),
                "no option {id}"
            );
        }
        assert!(!sources.is_empty(), "{id} has no source");
        for key in *sources {
            assert!(source(key).is_some(), "{id} cites unknown {key}");
        }
    }
}

/// `who` words the texts and never changes the reasoning: no rule, red flag or question
/// for the physician reads it.
#[test]
fn who_is_not_clinical() {
    let clinical: Vec<String> = all_conditions()
        .into_iter()
        .filter(|(owner, _)| !owner.starts_with("question ") && !owner.starts_with("option "))
        .filter(|(_, c)| {
            let mut r = Vec::new();
            refs(c, &mut r);
            r.iter().any(|(q, _)| *q == "who")
        })
        .map(|(owner, _)| owner)
        .collect();
    assert!(clinical.is_empty(), "read `who`: {clinical:?}");
}

/// Sources are marked primary by their publisher's address: journal articles and
/// guidelines are, encyclopedias and overviews are not.
#[test]
fn primary_sources_are_journals_and_guidelines() {
    use calcinosis_engine::knowledge::sources::{is_primary, SOURCES};
    let by_host = |host: &str| SOURCES.iter().find(|s| s.url.contains(host));
    for host in ["pubmed.ncbi.nlm.nih.gov", "www.nice.org.uk"] {
        assert!(by_host(host).is_some_and(is_primary), "{host}");
    }
    for host in ["wikipedia.org", "wikem.org", "statpearls.com"] {
        assert!(by_host(host).is_some_and(|s| !is_primary(s)), "{host}");
    }
}
