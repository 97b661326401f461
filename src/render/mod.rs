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
pub(crate) mod svg;
pub(crate) mod theme;

use crate::deliverable::Kind;
use crate::urls::{self, kind_path, OverviewView, GRAPH_PATH, SEARCH_PATH};
pub(crate) use context::Renderer;

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
pub(crate) enum PageJob {
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
    pub(crate) fn jobs(&self) -> Vec<(String, PageJob)> {
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
    pub(crate) fn render(&self, path: &str, job: PageJob) -> Result<String, RenderError> {
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

#[cfg(test)]
mod tests {
    use super::theme::Theme;
    use crate::deliverable::{Kind, Status};
    use crate::graph::EdgeType;
    use crate::urls::OverviewView;

    /// Every UI string the templates and the renderer ask for, by literal key or by a
    /// family of keys (`status_…`, `kind_…`, `ov_view_…`, `rel_…`, `rm_…`, `alert_…`).
    fn keys_used() -> Vec<String> {
        let templates: String = Theme::template_names().filter_map(|name| Theme::default().template(name)).collect();
        let code = [
            include_str!("context.rs"),
            include_str!("body.rs"),
            include_str!("pages.rs"),
            include_str!("overview.rs"),
            include_str!("feed.rs"),
        ]
        .concat();
        let in_templates = regex::Regex::new(r"\bt\.([a-z0-9_]+)").unwrap();
        let in_code = regex::Regex::new(r#"ui_text\("([a-z0-9_]+)"\)"#).unwrap();
        let mut keys: Vec<String> = in_templates
            .captures_iter(&templates)
            .chain(in_code.captures_iter(&code))
            .map(|found| found[1].to_owned())
            .collect();
        assert!(keys.len() > 100, "the scan found the keys: {}", keys.len());
        keys.extend(Status::KNOWN.iter().map(|status| format!("status_{}", status.id())));
        keys.push("status_unknown".to_owned());
        for kind in Kind::ALL {
            keys.push(format!("kind_{}", kind.id().replace('-', "_")));
            keys.push(format!("kind1_{}", kind.id().replace('-', "_")));
        }
        keys.extend(OverviewView::ALL.iter().map(|view| format!("ov_view_{}", view.id())));
        let edges = [
            EdgeType::Supersedes,
            EdgeType::Amends,
            EdgeType::DependsOn,
            EdgeType::RelatesTo,
            EdgeType::Clarifies,
            EdgeType::References,
        ];
        keys.extend(edges.iter().map(|edge| format!("rel_{}", edge.id().replace('-', "_"))));
        keys.extend(
            ["planned", "in_progress", "at_risk", "done", "dropped"].iter().map(|status| format!("rm_{status}")),
        );
        keys.extend(["note", "tip", "important", "warning", "caution"].iter().map(|alert| format!("alert_{alert}")));
        let in_report = regex::Regex::new(r#""(report_[a-z_]+)""#).unwrap();
        let report = include_str!("../analysis/report.rs");
        let report_keys: Vec<String> = in_report.captures_iter(report).map(|found| found[1].to_owned()).collect();
        assert!(report_keys.len() > 25, "the scan found the report's keys: {}", report_keys.len());
        keys.extend(report_keys);
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn every_ui_string_used_exists_in_both_languages() {
        let theme = Theme::default();
        for language in ["ru", "en"] {
            let strings = theme.strings(language);
            let missing: Vec<String> = keys_used().into_iter().filter(|key| !strings.contains_key(key)).collect();
            assert!(missing.is_empty(), "[{language}] lacks {missing:?}");
        }
    }

    #[test]
    fn only_document_pages_are_indexed_with_kind_status_date_and_number() {
        let options = crate::build::LoadOptions::render(crate::deliverable::date::Date::new(2026, 12, 1).unwrap());
        let loaded = crate::build::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), options).unwrap();
        let theme = Theme::new(loaded.project.theme_dir.as_deref());
        let leadership = loaded.leadership();
        let renderer =
            super::Renderer::new(&loaded.site, &loaded.graph, &loaded.project.config, &theme, &leadership).unwrap();
        let pages = renderer.search_pages();
        assert_eq!(pages.len(), loaded.site.pages().len() - 1, "every document except the home page's own text");
        let paths: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
        assert!(
            !paths.contains(&"index.html")
                && !paths.iter().any(|p| p.starts_with("kind/") || *p == "graph.html" || *p == "search.html")
        );
        let adr = pages.iter().find(|p| p.path == "adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html").unwrap();
        assert_eq!(adr.title, "RabbitMQ для событий заказов");
        assert_eq!(
            adr.filters,
            vec![("Вид".to_owned(), "ADR".to_owned()), ("Статус".to_owned(), "Заменено".to_owned())]
        );
        assert!(adr.meta.contains(&("date".to_owned(), "2026-01-22".to_owned())));
        assert!(adr.meta.contains(&("number".to_owned(), "ADR-0002".to_owned())));
        assert!(adr.body_html.contains("id=\"контекст\""), "headings keep their ids for sub-results");
        let runbook = pages.iter().find(|p| p.path == "runbooks/runbook-kafka-consumers.html").unwrap();
        assert_eq!(runbook.filters.len(), 1, "no status filter for a document without status");
    }
}
