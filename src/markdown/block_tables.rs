//! What the line-block table rewriters share ([`super::yfm_tables`], [`super::list_tables`];
//! the delimiter row also for pandoc's tables and DokuWiki's):
//! walking a text's lines outside fenced code, replacing each table block a rewriter
//! recognises with pipe-table lines over exactly as many lines (blank ones after, when the
//! table needs fewer), and writing a pipe table's row.

use std::borrow::Cow;

/// `text` with every block `table_at` recognises replaced: `table_at(lines, at)` gives the
/// pipe table's lines for the block that opens on line `at` and the index after it. A block
/// is looked for before a code fence is (MyST's list table is fenced), and not inside one.
pub(super) fn replace_blocks(
    text: &str,
    table_at: impl Fn(&[&str], usize) -> Option<(Vec<String>, usize)>,
) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<&str> = None;
    let mut at = 0;
    let mut changed = false;
    while at < lines.len() {
        let trimmed = lines[at].trim();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
        } else if let Some((written, end)) = table_at(&lines, at) {
            // The text keeps its number of lines: blank ones after a table that needs fewer.
            for index in 0..(end - at).max(written.len()) {
                out.push_str(written.get(index).map_or("", String::as_str));
                out.push('\n');
            }
            at = end;
            changed = true;
            continue;
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
        }
        out.push_str(lines[at]);
        at += 1;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// A pipe table's row of `columns` cells (missing ones empty); a `|` left in a cell (inside
/// inline code) is text, escaped as GitHub wants it.
pub(super) fn pipe_row(cells: Option<&[String]>, columns: usize) -> String {
    let mut line = String::from("|");
    for index in 0..columns {
        let cell = cells.and_then(|cells| cells.get(index)).map_or(String::new(), |cell| cell.replace('|', "\\|"));
        line.push(' ');
        line.push_str(&cell);
        line.push_str(" |");
    }
    line
}

/// The delimiter row under a pipe table's header.
pub(super) fn delimiter(columns: usize) -> String {
    format!("|{}", "---|".repeat(columns))
}
