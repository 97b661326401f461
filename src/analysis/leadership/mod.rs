//! Answers for leadership, computed from what the deliverables already say: decisions
//! awaiting a decision and due for revisit, incidents and their follow-ups (overdue and
//! whose), runbook freshness, where the roadmap stands and what slipped, how good the
//! estimates were, PoC verdicts, and the ADRs incidents keep coming back to.
//!
//! Everything is evaluated at one date (`as_of`, see [`crate::clock`]); what cannot be read
//! is `None` — shown as "not measured" — and never guessed. `tpmdocs report` prints this
//! as JSON (a contract) or as a Markdown status post; the overview pages show the same.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::config::Config;
use crate::deliverable::actions::ActionState;
use crate::deliverable::date::{Date, Quarter};
use crate::deliverable::measures::{self, Unit};
use crate::deliverable::roadmap::RoadmapStatus;
use crate::deliverable::vocab::FieldKey;
use crate::deliverable::{Document, Kind, Status};
use crate::graph::KnowledgeGraph;
use crate::site::Site;

mod actions;
mod decisions;
mod estimates;
mod incidents;
mod roadmap;
mod runbooks;

pub use actions::{ActionRow, ActionStatus};
pub use decisions::{AwaitingDecision, DecisionToRevisit, HotSpot};
pub use estimates::{EstimateRow, PocRow};
pub use incidents::Incident;
pub use roadmap::{Roadmap, RoadmapRow};
pub use runbooks::RunbookAge;

use actions::action_items;
use decisions::{decision, hot_spots};
use estimates::estimate;
use incidents::{follow_up_counts, incident};
use roadmap::roadmap;
use runbooks::runbook;

/// The document a row is about: every view's rows start with it (flattened in JSON:
/// `id`, `label`, `title`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentRef {
    /// Source path relative to the source directory: the document's id.
    pub id: String,
    /// `ADR-0013` for a numbered decision, else `None`.
    pub label: Option<String>,
    /// The title as shown beside the label.
    pub title: String,
}

impl DocumentRef {
    /// The reference to `doc`.
    pub fn of(doc: &Document) -> Self {
        Self { id: doc.id.clone(), label: doc.number_label(), title: doc.shown_title().to_owned() }
    }

    /// The label, or the title when the document has no number.
    pub fn label_or_title(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.title)
    }
}

/// Every answer, as of one date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Leadership {
    /// The date everything is evaluated at.
    pub as_of: Date,
    /// The commit the sources were at, when they are in git.
    pub revision: Option<crate::git::history::Revision>,
    /// Every action item, overdue first (most overdue first), then open, done, dropped.
    pub action_items: Vec<ActionRow>,
    /// Decisions waiting, oldest first.
    pub decisions_awaiting: Vec<AwaitingDecision>,
    /// Decisions whose `review-by` has passed.
    pub decisions_to_revisit: Vec<DecisionToRevisit>,
    /// Post-mortems, newest first.
    pub incidents: Vec<Incident>,
    /// Runbooks, stale first, then oldest review first.
    pub runbooks: Vec<RunbookAge>,
    /// Estimates, by source path.
    pub estimates: Vec<EstimateRow>,
    /// Roadmaps by quarter.
    pub roadmap: Vec<Roadmap>,
    /// PoCs, newest first.
    pub pocs: Vec<PocRow>,
    /// ADRs and other documents linked from two or more post-mortems.
    pub hot_spots: Vec<HotSpot>,
}

impl Leadership {
    /// Open action items past their due date.
    pub fn overdue_actions(&self) -> impl Iterator<Item = &ActionRow> {
        self.action_items.iter().filter(|row| row.state == ActionStatus::Overdue)
    }

    /// Open items (overdue included).
    pub fn open_actions(&self) -> impl Iterator<Item = &ActionRow> {
        self.action_items.iter().filter(|row| matches!(row.state, ActionStatus::Open | ActionStatus::Overdue))
    }

    /// Roadmap items whose quarter is over and that are not finished.
    pub fn slipped(&self) -> impl Iterator<Item = (&Roadmap, &RoadmapRow)> {
        self.roadmap.iter().flat_map(|map| map.items.iter().filter(|item| item.slipped).map(move |item| (map, item)))
    }

