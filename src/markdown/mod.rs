//! Markdown to HTML with comrak, in the same pass that collects what later stages need:
//! headings (for the table of contents and `#anchor` checks), links and `ADR-N` mentions
//! (for the knowledge graph). Fenced code is highlighted (`highlight`) and diagrams are
//! drawn (`diagram`) during the conversion. Each file is converted exactly once per build.
//!
//! A body renders as GitHub renders it: headings get GitHub's ids ([`crate::slug`]), emoji
//! shortcodes become emoji, and raw HTML is kept and sanitised (`sanitize`) — or passed
//! through untouched when `book.toml` trusts it (`allow-html = true`). Anchors and links
//! written in raw HTML (`<a name>`, `<img src>`) are collected like Markdown ones (`raw_html`).
//!
//! This stage sits below [`crate::site`], which converts every document with it; it knows
//! nothing of pages, themes or the graph.

mod block_tables;
pub(crate) mod diagram;
pub(crate) mod dialects;
mod headings;
pub(crate) mod highlight;
mod html_tables;
mod list_tables;
pub(crate) mod mdx;
pub(crate) mod notes_app;
pub(crate) mod outliner;
mod pandoc_tables;
mod plain_text;
pub(crate) mod raw_html;
pub(crate) mod sanitize;
mod yfm_tables;

use std::borrow::Cow;

use comrak::nodes::{AstNode, NodeValue};
use comrak::options::Plugins;
use comrak::{format_html_with_plugins, Options};

use crate::deliverable::outline;
use serde::Serialize;

use crate::urls;
use diagram::DiagramFences;
use headings::{HeadingIds, Sheltered};
use highlight::Highlighter;
use sanitize::Shelter;

/// A heading of the document body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub(crate) struct Heading {
    /// 1–6.
    pub level: u8,
    /// Plain text.
    pub text: String,
    /// Its `id`: the anchor GitHub gives it.
    pub anchor: String,
    /// 1-based source line.
    pub line: usize,
}

/// A link or image in the body (Markdown or raw HTML), as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub(crate) struct Link {
    /// Destination as written in the Markdown.
    pub url: String,
    /// 1-based source line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// True for `![…](…)`, `<img src>` and `<source srcset>`.
    pub is_image: bool,
    /// What the HTML says for it ([`urls::emitted_href`]); `None` for an external link,
    /// written as it is.
    pub href: Option<String>,
    /// For a wikilink (`[[Брокер MQTT]]`): the note as written, found by its name anywhere
    /// when no file answers to the path.
    #[serde(default)]
    pub wiki: Option<String>,
    /// A wikilink's words after its `|` (`[[Задержка статусов|incidents/2025-12-05-…]]`):
    /// in a Gollum wiki (GitLab's, GitHub's) these are the page, before them the text.
    #[serde(default)]
    pub wiki_text: Option<String>,
    /// Written in the front matter (Starlight's `hero.actions[].link`): a pointer to a page
    /// when it leads to one, and not the body's to check when it does not (a generator's
    /// own routes, such as `/tags/`, are not pages here).
    #[serde(default)]
    pub in_front_matter: bool,
}

/// An `ADR-N` mention in body text outside code and links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub(crate) struct Mention {
    /// The ADR number mentioned.
    pub number: u32,
    /// The series it is in (`ADR-Operator-7`), or the mentioning document's own.
    pub series: crate::deliverable::adr_id::SeriesRef,
    /// 1-based source line.
    pub line: usize,
}

/// What converting one body produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Converted {
    /// The body as HTML, with `.md` links rewritten to their pages.
    pub html: std::sync::Arc<str>,
    /// Headings in order (not the title's H1 left out of the HTML).
    pub headings: Vec<Heading>,
    /// The anchor GitHub gives the H1 left out of the HTML (the page header shows it).
    pub title_anchor: Option<String>,
    /// Anchors raw HTML defines (`<a name="input_foo">`, `id="…"`), in order.
    pub anchors: Vec<String>,
    /// Links and images in order.
    pub links: Vec<Link>,
    /// `ADR-N` mentions in order.
    pub mentions: Vec<Mention>,
    /// Diagrams that could not be rendered: (1-based line of the fence, reason).
    pub diagram_failures: Vec<(usize, String)>,
    /// Code blocks the highlighter crashed on, shown as plain code: (line, reason).
    pub highlight_failures: Vec<(usize, String)>,
    /// Why the body could not be written as HTML (it is then shown as plain text).
    pub html_failure: Option<String>,
    /// MyST targets (`(incident-levels)=` before a heading) as (label, the anchor of the
    /// heading after it, empty when none follows), for `` {ref}`incident-levels` `` anywhere.
    pub labels: Vec<(String, String)>,
}

