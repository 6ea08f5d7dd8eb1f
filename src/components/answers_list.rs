//! Every shown question with its answer, by section: the review screen's list (with an Edit
//! link per answer) and the printout's summary (without).

use calcinosis_engine::flow::sections;
use calcinosis_engine::reason::{effective, shown_questions};
use calcinosis_engine::text::{t, t_parts, Lang};
use calcinosis_engine::Answers;
use yew::prelude::*;

use super::page::question_anchor;
use crate::format::{answer_text, question_text};
use crate::raw::Raw;

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
    let groups = sections(answers).into_iter().map(|section| {
        let rows = shown
            .iter()
            .filter(|q| q.section == section)
            .filter_map(|q| {
                let answer = used.get(q.id).map(|a| answer_text(lang, q.id, a));
                if answered_only && answer.is_none() {
                    return None;
                }
                let edit = on_edit.map(|on_edit| {
                    let id = q.id;
                    let on_edit = on_edit.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        on_edit.emit(id);
                    });
                    html! {
                        <a class="edit" href={["#", &question_anchor(id)].concat()} {onclick}>
                            { t(lang, "ui.edit") }
                            <span class="visually-hidden">{ ": " }{ question_text(lang, id) }</span>
                        </a>
                    }
                });
                let mut row = Raw::new();
                row.el("dt", question_text(lang, q.id));
                match &answer {
                    Some(answer) => row.el("dd", answer),
                    None => row.el(r#"dd class="unanswered""#, t(lang, "ui.not_answered")),
                };
                Some(html! {
                    <div class="answer-row" key={q.id}>
                        { row.html() }
                        <dd class="edit-cell">{ edit.unwrap_or_default() }</dd>
                    </div>
                })
            });
        let rows: Vec<Html> = rows.collect();
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
