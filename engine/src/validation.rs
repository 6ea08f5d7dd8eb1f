//! What the labels have meant on published cases: the figures of `docs/validation.md`
//! (issue 14, parts 3 and 5). Measurement only: nothing here changes the assessment.
//!
//! Pure like the rest of the crate: it is given the case files' text (the `validation`
//! binary and the tests read the folders) and returns figures and Markdown. The same
//! cases always give the same document.

use std::collections::BTreeMap;

use crate::answers::{from_file, Answers};
use crate::assess::{assess, Label};
use crate::knowledge::questions::{Section, QUESTIONS};
use crate::knowledge::Category;

/// One published case: its answers and the category its authors gave.
#[derive(Clone, Debug)]
pub struct Case {
    /// The file name without `.json`.
    pub id: String,
    pub expected: Category,
    pub answers: Answers,
}

impl Case {
    /// Read one case file (an answers file with a `case` object naming `expected` and a
    /// `citation`). The error names what is wrong.
    pub fn parse(id: &str, text: &str) -> Result<Case, String> {
        let meta: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("{id}: not JSON: {e}"))?;
        let expected_id = meta["case"]["expected"]
            .as_str()
            .ok_or_else(|| format!("{id}: no case.expected"))?;
        let expected = Category::from_id(expected_id)
            .ok_or_else(|| format!("{id}: unknown category {expected_id:?}"))?;
        if meta["case"]["citation"]
            .as_str()
            .is_none_or(|c| c.trim().is_empty())
        {
            return Err(format!("{id}: no citation"));
        }
        let answers = from_file(text).map_err(|e| format!("{id}: {e}"))?;
        Ok(Case {
            id: id.to_string(),
            expected,
            answers,
        })
    }
}

/// How much of each case's answers is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thinning {
    /// Every answer of the case.
    Full,
    /// Every lab question removed (the Labs section).
    NoLabs,
    /// Every question of the History section removed.
    NoHistory,
}

impl Thinning {
    pub const ALL: [Thinning; 3] = [Thinning::Full, Thinning::NoLabs, Thinning::NoHistory];

