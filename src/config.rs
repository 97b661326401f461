//! The typed model of `book.toml`, with the defaults used when it is absent.
//!
//! Unknown keys are reported as warnings, never rejected, so a `book.toml` shared with mdBook
//! still works. This module knows nothing of documents; it only answers "where" and "how".

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::deliverable::date::Date;
use crate::diagnostic::Diagnostic;

/// Name of the configuration file looked for in the project directory.
pub const CONFIG_FILE: &str = "book.toml";

/// UI language of the generated portal (and the stemmer for search).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum Language {
    /// Russian, the default.
    #[default]
    #[serde(rename = "ru")]
    Ru,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Language {
    /// The BCP 47 code used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ru => "ru",
            Language::En => "en",
        }
    }
}

/// `[book]`: what the portal is and where its sources are.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct BookConfig {
    /// Portal title shown in the header.
    pub title: String,
    /// Authors, shown nowhere yet but accepted for mdBook compatibility.
    pub authors: Vec<String>,
    /// Short description for the home page meta tag.
    pub description: String,
    /// UI language.
    pub language: Language,
    /// Source directory relative to the project directory; `None` picks `content/` if it
    /// exists, else the project directory itself.
    pub src: Option<PathBuf>,
    /// True when `book.toml` sets `title`; otherwise the build takes it from the documents.
    #[serde(skip)]
    pub title_given: bool,
    /// True when `book.toml` sets `language`; otherwise the build follows the documents.
    #[serde(skip)]
    pub language_given: bool,
}

impl Default for BookConfig {
    fn default() -> Self {
        Self {
            title: "tpmdocs".to_owned(),
            authors: Vec::new(),
            description: String::new(),
            language: Language::Ru,
            src: None,
            title_given: false,
            language_given: false,
        }
    }
}

/// `[build]`: where output goes.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct BuildConfig {
    /// Output directory relative to the project directory.
    pub build_dir: PathBuf,
    /// Folder for build caches (the search index shards), relative to the project directory.
    /// Default: `.tpmdocs-cache/` beside the build directory. Never inside the build
    /// directory, ignored by git, safe to delete.
    pub cache_dir: Option<PathBuf>,
}

impl Default for BuildConfig {
    fn default() -> Self {
        Self { build_dir: PathBuf::from("book"), cache_dir: None }
    }
}

/// Search pages per shard unless `[output.html] search-pages-per-shard` says otherwise: small
/// enough that re-indexing the one shard an edit touches takes about a second at 10,000
/// pages, large enough that a query fetches under 500 KB (ADR-0004 has the measurements).
pub const DEFAULT_SEARCH_PAGES_PER_SHARD: usize = 625;

/// `[output.html]`: how pages are rendered.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct HtmlConfig {
    /// Public URL prefix of the published site (e.g. `/portal/`); pages use relative URLs
    /// regardless, so this only feeds canonical links.
    pub site_url: String,
    /// Theme folder relative to the project directory; files in it override the embedded
    /// default theme one by one. Defaults to `themes/default` when that folder exists.
    pub theme: Option<PathBuf>,
    /// Pass raw HTML in Markdown through instead of escaping it.
    pub allow_html: bool,
    /// Build the full-text search index and page (default true): `search = false`, or
    /// mdBook's own `[output.html.search]` table with `enable = false` (its other keys, such
    /// as `limit-results`, are mdBook's and left alone).
    #[serde(deserialize_with = "deserialize_search")]
    pub search: bool,
    /// Pages per search index shard, at least: a site with twice as many document pages or
    /// more gets a sharded index, which builds faster in less memory (default 625).
    pub search_pages_per_shard: usize,
    /// The repository's web address (mdBook's key): a link to it in every page's footer.
    pub git_repository_url: Option<String>,
    /// An "edit this page" address with `{path}` for the source file's path relative to the
    /// project folder (mdBook's key and meaning), e.g.
    /// `https://github.com/org/repo/edit/main/{path}`.
    pub edit_url_template: Option<String>,
    /// Path (inside the site) of a `mermaid.js` the project supplies, e.g. in its theme's
    /// `static/` folder: Mermaid diagrams the built-in renderer cannot draw are then drawn
    /// in the browser by it. Nothing is fetched or bundled by tpmdocs.
    pub mermaid_js: Option<String>,
}

