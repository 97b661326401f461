//! Text in, [`Document`] out: the pure parsing step of the pipeline, and the one place
//! where each field's final value is decided — front matter, then the text, then the file
//! name — and where it came from is recorded.

use super::actions::{self, ActionItem};
use super::adr_id::{self, AdrNumber};
use super::date::{Date, Quarter};
use super::estimate::{self, Estimate};
use super::frontmatter;
use super::kind::{classify, kind_of_title, period_plan, works_plan, Kind, NameInfo};
use super::located::{LineSpan, Located, Origin};
use super::measures;
use super::meta::{self, Field, Metadata, RelationStatement, Sources};
use super::outline::{self, Outline, Role};
use super::roadmap::{self, RoadmapItem};
use super::shape;
use super::thread::ThreadDecision;
use super::verdict::{self, Verdict};
use super::vocab::FieldKey;
use super::vocab::{fold, StatedRelation, Status, Vocabulary};
use crate::diagnostic::Diagnostic;

/// One deliverable as understood from its path and text: decided values only, each
/// with where it came from. What the file name and each metadata source said before the
/// decision stays inside parsing.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Document {
    /// Source path relative to the source directory (`adr/adr-0001-x.md`); the stable id.
    pub id: String,
    /// What the document is.
    pub kind: Located<Kind>,
    /// ADR number, from the name or the title.
    pub number: Option<Located<AdrNumber>>,
    /// The ADR's series (`Operator` for `ODH-ADR-Operator-0007-…`), from the file name;
    /// numbers are unique within a series.
    pub series: Option<String>,
    /// The component whose decisions folder numbers its own series (`automl` for
    /// `automl/ODH-ADR-0001-…` beside `autorag/ODH-ADR-0001-…`): set by the site, which sees
    /// every folder; numbers are unique within a component.
    #[serde(default)]
    pub component: Option<String>,
    /// The date a date-named ADR's file name starts with, as written (`20200925`,
    /// `2020-09-25`): such a record is labelled by it instead of a number.
    pub date_label: Option<String>,
    /// The roadmap quarter the file name states (`tech-roadmap-2026-q3.md`).
    pub quarter: Option<Quarter>,
    /// A template (by its name, or a placeholder status such as `{proposed | accepted}`):
    /// a plain page, never in the ADR log, its placeholders not reported.
    pub template: bool,
    /// Title: front matter, else the first H1, else the file name.
    pub title: Located<String>,
    /// Date of the decision or document: front matter, else the text, else the file name
    /// (else, set by the site, the file's first commit).
    pub date: Option<Located<Date>>,
    /// The status, canonical when known.
    pub status: Option<Located<Status>>,
    /// The status as the text writes it, without a note after it («Утверждён», "Approved
    /// by Lin Chen"), when the text states one.
    #[serde(default)]
    pub status_text: Option<String>,
    /// Display metadata, in the order found.
    pub fields: Vec<Field>,
    /// Relations the document states.
    pub relations: Vec<RelationStatement>,
    /// Tags.
    pub tags: Vec<String>,
    /// The H1 and the metadata list under it, shown in the page's header and metadata panel
    /// instead of the body.
    pub header_lines: Option<LineSpan>,
    /// Action items under action headings (none in a template).
    pub actions: Vec<ActionItem>,
    /// The items of a roadmap (`tech-roadmap` documents).
    pub roadmap: Vec<RoadmapItem>,
    /// The size an estimate states (`estimate` documents).
    pub estimate: Option<Estimate>,
    /// What a PoC concluded (`poc` documents).
    pub verdict: Option<Verdict>,
    /// Lines taken by front matter (hidden from the body).
    pub front_matter_lines: usize,
    /// Problems found while reading this file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// What the document is.
    pub fn kind(&self) -> Kind {
        self.kind.value
    }

    /// The title as decided.
    pub fn title(&self) -> &str {
        &self.title.value
    }

    /// The date as decided.
    pub fn date(&self) -> Option<Date> {
        self.date.as_ref().map(|date| date.value)
    }

    /// The canonical status, if any.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref().map(|status| &status.value)
    }

    /// The header field naming the incident this page is a follow-up of, when the page is
    /// such a record (`Инцидент: ИНЦ-027 …` over its owner, due day and status).
    pub fn follow_up_of(&self) -> Option<&Field> {
        (self.kind() == Kind::Page && !self.template)
            .then(|| meta::follow_up_of(&self.fields, self.status.is_some()))
            .flatten()
    }

    /// The line the status was stated on.
    pub fn status_line(&self) -> Option<usize> {
        self.status.as_ref().and_then(|status| status.line)
    }

    /// The value of the first field with a known meaning `key`.
    pub fn field(&self, key: FieldKey) -> Option<&str> {
        self.fields.iter().find(|field| field.key == Some(key)).map(|field| field.value.as_str())
    }

    /// The incident's severity as its reader shows it (`SEV-2`, «Уровень 3»): a field that
    /// names the incident's level («Уровень инцидента: S2») before a tracker's priority
    /// («Приоритет: Срочный» in the issue's properties), the first that reads as one.
    pub fn severity(&self) -> Option<String> {
        let severities = || self.fields.iter().filter(|field| field.key == Some(FieldKey::Severity));
        let level = |field: &Field| measures::severity(&field.value);
        severities()
            .filter(|field| !meta::names_a_priority(&field.label))
            .find_map(level)
            .or_else(|| severities().find_map(level))
    }

    /// How long an incident lasted: its duration as written («1 ч 20 мин», `14:05–15:47`), or
    /// from its start to its end.
    pub fn incident_minutes(&self) -> Option<u32> {
        // `44 minutes (18:57 → 19:41), of which 24 minutes with no matches`: the length the
        // value opens with, before its note.
        let opening = |value: &str| {
            // `1h 48m (started → resolved) · customer impact 1h 27m (started → mitigated)`
            // (Rootly): how long customers were affected, when the value says so apart.
            let folded = value.to_lowercase();
            let impact = ["customer impact", "влияние на клиентов"].iter().find_map(|phrase| {
                let after = folded[folded.find(phrase)? + phrase.len()..].trim_start_matches([':', ' ']);
                // (`47 min (customer impact; auth p99 > 2s …)`: the phrase names what the 47
                // minutes were, and no length follows it.)
                after.starts_with(|c: char| c.is_ascii_digit()).then_some(())?;
                measures::duration_minutes(after.split(" (").next()?)
            });
            if impact.is_some() {
                return impact;
            }
            let head = value.split(" (").next().unwrap_or(value).split(", ").next().unwrap_or(value);
            // `14:05 to 15:15 UTC — alerts delivered 4–11 minutes late`: the note after a dash
            // says how late, not how long.
            // (`14:05 – 15:15` is one range.)
            let before_dash = head.split(" — ").next().unwrap_or(head).split(" – ").next().unwrap_or(head);
            let window_before_note =
                (before_dash.len() < head.len()).then(|| measures::time_range_minutes(before_dash)).flatten();
            // `06:12–08:41 CET (charge points unable to start sessions)`: a range is a length too.
            window_before_note
                .or_else(|| measures::duration_minutes(head))
                .or_else(|| measures::duration_minutes(value))
                .or_else(|| measures::time_range_minutes(head))
        };
        let duration = self.fields.iter().find(|field| field.key == Some(FieldKey::Duration));
        duration
            .and_then(|field| measures::day_clock_minutes(&field.label, &field.value).or_else(|| opening(&field.value)))
            .or_else(|| measures::minutes_between(self.field(FieldKey::Start)?, self.field(FieldKey::End)?))
            .or_else(|| {
                // «Время восстановления: 1 ч 20 мин» is how long, not when.
                let end = self.field(FieldKey::End)?;
                measures::time_of_day(end).is_none().then(|| measures::duration_minutes(end)).flatten()
            })
            .or_else(|| {
                // `impact_minutes: 96`: a bare number under a key that names minutes.
                let duration = duration?;
                let in_minutes = ["minutes", "мин"].iter().any(|unit| duration.label.to_lowercase().contains(unit));
                in_minutes.then(|| duration.value.trim().parse::<u32>().ok()).flatten()
            })
            .or_else(|| {
                // `impact: "19:42–21:05 МСК"`: a field of its own name whose value is a time range;
                // `Customer impact: ~7.5 hours (06:00–13:30 UTC)`: an impact that opens with a length.
                // `Incident period | 06:12–08:41 CET (charge points unable to start sessions)`:
                // the range before its note.
                self.fields.iter().filter(|field| field.key.is_none()).find_map(|field| {
                    let label = super::vocab::fold(&field.label);
                    let impact = IMPACT_WORDS.iter().chain(&WINDOW_WORDS).any(|word| label.contains(word));
                    let head = field.value.split(['(', ',', ';']).next().unwrap_or_default();
                    let bare =
                        field.value.split_whitespace().count() <= 3 || impact && head.split_whitespace().count() <= 3;
                    let range = measures::time_range_minutes(head).filter(|_| bare);
                    let opens_with_length = || {
                        let head = field.value.split(['(', ',', ';']).next().unwrap_or_default();
                        let short = head.split_whitespace().count() <= 4;
                        measures::duration_minutes(head.trim().trim_start_matches(['~', '≈']).trim()).filter(|_| short)
                    };
                    range.or_else(|| impact.then(opens_with_length).flatten())
                })
            })
    }

    /// The ADR number, if any.
    pub fn adr_number(&self) -> Option<AdrNumber> {
        self.number.as_ref().map(|number| number.value)
    }

    /// `ADR-0005`-style label, with as many digits as the file name uses (`ADR-005` for
    /// `adr-005-….md`), four when the name has no number; `automl:ADR-0001` in a component
    /// with its own series; the date as written for a date-named record (`20200925`).
    pub fn number_label(&self) -> Option<String> {
        let label = match self.adr_number() {
            Some(number) => adr_id::label(number, self.series.as_deref()),
            None if self.kind() == Kind::Adr => self.date_label.clone()?,
            None => return None,
        };
        Some(match &self.component {
            Some(component) => format!("{component}:{label}"),
            None => label,
        })
    }

    /// The title as shown beside the number: without a leading `ADR-0005:` / `ADR 7 —` when
    /// the document has a number (adr-tools' `3. A better idea` is kept: that is how those
    /// teams name their decisions).
    pub fn shown_title(&self) -> &str {
        match adr_id::strip_title_prefix(self.title()) {
            Some(rest) if self.number.is_some() => rest,
            _ => self.title(),
        }
    }

    /// The number's value (`5` for `ADR-0005`).
    pub fn number_value(&self) -> Option<u32> {
        self.adr_number().map(|number| number.value)
    }
}

/// Parses one file. `text` must already be normalised (no BOM, LF line endings, see
/// `text::normalize`); `id` is its path relative to the source directory.
pub fn parse(id: &str, text: &str, vocabulary: &Vocabulary) -> Document {
    parse_in("", id, text, vocabulary)
}

/// Like [`parse`], for a file whose source directory is itself inside `folder` (e.g.
/// `doc/adr`): the folder names count when recognising `NNNN-title.md` ADRs.
pub fn parse_in(folder: &str, id: &str, text: &str, vocabulary: &Vocabulary) -> Document {
    let arena = comrak::Arena::new();
    parse_tree(&arena, folder, id, text, vocabulary).0
}

/// Like [`parse_in`], and also gives the comrak tree of the body the document was read
/// from (lines of front matter read as blank), so the page is rendered from the same tree.
pub(crate) fn parse_tree<'a>(
    arena: &'a comrak::Arena<'a>,
    folder: &str,
    id: &str,
    text: &str,
    vocabulary: &Vocabulary,
) -> (Document, &'a comrak::nodes::AstNode<'a>) {
    let (mut doc, root) = parse_tree_as(arena, folder, id, text, vocabulary, None);
    // A day's note that is mostly one incident or one decision is that record.
    if let Some((section, kind)) = super::journal::record_section(&doc, text) {
        let record = parse_tree_as(&comrak::Arena::new(), folder, id, &section, vocabulary, Some(kind)).0;
        super::journal::adopt(&mut doc, record);
    }
    (doc, root)
}

/// [`parse_tree`] of a document of a known kind (`Some`: as if its front matter said so).
fn parse_tree_as<'a>(
    arena: &'a comrak::Arena<'a>,
    folder: &str,
    id: &str,
    text: &str,
    vocabulary: &Vocabulary,
    kind: Option<Kind>,
) -> (Document, &'a comrak::nodes::AstNode<'a>) {
    let mut diagnostics = Vec::new();
    let front = frontmatter::extract(text, id, &mut diagnostics);
    let front_matter_lines = front.as_ref().map_or(0, |front| front.line_count);
    let root = outline::parse(arena, text, front_matter_lines);
    let outline = Outline::of(root, text, front_matter_lines);
    let mut sources = meta::read(&outline, front.as_ref(), id, vocabulary, &mut diagnostics);
    if kind.is_some() {
        sources.front.kind = kind;
    }
    let name =
        if folder.is_empty() { classify(id) } else { classify(&format!("{}/{id}", folder.trim_end_matches('/'))) };
    // The content is read for a kind only when nothing names one.
    let unnamed = name.kind.is_none() && !name.index && sources.front.kind.is_none();
    let content_kind =
        if unnamed { shape::kind_of_content(&outline, &sources.text, vocabulary.action_headings()) } else { None };
    let thread = super::thread::read(&outline, vocabulary);
    let mut doc = decide(id, name, sources, content_kind, front_matter_lines, diagnostics, thread);
    read_facts(&mut doc, &outline, vocabulary);
    (doc, root)
}

/// A runbook's last review when its header states none: the day it was checked as current
/// («Актуализирован»), else the latest date of its review history (an update stamp is no
/// review).
fn last_review(doc: &mut Document, outline: &Outline<'_>, vocabulary: &Vocabulary) {
    if doc.field(FieldKey::LastReviewed).is_some() || super::review::verification_as_review(&mut doc.fields) {
        return;
    }
    let review = super::review::review_in_tables(outline, vocabulary)
        .or_else(|| super::review::last_review_in_history(outline))
        .or_else(|| super::review::review_in_prose(outline));
    // A runbook that states no date of its own is as recent as its last review, wherever
    // on the page that review is written.
    if doc.date.is_none() {
        doc.date = review
            .as_ref()
            .and_then(|field| Date::find(&field.value).map(|date| Located::stated(date, Origin::Text, field.line)));
    }
    doc.fields.extend(review);
}

/// `### Results (10.03.2026)`, «## Результаты — 10.03.2026»: the day a PoC's results section
/// is headed with, and its line.
fn dated_results(outline: &Outline<'_>) -> Option<(Date, usize)> {
    const RESULTS: [&str; 6] = ["results", "findings", "outcome", "результаты", "итоги", "выводы"];
    (0..outline.len()).find_map(|index| {
        let heading = outline.heading(index)?;
        let folded = fold(heading.text);
        let named = RESULTS.iter().any(|word| folded.starts_with(word));
        named.then(|| Date::find(heading.text)).flatten().map(|date| (date, index + 1))
    })
}

/// What the leadership views need from the text: action items of deliverables (a plain
/// page's «## Disable GitHub actions» is a how-to, not follow-ups), and the roadmap, estimate
/// or verdict of documents of those kinds.
fn read_facts(doc: &mut Document, outline: &Outline<'_>, vocabulary: &Vocabulary) {
    if doc.template {
        return;
    }
    // A meeting's minutes («Протокол совещания», "Meeting notes") are a page whose assignments
    // (поручения, action items) are follow-ups too.
    if doc.kind() != Kind::Page || names_a_meeting(doc.title()) {
        let reading =
            // A runbook's «Действия» are its steps; an estimate's «Задачи» are its breakdown.
            if matches!(doc.kind(), Kind::Runbook | Kind::Estimate) {
                actions::Reading::Procedure
            } else if doc.kind() == Kind::TechRoadmap {
                actions::Reading::Plan
            } else if doc.kind() == Kind::Postmortem {
                actions::Reading::Incident
            } else {
                actions::Reading::FollowUps
            };
        doc.actions = actions::read(outline, vocabulary.action_headings(), reading);
        if let Some(written_on) = doc.date() {
            actions::date_without_year(&mut doc.actions, written_on);
        }
    }
    if doc.actions.is_empty() && doc.follow_up_of().is_some() {
        let line = doc.status_line().or(doc.title.line).unwrap_or(1);
        doc.actions = vec![actions::of_record(doc.title(), &doc.fields, doc.status_text.as_deref(), line)];
    }
    match doc.kind() {
        Kind::TechRoadmap => doc.roadmap = roadmap::read(outline, roadmap_year(doc)),
        Kind::Estimate => {
            doc.estimate = estimate::read(outline);
            // `### Estimate (grooming 18.02.2026)` in an epic's description: the day it was sized.
            let sized =
                doc.estimate.as_ref().and_then(|estimate| super::shape::estimate_heading_over(outline, estimate.line));
            // «### Оценка» over «Оценка на груминге 12.01.2026 (planning poker)»: the section's
            // sentence that says when.
            // With no such heading, the text above the figures: "Estimated on Jul 8, 2025 with
            // Rahul and Oleg." under a card's `Created` / `Last edited` properties.
            let said = |heading: usize| {
                let end = doc.estimate.as_ref().map_or(heading, |estimate| estimate.line);
                (heading..end).filter(|&index| outline.role(index) == Role::Text).find_map(|index| {
                    let folded = fold(outline.content(index));
                    let dating = [
                        "оценка на",
                        "оценка от",
                        "оценивали",
                        "оценено",
                        "оценили",
                        "estimated",
                        "estimate as of",
                        "sized",
                    ];
                    dating
                        .iter()
                        .any(|word| folded.starts_with(word))
                        .then(|| Date::find(outline.content(index)))?
                        .map(|date| (date, index + 1))
                })
            };
            let day = match sized {
                Some(line) => Date::find(outline.heading(line - 1).map_or("", |heading| heading.text))
                    .map(|date| (date, line))
                    .or_else(|| said(line)),
                None => said(1),
            };
            // (A tracker's `| Создан | 2026-02-10 14:00 |` is the day the epic was filed, before
            // it was sized; `Last edited: Jul 22, 2025` the day it was last saved.)
            let filed = doc.date.as_ref().is_some_and(|stated| {
                doc.fields.iter().any(|field| {
                    let stamp = names_a_filing(&field.label) || super::review::is_update_label(&field.label);
                    Some(field.line) == stated.line && stamp
                })
            });
            if let Some((date, line)) = day.filter(|_| doc.date.is_none() || filed) {
                doc.date = Some(Located::stated(date, Origin::Text, line));
            }
        }
        Kind::Runbook => last_review(doc, outline, vocabulary),
        Kind::Postmortem if doc.incident_minutes().is_none() => {
            let unstated = doc.field(FieldKey::Start).is_none() && doc.field(FieldKey::End).is_none();
            if unstated {
                // A duration or window stated as fields in the body, else one read from the
                // timeline or the prose.
                let in_the_body = match doc.field(FieldKey::Duration) {
                    None => super::timeline::impact_fields(outline, vocabulary),
                    Some(_) => Vec::new(),
                };
                let found = if in_the_body.is_empty() {
                    super::timeline::impact_window(outline)
                        .or_else(|| super::timeline::impact_in_prose(outline))
                        .or_else(|| super::timeline::confirmed_window(outline))
                        .map(Vec::from)
                        .or_else(|| super::timeline::span_in_impact(outline).map(|span| vec![span]))
                        .unwrap_or_default()
                } else {
                    in_the_body
                };
                doc.fields.extend(found);
            }
        }
        Kind::Poc => {
            let result =
                doc.fields.iter().find(|f| f.key == Some(FieldKey::Result)).map(|f| (f.value.as_str(), f.line));
            doc.verdict = verdict::read(outline, result);
            // `### Results (10.03.2026)` on a card created 23 Feb: the report is as of its results.
            if let Some((date, line)) = dated_results(outline) {
                let earlier = doc
                    .date()
                    .is_some_and(|stated| stated < date && date.days_since_epoch() - stated.days_since_epoch() <= 90);
                if earlier {
                    doc.date = Some(Located::stated(date, Origin::Text, line));
                }
            }
        }
        _ => {}
    }
    let unread = super::unread::report(doc, outline, vocabulary);
    doc.diagnostics.extend(unread);
}

