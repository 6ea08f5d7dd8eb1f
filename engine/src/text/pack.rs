//! A language's texts as a file of their own, installed at run time: the app's own wasm is
//! built without `texts-compiled`, so that a visitor downloads the texts of the language
//! the aid speaks and no other; the app fetches `en.pack` or `es.pack` (written by
//! `cargo run -p calcinosis-engine --bin textpack`, a test keeps the committed ones current)
//! and installs it here. Before that, the language's lookups find nothing, and the app does
//! not render in it.
//!
//! The pack (all numbers little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 4 | `CAPK` |
//! | 1 | format version, 2 |
//! | 2 | the language's code (`en`, `es`) |
//! | 4 | the number of keys |
//! | 8 | FNV-1a 64 of the catalog's keys (`KEYS`): a pack of a build with other keys is refused |
//! | 4 | the length of the texts |
//! | 8 | FNV-1a 64 of what follows: a damaged pack is refused |
//! | length | each key's text, UTF-8, followed by a 0 byte, in the keys' order |

use std::sync::OnceLock;

use super::{Lang, Texts, KEYS, KEY_COUNT};

const MAGIC: &[u8; 4] = b"CAPK";
const VERSION: u8 = 2;
const HEADER: usize = 4 + 1 + 2 + 4 + 8 + 4 + 8;

/// Why a pack was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a pack at all, or cut short before its header ends.
    NotAPack,
    /// A pack of another format version.
    Version,
    /// A pack of another language than the one asked for.
    Lang,
    /// A pack of a build with other keys.
    OtherBuild,
    /// Its size is not what its header says.
    Length,
    /// Its bytes are not the ones it was written with.
    Damaged,
    /// A text is not UTF-8.
    NotText,
}

/// The packs once installed, by language (the app's wasm); unused where the texts are
/// compiled in.
static INSTALLED: [OnceLock<Texts<'static>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Texts<'static>> {
    match lang {
        Lang::En => &INSTALLED[0],
        Lang::Es => &INSTALLED[1],
    }
}

/// The texts of `lang`: compiled in, else installed, else None.
pub(super) fn texts(lang: Lang) -> Option<Texts<'static>> {
    #[cfg(feature = "texts-compiled")]
    return Some(super::compiled(lang));
    #[cfg(not(feature = "texts-compiled"))]
    slot(lang).get().copied()
}

/// Whether the texts of `lang` can be looked up: when compiled in, or once its pack is
/// installed.
pub fn available(lang: Lang) -> bool {
    texts(lang).is_some()
}

/// Checks `bytes` as the pack of `lang` for this build and keeps it, for good: after it,
/// `lang`'s lookups read it. Installing again changes nothing. Never panics, whatever the
/// bytes.
pub fn install_pack(lang: Lang, bytes: &[u8]) -> Result<(), PackError> {
    parse(lang, bytes)?;
    let slot = slot(lang);
    if slot.get().is_none() {
        let kept: &'static [u8] = Box::leak(bytes.to_vec().into_boxed_slice());
        if let Ok(text) = parse(lang, kept) {
            let starts = Box::leak(super::index(text).into_boxed_slice());
            let _ = slot.set(Texts { text, starts });
        }
    }
    Ok(())
}

/// `install_pack` for the language the pack says it is of (its header), which it returns.
pub fn install_any_pack(bytes: &[u8]) -> Result<Lang, PackError> {
    if bytes.get(..4) != Some(MAGIC) {
        return Err(PackError::NotAPack);
    }
    let code = bytes.get(5..7).ok_or(PackError::NotAPack)?;
    let lang = Lang::ALL
        .into_iter()
        .find(|l| l.code().as_bytes() == code)
        .ok_or(PackError::Lang)?;
    install_pack(lang, bytes).map(|()| lang)
}