    pub fn title(self) -> &'static str {
        match self {
            Thinning::Full => "all answers",
            Thinning::NoLabs => "labs removed",
            Thinning::NoHistory => "history removed",
        }
    }

    /// The sections whose answers are removed: the history is asked in two sections, and
    /// a known connective tissue disease (`ctd`) with the person, but is history all the
    /// same, as it was when these figures were first made.
    fn removes(self, q: &crate::knowledge::questions::Question) -> bool {
        match self {
            Thinning::Full => false,
            Thinning::NoLabs => q.section == Section::Labs,
            Thinning::NoHistory => {
                matches!(q.section, Section::History | Section::Treatments) || q.id == "ctd"
            }
        }
    }

    /// The answers less those of the removed sections.
    pub fn apply(self, answers: &Answers) -> Answers {
        if self == Thinning::Full {
            return answers.clone();
        }
        answers
            .iter()
            .filter(|(k, _)| {
                !QUESTIONS
                    .iter()
                    .any(|q| q.id == k.as_str() && self.removes(q))
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// What the aid said about one case.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub id: String,
    pub expected: Category,
    pub top: Category,
    /// 1-based rank of the expected category.
    pub rank: usize,
    pub likely: bool,
    pub calciphylaxis_flag: bool,
    /// "Cannot tell yet": the first question named in `would_help`, when there is one.
    pub first_help: Option<&'static str>,
}

impl Outcome {
    pub fn likely_wrong(&self) -> bool {
        self.likely && self.top != self.expected
    }

    pub fn likely_right(&self) -> bool {
        self.likely && self.top == self.expected
    }
}

pub fn outcome(id: &str, expected: Category, answers: &Answers) -> Outcome {
    let a = assess(answers);
    let rank = a
        .ranking
        .iter()
        .position(|r| r.category == expected)
        .map_or(a.ranking.len() + 1, |p| p + 1);
    Outcome {
        id: id.to_string(),
        expected,
        top: a.top().map_or(Category::Dystrophic, |r| r.category),
        rank,
        likely: a.top().is_some_and(|r| r.label == Label::Likely),
        calciphylaxis_flag: a.red_flags.iter().any(|f| f.id == "calciphylaxis"),
        first_help: if a.undetermined {
            a.would_help.first().map(|h| h.question)
        } else {
            None
        },
    }
}

/// Part 5 of issue 14, on thinned answers: of the cases where the aid cannot tell yet, in
/// how many does adding back the answer it names first (from the full case) give the
/// right "likely".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HelpMeasure {
    /// Cases where the aid cannot tell yet.
    pub undetermined: usize,
    /// Of those, cases that name a question the full case answers (not "don't know").
    pub answer_available: usize,
    /// Of those, cases where adding back that answer gives the right "likely".
    pub right_likely: usize,
}

/// The figures of one part of the cases with one thinning.
#[derive(Clone, Debug)]
pub struct Figures {
    pub outcomes: Vec<Outcome>,
    /// `None` for all answers (nothing to add back).
    pub help: Option<HelpMeasure>,
}

impl Figures {
    pub fn n(&self) -> usize {
        self.outcomes.len()
    }
    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.outcomes.iter().filter(|o| f(o)).count()
    }
    pub fn top1(&self) -> usize {
        self.count(|o| o.rank == 1)
    }
    pub fn top3(&self) -> usize {
        self.count(|o| o.rank <= 3)
    }
    pub fn likely(&self) -> usize {
        self.count(|o| o.likely)
    }
    pub fn likely_right(&self) -> usize {
        self.count(Outcome::likely_right)
    }
    pub fn likely_wrong(&self) -> usize {
        self.count(Outcome::likely_wrong)
    }
    /// (calciphylaxis cases with the `calciphylaxis` flag, calciphylaxis cases)
    pub fn calciphylaxis_flagged(&self) -> (usize, usize) {
        (
            self.count(|o| o.expected == Category::Calciphylaxis && o.calciphylaxis_flag),
            self.count(|o| o.expected == Category::Calciphylaxis),
        )
    }
    /// (top-1 right, cases) for cases of this category: sensitivity.
    pub fn sensitivity(&self, c: Category) -> (usize, usize) {
        (
            self.count(|o| o.expected == c && o.top == c),
            self.count(|o| o.expected == c),
        )
    }
    /// (top-1 right, cases put first in this category): precision.
    pub fn precision(&self, c: Category) -> (usize, usize) {
        (
            self.count(|o| o.top == c && o.expected == c),
            self.count(|o| o.top == c),
        )
    }
    pub fn confusion(&self, expected: Category, top: Category) -> usize {
        self.count(|o| o.expected == expected && o.top == top)
    }
}

/// Measure one part of the cases with one thinning.
pub fn measure(cases: &[Case], thinning: Thinning) -> Figures {
    let mut outcomes = Vec::with_capacity(cases.len());
    let mut help = HelpMeasure::default();
    for case in cases {
        let thin = thinning.apply(&case.answers);
        let o = outcome(&case.id, case.expected, &thin);
        if thinning != Thinning::Full && !o.likely {
            help.undetermined += 1;
            let back = o.first_help.and_then(|q| {
                case.answers
                    .get(q)
                    .filter(|a| !a.is_unknown())
                    .map(|a| (q, a.clone()))
            });
            if let Some((q, answer)) = back {
                help.answer_available += 1;
                let mut more = thin.clone();
                more.insert(q.to_string(), answer);
                if outcome(&case.id, case.expected, &more).likely_right() {
                    help.right_likely += 1;
                }
            }
        }
        outcomes.push(o);
    }
    Figures {
        outcomes,
        help: (thinning != Thinning::Full).then_some(help),
    }
}

/// The parts of the published cases, in the order `docs/validation.md` reports them:
/// (title, folder under `engine/`, sealed).
pub const PARTS: [(&str, &str, bool); 3] = [
    ("Published set 1", "tests/cases", false),
    ("Cases-2 tuning", "tests/cases-2/tuning", false),
    ("Cases-2 sealed", "tests/cases-2/sealed", true),
];

/// One named part of the published cases.
#[derive(Clone, Debug)]
pub struct Part {
    pub title: &'static str,
    /// Where its files are, under `engine/`.
    pub folder: &'static str,
    /// Kept apart for checking: reported, never used to choose. Its cases are not listed
    /// one by one, so that no change can be fitted to them.
    pub sealed: bool,
    pub cases: Vec<Case>,
}

