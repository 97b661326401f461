//! The contexts of the site's own pages: home, one index per kind, the ADR log, one page
//! per document, the decision graph, search and 404, and what the search index gets for a
//! document. Every href is relative to the page it appears on.

use std::collections::BTreeMap;

use minijinja::{context, Value};
use serde::Serialize;

use super::body::quotes_with_their_language;
use super::context::{template_value, NavItem, Renderer};
use super::layout::{self, NodeSpec};
use super::svg;
use crate::deliverable::vocab::FieldKey;
use crate::deliverable::{Kind, Status};
use crate::graph::EdgeType;
use crate::urls::{self, kind_path};

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
struct Count {
    status: String,
    label: String,
    count: usize,
}

#[derive(Debug, Serialize)]
struct MetaItem {
    label: String,
    /// The value as written.
    value: String,
    /// The value as HTML: its Markdown (links, emphasis, code) rendered.
    html: String,
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

impl Renderer<'_> {
    fn summary(&self, from: &str, index: usize) -> Summary {
        let page = &self.site.pages[index];
        let doc = &page.doc;
        let owner = doc.field(FieldKey::Owner).unwrap_or_default().to_owned();
        Summary {
            title: doc.shown_title().to_owned(),
            href: urls::relative_href(from, &page.path),
            kind: doc.kind().id(),
            kind_label: self.kind_label(doc.kind(), false),
            number_label: doc.number_label().unwrap_or_default(),
            status: doc.status().map(|s| s.css_id().to_owned()).unwrap_or_default(),
            status_label: doc.status().map(|s| self.status_label(s)).unwrap_or_default(),
            date: doc.date().map(|d| d.to_string()).unwrap_or_default(),
            owner,
        }
    }

    pub(super) fn home_context(&self, path: &str) -> Value {
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
        adrs.sort_by_key(|&i| std::cmp::Reverse((self.site.pages[i].doc.date(), self.site.pages[i].doc.adr_number())));
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

    pub(super) fn kind_context(&self, path: &str, kind: Kind) -> Value {
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

    pub(super) fn document_context(&self, path: &str, index: usize) -> Value {
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
        let order = &self.kind_orders[&doc.kind()];
        let position = order.iter().position(|&i| i == index);
        let neighbour = |offset: isize| {
            let at = position? as isize + offset;
            let &other = order.get(usize::try_from(at).ok()?)?;
            (Some(other) != self.site.root_index()).then(|| self.summary(path, other))
        };
        let shown = self.body_at(index, path);
        let body_html =
            quotes_with_their_language(&shown, page.letters.language().unwrap_or(self.config.book.language));
        let base = self.base_context(path, Some(doc.kind()));
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
    pub(crate) fn search_page(&self, index: usize) -> crate::search::SearchPage {
        let page = &self.site.pages[index];
        let doc = &page.doc;
        let mut filters = vec![(self.ui_text("kind"), self.kind_label(doc.kind(), false))];
        let mut meta = vec![("kind".to_owned(), self.kind_label(doc.kind(), false))];
        if let Some(status) = doc.status() {
            filters.push((self.ui_text("status"), self.status_label(status)));
            meta.push(("status".to_owned(), self.status_label(status)));
        }
        if let Some(date) = doc.date() {
            meta.push(("date".to_owned(), date.to_string()));
        }
        if let Some(number) = doc.number_label() {
            meta.push(("number".to_owned(), number));
        }
        crate::search::SearchPage {
            path: page.path.clone(),
            title: doc.shown_title().to_owned(),
            body_html: std::sync::Arc::clone(&page.body.html),
            filters,
            meta,
        }
    }

    /// Every document page for the search index (the home page's own text is not one).
    pub(crate) fn search_pages(&self) -> Vec<crate::search::SearchPage> {
        self.searched_pages().into_iter().map(|i| self.search_page(i)).collect()
    }

    /// The indices of the pages in the search index, in order.
    fn searched_pages(&self) -> Vec<usize> {
        let home = self.site.root_index();
        let unwritten: Vec<usize> = self.site.page_collisions(self.config).into_iter().map(|(page, _)| page).collect();
        (0..self.site.pages.len()).filter(|&i| Some(i) != home && !unwritten.contains(&i)).collect()
    }

    /// How the search index is split into shards for this site.
    pub(crate) fn search_plan(&self) -> crate::search::ShardPlan {
        crate::search::ShardPlan::for_pages(self.searched_pages().len(), self.config.output.html.search_pages_per_shard)
    }

    /// The search page: the site context and the index shards it merges into the first.
    pub(super) fn search_context(&self, path: &str) -> Value {
        // As JSON text for a data attribute (escaped there like any text).
        let merged = serde_json::to_string(&self.search_plan().merged_bundles()).unwrap_or_else(|_| "[]".into());
        let base = self.base_context(path, None);
        context! { ..base, ..context! { search_bundles => merged } }
    }

    /// The 404 page's links start from `site-url` (e.g. `/portal/`), because the page is
    /// served at whatever path was missing.
    pub(super) fn not_found_context(&self) -> Value {
        let site_url = &self.config.output.html.site_url;
        let root = if site_url.ends_with('/') { site_url.clone() } else { format!("{site_url}/") };
        self.site_context(
            None,
            &root,
            &|target: &str| format!("{root}{}", urls::relative_href("index.html", target)),
            None,
        )
    }

    pub(super) fn graph_context(&self, path: &str) -> Value {
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
                    caption: doc.number_label().unwrap_or_else(|| self.kind_label(doc.kind(), false)),
                    title: doc.shown_title().to_owned(),
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
        if self.site.pages[index].doc.kind() != Kind::Adr {
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
        if let Some(date) = doc.date() {
            let from_git = doc.date.as_ref().is_some_and(|date| date.origin == crate::deliverable::Origin::GitHistory);
            let label = self.ui_text(if from_git { "meta_date_from_git" } else { "meta_date" });
            items.push(MetaItem { label, html: date.to_string(), value: date.to_string() });
        }
        for field in &doc.fields {
            if field.key == Some(FieldKey::Date) && doc.date().is_some() {
                continue;
            }
            let for_the_generator = field.key.is_none()
                && field.line <= doc.front_matter_lines
                && crate::deliverable::frontmatter::is_generator_key(&field.label);
            if for_the_generator {
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
            items.push(MetaItem {
                label,
                html: crate::markdown::inline_html(&field.value),
                value: field.value.clone(),
            });
        }
        if !doc.tags.is_empty() {
            let value = doc.tags.join(", ");
            items.push(MetaItem {
                label: self.ui_text("meta_tags"),
                html: crate::text::escape_html(&value).into_owned(),
                value,
            });
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
