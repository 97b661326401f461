//! The nine deliverable kinds and what their file names carry.
//!
//! File-name patterns are the ones TPM deliverables are written with
//! (`adr-{number}-{title}.md`, `runbook-{service}.md`, …) plus adr-tools / MADR numbering
//! (`NNNN-title.md` inside an `adr/` or `decisions/` folder).

use std::fmt;

use serde::{Serialize, Serializer};

use super::adr_id::{self, AdrNumber};
use super::date::{Date, Quarter};

/// What a deliverable is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Architecture decision record.
    Adr,
    /// Technical specification.
    TechSpec,
    /// Infrastructure plan.
    InfraPlan,
    /// Migration guide.
    Migration,
    /// Operational runbook.
    Runbook,
    /// Incident post-mortem.
    Postmortem,
    /// Technical roadmap.
    TechRoadmap,
    /// Estimation breakdown.
    Estimate,
    /// Proof-of-concept report.
    Poc,
    /// Anything else.
    Page,
}

impl Kind {
    /// Every kind, in the order the portal lists them.
    pub const ALL: [Kind; 10] = [
        Kind::Adr,
        Kind::TechSpec,
        Kind::InfraPlan,
        Kind::Migration,
        Kind::Runbook,
        Kind::Postmortem,
        Kind::TechRoadmap,
        Kind::Estimate,
        Kind::Poc,
        Kind::Page,
    ];

    /// The id used in JSON, URLs and file-name prefixes (`tech-spec`…).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Adr => "adr",
            Kind::TechSpec => "tech-spec",
            Kind::InfraPlan => "infra-plan",
            Kind::Migration => "migration",
            Kind::Runbook => "runbook",
            Kind::Postmortem => "postmortem",
            Kind::TechRoadmap => "tech-roadmap",
            Kind::Estimate => "estimate",
            Kind::Poc => "poc",
            Kind::Page => "page",
        }
    }

    /// Parses a kind id, accepting `_` for `-` and any case.
    pub fn from_id(id: &str) -> Option<Kind> {
        let id = id.trim().to_lowercase().replace('_', "-");
        let id = if id == "post-mortem" { "postmortem".to_owned() } else { id };
        Kind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Reads back what [`Serialize`] writes: the kind's id.
impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Kind::from_id(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown kind: {id}")))
    }
}

/// What a file name says about its document.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct NameInfo {
    /// Kind from the name (`Page` when no pattern matches).
    pub kind: Option<Kind>,
    /// A leading number (`0003-use-kafka`) or the number after `ADR`, with the digit width
    /// the name writes it with. Outside a decisions folder a numbered name alone does not
    /// make an ADR; the text must have a decision record's shape too.
    pub number: Option<AdrNumber>,
    /// The series of a series-numbered ADR (`ODH-ADR-Operator-0007-…` → `Operator`).
    pub series: Option<String>,
    /// The name marks a template (`template.md`, `adr-template.md`, `0000-template.md`,
    /// `…-template.md`, `шаблон-…`): not a document of its own.
    pub template: bool,
    /// The kind comes from the folder the file is in (`specs/`), not from its name: a title
    /// that names another kind («Руководство по миграции: …») says more.
    pub kind_from_folder: bool,
    /// `README`, `index`: a folder's own page, whose title names the folder's kind rather
    /// than its own (`# Ранбуки`).
    pub index: bool,
    /// The subject part: feature, initiative, service, incident, project, technology, quarter.
    pub subject: String,
    /// Migration source and target.
    pub migration: Option<(String, String)>,
    /// Roadmap quarter.
    pub quarter: Option<Quarter>,
    /// A date in the name (PoC, post-mortem, a date-named ADR).
    pub date: Option<Date>,
    /// The date a date-named ADR's name starts with, as written (`20200925` for log4brains'
    /// `20200925-use-markdown.md`, or `2020-09-25`): such records are told apart by their
    /// whole name, not by a number, and are labelled by this.
    #[serde(default)]
    pub date_prefix: Option<String>,
    /// The file is in a decisions folder (`Решения/`, `decisions/`) and its name says no
    /// kind: a record there that states a decision's status is one, whatever its title.
    #[serde(default)]
    pub in_decisions_folder: bool,
}

/// Words that make a folder a decisions folder whose `NNNN-title.md` files are ADRs:
/// `adr`, `doc/adr`, `decisions`, `architecture-decision-records`, `adr-log`, `решения`…
const ADR_FOLDER_WORDS: [&str; 9] =
    ["adr", "adrs", "decision", "decisions", "решения", "решение", "решений", "rfc", "rfcs"];

/// True for a folder name that holds decision records.
fn is_adr_folder(name: &str) -> bool {
    name.to_lowercase().split(['-', '_', ' ', '.']).any(|word| ADR_FOLDER_WORDS.contains(&word))
}

/// True for a folder name that says only that documentation is inside (`docs`, `adr`,
/// `architecture`…), not whose: such a folder does not name a component.
pub(crate) fn is_generic_docs_folder(name: &str) -> bool {
    is_adr_folder(name)
        || matches!(
            name.to_lowercase().as_str(),
            "doc"
                | "docs"
                | "documentation"
                | "architecture"
                | "arch"
                | "records"
                | "design"
                | "документация"
                | "архитектура"
        )
}

/// True for a folder of templates (`templates/`, `шаблоны/`).
fn is_template_folder(name: &str) -> bool {
    matches!(name.to_lowercase().as_str(), "template" | "templates" | "шаблоны" | "_templates")
}

/// True for a file-name stem that marks a template.
fn is_template_name(lower_stem: &str) -> bool {
    lower_stem.split(['-', '_', ' ', '.']).any(|word| matches!(word, "template" | "templates" | "шаблон"))
}

/// The kind a folder of one kind of deliverable holds (`postmortems/`, `runbooks/`), for files
/// named without the kind's prefix.
fn kind_of_folder(folder: &str) -> Option<Kind> {
    // `01-incidents`, `Incident Reviews`, `02_runbooks`: without its number, words joined by `-`.
    let lower = folder.to_lowercase();
    let unnumbered = lower.trim_start_matches(|c: char| c.is_ascii_digit());
    let unnumbered =
        if unnumbered.len() < lower.len() { unnumbered.trim_start_matches(['-', '_', '.', ' ']) } else { &lower };
    let joined = unnumbered.replace([' ', '_'], "-");
    Some(match joined.as_str() {
        "postmortems" | "post-mortems" | "postmortem" | "incident-reviews" | "постмортемы" => {
            Kind::Postmortem
        }
        "runbooks" | "runbook" | "ранбуки" => Kind::Runbook,
        "roadmaps" | "roadmap" | "tech-roadmaps" => Kind::TechRoadmap,
        "estimates" | "оценки" => Kind::Estimate,
        "specs" | "tech-specs" | "спецификации" | "specifikacii" | "spetsifikatsii" => Kind::TechSpec,
        "pocs" | "poc" => Kind::Poc,
        "incidents" | "инциденты" | "разборы" | "разборы-инцидентов" | "incident-reports-and-reviews" => {
            Kind::Postmortem
        }
        // An ITSM export's problem records (ITIL's: an incident's causes and what is done about
        // them), Naumen Service Desk's `problems/PRB-2025-00318.md`.
        "problems" | "проблемы" | "problem-records" => Kind::Postmortem,
        "procedures" | "operations-procedures" | "operating-procedures" | "процедуры" | "инструкции-смены" => {
            Kind::Runbook
        }
        // Transliterated Russian folder names: `razbory/`, `postmortemy/`, `intsidenty/`.
        "razbory" | "postmortemy" | "intsidenty" | "incidenty" | "incident-reports" | "rca" => Kind::Postmortem,
        "reglamenty" | "регламенты" | "instruktsii" | "instrukcii" | "инструкции" | "ranbuki" => {
            Kind::Runbook
        }
        "otsenki" | "ocenki" => Kind::Estimate,
        "playbooks" | "плейбуки" => Kind::Runbook,
        // Methods of procedure and standard operating procedures: a telecom's `mop/`.
        "mop" | "mops" | "sop" | "sops" | "methods-of-procedure" => Kind::Runbook,
        "design" | "designs" | "design-docs" | "дизайн" => Kind::TechSpec,
        "migrations" | "миграции" => Kind::Migration,
        "infra" | "infrastructure" | "инфраструктура" => Kind::InfraPlan,
        _ => return None,
    })
}

/// The kind a title names before its subject, for a file whose name and folder say none:
/// «Ранбук: платёжный шлюз», "Incident review: indexer lag", «Оценка · Tracking API v3»,
/// "Technical specification — Refund API". A single word needs a separator after it
/// («Оценка рисков» is no estimate); a longer phrase needs only to end its word.
pub(crate) fn kind_of_title(title: &str) -> Option<Kind> {
    let title = without_stream(title);
    kind_of_keyless_title(title)
        .or_else(|| without_ticket_key(title).and_then(kind_of_keyless_title))
        .or_else(|| without_task_number(title).and_then(kind_of_keyless_title))
}

/// `#planning › оценка: миграция на NATS` (a Zulip topic exported under its stream): the
/// topic's name after the stream's.
fn without_stream(title: &str) -> &str {
    let Some(rest) = title.trim_start().strip_prefix('#') else { return title };
    match rest.split_once(" › ").or_else(|| rest.split_once(" > ")) {
        Some((stream, topic)) if !stream.contains(char::is_whitespace) => {
            topic.trim_start_matches(['✔', '✅', ' ']).trim_start()
        }
        _ => title,
    }
}

/// `Задача №2314. Разбор инцидента: …`, `Task #412: Post-mortem …`, «Заявка № 13305127 —
/// …»: a tracker's title after the task's word and number (`None` when it opens with none).
pub(crate) fn without_task_number(title: &str) -> Option<&str> {
    let title = title.trim_start();
    let (word, rest) = title.split_once(' ')?;
    let task_word = matches!(
        super::vocab::fold(word).as_str(),
        "задача" | "заявка" | "тикет" | "task" | "issue" | "ticket" | "item"
    );
    let rest = rest.trim_start().trim_start_matches(['№', '#']).trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '—' | '–' | '-' | '|' | '·'));
    (task_word && digits > 0 && after.len() < rest.len() - digits && !after.is_empty()).then_some(after)
}

/// `PLAT-125 · Оценка: перевод шлюза на Kafka`, `[OPS-7] Runbook: …`: a tracker's ticket
/// title after its key (`None` when it opens with none).
pub(crate) fn without_ticket_key(title: &str) -> Option<&str> {
    let title = title.trim_start();
    let bracketed = title.strip_prefix('[').and_then(|rest| rest.split_once(']'));
    let (key, rest) = match bracketed {
        Some((key, rest)) => (key, rest),
        None => title.split_at(title.find(|c: char| c.is_whitespace() || c == ':').unwrap_or(title.len())),
    };
    let (letters, number) = key.split_once('-')?;
    let keyed = (2..=10).contains(&letters.chars().count())
        && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && letters.starts_with(char::is_alphabetic)
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit());
    let rest =
        rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '·' | ':' | '—' | '–' | '-' | '|' | '.'));
    (keyed && !rest.is_empty()).then_some(rest)
}

