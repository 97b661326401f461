//! MDX (Docusaurus, Astro Starlight) read as the Markdown it mostly is. An `.mdx` file is
//! Markdown plus JavaScript module lines (`import { Card } from '…'`, `export const …`),
//! component tags on lines of their own (`<Tabs>`, `<Card title="x">`, `</Card>`) and
//! `{/* comments */}`. Those lines are blanked, keeping every other line where it was, so the
//! Markdown between the tags is read and rendered and diagnostics keep their line numbers.
//! Code fences are left alone.

use super::dialects::{closes_fence, fence_marker};

/// The text of an `.mdx` file with its module lines, component-tag lines and comments
/// blanked; as many lines as before. A component that links (`<LinkCard title="x"
/// href="/y/" />`) stays as a Markdown link, an inline one (`<Badge text="SEV-1" />`) as its
/// text, and the Markdown inside a component is read without the indentation MDX ignores.
pub(crate) fn as_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<String> = None;
    let mut statement = Statement::None;
    let mut tag: Option<String> = None;
    let mut depth = 0usize;
    // `import EscalationContacts from '/snippets/escalation-contacts.mdx'`: a page's snippets.
    let snippets: Vec<(&str, &str)> = text.lines().filter_map(snippet_import).collect();
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let trimmed = content.trim();
        let written: Option<String> = if let Some(marker) = &fence {
            if closes_fence(trimmed, marker) {
                fence = None;
            }
            Some(content.to_owned())
        } else if statement != Statement::None {
            statement = statement.after(trimmed);
            None
        } else if let Some(mut open) = tag.take() {
            // A component's tag over several lines, its attributes one per line.
            open.push(' ');
            open.push_str(trimmed);
            if trimmed.ends_with('>') {
                depth = depth_after(&open, depth);
                link_of(&open).or_else(|| fields_of(&open))
            } else {
                tag = Some(open);
                None
            }
        } else if let Some(marker) = fence_marker(trimmed) {
            fence = Some(marker);
            Some(content.to_owned())
        } else if is_module_statement(content) {
            statement = Statement::starting(trimmed);
            None
        } else if starts_component_tag(trimmed) && !trimmed.contains('>') {
            tag = Some(trimmed.to_owned());
            None
        } else if is_component_tag(trimmed) {
            depth = depth_after(trimmed, depth);
            link_of(trimmed).or_else(|| fields_of(trimmed)).or_else(|| embedded_snippet(trimmed, &snippets))
        } else if is_comment(trimmed) {
            None
        } else {
            let inline = inline_components(content);
            Some(if depth > 0 { inline.trim_start().to_owned() } else { inline })
        };
        out.push_str(written.as_deref().unwrap_or_default());
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// `import EscalationContacts from '/snippets/escalation-contacts.mdx';`: the name a page
/// gives a Markdown file it embeds, and the file.
fn snippet_import(line: &str) -> Option<(&str, &str)> {
    let (name, from) = line.trim().strip_prefix("import ")?.split_once(" from ")?;
    let path = from.trim().trim_end_matches(';').trim_matches(['\'', '"']);
    let name = name.trim();
    let markdown = path.ends_with(".mdx") || path.ends_with(".md");
    let plain = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    (markdown && plain && !path.contains("://")).then_some((name, path))
}

/// `<EscalationContacts />` where the page imported that snippet: a link to it (the snippet's
/// text is not drawn into the page), named by its file.
fn embedded_snippet(tag: &str, snippets: &[(&str, &str)]) -> Option<String> {
    let name = tag.strip_prefix('<')?.strip_suffix("/>")?.trim();
    let (_, path) = snippets.iter().find(|(imported, _)| *imported == name)?;
    let file = path.rsplit('/').next().unwrap_or(path);
    let title = file.rsplit_once('.').map_or(file, |(stem, _)| stem).replace(['-', '_'], " ");
    Some(format!("[{title}](<{path}>)"))
}

