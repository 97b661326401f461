//! `tpmdocs new`: a new deliverable from a template, named and numbered the way the
//! repository already does it, and `--supersedes` marking the old ADR in place.

pub mod init;
pub(crate) mod supersede;
pub(crate) mod templates;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::LazyLock;

use regex::Regex;

use crate::config::{Language, Project};
use crate::deliverable::date::{Date, Quarter};
use crate::deliverable::{adr_id, Kind};
use crate::site::Site;
use crate::slug::slugify;
use crate::urls;

/// What to create.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// The kind.
    pub kind: Kind,
    /// The title as the writer typed it.
    pub title: String,
    /// ADR numbers this one supersedes (their status is edited).
    pub supersedes: Vec<u32>,
    /// ADR numbers this one depends on.
    pub depends_on: Vec<u32>,
    /// ADR numbers this one amends.
    pub amends: Vec<u32>,
    /// Today (the template's date).
    pub today: Date,
}

/// What `new` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The new file.
    pub path: PathBuf,
    /// Files edited in place (superseded ADRs).
    pub edited: Vec<PathBuf>,
}

/// Why nothing was created.
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    /// The file exists.
    #[error("{} already exists; not overwriting it", .0.display())]
    Exists(PathBuf),
    /// A referenced ADR does not exist.
    #[error("there is no ADR {0} to refer to")]
    NoSuchAdr(u32),
    /// Editing a superseded ADR failed.
    #[error("cannot mark {}: {reason}", path.display())]
    Edit {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Writing failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

/// Default folder (under the source dir) for each kind, when the repository has none yet.
fn default_folder(kind: Kind) -> &'static str {
    match kind {
        Kind::Adr => "adr",
        Kind::TechSpec => "specs",
        Kind::InfraPlan => "infra",
        Kind::Migration => "migrations",
        Kind::Runbook => "runbooks",
        Kind::Postmortem => "postmortems",
        Kind::TechRoadmap => "roadmaps",
        Kind::Estimate => "estimates",
        Kind::Poc => "poc",
        Kind::Page => "",
    }
}

/// Creates the document in `project` (whose current documents are `site`).
pub fn create(project: &Project, site: &Site, request: &NewDocument) -> Result<Created, NewError> {
    let folder = existing_folder(site, request.kind).unwrap_or_else(|| default_folder(request.kind).to_owned());
    let (file_name, number) = file_name(site, request);
    let id = if folder.is_empty() { file_name } else { format!("{folder}/{file_name}") };
    let path = project.source_dir.join(&id);
    if path.exists() {
        return Err(NewError::Exists(path));
    }
    let link = |number: u32| -> Result<String, NewError> {
        let &target = site.adrs_numbered(number).first().ok_or(NewError::NoSuchAdr(number))?;
        let doc = &site.pages[target].doc;
        Ok(format!("[{}]({})", doc.number_label().unwrap_or_default(), relative_source_link(&id, &doc.id)))
    };
    let ru = project.config.book.language == Language::Ru;
    let mut relations = Vec::new();
    for (numbers, ru_key, en_key) in [
        (&request.supersedes, "Заменяет", "Supersedes"),
        (&request.amends, "Дополняет", "Amends"),
        (&request.depends_on, "Зависит от", "Depends on"),
    ] {
        if !numbers.is_empty() {
            let links: Result<Vec<String>, NewError> = numbers.iter().map(|&n| link(n)).collect();
            relations.push((if ru { ru_key } else { en_key }, links?.join(", ")));
        }
    }
    let fill = templates::Fill {
        title: request.title.trim(),
        number_label: number.map(|(n, width)| format!("ADR-{n:0width$}")),
        date: request.today.to_string(),
        quarter: quarter_of(&request.title, request.today).to_string(),
        relations,
    };
    let text = templates::render(request.kind, project.config.book.language, &fill);
    let edited = supersede_all(site, project, request, &id, fill.number_label.as_deref().unwrap_or_default())?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| NewError::Io { path: parent.to_path_buf(), source })?;
    }
    write_new(&path, &text)?;
    Ok(Created { path, edited })
}

/// Writes a file that must not exist yet (no race with another writer).
fn write_new(path: &std::path::Path, text: &str) -> Result<(), NewError> {
    use std::io::Write as _;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            NewError::Exists(path.to_path_buf())
        } else {
            NewError::Io { path: path.to_path_buf(), source }
        }
    })?;
    file.write_all(text.as_bytes()).map_err(|source| NewError::Io { path: path.to_path_buf(), source })
}

fn supersede_all(
    site: &Site,
    project: &Project,
    request: &NewDocument,
    new_id: &str,
    label: &str,
) -> Result<Vec<PathBuf>, NewError> {
    let mut edits = Vec::new();
    for &number in &request.supersedes {
        let &target = site.adrs_numbered(number).first().ok_or(NewError::NoSuchAdr(number))?;
        let old_id = &site.pages[target].doc.id;
        let path = project.source_dir.join(old_id);
        let raw = std::fs::read(&path).map_err(|source| NewError::Io { path: path.clone(), source })?;
        let raw = String::from_utf8(raw)
            .map_err(|_| NewError::Edit { path: path.clone(), reason: "not valid UTF-8".into() })?;
        let edited = supersede::mark_superseded(&raw, label, &relative_source_link(old_id, new_id));
        edits.push((path, edited));
    }
    // Only write once every edit succeeded.
    let mut edited = Vec::new();
    for (path, text) in edits {
        std::fs::write(&path, text).map_err(|source| NewError::Io { path: path.clone(), source })?;
        edited.push(path);
    }
    Ok(edited)
}

