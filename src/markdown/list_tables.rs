//! MyST's list tables as pipe tables:
//!
//! ````text
//! :::{list-table}
//! :header-rows: 0
//!
//! * - Severity
//!   - SEV-2
//! * - Incident date
//!   - 3 February 2026
//! :::
//! ````
//!
//! (or fenced with backticks) becomes a header row where the fence opened (the first row when
//! `:header-rows:` says there is one, else empty cells), the delimiter row, one line per row,
//! and blank lines for the lines left over: a row takes a line of the list or more, so the
//! table always fits in the lines it was written on, and the text keeps its number of lines.
//! A list table that is not closed, or holds anything but its options and its rows, is left
//! as written (the dialect rewriter then reads its body as Markdown).

use std::borrow::Cow;

/// `text` with its MyST list tables as pipe tables (borrowed when it has none).
pub(crate) fn as_pipe_tables(text: &str) -> Cow<'_, str> {
    if !text.contains("{list-table}") {
        return Cow::Borrowed(text);
    }
    super::block_tables::replace_blocks(text, |lines, at| {
        let (table, end) = opening_fence(lines[at]).and_then(|fence| table_at(lines, at, &fence))?;
        Some((table_lines(&table), end))
    })
}

/// The fence (```` ``` ```` or `:::`, as many as written) of a line that opens a list table.
fn opening_fence(line: &str) -> Option<String> {
    let trimmed = line.trim();
    let mark = trimmed.chars().next().filter(|c| *c == '`' || *c == ':')?;
    let count = trimmed.len() - trimmed.trim_start_matches(mark).len();
    let rest = trimmed[count..].trim_start();
    (count >= 3 && rest.starts_with("{list-table}")).then(|| mark.to_string().repeat(count))
}

/// A list table's rows and how many of them head it.
struct ListTable {
    rows: Vec<Vec<String>>,
    header_rows: usize,
}

/// The list table whose fence opens on line `open`, and the index after its closing fence.
fn table_at(lines: &[&str], open: usize, fence: &str) -> Option<(ListTable, usize)> {
    let mut table = ListTable { rows: Vec::new(), header_rows: 0 };
    let mut in_options = true;
    for (at, line) in lines.iter().enumerate().skip(open + 1) {
        let trimmed = line.trim();
        if trimmed == fence {
            return (!table.rows.is_empty()).then_some((table, at + 1));
        }
        if in_options && trimmed.starts_with(':') {
            if let Some(count) = trimmed.strip_prefix(":header-rows:") {
                table.header_rows = count.trim().parse().ok()?;
            }
            continue;
        }
        in_options = false;
        if trimmed.is_empty() {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        if let Some(first) = row_start(trimmed).filter(|_| indent == 0) {
            table.rows.push(vec![first.to_owned()]);
        } else if let Some(cell) = trimmed.strip_prefix("- ").or((trimmed == "-").then_some("")) {
            table.rows.last_mut()?.push(cell.trim().to_owned());
        } else {
            // A cell's text going on over the next line.
            let cell = table.rows.last_mut()?.last_mut()?;
            cell.push(' ');
            cell.push_str(trimmed);
        }
    }
    None
}

/// The first cell of a row's line (`* - Severity`, `- - Severity`).
fn row_start(trimmed: &str) -> Option<&str> {
    let rest = trimmed.strip_prefix("* ").or_else(|| trimmed.strip_prefix("- "))?.trim_start();
    rest.strip_prefix("- ").map(str::trim).or((rest == "-").then_some(""))
}

/// `table` as a pipe table's lines: the header (the first row when one heads it, else empty
/// cells), the delimiter and the rows.
fn table_lines(table: &ListTable) -> Vec<String> {
    use super::block_tables::{delimiter, pipe_row};
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(1);
    let headed = table.header_rows > 0;
    let header = table.rows.first().filter(|_| headed).map(Vec::as_slice);
    let mut written = vec![pipe_row(header, columns), delimiter(columns)];
    written.extend(table.rows.iter().skip(usize::from(headed)).map(|row| pipe_row(Some(row), columns)));
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_of_fields_without_a_header() {
        let text = "# Review\n\n:::{list-table}\n:header-rows: 0\n\n* - Severity\n  - SEV-2\n* - Incident date\n  - 3 February\n    2026\n:::\n\n## Summary\n";
        let tabled = as_pipe_tables(text);
        assert_eq!(
            tabled,
            "# Review\n\n|  |  |\n|---|---|\n| Severity | SEV-2 |\n| Incident date | 3 February 2026 |\n\n\n\n\n\n\n## Summary\n"
        );
        assert_eq!(tabled.lines().count(), text.lines().count());
    }

    #[test]
    fn a_header_row_and_backtick_fences() {
        let text = "```{list-table} Follow-ups\n:header-rows: 1\n* - Action\n  - Owner\n* - Add alert\n  - Ann\n```\n";
        assert_eq!(as_pipe_tables(text), "| Action | Owner |\n|---|---|\n| Add alert | Ann |\n\n\n\n\n");
    }

    #[test]
    fn what_is_not_a_list_table_is_left_alone() {
        for kept in [":::{list-table}\n* - a\n", ":::{list-table}\nText.\n:::\n", ":::{note}\n* - a\n:::\n"] {
            assert_eq!(as_pipe_tables(kept), kept);
        }
    }
}
