//! The catalog of every string a person reads, keyed by language and id. Components and the
//! CLI look strings up here; nothing user-facing is hard-coded elsewhere.
//!
//! Keys: `ui.*` (screens and controls), `q.<id>`, `q.<id>.help`, `opt.<question>.<option>`,
//! `category.<id>`, `category.<id>.about`, `rule.<id>`, `flag.<id>`, `flag.<id>.action`,
//! `pq.<id>`, `warn.<kind>`, `unit.<id>`. Placeholders are `{name}`.

mod en_knowledge;
mod en_ui;
mod es_knowledge;
mod es_ui;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for a language switcher ("English", "Español").
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| code.to_ascii_lowercase().starts_with(l.code()))
    }

    /// Decimal separator for numbers in this language.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Es => ',',
        }
    }

    /// Every (key, text) pair of the language.
    pub fn entries(self) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
        match self {
            Lang::En => en_ui::UI.iter().chain(en_knowledge::KNOWLEDGE.iter()),
            Lang::Es => es_ui::UI.iter().chain(es_knowledge::KNOWLEDGE.iter()),
        }
    }
}

/// The text for a key; the key itself when missing (a native test forbids that).
pub fn t(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key).unwrap_or("")
}

pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    lang.entries().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Fill `{name}` placeholders.
pub fn fill(template: &str, params: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in params {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Format a number for display in a language, with at most `decimals` decimals and no
/// trailing zeros ("6.8", "6,8", "120").
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    s.replace('.', &lang.decimal_separator().to_string())
}

/// Parse a number typed by a person: accepts both '.' and ',' as the decimal separator.
pub fn parse_number(input: &str) -> Option<f64> {
    let s = input.trim().replace(',', ".");
    if s.is_empty() || s.matches('.').count() > 1 {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}
