//! The site model: every document parsed and converted once, looked up by id, number and
//! kind. The single source of truth for the graph, the checks and rendering.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::config::Project;
use crate::deliverable::date::Date;
use crate::deliverable::{self, Document, Kind, Located, Origin, Vocabulary};
use crate::diagnostic::Diagnostic;
use crate::discover::{self, FileRole, SourceFile};
use crate::git::history::History;
use crate::markdown::{self, ConvertOptions, Converted};
use crate::urls::{self, kind_path, GRAPH_PATH, SEARCH_PATH};

mod cache;
mod links;
mod series;
use cache::DocumentCache;
pub(crate) use links::{LinkTarget, Missing};

/// What a command decides before loading a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// What day it is ([`crate::clock::today`]); the portal is evaluated at this date unless
    /// `[tpmdocs] as-of` says otherwise.
    pub today: Date,
    /// Analyse bodies (headings, links, mentions) without rendering them to HTML: for
    /// `check`, `graph` and `new`, which never write pages.
    pub analyse_only: bool,
    /// Where the site will be written, when not `[build] build-dir`: the build cache
    /// ([`Project::cache_dir`]) is kept beside it.
    pub build_dir: Option<PathBuf>,
}

impl LoadOptions {
    /// Options for a command that writes the site. Parsed documents are taken from, and
    /// stored in, the build cache.
    pub fn render(today: Date) -> Self {
        Self { today, analyse_only: false, build_dir: None }
    }

    /// Options for a command that only analyses (and writes nothing, the cache included).
    pub fn analyse(today: Date) -> Self {
        Self { today, analyse_only: true, build_dir: None }
    }

    /// These options, writing the site to `build_dir` instead of `[build] build-dir`.
    pub fn with_build_dir(self, build_dir: Option<PathBuf>) -> Self {
        Self { build_dir, ..self }
    }
}

/// Files larger than this are reported and skipped rather than parsed.
pub(crate) const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;

/// A parsed document together with its converted body and source text.
#[derive(Debug, Clone)]
pub struct Page {
    /// What the file says about itself.
    pub doc: Document,
    /// The body as HTML plus headings, links and mentions.
    pub(crate) body: Converted,
    /// Output path relative to the site root.
    pub path: String,
    /// The normalised source text, kept for quoting lines in diagnostics.
    pub(crate) source: String,
    /// What git history says about the file, with git dates on.
    pub(crate) history: Option<crate::git::history::FileHistory>,
    /// The letters of its prose, for the language it is written in.
    pub(crate) letters: Letters,
}

/// How many letters a text's prose (outside code blocks) has, and how many are Cyrillic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Letters {
    /// Cyrillic letters.
    pub cyrillic: usize,
    /// All letters.
    pub all: usize,
}

impl Letters {
    /// Fewer letters than this say nothing about a document's language.
    const ENOUGH: usize = 40;

    /// Counts the letters of `text` outside fenced code.
    pub(crate) fn count(text: &str) -> Letters {
        let mut letters = Letters::default();
        let mut fence = crate::deliverable::lines::Fence::default();
        for line in text.lines() {
            if fence.update(line) {
                continue;
            }
            for ch in line.chars() {
                // ASCII and Cyrillic first: the general Unicode lookup is slow, and they are
                // nearly every letter a deliverable has.
                if ch.is_ascii() {
                    letters.all += usize::from(ch.is_ascii_alphabetic());
                } else if matches!(ch, '\u{0400}'..='\u{04FF}') {
                    letters.all += 1;
                    letters.cyrillic += 1;
                } else if ch.is_alphabetic() {
                    letters.all += 1;
                }
            }
        }
        letters
    }

    /// Russian when at least two letters in five are Cyrillic, else English; `None` for a
    /// text with too few letters to tell.
    pub(crate) fn language(self) -> Option<crate::config::Language> {
        (self.all >= Self::ENOUGH).then(|| self.majority())
    }

    /// Russian when at least two letters in five are Cyrillic, else English (the default
    /// language when there are no letters at all).
    fn majority(self) -> crate::config::Language {
        match self.all {
            0 => crate::config::Language::default(),
            _ if self.cyrillic * 5 >= self.all * 2 => crate::config::Language::Ru,
            _ => crate::config::Language::En,
        }
    }
}

