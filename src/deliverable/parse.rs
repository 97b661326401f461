//! Text in, [`Document`] out: the pure parsing step of the pipeline.

use std::sync::LazyLock;

use regex::Regex;

use super::date::Date;
use super::frontmatter;
use super::kind::{classify, Kind, NameInfo};
use super::meta::{self, Field, RelationStatement};
#[cfg(test)]
use super::vocab::FieldKey;
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

    /// `ADR-0005`-style label, with as many digits as the file name uses (`ADR-005` for
    /// `adr-005-….md`), four when the name has no number.
    pub fn number_label(&self) -> Option<String> {
        let width =
            if self.name.number == self.number && self.name.number_digits > 0 { self.name.number_digits } else { 4 };
        self.number.map(|number| format!("ADR-{number:0width$}"))
    }
}

/// Parses one file. `text` must already be normalised (no BOM, LF line endings, see
/// [`crate::text::normalize`]); `id` is its path relative to the source directory.
pub fn parse(id: &str, text: &str, vocabulary: &Vocabulary) -> Document {
    parse_in("", id, text, vocabulary)
}

/// Like [`parse`], for a file whose source directory is itself inside `folder` (e.g.
/// `doc/adr`): the folder names count when recognising `NNNN-title.md` ADRs.
pub fn parse_in(folder: &str, id: &str, text: &str, vocabulary: &Vocabulary) -> Document {
    let mut diagnostics = Vec::new();
    let front = frontmatter::extract(text, id, &mut diagnostics);
    let meta = meta::read(text, front.as_ref(), id, vocabulary, &mut diagnostics);
    let name =
        if folder.is_empty() { classify(id) } else { classify(&format!("{}/{id}", folder.trim_end_matches('/'))) };
    let title = meta.title.clone().filter(|t| !t.is_empty()).unwrap_or_else(|| title_from_name(id));
    let title_number = title_number(&title);
    let kind = meta.kind.or(name.kind).unwrap_or(if title_number.is_some() { Kind::Adr } else { Kind::Page });
    let number =
        name.number.or(if kind == Kind::Adr { title_number.or_else(|| adr_tools_number(&title)) } else { None });
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
    TITLE.captures(title.trim()).and_then(|caps| caps[1].parse().ok())
}

/// adr-tools' `3. Title` → 3.
fn adr_tools_number(title: &str) -> Option<u32> {
    let digits: String = title.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty() && title[digits.len()..].starts_with(". ")).then(|| digits.parse().ok()).flatten()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_parse() {
        use crate::deliverable::{parse, Kind, Status, Vocabulary};
        let doc =
            parse("adr/adr-0002-kafka.md", "# Kafka для событий\n\n**Статус:** Принято\n", &Vocabulary::default());
        assert_eq!((doc.kind, doc.number, doc.status()), (Kind::Adr, Some(2), Some(&Status::Accepted)));
        assert_eq!(doc.title, "Kafka для событий");
    }
    use crate::deliverable::vocab::StatedRelation;

    fn doc(id: &str, text: &str) -> Document {
        parse(id, &crate::text::normalize(text), &Vocabulary::default())
    }

    fn relations(doc: &Document) -> Vec<(StatedRelation, Option<u32>, Option<&str>)> {
        doc.relations.iter().map(|r| (r.relation, r.target.number, r.target.link.as_deref())).collect()
    }

    #[test]
    fn yaml_front_matter_madr() {
        let d = doc(
            "decisions/0007-x.md",
            "---\nstatus: accepted\ndate: 2026-02-10\ndecision-makers: [Анна, Дмитрий]\nsupersedes: ADR-0002\ndepends-on: [ADR-0001, 3]\n---\n# Use X\n",
        );
        assert_eq!((d.kind, d.number, d.status()), (Kind::Adr, Some(7), Some(&Status::Accepted)));
        assert_eq!(d.date, Date::new(2026, 2, 10));
        assert_eq!(d.title, "Use X");
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
        assert_eq!((d.title.as_str(), d.status()), ("Окно релизов", Some(&Status::Deprecated)));
        assert_eq!(d.date, Date::new(2026, 1, 15));
    }

    #[test]
    fn english_bullet_list_under_the_title() {
        let d = doc("adr-0003-x.md", "# Use PostgreSQL\n\n* Status: superseded by [ADR-0005](adr-0005-y.md)\n* Deciders: Anna, Dmitry\n* Date: 2026-02-01\n\n## Context\n");
        assert_eq!(d.status(), Some(&Status::Superseded));
        assert_eq!(relations(&d), vec![(StatedRelation::SupersededBy, Some(5), Some("adr-0005-y.md"))]);
        assert_eq!(d.date, Date::new(2026, 2, 1));
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
            assert_eq!(d.date, Date::new(expected.0, expected.1, expected.2), "{written}");
            assert_eq!(
                relations(&d),
                vec![(StatedRelation::Supersedes, Some(2), None), (StatedRelation::DependsOn, Some(1), None)]
            );
            assert_eq!(d.header_lines, Some((1, 6)));
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
        assert_eq!((d.kind, d.number), (Kind::Adr, Some(3)));
        assert_eq!(d.title, "3. A better idea");
        assert_eq!(d.date, Date::new(2026, 1, 12));
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
        assert_eq!(d.status(), None);
        let listed = doc("adr-0001-x.md", "# X\n\nВступление.\n\n- Статус: отклонено\n");
        assert_eq!(listed.status(), None, "a list after prose is not the list under the title");
    }

    #[test]
    fn crlf_and_bom_are_accepted() {
        let d = doc("adr-0001-x.md", "\u{feff}# Заголовок\r\n\r\n**Статус:** Принято\r\n");
        assert_eq!((d.title.as_str(), d.status()), ("Заголовок", Some(&Status::Accepted)));
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
        assert_eq!((d.kind, d.number), (Kind::Adr, Some(42)));
        let untitled = doc("runbooks/runbook-payments-gateway.md", "Просто текст.\n");
        assert_eq!((untitled.kind, untitled.title.as_str()), (Kind::Runbook, "runbook payments gateway"));
        let named = doc("decisions/use-kafka.md", "# ADR 7 — Kafka\n");
        assert_eq!((named.kind, named.number), (Kind::Adr, Some(7)));
    }

    #[test]
    fn log4brains_list_and_links_by_title() {
        let d = doc("adr-0002-x.md", "# Publish to S3\n\n- Status: superseded by [Publish to GitHub Pages](adr-0003-pages.md)\n- Date: 2026-03-01\n- Tags: hosting, docs\n");
        assert_eq!(d.status(), Some(&Status::Superseded));
        assert_eq!(d.tags, vec!["hosting", "docs"]);
        assert_eq!(relations(&d), vec![(StatedRelation::SupersededBy, None, Some("adr-0003-pages.md"))]);
    }
}
