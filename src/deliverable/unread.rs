//! What the leadership readers looked for in a deliverable and could not read, said once per
//! document so a team can fix its file or teach tpmdocs its words in `book.toml`: a
//! post-mortem without follow-ups, severity or duration, follow-ups none of which has an
//! owner or a due date, a runbook without a review date, a roadmap without items, an
//! estimate without a figure. A missing fact is reported, never guessed.

use super::actions::{self, ActionState, Reading};
use super::kind::Kind;
use super::measures;
use super::outline::{Outline, Role};
use super::parse::Document;
use super::vocab::{FieldKey, Status, Vocabulary};
use crate::diagnostic::Diagnostic;

/// The warnings for what `doc` (read from `outline`) states in a form no reader took.
pub(crate) fn report(doc: &Document, outline: &Outline<'_>, vocabulary: &Vocabulary) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if doc.status() == Some(&Status::Draft) {
        return found; // a draft (`tpmdocs new` writes one) has yet to state what it will
    }
    let title_line = doc.title.line.unwrap_or(1);
    match doc.kind() {
        Kind::Postmortem => {
            found.extend(follow_ups(doc, outline, vocabulary));
            found.extend(incident_facts(doc, title_line));
        }
        Kind::Runbook if doc.field(FieldKey::LastReviewed).is_none() => found.push(
            Diagnostic::warning("W0707", match doc.date() {
                Some(date) => format!("runbook states no last review date I can read (its date is {date}: if it was last reviewed then, say so)"),
                None => "runbook states no last review date I can read".to_owned(),
            })
                .at(&doc.id, title_line, 1)
                .with_help("write `Последняя проверка: 2026-03-01` (or `Last reviewed: 2026-03-01`) under the title, or keep a «История проверок» / \"Review history\" table"),
        ),
        Kind::TechRoadmap if doc.roadmap.is_empty() => found.push(
            Diagnostic::warning("W0708", "roadmap lists no items I can read")
                .at(&doc.id, title_line, 1)
                .with_help("write each item with its status: `- Название — в работе`, `- [x] Название`, or a table with a «Статус» / \"Status\" column"),
        ),
        Kind::Estimate if doc.estimate.as_ref().is_none_or(|estimate| estimate.expected.is_none()) => found.push(
            Diagnostic::warning("W0709", "estimate states no total I can read")
                .at(&doc.id, title_line, 1)
                .with_help("write `Итого: 35 чел.-дн.` (or `Total: 35 person-days`), a table with an «Итого» row, or optimistic / likely / pessimistic columns"),
        ),
        _ => {}
    }
    found
}

/// W0704: a post-mortem whose follow-ups were not found; W0705: follow-ups none of which
/// has an owner or a due date.
fn follow_ups(doc: &Document, outline: &Outline<'_>, vocabulary: &Vocabulary) -> Option<Diagnostic> {
    let headings: Vec<(usize, &str, usize)> = outline
        .iter()
        .filter_map(|(index, _, role)| match role {
            Role::Heading(heading) if heading.level >= 2 => Some((heading.level, heading.text, index + 1)),
            _ => None,
        })
        .collect();
    let follow_up = |text: &str| actions::is_follow_up_heading(text, vocabulary.action_headings(), Reading::FollowUps);
    let counted: Vec<_> = doc.actions.iter().filter(|item| item.state != ActionState::Dropped).collect();
    if doc.actions.is_empty() {
        if let Some((_, text, line)) = headings.iter().find(|(_, text, _)| follow_up(text)) {
            return Some(
                Diagnostic::warning("W0704", format!("the follow-up section «{text}» has no items I can read"))
                    .at(&doc.id, *line, 1)
                    .with_help("write them as a list (`- [ ] Что сделать — Имя Фамилия, 31.07.2026`) or a table with a task column"),
            );
        }
        let sections: Vec<String> = headings
            .iter()
            .filter(|(level, _, _)| *level == 2)
            .take(8)
            .map(|(_, text, _)| format!("«{text}»"))
            .collect();
        let named =
            if sections.is_empty() { String::new() } else { format!(" (its sections: {})", sections.join(", ")) };
        return Some(
            Diagnostic::warning("W0704", format!("post-mortem has no follow-up section I know{named}"))
                .at(&doc.id, doc.title.line.unwrap_or(1), 1)
                .with_help("put the follow-ups under a heading such as «Задачи по итогам» or \"Action items\", or add yours to `action-headings` under [tpmdocs] in book.toml"),
        );
    }
    let unassigned =
        counted.iter().all(|item| item.owner.is_none() && item.due.is_none() && item.due_unreadable.is_none());
    if counted.len() < 2 || !unassigned {
        return None;
    }
    let first_line = counted[0].line;
    let section = headings.iter().rev().find(|(_, text, line)| *line <= first_line && follow_up(text));
    let place = section.map_or(String::new(), |(_, text, _)| format!(" under «{text}»"));
    Some(
        Diagnostic::warning("W0705", format!("{} follow-ups{place}, none with an owner or a due date I can read", counted.len()))
            .at(&doc.id, section.map_or(first_line, |(_, _, line)| *line), 1)
            .with_help("end each with `— Имя Фамилия, 31.07.2026`, add sub-items `- Owner: …` / `- Due: …`, or give the table «Ответственный» and «Срок» (Owner, Due) columns"),
    )
}

