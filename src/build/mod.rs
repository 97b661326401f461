//! The whole pipeline for `tpmdocs build`: load → graph → render → output.

pub(crate) mod cache;

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{ConfigError, Project};
use crate::deliverable::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::graph::{self, KnowledgeGraph};
use crate::markdown::highlight::Highlighter;
use crate::output::{OutputError, Staging};
use crate::progress::{Progress, Stage};
use crate::render::theme::Theme;
use crate::render::{PageJob, RenderError, Renderer};
use crate::search::{SearchError, ShardCache};
#[doc(hidden)]
pub mod bench;

pub use crate::site::LoadOptions;
use crate::site::Site;
use cache::PageReuse;

/// Why a build produced no site at all (as opposed to a site with error diagnostics).
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// `book.toml` is unreadable or invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A template failed.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// Writing the output failed.
    #[error(transparent)]
    Output(#[from] OutputError),
    /// The search index could not be built.
    #[error(transparent)]
    Search(#[from] crate::search::SearchError),
}

/// A loaded project with its graph and every finding: what `build`, `check` and `graph`
/// share.
#[derive(Debug)]
pub struct Loaded {
    /// Directories and configuration.
    pub project: Project,
    /// Documents.
    pub site: Site,
    /// Relations between them.
    pub graph: KnowledgeGraph,
    /// Every finding, sorted by file and line.
    pub diagnostics: Diagnostics,
    /// The date the portal is evaluated at: `[tpmdocs] as-of`, else today.
    pub as_of: Date,
}

impl Loaded {
    /// What leadership asks, computed from the site as of [`Loaded::as_of`]: what the
    /// overview pages show and `tpmdocs report` prints.
    pub fn leadership(&self) -> crate::analysis::leadership::Leadership {
        crate::analysis::leadership::compute(&self.site, &self.graph, &self.project.config, self.as_of)
    }

    /// The weekly status post (Markdown) of `answers`, in the portal's language, in the words
    /// of the project's theme (its `strings.toml`, an override folder on top of the default).
    pub fn status_post(&self, answers: &crate::analysis::leadership::Leadership) -> String {
        let theme = crate::render::theme::Theme::new(self.project.theme_dir.as_deref());
        let strings = theme.strings(self.project.config.book.language.code());
        crate::analysis::report::markdown(answers, &strings)
    }
}

/// Loads, parses and links a project without writing anything.
pub fn load(root: &Path, options: LoadOptions) -> Result<Loaded, BuildError> {
    load_observed(root, options, &Progress::default())
}

/// [`load`], reporting its stages and parsed documents to `progress`.
pub fn load_observed(root: &Path, options: LoadOptions, progress: &Progress) -> Result<Loaded, BuildError> {
    let mut project = Project::load(root)?;
    if let Some(build_dir) = &options.build_dir {
        project.build_dir = build_dir.clone();
    }
    let as_of = project.config.tpmdocs.as_of.unwrap_or(options.today);
    let site = Site::load(&project, &options, progress);
    settle_from_documents(&mut project, &site);
    progress.enter(Stage::Link, 0);
    let (graph, diagnostics) = link(&project, &site, as_of);
    Ok(Loaded { project, site, graph, diagnostics, as_of })
}

/// What `book.toml` leaves unsaid is taken from the documents: the UI language they are
/// mostly written in, and a title from the root `index.md`/`README.md` H1, else the git
/// repository's or the project folder's name (never a placeholder).
fn settle_from_documents(project: &mut Project, site: &Site) {
    let book = &mut project.config.book;
    if !book.language_given {
        book.language = site.dominant_language();
    }
    if !book.title_given {
        let home_title = site
            .root_index()
            .map(|index| &site.pages[index].doc)
            .filter(|doc| doc.title.origin != crate::deliverable::Origin::FileName);
        book.title = match home_title {
            Some(doc) => doc.title().to_owned(),
            None => folder_title(&project.root),
        };
    }
}

/// Folder names that say nothing about the project.
const GENERIC_FOLDERS: [&str; 16] = [
    "adr",
    "adrs",
    "decisions",
    "decision-records",
    "architecture-decisions",
    "architecture-decision-records",
    "docs",
    "doc",
    "documentation",
    "content",
    "src",
    "architecture",
    "wiki",
    "документация",
    "решения",
    "architecture-decision-log",
];

/// The project folder's name, unless it is a generic one (`docs`, `doc/adr`, `decisions`…):
/// then the name of the git work tree it is in.
fn folder_title(root: &Path) -> String {
    let named = |path: &Path| path.file_name().map(|name| name.to_string_lossy().into_owned());
    let own = named(root);
    let generic = own.as_deref().is_none_or(|name| GENERIC_FOLDERS.contains(&name.to_lowercase().as_str()));
    let repository = || root.ancestors().find(|dir| dir.join(".git").exists()).and_then(named);
    let chosen = if generic { repository().or(own) } else { own };
    chosen.unwrap_or_else(|| "tpmdocs".to_owned())
}

/// Builds the graph of a loaded site and gathers every finding: configuration, discovery,
/// parsing, links and relations, and the checks (evaluated at `as_of`).
pub(crate) fn link(project: &Project, site: &Site, as_of: Date) -> (KnowledgeGraph, Diagnostics) {
    let (graph, found) = graph::build(site);
    let mut diagnostics = Diagnostics::new();
    diagnostics.extend(project.warnings.iter().cloned());
    diagnostics.extend(Theme::new(project.theme_dir.as_deref()).problems());
    let kept_elsewhere = follow_ups_kept_elsewhere(site);
    let parsing = site.diagnostics().filter(|found| !kept_elsewhere(found));
    diagnostics.extend(once_per_unknown_status(parsing));
    diagnostics.extend(found);
    diagnostics.extend(site.page_collisions(&project.config).into_iter().map(|(page, other)| {
        Diagnostic::error("E0106", format!("this document's page would overwrite {other}; it is not written"))
            .at(&site.pages[page].doc.id, 1, 1)
            .with_help("rename the file")
    }));
    diagnostics.extend(crate::analysis::check::check(site, &graph, &project.config.tpmdocs, as_of));
    diagnostics.sort();
    (graph, diagnostics)
}

/// Everything a build makes of in-memory sources (path relative to the source directory,
/// text), written nowhere: the pages (site path, HTML) with the synthetic page each document
/// gives the search index, and every finding. The whole pipeline — parse, graph, checks,
/// render — for the property tests and the fuzzers.
#[cfg(any(test, fuzzing))]
pub(crate) fn render_sources(
    project: &Project,
    sources: &[(String, String)],
    today: Date,
) -> Result<(Vec<(String, String)>, Diagnostics), BuildError> {
    let as_of = project.config.tpmdocs.as_of.unwrap_or(today);
    let site = Site::from_sources(project, sources, LoadOptions::render(today));
    let mut project = project.clone();
    settle_from_documents(&mut project, &site);
    let project = &project;
    let (graph, diagnostics) = link(project, &site, as_of);
    let theme = Theme::new(project.theme_dir.as_deref());
    let leadership = crate::analysis::leadership::compute(&site, &graph, &project.config, as_of);
    let renderer = Renderer::new(&site, &graph, &project.config, &theme, &leadership)?;
    let mut pages = Vec::new();
    for (path, job) in renderer.jobs() {
        let html = renderer.render(&path, job)?;
        if let PageJob::Document(index) = job {
            let search = renderer.search_page(index);
            pages.push((format!("{}#search", search.path), search.to_html(project.config.book.language.code())));
        }
        pages.push((path, html));
    }
    Ok((pages, diagnostics))
}

/// "Post-mortem has no follow-up section" (W0704) about an incident whose follow-ups are
/// records of their own («Инцидент: ИНЦ-027 …» in each): they were found, elsewhere.
fn follow_ups_kept_elsewhere(site: &Site) -> impl Fn(&Diagnostic) -> bool {
    let incidents: std::collections::HashSet<std::path::PathBuf> = (0..site.pages.len())
        .filter_map(|page| graph::follow_up_target(site, page))
        .map(|target| std::path::PathBuf::from(&site.pages[target].doc.id))
        .collect();
    move |found: &Diagnostic| {
        found.code == "W0704"
            && found.message.starts_with("post-mortem has no follow-up section")
            && found.file.as_ref().is_some_and(|file| incidents.contains(file))
    }
}

/// Parsing findings with each unknown status (W0202) reported once, at its first file, with
/// how many other files use it: a repository that writes «Draft-ish» fifty times needs one
/// decision, not fifty warnings.
fn once_per_unknown_status<'a>(found: impl Iterator<Item = &'a Diagnostic>) -> Vec<Diagnostic> {
    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut repeats: std::collections::HashMap<String, (usize, usize)> = std::collections::HashMap::new();
    for diagnostic in found {
        if diagnostic.code == "W0202" {
            if let Some((_, count)) = repeats.get_mut(&diagnostic.message) {
                *count += 1;
                continue;
            }
            repeats.insert(diagnostic.message.clone(), (kept.len(), 0));
        }
        kept.push(diagnostic.clone());
    }
    for (at, others) in repeats.into_values().filter(|(_, others)| *others > 0) {
        let noun = if others == 1 { "file" } else { "files" };
        kept[at].message.push_str(&format!(" (also in {others} other {noun})"));
    }
    kept
}

