//! A journal's day that is mostly one incident or one decision: a daily note (Reflect, Logseq,
//! Obsidian's daily notes) whose `## Incident: stale balances` or `### Decision: payout retries
//! move to Temporal` section is the only record on the page, with the record's own fields,
//! follow-ups and relations under it. The note is that record: its section is read as a
//! document of its own and the note takes its kind and facts, keeping its own title and day.

use super::date::Date;
use super::kind::Kind;
use super::located::{Located, Origin};
use super::parse::Document;
use super::vocab::fold;

/// How a section that is one record opens, in both languages, and what the record is.
const RECORD_OPENINGS: [(&str, Kind); 14] = [
    ("incident:", Kind::Postmortem),
    ("outage:", Kind::Postmortem),
    ("postmortem:", Kind::Postmortem),
    ("post-mortem:", Kind::Postmortem),
    ("инцидент:", Kind::Postmortem),
    ("сбой:", Kind::Postmortem),
    ("авария:", Kind::Postmortem),
    ("постмортем:", Kind::Postmortem),
    ("decision:", Kind::Adr),
    ("adr:", Kind::Adr),
    ("решение:", Kind::Adr),
    ("принятое решение:", Kind::Adr),
    ("architecture decision:", Kind::Adr),
    ("архитектурное решение:", Kind::Adr),
];

/// The text of the one record section of a day's note, every other line blank (so lines keep
/// their numbers) and its heading made the H1 without its `#tags`, and the record's kind;
/// `None` when `doc` is no day's note nothing else named a kind for, or it holds no such
/// section or more than one.
pub(crate) fn record_section(doc: &Document, text: &str) -> Option<(String, Kind)> {
    if doc.kind() != Kind::Page || doc.kind.origin != Origin::Default || doc.template || !is_a_day(doc) {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let headings = headings(&lines);
    // (The section read on its own has its heading as the H1: no section opens a record.)
    let mut records = headings.iter().filter_map(|&(line, level, text)| Some((line, level, text, record_kind(text)?)));
    let (start, level, heading, kind) = records.find(|record| record.1 >= 2)?;
    if records.any(|record| record.1 >= 2) {
        return None;
    }
    let end = headings.iter().find(|(line, other, _)| *line > start && *other <= level).map_or(lines.len(), |h| h.0);
    // `Write-up: [[Incident - AMR-07 …]]`: the record is written up elsewhere, and the day's
    // note only mentions it.
    if lines[start..end].iter().any(|line| points_to_write_up(line)) {
        return None;
    }
    let mut section = String::with_capacity(text.len());
    for (index, line) in lines.iter().enumerate() {
        if index == start {
            section.push_str("# ");
            section.push_str(&without_tags(heading));
        } else if (start..end).contains(&index) {
            section.push_str(line);
        }
        section.push('\n');
    }
    Some((section, kind))
}

/// `Write-up: [[Incident - …]]`, «Разбор: [ссылка](…)», "Postmortem: …": a line that
/// points to the record's own write-up.
fn points_to_write_up(line: &str) -> bool {
    let line = line.trim().trim_start_matches(['-', '*', ' ']);
    let Some((label, value)) = line.split_once(':') else { return false };
    let label = super::vocab::fold(label.trim_matches(['*', '_', ' ']));
    let labelled = ["write-up", "writeup", "postmortem", "post-mortem", "review", "разбор", "постмортем"]
        .contains(&label.as_str());
    labelled && (value.contains("[[") || value.contains("]("))
}

/// Takes the record's kind and facts into the day's note when the section is read as an
/// incident or a decision; the note keeps its title, its day (the record's own, else) and its
/// place in the portal. True when taken.
pub(crate) fn adopt(doc: &mut Document, record: Document) -> bool {
    if !matches!(record.kind(), Kind::Postmortem | Kind::Adr) {
        return false;
    }
    doc.kind = Located { value: record.kind(), origin: Origin::Text, line: record.title.line };
    doc.status = record.status;
    doc.status_text = record.status_text;
    doc.date = doc.date.take().or(record.date);
    for field in record.fields {
        if !doc.fields.contains(&field) {
            doc.fields.push(field);
        }
    }
    doc.relations.extend(record.relations);
    doc.actions = record.actions;
    doc.roadmap = record.roadmap;
    doc.estimate = record.estimate;
    doc.verdict = record.verdict;
    for found in record.diagnostics {
        if !doc.diagnostics.contains(&found) {
            doc.diagnostics.push(found);
        }
    }
    true
}

/// A journal's day: the file is named by its date (`2026-01-22.md`, Logseq's `2026_01_22.md`), or the title is a date
/// with at most its weekday («Thu, January 22nd, 2026», «22.01.2026, четверг»).
fn is_a_day(doc: &Document) -> bool {
    let stem = doc.id.rsplit('/').next().unwrap_or(&doc.id);
    let stem = stem.rsplit_once('.').map_or(stem, |(stem, _)| stem);
    let named_by_day = stem.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && Date::find(&stem.replace('_', "-")).is_some();
    named_by_day || Date::find(doc.title()).is_some() && doc.title().split_whitespace().count() <= 5
}

/// Each ATX heading outside fenced code: its 0-based line, its level and its text.
fn headings<'t>(lines: &[&'t str]) -> Vec<(usize, usize, &'t str)> {
    let mut found = Vec::new();
    let mut fence: Option<&str> = None;
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let marker = ["```", "~~~"].into_iter().find(|marker| trimmed.starts_with(marker));
        match (fence, marker) {
            (Some(open), Some(marker)) if open == marker => fence = None,
            (None, Some(marker)) => fence = Some(marker),
            (None, None) => {
                let level = trimmed.chars().take_while(|&c| c == '#').count();
                let rest = &trimmed[level..];
                if (1..=6).contains(&level) && rest.starts_with(' ') && line.len() - trimmed.len() < 4 {
                    found.push((index, level, rest.trim().trim_end_matches('#').trim_end()));
                }
            }
            _ => {}
        }
    }
    found
}

