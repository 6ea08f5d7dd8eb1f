//! "About and sources": who made the aid, when it was last reviewed, how it reasons, its
//! limits, that it is not a medical device, and every source it cites.

use calcinosis_engine::text::{t, t_parts, Lang};
use yew::prelude::*;

use crate::components::sources_list;
use crate::raw::Raw;

const PARTS: [&str; 6] = ["who", "reviewed", "how", "limits", "device", "host"];

pub fn about(lang: Lang, on_close: &Callback<MouseEvent>) -> Html {
    let mut text = Raw::new();
    for p in PARTS {
        let id = ["about-", p].concat();
        text.open(&[r#"section aria-labelledby=""#, &id, "\""].concat())
            .el(
                &["h3 id=\"", &id, "\""].concat(),
                t_parts(lang, &["ui.about.", p, ".title"]),
            )
            .el("p", t_parts(lang, &["ui.about.", p]))
            .close("section");
    }
    // What "likely" has meant on published cases (docs/validation.md, sealed part).
    text.el("p", t(lang, "ui.about.likely_meaning"));
    text.el(
        r#"p class="knowledge-version""#,
        &crate::format::tf(
            lang,
            "ui.knowledge_version",
            &[
                ("version", calcinosis_engine::knowledge::VERSION.to_string()),
                (
                    "date",
                    calcinosis_engine::knowledge::VERSION_DATE.to_string(),
                ),
            ],
        ),
    );
    html! {
        <div class="screen about">
            { Raw::new().heading("h2", t(lang, "ui.about.title")).html() }
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={on_close.clone()}>
                    { t(lang, "ui.about.close") }
                </button>
            </div>
            { text.html() }
            <section aria-labelledby="about-sources">
                { Raw::new().el(r#"h3 id="about-sources""#, t(lang, "ui.about.sources.title")).html() }
                { sources_list(lang, "") }
            </section>
        </div>
    }
}
