//! The block syntax site generators add to Markdown, rewritten into the CommonMark and GitHub
//! Markdown the readers and the renderer know, line for line (every line keeps its number, so
//! diagnostics point where the writer looks):
//!
//! - containers and asides — `::: tip Title` … `:::` (VuePress, Docusaurus), `:::note[Title]`
//!   (Astro Starlight), `:::{note}` (MyST) — become GitHub alerts (`> [!TIP] Title`);
//! - MkDocs admonitions — `!!! warning "Title"`, `??? note`, with a body indented by four
//!   spaces (which CommonMark would read as code) — become alerts;
//! - MyST directives in code fences (```` ```{note} ````) become alerts, a
//!   ```` ```{toctree} ```` a list of links to its documents, ```` ```{code-block} python ````
//!   and ```` ```{mermaid} ```` ordinary fences; `` {doc}`path` `` roles become links and
//!   `` {ref}`label` `` roles become links the checker resolves to the heading a `(label)=`
//!   target stands before;
//! - Hugo shortcodes: `[x]({{< ref "adr/0002.md" >}})` (and `relref`) links to the page,
//!   `{{< hint warning >}}` … `{{< /hint >}}` is an alert, any other shortcode alone on its
//!   line (template syntax, not text) is dropped;
//! - Jekyll's Liquid links: `[x]({% link docs/adr/0002.md %})` (with or without
//!   `{{ site.baseurl }}` before it) links to the page the path names from the site's root;
//!   Hexo's `{% post_link slug 'Title' %}` links to the post of that name.
//!
//! Tables come first: pandoc's grid and multiline tables (`pandoc_tables`), plain HTML
//! tables (`html_tables`), Yandex's `#|` … `|#` tables (`yfm_tables`) and MyST's list tables
//! (`list_tables`) become pipe tables.
//!
//! The Markdown inside a container stays Markdown: its `Key: value` lines, lists and links
//! are read like any others. Fenced code is left alone.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// `text` with the generators' block syntax rewritten (borrowed when it has none).
pub(crate) fn as_commonmark(text: &str) -> Cow<'_, str> {
    // Clean-ups of what converters and apps leave, each borrowing the text when it finds none;
    // after one rewrote it, the rewritten text is read afresh.
    const CLEAN_UPS: [fn(&str) -> Cow<'_, str>; 4] =
        [without_converter_alerts, without_coloured_text, spaced_destinations_bracketed, jira_headers_as_pipe_tables];
    for clean_up in CLEAN_UPS {
        if let Cow::Owned(cleaned) = clean_up(text) {
            return Cow::Owned(as_commonmark(&cleaned).into_owned());
        }
    }
    // Last, so that a table another rewriter wrote (escaping its cells' pipes) is left alone.
    match generators_rewritten(text) {
        Cow::Borrowed(text) => wikilink_pipes_escaped_in_tables(text),
        Cow::Owned(rewritten) => match wikilink_pipes_escaped_in_tables(&rewritten) {
            Cow::Borrowed(_) => Cow::Owned(rewritten),
            Cow::Owned(escaped) => Cow::Owned(escaped),
        },
    }
}

/// `text` with the generators' and the apps' block syntax rewritten (borrowed when it has
/// none).
fn generators_rewritten(text: &str) -> Cow<'_, str> {
    // Most pages hold none of the syntax rewritten here: one pass over the text says so.
    let marked = ANY_MARKER.is_match(text) || may_have_inline_attributes(text) && INLINE_ATTRIBUTE.is_match(text);
    // A paper typed as plain text (a title and sections in capitals), a notes app's export
    // (`•` bullets, sections named by a line): Markdown first, then the rest of the rewriting.
    if let Cow::Owned(marked_up) = super::plain_text::as_markdown(text) {
        return Cow::Owned(as_commonmark(&marked_up).into_owned());
    }
    if let Cow::Owned(noted) = super::notes_app::as_markdown(text) {
        return Cow::Owned(as_commonmark(&noted).into_owned());
    }
    if !marked && !super::outliner::may_have_blocks(text) {
        return Cow::Borrowed(text);
    }
    // An outliner's page (Roam, Logseq) first: its heading blocks become the headings.
    match super::outliner::as_sections(text) {
        sectioned if !marked => sectioned,
        Cow::Borrowed(text) => with_tables_and_blocks(text),
        Cow::Owned(sectioned) => Cow::Owned(with_tables_and_blocks(&sectioned).into_owned()),
    }
}

/// A Google Doc converted by Docs to Markdown and committed as it came out: the converter's
/// red notices to whoever pasted it (`>>>>> gd2md-html alert: inline image link here …`, the
/// list of "Links to alert messages", "PLEASE check and correct alert issues …") are blank
/// lines, as the converter asks. They are no part of the document, and their "Next alert"
/// link after the last alert points nowhere.
fn without_converter_alerts(text: &str) -> Cow<'_, str> {
    if !text.contains("gd2md-html") {
        return Cow::Borrowed(text);
    }
    let notice = |line: &str| {
        let html = line.trim_start().starts_with('<');
        html && ["gd2md-html alert", "href=\"#gdcalert", "PLEASE check and correct alert issues"]
            .iter()
            .any(|mark| line.contains(mark))
    };
    super::rewrite_lines_outside_fences(text, |line| notice(line).then(String::new))
}

/// A converter's coloured text (`<span style="color:#188038">Утверждено</span>`, `<font
/// color="red">Под риском</font>`: Google Sites, Confluence, Word): the words without the
/// colour, as they read with raw HTML off, so that a status, a date or a cell is read as
/// written. A span with an `id` (an anchor a link may lead to) and a tag in inline code stay.
fn without_coloured_text(text: &str) -> Cow<'_, str> {
    static COLOURED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)<(span|font)\b(?:\s+(?:style|class|color|face|size)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))+\s*>"#)
            .expect("valid regex")
    });
    if !text.contains("<span") && !text.contains("<font") && !text.contains("<SPAN") && !text.contains("<FONT") {
        return Cow::Borrowed(text);
    }
    super::rewrite_lines_outside_fences(text, |line| {
        let mut out = String::with_capacity(line.len());
        let mut rest = line;
        let mut changed = false;
        while let Some(found) = COLOURED.find(rest) {
            let before = &rest[..found.start()];
            let after = &rest[found.end()..];
            if in_inline_code(&format!("{out}{before}"), "") {
                out.push_str(&rest[..found.end()]);
                rest = after;
                continue;
            }
            out.push_str(before);
            let tag = if found.as_str()[1..].to_lowercase().starts_with("span") { "</span>" } else { "</font>" };
            // Its closing tag goes with it (the first after it, any case).
            let close = after.to_lowercase().find(tag);
            match close {
                Some(at) => {
                    out.push_str(&after[..at]);
                    rest = &after[at + tag.len()..];
                }
                None => rest = after,
            }
            changed = true;
        }
        out.push_str(rest);
        changed.then_some(out)
    })
}

/// `[Ранбук](./Эксплуатация/Ранбук- Redis-кластер.md)`: a link to a file whose name has
/// spaces, written bare as notes apps (Notesnook, Obsidian, Typora, Joplin) write and show it,
/// where CommonMark ends the destination at the first space and shows no link. Its
/// destination is put in `<…>` so that it is the link the writer sees (and the checker
/// resolves it or reports it broken). Only a destination that ends in a file name with an
/// extension (`.md`, `.png`, with or without `#anchor`) is taken: `[x](path.md "Title")` has
/// a title, `[x](see below)` is no link at all.
fn spaced_destinations_bracketed(text: &str) -> Cow<'_, str> {
    // Most pages have links, few with a space in one: the links alone are looked at first,
    // and the lines walked only then (and only a line that holds one is rebuilt).
    if !has_spaced_destination(text) {
        return Cow::Borrowed(text);
    }
    super::rewrite_lines_outside_fences(text, |line| {
        if !has_spaced_destination(line) {
            return None;
        }
        let mut out = String::new();
        let mut rest = line;
        let mut changed = false;
        while let Some(open) = rest.find("](") {
            let start = open + 2;
            let destination = rest[start..].find(')').map(|end| &rest[start..start + end]);
            let spaced = destination.filter(|destination| is_spaced_file_path(destination));
            let before = &line[..line.len() - rest.len() + open];
            match spaced.filter(|_| !in_inline_code(before, "")) {
                Some(destination) => {
                    out.push_str(&rest[..start]);
                    out.push('<');
                    out.push_str(destination);
                    out.push('>');
                    rest = &rest[start + destination.len()..];
                    changed = true;
                }
                None => {
                    out.push_str(&rest[..start]);
                    rest = &rest[start..];
                }
            }
        }
        out.push_str(rest);
        changed.then_some(out)
    })
}

/// `||Задача||Ответственный||Срок||` over `| … | … | … |` rows: a Jira wiki table's header,
/// left as it was by a converter (jira2md) that turned only its rows into Markdown. With a
/// blank line above it, the header moves up into that line and its own line becomes the
/// delimiter row, so that the rows are a pipe table and keep their line numbers.
fn jira_headers_as_pipe_tables(text: &str) -> Cow<'_, str> {
    if !text.contains("\n||") {
        return Cow::Borrowed(text);
    }
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut rewritten: Vec<Option<String>> = vec![None; lines.len()];
    let mut fence = None;
    for index in 0..lines.len() {
        let (content, _) = super::split_ending(lines[index]);
        let was_open = fence.is_some();
        fence = super::fence_after(fence, content.trim_start());
        if was_open || fence.is_some() || index == 0 {
            continue;
        }
        let Some(names) = jira_header_cells(content) else { continue };
        // (The line above the blank one must not be a paragraph's, which the moved header
        // would join.)
        let above = |at: usize| super::split_ending(lines[at]).0.trim();
        let blank_above = above(index - 1).is_empty()
            && (index < 2 || above(index - 2).is_empty() || above(index - 2).starts_with('#'));
        let row_below = lines.get(index + 1).is_some_and(|next| next.trim_start().starts_with('|'));
        if blank_above && row_below {
            rewritten[index - 1] = Some(format!("| {} |", names.join(" | ")));
            rewritten[index] = Some(format!("|{}", "---|".repeat(names.len())));
        }
    }
    if rewritten.iter().all(Option::is_none) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    for (line, new) in lines.drain(..).zip(rewritten) {
        match new {
            Some(new) => {
                out.push_str(&new);
                out.push_str(super::split_ending(line).1);
            }
            None => out.push_str(line),
        }
    }
    Cow::Owned(out)
}

/// `||Критерий||Порог||`: a Jira wiki table's header row, its cells' names (two or more).
fn jira_header_cells(line: &str) -> Option<Vec<&str>> {
    let inner = line.trim().strip_prefix("||")?.strip_suffix("||")?;
    let names: Vec<&str> = inner.split("||").map(str::trim).collect();
    (names.len() >= 2 && names.iter().all(|name| !name.is_empty() && !name.contains('|'))).then_some(names)
}

/// Whether `text` holds a link whose destination, up to its `)`, is a file path with a space.
fn has_spaced_destination(text: &str) -> bool {
    text.match_indices("](").any(|(at, _)| {
        let rest = &text[at + 2..];
        rest.find([')', '\n']).is_some_and(|end| rest[end..].starts_with(')') && is_spaced_file_path(&rest[..end]))
    })
}

/// `./Работа/Ранбук- Redis-кластер корзины.md#шаги`: a relative path with a space in it that
/// ends in a file's extension (one with a letter, so `v 2.0` is none).
fn is_spaced_file_path(destination: &str) -> bool {
    let path = destination.split('#').next().unwrap_or_default();
    let Some((stem, extension)) = path.rsplit_once('.') else { return false };
    let extension_like = (1..=5).contains(&extension.len())
        && extension.bytes().all(|b| b.is_ascii_alphanumeric())
        && extension.bytes().any(|b| b.is_ascii_alphabetic());
    path.contains(' ')
        && extension_like
        && !stem.trim().is_empty()
        && !destination.starts_with(['<', ' '])
        && !destination.contains(['"', '\'', '<', '>', '(', '['])
        && !destination.contains("://")
}

/// `| 4 | [[PoC Iceberg + Trino|poc.2026.03.iceberg-trino]] | Готово |` (a Dendron or Obsidian
/// table, its wikilink's label written with a bare `|`): the pipe inside the wikilink escaped,
/// so that it parts the link's words and not the row's cells (borrowed when there is none).
fn wikilink_pipes_escaped_in_tables(text: &str) -> Cow<'_, str> {
    if !text.contains("[[") || !text.contains("\n|") && !text.starts_with('|') {
        return Cow::Borrowed(text);
    }
    super::rewrite_lines_outside_fences(text, |line| {
        let row = line.trim_start();
        if !row.starts_with('|') || !row.contains("[[") {
            return None;
        }
        let mut out = String::with_capacity(line.len() + 4);
        let mut changed = false;
        let mut rest = line;
        while let Some(open) = rest.find("[[") {
            let Some(close) = rest[open..].find("]]").map(|at| open + at) else { break };
            out.push_str(&rest[..open]);
            let link = &rest[open..close];
            let escaped = escape_bare_pipes(link);
            changed |= escaped.len() != link.len();
            out.push_str(&escaped);
            rest = &rest[close..];
        }
        out.push_str(rest);
        changed.then_some(out)
    })
}

/// `text` with each `|` not already escaped written as `\|`.
fn escape_bare_pipes(text: &str) -> Cow<'_, str> {
    if !text.contains('|') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 2);
    let mut previous = None;
    for c in text.chars() {
        if c == '|' && previous != Some('\\') {
            out.push('\\');
        }
        out.push(c);
        previous = Some(c);
    }
    Cow::Owned(out)
}

/// `text` with its tables and the generators' block syntax rewritten.
fn with_tables_and_blocks(text: &str) -> Cow<'_, str> {
    // Tables first (HTML ones, then pandoc's grid and multiline ones): the rest of the
    // rewriting reads pipe tables.
    let html = super::html_tables::as_pipe_tables(text);
    let tabled = match super::pandoc_tables::as_pipe_tables(&html) {
        Cow::Borrowed(_) => html,
        Cow::Owned(tabled) => Cow::Owned(tabled),
    };
    let tabled = match super::yfm_tables::as_pipe_tables(&tabled) {
        Cow::Borrowed(_) => tabled,
        Cow::Owned(yfm) => Cow::Owned(yfm),
    };
    let tabled = match super::list_tables::as_pipe_tables(&tabled) {
        Cow::Borrowed(_) => tabled,
        Cow::Owned(listed) => Cow::Owned(listed),
    };
    match tabled {
        Cow::Borrowed(text) => rewritten_dialects(text),
        Cow::Owned(tabled) => Cow::Owned(rewritten_dialects(&tabled).into_owned()),
    }
}

/// `text` with the generators' block syntax rewritten (borrowed when it has none).
fn rewritten_dialects(text: &str) -> Cow<'_, str> {
    if !has_dialect(text) {
        return Cow::Borrowed(text);
    }
    let mut rewriter = Rewriter::default();
    for line in text.split_inclusive('\n') {
        let (content, ending) = match line.strip_suffix('\n') {
            Some(content) => (content, "\n"),
            None => (line, ""),
        };
        rewriter.line(content);
        rewriter.out.push_str(ending);
    }
    Cow::Owned(rewriter.out)
}

/// Literals that open a table the table modules rewrite (HTML, pandoc's grid and multiline,
/// Yandex's `#|`, MyST's list table).
const TABLE_MARKERS: &[&str] = &["<table", "<TABLE", "+-", "+=", "-- -", "-  -", "#|", "{list-table}"];

