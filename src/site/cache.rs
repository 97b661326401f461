//! The persistent cache of parsed documents: what parsing and converting one Markdown file
//! gives (the document, its HTML body, its findings), stored under the hash of the file's
//! path and text, the settings that shape parsing, and the tpmdocs binary. A rebuild after one
//! edit then parses one file instead of all of them; an entry that is missing or damaged is a
//! miss, and the file is parsed again.

use std::borrow::Cow;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Letters, Page};
use crate::cache::{ContentCache, KeyHasher};
use crate::deliverable::Document;
use crate::diagnostic::Diagnostic;
use crate::markdown::{Converted, Heading, Link, Mention};

/// First bytes of a cached document, with the format's version.
const MAGIC: &[u8] = b"tpmdocs parsed document 2\n";

/// Extension of cached documents.
const EXTENSION: &str = "doc";

/// A folder of parsed documents, for one set of parse settings.
#[derive(Debug, Clone)]
pub(super) struct DocumentCache {
    files: ContentCache,
    /// The key of the binary and the settings, to which each file's path and text are added.
    settings: KeyHasher,
}

/// What is stored of a parsed file besides its HTML, which follows it raw (its text is the
/// key, its page path follows from its id): borrowed from the page when stored, owned when
/// read back.
#[derive(Serialize, Deserialize)]
struct Entry<'p> {
    doc: Cow<'p, Document>,
    headings: Cow<'p, [Heading]>,
    title_anchor: Cow<'p, Option<String>>,
    anchors: Cow<'p, [String]>,
    links: Cow<'p, [Link]>,
    mentions: Cow<'p, [Mention]>,
    diagram_failures: Cow<'p, [(usize, String)]>,
    highlight_failures: Cow<'p, [(usize, String)]>,
    html_failure: Cow<'p, Option<String>>,
    labels: Cow<'p, [(String, String)]>,
    letters: Letters,
    diagnostics: Cow<'p, [Diagnostic]>,
}

impl DocumentCache {
    /// Opens the cache in `dir` for documents parsed with `settings` (everything besides a
    /// file's own path and text that changes what parsing gives); `None` when the folder
    /// cannot be made.
    pub(super) fn open(dir: &Path, settings: &str) -> Option<Self> {
        let files = ContentCache::open(dir, EXTENSION, MAGIC)?;
        Some(Self { files, settings: KeyHasher::for_this_binary().part(settings.as_bytes()) })
    }

    /// The key of the file at `rel_path` with `text`.
    pub(super) fn key(&self, rel_path: &str, text: &str) -> String {
        self.settings.clone().part(rel_path.as_bytes()).part(text.as_bytes()).finish()
    }

    /// The page and findings stored under `key`, with `text` as its source.
    pub(super) fn load(&self, key: &str, text: String) -> Option<(Page, Vec<Diagnostic>)> {
        let bytes = self.files.load(key)?;
        let (length, rest) = bytes.split_at_checked(8)?;
        let (json, html) = rest.split_at_checked(usize::try_from(u64::from_le_bytes(length.try_into().ok()?)).ok()?)?;
        let Entry {
            doc,
            headings,
            title_anchor,
            anchors,
            links,
            mentions,
            diagram_failures,
            highlight_failures,
            html_failure,
            labels,
            letters,
            diagnostics,
        } = serde_json::from_slice(json).ok()?;
        let html = std::str::from_utf8(html).ok()?.into();
        let body = Converted {
            html,
            headings: headings.into_owned(),
            title_anchor: title_anchor.into_owned(),
            anchors: anchors.into_owned(),
            links: links.into_owned(),
            mentions: mentions.into_owned(),
            diagram_failures: diagram_failures.into_owned(),
            highlight_failures: highlight_failures.into_owned(),
            html_failure: html_failure.into_owned(),
            labels: labels.into_owned(),
        };
        let doc = doc.into_owned();
        let path = crate::urls::page_path(&doc.id);
        Some((Page { doc, body, path, source: text, history: None, letters }, diagnostics.into_owned()))
    }