/// Whether `line` starts a component's tag (`<Card`, `</Card`).
fn starts_component_tag(line: &str) -> bool {
    let name = line.strip_prefix("</").or_else(|| line.strip_prefix('<')).unwrap_or_default();
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// How many components are open after the whole tag `tag`.
fn depth_after(tag: &str, depth: usize) -> usize {
    if tag.starts_with("</") {
        depth.saturating_sub(1)
    } else if tag.ends_with("/>") {
        depth
    } else {
        depth + 1
    }
}

/// A component tag with an `href` as a Markdown link to it, named by its `title`.
fn link_of(tag: &str) -> Option<String> {
    let href = attribute(tag, "href")?;
    let title = attribute(tag, "title").or_else(|| attribute(tag, "label")).unwrap_or(href);
    Some(format!("[{title}](<{href}>)"))
}

/// A component that states a status (`<AdrStatus status="accepted" date="2025-06-10" />`,
/// a team's own) as the fields it holds, on one line: `**Status:** accepted · **Date:**
/// 2025-06-10`, which the page shows and its header reads. Its look (`className`, `variant`,
/// `color`…) is left out; any other component says nothing here.
fn fields_of(tag: &str) -> Option<String> {
    const LOOK: [&str; 9] = ["class", "classname", "style", "id", "variant", "color", "size", "icon", "key"];
    let fields: Vec<(String, &str)> = super::dialects::attribute_pairs(tag)
        .map(|(name, value)| (name, value.trim()))
        .filter(|(name, value)| !value.is_empty() && !LOOK.contains(&name.to_ascii_lowercase().as_str()))
        .map(|(name, value)| (crate::text::camel_words(name), value))
        .collect();
    if !fields.iter().any(|(name, _)| name == "status") {
        return None;
    }
    let line: Vec<String> = fields
        .iter()
        .map(|(name, value)| {
            let mut label = name.clone();
            if let Some(first) = label.get(..1) {
                label.replace_range(..1, &first.to_ascii_uppercase());
            }
            format!("**{label}:** {value}")
        })
        .collect();
    Some(line.join(" · "))
}

/// The value of attribute `name="…"` in a tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = rest[..at].ends_with(char::is_whitespace);
        let after = &rest[at + name.len()..];
        if let Some(value) = after.strip_prefix("=\"").filter(|_| before_ok) {
            return value.split('"').next();
        }
        rest = after;
    }
    None
}

/// `<Badge text="SEV-1" variant="danger" /> **Date:** …`: a self-closing component inside a
/// line as its text (its `text`, `label` or `title`; a status pill's `status`, `state` or
/// `value`: `| Vault HA | <StatusPill status="at-risk" /> |`), or nothing.
fn inline_components(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        let tail = &rest[at..];
        let end = tail.find("/>").filter(|&end| starts_component_tag(tail) && !tail[1..end].contains(['<', '>']));
        let Some(end) = end else {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
            continue;
        };
        let component = &tail[..end + 2];
        out.push_str(&rest[..at]);
        let text =
            ["text", "label", "title", "status", "state", "value"].iter().find_map(|name| attribute(component, name));
        out.push_str(text.unwrap_or_default());
        rest = &tail[end + 2..];
    }
    out.push_str(rest);
    out
}

/// Whether a module statement goes on after its first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Statement {
    /// Complete.
    None,
    /// `import {` … until the line with `from '…'` (or a bare `import '…'`).
    Import,
    /// `export const x = {` … until the brackets close; the count still open.
    Export(usize),
}

impl Statement {
    /// The state after a statement's first line.
    fn starting(line: &str) -> Statement {
        if line.starts_with("import ") {
            return if import_ends(line) { Statement::None } else { Statement::Import };
        }
        Statement::Export(0).after_line(line)
    }

    /// The state after one more line of the statement.
    fn after(self, line: &str) -> Statement {
        match self {
            Statement::Import if import_ends(line) => Statement::None,
            Statement::Import => Statement::Import,
            other => other.after_line(line),
        }
    }

    fn after_line(self, line: &str) -> Statement {
        let Statement::Export(open) = self else { return self };
        let opened = line.matches(['{', '(', '[']).count();
        let closed = line.matches(['}', ')', ']']).count();
        match (open + opened).saturating_sub(closed) {
            0 => Statement::None,
            still => Statement::Export(still),
        }
    }
}

/// A line that opens a JavaScript module statement (`import { Card } from '…'`, `export
/// const …`), as MDX reads one: at the start of the line, in the statement's own syntax (a
/// sentence that starts with the word "import" is not one).
fn is_module_statement(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix("import ") {
        let rest = rest.trim_start();
        return rest.starts_with(['{', '*', '\'', '"']) || rest.contains(" from ");
    }
    line.strip_prefix("export ").is_some_and(|rest| {
        let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
        ["const", "let", "var", "function", "default", "async", "class"].contains(&word) || rest.starts_with(['{', '*'])
    })
}

