//! Raw HTML in Markdown, kept as GitHub keeps it and made safe: the body of a document that
//! contains raw HTML is parsed as a browser would (html5ever, through `ammonia`) and only an
//! allow-list modelled on GitHub's survives — `<details>`, `<kbd>`, `<sub>`, `<img>`,
//! `<a name>`, tables, `<p align>`… Everything that can run script goes: `<script>`,
//! `<style>`, `<iframe>`, `<object>`, `<embed>`, `<form>`, every `on…` and `style`
//! attribute, `javascript:`, `vbscript:` and `data:` URLs (a `data:image/…` in an image
//! stays). The result is balanced markup, so a stray `</div>` cannot close the portal's
//! own containers.
//!
//! Why ammonia: `docs/adr/adr-0006-raw-html.md`. What tpmdocs itself writes into a body —
//! highlighted code and diagrams — is not user HTML: [`Shelter`] keeps it out of the
//! sanitiser and puts it back after.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::{LazyLock, Mutex, PoisonError};

use ammonia::{Builder, UrlRelative};

/// Elements raw HTML may use: GitHub's list (headings, text-level semantics, lists,
/// tables, `details`/`summary`, `picture`/`source`…), plus the `section` comrak writes for
/// footnotes. (Task-list checkboxes are comrak's too, but sheltered: a raw `<input>` goes.)
#[rustfmt::skip]
const TAGS: [&str; 60] = [
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
    "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead",
];

/// More elements (the array above would not fit one line per group).
const MORE_TAGS: [&str; 6] = ["time", "tr", "tt", "ul", "var", "wbr"];

/// Elements removed together with everything inside them.
const REMOVED_WITH_CONTENT: [&str; 9] =
    ["script", "style", "template", "noscript", "iframe", "object", "embed", "noembed", "noframes"];

/// Attributes any allowed element may carry.
const GENERIC_ATTRIBUTES: [&str; 6] = ["align", "title", "lang", "dir", "id", "aria-label"];

/// Attributes particular elements may carry.
const TAG_ATTRIBUTES: [(&str, &[&str]); 18] = [
    (
        "a",
        &[
            "href",
            "name",
            "data-heading-content",
            "data-footnote-ref",
            "data-footnote-backref",
            "data-footnote-backref-idx",
        ],
    ),
    ("img", &["src", "alt", "width", "height", "srcset", "loading"]),
    ("source", &["srcset", "media", "type", "width", "height"]),
    ("picture", &[]),
    ("td", &["colspan", "rowspan", "headers", "valign", "width"]),
    ("th", &["colspan", "rowspan", "headers", "valign", "width", "scope", "abbr"]),
    ("table", &["width", "border"]),
    ("col", &["span", "width"]),
    ("colgroup", &["span", "width"]),
    ("ol", &["start", "type", "reversed"]),
    ("li", &["value"]),
    ("details", &["open"]),
    ("time", &["datetime"]),
    ("del", &["datetime"]),
    ("ins", &["datetime"]),
    ("pre", &["class"]),
    ("code", &["class"]),
    ("section", &["data-footnotes"]),
];

/// The classes comrak writes, which are the only classes raw HTML keeps.
const CLASSES: [(&str, &[&str]); 8] = [
    ("ul", &["contains-task-list"]),
    ("ol", &["contains-task-list"]),
    ("li", &["task-list-item"]),
    (
        "div",
        &[
            "markdown-alert",
            "markdown-alert-note",
            "markdown-alert-tip",
            "markdown-alert-important",
            "markdown-alert-warning",
            "markdown-alert-caution",
        ],
    ),
    ("p", &["markdown-alert-title"]),
    ("section", &["footnotes"]),
    ("sup", &["footnote-ref"]),
    ("a", &["anchor", "footnote-backref"]),
];

/// URL schemes links and images may use besides relative URLs (`data:` only for images,
/// see [`keep_attribute`]).
const URL_SCHEMES: [&str; 5] = ["http", "https", "mailto", "tel", "data"];

/// Ids the portal's own pages use: a body must not take them over.
fn is_portal_id(id: &str) -> bool {
    matches!(id, "main" | "site-search") || id.starts_with("tpm-") || id.starts_with("dg-")
}

static SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::empty();
    builder
        .tags(TAGS.iter().chain(&MORE_TAGS).copied().collect())
        .clean_content_tags(REMOVED_WITH_CONTENT.into_iter().collect())
        .generic_attributes(GENERIC_ATTRIBUTES.into_iter().collect())
        .tag_attributes(
            TAG_ATTRIBUTES.iter().map(|(tag, attributes)| (*tag, attributes.iter().copied().collect())).collect(),
        )
        .allowed_classes(CLASSES.iter().map(|(tag, classes)| (*tag, classes.iter().copied().collect())).collect())
        .url_schemes(URL_SCHEMES.into_iter().collect())
        .url_relative(UrlRelative::Custom(Box::new(relative_url)))
        .attribute_filter(keep_attribute)
        .link_rel(None)
        .strip_comments(true);
    builder
});

/// A relative URL in raw HTML is written the way Markdown links are ([`crate::urls::emitted_href`]).
fn relative_url(url: &str) -> Option<Cow<'_, str>> {
    Some(crate::urls::emitted_href(url).map_or(Cow::Borrowed(url), Cow::Owned))
}

/// The second look at an allowed attribute's value: `data:` only as an image, `srcset`
/// only with URLs an image may use, code classes only as tpmdocs writes them, no id the
/// portal uses.
fn keep_attribute<'a>(element: &str, attribute: &str, value: &'a str) -> Option<Cow<'a, str>> {
    let kept = match attribute {
        "href" | "src" if has_scheme(value, "data") => element == "img" && is_data_image(value),
        "srcset" => crate::markdown::raw_html::srcset_urls(value).all(is_image_url),
        "class" if element == "pre" || element == "code" => {
            value.split_whitespace().all(|class| class.starts_with("language-") || class.starts_with("hl-"))
        }
        "id" | "name" => !is_portal_id(value),
        _ => true,
    };
    kept.then_some(Cow::Borrowed(value))
}

/// True when `url` starts with `scheme:` (any case, leading white space ignored).
fn has_scheme(url: &str, scheme: &str) -> bool {
    let url = url.trim_start();
    url.len() > scheme.len() && url.as_bytes()[scheme.len()] == b':' && url[..scheme.len()].eq_ignore_ascii_case(scheme)
}

fn is_data_image(url: &str) -> bool {
    url.trim_start().get(..11).is_some_and(|prefix| prefix.eq_ignore_ascii_case("data:image/"))
}

/// A URL an image may load: relative, http(s), or a `data:image/…`.
fn is_image_url(url: &str) -> bool {
    if !crate::urls::is_external(url) {
        return true;
    }
    has_scheme(url, "http") || has_scheme(url, "https") || is_data_image(url)
}

/// Elements GitHub's Markdown shows as text (GFM's "disallowed raw HTML", the `tagfilter`
/// extension): their `<` is escaped before anything else sees them.
const FILTERED_TAGS: [&str; 9] =
    ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"];

/// `html` (a raw HTML node's text) with the `<` of every start or end tag of a
/// [`FILTERED_TAGS`] element escaped, as GitHub does: `<script>` is shown, never run, and
/// `<plaintext>` cannot swallow the rest of the page.
pub(crate) fn filter_tags(html: &str) -> Cow<'_, str> {
    let filtered_at = |at: usize| {
        let rest = &html[at + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        FILTERED_TAGS.iter().any(|tag| {
            name.get(..tag.len()).is_some_and(|found| found.eq_ignore_ascii_case(tag))
                && name[tag.len()..].chars().next().is_none_or(|c| c.is_whitespace() || c == '>' || c == '/')
        })
    };
    let positions: Vec<usize> = html.match_indices('<').map(|(at, _)| at).filter(|&at| filtered_at(at)).collect();
    if positions.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + positions.len() * 3);
    let mut last = 0;
    for at in positions {
        out.push_str(&html[last..at]);
        out.push_str("&lt;");
        last = at + 1;
    }
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

