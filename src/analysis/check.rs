//! Checks over the site and its graph that go beyond parsing: relations whose two ends
//! disagree, superseded decisions without a successor, dependencies on replaced decisions,
//! ADRs missing their core sections, stale runbooks.
//!
//! Errors found while building the graph (broken links, unresolved targets, duplicate
//! numbers, supersession cycles) are reported by [`crate::graph::build`]; this module adds
//! the warnings. It never prints.

use crate::config::TpmdocsConfig;
use crate::deliverable::actions::ActionState;
use crate::deliverable::date::Date;
use crate::deliverable::roadmap::RoadmapStatus;
use crate::deliverable::vocab::{fold, record_section, AdrSection, FieldKey};
use crate::deliverable::{Kind, Status};
use crate::diagnostic::Diagnostic;
use crate::graph::{EdgeType, KnowledgeGraph};
use crate::site::Site;

/// Runs every check; `today` decides which runbooks are stale.
pub(crate) fn check(site: &Site, graph: &KnowledgeGraph, config: &TpmdocsConfig, today: Date) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    found.extend(superseded_without_successor(site, graph));
    found.extend(disagreeing_ends(site, graph));
    found.extend(weak_successors(site, graph));
    found.extend(dependencies_on_superseded(site, graph));
    found.extend(missing_sections(site));
    if let Some(days) = config.runbook_max_age() {
        found.extend(stale_runbooks(site, today, days));
    }
    found.extend(unassigned_actions(site));
    found.extend(unknown_roadmap_statuses(site));
    found
}

/// Open action items nobody owns (W0701) or without a due date (W0702): the follow-ups a
/// leader cannot chase. A due date written as words («перед распродажей») is left alone.
fn unassigned_actions(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (page, entry) in site.pages.iter().enumerate() {
        for item in entry.doc.actions.iter().filter(|item| item.state == ActionState::Open) {
            if item.owner.is_none() {
                found.push(
                    at(
                        site,
                        page,
                        item.line,
                        Diagnostic::warning("W0701", format!("open action «{}» has no owner", item.text)),
                    )
                    .with_help(if entry.doc.follow_up_of().is_some() {
                        "fill in the record's owner field («Ответственный», Owner)"
                    } else {
                        "end the item with (Имя Фамилия, 31.07.2026), or add an owner column"
                    }),
                );
            } else if item.due.is_none() && item.due_unreadable.is_none() {
                found.push(
                    at(
                        site,
                        page,
                        item.line,
                        Diagnostic::warning("W0702", format!("open action «{}» has no due date", item.text)),
                    )
                    .with_help(if entry.doc.follow_up_of().is_some() {
                        "fill in the record's due field («Срок», Due)"
                    } else {
                        "add the date: (Имя Фамилия, 31.07.2026), 📅 2026-07-31 or a due column"
                    }),
                );
            }
        }
    }
    found
}

/// Roadmap items whose status is not one tpmdocs knows (W0703).
fn unknown_roadmap_statuses(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (page, entry) in site.pages.iter().enumerate() {
        for item in &entry.doc.roadmap {
            if let RoadmapStatus::Unknown(written) = &item.status {
                found.push(
                    at(site, page, item.line, Diagnostic::warning("W0703", format!("roadmap item «{}» has an unknown status «{written}»", item.title)))
                        .with_help("use в плане, в работе, под угрозой, сделано, отменено (or planned, in progress, at risk, done, dropped)"),
                );
            }
        }
    }
    found
}

/// A short name for messages: `ADR-0005` or the title.
fn name(site: &Site, page: usize) -> String {
    let doc = &site.pages[page].doc;
    doc.number_label().unwrap_or_else(|| format!("«{}»", doc.title()))
}

/// The line to point at for a document-wide problem: its status, else its title.
fn anchor_line(site: &Site, page: usize) -> usize {
    let doc = &site.pages[page].doc;
    doc.status_line().or(doc.header_lines.map(|span| span.first)).unwrap_or(1)
}

fn at(site: &Site, page: usize, line: usize, diagnostic: Diagnostic) -> Diagnostic {
    diagnostic.at(&site.pages[page].doc.id, line, 1)
}

fn superseded_without_successor(site: &Site, graph: &KnowledgeGraph) -> Vec<Diagnostic> {
    (0..site.pages.len())
        .filter(|&p| site.pages[p].doc.status() == Some(&Status::Superseded) && graph.successors(p).is_empty())
        .map(|p| {
            at(
                site,
                p,
                anchor_line(site, p),
                Diagnostic::warning("W0401", "status is superseded, but no successor is named"),
            )
            .with_help("write the successor: «Заменено [ADR-N](adr-N-….md)» or `Superseded by ADR-N`")
        })
        .collect()
}

