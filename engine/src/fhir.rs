//! FHIR R4 exchange: the questionnaire as a FHIR `Questionnaire`, and a person's answers as
//! a FHIR `QuestionnaireResponse`, so that a clinic can read them in its own systems.
//!
//! Both are generated from [`QUESTIONS`] and the text catalog, never written by hand, and
//! both are plain `serde_json::Value`s (FHIR JSON). Nothing here panics or does I/O; the
//! caller supplies the time (the engine has no clock).
//!
//! Identifiers (stable; changing one breaks the link between responses and the
//! questionnaire they answer):
//! - the Questionnaire's canonical URL is [`QUESTIONNAIRE_URL`]
//!   (`urn:calcinosis-aid:questionnaire`), its version [`questionnaire_version`]
//!   (`<engine version>+answers.<answers format version>`, e.g. `0.1.0+answers.1`), and a
//!   response points at it as [`questionnaire_canonical`] (`url|version`);
//! - answer options are codings in the code system [`OPTION_SYSTEM`]
//!   (`urn:calcinosis-aid:option`) whose code is the option id (`fingers`, `yes`, ...,
//!   and `unknown` for "don't know"); a code is read together with its question's linkId;
//! - units are UCUM (`http://unitsofmeasure.org`): `a` and `mo` for age, and each lab
//!   unit's `Unit.ucum` from `knowledge::ranges`.
//!
//! Mapping of the questionnaire:
//! - one `group` item per section, linkId `section.<id>` (the bare section id would clash
//!   with the question `pain`), with the section's intro text, if the catalog has one, as a
//!   first `display` item (linkId `section.<id>.intro`);
//! - single choice: `choice`, `repeats: false`, radio buttons; multiple choice: `choice`,
//!   `repeats: true`, check boxes, with `none` and `unknown` marked `optionExclusive`;
//!   every choice question offers `unknown` ("don't know");
//! - age and labs: `quantity` with one `questionnaire-unitOption` per unit;
//! - the help text `q.<id>.help`: a child `display` item (linkId `<id>.help`) with the
//!   `questionnaire-itemControl` code `help` (the SDC pattern LHC-Forms renders);
//! - `show_if` becomes `enableWhen` where FHIR R4 can say it exactly (see [`enable_when`]);
//!   where it cannot (lab levels, derived values), the question has no `enableWhen` and is
//!   always enabled: a clinic's form may then show a question the aid would skip, never
//!   hide one it would ask. Option-level `show_if` (scrotum only when not female) has no
//!   R4 equivalent: the option is always offered.
//!
//! Mapping of the answers: only the answers the reasoning uses ([`reason::effective`]),
//! grouped by section like the questionnaire. A choice is a `valueCoding` (one answer per
//! option of a multiple choice; "don't know" is the code `unknown`); age and labs are a
//! `valueQuantity` with the unit's UCUM code. FHIR R4 has no way for a `quantity` item to
//! carry a coded "don't know", so an age or lab answered "don't know" is left out, as if
//! not answered (which is also how the reasoning reads it). Answers that do not fit their
//! question (an unknown option or unit, a number that is not finite) are left out too.
//! There is no identifier of the person: the aid has none.

use serde_json::{json, Map, Number, Value};

use crate::answers::{self, Answer, Answers, UNKNOWN};
use crate::knowledge::questions::{Kind, Question, Section, QUESTIONS};
use crate::knowledge::Cond;
use crate::labs;
use crate::reason;
use crate::text::{lookup, Lang};

/// The Questionnaire's canonical URL.
pub const QUESTIONNAIRE_URL: &str = "urn:calcinosis-aid:questionnaire";
/// The code system of the answer options; codes are option ids.
pub const OPTION_SYSTEM: &str = "urn:calcinosis-aid:option";
/// UCUM, the code system of units.
pub const UCUM: &str = "http://unitsofmeasure.org";
/// The date of the questionnaire (`Questionnaire.date`): update it when the questions change.
pub const QUESTIONNAIRE_DATE: &str = "2026-11-22";
/// The Questionnaire's logical id (`Questionnaire.id`).
pub const QUESTIONNAIRE_ID: &str = "calcinosis-aid";