/// All documents and assets of a project.
#[derive(Debug)]
pub struct Site {
    /// Pages sorted by id (see [`Site::pages`]).
    pub(crate) pages: Vec<Page>,
    /// Non-Markdown files to copy.
    pub assets: Vec<SourceFile>,
    /// Findings from discovery (walk errors, bad globs).
    pub walk_diagnostics: Vec<Diagnostic>,
    /// Folders of a Docsify site, from which it resolves relative links (see
    /// [`crate::discover::Discovery::docsify_roots`]).
    docsify_roots: Vec<String>,
    /// Findings from reading and parsing, per source file (also for files that produced no
    /// page, such as non-UTF-8 ones), so one file's findings can be replaced on its own.
    pub file_diagnostics: BTreeMap<String, Vec<Diagnostic>>,
    /// The commit the sources are at, when they are in git.
    pub revision: Option<crate::git::history::Revision>,
    /// The git repository the sources are in, for links to files that are not pages.
    pub repository: Option<crate::git::repository::Repository>,
    /// The source directory, absolute where it exists.
    source_root: PathBuf,
    /// Dates and authors from git, with git dates on and a readable history.
    history: Option<History>,
    /// Why git history could not be read (one warning at most).
    history_diagnostics: Vec<Diagnostic>,
    reader: FileReader,
    by_id: HashMap<String, usize>,
    /// The addresses a site generator serves pages at, for links written as routes
    /// (`/docs/adr/kafka`, `../intro`, `other.html`): see [`links::page_routes`].
    routes: HashMap<String, usize>,
    /// Pages by their file's name without its extension, lower case (`брокер mqtt`): the
    /// notes a wikilink may name.
    by_name: HashMap<String, Vec<usize>>,
    /// Small files of the project read so far (a site generator's configuration), by their
    /// path from the project folder; read once per load, forgotten on a refresh.
    project_files: std::sync::Mutex<HashMap<String, Option<String>>>,
    /// The first page with each title, folded: what a relation or a wikilink names in words.
    by_title: HashMap<String, usize>,
    /// MyST labels (`(incident-levels)=`): the page that sets each first, and the anchor of
    /// the heading it stands before.
    by_label: HashMap<String, (usize, String)>,
    by_number: BTreeMap<u32, Vec<usize>>,
    /// Decision records named by the team's own code (`DR-02 …`), by its letters and number.
    by_code: HashMap<(String, u32), usize>,
    /// The letters of those codes (`DR`, `АК`): a code of theirs that none has is a slip.
    code_series: HashSet<String>,
    /// The names a page is also known by (Obsidian's `aliases:`, Logseq's `alias::`), lower case.
    by_alias: HashMap<String, usize>,
    /// The web addresses pages state as their own (an export's `url:` of the discussion or
    /// wiki page it came from), normalised: see [`links::own_address`].
    by_address: HashMap<String, usize>,
    /// The web addresses of the forge repository the pages come from (`https://github.com/
    /// org/repo`): the git remote's, and those the pages' own addresses are under.
    repository_addresses: Vec<String>,
    /// Documents by the ids an export's map gives them (see [`links::export_ids`]).
    by_export_id: HashMap<String, usize>,
    /// Pages by the names a Coda or Notion address spells (see
    /// [`links::spoken_name`]): built on the first such address, as few sites have one.
    by_spoken_name: std::sync::OnceLock<HashMap<String, usize>>,
    /// Pages by the consonants of their title's Latin slug (see [`links::slug_skeleton`]):
    /// built on the first Outline `/doc/<slug>-<urlId>` address.
    by_slug_skeleton: std::sync::OnceLock<HashMap<String, usize>>,
    /// Pages by the block ids they state (SiYuan's attributes `{: id="…"}`, Logseq's `id::`
    /// properties): built on the first `siyuan://blocks/<id>` or `logseq://blocks/<id>` link.
    by_block_id: std::sync::OnceLock<HashMap<String, usize>>,
    /// The folders a Hugo site serves at the top, as prefixes of page ids (`content/`, a
    /// language's `content/ru/`): listed on the first route no page answers to.
    content_folders: std::sync::OnceLock<Vec<String>>,
    /// Pages by the id their file name opens with (`mob-a-12`): see [`links::leading_id`].
    by_leading_id: HashMap<String, usize>,
    root_index: Option<usize>,
    /// Component folders that number their own decisions.
    components: Vec<series::Component>,
}

impl Site {
    /// The Docsify site folder `page` is in, the deepest one when they nest.
    pub(crate) fn docsify_root(&self, page: usize) -> Option<&str> {
        let id = self.pages[page].doc.id.as_str();
        self.docsify_roots
            .iter()
            .filter(|root| root.is_empty() || id.strip_prefix(root.as_str()).is_some_and(|rest| rest.starts_with('/')))
            .max_by_key(|root| root.len())
            .map(String::as_str)
    }

    /// Every page, sorted by id.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// Discovers, reads, parses and converts every file of the project (in parallel). With
    /// `options.analyse_only` the bodies are analysed (headings, links, mentions) but not
    /// rendered to HTML, which is all `check` needs.
    /// Parsed documents are counted in `progress`.
    pub(crate) fn load(project: &Project, options: &LoadOptions, progress: &crate::progress::Progress) -> Site {
        let mut reader = FileReader::new(project, options.analyse_only);
        if !options.analyse_only {
            reader.cache = project.cache_dir("documents").and_then(|dir| DocumentCache::open(&dir, &reader.settings));
        }
        let discovery = reader.discover();
        let (markdown, assets): (Vec<SourceFile>, Vec<SourceFile>) =
            discovery.files.into_iter().partition(|file| file.role == FileRole::Markdown);
        progress.enter(crate::progress::Stage::Parse, markdown.len());
        // git reads the history while the files are parsed.
        let (loaded, (history, (revision, repository))) = rayon::join(
            || {
                markdown
                    .par_iter()
                    .map(|file| {
                        let read = reader.read_keyed(file);
                        if read.cached {
                            progress.document_from_cache();
                        }
                        progress.step();
                        read
                    })
                    .collect::<Vec<_>>()
            },
            || {
                let repository =
                    crate::git::repository::Repository::find(&reader.source_dir, reader.repository_url.as_deref());
                (reader.read_history(), (crate::git::history::revision(&reader.source_dir), repository))
            },
        );
        let (loaded, keys): (Vec<_>, Vec<_>) =
            loaded.into_iter().map(|read| ((read.page, read.diagnostics), read.key)).unzip();
        if let Some(cache) = &reader.cache {
            cache.keep_only(keys.iter().flatten().map(String::as_str));
        }
        let mut site = Self::assemble(reader, &markdown, loaded, assets, discovery.diagnostics);
        site.docsify_roots = discovery.docsify_roots;
        site.set_history(history);
        site.revision = revision;
        site.repository = repository;
        site
    }

    /// A site made of in-memory sources (path relative to the source directory, text)
    /// instead of files on disk, with no assets: the same parsing and conversion, for tests
    /// and fuzzers that drive the whole pipeline without touching the disk.
    #[cfg(any(test, fuzzing))]
    pub(crate) fn from_sources(project: &Project, sources: &[(String, String)], options: LoadOptions) -> Site {
        let reader = FileReader::new(project, options.analyse_only);
        let markdown: Vec<SourceFile> = sources
            .iter()
            .map(|(rel_path, _)| SourceFile {
                rel_path: rel_path.clone(),
                abs_path: project.source_dir.join(rel_path),
                role: FileRole::Markdown,
            })
            .collect();
        let loaded = markdown
            .iter()
            .zip(sources)
            .map(|(file, (_, text))| reader.parse_guarded(file, crate::text::normalize(text)))
            .collect();
        Self::assemble(reader, &markdown, loaded, Vec::new(), Vec::new())
    }

