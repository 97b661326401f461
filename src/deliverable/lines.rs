//! The one home of what is left of line scanning: the words of one line, once the comrak
//! tree (see [`super::outline`]) has said what the line is — an ATX heading's text without
//! its marks, a list item's text and task mark, a table row's cells, link text — and fenced
//! blocks for the letter count of a page's language.

use super::outline::TaskMark;

/// A Logseq (or org-mode) task marker opening a block: `DONE Open Match upgrade`, `NOW …`,
/// `CANCELED …`. The marker as written and the text after it.
pub(crate) fn task_marker(text: &str) -> Option<(&'static str, &str)> {
    const MARKERS: [&str; 11] =
        ["TODO", "DOING", "DONE", "LATER", "NOW", "WAITING", "WAIT", "CANCELED", "CANCELLED", "IN-PROGRESS", "STARTED"];
    let trimmed = text.trim_start();
    MARKERS.iter().find_map(|marker| {
        let rest = trimmed.strip_prefix(marker)?;
        rest.starts_with(' ').then(|| (*marker, rest.trim_start())).filter(|(_, rest)| !rest.is_empty())
    })
}

/// `Add a pool alert (owner: Priya) <!-- {"uuid":"…","deadline":1770681600,"completedAt":…} -->`:
/// a task's text without the HTML comment that closes it, and what an Amplenote task's
/// attributes in that comment say, as fields (`due` from its `deadline`, in Unix seconds;
/// `status` done once `completedAt`, dropped once `dismissedAt`). A comment that holds no
/// attributes is only dropped.
pub(crate) fn trailing_comment_attributes(text: &str) -> (&str, Vec<(String, String)>) {
    let trimmed = text.trim_end();
    let Some(open) = trimmed.strip_suffix("-->").and_then(|inner| inner.rfind("<!--")) else {
        return (text, Vec::new());
    };
    let comment = trimmed[open + 4..trimmed.len() - 3].trim();
    let before = trimmed[..open].trim_end();
    let Ok(attributes) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(comment) else {
        return (before, Vec::new());
    };
    let mut fields = Vec::new();
    let day = |key: &str| {
        let seconds = attributes.get(key)?.as_i64()?;
        super::date::Date::from_days_since_epoch(seconds.div_euclid(86_400))
    };
    if let Some(due) = day("deadline") {
        fields.push(("due".to_owned(), due.to_string()));
    }
    if day("completedAt").is_some() {
        fields.push(("status".to_owned(), "done".to_owned()));
    } else if day("dismissedAt").is_some() {
        fields.push(("status".to_owned(), "dropped".to_owned()));
    }
    (before, fields)
}

/// `Task owner:: Nadia deadline:: <2026-03-20 Fri>`, the lines of a Logseq block joined:
/// the text before its first `key:: value` property (or org-mode `DEADLINE: <…>`), and each
/// property as (key, value).
pub(crate) fn block_properties(text: &str) -> (&str, Vec<(String, String)>) {
    use regex::Regex;
    use std::sync::LazyLock;
    static PROPERTY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:([\p{L}][\p{L}\p{N}_-]{0,30})::|(DEADLINE|SCHEDULED):\s*<)").expect("valid regex")
    });
    if !(text.contains("::") || text.contains("DEADLINE:") || text.contains("SCHEDULED:")) {
        return (text, Vec::new());
    }
    let starts: Vec<(usize, usize, String)> = PROPERTY
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let (key, value_start) = match (caps.get(1), caps.get(2)) {
                (Some(key), _) => (key.as_str().to_owned(), whole.end()),
                (None, Some(key)) => (key.as_str().to_lowercase(), whole.end() - 1),
                _ => return None,
            };
            Some((whole.start(), value_start, key))
        })
        .collect();
    let Some(first) = starts.first() else { return (text, Vec::new()) };
    let properties = starts
        .iter()
        .enumerate()
        .map(|(at, (_, value_start, key))| {
            let end = starts.get(at + 1).map_or(text.len(), |(next, _, _)| *next);
            (key.clone(), text[*value_start..end].trim().to_owned())
        })
        .collect();
    (text[..first.0].trim_end(), properties)
}

/// The trimmed cells of `| a | b |` (outer pipes optional).
pub(crate) fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|');
    let inner = if inner.ends_with("\\|") { inner } else { inner.strip_suffix('|').unwrap_or(inner) };
    if !inner.contains("\\|") {
        return inner.split('|').map(|cell| cell.trim().to_owned()).collect();
    }
    // `[[Решение 015\|решение 015]]`: an escaped pipe is the cell's own (GFM), as Obsidian
    // writes a wikilink's label in a table.
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '|' if !escaped => cells.push(std::mem::take(&mut cell)),
            '\\' if !escaped => escaped = true,
            _ => {
                if escaped && c != '|' {
                    cell.push('\\');
                }
                escaped = false;
                cell.push(c);
            }
        }
    }
    cells.push(cell);
    cells.iter().map(|cell| cell.trim().to_owned()).collect()
}

/// `[ADR-0010](../adr/x.md) and [a]` → `ADR-0010 and [a]`: link text kept, targets dropped.
/// A link's text opens at the last `[` before its `](` (`[DONE] see [ADR](x.md)` keeps the
/// tag).
pub(crate) fn link_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(close) = rest.find("](") {
        let open = rest[..close].rfind('[');
        let target_end = rest[close..].find(')').map(|end| close + end);
        match (open, target_end) {
            (Some(open), Some(end)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..close]);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push_str(&rest[..close + 2]);
                rest = &rest[close + 2..];
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
    fn cells_and_link_text() {
        assert_eq!(cells("| a | **b** |"), vec!["a", "**b**"]);
        assert_eq!(cells("a | b"), vec!["a", "b"]);
        assert_eq!(cells("| [[Решение 015\\|решение]] | x \\ y |"), vec!["[[Решение 015|решение]]", "x \\ y"]);
        assert_eq!(link_text("see [ADR-0010](../adr/x.md) and [a]"), "see ADR-0010 and [a]");
        assert_eq!(link_text("[DONE] **Envoy** — see [ADR](adr/x.md). Shipped"), "[DONE] **Envoy** — see ADR. Shipped");
        assert_eq!(link_text("[x] done ([ADR, proposed](a.md))"), "[x] done (ADR, proposed)");
        assert_eq!(link_text("odd ](text"), "odd ](text", "no link without its brackets");
    }
}
