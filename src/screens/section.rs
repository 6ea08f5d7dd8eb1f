//! One section of the questionnaire: its heading, where it sits in the walk, its shown
//! questions, and Back / Next. Each question is its own component with equality-compared
//! props, so typing in one field re-renders only that field (and what derives from it).

use std::rc::Rc;

use calcinosis_engine::flow::{entry_in, sections, Change, Entry};
use calcinosis_engine::knowledge::questions::{Kind, Section};
use calcinosis_engine::labs::{self, Labs};
use calcinosis_engine::reason::{option_shown, shown_questions, Ctx};
use calcinosis_engine::text::{t, Lang};
use calcinosis_engine::Answers;
use yew::prelude::*;

use crate::components::page::HEADING_ID;
use crate::components::{AgeField, Choice, Derived, LabField, NavButtons, Progress};

#[derive(Properties, PartialEq)]
pub struct SectionScreenProps {
    pub lang: Lang,
    pub section: Section,
    pub answers: Rc<Answers>,
    pub entries: Rc<Vec<(&'static str, Entry)>>,
    pub visited: Vec<Section>,
    /// The review was reached once: offer a way straight back to it.
    pub reviewed: bool,
    pub on_change: Callback<Change>,
    pub on_goto: Callback<Section>,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
    pub on_review: Callback<()>,
}

#[component]
pub fn SectionScreen(props: &SectionScreenProps) -> Html {
    let lang = props.lang;
    let answers = &*props.answers;
    let labs_now = Labs::from_answers(answers);
    let ctx = Ctx::new(answers, &labs_now);
    let age = labs::age_years(answers);
    let entry = |id: &'static str| entry_in(&props.entries, id);
    let questions = shown_questions(answers)
        .into_iter()
        .filter(|q| q.section == props.section);
    let fields = questions.map(|q| {
        let id = q.id;
        let answer = answers.get(id).cloned();
        let on_change = props.on_change.clone();
        match q.kind {
            Kind::Single(opts) | Kind::Multi(opts) => {
                let options: Vec<&'static str> = opts
                    .iter()
                    .map(|o| o.id)
                    .filter(|o| option_shown(q, o, &ctx))
                    .collect();
                let multi = matches!(q.kind, Kind::Multi(_));
                html! { <Choice key={id} {lang} {id} {multi} {options} {answer}
                body_map={id == "sites"} {on_change} /> }
            }
            Kind::Age => {
                html! { <AgeField key={id} {lang} {id} entry={entry(id)} {answer} {on_change} /> }
            }
            Kind::Lab(analyte) => html! {
                <LabField key={id} {lang} {id} {analyte} entry={entry(id)} {answer} {age}
                    reading={labs::read(answers, analyte)} {on_change} />
            },
        }
    });
    let calcium_unit = entry("calcium").unit;
    html! {
        <div class="screen section">
            <h2 id={HEADING_ID} tabindex="-1">{ t(lang, &format!("section.{}", props.section.id())) }</h2>
            <Progress {lang} current={Some(props.section)} sections={sections(answers)}
                visited={props.visited.clone()} on_goto={props.on_goto.clone()} />
            if props.section == Section::Labs {
                <p class="intro-text">{ t(lang, "section.labs.intro") }</p>
            }
            <div class="questions">{ for fields }</div>
            if props.section == Section::Labs {
                <Derived {lang} derived={labs_now.derived.clone()} {calcium_unit} />
            }
            <NavButtons {lang} on_back={props.on_back.clone()} on_next={props.on_next.clone()}
                on_review={props.reviewed.then(|| props.on_review.clone())} />
        </div>
    }
}
