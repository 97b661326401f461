//! Incremental rebuilds for `serve`: a save re-reads only the changed files, rebuilds the
//! graph, and re-renders only the pages the change can show up on.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::build::{self, BuildError, LoadOptions, Loaded};
use crate::config::{Project, CONFIG_FILE};
use crate::deliverable::date::Date;
use crate::deliverable::Kind;
use crate::graph::KnowledgeGraph;
use crate::output;
use crate::render::theme::Theme;
use crate::render::{PageJob, Renderer};

/// A site kept in memory while it is served, with its output folder on disk.
#[derive(Debug)]
pub struct LiveSite {
    /// The loaded project: the sources as they are now, or, after a change that could not be
    /// built at all, as they were at the last build that succeeded.
    pub loaded: Loaded,
    /// Where pages are written and served from.
    pub output_dir: PathBuf,
    /// Set when the last change could not be built at all (bad `book.toml`, broken
    /// template): the previous pages stay and this explains why.
    pub fatal: Option<String>,
    /// What day it was when serving started.
    today: Date,
}

/// What one update did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Update {
    /// True when everything was rebuilt (configuration or theme changed).
    pub full: bool,
    /// Pages written.
    pub pages_written: usize,
    /// Time taken.
    pub elapsed: Duration,
    /// After an incremental change with search on: the pages to reindex (in the background),
    /// taken from the renderer that wrote the change.
    pub search_pages: Option<super::search_refresh::Request>,
}

impl LiveSite {
    /// Loads the project in `root` and writes the whole site to `output_dir`.
    pub fn start(root: &Path, output_dir: &Path, today: Date) -> Result<Self, BuildError> {
        let mut loaded = build::load(root, LoadOptions::render(today))?;
        loaded.project.build_dir = output_dir.to_path_buf();
        build::write_site(&loaded)?;
        Ok(Self { loaded, output_dir: output_dir.to_path_buf(), fatal: None, today })
    }

    /// Applies a batch of changed paths (absolute). Configuration and theme changes rebuild
    /// everything; Markdown and asset changes are incremental.
    pub(crate) fn apply(&mut self, changed: &[PathBuf]) -> Update {
        let started = Instant::now();
        let project = &self.loaded.project;
        let config_changed = changed.iter().any(|path| path == &project.root.join(CONFIG_FILE));
        // A theme folder may appear while serving: anything under themes/ counts.
        let themes = project.root.join("themes");
        let theme_changed = changed.iter().any(|path| {
            project.theme_dir.as_ref().is_some_and(|theme| path.starts_with(theme)) || path.starts_with(&themes)
        });
        let mut update = if config_changed || theme_changed || self.fatal.is_some() {
            self.full()
        } else {
            self.incremental(changed)
        };
        update.elapsed = started.elapsed();
        update
    }

    /// A commit, checkout or reset changed git history: every page's dates may have moved,
    /// so everything is rebuilt.
    pub(crate) fn history_changed(&mut self) -> Update {
        let started = Instant::now();
        let mut update = self.full();
        update.elapsed = started.elapsed();
        update
    }

    fn full(&mut self) -> Update {
        let root = self.loaded.project.root.clone();
        let attempt = build::load(&root, LoadOptions::render(self.today)).and_then(|mut loaded| {
            loaded.project.build_dir = self.output_dir.clone();
            let pages = build::write_site(&loaded)?;
            Ok((loaded, pages))
        });
        match attempt {
            Ok((loaded, pages)) => {
                self.loaded = loaded;
                self.fatal = None;
                Update { full: true, pages_written: pages, ..Update::default() }
            }
            Err(err) => {
                self.fatal = Some(match &err {
                    BuildError::Config(config) => config.to_diagnostic(Path::new(CONFIG_FILE)).render_human(None),
                    other => other.to_string(),
                });
                Update { full: true, ..Update::default() }
            }
        }
    }

