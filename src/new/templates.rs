//! The text of a new deliverable, per kind and language: the metadata list under the title
//! and the sections that kind needs.

use crate::config::Language;
use crate::deliverable::Kind;

/// Everything a template fills in.
#[derive(Debug, Clone)]
pub(crate) struct Fill<'a> {
    /// Title as given.
    pub title: &'a str,
    /// `ADR-0007` for ADRs.
    pub number_label: Option<String>,
    /// Today, ISO.
    pub date: String,
    /// Quarter for roadmaps (`2026-Q4`).
    pub quarter: String,
    /// Relation lines already formatted as Markdown links: (key in the file's language, links).
    pub relations: Vec<(&'static str, String)>,
}

/// The Markdown of a new document.
pub(crate) fn render(kind: Kind, language: Language, fill: &Fill<'_>) -> String {
    let ru = language == Language::Ru;
    let heading = match &fill.number_label {
        Some(number) => format!("# {number}: {}", fill.title),
        None => format!("# {}", fill.title),
    };
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut push = |ru_key: &str, en_key: &str, value: &str| {
        meta.push(((if ru { ru_key } else { en_key }).to_owned(), value.to_owned()))
    };
    let draft = if ru { "Черновик" } else { "Draft" };
    let proposed = if ru { "Предложено" } else { "Proposed" };
    let nobody = "—";
    match kind {
        Kind::Adr => {
            push("Статус", "Status", proposed);
            push("Дата", "Date", &fill.date);
            push("Участники", "Deciders", nobody);
        }
        Kind::TechSpec => {
            push("Статус", "Status", draft);
            push("Версия", "Version", "0.1");
            push("Владелец", "Owner", nobody);
            push("Дата", "Date", &fill.date);
        }
        Kind::InfraPlan => {
            push("Статус", "Status", draft);
            push("Владелец", "Owner", nobody);
            push("Срок", "Due", nobody);
            push("Стоимость", "Cost", nobody);
        }
        Kind::Migration | Kind::Estimate => {
            push("Статус", "Status", draft);
            push("Владелец", "Owner", nobody);
            push("Дата", "Date", &fill.date);
        }
        Kind::Runbook => {
            push("Владелец", "Owner", nobody);
            push("Последний пересмотр", "Last reviewed", &fill.date);
        }
        Kind::Postmortem => {
            push("Статус", "Status", draft);
            push("Дата", "Date", &fill.date);
            push("Серьёзность", "Severity", "SEV-?");
            push("Длительность", "Duration", nobody);
        }
        Kind::TechRoadmap => {
            push("Статус", "Status", draft);
            push("Квартал", "Quarter", &fill.quarter);
            push("Владелец", "Owner", nobody);
        }
        Kind::Poc => {
            push("Статус", "Status", draft);
            push("Дата", "Date", &fill.date);
            push("Результат", "Result", nobody);
        }
        Kind::Page => {}
    }
    for (key, links) in &fill.relations {
        meta.push(((*key).to_owned(), links.clone()));
    }
    let mut text = format!("{heading}\n\n");
    for (key, value) in &meta {
        text.push_str(&format!("**{key}:** {value}  \n"));
    }
    if !meta.is_empty() {
        text.push('\n');
    }
    for (section, hint) in sections(kind, ru) {
        text.push_str(&format!("## {section}\n\n{hint}\n\n"));
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

/// (heading, hint) for each section of a kind.
fn sections(kind: Kind, ru: bool) -> Vec<(&'static str, &'static str)> {
    let pick = |ru_items: Vec<(&'static str, &'static str)>, en_items: Vec<(&'static str, &'static str)>| {
        if ru {
            ru_items
        } else {
            en_items
        }
    };
    match kind {
        Kind::Adr => pick(
            vec![
                ("Контекст", "Какая проблема или сила заставляет принять решение? Факты, ограничения, сроки."),
                ("Рассмотренные варианты", "| Вариант | Плюсы | Минусы |\n|---|---|---|\n| … | … | … |"),
                ("Решение", "Что решили и почему, одним абзацем."),
                ("Последствия", "Что станет проще, что сложнее, что нужно сделать."),
            ],
            vec![
                ("Context", "What forces this decision? Facts, constraints, deadlines."),
                ("Considered options", "| Option | Pros | Cons |\n|---|---|---|\n| … | … | … |"),
                ("Decision", "What was decided and why, in one paragraph."),
                ("Consequences", "What becomes easier, what harder, what must be done."),
            ],
        ),
        Kind::TechSpec => pick(
            vec![
                ("Цели", "Что должно работать после внедрения."),
                ("Не входит в объём", "Что сознательно не делаем."),
                ("Требования", "- [ ] Функциональные\n- [ ] Нефункциональные (нагрузка, SLO, безопасность)"),
                ("Архитектура", "Компоненты, потоки данных, схема."),
                ("API и данные", "Контракты, схемы, миграции данных."),
                ("Риски", "| Риск | Вероятность | Влияние | Меры |\n|---|---|---|---|"),
                ("План внедрения", "Этапы, флаги, откат."),
            ],
            vec![
                ("Goals", "What must work once this ships."),
                ("Non-goals", "What is deliberately out of scope."),
                ("Requirements", "- [ ] Functional\n- [ ] Non-functional (load, SLOs, security)"),
                ("Architecture", "Components, data flows, a diagram."),
                ("API and data", "Contracts, schemas, data migrations."),
                ("Risks", "| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|"),
                ("Rollout", "Stages, flags, rollback."),
            ],
        ),
        Kind::InfraPlan => pick(
            vec![
                ("Цель", "Зачем эта инфраструктура и как поймём, что готово."),
                ("Текущее состояние", "Что есть сейчас."),
                ("Целевая архитектура", "Что будет, с оценкой мощности."),
                ("Этапы", "| Этап | Срок | Ответственный |\n|---|---|---|"),
                ("Стоимость", "Ежемесячные и разовые затраты."),
                ("Риски и откат", "Что может пойти не так и как вернуться."),
            ],
            vec![
                ("Goal", "Why this infrastructure, and how we know it is done."),
                ("Current state", "What exists today."),
                ("Target architecture", "What it will be, with capacity estimates."),
                ("Stages", "| Stage | Due | Owner |\n|---|---|---|"),
                ("Cost", "Monthly and one-off costs."),
                ("Risks and rollback", "What can go wrong and how to go back."),
            ],
        ),
        Kind::Migration => pick(
            vec![
                ("Исходное и целевое состояние", "Откуда и куда переходим."),
                ("Предварительные условия", "- [ ] Резервная копия\n- [ ] Окно работ согласовано"),
                ("Этапы", "1. …\n2. …"),
                ("Проверка", "Как убедиться, что всё перенесено."),
                ("План отката", "Шаги возврата и точка невозврата."),
                ("Коммуникация", "Кого и когда предупреждаем."),
            ],
            vec![
                ("Source and target", "Where we move from and to."),
                ("Prerequisites", "- [ ] Backup taken\n- [ ] Maintenance window agreed"),
                ("Steps", "1. …\n2. …"),
                ("Verification", "How we know everything moved."),
                ("Rollback plan", "Steps back and the point of no return."),
                ("Communication", "Who is told what, and when."),
            ],
        ),
        Kind::Runbook => pick(
            vec![
                ("Назначение", "Что это за сервис и когда нужен этот runbook."),
                ("Симптомы и алерты", "Какие алерты ведут сюда."),
                ("Диагностика", "```bash\n# команды для проверки\n```"),
                ("Действия", "1. …\n2. …"),
                ("Эскалация", "Кому звонить, если не помогло."),
            ],
            vec![
                ("Purpose", "What the service is and when this runbook applies."),
                ("Symptoms and alerts", "Which alerts lead here."),
                ("Diagnosis", "```bash\n# commands to check\n```"),
                ("Actions", "1. …\n2. …"),
                ("Escalation", "Whom to call if this does not help."),
            ],
        ),
        Kind::Postmortem => pick(
            vec![
                ("Кратко", "Что случилось, одним абзацем, без поиска виноватых."),
                ("Влияние", "Пользователи, деньги, SLO."),
                ("Хронология", "| Время | Событие |\n|---|---|"),
                ("Причины", "Корневая причина и способствующие факторы."),
                ("Что сработало и что нет", "…"),
                ("Действия", "- [ ] … (ответственный, срок)"),
            ],
            vec![
                ("Summary", "What happened, in one blameless paragraph."),
                ("Impact", "Users, money, SLOs."),
                ("Timeline", "| Time | Event |\n|---|---|"),
                ("Root causes", "The root cause and contributing factors."),
                ("What went well and what did not", "…"),
                ("Action items", "- [ ] … (owner, due date)"),
            ],
        ),
        Kind::TechRoadmap => pick(
            vec![
                ("Цели квартала", "1. …"),
                ("Инициативы", "| Инициатива | Команда | Срок | Статус |\n|---|---|---|---|"),
                ("Зависимости", "Что нужно от других команд."),
                ("Риски", "Что может сорвать план."),
            ],
            vec![
                ("Quarter goals", "1. …"),
                ("Initiatives", "| Initiative | Team | Due | Status |\n|---|---|---|---|"),
                ("Dependencies", "What we need from other teams."),
                ("Risks", "What could derail the plan."),
            ],
        ),
        Kind::Estimate => pick(
            vec![
                ("Объём работ", "Что входит в оценку."),
                ("Разбивка", "| Задача | Оптимистично | Реалистично | Пессимистично |\n|---|---|---|---|"),
                ("Итого", "Сумма и диапазон."),
                ("Допущения", "- …"),
                ("Уверенность", "Низкая / средняя / высокая — и почему."),
            ],
            vec![
                ("Scope", "What the estimate covers."),
                ("Breakdown", "| Task | Optimistic | Likely | Pessimistic |\n|---|---|---|---|"),
                ("Total", "Sum and range."),
                ("Assumptions", "- …"),
                ("Confidence", "Low / medium / high, and why."),
            ],
        ),
        Kind::Poc => pick(
            vec![
                ("Гипотеза", "Что проверяем."),
                ("Критерии успеха", "- [ ] …"),
                ("Окружение", "Версии, данные, нагрузка."),
                ("Результаты", "Цифры и наблюдения."),
                ("Выводы и рекомендация", "Берём / не берём / нужно ещё."),
            ],
            vec![
                ("Hypothesis", "What we test."),
                ("Success criteria", "- [ ] …"),
                ("Environment", "Versions, data, load."),
                ("Results", "Numbers and observations."),
                ("Conclusion and recommendation", "Adopt / reject / needs more work."),
            ],
        ),
        Kind::Page => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deliverable::{parse, Status, Vocabulary};

    /// A file name of each kind, as `tpmdocs new` would pick it.
    fn file_of(kind: Kind) -> &'static str {
        match kind {
            Kind::Adr => "adr/adr-0007-kafka.md",
            Kind::TechSpec => "specs/tech-spec-checkout.md",
            Kind::InfraPlan => "plans/infra-plan-k8s.md",
            Kind::Migration => "migrations/migration-guide-pg-to-ydb.md",
            Kind::Runbook => "runbooks/runbook-payments.md",
            Kind::Postmortem => "postmortems/postmortem-2026-11-20-outage.md",
            Kind::TechRoadmap => "roadmaps/tech-roadmap-2026-q4.md",
            Kind::Estimate => "estimates/estimate-search.md",
            Kind::Poc => "poc/poc-search-2026-11-20.md",
            Kind::Page => "notes/page.md",
        }
    }

    #[test]
    fn every_template_reads_back_as_its_kind_with_its_title_date_and_status() {
        for language in [Language::Ru, Language::En] {
            for kind in Kind::ALL {
                let fill = Fill {
                    title: "Платёжный «шлюз» & co",
                    number_label: (kind == Kind::Adr).then(|| "ADR-0007".to_owned()),
                    date: "2026-11-20".to_owned(),
                    quarter: "2026-Q4".to_owned(),
                    relations: Vec::new(),
                };
                let text = render(kind, language, &fill);
                let doc = parse(file_of(kind), &text, &Vocabulary::default());
                let case = format!("{kind:?} in {language:?}:\n{text}");
                assert_eq!(doc.kind(), kind, "{case}");
                assert_eq!(doc.shown_title(), "Платёжный «шлюз» & co", "{case}");
                assert!(doc.diagnostics.is_empty(), "{case}: {:?}", doc.diagnostics);
                if kind == Kind::Adr {
                    assert_eq!(doc.status(), Some(&Status::Proposed), "{case}");
                    assert_eq!(doc.date().map(|d| d.to_string()).as_deref(), Some("2026-11-20"), "{case}");
                }
            }
        }
    }
}