/// [`kind_of_title`] of a title as it stands.
fn kind_of_keyless_title(title: &str) -> Option<Kind> {
    let folded = super::vocab::fold(title);
    let folded = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opening = TITLE_PHRASES.iter().find_map(|(phrase, kind)| {
        let rest = folded.strip_prefix(phrase)?;
        // «Чек-лист перевода …»: a hyphenated word is a phrase of its own.
        let single_word = !phrase.contains([' ', '-']);
        let after = rest.trim_start();
        let ends_word = rest.chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '-');
        // «СОП-МК-04. …», "RB-12: …": a kind's word with the document's code after a dash.
        let coded = rest.strip_prefix('-').is_some_and(|code| {
            code.split_whitespace().next().is_some_and(|code| code.bytes().any(|b| b.is_ascii_digit()))
        });
        // "KB0412: …": the kind's letters with the article's number right after them.
        let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let glued = digits.len() < rest.len() && digits.starts_with([':', '.', ' ']) && single_word;
        let separated = after.starts_with([':', '·', '—', '–', '|'])
            || after.starts_with("- ")
            || coded
            || numbered(after)
            || glued && !digits.trim_start_matches([':', '.']).is_empty();
        // «Архитектурное решение АР-002. …», "Architecture Decision: …": a decision record's
        // name needs its number or a separator after it ("Architecture decision log" is none).
        let coded_after = after.trim_start_matches(['№', '#']).split_whitespace().next().is_some_and(|code| {
            code.contains('-') && code.bytes().any(|b| b.is_ascii_digit()) && code.starts_with(char::is_alphabetic)
        });
        let decision =
            separated || after.starts_with(|c: char| c.is_ascii_digit()) || coded_after || *phrase == "rfc] ";
        // "Runbook ClickHouse — диск", "PoC ClickHouse Keeper": words that name nothing but
        // their kind need no separator.
        let unambiguous = ["runbook", "ранбук", "playbook", "postmortem", "постмортем", "poc", "пилот", "спецификация"]
            .contains(phrase);
        // «Решение 012 — каталог на OpenSearch», "Decision 7: …": a decision's number, then a
        // separator.
        let numbered_decision = *kind == Kind::Adr && {
            let (digits, rest) = after.split_at(after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len()));
            !digits.is_empty() && (rest.trim_start().starts_with(['—', '–', '-', ':', '.']) || rest.is_empty())
        };
        (if single_word {
            separated || unambiguous && ends_word && !after.is_empty() || numbered_decision
        } else if *kind == Kind::Adr {
            decision
        } else {
            ends_word
        })
        .then_some(*kind)
    });
    // "Exam Platform — roadmap 2026": a roadmap named mid-title has its year; "Roadmap"
    // alone may be a page about one.
    let dated = folded.split(|c: char| !c.is_ascii_digit()).any(|number| number.len() == 4 && number.starts_with("20"));
    // "Infra Roadmap H1 2026 — Project brief": what follows the dash says what the page is.
    let brief = folded.rsplit_once(['—', '–']).is_some_and(|(_, tail)| {
        matches!(tail.trim(), "project brief" | "brief" | "charter" | "overview" | "обзор" | "паспорт проекта")
    });
    let named =
        |(words, kind): &&(&str, Kind)| folded.contains(words) && (*kind != Kind::TechRoadmap || dated) && !brief;
    // «Регламент закрытия биллингового дня»: an operations regulation is its procedure.
    let regulation = folded.starts_with("регламент ").then_some(Kind::Runbook);
    opening
        .or(regulation)
        .or_else(|| TITLE_WORDS.iter().find(named).map(|(_, kind)| *kind))
        // "Payments DB: Postgres 13 → 16 upgrade estimate": the last word says what the page is.
        .or_else(|| closing_kind(folded))
        .or_else(|| moves_from_one_to_another(folded).then_some(Kind::Migration))
        .or_else(|| objectives(folded).then_some(Kind::TechRoadmap))
        .or_else(|| version_upgrade(folded).then_some(Kind::InfraPlan))
}

/// "Kubernetes 1.31 upgrade", «Обновление PostgreSQL до 16.4»: a title that upgrades something
/// to a version it names (a figure with a dot, or a number after «до» / "to").
fn version_upgrade(folded: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let upgrade = words.iter().any(|word| matches!(*word, "upgrade" | "обновление" | "апгрейд"));
    let versioned = words.iter().enumerate().any(|(at, word)| {
        let version = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '.');
        let version = version.strip_prefix('v').unwrap_or(version);
        let dotted = version.contains('.')
            && version.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
        let after_to = at > 0
            && matches!(words[at - 1], "до" | "to")
            && version.bytes().all(|b| b.is_ascii_digit())
            && !version.is_empty();
        dotted || after_to
    });
    // "Outage during the Kubernetes 1.31 upgrade": what happened on the way is no plan.
    let happened = ["incident", "outage", "during", "failed", "инцидент", "сбой", "авари", "при ", "во время"]
        .iter()
        .any(|word| folded.contains(word));
    upgrade && versioned && !happened
}

/// `📌 Decision`, «Регламент», "Incident review": a category's words that name a kind (an icon
/// before them aside).
pub(crate) fn kind_named(words: &str) -> Option<Kind> {
    let folded = super::vocab::fold(crate::text::without_leading_icon(words.trim()));
    Some(match folded.trim_matches(|c: char| !c.is_alphanumeric()) {
        "decision" | "adr" | "architecture decision" | "решение" | "архитектурное решение" => {
            Kind::Adr
        }
        "incident"
        | "incident review"
        | "postmortem"
        | "post-mortem"
        | "инцидент"
        | "разбор инцидента"
        // A message board's category (Basecamp's `🔍 Разбор`).
        | "разбор"

        | "постмортем" => Kind::Postmortem,
        "runbook" | "playbook" | "ранбук" | "регламент" => Kind::Runbook,
        "roadmap" | "роадмап" | "дорожная карта" => Kind::TechRoadmap,
        "estimate" | "оценка" => Kind::Estimate,
        "poc" | "proof of concept" | "пилот" => Kind::Poc,
        "spec" | "tech spec" | "спецификация" => Kind::TechSpec,
        "infra plan" | "infrastructure plan" | "инфраструктурный план" | "инфраплан" | "план инфраструктуры" => {
            Kind::InfraPlan
        }
        "migration" | "migration plan" | "миграция" | "план миграции" => Kind::Migration,
        _ => return None,
    })
}

/// "VictoriaMetrics rollout estimate", "Checkout v2 tech spec": a title that ends with its
/// kind's word after its subject.
fn closing_kind(folded: &str) -> Option<Kind> {
    const CLOSERS: [(&str, Kind); 19] = [
        (" estimate", Kind::Estimate),
        // "Apple Pay spike results": a timeboxed spike's findings.
        (" spike results", Kind::Poc),
        (" spike report", Kind::Poc),
        // "Pricing service v1 — design": the design, after a dash.
        (" — design", Kind::TechSpec),
        (" – design", Kind::TechSpec),
        (" - design", Kind::TechSpec),
        // «Офлайн-корзина — техспека», «Перенос платежей — спека», «… — ранбук».
        (" техспека", Kind::TechSpec),
        (" спека", Kind::TechSpec),
        (" ранбук", Kind::Runbook),
        (" постмортем", Kind::Postmortem),
        // "PD-118 Usage alerts — delivery sizing".
        (" sizing", Kind::Estimate),
        (" estimation", Kind::Estimate),
        (" runbook", Kind::Runbook),
        (" playbook", Kind::Runbook),
        (" postmortem", Kind::Postmortem),
        (" post-mortem", Kind::Postmortem),
        (" tech spec", Kind::TechSpec),
        (" design doc", Kind::TechSpec),
        (" poc", Kind::Poc),
    ];
    let folded = folded.trim_end_matches(|c: char| !c.is_alphanumeric());
    CLOSERS.iter().find(|(word, _)| folded.ends_with(word) && folded.len() > word.len()).map(|(_, kind)| *kind)
}

/// "Postgres multi-AZ plan", «План переезда в ЦОД-2»: a plan of work on systems, named so
/// and by nothing more exact (neither its title's other words nor its content say another
/// kind) — an infrastructure plan. A test, communication or hiring plan is none.
pub(crate) fn works_plan(title: &str) -> bool {
    let folded = &super::vocab::fold(title);
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    let named = words.first() == Some(&"план") || words.last() == Some(&"plan");
    named && words.len() >= 2 && !names_another_plan(folded)
}

/// A test, communication, hiring or training plan: no plan of works.
fn names_another_plan(folded: &str) -> bool {
    const OTHER_PLANS: [&str; 14] = [
        "test",
        "тестир",
        "communication",
        "коммуникац",
        "hiring",
        "найм",
        "onboarding",
        "обучен",
        "отпуск",
        "vacation",
        "marketing",
        "маркетинг",
        "training",
        "meeting",
    ];
    OTHER_PLANS.iter().any(|other| folded.contains(other))
}

