//! The bilingual vocabulary of statuses, relations and metadata keys.
//!
//! Every spelling lives in one table per concept; matching is case-insensitive, treats `ё`
//! as `е` and ignores Markdown emphasis. `book.toml` can add spellings (see
//! [`Vocabulary::with_overrides`]). Nothing here knows where a word was found.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

/// The canonical status of a deliverable; serialised as its [`Status::id`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Being written.
    Draft,
    /// Up for review.
    Proposed,
    /// In force.
    Accepted,
    /// Considered and declined.
    Rejected,
    /// No longer applies, with no successor.
    Deprecated,
    /// Replaced by a later decision.
    Superseded,
    /// Paused: neither in force nor waiting for a decision now.
    OnHold,
    /// Written in a way tpmdocs does not know; kept exactly as written.
    Unknown(String),
}

impl Status {
    /// The known statuses in display order.
    pub const KNOWN: [Status; 7] = [
        Status::Draft,
        Status::Proposed,
        Status::OnHold,
        Status::Accepted,
        Status::Rejected,
        Status::Deprecated,
        Status::Superseded,
    ];

    /// Canonical English id (`accepted`…), or the text as written when unknown.
    pub fn id(&self) -> &str {
        match self {
            Status::Draft => "draft",
            Status::Proposed => "proposed",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Deprecated => "deprecated",
            Status::Superseded => "superseded",
            Status::OnHold => "on-hold",
            Status::Unknown(text) => text,
        }
    }

    /// Parses a canonical id (`accepted`); unknown ids give `None`.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::KNOWN.into_iter().find(|status| status.id() == id)
    }

    /// A CSS-class-safe id: the canonical id, or `unknown`.
    pub fn css_id(&self) -> &str {
        match self {
            Status::Unknown(_) => "unknown",
            known => known.id(),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Reads back what [`Serialize`] writes: a known id, else the text as written.
impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Status::from_id(&text).unwrap_or(Status::Unknown(text)))
    }
}

/// A relation as a document states it: active or passive voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub enum StatedRelation {
    /// "Supersedes X" / «Заменяет X».
    Supersedes,
    /// "Superseded by X" / «Заменено X».
    SupersededBy,
    /// "Amends X" / «Дополняет X» (also «Частично заменяет»).
    Amends,
    /// "Amended by X" / «Дополнено X» (also «Частично заменено»).
    AmendedBy,
    /// "Depends on X" / «Зависит от X».
    DependsOn,
    /// "Relates to X" / «Связано с X».
    RelatesTo,
    /// "Clarifies X" / «Уточняет X».
    Clarifies,
    /// "Clarified by X" / «Уточнено X».
    ClarifiedBy,
}

impl StatedRelation {
    /// Parses a relation id as used in `book.toml` overrides (`superseded-by`…).
    pub fn from_id(id: &str) -> Option<Self> {
        Some(match id {
            "supersedes" => Self::Supersedes,
            "superseded-by" => Self::SupersededBy,
            "amends" => Self::Amends,
            "amended-by" => Self::AmendedBy,
            "depends-on" => Self::DependsOn,
            "relates-to" => Self::RelatesTo,
            "clarifies" => Self::Clarifies,
            "clarified-by" => Self::ClarifiedBy,
            _ => return None,
        })
    }
}

/// Metadata keys tpmdocs gives meaning to; any other key is kept for display only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKey {
    /// Document title.
    Title,
    /// Kind override.
    Kind,
    /// Status.
    Status,
    /// Decision or publication date.
    Date,
    /// Who decided.
    Deciders,
    /// Who was consulted (MADR).
    Consulted,
    /// Who was informed (MADR).
    Informed,
    /// Responsible person or team.
    Owner,
    /// Author.
    Author,
    /// Document version.
    Version,
    /// Tags.
    Tags,
    /// Incident severity.
    Severity,
    /// Incident duration.
    Duration,
    /// Due date.
    Due,
    /// When a runbook was last reviewed.
    LastReviewed,
    /// Cost estimate.
    Cost,
    /// Estimate confidence.
    Confidence,
    /// PoC result.
    Result,
    /// When a decision must be taken (`decide-by`, «Срок решения»).
    DecideBy,
    /// When a decision is to be revisited (`review-by`, «Пересмотреть»).
    ReviewBy,
    /// Incident start (`Начало`, Start), for its duration.
    Start,
    /// Incident end (`Окончание`, End), for its duration.
    End,
    /// What an estimate actually took (`Факт`, Actual).
    Actual,
    /// A relation.
    Relation(StatedRelation),
}

impl FieldKey {
    /// A field whose value is a date (or a moment), so `Key 5 March 2026` needs no colon.
    pub fn is_dated(self) -> bool {
        matches!(
            self,
            FieldKey::Date
                | FieldKey::LastReviewed
                | FieldKey::Due
                | FieldKey::DecideBy
                | FieldKey::ReviewBy
                | FieldKey::Start
                | FieldKey::End
        )
    }

    /// Every field a `book.toml` spelling may name (all but relations, which have
    /// `[tpmdocs.relations]`).
    pub const NAMED: [FieldKey; 23] = [
        FieldKey::Title,
        FieldKey::Kind,
        FieldKey::Status,
        FieldKey::Date,
        FieldKey::Deciders,
        FieldKey::Consulted,
        FieldKey::Informed,
        FieldKey::Owner,
        FieldKey::Author,
        FieldKey::Version,
        FieldKey::Tags,
        FieldKey::Severity,
        FieldKey::Duration,
        FieldKey::Due,
        FieldKey::LastReviewed,
        FieldKey::Cost,
        FieldKey::Confidence,
        FieldKey::Result,
        FieldKey::DecideBy,
        FieldKey::ReviewBy,
        FieldKey::Start,
        FieldKey::End,
        FieldKey::Actual,
    ];

    /// Parses a field id as used in `book.toml` (`severity`, `last-reviewed`…).
    pub fn from_id(id: &str) -> Option<FieldKey> {
        FieldKey::NAMED.into_iter().find(|key| key.id() == id)
    }

    /// Stable id used in templates and string tables (`last-reviewed`…).
    pub fn id(self) -> &'static str {
        match self {
            FieldKey::Title => "title",
            FieldKey::Kind => "kind",
            FieldKey::Status => "status",
            FieldKey::Date => "date",
            FieldKey::Deciders => "deciders",
            FieldKey::Consulted => "consulted",
            FieldKey::Informed => "informed",
            FieldKey::Owner => "owner",
            FieldKey::Author => "author",
            FieldKey::Version => "version",
            FieldKey::Tags => "tags",
            FieldKey::Severity => "severity",
            FieldKey::Duration => "duration",
            FieldKey::Due => "due",
            FieldKey::LastReviewed => "last-reviewed",
            FieldKey::Cost => "cost",
            FieldKey::Confidence => "confidence",
            FieldKey::Result => "result",
            FieldKey::DecideBy => "decide-by",
            FieldKey::ReviewBy => "review-by",
            FieldKey::Start => "start",
            FieldKey::End => "end",
            FieldKey::Actual => "actual",
            FieldKey::Relation(_) => "relation",
        }
    }
}

