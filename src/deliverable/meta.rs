//! Metadata from the three places real deliverables keep it: front matter, a bold or bullet
//! list right under the H1, and `## Status` / `## Статус` sections near the top.
//!
//! Front matter wins over the inline forms; a disagreement is a warning. Lines further down
//! the body and lines inside code blocks are never metadata.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::adr_id::{self, SeriesRef};
use super::date::Date;
use super::frontmatter::{FrontMatter, FrontValue};
use super::kind::Kind;
use super::lines::{cells, last_non_blank, strip_bullet};
use super::located::{LineSpan, Located, Origin};
use super::measures;
use super::outline::{Outline, Role};
use super::vocab::{adr_section, fold, AdrSection, FieldKey, StatedRelation, Status, Vocabulary};
use crate::diagnostic::Diagnostic;

/// How a relation names its target; resolved against the site later.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct TargetRef {
    /// Link destination as written (`0003-use-x.md`), if the target was a link.
    pub link: Option<String>,
    /// ADR number mentioned (`ADR-5`, `adr-005`, `5`).
    pub number: Option<u32>,
    /// The series the number is in (`ADR-Operator-7`), or the referring document's own.
    pub series: SeriesRef,
    /// Link text or the bare text, for title matching and messages.
    pub text: String,
    /// The other side of a wikilink's `|`: Obsidian writes `[[note|alias]]`, Dendron
    /// `[[alias|note]]`, so either may name the note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

/// A relation stated by a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RelationStatement {
    /// Which relation, in the voice it was written.
    pub relation: StatedRelation,
    /// Its target.
    pub target: TargetRef,
    /// 1-based line where it was stated.
    pub line: usize,
    /// Stated by a paragraph of the body (`Связано с ADR-104: …`) rather than a metadata
    /// field: a target that is not in the portal (another team's ADR) is a mention, not an
    /// error.
    #[serde(default)]
    pub in_prose: bool,
}

/// A metadata field kept for display in the metadata panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Field {
    /// Known meaning, if any.
    pub key: Option<FieldKey>,
    /// The key as written (`Участники`), used when the key has no known meaning.
    pub label: String,
    /// The value as text.
    pub value: String,
    /// 1-based line.
    pub line: usize,
}

/// Everything the metadata sources of one file say.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Metadata {
    /// Title from front matter or the first H1.
    pub title: Option<Located<String>>,
    /// The H1 when the front matter's title is another (`title: АК-2025-14. Kafka` over
    /// «# Протокол архитектурного комитета № АК-2025-14»): it may say the kind.
    #[serde(default)]
    pub heading_title: Option<String>,
    /// `kind:` override from front matter.
    pub kind: Option<Kind>,
    /// The status and the line it was stated on.
    pub status: Option<Located<Status>>,
    /// The status as written (`В работе`, "Review complete, follow-ups below"), which a
    /// deliverable that is not a decision keeps when it names a state of its work.
    pub status_as_written: Option<String>,
    /// The date.
    pub date: Option<Located<Date>>,
    /// A date the document is signed, versioned or decided with (`Author: … — version 0.4,
    /// 2026-03-30`, «принято 09.12.2025»): its date when nothing states one outright, not
    /// even its name.
    pub implied_date: Option<Located<Date>>,
    /// The day a tool stamped the file as created (Joplin's and Dendron's `created:` in the
    /// front matter): its date only when nothing else dates it.
    pub created: Option<Located<Date>>,
    /// The first date in the prose before the first section («Вчера, 3 марта 2026, Argo CD
    /// не успевал…»): a blog post's incident day, before the day it was published.
    pub lead_date: Option<Located<Date>>,
    /// The date the text states when the front matter states another: a blog's post-mortem
    /// (`date: 2025-04-24` over `| Дата инцидента | 22.04.2025 |`), whose incident came
    /// before the day the post was published.
    pub text_date: Option<Located<Date>>,
    /// Display fields in the order found.
    pub fields: Vec<Field>,
    /// Relations in the order found.
    pub relations: Vec<RelationStatement>,
    /// Tags.
    pub tags: Vec<String>,
    /// The H1 and the metadata list under it, which the page shows in its header and
    /// metadata panel instead of the body.
    pub header_lines: Option<LineSpan>,
    /// The decision-record sections the text has (context, decision), in any language.
    pub adr_sections: Vec<AdrSection>,
}

impl Metadata {
    /// Whether a field with this meaning was read.
    pub(crate) fn states(&self, key: FieldKey) -> bool {
        self.fields.iter().any(|field| field.key == Some(key))
    }

    /// Whether the page has a decision record's decision section («Решение», "Decision").
    pub(crate) fn has_decision_section(&self) -> bool {
        self.adr_sections.contains(&AdrSection::Decision)
    }
}

/// «Отчёт от 08.04.2026», "Prepared 24.03.2026 by …": a sentence that opens as
/// [`DATING_OPENERS`] do and holds the day.
fn opens_with_its_day(sentence: &str) -> bool {
    let folded = fold(strip_markup(sentence).trim_start_matches(|c: char| !c.is_alphanumeric()));
    DATING_OPENERS.iter().any(|opener| folded.starts_with(opener))
        && !after_an_event(&folded)
        && Date::find(sentence).is_some()
}

/// The day a sentence of `note` says the record was written on (`Written May 19, 2026 by
/// @Wei`, «Подготовлено 19.05.2026»): a sentence that opens as [`DATING_OPENERS`] do.
fn written_day(note: &str) -> Option<Date> {
    // (`At risk — posted by Priya Nair, May 15, 2026`: a clause after a dash too.)
    note.split(". ")
        .flat_map(|sentence| sentence.split(" — "))
        .find(|sentence| opens_with_its_day(sentence))
        .and_then(Date::find)
}

/// What each metadata source of a file says, before anything is decided: the front matter,
/// and the text itself (the H1, the list under it, status/date/relations sections).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Sources {
    /// From the front matter (empty without one).
    pub front: Metadata,
    /// From the text.
    pub text: Metadata,
}

/// Reads the metadata of a normalised text. `front` is the already extracted front matter.
/// Which source wins is decided by [`crate::deliverable::parse`].
pub(crate) fn read(
    outline: &Outline<'_>,
    front: Option<&FrontMatter>,
    file: &str,
    vocabulary: &Vocabulary,
    diagnostics: &mut Vec<Diagnostic>,
) -> Sources {
    let mut from_front = MetadataReader {
        vocabulary,
        file,
        diagnostics: &mut *diagnostics,
        origin: Origin::FrontMatter,
        meta: Metadata::default(),
        event_dated: false,
        decision_status_read: false,
        metadata_lines: None,
    };
    if let Some(front) = front {
        // Wiki.js stamps each page it stores with `date:` (its last save, to the millisecond)
        // beside `dateCreated:` and `editor:`: an update, not the day the document is about.
        let wiki_js = ["editor", "dateCreated"].iter().all(|key| front.entries.iter().any(|entry| entry.key == *key));
        // A blog engine's post (Pelican's `slug:` and `category:`): its `status: draft` is
        // whether the post is published, not where the document stands.
        let post = ["slug", "category"]
            .iter()
            .all(|key| front.entries.iter().any(|entry| entry.key.eq_ignore_ascii_case(key)));
        for entry in &front.entries {
            if post
                && entry.key.eq_ignore_ascii_case("status")
                && entry.value.joined().trim().eq_ignore_ascii_case("draft")
            {
                continue;
            }
            let key = if wiki_js && entry.key == "date" { "updated" } else { entry.key.as_str() };
            from_front.front_entry(key, &entry.value, entry.line);
        }
    }
    // SiYuan's document attributes on an export's last line (`{: … type="doc"
    // custom-status="accepted"}`): the document's own fields, as front matter holds them.
    if let (None, Some((line, attributes))) = (front, siyuan_document_attributes(outline)) {
        for (name, value) in attributes {
            from_front.front_entry(&name, &FrontValue::Text(value), line);
        }
    }
    let front_meta = from_front.meta;
    let body_start = front.map_or(0, |front| front.line_count);
    let mut inline = MetadataReader {
        vocabulary,
        file,
        diagnostics,
        origin: Origin::Text,
        meta: Metadata::default(),
        event_dated: false,
        decision_status_read: false,
        metadata_lines: None,
    };
    inline.inline_sources(outline, body_start);
    Sources { front: front_meta, text: inline.meta }
}

/// The 1-based line of a SiYuan export's document attributes — its last line,
/// `{: id="…" title="АР-001 …" type="doc" custom-status="accepted"}` — and the attributes
/// that are the document's fields: its title and each `custom-` one, by name
/// (`custom-status` → `status`).
fn siyuan_document_attributes(outline: &Outline<'_>) -> Option<(usize, Vec<(String, String)>)> {
    let index = (0..outline.len()).rev().find(|&index| !outline.line(index).trim().is_empty())?;
    let line = outline.line(index).trim();
    // As exported, or as the dialect pass keeps it (in a comment, beside the block's id).
    let inside = match crate::markdown::dialects::attributes_in_comment(line) {
        Some(attributes) => attributes,
        None => line.strip_prefix("{:")?.strip_suffix('}')?,
    };
    if !inside.contains(r#"type="doc""#) {
        return None;
    }
    let unescape =
        |value: &str| value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    let fields = crate::markdown::dialects::attribute_pairs(inside)
        .filter_map(|(name, value)| {
            let name = if name == "title" { name } else { name.strip_prefix("custom-")? };
            (!value.trim().is_empty()).then(|| (name.to_owned(), unescape(value)))
        })
        .collect();
    Some((index + 1, fields))
}

/// OneNote's page stamp at `index`: a day alone (`15 марта 2025 г.`, `Monday, March 15,
/// 2025`) as a paragraph, then a time of day alone (`10:20`, `10:20 AM`) as the next one;
/// the day and the line after the time.
fn onenote_stamp(outline: &Outline<'_>, index: usize) -> Option<(Date, usize)> {
    let one_line = |at: usize| outline.role(at) == Role::Text && outline.paragraph_end(at) == at + 1;
    if !one_line(index) {
        return None;
    }
    let day = outline.content(index).trim();
    let day = day.split_once(", ").filter(|(weekday, _)| Date::is_weekday(weekday)).map_or(day, |(_, day)| day);
    let date = Date::alone(day)?;
    let time = (index + 1..outline.len()).find(|&at| outline.role(at) != Role::Blank).filter(|&at| one_line(at))?;
    // The time of day and nothing else: `10:20`, `10:20 AM`.
    let clock = outline.content(time).trim();
    let clock = clock.strip_suffix(" AM").or_else(|| clock.strip_suffix(" PM")).unwrap_or(clock);
    let alone = measures::time_of_day_at(clock) == Some(0) && clock.len() == clock.find(':')? + 3;
    alone.then_some((date, time + 1))
}

/// `Review: 2025-07-10`, `Ревью: 18.05.2026 — Марина` under a runbook's title: the day of
/// its review (`Review: @petrov` names a reviewer, no field of ours).
fn is_dated_review(label: &str, value: &str) -> bool {
    matches!(fold(label.trim_matches(['*', '_', ' '])).as_str(), "review" | "ревью") && Date::find(value).is_some()
}

/// `- Customer impact: 47m`, `- Влияние на клиентов: 1 ч 12 мин` (incident.io's duration
/// metrics): the label and the length, when the value is a length and nothing more.
fn customer_impact_item(line: &str) -> Option<(&str, &str)> {
    // (Read for every line of the body: the words are looked for before anything is folded.)
    if !(line.contains("mpact") || line.contains("лияни")) {
        return None;
    }
    let (label, value) = strip_bullet(line).split_once(':')?;
    let label = label.trim().trim_matches('*').trim();
    let named = matches!(fold(label).as_str(), "customer impact" | "влияние на клиентов" | "время влияния на клиентов");
    let value = value.trim().trim_matches('*').trim();
    let length = measures::duration_minutes(value).is_some() && value.split_whitespace().count() <= 4;
    (named && length).then_some((label, value))
}

/// `adr`, `post-mortem` (a kind's id) or `Decision`, «План миграции» (its words).
fn kind_in_words(value: &str) -> Option<Kind> {
    Kind::from_id(value).or_else(|| super::kind::kind_named(value))
}

/// A message board's categories (Basecamp's, as a team names them): what a post is, never
/// an incident's level.
const MESSAGE_CATEGORIES: [&str; 12] = [
    "предложение",
    "proposal",
    "pitch",
    "объявление",
    "announcement",
    "fyi",
    "вопрос",
    "question",
    "heartbeat",
    "новости",
    "news",
    "к сведению",
];

/// `**Воздействие.** Запись деградировала…`: a line that opens with a short label in bold,
/// ended by a full stop inside the bold, and its text after it.
fn bold_sentence_label(text: &str) -> Option<(&str, &str)> {
    let (label, value) = text.strip_prefix("**")?.split_once(".**")?;
    let short = label.split_whitespace().count() <= 4 && !label.contains(|c: char| c.is_ascii_digit() || c == '*');
    (short && !label.is_empty()).then(|| (label.trim(), value.trim()))
}

/// "Impact", «Влияние», «Время влияния», "Customer impact" (folded): a key for what the
/// incident did, whose value may say how long.
pub(crate) fn names_impact(folded_label: &str) -> bool {
    matches!(folded_label, "impact" | "влияние")
        || ["impact", "влияни", "воздейств"].iter().any(|word| folded_label.contains(word))
            && without_whom(folded_label).split_whitespace().count() <= 3
}

/// «Связи», "Links", "Issue links" (folded): a key that only says relations follow, each
/// named in its value (`Зависит от [PLAT-147](…); Связана с [PLAT-155](…)`).
fn names_links(folded_label: &str) -> bool {
    matches!(folded_label, "связь" | "связи" | "links" | "issue links" | "linked issues" | "relations" | "отношения")
}

/// «Статус решения», "Decision status", «Статус документа» (folded): a key for the
/// decision's or the document's own state, not the state of the task or page that holds it.
fn names_decision_status(folded_label: &str) -> bool {
    matches!(
        folded_label,
        "статус решения"
            | "decision status"
            | "adr status"
            | "статус adr"
            | "статус документа"
            | "document status"
            | "spec status"
            | "статус спецификации"
            | "статус тз"
            | "rfc status"
            | "plan status"
            | "статус плана"
    )
}

/// One `key: value` as written: a list line, a bold label or a table row.
struct KeyValue {
    /// Its known meaning, if any.
    key: Option<FieldKey>,
    /// The key as written.
    label: String,
    /// The value as written.
    value: String,
    /// 1-based line.
    line: usize,
}

/// Reads one metadata source into a [`Metadata`].
struct MetadataReader<'r> {
    vocabulary: &'r Vocabulary,
    file: &'r str,
    diagnostics: &'r mut Vec<Diagnostic>,
    /// The source being read: the front matter or the text.
    origin: Origin,
    meta: Metadata,
    /// The date read so far is the event's own — the incident's («Дата инцидента») or the
    /// decision's ("Decided") — which a later date of the paper does not replace and which
    /// replaces an earlier one (`Created`, «Дата составления акта»).
    event_dated: bool,
    /// The status read so far is the decision's own («Статус решения», "Decision status"),
    /// which a tracker's status of the task beside it does not replace.
    decision_status_read: bool,
    /// 1-based lines of a plain metadata block that stands for front matter (Pelican's and
    /// MultiMarkdown's `Title:` / `Date:` / `Slug:` lines opening the file): what is read
    /// there is stated as front matter is.
    metadata_lines: Option<std::ops::RangeInclusive<usize>>,
}

impl MetadataReader<'_> {
    /// A value this source states on `line`.
    fn located<T>(&self, value: T, line: usize) -> Located<T> {
        let in_metadata = self.metadata_lines.as_ref().is_some_and(|lines| lines.contains(&line));
        Located::stated(value, if in_metadata { Origin::FrontMatter } else { self.origin }, line)
    }

    /// The first date this source implies is kept.
    fn implied_date(&mut self, date: Date, line: usize) {
        if self.meta.implied_date.is_none() {
            self.meta.implied_date = Some(self.located(date, line));
        }
    }

    /// The first date this source states wins.
    /// The day the event itself happened (`Decided: …`, «Дата инцидента: …») becomes the
    /// document's date over any earlier one, and stays.
    fn event_date(&mut self, value: &str, line: usize) {
        if let Some(date) = Date::find(value) {
            self.meta.date = Some(self.located(date, line));
            self.event_dated = true;
        }
    }

    fn date(&mut self, date: Date, line: usize) {
        if self.meta.date.is_none() {
            self.meta.date = Some(self.located(date, line));
        }
    }

    fn front_entry(&mut self, key: &str, value: &FrontValue, line: usize) {
        match self.vocabulary.field(key) {
            Some(FieldKey::Title) => self.meta.title = Some(self.located(value.joined(), line)),
            // `type: Decision`: a workspace's object type, in words, names the kind too.
            Some(FieldKey::Kind) => match kind_in_words(&value.joined()) {
                Some(kind) => self.meta.kind = Some(kind),
                None => self.diagnostics.push(
                    Diagnostic::warning("W0205", format!("unknown kind `{}`; the file name decides", value.joined()))
                        .at(self.file, line, 1)
                        .with_help("use one of adr, tech-spec, infra-plan, migration, runbook, postmortem, tech-roadmap, estimate, poc, page"),
                ),
            },
            Some(FieldKey::Tags) => {
                let tags = value.items().into_iter().flat_map(|item| item.split(',')).map(str::trim);
                self.meta.tags.extend(tags.filter(|tag| !tag.is_empty()).map(str::to_owned));
            }
            Some(FieldKey::Relation(relation)) => {
                for item in value.items() {
                    self.relations(relation, item, line);
                }
            }
            // (`created_at: 2025-07-08T09:28:51Z`, a forum exporter's, under no key of ours.)
            Some(FieldKey::Date) | None if is_creation_stamp(key) => {
                if let Some(date) = Date::find(&value.joined()) {
                    self.meta.created = Some(self.located(date, line));
                }
                self.field(None, key, &value.joined(), line);
            }
            other => self.field(other, key, &value.joined(), line),
        }
    }

    /// A `key: value` from any source other than tags/kind/title handling.
    fn field(&mut self, key: Option<FieldKey>, label: &str, value: &str, line: usize) {
        let value = value.trim();
        // `_Владелец: Анна Лебедева (TPM). Обновлено: 14 мая 2026 г. Статусы обновляем по
        // пятницам._`: a byline's later sentence that says when the page was last updated.
        if value.contains(". ") {
            for sentence in sentences(value).into_iter().skip(1) {
                let Some((said, day)) = sentence.trim().split_once(':') else { continue };
                let said = said.trim().trim_matches(['_', '*']);
                let day = day.trim().trim_end_matches(['.', '_', '*']);
                let short = said.split_whitespace().count() <= 3;
                if short && super::review::is_update_label(said) && Date::find(day).is_some() {
                    self.field(None, said, day, line);
                }
            }
        }
        // `Review: 2025-07-10` under a runbook's title: the day of its review (`Review:
        // @petrov` names a reviewer, no field of ours).
        let bare_label = fold(label.trim_matches(['*', '_', ' ']));
        let key = if key.is_none() && is_dated_review(label, value) { Some(FieldKey::LastReviewed) } else { key };
        // A tracker's issue state (`**State:** closed`, `opened`): whether the issue is open,
        // not where the decision or the incident stands.
        let issue_state = bare_label == "state" && matches!(fold(value).as_str(), "opened" | "closed" | "reopened");
        let key = if issue_state { None } else { key };
        // `Decision: accepted after FCP, **2025-03-04**` under an RFC's `Created` column: the
        // day it was decided, which dates a record filed before it. (`**Статус: заменено.** С
        // 14.02.2026 действует …` is the day it stopped holding, not the day it was decided.)
        let decision_label = matches!(bare_label.as_str(), "decision" | "решение");
        if decision_label || key == Some(FieldKey::Status) {
            let stated = self.vocabulary.status_prefix(strip_markup(value).trim()).map(|(status, _)| status);
            let decided = matches!(stated, Some(Status::Accepted | Status::Rejected));
            let ended = matches!(stated, Some(Status::Superseded | Status::Deprecated));
            if let Some(day) = Date::find(value).filter(|_| decided) {
                self.implied_date(day, line);
            }
            // `**Status: Draft** — open for comments until the sign-off. Written May 19, 2026
            // by @Wei.`: the day the record was written, in the status's note.
            if let Some(day) = written_day(value).filter(|_| !decided && !ended) {
                self.implied_date(day, line);
            }
        }
        // `Пилот шёл с 15.12.2025 по 20.01.2026, отчёт написан 20.01.2026`: a later clause of
        // a field no key of ours names that dates the page.
        if key.is_none() {
            let clause = value.split(", ").skip(1).find(|clause| opens_with_its_day(clause));
            if let Some(day) = clause.and_then(Date::find) {
                self.implied_date(day, line);
            }
        }
        // `Последний ревью 2026-03-02, Мария Соколова — шаги проверены после инцидента 19.01`:
        // the day written with the key is the review's, whatever day the note after it names.
        let label =
            label.strip_prefix("[!").and_then(|rest| rest.split_once(']')).map_or(label, |(_, rest)| rest.trim());
        let reviewed_in_label = (key == Some(FieldKey::LastReviewed)).then(|| Date::find(label)).flatten();
        let with_day;
        let value = match reviewed_in_label {
            Some(day) if Date::find(value) != Some(day) => {
                with_day = format!("{day}, {value}");
                with_day.as_str()
            }
            _ => value,
        };
        // GitLab's scoped labels (`~"статус::принято" ~"severity::S2"`): each a field of its own,
        // a status label the record's own status over the issue's open or closed state.
        for (scope, scoped) in scoped_labels(value) {
            match self.vocabulary.field(&scope) {
                Some(FieldKey::Status) => self.decision_status(&scoped, line),
                Some(key @ (FieldKey::Severity | FieldKey::Kind | FieldKey::Owner | FieldKey::Due)) => {
                    self.field(Some(key), &scope, &scoped, line)
                }
                _ => {}
            }
        }
        // `**Decision:** pending — CTO sync on 8 April`: a decision field that holds a status
        // word is the status (one that states the decision itself is not).
        let folded_label = fold(label);
        // `**Связь:** дополняет [АР-002](…) — …`, `Links: amends ADR-2`: a relation under a
        // key that only says there is one.
        if key.is_none() && names_links(&folded_label) {
            if let Some((relation, rest)) = self.vocabulary.relation_prefix(value.trim()) {
                self.relations(relation, rest, line);
            }
        }
        let decision = matches!(folded_label.as_str(), "decision" | "решение" | "outcome" | "итог");
        // `**Decision (accepted 10 Feb 2026):** in-app payments go through …`: the decision's
        // state and day in brackets after its key.
        let bracketed = decision_bracket(&folded_label);
        if let Some(inner) = bracketed {
            let stated = self.vocabulary.status_prefix(&inner).is_some();
            if stated {
                self.status_value(&inner, line);
            }
            // `Decision (22.04.2025)`: the day alone dates the decision.
            let day_alone = || Date::alone(&inner).is_some();
            if !self.event_dated && Date::find(&inner).is_some() && (stated || day_alone()) {
                self.event_date(&inner, line);
            }
        }
        // `**Summary:** … dashboards were stale for 134 minutes …`: the summary says how long.
        // "Customer impact", «Влияние на клиентов»: the impact, whose on.
        // «Время влияния», «Окно влияния», "Impact window" too.
        let impact = names_impact(&folded_label);
        // «**Когда:** 8 апреля 2026, с 19:12 до 19:58 МСК»: when it happened, a window of clock
        // times in it the incident's (a span of days there is no impact's).
        let when = names_when(label);
        let summary = matches!(folded_label.as_str(), "summary" | "кратко" | "резюме") || impact || when;
        if key.is_none() && summary && !self.meta.states(FieldKey::Duration) {
            // «**Влияние:** с 07:00 до 11:45 МСК витрина …», "Customer impact: 09:42–10:29 ET":
            // the label says it is the impact, so a window of clock times in it is the
            // incident's, and so is a span it opens with («около 40 минут потерь пакетов»).
            let impact_window = || {
                let value = value.replace(['*', '`'], "");
                // `09:42–10:29 ET — payouts failed`: a window the value opens with; «запись
                // деградировала 09:20–11:05»: the one window, and the only times, in it.
                let opening = (measures::time_of_day_at(&value) == Some(0)
                    && measures::time_range_minutes(&value).is_some())
                .then(|| value.clone());
                let only = || measures::lone_time_range(&value);
                // "**Summary:** Between 14:02 and 14:49 UTC on 2 October 2025 the worker …": a
                // summary that opens with its window.
                let opens_summary = || {
                    let folded = fold(&value);
                    ["between ", "from ", "с ", "между "]
                        .iter()
                        .any(|word| folded.starts_with(word))
                        .then(|| clock_window(&value))
                        .flatten()
                };
                (impact || when)
                    .then(|| clock_window(&value).or(opening).or_else(only))
                    .flatten()
                    .or_else(opens_summary)
            };
            let leading_span = || {
                let unhedged = ["около ", "примерно ", "about ", "approximately ", "~"]
                    .iter()
                    .find_map(|hedge| value.strip_prefix(hedge))
                    .unwrap_or(value);
                impact.then(|| leading_span(unhedged)).flatten()
            };
            let span = value.split(". ").find_map(|sentence| out_for(sentence, line).map(|span| span.value));
            if let Some(span) = span.or_else(impact_window).or_else(leading_span) {
                self.meta.fields.push(Field {
                    key: Some(FieldKey::Duration),
                    label: label.trim().to_owned(),
                    value: span,
                    line,
                });
            }
        }
        // `> Дата изменения: 20.04.2026 11:15` in an export's byline: when the page was last
        // saved, to the minute, which dates neither the incident nor the decision.
        if is_saved_stamp(label, value) {
            self.meta.fields.push(Field { key: None, label: label.trim().to_owned(), value: value.to_owned(), line });
            return;
        }
        // `**When:** 21 October 2025, 08:15–11:55 UTC`: the incident's day (its window is read
        // above, with an impact's).
        // (A field of its own: under a post's `Опубликовано: 3 дек. 2025`, the day it happened.)
        if key.is_none() && when {
            if Date::find(value).is_some() {
                self.field(Some(FieldKey::Date), label, value, line);
            }
            return;
        }
        // `Итог: P1, оплата картой не работала …`: a summary that opens with the level.
        let category = matches!(folded_label.as_str(), "категория" | "category")
            .then(|| fold(crate::text::without_leading_icon(value.trim())));
        let message_category = category.as_deref();
        let summing = matches!(key, None | Some(FieldKey::Result))
            && matches!(folded_label.as_str(), "итог" | "итоги" | "кратко" | "резюме" | "summary" | "tl;dr")
            && !self.meta.states(FieldKey::Severity);
        let opened_with_level = summing.then(|| opening_level(&format!("{label}: {value}"), line)).flatten();
        let key = match key {
            None if decision && self.vocabulary.status_prefix(value).is_some() => Some(FieldKey::Status),
            summed @ (None | Some(FieldKey::Result)) if opened_with_level.is_some() => {
                if let Some(level) = opened_with_level {
                    self.field(level.key, label, &level.value, line);
                }
                summed
            }
            // `Incident: 17 March 2026 · Sev 3`: the day it happened (`Инцидент: ИНЦ-027` names
            // one instead).
            None if matches!(folded_label.as_str(), "incident" | "инцидент")
                && Date::find(value.split([',', '(', ';']).next().unwrap_or(value)).is_some() =>
            {
                Some(FieldKey::Date)
            }
            // `**Customer-facing impact:** 3 h 40 min of stale balances`: a span opens it.
            None if leading_span(value).is_some() && timed_impact(label, value).is_some() => Some(FieldKey::Duration),
            None => graded(label, value),
            // «Время восстановления: 3 ч 10 мин»: the key of the time it ended, given a span.
            Some(FieldKey::End)
                if measures::time_of_day_at(value).is_none() && measures::duration_minutes(value).is_some() =>
            {
                Some(FieldKey::Duration)
            }
            // A tracker card's `| Категория | Постмортем |` (Kanboard's category): what the card
            // is, not a level.
            Some(FieldKey::Severity)
                if matches!(folded_label.as_str(), "категория" | "category")
                    && super::kind::kind_named(value).is_some() =>
            {
                self.named_kind(value);
                return;
            }
            // An ITSM record's `Категория: Голосовые сервисы / SIP-транк ЮЛ`: a path of what
            // broke, no level (`К1 (критическая) — недоступна оплата` is one).
            Some(FieldKey::Severity)
                if matches!(folded_label.as_str(), "категория" | "category") && value.contains(" / ") =>
            {
                return;
            }
            // A message board's `**Категория:** 💡 Предложение` (Basecamp's "Pitch"): a decision
            // proposed; its `📣 Объявление`, "FYI": no level, no kind.
            Some(FieldKey::Severity)
                if message_category.is_some_and(|category| MESSAGE_CATEGORIES.contains(&category)) =>
            {
                if message_category.is_some_and(|category| matches!(category, "предложение" | "proposal" | "pitch"))
                {
                    self.meta.kind = self.meta.kind.or(Some(Kind::Adr));
                }
                return;
            }
            key => key,
        };
        // A workspace's feature whose «Статус спецификации» ("Spec status") is tracked: the
        // page is its spec.
        if key == Some(FieldKey::Status)
            && matches!(folded_label.as_str(), "статус спецификации" | "статус тз" | "spec status")
        {
            self.meta.kind = self.meta.kind.or(Some(Kind::TechSpec));
        }
        match key {
            Some(FieldKey::Status) if names_decision_status(&folded_label) => self.decision_status(value, line),
            Some(FieldKey::Status) => self.status_value(value, line),
            // `| Тип документа | План миграции |`: the kind the page says it is, in words (a
            // bare `Type:` in the text is no override: only the front matter's is).
            Some(FieldKey::Kind)
                if matches!(
                    folded_label.as_str(),
                    "тип документа" | "вид документа" | "document type" | "doc type" | "шаблон"
                ) =>
            {
                self.named_kind(value);
            }
            Some(FieldKey::Relation(relation)) => self.relations(relation, value, line),
            Some(FieldKey::Title) => self.meta.title = Some(self.located(value.to_owned(), line)),
            Some(FieldKey::Tags) => {
                let tags: Vec<String> =
                    value.split([',', ' ']).map(|t| strip_markup(t.trim())).filter(|t| !t.is_empty()).collect();
                // `decision:accepted`, `status: proposed`: a GitHub label that states the status.
                let labelled = tags.iter().find_map(|tag| {
                    let (key, state) = tag.split_once(':')?;
                    let known = matches!(fold(key).as_str(), "status" | "decision" | "state" | "статус");
                    known.then_some(state).filter(|state| self.vocabulary.status_prefix(state).is_some())
                });
                if let Some(state) = labelled.filter(|_| self.meta.status.is_none()) {
                    self.status_value(state, line);
                }
                // `**Labels:** `incident` `sev-1``: an issue tracker's label that is a severity.
                let severity = tags.iter().find(|tag| is_severity_code(tag));
                let unstated = self.meta.fields.iter().all(|field| field.key != Some(FieldKey::Severity));
                if let Some(severity) = severity.filter(|_| unstated) {
                    let field = Field {
                        key: Some(FieldKey::Severity),
                        label: label.trim().to_owned(),
                        value: severity.clone(),
                        line,
                    };
                    self.meta.fields.push(field);
                }
                self.meta.tags.extend(value.split(',').map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()))
            }
            Some(FieldKey::Date) if value.is_empty() => {}
            // `Author: Grace Whitfield — version 0.4, 2026-03-30`, «Версия 1.2 от 01.04.2026»:
            // the date a document is signed or versioned with is its date.
            Some(FieldKey::Author | FieldKey::Version) => {
                // «Конкурентный лист подготовлен | 18.03.2026, Бондаренко Т. В.»: the day a
                // paper was drawn up is its own date, as stated as a «Дата».
                let drawn_up = super::vocab::names_drawing_up(&fold(label));
                match Date::find(value) {
                    Some(date) if drawn_up => self.date(date, line),
                    Some(date) => self.implied_date(date, line),
                    None => {}
                }
            }
            // `**Decided:** 2025-06-02` under `**Created:** 2025-05-19`: the day it was decided
            // is a record's date.
            None if names_the_decision(label) && !self.event_dated && Date::find(value).is_some() => {
                self.event_date(value, line);
            }
            // `**Что случилось:** 14.01.2026 вечером у клиентов …` in a header: the incident's
            // account, opening with its day.
            None if names_what_happened(label) => self.account_day(value, line),
            // `Prepared 24.03.2026 by … · Status: …`: a loose part that dates the page.
            None if dates_the_page(label, value) => {
                if let Some(date) = Date::find(value) {
                    self.implied_date(date, line);
                }
            }
            // «Отчёт от 27.03.2026 · …», "Map as of 23 March 2026. Previous map: …": the paper
            // and its day, read apart from the fields beside them.
            None if !super::review::is_update_label(label)
                && (names_its_day(&fold(label)) || names_its_day(&fold(&format!("{label} {value}")))) =>
            {
                if let Some(date) = Date::find(label).or_else(|| Date::find(value)) {
                    self.implied_date(date, line);
                }
            }
            // `> **Создан:** 25.11.2025 10:05` in an export's byline: a machine's stamp to the
            // minute, the weakest of dates (a table's «Дата» below it says the decision's day).
            Some(FieldKey::Date)
                if matches!(
                    folded_label.as_str(),
                    "created"
                        | "created on"
                        | "создан"
                        | "создано"
                        | "создана"
                        | "дата создания"
                        | "date created"
                        | "creation date"
                ) && measures::time_of_day_at(value).is_some() =>
            {
                if let Some(date) = Date::find(value).filter(|_| self.meta.created.is_none()) {
                    self.meta.created = Some(self.located(date, line));
                }
            }
            Some(FieldKey::Date) => match Date::find(value) {
                // «Дата инцидента» after «Дата составления акта»: the incident's day is the
                // document's date.
                Some(_) if !self.event_dated && (names_the_incident(label) || names_the_decision(label)) => {
                    self.event_date(value, line);
                }
                // «Создан после [разбора инцидента 07.10.2025]»: the day of what it followed.
                Some(_) if after_an_event(&format!(" {}", fold(value))) => {}
                Some(date) => self.date(date, line),
                // Wiki.js's `published: true`: a flag, not a day.
                None if matches!(value.to_ascii_lowercase().as_str(), "true" | "false" | "yes" | "no") => {}
                None => self.diagnostics.push(
                    Diagnostic::warning("W0204", format!("cannot read the date `{value}`"))
                        .at(self.file, line, 1)
                        .with_help("write it as 2026-02-10, 10.02.2026 or 10 февраля 2026"),
                ),
            },
            _ => {}
        }
        let shown = !matches!(
            key,
            Some(FieldKey::Status | FieldKey::Relation(_) | FieldKey::Title | FieldKey::Tags | FieldKey::Kind)
        );
        // `| Класс инцидента | 2 |`: a bare level is shown with its scale's word, «Класс 2».
        let levelled;
        let value = match label.split_whitespace().next() {
            Some(word)
                if key == Some(FieldKey::Severity)
                    && !value.is_empty()
                    && value.bytes().all(|b| b.is_ascii_digit()) =>
            {
                levelled = format!("{} {value}", strip_markup(word));
                levelled.as_str()
            }
            _ => value,
        };
        let field = Field { key, label: label.trim().to_owned(), value: value.to_owned(), line };
        // A Jira issue's `Priority | Major` before its `Severity | Sev 3`, `Resolved | …`
        // before `Incident end | …`: the field named for what it is goes first.
        if shown && !value.is_empty() && self.names_it_exactly(&field) {
            if let Some(at) = self.meta.fields.iter().position(|known| known.key == field.key) {
                self.meta.fields.insert(at, field);
                return;
            }
        }
        if shown && !value.is_empty() && !self.meta.fields.contains(&field) {
            self.meta.fields.push(field);
        }
    }

    /// True when `field` is keyed by its own name (`Severity`, `Incident start`) and an
    /// earlier field of the same meaning was keyed by a neighbour's (`Priority`, `Resolved`).
    fn names_it_exactly(&self, field: &Field) -> bool {
        let label = fold(&field.label);
        let exact = match field.key {
            // «Уровень: S2» in the text over a tracker's `priority: Urgent` in front matter.
            Some(FieldKey::Severity) => {
                ["severity", "серьезност", "уровень", "level"].iter().any(|word| label.contains(word))
            }
            Some(FieldKey::Start | FieldKey::End) => names_the_incident(&field.label),
            // «Длительность влияния | 2 ч 25 мин» after «Влияние | … на 15–47 минут»: the
            // duration stated as one, before a span read from the impact's words.
            Some(FieldKey::Duration) => {
                ["длительн", "продолжительн", "duration"].iter().any(|word| label.contains(word))
            }
            _ => false,
        };
        let loose = |known: &Field| {
            let known_label = fold(&known.label);
            match field.key {
                Some(FieldKey::Severity) => names_a_priority(&known.label),
                Some(FieldKey::Duration) => {
                    matches!(known_label.as_str(), "summary" | "impact" | "кратко" | "резюме" | "влияние")
                }
                _ => !names_the_incident(&known.label),
            }
        };
        exact && self.meta.fields.iter().find(|known| known.key == field.key).is_some_and(loose)
    }

    /// A status value: a known status word, or a relation phrase that implies one
    /// ("Superseded by …"), optionally followed by targets or by relations ("accepted;
    /// supersedes ADR-0045", «Отменено (0005)», "Deprecated in favour of ADR-7").
    fn status_value(&mut self, value: &str, line: usize) {
        // Pelican's and a blog's `Status: published` / `hidden`: whether the page is shown,
        // not where the document stands.
        if self.meta.status.is_some() || matches!(value.trim().to_ascii_lowercase().as_str(), "published" | "hidden") {
            return;
        }
        // `~~Принято~~ **Заменено** решением ADR-4`: a struck-out status no longer holds.
        let unstruck;
        let value = match value.trim_start().strip_prefix("~~").and_then(|rest| rest.split_once("~~")) {
            Some((_, after)) if !after.trim().is_empty() => {
                unstruck = after.trim_start().to_owned();
                unstruck.as_str()
            }
            _ => value,
        };
        // `🟡 Under review`, `✅ Принято`: the mark before the word is decoration.
        let value = value.trim_start_matches(|c: char| !(c.is_alphanumeric() || "*_[~`({<".contains(c))).trim_start();
        // `[ПРИНЯТО]`: a status lozenge exported from Confluence, not a link.
        // (`**[ЧЕРНОВИК]**`: in bold too.)
        let lozenge = value
            .trim_start_matches(['*', '_'])
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
            .filter(|(_, after)| !after.starts_with('('));
        let unbracketed;
        let value = match lozenge {
            Some((inside, after)) => {
                unbracketed = format!("{inside}{after}");
                unbracketed.as_str()
            }
            None => value,
        };
        self.meta.status_as_written = Some(without_note(&strip_markup(value))).filter(|written| !written.is_empty());
        if let Some((status, rest)) = self.vocabulary.status_prefix(value) {
            let status = if status == Status::Superseded {
                let rest = self.vocabulary.relation_prefix(value).map_or(rest, |(_, after)| after);
                self.relations(StatedRelation::SupersededBy, rest, line);
                status
            } else {
                self.after_status(status, rest, line)
            };
            // «принято 09.12.2025 на архитектурном комитете», "Accepted on 2025-12-09": the day
            // of a decision taken is the record's date.
            // (`заменено. С 14.02.2026 действует …`: the day it stopped holding is not it.)
            if matches!(status, Status::Accepted | Status::Rejected) {
                // "Rejected — architecture review, 8 October 2025": a few words may come first.
                let opening: Vec<&str> = rest.split_whitespace().take(6).collect();
                // «принято — техсовет ИТ, протокол № 2 от 27.01.2026»: the date of the minutes
                // that took it.
                let dated = || rest.find(" от ").or_else(|| rest.find(" on ")).and_then(|at| Date::find(&rest[at..]));
                if let Some(date) = Date::find(&opening.join(" ")).or_else(dated) {
                    self.implied_date(date, line);
                }
            } else if matches!(status, Status::Proposed | Status::Draft) {
                // `status: draft, 4 May 2026`: a day alone after the state is the day it was
                // written so.
                // (`черновик, v0.2 — 2 марта 2026 г.`: after its version.)
                let alone = || {
                    // (Up to the sentence's end: `— 2 марта 2026 г. Комментарии — в треде`.)
                    rest.split([',', '—', '–', '('])
                        .map(|part| part.split(". ").next().unwrap_or(part).trim().trim_end_matches([')', '.', ' ']))
                        .find_map(Date::alone)
                };
                if let Some(date) = opened_on(rest).or_else(alone) {
                    self.implied_date(date, line);
                }
            }
            self.meta.status = Some(self.located(status, line));
            return;
        }
        if let Some((relation, rest)) = self.vocabulary.relation_prefix(value) {
            self.relations(relation, rest, line);
            let implied = match relation {
                StatedRelation::SupersededBy => Some(Status::Superseded),
                StatedRelation::AmendedBy => Some(Status::Accepted),
                _ => None,
            };
            if let Some(status) = implied {
                self.meta.status = Some(self.located(status, line));
            }
            return;
        }
        let full = strip_markup(value);
        let written = without_note(&full);
        if written.is_empty() {
            return;
        }
        if is_free_text(&full) {
            // «Refinement completed. TP in 3.4»: a sentence, not a misspelt status word.
            self.meta.status = Some(self.located(Status::Unknown(written), line));
            return;
        }
        self.diagnostics.push(
            Diagnostic::warning("W0202", format!("unknown status «{written}»; kept as written"))
                .at(self.file, line, 1)
                .with_help("use Принято, Предложено, Черновик, Отклонено, Устарело, Заменено (or accepted, proposed, draft, rejected, deprecated, superseded), or add the spelling to [tpmdocs.statuses] in book.toml"),
        );
        self.meta.status = Some(self.located(Status::Unknown(written), line));
    }

    /// «Статус решения: Заменено» beside a tracker's «Статус: Завершена» (a Wrike task that
    /// holds an ADR): the decision's own state is the record's, whichever comes first, and
    /// the task's word, when it was not one tpmdocs knows, is no longer worth a warning.
    fn decision_status(&mut self, value: &str, line: usize) {
        let known = self.vocabulary.status_prefix(value.trim()).is_some();
        if known && !self.decision_status_read {
            if let Some(task_status) = self.meta.status.take() {
                let task_line = task_status.line;
                self.diagnostics
                    .retain(|diagnostic| !(diagnostic.code.as_str() == "W0202" && Some(diagnostic.line) == task_line));
                self.meta.status_as_written = None;
            }
            self.decision_status_read = true;
        }
        self.status_value(value, line);
    }

    /// `С 20.01.2026 — заменено, действующее решение в [PLAT-147](…)`, "Since 2026-01-20:
    /// superseded by ADR-9": a sentence after the first of a status's words that opens with
    /// the day things changed and a status that ends the decision; that status and what
    /// follows it.
    fn later_change<'r>(&self, rest: &'r str) -> Option<(Status, &'r str)> {
        rest.split(". ").skip(1).find_map(|sentence| {
            let (dated, change) = [" — ", " – ", ": ", ", ", " - "]
                .iter()
                .filter_map(|separator| sentence.trim().split_once(separator))
                .min_by_key(|(dated, _)| dated.len())?;
            // `С 20.01.2026`, "As of January 20, 2026": a word or two that say from when, then
            // the day.
            let words: Vec<&str> = dated.split_whitespace().collect();
            let opener = (1..=2.min(words.len())).find(|&count| is_since(&words[..count].join(" ")))?;
            Date::alone(&words[opener..].join(" "))?;
            let change = change.trim_start_matches(['*', '_', ' ']);
            let (status, after) = self.vocabulary.status_prefix(change)?;
            let ends = matches!(status, Status::Superseded | Status::Deprecated | Status::Rejected);
            ends.then(|| (status, after.trim_start_matches(['*', '_'])))
        })
    }

    /// What follows a status word: a relation ("; supersedes ADR-0045", "in favour of
    /// ADR-7") is recorded, and a deprecation that names a target (`(0005)`, `, см. 0005`)
    /// means the target superseded it. Returns the status in force.
    fn after_status(&mut self, status: Status, rest: &str, line: usize) -> Status {
        let clause = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ';' | ',' | '.' | '(' | ':' | '—' | '–' | '-')
        });
        // `Принято 14.03.2025, заменено [6. …](…)`: the day it was taken, then the relation.
        let clause = match clause.split_once([',', ';']) {
            Some((day, after)) if Date::alone(day.trim()).is_some() => after.trim_start(),
            _ => clause,
        };
        if let Some((relation, targets)) = self.vocabulary.relation_prefix(clause) {
            self.relations(relation, targets, line);
            // «Принято 14.03.2025, заменено [6. …](…)»: accepted once, superseded since.
            return match (relation, status) {
                (StatedRelation::SupersededBy, Status::Deprecated | Status::Accepted) => Status::Superseded,
                (_, status) => status,
            };
        }
        // «Принято 15.04.2025 архитектурным комитетом. С 20.01.2026 — **заменено**, …»: a
        // later sentence, dated, that ends the decision.
        if let Some((later, targets)) = self.later_change(rest) {
            if later == Status::Superseded {
                self.relations(StatedRelation::SupersededBy, targets, line);
            }
            return later;
        }
        if status != Status::Deprecated {
            return status;
        }
        let pointer = ["см.", "см", "see", "→", "->"].iter().find_map(|word| {
            clause.get(..word.len()).filter(|head| head.eq_ignore_ascii_case(word)).map(|_| &clause[word.len()..])
        });
        let named = pointer.unwrap_or(clause).trim().trim_end_matches([')', '.']);
        let targets = parse_targets(named);
        if targets.is_empty() || !targets.iter().all(|target| target.number.is_some() || target.link.is_some()) {
            return status;
        }
        self.relations(StatedRelation::SupersededBy, named, line);
        Status::Superseded
    }

    fn relations(&mut self, relation: StatedRelation, value: &str, line: usize) {
        // `**Related decisions:** Supersedes [ADR-0016](…)`: the value names the relation.
        let (relation, value) = match self.vocabulary.relation_prefix(value.trim_start()) {
            Some((named, rest)) if relation == StatedRelation::RelatesTo => (named, rest),
            _ => (relation, value),
        };
        // `Supersedes ADR-0002 and amends ADR-0003`: a second relation after the first's targets.
        let (value, next) = self.next_relation_clause(value);
        if let Some((named, rest)) = next {
            self.relations(named, rest, line);
        }
        // `Заменено (с 03.06.2025)`, "superseded (since 2025-06-03)": the day it changed, no
        // target.
        let dated = |target: &TargetRef| {
            target.number.is_none() && target.link.is_none() && {
                let words = fold(&target.text);
                let day = ["с ", "since ", "from ", "от "].iter().find_map(|word| words.strip_prefix(word));
                Date::alone(day.unwrap_or(&words)).is_some()
            }
        };
        for target in parse_targets(value).into_iter().filter(|target| !dated(target)) {
            let statement = RelationStatement { relation, target, line, in_prose: false };
            // `[ADR-1, 1]` names one ADR twice: the same relation to the same number once.
            let same_number = |known: &RelationStatement| {
                known.relation == relation
                    && statement.target.number.is_some()
                    && known.target.number == statement.target.number
                    && known.target.series == statement.target.series
                    && known.target.link == statement.target.link
            };
            if !self.meta.relations.contains(&statement) && !self.meta.relations.iter().any(same_number) {
                self.meta.relations.push(statement);
            }
        }
    }

    /// `type:: adr` / `status:: accepted` / `alias:: backend` at the top of a Logseq page (its
    /// first block, bulleted or not): the page's properties, read as front matter is — the
    /// `type` names the kind, and every key is kept.
    fn page_properties(&mut self, outline: &Outline<'_>, body_start: usize) {
        static PROPERTY: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^(?:- )?([\p{L}][\p{L}\p{N} _-]{0,40}?)::\s*(.*)$").expect("valid regex"));
        let filled = |i: &usize| outline.role(*i) != Role::Blank;
        let Some(mut first) = (body_start..outline.len()).find(filled) else { return };
        // A RemNote page's block of properties under its title (`# DR-01 …` over `- Status::
        // Accepted`).
        if outline.heading(first).is_some_and(|heading| heading.level == 1) {
            let Some(next) = (first + 1..outline.len()).find(filled) else { return };
            first = next;
        }
        for index in first..outline.len() {
            let line = outline.content(index).trim();
            let Some(caps) = line.contains("::").then(|| PROPERTY.captures(line)).flatten() else { break };
            let (key, value) = (caps[1].trim().to_owned(), caps[2].trim().to_owned());
            match self.vocabulary.field(&key) {
                Some(FieldKey::Kind) => {
                    let named = value.trim_start_matches("[[").trim_end_matches("]]");
                    self.meta.kind = kind_in_words(named).or(self.meta.kind);
                }
                known => self.field(known, &key, &value, index + 1),
            }
        }
    }

    /// `**Summary:** … fell behind` / `on playback-events. Dashboards were stale for 134
    /// minutes.`: a header paragraph that says over its lines how long the service was out,
    /// when no field said.
    fn out_for_in_header(&mut self, outline: &Outline<'_>, start: usize, end: usize) {
        if self.meta.states(FieldKey::Duration) {
            return;
        }
        let opening = (start..end)
            .filter(|&at| outline.role(at) == Role::Text && (at == 0 || outline.role(at - 1) != Role::Text));
        let found = opening.into_iter().find_map(|at| {
            let paragraph = outline.paragraph_text(at);
            paragraph.split(". ").find_map(|sentence| out_for(sentence, at + 1))
        });
        if let Some(span) = found {
            self.field(span.key, &span.label, &span.value, span.line);
        }
    }

    /// The H1, the list right under it, and status/date/relations sections near the top.
    fn inline_sources(&mut self, outline: &Outline<'_>, body_start: usize) {
        self.metadata_lines = plain_metadata_block(outline, body_start);
        self.page_properties(outline, body_start);
        // (An export's table of contents first, `# Содержание` over links to the page's own
        // headings, is no heading of the page's.)
        let first_heading = (body_start..outline.len())
            .filter_map(|i| outline.heading(i).map(|heading| (i, heading)))
            .find(|(index, _)| !is_table_of_contents(outline, *index));
        // Only an H1 that is the first heading is the title with a list under it; a later
        // H1 (an appendix) must not hide the status sections above it.
        // A Word document's title in bold paragraphs (`**АКТ № ИНЦ-2026-007**` / `**разбора
        // инцидента …**`) over its numbered sections (`# 1. Описание`).
        let numbered_sections =
            first_heading.is_none_or(|(_, heading)| opens_with_section_number(&title_text(heading.text)));
        let first_section = first_heading.map_or(outline.len(), |(index, _)| index);
        let word_title = numbered_sections.then(|| bold_title_block(outline, body_start, first_section)).flatten();
        // `# Context` … `# Decision` in an Azure DevOps or GitHub wiki page: H1s as its
        // sections, and the title is the file's name.
        let sections_as_h1 = first_heading.is_some_and(|(index, heading)| {
            heading.level == 1
                && is_generic_section(&fold(&title_text(heading.text)))
                && (index + 1..outline.len()).any(|i| outline.heading(i).is_some_and(|later| later.level == 1))
        });
        let h1 =
            first_heading.filter(|(_, heading)| heading.level == 1).filter(|_| word_title.is_none() && !sections_as_h1);
        // A Google Doc whose title was set as "Heading 2" (no H1 anywhere): the fields under
        // its first heading, with nothing but blank lines and the converter's comments above
        // it, are its header (the page keeps the title it has).
        let only_comments_above = |index: usize| {
            (body_start..index).all(|i| matches!(outline.role(i), Role::Blank | Role::Html | Role::FrontMatter))
        };
        let no_h1 = || (body_start..outline.len()).all(|i| outline.heading(i).is_none_or(|heading| heading.level != 1));
        // (`## Status` first under a Quartz note's front matter is a section, not a title.)
        let h2_title = first_heading
            .filter(|(index, heading)| heading.level == 2 && only_comments_above(*index))
            .filter(|(_, heading)| SectionKind::of(&fold(&title_text(heading.text))).is_none())
            .filter(|_| h1.is_none() && word_title.is_none() && no_h1());
        if h1.is_none() && !sections_as_h1 {
            let later_h1 = (body_start..outline.len())
                .find_map(|i| outline.heading(i).filter(|heading| heading.level == 1).map(|heading| (i, heading)));
            self.meta.title = later_h1.map(|(i, heading)| self.located(title_text(heading.text), i + 1));
        }
        if let Some((title, first, _)) = &word_title {
            self.meta.title = Some(self.located(title.clone(), first + 1));
            // A paper's property table, its approval stamp and its draft mark above its title.
            self.table_above_title(outline, body_start, *first, true);
            self.approval_stamp(outline, body_start, *first);
            self.draft_stamp(outline, body_start, *first);
        }
        // `| Сервис | sbp-gateway |` / `| Обновлено | 2026-04-20 |` above `# Шлюз СБП` (a Swimm
        // doc's card first, its title after): the page's properties, read as under it.
        if let Some(&(title_at, _)) = h1.as_ref().filter(|_| word_title.is_none()) {
            self.table_above_title(outline, body_start, title_at, false);
        }
        // A Google Docs export without an H1: `**ТЗ: слоты доставки**` alone, first, is the title.
        let bold_title = (self.meta.title.is_none() && word_title.is_none())
            .then(|| bold_line_title(outline, body_start, first_section))
            .flatten();
        if let Some((title, line)) = bold_title {
            self.meta.title = Some(self.located(title, line + 1));
        }
        // `> **Решение № 11** · Статус: **На согласовании** · …` quoted above the H1, or a
        // `| Поле | Значение |` table there: the record's header, written before its title.
        if let Some((index, _)) = h1 {
            self.approval_stamp(outline, body_start, index);
            let first = (body_start..index).find(|&i| outline.role(i) != Role::Blank);
            let header =
                |first: &usize| outline.quote_depth(*first) > 0 || matches!(outline.role(*first), Role::Row { .. });
            // `Type: Решение` / `Status: Заменено` / `Created: 2025-04-22` (an Anytype object's
            // properties): plain lines of fields, the first of a known key.
            let plain_fields = |first: &usize| {
                outline.role(*first) == Role::Text
                    && self.key_value(outline.content(*first), first + 1).is_some_and(|field| field.key.is_some())
            };
            // ```` ```{=mediawiki} ```` / `{{Черновик|автор=…}}` above the title (pandoc's MediaWiki).
            let template = |first: &usize| is_mediawiki_fence(outline, *first);
            if let Some(first) = first.filter(|first| header(first) || plain_fields(first) || template(first)) {
                self.key_value_block(outline, first);
                // `> **Draft** — review meeting scheduled for 2026-05-29.` above the title (a
                // Wiki.js page's notice): the status badge it opens with.
                if outline.quote_depth(first) > 0 {
                    if let Some(status) = self.bold_status(outline.content(first)) {
                        self.status_value(&status, first + 1);
                    }
                }
            }
        }
        let block_start = match h1 {
            Some((index, heading)) => {
                let title = title_text(heading.text);
                // Org-mode's `* ПРИНЯТО АР-001. Kafka …` exported: the entry's keyword is the
                // record's status, and no word of its title.
                let title = match org_status_keyword(&title).filter(|(word, _)| {
                    self.vocabulary.status_prefix(word).is_some_and(|(_, rest)| rest.trim().is_empty())
                }) {
                    Some((word, rest)) => {
                        self.status_value(word, index + 1);
                        rest.to_owned()
                    }
                    None => title,
                };
                self.meta.title = Some(self.located(title, index + 1));
                // VuePress's `# ADR-0001: Iceberg <Badge type="tip" text="accepted" />`: a status
                // badge after the title.
                let badge = title_badge(heading.text).filter(|text| self.vocabulary.status_prefix(text).is_some());
                if let Some(text) = badge {
                    self.status_value(text, index + 1);
                }
                // `Title` over `=====` takes two lines.
                heading.last + 1
            }
            None => {
                let after = match (&word_title, h2_title) {
                    (Some((_, _, last)), _) => last + 1,
                    (None, Some((_, heading))) => heading.last + 1,
                    (None, None) => body_start,
                };
                (after..outline.len()).find(|&i| outline.role(i) != Role::Blank).unwrap_or(outline.len())
            }
        };
        // `# Отчёт о разборе инцидента ИНЦ-2026-0227` over `# Некорректный расчёт премии`: a
        // Word paper's kind and number, then its subject as a second H1; the fields are under both.
        let next = (block_start..outline.len()).find(|&i| outline.role(i) != Role::Blank).unwrap_or(block_start);
        // `## TODO Решение по протоколу :adr:draft:` over its `- STATUS: …` properties: an
        // Org-mode entry under the title, exported with pandoc; its properties are the header.
        let org_entry =
            outline.heading(next).filter(|heading| heading.level >= 2 && h1.is_some() && org_keyword(heading.text));
        let next = match org_entry {
            Some(entry) => {
                let after = entry.last + 1;
                (after..outline.len()).find(|&i| outline.role(i) != Role::Blank).unwrap_or(after)
            }
            None => next,
        };
        let block_start = if org_entry.is_some() { next } else { block_start };
        let block_start = match outline.heading(next).filter(|heading| heading.level == 1 && h1.is_some()) {
            Some(subject) => {
                // «# РЕГЛАМЕНТ» over «# восстановления работы шины данных»: one title in two.
                let title = self.meta.title.as_ref().map(|title| title.value.clone()).unwrap_or_default();
                self.meta.heading_title = Some(format!("{title} {}", title_text(subject.text)));
                subject.last + 1
            }
            None => block_start,
        };
        let block_start = subtitled_fields(outline, block_start, |line, number| self.key_value(line, number))
            .filter(|_| h1.is_some())
            .unwrap_or(block_start);
        let block_start = self.export_stamps(outline, block_start).unwrap_or(block_start);
        let block_start = self.org_html_stamps(outline, block_start).unwrap_or(block_start);
        self.reading_time_stamp(outline, block_start);
        let list_end = self.key_value_block(outline, block_start);
        self.out_for_in_header(outline, block_start, list_end);
        let header_start = h1.map_or(block_start + 1, |(index, _)| index + 1);
        if h1.is_some() || list_end > block_start {
            let last = if list_end > block_start { last_non_blank(outline.lines(), list_end) } else { header_start };
            self.meta.header_lines = Some(LineSpan { first: header_start, last });
        }
        // `# Estimate - Tenant isolation rework` / `## 17 Feb 2026`: a note whose first
        // section is headed by a day alone is of that day.
        let first_section = (list_end..outline.len()).find_map(|index| outline.heading(index).map(|h| (index, h)));
        if let Some((index, heading)) = first_section.filter(|(_, heading)| heading.level >= 2) {
            if let Some(date) = Date::alone(&title_text(heading.text)) {
                self.implied_date(date, index + 1);
            }
        }
        self.meta.lead_date = (list_end..lead_prose_end(outline, list_end))
            .filter(|&index| outline.role(index) == Role::Text)
            .find_map(|index| Date::find(outline.content(index)).map(|date| self.located(date, index + 1)));
        // From the header's end: the lead prose it passed over is still read for what it
        // states (the fields after it are read once: a field is kept once).
        self.sections(outline, list_end);
        self.bracketed_severity();
        self.footer(outline);
        self.foot_properties(outline);
    }

    /// An Org-mode entry exported with ox-md, its stamps in HTML under the title: `<p><span
    /// class="timestamp-kwd">CLOSED:</span> <span class="timestamp">[2025-03-12 Wed 16:40]</span>
    /// …</p>` and a property drawer as `<pre class="example">` of `AUTHOR: …` / `CREATED:
    /// [2025-02-27 Thu]` lines. Its `KEY: value` lines (the key in capitals) are the entry's
    /// fields; the line after the HTML is returned.
    fn org_html_stamps(&mut self, outline: &Outline<'_>, start: usize) -> Option<usize> {
        let first = (start..outline.len()).find(|&index| outline.role(index) != Role::Blank)?;
        let end = (first..outline.len())
            .find(|&index| !matches!(outline.role(index), Role::Html | Role::Blank))
            .unwrap_or(outline.len());
        // (The line after the last of it: blank lines after stay the header's, as after a title.)
        let end = (first..end).rev().find(|&index| outline.role(index) == Role::Html).map_or(end, |last| last + 1);
        let mut read = false;
        for index in (first..end).filter(|&index| outline.role(index) == Role::Html) {
            let text = super::inline::without_html_tags(outline.content(index));
            let Some((label, value)) = text.split_once(':') else { continue };
            let label = label.trim();
            let capitals = label.chars().any(char::is_alphabetic)
                && label.chars().all(|c| c.is_uppercase() || matches!(c, '_' | ' ' | '-'));
            if !capitals || value.trim().is_empty() {
                continue;
            }
            self.field(self.vocabulary.field(label), label, value.trim(), index + 1);
            read = true;
        }
        read.then_some(end)
    }

    /// The table of fields that is the first thing between `body_start` and the title on line
    /// `title` (0-based), read as the page's header; `strict` as [`Self::key_value_table`].
    fn table_above_title(&mut self, outline: &Outline<'_>, body_start: usize, title: usize, strict: bool) {
        let above = (body_start..title).find(|&i| !matches!(outline.role(i), Role::Blank | Role::Html));
        if let Some(table) = above.filter(|&i| matches!(outline.role(i), Role::Row { .. })) {
            for row in self.key_value_table(outline, table, strict).unwrap_or_default() {
                self.field(row.key, &row.label, &row.value, row.line);
            }
        }
    }

    /// A knowledge base article's stamp under its title (Document360's `• 02 Oct 2025` / `• 6
    /// Minutes to read` / `• Contributors`): the day beside the reading time is the article's.
    fn reading_time_stamp(&mut self, outline: &Outline<'_>, start: usize) {
        let start = (start..outline.len()).find(|&index| outline.role(index) != Role::Blank).unwrap_or(start);
        let lines: Vec<(usize, &str)> = (start..outline.len().min(start + 5))
            .map(|index| (index, outline.content(index).trim().trim_start_matches(['•', '-', '*', '·']).trim()))
            .take_while(|(_, line)| !line.is_empty())
            .collect();
        let timed = lines.iter().any(|(_, line)| {
            let folded = fold(line);
            folded.ends_with("to read") || folded.ends_with("min read") || folded.contains("минут чтения")
        });
        let day = lines.iter().find_map(|(index, line)| Date::alone(line).map(|date| (date, index + 1)));
        if let Some((date, line)) = day.filter(|_| timed) {
            self.implied_date(date, line);
        }
    }

    /// yarle's Evernote export: `    Created at: 2025-02-06T11:24:51+03:00` / `    Updated at: …` /
    /// `    Notebook: …` indented under the title (a code block to Markdown), then `Tag(s): #adr
    /// #k8s` and a rule. The note's stamps and tags are read; the line after the rule, where
    /// the note's own header begins, is returned.
    fn export_stamps(&mut self, outline: &Outline<'_>, start: usize) -> Option<usize> {
        const STAMPS: [&str; 7] = ["created at", "updated at", "notebook", "source", "location", "author", "reminder"];
        let first = (start..outline.len()).find(|&index| outline.role(index) != Role::Blank)?;
        let end = (first..outline.len()).find(|&index| outline.role(index) != Role::Code).unwrap_or(outline.len());
        let lines: Vec<(usize, &str)> = (first..end)
            .map(|index| (index, outline.content(index).trim()))
            .filter(|(_, line)| !line.is_empty())
            .collect();
        fn stamp(line: &str) -> Option<(&str, &str)> {
            line.split_once(':')
                .filter(|(label, value)| STAMPS.contains(&fold(label).trim()) && !value.trim().is_empty())
        }
        if lines.is_empty() || !lines.iter().all(|(_, line)| stamp(line).is_some()) {
            return None;
        }
        for &(index, line) in &lines {
            let (label, value) = stamp(line)?;
            self.field(self.vocabulary.field(label.trim()), label.trim(), value.trim(), index + 1);
        }
        let mut next = (end..outline.len()).find(|&index| outline.role(index) != Role::Blank)?;
        if let Some(tags) = outline.content(next).trim().strip_prefix("Tag(s):") {
            let tags: Vec<&str> = tags.split_whitespace().map(|tag| tag.trim_start_matches('#')).collect();
            self.field(Some(FieldKey::Tags), "tags", &tags.join(", "), next + 1);
            next = (next + 1..outline.len()).find(|&index| outline.role(index) != Role::Blank)?;
        }
        if is_rule(outline.content(next)) {
            next += 1;
        }
        Some(next)
    }

    /// `---` / `Тип: инцидент` / `Уровень: Уровень 2` / `Дата: 08.07.2025` at the end of a
    /// card (Heptabase, a note app's export): the card's properties under a rule, as its last
    /// paragraph of nothing but `Key: value` lines, two of them keys we know. Read as a
    /// header is, for what the page did not state above them; the type names its kind.
    fn foot_properties(&mut self, outline: &Outline<'_>) {
        let Some(last) = (0..outline.len()).rev().find(|&index| outline.role(index) != Role::Blank) else { return };
        let Some(run) = (0..=last).rev().find(|&index| outline.role(index) != Role::Text).map(|at| at + 1) else {
            return;
        };
        // The rule is the run's first line (a thematic break is no block the outline marks),
        // or stands above it.
        let rule_above = || {
            (0..run)
                .rev()
                .find(|&index| outline.role(index) != Role::Blank)
                .is_some_and(|rule| is_rule(outline.content(rule)) && outline.role(rule) != Role::Underline)
        };
        // A commit message's trailers (`Status: Accepted` / `Decided: 6 May 2025` / `Change-Id:
        // …` / `Reviewed-on: …`, a Gerrit change kept as the record): a last paragraph with a
        // git trailer among its lines.
        let trailers = || {
            (run..=last).any(|index| {
                let line = outline.content(index).trim_start();
                ["Change-Id:", "Reviewed-on:", "Reviewed-by:", "Signed-off-by:"].iter().any(|key| line.starts_with(key))
            })
        };
        let first = if is_rule(outline.content(run)) {
            run + 1
        } else if run >= 1 && rule_above() || trailers() {
            run
        } else {
            return;
        };
        if first > last {
            return;
        }
        let pairs: Option<Vec<KeyValue>> = (first..=last)
            .map(|index| {
                let line = outline.content(index);
                self.key_value(line, index + 1).or_else(|| self.loose_key_value(line, index + 1))
            })
            .collect();
        let Some(pairs) = pairs.filter(|pairs| pairs.iter().filter(|pair| pair.key.is_some()).count() >= 2) else {
            return;
        };
        for pair in pairs {
            match pair.key {
                Some(FieldKey::Kind) => self.named_kind(&pair.value),
                Some(key) if self.already_stated(key) => {}
                key => self.field(key, &pair.label, pair.value.trim_end_matches('.'), pair.line),
            }
        }
    }

    /// Whether the page stated `key` already (a foot's field gives way to it).
    fn already_stated(&self, key: FieldKey) -> bool {
        match key {
            FieldKey::Status => self.meta.status.is_some(),
            FieldKey::Date => self.meta.date.is_some(),
            FieldKey::Relation(relation) => self.meta.relations.iter().any(|known| known.relation == relation),
            _ => self.meta.states(key),
        }
    }

    /// `Тип: инцидент`, `План миграции`, `runbook`: the kind a page names itself, when no
    /// earlier statement named one.
    fn named_kind(&mut self, value: &str) {
        self.meta.kind = self.meta.kind.or(kind_in_words(value));
    }

    /// `**УТВЕРЖДАЮ**` / `**Директор департамента ИТ**` / `**«10» ноября 2025 г.**` above the
    /// title: a ГОСТ paper's approval stamp, whose day is the paper's when it states none.
    /// The same in a converter's grid table (`| | **УТВЕРЖДАЮ** |` … `| | « 03 » сентября 2025
    /// г. |`) or with its hard breaks (`**УТВЕРЖДАЮ**\`); without one, «Приложение № 2 \ к
    /// служебной записке \ от « 27 » марта 2026 г.»: the paper's day is the one it is attached
    /// under.
    fn approval_stamp(&mut self, outline: &Outline<'_>, from: usize, to: usize) {
        const STAMPS: [&str; 3] = ["утверждаю", "утверждено", "согласовано"];
        let cells = |i: usize| {
            let line = outline.content(i).trim().trim_end_matches('\\');
            line.split('|')
                .map(|cell| fold(&strip_markup(cell.trim().trim_end_matches('\\'))).trim().to_owned())
                .collect::<Vec<_>>()
        };
        // `| | **УТВЕРЖДАЮ** Начальник … « 03 » сентября 2025 г. |`: a grid table's cell read
        // into one line.
        let stamped = |cell: &String| STAMPS.iter().any(|stamp| cell.split_whitespace().next() == Some(*stamp));
        let stamp = (from..to).find(|&i| cells(i).iter().any(stamped));
        let attached = || {
            (from..to).find(|&i| {
                outline.role(i) == Role::Text && fold(outline.content(i)).trim_start().starts_with("приложение")
            })
        };
        let Some(start) = stamp.or_else(attached) else { return };
        // The day it was approved on dates the paper unless the paper states its own (an
        // incident report's incident).
        let day = (start..to).find_map(|i| Date::find(outline.content(i)).map(|date| (date, i + 1)));
        if let Some((date, line)) = day {
            self.implied_date(date, line);
        }
    }

    /// `**ПРОЕКТ**` alone above a paper's title (its approval stamp still blank): the paper is
    /// a draft.
    fn draft_stamp(&mut self, outline: &Outline<'_>, from: usize, to: usize) {
        const DRAFT: [&str; 3] = ["проект", "черновик", "draft"];
        let stamped = (from..to).find(|&i| {
            let line = outline.content(i).trim();
            let inner = line.strip_prefix("**").and_then(|rest| rest.strip_suffix("**")).unwrap_or_default();
            outline.role(i) == Role::Text && DRAFT.contains(&fold(inner).trim())
        });
        if let Some(line) = stamped.filter(|_| self.meta.status.is_none()) {
            self.status_value(&strip_markup(outline.content(line)), line + 1);
        }
    }

    /// The foot of the page, where a record signs off: its last table (`| Status | Decided |
    /// Deciders |` over one row, under a rule) or its last three lines of text («Статус
    /// отчёта: окончательный.»). Only a status, a date and a review the rest did not state.
    fn footer(&mut self, outline: &Outline<'_>) {
        const FOOTER_KEYS: [FieldKey; 3] = [FieldKey::Status, FieldKey::Date, FieldKey::LastReviewed];
        let Some(last) = (0..outline.len()).rev().find(|&index| outline.role(index) != Role::Blank) else { return };
        // A foot is below the page's sections, not its header.
        if !(0..last).any(|index| outline.heading(index).is_some_and(|heading| heading.level >= 2)) {
            return;
        }
        let pairs = match outline.role(last) {
            Role::Row { .. } => {
                let mut start = last;
                while start > 0 && matches!(outline.role(start - 1), Role::Row { .. } | Role::Delimiter) {
                    start -= 1;
                }
                self.key_value_table(outline, start, true).or_else(|| self.horizontal_table(outline, start))
            }
            _ => {
                // `---` / `Status: **accepted** · decided 2026-01-28 by …`: under a rule after
                // the last section, a bare `Status:` signs the record off.
                let rule = (0..=last)
                    .rev()
                    .take_while(|&index| outline.heading(index).is_none())
                    .find(|&index| is_rule(outline.content(index)));
                let lines = (0..=last).rev().filter(|&index| matches!(outline.role(index), Role::Text | Role::Item(_)));
                // «Статус отчёта: окончательный.» names whose status it is; a bare `Status:`
                // at the end of a section is the section's text.
                // `Replaces: [ADR-0026](…)` signing off a record names its relation as plainly.
                let relation = |pair: &KeyValue| {
                    let names_one = pair.value.contains("](")
                        || pair.value.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"adr"));
                    matches!(pair.key, Some(FieldKey::Relation(_))) && names_one
                };
                // `**Update 27.03.2026 (@p.sokolova):** Supersedes [ADR-14](…) in the part …`: an
                // update under the rule that opens with a relation.
                if let Some(rule) = rule.filter(|_| self.meta.relations.is_empty()) {
                    for index in lines.clone().take(3).filter(|&index| index > rule) {
                        let line = outline.content(index).trim();
                        let after_label = line
                            .strip_prefix("**")
                            .and_then(|rest| rest.split_once(":**"))
                            .map_or(line, |(_, after)| after.trim_start());
                        self.relation_in_prose(after_label, index + 1, true);
                    }
                }
                // `Status: Accepted · Decided: 20 November 2025 · Related: […]` as the page's
                // last line: fields that sign the record off together, as a rule would.
                let signed_off = lines
                    .clone()
                    .next()
                    .and_then(|index| self.fields_on_one_line(outline.content(index), index + 1))
                    .filter(|pairs| pairs.iter().filter(|pair| pair.key.is_some()).count() >= 2)
                    .filter(|pairs| pairs.iter().any(|pair| pair.key == Some(FieldKey::Status)))
                    // `: Ответственный: @l.fischer · Срок: Q4 2026 · Статус: запланировано`:
                    // a follow-up's fields, not the record's.
                    .filter(|pairs| {
                        !pairs.iter().any(|pair| matches!(pair.key, Some(FieldKey::Owner | FieldKey::Due)))
                    });
                signed_off.or_else(|| {
                    let found = lines
                        .take(3)
                        .filter_map(|index| self.key_value(outline.content(index), index + 1))
                        .filter(|pair| {
                            let ruled_off = rule.is_some_and(|rule| pair.line > rule + 1);
                            pair.label.split_whitespace().count() >= 2 || relation(pair) || ruled_off
                        });
                    Some(found.collect())
                })
            }
        };
        for pair in pairs.unwrap_or_default() {
            if let Some(FieldKey::Relation(relation)) = pair.key {
                if !self.meta.relations.iter().any(|stated| stated.relation == relation) {
                    self.relations(relation, &pair.value, pair.line);
                }
                continue;
            }

            let Some(key) = pair.key.filter(|key| FOOTER_KEYS.contains(key)) else { continue };
            if !self.already_stated(key) {
                let value = pair.value.trim_end_matches('.');
                self.field(pair.key, &pair.label, value, pair.line);
            }
        }
    }

    /// `Subject: [SEV-2] FNOL intake backlog`, `# [P1] Checkout down`: a severity tag in the
    /// title or a letter's subject, when no field states one.
    fn bracketed_severity(&mut self) {
        if self.meta.states(FieldKey::Severity) {
            return;
        }
        let subject = self.meta.fields.iter().find(|field| {
            field.key.is_none() && matches!(fold(&field.label).as_str(), "subject" | "тема" | "тема письма")
        });
        let mut places: Vec<(String, usize)> = Vec::new();
        if let Some(title) = &self.meta.title {
            places.push((title.value.clone(), title.line.unwrap_or(1)));
        }
        places.extend(subject.map(|field| (field.value.clone(), field.line)));
        let tagged = places.into_iter().find_map(|(text, line)| {
            let tag = text.split('[').skip(1).filter_map(|after| after.split_once(']')).map(|(tag, _)| tag.trim());
            // `# 11.02.2025 — весь кэш тайлов снесён (P2)`: a level code in round brackets.
            let code = text.split('(').skip(1).filter_map(|after| after.split_once(')')).map(|(code, _)| code.trim());
            let code = code.into_iter().find(|code| is_severity_code(code));
            tag.into_iter().find(|tag| measures::is_severity(tag)).or(code).map(|tag| (tag.to_owned(), line))
        });
        if let Some((tag, line)) = tagged {
            self.field(Some(FieldKey::Severity), "Severity", &tag, line);
        }
    }

    /// Reads `key: value` lines starting at `start` (blank lines allowed between them) and
    /// returns the index of the first line after the block that the page's header shows. A
    /// prose paragraph or a table of other things between fields (arc42's "Architecture
    /// decision, documented in…" over its `| Status | Decided on |` table; a DACI table over
    /// `**Status:**`) is passed over, at most twice, when fields follow it; the page shows
    /// it, and the fields, in its body.
    fn key_value_block(&mut self, outline: &Outline<'_>, start: usize) -> usize {
        let mut passed = PassedOver::default();
        let mut index = start;
        let mut end = start;
        let mut in_comment = false;
        // The last field read whose key is not known, as (label, value).
        let mut unkeyed: Option<(String, String)> = None;
        while index < outline.len() {
            match outline.role(index) {
                Role::Blank => {
                    in_comment = false;
                    index += 1;
                    continue;
                }
                // `<!-- Exported from GitLab issue #58 -->` between the title and its fields.
                Role::Html if in_comment || outline.content(index).trim_start().starts_with("<!--") => {
                    in_comment = true;
                    index += 1;
                    continue;
                }
                Role::Code => match self.mediawiki_template(outline, index) {
                    Some(next) => {
                        index = next;
                        end = next;
                        continue;
                    }
                    None => match self.fielded_code_block(outline, index) {
                        Some((pairs, next)) => {
                            for pair in pairs {
                                self.field(pair.key, &pair.label, &pair.value, pair.line);
                            }
                            index = next;
                            end = next;
                            continue;
                        }
                        None => break,
                    },
                },
                // BookStack's `<p class="callout warning">…</p>` between the title and its
                // fields: passed over like a paragraph when fields follow.
                Role::Html => {
                    let Some(next) = self.pass_over(outline, start, index, &mut passed) else { break };
                    index = next;
                    continue;
                }
                Role::Row { .. } => {
                    let rows =
                        self.key_value_table(outline, index, true).or_else(|| self.horizontal_table(outline, index));
                    if let Some(rows) = rows.or_else(|| self.status_history(outline, index)) {
                        for row in rows {
                            self.field(row.key, &row.label, &row.value, row.line);
                        }
                        index = outline.table_end(index);
                        end = index;
                        continue;
                    }
                    let Some(next) = self.pass_over(outline, start, index, &mut passed) else { break };
                    index = next;
                    continue;
                }
                _ => {}
            }
            if let Some(pairs) = self.property_block(outline, index) {
                for pair in pairs {
                    self.field(pair.key, &pair.label, &pair.value, pair.line);
                }
                index = outline.paragraph_end(index);
                end = index;
                continue;
            }
            if let Some(next) = self.listed_relation(outline, index) {
                index = next;
                end = next;
                continue;
            }
            let line = outline.content(index);
            // HackMD's `[name=Олег Сафронов] [time=Mon, Sep 29, 2025 6:10 PM]` under the
            // title: the note's byline, which the header goes on past.
            // `#incident #etcd #k8s` under a Foam or Obsidian note's title: its tags.
            if let Some(attributes) = note_attributes(line) {
                // Trilium's `#status=superseded ~supersededBy=АР-003`: a label's value and a
                // relation's target are fields.
                for (label, value) in attributes.valued {
                    let key = self.vocabulary.field(&label);
                    self.field(key, &label, &value, index + 1);
                }
                if !attributes.tags.is_empty() {
                    self.field(Some(FieldKey::Tags), "tags", &attributes.tags.join(", "), index + 1);
                }
                passed.tagged = true;
                index += 1;
                end = index;
                continue;
            }
            if let Some(tags) = hashtag_line(line) {
                self.field(Some(FieldKey::Tags), "tags", &tags, index + 1);
                passed.tagged = true;
                index += 1;
                end = index;
                continue;
            }
            if is_hackmd_stamp(line) {
                if let Some(date) = hackmd_time(line) {
                    self.implied_date(date, index + 1);
                }
                index += 1;
                end = index;
                continue;
            }
            // `![status: proposed](https://img.shields.io/badge/status-proposed-yellow)`
            let badges = badge_fields(line);
            if !badges.is_empty() {
                for (label, value) in badges {
                    let key = self.vocabulary.field(&label);
                    self.field(key, &label, &value, index + 1);
                }
                index += 1;
                end = index;
                continue;
            }
            if let Some(pairs) = self.fields_on_one_line(line, index + 1) {
                for pair in pairs {
                    self.field(pair.key, &pair.label, &pair.value, pair.line);
                }
                index += 1;
                end = index;
                continue;
            }
            // `Created: …` / `Modified: …` / `---` over the page's own fields (an export's
            // stamps ruled off from what the authors wrote): the rule parts, not ends, a header.
            let right_after_fields = end > start && (end..index).all(|at| outline.role(at) == Role::Blank);
            if right_after_fields && is_rule(line) && outline.role(index) == Role::Text {
                index += 1;
                continue;
            }
            // OneNote's stamp under a page's title, kept by a conversion: «15 марта 2025 г.»
            // over «10:20», a paragraph each — the day the page was made.
            if let Some((date, next)) = onenote_stamp(outline, index) {
                if self.meta.created.is_none() {
                    self.meta.created = Some(self.located(date, index + 1));
                }
                index = next;
                end = next;
                continue;
            }
            let number = index + 1;
            if let Some((pair, next)) = self.definition(outline, index) {
                self.field(pair.key, &pair.label, &pair.value, pair.line);
                index = next;
                end = next;
                continue;
            }
            let spaced = || self.spaced(line, number).filter(|pair| pair.key.is_some());
            // `Подготовил: Лебедев А. В., …` right under `Статус:` and `Дата:`: a plain key no
            // list knows is a field too when the line goes on a run of fields.
            let in_run = end == index && index > start;
            // `Период пилота: 18.08–10.09.2025` over `Отчёт: 12.09.2025, И. Лаптев`: a run's
            // first plain key, when the next line is a field that says something of ours.
            // (`Проводил: @Денис Захаров, 31.03–08.04.2026` over `Отчёт от 08.04.2026. …`: or
            // a sentence that dates the page.)
            let opens_run = || {
                let next = outline.content(index + 1);
                end == start
                    && outline.role(index + 1) == Role::Text
                    && (self
                        .loose_key_value(next, number + 1)
                        .is_some_and(|next| next.key.is_some() || dates_the_page(&next.label, &next.value))
                        || next.split(". ").next().is_some_and(opens_with_its_day))
            };
            // `Ревью: 18.05.2026 — Марина, Денис.` after a blank line: a review's day is ours.
            let loose = || {
                self.loose_key_value(line, number)
                    .filter(|pair| in_run || opens_run() || is_dated_review(&pair.label, &pair.value))
            };
            let Some(pair) = self.key_value(line, number).or_else(spaced).or_else(loose) else {
                // `**Impact:** 1,204 invoices sent; 87 charges totalling` / `$41,380, refunded…`:
                // a field's value going on over the next line, when more fields follow.
                let continues = end == index && index > 0 && outline.role(index - 1) == Role::Text;
                // `**Impact:** prices lagged behind the product page` / `from 02:10 to 08:25
                // UTC.`: the time the impact lasted, on the value's next line.
                if let Some((label, value)) = unkeyed.take().filter(|_| continues && outline.role(index) == Role::Text)
                {
                    let joined = format!("{value} {}", line.trim());
                    // Only two times of day (`20–40 minutes old`, `14 M loads` are no span).
                    let spanned = measures::time_range_minutes(line).is_some() && !self.meta.states(FieldKey::Duration);
                    if spanned && timed_impact(&label, &joined).is_some() {
                        // The field read from its first line gives way to the whole of it.
                        let first_line =
                            |field: &Field| field.key.is_none() && field.label == label && field.line == number - 1;
                        self.meta.fields.retain(|field| !first_line(field));
                        self.field(Some(FieldKey::Duration), &label, &joined, number - 1);
                    }
                }
                if continues && outline.role(index) == Role::Text && self.fields_follow(outline, index) {
                    index += 1;
                    end = index;
                    continue;
                }
                let Some(next) = self.pass_over(outline, start, index, &mut passed) else { break };
                index = next;
                continue;
            };
            unkeyed = pair.key.is_none().then(|| (pair.label.clone(), pair.value.clone()));
            self.field(pair.key, &pair.label, &pair.value, pair.line);
            index += 1;
            end = index;
        }
        passed.shown_end.unwrap_or(end)
    }

    /// `Supersedes:` over `- [DEC-3 Use advisory locks](DEC-3….md)`, `- **Amends:**` over its
    /// nested links (Fibery's relation fields, a list of the entities linked): a relation's key
    /// with no value and the list under it as its targets. Reads them and returns the index
    /// after the list.
    fn listed_relation(&mut self, outline: &Outline<'_>, index: usize) -> Option<usize> {
        let line = outline.content(index).trim();
        let (key, depth) = match outline.role(index) {
            Role::Item(item) => (item.text, Some(item.depth)),
            Role::Text => (line, None),
            _ => return None,
        };
        let key = strip_markup(key);
        let key = key.trim().strip_suffix(':')?;
        let Some(FieldKey::Relation(relation)) = self.vocabulary.field(key) else { return None };
        let listed = |at: usize| match outline.role(at) {
            Role::Item(item) => depth.is_none_or(|depth| item.depth > depth).then_some(item.text),
            _ => None,
        };
        let mut at = index + 1;
        let mut read = false;
        while let Some(text) = listed(at) {
            self.relations(relation, text, at + 1);
            read = true;
            at += 1;
        }
        read.then_some(at)
    }

    /// `Anomaly ID: AR-GS-2026-004` / `Asset: TRO-2` / `Criticality: C2` / `Created: …`: a
    /// paragraph that is nothing but `Key: value` lines (a Notion or Confluence page's
    /// properties), two of them keys we know, read whole — the keys we do not know as well.
    fn property_block(&self, outline: &Outline<'_>, index: usize) -> Option<Vec<KeyValue>> {
        let opens = outline.role(index) == Role::Text && (index == 0 || outline.role(index - 1) != Role::Text);
        let end = outline.paragraph_end(index);
        if !opens || end < index + 3 {
            return None;
        }
        // Properties are plain `Key: value` lines: a bold or listed header is read as one.
        let plain = |at: usize| {
            let line = outline.content(at).trim_start();
            line.contains(':') && !line.starts_with(['*', '_', '-', '+', '>', '|', '!', '['])
        };
        if !(index..end).all(plain) {
            return None;
        }
        let mut pairs = Vec::new();
        for at in index..end {
            // `Статус заключения: утверждено …\`: a hard break is no part of the value.
            let line = outline.content(at).trim_end().trim_end_matches('\\').trim_end();
            // `Event began: … UTC. Event ended: … UTC.`: several fields on one line.
            match self.fields_on_one_line(line, at + 1) {
                Some(read) => pairs.extend(read),
                None => pairs.push(self.loose_key_value(line, at + 1)?),
            }
        }
        // `Last updated: 2026-05-11` under `Owner: Olga Belova` is as much the page's.
        let known = |pair: &&KeyValue| {
            pair.key.is_some() || super::review::is_update_label(&pair.label) && Date::find(&pair.value).is_some()
        };
        (pairs.iter().filter(known).count() >= 2).then_some(pairs)
    }

    /// An incident tool's export under the title, its fields aligned in a plain code block
    /// (`Severity:          SEV2` / `Started:           22.04.2026 06:48 MSK`): the fields
    /// and the line after the block, when every line of it is a field and at least
    /// [`CODE_FIELDS_KNOWN`] of them are ones we know.
    /// A MediaWiki page converted with pandoc keeps its templates as raw blocks: ````{=mediawiki}`
    /// over `{{Решение` / `| статус = Принято` / `| дата = 11.02.2025` / `}}`, or `{{Черновик}}`.
    /// The template's parameters are the page's fields, its name its kind (`Инцидент`) or its
    /// status (`Черновик`). Read when the block at `fence` is one (the fields are kept, as a
    /// header's are, once); the line after it.
    fn mediawiki_template(&mut self, outline: &Outline<'_>, fence: usize) -> Option<usize> {
        if !is_mediawiki_fence(outline, fence) {
            return None;
        }
        // (Up to its closing fence: another block may open on the next line.)
        let close = (fence + 1..outline.len())
            .take_while(|&at| outline.role(at) == Role::Code)
            .find(|&at| outline.content(at).trim().starts_with(['`', '~']));
        let end = close.map_or(outline.len(), |close| close + 1);
        let body: Vec<(usize, &str)> = (fence + 1..end)
            .map(|at| (at, outline.content(at).trim()))
            .filter(|(_, line)| !line.is_empty() && !line.starts_with(['`', '~']))
            .collect();
        let joined: String = body.iter().map(|(_, line)| *line).collect::<Vec<_>>().join("\n");
        let inner = joined.strip_prefix("{{")?.strip_suffix("}}")?;
        let mut parts = inner.split('|');
        let name = parts.next()?.trim();
        if name.is_empty() || inner.contains("{{") {
            return None;
        }
        if self.meta.states(FieldKey::Status) || self.vocabulary.status_prefix(name).is_none() {
            self.named_kind(name);
        } else {
            self.status_value(name, fence + 2);
        }
        for part in parts {
            let Some((key, value)) = part.split_once('=') else { continue };
            let (key, value) = (key.trim(), value.trim());
            let line = body.iter().find(|(_, line)| line.contains(part.trim())).map_or(fence + 2, |(at, _)| at + 1);
            if !key.is_empty() && !value.is_empty() {
                self.field(self.vocabulary.field(key), key, value, line);
            }
        }
        Some(end)
    }

    fn fielded_code_block(&self, outline: &Outline<'_>, fence: usize) -> Option<(Vec<KeyValue>, usize)> {
        /// Fields of ours a block of fields has at least.
        const CODE_FIELDS_KNOWN: usize = 3;
        let opening = outline.content(fence).trim();
        let info = opening.trim_start_matches(['`', '~']).trim();
        if !(opening.starts_with("```") || opening.starts_with("~~~")) || !matches!(info, "" | "text" | "txt" | "plain")
        {
            return None;
        }
        let end = (fence + 1..outline.len()).find(|&at| outline.role(at) != Role::Code).unwrap_or(outline.len());
        let mut pairs = Vec::new();
        // `commit 5b1e0c9…` / `Author: …` / `Date:   Tue Mar 11 14:02:10 2025 +0000`: `git
        // show`'s header over a change kept as the record; its author and day are the record's.
        let mut commit = false;
        for at in fence + 1..end {
            let line = outline.content(at).trim();
            if line.is_empty() || line.starts_with(['`', '~']) && at + 1 == end {
                continue;
            }
            if pairs.is_empty() && !commit && is_commit_line(line) {
                commit = true;
                continue;
            }
            pairs.push(self.key_value(line, at + 1).or_else(|| self.loose_key_value(line, at + 1))?);
        }
        let known = if commit { 2 } else { CODE_FIELDS_KNOWN };
        (pairs.iter().filter(|pair| pair.key.is_some()).count() >= known).then_some((pairs, end))
    }

    /// Where the header goes on when line `index` (of the block from `start`) holds no
    /// field: at the next line of its paragraph when that one holds fields (`COE-2026-004 ·
    /// Voice Platform` over `Incident date: … · Severity: Sev 2`), or past up to two blocks in
    /// a row (`DACI decision doc · создан …` over a DACI table over `**Status:**`) when fields
    /// follow the last; `None` to end the header here.
    fn pass_over(&self, outline: &Outline<'_>, start: usize, index: usize, passed: &mut PassedOver) -> Option<usize> {
        let next_line = index + 1;
        let in_paragraph = outline.role(index) == Role::Text && outline.role(next_line) == Role::Text;
        if passed.blocks < 2 && in_paragraph && self.holds_fields(outline.content(next_line), next_line + 1) {
            return Some(passed.over(1, index, next_line));
        }
        // Over a callout in HTML (BookStack's `<p class="callout">`) or a quote (`> [!WARNING]
        // This record is proposed…`, Writerside's `<warning>`, an epigraph) a list of fields
        // is the header's as after fields; over prose it is the body's.
        let aside = outline.role(index) == Role::Html || outline.quote_depth(index) > 0;
        let fields_before = index > start && (self.meta_has_fields() || passed.tagged) || aside;
        let mut at = index;
        for blocks in passed.blocks + 1..=2 {
            let block_end = match outline.role(at) {
                // A callout's paragraphs (`> ⚠️ **Решение заменено**` / `>` / `> С 09.12.2025 …`)
                // are one block, unless one of them opens the fields (`> **Критичность:** …`).
                _ if outline.quote_depth(at) > 0 => {
                    let quote_end =
                        (at..outline.len()).find(|&line| outline.quote_depth(line) == 0).unwrap_or(outline.len());
                    let inside = (at + 1..quote_end).find(|&line| {
                        outline.role(line) == Role::Text
                            && !outline.content(line).trim().is_empty()
                            && line > outline.paragraph_end(at)
                            && self.opens_fields(outline, line, fields_before)
                    });
                    if let Some(line) = inside {
                        return Some(passed.over(blocks - passed.blocks, index, line));
                    }
                    quote_end
                }
                Role::Text => outline.paragraph_end(at),
                Role::Row { .. } => outline.table_end(at),
                Role::Html => {
                    (at..outline.len()).find(|&line| outline.role(line) != Role::Html).unwrap_or(outline.len())
                }
                _ => return None,
            };
            at = (block_end..outline.len()).find(|&line| outline.role(line) != Role::Blank)?;
            if self.opens_fields(outline, at, fields_before) {
                return Some(passed.over(blocks - passed.blocks, index, at));
            }
        }
        None
    }

    /// Whether fields were read so far.
    fn meta_has_fields(&self) -> bool {
        !self.meta.fields.is_empty() || self.meta.status.is_some() || !self.meta.relations.is_empty()
    }

    /// Whether line `index` starts fields the header reads: a table of them, a plain or
    /// bold `Key:` line (`**Status:**`, `Severity: SEV3` under a debriefing's italic lines),
    /// or, after fields (`fields_before`), also a list item with a known key or a line of
    /// status badges. A list after the opening prose is the body's («Вступление.» over `-
    /// Статус: отклонено`).
    fn opens_fields(&self, outline: &Outline<'_>, index: usize, fields_before: bool) -> bool {
        let line = outline.content(index);
        match outline.role(index) {
            Role::Row { .. } => {
                self.key_value_table(outline, index, true).is_some()
                    || self.horizontal_table(outline, index).is_some()
                    || self.status_history(outline, index).is_some()
            }
            // `Status` over `: Accepted`: a definition list of fields.
            Role::Text if self.definition(outline, index).is_some_and(|(pair, _)| pair.key.is_some()) => true,
            Role::Text if !fields_before => {
                self.holds_fields(line, index + 1) || self.opens_a_run_of_fields(outline, index)
            }
            Role::Text | Role::Item(_) if fields_before => {
                self.holds_fields(line, index + 1)
                    || !badge_fields(line).is_empty()
                    || self.opens_a_run_of_fields(outline, index)
            }
            _ => false,
        }
    }

    /// `**Номер:** АР-12` over `**Статус:** Заменено`: a paragraph of `Key: value` lines that
    /// opens with a key of its own and goes on to one we know.
    fn opens_a_run_of_fields(&self, outline: &Outline<'_>, index: usize) -> bool {
        const LINES_LOOKED_AT: usize = 6;
        let keyed = |at: usize| self.key_value(outline.content(at), at + 1);
        outline.role(index) == Role::Text
            && keyed(index).is_some()
            && (index + 1..outline.paragraph_end(index))
                .take(LINES_LOOKED_AT)
                .any(|at| keyed(at).is_some_and(|pair| pair.key.is_some()))
    }

    /// Whether `line` holds a field with a known key, or several fields on one line.
    fn holds_fields(&self, line: &str, number: usize) -> bool {
        self.key_value(line, number).is_some_and(|pair| pair.key.is_some())
            || self.fields_on_one_line(line, number).is_some()
    }

    /// Whether the next paragraph after the one line `index` is in opens with a field.
    fn fields_follow(&self, outline: &Outline<'_>, index: usize) -> bool {
        let next = (outline.paragraph_end(index)..outline.len()).find(|&at| outline.role(at) != Role::Blank);
        next.filter(|&at| outline.role(at) == Role::Text)
            .is_some_and(|at| self.key_value(outline.content(at), at + 1).is_some())
    }

    /// A definition-list entry (PHP Markdown Extra, Pandoc): `Severity` on line `index` and
    /// `: Sev 2` on the next. Returns the field and the index after it.
    fn definition(&self, outline: &Outline<'_>, index: usize) -> Option<(KeyValue, usize)> {
        let term = strip_markup(outline.content(index));
        let value = outline.content(index + 1).trim_start().strip_prefix(':')?;
        let short =
            term.starts_with(char::is_alphabetic) && term.split_whitespace().count() <= 4 && !term.contains(':');
        if !short || outline.role(index + 1) != Role::Text {
            return None;
        }
        let key = self.vocabulary.field(&term);
        Some((KeyValue { key, label: term, value: value.trim().to_owned(), line: index + 2 }, index + 2))
    }

    /// A two-column table of metadata whose row is on line `start` (`| Severity | SEV-1 |`,
    /// Atlassian and Confluence style, with or without a `| Field | Value |` header): its
    /// rows that name a known field, when every row has two cells; `strict` (right under the
    /// title) wants every row but a header to name one.
    fn key_value_table(&self, outline: &Outline<'_>, start: usize, strict: bool) -> Option<Vec<KeyValue>> {
        // A card (`| | |`, `| Survey details | |`) holds the document's properties, some of
        // them ours: two named fields make it one, as in a summary section.
        let card = card_header(outline, start);
        // Right under the title, a card's one field of ours (`| Report date | 29 January 2026 |`
        // among `Team`, `Time box`) is the document's.
        let card_under_title = strict && card;
        let strict = strict && !card;
        let mut rows = Vec::new();
        // `| Metric | Value | From → to |`: a table that says its second column holds the
        // values (a note may follow them) is one of fields, however few we know.
        let valued = match outline.role(start) {
            // "MOC field | Entry", «Реквизит | Значение», "Field | Details".
            Role::Row { header: true, text } => cells(text).get(1).is_some_and(|second| {
                matches!(fold(&strip_markup(second)).as_str(), "value" | "значение" | "entry" | "details")
            }),
            _ => false,
        };
        // `| Статус | Дата |` over `| Утверждено | 18.11.2025 |`: a header row of two keys
        // names columns, and the rows under it are values (read across, not down).
        if let Role::Row { header: true, text } = outline.role(start) {
            let header = cells(text);
            if header.len() == 2 && header.iter().all(|cell| self.vocabulary.field(&strip_markup(cell)).is_some()) {
                return None;
            }
        }
        for index in start..outline.table_end(start) {
            let Role::Row { text, .. } = outline.role(index) else { continue };
            let row: Vec<String> = cells(text).iter().map(|cell| strip_markup(cell)).collect();
            if row.len() != 2 && !(valued && row.len() > 2) {
                return None;
            }
            let key = self
                .vocabulary
                .field(&row[0])
                .or_else(|| graded(&row[0], &row[1]))
                .or_else(|| timed_impact(&row[0], &row[1]))
                .or_else(|| self.column_state(&row[0], &row[1]));
            rows.push(KeyValue { key, label: row[0].clone(), value: row[1].clone(), line: index + 1 });
            rows.extend(self.keyed_stickers(&row[0], &row[1], index + 1));
        }
        rows.extend(time_in_severities(&rows));
        // «Актуализировано | 30.04.2026»: a row that dates the page's last update is one of
        // its fields too, read later as its date (or a runbook's review).
        // `| **Approved on** | 14 January 2026 |` dates it as a bold line would.
        // `| Номер | АР-15 |`: the record's own number.
        let kept = |row: &KeyValue| {
            row.key.is_some()
                || super::review::is_update_label(&row.label)
                || dates_the_page(&row.label, &row.value)
                // `| Решён | 2025-10-08 15:40 |`: the day a tracker's ticket was resolved.
                || is_closing_label(&row.label) && Date::find(&row.value).is_some()
                || names_a_record_number(&row.label)
                // `| Связи | Зависит от [PLAT-147](…); Связана с [PLAT-155](…) |`: a tracker's links.
                || names_links(&fold(&row.label)) && self.vocabulary.relation_prefix(&row.value).is_some()
        };
        let known: Vec<_> = rows.iter().filter(|row| kept(row)).collect();
        // Under the title every row but a `Field | Value` header must name a field; in a
        // summary section (`## Incident summary`) two named fields make it a metadata table,
        // and the other rows (`Incident | INC-4521`) are left alone.
        // A `Свойство | Значение` header above the title says so itself: SharePoint's page
        // properties hold fields of the site's own too (`Тип страницы`, `Архитектурный
        // совет`). (Under the title, a board card's `Property | Value` holds its column's
        // `Status | Done`, and its own fields follow.)
        // A tracker's story whose `Workflow state | Accepted (Architecture)` is a status of ours
        // is the record's own card all the same.
        let states_ours = || {
            rows.iter()
                .any(|row| row.key == Some(FieldKey::Status) && self.vocabulary.status_prefix(&row.value).is_some())
        };
        let page_properties = valued && ((0..start).all(|index| outline.heading(index).is_none()) || states_ours());
        let enough = if strict {
            !known.is_empty() && (page_properties || known.len() + 1 >= rows.len())
        } else if card_under_title {
            !known.is_empty()
        } else {
            known.len() >= 2 || valued && !known.is_empty()
        };
        enough.then(|| rows.into_iter().filter(|row| kept(row)).collect())
    }

    /// `| Стикеры | Критичность: Блокер · Тип: Постмортем |`: a tracker card's stickers
    /// (YouGile's; labels, tags elsewhere), each a key and its value, whose keys we know.
    fn keyed_stickers(&self, label: &str, value: &str, line: usize) -> Vec<KeyValue> {
        const STICKERS: [&str; 8] = ["стикеры", "stickers", "метки", "labels", "теги", "tags", "ярлыки", "лейблы"];
        if !STICKERS.contains(&fold(label).trim()) {
            return Vec::new();
        }
        value
            .split(['·', ';', '|'])
            .filter_map(|part| {
                let (written, value) = part.split_once(':')?;
                let key = self.vocabulary.field(written.trim())?;
                // A card's type sticker (`Тип: Решение`) names what the card is, as a
                // document type does.
                let label = if key == FieldKey::Kind { "document type".to_owned() } else { written.trim().to_owned() };
                let value = value.trim().to_owned();
                (!value.is_empty()).then_some(KeyValue { key: Some(key), label, value, line })
            })
            .collect()
    }

    /// `Дата: 02.07.2026 · Уровень: SEV-2 · Длительность: 2 ч 35 мин`: several fields on one
    /// line, separated by `·`, `•`, `|` or `;`. Every part must be a field (`Key: value`, `Key
    /// — date`, or a severity, date or time range on its own) and one must name a known field
    /// (`Status: Completed · Dates: … · Author: Lena Vogt`).
    fn fields_on_one_line(&self, line: &str, number: usize) -> Option<Vec<KeyValue>> {
        if let Some(attributes) = self.attribute_line(line, number) {
            return Some(attributes);
        }
        // `*Owner: Priya · scored every two weeks · last updated 2026-05-15*`: a byline in italics.
        let unwrapped = without_wrapping_emphasis(line.trim());
        let italic = unwrapped.len() < line.trim().len();
        let line = unwrapped;
        // `> [!incident] SEV3 · 14 мая 2026`: an Obsidian callout titled by its fields.
        let line = super::actions::callout_title(line).unwrap_or(line);
        let mut parts: Vec<&str> =
            line.split(['·', '•', '|', ';']).map(str::trim).filter(|part| !part.is_empty()).collect();
        if let Some(tags) = self.tag_line(&parts, number) {
            return Some(tags);
        }
        if parts.len() < 2 {
            // `**Автор:** Григорьева Т. Н. **Заменяет:** [ADR-017]`: bold keys one after another.
            parts = bold_key_parts(line);
        }
        if parts.len() < 2 {
            // `Event began: 2026-02-26 22:47 UTC. Event ended: 2026-02-27 01:05 UTC.`,
            // `Подготовили: Белова А. С., Зайцев К. А. Дата: 18.03.2026.`: fields in sentences,
            // cut where a field opens (not at an initial's dot), when each is a field.
            parts = self.sentences_of_fields(line, number);
            let known = |part: &&str| {
                self.key_value(part, number).is_some_and(|pair| pair.key.is_some())
                    || self.spaced(part, number).is_some_and(|pair| pair.key.is_some() || starts_upper(&pair.label))
            };
            if parts.len() < 2 || !parts.iter().all(known) {
                return None;
            }
        }
        // `SEV-1 **Date:** 4 March 2026 · …`: a badge's severity before the first key, with no
        // separator between them.
        let parts: Vec<&str> = parts.iter().flat_map(|part| self.after_severity_badge(part, number)).collect();
        // A status word alone counts between `·` (`9 апр 2026 · черновик v2`), not between the
        // `|` of a template's choices (`{proposed | rejected | accepted}`).
        let dotted = line.contains(['·', '•']);
        let read: Vec<Option<KeyValue>> = parts
            .iter()
            .map(|part| {
                let raw = *part;
                // `**Согласовано** · Дата оценки: …`: a status in bold among the fields.
                let badge = self.status_badge(part, number);
                // `📅 Feb 2, 2026 · 👤 Ilya Markov · Labels: …` (a Loop page's header): the
                // icons say what each part is, as its words do.
                let part = without_wrapping_emphasis(crate::text::without_leading_icon(part));
                badge
                    .or_else(|| self.key_value(part, number))
                    .or_else(|| unlabelled(part, number))
                    .or_else(|| self.bare_status(part, number).filter(|_| dotted))
                    .or_else(|| self.spaced(part, number))
                    .or_else(|| labelled(part, number))
                    .or_else(|| self.dating_part(part, number))
                    .or_else(|| issue_event(part, number))
                    .or_else(|| category_badge(raw, number))
            })
            .collect();
        let read = verification(&parts, read, number);
        // `Version 0.3 · 2026-03-17 (first draft …) · Owner: Timur · Status: на согласовании`:
        // a part no reader knows is passed over when two known fields share its line.
        // A part that says when the page was last updated or whose day it is counts as known
        // too (`**АИС «Приём»** · Статус документа: действующий · Состояние на 20.05.2026`).
        let known = read
            .iter()
            .flatten()
            .filter(|pair| {
                pair.key.is_some()
                    || super::review::is_update_label(&pair.label) && Date::find(&pair.value).is_some()
                    || dates_the_page(&pair.label, &pair.value)
                    || is_closing_label(&pair.label)
            })
            .count();
        // `Issue #164 · opened by @anya.lee on 2025-10-14`: the issue's number is no field;
        // `Feb 2, 2026 · @Timur Gaziev, @Alina Sokolova`: nor are the authors' handles.
        let only_issue_numbers_unread =
            read.iter().zip(&parts).all(|(pair, part)| pair.is_some() || is_issue_number(part) || names_people(part));
        // `*Docs & Files · owner Sarah Whitfield · last updated 28 April 2026*`: a byline set in
        // italics, whose one known field is enough beside short words no reader knows.
        // `*Board view exported from "Eng Roadmap H1 2026" · last updated May 18, 2026*`: an
        // export's note of a few more words beside a dated update.
        let updated = read.iter().flatten().any(|pair| {
            let said = format!("{} {}", pair.label, pair.value);
            super::review::is_update_label(&said) && Date::find(&pair.value).is_some()
        });
        let unread_words = if updated { 8 } else { 3 };
        let short_unread = italic
            && parts
                .iter()
                .zip(&read)
                .all(|(part, pair)| pair.is_some() || part.split_whitespace().count() <= unread_words);
        let pairs: Vec<KeyValue> = if known >= 2 || known == 1 && (only_issue_numbers_unread || short_unread) {
            read.into_iter().flatten().collect()
        } else {
            read.into_iter().collect::<Option<Vec<KeyValue>>>()?
        };
        // `Пространство: Payments · Последнее изменение: Павел Зуев, 2026/04/28 15:52`: a
        // wiki's byline with a dated update and no key of ours is the page's too.
        let dated_update =
            |pair: &KeyValue| super::review::is_update_label(&pair.label) && Date::find(&pair.value).is_some();
        // `**Регион:** Москва. **Время влияния:** с 03:40 до 06:15 МСК.`: a span of the impact.
        let impact = |pair: &KeyValue| timed_impact(&pair.label, &pair.value).is_some();
        let dating = |pair: &KeyValue| dates_the_page(&pair.label, &pair.value);
        pairs
            .iter()
            .any(|pair| pair.key.is_some() || dated_update(pair) || impact(pair) || dating(pair))
            .then_some(pairs)
    }

    /// `**Согласовано** · Дата оценки: 18.03.2026 · …`: a status in bold among a line's fields
    /// (a Retype or Nuxt badge's words), read as the status.
    /// `черновик v2`, "Draft" among a line's parts (`9 апр 2026 · черновик v2 · автор Аня`): a
    /// status word alone, or with the version it is of.
    fn bare_status(&self, part: &str, number: usize) -> Option<KeyValue> {
        let plain = strip_markup(part);
        let (_, rest) = self.vocabulary.status_prefix(plain.trim())?;
        let rest = rest.trim();
        let version = rest.strip_prefix(['v', 'V']).unwrap_or(rest);
        let versioned = !version.is_empty() && version.chars().all(|c| c.is_ascii_digit() || c == '.');
        (rest.is_empty() || versioned && rest.len() <= 8).then(|| KeyValue {
            key: Some(FieldKey::Status),
            label: "Status".to_owned(),
            value: plain.trim().to_owned(),
            line: number,
        })
    }

    fn status_badge(&self, part: &str, number: usize) -> Option<KeyValue> {
        let status = self.bold_status(part)?;
        Some(KeyValue { key: Some(FieldKey::Status), label: "Status".to_owned(), value: status, line: number })
    }

    /// `part` as it is, or cut in two when a severity code opens it and a known field follows
    /// (`SEV-1 **Date:** 4 March 2026`, an MDX `<Badge text="SEV-1"/>` before a header's
    /// fields).
    fn after_severity_badge<'p>(&self, part: &'p str, number: usize) -> Vec<&'p str> {
        let cut = part.split_once(char::is_whitespace).filter(|(code, rest)| {
            is_severity_code(code) && self.key_value(rest.trim(), number).is_some_and(|pair| pair.key.is_some())
        });
        match cut {
            Some((code, rest)) => vec![code, rest.trim()],
            None => vec![part],
        }
    }

    /// `Version 1.3 — 18 March 2026`, `Подготовлено 18.03.2026` among a line's fields: the
    /// date the document is versioned or written with, as its version's field.
    fn dating_part(&self, part: &str, number: usize) -> Option<KeyValue> {
        let first = part.split_whitespace().next()?;
        let folded = fold(part);
        let versioned = self.vocabulary.field(first) == Some(FieldKey::Version);
        let dated = DATING_OPENERS.iter().any(|opener| folded.starts_with(opener)) || names_its_day(&folded);
        Date::find(part).filter(|_| versioned || dated)?;
        let value = part[first.len()..].trim().to_owned();
        Some(KeyValue { key: Some(FieldKey::Version), label: first.to_owned(), value, line: number })
    }

    /// `line` cut into its sentences at each `. ` after which a field opens: a known key and
    /// its colon, or a dated key (`Актуализировано 15.04.2026`).
    fn sentences_of_fields<'l>(&self, line: &'l str, number: usize) -> Vec<&'l str> {
        let mut parts = Vec::new();
        let mut from = 0;
        for (at, _) in line.match_indices(". ") {
            let rest = &line[at + 2..];
            // `Мухаметов Р. Р., 13.03.2026`: between a name's initials no sentence ends.
            let mut after = rest.chars();
            if after.next().is_some_and(char::is_uppercase) && after.next() == Some('.') {
                continue;
            }
            // `Актуализировано 15.04.2026 (предыдущая версия — 16.03.2026)`: the clause before
            // a note.
            let clause = rest.split(" (").next().unwrap_or(rest).split(" — ").next().unwrap_or(rest);
            // `Подготовил: Д. Соколов, 05.12.2025`: after an initial only a known key opens a
            // field (`Кравцов Д. Е. Актуализировано 15.04.2026`), not a capitalised surname.
            let after_initial = ends_with_initial(&line[..at]);
            let opens = self.key_value(rest, number).is_some_and(|pair| pair.key.is_some())
                || self.spaced(clause, number).is_some_and(|pair| {
                    pair.label.split_whitespace().count() <= 2
                        && (pair.key.is_some()
                            || super::review::is_update_label(&pair.label)
                            || dates_the_page(&pair.label, &pair.value)
                            || !after_initial && starts_upper(&pair.label) && !is_since(&pair.label))
                });
            if opens {
                parts.push(line[from..at].trim());
                from = at + 2;
            }
        }
        parts.push(line[from..].trim().trim_end_matches('.'));
        let parts: Vec<&str> = parts.into_iter().filter(|part| !part.is_empty()).collect();
        if parts.len() > 1 {
            return parts;
        }
        // `Начало: 18:40 МСК, окончание: 19:32 МСК`: after a comma, a known key and its colon.
        let mut parts = Vec::new();
        let mut from = 0;
        for (at, _) in line.match_indices(", ") {
            let rest = &line[at + 2..];
            let keyed = rest.split_once(':').is_some_and(|(label, _)| label.split_whitespace().count() <= 3);
            if keyed && self.key_value(rest, number).is_some_and(|pair| pair.key.is_some()) {
                parts.push(line[from..at].trim());
                from = at + 2;
            }
        }
        parts.push(line[from..].trim().trim_end_matches('.'));
        parts.into_iter().filter(|part| !part.is_empty()).collect()
    }

    /// `Labels: incident · SEV 3 · tariffs`: a tags key whose values the separators part, and
    /// the severity among them.
    fn tag_line(&self, parts: &[&str], number: usize) -> Option<Vec<KeyValue>> {
        let (first, rest) = parts.split_first().filter(|(_, rest)| !rest.is_empty())?;
        let opening = self.key_value(first, number).filter(|pair| pair.key == Some(FieldKey::Tags))?;
        let values: Vec<&str> = std::iter::once(opening.value.as_str()).chain(rest.iter().copied()).collect();
        let severity = values.iter().find(|value| measures::is_severity(value)).map(|value| KeyValue {
            key: Some(FieldKey::Severity),
            label: opening.label.clone(),
            value: (*value).to_owned(),
            line: number,
        });
        let tags = KeyValue { key: Some(FieldKey::Tags), label: opening.label, value: values.join(", "), line: number };
        Some(std::iter::once(tags).chain(severity).collect())
    }

    /// `` `#status=принято` `#decisionDate=18.03.2025` `#runbook` ``, `` `~amends=`[АР-02](…) ``:
    /// a line of a Trilium note's attributes, kept in code because the Markdown export drops
    /// them. A label with a value is a field (its camel-cased name in words: `decisionDate` is
    /// "decision date"), a label alone a tag, a relation (`~`) names its target in the link
    /// after it. Every part of the line must be an attribute, and one must be known.
    fn attribute_line(&self, line: &str, number: usize) -> Option<Vec<KeyValue>> {
        let mut rest = line.trim().trim_end_matches('\\').trim_end();
        if !rest.starts_with("`#") && !rest.starts_with("`~") {
            return None;
        }
        let mut pairs = Vec::new();
        while !rest.is_empty() {
            let (attribute, after) = rest.strip_prefix('`')?.split_once('`')?;
            rest = after.trim_start();
            let (marker, named) = attribute.split_at_checked(1)?;
            let (name, value) = named.split_once('=').unwrap_or((named, ""));
            if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
                return None;
            }
            let label = crate::text::camel_words(name);
            let value = match (marker, value) {
                // `~amends=`[АР-02 …](…): the relation's target is the link after it.
                ("~", "") if rest.starts_with('[') => {
                    let end = rest.find(')').filter(|&end| rest[..end].contains("]("))?;
                    let link = &rest[..=end];
                    rest = rest[end + 1..].trim_start();
                    link.to_owned()
                }
                ("#" | "~", value) => value.to_owned(),
                _ => return None,
            };
            let pair = match marker {
                "#" if value.is_empty() => KeyValue {
                    key: Some(FieldKey::Tags),
                    label: "tags".to_owned(),
                    value: name.to_owned(),
                    line: number,
                },
                // `#type=poc`: the note's own attribute says what it is, as front matter does.
                "#" if self.vocabulary.field(&label) == Some(FieldKey::Kind) => {
                    KeyValue { key: Some(FieldKey::Kind), label: "document type".to_owned(), value, line: number }
                }
                "#" => KeyValue { key: self.vocabulary.field(&label), label, value, line: number },
                _ => {
                    let relation = self.vocabulary.relation_prefix(&label).filter(|(_, rest)| rest.trim().is_empty());
                    KeyValue {
                        key: relation.map(|(relation, _)| FieldKey::Relation(relation)),
                        label,
                        value,
                        line: number,
                    }
                }
            };
            pairs.push(pair);
        }
        pairs.iter().any(|pair| pair.key.is_some()).then_some(pairs)
    }

    /// A key and its date without a colon between them: `Last tested March 3, 2026 (drill)`,
    /// «Проверено 5 февраля 2026 г.», `Last review — 2026-01-28`, `next — 2026-04-28`. Without
    /// a dash the key must be known; with one, any short label before a date will do.
    fn spaced(&self, part: &str, number: usize) -> Option<KeyValue> {
        let text = part.trim();
        let dated = |value: &str| Date::find(&value.split_whitespace().take(4).collect::<Vec<_>>().join(" ")).is_some();
        for dash in [" — ", " – ", " - "] {
            let Some((label, value)) = text.split_once(dash) else { continue };
            let label = strip_markup(label);
            // A label holds no figures: in `Обновлено 15.04.2026 (прежняя — 16.03.2026)` the
            // date before the dash is the value.
            let short = label.starts_with(char::is_alphabetic)
                && label.split_whitespace().count() <= 4
                && !label.contains(|c: char| c.is_ascii_digit());
            if short && dated(value) {
                let key = self.vocabulary.field(&label);
                return Some(KeyValue { key, label, value: value.trim().to_owned(), line: number });
            }
        }
        let word_ends: Vec<usize> = text
            .char_indices()
            .filter(|&(at, c)| c.is_whitespace() && !text[..at].ends_with(char::is_whitespace))
            .map(|(at, _)| at)
            .take(4)
            .collect();
        let known = word_ends.iter().rev().find_map(|&end| {
            // (No label runs past a sentence: `Критичность — S2. Длительность — 1,5 часа`.)
            if text[..end].contains(". ") {
                return None;
            }
            let key = self.vocabulary.field(&text[..end])?;
            // `Критичность — S2`: the key, a dash, the value.
            let value = text[end..].trim().trim_start_matches(['—', '–']).trim_start();
            // `Impact window 10:58–11:31 CEST`: a duration's key, then the span.
            let lasting = key == FieldKey::Duration && measures::time_range_minutes(value).is_some();
            // `начало 19:05 · окончание 21:40 МСК`: the impact window's ends at a clock time.
            let timed = matches!(key, FieldKey::Start | FieldKey::End) && measures::time_of_day_at(value) == Some(0);
            // `Severity **Major**.`, `Severity SEV-2`: a level in bold or as a code, alone.
            let value = if key == FieldKey::Severity { value.trim_end_matches('.') } else { value };
            let level = strip_markup(value);
            let graded = key == FieldKey::Severity
                && (1..=2).contains(&level.split_whitespace().count())
                && (value.trim_start().starts_with("**") || is_severity_code(&level));
            // `Версия 3.1`, `Version v2`: a version's number alone.
            let numbered = key == FieldKey::Version && is_version_number(value);
            ((key.is_dated() && dated(value)) || lasting || timed || graded || numbered).then(|| KeyValue {
                key: Some(key),
                label: strip_markup(&text[..end]),
                value: value.to_owned(),
                line: number,
            })
        });
        // «обновлено 01.04.2026»: a word or two, then a date in figures.
        known.or_else(|| {
            let end = word_ends
                .iter()
                .copied()
                .take(3)
                .find(|&end| text[end..].trim_start().starts_with(|c: char| c.is_ascii_digit()))?;
            let label = strip_markup(&text[..end]);
            let value = text[end..].trim();
            (label.chars().all(|c| c.is_alphabetic() || c == ' ') && dated(value)).then(|| KeyValue {
                key: self.vocabulary.field(&label).filter(|key| matches!(key, FieldKey::Version | FieldKey::Author)),
                label,
                value: value.to_owned(),
                line: number,
            })
        })
    }

    /// `**List:** Decided ✅`, «Колонка: На согласовании»: the board column a tracker's card
    /// stands in, when the column is named by a state (`Plans & PoC` is no state).
    fn column_state(&self, label: &str, value: &str) -> Option<FieldKey> {
        const COLUMNS: [&str; 7] = ["list", "column", "board column", "lane", "колонка", "список", "столбец"];
        if !COLUMNS.contains(&fold(label).trim()) {
            return None;
        }
        let value = strip_markup(value);
        let words = value.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')').trim();
        let (_, rest) = self.vocabulary.status_prefix(words)?;
        let rest = rest.trim();
        (rest.is_empty() || rest.starts_with(['/', '(', '·', '|'])).then_some(FieldKey::Status)
    }

    /// Parses one metadata line: `- Key: value`, `**Key:** value`, `**Key**: value`, or a
    /// plain `Key: value` when the key is known (adr-tools' `Date: …`). `number` is the
    /// line's 1-based number.
    fn key_value(&self, line: &str, number: usize) -> Option<KeyValue> {
        static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ {0,3}[-*+] +(.*)$").expect("valid regex"));
        static BOLD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^(?:\*\*|__)([^*]{1,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(.*)$").expect("valid regex")
        });
        static PLAIN: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^([^:\[\]`()]{1,60}?(?:\s\([^:()]{1,40}\))?)\s*::?\s+(.*)$").expect("valid regex")
        });
        // `- Владелец:` with nothing after it: still a list item, with an empty value.
        static EMPTY_ITEM: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^([^:\[\]`()]{1,60}?)\s*:$").expect("valid regex"));
        let line = line.trim_end().trim_end_matches('\\').trim_end();
        // `> [!WARNING] Статус: на согласовании` (Yandex's `{% note warning "Статус: …" %}`):
        // an alert whose title is a field.
        let titled = super::actions::callout_title(line);
        // `!!! success "Утверждено"` (rewritten as `> [!TIP] Утверждено`): an alert titled by
        // the page's status alone.
        if let Some(title) = titled.map(|title| title.trim().trim_end_matches('.')) {
            if self.vocabulary.status_prefix(title).is_some_and(|(_, rest)| rest.trim().is_empty()) {
                let value = title.to_owned();
                return Some(KeyValue { key: Some(FieldKey::Status), label: "status".to_owned(), value, line: number });
            }
        }
        let line = titled.unwrap_or(line);
        // `⚠️ **Статус: Заменено.** С 20 января …` (a Tettra page): an icon before the field.
        let line = crate::text::without_leading_icon(line);
        let (inner, listed) = match BULLET.captures(line) {
            Some(caps) => (caps.get(1).map_or("", |m| m.as_str()), true),
            None => (line.trim_start(), false),
        };
        let (key, value, emphasised) = if let Some(caps) = BOLD.captures(inner) {
            (caps[1].to_owned(), caps[2].to_owned(), true)
        } else if let Some(caps) = PLAIN.captures(inner) {
            (caps[1].to_owned(), caps[2].to_owned(), false)
        } else if let Some(caps) = EMPTY_ITEM.captures(inner).filter(|_| listed) {
            (caps[1].to_owned(), String::new(), false)
        } else if let Some((_, key, value)) = bold_numbered_field(inner, self.vocabulary) {
            // `**5. Продолжительность простоя.** 3 ч 25 мин`: an act's numbered field.
            (key, value, true)
        } else if let Some((key, value)) = listed.then(|| dashed_known_key(inner, self.vocabulary)).flatten() {
            // `* Заменяет — [ADR-09](…)`: a list of known keys, each with a dash.
            (key, value, false)
        } else {
            return None;
        };
        if splits_a_time(&key, &value) {
            return None;
        }
        // `Severity **Major**. Duration of impact: 2h 15m`: a key ends no sentence; the line's
        // sentences are fields of their own.
        // (`5. Продолжительность` is a field's number.)
        // (`2026-01-09. Severity: Sev2`: a day is a sentence of its own too.)
        let sentence_ended = key.match_indices(". ").any(|(at, _)| {
            (key[..at].ends_with(|c: char| c.is_alphabetic() || c == '*') || Date::alone(&key[..at]).is_some())
                && key[at + 2..].starts_with(char::is_uppercase)
        });
        if sentence_ended {
            return None;
        }
        let known = self
            .vocabulary
            .field(&key)
            .or_else(|| approved_on(&key, &value))
            .or_else(|| self.column_state(&key, &value));
        // `Impact: 2h 15m — вебхуки доходили с задержкой до 40 минут`: the span the impact
        // opens with is the incident's duration (and the rest only says what it was).
        let impact_span =
            known.is_none().then(|| leading_span(&value)).flatten().filter(|_| timed_impact(&key, &value).is_some());
        let known = known.or(impact_span.as_ref().map(|_| FieldKey::Duration));
        let value = impact_span.unwrap_or(value);
        // Unknown keys are metadata only in a list or in bold, and only when short; `Last
        // updated:` says when the page was brought up to date in any form.
        // `Severity (по шкале площадок):` is a known key with a note; `- Шаг (подготовка):`
        // is a step.
        // `Когда: 23 сент. 2025 г., с 10:15 до 12:40`: the incident's day and window, plain.
        let timed = matches!(fold(&key).trim(), "when" | "когда") && measures::time_of_day_at(&value).is_some();
        let plausible = known.is_some()
            || ((listed || emphasised) && key.split_whitespace().count() <= 4 && !key.contains('('))
            || super::review::is_update_label(&key) && key.split_whitespace().count() <= 3
            || timed;
        plausible.then(|| KeyValue {
            key: known,
            label: key.trim().to_owned(),
            value: value.trim().to_owned(),
            line: number,
        })
    }

    /// `| Date | Status | Note |` over rows of a decision's states: its status is the one of
    /// the row with the latest date (the last row when none is dated).
    fn status_history(&self, outline: &Outline<'_>, start: usize) -> Option<Vec<KeyValue>> {
        let mut rows = (start..outline.table_end(start)).filter_map(|index| match outline.role(index) {
            Role::Row { text, .. } => Some((index, cells(text))),
            _ => None,
        });
        let (_, header) = rows.next()?;
        let column =
            |key: FieldKey| header.iter().position(|name| self.vocabulary.field(&strip_markup(name)) == Some(key));
        let (status_column, date_column) = (column(FieldKey::Status)?, column(FieldKey::Date)?);
        let latest = rows
            .filter_map(|(index, row)| {
                let status = strip_markup(row.get(status_column)?);
                let date = row.get(date_column).and_then(|cell| Date::find(cell));
                (!status.is_empty()).then_some((date, index, status))
            })
            .max_by_key(|(date, index, _)| (*date, *index))?;
        let (_, index, status) = latest;
        Some(vec![KeyValue {
            key: Some(FieldKey::Status),
            label: header[status_column].clone(),
            value: status,
            line: index + 1,
        }])
    }

    /// `Подготовил: Лебедев А. В.`: a plain `Key: value` line whose key is one to three words
    /// and starts with a capital, known or not (a known key in lower case too: a plain-text
    /// note's `важность: P2`).
    fn loose_key_value(&self, line: &str, number: usize) -> Option<KeyValue> {
        let (key, value) = line.trim().split_once(':')?;
        let key = key.trim();
        let words = key.split_whitespace().count();
        let capitalised = key.chars().next().is_some_and(char::is_uppercase)
            || self.vocabulary.field(key).is_some()
            || names_impact(&fold(key));
        let plain = !key.contains(['[', ']', '`', '(', ')', '*']);
        let spaced = value.starts_with(' ') && !value.trim().is_empty();
        ((1..=3).contains(&words) && capitalised && plain && spaced).then(|| KeyValue {
            key: self.vocabulary.field(key),
            label: key.to_owned(),
            value: value.trim().to_owned(),
            line: number,
        })
    }

    /// Status, date and relations sections among the first three `##` sections, plus a
    /// `## Links` / `## Ссылки` section anywhere (where MADR 2 and log4brains put
    /// "Supersedes …").
    /// `- **Impact duration:** 44 minutes` in a summary's list; its `- Уровень: **S1**` and `-
    /// Дата: 6 мар. 2026` (the incident's); `- **Влияние:** с 06:40 до 09:50 МСК …` in a
    /// ticket's description: a field of the summary (every field of a card's).
    fn summary_field(&mut self, text: &str, line: usize, card: bool) {
        let field = self
            .key_value(text, line)
            .map(|pair| KeyValue { key: pair.key.or_else(|| graded(&pair.label, &strip_markup(&pair.value))), ..pair });
        let summarised = |key: FieldKey| card || SUMMARY_KEYS.contains(&key);
        match field {
            Some(pair) if pair.key.is_some_and(summarised) => self.field(pair.key, &pair.label, &pair.value, pair.line),
            // `- Время: 13:47–14:25, длительность 38 минут` in a pinned summary.
            Some(pair) if pair.key.is_none() && (names_impact(&fold(&pair.label)) || names_when(&pair.label)) => {
                self.field(pair.key, &pair.label, &pair.value, pair.line)
            }
            // A summary's day is kept as said, not as the page's date: it may be the incident's
            // before a tracker's filing stamp.
            Some(pair) if pair.key == Some(FieldKey::Date) && Date::find(&pair.value).is_some() => {
                let KeyValue { key, label, value, line } = pair;
                self.meta.fields.push(Field { key, label, value, line });
            }
            _ => {}
        }
    }

    fn sections(&mut self, outline: &Outline<'_>, start: usize) {
        let mut seen_sections = 0;
        let mut current: Option<SectionKind> = None;
        // `## Метаданные`, `## Details`: a section that is the header itself, every key of it.
        let mut card = false;
        let mut table_read_until = 0;
        // The prose before any section — up to three paragraphs, until a list or a table —
        // is the header's, as a summary's is (`Черновик разбора. Severity — P3 (…).`,
        // `Reviewed on 14 May 2026 by @arun`); what follows there is the body's.
        let lead_paragraph = start..lead_prose_end(outline, start);
        for index in start..outline.len() {
            let heading = match outline.role(index) {
                Role::Row { .. } | Role::Delimiter => {
                    // A card, or a decision's record at its end («Запись решения»), is read
                    // wherever it stands.
                    let anywhere = card_header(outline, index) || current == Some(SectionKind::Summary);
                    // GitLab's incident timeline, wherever it stands: its rows tagged
                    // "Start time" and "End time" are the incident's window.
                    if index >= table_read_until && !self.meta.states(FieldKey::Start) {
                        for row in self.tagged_window(outline, index) {
                            self.field(row.key, &row.label, &row.value, row.line);
                        }
                    }
                    if (seen_sections <= 3 || anywhere) && index >= table_read_until {
                        table_read_until = outline.table_end(index);
                        let rows = self
                            .key_value_table(outline, index, false)
                            .or_else(|| self.horizontal_table(outline, index))
                            .unwrap_or_default();
                        for row in rows {
                            self.field(row.key, &row.label, &row.value, row.line);
                        }
                    }
                    continue;
                }
                Role::Heading(heading) => heading,
                Role::Text | Role::Item(_) => {
                    let text = outline.content(index).trim();
                    // `📌 **Закреплённое сообщение** — Николай Рябов, 07.05.2026` in a chat's
                    // thread: the pinned message under it sums the thread up, as a summary does.
                    if is_pinned_message(text) {
                        current = Some(SectionKind::Summary);
                        continue;
                    }
                    // `{% note alert "Влияние" %}` (YFM) or `> [!WARNING] Impact` over `С 11:05 до
                    // 13:20 МСК …`: a callout titled as the impact, its window in its body.
                    if let Some(title) = super::actions::callout_title(text).filter(|title| names_impact(&fold(title)))
                    {
                        if !self.meta.states(FieldKey::Duration) && !self.meta.states(FieldKey::Start) {
                            let body = (index + 1..outline.len())
                                .take_while(|&at| outline.line(at).trim_start().starts_with('>'))
                                .map(|at| outline.content(at).trim())
                                .collect::<Vec<_>>()
                                .join(" ");
                            if let Some(window) = clock_window(&body) {
                                self.field(Some(FieldKey::Duration), title, &window, index + 2);
                            }
                        }
                        continue;
                    }
                    // `- Customer impact: 47m` among an incident tool's duration metrics.
                    if let Some((label, value)) =
                        customer_impact_item(text).filter(|_| !self.meta.states(FieldKey::Duration))
                    {
                        self.field(Some(FieldKey::Duration), label, value, index + 1);
                    }
                    // (A quote right under a line opens a paragraph of its own.)
                    let opens_paragraph = index == 0
                        || outline.role(index - 1) != Role::Text
                        || outline.quote_depth(index - 1) != outline.quote_depth(index);
                    let open_prose = matches!(current, None | Some(SectionKind::Outcome));
                    // `> **Decision (accepted 10 Feb 2026):** …` in a post's lead, `**Decision
                    // (22.04.2025).** Store keys in Redis` in a card's description.
                    let undated = !self.event_dated && self.meta.date.is_none();
                    if open_prose && opens_paragraph && (self.meta.status.is_none() || undated) && text.contains("**") {
                        let bold = text
                            .trim_start_matches(['>', ' '])
                            .strip_prefix("**")
                            .and_then(|rest| rest.split_once(":**").or_else(|| rest.split_once(".**")));
                        if let Some((label, value)) = bold.filter(|(label, _)| decision_bracket(label).is_some()) {
                            self.field(None, label, value, index + 1);
                        }
                    }
                    if open_prose && opens_paragraph {
                        // «Заменяет **ADR-05** ([карточка](…)).» opening a card's description, or
                        // the lead prose under the title: the header says what it replaces.
                        let leading =
                            card || current.is_none() && seen_sections == 0 && lead_paragraph.contains(&index);
                        if leading {
                            self.relation_in_prose(strip_bullet(text), index + 1, true);
                        } else {
                            self.opening_relation(text, index + 1);
                        }
                        // «… по таблице из ADR-012. Связано с [ADR-012](…).»: a later sentence
                        // of its own that opens with a relation.
                        // Only numbers and links are targets: most sentences have neither.
                        let targeted =
                            |sentence: &&str| sentence.contains('[') || sentence.bytes().any(|b| b.is_ascii_digit());
                        for sentence in text.split(". ").skip(1).filter(targeted) {
                            self.opening_relation(sentence, index + 1);
                        }
                    } else if open_prose
                        && current.is_none()
                        && seen_sections == 0
                        && lead_paragraph.contains(&index)
                        && starts_upper(text)
                    {
                        // `Status: proposed, …` / `Depends on ADR 7 — …` (an outliner's note under
                        // the title): a line of the lead that opens with a relation is one.
                        self.relation_in_prose(strip_bullet(text), index + 1, true);
                    }
                    // `Связь с другими решениями:` / `- Заменяет: [ADR-04](…)` under a header
                    // table: a keyed relation before the first section is the header's.
                    let relation_first = || self.vocabulary.relation_prefix(strip_bullet(text)).is_some();
                    let before_sections = seen_sections == 0 && current.is_none();
                    if before_sections && matches!(outline.role(index), Role::Item(_)) && relation_first() {
                        let keyed = self.key_value(text, index + 1);
                        if let Some(pair) = keyed.filter(|pair| matches!(pair.key, Some(FieldKey::Relation(_)))) {
                            self.field(pair.key, &pair.label, &pair.value, pair.line);
                        }
                    }
                    let is_text = outline.role(index) == Role::Text;
                    let summary = match current {
                        None => card || seen_sections == 0 && lead_paragraph.contains(&index),
                        Some(section) => section == SectionKind::Summary,
                    };

                    if summary {
                        // (`Дополняет решение [PLATFORM-190](…): …` opening a card's description:
                        // the relation its links field only called «связана с».)
                        if current == Some(SectionKind::Summary) {
                            self.summary_verdict(text, index + 1);
                        } else if card && opens_paragraph {
                            // («См. также решение АР-007 …» is a mention, checked as one.)
                            let related = self.vocabulary.relation_prefix(text).map(|(relation, _)| relation);
                            if related.is_some_and(|relation| relation != StatedRelation::RelatesTo) {
                                self.relation_in_prose(text, index + 1, true);
                            }
                        }
                        // Sentences run over lines: a paragraph is read from its first line
                        // (or from where the header's fields ended, inside the paragraph).
                        if is_text && (opens_paragraph || index == start) {
                            self.summary_paragraph(outline, index, current.is_none(), card);
                            if opens_paragraph {
                                self.severity_in_paragraph(outline, index);
                            }
                            // «Уровень 1 — заказы не доходили до ресторанов.» opening a summary.
                            if current == Some(SectionKind::Summary) && !self.meta.states(FieldKey::Severity) {
                                let level = (index..outline.paragraph_end(index))
                                    .find_map(|at| worded_level_opening(outline.content(at), at + 1));
                                if let Some(pair) = level {
                                    self.field(pair.key, &pair.label, &pair.value, pair.line);
                                }
                            }
                        } else if !is_text && (current.is_some() || card) {
                            // `- **Начало влияния:** 03:12 МСК, **восстановление:** 05:40 МСК`:
                            // each bold key a field of its own.
                            let parts = bold_key_parts(super::lines::strip_bullet(text));
                            let pieces: Vec<&str> = if parts.len() >= 2 {
                                parts.iter().map(|part| part.trim_end_matches([',', ';']).trim_end()).collect()
                            } else {
                                vec![text]
                            };
                            for piece in pieces {
                                self.summary_field(piece, index + 1, card);
                            }
                        }
                    } else {
                        self.section_line(current, text, index + 1);
                        if is_text && opens_paragraph {
                            self.form_answer(outline, index);
                            if seen_sections == 0 {
                                self.opened_on(text, index + 1);
                            }
                        }
                        if is_text {
                            self.body_incident_line(text, index + 1);
                            if opens_paragraph {
                                self.severity_in_paragraph(outline, index);
                                self.outage_in_paragraph(outline, index);
                            }
                        }
                    }
                    continue;
                }
                Role::Blank | Role::FrontMatter | Role::Code | Role::Html | Role::Underline => continue,
            };
            let (level, text) = (heading.level, heading.text);
            if level <= 2 {
                seen_sections += 1;
            }
            if level >= 2 {
                self.heading_answer(outline, index, text);
            }
            let folded = fold(text);
            // `## Инцидент: встала комплектация` in a daily note: the incident's own header.
            // `## Post-Incident Review (internal)` under a status page's public updates: the
            // review's own header follows.
            let incident = ["инцидент:", "incident:", "сбой:", "авария:", "outage:"]
                .iter()
                .chain(&["post-incident review", "post incident review", "incident review", "разбор инцидента"])
                .any(|opening| folded.starts_with(opening));
            // A tracker's card (Trello, Jira) exported with its description as the first
            // section: `## Description` opening with `**Status:** Approved — CAB 11.02.2026`.
            let description = seen_sections == 1 && matches!(folded.as_str(), "description" | "описание");
            // (`## Description` over `# Move reporting to ClickHouse` and its MADR list: the
            // document an export holds in the card's description, its own title first.)
            let document_in_card = card && level == 1;
            card = document_in_card
                || seen_sections <= 3
                    && level >= 2
                    && (CARD_SECTIONS.contains(&folded.as_str()) || incident || description);
            if let Some(role) = adr_section(&folded).filter(|role| level >= 2 && !self.meta.adr_sections.contains(role))
            {
                self.meta.adr_sections.push(role);
            }
            current = if seen_sections > 3 {
                // A decision's record at its end («## Запись решения») is the header it did
                // not have at its top.
                let record = matches!(folded.as_str(), "запись решения" | "decision record");
                // A MADR record's `## Status` after its options, when the top stated none.
                // So is a DACI page's `## Outcome` after its options: `**Accepted — 21 October
                // 2025.**`.
                let late = |kind: SectionKind| {
                    (SectionKind::of(&folded) == Some(kind) && level == 2 && self.meta.status.is_none()).then_some(kind)
                };
                matches!(folded.as_str(), "links" | "ссылки")
                    .then_some(SectionKind::Relations)
                    .or(record.then_some(SectionKind::Summary))
                    .or_else(|| late(SectionKind::Status))
                    .or_else(|| late(SectionKind::Outcome))
            } else {
                SectionKind::of(&folded)
            };
            // `## Status: Accepted`: the value in the heading itself.
            if seen_sections <= 3 && self.meta.status.is_none() {
                if let Some((key, value)) = text.split_once(':').filter(|(_, value)| !value.trim().is_empty()) {
                    if self.vocabulary.field(key) == Some(FieldKey::Status) {
                        self.status_value(value.trim(), index + 1);
                    }
                }
            }
        }
    }

    /// `**Принято**`, `**Accepted**`, `**Заменено** решением [ADR-004](…)`: a sentence that
    /// opens with a known status in bold, alone or naming its decision or day after it.
    fn bold_status(&self, sentence: &str) -> Option<String> {
        // `> 🟡 **На согласовании.** Ждём решения …` (a Lark callout): an icon before the badge.
        let sentence = crate::text::without_leading_icon(sentence.trim());
        // HackMD's `:::success` box, rewritten as `> [!TIP]` over `**Принято** 4 марта 2025 г.`.
        let sentence = super::actions::callout_title(sentence).unwrap_or(sentence).trim();
        let (inner, after) = sentence.trim_end_matches('.').strip_prefix("**")?.split_once("**")?;
        // A badge that ends its own sentence inside the bold says nothing of what follows.
        let closed = inner.trim_end().ends_with('.');
        let inner = inner.trim().trim_end_matches('.');
        let (_, rest) = self.vocabulary.status_prefix(inner)?;
        if !rest.trim().is_empty() {
            return None;
        }
        if closed {
            return Some(inner.to_owned());
        }
        if after.contains("**") {
            return None;
        }
        // `**Заменено** решением [ADR-004](…)`, `**Принято** 12.03.2025`: what follows the
        // badge names the decision or the day; «**Принято** решение перейти…» is a sentence.
        let after = after.trim();
        // `> **Draft** — review meeting scheduled for 2026-05-29.`: the badge, then a note.
        if after.starts_with(['—', '–']) {
            return Some(inner.to_owned());
        }
        let names = after.is_empty()
            || after.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && after.contains(|c: char| c.is_ascii_digit());
        names.then(|| format!("{inner} {after}").trim_end().to_owned())
    }

    /// A paragraph or list item anywhere that opens with a relation and its ADRs:
    /// «Связано с ADR-104: там решали про ретраи», "Depends on [ADR-7](…) for the schema".
    /// Only numbers and links count as targets, so "Related work includes…" is no relation.
    fn opening_relation(&mut self, text: &str, line: usize) {
        // Supersession stays with the header and the status: prose such as «Заменяет ADR-1,
        // который…» in a context section is history, and a false cycle would be an error.
        self.relation_in_prose(strip_bullet(text), line, false);
    }

    /// `value` up to where another relation opens after `and`, `и`, a comma or a semicolon,
    /// and that relation with its own targets.
    fn next_relation_clause<'v>(&self, value: &'v str) -> (&'v str, Option<(StatedRelation, &'v str)>) {
        // (`Заменяет [ADR-002](…). Зависит от ADR-001: …`: a sentence of its own too.)
        for joiner in [" and ", " и ", ", ", "; ", ". "] {
            for (at, _) in value.match_indices(joiner) {
                let after = &value[at + joiner.len()..];
                if let Some(named) = self.vocabulary.relation_prefix(after.trim_start()) {
                    return (&value[..at], Some(named));
                }
            }
        }
        (value, None)
    }

    /// `text` opening with a relation and its ADRs (numbers or links only); supersession
    /// only when `header` (the lead prose right under the title).
    /// The incident's account (`Что случилось: 14.01.2026 вечером …`) that opens with its day:
    /// the day it happened, unless an event dated the page already.
    fn account_day(&mut self, account: &str, line: usize) {
        if !self.event_dated && opens_with_a_day(account) {
            self.event_date(account, line);
        }
    }

    /// A summary's line (a chat's pinned message) that gives the record's verdict — `**ADR-12 —
    /// ПРИНЯТО (22.01.2026)**`, `**ADR-13 — отклонено, 05.02.2026.**`: the record's number,
    /// then its status and the day — or opens with a relation («Связано с ADR-12 (…)»).
    fn summary_verdict(&mut self, text: &str, line: usize) {
        let text = strip_bullet(text.trim_start_matches(['>', ' ']));
        if self.vocabulary.relation_prefix(text).is_some() {
            self.relation_in_prose(text, line, true);
            return;
        }
        let Some((inner, _)) = text.strip_prefix("**").and_then(|rest| rest.split_once("**")) else { return };
        let Some((head, verdict)) = inner.split_once(" — ").or_else(|| inner.split_once(" – ")) else { return };
        let numbered = head.split_whitespace().count() <= 3 && head.contains(|c: char| c.is_ascii_digit());
        let verdict = verdict.trim().trim_end_matches('.');
        if !numbered || self.meta.status.is_some() || self.vocabulary.status_prefix(verdict).is_none() {
            return;
        }
        self.status_value(verdict, line);
        if !self.event_dated && Date::find(verdict).is_some() {
            self.event_date(verdict, line);
        }
    }

    fn relation_in_prose(&mut self, text: &str, line: usize, header: bool) {
        // Only an ADR number or a link is a target: most paragraphs have neither.
        let names_one = text.contains('[')
            || text.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"adr"))
            || text.contains("АР")
            || names_a_worded_decision(text);
        if !names_one {
            return;
        }
        // «Решение **зависит от AR-01** (…)»: the relation's words in bold are the same words.
        let plain = text.replace("**", "");
        let text = plain.as_str();
        // "This amends [ADR-0002](…): UTC remains the default", «Это решение дополняет ADR-3»:
        // the decision itself as the sentence's subject.
        let subject = [
            "this decision ",
            "this adr ",
            "this record ",
            "this ",
            "это решение ",
            "данное решение ",
            "решение ",
            "the decision ",
        ]
        .iter()
        .find(|subject| {
            text.get(..subject.len()).is_some_and(|head| head.ends_with(' ') && fold(head) == subject.trim_end())
        })
        .map_or(0, |subject| subject.len());
        let text = &text[subject..];
        let Some((relation, rest)) = self.vocabulary.relation_prefix(text).filter(|(relation, _)| {
            header
                || matches!(
                    relation,
                    StatedRelation::RelatesTo
                        | StatedRelation::DependsOn
                        | StatedRelation::Amends
                        | StatedRelation::Clarifies
                )
        }) else {
            return;
        };
        self.named_relation(relation, rest, line);
    }

    /// The ADRs `text` opens with (numbers or links only, `ADR-7 and [ADR-8](…)`) as targets
    /// of `relation`, read as prose: a missing one is a mention of another team's record.
    fn named_relation(&mut self, relation: StatedRelation, text: &str, line: usize) {
        static NAMED: LazyLock<Regex> = LazyLock::new(|| {
            // `ADR-7`, `adr 7`, `ADR7`, and Russian teams' «АР-7» / «АДР-7»; a note's wikilink
            // (`Depends on [[Decision — Schema-per-tenant isolation]]: …`).
            // `Depends on Decision 001: …`, «Дополняет решение № 4».
            // «зависит от AR-01 ([единый вход](AR-01-….md))»: any register's code with its link
            // in brackets after it.
            let one = r"(?:\[\[[^\[\]]+\]\]|\[[^\]]*\]\((?:<[^>]*>|[^)\s]*)\)|(?i:adr)[-\s]?\d+|(?:АДР|АР)[-\s]\d+|\p{Lu}{1,6}-\d+\s*\(\s*\[[^\]]*\]\((?:<[^>]*>|[^)\s]*)\)\s*\)|(?i:decision|решени[еюя])\s+(?:#|№|No\.)?\s*\d+)";
            Regex::new(&format!(r"^\s*{one}(?:\s*(?:,|и|and|&)\s*{one})*")).expect("valid regex")
        });
        // «Заменяет **ADR-05** ([карточка](…))»: the number in bold is the same number.
        let plain = text.replace("**", "");
        // «Дополняет решение [PLATFORM-190](…)», "amends the decision [ADR-2](…)": the noun
        // before a link (before a code, «решение АР-007» stays a mention).
        let plain = ["решение ", "решения ", "решению ", "the decision ", "decision "]
            .iter()
            .find_map(|noun| {
                let opening = plain.trim_start();
                let named = opening.get(..noun.len()).is_some_and(|head| head.to_lowercase() == *noun);
                let rest = opening.get(noun.len()..).filter(|_| named)?;
                rest.trim_start().starts_with('[').then(|| rest.trim_start().to_owned())
            })
            .unwrap_or(plain);
        let Some(named) = NAMED.find(&plain) else { return };
        let targets = parse_targets(named.as_str());
        // A wikilink names its note as plainly as a link does.
        let noted = named.as_str().contains("[[");
        if !targets.is_empty()
            && (noted || targets.iter().all(|target| target.number.is_some() || target.link.is_some()))
        {
            let known = self.meta.relations.len();
            self.relations(relation, named.as_str(), line);
            for added in &mut self.meta.relations[known..] {
                added.in_prose = true;
            }
        }
    }

    /// A paragraph of a summary (or of the `lead` prose before any section) whose sentences
    /// open with an incident's header field: `Status: Resolved; two follow-ups open.`, «Уровень
    /// инцидента — Высокий: …», "Severity P1 (major): we burned…".
    /// In a `card` section (`## Метаданные`) a line may be any field of the header.
    fn summary_paragraph(&mut self, outline: &Outline<'_>, start: usize, lead: bool, card: bool) {
        let mut prose: Vec<&str> = Vec::new();
        for index in start..outline.paragraph_end(start) {
            let line = outline.content(index).trim();
            if self.bold_impact_line(line, index + 1) {
                continue;
            }
            let pair = self.key_value(line, index + 1);
            // `**Что случилось:** 14.01.2026 вечером …`: the incident's account, opening with
            // its day (a field no key of ours names, so not shown).
            if let Some(account) = pair.as_ref().filter(|pair| names_what_happened(&pair.label)) {
                self.account_day(&account.value, account.line);
            }
            // `> **Reviewed:** Mar 2, 2026 by Ana R.`: a line that is a field of its own.
            match pair.filter(|pair| pair.key.is_some_and(|key| card || SUMMARY_KEYS.contains(&key))) {
                Some(pair) => self.field(pair.key, &pair.label, &pair.value, pair.line),
                None => prose.push(line),
            }
            // `2026-01-09. Severity: Sev2.`, `@priya, 2026-02-11. For the roadmap …` (an
            // outliner's note under the title): a day standing as one of the lead's first parts.
            if lead {
                // `3 March 2026 — sized with the team in refinement`: a day before a dash too.
                let parts =
                    line.split(". ").flat_map(|part| part.split(", ")).flat_map(|part| part.split(" — ")).take(2);
                if let Some(date) = parts.into_iter().find_map(|part| Date::alone(part.trim_end_matches('.'))) {
                    self.implied_date(date, index + 1);
                }
            }
            // `Started 8 November 2025 at 06:40, resolved 8 November 2025 at 09:55`.
            let unstated = !self.meta.states(FieldKey::Start) && !self.meta.states(FieldKey::Duration);
            if let Some(window) = started_and_ended(line, index + 1).filter(|_| unstated) {
                for pair in window {
                    self.field(pair.key, &pair.label, &pair.value, pair.line);
                }
            }
        }
        let paragraph = prose.join(" ");
        for sentence in sentences(&paragraph) {
            // «ставим `**Статус:** Заменено`»: a field in code is an example, not a field; a
            // name in code (`prod-eu-1`) is only a name.
            let sentence = sentence.trim().trim_end_matches('.');
            if codes_a_field(sentence) {
                continue;
            }
            if lead {
                self.authored_on(sentence, start + 1);
            }
            if let Some(pair) = self.sentence_field(sentence, start + 1) {
                self.field(pair.key, &pair.label, &pair.value, pair.line);
            } else if let Some(status) = opening_status(sentence).filter(|_| lead && self.meta.status.is_none()) {
                // «Черновик разбора.», «Утверждена на квартальном планировании.»
                self.status_value(status, start + 1);
            } else if let Some(status) = self.bold_status(sentence).filter(|_| lead && self.meta.status.is_none()) {
                // `**Принято**` under the title (a Retype badge's words): the status alone.
                self.status_value(&status, start + 1);
            }
            // "On Wednesday 29 April 2026, between 10:20 and 12:05 CEST, customers received …"
            // opening an incident's description: its day and its window.
            if let Some(window) = day_and_window(sentence).filter(|_| !self.event_dated) {
                self.event_date(sentence, start + 1);
                if !self.meta.states(FieldKey::Duration) && !self.meta.states(FieldKey::Start) {
                    self.field(Some(FieldKey::Duration), "Impact", &window, start + 1);
                }
            }
            // `Обновлено 01.09.2026 — заменяет [ADR-0003](…): …`: a relation after a dash of
            // a header line.
            if lead {
                for clause in sentence.split(" — ").skip(1) {
                    self.relation_in_prose(clause.trim(), start + 1, true);
                }
            }
        }
    }

    /// «Подготовили Белова и Зайцев, 18.03.2026», "Prepared by Tomás Ortega, 2026-03-24",
    /// «Подготовлено 18.03.2026 · …», "Snapshot as of 31 March 2026", "Version 1.3 — 18 March 2026",
    /// "Incident of 14 March 2026": a lead sentence that signs, updates or places the
    /// document (or its incident) dates it.
    fn authored_on(&mut self, sentence: &str, line: usize) {
        // `*Подготовил: Д. Соколов, 05.12.2025`: the key without its emphasis and colon.
        let words: Vec<&str> =
            sentence.split_whitespace().take(2).map(|word| word.trim_matches(['*', '_', ':'])).collect();
        let signed = (1..=2).rev().any(|count| {
            words.len() >= count
                && matches!(
                    self.vocabulary.field(&words[..count].join(" ")),
                    Some(FieldKey::Author | FieldKey::Version)
                )
        });
        let folded = fold(sentence);
        let opening = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
        // «Редакция 3 от 06.04.2026», «Оценка от 26.03.2026», «Протокол № 7 от …»: a paper's
        // own name, its number, and the day it is from.
        // «План согласован 06.10.2025 (…)»: the paper named first, then the words that date it.
        let after_noun = opening
            .split_once(' ')
            .filter(|(noun, _)| PAPER_NOUNS.contains(noun))
            .is_some_and(|(_, rest)| DATING_OPENERS.iter().any(|opener| rest.starts_with(opener)));
        let dated =
            (DATING_OPENERS.iter().any(|opener| opening.starts_with(opener)) || names_its_day(opening) || after_noun)
                && !after_an_event(opening);
        if let Some(date) = Date::find(sentence).filter(|_| signed || dated) {
            self.implied_date(date, line);
        }
        // `ran it 2-6 Feb 2026 on stage, writeup 9 Feb 2026`: a later clause that opens with
        // the words that date a page.
        let clause_dated = |clause: &&str| {
            let folded = fold(clause.trim());
            DATING_OPENERS.iter().any(|opener| folded.starts_with(opener)) && !after_an_event(&folded)
        };
        let clause = sentence.split(", ").skip(1).filter(clause_dated).find_map(Date::find);
        if let Some(date) = clause.filter(|_| !(signed || dated)) {
            self.implied_date(date, line);
        }
        // `_11 March 2025_` under the title: a day alone dates the page.
        let stamped = || hackmd_time(sentence);
        if let Some(date) = byline_date(sentence).or_else(|| Date::alone(sentence)).or_else(stamped) {
            self.implied_date(date, line);
        }
        // «Обновлено 27.03.2026 (конец спринта)»: an update, kept as a field that dates the
        // page by its kind (a plan, not a runbook).
        // "*Living document — last edited 21 May 2026 by Анна*" (Quip's byline): the part after
        // the dash.
        let plain = sentence.trim().trim_matches(['*', '_']);
        for part in std::iter::once(plain).chain(plain.split_once(" — ").map(|(_, after)| after)) {
            self.update_stamp(part, line);
        }
    }

    /// «Обновлено 27.03.2026», "Last edited by Timur Nabiev on Feb 12, 2026": an update,
    /// kept as a field (the first the page states).
    fn update_stamp(&mut self, part: &str, line: usize) {
        // "Last edited …": two words of it.
        let words: Vec<&str> = part.split_whitespace().take(2).collect();
        let two = words.join(" ");
        let label = if words.len() == 2 && fold(&two).starts_with("last ") {
            two.as_str()
        } else {
            words.first().copied().unwrap_or_default()
        };
        let value = part.get(label.len()..).unwrap_or_default().trim();
        let updated = super::review::is_update_label(label) && Date::find(value).is_some();
        if updated && !self.meta.fields.iter().any(|field| super::review::is_update_label(&field.label)) {
            self.field(None, label, value, line);
        }
    }

    /// The field a sentence opens with, among those an incident's header states.
    fn sentence_field(&self, sentence: &str, line: usize) -> Option<KeyValue> {
        let keyed = |label: &str, value: &str| {
            let label = strip_markup(label);
            let key = self.vocabulary.field(&label).filter(|key| SUMMARY_KEYS.contains(key))?;
            let value = value.replace("**", "");
            let value = value.trim().trim_end_matches('.').trim();
            (!value.is_empty()).then(|| KeyValue { key: Some(key), label, value: value.to_owned(), line })
        };
        let by_colon = sentence
            .split_once(':')
            .filter(|(label, value)| !splits_a_time(label, value))
            .and_then(|(label, value)| keyed(label, value));
        let by_dash = || {
            [" — ", " – "]
                .iter()
                .find_map(|dash| sentence.split_once(dash))
                .and_then(|(label, value)| keyed(label, value))
        };
        // `Severity P1 (major): …`: a severity key, then the severity itself.
        let by_shape = || {
            let mut words = sentence.splitn(3, ' ');
            let (label, value) = (words.next()?, words.next()?);
            let severity = self.vocabulary.field(label) == Some(FieldKey::Severity) && measures::is_severity(value);
            severity.then(|| KeyValue {
                key: Some(FieldKey::Severity),
                label: label.to_owned(),
                value: value.to_owned(),
                line,
            })
        };
        // `Reviewed on 14 May 2026 by @arun`, «Актуально на 12.03.2026»: a dated key, no colon.
        let by_date =
            || self.spaced(sentence, line).filter(|pair| pair.key.is_some_and(|key| SUMMARY_KEYS.contains(&key)));
        by_colon
            .or_else(by_dash)
            .or_else(by_shape)
            .or_else(by_date)
            .or_else(|| lasted(sentence, line))
            .or_else(|| outage_window(sentence, line))
            .or_else(|| out_for(sentence, line).filter(|_| !self.meta.states(FieldKey::Duration)))
            .or_else(|| {
                let value = total_span(sentence).filter(|_| !self.meta.states(FieldKey::Duration))?;
                Some(KeyValue { key: Some(FieldKey::Duration), label: "Duration".to_owned(), value, line })
            })
            .or_else(|| classified(sentence, line))
    }

    /// `| Occurred at | Tags | Event |` over `| 2025-11-18 09:40 | Start time | … |`: GitLab's
    /// incident timeline, whose rows tagged "Start time" and "End time" (among other tags such
    /// as "Impact detected") give the incident's window; the time is the row's first cell.
    fn tagged_window(&self, outline: &Outline<'_>, start: usize) -> Vec<KeyValue> {
        let Role::Row { header: true, text } = outline.role(start) else { return Vec::new() };
        let Some(tags_column) = cells(text)
            .iter()
            .position(|name| matches!(fold(&strip_markup(name)).as_str(), "tags" | "теги" | "метки"))
            .filter(|&column| column > 0)
        else {
            return Vec::new();
        };
        let mut window = Vec::new();
        for index in start + 1..outline.table_end(start) {
            let Role::Row { text, .. } = outline.role(index) else { continue };
            let row = cells(text);
            let Some(tags) = row.get(tags_column) else { continue };
            let time = strip_markup(&row[0]);
            for tag in strip_markup(tags).split([',', ';']) {
                let key =
                    self.vocabulary.field(tag.trim()).filter(|key| matches!(key, FieldKey::Start | FieldKey::End));
                let fresh = key.is_some_and(|key| window.iter().all(|field: &KeyValue| field.key != Some(key)));
                if fresh && measures::time_of_day_at(&time).is_some() {
                    window.push(KeyValue { key, label: tag.trim().to_owned(), value: time.clone(), line: index + 1 });
                }
            }
        }
        window
    }

    /// `| Severity | Started | Resolved | Duration | Status |` over one row of values: a
    /// header laid out across, when at least two of its column names are known fields.
    fn horizontal_table(&self, outline: &Outline<'_>, start: usize) -> Option<Vec<KeyValue>> {
        let rows: Vec<(usize, Vec<String>)> = (start..outline.table_end(start))
            .filter_map(|index| match outline.role(index) {
                Role::Row { text, .. } => Some((index, cells(text).iter().map(|cell| strip_markup(cell)).collect())),
                _ => None,
            })
            .collect();
        let [(_, header), (line, values)] = rows.as_slice() else { return None };
        // `| Влияние на клиентов |` over `| 1 ч 25 мин |`: an impact column that holds a span.
        let keys: Vec<Option<FieldKey>> = header
            .iter()
            .zip(values.iter().chain(std::iter::repeat(&String::new())))
            .map(|(name, value)| {
                self.vocabulary.field(name).or_else(|| timed_impact(name, value)).or_else(|| approved_on(name, value))
            })
            .collect();
        // `| Action | Owner | Due | Status |` over one follow-up is no header: it names what
        // an incident's or a runbook's header says (or a document's version), and no more
        // than one column it does not.
        const HEADER_KEYS: [FieldKey; 7] = [
            FieldKey::Version,
            FieldKey::Severity,
            FieldKey::Duration,
            FieldKey::Start,
            FieldKey::End,
            FieldKey::Date,
            FieldKey::LastReviewed,
        ];
        // `| Status | Authors | Reviewers | Last updated |`: a design doc's header says when it
        // was last updated.
        let says_a_header = keys.iter().flatten().any(|key| HEADER_KEYS.contains(key))
            || header.iter().any(|name| super::review::is_update_label(name));
        let unknown = keys.iter().filter(|key| key.is_none()).count();
        // `| Sev | Дата | Обнаружено | TTD | TTM | Влияние итого |`: more columns it knows than not.
        let known = keys.iter().flatten().count();
        // `| Service | Owner | Last reviewed | Reviewer |`: as many it knows as not, one of them
        // a header's own.
        if header.len() != values.len() || known < 2 || !says_a_header || unknown > 1 && unknown > known {
            return None;
        }
        let fields = header.iter().zip(values).zip(keys).filter(|((_, value), _)| !value.is_empty());
        Some(
            fields
                .map(|((label, value), key)| KeyValue {
                    key,
                    label: label.clone(),
                    value: value.clone(),
                    line: line + 1,
                })
                .collect(),
        )
    }

    /// A line of text under a status, date or relations section heading.
    fn section_line(&mut self, section: Option<SectionKind>, text: &str, line: usize) {
        match section {
            Some(SectionKind::Status) => self.status_section_line(text, line),
            Some(SectionKind::Date) => {
                if let Some(date) = Date::find(text) {
                    self.date(date, line);
                }
            }
            Some(SectionKind::Relations) => self.relations_line(text, line),
            Some(SectionKind::Related) => {
                // `- [ADR-0011](…): the same area` under «Связанные решения»: related to it.
                let known = self.meta.relations.len();
                self.relations_line(text, line);
                if self.meta.relations.len() == known {
                    self.named_relation(StatedRelation::RelatesTo, strip_bullet(text), line);
                }
            }
            Some(SectionKind::Outcome) => self.outcome_line(text, line),
            Some(SectionKind::Summary) | None => {}
        }
    }

    /// A line of a decision's outcome (`## Outcome`, «## Итог»): `**Accepted — 21 October
    /// 2025.** Option 2.` or `**Status: Superseded by DR-002.**` says where the decision stands
    /// and when it was taken, unless the header said so.
    fn outcome_line(&mut self, text: &str, line: usize) {
        if self.meta.status.is_some() {
            return;
        }
        let text = strip_bullet(text).trim();
        let Some((inner, _)) = text.strip_prefix("**").and_then(|rest| rest.split_once("**")) else { return };
        let inner = inner.trim().trim_end_matches('.');
        if let Some(pair) = self.key_value(inner, line).filter(|pair| pair.key == Some(FieldKey::Status)) {
            self.field(pair.key, &pair.label, &pair.value, pair.line);
            return;
        }
        // The status word alone, or with the day it was taken: `Accepted — 21 October 2025`.
        let Some((_, rest)) = self.vocabulary.status_prefix(inner) else { return };
        let day = rest.trim_start_matches(|c: char| c.is_whitespace() || "—–-,:".contains(c));
        let dated = Date::alone(day).or_else(|| day.strip_prefix("on ").and_then(Date::alone));
        if !(day.is_empty() || dated.is_some()) {
            return;
        }
        let status = inner[..inner.len() - rest.len()].trim();
        self.status_value(status, line);
        if !self.event_dated && dated.is_some() {
            self.event_date(day, line);
        }
    }

    /// The severity a paragraph of the body says the incident was given («Инцидент отнесён к
    /// уровню «высокий»»), unless a field stated one.
    fn severity_in_paragraph(&mut self, outline: &Outline<'_>, start: usize) {
        if self.meta.states(FieldKey::Severity) {
            return;
        }
        let paragraph = outline.paragraph_text(start);
        if let Some(pair) = scaled_level(&paragraph, start + 1) {
            self.field(pair.key, &pair.label, &pair.value, pair.line);
            return;
        }
        // «Инцидент 7 апреля 2026 г. Уровень 3. Длительность: …», «SEV-3 по шкале НОЦ.»: a
        // sentence that is a level and nothing else (a short one, with a figure).
        // `Sev 3` on a line of its own over `Started … at 06:40, resolved …` (a note kept
        // line by line): a line that is a level.
        let on_its_line = || {
            (start..outline.paragraph_end(start))
                .map(|index| (outline.content(index).trim(), index + 1))
                .filter(|(line, _)| line.len() <= 40)
                .find_map(|(line, number)| level_on_its_own(line, number).or_else(|| level_beside_date(line, number)))
        };
        // `> 🔴 **P1** — склады не могли распечатать накладные` (a Lark callout): a level in
        // bold opening the paragraph, before a dash or a colon.
        let badge = || badged_level(&paragraph, start + 1).or_else(|| opening_level(&paragraph, start + 1));
        let level = || {
            paragraph
                .split(". ")
                .filter(|sentence| sentence.len() <= 80 && sentence.bytes().any(|b| b.is_ascii_digit()))
                .find_map(|sentence| level_on_its_own(sentence, start + 1))
                .or_else(on_its_line)
                .or_else(badge)
        };
        if let Some(pair) = paragraph.bytes().any(|b| b.is_ascii_digit()).then(level).flatten() {
            self.field(pair.key, &pair.label, &pair.value, pair.line);
            return;
        }
        if !names_a_class(&paragraph) {
            return;
        }
        if let Some(pair) = paragraph.split(". ").find_map(|sentence| classified(sentence, start + 1)) {
            self.field(pair.key, &pair.label, &pair.value, pair.line);
        }
    }

    /// How long the service was down, as a paragraph of the body tells it («Регистрация не
    /// работала с **06:10 до 07:25**»), unless the page stated a duration or its start and end.
    fn outage_in_paragraph(&mut self, outline: &Outline<'_>, start: usize) {
        let stated = self.meta.states(FieldKey::Duration)
            || self.meta.states(FieldKey::Start) && self.meta.states(FieldKey::End);
        if stated {
            return;
        }
        let paragraph = outline.paragraph_text(start);
        // Most paragraphs hold no time of day: no need to read their sentences for a window.
        let window = || {
            measures::time_of_day_at(&paragraph)?;
            paragraph.split(". ").find_map(|sentence| outage_window(sentence, start + 1))
        };
        let named = || paragraph.split(". ").find_map(|sentence| named_span(sentence, start + 1));
        if let Some(pair) = window().or_else(named) {
            self.field(pair.key, &pair.label, &pair.value, pair.line);
        }
    }

    /// `**4. Продолжительность простоя, мин**` / (blank) / `95`: a form's question in bold and
    /// the answer in the paragraph under it (a Yandex or Google Forms response export), when
    /// the question names an incident's field the page has not stated.
    fn form_answer(&mut self, outline: &Outline<'_>, index: usize) {
        let line = outline.content(index).trim();
        let Some(question) = line.strip_prefix("**").and_then(|rest| rest.strip_suffix("**")) else { return };
        if question.contains("**") || outline.paragraph_end(index) != index + 1 {
            return;
        }
        let Some(answer_at) = (index + 1..outline.len()).find(|&at| outline.role(at) != Role::Blank) else { return };
        if outline.role(answer_at) != Role::Text {
            return;
        }
        // «Продолжительность простоя, мин»: the unit after a comma belongs to the answer.
        let (label, unit) = question.trim_end_matches(['.', ':', '?']).rsplit_once(", ").map_or(
            (question.trim_end_matches(['.', ':', '?']), ""),
            |(label, unit)| if unit.split_whitespace().count() == 1 { (label, unit) } else { (question, "") },
        );
        let Some(key) =
            self.vocabulary.field(label).filter(|key| SUMMARY_KEYS.contains(key) && !self.meta.states(*key))
        else {
            return;
        };
        let answer = outline.paragraph_text(answer_at);
        let value = if unit.is_empty() || !answer.trim().bytes().all(|b| b.is_ascii_digit()) {
            answer.trim().to_owned()
        } else {
            format!("{} {unit}", answer.trim())
        };
        self.field(Some(key), label, &value, answer_at + 1);
    }

    /// `Opened by @pnovak on 2026-04-28 12:40 UTC · [GitHub](…)` above the first section: the
    /// day an issue was filed dates it only when nothing else does (a decision by the comment
    /// that took it, an incident by its impact).
    fn opened_on(&mut self, text: &str, line: usize) {
        if self.meta.created.is_some() || !text.contains(" @") {
            return;
        }
        if let Some(date) = opened_by(text) {
            self.meta.created = Some(self.located(date, line));
        }
    }

    /// `### Severity` / (blank) / `SEV-1`, `### Impact start (UTC)` / `2025-09-18 13:42`: an
    /// issue form's question as a heading over its one-line answer (GitHub renders a filed
    /// form so), when the question names an incident's field the page has not stated.
    /// `_No response_` is a question left unanswered.
    fn heading_answer(&mut self, outline: &Outline<'_>, index: usize, question: &str) {
        // (A `## Status` section is read as one, where it stands: see [`SectionKind::Status`].)
        let incident_keys = [FieldKey::Severity, FieldKey::Duration, FieldKey::Start, FieldKey::End];
        let Some(key) =
            self.vocabulary.field(question).filter(|key| incident_keys.contains(key) && !self.meta.states(*key))
        else {
            return;
        };
        let last = outline.heading(index).map_or(index, |heading| heading.last);
        let Some(answer_at) = (last + 1..outline.len()).find(|&at| outline.role(at) != Role::Blank) else { return };
        let answer = outline.content(answer_at).trim();
        let one_line = outline.paragraph_end(answer_at) == answer_at + 1;
        if outline.role(answer_at) != Role::Text || !one_line || answer.chars().count() > 80 || no_response(answer) {
            return;
        }
        self.field(Some(key), question, answer, answer_at + 1);
    }

    /// An incident's field on a line of its own in the body, unless the header stated it:
    /// `Outage start: 2026-02-23 16:05 GMT` under the timeline (a start or an end with its time
    /// of day), or an act's numbered `**5. Продолжительность простоя.** 3 ч 25 мин` below its
    /// opening prose (a duration or a severity).
    /// `**Воздействие.** Запись на ВМ деградировала 09:20–11:05.` (a terse note's bold
    /// sentence labels): the impact, whose window [`Self::field`] reads. True when `text` is one.
    fn bold_impact_line(&mut self, text: &str, line: usize) -> bool {
        let Some((label, value)) = bold_sentence_label(text).filter(|(label, _)| names_impact(&fold(label))) else {
            return false;
        };
        if !self.meta.states(FieldKey::Duration) {
            self.field(None, label, value, line);
        }
        true
    }

    fn body_incident_line(&mut self, text: &str, line: usize) {
        // `**Outage duration: 92 min**, from 09:12Z …`, `**Простой DCS — 1 ч 25 мин (с 05:40 до
        // 07:05).**`, `**Impact level: L3 (локальный)** — one region`: a field set in bold in
        // the body's prose.
        for inner in text.split("**").skip(1).step_by(2) {
            // The separator that comes first: `Простой — 1 ч (с 05:40 до 07:05)` has a colon later.
            let pair = match (inner.find(':'), inner.find(" — ")) {
                (Some(colon), Some(dash)) if dash < colon => inner.split_once(" — "),
                (Some(_), _) => inner.split_once(':'),
                (None, _) => inner.split_once(" — "),
            };
            if let Some((label, value)) = pair.filter(|(label, _)| label.split_whitespace().count() <= 4) {
                let key = self
                    .vocabulary
                    .field(label)
                    .filter(|key| matches!(key, FieldKey::Duration | FieldKey::Severity) && !self.meta.states(*key));
                let value = value.trim().trim_end_matches('.');
                if key.is_some() && !value.is_empty() {
                    self.field(key, label.trim(), value, line);
                    return;
                }
            }
        }
        if self.bold_impact_line(text, line) {
            return;
        }
        if text.starts_with("**") && text[2..].starts_with(|c: char| c.is_ascii_digit()) {
            let field = bold_numbered_field(text, self.vocabulary);
            if let Some((key, label, value)) =
                field.filter(|(key, ..)| matches!(key, FieldKey::Duration | FieldKey::Severity))
            {
                if !self.meta.states(key) {
                    self.field(Some(key), &label, &value, line);
                }
            }
            return;
        }
        // Most lines hold no time of day: no need to read them as a field.
        if measures::time_of_day_at(text).is_none() {
            return;
        }
        let Some(pair) = self.key_value(text, line) else { return };
        let Some(key) = pair.key.filter(|key| matches!(key, FieldKey::Start | FieldKey::End)) else { return };
        if !self.meta.states(key) && measures::time_of_day_at(&pair.value).is_some() {
            self.field(pair.key, &pair.label, &pair.value, pair.line);
        }
    }

    fn status_section_line(&mut self, text: &str, line: usize) {
        let item = strip_bullet(text.trim_start_matches(['>', ' ']));
        // `- [ ] Предложено` / `- [x] Принято`: the ticked box is the status.
        let item = match item.get(..3) {
            Some("[ ]") => return,
            Some("[x]" | "[X]") => item[3..].trim_start(),
            _ => item,
        };
        if self.meta.status.is_none() {
            self.status_value(item, line);
            // «Предложено — решение ожидается до 05.06.2026»: a day the decision is awaited
            // by is not the record's.
            if let Some(date) = Date::find(item).filter(|_| !awaited_by(item)) {
                self.date(date, line);
            }
            self.later_sentence_relations(item, line);
            return;
        }
        // `Accepted` over `Superseded by [3. EMQX](…)` in the status section: a later line
        // that names its successor says where the record stands now.
        let succeeded =
            self.vocabulary.relation_prefix(item).is_some_and(|(relation, _)| relation == StatedRelation::SupersededBy);
        if succeeded && self.meta.status.as_ref().is_some_and(|status| status.value == Status::Accepted) {
            self.meta.status = Some(self.located(Status::Superseded, line));
            self.meta.status_as_written = Some(without_note(&strip_markup(item)));
        }
        // `Принято` over `Дата: 12.03.2025. Участники: …`: the day it was decided, stated under
        // its status. Keyed, it says more than a day in the status line's note (`**Proposed**
        // — на согласовании (заседание 03.06.2026).` over `Автор: … Дата: 2026-05-20.`).
        let dated_by_status_line =
            self.meta.date.as_ref().is_some_and(|date| self.meta.status.as_ref().is_some_and(|s| s.line == date.line));
        // «Заменено решением ADR-0004 (10.03.2026).» over «Исходно принято 11.02.2025.»: the
        // day it was decided, not the day it was replaced.
        let replaced = self.meta.status.as_ref().is_some_and(|status| {
            matches!(status.value, Status::Superseded | Status::Deprecated) && status.line != Some(line)
        });
        if (self.meta.date.is_none() || dated_by_status_line) && replaced {
            if let Some(day) = originally_accepted(item) {
                self.meta.date = Some(self.located(day, line));
                return;
            }
        }
        if self.meta.date.is_none() || dated_by_status_line {
            let keyed = text
                .split(". ")
                .find_map(|sentence| self.key_value(sentence, line).filter(|pair| pair.key == Some(FieldKey::Date)));
            if let Some(day) = keyed.and_then(|pair| Date::find(&pair.value)) {
                self.meta.date = Some(self.located(day, line));
            }
        }
        self.relations_line(text, line);
        // `Дата: 2025-10-07. Зависит от ADR-012 (брокер — Kafka).` under the status.
        self.later_sentence_relations(item, line);
    }

    /// `Принято 20.01.2026. Заменяет РА-01 ([…](…)).`: a later sentence of a status section's
    /// line that opens with a relation names it.
    fn later_sentence_relations(&mut self, item: &str, line: usize) {
        for sentence in item.split(". ").skip(1) {
            if let Some((relation, rest)) = self.vocabulary.relation_prefix(sentence) {
                self.relations(relation, rest.trim_end_matches('.'), line);
            }
        }
    }

    fn relations_line(&mut self, text: &str, line: usize) {
        if let Some(pair) = self.key_value(text, line) {
            if matches!(pair.key, Some(FieldKey::Relation(_))) {
                self.field(pair.key, &pair.label, &pair.value, pair.line);
            }
            return;
        }
        if let Some((relation, rest)) = self.vocabulary.relation_prefix(strip_bullet(text)) {
            self.relations(relation, rest, line);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SectionKind {
    Status,
    Date,
    /// `## Links`, «Связи»: lines that say how they relate (`* Refines [ADR-8](…)`).
    Relations,
    /// «Связанные решения», "Related decisions", "See also": an ADR listed there is related
    /// unless its line says more.
    Related,
    /// «Кратко», "Summary": an incident's header written as sentences.
    Summary,
    /// "Outcome", «Итог», «Решение»: where a decision record says what was decided, and may
    /// open with its status in bold.
    Outcome,
}

/// A heading that names a part of any document («Контекст», "Summary", "Decision"), not
/// one document: the whole heading, folded ([`fold`]).
fn is_generic_section(folded_heading: &str) -> bool {
    const SECTIONS: [&str; 34] = [
        "what happened",
        "что случилось",
        "что произошло",
        "incident",
        "context",
        "контекст",
        "background",
        "предпосылки",
        "problem",
        "проблема",
        "problem statement",
        "постановка задачи",
        "summary",
        "резюме",
        "кратко",
        "overview",
        "обзор",
        "introduction",
        "введение",
        "description",
        "описание",
        "status",
        "статус",
        "decision",
        "решение",
        "goals",
        "цели",
        "impact",
        "влияние",
        "timeline",
        "хронология",
        "purpose",
        "назначение",
        "scope",
    ];
    SECTIONS.contains(&folded_heading.trim_end_matches(':').trim())
}

/// The tags of a line that is nothing but hashtags (`#incident #etcd #k8s`, Bear's
/// `#ритм/онбординг v2#` with spaces up to its closing `#`), comma-separated; a `#` before a
/// number (`#142`) or a space is none.
/// What a line of a note's attributes holds: its tags without a value, and each label's or
/// relation's name (in words) with its value.
struct NoteAttributes<'l> {
    tags: Vec<&'l str>,
    valued: Vec<(String, String)>,
}

/// Trilium's attributes written on a line under the title: `#решение #status=superseded
/// ~supersededBy=АР-003` — the tags without a value, and each label's or relation's name (in
/// words: `superseded By`) with its value. `None` unless one has a value.
fn note_attributes(line: &str) -> Option<NoteAttributes<'_>> {
    let line = line.trim();
    if !line.contains('=') || !line.starts_with(['#', '~']) {
        return None;
    }
    let mut tags = Vec::new();
    let mut attributes = Vec::new();
    for token in line.split_whitespace() {
        let body = token.strip_prefix(['#', '~'])?;
        match body.split_once('=') {
            Some((name, value)) if !name.is_empty() && !value.is_empty() => {
                if !name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
                    return None;
                }
                attributes.push((camel_case_words(name), value.trim_matches('"').to_owned()));
            }
            Some(_) => return None,
            None if body.starts_with(char::is_alphabetic) && token.starts_with('#') => tags.push(body),
            None => return None,
        }
    }
    (!attributes.is_empty()).then_some(NoteAttributes { tags, valued: attributes })
}

/// `supersededBy` → `superseded By`, `last_reviewed` → `last reviewed`: a name's words.
fn camel_case_words(name: &str) -> String {
    let mut words = String::with_capacity(name.len() + 4);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && previous_lower {
            words.push(' ');
        }
        words.push(if c == '_' || c == '-' { ' ' } else { c });
        previous_lower = c.is_lowercase();
    }
    words
}

fn hashtag_line(line: &str) -> Option<String> {
    let line = line.trim();
    if !line.starts_with('#') || line[1..].starts_with(char::is_whitespace) {
        return None;
    }
    let mut tags = Vec::new();
    for piece in line[1..].split(" #") {
        let piece = piece.trim();
        // Bear's closing `#` allows spaces inside; without one a tag is one word.
        let (name, closed) = match piece.strip_suffix('#') {
            Some(name) => (name.trim(), true),
            None => (piece, false),
        };
        let allowed = |c: char| c.is_alphanumeric() || "-_/".contains(c) || closed && c == ' ';
        if !name.starts_with(char::is_alphabetic) || !name.chars().all(allowed) {
            return None;
        }
        tags.push(name);
    }
    Some(tags.join(", "))
}

impl SectionKind {
    fn of(folded_heading: &str) -> Option<Self> {
        // «2. Сведения об инциденте»: a numbered section is the same section.
        let unnumbered = folded_heading.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
        // "Part A — Event identification", «Раздел 1. Общие сведения»: a lettered part too.
        let unnumbered = ["part ", "section ", "раздел ", "часть "]
            .iter()
            .find_map(|word| unnumbered.strip_prefix(word))
            .and_then(|rest| rest.split_once(|c: char| c.is_whitespace()))
            .map_or(unnumbered, |(_, rest)| rest.trim_start_matches(['—', '–', '-', ':', '.', ' ']));
        // `## Summary (@oksana)`: who wrote it is no part of the section's name.
        let unnumbered = match unnumbered.split_once(" (") {
            Some((name, _)) if unnumbered.ends_with(')') => name,
            _ => unnumbered,
        };
        // «Итог разбора INC-031» (a chat's closing message): the review's summary of itself.
        if ["итог разбора", "итоги разбора"].iter().any(|opening| unnumbered.starts_with(opening))
        {
            return Some(Self::Summary);
        }
        match unnumbered.trim_end_matches(':') {
            "status" | "статус" | "статус решения" | "decision status" => Some(Self::Status),
            "date" | "дата" | "дата решения" => Some(Self::Date),
            "связи" | "relations" | "links" | "ссылки" => Some(Self::Relations),
            "связанные решения"
            | "связанные adr"
            | "связанные ар"
            | "related decisions"
            | "related adrs"
            | "related records"
            | "other related adrs"
            | "related"
            | "see also"
            | "см. также" => Some(Self::Related),
            "summary"
            | "incident summary"
            // A retro board's export closes with what its facilitator wrote up.
            | "facilitator summary"
            | "facilitator's summary"
            | "overview"
            | "tl;dr"
            | "tldr"
            | "кратко"
            | "коротко"
            // «## Суть»: the incident in a few sentences.
            | "суть"
            | "суть инцидента"
            | "краткое описание"
            | "резюме"
            | "сводка"
            | "общая информация"
            | "сведения об инциденте"
            | "информация об инциденте"
            | "общие сведения"
            | "incident details"
            | "incident overview"
            // A tracker's card exported with its fields: «Поля карточки», "Details".
            | "поля карточки"
            | "карточка инцидента"
            | "details"
            | "metadata"
            | "метаданные"
            | "реквизиты"
            | "key facts"
            | "at a glance"
            // A safety register's event: "Event details", «Сведения о событии».
            | "event details"
            | "event identification"
            | "identification"
            | "event summary"
            | "сведения о событии"
            // A decision's record kept at its end, as a register has it.
            | "запись решения"
            | "decision record" => Some(Self::Summary),
            "outcome" | "decision outcome" | "decision" | "итог" | "итог решения" | "решение" => Some(Self::Outcome),
            _ => None,
        }
    }
}

/// `| | |` or `| Survey details | |` over a two-column table: a card of properties, whose
/// value column is not named ("Справка для ведущего" at the end of a training case, a
/// property block in a wiki). Read wherever it is.
/// `# Kafka consumer lag 2026-04-09` / `## Разбор: лаг консьюмеров` / `- **Дата:** …`: a
/// note titled by its app (Trilium, Notion) whose own text opens with a subtitle heading
/// over the fields. The line after the subtitle, when the title is followed by nothing but
/// that heading and at least two known fields stand under it.
fn subtitled_fields(
    outline: &Outline<'_>,
    after_title: usize,
    key_value: impl Fn(&str, usize) -> Option<KeyValue>,
) -> Option<usize> {
    let subtitle = (after_title..outline.len()).find(|&index| outline.role(index) != Role::Blank)?;
    let heading = outline.heading(subtitle).filter(|heading| heading.level == 2)?;
    let start = heading.last + 1;
    let known = (start..outline.len())
        .skip_while(|&index| outline.role(index) == Role::Blank)
        .take_while(|&index| outline.role(index) != Role::Blank && outline.heading(index).is_none())
        .filter_map(|index| key_value(outline.content(index), index + 1))
        .filter(|pair| pair.key.is_some())
        .count();
    (known >= 2).then_some(start)
}

fn card_header(outline: &Outline<'_>, index: usize) -> bool {
    let Role::Row { header: true, text } = outline.role(index) else { return false };
    let header = cells(text);
    header.len() == 2 && header[1].trim().is_empty()
}

/// «Отчёт от 27.03.2026», «Редакция 3 от 06.04.2026», "Map as of 23 March 2026", "Map
/// updated 6 April 2026", "Last updated Apr 30, 2026 by …", "Estimated on 30 March 2026 by
/// …": a lead (folded) that names the
/// paper, then the day it is from or was brought up to date.
fn names_its_day(folded: &str) -> bool {
    static NAMED_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{L}+(?:(?: (?:№ ?)?[\w.-]+)? от| as of| updated| dated| issued) (?:«?\d|\p{L}{3,9}\.? \d)|^(?:estimated|mapped|drawn up) on \d")
            .expect("valid regex")
    });
    NAMED_DAY.is_match(folded)
}

/// `created`, `created_at`, `dateCreated`: a front matter key a note-taking tool stamps the
/// file with when it is made, not the day the document is about.
fn is_creation_stamp(key: &str) -> bool {
    let key = key.to_ascii_lowercase().replace(['_', '-'], "");
    // Huly's `createdOn`.
    matches!(key.as_str(), "created" | "createdat" | "createdon" | "datecreated" | "creationdate" | "createdtime")
}

/// `_No response_`: what GitHub writes under an issue form's question left empty.
fn no_response(answer: &str) -> bool {
    matches!(fold(answer.trim_matches(['_', '*', ' '])).as_str(), "no response" | "нет ответа")
}

/// `Opened by @pnovak on 2026-04-28 12:40 UTC · [GitHub](…)`, «Открыт @pnovak 28.04.2026»:
/// the day an issue was filed, when a line opens with who filed it.
fn opened_by(line: &str) -> Option<Date> {
    let folded = fold(line.trim());
    let after = ["opened by ", "filed by ", "reported by ", "открыт ", "открыто ", "создан ", "создано "]
        .iter()
        .find_map(|opener| folded.strip_prefix(opener))?;
    let (_, rest) = after.strip_prefix('@')?.split_once(' ')?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    rest.split([' ', '·', '|', ',']).next().and_then(Date::alone)
}

/// `1. Описание`, `2.1 Состав`, `IV. Решение`: a section's number first.
fn opens_with_section_number(title: &str) -> bool {
    let first = title.split_whitespace().next().unwrap_or_default();
    let number = first.trim_end_matches('.');
    !number.is_empty()
        && (number.chars().all(|c| c.is_ascii_digit() || c == '.') && number.starts_with(|c: char| c.is_ascii_digit())
            || first.ends_with('.') && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// A Word document's title above its sections, written as bold paragraphs: from the last
/// one in capitals that opens with a word (`**РЕШЕНИЕ № АК-2025/03**`, `**ПЛАН**`, not the
/// code `**РГ-ДИТ-011**` nor the bank's name) through the bold paragraphs right after it
/// (`**«О выборе платформы»**`). The title, its first and its last line (0-based).
fn bold_title_block(outline: &Outline<'_>, from: usize, to: usize) -> Option<(String, usize, usize)> {
    // Each bold paragraph: (first line, last line, its words); `None` for any other block.
    let mut blocks: Vec<Option<(usize, usize, String)>> = Vec::new();
    let mut index = from;
    while index < to {
        if outline.role(index) == Role::Blank {
            index += 1;
            continue;
        }
        let paragraph_end =
            if outline.role(index) == Role::Text { outline.paragraph_end(index).min(to) } else { index + 1 };
        // A converter's hard break (`**ОТЧЁТ**\` over `**о разборе инцидента**\`) ends a
        // block as a paragraph's end does.
        let broken = |line: usize| outline.content(line).trim_end().ends_with('\\');
        let end = (index..paragraph_end).find(|&line| broken(line)).map_or(paragraph_end, |line| line + 1);
        let lines: Vec<&str> =
            (index..end).map(|line| outline.content(line).trim().trim_end_matches('\\').trim_end()).collect();
        let bold = outline.role(index) == Role::Text
            && lines.iter().all(|line| line.starts_with("**") && line.ends_with("**") && line.len() > 4);
        let words = lines.iter().map(|line| line.replace("**", "").trim().to_owned()).collect::<Vec<_>>().join(" ");
        blocks.push(bold.then_some((index, end - 1, words)));
        index = end.max(index + 1);
    }
    let capitals = |words: &str| {
        let first = words.split_whitespace().next().unwrap_or_default();
        let letters: Vec<char> = words.chars().filter(|c| c.is_alphabetic()).collect();
        first.chars().count() >= 3 && first.chars().all(char::is_alphabetic) && letters.iter().all(|c| c.is_uppercase())
    };
    let start = blocks.iter().rposition(|block| block.as_ref().is_some_and(|(_, _, words)| capitals(words)))?;
    let run: Vec<&(usize, usize, String)> = blocks[start..].iter().map_while(Option::as_ref).collect();
    let title = run.iter().map(|(_, _, words)| words.as_str()).collect::<Vec<_>>().join(" ");
    Some((title, run.first()?.0, run.last()?.1))
}

/// The first block of a page without an H1 when it is one short line in bold (`**ТЗ: слоты
/// доставки**`, not `**Статус:** …` nor a field's label), with its index; HTML comments
/// before it are passed over.
fn bold_line_title(outline: &Outline<'_>, from: usize, to: usize) -> Option<(String, usize)> {
    let first = (from..to).find(|&at| !matches!(outline.role(at), Role::Blank | Role::Html))?;
    let alone = outline.role(first) == Role::Text && outline.paragraph_end(first) == first + 1;
    let inner = outline.content(first).trim().strip_prefix("**")?.strip_suffix("**")?.trim();
    let titled =
        alone && !inner.is_empty() && inner.chars().count() <= 120 && !inner.contains("**") && !inner.ends_with(':');
    titled.then(|| (inner.to_owned(), first))
}

/// `paragraph` cut at each `. `, except after an initial («Подготовил: Д. Соколов, 05.12.2025.»).
fn sentences(paragraph: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, _) in paragraph.match_indices(". ") {
        // «Отчёт от 20 февр. 2026 г.»: a short month's dot ends no sentence before its year.
        let before_year = paragraph[at + 2..].starts_with(|c: char| c.is_ascii_digit())
            && ends_with_short_month(&paragraph[from..at]);
        if !ends_with_initial(&paragraph[from..at]) && !before_year {
            parts.push(&paragraph[from..at]);
            from = at + 2;
        }
    }
    parts.push(&paragraph[from..]);
    parts
}

/// `Отчёт от 20 февр` (before `. 2026`): text whose last word is a month cut short.
fn ends_with_short_month(text: &str) -> bool {
    let word = text.rsplit(char::is_whitespace).next().unwrap_or_default().to_lowercase();
    let day_before =
        text.trim_end_matches(|c: char| c.is_alphabetic()).trim_end().ends_with(|c: char| c.is_ascii_digit());
    day_before && (1..=5).contains(&word.chars().count()) && Date::find(&format!("1 {word}. 2026")).is_some()
}

/// `Подготовил: Д` (before `. Соколов`): text whose last word is one capital letter, an initial.
fn ends_with_initial(text: &str) -> bool {
    // `(М` in «Согласовано (М. Ким, 27.01.2026)» too.
    let word =
        text.rsplit(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '(' | '«' | '"')).next().unwrap_or_default();
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

/// «Приоритет», "Priority", "Issue priority": a tracker's priority, which the vocabulary reads
/// as a severity, and which gives way to a level named as one (`Severity`, «Уровень»).
pub(crate) fn names_a_priority(label: &str) -> bool {
    let label = fold(label);
    label.contains("priority") || label.contains("приоритет")
}

/// «Что случилось», «Что произошло», "What happened": the label of an incident's account.
fn names_what_happened(label: &str) -> bool {
    matches!(fold(label.trim_matches(['*', '_', ' '])).as_str(), "что случилось" | "что произошло" | "what happened")
}

/// `14.01.2026 вечером …`, "On Wednesday 29 April 2026, between …": text whose first five
/// words, before its first comma, hold a day.
fn opens_with_a_day(text: &str) -> bool {
    let head = text.split(',').next().unwrap_or(text);
    let words: Vec<&str> = head.split_whitespace().take(5).collect();
    Date::find(&words.join(" ")).is_some()
}

/// "On Wednesday 29 April 2026, between 10:20 and 12:05 CEST, …", «3 марта 2026 года с 14:05
/// до 15:40 …»: a sentence that opens with the day (after "On", «В») and holds a window of
/// clock times; the window.
fn day_and_window(sentence: &str) -> Option<String> {
    // Most sentences hold no time of day: nothing to read.
    measures::time_of_day_at(sentence)?;
    let plain = strip_markup(sentence);
    let opening = ["On ", "on ", "В ", "Во "].iter().find_map(|word| plain.strip_prefix(word)).unwrap_or(&plain);
    if !opens_with_a_day(opening) {
        return None;
    }
    clock_window(&plain)
}

/// «Когда», «Время», "When": a label that says when the incident happened.
fn names_when(label: &str) -> bool {
    matches!(fold(label).as_str(), "когда" | "when" | "время" | "time")
}

/// `📌 **Закреплённое сообщение** — Имя, дата`, `📌 Pinned by Ann`: a chat export's mark
/// over the message pinned in the thread.
fn is_pinned_message(line: &str) -> bool {
    let Some(rest) = line.trim_start_matches(['>', ' ']).strip_prefix('📌') else { return false };
    let folded = fold(&strip_markup(rest));
    ["закрепл", "pinned", "итог"].iter().any(|word| folded.trim_start().starts_with(word))
}

/// The words a team calls its own paper by, opening a sentence that dates it («План
/// согласован 06.10.2025»), folded.
const PAPER_NOUNS: [&str; 12] = [
    "план",
    "документ",
    "решение",
    "оценка",
    "спецификация",
    "техзадание",
    "роадмап",
    "plan",
    "document",
    "spec",
    "estimate",
    "roadmap",
];

/// `---`, `***`, `___`: a thematic break.
fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3 && ["-", "*", "_"].iter().any(|mark| compact.chars().all(|c| c.to_string() == *mark))
}

/// How a lead sentence that dates the document opens (folded), besides an author's or a
/// version's key: «Подготовлено 18.03.2026», "Prepared 24.03.2026 by …", "Snapshot as of …",
/// «Сам инцидент — 21.02.2026». An update («Обновлено 27.03.2026») is read as one: it dates
/// a plan, not a runbook.
/// A loose label that dates the page with the date in its value (`Approved on | 14 January
/// 2026`, «Отчёт: 20.04.2026»).
/// Not "Written after the [registration storm of 14 July 2025]": that day is the event's.
fn dates_the_page(label: &str, value: &str) -> bool {
    let label = fold(label);
    let line = format!("{label} {}", fold(value));
    // `> Инцидент 06.11.2025 · SEV-3 · …`: the incident's own word over its day.
    let event = matches!(label.as_str(), "инцидент" | "incident" | "сбой" | "авария" | "outage");
    (event || DATING_OPENERS.iter().any(|opener| label.starts_with(opener)))
        && Date::find(value).is_some()
        && !after_an_event(&line)
}

/// `*Tomás Ferreira · Feb 27, 2026 · 2-week timebox (Feb 9–20)*`: a byline, its author's
/// name and then the day it was written, parted by `·`.
fn byline_date(sentence: &str) -> Option<Date> {
    let plain = sentence.trim().trim_matches(['*', '_']).trim();
    let parts: Vec<&str> = plain.split(" · ").map(str::trim).collect();
    if let [name, day, ..] = parts.as_slice() {
        let named = crate::deliverable::actions::looks_like_owner(name) && !name.starts_with('@');
        let only_a_day = day.split_whitespace().count() <= 4 && !day.contains(':');
        if let Some(date) = Date::find(day).filter(|_| named && only_a_day) {
            return Some(date);
        }
    }
    // «03.03.26 (вт), вечер.»: a note that opens with its day, its weekday after it («вт,
    // 17.03.26 — …» is a day among the lead's first parts).
    let opening = plain.split([' ', '—', '(']).next().unwrap_or_default().trim_end_matches([',', '.']);
    if let Some(date) = Date::alone(opening).filter(|_| opening.contains('.') && opening.len() >= 8) {
        return Some(date);
    }
    // `*Document in Docs & Files · by Sarah Whitfield · 5 March 2026*`: a short byline whose
    // one part is a day and nothing else.
    // `Payments Core · owner @Oksana · updated 2026-05-20` (a Plane page's line): the day
    // after the word that says it is the last update's.
    let updated = |part: &str| {
        let folded = fold(part);
        let day = ["updated ", "last updated ", "обновлено ", "обновлена ", "обновлен ", "as of ", "актуально на "]
            .iter()
            .find_map(|word| folded.strip_prefix(word))?;
        Date::alone(day)
    };
    let short = (2..=4).contains(&parts.len()) && parts.iter().all(|part| part.split_whitespace().count() <= 6);
    let mut days = parts.iter().filter_map(|part| Date::alone(part).or_else(|| updated(part)));
    match (days.next(), days.next()) {
        (Some(date), None) if short => Some(date),
        _ => None,
    }
}

/// «решение ожидается до 05.06.2026», "decision expected by 2026-06-05": the first day the
/// line names comes after «до» / "by" / "until" — a day to come.
fn awaited_by(line: &str) -> bool {
    let Some(figure) = line.find(|c: char| c.is_ascii_digit()) else { return false };
    let before = fold(&line[..figure]);
    let last = before.split_whitespace().last().unwrap_or_default();
    matches!(last, "до" | "by" | "until" | "before" | "позднее")
}

/// «Исходно принято 11.02.2025», "Originally accepted on 2025-02-11", «Принято 11.02.2025»:
/// the day a line says the record was accepted.
fn originally_accepted(line: &str) -> Option<Date> {
    let folded = fold(line);
    let words = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    let words = ["исходно ", "изначально ", "первоначально ", "originally ", "initially "]
        .iter()
        .find_map(|opening| words.strip_prefix(opening))
        .unwrap_or(words);
    ["принято", "принят", "принята", "accepted"].iter().any(|word| words.starts_with(word)).then(|| Date::find(line))?
}

/// "Written after the storm of 14 July 2025", «Составлен по итогам сбоя 03.03»: a lead whose
/// date is an event's, not the page's (folded).
/// "Revised 27 March 2026 after the March incident": the day comes first, and is the page's.
fn after_an_event(folded: &str) -> bool {
    let first_figure = folded.find(|c: char| c.is_ascii_digit()).unwrap_or(folded.len());
    [" after ", " following ", " после ", " по итогам "]
        .iter()
        .any(|word| folded.find(word).is_some_and(|at| at < first_figure))
}

const DATING_OPENERS: [&str; 72] = [
    // `| Proposed on | 14 April 2026 |`, "Submitted 2026-04-14": the day the record was put up;
    // «**Предложено:** 22.04.2026», «Внесено 14.04.2026».
    "proposed on",
    "submitted",
    "предложено",
    "внесено",
    "estimated",
    // «Оценено на грумминге 22.04.2026 (planning poker)», «Оценивали 03.03.2026», «Оценка на
    // груминге 12.01.2026».
    "оценен",
    "оценка на груминге",
    "оценка на грумминге",
    "оценивали",
    // "Sized in refinement on 2026-05-12 (planning poker)".
    "sized",
    // A message board's "**Posted by Tom Becker** on Tuesday, November 4, 2025".
    "posted",
    // "**Report completed:** 27 February 2026", «Итоги подведены 01.12.2025 на встрече».
    "report",
    "итоги подведены",
    // A merge request's byline: "**Merged** by @a.volkova on 2025-05-20", «**Влито** 7 августа
    // 2025», «открыт 2026-05-06» (a record kept as the request's description).
    "merged",
    "влито",
    "смержен",
    "открыт",
    // "Exported from GitHub Projects board **Search 2026 H1** … on 2026-05-22".
    "exported",
    "выгружено",
    "экспортировано",
    // A Confluence page's byline: "Created by Anna Yudina, last modified on Apr 08, 2026".
    "created by",
    "создатель",
    // "Approved: 18 September 2025 by the architecture board", «Утверждено 03.02.2026».
    "approved",
    "утвержден",
    // «Согласовано 06.10.2025», «План согласован 06.10.2025 (…)».
    "согласован",
    "occurrence",
    "occurred",
    "произошел",
    "prepared",
    // A PoC's "Wrapped up Feb 9, 2026." after its run; a spike's `*Completed:* 12 March 2026`.
    "wrapped up",
    "completed",
    "finished",
    "concluded",
    "завершен",
    "written",
    // "Planned on 2026-04-01 at the quarter kick-off": a plan's (a tracker objective's) day.
    "planned on",
    // `ran it 2-6 Feb 2026 on stage, writeup 9 Feb 2026`: a PoC's report after its run.
    "writeup",
    "write-up",
    "published",
    "drafted",
    "revised",
    "snapshot as of",
    // A hill chart's «Снимок холма на 18 мая 2026»: the board as it stood that day.
    "snapshot of",
    "снимок",
    // «Срез на 20.05.2026 (выгрузка из view …)»: a board's view as of that day.
    "срез на",
    "срез от",
    "as of",
    // A status's note: "Draft — comments welcome until 29 May. Last edited 5 May 2026 by …".
    "last edited",
    "подготовлен",
    "составлен",
    "опубликован",
    "актуально на",
    "по состоянию на",
    "incident of",
    "incident on",
    "инцидент от",
    "сам инцидент",
    // A PoC's «Отчёт: 20.04.2026» beside its «Период: 06.04.2026 – 17.04.2026».
    "отчет",
    // A decision's «Принято: 03.04.2025 · Автор: …», "Decided: 4 March 2026", an RFC's
    // "Accepted: 2026-01-27" under its "Opened: …", or only "Opened: …" while undecided.
    "принят",
    "decided",
    // «решили на архкомитете 12.03.25», «набросал 1 апр 26»: a note's first-person first line.
    "решили",
    "решено",
    "приняли",
    "утвердили",
    "набросал",
    // «Посчитала 14 апреля 2026 г. в 16:30 вместе с Костей»: an estimate's note.
    "посчитал",
    "написал",
    // A PoC's «итоги 14.03.2026, PoC шёл неделю 10–14 марта».
    "итоги",
    "accepted",
    "opened",
    // «Решение принято 08.04.2025 на архитектурном комитете.»
    "решение принято",
    // «Статус документа: действующий · Состояние на 20.05.2026».
    "состояние на",
];

/// `opened by @d.volkov on 2025-05-06`, `closed by @kirill-s on 2025-05-27`, `closed on …`:
/// a tracker's issue header, as a field named `Opened` or `Closed` holding the day.
fn issue_event(part: &str, line: usize) -> Option<KeyValue> {
    static EVENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i)(opened|closed|resolved|merged)(?: by \S+)? on (.+)$").expect("valid regex")
    });
    let found = EVENT.captures(part.trim())?;
    let value = found[2].trim();
    Date::find(value)?;
    let mut label = found[1].to_lowercase();
    label[..1].make_ascii_uppercase();
    Some(KeyValue { key: None, label, value: value.to_owned(), line })
}

/// A knowledge base card's verification line (Guru's `Verified by Ольга Ким · Jun 5, 2025 ·
/// Next verification Dec 5, 2025`): the day after who verified the card is its last review,
/// and the parts around it are read as what they say.
fn verification(parts: &[&str], mut read: Vec<Option<KeyValue>>, line: usize) -> Vec<Option<KeyValue>> {
    const VERIFIED: [&str; 4] = ["verified by", "проверено", "проверил", "проверила"];
    const NEXT: [&str; 3] = ["next verification", "next review", "следующая проверка"];
    // Most lines verify nothing: no need to fold their parts.
    if !parts.iter().any(|part| part.contains("erifi") || part.contains("ровер") || part.contains("review")) {
        return read;
    }
    let plain = |at: usize| strip_markup(crate::text::without_leading_icon(parts[at]));
    let after = |text: &str, words: &[&str]| {
        let folded = fold(text);
        let word = words.iter().find(|word| folded.starts_with(*word))?;
        text.get(word.len()..).map(|rest| rest.trim().to_owned())
    };
    for at in 0..parts.len() {
        let text = plain(at);
        if let Some(who) = after(&text, &VERIFIED) {
            // `Verified by Ilya Markov on 24 Mar 2026` (Slab): the day in the same part.
            if let Some((_, day)) = who.rsplit_once(" on ").filter(|(_, day)| Date::find(day).is_some()) {
                read[at] = Some(KeyValue {
                    key: Some(FieldKey::LastReviewed),
                    label: "Verified".to_owned(),
                    value: day.to_owned(),
                    line,
                });
                continue;
            }
            let dated = read.get_mut(at + 1).and_then(Option::as_mut).filter(|pair| pair.key == Some(FieldKey::Date));
            if let Some(day) = dated.filter(|pair| pair.label.is_empty()) {
                day.key = Some(FieldKey::LastReviewed);
                day.label = "Verified".to_owned();
                read[at] = Some(KeyValue { key: None, label: "Verified by".to_owned(), value: who, line });
            }
        } else if let Some(day) = after(&text, &NEXT).filter(|day| read[at].is_none() && Date::find(day).is_some()) {
            read[at] = Some(KeyValue { key: None, label: "Next verification".to_owned(), value: day, line });
        }
    }
    read
}

/// The header field of a follow-up kept as a record of its own («Инцидент: ИНЦ-027 Срыв
/// релиза», "Incident: INC-88", "Related incident"): a table's or a tracker's row exported as a
/// page, with its owner, due day or state beside it. `None` for an incident's own page (its
/// severity, window or duration) and for a page that names an incident and nothing to do.
pub(crate) fn follow_up_of(fields: &[Field], has_status: bool) -> Option<&Field> {
    const LABELS: [&str; 16] = [
        "инцидент",
        "incident",
        "связанный инцидент",
        "related incident",
        "parent incident",
        "родительский инцидент",
        "source incident",
        "по инциденту",
        "из инцидента",
        "постмортем",
        "postmortem",
        "post-mortem",
        "разбор",
        "разбор инцидента",
        "incident review",
        "post-incident review",
    ];
    let states = |key: FieldKey| fields.iter().any(|field| field.key == Some(key));
    // «Приоритет: Высокий» is a task's as much as an incident's; a severity is an incident's.
    let severity = fields.iter().any(|field| field.key == Some(FieldKey::Severity) && !names_a_priority(&field.label));
    let incident_own = severity || [FieldKey::Duration, FieldKey::Start, FieldKey::End].into_iter().any(states);
    let to_do = states(FieldKey::Owner) || states(FieldKey::Due) || has_status;
    if incident_own || !to_do {
        return None;
    }
    fields.iter().find(|field| {
        field.key.is_none()
            && LABELS.contains(&fold(&strip_markup(&field.label)).trim())
            && !strip_markup(&field.value).trim().trim_matches(['—', '–', '-']).trim().is_empty()
    })
}

/// GitLab's scoped labels in a value (`~"статус::принято"`, `~severity::S2`): each (scope,
/// value), without the quotes.
fn scoped_labels(value: &str) -> Vec<(String, String)> {
    static SCOPED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"~(?:"([^"]+?)::([^"]+)"|([\p{L}\w-]+)::([\p{L}\w-]+))"#).expect("valid regex"));
    if !value.contains("::") {
        return Vec::new();
    }
    SCOPED
        .captures_iter(value)
        .filter_map(|caps| {
            let scope = caps.get(1).or_else(|| caps.get(3))?.as_str().trim();
            let scoped = caps.get(2).or_else(|| caps.get(4))?.as_str().trim();
            Some((scope.to_owned(), scoped.to_owned()))
        })
        .collect()
}

/// `Номер`, `Decision ID`, `Number`: a header's key for the record's own number (`АР-12`,
/// `DR-002`).
pub(crate) fn names_a_record_number(label: &str) -> bool {
    const LABELS: [&str; 12] = [
        "номер",
        "number",
        "id",
        "decision id",
        "record id",
        "идентификатор",
        "номер решения",
        "код",
        "код решения",
        "код документа",
        "номер документа",
        "шифр",
    ];
    LABELS.contains(&fold(&strip_markup(label)).trim())
}

/// `Decision 001`, «решение № 4» somewhere in `text`: the word, then (after a space and a
/// `#` or `№`) a digit. A cheap test before the relation readers run: «решение» alone is one
/// of the commonest words of a decision log.
fn names_a_worded_decision(text: &str) -> bool {
    ["ecision", "ешени"].iter().any(|stem| {
        text.match_indices(stem).any(|(at, _)| {
            let after = text[at + stem.len()..].trim_start_matches(char::is_alphabetic);
            let after = after.trim_start().trim_start_matches(['#', '№']).trim_start();
            after.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// `Decision (accepted 10 Feb 2026)` → `accepted 10 feb 2026`: what a decision's key says in
/// brackets (folded).
fn decision_bracket(label: &str) -> Option<String> {
    let folded = fold(label);
    ["decision (", "решение ("]
        .iter()
        .find_map(|word| folded.strip_prefix(word))
        .map(|inner| inner.trim_end_matches(')').to_owned())
}

/// `📌 Decision` among a post's byline parts: its category, marked by its icon.
fn category_badge(part: &str, line: usize) -> Option<KeyValue> {
    let named = crate::text::without_leading_icon(part);
    (named.len() < part.len() && super::kind::kind_named(named).is_some()).then(|| KeyValue {
        key: None,
        label: "Category".to_owned(),
        value: named.to_owned(),
        line,
    })
}

/// `TODO Решение …`, `DONE …`: an Org-mode entry's heading, by its keyword.
fn org_keyword(heading: &str) -> bool {
    heading.split_whitespace().next().and_then(super::actions::org_keyword_state).is_some()
}

/// HackMD's byline of tags and nothing else: `[name=Олег Сафронов] [time=Mon, Sep 29, 2025
/// 6:10 PM] [color=#2ecc71]`.
fn is_hackmd_stamp(line: &str) -> bool {
    let mut rest = line.trim();
    let mut tags = 0;
    while let Some(tag) = ["[name=", "[time=", "[color="].iter().find_map(|open| rest.strip_prefix(open)) {
        let Some((_, after)) = tag.split_once(']') else { return false };
        rest = after.trim_start();
        tags += 1;
    }
    tags > 0 && rest.is_empty()
}

/// The day of HackMD's `[time=Mon, Sep 29, 2025 6:10 PM]` in `text`.
fn hackmd_time(text: &str) -> Option<Date> {
    let (_, rest) = text.split_once("[time=")?;
    Date::find(rest.split(']').next()?)
}

/// `@Timur Gaziev, @Alina Sokolova`: handles of people and nothing else, as a byline names
/// its authors.
fn names_people(part: &str) -> bool {
    // `Ran by @marco and @dana.k`, `by @anna`: what they did, then who; `Posted by **Sarah
    // Whitfield**`: a name after "by" says it as well as a handle.
    let after_by = part.split_once(" by ").map(|(_, people)| people).or_else(|| part.strip_prefix("by "));
    if let Some(name) = after_by.map(strip_markup) {
        if !name.contains('@') && crate::deliverable::actions::looks_like_owner(name.trim()) {
            return true;
        }
    }
    let part = after_by.unwrap_or(part);
    let people: Vec<&str> = part
        .split([',', ';'])
        .flat_map(|people| people.split(" and ").flat_map(|people| people.split(" и ")))
        .map(str::trim)
        .filter(|person| !person.is_empty())
        .collect();
    !people.is_empty() && people.iter().all(|person| person.starts_with('@') && person.split_whitespace().count() <= 3)
}

/// `Issue #164`, `#164`, `PR #12`, `MR !31`: a tracker's number for the page.
fn is_issue_number(part: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i)(?:issue|pr|pull request|mr|merge request|задача)?\s*[#!]\d+$").expect("valid regex")
    });
    NUMBER.is_match(part.trim())
}

/// `Closed`, `Resolved`, «Закрыто»: the label of the day a tracker's issue was closed on.
pub(crate) fn is_closing_label(label: &str) -> bool {
    matches!(
        fold(label).trim_matches(|c: char| !c.is_alphanumeric()),
        // Jira's Russian «Решён» / «Решено» (the resolution's day); a YouGile or Bitrix task's
        // «Выполнена», «Завершена».
        "closed"
            | "resolved"
            | "merged"
            | "закрыто"
            | "закрыт"
            | "решен"
            | "решено"
            | "решена"
            | "выполнена"
            | "выполнено"
            | "завершена"
            | "завершено"
    )
}

/// `**5. Продолжительность простоя автоматического режима.** 3 ч 25 мин`: a bold key that
/// ends with a full stop, when its words name a known field.
fn bold_numbered_field(text: &str, vocabulary: &Vocabulary) -> Option<(FieldKey, String, String)> {
    let inner = text.strip_prefix("**")?;
    let (label, value) = inner.split_once(".**")?;
    let value = value.trim();
    let key = vocabulary.field(label).filter(|_| label.split_whitespace().count() <= 6)?;
    (!value.is_empty() && !label.contains('*')).then(|| (key, label.trim().to_owned(), value.to_owned()))
}

/// `Статус — черновик RFC`: a known key, a dash, its value.
fn dashed_known_key(text: &str, vocabulary: &Vocabulary) -> Option<(String, String)> {
    [" — ", " – "].iter().find_map(|dash| {
        let (key, value) = text.split_once(dash)?;
        let key = strip_markup(key);
        let short = key.split_whitespace().count() <= 4;
        (short && vocabulary.field(&key).is_some()).then(|| (key, value.trim().to_owned()))
    })
}

/// True when `text` opens with a capital letter.
fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// A line of bold keys with their values and no separator between them, cut before each
/// key: `**Автор:** Иванов **Заменяет:** ADR-017` → `**Автор:** Иванов`, `**Заменяет:** ADR-017`.
/// Nothing when the line does not open with a bold key or holds only one.
fn bold_key_parts(line: &str) -> Vec<&str> {
    static BOLD_KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\*\*|__)[^*_:]{1,40}?(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)").expect("valid regex")
    });
    let line = line.trim();
    let starts: Vec<usize> = BOLD_KEY.find_iter(line).map(|found| found.start()).collect();
    if starts.len() < 2 || starts[0] != 0 {
        return Vec::new();
    }
    let ends = starts.iter().skip(1).copied().chain([line.len()]);
    starts.iter().zip(ends).map(|(&start, end)| line[start..end].trim()).filter(|part| !part.is_empty()).collect()
}

/// `Dates: 2026-02-02 – 2026-02-13`: a short label (up to four words) and its value, for a
/// part of a line of several fields.
/// `Окно — **10:40–11:32**` cut at its first colon: the colon of a time of day, which parts
/// no key from its value.
fn splits_a_time(label: &str, value: &str) -> bool {
    label.trim_end_matches('*').ends_with(|c: char| c.is_ascii_digit())
        && value.starts_with(|c: char| c.is_ascii_digit())
}

fn labelled(part: &str, line: usize) -> Option<KeyValue> {
    let (label, value) = part.split_once(':')?;
    if splits_a_time(label, value) {
        return None;
    }
    let label = strip_markup(label);
    let short = label.starts_with(char::is_alphabetic) && label.split_whitespace().count() <= 4;
    short.then(|| KeyValue { key: None, label, value: value.trim().to_owned(), line })
}

/// A header line's part that says what it is by its shape alone: a severity (`SEV-2`,
/// «Уровень 2», «**Критичный**»), a time range (`14:05–15:47 MSK`, a duration) or a date.
fn unlabelled(part: &str, line: usize) -> Option<KeyValue> {
    let value = strip_markup(part);
    // `Sep 9, 2025` (month first, as Craft and US tools write it) too.
    let bare_date = value.starts_with(|c: char| c.is_ascii_digit())
        && value.split_whitespace().count() <= 4
        && Date::find(&value).is_some()
        || Date::alone(&value).is_some();
    // `влияние 35 минут`, "downtime 40 min" among a line's parts: what was lost, for how long.
    let impact = value.split_once(' ').filter(|(word, rest)| {
        (names_impact(&fold(word)) || matches!(fold(word).as_str(), "простой" | "downtime"))
            && measures::duration_minutes(rest).is_some()
    });
    if let Some((word, rest)) = impact {
        return Some(KeyValue {
            key: Some(FieldKey::Duration),
            label: word.to_owned(),
            value: rest.trim().to_owned(),
            line,
        });
    }
    let key = if measures::is_severity(&value) {
        FieldKey::Severity
    } else if measures::time_range_minutes(&value).is_some() {
        FieldKey::Duration
    } else if bare_date {
        FieldKey::Date
    } else {
        return None;
    };
    Some(KeyValue { key: Some(key), label: String::new(), value, line })
}

/// The text of a component badge in a heading (`<Badge type="tip" text="accepted" />`, as
/// VuePress and VitePress write it).
fn title_badge(heading: &str) -> Option<&str> {
    let at = heading.find("<Badge")?;
    let tag = &heading[at..heading[at..].find('>').map_or(heading.len(), |end| at + end)];
    let (_, after) = tag.split_once("text=")?;
    let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    after[1..].split(quote).next().map(str::trim).filter(|text| !text.is_empty())
}

/// An H1's text as a title: what it shows once rendered (a badge after it shows no text),
/// without the tags an Org-mode heading ends with (`Kafka как шина     :arch:kafka:`).
fn title_text(heading: &str) -> String {
    let text = super::inline::plain_text(heading);
    let untagged = text.trim_end().rsplit_once(char::is_whitespace).filter(|(_, last)| is_org_tags(last));
    match untagged {
        Some((title, _)) if !title.trim().is_empty() => title.trim_end().to_owned(),
        _ => text.into_owned(),
    }
}

/// `Title: Разбор …` / `Date: 2026-04-14` / `Category: Постмортемы` / `Slug: …` opening a
/// file (Pelican's and MultiMarkdown's metadata, which stand for front matter): its 1-based
/// lines, when a title comes first and a slug, a category or tags are among them.
fn plain_metadata_block(outline: &Outline<'_>, body_start: usize) -> Option<std::ops::RangeInclusive<usize>> {
    let first = (body_start..outline.len()).find(|&index| outline.role(index) != Role::Blank)?;
    let lines: Vec<&str> = (first..outline.len())
        .map(|index| outline.line(index).trim_end())
        .take_while(|line| !line.trim().is_empty())
        .collect();
    let key = |line: &str| {
        let (key, value) = line.split_once(": ")?;
        let plain =
            !key.is_empty() && key.chars().all(|c| c.is_ascii_alphabetic() || c == '_') && !value.trim().is_empty();
        plain.then(|| key.to_ascii_lowercase())
    };
    let keys: Vec<String> = lines.iter().map(|line| key(line)).collect::<Option<_>>()?;
    let publishing = keys.iter().any(|key| matches!(key.as_str(), "slug" | "category" | "tags"));
    (keys.first().is_some_and(|key| key == "title") && publishing).then(|| first + 1..=first + lines.len())
}

/// ```` ```{=mediawiki} ````: the fence of a raw block pandoc keeps from a MediaWiki page
/// (`=mediawiki` as the dialect pass leaves the fence's attribute).
fn is_mediawiki_fence(outline: &Outline<'_>, index: usize) -> bool {
    let info = outline.content(index).trim().trim_start_matches(['`', '~']).trim();
    outline.role(index) == Role::Code && matches!(info, "{=mediawiki}" | "=mediawiki")
}

/// `commit 5b1e0c9a7d2f4e63a1c8b0d9e2f7a6c5b4d3e2f1`: the first line of `git show`'s header.
fn is_commit_line(line: &str) -> bool {
    line.strip_prefix("commit ").is_some_and(|sha| {
        let sha = sha.split_whitespace().next().unwrap_or_default();
        (7..=40).contains(&sha.len()) && sha.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// `:arch:kafka:`: an Org-mode heading's tags.
fn is_org_tags(word: &str) -> bool {
    let Some(inner) = word.strip_prefix(':').and_then(|rest| rest.strip_suffix(':')) else { return false };
    !inner.is_empty()
        && inner.split(':').all(|tag| {
            !tag.is_empty() && tag.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '@' | '#' | '%'))
        })
}

/// `ПРИНЯТО АР-001. Kafka как шина событий`: a title that opens with a word in capitals (an
/// Org-mode entry's keyword) and goes on; the word and the rest.
fn org_status_keyword(title: &str) -> Option<(&str, &str)> {
    let (word, rest) = title.trim().split_once(char::is_whitespace)?;
    let capitals = word.chars().count() >= 4 && word.chars().all(|c| c.is_uppercase() || c == '-');
    (capitals && !rest.trim().is_empty()).then_some((word, rest.trim_start()))
}

/// `# Содержание` (`Table of Contents`) over links to the page's own headings and nothing
/// else: the table of contents an Org-mode or Word export opens with.
fn is_table_of_contents(outline: &Outline<'_>, index: usize) -> bool {
    let Some(heading) = outline.heading(index) else { return false };
    let named = matches!(
        fold(&title_text(heading.text)).as_str(),
        "содержание" | "оглавление" | "table of contents" | "contents"
    );
    if !named {
        return false;
    }
    let end = (index + 1..outline.len()).find(|&i| outline.heading(i).is_some()).unwrap_or(outline.len());
    // (A nested entry indented four spaces may read as code: any line that links counts; the
    // anchors of an Org export's headings are blank lines.)
    let mut links = 0;
    for at in heading.last + 1..end {
        match outline.role(at) {
            Role::Blank | Role::Html => {}
            _ if outline.content(at).contains("](#") => links += 1,
            _ => return false,
        }
    }
    links > 0
}

/// True for a status written as prose (a sentence break inside it, or four words or more)
/// rather than as a status word: kept as written, without a warning.
fn is_free_text(status: &str) -> bool {
    let sentence_break = status.match_indices(['.', ';', '!', '?']).any(|(at, _)| {
        status[at + 1..].starts_with(' ') && status[at + 1..].trim_start().starts_with(char::is_alphanumeric)
    });
    sentence_break || status.split_whitespace().count() >= 4
}

/// The fields a summary or the lead prose states for the document: an incident's and a
/// runbook's header.
/// Sections (folded names) that hold the document's header as its fields rather than a
/// summary in prose: every field written there is the header's (`## Метаданные` over
/// `- **Дата:** 11.11.2025`).
const CARD_SECTIONS: [&str; 15] = [
    "metadata",
    "метаданные",
    "реквизиты",
    "key facts",
    "at a glance",
    "details",
    "поля карточки",
    "карточка инцидента",
    "incident details",
    "сведения об инциденте",
    "информация об инциденте",
    "общие сведения",
    "event details",
    "сведения о событии",
    "паспорт документа",
];

const SUMMARY_KEYS: [FieldKey; 6] =
    [FieldKey::Status, FieldKey::Severity, FieldKey::Duration, FieldKey::Start, FieldKey::End, FieldKey::LastReviewed];

/// Where the lead prose from `start` ends: at the first line that is neither text nor blank,
/// or after its third paragraph.
fn lead_prose_end(outline: &Outline<'_>, start: usize) -> usize {
    let mut paragraphs = 0;
    for index in start..outline.len() {
        match outline.role(index) {
            Role::Blank => {}
            // `---` under a message board post's byline: the post goes on.
            _ if is_rule(outline.content(index)) => {}
            Role::Text if index > start && outline.role(index - 1) == Role::Text => {}
            // `**Push notifications delayed**` over `_Created … · Modified …_` (a note's
            // title and stamp, set in emphasis on lines of their own): no prose of the lead.
            Role::Text if is_emphasised_line(outline, index) => {}
            Role::Text if paragraphs < 3 => paragraphs += 1,
            _ => return index,
        }
    }
    outline.len()
}

/// Whether line `index` is a paragraph of one line set wholly in emphasis or bold.
fn is_emphasised_line(outline: &Outline<'_>, index: usize) -> bool {
    let line = outline.content(index).trim();
    let alone = index + 1 >= outline.len() || outline.role(index + 1) != Role::Text;
    alone && line.len() > 4 && without_wrapping_emphasis(line).len() < line.len()
}

/// What the header has passed over on its way to more fields (see
/// [`MetadataReader::pass_over`]).
#[derive(Debug, Default)]
struct PassedOver {
    /// Blocks (or lines) passed over so far: at most two.
    blocks: usize,
    /// The first line passed over: where the header the page shows ends.
    shown_end: Option<usize>,
    /// A line of hashtags was read: the header has begun, as after fields.
    tagged: bool,
}

impl PassedOver {
    /// Records `blocks` more passed over from line `from`, and returns `to`.
    fn over(&mut self, blocks: usize, from: usize, to: usize) -> usize {
        self.blocks += blocks;
        self.shown_end.get_or_insert(from);
        to
    }
}

/// The `key: value` alt texts of the status badges a line is made of (shields.io's
/// `![status: proposed](…/badge/status-proposed-yellow)`); nothing when the line holds more
/// than badges.
fn badge_fields(line: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut rest = line.trim();
    while let Some(after) = rest.strip_prefix("![") {
        let Some((alt, more)) = after.split_once("](") else { return Vec::new() };
        let Some((url, more)) = more.split_once(')') else { return Vec::new() };
        if let Some((key, value)) = alt.split_once(':') {
            fields.push((key.trim().to_owned(), value.trim().to_owned()));
        } else if let Some(pair) = shields_badge(url) {
            fields.push(pair);
        }
        rest = more.trim_start();
    }
    if rest.is_empty() {
        fields
    } else {
        Vec::new()
    }
}

/// `https://img.shields.io/badge/status-superseded-lightgrey`: a shields.io status badge's
/// label and message (`--` is a dash, `_` a space in them); a build or licence badge says
/// nothing of the document.
fn shields_badge(url: &str) -> Option<(String, String)> {
    let path = url.split_once("img.shields.io/badge/")?.1.split(['?', '#', ' ']).next()?;
    let path = crate::urls::percent_decode(path.trim_end_matches(".svg")).replace("--", "\u{0}").replace("__", "\u{1}");
    let parts: Vec<String> =
        path.split('-').map(|part| part.replace('_', " ").replace('\u{0}', "-").replace('\u{1}', "_")).collect();
    let [label, message @ .., _colour] = parts.as_slice() else { return None };
    let status = matches!(fold(label.trim()).as_str(), "status" | "статус" | "state" | "decision");
    (status && !message.is_empty()).then(|| (label.trim().to_owned(), message.join("-").trim().to_owned()))
}

/// Words a sentence of the lead prose opens with when it states the document's status:
/// «Черновик разбора», «Утверждена на квартальном планировании», "Approved by the CTO".
const OPENING_STATUSES: [&str; 12] = [
    "черновик",
    "draft",
    "утверждена",
    "утвержден",
    "утверждено",
    "approved",
    "согласована",
    "согласован",
    "согласовано",
    "superseded",
    "deprecated",
    "wip",
];

/// Whether a span of code in `sentence` holds what looks like a field (`` `**Статус:**
/// Заменено` ``, `` `Status: accepted` ``): the sentence shows an example of one.
fn codes_a_field(sentence: &str) -> bool {
    sentence.split('`').skip(1).step_by(2).any(|code| code.contains(':') || code.contains('*'))
}

/// The status word a sentence opens with, as written, when it is one of
/// [`OPENING_STATUSES`] followed by the end of the sentence or by a word in lower case.
fn opening_status(sentence: &str) -> Option<&str> {
    let sentence = sentence.trim_start_matches(['*', '_']);
    let word_end = sentence.find(|c: char| !c.is_alphanumeric()).unwrap_or(sentence.len());
    let word = &sentence[..word_end];
    let rest = sentence[word_end..].trim_start_matches(['*', '_', ',', ':']).trim_start();
    let lower_after = rest.chars().next().is_none_or(|c| c.is_lowercase());
    (OPENING_STATUSES.contains(&fold(word).as_str()) && lower_after).then_some(word)
}

/// `Impact lasted 6h 20m, from 09:05 to 15:25 UTC`, «Сбой длился 40 минут»: how long an
/// incident lasted, said in a sentence.
fn lasted(sentence: &str, line: usize) -> Option<KeyValue> {
    static LASTED: LazyLock<Regex> = LazyLock::new(|| {
        // «Влияние на абонентов длилось около 50 минут»: a few words may say on whom.
        Regex::new(r"(?i)^(?:the\s+)?(impact|outage|incident|downtime|сбой|инцидент|простой|влияние|деградация)(?:\s+\S+){0,3}?\s+(lasted|длил(?:ся|ась|ось)|продолжал(?:ся|ась|ось))\s+(?:около\s+|about\s+|~)?(.+)$")
            .expect("valid regex")
    });
    let caps = LASTED.captures(sentence)?;
    let value = caps[3].trim().trim_end_matches('.').to_owned();
    measures::duration_minutes(&value)?;
    Some(KeyValue { key: Some(FieldKey::Duration), label: format!("{} {}", &caps[1], &caps[2]), value, line })
}

/// "dashboards were stale for 134 minutes", «API был недоступен 47 минут», «сервис не
/// работал в течение 2 часов»: a sentence that says for how long the service was out.
fn out_for(sentence: &str, line: usize) -> Option<KeyValue> {
    static OUT_FOR: LazyLock<Regex> = LazyLock::new(|| {
        let span = r"(\d[\d.,]*\s*(?:minutes?|mins?|hours?|hrs?|h|минут[аы]?|мин|час(?:а|ов)?|ч)\b(?:\s*(?:and\s+)?\d+\s*(?:minutes?|mins?|m|минут[аы]?|мин)\b)?)";
        Regex::new(&format!(
            r"(?i)\b(?:was|were|stayed|remained|been)\s+(?:down|unavailable|stale|degraded|offline|broken|unreachable|impaired|delayed|downloadable|exposed)\s+for\s+(?:about\s+|around\s+|~)?\**{span}|\b(?:failed|failing|errored|erroring)\b[^.;]{{0,60}}?\bfor\s+(?:about\s+|around\s+|~)?\**{span}|\b(?:impact|outage|downtime|disruption|влияние|простой|недоступность|деградация)\s+(?:lasted|длил(?:ся|ась|ось)|продолжал(?:ся|ась|ось))\s+(?:for\s+)?(?:about\s+|around\s+|около\s+|~)?\**{span}|(?:был[аио]?\s+недоступ\w*|не\s+работал[аио]?|лежал[аио]?)\s+(?:в\s+течение\s+|около\s+|~)?{span}|\b(?:игрок|пользовател|клиент|покупател|абонент)\p{{L}}*\s+(?:около\s+|примерно\s+|~)?{span}\s+(?:не\s+)?\p{{L}}+(?:ли|ись)\b"
        ))
        .expect("valid regex")
    });
    // Most sentences say nothing of the kind: the regex (Unicode, any case) only for those
    // that might.
    if !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // «Итого 1 час 25 минут деградации», "about 50 minutes of downtime": a span of the outage.
    static SPAN_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(\d[\d.,]*\s*(?:minutes?|mins?|hours?|hrs?|минут[аы]?|мин|час(?:а|ов)?|ч)(?:\s+\d+\s*(?:minutes?|mins?|минут[аы]?|мин))?)\s+(?:of\s+)?(?:деградации|простоя|недоступности|downtime|degradation|outage)")
            .expect("valid regex")
    });
    let lower = sentence.to_lowercase();
    let worded = [
        "недоступ",
        "не работал",
        "лежал",
        "деградац",
        "простоя",
        "простой",
        // «игроки 40 минут видели таймер», «клиенты 25 минут не могли оплатить».
        "игрок",
        "пользовател",
        "клиент",
        "покупател",
        "абонент",
        "downtime",
        "degradation",
        "влияни",
        "impact",
        "outage",
    ];
    if !(lower.contains(" for ") || worded.iter().any(|word| lower.contains(word))) {
        return None;
    }
    let Some(caps) = OUT_FOR.captures(sentence).or_else(|| SPAN_OF.captures(sentence)) else {
        return named_span(sentence, line);
    };
    let value = caps.iter().skip(1).flatten().next()?.as_str().trim().to_owned();
    measures::duration_minutes(&value)?;
    Some(KeyValue { key: Some(FieldKey::Duration), label: "Duration".to_owned(), value, line })
}

/// «Итого окно влияния — 6 ч 20 мин», "Impact window: 2 h 10 min", «Окно воздействия —
/// **10:40–11:32 МСК**», «Влияние на клиентов — 1 ч 20 мин, …»: a sentence that names the
/// span of the impact and gives it (or its window of clock times), anywhere in a review's text.
fn named_span(sentence: &str, line: usize) -> Option<KeyValue> {
    static NAMED_WINDOW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:окно|время)\s+(?:влияния|воздействия|простоя|недоступности)\s*(?:—|–|-|:)\s*(.+)$|(?:impact|outage)\s+window\s*(?:—|–|-|:)\s*(.+)$|^(?:impact|влияние)\s*:\s*(.+)$")
            .expect("valid regex")
    });
    if !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let window = NAMED_WINDOW.captures(sentence).and_then(|caps| {
        let value = strip_markup(caps.get(1).or_else(|| caps.get(2)).or_else(|| caps.get(3))?.as_str());
        let value = value.trim().trim_end_matches('.').to_owned();
        let opens_with_a_time = measures::time_of_day_at(&value) == Some(0);
        // «Влияние: с 02:10 до 05:40, **3 ч 30 мин** без загрузки»: a window it opens with.
        let opens_with_a_window = || clock_window(&value).filter(|_| value.starts_with(['с', 'С', 'f', 'F']));
        if opens_with_a_time && measures::time_range_minutes(&value).is_some() {
            Some(value)
        } else {
            opens_with_a_window()
        }
    });
    if let Some(value) = window.or_else(|| total_span(sentence)) {
        return Some(KeyValue { key: Some(FieldKey::Duration), label: "Duration".to_owned(), value, line });
    }
    static NAMED_SPAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:окно|длительность|время|продолжительность)\s+(?:влияния|простоя|недоступности|деградации)\s*(?:—|–|-|:|составило|составила|составил)\s*(?:около\s+|~\s*)?(\d[\d.,]*\s*(?:ч|час(?:а|ов)?|мин|минут[аы]?)\b(?:\s*\d+\s*(?:мин|минут[аы]?)\b)?)|(?:impact|outage|downtime)\s+(?:window|duration)\s*(?:(?:—|–|-|:|was|of)\s*)?(?:about\s+|~\s*)?(\d[\d.,]*\s*(?:h|hours?|hrs?|min|minutes?)\b(?:\s*\d+\s*(?:m|min|minutes?)\b)?)|^\s*влияние(?:\s+на\s+\p{L}+)?\s*(?:—|–)\s*(?:около\s+|~\s*)?(\d[\d.,]*\s*(?:ч|час(?:а|ов)?|мин|минут[аы]?)\b(?:\s*\d+\s*(?:мин|минут[аы]?)\b)?)\s*(?:[,.;(]|$)")
            .expect("valid regex")
    });
    // The span's noun, as written (lower case; "Impact"/"impact"): a byte search, since this
    // runs over every paragraph of every page that states no duration.
    if !["влияни", "Влияни", "воздействи", "простоя", "недоступност", "деградаци", "mpact", "utage", "owntime"]
        .iter()
        .any(|word| sentence.contains(word))
    {
        return None;
    }
    let caps = NAMED_SPAN.captures(sentence)?;
    let value = caps.get(1).or_else(|| caps.get(2)).or_else(|| caps.get(3))?.as_str().trim().to_owned();
    measures::duration_minutes(&value)?;
    Some(KeyValue { key: Some(FieldKey::Duration), label: "Duration".to_owned(), value, line })
}

/// «Итого 25 минут, покупки при этом проходили», "In total 2 h 10 min.": a sentence of a
/// review that opens with the total of a span of time.
fn total_span(sentence: &str) -> Option<String> {
    static TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:итого|всего|in\s+total|total)\s*[:—–-]?\s*(?:около\s+|about\s+|~\s*)?(\d[\d.,]*\s*(?:ч|час(?:а|ов)?|мин|минут[аы]?|h|hours?|hrs?|min|minutes?)\b(?:\s*\d+\s*(?:м|мин|минут[аы]?|m|min|minutes?)\b)?)\s*(?:[,.;(—–]|$)")
            .expect("valid regex")
    });
    let sentence = sentence.trim();
    if !sentence.starts_with(['И', 'и', 'В', 'в', 'I', 'i', 'T', 't']) {
        return None;
    }
    let caps = TOTAL.captures(sentence)?;
    let value = caps[1].trim().to_owned();
    measures::duration_minutes(&value)?;
    Some(value)
}

/// «Регистрация не работала с **06:10 до 07:25**», "Checkout was unavailable from 08:14 to
/// 10:06 UTC", "users could not log in between 14:02 and 14:40": a sentence that says the
/// service was down, and the window of clock times it was down in, as the incident's duration.
fn outage_window(sentence: &str, line: usize) -> Option<KeyValue> {
    static DOWN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:не\s+(?:работал|открывал|отвечал|проходил|загружал|принимал|мог(?:ли)?)\w*|теря\w*\s+(?:соединени|связь|связи)\w*|lost\s+(?:connection|connectivity)|несвеж\w*|stale|недоступ\w*|лежал\w*|простаивал\w*|простой|(?:was|were)\s+(?:down|unavailable|unreachable|failing)|could\s+not|couldn't|unable\s+to|outage|(?:окно|период)\s+(?:воздейств|влияни|недоступн|простоя)\w*|impact\s+(?:window|period))\b",
        )
        .expect("valid regex")
    });
    let plain = sentence.replace(['*', '`'], "");
    if !DOWN.is_match(&plain) {
        return None;
    }
    let value = clock_window(&plain)?;
    Some(KeyValue { key: Some(FieldKey::Duration), label: String::new(), value, line })
}

/// "Started 8 November 2025 at 06:40, resolved 8 November 2025 at 09:55", «Началось в 06:40,
/// восстановлено в 09:55»: a line that opens with when the incident started and says when it
/// ended, as its `Start` and `End`.
fn started_and_ended(line: &str, number: usize) -> Option<[KeyValue; 2]> {
    static STARTED: LazyLock<Regex> = LazyLock::new(|| {
        let time = r"\d{1,2}:\d{2}(?:\s*(?-i:[A-ZА-Я]{2,4})\b)?";
        Regex::new(&format!(
            r"(?i)^(?:impact\s+|outage\s+|incident\s+)?(started|began|начал\w*|сбой\s+начал\w*)\s+((?:on\s+|at\s+|в\s+)?[^,;()]{{0,40}}?{time})\s*[,;]?\s*(?:and\s+|и\s+)?(resolved|ended|recovered|mitigated|restored|fixed|закончил\w*|устранен\w*|восстановлен\w*|завершил\w*)\s+((?:on\s+|at\s+|в\s+)?[^,;()]{{0,40}}?{time})"
        ))
        .expect("valid regex")
    });
    let plain = strip_markup(line);
    let caps = STARTED.captures(plain.trim())?;
    let (start, end) = (caps[2].trim().to_owned(), caps[4].trim().to_owned());
    measures::minutes_between(&start, &end)?;
    let label = |at: usize| {
        let mut letters = caps[at].chars();
        letters.next().map_or_else(String::new, |first| first.to_uppercase().chain(letters).collect())
    };
    Some([
        KeyValue { key: Some(FieldKey::Start), label: label(1), value: start, line: number },
        KeyValue { key: Some(FieldKey::End), label: label(3), value: end, line: number },
    ])
}

/// `с 07:00 до 11:45 МСК`, `from 08:14 to 10:06 UTC`, `between 14:02 and 14:40`: a window of
/// clock times, as `07:00 – 11:45`.
fn clock_window(text: &str) -> Option<String> {
    static WINDOW: LazyLock<Regex> = LazyLock::new(|| {
        let time = r"\d{1,2}:\d{2}(?:\s*(?-i:[A-ZА-Я]{2,4})\b)?";
        Regex::new(&format!(
            r"(?i)(?:\bс|\bмежду|\bfrom|\bbetween)\s+({time})(?:\s*\([^()]{{1,40}}\))?\s*(?:до|по|и|to|until|till|and|–|—|-)\s*({time})"
        ))
        .expect("valid regex")
    });
    // «начало 09:12, окончание 10:05 (МСК)», "start 13:42, end 15:10": each end named.
    static NAMED_ENDS: LazyLock<Regex> = LazyLock::new(|| {
        let time = r"\d{1,2}:\d{2}(?:\s*(?-i:[A-ZА-Я]{2,4})\b)?";
        Regex::new(&format!(
            r"(?i)(?:\bначало|\bstart)\s*:?\s*(?:в\s+|at\s+)?({time})\s*[,;]?\s*(?:\bокончание|\bконец|\bend)\s*:?\s*(?:в\s+|at\s+)?({time})"
        ))
        .expect("valid regex")
    });
    let window = WINDOW.captures(text).or_else(|| NAMED_ENDS.captures(text))?;
    measures::minutes_between(&window[1], &window[2])?;
    Some(format!("{} – {}", &window[1], &window[2]))
}

/// Whether `text` has a word [`classified`] starts from: most paragraphs have none, and the
/// patterns are costly to try on every one.
fn names_a_class(text: &str) -> bool {
    // Stems as a sentence writes them, mid-sentence or at its start; one pass of literals.
    static STEMS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            "[Cc]lassif|[Dd]eclar|[Rr]ated|[Gg]raded|[Cc]ategori|[Tt]reated|[Оо]тнес|[Пп]рисво|[Кк]лассифи|[Кк]валифи|[Ээ]то (?:[PSps]|SEV|sev)|[Ii]t was|[Tt]his was|[Pp]riority |[Пп]риоритет |[Ss]everity |[Пп]о (?:нашей )?шкале [PSps]",
        )
        .expect("valid regex")
    });
    STEMS.is_match(text)
}

/// «Уровень инцидента по нашей шкале — **S3**: …», «Значимость события по шкале службы ИТ —
/// **средняя**», "Severity on our scale — **high**": a paragraph that opens with a level's key,
/// says by which scale, and gives the level after a dash. Only a severity on its own counts.
fn scaled_level(paragraph: &str, line: usize) -> Option<KeyValue> {
    static SCALED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^((?:[Уу]ровень|[Зз]начимость|[Кк]ритичность|[Кк]атегория|[Сс]ерь[её]зность|[Ss]everity|[Ll]evel)[\p{L}\s-]{0,40}?)\s(?:по|on|per|under)\s[^—]{1,100}?\s—\s\**([\p{L}\d-]+)\**",
        )
        .expect("valid regex")
    });
    // Most paragraphs open with another word: a word's check before the pattern's search.
    let first = paragraph.split_whitespace().next()?.to_lowercase().replace('ё', "е");
    let keys = ["уровень", "значимость", "критичность", "категория", "серьезность", "severity", "level"];
    if !keys.contains(&first.as_str()) || !paragraph.contains(" — ") {
        return None;
    }
    let caps = SCALED.captures(paragraph.trim())?;
    let value = caps[2].to_owned();
    measures::is_severity(&value).then(|| KeyValue {
        key: Some(FieldKey::Severity),
        label: caps[1].trim().to_owned(),
        value,
        line,
    })
}

/// `3.1`, `v2`, `0.3.1`: a version's number and nothing else.
fn is_version_number(value: &str) -> bool {
    let number = value.trim().trim_start_matches(['v', 'V']);
    let parts: Vec<&str> = number.split('.').collect();
    parts.len() <= 4
        && parts.iter().all(|part| (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
}

/// `Изменён: 11.03.2026 10:02`, `Date modified: …`, Evernote's `Updated: 2026-01-19 16:48`:
/// an export's stamp of the page's last save, to the minute.
pub(crate) fn is_saved_stamp(label: &str, value: &str) -> bool {
    let saved = matches!(
        fold(label).trim(),
        "дата изменения"
            | "изменен"
            | "изменено"
            | "modified"
            | "last modified"
            | "date modified"
            | "updated at"
            | "updated"
    );
    saved && measures::time_of_day_at(value).is_some() && Date::find(value).is_some()
}

/// A sentence that is a coded level and nothing more: «Уровень 3.», «SEV-3 по шкале НОЦ.»,
/// "Severity 2 on our scale.", «P2 (по регламенту).». A word level alone («Высокий.») is not
/// read: a sentence of one adjective says too little.
fn level_on_its_own(sentence: &str, line: usize) -> Option<KeyValue> {
    let sentence = strip_markup(sentence);
    let sentence = sentence.trim().trim_end_matches(['.', ';']).trim();
    // «по шкале НОЦ», "on the NOC scale", «(по регламенту)»: which scale, not the level.
    let level = ["(", " по ", " on ", " per ", " under "]
        .iter()
        .filter_map(|at| sentence.find(at))
        .min()
        .map_or(sentence, |end| &sentence[..end])
        .trim();
    let words = level.split([' ', '-']).filter(|word| !word.is_empty()).count();
    let coded = level.chars().any(|c| c.is_ascii_digit()) && words <= 2 && measures::is_severity(level);
    coded.then(|| KeyValue {
        key: Some(FieldKey::Severity),
        label: "Severity".to_owned(),
        value: level.to_owned(),
        line,
    })
}

/// `09.04.2026, SEV-1`, `SEV-2 · 12 May 2026`: a line that is the incident's day and its
/// level, nothing else.
fn level_beside_date(line: &str, number: usize) -> Option<KeyValue> {
    let parts: Vec<&str> = line.split([',', '·', '|']).map(str::trim).filter(|part| !part.is_empty()).collect();
    let [first, second] = parts.as_slice() else { return None };
    let (level, day) = if Date::alone(first).is_some() { (second, first) } else { (first, second) };
    Date::alone(day)?;
    level_on_its_own(level, number)
}

/// «С 20.01.2026 — заменено», "Since 2026-01-20: superseded": a word that says from when,
/// which opens no field of its own.
fn is_since(label: &str) -> bool {
    matches!(fold(label.trim()).as_str(), "с" | "since" | "from" | "as of" | "начиная с" | "effective")
}

/// "proposed, opened 2026-05-06 by @tom", «на согласовании с 12.05.2026»: the day a proposal
/// was opened, named right after the status by a word that says so.
fn opened_on(rest: &str) -> Option<Date> {
    const OPENERS: [&str; 13] = [
        "opened",
        "submitted",
        "raised",
        "created",
        "since",
        "from",
        "открыт",
        "открыто",
        "создан",
        "создано",
        "внесено",
        "с",
        "от",
    ];
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let opener = words.iter().position(|word| OPENERS.contains(&fold(word.trim_matches([',', ';'])).as_str()))?;
    let after: Vec<&str> = words[opener + 1..].iter().take(4).copied().collect();
    Date::find(&after.join(" "))
}

/// `🔴 **P1** — склады не могли…`, `**SEV-2**: checkout errors`: a paragraph that opens with a
/// severity code in bold (after an icon), followed by a dash, a colon or nothing; or in plain
/// text before a dash (`Sev2 — customer-visible but partial`), when the code says "severity"
/// or "priority" (`S3 — …` is as likely the storage service).
fn badged_level(paragraph: &str, line: usize) -> Option<KeyValue> {
    // `> [!CAUTION]` over `> **SEV-1.** …` (a GitBook hint): the callout's first words.
    let paragraph = super::actions::callout_title(paragraph).unwrap_or(paragraph);
    let opening = crate::text::without_leading_icon(paragraph.trim());
    let plain = || {
        let (word, after) = opening.split_once(' ')?;
        let dashed = after.starts_with(['—', '–']) || after.starts_with("- ");
        let named = fold(word).starts_with("sev") || fold(word).starts_with('p');
        (dashed && named).then_some((word, after))
    };
    let (inner, after) = opening.strip_prefix("**").and_then(|rest| rest.split_once("**")).or_else(plain)?;
    let after = after.trim_start();
    // `**SEV-1.** 412 payouts were sent twice`: the badge ends its own sentence.
    let closed = inner.trim_end().ends_with(['.', ':']);
    let ends = closed || after.is_empty() || after.starts_with(['—', '–', '-', ':', '.']);
    (ends && is_severity_code(inner.trim().trim_end_matches([':', '.']))).then(|| KeyValue {
        key: Some(FieldKey::Severity),
        label: "Severity".to_owned(),
        value: inner.trim().trim_end_matches([':', '.']).to_owned(),
        line,
    })
}

/// «Уровень 1 — заказы не доходили до ресторанов», "Level 2 – checkout degraded": a line of
/// a summary that opens with the incident's level in two words, then a dash.
fn worded_level_opening(line: &str, number: usize) -> Option<KeyValue> {
    let line = line.trim_start_matches(['>', ' ']);
    let (head, _) = line.split_once(" — ").or_else(|| line.split_once(" – "))?;
    let head = head.trim();
    (head.split_whitespace().count() == 2).then(|| level_on_its_own(head, number)).flatten()
}

/// The severity a sentence says the incident was given: "We classified it as a Severity 2
/// incident", "declared a SEV-1", «Инцидент отнесён к уровню «высокий»», «присвоен приоритет
/// P2». Only a word that is a severity on its own counts.
fn classified(sentence: &str, line: usize) -> Option<KeyValue> {
    static CLASSIFIED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(classified|declared|rated|graded|categori[sz]ed|treated|отнес[её]н\w*|присвоен\w*|классифицирован\w*|квалифицирован\w*)\s+(?:it\s+|this\s+)?(?:as\s+|к\s+|как\s+)?(?:an?\s+)?(?:уровн\w*|категори\w*|приоритет\w*)?\s*(?:критичности\s+|важности\s+)?[«\x22“]?((?:severity|sev|уровень|level|priority)?[\s-]?[\p{L}\d-]+)",
        )
        .expect("valid regex")
    });
    // «отнесён к III классу», «присвоена 2 категория»: a class by its number; «по регламенту
    // это P2», "it was a SEV-2": a level named outright.
    static NUMBERED_CLASS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(отнес[её]н\w*\s+к|присвоен\w*)\s+([IVX]{1,4}|\d)[\s-]+(?:класс|категори|уровн)\w*")
            .expect("valid regex")
    });
    static NAMED_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
        // «по шкале P1 — логин недоступен всем»: the level on the team's scale.
        Regex::new(r"(?i)\b(это|it was|this was|по (?:нашей )?шкале)\s+(?:an?\s+)?((?:SEV|P|S)[- ]?\d)\b")
            .expect("valid regex")
    });
    // "Incident of 14 March, priority P3", «завёл как MDLP-402, приоритет P4»: the key and a
    // coded level right after it.
    static KEYED_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(priority|приоритет|severity)\s+((?:SEV|P|S)[- ]?\d)\b").expect("valid regex")
    });
    if !names_a_class(sentence) {
        return None;
    }
    let sentence = sentence.replace('*', "");
    for pattern in [&NUMBERED_CLASS, &NAMED_LEVEL, &KEYED_LEVEL] {
        if let Some(caps) = pattern.captures(&sentence) {
            let label = caps[1].to_owned();
            return Some(KeyValue { key: Some(FieldKey::Severity), label, value: caps[2].to_owned(), line });
        }
    }
    let caps = CLASSIFIED.captures(&sentence)?;
    let value = strip_markup(caps.get(2)?.as_str()).trim().to_owned();
    measures::is_severity(&value).then(|| KeyValue {
        key: Some(FieldKey::Severity),
        label: caps[1].to_owned(),
        value,
        line,
    })
}

/// A status without the note after it: «Открыт (ждём два пункта)» → «Открыт», "Resolved;
/// two follow-ups still open" → "Resolved", "Parked — waiting for ADR-0016" → "Parked". A
/// comma keeps the rest ("Review complete, follow-ups tracked below" is one state).
fn without_note(status: &str) -> String {
    let end = [" (", ";", " — ", " – "].iter().filter_map(|mark| status.find(mark)).min().unwrap_or(status.len());
    let kept = status[..end].trim();
    if kept.is_empty() {
        status.to_owned()
    } else {
        kept.to_owned()
    }
}

/// "Anomaly category", "Event classification", "Significance": a label (folded) that grades
/// the event, whose value is a severity when it is one on its own ("Major", "Critical (…)").
fn names_a_grade(label: &str) -> bool {
    const GRADES: [&str; 6] = ["category", "classification", "class", "significance", "rating", "grade"];
    label.split_whitespace().last().is_some_and(|last| GRADES.contains(&last))
}

/// `Severity` for a grading label whose value is a severity on its own, before its note.
fn graded(label: &str, value: &str) -> Option<FieldKey> {
    let level = value.split(" (").next().unwrap_or(value);
    (names_a_grade(&fold(label)) && measures::is_severity(level)).then_some(FieldKey::Severity)
}

/// "Decided", "Accepted", «Принято», «Дата принятия»: a key that dates the decision.
fn names_the_decision(label: &str) -> bool {
    let label = fold(label);
    let label = label.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        label,
        "decided"
            | "decided on"
            | "accepted"
            | "accepted on"
            | "decision date"
            | "date decided"
            | "принято"
            | "дата принятия"
            | "дата решения"
            | "решение принято"
            | "дата утверждения"
    )
}

/// «Дата инцидента», "Incident date", «Дата сбоя»: a date key that names the incident.
fn names_the_incident(label: &str) -> bool {
    let label = fold(label);
    ["инцидент", "incident", "сбоя", "аварии", "outage"].iter().any(|word| label.contains(word))
}

/// `| Customer impact | 19:11–20:33 UTC, **1h 22m** |`: an impact a card row gives as a span
/// of time is how long the incident lasted.
fn timed_impact(label: &str, value: &str) -> Option<FieldKey> {
    if !value.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let folded = fold(label);
    let impact = ["impact", "outage", "влияни", "воздейств", "простой"].iter().any(|word| folded.contains(word));
    let spanned = measures::duration_minutes(value)
        .or_else(|| leading_span(value).and_then(|span| measures::duration_minutes(&span)))
        .or_else(|| measures::time_range_minutes(value))
        .is_some();
    (impact && spanned && without_whom(&folded).split_whitespace().count() <= 3).then_some(FieldKey::Duration)
}

/// «время воздействия на клиентов», "impact on customers", «окно влияния для B2B»: a label
/// without the words that say on whom (folded, as `label` is).
fn without_whom(label: &str) -> &str {
    [" на ", " для ", " on ", " for "].iter().filter_map(|whom| label.find(whom)).min().map_or(label, |at| &label[..at])
}

/// «Согласовано: 3 февр. 2026 (CTO, безопасность)», `| Утверждено | 12.03.2026 |`: the day a
/// document was approved, under the state's own word (a list of who approved is none).
fn approved_on(label: &str, value: &str) -> Option<FieldKey> {
    const APPROVED: [&str; 6] = ["согласовано", "согласован", "утверждено", "утвержден", "принято", "signed off"];
    let folded = fold(label);
    (APPROVED.contains(&folded.trim_matches(|c: char| !c.is_alphanumeric())) && Date::find(value).is_some())
        .then_some(FieldKey::Date)
}

/// "3 h 40 min of stale or wrong balances", «2 ч 10 мин недоступности»: the span a value
/// opens with (its first words all figures and units of time), before what it was a span of.
fn leading_span(value: &str) -> Option<String> {
    const UNITS: [&str; 20] = [
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "m",
        "min",
        "mins",
        "minute",
        "minutes",
        "and",
        "ч",
        "час",
        "часа",
        "часов",
        "мин",
        "минут",
        "минуты",
        "минута",
        "и",
    ];
    let words: Vec<&str> = value
        .split_whitespace()
        .take_while(|word| {
            let word = word.trim_end_matches([',', '.']);
            let (digits, unit) = word.split_at(word.find(|c: char| !c.is_ascii_digit()).unwrap_or(word.len()));
            (!digits.is_empty() && (unit.is_empty() || UNITS.contains(&unit)))
                || UNITS.contains(&word)
                || compact_span(word)
        })
        .collect();
    // `3h10m of degraded charging`: a span in one word.
    let one_word = words.len() == 1 && compact_span(words[0].trim_end_matches([',', '.']));
    if (words.len() < 2 && !one_word) || words.len() == value.split_whitespace().count() {
        return None;
    }
    let span = words.join(" ");
    measures::duration_minutes(&span)?;
    Some(span.trim_end_matches([',', '.']).to_owned())
}

/// `3h10m`, `1h05m`, `2ч15м`: hours and minutes written as one word.
fn compact_span(word: &str) -> bool {
    static COMPACT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{1,3}(?:h|ч)\d{1,2}(?:m|min|м|мин)$").expect("valid regex"));
    COMPACT.is_match(word)
}

/// `| Time in SEV-1 | 0 mins |` over `| Time in SEV-2 | 125 mins |`, as PagerDuty's
/// post-mortem has them: the most severe level the incident spent time in is its severity,
/// and the time it spent in all of them is its duration.
fn time_in_severities(rows: &[KeyValue]) -> Vec<KeyValue> {
    let spent: Vec<(&KeyValue, &str, u32)> = rows
        .iter()
        .filter(|row| row.key.is_none())
        .filter_map(|row| {
            let code = row.label.split_whitespace().last().filter(|code| is_severity_code(code))?;
            let folded = fold(&row.label);
            let spent_in = ["time in ", "время в ", "время на уровне "].iter().any(|at| folded.starts_with(at));
            let minutes = measures::duration_minutes(&row.value)?;
            (spent_in && minutes > 0).then_some((row, code, minutes))
        })
        .collect();
    let level = |code: &str| code.chars().filter(char::is_ascii_digit).collect::<String>();
    let Some((first, code, _)) = spent.iter().min_by_key(|(_, code, _)| level(code)) else { return Vec::new() };
    let severity = KeyValue {
        key: Some(FieldKey::Severity),
        label: first.label.clone(),
        value: (*code).to_owned(),
        line: first.line,
    };
    let total: u32 = spent.iter().map(|(_, _, minutes)| minutes).sum();
    let duration = KeyValue {
        key: Some(FieldKey::Duration),
        label: first.label.clone(),
        value: format!("{total} min"),
        line: first.line,
    };
    vec![severity, duration]
}

/// `sev-1`, `sev1`, `P2`, `severity-2`, `S3`: a tracker label that names a severity level.
/// `Итог: P1, оплата картой не работала …` (a war room's pinned summary), «Инцидент S2:
/// …», "TL;DR: SEV-2, checkout …": a paragraph that opens with a summary's word, then a
/// level's code before a comma, a colon or a dash.
fn opening_level(paragraph: &str, line: usize) -> Option<KeyValue> {
    const OPENINGS: [&str; 8] =
        ["итог:", "итоги:", "кратко:", "резюме:", "summary:", "tl;dr:", "инцидент ", "incident "];
    let text = paragraph.trim().replace(['*', '`'], "");
    let lower = text.to_lowercase();
    let rest =
        OPENINGS.iter().find_map(|opening| lower.starts_with(opening).then(|| text.get(opening.len()..)).flatten())?;
    let (code, after) = rest.trim_start().split_once([',', ':', ' '])?;
    let parted = rest.trim_start()[code.len()..].starts_with([',', ':']) || after.trim_start().starts_with(['—', '–']);
    (parted && is_severity_code(code)).then(|| KeyValue {
        key: Some(FieldKey::Severity),
        label: String::new(),
        value: code.to_owned(),
        line,
    })
}

fn is_severity_code(tag: &str) -> bool {
    let tag = tag.trim_matches(['`', '*', '#', ' ']).to_lowercase();
    let level = ["severity", "sev", "p", "s"]
        .iter()
        .find_map(|prefix| tag.strip_prefix(prefix))
        .map(|rest| rest.trim_start_matches([':', '/', '-', '_']));
    level.is_some_and(|level| level.len() == 1 && level.bytes().all(|b| b.is_ascii_digit()))
}

/// Removes emphasis markers, trailing punctuation and whitespace for display.
pub(crate) fn strip_markup(text: &str) -> String {
    text.replace(['*', '`'], "").trim().trim_end_matches(['.', ',', ';']).trim().to_owned()
}

/// `Title (Title%20id.md)`, as Notion exports a relation property: the page's title and its
/// file's escaped path.
fn exported_relation(item: &str) -> Option<(String, &str)> {
    let (title, path) = item.trim().strip_suffix(')')?.rsplit_once(" (")?;
    let file = path.rsplit('/').next().unwrap_or(path);
    let escaped = !path.contains(char::is_whitespace) && file.to_lowercase().ends_with(".md") && file.len() > 3;
    (escaped && !title.trim().is_empty()).then(|| (strip_markup(title), path))
}

/// Words that mean "no target" in a relation field.
const NO_TARGET: [&str; 8] = ["", "-", "—", "–", "нет", "none", "n/a", "отсутствует"];

/// Parses relation targets from text: Markdown links, `ADR-5`/`ADR 0005`/`adr-005`
/// mentions, bare numbers, or (when there is nothing else) a title.
pub(crate) fn parse_targets(text: &str) -> Vec<TargetRef> {
    static LINK: LazyLock<Regex> =
        // `[x](<Схема на клиента.md>)`: a target in angle brackets may hold spaces.
        LazyLock::new(|| {
            Regex::new(r#"\[([^\]]*)\]\(\s*(?:<([^>]*)>|([^)\s>]*))(?:\s+"[^"]*")?\s*\)"#).expect("valid regex")
        });
    // `[[ADR-003 Брокер MQTT]]`, `[[Брокер MQTT|старое решение]]`: a note by its name.
    static WIKI: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\\?\|([^\]]*))?\]\]").expect("valid regex"));
    let mut targets = Vec::new();
    for caps in WIKI.captures_iter(text) {
        let note = caps[1].trim().trim_end_matches('\\').trim().to_owned();
        let alias = caps.get(2).map(|alias| alias.as_str().trim().to_owned()).filter(|alias| !alias.is_empty());
        let reference = adr_id::references(&note).next();
        let number = reference.as_ref().map(|reference| reference.number);
        let series = reference.map(|reference| reference.series).unwrap_or_default();
        targets.push(TargetRef { link: None, number, series, text: note, alias });
    }
    let text = &WIKI.replace_all(text, " ");
    for caps in LINK.captures_iter(text) {
        let label = caps[1].trim().to_owned();
        let number = adr_id::label_number(&label);
        let series = adr_id::references(&label).next().map(|reference| reference.series).unwrap_or_default();
        let link = caps.get(2).or_else(|| caps.get(3)).map_or("", |target| target.as_str());
        targets.push(TargetRef { link: Some(link.to_owned()), number, series, text: label, alias: None });
    }
    let rest = LINK.replace_all(text, " ");
    for reference in adr_id::references(&rest) {
        let number = reference.number;
        targets.push(TargetRef {
            link: None,
            number: Some(number),
            series: reference.series,
            text: format!("ADR-{number}"),
            alias: None,
        });
    }
    if !targets.is_empty() {
        return targets;
    }
    for item in rest.split([',', ';']) {
        // A Notion export's relation property: `DR-01 Расчёт начислений (DR-01%20….md)`.
        if let Some((title, path)) = exported_relation(item) {
            targets.push(TargetRef {
                link: Some(path.to_owned()),
                number: None,
                series: SeriesRef::Own,
                text: title,
                alias: None,
            });
            continue;
        }
        // `accepted (replaces 0004)`: the number without the brackets around it.
        let item = strip_markup(item.trim().trim_matches(['(', ')']));
        if NO_TARGET.contains(&fold(&item).as_str()) {
            continue;
        }
        let number = adr_id::bare_number(&item).or_else(|| adr_id::worded_decision_number(&item));
        targets.push(TargetRef { link: None, number, series: SeriesRef::Own, text: item, alias: None });
    }
    targets
}

#[cfg(test)]
impl Metadata {
    /// The status and its line, as the tests compare them.
    fn stated_status(&self) -> Option<(Status, usize)> {
        self.status.as_ref().map(|status| (status.value.clone(), status.line.unwrap_or(0)))
    }

    fn date_value(&self) -> Option<Date> {
        self.date.as_ref().map(|date| date.value)
    }

    fn title_value(&self) -> Option<&str> {
        self.title.as_ref().map(|title| title.value.as_str())
    }

    fn header(&self) -> Option<(usize, usize)> {
        self.header_lines.map(|span| (span.first, span.last))
    }
}

/// `**Длительность влияния: 2 ч 35 мин**`: a field set in bold or italics as a whole, without
/// the marks around it.
fn without_wrapping_emphasis(part: &str) -> &str {
    for mark in ["**", "__", "*", "_"] {
        if let Some(inner) = part.strip_prefix(mark).and_then(|rest| rest.strip_suffix(mark)) {
            // (`*Docs & Files · owner Sarah · last updated 28 April 2026*`: a byline of parts.)
            if !inner.contains(mark) && (inner.contains(':') || inner.contains(" · ")) {
                return inner.trim();
            }
        }
    }
    part
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::deliverable::frontmatter;
    use crate::diagnostic::Severity;

    #[test]
    fn badges_are_fields_only_on_a_line_of_badges() {
        let badges = "![status: proposed](https://img.shields.io/badge/status-proposed-yellow) ![owner: Lena](x.svg)";
        assert_eq!(
            badge_fields(badges),
            vec![("status".to_owned(), "proposed".to_owned()), ("owner".to_owned(), "Lena".to_owned())]
        );
        assert!(badge_fields("![status: proposed](x.svg) and some prose").is_empty(), "more than badges");
        assert!(badge_fields("![diagram](x.svg)").is_empty(), "an image without `key: value`");
        let shields = "![status](https://img.shields.io/badge/status-in_review--2-lightgrey) ![CI](https://img.shields.io/badge/build-passing-green)";
        assert_eq!(
            badge_fields(shields),
            vec![("status".to_owned(), "in review-2".to_owned())],
            "a status badge's words"
        );
    }

    #[test]
    fn a_knowledge_base_article_s_stamp() {
        let article = "# Manual payout reprocessing\n\n  • 02 Oct 2025\n  • 6 Minutes to read\n  • Contributors\n\n---\n\n**Owner:** Olga\n";
        assert_eq!(
            read_clean(article).text.implied_date.map(|date| date.value.to_string()).as_deref(),
            Some("2025-10-02")
        );
        let list = "# Releases\n\n- 02 Oct 2025\n- 14 Nov 2025\n";
        assert_eq!(read_clean(list).text.implied_date, None, "a list of days is no stamp");
    }

    #[test]
    fn a_clause_that_dates_the_page() {
        let poc =
            read_clean("# redis cluster poc\n#poc #redis\n\nran it 2-6 Feb 2026 on stage, writeup 9 Feb 2026\n").text;
        assert_eq!(poc.implied_date.map(|date| date.value.to_string()).as_deref(), Some("2026-02-09"));
    }

    #[test]
    fn a_draft_dated_after_its_state() {
        let meta = read_clean("# alerting rework\n#spec #alerting\n\nstatus: draft, 4 May 2026\n\nproblem\n").text;
        assert_eq!(meta.stated_status().map(|(status, _)| status), Some(Status::Draft));
        assert_eq!(meta.implied_date.map(|date| date.value.to_string()).as_deref(), Some("2026-05-04"));
        let versioned =
            read_clean("# X\n\n**Статус плана:** черновик, v0.2 — 2 марта 2026 г. Комментарии — в треде.\n").text;
        assert_eq!(versioned.implied_date.map(|date| date.value.to_string()).as_deref(), Some("2026-03-02"));
        let noted = read_clean("# X\n\nStatus: draft, see the thread\n").text;
        assert_eq!(noted.implied_date, None, "a note after the state is no day");
    }

    #[test]
    fn the_header_passes_over_two_blocks_at_most() {
        let two = "# X\n\nIntro.\n\n| DACI | Кто |\n|---|---|\n| Driver | Ilya |\n\n**Status:** Accepted\n";
        assert_eq!(read_clean(two).text.stated_status().map(|(status, _)| status), Some(Status::Accepted));
        let three =
            "# X\n\nIntro.\n\nMore prose.\n\n| DACI | Кто |\n|---|---|\n| Driver | Ilya |\n\n**Status:** Accepted\n";
        assert_eq!(read_clean(three).text.stated_status(), None, "three blocks end the header");
    }

    #[test]
    fn a_status_a_sentence_of_the_lead_opens_with() {
        assert_eq!(opening_status("Черновик разбора"), Some("Черновик"));
        assert_eq!(opening_status("Утверждена на квартальном планировании логистики"), Some("Утверждена"));
        assert_eq!(opening_status("**Draft**"), Some("Draft"));
        assert_eq!(opening_status("Approved by the CTO on 2026-03-01"), Some("Approved"));
        assert_eq!(opening_status("Draft Kafka Topics are listed below"), None, "a capitalised word after it");
        assert_eq!(opening_status("Версия от 01.04.2026"), None);
        assert_eq!(opening_status("Drafting the plan took a week"), None, "the whole word");
    }

    #[test]
    fn example_parse_targets() {
        use crate::deliverable::meta::parse_targets;
        let targets = parse_targets("[3. Use X](0003-use-x.md), ADR-0007 и adr-005");
        let numbers: Vec<_> = targets.iter().map(|t| t.number).collect();
        assert_eq!(numbers, vec![Some(3), Some(7), Some(5)]);
        assert_eq!(targets[0].link.as_deref(), Some("0003-use-x.md"));
    }

    const FILE: &str = "adr/adr-0001-x.md";

    /// What `read` gives for `text`, front matter extracted first, as the parser does.
    fn read_with_diagnostics(text: &str) -> (Sources, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let front = frontmatter::extract(text, FILE, &mut diagnostics);
        let sources = read(
            &Outline::read(text, front.as_ref().map_or(0, |front| front.line_count)),
            front.as_ref(),
            FILE,
            &Vocabulary::default(),
            &mut diagnostics,
        );
        (sources, diagnostics)
    }

    /// What `read` gives for a text that must raise no diagnostic.
    #[test]
    fn a_relation_under_a_key_that_only_says_there_is_one() {
        let read = read_clean("# АР-003. Выгрузка\n\n**Статус:** На согласовании\n**Связь:** дополняет [АР-002](/kb/it/1011-ar-002/) — очереди остаются.\n");
        assert_eq!(
            relations_of(&read.text),
            vec![(StatedRelation::Amends, Some(2), Some("/kb/it/1011-ar-002/"), "АР-002")]
        );
        let later = read_clean("# ADR-011. gRPC\n\n## Предложение\n\n* Ключ проверяется по таблице из ADR-012. Связано с [ADR-012](../ADR-012/WebHome.md).\n");
        assert_eq!(
            relations_of(&later.text),
            vec![(StatedRelation::RelatesTo, Some(12), Some("../ADR-012/WebHome.md"), "ADR-012")]
        );
        let none = read_clean("# X\n\n**Links:** the team's wiki and [chat](https://chat.example)\n");
        assert!(relations_of(&none.text).is_empty());
    }

    #[test]
    fn a_wiki_byline_with_its_space_last_change_and_version() {
        let line = "# План\n\n> Пространство: Payments.Planning · Последнее изменение: Павел Зуев, 2026/04/28 15:52 · Версия 3.1\n\n## Цель\n";
        let read = read_clean(line);
        assert_eq!(
            fields_of(&read.text),
            vec![
                (None, "Пространство", "Payments.Planning", 3),
                (None, "Последнее изменение", "Павел Зуев, 2026/04/28 15:52", 3),
                (Some(FieldKey::Version), "Версия", "3.1", 3)
            ]
        );
        let without_version = "# План\n\nПространство: Payments · Последнее изменение: Павел Зуев, 2026/04/28 15:52\n";
        assert_eq!(fields_of(&read_clean(without_version).text).len(), 2, "a dated update is enough");
    }

    #[test]
    fn a_word_paper_s_kind_then_its_subject_as_two_titles() {
        let paper = "**АО «НГСК»**\n\n# Отчёт о разборе инцидента ИНЦ-2026-0227\n\n# Некорректный расчёт премии\n\n**Дата инцидента:** «27» февраля 2026 г.\n\n**Приоритет:** P2\n\n# 1. Описание инцидента\n\nx\n";
        let read = read_clean(paper).text;
        assert_eq!(read.date_value(), Date::new(2026, 2, 27));
        assert!(read.states(FieldKey::Severity), "{:?}", read.fields);
    }

    #[test]
    fn an_approval_stamp_above_a_title_in_two_headings() {
        let paper = "**УТВЕРЖДАЮ**\n\n**Директор департамента ИТ**\n\n**«10» ноября 2025 г.**\n\n# РЕГЛАМЕНТ\n\n# восстановления работы шины данных\n\n# 1. Назначение\n\nx\n";
        let read = read_clean(paper).text;
        assert_eq!(
            read.implied_date.map(|date| date.value),
            Date::new(2025, 11, 10),
            "the paper's day when it states none"
        );
        assert_eq!(read.heading_title.as_deref(), Some("РЕГЛАМЕНТ восстановления работы шины данных"));
    }

    #[test]
    fn a_callout_titled_by_an_incident_s_fields() {
        let garden = read_clean("# Просроченный сертификат CDN\n\n> [!incident] SEV3 · 14 мая 2026\n> Сертификат истёк в 07:55.\n\n## Почему\n\nx\n");
        assert_eq!(
            keys_and_values(&garden.text)[..2],
            [(Some(FieldKey::Severity), "SEV3"), (Some(FieldKey::Date), "14 мая 2026")]
        );
    }

    #[test]
    fn an_admonition_titled_by_the_status_and_its_day_of_approval() {
        let material = "# План резервной площадки\n\n> [!TIP] Утверждено\n> Утверждено на техсовете 16.02.2026. Дата утверждения: 16.02.2026.\n\n## Цель\n\nx\n";
        let read = read_clean(material);
        assert_eq!(read.text.stated_status(), status_at(Status::Accepted, 3));
        assert_eq!(read.text.date_value(), Date::new(2026, 2, 16));
        let note = read_clean("# План\n\n> [!NOTE] Утверждено техсоветом, см. протокол\n\n## Цель\n\nx\n");
        assert_eq!(note.text.stated_status(), None, "a title that says more than the status");
    }

    #[test]
    fn a_byline_of_a_day_and_its_authors_handles() {
        let paper = read_clean("# Estimate: scanner app\n\nFeb 2, 2026 · @Timur Gaziev, @Alina Sokolova\n\nText.\n");
        assert_eq!(paper.text.date_value(), Date::new(2026, 2, 2));
        let spike =
            read_clean("# Spike: flagd\n\n*Timebox: 5 days · Ran by @marco and @dana.k · Written up 27 Jan 2026*\n");
        assert_eq!(
            spike.text.implied_date.as_ref().map(|date| date.value).or(spike.text.date_value()),
            Date::new(2026, 1, 27)
        );
        let basecamp = read_clean(
            "# Estimate — Phase 2\n\n*Document in Docs & Files · by Sarah Whitfield · 5 March 2026*\n\nScope.\n",
        );
        assert_eq!(basecamp.text.implied_date.as_ref().map(|date| date.value), Date::new(2026, 3, 5));
        let plane = read_clean(
            "# Q2 2026 Roadmap\n\nPayments Core · owner @Oksana Petrenko · updated 2026-05-20\n\n## Commitments\n",
        );
        let dated = plane.text.implied_date.as_ref().map(|date| date.value).or(plane.text.date_value());
        assert_eq!(dated, Date::new(2026, 5, 20), "a Plane page's line: the day after «updated»");
        let post = read_clean("# DEC-02 · Payments\n\nPosted by **Sarah Whitfield** · Feb 10, 2026 · 📌 Decision\n\nTeam, here is where we landed.\n\n> **Decision (accepted 10 Feb 2026):** payments go through YooKassa.\n");
        assert!(post.text.fields.iter().any(|field| field.label == "Category"), "{:?}", post.text.fields);
        assert_eq!(post.text.stated_status().map(|(status, _)| status), Some(Status::Accepted));
        let board = read_clean(
            "# Roadmap — 2026 H1\n\n*Docs & Files · owner Sarah Whitfield · last updated 28 April 2026*\n\n## Q1\n",
        );
        assert!(board.text.fields.iter().any(|field| field.value.contains("28 April 2026")), "{:?}", board.text.fields);
        // An export's byline in italics: where it came from, in a few words, and its update.
        let export = read_clean("# Roadmap — H1 2026\n\n*Board view exported from \"Eng Roadmap H1 2026\" · last updated May 18, 2026 by Priya Nair*\n");
        assert!(
            export.text.fields.iter().any(|field| field.value.contains("May 18, 2026")),
            "{:?}",
            export.text.fields
        );
        let org = read_clean("# ADR-0007: gRPC\n\n## TODO Решение по протоколу    :adr:draft:\nDEADLINE: <2026-06-02 Вт>\n\n-   ID: adr-0007\n-   STATUS: на обсуждении (proposed)\n\n### Контекст\n\nx\n");
        assert_eq!(org.text.stated_status().map(|(status, _)| status), Some(Status::Proposed));
        let loose = read_clean("# X\n\nFeb 2, 2026 · all of us\n");
        assert_eq!(loose.text.date_value(), None, "words no reader knows");
    }

    #[test]
    fn a_document_header_laid_across_one_row_with_its_approval_day() {
        let coda = "# План переезда в ДЦ-2\n\n| Статус | Версия | Согласовано | Владелец |\n| --- | --- | --- | --- |\n| ✅ Согласовано | 1.2 | 3 февр. 2026 (CTO, безопасность) | @Руслан |\n\n## Зачем\n\nx\n";
        let read = read_clean(coda);
        assert_eq!(read.text.stated_status(), status_at(Status::Accepted, 5));
        assert_eq!(read.text.date_value(), Date::new(2026, 2, 3));
        let follow_up = "# X\n\n| Задача | Владелец | Срок | Статус |\n|---|---|---|---|\n| Алерт | Анна | 01.03.2026 | Сделано |\n";
        assert_eq!(read_clean(follow_up).text.stated_status(), None, "one follow-up is no header");
        let approvers = "# X\n\n**Согласовано:** CTO, безопасность\n";
        assert_eq!(read_clean(approvers).text.date_value(), None, "who approved is no day");
    }

    #[test]
    fn an_incident_tool_s_fields_in_a_plain_code_block_under_the_title() {
        let export = "# Разбор инцидента INC-312: отказ DNS\n\n```\nSeverity:          SEV2\nStatus:            Resolved\nStarted:           22.04.2026 06:48 MSK\nResolved:          22.04.2026 08:00 MSK\nCommander:         Н. Титов\n```\n\n## Что произошло\n\nx\n";
        let (read, _) = read_with_diagnostics(export);
        let severity = fields_of(&read.text).into_iter().find(|(key, ..)| *key == Some(FieldKey::Severity));
        assert_eq!(severity.map(|(_, _, value, line)| (value, line)), Some(("SEV2", 4)), "{:?}", read.text.fields);
        assert!(read.text.fields.iter().any(|field| field.key == Some(FieldKey::Start)), "{:?}", read.text.fields);
        // A shell session or a config under the title is code, not the page's fields.
        let config = "# Runbook: DNS\n\n```\nStatus: $(kubectl get pods)\nreplicas: 3\nimage: coredns:1.11\n```\n";
        assert_eq!(read_clean(config).text.stated_status(), None);
        let yaml = "# X\n\n```yaml\nseverity: SEV2\nstatus: resolved\nstarted: 2026-04-22\n```\n";
        assert_eq!(severity_read(yaml), None, "a fenced block in a language is code");
    }

    fn read_clean(text: &str) -> Sources {
        let (sources, diagnostics) = read_with_diagnostics(text);
        assert!(diagnostics.is_empty(), "case {text:?}: unexpected diagnostics {diagnostics:?}");
        sources
    }

    /// A document with `metadata_line` right under its H1, on line 3.
    fn under_title(metadata_line: &str) -> String {
        format!("# X\n\n{metadata_line}\n")
    }

    fn status_at(status: Status, line: usize) -> Option<(Status, usize)> {
        Some((status, line))
    }

    fn unknown_status_at(written: &str, line: usize) -> Option<(Status, usize)> {
        Some((Status::Unknown(written.to_owned()), line))
    }

    fn feb_10() -> Option<Date> {
        Date::new(2026, 2, 10)
    }

    /// Relations as (relation, number, link, text), the parts a table can spell out.
    fn relations_of(meta: &Metadata) -> Vec<(StatedRelation, Option<u32>, Option<&str>, &str)> {
        meta.relations
            .iter()
            .map(|stated| {
                (stated.relation, stated.target.number, stated.target.link.as_deref(), stated.target.text.as_str())
            })
            .collect()
    }

    /// Display fields as (key, label, value, line).
    /// Each field's meaning and value.
    fn keys_and_values(meta: &Metadata) -> Vec<(Option<FieldKey>, &str)> {
        fields_of(meta).into_iter().map(|(key, _, value, _)| (key, value)).collect()
    }

    fn fields_of(meta: &Metadata) -> Vec<(Option<FieldKey>, &str, &str, usize)> {
        meta.fields.iter().map(|field| (field.key, field.label.as_str(), field.value.as_str(), field.line)).collect()
    }

    /// Diagnostics as (code, line), after checking each is a warning located in [`FILE`].
    fn warnings_of(diagnostics: &[Diagnostic]) -> Vec<(&str, usize)> {
        for diagnostic in diagnostics {
            assert_eq!(diagnostic.severity, Severity::Warning, "{diagnostic:?}");
            assert_eq!(diagnostic.file.as_deref(), Some(Path::new(FILE)), "{diagnostic:?}");
        }
        diagnostics.iter().map(|diagnostic| (diagnostic.code.as_str(), diagnostic.line)).collect()
    }

    #[test]
    fn a_metadata_table_under_the_title() {
        let text = "# Postmortem: DNS\n\n| Field | Value |\n|---|---|\n| **Severity** | SEV-1 |\n| Duration | 1h 30m |\n| Owner | @sre |\n\n## Summary\n\n| A | B |\n|---|---|\n| Severity | in a body table |\n";
        let sources = read_clean(text);
        let fields: Vec<(Option<FieldKey>, &str, usize)> =
            fields_of(&sources.text).into_iter().map(|(key, _, value, line)| (key, value, line)).collect();
        assert_eq!(
            fields,
            vec![
                (Some(FieldKey::Severity), "SEV-1", 5),
                (Some(FieldKey::Duration), "1h 30m", 6),
                (Some(FieldKey::Owner), "@sre", 7)
            ]
        );
        let prose = read_clean("# X\n\n| Сервис | Латентность |\n|---|---|\n| api | 120 мс |\n");
        assert!(prose.text.fields.is_empty(), "a data table is not metadata");
        let summary = "# Postmortem\n\n## Incident summary\n\n| Field | Value |\n|---|---|\n| Incident | INC-4521 |\n| Severity | SEV-1 |\n| Duration | 1h 30m |\n\n## Details\n";
        let keys: Vec<Option<FieldKey>> = fields_of(&read_clean(summary).text).into_iter().map(|f| f.0).collect();
        assert_eq!(keys, vec![Some(FieldKey::Severity), Some(FieldKey::Duration)], "a summary table in a section");
    }

    #[test]
    fn a_level_in_bold_after_its_key_and_a_lead_dated_by_the_event_it_follows() {
        let text = "# PIR: SCP\n\n> [!CAUTION] Summary\n> On **21 March 2026** the certificate expired.\n> Severity **Major**. Duration of impact: **2h 15m** (06:00-08:15 UTC).\n\n## Background\n";
        let fields: Vec<(Option<FieldKey>, String)> =
            fields_of(&read_clean(text).text).into_iter().map(|(key, _, value, _)| (key, value.to_owned())).collect();
        assert!(fields.contains(&(Some(FieldKey::Severity), "**Major**".to_owned())), "{fields:?}");
        assert!(fields.contains(&(Some(FieldKey::Duration), "2h 15m (06:00-08:15 UTC)".to_owned())), "{fields:?}");
        let runbook = "# Runbook: AMF\n\nLast reviewed: 2 April 2026 by R. Okafor.\n\nWritten after the [registration storm of 14 July 2025](x.md).\n\n## When\n";
        let runbook = read_clean(runbook).text;
        assert_eq!((runbook.date_value(), runbook.implied_date), (None, None), "the storm's day is not the page's");
    }

    #[test]
    fn a_card_under_the_title_dates_the_page_with_one_field_of_ours() {
        let card = "# PoC report: MQTT\n\n| | |\n|---|---|\n| Report date | 12 March 2026 |\n| Team | Ana, Bo |\n| Time box | 2 weeks |\n\n## Question\n";
        assert_eq!(read_clean(card).text.date_value(), Date::new(2026, 3, 12));
        let approved = "# Infrastructure plan: EU\n\n| | |\n|---|---|\n| **Status** | Approved |\n| **Approved on** | 14 January 2026 |\n| **Owner** | J. Mills |\n";
        let approved = read_clean(approved).text;
        let implied = approved.implied_date.as_ref().map(|date| date.value);
        assert_eq!((approved.date_value(), implied), (Date::new(2026, 1, 14), None), "«Approved on» is a date's key");
        let report = read_clean("# PoC: OCR\n\n**Период:** 06.04.2026 – 17.04.2026\n**Отчёт:** 20.04.2026\n").text;
        assert_eq!(report.implied_date.map(|date| date.value), Date::new(2026, 4, 20));
        let spike = read_clean("# Spike: Temporal\n\n*Time-box:* 2 weeks (2 – 13 March 2026) · *Engineers:* Tomasz Wójcik · *Completed:* 12 March 2026\n\n## Question\n").text;
        let dated = spike.date_value().or(spike.implied_date.map(|date| date.value));
        assert_eq!(dated, Date::new(2026, 3, 12));
        let groomed = read_clean(
            "# Оценка: возвраты v2\n\nОценено на грумминге 22.04.2026 (planning poker), по [[spec.refunds-v2]].\n",
        )
        .text;
        assert_eq!(groomed.implied_date.map(|date| date.value), Date::new(2026, 4, 22));
    }

    #[test]
    fn status_from_yaml_and_toml_front_matter() {
        for (text, expected) in [
            ("---\nstatus: accepted\n---\n# X\n", status_at(Status::Accepted, 2)),
            ("---\ntitle: X\nstatus: Принято\n---\n", status_at(Status::Accepted, 3)),
            ("---\nстатус: Отклонено\n---\n", status_at(Status::Rejected, 2)),
            ("---\nStatus: \"Заменён\"\n---\n", status_at(Status::Superseded, 2)),
            ("---\nсостояние: черновик\n---\n", status_at(Status::Draft, 2)),
            ("+++\ntitle = \"План\"\nstatus = \"Устарело\"\n+++\n", status_at(Status::Deprecated, 3)),
            ("+++\nstatus = \"proposed\"\n+++\n", status_at(Status::Proposed, 2)),
            ("---\nstatus:\n---\n", None),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.front.stated_status(), expected, "case {text:?}");
            assert_eq!(sources.text.stated_status(), None, "case {text:?}: front matter is not text");
        }
    }

    #[test]
    fn metadata_in_a_quote_under_the_title() {
        let text = "# ADR-0003: Use Kafka\n\n> **Status:** Accepted\n> **Date:** 2026-01-29\n> Статус решения пересмотрим в мае\n\n## Context\n";
        let sources = read_clean(text);
        assert_eq!(sources.text.stated_status(), status_at(Status::Accepted, 3));
        assert_eq!(sources.text.date_value(), Date::new(2026, 1, 29));
        assert_eq!(sources.text.header(), Some((1, 4)), "the quote is shown in the header, not the body");
        let plain = read_clean("# ADR-005\n\n> Статус: принято\n> Дата: 2026-02-27\n");
        assert_eq!(plain.text.stated_status(), status_at(Status::Accepted, 3));
        let epigraph = read_clean("# Отчёт\n\n> Кратко: сервис упал из-за кеша\n\n## Статус\n\n> Принято\n");
        assert_eq!(
            epigraph.text.stated_status(),
            status_at(Status::Accepted, 7),
            "a quote's words in a status section"
        );
    }

    #[test]
    fn the_window_a_paragraph_says_the_service_was_down_in() {
        let duration = |text: &str| {
            let sources = read_clean(text);
            let found = fields_of(&sources.text).into_iter().find(|(key, ..)| *key == Some(FieldKey::Duration));
            found.map(|(_, _, value, line)| (value.to_owned(), line))
        };
        let wiki = "# Инцидент 14.07.2025\n\n**Уровень:** Уровень 2\n\n## Что случилось\n\nУтром агенты не могли открыть рейсы.\nРегистрация не работала с **06:10 до 07:25** (местное время) — 1 ч 15 мин.\n";
        assert_eq!(duration(wiki), Some(("06:10 – 07:25".to_owned(), 7)));
        let english =
            "# Review\n\n## What happened\n\nCheckout was unavailable from 08:14 UTC to 10:06 UTC for card payments.\n";
        assert_eq!(duration(english), Some(("08:14 UTC – 10:06 UTC".to_owned(), 5)));
        let named = "# Разбор\n\n## Что случилось\n\nКлиенты получили по два письма.\n\nОкно воздействия: с 11:05 до 12:35 (рассылку остановили).\n";
        assert_eq!(duration(named), Some(("11:05 – 12:35".to_owned(), 7)), "the window named as such");
        let stated = "# X\n\n**Длительность:** 40 минут\n\n## Что было\n\nСервис не работал с 10:00 до 12:00.\n";
        assert_eq!(duration(stated), Some(("40 минут".to_owned(), 3)), "a stated duration wins");
        let work = "# X\n\n## Что было\n\nМы работали над исправлением с 10:00 до 12:00.\n";
        assert_eq!(duration(work), None, "a window nobody says the service was down in");
        let summary = "# X\n\n### Summary\n\nРеплики отстали. Влияние на клиентов — 1 ч 20 мин, lag ушёл к 09:40.\n";
        assert_eq!(duration(summary), Some(("1 ч 20 мин".to_owned(), 5)), "the impact's span in a sentence");
        let count = "# X\n\n## Итоги\n\nВлияние на выручку — 3 млн руб.\n";
        assert_eq!(duration(count), None, "an impact in money is no span");
    }

    #[test]
    fn an_impact_window_s_ends_and_a_bold_field_among_a_line_s_fields() {
        let text = "# Разбор\n\n> Инцидент INC-14 · начало 19:05 · окончание 21:40 МСК · **Длительность влияния: 2 ч 35 мин**\n";
        let sources = read_with_diagnostics(text).0;
        assert_eq!(
            keys_and_values(&sources.text),
            vec![
                (Some(FieldKey::Start), "19:05"),
                (Some(FieldKey::End), "21:40 МСК"),
                (Some(FieldKey::Duration), "2 ч 35 мин"),
            ]
        );
    }

    #[test]
    fn an_impact_time_whose_ends_are_named_in_its_value() {
        let text = "# Постмортем\n\n**Время влияния:** начало 09:12, окончание 10:05 (МСК)\n**Impact:** start 13:42, end 15:10 UTC\n";
        let sources = read_with_diagnostics(text).0;
        let durations: Vec<_> = keys_and_values(&sources.text)
            .into_iter()
            .filter(|(key, _)| *key == Some(FieldKey::Duration))
            .map(|(_, value)| value)
            .collect();
        assert_eq!(durations, ["09:12 – 10:05"]);
        let english = read_with_diagnostics("# Review\n\n**Impact:** start 13:42, end 15:10 UTC\n").0;
        let windows: Vec<_> =
            keys_and_values(&english.text).into_iter().filter(|(key, _)| *key == Some(FieldKey::Duration)).collect();
        assert_eq!(windows, [(Some(FieldKey::Duration), "13:42 – 15:10 UTC")], "in English");
    }

    #[test]
    fn an_issue_exporter_s_line_of_who_filed_it_and_when() {
        let text = "# Единый формат логов\n\n| Issue | State | Labels |\n|---|---|---|\n| #133 | open | decision |\n\nOpened by @pnovak on 2026-04-28 12:40 UTC · [GitHub](https://github.com/o/r/issues/133)\n\n---\n\n### Status\n\nProposed\n";
        let created = read_clean(text).text.created.map(|created| created.value);
        assert_eq!(created, Date::new(2026, 4, 28));
        assert_eq!(opened_by("Открыт @pnovak 28.04.2026 · закрыт 30.04.2026"), Date::new(2026, 4, 28));
        assert_eq!(opened_by("Opened by the team in April"), None);
    }

    #[test]
    fn a_tracker_s_issue_state_is_no_status() {
        let issue =
            "# ADR-001: Keys in Redis (#377)\n\n- **Type:** issue\n- **State:** closed\n- **Author:** @a.belov\n";
        assert_eq!(read_clean(issue).text.stated_status(), None);
        let incident = "# Incident\n\n- **Status:** Closed\n";
        assert_eq!(read_with_diagnostics(incident).0.text.stated_status(), unknown_status_at("Closed", 3));
    }

    #[test]
    fn several_fields_on_one_line() {
        let text = "# Пост-мортем: задержка\n\n> Дата: 02.07.2026 · Уровень: SEV-2 · Длительность: 2 ч 35 мин\n> **Статус:** Закрыт | **Владелец:** @sre\n";
        let sources = read_with_diagnostics(text).0;
        let fields = keys_and_values(&sources.text);
        assert_eq!(
            fields,
            vec![
                (Some(FieldKey::Date), "02.07.2026"),
                (Some(FieldKey::Severity), "SEV-2"),
                (Some(FieldKey::Duration), "2 ч 35 мин"),
                (Some(FieldKey::Owner), "@sre"),
            ]
        );
        assert_eq!(sources.text.stated_status(), unknown_status_at("Закрыт", 4), "the status is read on its own");
        let poc =
            read_with_diagnostics("# PoC\n\nStatus: Completed · Dates: 2026-02-02 – 2026-02-13 · Author: Lena Vogt\n")
                .0;
        assert_eq!(poc.text.stated_status(), unknown_status_at("Completed", 3), "an unknown label among known ones");
        let plan = read_clean("# Plan\n\nVersion 0.3 · 2026-03-17 (first draft 2026-03-10) · Owner: Timur Nasyrov · Status: на согласовании (finance)\n");
        assert_eq!(
            plan.text.stated_status(),
            status_at(Status::Proposed, 3),
            "the fields a line shares with parts no reader knows"
        );
        let prose = read_clean("# X\n\n**Статус:** Принято; supersedes ADR-0045\n");
        assert_eq!(prose.text.stated_status(), status_at(Status::Accepted, 3), "a relation after `;` is the status's");
        let bold = read_clean("# ADR-014. Листки\n\n> **Статус решения:** принято\n> **Автор:** Григорьева Т. Н. **Заменяет:** [ADR-017](adr-017-x.md)\n");
        assert_eq!(
            relations_of(&bold.text),
            vec![(StatedRelation::Supersedes, Some(17), Some("adr-017-x.md"), "ADR-017")]
        );
        let dendron = read_clean("# Too many parts\n\n> Инцидент 06.11.2025 · SEV-3 · длительность 50 мин (14:05–14:55)\n> Писал: Денис Ахмедов\n\n## Кратко\n\nx\n");
        let dated = dendron.text.fields.iter().find(|field| field.key == Some(FieldKey::Date));
        assert_eq!(
            dated.map(|field| (field.label.as_str(), field.value.as_str())),
            Some(("Инцидент", "06.11.2025")),
            "the incident's word over its day: {:?}",
            dendron.text.fields
        );
        assert_eq!(bold_key_parts("**A:** x **B:** y"), vec!["**A:** x", "**B:** y"]);
        assert!(bold_key_parts("x **B:** y **C:** z").is_empty(), "a line that does not open with a key");
    }

    /// The severity a clean text states, as written, and its line.
    fn severity_read(text: &str) -> Option<(String, usize)> {
        let sources = read_clean(text);
        let found = fields_of(&sources.text).into_iter().find(|(key, ..)| *key == Some(FieldKey::Severity));
        found.map(|(_, _, value, line)| (value.to_owned(), line))
    }

    #[test]
    fn the_day_a_record_was_decided_beside_its_status() {
        let rfc = read_clean("# RFC 0001: OTLP\n\n| Status | Author | Created |\n|---|---|---|\n| Accepted | @mk | 2025-02-11 |\n\n- Discussion: org/repo#88\n- Decision: accepted after FCP, **2025-03-04**\n\n## Summary\n").text;
        assert_eq!(rfc.implied_date.map(|date| date.value), Date::new(2025, 3, 4));
        let open = read_clean("# RFC 0003\n\n- Decision: proposed, FCP ends 2025-05-01\n").text;
        assert_eq!(open.implied_date, None, "no decision yet");
        let draft = "# Decision 7: Warehouse-native analysis\n\n> 🟡 **Status: Draft** — open for comments until the sign-off. Written May 19, 2026 by @Wei Zhang.\n\n## Problem\n";
        assert_eq!(read_clean(draft).text.implied_date.map(|date| date.value), Date::new(2026, 5, 19), "written");
        let proposed = "# ADR-006: Outbox\n\n## Status\n\n**Proposed** — на согласовании (заседание 03.06.2026).\nАвтор: Павел Ильин. Дата: 2026-05-20. Задача: #4330.\n\n## Context\n";
        let proposed = read_clean(proposed).text;
        assert_eq!(proposed.date.map(|date| date.value), Date::new(2026, 5, 20), "the keyed day, not the meeting's");
    }

    #[test]
    fn a_dated_review_key_alone() {
        let runbook =
            read_clean("# Деградация эквайера\n\nВладелец: @m.orlova\nReview: 2025-07-10\n\n## Симптомы\n").text;
        let reviewed = runbook.fields.iter().find(|field| field.key == Some(FieldKey::LastReviewed));
        assert_eq!(reviewed.map(|field| field.value.as_str()), Some("2025-07-10"));
        let report = read_clean(
            "# PoC: VictoriaMetrics\n\nПериод пилота: 18.08–10.09.2025\nОтчёт: 12.09.2025, И. Лаптев\n\n## Цель\n",
        )
        .text;
        assert_eq!(report.implied_date.map(|date| date.value), Date::new(2025, 9, 12), "the report's day");
        let counted = read_clean("# Оценка — перенос трекинга\n\nПосчитала 14 апреля 2026 г. в 16:30 вместе с Костей и Лёшей. Для роадмапа.\n\n| Что | Дни |\n|---|---|\n| A | 3 |\n").text;
        assert_eq!(counted.implied_date.map(|date| date.value), Date::new(2026, 4, 14), "a note in the first person");
        let clause = read_clean("# Пилот: ClickHouse\n\nПилот шёл с 15.12.2025 по 20.01.2026, отчёт написан 20.01.2026. Исполнители: Е. Ким.\n\n## Цель\n").text;
        assert_eq!(clause.implied_date.map(|date| date.value), Date::new(2026, 1, 20), "a clause that dates the page");
        let sentence = read_clean("# PoC ClickHouse\n\nПроводил: @Денис Захаров, 31.03–08.04.2026\nОтчёт от 08.04.2026. Родительский документ: [ADR-003](adr.md)\n\n## Что проверяли\n").text;
        assert_eq!(sentence.date_value(), Date::new(2026, 4, 8), "a dating sentence after a field");
        let reviewer = read_clean("# X\n\nReview: @petrov\n").text;
        assert!(!reviewer.fields.iter().any(|field| field.key == Some(FieldKey::LastReviewed)), "a reviewer");
    }

    #[test]
    fn a_chat_s_closing_summary_of_the_review_states_its_level() {
        let topic =
            "# #incidents › INC-031 матчмейкинг встал\n\nТекст.\n\n## Итог разбора INC-031\n\n**Уровень:** SEV1\n";
        assert_eq!(severity_read(topic), Some(("SEV1".to_owned(), 7)));
    }

    #[test]
    fn a_status_line_s_awaited_day_and_a_superseded_record_s_day_of_acceptance() {
        let awaited = "# ADR-0004: Конвейер\n\n## Статус\n\nПредложено — решение ожидается до 05.06.2026.\n\n## Дата\n\n14 мая 2026\n";
        assert_eq!(read_clean(awaited).text.date_value(), Date::new(2026, 5, 14));
        let replaced = "# ADR-0001. Леджер\n\n## Статус\n\nЗаменено решением ADR-0004 (10.03.2026).\n\nИсходно принято 11.02.2025.\n\n## Контекст\n\nx\n";
        let read = read_clean(replaced);
        assert_eq!(
            (read.text.stated_status(), read.text.date_value()),
            (status_at(Status::Superseded, 5), Date::new(2025, 2, 11))
        );
    }

    #[test]
    fn an_org_mode_entry_exported_with_its_keyword_tags_and_stamps() {
        let exported = "# Содержание\n\n1.  [ПРИНЯТО АР-001. Kafka](#org9d0c4e1)\n    1.  [Контекст](#org2b7a11f)\n\n\n\
                        <a id=\"org9d0c4e1\"></a>\n\n# ПРИНЯТО АР-001. Kafka как шина     :arch:kafka:\n\n\
                        <p><span class=\"timestamp-wrapper\"><span class=\"timestamp-kwd\">CLOSED:</span> \
                        <span class=\"timestamp\">[2025-03-12 Wed 16:40]</span></span></p>\n\n\
                        <pre class=\"example\">\nID: 5c1e0b8a\nAUTHOR: Лаптева О.\nCREATED: [2025-02-27 Thu]\n</pre>\n\n\
                        <a id=\"org2b7a11f\"></a>\n\n## Контекст\n\nx\n";
        let read = read_clean(exported);
        assert_eq!(read.text.title_value(), Some("АР-001. Kafka как шина"));
        assert_eq!(read.text.stated_status(), status_at(Status::Accepted, 9));
        let days: Vec<(&str, &str)> = read.text.fields.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
        assert!(days.contains(&("CLOSED", "[2025-03-12 Wed 16:40]")), "{days:?}");
        assert!(days.contains(&("CREATED", "[2025-02-27 Thu]")), "{days:?}");
        // A title in capitals that opens with no status, and a contents section that is prose.
        let plain = read_clean("# Contents\n\nWhat the box holds.\n\n# СРОЧНО Заменить ключи\n");
        assert_eq!(plain.text.title_value(), Some("Contents"));
        assert_eq!(read_clean("# СРОЧНО Заменить ключи\n").text.title_value(), Some("СРОЧНО Заменить ключи"));
    }

    #[test]
    fn a_noc_s_class_and_impact_window_in_one_item() {
        let review = "# Разбор: потеря трапов\n\n<pre class=\"example\">\nAUTHOR: Лаптева О.\nCREATED: [2025-09-19 Fri]\n</pre>\n\n## Сводка\n\n-   **Дата:** 2025-09-17\n-   **Класс:** Major (по X.733)\n\
                      -   **Начало влияния:** 03:12 МСК, **восстановление:** 05:40 МСК\n";
        let read = read_clean(review);
        let pairs = keys_and_values(&read.text);
        assert!(pairs.contains(&(Some(FieldKey::Severity), "Major (по X.733)")), "{pairs:?}");
        assert!(pairs.contains(&(Some(FieldKey::Start), "03:12 МСК")), "{pairs:?}");
        assert!(pairs.contains(&(Some(FieldKey::End), "05:40 МСК")), "{pairs:?}");
    }

    #[test]
    fn an_itsm_record_s_priority_and_category() {
        let card = "# Проблема PRB-2025-00318: Потеря связности\n\n| Поле | Значение |\n|---|---|\n| Тип объекта | Проблема |\n\
                    | Приоритет | Высокий |\n| Категория | Сеть передачи данных / Магистраль |\n";
        let read = read_clean(card);
        assert_eq!(severity_read(card), Some(("Высокий".to_owned(), 6)), "{:?}", read.text.fields);
        let request = "# Запрос SD-1\n\n**Категория:** Голосовые сервисы / SIP-транк ЮЛ\n**Влияние:** 47 мин\n";
        assert_eq!(severity_read(request), None, "a category of what broke is no level");
    }

    #[test]
    fn a_message_board_s_post_its_category_and_when_it_happened() {
        let post = "# Разбор: остановка WMS\n\n**Категория:** 🔍 Разбор\n**Автор:** Олег Сафин\n**Опубликовано:** 3 дек. 2025, 16:20\n\n---\n\n\
                    **Когда:** 1 декабря 2025, ночная смена, склад Самара\n**Уровень:** Уровень 2\n**Простой отгрузки:** с 23:40 до 02:15\n";
        let read = read_clean(post);
        let pairs = keys_and_values(&read.text);
        assert_eq!(read.text.kind, Some(Kind::Postmortem), "{pairs:?}");
        assert!(pairs.contains(&(Some(FieldKey::Severity), "Уровень 2")), "{pairs:?}");
        assert!(pairs.contains(&(Some(FieldKey::Date), "1 декабря 2025, ночная смена, склад Самара")), "{pairs:?}");
        let pitch = read_clean("# Предложение: окна доставки\n\n**Категория:** 💡 Предложение\n**Автор:** Денис\n");
        assert_eq!(pitch.text.kind, Some(Kind::Adr));
        assert!(!keys_and_values(&pitch.text).iter().any(|(key, _)| *key == Some(FieldKey::Severity)));
    }

    #[test]
    fn a_summary_that_opens_with_the_level() {
        let pinned = "# War-room: оплата\n\n📌 **Закреплено:**\n> Итог: P1, оплата картой не работала 1 ч 40 мин.\n";
        assert_eq!(severity_read(pinned), Some(("P1".to_owned(), 4)), "{:?}", read_clean(pinned).text.fields);
        assert_eq!(severity_read("# Разбор\n\nИнцидент S2: очередь стояла.\n"), Some(("S2".to_owned(), 3)));
        assert_eq!(
            severity_read("# Разбор\n\nИтог: P1 задач закрыли всё.\n"),
            None,
            "a code not parted from the words"
        );
    }

    #[test]
    fn dashed_fields_in_sentences_under_the_title() {
        let review = "# Инцидент 2026-04-18: очередь матчмейкинга\n\nКритичность — S2. Длительность — 1,5 часа (игроки не могли найти матч, 15:00–16:30 МСК).\nSentry: ARENA-6B1.\nДежурная: Вера Ким.\n\n## Что произошло\n\nx\n";
        let read = read_clean(review);
        assert_eq!(severity_read(review), Some(("S2".to_owned(), 3)), "{:?}", read.text.fields);
        assert!(read.text.fields.iter().any(|f| f.key == Some(FieldKey::Duration) && f.value.starts_with("1,5 часа")));
    }

    #[test]
    fn a_mediawiki_page_s_templates_kept_by_pandoc() {
        let page = "```{=mediawiki}\n{{Решение\n| номер   = ADR-003\n| статус  = Принято\n| дата    = 18.11.2025\n| заменяет = ADR-002\n}}\n```\n\
                    **Зависит от:** [ADR-001](ADR-001.md \"wikilink\")\n\nКонтекст\n--------\n\nx\n";
        let read = read_clean(page);
        assert_eq!(read.text.stated_status(), status_at(Status::Accepted, 4), "{:?}", read.text.fields);
        assert_eq!(read.text.kind, Some(Kind::Adr));
        let pairs = keys_and_values(&read.text);
        assert!(pairs.contains(&(Some(FieldKey::Date), "18.11.2025")), "{pairs:?}");
        let two = "```{=mediawiki}\n{{Решение\n| статус  = На обсуждении\n| дата    = 22.04.2026\n}}\n```\n```{=mediawiki}\n{{Черновик}}\n```\n**Изменяет:** ADR-001\n";
        assert_eq!(
            read_clean(&crate::markdown::dialects::as_commonmark(two)).text.stated_status(),
            status_at(Status::Proposed, 3)
        );
        let converted = crate::markdown::dialects::as_commonmark(page);
        assert_eq!(
            read_clean(&converted).text.stated_status(),
            status_at(Status::Accepted, 4),
            "after the dialect pass"
        );
        let draft = read_clean(
            "```{=mediawiki}\n{{Черновик|автор=Сафина Л.}}\n```\n**Дата:** 15.01.2026\n\nМиграция\n========\n",
        );
        assert_eq!(draft.text.stated_status(), status_at(Status::Draft, 2), "{:?}", draft.text.fields);
    }

    #[test]
    fn a_blog_post_s_draft_is_unpublished_not_a_status() {
        let post = "---\ntitle: АР-014\ncategory: Решения\nslug: ar-014\nstatus: draft\n---\n\n**Статус решения:** На согласовании\n";
        let read = read_clean(post);
        assert_eq!(read.front.stated_status(), None);
        assert_eq!(read.text.stated_status(), status_at(Status::Proposed, 8));
        let page = read_clean("---\ntitle: План\nstatus: draft\n---\n\nx\n");
        assert_eq!(page.front.stated_status(), status_at(Status::Draft, 3), "no post: the document's own");
    }

    #[test]
    fn pelican_s_metadata_lines_stand_for_front_matter() {
        let post = "Title: Разбор: остатки\nDate: 2026-04-14\nCategory: Постмортемы\nSlug: razbor\nStatus: published\n\n- Дата: 07.04.2026\n- Уровень: P2\n";
        let read = read_clean(post);
        let dated = read.text.date.as_ref().map(|date| (date.value, date.origin));
        assert_eq!(dated, Some((Date::new(2026, 4, 14).unwrap(), Origin::FrontMatter)));
        let note = read_clean("Title: x\nDate: 2026-04-14\n\ntext\n");
        assert_eq!(note.text.date.as_ref().map(|date| date.origin), Some(Origin::Text), "no publishing key");
    }

    #[test]
    fn a_commit_message_s_trailers_are_the_record_s_fields() {
        let change = "DR-005: Keep Terraform state in S3\n\nDecision: all state lives in S3.\n\n\
                      Status: Accepted\nDecided: 6 May 2025\nChange-Id: Ia0f3e8b2\nReviewed-on: https://gerrit.example/c/1\n\
                      Reviewed-by: Tom Brennan <tb@example>\n";
        let read = read_clean(change);
        assert_eq!(read.text.stated_status(), status_at(Status::Accepted, 5), "{:?}", read.text.fields);
        assert!(keys_and_values(&read.text).contains(&(Some(FieldKey::Date), "6 May 2025")));
    }

    #[test]
    fn git_show_s_header_over_a_change_kept_as_the_record() {
        let change = "```\ncommit 5b1e0c9a7d2f4e63a1c8b0d9e2f7a6c5b4d3e2f1\nAuthor: Tom Brennan <tb@example>\nDate:   Tue Mar 11 14:02:10 2025 +0000\n```\n\n\
                      DR-003: Use Calico\n\n> **Status: Superseded** by DR-007, October 2025.\n\nWe are building clusters.\n";
        let read = read_clean(change);
        let dated = read
            .text
            .fields
            .iter()
            .find(|field| field.key == Some(FieldKey::Date))
            .map(|field| Date::find(&field.value));
        assert_eq!(dated, Some(Date::new(2025, 3, 11)), "{:?}", read.text.fields);
        assert_eq!(
            read.text.stated_status().map(|(status, _)| status),
            Some(Status::Superseded),
            "{:?}",
            read.text.fields
        );
    }

    #[test]
    fn a_board_card_s_column_stickers_and_category() {
        let yougile = "# ВТР-101 · АР-01 Брокер\n\n| Поле | Значение |\n|---|---|\n| Колонка | Принято |\n| Стикеры | Тип: Решение · Критичность: Высокая |\n| Создана | 03.02.2025 |\n\n## Описание\n\nx\n";
        let read = read_clean(yougile);
        assert_eq!(read.text.stated_status(), status_at(Status::Accepted, 5));
        assert_eq!(read.text.kind, Some(Kind::Adr), "the type sticker");
        assert!(keys_and_values(&read.text).contains(&(Some(FieldKey::Severity), "Высокая")), "{:?}", read.text.fields);
        let kanboard = "# #1184 Разбор: таймауты\n\n| Поле | Значение |\n|---|---|\n| Колонка | Готово |\n| Категория | Постмортем |\n| Создано | 18.02.2026 |\n";
        let read = read_clean(kanboard);
        assert_eq!(read.text.kind, Some(Kind::Postmortem));
        assert!(!read.text.fields.iter().any(|field| field.key == Some(FieldKey::Severity)), "{:?}", read.text.fields);
    }

    #[test]
    fn a_day_of_what_the_page_followed_is_not_its_own() {
        let after = "# Регламент обновления прошивки\n\n> Владелец: Артём Ковалёв · Создан после [разбора инцидента 07.10.2025](x.md)\n\n## Шаги\n\nx\n";
        assert_eq!(read_clean(after).text.date_value(), None);
        let keyed = "# Регламент\n\n> Владелец: Артём Ковалёв · Создан: 20.01.2026\n\n## Шаги\n\nx\n";
        assert_eq!(read_clean(keyed).text.date_value(), Date::new(2026, 1, 20), "its own day under the same key");
    }

    #[test]
    fn a_card_of_properties_above_the_title() {
        let swimm = "| Сервис | sbp-gateway-client |\n|---|---|\n| Владелец | Дмитрий Осипов |\n| Статус | Принято |\n| Алерты | `SbpGatewayTimeouts` |\n\n# Шлюз СБП\n\nТекст.\n";
        assert_eq!(read_clean(swimm).text.stated_status(), status_at(Status::Accepted, 4));
        let prose = "| Метрика | Значение |\n|---|---|\n| p95 | 120 мс |\n\n# X\n\nТекст.\n";
        assert_eq!(read_clean(prose).text.stated_status(), None, "a table of figures states nothing of the page");
    }

    #[test]
    fn a_converted_word_paper_s_stamps_above_its_title() {
        let grid = "<!-- sp2md: x.docx -->\n\n+------+------+\n|      | **УТВЕРЖДАЮ**  |\n|      |                |\n|      | \\_\\_\\_ В.С. Жуков |\n|      | « 03 » сентября 2025 г. |\n+------+------+\n\n**ИНСТРУКЦИЯ**\n\n**по восстановлению СЭД**\n\n# 1. Общие положения\n\nТекст.\n";
        let read = read_clean(grid).text;
        assert_eq!(read.title.as_ref().map(|title| title.value.as_str()), Some("ИНСТРУКЦИЯ по восстановлению СЭД"));
        assert_eq!(read.implied_date.map(|date| date.value), Date::new(2025, 9, 3), "{:?}", read.fields);
        let converted = "|  |  |\n|---|---|\n|  | **УТВЕРЖДАЮ** Начальник УИТ \\_\\_ В.С. Жуков « 03 » сентября 2025 г. |\n\n**ИНСТРУКЦИЯ**\n\n# 1. Общие положения\n";
        let converted = read_clean(converted).text;
        assert_eq!(
            converted.implied_date.map(|date| date.value),
            Date::new(2025, 9, 3),
            "the grid table read as one cell"
        );
        let draft = "**ПРОЕКТ**\n\n**ПЛАН**\\\n**перехода на Postgres Pro**\n\nВерсия проекта: 0.4 от « 12 » марта 2026 г.\n\n# 1. Общие положения\n";
        let draft = read_clean(draft).text;
        assert_eq!(draft.title.as_ref().map(|title| title.value.as_str()), Some("ПЛАН перехода на Postgres Pro"));
        assert_eq!(draft.stated_status(), Some((Status::Draft, 1)), "the draft mark");
        let attached = "Приложение № 2\\\nк служебной записке УИТ\\\nот « 27 » марта 2026 г. № 14-СЗ\n\n**РАСЧЁТ**\\\n**трудозатрат**\n\n# 1. Исходные данные\n";
        let attached = read_clean(attached).text;
        assert_eq!(
            attached.implied_date.map(|date| date.value),
            Date::new(2026, 3, 27),
            "the day it is attached under"
        );
    }

    #[test]
    fn a_line_of_hashtags_under_the_title_is_the_note_s_tags() {
        let foam =
            "# Разбор: квота etcd\n\n#incident #etcd #k8s\n\n- **Дата:** 03.11.2025\n- **Критичность:** Высокая\n";
        assert_eq!(severity_read(foam), Some(("Высокая".to_owned(), 6)));
        let classed =
            "# 2025-09-16 Недоступность VPN\n\n#инцидент\n\n**Классификация:** Класс 3 (локальный, два филиала)\n";
        assert_eq!(severity_read(classed).map(|(value, _)| value), Some("Класс 3 (локальный, два филиала)".to_owned()));
        assert_eq!(read_clean(foam).text.tags, ["incident", "etcd", "k8s"]);
        let estimate = "# Оценка: переезд\n\n#estimate #observability\n\nPrometheus →\n**VictoriaMetrics**.\n\n- Дата оценки: 02.02.2026\n- Единица: часы\n";
        assert_eq!(read_clean(estimate).text.date_value(), Date::new(2026, 2, 2), "past a paragraph, after the tags");
        let bear = read_clean("# Оценка — онбординг v2\n#ритм/онбординг v2# #оценки\n\nДата оценки: 17.03.2026\n").text;
        assert_eq!(bear.tags, ["ритм/онбординг v2", "оценки"]);
        let groomed = read_clean("# Оценка — онбординг v2\n#оценки\n\nвт, 17.03.26 — оценивали на груминге (Лёша, Марат)\n\n| что | SP |\n|---|---|\n| A | 3 |\n").text;
        assert_eq!(groomed.implied_date.map(|date| date.value), Date::new(2026, 3, 17), "a note opening with its day");
        let bracketed =
            read_clean("# Разбор — двойные списания\n#инциденты\n\n03.03.26 (вт), вечер. Разбор провели 05.03.\n").text;
        assert_eq!(bracketed.implied_date.map(|date| date.value), Date::new(2026, 3, 3), "its weekday after it");
        let spec =
            read_clean("# Спека — рефералка v1\n#спеки\n\n9 апр 2026 · черновик v2 · автор Аня · ревью: Паша, Дима\n")
                .text;
        assert_eq!(spec.stated_status(), Some((Status::Draft, 4)), "a status word among the parts");
        assert_eq!(spec.date_value().or(spec.implied_date.map(|date| date.value)), Date::new(2026, 4, 9));
        let issue = "# X\n\n#142 #143\n\n- Дата: 03.11.2025\n";
        assert!(read_clean(issue).text.tags.is_empty(), "issue numbers are no tags");
        let trilium = read_clean("# АР-001 Ленточные бэкапы\n\n#решение #status=superseded ~supersededBy=АР-003\n\n**Дата принятия:** 04.03.2025\n").text;
        assert_eq!(trilium.stated_status().map(|(status, _)| status), Some(Status::Superseded));
        assert_eq!(trilium.tags, ["решение"]);
        assert_eq!(trilium.relations.len(), 1, "{:?}", trilium.relations);
        assert_eq!(trilium.date_value(), Date::new(2025, 3, 4), "the header goes on past the attributes");
    }

    #[test]
    fn a_onenote_page_s_stamp_and_an_export_s_rule_do_not_end_the_header() {
        // OneNote converted with pandoc: the page's day and time, a paragraph each.
        let stamped = "# Разбор 22.04\n\n15 марта 2025 г.\n\n10:20\n\n**Кратко:** всё упало.\n\nПриоритет: P2\n\nДата инцидента: 14.03.2025\n";
        let read = read_clean(stamped).text;
        assert_eq!(
            read.created.as_ref().map(|created| created.value),
            Date::new(2025, 3, 15),
            "the page's stamp is its making"
        );
        assert_eq!(read.date_value(), Date::new(2025, 3, 14));
        assert!(read.fields.iter().any(|field| field.key == Some(FieldKey::Severity) && field.value == "P2"));
        // An export's `Created:` / `Modified:` ruled off from the authors' own fields.
        let ruled = "# ADR-3 X\n\nCreated: 2025-11-14 15:32:00 +0300\n\nModified: 2025-11-21 09:10:00 +0300\n\n---\n\n14 ноября 2025 г.\n\n15:32\n\nСтатус: Принято 20.11.2025 (архкомитет)\n";
        let read = read_clean(ruled).text;
        assert_eq!(read.stated_status(), Some((Status::Accepted, 13)));
        assert_eq!(read.implied_date.as_ref().map(|date| date.value), Date::new(2025, 11, 20), "the status's day");
        // A day over a sentence is no stamp.
        assert_eq!(read_clean("# X\n\n15 марта 2025 г.\n\nВсё упало.\n").text.created, None);
    }

    #[test]
    fn an_evernote_note_s_stamps_and_tags_under_its_title_then_its_own_header() {
        // yarle's export: the note's stamps indented (a code block), its tags, a rule.
        let text = "# ADR-01 Ingress\n\n    Created at: 2025-02-06T11:24:51+03:00\n    Updated at: 2025-11-21T09:02:37+03:00\n    Notebook: Архитектурные решения\n\nTag(s): #adr #ingress\n\n---\n\n**Статус:** Принято\n\n**Дата решения:** 11.02.2025\n\n## Контекст\n";
        let read = read_clean(text).text;
        assert_eq!(read.stated_status().map(|(status, _)| status), Some(Status::Accepted));
        assert_eq!(read.date_value(), Date::new(2025, 2, 11));
        assert_eq!(read.tags, ["adr", "ingress"]);
        // Code under a title that is no export's stamps stays code, and ends the header.
        let code = read_clean("# X\n\n    kubectl get pods\n\n**Статус:** Принято\n").text;
        assert_eq!(code.stated_status(), None);
    }

    #[test]
    fn a_siyuan_export_s_document_attributes_on_its_last_line_are_its_fields() {
        let text = "Принято на архсовете.\n{: id=\"20250318155907-ag1jpzk\" updated=\"20250911090512\"}\n\n## Контекст\n\nОтчёты.\n\n\
                    {: id=\"20250318155900-ar1dk0q\" title=\"АР-001 ClickHouse\" type=\"doc\" updated=\"20250911090512\" custom-status=\"accepted\" custom-date=\"2025-03-18\"}\n";
        let sources = read_clean(text);
        assert_eq!(sources.front.stated_status(), Some((Status::Accepted, 8)));
        assert_eq!(sources.front.date_value(), Date::new(2025, 3, 18));
        assert_eq!(sources.front.title.as_ref().map(|title| title.value.as_str()), Some("АР-001 ClickHouse"));
        // A block's attributes (no `type="doc"`) hold no field of the document.
        let block = read_clean("# X\n\nТекст.\n{: id=\"20250318155907-ag1jpzk\" custom-status=\"draft\"}\n");
        assert_eq!(block.front.stated_status(), None);
    }

    #[test]
    fn a_severity_the_prose_says_the_incident_was_given() {
        let letter = "# Incident report\n\n**From:** Priya\n\nHello all,\n\nThis note explains what went wrong. We classified it as a Severity 2 incident: no data was lost.\n\n## What you saw\n\nText.\n";
        assert_eq!(severity_read(letter), Some(("Severity 2".to_owned(), 7)));
        let memo = "# Служебная записка\n\n## О задержке\n\nДовожу до Вашего сведения, что реестры ушли поздно. Инцидент отнесён к\nуровню **«высокий»** по внутренней классификации.\n";
        assert_eq!(severity_read(memo), Some(("высокий".to_owned(), 5)));
        let callout = "# Разбор инцидента 03.02.2026 — печать ТТН\n\nВладелец: @Олег\n\n> 🔴 **P1** — склады не могли распечатать накладные, отгрузки задерживались.\n\n**Дата:** 3 февраля 2026 г.\n\n## Что случилось\n\nx\n";
        assert_eq!(severity_read(callout), Some(("P1".to_owned(), 5)), "a callout's bold level");
        let plain = "# Incident: stale balances\nSev2 — customer-visible but partial.\n\n- Cause: a scan.\n";
        assert_eq!(severity_read(plain), Some(("Sev2".to_owned(), 2)), "a level opening the lead before a dash");
        let storage = "# Incident: uploads failing\nS3 — the bucket policy changed.\n";
        assert_eq!(severity_read(storage), None, "S3 is a service as often as a level");
        let prose = "# Разбор инцидента\n\n**Склад 3** — не печатал накладные.\n\n## Что случилось\n\nx\n";
        assert_eq!(severity_read(prose), None, "a bold name is no level");
        let stated = "# X\n\n**Severity:** SEV-1\n\n## Summary\n\nWe declared a SEV-2 at first.\n";
        assert_eq!(severity_read(stated), Some(("SEV-1".to_owned(), 3)), "the field, not the prose");
        let class = "# A3\n\n## 1. Проблема\n\nИнцидент отнесён к III классу: деградация без полной недоступности.\n";
        assert_eq!(severity_read(class), Some(("III".to_owned(), 5)));
        let named =
            "# Разбор\n\n**Коротко.** Сбой оплаты.\nПо регламенту это P2: массовое влияние.\n\n## Что случилось\n";
        assert_eq!(severity_read(named), Some(("P2".to_owned(), 3)));
        let keyed = "# Fuel card fraud\n\n*Incident of 14 March 2026 (night), priority **P3**. Interview held.*\n";
        assert_eq!(severity_read(keyed), Some(("P3".to_owned(), 3)));
        let scale = "# Разбор\n\nночь на 7 апреля 2026, релиз auth 3.2\nпо шкале P1 — логин недоступен всем\n";
        assert_eq!(severity_read(scale), Some(("P1".to_owned(), 3)));
        let diary = "# Дневник\n\n*Пишу по ходу дела.*\nЗавёл в YouTrack как MDLP-402, приоритет P4 (на покупателей не влияет).\n";
        assert_eq!(severity_read(diary), Some(("P4".to_owned(), 3)));
        let none = "# X\n\n## Notes\n\nThe alerts were classified as noise by the on-call. Priority high for Q3.\n";
        assert_eq!(severity_read(none), None);
        let lead = "# Постмортем — дубли заказов\n\nИнцидент 7 апреля 2026 г. Уровень 3. Длительность: 1 ч 20 мин.\n";
        assert_eq!(severity_read(lead), Some(("Уровень 3".to_owned(), 3)), "a level as a sentence of its own");
        let scaled = "# Постмортем: баланс\n\nSEV-3 по шкале НОЦ. Дата: 2026-03-02. Составила: Ольга.\n";
        assert_eq!(severity_read(scaled), Some(("SEV-3".to_owned(), 3)), "and the scale it is on");
        let word = "# Разбор\n\nСбой оплаты. Высокий. Уровень сервиса упал до 3 %.\n";
        assert_eq!(severity_read(word), None, "neither a lone adjective nor a sentence about a level");
        let dated = "# Incident board\n\n## order-api down\n\n09.04.2026, SEV-1\n\nDowntime: 38 min\n";
        assert_eq!(severity_read(dated), Some(("SEV-1".to_owned(), 5)), "the day and the level on a line");
        let versioned = "# Incident\n\n## Notes\n\nrelease 2.4, S3 bucket\n";
        assert_eq!(severity_read(versioned), None, "no day beside it");
    }

    #[test]
    fn a_severity_among_tags_or_in_brackets_in_the_subject() {
        let labels = "# Incident note\n\nLabels: incident · SEV 3 · tariffs · head-end\nIncident date: 14 April 2026 · Owner: Dmitry\n";
        assert_eq!(severity_read(labels), Some(("SEV 3".to_owned(), 3)));
        let letter = "# Incident report\n\n**To:** Claims\n**Subject:** [SEV-2] FNOL backlog on 14 January\n\nHello.\n";
        assert_eq!(severity_read(letter), Some(("SEV-2".to_owned(), 4)));
        assert_eq!(severity_read("# [P1] Checkout down\n\nText.\n"), Some(("P1".to_owned(), 1)));
        let badge = "# Review\n\nSEV-1 **Date:** 4 March 2026 · **Duration:** 1h 52m · **Status:** Review complete\n";
        assert_eq!(severity_read(badge), Some(("SEV-1".to_owned(), 3)), "a badge before the header's fields");
        let prose = "# Review\n\nSEV-1 was declared · **Date:** 4 March 2026 · **Status:** Review complete\n";
        assert_eq!(severity_read(prose), None, "words after the code are no field");
        assert_eq!(severity_read("# Notes\n\n**Subject:** [draft] notes\n"), None);
    }

    #[test]
    fn the_date_a_header_signs_versions_or_decides_the_document_with() {
        // A date stated outright, else the one the header implies.
        let date = |text: &str| {
            let meta = read_with_diagnostics(text).0.text;
            meta.date.or(meta.implied_date).map(|date| date.value)
        };
        for (text, expected) in [
            ("# Дорожная карта\n\nОтветственный: Кравцов Д. Е. Актуализировано 15.04.2026 (предыдущая версия — 16.03.2026).\n\n## 1\n", None),
            ("# Оценка\n\nПодготовили: Белова А. С., Зайцев К. А. Дата: 18.03.2026. Статус: согласовано с\nруководителем направления.\n\n## Что\n", Date::new(2026, 3, 18)),
            ("# Миграция\n\nВерсия 1.2 от 01.04.2026. Статус: действует для пилотных клиентов.\n\n## Для кого\n", Date::new(2026, 4, 1)),
            ("# Estimate\n\nPrepared by Tomás Ortega and Li Wei, 2026-03-24. Counting practice: IFPUG 4.3, counted from\nthe notes of 2026-03-17.\n\n## Scope\n", Date::new(2026, 3, 24)),
            ("# DR plan\n\nAuthor: Grace Whitfield (platform engineer) — version 0.4, 2026-03-30\nStatus: approved by the design authority on 2026-04-08\n\n## Why\n", Date::new(2026, 3, 30)),
            ("# ADR-014. Листки\n\n> **Статус решения:** принято 09.12.2025 на архитектурном комитете.\n\n## Контекст\n", Date::new(2025, 12, 9)),
            ("# ADR-9\n\n**Status:** Open — needs a decision (meeting on 2026-05-12).\n**Raised:** 2026-04-07 by Marcus Bell\n", Date::new(2026, 4, 7)),
            ("# ADR-0009: X\n\nDecision log · claims-core\n\nStatus\n: Accepted\n\nDecided on\n: 2025-11-18, architecture review\n\n## Context\n", Date::new(2025, 11, 18)),
            ("# Оценка\n\nПодготовлено 18.03.2026 · Гусева Т. Н. · Статус: для комитета\n\n## 1\n", Date::new(2026, 3, 18)),
            ("# Dispatch\n\n*The quarterly newsletter. Snapshot as of 31 March 2026.\nEdited by Gareth.*\n\n## 1\n", Date::new(2026, 3, 31)),
            ("# Plan\n\nVersion 1.3 — 18 March 2026 · Owner: Gareth Lloyd · Status: Approved\n\n## 1\n", Date::new(2026, 3, 18)),
            ("# Fraud spike\n\n*Incident of 14 March 2026 (night), priority **P3**. Interview held on 17 March 2026.*\n", Date::new(2026, 3, 14)),
            ("# Notes\n\nWe met on 2 March 2026 to talk.\n\n## 1\n", None),
            ("# Estimate\n\nPrepared 24.03.2026 by Nikita Petrov · Status: ready for planning\n\n## 1\n", Date::new(2026, 3, 24)),
        ] {
            assert_eq!(date(text), expected, "{text}");
        }
        let updated = read_clean(
            "# Карта\n\nОтветственный: Кравцов Д. Е. Актуализировано 15.04.2026 (предыдущая версия — 16.03.2026).\n",
        );
        let fields = fields_of(&updated.text);
        assert_eq!(
            (fields[1].1, fields[1].2),
            ("Актуализировано", "15.04.2026 (предыдущая версия — 16.03.2026)"),
            "the update, read as the page's by its kind"
        );
        let last_updated =
            read_clean("# Roadmap\n\nLast updated: 2026-04-16 by Marta (after the planning review)\n\n## 1\n");
        assert_eq!(fields_of(&last_updated.text)[0].1, "Last updated");
    }

    #[test]
    fn a_date_stated_outright_wins_over_one_a_status_implies() {
        let adr = read_clean("# ADR-0009\n\n* Status: Accepted (reinstated 2026-07-22)\n* Date: 2026-01-12\n");
        assert_eq!(adr.text.date_value(), Date::new(2026, 1, 12));
        assert_eq!(adr.text.implied_date.map(|date| date.value), Date::new(2026, 7, 22));
    }

    #[test]
    fn a_status_and_a_date_at_the_foot_of_the_page() {
        let adr = "# ADR-0024: TimescaleDB\n\n## Context\n\nText.\n\n---\n\n| Status | Decided | Deciders |\n|--------|---------|----------|\n| Accepted | 2025-06-17 | ARB |\n";
        let sources = read_clean(adr);
        assert_eq!(sources.text.stated_status(), status_at(Status::Accepted, 11));
        assert_eq!(sources.text.date_value(), Date::new(2025, 6, 17));
        let report = "# Отчёт\n\n**Статус:** черновик\n\n## Итог\n\nТекст.\n\nСтатус отчёта: окончательный.\n";
        let bare = "# Отчёт\n\n## Итог\n\nТекст.\n\nСтатус: принято\n";
        assert_eq!(read_clean(bare).text.stated_status(), None, "a bare status at the end of a section is its text");
        assert_eq!(read_clean(report).text.stated_status(), status_at(Status::Draft, 3), "the header's status stays");
        let signed = "# Отчёт\n\n## Итог\n\nТекст.\n\nСтатус отчёта: окончательный.\n";
        let (signed, _) = read_with_diagnostics(signed);
        assert_eq!(signed.text.stated_status(), unknown_status_at("окончательный", 7), "a report's own state");
        let replaces = "# ADR-0021 · Kafka\n\n**Bet status:** accepted\n\n## Bet\n\nText.\n\n---\n\nRevisions: 2026-02-12 accepted.\nReplaces: [ADR-0026](020-canvas.md) — the topic design\n";
        let relations = read_clean(replaces).text.relations;
        assert_eq!(
            relations.iter().map(|stated| (stated.relation, stated.line)).collect::<Vec<_>>(),
            vec![(StatedRelation::Supersedes, 12)]
        );
        let haiku = "# ADR-007 · Face detection\n\n## Goal\n\nText.\n\n---\n\nStatus: **accepted** · decided 2026-01-28 by the Tech Council (Ruslan,\nGleb) · proposed on 2026-01-21\n";
        let haiku = read_clean(haiku);
        assert_eq!(haiku.text.stated_status(), status_at(Status::Accepted, 9));
        assert_eq!(haiku.text.implied_date.map(|date| date.value), Date::new(2026, 1, 28));
        let update = "# ADR-11\n\n## Decision\n\nText.\n\n---\n\n**Update 27.03.2026 (@p.sokolova):** Supersedes [ADR-14](adr-14.md) in the part about polling.\n";
        let relations = read_clean(update).text.relations;
        assert_eq!(
            relations.iter().map(|stated| stated.relation).collect::<Vec<_>>(),
            vec![StatedRelation::Supersedes]
        );
        let prose = "# ADR-3\n\n## Context\n\nText.\n\nReplaces: the old manual process.\n";
        assert!(read_clean(prose).text.relations.is_empty(), "no record named");
    }

    #[test]
    fn fields_set_in_bold_in_the_body_and_a_forms_answers() {
        let prose = "# A\n\n## 1. Что\n\nот руки. **Простой DCS — 1 ч 25 мин (с 05:40 до 07:05).**\n\n**Impact level: L3 (локальный)** — one region.\n";
        let sources = read_clean(prose);
        let fields: Vec<_> =
            fields_of(&sources.text).into_iter().map(|(key, _, value, line)| (key, value, line)).collect();
        assert_eq!(
            fields,
            vec![
                (Some(FieldKey::Duration), "1 ч 25 мин (с 05:40 до 07:05)", 5),
                (Some(FieldKey::Severity), "L3 (локальный)", 7)
            ]
        );
        let form = "# Отчёт об ИТ-инциденте — ответ №47\n\n## Ответы\n\n**4. Продолжительность простоя, мин**\n\n95\n\n**6. Уровень влияния на производственный процесс**\n\nВысокий — ручные операции\n\n**7. Что сделали**\n\nПерезапустили.\n";
        let sources = read_clean(form);
        let fields: Vec<_> =
            fields_of(&sources.text).into_iter().map(|(key, _, value, line)| (key, value, line)).collect();
        assert_eq!(
            fields,
            vec![(Some(FieldKey::Duration), "95 мин", 7), (Some(FieldKey::Severity), "Высокий — ручные операции", 11)]
        );
    }

    #[test]
    fn a_pages_properties_as_an_export_writes_them() {
        let notion = "# AR-GS-2026-004 Tromso X-band downlink loss\n\nAnomaly ID: AR-GS-2026-004\nAsset: TRO-2 (Tromsø 7.3 m)\nCriticality: C2\nStatus: Closed – corrective actions open\nOccurrence date: January 23, 2026\n\n## 1. Description\n";
        let sources = read_clean(notion);
        assert_eq!(sources.text.date_value(), Date::new(2026, 1, 23));
        let keys: Vec<_> = fields_of(&sources.text).into_iter().map(|(key, label, ..)| (key, label)).collect();
        assert_eq!(
            keys,
            vec![
                (None, "Anomaly ID"),
                (None, "Asset"),
                (Some(FieldKey::Severity), "Criticality"),
                (Some(FieldKey::Date), "Occurrence date")
            ]
        );
        let prose = read_clean("# Notes\n\nWe met: all of us\nTopic: the plan\nNext: nothing\n\n## 1\n");
        assert!(fields_of(&prose.text).is_empty(), "no key we know");
    }

    #[test]
    fn a_table_of_metrics_with_a_value_column() {
        let text = "# Timeouts\n\n## Time metrics\n\n| Metric | Value | From → to |\n|---|---|---|\n| Time to detect (TTD) | 11 min | 14:02 → 14:13 |\n| **Total customer impact** | **58 min** | **14:02 → 15:00 MSK** |\n";
        let sources = read_clean(text);
        let fields = fields_of(&sources.text);
        assert_eq!(
            fields.iter().map(|(key, label, value, _)| (*key, *label, *value)).collect::<Vec<_>>(),
            vec![(Some(FieldKey::Duration), "Total customer impact", "58 min")]
        );
        let timeline = "# X\n\n## Timeline\n\n| Time | Event | Who |\n|---|---|---|\n| Duration | 5 min | Ann |\n";
        let timeline = read_clean(timeline);
        assert!(fields_of(&timeline.text).is_empty(), "no value column, one field");
    }

    #[test]
    fn impact_times_on_lines_of_their_own_under_the_timeline() {
        let text = "# Major Incident Report\n\nPriority: P1\n\n## 2. Timeline\n\n| Time | Event |\n|---|---|\n| 16:05 | start |\n\nOutage start: 2026-02-23 16:05 GMT\nService restored: 2026-02-23 19:20 GMT\n\n## 3. Notes\n\nStart: 17:00 the next day\n";
        let sources = read_clean(text);
        let fields = fields_of(&sources.text);
        let times: Vec<_> =
            fields.iter().filter(|(key, ..)| matches!(key, Some(FieldKey::Start | FieldKey::End))).collect();
        assert_eq!(
            times,
            vec![
                &(Some(FieldKey::Start), "Outage start", "2026-02-23 16:05 GMT", 11),
                &(Some(FieldKey::End), "Service restored", "2026-02-23 19:20 GMT", 12)
            ],
            "the first stated, once"
        );
    }

    #[test]
    fn numbered_bold_fields_of_an_act() {
        let below = "# Акт\n\nООО «Терминал»\nАкт составлен 17.01.2026\n\nНастоящий акт составлен в том, что выявлена неисправность.\n\n**1. Наименование оборудования.** OCR.\n\n**2. Подразделение.** КПП.\n\n**5. Продолжительность простоя автоматического режима.** 3 ч 25 мин (вручную).\n";
        let below = read_clean(below);
        let duration = fields_of(&below.text).into_iter().find(|field| field.0 == Some(FieldKey::Duration));
        assert_eq!(
            duration.map(|field| (field.2, field.3)),
            Some(("3 ч 25 мин (вручную).", 12)),
            "below the opening prose"
        );
        let text = "# Акт о неисправности № 7/2026\n\n**1. Объект.** OCR-порталы КПП-2.\n\n**5. Продолжительность простоя автоматического режима.** 3 ч 25 мин (все полосы работали вручную).\n\n**6. Категория неисправности.** II\n";
        let sources = read_clean(text);
        let keys: Vec<Option<FieldKey>> = fields_of(&sources.text).iter().map(|field| field.0).collect();
        assert!(keys.contains(&Some(FieldKey::Duration)), "{keys:?}");
    }

    #[test]
    fn a_list_of_known_keys_each_with_a_dash() {
        let text = "# ADR-12 (RFC). Приём EDI\n\n* Статус — черновик RFC, вынесен на архсовет, решение не принято\n* Создан — 14.04.2026\n* Заменяет — [ADR-09](adr-09.md)\n* Зависит от — [перехода](migr.md): общий шлюз\n";
        let sources = read_clean(text);
        assert_eq!(sources.text.stated_status(), status_at(Status::Draft, 3));
        assert_eq!(sources.text.date_value(), Date::new(2026, 4, 14));
        let relations: Vec<StatedRelation> = sources.text.relations.iter().map(|stated| stated.relation).collect();
        assert_eq!(relations, vec![StatedRelation::Supersedes, StatedRelation::DependsOn]);
        let steps = read_clean("# X\n\n## Шаги\n\n- Проверка — смотрим логи\n");
        assert!(fields_of(&steps.text).is_empty(), "an unknown key with a dash is text");
    }

    #[test]
    fn dataview_inline_fields() {
        let text = "# ADR-0031: ClickHouse\n\nstatus:: proposed — ждём решения ARB\ncreated:: 2026-04-02\nsupersedes:: [ADR-0024](adr-0024.x.md)\nrelated:: [Spec](spec.x.md)\n";
        let sources = read_clean(text);
        assert_eq!(sources.text.stated_status(), status_at(Status::Proposed, 3));
        assert_eq!(sources.text.date_value(), Date::new(2026, 4, 2));
        assert_eq!(
            relations_of(&sources.text),
            vec![
                (StatedRelation::Supersedes, Some(24), Some("adr-0024.x.md"), "ADR-0024"),
                (StatedRelation::RelatesTo, None, Some("spec.x.md"), "Spec"),
            ]
        );
    }

    #[test]
    fn header_parts_that_say_what_they_are_without_a_key() {
        let text = "# Разбор: рассинхрон остатков\n\nУровень 2 · 17.02.2026 · 14:05–15:47 MSK · статус: закрыт\n";
        let sources = read_with_diagnostics(text).0;
        let fields = keys_and_values(&sources.text);
        assert_eq!(
            fields,
            vec![
                (Some(FieldKey::Severity), "Уровень 2"),
                (Some(FieldKey::Date), "17.02.2026"),
                (Some(FieldKey::Duration), "14:05–15:47 MSK"),
            ]
        );
        assert_eq!(sources.text.stated_status(), unknown_status_at("закрыт", 3));
        let midnight = "# OOM\n\n**Критичный** · начало: 11.03.2026 23:40 · конец: 12.03.2026 01:15\n";
        let keys: Vec<Option<FieldKey>> = fields_of(&read_clean(midnight).text).into_iter().map(|f| f.0).collect();
        assert_eq!(keys, vec![Some(FieldKey::Severity), Some(FieldKey::Start), Some(FieldKey::End)]);
        let prose = read_clean("# X\n\nNamespace `tracking` · SLO: 99,9% успешных ответов\n");
        assert!(prose.text.fields.is_empty(), "a line of prose with a dot in it is not metadata");
    }

    #[test]
    fn a_relation_after_a_dash_of_the_lead_prose() {
        let text = "# ADR-0002: Опрос статуса\n\nСтатус: Принято\nДата: 10.03.2026\nОбновлено 01.09.2026 — заменяет [ADR-0003](0003-push.md): push отложен.\n\n## Контекст\n\nРаньше — заменяет ADR-0001, это история.\n";
        let sources = read_clean(text);
        let relations: Vec<(StatedRelation, Option<u32>, usize)> =
            sources.text.relations.iter().map(|r| (r.relation, r.target.number, r.line)).collect();
        assert_eq!(
            relations,
            vec![(StatedRelation::Supersedes, Some(3), 5)],
            "the body's prose states no supersession"
        );
    }

    /// The relations the text states: (relation, number, link, line).
    fn prose_relations(sources: &Sources) -> Vec<(StatedRelation, Option<u32>, Option<&str>, usize)> {
        sources.text.relations.iter().map(|r| (r.relation, r.target.number, r.target.link.as_deref(), r.line)).collect()
    }

    #[test]
    fn a_line_of_trilium_attributes_is_the_header() {
        let decision = "# АР-03 Базы данных на NVMe\n\n`#status=принято` `#decisionDate=07.10.2025`  \n`~amends=`[АР-02 Ceph](АР-02%20Ceph.md)\n\n**Что меняем в АР-02.** x\n";
        let sources = read_clean(decision);
        assert_eq!(
            (sources.text.stated_status(), sources.text.date_value()),
            (status_at(Status::Accepted, 3), Date::new(2025, 10, 7))
        );
        assert_eq!(prose_relations(&sources), vec![(StatedRelation::Amends, Some(2), Some("АР-02%20Ceph.md"), 4)]);
        let incident = "# Инцидент 12.02.2026\n\n`#incident` `#severity=S1` `#date=12.02.2026`\n\n**Что.** x\n";
        let sources = read_clean(incident);
        assert_eq!(severity_read(incident), Some(("S1".to_owned(), 3)));
        assert!(sources.text.tags.contains(&"incident".to_owned()), "{:?}", sources.text.tags);
        let code = "# Сборка\n\n`#include` и `make`\n";
        assert_eq!(read_clean(code).text.fields, vec![], "code in prose is no attribute");
    }

    #[test]
    fn a_status_page_s_review_states_its_own_header() {
        let page = "# Delayed payouts\n\n**Statuspage incident** `m3t8` · Impact: **Minor** · Components: Payouts\n\n---\n\n**Resolved** — All delayed payouts have been submitted.\n_Posted Jan 27, 2026 - 13:55 UTC_\n\n---\n\n## Post-Incident Review (internal)\n\n**Severity:** SEV2\n**Date:** 27 January 2026\n\n### What happened\n\nx\n";
        assert_eq!(severity_read(page), Some(("SEV2".to_owned(), 14)));
    }

    #[test]
    fn a_google_doc_titled_by_a_second_level_heading_has_its_header_under_it() {
        let doc = "<!-- Output copied to clipboard! -->\n\n## Postmortem — Duplicate refunds (Mar 27)\n\n**Postmortem — Duplicate refunds (Mar 27)**\n\nStatus: Draft — review meeting April 7\nSeverity: SEV1 (money movement)\n\n### What happened\n\nx\n\n### Follow-ups\n\n* Alert on refunds\n    * Status: Open\n";
        let sources = read_clean(doc);
        assert_eq!(sources.text.stated_status(), status_at(Status::Draft, 7));
        assert_eq!(severity_read(doc), Some(("SEV1 (money movement)".to_owned(), 8)));
    }

    #[test]
    fn a_ticket_s_description_lists_the_impact() {
        let ticket = "# PLAT-152 · Разбор: задержка отчётности 11.03.2026\n\n| Поле | Значение |\n|---|---|\n| Тип | Разбор инцидента |\n| Создан | 11.03.2026 |\n| Критичность | К3 |\n\n## Описание\n\n- **Критичность:** К3 — клиенты не затронуты\n- **Влияние:** с 06:40 до 09:50 МСК 11.03.2026 витрина была недоступна\n- **Ответственный за разбор:** Лебедев Роман\n\n### Что случилось\n\nx\n";
        assert_eq!(durations_of(&read_clean(ticket).text), vec![("06:40 – 09:50 МСК".to_owned(), 12)]);
        let steps = "# PLAT-9 · Задача\n\n| Поле | Значение |\n|---|---|\n| Тип | Задача |\n| Создан | 11.03.2026 |\n\n## Описание\n\n- Шаг 1: выгрузить данные\n- Шаг 2: сверить\n";
        assert!(read_clean(steps).text.fields.iter().all(|f| f.label != "Шаг 1"), "a step is no field");
    }

    #[test]
    fn a_status_section_s_dated_line_names_a_relation() {
        let adr = "# ADR-013 Формат событий\n\n## Статус\n\nПринято\n\nДата: 2025-10-07. Зависит от ADR-012 (брокер — Kafka).\n\n## Контекст\n\nx\n";
        let sources = read_clean(adr);
        assert_eq!(sources.text.date_value(), Date::new(2025, 10, 7));
        let relations: Vec<_> = sources.text.relations.iter().map(|r| (r.relation, r.target.number)).collect();
        assert_eq!(relations, vec![(StatedRelation::DependsOn, Some(12))]);
    }

    #[test]
    fn a_tracker_s_links_row_names_each_relation() {
        let ticket = "# PLAT-163 · [ADR] Журнал аудита\n\n| Поле | Значение |\n|---|---|\n| Тип | Архитектурное решение |\n| Создан | 12.05.2026 |\n| Связи | Зависит от [PLAT-147](PLAT-147.md); Связана с [PLAT-155](PLAT-155.md) |\n\n## Описание\n\nx\n";
        let sources = read_clean(ticket);
        assert_eq!(
            prose_relations(&sources),
            vec![
                (StatedRelation::RelatesTo, None, Some("PLAT-155.md"), 7),
                (StatedRelation::DependsOn, None, Some("PLAT-147.md"), 7)
            ]
        );
        let jira = "# [ARCH-82] Квоты\n\n| Поле | Значение |\n|---|---|\n| Тип | Архитектурное решение |\n| Статус | На согласовании |\n\n**Связи**\n\n| Тип связи | Задача |\n|---|---|\n| is blocked by | [ARCH-77](ARCH-77.md) |\n| relates to | [INC-431](../INC/INC-431.md) |\n\n---\n\n## Описание\n";
        let relations: Vec<_> = read_clean(jira).text.relations.iter().map(|stated| stated.relation).collect();
        assert!(relations.contains(&StatedRelation::DependsOn), "{relations:?}");
    }

    #[test]
    fn a_line_of_the_lead_that_opens_with_a_relation() {
        let note = "# ADR 8 — Temporal for billing workflows\nStatus: proposed, opened 2026-05-06 by @tom. Waiting on @maya\nDepends on ADR 7 — the SQS queues stay for simple jobs\n\n## Problem\n\nx\n";
        let sources = read_clean(note);
        assert_eq!(prose_relations(&sources), vec![(StatedRelation::DependsOn, Some(7), None, 3)]);
        let wrapped =
            "# ADR 8\n\nWe keep the queues because the jobs\ndepends on ADR 7 being in place.\n\n## Problem\n\nx\n";
        let sources = read_clean(wrapped);
        assert_eq!(prose_relations(&sources), vec![], "a wrapped sentence's middle");
    }

    #[test]
    fn the_decision_as_the_subject_of_a_relation_in_prose() {
        let text = "# Local time windows\n\n## Decision Outcome\n\nThis amends [ADR-0002](0002-cron.md): UTC remains the default.\n\nЭто решение уточняет ADR-5.\n\nThis supersedes ADR-1 in part.\n";
        let sources = read_clean(text);
        let relations = prose_relations(&sources);
        assert_eq!(
            relations,
            vec![
                (StatedRelation::Amends, Some(2), Some("0002-cron.md"), 5),
                (StatedRelation::Clarifies, Some(5), None, 7)
            ],
            "supersession stays with the header"
        );
    }

    #[test]
    fn a_decision_named_by_the_word_and_its_number() {
        let text = "# Decision 002: edge caching\n\n## Context\n\nDepends on Decision 001: this only works because of it.\n\nДополняет решение № 4.\n\nDepends on decisions made last year.\n";
        let sources = read_clean(text);
        assert_eq!(
            prose_relations(&sources),
            vec![(StatedRelation::DependsOn, Some(1), None, 5), (StatedRelation::Amends, Some(4), None, 7)]
        );
        let keyed = read_clean("# X\n\n- Depends on: Decision #3\n");
        assert_eq!(keyed.text.relations.iter().map(|r| r.target.number).collect::<Vec<_>>(), vec![Some(3)]);
    }

    #[test]
    fn two_relations_on_a_line_bracketed_numbers_and_a_list_of_related_decisions() {
        let status = read_clean("# 7. F\n\n## Status\n\nAccepted. Supersedes ADR-0002 and amends ADR-0003.\n");
        assert_eq!(
            relations_of(&status.text),
            vec![
                (StatedRelation::Amends, Some(3), None, "ADR-3"),
                (StatedRelation::Supersedes, Some(2), None, "ADR-2")
            ]
        );
        let sentences = read_clean("# 3. Тарификация\n\n## Статус\n\nПринято 7 октября 2025 г.\n\nЗаменяет [ADR-002](./002-x.md). Зависит от ADR-001: события пишутся в ledger.\n\n## Контекст\n");
        let read: Vec<(StatedRelation, Option<u32>)> =
            sentences.text.relations.iter().map(|r| (r.relation, r.target.number)).collect();
        assert_eq!(
            read,
            vec![(StatedRelation::DependsOn, Some(1)), (StatedRelation::Supersedes, Some(2))],
            "a sentence each"
        );
        let bracketed = read_clean("# 5. D\n\nStatus: accepted (replaces 0004)\n");
        assert_eq!(relations_of(&bracketed.text), vec![(StatedRelation::Supersedes, Some(4), None, "0004")]);
        let keyed = read_clean("# 6. E\n\n* Status: proposed\n* Builds on: ADR-0003\n* Deprecated by: ADR-0009\n");
        assert_eq!(
            relations_of(&keyed.text),
            vec![
                (StatedRelation::DependsOn, Some(3), None, "ADR-3"),
                (StatedRelation::SupersededBy, Some(9), None, "ADR-9")
            ]
        );
        let related = "# 13. L\n\n## Status\n\nAccepted\n\n## Related decisions\n\n- ADR-0011: the same area\n- Refines [ADR-0008](0008-g.md)\n- the vendor's notes\n\n## Links\n\n- [ADR-0001](0001-a.md) in passing\n";
        let sources = read_clean(related);
        assert_eq!(
            relations_of(&sources.text),
            vec![
                (StatedRelation::RelatesTo, Some(11), None, "ADR-11"),
                (StatedRelation::Clarifies, Some(8), Some("0008-g.md"), "ADR-0008"),
            ],
            "a bare ADR under «Related» relates; under «Links» it takes a word that says how"
        );
    }

    #[test]
    fn a_paragraph_that_opens_with_a_relation() {
        let text = "# ADR-101: Очередь\n\n## Контекст\n\nСвязано с ADR-104: там решали про ретраи.\n\nDepends on [ADR-7](adr-007-schema.md) and ADR-8 for the schema.\n\nRelated work includes ADR-9 in passing.\n\n- See also ADR-12\n";
        let sources = read_clean(text);
        let relations = prose_relations(&sources);
        assert_eq!(
            relations,
            vec![
                (StatedRelation::RelatesTo, Some(104), None, 5),
                (StatedRelation::DependsOn, Some(7), Some("adr-007-schema.md"), 7),
                (StatedRelation::DependsOn, Some(8), None, 7),
                (StatedRelation::RelatesTo, Some(12), None, 11),
            ],
            "«Related work includes ADR-9» names no ADR right after its words"
        );
    }

    #[test]
    fn an_incident_header_in_sentences_or_laid_across_a_table() {
        let summary = "# Разбор: дубли push\n\n## Кратко\n\n17 апреля часть пользователей получила дубли. Уровень инцидента — Высокий: массовые\nжалобы в Google Play.\n\nСтатус разбора: Открыт (ждём два пункта).\n\n- Status: not a header field in a list\n\n## Что произошло\n\nStatus: too late.\n";
        let sources = read_clean(summary);
        let fields = keys_and_values(&sources.text);
        assert_eq!(fields, vec![(Some(FieldKey::Severity), "Высокий: массовые жалобы в Google Play")]);
        assert_eq!(sources.text.stated_status(), unknown_status_at("Открыт", 8), "the note in brackets is left");
        let prose = "# Ceph slow ops\n\nЧерновик разбора. Severity — P3 (по внутренней шкале). Impact lasted 48 min.\n\n## Timeline\n";
        let prose = read_clean(prose);
        let keys = keys_and_values(&prose.text);
        assert_eq!(
            keys,
            vec![(Some(FieldKey::Severity), "P3 (по внутренней шкале)"), (Some(FieldKey::Duration), "48 min")]
        );
        let second = read_clean("# Runbook: backfill\n\nThis covers backfills.\n\nReviewed on 14 May 2026 by @arun; more later.\n\n- Status: a list is the body's\n");
        let second = keys_and_values(&second.text);
        assert_eq!(second, vec![(Some(FieldKey::LastReviewed), "14 May 2026 by @arun; more later")]);
        let example = read_clean("# ADR\n\nВ старом ставим\n`**Статус:** Заменено` и номер.\n");
        assert_eq!(example.text.stated_status(), None, "a field in code is an example");
        let across = "# Post-mortem: DNS\n\n| Severity | Started | Resolved | Duration | Status |\n|---|---|---|---|---|\n| S1 | 2026-02-24 13:05 UTC | 2026-02-24 14:57 UTC | 1:52 | Closed |\n";
        let sources = read_with_diagnostics(across).0; // «Closed» is a post-mortem's; `parse` says so
        let keys: Vec<(Option<FieldKey>, &str, usize)> =
            fields_of(&sources.text).into_iter().map(|(key, _, value, line)| (key, value, line)).collect();
        assert_eq!(
            keys,
            vec![
                (Some(FieldKey::Severity), "S1", 5),
                (Some(FieldKey::Start), "2026-02-24 13:05 UTC", 5),
                (Some(FieldKey::End), "2026-02-24 14:57 UTC", 5),
                (Some(FieldKey::Duration), "1:52", 5),
            ]
        );
        assert_eq!(sources.text.stated_status(), unknown_status_at("Closed", 5));
        let follow_up = "# Разбор\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Do X | Anna Kim | 2026-04-10 | todo |\n";
        let sources = read_clean(follow_up);
        assert!(sources.text.fields.is_empty() && sources.text.status.is_none(), "one follow-up is no header");
    }

    #[test]
    fn a_card_s_plan_dated_by_the_sentence_naming_it_approved() {
        let trello = "# План: перенос Kafka в три зоны\n\n- **Список:** Роадмап\n- **Срок:** 2025-11-28 (выполнено)\n- **Последняя активность:** 2025-12-01\n\n## Описание\n\nПлан согласован 06.10.2025 (Анна Соколова, ИБ — Олеся Громова).\nСтатус плана: **Согласован**. Основание — ADR-02.\n";
        let read = read_clean(trello);
        assert_eq!(read.text.implied_date.as_ref().map(|date| date.value), Date::new(2025, 10, 6));
    }

    #[test]
    fn a_yfm_note_titled_as_the_impact() {
        let text = crate::markdown::dialects::as_commonmark("# PLATFORM-231 Падение CI-джоб\n\n| Поле | Значение |\n|---|---|\n| Тип | Инцидент |\n| Уровень инцидента | S2 |\n\n## Описание\n\n{% note alert \"Влияние\" %}\n\nС 11:05 до 13:20 МСК около 70 % CI-джоб падали.\n\n{% endnote %}\n\n**Уровень:** S2 — массовая деградация.\n").into_owned();
        let read = read_clean(&text);
        let minutes = read
            .text
            .fields
            .iter()
            .find(|field| field.key == Some(FieldKey::Duration))
            .and_then(|field| measures::time_range_minutes(&field.value));
        assert_eq!(minutes, Some(135), "{:?}", read.text.fields);
    }

    #[test]
    fn a_card_s_description_opening_with_a_relation() {
        let ticket = "# PLATFORM-270 TTL логов non-prod\n\n| Поле | Значение |\n|---|---|\n| Тип | Решение |\n| Связи | связана с [PLATFORM-190](PLATFORM-190.md) |\n\n## Описание\n\nДополняет решение [PLATFORM-190](PLATFORM-190.md): выбор ClickHouse не меняется.\n";
        let relations: Vec<StatedRelation> =
            read_clean(ticket).text.relations.iter().map(|stated| stated.relation).collect();
        assert!(relations.contains(&StatedRelation::Amends), "{relations:?}");
        let see_also = ticket
            .replace("Дополняет решение [PLATFORM-190](PLATFORM-190.md): выбор", "См. также решение АР-007: выбор");
        let relations: Vec<StatedRelation> =
            read_clean(&see_also).text.relations.iter().map(|stated| stated.relation).collect();
        assert_eq!(relations, vec![StatedRelation::RelatesTo], "a see-also stays a mention the checker checks");
    }

    #[test]
    fn a_decision_record_held_in_a_card_s_description() {
        let wrike = "# ADR-021 Reporting on ClickHouse\n\n| Field | Value |\n|---|---|\n| Item type | Document |\n| Created | Oct 14, 2025 10:26 |\n| Last edited | Nov 4, 2025 17:29 |\n\n## Description\n\n# Move customer reporting to ClickHouse\n\n* Status: accepted\n* Date: 2025-11-04\n\n## Context and Problem Statement\n\nx\n";
        let wrike = read_clean(wrike);
        assert_eq!(
            (wrike.text.stated_status().map(|(status, _)| status), wrike.text.date_value()),
            (Some(Status::Accepted), Date::new(2025, 11, 4))
        );
    }

    #[test]
    fn a_card_s_description_opens_with_the_incident_s_day() {
        let asana = "# Post-incident review: duplicate emails\n\n| Assignee | Due date |\n|---|---|\n| Hannah | 2026-05-08 |\n\n## Description\n\n_Debrief write-up. Debrief held 6 May 2026._\n\nOn Wednesday 29 April 2026, between 10:20 and 12:05 CEST, customers received their email twice.\n\n#### What happened\n\nx\n";
        let asana = read_clean(asana);
        assert_eq!(asana.text.date_value(), Date::new(2026, 4, 29));
        let minutes = asana
            .text
            .fields
            .iter()
            .find(|field| field.key == Some(FieldKey::Duration))
            .and_then(|field| measures::time_range_minutes(&field.value));
        assert_eq!(minutes, Some(105));
        let trello = "# Разбор: трекинг курьеров 14 января\n\n- **Список:** Инциденты\n- **Срок:** 2026-01-21 (выполнено)\n\n## Описание\n\n**Что случилось:** 14.01.2026 вечером у клиентов перестали обновляться позиции курьеров.\n\n**Влияние:** с 19:40 до 21:15 МСК (1 ч 35 мин).\n";
        assert_eq!(read_clean(trello).text.date_value(), Date::new(2026, 1, 14));
    }

    #[test]
    fn a_byline_s_sentence_says_when_the_page_was_updated() {
        let text = "# Дорожная карта — 2 кв. 2026\n\n_Владелец: Анна Лебедева (TPM). Обновлено: 14 мая 2026 г. Статусы обновляем по пятницам._\n\n## Надёжность\n";
        let sources = read_clean(text);
        let stated = keys_and_values(&sources.text);
        assert!(stated.contains(&(None, "14 мая 2026 г")), "{stated:?}");
    }

    #[test]
    fn a_chat_thread_s_pinned_summary() {
        let list = "# Таймауты при оплате\n\n**Канал:** #incidents\n**Дата:** 18.11.2025\n\n---\n\n**Руслан** [13:49]\nАлерт, смотрю.\n\n📌 **Закреплённое сообщение** — Ксения, 19.11.2025 11:48\n\n**Итог разбора**\n\n- Серьёзность: Уровень 2 (деградация оплаты)\n- Время: 13:47–14:25, длительность 38 минут\n- Причина: ретраи\n";
        let list = read_clean(list);
        let stated = keys_and_values(&list.text);
        assert!(stated.contains(&(Some(FieldKey::Severity), "Уровень 2 (деградация оплаты)")), "{stated:?}");
        let duration = stated.iter().find(|(key, _)| *key == Some(FieldKey::Duration)).map(|(_, value)| *value);
        assert_eq!(duration.and_then(measures::time_range_minutes), Some(38), "{stated:?}");
        let prose = "# Лаг Kafka\n\n**Дата:** 2026-05-06\n\n---\n\n**Руслан** [18:42]\nРестораны пишут.\n\n📌 **Закреплённое сообщение** — Николай, 07.05.2026 15:20\n\n**Итог по инциденту 06.05**\n\nУровень 1 — заказы не доходили до ресторанов.\nОкно влияния: 18:40–19:50 (1 ч 10 мин).\n";
        let prose = read_clean(prose);
        let stated = keys_and_values(&prose.text);
        assert!(stated.iter().any(|(key, _)| *key == Some(FieldKey::Severity)), "{stated:?}");
        assert!(stated.iter().any(|(key, _)| *key == Some(FieldKey::Duration)), "{stated:?}");
        let decided = "# ADR-12: канарейки\n\n**Дата:** 19.01.2026\n\n---\n\n📌 **Закреплённое сообщение** — Николай, 22.01.2026 18:04\n\n> **ADR-12 — ПРИНЯТО (22.01.2026)**\n> **Решение:** канарейкой.\n\n---\n\n**Руслан** [11:02]\nЧерновик:\n- Argo Rollouts;\n";
        let decided = read_clean(decided);
        assert_eq!(decided.text.stated_status(), status_at(Status::Accepted, 9));
        assert_eq!(
            decided.text.date.map(|date| date.value),
            Date::new(2026, 1, 22),
            "the day decided, not the thread's"
        );
        let rejected = "# ADR-13: Istio\n\n**Дата:** 03.02.2026\n\n**Николай** [10:00]\nПредложение: Istio.\n\n📌 **Закреплённое сообщение** — Николай, 05.02.2026 17:22\n\n**ADR-13 — отклонено, 05.02.2026.**\nНе внедряем.\nСвязано с ADR-12 (канарейки остаются).\n";
        let rejected = read_clean(rejected);
        assert_eq!(rejected.text.stated_status(), status_at(Status::Rejected, 10));
        assert_eq!(rejected.text.relations.len(), 1, "{:?}", rejected.text.relations);
        let quoted = "# Канарейка\n\n📌 **Закреплённое сообщение** — Руслан, 25.02.2026 12:30\n\n> **Разбор: канареечный релиз**\n> Уровень 3 — часть клиентов не могла применить промокод.\n> Влияние: с 11:20 до 12:05.\n";
        let quoted = read_clean(quoted);
        let stated = keys_and_values(&quoted.text);
        assert!(stated.contains(&(Some(FieldKey::Severity), "Уровень 3")), "{stated:?}");
    }

    #[test]
    fn gitlab_s_timeline_rows_tagged_start_and_end_time() {
        let text = "# Webhook backlog\n\n## Summary\n\nx\n\n## Impact\n\nx\n\n## Root cause\n\nx\n\n## Timeline\n\n| Occurred at (UTC) | Tags | Event |\n|---|---|---|\n| 2025-11-18 09:40 | Start time | Queue grows |\n| 2025-11-18 09:55 | Impact detected | Tickets |\n| 2025-11-18 10:34 | Impact mitigated, End time | Scaled out |\n| 2025-11-18 11:05 | End time | Drained |\n";
        let sources = read_clean(text);
        let window: Vec<_> = fields_of(&sources.text)
            .into_iter()
            .filter(|(key, ..)| matches!(key, Some(FieldKey::Start | FieldKey::End)))
            .map(|(key, _, value, line)| (key, value, line))
            .collect();
        assert_eq!(
            window,
            vec![(Some(FieldKey::Start), "2025-11-18 09:40", 19), (Some(FieldKey::End), "2025-11-18 10:34", 21)],
            "the first row of each tag"
        );
        let untagged = "# X\n\n## A\n\nx\n\n## B\n\nx\n\n## C\n\nx\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 09:40 | Start time |\n";
        assert!(fields_of(&read_clean(untagged).text).is_empty(), "an event is no tag");
    }

    #[test]
    fn keys_with_underscores_brackets_and_ticked_statuses() {
        let text = "# Runbook\n\n**doc_owner:** Anna Kim\n**Time to Resolve (TTR):** 1h 20m\n**Start time:** 14:05\n**Last reviewed:** 2026-03-01\n";
        let sources = read_clean(text);
        let keys: Vec<(Option<FieldKey>, &str)> =
            fields_of(&sources.text).into_iter().map(|(key, label, _, _)| (key, label)).collect();
        assert_eq!(
            keys,
            vec![
                (None, "doc_owner"),
                (Some(FieldKey::Duration), "Time to Resolve (TTR)"),
                (Some(FieldKey::Start), "Start time"),
                (Some(FieldKey::LastReviewed), "Last reviewed"),
            ],
            "a key with `_` does not end the header"
        );
        let ticked = read_clean("# ADR-1\n\n## Статус\n\n- [ ] Предложено\n- [x] Принято\n- [ ] Отклонено\n");
        assert_eq!(ticked.text.stated_status(), status_at(Status::Accepted, 6), "the ticked box");
    }

    #[test]
    fn a_relation_in_a_later_sentence_of_the_status_section() {
        let register = read_clean("# РА-03. Общая схема\n\n## Статус\n\nПринято 20.01.2026. Заменяет РА-01 ([Отдельная схема](<Схема на клиента.md>)).\n\n## Контекст\n\nx\n");
        let relations: Vec<_> = register.text.relations.iter().map(|r| (r.relation, r.target.link.clone())).collect();
        assert_eq!(relations, vec![(StatedRelation::Supersedes, Some("Схема на клиента.md".to_owned()))]);
    }

    #[test]
    fn accepted_once_and_superseded_since_a_design_doc_s_header_and_a_verified_post() {
        let adr = read_clean(
            "# 2. IBM MQ\n\n## Статус\n\nПринято 14.03.2025, заменено [6. Kafka](0006-kafka.md)\n\n## Контекст\n\nx\n",
        );
        assert_eq!(adr.text.stated_status().map(|(status, _)| status), Some(Status::Superseded));
        let design = read_clean("# Edge proxy\n\n| Status | Authors | Reviewers | Last updated |\n|---|---|---|---|\n| Approved | Tom | Priya | 2025-06-02 |\n\n## Objective\n\nx\n");
        assert_eq!(design.text.stated_status().map(|(status, _)| status), Some(Status::Accepted));
        let post = read_clean("# How we restore a tenant\n\n> ✅ **Verified by** Ilya Markov on 24 Mar 2026 · **Owner:** Anna Sokolova · re-verify every 90 days\n\nUse this when.\n");
        assert!(post.text.states(FieldKey::LastReviewed), "{:?}", post.text.fields);
    }

    #[test]
    fn the_day_a_status_changed_is_no_relation_target() {
        let card = read_clean("# X\n\n**Статус:** Заменено (с 03.06.2025)\n**Заменено:** АР-15\n");
        let targets: Vec<_> = card.text.relations.iter().map(|r| r.target.text.clone()).collect();
        assert!(targets.iter().all(|text| !text.contains("03.06")), "{targets:?}");
    }

    #[test]
    fn a_decision_s_outcome_opens_with_its_status_in_bold() {
        let daci = "# Decision: CDC\n\n| | |\n|---|---|\n| **Driver** | @dana |\n| **Approver** | Priya |\n\n## Background\n\nx\n\n## Outcome\n\n**Accepted — 21 October 2025.** Option 2.\n";
        let late = "# Decision: CDC\n\n## Background\n\nx\n\n## Data\n\nx\n\n## Options considered\n\nx\n\n## Outcome\n\n**Accepted — 21 October 2025.** Option 2.\n";
        assert_eq!(read_clean(late).text.stated_status(), status_at(Status::Accepted, 17), "after the options");
        let read = read_clean(daci).text;
        assert_eq!(
            (read.stated_status(), read.date_value()),
            (status_at(Status::Accepted, 14), Date::new(2025, 10, 21))
        );
        let keyed = read_clean("# Decision: X\n\n## Outcome\n\nx\n\n**Status: Superseded by DR-002.**\n");
        assert_eq!(keyed.text.stated_status(), status_at(Status::Superseded, 7));
        let pending = read_clean("# Decision: Y\n\n## Outcome\n\n**Pending.** Waiting for the CTO.\n");
        assert_eq!(pending.text.stated_status(), status_at(Status::Proposed, 5));
        let prose = read_clean("# ADR-3\n\n## Решение\n\n**Принято решение** перейти на Kafka.\n");
        assert_eq!(prose.text.stated_status(), None, "a sentence that opens in bold");
        let callout = "# ADR-004 ЭДО\n\nВладелец: @Пётр Лебедев\nОбновлено: 12 мая 2026 г.\n\n> 🟡 **На согласовании.** Ждём решения @Максим Орлов до конца мая.\n\n- Автор: @Пётр Лебедев\n- Дата: 12.05.2026\n\n## Контекст\n\nx\n";
        assert_eq!(read_clean(callout).text.stated_status(), status_at(Status::Proposed, 6), "a callout's badge");
        let sentence = read_clean("# ADR-3\n\n**Принято решение.** Перейти на Kafka.\n\n## Контекст\n");
        assert_eq!(sentence.text.stated_status(), None, "a sentence in bold that is no status");
    }

    /// The durations a text states, as written, with their lines.
    fn durations_of(meta: &Metadata) -> Vec<(String, usize)> {
        meta.fields.iter().filter(|f| f.key == Some(FieldKey::Duration)).map(|f| (f.value.clone(), f.line)).collect()
    }

    #[test]
    fn a_terse_note_s_bold_impact_label_and_its_window() {
        let note = "# Инцидент 12.02.2026 — деградация Ceph\n\n`#incident` `#severity=S1`\n\n**Что.** Плановая замена NVMe.\n\n**Воздействие.** Запись на ВМ деградировала 09:20–11:05. БД не пострадали.\n\n**Причины.**\n1. x\n";
        assert_eq!(durations_of(&read_clean(note).text), vec![("09:20–11:05".to_owned(), 7)]);
        let two = "# Сбой\n\n**Что.** x\n\n**Воздействие.** Ошибки в 09:20 и в 10:40, повтор 11:05–11:10.\n";
        assert!(!read_clean(two).text.states(FieldKey::Duration), "more times than one window");
    }

    #[test]
    fn a_span_of_the_impact_named_in_a_section_s_prose() {
        let review = "# Задержка сверки\n\n## Влияние\n\nВыплаты задержались: плановое время — 06:00, фактическое — 12:20. Итого окно влияния — 6 ч 20 мин.\n";
        let fields = read_clean(review).text;
        assert_eq!(keys_and_values(&fields), vec![(Some(FieldKey::Duration), "6 ч 20 мин")]);
        let english = "# Outage\n\n## Impact\n\nImpact window: 2 h 10 min for EU users.\n";
        assert_eq!(keys_and_values(&read_clean(english).text), vec![(Some(FieldKey::Duration), "2 h 10 min")]);
        let window = "# Чёрная пятница\n\n> [!incident] Кратко\n> Чекаут не отвечал. Окно воздействия — **10:40–11:32 МСК**. Потеряно ~7 800 заказов.\n\n## Хронология\n\nx\n";
        let read = read_clean(window).text;
        assert_eq!(keys_and_values(&read), vec![(Some(FieldKey::Duration), "10:40–11:32 МСК")], "{:?}", read.fields);
        let bold = "# Сбой\n\nРазбор аварии. **Уровень аварии:** Категория 1.\n**Регион:** Москва. **Время влияния:** с 03:40 до 06:15 МСК.\n\n## Что было\n\nx\n";
        let fields = read_clean(bold).text;
        assert!(fields.states(FieldKey::Duration), "{:?}", fields.fields);
        let unrelated = "# Plan\n\n## Сроки\n\nОкно миграции — 4 ч.\n";
        assert!(keys_and_values(&read_clean(unrelated).text).is_empty(), "a window of work is no impact");
        for (text, expected) in [
            (
                "# X\n\n## Summary\n\nThe cert expired. Impact: 03:10 to 05:35 UTC — search was degraded.\n",
                "03:10 to 05:35 UTC — search was degraded",
            ),
            ("# X\n\n## Summary\n\nNo pushes were sent. Impact window 3 h 42 min.\n", "3 h 42 min"),
            ("# X\n\n> [!incident] SEV3\n> Сертификат истёк в 07:55. Итого 25 минут, покупки проходили.\n", "25 минут"),
            ("# X\n\n## Описание\n\n11.03.2026 с 08:20 до 09:05 терминалы теряли соединение с WMS.\n", "08:20 – 09:05"),
        ] {
            assert_eq!(keys_and_values(&read_clean(text).text), vec![(Some(FieldKey::Duration), expected)], "{text}");
        }
        for text in [
            "# Plan\n\n## Оценка\n\nИтого 25 дней на всё.\n",
            "# Plan\n\n## Risks\n\nImpact: high for the checkout team.\n",
            "# Plan\n\n## Сроки\n\nИтого 3 недели.\n",
        ] {
            assert!(!read_clean(text).text.states(FieldKey::Duration), "{text}");
        }
    }

    #[test]
    fn a_metadata_section_is_the_header_with_every_field() {
        let text = "# ADR-0009: Очередь\n\n## Метаданные\n\n- **Статус:** Принято\n- **Дата:** 03.02.2026\n- **Дополняет:** ADR-0004 — [очередь задач](0004-queue.md): одна схема\n\n## Контекст\n\n- **Дата:** 01.01.2020 — a list in the body is no header\n";
        let meta = read_clean(text).text;
        assert_eq!(meta.stated_status(), status_at(Status::Accepted, 5));
        assert_eq!(meta.date_value(), Date::new(2026, 2, 3));
        assert_eq!(relations_of(&meta)[0].0, StatedRelation::Amends);
        let target = relations_of(&meta)[0];
        assert!(target.1 == Some(4) || target.2 == Some("0004-queue.md"), "{target:?}");
        let english =
            "# Decision: queue\n\n## Details\n\nDate: 4 March 2026\n\n## Summary\n\n- **Date:** 1 January 2020\n";
        assert_eq!(read_clean(english).text.date_value(), Date::new(2026, 3, 4), "plain lines of a card section");
        let daily = "# 2025-11-28, пятница\n\n## Дела дня\n\n- [x] ревью\n\n## Инцидент: встала комплектация\n\nКритичность:: П1\nНачало:: 14:05\nОкончание:: 16:20\n\n### Хронология\n";
        let fields = read_clean(daily).text;
        let fields = keys_and_values(&fields);
        assert_eq!(
            fields,
            vec![(Some(FieldKey::Severity), "П1"), (Some(FieldKey::Start), "14:05"), (Some(FieldKey::End), "16:20")],
            "Dataview's fields under a daily note's incident"
        );
        let summary = "# Postmortem\n\n## Summary\n\n- **Date:** 1 January 2020\n";
        assert_eq!(read_clean(summary).text.date_value(), None, "a summary's list gives only its incident's keys");
    }

    #[test]
    fn a_named_system_before_the_fields_of_its_line() {
        let text = "# План-график\n\n**АИС «Приём заявлений»** · Статус документа: действующий · Состояние на 20.05.2026  \nОтветственный за ведение: Белов С. А.\n\n## I квартал\n";
        let meta = read_clean(text).text;
        assert_eq!(meta.status.map(|status| status.value), Some(Status::Accepted));
        assert_eq!(meta.implied_date.or(meta.date).map(|date| date.value), Date::new(2026, 5, 20));
    }

    #[test]
    fn a_byline_and_a_decided_on_line_date_the_page() {
        let byline = "# PoC: queue load test\n\n*Tomás Ferreira · Feb 27, 2026 · 2-week timebox (Feb 9–20)*\n\nText.\n";
        assert_eq!(read_clean(byline).text.implied_date.map(|date| date.value), Date::new(2026, 2, 27));
        let decided = "# 0002. PgBouncer\n\nПринято: 03.04.2025 · Автор: Иван Смирнов\n\n## Контекст\n";
        let meta = read_clean(decided).text;
        assert_eq!(meta.implied_date.or(meta.date).map(|date| date.value), Date::new(2025, 4, 3));
        let signed = "# Оценка трудозатрат\n\n*Подготовил: Д. Соколов, 05.12.2025. Основание — [ADR-0006](adr.md) (принят 02.12.2025).*\n";
        assert_eq!(read_clean(signed).text.implied_date.map(|date| date.value), Date::new(2025, 12, 5));
        let revised = "# Estimate: OTA v2\n\nRevised **27 March 2026** after the [March OTA incident](pm.md).\nEstimated by the squads.\n";
        assert_eq!(read_clean(revised).text.implied_date.map(|date| date.value), Date::new(2026, 3, 27));
        let exported =
            "# Search 2026 H1\n\nExported from GitHub Projects board **Search 2026 H1** (table view) on 2026-05-22.\n";
        assert_eq!(read_clean(exported).text.implied_date.map(|date| date.value), Date::new(2026, 5, 22));
        let prose = "# Notes\n\nMigration · Feb 27, 2026 was the cut-over\n";
        assert_eq!(read_clean(prose).text.implied_date, None, "no name before the day");
        let alone = "# 4. MQTT with mutual TLS\n\n_11 March 2025_\n\n## Context\n\nText.\n";
        assert_eq!(read_clean(alone).text.implied_date.map(|date| date.value), Date::new(2025, 3, 11));
        let noted = read_clean("# Mailer queue backlog\n\n> **Draft** — review meeting scheduled for 2026-05-29. Numbers may still change.\n\n## Summary\n").text;
        assert_eq!(
            noted.stated_status().map(|(status, _)| status),
            Some(Status::Draft),
            "a badge, then a note after a dash"
        );
        let bold_lozenge = read_clean("# План замены СХД\n\n**Статус:** **[ЧЕРНОВИК]**\n\n## Цель\n").text;
        assert_eq!(bold_lozenge.stated_status().map(|(status, _)| status), Some(Status::Draft), "a lozenge in bold");
        let replaced = read_clean("# Брокер сообщений — RabbitMQ\n\n> **Статус: заменено.** С 14.02.2026 действует [[20260214093012]] (Kafka).\n\n## Контекст\n").text;
        assert_eq!(
            (replaced.stated_status().map(|(status, _)| status), replaced.implied_date),
            (Some(Status::Superseded), None),
            "the day it stopped holding is not the day it was decided"
        );
        let above = read_clean(
            "> **Draft** — review meeting scheduled for 2026-05-29.\n\n# Mailer queue backlog\n\n## Summary\n",
        )
        .text;
        assert_eq!(above.stated_status().map(|(status, _)| status), Some(Status::Draft), "a notice above the title");
        let quip =
            "# Roadmap платформы Q2 2026\n\n*Living document — last edited 21 May 2026 by Анна Соколова*\n\nТекст.\n";
        let edited = read_clean(quip).text;
        let update = edited.fields.iter().find(|field| super::super::review::is_update_label(&field.label));
        assert_eq!(update.and_then(|field| Date::find(&field.value)), Date::new(2026, 5, 21), "{:?}", edited.fields);
    }

    #[test]
    fn a_jira_issue_s_severity_and_incident_window_over_its_priority_and_resolution() {
        let text = "# SRCH-2291 Synonyms broke morphology\n\n| Field | Value |\n|---|---|\n| Priority | Major |\n| Severity | Sev 3 |\n| Created | 16/Jan/26 10:02 AM |\n| Resolved | 23/Jan/26 4:47 PM |\n| Incident start | 15/Jan/26 5:20 PM (MSK) |\n| Incident end | 15/Jan/26 6:10 PM (MSK) |\n";
        let meta = read_clean(text).text;
        let first =
            |key: FieldKey| meta.fields.iter().find(|field| field.key == Some(key)).map(|field| field.value.as_str());
        assert_eq!(first(FieldKey::Severity), Some("Sev 3"));
        assert_eq!(first(FieldKey::End), Some("15/Jan/26 6:10 PM (MSK)"));
    }

    #[test]
    fn a_record_is_dated_by_its_decision_not_its_creation() {
        let text = "# RFC-0003: Dispatcher\n\n- **State:** Replaced\n- **Created:** 2025-05-19\n- **Decided:** 2025-06-02\n\n## Summary\n";
        assert_eq!(read_clean(text).text.date_value(), Date::new(2025, 6, 2));
        let open = "# RFC-0009: OTA\n\n- **State:** In review\n- **Opened:** 2026-05-12\n\n## Summary\n";
        let meta = read_clean(open).text;
        assert_eq!(meta.date.clone().or(meta.implied_date.clone()).map(|date| date.value), Date::new(2026, 5, 12));
    }

    #[test]
    fn a_confluence_byline_dates_the_page() {
        let modified = "Space / Estimates\n\n# Estimate: resume\n\nCreated by Anna Yudina, last modified on Apr 08, 2026\n\nText.\n";
        let meta = read_clean(modified).text;
        assert_eq!(meta.implied_date.map(|date| date.value), Date::new(2026, 4, 8));
        let russian = "# Оценка\n\nСоздатель Анна Юдина, последнее изменение 08.04.2026\n";
        assert_eq!(read_clean(russian).text.implied_date.map(|date| date.value), Date::new(2026, 4, 8));
    }

    #[test]
    fn an_italic_byline_of_parts() {
        let text = "# Data Platform OKRs — H1 2026\n\n*Owner: Priya Raman · scored every two weeks in the team sync · last updated 2026-05-15*\n\nScoring: we put.\n";
        let meta = read_clean(text).text;
        let fields = keys_and_values(&meta);
        assert!(fields.contains(&(Some(FieldKey::Owner), "Priya Raman")), "{fields:?}");
        assert!(fields.iter().any(|(_, value)| *value == "2026-05-15"), "{fields:?}");
    }

    #[test]
    fn a_logseq_page_s_properties() {
        let text = "- type:: team\n  alias:: backend, be\n  date:: [[Mar 4th, 2026]]\n- ## People\n\t- Mikhail\n";
        let meta = read_clean(text).text;
        let fields = fields_of(&meta);
        assert!(
            fields.iter().any(|(key, label, value, line)| key.is_none()
                && *label == "alias"
                && *value == "backend, be"
                && *line == 2),
            "{fields:?}"
        );
        assert_eq!(meta.date_value(), Date::new(2026, 3, 4));
        let adr = read_clean("type:: adr\nstatus:: accepted\n\n- ## Context\n").text;
        assert_eq!(
            (adr.kind, adr.stated_status().map(|(status, _)| status)),
            (Some(Kind::Adr), Some(Status::Accepted))
        );
    }

    #[test]
    fn how_long_it_was_out_said_in_the_summary() {
        let text = "# Sessionizer lag\n\n**Date:** 2025-11-29\n\n**Summary:** During the card the sessionizer fell behind. Dashboards were stale for 134 minutes, at worst by 41 minutes.\n\n## Timeline\n";
        let fields = read_clean(text).text;
        assert!(
            keys_and_values(&fields).contains(&(Some(FieldKey::Duration), "134 minutes")),
            "{:?}",
            keys_and_values(&fields)
        );
        let russian = "# Сбой\n\n**Кратко:** API был недоступен 47 минут после выкладки.\n";
        let fields = read_clean(russian).text;
        assert!(
            keys_and_values(&fields).contains(&(Some(FieldKey::Duration), "47 минут")),
            "{:?}",
            keys_and_values(&fields)
        );
        let wrapped = "# Lag\n\n**Date:** 2025-11-29\n\n**Summary:** During the card the sessionizer fell behind\non the topic. Dashboards\nwere stale for 134 minutes, at worst by 41.\n\n**Impact:** none.\n\n## Timeline\n";
        let fields = read_clean(wrapped).text;
        assert!(
            keys_and_values(&fields).contains(&(Some(FieldKey::Duration), "134 minutes")),
            "{:?}",
            keys_and_values(&fields)
        );
        let story = "# Как разъехался RabbitMQ\n\nС 08:10 до 09:35 matcher почти не назначал заказы. Итого 1 час 25 минут деградации, около 9 800 заказов ждали.\n\n## Что сломалось\n";
        let fields = read_clean(story).text;
        assert!(
            keys_and_values(&fields).contains(&(Some(FieldKey::Duration), "1 час 25 минут")),
            "{:?}",
            keys_and_values(&fields)
        );
        let exposed = "# Post-incident review: v0.14.1\n\n> **Severity:** Critical\n\n## TL;DR\n\nA bug dropped the last frame.\n\nv0.14.1 was published at **10:20 UTC** and we yanked it at **16:05 UTC** — it was downloadable for **5 h 45 min**. We know of 11 clusters.\n\n## What happened\n";
        let fields = read_clean(exposed).text;
        assert!(
            keys_and_values(&fields).contains(&(Some(FieldKey::Duration), "5 h 45 min")),
            "the time a bad release was out: {:?}",
            keys_and_values(&fields)
        );
        let failed =
            "# PIR\n\n**Summary:** Invoice PDFs failed to render for all tenants for 47 minutes after a rebuild.\n";
        assert!(keys_and_values(&read_clean(failed).text).contains(&(Some(FieldKey::Duration), "47 minutes")));
        let other = "# X\n\n**Summary:** The job ran for 134 minutes as usual.\n";
        assert!(!keys_and_values(&read_clean(other).text).iter().any(|(key, _)| *key == Some(FieldKey::Duration)));
    }

    #[test]
    fn a_level_code_in_round_brackets_of_the_title() {
        let meta = read_clean("# 11.02.2025 — снесли кэш тайлов (P2)\n\nТекст.\n").text;
        assert_eq!(keys_and_values(&meta), vec![(Some(FieldKey::Severity), "P2")]);
        let prose = read_clean("# Миграция (PostgreSQL 16)\n\nТекст.\n").text;
        assert!(keys_and_values(&prose).is_empty());
    }

    #[test]
    fn a_callout_in_html_between_the_title_and_the_fields() {
        let text = "# АР-07. Фоновые задачи на RabbitMQ\n\n<p class=\"callout warning\">Решение заменено решением <a href=\"/books/arhitektura/page/ar-09\">АР-09</a>.</p>\n\n**Статус:** Заменено (АР-09)\n**Дата принятия:** 18.03.2025\n\n## Контекст\n";
        let meta = read_clean(text).text;
        assert_eq!(meta.stated_status(), status_at(Status::Superseded, 5));
        assert_eq!(meta.date.as_ref().map(|date| date.value), Date::new(2025, 3, 18));
        let listed = "# АР-10. Шардирование\n\n<p class=\"callout info\">Черновик. Обсуждение — в треде.</p>\n\n- Статус: черновик\n- Черновик от: 12.05.2026\n- Автор: Кирилл Зуев\n\n## Проблема\n";
        let meta = read_clean(listed).text;
        assert_eq!(meta.stated_status(), status_at(Status::Draft, 5));
        assert_eq!(meta.implied_date.or(meta.date).map(|date| date.value), Date::new(2026, 5, 12));
    }

    #[test]
    fn a_register_s_header_quoted_above_its_title() {
        let text = "> **Решение № 11** · Статус: **На согласовании** · подготовлено 19.05.2026 · автор: Карпов Д. А.\n> Изменяет: [Решение № 7](Решение-07-Тарификация) — в части хранения баланса\n\n# Решение № 11. Кэш балансов\n\n## Проблема\n\nТекст.\n";
        let meta = read_clean(text).text;
        assert_eq!(meta.stated_status(), status_at(Status::Proposed, 1));
        assert_eq!(meta.implied_date.clone().or(meta.date.clone()).map(|date| date.value), Date::new(2026, 5, 19));
        assert_eq!(relations_of(&meta)[0].0, StatedRelation::Amends);
        assert_eq!(meta.title_value(), Some("Решение № 11. Кэш балансов"));
        let table = "| Поле | Значение |\n| --- | --- |\n| Статус | Принято |\n| Дата | 2025-09-24 |\n| Заменяет | [[adr.0002.kafka-retention-7d]] |\n\n# Retention по классам топиков\n\n## Контекст\n\nТекст.\n";
        let meta = read_clean(table).text;
        assert_eq!(meta.stated_status(), status_at(Status::Accepted, 3));
        assert_eq!(meta.date.as_ref().map(|date| date.value), Date::new(2025, 9, 24));
        assert_eq!(relations_of(&meta)[0].0, StatedRelation::Supersedes);
    }

    #[test]
    fn time_spent_in_each_severity() {
        let text = "# Postmortem: search latency\n\n**Postmortem Owner:** Ann\n\n## Overview\n\nWe spent two hours degraded.\n\n## Impact\n\n| | |\n|---|---|\n| Time in SEV-1 | 0 mins |\n| Time in SEV-3 | 20 mins |\n| Time in SEV-2 | 95 mins |\n| Support Requests Raised | 2 |\n";
        let meta = read_clean(text).text;
        let fields = keys_and_values(&meta);
        assert!(fields.contains(&(Some(FieldKey::Severity), "SEV-2")), "{fields:?}");
        assert!(fields.contains(&(Some(FieldKey::Duration), "115 min")), "{fields:?}");
        let card = "# Incident\n\n| | |\n|---|---|\n| Severity | **P0** |\n| Customer impact | 19:11–20:33 UTC, **1h 22m** |\n| Customer impact notes | about 6,000 players |\n";
        let card = read_clean(card).text;
        let fields = keys_and_values(&card);
        assert!(fields.contains(&(Some(FieldKey::Duration), "19:11–20:33 UTC, 1h 22m")), "{fields:?}");
        assert_eq!(fields.len(), 2, "{fields:?}");
        let none =
            "# Postmortem\n\n## Impact\n\n| | |\n|---|---|\n| Time in SEV-1 | 0 mins |\n| Time in SEV-2 | 0 mins |\n";
        assert!(keys_and_values(&read_clean(none).text).is_empty(), "no time spent, nothing stated");
    }

    #[test]
    fn a_header_after_a_comment_over_continued_lines_and_in_a_quote_of_the_lead() {
        let gitlab = "# Incident: VAT rounding\n\n<!-- Exported from GitLab issue billing/incidents#58 -->\n\n**Severity:** S3  \n**Status:** Closed  \n";
        let sources = read_with_diagnostics(gitlab).0;
        assert_eq!(keys_and_values(&sources.text), vec![(Some(FieldKey::Severity), "S3")]);
        let google = "# Postmortem\n\n**Impact:** 1,204 invoices sent; 87 charges totalling\n$41,380, all refunded.\n\n**Impact window:** 03:10–06:55 UTC (3h45m)\n\nProse after the header.\n";
        let sources = read_clean(google);
        assert_eq!(keys_and_values(&sources.text)[1], (Some(FieldKey::Duration), "03:10–06:55 UTC (3h45m)"));
        let confluence = "# Invoice Regeneration Runbook\n\nCreated by Priya Nair, last modified on Mar 2, 2026\n\n> **Info**\n> **Reviewed:** Mar 2, 2026 by Ana R. — next review due Sep 2026\n> **Applies to:** billing-api\n";
        let sources = read_clean(confluence);
        assert_eq!(
            keys_and_values(&sources.text),
            vec![(Some(FieldKey::LastReviewed), "Mar 2, 2026 by Ana R. — next review due Sep 2026")]
        );
    }

    #[test]
    fn fields_as_a_definition_list() {
        let text = "# Postmortem: consumer lag\n\nDate\n: 2026-01-21\n\nSeverity\n: Sev 2\n\nImpact window\n: from 02:10 to 03:45 UTC\n\nIncident commander\n: @kmeyer\n\n## What happened\n\nText.\n";
        let sources = read_clean(text);
        let fields: Vec<(Option<FieldKey>, &str, &str, usize)> = fields_of(&sources.text);
        assert_eq!(
            fields,
            vec![
                (Some(FieldKey::Date), "Date", "2026-01-21", 4),
                (Some(FieldKey::Severity), "Severity", "Sev 2", 7),
                (Some(FieldKey::Duration), "Impact window", "from 02:10 to 03:45 UTC", 10),
                (None, "Incident commander", "@kmeyer", 13),
            ]
        );
        assert_eq!(sources.text.header(), Some((1, 13)));
    }

    #[test]
    fn a_dated_field_without_a_colon() {
        for (line, label, value) in [
            (
                "Last tested March 3, 2026 (DLQ replay drill, Lena Vogt).",
                "Last tested",
                "March 3, 2026 (DLQ replay drill, Lena Vogt).",
            ),
            ("Проверено 5 февраля 2026 г.", "Проверено", "5 февраля 2026 г."),
            ("Last review — 2026-01-28 (Мария Гусева) · next — 2026-04-28", "Last review", "2026-01-28 (Мария Гусева)"),
        ] {
            let sources = read_clean(&under_title(line));
            let reviewed: Vec<(&str, &str)> = fields_of(&sources.text)
                .into_iter()
                .filter(|field| field.0 == Some(FieldKey::LastReviewed))
                .map(|(_, label, value, _)| (label, value))
                .collect();
            assert_eq!(reviewed, vec![(label, value)], "{line}");
        }
        let migration =
            read_clean(&under_title("Статус: в работе · ответственный: Артём Лаптев · обновлено 01.04.2026"));
        assert_eq!(migration.text.status_as_written.as_deref(), Some("в работе"), "the status is its part of the line");
        let unknown = read_clean(&under_title("Tested March 3, 2026"));
        assert!(unknown.text.fields.is_empty(), "on its own line, an unknown key needs its colon");
    }

    #[test]
    fn status_from_the_list_under_the_title() {
        for (metadata_line, expected) in [
            ("**Статус:** Принято", Status::Accepted),
            ("**Status**: Accepted", Status::Accepted),
            ("**Status:**Accepted", Status::Accepted),
            ("- Status: accepted", Status::Accepted),
            ("* Статус: Предложено", Status::Proposed),
            ("+ Status: Proposed", Status::Proposed),
            ("- **Статус:** Черновик", Status::Draft),
            ("- **Статус**: Утверждено", Status::Accepted),
            ("**Статус: Принято**", Status::Accepted),
            ("**Статус:** **Отклонено**", Status::Rejected),
            ("**Статус:** `accepted`", Status::Accepted),
            ("Status: accepted", Status::Accepted),
            ("Состояние: На рассмотрении", Status::Proposed),
            ("- Status: ACCEPTED", Status::Accepted),
            ("- Status: Declined.", Status::Rejected),
            ("- Status: WIP", Status::Draft),
            ("- Статус: Не актуально", Status::Deprecated),
            ("**Статус:** Заменён", Status::Superseded),
            ("**Статус:** Утверждён", Status::Accepted),
            ("**Статус:** Принято  ", Status::Accepted),
            ("**Статус:** Принято\\", Status::Accepted),
        ] {
            let text = under_title(metadata_line);
            let sources = read_clean(&text);
            assert_eq!(sources.text.stated_status(), status_at(expected, 3), "case {metadata_line:?}");
            assert_eq!(sources.front.stated_status(), None, "case {metadata_line:?}");
        }
    }

    #[test]
    fn status_from_a_status_section() {
        for (text, expected_status, expected_relations) in [
            ("# X\n\n## Status\n\nAccepted\n", status_at(Status::Accepted, 5), vec![]),
            ("# X\n\n## Статус\n\nПринято\n", status_at(Status::Accepted, 5), vec![]),
            ("# X\n\n## Статус:\n\n- Предложено\n", status_at(Status::Proposed, 5), vec![]),
            ("# X\n\n## **Статус решения**\n\nОтклонено\n", status_at(Status::Rejected, 5), vec![]),
            ("# X\n\n## Decision status\n\n\n\nDeprecated\n", status_at(Status::Deprecated, 7), vec![]),
            (
                "# X\n## Контекст\n\nТекст.\n\n## Решение\n\nТекст.\n\n### Статус\n\nПринято\n",
                status_at(Status::Accepted, 12),
                vec![],
            ),
            ("# X\n\n## Контекст\n\n## Решение\n\n## Статус\n\nПринято\n", status_at(Status::Accepted, 9), vec![]),
            (
                "# X\n\n## Status\n\nSuperseded by [3. Use X](0003-use-x.md)\n",
                status_at(Status::Superseded, 5),
                vec![(StatedRelation::SupersededBy, Some(3), Some("0003-use-x.md"), "3. Use X")],
            ),
            (
                "# X\n\n## Статус\n\nЗаменено [ADR-005](adr-005-x.md)\n",
                status_at(Status::Superseded, 5),
                vec![(StatedRelation::SupersededBy, Some(5), Some("adr-005-x.md"), "ADR-005")],
            ),
            (
                "# X\n\n## Статус\n\nЗаменено на ADR-7\n",
                status_at(Status::Superseded, 5),
                vec![(StatedRelation::SupersededBy, Some(7), None, "ADR-7")],
            ),
            (
                "# X\n\n## Status\n\nSuperceded by [5. The end](0005-the-end.md)\n",
                status_at(Status::Superseded, 5),
                vec![(StatedRelation::SupersededBy, Some(5), Some("0005-the-end.md"), "5. The end")],
            ),
            (
                "# X\n\n## Статус\n\nЗаменён [ADR-007](adr-007-y.md)\n",
                status_at(Status::Superseded, 5),
                vec![(StatedRelation::SupersededBy, Some(7), Some("adr-007-y.md"), "ADR-007")],
            ),
            (
                "# X\n\n## Статус\n\nЧастично заменено ADR-4\n",
                status_at(Status::Accepted, 5),
                vec![(StatedRelation::AmendedBy, Some(4), None, "ADR-4")],
            ),
            (
                "# X\n\n## Status\n\nAmended by [ADR-12](adr-0012.md)\n",
                status_at(Status::Accepted, 5),
                vec![(StatedRelation::AmendedBy, Some(12), Some("adr-0012.md"), "ADR-12")],
            ),
            (
                "# X\n\n## Status\n\nSupercedes [2. An idea](0002-an-idea.md)\n\nAccepted\n",
                status_at(Status::Accepted, 7),
                vec![(StatedRelation::Supersedes, Some(2), Some("0002-an-idea.md"), "2. An idea")],
            ),
            (
                "# X\n\n## Status\n\nAccepted\n\nSupercedes [2. An idea](0002-an-idea.md)\n",
                status_at(Status::Accepted, 5),
                vec![(StatedRelation::Supersedes, Some(2), Some("0002-an-idea.md"), "2. An idea")],
            ),
            ("# X\n\n**Статус:** Принято\n\n## Статус\n\nОтклонено\n", status_at(Status::Accepted, 3), vec![]),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.text.stated_status(), expected_status, "case {text:?}");
            assert_eq!(relations_of(&sources.text), expected_relations, "case {text:?}");
        }
    }

    #[test]
    fn superseded_status_in_a_list_states_the_relation_too() {
        for (metadata_line, expected_relations) in [
            (
                "* Status: superseded by [ADR-0005](adr-0005-y.md)",
                vec![(StatedRelation::SupersededBy, Some(5), Some("adr-0005-y.md"), "ADR-0005")],
            ),
            (
                "- Status: superseded by [Publish to GitHub Pages](adr-0003-pages.md)",
                vec![(StatedRelation::SupersededBy, None, Some("adr-0003-pages.md"), "Publish to GitHub Pages")],
            ),
            ("**Статус:** Заменено ADR-9", vec![(StatedRelation::SupersededBy, Some(9), None, "ADR-9")]),
            ("**Статус:** Заменено, см. ADR-9", vec![(StatedRelation::SupersededBy, Some(9), None, "ADR-9")]),
            ("**Статус:** Заменено", vec![]),
        ] {
            let sources = read_clean(&under_title(metadata_line));
            assert_eq!(sources.text.stated_status(), status_at(Status::Superseded, 3), "case {metadata_line:?}");
            assert_eq!(relations_of(&sources.text), expected_relations, "case {metadata_line:?}");
            assert!(sources.text.relations.iter().all(|stated| stated.line == 3), "case {metadata_line:?}");
        }
    }

    #[test]
    fn statuses_public_repositories_use() {
        for (value, expected) in [
            ("Pending", Status::Proposed),
            ("In review", Status::Proposed),
            ("Under discussion", Status::Proposed),
            ("На обсуждении", Status::Proposed),
            ("On hold", Status::OnHold),
            ("on-hold", Status::OnHold),
            ("Приостановлено", Status::OnHold),
            ("Отложено", Status::OnHold),
            ("Отменено", Status::Deprecated),
            ("Retired", Status::Deprecated),
        ] {
            let sources = read_clean(&under_title(&format!("- Status: {value}")));
            assert_eq!(sources.text.stated_status(), status_at(expected, 3), "case {value:?}");
        }
    }

    #[test]
    fn the_day_a_proposal_was_opened_dates_it() {
        for (value, date) in [
            ("proposed, opened 2026-05-06 by @tom", Date::new(2026, 5, 6)),
            ("На согласовании с 12.05.2026", Date::new(2026, 5, 12)),
            ("Draft, created 3 March 2026", Date::new(2026, 3, 3)),
            ("proposed — revisit after the Q3 2026 load test", None),
        ] {
            let sources = read_clean(&under_title(&format!("Status: {value}")));
            assert_eq!(sources.text.implied_date.map(|implied| implied.value), date, "case {value:?}");
        }
    }

    #[test]
    fn status_values_that_carry_relations() {
        use StatedRelation::{AmendedBy, SupersededBy, Supersedes};
        for (value, status, relations) in [
            ("Superseded by ADR-0057", Status::Superseded, vec![(SupersededBy, Some(57))]),
            ("accepted; supersedes ADR-0045", Status::Accepted, vec![(Supersedes, Some(45))]),
            ("Accepted (supersedes [ADR-3](adr-0003-x.md))", Status::Accepted, vec![(Supersedes, Some(3))]),
            ("Отменено (0005)", Status::Superseded, vec![(SupersededBy, Some(5))]),
            ("Отменено, см. 0005", Status::Superseded, vec![(SupersededBy, Some(5))]),
            ("Отменено, см. ADR-0005", Status::Superseded, vec![(SupersededBy, Some(5))]),
            ("Deprecated in favour of ADR-7", Status::Superseded, vec![(SupersededBy, Some(7))]),
            ("Deprecated in favor of [the new one](adr-0008-x.md)", Status::Superseded, vec![(SupersededBy, None)]),
            ("Partly superseded by ADR-9", Status::Accepted, vec![(AmendedBy, Some(9))]),
            ("Частично заменено ADR-9", Status::Accepted, vec![(AmendedBy, Some(9))]),
            ("~~Принято~~ **Заменено** решением ADR-0006", Status::Superseded, vec![(SupersededBy, Some(6))]),
            ("Deprecated. Use the new API instead.", Status::Deprecated, vec![]),
            ("Accepted. We chose Kafka.", Status::Accepted, vec![]),
            ("Отменено", Status::Deprecated, vec![]),
            (
                "Принято 15.04.2025 архитектурным комитетом. С 20.01.2026 — **заменено**, действующее решение в ADR-0147.",
                Status::Superseded,
                vec![(SupersededBy, Some(147))],
            ),
            ("Accepted 2025-04-15. Since 2026-01-20: deprecated, no successor.", Status::Deprecated, vec![]),
            ("Принято 15.04.2025. С 20.01.2026 действует в двух ЦОД.", Status::Accepted, vec![]),
        ] {
            let sources = read_clean(&under_title(&format!("**Статус:** {value}")));
            assert_eq!(sources.text.stated_status(), status_at(status, 3), "case {value:?}");
            let found: Vec<_> = sources.text.relations.iter().map(|r| (r.relation, r.target.number)).collect();
            assert_eq!(found, relations, "case {value:?}");
        }
    }

    #[test]
    fn a_note_kept_line_by_line_states_its_level_and_window_on_lines() {
        let note = "**Push notifications delayed**\n\n_Created 10 November 2025 at 08:47 · Modified 1 December 2025 at 12:03_\n\nWhat happened: pushes on iOS were delayed.\n\nSev 3\nStarted 8 November 2025 at 06:40, resolved 8 November 2025 at 09:55 (first slots)\nAndroid not affected.\n\n## Why\n\nx\n";
        let meta = read_clean(note).text;
        let stated: Vec<_> = meta.fields.iter().map(|f| (f.key, f.value.as_str(), f.line)).collect();
        assert!(stated.contains(&(Some(FieldKey::Severity), "Sev 3", 7)), "{stated:?}");
        assert!(stated.contains(&(Some(FieldKey::Start), "8 November 2025 at 06:40", 8)), "{stated:?}");
        assert!(stated.contains(&(Some(FieldKey::End), "8 November 2025 at 09:55", 8)), "{stated:?}");
        let noted =
            read_clean("# Incident: webhook backlog\n2026-01-09. Severity: Sev2. Written up by @raj\n## Impact\n").text;
        assert_eq!(
            noted.implied_date.map(|date| date.value),
            Date::new(2026, 1, 9),
            "a day opening the lead: {:?}",
            noted.fields
        );
        let dashed =
            read_clean("# Sizing - Statements v2\n\n#planning\n\n3 March 2026 — sized with the team in refinement.\n")
                .text;
        assert_eq!(dashed.implied_date.map(|date| date.value), Date::new(2026, 3, 3), "a day before a dash");
        let by = read_clean("# Estimate — SSO\n@priya, 2026-02-11. For the roadmap line, see x\n").text;
        assert_eq!(by.implied_date.map(|date| date.value), Date::new(2026, 2, 11), "a day after its author");
        let russian = read_clean("# Разбор\n\nНачалось в 23:40, восстановлено в 00:25.\n").text;
        let window: Vec<_> = russian.fields.iter().map(|f| (f.key, f.value.as_str())).collect();
        assert_eq!(window, vec![(Some(FieldKey::Start), "в 23:40"), (Some(FieldKey::End), "в 00:25")]);
    }

    #[test]
    fn a_decision_status_beside_a_task_status_is_the_records() {
        // A tracker's task that holds an ADR: the task is done, the decision superseded.
        let bold = "# АР-1 Шина\n\n**Статус:** Завершена\n**Срок:** 18.02.2025\n\n\
                    | Поле | Значение |\n|---|---|\n| Статус решения | Заменено |\n| Дата решения | 18.02.2025 |\n";
        let table = "# АР-4 Шлюз\n\n| Поле | Значение |\n|---|---|\n| Статус | В работе |\n\
                     | Статус решения | На согласовании |\n";
        let first = "# X\n\n- Decision status: Accepted\n- Status: Done\n";
        for (text, status, line) in
            [(bold, Status::Superseded, 8), (table, Status::Proposed, 6), (first, Status::Accepted, 3)]
        {
            let (sources, diagnostics) = read_with_diagnostics(text);
            assert_eq!(sources.text.stated_status(), status_at(status, line), "case {text:?}");
            assert!(diagnostics.is_empty(), "case {text:?}: {diagnostics:?}");
        }
        // A decision status left blank leaves the task's word, as written.
        let (sources, _) = read_with_diagnostics("# X\n\n**Статус:** Принято\n**Статус решения:** —\n");
        assert_eq!(sources.text.stated_status(), status_at(Status::Accepted, 3));
    }

    #[test]
    fn statuses_written_as_prose_are_kept_without_a_warning() {
        for (text, written, line) in [
            ("# X\n\n## Status\n\nRefinement completed. TP in 3.4\n", "Refinement completed. TP in 3.4", 5),
            ("# X\n\n- Status: waiting for the board to meet in May\n", "waiting for the board to meet in May", 3),
            ("# X\n\n**Статус:** Ждём решения; вернёмся в мае\n", "Ждём решения", 3),
        ] {
            let (sources, diagnostics) = read_with_diagnostics(text);
            assert_eq!(sources.text.stated_status(), unknown_status_at(written, line), "case {text:?}");
            assert!(diagnostics.is_empty(), "case {text:?}: {diagnostics:?}");
        }
        for (value, status) in [("Review", Status::Proposed), ("TBD", Status::Draft), ("In Review", Status::Proposed)] {
            let sources = read_clean(&under_title(&format!("- Status: {value}")));
            assert_eq!(sources.text.stated_status().map(|(status, _)| status), Some(status), "{value}");
        }
    }

    #[test]
    fn unknown_status_is_kept_as_written_with_a_warning_on_its_line() {
        for (text, expected_front, expected_text, expected_line) in [
            ("# X\n\n**Статус:** Непонятно\n", None, unknown_status_at("Непонятно", 3), 3),
            ("# X\n\n- Status: `Parked`.\n", None, unknown_status_at("Parked", 3), 3),
            ("# X\n\n- Status: **Experimental**\n", None, unknown_status_at("Experimental", 3), 3),
            ("# X\n\n**Статус:** Принятое решение\n", None, unknown_status_at("Принятое решение", 3), 3),
            ("# X\n\n## Status\n\nSunset\n", None, unknown_status_at("Sunset", 5), 5),
            ("---\nstatus: piloting\n---\n# X\n", unknown_status_at("piloting", 2), None, 2),
            ("+++\ntitle = \"X\"\nstatus = \"Пилот\"\n+++\n", unknown_status_at("Пилот", 3), None, 3),
        ] {
            let (sources, diagnostics) = read_with_diagnostics(text);
            assert_eq!(sources.front.stated_status(), expected_front, "case {text:?}");
            assert_eq!(sources.text.stated_status(), expected_text, "case {text:?}");
            assert_eq!(warnings_of(&diagnostics), vec![("W0202", expected_line)], "case {text:?}");
        }
    }

    #[test]
    fn a_record_s_own_status_section_far_down_is_read() {
        // MADR with `## Status` after its options: the record's status when the top has none
        // (a sub-section far down, `### Статус` of an option, is not).
        let late = read_clean("# X\n\n## A\n\n## B\n\n## C\n\n## Статус\n\nПринято\n");
        assert_eq!(late.text.stated_status(), status_at(Status::Accepted, 11));
    }

    #[test]
    fn status_in_code_after_prose_or_far_down_is_not_metadata() {
        for text in [
            "# X\n\n```\nStatus: rejected\n```\n",
            "# X\n\n## Status\n\n```text\nAccepted\n```\n",
            "# X\n\n## Статус\n\n~~~~\nПринято\n~~~~\n",
            "# X\n\n## Контекст\n\n```yaml\nStatus: rejected\n```\n\n## Решение\n\nТекст.\n\n## Варианты\n\n## Вариант Б\n\n### Статус\n\nОтклонено\n",
            "# X\n\nВступление.\n\n- Статус: отклонено\n",
            "# X\n\nКоманда: Платформа\n- Статус: Принято\n",
            "# X\n\n## Контекст\n\nStatus: accepted\n",
            "# X\n\n## Контекст\n\n- **Статус:** Принято\n",
            "# X\n\n## A\n\n## B\n\n## C\n\n## D\n\n### Статус\n\nПринято\n",
            "# X\n\n## Links\n\nAccepted\n",
            "# X\n\n**Статус:**\n",
            "# X\n\n## Статус\n\n",
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.text.stated_status(), None, "case {text:?}");
        }
    }

    #[test]
    fn date_from_front_matter_in_every_form() {
        for text in [
            "---\ndate: 2026-02-10\n---\n",
            "---\ndate: 10.02.2026\n---\n",
            "---\ndate: 10/02/2026\n---\n",
            "---\ndate: 10 февраля 2026\n---\n",
            "---\ndate: February 10, 2026\n---\n",
            "---\nдата решения: \"10 февраля 2026 г.\"\n---\n",
            "---\ndate: 2026-02-10T12:00:00Z\n---\n",
            "+++\ndate = 2026-02-10\n+++\n",
            "+++\ndate = \"10.02.2026\"\n+++\n",
            "+++\n\"дата\" = \"10 февраля 2026\"\n+++\n",
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.front.date_value(), feb_10(), "case {text:?}");
            assert_eq!(sources.text.date_value(), None, "case {text:?}");
        }
    }

    #[test]
    fn date_from_the_list_under_the_title_in_every_form() {
        for metadata_line in [
            "**Дата:** 2026-02-10",
            "**Дата:** 10.02.2026",
            "- Date: 10/02/2026",
            "* Date: 2026-02-10",
            "Date: 2026-02-10",
            "**Date**: February 10, 2026",
            "- **Дата принятия:** 10 февраля 2026 г.",
            "- Дата решения: 10 Feb 2026",
            "**Дата:** 10.02.2026\\",
        ] {
            let sources = read_clean(&under_title(metadata_line));
            assert_eq!(sources.text.date_value(), feb_10(), "case {metadata_line:?}");
        }
    }

    #[test]
    fn date_from_a_date_or_status_section() {
        for (text, expected) in [
            ("# X\n\n## Дата\n\n10 февраля 2026\n", feb_10()),
            ("# X\n\n## Date\n\nFebruary 10, 2026\n", feb_10()),
            ("# X\n\n## Дата решения\n\n- 10.02.2026\n", feb_10()),
            ("# X\n\n## Status\n\nAccepted on 2026-02-10\n", feb_10()),
            ("# X\n\n## Статус\n\nПринято 10/02/2026\n", feb_10()),
            ("# X\n\n- Date: 2026-02-10\n- Дата: 2026-03-01\n", feb_10()),
            ("# X\n\n- Date: 2026-02-10\n\n## Дата\n\n2026-03-01\n", feb_10()),
            ("# X\n\n## Дата\n\n2026-02-10\n\n2026-03-01\n", feb_10()),
            ("# X\n\n## Дата\n\n```\n2026-02-10\n```\n", None),
            ("# X\n\n## A\n\n## B\n\n## C\n\n## Дата\n\n2026-02-10\n", None),
            ("# X\n\n## Контекст\n\nС 10.02.2026 всё иначе.\n", None),
            ("# X\n\n## Дата\n\nскоро\n", None),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.text.date_value(), expected, "case {text:?}");
        }
    }

    #[test]
    fn unreadable_date_warns_on_its_line() {
        for (text, expected_line) in [
            ("---\ndate: скоро\n---\n", 2),
            ("+++\ntitle = \"X\"\ndate = \"Q3\"\n+++\n", 3),
            ("# X\n\n**Дата:** скоро\n", 3),
            ("# X\n\n- Date: 31.02.2026\n", 3),
            ("# X\n\n- Status: accepted\n- Date: YYYY-MM-DD\n", 4),
        ] {
            let (sources, diagnostics) = read_with_diagnostics(text);
            assert_eq!((sources.front.date_value(), sources.text.date_value()), (None, None), "case {text:?}");
            assert_eq!(warnings_of(&diagnostics), vec![("W0204", expected_line)], "case {text:?}");
        }
    }

    #[test]
    fn relations_in_list_and_bold_forms() {
        for (metadata_line, expected) in [
            ("- Заменяет: ADR-002", vec![(StatedRelation::Supersedes, Some(2), None, "ADR-2")]),
            (
                "**Supersedes:** [2. An idea](0002-an-idea.md)",
                vec![(StatedRelation::Supersedes, Some(2), Some("0002-an-idea.md"), "2. An idea")],
            ),
            ("* Supercedes: ADR 0002", vec![(StatedRelation::Supersedes, Some(2), None, "ADR-2")]),
            ("Supersedes: ADR-2", vec![(StatedRelation::Supersedes, Some(2), None, "ADR-2")]),
            ("- **Зависит от:** ADR 0001", vec![(StatedRelation::DependsOn, Some(1), None, "ADR-1")]),
            (
                "**Depends on**: adr-005, ADR-7",
                vec![
                    (StatedRelation::DependsOn, Some(5), None, "ADR-5"),
                    (StatedRelation::DependsOn, Some(7), None, "ADR-7"),
                ],
            ),
            ("- Связано с: 4", vec![(StatedRelation::RelatesTo, Some(4), None, "4")]),
            ("- See also: Выбор брокера", vec![(StatedRelation::RelatesTo, None, None, "Выбор брокера")]),
            (
                "- Связанные решения: Окно релизов; `Выбор брокера`",
                vec![
                    (StatedRelation::RelatesTo, None, None, "Окно релизов"),
                    (StatedRelation::RelatesTo, None, None, "Выбор брокера"),
                ],
            ),
            (
                "- Related ADRs: ADR-1, ADR-2",
                vec![
                    (StatedRelation::RelatesTo, Some(1), None, "ADR-1"),
                    (StatedRelation::RelatesTo, Some(2), None, "ADR-2"),
                ],
            ),
            (
                "- Дополняет: [ADR-0003](adr-0003-x.md)",
                vec![(StatedRelation::Amends, Some(3), Some("adr-0003-x.md"), "ADR-0003")],
            ),
            ("- Уточняет: #6", vec![(StatedRelation::Clarifies, Some(6), None, "#6")]),
            ("**Уточнено:** ADR-8", vec![(StatedRelation::ClarifiedBy, Some(8), None, "ADR-8")]),
            ("- Superseded by: 0009", vec![(StatedRelation::SupersededBy, Some(9), None, "0009")]),
            (
                "**Заменяет:** [3. Use X](0003-use-x.md), ADR-0004",
                vec![
                    (StatedRelation::Supersedes, Some(3), Some("0003-use-x.md"), "3. Use X"),
                    (StatedRelation::Supersedes, Some(4), None, "ADR-4"),
                ],
            ),
        ] {
            let sources = read_clean(&under_title(metadata_line));
            assert_eq!(relations_of(&sources.text), expected, "case {metadata_line:?}");
            assert!(sources.text.relations.iter().all(|stated| stated.line == 3), "case {metadata_line:?}");
            assert_eq!(fields_of(&sources.text), vec![], "case {metadata_line:?}: relations are not display fields");
        }
    }

    #[test]
    fn relations_in_front_matter() {
        for (text, expected) in [
            ("---\nsupersedes: ADR-0002\n---\n", vec![(StatedRelation::Supersedes, Some(2), None, "ADR-2")]),
            (
                "---\ndepends-on: [ADR-0001, 3]\n---\n",
                vec![
                    (StatedRelation::DependsOn, Some(1), None, "ADR-1"),
                    (StatedRelation::DependsOn, Some(3), None, "3"),
                ],
            ),
            (
                "---\nзаменяет:\n  - adr-005\n  - Выбор брокера\n---\n",
                vec![
                    (StatedRelation::Supersedes, Some(5), None, "ADR-5"),
                    (StatedRelation::Supersedes, None, None, "Выбор брокера"),
                ],
            ),
            (
                "---\nsuperseded-by: \"[3. Use X](0003-use-x.md)\"\n---\n",
                vec![(StatedRelation::SupersededBy, Some(3), Some("0003-use-x.md"), "3. Use X")],
            ),
            ("---\nclarifies: 7\n---\n", vec![(StatedRelation::Clarifies, Some(7), None, "7")]),
            ("---\nсвязано с: ADR 0006\n---\n", vec![(StatedRelation::RelatesTo, Some(6), None, "ADR-6")]),
            (
                "+++\nrelated = [\"ADR-4\", \"ADR 0006\"]\n+++\n",
                vec![
                    (StatedRelation::RelatesTo, Some(4), None, "ADR-4"),
                    (StatedRelation::RelatesTo, Some(6), None, "ADR-6"),
                ],
            ),
        ] {
            let sources = read_clean(text);
            assert_eq!(relations_of(&sources.front), expected, "case {text:?}");
            assert!(sources.front.relations.iter().all(|stated| stated.line == 2), "case {text:?}");
            assert_eq!(sources.text.relations, vec![], "case {text:?}");
        }
    }

    #[test]
    fn relations_in_sections() {
        for (text, expected) in [
            (
                "# X\n\n## Связанные решения\n\n- Зависит от [ADR-0001](adr-0001-x.md)\n- Связано с: ADR-3\n",
                vec![
                    (StatedRelation::DependsOn, Some(1), Some("adr-0001-x.md"), "ADR-0001", 5),
                    (StatedRelation::RelatesTo, Some(3), None, "ADR-3", 6),
                ],
            ),
            (
                "# X\n\n## Related decisions\n\n* Amended by [ADR-12](adr-0012.md)\n",
                vec![(StatedRelation::AmendedBy, Some(12), Some("adr-0012.md"), "ADR-12", 5)],
            ),
            (
                "# X\n\n## A\n\n## B\n\n## C\n\n## D\n\n## Links\n\n- Supersedes [ADR-1](adr-0001.md)\n",
                vec![(StatedRelation::Supersedes, Some(1), Some("adr-0001.md"), "ADR-1", 13)],
            ),
            (
                "# X\n\n## A\n\n## B\n\n## C\n\n## D\n\n## Ссылки\n\n- **Заменяет:** ADR-1\n",
                vec![(StatedRelation::Supersedes, Some(1), None, "ADR-1", 13)],
            ),
            ("# X\n\n## A\n\n## B\n\n## C\n\n## Связанные решения\n\n- Заменяет ADR-1\n", vec![]),
            ("# X\n\n## Связанные решения\n\n```\nЗаменяет ADR-1\n```\n", vec![]),
            ("# X\n\n## Контекст\n\nЗаменяет ADR-1\n", vec![]),
            ("# X\n\n## Связанные решения\n\n- Ревьюер: Иванов\n", vec![]),
        ] {
            let sources = read_clean(text);
            let relations: Vec<_> = relations_of(&sources.text)
                .into_iter()
                .zip(&sources.text.relations)
                .map(|((relation, number, link, target), stated)| (relation, number, link, target, stated.line))
                .collect();
            assert_eq!(relations, expected, "case {text:?}");
            assert_eq!(sources.text.fields, vec![], "case {text:?}: a section line is not a display field");
        }
    }

    #[test]
    fn no_target_words_state_no_relation() {
        for metadata_line in [
            "- Заменяет: нет",
            "**Зависит от:** Нет",
            "**Supersedes:** —",
            "- Связано с: –",
            "- Заменяет: -",
            "- Depends on: n/a",
            "- Уточняет: N/A",
            "- Related: None",
            "- Дополняет: отсутствует",
            "- Supersedes: **нет**",
        ] {
            let sources = read_clean(&under_title(metadata_line));
            assert_eq!(sources.text.relations, vec![], "case {metadata_line:?}");
            assert_eq!(sources.text.header(), Some((1, 3)), "case {metadata_line:?}: still a metadata line");
        }
        for text in ["---\nsupersedes: нет\n---\n", "---\nsupersedes: [—, n/a]\n---\n", "---\nsupersedes:\n---\n"]
        {
            let sources = read_clean(text);
            assert_eq!(sources.front.relations, vec![], "case {text:?}");
        }
    }

    #[test]
    fn a_relation_stated_twice_on_one_line_is_recorded_once() {
        for text in [
            "# X\n\n- Заменяет: ADR-2, adr-002, ADR 0002\n",
            "# X\n\n**Depends on:** [ADR-1](a.md), [ADR-1](a.md)\n",
            "# X\n\n## Status\n\nSuperseded by [3. Use X](0003-use-x.md)\n",
            "---\ndepends-on: [ADR-1, ADR-0001]\n---\n",
        ] {
            let sources = read_clean(text);
            let recorded: Vec<_> = sources.front.relations.iter().chain(&sources.text.relations).collect();
            assert_eq!(recorded.len(), 1, "case {text:?}: {recorded:?}");
        }
    }

    #[test]
    fn a_relation_to_one_number_stated_twice_is_kept_once_at_its_first_line() {
        for text in [
            "# X\n\n- Заменяет: ADR-2\n- Supersedes: adr-002\n",
            "---\nsupersedes: [ADR-2, 2]\n---\n# X\n\n- Supersedes: 0002\n",
        ] {
            let sources = read_clean(text);
            let mut lines: Vec<_> = sources
                .front
                .relations
                .iter()
                .chain(&sources.text.relations)
                .map(|s| (s.relation, s.target.number))
                .collect();
            lines.dedup();
            assert_eq!(lines, vec![(StatedRelation::Supersedes, Some(2))], "case {text:?}");
        }
        let sources = read_clean("# X\n\n- Заменяет: ADR-2\n- Supersedes: adr-002\n");
        assert_eq!(sources.text.relations[0].line, 3);
    }

    #[test]
    fn forms_found_by_reading_real_repositories() {
        // An empty list item does not end the list.
        let sources = read_clean("# X\n\n- Владелец:\n- Статус: Принято\n");
        assert_eq!(
            (sources.text.stated_status(), sources.text.header()),
            (status_at(Status::Accepted, 4), Some((1, 4)))
        );
        // A later H1 (an appendix) does not hide the status section above it.
        let sources = read_clean("## Статус\n\nПринято\n\n# Приложение\n");
        assert_eq!(sources.text.stated_status(), status_at(Status::Accepted, 3));
        // An empty date is no date, and no warning.
        let (sources, diagnostics) = read_with_diagnostics("# X\n\n**Дата:**\n");
        assert!(sources.text.date_value().is_none() && diagnostics.is_empty(), "{diagnostics:?}");
        // Front matter tags as one string, and empty ones.
        let sources = read_clean("---\ntags: hosting, docs\n---\n");
        assert_eq!(sources.front.tags, vec!["hosting", "docs"]);
        let sources = read_clean("---\ntags: [a, \"\", b]\n---\n");
        assert_eq!(sources.front.tags, vec!["a", "b"]);
        // The status in the heading, underscore emphasis, a quoted status.
        for (text, line) in [
            ("# X\n\n## Status: Accepted\n\n## Context\n", 3),
            ("# X\n\n__Статус:__ Принято\n", 3),
            ("# X\n\n## Status\n\n> Accepted\n", 5),
        ] {
            assert_eq!(read_clean(text).text.stated_status(), status_at(Status::Accepted, line), "case {text:?}");
        }
    }

    #[test]
    fn a_setext_decision_record_reads_like_its_atx_twin() {
        let setext = read_clean("Use Kafka for events\n====================\n\nStatus\n------\n\nAccepted\n\nContext\n-------\n\nWhy.\n\nDecision\n--------\n\nKafka.\n");
        let atx = read_clean(
            "# Use Kafka for events\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nKafka.\n",
        );
        assert_eq!(setext.text.title_value(), atx.text.title_value());
        assert_eq!(
            setext.text.stated_status().as_ref().map(|(s, _)| s),
            atx.text.stated_status().as_ref().map(|(s, _)| s)
        );
        assert_eq!(setext.text.adr_sections, atx.text.adr_sections);
        assert_eq!(setext.text.stated_status(), status_at(Status::Accepted, 7));
    }

    #[test]
    fn a_setext_title_and_the_list_under_it() {
        let sources = read_clean("Engineering Handbook\n====================\n\n- Status: accepted\n\n[[_TOC_]]\n");
        assert_eq!(sources.text.title_value(), Some("Engineering Handbook"));
        assert_eq!(sources.text.stated_status(), status_at(Status::Accepted, 4));
        assert_eq!(sources.text.header(), Some((1, 4)));
        let plain = read_clean("Intro text\n\nMore = less\n");
        assert_eq!(plain.text.title_value(), None, "no underline, no title");
    }

    #[test]
    fn title_from_the_h1_and_from_front_matter() {
        for (text, expected_front, expected_text) in [
            ("# Выбор брокера\n", None, Some("Выбор брокера")),
            ("# Use X #\n", None, Some("Use X")),
            ("# C#\n", None, Some("C#")),
            ("   # Indented\n", None, Some("Indented")),
            ("    # code\n", None, None),
            ("#Hashtag\n", None, None),
            ("## Only H2\n", None, None),
            ("```\n# comment\n```\n# Real\n", None, Some("Real")),
            ("Intro.\n\n# Later\n", None, Some("Later")),
            ("# First\n\n# Second\n", None, Some("First")),
            ("---\ntitle: Окно релизов\n---\n# Другое\n", Some("Окно релизов"), Some("Другое")),
            ("---\n# a YAML comment\nstatus: accepted\n---\n# Title\n", None, Some("Title")),
            ("+++\ntitle = \"План\"\n+++\n", Some("План"), None),
            ("---\nзаголовок: Название\n---\n", Some("Название"), None),
            ("# X\n\n**Название:** Полное название\n", None, Some("Полное название")),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.front.title_value(), expected_front, "case {text:?}");
            assert_eq!(sources.text.title_value(), expected_text, "case {text:?}");
            assert_eq!(sources.text.fields, vec![], "case {text:?}: a title is not a display field");
        }
    }

    #[test]
    fn kind_override_comes_from_front_matter_only() {
        for (text, expected) in [
            ("---\nkind: adr\n---\n", Some(Kind::Adr)),
            ("---\ntype: runbook\n---\n", Some(Kind::Runbook)),
            ("---\nkind: Tech_Spec\n---\n", Some(Kind::TechSpec)),
            ("+++\nkind = \"post-mortem\"\n+++\n", Some(Kind::Postmortem)),
            // A workspace's object type in words (Capacities, Tana).
            ("---\ntype: Decision\n---\n", Some(Kind::Adr)),
            ("---\ntype: Инцидент\n---\n", Some(Kind::Postmortem)),
            ("# X\n\n- Kind: adr\n", None),
            ("# X\n\n**Type:** runbook\n", None),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.front.kind, expected, "case {text:?}");
            assert_eq!(sources.text.kind, None, "case {text:?}");
            assert_eq!(sources.text.fields, vec![], "case {text:?}: a kind is not a display field");
        }
    }

    #[test]
    fn unknown_kind_warns_on_its_line() {
        for (text, expected_line) in [
            ("---\nkind: meeting\n---\n", 2),
            ("---\ntitle: X\nkind: memo\n---\n", 3),
            ("+++\ntype = \"note\"\n+++\n", 2),
        ] {
            let (sources, diagnostics) = read_with_diagnostics(text);
            assert_eq!(sources.front.kind, None, "case {text:?}");
            assert_eq!(warnings_of(&diagnostics), vec![("W0205", expected_line)], "case {text:?}");
        }
    }

    #[test]
    fn tags_from_front_matter_lists_and_a_tags_line() {
        for (text, expected_front, expected_text) in [
            ("---\ntags: [kafka, брокер]\n---\n", vec!["kafka", "брокер"], vec![]),
            ("---\nметки:\n  - infra\n  - k8s\n---\n", vec!["infra", "k8s"], vec![]),
            ("---\ntags: kafka\n---\n", vec!["kafka"], vec![]),
            ("---\ntags: []\n---\n", vec![], vec![]),
            ("+++\ntags = [\"a\", \"b\"]\n+++\n", vec!["a", "b"], vec![]),
            ("# X\n\n- Tags: hosting, docs\n", vec![], vec!["hosting", "docs"]),
            ("# X\n\n**Теги:** a,, b ,\n", vec![], vec!["a", "b"]),
            ("# X\n\nTags: one\n", vec![], vec!["one"]),
            ("# X\n\n- Метки:  \n", vec![], vec![]),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.front.tags, expected_front, "case {text:?}");
            assert_eq!(sources.text.tags, expected_text, "case {text:?}");
            assert_eq!(sources.text.fields, vec![], "case {text:?}: tags are not a display field");
        }
    }

    #[test]
    fn display_fields_under_the_title_keep_their_labels() {
        for (metadata_line, expected) in [
            ("- **Владелец:** команда платформы", vec![(Some(FieldKey::Owner), "Владелец", "команда платформы", 3)]),
            ("* Deciders: Anna, Dmitry", vec![(Some(FieldKey::Deciders), "Deciders", "Anna, Dmitry", 3)]),
            ("**Участники:** А. Смирнова", vec![(Some(FieldKey::Deciders), "Участники", "А. Смирнова", 3)]),
            ("Владелец: Иванов", vec![(Some(FieldKey::Owner), "Владелец", "Иванов", 3)]),
            ("**Бюджет**: 100 000 ₽", vec![(Some(FieldKey::Cost), "Бюджет", "100 000 ₽", 3)]),
            (
                "- **Последний пересмотр:** 2026-01-01",
                vec![(Some(FieldKey::LastReviewed), "Последний пересмотр", "2026-01-01", 3)],
            ),
            ("- **Серьёзность:** SEV-2", vec![(Some(FieldKey::Severity), "Серьёзность", "SEV-2", 3)]),
            ("- Дата: 2026-02-10", vec![(Some(FieldKey::Date), "Дата", "2026-02-10", 3)]),
            ("- Ревьюер: Иванов", vec![(None, "Ревьюер", "Иванов", 3)]),
            ("**Команда платформы**: Core", vec![(None, "Команда платформы", "Core", 3)]),
            (
                "- Тикет: [JIRA-1](https://jira.example/JIRA-1)",
                vec![(None, "Тикет", "[JIRA-1](https://jira.example/JIRA-1)", 3)],
            ),
            ("- Один два три четыре: значение", vec![(None, "Один два три четыре", "значение", 3)]),
            ("- Статус: Принято", vec![]),
        ] {
            let sources = read_clean(&under_title(metadata_line));
            assert_eq!(fields_of(&sources.text), expected, "case {metadata_line:?}");
        }
    }

    #[test]
    fn display_fields_from_front_matter() {
        let text = "---\ndeciders: [Анна, Дмитрий]\nreviewer: Олег\ndraft: true\ndate: 2026-02-10\ntitle: X\nstatus: accepted\n---\n";
        let sources = read_clean(text);
        assert_eq!(
            fields_of(&sources.front),
            vec![
                (Some(FieldKey::Deciders), "deciders", "Анна, Дмитрий", 2),
                (None, "reviewer", "Олег", 3),
                (None, "draft", "true", 4),
                (Some(FieldKey::Date), "date", "2026-02-10", 5),
            ]
        );
    }

    #[test]
    fn plain_unknown_and_long_keys_are_not_metadata() {
        let long_key = "К".repeat(61);
        let long_key_line = format!("- {long_key}: значение");
        for metadata_line in [
            "Команда: Платформа",
            "Note: prose that happens to have a colon",
            "- Это очень длинный ключ из слов: значение",
            "**Это очень длинный ключ из слов:** значение",
            long_key_line.as_str(),
            "- Шаг (подготовка): проверить",
            "- См. [документ](x.md): детали",
            "- `code`: значение",
            "- Просто пункт списка",
        ] {
            let sources = read_clean(&under_title(metadata_line));
            assert_eq!(sources.text.fields, vec![], "case {metadata_line:?}");
            assert_eq!(sources.text.header(), Some((1, 1)), "case {metadata_line:?}: only the H1 is the header");
        }
    }

    #[test]
    fn header_lines_span_the_h1_and_the_list_under_it() {
        for (text, expected) in [
            ("# X\n", Some((1, 1))),
            ("# X\n\nТекст.\n", Some((1, 1))),
            ("# X\n\n**Статус:** Принято\n**Дата:** 2026-02-10\n\n## Контекст\n", Some((1, 4))),
            ("# X\n**Статус:** Принято\\\n**Дата:** 10.02.2026\nТекст.\n", Some((1, 3))),
            ("# X\n\n- Status: accepted\n\n- Date: 2026-02-10\n\n\n- Owner: A\n\n## Context\n", Some((1, 8))),
            ("---\nstatus: accepted\n---\n# X\n\n- Owner: A\n", Some((4, 6))),
            ("---\nstatus: accepted\n---\n\n# X\n", Some((5, 5))),
            ("**Статус:** Принято\n**Дата:** 2026-02-10\n\nТекст.\n", Some((1, 2))),
            ("\n\n- Status: accepted\n", Some((3, 3))),
            ("Просто текст.\n", None),
            ("", None),
            ("---\nstatus: accepted\n---\n", None),
        ] {
            let sources = read_clean(text);
            assert_eq!(sources.text.header(), expected, "case {text:?}");
            assert_eq!(sources.front.header(), None, "case {text:?}");
        }
    }

    #[test]
    fn blank_lines_between_list_items_keep_the_list_going() {
        let text = "# X\n\n- Status: accepted\n\n- Date: 2026-02-10\n\n\n- Owner: A\n\nТекст.\n\n- Ревьюер: Б\n";
        let sources = read_clean(text);
        assert_eq!(sources.text.stated_status(), status_at(Status::Accepted, 3));
        assert_eq!(sources.text.date_value(), feb_10());
        assert_eq!(
            fields_of(&sources.text),
            vec![(Some(FieldKey::Date), "Date", "2026-02-10", 5), (Some(FieldKey::Owner), "Owner", "A", 8)]
        );
        assert_eq!(sources.text.header(), Some((1, 8)));
    }

    #[test]
    fn normalised_crlf_text_reads_like_lf_text() {
        for crlf_text in [
            "# Заголовок\r\n\r\n**Статус:** Принято\r\n**Дата:** 10.02.2026\r\n\r\n## Контекст\r\n",
            "# Заголовок\r\r**Статус:** Принято\r**Дата:** 10.02.2026\r\r## Контекст\r",
            "\u{feff}# Заголовок\r\n\r\n- Status: accepted\r\n- Date: 2026-02-10\r\n",
            "---\r\nstatus: accepted\r\ndate: 2026-02-10\r\n---\r\n# Заголовок\r\n\r\n- Owner: A\r\n",
            "# Заголовок\r\n\r\n## Статус\r\n\r\nЗаменено [ADR-5](adr-5.md)\r\n\r\n## Дата\r\n\r\n10 февраля 2026\r\n",
        ] {
            let normalised = crate::text::normalize(crlf_text);
            let lf_text = crlf_text.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n");
            let sources = read_clean(&normalised);
            assert_eq!(sources, read_clean(&lf_text), "case {crlf_text:?}");
            assert_eq!(sources.text.title_value(), Some("Заголовок"), "case {crlf_text:?}");
            let status = sources
                .front
                .stated_status()
                .clone()
                .or(sources.text.stated_status().clone())
                .map(|(status, _)| status);
            assert!(status.is_some(), "case {crlf_text:?}");
            assert_eq!(sources.front.date_value().or(sources.text.date_value()), feb_10(), "case {crlf_text:?}");
            let values_with_cr =
                sources.text.fields.iter().chain(&sources.front.fields).filter(|f| f.value.contains('\r'));
            assert_eq!(values_with_cr.count(), 0, "case {crlf_text:?}");
        }
    }

    #[test]
    fn parse_targets_reads_every_target_form() {
        for (text, expected) in [
            ("[3. Use X](0003-use-x.md)", vec![(Some("0003-use-x.md"), Some(3), "3. Use X")]),
            ("[ADR-0005](adr-0005-y.md)", vec![(Some("adr-0005-y.md"), Some(5), "ADR-0005")]),
            (" [ 7: Kafka ]( adr-7.md )", vec![(Some("adr-7.md"), Some(7), "7: Kafka")]),
            (
                "[Publish to GitHub Pages](adr-0003-pages.md)",
                vec![(Some("adr-0003-pages.md"), None, "Publish to GitHub Pages")],
            ),
            ("[X](0003-x.md \"Заголовок\")", vec![(Some("0003-x.md"), None, "X")]),
            ("[see](adr-0005.md)", vec![(Some("adr-0005.md"), None, "see")]),
            ("ADR-5", vec![(None, Some(5), "ADR-5")]),
            ("ADR 0005", vec![(None, Some(5), "ADR-5")]),
            ("adr-005", vec![(None, Some(5), "ADR-5")]),
            ("ADR#5", vec![(None, Some(5), "ADR-5")]),
            ("ADR-1, ADR-2", vec![(None, Some(1), "ADR-1"), (None, Some(2), "ADR-2")]),
            ("ADR-7 и [3. X](0003-x.md)", vec![(Some("0003-x.md"), Some(3), "3. X"), (None, Some(7), "ADR-7")]),
            ("[ADR-5](a.md) и Выбор брокера", vec![(Some("a.md"), Some(5), "ADR-5")]),
            ("ADR-1, нет", vec![(None, Some(1), "ADR-1")]),
            ("5", vec![(None, Some(5), "5")]),
            ("#5", vec![(None, Some(5), "#5")]),
            ("0005", vec![(None, Some(5), "0005")]),
            ("3, 4", vec![(None, Some(3), "3"), (None, Some(4), "4")]),
            ("Выбор брокера", vec![(None, None, "Выбор брокера")]),
            ("**Выбор брокера**", vec![(None, None, "Выбор брокера")]),
            ("`Выбор брокера`.", vec![(None, None, "Выбор брокера")]),
            ("Окно релизов; Выбор брокера", vec![(None, None, "Окно релизов"), (None, None, "Выбор брокера")]),
            ("KADR-1", vec![(None, None, "KADR-1")]),
            ("ADR-5x", vec![(None, None, "ADR-5x")]),
            ("Выбор, нет, 2", vec![(None, None, "Выбор"), (None, Some(2), "2")]),
            (
                "DEC-3 Один брокер (DEC-3%20%D0%9E%D0%B4%D0%B8%D0%BD%201a2b.md), Окно релизов",
                vec![
                    (Some("DEC-3%20%D0%9E%D0%B4%D0%B8%D0%BD%201a2b.md"), None, "DEC-3 Один брокер"),
                    (None, None, "Окно релизов"),
                ],
            ),
        ] {
            let targets = parse_targets(text);
            let parts: Vec<_> =
                targets.iter().map(|target| (target.link.as_deref(), target.number, target.text.as_str())).collect();
            assert_eq!(parts, expected, "case {text:?}");
        }
    }

    #[test]
    fn parse_targets_finds_nothing_in_no_target_words() {
        for text in
            ["", "  ", "-", "—", "–", "нет", "Нет", "none", "None", "n/a", "N/A", "отсутствует", "**нет**", "нет, —"]
        {
            assert_eq!(parse_targets(text), vec![], "case {text:?}");
        }
    }
}
