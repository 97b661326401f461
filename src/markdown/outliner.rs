//! Pages exported from an outliner (Roam Research, Logseq, RemNote, Workflowy, Dynalist)
//! are one nested list: a section is a block at the margin that holds a heading (`- ##
//! Follow-ups`) or, on a page that is nothing but blocks, a bold line alone (`- **Follow-ups**`)
//! or a short name over blocks that are not its properties (`- Context`), and its text is the
//! blocks indented under it. Written as the heading it is, with its children one level out,
//! such a section reads as any page's does: its list is the section's own, its items near the
//! margin. A page that is one block with everything under it (RemNote's export: `- DR-01
//! Message bus #Decision` over `- Status:: Accepted`, `- Context`, …) is its title, with its
//! blocks one level out. Every line stays on its line.

use std::borrow::Cow;

/// Whether `text` may hold an outliner's section blocks: a heading block, or a page that
/// opens with a block (after any front matter), as only an outline does. A cheap test, so
/// that other pages are not rewritten.
pub(crate) fn may_have_blocks(text: &str) -> bool {
    // (A journal's record read on its own: the day's other lines are left blank above it.)
    let text = text.trim_start_matches('\n');
    text.starts_with("- #")
        || text.contains("\n- #")
        || after_title(after_front_matter(text)).starts_with("- ")
        // Heptabase's card: a title over its properties' list ruled off by `---`, then
        // toggles (`- **Summary**` over indented blocks).
        || text.contains("\n---\n") && text.contains("\n- **") && (text.contains("\n    - ") || text.contains("\n\t- "))
}

/// `text` after a `# title` line it opens with and the blank lines under it, when the page
/// is an outliner's (Tana's export: the node's name and its supertag, `# INC-3 etcd
/// #incident`, or `Field:: value` blocks under it); a Markdown page's list under its title
/// stays a list.
fn after_title(text: &str) -> &str {
    let Some((title, rest)) = text.strip_prefix("# ").and_then(|rest| rest.split_once('\n')) else { return text };
    let blocks = after_page_properties(rest.trim_start_matches(['\n', '\r']));
    // Most pages open with a title over prose: only a title over a block asks for more.
    if !blocks.starts_with("- ") {
        return text;
    }
    let tagged = title.trim_end() != without_tags(title);
    if tagged || rest.contains(":: ") {
        blocks
    } else {
        text
    }
}

/// `text` after its `---` front matter, if it opens with one, and after a Logseq page's
/// properties.
fn after_front_matter(text: &str) -> &str {
    after_page_properties(
        text.strip_prefix("---\n").and_then(|rest| rest.find("\n---\n").map(|end| &rest[end + 5..])).unwrap_or(text),
    )
}

/// `text` after the properties on its first lines (a Logseq page's `type:: [[incident]]` /
/// `severity:: SEV2`, before its first block) and the blank lines under them.
fn after_page_properties(text: &str) -> &str {
    let mut rest = text;
    let mut properties = false;
    while let Some((line, after)) = rest.split_once('\n') {
        if is_page_property(line) {
            properties = true;
        } else if !(properties && line.trim().is_empty()) {
            break;
        }
        rest = after;
    }
    if properties {
        rest
    } else {
        text
    }
}

/// A Logseq page's property line at the margin: `date:: [[Dec 9th, 2025]]`.
fn is_page_property(line: &str) -> bool {
    !line.starts_with([' ', '\t', '-', '*', '#']) && is_property(line)
}

/// `text` with each section block written as its heading and its children one level out
/// (borrowed when it has none).
pub(crate) fn as_sections(text: &str) -> Cow<'_, str> {
    if !may_have_blocks(text) {
        return Cow::Borrowed(text);
    }
    match under_its_title(text) {
        Some(titled) => Cow::Owned(sectioned(&titled).into_owned()),
        None => sectioned(text),
    }
}