/// Whether an import statement ends on this line.
fn import_ends(line: &str) -> bool {
    line.contains(" from ") || line.starts_with("from ") || line.starts_with("} from") || line.ends_with(';') || {
        let rest = line.trim_start_matches("import").trim();
        rest.starts_with(['\'', '"'])
    }
}

/// A line that is only a component's tag: `<Card title="Start">`, `</Card>`, `<Tabs />`. A
/// component's name starts with a capital letter (HTML's are lower case and stay).
fn is_component_tag(line: &str) -> bool {
    starts_component_tag(line) && line.ends_with('>') && !line[1..].contains('<')
}

/// `{/* a comment */}` alone on its line.
fn is_comment(line: &str) -> bool {
    line.starts_with("{/*") && line.ends_with("*/}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imported_snippet_is_a_link_to_its_file() {
        let mdx = "import EscalationContacts from '/snippets/escalation-contacts.mdx';\nimport { Card } from 'mintlify';\n\n## Escalation\n\n<EscalationContacts />\n<Card />\n";
        assert_eq!(
            as_markdown(mdx),
            "\n\n\n## Escalation\n\n[escalation contacts](</snippets/escalation-contacts.mdx>)\n\n"
        );
    }

    #[test]
    fn module_lines_and_component_tags_are_blanked_in_place() {
        let mdx = "---\ntitle: Payments\n---\nimport { Card, Tabs } from '@astrojs/starlight/components';\n\
                   import {\n  Aside,\n} from './x';\nexport const meta = {\n  a: 1,\n};\n\n\
                   <Card title=\"Start\">\nSee [setup](/guides/setup/).\n</Card>\n{/* todo */}\n<Tabs />\n\
                   <details>\n```jsx\nimport X from 'y';\n<Card />\n```\n";
        let markdown = as_markdown(mdx);
        assert_eq!(markdown.lines().count(), mdx.lines().count(), "every line keeps its number");
        let kept: Vec<&str> = markdown.lines().filter(|line| !line.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "---",
                "title: Payments",
                "---",
                "See [setup](/guides/setup/).",
                "<details>",
                "```jsx",
                "import X from 'y';",
                "<Card />",
                "```"
            ]
        );
    }

    #[test]
    fn a_component_that_states_a_status_is_its_fields() {
        let mdx = "# ADR-0003\n\n<AdrStatus status=\"accepted\" date=\"2025-06-10\" className=\"x\" />\n\n<AdrStatus\n  status=\"superseded\"\n  supersededBy=\"ADR-0007\"\n/>\n<Tabs groupId=\"a\">\n";
        let markdown = as_markdown(mdx);
        assert_eq!(markdown.lines().count(), mdx.lines().count());
        let kept: Vec<&str> = markdown.lines().filter(|line| !line.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "# ADR-0003",
                "**Status:** accepted · **Date:** 2025-06-10",
                "**Status:** superseded · **Superseded by:** ADR-0007"
            ]
        );
    }

    #[test]
    fn linking_and_inline_components_keep_what_they_say() {
        let mdx = "<CardGrid>\n\t<LinkCard\n\t\ttitle=\"HSM failover\"\n\t\thref=\"/runbooks/hsm-failover/\"\n\t/>\n\
                   \t<Card title=\"Planning\">\n\t\tThe [roadmap](/planning/roadmap/).\n\t</Card>\n</CardGrid>\n\
                   <Badge text=\"SEV-1\" variant=\"danger\" /> **Date:** 4 March 2026\n\
                   | Vault HA | <StatusPill status=\"at-risk\" /> |\n";
        let markdown = as_markdown(mdx);
        assert_eq!(markdown.lines().count(), mdx.lines().count());
        let kept: Vec<&str> = markdown.lines().filter(|line| !line.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "[HSM failover](</runbooks/hsm-failover/>)",
                "The [roadmap](/planning/roadmap/).",
                "SEV-1 **Date:** 4 March 2026",
                "| Vault HA | at-risk |"
            ]
        );
    }

    #[test]
    fn a_plain_markdown_text_is_unchanged() {
        let text = "# ADR-1\n\nimport tools are discussed below.\n\n<br>\n";
        assert_eq!(as_markdown(text), text);
    }
}
