//! The full-text search index, built with the `pagefind` crate as a library so the browser
//! stems Russian queries with the same Snowball stemmer that built the index and downloads
//! only the index chunks a query needs.
//!
//! Only document pages are indexed (not the home page, kind indices or the graph). For each
//! we hand Pagefind a small synthetic page: the title (weighted above the body), the body
//! with its heading ids (for sub-results per heading), and the kind, status, date and
//! number as filters and metadata. Feeding the indexer runs on its own thread while pages
//! are rendered, through a bounded channel, so memory stays flat on large sites.

use std::collections::BTreeMap;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::progress::Progress;
use crate::text::escape_html as escape;

/// Folder of the search bundle inside the site.
pub(crate) const BUNDLE_DIR: &str = "pagefind";

/// What the indexer gets for one document page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPage {
    /// Site-relative page path (`adr/adr-0005-kafka.html`).
    pub path: String,
    /// Title.
    pub title: String,
    /// Body HTML with heading ids (shared with the site, not copied).
    pub body_html: std::sync::Arc<str>,
    /// Filters: (name, value) such as ("kind", "ADR"), ("status", "Принято").
    pub filters: Vec<(String, String)>,
    /// Metadata shown with results: (key, value).
    pub meta: Vec<(String, String)>,
}

impl SearchPage {
    /// The synthetic HTML Pagefind indexes for this page.
    pub fn to_html(&self, language: &str) -> String {
        let mut html = format!(
            "<!doctype html><html lang=\"{language}\"><head><title>{title}</title></head><body><main data-pagefind-body>",
            title = escape(&self.title)
        );
        html.push_str(&format!(
            "<h1 data-pagefind-weight=\"10\" data-pagefind-meta=\"title\">{}</h1>",
            escape(&self.title)
        ));
        for (name, value) in &self.filters {
            html.push_str(&format!(
                "<span data-pagefind-filter=\"{}:{}\"></span>",
                filter_text(name),
                filter_text(&value.replace(',', " "))
            ));
        }
        for (key, value) in &self.meta {
            html.push_str(&format!(
                "<span data-pagefind-meta=\"{}:{}\"></span>",
                escape(key),
                escape(&value.replace(',', " "))
            ));
        }
        html.push_str(&self.body_html);
        html.push_str("</main></body></html>");
        html
    }
}

/// A filter name or value for a `data-pagefind-filter` attribute. Pagefind decodes entities
/// in attribute values twice (its HTML parser, then its own normalisation), and Pagefind UI
/// shows filters as HTML, not as text. So the value is escaped three times: what reaches the
/// browser is still escaped once, and `<img onerror=…>` in a status stays text.
fn filter_text(text: &str) -> String {
    escape(&escape(&escape(text))).into_owned()
}

/// Why the index could not be built.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Pagefind failed.
    #[error("search index: {0}")]
    Pagefind(String),
}

/// A file of the search bundle: path inside the site and contents.
pub(crate) type BundleFile = (String, Vec<u8>);

/// One message to the indexer: a job's sequence number and its page, if it has one.
type Numbered = (usize, Option<SearchPage>);

/// An indexer running on its own thread; send pages, then [`Indexer::finish`].
///
/// Pages arrive from parallel renderers in any order, but Pagefind numbers pages in the
/// order they are added and that numbering is in the bundle. So every job sends its sequence
/// number (0, 1, 2, … without gaps, `None` for a job without a search page) and pages are
/// added in that order: the same sources always give a byte-identical bundle.
#[derive(Debug)]
pub(crate) struct Indexer {
    sender: SyncSender<Numbered>,
    worker: JoinHandle<Result<Vec<BundleFile>, SearchError>>,
}

/// A handle for sending pages to an [`Indexer`] from any thread.
#[derive(Debug, Clone)]
pub(crate) struct IndexSender(SyncSender<Numbered>);

impl IndexSender {
    /// Sends job `sequence`'s page (or `None`, so later pages need not wait for it). False
    /// when the indexer has stopped, which [`Indexer::finish`] explains.
    pub(crate) fn send(&self, sequence: usize, page: Option<SearchPage>) -> bool {
        self.0.send((sequence, page)).is_ok()
    }
}

impl Indexer {
    /// Starts an indexer for a site in `language` (`ru`, `en`), counting the pages it has
    /// taken in `progress`.
    pub(crate) fn start(language: &str, progress: Arc<Progress>) -> Self {
        let (sender, receiver) = sync_channel(256);
        let language = language.to_owned();
        let worker = std::thread::spawn(move || index_all(&language, &receiver, &progress));
        Self { sender, worker }
    }

    /// A handle for sending pages from any thread.
    pub(crate) fn sender(&self) -> IndexSender {
        IndexSender(self.sender.clone())
    }

