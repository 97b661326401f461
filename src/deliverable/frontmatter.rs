//! YAML (`---`) and TOML (`+++`) front matter: finding it and reading it as key/value pairs.

use crate::diagnostic::Diagnostic;

/// A front matter value flattened to text, since every field is shown or parsed as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FrontValue {
    /// A scalar written as text.
    Text(String),
    /// A list of scalars.
    List(Vec<String>),
}

impl FrontValue {
    /// The items: one for a scalar, each for a list.
    pub(crate) fn items(&self) -> Vec<&str> {
        match self {
            FrontValue::Text(text) => vec![text.as_str()],
            FrontValue::List(items) => items.iter().map(String::as_str).collect(),
        }
    }

    /// The value as one line of text (list items joined by commas).
    pub(crate) fn joined(&self) -> String {
        self.items().join(", ")
    }
}

/// Front matter keys that tell a site generator how to place or show a page (Jekyll and
/// Just the Docs, Docusaurus, Hugo and its themes, MkDocs Material, VuePress, Obsidian):
/// kept for routes, never shown to a reader as the document's metadata.
const GENERATOR_KEYS: [&str; 61] = [
    // Jekyll, Just the Docs
    "layout",
    "parent",
    "grand_parent",
    "nav_order",
    "nav_exclude",
    "has_children",
    "has_toc",
    "child_nav_order",
    "search_exclude",
    "published",
    "permalink",
    "redirect_from",
    "redirect_to",
    // Docusaurus
    "id",
    "slug",
    "sidebar_position",
    "sidebar_label",
    "sidebar_class_name",
    "sidebar_custom_props",
    "displayed_sidebar",
    "hide_title",
    "hide_table_of_contents",
    "toc_min_heading_level",
    "toc_max_heading_level",
    "pagination_label",
    "pagination_next",
    "pagination_prev",
    "custom_edit_url",
    "parse_number_prefixes",
    "unlisted",
    "keywords",
    "image",
    "draft",
    // Hugo and its themes
    "weight",
    "menu",
    "aliases",
    "url",
    "linktitle",
    "toc",
    "bookcollapsesection",
    "bookflatsection",
    "bookhidden",
    "booktoc",
    "geekdochidden",
    "headless",
    "outputs",
    "cascade",
    // MkDocs Material
    "hide",
    "template",
    "search",
    "icon",
    // VuePress
    "sidebar",
    "sidebardepth",
    "navbar",
    "prev",
    "next",
    "pageclass",
    "editlink",
    // Obsidian
    "cssclasses",
    "cssclass",
    "publish",
];

/// Whether a front matter `key` only places or shows the page for a site generator
/// (`nav_order`, `sidebar_position`, `weight`…), rather than saying something about it.
pub(crate) fn is_generator_key(key: &str) -> bool {
    GENERATOR_KEYS.contains(&key.trim().to_lowercase().as_str())
}

/// One `key: value` of the front matter with the 1-based line of its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontEntry {
    /// The key as written.
    pub key: String,
    /// The value.
    pub value: FrontValue,
    /// Line of the key in the file.
    pub line: usize,
}

/// Front matter located in a file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct FrontMatter {
    /// Entries in file order (YAML) or key order (TOML).
    pub entries: Vec<FrontEntry>,
    /// Number of lines the front matter occupies, delimiters included.
    pub line_count: usize,
}

