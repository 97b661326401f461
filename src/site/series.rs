//! Decision series that folders number on their own: in a repository where each component
//! keeps its decisions (`automl/ODH-ADR-0001-…`, `autorag/ODH-ADR-0001-…`), every such
//! folder restarts at 1 and is its own series, labelled by the component
//! (`automl:ADR-0001`). A folder that does not restart (`adr/archive/0003-…` beside
//! `adr/0003-…`) is not: its clash is a true duplicate.

use std::collections::{BTreeMap, BTreeSet};

use super::Page;
use crate::deliverable::kind::is_generic_docs_folder;
use crate::deliverable::Kind;

/// A component folder and the name its series is labelled with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Component {
    /// The component's folder (`automl`, `services/billing`), relative to the source folder.
    pub(super) root: String,
    /// Its name (`automl`, `billing`).
    pub(super) name: String,
}

/// Gives the ADRs of every component folder that numbers its own series their component,
/// and returns those components.
pub(super) fn assign_components(pages: &mut [Page]) -> Vec<Component> {
    for page in pages.iter_mut() {
        page.doc.component = None;
    }
    // Numbers by series, then by folder.
    let mut numbers: BTreeMap<Option<String>, BTreeMap<&str, BTreeSet<u32>>> = BTreeMap::new();
    for page in pages.iter() {
        if let (Kind::Adr, Some(number)) = (page.doc.kind, page.doc.number) {
            let folder = page.doc.id.rsplit_once('/').map_or("", |(folder, _)| folder);
            let series = page.doc.series.as_deref().map(str::to_lowercase);
            numbers.entry(series).or_default().entry(folder).or_default().insert(number.value);
        }
    }
    let mut own_series: BTreeMap<String, Component> = BTreeMap::new();
    for folders in numbers.values() {
        for (folder, used) in folders {
            let restarts = used.first().is_some_and(|first| *first <= 1);
            let shared = folders.iter().any(|(other, theirs)| other != folder && !used.is_disjoint(theirs));
            if let (true, true, Some(component)) = (restarts, shared, component_of_folder(folder)) {
                own_series.insert((*folder).to_owned(), component);
            }
        }
    }
    for page in pages.iter_mut().filter(|page| page.doc.kind == Kind::Adr) {
        let folder = page.doc.id.rsplit_once('/').map_or("", |(folder, _)| folder);
        page.doc.component = own_series.get(folder).map(|component| component.name.clone());
    }
    let mut components: Vec<Component> = own_series.into_values().collect();
    components.sort_by(|a, b| a.root.cmp(&b.root));
    components.dedup();
    components
}

/// The component a decisions folder belongs to: its nearest folder that is not merely
/// `docs`/`adr`/`decisions` (`pipelines` for `pipelines/docs/adr`); `None` for a top-level
/// decisions folder.
fn component_of_folder(folder: &str) -> Option<Component> {
    let parts: Vec<&str> = folder.split('/').filter(|part| !part.is_empty()).collect();
    let at = parts.iter().rposition(|part| !is_generic_docs_folder(part))?;
    Some(Component { root: parts[..=at].join("/"), name: parts[at].to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_named_by_their_nearest_own_folder() {
        let name = |folder: &str| component_of_folder(folder).map(|c| (c.root, c.name));
        assert_eq!(name("automl"), Some(("automl".to_owned(), "automl".to_owned())));
        assert_eq!(name("pipelines/docs/adr"), Some(("pipelines".to_owned(), "pipelines".to_owned())));
        assert_eq!(name("docs/architecture/decisions"), None);
        assert_eq!(name(""), None);
    }
}