/// Renders every page of a loaded project into its build directory, atomically.
pub fn write_site(loaded: &Loaded) -> Result<usize, BuildError> {
    write_site_observed(loaded, &Arc::new(Progress::default()))
}

/// [`write_site`], reporting its stages, rendered pages and indexed pages to `progress`.
pub fn write_site_observed(loaded: &Loaded, progress: &Arc<Progress>) -> Result<usize, BuildError> {
    let theme = Theme::new(loaded.project.theme_dir.as_deref());
    let leadership = loaded.leadership();
    let renderer = Renderer::new(&loaded.site, &loaded.graph, &loaded.project.config, &theme, &leadership)?;
    let staging = Staging::begin(&loaded.project.build_dir)?;
    match write_into(&staging, loaded, &renderer, &theme, progress) {
        Ok((pages, reuse)) => {
            progress.enter(Stage::Write, 0);
            staging.commit()?;
            if let Some(reuse) = reuse {
                reuse.save();
            }
            progress.enter(Stage::Done, 0);
            Ok(pages)
        }
        Err(err) => {
            staging.abort();
            Err(err)
        }
    }
}

/// Writes every page, the search index and the static files into `staging`; returns the
/// number of pages and what to remember of them for the next build.
fn write_into(
    staging: &Staging,
    loaded: &Loaded,
    renderer: &Renderer<'_>,
    theme: &Theme,
    progress: &Arc<Progress>,
) -> Result<(usize, Option<PageReuse>), BuildError> {
    let jobs = renderer.jobs();
    progress.enter(Stage::Render, jobs.len());
    // The index is built while the pages render: it needs only the documents, and a shard
    // indexed alone (after one edit) would otherwise leave a core idle.
    let search = loaded.project.config.output.html.search;
    let (rendered, indexed, reuse) = std::thread::scope(|scope| {
        let index = search.then(|| scope.spawn(|| write_search_index(staging, loaded, renderer, progress)));
        // Opened once the index has started: it hashes every document's metadata.
        let reuse = PageReuse::open(&loaded.project, &loaded.site, &loaded.graph, theme, loaded.as_of);
        let rendered = jobs.par_iter().try_for_each(|(path, job)| -> Result<(), BuildError> {
            if write_page(staging, loaded, renderer, reuse.as_ref(), path, *job)? {
                progress.page_kept();
            }
            progress.step();
            Ok(())
        });
        let indexed = index.map(|index| {
            let documents = jobs.iter().filter(|(_, job)| matches!(job, PageJob::Document(_))).count();
            progress.enter(Stage::Index, documents);
            index.join().unwrap_or_else(|_| Err(SearchError::Pagefind("the indexer panicked".into())))
        });
        (rendered, indexed, reuse)
    });
    rendered?;
    if let Some(indexed) = indexed {
        indexed?;
    }
    for (name, bytes) in theme.static_files() {
        staging.write(&format!("static/{name}"), &bytes)?;
    }
    staging.write("static/highlight.css", Highlighter::stylesheet().as_bytes())?;
    loaded.site.assets.par_iter().try_for_each(|asset| staging.copy(&asset.abs_path, &asset.rel_path))?;
    Ok((jobs.len(), reuse))
}

