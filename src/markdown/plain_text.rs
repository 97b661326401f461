//! Documents written as plain text and kept with a `.md` name (Redmine's and a tracker's
//! "Documents", a paper typed to ГОСТ's habits): the title is a line in capitals, perhaps
//! two (`ТЕХНИЧЕСКОЕ РЕШЕНИЕ ТР-01` over `ВЫБОР СУБД ДЛЯ ГИС «ЭЛЕКТРОННАЯ ОЧЕРЕДЬ»`), each
//! section opens with a line in capitals (`2. ТРЕБОВАНИЯ`), and its clauses are numbered
//! lines (`2.1. СУБД должна входить …`) with no blank line between them, which Markdown
//! would run into one paragraph. On a page that opens with a line in capitals and has no
//! Markdown heading, the title becomes `# …` (its second line joined to it), each section's
//! line a `##` heading and each numbered clause a list item, so that the page reads as any
//! other. Every line stays on its line; fenced code is left alone.

use std::borrow::Cow;

/// Whether `text` is such a plain-text document: its first line with text is in capitals
/// and no line opens a Markdown heading.
fn is_plain_document(text: &str) -> bool {
    let first = text.lines().find(|line| !line.trim().is_empty());
    first.is_some_and(is_capitals_line) && !text.starts_with('#') && !text.contains("\n#")
}

/// `text` with its title, section lines and numbered clauses written as Markdown (borrowed
/// when it is no plain-text document).
pub(crate) fn as_markdown(text: &str) -> Cow<'_, str> {
    if !is_plain_document(text) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + 4 * lines.len());
    let mut fence: Option<char> = None;
    let mut titled = false;
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let (content, ending) = super::split_ending(line);
        let trimmed = content.trim();
        let inside = fence.is_some();
        fence = super::fence_after(fence, trimmed);
        let after_blank = index == 0 || lines[index - 1].trim().is_empty();
        if inside || fence.is_some() || trimmed.is_empty() {
            out.push_str(line);
        } else if !titled {
            titled = true;
            out.push_str("# ");
            out.push_str(trimmed);
            // A title's second line in capitals: one title, the line left blank.
            let second = lines.get(index + 1).map(|next| next.trim_end_matches('\n'));
            if let Some(second) = second.filter(|second| is_capitals_line(second)) {
                out.push_str(". ");
                out.push_str(second.trim());
                out.push_str(ending);
                index += 1;
                out.push_str(if lines[index].ends_with('\n') { "\n" } else { "" });
            } else {
                out.push_str(ending);
            }
        } else if after_blank && is_capitals_line(trimmed) {
            out.push_str("## ");
            out.push_str(trimmed);
            out.push_str(ending);
        } else if is_numbered_clause(trimmed) && !content.starts_with([' ', '\t']) {
            out.push_str("- ");
            out.push_str(content);
            out.push_str(ending);
        } else {
            out.push_str(line);
        }
        index += 1;
    }
    Cow::Owned(out)
}

/// `ВЫБОР СУБД ДЛЯ ГИС «ЭЛЕКТРОННАЯ ОЧЕРЕДЬ»`, `2. ТРЕБОВАНИЯ`, `4.РЕШЕНИЕ`: a line whose
/// letters are all capitals, five of them at least.
fn is_capitals_line(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let (mut count, mut lower) = (0, false);
    for letter in letters {
        count += 1;
        lower |= letter.is_lowercase();
    }
    let opening = line.trim_start().chars().next().is_some_and(|c| c.is_alphanumeric() || c == '«' || c == '"');
    count >= 5 && !lower && opening && !line.contains(['=', '|', '[', '<', '{', '*', '`'])
}

/// `2.1. СУБД должна …`, `3.12 Проверить …`: a clause numbered with its section's number.
fn is_numbered_clause(line: &str) -> bool {
    let mut parts = 0;
    let mut rest = line;
    loop {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if digits == 0 || digits > 3 {
            return false;
        }
        parts += 1;
        rest = &rest[digits..];
        match rest.strip_prefix('.') {
            Some(more) if more.starts_with(|c: char| c.is_ascii_digit()) => rest = more,
            Some(more) => return parts >= 2 && more.starts_with(' '),
            None => return parts >= 2 && rest.starts_with(' '),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paper_s_title_sections_and_clauses() {
        let paper = "ТЕХНИЧЕСКОЕ РЕШЕНИЕ ТР-01\nВЫБОР СУБД ДЛЯ ГИС\n\nСтатус: Утверждено\nАвтор: Кузнецов Д.А.\n\n\n1. ПРЕДМЕТ РЕШЕНИЯ\n\n1.1. Требуется выбрать СУБД.\n1.2. Действующая система работает на Oracle.\n";
        assert_eq!(
            as_markdown(paper),
            "# ТЕХНИЧЕСКОЕ РЕШЕНИЕ ТР-01. ВЫБОР СУБД ДЛЯ ГИС\n\n\nСтатус: Утверждено\nАвтор: Кузнецов Д.А.\n\n\n## 1. ПРЕДМЕТ РЕШЕНИЯ\n\n- 1.1. Требуется выбрать СУБД.\n- 1.2. Действующая система работает на Oracle.\n"
        );
        assert_eq!(as_markdown(paper).lines().count(), paper.lines().count(), "every line stays on its line");
    }

    #[test]
    fn a_one_line_title_and_lines_that_are_no_sections() {
        let paper = "ИНСТРУКЦИЯ ПО ВОССТАНОВЛЕНИЮ\n\nРедакция 3 от 12.01.2026\nPG PRIMARY DOWN\n\nТекст 1.5 раза.\n";
        assert_eq!(
            as_markdown(paper),
            "# ИНСТРУКЦИЯ ПО ВОССТАНОВЛЕНИЮ\n\nРедакция 3 от 12.01.2026\nPG PRIMARY DOWN\n\nТекст 1.5 раза.\n",
            "capitals inside a paragraph are no section"
        );
    }

    #[test]
    fn markdown_pages_are_left_alone() {
        for text in [
            "# Title\n\nWARNING\n",
            "Intro\n\n## SECTION\n",
            "Обычный текст\n\nРАЗДЕЛ\n",
            "",
            "====== ADR-01. NFS ======\n\nТекст\n",
            "**ADR-01 KAFKA**\n\nТекст\n",
        ] {
            assert!(matches!(as_markdown(text), Cow::Borrowed(_)), "{text:?}");
        }
        assert!(is_numbered_clause("2.1. Текст") && is_numbered_clause("3.12 Проверить"));
        assert!(!is_numbered_clause("1. Текст") && !is_numbered_clause("2026.05 план") && !is_numbered_clause("1.5"));
    }
}
