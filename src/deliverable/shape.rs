//! The kind a page's content says it is, when its name, folder and title say none: a
//! YouTrack export named only `MDLP-A-3.md`, MkDocs sources under `docs/learn/010-….md`,
//! an interview transcript titled "Fuel card fraud spike". Real post-mortems and runbooks
//! are written to a handful of well-known templates (Google SRE, PagerDuty, Atlassian,
//! ITIL/«регламент»), so their sections and header fields are what give them away.
//!
//! Each kind has several independent signs (a timeline, a root cause, an impact, follow-ups…;
//! a "when to use", symptoms, steps, a rollback…). One sign proves nothing (a project README
//! has "Steps", a design doc a "Timeline"), so a page takes a kind only from several distinct
//! signs of it and clearly more than of the other kind. Whatever is not that sure stays a
//! page: a missed kind is reported by the portal as a plain page, a guessed one would put a
//! how-to among the incidents.

use super::actions::{self, Reading};
use super::estimate;
use super::kind::Kind;
use super::lines::cells;
use super::meta::Metadata;
use super::outline::{Outline, Role};
use super::roadmap::{self, RoadmapStatus};
use super::vocab::{fold, FieldKey};

/// How many distinct signs of a kind a page needs to take it.
const SIGNS_NEEDED: usize = 3;

/// Section names of a post-mortem, one group per sign (folded; a word or its stem).
const INCIDENT_SECTIONS: [&[&str]; 8] = [
    // What happened when.
    &[
        "timeline",
        "хронология",
        "таймлайн",
        "ход событий",
        "журнал работ",
        "журнал событий",
        "sequence of events",
        "what happened",
        "что случилось",
    ],
    // Why.
    &[
        "root cause",
        "contributing factor",
        "five whys",
        "5 whys",
        "причин",
        "первопричин",
        "5 почему",
        "пять почему",
        "why it happened",
        "почему это произошло",
        // "Causes", "Underlying causes", "Cause-and-effect chart"; a fault tree's analysis.
        "cause",
        "investigation",
        "расследовани",
        "дерево отказов",
        "дерева отказов",
        "fault tree",
        "why",
    ],
    // Who felt it.
    &["impact", "влияние", "последствия", "ущерб", "масштаб"],
    // What went well, what we learnt.
    &[
        "lessons learned",
        "lessons learnt",
        "what went well",
        "what went wrong",
        "where we got lucky",
        "уроки",
        "выводы",
        "что прошло хорошо",
        "что пошло не так",
        "что сработало",
        "что не сработало",
        "что мы поняли",
        "what we learned",
        "what we learnt",
        "что поняли",
    ],
    // How it was noticed and stopped.
    &[
        "detection",
        "обнаружени",
        "resolution",
        "устранени",
        "mitigation",
        "time to detect",
        "ttd",
        "mttr",
        "как чинили",
        "how we fixed",
        "what actually happened",
        "что произошло на самом деле",
        "как было на самом деле",
    ],
    // Follow-ups.
    &[
        "action items",
        "follow-up",
        "follow up",
        "followups",
        "corrective action",
        "remedial action",
        "preventive action",
        "поручения",
        "корректирующие",
        "предупреждающие",
        "мероприятия",
        "commitments",
        "prevent recurrence",
        "предотвращени",
        "что изменили",
        "countermeasure",
        "контрмер",
        "кайдзен",
        "safety actions",
    ],
    // An incident named, or the event a safety register's report is about.
    &[
        "incident",
        "outage",
        "инцидент",
        "сбой",
        "авари",
        "недоступност",
        "event details",
        "event description",
        "event identification",
        "сведения о событии",
        "описание события",
    ],
    // Who ran it.
    &["incident commander", "дежурн", "on-call", "escalation timeline", "postmortem owner"],
];

/// Section names of a runbook, one group per sign. The first four are a runbook's own; an
/// install guide has the rest too (prerequisites, steps, verification, troubleshooting).
const PROCEDURE_SECTIONS: [&[&str]; 8] = [
    &[
        "when to use",
        "when to run",
        "when to apply",
        "когда применять",
        "когда использовать",
        "когда запускать",
        "когда выполнять",
        "когда проводить",
        "когда нужно",
        "when to perform",
        "область применения",
    ],
    &["symptom", "симптом", "признаки", "alerts", "алерты"],
    &[
        "rollback",
        "roll back",
        "откат",
        "revert",
        "если что-то пошло не так",
        "if something goes wrong",
        "if it goes wrong",
    ],
    &["escalat", "эскалац", "контакты", "contacts", "кому звонить", "who to call"],
    &["diagnos", "диагност", "triage", "troubleshoot"],
    &["step ", "steps", "шаг ", "шаги", "procedure", "процедур", "порядок", "instructions", "алгоритм"],
    &["verif", "проверка результата", "как убедиться", "how to confirm", "validation", "после работ", "after the work"],
    &["prerequisit", "предусловия", "подготовка", "before you start", "перед началом", "доступы", "access needed"],
];