    fn assemble(
        reader: FileReader,
        markdown: &[SourceFile],
        loaded: Vec<(Option<Page>, Vec<Diagnostic>)>,
        assets: Vec<SourceFile>,
        walk_diagnostics: Vec<Diagnostic>,
    ) -> Site {
        let mut pages = Vec::with_capacity(loaded.len());
        let mut file_diagnostics: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
        for (file, (page, found)) in markdown.iter().zip(loaded) {
            if !found.is_empty() {
                file_diagnostics.entry(file.rel_path.clone()).or_default().extend(found);
            }
            pages.extend(page);
        }
        let source_root = reader.source_dir.canonicalize().unwrap_or_else(|_| reader.source_dir.clone());
        let mut site = Site {
            pages,
            assets,
            walk_diagnostics,
            docsify_roots: Vec::new(),
            file_diagnostics,
            revision: None,
            repository: None,
            source_root,
            history: None,
            history_diagnostics: Vec::new(),
            reader,
            by_id: HashMap::new(),
            routes: HashMap::new(),
            by_name: HashMap::new(),
            project_files: std::sync::Mutex::default(),
            by_label: HashMap::new(),
            by_title: HashMap::new(),
            by_number: BTreeMap::new(),
            by_code: HashMap::new(),
            code_series: HashSet::new(),
            by_alias: HashMap::new(),
            by_address: HashMap::new(),
            repository_addresses: Vec::new(),
            by_export_id: HashMap::new(),
            by_spoken_name: std::sync::OnceLock::new(),
            by_slug_skeleton: std::sync::OnceLock::new(),
            by_block_id: std::sync::OnceLock::new(),
            content_folders: std::sync::OnceLock::new(),
            by_leading_id: HashMap::new(),
            root_index: None,
            components: Vec::new(),
        };
        site.reindex();
        site
    }

    /// Re-reads the project's file list and the given changed files, keeping every other
    /// page as it is: what `serve` does on a save. Returns the ids of pages that were
    /// re-read, added or removed.
    pub(crate) fn refresh(&mut self, changed: &[String]) -> Refresh {
        use std::collections::HashSet;
        let changed: HashSet<&str> = changed.iter().map(String::as_str).collect();
        if let Ok(files) = self.project_files.get_mut() {
            files.clear();
        }
        let discovery = self.reader.discover();
        self.walk_diagnostics = discovery.diagnostics;
        self.docsify_roots = discovery.docsify_roots;
        let (markdown, assets): (Vec<SourceFile>, Vec<SourceFile>) =
            discovery.files.into_iter().partition(|file| file.role == FileRole::Markdown);
        let present: HashSet<&str> = markdown.iter().map(|f| f.rel_path.as_str()).collect();
        let removed: Vec<String> =
            self.pages.iter().map(|p| p.doc.id.clone()).filter(|id| !present.contains(id.as_str())).collect();
        // New files (never read, not even unsuccessfully) and changed ones.
        let to_read: Vec<&SourceFile> = markdown
            .iter()
            .filter(|f| {
                let known = self.index_of(&f.rel_path).is_some() || self.file_diagnostics.contains_key(&f.rel_path);
                !known || changed.contains(f.rel_path.as_str())
            })
            .collect();
        let read: Vec<(Option<Page>, Vec<Diagnostic>)> =
            to_read.par_iter().map(|file| self.reader.read(file)).collect();
        let replaced: HashSet<&str> = to_read.iter().map(|f| f.rel_path.as_str()).collect();
        self.pages.retain(|page| present.contains(page.doc.id.as_str()) && !replaced.contains(page.doc.id.as_str()));
        self.file_diagnostics.retain(|id, _| present.contains(id.as_str()) && !replaced.contains(id.as_str()));
        let mut refresh = Refresh::default();
        for (file, (page, found)) in to_read.iter().zip(read) {
            if !found.is_empty() {
                self.file_diagnostics.insert(file.rel_path.clone(), found);
            }
            self.pages.extend(page);
            refresh.pages.push(file.rel_path.clone());
        }
        refresh.pages.extend(removed.iter().cloned());
        refresh.removed = removed;
        let before: HashSet<&str> = self.assets.iter().map(|a| a.rel_path.as_str()).collect();
        let now: HashSet<&str> = assets.iter().map(|a| a.rel_path.as_str()).collect();
        refresh.assets = now
            .iter()
            .filter(|rel| !before.contains(*rel) || changed.contains(*rel))
            .map(|rel| (*rel).to_owned())
            .collect();
        refresh.removed_assets = before.difference(&now).map(|rel| (*rel).to_owned()).collect();
        self.assets = assets;
        self.revision = crate::git::history::revision(&self.reader.source_dir);
        self.reindex();
        refresh
    }

