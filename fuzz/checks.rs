//! What the fuzz targets check, shared with `tests/fuzz_regressions.rs` (which replays every
//! crash the fuzzers found) and `tests/properties.rs`: tpmdocs must not panic, and every
//! problem must come back as a diagnostic that names its file.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use tpmdocs::config::{Config, ParsedConfig, Project};
use tpmdocs::deliverable::date::Date;
use tpmdocs::graph::export::{self, Selection};

/// A file name through classification, page paths, slugs and date finding.
pub fn classify(name: &str) {
    let doc = tpmdocs::deliverable::parse(name, "", &tpmdocs::deliverable::Vocabulary::default());
    let from_name = doc.number.filter(|number| number.origin == tpmdocs::deliverable::Origin::FileName);
    assert!(from_name.is_none_or(|number| number.value.digits > 0), "{name:?}");
    tpmdocs::urls::page_path(name);
    let slug = tpmdocs::slug::slugify(name, 60);
    assert!(!slug.is_empty() && slug.len() <= 60 && slug.is_ascii(), "{slug:?}");
    let _ = Date::find(name);
}

/// A served folder with one page, and a secret next to it.
static SERVED: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("site");
    std::fs::create_dir_all(root.join("adr")).expect("site folder");
    std::fs::write(root.join("index.html"), "x").expect("page");
    std::fs::write(dir.path().join("secret.txt"), "x").expect("secret");
    let root = root.canonicalize().expect("canonical root");
    (dir, root)
});

/// A link as written in a document (the source path on the first line, the URL after it)
/// through the link resolver; the URL as a request path through the server's resolver,
/// which must never leave its folder.
pub fn urls(input: &str) {
    let (from, url) = input.split_once('\n').unwrap_or(("adr/adr-0001-x.md", input));
    let _ = tpmdocs::urls::is_external(url);
    let _ = tpmdocs::urls::split_fragment(url);
    let _ = tpmdocs::urls::rewrite_source_link(url);
    let _ = tpmdocs::urls::percent_decode(url);
    if let Some(resolved) = tpmdocs::urls::resolve_relative(from, url) {
        assert!(!resolved.split('/').any(|segment| segment == ".."), "{from:?} + {url:?} → {resolved:?}");
    }
    let page = tpmdocs::urls::page_path(from);
    let _ = tpmdocs::urls::relative_href(&page, &tpmdocs::urls::page_path(url));
    let _ = tpmdocs::urls::root_prefix(&page);
    let root = &SERVED.1;
    if let Some(path) = tpmdocs::serve::http::resolve(root, url) {
        assert!(path.starts_with(root), "{url:?} escaped to {}", path.display());
    }
}

/// Up to eight documents separated by NUL bytes; a part whose first line ends in `.md`
/// names its file, the others get ADR names. Then [`pipeline`].
pub fn document(input: &str) {
    let files: Vec<(String, String)> = input
        .split('\0')
        .take(8)
        .enumerate()
        .map(|(index, part)| match part.split_once('\n') {
            Some((name, text)) if name.ends_with(".md") && !name.starts_with('/') && name.len() < 120 => {
                (name.to_owned(), text.to_owned())
            }
            _ => (format!("adr/adr-{:04}-doc.md", index + 1), part.to_owned()),
        })
        .collect();
    pipeline(&files);
}

/// The whole pipeline on in-memory sources as `build` runs it, minus the disk — parse,
/// graph, checks, every page, the search pages — then the exports and graph queries.
pub fn pipeline(files: &[(String, String)]) {
    let project = Project::resolve(
        Path::new("/nonexistent/project"),
        ParsedConfig { config: Config::default(), warnings: vec![] },
    );
    let today = Date::new(2026, 12, 1).expect("valid date");
    let (pages, diagnostics) =
        tpmdocs::build::render_sources(&project, files, today).expect("the embedded theme renders any site");
    for diagnostic in diagnostics.iter() {
        assert!(diagnostic.file.is_some(), "every finding names its file: {diagnostic:?}");
        assert_ne!(
            diagnostic.code, "E0105",
            "a file crashed the parser (caught by the per-file guard): {diagnostic:?}"
        );
    }
    for (path, text) in &pages {
        let end = if path.ends_with(".xml") { "</feed>" } else { "</html>" };
        assert!(text.contains(end), "{path} is whole");
        let control = |ch: char| ch < ' ' && !matches!(ch, '\t' | '\n' | '\r');
        assert!(!path.ends_with(".xml") || !text.chars().any(control), "{path} is well-formed XML");
    }
    let site = tpmdocs::site::Site::from_sources(&project, files, tpmdocs::build::LoadOptions::analyse(today));
    let (graph, _) = tpmdocs::build::link(&project, &site, today);
    let _ = export::to_json(&site, &graph, &Selection::all());
    export::to_dot(&site, &graph, &Selection::adrs());
    export::to_mermaid(&site, &graph, &Selection::all());
    for page in 0..site.pages().len() {
        graph.chain(page);
        graph.impact(page);
    }
}
