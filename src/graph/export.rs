//! The graph as data for other tools: JSON (the stable format of product brief §4) and DOT
//! drawn the way `adr generate graph` draws it.

use std::fmt::Write as _;

use serde::Serialize;

use super::{EdgeType, KnowledgeGraph};
use crate::deliverable::Kind;
use crate::site::Site;
use crate::urls;

/// Which documents an export includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// ADRs only.
    Adr,
    /// Every document.
    All,
}

impl Selection {
    fn includes(self, kind: Kind) -> bool {
        self == Selection::All || kind == Kind::Adr
    }
}

/// A node of the JSON export.
#[derive(Debug, Serialize)]
pub struct JsonNode<'a> {
    /// Source path relative to the source dir.
    pub id: &'a str,
    /// Kind id.
    pub kind: Kind,
    /// Title.
    pub title: &'a str,
    /// Same as `id`.
    pub path: &'a str,
    /// Canonical status id, the text as written when unknown, or null.
    pub status: Option<&'a str>,
    /// ADR number or null.
    pub number: Option<u32>,
}

/// An edge of the JSON export.
#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct JsonEdge<'a> {
    /// Document stating the active form.
    pub from: &'a str,
    /// The other document.
    pub to: &'a str,
    /// Edge type id.
    #[serde(rename = "type")]
    pub edge_type: &'static str,
}

/// The JSON export document.
#[derive(Debug, Serialize)]
pub struct JsonGraph<'a> {
    /// Nodes sorted by id.
    pub nodes: Vec<JsonNode<'a>>,
    /// Edges sorted by (from, to, type).
    pub edges: Vec<JsonEdge<'a>>,
}

/// The graph in the JSON shape other tools rely on.
pub fn to_json<'a>(site: &'a Site, graph: &KnowledgeGraph, selection: Selection) -> JsonGraph<'a> {
    let included = |page: usize| selection.includes(site.pages[page].doc.kind);
    let nodes = (0..site.pages.len())
        .filter(|&p| included(p))
        .map(|p| {
            let doc = &site.pages[p].doc;
            JsonNode {
                id: &doc.id,
                kind: doc.kind,
                title: &doc.title,
                path: &doc.id,
                status: doc.status().map(|s| s.id()),
                number: doc.number,
            }
        })
        .collect();
    let mut edges: Vec<JsonEdge<'a>> = graph
        .edges()
        .filter(|(from, to, _)| included(*from) && included(*to))
        .map(|(from, to, edge)| JsonEdge {
            from: &site.pages[from].doc.id,
            to: &site.pages[to].doc.id,
            edge_type: edge.id(),
        })
        .collect();
    edges.sort();
    JsonGraph { nodes, edges }
}

/// The graph in Graphviz DOT, following `adr generate graph`: ADRs in number order linked
/// by dotted "next" edges, supersession drawn from both ends ("Supercedes" and
/// "Superceded by"), other relations labelled by type. References are left out.
pub fn to_dot(site: &Site, graph: &KnowledgeGraph, selection: Selection) -> String {
    let mut order: Vec<usize> = site.pages_of_kind(Kind::Adr);
    if selection == Selection::All {
        order.extend(Kind::ALL.iter().filter(|k| **k != Kind::Adr).flat_map(|k| site.pages_of_kind(*k)));
    }
    let mut out = String::from("digraph {\n  node [shape=plaintext];\n");
    let mut previous_adr: Option<usize> = None;
    for &page in &order {
        let doc = &site.pages[page].doc;
        let href = urls::relative_href("index.html", &site.pages[page].path);
        let _ = writeln!(
            out,
            "  {} [label=\"{}\"; URL=\"{}\"]",
            dot_id(site, page),
            dot_escape(&doc.title),
            dot_escape(&href)
        );
        if doc.kind == Kind::Adr {
            if let Some(previous) = previous_adr {
                let _ = writeln!(out, "  {} -> {} [style=\"dotted\"];", dot_id(site, previous), dot_id(site, page));
            }
            previous_adr = Some(page);
        }
        let included = |other: usize| selection.includes(site.pages[other].doc.kind);
        for (target, edge) in graph.outgoing(page) {
            if edge == EdgeType::Supersedes && included(target) {
                let _ = writeln!(out, "  {} -> {} [label=\"Supercedes\"]", dot_id(site, page), dot_id(site, target));
            }
        }
        for (source, edge) in graph.incoming(page) {
            if edge == EdgeType::Supersedes && included(source) {
                let _ = writeln!(out, "  {} -> {} [label=\"Superceded by\"]", dot_id(site, page), dot_id(site, source));
            }
        }
        for (target, edge) in graph.outgoing(page) {
            if !matches!(edge, EdgeType::Supersedes | EdgeType::References) && included(target) {
                let _ = writeln!(
                    out,
                    "  {} -> {} [label=\"{}\", style=\"dashed\"]",
                    dot_id(site, page),
                    dot_id(site, target),
                    edge.id()
                );
            }
        }
    }
    out.push_str("}\n");
    out
}

/// `_N` for numbered ADRs (as adr-tools names them), the quoted id otherwise.
fn dot_id(site: &Site, page: usize) -> String {
    let doc = &site.pages[page].doc;
    match (doc.kind, doc.number) {
        (Kind::Adr, Some(number)) if site.adrs_numbered(number).len() == 1 => format!("_{number}"),
        _ => format!("\"{}\"", dot_escape(&doc.id)),
    }
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}