impl Default for HtmlConfig {
    fn default() -> Self {
        Self {
            site_url: "/".to_owned(),
            theme: None,
            allow_html: false,
            search: true,
            search_pages_per_shard: DEFAULT_SEARCH_PAGES_PER_SHARD,
            git_repository_url: None,
            edit_url_template: None,
            mermaid_js: None,
        }
    }
}

/// `[output]`: one table per renderer, mdBook style.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OutputConfig {
    /// The HTML renderer's settings.
    pub html: HtmlConfig,
}

/// `[tpmdocs]`: settings mdBook does not have.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct TpmdocsConfig {
    /// Glob patterns (relative to the source dir) of files and folders to skip.
    pub ignore: Vec<String>,
    /// Extra status spellings: written form → canonical id (`draft`, `proposed`, `accepted`,
    /// `rejected`, `deprecated`, `superseded`).
    pub statuses: BTreeMap<String, String>,
    /// Extra relation spellings: written form → relation id (`supersedes`, `superseded-by`,
    /// `amends`, `amended-by`, `depends-on`, `relates-to`, `clarifies`, `clarified-by`).
    pub relations: BTreeMap<String, String>,
    /// Extra metadata keys: written form → field id (`severity`, `duration`, `start`, `end`,
    /// `last-reviewed`, `owner`, `due`, `date`, `status`…), for a team's own labels
    /// («Окно влияния» = "duration").
    pub fields: BTreeMap<String, String>,
    /// Days after its last review when a runbook is reported as stale (default 180; 0 turns
    /// the check off).
    pub runbook_max_age_days: Option<u32>,
    /// The date the portal is evaluated at (ages, staleness, overdue items), instead of
    /// today: a portal frozen at one day reads the same whenever it is built. The demo uses
    /// it; most projects leave it unset. Written `2026-08-03` or `"2026-08-03"`.
    #[serde(deserialize_with = "deserialize_date")]
    pub as_of: Option<Date>,
    /// Follow symbolic links that lead outside the source directory (off by default: a
    /// link to `/etc/passwd` in a pull request must not publish it).
    pub follow_external_symlinks: bool,
    /// Dates from git history: each page's "last updated", and the first commit's date for
    /// a document that writes none. Unset: on inside a git work tree, silently off outside.
    pub git_dates: Option<bool>,
    /// Also list each page's commit authors (with git dates on).
    pub git_authors: bool,
    /// More heading phrases under which lists and tables are action items, besides
    /// «Задачи», «Действия», «Корректирующие меры», «План действий», "Action items",
    /// "Follow-ups", "Corrective actions"…
    pub action_headings: Vec<String>,
}

/// A date written as a TOML date (`2026-08-03`) or a string in any form deliverables use.
/// `search = false` or `[output.html.search]` / `enable = false`, as mdBook writes it.
fn deserialize_search<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Flag(bool),
        Table {
            #[serde(default = "enabled")]
            enable: bool,
        },
    }
    fn enabled() -> bool {
        true
    }
    Ok(match Written::deserialize(deserializer)? {
        Written::Flag(flag) => flag,
        Written::Table { enable } => enable,
    })
}

fn deserialize_date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Toml(toml::value::Datetime),
        Text(String),
    }
    let (shown, found) = match Written::deserialize(deserializer)? {
        Written::Toml(datetime) => {
            let date = datetime.date.and_then(|d| Date::new(d.year, d.month, d.day));
            (datetime.to_string(), date)
        }
        Written::Text(text) => {
            let date = Date::find(&text);
            (text, date)
        }
    };
    found.map(Some).ok_or_else(|| serde::de::Error::custom(format!("`{shown}` is not a date such as 2026-08-03")))
}

impl TpmdocsConfig {
    /// Default age limit for runbooks, in days.
    pub const DEFAULT_RUNBOOK_MAX_AGE_DAYS: u32 = 180;