/// The relative link from one source file to another (`adr-0002-x.md`, `../adr/…`).
fn relative_source_link(from_id: &str, to_id: &str) -> String {
    urls::relative_href(from_id, to_id)
}

/// The folder most documents of `kind` already live in.
fn existing_folder(site: &Site, kind: Kind) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for page in site.pages.iter().filter(|p| p.doc.kind() == kind) {
        let folder = page.doc.id.rsplit_once('/').map_or(String::new(), |(dir, _)| dir.to_owned());
        *counts.entry(folder).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(folder, count)| (*count, std::cmp::Reverse(folder.clone())))
        .map(|(folder, _)| folder)
}

/// The file name, and for ADRs the number with its digit width.
fn file_name(site: &Site, request: &NewDocument) -> (String, Option<(u32, usize)>) {
    let slug = slugify(&request.title, 60);
    let date = request.today.to_string();
    let name = match request.kind {
        Kind::Adr => {
            let (number, width, bare) = next_adr_number(site);
            let prefix = if bare { String::new() } else { "adr-".to_owned() };
            return (format!("{prefix}{number:0width$}-{slug}.md"), Some((number, width)));
        }
        Kind::TechSpec => format!("tech-spec-{slug}.md"),
        Kind::InfraPlan => format!("infra-plan-{slug}.md"),
        Kind::Migration => match migration_ends(&request.title) {
            Some((from, to)) => format!("migration-{}-to-{}.md", slugify(&from, 30), slugify(&to, 30)),
            None => format!("migration-{slug}.md"),
        },
        Kind::Runbook => format!("runbook-{slug}.md"),
        Kind::Postmortem => format!("postmortem-{date}-{slug}.md"),
        Kind::TechRoadmap => {
            format!("tech-roadmap-{}.md", quarter_of(&request.title, request.today).to_string().to_lowercase())
        }
        Kind::Estimate => format!("estimate-{slug}.md"),
        Kind::Poc => format!("poc-{slug}-{date}.md"),
        Kind::Page => format!("{slug}.md"),
    };
    (name, None)
}

/// The next ADR number (after the highest, gaps are not reused), the digit width the
/// repository uses (4 when it has no ADRs), and whether names are bare `NNNN-title.md`.
fn next_adr_number(site: &Site) -> (u32, usize, bool) {
    let adrs: Vec<&str> = site.pages.iter().filter(|p| p.doc.kind() == Kind::Adr).map(|p| p.doc.id.as_str()).collect();
    let numbered = || site.pages.iter().filter(|p| p.doc.kind() == Kind::Adr).filter_map(|p| p.doc.adr_number());
    let highest = numbered().map(|number| number.value).max().unwrap_or(0);
    let mut widths: BTreeMap<usize, usize> = BTreeMap::new();
    for number in numbered().filter(|number| number.digits > 0) {
        *widths.entry(number.digits).or_default() += 1;
    }
    let bare = adrs.iter().filter(|id| !adr_id::has_file_prefix(id.rsplit('/').next().unwrap_or(id))).count();
    let width = widths.into_iter().max_by_key(|(_, count)| *count).map_or(4, |(width, _)| width);
    (highest + 1, width, !adrs.is_empty() && bare * 2 > adrs.len())
}

/// "Переход с MySQL на PostgreSQL", "MySQL → PostgreSQL", "from A to B" → (source, target).
fn migration_ends(title: &str) -> Option<(String, String)> {
    static PATTERNS: LazyLock<[Regex; 3]> = LazyLock::new(|| {
        [
            Regex::new(r"(?i)(?:^|\s)(?:с|со)\s+(.+?)\s+на\s+(.+)$").expect("valid regex"),
            Regex::new(r"(?i)(?:^|\s)from\s+(.+?)\s+to\s+(.+)$").expect("valid regex"),
            Regex::new(r"^(.+?)\s*(?:→|->|=>|\sto\s)\s*(.+)$").expect("valid regex"),
        ]
    });
    PATTERNS.iter().find_map(|pattern| {
        let caps = pattern.captures(title.trim())?;
        Some((caps[1].trim().to_owned(), caps[2].trim().to_owned()))
    })
}

/// The quarter a title names ("Q3 2026", "2026-q3", «3 квартал 2026»…), else today's.
fn quarter_of(title: &str, today: Date) -> Quarter {
    crate::deliverable::kind::quarter_in(title).unwrap_or_else(|| Quarter::of(today))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_ends_in_both_languages() {
        assert_eq!(migration_ends("Переход с MySQL на PostgreSQL"), Some(("MySQL".into(), "PostgreSQL".into())));
        assert_eq!(migration_ends("Migrate from RabbitMQ to Kafka"), Some(("RabbitMQ".into(), "Kafka".into())));
        assert_eq!(migration_ends("Oracle → PostgreSQL"), Some(("Oracle".into(), "PostgreSQL".into())));
        assert_eq!(migration_ends("Большой переезд"), None);
    }

    #[test]
    fn quarters_from_titles_or_today() {
        let today = Date::new(2026, 11, 26).unwrap();
        assert_eq!(quarter_of("Роадмап Q3 2026", today).to_string(), "2026-Q3");
        assert_eq!(quarter_of("roadmap 2027-q1", today).to_string(), "2027-Q1");
        assert_eq!(quarter_of("План на 2 квартал 2027", today).to_string(), "2027-Q2");
        assert_eq!(quarter_of("Платформа", today).to_string(), "2026-Q4");
    }
}