    /// Roadmap items marked at risk.
    pub fn at_risk(&self) -> impl Iterator<Item = (&Roadmap, &RoadmapRow)> {
        self.roadmap.iter().flat_map(|map| {
            map.items.iter().filter(|item| item.status == RoadmapStatus::AtRisk).map(move |item| (map, item))
        })
    }

    /// Runbooks whose last review is too long ago.
    pub fn stale_runbooks(&self) -> impl Iterator<Item = &RunbookAge> {
        self.runbooks.iter().filter(|runbook| runbook.stale == Some(true))
    }

    /// Share of estimates with an actual that landed within ±20%, with how many had one.
    pub fn estimate_accuracy(&self) -> (usize, usize) {
        let measured: Vec<bool> = self.estimates.iter().filter_map(|row| row.within_20_percent).collect();
        (measured.iter().filter(|within| **within).count(), measured.len())
    }
}

/// Days from `date` to `as_of`; `None` for a date after `as_of` (a typo, or a portal pinned
/// to an earlier day): an age cannot be negative, and guessing zero would hide the mistake.
fn age(as_of: Date, date: Date) -> Option<i64> {
    let days = as_of.days_after(date);
    (days >= 0).then_some(days)
}

/// Computes every answer for `site` as of `as_of`.
pub fn compute(site: &Site, graph: &KnowledgeGraph, config: &Config, as_of: Date) -> Leadership {
    let action_items = action_items(site, as_of);
    let follow_ups = follow_up_counts(&action_items);
    let mut leadership = Leadership {
        as_of,
        revision: site.revision.clone(),
        action_items,
        decisions_awaiting: Vec::new(),
        decisions_to_revisit: Vec::new(),
        incidents: Vec::new(),
        runbooks: Vec::new(),
        estimates: Vec::new(),
        roadmap: Vec::new(),
        pocs: Vec::new(),
        hot_spots: hot_spots(site, graph),
    };
    let max_age = config.tpmdocs.runbook_max_age();
    for page in &site.pages {
        let doc = &page.doc;
        if doc.template {
            continue;
        }
        match doc.kind() {
            Kind::Adr => decision(doc, as_of, &mut leadership),
            Kind::Postmortem => leadership.incidents.push(incident(doc, &follow_ups)),
            Kind::Runbook => leadership.runbooks.push(runbook(doc, as_of, max_age)),
            Kind::Estimate => leadership.estimates.push(estimate(doc)),
            Kind::TechRoadmap => leadership.roadmap.push(roadmap(doc, as_of)),
            Kind::Poc => leadership.pocs.push(PocRow {
                document: DocumentRef::of(doc),
                date: doc.date(),
                go: doc.verdict.as_ref().and_then(|verdict| verdict.go),
                verdict: doc.verdict.as_ref().map(|verdict| verdict.text.clone()),
            }),
            _ => {}
        }
    }
    leadership.decisions_awaiting.sort_by(|a, b| {
        (b.age_days.is_some(), b.age_days, &a.document.id).cmp(&(a.age_days.is_some(), a.age_days, &b.document.id))
    });
    leadership.decisions_to_revisit.sort_by(|a, b| (a.review_by, &a.document.id).cmp(&(b.review_by, &b.document.id)));
    leadership.incidents.sort_by(|a, b| (b.date, &a.document.id).cmp(&(a.date, &b.document.id)));
    leadership.runbooks.sort_by(|a, b| {
        (a.stale != Some(true), b.age_days, &a.document.id).cmp(&(b.stale != Some(true), a.age_days, &b.document.id))
    });
    leadership.roadmap.sort_by(|a, b| (&a.quarter, &a.document.id).cmp(&(&b.quarter, &b.document.id)));
    leadership.pocs.sort_by(|a, b| (b.date, &a.document.id).cmp(&(a.date, &b.document.id)));
    leadership
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leadership(files: &[(&str, &str)], as_of: Date) -> Leadership {
        let site = crate::site::of_texts(files, as_of);
        let (graph, _) = crate::graph::build(&site);
        compute(&site, &graph, &Config::default(), as_of)
    }

    fn day(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn durations_from_detection_and_resolution_times() {
        let found = leadership(
            &[
                (
                    "postmortems/postmortem-2026-11-20-a.md",
                    "# A\n\n**Время обнаружения:** 14:05\n**Время восстановления:** 15:20\n",
                ),
                (
                    "postmortems/postmortem-2026-11-28-b.md",
                    "# B\n\n- Detected: 2026-11-28 23:40 UTC\n- Resolved: 2026-11-29 00:25 UTC\n",
                ),
                ("postmortems/postmortem-2026-11-29-c.md", "# C\n\n- Detected at: 23:50\n- Mitigated at: 00:10\n"),
            ],
            day(2026, 12, 1),
        );
        let minutes: Vec<Option<u32>> = found.incidents.iter().map(|i| i.duration_minutes).collect();
        assert_eq!(minutes, vec![Some(20), Some(45), Some(75)], "newest first");
    }

    #[test]
    fn follow_ups_kept_as_records_count_with_the_incident_they_name() {
        let incident = "# ИНЦ-031 Недоступность портала\n\n**Дата:** 2026-04-16\n**Критичность:** Высокая\n**Длительность:** 1:45\n\n## Описание\n\nСертификат истёк.\n";
        let record = |title: &str, incident: &str, owner: &str, due: &str, status: &str| {
            format!("# {title}\n\n**Инцидент:** {incident}\n**Ответственный:** {owner}\n**Срок:** {due}\n**Статус:** {status}\n**Приоритет:** Высокий\n")
        };
        let monitoring = record(
            "Мониторинг сертификата",
            "ИНЦ-031 Недоступность портала",
            "Кирилл Осипов",
            "2026-04-30",
            "Выполнено",
        );
        let channel = record("Резервный канал к ЭТП", "ИНЦ-031", "Светлана Юдина", "2026-05-22", "В работе");
        let rules =
            record("Регламент продления SSL-сертификатов", "[ИНЦ-031](../Инциденты/ИНЦ-031.md)", "—", "—", "Отменено");
        let found = leadership(
            &[
                ("Инциденты/ИНЦ-031.md", incident),
                ("Мероприятия/Мониторинг.md", &monitoring),
                ("Мероприятия/Канал.md", &channel),
                ("Мероприятия/Регламент.md", &rules),
            ],
            day(2026, 5, 28),
        );
        let rows: Vec<(&str, Option<&str>, Option<&str>, ActionStatus)> = found
            .action_items
            .iter()
            .map(|row| (row.text.as_str(), row.owner.as_deref(), row.follow_up_of.as_deref(), row.state))
            .collect();
        let of = Some("Инциденты/ИНЦ-031.md");
        assert_eq!(
            rows,
            vec![
                ("Резервный канал к ЭТП", Some("Светлана Юдина"), of, ActionStatus::Overdue),
                ("Мониторинг сертификата", Some("Кирилл Осипов"), of, ActionStatus::Done),
                ("Регламент продления SSL-сертификатов", None, of, ActionStatus::Dropped),
            ],
            "by title, by code alone and by link; each record is its own source"
        );
        let counts = &found.incidents[0];
        assert_eq!((counts.actions_total, counts.actions_done, counts.actions_overdue), (2, 1, 1));
    }

    #[test]
    fn overdue_follow_ups_and_incident_counts() {
        let postmortem = "# Инцидент\n\n**Дата:** 14.03.2026\n**Серьёзность:** SEV-1\n**Длительность:** 1 ч 20 мин\n\n## Задачи\n\n- [x] Откат (Мария Орлова, 17.03.2026)\n- [ ] Алерты (Мария Орлова, 31.07.2026)\n- [ ] Canary (Дмитрий, 30.09.2026)\n- [ ] Тест (Мария Орлова, перед распродажей)\n- [-] Старое (Анна, 01.01.2026)\n";
        let found = leadership(
            &[
                ("postmortems/postmortem-2026-03-14-x.md", postmortem),
                (
                    "adr/adr-0001-a.md",
                    "# A\n\n**Статус:** Предложено\n**Дата:** 01.07.2026\n**Срок решения:** 01.08.2026\n",
                ),
            ],
            day(2026, 8, 3),
        );
        let states: Vec<(ActionStatus, Option<i64>)> =
            found.action_items.iter().map(|row| (row.state, row.days_overdue)).collect();
        assert_eq!(
            states,
            vec![
                (ActionStatus::Overdue, Some(3)),
                (ActionStatus::Open, None),
                (ActionStatus::Open, None),
                (ActionStatus::Done, None),
                (ActionStatus::Dropped, None)
            ],
            "overdue first; an undated item is open, never overdue"
        );
        let incident = &found.incidents[0];
        assert_eq!(
            (
                incident.severity.as_deref(),
                incident.duration_minutes,
                incident.actions_total,
                incident.actions_done,
                incident.actions_overdue
            ),
            (Some("SEV-1"), Some(80), 4, 1, 1)
        );
        let awaiting = &found.decisions_awaiting[0];
        assert_eq!((awaiting.age_days, awaiting.past_decide_by, awaiting.status.id()), (Some(33), true, "proposed"));
    }

    #[test]
    fn roadmap_slips_runbooks_age_and_hot_spots() {
        let roadmap = "# Роадмап\n\n## Инициативы\n\n- [x] Готово\n- [ ] Не успели — в работе\n- [-] Снято\n";
        let runbook = "# Runbook\n\n**Последний пересмотр:** 01.01.2026\n";
        let pm = |n: u8| format!("# PM {n}\n\nПричина — ADR-0009 и [runbook](../runbooks/runbook-a.md).\n");
        let (pm1, pm2) = (pm(1), pm(2));
        let found = leadership(
            &[
                ("roadmaps/tech-roadmap-2026-q2.md", roadmap),
                ("runbooks/runbook-a.md", runbook),
                ("adr/adr-0009-kafka.md", "# Kafka\n\n**Статус:** Принято\n"),
                ("postmortems/postmortem-1.md", &pm1),
                ("postmortems/postmortem-2.md", &pm2),
            ],
            day(2026, 8, 3),
        );
        let items: Vec<(&str, bool)> = found.roadmap[0].items.iter().map(|i| (i.status.id(), i.slipped)).collect();
        assert_eq!(items, vec![("done", false), ("in-progress", true), ("dropped", false)]);
        assert_eq!((found.roadmap[0].quarter, found.roadmap[0].current), (Quarter::new(2026, 2), false));
        assert_eq!((found.runbooks[0].age_days, found.runbooks[0].stale), (Some(214), Some(true)));
        let spots: Vec<(&str, usize)> =
            found.hot_spots.iter().map(|s| (s.document.label_or_title(), s.incidents.len())).collect();
        assert_eq!(spots, vec![("ADR-0009", 2), ("Runbook", 2)]);
    }

    #[test]
    fn a_date_after_the_as_of_date_gives_no_age_not_a_negative_one() {
        let found = leadership(
            &[
                ("adr/adr-0001-x.md", "# ADR-0001: X\n\n**Статус:** Предложено  \n**Дата:** 01.10.2026\n"),
                ("adr/adr-0002-y.md", "# ADR-0002: Y\n\n**Статус:** Предложено  \n**Дата:** 01.08.2026\n"),
                ("runbooks/runbook-x.md", "# Runbook: X\n\n**Последний пересмотр:** 01.11.2026\n"),
            ],
            day(2026, 9, 1),
        );
        let ages: Vec<(&str, Option<i64>)> =
            found.decisions_awaiting.iter().map(|d| (d.document.id.as_str(), d.age_days)).collect();
        assert_eq!(ages, vec![("adr/adr-0002-y.md", Some(31)), ("adr/adr-0001-x.md", None)], "measured ones first");
        assert_eq!((found.runbooks[0].age_days, found.runbooks[0].stale), (None, None));
    }

    #[test]
    fn estimates_are_measured_only_when_both_numbers_are_written() {
        let with_actual =
            "# Оценка\n\n| Задача | O | M | P |\n|---|---|---|---|\n| A | 4 | 6 | 8 |\n\n**Факт:** 7 дней\n";
        let without = "# Оценка 2\n\n**Итого:** 35 чел.-дн.\n";
        let found = leadership(&[("estimate-a.md", with_actual), ("estimate-b.md", without)], day(2026, 8, 3));
        let rows: Vec<(Option<f64>, Option<f64>, Option<bool>)> =
            found.estimates.iter().map(|e| (e.expected, e.actual, e.within_20_percent)).collect();
        assert_eq!(rows, vec![(Some(6.0), Some(7.0), Some(true)), (Some(35.0), None, None)]);
        assert_eq!(found.estimate_accuracy(), (1, 1));
    }
}
