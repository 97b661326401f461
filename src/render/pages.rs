//! Page contexts and template rendering: home, one index per kind, the ADR log and one page
//! per document. Every href is relative to the page it appears on.

use std::borrow::Cow;
use std::collections::BTreeMap;

use minijinja::value::Serde;
use minijinja::{context, Environment, Value};
use serde::Serialize;

use super::layout::{self, NodeSpec};
pub use super::overview::{OverviewView, OVERVIEW_FOLDER};
use super::svg;
use super::theme::Theme;
use super::RenderError;
use crate::config::Config;
use crate::deliverable::date::Date;
use crate::deliverable::vocab::FieldKey;
use crate::deliverable::{adr_id, Kind, Status};
use crate::graph::{EdgeType, KnowledgeGraph, LinkDestination};
use crate::leadership::Leadership;
use crate::site::Site;
use crate::urls::{self, kind_path, GRAPH_PATH, SEARCH_PATH};

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

/// Renders the pages of one site with one theme.
pub struct Renderer<'s> {
    env: Environment<'static>,
    pub(super) site: &'s Site,
    graph: &'s KnowledgeGraph,
    pub(super) config: &'s Config,
    strings: toml::Table,
    /// `strings` as the templates' `t`, converted once rather than on every page.
    strings_value: Value,
    kind_orders: BTreeMap<Kind, Vec<usize>>,
    /// The leadership answers the overview pages show.
    pub(super) leadership: Leadership,
}

/// A document as it appears in lists.
#[derive(Debug, Clone, Serialize)]
struct Summary {
    title: String,
    href: String,
    kind: &'static str,
    kind_label: String,
    number_label: String,
    status: String,
    status_label: String,
    date: String,
    owner: String,
}

#[derive(Debug, Serialize)]
struct NavItem {
    label: String,
    href: String,
    count: usize,
    active: bool,
}

#[derive(Debug, Serialize)]
struct Count {
    status: String,
    label: String,
    count: usize,
}

#[derive(Debug, Serialize)]
struct MetaItem {
    label: String,
    value: String,
}

#[derive(Debug, Serialize)]
struct RelationGroup {
    label: String,
    targets: Vec<Summary>,
}

#[derive(Debug, Serialize)]
struct TocItem<'a> {
    level: u8,
    text: &'a str,
    anchor: &'a str,
}

