//! The one reading of Markdown: comrak parses a body once, the page is rendered from that
//! tree, and the deliverable readers (metadata, action items, roadmap, estimate, verdict)
//! read its structure through an [`Outline`] — what each source line is (a heading, the
//! first line of a list item, a table row, code…) as the tree says, beside the line's text.
//!
//! The readers keep reading the words of a line themselves (`**Статус:** Принято`); what a
//! line *is* comes from here, so a setext heading, an indented code block, a table without
//! outer pipes or a `- [ ]` inside a fence are what comrak renders them as.

use std::borrow::Cow;

use comrak::nodes::{AstNode, ListType, NodeValue};
use comrak::{parse_document, Arena, Options};

use super::lines::{any_atx_heading, list_item, Lists};

/// The Markdown dialect every body is read in: GitHub's (tables, task lists, strikethrough,
/// autolinks, footnotes, alerts) plus emoji shortcodes. Rendering options are added by
/// [`crate::markdown`].
pub(crate) fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.autolink = true;
    options.extension.footnotes = true;
    options.extension.alerts = true;
    options.extension.shortcodes = true;
    // Obsidian's and wikis' `[[Note]]`, `[[Note|label]]`, `![[picture.png]]`.
    options.extension.wikilinks_title_after_pipe = true;
    options
}

/// Parses the body of a normalised text: lines `1..=front_matter_lines` are read as blank
/// lines, so every node's source position is its line in the file.
pub(crate) fn parse<'a>(arena: &'a Arena<'a>, text: &str, front_matter_lines: usize) -> &'a AstNode<'a> {
    parse_document(arena, &blank_leading_lines(text, front_matter_lines), &options())
}

/// `text` with its first `count` lines emptied, line numbers kept.
pub(crate) fn blank_leading_lines(text: &str, count: usize) -> Cow<'_, str> {
    if count == 0 {
        return Cow::Borrowed(text);
    }
    let mut lines = text.split_inclusive('\n');
    let mut out = String::with_capacity(text.len());
    for _ in 0..count {
        if lines.next().is_some() {
            out.push('\n');
        }
    }
    out.extend(lines);
    Cow::Owned(out)
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

/// What one source line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role<'t> {
    /// An empty or whitespace-only line outside code.
    Blank,
    /// A line of the front matter.
    FrontMatter,
    /// Paragraph text (a quote's too), a thematic break, or a list item's later line.
    Text,
    /// A line of a fenced (fences included) or indented code block.
    Code,
    /// A line of an HTML block (a comment, `<details>`…).
    Html,
    /// The first line of a heading.
    Heading(Heading<'t>),
    /// The `===` / `---` under a setext heading.
    Underline,
    /// The first line of a list item.
    Item(Item<'t>),
    /// A table row (its text from the row's first column: outer pipes optional).
    Row {
        /// The header row.
        header: bool,
        /// The row as written.
        text: &'t str,
    },
    /// `|---|:--:|` under a table's header.
    Delimiter,
}

/// A heading: its level and its text as written (without `#` marks or underline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading<'t> {
    /// 1 to 6.
    pub level: usize,
    /// The text as written, trimmed.
    pub text: &'t str,
    /// Written over a `===` / `---` line.
    pub setext: bool,
    /// 0-based index of the heading's last line (the underline of a setext heading).
    pub last: usize,
}

/// The first line of a list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item<'t> {
    /// The text after the bullet (or number) and the task mark.
    pub text: &'t str,
    /// The task-list mark: `[ ]`, `[x]`, and tpmdocs' `[-]` / `[~]` for dropped work.
    pub mark: Option<TaskMark>,
    /// `1.` / `1)` rather than `-`, `*`, `+`.
    pub ordered: bool,
    /// Bytes before the bullet on its line.
    pub indent: usize,
    /// Only whitespace before the bullet (not inside a quote, not after another bullet).
    pub at_line_start: bool,
    /// 0-based index of the last line of the item's first paragraph: an item whose text
    /// goes on over more lines ends there (see [`Outline::item_text`]).
    pub last: usize,
    /// How many list items it is nested in (0 for an item of a top-level list).
    pub depth: usize,
}

impl Item<'_> {
    /// At most three spaces in and not inside a quote: an item of a list written at the
    /// left margin (or nested one level), as the action and roadmap readers take them.
    pub(crate) fn near_margin(&self) -> bool {
        self.at_line_start && self.indent <= 3
    }
}