    /// Waits for the index and returns the bundle files (paths under `pagefind/`).
    pub(crate) fn finish(self) -> Result<Vec<BundleFile>, SearchError> {
        drop(self.sender);
        self.worker.join().map_err(|_| SearchError::Pagefind("the indexer thread panicked".into()))?
    }
}

fn index_all(language: &str, pages: &Receiver<Numbered>, progress: &Progress) -> Result<Vec<BundleFile>, SearchError> {
    let fail = |err: anyhow::Error| SearchError::Pagefind(format!("{err:#}"));
    let runtime =
        tokio::runtime::Builder::new_current_thread().build().map_err(|err| SearchError::Pagefind(err.to_string()))?;
    let config = PagefindServiceConfig::builder().force_language(language.to_owned()).keep_index_url(true).build();
    let mut index = PagefindIndex::new(Some(config)).map_err(fail)?;
    runtime.block_on(async {
        let mut waiting: BTreeMap<usize, Option<SearchPage>> = BTreeMap::new();
        let mut next = 0;
        // Pages that arrive early wait until every earlier one has been added.
        for (sequence, page) in pages {
            waiting.insert(sequence, page);
            while let Some(page) = waiting.remove(&next) {
                next += 1;
                if let Some(page) = page {
                    add(&mut index, language, &page).await.map_err(fail)?;
                    progress.indexed_one();
                }
            }
        }
        // A job that never reported (its render failed): add the rest in order anyway.
        for page in waiting.into_values().flatten() {
            add(&mut index, language, &page).await.map_err(fail)?;
        }
        let files = index.get_files().await.map_err(fail)?;
        Ok(files
            .into_iter()
            .map(|file| {
                let name = file.filename.to_string_lossy().replace('\\', "/");
                let name = name.trim_start_matches('/').to_owned();
                let path =
                    if name.starts_with(&format!("{BUNDLE_DIR}/")) { name } else { format!("{BUNDLE_DIR}/{name}") };
                (path, file.contents)
            })
            .collect())
    })
}

async fn add(index: &mut PagefindIndex, language: &str, page: &SearchPage) -> anyhow::Result<()> {
    index.add_html_file(None, Some(format!("/{}", page.path)), page.to_html(language)).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> SearchPage {
        SearchPage {
            path: "adr/adr-0005-kafka.html".into(),
            title: "Kafka <для> событий".into(),
            body_html: "<h2 id=\"контекст\">Контекст</h2><p>Миграция очередей.</p>".into(),
            filters: vec![("kind".into(), "ADR".into()), ("status".into(), "Принято".into())],
            meta: vec![("date".into(), "2026-02-10".into()), ("number".into(), "ADR-0005".into())],
        }
    }

    #[test]
    fn synthetic_page_carries_title_weight_filters_and_meta() {
        let html = page().to_html("ru");
        assert!(html.starts_with("<!doctype html><html lang=\"ru\">"));
        assert!(html
            .contains("<h1 data-pagefind-weight=\"10\" data-pagefind-meta=\"title\">Kafka &lt;для&gt; событий</h1>"));
        assert!(html.contains("data-pagefind-filter=\"kind:ADR\""));
        assert!(html.contains("data-pagefind-filter=\"status:Принято\""));
        assert!(html.contains("data-pagefind-meta=\"date:2026-02-10\""));
        assert!(html.contains("id=\"контекст\""));
    }

    #[test]
    fn filter_values_stay_text_in_pagefind_ui() {
        let mut hostile = page();
        hostile.filters = vec![("status".into(), "<img src=x onerror=alert(1)>".into())];
        let html = hostile.to_html("ru");
        assert!(
            html.contains("data-pagefind-filter=\"status:&amp;amp;lt;img src=x onerror=alert(1)&amp;amp;gt;\""),
            "{html}"
        );
    }

    #[test]
    fn the_indexer_writes_a_russian_bundle() {
        let progress = Arc::new(Progress::default());
        let indexer = Indexer::start("ru", Arc::clone(&progress));
        assert!(indexer.sender().send(0, Some(page())));
        let files = indexer.finish().unwrap();
        assert_eq!(progress.snapshot().indexed, 1);
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        assert!(names.contains(&"pagefind/pagefind.js"), "{names:?}");
        assert!(names.contains(&"pagefind/pagefind-ui.js"));
        assert!(
            names.iter().any(|n| n.starts_with("pagefind/wasm.ru") || n.contains(".ru.")),
            "Russian stemmer: {names:?}"
        );
        assert!(names.iter().any(|n| n.starts_with("pagefind/fragment/")));
        assert!(names.iter().any(|n| n.starts_with("pagefind/filter/")));
    }
}
