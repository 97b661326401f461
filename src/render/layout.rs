//! Layered layout of a decision graph: rust-sugiyama orders and places the boxes of each
//! connected component; this module sizes the boxes from their labels, keeps boxes of a
//! layer from overlapping, and packs components side by side in rows.

use std::collections::BTreeMap;

use crate::graph::EdgeType;

/// Height of a node box.
pub(crate) const NODE_HEIGHT: f64 = 62.0;
/// Widest a title line may be before it is ellipsised.
pub(crate) const MAX_LABEL_WIDTH: f64 = 210.0;
const MIN_NODE_WIDTH: f64 = 120.0;
const PADDING_X: f64 = 12.0;
const LAYER_GAP: f64 = 56.0;
const NODE_GAP: f64 = 24.0;
const COMPONENT_GAP: f64 = 48.0;
const MARGIN: f64 = 16.0;
/// Space between the number and the status word on a box's first line.
const STATUS_GAP: f64 = 12.0;

/// Rows of components wrap at this width unless one component is wider.
const ROW_WIDTH: f64 = 1400.0;

/// What one node shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NodeSpec {
    /// Small first line: `ADR-0005` or the kind.
    pub caption: String,
    /// The full title (ellipsised in the box, whole in the tooltip).
    pub title: String,
    /// CSS status id (`accepted`, `unknown`…).
    pub status: String,
    /// The status in words, written in the box (colour is never the only cue).
    pub status_label: String,
    /// Relative link to the document page.
    pub href: String,
    /// The document the drawing is about (neighbourhood graphs).
    pub focus: bool,
}

/// A placed box.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlacedNode {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Box width.
    pub width: f64,
    /// Box height.
    pub height: f64,
    /// The title as it fits in the box: one or two lines.
    pub label: Vec<String>,
}

#[cfg(test)]
impl PlacedNode {
    /// True when the two boxes share any area.
    pub(crate) fn overlaps(&self, other: &PlacedNode) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }
}

/// A laid-out graph.
#[derive(Debug, Clone, Default)]
pub(crate) struct Drawing {
    /// One box per spec, same order.
    pub nodes: Vec<PlacedNode>,
    /// Edges as (from spec, to spec, type), in the active direction.
    pub edges: Vec<(usize, usize, EdgeType)>,
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Number of connected components.
    pub components: usize,
}

/// Lays out `specs` with `edges` (indices into `specs`, active direction).
pub(crate) fn layout(specs: &[NodeSpec], edges: &[(usize, usize, EdgeType)]) -> Drawing {
    if specs.is_empty() {
        return Drawing::default();
    }
    let labels: Vec<Vec<String>> = specs.iter().map(|spec| wrap_two_lines(&spec.title, MAX_LABEL_WIDTH)).collect();
    let sizes: Vec<(f64, f64)> = specs
        .iter()
        .zip(&labels)
        .map(|(spec, label)| {
            let widest = label.iter().map(|line| text_width(line)).fold(0.0, f64::max);
            // The first line holds the number (11 px) and the status word (11 px) apart.
            let first_line = (text_width(&spec.caption) + text_width(&spec.status_label)) * 0.85 + STATUS_GAP;
            let text = widest.max(first_line);
            ((text + 2.0 * PADDING_X).max(MIN_NODE_WIDTH).ceil(), NODE_HEIGHT)
        })
        .collect();
    // Older documents above newer ones: lay out against the active direction.
    let layout_edges: Vec<(u32, u32)> = edges
        .iter()
        .filter(|(from, to, _)| from != to)
        .map(|(from, to, edge)| match edge {
            EdgeType::RelatesTo | EdgeType::References => (*from as u32, *to as u32),
            _ => (*to as u32, *from as u32),
        })
        .collect();
    let components = components_of(specs.len(), &layout_edges, &sizes);
    let mut nodes: Vec<PlacedNode> = labels
        .into_iter()
        .zip(&sizes)
        .map(|(label, &(width, height))| PlacedNode { x: 0.0, y: 0.0, width, height, label })
        .collect();
    let (width, height) = pack(&components, &mut nodes);
    Drawing { nodes, edges: edges.to_vec(), width, height, components: components.len() }
}

/// One component: member indices with their layer and order within the layer.
struct Component {
    layers: Vec<Vec<usize>>,
}

