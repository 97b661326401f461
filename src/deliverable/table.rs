//! Pipe tables and inline links as the deliverable readers meet them in raw Markdown: the
//! cells of a row, the `|---|:--:|` separator, and link text without its target. Shared by
//! the action, roadmap, estimate and metadata readers.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_separators_and_link_text() {
        assert_eq!(cells("| a | **b** |"), vec!["a", "**b**"]);
        assert_eq!(cells("a | b"), vec!["a", "b"]);
        assert!(is_separator("|---|:--:|") && is_separator(" | --- | --- | "));
        assert!(!is_separator("| a | b |") && !is_separator("| | |"));
        assert_eq!(link_text("see [ADR-0010](../adr/x.md) and [a]"), "see ADR-0010 and [a]");
    }
}
