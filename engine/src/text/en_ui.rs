//! English strings of the app's screens and controls (`ui.*`, `unit.*`, `warn.*`).

pub static UI: &[(&str, &str)] = &[
    ("ui.app_name", "Calcinosis Aid"),
];