/// Literals that open syntax this module's line rewriter reads.
const DIALECT_MARKERS: &[&str] = &[
    // Docsify's `## Ручной возврат :id=manual-refund`.
    " :id=",
    "```{",
    "{doc}`",
    "{ref}`",
    ")=",
    "_TOC_]]",
    "TOC]",
    "_TOSP_]]",
    "{{",
    "{%",
    "{#",
    "[block:",
    "(% ",
    ">>",
    "{: #",
    "{: id=",
    "{: .label",
    "((",
    // MkDocs's attr_list as its documentation writes it: `## Уровни {: #sev }`, `## Уровни { #sev }`.
    "{ #",
    "--8<--",
    "<include ",
    "{id=\"",
    "{style=\"",
    "[!badge",
    ":badge[",
    "<Badge",
    // `::: tip` and `:::` at a line's start; AsciiDoc's `:status: accepted` under a title.
    "\n:",
    ":::",
    "!!! ",
    "??? ",
    "???+ ",
    "<tldr>",
    "<note>",
    "<tip>",
    "<warning>",
    "<WRAP",
    "~~NOTOC~~",
    // A line in DokuWiki's italics: `//Обновлено: 2026-05-06//`.
    "\n//",
    // A Microsoft Teams wiki's mention: `<at>Игорь Мельников</at>`.
    "<at>",
    // The old Yandex Wiki markup's link: `((/sklad/komanda Команда))`.
    "((",
    // Material for MkDocs' content tab: `=== "Title"`.
    "=== \"",
    "===! \"",
    "===+ \"",
    // Confluence's `{anchor:status}`.
    "{anchor:",
    // Bookdown's cross-reference: `\@ref(adr-004)`.
    "\\@ref(",
    // Pandoc's and bookdown's unnumbered headings: `## Статус {-}`.
    "{-}",
    "{.unnumbered}",
    // Discourse's folds, quotes and polls.
    "[details",
    "[quote",
    "[poll",
    // BookStack's callout: `<p class="callout info">`.
    "<p class=\"callout",
];

/// DokuWiki's `====== Title ======` and `^ Статус | … |` at a line's start; a Dropbox Paper export's checkbox with no bullet: `[x] Add a panel @Tom  Sep 24, 2025`.
const LINE_START_MARKERS: &[&str] = &["(?m:^==)", r"(?m:^\^ )", r"(?m:^\[[ xX]\] )"];

/// One regex over `literals` and the line-start patterns: a single pass finds any of them.
fn markers(literals: &[&[&str]]) -> Regex {
    let mut alternation: Vec<String> =
        literals.iter().flat_map(|set| set.iter().map(|marker| regex::escape(marker))).collect();
    alternation.extend(LINE_START_MARKERS.iter().map(|pattern| (*pattern).to_owned()));
    Regex::new(&alternation.join("|")).expect("valid regex")
}

/// Any syntax rewritten here or by the table modules, searched for in one pass.
static ANY_MARKER: LazyLock<Regex> = LazyLock::new(|| markers(&[TABLE_MARKERS, DIALECT_MARKERS]));

/// Any syntax the line rewriter reads.
static DIALECT_MARKER: LazyLock<Regex> = LazyLock::new(|| markers(&[DIALECT_MARKERS]));

/// A cheap test for any of the syntax this module rewrites.
fn has_dialect(text: &str) -> bool {
    DIALECT_MARKER.is_match(text) || may_have_inline_attributes(text) && INLINE_ATTRIBUTE.is_match(text)
}

/// A cheap scan for [`INLINE_ATTRIBUTE`]: a `[` right before a letter with a `:` before the
/// next `]` (most pages have none, and the Unicode regex is not run over them).
fn may_have_inline_attributes(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('[').any(|(at, _)| {
        let after = &bytes[at + 1..];
        let starts_word = after.first().is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80 || *b == b'_');
        let inside = &after[..after.len().min(48)];
        starts_word && inside.iter().take_while(|b| **b != b']' && **b != b'\n').any(|b| *b == b':')
    })
}

/// A block the rewriter is inside.
#[derive(Debug, Clone)]
enum Open {
    /// `:::` container of this many colons, written as a quote when `quoted`.
    Colons { colons: usize, quoted: bool },
    /// An admonition (written as a quote when `quoted`) or a content tab whose body is
    /// indented past `indent` columns.
    Indented { indent: usize, quoted: bool },
    /// A MyST admonition directive fenced with this many backticks, written as a quote.
    Directive { backticks: usize },
    /// A MyST directive whose body is Markdown to read as it stands (```` ```{glossary} ````,
    /// `{list-table}`, `{dropdown}`): its fences and options are left out.
    Prose { backticks: usize },
    /// A toctree (fenced with backticks, or with colons when `colons`): its lines are links.
    Toctree { fence: usize, colons: bool },
    /// A Hugo shortcode pair (`{{< hint >}}` … `{{< /hint >}}`) written as a quote.
    Shortcode { name: String },
    /// Ordinary fenced code (`marker` is its fence): left alone.
    Code { marker: String },
    /// A ReadMe block (`[block:callout]` … `[/block]`, JSON inside): a callout becomes an
    /// alert once its first field is read (`started`); any other block is left out.
    ReadMe { callout: bool, started: bool },
    /// A Writerside semantic block (`<tldr>`, `<note>`, `<tip>`, `<warning>` on a line of its
    /// own): its `<p>…</p>` lines are paragraphs; an aside is written as a quote.
    Semantic { name: String, quoted: bool },
}

/// DokuWiki's syntax, for pages a wiki export kept as written.
#[derive(Debug, Default)]
struct DokuWiki {
    /// Inside a table whose header row (`^ Действие ^ Срок ^`) was written as a pipe table's.
    in_table: bool,
}

/// Where the rewriter is against a page's AsciiDoc header (its title, then attribute entries).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Header {
    /// Before the page's first line with text.
    #[default]
    Awaiting,
    /// Right under the title, before any entry: blank lines may come first (a MyST page's
    /// field list, `:Status: Accepted`, stands a paragraph below its title).
    Titled,
    /// Among the attribute entries under the title.
    Open,
    /// Past it.
    Passed,
}

#[derive(Debug, Default)]
struct Rewriter {
    out: String,
    open: Vec<Open>,
    dokuwiki: DokuWiki,
    header: Header,
}

impl Rewriter {
    /// Writes one line (without its newline).
    fn line(&mut self, line: &str) {
        // Roam's task markers: `{{[[TODO]]}} Retry with jitter`, `{{[[DONE]]}} …`.
        let roam = line.contains("{{[[") || line.contains("{{TODO}}") || line.contains("{{DONE}}");
        let marked;
        let line = if roam {
            marked = line
                .replace("{{[[TODO]]}}", "[ ]")
                .replace("{{[[DONE]]}}", "[x]")
                .replace("{{TODO}}", "[ ]")
                .replace("{{DONE}}", "[x]");
            marked.as_str()
        } else {
            line
        };
        if self.header_attribute(line) {
            return;
        }
        self.close_indented(line);
        let trimmed = line.trim();
        match self.open.last().cloned() {
            Some(Open::ReadMe { callout, started }) => {
                if trimmed == "[/block]" {
                    self.open.pop();
                } else if callout {
                    let (written, now_started) = readme_callout_line(trimmed, started);
                    self.out.push_str(&written);
                    if let Some(Open::ReadMe { started, .. }) = self.open.last_mut() {
                        *started = now_started;
                    }
                }
                return;
            }
            Some(Open::Code { marker }) => {
                let body = self.inside_indented(line);
                self.write_quoted(body);
                if closes_fence(trimmed, &marker) {
                    self.open.pop();
                }
                return;
            }
            Some(Open::Toctree { fence, colons }) => {
                let closer = if colons { ':' } else { '`' };
                if is_fence_of(trimmed, closer, fence) {
                    self.open.pop();
                } else if let Some(entry) = toctree_entry(trimmed) {
                    self.out.push_str(&entry);
                }
                return;
            }
            Some(Open::Directive { backticks, .. } | Open::Prose { backticks })
                if is_fence_of(trimmed, '`', backticks) =>
            {
                self.open.pop();
                return;
            }
            // `:maxdepth: 2`, `:sorted:`: a directive's option, no text.
            Some(Open::Prose { .. }) if is_directive_option(trimmed) => return,
            Some(Open::Colons { colons, .. }) if is_fence_of(trimmed, ':', colons) => {
                self.open.pop();
                return;
            }
            // A Discourse poll's option (`* Оба варианта`): a line of the vote, no item of a
            // list the page keeps (a follow-up, a plan's step).
            Some(Open::Shortcode { name }) if name == "poll" => {
                let option = trimmed.strip_prefix(['*', '-', '+']).filter(|rest| rest.starts_with(' '));
                if let Some(option) = option {
                    self.write_quoted(&format!("{}  ", option.trim()));
                    return;
                }
            }
            _ => {}
        }
        if self.semantic_tag(trimmed) {
            return;
        }
        if self.dokuwiki_line(line) {
            return;
        }
        if self.opens_block(line) {
            return;
        }
        // ReadMe's `[block:callout]` (and `[block:image]`, `[block:code]`…) opens a JSON block.
        if let Some(kind) = trimmed.strip_prefix("[block:").and_then(|rest| rest.strip_suffix(']')) {
            self.open.push(Open::ReadMe { callout: kind == "callout", started: false });
            return;
        }
        if is_label_target(trimmed) {
            let label = &trimmed[1..trimmed.len() - 2];
            if !label.contains("--") && !label.contains('>') {
                self.out.push_str(&format!("{LABEL_COMMENT}{label} -->"));
            }
            return;
        }
        // Confluence's `{anchor:status}` alone on a line, left by an export: a target for
        // `#status`, like MyST's `(label)=`.
        if let Some(label) = confluence_anchor(trimmed) {
            self.out.push_str(&format!("{LABEL_COMMENT}{label} -->"));
            return;
        }
        // `--8<-- "includes/escalation.md"`, `<include from="shared-snippets.md" …/>`: the
        // page another file's text is put into when the site is built. Until it is put in
        // here, a link to that file stands in its place.
        if let Some(path) = included_page(trimmed) {
            self.write_quoted(&format!("[{path}](<{PAGE_SCHEME}{path}>)"));
            return;
        }
        // SiYuan's `{: id="20250318160522-c7hq2wd" …}`: the block's id, kept for the references
        // to it (see [`block_id_in_comment`]); other attributes are left out, but for the
        // document's own (`type="doc"`), which hold its fields (see [`attributes_in_comment`]).
        if let Some(id) = siyuan_block_id(trimmed) {
            // (`{:` and `}` around them, as [`siyuan_block_id`] matched; no `--` in a comment.)
            let kept = match trimmed.contains(r#"type="doc""#) {
                true => format!("{} ", trimmed[2..trimmed.len() - 1].trim().replace("--", "- -")),
                false => String::new(),
            };
            self.out.push_str(&format!("{BLOCK_COMMENT}{id} {kept}-->"));
            return;
        }
        // Just the Docs' `Accepted` over `{: .label .label-green }`: the line above is a label,
        // a state as a badge is; its words in bold, the attribute list gone.
        if is_label_attributes(trimmed) {
            self.bold_previous_line();
            return;
        }
        if is_contents_marker(trimmed) || is_block_attributes(trimmed) || is_xwiki_parameters(trimmed) {
            return;
        }
        // XWiki's `{{info}}` … `{{/info}}`: an alert.
        if let Some((closing, name)) = xwiki_box(trimmed) {
            self.shortcode((closing, name, ""), None);
            return;
        }
        // SiYuan's `{{SELECT * FROM blocks WHERE id = '20250318160522-c7hq2wd'}}`: another
        // document's block shown here, as a link to it.
        if let Some(id) = siyuan_embedded_block(trimmed) {
            self.write_quoted(&format!("[{id}](siyuan://blocks/{id})"));
            return;
        }
        // Discourse's `[details="Альтернативы"]` … `[/details]` (a fold: an alert with its
        // title), `[quote="user, post:3, topic:212"]` … `[/quote]` (another post's words: a
        // quote) and `[poll …]` … `[/poll]` (a vote's options, no list of the page's own).
        if let Some((closing, name, title)) = discourse_block(trimmed) {
            match name {
                "quote" if !closing => {
                    self.open.push(Open::Shortcode { name: name.to_owned() });
                    self.write_quoted("");
                }
                _ => self.shortcode((closing, name, ""), title),
            }
            return;
        }
        if let Some(shortcode) = standalone_shortcode(trimmed) {
            // Docsy's `{{% alert title="Критичность: P1" color="warning" %}}`: its title.
            let title =
                trimmed.split_once("title=\"").and_then(|(_, rest)| rest.split_once('"')).map(|(title, _)| title);
            self.shortcode(shortcode, title.filter(|title| !title.trim().is_empty()));
            return;
        }
        // Yandex Flavored Markdown (Yandex Wiki, Diplodoc): `{% note warning "Статус: …" %}` …
        // `{% endnote %}` is an alert with its title, `{% cut "…" %}` … `{% endcut %}` a
        // fold whose text stays; other Liquid tags alone on a line are template syntax.
        if let Some((closing, name, argument, title)) = standalone_liquid_tag(trimmed) {
            match (name, title) {
                // The fold's title names what is inside («Задачи по итогам разбора»): a bold
                // line, as a heading of its text.
                ("cut", Some(title)) if !closing => self.write_quoted(&format!("**{title}**")),
                ("note", _) => self.shortcode((closing, name, argument), title),
                // Doctave's callouts: `{% info Last reviewed %}` … `{% end %}`, the words after
                // the kind its title.
                ("info" | "warning" | "success" | "error", None) if !closing => {
                    let inner = trimmed.trim_start_matches("{%").trim_end_matches("%}").trim().trim_matches('-').trim();
                    let words = inner.strip_prefix(name).unwrap_or(inner).trim();
                    self.shortcode((false, name, ""), Some(words).filter(|words| !words.is_empty()));
                }
                ("end", None) if !closing => {
                    if matches!(self.open.last(), Some(Open::Shortcode { .. })) {
                        self.open.pop();
                    }
                }
                _ if closing => self.shortcode((closing, name, argument), title),
                _ => {}
            }
            return;
        }
        let line = bare_checkbox(line);
        let line = doc_roles(&line);
        let line = bookdown_refs(&line);
        let line = hugo_refs(&line);
        let line = liquid_links(&line);
        let line = xwiki_links(&line);
        let line = wom_links(&line);
        let line = mediawiki_templates(&line);
        let line = hexo_post_links(&line);
        let line = siyuan_block_refs(&line);
        let line = logseq_block_refs(&line);
        let line = attribute_anchors(&line);
        let line = inline_attributes(&line);
        let line = badges(&line);
        // `<at>Игорь Мельников</at>`: a Teams mention is the person's name.
        let line = if line.contains("<at>") { Cow::Owned(line.replace("<at>", "").replace("</at>", "")) } else { line };
        // `<p>Status: Approved</p>` inside a Writerside block: the paragraph's text.
        let in_semantic = matches!(self.open.last(), Some(Open::Semantic { .. }));
        let line = match paragraph_element(line.trim()).filter(|_| in_semantic) {
            Some(inner) => Cow::Owned(inline_elements_as_markdown(inner)),
            None => line,
        };
        // BookStack's `<p class="callout info">См. ADR-003.</p>`: a quote of its text (as raw
        // HTML it would be left out of the page, and what it says with it).
        let line = match bookstack_callout(line.trim()) {
            Some(text) => Cow::Owned(format!("> {text}")),
            None => line,
        };
        let body = self.inside_indented(&line);
        self.write_quoted(body);
    }