/// W0706: a post-mortem without a severity or a duration that reads, naming a field whose
/// label tpmdocs does not know but whose value looks like one.
fn incident_facts(doc: &Document, title_line: usize) -> Option<Diagnostic> {
    // `Длительность: —`, `SEV-?`: the author says it is not known yet; that is read.
    let placeholder = |key: FieldKey| doc.field(key).is_some_and(is_placeholder);
    let mut missing = Vec::new();
    if !placeholder(FieldKey::Severity) && doc.field(FieldKey::Severity).and_then(measures::severity).is_none() {
        missing.push("severity");
    }
    if doc.incident_minutes().is_none() && !placeholder(FieldKey::Duration) {
        missing.push("duration");
    }
    if missing.is_empty() {
        return None;
    }
    let lookalikes: Vec<String> = doc
        .fields
        .iter()
        .filter(|field| field.key.is_none())
        .filter_map(|field| {
            let looks = if missing.contains(&"severity") && measures::is_severity(&field.value) {
                "a severity"
            } else if missing.contains(&"duration") && measures::duration_minutes(&field.value).is_some() {
                "a duration"
            } else {
                return None;
            };
            Some(format!("«{}: {}» looks like {looks}", field.label, field.value))
        })
        .collect();
    let mut message = format!("post-mortem states no {} I can read", missing.join(" and no "));
    if !lookalikes.is_empty() {
        message.push_str(&format!("; {}", lookalikes.join("; ")));
    }
    Some(
        Diagnostic::warning("W0706", message)
            .at(&doc.id, title_line, 1)
            .with_help("write `Severity: SEV-2` and `Duration: 1 ч 20 мин` (or «Начало» and «Окончание») under the title, or map your own label in [tpmdocs.fields] in book.toml (\"Окно влияния\" = \"duration\")"),
    )
}

/// A value that says "not known yet": `—`, `TBD`, `?`, `SEV-?`, «уточняется».
fn is_placeholder(value: &str) -> bool {
    actions::no_owner(value)
        || value.contains('?')
        || ["уточняется", "неизвестно"].contains(&super::vocab::fold(value).trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deliverable::parse::parse_in;

    /// The codes of the unread-warnings for `text` at `path`.
    fn codes(path: &str, text: &str) -> Vec<String> {
        let doc = parse_in("", path, text, &Vocabulary::default());
        doc.diagnostics
            .iter()
            .filter(|d| d.code.as_str().starts_with("W070"))
            .map(|d| d.code.as_str().to_owned())
            .collect()
    }

    #[test]
    fn a_post_mortem_says_what_it_could_not_read() {
        let full = "# Разбор\n\n**Серьёзность:** SEV-2\n**Длительность:** 1 ч 20 мин\n\n## Задачи\n\n- [ ] Алерт — Анна Ким, 31.07.2026\n";
        assert!(codes("postmortem-2026-03-01-x.md", full).is_empty());
        let draft = "# Разбор\n\n**Серьёзность:** SEV-?\n**Длительность:** —\n\n## Действия\n\n- [ ] …\n";
        assert!(codes("postmortem-2026-03-01-x.md", draft).is_empty(), "placeholders say it is not known yet");
        let unknown = "# Разбор\n\n**Время реакции:** около 45 минут\n\n## Что было\n\nТекст.\n\n## Итоги\n\n- Алерт\n";
        let doc = parse_in("", "postmortem-2026-03-01-x.md", unknown, &Vocabulary::default());
        let messages: Vec<&str> = doc.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages.contains(&"post-mortem has no follow-up section I know (its sections: «Что было», «Итоги»)"),
            "{messages:?}"
        );
        assert!(
            messages.contains(&"post-mortem states no severity and no duration I can read; «Время реакции: около 45 минут» looks like a duration"),
            "{messages:?}"
        );
        let unowned = "# Разбор\n\n**Severity:** P2\n**Duration:** 2h\n\n## Action items\n\n| # | Item | Lead | Sprint |\n|---|---|---|---|\n| 1 | Alert | Dana | S14 |\n| 2 | Drill | Bob | S15 |\n";
        assert_eq!(
            codes("postmortem-2026-03-01-x.md", unowned),
            vec!["W0705"],
            "a table without owner or due columns I know"
        );
        let empty = "# Разбор\n\n**Severity:** P2\n**Duration:** 2h\n\n## Action items\n\nSee the tracker.\n";
        assert_eq!(codes("postmortem-2026-03-01-x.md", empty), vec!["W0704"]);
    }

    #[test]
    fn runbooks_roadmaps_and_estimates_without_their_figure() {
        assert_eq!(
            codes("runbook-x.md", "# Runbook\n\n**Дата:** 2026-05-12\n\n## Шаги\n\n1. Перезапустить\n"),
            vec!["W0707"]
        );
        assert_eq!(
            codes("runbook-x.md", "# Runbook\n\n- Last updated: 2026-03-18\n"),
            vec!["W0707"],
            "an edit is no review"
        );
        assert!(codes("runbook-x.md", "# Runbook\n\n- Last reviewed: 2026-03-18\n").is_empty());
        assert_eq!(codes("tech-roadmap-2026.md", "# Roadmap\n\nМы сделаем всё.\n"), vec!["W0708"]);
        assert!(
            codes("tech-roadmap-2026.md", "# Roadmap\n\n**Статус:** Черновик\n").is_empty(),
            "a draft, still empty"
        );
        assert_eq!(codes("estimate-x.md", "# Оценка\n\nДорого.\n"), vec!["W0709"]);
        assert!(codes("estimate-x.md", "# Оценка\n\nИтого: 35 чел.-дн.\n").is_empty());
        assert!(codes("adr-001-x.md", "# ADR-001: X\n\nStatus: accepted\n").is_empty(), "a decision has none of these");
    }
}
