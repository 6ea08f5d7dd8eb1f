//! The one entry point: answers in, assessment out. Total and deterministic: any answers,
//! however incomplete, implausible or contradictory, give an assessment; problems with the
//! input are values in it (`warnings`), never errors or panics.

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::knowledge::conditions::CALCIUM_SHOWN;
use crate::knowledge::mimics::MIMICS;
use crate::knowledge::physician::PHYSICIAN_QUESTIONS;
use crate::knowledge::priors::{self, AgeBand};
use crate::knowledge::questions::{Kind, QUESTIONS};
use crate::knowledge::red_flags::RED_FLAGS;
use crate::knowledge::rules::RULES;
use crate::knowledge::{Analyte, Category, Urgency};
use crate::labs::Labs;
use std::borrow::Cow;

use crate::reason::{effective_with, holds, is_shown, sort_small, Ctx};

/// A category with at least this score is possible; the first category needs at least this
/// much evidence of its own to be called likely (see `decide`).
pub const POSSIBLE_MIN: i32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Likely,
    Possible,
    Unlikely,
}

/// One fired rule, as evidence for or against a category.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub rule: &'static str,
    pub weight: i32,
    pub sources: &'static [&'static str],
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub category: Category,
    pub label: Label,
    /// Sum of the weights of the rules that fired (evidence points).
    pub score: i32,
    /// The probability of this category given the answers, from its points and the prior
    /// for the person's age band (`knowledge::priors`); rounded to three decimals.
    pub probability: f64,
    pub evidence_for: Vec<Evidence>,
    pub evidence_against: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlagHit {
    pub id: &'static str,
    pub urgency: Urgency,
    pub sources: &'static [&'static str],
}

impl FlagHit {
    fn of(f: &crate::knowledge::RedFlag) -> FlagHit {
        FlagHit {
            id: f.id,
            urgency: f.urgency,
            sources: f.sources,
        }
    }
}

/// A value put into a question's text ("My phosphate was {phosphate} ...").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Param {
    pub name: &'static str,
    pub value: f64,
    pub unit: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AskItem {
    pub id: &'static str,
    pub category: Option<Category>,
    pub sources: &'static [&'static str],
    pub params: Vec<Param>,
    /// One of the (at most three) most important questions, listed first: those tied to
    /// the red flags raised, then those quoting the person's values, then the leading
    /// category's first (review F13). The others go under "more questions".
    pub important: bool,
}

/// A category with this probability is named among the candidates when the aid cannot
/// tell yet.
pub const CANDIDATE_P: f64 = 0.1;

/// How many questions for the physician are marked most important.
pub const IMPORTANT_MAX: usize = 3;

