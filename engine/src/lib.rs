//! Calcinosis Aid's clinical core: the questionnaire, the medical knowledge with its
//! sources, and the assessment.
//!
//! Architecture invariant: this crate is pure Rust. It never imports yew, web-sys, gloo,
//! wasm-bindgen or js-sys, and does no I/O, so it builds and is tested natively in seconds
//! and the same code runs in the browser. The one entry point into the reasoning is
//! [`assess`]; it never panics and is deterministic.

pub mod answers;
pub mod assess;
pub mod calibrate;
pub mod exact;
pub mod fhir;
pub mod flow;
pub mod knowledge;
pub mod labs;
pub mod reason;
pub mod report;
pub mod review;
pub mod saved;
pub mod text;
pub mod validation;

pub use answers::{Answer, Answers};
pub use assess::{assess, Assessment};