    /// Sorts pages by id and rebuilds the lookups.
    fn reindex(&mut self) {
        self.pages.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));
        // A folder with both `index.md` (log4brains) and `README.md`: index.md is the
        // folder's page, README.md gets `readme.html` instead of colliding with it.
        let ids: std::collections::HashSet<String> = self.pages.iter().map(|page| page.doc.id.clone()).collect();
        for page in &mut self.pages {
            page.path = urls::page_path_among(&page.doc.id, |id| ids.contains(id));
        }
        // Walk order is not path order ("a/…" is walked before "a-b/…"); lookups need the latter.
        self.assets.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        self.root_index = self.pages.iter().position(|page| page.path == "index.html");
        self.by_id = self.pages.iter().enumerate().map(|(i, page)| (page.doc.id.clone(), i)).collect();
        self.routes = links::page_routes(&self.pages);
        self.by_name.clear();
        self.by_title.clear();
        self.by_label.clear();
        for (index, page) in self.pages.iter().enumerate() {
            let name = links::stem_of(&page.doc.id).rsplit('/').next().unwrap_or_default().to_lowercase();
            // Hexo's `{% post_link adr-001-remote-build-cache %}` names the post
            // `_posts/2025-02-11-adr-001-remote-build-cache.md` by its name without the day.
            if let Some(undated) = links::undated_post_name(&page.doc.id) {
                self.by_name.entry(undated.to_lowercase()).or_default().push(index);
            }
            self.by_name.entry(name).or_default().push(index);
            self.by_title.entry(crate::deliverable::vocab::fold(page.doc.title())).or_insert(index);
            for (label, anchor) in &page.body.labels {
                self.by_label.entry(label.clone()).or_insert_with(|| (index, anchor.clone()));
            }
            // Pandoc's and bookdown's `## Лаг {#sec-lag}`, `# ADR-004 {#adr-004}`: a section's
            // id is its label too (`\@ref(sec-lag)`), the title's the page's own.
            for anchor in &page.body.anchors {
                self.by_label.entry(anchor.clone()).or_insert_with(|| (index, anchor.clone()));
            }
            if let Some(id) = links::title_attribute_id(&page.source) {
                self.by_label.entry(id.to_owned()).or_insert_with(|| (index, String::new()));
            }
        }
        self.apply_history();
        self.components = series::assign_components(&mut self.pages);
        self.by_number.clear();
        self.by_code.clear();
        self.by_alias.clear();
        for (index, page) in self.pages.iter().enumerate() {
            let aliases =
                page.doc.fields.iter().filter(|field| {
                    ["alias", "aliases"].iter().any(|key| field.label.trim().eq_ignore_ascii_case(key))
                });
            for alias in aliases.flat_map(|field| field.value.split(',')) {
                let alias = alias.trim().trim_matches(['[', ']', '"', '\'']).trim().to_lowercase();
                if !alias.is_empty() {
                    self.by_alias.entry(alias).or_insert(index);
                }
            }
        }
        self.index_addresses();
        self.index_record_codes();
        for (index, page) in self.pages.iter().enumerate() {
            if let (Kind::Adr, Some(number)) = (page.doc.kind(), page.doc.adr_number()) {
                self.by_number.entry(number.value).or_default().push(index);
            }
        }
    }

    /// The web addresses pages state as their own, and the forge repositories those and the
    /// git remote name.
    fn index_addresses(&mut self) {
        self.by_address.clear();
        self.repository_addresses.clear();
        let remote = self.repository.as_ref().and_then(|repository| repository.web_url.as_deref());
        self.repository_addresses.extend(remote.and_then(links::own_address));
        self.by_spoken_name = std::sync::OnceLock::new();
        self.by_slug_skeleton = std::sync::OnceLock::new();
        self.by_block_id = std::sync::OnceLock::new();
        self.content_folders = std::sync::OnceLock::new();
        for (index, page) in self.pages.iter().enumerate() {
            for address in links::stated_addresses(&page.doc) {
                if let Some(base) = links::forge_repository(&address) {
                    if !self.repository_addresses.contains(&base) {
                        self.repository_addresses.push(base);
                    }
                }
                self.by_address.entry(address).or_insert(index);
            }
        }
        self.by_leading_id.clear();
        for (index, page) in self.pages.iter().enumerate() {
            let stem = links::stem_of(&page.doc.id).rsplit('/').next().unwrap_or_default();
            if let Some(id) = links::leading_id(stem) {
                self.by_leading_id.entry(id).or_insert(index);
            }
        }
        self.by_export_id = self.export_maps();
    }

    /// The ids of the documents the JSON maps at the top of the source folder list (an
    /// export's `_links.json`); small files only.
    fn export_maps(&self) -> HashMap<String, usize> {
        let Ok(entries) = std::fs::read_dir(&self.source_root) else { return HashMap::new() };
        // In name order, so that the first map to name an id wins on every machine.
        let mut maps: Vec<std::fs::DirEntry> = entries.flatten().collect();
        maps.sort_by_key(std::fs::DirEntry::file_name);
        let mut ids = HashMap::new();
        for entry in maps {
            let path = entry.path();
            let small = entry.metadata().is_ok_and(|meta| meta.is_file() && meta.len() < 4 << 20);
            if !small || path.extension().and_then(|ext| ext.to_str()) != Some("json") {
                continue;
            }
            let Some(map) = std::fs::read(&path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()) else {
                continue;
            };
            for (id, page) in links::export_ids(&map, &|path| self.index_of(path.trim_start_matches("./"))) {
                ids.entry(id).or_insert(page);
            }
        }
        ids
    }

    /// The codes decision records are named by (`DR-02 ….md`, «Протокол … № АК-2025-14»),
    /// and the pages beside them titled by such a code (`# АК-2025-07. Журналы в ClickHouse`
    /// next to `АК-2025-14`), which are records of the same register.
    fn index_record_codes(&mut self) {
        self.by_code.clear();
        self.code_series.clear();
        let codes: Vec<Vec<(String, u32)>> = self.pages.iter().map(|page| record_codes_of_page(&page.doc)).collect();
        // `PLAT-120 · Дорожная карта` beside `PLAT-112 · ADR: …` (a tracker's queue exported
        // ticket by ticket): letters that documents of another kind carry too are the
        // tracker's key, not a register of decisions. A key no exported ticket has is no
        // slip, and a ticket of it is no decision for being named by it.
        let tracker_keys: HashSet<&String> = self
            .pages
            .iter()
            .zip(&codes)
            .filter(|(page, _)| !matches!(page.doc.kind(), Kind::Adr | Kind::Page) && !page.doc.template)
            .flat_map(|(_, codes)| codes.iter().map(|(letters, _)| letters))
            .collect();
        let mut folders: HashSet<(String, String)> = HashSet::new();
        for (page, codes) in self.pages.iter().zip(&codes) {
            if (page.doc.kind(), page.doc.adr_number()) != (Kind::Adr, None) {
                continue;
            }
            for (letters, _) in codes.iter().filter(|(letters, _)| !tracker_keys.contains(letters)) {
                self.code_series.insert(letters.clone());
                folders.insert((links::folder_of(&page.doc.id).to_owned(), letters.clone()));
            }
        }
        for (page, codes) in self.pages.iter_mut().zip(&codes) {
            let folder = links::folder_of(&page.doc.id).to_owned();
            let beside = codes.iter().any(|(letters, _)| folders.contains(&(folder.clone(), letters.clone())));
            if page.doc.kind() == Kind::Page && beside && !page.doc.template {
                page.doc.kind = crate::deliverable::Located::unlined(Kind::Adr, crate::deliverable::Origin::Title);
            }
        }
        for (index, (page, codes)) in self.pages.iter().zip(codes).enumerate() {
            if (page.doc.kind(), page.doc.adr_number()) == (Kind::Adr, None) {
                for code in codes {
                    self.by_code.entry(code).or_insert(index);
                }
            }
        }
    }

    /// Everything besides a file's own path and text that changes what parsing it gives (the
    /// source folder's name, conversion options, vocabulary overrides).
    pub(crate) fn parse_settings(&self) -> &str {
        &self.reader.settings
    }

    /// Every finding of discovery, git history and parsing, in file order.
    pub(crate) fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.walk_diagnostics.iter().chain(&self.history_diagnostics).chain(self.file_diagnostics.values().flatten())
    }

    /// A source id as a path from the project folder (where `book.toml` is): what mdBook's
    /// `edit-url-template` calls `{path}` (`content/adr/adr-0001-x.md`).
    pub(crate) fn path_in_project(&self, id: &str) -> String {
        if self.reader.source_in_project.is_empty() {
            id.to_owned()
        } else {
            format!("{}/{id}", self.reader.source_in_project)
        }
    }

    /// The repository's git folder, when git dates are on: commits change it.
    pub(crate) fn git_dir(&self) -> Option<&Path> {
        self.history.as_ref().and_then(|history| history.git_dir.as_deref())
    }

    fn set_history(&mut self, reading: crate::git::history::Reading) {
        self.history = reading.history;
        self.history_diagnostics = reading.diagnostics;
        self.apply_history();
    }

    /// Gives each page what git says about its file, and a document without a written date
    /// its first commit's date.
    fn apply_history(&mut self) {
        let Some(history) = &self.history else { return };
        for page in &mut self.pages {
            page.history = history.files.get(&page.doc.id).cloned();
            let unwritten = page.doc.date.as_ref().is_none_or(|date| date.origin == Origin::GitHistory);
            if let (true, Some(found)) = (unwritten, &page.history) {
                page.doc.date = Some(Located::unlined(found.first_added, Origin::GitHistory));
            }
        }
    }

    /// The index of the page with this source id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The first page titled `title` (any case, `ё` = `е`).
    pub fn titled(&self, title: &str) -> Option<usize> {
        let wanted = crate::deliverable::vocab::fold(title);
        (!wanted.is_empty()).then(|| self.by_title.get(&wanted).copied()).flatten()
    }

    /// The document `wanted` names: a source id, an ADR number (`ADR-5`, `adr 0005`, `5`)
    /// or a title (any case, `ё` = `е`).
    pub fn find(&self, wanted: &str) -> Option<usize> {
        let by_number = || {
            let number = crate::deliverable::adr_id::query_number(wanted)?;
            self.adrs_numbered(number).first().copied()
        };
        let by_title = || {
            let folded = crate::deliverable::vocab::fold(wanted);
            self.pages.iter().position(|page| crate::deliverable::vocab::fold(page.doc.title()) == folded)
        };
        self.index_of(wanted).or_else(by_number).or_else(by_title)
    }

    /// The text of a small file (under 1 MiB) at `rel_path` from the project folder (see
    /// [`Site::path_in_project`]), such as a site generator's configuration; `None` when there
    /// is none or it cannot be read.
    pub(crate) fn project_file_text(&self, rel_path: &str) -> Option<String> {
        // (Asked again for each reference that names no page: read from disk once.)
        if let Ok(mut read) = self.project_files.lock() {
            return read.entry(rel_path.to_owned()).or_insert_with(|| self.read_project_file(rel_path)).clone();
        }
        self.read_project_file(rel_path)
    }

    /// [`Site::project_file_text`] from disk.
    fn read_project_file(&self, rel_path: &str) -> Option<String> {
        let safe = rel_path.split('/').all(|part| !part.is_empty() && part != "..");
        let depth = self.reader.source_in_project.split('/').filter(|part| !part.is_empty()).count();
        let project = self.source_root.ancestors().nth(depth)?;
        let path = project.join(rel_path);
        let small = std::fs::metadata(&path).is_ok_and(|meta| meta.is_file() && meta.len() < 1 << 20);
        (safe && small).then(|| std::fs::read_to_string(&path).ok()).flatten()
    }

    /// True when an asset with this source path exists.
    pub(crate) fn has_asset(&self, rel_path: &str) -> bool {
        self.assets.binary_search_by(|asset| asset.rel_path.as_str().cmp(rel_path)).is_ok()
    }

    /// Pages of one kind in log order: by number, then date, then title.
    pub fn pages_of_kind(&self, kind: Kind) -> Vec<usize> {
        let mut indices: Vec<usize> = (0..self.pages.len()).filter(|i| self.pages[*i].doc.kind() == kind).collect();
        indices.sort_by(|a, b| {
            let (a, b) = (&self.pages[*a].doc, &self.pages[*b].doc);
            (a.adr_number(), std::cmp::Reverse(a.date()), a.title()).cmp(&(
                b.adr_number(),
                std::cmp::Reverse(b.date()),
                b.title(),
            ))
        });
        indices
    }

    /// The words the documents were read with (the defaults and `book.toml`'s own).
    pub(crate) fn vocabulary(&self) -> &Vocabulary {
        &self.reader.vocabulary
    }

    /// The language the documents are mostly written in: Russian when at least two letters
    /// in five outside code blocks are Cyrillic, else English.
    pub(crate) fn dominant_language(&self) -> crate::config::Language {
        let all = self.pages.iter().fold(Letters::default(), |sum, page| Letters {
            cyrillic: sum.cyrillic + page.letters.cyrillic,
            all: sum.all + page.letters.all,
        });
        all.majority()
    }

    /// The `README.md`/`index.md` of the folder most of `kind`'s documents live in (not the
    /// root one), whose text introduces that kind's index page: `adr/README.md` above the
    /// ADR log. `None` unless that folder's documents are mostly of `kind`.
    pub(crate) fn section_intro(&self, kind: Kind) -> Option<usize> {
        let folder_of = |id: &str| id.rsplit_once('/').map(|(folder, _)| folder.to_owned());
        let mut best: Option<(usize, usize)> = None;
        for (index, page) in self.pages.iter().enumerate() {
            let Some(folder) = folder_of(&page.doc.id).filter(|_| page.path.ends_with("/index.html")) else { continue };
            let siblings = self
                .pages
                .iter()
                .filter(|p| p.doc.id != page.doc.id && folder_of(&p.doc.id).as_deref() == Some(folder.as_str()));
            let (of_kind, all) =
                siblings.fold((0, 0), |(of_kind, all), p| (of_kind + usize::from(p.doc.kind() == kind), all + 1));
            if of_kind > 0 && of_kind * 2 > all && best.is_none_or(|(_, most)| of_kind > most) {
                best = Some((index, of_kind));
            }
        }
        best.map(|(index, _)| index)
    }

    /// The root `index.md`/`README.md`, whose text introduces the home page.
    pub(crate) fn root_index(&self) -> Option<usize> {
        self.root_index
    }

    /// The pages tpmdocs generates for this site and the folders it owns (`static/`, and
    /// `pagefind/` with search on): no document may be written there.
    pub(crate) fn generated_paths(&self, config: &Config) -> (Vec<String>, Vec<&'static str>) {
        let mut pages = vec!["index.html".to_owned(), "404.html".to_owned(), urls::FEED_PATH.to_owned()];
        for kind in Kind::ALL {
            if self.pages.iter().any(|p| p.doc.kind() == kind) {
                pages.push(kind_path(kind));
                if kind == Kind::Adr {
                    pages.push(GRAPH_PATH.to_owned());
                }
            }
        }
        // kind/ is reserved whole, so adding the first document of a kind never displaces a page.
        let mut folders = vec!["static/", "kind/", urls::OVERVIEW_FOLDER];
        if config.output.html.search {
            pages.push(SEARCH_PATH.to_owned());
            folders.push("pagefind/");
        }
        (pages, folders)
    }

    /// Documents whose page would overwrite a generated page, another document's page or an
    /// asset: (page index, what it collides with). The first document (by source path) to
    /// claim a path keeps it; the root `index.md`/`README.md` is the home page by design.
    pub(crate) fn page_collisions(&self, config: &Config) -> Vec<(usize, String)> {
        let home = self.root_index();
        let (generated, folders) = self.generated_paths(config);
        let mut claimed: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
        let mut collisions = Vec::new();
        for (index, page) in self.pages.iter().enumerate() {
            let path = page.path.as_str();
            let reason = if Some(index) == home {
                None
            } else if generated.iter().any(|g| g == path) || folders.iter().any(|f| path.starts_with(f)) {
                Some(format!("the page tpmdocs generates at {path}"))
            } else if let Some(other) = claimed.get(path) {
                Some(format!("{other}, which is also written to {path}"))
            } else if self.has_asset(path) {
                Some(format!("the file {path} copied from the sources"))
            } else {
                None
            };
            match reason {
                Some(reason) => collisions.push((index, reason)),
                None => {
                    claimed.insert(path, page.doc.id.as_str());
                }
            }
        }
        collisions
    }
}

