//! Rendering whole pages: minijinja templates of the [`theme`], filled with a context per
//! kind of page, and the decision graph drawn as SVG (`layout`, `svg`). Bodies arrive
//! already converted by [`crate::markdown`]. Produces strings; writing them is `output`'s
//! job.
//!
//! The [`Renderer`] and what every page shares live in `context`; `body` shows a document's
//! body on a page; `pages` (the site's own pages), `overview` (the leadership pages) and
//! `feed` each add their pages' contexts; this module lists the pages ([`Renderer::jobs`])
//! and dispatches each to its template ([`Renderer::render`]). No sibling imports another
//! that imports it back.

mod body;
mod context;
mod feed;
pub(crate) mod layout;
mod overview;
mod pages;
pub(crate) mod reuse;
pub(crate) mod svg;
pub mod theme;

use crate::deliverable::Kind;
use crate::urls::{self, kind_path, OverviewView, GRAPH_PATH, SEARCH_PATH};
pub use context::Renderer;

/// Why a page could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed to compile or render (usually a theme override).
    #[error("template {name}: {source}")]
    Template {
        /// Template name.
        name: String,
        /// The minijinja error.
        #[source]
        source: minijinja::Error,
    },
}

/// One page of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageJob {
    /// `index.html`.
    Home,
    /// `kind/<id>.html` (the ADR log for ADRs).
    KindIndex(Kind),
    /// A document's page.
    Document(usize),
    /// `graph.html`: every ADR and how they relate, as SVG.
    DecisionGraph,
    /// `search.html`: the search results view.
    Search,
    /// `404.html`, which GitHub Pages serves for any missing path: its links are rooted at
    /// `site-url`, since relative ones would depend on the missing path.
    NotFound,
    /// `overview/…`: the leadership overview and its lists.
    Overview(OverviewView),
    /// `feed.xml`: the Atom feed of decisions and post-mortems.
    Feed,
}

impl Renderer<'_> {
    /// Every page to write, with its output path.
    pub fn jobs(&self) -> Vec<(String, PageJob)> {
        let mut jobs = vec![("index.html".to_owned(), PageJob::Home)];
        for view in OverviewView::ALL {
            jobs.push((view.path().to_owned(), PageJob::Overview(view)));
        }
        jobs.push((urls::FEED_PATH.to_owned(), PageJob::Feed));
        for (kind, pages) in &self.kind_orders {
            if !pages.is_empty() {
                jobs.push((kind_path(*kind), PageJob::KindIndex(*kind)));
            }
        }
        if !self.kind_orders[&Kind::Adr].is_empty() {
            jobs.push((GRAPH_PATH.to_owned(), PageJob::DecisionGraph));
        }
        if self.config.output.html.search {
            jobs.push((SEARCH_PATH.to_owned(), PageJob::Search));
        }
        jobs.push(("404.html".to_owned(), PageJob::NotFound));
        let home_doc = self.site.root_index();
        let colliding: Vec<usize> = self.site.page_collisions(self.config).into_iter().map(|(page, _)| page).collect();
        for (index, page) in self.site.pages.iter().enumerate() {
            if Some(index) != home_doc && !colliding.contains(&index) {
                jobs.push((page.path.clone(), PageJob::Document(index)));
            }
        }
        jobs
    }

    /// Renders one page to HTML; `path` is its output path (for relative links).
    pub fn render(&self, path: &str, job: PageJob) -> Result<String, RenderError> {
        let (template, ctx) = match job {
            PageJob::Feed => return Ok(self.feed()),
            PageJob::Home => ("home.html", self.home_context(path)),
            PageJob::KindIndex(Kind::Adr) => ("adr-log.html", self.kind_context(path, Kind::Adr)),
            PageJob::KindIndex(kind) => ("kind.html", self.kind_context(path, kind)),
            PageJob::Document(index) => ("document.html", self.document_context(path, index)),
            PageJob::DecisionGraph => ("graph.html", self.graph_context(path)),
            PageJob::Search => ("search.html", self.search_context(path)),
            PageJob::NotFound => ("404.html", self.not_found_context()),
            PageJob::Overview(OverviewView::Summary) => ("overview.html", self.overview_context(path)),
            PageJob::Overview(view) => ("overview-list.html", self.overview_list_context(path, view)),
        };
        let wrap = |source| RenderError::Template { name: template.to_owned(), source };
        self.env.get_template(template).map_err(wrap)?.render(ctx).map_err(wrap)
    }
}
