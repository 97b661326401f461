//! Small text helpers shared by every stage: offsets to lines, BOM and line endings, HTML
//! escaping.

use std::borrow::Cow;

/// 1-based (line, column) of a byte offset; the column counts characters, not bytes.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The largest char boundary not above `index`.
pub(crate) fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Removes a UTF-8 byte order mark and turns CRLF and lone CR line endings into LF, so
/// every later stage sees one form. Line numbers are unchanged by this.
pub(crate) fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// `📐 АР-08 Поиск`, `🛠️ Ранбук` → the name after its icon: a wiki's (Nuclino's, Notion's)
/// emoji before a page's name and the space after it; Material for MkDocs' or GitHub's icon
/// shortcode too (`:material-check-circle: Выполнено`). Text without one is returned whole.
pub(crate) fn without_leading_icon(text: &str) -> &str {
    let is_icon =
        |c: char| matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{20E3}') || c as u32 >= 0x2190 && !c.is_alphanumeric();
    let rest = text.trim_start_matches(is_icon);
    let rest = shortcode_end(rest).map_or(rest, |end| &rest[end..]);
    match rest.strip_prefix(' ') {
        Some(named) if rest.len() < text.len() && !named.trim_start().is_empty() => named.trim_start(),
        _ => text,
    }
}

/// Where an icon's shortcode opening `text` ends (`:material-progress-clock:`,
/// `:white_check_mark:`): a colon, lower-case letters, digits, `-`, `_` or `+`, a colon.
fn shortcode_end(text: &str) -> Option<usize> {
    let inner = text.strip_prefix(':')?;
    let end = inner.find(':')?;
    let name = &inner[..end];
    let named = name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '+'));
    named.then_some(end + 2)
}

/// `decisionDate` → "decision date", `lastReviewed` → "last reviewed", `relates-to` →
/// "relates to": an attribute's name, camel-cased or hyphenated, in words.
pub(crate) fn camel_words(name: &str) -> String {
    let mut words = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_uppercase() && !words.is_empty() {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words.replace(['_', '-'], " ")
}

/// The 1-based `line` of `text`, if it exists.
pub(crate) fn nth_line(text: &str, line: usize) -> Option<&str> {
    line.checked_sub(1).and_then(|index| text.lines().nth(index))
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape_html(text: &str) -> Cow<'_, str> {
    if !text.contains(['<', '>', '&', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for ch in text.chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_icon_before_a_name() {
        use crate::text::without_leading_icon;
        assert_eq!(without_leading_icon("📐 АР-08 Поиск"), "АР-08 Поиск");
        assert_eq!(without_leading_icon("🛠️ Ранбук"), "Ранбук");
        assert_eq!(without_leading_icon(":material-check-circle: Выполнено"), "Выполнено");
        assert_eq!(without_leading_icon(":white_check_mark: Done"), "Done");
        assert_eq!(without_leading_icon(":Note: text"), ":Note: text", "no shortcode");
        assert_eq!(without_leading_icon("10:30: старт"), "10:30: старт");
        assert_eq!(without_leading_icon("«Ранбук»"), "«Ранбук»");
        assert_eq!(without_leading_icon("📐"), "📐");
        assert_eq!(without_leading_icon("ADR-1"), "ADR-1");
    }

    #[test]
    fn example_line_col() {
        assert_eq!(crate::text::line_col("ab\nвгд", 5), (2, 2));
    }

    #[test]
    fn example_normalize() {
        assert_eq!(crate::text::normalize("\u{feff}a\r\nb\r"), "a\nb\n");
    }
}
