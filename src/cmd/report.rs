//! `tpmdocs report`: the leadership numbers as JSON (a contract for tools) or as a Markdown
//! status post, from the same computation the overview pages show.

use std::fmt::Write as _;
use std::path::Path;

use tpmdocs::build::LoadOptions;
use tpmdocs::config::Language;
use tpmdocs::deliverable::date::Date;
use tpmdocs::leadership::{self, Leadership};

use super::terminal::{print_some_diagnostics, summary, Shown};
use super::{load, outcome_of, Outcome};
use crate::cli::ReportFormat;

/// Prints the report of the project in `dir`.
pub fn run(dir: &Path, format: ReportFormat, today: Date) -> anyhow::Result<Outcome> {
    let loaded = load(dir, LoadOptions::analyse(today))?;
    // Findings go to stderr in both formats, the first few of each code (`check` prints them
    // all); stdout carries only the report.
    print_some_diagnostics(&loaded, &loaded.diagnostics, Shown::FirstOfEachCode);
    let answers = loaded.leadership();
    match format {
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&answers)?),
        ReportFormat::Markdown => print!("{}", markdown(&answers, loaded.project.config.book.language)),
    }
    eprintln!("tpmdocs: report as of {}{}", answers.as_of, summary(&loaded.diagnostics));
    Ok(outcome_of(&loaded.diagnostics))
}

/// Words of the status post in one language.
struct Words {
    title: &'static str,
    commit: &'static str,
    uncommitted: &'static str,
    decisions: &'static str,
    awaiting: &'static str,
    oldest: &'static str,
    past_decide_by: &'static str,
    revisit: &'static str,
    incidents: &'static str,
    actions_open: &'static str,
    overdue: &'static str,
    by_owner: &'static str,
    no_owner: &'static str,
    days: &'static str,
    day: &'static str,
    runbooks: &'static str,
    stale: &'static str,
    roadmap: &'static str,
    slipped: &'static str,
    at_risk: &'static str,
    estimates: &'static str,
    within: &'static str,
    not_measured: &'static str,
    hot_spots: &'static str,
    with_due: &'static str,
    actions_done: &'static str,
    with_owner: &'static str,
    of: &'static str,
    no_review_date: &'static str,
    no_actual: &'static str,
    linked_from: &'static str,
    none: &'static str,
}

const RU: Words = Words {
    title: "Статус",
    commit: "коммит",
    uncommitted: "с незафиксированными изменениями",
    decisions: "Решения",
    awaiting: "ждут решения",
    oldest: "дольше всех",
    past_decide_by: "срок решения прошёл",
    revisit: "пора пересмотреть",
    incidents: "Инциденты и задачи по итогам",
    actions_open: "открытых задач",
    overdue: "просрочено",
    by_owner: "Просроченные по ответственным",
    no_owner: "без ответственного",
    days: "дн.",
    day: "дн.",
    runbooks: "Runbook'и",
    stale: "давно не пересматривались",
    roadmap: "Роадмап",
    slipped: "не успели в свой квартал",
    at_risk: "под угрозой",
    estimates: "Оценки",
    within: "в пределах ±20% от факта",
    not_measured: "не измерено",
    hot_spots: "Решения и документы, к которым возвращаются инциденты",
    linked_from: "разборов ссылаются",
    with_due: "у открытых задач есть срок",
    actions_done: "задач выполнено",
    with_owner: "ответственный",
    of: "из",
    no_review_date: "без даты пересмотра (не измерено)",
    no_actual: "без факта (не измерено)",
    none: "нет",
};

const EN: Words = Words {
    title: "Status",
    commit: "commit",
    uncommitted: "with uncommitted changes",
    decisions: "Decisions",
    awaiting: "awaiting a decision",
    oldest: "oldest",
    past_decide_by: "past their decide-by date",
    revisit: "due for revisit",
    incidents: "Incidents and follow-ups",
    actions_open: "open actions",
    overdue: "overdue",
    by_owner: "Overdue by owner",
    no_owner: "no owner",
    days: "days",
    day: "day",
    runbooks: "Runbooks",
    stale: "not reviewed for too long",
    roadmap: "Roadmap",
    slipped: "slipped past their quarter",
    at_risk: "at risk",
    estimates: "Estimates",
    within: "within ±20% of the actual",
    not_measured: "not measured",
    hot_spots: "Decisions and documents incidents keep coming back to",
    linked_from: "post-mortems link to it",
    with_due: "open actions with a due date",
    actions_done: "actions done",
    with_owner: "with an owner",
    of: "of",
    no_review_date: "with no review date (not measured)",
    no_actual: "with no actual (not measured)",
    none: "none",
};

