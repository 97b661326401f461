//! What the fuzz targets (`fuzz/`) check, shared with the unit tests that replay every crash
//! the fuzzers found ([`regressions`]) and the property tests ([`properties`]): tpmdocs must
//! not panic, and every problem must come back as a diagnostic that names its file.
//!
//! Compiled for tests, and public only when cargo-fuzz builds the crate (`--cfg fuzzing`):
//! the checks reach into the pipeline's crate-private stages.

#![cfg_attr(not(fuzzing), allow(unreachable_pub))]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use crate::config::{Config, ParsedConfig, Project};
use crate::deliverable::date::Date;
use crate::graph::export::{self, Selection};

#[cfg(test)]
mod properties;
#[cfg(test)]
mod regressions;

/// A file name through classification, page paths, slugs and date finding.
pub fn classify(name: &str) {
    let doc = crate::deliverable::parse(name, "", &crate::deliverable::Vocabulary::default());
    let from_name = doc.number.filter(|number| number.origin == crate::deliverable::Origin::FileName);
    assert!(from_name.is_none_or(|number| number.value.digits > 0), "{name:?}");
    crate::urls::page_path(name);
    let slug = crate::slug::slugify(name, 60);
    assert!(!slug.is_empty() && slug.len() <= 60 && slug.is_ascii(), "{slug:?}");
    let _ = Date::find(name);
}

/// A served folder with one page, and a secret next to it.
/// (Kept for the life of the process, under the system's temporary folder.)
static SERVED: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = std::env::temp_dir().join(format!("tpmdocs-fuzz-served-{}", std::process::id()));
    let root = dir.join("site");
    std::fs::create_dir_all(root.join("adr")).expect("site folder");
    std::fs::write(root.join("index.html"), "x").expect("page");
    std::fs::write(dir.join("secret.txt"), "x").expect("secret");
    root.canonicalize().expect("canonical root")
});

/// A link as written in a document (the source path on the first line, the URL after it)
/// through the link resolver; the URL as a request path through the server's resolver,
/// which must never leave its folder.
pub fn urls(input: &str) {
    let (from, url) = input.split_once('\n').unwrap_or(("adr/adr-0001-x.md", input));
    let _ = crate::urls::is_external(url);
    let _ = crate::urls::split_fragment(url);
    let _ = crate::urls::rewrite_source_link(url);
    let _ = crate::urls::percent_decode(url);
    if let Some(resolved) = crate::urls::resolve_relative(from, url) {
        assert!(!resolved.split('/').any(|segment| segment == ".."), "{from:?} + {url:?} → {resolved:?}");
    }
    let page = crate::urls::page_path(from);
    let _ = crate::urls::relative_href(&page, &crate::urls::page_path(url));
    let _ = crate::urls::root_prefix(&page);
    let root = &*SERVED;
    if let Some(path) = crate::serve::http::resolve(root, url) {
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
        crate::build::render_sources(&project, files, today).expect("the embedded theme renders any site");
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
    let site = crate::site::Site::from_sources(&project, files, crate::build::LoadOptions::analyse(today));
    let (graph, _) = crate::build::link(&project, &site, today);
    let _ = export::to_json(&site, &graph, &Selection::all());
    export::to_dot(&site, &graph, &Selection::adrs());
    export::to_mermaid(&site, &graph, &Selection::all());
    for page in 0..site.pages().len() {
        graph.chain(page);
        graph.impact(page);
    }
}
