//! The first screen: what the aid is for, who it is for, that it is not a diagnosis, what
//! to do in an emergency, how long it takes and that answers stay on the device. (About and
//! sources is in the footer of every screen.)

use calcinosis_engine::text::{t, Lang};
use yew::prelude::*;

use crate::components::page::HEADING_ID;

pub fn intro(lang: Lang, on_start: &Callback<MouseEvent>) -> Html {
    html! {
        <div class="screen intro">
            <h1 id={HEADING_ID} tabindex="-1">{ t(lang, "ui.app_name") }</h1>
            <p class="tagline">{ t(lang, "ui.tagline") }</p>
            <p>{ t(lang, "ui.intro.lead") }</p>
            <p>{ t(lang, "ui.intro.who") }</p>
            <p>{ t(lang, "ui.intro.what") }</p>
            <div class="notice" role="note">
                <p><strong>{ t(lang, "ui.not_a_diagnosis") }</strong></p>
                <p>{ t(lang, "ui.intro.emergency") }</p>
            </div>
            <ul class="facts">
                <li>{ t(lang, "ui.intro.time") }</li>
                <li>{ t(lang, "ui.intro.privacy") }</li>
            </ul>
            <div class="actions">
                <button type="button" class="primary" onclick={on_start.clone()}>
                    { t(lang, "ui.start") }
                </button>
            </div>
        </div>
    }
}
