//! MDX (Docusaurus, Astro Starlight) read as the Markdown it mostly is. An `.mdx` file is
//! Markdown plus JavaScript module lines (`import { Card } from '…'`, `export const …`),
//! component tags on lines of their own (`<Tabs>`, `<Card title="x">`, `</Card>`) and
//! `{/* comments */}`. Those lines are blanked, keeping every other line where it was, so the
//! Markdown between the tags is read and rendered and diagnostics keep their line numbers.
//! Code fences are left alone.

/// The text of an `.mdx` file with its module lines, component-tag lines and comments
/// blanked; as many lines as before.
pub(crate) fn as_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<String> = None;
    let mut statement = Statement::None;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let trimmed = content.trim();
        let blank = if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str()) && trimmed.trim_start_matches(marker.as_str()).trim().is_empty() {
                fence = None;
            }
            false
        } else if statement != Statement::None {
            statement = statement.after(trimmed);
            true
        } else if let Some(marker) = fence_opening(trimmed) {
            fence = Some(marker);
            false
        } else if is_module_statement(content) {
            statement = Statement::starting(trimmed);
            true
        } else {
            is_component_tag(trimmed) || is_comment(trimmed)
        };
        if blank {
            if line.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
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

/// The marker of a code fence this line opens (three or more backticks or tildes).
fn fence_opening(line: &str) -> Option<String> {
    let mark = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let marker: String = line.chars().take_while(|c| *c == mark).collect();
    (marker.chars().count() >= 3).then_some(marker)
}

/// A line that is only a component's tag: `<Card title="Start">`, `</Card>`, `<Tabs />`. A
/// component's name starts with a capital letter (HTML's are lower case and stay).
fn is_component_tag(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('<').and_then(|rest| rest.strip_suffix('>')) else { return false };
    let name = inner.strip_prefix('/').unwrap_or(inner);
    name.starts_with(|c: char| c.is_ascii_uppercase()) && !inner.contains('<')
}

/// `{/* a comment */}` alone on its line.
fn is_comment(line: &str) -> bool {
    line.starts_with("{/*") && line.ends_with("*/}")
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_plain_markdown_text_is_unchanged() {
        let text = "# ADR-1\n\nimport tools are discussed below.\n\n<br>\n";
        assert_eq!(as_markdown(text), text);
    }
}