impl<'s> Renderer<'s> {
    /// Compiles the theme's templates; the overview pages are evaluated as of `as_of`.
    pub fn new(
        site: &'s Site,
        graph: &'s KnowledgeGraph,
        config: &'s Config,
        theme: &Theme,
        as_of: Date,
    ) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        env.set_formatter(escape_without_slash);
        env.add_global(
            "tpmdocs",
            minijinja::context! { version => crate::about::VERSION, repository => crate::about::REPOSITORY },
        );
        for name in Theme::template_names() {
            let source = theme.template(name).unwrap_or_default();
            env.add_template_owned(name, source)
                .map_err(|source| RenderError::Template { name: name.to_owned(), source })?;
        }
        let kind_orders = Kind::ALL.iter().map(|kind| (*kind, site.pages_of_kind(*kind))).collect();
        let leadership = crate::leadership::compute(site, graph, config, as_of);
        let strings = theme.strings(config.book.language.code());
        let strings_value = template_value(&strings);
        Ok(Self { env, site, graph, config, strings, strings_value, kind_orders, leadership })
    }

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

    /// The UI string `key` in the portal's language (the key itself when the theme lacks it).
    pub(super) fn ui_text(&self, key: &str) -> String {
        match self.strings.get(key) {
            Some(toml::Value::String(text)) => text.clone(),
            _ => key.to_owned(),
        }
    }

    fn kind_label(&self, kind: Kind, plural: bool) -> String {
        let prefix = if plural { "kind_" } else { "kind1_" };
        self.ui_text(&format!("{prefix}{}", kind.id().replace('-', "_")))
    }

    /// A document's HTML with each task-list checkbox named by its state in the page's
    /// language («выполнено» / «не выполнено»): a form control needs a name (WCAG 4.1.2).
    fn labelled_tasks<'h>(&self, html: &'h str) -> Cow<'h, str> {
        const BOX: &str = r#"<input type="checkbox" class="task-list-item-checkbox""#;
        if !html.contains(BOX) {
            return Cow::Borrowed(html);
        }
        let (done, open) = (self.ui_text("task_done"), self.ui_text("task_open"));
        let checked = format!(r#"{BOX} aria-label="{}" checked="""#, crate::text::escape_html(&done));
        let unchecked = format!(r#"{BOX} aria-label="{}""#, crate::text::escape_html(&open));
        Cow::Owned(
            html.replace(&format!(r#"{BOX} checked="""#), &checked)
                .replace(&format!("{BOX} disabled"), &format!("{unchecked} disabled")),
        )
    }

    /// Page `index`'s body as shown on the page at `path`: each relative link pointed where
    /// it leads from there (a folder's page, the repository's view of a file that is not a
    /// page, a heading's anchor as the page has it), task boxes named, alert titles in the
    /// portal's language.
    fn body_at(&self, index: usize, path: &str) -> Cow<'s, str> {
        let mut html: Cow<'s, str> = Cow::Borrowed(&self.site.pages[index].body.html);
        if let Cow::Owned(changed) = relinked(&html, self.graph.links(index), path) {
            html = Cow::Owned(changed);
        }
        if let Cow::Owned(changed) = self.localised_alerts(&html) {
            html = Cow::Owned(changed);
        }
        if let Cow::Owned(changed) = self.labelled_tasks(&html) {
            html = Cow::Owned(changed);
        }
        html
    }

    /// `html` with GitHub's alert titles (`Warning`, as comrak writes them) in the portal's
    /// language.
    fn localised_alerts<'h>(&self, html: &'h str) -> Cow<'h, str> {
        const TITLE: &str = r#"<p class="markdown-alert-title">"#;
        if !html.contains(TITLE) {
            return Cow::Borrowed(html);
        }
        let mut out = html.to_owned();
        for (written, key) in [
            ("Note", "alert_note"),
            ("Tip", "alert_tip"),
            ("Important", "alert_important"),
            ("Warning", "alert_warning"),
            ("Caution", "alert_caution"),
        ] {
            let shown = crate::text::escape_html(&self.ui_text(key)).into_owned();
            out = out.replace(&format!("{TITLE}{written}</p>"), &format!("{TITLE}{shown}</p>"));
        }
        Cow::Owned(out)
    }

    /// The anchor GitHub gives the H1 of page `index`, which the page header shows (so a link
    /// to `README.md#payments-engine` lands on it); `None` when it would clash with the
    /// portal's own ids.
    fn title_anchor(&self, index: usize) -> Option<&'s str> {
        let anchor = self.site.pages[index].body.title_anchor.as_deref()?;
        (!anchor.is_empty()
            && !anchor.starts_with("tpm-")
            && !anchor.starts_with("dg-")
            && !["main", "site-search"].contains(&anchor))
        .then_some(anchor)
    }

    fn status_label(&self, status: &Status) -> String {
        match status {
            Status::Unknown(text) => text.clone(),
            known => self.ui_text(&format!("status_{}", known.id())),
        }
    }

    pub(super) fn base_context(&self, path: &str, active: Option<Kind>) -> Value {
        self.site_context(
            Some(path),
            &urls::root_prefix(path),
            &|target: &str| urls::relative_href(path, target),
            active,
        )
    }

    /// `site` and `t` for a page at `path` (`None` for the 404 page, which has no place),
    /// whose links to other pages are made by `link`.
    fn site_context(
        &self,
        path: Option<&str>,
        root: &str,
        link: &dyn Fn(&str) -> String,
        active: Option<Kind>,
    ) -> Value {
        let mut nav = vec![
            NavItem {
                label: self.ui_text("home"),
                href: link("index.html"),
                count: 0,
                active: path == Some("index.html"),
            },
            NavItem {
                label: self.ui_text("overview"),
                href: link(OverviewView::Summary.path()),
                count: 0,
                active: path.is_some_and(|path| path.starts_with(OVERVIEW_FOLDER)),
            },
        ];
        for (kind, pages) in &self.kind_orders {
            if pages.is_empty() {
                continue;
            }
            let label = if *kind == Kind::Adr { self.ui_text("adr_log") } else { self.kind_label(*kind, true) };
            nav.push(NavItem {
                label,
                href: link(&kind_path(*kind)),
                count: pages.len(),
                active: active == Some(*kind) && path != Some(GRAPH_PATH),
            });
            if *kind == Kind::Adr {
                nav.push(NavItem {
                    label: self.ui_text("decision_graph"),
                    href: link(GRAPH_PATH),
                    count: 0,
                    active: path == Some(GRAPH_PATH),
                });
            }
        }
        let book = &self.config.book;
        context! {
            site => context! {
                title => book.title.as_str(),
                description => book.description.as_str(),
                language => book.language.code(),
                root => root,
                nav => template_value(&nav),
                search => self.config.output.html.search,
                mermaid_js => self.config.output.html.mermaid_js.as_deref().map(|p| p.trim_start_matches('/')),
                repository_url => self.config.output.html.git_repository_url.as_deref(),
                feed => urls::FEED_PATH,
            },
            t => self.strings_value.clone(),
        }
    }

    fn summary(&self, from: &str, index: usize) -> Summary {
        let page = &self.site.pages[index];
        let doc = &page.doc;
        let owner =
            doc.fields().iter().find(|f| f.key == Some(FieldKey::Owner)).map(|f| f.value.clone()).unwrap_or_default();
        Summary {
            title: display_title(&doc.title, doc.number.is_some()).to_owned(),
            href: urls::relative_href(from, &page.path),
            kind: doc.kind.id(),
            kind_label: self.kind_label(doc.kind, false),
            number_label: doc.number_label().unwrap_or_default(),
            status: doc.status().map(|s| s.css_id().to_owned()).unwrap_or_default(),
            status_label: doc.status().map(|s| self.status_label(s)).unwrap_or_default(),
            date: doc.date.map(|d| d.to_string()).unwrap_or_default(),
            owner,
        }
    }

    fn home_context(&self, path: &str) -> Value {
        let counts_by_kind: Vec<NavItem> = self
            .kind_orders
            .iter()
            .filter(|(_, pages)| !pages.is_empty())
            .map(|(kind, pages)| NavItem {
                label: self.kind_label(*kind, true),
                href: urls::relative_href(path, &kind_path(*kind)),
                count: pages.len(),
                active: false,
            })
            .collect();
        let all: Vec<usize> = (0..self.site.pages.len()).collect();
        let mut adrs = self.kind_orders[&Kind::Adr].clone();
        adrs.sort_by_key(|&i| std::cmp::Reverse((self.site.pages[i].doc.date, self.site.pages[i].doc.number)));
        let latest: Vec<Summary> = adrs.iter().take(8).map(|&i| self.summary(path, i)).collect();
        let intro_html = self.site.root_index().map(|i| self.body_at(i, path).into_owned()).unwrap_or_default();
        let base = self.base_context(path, None);
        context! {
            ..base,
            ..context! {
                intro_html => intro_html,
                title_anchor => self.site.root_index().and_then(|i| self.title_anchor(i)),
                counts_by_kind => template_value(&counts_by_kind),
                counts_by_status => template_value(&self.status_counts(&all, false)),
                latest_decisions => template_value(&latest),
                total => self.site.pages.len(),
            }
        }
    }

    /// Counts by status in canonical order; unknown statuses (and, for the ADR log, a
    /// missing status) are counted as `unknown`.
    fn status_counts(&self, pages: &[usize], count_missing: bool) -> Vec<Count> {
        let mut counts: Vec<Count> = Status::KNOWN
            .iter()
            .map(|status| Count { status: status.id().to_owned(), label: self.status_label(status), count: 0 })
            .collect();
        let mut unknown = 0;
        for &index in pages {
            match self.site.pages[index].doc.status() {
                Some(Status::Unknown(_)) => unknown += 1,
                Some(status) => {
                    if let Some(count) = counts.iter_mut().find(|c| c.status == status.id()) {
                        count.count += 1;
                    }
                }
                None if count_missing => unknown += 1,
                None => {}
            }
        }
        counts.push(Count { status: "unknown".to_owned(), label: self.ui_text("status_unknown"), count: unknown });
        counts.retain(|c| c.count > 0);
        counts
    }

    fn kind_context(&self, path: &str, kind: Kind) -> Value {
        let pages = &self.kind_orders[&kind];
        let documents: Vec<Summary> = pages.iter().map(|&i| self.summary(path, i)).collect();
        let base = self.base_context(path, Some(kind));
        let label = if kind == Kind::Adr { self.ui_text("adr_log") } else { self.kind_label(kind, true) };
        context! {
            ..base,
            ..context! {
                kind => context! { id => kind.id(), label => label },
                intro_html => self.site.section_intro(kind).map(|i| self.body_at(i, path).into_owned()),
                documents => template_value(&documents),
                statuses => template_value(&self.status_counts(pages, kind == Kind::Adr)),
            }
        }
    }

    fn document_context(&self, path: &str, index: usize) -> Value {
        let page = &self.site.pages[index];
        let doc = &page.doc;
        let summary = self.summary(path, index);
        let superseded_by: Vec<Summary> =
            self.graph.successors(index).into_iter().map(|s| self.summary(path, s)).collect();
        let toc: Vec<TocItem<'_>> = page
            .body
            .headings
            .iter()
            .filter(|h| (2..=4).contains(&h.level))
            .map(|h| TocItem { level: h.level, text: &h.text, anchor: &h.anchor })
            .collect();
        let mut backlink_sources: Vec<usize> =
            self.graph.incoming(index).into_iter().map(|(source, _)| source).collect();
        backlink_sources.dedup();
        let backlinks: Vec<Summary> = backlink_sources.into_iter().map(|s| self.summary(path, s)).collect();
        let order = &self.kind_orders[&doc.kind];
        let position = order.iter().position(|&i| i == index);
        let neighbour = |offset: isize| {
            let at = position? as isize + offset;
            let &other = order.get(usize::try_from(at).ok()?)?;
            (Some(other) != self.site.root_index()).then(|| self.summary(path, other))
        };
        let shown = self.body_at(index, path);
        let body_html =
            quotes_with_their_language(&shown, page.letters.language().unwrap_or(self.config.book.language));
        let base = self.base_context(path, Some(doc.kind));
        context! {
            ..base,
            ..context! {
                doc => context! {
                    ..template_value(&summary),
                    ..context! {
                        body_html => &*body_html,
                        title_anchor => self.title_anchor(index),
                        // Its own language where it differs from the portal's (screen readers
                        // switch voice; hyphenation follows).
                        lang => page.letters.language().map(|lang| lang.code()).filter(|code| *code != self.config.book.language.code()),
                        meta => template_value(&self.meta_items(index)),
                        relations => template_value(&self.relation_groups(path, index)),
                        superseded_by => template_value(&superseded_by),
                        toc => template_value(&toc),
                        backlinks => template_value(&backlinks),
                        prev => template_value(&neighbour(-1)),
                        next => template_value(&neighbour(1)),
                        source_path => doc.id.as_str(),
                        updated => page.history.as_ref().map(|h| h.last_updated.to_string()),
                        authors => page.history.as_ref().filter(|_| self.config.tpmdocs.git_authors).map(|h| h.authors.join(", ")),
                        edit_url => self.config.output.html.edit_url_template.as_deref().map(|template| template.replace("{path}", &self.site.path_in_project(&doc.id))),
                        neighbourhood_svg => self.neighbourhood_svg(path, index),
                    }
                }
            }
        }
    }

    /// What the search index gets for a document page: title, body, and the kind, status,
    /// date and number as filters and metadata, in the portal's language.
    pub fn search_page(&self, index: usize) -> crate::search::SearchPage {
        let page = &self.site.pages[index];
        let doc = &page.doc;
        let mut filters = vec![(self.ui_text("kind"), self.kind_label(doc.kind, false))];
        let mut meta = vec![("kind".to_owned(), self.kind_label(doc.kind, false))];
        if let Some(status) = doc.status() {
            filters.push((self.ui_text("status"), self.status_label(status)));
            meta.push(("status".to_owned(), self.status_label(status)));
        }
        if let Some(date) = doc.date {
            meta.push(("date".to_owned(), date.to_string()));
        }
        if let Some(number) = doc.number_label() {
            meta.push(("number".to_owned(), number));
        }
        crate::search::SearchPage {
            path: page.path.clone(),
            title: display_title(&doc.title, doc.number.is_some()).to_owned(),
            body_html: std::sync::Arc::clone(&page.body.html),
            filters,
            meta,
        }
    }

    /// Every document page for the search index (the home page's own text is not one).
    pub fn search_pages(&self) -> Vec<crate::search::SearchPage> {
        self.searched_pages().into_iter().map(|i| self.search_page(i)).collect()
    }

    /// The indices of the pages in the search index, in order.
    fn searched_pages(&self) -> Vec<usize> {
        let home = self.site.root_index();
        let unwritten: Vec<usize> = self.site.page_collisions(self.config).into_iter().map(|(page, _)| page).collect();
        (0..self.site.pages.len()).filter(|&i| Some(i) != home && !unwritten.contains(&i)).collect()
    }

    /// How the search index is split into shards for this site.
    pub fn search_plan(&self) -> crate::search::ShardPlan {
        crate::search::ShardPlan::for_pages(self.searched_pages().len(), self.config.output.html.search_pages_per_shard)
    }

    /// The search page: the site context and the index shards it merges into the first.
    fn search_context(&self, path: &str) -> Value {
        // As JSON text for a data attribute (escaped there like any text).
        let merged = serde_json::to_string(&self.search_plan().merged_bundles()).unwrap_or_else(|_| "[]".into());
        let base = self.base_context(path, None);
        context! { ..base, ..context! { search_bundles => merged } }
    }

    /// The 404 page's links start from `site-url` (e.g. `/portal/`), because the page is
    /// served at whatever path was missing.
    fn not_found_context(&self) -> Value {
        let site_url = &self.config.output.html.site_url;
        let root = if site_url.ends_with('/') { site_url.clone() } else { format!("{site_url}/") };
        self.site_context(
            None,
            &root,
            &|target: &str| format!("{root}{}", urls::relative_href("index.html", target)),
            None,
        )
    }

    fn graph_context(&self, path: &str) -> Value {
        let adrs = &self.kind_orders[&Kind::Adr];
        let (svg, components) = self.decision_graph_svg(path, adrs, None);
        let base = self.base_context(path, Some(Kind::Adr));
        context! {
            ..base,
            ..context! { graph_svg => svg, adr_count => adrs.len(), component_count => components }
        }
    }

    /// The typed relations among `pages` drawn as SVG; with `focus`, only the edges that
    /// touch it.
    fn decision_graph_svg(&self, path: &str, pages: &[usize], focus: Option<usize>) -> (String, usize) {
        let local: BTreeMap<usize, usize> = pages.iter().enumerate().map(|(i, &p)| (p, i)).collect();
        let specs: Vec<NodeSpec> = pages
            .iter()
            .map(|&p| {
                let doc = &self.site.pages[p].doc;
                NodeSpec {
                    caption: doc.number_label().unwrap_or_else(|| self.kind_label(doc.kind, false)),
                    title: display_title(&doc.title, doc.number.is_some()).to_owned(),
                    status: doc.status().map_or("unknown", |s| s.css_id()).to_owned(),
                    status_label: doc
                        .status()
                        .map_or_else(|| self.ui_text("status_unknown"), |status| self.status_label(status)),
                    href: urls::relative_href(path, &self.site.pages[p].path),
                    focus: Some(p) == focus,
                }
            })
            .collect();
        let edges: Vec<(usize, usize, EdgeType)> = pages
            .iter()
            .flat_map(|&p| self.graph.outgoing(p).into_iter().map(move |(t, e)| (p, t, e)))
            .filter(|(from, to, edge)| *edge != EdgeType::References && focus.is_none_or(|f| *from == f || *to == f))
            .filter_map(|(from, to, edge)| Some((*local.get(&from)?, *local.get(&to)?, edge)))
            .collect();
        let drawing = layout::layout(&specs, &edges);
        let mut html = svg::write(&specs, &drawing, &self.ui_text("decision_graph"));
        html.push_str(&svg::relations_list(&specs, &edges, &self.ui_text("graph_in_words"), |edge| {
            self.ui_text(&format!("rel_{}", edge.id().replace('-', "_"))).to_lowercase()
        }));
        (html, drawing.components)
    }

    /// The small graph of an ADR and its direct typed neighbours, or empty.
    fn neighbourhood_svg(&self, path: &str, index: usize) -> String {
        if self.site.pages[index].doc.kind != Kind::Adr {
            return String::new();
        }
        let mut pages: Vec<usize> = self
            .graph
            .outgoing(index)
            .into_iter()
            .chain(self.graph.incoming(index))
            .filter(|(_, edge)| *edge != EdgeType::References)
            .map(|(other, _)| other)
            .collect();
        if pages.is_empty() {
            return String::new();
        }
        pages.push(index);
        pages.sort_unstable();
        pages.dedup();
        self.decision_graph_svg(path, &pages, Some(index)).0
    }

    fn meta_items(&self, index: usize) -> Vec<MetaItem> {
        let doc = &self.site.pages[index].doc;
        let mut items = Vec::new();
        if let Some(date) = doc.date {
            let from_git = doc.origins.date == Some(crate::deliverable::Origin::GitHistory);
            let label = self.ui_text(if from_git { "meta_date_from_git" } else { "meta_date" });
            items.push(MetaItem { label, value: date.to_string() });
        }
        for field in doc.fields() {
            if field.key == Some(FieldKey::Date) && doc.date.is_some() {
                continue;
            }
            let label = match field.key {
                Some(key) => {
                    let id = format!("meta_{}", key.id().replace('-', "_"));
                    if self.strings.contains_key(&id) {
                        self.ui_text(&id)
                    } else {
                        field.label.clone()
                    }
                }
                None => field.label.clone(),
            };
            items.push(MetaItem { label, value: field.value.clone() });
        }
        if !doc.meta.tags.is_empty() {
            items.push(MetaItem { label: self.ui_text("meta_tags"), value: doc.meta.tags.join(", ") });
        }
        items
    }

    fn relation_groups(&self, path: &str, index: usize) -> Vec<RelationGroup> {
        let outgoing = self.graph.outgoing(index);
        let incoming = self.graph.incoming(index);
        let pick = |edges: &[(usize, EdgeType)], wanted: EdgeType| -> Vec<Summary> {
            edges.iter().filter(|(_, e)| *e == wanted).map(|(other, _)| self.summary(path, *other)).collect()
        };
        let mut related = pick(&outgoing, EdgeType::RelatesTo);
        for summary in pick(&incoming, EdgeType::RelatesTo) {
            if !related.iter().any(|r| r.href == summary.href) {
                related.push(summary);
            }
        }
        let groups = [
            ("rel_supersedes", pick(&outgoing, EdgeType::Supersedes)),
            ("rel_superseded_by", pick(&incoming, EdgeType::Supersedes)),
            ("rel_amends", pick(&outgoing, EdgeType::Amends)),
            ("rel_amended_by", pick(&incoming, EdgeType::Amends)),
            ("rel_depends_on", pick(&outgoing, EdgeType::DependsOn)),
            ("rel_dependents", pick(&incoming, EdgeType::DependsOn)),
            ("rel_clarifies", pick(&outgoing, EdgeType::Clarifies)),
            ("rel_clarified_by", pick(&incoming, EdgeType::Clarifies)),
            ("rel_relates_to", related),
            ("rel_references", pick(&outgoing, EdgeType::References)),
        ];
        groups
            .into_iter()
            .filter(|(_, targets)| !targets.is_empty())
            .map(|(key, targets)| RelationGroup { label: self.ui_text(key), targets })
            .collect()
    }
}

