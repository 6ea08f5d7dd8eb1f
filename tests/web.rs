//! Component tests in headless Chromium: each mounts the app into a fresh element, acts as
//! a person would (clicks, typing, keys) and asserts on text, roles and ARIA attributes.
//! No sleeps: `yew::scheduler::flush` waits for the render.
#![cfg(target_arch = "wasm32")]
// A failed lookup should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use calcinosis_aid::app::{App, AppProps};
use calcinosis_aid::config::{self, Clinic, Config};
use calcinosis_engine::flow::{Action, Questionnaire};
use calcinosis_engine::text::Lang;
use calcinosis_engine::{Answer, Answers};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(start: Option<Questionnaire>) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            start,
            ..Default::default()
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn button(root: &Element, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no button {name}"))
}

async fn click(element: &HtmlElement) {
    element.click();
    yew::scheduler::flush().await;
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn at_section(steps: usize, answers: &[(&str, Answer)]) -> Questionnaire {
    let mut q = Questionnaire {
        answers: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        ..Default::default()
    };
    q.apply(Action::Start);
    for _ in 0..steps {
        q.apply(Action::Next);
    }
    q
}

/// "Do you have blood test results?" Yes: the lab screen asks for the numbers.
fn has_labs() -> (&'static str, Answer) {
    ("lab_results", Answer::Choice("yes".into()))
}

fn quantity(value: f64, unit: &str) -> Answer {
    Answer::Quantity {
        value,
        unit: unit.into(),
    }
}

#[wasm_bindgen_test]
async fn intro_says_it_is_not_a_diagnosis_and_offers_start() {
    let root = mount(None).await;
    assert_eq!(text(&root, "h1"), "Calcinosis Aid");
    assert!(root
        .text_content()
        .unwrap()
        .contains("This is not a diagnosis"));
    click(&button(&root, "Start")).await;
    assert_eq!(text(&root, "h2"), "About you");
    // A caption: the heading names the section, once.
    assert_eq!(text(&root, ".progress-text"), "Step 1 of 7");
    assert_eq!(text(&root, "fieldset legend"), "Who is this for?");
    // "Don't know" is always offered.
    assert!(text(&root, "fieldset").contains("Don't know"));
}

#[wasm_bindgen_test]
async fn a_high_phosphate_is_high_for_your_age() {
    let root = mount(Some(at_section(
        4,
        &[("age", quantity(34.0, "years")), has_labs()],
    )))
    .await;
    assert_eq!(text(&root, "h2"), "Lab results");
    let input = find(&root, "#in-phosphate");
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("decimal"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("fb-phosphate"));
    assert_eq!(
        find(&root, "#fb-phosphate")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    assert!(text(&root, "#range-phosphate").contains("2.6 to 4.5 mg/dL"));
    type_into(&root, "#in-phosphate", "6,8").await;
    assert_eq!(text(&root, "#fb-phosphate"), "High for your age");
    type_into(&root, "#in-phosphate", "3.5").await;
    assert_eq!(text(&root, "#fb-phosphate"), "Normal for your age");
}

#[wasm_bindgen_test]
async fn a_calcium_in_the_wrong_unit_asks_to_check_the_unit() {
    let root = mount(Some(at_section(
        4,
        &[("age", quantity(34.0, "years")), has_labs()],
    )))
    .await;
    type_into(&root, "#in-calcium", "2.4").await;
    let feedback = text(&root, "#fb-calcium");
    // Neutral wording: check the unit on the report (review F8), never "not possible".
    assert!(
        feedback
            .contains("Check the unit printed next to this number on your report. Is it mmol/L?"),
        "{feedback}"
    );
    assert!(!feedback.contains("possible"), "{feedback}");
    click(&button(&root, "My report says mmol/L")).await;
    let unit: HtmlSelectElement = find(&root, "#unit-calcium").dyn_into().unwrap();
    assert_eq!(unit.value(), "mmol/L");
    assert_eq!(text(&root, "#fb-calcium"), "Normal for your age");
    type_into(&root, "#in-calcium", "abc").await;
    assert!(text(&root, "#fb-calcium").contains("Please type a number"));
}

#[wasm_bindgen_test]
async fn derived_values_appear_as_soon_as_their_inputs_exist() {
    let root = mount(Some(at_section(4, &[has_labs()]))).await;
    assert!(!text(&root, ".derived").contains("corrected for albumin:"));
    type_into(&root, "#in-calcium", "9").await;
    type_into(&root, "#in-albumin", "3").await;
    assert!(text(&root, ".derived").contains("Calcium corrected for albumin: 9.8 mg/dL"));
    type_into(&root, "#in-phosphate", "7").await;
    assert!(text(&root, ".derived").contains("Calcium × phosphate product: 68.6"));
}

#[wasm_bindgen_test]
async fn body_map_regions_are_checkboxes_toggled_by_keys() {
    let root = mount(Some(at_section(1, &[]))).await;
    assert_eq!(text(&root, "h2"), "The lump or lumps");
    let elbow = find(
        &root,
        "g[role='checkbox'][aria-label='Elbow, on the body map']",
    );
    assert_eq!(
        elbow.get_attribute("aria-checked").as_deref(),
        Some("false")
    );
    // Not a Tab stop: the list is the keyboard's way (the keys still work for a click).
    assert_eq!(elbow.get_attribute("tabindex").as_deref(), Some("-1"));
    for key in [" ", "Enter"] {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init);
        elbow.dispatch_event(&event.unwrap()).unwrap();
        yew::scheduler::flush().await;
        let elbow = find(
            &root,
            "g[role='checkbox'][aria-label='Elbow, on the body map']",
        );
        let list: HtmlInputElement = find(&root, "#sites-elbow").dyn_into().unwrap();
        let on = key == " ";
        assert_eq!(
            elbow.get_attribute("aria-checked").as_deref(),
            Some(if on { "true" } else { "false" })
        );
        assert_eq!(list.checked(), on);
        assert_eq!(text(&root, ".chosen").contains("Elbow"), on);
    }
}

#[wasm_bindgen_test]
async fn the_summary_puts_red_flags_first_and_lists_questions() {
    let mut answers = Answers::new();
    let mut set = |k: &str, a: Answer| answers.insert(k.to_string(), a);
    set("age", quantity(62.0, "years"));
    set("kidney", Answer::Choice("dialysis".into()));
    set("pain", Answer::Choice("severe".into()));
    set(
        "looks",
        Answer::Choices(vec!["livedo".into(), "ulcer_eschar".into()]),
    );
    set("sites", Answer::Choices(vec!["thigh".into()]));
    let root = mount(Some(Questionnaire::with_answers(answers))).await;
    assert_eq!(text(&root, "h2"), "Check your answers");
    // An Edit link per answer, and one per section for the questions not answered (and
    // the history's checklist, one row).
    let edits = root.query_selector_all("a.edit").unwrap();
    assert!(
        edits.length() >= 5 && edits.length() <= 14,
        "{}",
        edits.length()
    );
    click(&button(&root, "See my summary")).await;
    assert_eq!(text(&root, "h2"), "Your summary");
    let urgent = find(&root, "section.urgent");
    assert_eq!(
        urgent.get_attribute("aria-labelledby").as_deref(),
        Some("urgent-title")
    );
    assert_eq!(text(&root, "#urgent-title"), "Act on this first");
    // The urgent region comes before everything else in the summary, and opens with the
    // care line: how soon, and whom to see.
    let first = find(&root, ".result > section");
    assert_eq!(first.get_attribute("class").as_deref(), Some("urgent"));
    assert!(text(&root, ".urgent > p.care").starts_with("Today See a doctor today"));
    assert_eq!(text(&root, "#ask-title"), "Questions to ask your doctor");
    // The most important questions (at most three) are ticked; the others wait under
    // "More questions", not ticked (clinical review F13).
    let checked = |selector: &str| {
        let boxes = root.query_selector_all(selector).unwrap();
        (0..boxes.length())
            .filter_map(|i| boxes.item(i)?.dyn_into::<HtmlInputElement>().ok())
            .map(|c| c.checked())
            .collect::<Vec<bool>>()
    };
    let important = checked("ul[aria-labelledby='ask-title'] input[type='checkbox']");
    assert!(
        !important.is_empty() && important.len() <= 3,
        "{important:?}"
    );
    assert!(
        important.iter().all(|c| *c),
        "the most important are ticked"
    );
    let more = checked(".more-questions input[type='checkbox']");
    assert!(!more.is_empty(), "no more questions");
    assert!(
        more.iter().all(|c| !c),
        "the others are not ticked by default"
    );
    type_into(&root, "#own-question", "Can I keep swimming?").await;
    click(&button(&root, "Add")).await;
    assert!(text(&root, ".ask-list").contains("Can I keep swimming?"));
    assert_eq!(
        root.query_selector_all("ul[aria-labelledby='ask-title'] li")
            .unwrap()
            .length() as usize,
        important.len() + 1
    );
    // Reasons end with the numbers of their sources, listed once behind "Show sources".
    assert!(text(&root, ".likely .cite, .others .cite").starts_with("[1]"));
    assert!(text(&root, "details.cited summary").contains("Show sources"));
    button(&root, "Print");
}

fn flagged_answers() -> Answers {
    let mut answers = Answers::new();
    let mut set = |k: &str, a: Answer| answers.insert(k.to_string(), a);
    set("age", quantity(62.0, "years"));
    set("kidney", Answer::Choice("dialysis".into()));
    set("pain", Answer::Choice("severe".into()));
    set(
        "looks",
        Answer::Choices(vec!["livedo".into(), "ulcer_eschar".into()]),
    );
    answers
}

#[wasm_bindgen_test]
async fn the_red_flag_box_gives_the_clinic_a_host_page_names() {
    config::set(Config {
        clinic: Some(Clinic {
            name: "Green Valley Clinic".into(),
            phone: "+1 (555) 010-0199".into(),
        }),
        ..Default::default()
    });
    let root = mount(Some(Questionnaire::with_answers(flagged_answers()))).await;
    click(&button(&root, "See my summary")).await;
    assert_eq!(
        text(&root, ".urgent .clinic"),
        "Call Green Valley Clinic at +1 (555) 010-0199."
    );
    let link = find(&root, ".urgent .clinic a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("tel:+15550100199")
    );
    // Without a name: "Call us at …"; without a clinic: no line at all.
    config::set(Config {
        clinic: Some(Clinic {
            name: String::new(),
            phone: "020 7946 0000".into(),
        }),
        ..Default::default()
    });
    let root = mount(Some(Questionnaire::with_answers(flagged_answers()))).await;
    click(&button(&root, "See my summary")).await;
    assert_eq!(text(&root, ".urgent .clinic"), "Call us at 020 7946 0000.");
    config::set(Config::default());
    let root = mount(Some(Questionnaire::with_answers(flagged_answers()))).await;
    click(&button(&root, "See my summary")).await;
    assert!(root.query_selector(".urgent .clinic").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn with_the_intro_hidden_back_and_restart_stay_on_the_questions() {
    config::set(Config {
        hide_intro: true,
        ..Default::default()
    });
    let root = mount(Some(at_section(0, &[]))).await;
    assert_eq!(text(&root, "h2"), "About you");
    // Nothing to go back to, and the intro's emergency line above the questions.
    assert!(!has_button(&root, "Back"));
    assert!(text(&root, ".section").contains("In an emergency"));
    click(&button(&root, "Next")).await;
    click(&button(&root, "Back")).await;
    assert_eq!(text(&root, "h2"), "About you");
    config::set(Config::default());
    let root = mount(Some(at_section(0, &[]))).await;
    click(&button(&root, "Back")).await;
    assert_eq!(text(&root, "h1"), "Calcinosis Aid");
}

#[wasm_bindgen_test]
async fn embedded_it_sets_its_own_lang_and_leaves_the_page_title_alone() {
    let document = web_sys::window().unwrap().document().unwrap();
    document.set_title("A clinic's page");
    let html = document.document_element().unwrap();
    html.set_attribute("lang", "fr").unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    config::set(Config {
        embedded: true,
        root: Some(root.clone()),
        ..Default::default()
    });
    let start = Questionnaire {
        lang: Lang::Es,
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            start: Some(start),
            ..Default::default()
        },
    )
    .render();
    yew::scheduler::flush().await;
    click(&button(&root, "Empezar")).await;
    assert_eq!(text(&root, "h2"), "Sobre usted");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(document.title(), "A clinic's page");
    // The focus moved to the new screen's heading, found inside the app's root.
    let active = document.active_element().unwrap();
    assert_eq!(active.id(), "screen-heading");
    config::set(Config::default());
    html.set_attribute("lang", "en").unwrap();
}

#[wasm_bindgen_test]
async fn answers_are_stored_only_while_keep_is_on() {
    use calcinosis_aid::keep::KEY;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(KEY).unwrap();
    let root = mount(Some(at_section(
        0,
        &[("sex", Answer::Choice("female".into()))],
    )))
    .await;
    let switch: HtmlInputElement = find(&root, "input[role='switch']").dyn_into().unwrap();
    assert!(!switch.checked(), "saving is off by default");
    assert_eq!(storage.get_item(KEY).unwrap(), None);

    click(&switch).await;
    let kept = storage
        .get_item(KEY)
        .unwrap()
        .expect("nothing stored once on");
    assert!(kept
        .starts_with(r#"{"format":"calcinosis-aid/saved","version":1,"answers":{"sex":"female"}"#));
    assert!(kept.contains(r#""step":"person""#), "{kept}");
    click(&button(&root, "Next")).await;
    let moved = storage.get_item(KEY).unwrap().unwrap();
    assert!(
        moved.contains(r#""step":"lesion""#),
        "a change was not stored: {moved}"
    );

    let switch: HtmlInputElement = find(&root, "input[role='switch']").dyn_into().unwrap();
    click(&switch).await;
    assert_eq!(
        storage.get_item(KEY).unwrap(),
        None,
        "turning it off forgets"
    );
}

fn has_button(root: &Element, name: &str) -> bool {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .any(|b| b.text_content().unwrap_or_default().trim() == name)
}

#[wasm_bindgen_test]
async fn answers_can_be_downloaded_once_there_are_some() {
    let root = mount(Some(at_section(0, &[]))).await;
    assert!(!has_button(&root, "Download my answers"));
    assert!(!has_button(&root, "Download for my clinic"));
    // Nothing to delete yet; the questionnaire itself (for clinics) only on the summary.
    assert!(!has_button(&root, "Delete my answers"));
    assert!(!has_button(&root, "Download the questionnaire (FHIR)"));
    let root = mount(Some(at_section(
        0,
        &[("sex", Answer::Choice("female".into()))],
    )))
    .await;
    assert!(has_button(&root, "Download my answers"));
    assert!(has_button(&root, "Download for my clinic"));
    assert!(has_button(&root, "Delete my answers"));
    assert!(!has_button(&root, "Download the questionnaire (FHIR)"));
    let root = mount(Some(Questionnaire::with_answers(flagged_answers()))).await;
    click(&button(&root, "See my summary")).await;
    assert!(has_button(&root, "Download the questionnaire (FHIR)"));
}