const STATUS_SPELLINGS: &[(&str, Status)] = &[
    ("draft", Status::Draft),
    ("wip", Status::Draft),
    ("tbd", Status::Draft),
    ("to be decided", Status::Draft),
    ("to be determined", Status::Draft),
    ("черновик", Status::Draft),
    ("в работе", Status::Draft),
    ("proposed", Status::Proposed),
    ("in progress", Status::Proposed),
    ("proposal", Status::Proposed),
    ("in review", Status::Proposed),
    ("review", Status::Proposed),
    ("ready for review", Status::Proposed),
    ("на ревью", Status::Proposed),
    ("under review", Status::Proposed),
    ("pending", Status::Proposed),
    ("under discussion", Status::Proposed),
    ("in discussion", Status::Proposed),
    ("open for discussion", Status::Proposed),
    ("на обсуждении", Status::Proposed),
    ("обсуждается", Status::Proposed),
    ("on hold", Status::OnHold),
    ("on-hold", Status::OnHold),
    ("paused", Status::OnHold),
    ("postponed", Status::OnHold),
    ("deferred", Status::OnHold),
    ("приостановлено", Status::OnHold),
    ("приостановлен", Status::OnHold),
    ("отложено", Status::OnHold),
    ("заморожено", Status::OnHold),
    ("предложено", Status::Proposed),
    ("предложен", Status::Proposed),
    ("предложена", Status::Proposed),
    ("на рассмотрении", Status::Proposed),
    ("на согласовании", Status::Proposed),
    ("ожидает решения", Status::Proposed),
    ("ждет решения", Status::Proposed),
    ("ждет утверждения", Status::Proposed),
    ("waiting for a decision", Status::Proposed),
    // A board's "Waiting for review" column; a decision still "Open" is not yet taken.
    ("waiting for review", Status::Proposed),
    ("waiting for approval", Status::Proposed),
    ("awaiting review", Status::Proposed),
    ("open", Status::Proposed),
    ("вынесено на", Status::Proposed),
    ("решение не принято", Status::Proposed),
    ("ожидает утверждения", Status::Proposed),
    ("ожидает согласования", Status::Proposed),
    ("требует решения", Status::Proposed),
    ("awaiting decision", Status::Proposed),
    ("awaiting a decision", Status::Proposed),
    ("awaiting approval", Status::Proposed),
    ("needs a decision", Status::Proposed),
    ("needs decision", Status::Proposed),
    ("pending decision", Status::Proposed),
    ("accepted", Status::Accepted),
    ("approved", Status::Accepted),
    ("agreed", Status::Accepted),
    // A board's column «Decided ✅», «Решено».
    ("decided", Status::Accepted),
    ("решено", Status::Accepted),
    ("принято", Status::Accepted),
    ("принят", Status::Accepted),
    ("принята", Status::Accepted),
    ("утверждено", Status::Accepted),
    ("утвержден", Status::Accepted),
    ("утверждена", Status::Accepted),
    ("согласовано", Status::Accepted),
    // A register's «Действует» / «В силе» / «действующий»: the decision holds.
    ("действует", Status::Accepted),
    ("действующий", Status::Accepted),
    ("действующая", Status::Accepted),
    ("действующее", Status::Accepted),
    ("согласован", Status::Accepted),
    // An estimate's or a plan's «Согласована».
    ("согласована", Status::Accepted),
    // «проект (на согласовании у Заказчика)»: a draft put forward for a decision.
    ("проект (на согласовании", Status::Proposed),
    ("проект", Status::Draft),
    // «утратил силу (заменён ТР-2026-03)»: replaced; «утратил силу» alone: no longer holds.
    ("утратил силу (заменен", Status::Superseded),
    ("утратило силу (заменено", Status::Superseded),
    ("утратила силу (заменена", Status::Superseded),
    ("утратил силу", Status::Deprecated),
    ("утратило силу", Status::Deprecated),
    ("утратила силу", Status::Deprecated),
    ("replaced", Status::Superseded),
    // «Отозвано»: withdrawn by those who made it.
    ("отозвано", Status::Deprecated),
    ("отозван", Status::Deprecated),
    ("отозвана", Status::Deprecated),
    ("withdrawn", Status::Deprecated),
    ("в силе", Status::Accepted),
    // «Отменено решением № 7»: cancelled by a later decision, which replaces it.
    ("отменено решением", Status::Superseded),
    ("отменен решением", Status::Superseded),
    ("отменена решением", Status::Superseded),
    ("rejected", Status::Rejected),
    ("declined", Status::Rejected),
    ("отклонено", Status::Rejected),
    ("отклонен", Status::Rejected),
    ("отклонена", Status::Rejected),
    ("deprecated", Status::Deprecated),
    ("obsolete", Status::Deprecated),
    ("устарело", Status::Deprecated),
    ("устарел", Status::Deprecated),
    ("устарела", Status::Deprecated),
    ("не актуально", Status::Deprecated),
    ("неактуально", Status::Deprecated),
    ("отменено", Status::Deprecated),
    ("отменен", Status::Deprecated),
    ("отменена", Status::Deprecated),
    ("retired", Status::Deprecated),
    ("superseded", Status::Superseded),
    ("superceded", Status::Superseded),
    ("заменено", Status::Superseded),
    ("замещено", Status::Superseded),
    ("замещен", Status::Superseded),
    ("заменен", Status::Superseded),
    ("заменена", Status::Superseded),
];

const RELATION_SPELLINGS: &[(&str, StatedRelation)] = &[
    ("supersedes", StatedRelation::Supersedes),
    ("supercedes", StatedRelation::Supersedes),
    ("replaces", StatedRelation::Supersedes),
    ("заменяет", StatedRelation::Supersedes),
    ("superseded by", StatedRelation::SupersededBy),
    ("superceded by", StatedRelation::SupersededBy),
    ("superseded-by", StatedRelation::SupersededBy),
    ("replaced by", StatedRelation::SupersededBy),
    ("deprecated by", StatedRelation::SupersededBy),
    ("obsoleted by", StatedRelation::SupersededBy),
    ("заменено на", StatedRelation::SupersededBy),
    ("заменен на", StatedRelation::SupersededBy),
    ("заменена на", StatedRelation::SupersededBy),
    ("заменено", StatedRelation::SupersededBy),
    ("заменен", StatedRelation::SupersededBy),
    ("заменена", StatedRelation::SupersededBy),
    ("amends", StatedRelation::Amends),
    ("дополняет", StatedRelation::Amends),
    ("частично заменяет", StatedRelation::Amends),
    // «Изменяет: [ADR-0001](…)»: a decision that changes part of an earlier one.
    ("изменяет", StatedRelation::Amends),
    ("вносит изменения в", StatedRelation::Amends),
    ("modifies", StatedRelation::Amends),
    ("extends", StatedRelation::Amends),
    ("amended by", StatedRelation::AmendedBy),
    ("amended-by", StatedRelation::AmendedBy),
    ("дополнено", StatedRelation::AmendedBy),
    ("дополнен", StatedRelation::AmendedBy),
    ("частично заменено", StatedRelation::AmendedBy),
    ("частично заменен", StatedRelation::AmendedBy),
    ("modified by", StatedRelation::AmendedBy),
    ("extended by", StatedRelation::AmendedBy),
    ("partly superseded by", StatedRelation::AmendedBy),
    ("partially superseded by", StatedRelation::AmendedBy),
    ("partly superseded", StatedRelation::AmendedBy),
    ("partially superseded", StatedRelation::AmendedBy),
    ("in favour of", StatedRelation::SupersededBy),
    ("in favor of", StatedRelation::SupersededBy),
    ("depends on", StatedRelation::DependsOn),
    // Jira's link type between issues.
    ("is blocked by", StatedRelation::DependsOn),
    // «Builds on: ADR-0003», "This decision builds upon ADR-2": it rests on that decision.
    ("builds on", StatedRelation::DependsOn),
    ("builds upon", StatedRelation::DependsOn),
    ("based on", StatedRelation::DependsOn),
    ("основано на", StatedRelation::DependsOn),
    ("основывается на", StatedRelation::DependsOn),
    ("опирается на", StatedRelation::DependsOn),
    ("depends-on", StatedRelation::DependsOn),
    ("зависит от", StatedRelation::DependsOn),
    ("зависимости", StatedRelation::DependsOn),
    ("relates to", StatedRelation::RelatesTo),
    ("relates-to", StatedRelation::RelatesTo),
    ("related to", StatedRelation::RelatesTo),
    ("related", StatedRelation::RelatesTo),
    ("related adrs", StatedRelation::RelatesTo),
    ("related decisions", StatedRelation::RelatesTo),
    ("see also", StatedRelation::RelatesTo),
    ("связано с", StatedRelation::RelatesTo),
    ("связано", StatedRelation::RelatesTo),
    ("связан с", StatedRelation::RelatesTo),
    ("связана с", StatedRelation::RelatesTo),
    ("см. также", StatedRelation::RelatesTo),
    ("см также", StatedRelation::RelatesTo),
    ("связанные adr", StatedRelation::RelatesTo),
    ("связанные решения", StatedRelation::RelatesTo),
    // A Confluence page's `| Связь с другими решениями | Дополняет [АР-004](…) |`.
    ("связь с другими решениями", StatedRelation::RelatesTo),
    ("clarifies", StatedRelation::Clarifies),
    ("уточняет", StatedRelation::Clarifies),
    ("refines", StatedRelation::Clarifies),
    ("clarified by", StatedRelation::ClarifiedBy),
    ("clarified-by", StatedRelation::ClarifiedBy),
    ("уточнено", StatedRelation::ClarifiedBy),
    ("refined by", StatedRelation::ClarifiedBy),
    ("refined-by", StatedRelation::ClarifiedBy),
];

