//! The catalog of every string a person reads, keyed by language and id. Components and the
//! CLI look strings up here; nothing user-facing is hard-coded elsewhere.
//!
//! Keys: `ui.*` (screens and controls), `q.<id>`, `q.<id>.help`, `opt.<question>.<option>`,
//! `category.<id>`, `category.<id>.about`, `rule.<id>`, `flag.<id>`, `flag.<id>.action`,
//! `pq.<id>`, `warn.<kind>`, `unit.<id>`. Placeholders are `{name}`.

mod en_knowledge;
mod en_ui;
#[cfg(feature = "texts-compiled")]
mod es_knowledge;
#[cfg(feature = "texts-compiled")]
mod es_ui;
mod pack;
pub mod page;
mod voice;

#[cfg(feature = "texts-compiled")]
pub use pack::pack;
pub use pack::{available, install_any_pack, install_pack, PackError};
pub use voice::{set_voice, Who};

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

    /// The other language: the one to fall back on when this one's texts cannot be had.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
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

    /// Every (key, text) pair of the language, as written in its files (for tests and
    /// tools; the app looks texts up in the packed form below). Empty in a build without
    /// `texts-compiled` (the texts then come from a pack, `install_pack`).
    pub fn entries(self) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
        self.tables().iter().flat_map(|t| t.iter())
    }

    fn tables(self) -> &'static [Table] {
        match self {
            #[cfg(feature = "texts-compiled")]
            Lang::En => &EN,
            #[cfg(feature = "texts-compiled")]
            Lang::Es => &ES,
            #[cfg(not(feature = "texts-compiled"))]
            _ => &[],
        }
    }
}

/// The text for a key; `""` when missing (a native test makes sure every key the app and
/// the knowledge use exists in every language).
pub fn t(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key).unwrap_or("")
}

pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    lookup_parts(lang, &[key])
}

/// The text for the key made of `parts` one after another (`&["q.", id]` for `q.<id>`);
/// the key itself is never built. `""` when missing, like `t`.
pub fn t_parts(lang: Lang, parts: &[&str]) -> &'static str {
    lookup_parts(lang, parts).unwrap_or("")
}

/// `lookup` of the key made of `parts` one after another, its words following who the
/// answers are about (`voice`).
pub fn lookup_parts(lang: Lang, parts: &[&str]) -> Option<&'static str> {
    let (i, s) = raw_parts(lang, parts)?;
    Some(voice::voiced(lang, i, s))
}

/// The key's index and its text as written, tokens and all.
fn raw_parts(lang: Lang, parts: &[&str]) -> Option<(usize, &'static str)> {
    let texts = pack::texts(lang)?;
    let i = key_index(parts)?;
    Some((i, texts.get(i)?))
}

/// One language's packed texts: each key's text (`KEYS`' order), followed by a 0 byte; and
/// where each starts (`starts`), found once per language (`index`), so that a lookup does
/// not scan the texts.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Texts<'a> {
    text: &'a [u8],
    starts: &'a [u32],
}

impl<'a> Texts<'a> {
    /// The `i`th piece, without its 0 byte.
    fn piece(self, i: usize) -> Option<&'a [u8]> {
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |&next| next as usize)
            .checked_sub(1)?;
        self.text.get(start..end)
    }

    /// The text of the `i`th key; None when the language lacks it (an empty text).
    fn get(self, i: usize) -> Option<&'a str> {
        let text = self.piece(i)?;
        if text.is_empty() {
            return None;
        }
        core::str::from_utf8(text).ok()
    }
}

/// Where each of the 0-ended pieces of `packed` starts.
fn index(packed: &[u8]) -> Vec<u32> {
    let mut starts = vec![0];
    for (at, &b) in packed.iter().enumerate() {
        if b == 0 {
            starts.push(at as u32 + 1);
        }
    }
    // After the last 0 byte nothing starts.
    starts.pop();
    starts
}

