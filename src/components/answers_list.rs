//! Every shown question with its answer, by section: the review screen's list (with an Edit
//! link per answer, each named by its question, and the questions not answered in one row
//! per section) and the printout's summary (answered questions only, no links).

use calcinosis_engine::answers::Answer;
use calcinosis_engine::flow::sections;
use calcinosis_engine::knowledge::questions::CHECKLIST;
use calcinosis_engine::reason::{effective, shown_questions};
use calcinosis_engine::text::{t, t_parts, Lang};
use calcinosis_engine::Answers;
use yew::prelude::*;

use super::page::question_anchor;
use crate::format::{answer_text, question_text};
use crate::raw::Raw;

/// One answer's row: question and answer, and the Edit link when there is one.
fn row(key: &'static str, mut cells: Raw, edit: Option<Html>) -> Html {
    html! {
        <div class="answer-row" {key}>
            { cells.html() }
            <dd class="edit-cell">{ edit.unwrap_or_default() }</dd>
        </div>
    }
}

/// `on_edit` offers an Edit link per answer when given; `answered_only` leaves out
/// unanswered questions (the printout).
pub fn answers_list(
    lang: Lang,
    answers: &Answers,
    on_edit: Option<&Callback<&'static str>>,
    answered_only: bool,
) -> Html {
    let used = effective(answers);
    let shown = shown_questions(answers);
    let edit_link = |id: &'static str, name: &str| {
        on_edit.map(|on_edit| {
            let on_edit = on_edit.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                on_edit.emit(id);
            });
            html! {
                <a class="edit" href={["#", &question_anchor(id)].concat()} {onclick}>
                    { t(lang, "ui.edit") }
                    <span class="visually-hidden">{ ": " }{ name.to_string() }</span>
                </a>
            }
        })
    };
    let groups = sections(answers).into_iter().map(|section| {
        let mut unanswered: Vec<&'static str> = Vec::new();
        // The checklist: one row of what was ticked (an unticked box is not a question left
        // unanswered); other answers to its questions (from a file) keep their own rows.
        let listed: Vec<&'static str> = shown
            .iter()
            .filter(|q| q.section == section && CHECKLIST.contains(&q.id))
            .map(|q| q.id)
            .collect();
        let ticked: Vec<&str> = listed
            .iter()
            .filter(|id| matches!(used.get(**id), Some(Answer::Choice(c)) if c == "yes"))
            .map(|id| question_text(lang, id))
            .collect();
        let checklist_row = listed
            .first()
            .filter(|_| !(answered_only && ticked.is_empty()))
            .map(|&first| {
                let mut cells = Raw::new();
                let said = if ticked.is_empty() {
                    t(lang, "ui.checklist.none").to_string()
                } else {
                    ticked.join(", ")
                };
                cells.el("dt", t(lang, "ui.checklist")).el("dd", &said);
                row(
                    "checklist",
                    cells,
                    edit_link(first, t(lang, "ui.checklist")),
                )
            });
        let mut rows: Vec<Html> = shown
            .iter()
            .filter(|q| q.section == section)
            .filter(|q| {
                !listed.contains(&q.id)
                    || used
                        .get(q.id)
                        .is_some_and(|a| !matches!(a, Answer::Choice(c) if c == "yes"))
            })
            .filter_map(|q| {
                let Some(answer) = used.get(q.id).map(|a| answer_text(lang, q.id, a)) else {
                    unanswered.push(q.id);
                    return None;
                };
                let mut cells = Raw::new();
                cells.el("dt", question_text(lang, q.id)).el("dd", &answer);
                Some(row(q.id, cells, edit_link(q.id, question_text(lang, q.id))))
            })
            .collect();
        rows.extend(checklist_row);
        // The questions not answered: one row naming them all, its Edit link to the first.
        if let (Some(first), false) = (unanswered.first().copied(), answered_only) {
            let names: Vec<&str> = unanswered.iter().map(|q| question_text(lang, q)).collect();
            let names = names.join(", ");
            let mut cells = Raw::new();
            cells
                .el("dt", t(lang, "ui.not_answered"))
                .el(r#"dd class="unanswered""#, &names);
            rows.push(row("unanswered", cells, edit_link(first, &names)));
        }
        if rows.is_empty() {
            return html! {};
        }
        html! {
            <section class="answer-group" key={section.id()}>
                { Raw::new().el("h3", t_parts(lang, &["section.", section.id()])).html() }
                <dl>{ rows }</dl>
            </section>
        }
    });
    html! { <div class="answers-list">{ for groups }</div> }
}
