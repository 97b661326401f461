//! Document pages of the last build that can be kept as they are: a page is rendered again
//! only when something it could show changed.
//!
//! A document's page shows its own document and, of the others, only what the site as a whole
//! says about them: titles, numbers, statuses, dates, paths, relations and links (its
//! neighbours, backlinks and navigation counts). So each page gets a key made of two parts:
//! the **site key** (the tpmdocs binary, how documents are parsed, the theme, the
//! configuration, the day, and every document's metadata and relations; body text excluded)
//! and the page's **own key** (its source text, its path and its git history). After an edit to one
//! document's body only its page is rendered again; an edit to a title, status or relation
//! changes the site key, and every page is rendered again.
//!
//! The pages are kept in the build directory itself: a manifest in the build cache records,
//! for each page written, its key and the size and modification time of the file. A page whose
//! key matches, and whose file is still the one written (same size and time), is linked (or
//! copied) from the old site into the new one instead of being rendered. Anything else — no
//! manifest, another build directory, a file changed or removed since — is rendered.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use crate::cache::{ContentCache, KeyHasher};
use crate::config::Project;
use crate::deliverable::date::Date;
use crate::graph::KnowledgeGraph;
use crate::output::Staging;
use crate::site::Site;

use crate::render::theme::Theme;

/// First bytes of the manifest, with the format's version.
const MAGIC: &[u8] = b"tpmdocs page manifest 1\n";

/// The manifest's name in its cache folder (`pages.manifest`).
const MANIFEST: &str = "pages";

/// What was recorded of one written page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Written {
    key: String,
    /// Size and modification time (nanoseconds since the epoch) of the file.
    stamp: (u64, u128),
}

/// The pages of the last build, and those of this one as they are written.
#[derive(Debug)]
pub(crate) struct PageReuse {
    files: ContentCache,
    build_dir: PathBuf,
    site_key: KeyHasher,
    previous: HashMap<String, Written>,
    written: Mutex<Vec<(String, Written)>>,
}

impl PageReuse {
    /// Opens the manifest of the last build into `project.build_dir`, for `site` as it is
    /// now; `None` when the build cache cannot be used.
    pub(crate) fn open(
        project: &Project,
        site: &Site,
        graph: &KnowledgeGraph,
        theme: &Theme,
        as_of: Date,
    ) -> Option<Self> {
        let files = ContentCache::open(&project.cache_dir("pages")?, "manifest", MAGIC)?;
        let build_dir = project.build_dir.clone();
        let previous = files.load(MANIFEST).map(|bytes| parse_manifest(&bytes, &build_dir)).unwrap_or_default();
        let site_key = site_key(project, site, graph, theme, as_of);
        Some(Self { files, build_dir, site_key, previous, written: Mutex::default() })
    }

    /// The key of the page of document `index` at `path`.
    pub(crate) fn key(&self, site: &Site, index: usize, path: &str) -> String {
        let page = &site.pages[index];
        self.site_key
            .clone()
            .part(page.doc.id.as_bytes())
            .part(page.source.as_bytes())
            .part(path.as_bytes())
            .part(format!("{:?}", page.history).as_bytes())
            .finish()
    }

    /// The key of a page at `path` that shows only what the site key covers (the decision
    /// graph, the search page, the 404 page).
    pub(crate) fn site_page_key(&self, path: &str) -> String {
        self.site_key.clone().part(b"site page").part(path.as_bytes()).finish()
    }

    /// Puts the last build's page at `path` into `staging` when it was written with `key` and
    /// is untouched since; false when the page must be rendered.
    pub(crate) fn keep(&self, staging: &Staging, path: &str, key: &str) -> bool {
        let Some(previous) = self.previous.get(path).filter(|previous| previous.key == key) else { return false };
        let old = self.build_dir.join(path);
        if stamp(&old) != Some(previous.stamp) || staging.link(&old, path).is_err() {
            return false;
        }
        self.record(staging, path, key);
        true
    }

