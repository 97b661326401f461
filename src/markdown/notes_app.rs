//! Notes kept in a notes app (Apple Notes, Google Keep, a phone's memo app) and exported as
//! text are Markdown only in part: their bullets are `•` and `◦`, which CommonMark reads as
//! words, and their sections are named by a short line of their own over the section's lines
//! (`Follow-ups` over `• Rotate the key — Owner: Tom`), with no blank line between.
//! On a page that has such bullets, each bullet is written as a list item (`◦` under a `•`
//! one level in) and each such name as a `##` heading, so the page reads as any other.
//! Every line stays on its line; fenced code is left alone.

use std::borrow::Cow;

/// Whether `text` has a notes app's bullets (`•`, `◦` opening a line): a cheap test, so
/// that other pages are not rewritten.
fn may_have_bullets(text: &str) -> bool {
    ["• ", "◦ "].iter().any(|bullet| text.starts_with(bullet)) || text.contains("\n• ") || text.contains("\n◦ ")
}

/// `text` with its `•`/`◦` bullets as list items and its section names as headings
/// (borrowed when it has no bullet).
pub(crate) fn as_markdown(text: &str) -> Cow<'_, str> {
    if !may_have_bullets(text) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + lines.len());
    let mut fence: Option<char> = None;
    // The bullet of the list item before this line, if the line before was one.
    let mut previous_bullet: Option<char> = None;
    let mut previous_blank = true;
    for (index, line) in lines.iter().enumerate() {
        let (content, ending) = super::split_ending(line);
        let trimmed = content.trim_start();
        fence = super::fence_after(fence, trimmed);
        let bullet = trimmed.chars().next().filter(|c| matches!(c, '•' | '◦'));
        let item = bullet.and_then(|mark| trimmed[mark.len_utf8()..].strip_prefix(' '));
        let next = lines.get(index + 1).map_or("", |next| next.trim());
        match item {
            Some(rest) if fence.is_none() => {
                // `◦ detail` right under a `• point`: the point's own item.
                let nested = bullet == Some('◦') && matches!(previous_bullet, Some('•'));
                out.push_str(if nested { "    - " } else { "- " });
                out.push_str(rest);
                previous_bullet = if nested { previous_bullet } else { bullet };
            }
            _ if fence.is_none() && previous_blank && !next.is_empty() && is_section_name(content) => {
                out.push_str("## ");
                out.push_str(content.trim());
                previous_bullet = None;
            }
            _ => {
                out.push_str(content);
                previous_bullet = None;
            }
        }
        out.push_str(ending);
        previous_blank = content.trim().is_empty();
    }
    Cow::Owned(out)
}

/// `Follow-ups`, `How we found it`, `Not doing`: a line of a few words and nothing else — no
/// number, no markup, no sentence's or field's punctuation.
fn is_section_name(line: &str) -> bool {
    let words = line.trim();
    !words.is_empty()
        && !line.starts_with([' ', '\t'])
        && words.split_whitespace().count() <= 6
        && words.chars().next().is_some_and(char::is_alphabetic)
        && !words.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | '|' | '[' | '*' | '_' | '`' | '#' | '<'))
        && !words.ends_with(['.', ',', ';', '!', '?', '—', '-'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_become_items_and_names_over_them_headings() {
        let note = "**Push delayed**\n\nSev 3\nStarted at 06:40\n\nFollow-ups\n• Rotate the key — Owner: Tom\n◦ with a reminder\n• Expiry monitor\n\nNot doing\n◦ Kotlin — dropped\n";
        assert_eq!(
            as_markdown(note),
            "**Push delayed**\n\nSev 3\nStarted at 06:40\n\n## Follow-ups\n- Rotate the key — Owner: Tom\n    - with a reminder\n- Expiry monitor\n\n## Not doing\n- Kotlin — dropped\n"
        );
    }

    #[test]
    fn a_name_needs_a_line_under_it_and_a_blank_line_over_it() {
        let note = "• a\n\nWhy\nBecause.\n\nThe end\n\nSo we went on\nwith a second line.\n";
        let out = as_markdown(note);
        assert!(out.contains("## Why\n"), "{out}");
        assert!(out.contains("\nThe end\n"), "no line under it: {out}");
        assert!(
            out.contains("\n## So we went on\n"),
            "a notes app wraps no lines: a short one over others is a name: {out}"
        );
        let sentence = "• a\n\nLegend: shipped / next\nx\n\nMobile platform — Q2 2026.\nx\n";
        assert_eq!(as_markdown(sentence), "- a\n\nLegend: shipped / next\nx\n\nMobile platform — Q2 2026.\nx\n");
    }

    #[test]
    fn pages_without_bullets_and_code_are_left_alone() {
        assert!(matches!(as_markdown("# Title\n\nWhy\nBecause.\n"), Cow::Borrowed(_)));
        let code = "• a\n\n```\n• not an item\n```\n";
        assert_eq!(as_markdown(code), "- a\n\n```\n• not an item\n```\n");
    }
}