const EXT_ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const EXT_UNIT_OPTION: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption";
const EXT_OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";

/// The age units: (answers-file unit id, UCUM code).
pub const AGE_UNITS: &[(&str, &str)] = &[("years", "a"), ("months", "mo")];

/// The Questionnaire's version: the engine's version and the answers format version,
/// e.g. `0.1.0+answers.1`.
pub fn questionnaire_version() -> String {
    format!("{}+answers.{}", env!("CARGO_PKG_VERSION"), answers::VERSION)
}

/// What a QuestionnaireResponse's `questionnaire` holds: `url|version`.
pub fn questionnaire_canonical() -> String {
    format!("{QUESTIONNAIRE_URL}|{}", questionnaire_version())
}

/// The linkId of a question's help item.
pub fn help_link_id(question_id: &str) -> String {
    format!("{question_id}.help")
}

/// The linkId of a section's group: `section.<id>` (the section id alone would clash with
/// the question `pain` in the section `pain`).
pub fn section_link_id(section: Section) -> String {
    format!("section.{}", section.id())
}

/// The linkId of a section's intro item: `section.<id>.intro`.
pub fn intro_link_id(section: Section) -> String {
    format!("section.{}.intro", section.id())
}

/// The (unit id, UCUM code) pairs a quantity question accepts; empty for choice questions.
pub fn quantity_units(q: &Question) -> Vec<(&'static str, &'static str)> {
    match q.kind {
        Kind::Age => AGE_UNITS.to_vec(),
        Kind::Lab(a) => labs::units(a).iter().map(|u| (u.id, u.ucum)).collect(),
        Kind::Single(_) | Kind::Multi(_) => Vec::new(),
    }
}

fn text_or(lang: Lang, key: &str, fallback: &str) -> String {
    lookup(lang, key).unwrap_or(fallback).to_string()
}

fn option_display(lang: Lang, q: &str, opt: &str) -> String {
    if opt == UNKNOWN {
        text_or(lang, "opt.unknown", opt)
    } else {
        text_or(lang, &format!("opt.{q}.{opt}"), opt)
    }
}

fn coding(lang: Lang, q: &str, opt: &str) -> Value {
    json!({"system": OPTION_SYSTEM, "code": opt, "display": option_display(lang, q, opt)})
}

fn unit_display(lang: Lang, unit_id: &str) -> String {
    text_or(lang, &format!("unit.{unit_id}"), unit_id)
}

/// A JSON number for a finite value: a whole number when it is one (`50`, not `50.0`).
fn number(v: f64) -> Option<Value> {
    if !v.is_finite() {
        return None;
    }
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        // Exact: a whole number below 2^53 converts to i64 without loss.
        return Some(Value::Number(Number::from(v as i64)));
    }
    Number::from_f64(v).map(Value::Number)
}

fn item_control(code: &str) -> Value {
    json!({
        "url": EXT_ITEM_CONTROL,
        "valueCodeableConcept": {"coding": [{"system": ITEM_CONTROL_SYSTEM, "code": code}]}
    })
}

fn is_option(q: &Question, opt: &str) -> bool {
    opt == UNKNOWN || q.options().iter().any(|o| o.id == opt)
}

// ---------------------------------------------------------------- enableWhen

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Behavior {
    All,
    Any,
}

/// A list of `enableWhen` clauses and how they combine. With one clause (or none) the
/// behavior does not matter.
struct Clauses {
    behavior: Behavior,
    items: Vec<Value>,
}

impl Clauses {
    fn one(item: Value) -> Clauses {
        Clauses {
            behavior: Behavior::All,
            items: vec![item],
        }
    }