// The packed catalog. Written as (key, text) pairs, the two languages' ~1,000 entries of
// two pointers each took 16 KB of the wasm (~8 KB gzip) besides the texts. Packed at
// compile time instead: the English keys once, each followed by a 0 byte, in `KEYS`, and
// each language's texts in the same order, each followed by a 0 byte (no text holds one:
// checked below). Terminators rather than lengths: 0.8 KB less gzip for a language's texts
// than their lengths as two bytes each, and nothing to keep in step. `lookup` compares the
// keys one by one, as it scanned the pairs before, where an index found once says they start.

type Table = &'static [(&'static str, &'static str)];

// The keys are the English ones, always compiled in (they are the catalog's order). The
// texts of both languages: compiled in with the feature `texts-compiled` (the default:
// native builds, the exchange module); without it (the app's own wasm, whose visitors need
// one language only) each language's come from a pack fetched at run time (`pack.rs`).
const EN: [Table; 2] = [en_ui::UI, en_knowledge::KNOWLEDGE];
#[cfg(feature = "texts-compiled")]
const ES: [Table; 2] = [es_ui::UI, es_knowledge::KNOWLEDGE];

const KEY_COUNT: usize = count(&EN);
static KEYS: [u8; total(&EN, &EN, false)] = packed(&EN, &EN, false);
#[cfg(feature = "texts-compiled")]
static EN_TEXT: [u8; total(&EN, &EN, true)] = packed(&EN, &EN, true);
#[cfg(feature = "texts-compiled")]
static ES_TEXT: [u8; total(&EN, &ES, true)] = packed(&EN, &ES, true);

/// The compiled texts of `lang`.
#[cfg(feature = "texts-compiled")]
fn compiled(lang: Lang) -> Texts<'static> {
    static STARTS: [std::sync::OnceLock<Vec<u32>>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let (text, starts): (&'static [u8], _) = match lang {
        Lang::En => (&EN_TEXT, &STARTS[0]),
        Lang::Es => (&ES_TEXT, &STARTS[1]),
    };
    Texts {
        text,
        starts: starts.get_or_init(|| index(text)),
    }
}

fn key_index(parts: &[&str]) -> Option<usize> {
    static KEY_STARTS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    let keys = Texts {
        text: &KEYS,
        starts: KEY_STARTS.get_or_init(|| index(&KEYS)),
    };
    let is = |mut key: &[u8]| {
        for part in parts {
            match key.strip_prefix(part.as_bytes()) {
                Some(rest) => key = rest,
                None => return false,
            }
        }
        key.is_empty()
    };
    (0..KEY_COUNT).position(|i| keys.piece(i).is_some_and(is))
}

const fn count(tables: &[Table]) -> usize {
    let (mut n, mut t) = (0, 0);
    while t < tables.len() {
        n += tables[t].len();
        t += 1;
    }
    n
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Entry `i` of the concatenated tables.
const fn entry(tables: &[Table], mut i: usize) -> (&'static str, &'static str) {
    let mut t = 0;
    while i >= tables[t].len() {
        i -= tables[t].len();
        t += 1;
    }
    tables[t][i]
}

/// The key (`text` false) or the text in `lang` (`text` true) of the `i`th key of `keys`:
/// empty when `lang` lacks it. The languages list their keys in the same order, so the
/// same position is tried first and the search is linear only for a misplaced key.
const fn part(keys: &[Table], lang: &[Table], i: usize, text: bool) -> &'static [u8] {
    let key = entry(keys, i).0.as_bytes();
    if !text {
        return key;
    }
    let n = count(lang);
    if i < n && bytes_eq(entry(lang, i).0.as_bytes(), key) {
        return entry(lang, i).1.as_bytes();
    }
    let mut j = 0;
    while j < n {
        if bytes_eq(entry(lang, j).0.as_bytes(), key) {
            return entry(lang, j).1.as_bytes();
        }
        j += 1;
    }
    &[]
}

