//! Pieces the screens share: question fields, the body map, progress, navigation, source
//! links and the list of answers. Plain functions returning `Html` (see `crate::screens`).

mod age;
mod answers_list;
mod body_map;
mod body_shapes;
mod checklist;
mod choice;
mod derived;
mod help;
mod lab;
mod lang_switch;
mod my_answers;
mod nav;
mod number;
pub mod page;
mod progress;
mod sources;

pub use age::{age_field, AgeFieldProps};
pub use answers_list::answers_list;
pub use body_map::body_map;
pub use checklist::checklist;
pub use choice::{choice, ChoiceProps};
pub use derived::derived;

pub use lab::{lab_field, LabFieldProps};
pub use lang_switch::{lang_switch, reset as reset_lang_switch};
pub use my_answers::{my_answers, unreadable_notice};
pub use nav::nav_buttons;
pub use progress::progress;
pub use sources::{sources_list, Cites};