/// «План команды на II квартал 2026», "Platform plan for H2 2026", «План на 2026 год»: a plan
/// named for a period, whose items are the period's work — a roadmap, not a works plan.
pub(crate) fn period_plan(title: &str) -> bool {
    let folded = super::vocab::fold(title);
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    // «План команды на …», «План на 2026 год», "Platform plan for H2": whose plan, or for
    // when — not «План расширения vm-ceph на 2026 год», a plan of one piece of work.
    let after = |word: &str| words.iter().position(|w| *w == word).and_then(|at| words.get(at + 1)).copied();
    let before =
        |word: &str| words.iter().position(|w| *w == word).and_then(|at| at.checked_sub(1)).map(|at| words[at]);
    const WHOSE: [&str; 10] = [
        "на",
        "команды",
        "группы",
        "отдела",
        "работ",
        "развития",
        "направления",
        "департамента",
        "подразделения",
        "платформы",
    ];
    const WORKS: [&str; 9] =
        ["migration", "upgrade", "expansion", "capacity", "rollout", "cutover", "infrastructure", "deployment", "test"];
    let named = after("план").is_some_and(|next| WHOSE.contains(&next))
        || words.contains(&"plan") && before("plan").is_none_or(|previous| !WORKS.contains(&previous));
    let year =
        words.iter().any(|word| word.len() == 4 && word.starts_with("20") && word.bytes().all(|b| b.is_ascii_digit()));
    let period = words.iter().any(|word| {
        matches!(*word, "квартал" | "кв" | "полугодие" | "quarter" | "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
    }) || year && words.iter().any(|word| matches!(*word, "год" | "year"));
    named && period && !names_another_plan(&folded)
}

/// "Data Platform OKRs — H1 2026", «OKR команды на 2 кв. 2026»: objectives and key results
/// for a period, which a roadmap's leader reads as its items.
fn objectives(folded: &str) -> bool {
    let dated = folded.split(|c: char| !c.is_ascii_digit()).any(|number| number.len() == 4 && number.starts_with("20"));
    dated && folded.split(|c: char| !c.is_alphanumeric()).any(|word| word == "okr" || word == "okrs")
}

/// «Миграция клиринговой БД с Oracle на PostgreSQL», "Migration of billing from Sybase to
/// Postgres": a title that opens with moving something and names where to.
fn moves_from_one_to_another(folded: &str) -> bool {
    const OPENERS: [&str; 8] =
        ["миграция ", "переезд ", "перенос ", "migration of ", "migrating ", "moving ", "план перехода ", "переход "];
    const TOWARDS: [&str; 4] = [" на ", " to ", "→", "->"];
    // «МИГ-01. План перехода …»: the document's code before its name.
    let folded = match folded.split_once(' ') {
        Some((code, rest))
            if code.contains('-') && code.bytes().any(|b| b.is_ascii_digit()) && code.ends_with(['.', ':']) =>
        {
            rest
        }
        _ => folded,
    };
    // «Миграция каталога из 1С-Битрикс в PIM»: from one into another.
    let from_into = folded.split_once(" из ").is_some_and(|(_, after)| after.contains(" в "));
    // "Metrics: Prometheus federation → Grafana Mimir": one system, an arrow, another.
    let arrowed = folded.split_once(" → ").is_some_and(|(from, to)| !from.trim().is_empty() && !to.trim().is_empty());
    arrowed
        || OPENERS.iter().any(|opener| folded.starts_with(opener))
            && (from_into || TOWARDS.iter().any(|word| folded.contains(word)))
}

/// The name after a leading sequence number (`041-adr-03-…` → `adr-03-…`).
fn after_sequence_number(stem: &str) -> Option<&str> {
    let digits = stem.bytes().take_while(u8::is_ascii_digit).count();
    let rest = stem[digits..].strip_prefix(['-', '_', ' '])?;
    (digits > 0 && !rest.is_empty()).then_some(rest)
}

/// «И-07. Оформление …», «№ 4. …», "No. 12 — …": a document's number after a kind's word,
/// then a separator. A number has `№` before it or a dash inside (`И-07`): «1С: обмен» is
/// no number.
fn numbered(after_word: &str) -> bool {
    let mut tokens = after_word.split_whitespace().peekable();
    let sign = tokens.next_if(|token| matches!(*token, "№" | "no." | "#")).is_some();
    let Some(code) = tokens.next() else { return false };
    let bare = code.trim_end_matches(['.', ':', ',']);
    let digits = bare.bytes().any(|b| b.is_ascii_digit());
    let shaped = sign || bare.trim_start_matches('№').contains('-') || code.starts_with('№');
    let ended = code.len() > bare.len() || tokens.next().is_some_and(|next| matches!(next, "—" | "–" | "-" | "|"));
    digits && shaped && ended
}

/// Phrases that name a kind anywhere in a title («Протокол № 7 разбора инцидента»,
/// «Заключение по результатам служебного расследования», «OKR группы — техническая
/// дорожная карта»), when no phrase opens it.
const TITLE_WORDS: [(&str, Kind); 66] = [
    // A Word document's title block: «АКТ № ИНЦ-2026-007 разбора инцидента …», «РЕШЕНИЕ №
    // АК-2025/03 …», «ПЛАН РАБОТ на I полугодие 2026 года», «ПЛАН модернизации СХД».
    ("разбора инцидента", Kind::Postmortem),
    ("о разборе инцидента", Kind::Postmortem),
    ("решение №", Kind::Adr),
    ("решения №", Kind::Adr),
    ("план работ", Kind::TechRoadmap),
    ("план модернизации", Kind::InfraPlan),
    // «Релиз мобилки — чеклист»: a checklist named after what it is for.
    ("чеклист", Kind::Runbook),
    ("об ит-инциденте", Kind::Postmortem),
    ("об инциденте", Kind::Postmortem),
    ("infrastructure plan", Kind::InfraPlan),
    ("план инфраструктуры", Kind::InfraPlan),
    // "Kubernetes 1.29 → 1.31 upgrade plan", «План обновления кластеров Kubernetes».
    ("upgrade plan", Kind::InfraPlan),
    // "GPU cluster expansion 2026", «Расширение кластера Ceph»: adding capacity is a change
    // of infrastructure.
    ("cluster expansion", Kind::InfraPlan),
    ("capacity expansion", Kind::InfraPlan),
    ("capacity plan", Kind::InfraPlan),
    ("расширение кластера", Kind::InfraPlan),
    // «Сплит-платежи — техническое описание»: a spec named by its ГОСТ word.
    ("техническое описание", Kind::TechSpec),
    // "Karpenter PoC — report".
    (" poc ", Kind::Poc),
    // "Why we chose Temporal over Celery (RFC)": a decision told as its reason.
    ("why we chose", Kind::Adr),
    ("почему мы выбрали", Kind::Adr),
    ("план обновления", Kind::InfraPlan),
    ("technology readiness assessment", Kind::Poc),
    ("milestone trend", Kind::TechRoadmap),
    ("план-график переключения", Kind::Migration),
    // «План-график работ на 2026 год»: what is done when, and where each stands.
    ("план-график работ", Kind::TechRoadmap),
    // «План развития ИТ на 2026 год», "IT development plan 2026": directions by quarter.
    ("план развития", Kind::TechRoadmap),
    ("development plan", Kind::TechRoadmap),
    ("план переключения", Kind::Migration),
    ("cutover plan", Kind::Migration),
    ("standard operating procedure", Kind::Runbook),
    // Industry forms: an aviation-style quick reference handbook, a TWI job breakdown, a
    // substation's switching form, a duty engineer's algorithm, a ServiceNow-style article.
    ("quick reference handbook", Kind::Runbook),
    ("non-normal checklist", Kind::Runbook),
    ("job breakdown", Kind::Runbook),
    ("разбивка работы", Kind::Runbook),
    ("бланк переключений", Kind::Runbook),
    ("алгоритм действий", Kind::Runbook),
    // A safety management system's occurrence report, a plant's loss report, a theory of
    // constraints' current reality tree of what went wrong.
    ("occurrence report", Kind::Postmortem),
    ("loss report", Kind::Postmortem),
    ("дерево текущей реальности", Kind::Postmortem),
    ("current reality tree", Kind::Postmortem),
    // A GOST 34 technical design's explanatory note; a site survey with its design.
    ("пояснительная записка к техническому проекту", Kind::TechSpec),
    ("site survey", Kind::InfraPlan),
    // Impact maps and story maps sliced into releases, named with their year.
    // "PROBE estimate — …", "Bucket estimate: …": a method's estimate named before a dash.
    ("estimate —", Kind::Estimate),
    ("estimate:", Kind::Estimate),
    ("impact map", Kind::TechRoadmap),
    ("story map", Kind::TechRoadmap),
    ("method of procedure", Kind::Runbook),
    ("alarm response card", Kind::Runbook),
    ("alarm response procedure", Kind::Runbook),
    ("стандартная операционная процедура", Kind::Runbook),
    ("памятка дежурного", Kind::Runbook),
    // «Памятка дежурному по платформе», «ClickHouse памятка дежурному»: wherever it stands.
    ("памятка дежурному", Kind::Runbook),
    ("шпаргалка дежурного", Kind::Runbook),
    ("разбора инцидента", Kind::Postmortem),
    ("расследования инцидента", Kind::Postmortem),
    ("служебного расследования", Kind::Postmortem),
    ("post-incident report", Kind::Postmortem),
    ("post-incident review", Kind::Postmortem),
    ("плана действий при", Kind::Runbook),
    ("план действий при", Kind::Runbook),
    ("дорожная карта", Kind::TechRoadmap),
    ("roadmap", Kind::TechRoadmap),
    // «Техроадмап поиска — Q2 2026», «🗺️ Роадмап 2026 H1».
    ("техроадмап", Kind::TechRoadmap),
    ("роадмап", Kind::TechRoadmap),
    // «Рекуррентные платежи: техническая спецификация».
    ("техническая спецификация", Kind::TechSpec),
    ("technical specification", Kind::TechSpec),
];

/// What titles call each kind, in both languages (folded: lower case, ё as е).
const TITLE_PHRASES: [(&str, Kind); 132] = [
    ("basis of estimate", Kind::Estimate),
    // «Оценка переезда на Stripe», «Оценка работ по …»: an estimate of a piece of work (not
    // «Оценка рисков»).
    ("оценка переезда", Kind::Estimate),
    ("оценка миграции", Kind::Estimate),
    ("оценка перехода", Kind::Estimate),
    ("оценка внедрения", Kind::Estimate),
    ("оценка разработки", Kind::Estimate),
    ("оценка работ", Kind::Estimate),
    ("оценка сроков", Kind::Estimate),
    // "Upgrading to 0.10", "Upgrade guide: …": what users do to move to a new version.
    ("upgrading to", Kind::Migration),
    ("upgrade guide", Kind::Migration),
    ("руководство по обновлению", Kind::Migration),
    // "Experiment: io_uring socket ingest": a trial and its verdict.
    ("experiment", Kind::Poc),
    ("эксперимент", Kind::Poc),
    // A decision record named in words rather than `ADR-N` (see `kind_of_title`).
    ("запись архитектурного решения", Kind::Adr),
    // «Техническое решение ТР-2026-03 …» in a GOST-style register; «Протокол
    // архитектурного комитета № АК-2025-14».
    ("техническое решение", Kind::Adr),
    // «Отчёт о макетировании»: a prototype built to answer a question, as a PoC is.
    ("отчет о макетировании", Kind::Poc),
    ("результаты макетирования", Kind::Poc),
    ("протокол архитектурного комитета", Kind::Adr),
    ("решение архитектурного комитета", Kind::Adr),
    // A GitHub issue titled `[RFC] … (RFC-018)`.
    ("rfc] ", Kind::Adr),
    ("архитектурное решение", Kind::Adr),
    ("architecture decision record", Kind::Adr),
    ("architecture decision", Kind::Adr),
    ("architectural decision", Kind::Adr),
    ("отчет об ит-инциденте", Kind::Postmortem),
    ("карточка инцидента", Kind::Postmortem),
    ("spec", Kind::TechSpec),
    ("specification", Kind::TechSpec),
    ("спецификация", Kind::TechSpec),
    ("sop", Kind::Runbook),
    ("mop", Kind::Runbook),
    ("qrh", Kind::Runbook),
    // A knowledge base article, "KB0412: …".
    ("kb", Kind::Runbook),
    ("соп", Kind::Runbook),
    ("pilot report", Kind::Poc),
    ("отчет о пилоте", Kind::Poc),
    // A GOST 34 test protocol of a pilot («Протокол испытаний № 2 …»).
    ("протокол испытаний", Kind::Poc),
    // An interface control document: "ICD-ROC-PPC-002 — …".
    ("icd", Kind::TechSpec),
    ("interface control document", Kind::TechSpec),
    ("пилот", Kind::Poc),
    ("retrospective", Kind::Postmortem),
    ("ретроспектива", Kind::Postmortem),
    ("ретро", Kind::Postmortem),
    // "Retro: EHR sync outage" (a retro board's export).
    ("retro", Kind::Postmortem),
    ("bow-tie review", Kind::Postmortem),
    ("fmea", Kind::Postmortem),
    ("акт о неисправности", Kind::Postmortem),
    ("карта инцидента", Kind::Postmortem),
    ("чек-лист", Kind::Runbook),
    ("порядок перехода", Kind::Migration),
    ("техническая дорожная карта", Kind::TechRoadmap),
    ("дорожная карта", Kind::TechRoadmap),
    ("руководство по миграции", Kind::Migration),
    ("план инфраструктуры", Kind::InfraPlan),
    ("технический дизайн", Kind::TechSpec),
    ("миграция на", Kind::Migration),
    ("миграция с", Kind::Migration),
    ("переезд на", Kind::Migration),
    ("переезд с", Kind::Migration),
    ("migration to", Kind::Migration),
    ("migrating to", Kind::Migration),
    ("runbook", Kind::Runbook),
    ("ранбук", Kind::Runbook),
    ("playbook", Kind::Runbook),
    // «Решение: оркестратор пайплайнов», "Decision: use Kafka" (not "Decision log").
    ("решение", Kind::Adr),
    ("decision", Kind::Adr),
    ("postmortem", Kind::Postmortem),
    ("post-mortem", Kind::Postmortem),
    ("пост-мортем", Kind::Postmortem),
    ("постмортем", Kind::Postmortem),
    ("разбор инцидента", Kind::Postmortem),
    ("incident review", Kind::Postmortem),
    ("incident report", Kind::Postmortem),
    ("incident postmortem", Kind::Postmortem),
    ("техническая спецификация", Kind::TechSpec),
    ("техспецификация", Kind::TechSpec),
    // «Спецификация CDC из PostgreSQL».
    ("спецификация", Kind::TechSpec),
    ("tech spec", Kind::TechSpec),
    ("technical specification", Kind::TechSpec),
    ("design doc", Kind::TechSpec),
    // «Дизайн: сервис уведомлений о задержке», "Design: …" (a tracker's design story).
    ("дизайн", Kind::TechSpec),
    ("design", Kind::TechSpec),
    ("оценка трудозатрат", Kind::Estimate),
    ("оценка трудоемкости", Kind::Estimate),
    ("оценка", Kind::Estimate),
    ("estimate", Kind::Estimate),
    // "Sizing - Merchant statements v2": a team's sizing in points.
    ("sizing", Kind::Estimate),
    ("технический роадмап", Kind::TechRoadmap),
    // «Спека: исправление опечаток», «Техспека — вебхуки v2».
    ("спека", Kind::TechSpec),
    ("техспека", Kind::TechSpec),
    ("роадмап", Kind::TechRoadmap),
    ("tech roadmap", Kind::TechRoadmap),
    ("roadmap", Kind::TechRoadmap),
    ("план миграции", Kind::Migration),
    ("гайд по миграции", Kind::Migration),
    // «Руководство по переходу с RabbitMQ на Kafka»: a guide for the teams that move.
    ("руководство по переходу", Kind::Migration),
    ("руководство по миграции", Kind::Migration),
    ("инструкция по переходу", Kind::Migration),
    ("migration guide", Kind::Migration),
    ("миграция", Kind::Migration),
    ("инфраструктурный план", Kind::InfraPlan),
    // «Инфраплан — кластер PostgreSQL на Patroni».
    ("инфраплан", Kind::InfraPlan),
    ("infrastructure plan", Kind::InfraPlan),
    ("infra plan", Kind::InfraPlan),
    // "Change plan: move general workloads to the arm64 node pool" (a change request's plan).
    ("change plan", Kind::InfraPlan),
    ("план изменений", Kind::InfraPlan),
    ("poc", Kind::Poc),
    ("proof of concept", Kind::Poc),
    // "Spike: OpenFeature with flagd", «Спайк: PgCat vs PgBouncer» (a tracker's spike issue).
    ("spike", Kind::Poc),
    ("спайк", Kind::Poc),
    // «Результаты PoC — Temporal для оркестрации выплат».
    ("результаты poc", Kind::Poc),
    ("результаты пилота", Kind::Poc),
    ("poc results", Kind::Poc),
    // "Proposal - Move Orchestration from Airflow to Dagster", "RFC: …": a decision put up.
    ("proposal", Kind::Adr),
    ("rfc", Kind::Adr),
    ("акт расследования", Kind::Postmortem),
    ("протокол разбора", Kind::Postmortem),
    ("разбор", Kind::Postmortem),
    ("post-incident report", Kind::Postmortem),
    ("post-incident review", Kind::Postmortem),
    ("incident debrief", Kind::Postmortem),
    ("weekly incident review", Kind::Postmortem),
    ("correction of error", Kind::Postmortem),
    ("root cause analysis", Kind::Postmortem),
    ("rca", Kind::Postmortem),
    ("инструкция дежурного", Kind::Runbook),
    // «Дежурство: растёт лаг консьюмеров Kafka»: what the person on duty does about one alert.
    ("дежурство", Kind::Runbook),
    ("инструкция оператора", Kind::Runbook),
    ("инструкция", Kind::Runbook),
    ("rb", Kind::Runbook),
    ("техническое задание", Kind::TechSpec),
    ("тз", Kind::TechSpec),
];

/// `README`, `index`, `_index`: a folder's own page, not one of its documents.
fn is_index_name(lower_stem: &str) -> bool {
    // XWiki's `WebHome` is a space's (a folder's) own page.
    matches!(lower_stem, "readme" | "index" | "_index" | "summary" | "overview" | "webhome")
}

/// The prefixes of [`PREFIXES`] that are Russian words: a Russian name's first word says
/// what the document is.
const TRANSLITERATED: [&str; 8] = [
    "akt-",
    "sluzhebnoe-rassledovanie-",
    "karta-intsidenta-",
    "reglament-",
    "chek-list-",
    "migratsiya-",
    "otsenka-",
    "okr-",
];

const PREFIXES: [(&str, Kind); 36] = [
    ("technology-roadmap-", Kind::TechRoadmap),
    // Russian kinds, transliterated: «акт», «служебное расследование», «карта инцидента»,
    // «регламент», «чек-лист», «миграция», «оценка», OKR.
    ("akt-", Kind::Postmortem),
    ("sluzhebnoe-rassledovanie-", Kind::Postmortem),
    ("karta-intsidenta-", Kind::Postmortem),
    ("reglament-", Kind::Runbook),
    ("chek-list-", Kind::Runbook),
    ("checklist-", Kind::Runbook),
    ("migratsiya-", Kind::Migration),
    ("otsenka-", Kind::Estimate),
    ("okr-", Kind::TechRoadmap),
    ("pm-", Kind::Postmortem),
    ("rca-", Kind::Postmortem),
    ("coe-", Kind::Postmortem),
    ("incident-", Kind::Postmortem),
    ("rb-", Kind::Runbook),
    ("playbook-", Kind::Runbook),
    ("est-", Kind::Estimate),
    ("tz-", Kind::TechSpec),
    ("design-", Kind::TechSpec),
    // `spike-openfeature-flagd`: a time-boxed trial of a technology.
    ("spike-", Kind::Poc),
    ("tech-spec-", Kind::TechSpec),
    ("spec-", Kind::TechSpec),
    ("roadmap-", Kind::TechRoadmap),
    ("incident-review-", Kind::Postmortem),
    ("infra-plan-", Kind::InfraPlan),
    ("migration-", Kind::Migration),
    ("runbook-", Kind::Runbook),
    ("postmortem-", Kind::Postmortem),
    ("post-mortem-", Kind::Postmortem),
    ("tech-roadmap-", Kind::TechRoadmap),
    ("estimate-", Kind::Estimate),
    ("poc-", Kind::Poc),
    // A wiki's Cyrillic page names: `Постмортем-2025-09-18-Отказ-DNS`, `Ранбук-…`.
    ("постмортем-", Kind::Postmortem),
    ("разбор-инцидента-", Kind::Postmortem),
    ("ранбук-", Kind::Runbook),
    ("роадмап-", Kind::TechRoadmap),
];

/// Kind words a name may end with after `.`, `-` or `_`: `chunk-recovery.runbook`,
/// `2026-03-02-outage-postmortem`, `platform_roadmap`.
const SUFFIXES: [(&str, Kind); 9] = [
    ("postmortem", Kind::Postmortem),
    ("post-mortem", Kind::Postmortem),
    ("rca", Kind::Postmortem),
    ("runbook", Kind::Runbook),
    ("playbook", Kind::Runbook),
    ("roadmap", Kind::TechRoadmap),
    ("estimate", Kind::Estimate),
    ("spec", Kind::TechSpec),
    ("poc", Kind::Poc),
];

/// The kind a name's last word names, and the name before that word; a name that is that
/// word alone (`services/drm-gateway/RUNBOOK.md`, `POSTMORTEM.md`) names its folder.
fn kind_suffix(lower_stem: &str) -> Option<(Kind, &str)> {
    if let Some((_, kind)) = SUFFIXES.iter().find(|(word, _)| *word == lower_stem && *word != "spec") {
        return Some((*kind, ""));
    }
    // `met_mast_icing_rca_2026_03_03`: the kind's word before the day it is about.
    ends_with_kind(lower_stem).or_else(|| ends_with_kind(trailing_date(lower_stem)?.0))
}

/// The kind a name's last word names after `.`, `-` or `_`, and the name before it.
fn ends_with_kind(stem: &str) -> Option<(Kind, &str)> {
    SUFFIXES.iter().find_map(|(word, kind)| {
        let rest = stem.strip_suffix(word)?;
        // `Offline cart - tech spec`, `Kafka — runbook`: the kind after a spaced dash.
        let spaced = || {
            let rest = rest.strip_suffix(' ')?;
            let rest = rest.strip_suffix(" tech").unwrap_or(rest);
            rest.strip_suffix(" -").or_else(|| rest.strip_suffix(" —")).or_else(|| rest.strip_suffix(" –"))
        };
        let before = rest.strip_suffix(['.', '-', '_']).or_else(spaced)?;
        (!before.is_empty()).then_some((*kind, before))
    })
}

/// A name that ends with a date after `-`, `_` or `.` (`…_2026_03_03`, `…-2026-03-03`,
/// `….20260303`): the name before it and the date, read as [`date_prefix`] reads a leading one.
fn trailing_date(lower_stem: &str) -> Option<(&str, Date)> {
    [10, 8].into_iter().find_map(|len| {
        let at = lower_stem.len().checked_sub(len)?;
        let before = lower_stem.get(..at)?.strip_suffix(['-', '_', '.'])?;
        let dashed = lower_stem.get(at..)?.replace('_', "-");
        let (_, date, rest) = date_prefix(&dashed)?;
        (rest.is_empty() && !before.is_empty()).then_some((before, date))
    })
}

/// Reads kind, number and subject from a source path such as `adr/0003-use-kafka.md`.
pub(crate) fn classify(rel_path: &str) -> NameInfo {
    // Ids a tool writes into names say nothing of the kind: read the names without them.
    let unmarked = without_ids(rel_path);
    if unmarked != rel_path {
        return classify(&unmarked);
    }
    // An Azure DevOps wiki's `ADR%2D001-ClickHouse.md`: the name as its page is named.
    if rel_path.contains('%') {
        let decoded = crate::urls::percent_decode(rel_path);
        if decoded != rel_path {
            return classify(&decoded);
        }
    }
    let mut parts: Vec<&str> = rel_path.split('/').collect();
    let file = parts.pop().unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    // Logseq's `adr___0005.md` is the page `adr/0005`: a record in its decisions namespace.
    if let Some((namespace, name)) = stem
        .rsplit_once("___")
        .filter(|(namespace, name)| !name.is_empty() && namespace.split("___").next().is_some_and(is_adr_folder))
    {
        let folders: Vec<&str> = parts.iter().copied().chain(namespace.split("___")).collect();
        return classify_as(&folders, name, false);
    }
    let lower = stem.to_lowercase();
    let template = is_template_name(&lower) || parts.iter().any(|dir| is_template_folder(dir));
    // `docs/media/recordings-lost-upload/index.md`: a page bundle, named by its folder.
    // XWiki's `Decisions/ADR-003/WebHome.md` likewise.
    if lower == "index" || lower == "webhome" {
        if let Some((slug, folders)) = parts.split_last().filter(|(slug, _)| is_bundle_folder(slug)) {
            return classify_as(folders, slug, template);
        }
    }
    // `Ранбуки/Переключение PostgreSQL/Переключение PostgreSQL.md`: a page named as the folder
    // that holds it and its sub-pages is that folder's page.
    if let Some((folder, folders)) = parts.split_last().filter(|(folder, _)| folder.eq_ignore_ascii_case(stem)) {
        if !folders.is_empty() && is_bundle_folder(folder) {
            return classify_as(folders, folder, template);
        }
    }
    // `mr-251-adr-0004-feature-store-scoring`: a merge request's key, then the record's own
    // name with its ADR number.
    let upper = stem.to_ascii_uppercase();
    let after_upper_key = tracker_key_stripped(&upper);
    if let Some(rest) = after_upper_key.map(|rest| &stem[stem.len() - rest.len()..]) {
        if adr_id::file_name(rest).is_some_and(|named| named.number.is_some()) {
            return classify_as(&parts, rest, template);
        }
    }
    // `TOS-1412_akt_o_neispravnosti.md`: a tracker's key first says nothing of the kind;
    // in a decisions folder (`Решения — Decision log/DR-01 Расчёт начислений.md`) it is the
    // record's own code, and the file a decision record (its number is the team's, not an
    // ADR number, so none is taken).
    if let Some(rest) = tracker_key_stripped(stem) {
        if parts.iter().any(|dir| is_adr_folder(dir)) && !is_index_name(&lower) {
            return NameInfo { kind: Some(Kind::Adr), subject: rest.to_lowercase(), template, ..NameInfo::default() };
        }
        return classify_as(&parts, rest, template);
    }
    // `decisions/dr-008-iceberg-table-format`: the team's code in lower case — unless it is
    // «АР» transliterated (`ar-001-kafka-event-bus`), an ADR number.
    let transliterated_record = ["ar-", "ar_"].iter().any(|prefix| lower.starts_with(prefix))
        && adr_id::file_name(stem).is_some_and(|named| named.number.is_some());
    let in_adr_folder = parts.iter().any(|dir| is_adr_folder(dir));
    if let Some(rest) = after_upper_key.filter(|_| in_adr_folder && !transliterated_record) {
        if !is_index_name(&lower) && !template {
            let subject = lower[lower.len() - rest.len()..].to_owned();
            return NameInfo { kind: Some(Kind::Adr), subject, template, ..NameInfo::default() };
        }
    }
    // `20260207-incident-onsale-queue`: a date first, then a name that says the kind.
    if let Some((_, date, rest)) = date_prefix(stem) {
        let rest = rest.trim_start_matches(['-', '_', '.']);
        if prefixed_kind(rest).is_some() || adr_id::file_name(rest).is_some() {
            let mut info = classify_as(&parts, rest, template);
            info.date = info.date.or(Some(date));
            return info;
        }
    }
    // `discussions/adr/041-adr-03-tiered-storage`: an export's own sequence number (a
    // discussion's, an issue's) first, then the record's name with its own ADR number.
    if let Some(rest) = after_sequence_number(stem) {
        if adr_id::file_name(rest).is_some_and(|named| named.number.is_some()) {
            return classify_as(&parts, rest, template);
        }
    }
    let Some((prefix, kind)) = prefixed_kind(&lower) else {
        let in_decisions_folder = parts.iter().any(|dir| is_adr_folder(dir));
        let mut info = adr_name(stem, &lower, in_decisions_folder);
        info.template = template;
        info.in_decisions_folder = in_decisions_folder && info.kind.is_none();
        // `Инциденты/Инциденты.md`: an Obsidian folder note, the folder's own page.
        let folder_note = parts.last().is_some_and(|folder| folder.to_lowercase() == lower);
        info.index = is_index_name(&lower) || folder_note && info.number.is_none();
        if info.kind.is_none() {
            if let Some((kind, before)) = kind_suffix(&lower) {
                // `2026-01-19.broker-split.postmortem.md`, `chunk-recovery.runbook.md`.
                info.kind = Some(kind);
                let before = if before.is_empty() { parts.last().copied().unwrap_or_default() } else { before };
                info.subject = date_prefix(before)
                    .map_or(before, |(_, _, rest)| rest.trim_start_matches(['-', '_', '.']))
                    .to_lowercase();
                if kind == Kind::Postmortem {
                    info.date = info
                        .date
                        .or_else(|| Date::find(&lower))
                        .or_else(|| trailing_date(&lower).map(|(_, date)| date));
                }
                return info;
            }
        }
        // `ocs-overload-2026-01-27`, `scada_frontend_loss_2026_01_17`: the day a name ends
        // with is the day the document is about.
        info.date = info.date.or_else(|| trailing_date(&lower).map(|(_, date)| date));
        if info.kind.is_none() && !info.index {
            // `postmortems/2026-03-02-ingress-outage.md`: the folder says what it is; in a
            // Dendron vault's `plan.infra.kafka-kraft.md` the dotted parts are its folders.
            let dotted_folders = || lower.split('.').rev().skip(1).find_map(kind_of_folder);
            // `infra/edge-gateway-rollout.md` is a plan; a wiki's collection titled
            // «Инфраструктура» (`👋 Добро пожаловать.md`, `📖 Runbook ClickHouse.md`) is a topic.
            let titled = parts.last().is_some_and(|folder| folder.starts_with(char::is_uppercase));
            let a_plan =
                |kind: &Kind| *kind != Kind::InfraPlan || !titled || lower.contains("plan") || lower.contains("план");
            // `runbooks/k8s/node-drain.md`, `incidents/2025/…`: a topic's or a year's folder
            // inside a folder of one kind (not of plans: `infra/` holds more than plans).
            let grandparent = || {
                let folder = parts.len().checked_sub(2).map(|at| parts[at])?;
                kind_of_folder(folder).filter(|kind| *kind != Kind::InfraPlan)
            };
            let folder_kind =
                parts.last().and_then(|folder| kind_of_folder(folder)).or_else(dotted_folders).or_else(grandparent);
            if let Some(kind) = folder_kind.filter(a_plan) {
                info.kind = Some(kind);
                info.kind_from_folder = true;
                if kind == Kind::Postmortem {
                    info.date = info.date.or_else(|| Date::find(&lower));
                }
            }
        }
        return info;
    };
    let rest = lower[prefix.len()..].trim_start_matches(['-', '_', '.', ' ']);
    // `Migration-estimate`, `incident-response-runbook`: an English name's last word is what
    // the document is, the first what it is about.
    let kind = match kind_suffix(&lower) {
        Some((suffixed, _)) if prefix.is_ascii() && !TRANSLITERATED.contains(prefix) => suffixed,
        _ => *kind,
    };
    let mut info = NameInfo { kind: Some(kind), subject: rest.to_owned(), template, ..NameInfo::default() };
    match kind {
        Kind::Migration => {
            info.migration = rest.split_once("-to-").map(|(from, to)| (from.to_owned(), to.to_owned()));
        }
        Kind::TechRoadmap => info.quarter = quarter(rest),
        Kind::Poc | Kind::Postmortem => {
            // `INCIDENT_20260124`: a compact date too.
            info.date = Date::find(rest).or_else(|| date_prefix(rest).map(|(_, date, _)| date));
            if kind == Kind::Poc {
                info.subject = strip_trailing_date(rest).to_owned();
            }
        }
        _ => {}
    }
    info
}

/// `rel_path` without the ids export and note-taking tools put into names: Notion's page id
/// after the title (`Incident reviews 0445…ae/GSR-26-02 Wrong-frame … 4546…23.md`),
/// Johnny.Decimal's area and category numbers (`10-19 Эксплуатация/11 Разборы инцидентов/11.01
/// Сбой передачи BSM.md`), a Zettelkasten note's creation stamp (`202603091745-habr-draft.md`).
fn without_ids(rel_path: &str) -> String {
    let mut parts: Vec<String> = rel_path.split('/').map(str::to_owned).collect();
    let Some(file) = parts.pop() else { return rel_path.to_owned() };
    let (stem, extension) = file.rsplit_once('.').unwrap_or((file.as_str(), ""));
    // `📐 АР-08 Поиск на OpenSearch`: a wiki's icon before the name.
    let stem = crate::text::without_leading_icon(without_notion_id(stem));
    let stem = without_decimal_id(stem, true);
    let stem = without_timestamp(stem);
    let folders = parts.iter().map(|folder| {
        without_decimal_id(crate::text::without_leading_icon(without_notion_id(folder)), false).to_owned()
    });
    let file = if extension.is_empty() { stem.to_owned() } else { format!("{stem}.{extension}") };
    folders.chain([file]).collect::<Vec<_>>().join("/")
}

/// `Incident reviews 04458dfed0d2c1a8eac3575eea8e29ae` → `Incident reviews`.
fn without_notion_id(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((title, id))
            if id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) && !title.trim().is_empty() =>
        {
            title.trim_end()
        }
        _ => name,
    }
}

