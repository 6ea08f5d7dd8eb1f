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
///
/// Reads what `str::parse::<f64>` reads of a finite decimal number (sign, digits, one
/// separator, an optional exponent), without its parser: core's float parser carries about
/// 10 KB of power tables that would ship in the wasm. Up to 15 significant digits and
/// exponents within 10^±22 (every lab value and age) the result is exactly the correctly
/// rounded one `parse` gives; beyond that it may differ in the last bit.
pub fn parse_number(input: &str) -> Option<f64> {
    let s = input.trim().as_bytes();
    let (negative, s) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, s),
    };
    let mut mantissa: u64 = 0;
    // The power of ten the mantissa is scaled by.
    let mut exp: i64 = 0;
    let (mut digits, mut separators, mut i) = (0u32, 0u32, 0usize);
    while let Some(&c) = s.get(i) {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    exp -= i64::from(separators);
                } else {
                    // Digits beyond 19 only move the scale.
                    exp += 1 - i64::from(separators);
                }
            }
            b'.' | b',' => separators += 1,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 || separators > 1 {
        return None;
    }
    if let Some(&(b'e' | b'E')) = s.get(i) {
        let rest = s.get(i + 1..)?;
        let (sign, rest) = match rest.split_first() {
            Some((b'-', r)) => (-1, r),
            Some((b'+', r)) => (1, r),
            _ => (1, rest),
        };
        if rest.is_empty() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in rest {
            if !c.is_ascii_digit() {
                return None;
            }
            e = (e * 10 + i64::from(c - b'0')).min(1_000_000);
        }
        exp += sign * e;
    } else if i != s.len() {
        return None;
    }
    // 10^n, exact up to n = 22.
    let pow10 = |n: i64| (0..n.min(400)).fold(1.0f64, |p, _| p * 10.0);
    let m = mantissa as f64;
    let value = if mantissa == 0 {
        0.0
    } else if exp >= 0 {
        // Exact operands (up to 2^53 and 10^22): one correctly rounded operation.
        m * pow10(exp)
    } else if exp >= -22 {
        m / pow10(-exp)
    } else {
        m / pow10(22) / pow10(-exp - 22)
    };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn parse_number_reads_what_str_parse_reads() {
        let cases = [
            "0",
            "-0",
            "6.8",
            "9.4",
            "0.1",
            "0.2",
            "0.3",
            "2.35",
            "147",
            "1234.5678",
            "+3.5",
            ".5",
            "5.",
            "0.000123",
            "1e3",
            "1.5E-2",
            "2.5e+1",
            "99999.99999",
            "123456789012345",
            "0.1234567890123",
            "7.000000000000001",
            "1e22",
            "1e-22",
            "4.2e-5",
            "00012.50",
        ];
        for case in cases {
            assert_eq!(parse_number(case), case.parse::<f64>().ok(), "{case}");
        }
        // Generated: every 4-decimal number up to 1000 reads exactly as `parse` reads it.
        for n in (0..10_000_000u64).step_by(997) {
            let text = format!("{}.{:04}", n / 10_000, n % 10_000);
            assert_eq!(parse_number(&text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn parse_number_rejects_what_is_not_a_number() {
        for case in [
            "", " ", ".", "-", "+", "e3", "1e", "1e+", "1.2.3", "1,2,3", "1,2.3", "abc", "1a",
            "1 2", "inf", "NaN", "infinity", "1e999", "--1", "0x10", "1_000",
        ] {
            assert_eq!(parse_number(case), None, "{case}");
        }
        assert_eq!(parse_number(" 9,4 "), Some(9.4));
        assert_eq!(parse_number("1e-999"), Some(0.0));
    }
}
