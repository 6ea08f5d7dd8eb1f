//! One section of the questionnaire: its heading, where it sits in the walk, its shown
//! questions, and Back / Next. Each question is its own component with equality-compared
//! props, so typing in one field re-renders only that field (and what derives from it).

use calcinosis_engine::answers::Answer;
use calcinosis_engine::flow::{
    entry_in, previous_step, sections, Change, Entry, Questionnaire, Step,
};
use calcinosis_engine::knowledge::questions::{Kind, Section, CHECKLIST};
use calcinosis_engine::knowledge::Analyte;
use calcinosis_engine::labs::{self, Labs, Reading};
use calcinosis_engine::reason::{option_shown, shown_questions, Ctx};
use calcinosis_engine::text::{t, t_parts, Lang, Who};
use yew::prelude::*;

use crate::components::{
    age_field, checklist, choice, derived, lab_field, nav_buttons, progress, AgeFieldProps,
    ChoiceProps, LabFieldProps,
};
use crate::raw::Raw;

/// What a question field shows besides its answer.
#[derive(PartialEq)]
pub enum FieldKind {
    /// The options shown for the answers so far ("Don't know" is added).
    Choice {
        multi: bool,
        options: Vec<&'static str>,
    },
    Age {
        entry: Entry,
    },
    Lab {
        analyte: Analyte,
        entry: Entry,
        reading: Option<Reading>,
        /// The person's age in years, for the reference range.
        age: Option<f64>,
    },
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub lang: Lang,
    /// Whom the texts speak about: a change re-words every field.
    pub who: Who,
    pub id: &'static str,
    pub kind: FieldKind,
    pub answer: Option<Answer>,
    pub on_change: Callback<Change>,
}

/// One question. The one component below the app: its props are compared, so a change to
/// one answer re-renders only the fields whose props changed.
#[component]
fn Field(props: &FieldProps) -> Html {
    let (lang, id, answer, on_change) = (
        props.lang,
        props.id,
        props.answer.as_ref(),
        &props.on_change,
    );
    match &props.kind {
        FieldKind::Choice { multi, options } => choice(&ChoiceProps {
            lang,
            id,
            multi: *multi,
            options,
            answer,
            body_map: id == "sites",
            on_change,
        }),
        FieldKind::Age { entry } => age_field(&AgeFieldProps {
            lang,
            id,
            entry,
            answer,
            on_change,
        }),
        FieldKind::Lab {
            analyte,
            entry,
            reading,
            age,
        } => lab_field(&LabFieldProps {
            lang,
            id,
            analyte: *analyte,
            entry,
            answer,
            reading: reading.as_ref(),
            age: *age,
            on_change,
        }),
    }
}

/// The callbacks a section screen reports what the person does through.
pub struct SectionActions<'a> {
    pub on_change: &'a Callback<Change>,
    pub on_goto: &'a Callback<Section>,
    pub on_back: &'a Callback<MouseEvent>,
    pub on_next: &'a Callback<MouseEvent>,
    /// Enter in a field: Next, as in a web form (not a `<form>`: a clinic's sandboxed
    /// frame without `allow-forms` would block its submission).
    pub on_enter: &'a Callback<KeyboardEvent>,
    /// Offered once the review was reached (`q.reviewed`).
    pub on_review: &'a Callback<MouseEvent>,
}

pub fn section(q: &Questionnaire, section: Section, act: &SectionActions) -> Html {
    let lang = q.lang;
    let answers = &q.answers;
    let labs_now = Labs::from_answers(answers);
    let ctx = Ctx::new(answers, &labs_now);
    let age = labs::age_years(answers);
    let entry = |id: &'static str| entry_in(&q.entries, id);
    let who = Who::of(answers);
    // The lab numbers wait for "Do you have blood test results?" (a file opened with
    // numbers and no such answer shows them): the engine reads them whenever given.
    let numbers_asked = answers.contains_key("lab_results")
        || Analyte::ALL
            .iter()
            .any(|a| answers.contains_key(a.question_id()));
    let questions: Vec<_> = shown_questions(answers)
        .into_iter()
        .filter(|q| q.section == section)
        .filter(|q| numbers_asked || !matches!(q.kind, Kind::Lab(_)))
        .collect();
    let numbers_shown = questions.iter().any(|q| matches!(q.kind, Kind::Lab(_)));
    // The history's yes/no questions shown as one list, where the first of them would be.
    let listed: Vec<&'static str> = questions
        .iter()
        .map(|q| q.id)
        .filter(|id| CHECKLIST.contains(id))
        .collect();
    let fields = questions.iter().filter_map(|q| {
        let id = q.id;
        if listed.first() == Some(&id) {
            return Some(checklist(lang, &listed, answers, act.on_change));
        }
        if listed.contains(&id) {
            return None;
        }
        let kind = match q.kind {
            Kind::Single(opts) | Kind::Multi(opts) => FieldKind::Choice {
                multi: matches!(q.kind, Kind::Multi(_)),
                options: opts
                    .iter()
                    .map(|o| o.id)
                    .filter(|o| option_shown(q, o, &ctx))
                    .collect(),
            },
            Kind::Age => FieldKind::Age { entry: entry(id) },
            Kind::Lab(analyte) => FieldKind::Lab {
                analyte,
                entry: entry(id),
                reading: labs::read(answers, analyte),
                age,
            },
        };
        Some(html! {
            <Field key={id} {lang} {who} {id} {kind} answer={answers.get(id).cloned()}
                on_change={act.on_change.clone()} />
        })
    });
    let calcium_unit = entry("calcium").unit;
    // With the intro hidden (a clinic's page), the first screen has nothing to go back to,
    // and carries the intro's emergency line.
    let all = sections(answers);
    let first_of_all = crate::config::get().hide_intro
        && previous_step(&all, Step::Section(section)) == Step::Intro;
    html! {
        <div class="screen section" onkeydown={act.on_enter.clone()}>
            { Raw::new().heading("h2", t_parts(lang, &["section.", section.id()])).html() }
            { progress(lang, Some(section), &all, &q.visited, act.on_goto) }
            if first_of_all {
                { Raw::new().el(r#"p class="notice" role="note""#, t(lang, "ui.intro.emergency")).html() }
            }
            if section == Section::Labs {
                { Raw::new().el(r#"p class="intro-text""#, t(lang, "section.labs.intro")).html() }
            }
            <div class="questions">{ for fields }</div>
            if numbers_shown {
                { derived(lang, &labs_now.derived, calcium_unit) }
            }
            { nav_buttons(lang, (!first_of_all).then_some(act.on_back), act.on_next, "ui.next",
                q.reviewed.then_some(act.on_review)) }
        </div>
    }
}