const FIELD_SPELLINGS: &[(&str, FieldKey)] = &[
    ("title", FieldKey::Title),
    ("заголовок", FieldKey::Title),
    ("название", FieldKey::Title),
    ("kind", FieldKey::Kind),
    ("type", FieldKey::Kind),
    // «Тип документа: План миграции» (a page's properties), a card's «Тип: инцидент».
    ("тип", FieldKey::Kind),
    ("тип документа", FieldKey::Kind),
    ("document type", FieldKey::Kind),
    ("doc type", FieldKey::Kind),
    // A tracker's task made from a template (Planfix's «Шаблон: Архитектурное решение»).
    ("шаблон", FieldKey::Kind),
    ("status", FieldKey::Status),
    ("статус", FieldKey::Status),
    ("состояние", FieldKey::Status),
    ("state", FieldKey::Status),
    // Targetprocess's.
    ("entity state", FieldKey::Status),
    // Shortcut's story field.
    ("workflow state", FieldKey::Status),
    ("статус разбора", FieldKey::Status),
    ("статус инцидента", FieldKey::Status),
    ("статус документа", FieldKey::Status),
    ("incident status", FieldKey::Status),
    ("review status", FieldKey::Status),
    ("document status", FieldKey::Status),
    ("decision status", FieldKey::Status),
    ("date", FieldKey::Date),
    ("дата", FieldKey::Date),
    ("дата решения", FieldKey::Date),
    ("decision date", FieldKey::Date),
    ("дата принятия", FieldKey::Date),
    ("дата инцидента", FieldKey::Date),
    ("incident date", FieldKey::Date),
    ("date/time", FieldKey::Date),
    ("дата/время", FieldKey::Date),
    ("date of incident", FieldKey::Date),
    ("date of impact", FieldKey::Date),
    ("date of event", FieldKey::Date),
    ("date of occurrence", FieldKey::Date),
    ("date of submission", FieldKey::Date),
    ("report issued", FieldKey::Date),
    ("date issued", FieldKey::Date),
    ("impact date", FieldKey::Date),
    ("event date", FieldKey::Date),
    ("event date and time", FieldKey::Date),
    ("дата события", FieldKey::Date),
    ("дата и время события", FieldKey::Date),
    ("дата и время инцидента", FieldKey::Date),
    ("decided on", FieldKey::Date),
    ("decided", FieldKey::Date),
    // «**Решение принято:** 27.03.2025 на архитектурном комитете».
    ("решение принято", FieldKey::Date),
    ("дата утверждения", FieldKey::Date),
    ("created", FieldKey::Date),
    // A PoC's "**Dates:** 5–22 January 2026": it ends on the last day.
    ("dates", FieldKey::Date),
    ("даты", FieldKey::Date),
    ("created on", FieldKey::Date),
    ("published", FieldKey::Date),
    ("создан", FieldKey::Date),
    ("создано", FieldKey::Date),
    // A board's export: «Выгрузка: 02.04.2026 · ответственная за доску: …».
    ("выгрузка", FieldKey::Date),
    // A regulation's «**Введён в действие:** 10.04.2026».
    ("введен в действие", FieldKey::Date),
    ("введена в действие", FieldKey::Date),
    ("дата введения в действие", FieldKey::Date),
    // A tracker's task (задача): «Создана 03.02.2025».
    ("создана", FieldKey::Date),
    ("опубликовано", FieldKey::Date),
    ("drafted", FieldKey::Date),
    ("drafted on", FieldKey::Date),
    ("draft of", FieldKey::Date),
    ("зарегистрирован", FieldKey::Date),
    ("зарегистрировано", FieldKey::Date),
    ("дата регистрации", FieldKey::Date),
    ("registered", FieldKey::Date),
    // A workspace's page properties: `Approved | 2026-03-02`, `Proposed | 2026-05-06`.
    // AsciiDoc's document header (Antora pages): `:revdate: 2025-02-11`, `:revnumber: 1.2`.
    ("revdate", FieldKey::Date),
    ("revnumber", FieldKey::Version),
    ("page-tags", FieldKey::Tags),
    ("approved", FieldKey::Date),
    ("approved on", FieldKey::Date),
    ("proposed", FieldKey::Date),
    ("proposed on", FieldKey::Date),
    // A PoC's "**Report completed:** 27 February 2026": the day its findings were written up.
    ("report completed", FieldKey::Date),
    ("report date", FieldKey::Date),
    ("дата отчета", FieldKey::Date),
    ("отчет от", FieldKey::Date),
    ("deciders", FieldKey::Deciders),
    ("decision-makers", FieldKey::Deciders),
    ("decision makers", FieldKey::Deciders),
    ("decided by", FieldKey::Deciders),
    ("approver", FieldKey::Deciders),
    ("утверждает", FieldKey::Deciders),
    ("участники", FieldKey::Deciders),
    ("принимающие решение", FieldKey::Deciders),
    ("лица, принимающие решение", FieldKey::Deciders),
    ("consulted", FieldKey::Consulted),
    ("консультанты", FieldKey::Consulted),
    ("informed", FieldKey::Informed),
    ("проинформированы", FieldKey::Informed),
    ("owner", FieldKey::Owner),
    ("owners", FieldKey::Owner),
    ("владелец", FieldKey::Owner),
    ("ответственный", FieldKey::Owner),
    // A PoC's or a task's «Исполнитель: @Павел Гусев».
    ("исполнитель", FieldKey::Owner),
    ("исполнители", FieldKey::Owner),
    ("responsible", FieldKey::Owner),
    ("primary owner", FieldKey::Owner),
    ("owner(s)", FieldKey::Owner),
    ("владелец(ы)", FieldKey::Owner),
    ("service owner", FieldKey::Owner),
    ("ownership", FieldKey::Owner),
    ("владелец сервиса", FieldKey::Owner),
    ("author", FieldKey::Author),
    ("prepared by", FieldKey::Author),
    ("written by", FieldKey::Author),
    ("подготовил", FieldKey::Author),
    ("подготовила", FieldKey::Author),
    ("подготовили", FieldKey::Author),
    ("составил", FieldKey::Author),
    ("составила", FieldKey::Author),
    ("составили", FieldKey::Author),
    ("raised", FieldKey::Date),
    ("authors", FieldKey::Author),
    ("автор", FieldKey::Author),
    ("авторы", FieldKey::Author),
    ("version", FieldKey::Version),
    ("версия", FieldKey::Version),
    ("tags", FieldKey::Tags),
    ("теги", FieldKey::Tags),
    ("метки", FieldKey::Tags),
    ("labels", FieldKey::Tags),
    ("severity", FieldKey::Severity),
    ("серьезность", FieldKey::Severity),
    ("критичность", FieldKey::Severity),
    // «важность: P2 (по нашей шкале — деградация …)».
    ("важность", FieldKey::Severity),
    ("criticality", FieldKey::Severity),
    ("уровень", FieldKey::Severity),
    ("уровень инцидента", FieldKey::Severity),
    // «**Классификация:** Класс 3 (локальный, два филиала)».
    ("классификация", FieldKey::Severity),
    ("класс инцидента", FieldKey::Severity),
    // A NOC's `Класс: Major` (X.733's perceived severity: Critical, Major, Minor, Warning).
    ("класс", FieldKey::Severity),
    ("incident class", FieldKey::Severity),
    ("уровень критичности", FieldKey::Severity),
    // An investigation act's «Уровень значимости: Уровень 1», «Значимость: …».
    ("уровень значимости", FieldKey::Severity),
    ("значимость", FieldKey::Severity),
    ("severity level", FieldKey::Severity),
    ("incident severity", FieldKey::Severity),
    ("priority", FieldKey::Severity),
    ("приоритет", FieldKey::Severity),
    ("серьезность инцидента", FieldKey::Severity),
    ("критичность инцидента", FieldKey::Severity),
    ("sev", FieldKey::Severity),
    ("приоритет инцидента", FieldKey::Severity),
    ("категория инцидента", FieldKey::Severity),
    ("категория", FieldKey::Severity),
    ("incident priority", FieldKey::Severity),
    ("incident level", FieldKey::Severity),
    ("duration", FieldKey::Duration),
    ("длительность", FieldKey::Duration),
    ("продолжительность", FieldKey::Duration),
    ("длительность инцидента", FieldKey::Duration),
    ("длительность простоя", FieldKey::Duration),
    ("время простоя", FieldKey::Duration),
    ("простой", FieldKey::Duration),
    ("downtime", FieldKey::Duration),
    ("impact duration", FieldKey::Duration),
    ("time to restore", FieldKey::Duration),
    // A daily note's `Окно:: 09:12–09:58`: the incident's window.
    ("окно", FieldKey::Duration),
    ("time to recovery", FieldKey::Duration),
    ("time to resolve", FieldKey::Duration),
    ("ttr", FieldKey::Duration),
    ("total impact time", FieldKey::Duration),
    ("длительность воздействия", FieldKey::Duration),
    ("длительность влияния", FieldKey::Duration),
    ("время воздействия", FieldKey::Duration),
    ("impact minutes", FieldKey::Duration),
    ("duration minutes", FieldKey::Duration),
    ("minutes of impact", FieldKey::Duration),
    ("impact time", FieldKey::Duration),
    ("minutes downtime", FieldKey::Duration),
    ("minutes downtime or degradation", FieldKey::Duration),
    ("outage duration", FieldKey::Duration),
    ("impact window", FieldKey::Duration),
    ("интервал воздействия", FieldKey::Duration),
    ("интервал влияния", FieldKey::Duration),
    ("окно воздействия", FieldKey::Duration),
    ("влияние итого", FieldKey::Duration),
    ("total impact", FieldKey::Duration),
    ("incident window", FieldKey::Duration),
    ("outage window", FieldKey::Duration),
    ("время сбоя", FieldKey::Duration),
    ("окно инцидента", FieldKey::Duration),
    ("период сбоя", FieldKey::Duration),
    ("период инцидента", FieldKey::Duration),
    ("due", FieldKey::Due),
    ("deadline", FieldKey::Due),
    ("срок", FieldKey::Due),
    ("крайний срок", FieldKey::Due),
    ("дедлайн", FieldKey::Due),
    ("last reviewed", FieldKey::LastReviewed),
    // A knowledge base card's verification (Guru's `verified_at`).
    ("verified at", FieldKey::LastReviewed),
    ("verified on", FieldKey::LastReviewed),
    ("last verified", FieldKey::LastReviewed),
    ("last-reviewed", FieldKey::LastReviewed),
    ("последний пересмотр", FieldKey::LastReviewed),
    ("дата пересмотра", FieldKey::LastReviewed),
    ("дата последнего пересмотра", FieldKey::LastReviewed),
    ("дата последней проверки", FieldKey::LastReviewed),
    ("последняя проверка", FieldKey::LastReviewed),
    ("last review", FieldKey::LastReviewed),
    ("last checked", FieldKey::LastReviewed),
    ("пересмотрено", FieldKey::LastReviewed),
    ("проверено", FieldKey::LastReviewed),
    ("дата проверки", FieldKey::LastReviewed),
    ("review date", FieldKey::LastReviewed),
    ("reviewed", FieldKey::LastReviewed),
    ("reviewed on", FieldKey::LastReviewed),
    ("last verified", FieldKey::LastReviewed),
    // "**Verified on:** 2026-02-03, staging gateway …": when the procedure was last run through.
    ("verified on", FieldKey::LastReviewed),
    ("last-reviewed", FieldKey::LastReviewed),
    ("verified", FieldKey::LastReviewed),
    ("last tested", FieldKey::LastReviewed),
    ("last review date", FieldKey::LastReviewed),
    ("последнее ревью", FieldKey::LastReviewed),
    ("дата ревью", FieldKey::LastReviewed),
    ("last reviewed on", FieldKey::LastReviewed),
    ("reviewed at", FieldKey::LastReviewed),
    ("актуально на", FieldKey::LastReviewed),
    ("актуален на", FieldKey::LastReviewed),
    ("ревизия от", FieldKey::LastReviewed),
    ("ревизия", FieldKey::LastReviewed),
    ("current as of", FieldKey::LastReviewed),
    ("valid as of", FieldKey::LastReviewed),
    ("accurate as of", FieldKey::LastReviewed),
    ("cost", FieldKey::Cost),
    ("стоимость", FieldKey::Cost),
    ("бюджет", FieldKey::Cost),
    ("confidence", FieldKey::Confidence),
    ("уверенность", FieldKey::Confidence),
    ("уровень уверенности", FieldKey::Confidence),
    ("result", FieldKey::Result),
    ("outcome", FieldKey::Result),
    ("вердикт", FieldKey::Result),
    ("decide-by", FieldKey::DecideBy),
    ("decide by", FieldKey::DecideBy),
    ("decision due", FieldKey::DecideBy),
    ("decision deadline", FieldKey::DecideBy),
    ("срок решения", FieldKey::DecideBy),
    ("решить до", FieldKey::DecideBy),
    ("review-by", FieldKey::ReviewBy),
    ("review by", FieldKey::ReviewBy),
    ("revisit", FieldKey::ReviewBy),
    ("revisit by", FieldKey::ReviewBy),
    ("пересмотреть", FieldKey::ReviewBy),
    ("пересмотреть до", FieldKey::ReviewBy),
    ("start", FieldKey::Start),
    ("started", FieldKey::Start),
    ("start time", FieldKey::Start),
    ("start date/time", FieldKey::Start),
    ("started at", FieldKey::Start),
    ("время начала", FieldKey::Start),
    ("impact start time", FieldKey::Start),
    ("начало", FieldKey::Start),
    // «Дата и время возникновения | 14.08.2025 00:05 МСК», «… восстановления | …».
    ("дата и время возникновения", FieldKey::Start),
    ("время возникновения", FieldKey::Start),
    ("дата и время восстановления", FieldKey::End),
    ("начало инцидента", FieldKey::Start),
    ("начало сбоя", FieldKey::Start),
    ("время обнаружения", FieldKey::Start),
    ("обнаружено", FieldKey::Start),
    ("detected", FieldKey::Start),
    ("detected at", FieldKey::Start),
    ("impact start", FieldKey::Start),
    ("incident start", FieldKey::Start),
    ("event began", FieldKey::Start),
    ("impact began", FieldKey::Start),
    ("outage began", FieldKey::Start),
    ("дата и время начала", FieldKey::Start),
    ("начало воздействия", FieldKey::Start),
    ("начало влияния", FieldKey::Start),
    ("event ended", FieldKey::End),
    ("impact ended", FieldKey::End),
    ("outage ended", FieldKey::End),
    ("дата и время восстановления", FieldKey::End),
    ("дата и время окончания", FieldKey::End),
    ("время восстановления сервиса", FieldKey::End),
    ("окончание воздействия", FieldKey::End),
    ("конец влияния", FieldKey::End),
    ("end", FieldKey::End),
    ("ended", FieldKey::End),
    ("end time", FieldKey::End),
    ("resolution time", FieldKey::End),
    ("end date/time", FieldKey::End),
    ("ended at", FieldKey::End),
    ("время окончания", FieldKey::End),
    ("impact end time", FieldKey::End),
    ("resolved", FieldKey::End),
    ("окончание", FieldKey::End),
    ("восстановление", FieldKey::End),
    ("конец", FieldKey::End),
    ("восстановлено", FieldKey::End),
    ("время восстановления", FieldKey::End),
    ("устранено", FieldKey::End),
    ("resolved at", FieldKey::End),
    ("mitigated", FieldKey::End),
    ("mitigated at", FieldKey::End),
    ("impact end", FieldKey::End),
    ("incident end", FieldKey::End),
    ("факт", FieldKey::Actual),
    ("фактически", FieldKey::Actual),
    ("actual", FieldKey::Actual),
    ("результат", FieldKey::Result),
    ("итог", FieldKey::Result),
];

