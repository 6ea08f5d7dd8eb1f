//! Every screen, rendered in each language by Yew's server renderer, says everything in
//! that language: a word a person reads that is not in the catalog (a string written in
//! the code, a unit symbol, a number in the other language's format, "1 years") shows up
//! here. The screens: the intro, each section and the review with answers, the summary of
//! every case of the validation set (engine/tests/cases) and of a one-year-old's answers, and
//! About. The published sources are English (their titles are marked `lang="en"`).

#[cfg(test)]
mod tests {
    use super::super::first::render;
    use std::collections::BTreeSet;

    use calcinosis_engine::answers::{from_file, Answer, Answers};
    use calcinosis_engine::flow::{Action, Questionnaire, Step};
    use calcinosis_engine::knowledge::questions::Section;
    use calcinosis_engine::text::Lang;

    /// Words of English that are not Spanish words, as a person would read them on a
    /// screen left untranslated.
    const ENGLISH: &[&str] = &[
        "the",
        "and",
        "of",
        "your",
        "you",
        "with",
        "for",
        "to",
        "is",
        "are",
        "this",
        "that",
        "what",
        "not",
        "or",
        "it",
        "be",
        "can",
        "have",
        "was",
        "were",
        "will",
        "would",
        "should",
        "from",
        "at",
        "on",
        "in",
        "by",
        "an",
        "if",
        "my",
        "we",
        "they",
        "year",
        "years",
        "month",
        "months",
        "loading",
        "next",
        "back",
        "edit",
        "start",
        "print",
        "download",
        "yes",
        "don't",
        "know",
        "high",
        "low",
        "other",
        "none",
        "kind",
        "step",
        "sources",
        "show",
        "close",
        "open",
        "keep",
        "answers",
        "answer",
        "questions",
        "question",
        "doctor",
        "lump",
        "blood",
        "kidney",
        "pain",
        "skin",
        "help",
        "about",
        "more",
        "less",
        "page",
        "here",
        "see",
        "first",
        "summary",
        "check",
        "change",
        "again",
        "unit",
        "range",
        "normal for",
        "could",
        "likely",
        "possible",
        "unlikely",
    ];

    /// Words of Spanish that are not English words.
    const SPANISH: &[&str] = &[
        "el", "los", "las", "que", "para", "por", "una", "sus", "usted", "años", "meses", "del",
        "con", "está", "qué", "cómo", "año", "mes", "sí",
    ];

