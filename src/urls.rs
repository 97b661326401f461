//! Where each page and source file ends up in the site, and how pages link to each other.
//!
//! Every URL tpmdocs writes is relative, so a site works under any sub-path (GitHub Pages
//! project sites) and from `file://`.

use crate::deliverable::Kind;

/// Output path of the search page.
pub(crate) const SEARCH_PATH: &str = "search.html";

/// The folder of the leadership overview's pages.
pub(crate) const OVERVIEW_FOLDER: &str = "overview/";

/// One page of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum OverviewView {
    /// The tiles.
    Summary,
    /// Decisions: by month, awaiting, to revisit, who decided.
    Decisions,
    /// Incidents by quarter and severity, follow-ups by owner.
    Incidents,
    /// Roadmaps by quarter, slipped items.
    Roadmap,
    /// Estimates against actuals.
    Estimates,
    /// Runbooks by review age.
    Runbooks,
}

impl OverviewView {
    /// Every page, the summary first.
    pub(crate) const ALL: [OverviewView; 6] = [
        OverviewView::Summary,
        OverviewView::Decisions,
        OverviewView::Incidents,
        OverviewView::Roadmap,
        OverviewView::Estimates,
        OverviewView::Runbooks,
    ];

    /// Its output path.
    pub(crate) fn path(self) -> &'static str {
        match self {
            OverviewView::Summary => "overview/index.html",
            OverviewView::Decisions => "overview/decisions.html",
            OverviewView::Incidents => "overview/incidents.html",
            OverviewView::Roadmap => "overview/roadmap.html",
            OverviewView::Estimates => "overview/estimates.html",
            OverviewView::Runbooks => "overview/runbooks.html",
        }
    }

    /// Its id in templates and UI strings.
    pub(crate) fn id(self) -> &'static str {
        match self {
            OverviewView::Summary => "summary",
            OverviewView::Decisions => "decisions",
            OverviewView::Incidents => "incidents",
            OverviewView::Roadmap => "roadmap",
            OverviewView::Estimates => "estimates",
            OverviewView::Runbooks => "runbooks",
        }
    }
}

/// Output path of the Atom feed.
pub(crate) const FEED_PATH: &str = "feed.xml";

/// Output path of the decision graph page.
pub(crate) const GRAPH_PATH: &str = "graph.html";

/// Output path of a kind's index page (`kind/adr.html`).
pub(crate) fn kind_path(kind: Kind) -> String {
    format!("kind/{}.html", kind.id())
}

/// Output path of a document page, relative to the site root, from its source id.
pub(crate) fn page_path(source_id: &str) -> String {
    let (dir, file) = source_id.rsplit_once('/').map_or(("", source_id), |(dir, file)| (dir, file));
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let name = if stem.eq_ignore_ascii_case("index") || stem.eq_ignore_ascii_case("readme") { "index" } else { stem };
    if dir.is_empty() {
        format!("{name}.html")
    } else {
        format!("{dir}/{name}.html")
    }
}

/// [`page_path`], unless the file is a `README.md` beside an `index.md` (`exists` tells which
/// source ids exist): then the index is the folder's page and the README is `readme.html`.
///
/// ```text
/// adr/index.md + adr/README.md → adr/index.html + adr/readme.html
/// ```
pub(crate) fn page_path_among(source_id: &str, exists: impl Fn(&str) -> bool) -> String {
    let (dir, file) = source_id.rsplit_once('/').map_or(("", source_id), |(dir, file)| (dir, file));
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let beside = |name: &str| if dir.is_empty() { name.to_owned() } else { format!("{dir}/{name}") };
    let has_index = ["index.md", "index.mdx", "index.markdown", "INDEX.md"].iter().any(|name| exists(&beside(name)));
    if stem.eq_ignore_ascii_case("readme") && has_index {
        return beside("readme.html");
    }
    page_path(source_id)
}

/// True for a URL with a scheme (`https:`, `mailto:`) or protocol-relative `//host`. Tabs and
/// line breaks inside it are ignored, as browsers ignore them (`jav&#9;ascript:` is
/// `javascript:`).
pub(crate) fn is_external(url: &str) -> bool {
    if url.contains(['\t', '\n', '\r']) {
        return is_external(&url.replace(['\t', '\n', '\r'], ""));
    }
    if url.starts_with("//") {
        return true;
    }
    match url.find(':') {
        Some(colon) => {
            let scheme = &url[..colon];
            !scheme.is_empty()
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !url[..colon].contains('/')
        }
        None => false,
    }
}