/// Decides every field: front matter, then the text, then the file name, then the title.
fn decide(
    id: &str,
    name: NameInfo,
    sources: Sources,
    content_kind: Option<Kind>,
    front_matter_lines: usize,
    mut diagnostics: Vec<Diagnostic>,
    thread: Option<ThreadDecision>,
) -> Document {
    let mut meta = merge(sources, id, &mut diagnostics);
    let template = name.template || has_placeholder_status(&meta);
    settle_status(&mut meta, template, &mut diagnostics);
    let title = match meta.title.take().filter(|title| !title.value.is_empty()) {
        Some(title) => title,
        None => Located::unlined(title_from_name(id), Origin::FileName),
    };
    // `DEC-05 Move vector search.md`, `DR-02 Тарифы.md`: a register's own code for its records.
    // A card named by its subject alone whose header says `Номер: АР-12`, `Decision ID: DR-002`.
    let numbered = record_number_field(&meta.fields);
    // `# РА-01. Отдельная схема на клиента`: the register's code opening the title.
    // (`Задача №1187. АР-001: …`: after the tracker task's number; `ВТР-101 · АР-01 Брокер
    // событий`: after the card's key.)
    let title_code = || {
        let opening = super::kind::without_task_number(&title.value).unwrap_or(&title.value);
        let coded = |opening: &str| {
            let first = opening.split_whitespace().next().unwrap_or_default();
            adr_id::record_code(first.trim_end_matches(['.', ',', ':'])).is_some()
        };
        coded(opening) || super::kind::without_ticket_key(opening).is_some_and(coded)
    };
    let coded = adr_id::record_code_of_file(id.rsplit('/').next().unwrap_or(id)).is_some()
        || numbered.is_some()
        || title_code();
    // «Инцидент: ИНЦ-027 …» over «Ответственный», «Срок», «Статус»: one follow-up of an incident.
    let follows_up = meta::follow_up_of(&meta.fields, meta.status.is_some()).is_some();
    let kind = decide_kind(&name, &meta, &title, content_kind, template, coded, follows_up);
    // A decision record exported from a discussion: its comments decided after the post.
    let thread = thread.filter(|_| kind.value == Kind::Adr && !template);
    // «Итог (добавлено при выгрузке): решение **заменено**» above the thread: a header's
    // later replacement outlives the comment that accepted it.
    let replaced =
        meta.status.as_ref().is_some_and(|status| matches!(status.value, Status::Superseded | Status::Deprecated));
    if let Some(thread) = thread.as_ref().filter(|thread| !(replaced && thread.status == Status::Accepted)) {
        meta.status = Some(Located::stated(thread.status.clone(), Origin::Text, thread.line));
        meta.status_as_written = Some(thread.as_written.clone());
    }
    let thread_decided_on =
        thread.and_then(|thread| thread.decided_on).map(|(day, line)| Located::stated(day, Origin::Text, line));
    // `t/adr-012-tracking-read-model/219.md` titled "ADR-012: …": a forum export names the
    // file by the topic's id, and the title numbers the record.
    let stem = id.rsplit('/').next().unwrap_or(id).split('.').next().unwrap_or_default();
    let named_by_an_id = !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit());
    let titled = number_in_title(&title);
    let titled_otherwise = |number: AdrNumber| titled.as_ref().is_some_and(|titled| titled.value.value != number.value);
    let number = match name.number {
        _ if kind.value != Kind::Adr => None,
        Some(number) if !(named_by_an_id && titled_otherwise(number)) => {
            Some(Located::unlined(number, Origin::FileName))
        }
        _ => titled.or(numbered.flatten()),
    };
    let series = if kind.value == Kind::Adr { name.series } else { None };
    let status_text = meta.status_as_written.clone().filter(|_| meta.status.is_some());
    if let (Some(status), Some(written)) = (meta.status.as_mut(), meta.status_as_written.take()) {
        // A migration «В работе» is under way, not a draft; a post-mortem's "Review
        // complete" is not a decision "in review": a state of the work stays as written.
        let as_written = Status::Unknown(written);
        if !matches!(status.value, Status::Unknown(_)) && is_lifecycle_state(kind.value, &as_written) {
            status.value = as_written;
        }
    }
    if kind.value == Kind::Adr {
        open_decision_is_proposed(&mut meta, &mut diagnostics);
    }
    // A follow-up record's «Выполнено» / «Не начато» is its task's state, not a document's.
    if kind.value == Kind::Page && follows_up
        || meta.status.as_ref().is_some_and(|status| is_lifecycle_state(kind.value, &status.value))
    {
        // «Решён», "Resolved", «Завершён»: an incident's or a piece of work's own lifecycle,
        // not a misspelt decision status.
        diagnostics.retain(|found| found.code != "W0202");
    }
    // A post-mortem is dated by its incident: the day its name or its window names comes
    // before the day the page was last edited.
    // «Постмортем: отказ внутреннего DNS 18.09.2025»: the day its title names, too.
    // «Разбор инцидента 14.03 — …» without its year, on a page made 15.03.2025: the day
    // before, in the page's year.
    let made = meta.created.as_ref().or(meta.implied_date.as_ref()).or(meta.date.as_ref()).map(|made| made.value);
    let titled_day = Date::find(&title.value)
        .or_else(|| made.and_then(|made| Date::find_on_or_before(&title.value, made, 30)))
        .map(|date| Located { value: date, origin: Origin::Title, line: title.line });
    let incident_day = || {
        let named = name.date.map(|date| Located::unlined(date, Origin::FileName));
        // «Инцидент 7 апреля 2026 г. Уровень 3. …» opening a review that states no date.
        let lead = || meta.lead_date.clone();
        named
            .or(titled_day.clone())
            .or_else(|| window_date(&meta.fields))
            .or_else(lead)
            .filter(|_| kind.value == Kind::Postmortem)
    };
    // Hugo's `date: 2026-03-22` on `2026-03-21-scp-certificate-expiry.md` is the day the
    // review was published; the incident is the day its name says, when that came first.
    // A Jira export's `Created | 16/Jan/26` above `Incident start | 15/Jan/26 5:20 PM`: the
    // ticket was filed after the incident began.
    let filed_after_incident = |stated: &Located<Date>| {
        let label =
            meta.fields.iter().find(|field| Some(field.line) == stated.line && field.key == Some(FieldKey::Date));
        label.is_some_and(|field| names_a_filing(&field.label))
            && window_date(&meta.fields).is_some_and(|window| window.value < stated.value)
    };
    // A blog's post-mortem `date: 2026-03-04` opening «Вчера, 3 марта 2026, Argo CD …», or
    // whose text states `Дата инцидента: 3.03.2026`: the day its lead or its text names, up
    // to two weeks before it was published, is the incident's.
    let lead_incident_day = |stated: &Located<Date>| {
        let days = |date: Date| date.days_since_epoch();
        [meta.lead_date.as_ref(), meta.text_date.as_ref()].into_iter().flatten().find(|earlier| {
            stated.origin == Origin::FrontMatter && (1..=14).contains(&(days(stated.value) - days(earlier.value)))
        })
    };
    // `Дата разбора: 05.02.2026` under «Разбор инцидента: … (03.02.2026)»: the day of the
    // review meeting, after the incident its title or name dates.
    let reviewed_after_incident = |stated: &Located<Date>| {
        let label =
            meta.fields.iter().find(|field| Some(field.line) == stated.line && field.key == Some(FieldKey::Date));
        let named_day = name.date.or(titled_day.as_ref().map(|day| day.value));
        label.is_some_and(names_the_review_meeting) && named_day.is_some_and(|day| day < stated.value)
    };
    let published_after_incident = |stated: &Located<Date>| {
        kind.value == Kind::Postmortem
            && (stated.origin == Origin::FrontMatter && name.date.is_some_and(|named| named < stated.value)
                || filed_after_incident(stated)
                || reviewed_after_incident(stated)
                || lead_incident_day(stated).is_some())
    };
    let lead_day = meta.date.as_ref().and_then(lead_incident_day).cloned().filter(|_| kind.value == Kind::Postmortem);
    // The text's day and the front matter's then name two things, and do not disagree.
    if lead_day.as_ref().is_some_and(|day| Some(day) == meta.text_date.as_ref()) {
        diagnostics.retain(|found| !(found.code == "W0203" && found.message.starts_with("date ")));
    }
    // A decided record's ticket closed («Решён: 2025-10-08 15:40»), a spike's resolved: the
    // day it was decided or reported.
    let closed_decision =
        closed_on(&meta.fields).filter(|_| kind.value == Kind::Adr && decided(&meta) || kind.value == Kind::Poc);
    // A PoC's `**Даты:** 01.12.2025 – 19.12.2025`: its report is as of the period's end.
    // `**Даты:** 13.10.2025 – 24.10.2025 · **Отчёт от:** 28 октября 2025`: the report's own day.
    let names_the_report = |field: &Field| {
        field.key == Some(FieldKey::Date) && ["отчет", "report"].iter().any(|word| fold(&field.label).contains(word))
    };
    let report_day = (kind.value == Kind::Poc).then(|| dated_field(&meta.fields, names_the_report)).flatten();
    if report_day.is_some() {
        meta.date = report_day;
    } else if kind.value == Kind::Poc {
        if let Some(stated) = meta.date.as_mut() {
            let period =
                meta.fields.iter().find(|field| Some(field.line) == stated.line && field.key == Some(FieldKey::Date));
            if let Some(end) = period.and_then(|field| period_end(&field.value)) {
                stated.value = end;
            }
        } else {
            // `Period: 2025-03-03 → 2025-03-20`, «Сроки проведения: …» when nothing else dates it.
            // (`Срок: 10.11.2025 – 05.12.2025`: a spike's time box, its two days.)
            let period = meta.fields.iter().find(|field| {
                let named = matches!(fold(&field.label).as_str(), "period" | "период" | "сроки проведения" | "сроки");
                let time_box = fold(&field.label) == "срок" && period_end(&field.value).is_some();
                field.key.is_none() && named || time_box
            });
            if let Some((end, line)) = period.and_then(|field| Some((period_end(&field.value)?, field.line))) {
                meta.date = Some(Located::stated(end, Origin::Text, line));
            }
        }
    }
    // The day a thread's comment decided comes before the export's own stamps.
    let stamped = |stated: &Located<Date>| stated.origin == Origin::FrontMatter && thread_decided_on.is_some();
    // A roadmap, plan, runbook or spec's `Created | Jan 6, 2026` over `Updated | May 12, 2026`
    // (a workspace's page properties): a living document is as recent as its last update.
    let living = !matches!(kind.value, Kind::Adr | Kind::Postmortem | Kind::Poc | Kind::Page);
    let created = |stated: &Located<Date>| {
        meta.fields.iter().any(|field| {
            Some(field.line) == stated.line && field.key == Some(FieldKey::Date) && names_a_filing(&field.label)
        })
    };
    // A tracker's issue `Создано: 7 мар. 2026` whose summary says `Дата: 6 мар. 2026`: the
    // incident came before the issue filed about it.
    let incident_before_filing = |stated: &Located<Date>| {
        let dated = |field: &&Field| field.key == Some(FieldKey::Date) && !names_a_filing(&field.label);
        let earlier = meta.fields.iter().filter(dated).find_map(|field| {
            Date::find(&field.value)
                .filter(|day| *day < stated.value)
                .map(|day| Located::stated(day, Origin::Text, field.line))
        });
        earlier.filter(|_| kind.value == Kind::Postmortem && created(stated))
    };
    // A tracker's ticket that holds a decision, a spec or a report: `| Создан | 02.04.2025 |`
    // is the day it was filed; a later day the text gives as its own («Принято 15.04.2025
    // архитектурным комитетом», «Отчёт от 24.04.2026»), or the day a decided record's ticket
    // was closed («Создано: 2025-11-03 · Закрыто: 2025-11-20»), is the document's.
    let own_day_after_filing = |stated: &Located<Date>| {
        let later = |own: &&Located<Date>| own.value > stated.value;
        let own = meta.implied_date.as_ref().filter(later).or_else(|| closed_decision.as_ref().filter(later));
        own.filter(|_| kind.value != Kind::Postmortem && created(stated)).cloned()
    };
    // An estimate stamped with the days its thread ran (`8 сообщений · 24.11.2025 —
    // 25.11.2025`): as of its last day, when the figure was settled (a plan is as of the day
    // it was put up).
    if kind.value == Kind::Estimate {
        if let Some(stated) = meta.date.as_mut() {
            let period = meta.fields.iter().find(|field| Some(field.line) == stated.line);
            if let Some(end) = period.and_then(|field| period_end(&field.value)) {
                stated.value = end;
            }
        }
    }
    let meta_date = match (meta.date.clone(), updated_on(&meta.fields, front_matter_lines)) {
        (Some(stated), Some(updated)) if living && created(&stated) && updated.value > stated.value => Some(updated),
        (Some(stated), _) => incident_before_filing(&stated).or_else(|| own_day_after_filing(&stated)).or(Some(stated)),
        (stated, _) => stated,
    };
    // A chat topic's `02.06.2025 — 18.06.2025` or a post's day under the title: the thread
    // was opened then, and its comment decided it later.
    let decided_later = |stated: &Located<Date>| thread_decided_on.as_ref().is_some_and(|day| day.value > stated.value);
    let date = meta_date
        .filter(|stated| !published_after_incident(stated) && !stamped(stated) && !decided_later(stated))
        .or(thread_decided_on)
        .or(lead_day)
        .or_else(incident_day)
        // A runbook's «Обновлено» beside a stated review (`Last updated: 2025-09-29` over
        // `Last reviewed: 2 Oct 2025`) is the day the text was last changed, and the runbook's
        // date (a tool's `updated:` stamp in the front matter is not); without one, the
        // runbook is dated by its review or, failing that, its update, below. A decision
        // («Предложено: 14.05.2026» over «Последнее изменение: 20.05.2026») or an incident
        // with a day of its own below is dated by what happened, not by the last edit.
        .or_else(|| {
            let stated_review = || meta.fields.iter().any(|field| field.key == Some(FieldKey::LastReviewed));
            let in_text = |updated: &Located<Date>| updated.line.is_some_and(|line| line > front_matter_lines);
            let own_day = name.date.is_some() || closed_decision.is_some() || meta.implied_date.is_some();
            let by_event = matches!(kind.value, Kind::Adr | Kind::Postmortem | Kind::Poc) && own_day;
            // A decision's ticket still open, `Создан: 2026-04-14 11:57` over `Обновлён:
            // 2026-05-18 10:30`: put up on the day it was filed, not on its last comment's.
            // (A tool's `created:` and `updated:` stamps in front matter are one save after
            // another: the last one dates the page.)
            let filed = matches!(kind.value, Kind::Adr | Kind::Postmortem)
                && meta.created.as_ref().is_some_and(|created| created.origin == Origin::Text);
            updated_on(&meta.fields, front_matter_lines)
                .filter(|updated| kind.value != Kind::Runbook || stated_review() && in_text(updated))
                .filter(|_| !by_event && !filed)
        })
        .or_else(|| name.date.map(|date| Located::unlined(date, Origin::FileName)))
        .or(closed_decision)
        .or(meta.implied_date)
        .or_else(|| window_date(&meta.fields).filter(|_| kind.value == Kind::Postmortem))
        // A runbook that states no date of its own is as recent as its last review; a plan
        // «Актуально на 06.05.2026» is as of that day. A decision or an incident is dated by
        // what happened, not by a later look at the page.
        .or_else(|| reviewed_on(&meta.fields).filter(|_| !matches!(kind.value, Kind::Adr | Kind::Postmortem)))
        // A runbook, a plan or an estimate exported with «Создан» and «Изменён» stamps is as
        // recent as its last save; a decision or an incident keeps its creation.
        .or_else(|| saved_on(&meta.fields).filter(|_| !matches!(kind.value, Kind::Adr | Kind::Postmortem)))
        .or(meta.created);
    Document {
        id: id.to_owned(),
        kind,
        number,
        series,
        component: None,
        date_label: name.date_prefix,
        quarter: name.quarter,
        template,
        title,
        date,
        status: meta.status,
        status_text,
        fields: meta.fields,
        relations: meta.relations,
        tags: meta.tags,
        header_lines: meta.header_lines,
        actions: Vec::new(),
        roadmap: Vec::new(),
        estimate: None,
        verdict: None,
        front_matter_lines,
        diagnostics,
    }
}

/// Words of a label that names an incident's window (`Incident period`, «Период
/// несоответствия»), whose value may hold its times and its day.
const WINDOW_WORDS: [&str; 4] = ["period", "window", "период", "окно"];

/// Words of a label that names an incident's impact (`impact: "19:42–21:05 МСК"`).
const IMPACT_WORDS: [&str; 5] = ["impact", "outage", "влияни", "простой", "воздейств"];

/// `**Период несоответствия:** 23.01.2026, 11:52–13:10 MSK (78 мин)`: the day an incident's
/// window or start names, when nothing else dates it.
fn window_date(fields: &[Field]) -> Option<Located<Date>> {
    let window = |field: &&Field| match field.key {
        Some(key) => matches!(key, FieldKey::Start | FieldKey::Duration),
        None => {
            let label = fold(&field.label);
            WINDOW_WORDS.iter().any(|word| label.contains(word))
        }
    };
    fields
        .iter()
        .filter(window)
        .find_map(|field| Date::find(&field.value).map(|date| Located::stated(date, Origin::Text, field.line)))
}

/// «Дата разбора: 05.02.2026», "Review date: …", «Разбор проведён 05.02»: a field (its label
/// and value as written) of the day an incident's review met, not of the incident.
fn names_the_review_meeting(field: &Field) -> bool {
    const LABELS: [&str; 10] = [
        "дата разбора",
        "разбор проведен",
        "разбор провели",
        "дата постмортема",
        "review date",
        "date of review",
        "postmortem date",
        "post-mortem date",
        "retro date",
        "дата ретро",
    ];
    let written = fold(&format!("{} {}", field.label, field.value));
    LABELS.iter().any(|label| written.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(label))
}

/// "Created", «Дата создания», "Reported": the label of the day a ticket or page was filed.
fn names_a_filing(label: &str) -> bool {
    let label = fold(label);
    let label = label.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        label,
        "created" | "created on" | "date created" | "reported" | "opened" | "создано" | "создан" | "создана"
            | "дата создания"
            // A message board's post: `**Опубликовано:** 3 дек. 2025, 16:20` (Basecamp's).
            | "published" | "posted" | "опубликовано" | "опубликован"
            // A tracker task's `Start date | Jan 21, 2026` (Wrike's): when the work on the
            // review was planned to start, after the incident.
            | "start date"
    )
}

/// `Last updated: 2026-05-29 by @kmeyer`: a document that states no date of its own is
/// dated by its last update (a runbook's last update is its last review instead).
/// An export's stamp in the text (Evernote's `Updated: 2026-01-19 16:48` under the title)
/// is no update the authors stated: see [`saved_on`]. The front matter's `updated:` is.
fn updated_on(fields: &[Field], front_matter_lines: usize) -> Option<Located<Date>> {
    dated_field(fields, |field| {
        let stamp_in_text = field.line > front_matter_lines && meta::is_saved_stamp(&field.label, &field.value);
        field.key.is_none() && super::review::is_update_label(&field.label) && !stamp_in_text
    })
}

/// The day a `Last reviewed` / `Last updated` field names: a runbook without a date of its
/// own is as recent as its last review.
fn reviewed_on(fields: &[Field]) -> Option<Located<Date>> {
    // A review stated as one (`Last reviewed: …`) before a file's `updated:` stamp.
    dated_field(fields, |field| field.key == Some(FieldKey::LastReviewed))
        .or_else(|| dated_field(fields, |field| field.key.is_none() && super::review::is_update_label(&field.label)))
}

/// The day of an export's last-save stamp (`Изменён: 11.03.2026 10:02`).
fn saved_on(fields: &[Field]) -> Option<Located<Date>> {
    dated_field(fields, |field| field.key.is_none() && meta::is_saved_stamp(&field.label, &field.value))
}

/// `01.12.2025 – 19.12.2025`, `2026-02-02 to 2026-02-13`: the last day of a period written
/// as two dates.
fn period_end(value: &str) -> Option<Date> {
    let (from, to) =
        [" – ", " — ", " - ", "–", "→", "->", " to ", " по ", " до "].iter().find_map(|dash| value.split_once(dash))?;
    let (start, end) = (Date::find(from)?, Date::find(to)?);
    (end > start).then_some(end)
}

/// The day a tracker's issue was closed (`closed by @kirill-s on 2025-05-27`): a decision
/// raised as an issue was decided when its issue was closed.
fn closed_on(fields: &[Field]) -> Option<Located<Date>> {
    dated_field(fields, |field| field.key.is_none() && meta::is_closing_label(&field.label))
}

/// Whether the record's status says it was decided (accepted, rejected, superseded…).
fn decided(meta: &Metadata) -> bool {
    meta.status
        .as_ref()
        .is_some_and(|status| !matches!(status.value, Status::Proposed | Status::Draft | Status::Unknown(_)))
}

/// The date of the first field `wanted` that has one.
fn dated_field(fields: &[Field], wanted: impl Fn(&Field) -> bool) -> Option<Located<Date>> {
    fields
        .iter()
        .filter(|field| wanted(field))
        .find_map(|field| Date::find(&field.value).map(|date| Located::stated(date, Origin::Text, field.line)))
}

/// The status once relations and templates are counted: `- Superseded by: ADR-9` without a
/// status says the status too; a template states none (its placeholders are not mistakes,
/// and its example links lead nowhere).
fn settle_status(meta: &mut Metadata, template: bool, diagnostics: &mut Vec<Diagnostic>) {
    if meta.status.is_none() {
        if let Some(stated) = meta.relations.iter().find(|stated| stated.relation == StatedRelation::SupersededBy) {
            meta.status = Some(Located::stated(Status::Superseded, Origin::Text, stated.line));
        }
    }
    if template {
        diagnostics.retain(|found| !matches!(found.code.as_str(), "W0202" | "W0204" | "W0203"));
        meta.relations.clear();
        meta.status = None;
    }
}

/// A file of a decisions folder, named without a kind, that states a decision's status and
/// whose title names no kind or only one a decision is often titled like (a move to
/// something, a plan, a design): a decision record.
fn decided_in_its_folder(name: &NameInfo, meta: &Metadata, title: &str) -> bool {
    let titled = kind_of_title(title);
    name.in_decisions_folder
        && !name.index
        && meta.status.is_some()
        && titled.is_none_or(|kind| matches!(kind, Kind::Adr | Kind::Migration | Kind::InfraPlan | Kind::TechSpec))
}

/// The kind: front matter, then the file name, then an ADR number in the title, then a
/// decision's shape (named like one — numbered, dated or `coded` like `DEC-05` — with a status
/// and decision sections).
fn decide_kind(
    name: &NameInfo,
    meta: &Metadata,
    title: &Located<String>,
    content_kind: Option<Kind>,
    template: bool,
    coded: bool,
    follows_up: bool,
) -> Located<Kind> {
    let named_like_a_decision = name.number.is_some() || name.date_prefix.is_some() || coded;
    // `PRB-112: Authorization timeouts` (a problem record: «Problem statement», root cause,
    // linked work items): a context without a decision, over an incident's sections, is no
    // decision's shape.
    let decided = meta.has_decision_section();
    let shaped_like_a_decision = named_like_a_decision
        && meta.status.is_some()
        && !meta.adr_sections.is_empty()
        && (decided || content_kind != Some(Kind::Postmortem));
    // `specs/keycloak-migration.md` titled «Руководство по миграции: …»: the title says more
    // than the folder.
    let named_by_title = name.kind_from_folder.then(|| kind_of_title(&title.value)).flatten();
    match (meta.kind, name.kind, adr_id::title_number(&title.value)) {
        _ if template => Located::unlined(Kind::Page, Origin::FileName),
        (Some(kind), _, _) => Located::unlined(kind, Origin::FrontMatter),
        // «Инцидент: ИНЦ-027 …» over «Ответственный», «Срок», «Статус»: one follow-up of an
        // incident, exported as a page of its own («Регламент продления…» names no runbook).
        (None, None, _) if follows_up => Located::unlined(Kind::Page, Origin::Text),
        // `decisions/adr-log.md` titled "Architecture Decision Log": a list of the records,
        // none of them (unnumbered).
        (None, Some(_), _) if name.number.is_none() && names_a_collection(&title.value) => {
            Located { value: Kind::Page, origin: Origin::Title, line: title.line }
        }
        // `incidents/2025-09-13-lobby-crash/vkteams-chat.md` titled «Выгрузка чата …» beside the
        // incident's review: the war room's transcript, no review of its own (one whose pinned
        // summary states the level or the length is).
        (None, Some(Kind::Postmortem), _)
            if name.kind_from_folder
                && names_a_chat_export(&title.value)
                && ![FieldKey::Severity, FieldKey::Duration, FieldKey::Start].iter().any(|key| meta.states(*key)) =>
        {
            Located { value: Kind::Page, origin: Origin::Title, line: title.line }
        }
        (None, Some(kind), _) => match named_by_title {
            Some(named) => Located { value: named, origin: Origin::Title, line: title.line },
            None => Located::unlined(kind, Origin::FileName),
        },
        (None, None, Some(_)) => Located { value: Kind::Adr, origin: Origin::Title, line: title.line },
        // `1.spellcheck.md` titled «Спека: …» with a status and a «Решение» section: Nuxt's
        // ordering number makes it look numbered, and its title says what it is.
        (None, None, None)
            if shaped_like_a_decision && kind_of_title(&title.value).is_none_or(|kind| kind == Kind::Adr) =>
        {
            Located::unlined(Kind::Adr, Origin::Text)
        }
        // `Решения/Переход на Patroni для PostgreSQL.md` stating «**Статус:** принято на
        // архитектурном комитете»: a decision memo in the decisions folder, though its title
        // reads like a plan.
        (None, None, None) if decided_in_its_folder(name, meta, &title.value) => {
            Located::unlined(Kind::Adr, Origin::Text)
        }
        (None, None, None) => match kind_of_title(&title.value)
            .or_else(|| meta.heading_title.as_deref().and_then(kind_of_title))
            // «Архитектурные решения» tagged `adr`: the page that lists them is none of them.
            .or_else(|| kind_of_tags(&meta.tags).filter(|_| !names_a_collection(&title.value)))
            .or_else(|| kind_of_category(&meta.fields))
            // `plany/pereezd-v-cod-2/ocenka/index.md` titled «Оценка трудозатрат: переезд в
            // ЦОД-2»: a folder's page that is one record, named by its kind and its subject.
            .filter(|_| !name.index || names_one_record(&title.value))
        {
            Some(kind) => Located { value: kind, origin: Origin::Title, line: title.line },
            None if shaped_like_an_incident(meta) && !name.index => Located::unlined(Kind::Postmortem, Origin::Text),
            // «Протокол совещания № 7» goes over an incident's results and its assignments: the
            // minutes of a meeting, whatever they discuss.
            None if names_a_meeting(&title.value) => Located::unlined(Kind::Page, Origin::Default),
            None => match content_kind {
                Some(kind) => Located::unlined(kind, Origin::Text),
                None if period_plan(&title.value) && !name.index => {
                    Located { value: Kind::TechRoadmap, origin: Origin::Title, line: title.line }
                }
                None if works_plan(&title.value) && !name.index => {
                    Located { value: Kind::InfraPlan, origin: Origin::Title, line: title.line }
                }
                None => Located::unlined(Kind::Page, Origin::Default),
            },
        },
    }
}

/// A title that names one record by its kind and then its subject after a colon or a dash
/// («Оценка трудозатрат: переезд в ЦОД-2», "Runbook — certificate renewal"), not a list of
/// them («Оценки», "Runbooks").
/// A roadmap named for its period («🗺️ Роадмап 2026 H1», a wiki page with subpages kept as
/// its folder's `Readme.md`) is one record too.
fn names_one_record(title: &str) -> bool {
    let subject =
        [": ", " — ", " – "].iter().find_map(|mark| title.split_once(mark)).map(|(_, subject)| subject.trim());
    let kind = kind_of_title(title);
    let subjected = kind.is_some() && subject.is_some_and(|subject| !subject.is_empty());
    (subjected || kind == Some(Kind::TechRoadmap)) && !names_a_collection(title)
}

/// «Протокол совещания № 7», "Meeting notes 2026-03-12", "Minutes of the ARB": a meeting's
/// record.
/// «Выгрузка чата «inc-20250913-lobby» (VK Teams)», "Slack export: #inc-4411", "Chat
/// transcript": a title that says the page is a chat as exported.
fn names_a_chat_export(title: &str) -> bool {
    let folded = fold(title);
    let folded = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    [
        "выгрузка чата",
        "экспорт чата",
        "лог чата",
        "переписка",
        "стенограмма",
        "chat export",
        "chat log",
        "chat transcript",
        "transcript",
        "slack export",
    ]
    .iter()
    .any(|opening| folded.starts_with(opening))
}

fn names_a_meeting(title: &str) -> bool {
    const MEETINGS: [&str; 7] = [
        "протокол совещания",
        "протокол встречи",
        "meeting notes",
        "meeting minutes",
        "minutes of",
        "заметки встречи",
        "итоги встречи",
    ];
    let folded = fold(title);
    MEETINGS.iter().any(|meeting| folded.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(meeting))
}

