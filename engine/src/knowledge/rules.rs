//! The scoring rules: evidence for (positive weight) and against (negative weight) each
//! category, each with its published sources. Wording: `rule.<id>` in the catalog.

use super::Rule;

pub const RULES: &[Rule] = &[];