    /// Puts the line written last in bold when it is a few plain words right above this one
    /// (a label's: `Accepted`, «В работе»).
    fn bold_previous_line(&mut self) {
        let body = self.out.strip_suffix('\n').unwrap_or(&self.out);
        let start = body.rfind('\n').map_or(0, |at| at + 1);
        let words = body[start..].trim();
        let plain = !words.is_empty()
            && words.split_whitespace().count() <= 4
            && !words.starts_with(['#', '|', '-', '*', '+', '>', '<', '`', '[', '!', '{']);
        if plain && self.out.ends_with('\n') {
            let bold = format!("**{words}**");
            let end = body.len();
            self.out.replace_range(start..end, &bold);
        }
    }

    /// Writes an AsciiDoc attribute entry of the page's header when `line` is one. Antora
    /// pages kept as Markdown carry the header under their title (`:status: accepted`,
    /// `:revdate: 2025-02-11`, `:superseded-by: ADR-005`): each entry becomes a field in a
    /// list (`- status: accepted`); switches of AsciiDoc's rendering (`:toc:`, `:icons: font`)
    /// and entries without a value are left out.
    fn header_attribute(&mut self, line: &str) -> bool {
        match self.header {
            Header::Passed => false,
            Header::Awaiting => {
                if !line.trim().is_empty() {
                    self.header = if line.starts_with("# ") { Header::Titled } else { Header::Passed };
                }
                false
            }
            Header::Titled if line.trim().is_empty() => false,
            Header::Titled | Header::Open => match attribute_entry(line) {
                Some((name, value)) => {
                    self.header = Header::Open;
                    if !value.is_empty() && !RENDERING_ATTRIBUTES.contains(&name) {
                        self.out.push_str(&format!("- {name}: {value}"));
                    }
                    true
                }
                None => {
                    self.header = Header::Passed;
                    false
                }
            },
        }
    }

    /// Writes a DokuWiki line when `line` is one: `====== Title ======` is a heading (six `=`
    /// an H1), `^ Статус | Принято |` a field in bold (`**Статус:** Принято`), a table's
    /// header row `^ Действие ^ Срок ^` a pipe table's header (written on the blank line above
    /// it, its own line the delimiter) and the `| … |` rows under it rows, `<WRAP important>` …
    /// `</WRAP>` an alert, `~~NOTOC~~` nothing. Other lines get their `<del>…</del>` and
    /// `''code''`.
    fn dokuwiki_line(&mut self, line: &str) -> bool {
        let trimmed = line.trim();
        if !trimmed.starts_with('|') {
            self.dokuwiki.in_table = false;
        }
        if matches!(trimmed, "~~NOTOC~~" | "~~NOCACHE~~") {
            return true;
        }
        // `//Обновлено: 2026-05-06, А. Громов.//`: a line in DokuWiki's italics, which a
        // conversion left as they were.
        if let Some(inner) = dokuwiki_italic_line(trimmed) {
            self.write_quoted(&format!("*{}*", dokuwiki_inline(inner)));
            return true;
        }
        if let Some((level, title)) = dokuwiki_heading(trimmed) {
            self.write_quoted(&format!("{} {}", "#".repeat(level), dokuwiki_inline(title)));
            return true;
        }
        if let Some(rest) = trimmed.strip_prefix("<WRAP").filter(|rest| rest.ends_with('>')) {
            let classes = rest.trim_end_matches('>');
            let alert = classes.split_whitespace().find_map(alert_of).or_else(|| {
                classes.split_whitespace().find_map(|class| match class {
                    "alert" => Some("CAUTION"),
                    "todo" => Some("NOTE"),
                    _ => None,
                })
            });
            // A box without an aside's class (`<WRAP center 60%>`) keeps its text unquoted.
            if let Some(alert) = alert {
                self.open.push(Open::Shortcode { name: "WRAP".to_owned() });
                self.write_quoted(&alert_line(alert, None));
            }
            return true;
        }
        if trimmed == "</WRAP>" {
            self.shortcode((true, "WRAP", ""), None);
            return true;
        }
        if trimmed.starts_with('^') && trimmed.len() > 1 {
            let cells = dokuwiki_cells(trimmed);
            let all_headers = trimmed.ends_with('^') && !trimmed[1..trimmed.len() - 1].contains('|');
            if all_headers && self.out_ends_with_blank_line() {
                // The blank line above takes the header; this line is the delimiter.
                let header = dokuwiki_row(&cells);
                self.out.pop();
                self.out.push_str(&header);
                self.out.push('\n');
                self.write_quoted(&super::block_tables::delimiter(cells.len()));
                self.dokuwiki.in_table = true;
                return true;
            }
            if let [key, value] = cells.as_slice() {
                self.write_quoted(&format!("**{}:** {}", dokuwiki_inline(key), dokuwiki_inline(value)));
                return true;
            }
        }
        if self.dokuwiki.in_table && trimmed.starts_with('|') {
            let cells = dokuwiki_cells(trimmed);
            self.write_quoted(&dokuwiki_row(&cells));
            return true;
        }
        false
    }

    /// Whether the last line written is blank (or nothing was written yet).
    fn out_ends_with_blank_line(&self) -> bool {
        self.out.ends_with("\n\n") || self.out == "\n"
    }

    /// Opens or closes a Writerside semantic block when `trimmed` is its tag alone: `<tldr>`
    /// (a summary whose lines are the page's header fields), `<note>`, `<tip>`, `<warning>`
    /// (asides, written as alerts).
    fn semantic_tag(&mut self, trimmed: &str) -> bool {
        let Some(tag) = trimmed.strip_prefix('<').and_then(|rest| rest.strip_suffix('>')) else { return false };
        let (closing, name) = match tag.strip_prefix('/') {
            Some(name) => (true, name),
            None => (false, tag),
        };
        if !["tldr", "note", "tip", "warning"].contains(&name) {
            return false;
        }
        if closing {
            if matches!(self.open.last(), Some(Open::Semantic { name: open, .. }) if open == name) {
                self.open.pop();
                return true;
            }
            return false;
        }
        let quoted = name != "tldr";
        self.open.push(Open::Semantic { name: name.to_owned(), quoted });
        if quoted {
            self.write_quoted(&alert_line(alert_of(name).unwrap_or("NOTE"), None));
        }
        true
    }

    /// Opens a block when `line` starts one, writing what stands for its first line.
    fn opens_block(&mut self, line: &str) -> bool {
        let trimmed = line.trim();
        // `::card{title="Глоссарий" to="/glossarij"}`: a component that links somewhere is
        // that link.
        if let Some((colons, link)) = component_link(trimmed) {
            self.write_quoted(&link);
            self.open.push(Open::Colons { colons, quoted: false });
            return true;
        }
        if let Some((colons, name, title)) = colon_container(trimmed) {
            match name.as_deref().map(alert_of) {
                _ if name.as_deref() == Some("toctree") => {
                    self.open.push(Open::Toctree { fence: colons, colons: true })
                }
                Some(Some(alert)) => {
                    self.open.push(Open::Colons { colons, quoted: true });
                    self.write_quoted(&alert_line(alert, title.as_deref()));
                }
                _ => self.open.push(Open::Colons { colons, quoted: false }),
            }
            return true;
        }
        if let Some((indent, alert, title)) = admonition(line) {
            self.open.push(Open::Indented { indent, quoted: true });
            self.write_quoted(&alert_line(alert, title.as_deref()));
            return true;
        }
        // Material for MkDocs' content tab `=== "Проблемы с ОФД"`: its title in bold over its
        // text, which is indented under it (the tabs' text stays the page's, not a quote's).
        if let Some((indent, title)) = content_tab(line) {
            self.open.push(Open::Indented { indent, quoted: false });
            self.write_quoted(&format!("**{title}**"));
            return true;
        }
        if let Some((backticks, name, argument)) = myst_directive(trimmed) {
            match name.as_str() {
                "toctree" => self.open.push(Open::Toctree { fence: backticks, colons: false }),
                _ if PROSE_DIRECTIVES.contains(&name.as_str()) => self.open.push(Open::Prose { backticks }),
                _ => match alert_of(&name) {
                    Some(alert) => {
                        let title = (name == "admonition").then_some(argument.as_str()).filter(|t| !t.is_empty());
                        self.open.push(Open::Directive { backticks });
                        self.write_quoted(&alert_line(alert, title));
                    }
                    None => {
                        // `{code-block} python` → ```python; `{mermaid}` → ```mermaid.
                        let language = if ["code-block", "code", "sourcecode"].contains(&name.as_str()) {
                            argument.split_whitespace().next().unwrap_or_default().to_owned()
                        } else {
                            name
                        };
                        let marker = "`".repeat(backticks);
                        self.write_quoted(&format!("{marker}{language}"));
                        self.open.push(Open::Code { marker });
                    }
                },
            }
            return true;
        }
        if let Some(marker) = fence_marker(trimmed) {
            self.write_quoted(line);
            self.open.push(Open::Code { marker });
            return true;
        }
        false
    }

    /// A shortcode alone on its line: an aside opens or closes, anything else is dropped.
    fn shortcode(&mut self, (closing, name, argument): (bool, &str, &str), title: Option<&str>) {
        if closing {
            if matches!(self.open.last(), Some(Open::Shortcode { name: open }) if open == name) {
                self.open.pop();
            }
            return;
        }
        let alert = alert_of(argument).or_else(|| alert_of(name)).or_else(|| {
            ["hint", "notice", "alert", "callout", "admonition", "details", "expand", "poll"]
                .contains(&name)
                .then_some("NOTE")
        });
        if let Some(alert) = alert {
            self.open.push(Open::Shortcode { name: name.to_owned() });
            self.write_quoted(&alert_line(alert, title));
        }
    }

    /// Closes the admonitions `line` is no longer indented into (a blank line closes none).
    fn close_indented(&mut self, line: &str) {
        if line.trim().is_empty() {
            return;
        }
        let indent = indent_of(line);
        while let Some(Open::Indented { indent: needed, .. }) = self.open.last() {
            if indent >= needed + 4 {
                break;
            }
            self.open.pop();
        }
    }

    /// `line` without the indentation of the admonitions it is inside.
    fn inside_indented<'l>(&self, line: &'l str) -> &'l str {
        let strip = self.open.iter().filter(|open| matches!(open, Open::Indented { .. })).count() * 4;
        let mut taken = 0;
        for (index, c) in line.char_indices() {
            if taken >= strip || !(c == ' ' || c == '\t') {
                return &line[index..];
            }
            taken += if c == '\t' { 4 } else { 1 };
        }
        ""
    }

    /// Writes `line` inside as many quote levels as the open blocks make.
    fn write_quoted(&mut self, line: &str) {
        // (Whether the line written last opened an aside with no title, before this line's `>`.)
        let previous = self.out.trim_end_matches('\n').rsplit('\n').next().unwrap_or_default();
        let untitled = previous.trim_start_matches(['>', ' ']).starts_with("[!") && previous.trim_end().ends_with(']');
        let depth = self
            .open
            .iter()
            .filter(|open| {
                matches!(
                    open,
                    Open::Colons { quoted: true, .. }
                        | Open::Indented { quoted: true, .. }
                        | Open::Directive { .. }
                        | Open::Shortcode { .. }
                        | Open::Semantic { quoted: true, .. }
                )
            })
            .count();
        for _ in 0..depth {
            self.out.push('>');
        }
        if depth > 0 && !line.is_empty() {
            self.out.push(' ');
        }
        // Quarto's `::: {.callout-warning}` over `## На согласовании`: a heading right under an
        // untitled aside's opening is its title, in bold, not a section of the page (a heading
        // further in stays one: a link may lead to it).
        let heading = line.trim_start_matches('#');
        let level = line.len() - heading.len();
        let title = |text: &&str| depth > 0 && untitled && (1..=6).contains(&level) && !text.trim().is_empty();
        match heading.strip_prefix(' ').filter(title) {
            Some(text) => {
                self.out.push_str("**");
                self.out.push_str(text.trim().trim_end_matches('#').trim_end());
                self.out.push_str("**");
            }
            None => self.out.push_str(line),
        }
    }
}

/// `:::name Title`, `:::name[Title]`, `:::{name} argument`, `::: name`: the colons, the name
/// (lower case) and the title. A bare `:::` opens nothing (it closes).
fn colon_container(line: &str) -> Option<(usize, Option<String>, Option<String>)> {
    let colons = line.len() - line.trim_start_matches(':').len();
    let rest = line[colons..].trim();
    // Nuxt Content's MDC blocks open with two colons and a component's name (`::alert{…}`).
    let mdc = colons == 2 && rest.starts_with(|c: char| c.is_ascii_alphabetic());
    if colons < 3 && !mdc {
        return None;
    }
    if rest.is_empty() {
        return None;
    }
    let (name, after) = match rest.strip_prefix('{') {
        Some(braced) => braced.split_once('}')?,
        None => {
            rest.split_at(rest.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len()))
        }
    };
    if name.is_empty() {
        return None;
    }
    let after = after.trim();
    let title = after
        .strip_prefix('[')
        .and_then(|t| t.split_once(']'))
        .map(|(title, _)| title)
        .or_else(|| (!after.starts_with('{')).then_some(after))
        .map(|title| title.trim().trim_matches('"').to_owned())
        .filter(|title| !title.is_empty());
    // `::alert{type="warning"}`, Archbee's `:::hint{type="danger"}`: the kind in its type.
    let typed = after.split_once("type=\"").and_then(|(_, rest)| rest.split_once('"')).map(|(kind, _)| kind);
    // Quarto's `::: {.callout-warning}` (its title a `## heading` inside, or `title="…"`).
    if let Some(attributes) = name.strip_prefix(".callout-") {
        let kind = attributes.split_whitespace().next().unwrap_or_default();
        let title =
            attributes.split_once("title=\"").and_then(|(_, rest)| rest.split_once('"')).map(|(title, _)| title);
        return Some((colons, Some(kind.to_lowercase()), title.map(str::to_owned).filter(|title| !title.is_empty())));
    }
    let generic = ["alert", "callout", "hint", "admonition", "note"].contains(&name.to_lowercase().as_str());
    let name = match typed {
        Some(kind) if generic && !kind.is_empty() => kind.to_lowercase(),
        _ => name.to_lowercase(),
    };
    Some((colons, Some(name), title))
}

/// `!!! warning "Title"`, `??? note`, `???+ tip`: the admonition's indent, its alert and
/// title.
fn admonition(line: &str) -> Option<(usize, &'static str, Option<String>)> {
    let indent = indent_of(line);
    let trimmed = line.trim();
    let rest = ["!!! ", "???+ ", "??? "].iter().find_map(|marker| trimmed.strip_prefix(marker))?.trim();
    let (name, title) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let name = name.trim().to_lowercase();
    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    let title = title.trim();
    // `!!! note "Title"` or `!!! note` only: "!!! Внимание !!!" in prose is not one.
    let quoted = title.len() >= 2 && title.starts_with('"') && title.ends_with('"');
    if !title.is_empty() && !quoted {
        return None;
    }
    let title = title.trim_matches('"').trim();
    Some((indent, alert_of(&name).unwrap_or("NOTE"), (!title.is_empty()).then(|| title.to_owned())))
}

/// `=== "Title"` (`===! "…"`, `===+ "…"`): a content tab's indentation and title.
fn content_tab(line: &str) -> Option<(usize, &str)> {
    let rest = line.trim().strip_prefix("===")?;
    let rest = rest.strip_prefix(['!', '+']).unwrap_or(rest);
    let title = rest.strip_prefix(' ')?.trim().strip_prefix('"')?.strip_suffix('"')?.trim();
    (!title.is_empty()).then_some((indent_of(line), title))
}

