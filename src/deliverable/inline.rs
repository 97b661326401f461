//! Inline Markdown as the text a reader sees: what a heading says once GitHub has rendered
//! it. `# Payments [![CI](badge.svg)](ci)` reads «Payments»: images show no text, links show
//! their text, code its content, emphasis and inline HTML tags nothing of themselves.
//!
//! Titles come from here, and so does the text heading anchors are made from
//! (`GithubSlugger`), so an anchor copied from GitHub matches.

use std::borrow::Cow;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{parse_document, Arena, Options};

/// The text `markdown` (one line of inline Markdown, such as a heading's) shows when rendered,
/// with runs of white space made one space and the ends trimmed. Borrowed when the line has
/// no markup.
pub(crate) fn plain_text(markdown: &str) -> Cow<'_, str> {
    if !has_inline_markup(markdown) {
        return Cow::Borrowed(markdown.trim());
    }
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &inline_options());
    let mut text = String::with_capacity(markdown.len());
    rendered_text(root, &mut text);
    Cow::Owned(collapse_whitespace(&text))
}

/// A line of HTML as the text it shows: `<p><span class="timestamp-kwd">CLOSED:</span> <span
/// class="timestamp">[2025-03-12 Wed 16:40]</span></p>` is `CLOSED: [2025-03-12 Wed 16:40]`
/// (tags dropped, white space made one space; entities left as written).
pub(crate) fn without_html_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        match rest[open..].find('>') {
            Some(close) => rest = &rest[open + close + 1..],
            None => {
                text.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    text.push_str(rest);
    collapse_whitespace(&text)
}

/// Appends the text `node` shows when rendered: the content of text, code and emoji
/// shortcodes, `\n` for a line break; nothing for images, inline HTML tags or footnote marks.
pub(crate) fn rendered_text<'a>(node: &'a AstNode<'a>, out: &mut String) {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        match &node.data.borrow().value {
            NodeValue::Text(text) => out.push_str(text),
            NodeValue::Code(code) => out.push_str(&code.literal),
            NodeValue::Math(math) => out.push_str(&math.literal),
            NodeValue::ShortCode(shortcode) => out.push_str(&shortcode.emoji),
            NodeValue::LineBreak | NodeValue::SoftBreak => out.push('\n'),
            NodeValue::Image(_) | NodeValue::HtmlInline(_) | NodeValue::FootnoteReference(_) => {}
            _ => stack.extend(node.reverse_children()),
        }
    }
}

/// The parse options for a title: what the body's conversion recognises inline.
fn inline_options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.shortcodes = true;
    options
}

/// True when `text` may hold inline Markdown: emphasis, code, links, images, HTML,
/// entities, escapes or an emoji shortcode (`:rocket:`).
fn has_inline_markup(text: &str) -> bool {
    text.contains(['*', '_', '`', '[', '<', '&', '\\', '~']) || has_shortcode(text)
}

/// True when `text` holds `:name:` with a shortcode's characters between the colons.
fn has_shortcode(text: &str) -> bool {
    let mut parts = text.split(':').skip(1).peekable();
    while let Some(part) = parts.next() {
        let shaped = !part.is_empty()
            && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_+-".contains(&b));
        if shaped && parts.peek().is_some() {
            return true;
        }
    }
    false
}

/// `text` with each run of white space made one space, trimmed.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let single_spaced = !text.starts_with(char::is_whitespace)
        && !text.ends_with(char::is_whitespace)
        && !text.contains("  ")
        && !text.contains(|c: char| c.is_whitespace() && c != ' ');
    if single_spaced {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_plain_text() {
        use crate::deliverable::inline::plain_text;
        assert_eq!(plain_text("JabRef [![APIdia](https://apidia.net/badge.svg)](https://apidia.net)"), "JabRef");
        let stamp = "<p><span class=\"timestamp-wrapper\"><span class=\"timestamp-kwd\">CLOSED:</span> \
                     <span class=\"timestamp\">[2025-03-12 Wed 16:40]</span></span></p>";
        assert_eq!(without_html_tags(stamp), "CLOSED: [2025-03-12 Wed 16:40]");
        assert_eq!(without_html_tags("a < b"), "a < b");
        assert_eq!(plain_text("Use `Kafka` for **events**"), "Use Kafka for events");
    }

    #[test]
    fn what_each_inline_form_shows() {
        for (markdown, shown) in [
            ("Платёжный шлюз", "Платёжный шлюз"),
            ("ADR-0005: Kafka", "ADR-0005: Kafka"),
            ("[Kafka](https://kafka.apache.org) вместо RabbitMQ", "Kafka вместо RabbitMQ"),
            ("<a name=\"top\"></a>Обзор <kbd>Ctrl</kbd>", "Обзор Ctrl"),
            ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
            ("Запуск :rocket:", "Запуск 🚀"),
            ("Time 10:30:45", "Time 10:30:45"),
            ("A &amp; B \\*not emphasis\\*", "A & B *not emphasis*"),
            ("~~Старое~~ Новое", "Старое Новое"),
            ("![logo](logo.png)", ""),
        ] {
            assert_eq!(plain_text(markdown), shown, "{markdown:?}");
        }
    }

    #[test]
    fn shortcodes_are_told_from_times_and_ratios() {
        assert!(has_shortcode("Go :rocket: now"));
        assert!(has_shortcode(":+1:"));
        assert!(!has_shortcode("10:30"));
        assert!(!has_shortcode("ADR-0005: Kafka"));
        assert!(!has_shortcode("a: B: c"));
    }
}