/// How to convert.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ConvertOptions {
    /// Pass raw HTML through as it is (`allow-html = true`: the sources are trusted) instead
    /// of sanitising it.
    pub allow_html: bool,
    /// Skip producing HTML (and highlighting): `check` only needs headings, links,
    /// mentions and diagram failures.
    pub analyse_only: bool,
    /// Mermaid that the crate cannot draw is left to the site's own `mermaid.js`.
    pub mermaid_in_browser: bool,
}

fn comrak_options(raw_html: bool) -> Options<'static> {
    let mut options = outline::options();
    // Raw HTML is written out only to be sanitised (or because it is trusted); without any,
    // comrak's own check of `javascript:` link destinations applies.
    options.render.r#unsafe = raw_html;
    options.render.tasklist_classes = true;
    options
}

/// Converts a document body. Lines `1..=skip_lines` (front matter) are ignored and the
/// top-level blocks starting inside `hidden` (the H1 and the metadata list under it) are
/// left out of the HTML, since the page header shows them.
#[cfg(test)]
pub(crate) fn convert(
    text: &str,
    skip_lines: usize,
    hidden: Option<(usize, usize)>,
    options: ConvertOptions,
) -> Converted {
    let arena = comrak::Arena::new();
    let root = outline::parse(&arena, text, skip_lines);
    convert_tree(root, text, skip_lines, hidden, options)
}

/// [`convert`] for a body already parsed (by [`crate::deliverable::parse::parse_tree`],
/// which read the document's metadata from the same tree). The tree is changed: the hidden
/// blocks and HTML comments are taken out.
pub(crate) fn convert_tree<'a>(
    root: &'a AstNode<'a>,
    text: &str,
    skip_lines: usize,
    hidden: Option<(usize, usize)>,
    options: ConvertOptions,
) -> Converted {
    let body = outline::blank_leading_lines(text, skip_lines);
    // Anchors are numbered over every heading GitHub shows, the hidden title included.
    let mut heading_ids = HeadingIds::of(root);
    let mut converted = Converted::default();
    let header = match hidden {
        Some(lines) => detach_header(root, lines),
        None => Vec::new(),
    };
    converted.title_anchor = header.iter().find_map(|node| {
        matches!(node.data.borrow().value, NodeValue::Heading(ref heading) if heading.level == 1)
            .then(|| heading_ids.anchor_of(node))
            .flatten()
    });
    let labelled = drop_html_comments(root);
    let raw_html = collect(root, &heading_ids, !options.allow_html, &mut converted);
    // A label before the title (which the page header shows) is the page's own.
    let title_line = hidden.map(|(first, _)| first);
    converted.labels = labels_before_headings(labelled, &converted.headings, title_line);
    // The header's links and mentions (`**Ранбук:** [x](../runbooks/x.md)`) are checked and
    // count as references like the body's, though the page shows them above it.
    for node in &header {
        collect_references(node, &mut converted);
    }
    converted.links.extend(front_matter_links(text, skip_lines));
    converted.links.sort_by_key(|link| (link.line, link.column));
    converted.mentions.sort_by_key(|mention| mention.line);
    to_character_columns(&body, &mut converted.links);
    if options.analyse_only {
        return converted;
    }
    heading_ids.keep_only_attached(root);
    let _ = highlight::take_failures();
    match write_html(root, &heading_ids, raw_html, options, text.len() * 2) {
        Ok(html) => converted.html = html.into(),
        Err(err) => {
            converted.html_failure = Some(format!("the HTML writer stopped ({err})"));
            converted.html = format!("<pre>{}</pre>", crate::text::escape_html(&body)).into();
        }
    }
    for (code, reason) in highlight::take_failures() {
        converted.highlight_failures.push((code_block_line(root, &code), reason));
    }
    converted
}

/// Detaches the top-level blocks that start on `first..=last` (the title and the metadata
/// under it) and returns them.
fn detach_header<'a>(root: &'a AstNode<'a>, (first, last): (usize, usize)) -> Vec<&'a AstNode<'a>> {
    let hidden: Vec<_> =
        root.children().filter(|node| (first..=last).contains(&node.data.borrow().sourcepos.start.line)).collect();
    for node in &hidden {
        node.detach();
    }
    hidden
}

/// A link as written, its target rewritten to the page it leads to (`x.md` → `x.html`).
fn rewritten_link(link: &mut comrak::nodes::NodeLink, (line, column): (usize, usize), is_image: bool) -> Link {
    // `tpmdocs-ref:label` from a MyST role, `tpmdocs-built-page:path` from a Hugo ref: kept as
    // written until the checker knows where they lead.
    let ours = dialects::is_resolved_by_checker(&link.url);
    let href = if ours { Some(link.url.clone()) } else { urls::emitted_href(&link.url) };
    let url = match &href {
        Some(href) if *href != link.url => std::mem::replace(&mut link.url, href.clone()),
        _ => link.url.clone(),
    };
    Link { url, line, column, is_image, href, wiki: None, wiki_text: None, in_front_matter: false }
}