    /// What a person reads of `html`: its text and the attributes read aloud or shown
    /// (aria-label, title, placeholder, alt), entities decoded; without what is marked as
    /// English when `skip_english`.
    fn readable(html: &str, skip_english: bool) -> String {
        let mut html = html.to_string();
        if skip_english {
            while let Some(i) = html.find(r#"<span lang="en">"#) {
                let end = html[i..].find("</span>").map_or(html.len(), |j| i + j + 7);
                html.replace_range(i..end, " ");
            }
        }
        let mut out = String::new();
        let mut rest = html.as_str();
        while let Some(open) = rest.find('<') {
            out.push_str(&rest[..open]);
            out.push(' ');
            let Some(close) = rest[open..].find('>') else {
                break;
            };
            let tag = &rest[open..open + close];
            for name in ["aria-label", "title", "placeholder", "alt"] {
                let attr = [" ", name, "=\""].concat();
                if let Some(i) = tag.find(&attr) {
                    let value = &tag[i + attr.len()..];
                    out.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                    out.push(' ');
                }
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
    }

    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !(c.is_alphabetic() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// What in `text` (a screen in `lang`) is not written as `lang` writes it.
    fn foreign(lang: Lang, text: &str) -> BTreeSet<String> {
        let other_words = match lang {
            Lang::En => SPANISH,
            Lang::Es => ENGLISH,
        };
        let words = words(text);
        let mut found: BTreeSet<String> = words
            .iter()
            .filter(|w| other_words.contains(&w.as_str()))
            .cloned()
            .collect();
        // Two-word phrases of the list ("normal for").
        for pair in words.windows(2) {
            let phrase = pair.join(" ");
            if other_words.contains(&phrase.as_str()) {
                found.insert(phrase);
            }
        }
        // A number in the other language's format ("1.73" in Spanish); "1,25-OH" (vitamin
        // D) is a chemical name, "2.0.0" a version.
        let other = if lang.decimal_separator() == '.' {
            ','
        } else {
            '.'
        };
        let text_numbers = text.replace("1,25-OH", "");
        let numbers = text_numbers.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','));
        for number in numbers {
            let number = number.trim_matches(|c: char| !c.is_ascii_digit());
            if number.matches(['.', ',']).count() == 1 && number.contains(other) {
                found.insert(number.to_string());
            }
        }
        // Unit ids shown as they are stored ("umol/L", "1.73m2"), and "1 years".
        for bad in ["umol", "m2", "1 years", "1 months", "1 años", "1 meses"] {
            let at = text.match_indices(bad).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + bad.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                    || bad == "m2"
            });
            if at {
                found.insert(bad.to_string());
            }
        }
        found
    }

    fn cases() -> Vec<(String, Answers)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/engine/tests/cases");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut out: Vec<(String, Answers)> = files
            .iter()
            .filter_map(|f| {
                let answers = from_file(&std::fs::read_to_string(f).ok()?).ok()?;
                Some((f.file_name()?.to_string_lossy().into_owned(), answers))
            })
            .collect();
        // A one-year-old with every lab in its other unit: "1 año", "µmol/L", the range of
        // eGFR ("60 mL/min/1,73 m² o más"), a unit that looks wrong.
        let q = |value: f64, unit: &str| Answer::Quantity {
            value,
            unit: unit.to_string(),
        };
        let mut one = Answers::new();
        for (id, answer) in [
            ("age", q(1.0, "years")),
            ("calcium", q(2.9, "mmol/L")),
            ("phosphate", q(3.1, "mmol/L")),
            ("albumin", q(38.0, "g/L")),
            ("pth", q(12.5, "pmol/L")),
            ("vitamin_d", q(210.0, "nmol/L")),
            ("creatinine", q(1.4, "umol/L")),
            ("egfr", q(42.5, "mL/min/1.73m2")),
            ("alp", q(300.0, "U/L")),
            ("warfarin", Answer::Choice("yes".to_string())),
        ] {
            one.insert(id.to_string(), answer);
        }
        out.push(("one-year-old".to_string(), one));
        out
    }

    /// Every screen of the app for these answers in `lang`: each section, the review, the
    /// summary.
    fn screens(lang: Lang, answers: &Answers) -> Vec<(String, String)> {
        let mut q = Questionnaire::with_answers(answers.clone());
        q.lang = lang;
        let mut out = Vec::new();
        for section in Section::ALL {
            q.step = Step::Section(section);
            out.push((format!("{section:?}"), render(q.clone())));
        }
        q.step = Step::Review;
        out.push(("review".to_string(), render(q.clone())));
        q.apply(Action::ShowResult);
        out.push(("summary".to_string(), render(q)));
        out
    }

    fn check_every_screen(lang: Lang) -> Vec<String> {
        let mut problems = Vec::new();
        let mut first = Questionnaire {
            lang,
            ..Default::default()
        };
        let mut fixed = vec![("intro".to_string(), render(first.clone()))];
        first.apply(Action::Start);
        fixed.push(("first questions".to_string(), render(first.clone())));
        first.apply(Action::ShowAbout);
        // About with the link to the build's source (src/config.rs), and its local changes.
        crate::config::set(crate::config::Config {
            source: "1a2b3c4+ 557".to_string(),
            ..Default::default()
        });
        let about = render(first);
        crate::config::set(Default::default());
        assert!(about.contains("tar.gz, 557 KB"), "About shows no source");
        fixed.push(("about".to_string(), about));
        let mut all: Vec<(String, String)> = fixed;
        for (case, answers) in cases() {
            for (screen, html) in screens(lang, &answers) {
                all.push((format!("{case}, {screen}"), html));
            }
        }
        assert!(all.len() > 300, "only {} screens rendered", all.len());
        for (screen, html) in all {
            assert!(html.contains("<main"), "{screen}: nothing rendered");
            let found = foreign(lang, &readable(&html, lang != Lang::En));
            if !found.is_empty() {
                problems.push(format!("{lang:?} {screen}: {found:?}"));
            }
        }
        problems
    }

    /// Whitespace as a browser renders it: each run one space.
    fn collapsed(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// `html` without its comments.
    fn uncommented(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find("<!--") {
            out.push_str(&rest[..i]);
            rest = rest[i..].find("-->").map_or("", |j| &rest[i + j + 3..]);
        }
        out + rest
    }

    /// The page around the app (index.html, static/start.js) shows, before the app starts or
    /// when it cannot, only the texts of `text::page::PAGE`, in the language the aid starts
    /// in (both in `<noscript>`, where nothing can tell it); the page's title is the aid's
    /// name, the same in every language, until the app names the screen.
    #[test]
    fn the_page_says_only_its_texts_in_both_languages() {
        use calcinosis_engine::text::page::PAGE;
        let text = |id: &str| {
            PAGE.iter()
                .find(|(k, _, _)| *k == id)
                .map(|(_, en, es)| (*en, *es))
                .unwrap_or_default()
        };
        let dir = env!("CARGO_MANIFEST_DIR");
        let index = std::fs::read_to_string([dir, "/index.html"].concat()).unwrap_or_default();
        let index = uncommented(&index);
        let start = std::fs::read_to_string([dir, "/static/start.js"].concat()).unwrap_or_default();

        assert!(
            index.contains("<title>Calcinosis Aid</title>"),
            "index.html <title>"
        );
        let description = text("page.description");
        assert!(
            index.contains(
                &[
                    "<meta name=\"description\" content=\"",
                    description.0,
                    "\">"
                ]
                .concat()
            ),
            "index.html's description is not page.description"
        );
        // Everything the body shows: the loading text, then the noscript message in both
        // languages (the declared shadow root's template holds the static first screens).
        let body = index.split("<body>").nth(1).unwrap_or_default();
        let body = match (body.find("<template"), body.find("</template>")) {
            (Some(i), Some(j)) => [&body[..i], &body[j..]].concat(),
            _ => body.to_string(),
        };
        let (noscript, loading) = (text("page.noscript"), text("page.loading"));
        assert_eq!(
            collapsed(&readable(&body, false)),
            [loading.0, noscript.0, noscript.1].join(" "),
            "index.html shows a text that is not in text::page::PAGE"
        );
        assert!(collapsed(&index).contains(&["<p lang=\"es\">", noscript.1].concat()));
        // start.js: the other language's texts, quoted as they are.
        for (id, en, es) in PAGE.iter().filter(|(id, _, _)| *id != "page.noscript") {
            let quoted = |s: &str| ["'", s, "'"].concat();
            assert!(
                start.contains(&quoted(es)),
                "start.js lacks the Spanish {id}"
            );
            if *id == "page.start_failed" {
                assert!(
                    start.contains(&quoted(en)),
                    "start.js lacks the English {id}"
                );
            }
        }
        // What start.js writes for a person to read comes from those texts.
        for (i, _) in start.match_indices("textContent =") {
            let after = start[i + "textContent =".len()..].trim_start();
            assert!(
                after.starts_with("TEXTS["),
                "start.js writes a text of its own: {}",
                &after[..after.len().min(60)]
            );
        }
    }

    #[test]
    fn every_spanish_screen_is_in_spanish() {
        let problems = check_every_screen(Lang::Es);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_english_screen_is_in_english() {
        let problems = check_every_screen(Lang::En);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_check_finds_what_it_looks_for() {
        let es = |html: &str| foreign(Lang::Es, &readable(html, true));
        assert!(es("<p>Siguiente</p>").is_empty());
        assert_eq!(
            es("<p>Loading…</p><button aria-label=\"Close\">x</button>"),
            BTreeSet::from(["loading".to_string(), "close".to_string()])
        );
        assert!(es("<p>60 mL/min/1.73m2</p>").contains("m2"));
        assert!(es("<p>de 2,1 a 2,6 mmol/L</p>").is_empty());
        assert!(es("<p>de 2.1 a 2.6</p>").contains("2.1"));
        assert!(es("<p>con 1 años</p>").contains("1 años"));
        assert!(es("<p>12 umol/L</p>").contains("umol"));
        assert!(es(r#"<li><span lang="en">Calcinosis of the skin</span></li>"#).is_empty());
        assert!(es("<li>1,25-OH</li>").is_empty());
        assert!(es("<p>Versión 2.0.0 (2026-12-02).</p>").is_empty());
        assert!(es("<p>Versión 2.0.</p>").contains("2.0"));
        let en = |html: &str| foreign(Lang::En, &readable(html, false));
        assert!(en("<p>Next: the first questions</p>").is_empty());
        assert!(en("<p>at age 1 years</p>").contains("1 years"));
        assert!(en("<p>Volver a la revisión de sus respuestas</p>").contains("sus"));
    }
}
