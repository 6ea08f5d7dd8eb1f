//! The language switch: every language the catalog has, each named in itself.

use calcinosis_engine::text::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::format::t_or_en;

pub fn lang_switch(lang: Lang, on_set: &Callback<Lang>) -> Html {
    if Lang::ALL.len() < 2 {
        return html! {};
    }
    let onchange = on_set.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        Lang::from_code(&code).unwrap_or_default()
    });
    let options = Lang::ALL.iter().map(|l| {
        html! {
            <option value={l.code()} lang={l.code()} selected={*l == lang}>{ l.name() }</option>
        }
    });
    html! {
        <div class="lang-switch no-print">
            <label for="lang">{ t_or_en(lang, "ui.language") }</label>
            <select id="lang" {onchange}>{ for options }</select>
        </div>
    }
}

/// Shows `lang` as chosen again (a language whose texts could not be fetched was chosen, and
/// the aid stays in `lang`: the select element keeps what was chosen otherwise).
pub fn reset(lang: Lang) {
    let select = crate::config::get()
        .root
        .as_ref()
        .and_then(|root| root.query_selector("#lang").ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlSelectElement>().ok());
    if let Some(select) = select {
        select.set_value(lang.code());
    }
}
