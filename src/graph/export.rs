//! The graph as data for other tools: JSON (a stable format scripts rely on, see README) and DOT
//! drawn the way `adr generate graph` draws it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::Serialize;

use super::{EdgeType, KnowledgeGraph};
use crate::deliverable::Kind;
use crate::site::Site;
use crate::urls;

/// Which documents an export includes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// ADRs only, or every kind.
    pub adr_only: bool,
    /// When set, only these pages (e.g. an impact set or a supersession chain).
    pub only: Option<BTreeSet<usize>>,
}

impl Selection {
    /// Every document.
    pub fn all() -> Self {
        Self::default()
    }

    /// ADRs only.
    pub fn adrs() -> Self {
        Self { adr_only: true, only: None }
    }

    fn includes(&self, site: &Site, page: usize) -> bool {
        (!self.adr_only || site.pages[page].doc.kind() == Kind::Adr)
            && self.only.as_ref().is_none_or(|set| set.contains(&page))
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
    /// The status as the document writes it («Утверждён», "Approved by Lin Chen"), else
    /// the canonical id, or null.
    pub status_text: Option<&'a str>,
    /// The document's own date (`YYYY-MM-DD`) or null.
    pub date: Option<String>,
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
pub fn to_json<'a>(site: &'a Site, graph: &KnowledgeGraph, selection: &Selection) -> JsonGraph<'a> {
    let included = |page: usize| selection.includes(site, page);
    let nodes = (0..site.pages.len())
        .filter(|&p| included(p))
        .map(|p| {
            let doc = &site.pages[p].doc;
            JsonNode {
                id: &doc.id,
                kind: doc.kind(),
                title: doc.title(),
                path: &doc.id,
                status: doc.status().map(|s| s.id()),
                status_text: doc.status_text.as_deref().or_else(|| doc.status().map(|s| s.id())),
                date: doc.date().map(|date| date.to_string()),
                number: doc.number_value(),
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
pub fn to_dot(site: &Site, graph: &KnowledgeGraph, selection: &Selection) -> String {
    let order = ordered(site, selection);
    let mut out = String::from("digraph {\n  node [shape=plaintext];\n");
    let mut previous_adr: Option<usize> = None;
    for &page in &order {
        let doc = &site.pages[page].doc;
        let href = urls::relative_href("index.html", &site.pages[page].path);
        let _ = writeln!(
            out,
            "  {} [label=\"{}\"; URL=\"{}\"]",
            dot_id(site, page),
            dot_escape(doc.title()),
            dot_escape(&href)
        );
        if doc.kind() == Kind::Adr {
            if let Some(previous) = previous_adr {
                let _ = writeln!(out, "  {} -> {} [style=\"dotted\"];", dot_id(site, previous), dot_id(site, page));
            }
            previous_adr = Some(page);
        }
        let included = |other: usize| selection.includes(site, other);
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

/// The selected pages: ADRs by number, then the other kinds in portal order.
fn ordered(site: &Site, selection: &Selection) -> Vec<usize> {
    Kind::ALL.iter().flat_map(|kind| site.pages_of_kind(*kind)).filter(|&page| selection.includes(site, page)).collect()
}

/// The graph as a Mermaid flowchart; each node links to its page.
///
/// Supersession is a thick arrow, amendments and clarifications dotted, dependencies plain,
/// "relates to" a line without a head, references left out.
pub fn to_mermaid(site: &Site, graph: &KnowledgeGraph, selection: &Selection) -> String {
    let order = ordered(site, selection);
    let mut out = String::from("flowchart TD\n");
    for &page in &order {
        let doc = &site.pages[page].doc;
        let label = match doc.number_label() {
            Some(number) if !doc.title().starts_with(&number) => format!("{number}: {}", doc.title()),
            _ => doc.title().to_owned(),
        };
        let _ = writeln!(out, "  n{page}[\"{}\"]", mermaid_escape(&label));
    }
    for &page in &order {
        for (target, edge) in graph.outgoing(page) {
            if !selection.includes(site, target) {
                continue;
            }
            let arrow = match edge {
                EdgeType::Supersedes => "==>",
                EdgeType::Amends | EdgeType::Clarifies => "-.->",
                EdgeType::DependsOn => "-->",
                EdgeType::RelatesTo => "---",
                EdgeType::References => continue,
            };
            let _ = writeln!(out, "  n{page} {arrow}|{}| n{target}", edge.id());
        }
    }
    for &page in &order {
        let href = urls::relative_href("index.html", &site.pages[page].path);
        let _ = writeln!(out, "  click n{page} \"{}\"", href.replace('"', "%22"));
    }
    out
}

fn mermaid_escape(text: &str) -> String {
    text.replace('"', "#quot;").replace('<', "#lt;").replace('>', "#gt;")
}

/// `_N` for numbered ADRs (as adr-tools names them), the quoted id otherwise.
fn dot_id(site: &Site, page: usize) -> String {
    let doc = &site.pages[page].doc;
    match (doc.kind(), doc.number_value()) {
        (Kind::Adr, Some(number)) if site.adrs_numbered(number).len() == 1 => format!("_{number}"),
        _ => format!("\"{}\"", dot_escape(&doc.id)),
    }
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Site, KnowledgeGraph) {
        let site = crate::site::of_texts(
            &[
                ("adr/adr-0001-a.md", "# Брокер \"старый\" 1 < 2\n\n**Статус:** Заменено [ADR-0002](adr-0002-b.md)\n"),
                ("adr/adr-0002-b.md", "# ADR-0002: Kafka\n\n**Статус:** Принято (на архкоме)\n**Дата:** 12.03.2026\n**Зависит от:** ADR-0001\n"),
                ("specs/tech-spec-x.md", "# Спека\n\nСм. [ADR-0002](../adr/adr-0002-b.md).\n"),
            ],
            crate::deliverable::date::Date::new(2026, 12, 1).unwrap(),
        );
        let (graph, _) = crate::graph::build(&site);
        (site, graph)
    }

    #[test]
    fn json_has_every_node_and_the_edges_between_selected_ones() {
        let (site, graph) = sample();
        let all = serde_json::to_value(to_json(&site, &graph, &Selection::all())).unwrap();
        let ids: Vec<&str> = all["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
        assert_eq!(ids, vec!["adr/adr-0001-a.md", "adr/adr-0002-b.md", "specs/tech-spec-x.md"]);
        assert_eq!(all["nodes"][0]["status"], "superseded");
        assert_eq!(all["nodes"][1]["number"], 2);
        assert_eq!(all["nodes"][1]["status"], "accepted");
        assert_eq!(all["nodes"][1]["status_text"], "Принято", "as written, without the note");
        assert_eq!(all["nodes"][1]["date"], "2026-03-12");
        assert_eq!(all["nodes"][2]["status_text"], serde_json::Value::Null, "no status, no text");
        let edges: Vec<(&str, &str, &str)> = all["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["from"].as_str().unwrap(), e["to"].as_str().unwrap(), e["type"].as_str().unwrap()))
            .collect();
        assert!(edges.contains(&("adr/adr-0002-b.md", "adr/adr-0001-a.md", "supersedes")), "{edges:?}");
        assert!(edges.contains(&("adr/adr-0002-b.md", "adr/adr-0001-a.md", "depends-on")), "{edges:?}");
        assert!(edges.contains(&("specs/tech-spec-x.md", "adr/adr-0002-b.md", "references")), "{edges:?}");
        let adrs = to_json(&site, &graph, &Selection::adrs());
        assert_eq!(adrs.nodes.len(), 2);
        assert!(adrs.edges.iter().all(|e| e.from.starts_with("adr/")), "no edge to a left-out node");
    }

    #[test]
    fn dot_and_mermaid_escape_titles_and_leave_references_out() {
        let (site, graph) = sample();
        let dot = to_dot(&site, &graph, &Selection::all());
        assert!(dot.contains("Брокер \\\"старый\\\" 1 < 2"), "{dot}");
        assert!(dot.contains("_1") && dot.contains("_2"), "numbered ADRs are _N: {dot}");
        let mermaid = to_mermaid(&site, &graph, &Selection::all());
        assert!(mermaid.contains("#quot;старый#quot; 1 #lt; 2"), "{mermaid}");
        assert!(mermaid.contains("==>|supersedes|"), "{mermaid}");
        assert!(!mermaid.contains("|references|"), "{mermaid}");
        assert!(mermaid.contains("click n0 \"adr/adr-0001-a.html\""), "{mermaid}");
    }
}
