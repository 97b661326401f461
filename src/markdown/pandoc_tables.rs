//! Pandoc's own tables, as `pandoc -t markdown` writes a Word document's: grid tables
//! (`+----+----+` borders, `|` rows, `+====+` under a header) and multiline or simple tables
//! (columns marked by runs of dashes, rows parted by blank lines). CommonMark reads neither;
//! each becomes a pipe table the readers and the renderer know. The table keeps its place:
//! its rows are written from its first line on and the lines it took besides are left blank,
//! so every line after it keeps its number.

use std::borrow::Cow;

/// `text` with pandoc's grid, multiline and simple tables as pipe tables (borrowed when it
/// has none).
pub(crate) fn as_pipe_tables(text: &str) -> Cow<'_, str> {
    // Most pages have no such table: a grid's corner or two dash runs side by side.
    let maybe = ["+-", "+=", "-- -", "-  -"].iter().any(|mark| text.contains(mark));
    if !maybe {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    if !lines.iter().any(|line| is_grid_border(line) || dash_runs(line).is_some_and(|runs| runs.len() >= 2)) {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut index = 0;
    let mut fenced = false;
    while index < lines.len() {
        let line = lines[index];
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            fenced = !fenced;
        }
        let table = if fenced { None } else { grid_table(&lines, index).or_else(|| dashed_table(&lines, index)) };
        match table {
            Some((rows, header, end)) => {
                let written = pipe_table(&header, &rows);
                let taken = end - index;
                let mut written: Vec<String> = written.into_iter().take(taken).collect();
                written.resize(taken, String::new());
                out.extend(written);
                index = end;
            }
            None => {
                out.push(line.to_owned());
                index += 1;
            }
        }
    }
    Cow::Owned(out.join("\n"))
}

/// A table's cells, row by row.
pub(super) type Rows = Vec<Vec<String>>;

/// The pipe table of `header` (empty cells when it has none) over `rows`.
pub(super) fn pipe_table(header: &[String], rows: &Rows) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).chain([header.len()]).max().unwrap_or(0);
    let line = |cells: &[String]| {
        let mut cells: Vec<String> = cells.iter().map(|cell| cell.replace('|', "\\|")).collect();
        cells.resize(columns, String::new());
        format!("| {} |", cells.join(" | "))
    };
    let mut written = vec![line(header), super::block_tables::delimiter(columns)];
    written.extend(rows.iter().map(|row| line(row)));
    written
}

/// `+-----+------+` or `+=====+======+`.
fn is_grid_border(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.len() > 2
        && trimmed.starts_with('+')
        && trimmed.ends_with('+')
        && trimmed.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
        && trimmed.contains(['-', '='])
}

/// A grid table starting on line `start`: its rows, its header and the line after it.
fn grid_table(lines: &[&str], start: usize) -> Option<(Rows, Vec<String>, usize)> {
    if !is_grid_border(lines[start]) {
        return None;
    }
    let top: Vec<char> = lines[start].chars().collect();
    let bounds: Vec<usize> = top.iter().enumerate().filter(|(_, c)| **c == '+').map(|(at, _)| at).collect();
    let mut end = start + 1;
    while end < lines.len() && (is_grid_border(lines[end]) || lines[end].trim_start().starts_with('|')) {
        end += 1;
    }
    if end - start < 3 || !is_grid_border(lines[end - 1]) || bounds.len() < 2 {
        return None;
    }
    let mut rows: Rows = Vec::new();
    let mut header = Vec::new();
    let mut cells: Vec<Vec<String>> = vec![Vec::new(); bounds.len() - 1];
    for line in &lines[start + 1..end] {
        if is_grid_border(line) {
            let row: Vec<String> = cells.iter().map(|parts| parts.join(" ").trim().to_owned()).collect();
            cells = vec![Vec::new(); bounds.len() - 1];
            if line.contains('=') && rows.is_empty() && header.is_empty() {
                header = row;
            } else if row.iter().any(|cell| !cell.is_empty()) {
                rows.push(row);
            }
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (column, pair) in bounds.windows(2).enumerate() {
            let text = column_text(&chars, pair[0] + 1, pair[1]);
            if !text.is_empty() {
                cells[column].push(text);
            }
        }
    }
    Some((rows, header, end))
}

/// Where each run of three or more dashes starts on a line of nothing but such runs.
fn dash_runs(line: &str) -> Option<Vec<usize>> {
    let chars: Vec<char> = line.chars().collect();
    if line.trim().is_empty() || !chars.iter().all(|c| *c == '-' || *c == ' ') {
        return None;
    }
    let mut runs = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if chars[at] == '-' {
            let from = at;
            while at < chars.len() && chars[at] == '-' {
                at += 1;
            }
            if at - from < 3 {
                return None;
            }
            runs.push(from);
        } else {
            at += 1;
        }
    }
    Some(runs)
}