/// Supersession stated at only one end, or contradicted by the predecessor's status.
fn disagreeing_ends(site: &Site, graph: &KnowledgeGraph) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (successor, predecessor, edge) in graph.edges() {
        if edge != EdgeType::Supersedes || successor == predecessor {
            continue;
        }
        let (succ, pred) = (name(site, successor), name(site, predecessor));
        if graph.statement_line(successor, predecessor, edge, successor).is_none() {
            found.push(
                at(
                    site,
                    successor,
                    anchor_line(site, successor),
                    Diagnostic::warning(
                        "W0402",
                        format!("{pred} says it is superseded by {succ}, but {succ} does not say it supersedes {pred}"),
                    ),
                )
                .with_help(format!("add «Заменяет: {pred}» (or `Supersedes: {pred}`) to this document")),
            );
        }
        let status = site.pages[predecessor].doc.status();
        if graph.statement_line(successor, predecessor, edge, predecessor).is_none() {
            let message = match status {
                Some(Status::Superseded) => {
                    format!("{succ} supersedes {pred}, but {pred} does not name {succ} as its successor")
                }
                Some(other) => format!("{succ} supersedes {pred}, but {pred} still has status «{other}»"),
                None => format!("{succ} supersedes {pred}, but {pred} does not say so"),
            };
            found.push(
                at(site, predecessor, anchor_line(site, predecessor), Diagnostic::warning("W0402", message))
                    .with_help(format!("set the status of {pred} to «Заменено {succ}» (or `Superseded by {succ}`)")),
            );
        } else if matches!(status, Some(s) if *s != Status::Superseded) {
            found.push(at(
                site,
                predecessor,
                anchor_line(site, predecessor),
                Diagnostic::warning(
                    "W0402",
                    format!("{pred} names {succ} as its successor but has status «{}»", status.map_or("", |s| s.id())),
                ),
            ));
        }
    }
    found
}

fn weak_successors(site: &Site, graph: &KnowledgeGraph) -> Vec<Diagnostic> {
    graph
        .edges()
        .filter(|(_, _, edge)| *edge == EdgeType::Supersedes)
        .filter_map(|(successor, predecessor, _)| {
            let status = site.pages[successor].doc.status()?;
            matches!(status, Status::Rejected | Status::Proposed | Status::Draft).then(|| {
                at(
                    site,
                    successor,
                    anchor_line(site, successor),
                    Diagnostic::warning(
                        "W0403",
                        format!(
                            "{} supersedes {}, but is itself «{status}»",
                            name(site, successor),
                            name(site, predecessor)
                        ),
                    ),
                )
                .with_help(format!("until it is accepted, {} is still the decision in force", name(site, predecessor)))
            })
        })
        .collect()
}

fn dependencies_on_superseded(site: &Site, graph: &KnowledgeGraph) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (dependent, dependency, edge) in graph.edges() {
        if edge != EdgeType::DependsOn || graph.successors(dependency).is_empty() {
            continue;
        }
        let in_force: Vec<String> = graph.in_force(dependency).into_iter().map(|p| name(site, p)).collect();
        let line = graph.statement_line(dependent, dependency, edge, dependent).unwrap_or(1);
        found.push(
            at(
                site,
                dependent,
                line,
                Diagnostic::warning(
                    "W0404",
                    format!(
                        "depends on {}, which is superseded; the decision in force is {}",
                        name(site, dependency),
                        in_force.join(", ")
                    ),
                ),
            )
            .with_help("depend on the decision in force, or say why the old one still applies"),
        );
    }
    found
}

/// W0405: a decided ADR (accepted, rejected, deprecated, superseded) without a context or
/// decision section. A proposal or draft is still being written and is left alone.
fn missing_sections(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (page, entry) in site.pages.iter().enumerate() {
        let decided = matches!(
            entry.doc.status(),
            Some(Status::Accepted | Status::Rejected | Status::Deprecated | Status::Superseded)
        );
        if entry.doc.kind() != Kind::Adr || !decided {
            continue;
        }
        let roles: Vec<AdrSection> = entry
            .body
            .headings
            .iter()
            .filter(|h| h.level >= 2)
            .filter_map(|h| record_section(&fold(&h.text)))
            .collect();
        let has = |role: AdrSection| roles.contains(&role);
        let missing: Vec<&str> =
            [(has(AdrSection::Context), "context («Контекст»)"), (has(AdrSection::Decision), "decision («Решение»)")]
                .into_iter()
                .filter(|(present, _)| !present)
                .map(|(_, section)| section)
                .collect();
        if !missing.is_empty() {
            let line = entry.doc.header_lines.map_or(1, |span| span.first);
            found.push(
                at(
                    site,
                    page,
                    line,
                    Diagnostic::warning("W0405", format!("ADR has no {} section", missing.join(" and no "))),
                )
                .with_help(
                    "an ADR records why (## Контекст / ## Context) and what was decided (## Решение / ## Decision)",
                ),
            );
        }
    }
    found
}