/// ```` ```{name} argument ````: the backticks, the directive's name and its argument.
fn myst_directive(line: &str) -> Option<(usize, String, String)> {
    let backticks = line.len() - line.trim_start_matches('`').len();
    if backticks < 3 {
        return None;
    }
    let (name, argument) = line[backticks..].strip_prefix('{')?.split_once('}')?;
    let name = name.trim().to_lowercase();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return None;
    }
    Some((backticks, name, argument.trim().to_owned()))
}

/// The GitHub alert a container or admonition of this name is shown as; `None` for names
/// that are not asides (`code-group`, `figure`…).
/// MyST directives whose body is Markdown without being an aside: a glossary's terms, a
/// table written as lists, folded or tabbed content, cards.
const PROSE_DIRECTIVES: [&str; 17] = [
    "glossary",
    "list-table",
    "topic",
    "sidebar",
    "rubric",
    "epigraph",
    "highlights",
    "pull-quote",
    "margin",
    "dropdown",
    "card",
    "tab-set",
    "tab-item",
    "grid",
    "grid-item-card",
    "div",
    "container",
];

/// `:maxdepth: 2`, `:sorted:`, `:header-rows: 1`: an option line at a directive's top.
/// AsciiDoc attributes that switch how a page is rendered, not facts about it.
const RENDERING_ATTRIBUTES: [&str; 24] = [
    "toc",
    "toclevels",
    "toc-title",
    "icons",
    "sectnums",
    "sectanchors",
    "sectlinks",
    "imagesdir",
    "experimental",
    "source-highlighter",
    "nofooter",
    "idprefix",
    "idseparator",
    "page-layout",
    "page-role",
    "page-aliases",
    "navtitle",
    "reftext",
    "doctype",
    "stem",
    "xrefstyle",
    "hide-uri-scheme",
    "linkattrs",
    "showtitle",
];

/// `:status: accepted`, `:toc:` → (`status`, `accepted`), (`toc`, ``): an AsciiDoc attribute
/// entry, its name and value.
fn attribute_entry(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.strip_prefix(':')?.split_once(':')?;
    let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let spaced = value.is_empty() || value.starts_with(' ');
    (named && spaced).then(|| (name, value.trim()))
}

fn is_directive_option(line: &str) -> bool {
    line.strip_prefix(':').and_then(|rest| rest.split_once(':')).is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

fn alert_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "note" | "info" | "abstract" | "summary" | "tldr" | "seealso" | "details" | "admonition" | "quote"
        | "example" | "todo" => "NOTE",
        "tip" | "hint" | "success" | "check" | "done" => "TIP",
        "important" | "question" | "help" | "faq" | "attention" => "IMPORTANT",
        "warning" | "caution" => "WARNING",
        "danger" | "error" | "failure" | "fail" | "missing" | "bug" => "CAUTION",
        _ => return None,
    })
}

fn alert_line(alert: &str, title: Option<&str>) -> String {
    match title {
        Some(title) => format!("[!{alert}] {title}"),
        None => format!("[!{alert}]"),
    }
}

/// A toctree line as a list item linking its document: `adr/0001-x`, `Title <adr/0001-x>`;
/// options (`:maxdepth: 2`), `self` and glob patterns give none.
fn toctree_entry(line: &str) -> Option<String> {
    if line.is_empty() || line.starts_with(':') || line == "self" || line.contains('*') {
        return None;
    }
    Some(format!("- {}", titled_link(line)))
}

/// `Title <path>` (or a bare `path`, its own title), as Sphinx names a document, as a
/// Markdown link.
fn titled_link(written: &str) -> String {
    let (title, target) = match written.strip_suffix('>').and_then(|w| w.rsplit_once('<')) {
        Some((title, target)) if !title.trim().is_empty() => (title.trim(), target.trim()),
        _ => (written, written),
    };
    format!("[{title}](<{target}>)")
}

/// What a MyST `` {ref}`label` `` becomes: a link to `tpmdocs-ref:label`, which the link
/// checker resolves to the page and heading the label stands before.
pub(crate) const REF_SCHEME: &str = "tpmdocs-ref:";

/// What a Hugo `{{< ref "path" >}}` in a link's destination becomes: a link to
/// `tpmdocs-page:path`, which the checker resolves as Hugo does — from the page, then from
/// the content root, then by the page's name anywhere.
pub(crate) const PAGE_SCHEME: &str = "tpmdocs-page:";

/// What a Hugo `{{< ref "path" >}}` or a Jekyll `{% link path %}` in a link's destination
/// becomes: a link to `tpmdocs-built-page:path`, resolved as [`PAGE_SCHEME`] is. The site
/// generator stops its build on one that names no page, and so does the checker.
pub(crate) const BUILT_PAGE_SCHEME: &str = "tpmdocs-built-page:";

/// True for a link to one of the schemes above, kept as written until the checker knows
/// where it leads.
pub(crate) fn is_resolved_by_checker(url: &str) -> bool {
    // (A SiYuan or Logseq block's link leads to the page that holds the block.)
    [REF_SCHEME, PAGE_SCHEME, BUILT_PAGE_SCHEME, "siyuan://blocks/", "logseq://blocks/"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

/// What a MyST `(label)=` target becomes: an HTML comment holding the label, on its line,
/// which the converter takes out of the page and keeps as the label of the heading below.
const LABEL_COMMENT: &str = "<!-- tpmdocs-label: ";

/// The label a line the dialect pass wrote for a `(label)=` target holds.
pub(crate) fn label_in_comment(html: &str) -> Option<&str> {
    html.trim().strip_prefix(LABEL_COMMENT)?.strip_suffix("-->").map(str::trim)
}

/// `` {doc}`path` ``, `` {doc}`Title <path>` ``, `` {ref}`label` `` and `` {ref}`Title <label>` ``
/// as Markdown links (a label's to [`REF_SCHEME`]).
fn doc_roles(line: &str) -> Cow<'_, str> {
    if !line.contains("{doc}`") && !line.contains("{ref}`") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = [rest.find("{doc}`"), rest.find("{ref}`")].into_iter().flatten().min() {
        let role = &rest[start..start + "{doc}`".len()];
        let after = &rest[start + role.len()..];
        let Some(end) = after.find('`') else { break };
        out.push_str(&rest[..start]);
        if role == "{ref}`" {
            let written = &after[..end];
            let (title, label) = match written.strip_suffix('>').and_then(|w| w.rsplit_once('<')) {
                Some((title, label)) if !title.trim().is_empty() => (title.trim(), label.trim()),
                _ => (written, written),
            };
            out.push_str(&format!("[{title}](<{REF_SCHEME}{label}>)"));
        } else {
            out.push_str(&titled_link(&after[..end]));
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Bookdown's `\@ref(adr-004)` (the number of the chapter or section labelled `{#adr-004}`) as
/// a link to that label, resolved by the checker as MyST's `{ref}` is. In inline code it
/// stays as written.
fn bookdown_refs(line: &str) -> Cow<'_, str> {
    const OPEN: &str = "\\@ref(";
    if !line.contains(OPEN) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 32);
    let mut rest = line;
    while let Some(start) = rest.find(OPEN) {
        let after = &rest[start + OPEN.len()..];
        let Some(end) = after.find(')') else { break };
        let label = &after[..end];
        let labelled =
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'));
        out.push_str(&rest[..start]);
        if labelled && !in_inline_code(&out, "") {
            for piece in ["[", label, "](<", REF_SCHEME, label, ">)"] {
                out.push_str(piece);
            }
        } else {
            out.push_str(&rest[start..start + OPEN.len() + end + 1]);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Discourse's BBCode blocks alone on a line — `[details="Title"]`, `[quote="user, post:3,
/// topic:212"]`, `[poll type=regular]` and their closings: (closing, name, a fold's title).
fn discourse_block(line: &str) -> Option<(bool, &'static str, Option<&str>)> {
    let inside = line.strip_prefix('[')?.strip_suffix(']')?;
    let (closing, tag) = match inside.strip_prefix('/') {
        Some(name) => (true, name),
        None => (false, inside),
    };
    let name = ["details", "quote", "poll"].into_iter().find(|name| {
        tag.strip_prefix(name).is_some_and(|rest| rest.is_empty() || !closing && rest.starts_with(['=', ' ']))
    })?;
    let title = tag[name.len()..]
        .strip_prefix('=')
        .map(|title| title.trim().trim_matches('"').trim())
        .filter(|title| name == "details" && !title.is_empty());
    Some((closing, name, title))
}

/// `{{< name argument … >}}`, `{{% /name %}}` alone on a line: (closing, name, first argument).
fn standalone_shortcode(line: &str) -> Option<(bool, &str, &str)> {
    let inner = line
        .strip_prefix("{{<")
        .and_then(|rest| rest.strip_suffix(">}}"))
        .or_else(|| line.strip_prefix("{{%").and_then(|rest| rest.strip_suffix("%}}")))?
        .trim();
    if inner.contains("}}") {
        return None;
    }
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest.trim()),
        None => (false, inner),
    };
    let mut words = inner.split_whitespace();
    let name = words.next().filter(|name| !name.is_empty())?;
    let argument = words.next().unwrap_or_default().trim_matches('"');
    Some((closing, name, argument))
}

/// A MediaWiki template call pandoc left as text, as the words it shows: `{{Статус|Принято}}`
/// (`{{Статус\|Принято}}` in a table) is «Принято»; `{{Уровень|2}}`, whose argument is a bare
/// figure, «Уровень 2»; a banner without arguments, `{{Черновик}}`, its name in bold; and an
/// infobox, `{{Согласование|Утверждён|01.10.2025|архкомитет}}`, its values with the first in
/// bold («**Утверждён** · 01.10.2025 · архкомитет»). A template's name is capitalised, as
/// MediaWiki writes them: `{{proposed|accepted}}` is a placeholder and stays.
fn mediawiki_templates(line: &str) -> Cow<'_, str> {
    static TEMPLATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\{\{(\p{Lu}[\p{L}\p{N} _-]{0,40})((?:\\?\|[^{}|\\]*)*)\}\}").expect("valid regex")
    });
    if !line.contains("{{") {
        return Cow::Borrowed(line);
    }
    TEMPLATE.replace_all(line, |caps: &regex::Captures<'_>| {
        let name = caps[1].trim();
        let arguments: Vec<&str> = caps[2]
            .split('|')
            .map(|argument| argument.trim_end_matches('\\').trim())
            .skip(1)
            // `{{Статус|цвет=red|Принято}}`: a named argument is styling.
            .filter(|argument| !argument.is_empty() && !argument.contains('='))
            .collect();
        match arguments.as_slice() {
            [] => format!("**{name}**"),
            [figure] if figure.bytes().all(|b| b.is_ascii_digit()) => format!("{name} {figure}"),
            [value] => (*value).to_owned(),
            [first, rest @ ..] => format!("**{first}** · {}", rest.join(" · ")),
        }
    })
}

/// `====== Title ======`: a DokuWiki heading's level (six `=` is an H1, two an H5) and text.
fn dokuwiki_heading(line: &str) -> Option<(usize, &str)> {
    let marks = line.len() - line.trim_start_matches('=').len();
    if !(2..=6).contains(&marks) || !line.ends_with(&"=".repeat(marks)) || line.len() <= 2 * marks {
        return None;
    }
    let title = line[marks..line.len() - marks].trim();
    (!title.is_empty() && !title.starts_with('=') && !title.ends_with('=')).then_some((7 - marks, title))
}