/// The size of the keys or texts, each with its terminator.
const fn total(keys: &[Table], lang: &[Table], text: bool) -> usize {
    let (mut sum, mut i) = (0, 0);
    while i < count(keys) {
        sum += part(keys, lang, i, text).len() + 1;
        i += 1;
    }
    sum
}

/// The keys or texts one after another, each followed by a 0 byte.
const fn packed<const N: usize>(keys: &[Table], lang: &[Table], text: bool) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut i) = (0, 0);
    while i < count(keys) {
        let s = part(keys, lang, i, text);
        let mut j = 0;
        while j < s.len() {
            assert!(s[j] != 0, "a key or text holds a 0 byte");
            out[at] = s[j];
            at += 1;
            j += 1;
        }
        // out[at] stays 0: the terminator.
        at += 1;
        i += 1;
    }
    out
}

/// Fill `{name}` placeholders; one left as it is when `params` lacks its name. One pass
/// over the template, so a value is never read as a template itself.
pub fn fill(template: &str, params: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let value = after.find('}').and_then(|close| {
            let name = after.get(..close)?;
            let (_, value) = params.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A unit as a reader writes it after the number `shown` (as displayed, "1", "6,8"): its
/// singular (`unit.<id>.one`: "year", "año") after a 1, else its name or symbol in the
/// language (`unit.<id>`: "years", "mL/min/1,73 m²"), else the unit's id itself ("mg/dL").
/// `shown` empty: the unit alone, as a unit menu or a range lists it.
pub fn unit_label<'a>(lang: Lang, unit: &'a str, shown: &str) -> &'a str {
    let one = shown == "1" || shown == "-1";
    one.then(|| lookup_parts(lang, &["unit.", unit, ".one"]))
        .flatten()
        .or_else(|| lookup_parts(lang, &["unit.", unit]))
        .unwrap_or(unit)
}

/// A number as displayed, then its unit: "1 year", "6,8 mg/dL", "34 años".
pub fn quantity(lang: Lang, shown: &str, unit: &str) -> String {
    [shown, " ", unit_label(lang, unit, shown)].concat()
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
    use super::{fill, lookup, parse_number, Lang};

    #[test]
    fn fill_replaces_known_placeholders_once() {
        let p = |n: &'static str, v: &str| (n, v.to_string());
        assert_eq!(fill("{a} and {b}", &[p("a", "1"), p("b", "2")]), "1 and 2");
        assert_eq!(fill("{a}{a}", &[p("a", "x")]), "xx");
        assert_eq!(fill("{c} {a", &[p("a", "1")]), "{c} {a");
        assert_eq!(fill("{a}", &[p("a", "{b}"), p("b", "no")]), "{b}");
        assert_eq!(fill("ñ {a} é", &[p("a", "ü")]), "ñ ü é");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn the_packed_catalog_holds_every_entry() {
        for lang in Lang::ALL {
            for (k, v) in lang.entries() {
                assert_eq!(
                    super::raw_parts(lang, &[k]).map(|r| r.1),
                    Some(*v),
                    "{lang:?} {k}"
                );
            }
        }
        assert_eq!(lookup(Lang::En, "no.such.key"), None);
        assert_eq!(
            super::lookup_parts(Lang::En, &["q.", "age"]),
            lookup(Lang::En, "q.age")
        );
        assert_eq!(
            super::lookup_parts(Lang::Es, &["q", ".", "age", ""]),
            lookup(Lang::Es, "q.age")
        );
        assert_eq!(super::lookup_parts(Lang::En, &["q.", "ag"]), None);
        assert_eq!(super::lookup_parts(Lang::En, &["q.", "agex"]), None);
        assert_eq!(super::t_parts(Lang::En, &["q.", "nope"]), "");
        assert_eq!(lookup(Lang::Es, ""), None);
    }

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