/// Finds and parses front matter at the start of `text` (BOM and CRLF already removed).
/// Returns `None` when the file has none. Malformed front matter gives an error diagnostic
/// (located in `file`) and an empty entry list, so the rest of the document still parses.
pub(crate) fn extract(text: &str, file: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<FrontMatter> {
    let first = text.lines().next()?;
    let delimiter = match first.trim_end() {
        "---" => "---",
        "+++" => "+++",
        "<!--" => return wiki_js_header(text),
        _ if first.trim_start().starts_with("<!--") => return comment_lines(text),
        _ => return None,
    };
    let closing = text.lines().skip(1).position(|line| {
        let line = line.trim_end();
        line == delimiter || (delimiter == "---" && line == "...")
    });
    let Some(closing) = closing else {
        diagnostics.push(
            Diagnostic::error("E0202", format!("front matter opened with `{delimiter}` is never closed"))
                .at(file, 1, 1)
                .with_help(format!("add a line `{delimiter}` after the last metadata line")),
        );
        return None;
    };
    let body: Vec<&str> = text.lines().skip(1).take(closing).collect();
    let content = body.join("\n");
    let line_count = closing + 2;
    let entries = if delimiter == "---" {
        parse_yaml(&content, file, diagnostics)
    } else {
        parse_toml(&content, file, diagnostics)
    };
    Some(FrontMatter { entries: entries.unwrap_or_default(), line_count })
}

/// `<!-- last-reviewed: 2026-04-23 -->` over `<!-- owner: @alex-t -->` at the top of a page:
/// metadata kept out of sight, one comment a line. Only when one of them is a key a page's
/// metadata has (a status, a review, a date, an owner); any other comment is a comment.
fn comment_lines(text: &str) -> Option<FrontMatter> {
    const KEYS: [&str; 9] = [
        "status",
        "last-reviewed",
        "last_reviewed",
        "reviewed",
        "last reviewed",
        "owner",
        "date",
        "updated",
        "last-updated",
    ];
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate().take(HEADER_LINES) {
        let Some(inner) = line.trim().strip_prefix("<!--").and_then(|rest| rest.strip_suffix("-->")) else { break };
        let Some((key, value)) = inner.split_once(':') else { break };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) && !KEYS.contains(&key.to_lowercase().as_str()) {
            break;
        }
        entries.push(FrontEntry {
            key: key.to_owned(),
            value: FrontValue::Text(value.trim().to_owned()),
            line: index + 1,
        });
    }
    let known = entries.iter().any(|entry| KEYS.contains(&entry.key.to_lowercase().as_str()));
    (known && !entries.is_empty()).then_some(FrontMatter { line_count: entries.len(), entries })
}

/// Wiki.js's header, an HTML comment of YAML the wiki writes atop every page it stores in
/// git (`<!--` / `title: …` / `tags: …` / `date: …` / `-->`). A comment that is not such
/// a mapping with a title is an ordinary comment: no front matter, and no error.
fn wiki_js_header(text: &str) -> Option<FrontMatter> {
    let closing = text.lines().skip(1).take(HEADER_LINES).position(|line| line.trim_end() == "-->")?;
    let content = text.lines().skip(1).take(closing).collect::<Vec<_>>().join("\n");
    let mut entries = parse_yaml(&content, "", &mut Vec::new())?;
    let has = |key: &str| entries.iter().any(|entry| entry.key.eq_ignore_ascii_case(key));
    if has("title") {
        // Its `date` is when the page was last saved, not the document's own date.
        entries.iter_mut().filter(|entry| entry.key == "date").for_each(|entry| entry.key = "last updated".to_owned());
    } else if !has("status") {
        // `<!-- status: accepted · date: … -->`: a record's metadata kept out of sight is the
        // record's own; any other comment is a comment.
        return None;
    }
    Some(FrontMatter { entries, line_count: closing + 2 })
}

/// How many lines a wiki's comment header may have.
const HEADER_LINES: usize = 40;

