//! Pages exported from an outliner (Roam Research, Logseq, Workflowy, Dynalist) are one
//! nested list: a section is a block at the margin that holds a heading (`- ## Follow-ups`)
//! or, on a page that is nothing but blocks, a bold line alone (`- **Follow-ups**`), and its
//! text is the blocks indented under it. Written as the heading it is, with its children
//! one level out, such a section reads as any page's does: its list is the section's own,
//! its items near the margin. Every line stays on its line.

use std::borrow::Cow;

/// Whether `text` may hold an outliner's section blocks: a heading block, or a page that
/// opens with a block (after any front matter), as only an outline does. A cheap test, so
/// that other pages are not rewritten.
pub(crate) fn may_have_blocks(text: &str) -> bool {
    text.starts_with("- #") || text.contains("\n- #") || after_front_matter(text).starts_with("- ")
}

/// `text` after its `---` front matter, if it opens with one.
fn after_front_matter(text: &str) -> &str {
    text.strip_prefix("---\n").and_then(|rest| rest.find("\n---\n").map(|end| &rest[end + 5..])).unwrap_or(text)
}

/// `text` with each section block written as its heading and its children one level out
/// (borrowed when it has none).
pub(crate) fn as_sections(text: &str) -> Cow<'_, str> {
    if !may_have_blocks(text) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let whole_outline = is_whole_outline(&lines);
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    // Under a section block: the indentation of its first child, once seen.
    let mut children: Option<Option<String>> = None;
    let mut fence: Option<char> = None;
    for (index, line) in lines.iter().enumerate() {
        let (content, ending) = line.strip_suffix('\n').map_or((*line, ""), |content| (content, "\n"));
        let trimmed = content.trim_start();
        if fence.is_none() {
            let opens_section = || {
                heading_block(content).map(str::to_owned).or_else(|| {
                    let next = lines.get(index + 1).copied().unwrap_or_default();
                    let has_children = next.starts_with([' ', '\t']) && !next.trim().is_empty();
                    bold_block(content).filter(|_| whole_outline && has_children).map(|title| format!("## {title}"))
                })
            };
            if let Some(heading) = opens_section() {
                out.push_str(&heading);
                out.push_str(ending);
                children = Some(None);
                changed = true;
                continue;
            }
        }
        if let Some(marker) = trimmed.chars().next().filter(|c| *c == '`' || *c == '~') {
            if trimmed.starts_with(&marker.to_string().repeat(3)) {
                fence = match fence {
                    Some(open) if open == marker => None,
                    None => Some(marker),
                    open => open,
                };
            }
        }
        let indent = &content[..content.len() - trimmed.len()];
        let written = match &mut children {
            Some(_) if trimmed.is_empty() => content,
            Some(_) if indent.is_empty() => {
                children = None;
                content
            }
            Some(first) => {
                let prefix = first.get_or_insert_with(|| indent.to_owned());
                content.strip_prefix(prefix.as_str()).unwrap_or(content)
            }
            None => content,
        };
        changed |= written.len() != content.len();
        out.push_str(written);
        out.push_str(ending);
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// `- ## Follow-ups` at the margin: a block that holds a heading, as the heading.
fn heading_block(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(['-', '*', '+'])?;
    let heading = rest.trim_start_matches([' ', '\t']);
    let hashes = heading.bytes().take_while(|b| *b == b'#').count();
    let spaced = rest.len() > heading.len();
    (spaced && (1..=6).contains(&hashes) && heading[hashes..].starts_with(' ')).then_some(heading)
}

/// `- **Follow-ups**` at the margin: a block that is a bold line and nothing else, as its
/// words.
fn bold_block(line: &str) -> Option<&str> {
    let inner = line.strip_prefix("- **")?.trim_end().strip_suffix("**")?;
    let inner = inner.trim_end_matches(':').trim();
    (!inner.is_empty() && !inner.contains("**")).then_some(inner)
}

/// Whether every line with text (after any front matter) is a block at the margin or a
/// line indented under one: the page is an outline.
fn is_whole_outline(lines: &[&str]) -> bool {
    let mut rest = lines;
    if rest.first().is_some_and(|line| line.trim_end() == "---") {
        let end = rest.iter().skip(1).position(|line| line.trim_end() == "---");
        rest = end.map_or(rest, |end| &rest[end + 2..]);
    }
    let mut blocks = rest.iter().filter(|line| !line.trim().is_empty()).peekable();
    blocks.peek().is_some()
        && blocks.all(|line| line.starts_with([' ', '\t']) || line.starts_with("- ") || line.starts_with("* "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_blocks_become_headings_and_their_children_come_out_one_level() {
        let roam = "- Type:: [[Incident]]\n- ## Follow-ups\n    - {{[[DONE]]}} Alert on the pool\n        - Owner:: [[Priya Nair]]\n- ## What went well\n    - finance was told early\n";
        assert_eq!(
            as_sections(roam),
            "- Type:: [[Incident]]\n## Follow-ups\n- {{[[DONE]]}} Alert on the pool\n    - Owner:: [[Priya Nair]]\n## What went well\n- finance was told early\n"
        );
        let logseq = "- ## Follow-ups\n\t- DONE Backoff\n\t  owner:: Nadia\n";
        assert_eq!(as_sections(logseq), "## Follow-ups\n- DONE Backoff\n  owner:: Nadia\n");
    }

    #[test]
    fn a_bold_block_with_children_is_a_section_only_on_an_outline_page() {
        let roam =
            "- Owner:: [[Priya]]\n- **Lakehouse**\n    - Polaris cutover\n        - Status:: Done\n- **Note:** plain\n";
        assert_eq!(
            as_sections(roam),
            "- Owner:: [[Priya]]\n## Lakehouse\n- Polaris cutover\n    - Status:: Done\n- **Note:** plain\n"
        );
        let page = "# Plan\n\n- **Phase 1**\n    - task\n";
        assert_eq!(as_sections(page), page, "a bold item in a page with prose is an item");
        let leaf = "- a\n- **Only bold**\n- b\n";
        assert_eq!(as_sections(leaf), leaf, "without children it is an item");
    }

    #[test]
    fn an_outline_under_front_matter_is_one_too() {
        let page = "---\ntitle: Roadmap\n---\n- Owner:: [[Priya]]\n- **Lakehouse**\n    - Polaris cutover\n";
        assert_eq!(
            as_sections(page),
            "---\ntitle: Roadmap\n---\n- Owner:: [[Priya]]\n## Lakehouse\n- Polaris cutover\n"
        );
        let prose = "# Plan\n\nText.\n\n- **Phase 1**\n    - task\n";
        assert!(!may_have_blocks(prose), "a bold item in a page of prose asks for no rewriting");
    }

    #[test]
    fn code_keeps_what_looks_like_a_block() {
        let text = "Text\n\n```\n- ## not a heading\n```\n";
        assert_eq!(as_sections(text), text);
        assert!(matches!(as_sections("# Title\n\n- item\n"), Cow::Borrowed(_)));
    }
}