/// A line split from its `\n` ending (the ending empty on the last line without one): the
/// line rewriters write each line back with the ending it had.
pub(crate) fn split_ending(line: &str) -> (&str, &str) {
    line.strip_suffix('\n').map_or((line, ""), |content| (content, "\n"))
}

/// `text` with each line outside fenced code (its ending apart) given to `rewrite`: the
/// line it returns stands in its place, `None` keeps it. Borrowed when no line changed, so
/// that every line keeps its number and a page without the syntax costs no copy.
pub(crate) fn rewrite_lines_outside_fences<'t>(
    text: &'t str,
    mut rewrite: impl FnMut(&str) -> Option<String>,
) -> Cow<'t, str> {
    let mut out: Option<String> = None;
    let mut fence = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let (content, ending) = split_ending(line);
        let was_open = fence.is_some();
        fence = fence_after(fence, content.trim_start());
        let rewritten = if was_open || fence.is_some() { None } else { rewrite(content) };
        match (rewritten, out.as_mut()) {
            (Some(new), Some(out)) => {
                out.push_str(&new);
                out.push_str(ending);
            }
            (Some(new), None) => {
                let mut started = String::with_capacity(text.len() + 16);
                started.push_str(&text[..offset]);
                started.push_str(&new);
                started.push_str(ending);
                out = Some(started);
            }
            (None, Some(out)) => out.push_str(line),
            (None, None) => {}
        }
        offset += line.len();
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The fence open after `line` (trimmed at its start), given the one open before it: a
/// line of three or more backticks or tildes opens a fence, and the same mark closes it. The
/// rewriters that go line by line leave what is inside a fence alone.
pub(crate) fn fence_after(open: Option<char>, line: &str) -> Option<char> {
    let Some(marker) = line.chars().next().filter(|c| *c == '`' || *c == '~') else { return open };
    if !line.starts_with(&marker.to_string().repeat(3)) {
        return open;
    }
    match open {
        Some(open) if open == marker => None,
        None => Some(marker),
        open => open,
    }
}

/// A wikilink's note (`Решения/Брокер MQTT#Контекст`) as a link's destination: the path of
/// its Markdown file (`.md` added when the name has no extension), percent-encoded.
pub(crate) fn wiki_destination(note: &str) -> String {
    let (path, fragment) = note.split_once('#').map_or((note, None), |(path, fragment)| (path, Some(fragment)));
    let path = path.trim();
    let last = path.rsplit('/').next().unwrap_or(path);
    let file = if path.is_empty() || last.contains('.') { path.to_owned() } else { format!("{path}.md") };
    let encoded = file.split('/').map(urls::percent_encode).collect::<Vec<_>>().join("/");
    match fragment {
        Some(fragment) => format!("{encoded}#{}", urls::percent_encode(&crate::slug::github_slug(fragment))),
        None => encoded,
    }
}

/// The links (their targets rewritten as in the body) and `ADR-N` mentions under `node`.
fn collect_references<'a>(node: &'a AstNode<'a>, out: &mut Converted) {
    for node in node.descendants() {
        read_reference(node, out);
    }
}

/// `link: /guides/onboarding/` (Starlight's hero actions), `href: ../runbooks/x.md`: the
/// pages a front matter's `link` and `href` keys point to, anywhere in its first
/// `front_matter_lines` lines.
fn front_matter_links(text: &str, front_matter_lines: usize) -> Vec<Link> {
    text.lines()
        .take(front_matter_lines)
        .enumerate()
        .filter_map(|(index, line)| {
            let key = line.trim_start().trim_start_matches("- ").trim_start();
            let value = ["link:", "href:"].iter().find_map(|name| key.strip_prefix(name))?;
            let url = value.trim().trim_matches(['"', '\'']);
            let path = url.starts_with(['/', '.']) || url.ends_with(".md") || url.ends_with(".mdx");
            if !path || url.contains(char::is_whitespace) || urls::is_external(url) {
                return None;
            }
            let column = line.len() - value.trim_start().len() + 1;
            Some(Link {
                url: url.to_owned(),
                line: index + 1,
                column,
                is_image: false,
                href: urls::emitted_href(url),
                wiki: None,
                wiki_text: None,
                in_front_matter: true,
            })
        })
        .collect()
}