fn parse_yaml(content: &str, file: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<FrontEntry>> {
    if content.trim().is_empty() {
        return Some(Vec::new());
    }
    let value: serde_yaml_ng::Value = match serde_yaml_ng::from_str(content) {
        Ok(value) => value,
        Err(err) => {
            let (line, column) = err.location().map_or((1, 1), |loc| crate::text::line_col(content, loc.index()));
            let message = err.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
            // `desc: 'Замеры задержек` with no closing quote: YAML reads on to the end and
            // reports it there; the slip is where the quote opens.
            let (line, column, message) = match unclosed_quote(content).filter(|&(at, _)| at < line) {
                Some((at, quote)) => (at, 1, format!("quoted value opened with {quote} is never closed")),
                None => (line, column, message),
            };
            diagnostics.push(
                Diagnostic::error("E0201", format!("malformed YAML front matter: {message}"))
                    .at(file, line + 1, column)
                    .with_help("until the YAML is fixed, only its plain `key: value` lines are read, as written"),
            );
            return Some(plain_lines(content));
        }
    };
    let serde_yaml_ng::Value::Mapping(mapping) = value else {
        diagnostics.push(Diagnostic::error("E0201", "front matter is not a `key: value` mapping").at(file, 2, 1));
        return None;
    };
    let mut entries = Vec::new();
    let mut nested = Vec::new();
    for (key, value) in mapping {
        let Some(key) = yaml_scalar(&key) else { continue };
        match value {
            serde_yaml_ng::Value::Mapping(inner) if is_wrapper_table(&key) => nested.extend(inner),
            value => entries.push(FrontEntry { line: key_line(content, &key), value: yaml_value(&value), key }),
        }
    }
    for (key, value) in nested {
        let Some(key) = yaml_scalar(&key) else { continue };
        if !entries.iter().any(|entry| entry.key == key) {
            entries.push(FrontEntry { line: key_line(content, &key), value: yaml_value(&value), key });
        }
    }
    Some(entries)
}

/// `title: Multi-AZ Redis: cache and session tiers` (an unquoted colon YAML refuses), over
/// `status: approved` and `date: 2026-02-20`: what malformed front matter still says plainly,
/// read as its writer meant it — each unindented `key: value` line, the value up to the line's
/// end (quotes around it dropped); a value that opens a list or a mapping it does not close
/// on its line is left out.
fn plain_lines(content: &str) -> Vec<FrontEntry> {
    content
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let (key, value) = line.split_once(':')?;
            let plain_key = !key.is_empty()
                && key.len() <= 40
                && key.starts_with(|c: char| c.is_alphabetic() || c == '_')
                && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '));
            let value = value.trim();
            // `desc: 'Замеры задержек` with no closing quote: where it ends is not known.
            let quoted = value.starts_with(['"', '\'']);
            if quoted && (value.len() < 2 || !value.ends_with(&value[..1])) {
                return None;
            }
            let value = value
                .strip_prefix('"')
                .and_then(|inner| inner.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|inner| inner.strip_suffix('\'')))
                .unwrap_or(value);
            let value = match value.strip_prefix('[').map(|inner| inner.strip_suffix(']')) {
                Some(Some(items)) => FrontValue::List(items.split(',').map(|item| item.trim().to_owned()).collect()),
                Some(None) => return None,
                None if value.starts_with('{') || value.is_empty() => return None,
                None => FrontValue::Text(value.to_owned()),
            };
            plain_key.then(|| FrontEntry { key: key.trim().to_owned(), value, line: index + 2 })
        })
        .collect()
}

/// `[extra]` (Zola), `params:` (Hugo), `metadata:`: a table of the page's own fields, which
/// the generator keeps apart from its own keys. Its entries are read as if written at the
/// top (a key written at the top wins).
fn is_wrapper_table(key: &str) -> bool {
    matches!(key.to_ascii_lowercase().as_str(), "extra" | "params" | "metadata" | "meta" | "custom")
}

/// The first line (1-based within `content`) whose value opens a quote it does not close,
/// and that quote.
fn unclosed_quote(content: &str) -> Option<(usize, char)> {
    content.lines().enumerate().find_map(|(index, line)| {
        let (_, value) = line.split_once(": ")?;
        let value = value.trim_start_matches("- ").trim();
        let quote = value.chars().next().filter(|c| *c == '\'' || *c == '"')?;
        let body = &value[1..];
        let closed = match quote {
            // `'It''s'`: a doubled single quote is one quote inside the value.
            '\'' => body.replace("''", "").contains('\''),
            _ => body.replace("\\\\", "").replace("\\\"", "").contains('"'),
        };
        (!closed).then_some((index + 1, quote))
    })
}

fn yaml_scalar(value: &serde_yaml_ng::Value) -> Option<String> {
    use serde_yaml_ng::Value;
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Tagged(tagged) => yaml_scalar(&tagged.value),
        Value::Null | Value::Sequence(_) | Value::Mapping(_) => None,
    }
}

fn yaml_value(value: &serde_yaml_ng::Value) -> FrontValue {
    match value {
        serde_yaml_ng::Value::Sequence(items) => FrontValue::List(items.iter().filter_map(yaml_scalar).collect()),
        other => FrontValue::Text(yaml_scalar(other).unwrap_or_default()),
    }
}