/// `html` with only the allowed elements, attributes and URLs left, re-serialised.
pub(crate) fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// Start of a sheltered piece's marker: a private-use character the sanitiser keeps as text.
const OPEN: char = '\u{E000}';
/// End of the marker.
const CLOSE: char = '\u{E001}';

/// HTML that tpmdocs writes into a body (highlighted code, diagrams), kept out of the
/// sanitiser: it is replaced by a marker while the body is sanitised and put back after.
#[derive(Debug, Default)]
pub(crate) struct Shelter {
    pieces: Mutex<Vec<String>>,
}

impl Shelter {
    /// Keeps `html` and returns the marker that stands for it.
    pub(crate) fn keep(&self, html: String) -> String {
        let mut pieces = self.pieces.lock().unwrap_or_else(PoisonError::into_inner);
        pieces.push(html);
        format!("{OPEN}{}{CLOSE}", pieces.len() - 1)
    }

    /// `html` with every occurrence of `piece` (markup tpmdocs wrote) replaced by a marker.
    pub(crate) fn keep_each(&self, html: String, piece: &str) -> String {
        if !html.contains(piece) {
            return html;
        }
        let marker = self.keep(piece.to_owned());
        html.replace(piece, &marker)
    }

    /// `sanitized` with every marker replaced by what it stands for; a marker that stands
    /// for nothing (one written in the source) is left as it is.
    pub(crate) fn restore(&self, sanitized: String) -> String {
        let pieces = self.pieces.lock().unwrap_or_else(PoisonError::into_inner);
        if pieces.is_empty() || !sanitized.contains(OPEN) {
            return sanitized;
        }
        let mut out = String::with_capacity(sanitized.len() + pieces.iter().map(String::len).sum::<usize>());
        let mut rest = sanitized.as_str();
        while let Some(start) = rest.find(OPEN) {
            out.push_str(&rest[..start]);
            let after = &rest[start + OPEN.len_utf8()..];
            let piece = after
                .find(CLOSE)
                .and_then(|end| Some((after[..end].parse::<usize>().ok()?, end)))
                .and_then(|(index, end)| Some((pieces.get(index)?, end)));
            match piece {
                Some((piece, end)) => {
                    out.push_str(piece);
                    rest = &after[end + CLOSE.len_utf8()..];
                }
                None => {
                    out.push(OPEN);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// The elements raw HTML may use, for telling which anchors in it survive.
pub(crate) fn is_allowed_element(name: &str) -> bool {
    static ALLOWED: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| TAGS.iter().chain(&MORE_TAGS).copied().collect());
    ALLOWED.contains(name)
}

/// True when an attribute `id`/`name` with this value is kept.
pub(crate) fn is_kept_anchor(value: &str) -> bool {
    !value.is_empty() && !is_portal_id(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_markup_is_kept() {
        for (html, kept) in [
            ("<details><summary>Пример</summary>\n<p>текст</p>\n</details>", "<details><summary>Пример</summary>"),
            ("<kbd>Ctrl</kbd>+<kbd>C</kbd>", "<kbd>Ctrl</kbd>+<kbd>C</kbd>"),
            ("H<sub>2</sub>O x<sup>2</sup>", "H<sub>2</sub>O x<sup>2</sup>"),
            (r#"<a name="input_foo"></a>"#, r#"<a name="input_foo"></a>"#),
            (
                r#"<p align="center"><img src="docs/a.png" width="400" alt="Схема"></p>"#,
                r#"<p align="center"><img src="docs/a.png" width="400" alt="Схема"></p>"#,
            ),
            ("a<br>b", "a<br>b"),
            (
                "<ins>new</ins> <del>old</del> <mark>hi</mark> <s>x</s>",
                "<ins>new</ins> <del>old</del> <mark>hi</mark> <s>x</s>",
            ),
            (r#"<a href="guide.md#Шаг">шаг</a>"#, "<a href=\"guide.html#%D0%A8%D0%B0%D0%B3\">"),
            (r#"<img src="data:image/png;base64,iVBORw0KGgo=">"#, r#"<img src="data:image/png;base64,iVBORw0KGgo=">"#),
            (
                r#"<picture><source media="(prefers-color-scheme: dark)" srcset="d.png"><img src="l.png"></picture>"#,
                r#"<source media="(prefers-color-scheme: dark)" srcset="d.png">"#,
            ),
            ("<dl><dt>A</dt><dd>B</dd></dl>", "<dl><dt>A</dt><dd>B</dd></dl>"),
        ] {
            let out = sanitize(html);
            assert!(out.contains(kept), "{html:?} → {out:?}");
        }
    }

    #[test]
    fn what_can_run_script_goes() {
        for (html, gone) in [
            ("<script>alert(1)</script>ok", "alert"),
            ("<style>body{display:none}</style>ok", "display"),
            ("<iframe src=\"https://evil.example\"></iframe>ok", "iframe"),
            ("<object data=\"x.swf\"></object><embed src=\"x.swf\">ok", "swf"),
            ("<form action=\"https://evil.example\"><input type=\"text\" name=\"q\"></form>ok", "evil"),
            ("<img src=x onerror=alert(2)>ok", "onerror"),
            ("<svg onload=alert(3)><circle/></svg>ok", "onload"),
            ("<a href=\"javascript:alert(4)\">x</a>", "javascript"),
            ("<a href=\"JaVaScRiPt:alert(4)\">x</a>", "alert"),
            ("<a href=\"vbscript:msgbox(5)\">x</a>", "vbscript"),
            ("<a href=\"data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;\">x</a>", "data:"),
            ("<p style=\"position:fixed;top:0\">x</p>", "style"),
            ("<details open ontoggle=alert(7)>x</details>", "ontoggle"),
            ("<base href=\"https://evil.example/\">ok", "base"),
            ("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">ok", "refresh"),
            ("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">ok", "stylesheet"),
            ("<math><mtext><table><mglyph><style><img src=x onerror=alert(8)></style></mglyph></table></mtext></math>", "onerror"),
            ("<img srcset=\"javascript:alert(9) 1x\">", "javascript"),
            ("<input type=\"text\" autofocus onfocus=alert(10)>", "input"),
            ("<div id=\"tpm-search\">x</div><a name=\"main\">y</a>", "tpm-search"),
            ("<div class=\"site-header\">x</div>", "site-header"),
        ] {
            let out = sanitize(html);
            assert!(!out.contains(gone), "{html:?} → {out:?}");
            assert!(!out.contains("<script") && !out.contains(" on"), "{html:?} → {out:?}");
        }
    }

    #[test]
    fn the_tags_github_shows_as_text_are_escaped_first() {
        assert_eq!(filter_tags("<script>alert(1)</script>"), "&lt;script>alert(1)&lt;/script>");
        assert_eq!(
            filter_tags("a <PlainText> b <textarea\nrows=2> <Title/>"),
            "a &lt;PlainText> b &lt;textarea\nrows=2> &lt;Title/>"
        );
        assert_eq!(filter_tags("<scripts> <details> <stylesheet>"), "<scripts> <details> <stylesheet>", "other names");
        assert!(matches!(filter_tags("<kbd>x</kbd>"), Cow::Borrowed(_)));
        let shown = sanitize(&filter_tags("<p>x <plaintext> y</p><p>after</p>"));
        assert_eq!(shown, "<p>x &lt;plaintext&gt; y</p><p>after</p>", "the rest of the page is still markup");
    }

    #[test]
    fn stray_closing_tags_cannot_leave_the_body() {
        let out = sanitize("<div>a</div></div></main></body></html><p>b");
        assert_eq!(out, "<div>a</div><p>b</p>");
    }

    #[test]
    fn sheltered_html_comes_back_after_sanitising() {
        let shelter = Shelter::default();
        let marker =
            shelter.keep("<figure class=\"diagram\"><svg><g onload=\"kept: ours\"></g></svg></figure>".to_owned());
        let html = format!("<p>до</p>{marker}<script>x</script><p>\u{E000}99\u{E001} и \u{E000}</p>");
        let out = shelter.restore(sanitize(&html));
        assert_eq!(out, "<p>до</p><figure class=\"diagram\"><svg><g onload=\"kept: ours\"></g></svg></figure><p>\u{E000}99\u{E001} и \u{E000}</p>");
    }
}
