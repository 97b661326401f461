//! Walks the source directory and lists the files a site is made of.
//!
//! Markdown files become documents; everything else (images, PDFs, SVGs) is an asset that is
//! copied as is so documents can link to it. Hidden entries, the build directory and the
//! configured ignore globs are skipped, and symlink loops are reported instead of followed.
//! Reading file contents is not this module's job.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

use crate::diagnostic::Diagnostic;

/// What a discovered file is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    /// A `.md`/`.markdown` file: parsed into a document.
    Markdown,
    /// Any other file: copied to the output unchanged.
    Asset,
}

/// One file found under the source directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path relative to the source directory, with `/` separators; the document id.
    pub rel_path: String,
    /// Absolute (or project-rooted) path for reading.
    pub abs_path: PathBuf,
    /// Markdown or asset.
    pub role: FileRole,
}

/// The result of a walk: files in a stable order plus non-fatal findings.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Files sorted by relative path.
    pub files: Vec<SourceFile>,
    /// Unreadable entries, symlink loops, bad globs.
    pub diagnostics: Vec<Diagnostic>,
}

/// Lists the files under `source_dir`, skipping `exclude_dirs` (e.g. the build directory),
/// hidden entries and anything matching one of `ignore_globs`.
pub fn discover(source_dir: &Path, exclude_dirs: &[PathBuf], ignore_globs: &[String]) -> Discovery {
    let mut discovery = Discovery::default();
    let ignore = build_globset(ignore_globs, &mut discovery.diagnostics);
    let excluded: Vec<PathBuf> = exclude_dirs.iter().filter_map(|dir| dir.canonicalize().ok()).collect();
    let walker = WalkDir::new(source_dir).follow_links(true).sort_by_file_name().into_iter();
    let walker = walker.filter_entry(|entry| {
        if entry.depth() == 0 {
            return true;
        }
        let hidden = entry.file_name().to_str().is_some_and(|name| name.starts_with('.'));
        let is_excluded =
            entry.file_type().is_dir() && entry.path().canonicalize().is_ok_and(|path| excluded.contains(&path));
        let ignored = relative(source_dir, entry.path()).is_some_and(|rel| ignore.is_match(rel));
        !(hidden || is_excluded || ignored)
    });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let Some(rel_path) = relative(source_dir, entry.path()) else {
                    discovery.diagnostics.push(
                        Diagnostic::warning("W0101", "file name is not valid UTF-8; skipped").at(entry.path(), 0, 0),
                    );
                    continue;
                };
                let role = if is_markdown(entry.path()) { FileRole::Markdown } else { FileRole::Asset };
                discovery.files.push(SourceFile { rel_path, abs_path: entry.path().to_path_buf(), role });
            }
            Ok(_) => {}
            Err(err) => discovery.diagnostics.push(walk_error(source_dir, &err)),
        }
    }
    discovery
}

fn walk_error(source_dir: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().map(Path::to_path_buf).unwrap_or_else(|| source_dir.to_path_buf());
    let message = if err.loop_ancestor().is_some() {
        "symbolic link loop; not followed".to_owned()
    } else {
        format!("cannot read: {err}")
    };
    Diagnostic::warning("W0102", message).at(path, 0, 0)
}

fn build_globset(globs: &[String], diagnostics: &mut Vec<Diagnostic>) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    for pattern in globs {
        match Glob::new(pattern) {
            Ok(glob) => {
                builder.add(glob);
            }
            Err(err) => {
                diagnostics.push(Diagnostic::warning("W0004", format!("invalid ignore glob `{pattern}`: {err}")).at(
                    crate::config::CONFIG_FILE,
                    0,
                    0,
                ))
            }
        }
    }
    builder.build().unwrap_or_else(|_| GlobSet::empty())
}

/// `path` relative to `base` with `/` separators, or `None` when not valid UTF-8.
fn relative(base: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(base).ok()?;
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// True for files parsed as Markdown deliverables.
pub fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn touch(root: &Path, rel: &str) {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "# x\n").unwrap();
    }

    #[test]
    fn finds_markdown_and_assets_skipping_hidden_build_and_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in ["adr/adr-0001-a.md", "img/схема.png", ".git/x.md", "book/index.md", "drafts/wip.md", "Глоссарий.md"]
        {
            touch(root, rel);
        }
        let found = discover(root, &[root.join("book")], &["drafts/**".to_owned(), "drafts".to_owned()]);
        let listed: Vec<_> = found.files.iter().map(|f| (f.rel_path.as_str(), f.role)).collect();
        assert_eq!(
            listed,
            vec![
                ("adr/adr-0001-a.md", FileRole::Markdown),
                ("img/схема.png", FileRole::Asset),
                ("Глоссарий.md", FileRole::Markdown)
            ]
        );
        assert!(found.diagnostics.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "a/doc.md");
        std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/loop")).unwrap();
        let found = discover(dir.path(), &[], &[]);
        assert_eq!(found.files.len(), 1);
        assert!(found.diagnostics.iter().any(|d| d.message.contains("loop")), "{:?}", found.diagnostics);
    }
}
