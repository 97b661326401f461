//! Marking an existing ADR as superseded, in place: only the status is changed (and, in
//! front matter, a `superseded-by` line added); every other byte of the file, line endings
//! and BOM included, stays as it was.

use crate::deliverable::{self, Vocabulary};

/// Returns `raw` with its status set to "superseded by `label`" linking `link`, in the
/// metadata style and language the file already uses.
pub(crate) fn mark_superseded(raw: &str, label: &str, link: &str) -> String {
    let normalized = crate::text::normalize(raw);
    let doc = deliverable::parse("adr.md", &normalized, &Vocabulary::default());
    let mut lines: Vec<String> = raw.split_inclusive('\n').map(str::to_owned).collect();
    let newline = if raw.contains("\r\n") { "\r\n" } else { "\n" };
    match doc.status_line() {
        Some(line) if line >= 1 && line <= lines.len() => {
            let index = line - 1;
            let current = lines[index].clone();
            let (content, ending) = split_ending(&current);
            if line <= doc.front_matter_lines {
                let (replaced, extra) = front_matter_line(content, label, link);
                lines[index] = format!("{replaced}{ending}");
                lines.insert(index + 1, format!("{extra}{}", if ending.is_empty() { newline } else { ending }));
            } else {
                lines[index] = format!("{}{ending}", inline_line(content, label, link));
            }
        }
        _ => {
            // No status anywhere: add one under the title.
            let at = doc.header_lines.map_or(0, |span| span.first);
            let text = format!("{newline}**Статус:** Заменено [{label}]({link}){newline}");
            if at == 0 {
                lines.insert(0, text.trim_start().to_owned());
            } else {
                lines.insert(at, text);
            }
        }
    }
    lines.concat()
}

fn split_ending(line: &str) -> (&str, &str) {
    if let Some(content) = line.strip_suffix("\r\n") {
        (content, "\r\n")
    } else if let Some(content) = line.strip_suffix('\n') {
        (content, "\n")
    } else {
        (line, "")
    }
}

fn is_russian(text: &str) -> bool {
    text.chars().any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
}

/// `status: accepted` → (`status: superseded`, `superseded-by: "[ADR-2](…)"`), YAML or TOML.
fn front_matter_line(content: &str, label: &str, link: &str) -> (String, String) {
    let indent: String = content.chars().take_while(|c| c.is_whitespace()).collect();
    let toml = content.contains('=') && !content.contains(':');
    let separator = if toml { " = " } else { ": " };
    let key_end = content.find([':', '=']).unwrap_or(content.len());
    let key = content[..key_end].trim_end();
    let value = content.get(key_end + 1..).unwrap_or_default().trim();
    let quoted = value.starts_with('"') || toml;
    let status = if is_russian(value) { "Заменено" } else { "superseded" };
    let status = if quoted { format!("\"{status}\"") } else { status.to_owned() };
    let target = format!("\"[{label}]({link})\"");
    (format!("{key}{separator}{status}"), format!("{indent}superseded-by{separator}{target}"))
}

/// Replaces the value of a `**Статус:** X` / `- Status: X` line, or the whole status line
/// of a `## Status` section, keeping the key, bullet, emphasis and trailing spaces.
fn inline_line(content: &str, label: &str, link: &str) -> String {
    let trailing_len = content.len() - content.trim_end().len();
    let (body, trailing) = content.split_at(content.len() - trailing_len);
    let value_start = key_value_split(body);
    let (prefix, value) = body.split_at(value_start);
    let russian = if value.trim().is_empty() { is_russian(prefix) } else { is_russian(value) };
    let replacement = if russian {
        format!("Заменено [{label}]({link})")
    } else {
        format!("Superseded by [{label}]({link})")
    };
    let gap = if prefix.is_empty() || prefix.ends_with(' ') { "" } else { " " };
    format!("{prefix}{gap}{replacement}{trailing}")
}