/// Records `node` when it is a link or image (its target rewritten to the page it leads to)
/// or text outside a link (its `ADR-N` mentions).
fn read_reference<'a>(node: &'a AstNode<'a>, out: &mut Converted) {
    let mut data = node.data.borrow_mut();
    let start = data.sourcepos.start;
    let is_image = matches!(data.value, NodeValue::Image(_));
    match &mut data.value {
        NodeValue::Link(link) | NodeValue::Image(link) => {
            out.links.push(rewritten_link(link, (start.line, start.column), is_image));
        }
        NodeValue::WikiLink(wiki) => {
            // Written as a link (or, embedded, an image) to the note's file, found by name
            // when checked.
            let note = wiki.url.clone();
            let embed = wiki.embed;
            let mut link = comrak::nodes::NodeLink { url: wiki_destination(&note), title: String::new() };
            let mut found = rewritten_link(&mut link, (start.line, start.column), embed);
            let text: String = node
                .descendants()
                .skip(1)
                .filter_map(|child| match &child.data.borrow().value {
                    NodeValue::Text(text) => Some(text.to_string()),
                    _ => None,
                })
                .collect();
            found.wiki_text = Some(text).filter(|text| !text.trim().is_empty() && text.trim() != note.trim());
            found.wiki = Some(note);
            out.links.push(found);
            data.value = if embed { NodeValue::Image(Box::new(link)) } else { NodeValue::Link(Box::new(link)) };
        }
        NodeValue::Text(text) => {
            let text = text.to_string();
            drop(data);
            if !inside_link(node) {
                mentions(&text, start.line, &mut out.mentions);
            }
        }
        _ => {}
    }
}

/// Writes the tree as HTML (about `capacity` bytes): code highlighted, diagrams drawn,
/// headings with their GitHub ids; raw HTML written out when the body has any (`raw_html`)
/// and then sanitised unless trusted, with what tpmdocs drew sheltered from the sanitiser.
fn write_html<'a>(
    root: &'a AstNode<'a>,
    heading_ids: &HeadingIds,
    raw_html: bool,
    options: ConvertOptions,
    capacity: usize,
) -> Result<String, std::fmt::Error> {
    let sanitising = raw_html && !options.allow_html;
    let highlighter = Highlighter;
    let diagrams = DiagramFences { mermaid_in_browser: options.mermaid_in_browser };
    let shelter = Shelter::default();
    let sheltered = Sheltered { highlighter: &highlighter, diagrams: &diagrams, shelter: &shelter };
    let mut plugins = Plugins::default();
    plugins.render.codefence_syntax_highlighter = Some(if sanitising { &sheltered } else { &highlighter });
    for fence in ["mermaid", "dot", "graphviz"] {
        let renderer: &dyn comrak::adapters::CodefenceRendererAdapter = if sanitising { &sheltered } else { &diagrams };
        plugins.render.codefence_renderers.insert(fence.to_owned(), renderer);
    }
    plugins.render.heading_adapter = Some(heading_ids);
    let mut html = String::with_capacity(capacity);
    format_html_with_plugins(root, &comrak_options(raw_html), &mut html, &plugins)?;
    if sanitising {
        for checkbox in TASK_CHECKBOXES {
            html = shelter.keep_each(html, checkbox);
        }
        html = shelter.restore(sanitize::sanitize(&html));
    }
    Ok(html)
}

/// The text each heading of a Markdown body gives its anchor from (what GitHub shows of
/// it: no image, no tag), in order, the title's H1 included: what
/// [`crate::slug::GithubSlugger`] is given, one body at a time. Lines `1..=skip_lines`
/// (front matter) are ignored, as when a body is converted.
#[cfg(test)]
pub(crate) fn heading_texts(markdown: &str, skip_lines: usize) -> Vec<String> {
    let arena = comrak::Arena::new();
    let root = outline::parse(&arena, markdown, skip_lines);
    root.descendants()
        .filter(|node| matches!(node.data.borrow().value, NodeValue::Heading(_)))
        .map(|node| {
            let mut text = String::new();
            crate::deliverable::inline::rendered_text(node, &mut text);
            text
        })
        .collect()
}

/// A metadata value (`[ранбук](../runbooks/x.md)`, `**SEV-1**`, `` `accepted` ``) as HTML:
/// inline Markdown, links to Markdown files rewritten to their pages as in the body, raw HTML
/// left out.
pub(crate) fn inline_html(value: &str) -> String {
    if is_plain_text(value) {
        return value.to_owned(); // the common case (a name, a date, `SEV-1`): nothing to parse
    }
    let arena = comrak::Arena::new();
    let root = outline::parse(&arena, value, 0);
    for node in root.descendants() {
        if let NodeValue::Link(link) | NodeValue::Image(link) = &mut node.data.borrow_mut().value {
            rewritten_link(link, (0, 0), false);
        }
    }
    let mut html = String::new();
    if comrak::format_html(root, &comrak_options(false), &mut html).is_err() {
        return crate::text::escape_html(value).into_owned();
    }
    let html = html.trim();
    html.strip_prefix("<p>").and_then(|inner| inner.strip_suffix("</p>")).unwrap_or(html).to_owned()
}

