//! Yandex Flavored Markdown's multiline tables (Yandex Wiki, Diplodoc) as pipe tables:
//!
//! ```text
//! #|
//! || **Статус** | Принято ||
//! || **Дата** | 20.05.2025 ||
//! |#
//! ```
//!
//! becomes a blank line, then `| **Статус** | Принято |` (the first row is the header), the
//! delimiter row, the other rows, and blank lines for what was left over: the text keeps its
//! number of lines, the first row keeps its line and every later row moves down by one. A
//! row written over several lines is joined into one (its lines' text separated by spaces).
//! A table with another table inside, or one never closed, is left as written.

use std::borrow::Cow;

/// `text` with its YFM multiline tables as pipe tables (borrowed when it has none).
pub(crate) fn as_pipe_tables(text: &str) -> Cow<'_, str> {
    if !text.contains("#|") {
        return Cow::Borrowed(text);
    }
    super::block_tables::replace_blocks(text, |lines, at| {
        let (rows, end) = (lines[at].trim() == "#|").then(|| table_at(lines, at)).flatten()?;
        Some((table_lines(&rows), end))
    })
}

/// The rows (each a list of cells) of the table whose `#|` is line `open`, and the index
/// after its `|#`; `None` when it is not closed, nests another, or holds text outside rows.
fn table_at(lines: &[&str], open: usize) -> Option<(Vec<Vec<String>>, usize)> {
    let mut rows = Vec::new();
    let mut row: Option<String> = None;
    for (at, line) in lines.iter().enumerate().skip(open + 1) {
        let trimmed = line.trim();
        if trimmed == "#|" {
            return None;
        }
        if trimmed == "|#" && row.is_none() {
            return (!rows.is_empty()).then_some((rows, at + 1));
        }
        let text = match row.take() {
            Some(open_row) => format!("{open_row} {trimmed}"),
            None if trimmed.is_empty() => continue,
            None if trimmed.starts_with("||") => trimmed.to_owned(),
            None => return None,
        };
        if text.len() > 2 && text.ends_with("||") {
            rows.push(cells(&text[2..text.len() - 2]));
        } else {
            row = Some(text);
        }
    }
    None
}

/// A row's cells: split at each `|` outside inline code, trimmed.
fn cells(row: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut in_code = false;
    for c in row.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                cell.push(c);
            }
            '|' if !in_code => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            _ => cell.push(c),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

/// `rows` as a pipe table's lines: a blank line where `#|` was, the header, the delimiter and
/// the other rows.
fn table_lines(rows: &[Vec<String>]) -> Vec<String> {
    use super::block_tables::{delimiter, pipe_row};
    let columns = rows.iter().map(Vec::len).max().unwrap_or(1);
    let mut written = vec![String::new(), pipe_row(Some(&rows[0]), columns), delimiter(columns)];
    written.extend(rows[1..].iter().map(|row| pipe_row(Some(row), columns)));
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_of_fields_keeps_its_lines() {
        let text = "# АР-001\n\n#|\n|| **Статус** | Принято ||\n|| **Дата** | 20.05.2025 ||\n|#\n\n## Контекст\n";
        assert_eq!(
            as_pipe_tables(text),
            "# АР-001\n\n\n| **Статус** | Принято |\n|---|---|\n| **Дата** | 20.05.2025 |\n\n## Контекст\n"
        );
    }

    #[test]
    fn rows_over_several_lines_are_joined() {
        let text = "#|\n|| Задача | Срок ||\n|| Алерт на лаг\nс порогом | 01.06.2026 ||\n|#\nТекст.\n";
        let tabled = as_pipe_tables(text);
        assert_eq!(tabled, "\n| Задача | Срок |\n|---|---|\n| Алерт на лаг с порогом | 01.06.2026 |\n\nТекст.\n");
        assert_eq!(tabled.lines().count(), text.lines().count());
    }

    #[test]
    fn code_unclosed_and_nested_tables_are_left_alone() {
        for kept in [
            "```\n#|\n|| a | b ||\n|#\n```\n",
            "#|\n|| a | b ||\n",
            "#|\n|| a | #|\n|| x ||\n|# ||\n|#\n",
            "#|\nText.\n|#\n",
            "Write `#|` to open one.\n",
        ] {
            assert_eq!(as_pipe_tables(kept), kept);
        }
        assert_eq!(as_pipe_tables("#|\n|| `a|b` | c ||\n|#\n"), "\n| `a\\|b` | c |\n|---|---|\n");
    }
}