/// Runs rust-sugiyama on the connected part and turns its coordinates into layers of
/// ordered members; nodes without edges become one-node components without it.
fn components_of(count: usize, edges: &[(u32, u32)], sizes: &[(f64, f64)]) -> Vec<Component> {
    let mut connected = vec![false; count];
    for &(a, b) in edges {
        connected[a as usize] = true;
        connected[b as usize] = true;
    }
    let vertices: Vec<(u32, (f64, f64))> =
        (0..count).filter(|&i| connected[i]).map(|i| (i as u32, (sizes[i].0, sizes[i].1 + LAYER_GAP))).collect();
    let config = rust_sugiyama::configure::Config { vertex_spacing: NODE_GAP, ..Default::default() };
    // The layout crate is young; a panic in it must not take the build down.
    let layouts = std::panic::catch_unwind(|| rust_sugiyama::from_vertices_and_edges(&vertices, edges, &config))
        .unwrap_or_else(|_| vec![((0..vertices.len()).map(|position| (position, (0.0, 0.0))).collect(), 0.0, 0.0)]);
    let mut components: Vec<Component> = layouts
        .into_iter()
        .map(|(placed, _, _)| {
            let mut by_y: BTreeMap<i64, Vec<(f64, usize)>> = BTreeMap::new();
            // rust-sugiyama reports positions in its vertex list, not the ids given to it.
            for (position, (x, y)) in placed {
                let id = vertices.get(position).map_or(position, |&(id, _)| id as usize);
                by_y.entry(y.round() as i64).or_default().push((x, id));
            }
            let layers = by_y
                .into_values()
                .map(|mut row| {
                    row.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                    row.into_iter().map(|(_, id)| id).collect()
                })
                .collect();
            Component { layers }
        })
        .collect();
    components.extend((0..count).filter(|&i| !connected[i]).map(|i| Component { layers: vec![vec![i]] }));
    components.sort_by_key(|c| c.layers.iter().flatten().min().copied().unwrap_or(usize::MAX));
    components
}

/// Places each component's layers as rows of boxes and packs components into rows.
fn pack(components: &[Component], nodes: &mut [PlacedNode]) -> (f64, f64) {
    let (mut cursor_x, mut cursor_y, mut row_height, mut total_width) = (MARGIN, MARGIN, 0.0_f64, 0.0_f64);
    let widest = components.iter().map(|c| component_width(c, nodes)).fold(0.0, f64::max);
    let row_limit = ROW_WIDTH.max(widest + 2.0 * MARGIN);
    for component in components {
        let width = component_width(component, nodes);
        let height = component.layers.len() as f64 * (NODE_HEIGHT + LAYER_GAP) - LAYER_GAP;
        if cursor_x > MARGIN && cursor_x + width > row_limit {
            cursor_x = MARGIN;
            cursor_y += row_height + COMPONENT_GAP;
            row_height = 0.0;
        }
        for (depth, layer) in component.layers.iter().enumerate() {
            let layer_width = layer_width(layer, nodes);
            let mut x = cursor_x + (width - layer_width) / 2.0;
            for &member in layer {
                nodes[member].x = x;
                nodes[member].y = cursor_y + depth as f64 * (NODE_HEIGHT + LAYER_GAP);
                x += nodes[member].width + NODE_GAP;
            }
        }
        cursor_x += width + COMPONENT_GAP;
        row_height = row_height.max(height);
        total_width = total_width.max(cursor_x - COMPONENT_GAP + MARGIN);
    }
    (total_width.ceil(), (cursor_y + row_height + MARGIN).ceil())
}

fn layer_width(layer: &[usize], nodes: &[PlacedNode]) -> f64 {
    layer.iter().map(|&m| nodes[m].width).sum::<f64>() + NODE_GAP * layer.len().saturating_sub(1) as f64
}

fn component_width(component: &Component, nodes: &[PlacedNode]) -> f64 {
    component.layers.iter().map(|layer| layer_width(layer, nodes)).fold(0.0, f64::max)
}

/// Approximate rendered width of `text` at 13 px in a system sans-serif font (measured
/// against DejaVu Sans, the widest common fallback, so labels fit everywhere).
pub(crate) fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 4.2,
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '!' | '|' | '\'' => 3.8,
            'f' | 't' | 'r' | '(' | ')' | '-' => 5.4,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'ы' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ы' | 'м' | 'М' => {
                11.4
            }
            c if c.is_ascii_digit() => 8.3,
            c if c.is_uppercase() => 9.6,
            c if c.is_ascii() => 7.8,
            _ => 8.2,
        })
        .sum()
}

/// Breaks a title into at most two lines of `max_width`, the second ellipsised.
pub(crate) fn wrap_two_lines(text: &str, max_width: f64) -> Vec<String> {
    let text = text.trim();
    if text_width(text) <= max_width {
        return vec![text.to_owned()];
    }
    let mut first = String::new();
    let mut rest = text;
    for (index, word) in text.split(' ').enumerate() {
        let candidate = if first.is_empty() { word.to_owned() } else { format!("{first} {word}") };
        if text_width(&candidate) > max_width {
            if index == 0 {
                return vec![ellipsise(text, max_width)];
            }
            break;
        }
        first = candidate;
        rest = text[first.len()..].trim_start();
    }
    vec![first, ellipsise(rest, max_width)]
}

