//! The catalog is complete in every language: the same keys everywhere, no empty text, no key
//! twice, the same `{placeholders}` in every translation of a string, and numbers written
//! and read with each language's decimal separator.

use std::collections::{BTreeMap, BTreeSet};

use calcinosis_engine::knowledge::ranges::units;
use calcinosis_engine::knowledge::Analyte;
use calcinosis_engine::text::{fill, lookup, number, parse_number, quantity, t, unit_label, Lang};

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
        for (k, _) in a.entries() {
            // As looked up: the words that follow who the answers are about (`{you}`,
            // `{usted}`) are expanded, and differ between languages by design.
            let (Some(v), Some(w)) = (lookup(a, k), lookup(b, k)) else {
                continue;
            };
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
        "µmol/L",
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

/// The numbers of a text in order, each as its digits with any decimal separator as '.'
/// ("9,4" and "9.4" are one number; "1,25-OH" is the same in both languages).
fn numbers(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if (c == '.' || c == ',')
            && !current.is_empty()
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            current.push('.');
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The unit symbols a text writes, each as often as it is written.
fn unit_symbols(s: &str) -> Vec<&'static str> {
    // Longest first, so that "mg/dL" is not also counted as "g/dL".
    const UNITS: &[&str] = &[
        "mL/min/1.73 m²",
        "mL/min/1,73 m²",
        "mg/dL",
        "mmol/L",
        "µmol/L",
        "umol/L",
        "nmol/L",
        "pmol/L",
        "pg/mL",
        "ng/mL",
        "ng/L",
        "g/dL",
        "g/L",
        "U/L",
        "cm",
        "mm",
        "kg",
        "%",
    ];
    let mut out = Vec::new();
    let mut rest = s.to_string();
    for unit in UNITS {
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut from = 0;
        while let Some(i) = rest[from..].find(unit).map(|i| i + from) {
            let end = i + unit.len();
            // A symbol ("%") may follow its number directly ("51.1%", "51,1 %").
            let symbol = !unit.starts_with(char::is_alphabetic);
            if (symbol || !word(rest[..i].chars().next_back())) && !word(rest[end..].chars().next())
            {
                out.push(if unit.contains("1,73") {
                    "mL/min/1.73 m²"
                } else {
                    unit
                });
                rest.replace_range(i..end, " ");
                from = i + 1;
            } else {
                from = end;
            }
        }
    }
    out.sort_unstable();
    out
}

/// A translation keeps every number and unit of the English: a threshold, a dose or a
/// unit that differs between the languages would tell the two readers different things.
#[test]
fn every_translation_has_the_same_numbers_and_units() {
    let mut differ = Vec::new();
    for (k, en) in Lang::En.entries() {
        for lang in Lang::ALL {
            let Some(text) = lookup(lang, k) else {
                continue;
            };
            if numbers(text) != numbers(en) {
                differ.push(format!(
                    "{k}: numbers {:?} in English but {:?} in {lang:?}",
                    numbers(en),
                    numbers(text)
                ));
            }
            if unit_symbols(text) != unit_symbols(en) {
                differ.push(format!(
                    "{k}: units {:?} in English but {:?} in {lang:?}",
                    unit_symbols(en),
                    unit_symbols(text)
                ));
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

/// A number is written with its language's decimal separator in the texts too ("1,73" in
/// Spanish, "1.73" in English); "1,25-OH" (vitamin D) is a chemical name, not a number.
#[test]
fn texts_write_decimals_with_the_language_separator() {
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let other = if lang.decimal_separator() == '.' {
            ','
        } else {
            '.'
        };
        for (k, v) in lang.entries() {
            let chars: Vec<char> = v.replace("1,25-OH", "").chars().collect();
            let bad = chars
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == other && w[2].is_ascii_digit());
            if bad {
                wrong.push(format!("{lang:?} {k}: {v:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Every unit a lab value can be entered in is written as each language writes it: the
/// catalog's symbol when the unit's id is not one ("umol/L" is "µmol/L"), with the
/// language's decimal separator.
#[test]
fn units_are_written_as_each_language_writes_them() {
    for lang in Lang::ALL {
        let other = if lang.decimal_separator() == '.' {
            ','
        } else {
            '.'
        };
        for analyte in Analyte::ALL {
            for u in units(analyte) {
                let shown = unit_label(lang, u.id, "");
                assert!(!shown.is_empty(), "{lang:?} {}", u.id);
                assert!(!shown.starts_with('u'), "{lang:?} {}: {shown}", u.id);
                let digits: Vec<char> = shown.chars().collect();
                assert!(
                    !digits
                        .windows(3)
                        .any(|w| w[0].is_ascii_digit() && w[1] == other && w[2].is_ascii_digit()),
                    "{lang:?} {}: {shown}",
                    u.id
                );
                assert!(!shown.ends_with("m2"), "{lang:?} {}: {shown}", u.id);
            }
        }
    }
    assert_eq!(unit_label(Lang::Es, "mL/min/1.73m2", ""), "mL/min/1,73 m²");
    assert_eq!(unit_label(Lang::En, "mL/min/1.73m2", ""), "mL/min/1.73 m²");
    assert_eq!(unit_label(Lang::Es, "umol/L", ""), "µmol/L");
    assert_eq!(unit_label(Lang::Es, "mg/dL", ""), "mg/dL");
}

/// One year, two years: the unit of a quantity agrees with its number.
#[test]
fn a_quantity_of_one_takes_the_singular() {
    assert_eq!(quantity(Lang::Es, "1", "years"), "1 año");
    assert_eq!(quantity(Lang::Es, "1", "months"), "1 mes");
    assert_eq!(quantity(Lang::En, "1", "years"), "1 year");
    assert_eq!(quantity(Lang::En, "1", "months"), "1 month");
    assert_eq!(quantity(Lang::Es, "2", "years"), "2 años");
    assert_eq!(quantity(Lang::Es, "1,5", "years"), "1,5 años");
    assert_eq!(quantity(Lang::En, "11", "months"), "11 months");
    assert_eq!(quantity(Lang::En, "0", "years"), "0 years");
    assert_eq!(quantity(Lang::Es, "1", "mg/dL"), "1 mg/dL");
    assert_eq!(
        quantity(Lang::Es, "60", "mL/min/1.73m2"),
        "60 mL/min/1,73 m²"
    );
    // Every singular has its plural, in every language.
    for lang in Lang::ALL {
        for (k, _) in lang.entries() {
            if let Some(plural) = k.strip_prefix("unit.").and_then(|k| k.strip_suffix(".one")) {
                let plural = &["unit.", plural].concat();
                assert!(
                    lookup(lang, plural).is_some(),
                    "{lang:?} {k} without {plural}"
                );
            }
        }
    }
}

/// The page's own texts (before the app starts) are translated too, with the same numbers.
#[test]
fn the_page_texts_are_in_every_language() {
    use calcinosis_engine::text::page::PAGE;
    assert!(PAGE.len() >= 4);
    for (id, en, es) in PAGE {
        assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{id}");
        assert_ne!(en, es, "{id} is not translated");
        assert_eq!(numbers(en), numbers(es), "{id}");
    }
}
