//! When a runbook was last reviewed, from its history: a «История проверок» / "Review
//! history" section whose table rows or list items are dated. The latest date is the last
//! review; a runbook that states `Last reviewed:` in its header does not need this.

use super::date::Date;
use super::lines::cells;
use super::meta::Field;
use super::outline::{Outline, Role};
use super::vocab::{fold, FieldKey};

/// Heading words of a section that lists a runbook's reviews, drills or changes.
const HISTORY_HEADINGS: [&str; 16] = [
    "история проверок",
    "история пересмотров",
    "история ревью",
    "история изменений",
    "журнал проверок",
    "журнал изменений",
    "история учений",
    "проверки",
    "review history",
    "review log",
    "reviews",
    "drill history",
    "drills",
    "revision history",
    "changelog",
    "change log",
];

/// How a runbook says when it was last brought up to date: for a runbook, its last update
/// is its last review.
const UPDATED_LABELS: [&str; 8] = [
    "last updated",
    "updated",
    "last update",
    "последнее обновление",
    "обновлено",
    "обновлен",
    "дата обновления",
    "актуализировано",
];

/// Gives a runbook's `Last updated: 2026-03-18` field the meaning of its last review; true
/// when it had one with a date.
pub(crate) fn last_update_as_review(fields: &mut [Field]) -> bool {
    let updated = fields.iter_mut().find(|field| {
        // `last_updated:` in front matter is `Last updated`.
        let label = fold(&field.label.replace(['_', '-'], " "));
        field.key.is_none() && UPDATED_LABELS.contains(&label.trim()) && Date::find(&field.value).is_some()
    });
    updated.map(|field| field.key = Some(FieldKey::LastReviewed)).is_some()
}

/// The latest date in a history section, as a `LastReviewed` field labelled with the
/// section's heading and placed on the line that states it.
pub(crate) fn last_review_in_history(outline: &Outline<'_>) -> Option<Field> {
    let mut section: Option<(usize, &str)> = None;
    let mut latest: Option<(Date, usize, &str)> = None;
    for (index, _, role) in outline.iter() {
        let text = match role {
            Role::Heading(heading) => {
                if section.is_some_and(|(level, _)| heading.level <= level) {
                    section = None;
                }
                let folded = fold(heading.text);
                let folded = folded.trim_matches(|c: char| !c.is_alphanumeric());
                if section.is_none() && HISTORY_HEADINGS.contains(&folded) {
                    section = Some((heading.level, heading.text));
                }
                continue;
            }
            Role::Row { header: false, text } => cells(text).join(" "),
            Role::Item(item) => item.text.to_owned(),
            _ => continue,
        };
        let Some((_, heading)) = section else { continue };
        if let Some(date) = Date::find(&text) {
            if latest.is_none_or(|(known, _, _)| date > known) {
                latest = Some((date, index + 1, heading));
            }
        }
    }
    latest.map(|(date, line, heading)| Field {
        key: Some(FieldKey::LastReviewed),
        label: heading.trim().to_owned(),
        value: date.to_string(),
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, String, usize)> {
        last_review_in_history(&Outline::read(text, 0)).map(|field| (field.label, field.value, field.line))
    }

    #[test]
    fn a_runbooks_last_update_is_its_last_review() {
        let field =
            |label: &str, value: &str| Field { key: None, label: label.to_owned(), value: value.to_owned(), line: 3 };
        let mut fields = vec![field("Дежурство", "#oncall"), field("Last updated", "2026-03-18")];
        assert!(last_update_as_review(&mut fields));
        assert_eq!(fields[1].key, Some(FieldKey::LastReviewed));
        let mut front = vec![field("last_updated", "2026-03-01")];
        assert!(last_update_as_review(&mut front), "front matter's spelling");
        let mut undated = vec![field("Обновлено", "недавно")];
        assert!(!last_update_as_review(&mut undated), "no date, no review");
    }

    #[test]
    fn the_latest_date_of_a_history_table_or_list() {
        let table = "# Runbook\n\n## История проверок\n\n| Дата | Кто | Результат |\n|---|---|---|\n| 14.11.2025 | Анна | учения |\n| 27.02.2026 | Анна | падение SFTP |\n| 19.01.2026 | Дмитрий | команды |\n\n## Контакты\n\n| Дата | 01.01.2027 |\n|---|---|\n";
        assert_eq!(read(table), Some(("История проверок".to_owned(), "2026-02-27".to_owned(), 8)));
        let list = "# Runbook\n\n## Review history\n\n- 2026-01-10 — Lena, no changes\n- 2026-03-02 — drill\n";
        assert_eq!(read(list), Some(("Review history".to_owned(), "2026-03-02".to_owned(), 6)));
        assert_eq!(read("# Runbook\n\n## Steps\n\n- 2026-01-10 restart\n"), None, "dates elsewhere are not reviews");
    }
}
