//! ADR numbers across the site: which ADR a number means from a given page, which numbers
//! are used twice, and the series that folders number on their own — in a repository where
//! each component keeps its decisions (`automl/ODH-ADR-0001-…`, `autorag/ODH-ADR-0001-…`),
//! every such folder restarts at 1 and is its own series, labelled by the component
//! (`automl:ADR-0001`). A folder that does not restart (`adr/archive/0003-…` beside
//! `adr/0003-…`) is not: its clash is a true duplicate.

use std::collections::{BTreeMap, BTreeSet};

use super::{Page, Site};
use crate::deliverable::adr_id::SeriesRef;
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
        if let (Kind::Adr, Some(number)) = (page.doc.kind(), page.doc.adr_number()) {
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
            // An older version's or a translation's copy of the docs keeps the numbers of the
            // records it copies, wherever it starts.
            if let (true, Some(component)) = (shared, docs_copy(folder)) {
                own_series.insert((*folder).to_owned(), component);
            } else if let (true, true, Some(component)) = (restarts, shared, component_of_folder(folder)) {
                own_series.insert((*folder).to_owned(), component);
            }
        }
    }
    for page in pages.iter_mut().filter(|page| page.doc.kind() == Kind::Adr) {
        let folder = page.doc.id.rsplit_once('/').map_or("", |(folder, _)| folder);
        page.doc.component = own_series.get(folder).map(|component| component.name.clone());
    }
    let mut components: Vec<Component> = own_series.into_values().collect();
    components.sort_by(|a, b| a.root.cmp(&b.root));
    components.dedup();
    components
}

impl Site {
    /// True when some decision record here is named by a code with these letters (`DR`,
    /// `АК`): a code of theirs that none has is a slip, not another tracker's key.
    pub fn has_code_series(&self, letters: &str) -> bool {
        self.code_series.contains(letters)
    }

    /// The ADRs with this number, in every series.
    pub fn adrs_numbered(&self, number: u32) -> &[usize] {
        self.by_number.get(&number).map_or(&[], Vec::as_slice)
    }

    /// The ADR a reference from page `from` means: `ADR-Operator-7` the one in that series;
    /// `ODH-ADR-7` the one without a series; a plain `ADR-7` the one in `from`'s own series,
    /// else the one without a series, else the first with that number. Among several, the one
    /// in `from`'s own component first, then one outside any component.
    pub fn resolve_adr(&self, from: usize, number: u32, series: &SeriesRef) -> Option<usize> {
        let candidates = self.adrs_numbered(number);
        let series_of = |page: usize| self.pages[page].doc.series.as_deref();
        let own_component = self.component_of(from);
        let nearness = |page: usize| match self.pages[page].doc.component.as_deref() {
            component if component == own_component => 0,
            None => 1,
            Some(_) => 2,
        };
        let in_series = |wanted: Option<&str>| {
            candidates
                .iter()
                .copied()
                .filter(|&page| series_of(page).map(str::to_lowercase) == wanted.map(str::to_lowercase))
                .min_by_key(|&page| nearness(page))
        };
        match series {
            SeriesRef::Code(letters) => self.by_code.get(&(letters.clone(), number)).copied(),
            SeriesRef::Article(prefix) => self.page_with_id(&format!("{prefix}-{number}")),
            SeriesRef::Named(name) => in_series(Some(name)),
            SeriesRef::Unnamed => in_series(None),
            SeriesRef::Own | SeriesRef::Worded => in_series(series_of(from))
                .or_else(|| in_series(None))
                .or_else(|| candidates.iter().copied().min_by_key(|&page| nearness(page))),
        }
    }

    /// The component page `page` belongs to: its own, or that of the component folder it is in.
    fn component_of(&self, page: usize) -> Option<&str> {
        let doc = &self.pages[page].doc;
        doc.component.as_deref().or_else(|| {
            self.components
                .iter()
                .filter(|component| doc.id.strip_prefix(&component.root).is_some_and(|rest| rest.starts_with('/')))
                .max_by_key(|component| component.root.len())
                .map(|component| component.name.as_str())
        })
    }

