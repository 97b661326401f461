//! User text never becomes markup: titles, statuses, deciders and diagram labels in a hostile
//! repository come out escaped in every output — pages, the decision graph, diagrams, the
//! search index, `graph` JSON/DOT/Mermaid and `check` JSON — and raw HTML in a body is
//! sanitised: no script-capable element, attribute or URL reaches a page.

mod common;

use std::io::Read;
use std::path::Path;

use common::{hostile_repository as hostile, HOSTILE_STATUS as STATUS, HOSTILE_TITLE as TITLE};

/// Markup that must never appear unescaped anywhere.
const INJECTED: [&str; 9] = [
    "<script>alert",
    "<img src=x",
    "<iframe",
    "<g onload",
    "</text><script",
    "</title><script",
    "<b>Мария",
    "href=\"javascript:",
    "onerror=alert(2)>",
];

fn assert_clean(what: &str, text: &str) {
    for injected in INJECTED {
        assert!(!text.contains(injected), "{what} contains raw `{injected}`");
    }
}

fn gunzip(path: &Path) -> String {
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()).read_to_end(&mut text).unwrap();
    String::from_utf8_lossy(&text).into_owned()
}

#[test]
fn every_page_escapes_user_text() {
    let project = hostile();
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let site = out.path().join("site");
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&site).into_iter().map(Result::unwrap) {
        if entry.path().extension().is_some_and(|ext| ext == "html") {
            assert_clean(&entry.path().display().to_string(), &std::fs::read_to_string(entry.path()).unwrap());
            pages += 1;
        }
    }
    assert!(pages >= 5, "the document pages, ADR log, home and graph pages were checked");
    let adr = common::page(&out, "adr/adr-0001-x.html");
    assert!(
        adr.contains("&lt;script&gt;alert(3)&lt;/script&gt;") && adr.contains("&lt;iframe src="),
        "raw <script> and <iframe> are shown as text, as GitHub shows them"
    );
    assert!(
        adr.contains("<a>ссылка</a>") || adr.contains(">ссылка</a>"),
        "the javascript: link keeps its text, not its href"
    );
    assert!(!adr.contains("javascript:"), "{adr}");
    assert!(adr.contains("&lt;img src=x onerror=alert(2)&gt;"), "the unknown status is shown as written, as text");
    assert!(common::page(&out, "graph.html").contains("<svg"), "the decision graph was drawn");
}

#[test]
fn the_search_index_keeps_filter_values_as_text() {
    let project = hostile();
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let filters = out.path().join("site/pagefind/filter");
    let mut seen_status = false;
    for entry in std::fs::read_dir(filters).unwrap() {
        let text = gunzip(&entry.unwrap().path());
        // Pagefind UI inserts filter values as HTML, so they must arrive escaped.
        assert_clean("a filter index", &text);
        seen_status |= text.contains("&lt;img src=x onerror=alert(2)&gt;");
    }
    assert!(seen_status, "the hostile status is in the filter index, escaped");
}

