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

/// A section of a new document: (heading, hint) in Russian and in English, side by side so
/// the two languages keep the same sections.
struct Section {
    ru: (&'static str, &'static str),
    en: (&'static str, &'static str),
}

/// (heading, hint) for each section of a kind.
fn sections(kind: Kind, ru: bool) -> impl Iterator<Item = (&'static str, &'static str)> {
    let sections: &[Section] = match kind {
        Kind::Adr => ADR_SECTIONS,
        Kind::TechSpec => TECH_SPEC_SECTIONS,
        Kind::InfraPlan => INFRA_PLAN_SECTIONS,
        Kind::Migration => MIGRATION_SECTIONS,
        Kind::Runbook => RUNBOOK_SECTIONS,
        Kind::Postmortem => POSTMORTEM_SECTIONS,
        Kind::TechRoadmap => TECH_ROADMAP_SECTIONS,
        Kind::Estimate => ESTIMATE_SECTIONS,
        Kind::Poc => POC_SECTIONS,
        Kind::Page => &[],
    };
    sections.iter().map(move |section| if ru { section.ru } else { section.en })
}

const ADR_SECTIONS: &[Section] = &[
    Section {
        ru: ("Контекст", "Какая проблема или сила заставляет принять решение? Факты, ограничения, сроки."),
        en: ("Context", "What forces this decision? Facts, constraints, deadlines."),
    },
    Section {
        ru: ("Рассмотренные варианты", "| Вариант | Плюсы | Минусы |\n|---|---|---|\n| … | … | … |"),
        en: ("Considered options", "| Option | Pros | Cons |\n|---|---|---|\n| … | … | … |"),
    },
    Section {
        ru: ("Решение", "Что решили и почему, одним абзацем."),
        en: ("Decision", "What was decided and why, in one paragraph."),
    },
    Section {
        ru: ("Последствия", "Что станет проще, что сложнее, что нужно сделать."),
        en: ("Consequences", "What becomes easier, what harder, what must be done."),
    },
];

const TECH_SPEC_SECTIONS: &[Section] = &[
    Section {
        ru: ("Цели", "Что должно работать после внедрения."), en: ("Goals", "What must work once this ships.")
    },
    Section {
        ru: ("Не входит в объём", "Что сознательно не делаем."),
        en: ("Non-goals", "What is deliberately out of scope."),
    },
    Section {
        ru: ("Требования", "- [ ] Функциональные\n- [ ] Нефункциональные (нагрузка, SLO, безопасность)"),
        en: ("Requirements", "- [ ] Functional\n- [ ] Non-functional (load, SLOs, security)"),
    },
    Section {
        ru: ("Архитектура", "Компоненты, потоки данных, схема."),
        en: ("Architecture", "Components, data flows, a diagram."),
    },
    Section {
        ru: ("API и данные", "Контракты, схемы, миграции данных."),
        en: ("API and data", "Contracts, schemas, data migrations."),
    },
    Section {
        ru: ("Риски", "| Риск | Вероятность | Влияние | Меры |\n|---|---|---|---|"),
        en: ("Risks", "| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|"),
    },
    Section {
        ru: ("План внедрения", "Этапы, флаги, откат."), en: ("Rollout", "Stages, flags, rollback.")
    },
];

const INFRA_PLAN_SECTIONS: &[Section] = &[
    Section {
        ru: ("Цель", "Зачем эта инфраструктура и как поймём, что готово."),
        en: ("Goal", "Why this infrastructure, and how we know it is done."),
    },
    Section {
        ru: ("Текущее состояние", "Что есть сейчас."), en: ("Current state", "What exists today.")
    },
    Section {
        ru: ("Целевая архитектура", "Что будет, с оценкой мощности."),
        en: ("Target architecture", "What it will be, with capacity estimates."),
    },
    Section {
        ru: ("Этапы", "| Этап | Срок | Ответственный |\n|---|---|---|"),
        en: ("Stages", "| Stage | Due | Owner |\n|---|---|---|"),
    },
    Section {
        ru: ("Стоимость", "Ежемесячные и разовые затраты."), en: ("Cost", "Monthly and one-off costs.")
    },
    Section {
        ru: ("Риски и откат", "Что может пойти не так и как вернуться."),
        en: ("Risks and rollback", "What can go wrong and how to go back."),
    },
];

