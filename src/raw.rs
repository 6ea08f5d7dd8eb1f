//! Static markup written as HTML text, for the parts of screens that have no event handler
//! and no state: the intro's and About's texts, headings, help texts, reasons with their
//! sources, the body map's shapes. Each element written in `html!` compiles to a couple of
//! hundred bytes of wasm; here it is a few bytes of string. Yew inserts the result as raw
//! nodes (`Html::from_html_unchecked`), in the parent's namespace (HTML, or SVG in the map).
//!
//! Every text goes through `text`, which escapes it. Start tags (`open`) are written by
//! this crate only, never from what a person typed or a host page set; an attribute value
//! that is not a literal of this crate goes through `attr`. All attributes are quoted with
//! `"`, so `'` needs no escaping.
//!
//! Under Trusted Types (`require-trusted-types-for 'script'`, README) the browser refuses
//! a plain string as `innerHTML`: each markup made here is first handed to the page's
//! policy (`trust` in src/io.js), which lets through exactly the strings made here.

use yew::{AttrValue, Html};

use crate::components::page::HEADING_ID;

#[derive(Default)]
pub struct Raw(String);

impl Raw {
    pub fn new() -> Raw {
        Raw(String::with_capacity(256))
    }

    /// `<open>`: a start tag's inside, such as `p class="note"`.
    pub fn open(&mut self, open: &str) -> &mut Raw {
        self.0.push('<');
        self.0.push_str(open);
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Raw {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Raw {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                _ => self.0.push(c),
            }
        }
        self
    }

    /// `<open>text</tag>`, `tag` being the first word of `open`.
    pub fn el(&mut self, open: &str, text: &str) -> &mut Raw {
        let tag = open.split(' ').next().unwrap_or(open);
        self.open(open).text(text).close(tag)
    }

    /// A screen's main heading (`h1` or `h2`), which takes the focus when the screen opens.
    pub fn heading(&mut self, tag: &str, text: &str) -> &mut Raw {
        self.open(&[tag, " id=\"", HEADING_ID, "\" tabindex=\"-1\""].concat())
            .text(text)
            .close(tag)
    }

    /// The markup written, for an element's `innerHTML` outside Yew's rendering (handed to
    /// the Trusted Types policy like `html`'s).
    pub fn into_string(self) -> String {
        #[cfg(target_arch = "wasm32")]
        trust(&self.0);
        self.0
    }

    pub fn html(&mut self) -> Html {
        let markup = std::mem::take(&mut self.0);
        #[cfg(target_arch = "wasm32")]
        trust(&markup);
        Html::from_html_unchecked(AttrValue::from(markup))
    }
}

/// An attribute's value, escaped as text is: enough in an attribute quoted with `"`, as every
/// attribute written here is (`open`).
pub fn attr(value: &str) -> String {
    let mut out = Raw::new();
    out.text(value);
    out.0
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/io.js")]
extern "C" {
    /// Tells the page's Trusted Types policy that this markup was made here (src/io.js).
    fn trust(markup: &str);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Raw;

    #[test]
    fn text_is_escaped_and_tags_close() {
        let mut r = Raw::new();
        r.el(r#"p class="note""#, r#"a < b & "c" > d"#)
            .heading("h2", "Ñ");
        assert_eq!(
            r.0,
            r#"<p class="note">a &lt; b &amp; &quot;c&quot; &gt; d</p><h2 id="screen-heading" tabindex="-1">Ñ</h2>"#
        );
    }

    #[test]
    fn attribute_values_are_escaped() {
        assert_eq!(
            super::attr(r#"https://x.example/?a=1&b="2"<>"#),
            "https://x.example/?a=1&amp;b=&quot;2&quot;&lt;&gt;"
        );
    }
}
