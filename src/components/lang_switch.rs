//! The language switch: every language the catalog has, each named in itself.

use calcinosis_engine::text::Lang;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::format::t_or_en;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_set: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    if Lang::ALL.len() < 2 {
        return html! {};
    }
    let onchange = props.on_set.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        Lang::from_code(&code).unwrap_or_default()
    });
    let options = Lang::ALL.iter().map(|l| {
        html! {
            <option value={l.code()} lang={l.code()} selected={*l == props.lang}>{ l.name() }</option>
        }
    });
    html! {
        <div class="lang-switch no-print">
            <label for="lang">{ t_or_en(props.lang, "ui.language") }</label>
            <select id="lang" {onchange}>{ for options }</select>
        </div>
    }
}