impl Part {
    /// A part from its files, (file name without `.json`, text), in any order: the cases
    /// are sorted by name.
    pub fn from_files(
        (title, folder, sealed): (&'static str, &'static str, bool),
        mut files: Vec<(String, String)>,
    ) -> Result<Part, String> {
        files.sort();
        let cases = files
            .iter()
            .map(|(id, text)| Case::parse(id, text))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Part {
            title,
            folder,
            sealed,
            cases,
        })
    }
}

/// Every `.json` file of a folder: (file name without `.json`, text).
pub fn read_folder(dir: &std::path::Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{id}: {e}"))?;
        out.push((id, text));
    }
    Ok(out)
}

/// Every part of `PARTS`, read from its folder under `engine_dir`.
pub fn read_parts(engine_dir: &std::path::Path) -> Result<Vec<Part>, String> {
    PARTS
        .iter()
        .map(|&spec| read_folder(&engine_dir.join(spec.1)).and_then(|f| Part::from_files(spec, f)))
        .collect()
}

/// `count` of `total` as a percentage with one decimal; "–" when there is nothing to count.
pub fn pct(count: usize, total: usize) -> String {
    if total == 0 {
        "–".to_string()
    } else {
        format!("{:.1}%", count as f64 * 100.0 / total as f64)
    }
}

fn share(count: usize, total: usize) -> String {
    if total == 0 {
        "–".to_string()
    } else {
        format!("{} ({count}/{total})", pct(count, total))
    }
}

/// Short column names for the confusion matrix.
fn short(c: Category) -> &'static str {
    match c {
        Category::Dystrophic => "dys",
        Category::Metastatic => "met",
        Category::Iatrogenic => "iat",
        Category::Idiopathic => "idi",
        Category::TumoralPrimaryHyperphosphatemic => "tph",
        Category::TumoralPrimaryNormophosphatemic => "tpn",
        Category::TumoralSecondary => "tse",
        Category::Calciphylaxis => "cal",
    }
}

fn summary_row(out: &mut String, part: &str, thinning: Thinning, f: &Figures) {
    let (cf, cn) = f.calciphylaxis_flagged();
    out.push_str(&format!(
        "| {part} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
        thinning.title(),
        f.n(),
        share(f.top1(), f.n()),
        share(f.top3(), f.n()),
        share(f.likely(), f.n()),
        share(f.likely_wrong(), f.n()),
        share(f.likely_right(), f.likely()),
        share(cf, cn),
    ));
}

fn details(out: &mut String, f: &Figures) {
    out.push_str("| Category | Cases | Sensitivity | Put first | Precision |\n");
    out.push_str("|---|---:|---:|---:|---:|\n");
    for c in Category::ALL {
        let (s, sn) = f.sensitivity(c);
        let (_, pn) = f.precision(c);
        out.push_str(&format!(
            "| {} | {sn} | {} | {pn} | {} |\n",
            c.id(),
            share(s, sn),
            share(s, pn)
        ));
    }
    out.push_str("\nConfusion matrix (rows: the authors' category; columns: the aid's first):\n\n");
    out.push_str("| Authors \\ aid |");
    for c in Category::ALL {
        out.push_str(&format!(" {} |", short(c)));
    }
    out.push_str(" Cases |\n|---|");
    for _ in Category::ALL {
        out.push_str("---:|");
    }
    out.push_str("---:|\n");
    for e in Category::ALL {
        out.push_str(&format!("| {} ({}) |", e.id(), short(e)));
        let mut row = 0;
        for t in Category::ALL {
            let n = f.confusion(e, t);
            row += n;
            if n == 0 {
                out.push_str(" · |");
            } else if e == t {
                out.push_str(&format!(" **{n}** |"));
            } else {
                out.push_str(&format!(" {n} |"));
            }
        }
        out.push_str(&format!(" {row} |\n"));
    }
    out.push_str("| Put first |");
    for t in Category::ALL {
        out.push_str(&format!(" {} |", f.precision(t).1));
    }
    out.push_str(&format!(" {} |\n", f.n()));
}