/// The name of the source directory itself (`adr` for `doc/adr`), which tells whether its
/// numbered files are ADRs.
fn source_folder_name(source_dir: &Path) -> String {
    let absolute = source_dir.canonicalize().unwrap_or_else(|_| source_dir.to_path_buf());
    absolute.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_owned()
}

/// What [`Site::refresh`] changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Refresh {
    /// Ids of pages re-read, added or removed.
    pub pages: Vec<String>,
    /// Ids of pages removed.
    pub removed: Vec<String>,
    /// Assets added or changed.
    pub assets: Vec<String>,
    /// Assets removed.
    pub removed_assets: Vec<String>,
}

/// What reading one Markdown file gave.
struct Read {
    /// Its page, unless it could not be read or parsed.
    page: Option<Page>,
    /// What was found wrong with it.
    diagnostics: Vec<Diagnostic>,
    /// Its key in the document cache, when the cache is used and holds it now.
    key: Option<String>,
    /// Taken from the document cache rather than parsed.
    cached: bool,
}

/// Everything needed to read one file the same way every time: where the sources are,
/// the vocabulary and the conversion options.
#[derive(Debug, Clone)]
struct FileReader {
    source_dir: PathBuf,
    /// The source folder relative to the project folder (`content`, or empty).
    source_in_project: String,
    walk: discover::WalkOptions,
    git_dates: Option<bool>,
    /// `[output.html] git-repository-url`.
    repository_url: Option<String>,
    folder: String,
    vocabulary: Vocabulary,
    options: ConvertOptions,
    /// Everything besides a file's own path and text that changes what parsing it gives, for
    /// the keys of the document cache.
    settings: String,
    /// Parsed documents of earlier builds, when this load may use and fill them.
    cache: Option<DocumentCache>,
}