    /// The runbook age limit in force, `None` when the check is off.
    pub fn runbook_max_age(&self) -> Option<u32> {
        match self.runbook_max_age_days {
            Some(0) => None,
            Some(days) => Some(days),
            None => Some(Self::DEFAULT_RUNBOOK_MAX_AGE_DAYS),
        }
    }
}

/// The whole `book.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Config {
    /// `[book]`.
    pub book: BookConfig,
    /// `[build]`.
    pub build: BuildConfig,
    /// `[output]`.
    pub output: OutputConfig,
    /// `[tpmdocs]`.
    pub tpmdocs: TpmdocsConfig,
}

/// A parsed configuration together with the warnings parsing produced.
#[derive(Debug, Clone)]
pub struct ParsedConfig {
    /// The configuration with defaults filled in.
    pub config: Config,
    /// Unknown keys and similar non-fatal findings (without file location yet).
    pub warnings: Vec<Diagnostic>,
}

/// Why a configuration could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// `book.toml` exists but cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// `book.toml` is not valid TOML or has a value of the wrong type.
    #[error("{message}")]
    Invalid {
        /// What the TOML parser said.
        message: String,
        /// 1-based line of the problem, 0 when unknown.
        line: usize,
        /// 1-based column of the problem, 0 when unknown.
        column: usize,
    },
}

impl ConfigError {
    /// The error as a diagnostic located in `book.toml`.
    pub fn to_diagnostic(&self, config_path: &Path) -> Diagnostic {
        match self {
            ConfigError::Read { .. } => Diagnostic::error("E0001", self.to_string()).at(config_path, 0, 0),
            ConfigError::Invalid { message, line, column } => {
                Diagnostic::error("E0002", format!("invalid {CONFIG_FILE}: {message}")).at(config_path, *line, *column)
            }
        }
    }
}

impl Config {
    /// Parses `book.toml` text; unknown keys become warnings.
    pub fn from_toml_str(text: &str) -> Result<ParsedConfig, ConfigError> {
        let invalid = |err: toml::de::Error| {
            let (line, column) = err.span().map(|span| crate::text::line_col(text, span.start)).unwrap_or((0, 0));
            ConfigError::Invalid { message: err.message().trim().to_owned(), line, column }
        };
        let deserializer = toml::Deserializer::parse(text).map_err(invalid)?;
        let mut unknown = Vec::new();
        let mut config: Config =
            serde_ignored::deserialize(deserializer, |path| unknown.push(path.to_string())).map_err(invalid)?;
        let book = text.parse::<toml::Table>().ok().and_then(|table| table.get("book").cloned());
        let given = |key: &str| book.as_ref().and_then(|book| book.get(key)).is_some();
        config.book.title_given = given("title");
        config.book.language_given = given("language");
        let warnings = unknown
            .into_iter()
            .map(|key| {
                let line = find_key_line(text, &key);
                Diagnostic::warning("W0003", format!("unknown key `{key}` in {CONFIG_FILE} is ignored")).at(
                    CONFIG_FILE,
                    line,
                    if line > 0 { 1 } else { 0 },
                )
            })
            .collect();
        let mut warnings: Vec<Diagnostic> = warnings;
        for (spelling, id) in &config.tpmdocs.fields {
            if crate::deliverable::vocab::FieldKey::from_id(id.trim()).is_none() {
                let line = find_key_line(text, spelling);
                let known: Vec<&str> = crate::deliverable::vocab::FieldKey::NAMED.iter().map(|key| key.id()).collect();
                warnings.push(
                    Diagnostic::warning(
                        "W0003",
                        format!("unknown field `{id}` for «{spelling}» in [tpmdocs.fields] is ignored"),
                    )
                    .at(CONFIG_FILE, line, if line > 0 { 1 } else { 0 })
                    .with_help(format!("use one of {}", known.join(", "))),
                );
            }
        }
        Ok(ParsedConfig { config, warnings })
    }
}

