//! `feed.xml`: an Atom feed of decisions and post-mortems, newest first, so leaders can
//! subscribe. An entry's date is the document's own (or, with git dates on, its last
//! change); nothing comes from the clock, so the feed is the same for the same sources.
//! Links are relative to the feed (so it works from any sub-path) unless `site-url` is an
//! absolute URL.

use std::fmt::Write as _;

use super::context::Renderer;
use crate::deliverable::date::Date;
use crate::deliverable::{Kind, Status};
use crate::text::escape_html;
use crate::urls::{percent_encode, percent_encode_path, FEED_PATH};

/// Entries in the feed at most.
const MAX_ENTRIES: usize = 50;

impl Renderer<'_> {
    /// The Atom feed of the site.
    pub(super) fn feed(&self) -> String {
        let entries = self.feed_entries();
        let links = FeedLinks::new(&self.config.output.html.site_url);
        let book = &self.config.book;
        let title = format!("{} — {}", book.title, self.ui_text("feed_title"));
        let author = if book.authors.is_empty() { book.title.clone() } else { book.authors.join(", ") };
        let id = if links.absolute() {
            links.href(FEED_PATH)
        } else {
            format!("urn:tpmdocs:{}", percent_encode(&book.title))
        };
        let updated = entries.first().map_or(self.leadership.as_of, |(date, _)| *date);
        let mut xml = String::new();
        let _ = write!(
            xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{title}</title>\n  <id>{id}</id>\n  <updated>{updated}T00:00:00Z</updated>\n  <link rel=\"self\" href=\"{self_href}\"/>\n  <link href=\"{home}\"/>\n  <author><name>{author}</name></author>\n  <generator uri=\"{generator_uri}\" version=\"{generator_version}\">tpmdocs</generator>\n",
            lang = book.language.code(),
            title = xml_text(&title),
            id = xml_text(&id),
            self_href = xml_text(&links.href(FEED_PATH)),
            home = xml_text(&links.href("index.html")),
            author = xml_text(&author),
            generator_uri = xml_text(crate::about::REPOSITORY),
            generator_version = xml_text(crate::about::VERSION),
        );
        for (date, index) in entries {
            self.write_entry(&mut xml, &links, date, index);
        }
        xml.push_str("</feed>\n");
        xml
    }

    /// Decisions and post-mortems with a date, newest first (then by id), at most
    /// [`MAX_ENTRIES`].
    fn feed_entries(&self) -> Vec<(Date, usize)> {
        let mut entries: Vec<(Date, usize)> = self
            .site
            .pages
            .iter()
            .enumerate()
            .filter(|(_, page)| matches!(page.doc.kind(), Kind::Adr | Kind::Postmortem) && !page.doc.template)
            .filter_map(|(index, page)| {
                let changed = page.history.as_ref().map(|history| history.last_updated);
                let date = match (page.doc.date(), changed) {
                    (Some(written), Some(changed)) => Some(written.max(changed)),
                    (written, changed) => written.or(changed),
                };
                date.map(|date| (date, index))
            })
            .collect();
        let id = |index: usize| &self.site.pages[index].doc.id;
        entries.sort_by(|a, b| (b.0, id(a.1)).cmp(&(a.0, id(b.1))));
        entries.truncate(MAX_ENTRIES);
        entries
    }

    /// One `<entry>`: the title with its number, a link, the date, and kind · status.
    fn write_entry(&self, xml: &mut String, links: &FeedLinks<'_>, date: Date, index: usize) {
        let page = &self.site.pages[index];
        let doc = &page.doc;
        let heading = match doc.number_label() {
            Some(label) => format!("{label}: {}", doc.shown_title()),
            None => doc.title().to_owned(),
        };
        let kind = self.ui_text(&format!("kind1_{}", doc.kind().id().replace('-', "_")));
        let summary = match doc.status() {
            Some(Status::Unknown(written)) => format!("{kind} · {written}"),
            Some(known) => format!("{kind} · {}", self.ui_text(&format!("status_{}", known.id()))),
            None => kind,
        };
        let _ = write!(
            xml,
            "  <entry>\n    <title>{title}</title>\n    <id>urn:tpmdocs:{id}</id>\n    <link href=\"{link}\"/>\n    <updated>{date}T00:00:00Z</updated>\n    <summary>{summary}</summary>\n  </entry>\n",
            title = xml_text(&heading),
            id = xml_text(&percent_encode(&doc.id)),
            link = xml_text(&links.href(&percent_encode_path(&page.path))),
            summary = xml_text(&summary),
        );
    }
}

/// Where the feed's links point: relative to the feed, or under an absolute `site-url`.
struct FeedLinks<'a> {
    /// The absolute site URL without its trailing `/`, when there is one.
    base: Option<&'a str>,
}

impl<'a> FeedLinks<'a> {
    fn new(site_url: &'a str) -> Self {
        let base = site_url.trim_end_matches('/');
        let absolute = base.starts_with("http://") || base.starts_with("https://");
        FeedLinks { base: absolute.then_some(base) }
    }

    fn absolute(&self) -> bool {
        self.base.is_some()
    }

    fn href(&self, path: &str) -> String {
        match self.base {
            Some(base) => format!("{base}/{path}"),
            None => path.to_owned(),
        }
    }
}

/// Text escaped for XML, without the control characters XML 1.0 cannot hold at all.
fn xml_text(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter(|&ch| matches!(ch, '\t' | '\n' | '\r') || (ch >= ' ' && !matches!(ch, '\u{FFFE}' | '\u{FFFF}')))
        .collect();
    escape_html(&allowed).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(xml_text("a <b> & \"c\"\u{1}\u{FFFF}\tд"), "a &lt;b&gt; &amp; &quot;c&quot;\tд");
    }

    #[test]
    fn links_are_relative_unless_the_site_url_is_absolute() {
        assert_eq!(FeedLinks::new("/").href("feed.xml"), "feed.xml");
        assert_eq!(FeedLinks::new("/docs/").href("feed.xml"), "feed.xml");
        assert_eq!(FeedLinks::new("https://x.example/docs/").href("a b.html"), "https://x.example/docs/a b.html");
        assert!(!FeedLinks::new("").absolute());
    }
}