    fn incremental(&mut self, changed: &[PathBuf]) -> Update {
        let source_dir = self.loaded.project.source_dir.clone();
        let changed_ids: Vec<String> = changed
            .iter()
            .filter_map(|path| path.strip_prefix(&source_dir).ok())
            .filter_map(|rel| rel.to_str().map(|r| r.replace('\\', "/")))
            .collect();
        let before = affected_neighbourhood(&self.loaded, &changed_ids);
        let kind_counts_before = kind_counts(&self.loaded);
        let refresh = self.loaded.site.refresh(&changed_ids);
        let (graph, diagnostics) = build::link(&self.loaded.project, &self.loaded.site, self.loaded.as_of);
        self.loaded.graph = graph;
        self.loaded.diagnostics = diagnostics;
        let after = affected_neighbourhood(&self.loaded, &refresh.pages);
        let everything = kind_counts(&self.loaded) != kind_counts_before;
        let written = self.write(&refresh, before.union(&after).cloned().collect(), everything);
        match written {
            Ok((pages, search_pages)) => {
                Update { full: false, pages_written: pages, search_pages, ..Update::default() }
            }
            Err(err) => {
                self.fatal = Some(err.to_string());
                Update::default()
            }
        }
    }

    /// Renders the pages whose ids are in `ids` (or all, when the navigation changed), the
    /// index pages and the graph page; removes pages and assets that are gone. Returns the
    /// number of pages written and, with search on, the pages to reindex.
    fn write(
        &self,
        refresh: &crate::site::Refresh,
        ids: BTreeSet<String>,
        everything: bool,
    ) -> Result<(usize, Option<super::search_refresh::Request>), BuildError> {
        let loaded = &self.loaded;
        let theme = Theme::new(loaded.project.theme_dir.as_deref());
        let leadership = loaded.leadership();
        let renderer = Renderer::new(&loaded.site, &loaded.graph, &loaded.project.config, &theme, &leadership)?;
        let jobs: Vec<(String, PageJob)> = renderer
            .jobs()
            .into_iter()
            .filter(|(_, job)| match job {
                PageJob::Document(index) => everything || ids.contains(&loaded.site.pages[*index].doc.id),
                PageJob::Search | PageJob::NotFound => everything,
                // Indices and the graph list documents, so any change can show up there.
                PageJob::Home
                | PageJob::KindIndex(_)
                | PageJob::DecisionGraph
                | PageJob::Overview(_)
                | PageJob::Feed => true,
            })
            .collect();
        jobs.par_iter().try_for_each(|(path, job)| -> Result<(), BuildError> {
            let html = renderer.render(path, *job)?;
            output::replace_file(&self.output_dir, path, html.as_bytes())?;
            Ok(())
        })?;
        for id in &refresh.removed {
            output::remove_file(&self.output_dir, &crate::urls::page_path(id))?;
        }
        for rel in &refresh.assets {
            if let Some(asset) = loaded.site.assets.iter().find(|a| &a.rel_path == rel) {
                output::replace_copy(&self.output_dir, rel, &asset.abs_path)?;
            }
        }
        for rel in &refresh.removed_assets {
            output::remove_file(&self.output_dir, rel)?;
        }
        for kind in Kind::ALL {
            if !loaded.site.pages.iter().any(|page| page.doc.kind() == kind) {
                output::remove_file(&self.output_dir, &crate::urls::kind_path(kind))?;
            }
        }
        let search_pages =
            loaded.project.config.output.html.search.then(|| (renderer.search_plan(), renderer.search_pages()));
        Ok((jobs.len(), search_pages))
    }

    /// Error-level findings and the fatal error, for the browser overlay.
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems: Vec<String> = self.fatal.iter().cloned().collect();
        let root = &self.loaded.project.root;
        for diagnostic in self.loaded.diagnostics.iter().filter(|d| d.is_error()) {
            let mut located = diagnostic.clone();
            if let Some(full) = build::diagnostic_path(&self.loaded, diagnostic) {
                located.file = Some(full.strip_prefix(root).map(Path::to_path_buf).unwrap_or(full));
            }
            problems.push(located.render_human(build::source_line(&self.loaded, diagnostic)));
        }
        problems
    }
}

/// The ids of `ids` and of every document one typed or reference edge away from them, plus
/// their previous/next neighbours in their kind's order (whose pages show their titles).
fn affected_neighbourhood(loaded: &Loaded, ids: &[String]) -> BTreeSet<String> {
    let site = &loaded.site;
    let mut affected: BTreeSet<String> = ids.iter().cloned().collect();
    for id in ids {
        let Some(page) = site.index_of(id) else { continue };
        let graph: &KnowledgeGraph = &loaded.graph;
        for (other, _) in graph.outgoing(page).into_iter().chain(graph.incoming(page)) {
            affected.insert(site.pages[other].doc.id.clone());
        }
        let order = site.pages_of_kind(site.pages[page].doc.kind());
        if let Some(position) = order.iter().position(|&p| p == page) {
            for neighbour in [position.checked_sub(1), Some(position + 1)].into_iter().flatten() {
                if let Some(&other) = order.get(neighbour) {
                    affected.insert(site.pages[other].doc.id.clone());
                }
            }
        }
    }
    affected
}

