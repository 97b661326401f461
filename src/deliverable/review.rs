//! When a runbook was last reviewed, from its history: a «История проверок» / "Review
//! history" section whose table rows or list items are dated. The latest date is the last
//! review; a runbook that states `Last reviewed:` in its header does not need this.

use super::date::Date;
use super::lines::cells;
use super::meta::Field;
use super::outline::{Outline, Role};
use super::vocab::{fold, FieldKey};

/// Heading words of a section that lists a runbook's reviews, drills or changes.
const HISTORY_HEADINGS: [&str; 21] = [
    "drill log",
    "dry run log",
    "dry runs",
    "журнал прогонов",
    "история прогонов",
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

/// How a document says when it was last brought up to date (the start of the key, folded).
const UPDATED_LABELS: [&str; 13] = [
    "last updated",
    // "Last synced from JPD: 2026-05-22": a snapshot of a board, as of its last sync.
    "last synced",
    "updated",
    "last update",
    "last modified",
    "last edited",
    "modified",
    "последнее обновление",
    "последнее изменение",
    "обновл",
    "дата обновления",
    "актуализ",
    "дата актуализации",
];

/// Gives a runbook's `Актуализирован | 14.03.2026` field (checked and brought up to date)
/// the meaning of its last review; true when it had one with a date. A plain update stamp
/// (`Last updated: 2026-03-18`, «Обновлено: 18.06.2025») dates the page but says nobody
/// checked the steps: it is no review.
pub(crate) fn verification_as_review(fields: &mut [Field]) -> bool {
    let verified = |label: &str| {
        let label = fold(&label.replace(['_', '-'], " "));
        VERIFIED_LABELS.iter().any(|stem| label.trim().starts_with(stem))
    };
    // `_Last updated: 14 January 2026 (reviewed by Никита after the switch)_`: an update
    // whose note says it was reviewed.
    let reviewed = |field: &Field| {
        is_update_label(&field.label) && {
            let note = fold(&field.value);
            ["reviewed by", "reviewed with", "проверил", "проверила", "проверено", "ревью"]
                .iter()
                .any(|phrase| note.contains(phrase))
        }
    };
    let updated = fields.iter_mut().find(|field| {
        field.key.is_none() && (verified(&field.label) || reviewed(field)) && Date::find(&field.value).is_some()
    });
    updated.map(|field| field.key = Some(FieldKey::LastReviewed)).is_some()
}

/// Keys that say the document was checked as current, not only edited.
const VERIFIED_LABELS: [&str; 2] = ["актуализ", "дата актуализации"];

/// `Last updated`, `last_updated` (front matter), «Актуализирован»: a key that says when the
/// document was last brought up to date.
pub(crate) fn is_update_label(label: &str) -> bool {
    let label = fold(&label.replace(['_', '-'], " "));
    let label = label.trim();
    // `| Board last updated | 15.05.2026 |` (a Kaiten board's export): what was updated, then
    // when.
    let of_what = label.split_once(' ').map(|(_, rest)| rest).filter(|rest| rest.starts_with("last "));
    UPDATED_LABELS.iter().any(|stem| label.starts_with(stem) || of_what.is_some_and(|rest| rest.starts_with(stem)))
}

/// Phrases that date a review in a sentence: «Последнее ревью — 2026-04-02 (Н. Иванова)»
/// inside an owner line, `_Last reviewed: 12 Mar 2026 by @diego_` at the foot of the page.
const REVIEW_PHRASES: [&str; 32] = [
    "checked against production",
    "reviewed against",
    "последняя сверка",
    "прогнан",
    // «обновил 15.09.25, прогнал по шагам на стейдже — работает»: a note in the first person.
    "обновил",
    "прогнал",
    "пересмотрен",
    "last dry run",
    "last pass",
    "last drill",
    "checked on",
    "сверено",
    "дата ревизии",
    "ревизия",
    "последний раз",
    "last run",
    "last drilled",
    "last exercised",
    "last reviewed",
    "last review",
    "reviewed on",
    "last verified",
    "last tested",
    "последнее ревью",
    "последний ревью",
    "последняя проверка",
    "последний пересмотр",
    "проверен",
    "актуализирован",
    // `_Reviewed 2 June 2025 — Marta K._` closing a runbook.
    "reviewed",
    // `updated 12 jan 2026 - walked through it on stage, still valid` under a note's title: an
    // update the line says was a look at the steps (see `UPDATE_CHECKS`).
    "updated",
    // `> ✅ Verified by @Tom Becker on Mar 9, 2026` (a Slite doc's verification).
    "verified",
];

/// What makes an update a review (`updated …, walked through it, still valid`): a bare
/// «Обновлено: 18.06.2025» is an edit.
const UPDATE_CHECKS: [&str; 10] = [
    "walked through",
    "still valid",
    "checked",
    "verified",
    "tested",
    "dry run",
    "drill",
    "проверил",
    "прогнал",
    "актуальн",
];

/// `| Last reviewed | 24/02/2026 |` in a two-column table anywhere on the page (a "Document
/// control" table at its foot).
pub(crate) fn review_in_tables(outline: &Outline<'_>, vocabulary: &super::vocab::Vocabulary) -> Option<Field> {
    let keyed = outline.iter().find_map(|(index, _, role)| {
        let Role::Row { header: false, text } = role else { return None };
        let row = cells(text);
        let [label, value] = row.as_slice() else { return None };
        let reviewed = vocabulary.field(&label.replace(['*', '_'], "")) == Some(FieldKey::LastReviewed);
        let date = Date::find(value).filter(|_| reviewed)?;
        Some(Field {
            key: Some(FieldKey::LastReviewed),
            label: label.clone(),
            value: date.to_string(),
            line: index + 1,
        })
    });
    keyed.or_else(|| signed_off_review(outline))
}

/// `| Rev C re-verified (dry run on KO-3 pass 18988) | Rafael Quiroga | 2026-02-26 |` in an
/// approval table: the latest row whose role says the procedure was checked, by its date.
fn signed_off_review(outline: &Outline<'_>) -> Option<Field> {
    const CHECKED: [&str; 7] =
        ["re-verified", "reverified", "verified", "dry run", "reviewed", "проверен", "пересмотрен"];
    let rows = outline.iter().filter_map(|(index, _, role)| {
        let Role::Row { header: false, text } = role else { return None };
        let row = cells(text);
        let (label, rest) = row.split_first()?;
        let folded = fold(label);
        let checked = CHECKED.iter().any(|word| folded.contains(word)) && !rest.is_empty();
        let date = rest.iter().rev().find_map(|cell| Date::find(cell)).filter(|_| checked)?;
        Some((date, index, label.clone()))
    });
    let (date, index, label) = rows.max_by_key(|(date, index, _)| (*date, *index))?;
    Some(Field { key: Some(FieldKey::LastReviewed), label, value: date.to_string(), line: index + 1 })
}

/// A review dated in the lines before the first section or in the last lines of the page,
/// where a runbook's header and footer are: the date right after a review phrase.
pub(crate) fn review_in_prose(outline: &Outline<'_>) -> Option<Field> {
    let first_section = (0..outline.len())
        .find(|&index| outline.heading(index).is_some_and(|heading| heading.level >= 2))
        .unwrap_or(outline.len());
    let text_lines: Vec<usize> = (0..outline.len())
        .filter(|&index| matches!(outline.role(index), Role::Text | Role::Item(_) | Role::Row { .. }))
        .collect();
    let footer = text_lines.len().saturating_sub(3);
    let header = text_lines.iter().take_while(|&&index| index < first_section);
    header.chain(&text_lines[footer..]).find_map(|&index| dated_review(&callout_line(outline, index), index + 1))
}

/// `> [!info] Последняя проверка` over `> 20.01.2026 — Гусейнова`: a callout titled with a
/// field's name, read with the line under it as one line; any other line as it is.
fn callout_line(outline: &Outline<'_>, index: usize) -> String {
    let line = outline.content(index);
    let titled = line.trim_start().starts_with("[!") && line.contains(']');
    let next = (index + 1 < outline.len() && outline.role(index + 1) == Role::Text).then(|| outline.content(index + 1));
    match next.filter(|_| titled) {
        Some(next) => format!("{} {}", line.trim_end(), next.trim()),
        None => line.to_owned(),
    }
}

/// The review `line` dates: a phrase, then a date within a few words of it.
fn dated_review(line: &str, number: usize) -> Option<Field> {
    let folded = fold(line);
    let checked = || UPDATE_CHECKS.iter().any(|word| folded.contains(word));
    let (at, phrase) = REVIEW_PHRASES
        .iter()
        .filter(|phrase| **phrase != "updated" || checked())
        .filter_map(|phrase| Some((folded.find(phrase)?, *phrase)))
        .min()?;
    let after: String = folded[at + phrase.len()..].chars().take(60).collect();
    // `проверено на стенде · предыдущая ревизия: 2026-01-27`: a date past "previous" or
    // "next" is another review's.
    let other = ["предыдущ", "previous", "прошл", "следующ", "next"].iter().filter_map(|word| after.find(word)).min();
    let date = Date::find(&after[..other.unwrap_or(after.len())])?;
    let label: String = phrase.chars().take(1).flat_map(char::to_uppercase).chain(phrase.chars().skip(1)).collect();
    Some(Field { key: Some(FieldKey::LastReviewed), label, value: date.to_string(), line: number })
}

/// The latest date in a history section, as a `LastReviewed` field labelled with the
/// section's heading and placed on the line that states it.
pub(crate) fn last_review_in_history(outline: &Outline<'_>) -> Option<Field> {
    /// The level of a section folded in `<details>`: any heading ends it too.
    const FOLDED: usize = 7;
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
            // `<details><summary>Review history</summary>` … `</details>`: a folded section.
            Role::Html => {
                let line = outline.content(index);
                if line.contains("</details>") {
                    section = section.filter(|(level, _)| *level != FOLDED);
                }
                let summary = line.split_once("<summary>").and_then(|(_, rest)| rest.split_once("</summary>"));
                if let Some((named, _)) = summary.filter(|_| section.is_none()) {
                    let folded = fold(named);
                    if HISTORY_HEADINGS.contains(&folded.trim_matches(|c: char| !c.is_alphanumeric())) {
                        section = Some((FOLDED, named));
                    }
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
    fn a_runbook_checked_as_current_was_reviewed_and_one_only_edited_was_not() {
        let field =
            |label: &str, value: &str| Field { key: None, label: label.to_owned(), value: value.to_owned(), line: 3 };
        let mut table = vec![field("Дежурство", "#oncall"), field("Актуализирован", "14.03.2026")];
        assert!(verification_as_review(&mut table), "«Актуализирован» in a table row");
        assert_eq!(table[1].key, Some(FieldKey::LastReviewed));
        let mut front = vec![field("дата_актуализации", "2026-03-01")];
        assert!(verification_as_review(&mut front), "front matter's spelling");
        for label in ["Last updated", "last_updated", "Обновлено", "Последнее обновление", "Modified"]
        {
            let mut updated = vec![field(label, "2026-03-18")];
            assert!(!verification_as_review(&mut updated), "{label}: an edit, not a review");
        }
        let mut undated = vec![field("Актуализирован", "недавно")];
        assert!(!verification_as_review(&mut undated), "no date, no review");
        let mut edited = vec![field("Last edited", "Nov 18, 2025")];
        assert!(!verification_as_review(&mut edited), "an editor's stamp");
        let mut noted = vec![field("Last updated", "14 January 2026 (reviewed by Никита after the FCM switch)")];
        assert!(verification_as_review(&mut noted), "an update its note calls a review");
    }

    #[test]
    fn a_review_dated_in_a_sentence_of_the_header_or_the_footer() {
        let prose = |text: &str| review_in_prose(&Outline::read(text, 0)).map(|field| (field.value, field.line));
        let owner_line = "# CDN purge\n\nВладелец: edge-team. Последнее ревью — 2026-04-02 (Н. Иванова), следующее через полгода.\n\n## Шаги\n\n1. Purge.\n";
        assert_eq!(prose(owner_line), Some(("2026-04-02".to_owned(), 3)));
        let callout = "# Зависший заказ\n\n> [!info] Последняя проверка\n> 20.01.2026 — Гусейнова, прогон на стенде.\n\n## Симптомы\n\nТекст.\n";
        assert_eq!(prose(callout), Some(("2026-01-20".to_owned(), 3)), "a callout titled with the field");
        let other = "# X\n\n> [!warning] Осторожно\n> 20.01.2026 — стенд недоступен.\n\n## Шаги\n\nТекст.\n";
        assert_eq!(prose(other), None);
        let footer = "# Rollback\n\n## Steps\n\n1. Roll back.\n2. Check.\n3. Log.\n4. Tell.\n\n---\n\n_Last reviewed: 12 Mar 2026 by @diego_\n";
        assert_eq!(prose(footer), Some(("2026-03-12".to_owned(), 12)));
        let body = "# Runbook\n\n## Steps\n\n1. Last reviewed on 2026-01-01 is what the log says.\n2. Check.\n3. Log.\n4. Tell.\n5. Done.\n";
        assert_eq!(prose(body), None, "a step in the middle of the page is not the page's review");
        let man_page = "# forecastctl(8)\n\n## NAME\n\nx\n\n## BUGS\n\nNone.\n\n---\n\nforecastctl 3.2 · page reviewed against production on 2026-03-11 by Aisha Bello · FORECASTCTL(8)\n";
        assert_eq!(prose(man_page).map(|(date, _)| date), Some("2026-03-11".to_owned()));
        let checked = "# Инструкция И-07\n\n## Шаги\n\nx\n\n---\n\nПоследняя сверка с интерфейсом личного кабинета: 05.03.2026 (релиз ЛК 2.14).\n";
        assert_eq!(prose(checked).map(|(date, _)| date), Some("2026-03-05".to_owned()));
        let drilled = "# RB\n\nИнструкция для дежурного.\n\nПоследний раз инструкцию прогоняли на стейдже 12 февраля 2026 года (Морозов И.).\n\n## Шаги\n";
        assert_eq!(prose(drilled), Some(("2026-02-12".to_owned(), 5)));
        let table = "# Drain\n\n## Steps\n\n1. Drain.\n\n## Document control\n\n| | |\n|---|---|\n| Next review | 24/05/2026 |\n| Last reviewed | 24/02/2026 |\n";
        let found = review_in_tables(&Outline::read(table, 0), &crate::deliverable::vocab::Vocabulary::default());
        assert_eq!(found.map(|field| (field.value, field.line)), Some(("2026-02-24".to_owned(), 12)));
        let updated =
            "# Postgres failover\n#runbook #postgres\n\nupdated 12 jan 2026 - walked through it on stage\n\n## Steps\n";
        assert_eq!(prose(updated), Some(("2026-01-12".to_owned(), 4)), "a note's update under its title");
        let verified =
            "# Debezium runbook\n\n> ✅ Verified by @Tom Becker on Mar 9, 2026\n\n**Owner:** on-call\n\n## Steps\n";
        assert_eq!(prose(verified), Some(("2026-03-09".to_owned(), 3)), "a Slite doc's verification");
        let edited = "# Runbook: hotfix\n\nОбновлено: 18.06.2025 (К. Мельник)\n\n## Шаги\n";
        assert_eq!(prose(edited), None, "an edit is no review");
        let bare = "# Runbook\n\nupdated 12 jan 2026\n\n## Steps\n";
        assert_eq!(prose(bare), None, "an update the line does not call a look at the steps");
        let undated = "# Runbook\n\nLast reviewed: recently.\n";
        assert_eq!(prose(undated), None);
        let footer = "# Памятка\n\n## 1. Шаги\n\n1. Раз.\n2. Два.\n3. Три.\n\n---\n\nСверено с продом 17.02.2026 — Гусева М. И.\n";
        assert_eq!(prose(footer).map(|(value, _)| value), Some("2026-02-17".to_owned()));
        let owner = "# Runbook\n\nRunbook owner: Денис — review cadence: quarterly — last pass: 2026-03-16 (after the incident)\n\n## Q: A?\n";
        assert_eq!(prose(owner).map(|(value, _)| value), Some("2026-03-16".to_owned()));
        let checked =
            "# Seat holds\n\nApplies to `seatmap` ≥ 4.12 · checked on prod 2026-02-26 by Polina · owner: #seatmap\n";
        assert_eq!(prose(checked).map(|(value, _)| value), Some("2026-02-26".to_owned()));
        let against = "# Night audit stuck\n\n**Owner:** Front Office · **Checked against production:** 9 March 2026\n\n## Phase 1\n";
        assert_eq!(prose(against).map(|(value, _)| value), Some("2026-03-09".to_owned()));
        let game_day = "# Плейбук\n\n> Владелец — команда медиа; прогнан на game day 20.02.2026.\n\n## Этапы\n";
        assert_eq!(prose(game_day).map(|(value, _)| value), Some("2026-02-20".to_owned()));
        let previous = "# RB\n\nПроверено на стенде · предыдущая ревизия: 2026-01-27\n";
        assert_eq!(prose(previous), None, "the previous review is not the last");
        let quoted = "# Ротация ключей\n\n> Актуальность проверена 02.02.2026 (Морозова Е. П.). Следующая проверка — до 02.08.2026.\n";
        assert_eq!(prose(quoted), Some(("2026-02-02".to_owned(), 3)));
    }

    #[test]
    fn an_update_label_may_say_what_was_updated() {
        assert!(is_update_label("Board last updated"));
        assert!(is_update_label("Last updated"));
        assert!(!is_update_label("Board owner"));
        assert!(!is_update_label("Board updated by"), "only a last update names what it dates");
    }

    #[test]
    fn the_row_of_an_approval_table_that_rechecked_the_procedure() {
        let fop = "# FOP-GS-014\n\n| Role | Name | Date |\n|---|---|---|\n| Prepared | Ingrid | 2025-10-02 |\n| Approved | Helen | 2025-10-06 |\n| Rev C re-verified (dry run on pass 18988) | Rafael | 2026-02-26 |\n";
        let field = review_in_tables(&Outline::read(fop, 0), &crate::deliverable::Vocabulary::default()).unwrap();
        assert_eq!((field.value.as_str(), field.line), ("2026-02-26", 7));
        let plain = "# X\n\n| Role | Name | Date |\n|---|---|---|\n| Approved | Helen | 2025-10-06 |\n";
        assert!(review_in_tables(&Outline::read(plain, 0), &crate::deliverable::Vocabulary::default()).is_none());
    }

    #[test]
    fn the_latest_date_of_a_history_table_or_list() {
        let table = "# Runbook\n\n## История проверок\n\n| Дата | Кто | Результат |\n|---|---|---|\n| 14.11.2025 | Анна | учения |\n| 27.02.2026 | Анна | падение SFTP |\n| 19.01.2026 | Дмитрий | команды |\n\n## Контакты\n\n| Дата | 01.01.2027 |\n|---|---|\n";
        assert_eq!(read(table), Some(("История проверок".to_owned(), "2026-02-27".to_owned(), 8)));
        let list = "# Runbook\n\n## Review history\n\n- 2026-01-10 — Lena, no changes\n- 2026-03-02 — drill\n";
        assert_eq!(read(list), Some(("Review history".to_owned(), "2026-03-02".to_owned(), 6)));
        assert_eq!(read("# Runbook\n\n## Steps\n\n- 2026-01-10 restart\n"), None, "dates elsewhere are not reviews");
        let folded = "# Flow\n\n## Nodes\n\n<details>\n<summary>Review history</summary>\n\n- Walked through on 27 Feb 2026 by Ravi.\n- Walked through on 9 Dec 2025 by Jonas.\n\n</details>\n\n## After\n\n- 2027-01-01 next drill\n";
        assert_eq!(read(folded), Some(("Review history".to_owned(), "2026-02-27".to_owned(), 8)));
    }
}
