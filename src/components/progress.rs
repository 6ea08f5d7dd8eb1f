//! Where the person is in the walk: "Step 2 of 5", a progress bar, and
//! the list of sections, each visited one a link back to it.

use calcinosis_engine::knowledge::questions::Section;
use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use crate::format::tf;
use crate::raw::Raw;

/// `current` is the section shown, `None` on the review; `sections` the sections of the
/// walk and `visited` those seen (links back).
pub fn progress(
    lang: Lang,
    current: Option<Section>,
    sections: &[Section],
    visited: &[Section],
    on_goto: &Callback<Section>,
) -> Html {
    let total = sections.len();
    let position = current.and_then(|c| sections.iter().position(|s| *s == c));
    let title = |s: Section| t_parts(lang, &["section.", s.id()]);
    let items = sections.iter().map(|&s| {
        let name = title(s);
        let is_current = current == Some(s);
        let content = if is_current || !visited.contains(&s) {
            html! { <span aria-current={is_current.then_some("step")}>{ name }</span> }
        } else {
            let on_goto = on_goto.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                on_goto.emit(s);
            });
            html! { <a href={["#section-", s.id()].concat()} {onclick}>{ name }</a> }
        };
        html! { <li key={s.id()} class={is_current.then_some("current")}>{ content }</li> }
    });
    let mut status = Raw::new();
    // "Step 2 of 5", a caption: the screen's heading names the section.
    if let Some(i) = position {
        let (n, total) = ((i + 1).to_string(), total.to_string());
        let text = tf(
            lang,
            "ui.progress",
            &[("n", n.clone()), ("total", total.clone())],
        );
        status
            .el(r#"p id="progress-text" class="progress-text""#, &text)
            .open(
                &[
                    r#"progress max=""#,
                    &total,
                    r#"" value=""#,
                    &n,
                    r#"" aria-labelledby="progress-text""#,
                ]
                .concat(),
            )
            .close("progress");
    }
    let status = status.html();
    html! {
        <nav class="progress no-print" aria-label={t(lang, "ui.sections")}>
            { status }
            <ol class="steps">{ for items }</ol>
        </nav>
    }
}
