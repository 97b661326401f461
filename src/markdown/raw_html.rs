//! A tolerant reader of the start tags in raw HTML written in Markdown, for what the link
//! checker needs from it: the anchors it defines (`<a name="input_foo">`, `id="…"`) and the
//! URLs it points at (`<a href>`, `<img src>`, `<source srcset>`).
//!
//! It is not a sanitiser and decides nothing about safety ([`super::sanitize`] does, with a
//! real HTML parser); it reads tags the way a browser would for these attributes and skips
//! comments and the content of elements whose text is not markup (`<script>`, `<style>`…).

/// One start tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StartTag {
    /// The element name, in lower case.
    pub(crate) name: String,
    /// Attributes in order: name in lower case, value with character references decoded.
    pub(crate) attributes: Vec<(String, String)>,
    /// Byte offset of the `<` in the text read.
    pub(crate) offset: usize,
}

impl StartTag {
    /// The value of attribute `name`, if present.
    pub(crate) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }
}

/// Elements whose content is text, not tags.
const RAW_TEXT: [&str; 9] =
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// The start tags of `html`, in order.
pub(crate) fn start_tags(html: &str) -> Vec<StartTag> {
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let rest = &html[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            at = comment.find("-->").map_or(html.len(), |end| start + 4 + end + 3);
            continue;
        }
        let Some((tag, length)) = read_start_tag(rest) else {
            at = start + 1;
            continue;
        };
        at = start + 1 + length;
        if RAW_TEXT.contains(&tag.0.as_str()) {
            let closing = format!("</{}", tag.0);
            at = find_ignoring_case(&html[at..], &closing).map_or(html.len(), |end| at + end);
        }
        tags.push(StartTag { name: tag.0, attributes: tag.1, offset: start });
    }
    tags
}

type NameAndAttributes = (String, Vec<(String, String)>);

/// Reads `name attr=value …>` after a `<`: the tag and the bytes it took.
fn read_start_tag(text: &str) -> Option<(NameAndAttributes, usize)> {
    let name_length = text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(text.len());
    if name_length == 0 || !text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = text[..name_length].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut at = name_length;
    loop {
        at += text[at..].find(|c: char| !(c.is_whitespace() || c == '/')).unwrap_or(text.len() - at);
        if at >= text.len() {
            return None; // never closed: not a tag
        }
        if text[at..].starts_with('>') {
            return Some(((name, attributes), at + 1));
        }
        let key_length = text[at..].find(|c: char| c.is_whitespace() || "=>/".contains(c)).unwrap_or(text.len() - at);
        let key = text[at..at + key_length].to_ascii_lowercase();
        at += key_length.max(1);
        let after_key = text[at..].trim_start();
        let mut value = String::new();
        if let Some(after_equals) = after_key.strip_prefix('=') {
            let value_start = text.len() - after_equals.trim_start().len();
            let (raw, length) = read_value(&text[value_start..]);
            value = decode_references(raw);
            at = value_start + length;
        }
        attributes.push((key, value));
    }
}

/// An attribute value after `=`: quoted or bare; (the value, the bytes it took).
fn read_value(text: &str) -> (&str, usize) {
    match text.chars().next() {
        Some(quote @ ('"' | '\'')) => match text[1..].find(quote) {
            Some(end) => (&text[1..1 + end], end + 2),
            None => (&text[1..], text.len()),
        },
        _ => {
            let end = text.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(text.len());
            (&text[..end], end)
        }
    }
}

/// `value` with the character references HTML attribute values use most decoded
/// (`&amp;`, `&quot;`, `&#39;`, `&lt;`, `&gt;`, numeric ones).
fn decode_references(value: &str) -> String {
    if !value.contains('&') {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|end| *end <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            _ => entity.strip_prefix('#').and_then(|number| {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse().ok(),
                };
                code.and_then(char::from_u32)
            }),
        };
        match decoded {
            Some(ch) => {
                out.push(ch);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.as_bytes().windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

/// The URLs a `srcset` lists (`small.png 1x, large.png 2x` → `small.png`, `large.png`).
pub(crate) fn srcset_urls(srcset: &str) -> impl Iterator<Item = &str> {
    srcset.split(',').filter_map(|candidate| candidate.split_whitespace().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_their_attributes() {
        let html =
            r#"<a name="input_foo"></a> <IMG SRC='docs/a b.png' width=400 alt="A &amp; B" /><p align=center><br>"#;
        let tags = start_tags(html);
        let names: Vec<&str> = tags.iter().map(|tag| tag.name.as_str()).collect();
        assert_eq!(names, vec!["a", "img", "p", "br"]);
        assert_eq!(tags[0].attribute("name"), Some("input_foo"));
        assert_eq!(tags[1].attribute("src"), Some("docs/a b.png"));
        assert_eq!(tags[1].attribute("width"), Some("400"));
        assert_eq!(tags[1].attribute("alt"), Some("A & B"));
        assert_eq!(tags[2].attribute("align"), Some("center"));
        assert_eq!(tags[1].offset, 25);
    }

    #[test]
    fn comments_scripts_and_broken_tags_are_skipped() {
        let html = "<!-- <a href=\"hidden.md\"> --><script>var a = '<a href=\"x.md\">';</SCRIPT><a href=\"ok.md\">< not a tag <b";
        let tags = start_tags(html);
        let names: Vec<&str> = tags.iter().map(|tag| tag.name.as_str()).collect();
        assert_eq!(names, vec!["script", "a"]);
        assert_eq!(tags[1].attribute("href"), Some("ok.md"));
    }

    #[test]
    fn bare_attributes_and_srcset() {
        let tags = start_tags(
            "<details open><source media=\"(prefers-color-scheme: dark)\" srcset=\"d.png 1x, d@2x.png 2x\">",
        );
        assert_eq!(tags[0].attributes, vec![("open".to_owned(), String::new())]);
        let urls: Vec<&str> = srcset_urls(tags[1].attribute("srcset").unwrap()).collect();
        assert_eq!(urls, vec!["d.png", "d@2x.png"]);
        assert_eq!(decode_references("&#x41;&#66;&bogus;&"), "AB&bogus;&");
    }
}