/// An unanswered question that would most change the ranking if answered.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Help {
    pub question: &'static str,
    /// How much the lead of the top category over the next could move, in score points.
    pub impact: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// Outside what is possible in its unit: not used; check it. `high`: above the limits
    /// ("if it is correct, it is dangerously high: get help now").
    Implausible { question: &'static str, high: bool },
    /// The value may be in another unit: not used until its unit is checked.
    WrongUnit {
        question: &'static str,
        suggested: &'static str,
    },
    /// An age that cannot be right (over 125 years or negative).
    ImplausibleAge,
    /// No age given: adult reference ranges were used for the labs.
    AdultRangesUsed,
    /// Two answers that do not fit together; both kept. `id` names the pair.
    Contradiction {
        id: &'static str,
        questions: [&'static str; 2],
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// Red flags first: what to do whatever the ranking says. Most urgent first.
    pub red_flags: Vec<FlagHit>,
    /// True when the answers do not separate the categories ("cannot tell yet").
    pub undetermined: bool,
    /// Every category, best first.
    pub ranking: Vec<Ranked>,
    pub questions: Vec<AskItem>,
    pub would_help: Vec<Help>,
    pub warnings: Vec<Warning>,
    pub labs: Labs,
    /// A deep, large or growing lump that no X-ray, scan, biopsy or chalky discharge has
    /// shown to be calcium: the summary leads with "a scan is needed first to know whether
    /// this is calcium", and no category is called likely (review F7).
    pub scan_first: bool,
    /// Conditions that can look like this and fit the answers (`knowledge::mimics`).
    pub mimics: Vec<&'static str>,
}

impl Assessment {
    pub fn top(&self) -> Option<&Ranked> {
        self.ranking.first()
    }

    /// When the aid cannot tell yet, the two or three categories it cannot tell apart: the
    /// first, then those after it with at least `CANDIDATE_P` probability or at least
    /// possible, at most three (issue 14, part 5). Empty when a category is likely.
    pub fn candidates(&self) -> Vec<&Ranked> {
        if !self.undetermined {
            return Vec::new();
        }
        let mut out: Vec<&Ranked> = self.ranking.iter().take(1).collect();
        out.extend(
            self.ranking
                .iter()
                .skip(1)
                .filter(|r| r.probability >= CANDIDATE_P || r.label == Label::Possible)
                .take(2),
        );
        out
    }
}

/// Scores per category, in `Category::ALL` order.
pub fn scores(answers: &Answers, labs: &Labs) -> [i32; 8] {
    let ctx = Ctx::new(answers, labs);
    let mut s = [0i32; 8];
    for rule in RULES {
        if holds(&rule.when, &ctx) {
            s[rule.category as usize] += rule.weight;
        }
    }
    s
}

/// Assess a set of answers. Never panics; the same answers always give the same result.
pub fn assess(raw: &Answers) -> Assessment {
    let raw_labs = Labs::from_answers(raw);
    let raw_ctx = Ctx::new(raw, &raw_labs);
    let answers = effective_with(&raw_ctx);
    // Usually nothing is hidden and the raw context serves for everything.
    let (owned_labs, owned_ctx);
    let ctx = match &answers {
        Cow::Borrowed(_) => &raw_ctx,
        Cow::Owned(a) => {
            owned_labs = Labs::from_answers(a);
            owned_ctx = Ctx::new(a, &owned_labs);
            &owned_ctx
        }
    };

    // Ranking: the evidence points of each category, read as log likelihood ratios over
    // the prior for the person's age band (`knowledge::priors`).
    let mut ranking: Vec<Ranked> = Category::ALL
        .iter()
        .map(|&category| {
            let mut r = Ranked {
                category,
                label: Label::Unlikely,
                score: 0,
                probability: 0.0,
                evidence_for: Vec::new(),
                evidence_against: Vec::new(),
            };
            for rule in RULES.iter().filter(|r| r.category == category) {
                if holds(&rule.when, ctx) {
                    r.score += rule.weight;
                    let e = Evidence {
                        rule: rule.id,
                        weight: rule.weight,
                        sources: rule.sources,
                    };
                    if rule.weight > 0 {
                        r.evidence_for.push(e);
                    } else {
                        r.evidence_against.push(e);
                    }
                }
            }
            sort_small(&mut r.evidence_for, |e| -e.weight);
            sort_small(&mut r.evidence_against, |e| e.weight);
            r
        })
        .collect();
    // Red flags, most urgent first (stable within one urgency: table order).
    let mut red_flags = raised_flags(ctx);
    let basis = Basis::of(
        core::array::from_fn(|i| ranking.get(i).map_or(0, |r| r.score)),
        ctx,
        &red_flags,
    );
    let scan_first = basis.scan_first;
    let d = decide(
        &basis,
        &priors::log_prior(basis.band),
        priors::BETA,
        priors::LIKELY_P,
    );
    if d.cal_flag && !basis.cal_flag {
        if let Some(f) = RED_FLAGS.iter().find(|f| f.id == "calciphylaxis") {
            red_flags.push(FlagHit::of(f));
        }
    }
    sort_small(&mut red_flags, |f| f.urgency);
    sort_small(&mut ranking, |r| {
        d.order.iter().position(|c| *c == r.category).unwrap_or(8)
    });
    let undetermined = d.undetermined;
    for (i, r) in ranking.iter_mut().enumerate() {
        let p = d.probs[r.category as usize];
        // Rounded so that the figure is the same on every platform.
        r.probability = (p * 1000.0).round() / 1000.0;
        r.label = if i == 0 && !undetermined {
            Label::Likely
        } else if r.score >= POSSIBLE_MIN
            || (r.score > 0 && p >= priors::POSSIBLE_P)
            || (i == 0 && d.cal_flag)
        {
            Label::Possible
        } else {
            Label::Unlikely
        };
    }
    let mimics = MIMICS
        .iter()
        .filter(|m| holds(&m.when, ctx))
        .map(|m| m.id)
        .collect();

    let questions = physician_questions(ctx, &ranking, &red_flags);
    let would_help = would_help(ctx, &ranking);
    let warnings = warnings(&raw_ctx, ctx);

    Assessment {
        red_flags,
        undetermined,
        ranking,
        questions,
        would_help,
        warnings,
        labs: ctx.labs.clone(),
        scan_first,
        mimics,
    }
}

/// What the ranking is decided from: the evidence points per category (in
/// `Category::ALL` order), the age band, whether a scan must come first, and whether the
/// calciphylaxis red flag is raised by its own condition.
#[derive(Clone, Debug)]
pub struct Basis {
    pub points: [i32; 8],
    pub band: AgeBand,
    pub scan_first: bool,
    pub cal_flag: bool,
}

/// The ranking decided: categories best first, their probabilities (`Category::ALL`
/// order), whether the aid cannot tell yet, and whether the calciphylaxis flag is raised.
#[derive(Clone, Debug)]
pub struct Decision {
    pub order: [Category; 8],
    pub probs: [f64; 8],
    pub undetermined: bool,
    pub cal_flag: bool,
}

/// Decide the ranking (the `calibrate` command calls this with other constants).
///
/// The first category is likely only when its probability reaches `likely_p`, it has
/// evidence of its own (a prior alone never makes a category likely), and no scan must come
/// first (review F7). The ranking and the calciphylaxis flag never disagree: calciphylaxis
/// first with evidence raises its flag (review F2), and a raised flag puts calciphylaxis
/// first; if its own evidence did not put it there, the aid cannot tell yet (domain notes,
/// section 8: severe pain with necrosis overrides every other score).
pub fn decide(b: &Basis, log_prior: &[f64; 8], beta: f64, likely_p: f64) -> Decision {
    let probs = priors::probabilities(&b.points, log_prior, beta);
    let mut order = priors::order(&probs);
    let top = order[0] as usize;
    let mut undetermined = probs[top] < likely_p || b.points[top] < POSSIBLE_MIN || b.scan_first;
    let cal = Category::Calciphylaxis;
    let cal_flag = b.cal_flag || (order[0] == cal && b.points[cal as usize] >= POSSIBLE_MIN);
    if cal_flag && order[0] != cal {
        if let Some(pos) = order.iter().position(|c| *c == cal) {
            order[..=pos].rotate_right(1);
        }
        undetermined = true;
    }
    Decision {
        order,
        probs,
        undetermined,
        cal_flag,
    }
}

/// The basis of the ranking for a set of answers, as `assess` computes it.
pub fn basis(raw: &Answers) -> Basis {
    let raw_labs = Labs::from_answers(raw);
    let raw_ctx = Ctx::new(raw, &raw_labs);
    let answers = effective_with(&raw_ctx);
    let labs = Labs::from_answers(&answers);
    let ctx = Ctx::new(&answers, &labs);
    Basis::of(scores(&answers, &labs), &ctx, &raised_flags(&ctx))
}

impl Basis {
    /// From the points and the raised red flags: without proof that a lump the mass flags
    /// are raised for (deep, large or growing) is calcium, it may be something else (a
    /// sarcoma), so a scan comes first (review F7).
    fn of(points: [i32; 8], ctx: &Ctx, flags: &[FlagHit]) -> Basis {
        Basis {
            points,
            band: AgeBand::of(ctx.age),
            scan_first: flags.iter().any(|f| matches!(f.id, "mass" | "mass_young"))
                && !holds(&CALCIUM_SHOWN, ctx),
            cal_flag: flags.iter().any(|f| f.id == "calciphylaxis"),
        }
    }
}

/// The red flags whose condition holds, less those that a more precise or more urgent
/// raised flag replaces (`RedFlag::unless`). Unsorted.
pub fn raised_flags(ctx: &Ctx) -> Vec<FlagHit> {
    let holding: Vec<&crate::knowledge::RedFlag> =
        RED_FLAGS.iter().filter(|f| holds(&f.when, ctx)).collect();
    holding
        .iter()
        .filter(|f| !f.unless.iter().any(|u| holding.iter().any(|h| h.id == *u)))
        .map(|f| FlagHit::of(f))
        .collect()
}

/// The person's values that questions may quote: the age when plausible, and lab values
/// only when plausible (an impossible value is never quoted back).
fn params(ctx: &Ctx) -> Vec<Param> {
    QUESTIONS
        .iter()
        .filter_map(|q| {
            let unit = match (q.kind, ctx.get(q.id)) {
                (Kind::Lab(a), _) => ctx.labs.reading(a)?.unit,
                (Kind::Age, Some(Answer::Quantity { unit, .. })) if ctx.age.is_some() => {
                    if unit == "months" {
                        "months"
                    } else {
                        "years"
                    }
                }
                _ => return None,
            };
            match ctx.get(q.id) {
                // A baby under 3 months: in weeks, or days under 2 weeks (review F22).
                Some(Answer::Quantity { .. })
                    if q.id == "age" && ctx.age.is_some_and(|a| a < 0.25) =>
                {
                    let days = ctx.age.unwrap_or(0.0) * 365.25;
                    Some(if days < 14.0 {
                        Param {
                            name: q.id,
                            value: days.round(),
                            unit: "days",
                        }
                    } else {
                        Param {
                            name: q.id,
                            value: (days / 7.0).round(),
                            unit: "weeks",
                        }
                    })
                }
                Some(Answer::Quantity { value, .. }) => Some(Param {
                    name: q.id,
                    value: *value,
                    unit,
                }),
                _ => None,
            }
        })
        .collect()
}

/// Questions for the physician. First those tied to the red flags raised (in the flags'
/// order, most urgent first), then those quoting the person's values, then those of the
/// categories that are likely or possible (best first), then the general ones; each once.
/// At most `IMPORTANT_MAX` are marked most important: flag questions first, then value
/// questions, then the leading category's first question (review F13); they are listed
/// first.
fn physician_questions(ctx: &Ctx, ranking: &[Ranked], flags: &[FlagHit]) -> Vec<AskItem> {
    let params = params(ctx);
    // The categories worth asking about: the best two that are not unlikely.
    let relevant: Vec<Category> = ranking
        .iter()
        .filter(|r| r.label != Label::Unlikely)
        .take(2)
        .map(|r| r.category)
        .collect();
    // (order, table index, group): group 0 = flag, 1 = values, 2 = category, 3 = general.
    let mut picked: Vec<(u32, usize, u8)> = Vec::new();
    for (i, pq) in PHYSICIAN_QUESTIONS.iter().enumerate() {
        if !pq.when.as_ref().is_none_or(|c| holds(c, ctx)) {
            continue;
        }
        let (order, group) = if pq.flags.is_empty() {
            match pq.category {
                // Questions quoting the person's own values come right after the flags'.
                None if !pq.params.is_empty() => (200 + u32::from(pq.priority), 1),
                Some(c) => match relevant.iter().position(|r| *r == c) {
                    Some(pos) => (300 + 20 * pos as u32 + u32::from(pq.priority), 2),
                    None => continue,
                },
                None => (400 + u32::from(pq.priority), 3),
            }
        } else {
            match flags.iter().position(|f| pq.flags.contains(&f.id)) {
                Some(pos) => (10 * pos as u32 + u32::from(pq.priority), 0),
                None => continue,
            }
        };
        picked.push((order, i, group));
    }
    sort_small(&mut picked, |p| (p.0, p.1));
    let mut out: Vec<AskItem> = Vec::new();
    let mut groups: Vec<u8> = Vec::new();
    for (_, i, group) in picked {
        let Some(pq) = PHYSICIAN_QUESTIONS.get(i) else {
            continue;
        };
        if out.iter().any(|o| o.id == pq.id) {
            continue;
        }
        let wanted: Vec<Param> = params
            .iter()
            .filter(|p| pq.params.contains(&p.name))
            .cloned()
            .collect();
        // A question that quotes a value is only asked when the value was given.
        if wanted.len() < pq.params.len() {
            continue;
        }
        out.push(AskItem {
            id: pq.id,
            category: pq.category,
            sources: pq.sources,
            params: wanted,
            important: false,
        });
        groups.push(group);
    }
    // The most important: flag questions, then value questions, then the first question
    // of the leading category; at most IMPORTANT_MAX.
    let mut chosen = 0;
    for want in [0u8, 1, 2] {
        for (item, group) in out.iter_mut().zip(&groups) {
            if chosen >= IMPORTANT_MAX {
                break;
            }
            if *group != want || (want == 2 && item.category != relevant.first().copied()) {
                continue;
            }
            item.important = true;
            chosen += 1;
            if want == 2 {
                break;
            }
        }
    }
    // Most important first, the rest in their order.
    sort_small(&mut out, |q| !q.important);
    out
}

/// Probe values used to imagine the answer to an unanswered lab: low, normal, high.
fn lab_probes(analyte: Analyte, answers: &Answers) -> Vec<Answer> {
    let age = crate::labs::age_years(answers);
    let Some(r) = crate::knowledge::ranges::range_for(analyte, age) else {
        return Vec::new();
    };
    let unit = crate::labs::units(analyte)
        .first()
        .map_or("", |u| u.id)
        .to_string();
    let high = if r.high >= 1000.0 {
        r.low * 2.0
    } else {
        r.high * 1.5
    };
    [r.low * 0.6, (r.low + r.high.min(r.low * 3.0)) / 2.0, high]
        .into_iter()
        .map(|value| Answer::Quantity {
            value,
            unit: unit.clone(),
        })
        .collect()
}

/// The lead of `first` over the best other category, in evidence points, with the prior
/// for the age band counted (as points).
fn lead_over_rest(s: &[i32; 8], log_prior: &[f64; 8], first: usize) -> f64 {
    let logit = |i: usize| log_prior[i] / priors::BETA + f64::from(s[i]);
    let best_other = (0..8)
        .filter(|i| *i != first)
        .map(logit)
        .fold(f64::NEG_INFINITY, f64::max);
    logit(first) - best_other
}

/// The unanswered questions whose answer could most change the lead of the top category
/// over all the others (so an answer that would bring up a third category counts too).
fn would_help(ctx: &Ctx, ranking: &[Ranked]) -> Vec<Help> {
    let (answers, labs) = (ctx.answers, ctx.labs);
    let Some(a) = ranking.first() else {
        return Vec::new();
    };
    let first = a.category as usize;
    let log_prior = priors::log_prior(AgeBand::of(ctx.age));
    let lead = lead_over_rest(&scores(answers, labs), &log_prior, first);
    let mut out: Vec<Help> = Vec::new();
    for q in QUESTIONS {
        let answered = ctx.get(q.id).is_some_and(|a| !a.is_unknown());
        if answered || !is_shown(q, ctx) {
            continue;
        }
        let probes: Vec<Answer> = match q.kind {
            Kind::Single(opts) => opts.iter().map(|o| Answer::Choice(o.id.into())).collect(),
            Kind::Multi(opts) => opts
                .iter()
                .map(|o| Answer::Choices(vec![o.id.into()]))
                .collect(),
            Kind::Lab(analyte) => lab_probes(analyte, answers),
            Kind::Age => Vec::new(),
        };
        let mut impact = 0;
        for p in probes {
            let mut trial = answers.clone();
            trial.insert(q.id.to_string(), p);
            let trial_labs = if matches!(q.kind, Kind::Lab(_)) {
                Labs::from_answers(&trial)
            } else {
                labs.clone()
            };
            let s = scores(&trial, &trial_labs);
            let change = (lead_over_rest(&s, &log_prior, first) - lead).abs().round() as i32;
            impact = impact.max(change);
        }
        if impact > 0 {
            out.push(Help {
                question: q.id,
                impact,
            });
        }
    }
    sort_small(&mut out, |h| -h.impact);
    out.truncate(5);
    out
}

/// Pairs of answers that do not fit together. Both are kept; the person is asked to check.
const CONTRADICTIONS: &[(&str, [&str; 2], crate::knowledge::Cond)] = {
    use crate::knowledge::Cond::*;
    &[
        (
            "small_but_large_mass",
            ["size", "looks"],
            All(&[Is("size", "under_5mm"), Has("looks", "large_mass")]),
        ),
        (
            "no_kidney_disease_but_low_egfr",
            ["kidney", "egfr"],
            All(&[Is("kidney", "none"), LabBelow(Analyte::Egfr, 30.0)]),
        ),
        // Lay answers about the stage are unreliable (review F21): the labs are used.
        (
            "mild_ckd_but_low_egfr",
            ["kidney", "egfr"],
            All(&[Is("kidney", "ckd_mild"), LabBelow(Analyte::Egfr, 30.0)]),
        ),
        (
            "no_kidney_disease_but_high_creatinine",
            ["kidney", "creatinine"],
            All(&[
                Is("kidney", "none"),
                AgeAtLeast(18.0),
                LabAtLeast(Analyte::Creatinine, 1.4),
            ]),
        ),
        (
            "one_lesion_many_sites",
            ["lesion_count", "sites"],
            All(&[
                Is("lesion_count", "one"),
                HasAny(
                    "sites",
                    &["face_ear", "scalp_neck", "shoulder", "upper_arm"],
                ),
                HasAny(
                    "sites",
                    &["thigh", "knee", "lower_leg", "ankle_foot", "heel", "toes"],
                ),
            ]),
        ),
        (
            "baby_long_dialysis",
            ["age", "dialysis_years"],
            All(&[AgeBelow(5.0), Is("dialysis_years", "over_5")]),
        ),
        (
            "kidney_transplant_but_no_transplant",
            ["kidney", "transplant"],
            All(&[Is("kidney", "transplant"), Is("transplant", "no")]),
        ),
        (
            "no_pain_but_tender",
            ["pain", "tender"],
            All(&[Is("pain", "none"), Is("tender", "yes")]),
        ),
    ]
};

fn warnings(raw_ctx: &Ctx, ctx: &Ctx) -> Vec<Warning> {
    let (raw, labs) = (raw_ctx.answers, ctx.labs);
    let mut out = Vec::new();
    if let Some(Answer::Quantity { .. }) = raw.get("age") {
        if crate::labs::age_years(raw).is_none() {
            out.push(Warning::ImplausibleAge);
        }
    }
    for r in &labs.readings {
        let question = r.analyte.question_id();
        if let Some(suggested) = r.suggested_unit {
            out.push(Warning::WrongUnit {
                question,
                suggested,
            });
        } else if !r.plausible {
            out.push(Warning::Implausible {
                question,
                high: r.above_limits,
            });
        }
    }
    if !labs.readings.is_empty() && ctx.age.is_none() {
        out.push(Warning::AdultRangesUsed);
    }
    // Contradictions are checked on the raw answers so that hidden ones are reported too.
    let ctx = raw_ctx;
    for (id, questions, cond) in CONTRADICTIONS {
        if holds(cond, ctx) {
            out.push(Warning::Contradiction {
                id,
                questions: *questions,
            });
        }
    }
    for q in QUESTIONS {
        if let (Kind::Multi(_), Some(Answer::Choices(cs))) = (q.kind, ctx.get(q.id)) {
            if cs.len() > 1 && cs.iter().any(|c| c == "none") {
                out.push(Warning::Contradiction {
                    id: "none_and_something",
                    questions: [q.id, q.id],
                });
            }
        }
    }
    out
}
