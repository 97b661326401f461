//! Metadata from the three places real deliverables keep it: front matter, a bold or bullet
//! list right under the H1, and `## Status` / `## Статус` sections near the top.
//!
//! Front matter wins over the inline forms; a disagreement is a warning. Lines further down
//! the body and lines inside code blocks are never metadata.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::adr_id;
use super::date::Date;
use super::frontmatter::{FrontMatter, FrontValue};
use super::kind::Kind;
use super::vocab::{fold, FieldKey, StatedRelation, Status, Vocabulary};
use crate::diagnostic::Diagnostic;

/// How a relation names its target; resolved against the site later.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct TargetRef {
    /// Link destination as written (`0003-use-x.md`), if the target was a link.
    pub link: Option<String>,
    /// ADR number mentioned (`ADR-5`, `adr-005`, `5`).
    pub number: Option<u32>,
    /// Link text or the bare text, for title matching and messages.
    pub text: String,
}

/// A relation stated by a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationStatement {
    /// Which relation, in the voice it was written.
    pub relation: StatedRelation,
    /// Its target.
    pub target: TargetRef,
    /// 1-based line where it was stated.
    pub line: usize,
}

/// A metadata field kept for display in the metadata panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Title from front matter or the first H1.
    pub title: Option<String>,
    /// `kind:` override from front matter.
    pub kind: Option<Kind>,
    /// The status and the line it was stated on.
    pub status: Option<(Status, usize)>,
    /// The date.
    pub date: Option<Date>,
    /// Display fields in the order found.
    pub fields: Vec<Field>,
    /// Relations in the order found.
    pub relations: Vec<RelationStatement>,
    /// Tags.
    pub tags: Vec<String>,
    /// 1-based inclusive line range of the H1 and the metadata list under it, which the
    /// page shows in its header and metadata panel instead of the body.
    pub header_lines: Option<(usize, usize)>,
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
    text: &str,
    front: Option<&FrontMatter>,
    file: &str,
    vocabulary: &Vocabulary,
    diagnostics: &mut Vec<Diagnostic>,
) -> Sources {
    let mut from_front = MetadataReader { vocabulary, file, diagnostics: &mut *diagnostics, meta: Metadata::default() };
    if let Some(front) = front {
        for entry in &front.entries {
            from_front.front_entry(&entry.key, &entry.value, entry.line);
        }
    }
    let front_meta = from_front.meta;
    let lines: Vec<&str> = text.lines().collect();
    let body_start = front.map_or(0, |front| front.line_count);
    let mut inline = MetadataReader { vocabulary, file, diagnostics, meta: Metadata::default() };
    inline.inline_sources(&lines, body_start);
    Sources { front: front_meta, text: inline.meta }
}

/// Reads one metadata source into a [`Metadata`].
struct MetadataReader<'r> {
    vocabulary: &'r Vocabulary,
    file: &'r str,
    diagnostics: &'r mut Vec<Diagnostic>,
    meta: Metadata,
}