fn parse_toml(content: &str, file: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<FrontEntry>> {
    let table: toml::Table = match content.parse() {
        Ok(table) => table,
        Err(err) => {
            let err: toml::de::Error = err;
            let (line, column) = err.span().map_or((1, 1), |span| crate::text::line_col(content, span.start));
            diagnostics.push(
                Diagnostic::error("E0201", format!("malformed TOML front matter: {}", err.message().trim())).at(
                    file,
                    line + 1,
                    column,
                ),
            );
            return None;
        }
    };
    let toml_entry = |key: String, value: toml::Value| {
        let value = match value {
            toml::Value::Array(items) => FrontValue::List(items.iter().map(toml_scalar).collect()),
            other => FrontValue::Text(toml_scalar(&other)),
        };
        FrontEntry { line: key_line(content, &key), key, value }
    };
    let mut entries = Vec::new();
    let mut nested = Vec::new();
    for (key, value) in table {
        match value {
            toml::Value::Table(inner) if is_wrapper_table(&key) => nested.extend(inner),
            value => entries.push(toml_entry(key, value)),
        }
    }
    for (key, value) in nested {
        if !entries.iter().any(|entry| entry.key == key) {
            entries.push(toml_entry(key, value));
        }
    }
    entries.sort_by_key(|entry| entry.line);
    Some(entries)
}

fn toml_scalar(value: &toml::Value) -> String {
    match value {
        toml::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// 1-based line in the file (the opening delimiter is line 1) where `key` is defined.
fn key_line(content: &str, key: &str) -> usize {
    content
        .lines()
        .position(|line| {
            let line = line.trim_start().trim_start_matches(['"', '\'']);
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start_matches(['"', '\'']).trim_start().starts_with([':', '=']))
        })
        .map_or(1, |index| index + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_comments_of_metadata_atop_a_page() {
        let text = "<!-- last-reviewed: 2026-04-23 -->\n<!-- owner: @alex-t -->\n\n# Runbook\n";
        let front = extract(text, "x.md", &mut Vec::new()).unwrap();
        assert_eq!((front.entries.len(), front.line_count), (2, 2));
        assert_eq!((front.entries[0].key.as_str(), front.entries[0].line), ("last-reviewed", 1));
        assert!(extract("<!-- markdownlint-disable MD013 -->\n# X\n", "x.md", &mut Vec::new()).is_none());
        assert!(extract("<!-- TODO: rewrite this -->\n# X\n", "x.md", &mut Vec::new()).is_none());
    }

    #[test]
    fn a_wiki_js_comment_header_is_front_matter_and_other_comments_are_not() {
        let mut diagnostics = Vec::new();
        let text = "<!--\ntitle: MOP-3 — Rotate the certificate\ntags: mop, esim\ndate: 2026-02-24T16:47:12.901Z\n-->\n\n# MOP-3\n";
        let front = extract(text, "a.md", &mut diagnostics).unwrap();
        assert_eq!(front.line_count, 5);
        assert_eq!(
            front.entries[1],
            FrontEntry { key: "tags".into(), value: FrontValue::Text("mop, esim".into()), line: 3 }
        );
        assert_eq!(front.entries[2].key, "last updated", "the wiki's date is the last save");
        let hidden =
            extract("<!--\nstatus: accepted\ndate: 2025-10-14\n-->\n\n# ADR-5\n", "a.md", &mut diagnostics).unwrap();
        assert_eq!((hidden.entries[1].key.as_str(), hidden.line_count), ("date", 4), "a record's hidden metadata");
        for comment in ["<!--\nTODO: переписать\n-->\n# X\n", "<!--\nнe закрыт\n# X\n", "<!--\n: [\n-->\n"]
        {
            assert_eq!(extract(comment, "a.md", &mut diagnostics), None, "{comment}");
        }
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn yaml_entries_with_lines() {
        let mut diagnostics = Vec::new();
        let text = "---\ntitle: Выбор брокера\nstatus: accepted\ndeciders: [А. Смирнова, Д. Волков]\ndate: 2026-02-10\n---\n# X\n";
        let front = extract(text, "a.md", &mut diagnostics).unwrap();
        assert!(diagnostics.is_empty());
        assert_eq!(front.line_count, 6);
        assert_eq!(
            front.entries[0],
            FrontEntry { key: "title".into(), value: FrontValue::Text("Выбор брокера".into()), line: 2 }
        );
        assert_eq!(front.entries[2].value, FrontValue::List(vec!["А. Смирнова".into(), "Д. Волков".into()]));
        assert_eq!(front.entries[3].value, FrontValue::Text("2026-02-10".into()));
    }

    #[test]
    fn a_table_of_the_page_s_own_fields_is_read_as_top_level_keys() {
        let toml = "+++\ntitle = \"ADR-0002\"\nstatus = \"Принято\"\n[extra]\nstatus = \"Черновик\"\nowner = \"SRE\"\n[taxonomies]\ntags = [\"x\"]\n+++\n";
        let yaml = "---\ntitle: ADR-0002\nparams:\n  status: Принято\n  owner: SRE\n---\n";
        for text in [toml, yaml] {
            let mut diagnostics = Vec::new();
            let front = extract(text, "a.md", &mut diagnostics).unwrap();
            let pairs: Vec<(&str, String, usize)> =
                front.entries.iter().map(|entry| (entry.key.as_str(), entry.value.joined(), entry.line)).collect();
            assert!(pairs.iter().any(|(key, value, _)| *key == "status" && value == "Принято"), "top wins: {pairs:?}");
            assert!(pairs.iter().any(|(key, value, _)| *key == "owner" && value == "SRE"), "{pairs:?}");
            assert!(!pairs.iter().any(|(key, _, _)| *key == "tags"), "only the page's own table: {pairs:?}");
            assert!(diagnostics.is_empty());
        }
    }

    #[test]
    fn toml_entries() {
        let mut diagnostics = Vec::new();
        let text = "+++\ntitle = \"План\"\nstatus = \"Принято\"\ndate = 2026-02-10\n+++\n";
        let front = extract(text, "a.md", &mut diagnostics).unwrap();
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(front.entries.len(), 3);
        assert_eq!(front.entries[2].value, FrontValue::Text("2026-02-10".into()));
    }

    #[test]
    fn malformed_yaml_is_an_error_on_the_right_line() {
        let mut diagnostics = Vec::new();
        let text = "---\ntitle: ok\ntags: [a, b\nstatus: accepted\n---\n# X\n";
        let front = extract(text, "a.md", &mut diagnostics).unwrap();
        let read: Vec<_> = front.entries.iter().map(|entry| (entry.key.as_str(), entry.line)).collect();
        assert_eq!(read, vec![("title", 2), ("status", 4)], "the plain lines, not the unclosed list");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, "E0201");
        assert!((3..=5).contains(&diagnostics[0].line), "{:?}", diagnostics[0]);
    }

    #[test]
    fn an_unquoted_colon_is_an_error_and_the_plain_lines_are_still_read() {
        let mut diagnostics = Vec::new();
        let text = "---\ntitle: Multi-AZ Redis: cache and session tiers\nowner: Hannah Okafor\nstatus: approved\ndate: 2026-02-20\n---\n# X\n";
        let front = extract(text, "a.md", &mut diagnostics).unwrap();
        assert_eq!(diagnostics[0].code, "E0201");
        let read: Vec<_> = front.entries.iter().map(|entry| (entry.key.as_str(), entry.value.joined())).collect();
        assert_eq!(
            read,
            vec![
                ("title", "Multi-AZ Redis: cache and session tiers".to_owned()),
                ("owner", "Hannah Okafor".to_owned()),
                ("status", "approved".to_owned()),
                ("date", "2026-02-20".to_owned())
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let text = "---\nid: x\ntitle: 'PoC'\ndesc: 'Замеры задержек: Redpanda\nupdated: 1763650800822\ntags:\n  - type.poc\n---\n";
        let mut diagnostics = Vec::new();
        let front = extract(text, "a.md", &mut diagnostics).unwrap();
        let keys: Vec<_> = front.entries.iter().map(|entry| entry.key.as_str()).collect();
        assert_eq!(keys, vec!["id", "title", "updated"], "the quote's line is not guessed at");
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!((diagnostics[0].code.as_str(), diagnostics[0].line), ("E0201", 4), "{diagnostics:?}");
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        let mut diagnostics = Vec::new();
        assert_eq!(extract("---\ntitle: x\n# X\n", "a.md", &mut diagnostics), None);
        assert_eq!(diagnostics[0].code, "E0202");
    }

    #[test]
    fn a_thematic_break_later_is_not_front_matter() {
        let mut diagnostics = Vec::new();
        assert_eq!(extract("# X\n\n---\n", "a.md", &mut diagnostics), None);
        assert!(diagnostics.is_empty());
    }
}
