//! A small SVG writer for laid-out decision graphs: boxes that are links, coloured by status
//! through CSS classes (so the page's light and dark themes both apply) and labelled with the
//! status in words, edges styled per relation type. The drawing is a named group of links,
//! one focusable, named link per box; the relations in words come beside it
//! ([`relations_list`]). No JavaScript.

use std::fmt::Write as _;

use super::layout::{Drawing, NodeSpec, PlacedNode};
use crate::text::escape_html as escape;

/// Writes `drawing` of `specs` as an inline `<svg>` element.
pub(crate) fn write(specs: &[NodeSpec], drawing: &Drawing, aria_label: &str) -> String {
    let (width, height) = (drawing.width, drawing.height);
    let mut svg = String::with_capacity(512 + specs.len() * 400);
    let _ = write!(
        svg,
        r#"<svg class="dg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" aria-label="{}">"#,
        escape(aria_label)
    );
    svg.push_str(r#"<defs><marker id="dg-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="dg-arrowhead"/></marker></defs>"#);
    svg.push_str(r#"<g class="dg-edges">"#);
    for &(from, to, edge) in &drawing.edges {
        if from == to {
            continue;
        }
        let (a, b) = (&drawing.nodes[from], &drawing.nodes[to]);
        let marker = if edge == crate::graph::EdgeType::RelatesTo { "" } else { r#" marker-end="url(#dg-arrow)""# };
        let _ = write!(
            svg,
            r#"<path class="dg-edge dg-edge-{}" d="{}"{marker}><title>{}</title></path>"#,
            edge.id(),
            edge_path(a, b),
            edge.id()
        );
    }
    svg.push_str("</g><g class=\"dg-nodes\">");
    for (spec, node) in specs.iter().zip(&drawing.nodes) {
        let focus = if spec.focus { " dg-focus" } else { "" };
        let (x, y, w, h) = (node.x, node.y, node.width, node.height);
        let text_x = x + 12.0;
        let _ = write!(
            svg,
            r#"<a href="{href}" class="dg-node{focus} status-{status}"><title>{caption}: {title} ({status_label})</title><rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" aria-hidden="true"/><text x="{text_x}" y="{cy}" class="dg-number" aria-hidden="true">{caption}</text><text x="{status_x}" y="{cy}" class="dg-status" text-anchor="end" aria-hidden="true">{status_label}</text>"#,
            href = escape(&spec.href),
            status = escape(&spec.status),
            status_label = escape(&spec.status_label),
            caption = escape(&spec.caption),
            title = escape(&spec.title),
            cy = y + 18.0,
            status_x = x + w - 12.0,
        );
        for (line_index, line) in node.label.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<text x="{text_x}" y="{}" class="dg-label" aria-hidden="true">{}</text>"#,
                y + 36.0 + 16.0 * line_index as f64,
                escape(line)
            );
        }
        svg.push_str("</a>");
    }
    svg.push_str("</g></svg>");
    svg
}

/// The drawn relations in words, for readers who do not see the drawing: a visually hidden
/// list, one sentence per edge ("ADR-0005 «…» заменяет ADR-0002 «…»"). `verb` names a
/// relation in the page's language; `heading` introduces the list.
pub(crate) fn relations_list(
    specs: &[NodeSpec],
    edges: &[(usize, usize, crate::graph::EdgeType)],
    heading: &str,
    verb: impl Fn(crate::graph::EdgeType) -> String,
) -> String {
    if edges.iter().all(|(from, to, _)| from == to) {
        return String::new();
    }
    let name = |spec: &NodeSpec| format!("{} «{}» ({})", spec.caption, spec.title, spec.status_label);
    let mut list = format!(r#"<div class="visually-hidden"><p>{}</p><ul>"#, escape(heading));
    for &(from, to, edge) in edges {
        let (Some(a), Some(b)) = (specs.get(from), specs.get(to)) else { continue };
        if from != to {
            let _ = write!(list, "<li>{} {} {}</li>", escape(&name(a)), escape(&verb(edge)), escape(&name(b)));
        }
    }
    list.push_str("</ul></div>");
    list
}

/// A smooth curve between the facing sides of two boxes.
fn edge_path(a: &PlacedNode, b: &PlacedNode) -> String {
    let (ax, ay) = (a.x + a.width / 2.0, a.y + a.height / 2.0);
    let (bx, by) = (b.x + b.width / 2.0, b.y + b.height / 2.0);
    if (ay - by).abs() < 1.0 {
        // Same layer: leave from the facing sides, bow upwards.
        let (sx, ex) = if ax < bx { (a.x + a.width, b.x) } else { (a.x, b.x + b.width) };
        let lift = a.y - 18.0;
        return format!("M{sx:.1},{ay:.1} C{sx:.1},{lift:.1} {ex:.1},{lift:.1} {ex:.1},{by:.1}");
    }
    let (sy, ey) = if ay < by { (a.y + a.height, b.y) } else { (a.y, b.y + b.height) };
    let mid = (sy + ey) / 2.0;
    format!("M{ax:.1},{sy:.1} C{ax:.1},{mid:.1} {bx:.1},{mid:.1} {bx:.1},{ey:.1}")
}

#[cfg(test)]
mod tests {
    use super::super::layout::layout;
    use super::*;
    use crate::graph::EdgeType;

    #[test]
    fn every_node_is_a_link_and_text_is_escaped() {
        let specs = vec![
            NodeSpec {
                caption: "ADR-0001".into(),
                title: "Выбор <брокера> & «очереди»".into(),
                status: "accepted".into(),
                status_label: "Принято".into(),
                href: "adr/a.html".into(),
                focus: true,
            },
            NodeSpec {
                caption: "ADR-0002".into(),
                title: "Kafka".into(),
                status: "superseded".into(),
                status_label: "Заменено".into(),
                href: "adr/b.html".into(),
                focus: false,
            },
        ];
        let drawing = layout(&specs, &[(0, 1, EdgeType::Supersedes)]);
        let svg = write(&specs, &drawing, "Граф решений");
        assert_eq!(svg.matches("<a href=").count(), 2);
        assert!(svg.contains("&lt;брокера&gt; &amp;"));
        assert!(svg.contains("dg-node dg-focus status-accepted"));
        assert!(svg.contains("dg-edge dg-edge-supersedes"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="group" aria-label="Граф решений""#), "links may sit in a group, not an image");
        assert!(svg.contains(r#"<title>ADR-0002: Kafka (Заменено)</title>"#), "one name per link, status in words");
        assert!(svg.contains(r#"class="dg-status" text-anchor="end" aria-hidden="true">Заменено</text>"#));
        let list = relations_list(&specs, &drawing.edges, "Связи:", |_| "заменяет".to_owned());
        assert!(list.contains("<li>ADR-0001 «Выбор &lt;брокера&gt; &amp; «очереди»» (Принято) заменяет ADR-0002 «Kafka» (Заменено)</li>"), "{list}");
    }
}
