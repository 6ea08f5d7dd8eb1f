//! The mechanics of reasoning: evaluating conditions, deciding which questions apply, and
//! scoring the rules. Holds no medical knowledge of its own (that is `knowledge`).

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::answers::{Answer, Answers};
use crate::knowledge::questions::{Kind, Question, QUESTIONS};
use crate::knowledge::{Cond, Level};
use crate::labs::{age_years, Labs};

/// What conditions are evaluated against: the answers, their lab reading and the age.
pub struct Ctx<'a> {
    pub answers: &'a Answers,
    pub labs: &'a Labs,
    pub age: Option<f64>,
    /// The answer of each question, by its index in `QUESTIONS`, filled once: the rules
    /// read the same questions hundreds of times per assessment, and a map lookup by
    /// string dominated the time of one assessment.
    slots: [Option<&'a Answer>; N_QUESTIONS],
}

const N_QUESTIONS: usize = QUESTIONS.len();

struct Index {
    /// (address of the id, question index), sorted by address.
    by_address: Vec<(usize, usize)>,
    /// (id, question index), sorted by id.
    by_id: Vec<(&'static str, usize)>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_address: Vec<(usize, usize)> = QUESTIONS
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_ptr() as usize, i))
            .collect();
        sort_small(&mut by_address, |x| *x);
        let mut by_id: Vec<(&'static str, usize)> = QUESTIONS
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id, i))
            .collect();
        sort_small(&mut by_id, |x| *x);
        Index { by_address, by_id }
    })
}

/// Question index by the address of its id. The knowledge tables name questions with the
/// same string literals as `QUESTIONS`, which the compiler stores once, so an address
/// comparison finds them without comparing text; any other string compares text.
fn question_index(q: &str) -> Option<usize> {
    let ix = index();
    let by_address = ix
        .by_address
        .binary_search_by_key(&(q.as_ptr() as usize), |(p, _)| *p)
        .ok()
        .and_then(|i| ix.by_address.get(i))
        .map(|(_, qi)| *qi)
        // Same address and same length: the same bytes.
        .filter(|qi| QUESTIONS.get(*qi).is_some_and(|x| x.id.len() == q.len()));
    by_address.or_else(|| {
        ix.by_id
            .binary_search_by_key(&q, |(id, _)| id)
            .ok()
            .and_then(|i| ix.by_id.get(i))
            .map(|(_, qi)| *qi)
    })
}

impl<'a> Ctx<'a> {
    pub fn new(answers: &'a Answers, labs: &'a Labs) -> Ctx<'a> {
        // Both sequences are sorted by id: one merge pass fills every slot.
        let mut slots = [None; N_QUESTIONS];
        let mut ids = index().by_id.iter().peekable();
        for (key, answer) in answers {
            while ids.next_if(|(id, _)| *id < key.as_str()).is_some() {}
            if let Some((_, qi)) = ids.next_if(|(id, _)| *id == key.as_str()) {
                if let Some(slot) = slots.get_mut(*qi) {
                    *slot = Some(answer);
                }
            }
        }
        Ctx {
            answers,
            labs,
            age: age_years(answers),
            slots,
        }
    }

    /// The answer to a question (by id), if any.
    pub fn get(&self, q: &str) -> Option<&'a Answer> {
        match question_index(q) {
            Some(i) => self.slots.get(i).copied().flatten(),
            None => self.answers.get(q),
        }
    }

    fn choice(&self, q: &str) -> Option<&'a str> {
        match self.get(q) {
            Some(Answer::Choice(c)) if c != crate::answers::UNKNOWN => Some(c.as_str()),
            _ => None,
        }
    }

    fn choices(&self, q: &str) -> &'a [String] {
        match self.get(q) {
            Some(Answer::Choices(c)) => c,
            _ => &[],
        }
    }
}

/// A stable insertion sort. The lists sorted here hold at most a few dozen items, and each
/// use of the standard library's sorts adds several kilobytes to the WebAssembly.
pub fn sort_small<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
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
        Cond::CalciumAtLeast(v) => ctx.labs.derived.calcium_used.is_some_and(|x| x >= v),
        Cond::CalciumBelow(v) => ctx.labs.derived.calcium_used.is_some_and(|x| x < v),
        Cond::LabUnclear(analyte) => ctx.labs.unclear(analyte),
        Cond::AgeBelow(y) => ctx.age.is_some_and(|a| a < y),
        Cond::AgeAtLeast(y) => ctx.age.is_some_and(|a| a >= y),
        Cond::Known(q) => ctx.get(q).is_some_and(|a| !a.is_unknown()),
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
/// contradiction is reported as a warning, the specific answer kept).
pub fn effective(answers: &Answers) -> Answers {
    let labs = Labs::from_answers(answers);
    effective_with(&Ctx::new(answers, &labs)).into_owned()
}

/// `effective`, with the context (answers and their lab reading) already made. Borrows the
/// answers unchanged when nothing needs removing, which is the common case.
pub fn effective_with<'a>(ctx: &Ctx<'a>) -> Cow<'a, Answers> {
    let answers = ctx.answers;
    let keep = |q: &Question, a: &Answer| -> Option<Answer> {
        if !is_shown(q, ctx) {
            return None;
        }
        match (a, q.kind) {
            (Answer::Choice(c), Kind::Single(_)) if !a.is_unknown() && !option_shown(q, c, ctx) => {
                None
            }
            (Answer::Choices(cs), Kind::Multi(_)) => {
                let mut kept: Vec<String> = cs
                    .iter()
                    .filter(|c| option_shown(q, c, ctx))
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
        let Some(a) = ctx.get(q.id) else {
            return true;
        };
        known += 1;
        is_shown(q, ctx)
            && match (a, q.kind) {
                (Answer::Choice(c), Kind::Single(_)) => a.is_unknown() || option_shown(q, c, ctx),
                (Answer::Choices(cs), Kind::Multi(_)) => {
                    cs.iter().all(|c| option_shown(q, c, ctx))
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
        if let Some(a) = ctx.get(q.id).and_then(|a| keep(q, a)) {
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
