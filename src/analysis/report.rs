//! The weekly status post: the leadership answers as Markdown to paste into a chat, in
//! the words of the theme's `strings.toml` (`report_…` keys), which the caller passes in.

use std::fmt::Write as _;

use super::leadership::{ActionRow, Leadership};

/// The post's words: a theme's UI strings for one language.
struct Words<'a>(&'a toml::Table);

impl Words<'_> {
    /// The string under `key`; the key itself when the table lacks it (a test checks that
    /// the default theme has every key in both languages).
    fn text<'k>(&'k self, key: &'k str) -> &'k str {
        self.0.get(key).and_then(toml::Value::as_str).unwrap_or(key)
    }

    /// A number of days: «5 дн.», "1 day", "5 days".
    fn days(&self, days: i64) -> String {
        format!("{days} {}", if days.abs() == 1 { self.text("report_day") } else { self.text("report_days") })
    }
}

/// The weekly status post.
pub(crate) fn markdown(answers: &Leadership, strings: &toml::Table) -> String {
    let w = Words(strings);
    let mut out = String::new();
    header(&mut out, answers, &w);
    decisions(&mut out, answers, &w);
    follow_ups(&mut out, answers, &w);
    runbooks(&mut out, answers, &w);
    roadmap(&mut out, answers, &w);
    estimates(&mut out, answers, &w);
    hot_spots(&mut out, answers, &w);
    out
}

/// The title line: the date, and the commit when the sources are in git.
fn header(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    let _ = write!(out, "# {} — {}", w.text("report_title"), answers.as_of);
    if let Some(revision) = &answers.revision {
        let dirty =
            if revision.uncommitted_changes { format!(", {}", w.text("report_uncommitted")) } else { String::new() };
        let _ = write!(out, " ({} `{}`{dirty})", w.text("report_commit"), revision.commit);
    }
    let _ = writeln!(out, "\n");
}

/// Decisions waiting, the oldest of them, late ones and ones due for revisit.
fn decisions(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    let _ = writeln!(out, "## {}\n", w.text("report_decisions"));
    let _ = write!(out, "- {}: {}", w.text("report_awaiting"), answers.decisions_awaiting.len());
    if let Some(oldest) = answers.decisions_awaiting.first() {
        let age = oldest.age_days.map_or_else(|| w.text("report_not_measured").to_owned(), |days| w.days(days));
        let _ = write!(
            out,
            " ({}: {} «{}», {age})",
            w.text("report_oldest"),
            oldest.document.label.as_deref().unwrap_or(&oldest.document.id),
            oldest.document.title
        );
    }
    out.push('\n');
    let late = answers.decisions_awaiting.iter().filter(|d| d.past_decide_by).count();
    if late > 0 {
        let _ = writeln!(out, "- {}: {late}", w.text("report_past_decide_by"));
    }
    if !answers.decisions_to_revisit.is_empty() {
        let _ = writeln!(out, "- {}: {}", w.text("report_revisit"), answers.decisions_to_revisit.len());
    }
}

