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

/// `text` with its first line written as its title (`# …`) when that line is the note's name
/// as its file has it (a notes app's export — Standard Notes, Simplenote, Google Keep —
/// names each file by the note's first line, or the first line by the file): `dns outage
/// 22.08.2025` in `dns outage 22.08.2025.md`, `Postgres failover (patroni, main cluster)` in
/// `Postgres failover.md`. Borrowed when the page opens otherwise.
pub(crate) fn titled_by_name<'t>(text: &'t str, rel_path: &str) -> Cow<'t, str> {
    let file = rel_path.rsplit('/').next().unwrap_or(rel_path);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let Some((first, rest)) = text.split_once('\n') else { return Cow::Borrowed(text) };
    // Most pages open with `#`, `---` or markup: only a plain first line is looked at further
    // (this runs on every file read).
    // (`Title` over `=====` or `-----` is a heading already.)
    let underlined = rest.split('\n').next().is_some_and(|next| {
        let next = next.trim();
        !next.is_empty() && next.chars().all(|c| c == '=' || c == '-')
    });
    let plain = first.starts_with(char::is_alphanumeric) && !first.contains("](") && !underlined;
    if !plain {
        return Cow::Borrowed(text);
    }
    let words = |text: &str| -> String {
        let spaced: String = text.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
        spaced.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
    };
    let (line, name) = (words(first), words(stem));
    let named = name.chars().count() >= 4
        && (line == name
            || line.starts_with(&name) && line[name.len()..].starts_with(' ')
            || name.starts_with(&line) && name[line.len()..].starts_with(' ') && line.chars().count() >= 4);
    if named {
        Cow::Owned(format!("# {text}"))
    } else {
        Cow::Borrowed(text)
    }
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
    fn a_first_line_that_is_the_notes_name_is_its_title() {
        let note = "dns outage 22.08.2025\n#incident #dns\n\nsev: S2\n";
        assert_eq!(titled_by_name(note, "notes/dns outage 22.08.2025.md"), format!("# {note}"));
        let longer = "Postgres failover (patroni, main cluster)\n#runbook\n";
        assert_eq!(titled_by_name(longer, "Postgres failover.md"), format!("# {longer}"), "the name is its start");
        let shorter = "cert renewal\n#runbook #tls\n";
        assert!(titled_by_name(shorter, "cert renewal (letsencrypt + internal CA).md").starts_with("# cert renewal\n"));
        for (text, path) in [
            ("# dns outage\n", "dns outage.md"),
            ("Context matters here.\n", "adr-0001.md"),
            ("dns outage\n==========\n", "dns outage.md"),
            ("- dns outage\n", "dns outage.md"),
            ("dnsx\n", "dns.md"),
        ] {
            assert!(matches!(titled_by_name(text, path), Cow::Borrowed(_)), "{text:?}");
        }
    }

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