/// What each line of a document is, by the comrak tree, beside its text.
#[derive(Debug, Clone)]
pub(crate) struct Outline<'t> {
    text: &'t str,
    /// Each line without its line break, and the byte offset it starts at.
    lines: Vec<&'t str>,
    starts: Vec<usize>,
    roles: Vec<Role<'t>>,
    /// How many block quotes each line is inside.
    quotes: Vec<u8>,
}

impl<'t> Outline<'t> {
    /// Parses `text` (normalised) on its own and outlines it.
    pub(crate) fn read(text: &'t str, front_matter_lines: usize) -> Self {
        let arena = Arena::new();
        let root = parse(&arena, text, front_matter_lines);
        Self::of(root, text, front_matter_lines)
    }

    /// Outlines `text` from `root`, the tree `outline::parse` made of it.
    pub(crate) fn of<'a>(root: &'a AstNode<'a>, text: &'t str, front_matter_lines: usize) -> Self {
        let mut starts = Vec::new();
        let mut offset = 0;
        let lines: Vec<&'t str> = text
            .split_inclusive('\n')
            .map(|piece| {
                starts.push(offset);
                offset += piece.len();
                piece.strip_suffix('\n').unwrap_or(piece)
            })
            .collect();
        let roles = lines
            .iter()
            .enumerate()
            .map(|(index, line)| match index {
                _ if index < front_matter_lines => Role::FrontMatter,
                _ if line.trim().is_empty() => Role::Blank,
                _ => Role::Text,
            })
            .collect();
        let quotes = vec![0; lines.len()];
        let mut outline = Self { text, lines, starts, roles, quotes };
        for node in root.descendants() {
            outline.mark(node);
        }
        // Kramdown's attribute lists (`{: .no_toc }`, `{:toc}`) under a heading or a
        // paragraph style it for Jekyll; they say nothing.
        for index in 0..outline.lines.len() {
            let line = outline.lines[index].trim();
            if outline.roles[index] == Role::Text && line.starts_with("{:") && line.ends_with('}') {
                outline.roles[index] = Role::Blank;
            }
            // `<a id="org8b13d05"></a>` over each heading of an Org-mode export (ox-md): an
            // anchor, that shows nothing, no more than a blank line.
            if outline.roles[index] == Role::Text && is_empty_anchor(line) {
                outline.roles[index] = Role::Blank;
            }
            // SiYuan's, as the dialect pass keeps a block's id: no more than a blank line.
            if outline.roles[index] == Role::Html && crate::markdown::dialects::block_id_in_comment(line).is_some() {
                outline.roles[index] = Role::Blank;
            }
            // A quote's empty line (`>`) parts its paragraphs as a blank line does.
            if outline.roles[index] == Role::Text
                && outline.quotes[index] > 0
                && outline.content(index).trim().is_empty()
            {
                outline.roles[index] = Role::Blank;
            }
        }
        outline
    }

    /// Records what `node` says about its lines. Nodes come in document order, parents
    /// before children, so a list item's first line that holds a heading is a heading.
    fn mark<'a>(&mut self, node: &'a AstNode<'a>) {
        let data = node.data.borrow();
        let (first, last) = (data.sourcepos.start.line.saturating_sub(1), data.sourcepos.end.line.saturating_sub(1));
        let column = data.sourcepos.start.column.saturating_sub(1);
        match &data.value {
            NodeValue::CodeBlock(_) => self.fill(first, last, Role::Code),
            NodeValue::HtmlBlock(_) => self.fill(first, last, Role::Html),
            // A GitHub alert (`> [!NOTE]`), and the asides of site generators written as one, is a
            // quote whose lines are read like any others.
            NodeValue::BlockQuote | NodeValue::Alert(_) => {
                for depth in self.quotes.iter_mut().take(last + 1).skip(first) {
                    *depth = depth.saturating_add(1);
                }
            }
            NodeValue::Heading(heading) => {
                let setext = heading.setext;
                let text_last = if setext { last.saturating_sub(1).max(first) } else { first };
                let text = without_anchor(self.heading_text(first, text_last, column, setext));
                let level = usize::from(heading.level);
                self.set(first, Role::Heading(Heading { level, text, setext, last }));
                if setext && last > first {
                    self.fill(first + 1, last - 1, Role::Text);
                    self.set(last, Role::Underline);
                }
            }
            NodeValue::Item(_) | NodeValue::TaskItem(_) => self.mark_item(node, first, column),
            NodeValue::TableRow(header) => {
                let text = self.line_from(first, column).trim_end();
                self.set(first, Role::Row { header: *header, text });
                if *header {
                    self.set(first + 1, Role::Delimiter);
                }
            }
            _ => {}
        }
    }

    /// The text of a heading on lines `first..=last`, its marks left out.
    fn heading_text(&self, first: usize, last: usize, column: usize, setext: bool) -> &'t str {
        let line = self.line_from(first, column);
        if !setext {
            return any_atx_heading(line).map_or(line.trim(), |(_, text)| text);
        }
        if last == first {
            return line.trim();
        }
        // A heading over several lines: one slice of the text from its start to its end.
        let start = self.starts[first] + self.lines[first].len() - line.len();
        let end = self.starts.get(last).map_or(start, |at| at + self.lines[last].len());
        self.text.get(start..end).map_or(line.trim(), str::trim)
    }

    /// Records the list item `node` whose first line is `index`, its bullet at byte `column`.
    fn mark_item<'a>(&mut self, node: &'a AstNode<'a>, index: usize, column: usize) {
        let list_type = |node: &'a AstNode<'a>| match &node.data.borrow().value {
            NodeValue::List(list) => Some(list.list_type),
            _ => None,
        };
        let ordered = node.parent().and_then(list_type) == Some(ListType::Ordered);
        let Some(whole) = self.lines.get(index).copied() else { return };
        let line = self.line_from(index, column);
        let prefix = &whole[..whole.len() - line.len()];
        let lists = if ordered { Lists::BulletedOrNumbered } else { Lists::Bulleted };
        let Some(read) = list_item(line, lists) else { return };
        let depth = node
            .ancestors()
            .skip(1)
            .filter(|ancestor| matches!(ancestor.data.borrow().value, NodeValue::Item(_) | NodeValue::TaskItem(_)))
            .count();
        let item = Item {
            text: without_clause_number(read.text),
            mark: read.mark,
            ordered,
            indent: prefix.len(),
            at_line_start: prefix.chars().all(char::is_whitespace),
            last: paragraph_end(node).unwrap_or(index).max(index),
            depth,
        };
        self.set(index, Role::Item(item));
    }

    /// Line `index` from byte `column` (the whole line when the column is not on a
    /// character boundary).
    fn line_from(&self, index: usize, column: usize) -> &'t str {
        let line = self.lines.get(index).copied().unwrap_or("");
        line.get(column..).unwrap_or(line)
    }

    fn set(&mut self, index: usize, role: Role<'t>) {
        if let Some(slot) = self.roles.get_mut(index) {
            if *slot != Role::FrontMatter {
                *slot = role;
            }
        }
    }

    fn fill(&mut self, first: usize, last: usize, role: Role<'t>) {
        for index in first..=last {
            self.set(index, role);
        }
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        self.lines.len()
    }

    /// The text of line `index` (0-based).
    pub(crate) fn line(&self, index: usize) -> &'t str {
        self.lines.get(index).copied().unwrap_or("")
    }

    /// How many block quotes line `index` is inside.
    pub(crate) fn quote_depth(&self, index: usize) -> u8 {
        self.quotes.get(index).copied().unwrap_or(0)
    }

    /// The text of line `index` without the `>` marks of the quotes it is in.
    pub(crate) fn content(&self, index: usize) -> &'t str {
        let mut text = self.line(index);
        for _ in 0..self.quotes.get(index).copied().unwrap_or(0) {
            let Some(rest) = text.trim_start().strip_prefix('>') else { break };
            text = rest.strip_prefix(' ').unwrap_or(rest);
        }
        text
    }

    /// The index after the paragraph line `index` is in: its first line that is not text.
    pub(crate) fn paragraph_end(&self, index: usize) -> usize {
        (index..self.len()).find(|&at| self.role(at) != Role::Text).unwrap_or(self.len())
    }

    /// The lines of the paragraph from line `index` on, trimmed and joined with spaces.
    pub(crate) fn paragraph_text(&self, index: usize) -> String {
        (index..self.paragraph_end(index)).map(|line| self.content(line).trim()).collect::<Vec<_>>().join(" ")
    }

    /// The whole text of the item whose first line is `index`: its first paragraph, its
    /// lines joined with spaces (`- [ ] Alert on retries` / `  (owner: Dana, due: …)`).
    pub(crate) fn item_text(&self, index: usize, item: &Item<'t>) -> Cow<'t, str> {
        if item.last <= index {
            return Cow::Borrowed(item.text);
        }
        let mut text = item.text.trim_end().trim_end_matches('\\').trim_end().to_owned();
        for line in index + 1..=item.last {
            let more = self.content(line).trim().trim_end_matches('\\').trim_end();
            if !more.is_empty() {
                text.push(' ');
                text.push_str(more);
            }
        }
        Cow::Owned(text)
    }

    /// The lines' texts.
    pub(crate) fn lines(&self) -> &[&'t str] {
        &self.lines
    }

    /// What line `index` is (blank past the end).
    pub(crate) fn role(&self, index: usize) -> Role<'t> {
        self.roles.get(index).copied().unwrap_or(Role::Blank)
    }

    /// Each line's index, text and role, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &'t str, Role<'t>)> + '_ {
        self.lines.iter().zip(&self.roles).enumerate().map(|(index, (line, role))| (index, *line, *role))
    }

    /// The heading on line `index`, if one starts there.
    pub(crate) fn heading(&self, index: usize) -> Option<Heading<'t>> {
        match self.role(index) {
            Role::Heading(heading) => Some(heading),
            _ => None,
        }
    }

    /// One past the last row of the table whose row is on line `index`.
    pub(crate) fn table_end(&self, index: usize) -> usize {
        (index..self.len())
            .find(|&at| !matches!(self.role(at), Role::Row { .. } | Role::Delimiter))
            .unwrap_or(self.len())
    }
}

