//! Questions asked of the graph: which decision is in force, what a change impacts.

use std::collections::{BTreeSet, VecDeque};

use super::{EdgeType, KnowledgeGraph};

impl KnowledgeGraph {
    /// The supersession chain from `page` forward: `page`, its successors, theirs… up to
    /// the decisions in force. Cycle-safe; branches are all followed.
    pub fn chain(&self, page: usize) -> Vec<usize> {
        self.walk(page, |graph, node| graph.successors(node))
    }

    /// The decisions in force that replace `page` (itself when nothing supersedes it).
    pub fn in_force(&self, page: usize) -> Vec<usize> {
        let chain = self.chain(page);
        let mut ends: Vec<usize> = chain.iter().copied().filter(|&node| self.successors(node).is_empty()).collect();
        if ends.is_empty() {
            // A pure cycle has no end; report its members rather than nothing.
            ends = chain;
        }
        ends
    }

    /// Everything a change to `page` may affect (`page` itself first): the documents that
    /// depend on it, amend or clarify it — transitively — and then every document that
    /// links to, mentions or relates to one of those. References are followed one hop only: in a real
    /// portal every page is a few links away from every other, so a transitive walk over
    /// references would always return the whole site.
    pub fn impact(&self, page: usize) -> Vec<usize> {
        let mut order = self.walk(page, |graph, node| {
            graph
                .incoming(node)
                .into_iter()
                .filter(|(_, edge)| matches!(edge, EdgeType::DependsOn | EdgeType::Amends | EdgeType::Clarifies))
                .map(|(source, _)| source)
                .collect()
        });
        let mut seen: BTreeSet<usize> = order.iter().copied().collect();
        for index in 0..order.len() {
            for (source, edge) in self.incoming(order[index]) {
                if matches!(edge, EdgeType::References | EdgeType::RelatesTo) && seen.insert(source) {
                    order.push(source);
                }
            }
        }
        order
    }

    /// Breadth-first walk from `start` over `next`, each node once, in visiting order.
    fn walk(&self, start: usize, next: impl Fn(&Self, usize) -> Vec<usize>) -> Vec<usize> {
        let mut seen = BTreeSet::from([start]);
        let mut order = vec![start];
        let mut queue = VecDeque::from([start]);
        while let Some(node) = queue.pop_front() {
            for other in next(self, node) {
                if seen.insert(other) {
                    order.push(other);
                    queue.push_back(other);
                }
            }
        }
        order
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 0 ← 1 ← 2 (supersedes), 3 depends on 2, 4 references 3, 5 unrelated.
    fn sample() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::with_pages(6);
        graph.add_edge(1, 0, EdgeType::Supersedes);
        graph.add_edge(2, 1, EdgeType::Supersedes);
        graph.add_edge(3, 2, EdgeType::DependsOn);
        graph.add_edge(4, 3, EdgeType::References);
        graph.add_edge(5, 4, EdgeType::RelatesTo);
        graph
    }

    #[test]
    fn chain_leads_to_the_decision_in_force() {
        let graph = sample();
        assert_eq!(graph.chain(0), vec![0, 1, 2]);
        assert_eq!(graph.in_force(0), vec![2]);
        assert_eq!(graph.in_force(2), vec![2]);
    }

    #[test]
    fn impact_follows_dependencies_and_references_only() {
        assert_eq!(sample().impact(2), vec![2, 3, 4]);
    }

    #[test]
    fn references_are_followed_one_hop() {
        let mut graph = KnowledgeGraph::with_pages(4);
        graph.add_edge(1, 0, EdgeType::DependsOn);
        graph.add_edge(2, 1, EdgeType::References);
        graph.add_edge(3, 2, EdgeType::References);
        assert_eq!(graph.impact(0), vec![0, 1, 2]);
    }

    #[test]
    fn cycles_terminate() {
        let mut graph = KnowledgeGraph::with_pages(2);
        graph.add_edge(0, 1, EdgeType::Supersedes);
        graph.add_edge(1, 0, EdgeType::Supersedes);
        assert_eq!(graph.chain(0), vec![0, 1]);
        assert_eq!(graph.in_force(0), vec![0, 1]);
    }
}
