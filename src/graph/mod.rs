//! The knowledge graph: documents as nodes, typed relations as edges (petgraph).
//!
//! Each relation is stored once, in its active voice (the successor `supersedes` the
//! predecessor); the passive view ("superseded by") is derived from incoming edges.
//! Building the graph resolves every relation target and body link, so the unresolved ones
//! are reported here.

pub(crate) mod build;
pub mod export;
mod query;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;

pub(crate) use build::{build, follow_up_target};

/// The type of an edge, always pointing from the document stating the active form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeType {
    /// From successor to predecessor.
    Supersedes,
    /// From the amending document to the amended one.
    Amends,
    /// From the dependent to what it depends on.
    DependsOn,
    /// From the document that states it.
    RelatesTo,
    /// From the clarifying document to the clarified one.
    Clarifies,
    /// A link or `ADR-N` mention in the body.
    References,
}

impl EdgeType {
    /// The id used in JSON and DOT (`depends-on`…).
    pub fn id(self) -> &'static str {
        match self {
            EdgeType::Supersedes => "supersedes",
            EdgeType::Amends => "amends",
            EdgeType::DependsOn => "depends-on",
            EdgeType::RelatesTo => "relates-to",
            EdgeType::Clarifies => "clarifies",
            EdgeType::References => "references",
        }
    }
}

/// Where a relative link of a body leads, once the whole site is known.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum LinkDestination {
    /// A place on the page itself.
    Here {
        /// The anchor, percent-encoded, as the page has it.
        fragment: Option<String>,
    },
    /// A page or file of the site.
    Site {
        /// Its output path.
        path: String,
        /// The anchor, percent-encoded, as the page has it.
        fragment: Option<String>,
    },
    /// A file or folder of the repository, on the forge's web view.
    Web(String),
    /// A note nobody has written yet (`[[Новая заметка]]`): shown as its words, leading
    /// nowhere, as Obsidian shows it, rather than as a link to a page that is not there.
    Unwritten,
}

impl LinkDestination {
    /// The `href` for this destination on the page at `from` (an output path), or `None`
    /// when `written` (the `href` the HTML has) already leads there.
    pub(crate) fn href_from(&self, from: &str, written: &str) -> Option<String> {
        let (written_path, written_fragment) = written.split_once('#').map_or((written, None), |(p, f)| (p, Some(f)));
        let written_path = written_path.split('?').next().unwrap_or_default();
        let with_fragment = |mut href: String, fragment: &Option<String>| {
            if let Some(fragment) = fragment {
                href.push('#');
                href.push_str(fragment);
            }
            href
        };
        match self {
            LinkDestination::Web(url) => Some(url.clone()).filter(|url| url != written),
            LinkDestination::Unwritten => None,
            LinkDestination::Here { fragment } => {
                let same = written_path.is_empty() && written_fragment == fragment.as_deref();
                (!same).then(|| with_fragment(String::new(), fragment))
            }
            LinkDestination::Site { path, fragment } => {
                let leads_there = if written_path.is_empty() {
                    from == path
                } else {
                    crate::urls::resolve_relative(from, written_path).as_deref() == Some(path.as_str())
                };
                let same = leads_there && written_fragment == fragment.as_deref();
                (!same).then(|| with_fragment(crate::urls::relative_href(from, path), fragment))
            }
        }
    }
}

/// Documents (by page index in the [`crate::site::Site`]) and typed edges between them.
#[derive(Debug, Default, Clone)]
pub struct KnowledgeGraph {
    graph: DiGraph<usize, EdgeType>,
    /// Which document stated each typed edge, and on which line: an edge stated from both
    /// ends (successor and predecessor) has two entries.
    statements: std::collections::HashMap<(usize, usize, EdgeType, usize), usize>,
    /// Per page, where each relative link of its body leads: (its `href` in the HTML, where).
    links: std::collections::HashMap<usize, Vec<(String, LinkDestination)>>,
}

impl KnowledgeGraph {
    /// A graph with one node per page and no edges.
    pub(crate) fn with_pages(count: usize) -> Self {
        let mut graph = DiGraph::with_capacity(count, count * 4);
        for index in 0..count {
            graph.add_node(index);
        }
        Self { graph, statements: std::collections::HashMap::new(), links: std::collections::HashMap::new() }
    }