/// True when Markdown would show `value` exactly as written, needing no escaping: letters,
/// digits, spaces and punctuation that is never markup, not starting a list (`1.`), no
/// web or mail address for the autolinker.
fn is_plain_text(value: &str) -> bool {
    let safe = |c: char| {
        c.is_alphanumeric()
            || matches!(
                c,
                ' ' | '.' | ',' | '-' | '–' | '—' | '(' | ')' | '/' | '%' | '+' | ';' | '?' | '«' | '»' | '№'
            )
    };
    let digits = value.chars().take_while(char::is_ascii_digit).count();
    let list_marker = digits > 0 && value[digits..].starts_with(['.', ')']);
    value.starts_with(char::is_alphanumeric) && value.chars().all(safe) && !list_marker && !value.contains("www.")
}

/// The line of the first code block holding exactly `code` (1 when none does).
fn code_block_line<'a>(root: &'a AstNode<'a>, code: &str) -> usize {
    root.descendants()
        .find_map(|node| {
            let data = node.data.borrow();
            match &data.value {
                NodeValue::CodeBlock(block) if block.literal == code => Some(data.sourcepos.start.line),
                _ => None,
            }
        })
        .unwrap_or(1)
}

/// comrak counts columns in bytes; diagnostics count characters (Cyrillic is two bytes).
fn to_character_columns(text: &str, links: &mut [Link]) {
    let lines: Vec<&str> = text.lines().collect();
    for link in links {
        if let Some(line) = link.line.checked_sub(1).and_then(|i| lines.get(i)) {
            let end = crate::text::floor_char_boundary(line, link.column.saturating_sub(1).min(line.len()));
            link.column = line[..end].chars().count() + 1;
        }
    }
}

/// The task-list checkboxes comrak writes, kept out of the sanitiser (which removes every
/// raw `<input>`).
const TASK_CHECKBOXES: [&str; 2] = [
    r#"<input type="checkbox" class="task-list-item-checkbox" checked="" disabled="" />"#,
    r#"<input type="checkbox" class="task-list-item-checkbox" disabled="" />"#,
];

/// `literal` (a raw HTML node's text) with GitHub's `tagfilter` applied
/// ([`sanitize::filter_tags`]).
fn filter_tags_in(literal: &mut String) {
    if let std::borrow::Cow::Owned(filtered) = sanitize::filter_tags(literal) {
        *literal = filtered;
    }
}

/// HTML comments are notes to other writers: hidden on GitHub, so hidden here too (they
/// would otherwise show as escaped text when raw HTML is off).
/// Takes the HTML comments out of the tree, and gives the MyST labels the dialect pass left
/// in some of them ([`dialects::LABEL_COMMENT`]) with their lines.
fn drop_html_comments<'a>(root: &'a AstNode<'a>) -> Vec<(String, usize)> {
    let comments: Vec<_> = root
        .descendants()
        .filter(|node| match &node.data.borrow().value {
            NodeValue::HtmlBlock(block) => is_comment(&block.literal),
            NodeValue::HtmlInline(html) => is_comment(html),
            _ => false,
        })
        .collect();
    let mut labels = Vec::new();
    for node in comments {
        if let NodeValue::HtmlBlock(block) = &node.data.borrow().value {
            if let Some(label) = dialects::label_in_comment(&block.literal) {
                labels.push((label.to_owned(), node.data.borrow().sourcepos.start.line));
            }
        }
        node.detach();
    }
    labels
}

/// Each label with the anchor of the first heading below its line; none for a label before
/// the title shown in the page header (on `title_line`), which names the page itself.
fn labels_before_headings(
    labels: Vec<(String, usize)>,
    headings: &[Heading],
    title_line: Option<usize>,
) -> Vec<(String, String)> {
    labels
        .into_iter()
        .map(|(label, line)| {
            if title_line.is_some_and(|title| line < title) {
                return (label, String::new());
            }
            let below = headings.iter().find(|heading| heading.line > line);
            (label, below.map(|heading| heading.anchor.clone()).unwrap_or_default())
        })
        .collect()
}

fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