/// Shortens `text` to fit `max_width`, at a word boundary when one is near, with `…`.
pub(crate) fn ellipsise(text: &str, max_width: f64) -> String {
    let text = text.trim();
    if text_width(text) <= max_width {
        return text.to_owned();
    }
    let budget = max_width - text_width("…");
    let mut width = 0.0;
    let mut cut = 0;
    for (index, ch) in text.char_indices() {
        width += text_width(ch.encode_utf8(&mut [0; 4]));
        if width > budget {
            break;
        }
        cut = index + ch.len_utf8();
    }
    let prefix = &text[..cut];
    let word_cut =
        prefix.rfind(' ').filter(|&space| space * 3 >= prefix.len() * 2).map_or(prefix, |space| &prefix[..space]);
    format!("{}…", word_cut.trim_end_matches([' ', ',', ':', '—', '-']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_wrap_two_lines() {
        use crate::render::layout::{text_width, wrap_two_lines};
        let lines =
            wrap_two_lines("Yandex Managed Service for Apache Kafka для доменных событий заказов и платежей", 200.0);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|line| text_width(line) <= 200.0));
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap_two_lines("Kafka", 200.0), vec!["Kafka"]);
    }

    #[test]
    fn example_ellipsise() {
        use crate::render::layout::{ellipsise, text_width};
        let short = ellipsise("Хранение пользовательских сессий в Redis Sentinel", 150.0);
        assert!(short.ends_with('…') && text_width(&short) <= 150.0);
        assert_eq!(ellipsise("Kafka", 150.0), "Kafka");
    }

    fn spec(title: &str) -> NodeSpec {
        NodeSpec {
            caption: "ADR-0001".into(),
            title: title.into(),
            status: "accepted".into(),
            status_label: "Принято".into(),
            href: "a.html".into(),
            focus: false,
        }
    }

    #[test]
    fn chains_are_layered_and_nothing_overlaps() {
        let specs: Vec<NodeSpec> = (0..12).map(|i| spec(&format!("Решение номер {i} о чём-то важном"))).collect();
        let mut edges = vec![
            (1, 0, EdgeType::Supersedes),
            (2, 1, EdgeType::Supersedes),
            (3, 0, EdgeType::DependsOn),
            (4, 3, EdgeType::DependsOn),
        ];
        edges.extend([(6, 5, EdgeType::Amends), (8, 7, EdgeType::RelatesTo)]);
        let drawing = layout(&specs, &edges);
        assert_eq!(drawing.nodes.len(), 12);
        assert_eq!(drawing.components, 6, "one tree, two pairs, three loners");
        for (i, a) in drawing.nodes.iter().enumerate() {
            for b in &drawing.nodes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
            assert!(a.x >= 0.0 && a.y >= 0.0 && a.x + a.width <= drawing.width && a.y + a.height <= drawing.height);
        }
        assert!(
            drawing.nodes[0].y < drawing.nodes[1].y && drawing.nodes[1].y < drawing.nodes[2].y,
            "predecessors above successors"
        );
    }

    #[test]
    fn isolated_nodes_between_connected_ones_keep_every_edge_pointing_up() {
        let mut edges = Vec::new();
        for n in 1usize..=200 {
            if n % 5 == 2 {
                edges.push((n - 1, n - 2, EdgeType::Supersedes));
            }
            if n > 10 && n % 3 == 0 {
                edges.push((n - 1, (n * 7) % (n - 1), EdgeType::DependsOn));
            }
        }
        let specs: Vec<NodeSpec> = (0..200).map(|i| spec(&format!("Решение {i}"))).collect();
        let drawing = layout(&specs, &edges);
        for (i, node) in drawing.nodes.iter().enumerate() {
            assert!(node.x >= MARGIN && node.y >= MARGIN, "node {i} was placed: {node:?}");
        }
        for &(newer, older, _) in &edges {
            assert!(drawing.nodes[older].y < drawing.nodes[newer].y, "{older} above {newer}");
        }
    }

    #[test]
    fn cycles_and_self_loops_do_not_break_the_layout() {
        let specs: Vec<NodeSpec> = (0..3).map(|i| spec(&format!("N{i}"))).collect();
        let drawing =
            layout(&specs, &[(0, 1, EdgeType::Supersedes), (1, 0, EdgeType::Supersedes), (2, 2, EdgeType::Supersedes)]);
        assert_eq!(drawing.nodes.len(), 3);
        assert!(!drawing.nodes[0].overlaps(&drawing.nodes[1]));
    }
}
