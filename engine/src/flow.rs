//! The questionnaire as a state machine: which screen is shown, the answers given so far,
//! the text typed into number fields, and the person's edits to the physician questions.
//!
//! Pure and total, like the rest of this crate: [`Questionnaire::apply`] takes any
//! [`Action`] in any state and never panics; an action that makes no sense where it
//! arrives (jumping to a section not yet visited, answering a question that does not
//! exist) leaves the state as it was. The browser shell wraps this in a Yew reducer and
//! does nothing else with the state.

use crate::answers::{Answer, Answers, NORMAL, UNKNOWN};
use crate::knowledge::questions::{question, Kind, Section};
use crate::labs;
use crate::reason::shown_questions;
use crate::text::{parse_number, Lang};

/// The option id of a multiple choice that excludes all others.
pub const NONE: &str = "none";
/// Longest question of their own a person can add, in characters.
pub const OWN_QUESTION_MAX: usize = 300;
/// Most questions of their own a person can add.
pub const OWN_QUESTIONS_MAX: usize = 20;

/// The screen shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    Section(Section),
    Review,
    Result,
    About,
}

/// A change to one answer, as a control reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Pick an option of a single choice (`unknown` is "don't know").
    Choose(&'static str, &'static str),
    /// Tick or untick an option of a multiple choice (`unknown` is "don't know").
    Toggle(&'static str, &'static str),
    /// The text of a number field (age or lab) as typed.
    Text(&'static str, String),
    /// The unit of a number field.
    Unit(&'static str, &'static str),
    /// "Don't know / not done" for a number field.
    Unknown(&'static str, bool),
    /// "Normal, no number" for a lab field (`answers::NORMAL`).
    Normal(&'static str, bool),
    /// Remove the answer (an unticked box of the history checklist: unanswered, not "no").
    Clear(&'static str),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    Next,
    Back,
    /// Jump to a section already visited.
    GoTo(Section),
    /// Open the section of a question to change its answer.
    Edit(&'static str),
    Review,
    ShowResult,
    ShowAbout,
    CloseAbout,
    /// Forget everything and go back to the intro.
    Restart,
    /// Replace every answer (and the rest) with answers read from a file, and show them
    /// on the review screen. The language stays.
    Open(Answers),
    SetLang(Lang),
    Set(Change),
    /// Keep or drop a suggested physician question.
    ToggleAsk(&'static str),
    AddOwn(String),
    ToggleOwn(usize),
    /// Show a screen the person has already been on (the browser's Back and Forward): the
    /// intro, a section already visited, the review or the summary once reviewed, About.
    Show(Step),
}

/// What is typed in a number field: kept as typed so that "6." survives while typing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub text: String,
    pub unit: &'static str,
}

/// A question the person wrote, and whether it is kept for the printout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnQuestion {
    pub text: String,
    pub kept: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    pub lang: Lang,
    pub step: Step,
    pub answers: Answers,
    /// Number fields as typed, by question id.
    /// (Small vectors rather than maps and sets: each map type adds kilobytes to the wasm.)
    pub entries: Vec<(&'static str, Entry)>,
    /// In walk order of first visit.
    pub visited: Vec<Section>,
    /// The review screen has been reached: sections offer a way straight back to it.
    pub reviewed: bool,
    /// Where "close" on the About screen returns to.
    pub about_from: Step,
    /// The question to bring into view after an Edit.
    pub focus: Option<&'static str>,
    /// Counts screen changes, so the shell knows when to move focus.
    pub nav: u32,
    /// Suggested physician questions the person dropped.
    pub dropped: Vec<&'static str>,
    pub own: Vec<OwnQuestion>,
}

impl Default for Questionnaire {
    fn default() -> Self {
        Questionnaire {
            lang: Lang::default(),
            step: Step::Intro,
            answers: Answers::new(),
            entries: Vec::new(),
            visited: Vec::new(),
            reviewed: false,
            about_from: Step::Intro,
            focus: None,
            nav: 0,
            dropped: Vec::new(),
            own: Vec::new(),
        }
    }
}

/// Units a number question accepts; the first is the default.
pub fn unit_ids(q: &'static str) -> Vec<&'static str> {
    match question(q).map(|q| q.kind) {
        Some(Kind::Age) => vec!["years", "months"],
        Some(Kind::Lab(a)) => labs::units(a).iter().map(|u| u.id).collect(),
        _ => Vec::new(),
    }
}

/// The entry of a number field in `entries`: as typed, or empty with the default unit.
pub fn entry_in(entries: &[(&'static str, Entry)], q: &'static str) -> Entry {
    entries
        .iter()
        .find(|(k, _)| *k == q)
        .map(|(_, e)| e.clone())
        .unwrap_or_else(|| Entry {
            text: String::new(),
            unit: unit_ids(q).first().copied().unwrap_or(""),
        })
}

/// The sections that have at least one question shown for these answers, in order.
pub fn sections(answers: &Answers) -> Vec<Section> {
    let shown = shown_questions(answers);
    Section::ALL
        .into_iter()
        .filter(|s| shown.iter().any(|q| q.section == *s))
        .collect()
}

/// The screen after this one, given the sections that have questions to show.
pub fn next_step(sections: &[Section], step: Step) -> Step {
    match step {
        Step::Intro => sections.first().map_or(Step::Review, |s| Step::Section(*s)),
        Step::Section(s) => sections
            .iter()
            .find(|x| **x > s)
            .map_or(Step::Review, |n| Step::Section(*n)),
        Step::Review | Step::Result => Step::Result,
        Step::About => Step::About,
    }
}

/// The screen before this one (the About screen returns to where it was opened instead).
pub fn previous_step(sections: &[Section], step: Step) -> Step {
    let last_before = |limit: Option<Section>| {
        sections
            .iter()
            .rev()
            .find(|x| limit.is_none_or(|l| **x < l))
            .map_or(Step::Intro, |p| Step::Section(*p))
    };
    match step {
        Step::Intro => Step::Intro,
        Step::Section(s) => last_before(Some(s)),
        Step::Review => last_before(None),
        Step::Result => Step::Review,
        Step::About => Step::About,
    }
}

impl Questionnaire {
    /// A questionnaire holding answers read from a file, at the review screen.
    pub fn with_answers(answers: Answers) -> Questionnaire {
        let mut q = Questionnaire::default();
        for (id, a) in &answers {
            if let (Some(question), Answer::Quantity { value, unit }) = (question(id), a) {
                let units = unit_ids(question.id);
                if let (Some(u), Some(text)) = (
                    units.into_iter().find(|u| u == unit),
                    crate::exact::exact(*value),
                ) {
                    q.entries.push((question.id, Entry { text, unit: u }));
                }
            }
        }
        q.answers = answers;
        q.visited = sections(&q.answers);
        q.go(Step::Review);
        q
    }

    /// The entry of a number field: as typed, or empty with the default unit.
    pub fn entry(&self, q: &'static str) -> Entry {
        entry_in(&self.entries, q)
    }

    /// Apply one action. Never panics; a senseless action changes nothing.
    pub fn apply(&mut self, action: Action) {
        let sections = sections(&self.answers);
        match action {
            Action::Start => self.go(next_step(&sections, Step::Intro)),
            Action::Next => match self.step {
                Step::Intro => self.apply(Action::Start),
                Step::Section(_) | Step::Review => self.go(next_step(&sections, self.step)),
                Step::Result | Step::About => {}
            },
            Action::Back => match self.step {
                Step::Intro => {}
                Step::About => self.go(self.about_from),
                _ => self.go(previous_step(&sections, self.step)),
            },
            Action::GoTo(s) => {
                if self.visited.contains(&s) && sections.contains(&s) {
                    self.go(Step::Section(s));
                }
            }
            Action::Edit(id) => {
                let shown = shown_questions(&self.answers);
                if let Some(q) = shown.iter().find(|q| q.id == id) {
                    self.go(Step::Section(q.section));
                    self.focus = Some(q.id);
                }
            }
            Action::Review => {
                if self.reviewed || self.step == Step::Result {
                    self.go(Step::Review);
                }
            }
            Action::ShowResult => {
                if self.reviewed {
                    self.go(Step::Result);
                }
            }
            Action::ShowAbout => {
                if self.step != Step::About {
                    self.about_from = self.step;
                    self.go(Step::About);
                }
            }
            Action::CloseAbout => {
                if self.step == Step::About {
                    self.go(self.about_from);
                }
            }
            Action::Restart => {
                let (lang, nav) = (self.lang, self.nav);
                *self = Questionnaire {
                    lang,
                    nav: nav.wrapping_add(1),
                    ..Questionnaire::default()
                };
            }
            Action::Open(answers) => {
                let (lang, nav) = (self.lang, self.nav);
                *self = Questionnaire::with_answers(answers);
                self.lang = lang;
                self.nav = nav.wrapping_add(1);
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::Set(change) => self.change(change),
            Action::ToggleAsk(id) => match self.dropped.iter().position(|d| *d == id) {
                Some(i) => {
                    self.dropped.remove(i);
                }
                None => self.dropped.push(id),
            },
            Action::AddOwn(text) => {
                let text: String = text.trim().chars().take(OWN_QUESTION_MAX).collect();
                if !text.is_empty() && self.own.len() < OWN_QUESTIONS_MAX {
                    self.own.push(OwnQuestion { text, kept: true });
                }
            }
            Action::ToggleOwn(i) => {
                if let Some(o) = self.own.get_mut(i) {
                    o.kept = !o.kept;
                }
            }
            Action::Show(step) if step != self.step => match step {
                Step::Intro => self.go(step),
                Step::Section(s) => self.apply(Action::GoTo(s)),
                Step::Review | Step::Result => {
                    if self.reviewed {
                        self.go(step);
                    }
                }
                Step::About => self.apply(Action::ShowAbout),
            },
            Action::Show(_) => {}
        }
    }

    fn set_entry(&mut self, id: &'static str, entry: Entry) {
        match self.entries.iter_mut().find(|(k, _)| *k == id) {
            Some((_, e)) => *e = entry,
            None => self.entries.push((id, entry)),
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.focus = None;
        self.nav = self.nav.wrapping_add(1);
        match step {
            Step::Section(s) if !self.visited.contains(&s) => self.visited.push(s),
            Step::Review => self.reviewed = true,
            _ => {}
        }
    }

    fn change(&mut self, change: Change) {
        match change {
            Change::Choose(id, opt) => {
                if let Some(q) = question(id) {
                    let known = q.options().iter().any(|o| o.id == opt);
                    if matches!(q.kind, Kind::Single(_)) && (known || opt == UNKNOWN) {
                        self.answers
                            .insert(id.to_string(), Answer::Choice(opt.into()));
                    }
                }
            }
            Change::Toggle(id, opt) => self.toggle(id, opt),
            Change::Text(id, text) => {
                if unit_ids(id).is_empty() {
                    return;
                }
                let mut entry = self.entry(id);
                entry.text = text;
                self.set_entry(id, entry);
                self.sync(id);
            }
            Change::Unit(id, unit) => {
                if !unit_ids(id).contains(&unit) {
                    return;
                }
                let mut entry = self.entry(id);
                entry.unit = unit;
                self.set_entry(id, entry);
                // A field answered without a number keeps that answer.
                if !matches!(self.answers.get(id), Some(Answer::Choice(_))) {
                    self.sync(id);
                }
            }
            Change::Unknown(id, on) => self.no_number(id, UNKNOWN, on),
            Change::Normal(id, on) => {
                if matches!(question(id).map(|q| q.kind), Some(Kind::Lab(_))) {
                    self.no_number(id, NORMAL, on);
                }
            }
            Change::Clear(id) => {
                self.answers.remove(id);
            }
        }
    }

    /// A number field answered without a number ("don't know", or a lab "normal"): the
    /// typed text is cleared; turned off, the field's text is the answer again.
    fn no_number(&mut self, id: &'static str, word: &str, on: bool) {
        if unit_ids(id).is_empty() {
            return;
        }
        if on {
            let mut entry = self.entry(id);
            entry.text.clear();
            self.set_entry(id, entry);
            self.answers
                .insert(id.to_string(), Answer::Choice(word.into()));
        } else {
            self.sync(id);
        }
    }

    /// Set a number question's answer from its entry: a quantity when the text is a number,
    /// no answer otherwise.
    fn sync(&mut self, id: &'static str) {
        let entry = self.entry(id);
        match parse_number(&entry.text) {
            Some(value) => {
                let unit = entry.unit.to_string();
                self.answers
                    .insert(id.to_string(), Answer::Quantity { value, unit });
            }
            None => {
                self.answers.remove(id);
            }
        }
    }

    fn toggle(&mut self, id: &'static str, opt: &'static str) {
        let Some(q) = question(id) else { return };
        if !matches!(q.kind, Kind::Multi(_)) {
            return;
        }
        if opt == UNKNOWN {
            if self.answers.get(id).is_some_and(Answer::is_unknown) {
                self.answers.remove(id);
            } else {
                self.answers
                    .insert(id.to_string(), Answer::Choice(UNKNOWN.into()));
            }
            return;
        }
        if !q.options().iter().any(|o| o.id == opt) {
            return;
        }
        let mut chosen = match self.answers.get(id) {
            Some(Answer::Choices(c)) => c.clone(),
            _ => Vec::new(),
        };
        if let Some(pos) = chosen.iter().position(|c| c == opt) {
            chosen.remove(pos);
        } else if opt == NONE {
            chosen = vec![NONE.to_string()];
        } else {
            chosen.retain(|c| c != NONE);
            chosen.push(opt.to_string());
        }
        if chosen.is_empty() {
            self.answers.remove(id);
        } else {
            self.answers.insert(id.to_string(), Answer::Choices(chosen));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(actions: Vec<Action>) -> Questionnaire {
        let mut q = Questionnaire::default();
        for a in actions {
            q.apply(a);
        }
        q
    }

    fn choices(q: &Questionnaire, id: &str) -> Option<Answer> {
        q.answers.get(id).cloned()
    }

    #[test]
    fn walks_every_section_in_order_then_review_then_result() {
        let mut q = Questionnaire::default();
        q.apply(Action::Start);
        let mut seen = Vec::new();
        while let Step::Section(s) = q.step {
            seen.push(s);
            q.apply(Action::Next);
        }
        assert_eq!(seen, Section::ALL.to_vec());
        assert_eq!(q.step, Step::Review);
        q.apply(Action::Next);
        assert_eq!(q.step, Step::Result);
    }

    #[test]
    fn back_walks_back_to_the_intro() {
        let mut q = walk(vec![Action::Start, Action::Next, Action::Next]);
        assert_eq!(q.step, Step::Section(Section::Looks));
        q.apply(Action::Back);
        assert_eq!(q.step, Step::Section(Section::Lesion));
        q.apply(Action::Back);
        q.apply(Action::Back);
        assert_eq!(q.step, Step::Intro);
        q.apply(Action::Back);
        assert_eq!(q.step, Step::Intro);
    }

    #[test]
    fn back_from_result_and_review() {
        let mut q = walk(vec![Action::Start]);
        for _ in 0..Section::ALL.len() {
            q.apply(Action::Next);
        }
        q.apply(Action::Next);
        assert_eq!(q.step, Step::Result);
        q.apply(Action::Back);
        assert_eq!(q.step, Step::Review);
        q.apply(Action::Back);
        assert_eq!(q.step, Step::Section(Section::Treatments));
    }

    #[test]
    fn jumps_only_to_visited_sections() {
        let mut q = walk(vec![Action::Start, Action::Next, Action::Next]);
        q.apply(Action::GoTo(Section::History));
        assert_eq!(q.step, Step::Section(Section::Looks));
        q.apply(Action::GoTo(Section::Person));
        assert_eq!(q.step, Step::Section(Section::Person));
        q.apply(Action::GoTo(Section::Looks));
        assert_eq!(q.step, Step::Section(Section::Looks));
    }

    #[test]
    fn result_needs_the_review_first() {
        let mut q = walk(vec![Action::Start, Action::ShowResult, Action::Review]);
        assert_eq!(q.step, Step::Section(Section::Person));
        q = walk(vec![Action::Start]);
        for _ in 0..Section::ALL.len() {
            q.apply(Action::Next);
        }
        q.apply(Action::GoTo(Section::Labs));
        q.apply(Action::Review);
        assert_eq!(q.step, Step::Review);
        q.apply(Action::ShowResult);
        assert_eq!(q.step, Step::Result);
    }

    #[test]
    fn edit_opens_the_section_of_a_shown_question() {
        let mut q = Questionnaire::with_answers(Answers::new());
        q.apply(Action::Edit("warfarin"));
        assert_eq!(q.step, Step::Section(Section::History));
        assert_eq!(q.focus, Some("warfarin"));
        // A question hidden by the answers cannot be edited: dialysis years needs dialysis.
        q.apply(Action::Edit("dialysis_years"));
        assert_eq!(q.focus, Some("warfarin"));
        q.apply(Action::Set(Change::Choose("kidney", "dialysis")));
        q.apply(Action::Edit("dialysis_years"));
        assert_eq!(q.focus, Some("dialysis_years"));
        q.apply(Action::Next);
        assert_eq!(
            (q.step, q.focus),
            (Step::Section(Section::Treatments), None)
        );
        q.apply(Action::Next);
        assert_eq!((q.step, q.focus), (Step::Review, None));
    }

    #[test]
    fn sections_without_shown_questions_are_skipped_both_ways() {
        use Section::*;
        let some = [Person, Lesion, Labs];
        assert_eq!(next_step(&some, Step::Intro), Step::Section(Person));
        assert_eq!(next_step(&some, Step::Section(Lesion)), Step::Section(Labs));
        assert_eq!(next_step(&some, Step::Section(Labs)), Step::Review);
        assert_eq!(
            previous_step(&some, Step::Section(Labs)),
            Step::Section(Lesion)
        );
        assert_eq!(previous_step(&some, Step::Review), Step::Section(Labs));
        assert_eq!(previous_step(&some, Step::Section(Person)), Step::Intro);
        assert_eq!(next_step(&[], Step::Intro), Step::Review);
        assert_eq!(previous_step(&[], Step::Review), Step::Intro);
        // Today every section has a question that always shows.
        assert_eq!(sections(&Answers::new()), Section::ALL.to_vec());
    }

    #[test]
    fn show_goes_only_to_screens_already_reached() {
        let mut q = walk(vec![Action::Start, Action::Next]);
        let nav = q.nav;
        q.apply(Action::Show(Step::Section(Section::Lesion)));
        assert_eq!(q.nav, nav, "showing the screen shown is no screen change");
        for refused in [Step::Section(Section::History), Step::Review, Step::Result] {
            q.apply(Action::Show(refused));
            assert_eq!(q.step, Step::Section(Section::Lesion));
        }
        q.apply(Action::Show(Step::Intro));
        assert_eq!(q.step, Step::Intro);
        q.apply(Action::Show(Step::Section(Section::Lesion)));
        assert_eq!(q.step, Step::Section(Section::Lesion));
        q.apply(Action::Show(Step::About));
        q.apply(Action::CloseAbout);
        assert_eq!(q.step, Step::Section(Section::Lesion));
        for _ in 0..Section::ALL.len() - 1 {
            q.apply(Action::Next);
        }
        q.apply(Action::Next);
        q.apply(Action::Show(Step::Section(Section::Person)));
        q.apply(Action::Show(Step::Result));
        assert_eq!(q.step, Step::Result);
        q.apply(Action::Show(Step::Review));
        assert_eq!(q.step, Step::Review);
    }

    #[test]
    fn a_lab_reported_normal_and_a_box_unticked() {
        let mut q = walk(vec![Action::Start]);
        q.apply(Action::Set(Change::Text("calcium", "9.4".into())));
        q.apply(Action::Set(Change::Normal("calcium", true)));
        assert_eq!(
            q.answers.get("calcium"),
            Some(&Answer::Choice(NORMAL.into()))
        );
        assert_eq!(q.entry("calcium").text, "", "the typed number is cleared");
        // Its unit can change without losing the answer; typing a number replaces it.
        q.apply(Action::Set(Change::Unit("calcium", "mmol/L")));
        assert_eq!(
            q.answers.get("calcium"),
            Some(&Answer::Choice(NORMAL.into()))
        );
        q.apply(Action::Set(Change::Text("calcium", "2.3".into())));
        assert!(matches!(
            q.answers.get("calcium"),
            Some(Answer::Quantity { .. })
        ));
        // Only a lab can be "normal"; an unticked box of the checklist is no answer at all.
        q.apply(Action::Set(Change::Normal("age", true)));
        assert_eq!(q.answers.get("age"), None);
        q.apply(Action::Set(Change::Choose("diabetes", "yes")));
        q.apply(Action::Set(Change::Clear("diabetes")));
        assert_eq!(q.answers.get("diabetes"), None);
    }

    #[test]
    fn hidden_questions_cannot_be_edited() {
        let q = walk(vec![Action::Start, Action::Edit("dialysis_years")]);
        assert_eq!((q.step, q.focus), (Step::Section(Section::Person), None));
    }

    #[test]
    fn single_choice_answers_and_rejects_unknown_options() {
        let mut q = Questionnaire::default();
        q.apply(Action::Set(Change::Choose("sex", "female")));
        assert_eq!(choices(&q, "sex"), Some(Answer::Choice("female".into())));
        q.apply(Action::Set(Change::Choose("sex", "purple")));
        q.apply(Action::Set(Change::Choose("sites", "hand")));
        q.apply(Action::Set(Change::Choose("nonsense", "yes")));
        assert_eq!(choices(&q, "sex"), Some(Answer::Choice("female".into())));
        assert_eq!(q.answers.len(), 1);
        q.apply(Action::Set(Change::Choose("sex", UNKNOWN)));
        assert!(q.answers.get("sex").is_some_and(Answer::is_unknown));
    }

    #[test]
    fn none_excludes_the_other_options_of_a_multi_choice() {
        let mut q = Questionnaire::default();
        let t = |o| Action::Set(Change::Toggle("infection_signs", o));
        q.apply(t("redness"));
        q.apply(t("fever"));
        assert_eq!(
            choices(&q, "infection_signs"),
            Some(Answer::Choices(vec!["redness".into(), "fever".into()]))
        );
        q.apply(t(NONE));
        assert_eq!(
            choices(&q, "infection_signs"),
            Some(Answer::Choices(vec![NONE.into()]))
        );
        q.apply(t("pus"));
        assert_eq!(
            choices(&q, "infection_signs"),
            Some(Answer::Choices(vec!["pus".into()]))
        );
        q.apply(t("pus"));
        assert_eq!(choices(&q, "infection_signs"), None);
    }

    #[test]
    fn dont_know_in_a_multi_choice_replaces_and_is_replaced() {
        let mut q = Questionnaire::default();
        let t = |o| Action::Set(Change::Toggle("sites", o));
        q.apply(t("hand"));
        q.apply(t(UNKNOWN));
        assert!(q.answers.get("sites").is_some_and(Answer::is_unknown));
        q.apply(t("elbow"));
        assert_eq!(
            choices(&q, "sites"),
            Some(Answer::Choices(vec!["elbow".into()]))
        );
        q.apply(t(UNKNOWN));
        q.apply(t(UNKNOWN));
        assert_eq!(choices(&q, "sites"), None);
    }

    #[test]
    fn number_fields_keep_the_text_and_answer_when_it_is_a_number() {
        let mut q = Questionnaire::default();
        q.apply(Action::Set(Change::Text("phosphate", "6,".into())));
        assert_eq!(q.entry("phosphate").text, "6,");
        assert_eq!(
            choices(&q, "phosphate"),
            Some(Answer::Quantity {
                value: 6.0,
                unit: "mg/dL".into()
            })
        );
        q.apply(Action::Set(Change::Text("phosphate", "6,8".into())));
        q.apply(Action::Set(Change::Unit("phosphate", "mmol/L")));
        assert_eq!(
            choices(&q, "phosphate"),
            Some(Answer::Quantity {
                value: 6.8,
                unit: "mmol/L".into()
            })
        );
        q.apply(Action::Set(Change::Unit("phosphate", "furlongs")));
        assert_eq!(q.entry("phosphate").unit, "mmol/L");
        q.apply(Action::Set(Change::Text("phosphate", "abc".into())));
        assert_eq!(choices(&q, "phosphate"), None);
    }

    #[test]
    fn not_done_clears_the_value_and_unticking_restores_nothing() {
        let mut q = Questionnaire::default();
        q.apply(Action::Set(Change::Text("age", "7".into())));
        q.apply(Action::Set(Change::Unit("age", "months")));
        assert_eq!(
            choices(&q, "age"),
            Some(Answer::Quantity {
                value: 7.0,
                unit: "months".into()
            })
        );
        q.apply(Action::Set(Change::Unknown("age", true)));
        assert!(q.answers.get("age").is_some_and(Answer::is_unknown));
        assert_eq!(q.entry("age").text, "");
        q.apply(Action::Set(Change::Unit("age", "years")));
        assert!(q.answers.get("age").is_some_and(Answer::is_unknown));
        q.apply(Action::Set(Change::Unknown("age", false)));
        assert_eq!(choices(&q, "age"), None);
        q.apply(Action::Set(Change::Unknown("sex", true)));
        assert_eq!(choices(&q, "sex"), None);
    }

    #[test]
    fn an_impossible_value_suggests_a_unit_that_makes_it_possible() {
        let mut answers = Answers::new();
        // 2.6 mg/dL is impossible; 2.6 mmol/L is a (slightly high) real value.
        answers.insert(
            "calcium".into(),
            Answer::Quantity {
                value: 2.6,
                unit: "mg/dL".into(),
            },
        );
        let r = labs::read(&answers, crate::knowledge::Analyte::Calcium);
        assert_eq!(r.as_ref().and_then(|r| r.suggested_unit), Some("mmol/L"));
        answers.insert(
            "calcium".into(),
            Answer::Quantity {
                value: 9.4,
                unit: "mg/dL".into(),
            },
        );
        let r = labs::read(&answers, crate::knowledge::Analyte::Calcium);
        assert_eq!(r.as_ref().and_then(|r| r.suggested_unit), None);
        answers.insert(
            "calcium".into(),
            Answer::Quantity {
                value: 900.0,
                unit: "mg/dL".into(),
            },
        );
        let r = labs::read(&answers, crate::knowledge::Analyte::Calcium);
        assert_eq!(r.as_ref().and_then(|r| r.suggested_unit), None);
    }

    #[test]
    fn loading_answers_fills_the_number_fields() {
        let mut answers = Answers::new();
        answers.insert(
            "calcium".into(),
            Answer::Quantity {
                value: 2.45,
                unit: "mmol/L".into(),
            },
        );
        let q = Questionnaire::with_answers(answers);
        assert_eq!(
            q.entry("calcium"),
            Entry {
                text: "2.45".into(),
                unit: "mmol/L"
            }
        );
        assert_eq!(q.step, Step::Review);
    }

    #[test]
    fn opening_answers_replaces_everything_but_the_language() {
        let mut q = walk(vec![Action::Start, Action::SetLang(Lang::Es)]);
        q.apply(Action::Set(Change::Choose("sex", "male")));
        q.apply(Action::AddOwn("Mine".into()));
        let nav = q.nav;
        let mut answers = Answers::new();
        answers.insert("sex".into(), Answer::Choice("female".into()));
        q.apply(Action::Open(answers.clone()));
        assert_eq!(
            (q.step, q.lang, &q.answers),
            (Step::Review, Lang::Es, &answers)
        );
        assert!(q.own.is_empty() && q.reviewed && q.nav != nav);
    }

    #[test]
    fn physician_questions_can_be_dropped_and_own_ones_added() {
        let mut q = Questionnaire::default();
        q.apply(Action::ToggleAsk("biopsy"));
        assert!(q.dropped.contains(&"biopsy"));
        q.apply(Action::ToggleAsk("biopsy"));
        assert!(q.dropped.is_empty());
        q.apply(Action::AddOwn("   ".into()));
        q.apply(Action::AddOwn("  Will it come back? ".into()));
        assert_eq!(
            q.own,
            vec![OwnQuestion {
                text: "Will it come back?".into(),
                kept: true
            }]
        );
        q.apply(Action::ToggleOwn(0));
        q.apply(Action::ToggleOwn(9));
        assert!(!q.own[0].kept);
        for _ in 0..40 {
            q.apply(Action::AddOwn("x".repeat(1000)));
        }
        assert_eq!(q.own.len(), OWN_QUESTIONS_MAX);
        assert!(q
            .own
            .iter()
            .all(|o| o.text.chars().count() <= OWN_QUESTION_MAX));
    }

    #[test]
    fn about_returns_where_it_was_opened_and_restart_forgets() {
        let mut q = walk(vec![Action::Start, Action::Next, Action::ShowAbout]);
        assert_eq!(q.step, Step::About);
        q.apply(Action::ShowAbout);
        q.apply(Action::CloseAbout);
        assert_eq!(q.step, Step::Section(Section::Lesion));
        q.apply(Action::Set(Change::Choose("sex", "male")));
        let nav = q.nav;
        q.apply(Action::Restart);
        assert_eq!(q.step, Step::Intro);
        assert!(q.answers.is_empty() && q.visited.is_empty());
        assert!(q.nav != nav);
    }

    #[test]
    fn never_panics_on_any_sequence_of_actions() {
        let ids = [
            "age", "sex", "sites", "pain", "calcium", "kidney", "nope", "",
        ];
        let opts = [
            "none", UNKNOWN, "yes", "hand", "dialysis", "years", "mg/dL", "",
        ];
        let mut q = Questionnaire::default();
        // A fixed pseudo-random walk through every kind of action.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..5000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let id = ids[(seed % 8) as usize];
            let opt = opts[((seed >> 8) % 8) as usize];
            let section = Section::ALL[((seed >> 16) % Section::ALL.len() as u64) as usize];
            let action = match (seed >> 24) % 18 {
                17 => Action::Show(match seed % 5 {
                    0 => Step::Intro,
                    1 => Step::Review,
                    2 => Step::Result,
                    3 => Step::About,
                    _ => Step::Section(section),
                }),
                0 => Action::Start,
                1 | 2 => Action::Next,
                3 => Action::Back,
                4 => Action::GoTo(section),
                5 => Action::Edit(id),
                6 => Action::Review,
                7 => Action::ShowResult,
                8 => Action::ShowAbout,
                9 => Action::CloseAbout,
                10 => Action::Set(Change::Choose(id, opt)),
                11 => Action::Set(Change::Toggle(id, opt)),
                12 => Action::Set(Change::Text(id, opt.to_string() + "1,5")),
                13 => Action::Set(Change::Unit(id, opt)),
                14 => Action::Set(Change::Unknown(id, seed % 2 == 0)),
                15 => Action::ToggleOwn((seed % 3) as usize),
                _ => Action::AddOwn(opt.to_string()),
            };
            q.apply(action);
            if let Step::Section(s) = q.step {
                assert!(q.visited.contains(&s));
            }
        }
    }
}