impl FileReader {
    fn new(project: &Project, analyse_only: bool) -> Self {
        let tpm = &project.config.tpmdocs;
        let source_in_project = project
            .source_dir
            .strip_prefix(&project.root)
            .map(|relative| {
                relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
            })
            .unwrap_or_default();
        let folder = source_folder_name(&project.source_dir);
        let options = ConvertOptions {
            allow_html: project.config.output.html.allow_html,
            analyse_only,
            mermaid_in_browser: project.config.output.html.mermaid_js.is_some(),
        };
        let settings = format!(
            "folder {folder:?}\noptions {options:?}\nstatuses {:?}\nrelations {:?}\naction headings {:?}\nfields {:?}",
            tpm.statuses, tpm.relations, tpm.action_headings, tpm.fields
        );
        Self {
            source_dir: project.source_dir.clone(),
            source_in_project,
            walk: discover::WalkOptions {
                // The build directory (also the configured one, when built elsewhere) and the
                // build cache, wherever they are.
                exclude_dirs: [
                    project.build_dir.clone(),
                    project.root.join(&project.config.build.build_dir),
                    project.cache_root(),
                ]
                .into_iter()
                .filter(|dir| !holds_a_book(dir))
                .collect(),
                ignore_globs: tpm.ignore.clone(),
                follow_external_symlinks: tpm.follow_external_symlinks,
            },
            git_dates: tpm.git_dates,
            repository_url: project.config.output.html.git_repository_url.clone(),
            folder,
            vocabulary: Vocabulary::with_overrides(&tpm.statuses, &tpm.relations)
                .with_fields(&tpm.fields)
                .with_action_headings(&tpm.action_headings),
            options,
            settings,
            cache: None,
        }
    }

