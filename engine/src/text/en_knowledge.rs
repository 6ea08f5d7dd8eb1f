//! English strings of the knowledge: questions, options, categories, rules, red flags and
//! questions for the physician.

pub static KNOWLEDGE: &[(&str, &str)] = &[];