/// Open and overdue follow-ups, each incident's progress, and the overdue ones by owner.
fn follow_ups(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    let overdue: Vec<_> = answers.overdue_actions().collect();
    let _ = writeln!(out, "\n## {}\n", w.text("report_incidents"));
    let open: Vec<_> = answers.open_actions().collect();
    if answers.action_items.is_empty() {
        let _ = writeln!(out, "- {}: {}", w.text("report_actions_open"), w.text("report_not_measured"));
    } else {
        let _ = writeln!(
            out,
            "- {}: {}, {}: {}",
            w.text("report_actions_open"),
            open.len(),
            w.text("report_overdue"),
            overdue.len()
        );
    }
    if !open.is_empty() {
        let dated = open.iter().filter(|row| row.due.is_some()).count();
        let owned = open.iter().filter(|row| row.owner.is_some()).count();
        let total = open.len();
        let _ = writeln!(
            out,
            "- {}: {dated} {of} {total}, {}: {owned} {of} {total}",
            w.text("report_with_due"),
            w.text("report_with_owner"),
            of = w.text("report_of")
        );
    }
    for incident in &answers.incidents {
        let _ = writeln!(
            out,
            "- {} {}{} — {}: {} {} {}",
            incident.date.map(|d| d.to_string()).unwrap_or_default(),
            incident.document.title,
            incident.severity.as_deref().map(|s| format!(" ({s})")).unwrap_or_default(),
            w.text("report_actions_done"),
            incident.actions_done,
            w.text("report_of"),
            incident.actions_total
        );
    }
    if !overdue.is_empty() {
        let _ = writeln!(out, "\n### {}\n", w.text("report_by_owner"));
        let mut owners: Vec<(&str, Vec<&ActionRow>)> = Vec::new();
        for row in &overdue {
            let owner = row.owner.as_deref().unwrap_or(w.text("report_no_owner"));
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
}

/// Runbooks not reviewed for too long, and those with no review date.
fn runbooks(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    let stale: Vec<_> = answers.stale_runbooks().collect();
    let _ = writeln!(out, "\n## {}\n", w.text("report_runbooks"));
    let _ = writeln!(
        out,
        "- {}: {}",
        w.text("report_stale"),
        if stale.is_empty() { w.text("report_none").to_owned() } else { stale.len().to_string() }
    );
    for runbook in stale {
        let _ = writeln!(out, "  - {} — {}", runbook.document.title, w.days(runbook.age_days.unwrap_or(0)));
    }
    let undated = answers.runbooks.iter().filter(|r| r.last_reviewed.is_none()).count();
    if undated > 0 {
        let _ = writeln!(out, "- {}: {undated}", w.text("report_no_review_date"));
    }
}

/// Roadmap items that slipped past their quarter, and those at risk.
fn roadmap(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    let _ = writeln!(out, "\n## {}\n", w.text("report_roadmap"));
    let slipped: Vec<_> = answers.slipped().collect();
    let at_risk = answers.at_risk().count();
    let _ = writeln!(out, "- {}: {}", w.text("report_slipped"), slipped.len());
    for (map, item) in slipped {
        let _ = writeln!(
            out,
            "  - {} ({})",
            item.title,
            item.quarter.or(map.quarter).map_or("?".to_owned(), |q| q.to_string())
        );
    }
    let _ = writeln!(out, "- {}: {at_risk}", w.text("report_at_risk"));
}

/// How many estimates landed within ±20% of the actual.
fn estimates(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    let (within, measured) = answers.estimate_accuracy();
    let _ = writeln!(out, "\n## {}\n", w.text("report_estimates"));
    if measured == 0 {
        let _ = writeln!(out, "- {}: {}", w.text("report_within"), w.text("report_not_measured"));
    } else {
        let _ = writeln!(out, "- {}: {within} / {measured}", w.text("report_within"));
    }
    let unmeasured = answers.estimates.len() - measured;
    if unmeasured > 0 {
        let _ = writeln!(out, "- {}: {unmeasured}", w.text("report_no_actual"));
    }
}

/// The documents post-mortems keep linking to.
fn hot_spots(out: &mut String, answers: &Leadership, w: &Words<'_>) {
    if !answers.hot_spots.is_empty() {
        let _ = writeln!(out, "\n## {}\n", w.text("report_hot_spots"));
        for spot in &answers.hot_spots {
            let name = match &spot.document.label {
                Some(label) => format!("{label} «{}»", spot.document.title),
                None => format!("«{}»", spot.document.title),
            };
            let _ = writeln!(out, "- {name} — {}: {}", w.text("report_linked_from"), spot.incidents.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::config::Config;
    use crate::deliverable::date::Date;
    use crate::render::theme::Theme;

    fn answers(files: &[(&str, &str)], as_of: Date) -> Leadership {
        let site = crate::site::of_texts(files, as_of);
        let (graph, _) = crate::graph::build(&site);
        crate::analysis::leadership::compute(&site, &graph, &Config::default(), as_of)
    }

    fn post(answers: &Leadership, language: &str) -> String {
        markdown(answers, &Theme::default().strings(language))
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
        let english = post(&found, "en");
        let post = post(&found, "ru");
        assert!(post.starts_with("# Статус — "), "{post}");
        assert!(post.contains("2026-12-01"), "{post}");
        assert!(post.contains("ADR-0001 «Kafka», 61"), "the oldest decision and its age: {post}");
        assert!(post.contains("Мария Орлова"), "an overdue follow-up's owner: {post}");
        assert!(post.contains("  - Поиск (2026-Q3)"), "slipped past its quarter: {post}");
        assert!(post.contains(": 1\n") || post.contains(": 1,"), "{post}");
        assert!(english.starts_with("# Status — ") && english.contains("awaiting a decision: 1"), "{english}");
    }

    #[test]
    fn nothing_to_read_is_said_as_not_measured_not_zero() {
        let found = answers(&[("notes/readme.md", "# Заметки\n")], Date::new(2026, 12, 1).expect("date"));
        assert!(post(&found, "ru").contains("не измерено"), "{}", post(&found, "ru"));
        assert!(post(&found, "en").contains("not measured"), "{}", post(&found, "en"));
    }
}