/// A page that is one block at the margin with every other block under it: that block as
/// the page's `# title` (without its `#Tag`s), the blocks under it one level out, and a
/// spaced property key (`Decision :: NATS`) closed up (`Decision:: NATS`). `None` for any
/// other page.
fn under_its_title(text: &str) -> Option<String> {
    let body = after_front_matter(text);
    let front = &text[..text.len() - body.len()];
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let first = lines.iter().position(|line| !line.trim().is_empty())?;
    let title = lines[first].trim_end().strip_prefix("- ")?;
    let rest = &lines[first + 1..];
    let indented = |line: &&&str| line.starts_with([' ', '\t']);
    let child_indent = rest.iter().find(|line| !line.trim().is_empty())?;
    if title.starts_with('#')
        || !indented(&child_indent)
        || !rest.iter().filter(|l| !l.trim().is_empty()).all(|l| indented(&l))
    {
        return None;
    }
    let indent = &child_indent[..child_indent.len() - child_indent.trim_start().len()];
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    for line in &lines[..first] {
        out.push_str(line);
    }
    out.push_str("# ");
    out.push_str(without_tags(title));
    out.push('\n');
    for line in rest {
        let (content, ending) = super::split_ending(line);
        let content = content.strip_prefix(indent).unwrap_or(content.trim_start());
        out.push_str(&closed_up_property(content));
        out.push_str(ending);
    }
    Some(out)
}

/// `DR-01 Message bus - NATS #Decision`: a block's words without the tags at its end.
fn without_tags(block: &str) -> &str {
    let mut words = block.trim_end();
    while let Some(at) = words.rfind(" #") {
        let tag = &words[at + 2..];
        if tag.is_empty() || !tag.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            break;
        }
        words = words[..at].trim_end();
    }
    words
}

/// `- Decision :: NATS with JetStream` (RemNote's spaced property) as `- Decision:: NATS …`.
fn closed_up_property(block: &str) -> Cow<'_, str> {
    match block.find(" :: ") {
        Some(at) if is_property_key(block[..at].trim_start().trim_start_matches(['-', '*']).trim_start()) => {
            Cow::Owned(format!("{}::{}", &block[..at].trim_end(), &block[at + 3..]))
        }
        _ => Cow::Borrowed(block),
    }
}

/// `Status`, `Impact window`, `Zone controller config + traffic rules`: a property's key,
/// a few words that open with a letter.
fn is_property_key(key: &str) -> bool {
    key.chars().next().is_some_and(char::is_alphabetic) && key.split_whitespace().count() <= 10
}

/// Whether a block (without its marker) is a property: `Status:: Accepted`.
fn is_property(block: &str) -> bool {
    block.split_once("::").is_some_and(|(key, _)| is_property_key(key.trim()))
}

/// A section block being written: its heading's level and the indentation of its first
/// child block (absolute, from the margin), once seen.
struct OpenSection {
    level: usize,
    /// How deep the block that opened it is indented (0 at the margin).
    opener_indent: usize,
    prefix: Option<String>,
    /// Opened by a heading block (`- ## INCIDENT …`), whose named children are sections too.
    heading: bool,
}