/// Best-effort line of the last segment of a dotted key, for the unknown-key warning.
fn find_key_line(text: &str, dotted: &str) -> usize {
    let last = dotted.rsplit('.').next().unwrap_or(dotted);
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            line.strip_prefix(last).is_some_and(|rest| rest.trim_start().starts_with('=') || rest.starts_with(']'))
                || line.trim_start_matches('[').starts_with(dotted)
        })
        .map_or(0, |index| index + 1)
}

/// Where a project's files are, resolved against the project directory.
#[derive(Debug, Clone)]
pub struct Project {
    /// Directory holding `book.toml` (or the one given on the command line).
    pub root: PathBuf,
    /// Directory scanned for deliverables.
    pub source_dir: PathBuf,
    /// Directory the site is written to.
    pub build_dir: PathBuf,
    /// Theme folder that overrides the embedded theme, when one exists.
    pub theme_dir: Option<PathBuf>,
    /// The configuration.
    pub config: Config,
    /// Non-fatal findings from reading the configuration.
    pub warnings: Vec<Diagnostic>,
}

impl Project {
    /// Loads `DIR/book.toml` if present and resolves every directory.
    pub fn load(root: &Path) -> Result<Self, ConfigError> {
        // Absolute paths, so file-watcher events (always absolute) can be matched.
        let root = &root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let config_path = root.join(CONFIG_FILE);
        let parsed = match std::fs::read_to_string(&config_path) {
            Ok(text) => Config::from_toml_str(text.trim_start_matches('\u{feff}'))?,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                ParsedConfig { config: Config::default(), warnings: Vec::new() }
            }
            Err(source) => return Err(ConfigError::Read { path: config_path, source }),
        };
        Ok(Self::resolve(root, parsed))
    }

    /// Resolves the directories of an already parsed configuration.
    pub fn resolve(root: &Path, parsed: ParsedConfig) -> Self {
        let config = parsed.config;
        let source_dir = match &config.book.src {
            Some(src) => root.join(src),
            None if root.join("content").is_dir() => root.join("content"),
            None => root.to_path_buf(),
        };
        let build_dir = root.join(&config.build.build_dir);
        let theme_dir = match &config.output.html.theme {
            Some(theme) => Some(root.join(theme)),
            None => Some(root.join("themes/default")).filter(|dir| dir.is_dir()),
        };
        Self { root: root.to_path_buf(), source_dir, build_dir, theme_dir, config, warnings: parsed.warnings }
    }

    /// The folder of one part of the build cache (`search`, `documents`) for the current
    /// build directory: `[build] cache-dir` or `.tpmdocs-cache/` beside the build directory,
    /// then a folder named after the build directory (two sites built side by side keep their
    /// own) and `part`. `None` when that would be inside the build directory, which is served
    /// and replaced on every build.
    pub fn cache_dir(&self, part: &str) -> Option<PathBuf> {
        let base = self.cache_root();
        let site = self.build_dir.file_name().map_or_else(|| "site".into(), |name| name.to_string_lossy());
        let dir = base.join(site.as_ref()).join(part);
        (!dir.starts_with(&self.build_dir)).then_some(dir)
    }

    /// The folder that holds the build caches of every build directory: `[build] cache-dir`,
    /// else `.tpmdocs-cache/` beside the build directory.
    pub fn cache_root(&self) -> PathBuf {
        match &self.config.build.cache_dir {
            Some(dir) => self.root.join(dir),
            None => self.build_dir.parent().unwrap_or(&self.root).join(CACHE_DIR),
        }
    }

    /// The folder of the search index cache ([`Project::cache_dir`]).
    pub fn search_cache_dir(&self) -> Option<PathBuf> {
        self.cache_dir("search")
    }
}

