//! Text in, [`Document`] out: the pure parsing step of the pipeline.

use std::sync::LazyLock;

use regex::Regex;

use super::date::Date;
use super::frontmatter;
use super::kind::{classify, Kind, NameInfo};
use super::meta::{self, Field, RelationStatement};
use super::vocab::{Status, Vocabulary};
use crate::diagnostic::Diagnostic;

/// One deliverable as understood from its path and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Source path relative to the source directory (`adr/adr-0001-x.md`); the stable id.
    pub id: String,
    /// What the document is.
    pub kind: Kind,
    /// ADR number, from the name or the title.
    pub number: Option<u32>,
    /// Title: front matter, else first H1, else the file name.
    pub title: String,
    /// What the file name carries.
    pub name: NameInfo,
    /// Status and the line it was stated on.
    pub status: Option<(Status, usize)>,
    /// Date of the decision or document (falls back to a date in the file name).
    pub date: Option<Date>,
    /// Display metadata.
    pub fields: Vec<Field>,
    /// Relations the document states.
    pub relations: Vec<RelationStatement>,
    /// Tags.
    pub tags: Vec<String>,
    /// Lines (1-based, inclusive) shown in the page header instead of the body.
    pub header_lines: Option<(usize, usize)>,
    /// Lines taken by front matter (hidden from the body).
    pub front_matter_lines: usize,
    /// Problems found while reading this file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// The canonical status, if any.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref().map(|(status, _)| status)
    }

    /// `ADR-0005`-style label for numbered documents, padded to four digits.
    pub fn number_label(&self) -> Option<String> {
        self.number.map(|number| format!("ADR-{number:04}"))
    }
}

/// Parses one file. `text` must already be normalised (no BOM, LF line endings, see
/// [`crate::text::normalize`]); `id` is its path relative to the source directory.
///
/// ```
/// use tpmdocs::deliverable::{parse, Kind, Status, Vocabulary};
/// let doc = parse("adr/adr-0002-kafka.md", "# Kafka для событий\n\n**Статус:** Принято\n", &Vocabulary::default());
/// assert_eq!((doc.kind, doc.number, doc.status()), (Kind::Adr, Some(2), Some(&Status::Accepted)));
/// assert_eq!(doc.title, "Kafka для событий");
/// ```
pub fn parse(id: &str, text: &str, vocabulary: &Vocabulary) -> Document {
    let mut diagnostics = Vec::new();
    let front = frontmatter::extract(text, id, &mut diagnostics);
    let meta = meta::read(text, front.as_ref(), id, vocabulary, &mut diagnostics);
    let name = classify(id);
    let title = meta
        .title
        .clone()
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| title_from_name(id));
    let title_number = title_number(&title);
    let kind = meta
        .kind
        .or(name.kind)
        .unwrap_or(if title_number.is_some() {
            Kind::Adr
        } else {
            Kind::Page
        });
    let number = name.number.or(if kind == Kind::Adr {
        title_number.or_else(|| adr_tools_number(&title))
    } else {
        None
    });
    let date = meta.date.or(name.date);
    Document {
        id: id.to_owned(),
        kind,
        number,
        title,
        status: meta.status,
        date,
        fields: meta.fields,
        relations: meta.relations,
        tags: meta.tags,
        header_lines: meta.header_lines,
        front_matter_lines: front.map_or(0, |front| front.line_count),
        name,
        diagnostics,
    }
}

/// `ADR-0005: Title` → 5.
fn title_number(title: &str) -> Option<u32> {
    static TITLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^adr[\s\-_]?#?(\d{1,6})\b").expect("valid regex"));
    TITLE
        .captures(title.trim())
        .and_then(|caps| caps[1].parse().ok())
}

/// adr-tools' `3. Title` → 3.
fn adr_tools_number(title: &str) -> Option<u32> {
    let digits: String = title.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty() && title[digits.len()..].starts_with(". "))
        .then(|| digits.parse().ok())
        .flatten()
}

fn title_from_name(id: &str) -> String {
    let file = id.rsplit('/').next().unwrap_or(id);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    if stem.eq_ignore_ascii_case("index") || stem.eq_ignore_ascii_case("readme") {
        if let Some((parent, _)) = id.rsplit_once('/') {
            return parent.rsplit('/').next().unwrap_or(parent).to_owned();
        }
    }
    stem.replace(['-', '_'], " ")
}