/// Walks the tree once: headings, links (rewritten in place), raw HTML's anchors and links
/// (GitHub's tag filter applied first when `filter_tags`), mentions. True when the body has
/// raw HTML.
fn collect<'a>(root: &'a AstNode<'a>, heading_ids: &HeadingIds, filter_tags: bool, out: &mut Converted) -> bool {
    let mut raw_html = false;
    for node in root.descendants() {
        let mut data = node.data.borrow_mut();
        let start = data.sourcepos.start;
        match &mut data.value {
            NodeValue::Heading(heading) => {
                let level = heading.level;
                drop(data);
                let text =
                    crate::deliverable::inline::collapse_whitespace(heading_ids.text_of(node).unwrap_or_default());
                let anchor = heading_ids.anchor_of(node).unwrap_or_default();
                out.headings.push(Heading { level, text, anchor, line: start.line });
            }
            NodeValue::HtmlBlock(block) => {
                raw_html = true;
                if filter_tags {
                    filter_tags_in(&mut block.literal);
                }
                let literal = block.literal.clone();
                drop(data);
                read_raw_html(&literal, (start.line, start.column), out);
            }
            NodeValue::HtmlInline(html) => {
                raw_html = true;
                if filter_tags {
                    filter_tags_in(html);
                }
                let literal = html.clone();
                drop(data);
                read_raw_html(&literal, (start.line, start.column), out);
            }
            NodeValue::CodeBlock(block) if block.fenced => {
                if let Some(language) = diagram::DiagramLanguage::of_fence(&block.info) {
                    if let Err(reason) = diagram::render(language, &block.literal).as_ref() {
                        out.diagram_failures.push((start.line, reason.clone()));
                    }
                }
            }
            _ => {
                drop(data);
                read_reference(node, out);
            }
        }
    }
    raw_html
}

/// The anchors (`id`, `name`) and links (`href`, `src`, `srcset`) of raw HTML that starts at
/// `(line, column)`; what the sanitiser removes is not counted.
fn read_raw_html(html: &str, (line, column): (usize, usize), out: &mut Converted) {
    for tag in raw_html::start_tags(html) {
        if !sanitize::is_allowed_element(&tag.name) {
            continue;
        }
        for (name, value) in &tag.attributes {
            if (name == "id" || name == "name") && sanitize::is_kept_anchor(value) {
                out.anchors.push(value.clone());
            }
        }
        let before = &html[..tag.offset];
        let tag_line = line + before.matches('\n').count();
        // In bytes, like comrak's columns: `to_character_columns` converts them all.
        let tag_column = match before.rfind('\n') {
            Some(newline) => before.len() - newline,
            None => column + before.len(),
        };
        let mut push = |url: &str, is_image: bool| {
            let url = url.trim();
            if !url.is_empty() {
                let href = urls::emitted_href(url);
                out.links.push(Link {
                    url: url.to_owned(),
                    line: tag_line,
                    column: tag_column,
                    is_image,
                    href,
                    wiki: None,
                    wiki_text: None,
                    in_front_matter: false,
                });
            }
        };
        match tag.name.as_str() {
            "a" => tag.attribute("href").into_iter().for_each(|url| push(url, false)),
            "img" => {
                tag.attribute("src").into_iter().for_each(|url| push(url, true));
                tag.attribute("srcset").into_iter().flat_map(raw_html::srcset_urls).for_each(|url| push(url, true));
            }
            "source" => {
                tag.attribute("srcset").into_iter().flat_map(raw_html::srcset_urls).for_each(|url| push(url, true))
            }
            _ => {}
        }
    }
}

fn inside_link<'a>(node: &'a AstNode<'a>) -> bool {
    node.ancestors().skip(1).any(|a| matches!(a.data.borrow().value, NodeValue::Link(_)))
}

fn mentions(text: &str, line: usize, out: &mut Vec<Mention>) {
    let references = crate::deliverable::adr_id::references(text);
    let codes = crate::deliverable::adr_id::code_references(text);
    let numbered = crate::deliverable::adr_id::numbered_decision_references(text);
    let articles = crate::deliverable::adr_id::article_references(text);
    out.extend(references.chain(codes).chain(numbered).chain(articles).map(|reference| Mention {
        number: reference.number,
        series: reference.series,
        line,
    }));
}

#[cfg(test)]
mod heading_ids;

#[cfg(test)]
mod tests {
    use super::*;

    fn html(text: &str) -> String {
        convert(text, 0, None, ConvertOptions::default()).html.to_string()
    }

    #[test]
    fn a_metadata_value_is_inline_markdown_with_page_links_and_no_raw_html() {
        assert_eq!(
            inline_html("[ранбук](../runbooks/runbook-x.md) и `accepted`"),
            "<a href=\"../runbooks/runbook-x.html\">ранбук</a> и <code>accepted</code>"
        );
        assert_eq!(inline_html("**SEV-1**"), "<strong>SEV-1</strong>");
        // Plain values skip the parser and come out as the parser would write them.
        for value in ["Мария Орлова (SRE)", "2026-02-10", "SEV-1", "1 ч 20 мин", "99,9%", "«Платежи» — команда"]
        {
            let arena = comrak::Arena::new();
            let mut parsed = String::new();
            comrak::format_html(outline::parse(&arena, value, 0), &comrak_options(false), &mut parsed).unwrap();
            let parsed = parsed.trim().strip_prefix("<p>").and_then(|p| p.strip_suffix("</p>")).map(str::to_owned);
            assert_eq!(Some(inline_html(value)), parsed, "{value}");
        }
        assert!(!is_plain_text("1. шаг") && !is_plain_text("www.example.com") && !is_plain_text("a@b.co"));
        assert!(!inline_html("<script>alert(1)</script> x").contains("<script"));
        assert_eq!(inline_html("Иван <b>Петров</b>"), "Иван <!-- raw HTML omitted -->Петров<!-- raw HTML omitted -->");
    }

