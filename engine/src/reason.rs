//! The mechanics of reasoning: evaluating conditions, deciding which questions apply, and
//! scoring the rules. Holds no medical knowledge of its own (that is `knowledge`).

use std::borrow::Cow;

use crate::answers::{Answer, Answers};
use crate::knowledge::questions::{Kind, Question, QUESTIONS};
use crate::knowledge::{Cond, Level};
use crate::labs::{age_years, Labs};

/// What conditions are evaluated against: the answers, their lab reading and the age.
pub struct Ctx<'a> {
    pub answers: &'a Answers,
    pub labs: &'a Labs,
    pub age: Option<f64>,
}

impl<'a> Ctx<'a> {
    pub fn new(answers: &'a Answers, labs: &'a Labs) -> Ctx<'a> {
        Ctx {
            answers,
            labs,
            age: age_years(answers),
        }
    }

    fn choice(&self, q: &str) -> Option<&str> {
        match self.answers.get(q) {
            Some(Answer::Choice(c)) if c != crate::answers::UNKNOWN => Some(c.as_str()),
            _ => None,
        }
    }

    fn choices(&self, q: &str) -> &[String] {
        match self.answers.get(q) {
            Some(Answer::Choices(c)) => c,
            _ => &[],
        }
    }
}

/// Does the condition hold? Unanswered and "don't know" make positive tests false.
pub fn holds(cond: &Cond, ctx: &Ctx) -> bool {
    match *cond {
        Cond::Is(q, opt) => ctx.choice(q) == Some(opt),
        Cond::IsNot(q, opt) => ctx.choice(q).is_some_and(|c| c != opt),
        Cond::OneOf(q, opts) => ctx.choice(q).is_some_and(|c| opts.contains(&c)),
        Cond::Has(q, opt) => ctx.choices(q).iter().any(|c| c == opt),
        Cond::HasAny(q, opts) => ctx.choices(q).iter().any(|c| opts.contains(&c.as_str())),
        Cond::Lab(analyte, level) => ctx.labs.level(analyte) == Some(level),
        Cond::LabAtLeast(analyte, v) => ctx.labs.canonical(analyte).is_some_and(|x| x >= v),
        Cond::LabBelow(analyte, v) => ctx.labs.canonical(analyte).is_some_and(|x| x < v),
        Cond::CaxPAtLeast(v) => ctx.labs.derived.ca_x_p.is_some_and(|x| x >= v),
        Cond::AgeBelow(y) => ctx.age.is_some_and(|a| a < y),
        Cond::AgeAtLeast(y) => ctx.age.is_some_and(|a| a >= y),
        Cond::Known(q) => ctx.answers.get(q).is_some_and(|a| !a.is_unknown()),
        Cond::All(cs) => cs.iter().all(|c| holds(c, ctx)),
        Cond::Any(cs) => cs.iter().any(|c| holds(c, ctx)),
        Cond::Not(c) => !holds(c, ctx),
    }
}

/// Is this question shown, given the answers so far?
pub fn is_shown(q: &Question, ctx: &Ctx) -> bool {
    q.show_if.as_ref().is_none_or(|c| holds(c, ctx))
}

/// Is this option of a question shown, given the answers so far?
pub fn option_shown(q: &Question, opt: &str, ctx: &Ctx) -> bool {
    q.options()
        .iter()
        .find(|o| o.id == opt)
        .is_some_and(|o| o.show_if.as_ref().is_none_or(|c| holds(c, ctx)))
}

/// The answers the reasoning uses: those of questions that are shown, with hidden options
/// removed, and "none" dropped when a multiple choice also names something else (the
/// contradiction is reported as a warning, the specific answer kept). Borrows the answers
/// unchanged when nothing needs removing, which is the common case.
pub fn effective(answers: &Answers) -> Cow<'_, Answers> {
    let labs = Labs::from_answers(answers);
    effective_with(answers, &labs)
}

/// `effective`, with the lab reading of the same answers already made.
pub fn effective_with<'a>(answers: &'a Answers, labs: &Labs) -> Cow<'a, Answers> {
    let ctx = Ctx::new(answers, labs);
    let keep = |q: &Question, a: &Answer| -> Option<Answer> {
        if !is_shown(q, &ctx) {
            return None;
        }
        match (a, q.kind) {
            (Answer::Choice(c), Kind::Single(_))
                if !a.is_unknown() && !option_shown(q, c, &ctx) =>
            {
                None
            }
            (Answer::Choices(cs), Kind::Multi(_)) => {
                let mut kept: Vec<String> = cs
                    .iter()
                    .filter(|c| option_shown(q, c, &ctx))
                    .cloned()
                    .collect();
                if kept.len() > 1 {
                    kept.retain(|c| c != "none");
                }
                Some(Answer::Choices(kept))
            }
            _ => Some(a.clone()),
        }
    };
    let mut known = 0;
    let unchanged = QUESTIONS.iter().all(|q| {
        let Some(a) = answers.get(q.id) else {
            return true;
        };
        known += 1;
        is_shown(q, &ctx)
            && match (a, q.kind) {
                (Answer::Choice(c), Kind::Single(_)) => a.is_unknown() || option_shown(q, c, &ctx),
                (Answer::Choices(cs), Kind::Multi(_)) => {
                    cs.iter().all(|c| option_shown(q, c, &ctx))
                        && (cs.len() < 2 || !cs.iter().any(|c| c == "none"))
                }
                _ => true,
            }
    }) && known == answers.len();
    if unchanged {
        return Cow::Borrowed(answers);
    }
    let mut out = Answers::new();
    for q in QUESTIONS {
        if let Some(a) = answers.get(q.id).and_then(|a| keep(q, a)) {
            out.insert(q.id.to_string(), a);
        }
    }
    Cow::Owned(out)
}

/// Ids of the questions shown for these answers, in order.
pub fn shown_questions(answers: &Answers) -> Vec<&'static Question> {
    let labs = Labs::from_answers(answers);
    let ctx = Ctx::new(answers, &labs);
    QUESTIONS.iter().filter(|q| is_shown(q, &ctx)).collect()
}

/// Convenience for rules written about lab levels.
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Low => "low",
        Level::Normal => "normal",
        Level::High => "high",
    }
}