/// The two sections every decision record has, whatever it calls them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AdrSection {
    /// Why: `## Контекст`, `## Context and Problem Statement`, `## Предпосылки`…
    Context,
    /// What: `## Решение`, `## Decision Outcome`, `## Предлагаемое решение`…
    Decision,
}

/// Words that make a heading the context section.
const CONTEXT_WORDS: [&str; 7] = ["контекст", "context", "предпосылки", "проблема", "problem", "background", "forces"];
/// Words that make a heading the decision section: a haiku's "Design decisions", a pattern
/// form's "Therefore", a DIBB record's "Bet".
const DECISION_WORDS: [&str; 6] = ["решение", "decision", "outcome", "decisions", "therefore", "bet"];

/// Whole headings that are the context section in design-document templates (`## Why`).
const CONTEXT_HEADINGS: [&str; 5] = ["why", "motivation", "мотивация", "зачем", "почему"];
/// Whole headings that are the decision section in design-document templates (`## What`,
/// `## How`, `## Proposal`).
const DECISION_HEADINGS: [&str; 5] = ["what", "how", "proposal", "предложение", "что делаем"];

/// Words that make a heading a decision's context in a record already known to be one (an
/// architecture haiku's "Goal" and "Constraints"), though not enough to make a page one.
const RECORD_CONTEXT_WORDS: [&str; 7] = ["goal", "goals", "constraints", "цель", "цели", "ограничения", "situation"];