    /// Git history of the sources, unless `git-dates = false`.
    fn read_history(&self) -> crate::git::history::Reading {
        match self.git_dates {
            Some(false) => crate::git::history::Reading::default(),
            explicit => crate::git::history::read(&self.source_dir, explicit == Some(true)),
        }
    }

    fn discover(&self) -> discover::Discovery {
        discover::discover(&self.source_dir, &self.walk)
    }

    /// Reads, decodes, parses and converts one Markdown file. A crash while doing so (a bug
    /// in tpmdocs or a library) costs this file its page, never the build.
    fn read(&self, file: &SourceFile) -> (Option<Page>, Vec<Diagnostic>) {
        let read = self.read_keyed(file);
        (read.page, read.diagnostics)
    }

    /// [`FileReader::read`], from the document cache when it holds this text (a parsed file
    /// is stored there).
    fn read_keyed(&self, file: &SourceFile) -> Read {
        let text = match read_text(&file.abs_path, &file.rel_path) {
            Ok(text) => text,
            Err(diagnostic) => return Read { page: None, diagnostics: vec![diagnostic], key: None, cached: false },
        };
        let Some(cache) = &self.cache else {
            let (page, diagnostics) = self.parse_guarded(file, text);
            return Read { page, diagnostics, key: None, cached: false };
        };
        let key = cache.key(&file.rel_path, &text);
        if let Some((page, diagnostics)) = cache.load(&key, text.clone()) {
            return Read { page: Some(page), diagnostics, key: Some(key), cached: true };
        }
        let (page, diagnostics) = self.parse_guarded(file, text);
        let Some(parsed) = &page else {
            return Read { page, diagnostics, key: None, cached: false }; // a crash is retried, not remembered
        };
        cache.store(&key, parsed, &diagnostics);
        Read { page, diagnostics, key: Some(key), cached: false }
    }

    /// [`FileReader::parse`], with a crash turned into an error for this file.
    fn parse_guarded(&self, file: &SourceFile, text: String) -> (Option<Page>, Vec<Diagnostic>) {
        crate::guard::catch(|| self.parse(file, text)).unwrap_or_else(|panic| {
            let diagnostic =
                Diagnostic::error("E0105", format!("tpmdocs failed on this file ({panic}); it is not published"))
                    .at(&file.rel_path, 0, 0)
                    .with_help("this is a bug in tpmdocs: please report it with the file");
            (None, vec![diagnostic])
        })
    }

    fn parse(&self, file: &SourceFile, text: String) -> (Option<Page>, Vec<Diagnostic>) {
        let arena = comrak::Arena::new();
        let (mut doc, tree) =
            deliverable::parse::parse_tree(&arena, &self.folder, &file.rel_path, &text, &self.vocabulary);
        let body = markdown::convert_tree(
            tree,
            &text,
            doc.front_matter_lines,
            doc.header_lines.map(|span| (span.first, span.last)),
            self.options,
        );
        let mut diagnostics = std::mem::take(&mut doc.diagnostics);
        for (line, reason) in &body.diagram_failures {
            diagnostics.push(
                Diagnostic::warning("W0501", format!("diagram not rendered: {reason}"))
                    .at(&file.rel_path, *line, 1)
                    .with_help("the block is shown as code; fix the diagram syntax (Mermaid or Graphviz DOT)"),
            );
        }
        if let Some(reason) = &body.html_failure {
            diagnostics.push(
                Diagnostic::error("E0107", format!("the body could not be converted to HTML: {reason}"))
                    .at(&file.rel_path, 1, 1)
                    .with_help("the page shows the source as plain text; this is a bug in tpmdocs, please report it"),
            );
        }
        for (line, reason) in &body.highlight_failures {
            diagnostics.push(
                Diagnostic::warning("W0502", format!("code block not highlighted: the highlighter crashed ({reason})"))
                    .at(&file.rel_path, *line, 1)
                    .with_help("the block is shown as plain code; please report this block to tpmdocs"),
            );
        }
        let path = urls::page_path(&doc.id);
        let letters = Letters::count(&text);
        (Some(Page { doc, body, path, source: text, history: None, letters }), diagnostics)
    }
}

/// Reads a file as UTF-8 text (BOM and CRLF normalised; MDX's module lines and component tags
/// blanked; site generators' containers and directives rewritten, [`markdown::dialects`]), or
/// explains why it cannot.
pub(crate) fn read_text(path: &Path, rel_path: &str) -> Result<String, Diagnostic> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_DOCUMENT_BYTES {
        return Err(Diagnostic::error(
            "E0104",
            format!("file is {} MiB, larger than the {} MiB limit; skipped", size >> 20, MAX_DOCUMENT_BYTES >> 20),
        )
        .at(rel_path, 0, 0)
        .with_help("split the document or add it to [tpmdocs] ignore in book.toml"));
    }
    let bytes = std::fs::read(path)
        .map_err(|err| Diagnostic::error("E0102", format!("cannot read file: {err}")).at(rel_path, 0, 0))?;
    match String::from_utf8(bytes) {
        Ok(text) => {
            let mut text = crate::text::normalize(&text);
            if crate::discover::is_mdx(path) {
                text = markdown::mdx::as_markdown(&text);
            }
            if let std::borrow::Cow::Owned(titled) = markdown::notes_app::titled_by_name(&text, rel_path) {
                text = titled;
            }
            Ok(match markdown::dialects::as_commonmark(&text) {
                std::borrow::Cow::Owned(rewritten) => rewritten,
                std::borrow::Cow::Borrowed(_) => text,
            })
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.as_bytes();
            let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = bytes[..valid].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..valid]).chars().count() + 1;
            Err(Diagnostic::error("E0103", "file is not valid UTF-8; skipped")
                .at(rel_path, line, column)
                .with_help("re-save the file as UTF-8 (e.g. `iconv -f cp1251 -t utf-8`)"))
        }
    }
}

