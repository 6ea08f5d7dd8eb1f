//! The history's yes/no questions as one "tick all that apply" list (UX review F6): a
//! ticked box answers "yes", an unticked box leaves the question unanswered, never "no"
//! (`knowledge::questions::CHECKLIST`). Their help is gathered under one "What do these
//! mean?".

use calcinosis_engine::answers::{Answer, Answers};
use calcinosis_engine::flow::Change;
use calcinosis_engine::text::{lookup_parts, t, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::page::question_anchor;
use crate::format::question_text;
use crate::raw::Raw;

pub fn checklist(
    lang: Lang,
    ids: &[&'static str],
    answers: &Answers,
    on_change: &Callback<Change>,
) -> Html {
    let boxes = ids.iter().map(|&id| {
        let ticked = matches!(answers.get(id), Some(Answer::Choice(c)) if c == "yes");
        let onchange = on_change.reform(move |e: Event| {
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                Change::Choose(id, "yes")
            } else {
                Change::Clear(id)
            }
        });
        let input_id = [id, "-yes"].concat();
        html! {
            <div class="option" key={id} id={question_anchor(id)} tabindex="-1">
                <input type="checkbox" id={input_id.clone()} checked={ticked} {onchange} />
                <label for={input_id}>{ question_text(lang, id) }</label>
            </div>
        }
    });
    let mut help = Raw::new();
    help.open(r#"details class="help""#)
        .el("summary", t(lang, "ui.help"))
        .open(r#"dl id="help-checklist""#);
    for id in ids {
        if let Some(text) = lookup_parts(lang, &["q.", id, ".help"]) {
            help.el("dt", question_text(lang, id)).el("dd", text);
        }
    }
    help.close("dl").close("details");
    html! {
        <fieldset key="checklist" class="question multi checklist" id="q-checklist" tabindex="-1"
            aria-describedby="checklist-hint">
            <legend>{ t(lang, "ui.checklist") }</legend>
            { Raw::new().el(r#"p class="hint" id="checklist-hint""#, t(lang, "ui.checklist.help")).html() }
            <div class="options many">{ for boxes }</div>
            { help.html() }
        </fieldset>
    }
}
