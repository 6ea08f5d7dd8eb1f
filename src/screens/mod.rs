//! One component per screen. Each gets what it shows as props and reports what the person
//! does through `on_<verb>` callbacks; none holds the questionnaire's state.

mod about;
mod intro;
mod result;
mod review;
mod section;

pub use about::About;
pub use intro::Intro;
pub use result::ResultScreen;
pub use review::Review;
pub use section::SectionScreen;