/// Documents per kind: when these change the navigation on every page changes.
fn kind_counts(loaded: &Loaded) -> Vec<usize> {
    Kind::ALL.iter().map(|kind| loaded.site.pages.iter().filter(|p| p.doc.kind() == *kind).count()).collect()
}

/// The project a live site serves.
pub(crate) fn project(live: &LiveSite) -> &Project {
    &live.loaded.project
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) -> PathBuf {
        let path = root.join("content").join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(&path, text).expect("file");
        path
    }

    fn page(live: &LiveSite, rel: &str) -> String {
        std::fs::read_to_string(live.output_dir.join(rel)).unwrap_or_default()
    }

    /// A project of ten unrelated runbooks and two ADRs, one superseding the other.
    fn started() -> (tempfile::TempDir, LiveSite) {
        let dir = tempfile::tempdir().expect("temp dir");
        for n in 0..10 {
            write(dir.path(), &format!("runbooks/runbook-r{n}.md"), &format!("# Runbook {n}\n\nШаги.\n"));
        }
        write(dir.path(), "adr/adr-0001-a.md", "# Старое\n\n**Статус:** Заменено [ADR-0002](adr-0002-b.md)\n");
        write(dir.path(), "adr/adr-0002-b.md", "# Новое\n\n**Статус:** Принято\n");
        let output = dir.path().join("site");
        let live = LiveSite::start(dir.path(), &output, Date::new(2026, 12, 1).expect("date")).expect("builds");
        (dir, live)
    }

    #[test]
    fn a_saved_document_rewrites_its_page_and_its_neighbours_not_the_site() {
        let (dir, mut live) = started();
        let everything = live.history_changed().pages_written;
        // A page that must not be rewritten: were it written, it would be back.
        std::fs::remove_file(live.output_dir.join("runbooks/runbook-r3.html")).expect("removed");
        let changed = write(dir.path(), "adr/adr-0002-b.md", "# Новое решение\n\n**Статус:** Принято\n");
        let update = live.apply(&[changed]);
        assert!(!update.full && live.fatal.is_none());
        assert!(update.pages_written < everything, "{} of {everything} pages written", update.pages_written);
        assert!(page(&live, "adr/adr-0002-b.html").contains("Новое решение"));
        assert!(page(&live, "adr/adr-0001-a.html").contains("Новое решение"), "the superseded ADR names its successor");
        assert!(page(&live, "runbooks/runbook-r3.html").is_empty(), "an unrelated page is not rewritten");
    }

    #[test]
    fn added_and_removed_documents_appear_and_go() {
        let (dir, mut live) = started();
        let added = write(dir.path(), "adr/adr-0003-c.md", "# Третье\n\n**Статус:** Предложено\n");
        live.apply(std::slice::from_ref(&added));
        assert!(page(&live, "adr/adr-0003-c.html").contains("Третье"));
        assert!(page(&live, "kind/adr.html").contains("Третье"), "the ADR log lists it");
        std::fs::remove_file(&added).expect("removed");
        live.apply(&[added]);
        assert!(page(&live, "adr/adr-0003-c.html").is_empty(), "its page is gone");
        assert!(!page(&live, "kind/adr.html").contains("Третье"));
    }

    #[test]
    fn a_broken_book_toml_keeps_the_pages_and_says_why() {
        let (dir, mut live) = started();
        let config = dir.path().join(CONFIG_FILE);
        std::fs::write(&config, "[book\ntitle = ").expect("config");
        let update = live.apply(std::slice::from_ref(&config));
        assert!(update.full && live.fatal.as_deref().is_some_and(|why| why.contains(CONFIG_FILE)), "{:?}", live.fatal);
        assert!(!page(&live, "adr/adr-0002-b.html").is_empty(), "the previous pages stay");
        std::fs::write(&config, "[book]\ntitle = \"Портал\"\n").expect("config");
        live.apply(&[config]);
        assert!(live.fatal.is_none() && page(&live, "index.html").contains("Портал"));
    }
}