    #[test]
    fn links_to_markdown_become_pages_and_are_collected() {
        let out = convert(
            "См. [ADR](../adr/adr-0002-x.md#контекст) и ![схема](img/a.svg).\n",
            0,
            None,
            ConvertOptions::default(),
        );
        assert!(out.html.contains("href=\"../adr/adr-0002-x.html#%D0%BA"), "{}", out.html);
        assert_eq!(out.links.len(), 2);
        assert_eq!(out.links[0].url, "../adr/adr-0002-x.md#контекст");
        assert_eq!((out.links[0].line, out.links[0].column), (1, 5), "columns count characters");
        assert!(out.links[1].is_image);
    }

    #[test]
    fn headings_get_cyrillic_anchors() {
        let out = convert("# Заголовок\n\n## План отката\n\n## План отката\n", 0, None, ConvertOptions::default());
        let anchors: Vec<_> = out.headings.iter().map(|h| h.anchor.as_str()).collect();
        assert_eq!(anchors, vec!["заголовок", "план-отката", "план-отката-1"]);
        assert!(out.html.contains("id=\"план-отката-1\""));
    }

    #[test]
    fn mentions_outside_code_and_links() {
        let out = convert(
            "Заменяет ADR-5 и adr 0007.\n\n`ADR-9`\n\n```\nADR-10\n```\n\n[ADR-11](x.md)\n",
            0,
            None,
            ConvertOptions::default(),
        );
        let numbers: Vec<_> = out.mentions.iter().map(|m| m.number).collect();
        assert_eq!(numbers, vec![5, 7]);
    }

    #[test]
    fn analysis_alone_skips_html_but_keeps_what_checks_need() {
        let options = ConvertOptions { analyse_only: true, ..ConvertOptions::default() };
        let out = convert("## Раздел\n\n[x](a.md) ADR-3\n", 0, None, options);
        assert!(out.html.is_empty());
        assert_eq!((out.headings.len(), out.links.len(), out.mentions.len()), (1, 1, 1));
    }

    #[test]
    fn diagrams_become_inline_svg_and_failures_keep_the_code() {
        let text = "Текст.\n\n```mermaid\nflowchart LR\n  а[Заказы] --> б[Оплата]\n```\n\n```mermaid\nflowchart LR\n  А[Начало --> Б((\n```\n\n```dot\ndigraph { склад -> доставка; }\n```\n";
        let out = convert(text, 0, None, ConvertOptions::default());
        assert!(out.html.contains("<figure class=\"diagram diagram-mermaid\"><svg"), "{}", out.html);
        assert!(out.html.contains("Заказы") && out.html.contains("Оплата"));
        assert!(out.html.contains("<figure class=\"diagram diagram-dot\"><svg") && out.html.contains("доставка"));
        assert!(
            out.html.contains("diagram-failed") && out.html.contains("А[Начало --&gt; Б(("),
            "the broken one stays as code"
        );
        assert_eq!(out.diagram_failures.len(), 1);
        assert_eq!(out.diagram_failures[0].0, 8, "the line of its fence");
        let browser = convert(text, 0, None, ConvertOptions { mermaid_in_browser: true, ..ConvertOptions::default() });
        assert!(browser.html.contains("<pre class=\"mermaid\">"), "left to mermaid.js when configured");
    }

    #[test]
    fn html_comments_are_hidden() {
        let out = html("<!-- заметка для авторов -->\n\nТекст <!-- скрыто --> виден.\n");
        assert!(!out.contains("заметка"), "{out}");
        assert!(!out.contains("скрыто"), "{out}");
        assert!(out.contains("виден"));
    }

