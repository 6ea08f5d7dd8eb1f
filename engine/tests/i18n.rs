//! The catalog is complete in every language: the same keys everywhere, no empty text, no key
//! twice, the same `{placeholders}` in every translation of a string, and numbers written
//! and read with each language's decimal separator.

use std::collections::{BTreeMap, BTreeSet};

use calcinosis_engine::text::{fill, lookup, number, parse_number, t, Lang};

/// Every pair of different languages, in both orders.
fn pairs() -> Vec<(Lang, Lang)> {
    let mut out = Vec::new();
    for a in Lang::ALL {
        for b in Lang::ALL {
            if a != b {
                out.push((a, b));
            }
        }
    }
    out
}

fn keys(lang: Lang) -> BTreeSet<&'static str> {
    lang.entries().map(|(k, _)| *k).collect()
}

/// The `{name}` placeholders of a string.
fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let Some(j) = rest[i..].find('}') else { break };
        out.insert(rest[i + 1..i + j].to_string());
        rest = &rest[i + j + 1..];
    }
    out
}

#[test]
fn there_is_more_than_one_language() {
    assert!(Lang::ALL.len() >= 2, "{:?}", Lang::ALL);
    assert!(Lang::ALL.contains(&Lang::Es));
}

#[test]
fn every_key_of_one_language_is_in_every_other() {
    let mut problems = Vec::new();
    for (a, b) in pairs() {
        let missing: Vec<_> = keys(a).difference(&keys(b)).copied().collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{b:?} lacks {} key(s) of {a:?}: {missing:?}",
                missing.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_text_is_empty() {
    let mut empty = Vec::new();
    for lang in Lang::ALL {
        for (k, v) in lang.entries() {
            if v.trim().is_empty() {
                empty.push(format!("{lang:?} {k}"));
            }
        }
    }
    assert!(empty.is_empty(), "empty texts: {empty:#?}");
}

#[test]
fn no_key_appears_twice_in_a_language() {
    let mut twice = Vec::new();
    for lang in Lang::ALL {
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for (k, _) in lang.entries() {
            *count.entry(k).or_default() += 1;
        }
        for (k, n) in count {
            if n > 1 {
                twice.push(format!("{lang:?} {k} ({n} times)"));
            }
        }
    }
    assert!(twice.is_empty(), "keys given more than once: {twice:#?}");
}

#[test]
fn every_translation_has_the_same_placeholders() {
    let mut differ = Vec::new();
    for (a, b) in pairs() {
        for (k, v) in a.entries() {
            let Some(w) = lookup(b, k) else { continue };
            let (pa, pb) = (placeholders(v), placeholders(w));
            if pa != pb {
                differ.push(format!("{k}: {a:?} {pa:?} but {b:?} {pb:?}"));
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn braces_are_balanced() {
    for lang in Lang::ALL {
        for (k, v) in lang.entries() {
            let open = v.matches('{').count();
            let close = v.matches('}').count();
            assert_eq!(open, close, "{lang:?} {k}: unbalanced braces in {v:?}");
        }
    }
}

#[test]
fn a_filled_spanish_template_keeps_no_placeholder() {
    let s = fill(
        t(Lang::Es, "ui.progress"),
        &[("n", "2".into()), ("total", "5".into())],
    );
    assert_eq!(s, "Paso 2 de 5");
    let s = fill(
        t(Lang::Es, "pq.lab_phosphate_for_age"),
        &[
            ("phosphate", format!("{} mg/dL", number(Lang::Es, 6.8, 2))),
            ("age", format!("12 {}", t(Lang::Es, "unit.years"))),
        ],
    );
    assert!(s.contains("6,8 mg/dL") && s.contains("12 años"), "{s}");
    assert!(!s.contains('{'), "{s}");
}

#[test]
fn numbers_use_the_language_decimal_separator() {
    assert_eq!(number(Lang::Es, 6.8, 1), "6,8");
    assert_eq!(number(Lang::En, 6.8, 1), "6.8");
    assert_eq!(number(Lang::Es, 9.45, 2), "9,45");
    assert_eq!(number(Lang::Es, 120.0, 1), "120");
    assert_eq!(Lang::Es.decimal_separator(), ',');
    assert_eq!(Lang::En.decimal_separator(), '.');
}

#[test]
fn typed_numbers_are_read_with_either_separator() {
    assert_eq!(parse_number("6,8"), Some(6.8));
    assert_eq!(parse_number("6.8"), Some(6.8));
    assert_eq!(parse_number(" 9,4 "), Some(9.4));
    assert_eq!(parse_number("1,2,3"), None);
    // What Spanish shows, Spanish reads back.
    assert_eq!(parse_number(&number(Lang::Es, 2.35, 2)), Some(2.35));
}

#[test]
fn codes_and_names() {
    assert_eq!(Lang::Es.code(), "es");
    assert_eq!(Lang::En.code(), "en");
    assert_eq!(Lang::Es.name(), "Español");
    assert_eq!(Lang::En.name(), "English");
    assert_eq!(Lang::from_code("es"), Some(Lang::Es));
    assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_code("ES-es"), Some(Lang::Es));
    assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
    let codes: BTreeSet<_> = Lang::ALL.iter().map(|l| l.code()).collect();
    let names: BTreeSet<_> = Lang::ALL.iter().map(|l| l.name()).collect();
    assert_eq!(codes.len(), Lang::ALL.len());
    assert_eq!(names.len(), Lang::ALL.len());
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
}

/// A text left in English in the Spanish catalog is a missed translation. Only words that are
/// the same in both languages (names, "No", some diseases) may be identical.
#[test]
fn spanish_texts_are_translated() {
    const SAME_IN_BOTH: &[&str] = &[
        "Calcinosis Aid",
        "No",
        "Lupus",
        "Diabetes",
        "Sarcoidosis",
        "Vulva",
    ];
    let mut untranslated = Vec::new();
    for (k, en) in Lang::En.entries() {
        if let Some(es) = lookup(Lang::Es, k) {
            if es == *en && !SAME_IN_BOTH.contains(en) {
                untranslated.push(format!("{k}: {en:?}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "still in English: {untranslated:#?}"
    );
}