    fn of(behavior: Behavior, items: Vec<Value>) -> Clauses {
        Clauses { behavior, items }
    }
}

/// Join parts with one behavior; `None` when a part needs the other behavior (FHIR R4's
/// `enableWhen` has a single level: all of, or any of).
fn join(parts: Vec<Clauses>, behavior: Behavior) -> Option<Clauses> {
    let mut items = Vec::new();
    for p in parts {
        if p.items.len() > 1 && p.behavior != behavior {
            return None;
        }
        items.extend(p.items);
    }
    Some(Clauses::of(behavior, items))
}

fn choice_question(id: &str) -> Option<&'static Question> {
    crate::knowledge::questions::question(id)
        .filter(|q| matches!(q.kind, Kind::Single(_) | Kind::Multi(_)))
}

fn age_question() -> Option<&'static Question> {
    crate::knowledge::questions::question("age").filter(|q| matches!(q.kind, Kind::Age))
}

fn when_coding(q: &Question, operator: &str, opt: &str) -> Option<Value> {
    is_option(q, opt).then(|| {
        json!({
            "question": q.id,
            "operator": operator,
            "answerCoding": {"system": OPTION_SYSTEM, "code": opt}
        })
    })
}

fn when_exists(q: &str, exists: bool) -> Value {
    json!({"question": q, "operator": "exists", "answerBoolean": exists})
}

/// `age <operator> years`, stated both in years and in months so that a form that compares
/// only same-unit quantities still enables the question (a conforming form converts UCUM
/// units, and the two clauses then agree: 1 mo = 1/12 a, as in `labs::age_years`).
fn when_age(operator: &str, years: f64) -> Option<Vec<Value>> {
    let q = age_question()?;
    let mut out = Vec::new();
    for (value, (unit, ucum)) in [years, years * 12.0].into_iter().zip(AGE_UNITS) {
        out.push(json!({
            "question": q.id,
            "operator": operator,
            "answerQuantity": {"value": number(value)?, "unit": unit, "system": UCUM, "code": ucum}
        }));
    }
    Some(out)
}

/// The FHIR form of a condition (`negated`: of its negation), when R4 can state it
/// exactly. FHIR semantics used: `=` holds when some answer equals the value, `!=` when
/// none does (so also when unanswered), `exists`, and comparisons that are false when
/// unanswered. "Don't know" is the coding `unknown` for choices and no answer for ages.
fn translate(cond: &Cond, negated: bool) -> Option<Clauses> {
    use Behavior::{All, Any};
    match *cond {
        Cond::Is(q, o) | Cond::Has(q, o) => {
            let q = choice_question(q)?;
            Some(Clauses::one(when_coding(
                q,
                if negated { "!=" } else { "=" },
                o,
            )?))
        }
        Cond::OneOf(q, os) | Cond::HasAny(q, os) => {
            let q = choice_question(q)?;
            if os.is_empty() {
                return None;
            }
            let op = if negated { "!=" } else { "=" };
            let items = os
                .iter()
                .map(|o| when_coding(q, op, o))
                .collect::<Option<Vec<_>>>()?;
            Some(Clauses::of(if negated { All } else { Any }, items))
        }
        Cond::IsNot(q, o) => {
            let q = choice_question(q)?;
            if negated {
                Some(Clauses::of(
                    Any,
                    vec![
                        when_exists(q.id, false),
                        when_coding(q, "=", o)?,
                        when_coding(q, "=", UNKNOWN)?,
                    ],
                ))
            } else {
                Some(Clauses::of(
                    All,
                    vec![
                        when_exists(q.id, true),
                        when_coding(q, "!=", o)?,
                        when_coding(q, "!=", UNKNOWN)?,
                    ],
                ))
            }
        }
        Cond::Known(q) => {
            let q = crate::knowledge::questions::question(q)?;
            match (q.kind, negated) {
                (Kind::Age | Kind::Lab(_), _) => Some(Clauses::one(when_exists(q.id, !negated))),
                (_, false) => Some(Clauses::of(
                    All,
                    vec![when_exists(q.id, true), when_coding(q, "!=", UNKNOWN)?],
                )),
                (_, true) => Some(Clauses::of(
                    Any,
                    vec![when_exists(q.id, false), when_coding(q, "=", UNKNOWN)?],
                )),
            }
        }
        Cond::AgeAtLeast(y) | Cond::AgeBelow(y) => {
            let at_least = matches!(cond, Cond::AgeAtLeast(_));
            // "At least y" is negated to "below y or unknown", and the other way round.
            let op = if at_least != negated { ">=" } else { "<" };
            let mut items = Vec::new();
            if negated {
                items.push(when_exists(age_question()?.id, false));
            }
            items.extend(when_age(op, y)?);
            Some(Clauses::of(Any, items))
        }
        Cond::All(cs) | Cond::Any(cs) => {
            let all = matches!(cond, Cond::All(_)) != negated;
            let parts = cs
                .iter()
                .map(|c| translate(c, negated))
                .collect::<Option<Vec<_>>>()?;
            join(parts, if all { All } else { Any })
        }
        Cond::Not(c) => translate(c, !negated),
        Cond::Lab(..)
        | Cond::LabAtLeast(..)
        | Cond::LabBelow(..)
        | Cond::CaxPAtLeast(_)
        | Cond::CalciumAtLeast(_)
        | Cond::CalciumBelow(_)
        | Cond::LabUnclear(_) => None,
    }
}

