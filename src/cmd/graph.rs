//! `tpmdocs graph`: the knowledge graph as JSON, DOT or Mermaid, whole or narrowed to one
//! document's impact or supersession chain.

use std::io::Write;
use std::path::Path;

use tpmdocs::build::{LoadOptions, Loaded};
use tpmdocs::deliverable::date::Date;
use tpmdocs::graph::export::{self, Selection};

use super::terminal::{print_some_diagnostics, Shown};
use super::{load, outcome_of, Outcome};
use crate::cli::{GraphFormat, GraphKind};

/// `--impact ID` or `--chain ID`.
#[derive(Debug, Default)]
pub struct Focus {
    /// Keep ID and what a change to it may affect.
    pub impact: Option<String>,
    /// Keep the supersession chain from ID to the decision in force.
    pub chain: Option<String>,
}

/// Prints the graph of the project in `dir`.
pub fn run(
    dir: &Path,
    format: GraphFormat,
    kind: Option<GraphKind>,
    focus: Focus,
    today: Date,
) -> anyhow::Result<Outcome> {
    let loaded = load(dir, LoadOptions::analyse(today))?;
    print_some_diagnostics(&loaded, &loaded.diagnostics, Shown::FirstOfEachCode);
    let mut selection = match (kind, format) {
        (Some(GraphKind::Adr), _) | (None, GraphFormat::Dot | GraphFormat::Mermaid) => Selection::adrs(),
        (Some(GraphKind::All), _) | (None, GraphFormat::Json) => Selection::all(),
    };
    if let Some(id) = focus.impact.as_deref().or(focus.chain.as_deref()) {
        let page = find_page(&loaded, id)?;
        let pages = if focus.impact.is_some() { loaded.graph.impact(page) } else { loaded.graph.chain(page) };
        selection.only = Some(pages.into_iter().collect());
        if kind.is_none() {
            selection.adr_only = false;
        }
    }
    let text = match format {
        GraphFormat::Json => {
            serde_json::to_string_pretty(&export::to_json(&loaded.site, &loaded.graph, &selection))? + "\n"
        }
        GraphFormat::Dot => export::to_dot(&loaded.site, &loaded.graph, &selection),
        GraphFormat::Mermaid => export::to_mermaid(&loaded.site, &loaded.graph, &selection),
    };
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(outcome_of(&loaded.diagnostics))
}

/// The document `wanted` names: a source id, a path from the working directory, an ADR
/// number or a title.
fn find_page(loaded: &Loaded, wanted: &str) -> anyhow::Result<usize> {
    let site = &loaded.site;
    let from_here = std::env::current_dir().unwrap_or_default().join(wanted);
    let source_id = from_here.canonicalize().ok().and_then(|path| {
        let source_dir = loaded.project.source_dir.canonicalize().ok()?;
        Some(path.strip_prefix(source_dir).ok()?.to_string_lossy().replace('\\', "/"))
    });
    site.index_of(wanted)
        .or_else(|| source_id.and_then(|id| site.index_of(&id)))
        .or_else(|| site.find(wanted))
        .ok_or_else(|| anyhow::anyhow!("no document matches `{wanted}` (give a path, ADR-N or a title)"))
}
