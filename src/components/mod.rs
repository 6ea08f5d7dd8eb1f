//! Pieces the screens share: question fields, the body map, progress, navigation, source
//! links and the list of answers.

mod age;
mod answers_list;
mod body_map;
mod body_shapes;
mod choice;
mod derived;
mod help;
mod lab;
mod lang_switch;
mod my_answers;
mod nav;
pub mod page;
mod progress;
mod sources;

pub use age::AgeField;
pub use answers_list::AnswersList;
pub use body_map::BodyMap;
pub use choice::Choice;
pub use derived::Derived;

pub use lab::LabField;
pub use lang_switch::LangSwitch;
pub use my_answers::{my_answers, unreadable_notice};
pub use nav::NavButtons;
pub use progress::Progress;
pub use sources::{link as source_link, SourceLinks};