/// Splits `path#fragment` (and drops a `?query`).
pub(crate) fn split_fragment(url: &str) -> (&str, Option<&str>) {
    let (path, fragment) = url.split_once('#').map_or((url, None), |(p, f)| (p, Some(f)));
    (path.split('?').next().unwrap_or(path), fragment)
}

/// Rewrites a relative link to a Markdown file into a link to its page; `None` when the
/// link needs no change (external, anchor-only, not Markdown).
pub(crate) fn rewrite_source_link(url: &str) -> Option<String> {
    if is_external(url) || url.starts_with('#') {
        return None;
    }
    let (path, fragment) = split_fragment(url);
    if !crate::discover::is_markdown(std::path::Path::new(path)) {
        return None;
    }
    let (dir, file) = path.rsplit_once('/').map_or(("", path), |(d, f)| (d, f));
    let page = page_path(file);
    let mut out = if dir.is_empty() { page } else { format!("{dir}/{page}") };
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    Some(out)
}

/// The `href` tpmdocs writes for a relative link `url` as written: a link to a Markdown file
/// points at its page, and every path segment and the fragment are percent-encoded one way
/// ([`percent_encode`]), so the link can be found again in the HTML by this text (a link that
/// resolves differently once the whole site is known is replaced there). `None` for an
/// external link, which is written as it is.
///
/// ```text
/// ../adr/adr-0002-x.md#контекст → ../adr/adr-0002-x.html#%D0%BA%D0%BE%D0%BD%D1%82%D0%B5%D0%BA%D1%81%D1%82
/// ```
pub(crate) fn emitted_href(url: &str) -> Option<String> {
    if is_external(url) || url.is_empty() {
        return None;
    }
    let (before_fragment, fragment) = url.split_once('#').map_or((url, None), |(before, after)| (before, Some(after)));
    let (path, query) =
        before_fragment.split_once('?').map_or((before_fragment, None), |(path, query)| (path, Some(query)));
    let page = rewrite_source_link(path);
    let path = page.as_deref().unwrap_or(path);
    let mut href = String::with_capacity(url.len() + 16);
    href.push_str(
        &path.split('/').map(|segment| percent_encode(&percent_decode(segment))).collect::<Vec<_>>().join("/"),
    );
    if let Some(query) = query {
        href.push('?');
        href.push_str(query);
    }
    if let Some(fragment) = fragment {
        href.push('#');
        href.push_str(&percent_encode(&percent_decode(fragment)));
    }
    Some(href)
}

/// Resolves a relative link written in `from_id` (a source path) to a source path,
/// normalising `.` and `..` and percent-escapes. `None` when it leaves the source tree.
pub(crate) fn resolve_relative(from_id: &str, link_path: &str) -> Option<String> {
    let decoded = percent_decode(link_path);
    let base = if decoded.starts_with('/') { "" } else { from_id.rsplit_once('/').map_or("", |(dir, _)| dir) };
    let mut parts: Vec<&str> = Vec::new();
    for segment in base.split('/').chain(decoded.split('/')) {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// The relative URL from page `from` to page `to` (both site-root-relative output paths),
/// percent-encoded for use in `href`.
pub(crate) fn relative_href(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let common = common.min(to_parts.len() - 1);
    let mut href = "../".repeat(from_dirs.len() - common);
    href.push_str(&to_parts[common..].iter().map(|p| percent_encode(p)).collect::<Vec<_>>().join("/"));
    href
}

/// The prefix that leads from `page` back to the site root (`""`, `"../"`, …).
pub(crate) fn root_prefix(page: &str) -> String {
    "../".repeat(page.matches('/').count())
}

/// Percent-encodes one path segment (UTF-8 bytes outside the unreserved set).
pub(crate) fn percent_encode(segment: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(segment.len() * 3);
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xf)] as char);
        }
    }
    out
}

/// Percent-encodes each segment of a `/`-separated path.
pub(crate) fn percent_encode_path(path: &str) -> String {
    path.split('/').map(percent_encode).collect::<Vec<_>>().join("/")
}