/// A multiline or simple table starting on line `start`: one opened by a line of two or
/// more dash runs (no header) or by a header line over such a line; its rows, its header
/// and the line after it.
fn dashed_table(lines: &[&str], start: usize) -> Option<(Rows, Vec<String>, usize)> {
    let segmented = |line: &str| dash_runs(line).filter(|runs| runs.len() >= 2);
    // A header line over the dashes (`Статус  Количество` / `------  ----------`).
    let (columns, header_lines, body_start) = match segmented(lines[start]) {
        Some(columns) => (columns, Vec::new(), start + 1),
        // A multiline table with a header: a full-width rule, the header's lines, the
        // columns' dashes (then rows parted by blank lines, and the closing rule).
        None if framed_header(lines, start).is_some() => {
            let (columns, under) = framed_header(lines, start)?;
            (columns, lines[start + 1..under].to_vec(), under + 1)
        }
        None => {
            let next = lines.get(start + 1)?;
            let columns = segmented(next)?;
            let opens = start == 0 || lines[start - 1].trim().is_empty();
            if lines[start].trim().is_empty() || !opens {
                return None;
            }
            (columns, vec![lines[start]], start + 2)
        }
    };
    let framed = body_start > start + 1 && dash_runs(lines[start]).is_some();
    // The table ends at a line of dashes (then a blank line), or, for a simple table with a
    // header, at the first blank line.
    let mut end = body_start;
    let mut closed = false;
    while end < lines.len() {
        if dash_runs(lines[end]).is_some() {
            closed = true;
            end += 1;
            break;
        }
        if lines[end].trim().is_empty() && !framed && header_lines.len() == 1 && !lines[body_start..end].is_empty() {
            let next_is_row =
                lines.get(end + 1).is_some_and(|line| !line.trim().is_empty() && dash_runs(line).is_none());
            if !next_is_row || !lines[body_start..end].iter().any(|line| line.trim().is_empty()) {
                break;
            }
        }
        end += 1;
    }
    if (header_lines.is_empty() || framed) && !closed || end == body_start {
        return None;
    }
    let body = &lines[body_start..if closed { end - 1 } else { end }];
    let multiline = body.iter().any(|line| line.trim().is_empty());
    let groups: Vec<Vec<&str>> = if multiline {
        body.split(|line| line.trim().is_empty()).filter(|group| !group.is_empty()).map(<[&str]>::to_vec).collect()
    } else {
        body.iter().map(|line| vec![*line]).collect()
    };
    let mut rows: Rows = groups.iter().map(|group| cells_of(group, &columns)).collect();
    let mut header = if header_lines.is_empty() { Vec::new() } else { cells_of(&header_lines, &columns) };
    // A Word table's bold first row is its header.
    let bold = |cell: &String| cell.is_empty() || cell.starts_with("**") && cell.ends_with("**");
    if header.is_empty()
        && rows.first().is_some_and(|row| row.iter().all(bold) && row.iter().any(|cell| !cell.is_empty()))
    {
        header = rows.remove(0).into_iter().map(|cell| cell.trim_matches('*').to_owned()).collect();
    }
    Some((rows, header, end))
}

/// A multiline table's opening on line `start`: a rule of one dash run (after a blank line
/// or first), its header on up to three lines, and the line of the columns' dashes under it
/// (returned with the columns).
fn framed_header(lines: &[&str], start: usize) -> Option<(Vec<usize>, usize)> {
    let opens = start == 0 || lines[start - 1].trim().is_empty();
    if !opens || dash_runs(lines[start])?.len() != 1 {
        return None;
    }
    (start + 2..(start + 5).min(lines.len())).find_map(|under| {
        let header = &lines[start + 1..under];
        let columns = dash_runs(lines[under]).filter(|runs| runs.len() >= 2)?;
        header.iter().all(|line| !line.trim().is_empty() && dash_runs(line).is_none()).then_some((columns, under))
    })
}