/// `Incident: stale balances …`, «Решение: …», `INCIDENT etcd latency` (the word in capitals
/// as its label), or a heading tagged as one (`… prod-msk-2 #incident`): a heading that opens
/// one record, and its kind.
fn record_kind(heading: &str) -> Option<Kind> {
    let folded = fold(heading);
    let opening = |(opening, _): &&(&str, Kind)| {
        let word = opening.trim_end_matches(':');
        let capitals = heading.split_whitespace().next().is_some_and(|first| {
            first.chars().all(|c| c.is_uppercase() || c == '-') && fold(first) == word && first.chars().count() > 2
        });
        folded.starts_with(opening) || capitals
    };
    let tagged = |(opening, _): &&(&str, Kind)| {
        let tag = format!("#{}", opening.trim_end_matches(':'));
        heading.split_whitespace().skip(1).any(|word| fold(word) == tag)
    };
    let found = RECORD_OPENINGS.iter().find(opening).or_else(|| RECORD_OPENINGS.iter().find(tagged));
    found.map(|&(_, kind)| kind)
}

/// The heading without the tags at its end (`… dashboard #incident #ledger`).
fn without_tags(heading: &str) -> String {
    let mut words: Vec<&str> = heading.split_whitespace().collect();
    while words.last().is_some_and(|word| word.len() > 1 && word.starts_with('#')) {
        words.pop();
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::super::vocab::{FieldKey, Vocabulary};
    use super::*;

    fn doc(id: &str, text: &str) -> Document {
        parse(id, &crate::text::normalize(text), &Vocabulary::default())
    }

    #[test]
    fn a_day_that_is_mostly_one_incident_is_that_incident() {
        let text = "# Thu, January 22nd, 2026\n\n#daily\n\n## Standup (skipped — incident)\n\n## Incident: stale balances in the dashboard #incident #ledger\nSev2 — customer-visible but partial.\n\n- Impact window **14:12 → 15:03 UTC** (51 min).\n- Cause: a long scan on the replica.\n\nFollow-ups:\n- [x] Move the export job off the replica — [[Tom Becker]] ✅ done 1/27\n- [ ] Add replica lag alert at 30s — [[Priya Nair]] — due 2026-02-06\n\n## 1:1 w/ [[Priya Nair]]\n- [ ] Promo packet example\n";
        let day = doc("2026-01-22.md", text);
        assert_eq!(day.kind(), Kind::Postmortem);
        assert_eq!(day.title(), "Thu, January 22nd, 2026", "the note keeps its title");
        assert_eq!(day.date().map(|d| d.to_string()).as_deref(), Some("2026-01-22"));
        assert_eq!(day.incident_minutes(), Some(51));
        let actions: Vec<&str> = day.actions.iter().map(|item| item.text.as_str()).collect();
        assert_eq!(actions, vec!["Move the export job off the replica", "Add replica lag alert at 30s"]);
        assert_eq!(day.severity().as_deref(), Some("SEV-2"), "{:?}", day.fields);
        assert_eq!(day.fields.iter().filter(|field| field.key == Some(FieldKey::Severity)).count(), 1);
        let mentioned = "# Tue, March 3rd, 2026\n\n## Standup\n\n- Priya: rollout\n\n## 10:52 — AMR-07 stopped #incident\n\n\
                         Dana paged. Robot back at 11:32.\nWrite-up: [[Incident - AMR-07 lidar dropout]]\n\n## Tasks\n\n- [x] Ask site\n";
        assert_eq!(
            doc("Tue, March 3rd, 2026.md", mentioned).kind(),
            Kind::Page,
            "the incident is written up elsewhere"
        );
    }

    #[test]
    fn a_day_with_one_decision_section_is_that_decision() {
        let text = "# Tue, February 17th, 2026\n\n#daily #decision\n\n## Payouts architecture review\nAttendees: me, Tom\n\n### Decision: payout retries move to Temporal\n**Status:** accepted (agreed in the room)\n**Supersedes:** [[Decision - Sidekiq retry queue]]\n\n**Context**\n- Redis failovers lose retry state.\n\n**Decision:** option 2.\n\n## Other\n- Hiring loop.\n";
        let day = doc("journal/2026-02-17.md", text);
        assert_eq!(day.kind(), Kind::Adr);
        assert_eq!(day.status().map(|s| s.id()), Some("accepted"));
        assert_eq!(day.relations.len(), 1, "{:?}", day.relations);
        assert_eq!(day.relations[0].line, 10, "lines keep their numbers");
    }

    #[test]
    fn a_logseq_journal_day_with_an_incident_block_is_that_incident() {
        let text = "- Утро: 1:1 с [[Марина]]\n- ## INCIDENT etcd latency prod-msk-2 #incident\n  severity:: SEV3\n  impact:: 15:10–15:48, kube-apiserver p99 > 4s\n\t- cause: db size 7.4 GiB\n\t- follow-ups\n\t\t- TODO алерт на размер БД\n\t\t  owner:: [[Марина]]\n\t\t  due:: [[Mar 31st, 2026]]\n\t\t- DONE обновить runbook\n\t\t  owner:: [[Ильдар]]\n- Вечером: читать про etcd 3.6\n";
        // (The site reads a page after its dialect: the outline's blocks as sections.)
        let day = doc("journals/2026_03_17.md", &crate::markdown::dialects::as_commonmark(text));
        assert_eq!(day.kind(), Kind::Postmortem);
        assert_eq!(day.date().map(|d| d.to_string()).as_deref(), Some("2026-03-17"), "Logseq names a day so");
        assert_eq!(day.severity().as_deref(), Some("SEV-3"), "{:?}", day.fields);
        assert_eq!(day.incident_minutes(), Some(38));
        let actions: Vec<_> = day.actions.iter().map(|item| (item.text.as_str(), item.owner.as_deref())).collect();
        assert_eq!(actions, vec![("алерт на размер БД", Some("Марина")), ("обновить runbook", Some("Ильдар"))]);
        assert_eq!(record_kind("Standup (skipped — incident)"), None, "a word in passing is no record");
        assert_eq!(record_kind("Разбор сбоя #инцидент"), Some(Kind::Postmortem), "a tag says so");
    }

    #[test]
    fn a_day_with_two_records_or_none_stays_a_page() {
        let two = "# 2026-03-04\n\n## Incident: a\nSev2.\n\n## Incident: b\nSev3.\n";
        assert_eq!(doc("2026-03-04.md", two).kind(), Kind::Page);
        let plain =
            "# 2026-03-04\n\n## Staff sync\n- Webhook incident write-up is done.\n\n## Tasks\n- [x] Send sizing\n";
        let page = doc("2026-03-04.md", plain);
        assert_eq!((page.kind(), page.actions.len()), (Kind::Page, 0));
        // A page that is not a day's note keeps what it is.
        let guide = "# On-call guide\n\n## Incident: how to declare one\n\nSteps.\n";
        assert_eq!(doc("guides/on-call.md", guide).field(FieldKey::Severity), None);
    }
}