/// Name of the default cache folder, beside the build directory.
pub const CACHE_DIR: &str = ".tpmdocs-cache";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_book_toml_is_read_into_typed_sections() {
        let config = crate::config::Config::from_toml_str(
            "[book]\ntitle = \"Архитектура\"\nlanguage = \"en\"\n[output.html]\nallow-html = true\n",
        )
        .unwrap();
        assert_eq!(config.config.book.title, "Архитектура");
        assert_eq!(config.config.book.language, crate::config::Language::En);
        assert!(config.config.output.html.allow_html);
    }

    #[test]
    fn an_mdbook_s_own_book_toml_is_read_and_its_keys_left_alone() {
        let mdbook = "[book]\ntitle = \"Книга ИТ\"\nauthors = [\"ИТ-отдел\"]\nlanguage = \"ru\"\nmultilingual = false\nsrc = \"src\"\n\n\
                      [build]\ncreate-missing = false\n\n[preprocessor.links]\n\n[rust]\nedition = \"2021\"\n\n\
                      [output.html]\ndefault-theme = \"light\"\nmathjax-support = true\n\n[output.html.fold]\nenable = true\nlevel = 1\n\n\
                      [output.html.search]\nlimit-results = 20\nuse-boolean-and = true\n\n[output.html.playground]\nrunnable = false\n";
        let config = crate::config::Config::from_toml_str(mdbook).unwrap();
        assert_eq!(config.config.book.title, "Книга ИТ");
        assert!(config.config.output.html.search, "a search table without `enable` leaves search on");
        let off = crate::config::Config::from_toml_str("[output.html.search]\nenable = false\n").unwrap();
        assert!(!off.config.output.html.search);
        let flag = crate::config::Config::from_toml_str("[output.html]\nsearch = false\n").unwrap();
        assert!(!flag.config.output.html.search);
    }

    #[test]
    fn defaults_without_book_toml() {
        let dir = tempfile::tempdir().unwrap();
        let project = Project::load(dir.path()).unwrap();
        assert_eq!(project.source_dir, dir.path());
        assert_eq!(project.build_dir, dir.path().join("book"));
        assert_eq!(project.config.book.language, Language::Ru);
        assert!(!project.config.output.html.allow_html);
    }

    #[test]
    fn content_folder_is_the_default_source() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("content")).unwrap();
        let project = Project::load(dir.path()).unwrap();
        assert_eq!(project.source_dir, dir.path().join("content"));
    }

    #[test]
    fn unknown_keys_warn_with_their_line() {
        let parsed =
            Config::from_toml_str("[book]\ntitle = \"x\"\ncolour = \"red\"\n[preprocessor.foo]\nx = 1\n").unwrap();
        let keys: Vec<_> = parsed.warnings.iter().map(|d| (d.message.clone(), d.line)).collect();
        assert_eq!(keys.len(), 2, "{keys:?}");
        assert!(keys[0].0.contains("book.colour"));
        assert_eq!(keys[0].1, 3);
    }

    #[test]
    fn invalid_toml_reports_its_line() {
        let err = Config::from_toml_str("[book]\ntitle = \"x\"\nlanguage = 5\n").unwrap_err();
        match err {
            ConfigError::Invalid { line, .. } => assert_eq!(line, 3),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn vocabulary_overrides_and_ignores_are_read() {
        let parsed = Config::from_toml_str(
            "[tpmdocs]\nignore = [\"drafts/**\"]\n[tpmdocs.statuses]\n\"в работе\" = \"proposed\"\n",
        )
        .unwrap();
        assert!(parsed.warnings.is_empty());
        assert_eq!(parsed.config.tpmdocs.ignore, vec!["drafts/**"]);
        assert_eq!(parsed.config.tpmdocs.statuses["в работе"], "proposed");
    }

    #[test]
    fn as_of_is_a_toml_date_or_a_written_one() {
        let expected = Date::new(2026, 8, 3);
        for text in ["as-of = 2026-08-03", "as-of = \"2026-08-03\"", "as-of = \"3 августа 2026\""] {
            let parsed = Config::from_toml_str(&format!("[tpmdocs]\n{text}\n")).unwrap();
            assert_eq!(parsed.config.tpmdocs.as_of, expected, "{text}");
        }
        assert_eq!(Config::from_toml_str("").unwrap().config.tpmdocs.as_of, None);
        match Config::from_toml_str("[tpmdocs]\nas-of = \"soon\"\n").unwrap_err() {
            ConfigError::Invalid { message, line, .. } => {
                assert!(message.contains("`soon` is not a date"), "{message}");
                assert_eq!(line, 2);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