#[test]
fn graph_exports_and_check_json_carry_user_text_as_data() {
    let project = hostile();
    let dir = project.path().to_str().unwrap();
    let json = common::tpmdocs(&["graph", dir, "--format", "json"]);
    let graph: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let titles: Vec<&str> = graph["nodes"].as_array().unwrap().iter().map(|n| n["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&TITLE), "{titles:?}");
    let statuses: Vec<&str> = graph["nodes"].as_array().unwrap().iter().filter_map(|n| n["status"].as_str()).collect();
    assert!(statuses.contains(&STATUS));

    let dot = String::from_utf8(common::tpmdocs(&["graph", dir, "--format", "dot"]).stdout).unwrap();
    for line in dot.lines().filter(|line| line.contains("label=")) {
        let unescaped_quotes = line.match_indices('"').filter(|(at, _)| !line[..*at].ends_with('\\')).count();
        assert_eq!(unescaped_quotes % 2, 0, "DOT strings stay closed: {line}");
    }
    assert!(dot.contains(r#"\"кавычки\""#), "{dot}");

    let mermaid = String::from_utf8(common::tpmdocs(&["graph", dir, "--format", "mermaid"]).stdout).unwrap();
    assert_clean("graph --format mermaid", &mermaid);
    for line in mermaid.lines().filter(|line| line.contains("[\"")) {
        let label = line.split_once("[\"").unwrap().1.rsplit_once("\"]").unwrap().0;
        assert!(!label.contains('"'), "Mermaid labels cannot be closed early: {line}");
    }

    let check = common::tpmdocs(&["check", dir, "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&check.stdout).expect("valid JSON");
    assert!(findings.as_array().unwrap().iter().any(|f| f["message"].as_str().unwrap().contains(STATUS)));
}

/// The body of a built document page: from its `doc-body` to what the portal adds after it.
fn body_of(page: &str) -> &str {
    let start = page.find("class=\"prose doc-body\"").expect("a document page");
    let rest = &page[start..];
    let end = ["<section class=\"doc-section", "</article>"].iter().filter_map(|mark| rest.find(mark)).min().unwrap();
    &rest[..end]
}

#[test]
fn raw_html_keeps_what_github_allows_and_nothing_that_runs() {
    let (out, output) = common::build(&common::fixture("xss"));
    assert!(output.status.success(), "{}", common::stderr(&output));
    let page = common::page(&out, "untrusted.html");
    let body = body_of(&page);
    // Only real tags count: what GitHub shows as text (`&lt;iframe src="javascript:…"&gt;`) is text.
    let tags: Vec<&str> =
        regex::Regex::new(r"<[a-zA-Z][^>]*>").unwrap().find_iter(body).map(|tag| tag.as_str()).collect();
    let handler = regex::Regex::new(r"\son[a-z]+\s*=").unwrap();
    for tag in &tags {
        assert!(!handler.is_match(tag), "an event handler reached the page: {tag}");
        let lower = tag.to_lowercase();
        for gone in [
            "javascript:",
            "vbscript:",
            "data:text",
            "style=",
            "tabindex",
            "id=\"main\"",
            "site-header",
            "&#106;",
            "jav\t",
        ] {
            assert!(!lower.contains(gone), "`{gone}` reached the page: {tag}");
        }
        let name: String = tag[1..].chars().take_while(char::is_ascii_alphanumeric).collect();
        assert!(
            ![
                "iframe",
                "object",
                "embed",
                "form",
                "input",
                "button",
                "textarea",
                "base",
                "meta",
                "link",
                "template",
                "noscript",
                "svg",
                "math",
                "style",
                "script",
                "plaintext",
                "title",
            ]
            .contains(&name.to_lowercase().as_str()),
            "a <{name}> element reached the page: {tag}"
        );
    }
    assert!(tags.len() > 20, "the body was found: {body}");
    for kept in [
        "<details>\n<summary>Подробнее</summary>",
        "<kbd>Ctrl</kbd>+<kbd>C</kbd>",
        "H<sub>2</sub>O, x<sup>2</sup>, <ins>новое</ins>, <del>старое</del>, <mark>важно</mark>",
        "<p align=\"center\"><img src=\"data:image/png;base64,",
        "<a name=\"anchor-for-links\"></a>",
        "&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;",
        "&lt;plaintext&gt; must not swallow the page</p>",
    ] {
        assert!(body.contains(kept), "`{kept}` is missing:\n{body}");
    }
    assert!(body.contains("END-OF-UNTRUSTED."), "stray closing tags and <plaintext> did not swallow the rest");
    assert_eq!(page.matches("id=\"main\"").count(), 1, "only the portal's own #main");
    assert!(page.contains("<footer class=\"site-footer\">"), "the portal's footer follows the body");
    let check = common::tpmdocs(&["check", common::fixture("xss").to_str().unwrap()]);
    assert!(check.status.success(), "attacks are not broken links: {}", common::stderr(&check));
}