    /// Every ADR number used by more than one ADR of the same series (and component), with
    /// those pages.
    pub fn duplicate_numbers(&self) -> Vec<(u32, Vec<usize>)> {
        let mut duplicates = Vec::new();
        for (&number, pages) in &self.by_number {
            let mut by_series: BTreeMap<(Option<&str>, Option<String>), Vec<usize>> = BTreeMap::new();
            for &page in pages {
                let doc = &self.pages[page].doc;
                let series = doc.series.as_deref().map(str::to_lowercase);
                by_series.entry((doc.component.as_deref(), series)).or_default().push(page);
            }
            duplicates.extend(by_series.into_values().filter(|same| same.len() > 1).map(|same| (number, same)));
        }
        duplicates
    }
}

/// The copy of the docs a folder is in, as Docusaurus keeps them: an older version's
/// (`versioned_docs/version-2025.2/…`, labelled `2025.2`) or a translation's
/// (`i18n/en/docusaurus-plugin-content-docs/current/…`, labelled `en`, or `en 2025.2`).
fn docs_copy(folder: &str) -> Option<Component> {
    let parts: Vec<&str> = folder.split('/').collect();
    let at = parts.iter().position(|part| *part == "versioned_docs" || *part == "i18n")?;
    let (root_len, name) = if parts[at] == "versioned_docs" {
        (at + 2, parts.get(at + 1)?.strip_prefix("version-")?.to_owned())
    } else {
        let locale = parts.get(at + 1)?;
        let plugin = parts.get(at + 2)?;
        let version = parts.get(at + 3)?;
        if !plugin.starts_with("docusaurus-plugin-content-") {
            return None;
        }
        let name = match version.strip_prefix("version-") {
            Some(version) => format!("{locale} {version}"),
            None => (*locale).to_owned(),
        };
        (at + 4, name)
    };
    (parts.len() >= root_len).then(|| Component { root: parts[..root_len].join("/"), name })
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
    use crate::config::{Config, ParsedConfig, Project};
    use crate::site::LoadOptions;

    fn site(files: &[&str]) -> Site {
        let project = Project::resolve(
            std::path::Path::new("/nonexistent/project"),
            ParsedConfig { config: Config::default(), warnings: Vec::new() },
        );
        let sources: Vec<(String, String)> =
            files.iter().map(|id| (id.to_string(), "# X\n\n- Status: accepted\n".to_owned())).collect();
        Site::from_sources(
            &project,
            &sources,
            LoadOptions::analyse(crate::deliverable::date::Date::new(2026, 12, 1).unwrap()),
        )
    }

    fn labels(site: &Site) -> Vec<(String, String)> {
        site.pages.iter().map(|page| (page.doc.id.clone(), page.doc.number_label().unwrap_or_default())).collect()
    }

    #[test]
    fn folders_that_restart_their_numbering_are_their_own_series() {
        let site = site(&[
            "automl/ODH-ADR-0001-a.md",
            "automl/ODH-ADR-0002-b.md",
            "autorag/ODH-ADR-0001-c.md",
            "autorag/ODH-ADR-0002-d.md",
            "autorag/ODH-ADR-0002-e.md",
            "pipelines/docs/adr/0001-f.md",
        ]);
        assert_eq!(
            labels(&site),
            vec![
                ("automl/ODH-ADR-0001-a.md".to_owned(), "automl:ADR-0001".to_owned()),
                ("automl/ODH-ADR-0002-b.md".to_owned(), "automl:ADR-0002".to_owned()),
                ("autorag/ODH-ADR-0001-c.md".to_owned(), "autorag:ADR-0001".to_owned()),
                ("autorag/ODH-ADR-0002-d.md".to_owned(), "autorag:ADR-0002".to_owned()),
                ("autorag/ODH-ADR-0002-e.md".to_owned(), "autorag:ADR-0002".to_owned()),
                ("pipelines/docs/adr/0001-f.md".to_owned(), "pipelines:ADR-0001".to_owned()),
            ]
        );
        let duplicates: Vec<Vec<&str>> = site
            .duplicate_numbers()
            .into_iter()
            .map(|(_, pages)| pages.into_iter().map(|page| site.pages[page].doc.id.as_str()).collect())
            .collect();
        assert_eq!(
            duplicates,
            vec![vec!["autorag/ODH-ADR-0002-d.md", "autorag/ODH-ADR-0002-e.md"]],
            "one true duplicate"
        );
        let from = site.index_of("automl/ODH-ADR-0002-b.md").unwrap();
        assert_eq!(
            site.resolve_adr(from, 1, &SeriesRef::Own),
            site.index_of("automl/ODH-ADR-0001-a.md"),
            "its own component's"
        );
    }

    #[test]
    fn one_series_stays_one_and_an_archived_clash_is_a_duplicate() {
        let single = site(&["docs/adr/0001-a.md", "docs/adr/0002-b.md"]);
        assert_eq!(labels(&single)[0].1, "ADR-0001", "one folder: no component");
        let archived = site(&["adr/0001-a.md", "adr/0003-b.md", "adr/archive/0003-c.md"]);
        assert!(archived.pages.iter().all(|page| page.doc.component.is_none()), "the archive does not restart at 1");
        assert_eq!(archived.duplicate_numbers().len(), 1);
        let top_level = site(&["docs/decisions/0001-a.md", "services/billing/adr/0001-b.md"]);
        assert_eq!(
            labels(&top_level),
            vec![
                ("docs/decisions/0001-a.md".to_owned(), "ADR-0001".to_owned()),
                ("services/billing/adr/0001-b.md".to_owned(), "billing:ADR-0001".to_owned()),
            ],
            "a top-level decisions folder keeps the plain labels"
        );
        assert!(top_level.duplicate_numbers().is_empty());
    }

    #[test]
    fn a_docusaurus_version_s_or_translation_s_copy_keeps_the_numbers_it_copies() {
        let site = site(&[
            "docs/decisions/001-a.md",
            "docs/decisions/002-b.md",
            "versioned_docs/version-2025.2/decisions/002-b.md",
            "i18n/en/docusaurus-plugin-content-docs/current/decisions/002-b.md",
        ]);
        assert!(site.duplicate_numbers().is_empty(), "copies, not clashes");
        let labelled = labels(&site);
        assert!(
            labelled.contains(&(
                "versioned_docs/version-2025.2/decisions/002-b.md".to_owned(),
                "2025.2:ADR-002".to_owned()
            )),
            "{labelled:?}"
        );
        let old = site.index_of("versioned_docs/version-2025.2/decisions/002-b.md").unwrap();
        assert_eq!(site.resolve_adr(old, 2, &SeriesRef::Own), Some(old), "its own version's record");
        let name = |folder: &str| docs_copy(folder).map(|c| (c.root, c.name));
        assert_eq!(
            name("i18n/en/docusaurus-plugin-content-docs/version-2025.2/adr"),
            Some(("i18n/en/docusaurus-plugin-content-docs/version-2025.2".to_owned(), "en 2025.2".to_owned()))
        );
        assert_eq!(name("i18n/en/code"), None, "no docs copy");
    }

    #[test]
    fn components_are_named_by_their_nearest_own_folder() {
        let name = |folder: &str| component_of_folder(folder).map(|c| (c.root, c.name));
        assert_eq!(name("automl"), Some(("automl".to_owned(), "automl".to_owned())));
        assert_eq!(name("pipelines/docs/adr"), Some(("pipelines".to_owned(), "pipelines".to_owned())));
        assert_eq!(name("docs/architecture/decisions"), None);
        assert_eq!(name(""), None);
    }
}
