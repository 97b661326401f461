//! Building the graph from a site: resolving relation targets and body links.

use crate::deliverable::meta::{RelationStatement, TargetRef};
use crate::deliverable::vocab::{fold, StatedRelation};
use crate::diagnostic::Diagnostic;
use crate::site::Site;
use crate::urls;

use super::{EdgeType, KnowledgeGraph};

/// Builds the graph of `site` and reports relation targets and links that do not resolve,
/// duplicate ADR numbers and supersession cycles.
pub(crate) fn build(site: &Site) -> (KnowledgeGraph, Vec<Diagnostic>) {
    let mut graph = KnowledgeGraph::with_pages(site.pages.len());
    let mut diagnostics = Vec::new();
    for (index, page) in site.pages.iter().enumerate() {
        for statement in page.doc.relations() {
            match resolve_target(site, index, &statement.target) {
                Some(target) => {
                    let (from, to, edge) = active_form(index, target, statement.relation);
                    graph.add_statement(from, to, edge, index, statement.line);
                }
                None => diagnostics.push(unresolved_relation(site, index, statement)),
            }
        }
    }
    for (index, page) in site.pages.iter().enumerate() {
        for link in &page.body.links {
            match check_link(site, index, &link.url) {
                LinkTarget::Page(target) if !graph.has_typed_edge(index, target) => {
                    graph.add_edge(index, target, EdgeType::References);
                }
                LinkTarget::Missing(message) => diagnostics.push(
                    Diagnostic::error("E0301", message)
                        .at(&page.doc.id, link.line, link.column)
                        .with_help("fix the path, or create the missing file"),
                ),
                LinkTarget::MissingAnchor(message) => diagnostics.push(
                    Diagnostic::error("E0305", message)
                        .at(&page.doc.id, link.line, link.column)
                        .with_help("anchors are heading texts in lower case with spaces as `-`"),
                ),
                _ => {}
            }
        }
        for mention in &page.body.mentions {
            if let Some(&target) = site.adrs_numbered(mention.number).first() {
                if !graph.has_typed_edge(index, target) {
                    graph.add_edge(index, target, EdgeType::References);
                }
            }
        }
    }
    diagnostics.extend(duplicate_numbers(site));
    diagnostics.extend(cycles(site, &graph));
    (graph, diagnostics)
}

/// Turns a stated relation into its one stored edge.
fn active_form(page: usize, target: usize, relation: StatedRelation) -> (usize, usize, EdgeType) {
    match relation {
        StatedRelation::Supersedes => (page, target, EdgeType::Supersedes),
        StatedRelation::SupersededBy => (target, page, EdgeType::Supersedes),
        StatedRelation::Amends => (page, target, EdgeType::Amends),
        StatedRelation::AmendedBy => (target, page, EdgeType::Amends),
        StatedRelation::DependsOn => (page, target, EdgeType::DependsOn),
        StatedRelation::RelatesTo => (page, target, EdgeType::RelatesTo),
        StatedRelation::Clarifies => (page, target, EdgeType::Clarifies),
        StatedRelation::ClarifiedBy => (target, page, EdgeType::Clarifies),
    }
}

/// Resolves a target by linked file first, then by ADR number, then by title.
pub(crate) fn resolve_target(site: &Site, from: usize, target: &TargetRef) -> Option<usize> {
    let from_id = &site.pages[from].doc.id;
    let by_link = target.link.as_deref().and_then(|link| {
        let (path, _) = urls::split_fragment(link);
        if urls::is_external(link) || path.is_empty() {
            return None;
        }
        site.index_of(&urls::resolve_relative(from_id, path)?)
    });
    by_link.or_else(|| target.number.and_then(|n| site.adrs_numbered(n).first().copied())).or_else(|| {
        let wanted = fold(&target.text);
        (!wanted.is_empty()).then(|| site.pages.iter().position(|p| fold(&p.doc.title) == wanted)).flatten()
    })
}

fn unresolved_relation(site: &Site, page: usize, statement: &RelationStatement) -> Diagnostic {
    let target = &statement.target;
    let written =
        target.link.as_deref().map_or_else(|| target.text.clone(), |link| format!("{} ({link})", target.text));
    Diagnostic::error("E0302", format!("relation target «{written}» not found"))
        .at(&site.pages[page].doc.id, statement.line, 1)
        .with_help("link the document's file, or write its number as ADR-N")
}

enum LinkTarget {
    External,
    Page(usize),
    Asset,
    Missing(String),
    MissingAnchor(String),
}

fn check_link(site: &Site, from: usize, url: &str) -> LinkTarget {
    if urls::is_external(url) {
        return LinkTarget::External;
    }
    let page = &site.pages[from];
    let (path, fragment) = urls::split_fragment(url);
    let target = if path.is_empty() {
        Some(from)
    } else {
        let Some(resolved) = urls::resolve_relative(&page.doc.id, path) else {
            return LinkTarget::Missing(format!("link `{url}` points outside the source directory"));
        };
        if site.has_asset(&resolved) {
            return LinkTarget::Asset;
        }
        let index = site.index_of(&resolved).or_else(|| {
            let folder = resolved.trim_end_matches('/');
            ["index.md", "README.md"].iter().find_map(|name| {
                site.index_of(&if folder.is_empty() { (*name).to_owned() } else { format!("{folder}/{name}") })
            })
        });
        match index {
            Some(index) => Some(index),
            None => return LinkTarget::Missing(format!("link to a missing file `{path}`")),
        }
    };
    match (target, fragment) {
        (Some(target), Some(anchor)) if !anchor.is_empty() => {
            let anchor = urls::percent_decode(anchor);
            let known = site.pages[target].body.headings.iter().any(|h| h.anchor == anchor);
            if known {
                LinkTarget::Page(target)
            } else {
                LinkTarget::MissingAnchor(format!("link `{url}` points to a missing heading `#{anchor}`"))
            }
        }
        (Some(target), _) if target == from => LinkTarget::External,
        (Some(target), _) => LinkTarget::Page(target),
        (None, _) => LinkTarget::External,
    }
}

fn duplicate_numbers(site: &Site) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (number, pages) in site.duplicate_numbers() {
        let first = &site.pages[pages[0]].doc.id;
        for &page in &pages[1..] {
            found.push(
                Diagnostic::error("E0303", format!("ADR number {number} is also used by {first}"))
                    .at(&site.pages[page].doc.id, 1, 1)
                    .with_help("give each ADR its own number"),
            );
        }
    }
    found
}

fn cycles(site: &Site, graph: &KnowledgeGraph) -> Vec<Diagnostic> {
    graph
        .supersession_cycles()
        .into_iter()
        .map(|cycle| {
            let names: Vec<&str> = cycle.iter().map(|&p| site.pages[p].doc.id.as_str()).collect();
            let first = &site.pages[cycle[0]].doc;
            let line = first.status_line().unwrap_or(1);
            Diagnostic::error("E0304", format!("supersession cycle: {}", names.join(" → ")))
                .at(&first.id, line, 1)
                .with_help("a decision cannot, directly or through others, supersede itself")
        })
        .collect()
}
