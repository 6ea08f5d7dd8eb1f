//! One function per screen, returning its `Html`. Each gets what it shows as arguments and
//! reports what the person does through `on_<verb>` callbacks; none holds the
//! questionnaire's state.
//!
//! Plain functions, not Yew components: every function component costs about 0.7 KB of gzip
//! wasm (its lifecycle code and props comparison), and these re-render with the app anyway.
//! The one component below the app is a question field (`section::Field`), for memoization.

mod about;
#[cfg(not(target_arch = "wasm32"))]
mod first;
mod intro;
#[cfg(not(target_arch = "wasm32"))]
mod languages;
mod result;
mod review;
mod section;

pub use about::about;
pub use intro::intro;
pub use result::result;
pub use review::review;
pub use section::{section, SectionActions};