/// `11.01 Сбой передачи BSM` → `Сбой передачи BSM` (a note, `file`); `11 Разборы инцидентов`,
/// `10-19 Эксплуатация` → the words (a folder).
fn without_decimal_id(name: &str, file: bool) -> &str {
    let Some((id, title)) = name.split_once(' ') else { return name };
    let digits = |text: &str| text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit());
    let is_id = if file {
        id.split_once('.').is_some_and(|(area, item)| digits(area) && digits(item))
    } else {
        digits(id) || id.split_once('-').is_some_and(|(from, to)| digits(from) && digits(to))
    };
    if is_id && !title.trim().is_empty() {
        title.trim_start()
    } else {
        name
    }
}

/// `202603091745-habr-draft-pinpad-outage` → `habr-draft-pinpad-outage`: a 12- or 14-digit
/// creation stamp is the note's id, not its date.
fn without_timestamp(stem: &str) -> &str {
    let digits = stem.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &stem[digits..];
    let stamp = (digits == 12 || digits == 14) && stem.starts_with("20");
    match rest.strip_prefix(['-', '_', ' ']) {
        Some(after) if stamp && !after.is_empty() => after,
        _ => stem,
    }
}

/// A folder that is one page's bundle (Hugo, Docusaurus: `<slug>/index.md`): a name of
/// several words that says no kind of documents and no docs folder.
fn is_bundle_folder(name: &str) -> bool {
    // `adr-007-face-detection/` is one decision's bundle; `adr-log/` is a decisions folder.
    let one_decision = adr_id::file_name(name).is_some_and(|adr| adr.number.is_some());
    // A page's name with spaces too (`Ранбуки/Продление сертификатов/index.md`, as Coda and
    // Notion export a page with sub-pages).
    name.contains(['-', '_', ' '])
        && kind_of_folder(name).is_none()
        && (one_decision || !is_generic_docs_folder(name))
        && !is_template_folder(name)
}

