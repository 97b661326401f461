//! The full-text search index, built with the `pagefind` crate as a library so the browser
//! stems Russian queries with the same Snowball stemmer that built the index and downloads
//! only the index chunks a query needs.
//!
//! Only document pages are indexed (not the home page, kind indices or the graph). For each
//! we hand Pagefind a small synthetic page: the title (weighted above the body), the body
//! with its heading ids (for sub-results per heading), and the kind, status, date and
//! number as filters and metadata.
//!
//! A large site's index is split into shards by a stable hash of the page path ([`ShardPlan`]):
//! shards are built a few at a time and dropped once written, which bounds memory and uses
//! every core, and the search page merges them in the browser (Pagefind's `mergeIndex`). A
//! shard whose pages did not change is taken from a persistent cache ([`ShardCache`]) instead
//! of being indexed again. See `docs/adr/adr-0004-search-shards.md`.

mod cache;
mod shard;

pub(crate) use cache::ShardCache;
pub(crate) use shard::write_index;
pub(crate) use shard::{IndexOutcome, ShardPlan};

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
    /// A bundle file could not be written.
    #[error("search index: {0}")]
    Write(String),
}

/// A file of the search bundle: path inside the site and contents.
pub(crate) type BundleFile = (String, Vec<u8>);

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
}