    /// Records the page just written at `path` with `key`.
    pub(crate) fn record(&self, staging: &Staging, path: &str, key: &str) {
        if path.contains(['\n', '\r']) {
            return; // the manifest has a line per page: such a page is rendered every time
        }
        let Ok(file) = staging.path_of(path) else { return };
        if let Some(stamp) = stamp(&file) {
            let written = Written { key: key.to_owned(), stamp };
            self.written.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push((path.to_owned(), written));
        }
    }

    /// Saves what this build wrote, once its site is in place (moving the folder keeps each
    /// file's size and time).
    pub(crate) fn save(self) {
        let written = self.written.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
        self.files.store(MANIFEST, &manifest(&self.build_dir, written));
    }
}

/// Everything besides a document itself that its page can show (see the module docs).
fn site_key(project: &Project, site: &Site, graph: &KnowledgeGraph, theme: &Theme, as_of: Date) -> KeyHasher {
    let mut key = KeyHasher::for_this_binary()
        .part(site.parse_settings().as_bytes())
        .part(format!("{:?}", project.config).as_bytes())
        .part(format!("{:?} {as_of}", project.theme_dir).as_bytes());
    for name in Theme::template_names() {
        key = key.part(name.as_bytes()).part(theme.template(name).unwrap_or_default().as_bytes());
    }
    key = key.part(format!("{:?}", theme.strings(project.config.book.language.code())).as_bytes());
    for (index, page) in site.pages.iter().enumerate() {
        let document = serde_json::to_vec(&page.doc).unwrap_or_default();
        let edges = format!(
            "{:?} {:?} {:?} {:?}",
            graph.outgoing(index),
            graph.incoming(index),
            graph.successors(index),
            graph.links(index)
        );
        key = key.part(page.path.as_bytes()).part(&document).part(edges.as_bytes());
    }
    key
}

/// Size and modification time of the file at `path`.
fn stamp(path: &Path) -> Option<(u64, u128)> {
    let metadata = std::fs::metadata(path).ok()?;
    let modified = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((metadata.len(), modified.as_nanos()))
}

/// The build directory on the first line, then `key size time path` per page.
fn manifest(build_dir: &Path, mut written: Vec<(String, Written)>) -> Vec<u8> {
    written.sort();
    let mut out = Vec::with_capacity(written.len() * 96);
    let _ = writeln!(out, "{}", build_dir.display());
    for (path, Written { key, stamp: (size, time) }) in &written {
        let _ = writeln!(out, "{key} {size} {time} {path}");
    }
    out
}

/// The pages a manifest records, when it is about `build_dir`; nothing otherwise.
fn parse_manifest(bytes: &[u8], build_dir: &Path) -> HashMap<String, Written> {
    let Ok(text) = std::str::from_utf8(bytes) else { return HashMap::new() };
    let mut lines = text.lines();
    if lines.next() != Some(build_dir.display().to_string().as_str()) {
        return HashMap::new();
    }
    lines
        .filter_map(|line| {
            let mut parts = line.splitn(4, ' ');
            let key = parts.next()?.to_owned();
            let size = parts.next()?.parse().ok()?;
            let time = parts.next()?.parse().ok()?;
            let path = parts.next()?.to_owned();
            Some((path, Written { key, stamp: (size, time) }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_for_its_own_build_directory_only() {
        let written = vec![
            ("adr/adr-0001-x.html".to_owned(), Written { key: "k1".into(), stamp: (10, 20) }),
            ("папка/с пробелом.html".to_owned(), Written { key: "k2".into(), stamp: (0, 1) }),
        ];
        let bytes = manifest(Path::new("/site/book"), written.clone());
        let read = parse_manifest(&bytes, Path::new("/site/book"));
        assert_eq!(read.len(), 2);
        for (path, page) in written {
            assert_eq!(read[&path], page);
        }
        assert!(parse_manifest(&bytes, Path::new("/elsewhere/book")).is_empty());
        assert!(parse_manifest(b"\xff\xfe", Path::new("/site/book")).is_empty());
        assert_eq!(parse_manifest(b"/site/book\nbroken line\n", Path::new("/site/book")).len(), 0);
    }
}