/// How many of [`PROCEDURE_SECTIONS`] come only in runbooks.
const RUNBOOK_OWN_SECTIONS: usize = 4;

/// Section names of a proof of concept or pilot report, one group per sign. The first two
/// are a trial's own (what it set out to prove, and by what measure); a design doc has goals
/// and results too, but no hypothesis.
const TRIAL_SECTIONS: [&[&str]; 5] = [
    &["гипотез", "hypothes"],
    &[
        "критерии успеха",
        "success criteria",
        "критерии оценки",
        "evaluation criteria",
        "что проверяли",
        "what we tested",
    ],
    &["результат", "results", "findings", "замеры", "measurements", "benchmark"],
    &["вывод", "рекомендац", "recommendation", "verdict", "conclusion", "заключение", "итоги"],
    &["что делали", "what we did", "как проверяли", "методик", "methodology", "стенд", "test setup", "setup"],
];

/// How many of [`TRIAL_SECTIONS`] come only in trials.
const TRIAL_OWN_SECTIONS: usize = 2;

/// Section names of a design doc or tech spec, one group per sign. The first is a spec's own:
/// what it will not do.
const DESIGN_SECTIONS: [&[&str]; 5] = [
    &["non-goals", "non goals", "не цели", "вне рамок", "out of scope", "что не входит"],
    &["goals", "цели", "objectives"],
    &["design", "detailed design", "дизайн", "архитектура решения", "api", "data model", "модель данных"],
    &["alternatives considered", "alternatives", "альтернативы", "рассмотренные варианты"],
    &[
        "open questions",
        "открытые вопросы",
        "failure handling",
        "обработка ошибок",
        "rollout",
        "раскатка",
        "requirements",
        "требования",
    ],
];

/// The kind the sections and header fields of a page name, if they name one surely.
///
/// A post-mortem must also state something of one incident (its severity, its length, or
/// follow-ups with owners or due dates): an incident-response policy has every section of
/// one. A runbook must have a section only runbooks have, or a review date.
pub(crate) fn kind_of_content(outline: &Outline<'_>, meta: &Metadata, extra_headings: &[String]) -> Option<Kind> {
    let headings = section_names(outline);
    // A tracker's `| Приоритет | Medium |` on an epic or a story is no incident's level (an
    // incident's `Priority: P2`, «Приоритет: 2 – Высокий» is one).
    let levelled = meta.fields.iter().any(|field| {
        let figured = field.value.contains(|c: char| c.is_ascii_digit());
        field.key == Some(FieldKey::Severity) && (figured || !super::meta::names_a_priority(&field.label))
    });
    let incident_facts = [
        levelled,
        meta.states(FieldKey::Duration) || meta.states(FieldKey::Start),
        has_follow_ups(outline, &headings, extra_headings),
    ];
    let one_incident = incident_facts.iter().filter(|stated| **stated).count();
    let incident =
        signs(&headings, &INCIDENT_SECTIONS) + one_incident + usize::from(opening_names_an_incident(outline));
    // A knowledge base verifies every card (Guru's, Tettra's «Verified ✔ 30.03.2026»): a review
    // is a runbook's sign beside its sections, and says nothing against an estimate.
    let reviewed = usize::from(meta.states(FieldKey::LastReviewed));
    let runbook_own = signs(&headings, &PROCEDURE_SECTIONS[..RUNBOOK_OWN_SECTIONS]) + reviewed;
    let procedure = runbook_own + signs(&headings, &PROCEDURE_SECTIONS[RUNBOOK_OWN_SECTIONS..]);
    // Too few signs of an incident or a procedure to be either: another kind may show.
    let neither = incident < SIGNS_NEEDED && procedure < SIGNS_NEEDED;
    if incident >= SIGNS_NEEDED && one_incident > 0 && incident >= procedure + 2 {
        Some(Kind::Postmortem)
    } else if procedure >= SIGNS_NEEDED && runbook_own > 0 && procedure >= incident + 2 {
        Some(Kind::Runbook)
    } else if reviewed > 0 && procedure >= 2 && procedure >= incident + 2 - usize::from(one_incident == 0) {
        // `Последний ревью | 8 декабря 2025 г.` over «1. Подготовка» … «3. Восстановление»: a
        // procedure someone checks, with one more sign of one.
        Some(Kind::Runbook)
    } else if neither && is_a_trial(&headings) {
        Some(Kind::Poc)
    } else if neither && is_a_design(&headings, meta) {
        Some(Kind::TechSpec)
    } else if incident == 0 && procedure == reviewed && totals_an_effort(outline) {
        Some(Kind::Estimate)
    } else if neither && (tracks_a_plan(outline) || plans_a_period(outline)) {
        Some(Kind::TechRoadmap)
    } else {
        None
    }
}

/// A pilot or proof of concept by its sections: a hypothesis or its success criteria, and
/// what was done, measured and concluded ("Гипотеза / Что делали / Результаты / Вывод").
fn is_a_trial(headings: &[String]) -> bool {
    signs(headings, &TRIAL_SECTIONS[..TRIAL_OWN_SECTIONS]) > 0 && signs(headings, &TRIAL_SECTIONS) >= SIGNS_NEEDED
}