/// Byte offset where the value starts: after `**Key:**`, `**Key**:`, `Key:` (with a bullet
/// before), or after a bullet alone; 0 for a plain status line.
fn key_value_split(line: &str) -> usize {
    let mut start = 0;
    let trimmed = line.trim_start();
    let mut rest = trimmed;
    if let Some(after) = rest.strip_prefix(['-', '*', '+']).filter(|a| a.starts_with(' ')) {
        rest = after.trim_start();
    }
    let bullet_len = line.len() - rest.len();
    for marker in [":**", "**:", ":"] {
        if let Some(found) = rest.find(marker) {
            let key = &rest[..found];
            if key.trim_matches('*').split_whitespace().count() <= 4 && !key.contains('[') {
                start = bullet_len + found + marker.len();
                let after = &line[start..];
                return start + (after.len() - after.trim_start().len());
            }
        }
    }
    start.max(bullet_len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_mark_superseded() {
        use crate::new::supersede::mark_superseded;
        let old = "# Выбор очереди\r\n\r\n**Статус:** Принято  \r\n**Дата:** 10.02.2026  \r\n";
        let new = mark_superseded(old, "ADR-0002", "adr-0002-nats.md");
        assert_eq!(
            new,
            "# Выбор очереди\r\n\r\n**Статус:** Заменено [ADR-0002](adr-0002-nats.md)  \r\n**Дата:** 10.02.2026  \r\n"
        );
    }

    fn unchanged_except(old: &str, new: &str, changed_lines: &[usize], inserted: usize) {
        let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
        let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
        assert_eq!(new_lines.len(), old_lines.len() + inserted);
        let mut n = 0;
        for (i, line) in old_lines.iter().enumerate() {
            if changed_lines.contains(&(i + 1)) {
                n += 1 + if inserted > 0 && changed_lines[0] == i + 1 { inserted } else { 0 };
                continue;
            }
            assert_eq!(new_lines[n], *line, "line {} changed", i + 1);
            n += 1;
        }
    }

    #[test]
    fn yaml_front_matter() {
        let old = "---\ntitle: Очередь\nstatus: accepted\ndate: 2026-02-10\n---\n# Очередь\n\nТекст.\n";
        let new = mark_superseded(old, "ADR-0002", "adr-0002-x.md");
        assert_eq!(new, "---\ntitle: Очередь\nstatus: superseded\nsuperseded-by: \"[ADR-0002](adr-0002-x.md)\"\ndate: 2026-02-10\n---\n# Очередь\n\nТекст.\n");
        unchanged_except(old, &new, &[3], 1);
        let parsed = deliverable::parse("a.md", &new, &Vocabulary::default());
        assert_eq!(parsed.status(), Some(&deliverable::Status::Superseded));
        assert_eq!(parsed.relations[0].target.number, Some(2));
    }

    #[test]
    fn toml_front_matter() {
        let old = "+++\ntitle = \"Окно\"\nstatus = \"Принято\"\n+++\n# Окно\n";
        let new = mark_superseded(old, "ADR-0003", "adr-0003-y.md");
        assert_eq!(new, "+++\ntitle = \"Окно\"\nstatus = \"Заменено\"\nsuperseded-by = \"[ADR-0003](adr-0003-y.md)\"\n+++\n# Окно\n");
    }

    #[test]
    fn bullet_list_in_english_keeps_its_bullet() {
        let old = "# Use Redis\n\n* Status: accepted\n* Deciders: Anna\n\n## Context\n";
        let new = mark_superseded(old, "ADR-0004", "0004-use-pg.md");
        assert_eq!(
            new,
            "# Use Redis\n\n* Status: Superseded by [ADR-0004](0004-use-pg.md)\n* Deciders: Anna\n\n## Context\n"
        );
    }

    #[test]
    fn bulleted_bold_key() {
        let old = "# X\n\n- **Статус**: Утверждено\n- **Дата:** 10/02/2026\n";
        let new = mark_superseded(old, "ADR-002", "adr-002-y.md");
        assert_eq!(new, "# X\n\n- **Статус**: Заменено [ADR-002](adr-002-y.md)\n- **Дата:** 10/02/2026\n");
    }

    #[test]
    fn status_section_adr_tools_and_russian() {
        let old = "# 1. Record decisions\n\nDate: 2026-01-12\n\n## Status\n\nAccepted\n\n## Context\n";
        let new = mark_superseded(old, "ADR-0002", "0002-x.md");
        assert_eq!(new, "# 1. Record decisions\n\nDate: 2026-01-12\n\n## Status\n\nSuperseded by [ADR-0002](0002-x.md)\n\n## Context\n");
        let old = "# X\n\n## Статус\n\nПринято\n";
        assert_eq!(mark_superseded(old, "ADR-5", "b.md"), "# X\n\n## Статус\n\nЗаменено [ADR-5](b.md)\n");
    }

    #[test]
    fn a_bom_and_crlf_survive_and_a_missing_status_is_added() {
        let old = "\u{feff}# X\r\n\r\nТекст без статуса.\r\n";
        let new = mark_superseded(old, "ADR-0002", "b.md");
        assert_eq!(new, "\u{feff}# X\r\n\r\n**Статус:** Заменено [ADR-0002](b.md)\r\n\r\nТекст без статуса.\r\n");
    }
}
