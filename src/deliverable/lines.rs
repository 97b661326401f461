//! The one home of line scanning: what the deliverable readers (metadata, action items,
//! roadmap, estimate, verdict) still read line by line from raw Markdown — fenced blocks,
//! ATX and setext headings, list items and task-list marks, pipe tables and link text.

/// The trimmed cells of `| a | b |` (outer pipes optional).
pub(crate) fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(|cell| cell.trim().to_owned()).collect()
}

/// `|---|:--:|`: the line under a table's header.
pub(crate) fn is_separator(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.starts_with('|') && trimmed.contains('-') && trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// `[ADR-0010](../adr/x.md) and [a]` → `ADR-0010 and [a]`: link text kept, targets dropped.
pub(crate) fn link_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| after[close..].find(')').map(|end| (close, close + end))) {
            Some((close, end)) => {
                out.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Tracks fenced code blocks line by line.
#[derive(Debug, Default)]
pub(crate) struct Fence {
    open: Option<(char, usize)>,
}

impl Fence {
    /// Feeds one line; true when the line is part of a fenced block (fences included).
    pub(crate) fn update(&mut self, line: &str) -> bool {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map_or(0, |m| trimmed.chars().take_while(|c| *c == m).count());
        match (self.open, marker) {
            (Some((open_char, open_len)), Some(m))
                if m == open_char && run >= open_len && trimmed[run..].trim().is_empty() =>
            {
                self.open = None;
                true
            }
            (Some(_), _) => true,
            (None, Some(m)) if run >= 3 && indent < 4 => {
                self.open = Some((m, run));
                true
            }
            (None, _) => false,
        }
    }
}

/// The text of a setext H1 (`Title` over a line of `=`) that starts at `lines[index]`.
pub(crate) fn setext_h1<'l>(lines: &[&'l str], index: usize) -> Option<&'l str> {
    setext_heading(lines, index).filter(|(level, _)| *level == 1).map(|(_, text)| text)
}

/// Level and text of a setext heading that starts at `lines[index]`: a line of text over a
/// line of `=` (level 1) or of at least three `-` (level 2).
pub(crate) fn setext_heading<'l>(lines: &[&'l str], index: usize) -> Option<(usize, &'l str)> {
    let (line, underline) = (*lines.get(index)?, lines.get(index + 1)?.trim_end());
    let indent = |text: &str| text.len() - text.trim_start().len();
    let marks = underline.trim_start();
    let level = match marks.bytes().next() {
        Some(b'=') if marks.bytes().all(|b| b == b'=') => 1,
        Some(b'-') if marks.len() >= 3 && marks.bytes().all(|b| b == b'-') => 2,
        _ => return None,
    };
    let text = line.trim();
    let paragraph = !text.is_empty()
        && indent(line) <= 3
        && indent(underline) <= 3
        && !text.starts_with(['#', '>', '-', '*', '+', '|', '`', '~', '<', '='])
        && !text.starts_with(|c: char| c.is_ascii_digit() && text.contains(". "))
        // `Status: accepted` over a `---` rule is a metadata line, not a heading; a title
        // over `===` may have a colon («Миграция с MySQL на PostgreSQL: сервис уведомлений»).
        && (level == 1 || !text.contains(": "));
    paragraph.then_some((level, text))
}

/// The text of an ATX heading of exactly `level`.
pub(crate) fn atx_heading(line: &str, level: usize) -> Option<&str> {
    any_atx_heading(line).filter(|(found, _)| *found == level).map(|(_, text)| text)
}

/// Level and text of an ATX heading line.
pub(crate) fn any_atx_heading(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &trimmed[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim();
    let text = text.trim_end_matches('#');
    let text = if text.ends_with(' ') || text.is_empty() { text.trim_end() } else { rest.trim() };
    Some((level, text))
}

/// One past the last non-blank line before `end`.
pub(crate) fn last_non_blank(lines: &[&str], end: usize) -> usize {
    (0..end).rev().find(|i| !lines[*i].trim().is_empty()).map_or(end, |i| i + 1)
}

/// The text of a `- item` without its bullet.
pub(crate) fn strip_bullet(text: &str) -> &str {
    let trimmed = text.trim_start();
    match trimmed.strip_prefix(['-', '*', '+']) {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => trimmed,
    }
}

/// A task-list mark: `[ ]`, `[x]`, `[-]`/`[~]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TaskMark {
    /// `[ ]`, or any other character in the brackets.
    Open,
    /// `[x]` / `[X]`.
    Done,
    /// `[-]` / `[~]`: dropped.
    Dropped,
}

