//! Questions to take to the physician: the general ones (from the seed list of questions
//! patients ask) and those of each category, as data. Wording: `pq.<id>` in the catalog.
//! A question that quotes the person's values lists them in `params`; it is only offered
//! when every one of them was given.

use super::{Category, Cond};

#[derive(Clone, Copy, Debug)]
pub struct PhysicianQuestion {
    pub id: &'static str,
    /// `None` for general questions.
    pub category: Option<Category>,
    /// Lower is asked first within its group.
    pub priority: u8,
    /// Put before everything else when any red flag is raised.
    pub urgent: bool,
    pub when: Option<Cond>,
    pub params: &'static [&'static str],
    pub sources: &'static [&'static str],
}

pub const PHYSICIAN_QUESTIONS: &[PhysicianQuestion] = &[];