/// «Архитектурные решения», "Architecture decisions", "Decision log", «Постмортемы»: a title
/// that names a collection of documents, not one of them.
fn names_a_collection(title: &str) -> bool {
    const COLLECTIONS: [&str; 17] = [
        "архитектурные решения",
        "решения",
        "журнал решений",
        "architecture decisions",
        "architectural decisions",
        "decisions",
        "decision log",
        "architecture decision log",
        "adr log",
        "adrs",
        "architecture decision records",
        "постмортемы",
        "разборы инцидентов",
        "post-mortems",
        "postmortems",
        "runbooks",
        "ранбуки",
    ];
    let folded = fold(title);
    COLLECTIONS.contains(&folded.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// The one kind a page's tags name (`tags: runbook, esim, on-call` in a wiki's header): a
/// tag that is a kind's own word. Tags naming two kinds name none.
/// An incident's tag (`инцидент`, `incident`) names a post-mortem only when no tag names
/// another kind (a runbook tagged `incident` is a runbook). A nested tag (`adr/принято`)
/// names its kind by its first part.
fn kind_of_tags(tags: &[String]) -> Option<Kind> {
    let named = |strong: bool| {
        tags.iter().filter_map(move |tag| {
            let folded = fold(tag);
            let word = folded.trim_start_matches('#').split('/').next().unwrap_or_default().to_owned();
            match (word.as_str(), strong) {
                ("runbook" | "runbooks" | "playbook" | "sop" | "mop" | "ранбук" | "регламент", true) => {
                    Some(Kind::Runbook)
                }
                ("postmortem" | "post-mortem" | "postmortems" | "rca" | "постмортем" | "incident-review", true) => {
                    Some(Kind::Postmortem)
                }
                ("adr" | "adrs", true) => Some(Kind::Adr),
                ("tech-roadmap" | "roadmap", true) => Some(Kind::TechRoadmap),
                ("poc", true) => Some(Kind::Poc),
                ("spec" | "tech-spec" | "techspec" | "тз" | "спецификация", true) => Some(Kind::TechSpec),
                ("estimate" | "estimates" | "оценка", true) => Some(Kind::Estimate),
                ("infra-plan" | "infraplan", true) => Some(Kind::InfraPlan),
                ("migration" | "migration-guide" | "миграция", true) => Some(Kind::Migration),
                ("incident" | "incidents" | "инцидент" | "инциденты", false) => Some(Kind::Postmortem),
                _ => None,
            }
        })
    };
    let one = |mut kinds: Box<dyn Iterator<Item = Kind> + '_>| {
        let first = kinds.next()?;
        kinds.all(|kind| kind == first).then_some(first)
    };
    match named(true).next() {
        Some(_) => one(Box::new(named(true))),
        None => one(Box::new(named(false))),
    }
}

/// `Category: 📌 Decision` (a message board's post), «Тип документа: Регламент»: the kind a
/// page's own category field names.
fn kind_of_category(fields: &[Field]) -> Option<Kind> {
    const LABELS: [&str; 8] =
        ["category", "категория", "type", "тип", "doc type", "document type", "тип документа", "вид документа"];
    let field = fields.iter().find(|field| field.key.is_none() && LABELS.contains(&fold(&field.label).trim()))?;
    super::kind::kind_named(&meta::strip_markup(&field.value))
}

/// The year a roadmap plans, for quarters written without one (`## Q1`): the year its title
/// names («Техническая дорожная карта 2026»), else the year of its date.
fn roadmap_year(doc: &Document) -> Option<u16> {
    let named = doc
        .title()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|digits| digits.len() == 4 && digits.starts_with("20"))
        .filter_map(|digits| digits.parse().ok())
        .collect::<Vec<u16>>();
    match named.as_slice() {
        [year] => Some(*year),
        // «Roadmap 2026–2027»: which year a bare quarter means is not said.
        [_, ..] => None,
        [] => doc.date().map(|date| date.year),
    }
}

/// A decision whose status is "Open" ("Open — needs a decision by the ARB") has not been
/// taken: it is proposed, and no misspelt status.
fn open_decision_is_proposed(meta: &mut Metadata, diagnostics: &mut Vec<Diagnostic>) {
    let Some(status) = meta.status.as_mut() else { return };
    let Status::Unknown(written) = &status.value else { return };
    let folded = fold(written);
    let first_word = folded.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    if matches!(first_word, "open" | "открыто" | "открыт" | "открыта") {
        status.value = Status::Proposed;
        diagnostics.retain(|found| found.code != "W0202");
    }
}

/// A page whose name and title say nothing, with an incident's fields: a severity and how
/// long it lasted (or when it started and ended). Such a page is a post-mortem.
fn shaped_like_an_incident(meta: &Metadata) -> bool {
    meta.states(FieldKey::Severity)
        && (meta.states(FieldKey::Duration) || meta.states(FieldKey::Start) && meta.states(FieldKey::End))
}

/// The record's number a header field states (`Номер: АР-12`, `Number: ADR-7`: a knowledge
/// base's card named by its subject alone), or `None` inside when it states a register's code
/// (`| Decision ID | DR-002 |`, `Номер решения | АРХ-003`), by which the record is found
/// instead. `None` when no such field names either.
fn record_number_field(fields: &[Field]) -> Option<Option<Located<AdrNumber>>> {
    fields.iter().filter(|field| field.key.is_none() && meta::names_a_record_number(&field.label)).find_map(|field| {
        let value = meta::strip_markup(&field.value);
        let value = value.trim();
        match adr_id::title_number(value) {
            Some(number) => {
                Some(Some(Located::stated(AdrNumber { value: number, digits: 0 }, Origin::Text, field.line)))
            }
            None => adr_id::record_code(value).map(|_| None),
        }
    })
}

/// An ADR number the title states (`ADR-0005: …`, adr-tools' `5. …`).
fn number_in_title(title: &Located<String>) -> Option<Located<AdrNumber>> {
    // «Задача №1187. АР-001: Единый API-шлюз»: the record's number after the task's.
    let after_task = || super::kind::without_task_number(&title.value).and_then(adr_id::title_number);
    let value =
        adr_id::title_number(&title.value).or_else(|| adr_id::adr_tools_number(&title.value)).or_else(after_task)?;
    Some(Located { value: AdrNumber { value, digits: 0 }, origin: Origin::Title, line: title.line })
}