/// A DokuWiki table row's cells (`^ a ^ b |`: `^` and `|` both separate them).
fn dokuwiki_cells(row: &str) -> Vec<&str> {
    let inner = row.trim().trim_start_matches(['^', '|']).trim_end_matches(['^', '|']);
    // `[[ops:incidents:x|Разбор]]`: a link's own `|` separates no cells.
    let mut cells = Vec::new();
    let (mut start, mut depth) = (0, 0usize);
    let bytes = inner.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'[' if bytes.get(at + 1) == Some(&b'[') => depth += 1,
            b']' if bytes.get(at + 1) == Some(&b']') => depth = depth.saturating_sub(1),
            b'^' | b'|' if depth == 0 => {
                cells.push(inner[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    cells.push(inner[start..].trim());
    cells
}

/// A pipe table's row of DokuWiki cells (a link's own `|` escaped, as GitHub wants it).
fn dokuwiki_row(cells: &[&str]) -> String {
    let cells: Vec<String> = cells.iter().map(|cell| dokuwiki_inline(cell).replace('|', "\\|")).collect();
    format!("| {} |", cells.join(" | "))
}

/// DokuWiki's inline `<del>x</del>` and `''code''` as Markdown's `~~x~~` and `` `code` ``.
/// The words of a whole line in DokuWiki's italics (`//Обновлено: 2026-05-06.//`): words,
/// not a comment's `// …` nor an address.
fn dokuwiki_italic_line(trimmed: &str) -> Option<&str> {
    let inner = trimmed.strip_prefix("//")?.strip_suffix("//")?;
    let words = inner.starts_with(|c: char| c.is_alphanumeric() || c == '*')
        && inner.ends_with(|c: char| !c.is_whitespace() && c != ':')
        && inner.contains(' ')
        && !inner.contains("//");
    words.then_some(inner)
}

fn dokuwiki_inline(text: &str) -> String {
    let mut out = text.replace("<del>", "~~").replace("</del>", "~~");
    while let Some(start) = out.find("''") {
        let Some(length) = out[start + 2..].find("''") else { break };
        let code = out[start + 2..start + 2 + length].to_owned();
        out.replace_range(start..start + 4 + length, &format!("`{code}`"));
    }
    out
}

/// The old Yandex Wiki markup's `((/sklad/dezhurstvo/perezapusk Перезапуск волн))` and
/// `((https://example.org))`: a link to the address before the first space, with the words
/// after it (or the address) as its text.
fn wom_links(line: &str) -> Cow<'_, str> {
    if !line.contains("((") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut changed = false;
    while let Some(start) = rest.find("((") {
        let body = &rest[start + 2..];
        let Some(end) = body.find("))") else { break };
        let (target, text) = body[..end].split_once(' ').unwrap_or((&body[..end], ""));
        // Only an address: a page path, a relative one, or a web address (`((x + y))` in prose
        // is no link).
        let address = target.starts_with(['/', '.', '#']) || target.contains("://");
        if !address || in_inline_code(&out, &rest[..start]) {
            out.push_str(&rest[..start + 2]);
            rest = body;
            continue;
        }
        let text = if text.trim().is_empty() { target } else { text.trim() };
        out.push_str(&rest[..start]);
        out.push_str(&format!("[{text}](<{target}>)"));
        rest = &body[end + 2..];
        changed = true;
    }
    if !changed {
        return Cow::Borrowed(line);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// XWiki's `[[Регламент сверки>>Payments.Operations.Runbook.WebHome]]`: a link to the page
/// that reference names, as an export writes it (`Payments/Operations/Runbook/WebHome.md`,
/// found from the page's folder or a folder above it). A reference to a web address stays a
/// link to it.
fn xwiki_links(line: &str) -> Cow<'_, str> {
    if !line.contains(">>") || !line.contains("[[") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("[[") {
        let body = &rest[start + 2..];
        let Some(end) = body.find("]]") else { break };
        // `` `[[a>>b]]` ``: an example in code stays as written.
        let in_code = in_inline_code(&out, &rest[..start]);
        let Some((label, reference)) = body[..end].split_once(">>").filter(|_| !in_code) else {
            out.push_str(&rest[..start + 2]);
            rest = body;
            continue;
        };
        out.push_str(&rest[..start]);
        let reference = reference.trim();
        // `doc:Space.Page`, `Space.Page||target="_blank"`: the reference alone.
        let reference = reference.split("||").next().unwrap_or(reference);
        let reference = reference.strip_prefix("doc:").unwrap_or(reference);
        let label = label.trim();
        if reference.contains("://") {
            out.push_str(&format!("[{label}](<{reference}>)"));
        } else {
            let (page, anchor) = reference.split_once("||anchor=").unwrap_or((reference, ""));
            let mut parts: Vec<&str> = page.split('.').filter(|part| !part.is_empty()).collect();
            if parts.last() == Some(&"WebHome") {
                parts.pop();
            }
            let fragment = if anchor.is_empty() { String::new() } else { format!("#{anchor}") };
            out.push_str(&format!("[{label}](<{PAGE_SCHEME}{}/WebHome.md{fragment}>)", parts.join("/")));
        }
        rest = &body[end + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A Liquid tag alone on its line (`{% note warning "Статус: на согласовании" %}`, `{% endnote
/// %}`, `{% cut "Сравнение" %}`): whether it closes a block (`end…`), its name, its first
/// argument and its quoted title. Jekyll's `{% link … %}` and `{% post_link … %}` sit inside
/// lines and are no such tag.
fn standalone_liquid_tag(line: &str) -> Option<(bool, &str, &str, Option<&str>)> {
    let inner = line.strip_prefix("{%")?.strip_suffix("%}")?.trim().trim_matches('-').trim();
    if inner.contains("%}") || inner.contains("{%") {
        return None;
    }
    let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
    let (name, rest) = inner.split_at(name_end);
    let title = rest.split_once('"').and_then(|(_, after)| after.split_once('"')).map(|(title, _)| title);
    let argument = rest.split_whitespace().next().filter(|word| !word.starts_with('"')).unwrap_or_default();
    match name.strip_prefix("end") {
        Some(block) if !block.is_empty() => Some((true, block, "", None)),
        _ if !name.is_empty() => Some((false, name, argument, title)),
        _ => None,
    }
}

/// `{{< ref "adr/0002.md" >}}` and `{{< relref … >}}` as the path they name (in angle brackets
/// where a link's destination is expected).
fn hugo_refs(line: &str) -> Cow<'_, str> {
    if !line.contains("ref ") || !line.contains("{{") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let (close, body) = match after.chars().next() {
            Some('<') => (">}}", &after[1..]),
            Some('%') => ("%}}", &after[1..]),
            _ => {
                out.push_str(&rest[..start + 2]);
                rest = after;
                continue;
            }
        };
        let Some(end) = body.find(close) else { break };
        let inner = body[..end].trim();
        let path = ["ref ", "relref "]
            .iter()
            .find_map(|name| inner.strip_prefix(name))
            .and_then(|arguments| arguments.split('"').nth(1));
        out.push_str(&rest[..start]);
        match path {
            Some(path) if rest[..start].ends_with("](") => out.push_str(&format!("<{BUILT_PAGE_SCHEME}{path}>")),
            Some(path) => out.push_str(path),
            None => out.push_str(&rest[start..start + 3 + end + close.len()]),
        }
        rest = &body[end + close.len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether text written after `before` and `after` (the line so far, in two parts) stands
/// inside an inline code span: an odd number of backticks opened one.
fn in_inline_code(before: &str, after: &str) -> bool {
    (before.matches('`').count() + after.matches('`').count()) % 2 == 1
}

/// `[x]({% link docs/adr/0002.md %})`, `[x]({{ site.baseurl }}{% link docs/x.md %})`: a
/// Jekyll link tag in a link's destination, as a link to the page it names (resolved like a
/// Hugo reference: from the page, then from a folder above it, which finds the site's root).
fn liquid_links(line: &str) -> Cow<'_, str> {
    const OPEN: &str = "({% link ";
    const BASEURL: &str = "({{ site.baseurl }}{% link ";
    if !line.contains("{% link ") {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    loop {
        let found = [OPEN, BASEURL].iter().filter_map(|open| rest.find(open).map(|at| (at, open.len()))).min();
        let Some((start, open)) = found else { break };
        let body = &rest[start + open..];
        let Some(end) = body.find("%})") else { break };
        let path = body[..end].trim();
        // `` `[x]({% link a.md %})` ``: an example in code stays as written.
        let in_code = in_inline_code(&out, &rest[..start]);
        if in_code || !rest[..start].ends_with(']') || path.is_empty() || path.contains(char::is_whitespace) {
            out.push_str(&rest[..start + open]);
            rest = body;
            continue;
        }
        out.push_str(&rest[..start]);
        out.push_str(&format!("(<{BUILT_PAGE_SCHEME}{path}>)"));
        rest = &body[end + 3..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// One line of a ReadMe callout's JSON, as the alert's Markdown: `"type": "warning"` opens
/// it, `"title"` and `"body"` are its words (a body's line breaks joined). Returns the line
/// to write and whether the alert has opened.
fn readme_callout_line(line: &str, started: bool) -> (String, bool) {
    let field = line.split_once(':').and_then(|(key, value)| {
        let key = key.trim().trim_matches('"');
        let value = value.trim().trim_end_matches(',');
        serde_json::from_str::<String>(value).ok().map(|text| (key, text.replace('\n', " ")))
    });
    match field {
        Some(("type", kind)) if !started => {
            let alert = alert_of(&kind.to_lowercase()).unwrap_or(match kind.as_str() {
                "danger" | "error" => "CAUTION",
                "success" => "TIP",
                _ => "NOTE",
            });
            (format!("> [!{alert}]"), true)
        }
        Some(("title", text)) if started => (format!("> **{text}**"), true),
        Some(("title" | "body", text)) if !started => (format!("> [!NOTE] {text}"), true),
        Some(("body", text)) => (format!("> {text}"), true),
        _ if started => (">".to_owned(), true),
        _ => (String::new(), false),
    }
}

/// `## Шаги {#steps}`, `## Шаги {: #steps .x}`, `## Шаги { #steps }` (pandoc, kramdown, MkDocs's attr_list) and
/// pandoc's spans `[]{#_Toc123 .anchor}` / `[text]{#id}`: the id as an anchor (`<a id>`,
/// before the heading's words so that its own anchor stays as GitHub makes it), the braces
/// left out of the text.
fn attribute_anchors(line: &str) -> Cow<'_, str> {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\s{0,3}#{1,6}\s+)(.*?)\s*\{:?\s*#([\w.:-]+)[^{}]*\}\s*$").expect("valid regex")
    });
    // Writerside's `## Status {id="status"}`.
    static WRITERSIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^(\s{0,3}#{1,6}\s+)(.*?)\s*\{[^{}]*\bid\s*=\s*"([\w.:-]+)"[^{}]*\}\s*$"#).expect("valid regex")
    });

    // Docsify's `## Ручной возврат :id=manual-refund`.
    static DOCSIFY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s{0,3}#{1,6}\s+)(.*?)\s+:id=([\w.-]+)\s*$").expect("valid regex"));
    static SPAN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[([^\[\]]*)\]\{#([\w.:-]+)[^{}]*\}").expect("valid regex"));
    // Pandoc's and bookdown's `## Статус {-}`, `{.unnumbered}`: a heading left unnumbered,
    // with no anchor of its own; bookdown's `# (PART) Решения {-}` opens a part of the book,
    // a divider and no heading of the chapter it stands in.
    static UNNUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\s{0,3}#{1,6}\s+)(.*?)\s*\{(?:-|\.unnumbered|\.unlisted)(?:\s+\.(?:unnumbered|unlisted))*\}\s*$")
            .expect("valid regex")
    });
    if line.contains("{-}") || line.contains("{.un") {
        if let Some(found) = UNNUMBERED.captures(line) {
            let part = found[2].starts_with("(PART)") || found[2].starts_with("(APPENDIX)");
            return if part { Cow::Borrowed("") } else { Cow::Owned(format!("{}{}", &found[1], &found[2])) };
        }
    }
    if line.contains(" :id=") {
        if let Some(found) = DOCSIFY.captures(line) {
            return Cow::Owned(format!("{}<a id=\"{}\"></a>{}", &found[1], &found[3], &found[2]));
        }
    }
    if line.contains("id=\"") {
        if let Some(found) = WRITERSIDE.captures(line) {
            return Cow::Owned(format!("{}<a id=\"{}\"></a>{}", &found[1], &found[3], &found[2]));
        }
    }
    if !line.contains("{#") && !line.contains("{: #") && !line.contains("{ #") {
        return Cow::Borrowed(line);
    }
    if let Some(found) = HEADING.captures(line) {
        return Cow::Owned(format!("{}<a id=\"{}\"></a>{}", &found[1], &found[3], &found[2]));
    }
    SPAN.replace_all(line, |found: &regex::Captures<'_>| {
        let whole = found.get(0).map_or(0..0, |m| m.range());
        // `` `[x]{#y}` ``: an example in code stays as written.
        if in_inline_code(&line[..whole.start], "") {
            line[whole].to_owned()
        } else {
            format!("<a id=\"{}\"></a>{}", &found[2], &found[1])
        }
    })
}

/// The Markdown file a line alone includes: pymdownx.snippets' `--8<-- "includes/x.md"` (a
/// line range or section after `:` left off) or Writerside's `<include from="lib.md"
/// element-id="x"/>`. Code and text files included are not pages.
fn included_page(trimmed: &str) -> Option<&str> {
    let quoted = |rest: &str| -> Option<(char, usize)> {
        let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        Some((quote, rest[1..].find(quote)? + 1))
    };
    let path = if let Some(rest) = trimmed.strip_prefix("--8<--") {
        let rest = rest.trim();
        let (_, end) = quoted(rest)?;
        rest[end + 1..].trim().is_empty().then(|| &rest[1..end])?
    } else {
        let rest = trimmed.strip_prefix("<include ")?;
        if !(rest.ends_with("/>") || rest.ends_with("</include>")) {
            return None;
        }
        let at = rest.find("from=")? + "from=".len();
        let (_, end) = quoted(&rest[at..])?;
        &rest[at + 1..at + end]
    };
    let path = path.trim();
    // `file.md:3:10`, `file.md:intro`: a part of the file.
    let lower = path.to_lowercase();
    let end = [".md:", ".markdown:"].iter().find_map(|ext| lower.find(ext).map(|at| at + ext.len() - 1));
    let path = end.map_or(path, |end| &path[..end]);
    let markdown = path.ends_with(".md") || path.ends_with(".markdown");
    (markdown && !path.contains(['<', '>', '(', ')', '[', ']'])).then_some(path)
}

/// What a SiYuan block's attribute line becomes: an HTML comment holding the block's id, on
/// its line (a comment ends a table or a paragraph above it, and is no part of the page).
const BLOCK_COMMENT: &str = "<!-- tpmdocs-block: ";

/// The `name="value"` pairs of a tag or an attribute list, in order: an MDX component's
/// (`<AdrStatus status="accepted" />`), a SiYuan document's (`{: id="…" custom-status="…"}`).
pub(crate) fn attribute_pairs(text: &str) -> impl Iterator<Item = (&str, &str)> + '_ {
    static ATTRIBUTE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"([A-Za-z][\w-]*)="([^"]*)""#).expect("valid regex"));
    ATTRIBUTE.captures_iter(text).map(|found| {
        let (_, [name, value]) = found.extract();
        (name, value)
    })
}

/// The SiYuan block id a line the dialect pass wrote for a block's attributes holds.
pub(crate) fn block_id_in_comment(line: &str) -> Option<&str> {
    line.trim().strip_prefix(BLOCK_COMMENT)?.strip_suffix("-->")?.split_whitespace().next()
}

/// The attributes of a SiYuan document (`id="…" title="…" type="doc" custom-status="…"`) a
/// line the dialect pass wrote for them holds.
pub(crate) fn attributes_in_comment(line: &str) -> Option<&str> {
    let inside = line.trim().strip_prefix(BLOCK_COMMENT)?.strip_suffix("-->")?.trim();
    inside.split_once(char::is_whitespace).map(|(_, attributes)| attributes.trim())
}

/// The id of a SiYuan block attribute line (`{: id="20250318160522-c7hq2wd" updated="…"}`).
fn siyuan_block_id(trimmed: &str) -> Option<&str> {
    static ATTRIBUTES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r#"^\{{:.*\bid="({SIYUAN_ID})".*\}}$"#)).expect("valid regex"));
    ATTRIBUTES.captures(trimmed).and_then(|found| found.get(1)).map(|id| id.as_str())
}

/// A SiYuan block id: `20250318160522-c7hq2wd` (the moment it was made, then seven letters
/// and digits).
static SIYUAN_ID: &str = r"\d{14}-[0-9a-z]{7}";

/// SiYuan's block references `((20250318160522-c7hq2wd "см. АР-001"))` as links to the block
/// (`siyuan://blocks/<id>`, as SiYuan itself links), the reference's text their text.
fn siyuan_block_refs(line: &str) -> Cow<'_, str> {
    static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r#"\(\(({SIYUAN_ID})(?:\s+["']([^"'()]*)["'])?\)\)"#)).expect("valid regex")
    });
    block_refs(line, &REFERENCE, |found| {
        let id = &found[1];
        let text = found.get(2).map_or(id, |text| text.as_str()).replace(['[', ']'], "");
        format!("[{text}](siyuan://blocks/{id})")
    })
}

/// `[x] Add a panel @Tom Becker  Sep 24, 2025` at the margin (a Dropbox Paper export writes its
/// checkboxes with no bullet) as the task list item it is.
fn bare_checkbox(line: &str) -> Cow<'_, str> {
    if ["[ ] ", "[x] ", "[X] "].iter().any(|mark| line.starts_with(mark)) {
        Cow::Owned(format!("- {line}"))
    } else {
        Cow::Borrowed(line)
    }
}

/// Logseq's block references `((6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90))` as links to the block
/// (`logseq://blocks/<uuid>`, found by the `id::` property the block carries), the id's first
/// part their text.
fn logseq_block_refs(line: &str) -> Cow<'_, str> {
    static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\(\(([0-9a-f]{8})(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)").expect("valid regex")
    });
    block_refs(line, &REFERENCE, |found| format!("[{}](logseq://blocks/{}{})", &found[1], &found[1], &found[2]))
}

/// `line` with each `((…))` block reference `reference` matches written as `link` makes it,
/// outside inline code.
fn block_refs<'l>(line: &'l str, reference: &Regex, link: impl Fn(&regex::Captures<'_>) -> String) -> Cow<'l, str> {
    if !line.contains("((") {
        return Cow::Borrowed(line);
    }
    reference.replace_all(line, |found: &regex::Captures<'_>| {
        let whole = found.get(0).map_or(0..0, |m| m.range());
        if in_inline_code(&line[..whole.start], "") {
            return line[whole].to_owned();
        }
        link(found)
    })
}

/// The block a SiYuan embed alone on its line shows (`{{SELECT * FROM blocks WHERE id = '…'}}`).
fn siyuan_embedded_block(trimmed: &str) -> Option<&str> {
    static EMBED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^\{{\{{\s*select\b[^{{}}]*'({SIYUAN_ID})'[^{{}}]*\}}\}}$")).expect("valid regex")
    });
    EMBED.captures(trimmed).and_then(|found| found.get(1)).map(|id| id.as_str())
}