/// The `enableWhen` clauses and `enableBehavior` (`"all"`/`"any"`, `None` for fewer than
/// two clauses) of a condition, or `None` when FHIR R4 cannot state it exactly; the
/// question is then always enabled.
pub fn enable_when(cond: &Cond) -> Option<(Vec<Value>, Option<&'static str>)> {
    let c = translate(cond, false)?;
    let behavior = (c.items.len() > 1).then_some(match c.behavior {
        Behavior::All => "all",
        Behavior::Any => "any",
    });
    Some((c.items, behavior))
}

// ---------------------------------------------------------------- Questionnaire

fn question_item(q: &Question, lang: Lang) -> Value {
    let mut item = Map::new();
    item.insert("linkId".into(), json!(q.id));
    item.insert(
        "text".into(),
        json!(text_or(lang, &format!("q.{}", q.id), q.id)),
    );
    let mut extensions = Vec::new();
    match q.kind {
        Kind::Single(opts) | Kind::Multi(opts) => {
            let multi = matches!(q.kind, Kind::Multi(_));
            item.insert("type".into(), json!("choice"));
            extensions.push(item_control(if multi {
                "check-box"
            } else {
                "radio-button"
            }));
            let options: Vec<Value> = opts
                .iter()
                .map(|o| o.id)
                .chain([UNKNOWN])
                .map(|id| {
                    let mut option = Map::new();
                    if multi && (id == "none" || id == UNKNOWN) {
                        option.insert(
                            "extension".into(),
                            json!([{"url": EXT_OPTION_EXCLUSIVE, "valueBoolean": true}]),
                        );
                    }
                    option.insert("valueCoding".into(), coding(lang, q.id, id));
                    Value::Object(option)
                })
                .collect();
            item.insert("repeats".into(), json!(multi));
            item.insert("answerOption".into(), Value::Array(options));
        }
        Kind::Age | Kind::Lab(_) => {
            item.insert("type".into(), json!("quantity"));
            for (unit, ucum) in quantity_units(q) {
                extensions.push(json!({
                    "url": EXT_UNIT_OPTION,
                    "valueCoding": {"system": UCUM, "code": ucum, "display": unit_display(lang, unit)}
                }));
            }
            item.insert("repeats".into(), json!(false));
        }
    }
    if let Some((clauses, behavior)) = q.show_if.as_ref().and_then(enable_when) {
        if !clauses.is_empty() {
            item.insert("enableWhen".into(), Value::Array(clauses));
            if let Some(b) = behavior {
                item.insert("enableBehavior".into(), json!(b));
            }
        }
    }
    if let Some(help) = lookup(lang, &format!("q.{}.help", q.id)) {
        item.insert(
            "item".into(),
            json!([{
                "linkId": help_link_id(q.id),
                "text": help,
                "type": "display",
                "extension": [item_control("help")]
            }]),
        );
    }
    // Extensions first, as FHIR JSON conventionally orders them.
    let mut out = Map::new();
    if !extensions.is_empty() {
        out.insert("extension".into(), Value::Array(extensions));
    }
    out.extend(item);
    Value::Object(out)
}