const MIGRATION_SECTIONS: &[Section] = &[
    Section {
        ru: ("Исходное и целевое состояние", "Откуда и куда переходим."),
        en: ("Source and target", "Where we move from and to."),
    },
    Section {
        ru: ("Предварительные условия", "- [ ] Резервная копия\n- [ ] Окно работ согласовано"),
        en: ("Prerequisites", "- [ ] Backup taken\n- [ ] Maintenance window agreed"),
    },
    Section { ru: ("Этапы", "1. …\n2. …"), en: ("Steps", "1. …\n2. …") },
    Section {
        ru: ("Проверка", "Как убедиться, что всё перенесено."),
        en: ("Verification", "How we know everything moved."),
    },
    Section {
        ru: ("План отката", "Шаги возврата и точка невозврата."),
        en: ("Rollback plan", "Steps back and the point of no return."),
    },
    Section {
        ru: ("Коммуникация", "Кого и когда предупреждаем."),
        en: ("Communication", "Who is told what, and when."),
    },
];

const RUNBOOK_SECTIONS: &[Section] = &[
    Section {
        ru: ("Назначение", "Что это за сервис и когда нужен этот runbook."),
        en: ("Purpose", "What the service is and when this runbook applies."),
    },
    Section {
        ru: ("Симптомы и алерты", "Какие алерты ведут сюда."),
        en: ("Symptoms and alerts", "Which alerts lead here."),
    },
    Section {
        ru: ("Диагностика", "```bash\n# команды для проверки\n```"),
        en: ("Diagnosis", "```bash\n# commands to check\n```"),
    },
    Section { ru: ("Действия", "1. …\n2. …"), en: ("Actions", "1. …\n2. …") },
    Section {
        ru: ("Эскалация", "Кому звонить, если не помогло."),
        en: ("Escalation", "Whom to call if this does not help."),
    },
];

const POSTMORTEM_SECTIONS: &[Section] = &[
    Section {
        ru: ("Кратко", "Что случилось, одним абзацем, без поиска виноватых."),
        en: ("Summary", "What happened, in one blameless paragraph."),
    },
    Section {
        ru: ("Влияние", "Пользователи, деньги, SLO."), en: ("Impact", "Users, money, SLOs.")
    },
    Section {
        ru: ("Хронология", "| Время | Событие |\n|---|---|"), en: ("Timeline", "| Time | Event |\n|---|---|")
    },
    Section {
        ru: ("Причины", "Корневая причина и способствующие факторы."),
        en: ("Root causes", "The root cause and contributing factors."),
    },
    Section {
        ru: ("Что сработало и что нет", "…"), en: ("What went well and what did not", "…")
    },
    Section {
        ru: ("Действия", "- [ ] … (ответственный, срок)"), en: ("Action items", "- [ ] … (owner, due date)")
    },
];

const TECH_ROADMAP_SECTIONS: &[Section] = &[
    Section { ru: ("Цели квартала", "1. …"), en: ("Quarter goals", "1. …") },
    Section {
        ru: ("Инициативы", "| Инициатива | Команда | Срок | Статус |\n|---|---|---|---|"),
        en: ("Initiatives", "| Initiative | Team | Due | Status |\n|---|---|---|---|"),
    },
    Section {
        ru: ("Зависимости", "Что нужно от других команд."),
        en: ("Dependencies", "What we need from other teams."),
    },
    Section {
        ru: ("Риски", "Что может сорвать план."), en: ("Risks", "What could derail the plan.")
    },
];

const ESTIMATE_SECTIONS: &[Section] = &[
    Section {
        ru: ("Объём работ", "Что входит в оценку."), en: ("Scope", "What the estimate covers.")
    },
    Section {
        ru: ("Разбивка", "| Задача | Оптимистично | Реалистично | Пессимистично |\n|---|---|---|---|"),
        en: ("Breakdown", "| Task | Optimistic | Likely | Pessimistic |\n|---|---|---|---|"),
    },
    Section { ru: ("Итого", "Сумма и диапазон."), en: ("Total", "Sum and range.") },
    Section { ru: ("Допущения", "- …"), en: ("Assumptions", "- …") },
    Section {
        ru: ("Уверенность", "Низкая / средняя / высокая — и почему."),
        en: ("Confidence", "Low / medium / high, and why."),
    },
];

const POC_SECTIONS: &[Section] = &[
    Section { ru: ("Гипотеза", "Что проверяем."), en: ("Hypothesis", "What we test.") },
    Section { ru: ("Критерии успеха", "- [ ] …"), en: ("Success criteria", "- [ ] …") },
    Section {
        ru: ("Окружение", "Версии, данные, нагрузка."), en: ("Environment", "Versions, data, load.")
    },
    Section {
        ru: ("Результаты", "Цифры и наблюдения."), en: ("Results", "Numbers and observations.")
    },
    Section {
        ru: ("Выводы и рекомендация", "Берём / не берём / нужно ещё."),
        en: ("Conclusion and recommendation", "Adopt / reject / needs more work."),
    },
];

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