/// Hexo's `{% post_link 2026-03-14-login-storm 'Разбор' %}`: a link to the post of that
/// name, its title the words after the name (or the name itself).
fn hexo_post_links(line: &str) -> Cow<'_, str> {
    const OPEN: &str = "{% post_link ";
    if !line.contains(OPEN) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find(OPEN) {
        let body = &rest[start + OPEN.len()..];
        let Some(end) = body.find("%}") else { break };
        let in_code = in_inline_code(&out, &rest[..start]);
        let inner = body[..end].trim();
        let (slug, title) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let title = title.trim();
        let title = title.strip_suffix(" true").or_else(|| title.strip_suffix(" false")).unwrap_or(title);
        let title = title.trim().trim_matches(['\'', '"']).trim();
        out.push_str(&rest[..start]);
        if in_code || slug.is_empty() {
            out.push_str(&rest[start..start + OPEN.len() + end + 2]);
        } else {
            let text = if title.is_empty() { slug } else { title };
            out.push_str(&format!("[{}](<{PAGE_SCHEME}{slug}>)", text.replace(['[', ']'], "")));
        }
        rest = &body[end + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// SilverBullet's `[status: accepted]` and Dataview's `[due:: 2026-04-01]`: a field written
/// inline. The key (one word, or words before `::`) and its value; a value may hold a
/// wikilink (`[supersedes: [[ADR-001]]]`).
static INLINE_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[([\p{L}_][\p{L}\p{N}_ -]{0,30}?)(::?)[ \t]+((?:[^\[\]]|\[\[[^\[\]]*\]\])+)\]").expect("valid regex")
});

/// Inline fields (see [`INLINE_ATTRIBUTE`]) as the `Key: value` pairs the readers take,
/// parted by ` · ` from each other and from the words around them: `- [ ] Алерт [owner:
/// Иванов] [deadline: 2026-04-01]` is `- [ ] Алерт · owner: Иванов · deadline: 2026-04-01`,
/// and a line of fields alone is a header line of fields. A link's text (`[a: b](x)`), a
/// reference (`[a: b][x]`), an image's text and an example in code stay as written.
fn inline_attributes(line: &str) -> Cow<'_, str> {
    if !line.contains(':') || !line.contains('[') {
        return Cow::Borrowed(line);
    }
    let fields: Vec<_> = INLINE_ATTRIBUTE
        .captures_iter(line)
        .filter(|found| {
            let whole = found.get(0).map_or(0..0, |m| m.range());
            let spaced_key = found[2].len() == 1 && found[1].contains(' ');
            let after = line[whole.end..].chars().next();
            let before = line[..whole.start].chars().next_back();
            !spaced_key
                && !matches!(after, Some('(' | '[' | ':'))
                && !matches!(before, Some('!' | '[' | ']'))
                && !in_inline_code(&line[..whole.start], "")
        })
        .map(|found| (found.get(0).map_or(0..0, |m| m.range()), format!("{}: {}", found[1].trim(), found[3].trim())))
        .collect();
    if fields.is_empty() {
        return Cow::Borrowed(line);
    }
    // The words of a line past its quote marks, bullet and task mark.
    let has_words =
        |text: &str| !text.trim_start_matches(|c: char| " \t>-*+[]xX.)0123456789".contains(c)).trim().is_empty();
    let mut out = String::with_capacity(line.len() + 8);
    let mut last = 0;
    for (range, field) in &fields {
        let between = &line[last..range.start];
        if last > 0 {
            out.push_str(" · ");
            if !between.trim().is_empty() {
                out.push_str(between.trim());
                out.push_str(" · ");
            }
        } else if has_words(between) {
            out.push_str(between.trim_end());
            out.push_str(" · ");
        } else {
            out.push_str(between);
        }
        out.push_str(field);
        last = range.end;
    }
    let tail = &line[last..];
    if !tail.trim().is_empty() {
        out.push_str(" · ");
        out.push_str(tail.trim_start());
    }
    Cow::Owned(out)
}

/// A container component whose attributes link to a page (`::card{title="Глоссарий"
/// to="/glossarij"}`, `:::card{href="…"}`): its colons and the Markdown link it stands for.
fn component_link(line: &str) -> Option<(usize, String)> {
    static LINKED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"^(:{2,})[A-Za-z][\w-]*\{([^{}]*)\}\s*$"#).expect("valid regex"));
    static ATTRIBUTE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"\b(title|to|href|link)\s*=\s*"([^"]*)""#).expect("valid regex"));
    let found = LINKED.captures(line)?;
    let mut title = None;
    let mut target = None;
    for attribute in ATTRIBUTE.captures_iter(&found[2]) {
        match &attribute[1] {
            "title" => title = Some(attribute[2].to_owned()),
            _ => target = target.or_else(|| Some(attribute[2].to_owned())),
        }
    }
    let target = target.filter(|target| !target.is_empty() && !target.contains(char::is_whitespace))?;
    let text = title.unwrap_or_else(|| target.clone()).replace(['[', ']'], "");
    Some((found[1].len(), format!("[{text}]({target})")))
}

/// Writerside's `{style="note"}` under a quote, `{collapsible="true"}` under a heading: a
/// line of nothing but a block's attributes, which say how it looks.
/// The text of a `<p>…</p>` element that fills its line.
fn paragraph_element(line: &str) -> Option<&str> {
    let inner = line.strip_prefix("<p>")?.strip_suffix("</p>")?;
    (!inner.contains("<p>") && !inner.contains("</p>")).then_some(inner)
}

/// `<b>Уровень:</b> SEV-2, <code>*.internal</code>`: a paragraph's bold, italic and code
/// elements as Markdown's marks (the elements themselves, as raw HTML, would be left out).
fn inline_elements_as_markdown(inner: &str) -> String {
    const MARKS: [(&str, &str); 8] = [
        ("<b>", "**"),
        ("</b>", "**"),
        ("<strong>", "**"),
        ("</strong>", "**"),
        ("<i>", "*"),
        ("</i>", "*"),
        ("<em>", "*"),
        ("</em>", "*"),
    ];
    let marked = MARKS.iter().fold(inner.to_owned(), |text, (element, mark)| text.replace(element, mark));
    marked.replace("<code>", "`").replace("</code>", "`")
}

/// The text of BookStack's one-line callout, `<p class="callout info">…</p>` (`success`,
/// `warning`, `danger` alike).
fn bookstack_callout(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("<p class=\"callout")?;
    let (class, inner) = rest.split_once("\">")?;
    let known = ["", " info", " success", " warning", " danger"].contains(&class);
    let inner = inner.strip_suffix("</p>")?;
    (known && !inner.contains("<p") && !inner.contains("</p>")).then_some(inner.trim())
}

/// Kramdown's `{: .label .label-green }` (Just the Docs' label on the line above).
fn is_label_attributes(line: &str) -> bool {
    let inner = line.strip_prefix("{:").and_then(|rest| rest.strip_suffix('}'));
    inner.is_some_and(|inner| inner.split_whitespace().any(|class| class == ".label"))
}

fn is_block_attributes(line: &str) -> bool {
    // SiYuan's and kramdown's `{: id="20250318155907-ag1jpzk" updated="…"}` after a block.
    let inner = line.strip_prefix("{:").unwrap_or(line.get(1..).unwrap_or_default());
    line.starts_with('{')
        && line.ends_with('}')
        && line.contains("=\"")
        && !line.starts_with("{{")
        && !line.starts_with("{%")
        && inner
            .split_whitespace()
            .next()
            .is_some_and(|first| first.contains('=') && first.chars().next().is_some_and(char::is_alphabetic))
}

/// Retype's `[!badge text="Принято" variant="success"]` and `[!badge Принято]`, Nuxt's
/// `:badge[Принято]{…}`, VuePress's and VitePress's `<Badge text="Принято" type="tip"/>` and
/// `<Badge type="tip">Принято</Badge>`: the badge's words, in bold (a status or a roadmap
/// state written as a badge).
fn badges(line: &str) -> Cow<'_, str> {
    // VuePress's component: `text` in either quotes, or the text between its tags.
    static VUE_BADGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"<Badge\b(?:[^>]*?\btext\s*=\s*(?:"([^"]*)"|'([^']*)'))?[^>]*?(?:/>|>([^<]*)</Badge>)"#)
            .expect("valid regex")
    });
    let line = if line.contains("<Badge") {
        let mut out = String::with_capacity(line.len());
        let mut written = 0;
        for found in VUE_BADGE.captures_iter(line) {
            let whole = found.get(0).expect("a match");
            // `` `<Badge text="x"/>` ``: an example in code stays as written.
            if in_inline_code(&line[..whole.start()], "") {
                continue;
            }
            out.push_str(&line[written..whole.start()]);
            let text = (1..=3).find_map(|group| found.get(group)).map_or("", |m| m.as_str()).trim();
            if !text.is_empty() {
                out.push_str(&format!("**{text}**"));
            }
            written = whole.end();
        }
        out.push_str(&line[written..]);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(line)
    };
    if let Cow::Owned(owned) = retype_badges(&line) {
        return Cow::Owned(owned);
    }
    line
}

/// Retype's and Nuxt's badges, as [`badges`] reads them.
fn retype_badges(line: &str) -> Cow<'_, str> {
    static BADGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\[!badge\s+(?:[^\]]*?\btext\s*=\s*"([^"]*)"[^\]]*|([^\]="]+))\]"#).expect("valid regex")
    });
    // Nuxt Content's MDC `:badge[Принято]{type="success"}`.
    static MDC_BADGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r":badge\[([^\]]*)\](?:\{[^{}]*\})?").expect("valid regex"));
    let line = if line.contains(":badge[") {
        MDC_BADGE.replace_all(line, |found: &regex::Captures<'_>| {
            let text = found[1].trim();
            if text.is_empty() {
                String::new()
            } else {
                format!("**{text}**")
            }
        })
    } else {
        Cow::Borrowed(line)
    };
    if !line.contains("[!badge") {
        return line;
    }
    let line = line.as_ref();
    Cow::Owned(
        BADGE
            .replace_all(line, |found: &regex::Captures<'_>| {
                let text = found.get(1).or_else(|| found.get(2)).map_or("", |m| m.as_str()).trim();
                if text.is_empty() {
                    String::new()
                } else {
                    format!("**{text}**")
                }
            })
            .into_owned(),
    )
}

/// `[[_TOC_]]` (GitLab and Azure DevOps wikis), `[[_TOSP_]]` (Azure DevOps's sub-pages),
/// `[TOC]` (Python-Markdown): where the wiki draws a table of contents, which the portal's
/// page already has.
/// Redmine's (and Yandex Wiki's) `{{toc}}`, `{{>toc}}`, `{{child_pages(depth=2)}}` macros too.
fn is_contents_marker(line: &str) -> bool {
    let macro_name = line
        .strip_prefix("{{")
        .and_then(|rest| rest.strip_suffix("}}"))
        .map(|inner| inner.split('(').next().unwrap_or(inner).trim().trim_start_matches(['>', '<']));
    matches!(line, "[[_TOC_]]" | "[[_TOSP_]]" | "[TOC]" | "[[TOC]]")
        || macro_name.is_some_and(|name| matches!(name, "toc" | "child_pages" | "TOC" | "toc/" | "children/"))
}

/// An XWiki box macro alone on its line: `{{info}}`, `{{warning title="…"}}` (opening) or
/// `{{/info}}` (closing), with its name.
fn xwiki_box(line: &str) -> Option<(bool, &str)> {
    let inner = line.strip_prefix("{{")?.strip_suffix("}}")?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name = inner.split_whitespace().next()?;
    matches!(name, "info" | "warning" | "error" | "success" | "note" | "tip").then_some((closing, name))
}

/// XWiki's `(% class="table-bordered" %)` alone on its line: a parameter of the next block.
fn is_xwiki_parameters(line: &str) -> bool {
    line.starts_with("(%") && line.ends_with("%)")
}

/// `(label)=`: a MyST target for cross-references, alone on its line.
/// The name of Confluence's `{anchor:name}` macro written alone on a line.
fn confluence_anchor(line: &str) -> Option<&str> {
    let name = line.strip_prefix("{anchor:")?.strip_suffix('}')?.trim();
    let plain = !name.is_empty() && !name.contains(|c: char| c.is_whitespace() || "{}<>".contains(c));
    (plain && !name.contains("--")).then_some(name)
}

fn is_label_target(line: &str) -> bool {
    line.len() > 3
        && line.starts_with('(')
        && line.ends_with(")=")
        && !line[1..line.len() - 2].contains(|c: char| c.is_whitespace() || c == '(' || c == ')')
}

/// The marker of an ordinary code fence this line opens (three or more backticks or tildes).
pub(super) fn fence_marker(line: &str) -> Option<String> {
    let mark = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let count = line.len() - line.trim_start_matches(mark).len();
    (count >= 3).then(|| mark.to_string().repeat(count))
}

/// Whether `line` closes the code fence opened with `marker`.
pub(super) fn closes_fence(line: &str, marker: &str) -> bool {
    let mark = marker.chars().next().unwrap_or('`');
    is_fence_of(line, mark, marker.len())
}

/// A line of only `mark`, at least `count` of them.
fn is_fence_of(line: &str, mark: char, count: usize) -> bool {
    !line.is_empty() && line.chars().all(|c| c == mark) && line.len() >= count
}

