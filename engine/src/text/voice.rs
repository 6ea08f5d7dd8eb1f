//! Who the texts speak about: the person themselves, a parent for a child, or a carer
//! (the answer to "who is this for?"; UX review F7). Texts in the catalog write the words
//! that change as tokens (`{you}`, `{your}`, `{have}`, `{my}` ...), expanded here, in the one
//! place every lookup passes, so that no text is written three times. Spanish speaks
//! "usted", whose verb forms are those of "su hijo o hija" and "la persona": its tokens are
//! mostly nouns and possessives.
//!
//! The voice is set by the shell before it renders (and by the `assess` command before it
//! prints) with [`set_voice`]; a thread-local rather than a parameter because every text
//! lookup would otherwise carry it, while only a few texts hold tokens. The expanded texts
//! are kept once per language, voice and key (bounded by the catalog), so a lookup still
//! returns a `&'static str`.

use std::cell::{Cell, RefCell};

use super::Lang;
use crate::answers::{Answer, Answers};

/// Who the answers are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Who {
    /// The person answers for themselves (also when the question is unanswered).
    #[default]
    Me,
    /// A parent answers for their child.
    Child,
    /// A carer or nurse answers for the person.
    Other,
}

impl Who {
    /// The answer to `who`.
    pub fn of(answers: &Answers) -> Who {
        match answers.get("who") {
            Some(Answer::Choice(c)) if c == "child" => Who::Child,
            Some(Answer::Choice(c)) if c == "other" => Who::Other,
            _ => Who::Me,
        }
    }
}

/// Each token with its words for `Me`, `Child` and `Other`.
type Tokens = &'static [(&'static str, [&'static str; 3])];

const EN: Tokens = &[
    ("you", ["you", "your child", "the person"]),
    ("You", ["You", "Your child", "The person"]),
    ("your", ["your", "your child's", "their"]),
    ("Your", ["Your", "Your child's", "Their"]),
    ("are", ["are", "is", "is"]),
    ("have", ["have", "has", "has"]),
    ("Do", ["Do", "Does", "Does"]),
    ("I", ["I", "my child", "the person"]),
    ("me", ["me", "my child", "the person"]),
    ("my", ["my", "my child's", "the person's"]),
    ("My", ["My", "My child's", "The person's"]),
    ("am", ["am", "is", "is"]),
    ("Have", ["Have", "Has", "Has"]),
    ("take", ["take", "takes", "takes"]),
    ("feel", ["feel", "feels", "feels"]),
    ("Are", ["Are", "Is", "Is"]),
];

const ES: Tokens = &[
    ("usted", ["usted", "su hijo o hija", "la persona"]),
    ("Usted", ["Usted", "Su hijo o hija", "La persona"]),
    // After a preposition: "para usted", "de su hijo o hija".
    ("a_usted", ["usted", "su hijo o hija", "la persona"]),
    // First person, for the questions to the doctor: "mi calcio", "el calcio de mi hijo".
    ("Mi", ["Mi ", "El ", "El "]),
    ("mi_f", ["mi ", "la ", "la "]),
    ("Mi_f", ["Mi ", "La ", "La "]),
    ("de_mi", ["", " de mi hijo o hija", " de la persona"]),
    (
        "para_mi",
        ["para mí", "para mi hijo o hija", "para la persona"],
    ),
];

thread_local! {
    static VOICE: Cell<Who> = const { Cell::new(Who::Me) };
    /// (language, voice, key index) and the text with its tokens expanded.
    static VOICED: RefCell<Vec<(Lang, Who, usize, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Speak about this person from now on (in this thread).
pub fn set_voice(who: Who) {
    VOICE.with(|v| v.set(who));
}

/// The text of key `index` with its tokens expanded for the current voice; the text itself
/// when it holds none.
pub(super) fn voiced(lang: Lang, index: usize, text: &'static str) -> &'static str {
    let tokens = match lang {
        Lang::En => EN,
        Lang::Es => ES,
    };
    let has_token = |t: &str| tokens.iter().any(|(name, _)| *name == t);
    let mut parts = text.split('{').skip(1);
    if !parts.any(|p| p.split_once('}').is_some_and(|(name, _)| has_token(name))) {
        return text;
    }
    let who = VOICE.with(Cell::get);
    let found = VOICED.with(|c| {
        c.try_borrow().ok().and_then(|c| {
            c.iter()
                .find(|(l, w, i, _)| *l == lang && *w == who && *i == index)
                .map(|(.., s)| *s)
        })
    });
    if let Some(s) = found {
        return s;
    }
    let col = who as usize;
    let words: Vec<(&str, String)> = tokens
        .iter()
        .map(|(name, w)| (*name, w.get(col).copied().unwrap_or_default().to_string()))
        .collect();
    // Kept for the life of the page: at most one text per key, language and voice.
    let s: &'static str = Box::leak(super::fill(text, &words).into_boxed_str());
    VOICED.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c.push((lang, who, index, s));
        }
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{lookup, Lang};

    #[test]
    fn the_wording_follows_who_the_answers_are_about() {
        let lines = |who| {
            set_voice(who);
            let out = (
                lookup(Lang::En, "section.person"),
                lookup(Lang::Es, "section.person"),
            );
            set_voice(Who::Me);
            out
        };
        assert_eq!(lines(Who::Me), (Some("About you"), Some("Sobre usted")));
        assert_eq!(
            lines(Who::Child),
            (Some("About your child"), Some("Sobre su hijo o hija"))
        );
        assert_eq!(
            lines(Who::Other),
            (Some("About the person"), Some("Sobre la persona"))
        );
    }

    #[test]
    fn verbs_agree_with_the_person() {
        set_voice(Who::Child);
        let action = lookup(Lang::En, "flag.calciphylaxis.action").unwrap_or_default();
        let age = lookup(Lang::En, "q.age").unwrap_or_default();
        set_voice(Who::Other);
        let taken = lookup(Lang::En, "q.supplements").unwrap_or_default();
        set_voice(Who::Me);
        assert!(action.contains("If your child is on dialysis, call your child's kidney team"));
        assert_eq!(age, "How old is your child?");
        assert_eq!(taken, "Does the person take any of these most days?");
        assert_eq!(lookup(Lang::En, "q.age"), Some("How old are you?"));
    }

    #[test]
    fn no_text_keeps_a_token() {
        for who in [Who::Me, Who::Child, Who::Other] {
            set_voice(who);
            for lang in Lang::ALL {
                let tokens = match lang {
                    Lang::En => EN,
                    Lang::Es => ES,
                };
                for (key, _) in lang.entries() {
                    let text = lookup(lang, key).unwrap_or_default();
                    for (name, _) in tokens {
                        let token = ["{", name, "}"].concat();
                        assert!(!text.contains(&token), "{lang:?} {key}: {text}");
                    }
                }
            }
        }
        set_voice(Who::Me);
    }
}
