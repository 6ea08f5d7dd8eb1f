//! The knowledge as a Markdown document for clinical review: every rule, red flag, question
//! for the physician and reference range, with its condition in words and its sources.
//! `cargo run --bin knowledge > docs/knowledge.md` writes it; a test keeps the committed
//! copy in step with the tables.

use std::fmt::Write;

use crate::knowledge::physician::PHYSICIAN_QUESTIONS;
use crate::knowledge::ranges::{units, RANGES};
use crate::knowledge::red_flags::RED_FLAGS;
use crate::knowledge::rules::RULES;
use crate::knowledge::sources::SOURCES;
use crate::knowledge::{Analyte, Category, Cond, Level};
use crate::text::{t, Lang};

/// A condition in words: `kidney = dialysis AND (looks includes livedo OR ...)`.
pub fn describe(cond: &Cond) -> String {
    let join = |cs: &[Cond], op: &str| {
        cs.iter()
            .map(|c| match c {
                Cond::All(_) | Cond::Any(_) => format!("({})", describe(c)),
                _ => describe(c),
            })
            .collect::<Vec<_>>()
            .join(op)
    };
    match *cond {
        Cond::Is(q, o) => format!("{q} = {o}"),
        Cond::IsNot(q, o) => format!("{q} answered, not {o}"),
        Cond::OneOf(q, os) => format!("{q} in {{{}}}", os.join(", ")),
        Cond::Has(q, o) => format!("{q} includes {o}"),
        Cond::HasAny(q, os) => format!("{q} includes any of {{{}}}", os.join(", ")),
        Cond::Lab(a, l) => format!("{} {} for age", a.question_id(), level(l)),
        Cond::LabAtLeast(a, v) => format!("{} >= {v} {}", a.question_id(), unit(a)),
        Cond::LabBelow(a, v) => format!("{} < {v} {}", a.question_id(), unit(a)),
        Cond::CaxPAtLeast(v) => format!("Ca x P >= {v} mg2/dL2"),
        Cond::CalciumAtLeast(v) => {
            format!("calcium (albumin-corrected when albumin is low) >= {v} mg/dL")
        }
        Cond::CalciumBelow(v) => {
            format!("calcium (albumin-corrected when albumin is low) < {v} mg/dL")
        }
        Cond::LabUnclear(a) => format!(
            "{} entered but unusable (impossible, or its unit in doubt)",
            a.question_id()
        ),
        Cond::AgeBelow(y) => format!("age < {y} years"),
        Cond::AgeAtLeast(y) => format!("age >= {y} years"),
        Cond::Known(q) => format!("{q} answered"),
        Cond::All(cs) => join(cs, " AND "),
        Cond::Any(cs) => join(cs, " OR "),
        Cond::Not(c) => format!("NOT ({})", describe(c)),
    }
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Low => "low",
        Level::Normal => "normal",
        Level::High => "high",
    }
}

fn unit(a: Analyte) -> &'static str {
    units(a).first().map_or("", |u| u.id)
}

fn cite(keys: &[&str]) -> String {
    keys.iter().map(|k| format!("[{k}]")).collect()
}