/// minijinja's HTML escaping also escapes `/` (`&#x2f;`), which is valid but bloats every
/// URL; escape only what HTML needs.
fn escape_without_slash(
    out: &mut minijinja::Output,
    state: &mut minijinja::State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    match (state.auto_escape(), value.as_str()) {
        (minijinja::AutoEscape::Html, Some(text)) if !value.is_safe() => {
            let escaped = crate::text::escape_html(text);
            out.write_str(&escaped)
                .map_err(|_| minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "cannot write"))
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// The title without a leading `ADR-0005:` when the number is shown beside it anyway.
///
/// adr-tools' `3. Title` is kept: that is how those teams name their decisions.
pub(super) fn display_title(title: &str, numbered: bool) -> &str {
    match adr_id::strip_title_prefix(title) {
        Some(rest) if numbered => rest,
        _ => title,
    }
}

/// Any serialisable value as a template value.
pub(super) fn template_value<T: Serialize>(value: &T) -> Value {
    Value::from(Serde(value))
}

/// `html` with each link in `links` ((its `href` there, where it leads)) pointed where it
/// leads from the page at `path`; borrowed when every link already does.
fn relinked<'h>(html: &'h str, links: &[(String, LinkDestination)], path: &str) -> Cow<'h, str> {
    let changes: Vec<(&str, String)> = links
        .iter()
        .filter_map(|(href, destination)| Some((href.as_str(), destination.href_from(path, href)?)))
        .collect();
    if changes.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = html.to_owned();
    for (written, href) in changes {
        let href = crate::text::escape_html(&href);
        for attribute in ["href", "src"] {
            out = out.replace(&format!("{attribute}=\"{written}\""), &format!("{attribute}=\"{href}\""));
        }
    }
    Cow::Owned(out)
}