/// Renders one page into `staging`, or keeps the last build's when nothing it can show
/// changed (see [`PageReuse`]); true when it was kept.
fn write_page(
    staging: &Staging,
    loaded: &Loaded,
    renderer: &Renderer<'_>,
    reuse: Option<&PageReuse>,
    path: &str,
    job: PageJob,
) -> Result<bool, BuildError> {
    let keyed = reuse.and_then(|reuse| {
        let key = match job {
            PageJob::Document(index) => reuse.key(&loaded.site, index, path),
            // These show the documents' metadata and relations, never their text.
            PageJob::DecisionGraph | PageJob::Search | PageJob::NotFound => reuse.site_page_key(path),
            _ => return None,
        };
        Some((reuse, key))
    });
    if keyed.as_ref().is_some_and(|(reuse, key)| reuse.keep(staging, path, key)) {
        return Ok(true);
    }
    let html = renderer.render(path, job)?;
    staging.write(path, html.as_bytes())?;
    if let Some((reuse, key)) = keyed {
        reuse.record(staging, path, &key);
    }
    Ok(false)
}

/// Builds the search index of the rendered site into `staging`, from the cache where it can.
fn write_search_index(
    staging: &Staging,
    loaded: &Loaded,
    renderer: &Renderer<'_>,
    progress: &Progress,
) -> Result<(), SearchError> {
    let pages = renderer.search_pages();
    let cache = loaded.project.search_cache_dir().and_then(|dir| ShardCache::open(&dir));
    let outcome = crate::search::write_index(
        loaded.project.config.book.language.code(),
        renderer.search_plan(),
        pages,
        cache.as_ref(),
        &[],
        progress,
        &|path: &str, bytes: &[u8]| staging.write(path, bytes).map_err(|err| SearchError::Write(err.to_string())),
    )?;
    progress.search_shards(outcome.shards, outcome.reused);
    Ok(())
}

/// The full path of the file a diagnostic names: findings carry paths relative to the
/// source directory, except those about `book.toml`, which is in the project root.
pub fn diagnostic_path(loaded: &Loaded, diagnostic: &Diagnostic) -> Option<std::path::PathBuf> {
    let file = diagnostic.file.as_ref()?;
    if file.is_absolute() {
        return Some(file.clone());
    }
    let base =
        if file == Path::new(crate::config::CONFIG_FILE) { &loaded.project.root } else { &loaded.project.source_dir };
    Some(base.join(file))
}

/// The source line a diagnostic points at, for quoting it.
pub fn source_line<'a>(loaded: &'a Loaded, diagnostic: &Diagnostic) -> Option<&'a str> {
    let file = diagnostic.file.as_ref()?.to_str()?;
    let page = loaded.site.index_of(file)?;
    crate::text::nth_line(&loaded.site.pages[page].source, diagnostic.line)
}