/// Decodes `%XX` escapes; invalid sequences are kept as written, and bytes that do not
/// form UTF-8 become U+FFFD.
pub(crate) fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let (Some(high), Some(low)) =
                (bytes.get(i + 1).and_then(hex_value), bytes.get(i + 2).and_then(hex_value))
            {
                out.push(high << 4 | low);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(byte: &u8) -> Option<u8> {
    char::from(*byte).to_digit(16).and_then(|digit| u8::try_from(digit).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_page_path() {
        use crate::urls::page_path;
        assert_eq!(page_path("adr/adr-0001-x.md"), "adr/adr-0001-x.html");
        assert_eq!(page_path("index.md"), "index.html");
        assert_eq!(page_path("runbooks/README.md"), "runbooks/index.html");
    }

    #[test]
    fn example_rewrite_source_link() {
        use crate::urls::rewrite_source_link;
        assert_eq!(rewrite_source_link("../adr/adr-1.md#a").as_deref(), Some("../adr/adr-1.html#a"));
        assert_eq!(rewrite_source_link("README.md").as_deref(), Some("index.html"));
        assert_eq!(rewrite_source_link("https://x.org/a.md"), None);
    }

    #[test]
    fn example_emitted_href() {
        use crate::urls::emitted_href;
        assert_eq!(
            emitted_href("../adr/adr-1.md#Контекст").as_deref(),
            Some("../adr/adr-1.html#%D0%9A%D0%BE%D0%BD%D1%82%D0%B5%D0%BA%D1%81%D1%82")
        );
        assert_eq!(emitted_href("img/my%20chart.png").as_deref(), Some("img/my%20chart.png"));
        assert_eq!(emitted_href("img/my chart (v2).png").as_deref(), Some("img/my%20chart%20%28v2%29.png"));
        assert_eq!(emitted_href("modules/vpc/").as_deref(), Some("modules/vpc/"));
        assert_eq!(emitted_href("#input_foo").as_deref(), Some("#input_foo"));
        assert_eq!(emitted_href("a.md?plain=1#L10").as_deref(), Some("a.html?plain=1#L10"));
        assert_eq!(emitted_href("https://x.org/a.md"), None);
    }

    #[test]
    fn example_resolve_relative() {
        use crate::urls::resolve_relative;
        assert_eq!(resolve_relative("adr/adr-2.md", "../specs/a.md").as_deref(), Some("specs/a.md"));
        assert_eq!(resolve_relative("adr/adr-2.md", "./adr-3.md").as_deref(), Some("adr/adr-3.md"));
        assert_eq!(resolve_relative("a.md", "../../etc/passwd"), None);
    }

    #[test]
    fn example_relative_href() {
        use crate::urls::relative_href;
        assert_eq!(relative_href("adr/a.html", "specs/b.html"), "../specs/b.html");
        assert_eq!(
            relative_href("index.html", "glossary/глоссарий.html"),
            "glossary/%D0%B3%D0%BB%D0%BE%D1%81%D1%81%D0%B0%D1%80%D0%B8%D0%B9.html"
        );
        assert_eq!(relative_href("adr/a.html", "adr/b.html"), "b.html");
    }

    #[test]
    fn example_percent_decode() {
        use crate::urls::percent_decode;
        assert_eq!(percent_decode("%D0%B0%20b"), "а b");
        assert_eq!(percent_decode("%aд.md"), "%aд.md");
    }

    #[test]
    fn external_links_are_recognised() {
        assert!(is_external("https://example.org"));
        assert!(is_external("mailto:a@b.c"));
        assert!(!is_external("adr/a.md"));
        assert!(is_external("jav\tascript:alert(1)"), "browsers drop the tab");
    }

    #[test]
    fn percent_round_trip() {
        assert_eq!(percent_decode(&percent_encode("глоссарий 1.md")), "глоссарий 1.md");
        assert_eq!(percent_decode("%zz%"), "%zz%");
        assert_eq!(percent_decode("%41%4a%"), "AJ%");
        assert_eq!(percent_decode("%+1"), "%+1", "from_str_radix would accept a sign");
        assert_eq!(percent_decode("%aд.md"), "%aд.md");
        assert_eq!(percent_decode("%д"), "%д");
        assert_eq!(resolve_relative("a/b.md", "%aд.md").as_deref(), Some("a/%aд.md"));
        assert_eq!(resolve_relative("a/../b/c.md", "d.md").as_deref(), Some("b/d.md"), "found by fuzzing");
    }

    #[test]
    fn a_readme_beside_an_index_gets_its_own_page() {
        let ids = ["adr/index.md", "adr/README.md", "README.md", "specs/README.md"];
        let exists = |id: &str| ids.contains(&id);
        assert_eq!(page_path_among("adr/README.md", exists), "adr/readme.html");
        assert_eq!(page_path_among("adr/index.md", exists), "adr/index.html");
        assert_eq!(page_path_among("README.md", exists), "index.html");
        assert_eq!(page_path_among("specs/README.md", exists), "specs/index.html");
        let mintlify = |id: &str| ["index.mdx", "README.md"].contains(&id);
        assert_eq!(page_path_among("README.md", mintlify), "readme.html", "Mintlify's home is index.mdx");
    }

    #[test]
    fn root_prefix_counts_depth() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("a/b/c.html"), "../../");
    }
}