    /// Adds an edge unless the same one exists; self-loops other than supersession are
    /// dropped (a document referencing itself says nothing).
    pub(crate) fn add_edge(&mut self, from: usize, to: usize, edge: EdgeType) -> bool {
        if from == to && edge != EdgeType::Supersedes {
            return false;
        }
        let (a, b) = (NodeIndex::new(from), NodeIndex::new(to));
        if self.graph.edges_connecting(a, b).any(|e| *e.weight() == edge) {
            return false;
        }
        self.graph.add_edge(a, b, edge);
        true
    }

    /// Records that document `stated_by` states the typed edge `from → to` on `line`, and
    /// adds the edge.
    pub(crate) fn add_statement(&mut self, from: usize, to: usize, edge: EdgeType, stated_by: usize, line: usize) {
        self.add_edge(from, to, edge);
        self.statements.entry((from, to, edge, stated_by)).or_insert(line);
    }

    /// Records where the link written as `href` in page `page`'s HTML leads.
    pub(crate) fn add_link(&mut self, page: usize, href: &str, destination: LinkDestination) {
        let links = self.links.entry(page).or_default();
        if !links.iter().any(|(known, _)| known == href) {
            links.push((href.to_owned(), destination));
        }
    }

    /// Where the relative links of page `page` lead: (their `href` in its HTML, where).
    pub(crate) fn links(&self, page: usize) -> &[(String, LinkDestination)] {
        self.links.get(&page).map_or(&[], Vec::as_slice)
    }

    /// The line on which `stated_by` states the edge `from → to`, if it does.
    pub(crate) fn statement_line(&self, from: usize, to: usize, edge: EdgeType, stated_by: usize) -> Option<usize> {
        self.statements.get(&(from, to, edge, stated_by)).copied()
    }

    /// True when any typed (non-reference) edge goes from `from` to `to`.
    pub(crate) fn has_typed_edge(&self, from: usize, to: usize) -> bool {
        self.graph
            .edges_connecting(NodeIndex::new(from), NodeIndex::new(to))
            .any(|e| *e.weight() != EdgeType::References)
    }

    /// Every edge as (from, to, type), in insertion order.
    pub fn edges(&self) -> impl Iterator<Item = (usize, usize, EdgeType)> + '_ {
        self.graph.edge_references().map(|e| (e.source().index(), e.target().index(), *e.weight()))
    }

    /// Edges leaving `page`.
    pub fn outgoing(&self, page: usize) -> Vec<(usize, EdgeType)> {
        self.neighbours(page, Direction::Outgoing)
    }

    /// Edges arriving at `page`, as (source, type).
    pub fn incoming(&self, page: usize) -> Vec<(usize, EdgeType)> {
        self.neighbours(page, Direction::Incoming)
    }

    fn neighbours(&self, page: usize, direction: Direction) -> Vec<(usize, EdgeType)> {
        let mut found: Vec<(usize, EdgeType)> = self
            .graph
            .edges_directed(NodeIndex::new(page), direction)
            .map(|e| {
                let other = if direction == Direction::Outgoing { e.target() } else { e.source() };
                (other.index(), *e.weight())
            })
            .collect();
        found.sort();
        found
    }

    /// The documents that supersede `page` (its successors).
    pub fn successors(&self, page: usize) -> Vec<usize> {
        self.incoming(page).into_iter().filter(|(_, e)| *e == EdgeType::Supersedes).map(|(p, _)| p).collect()
    }

    /// Groups of pages that supersede each other in a cycle (each group sorted).
    pub(crate) fn supersession_cycles(&self) -> Vec<Vec<usize>> {
        let mut only_supersedes = self.graph.clone();
        only_supersedes.retain_edges(|g, e| g[e] == EdgeType::Supersedes);
        let mut cycles: Vec<Vec<usize>> = petgraph::algo::tarjan_scc(&only_supersedes)
            .into_iter()
            .filter(|component| component.len() > 1 || only_supersedes.contains_edge(component[0], component[0]))
            .map(|component| {
                let mut pages: Vec<usize> = component.into_iter().map(NodeIndex::index).collect();
                pages.sort_unstable();
                pages
            })
            .collect();
        cycles.sort();
        cycles
    }
}