impl Words {
    /// A number of days: «5 дн.», "1 day", "5 days".
    fn days(&self, days: i64) -> String {
        format!("{days} {}", if days.abs() == 1 { self.day } else { self.days })
    }
}

/// The weekly status post.
pub fn markdown(answers: &Leadership, language: Language) -> String {
    let w = if language == Language::En { &EN } else { &RU };
    let mut out = String::new();
    let _ = write!(out, "# {} — {}", w.title, answers.as_of);
    if let Some(revision) = &answers.revision {
        let dirty = if revision.uncommitted_changes { format!(", {}", w.uncommitted) } else { String::new() };
        let _ = write!(out, " ({} `{}`{dirty})", w.commit, revision.commit);
    }
    let _ = writeln!(out, "\n");

    let _ = writeln!(out, "## {}\n", w.decisions);
    let _ = write!(out, "- {}: {}", w.awaiting, answers.decisions_awaiting.len());
    if let Some(oldest) = answers.decisions_awaiting.first() {
        let age = oldest.age_days.map_or_else(|| w.not_measured.to_owned(), |days| w.days(days));
        let _ =
            write!(out, " ({}: {} «{}», {age})", w.oldest, oldest.label.as_deref().unwrap_or(&oldest.id), oldest.title);
    }
    out.push('\n');
    let late = answers.decisions_awaiting.iter().filter(|d| d.past_decide_by).count();
    if late > 0 {
        let _ = writeln!(out, "- {}: {late}", w.past_decide_by);
    }
    if !answers.decisions_to_revisit.is_empty() {
        let _ = writeln!(out, "- {}: {}", w.revisit, answers.decisions_to_revisit.len());
    }

    let overdue: Vec<_> = answers.overdue_actions().collect();
    let _ = writeln!(out, "\n## {}\n", w.incidents);
    let open: Vec<_> = answers.open_actions().collect();
    if answers.action_items.is_empty() {
        let _ = writeln!(out, "- {}: {}", w.actions_open, w.not_measured);
    } else {
        let _ = writeln!(out, "- {}: {}, {}: {}", w.actions_open, open.len(), w.overdue, overdue.len());
    }
    if !open.is_empty() {
        let dated = open.iter().filter(|row| row.due.is_some()).count();
        let owned = open.iter().filter(|row| row.owner.is_some()).count();
        let total = open.len();
        let _ =
            writeln!(out, "- {}: {dated} {of} {total}, {}: {owned} {of} {total}", w.with_due, w.with_owner, of = w.of);
    }
    for incident in &answers.incidents {
        let _ = writeln!(
            out,
            "- {} {}{} — {}: {} {} {}",
            incident.date.map(|d| d.to_string()).unwrap_or_default(),
            incident.title,
            incident.severity.as_deref().map(|s| format!(" ({s})")).unwrap_or_default(),
            w.actions_done,
            incident.actions_done,
            w.of,
            incident.actions_total
        );
    }
    if !overdue.is_empty() {
        let _ = writeln!(out, "\n### {}\n", w.by_owner);
        let mut owners: Vec<(&str, Vec<&leadership::ActionRow>)> = Vec::new();
        for row in &overdue {
            let owner = row.owner.as_deref().unwrap_or(w.no_owner);
            match owners.iter_mut().find(|(name, _)| *name == owner) {
                Some((_, rows)) => rows.push(row),
                None => owners.push((owner, vec![row])),
            }
        }
        for (owner, rows) in owners {
            let _ = writeln!(out, "- **{owner}**");
            for row in rows {
                let _ = writeln!(out, "  - {} — {} ({})", row.text, w.days(row.days_overdue.unwrap_or(0)), row.source);
            }
        }
    }

    let stale: Vec<_> = answers.stale_runbooks().collect();
    let _ = writeln!(out, "\n## {}\n", w.runbooks);
    let _ =
        writeln!(out, "- {}: {}", w.stale, if stale.is_empty() { w.none.to_owned() } else { stale.len().to_string() });
    for runbook in stale {
        let _ = writeln!(out, "  - {} — {}", runbook.title, w.days(runbook.age_days.unwrap_or(0)));
    }
    let undated = answers.runbooks.iter().filter(|r| r.last_reviewed.is_none()).count();
    if undated > 0 {
        let _ = writeln!(out, "- {}: {undated}", w.no_review_date);
    }

    let _ = writeln!(out, "\n## {}\n", w.roadmap);
    let slipped: Vec<_> = answers.slipped().collect();
    let at_risk = answers.at_risk().count();
    let _ = writeln!(out, "- {}: {}", w.slipped, slipped.len());
    for (map, item) in slipped {
        let _ = writeln!(
            out,
            "  - {} ({})",
            item.title,
            item.quarter.or(map.quarter).map_or("?".to_owned(), |q| q.to_string())
        );
    }
    let _ = writeln!(out, "- {}: {at_risk}", w.at_risk);

    let (within, measured) = answers.estimate_accuracy();
    let _ = writeln!(out, "\n## {}\n", w.estimates);
    if measured == 0 {
        let _ = writeln!(out, "- {}: {}", w.within, w.not_measured);
    } else {
        let _ = writeln!(out, "- {}: {within} / {measured}", w.within);
    }
    let unmeasured = answers.estimates.len() - measured;
    if unmeasured > 0 {
        let _ = writeln!(out, "- {}: {unmeasured}", w.no_actual);
    }

    if !answers.hot_spots.is_empty() {
        let _ = writeln!(out, "\n## {}\n", w.hot_spots);
        for spot in &answers.hot_spots {
            let name = if spot.label == spot.title {
                format!("«{}»", spot.title)
            } else {
                format!("{} «{}»", spot.label, spot.title)
            };
            let _ = writeln!(out, "- {name} — {}: {}", w.linked_from, spot.incidents.len());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(files: &[(&str, &str)], as_of: Date) -> Leadership {
        let dir = tempfile::tempdir().expect("temp dir");
        for (path, text) in files {
            let path = dir.path().join("content").join(path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(path, text).expect("file");
        }
        load(dir.path(), LoadOptions::analyse(as_of)).expect("loads").leadership()
    }

    #[test]
    fn the_status_post_says_what_is_waiting_late_and_slipping() {
        let found = answers(
            &[
                ("adr/adr-0001-a.md", "# Kafka\n\n**Статус:** Предложено\n**Дата:** 01.10.2026\n"),
                (
                    "postmortems/postmortem-2026-10-05-x.md",
                    "# Сбой оплаты\n\n**Серьёзность:** SEV-1\n\n## Задачи\n\n- [ ] Алерты (Мария Орлова, 01.11.2026)\n- [x] Откат (Дмитрий, 06.10.2026)\n",
                ),
                (
                    "roadmaps/tech-roadmap-2026-q3.md",
                    "# Роадмап\n\n| Инициатива | Статус |\n|---|---|\n| Поиск | В работе |\n| Checkout | Под угрозой |\n",
                ),
            ],
            Date::new(2026, 12, 1).expect("date"),
        );
        let post = markdown(&found, Language::Ru);
        assert!(post.starts_with("# "), "{post}");
        assert!(post.contains("2026-12-01"), "{post}");
        assert!(post.contains("ADR-0001 «Kafka», 61"), "the oldest decision and its age: {post}");
        assert!(post.contains("Мария Орлова"), "an overdue follow-up's owner: {post}");
        assert!(post.contains("  - Поиск (2026-Q3)"), "slipped past its quarter: {post}");
        assert!(post.contains(": 1\n") || post.contains(": 1,"), "{post}");
        let english = markdown(&found, Language::En);
        assert!(english.contains("Checkout") && !english.contains("Под угрозой"), "{english}");
    }

    #[test]
    fn nothing_to_read_is_said_as_not_measured_not_zero() {
        let post = markdown(
            &answers(&[("notes/readme.md", "# Заметки\n")], Date::new(2026, 12, 1).expect("date")),
            Language::Ru,
        );
        assert!(post.contains(RU.not_measured), "{post}");
    }
}
