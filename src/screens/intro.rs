//! The first screen: what the aid is for, who it is for, that it is not a diagnosis, what
//! to do in an emergency, how long it takes and that answers stay on the device. (About and
//! sources is in the footer of every screen.)

use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use crate::raw::Raw;

pub fn intro(lang: Lang, on_start: &Callback<MouseEvent>) -> Html {
    let t = |key| t(lang, key);
    // Start comes within the first phone screen, after what the aid is and the emergency
    // line; who it is for, what it asks and how long it takes follow.
    let before = Raw::new()
        .heading("h1", t("ui.app_name"))
        .el(r#"p class="tagline""#, t("ui.tagline"))
        .el("p", t("ui.intro.lead"))
        .open(r#"div class="notice" role="note""#)
        .open("p")
        .el("strong", t("ui.not_a_diagnosis"))
        .close("p")
        .el("p", t("ui.intro.emergency"))
        .close("div")
        .html();
    let after = Raw::new()
        .el("p", t("ui.intro.who"))
        .el("p", t("ui.intro.what"))
        .open(r#"ul class="facts""#)
        .el("li", t("ui.intro.time"))
        .el("li", t("ui.intro.privacy"))
        .close("ul")
        .html();
    html! {
        <div class="screen intro">
            { before }
            <div class="actions">
                <button type="button" class="primary" onclick={on_start.clone()}>
                    { t("ui.start") }
                </button>
            </div>
            { after }
        </div>
    }
}