/// A site of in-memory files (`(path, text)`) with the default configuration, analysed as
/// of `today`: what unit tests of the later stages read.
/// The codes a decision record is named by: its file's (`DR-02 Почасовые тарифы.md`,
/// `dr-008-iceberg.md`, a transliterated `ak-2025-14.md`) and the first its title writes
/// («Протокол … № АК-2025-14», `АК-2025-07. Журналы`).
fn record_codes_of_page(doc: &crate::deliverable::Document) -> Vec<(String, u32)> {
    let name = doc.id.rsplit('/').next().unwrap_or_default();
    let title = doc.title();
    let mut words = title.split(|c: char| c.is_whitespace() || matches!(c, '№' | '(' | ')' | ':' | '«' | '»'));
    let in_title = words.find_map(|word| crate::deliverable::adr_id::record_code(word.trim_end_matches(['.', ','])));
    let mut codes: Vec<(String, u32)> = crate::deliverable::adr_id::record_code_of_file(name).into_iter().collect();
    codes.extend(in_title.filter(|code| !codes.contains(code)));
    // A workspace's entity (Fibery's, Notion's) under its title: `- **Номер:** DEC-27`.
    let numbered = doc.fields.iter().filter(|field| {
        let label = crate::deliverable::vocab::fold(field.label.trim());
        matches!(label.as_str(), "номер" | "number" | "id" | "код" | "code" | "key" | "ключ")
    });
    for code in numbered.filter_map(|field| crate::deliverable::adr_id::record_code(field.value.trim())) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

#[cfg(test)]
pub(crate) fn of_texts(files: &[(&str, &str)], today: Date) -> Site {
    let project = Project::resolve(
        Path::new("/nonexistent/project"),
        crate::config::ParsedConfig { config: crate::config::Config::default(), warnings: Vec::new() },
    );
    let sources: Vec<(String, String)> = files.iter().map(|(id, text)| (id.to_string(), text.to_string())).collect();
    Site::from_sources(&project, &sources, LoadOptions::analyse(today))
}

/// A folder that holds an mdBook's sources (`book/book.toml`, `book/src/SUMMARY.md` in a
/// Rust workspace), not a build's output, though `book/` is where a build goes by default:
/// its pages are read (and a build refuses to replace it).
fn holds_a_book(dir: &Path) -> bool {
    dir.join(crate::config::CONFIG_FILE).is_file() || dir.join("src").join("SUMMARY.md").is_file()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn write(root: &Path, rel: &str, bytes: &[u8]) {
        let path = root.join("content").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    fn remove(root: &Path, rel: &str) {
        std::fs::remove_file(root.join("content").join(rel)).unwrap();
    }

    fn loaded(root: &Path) -> Site {
        let project = Project::load(root).unwrap();
        Site::load(&project, &LoadOptions::render(Date::new(2026, 12, 1).unwrap()), &Default::default())
    }

    fn ids(site: &Site) -> Vec<&str> {
        site.pages.iter().map(|page| page.doc.id.as_str()).collect()
    }

    fn owned(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| (*item).to_owned()).collect()
    }

    #[test]
    fn refresh_rereads_what_changed_and_keeps_everything_else() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "a.md", b"# A\n");
        write(root, "b.md", b"# B\n\n[A](a.md)\n");
        write(root, "img/x.png", b"png");
        let mut site = loaded(root);
        let untouched = Arc::clone(&site.pages[site.index_of("b.md").unwrap()].body.html);

        write(root, "a.md", b"# A, second version\n");
        let refresh = site.refresh(&owned(&["a.md"]));
        assert_eq!(refresh, Refresh { pages: owned(&["a.md"]), ..Refresh::default() });
        assert_eq!(site.pages[site.index_of("a.md").unwrap()].doc.title(), "A, second version");
        let kept = &site.pages[site.index_of("b.md").unwrap()].body.html;
        assert!(Arc::ptr_eq(&untouched, kept), "an unchanged page is not re-read or re-converted");

        write(root, "c.md", b"# C\n");
        write(root, "img/y.png", b"png");
        let refresh = site.refresh(&[]);
        assert_eq!(refresh.pages, owned(&["c.md"]), "a new file is read even before its event arrives");
        assert_eq!(refresh.assets, owned(&["img/y.png"]));
        assert_eq!(ids(&site), vec!["a.md", "b.md", "c.md"], "pages stay sorted");

        write(root, "img/x.png", b"png, edited");
        assert_eq!(
            site.refresh(&owned(&["img/x.png"])).assets,
            owned(&["img/x.png"]),
            "a changed asset is copied again"
        );

        remove(root, "b.md");
        remove(root, "img/y.png");
        let refresh = site.refresh(&owned(&["b.md", "img/y.png"]));
        assert_eq!(
            refresh,
            Refresh {
                pages: owned(&["b.md"]),
                removed: owned(&["b.md"]),
                assets: Vec::new(),
                removed_assets: owned(&["img/y.png"])
            }
        );
        assert_eq!((site.index_of("b.md"), site.index_of("c.md")), (None, Some(1)), "lookups follow the new order");
        assert!(site.has_asset("img/x.png") && !site.has_asset("img/y.png"));
    }

    #[test]
    fn a_broken_file_keeps_its_finding_until_it_is_fixed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "ok.md", b"# OK\n");
        write(root, "latin1.md", b"# Caf\xe9\n");
        let mut site = loaded(root);
        let finding = |site: &Site| site.diagnostics().map(|d| d.code).collect::<Vec<_>>();
        assert_eq!(finding(&site), vec!["E0103"]);
        assert_eq!(site.refresh(&[]).pages, Vec::<String>::new(), "a known broken file is not re-read on every save");
        assert_eq!(finding(&site), vec!["E0103"]);

        write(root, "latin1.md", "# Café\n".as_bytes());
        let refresh = site.refresh(&owned(&["latin1.md"]));
        assert_eq!(refresh.pages, owned(&["latin1.md"]));
        assert!(finding(&site).is_empty(), "{:?}", finding(&site));
        assert_eq!(ids(&site), vec!["latin1.md", "ok.md"]);

        remove(root, "latin1.md");
        write(root, "ok.md", b"\xff\xfe");
        site.refresh(&owned(&["latin1.md", "ok.md"]));
        assert!(site.pages.is_empty(), "{:?}", ids(&site));
        assert_eq!(finding(&site), vec!["E0103"], "findings of removed files go with them");
    }
}