fn stale_runbooks(site: &Site, today: Date, max_age_days: u32) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (page, entry) in site.pages.iter().enumerate() {
        if entry.doc.kind() != Kind::Runbook {
            continue;
        }
        let Some(field) = entry.doc.fields.iter().find(|f| f.key == Some(FieldKey::LastReviewed)) else { continue };
        let Some(reviewed) = Date::find(&field.value) else { continue };
        let age = today.days_after(reviewed);
        if age > i64::from(max_age_days) {
            found.push(
                at(
                    site,
                    page,
                    field.line,
                    Diagnostic::warning(
                        "W0406",
                        format!(
                            "runbook was last reviewed {age} days ago ({reviewed}, as of {today}); the limit is {max_age_days} days"
                        ),
                    ),
                )
                .with_help("review it and update the date, or set [tpmdocs] runbook-max-age-days in book.toml"),
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    /// `(code, file, line)` of everything `check` finds in `files` as of 2026-12-01.
    fn findings(files: &[(&str, &str)], config: &TpmdocsConfig) -> Vec<(String, String, usize)> {
        let site = crate::site::of_texts(files, day(2026, 12, 1));
        let (graph, _) = crate::graph::build(&site);
        let mut found: Vec<_> = check(&site, &graph, config, day(2026, 12, 1))
            .into_iter()
            .map(|d| {
                let file = d.file.map(|f| f.display().to_string()).unwrap_or_default();
                (d.code.to_string(), file, d.line)
            })
            .collect();
        found.sort();
        found
    }

    const WHOLE_ADR: &str = "# A\n\n**Статус:** Принято\n\n## Контекст\n\nТак.\n\n## Решение\n\nЭто.\n";

    #[test]
    fn each_rule_fires_on_its_case_and_only_there() {
        let files = [
            ("adr/adr-0001-a.md", WHOLE_ADR),
            ("adr/adr-0002-b.md", "# B\n\n**Статус:** Заменено\n\n## Контекст\n\nТак.\n\n## Решение\n\nЭто.\n"),
            ("adr/adr-0003-c.md", "# C\n\n**Статус:** Принято\n\n## Контекст\n\nБез решения.\n"),
            ("adr/adr-0004-d.md", "# D\n\n**Статус:** Предложено\n\nЧерновик без разделов.\n"),
            ("runbooks/runbook-old.md", "# Old\n\n**Последняя проверка:** 01.01.2025\n"),
            ("runbooks/runbook-fresh.md", "# Fresh\n\n**Последняя проверка:** 01.11.2026\n"),
            (
                "postmortems/postmortem-2026-11-20-x.md",
                "# X\n\n## Задачи\n\n- [ ] Алерты\n- [ ] Canary (Дмитрий)\n- [ ] Откат (Мария, 01.12.2026)\n- [x] Готово\n",
            ),
            ("roadmaps/tech-roadmap-2026-q4.md", "# R\n\n| Инициатива | Статус |\n|---|---|\n| Поиск | Фиолетовый |\n| Kafka | В работе |\n"),
        ];
        let found = findings(&files, &TpmdocsConfig::default());
        let codes: Vec<(&str, &str)> = found.iter().map(|(code, file, _)| (code.as_str(), file.as_str())).collect();
        assert_eq!(
            codes,
            vec![
                ("W0401", "adr/adr-0002-b.md"),
                ("W0405", "adr/adr-0003-c.md"),
                ("W0406", "runbooks/runbook-old.md"),
                ("W0701", "postmortems/postmortem-2026-11-20-x.md"),
                ("W0702", "postmortems/postmortem-2026-11-20-x.md"),
                ("W0703", "roadmaps/tech-roadmap-2026-q4.md"),
            ],
            "{found:?}"
        );
        let line = |code: &str| found.iter().find(|(c, _, _)| c == code).map(|(_, _, line)| *line);
        assert_eq!((line("W0406"), line("W0701"), line("W0702"), line("W0703")), (Some(3), Some(5), Some(6), Some(5)));
    }

    #[test]
    fn supersession_rules_read_the_graph() {
        let files = [
            (
                "adr/adr-0001-a.md",
                "# A\n\n**Статус:** Принято\n**Заменено:** ADR-0002\n\n## Контекст\n\nТак.\n\n## Решение\n\nЭто.\n",
            ),
            ("adr/adr-0002-b.md", WHOLE_ADR),
            (
                "adr/adr-0003-c.md",
                "# C\n\n**Статус:** Принято\n**Зависит от:** ADR-0004\n\n## Контекст\n\nТак.\n\n## Решение\n\nЭто.\n",
            ),
            (
                "adr/adr-0004-d.md",
                "# D\n\n**Статус:** Заменено [ADR-0001](adr-0001-a.md)\n\n## Контекст\n\nТак.\n\n## Решение\n\nЭто.\n",
            ),
        ];
        let codes: Vec<String> =
            findings(&files, &TpmdocsConfig::default()).into_iter().map(|(code, _, _)| code).collect();
        assert!(codes.contains(&"W0402".to_owned()), "ADR-0001 is replaced but says accepted: {codes:?}");
        assert!(codes.contains(&"W0404".to_owned()), "ADR-0003 depends on a superseded ADR: {codes:?}");
    }

    #[test]
    fn a_runbook_age_limit_of_zero_turns_the_rule_off() {
        let files = [("runbooks/runbook-old.md", "# Old\n\n**Последняя проверка:** 01.01.2025\n")];
        let off = TpmdocsConfig { runbook_max_age_days: Some(0), ..TpmdocsConfig::default() };
        assert!(findings(&files, &off).is_empty());
        assert_eq!(findings(&files, &TpmdocsConfig::default()).len(), 1);
    }
}