/// `TOS-1412_akt_o_neispravnosti` → `akt_o_neispravnosti`: a name that opens with a
/// tracker's key (capitals, a dash, digits) and goes on after `_` or `-`. Not `ADR-12`, nor
/// a Russian team's record word («АР-01», «АДР-3»). A register's one-letter Cyrillic code
/// («Р-07 Двухнедельные релизные поезда», «Р» for «решение») is a key too.
fn tracker_key_stripped(stem: &str) -> Option<&str> {
    let (key, rest) = stem.split_once('-')?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let after = rest[digits..].strip_prefix(['_', '-', ' '])?;
    let latin = (2..=10).contains(&key.len()) && key.chars().all(|c| c.is_ascii_uppercase());
    let cyrillic = (1..=6).contains(&key.chars().count())
        && key.chars().all(|c| c.is_uppercase() && matches!(c, 'А'..='Я' | 'Ё'))
        && !matches!(key, "АР" | "АДР");
    let is_key = latin || cyrillic;
    // `PM-2026-02-20-x`, `RB-…`: a kind's own prefix, not a tracker's.
    let kind_prefix = PREFIXES.iter().any(|(prefix, _)| prefix.trim_end_matches('-').eq_ignore_ascii_case(key));
    (is_key && digits > 0 && !kind_prefix && !key.eq_ignore_ascii_case("adr") && !after.is_empty()).then_some(after)
}

/// The kind prefix a name opens with (`pm-`, `runbook-`…) and its kind. `_`, `.` and
/// spaces separate a prefix as `-` does: `pm_2026-01-14_x`, `roadmap.2026`, `spec.dedup`,
/// `Estimate - Plug and Charge`.
fn prefixed_kind(stem: &str) -> Option<&'static (&'static str, Kind)> {
    let dashed: String =
        stem.to_lowercase().chars().map(|c| if matches!(c, '_' | '.' | ' ') { '-' } else { c }).collect();
    PREFIXES.iter().find(|(prefix, _)| dashed.starts_with(prefix))
}

/// What [`classify`] reads from the name `stem` in `folders`: a page bundle's folder, a name
/// without the tracker key or the date it opened with. A template stays one.
fn classify_as(folders: &[&str], stem: &str, template: bool) -> NameInfo {
    let file = format!("{stem}.md");
    let mut info = classify(&[folders, &[file.as_str()]].concat().join("/"));
    info.template |= template;
    info
}

/// An ADR name (`adr-0005-…`, `ODH-ADR-Operator-0007-…`), a numbered name (`0003-…`: an
/// ADR inside a decisions folder, only a number elsewhere), or a plain page.
fn adr_name(stem: &str, lower: &str, in_adr_folder: bool) -> NameInfo {
    if let Some(name) = adr_id::file_name(stem) {
        return NameInfo {
            kind: Some(Kind::Adr),
            number: name.number,
            series: name.series,
            subject: name.subject.to_lowercase(),
            ..NameInfo::default()
        };
    }
    if let Some((written, date, rest)) = date_prefix(stem) {
        return NameInfo {
            kind: in_adr_folder.then_some(Kind::Adr),
            date: Some(date),
            date_prefix: Some(written.to_owned()),
            subject: rest.to_lowercase(),
            ..NameInfo::default()
        };
    }
    match adr_id::leading_number(lower) {
        Some((number, rest)) => NameInfo {
            kind: in_adr_folder.then_some(Kind::Adr),
            number: Some(number),
            subject: rest.to_owned(),
            ..NameInfo::default()
        },
        None => NameInfo { subject: lower.to_owned(), ..NameInfo::default() },
    }
}

