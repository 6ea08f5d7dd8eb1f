//! The assessment rendered as a self-contained JSON document in one language: what the
//! `assess` command prints and what a clinician reviews. Pure; never panics.

use serde::Serialize;
use serde_json::{json, Value};

use crate::answers::Answers;
use crate::assess::{assess, AskItem, Label};
use crate::knowledge::sources::source;
use crate::text::{fill, number, quantity, t, Lang};

fn sources(keys: &[&str]) -> Value {
    keys.iter()
        .map(|k| {
            let s = source(k);
            json!({"key": k, "title": s.map(|s| s.title), "url": s.map(|s| s.url)})
        })
        .collect()
}

/// The text of a question for the physician, with the person's values filled in.
pub fn ask_text(lang: Lang, item: &AskItem) -> String {
    let params: Vec<(&str, String)> = item
        .params
        .iter()
        .map(|p| (p.name, quantity(lang, &number(lang, p.value, 2), p.unit)))
        .collect();
    fill(t(lang, &format!("pq.{}", item.id)), &params)
}

fn label(l: Label) -> &'static str {
    match l {
        Label::Likely => "likely",
        Label::Possible => "possible",
        Label::Unlikely => "unlikely",
    }
}

/// The report, in the order a person reads it: notice, red flags, ranking, questions.
#[derive(Serialize)]
pub struct Report {
    pub notice: &'static str,
    pub red_flags: Vec<Value>,
    pub undetermined: bool,
    pub ranking: Vec<Value>,
    pub questions_for_physician: Vec<Value>,
    pub would_help: Vec<Value>,
    pub warnings: Vec<crate::assess::Warning>,
    pub labs: crate::labs::Labs,
}

/// The assessment with its texts, worded for whom the answers are about (`text::voice`).
pub fn report(answers: &Answers, lang: Lang) -> Report {
    crate::text::set_voice(crate::text::Who::of(answers));
    let a = assess(answers);
    let evidence = |e: &crate::assess::Evidence| {
        json!({
            "rule": e.rule,
            "weight": e.weight,
            "text": t(lang, &format!("rule.{}", e.rule)),
            "sources": sources(e.sources),
        })
    };
    Report {
        notice: t(lang, "ui.not_a_diagnosis"),
        red_flags: a
            .red_flags
            .iter()
            .map(|f| {
                json!({
                    "id": f.id,
                    "urgency": f.urgency,
                    "text": t(lang, &format!("flag.{}", f.id)),
                    "action": t(lang, &format!("flag.{}.action", f.id)),
                    "sources": sources(f.sources),
                })
            })
            .collect(),
        undetermined: a.undetermined,
        ranking: a
            .ranking
            .iter()
            .map(|r| {
                json!({
                    "category": r.category.id(),
                    "name": t(lang, &format!("category.{}", r.category.id())),
                    "label": label(r.label),
                    "score": r.score,
                    "probability": r.probability,
                    "for": r.evidence_for.iter().map(evidence).collect::<Vec<_>>(),
                    "against": r.evidence_against.iter().map(evidence).collect::<Vec<_>>(),
                })
            })
            .collect(),
        questions_for_physician: a
            .questions
            .iter()
            .map(|q| json!({"id": q.id, "text": ask_text(lang, q), "sources": sources(q.sources)}))
            .collect(),
        would_help: a
            .would_help
            .iter()
            .map(|h| {
                json!({
                    "question": h.question,
                    "text": t(lang, &format!("q.{}", h.question)),
                    "impact": h.impact,
                })
            })
            .collect(),
        warnings: a.warnings,
        labs: a.labs,
    }
}
