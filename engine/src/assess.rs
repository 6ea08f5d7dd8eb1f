//! The one entry point: answers in, assessment out. Total and deterministic: any answers,
//! however incomplete, implausible or contradictory, give an assessment; problems with the
//! input are values in it (`warnings`), never errors or panics.

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::knowledge::physician::PHYSICIAN_QUESTIONS;
use crate::knowledge::questions::{Kind, QUESTIONS};
use crate::knowledge::red_flags::RED_FLAGS;
use crate::knowledge::rules::RULES;
use crate::knowledge::{Analyte, Category, Urgency};
use crate::labs::Labs;
use std::borrow::Cow;

use crate::reason::{effective_with, holds, is_shown, sort_small, Ctx};

/// A category needs at least this score to be called likely.
pub const LIKELY_MIN: i32 = 5;
/// A category with at least this score is possible.
pub const POSSIBLE_MIN: i32 = 2;
/// The top category must lead the next by more than this to be called likely alone.
pub const CLEAR_MARGIN: i32 = 1;

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
    /// Sum of the weights of the rules that fired: comparable between categories and
    /// between runs, not a probability.
    pub score: i32,
    pub evidence_for: Vec<Evidence>,
    pub evidence_against: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FlagHit {
    pub id: &'static str,
    pub urgency: Urgency,
    pub sources: &'static [&'static str],
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
}

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
    /// Outside what is physiologically possible: ignored; check it.
    Implausible { question: &'static str },
    /// The value looks as if it was entered in the wrong unit.
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
}

impl Assessment {
    pub fn top(&self) -> Option<&Ranked> {
        self.ranking.first()
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

    // Ranking.
    let mut ranking: Vec<Ranked> = Category::ALL
        .iter()
        .map(|&category| {
            let mut r = Ranked {
                category,
                label: Label::Unlikely,
                score: 0,
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
    // Stable sort keeps `Category::ALL` order between equal scores.
    sort_small(&mut ranking, |r| -r.score);
    let top = ranking.first().map_or(0, |r| r.score);
    let second = ranking.get(1).map_or(i32::MIN, |r| r.score);
    let undetermined = top < LIKELY_MIN || second >= top - CLEAR_MARGIN;
    for (i, r) in ranking.iter_mut().enumerate() {
        r.label = if i == 0 && !undetermined {
            Label::Likely
        } else if r.score >= POSSIBLE_MIN {
            Label::Possible
        } else {
            Label::Unlikely
        };
    }

    // Red flags, most urgent first (stable within one urgency: table order).
    let mut red_flags: Vec<FlagHit> = RED_FLAGS
        .iter()
        .filter(|f| holds(&f.when, ctx))
        .map(|f| FlagHit {
            id: f.id,
            urgency: f.urgency,
            sources: f.sources,
        })
        .collect();
    sort_small(&mut red_flags, |f| f.urgency);

    let questions = physician_questions(ctx, &ranking, !red_flags.is_empty());
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
    }
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

/// Questions for the physician: those tied to a red flag first, then those of the
/// categories that are likely or possible (best first), then the general ones; each once.
fn physician_questions(ctx: &Ctx, ranking: &[Ranked], any_flag: bool) -> Vec<AskItem> {
    let params = params(ctx);
    // The categories worth asking about: the best two that are not unlikely.
    let relevant: Vec<Category> = ranking
        .iter()
        .filter(|r| r.label != Label::Unlikely)
        .take(2)
        .map(|r| r.category)
        .collect();
    let mut picked: Vec<(u32, usize)> = Vec::new();
    for (i, pq) in PHYSICIAN_QUESTIONS.iter().enumerate() {
        if !pq.when.as_ref().is_none_or(|c| holds(c, ctx)) {
            continue;
        }
        let order = match pq.category {
            _ if pq.urgent && any_flag => u32::from(pq.priority),
            // Questions quoting the person's own values come right after the urgent ones.
            None if !pq.params.is_empty() => 5 + u32::from(pq.priority),
            Some(c) => match relevant.iter().position(|r| *r == c) {
                Some(pos) => 10 + 10 * pos as u32 + u32::from(pq.priority),
                None => continue,
            },
            None => 100 + u32::from(pq.priority),
        };
        picked.push((order, i));
    }
    sort_small(&mut picked, |p| *p);
    let mut out: Vec<AskItem> = Vec::new();
    for (_, i) in picked {
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
        });
    }
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

/// The unanswered questions whose answer could most change the lead of the top category.
fn would_help(ctx: &Ctx, ranking: &[Ranked]) -> Vec<Help> {
    let (answers, labs) = (ctx.answers, ctx.labs);
    let (Some(a), Some(b)) = (ranking.first(), ranking.get(1)) else {
        return Vec::new();
    };
    let (first, second) = (a.category as usize, b.category as usize);
    let lead = a.score - b.score;
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
            impact = impact.max((s[first] - s[second] - lead).abs());
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
            out.push(Warning::Implausible { question });
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