/// `html` with a `lang` on each top-level `<blockquote>` written in another language than
/// `around` (an English quote in a Russian document), so screen readers switch voice.
fn quotes_with_their_language(html: &str, around: crate::config::Language) -> Cow<'_, str> {
    const OPEN: &str = "<blockquote>";
    const CLOSE: &str = "</blockquote>";
    if !html.contains(OPEN) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 32);
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let inner_start = start + OPEN.len();
        let Some(length) = rest[inner_start..].find(CLOSE) else {
            rest = &rest[start..];
            break;
        };
        let inner = &rest[inner_start..inner_start + length];
        let text: String = inner.split('<').map(|part| part.split_once('>').map_or(part, |(_, text)| text)).collect();
        match crate::site::Letters::count(&text).language().filter(|lang| *lang != around) {
            Some(lang) => out.push_str(&format!(r#"<blockquote lang="{}">"#, lang.code())),
            None => out.push_str(OPEN),
        }
        out.push_str(inner);
        out.push_str(CLOSE);
        rest = &rest[inner_start + length + CLOSE.len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{display_title, quotes_with_their_language};
    use crate::config::Language;

    #[test]
    fn a_quote_in_another_language_carries_its_lang() {
        let english = "<blockquote>\n<p>You build it, you run it: the team that writes a service operates it in production.</p>\n</blockquote>";
        let russian =
            "<blockquote><p>Команда, которая пишет сервис, сама эксплуатирует его в продакшене.</p></blockquote>";
        let html = format!("<p>Текст</p>{english}<p>ещё</p>{russian}<blockquote><p>ok</p>");
        let out = quotes_with_their_language(&html, Language::Ru);
        assert!(out.contains("<blockquote lang=\"en\">\n<p>You build it"), "{out}");
        assert!(out.contains("<blockquote><p>Команда"), "same language: no attribute");
        assert!(out.ends_with("<blockquote><p>ok</p>"), "an unclosed quote is kept as it was: {out}");
        assert_eq!(out.replace(" lang=\"en\"", ""), html, "nothing else changes");
        assert_eq!(quotes_with_their_language(english, Language::En), english);
    }

    #[test]
    fn number_prefixes_are_dropped_only_when_the_number_is_shown() {
        assert_eq!(display_title("ADR-0005: Kafka вместо RabbitMQ", true), "Kafka вместо RabbitMQ");
        assert_eq!(display_title("ADR 7 — Kafka", true), "Kafka");
        assert_eq!(display_title("3. A better idea", true), "3. A better idea");
        assert_eq!(display_title("ADR-0005: Kafka", false), "ADR-0005: Kafka");
        assert_eq!(display_title("ADR-0005", true), "ADR-0005");
    }
}