impl MetadataReader<'_> {
    fn front_entry(&mut self, key: &str, value: &FrontValue, line: usize) {
        match self.vocabulary.field(key) {
            Some(FieldKey::Title) => self.meta.title = Some(value.joined()),
            Some(FieldKey::Kind) => match Kind::from_id(&value.joined()) {
                Some(kind) => self.meta.kind = Some(kind),
                None => self.diagnostics.push(
                    Diagnostic::warning("W0205", format!("unknown kind `{}`; the file name decides", value.joined()))
                        .at(self.file, line, 1)
                        .with_help("use one of adr, tech-spec, infra-plan, migration, runbook, postmortem, tech-roadmap, estimate, poc, page"),
                ),
            },
            Some(FieldKey::Tags) => self.meta.tags.extend(value.items().iter().map(|tag| tag.to_string())),
            Some(FieldKey::Relation(relation)) => {
                for item in value.items() {
                    self.relations(relation, item, line);
                }
            }
            other => self.field(other, key, &value.joined(), line),
        }
    }

    /// A `key: value` from any source other than tags/kind/title handling.
    fn field(&mut self, key: Option<FieldKey>, label: &str, value: &str, line: usize) {
        let value = value.trim();
        match key {
            Some(FieldKey::Status) => self.status_value(value, line),
            Some(FieldKey::Relation(relation)) => self.relations(relation, value, line),
            Some(FieldKey::Title) => self.meta.title = Some(value.to_owned()),
            Some(FieldKey::Tags) => {
                self.meta.tags.extend(value.split(',').map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()))
            }
            Some(FieldKey::Date) => match Date::find(value) {
                Some(date) => {
                    self.meta.date.get_or_insert(date);
                }
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
        if shown && !value.is_empty() {
            self.meta.fields.push(Field { key, label: label.trim().to_owned(), value: value.to_owned(), line });
        }
    }

    /// A status value: a known status word, or a relation phrase that implies one
    /// ("Superseded by …"), optionally followed by targets.
    fn status_value(&mut self, value: &str, line: usize) {
        if self.meta.status.is_some() {
            return;
        }
        if let Some((status, rest)) = self.vocabulary.status_prefix(value) {
            if status == Status::Superseded {
                let rest = self.vocabulary.relation_prefix(value).map_or(rest, |(_, after)| after);
                self.relations(StatedRelation::SupersededBy, rest, line);
            }
            self.meta.status = Some((status, line));
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
                self.meta.status = Some((status, line));
            }
            return;
        }
        let written = strip_markup(value);
        if written.is_empty() {
            return;
        }
        self.diagnostics.push(
            Diagnostic::warning("W0202", format!("unknown status «{written}»; kept as written"))
                .at(self.file, line, 1)
                .with_help("use Принято, Предложено, Черновик, Отклонено, Устарело, Заменено (or accepted, proposed, draft, rejected, deprecated, superseded), or add the spelling to [tpmdocs.statuses] in book.toml"),
        );
        self.meta.status = Some((Status::Unknown(written), line));
    }

    fn relations(&mut self, relation: StatedRelation, value: &str, line: usize) {
        for target in parse_targets(value) {
            let statement = RelationStatement { relation, target, line };
            if !self.meta.relations.contains(&statement) {
                self.meta.relations.push(statement);
            }
        }
    }

    /// The H1, the list right under it, and status/date/relations sections near the top.
    fn inline_sources(&mut self, lines: &[&str], body_start: usize) {
        let mut fence = Fence::default();
        let h1 = (body_start..lines.len()).find(|&i| !fence.update(lines[i]) && atx_heading(lines[i], 1).is_some());
        let block_start = match h1 {
            Some(index) => {
                self.meta.title = atx_heading(lines[index], 1).map(str::to_owned);
                index + 1
            }
            None => (body_start..lines.len()).find(|&i| !lines[i].trim().is_empty()).unwrap_or(lines.len()),
        };
        let list_end = self.key_value_block(lines, block_start);
        let header_start = h1.map_or(block_start + 1, |index| index + 1);
        if h1.is_some() || list_end > block_start {
            let last = if list_end > block_start { last_non_blank(lines, list_end) } else { header_start };
            self.meta.header_lines = Some((header_start, last));
        }
        let mut fence = Fence::default();
        self.sections(lines, list_end, &mut fence);
    }

    /// Reads `key: value` lines starting at `start` (blank lines allowed between them) and
    /// returns the index of the first line after the block.
    fn key_value_block(&mut self, lines: &[&str], start: usize) -> usize {
        let mut index = start;
        let mut end = start;
        while let Some(line) = lines.get(index) {
            if line.trim().is_empty() {
                index += 1;
                continue;
            }
            let Some((key, label, value)) = self.key_value(line) else {
                break;
            };
            self.field(key, &label, &value, index + 1);
            index += 1;
            end = index;
        }
        end
    }

    /// Parses one metadata line: `- Key: value`, `**Key:** value`, `**Key**: value`, or a
    /// plain `Key: value` when the key is known (adr-tools' `Date: …`).
    fn key_value(&self, line: &str) -> Option<(Option<FieldKey>, String, String)> {
        static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ {0,3}[-*+] +(.*)$").expect("valid regex"));
        static BOLD: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^\*\*([^*]{1,60}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(.*)$").expect("valid regex"));
        static PLAIN: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^([^:\[\]`()]{1,60}?)\s*:\s+(.*)$").expect("valid regex"));
        let line = line.trim_end().trim_end_matches('\\').trim_end();
        let (inner, listed) = match BULLET.captures(line) {
            Some(caps) => (caps.get(1).map_or("", |m| m.as_str()), true),
            None => (line.trim_start(), false),
        };
        let (key, value, emphasised) = if let Some(caps) = BOLD.captures(inner) {
            (caps[1].to_owned(), caps[2].to_owned(), true)
        } else if let Some(caps) = PLAIN.captures(inner) {
            (caps[1].to_owned(), caps[2].to_owned(), false)
        } else {
            return None;
        };
        let known = self.vocabulary.field(&key);
        // Unknown keys are metadata only in a list or in bold, and only when short.
        let plausible = known.is_some() || ((listed || emphasised) && key.split_whitespace().count() <= 4);
        plausible.then_some((known, key.trim().to_owned(), value.trim().to_owned()))
    }

    /// Status, date and relations sections among the first three `##` sections, plus a
    /// `## Links` / `## Ссылки` section anywhere (where MADR 2 and log4brains put
    /// "Supersedes …").
    fn sections(&mut self, lines: &[&str], start: usize, fence: &mut Fence) {
        let mut seen_sections = 0;
        let mut current: Option<SectionKind> = None;
        for (index, line) in lines.iter().enumerate().skip(start) {
            if fence.update(line) {
                continue;
            }
            if let Some((level, text)) = any_atx_heading(line) {
                if level <= 2 {
                    seen_sections += 1;
                }
                let folded = fold(text);
                current = if seen_sections > 3 {
                    matches!(folded.as_str(), "links" | "ссылки").then_some(SectionKind::Relations)
                } else {
                    SectionKind::of(&folded)
                };
                continue;
            }
            let text = line.trim();
            if text.is_empty() {
                continue;
            }
            match current {
                Some(SectionKind::Status) => self.status_section_line(text, index + 1),
                Some(SectionKind::Date) => {
                    if let Some(date) = Date::find(text) {
                        self.meta.date.get_or_insert(date);
                    }
                }
                Some(SectionKind::Relations) => self.relations_line(text, index + 1),
                None => {}
            }
        }
    }

    fn status_section_line(&mut self, text: &str, line: usize) {
        let item = strip_bullet(text);
        if self.meta.status.is_none() {
            self.status_value(item, line);
            if let Some(date) = Date::find(item) {
                self.meta.date.get_or_insert(date);
            }
            return;
        }
        self.relations_line(text, line);
    }

    fn relations_line(&mut self, text: &str, line: usize) {
        if let Some((key, label, value)) = self.key_value(text) {
            if matches!(key, Some(FieldKey::Relation(_))) {
                self.field(key, &label, &value, line);
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
    Relations,
}

impl SectionKind {
    fn of(folded_heading: &str) -> Option<Self> {
        match folded_heading.trim_end_matches(':') {
            "status" | "статус" | "статус решения" | "decision status" => Some(Self::Status),
            "date" | "дата" | "дата решения" => Some(Self::Date),
            "связанные решения"
            | "связанные adr"
            | "связи"
            | "related decisions"
            | "related adrs"
            | "relations"
            | "links"
            | "ссылки" => Some(Self::Relations),
            _ => None,
        }
    }
}

/// Tracks fenced code blocks line by line.
#[derive(Debug, Default)]
struct Fence {
    open: Option<(char, usize)>,
}

impl Fence {
    /// Feeds one line; true when the line is part of a fenced block (fences included).
    fn update(&mut self, line: &str) -> bool {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map_or(0, |m| trimmed.chars().take_while(|c| *c == m).count());
        match (self.open, marker) {
            (Some((open_char, open_len)), Some(m))
                if m == open_char && run >= open_len && trimmed[run..].trim().is_empty() =>
            {
                self.open = None;
                true
            }
            (Some(_), _) => true,
            (None, Some(m)) if run >= 3 && indent < 4 => {
                self.open = Some((m, run));
                true
            }
            (None, _) => false,
        }
    }
}

/// The text of an ATX heading of exactly `level`.
fn atx_heading(line: &str, level: usize) -> Option<&str> {
    any_atx_heading(line).filter(|(found, _)| *found == level).map(|(_, text)| text)
}

/// Level and text of an ATX heading line.
fn any_atx_heading(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &trimmed[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim();
    let text = text.trim_end_matches('#');
    let text = if text.ends_with(' ') || text.is_empty() { text.trim_end() } else { rest.trim() };
    Some((level, text))
}

fn last_non_blank(lines: &[&str], end: usize) -> usize {
    (0..end).rev().find(|i| !lines[*i].trim().is_empty()).map_or(end, |i| i + 1)
}

fn strip_bullet(text: &str) -> &str {
    let trimmed = text.trim_start();
    match trimmed.strip_prefix(['-', '*', '+']) {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => trimmed,
    }
}

/// Removes emphasis markers, trailing punctuation and whitespace for display.
fn strip_markup(text: &str) -> String {
    text.replace(['*', '`'], "").trim().trim_end_matches(['.', ',', ';']).trim().to_owned()
}

/// Words that mean "no target" in a relation field.
const NO_TARGET: [&str; 8] = ["", "-", "—", "–", "нет", "none", "n/a", "отсутствует"];

/// Parses relation targets from text: Markdown links, `ADR-5`/`ADR 0005`/`adr-005`
/// mentions, bare numbers, or (when there is nothing else) a title.
pub fn parse_targets(text: &str) -> Vec<TargetRef> {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)"#).expect("valid regex"));
    let mut targets = Vec::new();
    for caps in LINK.captures_iter(text) {
        let label = caps[1].trim().to_owned();
        let number = adr_id::label_number(&label);
        targets.push(TargetRef { link: Some(caps[2].to_owned()), number, text: label });
    }
    let rest = LINK.replace_all(text, " ");
    for number in adr_id::mentions(&rest) {
        targets.push(TargetRef { link: None, number: Some(number), text: format!("ADR-{number}") });
    }
    if !targets.is_empty() {
        return targets;
    }
    for item in rest.split([',', ';']) {
        let item = strip_markup(item);
        if NO_TARGET.contains(&fold(&item).as_str()) {
            continue;
        }
        let number = adr_id::bare_number(&item);
        targets.push(TargetRef { link: None, number, text: item });
    }
    targets
}

#[cfg(test)]
mod tests {

    #[test]
    fn example_parse_targets() {
        use crate::deliverable::meta::parse_targets;
        let targets = parse_targets("[3. Use X](0003-use-x.md), ADR-0007 и adr-005");
        let numbers: Vec<_> = targets.iter().map(|t| t.number).collect();
        assert_eq!(numbers, vec![Some(3), Some(7), Some(5)]);
        assert_eq!(targets[0].link.as_deref(), Some("0003-use-x.md"));
    }
}
