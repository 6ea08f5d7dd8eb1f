//! Red flags: findings that need care whatever the ranking says, with how soon.
//! Wording: `flag.<id>` and `flag.<id>.action` in the catalog.

use super::RedFlag;

pub const RED_FLAGS: &[RedFlag] = &[];