fn misses(out: &mut String, f: &Figures) {
    let wrong: Vec<&Outcome> = f
        .outcomes
        .iter()
        .filter(|o| {
            o.rank != 1
                || o.likely_wrong()
                || (o.expected == Category::Calciphylaxis && !o.calciphylaxis_flag)
        })
        .collect();
    if wrong.is_empty() {
        out.push_str("No case put another category first, was wrongly called likely, or was a calciphylaxis case without its flag.\n");
        return;
    }
    out.push_str(
        "Cases where another category came first, \"likely\" was wrong, or a calciphylaxis case got no flag:\n\n",
    );
    out.push_str("| Case | Authors | Aid's first | Label | Authors' rank | Calciphylaxis flag |\n");
    out.push_str("|---|---|---|---|---:|---|\n");
    for o in wrong {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            o.id,
            o.expected.id(),
            o.top.id(),
            if o.likely {
                "likely"
            } else {
                "cannot tell yet"
            },
            o.rank,
            if o.calciphylaxis_flag {
                "raised"
            } else {
                "–"
            },
        ));
    }
}

fn help_row(out: &mut String, part: &str, thinning: Thinning, h: &HelpMeasure) {
    out.push_str(&format!(
        "| {part} | {} | {} | {} | {} | {} |\n",
        thinning.title(),
        h.undetermined,
        h.answer_available,
        share(h.right_likely, h.answer_available),
        share(h.right_likely, h.undetermined),
    ));
}

/// The figures of every part with every thinning, in order.
pub fn measure_all(parts: &[Part]) -> Vec<Vec<Figures>> {
    parts
        .iter()
        .map(|p| {
            Thinning::ALL
                .iter()
                .map(|&t| measure(&p.cases, t))
                .collect()
        })
        .collect()
}