/// The questionnaire as a FHIR R4 `Questionnaire`, in a language.
pub fn questionnaire(lang: Lang) -> Value {
    let groups: Vec<Value> = Section::ALL
        .iter()
        .filter_map(|&section| {
            let mut items: Vec<Value> = Vec::new();
            if let Some(intro) = lookup(lang, &format!("section.{}.intro", section.id())) {
                items.push(json!({
                    "linkId": intro_link_id(section),
                    "text": intro,
                    "type": "display"
                }));
            }
            let questions: Vec<Value> = QUESTIONS
                .iter()
                .filter(|q| q.section == section)
                .map(|q| question_item(q, lang))
                .collect();
            if questions.is_empty() {
                return None;
            }
            items.extend(questions);
            Some(json!({
                "linkId": section_link_id(section),
                "text": text_or(lang, &format!("section.{}", section.id()), section.id()),
                "type": "group",
                "item": items
            }))
        })
        .collect();
    let title = text_or(lang, "ui.app_name", "Calcinosis Aid");
    let mut q = Map::new();
    q.insert("resourceType".into(), json!("Questionnaire"));
    q.insert("id".into(), json!(QUESTIONNAIRE_ID));
    q.insert("language".into(), json!(lang.code()));
    q.insert("url".into(), json!(QUESTIONNAIRE_URL));
    q.insert("version".into(), json!(questionnaire_version()));
    q.insert("name".into(), json!("CalcinosisAid"));
    q.insert("title".into(), json!(title));
    q.insert("status".into(), json!("active"));
    q.insert("subjectType".into(), json!(["Patient"]));
    q.insert("date".into(), json!(QUESTIONNAIRE_DATE));
    q.insert("publisher".into(), json!(title));
    if let Some(d) = lookup(lang, "ui.tagline") {
        q.insert("description".into(), json!(d));
    }
    q.insert("item".into(), Value::Array(groups));
    Value::Object(q)
}

// ---------------------------------------------------------------- QuestionnaireResponse

/// The FHIR answers of one question, empty when it has none that fit.
fn answer_values(q: &Question, a: &Answer, lang: Lang) -> Vec<Value> {
    let coded =
        |opt: &str| is_option(q, opt).then(|| json!({"valueCoding": coding(lang, q.id, opt)}));
    match (q.kind, a) {
        (Kind::Single(_) | Kind::Multi(_), Answer::Choice(c)) => coded(c).into_iter().collect(),
        (Kind::Multi(_), Answer::Choices(cs)) => {
            let mut seen: Vec<&str> = Vec::new();
            cs.iter()
                .filter(|c| {
                    let new = !seen.contains(&c.as_str());
                    seen.push(c);
                    new
                })
                .filter_map(|c| coded(c))
                .collect()
        }
        (Kind::Age | Kind::Lab(_), Answer::Quantity { value, unit }) => {
            let Some(ucum) = quantity_units(q)
                .into_iter()
                .find(|(id, _)| id == unit)
                .map(|(_, ucum)| ucum)
            else {
                return Vec::new();
            };
            let Some(value) = number(*value) else {
                return Vec::new();
            };
            vec![json!({"valueQuantity": {
                "value": value,
                "unit": unit_display(lang, unit),
                "system": UCUM,
                "code": ucum
            }})]
        }
        _ => Vec::new(),
    }
}