/// The 0-based last line of an item's first child when it is a paragraph.
/// A heading's words without the anchor a dialect put before them (`<a id="status"></a>Status`
/// of pandoc's `## Status {#status}` and Writerside's `{id="status"}`).
fn without_anchor(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("<a ") else { return text };
    rest.split_once("</a>").map_or(text, |(tag, after)| {
        if tag.contains("id=") || tag.contains("name=") {
            after.trim_start()
        } else {
            text
        }
    })
}

fn paragraph_end<'a>(item: &'a AstNode<'a>) -> Option<usize> {
    let child = item.first_child()?;
    let data = child.data.borrow();
    matches!(data.value, NodeValue::Paragraph).then(|| data.sourcepos.end.line.saturating_sub(1))
}

/// `2.1. СУБД должна …` (a paper's clause, written as a list item): the clause without its
/// number, which says where it stands, not what it says.
fn without_clause_number(text: &str) -> &str {
    let mut rest = text;
    let mut parts = 0;
    loop {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if digits == 0 || digits > 3 {
            return text;
        }
        parts += 1;
        let Some(after) = rest[digits..].strip_prefix('.') else { return text };
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            rest = after;
            continue;
        }
        return match after.strip_prefix(' ') {
            Some(clause) if parts >= 2 => clause.trim_start(),
            _ => text,
        };
    }
}