    /// Stores a freshly parsed page and its findings under `key`: the length of the JSON of
    /// everything but the HTML, that JSON, then the HTML as it is (escaping it for JSON and
    /// back would be most of the work of reading an entry).
    pub(super) fn store(&self, key: &str, page: &Page, diagnostics: &[Diagnostic]) {
        let Converted {
            html,
            headings,
            title_anchor,
            anchors,
            links,
            mentions,
            diagram_failures,
            highlight_failures,
            html_failure,
            labels,
        } = &page.body;
        let entry = Entry {
            doc: Cow::Borrowed(&page.doc),
            headings: Cow::Borrowed(headings),
            title_anchor: Cow::Borrowed(title_anchor),
            anchors: Cow::Borrowed(anchors),
            links: Cow::Borrowed(links),
            mentions: Cow::Borrowed(mentions),
            diagram_failures: Cow::Borrowed(diagram_failures),
            highlight_failures: Cow::Borrowed(highlight_failures),
            html_failure: Cow::Borrowed(html_failure),
            labels: Cow::Borrowed(labels),
            letters: page.letters,
            diagnostics: Cow::Borrowed(diagnostics),
        };
        let Ok(json) = serde_json::to_vec(&entry) else { return };
        let mut bytes = Vec::with_capacity(8 + json.len() + html.len());
        bytes.extend_from_slice(&(json.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&json);
        bytes.extend_from_slice(html.as_bytes());
        self.files.store(key, &bytes);
    }

    /// Removes entries other than `keys` (the files just read).
    pub(super) fn keep_only<'k>(&self, keys: impl IntoIterator<Item = &'k str>) {
        self.files.keep_only(keys);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{FileReader, Page};
    use super::*;
    use crate::config::Project;
    use crate::discover::FileRole;

    /// Every Markdown file of the demo and of the test repositories, parsed, stored and read
    /// back: the page and findings are exactly the parsed ones.
    #[test]
    fn every_document_reads_back_exactly_as_parsed() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        let mut checked = 0;
        let fixtures = std::fs::read_dir(root.join("tests/fixtures")).unwrap().map(|entry| entry.unwrap().path());
        for project_dir in std::iter::once(root.to_path_buf()).chain(fixtures).filter(|path| path.is_dir()) {
            let Ok(project) = Project::load(&project_dir) else { continue };
            let reader = FileReader::new(&project, false);
            let cache = DocumentCache::open(dir.path(), &reader.settings).unwrap();
            for file in reader.discover().files.into_iter().filter(|file| file.role == FileRole::Markdown) {
                let Ok(text) = super::super::read_text(&file.abs_path, &file.rel_path) else { continue };
                let (Some(page), found) = reader.parse_guarded(&file, text.clone()) else { continue };
                let key = cache.key(&file.rel_path, &text);
                cache.store(&key, &page, &found);
                let (read, read_found) = cache.load(&key, text).expect("an entry just stored");
                assert_same(&read, &page);
                assert_eq!(read_found, found, "{}", file.rel_path);
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} documents");
    }

    fn assert_same(read: &Page, parsed: &Page) {
        let id = &parsed.doc.id;
        assert_eq!(read.doc, parsed.doc, "{id}");
        assert_eq!(read.body, parsed.body, "{id}");
        assert_eq!((&read.path, &read.source, read.letters), (&parsed.path, &parsed.source, parsed.letters), "{id}");
    }

    #[test]
    fn keys_follow_the_path_the_text_and_the_settings() {
        let dir = tempfile::tempdir().unwrap();
        let cache = DocumentCache::open(dir.path(), "settings A").unwrap();
        let other = DocumentCache::open(dir.path(), "settings B").unwrap();
        let key = cache.key("adr/adr-0001.md", "# ADR-0001\n");
        assert_eq!(key, cache.key("adr/adr-0001.md", "# ADR-0001\n"));
        assert_ne!(key, cache.key("adr/adr-0002.md", "# ADR-0001\n"));
        assert_ne!(key, cache.key("adr/adr-0001.md", "# ADR-0001 \n"));
        assert_ne!(key, other.key("adr/adr-0001.md", "# ADR-0001\n"));
    }
}