/// `docs/validation.md`.
pub fn markdown(parts: &[Part]) -> String {
    let all = measure_all(parts);
    let mut out = String::new();
    out.push_str("# Validation on published cases\n\n");
    out.push_str(
        "Generated by `cargo run -p calcinosis-engine --bin validation > docs/validation.md`; \
a test fails when this file is not what the command writes. Knowledge version ",
    );
    out.push_str(crate::knowledge::VERSION);
    out.push_str(".\n\n");
    {
        use crate::knowledge::priors::{BETA, LIKELY_P};
        out.push_str(&format!(
            "The model: each category's evidence points are read as log likelihood ratios \
({BETA:.2} natural-log odds per point) over a prior for the person's age band; the first \
category is called likely when its probability is at least {LIKELY_P:.2} and it has evidence \
of its own (`engine/src/knowledge/priors.rs`). Both numbers and the priors were chosen by \
`cargo run -p calcinosis-engine --bin calibrate` on the parts that are not sealed.\n\n"
        ));
    }
    out.push_str(
        "Each case is a published case report turned into an answers file by the blind method \
of `engine/tests/cases/README.md`, with the category its authors gave. The parts are \
reported separately:\n\n",
    );
    for p in parts {
        out.push_str(&format!(
            "- **{}** (`engine/{}`, {} cases)\n",
            p.title,
            p.folder,
            p.cases.len()
        ));
    }
    out.push_str(
        "\nThe sealed part is reported, never used to choose: no rule, weight, red flag or \
threshold may be chosen by looking at its figures or its cases (see \
`engine/tests/cases-2/README.md` for the commit that sealed it).\n\n",
    );
    out.push_str("What each figure means:\n\n");
    out.push_str(
        "- **Top-1**: the share of cases where the aid ranks the authors' category first; \
**top-3**: among its first three.\n\
- **Likely said**: the share of cases where the aid labels its first category \"likely\" \
(otherwise it says \"we cannot tell yet\").\n\
- **Likely wrong**: the share of *all* cases where the aid said \"likely\" for a category \
other than the authors'. **Likely right when said**: of the cases it called likely, the \
share where it was the authors' category.\n\
- **Calciphylaxis flag**: the share of the calciphylaxis cases in which the `calciphylaxis` \
red flag (be seen today) is raised.\n\
- **Sensitivity** of a category: of its cases, the share the aid ranks first; \
**precision**: of the cases the aid ranks it first, the share that are of that category.\n\
- **Thinned answers**: the same cases with every lab answer removed (calcium, phosphate, \
albumin, PTH, vitamin D, creatinine, eGFR, alkaline phosphatase), or with every answer of \
the History section removed, to show how the aid degrades when a person knows less.\n\
- **Cannot tell yet that helps**: on the thinned cases where the aid cannot tell yet, the \
first question it names as the one that would help most is answered again from the full \
case (when the full case answers it), and the case is assessed again: how often that gives \
the authors' category as \"likely\". Target: at least half.\n\n",
    );
    out.push_str(
        "Targets of issue 14 (on the tuning and the sealed part each): top-1 ≥ 90%, top-3 ≥ 98%, \
likely said ≥ 70% and wrong ≤ 2% of cases, every calciphylaxis case flagged.\n\n",
    );
    out.push_str("Percentages are rounded to one decimal; (a/b) gives the counts.\n\n");

    out.push_str("## Summary\n\n");
    out.push_str(
        "| Part | Answers | Cases | Top-1 | Top-3 | Likely said | Likely wrong | Likely right when said | Calciphylaxis flag |\n",
    );
    out.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (p, figs) in parts.iter().zip(&all) {
        for (t, f) in Thinning::ALL.iter().zip(figs) {
            summary_row(&mut out, p.title, *t, f);
        }
    }

    out.push_str("\n## Cannot tell yet that helps (issue 14, part 5)\n\n");
    out.push_str(
        "| Part | Answers | Cannot tell yet | First named answer in the full case | Right \"likely\" after adding it back | Of all \"cannot tell yet\" |\n",
    );
    out.push_str("|---|---|---:|---:|---:|---:|\n");
    let mut total = HelpMeasure::default();
    for (p, figs) in parts.iter().zip(&all) {
        for (t, f) in Thinning::ALL.iter().zip(figs) {
            if let Some(h) = &f.help {
                help_row(&mut out, p.title, *t, h);
                total.undetermined += h.undetermined;
                total.answer_available += h.answer_available;
                total.right_likely += h.right_likely;
            }
        }
    }
    out.push_str(&format!(
        "| all parts | thinned | {} | {} | {} | {} |\n",
        total.undetermined,
        total.answer_available,
        share(total.right_likely, total.answer_available),
        share(total.right_likely, total.undetermined),
    ));
    out.push_str(
        "\nThe question named first when the aid cannot tell yet (how often; \"none\": no \
question named), and in how many of those the full case answers it:\n\n",
    );
    for (p, figs) in parts.iter().zip(&all) {
        for (t, f) in Thinning::ALL.iter().zip(figs) {
            if f.help.is_none() {
                continue;
            }
            let cases: Vec<(&Outcome, &Case)> = f
                .outcomes
                .iter()
                .zip(&p.cases)
                .filter(|(o, _)| !o.likely)
                .collect();
            let mut named: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
            for (o, c) in cases {
                let q = o.first_help.unwrap_or("none");
                let e = named.entry(q).or_default();
                e.0 += 1;
                if o.first_help
                    .and_then(|q| c.answers.get(q))
                    .is_some_and(|a| !a.is_unknown())
                {
                    e.1 += 1;
                }
            }
            let mut named: Vec<_> = named.into_iter().collect();
            named.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
            let list: Vec<String> = named
                .iter()
                .map(|(q, (n, answered))| format!("`{q}` {n} ({answered})"))
                .collect();
            out.push_str(&format!(
                "- {}, {}: {}\n",
                p.title,
                t.title(),
                list.join(", ")
            ));
        }
    }

    for (p, figs) in parts.iter().zip(&all) {
        out.push_str(&format!("\n## {} ({} cases)\n", p.title, p.cases.len()));
        for (t, f) in Thinning::ALL.iter().zip(figs) {
            out.push_str(&format!("\n### {}, {}\n\n", p.title, t.title()));
            let (cf, cn) = f.calciphylaxis_flagged();
            out.push_str(&format!(
                "Top-1 {}, top-3 {}, likely said {}, likely wrong {}, calciphylaxis flag {}.\n\n",
                share(f.top1(), f.n()),
                share(f.top3(), f.n()),
                share(f.likely(), f.n()),
                share(f.likely_wrong(), f.n()),
                share(cf, cn),
            ));
            details(&mut out, f);
            if *t == Thinning::Full {
                out.push('\n');
                if p.sealed {
                    out.push_str(
                        "The sealed part's cases are not listed one by one, so that no change \
can be fitted to them.\n",
                    );
                } else {
                    misses(&mut out, f);
                }
            }
        }
    }
    out
}