/// `<a id="org8b13d05"></a>`, `<a name="top"></a>`: an empty anchor, alone on its line.
fn is_empty_anchor(line: &str) -> bool {
    let Some(open) = line.strip_prefix("<a ").and_then(|rest| rest.strip_suffix("</a>")) else { return false };
    let attributes = open.trim_end().strip_suffix('>').unwrap_or_default().trim();
    (attributes.starts_with("id=") || attributes.starts_with("name=")) && !attributes.contains(['<', '>'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<Role<'_>> {
        Outline::read(text, 0).roles
    }

    #[test]
    fn headings_of_both_kinds_and_their_underlines() {
        let text = "Use Kafka\n=========\n\nStatus\n------\n\nAccepted\n\n## Context ##\n";
        let outline = Outline::read(text, 0);
        let heading = |index| outline.heading(index).map(|h| (h.level, h.text, h.setext, h.last));
        assert_eq!(heading(0), Some((1, "Use Kafka", true, 1)));
        assert_eq!(outline.role(1), Role::Underline);
        assert_eq!(heading(3), Some((2, "Status", true, 4)));
        assert_eq!(outline.role(6), Role::Text);
        assert_eq!(heading(8), Some((2, "Context", false, 8)));
    }

    #[test]
    fn a_heading_over_two_lines_is_one_heading() {
        let outline = Outline::read("Миграция с MySQL\nна PostgreSQL\n===\n", 0);
        assert_eq!(outline.heading(0).map(|h| h.text), Some("Миграция с MySQL\nна PostgreSQL"));
        assert_eq!(outline.role(1), Role::Text);
        assert_eq!(outline.role(2), Role::Underline);
    }

    #[test]
    fn a_quote_s_empty_line_parts_its_paragraphs() {
        let roles = roles("> [!CAUTION]\n>\n> **Критичность:** Критичный\n> **Время влияния:** с 11:40 до 12:27\n");
        assert_eq!(roles[..4], [Role::Text, Role::Blank, Role::Text, Role::Text]);
    }

    #[test]
    fn code_of_both_kinds_hides_what_looks_like_structure() {
        let text = "Текст\n\n```\n- [ ] не пункт\n# не заголовок\n```\n\n    - [ ] и это код\n";
        let roles = roles(text);
        assert!(roles[2..=5].iter().all(|role| *role == Role::Code), "{roles:?}");
        assert_eq!(roles[7], Role::Code);
        assert_eq!(roles[6], Role::Blank);
    }

    #[test]
    fn list_items_with_marks_depth_and_quotes() {
        let text = "- [x] Откат\n  - [ ] Вложенный\n1. [-] Отменено\n\n> - [ ] В цитате\n";
        let outline = Outline::read(text, 0);
        let item = |index| match outline.role(index) {
            Role::Item(item) => Some((item.text, item.mark, item.ordered, item.near_margin())),
            _ => None,
        };
        assert_eq!(item(0), Some(("Откат", Some(TaskMark::Done), false, true)));
        assert!(matches!(outline.role(1), Role::Item(nested) if nested.depth == 1));
        assert_eq!(item(1), Some(("Вложенный", Some(TaskMark::Open), false, true)));
        assert_eq!(item(2), Some(("Отменено", Some(TaskMark::Dropped), true, true)));
        assert_eq!(item(4).map(|item| item.3), Some(false), "an item in a quote is not at the margin");
    }

    #[test]
    fn a_paragraph_line_that_only_looks_like_an_item_is_text() {
        // A list starting at 2 cannot interrupt a paragraph: GitHub shows one paragraph.
        let roles = roles("Шаги выполнены\n2. второй\n");
        assert_eq!(roles, vec![Role::Text, Role::Text]);
    }

    #[test]
    fn tables_with_and_without_outer_pipes() {
        let outline = Outline::read("| A | B |\n|---|---|\n| 1 | 2 |\n\nC | D\n--|--\n3 | 4\n\n| не | таблица |\n", 0);
        assert_eq!(outline.role(0), Role::Row { header: true, text: "| A | B |" });
        assert_eq!(outline.role(1), Role::Delimiter);
        assert_eq!(outline.role(2), Role::Row { header: false, text: "| 1 | 2 |" });
        assert_eq!(outline.table_end(0), 3);
        assert_eq!(outline.role(6), Role::Row { header: false, text: "3 | 4" });
        assert_eq!(outline.role(8), Role::Text, "pipes without a delimiter row are a paragraph");
    }

    #[test]
    fn front_matter_lines_keep_their_role_and_numbering() {
        let text = "---\ntitle: X\n---\n# Заголовок\n- [ ] Пункт\n";
        let outline = Outline::read(text, 3);
        assert_eq!(outline.role(1), Role::FrontMatter);
        assert_eq!(outline.heading(3).map(|h| h.text), Some("Заголовок"));
        assert!(matches!(outline.role(4), Role::Item(_)));
    }

    #[test]
    fn html_blocks_and_comments() {
        let comments = roles("<!--\n- [ ] скрыто\n-->\n\nТекст <!-- встроенный -->\n");
        assert_eq!(&comments[..3], &[Role::Html, Role::Html, Role::Html]);
        assert_eq!(comments[4], Role::Text);
        let anchors = roles("<a id=\"org8b13d05\"></a>\n\n<a href=\"x\">ссылка</a>\n");
        assert_eq!((anchors[0], anchors[2]), (Role::Blank, Role::Text), "an empty anchor shows nothing");
    }

    #[test]
    fn quote_marks_and_item_paragraphs() {
        let text = "> **Status:** Accepted\n> > nested\n\n- [ ] first line\n  second line\\\nthird, lazily\n\n  not the paragraph\n";
        let outline = Outline::read(text, 0);
        assert_eq!(outline.content(0), "**Status:** Accepted");
        assert_eq!(outline.content(1), "nested");
        let Role::Item(item) = outline.role(3) else { panic!("{:?}", outline.role(3)) };
        assert_eq!((item.last, item.depth), (5, 0));
        assert_eq!(outline.item_text(3, &item), "first line second line third, lazily");
    }

    #[test]
    fn a_clause_s_number_is_no_part_of_its_item() {
        let text = "- 2.1. СУБД из реестра\n- 3.1.2. Итого: 312 чел.-ч.\n- 1.2 GB lost\n- v1.2. released\n";
        let outline = Outline::read(text, 0);
        let texts: Vec<&str> = (0..4)
            .map(|index| match outline.role(index) {
                Role::Item(item) => item.text,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(texts, ["СУБД из реестра", "Итого: 312 чел.-ч.", "1.2 GB lost", "v1.2. released"]);
    }
}