/// A design doc by its sections: what it will not do, and its goals, design, alternatives or
/// open questions ("Summary / Goals / Non-goals / Design / Open questions"). A decision
/// record's own sections (a decision taken) make it none.
fn is_a_design(headings: &[String], meta: &Metadata) -> bool {
    let decided = meta.has_decision_section();
    !decided && signs(headings, &DESIGN_SECTIONS[..1]) > 0 && signs(headings, &DESIGN_SECTIONS) >= SIGNS_NEEDED
}

/// How many of `groups` (one sign each) the page's section names show: a group counts when
/// one of its words starts a word of one heading.
fn signs(headings: &[String], groups: &[&[&str]]) -> usize {
    groups.iter().filter(|group| headings.iter().any(|heading| group.iter().any(|word| names(heading, word)))).count()
}

/// The page sums up an effort in people's time, as its total or final figure: «Итого с
/// резервом: 24 чел.-мес.», "**15 person-weeks** (6 weeks × 2.5 people)". A total in money or
/// in calendar time is not one.
fn totals_an_effort(outline: &Outline<'_>) -> bool {
    const PEOPLE: [&str; 8] = ["чел", "person", "people", "engineer", "man-", "fte", "инженеро", "разработчико"];
    let Some(estimate) = estimate::read(outline) else { return false };
    let line = estimate.line.checked_sub(1).map(|index| fold(outline.line(index))).unwrap_or_default();
    // «Оценка переезда на Keeper» totalling **64 часа**: a page titled as an estimate, whose
    // total is in working time.
    let titled = outline
        .iter()
        .find_map(|(index, _, _)| outline.heading(index).filter(|heading| heading.level == 1))
        .is_some_and(|heading| {
            let title = fold(heading.text);
            ["оценка ", "оценка:", "estimate ", "estimate:", "estimation "].iter().any(|word| title.starts_with(word))
        });
    estimate.expected.is_some()
        && (PEOPLE.iter().any(|marker| line.contains(marker))
            || titled && estimate.unit.is_some()
            || estimate_heading_over(outline, estimate.line).is_some())
}

/// `### Estimate (grooming 18.02.2026)`, «## Оценка»: the heading of the section a figure on
/// `line` (1-based) stands in, when it names an estimate (a tracker's epic that sizes its
/// work in its description). Its line, 1-based.
pub(crate) fn estimate_heading_over(outline: &Outline<'_>, line: usize) -> Option<usize> {
    let above = (0..line.saturating_sub(1).min(outline.len())).rev().find(|&index| outline.heading(index).is_some())?;
    // (A section, not the title: «# Оценка рисков» is no estimate; the word alone, or with the
    // day or the way it was made in brackets.)
    let heading = outline.heading(above).filter(|heading| heading.level >= 2)?;
    let folded = fold(heading.text);
    let named = ["estimate", "estimation", "sizing", "оценка", "оценка трудозатрат", "оценка трудоемкости"].iter().any(
        |word| {
            folded
                .strip_prefix(word)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '(']) || rest.starts_with(" ("))
        },
    );
    named.then_some(above + 1)
}

/// The page keys the states of its items in a legend (`| Status | Meaning |` / `| Complete |
/// passed G5 |`, «Отметка | Что значит») and tracks enough items in those states: a
/// portfolio pipeline or a plan of measures, kept as a roadmap is.
fn tracks_a_plan(outline: &Outline<'_>) -> bool {
    /// Items in a known state a tracked plan has at least.
    const ITEMS_NEEDED: usize = 3;
    let known = |status: &RoadmapStatus| !matches!(status, RoadmapStatus::Unknown(_));
    (has_state_legend(outline) || legend_in_prose(outline))
        && roadmap::read(outline, None).iter().filter(|item| known(&item.status)).count() >= ITEMS_NEEDED
}

/// «Платформа — Q2 2026» over a table of initiatives and where each stands: a title that
/// names a quarter or a half-year, and at least [`ITEMS_OF_A_PERIOD`] items in known states.
fn plans_a_period(outline: &Outline<'_>) -> bool {
    const ITEMS_OF_A_PERIOD: usize = 4;
    // The H1, or a Teams or Word page's first line in bold (`**ПЛАН РАБОТ ИТ НА ПЕРВОЕ
    // ПОЛУГОДИЕ 2026**`).
    let heading = outline.iter().find_map(|(index, _, _)| outline.heading(index).filter(|heading| heading.level == 1));
    let bold_first = || {
        let (_, line, _) = outline.iter().find(|(_, line, _)| !line.trim().is_empty())?;
        bold_line(line).map(str::to_owned)
    };
    let title = heading.map(|heading| heading.text.to_owned()).or_else(bold_first);
    let period = title.is_some_and(|title| {
        let folded = fold(&title);
        super::kind::quarter_in(&folded).is_some()
            || folded.split(|c: char| !c.is_alphanumeric()).any(|word| matches!(word, "h1" | "h2" | "полугодие"))
            || names_a_release(&folded)
    }) || in_lanes(outline);
    let known = |status: &RoadmapStatus| !matches!(status, RoadmapStatus::Unknown(_));
    period && roadmap::read(outline, None).iter().filter(|item| known(&item.status)).count() >= ITEMS_OF_A_PERIOD
}