    #[test]
    fn raw_html_is_sanitised_by_default_and_trusted_on_request() {
        let text = "<script>alert(1)</script>\n\n<details><summary>Подробнее</summary>\n\nТекст <kbd>Ctrl</kbd> и <b onclick=\"x()\">жирный</b>.\n\n</details>\n";
        let out = html(text);
        assert!(!out.contains("<script") && !out.contains("onclick"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text, as GitHub shows it: {out}");
        assert_eq!(out.matches("&lt;").count(), 2, "no other tag is shown as text: {out}");
        assert!(out.contains("<details><summary>Подробнее</summary>"), "{out}");
        assert!(out.contains("<kbd>Ctrl</kbd>") && out.contains("<b>жирный</b>"), "{out}");
        let trusted = ConvertOptions { allow_html: true, ..ConvertOptions::default() };
        let allowed = convert("<b onclick=\"x()\">x</b>\n", 0, None, trusted).html.to_string();
        assert!(allowed.contains("<b onclick=\"x()\">x</b>"), "{allowed}");
    }

    #[test]
    fn code_and_diagrams_inside_raw_html_keep_what_tpmdocs_draws() {
        let text = "<details>\n<summary>Пример</summary>\n\n```hcl\nmodule \"vpc\" {}\n```\n\n```mermaid\nflowchart LR\n  а --> б\n```\n\n</details>\n";
        let out = html(text);
        assert!(out.contains("hl-"), "highlighting classes survive: {out}");
        assert!(out.contains("<figure class=\"diagram diagram-mermaid\"><svg"), "the diagram survives: {out}");
        assert!(!out.contains('\u{E000}'), "every sheltered piece was put back: {out}");
    }

    #[test]
    fn sanitising_leaves_the_markup_comrak_writes_as_it_is() {
        let markdown = "## Раздел\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] готово\n- [ ] нет\n\nСноска[^1] и ~~старое~~, [ссылка](a.md#Шаг), ![рис](img/a.png \"подпись\").\n\n> [!WARNING]\n> Осторожно.\n\n1. один\n2. два\n\n```rust\nfn main() {}\n```\n\n[^1]: Текст сноски.\n";
        let plain = html(markdown);
        let with_raw_html = html(&format!("{markdown}\n<kbd>x</kbd>\n"));
        // Only the spelling of empty attributes and void elements differs.
        let normalised = |html: &str| html.replace(" />", ">").replace("/>", ">").replace("=\"\"", "");
        let with_raw_html = normalised(&with_raw_html).replace("<p><kbd>x</kbd></p>\n", "");
        assert_eq!(with_raw_html, normalised(&plain));
    }

    #[test]
    fn anchors_are_githubs_and_count_the_hidden_title() {
        let text = "# Обзор\n\n## Choosing a task [![badge](https://img.shields.io/x.svg)](https://x.org)\n\n## Обзор\n\n### `code` and **bold**\n\n## Обзор\n";
        let out = convert(text, 0, Some((1, 1)), ConvertOptions::default());
        let anchors: Vec<&str> = out.headings.iter().map(|h| h.anchor.as_str()).collect();
        assert_eq!(anchors, vec!["choosing-a-task-", "обзор-1", "code-and-bold", "обзор-2"]);
        assert_eq!(out.title_anchor.as_deref(), Some("обзор"));
        assert_eq!(out.headings[0].text, "Choosing a task", "the text shown has no badge");
        assert!(out.html.contains("<h2 id=\"choosing-a-task-\">"), "{}", out.html);
    }

    #[test]
    fn raw_html_anchors_and_links_are_collected_with_their_lines() {
        let text = "# Модуль\n\n| Name | Description |\n|---|---|\n| <a name=\"input_region\"></a> [region](#input_region) | Регион |\n\n<p align=\"center\">\n  <img src=\"../../docs/diagram.png\" width=\"400\">\n</p>\n\n<a href=\"guide.md\">гайд</a> <span id=\"tpm-search\">x</span>\n";
        let out = convert(text, 0, None, ConvertOptions::default());
        assert_eq!(out.anchors, vec!["input_region"], "the portal's own ids are not anchors");
        let links: Vec<(&str, usize, bool)> = out.links.iter().map(|l| (l.url.as_str(), l.line, l.is_image)).collect();
        assert_eq!(
            links,
            vec![("#input_region", 5, false), ("../../docs/diagram.png", 8, true), ("guide.md", 11, false)]
        );
        assert!(out.html.contains("<a href=\"guide.html\">гайд</a>"), "{}", out.html);
        assert!(out.html.contains("<a name=\"input_region\"></a>"), "{}", out.html);
    }

    #[test]
    fn emoji_shortcodes_are_emoji() {
        let out = html("Запуск :rocket: и :warning:, но не 10:30.\n");
        assert!(out.contains("Запуск 🚀 и ⚠️"), "{out}");
        assert!(out.contains("10:30"));
    }

    #[test]
    fn code_is_highlighted_with_classes_and_tables_tasks_render() {
        let out = html("```hcl\nresource \"a\" \"b\" {}\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] готово\n");
        assert!(out.contains("hl-"), "{out}");
        assert!(out.contains("<table>"));
        assert!(out.contains("type=\"checkbox\""));
    }

    #[test]
    fn hidden_header_and_front_matter_are_left_out() {
        let text = "---\ntitle: x\n---\n# Заголовок\n\n**Статус:** Принято\n\n## Контекст\n\nТекст.\n";
        let out = convert(text, 3, Some((4, 6)), ConvertOptions::default());
        assert!(!out.html.contains("Заголовок"), "{}", out.html);
        assert!(!out.html.contains("Принято"));
        assert!(out.html.contains("Контекст"));
        assert_eq!(out.headings[0].line, 8);
    }
}