/// A state a deliverable that is not a decision passes through, kept as written: an
/// incident's (investigating, mitigated, resolved, «действия в работе»…) on a post-mortem,
/// a piece of work's (in progress, completed, «завершён»…) on a PoC, plan, spec, migration,
/// estimate or roadmap.
fn is_lifecycle_state(kind: Kind, status: &Status) -> bool {
    let Status::Unknown(written) = status else { return false };
    let folded = fold(written);
    let starts = |words: &[&str]| words.iter().any(|word| folded.starts_with(word));
    // «Задачи в работе», "action items в работе": an incident's state may come after a word.
    let names = |words: &[&str]| {
        words.iter().any(|word| {
            folded.match_indices(word).any(|(at, _)| {
                let before = folded[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = folded[at + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
        })
    };
    match kind {
        Kind::Postmortem => {
            starts(&INCIDENT_STATES) || starts(&WORK_STATES) || names(&INCIDENT_STATES) || names(&WORK_STATES)
        }
        Kind::Adr | Kind::Page => false,
        _ => starts(&WORK_STATES),
    }
}

/// How work is going: in progress, done.
const WORK_STATES: [&str; 25] = [
    "issued",
    "выпущен",
    "final",
    "окончательный",
    "окончательная",
    "финальный",
    "reviewed",
    "published",
    "опубликован",
    "in progress",
    "completed",
    "complete",
    "done",
    "finished",
    "active",
    "в работе",
    "завершен",
    "завершено",
    "завершена",
    "выполнен",
    "выполнено",
    "выполняется",
    "действует",
    "актуален",
    "актуально",
];

/// Where an incident is: investigating, mitigated, resolved, closed; its follow-ups underway.
const INCIDENT_STATES: [&str; 20] = [
    "resolved",
    "closed",
    "mitigated",
    "monitoring",
    "investigating",
    "identified",
    "open",
    "решен",
    "решено",
    "закрыт",
    "закрыто",
    "устранен",
    "устранено",
    "восстановлено",
    "расследуется",
    "расследование",
    "мониторинг",
    "открыт",
    "действия в работе",
    "follow-ups in progress",
];

/// A status such as MADR's `{proposed | rejected | accepted | …}` or `[draft | proposed]`:
/// the placeholder of a template.
fn has_placeholder_status(meta: &Metadata) -> bool {
    matches!(&meta.status, Some(Located { value: Status::Unknown(written), .. }) if written.contains('|') && written.starts_with(['{', '[', '<', '(']))
}

/// The front matter and the text merged: front matter wins, the text fills gaps, and a
/// disagreement on the status or the date is a warning.
fn merge(sources: Sources, file: &str, diagnostics: &mut Vec<Diagnostic>) -> Metadata {
    let Sources { front: mut meta, text: mut inline } = sources;
    // `статус: проект` above «**Статус документа:** проект (на согласовании у Заказчика)»: the
    // same word, which the text's note makes more exact; the text's reading wins.
    let same_word = matches!((&meta.status_as_written, &inline.status_as_written), (Some(front), Some(text)) if fold(front) == fold(text));
    if same_word && inline.status.is_some() {
        meta.status = inline.status.take();
        meta.status_as_written = inline.status_as_written.take();
    }
    if let (Some(front), Some(written)) = (&meta.status, &inline.status) {
        if front.value != written.value {
            diagnostics.push(
                Diagnostic::warning(
                    "W0203",
                    format!(
                        "status «{}» in the text disagrees with «{}» in the front matter; the front matter wins",
                        written.value, front.value
                    ),
                )
                .at(file, written.line.unwrap_or(1), 1),
            );
        }
    }
    if let (Some(front), Some(written)) = (&meta.date, &inline.date) {
        if front.value != written.value {
            meta.text_date = Some(written.clone());
            diagnostics.push(
                Diagnostic::warning(
                    "W0203",
                    format!(
                        "date {} in the text disagrees with {} in the front matter; the front matter wins",
                        written.value, front.value
                    ),
                )
                .at(file, written.line.unwrap_or(1), 1),
            );
        }
    }
    match (&meta.title, inline.title) {
        (None, inline) => meta.title = inline,
        (Some(front), Some(heading)) if front.value != heading.value => meta.heading_title = Some(heading.value),
        _ => {}
    }
    // A title written over two headings (`# РЕГЛАМЕНТ` / `# восстановления …`), read whole.
    if meta.heading_title.is_none() {
        meta.heading_title = inline.heading_title;
    }
    if meta.status.is_none() {
        meta.status = inline.status;
        meta.status_as_written = inline.status_as_written;
    }
    if meta.date.is_none() {
        meta.date = inline.date;
    }
    if meta.implied_date.is_none() {
        meta.implied_date = inline.implied_date;
    }
    meta.created = meta.created.or(inline.created);
    meta.lead_date = inline.lead_date;
    // A Logseq page's `type:: adr`: its properties are its front matter.
    if meta.kind.is_none() {
        meta.kind = inline.kind;
    }
    // The text's fields fill what the front matter leaves open; among themselves they are
    // all kept, in order (`Приоритет: Срочный` in a tracker's header, then the summary's
    // `Уровень: S1`: the reader of each figure picks the one named for it).
    // A tracker's `priority: Urgent` in front matter leaves the review's own `**Уровень:** S2`
    // to be read: [`Deliverable::severity`] prefers the level named for what it is.
    let priority = |field: &Field| field.key == Some(FieldKey::Severity) && meta::names_a_priority(&field.label);
    let front_keys: Vec<FieldKey> =
        meta.fields.iter().filter(|field| !priority(field)).filter_map(|field| field.key).collect();
    for field in inline.fields {
        if !field.key.is_some_and(|key| front_keys.contains(&key)) {
            meta.fields.push(field);
        }
    }
    for relation in inline.relations {
        let duplicate =
            meta.relations.iter().any(|known| known.relation == relation.relation && known.target == relation.target);
        if !duplicate {
            meta.relations.push(relation);
        }
    }
    for tag in inline.tags {
        if !meta.tags.contains(&tag) {
            meta.tags.push(tag);
        }
    }
    meta.header_lines = inline.header_lines;
    meta.adr_sections = inline.adr_sections;
    meta
}

fn title_from_name(id: &str) -> String {
    let file = id.rsplit('/').next().unwrap_or(id);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    if stem.eq_ignore_ascii_case("index") || stem.eq_ignore_ascii_case("readme") {
        if let Some((parent, _)) = id.rsplit_once('/') {
            return parent.rsplit('/').next().unwrap_or(parent).to_owned();
        }
    }
    // `Proposal - Move Orchestration …`: a spaced dash is the title's own; an Azure DevOps
    // wiki writes a title's own hyphen as `%2D` (`ADR%2D001-ClickHouse-for-marts`).
    let title = stem.split(" - ").map(|part| part.replace(['-', '_'], " ")).collect::<Vec<_>>().join(" - ");
    if title.contains('%') {
        crate::urls::percent_decode(&title)
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_parse() {
        use crate::deliverable::{parse, Kind, Status, Vocabulary};
        let doc =
            parse("adr/adr-0002-kafka.md", "# Kafka для событий\n\n**Статус:** Принято\n", &Vocabulary::default());
        assert_eq!((doc.kind(), doc.number_value(), doc.status()), (Kind::Adr, Some(2), Some(&Status::Accepted)));
        assert_eq!(doc.title(), "Kafka для событий");
    }
    use crate::deliverable::vocab::StatedRelation;

    fn doc(id: &str, text: &str) -> Document {
        parse(id, &crate::text::normalize(text), &Vocabulary::default())
    }

    /// Each action's text, owner, due date and state.
    fn actions_of(doc: &Document) -> Vec<(&str, Option<&str>, Option<Date>, super::actions::ActionState)> {
        doc.actions.iter().map(|a| (a.text.as_str(), a.owner.as_deref(), a.due, a.state)).collect()
    }

    #[test]
    fn a_length_whose_note_says_it_was_the_customers_impact() {
        let text = "# INC-1 Card spike\n\n- Severity:: SEV-1\n- Duration:: 47 min (customer impact; auth p99 > 2s from 14:08 to 14:55 CET)\n";
        assert_eq!(doc("Incidents/a.md", text).incident_minutes(), Some(47));
    }

    #[test]
    fn tracker_follow_ups_with_their_own_field_names() {
        use super::actions::ActionState::{Done, Open};
        let planfix = "# Задача #48213. Разбор сбоя 19.02\n\n**Критичность:** Высокая\n\n## Подзадачи (корректирующие действия)\n\n\
                       | Задача | Название | Исполнитель | Дата завершения | Статус |\n|---|---|---|---|---|\n\
                       | #48230 | Ограничить матрицу | Артём Ким | 06.03.2026 | Завершенная |\n| #48234 | Нагрузочный тест | — | — | Новая |\n\
                       | #48235 | Дополнить ранбук | Ирина | 31.01.2026 | закрыта как неактуальная |\n";
        let card = doc("incidents/48213-razbor-sboya.md", planfix);
        assert_eq!(
            actions_of(&card),
            vec![
                ("#48230 Ограничить матрицу", Some("Артём Ким"), Date::new(2026, 3, 6), Done),
                ("#48234 Нагрузочный тест", None, None, Open),
                (
                    "#48235 Дополнить ранбук",
                    Some("Ирина"),
                    Date::new(2026, 1, 31),
                    super::actions::ActionState::Dropped
                )
            ]
        );
        let targetprocess = "# INC-124: Задвоение платежей\n\n**Severity:** Blocking\n\n## Действия\n\n\
                             - **Передавать ключ идемпотентности**\n  - Owner: Петров Илья\n  - Planned End Date: 20.02.2026\n  - Entity State: Done\n";
        let blog = "# Разбор: уведомления\n\n**Severity:** SEV-2\n\n## Что будем делать\n\n\
                    - Ограничить параллелизм\n    - Отв.: Ким В.\n    - Срок: 27.03.2026\n    - ✔ выполнено\n\
                    - Разнести топики\n    - Отв.: Ким В.\n    - Срок: 30.04.2026\n    - открыто\n";
        assert_eq!(
            actions_of(&doc("incidents/notifications.md", blog)),
            vec![
                ("Ограничить параллелизм", Some("Ким В."), Date::new(2026, 3, 27), Done),
                ("Разнести топики", Some("Ким В."), Date::new(2026, 4, 30), Open)
            ],
            "a state written alone under the item's fields"
        );
        let entity = doc("incidents/INC-124.md", targetprocess);
        assert_eq!(
            actions_of(&entity),
            vec![("Передавать ключ идемпотентности", Some("Петров Илья"), Date::new(2026, 2, 20), Done)]
        );
    }

    #[test]
    fn a_retro_board_a_tracked_spec_and_a_board_s_day() {
        let retro = "# Retro: EHR sync outage (7 Oct 2025)\n\n## Frame: Ideas\n\n- 🟦 lag alert\n\n---\n\n## Facilitator summary\n\n\
                     **Severity:** SEV2\n**Customer impact:** 14:12–16:47 UTC — admissions (2h35m).\n";
        let retro = doc("handbook/retros/2025-10-07-ehr-sync-outage.md", retro);
        assert_eq!((retro.kind(), retro.severity().as_deref()), (Kind::Postmortem, Some("SEV-2")));
        let feature = "# Feature #41210: Полис КАСКО через API\n\nEntity State: In Progress\nOwner: Ковалёв Дмитрий\n\
                       Статус ТЗ: Согласовано (27.02.2026, архитектурный комитет)\n\n## Description\n\nx\n";
        let feature = doc("Feature/41210-kasko-api.md", feature);
        assert_eq!((feature.kind(), feature.status().map(|status| status.id())), (Kind::TechSpec, Some("accepted")));
        let view = "# Роадмап мобильного приложения — Q2 2026\n\nСрез на 20.05.2026 (выгрузка из view «Roadmap / Q2»)\n\n\
                    | Фича | Команда | State |\n|---|---|---|\n| Оплата по СБП | Checkout | Done |\n| Чаевые | Checkout | In Progress |\n";
        let view = doc("Documents/roadmap-q2.md", view);
        assert_eq!((view.kind(), view.date()), (Kind::TechRoadmap, Date::new(2026, 5, 20)));
        let hill = "# Дорожная карта 2026 — холм\n\n**Снимок холма на 18 мая 2026** · ведёт Ирина\n\n\
                    | № | Область | Положение на холме |\n|---|---|---|\n| 1 | Маршруты | в гору, 30% |\n";
        assert_eq!(doc("hill-charts/karta-2026.md", hill).date(), Date::new(2026, 5, 18));
    }

    #[test]
    fn a_doctave_callout_titled_last_reviewed_dates_the_review() {
        let runbook = "# Draining a node\n\n{% info Last reviewed %}\n14 July 2025 by Maya Khan.\n{% end %}\n\nUse this when a node is unhealthy.\n\n## 1. Cordon\n\nx\n";
        let converted = crate::markdown::dialects::as_commonmark(runbook);
        let runbook = doc("docs/runbooks/node-drain.md", &converted);
        assert_eq!(runbook.kind(), Kind::Runbook);
        assert!(
            runbook.field(FieldKey::LastReviewed).is_some_and(|day| day.contains("14 July 2025")),
            "{:?}",
            runbook.fields
        );
    }

    #[test]
    fn a_war_room_s_transcript_beside_its_review_is_a_page() {
        let transcript = "# Выгрузка чата «inc-20250913-lobby» (VK Teams)\n\nЭкспорт: 14.09.2025. Разбор: [review.md](review.md)\n\n```\n[13.09.2025 20:19] Ника: выкидывает из лобби\n[13.09.2025 20:22] Глеб: объявляю инцидент S2\n```\n";
        assert_eq!(doc("incidents/2025-09-13-lobby-crash/vkteams-chat.md", transcript).kind(), Kind::Page);
        let review = "# Разбор: падение лобби\n\n**Уровень:** S2\n";
        assert_eq!(doc("incidents/2025-09-13-lobby-crash/review.md", review).kind(), Kind::Postmortem);
        let pinned =
            "# Выгрузка чата war-room-payments\n\n📌 Закреплено:\n\n**Уровень:** P1 · **Длительность:** 1 ч 40 мин\n";
        assert_eq!(
            doc("incidents/2026-03-12-payments/chat.md", pinned).kind(),
            Kind::Postmortem,
            "a summary pinned in it"
        );
    }

    #[test]
    fn a_chat_topic_s_decision_and_estimate_and_a_poc_s_report_day() {
        let topic =
            "# #arch › ADR-002: шардирование\n\n*Поток `#arch` · 9 сообщений · 02.06.2025 — 18.06.2025*\n\n---\n\n\
                     **Тимур Валиев** · 2025-06-02 14:20\n\nПредлагаю шардировать.\n\n---\n\n\
                     **Кирилл Соболев** · 2025-06-18 11:00\n\n**Итог: отклонено.** Не делаем.\n";
        let d = doc("streams/arch/ADR-002-shardirovanie.md", topic);
        assert_eq!(
            (d.status(), d.date()),
            (Some(&Status::Rejected), Date::new(2025, 6, 18)),
            "the deciding comment's day"
        );
        let replaced = "# ADR-001: очередь\n\n**Статус:** Заменено — см. ADR-003.\n\n## Контекст\n\nx\n\n---\n\n\
                        **Кирилл Соболев** · 2025-03-12 16:00\n\nСтатус: принято, 12.03.2025.\n";
        assert_eq!(doc("streams/arch/ADR-001-ochered.md", replaced).status(), Some(&Status::Superseded));
        let estimate =
            "# #planning › оценка: миграция на NATS\n\n*Поток `#planning` · 8 сообщений · 24.11.2025 — 25.11.2025*\n\n\
                        | Задача | SP |\n|---|---|\n| Модуль | 8 |\n| **Итого** | **8 SP** |\n";
        let d = doc("streams/planning/ocenka.md", estimate);
        assert_eq!((d.kind(), d.date()), (Kind::Estimate, Date::new(2025, 11, 25)), "settled on the thread's last day");
        let poc = "# PoC: NATS JetStream\n\n**Даты:** 13.10.2025 – 24.10.2025 · **Отчёт от:** 28 октября 2025\n\n## Цель\n\nx\n\n## Критерии успеха\n\nx\n";
        let d = doc("summaries/poc-nats.md", poc);
        assert_eq!((d.kind(), d.date()), (Kind::Poc, Date::new(2025, 10, 28)));
    }

    #[test]
    fn a_reviewed_procedure_is_a_runbook() {
        let tls = "# Ротация TLS-сертификатов на балансировщиках\n\n| | |\n|---|---|\n| Владелец | Сетевая группа (Орлов Д.) |\n| Последняя проверка | 12.02.2026 |\n| Следующая проверка | 12.08.2026 |\n\nИнструкция переработана 12.02.2026 по итогам [инцидента 03.02.2026](x.md).\n\n## Когда выполнять\n\n- Плановая ротация.\n\n## Внешние сертификаты (F5)\n\n1. Выпустить.\n\n## Проверка\n\n- curl.\n";
        let d = doc("Эксплуатация/Ротация TLS-сертификатов на балансировщиках.md", tls);
        assert_eq!((d.kind(), d.field(FieldKey::LastReviewed)), (Kind::Runbook, Some("12.02.2026")), "{:?}", d.fields);
        let restore = "# Восстановление PostgreSQL из резервной копии WAL-G\n\n| Владелец | Группа СУБД |\n|---|---|\n| Последний ревью | 8 декабря 2025 г. (Лебедев К.) |\n| Время выполнения | 1–4 часа |\n\n## 1. Подготовка\n\nx\n\n## 2. Выбор копии\n\nx\n\n## 3. Восстановление\n\nx\n\n## 4. Проверка и завершение\n\nx\n";
        let d = doc("Эксплуатация/Восстановление PostgreSQL из резервной копии WAL-G.md", restore);
        assert_eq!(d.kind(), Kind::Runbook, "{:?}", d.fields);
        assert!(d.field(FieldKey::LastReviewed).is_some_and(|value| value.contains("2025")), "{:?}", d.fields);
    }

    #[test]
    fn a_decision_is_dated_by_its_proposal_not_by_the_page_s_last_edit() {
        let page = "# АР-002. Сроки хранения\n\n| Свойство | Значение |\n| --- | --- |\n| Автор | Екатерина Самойлова |\n| Последнее изменение | 20.05.2026 11:48 |\n\n> **Статус:** На рассмотрении\n> **Предложено:** 14.05.2026\n\n## Контекст\n\nx\n\n## Решение\n\ny\n";
        let adr = doc("noc/arch/ar-002-retention.md", page);
        assert_eq!((adr.kind(), adr.date()), (Kind::Adr, Date::new(2026, 5, 14)));
        let spec = doc("noc/plans/spec-x.md", &page.replace("АР-002. Сроки", "Техспека: сроки"));
        assert_eq!(spec.date(), Date::new(2026, 5, 20), "a living document is as recent as its last edit");
    }

    #[test]
    fn an_azure_devops_wiki_page_is_titled_by_its_name_over_h1_sections() {
        let page = "| | |\n|---|---|\n| **Status** | Accepted |\n| **Date** | 5 June 2025 |\n\n# Context\n\nWhy.\n\n# Decision\n\nWhat.\n";
        let adr = doc("Architecture-Decisions/ADR%2D001-ClickHouse-for-analytical-marts.md", page);
        assert_eq!(adr.title(), "ADR-001 ClickHouse for analytical marts");
        assert_eq!((adr.kind(), adr.number_value(), adr.status()), (Kind::Adr, Some(1), Some(&Status::Accepted)));
        assert_eq!(adr.date(), Date::new(2025, 6, 5));
        let titled = doc("notes/kafka.md", "# Context\n\nOne H1 is the page's title.\n");
        assert_eq!(titled.title(), "Context");
        let subject = doc("adr/0002-cdc.md", "# Decision: ReplacingMergeTree\n\n# Context\n\nx\n");
        assert_eq!(subject.title(), "Decision: ReplacingMergeTree", "a section's word opening a title");
    }

    #[test]
    fn a_converted_site_s_pages_each_in_its_folder() {
        let estimate = "[Главная](../../../index.md) › [Планы](../../index.md) › Оценка\n\n# Оценка трудозатрат: переезд в ЦОД-2\n\nДата оценки: 26.01.2026\n\n| Работа | Чел.-дни |\n| --- | --- |\n| Сеть | 12 |\n| **Итого** | **146** |\n";
        assert_eq!(doc("plany/pereezd/ocenka/index.md", estimate).kind(), Kind::Estimate, "one record's folder");
        let section = "# Оценки\n\n- [Переезд](pereezd/index.md)\n";
        assert_eq!(doc("plany/ocenki/index.md", section).kind(), Kind::Page, "a folder of them");
        let incident = "# Истёк сертификат VPN-шлюза (18.04.2026)\n\n> Уровень 3 · влияние 35 минут · автор: Ковалёва М.\n\n**Что случилось.** Истёк сертификат.\n";
        let d = doc("incidenty/2026-04-18-vpn/index.md", incident);
        assert_eq!((d.kind(), d.incident_minutes()), (Kind::Postmortem, Some(35)));
    }

    #[test]
    fn a_vuepress_page_s_badge_and_review_tip() {
        let adr = "---\ntitle: \"ADR-0001: Iceberg\"\ndate: 2025-08-14\n---\n\n# ADR-0001: Iceberg как формат таблиц <Badge type=\"tip\" text=\"accepted\" />\n\n## Контекст\n\nx\n";
        let d = doc("docs/adr/0001-iceberg.md", adr);
        assert_eq!((d.status().map(|s| s.id()), d.title()), (Some("accepted"), "ADR-0001: Iceberg"));
        // (`::: tip Последний ревью` as the dialect rewriter leaves it.)
        let runbook = "# Runbook: Airflow\n\n> [!TIP] Последний ревью\n> 2026-03-02, Мария Соколова — шаги проверены после [инцидента 19.01](../incidents/2026-01-19-airflow.html). Следующий ревью — через полгода.\n\n## Шаги\n\n1. Проверить.\n";
        let d = doc("docs/runbooks/airflow.md", runbook);
        assert_eq!(d.field(FieldKey::LastReviewed).and_then(Date::find), Date::new(2026, 3, 2));
    }

    #[test]
    fn a_hackmd_note_s_name_time_boxes_and_when() {
        use super::actions::ActionState::{Done, Open};
        // (`:::success` / `:::warning` boxes as the dialect rewriter leaves them.)
        let adr = "# ADR-004: Ключи идемпотентности\n\n[name=Олег Сафронов] [time=Mon, Sep 29, 2025 6:10 PM]\n\n\
                   > [!TIP]\n> **Принято** 4 марта 2025 г.\n\n## Контекст\n\nx\n";
        let d = doc("notes/adr-004-idempotency.md", adr);
        assert_eq!(d.status().map(|s| s.id()), Some("accepted"));
        let review = "# Разбор: падение корзины\n\n[name=Олег Сафронов] [time=Thu, Apr 9, 2026 10:00 AM]\n\n\
                      **Когда:** 8 апреля 2026, с 19:12 до 19:58 МСК\n\n## Что случилось\n\nКорзина отдавала 500.\n\n\
                      ## Что делаем дальше\n\n> [!WARNING]\n> - [ ] Добавить алерт на очередь [name=Ирина Котова] до 15.05.2026\n\
                      > - [x] Поднять лимит пула [name=Олег Сафронов]\n";
        let d = doc("notes/razbor-korzina.md", review);
        assert_eq!((d.kind(), d.incident_minutes()), (Kind::Postmortem, Some(46)));
        assert_eq!(
            actions_of(&d),
            [
                ("Добавить алерт на очередь", Some("Ирина Котова"), Date::new(2026, 5, 15), Open),
                ("Поднять лимит пула", Some("Олег Сафронов"), None, Done),
            ]
        );
        let stamped = "# PoC: очередь на NATS\n\n[name=Олег] [time=Mon, Sep 29, 2025 6:10 PM]\n\nТекст.\n";
        assert_eq!(doc("notes/poc-nats.md", stamped).date(), Date::new(2025, 9, 29));
    }

    #[test]
    fn a_hint_s_severity_badge_and_the_span_the_impact_lasted() {
        // (GitBook's `{% hint style="danger" %}` as the dialect rewriter leaves it.)
        let review = "# Incident review: duplicate payouts\n\n> [!CAUTION]\n> **SEV-1.** 412 merchant payouts were sent \
                      twice. Customer-facing impact lasted **2h 35m**. 96% was recovered.\n\n**Incident date:** 2026-02-17\n\n\
                      ## What happened\n\nA network blip.\n";
        let d = doc("incidents/2026-02-17-duplicate-payouts.md", review);
        assert_eq!((d.severity().as_deref(), d.incident_minutes()), (Some("SEV-1"), Some(155)));
        let russian = "# Разбор: отказ касс\n\nПростой длился около 1 ч 10 мин, кассы не принимали карты.\n\n## Хронология\n\nx\n";
        assert_eq!(doc("incidents/2026-03-01-kassy.md", russian).incident_minutes(), Some(70));
        let players = "# Весенний ивент не стартовал\n\nРазбор инцидента. Уровень: **S3**\n\n## Коротко\n\n\
                       Ивент открылся в 10:40 вместо 10:00 — игроки 40 минут видели таймер «скоро» вместо заданий.\n\n\
                       ## Хронология\n\n* 10:00 — старт по плану.\n";
        assert_eq!(doc("Инциденты/Весенний ивент.md", players).incident_minutes(), Some(40));
    }

    #[test]
    fn a_gitlab_issue_s_scoped_labels_and_closing_day() {
        use super::actions::ActionState::Open;
        let decision = "# ADR-004: Перевод событий трекинга на Kafka\n\n- **Issue:** platform/dispatch#131\n- **Состояние:** закрыто\n- **Метки:** ~\"тип::ADR\" ~\"статус::принято\" ~\"команда::трекинг\"\n- **Создано:** 2025-11-03 · **Закрыто:** 2025-11-20\n\n## Контекст\n\nx\n\n## Решение\n\ny\n";
        let d = doc("issues/131-adr-004-perevod.md", decision);
        assert_eq!(d.status().map(|s| s.id()), Some("accepted"), "the status label over the issue's state");
        assert_eq!(d.date().map(|d| d.to_string()).as_deref(), Some("2025-11-20"), "closed when decided");
        let incident = "# Инцидент: дубли заявок\n\n- **Состояние:** открыто\n- **Метки:** ~\"тип::инцидент\" ~\"критичность::S2\" ~биржа\n\n### Задачи после инцидента\n\n- [ ] Тест на повторную доставку (chaos: рестарт брокера) — не назначено, до 30.06.2026\n";
        let d = doc("issues/157-intsident.md", incident);
        assert_eq!(d.severity().as_deref(), Some("S2"));
        let due = Date::new(2026, 6, 30);
        assert_eq!(actions_of(&d), vec![("Тест на повторную доставку (chaos: рестарт брокера)", None, due, Open)]);
    }

    #[test]
    fn a_plain_text_note_with_no_title_line_and_lower_case_keys() {
        use super::actions::ActionState::{Done, Dropped, Open};
        let incident = "когда: 14 февраля 2026, пятница\nважность: P2 (по нашей шкале — деградация)\nвлияние: с 10:42 до 12:07 часть оплат висела\n\nЧто было\nУтром выкатили notifier.\n\nЧто делаем\n- [x] алерт на lag — Паша, до 20.02\n- [ ] idempotency key в notifier — Дима К., до конца марта\n- [ ] нагрузочный тест — кто? не назначили пока\n- [ ] перенести сессии в Sentinel — Паша — без срока — решили не делать\n\nTags: инцидент\n";
        let d = doc("Постмортем 14.02 — платежи отваливались.md", incident);
        assert_eq!((d.severity().as_deref(), d.incident_minutes()), (Some("P2"), Some(85)));
        let end_of_march = Date::new(2026, 3, 31);
        assert_eq!(
            actions_of(&d),
            vec![
                ("алерт на lag", Some("Паша"), Date::new(2026, 2, 20), Done),
                ("idempotency key в notifier", Some("Дима К."), end_of_march, Open),
                ("нагрузочный тест", None, None, Open),
                ("перенести сессии в Sentinel", Some("Паша"), None, Dropped),
            ]
        );
        let decision = doc(
            "ADR-01 Секреты в Vault.md",
            "статус: принято\nрешили на архкомитете 12.03.25, были я, Паша, Лена\n\nКонтекст\nСекреты в env.\n",
        );
        assert_eq!(decision.date().map(|d| d.to_string()).as_deref(), Some("2025-03-12"));
        let runbook = doc(
            "Ранбук ротация TLS.md",
            "обновил 15.09.25, прогнал по шагам на стейдже — работает\n\nШаги\n1. Проверить.\n",
        );
        assert_eq!(runbook.field(FieldKey::LastReviewed), Some("2025-09-15"));
    }

    #[test]
    fn a_follow_up_kept_as_a_record_is_a_page_with_its_one_action() {
        use super::actions::ActionState::{Done, Open};
        let record = "# Регламент продления SSL-сертификатов\n\n**Инцидент:** ИНЦ-031 Недоступность портала закупок\n**Ответственный:** Кирилл Осипов\n**Срок:** 2026-04-30\n**Статус:** Выполнено\n**Приоритет:** Высокий\n**Создано:** 2026-04-21T12:10:05.000Z\n\n## Комментарий\n\nГотово.\n";
        let d = doc("Мероприятия/Регламент продления SSL-сертификатов.md", record);
        assert_eq!(d.kind(), Kind::Page, "«Регламент…» names the task, not a runbook");
        let due = Date::new(2026, 4, 30);
        assert_eq!(actions_of(&d), vec![("Регламент продления SSL-сертификатов", Some("Кирилл Осипов"), due, Done)]);
        assert!(d.diagnostics.is_empty(), "«Выполнено» is the task's state: {:?}", d.diagnostics);
        assert_eq!(d.follow_up_of().map(|field| field.value.as_str()), Some("ИНЦ-031 Недоступность портала закупок"));
        let english = doc(
            "actions/alerting.md",
            "# Add cert expiry alerting\n\n- Incident: INC-88\n- Owner: Kofi Mensah\n- Due: 2026-05-01\n- Status: Not started\n",
        );
        assert_eq!(
            actions_of(&english),
            vec![("Add cert expiry alerting", Some("Kofi Mensah"), Date::new(2026, 5, 1), Open)]
        );
        // An incident's own page names its incident too, with its severity and window; a page
        // that names an incident and nothing to do is no record.
        let review = doc(
            "reviews/inc-88.md",
            "# Review of INC-88\n\n- Incident: INC-88\n- Severity: SEV-2\n- Duration: 45 min\n- Status: Closed\n\n## Action items\n\n- [ ] Alerting (Kofi, 2026-05-01)\n",
        );
        assert_eq!(
            (review.kind(), review.follow_up_of().is_some(), review.actions.len()),
            (Kind::Postmortem, false, 1)
        );
        let note =
            doc("notes/cert.md", "# Регламент продления сертификатов\n\n**Инцидент:** ИНЦ-031\n\n1. Проверить срок.\n");
        assert_eq!((note.kind(), note.actions.len()), (Kind::Runbook, 0));
    }

    fn relations(doc: &Document) -> Vec<(StatedRelation, Option<u32>, Option<&str>)> {
        doc.relations.iter().map(|r| (r.relation, r.target.number, r.target.link.as_deref())).collect()
    }

    #[test]
    fn a_tracker_card_s_column_and_description() {
        let decided = "# ADR-09: Idempotency via a unique constraint\n\n**List:** Decided ✅ · **Labels:** `adr` · **Members:** @m.sato\n\n## Description\n\nЗаменяет **ADR-05** ([карточка](adr-05-redis.md)).\n\n**Контекст.** Redis потерял ключи.\n\n**Decided:** 2025-12-09, arch sync\n";
        let d = doc("cards/adr-09-idempotency.md", decided);
        assert_eq!((d.kind(), d.status(), d.date()), (Kind::Adr, Some(&Status::Accepted), Date::new(2025, 12, 9)));
        assert_eq!(relations(&d), vec![(StatedRelation::Supersedes, Some(5), None)]);
        let old = "# ADR-05: Keys in Redis\n\n**List:** Superseded 🗄 · **Labels:** `adr`\n\n## Description\n\n**Context.** Retries.\n\n**Decision (22.04.2025).** Store keys in Redis.\n";
        let d = doc("cards/adr-05-redis.md", old);
        assert_eq!((d.status(), d.date()), (Some(&Status::Superseded), Date::new(2025, 4, 22)));
        let review = "# ADR-11: Смена провайдера\n\n**List:** Proposed / На ревью · **Members:** @m.sato\n";
        assert_eq!(doc("cards/adr-11.md", review).status(), Some(&Status::Proposed));
        let plans = "# Infra plan: HA\n\n**List:** Plans & PoC · **Members:** @d\n\n## Description\n\n**Status:** Approved — CAB 11.02.2026\n**Why now:** one primary.\n";
        let d = doc("cards/infra-plan-ha.md", plans);
        assert_eq!((d.status(), d.date()), (Some(&Status::Accepted), Date::new(2026, 2, 11)));
        let incident = "# 2026-01-22 Webhook delivery lag\n\n**List:** Postmortem done\n\n## Description\n\nSeverity — SEV3 (degraded)\nДата: 22.01.2026\nImpact: 2h 15m — вебхуки доходили с задержкой до 40 минут\n";
        assert_eq!(doc("cards/incident-2026-01-22-webhook-lag.md", incident).incident_minutes(), Some(135));
        let column = "# Runbook: rerun\n\n**List:** Runbooks · **Members:** @anna\n";
        assert_eq!(doc("cards/runbook-rerun.md", column).status(), None, "a column that names no state");
    }

    #[test]
    fn yaml_front_matter_madr() {
        let d = doc(
            "decisions/0007-x.md",
            "---\nstatus: accepted\ndate: 2026-02-10\ndecision-makers: [Анна, Дмитрий]\nsupersedes: ADR-0002\ndepends-on: [ADR-0001, 3]\n---\n# Use X\n",
        );
        assert_eq!((d.kind(), d.number_value(), d.status()), (Kind::Adr, Some(7), Some(&Status::Accepted)));
        assert_eq!(d.date(), Date::new(2026, 2, 10));
        assert_eq!(d.title(), "Use X");
        assert_eq!(
            relations(&d),
            vec![
                (StatedRelation::Supersedes, Some(2), None),
                (StatedRelation::DependsOn, Some(1), None),
                (StatedRelation::DependsOn, Some(3), None)
            ]
        );
        assert!(d.fields.iter().any(|f| f.key == Some(FieldKey::Deciders) && f.value == "Анна, Дмитрий"));
    }

    #[test]
    fn toml_front_matter() {
        let d = doc(
            "adr-0010-x.md",
            "+++\ntitle = \"Окно релизов\"\nstatus = \"Устарело\"\ndate = 2026-01-15\n+++\n\n# Другое\n",
        );
        assert_eq!((d.title(), d.status()), ("Окно релизов", Some(&Status::Deprecated)));
        assert_eq!(d.date(), Date::new(2026, 1, 15));
    }

    #[test]
    fn an_impact_window_before_a_note_of_how_late() {
        let late = "# Geofence alerts delayed\n\nSeverity: SEV-3\nImpact: 14:05 to 15:15 UTC — alerts delivered 4–11 minutes late for 8% of accounts\n\n## Summary\n";
        assert_eq!(doc("docs/postmortems/2026-04-02-geofence.md", late).incident_minutes(), Some(70));
        let spaced =
            "# Сбой касс\n\nSeverity: SEV-2\nImpact: 14:05 – 15:15 МСК, кассы не печатали чеки\n\n## Summary\n";
        assert_eq!(doc("docs/postmortems/2026-04-03-kassy.md", spaced).incident_minutes(), Some(70));
    }

    #[test]
    fn an_impact_whose_next_line_says_when_it_began_and_ended() {
        let text = "# Post-mortem: stale prices\n\n**Severity:** P2  \n**Date:** 7 April 2026  \n**Impact:** prices in search lagged behind the product page\nfrom 02:10 to 08:25 UTC. Users saw the old price.\n\n## What happened\n";
        let d = doc("docs/postmortems/2026-04-07-stale-prices.md", text);
        assert_eq!(d.incident_minutes(), Some(375));
        let impacts = d.fields.iter().filter(|field| field.label == "Impact").count();
        assert_eq!(impacts, 1, "{:?}", d.fields);
        let figures = "# Postmortem: lag\n\n**Date:** 2025-11-29\n\n**Summary:** the feed was stale for 134 minutes.\n\n**Impact:** No viewer lost playback. The NOC graph was\n20–40 minutes old, for about 14 M profile loads.\n\n## Timeline\n";
        assert_eq!(doc("docs/postmortems/2025-11-29-lag.md", figures).incident_minutes(), Some(134), "no times of day");
    }

    #[test]
    fn a_jira_post_mortem_is_dated_by_its_incident_not_its_ticket() {
        let text = "# SRCH-2291 Synonyms broke morphology\n\n| Field | Value |\n|---|---|\n| Type | Incident |\n| Severity | Sev 3 |\n| Created | 16/Jan/26 10:02 AM |\n| Incident start | 15/Jan/26 5:20 PM (MSK) |\n| Incident end | 15/Jan/26 6:10 PM (MSK) |\n\n## Timeline\n";
        let d = doc("docs/postmortems/SRCH-2291.md", text);
        assert_eq!((d.kind(), d.date()), (Kind::Postmortem, Date::new(2026, 1, 15)));
        let dated = text.replace("| Created |", "| Date |");
        assert_eq!(
            doc("docs/postmortems/SRCH-2291.md", &dated).date(),
            Date::new(2026, 1, 16),
            "a date as stated wins"
        );
    }

    #[test]
    fn a_start_and_an_end_on_one_line_parted_by_a_comma() {
        let text = "# 2026-03-27 Деградация API трекинга\n\nКритичность: Средняя\nДата: 27.03.2026\nНачало: 18:40 МСК, окончание: 19:32 МСК\nОтветственный за разбор: Кирилл Зуев\n\n## Что случилось\n";
        assert_eq!(doc("incidenty/2026-03-27-degradaciya.md", text).incident_minutes(), Some(52));
    }

    #[test]
    fn a_word_document_s_bold_title_block_over_numbered_sections() {
        let text = "**АО «НордКредитБанк»**\n\n**АКТ № ИНЦ-2026-007**\n\n**разбора инцидента «Недоступность ДБО ФЛ»**\n\n\
                    г. Санкт-Петербург 03.02.2026\n\n  ----------------------- ------------\n  Дата инцидента          29.01.2026\n\n\
                    \x20 Начало недоступности    10:50\n\n  Окончание недоступности 12:15\n\n  Уровень критичности     Уровень 1\n\
                    \x20 ----------------------- ------------\n\n# 1. Описание\n\nТекст.\n";
        let converted = crate::markdown::dialects::as_commonmark(text).into_owned();
        let d = doc("02_Акты/Акт_ИНЦ-2026-007.md", &converted);
        assert_eq!(d.title(), "АКТ № ИНЦ-2026-007 разбора инцидента «Недоступность ДБО ФЛ»");
        assert_eq!((d.kind(), d.date()), (Kind::Postmortem, Date::new(2026, 1, 29)));
        assert_eq!(d.incident_minutes(), Some(85));
        let plain = doc("notes/x.md", "**Note:** bold lead.\n\n# Overview\n\nText.\n");
        assert_eq!(plain.title(), "Overview", "an unnumbered first heading is the title");
    }

    #[test]
    fn a_poc_over_a_period_is_dated_by_its_end() {
        let text =
            "# PoC Temporal (декабрь 2025)\n\n**Даты:** 01.12.2025 – 19.12.2025\n**Команда:** Олег\n\n## Что сделали\n";
        assert_eq!(doc("planirovanie/poc-temporal-dekabr-2025.md", text).date(), Date::new(2025, 12, 19));
        let day = "# PoC Temporal\n\n**Дата:** 19.12.2025\n";
        assert_eq!(doc("planirovanie/poc-temporal.md", day).date(), Date::new(2025, 12, 19));
    }

    #[test]
    fn a_note_s_creation_stamp_dates_it_only_when_nothing_else_does() {
        let front = "---\ntitle: Decision 1\nid: e2f4a6c8b0d14e3f5a7c9e1b3d5f7a02\nupdated: 2025-06-23 16:02:50Z\ncreated: 2025-06-11 08:36:27Z\n---\n\n";
        let decision = doc(
            "Decisions/adr-0001-vault.md",
            &format!("{front}# Decision 1: Vault PKI\n\nDate: 2025-06-23\nStatus: Accepted\n"),
        );
        assert_eq!(decision.date(), Date::new(2025, 6, 23));
        assert!(!decision.diagnostics.iter().any(|found| found.code == "W0203"), "{:?}", decision.diagnostics);
        let runbook =
            doc("Runbooks/runbook-renewal.md", &format!("{front}> Last reviewed: 2026-02-02 by Anna\n\n# Renewal\n"));
        assert_eq!(runbook.date(), Date::new(2026, 2, 2), "a runbook is as recent as its review");
        let written = doc(
            "Runbooks/runbook-dispatch.md",
            "# Runbook: dispatch\n\nOwner: @olga\nLast updated: 2025-09-29\nLast reviewed: 2 Oct 2025 by @timur\n",
        );
        assert_eq!(written.date(), Date::new(2025, 9, 29), "the day its text was last changed");
        let bare = doc("notes/x.md", &format!("{front}# X\n\nText.\n"));
        assert_eq!(bare.date(), Date::new(2025, 6, 23), "the last update");
        let only_created = doc("notes/y.md", "---\ncreated: 2025-06-11\n---\n\n# Y\n");
        assert_eq!(only_created.date(), Date::new(2025, 6, 11));
    }

    #[test]
    fn a_wiki_js_page_s_date_is_its_last_save() {
        let front =
            "---\ntitle: АР-01. ClickHouse\npublished: true\ndate: 2025-11-20T13:05:37.214Z\neditor: markdown\n\
                     dateCreated: 2025-03-20T09:12:48.001Z\n---\n\n";
        let decided = format!(
            "{front}# АР-01. ClickHouse\n\n> **Статус:** Принято\n> **Решение принято:** 27.03.2025\n\n## Контекст\n"
        );
        let d = doc("billing/arhitektura/ar-01-clickhouse.md", &decided);
        assert_eq!(d.date(), Date::new(2025, 3, 27));
        let tabled = format!(
            "{front}# АР-02. TTL\n\n| Статус | Дата | Авторы | Дополняет |\n|---|---|---|---|\n\
                              | Утверждено | 18.11.2025 | Соколова Е. | АР-01 |\n\n## Зачем\n"
        );
        let d = doc("billing/arhitektura/ar-02-ttl.md", &tabled);
        assert_eq!(d.date(), Date::new(2025, 11, 18));
        // Two columns: the header row's two keys name the columns, as with four.
        let two =
            format!("{front}# АР-03. TTL\n\n| Статус | Дата |\n|---|---|\n| Утверждено | 18.11.2025 |\n\n## Зачем\n");
        let d = doc("billing/arhitektura/ar-03-ttl.md", &two);
        assert_eq!((d.status(), d.date()), (Some(&Status::Accepted), Date::new(2025, 11, 18)));
        let plan = format!("{front}# План миграции\n\n## Шаги\n\n1. Перенести.\n");
        assert_eq!(
            doc("billing/plany/plan.md", &plan).date(),
            Date::new(2025, 11, 20),
            "a page with no day of its own"
        );
    }

    #[test]
    fn an_rfc_raised_as_an_issue_is_dated_by_the_day_it_was_closed() {
        let header = |labels: &str| {
            format!("# [RFC] Hybrid retrieval (RFC-021)\n\nIssue #164 · opened by @anya.lee on 2025-10-14 · closed by @kirill-s on 2025-11-04  \nLabels: {labels}\n\n## Proposal\n")
        };
        let decided = doc("docs/rfcs/rfc-021-hybrid.md", &header("rfc, status:accepted"));
        assert_eq!((decided.status(), decided.date()), (Some(&Status::Accepted), Date::new(2025, 11, 4)));
        let open = doc(
            "docs/rfcs/rfc-022-x.md",
            &header("rfc, status:proposed").replace(" · closed by @kirill-s on 2025-11-04", ""),
        );
        assert_eq!(open.date(), Date::new(2025, 10, 14), "undecided: the day it was opened");
    }

    #[test]
    fn the_text_s_note_makes_the_front_matter_s_status_word_more_exact() {
        let text = "---\nстатус: проект\n---\n\n# ТР-2026-05 «Ключи»\n\n**Статус документа:** проект (на согласовании у Заказчика)\n";
        let d = doc("docs/adr/0005-keys.md", text);
        assert_eq!(d.status(), Some(&Status::Proposed));
        assert!(!d.diagnostics.iter().any(|found| found.code == "W0203"), "{:?}", d.diagnostics);
        let other = doc("docs/adr/0006-x.md", "---\nstatus: draft\n---\n\n# X\n\nStatus: accepted\n");
        assert_eq!(other.status(), Some(&Status::Draft), "another word: the front matter wins");
        assert!(other.diagnostics.iter().any(|found| found.code == "W0203"));
    }

    #[test]
    fn a_wiki_js_page_its_tags_and_a_register_s_lettered_event_part() {
        let wiki = "<!--\ntitle: Как читать лог provisioning\ntags: runbook, esim, on-call\ndate: 2026-03-12T17:25:50.233Z\n-->\n\n# Как читать лог provisioning\n\n## Пример 1\n";
        let d = doc("ru/ops/esim-provisioning-log-guide.md", wiki);
        // A runbook is as recent as its last save, which is no review.
        assert_eq!(
            (d.kind(), d.title(), d.date()),
            (Kind::Runbook, "Как читать лог provisioning", Date::new(2026, 3, 12))
        );
        assert_eq!(d.field(FieldKey::LastReviewed), None, "the wiki's last save is no review");
        let two = doc("notes/x.md", "---\ntags: [runbook, adr]\n---\n# X\n");
        assert_eq!(two.kind(), Kind::Page, "tags naming two kinds name none");
        let brief = "# Brief Report — Loss of SCADA\n\n## Part A — Event identification\n\n- **Event date:** January 17, 2026\n- **Event category:** Category 1h — loss of monitoring\n- **Loss of monitoring and control:** 02:41 to 04:18 CST, **97 minutes**\n\n## Part B — Sequence of events\n";
        let d = doc("roc/scada_frontend_loss_2026_01_17.md", brief);
        assert_eq!(d.date(), Date::new(2026, 1, 17));
        assert_eq!(d.field(FieldKey::Severity), Some("Category 1h — loss of monitoring"));
        assert_eq!(d.incident_minutes(), Some(97));
    }

    #[test]
    fn a_tracker_task_s_start_date_is_no_incident_s_day() {
        let wrike = "# PIR 2026-01-20 DNS failures\n\n| Field | Value |\n|---|---|\n| Item type | Task |\n| Start date | Jan 21, 2026 |\n| Created | Jan 21, 2026 07:55 |\n\n### Custom fields\n\n| Field | Value |\n|---|---|\n| Severity | SEV1 |\n| Incident start (UTC) | 2026-01-20 09:12 |\n| Impact end (UTC) | 2026-01-20 11:50 |\n\n## Description\n\nx\n\n### Timeline\n\nx\n";
        let wrike = doc("Incident Reviews/PIR DNS failures.md", wrike);
        assert_eq!((wrike.kind(), wrike.date()), (Kind::Postmortem, Date::new(2026, 1, 20)));
    }

    #[test]
    fn a_card_s_estimate_dated_by_the_sentence_that_says_when_it_was_made() {
        let card = "# Estimate - search migration effort\n\n- Tags: #estimate\n- Created: Jul 8, 2025 2:15 PM\n- Last edited: Jul 22, 2025 9:50 AM\n\n---\n\nEstimated on Jul 8, 2025 with Rahul and Oleg. Unit: **engineer-weeks**.\n\n| Work item | Best | Likely | Worst |\n|---|---|---|---|\n| Terraform | 1 | 1.5 | 2 |\n| **Total** | **1** | **1.5** | **2** |\n";
        let card = doc("Search/Estimate - search migration effort.md", card);
        assert_eq!(
            (card.kind(), card.date()),
            (Kind::Estimate, Date::new(2025, 7, 8)),
            "not the day it was last edited"
        );
    }

    #[test]
    fn a_jira_epic_sized_in_points_at_its_grooming() {
        let epic = "# [PLAT-1207] Эпик: перевод route-planner на PostgreSQL 16\n\n| Поле | Значение |\n|---|---|\n| Тип | Эпик |\n| Статус | Бэклог |\n| Приоритет | Medium |\n| Создан | 2026-02-10 14:00 |\n\n---\n\n## Описание\n\nx\n\n## Оценка (груминг 12.02.2026)\n\nОценивали покером.\n\n| Story | Что делаем | SP |\n|---|---|---|\n| PLAT-1208 | Аудит | 5 |\n\n*Итого: 55 SP.*\n";
        let epic = doc("PLAT/PLAT-1207.md", epic);
        assert_eq!(
            (epic.kind(), epic.date(), epic.estimate.as_ref().and_then(|estimate| estimate.expected)),
            (Kind::Estimate, Date::new(2026, 2, 12), Some(55.0)),
            "a tracker's priority is no incident's level; sized the day of its grooming, not filed"
        );
    }

    #[test]
    fn a_customer_impact_field_over_a_window_in_the_story() {
        let text = "# PIR\n\nSeverity: SEV-2\n\n## What happened\n\nCustomers could still search, but:\n\n- 31% of requests failed with 503s between 10:12 and 11:05 UTC when nodes restarted;\n- prices were stale.\n\n**Customer impact:** 10:12–13:40 UTC (3 h 28 min).\n\n## Timeline\n";
        let d = doc("postmortem-2026-03-02-search.md", text);
        assert_eq!(d.incident_minutes(), Some(208), "the impact the review states, not a window in its story");
    }

    #[test]
    fn a_jira_ticket_s_day_is_its_resolution_or_its_filing_not_its_last_update() {
        let table = |kind: &str, status: &str, resolved: &str| {
            format!("# [ARCH-77] Раздельные пулы\n\n| Поле | Значение |\n|---|---|\n| Тип | {kind} |\n| Статус | {status} |\n| Создан | 2025-09-24 10:02 |\n| Решён | {resolved} |\n| Обновлён | 2026-04-14 12:18 |\n\n## Описание\n\n## Контекст\n\nx\n\n## Решение\n\ny\n")
        };
        let decided = doc("ARCH/ARCH-77.md", &table("Архитектурное решение", "Принято", "2025-10-08 15:40"));
        assert_eq!((decided.kind(), decided.date()), (Kind::Adr, Date::new(2025, 10, 8)), "resolved");
        let open = doc("ARCH/ARCH-82.md", &table("Архитектурное решение", "На согласовании", "—"));
        assert_eq!(open.date(), Date::new(2025, 9, 24), "filed, not last commented on");
        let spike =
            table("Спайк", "Готово", "2026-03-27 18:20").replace("Раздельные пулы", "Спайк: PgCat vs PgBouncer");
        let spike = doc("PLAT/PLAT-1188.md", &spike);
        assert_eq!((spike.kind(), spike.date()), (Kind::Poc, Date::new(2026, 3, 27)), "reported when resolved");
    }

    #[test]
    fn a_level_on_a_named_scale_a_card_at_the_end_and_a_tl_9000_identification() {
        let scaled = "# Отчёт о простое\n\n## 1. Сведения о событии\n\nДата события — 03.03.2026.\n\n\
                      Значимость события по шкале службы ИТ — **средняя**: приёмка не останавливалась.\n";
        assert_eq!(doc("a.md", scaled).field(FieldKey::Severity), Some("средняя"));
        let regulation = "# Отчёт\n\n## Что случилось\n\nУровень критичности инцидента по Положению (п. 3.2) — **существенный**: стояли.\n";
        assert_eq!(doc("b.md", regulation).field(FieldKey::Severity), Some("существенный"));
        let not_a_level = "# Отчёт\n\n## Итог\n\nУровень сервиса по договору — **согласован** с поставщиком.\n";
        assert_eq!(doc("c.md", not_a_level).field(FieldKey::Severity), None, "only a severity counts");
        let case = "# Учебный кейс № 4\n\n## 1. Ситуация\n\nx\n\n## 2. Вопросы\n\nx\n\n## 3. Как было\n\nx\n\n\
                    ## 4. Что изменили\n\nx\n\n## 5. Справка для ведущего\n\n| | |\n|---|---|\n\
                    | Дата инцидента | 11.02.2026 |\n| Продолжительность | 2 ч 15 мин (10:05–12:20) |\n| Уровень влияния | высокий — остановлена отгрузка |\n";
        let d = doc("case.md", case);
        assert_eq!(
            (d.incident_minutes(), d.field(FieldKey::Severity)),
            (Some(135), Some("высокий — остановлена отгрузка"))
        );
        let table = "# Учебный кейс\n\n## 1\n\n## 2\n\n## 3\n\n## 4\n\n| Поле | Значение |\n|---|---|\n| Продолжительность | 2 ч |\n| Дата инцидента | 11.02.2026 |\n";
        assert_eq!(doc("t.md", table).incident_minutes(), None, "a named table deep in the body is the body's");
        let huly = "---\nclass: tracker:class:Issue\ntitle: Задержка уведомлений курьерам 11 февраля\nstatus: In Progress\npriority: Urgent\ncreatedOn: 2026-02-12\n---\n# Разбор: задержка уведомлений курьерам, 11.02.2026\n\n**Уровень:** S2 — функция работает с сильной деградацией\n**Начало влияния:** 14:05 МСК\n**Конец влияния:** 16:20 МСК\n\n## Что случилось\n\nx\n";
        let huly = doc("141.Задержка.md", huly);
        assert_eq!(
            (huly.severity(), huly.incident_minutes(), huly.date()),
            (Some("S2".to_owned()), Some(135), Date::new(2026, 2, 11)),
            "the level the review states over the tracker's priority; the incident's day over the filing"
        );
        let record = "# OR-2026-004 — Prepaid data sessions rejected\n\n## 1. Identification\n\n\
                      - **Problem report severity (TL 9000):** Major\n- **Record status:** Closed\n";
        assert_eq!(doc("or.md", record).field(FieldKey::Severity), Some("Major"));
        let card = "# Хранение CDR в Greenplum\n\n> ⚠️ Verified by Ольга Ким · Jun 5, 2025 · Next verification Dec 5, 2025\n> Карточка оставлена для истории.\n\n**Номер:** АР-12\n**Статус:** Заменено (с 03.06.2025)\n**Дата решения:** 10.02.2025\n\n## Ситуация\n\nx\n\n## Решение\n\ny\n";
        let card = doc("Биллинг/Решения/Хранение CDR в Greenplum.md", card);
        assert_eq!(
            (card.kind(), card.number.as_ref().map(|number| number.value.value), card.date()),
            (Kind::Adr, Some(12), Date::new(2025, 2, 10)),
            "a card named by its subject, numbered in its header under a verification note"
        );
        let register = "# РА-01. Отдельная схема PostgreSQL на каждого клиента\n\n> **Owner:** Илья · **Verified** ✔ 21.01.2026\n\n⚠️ **Статус: Заменено.** С 20 января 2026 года действует РА-03.\n\n## Контекст\n\nx\n\n## Решение\n\ny\n";
        let register = doc("Инженерия/Архитектурные решения/Схема на клиента.md", register);
        assert_eq!((register.kind(), register.status()), (Kind::Adr, Some(&Status::Superseded)), "coded by its title");
        let post = "# DEC-01 · React Native for the loyalty app\n\n**Posted by Tom Becker** on Tuesday, November 4, 2025 · Category: 📌 Decision\nNotified: Sarah, Priya\n\n---\n\nHi all — closing the loop.\n\n**Decision: we build it in React Native.**\n\nStatus: **Accepted** — Anna signed off today.\n\n**Why**\n\n- x\n";
        let post = doc("message_board/2025-11-04 DEC-01 React Native for the loyalty app.md", post);
        assert_eq!(
            (post.kind(), post.status(), post.date()),
            (Kind::Adr, Some(&Status::Accepted), Date::new(2025, 11, 4)),
            "a message board's decision: {:?}",
            post.fields
        );
        let minutes = "# Протокол совещания № 7\n\n**Дата:** 12.03.2026\n\n## Повестка\n\nx\n\n## 1. Итоги инцидента ИНЦ-2026-003\n\nСЛУШАЛИ: о причинах инцидента.\n\n## Хронология\n\nx\n\n## Поручения\n\n| Что | Ответственный | Срок |\n|---|---|---|\n| a | Гусев А.В. | 20.03.2026 |\n| b | Петрова Е.Н. | 27.03.2026 |\n";
        let minutes = doc("Совещания/Протокол_совещания_07_2026-03-12.md", minutes);
        assert_eq!((minutes.kind(), minutes.actions.len()), (Kind::Page, 2), "a meeting's minutes and its assignments");
        let filed = "# PLAT-318 Постмортем — отказ CoreDNS\n\nСтатус: In Progress · Приоритет: Срочный · Исполнитель: @Игорь\nСоздано: 7 мар. 2026 · Компонент: prod\n\n## Сводка\n\n- Уровень: **S1**\n- Дата: 6 мар. 2026\n\n## Что случилось\n\nx\n";
        let filed = doc("Трекер/PLAT/PLAT-318 Постмортем — отказ CoreDNS.md", filed);
        assert_eq!(
            (filed.date(), filed.severity().as_deref()),
            (Date::new(2026, 3, 6), Some("S1")),
            "the incident's day and level under the tracker's stamp and priority: {:?}",
            filed.fields
        );
        let tracked = "# PLAT-231 Разбор инцидента\n\n| | |\n|---|---|\n| Статус | Done |\n| Приоритет | Срочный |\n| Создано | 21 нояб. 2025 |\n\n**Уровень инцидента:** S2 (деградация)\n";
        assert_eq!(
            doc("PLAT-231.md", tracked).severity().as_deref(),
            Some("S2"),
            "the incident's level, not the issue's priority"
        );
    }

    #[test]
    fn a_decisions_folder_s_log_is_a_page() {
        let log = "# Architecture Decision Log\n\n| # | Decision | Status | Date |\n|---|---|---|---|\n| 021 | [RabbitMQ](ADR-021-rabbitmq.md) | Superseded by 023 | 2025-06-18 |\n";
        assert_eq!(doc("decisions/adr-log.md", log).kind(), Kind::Page);
    }

    #[test]
    fn a_coded_problem_record_is_an_incident_s_review_not_a_decision() {
        let problem = "# PRB-112: Authorization timeouts under load\n\n| | |\n|---|---|\n| Type | Problem |\n| Priority | P2 |\n| Status | Known Error |\n| Created | 18/Aug/25 10:14 AM |\n\n## Problem statement\n\nCard authorizations time out.\n\n## Root cause analysis\n\nThe path is synchronous.\n\n## Workaround\n\nRaise the pool.\n\n## Linked work items\n\n| Key | Summary | Assignee | Due date | Status |\n|---|---|---|---|---|\n| PAY-4420 | Raise HSM client pool limits | Priya Raman | 2025-10-15 | Done |\n| PAY-4502 | Capacity test at 3x peak | Marco Bellini | 2026-01-31 | To Do |\n";
        assert_eq!(doc("jsm/problems/PRB-112-authorization-timeouts.md", problem).kind(), Kind::Postmortem);
        let decision = "# DEC-05: Kafka for events\n\n**Status:** Accepted\n\n## Context\n\nx\n\n## Decision\n\nKafka.\n\n## Follow-ups\n\n- [ ] Migrate — @ann, 2026-01-31\n";
        assert_eq!(doc("decisions/dec-05.md", decision).kind(), Kind::Adr, "a coded decision with its follow-ups");
    }

    #[test]
    fn a_ticket_that_holds_a_decision_or_a_spec_is_dated_by_its_own_day() {
        let decision = "# PLAT-112 · [ADR] Брокер сообщений — Apache Kafka\n\n| Поле | Значение |\n|---|---|\n| Тип | Архитектурное решение |\n| Статус | Закрыт |\n| Создан | 02.04.2025 |\n| Связи | Заменена задачей [PLAT-147](PLAT-147.md) |\n\n## Описание\n\n**Статус решения:** Принято 15.04.2025 архитектурным комитетом. С 20.01.2026 — **заменено**, действующее решение в [PLAT-147](PLAT-147.md).\n\n### Контекст\n\nx\n";
        let decision = doc("bank/PLAT-112.md", decision);
        assert_eq!(
            (decision.kind(), decision.status(), decision.date()),
            (Kind::Adr, Some(&Status::Superseded), Date::new(2025, 4, 15)),
            "{:?}",
            decision.fields
        );
        let spec = "# PLAT-160 · ТЗ: сервис лимитов\n\n| Поле | Значение |\n|---|---|\n| Тип | Техническое задание |\n| Статус | Закрыт |\n| Создан | 16.03.2026 |\n\n## Описание\n\n**Статус документа:** Согласовано (архком и ИБ, 02.04.2026)\n\n### 1. Назначение\n\nx\n";
        let spec = doc("bank/PLAT-160.md", spec);
        assert_eq!((spec.status(), spec.date()), (Some(&Status::Accepted), Date::new(2026, 4, 2)), "{:?}", spec.fields);
        let filed = "# ADR-3 Kafka\n\n- Создан: 02.04.2025\n- Статус: принято\n\n## Контекст\n\nx\n";
        assert_eq!(doc("adr/ADR-3.md", filed).date(), Date::new(2025, 4, 2), "no day of its own: the filing's");
    }

    #[test]
    fn a_review_published_after_its_incident_is_dated_by_the_incident() {
        let text = "---\ntitle: \"Post-incident review: SCP\"\ndate: 2026-03-22\n---\n\n## Background\n";
        let published = doc("incidents/2026-03-21-scp-expiry.md", text);
        assert_eq!(published.date.map(|date| date.value), Date::new(2026, 3, 21));
        let stated = doc("incidents/2026-03-25-scp-expiry.md", text);
        assert_eq!(
            stated.date.map(|date| date.value),
            Date::new(2026, 3, 22),
            "a day before the name's is the incident's"
        );
        let runbook = doc("runbooks/2026-03-21-scp.md", &text.replace("Post-incident review", "Runbook"));
        assert_eq!(runbook.date.map(|date| date.value), Date::new(2026, 3, 22), "only a post-mortem");
    }

    #[test]
    fn a_paper_dated_by_its_name_its_number_line_its_form_or_who_drew_it_up() {
        let wiki = "<!--\ntitle: OR-4 — Prepaid sessions rejected\ndate: 2026-02-16T08:41:27.305Z\n-->\n\n# OR-4\n\n## Timeline\n\nx\n\n## Root cause\n\nx\n\n## Impact\n\n- **Severity:** Major\n- **Duration:** 58 min\n";
        let d = doc("incidents/ocs-overload-2026-01-27.md", wiki);
        assert_eq!(
            (d.kind(), d.date()),
            (Kind::Postmortem, Date::new(2026, 1, 27)),
            "the incident's day, not the last save"
        );
        let plan =
            doc("plan.md", "# План подготовки\n\nРедакция 3 от 06.04.2026. Первая утверждена 15.01.2026.\n\n## I\n");
        assert_eq!(plan.date(), Date::new(2026, 4, 6));
        let moc = "# ADR-014 — MOC-7: Hot standby\n\n| MOC field | Entry |\n|---|---|\n| MOC number | MOC-7 |\n| Originator | Marcus |\n| Decision date | 2026-01-29 |\n| Decision status (ADR register) | Accepted |\n";
        let d = doc("roc/moc_7.md", moc);
        assert_eq!((d.date(), d.status()), (Date::new(2026, 1, 29), Some(&Status::Accepted)));
        let sheet = "# ADR-06. Электронная очередь\n\n| Реквизит | Значение |\n|---|---|\n| Конкурентный лист подготовлен | 18.03.2026, Бондаренко Т. В. |\n| Статус | ожидает решения комиссии (заседание 16.04.2026) |\n";
        assert_eq!(doc("adr-06.md", sheet).date(), Date::new(2026, 3, 18));
    }

    #[test]
    fn relations_listed_under_a_header_table_and_a_memo_signed_off_on_its_last_line() {
        let sheet = "# ADR-06. Электронная очередь\n\n| Реквизит | Значение |\n|---|---|\n| Конкурентный лист подготовлен | 18.03.2026, Бондаренко Т. В. |\n| Статус | ожидает решения комиссии |\n\n\
                     Связь с другими решениями:\n\n- Заменяет: [ADR-04](adr-04.md) — только п. 4, если комиссия выберет вариант Б\n\n\
                     ## 1. Зачем\n\nЗаменяет [ADR-03](adr-03.md) в прошлом году.\n\n## 2\n\n## 3\n\n## 4. Последствия\n\n\
                     - Зависимости: +40 крейтов (`html5ever`, `url` с `idna`)\n\n## 6. Решение закупочной комиссии\n\nДата заседания: 16.04.2026\n";
        let d = doc("adr-06.md", sheet);
        let relations: Vec<_> =
            d.relations.iter().map(|stated| (stated.relation, stated.target.link.clone())).collect();
        assert_eq!(
            relations,
            vec![(StatedRelation::Supersedes, Some("adr-04.md".to_owned()))],
            "prose in a section is history"
        );
        assert_eq!(d.date(), Date::new(2026, 3, 18), "drawn up then; the board meets later");
        let memo = "# ADR-0005: Vendor-hosted SM-DP+\n\n> **Outcome:** Accepted at the review.\n\n## Introduction\n\nx\n\n## Appendix\n\n| | Y1 |\n|---|---|\n| Own | 52 |\n\n\
                    Status: Accepted · Decided: 20 November 2025 · Related: [MOP-3](../ops/mop-3.md)\n";
        let d = doc("en/architecture/adr-0005-x.md", memo);
        assert_eq!((d.status(), d.date()), (Some(&Status::Accepted), Date::new(2025, 11, 20)));
        assert_eq!(
            d.relations.iter().map(|stated| stated.relation).collect::<Vec<_>>(),
            vec![StatedRelation::RelatesTo]
        );
        let section_end = "# ADR-7\n\n## Decision\n\nUse X.\n\n## Notes\n\nStatus: we will revisit it.\n";
        assert_eq!(doc("adr-7.md", section_end).status(), None, "one bare Status: ends a section's text");
        let follow_up = "---\nstatus: Закрыт\n---\n# INC-2302\n\n## Меры\n\nПерейти на TSDB\n: Ответственный: @l.fischer · Срок: Q4 2026 · Статус: запланировано\n";
        let d = doc("incidents/2026-07-02-oom.md", follow_up);
        assert!(
            !d.diagnostics.iter().any(|found| found.code == "W0203"),
            "a follow-up's fields do not sign the record off: {:?}",
            d.diagnostics
        );
    }

    #[test]
    fn papers_that_name_their_day_and_cards_with_an_unnamed_value_column() {
        for (text, date) in [
            ("# Impact map 2026/27\n\nMap as of 23 March 2026. Previous map: 1 December 2025.\n\n## Goal\n", Date::new(2026, 3, 23)),
            ("# Story map 2026\n\nMap updated 6 April 2026 by Anna. First built on 9 December 2025.\n\n## Slice 1\n", Date::new(2026, 4, 6)),
            ("# PROBE estimate — gateway\n\nEstimated on 30 March 2026 by Dmitri.\nStatus: reviewed\n\n## What\n", Date::new(2026, 3, 30)),
            ("# PoC: камера\n\nОтчёт от 27.03.2026 · Статус отчёта: утверждён (Титов А. Н.)\n\n## Зачем\n", Date::new(2026, 3, 27)),
            ("# Runbook: backfill\n\nReviewed on 14 May 2026 by @arun.\n\n## Before you start\n", Date::new(2026, 5, 14)),
            ("# Site Survey Report\n\n| Survey details | |\n|---|---|\n| Sites surveyed | Village base |\n| Survey dates | 2–4 March 2026 |\n| Report issued | 9 March 2026 |\n| Survey status | Issued for review |\n\n## Purpose\n", Date::new(2026, 3, 9)),
        ] {
            assert_eq!(doc("a.md", text).date(), date, "{text}");
        }
        let flash = doc("sf.md", "# SAFETY FLASH SF-26-04\n\n**Flash status:** Issued · **Date of event:** 3 March 2026\n\n## What happened\n");
        assert_eq!((flash.date(), flash.status_text.as_deref()), (Date::new(2026, 3, 3), Some("Issued")));
        let haccp = doc("ccp.md", "# Протокол отклонения\n\n| | |\n|---|---|\n| ККТ | ККТ-2 |\n| Дата | 21.01.2026 |\n| Категория отклонения | **критическое** |\n");
        assert_eq!(haccp.field(FieldKey::Severity), Some("критическое"));
    }

    #[test]
    fn a_decision_s_record_kept_at_its_end() {
        let consent = "# ADR-0008 — Решение по консенту\n\nКруг: «Производство».\n\n## Драйвер\n\nx\n\n## Предложение\n\nx\n\n\
                       ## Раунд вопросов\n\nx\n\n## Раунд возражений\n\nx\n\n## Запись решения\n\n| Поле | Значение |\n|---|---|\n\
                       | Статус | принято (консент) |\n| Дата | 26.02.2026 |\n| Supersedes | [ADR-0011](adr-0011-x.md) |\n";
        let d = doc("platform/adr-0008-x.md", consent);
        assert_eq!((d.status(), d.date()), (Some(&Status::Accepted), Date::new(2026, 2, 26)));
        assert_eq!(
            d.relations.iter().map(|stated| stated.relation).collect::<Vec<_>>(),
            vec![StatedRelation::Supersedes]
        );
    }

    #[test]
    fn english_bullet_list_under_the_title() {
        let d = doc("adr-0003-x.md", "# Use PostgreSQL\n\n* Status: superseded by [ADR-0005](adr-0005-y.md)\n* Deciders: Anna, Dmitry\n* Date: 2026-02-01\n\n## Context\n");
        assert_eq!(d.status(), Some(&Status::Superseded));
        assert_eq!(relations(&d), vec![(StatedRelation::SupersededBy, Some(5), Some("adr-0005-y.md"))]);
        assert_eq!(d.date(), Date::new(2026, 2, 1));
    }

    #[test]
    fn russian_bold_list_with_every_date_form() {
        for (written, expected) in [
            ("10.02.2026", (2026, 2, 10)),
            ("10/02/2026", (2026, 2, 10)),
            ("10 февраля 2026", (2026, 2, 10)),
            ("2026-02-10", (2026, 2, 10)),
        ] {
            let text = format!("# Выбор брокера\n\n**Статус:** Принято  \n**Дата:** {written}  \n**Заменяет:** ADR-2  \n**Зависит от:** ADR 0001\n");
            let d = doc("adr/adr-005-broker.md", &text);
            assert_eq!(d.status(), Some(&Status::Accepted), "{written}");
            assert_eq!(d.date(), Date::new(expected.0, expected.1, expected.2), "{written}");
            assert_eq!(
                relations(&d),
                vec![(StatedRelation::Supersedes, Some(2), None), (StatedRelation::DependsOn, Some(1), None)]
            );
            assert_eq!(d.header_lines, Some(LineSpan { first: 1, last: 6 }));
        }
    }

    #[test]
    fn bold_key_with_colon_outside_and_bulleted_bold_keys() {
        let d = doc("adr-0001-x.md", "# X\n\n- **Статус**: Утверждено\n- **Владелец:** команда платформы\n");
        assert_eq!(d.status(), Some(&Status::Accepted));
        assert!(d.fields.iter().any(|f| f.key == Some(FieldKey::Owner) && f.value == "команда платформы"));
    }

    #[test]
    fn adr_tools_status_section_with_misspelled_relations() {
        let d = doc(
            "doc/adr/0003-a-better-idea.md",
            "# 3. A better idea\n\nDate: 2026-01-12\n\n## Status\n\nSupercedes [2. An idea](0002-an-idea.md)\n\nSuperceded by [5. The end](0005-the-end.md)\n\n## Context\n\nStatus: rejected\n",
        );
        assert_eq!((d.kind(), d.number_value()), (Kind::Adr, Some(3)));
        assert_eq!(d.title(), "3. A better idea");
        assert_eq!(d.date(), Date::new(2026, 1, 12));
        assert_eq!(d.status(), Some(&Status::Superseded));
        assert_eq!(
            relations(&d),
            vec![
                (StatedRelation::Supersedes, Some(2), Some("0002-an-idea.md")),
                (StatedRelation::SupersededBy, Some(5), Some("0005-the-end.md"))
            ]
        );
    }

    #[test]
    fn russian_status_section_with_yo_and_partial_supersession() {
        let d = doc("adr-005-x.md", "# X\n\n## Статус\n\nЗаменён [ADR-007](adr-007-y.md)\n");
        assert_eq!(d.status(), Some(&Status::Superseded));
        assert_eq!(relations(&d), vec![(StatedRelation::SupersededBy, Some(7), Some("adr-007-y.md"))]);
        let partial = doc("adr-002-x.md", "# X\n\n## Статус\n\nПринято\n\nЧастично заменено [ADR-004](adr-004-z.md)\n");
        assert_eq!(partial.status(), Some(&Status::Accepted));
        assert_eq!(relations(&partial), vec![(StatedRelation::AmendedBy, Some(4), Some("adr-004-z.md"))]);
    }

    #[test]
    fn status_lines_in_code_or_far_down_are_not_metadata() {
        let text = "# X\n\n## Контекст\n\n```yaml\nStatus: rejected\n```\n\n## Решение\n\nТекст.\n\n## Варианты\n\n### Вариант Б\n\n## Статус\n\nОтклонено\n";
        let d = doc("adr-0001-x.md", text);
        assert_eq!(d.status(), Some(&Status::Rejected), "the status section's word, not the code's");
        let optional =
            doc("adr-0001-x.md", &text.replace("### Вариант Б", "## Вариант Б").replace("## Статус", "### Статус"));
        assert_eq!(optional.status(), None, "an option's status far down is not the record's");
        let listed = doc("adr-0001-x.md", "# X\n\nВступление.\n\n- Статус: отклонено\n");
        assert_eq!(listed.status(), None, "a list after prose is not the list under the title");
    }

    #[test]
    fn a_superseded_by_line_without_a_status_means_superseded() {
        let d = doc("adr-0001-x.md", "# X\n\n- Superseded by: ADR-9\n");
        assert_eq!((d.status(), d.status_line()), (Some(&Status::Superseded), Some(3)));
        let stated = doc("adr-0001-x.md", "# X\n\n- Status: accepted\n- Superseded by: ADR-9\n");
        assert_eq!(stated.status(), Some(&Status::Accepted), "a written status is kept (check warns)");
        let section = doc("adr-001-x.md", "# 1. X\n\nDate: 2025-01-22\n\n## Status\n\nAccepted\n\nSuperseded by [3. EMQX](adr-003-emqx.md)\n\n## Context\n");
        assert_eq!(
            (section.status(), section.status_line()),
            (Some(&Status::Superseded), Some(9)),
            "the status section's later line"
        );
    }

    #[test]
    fn a_title_that_names_its_kind_says_more_than_the_folder() {
        assert_eq!(
            doc("specs/keycloak-migration.md", "# Руководство по миграции: Keycloak → Ory\n").kind(),
            Kind::Migration
        );
        assert_eq!(doc("specs/session-service.md", "# Session service v2\n").kind(), Kind::TechSpec);
        assert_eq!(
            doc("tech-spec-x.md", "# Руководство по миграции\n").kind(),
            Kind::TechSpec,
            "a prefix is the author's word"
        );
    }

    #[test]
    fn an_incident_lasts_as_long_as_its_fields_say() {
        let minutes = |text: &str| doc("postmortems/postmortem-2026-07-02-x.md", text).incident_minutes();
        assert_eq!(minutes("---\nimpact_minutes: 96\n---\n# X\n"), Some(96), "a number under a key in minutes");
        assert_eq!(minutes("# X\n\n**Customer impact:** ~7.5 hours (06:00–13:30 UTC)\n"), Some(450));
        assert_eq!(
            minutes("# X\n\n**Impact:** 1,204 invoices sent in 3 hours of retries\n"),
            None,
            "prose is no length"
        );
        assert_eq!(minutes("# X\n\n**Время восстановления:** 1 ч 20 мин\n"), Some(80));
        let overview = "# AAR\n\n| | |\n|---|---|\n| **Incident period** | 06:12–08:41 CET (charge points unable to start sessions) |\n| **Incident level** | Level 2 (Major) |\n";
        assert_eq!(minutes(overview), Some(149), "a period's range before its note");
        let impact = "# X\n\nSeverity (по шкале площадок): **B** — массовые задержки.  \nImpact: 18:20–19:12 MSK (в Казани то же время), очереди на входах 3–7.  \n";
        assert_eq!(minutes(impact), Some(52));
        let window = "# X\n\n**Влияние:** с 07:00 до 11:45 МСК витрина содержала данные за 10.12 вместо 11.12;\n";
        assert_eq!(minutes(window), Some(285), "the impact's window of clock times");
        // Rootly: the whole length, then how long customers were affected.
        let rootly = "# X\n\n**Severity:** SEV1\n**Duration:** 1h 48m (started → resolved) · customer impact 1h 27m (started → mitigated)\n";
        assert_eq!(minutes(rootly), Some(87), "the customers' part");
        // incident.io: the impact's start and the incident's end, and its duration metrics.
        let metrics = "# X\n\n| | |\n|---|---|\n| **Severity** | Critical |\n\n| Timestamp | Value |\n|---|---|\n| Impact started | 7 October 2025 14:02 UTC |\n| Resolved at | 7 October 2025 15:20 UTC |\n\n**Duration metrics**\n\n- Customer impact: 47m\n- Time to resolve: 1h 14m\n";
        assert_eq!(minutes(metrics), Some(47), "the metric the tool states");
    }

    #[test]
    fn days_written_where_each_kind_of_note_keeps_them() {
        let post = "---\ndate: 2026-03-04\n---\n\n# Разбор: шторм синхронизаций\n\nВчера, 3 марта 2026, Argo CD не успевал.\n\n**Критичность:** S3\n";
        assert_eq!(doc("docs/blog/posts/incident-argocd.md", post).date(), Date::new(2026, 3, 3), "the lead's day");
        // A MkDocs blog's post-mortem: published two days after the incident its table dates.
        let table = "---\ndate: 2025-04-24\n---\n\n# Разбор: OOM ingester'ов Loki\n\nВечером 22 апреля ingester'ы падали.\n\n<!-- more -->\n\n| | |\n|---|---|\n| **Дата инцидента** | 22.04.2025 |\n| **Уровень** | SEV-3 |\n";
        let published = doc("docs/blog/posts/2025-04-24-loki.md", table);
        assert_eq!(published.date(), Date::new(2025, 4, 22), "the incident's day");
        assert!(!published.diagnostics.iter().any(|found| found.code == "W0203"), "{:?}", published.diagnostics);
        let far = table.replace("22.04.2025", "22.01.2025");
        let disagreeing = doc("docs/blog/posts/2025-04-24-loki.md", &far);
        assert_eq!(disagreeing.date(), Date::new(2025, 4, 24), "months apart: the front matter wins");
        assert!(disagreeing.diagnostics.iter().any(|found| found.code == "W0203"), "and they disagree");
        let late = "---\ndate: 2026-03-04\n---\n\n# Разбор\n\nВ январе 2025 года, 10.01.2025, мы уже видели такое.\n";
        assert_eq!(doc("postmortems/x.md", late).date(), Date::new(2026, 3, 4), "a day long before is history");
        let onenote = "# Разбор инцидента 14.03 — двойные списания\n\n15 марта 2025 г.\n\n10:20\n\nПриоритет: P2\n";
        let titled_without_year = doc("Инциденты/Разбор инцидента 14.03 — двойные списания.md", onenote);
        assert_eq!(
            titled_without_year.date(),
            Date::new(2025, 3, 14),
            "the title's day, in the year the page was made"
        );
        let reviewed = "# Разбор инцидента: нулевая стоимость доставки (03.02.2026)\n\n> Уровень: **S1**\n> Ведущий разбора: Юлия · Дата разбора: 05.02.2026\n";
        assert_eq!(
            doc("Incidents/Incident-Review-tariff.md", reviewed).date(),
            Date::new(2026, 2, 3),
            "not the meeting's day"
        );
        let titled = "# Постмортем: отказ внутреннего DNS 18.09.2025\n\n**Severity:** SEV-2\n";
        assert_eq!(doc("Постмортем-Отказ-DNS.md", titled).date(), Date::new(2025, 9, 18));
        let status_section = "# ADR-001: Ceph RBD\n\n## Статус\nПринято\n\nДата: 12.03.2025. Участники: Сидоров П.\n\n## Контекст\n\nТекст.\n";
        assert_eq!(doc("ADR-001-Ceph.md", status_section).date(), Date::new(2025, 3, 12));
        let noted =
            "# Оценка трудозатрат: миграция\n\n**Статус:** Согласовано (М. Ким, 27.01.2026)\n**Автор:** Антон Серов\n";
        assert_eq!(doc("estimate-x.md", noted).date(), Date::new(2026, 1, 27), "an initial is no sentence's end");
        let poc = "# PoC VictoriaMetrics\n\n**Dates:** 2026-01-12 → 2026-01-30 · **Author:** vlad\n\n## Why\n";
        assert_eq!(doc("poc-vm.md", poc).date(), Date::new(2026, 1, 30), "a period's end");
        let period = "# PoC - ClickHouse vs Druid\n\nType: Project\nPeriod: 2025-03-03 → 2025-03-20\nOwner: Dmitry\n\n## Вопрос\n";
        assert_eq!(doc("Projects/PoC - ClickHouse vs Druid.md", period).date(), Date::new(2025, 3, 20), "a period key");
        let journal =
            "# Estimate - Tenant isolation rework\n\n#planning/estimates\n\n## 17 Feb 2026\n\nRough estimate.\n";
        assert_eq!(doc("Estimate - Tenant isolation rework.md", journal).date(), Date::new(2026, 2, 17));
    }

    #[test]
    fn an_incident_s_when_a_stated_duration_and_a_runbook_s_review_column() {
        let when =
            "# Incident: balances drifted\n\n- **When:** 21 October 2025, 08:15–11:55 UTC\n- **Severity:** SEV-3\n";
        let d = doc("postmortems/ledger.md", when);
        assert_eq!((d.date(), d.incident_minutes()), (Date::new(2025, 10, 21), Some(220)));
        let impact = "# X\n\n- **Customer-facing impact:** 3 h 40 min of stale balances\n";
        assert_eq!(doc("postmortems/x.md", impact).incident_minutes(), Some(220), "the span before what it was of");
        let stated = "# Разбор\n\n| Поле | Значение |\n| --- | --- |\n| Влияние | статусы отставали на 15–47 минут |\n| Длительность влияния | 2 ч 25 мин |\n";
        assert_eq!(doc("razbory/x.md", stated).incident_minutes(), Some(145), "the duration stated as one");
        let across = "# 2025-12-09 Недоступность Kafka\n\n| Уровень | Дата | Влияние на клиентов | Ведущий инцидента | Автор разбора |\n| --- | --- | --- | --- | --- |\n| Уровень 2 | 9 дек. 2025 | 1 ч 25 мин | @Руслан | @Руслан |\n\n## Что случилось\n";
        let d = doc("Инциденты/2025-12-09 Недоступность Kafka/index.md", across);
        assert_eq!(
            (d.field(FieldKey::Severity), d.incident_minutes()),
            (Some("Уровень 2"), Some(85)),
            "an impact column's span"
        );
        let runbook = "# Runbook: PSP failover\n\n| Service | Owner | Last reviewed | Reviewer |\n| --- | --- | --- | --- |\n| gateway | SRE | 2026-01-20 | Riya |\n\n## Steps\n";
        assert_eq!(doc("runbooks/psp.md", runbook).field(FieldKey::LastReviewed), Some("2026-01-20"));
    }

    #[test]
    fn yandex_wiki_tables_notes_and_folds() {
        let dialect = |text: &str| crate::markdown::dialects::as_commonmark(text).into_owned();
        let table = "# АР-001. Матрицы через OSRM\n\n#|\n|| **Статус** | Принято ||\n|| **Дата** | 20.05.2025 ||\n|#\n\n## Контекст\n";
        let d = doc("arhitektura/ar-001-osrm.md", &dialect(table));
        assert_eq!((d.kind(), d.number_value()), (Kind::Adr, Some(1)));
        assert_eq!((d.status().map(Status::id), d.date()), (Some("accepted"), Date::new(2025, 5, 20)));
        let note = "# АР-003. Решатель VRP\n\n{% note warning \"Статус: на согласовании\" %}\n\nНе принято.\n\n{% endnote %}\n\n- **Создано:** 18.05.2026\n\n## Контекст\n";
        let d = doc("arhitektura/ar-003-vrp.md", &dialect(note));
        assert_eq!(
            (d.status().map(Status::id), d.date()),
            (Some("proposed"), Date::new(2026, 5, 18)),
            "a note titled with the status"
        );
        let folded = "# Дубли заказов — 21.04.2026\n\n## Причины\n\nРетраи.\n\n{% cut \"Задачи по итогам разбора\" %}\n\n#|\n|| **Задача** | **Кто** | **Срок** | **Статус** ||\n|| Идемпотентный ключ | Денис | 30.04.2026 | Готово ||\n|| Сверка дублей | Светлана | 12.06.2026 | Открыто ||\n|#\n\n{% endcut %}\n";
        let d = doc("incidenty/2026-04-21-dubli.md", &dialect(folded));
        let seen: Vec<_> = d.actions.iter().map(|a| (a.text.as_str(), a.owner.as_deref(), a.state)).collect();
        assert_eq!(
            seen,
            vec![
                ("Идемпотентный ключ", Some("Денис"), super::actions::ActionState::Done),
                ("Сверка дублей", Some("Светлана"), super::actions::ActionState::Open)
            ],
            "the follow-ups in a fold"
        );
    }

    #[test]
    fn card_properties_under_a_rule_at_the_foot() {
        let adr = "# ADR-01 ClickHouse для витрин\n\nВитрины переносим в ClickHouse.\n\n**Почему:** быстро.\n\n---\nТип: решение\nСтатус: Принято\nДата решения: 14.05.2025\nАвтор: Рустам\n";
        let d = doc("Card Library/ADR-01 ClickHouse для витрин.md", adr);
        assert_eq!((d.kind(), d.status(), d.date()), (Kind::Adr, Some(&Status::Accepted), Date::new(2025, 5, 14)));
        let incident = "# Инцидент 2025-07-08 потеря событий\n\nКонсьюмер падал.\n\nВлияние: с 02:10 до 05:40, **3 ч 30 мин** без загрузки событий.\n\n---\nТип: инцидент\nУровень: Уровень 2\nДата: 08.07.2025\n";
        let d = doc("Card Library/Инцидент 2025-07-08 потеря событий.md", incident);
        assert_eq!((d.kind(), d.date(), d.incident_minutes()), (Kind::Postmortem, Date::new(2025, 7, 8), Some(210)));
        assert_eq!(d.severity().as_deref(), Some("Уровень 2"));
        let stale = "# Инцидент: несвежие дашборды\n\nDAG завис.\n\nНесвежие данные с 07:10 (плановое обновление) до 12:40. Руководство увидело старые цифры.\n\n---\nТип: инцидент\nУровень: Уровень 3\n";
        assert_eq!(doc("Card Library/Инцидент несвежие.md", stale).incident_minutes(), Some(330));
        let runbook = "# Перезаливка партиции\n\n1. Остановить консьюмер.\n\n---\nТип: runbook\nВладелец: Рустам\nПроверено: 2025-08-11\n";
        let d = doc("Card Library/Перезаливка партиции.md", runbook);
        assert_eq!((d.kind(), d.field(FieldKey::LastReviewed)), (Kind::Runbook, Some("2025-08-11")));
        let prose = "# Заметка\n\nТекст.\n\n---\nСм. также: глоссарий\n";
        assert_eq!(doc("Card Library/Заметка.md", prose).kind(), Kind::Page, "one unknown key is no card's properties");
    }

    #[test]
    fn a_relation_s_targets_listed_under_its_key() {
        let fibery = "# DEC-6 Store idempotency keys in Redis\n\nState: Accepted\nOwner: Olga Belova\nDecided on: 22.01.2026\nSupersedes:\n- [DEC-3 Use advisory locks](DEC-3%20Use%20advisory%20locks.md)\nIncidents:\n- [INC-41 Duplicate charges](../Incidents/INC-41.md)\n\n---\n\n### Why\n";
        let d = doc("Decisions/DEC-6 Store idempotency keys in Redis.md", fibery);
        assert_eq!(relations(&d), vec![(StatedRelation::Supersedes, None, Some("DEC-3%20Use%20advisory%20locks.md"))]);
        let bold = "# DEC-8 Move to Temporal Cloud\n\n- **State:** In Review\n- **Amends:**\n  - [DEC-5 Adopt Temporal](DEC-5%20Adopt%20Temporal.md)\n- **Owner:** Dmitry\n\n## Context\n";
        let d = doc("Decisions/DEC-8 Move to Temporal Cloud.md", bold);
        assert_eq!(relations(&d), vec![(StatedRelation::Amends, None, Some("DEC-5%20Adopt%20Temporal.md"))]);
        let worded = "# AR-03. MDM для смартфонов\n\n**Статус:** На согласовании\n\n## Контекст\n\nx\n\n## Зависимости\n\nРешение **зависит от AR-01** ([единый вход](AR-01-Edinyi-vhod.md)): политики работают только так.\n";
        let d = doc("SitePages/Resheniya/AR-03-MDM.md", worded);
        assert_eq!(relations(&d), vec![(StatedRelation::DependsOn, None, Some("AR-01-Edinyi-vhod.md"))]);
    }

    #[test]
    fn a_page_s_properties_name_its_kind_and_its_update() {
        let sharepoint = "# План переезда почты с Exchange 2016 в Exchange Online\n\n| Page details | |\n|---|---|\n| Тип документа | План миграции |\n| Статус документа | Утверждён |\n| Дата утверждения | 20.11.2025 |\n\n## Зачем\n";
        assert_eq!(doc("SitePages/Proekty/Pereezd-pochty.md", sharepoint).kind(), Kind::Migration);
        let fibery = "# Q2 2026\n\nQuarter: Q2 2026 (Apr – Jun)\nTeam: Checkout Platform\nOwner: Olga Belova\nLast updated: 2026-05-11\n\n---\n\n## Initiatives\n\n| Initiative | State |\n|---|---|\n| Apple Pay | Planned |\n";
        assert_eq!(doc("Roadmap/Q2 2026.md", fibery).date(), Date::new(2026, 5, 11));
    }

    #[test]
    fn evernote_notes_with_export_stamps_and_flattened_tables() {
        let plan = "# Миграция остатков\n\nCreated: 2025-10-23 10:00\nUpdated: 2026-01-19 16:48\nTags: проект\n\n---\n\n**Статус:** утверждён 27.10.2025\n**Ответственный:** Павел Г.\n\n## Этапы\n";
        assert_eq!(
            doc("Проекты/Миграция остатков.md", plan).date(),
            Date::new(2025, 10, 27),
            "the approval, not the stamps"
        );
        let adr = "# АР-02 Остатки в MongoDB\n\nCreated: 2025-04-02 16:20\nUpdated: 2025-10-21 10:03\n\n---\n\n> Статус: ЗАМЕНЕНО (см. АР-03)\n\nРешение принято 08.04.2025 на архитектурном комитете.\n\n## Контекст\n";
        assert_eq!(doc("Архитектура/АР-02 Остатки в MongoDB.md", adr).date(), Date::new(2025, 4, 8));
        let stamped = "# АР-05 Кэш\n\nCreated: 2025-04-02 16:20\nUpdated: 2025-10-21 10:03\n\n## Контекст\n";
        assert_eq!(
            doc("Архитектура/АР-05 Кэш.md", stamped).date(),
            Date::new(2025, 4, 2),
            "the creation stamp, at last"
        );
        let incident = "# Разбор 2026-02-03 расхождение остатков\n\n## Задачи\n\n| | | | |\n|---|---|---|---|\n| Что | Кто | Срок | Статус |\n| Сверка остатков раз в час | Павел Г. | 20.02.2026 | Сделано |\n| Дашборд расхождений | TBD | 15.06.2026 | Не начато |\n\n## Ещё\n\n- [ ] ~~Нагрузочный тест~~ — Артём Б., до 30.01.2026 — отменили, стенд отдали под миграцию\n";
        let d = doc("Инциденты/Разбор 2026-02-03.md", incident);
        let seen = actions_of(&d);
        use super::actions::ActionState::{Done, Dropped, Open};
        assert_eq!(
            seen,
            vec![
                ("Сверка остатков раз в час", Some("Павел Г."), Date::new(2026, 2, 20), Done),
                ("Дашборд расхождений", None, Date::new(2026, 6, 15), Open),
                ("Нагрузочный тест", Some("Артём Б."), Date::new(2026, 1, 30), Dropped),
            ]
        );
    }

    #[test]
    fn roam_pages_are_outlines_of_sections_with_attributes() {
        let dialect = |text: &str| crate::markdown::dialects::as_commonmark(text).into_owned();
        let incident = "- Type:: [[Incident]]\n- Date:: [[December 3rd, 2025]]\n- Severity:: P2\n- ## Follow-ups\n    - {{[[DONE]]}} Add a pool alert\n        - Owner:: [[Priya Nair]]\n        - Due:: [[December 10th, 2025]]\n    - {{[[TODO]]}} Document the backfill\n        - Owner:: TBD\n        - Due::\n    - ~~Scale the metastore~~ #dropped\n        - Owner:: [[Priya Nair]]\n- **What went well**\n    - finance was told early\n";
        let d = doc("Incident 2025-12-03 - Nightly load.md", &dialect(incident));
        let seen = actions_of(&d);
        use super::actions::ActionState::{Done, Dropped, Open};
        assert_eq!(
            seen,
            vec![
                ("Add a pool alert", Some("Priya Nair"), Date::new(2025, 12, 10), Done),
                ("Document the backfill", None, None, Open),
                ("Scale the metastore", Some("Priya Nair"), None, Dropped),
            ]
        );
        let roadmap = "- Type:: [[Roadmap]]\n- Period:: Jan–Jun 2026\n- **Lakehouse**\n    - Polaris catalog cutover\n        - Status:: Done\n        - Ref:: [[ADR 019]]\n    - Trino upgrade\n        - Status:: Planned\n- **Ingestion**\n    - Streaming ingestion with Flink\n        - Status:: At risk\n        - waiting for a second engineer\n";
        let d = doc("Roadmap 2026 H1.md", &dialect(roadmap));
        let items: Vec<_> = d.roadmap.iter().map(|item| (item.title.as_str(), item.status.id())).collect();
        assert_eq!(
            items,
            vec![
                ("Polaris catalog cutover", "done"),
                ("Trino upgrade", "planned"),
                ("Streaming ingestion with Flink", "at-risk")
            ]
        );
    }

    #[test]
    fn writerside_summaries_and_asides_over_the_header() {
        let dialect = |text: &str| crate::markdown::dialects::as_commonmark(text).into_owned();
        let plan = "# Plan: dual-stack IPv6\n\n<tldr>\n<p>Status: Approved</p>\n<p>Approved on: 2026-03-03 by the forum</p>\n<p>Owner: Tom Becker</p>\n</tldr>\n\n## Why {id=\"why\"}\n\nText.\n";
        let d = doc("topics/infra-plan-vpc-ipv6.md", &dialect(plan));
        assert_eq!((d.status().map(Status::id), d.date()), (Some("accepted"), Date::new(2026, 3, 3)));
        let adr = "# ADR-0003: Spot\n\n<warning>\nThis record is <b>Proposed</b>.\n</warning>\n\n* Status: Proposed\n* Created: 2026-05-06\n\n## Context\n\nText.\n";
        let d = doc("topics/adr-0003-spot.md", &dialect(adr));
        assert_eq!(
            (d.status().map(Status::id), d.date()),
            (Some("proposed"), Date::new(2026, 5, 6)),
            "fields under an aside"
        );
        let alert = "# ADR-0004: X\n\n> [!WARNING]\n> Superseded soon.\n\n- Status: Accepted\n\n## Context\n";
        assert_eq!(doc("adr/adr-0004-x.md", alert).status().map(Status::id), Some("accepted"), "under a GitHub alert");
        let prose = "# ADR-0005: X\n\n> A quote from the forum.\n\n- Status: Accepted\n\n## Context\n";
        assert_eq!(doc("adr/adr-0005-x.md", prose).status().map(Status::id), Some("accepted"), "or any quote");
        let body = "# ADR-0006: X\n\nWe looked at two options.\n\n- Status: Accepted\n\n## Context\n";
        assert_eq!(doc("adr/adr-0006-x.md", body).status(), None, "a list under prose is the body's");
    }

    #[test]
    fn an_impact_window_or_span_under_labels_teams_use() {
        let when = "**Разбор: карта курьеров (23.09.2025)**\n\nКритичность: Средняя\n\nКогда: 23 сент. 2025 г., с 10:15 до 12:40 (МСК)\n\n## Что случилось\n";
        assert_eq!(doc("razbory/razbor-2025-09-23-karta.md", when).incident_minutes(), Some(145), "a plain «Когда:»");
        let customer = "# Incident review — RTP timeouts\n\nOwner: Marcus\nSeverity: SEV1\nCustomer impact: 09:42–10:29 ET — payouts failed\n\n## What happened\n";
        assert_eq!(doc("incident-review-rtp.md", customer).incident_minutes(), Some(47), "whose impact");
        let hedged = "# Флап BGP (28.04.2026)\n\n**Уровень:** S3 · **Влияние:** около 40 минут потерь 3–5 % пакетов · **Автор:** С. Мельник\n\n## Что было\n";
        assert_eq!(
            doc("incidents/2026_04_28_bgp_flap.md", hedged).incident_minutes(),
            Some(40),
            "a span the impact opens with"
        );
        let window = "# Разбор: API слотов (14.08.2025)\n\n**Критичность:** Критичный\n**Время влияния:** с 11:40 до 12:27 МСК\n\n## Что произошло\n";
        assert_eq!(doc("incidenty/2025-08-14-sloty.md", window).incident_minutes(), Some(47), "«Время влияния»");
        let on_whom = "# Отчёт о разборе инцидента ИНЦ-1\n\n**Приоритет:** P2\n\n**Время воздействия на клиентов:** 27.02.2026 с 10:15 до 16:45 (МСК)\n\n# 1. Описание\n";
        assert_eq!(doc("incidents/inc-1.md", on_whom).incident_minutes(), Some(390), "the impact on whom");
        let in_an_alert = "# Разбор инцидента: API (14.08.2025)\n\n> [!CAUTION]\n>\n> **Критичность:** Критичный\n> **Время влияния:** с 11:40 до 12:27 МСК\n\n## Что произошло\n";
        assert_eq!(doc("incidenty/a.md", in_an_alert).incident_minutes(), Some(47), "fields in an alert's paragraph");
    }

    #[test]
    fn a_google_docs_export_titled_in_bold_and_dated_with_a_short_month() {
        let spec = "<!----- Docs to Markdown ----->\n\n\n**ТЗ: слоты доставки**\n\n**Статус:** Черновик\n\n## Цели\n";
        let d = doc("spec/ts-sloty-dostavki.md", spec);
        assert_eq!((d.title(), d.kind()), ("ТЗ: слоты доставки", Kind::TechSpec));
        let field = doc("notes/x.md", "**Статус:** Черновик\n\nТекст.\n");
        assert_eq!(field.title(), "x", "a field in bold is no title");
        let poc = "# PoC: маршрутизация на OSRM\n\n**Отчёт от 20 февр. 2026 г.**\n\n## Вопрос\n";
        assert_eq!(doc("spec/poc-osrm.md", poc).date(), Date::new(2026, 2, 20));
    }

    #[test]
    fn a_craft_page_s_byline_with_the_month_first() {
        let review = "# Incident Review - Stale menu prices Sep 9\n\nSep 9, 2025 · Sev 3 · Written by Tomás Ruiz\n\n**Impact:** 14:05–17:35 CEST. Apps showed old prices.\n\n## What happened\n";
        let d = doc("Incidents/Incident Review - Stale menu prices Sep 9.md", review);
        assert_eq!(
            (d.date(), d.field(FieldKey::Severity), d.incident_minutes()),
            (Date::new(2025, 9, 9), Some("Sev 3"), Some(210))
        );
        let roadmap = "# Mobile Platform Roadmap H1 2026\n\nLast updated Apr 30, 2026 by Priya Nair\n\n| Initiative | Status |\n| --- | --- |\n| Cart | Done |\n";
        assert_eq!(doc("Planning/Mobile Platform Roadmap H1 2026.md", roadmap).date(), Date::new(2026, 4, 30));
    }

    #[test]
    fn a_living_document_is_as_recent_as_its_last_update() {
        let properties = |title: &str| {
            format!("# {title}\n\n| Property | Value |\n| --- | --- |\n| Owner | Lena |\n| Created | Jan 6, 2026 |\n| Updated | May 12, 2026 |\n\n## Initiatives\n")
        };
        assert_eq!(doc("Search Roadmap 2026.md", &properties("Search Roadmap 2026")).date(), Date::new(2026, 5, 12));
        let decision = properties("DEC-07 Use Kafka").replace("| Owner | Lena |", "| Status | Accepted |");
        assert_eq!(doc("adr/adr-0007-kafka.md", &decision).date(), Date::new(2026, 1, 6), "a decision keeps its day");
        let spec = "# Tech Spec - Ranking v2\n\n| Property | Value |\n| --- | --- |\n| Status | Approved |\n| Approved | 2026-03-02 |\n| Created | Feb 16, 2026 |\n\n## Goals\n";
        assert_eq!(doc("Tech Spec - Ranking v2.md", spec).date(), Date::new(2026, 3, 2), "the day it was approved");
        let proposed = "# DEC-06 LLM rewriting\n\n| Property | Value |\n| --- | --- |\n| Status | In review |\n| Proposed | 2026-05-06 |\n\n## Problem\n";
        assert_eq!(doc("DEC-06 LLM rewriting.md", proposed).date(), Date::new(2026, 5, 6), "the day it was proposed");
    }

    #[test]
    fn a_register_s_coded_record_shaped_like_a_decision() {
        let text = "# DEC-05 Move vector search to OpenSearch\n\n| Property | Value |\n| --- | --- |\n| Status | Accepted |\n| Decided | 2026-02-10 |\n| Supersedes | DEC-04 |\n\n## Context\n\nText.\n\n## Decision\n\nMove.\n";
        let d = doc("DEC-05 Move vector search to OpenSearch.md", text);
        assert_eq!((d.kind(), d.status().map(Status::id)), (Kind::Adr, Some("accepted")));
        let incident = doc("INC-12 Checkout down.md", "# INC-12 Checkout down\n\n## Timeline\n\n- 10:00 — down\n");
        assert_ne!(incident.kind(), Kind::Adr, "a code alone makes no decision");
    }

    #[test]
    fn a_status_section_at_the_end_of_a_long_record() {
        let sections = "## Context\n\nText.\n\n## Decision Drivers\n\n* p95\n\n## Considered Options\n\n* ClickHouse\n\n## Decision Outcome\n\nChosen option: ClickHouse.\n\n";
        let late = format!("# ClickHouse\n\n{sections}## Status\n\nAccepted — signed off on 5 March 2025.\n");
        assert_eq!(doc("decisions/0002-clickhouse.md", &late).status().map(Status::id), Some("accepted"));
        let stated = format!("# ClickHouse\n\n* Status: proposed\n\n{sections}## Status\n\nAccepted.\n");
        assert_eq!(
            doc("decisions/0002-clickhouse.md", &stated).status().map(Status::id),
            Some("proposed"),
            "the top's status stands"
        );
    }

    #[test]
    fn a_status_under_an_anchored_heading_or_in_a_badge_and_an_export_s_stamps() {
        let writerside = "# ADR-0001: Use Karpenter\n\n## Status {id=\"status\"}\n\nAccepted\n\nDate: 2025-04-14\n\n> A note.\n{style=\"note\"}\n\n## Context {id=\"context\"}\n\nText.\n";
        let dialect = |text: &str| crate::markdown::dialects::as_commonmark(text).into_owned();
        let d = doc("topics/adr-0001-karpenter.md", &dialect(writerside));
        assert_eq!((d.status().map(Status::id), d.date()), (Some("accepted"), Date::new(2025, 4, 14)));
        let pandoc = "# ADR-0002: Use X\n\n## Status {#status}\n\nAccepted\n\n## Context\n\nText.\n";
        assert_eq!(doc("adr-0002-x.md", &dialect(pandoc)).status().map(Status::id), Some("accepted"));
        let retype = "# ADR-001. Хранение CDR\n\n[!badge text=\"Принято\" variant=\"success\"]\n\n**Дата решения:** 12.02.2025\n\n## Контекст\n";
        assert_eq!(doc("decisions/001-cdr.md", &dialect(retype)).status().map(Status::id), Some("accepted"));
        let replaced = "# ADR-002. Тарификация на Kafka Streams\n\n[!badge text=\"Заменено\" variant=\"secondary\"] решением [ADR-004](004-rating-flink.md)\n\nДата: 20 марта 2025 г.\n\n## Контекст\n";
        let d = doc("decisions/002-rating.md", &dialect(replaced));
        assert_eq!(d.status().map(Status::id), Some("superseded"), "a badge and the decision after it");
        let estimate = "# Оценка: интеграция с OCS\n\n[!badge text=\"Согласовано\" variant=\"success\"] · Дата оценки: 18.03.2026 · Оценивали: Денис Орлов\n\n## Разбивка\n";
        let d = doc("estimates/ocs.md", &dialect(estimate));
        assert_eq!(
            (d.status().map(Status::id), d.date()),
            (Some("accepted"), Date::new(2026, 3, 18)),
            "a badge among fields"
        );
        let sentence = "# ADR-003. Kafka\n\n**Принято** решение перейти на Kafka.\n\n## Контекст\n";
        assert_eq!(doc("decisions/003-kafka.md", sentence).status(), None, "a bold word opening a sentence");
        let teamly = "# Постмортем — задвоение заказов\n\n> Автор: Дмитрий Кравец\n> Дата создания: 09.04.2026 10:00\n> Дата изменения: 20.04.2026 11:15\n\n---\n\nИнцидент 7 апреля 2026 г. Уровень 3. Длительность: 1 ч 20 мин.\n\n## Что видели\n";
        assert_eq!(doc("Инциденты/Постмортем — задвоение заказов.md", teamly).date(), Date::new(2026, 4, 7));
        let kaiten = "# Регламент ручного перезапуска реестра\n\n> **Автор:** Павел\n> **Создан:** 28.01.2026 15:30\n> **Изменён:** 11.03.2026 10:02\n\n---\n\n## Порядок действий\n\n1. Остановите воркеры.\n";
        let runbook = doc("runbooks/Регламент ручного перезапуска реестра.md", kaiten);
        assert_eq!((runbook.kind(), runbook.date()), (Kind::Runbook, Date::new(2026, 3, 11)), "a runbook's last save");
        let decision = kaiten
            .replace("Регламент ручного перезапуска реестра", "ADR-4. Резервный банк")
            .replace("## Порядок действий\n\n1. Остановите воркеры.", "**Статус:** Принято\n\n## Решение\n\nДа.");
        assert_eq!(
            doc("decisions/ADR-4. Резервный банк.md", &decision).date(),
            Date::new(2026, 1, 28),
            "a decision's creation"
        );
    }

    #[test]
    fn a_page_listing_decisions_is_none_of_them_whatever_its_tags() {
        let index = "---\ntags: [архитектура, adr]\n---\n\n# Архитектурные решения\n\n| ADR | Статья |\n|---|---|\n| ADR-1 | MOB-A-4 |\n";
        assert_eq!(doc("MOB-A-3 Архитектурные решения.md", index).kind(), Kind::Page);
    }

    #[test]
    fn fields_under_a_subtitle_straight_after_the_title() {
        let note = "# Kafka consumer lag 2026-04-09\n\n## Разбор: лаг консьюмеров\n\n*   **Дата:** 09.04.2026\n*   **Серьёзность:** SEV-2\n\n### Что произошло\n\nТекст.\n";
        let d = doc("Incidents/Kafka consumer lag 2026-04-09.md", note);
        assert_eq!(d.field(FieldKey::Severity), Some("SEV-2"));
        let section = doc("adr-0001-x.md", "# X\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n");
        assert_eq!(section.status().map(Status::id), Some("accepted"), "a status section is no subtitle");
    }

    #[test]
    fn an_incident_state_on_a_post_mortem_is_not_a_misspelt_status() {
        // What the metadata says, not what the leadership readers miss (W07…).
        let about_metadata = |d: &Document| d.diagnostics.iter().filter(|d| d.code.as_str().starts_with("W02")).count();
        for state in
            ["Resolved", "Решён", "Закрыт", "Mitigated — monitoring", "Задачи в работе", "Окончательный", "Issued"]
        {
            let d = doc("postmortems/postmortem-2026-11-20-x.md", &format!("# X\n\n**Status:** {state}\n"));
            assert_eq!(about_metadata(&d), 0, "{state}: {:?}", d.diagnostics);
            let word = state.split(" — ").next().unwrap_or(state);
            assert_eq!(d.status(), Some(&Status::Unknown(word.to_owned())), "kept as written, without its note");
        }
        let adr = doc("adr/adr-0001-x.md", "# X\n\n**Status:** Resolved\n");
        assert_eq!(adr.diagnostics[0].code, "W0202", "a decision has no such status");
        let odd = doc("postmortems/postmortem-2026-11-20-x.md", "# X\n\n**Status:** Фиолетовый\n");
        assert_eq!(odd.diagnostics[0].code, "W0202");
        for (id, state) in [
            ("poc/poc-search-2025-11-20.md", "завершён"),
            ("plans/infra-plan-k8s.md", "In progress"),
            ("postmortems/postmortem-2025-10-03-x.md", "действия в работе"),
        ] {
            let d = doc(id, &format!("# X\n\n- Статус: {state}\n"));
            assert_eq!(about_metadata(&d), 0, "{id}: {:?}", d.diagnostics);
        }
        for (id, written) in [
            ("migrations/migration-pg.md", "в работе"),
            ("postmortems/postmortem-2026-01-22-x.md", "Review complete, follow-ups tracked below"),
        ] {
            let d = doc(id, &format!("# X\n\n**Статус:** {written}\n"));
            assert_eq!(d.status(), Some(&Status::Unknown(written.to_owned())), "a state of the work, as written");
        }
        let spec = doc("specs/tech-spec-x.md", "# X\n\n**Статус документа:** Черновик v0.3\n");
        assert_eq!(spec.status(), Some(&Status::Draft), "a draft is a draft");
        let adr = doc("adr/adr-0003-x.md", "# X\n\n**Статус:** в работе\n");
        assert_eq!(adr.status(), Some(&Status::Draft), "a decision in the works is a draft decision");
        let decision = doc("adr/adr-0002-x.md", "# X\n\n- Статус: завершён\n");
        assert_eq!(decision.diagnostics[0].code, "W0202", "a decision is not «completed»");
    }

    #[test]
    fn a_date_the_header_implies_comes_after_the_names() {
        let incident = doc(
            "postmortem-2026-03-11-oom.md",
            "# OOM\n\nАвтор: Никита Орлов. Ревью разбора: Ксения Мельник, 16.03.2026.\n\n## Что случилось\n",
        );
        assert_eq!(incident.date.map(|date| date.value), Date::new(2026, 3, 11), "the incident's day, from the name");
        let plan =
            doc("infra_plan_dr.md", "# DR plan\n\nAuthor: Grace Whitfield — version 0.4, 2026-03-30\n\n## Why\n");
        assert_eq!(plan.date.map(|date| date.value), Date::new(2026, 3, 30));
    }

    #[test]
    fn dates_from_the_minutes_that_decided_or_the_incidents_window() {
        let atam = doc("21 Архитектурные решения/21.01 ADR-07 Шина.md", "# ADR-07. Шина\n\nСтатус: **принято** — техсовет ИТ, протокол № 2 от 27.01.2026  \nМетод: ATAM\n\n## 1. Контекст\n");
        assert_eq!((atam.status(), atam.date()), (Some(&Status::Accepted), Date::new(2026, 1, 27)));
        let capa = doc("postmortems/capa-kds.md", "# CAPA: KDS freeze\n\n**Период несоответствия:** 23.01.2026, 11:52–13:10 MSK (78 мин)  \n**Статус CAPA:** открыта\n\n## 1\n");
        assert_eq!((capa.date(), capa.incident_minutes()), (Date::new(2026, 1, 23), Some(78)), "{:?}", capa.fields);
    }

    #[test]
    fn a_page_with_an_incidents_fields_is_a_post_mortem() {
        let notes = doc(
            "docs/proctoring/false-flags/index.md",
            "# Meeting notes: false flags\n\n**Severity:** sev-4 · **Duration:** 35 min\n\n## Next steps\n",
        );
        assert_eq!(notes.kind(), Kind::Postmortem);
        let alert = doc("docs/alerts.md", "# Exam alerts\n\n**Severity:** critical\n\n## Diagnose\n");
        assert_eq!(alert.kind(), Kind::Page, "a severity alone is an alert's");
    }

    #[test]
    fn an_open_decision_is_proposed() {
        let open = doc("adr_0009_fraud_scoring_vendor.md", "# X\n\nStatus: Open — needs a decision by the ARB\n");
        assert_eq!((open.status(), open.diagnostics.len()), (Some(&Status::Proposed), 0), "{:?}", open.diagnostics);
        let waiting = doc("adr/adr-017-x.md", "# X\n\n**Статус:** ожидает решения архитектурного комитета\n");
        assert_eq!(waiting.status(), Some(&Status::Proposed));
        let council = doc("03-adr/ADR-08.md", "# ADR-08. X\n\n- статус: вынесено на техсовет, решение не принято\n- связано: [пилот](../04-plans/poc-abt-2026-03.md)\n");
        assert_eq!(council.status(), Some(&Status::Proposed));
        assert_eq!(council.relations.iter().map(|r| r.relation).collect::<Vec<_>>(), vec![StatedRelation::RelatesTo]);
        let epics = doc("MDLP-A-17.md", "# Дорожная карта группы на 2026 год\n\nОбновлено 27.03.2026 (конец спринта 26-06). Ведёт: Гусева Т. Н.\nОценки в story points.\n\n## Общий\n");
        assert_eq!((epics.kind(), epics.date()), (Kind::TechRoadmap, Date::new(2026, 3, 27)), "{:?}", epics.fields);
        let issue = doc("services/x/ADR.md", "# ADR-0011 · Issue #412: CMAF\n\n**Issue state:** Closed as completed on 9 Jan 2026 · **Labels:** `adr` `origin-packager` `decision:accepted`\n\n## Discussion\n");
        assert_eq!(issue.status(), Some(&Status::Accepted), "{:?}", issue.fields);
        let chat = doc("MDLP-A-15.md", "# ADR-09. X\n\n- Статус: **ждёт решения ИТ-директора** (голосование прошло)\n- Сводку составил: Мухаметов Р. Р., 13.03.2026\n");
        assert_eq!(
            (chat.status(), chat.date()),
            (Some(&Status::Proposed), Date::new(2026, 3, 13)),
            "{:?}",
            chat.fields
        );
        let canvas = doc(
            "docs/decide/020-canvas.md",
            "# ADR-0026 — Decision canvas\n\n**Decision:** pending — CTO sync on 8 April 2026 · **Drafted:** 18 March 2026\n",
        );
        assert_eq!((canvas.status(), canvas.date()), (Some(&Status::Proposed), Date::new(2026, 3, 18)));
        let stated = doc("adr/0004-kafka.md", "# 4. Kafka\n\n**Decision:** We use Kafka for events.\n\n## Context\n");
        assert_eq!((stated.status(), stated.diagnostics.len()), (None, 0), "the decision itself is no status");
        let incident = doc("postmortems/postmortem-2026-11-20-x.md", "# X\n\n**Status:** Open\n");
        assert_eq!(incident.status(), Some(&Status::Unknown("Open".to_owned())), "an incident's own state");
    }

    #[test]
    fn a_header_around_prose_tables_and_badges() {
        let targets = |d: &Document| -> Vec<(StatedRelation, Option<u32>)> {
            d.relations.iter().map(|r| (r.relation, r.target.number)).collect()
        };
        let arc42 = doc(
            "decisions/0014-x.md",
            "# ADR-0014: X\n\nArchitecture decision, documented in arc42.\n\n| Status | Decided on | Decided by | Authors |\n|---|---|---|---|\n| Accepted | 2026-01-12 | Forum | Kevin |\n\n**Related decisions:** Supersedes [ADR-0016](0016-y.md)\n\n## Problem\n\nText.\n",
        );
        assert_eq!((arc42.status(), arc42.date()), (Some(&Status::Accepted), Date::new(2026, 1, 12)));
        assert_eq!(targets(&arc42), vec![(StatedRelation::Supersedes, Some(16))], "the value names the relation");
        let header = arc42.header_lines.unwrap();
        assert_eq!((header.first, header.last), (1, 1), "the prose and the table stay in the body");
        let badge = doc(
            "decisions/0016-y.md",
            "# ADR-0016 — Y\n\n![status: proposed](https://img.shields.io/badge/status-proposed-yellow) ![owner: Lena](https://img.shields.io/badge/owner-Lena-blue)\n\nProposed on 2026-03-18 by Lena. To be decided in April.\n\nSupersedes: [ADR-0014](0014-x.md), for carrier calls only.\n",
        );
        assert_eq!(badge.status(), Some(&Status::Proposed));
        assert_eq!(targets(&badge), vec![(StatedRelation::Supersedes, Some(14))], "after the prose between fields");
        let daci = doc(
            "ADR-021-z.md",
            "# ADR-021: Z\n\nDACI decision doc · создан 2026-04-06\n\n| DACI | Кто |\n|---|---|\n| **Driver** | Ilya |\n| **Informed** | Game design |\n\n**Status:** 🟡 Under review — на ревью у approver'а\n",
        );
        assert_eq!(daci.status(), Some(&Status::Proposed), "past two blocks, without the mark");
        assert_eq!(daci.status_text.as_deref(), Some("Under review"));
        let history = doc(
            "ADR-022-h.md",
            "# ADR-022: H\n\nDate: 2025-12-16 · Authors: Sam\n\n| Date | Status | Note |\n|---|---|---|\n| 2025-12-02 | Proposed | PR |\n| 2025-12-16 | Accepted | sync |\n| 2025-12-09 | Proposed | revised |\n",
        );
        assert_eq!(history.status(), Some(&Status::Accepted), "the row with the latest date");
        let prepared = doc(
            "adr-008-p.md",
            "# ADR-008. P\n\nСтатус: на согласовании\nДата подготовки: 02.04.2026\nПодготовил: Лебедев А. В., при участии Гарипова Р. И.\nЗаменяет: [ADR-005](adr-005-x.md) — подпись на рабочих местах\n",
        );
        assert_eq!(targets(&prepared), vec![(StatedRelation::Supersedes, Some(5))], "past a plain key no list knows");
        assert_eq!(prepared.date(), Date::new(2026, 4, 2), "«Дата подготовки» is the document's date");
        let review = doc(
            "PM-2026-02-20-x.md",
            "# Weekly Incident Review: x\n\nВедущий: @oksana.\n\n## INC-2214\n\n| Sev | Дата | Обнаружено | TTD | TTM | Влияние итого |\n|---|---|---|---|---|---|\n| Sev2 | 20.02.2026 | алерт | 9 мин | 41 мин | 1 ч 12 мин |\n",
        );
        assert_eq!(review.kind(), Kind::Postmortem);
        assert_eq!(
            (review.field(FieldKey::Severity), review.incident_minutes()),
            (Some("Sev2"), Some(72)),
            "two columns it does not know among four it does"
        );
    }

    #[test]
    fn templates_are_plain_pages_without_findings() {
        let d = doc(
            "decisions/0005-example.md",
            "# {title}\n\n- Status: {proposed | rejected | accepted}\n- Date: {YYYY-MM-DD}\n- Supersedes: [ADR-1](0001-x.md)\n\n## Context\n\n{why}\n",
        );
        assert!(d.template && d.kind() == Kind::Page && d.diagnostics.is_empty(), "{:?}", d.diagnostics);
        assert!(d.relations.is_empty() && d.status().is_none());
        let named = doc("adr/adr-template.md", "# ADR-NNNN: Title\n\n**Статус:** Принято\n");
        assert!(named.template && named.kind() == Kind::Page);
    }

    #[test]
    fn series_and_numbers_outside_decision_folders() {
        let d = doc("docs/ODH-ADR-Operator-0007-auth.md", "# Auth\n\n- Status: accepted\n");
        assert_eq!(
            (d.kind(), d.number_label().as_deref(), d.series.as_deref()),
            (Kind::Adr, Some("ADR-Operator-0007"), Some("Operator"))
        );
        let shaped = doc("notes/0007-x.md", "# X\n\n**Статус:** Принято\n\n## Решение\n\nТак.\n");
        assert_eq!((shaped.kind(), shaped.number_value(), shaped.kind.origin), (Kind::Adr, Some(7), Origin::Text));
        let spec = doc(
            "content/5.razrabotka/1.spellcheck.md",
            "---\ntitle: 'Спека: исправление опечаток'\n---\n\n| | |\n|---|---|\n| Статус | Черновик |\n\n## Решение\n\nТак.\n",
        );
        assert_eq!(spec.kind(), Kind::TechSpec, "a numbered page's title says what it is");
        let plain = doc("notes/0007-x.md", "# X\n\nЗаметки.\n");
        assert_eq!((plain.kind(), plain.number_value()), (Kind::Page, None), "a numbered page keeps no number");
    }

    #[test]
    fn only_deliverables_have_action_items() {
        let how_to = "# Contributing\n\n## Disable GitHub actions\n\n1. Open the settings.\n2. Turn actions off.\n\n- [ ] Ask @maintainer, 01.02.2026\n";
        assert!(doc("docs/contributing.md", how_to).actions.is_empty(), "a plain page");
        let postmortem =
            doc("postmortems/postmortem-2026-01-10-x.md", &how_to.replace("Disable GitHub actions", "Action items"));
        assert_eq!(postmortem.actions.len(), 3, "a post-mortem's follow-ups: {:?}", postmortem.actions);
    }

    #[test]
    fn titles_are_the_text_a_heading_shows() {
        let d = doc(
            "README.md",
            "# JabRef Bibliography Management [![APIdia](https://apidia.net/badge.svg)](https://apidia.net)\n",
        );
        assert_eq!(d.title(), "JabRef Bibliography Management");
        let adr = doc("adr/adr-0005-kafka.md", "# ADR-0005: `Kafka` для **событий**\n\n**Статус:** Принято\n");
        assert_eq!((adr.title(), adr.number_value()), ("ADR-0005: Kafka для событий", Some(5)));
    }

    #[test]
    fn a_poc_is_dated_when_its_report_was_completed() {
        let poc = doc(
            "tiddlers/PoC - DuckDB.md",
            "# PoC: DuckDB\n\n**Time box:** 2–27 February 2026 · **Run by:** Luis · **Report completed:** 27 February 2026\n\n## Question\n\nCan it?\n",
        );
        assert_eq!(poc.date(), Date::new(2026, 2, 27));
    }

    #[test]
    fn a_tag_that_names_a_kind() {
        let tags = |tags: &[&str]| kind_of_tags(&tags.iter().map(|tag| (*tag).to_owned()).collect::<Vec<_>>());
        assert_eq!(tags(&["estimate"]), Some(Kind::Estimate));
        assert_eq!(tags(&["infra-plan", "dns"]), Some(Kind::InfraPlan));
        assert_eq!(tags(&["#spec", "#alerting"]), Some(Kind::TechSpec));
        assert_eq!(tags(&["migration", "runbook"]), None, "two kinds name none");
        let front = "---\ntags: infra-plan\nstatus: approved\n---\n# NodeLocal DNSCache rollout\n\n## Goal\n\nx\n";
        assert_eq!(doc("Infra/NodeLocal DNSCache rollout.md", front).kind(), Kind::InfraPlan);
    }

    #[test]
    fn a_poc_card_is_dated_by_its_dated_results() {
        let card = "# PoC: KMP networking\n\n| Property | Value |\n|---|---|\n| Status | Done |\n| Created by | s.pak · Feb 23, 2026 |\n\n### Goal\n\nx\n\n### Results (10.03.2026)\n\n- ok\n";
        assert_eq!(doc("cards/poc-kmp-networking.md", card).date(), Date::new(2026, 3, 10));
        let later = card.replace("10.03.2026", "10.03.2027");
        assert_eq!(
            doc("cards/poc-kmp-networking.md", &later).date(),
            Date::new(2026, 2, 23),
            "a year on is another run"
        );
    }

    #[test]
    fn date_named_decisions_are_labelled_by_their_date() {
        let d = doc("docs/adr/20200925-use-markdown.md", "# Use Markdown\n\n- Status: accepted\n");
        assert_eq!((d.kind(), d.adr_number(), d.number_label().as_deref()), (Kind::Adr, None, Some("20200925")));
        assert_eq!(d.date(), Date::new(2020, 9, 25), "the name's date when the text has none");
        let shaped = doc("notes/2021-04-12-kafka.md", "# Kafka\n\n**Статус:** Принято\n\n## Решение\n\nДа.\n");
        assert_eq!((shaped.kind(), shaped.number_label().as_deref()), (Kind::Adr, Some("2021-04-12")));
    }

    #[test]
    fn number_prefixes_are_dropped_only_when_the_number_is_shown() {
        let shown = |id: &str, title: &str| doc(id, &format!("# {title}\n")).shown_title().to_owned();
        assert_eq!(shown("adr/adr-0005-k.md", "ADR-0005: Kafka вместо RabbitMQ"), "Kafka вместо RabbitMQ");
        assert_eq!(shown("adr/adr-0007-k.md", "ADR 7 — Kafka"), "Kafka");
        assert_eq!(shown("doc/adr/0003-a.md", "3. A better idea"), "3. A better idea");
        assert_eq!(shown("notes/kafka.md", "ADR-0005 notes: Kafka"), "ADR-0005 notes: Kafka", "no number, no cut");
        assert_eq!(shown("adr/adr-0005-k.md", "ADR-0005"), "ADR-0005");
    }

    #[test]
    fn crlf_and_bom_are_accepted() {
        let d = doc("adr-0001-x.md", "\u{feff}# Заголовок\r\n\r\n**Статус:** Принято\r\n");
        assert_eq!((d.title(), d.status()), ("Заголовок", Some(&Status::Accepted)));
    }

    #[test]
    fn unknown_status_is_kept_and_warned() {
        let d = doc("adr-0001-x.md", "# X\n\n**Статус:** Непонятно\n");
        assert_eq!(d.status(), Some(&Status::Unknown("Непонятно".into())));
        assert_eq!(d.diagnostics[0].code, "W0202");
        assert_eq!(d.diagnostics[0].line, 3);
    }

    #[test]
    fn front_matter_wins_and_conflicts_warn() {
        let d = doc("adr-0001-x.md", "---\nstatus: accepted\n---\n# X\n\n**Статус:** Отклонено\n");
        assert_eq!(d.status(), Some(&Status::Accepted));
        assert!(d.diagnostics.iter().any(|x| x.code == "W0203" && x.line == 6), "{:?}", d.diagnostics);
    }

    #[test]
    fn kind_override_title_fallbacks_and_numbers_from_titles() {
        let d = doc("notes/decision.md", "---\nkind: adr\n---\n# ADR-0042: Что-то\n");
        assert_eq!((d.kind(), d.number_value()), (Kind::Adr, Some(42)));
        let untitled = doc("runbooks/runbook-payments-gateway.md", "Просто текст.\n");
        assert_eq!((untitled.kind(), untitled.title()), (Kind::Runbook, "runbook payments gateway"));
        let named = doc("decisions/use-kafka.md", "# ADR 7 — Kafka\n");
        assert_eq!((named.kind(), named.number_value()), (Kind::Adr, Some(7)));
    }

    #[test]
    fn log4brains_list_and_links_by_title() {
        let d = doc("adr-0002-x.md", "# Publish to S3\n\n- Status: superseded by [Publish to GitHub Pages](adr-0003-pages.md)\n- Date: 2026-03-01\n- Tags: hosting, docs\n");
        assert_eq!(d.status(), Some(&Status::Superseded));
        assert_eq!(d.tags, vec!["hosting", "docs"]);
        assert_eq!(relations(&d), vec![(StatedRelation::SupersededBy, None, Some("adr-0003-pages.md"))]);
    }

    #[test]
    fn a_confluence_space_s_decisions_plans_and_lozenges() {
        let adr = doc(
            "Архитектурное-решение-АР-002-Резервный-кластер_98304177.md",
            "[Space](index.md) / Решения / АР-002\n\n# Архитектурное решение АР-002. Резервный кластер\n\n> **Статус:** [ПРИНЯТО]\n> **Дата решения:** 08.10.2025\n\n## Проблема\n\nТекст.\n",
        );
        assert_eq!(
            (adr.kind(), adr.status(), adr.date().map(|d| d.to_string())),
            (Kind::Adr, Some(&Status::Accepted), Some("2025-10-08".into()))
        );
        let english = doc("docs/kafka.md", "# Architecture Decision: use Kafka for telemetry\n\nStatus: proposed\n");
        assert_eq!(english.kind(), Kind::Adr);
        let log = doc("docs/log.md", "# Architecture decision log\n\nAll our decisions.\n");
        assert_eq!(log.kind(), Kind::Page, "a log of decisions is none of them");
        let migration = doc(
            "Миграция-БД_98304455.md",
            "# Миграция клиринговой БД с Oracle на PostgreSQL\n\n**Статус:** ЧЕРНОВИК\n",
        );
        assert_eq!((migration.kind(), migration.status()), (Kind::Migration, Some(&Status::Draft)));
        let roadmap = doc(
            "Дорожная-карта_98304502.md",
            "# Дорожная карта процессингового центра на 2026 год\n\n| Информация о странице | |\n|---|---|\n| Владелец | Гусева Е. |\n| Актуализировано | 30.04.2026 |\n| Период | 2026 год |\n\n## Инфраструктура\n\n| Инициатива | Квартал | Статус |\n|---|---|---|\n| Аудит PCI DSS | II кв. | [ЗАДЕРЖКА] |\n",
        );
        assert_eq!(
            roadmap.date().map(|d| d.to_string()).as_deref(),
            Some("2026-04-30"),
            "the card's update row dates it"
        );
        assert_eq!(roadmap.roadmap.iter().map(|item| item.status.id()).collect::<Vec<_>>(), ["at-risk"]);
    }

    #[test]
    fn a_runbook_is_as_recent_as_its_review_and_an_approval_or_occurrence_dates_a_paper() {
        let runbook = doc("ops/gpu-drain.md", "# Runbook: drain a GPU node\n\n| | |\n|---|---|\n| Owner | HPC admins |\n| Last reviewed | 2026-04-02 |\n\n## 1. Drain\n\nText.\n");
        assert_eq!(runbook.date().map(|d| d.to_string()).as_deref(), Some("2026-04-02"));
        let spec = doc("ops/spec.md", "# Technical specification: resolver\n\n**Status:** Approved\n**Approved:** 18 September 2025 by the architecture board\n");
        assert_eq!(spec.date().map(|d| d.to_string()).as_deref(), Some("2025-09-18"));
        let anomaly = doc("incidents/ar-3.md", "# ANOMALY REPORT — AR-2026-003\n\n**Occurrence:** 21.02.2026, 14:03Z\n**Category:** Critical (the spacecraft could not be commanded)\n\n## Summary\n\nText.\n");
        assert_eq!(anomaly.date().map(|d| d.to_string()).as_deref(), Some("2026-02-21"));
        assert_eq!(anomaly.field(FieldKey::Severity), Some("Critical (the spacecraft could not be commanded)"));
        let daily = doc(
            "Журнал/2025-11-28.md",
            "---\ntags:\n  - журнал\n  - инцидент\n---\n# 2025-11-28, пятница\n\n## Дела дня\n- [x] ревью PR\n- [ ] отправить цифры\n\n## Инцидент: встала комплектация\n\nКритичность:: П1\nНачало:: 14:05\nОкончание:: 16:20\n\n### Задачи после разбора\n- [x] Ограничить волну — отв. Петров 📅 2025-12-01 ✅ 2025-12-02\n- [ ] Алерт на возраст волны — отв. Гусейнова 📅 2025-12-12\n- [-] Переписать планировщик — отв. Сафронов ❌ 2026-01-15\n",
        );
        assert_eq!(daily.kind(), Kind::Postmortem, "a daily note tagged as an incident");
        assert_eq!((daily.field(FieldKey::Severity), daily.incident_minutes()), (Some("П1"), Some(135)));
        let actions: Vec<(&str, Option<&str>, String)> = daily
            .actions
            .iter()
            .map(|item| (item.text.as_str(), item.owner.as_deref(), format!("{:?}", item.state)))
            .collect();
        assert_eq!(
            actions,
            vec![
                ("Ограничить волну", Some("Петров"), "Done".to_owned()),
                ("Алерт на возраст волны", Some("Гусейнова"), "Open".to_owned()),
                ("Переписать планировщик", Some("Сафронов"), "Dropped".to_owned()),
            ]
        );
        let act = doc("ИНЦ-2025-014_Акт_разбора_инцидента.md", "# Акт разбора инцидента ИНЦ-2025-014\n\n| Реквизит | Значение |\n|---|---|\n| Дата составления акта | 07.10.2025 |\n| Дата инцидента | 02.10.2025 |\n| Продолжительность простоя, мин | 145 |\n| Степень влияния | Высокая |\n\n## 5. Перечень мероприятий\n\n| № | Мероприятие | Ответственный | Плановый срок | Отметка о выполнении |\n|---|---|---|---|---|\n| 1 | Настроить контроль сертификата | Гусев А. В. | 31.10.2025 | Выполнено 27.10.2025 |\n| 2 | Запросить уведомления | — | — | Отменено: услуги нет |\n");
        assert_eq!(act.kind(), Kind::Postmortem);
        assert_eq!(
            act.date().map(|d| d.to_string()).as_deref(),
            Some("2025-10-02"),
            "the incident's day, not the act's"
        );
        assert_eq!((act.field(FieldKey::Severity), act.incident_minutes()), (Some("Высокая"), Some(145)));
        let states: Vec<String> = act.actions.iter().map(|item| format!("{:?}", item.state)).collect();
        assert_eq!(states, vec!["Done", "Dropped"]);
        let plan = doc("Дорожная-карта-2026.md", "# Дорожная карта на 2026 год\n\nАктуально на 06.05.2026. Ответственный — Голованова Е. М.\n\n## I квартал\n\n| Инициатива | Состояние |\n|---|---|\n| A | Сделано |\n");
        assert_eq!(plan.date().map(|d| d.to_string()).as_deref(), Some("2026-05-06"), "a plan as of a day");
        let protocol = doc(
            "Протокол-разбора-инцидента-2025-08-14-x.md",
            "# Протокол разбора инцидента INC-2025-0814-01\n\n**Двойное списание**\n\n| Параметр | Значение |\n|---|---|\n| Дата и время возникновения | 14.08.2025 00:05 МСК |\n| Дата и время восстановления | 14.08.2025 03:15 МСК |\n| Время восстановления | 3 ч 10 мин |\n| Класс инцидента | 2 |\n\n## Описание\n\nТекст.\n",
        );
        assert_eq!(protocol.kind(), Kind::Postmortem);
        assert_eq!((protocol.field(FieldKey::Severity), protocol.incident_minutes()), (Some("Класс 2"), Some(190)));
        assert_eq!(protocol.date().map(|d| d.to_string()).as_deref(), Some("2025-08-14"));
        let runbook_tagged = doc("ops/x.md", "---\ntags: [runbook, incident]\n---\n# Failover\n\n1. Step.\n");
        assert_eq!(runbook_tagged.kind(), Kind::Runbook, "a runbook tagged `incident` is a runbook");
        let logged = doc("svc/docs/runbook.md", "# Encoder runbook\n\nService: `encoder` · On-call: `#video`\n\n## Alerts\n\n1. Step.\n\n## Review log\n\n| Date | Reviewer | Notes |\n|---|---|---|\n| 2025-04-11 | P. S. | first |\n| 2025-10-03 | P. S. | drill |\n");
        assert_eq!(logged.date().map(|d| d.to_string()).as_deref(), Some("2025-10-03"), "dated by its review log");
    }

    #[test]
    fn a_grade_a_tracker_label_and_an_impact_stated_in_the_body() {
        let card = doc("incidents/ar-14.md", "# Anomaly Report AR-2025-014\n\n| | |\n|---|---|\n| **Date of occurrence** | 19 July 2025 |\n| **Anomaly category** | Major |\n\n## 1. Description\n\nText.\n");
        assert_eq!(card.field(FieldKey::Severity), Some("Major"));
        let unrelated = doc("incidents/x.md", "# Incident review: x\n\n**Category:** Network\n");
        assert_eq!(unrelated.field(FieldKey::Severity), None, "a category that is no severity");
        let issue = doc(
            "postmortems/2025-09-03-lustre.md",
            "# Incident: /scratch hangs #142\n\n**Labels:** `incident` `sev-1` `lustre`\n\n### Impact\n\n- Start: 09:40 MSK (first user reports)\n- End: 15:05 MSK (clients recovered)\n- ~1,900 jobs failed\n\n### Timeline (MSK)\n\n- 09:12 — array job starts\n",
        );
        assert_eq!((issue.field(FieldKey::Severity), issue.incident_minutes()), (Some("sev-1"), Some(325)));
        let p2 = doc("postmortems/x.md", "# Инцидент: контроллер #187\n\n**Labels:** `incident` `P2` `slurm` `2`\n");
        assert_eq!(p2.field(FieldKey::Severity), Some("P2"));
        let russian = doc(
            "Разбор-инцидента-2026-02-11.md",
            "# Разбор инцидента 11.02.2026: задержка файла\n\n**Уровень критичности:** Уровень 3\n\n## Что произошло\n\nПроцесс выгрузки упал в 02:40, повторный запуск завершился в 06:10.\n\n**Длительность влияния:** 2 ч 15 мин — с 04:10 до 06:25.\n",
        );
        assert_eq!(russian.incident_minutes(), Some(135), "the bold duration, not «процесс … завершился»");
        let window = doc(
            "incidents/ar-3.md",
            "# Anomaly report AR-3\n\n### Impact window\n\n- Start: 14:03Z (forward RF power drops)\n- End: 14:50Z (uplink established)\n- Duration: 47 minutes\n",
        );
        assert_eq!(window.incident_minutes(), Some(47));
    }

    #[test]
    fn a_runbook_reviewed_in_its_footer_or_a_memo_checked_under_its_title() {
        let footer = doc(
            "services/billing/docs/runbooks/invoice-run.md",
            "# Monthly invoice run\n\nThe job runs on the 1st.\n\n## Steps\n\n1. Check.\n\n---\n\n_Reviewed 2 June 2025 — Marta K._\n",
        );
        assert_eq!((footer.field(FieldKey::LastReviewed), footer.date()), (Some("2025-06-02"), Date::new(2025, 6, 2)));
        let memo = doc(
            "Дежурство/Памятка дежурному по платформе.md",
            "# Памятка дежурному по платформе\n\nПроверено и актуализировано: 3 февраля 2026 г. в 11:20 (Лёша + я)\n\n## Шаги\n\n1. Проверить балансировщик.\n",
        );
        assert_eq!((memo.kind(), memo.date()), (Kind::Runbook, Date::new(2026, 2, 3)));
    }

    #[test]
    fn a_memo_in_the_decisions_folder_that_states_a_decision_s_status_is_a_record() {
        let memo = doc(
            "Решения/Переход на Patroni для PostgreSQL.md",
            "# Переход на Patroni для управления кластерами PostgreSQL\n\n**Статус:** принято на архитектурном комитете 17.06.2025\n\n## 2. Постановка задачи\n\n- шесть кластеров;\n\n## 4. Решение\n\nPatroni.\n",
        );
        assert_eq!((memo.kind(), memo.actions.len()), (Kind::Adr, 0), "a problem statement holds no tasks");
        let awaiting = doc(
            "Решения/Очередь событий заказов — Kafka или NATS.md",
            "# Очередь событий заказов: Kafka или NATS JetStream\n\n*Ирина Ковалёва, 12 мая 2026 г.*\n\n> **Статус: на согласовании.** Жду решения CTO.\n\n## Варианты\n",
        );
        assert_eq!(awaiting.kind(), Kind::Adr);
        let plan = doc("Миграции/Переход на Patroni.md", "# Переход на Patroni\n\n**Статус:** принято\n");
        assert_eq!(plan.kind(), Kind::Migration, "outside a decisions folder the title says what it is");
        let runbook = doc("Решения/Ранбук переключения.md", "# Ранбук: переключение\n\n**Статус:** действует\n");
        assert_ne!(runbook.kind(), Kind::Adr, "a runbook's title is not overridden");
    }
}