/// "Release: Platform 2026.2", «Релиз 4.2» (folded): a title that names a release by its
/// version, whose features are the release's items.
fn names_a_release(folded: &str) -> bool {
    let Some(rest) = ["release", "релиз"].iter().find_map(|word| folded.strip_prefix(word)) else { return false };
    rest.starts_with([' ', ':'])
        && rest.split_whitespace().any(|word| {
            let version = word.trim_matches(|c: char| !c.is_ascii_alphanumeric()).trim_start_matches('v');
            version.contains('.')
                && version.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// A Now / Next / Later board: sections named for the lanes (`## Now`, `## Next`, `## Later`;
/// «Сейчас», «Далее», «Потом»), at least the current one and one after it.
fn in_lanes(outline: &Outline<'_>) -> bool {
    let lanes: Vec<String> = outline
        .iter()
        .filter_map(|(index, _, _)| outline.heading(index).filter(|heading| heading.level >= 2))
        .map(|heading| fold(heading.text.trim()))
        .filter(|name| {
            matches!(name.as_str(), "now" | "next" | "later" | "сейчас" | "далее" | "следом" | "потом" | "позже")
        })
        .collect();
    let current = lanes.iter().any(|name| matches!(name.as_str(), "now" | "сейчас"));
    current && lanes.len() >= 2
}

/// `Статусы: «Запланировано», «В работе», «Под угрозой» (…), «Сделано»`, "Legend: planned /
/// in progress / done": a line that names at least three states after its key.
fn legend_in_prose(outline: &Outline<'_>) -> bool {
    const KEYS: [&str; 6] = ["статусы", "statuses", "legend", "легенда", "обозначения", "status legend"];
    outline.iter().any(|(_, line, role)| {
        if matches!(role, Role::Code | Role::Row { .. }) || !line.contains(':') {
            return false;
        }
        let folded = fold(line);
        let Some(after) = KEYS.iter().find_map(|key| folded.find(key).map(|at| &folded[at + key.len()..])) else {
            return false;
        };
        let Some((_, listed)) = after.split_once(':') else { return false };
        let states = listed
            .split([',', ';', '«', '»', '/', '·'])
            .filter_map(|part| RoadmapStatus::from_text(part.split(" (").next().unwrap_or(part).trim()))
            .filter(|status| !matches!(status, RoadmapStatus::Unknown(_)))
            .count();
        states >= 3
    })
}

/// A two-column table that explains states, one per row: a header such as "Status |
/// Meaning" or «Отметка | Что значит», and at least three rows whose first cell is a state.
fn has_state_legend(outline: &Outline<'_>) -> bool {
    let mut in_legend = false;
    let mut states = 0;
    for (_, _, role) in outline.iter() {
        match role {
            Role::Row { header: true, text } => {
                in_legend = roadmap::is_legend_header(&cells(text));
                states = 0;
            }
            Role::Row { header: false, text } if in_legend => {
                let row = cells(text);
                let status = row.first().and_then(|cell| RoadmapStatus::from_text(cell));
                states += usize::from(status.is_some_and(|status| !matches!(status, RoadmapStatus::Unknown(_))));
                if states >= 3 {
                    return true;
                }
            }
            Role::Heading(_) => in_legend = false,
            _ => {}
        }
    }
    false
}

/// The title or the prose before the first section speaks of an incident ("Incident of 14
/// March, priority P3", «Сбой оплаты 12.03») or of its analysis ("Apollo RCA — …", "ERO
/// Event Analysis Process, brief report", «Анализ дерева отказов № 2»).
fn opening_names_an_incident(outline: &Outline<'_>) -> bool {
    const WORDS: [&str; 12] = [
        "incident",
        "outage",
        "инцидент",
        "сбой",
        "авари",
        "rca",
        "root cause analysis",
        "event report",
        "event analysis",
        "fault tree",
        "дерево отказов",
        "дерева отказов",
    ];
    let mut opening = outline
        .iter()
        .take_while(|(_, _, role)| !matches!(role, Role::Heading(heading) if heading.level >= 2))
        .take(OPENING_LINES)
        .filter(|(_, _, role)| matches!(role, Role::Text | Role::Heading(_)))
        .map(|(_, line, _)| fold(line));
    opening.any(|line| WORDS.iter().any(|word| names(&line, word)))
}

/// How far the opening of a page goes at most, in lines.
const OPENING_LINES: usize = 20;

/// Follow-ups with an owner or a due date, at least two, as a post-mortem has them, under
/// one of its top sections that names them.
fn has_follow_ups(outline: &Outline<'_>, sections: &[String], extra_headings: &[String]) -> bool {
    if !sections.iter().any(|section| actions::names_follow_ups(section, extra_headings)) {
        return false;
    }
    let found = actions::read(outline, extra_headings, Reading::FollowUps);
    found.iter().filter(|item| item.owner.is_some() || item.due.is_some()).count() >= 2
}

/// The page's top sections' names, folded: its headings at the shallowest level below the
/// title (a survey of templates has "Timeline" and "Root cause" deep inside, a post-mortem
/// has them as its sections), or, on a page without headings, lines that are nothing but
/// bold text (`**Timeline**`, `**Root cause:**`), which many exports write instead.
/// Headings above the first one at that level are in no section of it and are top sections
/// too: a filed issue form's `### Severity`, `### Timeline` over its `## Comments`.
fn section_names(outline: &Outline<'_>) -> Vec<String> {
    let headings = || {
        outline.iter().filter_map(|(index, _, role)| match role {
            Role::Heading(heading) if heading.level >= 2 => Some((index, heading.level)),
            _ => None,
        })
    };
    let top = headings().map(|(_, level)| level).min();
    let first_top = headings().find(|(_, level)| Some(*level) == top).map_or(0, |(index, _)| index);
    outline
        .iter()
        .filter_map(|(index, line, role)| match (role, top) {
            (Role::Heading(heading), Some(top)) if heading.level == top || heading.level > 1 && index < first_top => {
                Some(fold(heading.text))
            }
            (Role::Text, None) if outline.content(index).len() < 80 => bold_line(line).map(fold),
            // «Когда нужно: плановые работы на узле primary, …» in the lead: a section of its
            // own, written as a label.
            (Role::Text, Some(_)) if index < first_top => lead_label(line).map(fold),
            _ => None,
        })
        .collect()
}

/// `Когда нужно: …`, `**When to use:** …`: the label a lead paragraph opens with, up to four
/// words before its colon.
fn lead_label(line: &str) -> Option<&str> {
    let (label, rest) = line.trim().split_once(':')?;
    let label = label.trim_matches(['*', '_', ' ']);
    let words = label.split_whitespace().count();
    ((1..=4).contains(&words) && !rest.trim_start_matches(['*', '_']).trim().is_empty()).then_some(label)
}

/// `**Timeline**`, `**Root cause:**`: the bold text of a line that holds nothing else.
fn bold_line(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix("**")?.trim_end_matches(':').strip_suffix("**")?;
    let inner = inner.trim_end_matches(':');
    (!inner.is_empty() && !inner.contains("**")).then_some(inner)
}

/// True when `word` (a word, a stem or a phrase) starts a word of `heading`.
fn names(heading: &str, word: &str) -> bool {
    heading.match_indices(word).any(|(at, _)| heading[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deliverable::parse;
    use crate::deliverable::Vocabulary;

    fn kind(path: &str, text: &str) -> Kind {
        parse::parse(path, text, &Vocabulary::default()).kind()
    }

    #[test]
    fn a_release_s_features_and_a_now_next_later_board_are_roadmaps() {
        let release = "# Release: Platform 2026.2\n\n| Name | Status |\n|---|---|\n| SSO | Shipped |\n| SCIM | In development |\n| SIEM | Ready to develop |\n| Limits | Blocked |\n";
        assert_eq!(kind("aha-export/release.md", release), Kind::TechRoadmap);
        let notes = "# Release 2.3 notes\n\n- Fixed the login page.\n- Faster search.\n";
        assert_eq!(kind("aha-export/notes.md", notes), Kind::Page, "a release without items in states");
        let lanes = "# Platform board\n\n## Now\n\n- [ ] Ролевая модель\n- [ ] Импорт CSV\n\n## Next\n\n- [ ] Отчёт по лицензиям\n\n## Later\n\n- [ ] Интеграция с 1С\n";
        assert_eq!(kind("productboard/board.md", lanes), Kind::TechRoadmap);
        assert_eq!(kind("productboard/board.md", &lanes.replace("## Now", "## Notes")), Kind::Page, "no current lane");
    }

    #[test]
    fn a_procedure_whose_lead_says_when_it_is_needed() {
        let text = "# PostgreSQL: ручное переключение на реплику\n\nКластер `pg-main`.\n\nКогда нужно: плановые работы на primary, деградация диска.\n\n## Перед началом\n\n- Сообщить в канал.\n\n## Плановое переключение\n\n1. `patronictl switchover`\n\n## После работ\n\n- Проверить лаг.\n";
        assert_eq!(kind("ops/pg-switchover.md", text), Kind::Runbook);
        let without = text.replace("Когда нужно: плановые работы на primary, деградация диска.\n\n", "");
        assert_eq!(
            kind("ops/pg-switchover.md", &without),
            Kind::Page,
            "prerequisites alone are an install guide's too"
        );
    }

    #[test]
    fn an_incident_review_by_its_sections() {
        let export = "# Очередь выбытия не разбиралась\n\n- **Приоритет:** 2 – Высокий\n\n\
                      ## Журнал работ\n\n| Время | Что |\n|---|---|\n| 08:12 | звонок |\n\n\
                      ## Причина\n\nСертификат истёк.\n\n## Поручения\n\n- Алерт — Иванов, до 01.02.2026\n";
        assert_eq!(kind("MDLP-A-3.md", export), Kind::Postmortem);
        let english = "# Rental finish timeouts in Kazan\n\n## Impact\n\nx\n\n## Detection\n\nx\n\n\
                       ## Action items\n\n- Fix it (@a, Feb 6)\n- Page on-call (@b, Feb 9) — done\n";
        assert_eq!(kind("docs/learn/010-rental-finish-timeouts.md", english), Kind::Postmortem);
    }

    #[test]
    fn a_safety_register_s_event_report_an_rca_and_a_fault_tree() {
        let event = "# Event report EV-31 — Blue Mesa did not follow base points\n\n## Event details\n\n\
                     - Event date and time: 09-Feb-2026, 13:06 CST\n\n## What happened\n\nx\n\n## Investigation\n\n\
                     **Immediate cause.** x\n\n## Actions to prevent recurrence\n\n- **ACT-1** — Hold the setpoint.\n  \
                     Assigned to: Luis · Due: 06-Mar-2026 · Status: Closed\n- **ACT-2** — Fix the alarm.\n  \
                     Assigned to: Marcus · Due: 20-Mar-2026 · Status: Open\n";
        assert_eq!(kind("sites/blue_mesa/setpoint_loss_event_2026_02_09.md", event), Kind::Postmortem);
        let brief = "# Brief Report — Loss of ROC SCADA\n\nERO Event Analysis Process, brief report.\n\n\
                     ## Part C — Sequence of events\n\nx\n\n## Part D — Causes\n\nx\n\n## Part E — Corrective action plan\n\n\
                     | CA | Corrective action | Accountable | Planned completion |\n|---|---|---|---|\n\
                     | CA-1 | Fix it | Marcus | January 23, 2026 |\n| CA-2 | Drill | Dana | April 30, 2026 |\n";
        assert_eq!(kind("roc/scada_frontend_loss_2026_01_17.md", brief), Kind::Postmortem);
        let tree = "# Анализ дерева отказов № 2: результаты не попали в 1С\n\n## 1. Сведения о событии\n\n\
                    Дата события — 03.03.2026.\n\n## 2. Дерево отказов\n\nx\n\n## 3. Меры по разрыву сечений\n\n\
                    **М1.** Запрет закрывать приёмку. Отв. Коваль Д. С., срок 20.03.2026. Сделано.\n\n\
                    **М2.** Исключить ПК из обновлений. Отв. Шевчук А. И., срок 13.03.2026. Сделано.\n";
        assert_eq!(kind("Служба ИТ/Анализ № 2 от 16.03.2026 Дерево отказов.md", tree), Kind::Postmortem);
        // A design's fault tree of what could fail, with no incident and nothing to follow up.
        let design = "# Отказоустойчивость весовой\n\n## Дерево отказов\n\nx\n\n## Причины\n\nx\n\n## Решение\n\nx\n";
        assert_eq!(kind("docs/weighbridge-ha.md", design), Kind::Page);
    }

    #[test]
    fn a_plan_that_keys_its_states_in_a_legend_and_tracks_items_in_them() {
        let legend = "| Status | Meaning |\n|---|---|\n| Complete | passed G5 |\n| In execution | being built |\n| Not started | passed G1 only |\n| Stopped | killed at a gate |\n";
        let pipeline = format!(
            "# ROC systems portfolio — stage-gate pipeline 2026\n\n{legend}\n## Reliability\n\n\
             | # | Initiative | Last gate | Status |\n|---|---|---|---|\n| 1 | Hot standby | G3 | In execution |\n\
             | 2 | Health alarm | G5 | Complete |\n| 3 | Video wall | G1 | Not started |\n"
        );
        assert_eq!(kind("portfolio/pipeline_2026.md", &pipeline), Kind::TechRoadmap);
        let plan = "# План подготовки ИТ к уборочной 2026\n\n| Отметка | Что значит |\n|---|---|\n| выполнено | сделано |\n\
                    | в работе | начато |\n| не начато | ещё нет |\n\n## I. До приёмки\n\n\
                    | № | Мероприятие | Ответственный | Срок | Состояние |\n|---|---|---|---|---|\n\
                    | 1.1 | Единый сервер | Гусейнова Л. Р. | 30.06.2026 | в работе |\n| 1.2 | Мониторинг | Шевчук А. И. | 13.02.2026 | выполнено |\n\
                    | 1.3 | Реестр МЧД | Ткачёв Р. Ю. | 20.02.2026 | выполнено |\n";
        assert_eq!(kind("Проектный офис/План № 1 ред. 3.md", plan), Kind::TechRoadmap);
        let prose_legend = "# План техдолга 2026\n\n<p class=\"callout info\">Статусы: «Запланировано», «В работе», «Под угрозой» (есть риск), «Сделано», «Отменено».</p>\n\n\
                            | # | Инициатива | Срок | Ответственный | Статус |\n|---|---|---|---|---|\n\
                            | 1 | Temporal | Q2 | Олег | В работе |\n| 2 | Идемпотентность | Q1 | Олег | Сделано |\n\
                            | 3 | PostgreSQL 16 | Q2 | Вадим | Под угрозой |\n";
        assert_eq!(kind("planirovanie/plan-tehdolga-2026.md", prose_legend), Kind::TechRoadmap, "a legend in prose");
        let hours = "# Оценка переезда на Keeper\n\nОценка в часах одного инженера.\n\n| Работа | Оценка, ч |\n|----|----|\n| Стенд | 8 |\n| Перенос | 12 |\n| **Итого** | **64** |\n\nИтого **64 часа**.\n";
        assert_eq!(
            kind("PoC Keeper/Оценка переезда на Keeper.md", hours),
            Kind::Estimate,
            "titled so, in working hours"
        );
        let risks = "# Оценка рисков\n\n| Риск | Вероятность |\n|---|---|\n| Сбой | 3 |\n| **Итого** | **3** |\n";
        assert_ne!(kind("notes/Оценка рисков.md", risks), Kind::Estimate, "no working time");
        let follow_ups: Vec<_> = parse::parse("plan.md", plan, &Vocabulary::default())
            .actions
            .iter()
            .map(|item| item.text.clone())
            .collect();
        assert!(!follow_ups.iter().any(|text| text == "сделано"), "the legend's rows are no tasks: {follow_ups:?}");
        // A legend alone, or items with no legend, are no plan.
        assert_eq!(kind("docs/states.md", &format!("# States\n\n{legend}")), Kind::Page);
        let no_legend = "# Migration status\n\n| Service | Status |\n|---|---|\n| a | done |\n| b | in progress |\n| c | planned |\n";
        assert_eq!(kind("docs/status.md", no_legend), Kind::Page);
    }

    #[test]
    fn a_runbook_by_its_sections() {
        let sop = "# Касса не пробивает маркированный товар\n\n## 1. Когда применять\n\nx\n\n\
                   ## 2. Симптомы\n\nx\n\n## 3. Порядок действий\n\n**Шаг 1.** x\n\n## 4. Эскалация\n\nx\n";
        assert_eq!(kind("MDLP-A-11.md", sop), Kind::Runbook);
        let bold = "# Payments stuck\n\n**When to use**\n\nx\n\n**Diagnosis**\n\nx\n\n**Rollback:**\n\nx\n";
        assert_eq!(kind("docs/operate/010-payments.md", bold), Kind::Runbook);
    }

    #[test]
    fn a_verified_card_with_its_steps_and_what_to_do_when_they_fail() {
        let card = "# Перезапуск узла HLR\n\n> ✅ Verified by Ирина Соколова · Feb 12, 2026 · Next verification May 12, 2026\n\nДля кого: дежурная смена.\n\n## Перед началом\n\nx\n\n## Порядок\n\n1. y\n\n## Если что-то пошло не так\n\nz\n";
        assert_eq!(kind("Сеть и ядро/Эксплуатация/Перезапуск узла HLR.md", card), Kind::Runbook);
        let bare = card
            .replace("> ✅ Verified by Ирина Соколова · Feb 12, 2026 · Next verification May 12, 2026\n\n", "")
            .replace("## Если что-то пошло не так", "## Ссылки");
        assert_eq!(
            kind("Сеть и ядро/Эксплуатация/Перезапуск узла HLR.md", &bare),
            Kind::Page,
            "nothing only a runbook has"
        );
    }

    #[test]
    fn one_or_two_signs_or_a_mix_leave_a_page() {
        let readme = "# Widget\n\n## Prerequisites\n\nx\n\n## Steps\n\nx\n\n## License\n\nx\n";
        assert_eq!(kind("docs/install.md", readme), Kind::Page, "an install guide has steps too");
        let design = "# Search v2\n\n## Timeline\n\nQ3\n\n## Impact\n\nfaster\n\n## Rollback\n\nflag\n";
        assert_eq!(kind("docs/search-v2.md", design), Kind::Page, "two signs are not enough");
        let mixed =
            "# Guide\n\n## Symptoms\n\n## Diagnosis\n\n## Rollback\n\n## Timeline\n\n## Root cause\n\n## Impact\n";
        assert_eq!(kind("docs/guide.md", mixed), Kind::Page, "as much of one as of the other");
        let policy = "# Incident response\n\nHow we run an incident.\n\n## Severity levels\n\n## Incident commander\n\n\
                      ## Escalation\n\n## Impact assessment\n\n## Root cause analysis\n\n## Follow-ups\n\nFile them in Jira.\n";
        let doc = parse::parse("docs/on-call-policy.md", policy, &Vocabulary::default());
        assert_eq!(doc.kind(), Kind::Page, "a policy states no incident of its own: {:?}", doc.fields);
        let install = "# Install\n\n## Prerequisites\n\n## Steps\n\n## Verify\n\n## Troubleshooting\n";
        assert_eq!(kind("docs/install.md", install), Kind::Page, "nothing only a runbook has");
        let survey = "# Vocabulary of post-mortem templates\n\n## 1. Sources\n\n### Timeline\n\n### Root cause\n\n### Impact\n\n### Action items\n\n- Fix the alert (owner: Ann, due 2026-01-01)\n- Page on-call (owner: Bob, due 2026-01-02)\n\n## 2. Fields\n\nText.\n";
        assert_eq!(kind("docs/vocabulary-sources.md", survey), Kind::Page, "sections deep inside are a survey's");
        let index = "# Incidents\n\n## Timeline\n\n## Root causes\n\n## Action items\n";
        assert_eq!(kind("docs/README.md", index), Kind::Page, "a folder's own page");
    }

    #[test]
    fn an_estimate_by_the_effort_it_totals() {
        let pitch = "# Pitch: kiosk offline ordering\n\n## Appetite\n\nSix weeks.\n\n## Scopes\n\n| Scope | Weeks |\n|---|---|\n| A | 4 |\n\n**Итого: 15 person-weeks** (6 weeks × 2.5 people).\n";
        assert_eq!(kind("notes/202603180840-pitch-kiosk-offline.md", pitch), Kind::Estimate);
        let budget = "# Edge servers\n\n## Waves\n\n| Wave | ₽ |\n|---|---|\n| 1 | 10 |\n\nИтого: 2,4 млн ₽.\n";
        assert_eq!(kind("notes/edge.md", budget), Kind::Page, "money is no effort");
        let verified = "# Интеграция с hh.ru\n\nOwner: Денис · Verified: ✔ 30.03.2026\n\n| Работа | Оптимистично | Реалистично | Пессимистично |\n|---|---:|---:|---:|\n| OAuth | 3 | 4 | 6 |\n\n**Ожидаемая оценка (PERT): 42 чел.-дн.**\n";
        assert_eq!(kind("Продукт/Интеграция с hh.ru.md", verified), Kind::Estimate, "a verified card");
        let calendar = "# Cutover\n\n## Steps\n\nИтого: 3 недели.\n";
        assert_eq!(kind("notes/cutover.md", calendar), Kind::Page, "nor is calendar time");
    }

    #[test]
    fn a_trial_by_its_hypothesis_and_results() {
        let pilot = "# Пилот ТСД с RFID-метками\n\n## Гипотеза\n\nx\n\n## Что делали\n\nx\n\n## Результаты\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Вывод\n\nx\n";
        assert_eq!(kind("Проекты/Пилоты/Пилот ТСД.md", pilot), Kind::Poc);
        let spike = "# Edge cache spike\n\n## Success criteria\n\nx\n\n## Results\n\nx\n\n## Recommendation\n\nx\n";
        assert_eq!(kind("notes/edge-cache-spike.md", spike), Kind::Poc);
        let design = "# Search v2\n\n## Goals\n\nx\n\n## Results\n\nx\n\n## Conclusion\n\nx\n";
        assert_eq!(kind("docs/search-v2.md", design), Kind::Page, "results and a conclusion, no hypothesis");
        let thin = "# Idea\n\n## Hypothesis\n\nx\n\n## Notes\n\nx\n";
        assert_eq!(kind("notes/idea.md", thin), Kind::Page, "a hypothesis alone");
    }

    #[test]
    fn a_quarter_s_initiatives_and_where_each_stands() {
        let plan = "# Платформа — Q2 2026\n\nКвартальный план.\n\n| Инициатива | Команда | Статус |\n|---|---|---|\n| RLS | Core | Готово |\n| Поиск | Найм | Запланировано |\n| Ретраи 1С | Интеграции | В работе |\n| КЭП | Документы | Под угрозой |\n";
        assert_eq!(kind("Продукт/Платформа — Q2 2026.md", plan), Kind::TechRoadmap);
        let teams = plan.replace("# Платформа — Q2 2026", "**ПЛАН РАБОТ ИТ НА ПЕРВОЕ ПОЛУГОДИЕ 2026**");
        assert_eq!(kind("Планы/План ИТ 2026 H1.md", &teams), Kind::TechRoadmap, "a bold first line for a title");
        let undated = plan.replace("— Q2 2026", "");
        assert_eq!(kind("Продукт/Платформа.md", &undated), Kind::Page, "no period named");
    }

    #[test]
    fn a_design_doc_by_what_it_will_not_do() {
        let design = "# Payout batching\n\n## Summary\n\nx\n\n## Goals\n\nx\n\n## Non-goals\n\nx\n\n## Design\n\nx\n\n## Open questions\n\nx\n";
        assert_eq!(kind("docs/explanation/payout-batching.md", design), Kind::TechSpec);
        let goals = "# Team charter\n\n## Goals\n\nx\n\n## Design\n\nx\n\n## Open questions\n\nx\n";
        assert_eq!(kind("docs/charter.md", goals), Kind::Page, "no non-goals");
    }

    #[test]
    fn words_are_matched_from_their_start() {
        assert!(names("root causes", "root cause"));
        assert!(names("4. диагностика", "диагност"));
        assert!(!names("transimpact", "impact"));
        assert_eq!(bold_line("**Root cause:**"), Some("Root cause"));
        assert_eq!(bold_line("**Owner:** Ivan"), None);
    }
}