/// Which section of a decision record a heading is, in a page known to be a record: the
/// sections [`adr_section`] knows, and a goal or constraints standing for the context.
pub(crate) fn record_section(folded_heading: &str) -> Option<AdrSection> {
    // A management-of-change form's "Reason for change" and "Description of change"; a
    // narrative memo's "Introduction" / "Where we are" and its "Recommendation".
    // A memo's «Постановка задачи».
    const CHANGE_CONTEXT: [&str; 8] = [
        "reason for change",
        "reason for the change",
        "justification",
        "обоснование",
        "introduction",
        "where we are",
        "постановка задачи",
        "постановка проблемы",
    ];
    const CHANGE_DECISION: [&str; 5] = [
        "description of change",
        "description of the change",
        "proposed change",
        "описание изменения",
        "recommendation",
    ];
    adr_section(folded_heading).or_else(|| {
        let words = folded_heading.split(|c: char| !c.is_alphanumeric());
        let named = |phrases: &[&str]| phrases.iter().any(|phrase| folded_heading.contains(phrase));
        if words.into_iter().any(|word| RECORD_CONTEXT_WORDS.contains(&word)) || named(&CHANGE_CONTEXT) {
            Some(AdrSection::Context)
        } else {
            // MADR's "Decision Outcome" written in Russian as `## Итог`, in a record.
            let whole = folded_heading.trim_matches(|c: char| !c.is_alphanumeric());
            let outcome = matches!(whole, "итог" | "итоги" | "итоговое решение" | "результат");
            (named(&CHANGE_DECISION) || outcome).then_some(AdrSection::Decision)
        }
    })
}

/// Which decision-record section a heading is, from its folded text ([`fold`]).
pub(crate) fn adr_section(folded_heading: &str) -> Option<AdrSection> {
    let has = |words: &[&str]| folded_heading.split(|c: char| !c.is_alphanumeric()).any(|word| words.contains(&word));
    let whole = folded_heading.trim_matches(|c: char| !c.is_alphanumeric());
    if has(&CONTEXT_WORDS) || CONTEXT_HEADINGS.contains(&whole) {
        Some(AdrSection::Context)
    } else if has(&DECISION_WORDS) || DECISION_HEADINGS.contains(&whole) {
        Some(AdrSection::Decision)
    } else {
        None
    }
}

/// Lower-cases, maps `ё` to `е`, strips Markdown emphasis markers and collapses spaces.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for ch in text.chars() {
        let Some(ch) = folded_char(ch) else { continue };
        if ch == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        out.extend(ch.to_lowercase());
        last_space = false;
    }
    out.truncate(out.trim_end().len());
    out
}

/// What [`fold`] makes of one character before lower-casing it (`None`: left out).
fn folded_char(ch: char) -> Option<char> {
    Some(match ch {
        'ё' | 'Ё' => 'е',
        // «Won’t do», “quoted”: a word processor's apostrophe is the typewriter's.
        '\u{2019}' | '\u{2018}' => '\'',
        '*' | '_' | '`' => return None,
        '\u{a0}' | '\t' => ' ',
        other => other,
    })
}

/// The byte offset in `text` where the first `folded_bytes` bytes of [`fold`]`(text)` end:
/// `fold` leaves out markup and spaces, so an offset into the folded text is not one into
/// the text (`до 16.05.2026. _В работе._` after the key «до»).
pub(crate) fn unfolded_offset(text: &str, folded_bytes: usize) -> usize {
    let mut produced = 0;
    let mut last_space = true;
    for (at, ch) in text.char_indices() {
        if produced >= folded_bytes {
            return at;
        }
        let Some(ch) = folded_char(ch) else { continue };
        if ch == ' ' {
            produced += usize::from(!last_space);
            last_space = true;
            continue;
        }
        produced += ch.to_lowercase().map(char::len_utf8).sum::<usize>();
        last_space = false;
    }
    text.len()
}

/// All spellings, with user overrides merged in; lookups take folded text.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    statuses: Vec<(String, Status)>,
    relations: Vec<(String, StatedRelation)>,
    fields: BTreeMap<String, FieldKey>,
    action_headings: Vec<String>,
}

impl Default for Vocabulary {
    fn default() -> Self {
        Self::with_overrides(&BTreeMap::new(), &BTreeMap::new())
    }
}

impl Vocabulary {
    /// The built-in vocabulary plus `statuses` (spelling → status id) and `relations`
    /// (spelling → relation id) from `book.toml`. Overrides with an unknown target id are
    /// ignored here; the caller reports them.
    pub fn with_overrides(statuses: &BTreeMap<String, String>, relations: &BTreeMap<String, String>) -> Self {
        let mut status_list: Vec<(String, Status)> =
            STATUS_SPELLINGS.iter().map(|(word, status)| ((*word).to_owned(), status.clone())).collect();
        status_list.extend(statuses.iter().filter_map(|(word, id)| Some((fold(word), Status::from_id(id)?))));
        let mut relation_list: Vec<(String, StatedRelation)> =
            RELATION_SPELLINGS.iter().map(|(word, rel)| ((*word).to_owned(), *rel)).collect();
        relation_list
            .extend(relations.iter().filter_map(|(word, id)| Some((fold(word), StatedRelation::from_id(id)?))));
        // Longest spelling first, so "заменено на" wins over "заменено".
        status_list.sort_by_key(|(word, _)| std::cmp::Reverse(word.chars().count()));
        relation_list.sort_by_key(|(word, _)| std::cmp::Reverse(word.chars().count()));
        let mut fields: BTreeMap<String, FieldKey> =
            FIELD_SPELLINGS.iter().map(|(word, key)| ((*word).to_owned(), *key)).collect();
        for (word, relation) in &relation_list {
            fields.entry(word.clone()).or_insert(FieldKey::Relation(*relation));
        }
        Self { statuses: status_list, relations: relation_list, fields, action_headings: Vec::new() }
    }

    /// This vocabulary with more metadata keys (`book.toml` `[tpmdocs.fields]`: spelling →
    /// field id, «Окно влияния» = "duration"); unknown ids are left out (the configuration
    /// reports them).
    pub fn with_fields(mut self, fields: &BTreeMap<String, String>) -> Self {
        for (word, id) in fields {
            if let Some(key) = FieldKey::from_id(id.trim()) {
                let spelling = word.trim().trim_end_matches(':').replace('_', " ");
                self.fields.insert(fold(&spelling).trim().to_owned(), key);
            }
        }
        self
    }

    /// This vocabulary with more heading phrases that introduce action items (`book.toml`).
    pub fn with_action_headings(mut self, headings: &[String]) -> Self {
        self.action_headings = headings.to_vec();
        self
    }

    /// Heading phrases from `book.toml` that introduce action items, besides the built-in ones.
    pub fn action_headings(&self) -> &[String] {
        &self.action_headings
    }