/// One list item line, at most three spaces in: its text and its task mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ListItem<'l> {
    /// The text after the bullet (or number) and the mark, trimmed at the start.
    pub(crate) text: &'l str,
    /// The task-list mark, when there is one.
    pub(crate) mark: Option<TaskMark>,
}

/// Which list items [`list_item`] accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lists {
    /// `-`, `*`, `+` items only.
    Bulleted,
    /// Bulleted items and `1.` / `1)` items.
    BulletedOrNumbered,
}

/// Reads a list item line: `- [x] text`, `* text`, `1. [ ] text` (numbered ones only with
/// [`Lists::BulletedOrNumbered`]).
pub(crate) fn list_item(line: &str, lists: Lists) -> Option<ListItem<'_>> {
    if line.len() - line.trim_start().len() > 3 {
        return None;
    }
    let rest = line.trim_start();
    let rest = if let Some(after) = rest.strip_prefix(['-', '*', '+']) {
        after.strip_prefix(' ')?
    } else if lists == Lists::BulletedOrNumbered {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).filter(|&at| at > 0)?;
        rest[digits..].strip_prefix(['.', ')'])?.strip_prefix(' ')?
    } else {
        return None;
    };
    let rest = rest.trim_start();
    let Some(mark) = rest.get(..3).filter(|mark| mark.starts_with('[') && mark.ends_with(']')) else {
        return Some(ListItem { text: rest, mark: None });
    };
    let mark = match &mark[1..2] {
        "x" | "X" => TaskMark::Done,
        "-" | "~" => TaskMark::Dropped,
        _ => TaskMark::Open,
    };
    Some(ListItem { text: rest[3..].trim_start(), mark: Some(mark) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setext_title_may_have_a_colon_but_a_key_value_over_a_rule_is_no_heading() {
        let lines = ["Миграция с MySQL на PostgreSQL: сервис уведомлений", "=========="];
        assert_eq!(setext_heading(&lines, 0), Some((1, lines[0])));
        assert_eq!(setext_heading(&["Status: accepted", "---"], 0), None);
        assert_eq!(setext_heading(&["Status", "------"], 0), Some((2, "Status")));
    }

    #[test]
    fn list_items_with_and_without_task_marks() {
        let item = |line| list_item(line, Lists::BulletedOrNumbered).map(|item| (item.text, item.mark));
        assert_eq!(item("- [x] Откат"), Some(("Откат", Some(TaskMark::Done))));
        assert_eq!(item("   * [ ]  Алерты"), Some(("Алерты", Some(TaskMark::Open))));
        assert_eq!(item("+ [~] Старое"), Some(("Старое", Some(TaskMark::Dropped))));
        assert_eq!(item("12) [X] Готово"), Some(("Готово", Some(TaskMark::Done))));
        assert_eq!(item("- Просто пункт"), Some(("Просто пункт", None)));
        assert_eq!(item("    - в коде"), None, "four spaces in is code");
        assert_eq!(item("-без пробела"), None);
        assert_eq!(item("2026. год"), Some(("год", None)));
        assert_eq!(list_item("1. [ ] x", Lists::Bulleted), None, "numbered items only when asked");
    }

    #[test]
    fn rows_separators_and_link_text() {
        assert_eq!(cells("| a | **b** |"), vec!["a", "**b**"]);
        assert_eq!(cells("a | b"), vec!["a", "b"]);
        assert!(is_separator("|---|:--:|") && is_separator(" | --- | --- | "));
        assert!(!is_separator("| a | b |") && !is_separator("| | |"));
        assert_eq!(link_text("see [ADR-0010](../adr/x.md) and [a]"), "see ADR-0010 and [a]");
    }
}
