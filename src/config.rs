//! What the page around the app asked for. start.js reads the mount element's `data-*`
//! attributes (or, on the aid's own page, the URL's parameters), checks every value, warns
//! about and drops the bad ones, and writes the rest on the app's root element, where
//! [`Config::from_root`] reads them for [`crate::mount`]: the language to
//! start in, the clinic to call from the red-flag box, whether to skip the intro, and
//! whether the app is a guest on someone else's page (then it leaves that page's title and
//! `lang` alone). Theme and base path never reach Rust: they are CSS and URLs.
//!
//! Set once when the app mounts, read by the few components that need it. Nothing here is
//! an answer, and nothing is logged.

use std::cell::RefCell;
use std::rc::Rc;

use calcinosis_engine::text::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The language to start in; the browser's preference when `None`.
    pub lang: Option<Lang>,
    /// Shown in the red-flag box ("Call … at …").
    pub clinic: Option<Clinic>,
    /// Start at the first questions; Back and Restart never lead to the intro either.
    pub hide_intro: bool,
    /// A guest on another page: set `lang` on the app's own root only, never the page's
    /// title or `<html lang>`.
    pub embedded: bool,
    /// Answers are never kept in `localStorage`: on a clinic's page that did not opt in
    /// (`data-keep`), where every script of the page could read them.
    pub keep_off: bool,
    /// The element the app renders into: focus moves, `lang` and the panic message use it.
    pub root: Option<web_sys::Element>,
    /// The folder the app's files are served from (an absolute URL, ending in `/`): the
    /// exchange module is loaded from there. The page's own address when empty.
    pub base: String,
    /// The source of this very build, `"<commit>[+] <KB>"` ("+": with local changes),
    /// written by scripts/post-build into start.js, which sets it as `data-source`: About
    /// links to calcinosis-aid-source.tar.gz beside the app's files. Empty when the build
    /// had no git checkout to archive.
    pub source: String,
}

impl Config {
    /// The settings start.js has checked and written on the app's root element: `lang`,
    /// `data-clinic-name`, `data-clinic-phone` (the clinic only with a phone),
    /// `data-hide-intro`, `data-embedded` and `data-keep-off` (present or not), and `data-base`.
    pub fn from_root(root: &web_sys::Element) -> Config {
        let attribute = |name| root.get_attribute(name).filter(|v| !v.is_empty());
        Config {
            lang: attribute("lang").and_then(|code| Lang::from_code(&code)),
            clinic: attribute("data-clinic-phone").map(|phone| Clinic {
                name: attribute("data-clinic-name").unwrap_or_default(),
                phone,
            }),
            hide_intro: root.get_attribute("data-hide-intro").is_some(),
            embedded: root.get_attribute("data-embedded").is_some(),
            keep_off: root.get_attribute("data-keep-off").is_some(),
            root: None,
            base: attribute("data-base").unwrap_or_default(),
            source: attribute("data-source").unwrap_or_default(),
        }
    }
}

/// The clinic a person can call about a red flag.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    /// May be empty: then the box says "Call us at …".
    pub name: String,
    /// As the host page wrote it; never empty.
    pub phone: String,
}

impl Clinic {
    /// The phone as a `tel:` address: its digits, and its `+` if it has one. (start.js has
    /// checked the phone: digits, spaces and `+ - ( ) .`, 30 characters at most.)
    pub fn tel(&self) -> String {
        let dialled: String = self
            .phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{dialled}")
    }
}

thread_local! {
    static CONFIG: RefCell<Rc<Config>> = RefCell::default();
}

/// The settings in force (the defaults until [`set`]).
pub fn get() -> Rc<Config> {
    CONFIG.with(|c| c.borrow().clone())
}

/// Replace the settings (at mount; tests set and reset them).
pub fn set(config: Config) {
    CONFIG.with(|c| *c.borrow_mut() = Rc::new(config));
}