    /// The status a text starts with, and the rest of the text after it.
    /// A status written as one slug (`in-review`, `in_progress`) reads as its words.
    pub fn status_prefix<'t>(&self, text: &'t str) -> Option<(Status, &'t str)> {
        if let Some((index, rest)) = match_prefix(&self.statuses, text) {
            return Some((self.statuses[index].1.clone(), rest));
        }
        // `-` and `_` become spaces, byte for byte, so the rest is found at the same place.
        let spaced = text.replace(['-', '_'], " ");
        let (index, rest) = match_prefix(&self.statuses, &spaced)?;
        let at = spaced.len() - rest.len();
        Some((self.statuses[index].1.clone(), &text[at..]))
    }

    /// The relation phrase a text starts with, and the rest of the text after it.
    pub fn relation_prefix<'t>(&self, text: &'t str) -> Option<(StatedRelation, &'t str)> {
        let (index, rest) = match_prefix(&self.relations, text)?;
        Some((self.relations[index].1, rest))
    }

    /// The meaning of a metadata key (already without its colon), if known.
    pub fn field(&self, key: &str) -> Option<FieldKey> {
        // `last_reviewed` (front matter) is `last reviewed`; `fold` drops `_` as emphasis.
        // (`Decision-Date`, a commit trailer's, is "decision date" too.)
        let key = key.trim().trim_end_matches(':').replace('_', " ");
        let hyphenated =
            key.contains('-') && key.split('-').all(|word| !word.is_empty() && word.chars().all(char::is_alphabetic));
        let key = if hyphenated { key.replace('-', " ") } else { key };
        let folded = fold(&key);
        // `5. Продолжительность простоя`: a numbered field of an act.
        let unnumbered = folded.trim_start_matches(|c: char| c.is_ascii_digit());
        let folded = if unnumbered.len() < folded.len() && unnumbered.starts_with(['.', ')']) {
            unnumbered[1..].trim()
        } else {
            folded.trim()
        };
        // `Time to Resolve (TTR)`, «Владелец (сервиса)»: the key without what is in brackets.
        let bare = || folded.split_once(" (").filter(|(_, rest)| rest.ends_with(')')).map(|(bare, _)| bare.trim());
        // `Due date / дата решения` (a tracker's field renamed for the team): either name,
        // the one that is not a task's due date first.
        let either = || {
            let (first, second) = folded.split_once(" / ")?;
            let first = self.field(first);
            let second = self.field(second);
            match (first, second) {
                (Some(FieldKey::Due), Some(other)) | (Some(other), _) => Some(other),
                (None, other) => other,
            }
        };
        self.fields
            .get(folded)
            .or_else(|| bare().and_then(|bare| self.fields.get(bare)))
            .copied()
            .or_else(|| described_field(folded))
            .or_else(|| bare().and_then(described_field))
            .or_else(either)
    }
}

/// A key no list spells but whose words say what it holds: "Total duration of impact",
/// «Продолжительность простоя сервиса» (a duration, unless it is the time to detect or to
/// respond); "Doc status", «Статус плана» (the document's status); «Дата оценки»,
/// "Decision date" (the document's date, unless it is one to come: «Дата окончания»).
fn described_field(folded: &str) -> Option<FieldKey> {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mentions = |stems: &[&str]| stems.iter().any(|stem| folded.contains(stem));
    // «Фактическое время недоступности», "Actual downtime": how long the service was down.
    let time_down = folded.contains("время") && mentions(&["недоступн", "простоя", "сбоя"]);
    let lasting = time_down || mentions(&["duration", "длительност", "продолжительност", "downtime"]);
    // Not another span, and not the allowance an SLA grants («Допустимое время недоступности»).
    let other_span = mentions(&[
        "detect",
        "обнаруж",
        "respon",
        "реакц",
        "ack",
        "mitigat",
        "meeting",
        "встреч",
        "estimat",
        "оценк",
        "допустим",
        "allowed",
        "allowance",
        "budget",
        "бюджет",
        "sla",
    ]);
    // «Сводку составил», «Отчёт подготовила»: who wrote it.
    let signed = ["составил", "составила", "составили", "подготовил", "подготовила", "подготовили"];
    if words.len() <= 3 && words.last().is_some_and(|word| signed.contains(word)) {
        return Some(FieldKey::Author);
    }
    // «Конкурентный лист подготовлен», «Составлена»: who drew the paper up and when (`18.03.2026,
    // Бондаренко Т. В.`); its date is the page's own.
    if names_drawing_up(folded) {
        return Some(FieldKey::Author);
    }
    // "Lost airtime (hh:mm:ss)", «Потерянное время», "Total customer impact": the time lost.
    let lost = mentions(&["lost", "потерян"]) && mentions(&["time", "airtime", "время", "эфир"]);
    let total_impact = mentions(&["total"]) && mentions(&["impact"]);
    // «Простой DCS», "Downtime of the API": how long what it names was down.
    // «Время недоступности услуги», «Время простоя»: the time it was down, too.
    let down = matches!(words.first(), Some(&("простой" | "downtime" | "недоступность"))) && words.len() <= 4
        || matches!(words.first(), Some(&"время")) && mentions(&["недоступност", "простоя"]) && words.len() <= 4
        // "Loss of monitoring and control", "Loss of service": how long it was lost.
        || words.starts_with(&["loss", "of"]) && words.len() <= 5;
    if (lasting || lost || total_impact || down) && !other_span && words.len() <= 5 {
        return Some(FieldKey::Duration);
    }
    // "Escalation priority", "Fault category", «Категория сбоя»: the level an incident (an
    // escalation, a fault) was given.
    let of_incident = mentions(&[
        "incident",
        "escalat",
        "fault",
        "outage",
        "failure",
        "инцидент",
        "сбо",
        "авари",
        "отказ",
        "неисправн",
        "impact",
        "влияни",
        "problem",
        "проблем",
        // A safety register's "Event category", «Значимость события»; a HACCP deviation's
        // «Категория отклонения»; a plant's "Stop category".
        "event",
        "событи",
        "отклонени",
        "deviation",
        "stop",
    ]);
    let level = words.iter().any(|word| {
        [
            "priority",
            "severity",
            "category",
            "level",
            "rating",
            "приоритет",
            "категори",
            "критичност",
            "уровень",
            "значимост",
            "тяжест",
            // «Класс инцидента: 2», «Степень влияния: высокая».
            "класс",
            "степен",
        ]
        .iter()
        .any(|stem| word.starts_with(stem))
    });
    // «Уровень влияния на производственный процесс»: a level named first may say of what.
    let level_first =
        words.first().is_some_and(|word| ["уровень", "level", "категори"].iter().any(|stem| word.starts_with(stem)))
            && words.iter().all(|word| word.chars().all(|c| c.is_alphabetic() || c == '-'));
    if of_incident && level && (words.len() <= 3 || level_first && words.len() <= 5) {
        return Some(FieldKey::Severity);
    }
    // "Actual severity", "Overall severity": the severity it was given; a potential one
    // (a risk matrix's worst case) is not.
    let potential = mentions(&["potential", "worst", "потенциальн", "возможн"]);
    if words.len() == 2 && matches!(words[1], "severity" | "серьезность" | "критичность") && !potential
    {
        return Some(FieldKey::Severity);
    }
    // «Уровень серьёзности», «Степень критичности», "Severity rating": a level of severity.
    let graded = mentions(&["серьезност", "критичност", "severity", "тяжест"]);
    let degree = words.first().is_some_and(|word| ["уровень", "степень", "класс"].contains(word))
        || words.last().is_some_and(|word| ["rating", "level", "grade"].contains(word));
    if graded && degree && words.len() == 2 && !potential {
        return Some(FieldKey::Severity);
    }
    // «Дата последней проверки инструкции», "Last review of this runbook".
    let last = mentions(&["последн", "last"]);
    let review = mentions(&[
        // «Дата последней актуализации»: a regulation brought up to date is reviewed.
        "актуализ",
        "провер",
        "ревью",
        "пересмотр",
        "review",
        "verified",
        "tested",
        "dry run",
        "drill",
        "pass",
        "exercised",
        "checked",
        "прогон",
        "сверк",
    ]);
    if last && review && words.len() <= 6 {
        return Some(FieldKey::LastReviewed);
    }
    // «Дата ревизии»: a runbook's revision is its review, not the previous or the next one.
    let other_one = mentions(&["предыдущ", "следующ", "previous", "next"]);
    if folded.contains("ревизи") && !other_one && words.len() <= 3 {
        return Some(FieldKey::LastReviewed);
    }
    // "Outage start", "Service restored", «Восстановление сервиса»: when the impact began or
    // ended, named by what it is about and a word for starting or ending.
    let about_impact = mentions(&[
        "outage",
        "incident",
        "impact",
        "service",
        "сбо",
        "инцидент",
        "влияни",
        "воздейств",
        "простой",
        "сервис",
        "недоступн",
        "exposure",
        "customer",
        "клиент",
        "user",
        "пользовател",
        "visible",
    ]);
    if about_impact && words.len() <= 4 {
        // ("start/end": two words parted by a slash.)
        let opens_a_word = |stems: &[&str]| {
            words.iter().flat_map(|word| word.split('/')).any(|word| stems.iter().any(|stem| word.starts_with(stem)))
        };
        let starting = opens_a_word(&["start", "began", "begin", "начал"]);
        let ending =
            opens_a_word(&["restored", "end", "resolved", "recovered", "восстановл", "оконч", "конец", "устранен"]);
        match (starting, ending) {
            (true, false) => return Some(FieldKey::Start),
            (false, true) => return Some(FieldKey::End),
            // "Impact start/end: 11:20 → 16:05 (4h 45m)": both ends, the span between them.
            (true, true) => return Some(FieldKey::Duration),
            _ => {}
        }
        // "Incident period", «Окно влияния»: the span, as a range or a length.
        if opens_a_word(&["period", "window", "период", "окно", "interval", "интервал"]) {
            return Some(FieldKey::Duration);
        }
    }
    let of_document = [
        "report",
        "rfo",
        "rca",
        "aar",
        "pir",
        "doc",
        "document",
        "page",
        "plan",
        "roadmap",
        "spec",
        "rfc",
        "design",
        "proposal",
        "approval",
        "retro",
        "review",
        "incident",
        "postmortem",
        "debrief",
        "protocol",
        "escalation",
        // A register's record of an event and its investigation, a change's MOC record, a
        // safety flash, a statement of work, a knowledge article, a survey.
        "record",
        "flash",
        "sow",
        "article",
        "survey",
        "event",
        "investigation",
        "analysis",
        "moc",
    ];
    // «Дата оценки», "Estimate date": when the document was written; not a date to come, nor
    // the day of the meeting that reviewed it («Дата разбора»).
    let later = [
        "следующ",
        "окончан",
        "завершен",
        "срок",
        "next",
        "due",
        "target",
        "deadline",
        "end",
        "разбор",
        "review",
        "ревью",
        "встреч",
        "meeting",
        "retro",
        "debrief",
        // "Release date", «Дата релиза», «Дата запуска»: the day a release is to ship.
        "release",
        "релиз",
        "запуск",
        "launch",
    ];
    let dated = !mentions(&later);
    // "State of this page", "Status of the document".
    let of_this = words.len() <= 5 && words.iter().any(|word| of_document.contains(word));
    if of_this && matches!(words.first(), Some(&("status" | "state"))) && words.get(1) == Some(&"of") {
        return Some(FieldKey::Status);
    }
    match words.as_slice() {
        // "Escalation state": a support escalation's own, written up as the review.
        [what, "status" | "state"] if of_document.contains(what) => Some(FieldKey::Status),
        // «Статус пункта», «Статус задачи»: an item's, explained in a legend, not the document's.
        ["статус", whose] if !["пункт", "задач", "элемент", "строк"].iter().any(|stem| whose.starts_with(stem)) => {
            Some(FieldKey::Status)
        }
        ["дата", _] | ["дата", _, _] if dated => Some(FieldKey::Date),
        [_, "date"] if dated => Some(FieldKey::Date),
        _ => None,
    }
}