/// A name that starts with a date, `20200925-…`, `2020-09-25-…` or `2020_09_25`: (the date as written,
/// the date, what follows it).
pub(crate) fn date_prefix(stem: &str) -> Option<(&str, Date, &str)> {
    fn digits(text: Option<&str>) -> Option<&str> {
        text.filter(|text| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
    }
    let (written, year, month, day) = if let Some(compact) = digits(stem.get(..8)) {
        (compact, &compact[..4], &compact[4..6], &compact[6..8])
    } else {
        // Logseq's journals: `2026_03_17`.
        let dashed = stem.get(..10).filter(|dashed| {
            let bytes = dashed.as_bytes();
            bytes[4] == bytes[7] && matches!(bytes[4], b'-' | b'_')
        })?;
        (dashed, digits(dashed.get(..4))?, digits(dashed.get(5..7))?, digits(dashed.get(8..10))?)
    };
    let rest = &stem[written.len()..];
    // `2025-11-04 DEC-01 React Native.md`: a message board's post, its day and a space.
    if !(rest.is_empty() || rest.starts_with(['-', '_', '.', ' '])) {
        return None;
    }
    let date = Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
    (1970..=2100).contains(&date.year).then_some((written, date, rest.trim_start_matches(['-', '_', '.', ' '])))
}

/// A quarter written anywhere: `Q3 2026`, `2026-Q3`, `q3-2026`, «3 кв. 2026», «3 квартал
/// 2026», «III квартал 2026», "3rd quarter 2026", `Q3'26` → `2026-Q3`.
pub(crate) fn quarter_in(text: &str) -> Option<Quarter> {
    quarter_in_year(text, None)
}

/// A quarter written anywhere, as [`quarter_in`] reads it, or one written without its year
/// (`## Q1`, «2 кв.», a `Target` cell `Q3`) in `year`, the year the whole document is about
/// (a roadmap titled «Tech roadmap 2026»).
pub(crate) fn quarter_in_year(text: &str, year: Option<u16>) -> Option<Quarter> {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    let full_year = tokens.iter().find(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && t.starts_with('2'));
    // `Q3'26`, `Q3 ’26`: a two-digit year right after the quarter, marked by an apostrophe.
    let short_year = || {
        let at = lower.find(['\'', '’'])?;
        let digits: String = lower[at..].chars().skip(1).take_while(char::is_ascii_digit).collect();
        let before = lower[..at].trim_end();
        (digits.len() == 2 && before.ends_with(|c: char| ('1'..='4').contains(&c))).then(|| format!("20{digits}"))
    };
    let written: Option<u16> = match full_year {
        Some(year) => year.parse().ok(),
        None => short_year().and_then(|year| year.parse().ok()),
    };
    // Without a year of its own, only a label that is the quarter (`Q1`, «1 кв.») or opens
    // with it (`Q4 (stretch goals)`).
    let opens_with_quarter = tokens.first().is_some_and(|first| matches!(*first, "q1" | "q2" | "q3" | "q4"));
    let year = written.or(year.filter(|_| tokens.len() <= 2 || opens_with_quarter))?;
    let roman = |t: &str| match t {
        "i" => Some(1),
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        _ => None,
    };
    let number = |t: &str| t.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u8>().ok().or_else(|| roman(t));
    let quarter_word = |t: &str| t.starts_with("кв") || t.starts_with("quarter") || t == "q";
    let found = tokens.iter().enumerate().find_map(|(i, token)| {
        if let Some(n) = token.strip_prefix('q').and_then(|n| n.parse::<u8>().ok()) {
            return Some(n);
        }
        if let Some(n) = token.strip_suffix('q').and_then(|n| n.parse::<u8>().ok()) {
            return Some(n);
        }
        let next_is_quarter = tokens.get(i + 1).is_some_and(|next| quarter_word(next));
        if next_is_quarter && token.len() <= 3 {
            return number(token);
        }
        None
    })?;
    Quarter::new(year, found)
}

fn quarter(text: &str) -> Option<Quarter> {
    let parts: Vec<&str> = text.split(['-', '_']).collect();
    parts.windows(2).find_map(|pair| {
        let (year, q) = match (pair[0], pair[1]) {
            (y, q) if y.len() == 4 && y.parse::<u16>().is_ok() && q.starts_with('q') => (y, q),
            (q, y) if y.len() == 4 && y.parse::<u16>().is_ok() && q.starts_with('q') => (y, q),
            _ => return None,
        };
        Quarter::new(year.parse().ok()?, q[1..].parse().ok()?)
    })
}

/// `clickhouse-2026-04-20` → `clickhouse`: the subject of a PoC without its date.
fn strip_trailing_date(text: &str) -> &str {
    let Some(at) = text.len().checked_sub(10).filter(|&at| text.is_char_boundary(at)) else { return text };
    let (head, tail) = text.split_at(at);
    match head.strip_suffix('-') {
        Some(subject) if !subject.is_empty() && Date::find(tail).is_some() => subject,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_name_their_kind() {
        for (title, expected) in [
            ("Ранбук: платёжный шлюз", Some(Kind::Runbook)),
            ("Incident review: indexer lag on the catalog (2026-01-22)", Some(Kind::Postmortem)),
            ("Разбор инцидента 12.03: отказ CDN", Some(Kind::Postmortem)),
            ("Оценка · Tracking API v3", Some(Kind::Estimate)),
            ("Technical specification — Refund API", Some(Kind::TechSpec)),
            ("PoC: pgvector", Some(Kind::Poc)),
            ("Оценка рисков переезда", None),
            ("Оценка переезда на Stripe (черновик)", Some(Kind::Estimate)),
            ("Upgrading to 0.10", Some(Kind::Migration)),
            ("Change plan: move general workloads to the arm64 node pool", Some(Kind::InfraPlan)),
            ("Спецификация CDC из PostgreSQL", Some(Kind::TechSpec)),
            ("Офлайн-корзина — техспека", Some(Kind::TechSpec)),
            ("Техспека — вебхуки v2", Some(Kind::TechSpec)),
            ("Инфраплан — кластер PostgreSQL на Patroni", Some(Kind::InfraPlan)),
            ("ClickHouse памятка дежурному", Some(Kind::Runbook)),
            ("Apple Pay spike results", Some(Kind::Poc)),
            ("Pricing service v1 — design", Some(Kind::TechSpec)),
            ("Interaction design", None),
            ("[PLAT-1230] Дизайн: сервис уведомлений о задержке доставки", Some(Kind::TechSpec)),
            ("Design review notes", None),
            ("[PLAT-1188] Спайк: PgCat vs PgBouncer", Some(Kind::Poc)),
            ("Руководство по переходу с RabbitMQ на Kafka", Some(Kind::Migration)),
            ("Задача №2314. Разбор инцидента: недоступность личного кабинета", Some(Kind::Postmortem)),
            ("Задача №2388. Оценка: перевод уведомлений на новый шлюз", Some(Kind::Estimate)),
            ("Задача 7 в спринте", None),
            ("Памятка дежурному по платформе", Some(Kind::Runbook)),
            ("Experiment: io_uring socket ingest", Some(Kind::Poc)),
            ("Experimental flags", None),
            ("Релиз мобилки — чеклист", Some(Kind::Runbook)),
            ("Миграция на платёжный SDK 4.x", Some(Kind::Migration)),
            ("Миграция лицевых счетов из АСУ в новый биллинг", Some(Kind::Migration)),
            ("Миграция из-за санкций", None),
            ("CNF platform: Kubernetes 1.29 → 1.31 upgrade plan", Some(Kind::InfraPlan)),
            ("План обновления кластеров PostgreSQL", Some(Kind::InfraPlan)),
            ("GPU cluster expansion 2026", Some(Kind::InfraPlan)),
            ("Kubernetes 1.31 upgrade", Some(Kind::InfraPlan)),
            ("Обновление PostgreSQL до 16", Some(Kind::InfraPlan)),
            ("Обновление регламента дежурств", None),
            ("Outage during the Kubernetes 1.31 upgrade", None),
            ("Расширение кластера Ceph во втором ЦОД", Some(Kind::InfraPlan)),
            ("Дорожная карта команды WMS на 2026 год", Some(Kind::TechRoadmap)),
            ("🗺️ Роадмап 2026 H1", Some(Kind::TechRoadmap)),
            // A Zulip topic under its stream.
            ("#planning › оценка: миграция матчмейкинга на NATS", Some(Kind::Estimate)),
            ("#incidents is where we talk", None),
            ("Roadmap", None),
            ("Runbooks of the team", None),
            ("Миграционные заметки", None),
            ("Акт расследования инцидента № 3/2026 «Недоступность ЭМК»", Some(Kind::Postmortem)),
            ("Протокол № 7 разбора инцидента INC-2026-0142", Some(Kind::Postmortem)),
            ("Разбор: задержка отправки СЭМД", Some(Kind::Postmortem)),
            ("Post-incident report: login overload", Some(Kind::Postmortem)),
            ("RB: Lobby shard rebalance", Some(Kind::Runbook)),
            ("Инструкция: переключение узлов PostgreSQL", Some(Kind::Runbook)),
            ("Техническое задание: сервис подписи", Some(Kind::TechSpec)),
            ("Разборчивый почерк", None),
            ("Rbac model", None),
            ("Карточка инцидента INC-20260119-0042: очередь", Some(Kind::Postmortem)),
            ("СОП-МК-04. Касса не пробивает товар", Some(Kind::Runbook)),
            ("Spec: remote immobilizer over LTE-M", Some(Kind::TechSpec)),
            ("Отчёт о пилоте локального модуля", Some(Kind::Poc)),
            ("Пилотный проект", None),
            ("Spectrum-2 plan", None),
            ("SOP-12: failover", Some(Kind::Runbook)),
            ("Отчёт об ИТ-инциденте — ответ №47", Some(Kind::Postmortem)),
            ("In-store edge infrastructure plan 2026 — Well-Architected review", Some(Kind::InfraPlan)),
            ("Basis of Estimate - Ka-band ground upgrade", Some(Kind::Estimate)),
            ("GSaaS polar pass trial - technology readiness assessment", Some(Kind::Poc)),
            ("План-график переключения DCS на получение СПП", Some(Kind::Migration)),
            ("Рекуррентные платежи: техническая спецификация", Some(Kind::TechSpec)),
            ("Результаты PoC — Temporal для оркестрации выплат", Some(Kind::Poc)),
            ("Proposal - Move Orchestration from Airflow to Dagster", Some(Kind::Adr)),
            ("RFC: one Kafka cluster per region", Some(Kind::Adr)),
            ("Proposals we are collecting", None),
            ("Техроадмап поиска — Q2 2026", Some(Kind::TechRoadmap)),
            ("Спека: исправление опечаток в поисковых запросах", Some(Kind::TechSpec)),
            ("Дежурство: растёт лаг консьюмеров Kafka", Some(Kind::Runbook)),
            ("VictoriaMetrics rollout estimate", Some(Kind::Estimate)),
            ("PD-118 Usage alerts — delivery sizing", Some(Kind::Estimate)),
            ("Отчёт о разборе инцидента ИНЦ-2026-0227", Some(Kind::Postmortem)),
            ("Why we chose Temporal over Celery (RFC)", Some(Kind::Adr)),
            ("Infra Roadmap H1 2026 — Project brief", None),
            ("Karpenter PoC — report", Some(Kind::Poc)),
            ("Metrics: Prometheus federation → Grafana Mimir", Some(Kind::Migration)),
            ("Сплит-платежи — техническое описание", Some(Kind::TechSpec)),
            ("Пилот ClickHouse на потоке CDR", Some(Kind::Poc)),
            ("Перенос CDR из Greenplum в ClickHouse", Some(Kind::Migration)),
            ("Решение 012 — каталог на OpenSearch", Some(Kind::Adr)),
            ("Решение 2 этапа", None),
            ("Spike: OpenFeature with flagd", Some(Kind::Poc)),
            ("Дежурства команды", None),
        ] {
            assert_eq!(kind_of_title(title), expected, "{title}");
        }
        let design = classify("design/notification-service.md");
        assert_eq!((design.kind, design.kind_from_folder), (Some(Kind::TechSpec), true), "a design folder holds specs");
        assert!(classify("runbooks/README.md").index && classify("runbooks/README.md").kind.is_none());
        assert_eq!(classify("plans/roadmap-2026.md").kind, Some(Kind::TechRoadmap));
    }

    #[test]
    fn example_classify() {
        use crate::deliverable::kind::{classify, Kind};
        let info = classify("decisions/adr-0005-kafka.md");
        assert_eq!((info.kind, info.number.map(|n| n.value)), (Some(Kind::Adr), Some(5)));
        assert_eq!(classify("ops/runbook-payments.md").subject, "payments");
    }

    fn kind_of(path: &str) -> (Option<Kind>, Option<u32>) {
        let info = classify(path);
        (info.kind, info.number.map(|number| number.value))
    }

    #[test]
    fn a_page_exported_with_its_sub_pages_takes_its_kind_from_the_folder_above() {
        assert_eq!(classify("Ранбуки/Продление сертификатов/index.md").kind, Some(Kind::Runbook));
        assert_eq!(classify("Ранбуки/Переключение PostgreSQL/Переключение PostgreSQL.md").kind, Some(Kind::Runbook));
        assert_eq!(classify("Оценки/Оценка миграции логов/index.md").kind, Some(Kind::Estimate));
        assert_eq!(classify("Getting Started/index.md").kind, None);
    }

    #[test]
    fn cyrillic_kind_prefixes_and_the_day_after_them() {
        let info = classify("Постмортем-2025-09-18-Отказ-DNS.md");
        assert_eq!((info.kind, info.date), (Some(Kind::Postmortem), Date::new(2025, 9, 18)));
        assert_eq!(classify("Ранбук-Переключение-мастера.md").kind, Some(Kind::Runbook));
    }

    #[test]
    fn an_exports_sequence_number_before_a_records_own_number() {
        assert_eq!(kind_of("discussions/adr/041-adr-03-tiered-storage.md"), (Some(Kind::Adr), Some(3)));
        // A Bitrix24 knowledge base's page id, then «АР-001» transliterated.
        assert_eq!(kind_of("1010-ar-001-obmen-1c-csv.md"), (Some(Kind::Adr), Some(1)));
        assert_eq!(kind_of("ar-012-kafka.md"), (Some(Kind::Adr), Some(12)));
        // In a decisions folder, «АР» transliterated is no team's code: the number is an ADR's.
        assert_eq!(kind_of("md/decisions/ar-004-inventory-netbox.md"), (Some(Kind::Adr), Some(4)));
        assert_eq!(
            kind_of("naumen-export/problems/PRB-2025-00318.md").0,
            Some(Kind::Postmortem),
            "ITIL problem records"
        );
        // XWiki's pages: each a folder's `WebHome`, the space's own its index.
        assert_eq!(kind_of("Payments/Decisions/ADR-003/WebHome.md"), (Some(Kind::Adr), Some(3)));
        assert!(classify("Payments/Decisions/WebHome.md").index);
        assert_eq!(kind_of("decisions/dr-008-iceberg-table-format.md"), (Some(Kind::Adr), None));
        assert_eq!(kind_of("pages/decision-002-pdp-edge-caching.md"), (Some(Kind::Adr), Some(2)));
        assert_eq!(
            kind_of("Planning/Offline cart - tech spec.md").0,
            Some(Kind::TechSpec),
            "a Craft page's kind after a dash"
        );
        assert_eq!(kind_of("Ops/Kafka — runbook.md").0, Some(Kind::Runbook));
        assert_eq!(
            kind_of("Guides/How to write a runbook.md").0,
            None,
            "a kind's word without the dash names the subject"
        );
        assert_eq!(kind_of("docs/decision-log.md").1, None, "a log of decisions is none of them");
        assert_eq!(kind_of("ar-12-kafka.md").1, None, "a number written unpadded may be anything's");
        assert_eq!(kind_of("docs/ar-guide.md").1, None, "no number, no record");
        assert_eq!(kind_of("issues/0007-ADR-12 Брокер.md"), (Some(Kind::Adr), Some(12)));
        assert_eq!(kind_of("adr/0005-runbook-based-operations.md"), (Some(Kind::Adr), Some(5)));
        assert_eq!(kind_of("adr/0006-adr-process.md"), (Some(Kind::Adr), Some(6)));
    }

    #[test]
    fn the_number_width_is_kept() {
        let digits = |path: &str| classify(path).number.map(|number| number.digits);
        assert_eq!(digits("adr-007-x.md"), Some(3));
        assert_eq!(digits("doc/adr/0003-x.md"), Some(4));
        assert_eq!(digits("runbook-x.md"), None);
    }

    #[test]
    fn the_nine_patterns() {
        assert_eq!(kind_of("adr-0001-record.md"), (Some(Kind::Adr), Some(1)));
        assert_eq!(kind_of("ADR-005-Выбор.md"), (Some(Kind::Adr), Some(5)));
        assert_eq!(kind_of("specs/tech-spec-search.md"), (Some(Kind::TechSpec), None));
        assert_eq!(kind_of("infra-plan-k8s.md"), (Some(Kind::InfraPlan), None));
        assert_eq!(kind_of("vault/plan.infra.kafka-kraft.md").0, Some(Kind::InfraPlan), "Dendron's dotted hierarchy");
        assert_eq!(kind_of("docs/infra/kafka-cluster-plan.md").0, Some(Kind::InfraPlan));
        assert_eq!(kind_of("src/infra/edge-gateway-rollout.md").0, Some(Kind::InfraPlan));
        assert_eq!(kind_of("Инфраструктура/👋 Добро пожаловать.md").0, None, "a wiki's topic folder");
        assert_eq!(kind_of("vault/ops.runbooks.broker-replace.md").0, Some(Kind::Runbook));
        assert_eq!(kind_of("migration-mysql-to-postgresql.md"), (Some(Kind::Migration), None));
        assert_eq!(kind_of("runbook-payments.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("postmortem-2026-03-14-outage.md"), (Some(Kind::Postmortem), None));
        assert_eq!(kind_of("tech-roadmap-2026-q3.md"), (Some(Kind::TechRoadmap), None));
        assert_eq!(kind_of("estimate-checkout.md"), (Some(Kind::Estimate), None));
        assert_eq!(kind_of("poc-clickhouse-2026-04-20.md"), (Some(Kind::Poc), None));
        assert_eq!(kind_of("notes/глоссарий.md"), (None, None));
        assert_eq!(
            kind_of("PM-2026-02-20-leaderboard-reset.md"),
            (Some(Kind::Postmortem), None),
            "upper-case prefixes"
        );
        assert_eq!(kind_of("RB-lobby-shard-rebalance.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("EST-season-pass-v2.md"), (Some(Kind::Estimate), None));
        assert_eq!(kind_of("tz-servis-podpisi.md"), (Some(Kind::TechSpec), None));
        assert_eq!(kind_of("razbory/2026-01-29-akt.md"), (Some(Kind::Postmortem), None), "a transliterated folder");
        assert_eq!(kind_of("reglamenty/vosstanovlenie-repliki.md"), (Some(Kind::Runbook), None));
        let notion = classify("Ground Segment e70f35c90467e218cbcd7098f66393d6/Incident reviews 04458dfed0d2c1a8eac3575eea8e29ae/GSR-26-02 Wrong-frame ephemeris 4546fb4493578267d5643fedbedab523.md");
        assert_eq!(notion.kind, Some(Kind::Postmortem), "Notion's ids");
        let decimal = classify("10-19 Эксплуатация/11 Разборы инцидентов/11.03 Проблема PRB-0042 зависание киосков.md");
        assert_eq!((decimal.kind, decimal.number), (Some(Kind::Postmortem), None), "Johnny.Decimal's ids");
        let decided = classify("20-29 Архитектура/21 Архитектурные решения/21.01 ADR-07 Интеграционная шина.md");
        assert_ne!(decided.number.map(|n| n.value), Some(21), "the note's id is no ADR number");
        let runbook = classify("Operations procedures 6069c7c4f67fc8d0948cb2d56bf93b3d/FOP-GS-014 No carrier lock 6f3514856cefb9756fedf8892dcb1e3a.md");
        assert_eq!(runbook.kind, Some(Kind::Runbook));
        assert_eq!(
            classify("10-19 Эксплуатация/12 Инструкции смены/12.01 Матрица эскалации.md").kind,
            Some(Kind::Runbook)
        );
        let note = classify("notes/202603091745-habr-draft-pinpad-outage.md");
        assert_eq!((note.kind, note.date, note.subject.as_str()), (None, None, "habr-draft-pinpad-outage"));
        assert_eq!(classify("notes/202603091745-postmortem-pos.md").kind, Some(Kind::Postmortem));
        assert_eq!(classify("services/drm-gateway/INCIDENT_20260124.md").date, Date::new(2026, 1, 24));
        let next_to_the_code = classify("services/drm-gateway/RUNBOOK.md");
        assert_eq!((next_to_the_code.kind, next_to_the_code.subject.as_str()), (Some(Kind::Runbook), "drm-gateway"));
        assert_eq!(kind_of("POSTMORTEM.md"), (Some(Kind::Postmortem), None));
        assert_eq!(kind_of("services/x/SPEC.md"), (None, None), "a bare SPEC is any specification");
    }

    #[test]
    fn numbered_files_are_adrs_in_decision_folders_and_only_numbered_elsewhere() {
        for (path, kind, number) in [
            ("doc/adr/0003-use-kafka.md", Some(Kind::Adr), Some(3)),
            ("docs/decisions/0000-use-madr.md", Some(Kind::Adr), Some(0)),
            ("docs/architecture/decisions/0001_x.md", Some(Kind::Adr), Some(1)),
            ("architecture-decision-records/0042-x.md", Some(Kind::Adr), Some(42)),
            ("adr-log/0002-x.md", Some(Kind::Adr), Some(2)),
            ("Архитектурные-решения/0002-x.md", Some(Kind::Adr), Some(2)),
            ("notes/0003-meeting.md", None, Some(3)),
            ("adrenaline/0003-x.md", None, Some(3)),
            ("notes/meeting.md", None, None),
        ] {
            assert_eq!(kind_of(path), (kind, number), "{path}");
        }
    }

    #[test]
    fn date_named_records_have_a_date_and_no_number() {
        let log4brains = classify("docs/adr/20200925-use-markdown.md");
        assert_eq!((log4brains.kind, log4brains.number), (Some(Kind::Adr), None));
        assert_eq!((log4brains.date, log4brains.date_prefix.as_deref()), (Date::new(2020, 9, 25), Some("20200925")));
        assert_eq!(log4brains.subject, "use-markdown");
        let dashed = classify("decisions/2021-04-12-use-kafka.md");
        assert_eq!((dashed.kind, dashed.date_prefix.as_deref()), (Some(Kind::Adr), Some("2021-04-12")));
        let note = classify("notes/2026-03-14-retro.md");
        assert_eq!((note.kind, note.number, note.date), (None, None, Date::new(2026, 3, 14)));
        assert_eq!(classify("adr/20201399-x.md").date_prefix, None, "not a date: a number");
        assert_eq!(
            kind_of_title("Payments DB: Postgres 13 → 16 upgrade estimate"),
            Some(Kind::Estimate),
            "its last word"
        );
        let logseq = classify("pages/adr___0007.md");
        assert_eq!(
            (logseq.kind, logseq.number.map(|n| n.value)),
            (Some(Kind::Adr), Some(7)),
            "Logseq's namespace `adr/0007`"
        );
        assert_eq!(classify("journals/2026_03_17.md").date.map(|d| d.to_string()).as_deref(), Some("2026-03-17"));
        assert_eq!(classify("adr/20201399-x.md").number.map(|n| n.value), Some(20_201_399));
        assert_eq!(classify("adr/0003-x.md").date_prefix, None);
        assert_eq!(classify("adr/2020-09-25x.md").date_prefix, None);
        assert_eq!(classify("adr/0002-два слова.md").date_prefix, None, "Cyrillic after the digits");
        assert_eq!(classify("adr/2020-дв-ва.md").date_prefix, None);
    }

    #[test]
    fn project_prefixed_and_series_names() {
        let info = classify("docs/ODH-ADR-Operator-0007-auth-crd.md");
        assert_eq!(info.kind, Some(Kind::Adr));
        assert_eq!(info.number.map(|n| (n.value, n.digits)), Some((7, 4)));
        assert_eq!((info.series.as_deref(), info.subject.as_str()), (Some("Operator"), "auth-crd"));
        assert_eq!(kind_of("ODH-ADR-0003-use-apache-2-0-licence.md"), (Some(Kind::Adr), Some(3)));
        assert_eq!(kind_of("adr_0001_title.md"), (Some(Kind::Adr), Some(1)));
        assert_eq!(kind_of("ADR-001.md"), (Some(Kind::Adr), Some(1)));
    }

    #[test]
    fn templates_are_recognised_by_name() {
        for path in [
            "template.md",
            "adr-template.md",
            "doc/adr/0000-template.md",
            "decisions/madr-template.md",
            "шаблон-adr.md",
            "templates/x.md",
        ] {
            assert!(classify(path).template, "{path}");
        }
        assert!(!classify("adr-0005-templating-engine.md").template);
    }

    #[test]
    fn name_fields() {
        let migration = classify("migration-mysql-to-postgresql.md");
        assert_eq!(migration.migration, Some(("mysql".to_owned(), "postgresql".to_owned())));
        assert_eq!(classify("tech-roadmap-q4-2026.md").quarter, Quarter::new(2026, 4));
        assert_eq!(classify("tech-roadmap-2026-q3.md").quarter, Quarter::new(2026, 3));
        let poc = classify("poc-clickhouse-2026-04-20.md");
        assert_eq!((poc.subject.as_str(), poc.date), ("clickhouse", Date::new(2026, 4, 20)));
        assert_eq!(classify("postmortem-2026-03-14-payments-outage.md").date, Date::new(2026, 3, 14));
    }

    #[test]
    fn cyrillic_subjects_are_cut_on_characters() {
        let poc = classify("poc-кафка-тест.md");
        assert_eq!((poc.kind, poc.subject.as_str(), poc.date), (Some(Kind::Poc), "кафка-тест", None));
        let dated = classify("poc-кафка-2026-04-20.md");
        assert_eq!((dated.subject.as_str(), dated.date), ("кафка", Date::new(2026, 4, 20)));
        assert_eq!(classify("poc-ё.md").subject, "ё");
    }

    #[test]
    fn quarters_written_anywhere() {
        for (text, expected) in [
            ("Q3 2026", Some("2026-Q3")),
            ("2026-Q4", Some("2026-Q4")),
            ("q1-2027", Some("2027-Q1")),
            ("3 кв. 2026", Some("2026-Q3")),
            ("2 квартал 2027", Some("2027-Q2")),
            ("III квартал 2026", Some("2026-Q3")),
            ("3rd quarter 2026", Some("2026-Q3")),
            ("Q5 2026", None),
            ("2026", None),
            ("скоро", None),
        ] {
            assert_eq!(quarter_in(text).map(|q| q.to_string()).as_deref(), expected, "{text}");
        }
        for (text, expected) in [("Q1'26", Some("2026-Q1")), ("Q4 ’26", Some("2026-Q4")), ("it's 26 items", None)] {
            assert_eq!(quarter_in(text).map(|q| q.to_string()).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn kind_ids_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_id(kind.id()), Some(kind));
        }
        assert_eq!(Kind::from_id("Tech_Spec"), Some(Kind::TechSpec));
        assert_eq!(Kind::from_id("post-mortem"), Some(Kind::Postmortem));
    }

    #[test]
    fn prefixes_after_any_separator_and_kind_words_at_the_end() {
        assert_eq!(kind_of("pm_2026-01-14_fnol_intake_backlog.md"), (Some(Kind::Postmortem), None));
        assert_eq!(classify("pm_2026-01-14_fnol_intake_backlog.md").date, Date::new(2026, 1, 14));
        assert_eq!(kind_of("rb_sop_reissue_payout_file.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("roadmap_2026.md"), (Some(Kind::TechRoadmap), None));
        assert_eq!(kind_of("roadmap.2026.md"), (Some(Kind::TechRoadmap), None));
        assert_eq!(kind_of("infra_plan_dr_document_store.md"), (Some(Kind::InfraPlan), None));
        assert_eq!(kind_of("spec.reading-dedup-service.md"), (Some(Kind::TechSpec), None));
        let dotted = classify("2026-01-19.mqtt-broker-split-brain.postmortem.md");
        assert_eq!((dotted.kind, dotted.date), (Some(Kind::Postmortem), Date::new(2026, 1, 19)));
        assert_eq!(dotted.subject, "mqtt-broker-split-brain");
        assert_eq!(kind_of("perezagruzka-kontsentratora.runbook.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("notes/2026-03-02-api-outage-postmortem.md"), (Some(Kind::Postmortem), None));
        assert_eq!(kind_of("platform_roadmap.md"), (Some(Kind::TechRoadmap), None));
        assert_eq!(kind_of("adr-0024.timescaledb-for-readings.md"), (Some(Kind::Adr), Some(24)), "an ADR name first");
        assert_eq!(kind_of("decisions/0007-runbook.md"), (Some(Kind::Adr), Some(7)));
        assert_eq!(kind_of("runbook.md"), (Some(Kind::Runbook), None), "a service's RUNBOOK.md, named by its folder");
        assert_eq!(kind_of("pmo-notes.md"), (None, None));
        assert_eq!(kind_of("respec.md"), (None, None));
        assert_eq!(kind_of("Planning/Migration-estimate.md"), (Some(Kind::Estimate), None), "the last word says what");
        assert_eq!(kind_of("incident-response-runbook.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("migration-to-kafka.md"), (Some(Kind::Migration), None));
        assert_eq!(
            kind_of("otsenka-migratsii-runbook.md"),
            (Some(Kind::Estimate), None),
            "a Russian name's first word"
        );
        let azure = classify("Architecture-Decisions/ADR%2D001-ClickHouse-for-marts.md");
        assert_eq!(
            (azure.kind, azure.number.map(|n| n.value)),
            (Some(Kind::Adr), Some(1)),
            "an Azure DevOps wiki's escaped hyphen"
        );
    }

    #[test]
    fn numbered_and_spaced_folders_spaced_names_and_a_date_before_the_kind() {
        assert_eq!(kind_of("01-incidents/stoplist-delivery-failure-2026-01-22.md"), (Some(Kind::Postmortem), None));
        assert_eq!(classify("01-incidents/stoplist-delivery-failure-2026-01-22.md").date, Date::new(2026, 1, 22));
        assert_eq!(kind_of("02-runbooks/trip-transactions-replay.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("03-adr/ADR-05.md"), (Some(Kind::Adr), Some(5)));
        assert_eq!(kind_of("Incident Reviews/Jan 2026 - Boot notification storm.md"), (Some(Kind::Postmortem), None));
        assert_eq!(kind_of("Runbooks/Charge point offline triage.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("Planning/Estimate - Plug and Charge.md"), (Some(Kind::Estimate), None));
        assert_eq!(classify("Planning/Estimate - Plug and Charge.md").subject, "plug and charge");
        assert_eq!(kind_of("Planning/Migration - OCPP 2.0.1.md"), (Some(Kind::Migration), None));
        assert_eq!(kind_of("Planning/Technology Roadmap 2026.md"), (Some(Kind::TechRoadmap), None));
        let incident = classify("docs/2026/20260207-incident-onsale-queue-collapse.md");
        assert_eq!((incident.kind, incident.date), (Some(Kind::Postmortem), Date::new(2026, 2, 7)));
        assert_eq!(kind_of("docs/2026/20260402-adr-12-rotating-qr.md"), (Some(Kind::Adr), Some(12)));
        let runbook = classify("docs/2026/20260205-runbook-seat-holds.md");
        assert_eq!((runbook.kind, runbook.subject.as_str()), (Some(Kind::Runbook), "seat-holds"));
        assert_eq!(kind_of("docs/2026/20260112-roadmap-2026.md"), (Some(Kind::TechRoadmap), None));
        // A merge request's description kept as the record, under the request's key.
        assert_eq!(kind_of("decisions/mr-251-adr-0004-feature-store-scoring.md"), (Some(Kind::Adr), Some(4)));
        assert_eq!(kind_of("decisions/mr-251-feature-store-scoring.md"), (Some(Kind::Adr), None));
        assert_eq!(kind_of("notes/2026-03-14-retro.md"), (None, None), "a dated name of no kind");
        assert_eq!(classify("docs/adr/20200925-use-markdown.md").date_prefix.as_deref(), Some("20200925"));
    }

    #[test]
    fn titles_of_reviews_acts_checklists_and_plans() {
        for (title, kind) in [
            ("Retrospective: exam start timeouts", Kind::Postmortem),
            ("Ретро: неполные видеозаписи — Start / Stop / Continue", Kind::Postmortem),
            ("Bow-tie review: double-sold room-nights", Kind::Postmortem),
            ("FMEA: key card encoding failures (PRB-118)", Kind::Postmortem),
            ("Акт о неисправности № 7/2026. OCR-порталы", Kind::Postmortem),
            ("Заключение по результатам служебного расследования: потеря дислокации", Kind::Postmortem),
            ("Карта инцидента: COPARN не загружались", Kind::Postmortem),
            ("Чек-лист перевода полосы КПП на ручной ввод", Kind::Runbook),
            ("Оперативная часть плана действий при отказе обмена с ЕАИС", Kind::Runbook),
            ("OKR группы ТОС на 2026 год — техническая дорожная карта", Kind::TechRoadmap),
            ("Exam Platform — roadmap 2026 (projects view)", Kind::TechRoadmap),
            ("Порядок перехода обмена на альбом форматов 5.24.0", Kind::Migration),
            ("Регламент закрытия биллингового дня", Kind::Runbook),
            ("План перехода с пакетной тарификации на онлайн-тарификацию", Kind::Migration),
            ("Data Platform OKRs — H1 2026", Kind::TechRoadmap),
            ("Техническое решение ТР-2025-07", Kind::Adr),
            ("Протокол архитектурного комитета № АК-2025-14", Kind::Adr),
            ("Инструкция дежурного инженера по интеграции с АБС", Kind::Runbook),
            ("[RFC] Learning-to-rank reranker (RFC-018)", Kind::Adr),
            ("План-график работ на 2026 год", Kind::TechRoadmap),
            ("План развития ИТ на 2026 год", Kind::TechRoadmap),
            ("МИГ-01. План перехода АИС ПЗ со СМЭВ 3 на СМЭВ 4", Kind::Migration),
            ("Решение: оркестратор пайплайнов после Airflow 2", Kind::Adr),
            ("Decision — one Kafka cluster per region", Kind::Adr),
            ("📖 Runbook ClickHouse — диск и мерджи", Kind::Runbook),
            ("🧪 PoC ClickHouse Keeper", Kind::Poc),
            ("АКТ № ИНЦ-2026-007 разбора инцидента «Недоступность ДБО ФЛ»", Kind::Postmortem),
            ("ВЫПИСКА ИЗ ПРОТОКОЛА № 3 РЕШЕНИЕ № АК-2025/03 «О выборе платформы»", Kind::Adr),
            ("ПЛАН РАБОТ на I полугодие 2026 года", Kind::TechRoadmap),
            ("ПЛАН модернизации системы хранения данных ЦОД-2", Kind::InfraPlan),
        ] {
            assert_eq!(kind_of_title(title), Some(kind), "{title}");
        }
        assert_eq!(kind_of_title("Ретроградный анализ"), None);
        assert_eq!(kind_of_title("Регламенты команды"), None, "a page about regulations");
        assert_eq!(kind_of_title("How we write OKRs"), None, "OKRs without a period");
        assert_eq!(kind_of_title("Decision log"), None, "the log of decisions is none of them");
        // A tracker's ticket: its key, then the title that names the kind.
        assert_eq!(kind_of_title("PLAT-125 · Оценка: перевод шлюза на Kafka 3.7"), Some(Kind::Estimate));
        assert_eq!(kind_of_title("[OPS-7] Runbook: failover"), Some(Kind::Runbook));
        assert_eq!(kind_of_title("PLAT-120 · Платформа"), None);
        assert_eq!(kind_of_title("Решение проблем с VPN"), None, "troubleshooting");
        assert!(works_plan("Postgres multi-AZ plan") && works_plan("План переезда в ЦОД-2"));
        assert!(!works_plan("Test plan for checkout") && !works_plan("План"), "a test plan is no works plan");
        for roadmap in ["План команды «Курьерка» на II квартал 2026", "План на 2026 год", "Platform plan for H2 2026"]
        {
            assert!(period_plan(roadmap), "{roadmap}");
        }
        for works in [
            "План переезда в ЦОД-2",
            "План миграции 2026-го",
            "Test plan for Q2",
            "План расширения vm-ceph на 2026 год",
            "Capacity plan for H2 2026",
        ] {
            assert!(!period_plan(works), "{works}");
        }
    }

    #[test]
    fn page_bundles_and_tracker_keys() {
        assert_eq!(kind_of("docs/planning/roadmap-2026/index.md"), (Some(Kind::TechRoadmap), None));
        assert_eq!(kind_of("docs/proctoring/adr-007-on-device-face-detection/index.md"), (Some(Kind::Adr), Some(7)));
        assert_eq!(kind_of("docs/media/recording-pipeline-playbook/index.md"), (Some(Kind::Runbook), None));
        let bundle = classify("docs/media/recordings-lost-upload/index.md");
        assert_eq!((bundle.kind, bundle.index, bundle.subject.as_str()), (None, false, "recordings-lost-upload"));
        assert!(classify("docs/runbooks/index.md").index, "a kind's folder has its own page");
        assert!(classify("docs/sessions/alerts/index.md").index, "one word: a section, not a page's bundle");
        assert!(classify("docs/README.md").index);
        let post = classify("message_board/2025-11-04 DEC-01 React Native.md");
        assert_eq!((post.number, post.date), (None, Date::new(2025, 11, 4)), "a post's day is no record number");
        let folder_note = classify("Инциденты/Инциденты.md");
        assert_eq!((folder_note.kind, folder_note.index), (None, true), "an Obsidian folder note");
        assert_eq!(kind_of("Архитектура/Решения/Решение 012 — каталог на OpenSearch.md"), (Some(Kind::Adr), Some(12)));
        assert_eq!(kind_of("📐 ADR-08 Поиск на OpenSearch.md"), (Some(Kind::Adr), Some(8)), "an icon before the name");
        assert_eq!(kind_of("TOS-1412_akt_o_neispravnosti_ocr_kpp.md"), (Some(Kind::Postmortem), None));
        assert_eq!(kind_of("TOS-1450_sluzhebnoe_rassledovanie_dislokatsiya.md"), (Some(Kind::Postmortem), None));
        assert_eq!(kind_of("TOS-1377_reglament_otkaz_obmena_s_eais.md"), (Some(Kind::Runbook), None));
        assert_eq!(kind_of("TOS-1500_okr_2026_gruppa_tos.md"), (Some(Kind::TechRoadmap), None));
        assert_eq!(kind_of("ADR-12-x.md"), (Some(Kind::Adr), Some(12)), "an ADR's own number is no tracker key");
        assert_eq!(
            kind_of("Решения/Р-08 Квота 20% на технический долг.md"),
            (Some(Kind::Adr), None),
            "a register's code"
        );
        assert_eq!(
            kind_of("Решения/АР-03 Базы данных на NVMe.md"),
            (Some(Kind::Adr), Some(3)),
            "a record word keeps its number"
        );
        assert_eq!(kind_of("Инциденты/ИНЦ-027 Срыв релиза CRM 2.14.md").0, Some(Kind::Postmortem));
        assert_eq!(kind_of("OPS-1234-runbook-db-failover.md"), (Some(Kind::Runbook), None));
        // In a decisions folder the key is the record's own code.
        assert_eq!(
            kind_of("Decisions 0a1b2c3d4e5f60718293a4b5c6d7e8f9/DEC-07 One broker 9f8e7d6c5b4a39281706f5e4d3c2b1a0.md"),
            (Some(Kind::Adr), None)
        );
        assert_eq!(kind_of("decisions/DR-3_use-kafka.md"), (Some(Kind::Adr), None));
    }

    #[test]
    fn a_kind_word_before_a_trailing_date_a_numbered_title_and_a_method_of_procedure() {
        let rca = classify("sites/red_draw/met_mast_icing_rca_2026_03_03.md");
        assert_eq!((rca.kind, rca.date), (Some(Kind::Postmortem), Date::new(2026, 3, 3)));
        assert_eq!(classify("ops/cutover-runbook-2026-05-01.md").kind, Some(Kind::Runbook));
        let compact = classify("incidents/gate-array.rca.20260214.md");
        assert_eq!((compact.kind, compact.date), (Some(Kind::Postmortem), Date::new(2026, 2, 14)));
        assert_eq!(classify("ops/scada_frontend_loss_2026_01_17.md").kind, None, "a date alone says no kind");
        assert_eq!(classify("en/ops/mop/smdp-client-cert-rotation.md").kind, Some(Kind::Runbook));
        for (title, kind) in [
            ("Инструкция И-07. Оформление СДИЗ вручную", Some(Kind::Runbook)),
            ("Инструкция № 5. Смена кассира", Some(Kind::Runbook)),
            ("Runbook RB-12 — Failover", Some(Kind::Runbook)),
            ("MOP-SMDP-003 — Rotate the ES2+ client certificate", Some(Kind::Runbook)),
            ("ROC alarm response cards — SCADA alarms", Some(Kind::Runbook)),
            ("Разбор 1С: настройка обмена", None),
            ("ICD-ROC-PPC-002 — Setpoint interface to the plant controllers", Some(Kind::TechSpec)),
            ("Протокол испытаний № 2. Распознавание номеров", Some(Kind::Poc)),
            ("KB0412: Web shop orders stuck in Awaiting fulfilment", Some(Kind::Runbook)),
            ("QRH — Lift access gates: non-normal checklists", Some(Kind::Runbook)),
            ("Occurrence Report OR-2026-007 — Guest app showed the lift open", Some(Kind::Postmortem)),
            ("Line 4 loss report — coding data mismatch", Some(Kind::Postmortem)),
            ("Дерево текущей реальности: пункты забора не печатали", Some(Kind::Postmortem)),
            ("Бланк переключений № БП-ЛИС-03: перевод ЛИС", Some(Kind::Runbook)),
            ("Алгоритм действий дежурного инженера: результаты не поступают", Some(Kind::Runbook)),
            ("Разбивка работы (TWI JI): замена принтера", Some(Kind::Runbook)),
            ("Пояснительная записка к техническому проекту «Электронное направление»", Some(Kind::TechSpec)),
            ("Site Survey Report — Network backhaul to lift bases", Some(Kind::InfraPlan)),
            ("Story map 2026 — MES, coding and traceability", Some(Kind::TechRoadmap)),
            ("Impact map 2026/27 — Mountain Technology", Some(Kind::TechRoadmap)),
            ("PROBE estimate — in-house coding gateway", Some(Kind::Estimate)),
            ("Impact map of the checkout flow", None),
            ("KB articles we still owe", None),
            ("Оценка 3 вариантов хранения", None),
        ] {
            assert_eq!(kind_of_title(title), kind, "{title}");
        }
    }

    #[test]
    fn a_folder_of_one_kind_names_the_kind_of_files_named_without_its_prefix() {
        let kind = |path: &str| classify(path).kind;
        assert_eq!(kind("docs/postmortems/2026-03-02-ingress-outage.md"), Some(Kind::Postmortem));
        assert_eq!(classify("docs/postmortems/2026-03-02-ingress-outage.md").date, Date::new(2026, 3, 2));
        assert_eq!(kind("docs/runbooks/kafka-consumer-lag.md"), Some(Kind::Runbook));
        assert_eq!(kind("roadmap/2026.md"), Some(Kind::TechRoadmap));
        assert_eq!(kind("docs/runbooks/index.md"), None, "the folder's own page");
        assert_eq!(kind("docs/runbooks/README.md"), None);
        assert_eq!(kind("docs/runbooks/k8s/node-drain.md"), Some(Kind::Runbook), "a topic's folder inside");
        assert_eq!(kind("docs/incidents/2025/2025-09-17-consul-dns.md"), Some(Kind::Postmortem), "a year's");
        assert_eq!(kind("docs/postmortems/2025/q3/notes.md"), None, "only the two folders above the file");
        assert_eq!(kind("infra/k8s/node-pools.md"), None, "`infra/` holds more than plans");
        assert_eq!(kind("docs/guides/local-setup.md"), None);
        assert_eq!(kind("runbooks/adr-0001-x.md"), Some(Kind::Adr), "a name says more than its folder");
    }
}
