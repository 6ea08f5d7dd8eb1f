//! The texts of the page itself, shown before the app has started or when it cannot start:
//! index.html and static/start.js show them before the WebAssembly (and with it the
//! catalog) has arrived, so they carry copies. A native test of the app crate
//! (src/screens/languages.rs) fails when a copy differs from these. Not packed into the
//! app's catalog: the app never shows them.
//!
//! (id, English, Spanish).
pub const PAGE: &[(&str, &str, &str)] = &[
    ("page.loading", "Loading…", "Cargando…"),
    (
        "page.description",
        "A private decision aid that helps you prepare a visit to your doctor about calcinosis, hard lumps of calcium under the skin. Everything stays in your browser.",
        "Una herramienta privada que le ayuda a preparar la consulta médica por una calcinosis, bultos duros de calcio debajo de la piel. Todo se queda en su navegador.",
    ),
    (
        "page.noscript",
        "Calcinosis Aid needs JavaScript and WebAssembly to run. Please turn on JavaScript in your browser, or use a browser that supports WebAssembly, and reload this page.",
        "Calcinosis Aid necesita JavaScript y WebAssembly para funcionar. Active JavaScript en su navegador, o use un navegador compatible con WebAssembly, y vuelva a cargar esta página.",
    ),
    (
        "page.start_failed",
        "Calcinosis Aid could not start. It needs a browser with JavaScript and WebAssembly turned on. Please reload the page or try another browser.",
        "Calcinosis Aid no pudo empezar. Necesita un navegador con JavaScript y WebAssembly activados. Vuelva a cargar la página o pruebe con otro navegador.",
    ),
];

/// What the app says when the texts of `lang` (`en.pack`, `es.pack`, `text::install_pack`)
/// could not be fetched or were refused, the aid staying in the other language: in both
/// languages, since the one that failed cannot be shown. (English, Spanish.)
pub fn pack_failed(lang: super::Lang) -> (&'static str, &'static str) {
    match lang {
        super::Lang::Es => (
            "Spanish could not be loaded, so the aid stays in English. Your answers are kept. Check your connection and choose Español again.",
            "No se pudo cargar el español, así que la herramienta sigue en inglés. Sus respuestas se conservan. Compruebe su conexión y vuelva a elegir Español.",
        ),
        super::Lang::En => (
            "English could not be loaded, so the aid stays in Spanish. Your answers are kept. Check your connection and choose English again.",
            "No se pudo cargar el inglés, así que la herramienta sigue en español. Sus respuestas se conservan. Compruebe su conexión y vuelva a elegir English.",
        ),
    }
}

/// What the app says when no language's texts could be fetched at its start, in place of
/// the questions; and when it fails before any language's texts are there. (English,
/// Spanish.)
pub const NO_TEXTS: (&str, &str) = (
    "Calcinosis Aid could not load its texts. Please check your connection and reload the page.",
    "Calcinosis Aid no pudo cargar sus textos. Compruebe su conexión y vuelva a cargar la página.",
);