/// Is this a FHIR `dateTime` (a year, year-month, date, or date and time with seconds and
/// a time zone)?
pub fn is_fhir_date_time(s: &str) -> bool {
    fn digits(s: &str, n: usize) -> Option<(u32, &str)> {
        let head = s.get(..n)?;
        if head.len() != n || !head.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((head.parse().ok()?, s.get(n..)?))
    }
    fn part(s: &str, sep: char, n: usize) -> Option<(u32, &str)> {
        digits(s.strip_prefix(sep)?, n)
    }
    fn time(s: &str) -> bool {
        let Some((h, s)) = digits(s, 2) else {
            return false;
        };
        let Some((m, s)) = part(s, ':', 2) else {
            return false;
        };
        let Some((sec, mut s)) = part(s, ':', 2) else {
            return false;
        };
        if h > 23 || m > 59 || sec > 60 {
            return false;
        }
        if let Some(frac) = s.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return false;
            }
            s = frac.get(n..).unwrap_or("");
        }
        if s == "Z" {
            return true;
        }
        let Some(zone) = s.strip_prefix('+').or_else(|| s.strip_prefix('-')) else {
            return false;
        };
        match digits(zone, 2).and_then(|(zh, rest)| part(rest, ':', 2).map(|(zm, r)| (zh, zm, r))) {
            Some((zh, zm, "")) => (zh < 14 && zm < 60) || (zh == 14 && zm == 0),
            _ => false,
        }
    }
    let Some((year, rest)) = digits(s, 4) else {
        return false;
    };
    if year == 0 {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let Some((month, rest)) = part(rest, '-', 2) else {
        return false;
    };
    if !(1..=12).contains(&month) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let Some((day, rest)) = part(rest, '-', 2) else {
        return false;
    };
    if !(1..=31).contains(&day) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    rest.strip_prefix('T').is_some_and(time)
}

/// The answers as a FHIR R4 `QuestionnaireResponse` to [`questionnaire`], status
/// `completed`. `authored` is when the answers were given, an ISO 8601 / FHIR dateTime
/// such as `2026-11-22T10:15:00Z` or `2026-11-22T11:15:00+01:00` (the engine has no
/// clock); it is left out when it is not one, so the result always stays valid.
pub fn questionnaire_response(answers: &Answers, lang: Lang, authored: &str) -> Value {
    let used = reason::effective(answers);
    let groups: Vec<Value> = Section::ALL
        .iter()
        .filter_map(|&section| {
            let items: Vec<Value> = QUESTIONS
                .iter()
                .filter(|q| q.section == section)
                .filter_map(|q| {
                    let values = answer_values(q, used.get(q.id)?, lang);
                    (!values.is_empty()).then(|| {
                        json!({
                            "linkId": q.id,
                            "text": text_or(lang, &format!("q.{}", q.id), q.id),
                            "answer": values
                        })
                    })
                })
                .collect();
            (!items.is_empty()).then(|| {
                json!({
                    "linkId": section_link_id(section),
                    "text": text_or(lang, &format!("section.{}", section.id()), section.id()),
                    "item": items
                })
            })
        })
        .collect();
    let mut r = Map::new();
    r.insert("resourceType".into(), json!("QuestionnaireResponse"));
    r.insert("language".into(), json!(lang.code()));
    r.insert("questionnaire".into(), json!(questionnaire_canonical()));
    r.insert("status".into(), json!("completed"));
    if is_fhir_date_time(authored) {
        r.insert("authored".into(), json!(authored));
    }
    if !groups.is_empty() {
        r.insert("item".into(), Value::Array(groups));
    }
    Value::Object(r)
}
