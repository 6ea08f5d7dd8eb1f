//! "About and sources": who made the aid, when it was last reviewed, how it reasons, its
//! limits, that it is not a medical device, and every source it cites.

use calcinosis_engine::text::{fill, t, t_parts, Lang};
use yew::prelude::*;

use crate::components::sources_list;
use crate::config;
use crate::format::tf;
use crate::raw::{attr, Raw};

const PARTS: [&str; 7] = [
    "who", "reviewed", "contact", "how", "limits", "device", "host",
];

/// Set at build time when known (`CALCINOSIS_NEXT_REVIEW=2027-06`,
/// `CALCINOSIS_REPOSITORY=https://...`). Unset, the next review is the project's own
/// yearly one (December 2027, a year after the review of December 2026), and no
/// repository address is shown: the aid never invents one.
const NEXT_REVIEW: Option<&str> = option_env!("CALCINOSIS_NEXT_REVIEW");
const REPOSITORY: Option<&str> = option_env!("CALCINOSIS_REPOSITORY");

/// The paragraph of a part: the review names the knowledge version and its date, and the
/// next review when one is set; the contact the repository when it is set.
fn part_text(lang: Lang, part: &str) -> String {
    use calcinosis_engine::knowledge::{VERSION, VERSION_DATE};
    let text = t_parts(lang, &["ui.about.", part]);
    match part {
        "reviewed" => {
            let next = match NEXT_REVIEW {
                Some(date) => tf(lang, "ui.about.next", &[("next", date.to_string())]),
                None => t(lang, "ui.about.next_default").to_string(),
            };
            let filled = fill(
                text,
                &[("version", VERSION.into()), ("date", VERSION_DATE.into())],
            );
            [filled, next].join(" ")
        }
        "contact" => match REPOSITORY {
            Some(url) => [
                text.to_string(),
                tf(lang, "ui.about.code", &[("url", url.to_string())]),
            ]
            .join(" "),
            None => text.to_string(),
        },
        _ => text.to_string(),
    }
}

/// The archive of this build's source (scripts/post-build), in the aid's folder.
const SOURCE_FILE: &str = "calcinosis-aid-source.tar.gz";

/// "Source code of this version (commit 1a2b3c4): download (tar.gz, 557 KB)", a link to
/// the archive in the aid's folder `base` (the page's own when empty), from `source`,
/// `"<commit>[+] <KB>"` as scripts/post-build writes it ("+": with local changes); nothing
/// when it is empty (no archive).
fn source_line(out: &mut Raw, lang: Lang, source: &str, base: &str) {
    let Some((commit, kb)) = source.split_once(' ') else {
        return;
    };
    let (commit, key) = match commit.strip_suffix('+') {
        Some(commit) => (commit, "ui.about.source_changed"),
        None => (commit, "ui.about.source"),
    };
    out.open("p")
        .el(
            &[r#"a download href=""#, &attr(base), SOURCE_FILE, "\""].concat(),
            &tf(lang, key, &[("commit", commit.into()), ("size", kb.into())]),
        )
        .close("p");
}

pub fn about(lang: Lang, on_close: &Callback<MouseEvent>) -> Html {
    let config = config::get();
    let mut text = Raw::new();
    for p in PARTS {
        let id = ["about-", p].concat();
        text.open(&[r#"section aria-labelledby=""#, &id, "\""].concat())
            .el(
                &["h3 id=\"", &id, "\""].concat(),
                t_parts(lang, &["ui.about.", p, ".title"]),
            )
            .el("p", &part_text(lang, p));
        if p == "contact" {
            source_line(&mut text, lang, &config.source, &config.base);
        }
        text.close("section");
    }
    // What "likely" has meant on published cases (docs/validation.md, sealed part).
    text.el("p", t(lang, "ui.about.likely_meaning"));
    text.el(
        r#"p class="knowledge-version""#,
        &tf(
            lang,
            "ui.knowledge_version",
            &[
                ("version", calcinosis_engine::knowledge::VERSION.to_string()),
                (
                    "date",
                    calcinosis_engine::knowledge::VERSION_DATE.to_string(),
                ),
            ],
        ),
    );
    html! {
        <div class="screen about">
            { Raw::new().heading("h2", t(lang, "ui.about.title")).html() }
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={on_close.clone()}>
                    { t(lang, "ui.about.close") }
                </button>
            </div>
            { text.html() }
            <section aria-labelledby="about-sources">
                { Raw::new().el(r#"h3 id="about-sources""#, t(lang, "ui.about.sources.title")).html() }
                { Raw::new().el("p", t(lang, "ui.about.primary")).html() }
                { sources_list(lang, "") }
            </section>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn line(lang: Lang, source: &str, base: &str) -> String {
        let mut out = Raw::new();
        source_line(&mut out, lang, source, base);
        out.into_string()
    }

    #[test]
    fn the_source_line_links_to_the_archive_in_the_aids_folder() {
        assert_eq!(
            line(Lang::En, "1a2b3c4 557", "https://clinic.example/aid/"),
            r#"<p><a download href="https://clinic.example/aid/calcinosis-aid-source.tar.gz">Source code of this version (commit 1a2b3c4): download (tar.gz, 557 KB)</a></p>"#
        );
        // With local changes, and with no folder known: beside the page.
        assert_eq!(
            line(Lang::Es, "1a2b3c4+ 12", ""),
            r#"<p><a download href="calcinosis-aid-source.tar.gz">Código fuente de esta versión (commit 1a2b3c4, con cambios locales): descargar (tar.gz, 12 KB)</a></p>"#
        );
    }

    #[test]
    fn no_source_no_line() {
        assert_eq!(line(Lang::En, "", "https://clinic.example/aid/"), "");
    }

    #[test]
    fn the_contact_names_the_licence() {
        assert!(part_text(Lang::En, "contact")
            .contains("MIT licence or the Apache licence (version 2)"));
        assert!(part_text(Lang::Es, "contact").contains("MIT o la licencia Apache (versión 2)"));
    }
}