/// The whole review document.
pub fn markdown() -> String {
    let lang = Lang::En;
    let mut s = String::new();
    let _ = writeln!(s, "# Calcinosis Aid: the knowledge, for clinical review\n");
    let _ = writeln!(
        s,
        "Generated from the engine's tables by `cargo run --bin knowledge`; do not edit by hand."
    );
    let _ = writeln!(
        s,
        "A rule adds its weight to its category's score when its condition holds. A category is"
    );
    let _ = writeln!(
        s,
        "called likely with a score of at least 5 and a lead of at least 2 over the next one;"
    );
    let _ = writeln!(s, "otherwise the aid says it cannot tell yet. Red flags are shown first, whatever the scores.\n");
    let _ = writeln!(
        s,
        "Knowledge version **{}** ({}); the dated change list is `docs/knowledge-changes.md`.\n",
        crate::knowledge::VERSION,
        crate::knowledge::VERSION_DATE
    );
    let _ = writeln!(
        s,
        "Three safety steps follow the scores (`engine/src/assess.rs`):\n"
    );
    let _ = writeln!(s, "- when calciphylaxis ranks first (with a score of at least 2) or is called likely, its red flag is raised;");
    let _ = writeln!(s, "- when the calciphylaxis red flag is raised, calciphylaxis is ranked first; if its own score did not put it there, the aid says it cannot tell yet;");
    let _ = writeln!(s, "- when the `mass` or `mass_young` flag is raised and no X-ray, scan, biopsy or chalky discharge has shown calcium, no category is called likely and the summary leads with \"a scan is needed first\".\n");
    let _ = writeln!(s, "## Rules\n");
    for c in Category::ALL {
        let _ = writeln!(
            s,
            "### {} (`{}`)\n",
            t(lang, &format!("category.{}", c.id())),
            c.id()
        );
        let _ = writeln!(
            s,
            "| rule | weight | when | sources | reason shown |\n|---|---|---|---|---|"
        );
        for r in RULES.iter().filter(|r| r.category == c) {
            let _ = writeln!(
                s,
                "| `{}` | {:+} | {} | {} | {} |",
                r.id,
                r.weight,
                describe(&r.when),
                cite(r.sources),
                t(lang, &format!("rule.{}", r.id))
            );
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(
        s,
        "## Red flags\n\n| flag | urgency | when | not when raised | sources | what is shown | action shown |\n|---|---|---|---|---|---|---|"
    );
    for f in RED_FLAGS {
        let _ = writeln!(
            s,
            "| `{}` | {:?} | {} | {} | {} | {} | {} |",
            f.id,
            f.urgency,
            describe(&f.when),
            f.unless
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", "),
            cite(f.sources),
            t(lang, &format!("flag.{}", f.id)),
            t(lang, &format!("flag.{}.action", f.id))
        );
    }
    let _ = writeln!(s, "\n## Questions for the physician\n\nAt most three are marked most important and listed first: those tied to the red flags raised, then those quoting the person's values, then the leading category's first question; the others are shown under \"more questions\".\n\n| id | category | only with flag | when | sources | text |\n|---|---|---|---|---|---|");
    for p in PHYSICIAN_QUESTIONS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} | {} |",
            p.id,
            p.category.map_or("general", |c| c.id()),
            p.flags
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", "),
            p.when.as_ref().map_or("always".to_string(), describe),
            cite(p.sources),
            t(lang, &format!("pq.{}", p.id))
        );
    }
    let _ = writeln!(s, "\n## Questions and options asked for a specific finding\n\n| question or option | shown as | sources |\n|---|---|---|");
    for (id, sources) in crate::knowledge::questions::QUESTION_SOURCES {
        let key = match id.split_once('.') {
            Some((q, o)) => format!("opt.{q}.{o}"),
            None => format!("q.{id}"),
        };
        let _ = writeln!(s, "| `{id}` | {} | {} |", t(lang, &key), cite(sources));
    }
    let _ = writeln!(s, "\n## Mimics named in the summary\n\nThey never change the ranking or the flags.\n\n| id | when | sources | text |\n|---|---|---|---|");
    for m in crate::knowledge::mimics::MIMICS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} |",
            m.id,
            describe(&m.when),
            cite(m.sources),
            t(lang, &format!("mimic.{}", m.id))
        );
    }
    let _ = writeln!(s, "\n## Reference ranges (canonical units)\n\n| analyte | ages (years) | low | high | source |\n|---|---|---|---|---|");
    for r in RANGES {
        let _ = writeln!(
            s,
            "| {} ({}) | {:.3} to {:.3} | {} | {} | [{}] |",
            r.analyte.question_id(),
            unit(r.analyte),
            r.min_age,
            r.max_age,
            r.low,
            r.high,
            r.source
        );
    }
    let _ = writeln!(s, "\nValues outside what is possible are not used and the person is asked to check them (if correct, they are dangerous); a value where the other unit is far more likely is not used until its unit is checked:\n\n| analyte | possible (canonical unit) |\n|---|---|");
    for a in crate::knowledge::Analyte::ALL {
        let (lo, hi) = crate::knowledge::ranges::plausible(a);
        let _ = writeln!(
            s,
            "| {} ({}) | {} to {} |",
            a.question_id(),
            unit(a),
            lo,
            hi
        );
    }
    let _ = writeln!(
        s,
        "\n| analyte | entered in | below | ask whether it is |\n|---|---|---|---|"
    );
    for (a, u, below, other) in crate::knowledge::ranges::UNIT_DOUBTS {
        let _ = writeln!(s, "| {} | {u} | {below} | {other} |", a.question_id());
    }
    let _ = writeln!(s, "\n## Sources\n");
    for src in SOURCES {
        let _ = writeln!(s, "- [{}] {} <{}>", src.key, src.title, src.url);
    }
    s
}
