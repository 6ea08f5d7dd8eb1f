//! Calcinosis Aid's browser shell: a thin Yew app over `calcinosis_engine`.

/// Render the app into the page.
pub fn start() {}