/// The pack of `lang`'s texts, as `install_pack` reads it (the `textpack` command writes
/// `static/en.pack` and `static/es.pack` with it).
#[cfg(feature = "texts-compiled")]
pub fn pack(lang: Lang) -> Vec<u8> {
    let body = super::compiled(lang).text;
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.extend_from_slice(lang.code().as_bytes());
    out.extend_from_slice(&(KEY_COUNT as u32).to_le_bytes());
    out.extend_from_slice(&keys_hash().to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&fnv(&[body]).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// FNV-1a, 64 bits, of the slices one after another.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in parts.iter().flat_map(|p| p.iter()) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn keys_hash() -> u64 {
    fnv(&[&KEYS])
}

/// The texts of a pack of `lang` for this build (each ended by its 0 byte), checked.
fn parse(lang: Lang, bytes: &[u8]) -> Result<&[u8], PackError> {
    let field = |at: usize, n: usize| bytes.get(at..at + n).ok_or(PackError::NotAPack);
    let u32_at = |at: usize| -> Result<usize, PackError> {
        let b = field(at, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let u64_at = |at: usize| -> Result<u64, PackError> {
        let mut b = [0u8; 8];
        b.copy_from_slice(field(at, 8)?);
        Ok(u64::from_le_bytes(b))
    };
    if field(0, 4)? != MAGIC {
        return Err(PackError::NotAPack);
    }
    if field(4, 1)? != [VERSION] {
        return Err(PackError::Version);
    }
    if field(5, 2)? != lang.code().as_bytes() {
        return Err(PackError::Lang);
    }
    if u32_at(7)? != KEY_COUNT || u64_at(11)? != keys_hash() {
        return Err(PackError::OtherBuild);
    }
    let len = u32_at(19)?;
    let sum = u64_at(23)?;
    let text = bytes.get(HEADER..).ok_or(PackError::NotAPack)?;
    if text.len() != len {
        return Err(PackError::Length);
    }
    if fnv(&[text]) != sum {
        return Err(PackError::Damaged);
    }
    // One text per key, each ended by its 0 byte, and UTF-8.
    if text.iter().filter(|&&b| b == 0).count() != KEY_COUNT || text.last().is_some_and(|&b| b != 0)
    {
        return Err(PackError::Length);
    }
    for piece in text.split(|&b| b == 0) {
        core::str::from_utf8(piece).map_err(|_| PackError::NotText)?;
    }
    Ok(text)
}

#[cfg(all(test, feature = "texts-compiled"))]
mod tests {
    use super::*;

    #[test]
    fn a_pack_reads_back_every_text_as_compiled() -> Result<(), String> {
        for lang in Lang::ALL {
            let bytes = pack(lang);
            let text = parse(lang, &bytes).map_err(|e| format!("{lang:?}: {e:?}"))?;
            let starts = super::super::index(text);
            assert_eq!(starts.len(), KEY_COUNT);
            let texts = Texts {
                text,
                starts: &starts,
            };
            for (i, (key, _)) in Lang::En.entries().enumerate() {
                assert_eq!(
                    texts.get(i),
                    super::super::raw_parts(lang, &[key]).map(|r| r.1),
                    "{lang:?} {key}"
                );
            }
        }
        assert_eq!(
            install_pack(Lang::Es, &pack(Lang::En)),
            Err(PackError::Lang)
        );
        assert_eq!(
            install_pack(Lang::En, &pack(Lang::Es)),
            Err(PackError::Lang)
        );
        assert_eq!(install_any_pack(b"CAPK"), Err(PackError::NotAPack));
        assert_eq!(install_any_pack(b"CAPK\x02fr"), Err(PackError::Lang));
        let mut cut = pack(Lang::Es);
        cut.pop();
        assert_eq!(install_any_pack(&cut), Err(PackError::Length));
        for lang in Lang::ALL {
            assert_eq!(install_any_pack(&pack(lang)), Ok(lang), "{lang:?}");
            assert_eq!(install_pack(lang, &pack(lang)), Ok(()), "{lang:?}");
            assert_eq!(install_pack(lang, &pack(lang)), Ok(()), "{lang:?} again");
            let installed = slot(lang).get().copied().ok_or("not installed")?;
            assert_eq!(installed, super::super::compiled(lang), "{lang:?}");
            for (key, text) in lang.entries() {
                let at = super::super::key_index(&[key]).ok_or(format!("no key {key}"))?;
                assert_eq!(installed.get(at), Some(*text), "{lang:?} {key}");
            }
        }
        Ok(())
    }

    #[test]
    fn no_bytes_make_it_panic_and_only_the_pack_is_taken() -> Result<(), String> {
        let good = pack(Lang::Es);
        // Every cut.
        for n in 0..good.len() {
            assert!(parse(Lang::Es, &good[..n]).is_err(), "cut at {n}");
        }
        // A byte changed anywhere, in a stride through the pack: refused.
        for at in (0..good.len()).step_by(61) {
            for delta in [1u8, 0x80, 0xff] {
                let mut bad = good.clone();
                bad[at] ^= delta;
                assert!(parse(Lang::Es, &bad).is_err(), "byte {at} ^ {delta}");
            }
        }
        // A byte more.
        assert_eq!(
            parse(Lang::Es, &[&good[..], &[0]].concat()).err(),
            Some(PackError::Length)
        );
        // Garbage of every small size, and pseudo-random garbage with a pack's header.
        let mut seed: u64 = 20261202;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        };
        for n in 0..200 {
            let junk: Vec<u8> = (0..n).map(|_| next()).collect();
            assert!(parse(Lang::Es, &junk).is_err());
            let with_header = [&good[..HEADER], &junk[..]].concat();
            assert!(parse(Lang::Es, &with_header).is_err());
        }
        // A well-formed pack whose texts are not UTF-8, with a checksum that matches:
        // refused all the same.
        let mut body = good[HEADER..].to_vec();
        let forge = |body: &[u8]| {
            let mut forged = good[..HEADER].to_vec();
            forged[19..23].copy_from_slice(&(body.len() as u32).to_le_bytes());
            forged[23..31].copy_from_slice(&fnv(&[body]).to_le_bytes());
            forged.extend_from_slice(body);
            forged
        };
        let first = body
            .iter()
            .position(|&b| b >= 0x80)
            .ok_or("no non-ASCII byte")?;
        body[first] = 0xff;
        assert_eq!(
            parse(Lang::Es, &forge(&body)).err(),
            Some(PackError::NotText)
        );
        // One text too many or too few (a terminator added, or one taken out), or no
        // terminator at the end: refused, however well its checksum matches.
        let texts = &good[HEADER..];
        let end = texts.iter().position(|&b| b == 0).ok_or("no terminator")?;
        let fewer = [&texts[..end], &texts[end + 1..]].concat();
        let more = [texts, &[0]].concat();
        let unended = [texts, b"x"].concat();
        for bad in [fewer, more, unended] {
            assert_eq!(parse(Lang::Es, &forge(&bad)).err(), Some(PackError::Length));
        }
        assert_eq!(parse(Lang::Es, &forge(texts)), parse(Lang::Es, &good));
        // Another build's keys.
        let mut other = good.clone();
        other[11] ^= 1;
        assert_eq!(parse(Lang::Es, &other).err(), Some(PackError::OtherBuild));
        let mut count = good.clone();
        count[7] ^= 1;
        assert_eq!(parse(Lang::Es, &count).err(), Some(PackError::OtherBuild));
        assert_eq!(
            parse(Lang::Es, b"CAPK\x01es").err(),
            Some(PackError::Version)
        );
        assert_eq!(
            parse(Lang::Es, b"<!doctype html>").err(),
            Some(PackError::NotAPack)
        );
        Ok(())
    }

    #[test]
    fn the_committed_packs_are_current() {
        for lang in Lang::ALL {
            let file = format!("../static/{}.pack", lang.code());
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&file);
            let committed = std::fs::read(&path).unwrap_or_default();
            assert!(
                committed == pack(lang),
                "static/{}.pack is stale: run `cargo run -p calcinosis-engine --bin textpack`",
                lang.code()
            );
        }
    }
}