fn indent_of(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ' || *c == '\t').map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(text: &str) -> String {
        let out = as_commonmark(text).into_owned();
        assert_eq!(out.lines().count(), text.lines().count(), "line numbers kept:\n{out}");
        out
    }

    #[test]
    fn a_jira_wiki_table_header_left_by_a_converter() {
        let ticket = "## Действия\n\n||Задача||Ответственный||Срок||\n| Алерт на лаг | Ильдар | 2026-02-06 |\n| Учения | TBD | 2026-03-31 |\n\n```\n\n||a||b||\n|c|d|\n```\n";
        assert_eq!(
            rewritten(ticket),
            "## Действия\n| Задача | Ответственный | Срок |\n|---|---|---|\n| Алерт на лаг | Ильдар | 2026-02-06 |\n| Учения | TBD | 2026-03-31 |\n\n```\n\n||a||b||\n|c|d|\n```\n"
        );
        let glued = "Критерии:\n||Критерий||Порог||\n|p99|< 2 мс|\n";
        assert_eq!(rewritten(glued), glued, "no blank line to take the header");
        let after_prose = "Критерии:\n\n||Критерий||Порог||\n|p99|< 2 мс|\n";
        assert_eq!(rewritten(after_prose), after_prose, "the header would join the paragraph");
    }

    #[test]
    fn bookdown_s_cross_references() {
        let text = "# Разбор\n\nСм. главу \\@ref(adr-004) и раздел \\@ref(sec:lag), не `\\@ref(x)`.\n";
        assert_eq!(
            rewritten(text),
            "# Разбор\n\nСм. главу [adr-004](<tpmdocs-ref:adr-004>) и раздел [sec:lag](<tpmdocs-ref:sec:lag>), не `\\@ref(x)`.\n"
        );
    }

    #[test]
    fn bookdown_s_parts_and_unnumbered_headings() {
        let chapter = "# (PART) Архитектурные решения {-}\n\n# ADR-001. RabbitMQ {#adr-001}\n\n## Статус {-}\n\n**Заменено**\n\n## Контекст {.unnumbered}\n\n`## x {-}`\n";
        assert_eq!(
            rewritten(chapter),
            "\n\n# <a id=\"adr-001\"></a>ADR-001. RabbitMQ\n\n## Статус\n\n**Заменено**\n\n## Контекст\n\n`## x {-}`\n"
        );
    }

    #[test]
    fn a_notes_app_s_link_to_a_file_whose_name_has_spaces() {
        let note = "# Разбор\n\nСм. [Ранбук: Redis](./../Эксплуатация/Ранбук- Redis-кластер корзины.md) и [план](Инфраплан Redis 7.md#этапы).\n\n![схема](вложения/схема кластера.png)\n";
        assert_eq!(
            rewritten(note),
            "# Разбор\n\nСм. [Ранбук: Redis](<./../Эксплуатация/Ранбук- Redis-кластер корзины.md>) и [план](<Инфраплан Redis 7.md#этапы>).\n\n![схема](<вложения/схема кластера.png>)\n"
        );
        let left = "# X\n\n[a](b.md \"Title\") [see](see below) [v](release v 2.0) [w](https://x.org/a b.md) [d](<c d.md>) `[e](f g.md)`\n\n```\n[h](i j.md)\n```\n";
        assert_eq!(rewritten(left), left, "a title, words, a version, a web address, brackets and code stay");
    }

    #[test]
    fn a_converted_google_doc_loses_the_converter_s_notices() {
        let doc = "<!-- Output copied to clipboard! -->\n\n<p style=\"color: red; font-weight: bold\">>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>\n<p style=\"color: red; font-weight: bold\">Links to alert messages:</p><a href=\"#gdcalert1\">alert1</a>\n\n# Design\n\n<p id=\"gdcalert1\" ><span style=\"color: red\">>>>>>  gd2md-html alert: inline image link here</span><br>(<a href=\"#gdcalert2\">Next alert</a>)</p>\n\n![alt_text](images/image1.png)\n";
        assert_eq!(
            rewritten(doc),
            "<!-- Output copied to clipboard! -->\n\n\n\n\n# Design\n\n\n\n![alt_text](images/image1.png)\n"
        );
        let prose = "# Notes\n\nThe gd2md-html alert lines are removed by hand.\n";
        assert_eq!(rewritten(prose), prose, "a sentence about the converter stays");
        let example = "# How to clean up\n\n```html\n<p id=\"gdcalert1\" >>>>>>  gd2md-html alert: x</p>\n```\n";
        assert_eq!(rewritten(example), example, "an example in code stays");
    }

    #[test]
    fn coloured_text_reads_as_its_words() {
        let page = "# АР-11\n\n| **Статус** | <span style=\"color:#188038\">**Утверждено**</span> |\n**Статус:** <SPAN STYLE='color: red'>На согласовании</SPAN>, <font color=\"red\">срочно</font>\n<span style=\"color:#5f6368\"><span style=\"font-weight:700\">Отменено</span></span>\n";
        assert_eq!(
            rewritten(page),
            "# АР-11\n\n| **Статус** | **Утверждено** |\n**Статус:** На согласовании, срочно\nОтменено\n"
        );
        let kept = "# X\n\n<span id=\"top\"></span>Text and `<span style=\"color:red\">code</span>`.\n\n```html\n<span style=\"color:red\">x</span>\n```\n";
        assert_eq!(rewritten(kept), kept, "an anchor, inline code and a code block stay");
    }

    #[test]
    fn a_wikilink_s_label_in_a_table_row_keeps_its_cell() {
        let row =
            "| # | Что | Статус |\n|---|---|---|\n| 4 | [[PoC Iceberg + Trino|poc.2026.03.iceberg-trino]] | Готово |\n";
        assert_eq!(
            rewritten(row),
            "| # | Что | Статус |\n|---|---|---|\n| 4 | [[PoC Iceberg + Trino\\|poc.2026.03.iceberg-trino]] | Готово |\n"
        );
        let escaped = "| 4 | [[a\\|b]] | x |\n";
        assert_eq!(rewritten(escaped), escaped, "already escaped");
        let fenced = "```\n| 4 | [[a|b]] | x |\n```\n";
        assert_eq!(rewritten(fenced), fenced, "code stays as written");
        let prose = "See [[a|b]] | not a table\n";
        assert_eq!(rewritten(prose), prose, "no table row");
        let html = crate::markdown::convert(&rewritten(row), 0, None, crate::markdown::ConvertOptions::default())
            .html
            .to_string();
        assert!(html.contains("Готово</td>"), "three cells: {html}");
    }

    #[test]
    fn old_yandex_wiki_links_are_links() {
        assert_eq!(
            rewritten("Инструкция — ((/sklad/dezhurstvo/perezapusk Перезапуск волн)), см. ((/sklad)).\n"),
            "Инструкция — [Перезапуск волн](</sklad/dezhurstvo/perezapusk>), см. [/sklad](</sklad>).\n"
        );
        for kept in ["Сумма ((a + b)) по формуле.\n", "`((/x y))`\n"] {
            assert_eq!(rewritten(kept), kept);
        }
    }

    #[test]
    fn a_teams_mention_is_the_person_s_name() {
        assert_eq!(rewritten("| 1 | Индекс | <at>Игорь Мельников</at> |\n"), "| 1 | Индекс | Игорь Мельников |\n");
    }

    #[test]
    fn an_asciidoc_header_under_the_title_is_a_list_of_fields() {
        let antora = "# ADR-002. Шина событий\n:status: superseded\n:toc:\n:revdate: 20.03.2025\n:superseded-by: ADR-005\n\n## Контекст\n\n:not: a header\n";
        assert_eq!(
            rewritten(antora),
            "# ADR-002. Шина событий\n- status: superseded\n\n- revdate: 20.03.2025\n- superseded-by: ADR-005\n\n## Контекст\n\n:not: a header\n"
        );
        let myst = "# ADR 0003: Ray Serve\n\n:Status: Accepted\n:Date: 5 November 2025\n\n## Context\n";
        assert_eq!(
            rewritten(myst),
            "# ADR 0003: Ray Serve\n\n- Status: Accepted\n- Date: 5 November 2025\n\n## Context\n",
            "a MyST field list a blank line under the title"
        );
        let prose = "Intro.\n:status: accepted\n";
        assert_eq!(rewritten(prose), prose, "no title above it");
        assert_eq!(attribute_entry(":page-tags: adr, api"), Some(("page-tags", "adr, api")));
        assert_eq!(attribute_entry(":: nothing"), None);
        assert_eq!(attribute_entry(":12: x"), None);
    }

    #[test]
    fn containers_of_vuepress_docusaurus_starlight_and_myst_become_alerts() {
        let text = "::: tip Совет\nСтатус: Принято\n:::\n\n:::note[Starlight title]\nx\n:::\n\n\
                    :::{warning}\ny\n:::\n\n::: code-group\nz\n:::\n";
        assert_eq!(
            rewritten(text),
            "> [!TIP] Совет\n> Статус: Принято\n\n\n> [!NOTE] Starlight title\n> x\n\n\n\
             > [!WARNING]\n> y\n\n\n\nz\n\n"
        );
    }

    #[test]
    fn an_mkdocs_admonition_s_indented_body_is_its_text_not_code() {
        let text = "# T\n\n!!! warning \"Внимание\"\n    Первая строка.\n\n    - пункт\n\nПосле.\n\n\
                    !!! Внимание !!!\n";
        assert_eq!(
            rewritten(text),
            "# T\n\n> [!WARNING] Внимание\n> Первая строка.\n>\n> - пункт\n>\nПосле.\n\n!!! Внимание !!!\n"
        );
    }

    #[test]
    fn myst_directives_roles_and_targets_become_markdown() {
        let text = "(historian)=\n# SCADA\n\n```{toctree}\n:maxdepth: 2\n\nadr/0001-historian\nRunbook <ops/rb>\n\
                    self\n```\n\nSee {doc}`adr/0001-historian` and {doc}`the runbook <ops/rb>`, {ref}`historian`\n\
                    and {ref}`levels <sev-levels>`.\n\n\
                    ```{note}\nStatus: Accepted\n```\n\n```{code-block} python\nprint(1)\n```\n";
        assert_eq!(
            rewritten(text),
            "<!-- tpmdocs-label: historian -->\n# SCADA\n\n\n\n\n- [adr/0001-historian](<adr/0001-historian>)\n- [Runbook](<ops/rb>)\n\n\n\n\
             See [adr/0001-historian](<adr/0001-historian>) and [the runbook](<ops/rb>), \
             [historian](<tpmdocs-ref:historian>)\nand [levels](<tpmdocs-ref:sev-levels>).\n\n\
             > [!NOTE]\n> Status: Accepted\n\n\n```python\nprint(1)\n```\n"
        );
    }

    #[test]
    fn hugo_refs_are_links_and_shortcodes_asides_or_nothing() {
        let text = "See [the ADR]({{< ref \"/decisions/0002-kafka.md\" >}}) and {{% relref \"x.md\" %}}.\n\n\
                    {{< hint warning >}}\nСтатус: Принято\n{{< /hint >}}\n{{< figure src=\"a.png\" >}}\n";
        assert_eq!(
            rewritten(text),
            "See [the ADR](<tpmdocs-built-page:/decisions/0002-kafka.md>) and x.md.\n\n> [!WARNING]\n> Статус: Принято\n\n\n"
        );
    }

    #[test]
    fn discourse_folds_quotes_and_polls() {
        let text = "[details=\"Альтернативы\"]\n- Партиции\n[/details]\n\n[quote=\"d.petrov, post:2, topic:212\"]\nJSON without a schema\n[/quote]\n\n[poll type=regular results=on_close]\n* Оба варианта\n[/poll]\n[quoted] text\n";
        assert_eq!(
            rewritten(text),
            "> [!NOTE] Альтернативы\n> - Партиции\n\n\n>\n> JSON without a schema\n\n\n> [!NOTE]\n> Оба варианта  \n\n[quoted] text\n"
        );
    }

    #[test]
    fn a_myst_glossary_s_terms_are_text_and_its_options_are_not() {
        let text = "```{glossary}\n:sorted:\n\nБатч-окно\n  Интервал, см. ADR-0006.\n```\n";
        assert_eq!(rewritten(text), "\n\n\nБатч-окно\n  Интервал, см. ADR-0006.\n\n");
    }

    #[test]
    fn jekyll_link_tags_are_links_to_the_page_they_name() {
        let text =
            "- [Комитет]({% link docs/arkhkom/index.md %}) и [дежурный]({{ site.baseurl }}{% link docs/x.md %}).\n\
                    {% link docs/y.md %} alone stays, and `[code]({% link docs/z.md %})` too.\n";
        assert_eq!(
            rewritten(text),
            "- [Комитет](<tpmdocs-built-page:docs/arkhkom/index.md>) и [дежурный](<tpmdocs-built-page:docs/x.md>).\n\
             {% link docs/y.md %} alone stays, and `[code]({% link docs/z.md %})` too.\n"
        );
    }

    #[test]
    fn readme_callout_blocks_are_alerts_and_other_blocks_are_left_out() {
        let text = "Intro.\n\n[block:callout]\n{\n  \"type\": \"warning\",\n  \"title\": \"Careful\",\n  \"body\": \"Status: accepted\\nsecond\"\n}\n[/block]\n[block:image]\n{ \"images\": [] }\n[/block]\nAfter.\n";
        assert_eq!(
            rewritten(text),
            "Intro.\n\n\n\n> [!WARNING]\n> **Careful**\n> Status: accepted second\n>\n\n\n\n\nAfter.\n"
        );
    }

    #[test]
    fn attribute_ids_are_anchors() {
        let text = "# Регламент {#top}\n## 1. Общие положения {#общие-положения .unnumbered}\n## Шаги {: #steps }\n## Уровни { #sev }\n[]{#_Toc123 .anchor}Текст и [слово]{#w}.\n";
        assert_eq!(
            rewritten(text),
            "# <a id=\"top\"></a>Регламент\n## <a id=\"общие-положения\"></a>1. Общие положения\n## <a id=\"steps\"></a>Шаги\n## <a id=\"sev\"></a>Уровни\n<a id=\"_Toc123\"></a>Текст и <a id=\"w\"></a>слово.\n"
        );
        assert_eq!(rewritten("A {#json} value and `[x]{#y}`.\n"), "A {#json} value and `[x]{#y}`.\n", "code stays");
    }

    #[test]
    fn an_included_file_is_a_link_to_it_until_it_is_put_in() {
        let text = "Шаги.\n\n--8<-- \"includes/escalation.md\"\n--8<-- 'includes/a.md:3:10'\n--8<-- \"scripts/drain.sh\"\n<include from=\"shared-snippets.md\" element-id=\"escalation\"/>\n";
        assert_eq!(
            rewritten(text),
            "Шаги.\n\n[includes/escalation.md](<tpmdocs-page:includes/escalation.md>)\n[includes/a.md](<tpmdocs-page:includes/a.md>)\n--8<-- \"scripts/drain.sh\"\n[shared-snippets.md](<tpmdocs-page:shared-snippets.md>)\n"
        );
        let example = "Пишите `--8<-- \"x.md\"` в строке.\n\n```\n--8<-- \"x.md\"\n```\n";
        assert_eq!(rewritten(example), example, "examples stay as written");
    }

    #[test]
    fn a_paper_export_s_checkboxes_without_bullets_are_task_items() {
        let text = "## Action items\n\n[x] Add a panel @Tom Becker  Sep 24, 2025\n[ ] Write a runbook section\n\nSee [x] in the legend.\n";
        assert_eq!(
            as_commonmark(text),
            "## Action items\n\n- [x] Add a panel @Tom Becker  Sep 24, 2025\n- [ ] Write a runbook section\n\nSee [x] in the legend.\n"
        );
    }

    #[test]
    fn a_docsy_alert_keeps_its_title() {
        let text = "{{% alert title=\"Критичность: P1\" color=\"warning\" %}}\nЗатронуты данные.\n{{% /alert %}}\n";
        assert_eq!(as_commonmark(text), "> [!NOTE] Критичность: P1\n> Затронуты данные.\n\n");
    }

    #[test]
    fn a_quarto_callout_is_an_aside_titled_by_its_heading() {
        let inner = "::: tip\nx\n\n## Details\ny\n:::\n";
        assert_eq!(as_commonmark(inner), "> [!TIP]\n> x\n>\n> ## Details\n> y\n\n", "a heading further in stays one");
        let text = "::: {.callout-warning}\n## На согласовании\nРешение ждёт подписи.\n:::\n\n- **Статус:** На согласовании\n\n::: {.callout-note title=\"Итог\"}\nx\n:::\n";
        assert_eq!(
            as_commonmark(text),
            "> [!WARNING]\n> **На согласовании**\n> Решение ждёт подписи.\n\n\n- **Статус:** На согласовании\n\n> [!NOTE] Итог\n> x\n\n"
        );
    }

    #[test]
    fn logseq_block_references_are_links_to_the_block() {
        let line = "\t\t- ((6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90)) and `((6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90))`";
        assert_eq!(
            logseq_block_refs(line),
            "\t\t- [6613a2f4](logseq://blocks/6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90) and `((6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90))`"
        );
        assert!(matches!(logseq_block_refs("((x + y))"), Cow::Borrowed(_)));
    }

    #[test]
    fn siyuan_block_references_and_embeds_are_links_to_the_block() {
        let text = "Слой `mart` (((20250318160522-c7hq2wd \"см. АР-001\"))) и ((20251114120130-rstrtq1)).\n\n{{SELECT * FROM blocks WHERE id = '20250318160522-c7hq2wd'}}\n\n`((20250318160522-c7hq2wd))`\n";
        assert_eq!(
            rewritten(text),
            "Слой `mart` ([см. АР-001](siyuan://blocks/20250318160522-c7hq2wd)) и [20251114120130-rstrtq1](siyuan://blocks/20251114120130-rstrtq1).\n\n[20250318160522-c7hq2wd](siyuan://blocks/20250318160522-c7hq2wd)\n\n`((20250318160522-c7hq2wd))`\n"
        );
    }

    #[test]
    fn hexo_post_links_are_links_to_their_posts() {
        let text = "См. {% post_link 2026-03-14-login-storm 'Разбор шторма' %} и {% post_link adr-0004 %}.\n";
        assert_eq!(
            rewritten(text),
            "См. [Разбор шторма](<tpmdocs-page:2026-03-14-login-storm>) и [adr-0004](<tpmdocs-page:adr-0004>).\n"
        );
    }

    #[test]
    fn silverbullet_and_dataview_inline_fields_are_key_value_pairs() {
        assert_eq!(rewritten("[status: accepted] [date: 2026-02-10]\n"), "status: accepted · date: 2026-02-10\n");
        assert_eq!(
            rewritten("- [ ] Алерт [owner: Иванов] [deadline:: 2026-04-01]\n"),
            "- [ ] Алерт · owner: Иванов · deadline: 2026-04-01\n"
        );
        assert_eq!(rewritten("[supersedes: [[ADR/ADR-001 Брокер]]]\n"), "supersedes: [[ADR/ADR-001 Брокер]]\n");
        assert_eq!(rewritten("- [Due Date:: 2026-04-01] Алерт\n"), "- Due Date: 2026-04-01 · Алерт\n");
        for kept in
            ["[Статус: принято](adr.md)\n", "[a: b][ref]\n", "![alt: x](i.png)\n", "`[k: v]`\n", "[Note that: x]\n"]
        {
            assert_eq!(rewritten(kept), kept);
        }
    }

    #[test]
    fn writerside_ids_and_attributes_and_retype_badges() {
        assert_eq!(rewritten("## Status {id=\"status\"}\n"), "## <a id=\"status\"></a>Status\n");
        assert_eq!(rewritten("> Note.\n{style=\"note\"}\n"), "> Note.\n\n");
        let siyuan = "| Статус | предложено |\n| --- | --- |\n| Дата | 12.05.2026 |\n{: id=\"20260512101507-hpg38l4\" updated=\"20260521173005\"}\n";
        assert_eq!(
            rewritten(siyuan),
            "| Статус | предложено |\n| --- | --- |\n| Дата | 12.05.2026 |\n<!-- tpmdocs-block: 20260512101507-hpg38l4 -->\n",
            "SiYuan's block attributes: the id kept, the table ended"
        );
        assert_eq!(
            block_id_in_comment("<!-- tpmdocs-block: 20260512101507-hpg38l4 -->"),
            Some("20260512101507-hpg38l4")
        );
        // A document's attributes are kept beside its id: they hold its fields.
        let document =
            rewritten("Текст.\n\n{: id=\"20250318155900-ar1dk0q\" type=\"doc\" custom-status=\"accepted\"}\n");
        let last = document.lines().last().unwrap();
        assert_eq!(block_id_in_comment(last), Some("20250318155900-ar1dk0q"), "{document}");
        assert_eq!(
            attributes_in_comment(last),
            Some("id=\"20250318155900-ar1dk0q\" type=\"doc\" custom-status=\"accepted\""),
            "{document}"
        );
        assert_eq!(attributes_in_comment("<!-- tpmdocs-block: 20260512101507-hpg38l4 -->"), None);
        assert_eq!(rewritten("[!badge text=\"Принято\" variant=\"success\"]\n"), "**Принято**\n");
        assert_eq!(rewritten("| A | [!badge В работе] |\n"), "| A | **В работе** |\n");
        assert_eq!(rewritten("{{< hint >}}\n"), "> [!TIP]\n", "a shortcode is no attribute line");
        assert_eq!(rewritten("| A | :badge[Готово]{type=\"success\"} |\n"), "| A | **Готово** |\n");
        // DokuWiki's italics around a whole line; not a comment or an address.
        assert_eq!(
            rewritten("# A\n\n//Обновлено: 2026-05-06, А. Громов.//\n"),
            "# A\n\n*Обновлено: 2026-05-06, А. Громов.*\n"
        );
        assert_eq!(rewritten("x\n// comment //\n//example.org/a//\n"), "x\n// comment //\n//example.org/a//\n");
        // Just the Docs' label: the line above it.
        assert_eq!(rewritten("# A\n\nAccepted\n{: .label .label-green }\n"), "# A\n\n**Accepted**\n\n");
        assert_eq!(rewritten("Текст.\n\n{: .label }\n"), "Текст.\n\n\n", "no line right above it");
        // VuePress's and VitePress's component, its text as an attribute or between its tags.
        assert_eq!(
            rewritten("| A | <Badge text=\"Готово\" type=\"tip\"/> | <Badge text='План' /> |\n"),
            "| A | **Готово** | **План** |\n"
        );
        assert_eq!(
            rewritten("Статус: <Badge type=\"warning\">На согласовании</Badge>\n"),
            "Статус: **На согласовании**\n"
        );
        assert_eq!(rewritten("`<Badge text=\"x\"/>` and <Badge type=\"tip\"/>\n"), "`<Badge text=\"x\"/>` and \n");
        assert_eq!(
            rewritten("Текст.\n::card{title=\"Глоссарий\" icon=\"i-book\" to=\"/glossarij\"}\nПро термины.\n::\n"),
            "Текст.\n[Глоссарий](/glossarij)\nПро термины.\n\n"
        );
        assert_eq!(
            rewritten("Текст.\n::alert{type=\"warning\"}\nОсторожно.\n::\n"),
            "Текст.\n> [!WARNING]\n> Осторожно.\n\n"
        );
    }

    #[test]
    fn the_one_pass_check_sees_every_rewritten_form() {
        let forms = [
            "<table><tr><td>a</td></tr></table>",
            "+---+---+\n| a | b |\n+---+---+",
            "---- ----\n a    b\n---- ----",
            "#|\n|| a | b ||\n|#",
            ":::{list-table}\n* - a\n:::",
            "```{note}\nx\n```",
            "{doc}`a`",
            "(label)=",
            "[[_TOC_]]",
            "[TOC]",
            "{{< hint >}}",
            "{% note info %}",
            "## A {#a}",
            "[block:callout]",
            "(% class=\"x\" %)",
            "[[a>>b]]",
            "## A {: #a}",
            "## A {id=\"a\"}",
            "## A { #a }",
            "--8<-- \"a.md\"",
            "<include from=\"a.md\"/>",
            "{style=\"note\"}",
            "x\n{: id=\"a\"}",
            "((20250318160522-c7hq2wd))",
            "[!badge Принято]",
            ":badge[Принято]",
            "<Badge text=\"Принято\"/>",
            "Принято\n{: .label .label-green }",
            "x\n//Обновлено: 2026-05-06//",
            "x\n::alert\n::",
            "::: tip\nx\n:::",
            "!!! note\n    x",
            "??? note\n    x",
            "<tldr>\n<p>a</p>\n</tldr>",
            "<warning>\nx\n</warning>",
        ];
        for form in forms {
            let rewritten_at_all = has_dialect(form)
                || super::super::html_tables::as_pipe_tables(form) != form
                || super::super::pandoc_tables::as_pipe_tables(form) != form
                || super::super::yfm_tables::as_pipe_tables(form) != form
                || super::super::list_tables::as_pipe_tables(form) != form;
            assert!(rewritten_at_all, "{form:?} is a form some rewriter reads");
            assert!(ANY_MARKER.is_match(form), "{form:?} passes the one-pass check");
        }
        assert!(!ANY_MARKER.is_match("# ADR-1\n\n- Status: accepted\n\nA [link](x.md) and [[wikilink]].\n"));
    }

    #[test]
    fn dokuwiki_headings_tables_and_boxes() {
        let page = "====== ADR-01. NFS ======\n\n^ Статус | <del>Принято</del> **Заменено** [[a:b|ADR-04]] ||\n^ Дата решения | 18.02.2025 |\n\n===== Контекст =====\n\n^ Действие ^ Срок ^\n| Алерт на ''REFUSED'' [[ops:x|разбор]] | 20.11.2025 |\n\n<WRAP round important>\nЗаменено.\n</WRAP>\n~~NOTOC~~\n";
        assert_eq!(
            rewritten(page),
            "# ADR-01. NFS\n\n**Статус:** ~~Принято~~ **Заменено** [[a:b|ADR-04]]\n**Дата решения:** 18.02.2025\n\n## Контекст\n| Действие | Срок |\n|---|---|\n| Алерт на `REFUSED` [[ops:x\\|разбор]] | 20.11.2025 |\n\n> [!IMPORTANT]\n> Заменено.\n\n\n"
        );
        for kept in ["a == b\n", "Title\n=====\n", "x ^ y | z\n"] {
            assert_eq!(rewritten(kept), kept);
        }
    }

    #[test]
    fn mediawiki_templates_show_their_words() {
        assert_eq!(rewritten("**Статус:** {{Статус|Заменено}} — см. ADR-3\n"), "**Статус:** Заменено — см. ADR-3\n");
        assert_eq!(rewritten("| Статус | {{Статус\\|Принято}} |\n"), "| Статус | Принято |\n");
        assert_eq!(rewritten("| Уровень | {{Уровень\\|2}} |\n"), "| Уровень | Уровень 2 |\n");
        assert_eq!(rewritten("{{Черновик}}\n"), "**Черновик**\n");
        assert_eq!(
            rewritten("{{Согласование|Утверждён|01.10.2025|архкомитет}}\n"),
            "**Утверждён** · 01.10.2025 · архкомитет\n"
        );
        for kept in ["Status: {{proposed|accepted}}\n", "{{ site.title }}\n", "{{< hint >}}x\n"] {
            assert_eq!(rewritten(kept), kept);
        }
    }

    #[test]
    fn xwiki_links_lead_to_the_exported_page() {
        assert_eq!(
            rewritten("По [[Регламент сверки>>Payments.Operations.Runbook-Settlement.WebHome]]: 31.\n"),
            "По [Регламент сверки](<tpmdocs-page:Payments/Operations/Runbook-Settlement/WebHome.md>): 31.\n"
        );
        assert_eq!(rewritten("[[Сайт>>https://example.com]]\n"), "[Сайт](<https://example.com>)\n");
        assert_eq!(rewritten("`[[a>>b]]`\n"), "`[[a>>b]]`\n", "an example in code");
    }

    #[test]
    fn xwiki_boxes_and_parameters() {
        assert_eq!(
            rewritten("{{toc/}}\n{{info}}\nСтатус: **Черновик**.\n{{/info}}\n(% class=\"table-bordered\" %)\n| a |\n"),
            "\n> [!NOTE]\n> Статус: **Черновик**.\n\n\n| a |\n"
        );
        assert_eq!(rewritten("{{warning}}\nОсторожно.\n{{/warning}}\n"), "> [!WARNING]\n> Осторожно.\n\n");
    }

    #[test]
    fn yandex_notes_and_folds() {
        assert_eq!(
            rewritten("{% note warning \"Статус: на согласовании\" %}\n\nНе принято.\n\n{% endnote %}\nТекст.\n"),
            "> [!WARNING] Статус: на согласовании\n>\n> Не принято.\n>\n\nТекст.\n"
        );
        assert_eq!(
            rewritten("{% cut \"Сравнение\" %}\nТаблица.\n{% endcut %}\n"),
            "**Сравнение**\nТаблица.\n\n",
            "a fold's title and text stay"
        );
        assert_eq!(rewritten("{% include notitle [x](_includes/x.md) %}\n"), "\n", "template syntax");
        assert_eq!(
            rewritten("{% info Last reviewed %}\n14 July 2025 by Maya.\n{% end %}\nSteps.\n"),
            "> [!NOTE] Last reviewed\n> 14 July 2025 by Maya.\n\nSteps.\n",
            "Doctave's callout and its title"
        );
        assert_eq!(
            rewritten("[x]({% link docs/a.md %})\n"),
            "[x](<tpmdocs-built-page:docs/a.md>)\n",
            "a Jekyll link stays a link"
        );
    }

    #[test]
    fn writerside_semantic_blocks() {
        assert_eq!(
            rewritten("# Plan\n\n<tldr>\n<p>Status: Approved</p>\n<p>Owner: Tom</p>\n</tldr>\n\n## Why\n"),
            "# Plan\n\n\nStatus: Approved\nOwner: Tom\n\n\n## Why\n",
            "a summary's paragraphs are the header's lines, line for line"
        );
        assert_eq!(
            rewritten("<tldr>\n<p><b>Уровень:</b> SEV-2</p>\n<p><b>Влияние:</b> 47 минут на <code>*.internal</code></p>\n</tldr>\n"),
            "\n**Уровень:** SEV-2\n**Влияние:** 47 минут на `*.internal`\n\n"
        );
        assert_eq!(
            rewritten("<warning>\nNever delete a node.\n</warning>\nText.\n"),
            "> [!WARNING]\n> Never delete a node.\n\nText.\n"
        );
        assert_eq!(rewritten("<p>Outside a block</p>\n<note>x</note>\n"), "<p>Outside a block</p>\n<note>x</note>\n");
    }

    #[test]
    fn a_content_tab_is_its_title_over_its_text() {
        let tabs = "## Для дежурных\n\n=== \"Проблемы с ОФД\"\n\n    Растёт очередь — [Runbook](runbooks/ofd.md).\n\n===+ \"Лояльность\"\n\n    !!! warning\n        Кассы тормозят.\n\nПосле вкладок.\n";
        assert_eq!(
            rewritten(tabs),
            "## Для дежурных\n\n**Проблемы с ОФД**\n\nРастёт очередь — [Runbook](runbooks/ofd.md).\n\n**Лояльность**\n\n> [!WARNING]\n> Кассы тормозят.\n>\nПосле вкладок.\n"
        );
        assert_eq!(rewritten("Title\n===\n"), "Title\n===\n", "a setext underline");
    }

    #[test]
    fn a_confluence_anchor_is_a_label() {
        assert_eq!(
            rewritten("# АР-001\n\n{anchor:status}\n**Статус:** Принято\n\nСм. {anchor:x} inline.\n"),
            "# АР-001\n\n<!-- tpmdocs-label: status -->\n**Статус:** Принято\n\nСм. {anchor:x} inline.\n"
        );
        assert_eq!(rewritten("{anchor:two words}\n"), "{anchor:two words}\n", "not a macro's name");
    }

    #[test]
    fn a_bookstack_callout_is_a_quote_of_its_text() {
        assert_eq!(
            rewritten(
                "# Спецификация\n\n<p class=\"callout info\">Реализует ADR-003, см. <code>flag</code>.</p>\nТекст.\n"
            ),
            "# Спецификация\n\n> Реализует ADR-003, см. <code>flag</code>.\nТекст.\n"
        );
        assert_eq!(rewritten("<p class=\"callout danger\">Не удалять узел.</p>\n"), "> Не удалять узел.\n");
        let other = "<p class=\"lead\">Lead.</p>\n```html\n<p class=\"callout info\">x</p>\n```\n";
        assert_eq!(rewritten(other), other, "another class, or an example in code, stays");
    }

    #[test]
    fn a_wiki_s_contents_markers_are_left_out() {
        assert_eq!(rewritten("# Home\n\n[[_TOC_]]\n\nText.\n[[_TOSP_]]\n"), "# Home\n\n\n\nText.\n\n", "line for line");
        assert_eq!(rewritten("See [[_TOC_]] inline.\n"), "See [[_TOC_]] inline.\n", "only a line of its own");
        assert_eq!(
            rewritten("# Wiki\n\n{{toc}}\n{{>toc}}\n{{child_pages(depth=2)}}\nText.\n"),
            "# Wiki\n\n\n\n\nText.\n",
            "Redmine's macros"
        );
    }

    #[test]
    fn fenced_code_and_plain_markdown_are_left_alone() {
        let code = "```text\n::: tip\n!!! note\n{doc}`x`\n```\n";
        assert_eq!(rewritten(code), code);
        let plain = "# ADR-1\n\n- Status: accepted\n\nA {json} value.\n";
        assert!(matches!(as_commonmark(plain), Cow::Borrowed(_)));
    }
}
