//! Tables written as HTML in a Markdown file: what `pandoc -t gfm` writes for a Word table
//! whose cells hold lists or paragraphs, and what wikis' exporters write for theirs. The
//! readers take a table's rows from pipe tables, so a plain HTML table (no cell spanning
//! rows or columns, no table inside it) becomes one: its cells' text, with links, images,
//! bold, italics, strike-through and code kept as Markdown and a cell's paragraphs, list
//! items and line breaks parted by `; `. Any other HTML table is left as it is written.
//!
//! The table keeps its place: the pipe rows are written from its first line on and the lines
//! it took besides are left blank, so the lines after it keep their numbers (a table written
//! on fewer lines than it has rows is the one exception).

use std::borrow::Cow;

use super::pandoc_tables::{pipe_table, Rows};

/// `text` with its plain HTML tables as pipe tables (borrowed when it has none).
pub(crate) fn as_pipe_tables(text: &str) -> Cow<'_, str> {
    if !text.contains("<table") && !text.contains("<TABLE") {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut fence: Option<&str> = None;
    let mut index = 0;
    let mut changed = false;
    while index < lines.len() {
        let line = lines[index];
        let trimmed = line.trim_start();
        if let Some(mark) = fence {
            if trimmed.starts_with(mark) {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
        } else if let Some((written, end)) = table_at(&lines, index) {
            let taken = end - index;
            let mut written = written;
            if written.len() < taken {
                written.resize(taken, String::new());
            }
            out.extend(written);
            index = end;
            changed = true;
            continue;
        }
        out.push(line.to_owned());
        index += 1;
    }
    if changed {
        Cow::Owned(out.join("\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The pipe table of a plain HTML table opening an HTML block on line `start`, and the line
/// after the table.
fn table_at(lines: &[&str], start: usize) -> Option<(Vec<String>, usize)> {
    let line = lines[start];
    let indent = line.len() - line.trim_start().len();
    let opens = line.trim_start().get(..6).is_some_and(|head| head.eq_ignore_ascii_case("<table"));
    let after_blank = start == 0 || lines[start - 1].trim().is_empty();
    if indent > 3 || !opens || !after_blank {
        return None;
    }
    let mut end = start;
    while end < lines.len() && !lines[end].to_ascii_lowercase().contains("</table>") {
        end += 1;
    }
    if end == lines.len() || !lines[end].trim_end().to_ascii_lowercase().ends_with("</table>") {
        return None;
    }
    let source = lines[start..=end].join("\n");
    let (header, rows) = read_table(&source)?;
    if let Some(fields) = field_card(&header, &rows) {
        return Some((fields, end + 1));
    }
    Some((pipe_table(&header, &rows), end + 1))
}

/// A Google Doc's document-info table (Docs to Markdown writes it as HTML): no header, rows
/// of up to three cells that each hold a field or paragraphs of them (`Status: Approved`,
/// `Decision date: March 4, 2026`). Its fields, a line each, as the page's header would state
/// them; `None` for a table of anything else.
fn field_card(header: &[String], rows: &Rows) -> Option<Vec<String>> {
    if !header.is_empty() || rows.is_empty() || rows.iter().any(|row| row.len() > 3) {
        return None;
    }
    let parts: Vec<&str> = rows.iter().flatten().flat_map(|cell| cell.split("; ")).map(str::trim).collect();
    if parts.len() > 16 {
        return None;
    }
    let is_field = |part: &&str| {
        part.split_once(": ").is_some_and(|(key, value)| {
            let words = key.split_whitespace().count();
            (1..=4).contains(&words)
                && key.starts_with(char::is_alphabetic)
                && !key.contains(['[', '*', '|', '('])
                && !value.trim().is_empty()
        })
    };
    (parts.len() >= 2 && parts.iter().all(is_field)).then(|| parts.iter().map(|part| (*part).to_owned()).collect())
}

/// One piece of an HTML table's source.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'s> {
    /// A tag: its lower-cased name, whether it closes, and its attributes as written.
    Tag { name: String, closing: bool, attributes: &'s str },
    /// Text between tags.
    Text(&'s str),
}

/// The pieces of `source`, or `None` when a tag is never closed.
fn pieces(source: &str) -> Option<Vec<Piece<'_>>> {
    let mut pieces = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            pieces.push(Piece::Text(&rest[..open]));
        }
        let close = rest[open..].find('>')? + open;
        let inner = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if inner.starts_with('!') {
            continue; // a comment
        }
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/').trim_end_matches('/');
        let name_end = inner.find(|c: char| c.is_whitespace()).unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        pieces.push(Piece::Tag { name, closing, attributes: &inner[name_end..] });
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    Some(pieces)
}

/// The header and rows of a plain table, or `None` for a table this module leaves alone.
fn read_table(source: &str) -> Option<(Vec<String>, Rows)> {
    let mut rows: Vec<(bool, Vec<String>)> = Vec::new();
    let mut cell: Option<String> = None;
    let mut in_head = false;
    let mut tables = 0;
    let mut links: Vec<Option<String>> = Vec::new();
    for piece in pieces(source)? {
        let (name, closing, attributes) = match piece {
            Piece::Text(text) => {
                if let Some(cell) = cell.as_mut() {
                    push_words(cell, text);
                }
                continue;
            }
            Piece::Tag { name, closing, attributes } => (name, closing, attributes),
        };
        let spans = ["rowspan", "colspan"]
            .iter()
            .any(|span| attribute(attributes, span).is_some_and(|count| count.trim() != "1"));
        match (name.as_str(), closing) {
            ("table", false) => {
                tables += 1;
                if tables > 1 {
                    return None;
                }
            }
            ("thead", opening) => in_head = !opening,
            ("tr", false) => rows.push((in_head, Vec::new())),
            ("td" | "th", false) => {
                if spans {
                    return None;
                }
                let row = rows.last_mut()?;
                row.0 |= name == "th" && row.1.is_empty();
                if name == "td" && !in_head {
                    row.0 = false;
                }
                cell = Some(String::new());
            }
            ("td" | "th", true) => {
                let text = cell.take()?;
                rows.last_mut()?.1.push(text.trim().trim_end_matches(';').trim().to_owned());
            }
            _ => {
                if let Some(cell) = cell.as_mut() {
                    inline_mark(cell, &name, closing, attributes, &mut links);
                }
            }
        }
    }
    if rows.iter().all(|(_, cells)| cells.is_empty()) {
        return None;
    }
    // Google Docs' export writes its header row as `<td><strong>Задача</strong></td>`: a first
    // row of cells all in bold, over more rows, heads the table.
    let bold_first = rows.len() > 1
        && rows.first().is_some_and(|(_, cells)| {
            cells.len() > 1 && cells.iter().all(|cell| !cell.is_empty() && unbolded(cell) != cell.as_str())
        });
    let header = match rows.first() {
        // A header cell's own bold says nothing more.
        Some((true, _)) => rows.remove(0).1.into_iter().map(|cell| unbolded(&cell).to_owned()).collect(),
        Some(_) if bold_first => rows.remove(0).1.into_iter().map(|cell| unbolded(&cell).to_owned()).collect(),
        _ => Vec::new(),
    };
    let rows = rows.into_iter().map(|(_, cells)| cells).filter(|cells| !cells.is_empty()).collect();
    Some((header, rows))
}

/// `cell` without the bold marks around all of it.
fn unbolded(cell: &str) -> &str {
    cell.strip_prefix("**")
        .and_then(|inner| inner.strip_suffix("**"))
        .filter(|inner| !inner.contains("**"))
        .unwrap_or(cell)
}

/// Appends `text` to `cell` with its runs of whitespace (line breaks too) as one space.
fn push_words(cell: &mut String, text: &str) {
    let starts_spaced = text.starts_with(char::is_whitespace);
    let ends_spaced = text.ends_with(char::is_whitespace);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        if !text.is_empty() && !cell.is_empty() && !cell.ends_with(' ') {
            cell.push(' ');
        }
        return;
    }
    if starts_spaced && !cell.is_empty() && !cell.ends_with(' ') {
        cell.push(' ');
    }
    cell.push_str(&words.join(" "));
    if ends_spaced {
        cell.push(' ');
    }
}

/// Writes the Markdown of an inline tag inside a cell: `**` for bold, `*` for italics, `~~`
/// for strike-through, backticks for code, a link's brackets and an image; a paragraph, list
/// item or line break parts the cell's text with `; `. `links` holds the target of each open
/// `<a>` (none for an anchor without `href`).
fn inline_mark(cell: &mut String, name: &str, closing: bool, attributes: &str, links: &mut Vec<Option<String>>) {
    let mark = match name {
        "strong" | "b" => "**",
        "em" | "i" => "*",
        "s" | "del" | "strike" => "~~",
        "code" => "`",
        "p" | "li" | "br" | "div" | "tr" => {
            let parts = !cell.trim().is_empty() && !cell.trim_end().ends_with(';');
            if (closing || name == "br" || name == "li") && parts {
                let kept = cell.trim_end().len();
                cell.truncate(kept);
                cell.push_str("; ");
            }
            return;
        }
        "a" => {
            if closing {
                if let Some(Some(href)) = links.pop() {
                    let kept = cell.trim_end().len();
                    cell.truncate(kept);
                    cell.push_str(&format!("]({href})"));
                }
            } else {
                let href = attribute(attributes, "href").map(str::to_owned);
                if href.is_some() {
                    cell.push('[');
                }
                links.push(href);
            }
            return;
        }
        "img" => {
            if let Some(src) = attribute(attributes, "src") {
                let alt = attribute(attributes, "alt").unwrap_or("");
                cell.push_str(&format!("![{alt}]({src})"));
            }
            return;
        }
        _ => return,
    };
    if closing {
        let kept = cell.trim_end().len();
        let spaced = kept < cell.len();
        cell.truncate(kept);
        cell.push_str(mark);
        if spaced {
            cell.push(' ');
        }
    } else {
        cell.push_str(mark);
    }
}

/// The value of attribute `name` in a tag's `attributes` (quoted with `"` or `'`, or bare).
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let lower = attributes.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let before_ok = at == 0 || lower[..at].ends_with(char::is_whitespace);
        let rest = attributes[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value = rest[1..].trim_start();
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or(""),
            _ => value.split(char::is_whitespace).next().unwrap_or(""),
        });
    }
    None
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
    fn pandocs_gfm_table_of_actions_becomes_a_pipe_table() {
        let text = "## Корректирующие меры\n\n<table>\n<thead>\n<tr class=\"header\">\n<th><strong>Мера</strong></th>\n<th>Ответственный</th>\n<th>Срок</th>\n</tr>\n</thead>\n<tbody>\n<tr class=\"odd\">\n<td><p>Добавить алерт</p>\n<ul>\n<li>на задержку</li>\n<li>на ошибки</li>\n</ul></td>\n<td><a href=\"team.md\">Иванов И.</a></td>\n<td>15.04.2026</td>\n</tr>\n</tbody>\n</table>\n\nДалее.\n";
        let out = converted(text);
        assert!(
            out.contains("| Мера | Ответственный | Срок |\n|---|---|---|\n| Добавить алерт; на задержку; на ошибки | [Иванов И.](team.md) | 15.04.2026 |"),
            "{out}"
        );
        assert!(out.ends_with("\n\nДалее.\n"), "{out}");
    }

    #[test]
    fn a_first_row_all_in_bold_is_the_header() {
        let text = "<table>\n  <tr>\n   <td><strong>Задача</strong>\n   </td>\n   <td><strong>Срок</strong>\n   </td>\n  </tr>\n  <tr>\n   <td>Вынести шлюз\n   </td>\n   <td>15.10.2025\n   </td>\n  </tr>\n</table>\n";
        let out = converted(text);
        assert!(out.starts_with("| Задача | Срок |\n|---|---|\n| Вынести шлюз | 15.10.2025 |\n"), "{out}");
        assert_eq!(out.lines().count(), text.lines().count());
    }

    #[test]
    fn a_google_doc_s_info_table_is_its_fields() {
        let text = "# ADR-003\n\n<table>\n  <tr>\n   <td>\n<p>\nStatus: Approved</p>\n\n<p>\nDecision date: March 4, 2026</p>\n\n<p>\nSupersedes: <a href=\"ADR-001.md\">ADR-001</a></p>\n\n   </td>\n   <td>\n<p>\nOwner: Lena Kowalski</p>\n\n   </td>\n  </tr>\n</table>\n\n## Context\n";
        let out = converted(text);
        assert!(
            out.starts_with("# ADR-003\n\nStatus: Approved\nDecision date: March 4, 2026\nSupersedes: [ADR-001](ADR-001.md)\nOwner: Lena Kowalski\n\n"),
            "{out}"
        );
        let data = "<table>\n<tr><td>Q1: Payments SDK</td><td>shipped in March, two weeks late</td></tr>\n</table>\n";
        assert!(converted(data).starts_with("|  |  |"), "cells that are not all fields stay a table");
    }

    #[test]
    fn a_table_of_fields_without_header_and_inline_marks() {
        let text = "<table><tr><td><b>Статус</b></td><td><s>Черновик</s> Принято</td></tr><tr><td>Дата</td><td>04.03.2026</td></tr></table>\n";
        let out = as_pipe_tables(text).into_owned();
        assert!(
            out.contains("|  |  |\n|---|---|\n| **Статус** | ~~Черновик~~ Принято |\n| Дата | 04.03.2026 |"),
            "{out}"
        );
    }

    #[test]
    fn spanning_nested_fenced_or_inline_tables_are_left_alone() {
        for kept in [
            "<table><tr><td colspan=\"2\">x</td></tr></table>\n",
            "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>\n",
            "```html\n<table><tr><td>x</td></tr></table>\n```\n",
            "Text\n<table><tr><td>x</td></tr></table>\n",
            "<table><tr><td>never closed\n",
            "    <table><tr><td>code</td></tr></table>\n",
        ] {
            assert_eq!(as_pipe_tables(kept), kept, "{kept}");
        }
    }

    #[test]
    fn pipes_in_cells_are_escaped_and_attributes_read_in_any_quote() {
        assert_eq!(attribute(" class='x' href='a.md'", "href"), Some("a.md"));
        assert_eq!(attribute(" data-href=\"no\" href=b.md", "href"), Some("b.md"));
        let out = converted("<table>\n<tr><th>A</th></tr>\n<tr><td>x | y</td></tr>\n</table>\n");
        assert!(out.contains("| x \\| y |"), "{out}");
    }
}