/// `text` with each section block written as its heading and its children one level out
/// (borrowed when it has none). Inside a heading block, a child that is a section's name
/// over blocks of its own (a Logseq journal's `- ## INCIDENT …` over `\t- follow-ups`) is a
/// section one level deeper.
fn sectioned(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let whole_outline = is_whole_outline(&lines);
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    // The section blocks the line is under, outermost first.
    let mut open: Vec<OpenSection> = Vec::new();
    let mut fence: Option<char> = None;
    // Where the text of the last block written begins, while its notes follow it.
    let mut block_content_at: Option<usize> = None;
    for (index, line) in lines.iter().enumerate() {
        let (content, ending) = super::split_ending(line);
        let trimmed = content.trim_start();
        let indent = &content[..content.len() - trimmed.len()];
        // A line no deeper than a section block closes it (at the margin: every one).
        if fence.is_none() && !trimmed.is_empty() {
            while open.last().is_some_and(|section| indent.len() <= section.opener_indent) {
                open.pop();
            }
        }
        if fence.is_none() {
            let next = lines.get(index + 1).copied().unwrap_or_default();
            let next_indent = next.len() - next.trim_start().len();
            let has_children = next_indent > indent.len() && !next.trim().is_empty();
            // `- Polaris cutover` over `- Status:: Done`: an item and its properties.
            let holds_blocks = has_children && !is_property(next.trim_start().trim_start_matches("- "));
            let named = |block: &str| {
                bold_block(block)
                    .filter(|_| has_children)
                    .or_else(|| name_block(block).filter(|_| holds_blocks))
                    .map(str::to_owned)
            };
            let heading = if indent.is_empty() {
                heading_block(content)
                    .map(|heading| {
                        let level = heading.bytes().take_while(|b| *b == b'#').count();
                        (heading.to_owned(), level, true)
                    })
                    .or_else(|| named(content).filter(|_| whole_outline).map(|title| (format!("## {title}"), 2, false)))
            } else {
                // A child at the margin of a heading block's children.
                let parent = open.last().filter(|section| {
                    section.heading && section.prefix.as_deref().is_none_or(|prefix| prefix == indent)
                });
                // (`- the file:` over a fence is a lead-in, not a section: children are blocks.)
                let child_blocks = next.trim_start().starts_with(['-', '*']);
                parent.filter(|_| whole_outline && child_blocks).and_then(|section| {
                    let level = (section.level + 1).min(6);
                    named(trimmed).map(|title| (format!("{} {title}", "#".repeat(level)), level, false))
                })
            };
            if let Some((heading, level, from_heading)) = heading {
                if let Some(parent) = open.last_mut().filter(|_| !indent.is_empty()) {
                    parent.prefix.get_or_insert_with(|| indent.to_owned());
                }
                out.push_str(&heading);
                out.push_str(ending);
                open.push(OpenSection { level, opener_indent: indent.len(), prefix: None, heading: from_heading });
                changed = true;
                continue;
            }
        }
        fence = super::fence_after(fence, trimmed);
        let written = match open.last_mut() {
            None => content,
            Some(_) if trimmed.is_empty() => content,
            // A Logseq heading block's own lines (`  severity:: SEV3`) before its first child
            // block (`\t- cause: …`) come out to the margin; the children keep their own indent.
            Some(OpenSection { prefix: None, .. }) if !trimmed.starts_with(['-', '*', '+']) => trimmed,
            Some(section) => {
                let prefix = section.prefix.get_or_insert_with(|| indent.to_owned());
                content.strip_prefix(prefix.as_str()).unwrap_or(content)
            }
        };
        let written = match fence {
            None if whole_outline => as_aside(written, &mut block_content_at),
            _ => Cow::Borrowed(written),
        };
        changed |= written.len() != content.len();
        out.push_str(&written);
        out.push_str(ending);
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// `line` as written, or as a quote when it is a block's note: a line that is no block,
/// indented deeper than the text of the block above it (Workflowy's and Dynalist's `- Move
/// auth config behind flags — @tom — #wontdo` over `    we agreed this adds more risk`). Kept
/// as it was, the note would run on as the block's own text; a Logseq block's second line,
/// level with its text, does. `block_content_at` follows the last block and its notes.
fn as_aside<'l>(line: &'l str, block_content_at: &mut Option<usize>) -> Cow<'l, str> {
    let text = line.trim_start();
    let indent = line.len() - text.len();
    if text.is_empty() {
        return Cow::Borrowed(line);
    }
    if let Some(item) = text.strip_prefix(['-', '*', '+']).filter(|rest| rest.starts_with(' ')) {
        *block_content_at = Some(indent + 1 + item.len() - item.trim_start().len());
        return Cow::Borrowed(line);
    }
    match *block_content_at {
        // Level with the block's text, so that the quote is the block's (deeper, it could
        // read as the block's own text again).
        Some(content_at) if indent > content_at && !text.starts_with('>') => {
            Cow::Owned(format!("{:content_at$}> {text}", ""))
        }
        _ => {
            *block_content_at = None;
            Cow::Borrowed(line)
        }
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

/// `- Context`, `- What went well`, `- Cards from this one` at the margin: a block of a few
/// words and nothing else (no property, task, link or sentence), as its words.
fn name_block(line: &str) -> Option<&str> {
    let words = line.strip_prefix("- ")?.trim();
    let plain = !words.is_empty()
        && words.split_whitespace().count() <= 6
        && words.chars().next().is_some_and(char::is_alphabetic)
        && !words.ends_with(['.', ',', ';'])
        && !["::", ">>", "[[", "](", "{{", "`", "**", " #"].iter().any(|mark| words.contains(mark))
        // `- Total: ~7 weeks` over its note: a field, not a section's name.
        && !words.trim_end_matches(':').contains(':')
        && !["TODO ", "DONE ", "LATER ", "NOW "].iter().any(|marker| words.starts_with(marker));
    plain.then_some(words.trim_end_matches(':'))
}

/// Whether every line with text (after any front matter and a `# title`) is a block at the
/// margin or a line indented under one: the page is an outline.
fn is_whole_outline(lines: &[&str]) -> bool {
    let blank = lines.iter().take_while(|line| line.trim().is_empty()).count();
    let mut rest = &lines[blank..];
    if rest.first().is_some_and(|line| line.trim_end() == "---") {
        let end = rest.iter().skip(1).position(|line| line.trim_end() == "---");
        rest = end.map_or(rest, |end| &rest[end + 2..]);
    }
    let properties = rest.iter().take_while(|line| is_page_property(line) || line.trim().is_empty()).count();
    if rest.first().is_some_and(|line| is_page_property(line)) {
        rest = &rest[properties..];
    }
    if rest.first().is_some_and(|line| line.starts_with("# ")) {
        // The title's own note under it (Workflowy's `2026-01-09. Severity: Sev2`), before
        // its first block.
        let note = rest[1..].iter().take_while(|line| !line.starts_with("- ") && !line.starts_with("* ")).count();
        rest = &rest[1 + note..];
    }
    // (`---` between the card's properties and its blocks, as Heptabase writes it.)
    let mut blocks = rest.iter().filter(|line| !line.trim().is_empty() && line.trim_end() != "---").peekable();
    blocks.peek().is_some()
        && blocks.all(|line| line.starts_with([' ', '\t']) || line.starts_with("- ") || line.starts_with("* "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_child_of_a_heading_block_is_a_section_one_level_deeper() {
        let day = "- standup\n- ## INCIDENT etcd latency #incident\n  severity:: SEV3\n\t- cause: fragmentation\n\t- follow-ups\n\t\t- TODO alert\n\t\t  owner:: [[Marina]]\n\t\t- DONE runbook\n\t- lessons\n\t\t- defrag monthly\n- evening\n";
        assert_eq!(
            as_sections(day),
            "- standup\n## INCIDENT etcd latency #incident\nseverity:: SEV3\n- cause: fragmentation\n### follow-ups\n- TODO alert\n  owner:: [[Marina]]\n- DONE runbook\n### lessons\n- defrag monthly\n- evening\n"
        );
    }

    #[test]
    fn a_logseq_pages_properties_above_its_blocks_leave_it_an_outline() {
        let page = "type:: [[incident]]\nseverity:: SEV2\n\n- Follow-ups\n\t- LATER Move off nginx-ingress\n\t  owner:: unassigned\n- Lessons\n\t- rename in waves\n";
        let out = as_sections(page);
        assert!(out.starts_with("type:: [[incident]]\nseverity:: SEV2\n\n## Follow-ups\n- LATER Move off"), "{out}");
    }

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
    fn a_card_s_properties_a_rule_and_its_toggles() {
        let card = "# Indexer backlog\n\n- Tags: #incident\n- Severity: Sev 2\n\n---\n\n- **Impact**\n    - 14:10 → 17:35 UTC\n- **Follow-ups**\n    - [ ] Alert — owner: Rahul\n";
        assert!(may_have_blocks(card));
        assert_eq!(
            as_sections(card),
            "# Indexer backlog\n\n- Tags: #incident\n- Severity: Sev 2\n\n---\n\n## Impact\n- 14:10 → 17:35 UTC\n## Follow-ups\n- [ ] Alert — owner: Rahul\n"
        );
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
    fn a_page_that_is_one_block_is_its_title_over_its_blocks() {
        let remnote = "- DR-01 Message bus - NATS #Decision\n    - Status:: Accepted\n    - Decision :: NATS with JetStream\n    - Context\n        - the broker is a single point of failure\n    - Options\n        - Kafka\n            - Why not Kafka >> heavy to run\n";
        assert_eq!(
            as_sections(remnote),
            "# DR-01 Message bus - NATS\n- Status:: Accepted\n- Decision:: NATS with JetStream\n## Context\n- the broker is a single point of failure\n## Options\n- Kafka\n    - Why not Kafka >> heavy to run\n"
        );
        let items = "- Roadmap #Plan\n    - Polaris cutover\n        - Status:: Done\n";
        assert_eq!(
            as_sections(items),
            "# Roadmap\n- Polaris cutover\n    - Status:: Done\n",
            "a block over its properties is an item, not a section"
        );
        let two = "- First\n    - a\n- Second\n    - b\n";
        assert_eq!(as_sections(two), "## First\n- a\n## Second\n- b\n", "two blocks at the margin are sections");
        let tana = "# INC-3 etcd #incident\n\n- **Серьёзность:** SEV1\n- Задачи\n  - Алерт на размер БД #task\n    - Исполнитель:: Антон\n";
        assert_eq!(
            as_sections(tana),
            "# INC-3 etcd #incident\n\n- **Серьёзность:** SEV1\n## Задачи\n- Алерт на размер БД #task\n  - Исполнитель:: Антон\n",
            "a titled page of blocks"
        );
        let noted = "- Incident: backlog #incident #sev2\n    2026-01-09. Severity: Sev2\n    - Follow-ups\n        - [ ] Cap fan-out @tom due Feb 6\n";
        assert_eq!(
            as_sections(noted),
            "# Incident: backlog\n2026-01-09. Severity: Sev2\n## Follow-ups\n- [ ] Cap fan-out @tom due Feb 6\n",
            "the title's note under it, then its sections"
        );
        let field = "- Estimate #estimate\n    - Breakdown\n        - login — 2\n    - Total: ~7 weeks\n        range 5 to 10\n";
        assert_eq!(
            as_sections(field),
            "# Estimate\n## Breakdown\n- login — 2\n- Total: ~7 weeks\n  > range 5 to 10\n",
            "a field over its note is no section"
        );
        let sentence = "- Note\n    - We moved the launch to May.\n        - because of the audit\n";
        assert_eq!(as_sections(sentence), "# Note\n- We moved the launch to May.\n    - because of the audit\n");
    }

    #[test]
    fn a_block_s_note_is_a_quote_under_it() {
        let page = "- Incident 2026-04-02 — login outage #incident\n    SEV1. ~47 min of failed logins\n    - Action items\n        - Move auth config behind feature flags — @tom — #wontdo\n            we agreed this adds more risk\n            than it removes\n        - Pin the SDK — @priya\n";
        assert_eq!(
            as_sections(page),
            "# Incident 2026-04-02 — login outage\nSEV1. ~47 min of failed logins\n## Action items\n- Move auth config behind feature flags — @tom — #wontdo\n  > we agreed this adds more risk\n  > than it removes\n- Pin the SDK — @priya\n"
        );
        let logseq = "- ## Follow-ups\n    - TODO Add a pool alert\n      its second line\n      owner:: [[Priya]]\n";
        assert_eq!(
            as_sections(logseq),
            "## Follow-ups\n- TODO Add a pool alert\n  its second line\n  owner:: [[Priya]]\n",
            "a block's own lines, level with its text"
        );
        let fenced = "- ## Config\n    - the file:\n      ```\n          key: value\n      ```\n";
        assert_eq!(as_sections(fenced), "## Config\n- the file:\n  ```\n      key: value\n  ```\n", "code stays code");
    }

    #[test]
    fn code_keeps_what_looks_like_a_block() {
        let text = "Text\n\n```\n- ## not a heading\n```\n";
        assert_eq!(as_sections(text), text);
        assert!(matches!(as_sections("# Title\n\n- item\n"), Cow::Borrowed(_)));
    }
}