/// «Конкурентный лист подготовлен», «Составлена» (folded, three words at most): a key that
/// says when and by whom a paper was drawn up, its value a date and a name.
pub(crate) fn names_drawing_up(folded: &str) -> bool {
    const DRAWN_UP: [&str; 6] =
        ["подготовлен", "подготовлена", "подготовлено", "составлен", "составлена", "составлено"];
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.len() <= 3 && words.last().is_some_and(|word| DRAWN_UP.contains(word))
}

/// Finds the longest spelling that `text` starts with (folded), ending at a word boundary.
/// Returns its index and the unfolded remainder of `text`.
fn match_prefix<'t, T>(table: &[(String, T)], text: &'t str) -> Option<(usize, &'t str)> {
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    table.iter().enumerate().find_map(|(index, (word, _))| {
        let end = folded_prefix_len(trimmed, word)?;
        let rest = &trimmed[end..];
        let boundary = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
        boundary.then_some((index, rest.trim_start_matches(['*', '_', ':'])))
    })
}

/// Byte length of the prefix of `text` that folds to `word`, if any.
fn folded_prefix_len(text: &str, word: &str) -> Option<usize> {
    let mut expected = word.chars().peekable();
    let mut last_was_space = false;
    for (offset, ch) in text.char_indices() {
        if expected.peek().is_none() {
            return Some(offset);
        }
        let folded = match ch {
            'ё' | 'Ё' => 'е',
            // «Won’t do», “quoted”: a word processor's apostrophe is the typewriter's.
            '\u{2019}' | '\u{2018}' => '\'',
            '*' | '_' | '`' => continue,
            c if c.is_whitespace() => ' ',
            c => c.to_lowercase().next().unwrap_or(c),
        };
        if folded == ' ' && last_was_space {
            continue;
        }
        last_was_space = folded == ' ';
        if expected.next() != Some(folded) {
            return None;
        }
    }
    expected.peek().is_none().then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_serialise_as_their_ids_and_read_back() {
        for status in Status::KNOWN.into_iter().chain([Status::Unknown("Пилот".to_owned())]) {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.id()));
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
        }
    }

    #[test]
    fn example_fold() {
        assert_eq!(crate::deliverable::vocab::fold("**Заменён**  на"), "заменен на");
    }

    #[test]
    fn example_status_prefix() {
        use crate::deliverable::vocab::{Status, Vocabulary};
        let vocabulary = Vocabulary::default();
        let (status, rest) = vocabulary.status_prefix("Заменено [ADR-5](adr-5.md)").unwrap();
        assert_eq!((status, rest), (Status::Superseded, " [ADR-5](adr-5.md)"));
    }

    #[test]
    fn a_level_of_severity_however_it_is_named() {
        let vocabulary = Vocabulary::default();
        for key in ["Уровень серьёзности", "Степень критичности", "Severity rating", "Класс тяжести", "Класс инцидента"]
        {
            assert_eq!(vocabulary.field(key), Some(FieldKey::Severity), "{key}");
        }
        for key in ["Потенциальная серьёзность", "Уровень доступа", "Severity matrix notes"]
        {
            assert_ne!(vocabulary.field(key), Some(FieldKey::Severity), "{key}");
        }
    }

    #[test]
    fn an_itil_protocol_s_keys() {
        let vocabulary = Vocabulary::default();
        for (key, expected) in [
            ("Время восстановления", FieldKey::End),
            ("Дата и время возникновения", FieldKey::Start),
            ("Дата и время восстановления", FieldKey::End),
            ("Дата последней актуализации", FieldKey::LastReviewed),
            ("Verified on", FieldKey::LastReviewed),
            ("Время недоступности услуги", FieldKey::Duration),
            ("Entity State", FieldKey::Status),
            ("Класс", FieldKey::Severity),
            ("Decision-Date", FieldKey::Date),
        ] {
            assert_eq!(vocabulary.field(key), Some(expected), "{key}");
        }
    }

    #[test]
    fn statuses_in_both_languages_any_case_and_yo() {
        let vocabulary = Vocabulary::default();
        let cases = [
            ("Accepted", Status::Accepted),
            ("ACCEPTED", Status::Accepted),
            ("Принято", Status::Accepted),
            ("утверждено", Status::Accepted),
            ("Предложено", Status::Proposed),
            ("На рассмотрении", Status::Proposed),
            ("Черновик", Status::Draft),
            ("Отклонено", Status::Rejected),
            ("Устарело", Status::Deprecated),
            ("Не актуально", Status::Deprecated),
            ("Заменено", Status::Superseded),
            ("Заменён", Status::Superseded),
            ("Заменено на ADR-7", Status::Superseded),
            ("Superceded by [3. Use X](0003-use-x.md)", Status::Superseded),
            ("**Принято**", Status::Accepted),
            ("Действует", Status::Accepted),
            ("Отменено решением № 7 ([Тарификация](Решение-07-Тарификация))", Status::Superseded),
            ("Отменено", Status::Deprecated),
            ("действующий", Status::Accepted),
            ("проект (на согласовании у Заказчика)", Status::Proposed),
            ("проект", Status::Draft),
            ("утратил силу (заменён ТР-2026-03)", Status::Superseded),
            ("Replaced by RFC-0007", Status::Superseded),
        ];
        for (text, expected) in cases {
            assert_eq!(vocabulary.status_prefix(text).map(|(s, _)| s), Some(expected), "{text}");
        }
    }

    #[test]
    fn decision_record_sections_in_every_template() {
        for (heading, section) in [
            ("Контекст", Some(AdrSection::Context)),
            ("Context and Problem Statement", Some(AdrSection::Context)),
            ("Why", Some(AdrSection::Context)),
            ("Decision Outcome", Some(AdrSection::Decision)),
            ("What", Some(AdrSection::Decision)),
            ("How", Some(AdrSection::Decision)),
            ("Предложение", Some(AdrSection::Decision)),
            ("How to roll back", None),
            ("What we did not try", None),
            ("Goals", None),
            ("Design decisions", Some(AdrSection::Decision)),
            ("Therefore", Some(AdrSection::Decision)),
            ("Forces", Some(AdrSection::Context)),
        ] {
            assert_eq!(adr_section(&fold(heading)), section, "{heading}");
        }
        assert_eq!(record_section("goal"), Some(AdrSection::Context), "a haiku's goal, in a record");
        assert_eq!(record_section("2. reason for change"), Some(AdrSection::Context), "a MOC form's");
        assert_eq!(record_section("1. description of change"), Some(AdrSection::Decision));
        assert_eq!(record_section("recommendation"), Some(AdrSection::Decision), "a narrative memo's");
        assert_eq!(record_section("итог"), Some(AdrSection::Decision), "MADR's outcome, in Russian");
        assert_eq!(record_section("2. постановка задачи"), Some(AdrSection::Context), "a memo's");
        assert_eq!(adr_section("итог"), None, "not enough to make a page a record");
    }

    #[test]
    fn a_longer_word_is_not_a_status() {
        let vocabulary = Vocabulary::default();
        assert_eq!(vocabulary.status_prefix("Принятое решение"), None);
        assert_eq!(vocabulary.status_prefix("Непонятно"), None);
    }

    #[test]
    fn relations_prefer_the_longest_spelling() {
        let vocabulary = Vocabulary::default();
        let cases = [
            ("Заменено на [ADR-5](a.md)", StatedRelation::SupersededBy, " [ADR-5](a.md)"),
            ("Частично заменено ADR-4", StatedRelation::AmendedBy, " ADR-4"),
            ("Supercedes [2. X](0002-x.md)", StatedRelation::Supersedes, " [2. X](0002-x.md)"),
            ("Зависит от ADR 2", StatedRelation::DependsOn, " ADR 2"),
            ("см. также ADR-1", StatedRelation::RelatesTo, " ADR-1"),
            ("Уточняет ADR-1", StatedRelation::Clarifies, " ADR-1"),
            ("Изменяет АР-1", StatedRelation::Amends, " АР-1"),
            ("Extended by ADR-9", StatedRelation::AmendedBy, " ADR-9"),
        ];
        for (text, relation, rest) in cases {
            assert_eq!(vocabulary.relation_prefix(text), Some((relation, rest)), "{text}");
        }
    }

    #[test]
    fn field_keys_in_both_languages() {
        let vocabulary = Vocabulary::default();
        assert_eq!(vocabulary.field("Статус"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Последний пересмотр:"), Some(FieldKey::LastReviewed));
        assert_eq!(vocabulary.field("decision-makers"), Some(FieldKey::Deciders));
        assert_eq!(vocabulary.field("Серьёзность"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Impact start/end"), Some(FieldKey::Duration), "both ends: the span");
        assert_eq!(vocabulary.field("Impact start"), Some(FieldKey::Start));
        assert_eq!(vocabulary.field("Заменяет"), Some(FieldKey::Relation(StatedRelation::Supersedes)));
        assert_eq!(vocabulary.field("Погода"), None);
        assert_eq!(vocabulary.field("last_reviewed"), Some(FieldKey::LastReviewed), "front matter spelling");
        assert_eq!(vocabulary.field("Дата последней проверки"), Some(FieldKey::LastReviewed));
        assert_eq!(vocabulary.field("Total duration of impact"), Some(FieldKey::Duration), "described, not listed");
        assert_eq!(vocabulary.field("Продолжительность недоступности"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Duration to detect"), None, "another span");
        assert_eq!(vocabulary.field("Due date / дата решения"), Some(FieldKey::Date), "two names, not the due one");
        assert_eq!(vocabulary.field("Owner / Владелец"), Some(FieldKey::Owner));
        for (key, meaning) in [
            ("Event category", Some(FieldKey::Severity)),
            ("Значимость события", Some(FieldKey::Severity)),
            ("Actual severity", Some(FieldKey::Severity)),
            ("Potential severity", None),
            ("Loss of monitoring and control", Some(FieldKey::Duration)),
            ("Event date and time", Some(FieldKey::Date)),
            ("Event type", None),
        ] {
            assert_eq!(vocabulary.field(key), meaning, "{key}");
        }
        assert_eq!(vocabulary.field("Doc status"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Record status"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Event status"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Статус плана"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Статус пункта"), None, "an item's, in a legend");
        assert_eq!(vocabulary.field("State of this page"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Status of the rollout"), None);
        assert_eq!(vocabulary.field("Build status"), None, "not the document's");
        assert_eq!(vocabulary.field("Дата оценки"), Some(FieldKey::Date));
        assert_eq!(vocabulary.field("Decision date"), Some(FieldKey::Date));
        assert_eq!(vocabulary.field("Дата следующего пересмотра"), None, "a date to come");
        assert_eq!(vocabulary.field("Target date"), None);
        assert_eq!(vocabulary.field("Дата последней проверки инструкции"), Some(FieldKey::LastReviewed));
        assert_eq!(vocabulary.field("State"), Some(FieldKey::Status), "Azure DevOps' word");
        assert_eq!(vocabulary.field("Outage start"), Some(FieldKey::Start));
        assert_eq!(vocabulary.field("Incident period"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Exposure window"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Окно воздействия"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("5. Продолжительность простоя"), Some(FieldKey::Duration), "a numbered field");
        assert_eq!(vocabulary.field("6. Категория неисправности"), vocabulary.field("Категория неисправности"));
        assert_eq!(vocabulary.field("Last dry run"), Some(FieldKey::LastReviewed));
        assert_eq!(vocabulary.field("last pass"), Some(FieldKey::LastReviewed));
        assert_eq!(vocabulary.field("Дата ревизии"), Some(FieldKey::LastReviewed));
        assert_eq!(vocabulary.field("Предыдущая ревизия"), None);
        assert_eq!(vocabulary.field("Начало недоступности"), Some(FieldKey::Start));
        assert_eq!(vocabulary.field("Восстановление"), Some(FieldKey::End));
        assert_eq!(vocabulary.field("Фактическое время недоступности"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Сводку составил"), Some(FieldKey::Author));
        assert_eq!(vocabulary.field("Escalation priority"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Escalation state"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Impact level"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Категория ИТ-инцидента (по регламенту РГ-ИТ-05)"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Criticality"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Простой DCS"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Приоритет проблемы"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Impact rating"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Уровень влияния"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Категория ИТ-инцидента"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Report state"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Fault category"), Some(FieldKey::Severity));
        assert_eq!(vocabulary.field("Backlog priority"), None, "a priority of something else");
        assert_eq!(vocabulary.field("Lost airtime (hh:mm:ss)"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Total customer impact"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Customer-visible window"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Time to detect"), None);
        assert_eq!(vocabulary.field("Допустимое время недоступности в месяц по SLA"), None, "an allowance");
        assert_eq!(vocabulary.field("Actual downtime"), Some(FieldKey::Duration));
        assert_eq!(vocabulary.field("Service restored"), Some(FieldKey::End));
        assert_eq!(vocabulary.field("Восстановление сервиса"), Some(FieldKey::End));
        assert_eq!(vocabulary.field("Incident attendees"), None, "no word for an end opens a word");
        assert_eq!(vocabulary.field("Report status"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("RFO status"), Some(FieldKey::Status));
        assert_eq!(vocabulary.field("Время обнаружения"), Some(FieldKey::Start));
        assert_eq!(vocabulary.field("Resolved at"), Some(FieldKey::End));
        assert_eq!(vocabulary.field("__Статус__"), Some(FieldKey::Status), "emphasis around a key");
    }

    #[test]
    fn overrides_add_spellings() {
        let statuses = BTreeMap::from([("В производстве".to_owned(), "accepted".to_owned())]);
        let relations = BTreeMap::from([("опирается на".to_owned(), "depends-on".to_owned())]);
        let vocabulary = Vocabulary::with_overrides(&statuses, &relations);
        assert_eq!(vocabulary.status_prefix("в производстве").map(|(s, _)| s), Some(Status::Accepted));
        assert_eq!(vocabulary.relation_prefix("Опирается на ADR-1").map(|(r, _)| r), Some(StatedRelation::DependsOn));
    }
}
