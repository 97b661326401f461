//! The persistent cache of parsed documents: what parsing and converting one Markdown file
//! gives (the document, its HTML body, its findings), stored under the hash of the file's
//! path and text, the settings that shape parsing, and the tpmdocs binary. A rebuild after one
//! edit then parses one file instead of all of them; an entry that is missing or damaged is a
//! miss, and the file is parsed again.

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
/// key, its page path follows from its id).
#[derive(Serialize)]
struct Entry<'p> {
    doc: &'p Document,
    headings: &'p [Heading],
    links: &'p [Link],
    mentions: &'p [Mention],
    diagram_failures: &'p [(usize, String)],
    highlight_failures: &'p [(usize, String)],
    html_failure: &'p Option<String>,
    letters: Letters,
    diagnostics: &'p [Diagnostic],
}

/// [`Entry`], read back.
#[derive(Deserialize)]
struct StoredEntry {
    doc: Document,
    headings: Vec<Heading>,
    links: Vec<Link>,
    mentions: Vec<Mention>,
    diagram_failures: Vec<(usize, String)>,
    highlight_failures: Vec<(usize, String)>,
    html_failure: Option<String>,
    letters: Letters,
    diagnostics: Vec<Diagnostic>,
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
        let stored: StoredEntry = serde_json::from_slice(json).ok()?;
        let StoredEntry {
            doc,
            headings,
            links,
            mentions,
            diagram_failures,
            highlight_failures,
            html_failure,
            letters,
            diagnostics,
        } = stored;
        let html = std::str::from_utf8(html).ok()?.into();
        let body = Converted { html, headings, links, mentions, diagram_failures, highlight_failures, html_failure };
        let path = crate::urls::page_path(&doc.id);
        Some((Page { doc, body, path, source: text, history: None, letters }, diagnostics))
    }

    /// Stores a freshly parsed page and its findings under `key`: the length of the JSON of
    /// everything but the HTML, that JSON, then the HTML as it is (escaping it for JSON and
    /// back would be most of the work of reading an entry).
    pub(super) fn store(&self, key: &str, page: &Page, diagnostics: &[Diagnostic]) {
        let Converted { html, headings, links, mentions, diagram_failures, highlight_failures, html_failure } =
            &page.body;
        let entry = Entry {
            doc: &page.doc,
            headings,
            links,
            mentions,
            diagram_failures,
            highlight_failures,
            html_failure,
            letters: page.letters,
            diagnostics,
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