/// The cells of a row written over `lines`, each column from where its dashes start to
/// where the next column's start.
fn cells_of(lines: &[&str], columns: &[usize]) -> Vec<String> {
    let mut cells = vec![Vec::new(); columns.len()];
    for line in lines {
        let chars: Vec<char> = line.chars().collect();
        for (column, &from) in columns.iter().enumerate() {
            let text = column_text(&chars, from, columns.get(column + 1).copied().unwrap_or(chars.len()));
            if !text.is_empty() {
                cells[column].push(text);
            }
        }
    }
    cells.into_iter().map(|parts| parts.join(" ")).collect()
}

/// The words of a line's characters `from..to` (clipped to the line), trimmed.
fn column_text(chars: &[char], from: usize, to: usize) -> String {
    let to = to.min(chars.len());
    chars[from.min(to)..to].iter().collect::<String>().trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converted(text: &str) -> String {
        let out = as_pipe_tables(text).into_owned();
        assert_eq!(out.lines().count(), text.lines().count(), "line for line:\n{out}");
        out
    }

    #[test]
    fn a_multiline_table_with_a_header_between_rules() {
        let text = "  --------------------------------------------\n  Свойство            Значение\n  ------------------- ------------------------\n  Автор               Петров Алексей\n\n  Статус              Заменено (см.\n                      ADR-004)\n  --------------------------------------------\n\n# ADR-002\n";
        let out = converted(text);
        assert!(
            out.starts_with(
                "| Свойство | Значение |\n|---|---|\n| Автор | Петров Алексей |\n| Статус | Заменено (см. ADR-004) |\n"
            ),
            "{out}"
        );
        assert!(out.contains("\n# ADR-002"), "{out}");
    }

    #[test]
    fn a_headerless_multiline_table_of_fields() {
        let text = "**АКТ**\n\n  ---------------------- --------------\n  Дата инцидента         29.01.2026\n\n  Время недоступности    1 ч 25 мин\n  сервиса\n  ---------------------- --------------\n\n# 1. Описание\n";
        let out = converted(text);
        assert!(out.contains("| Дата инцидента | 29.01.2026 |\n| Время недоступности сервиса | 1 ч 25 мин |"), "{out}");
        assert!(out.contains("|  |  |\n|---|---|"), "an empty header over fields: {out}");
        assert!(out.ends_with("# 1. Описание\n"), "{out}");
    }

    #[test]
    fn a_bold_first_row_is_the_header_and_a_grid_table_is_read_by_its_borders() {
        let multiline = "  ----------- ------------------\n  **Время**   **Событие**\n\n  10:47       Переключение\n              контроллеров\n  ----------- ------------------\n";
        let out = converted(multiline);
        assert!(out.starts_with("| Время | Событие |\n|---|---|\n| 10:47 | Переключение контроллеров |"), "{out}");
        let grid = "+-----+------------+--------+\n| **№** | **Работа** | **Дн.** |\n+=====+============+========+\n| 1   | Анализ,    | 12     |\n|     | ЧТЗ        |        |\n+-----+------------+--------+\n| 2   | Код        | 30     |\n+-----+------------+--------+\n";
        let out = converted(grid);
        assert!(out.contains("| 1 | Анализ, ЧТЗ | 12 |\n| 2 | Код | 30 |"), "{out}");
    }

    #[test]
    fn a_simple_table_with_a_header_and_plain_markdown_are_kept_apart() {
        let simple = "Итоги:\n\nСтатус        Количество\n------------  ----------\nВыполнено     2\nОтменено      1\n\nДалее.\n";
        let out = converted(simple);
        assert!(out.contains("| Статус | Количество |\n|---|---|\n| Выполнено | 2 |\n| Отменено | 1 |"), "{out}");
        for plain in
            ["# X\n\n---\n\nText\n", "Title\n-----\n", "a | b\n--|--\n1 | 2\n", "```\n--- ---\nx\n--- ---\n```\n"]
        {
            assert_eq!(as_pipe_tables(plain), plain, "{plain}");
        }
    }
}
