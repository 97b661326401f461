//! Walks the source directory and lists the files a site is made of.
//!
//! Markdown files become documents; everything else (images, PDFs, SVGs) is an asset that is
//! copied as is so documents can link to it. Hidden entries, the build directory and the
//! configured ignore globs are skipped, and symlink loops are reported instead of followed.
//! Symbolic links are followed only while they stay inside the source directory: a link to
//! `/etc/passwd` (or `../../secrets`) in a pull request must not publish that file, so it is
//! skipped with a warning unless `[tpmdocs] follow-external-symlinks` allows it.
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
pub(crate) struct Discovery {
    /// Files sorted by relative path.
    pub files: Vec<SourceFile>,
    /// Unreadable entries, symlink loops, bad globs.
    pub diagnostics: Vec<Diagnostic>,
    /// Folders (relative, `""` for the source directory) holding a Docsify app page: the
    /// generator resolves a relative link from there, not from the linking page's folder.
    pub docsify_roots: Vec<String>,
}

/// What to skip while walking.
#[derive(Debug, Clone, Default)]
pub(crate) struct WalkOptions {
    /// Folders never read (the build directory).
    pub exclude_dirs: Vec<PathBuf>,
    /// Glob patterns, relative to the source directory, of files and folders to skip.
    pub ignore_globs: Vec<String>,
    /// Follow symbolic links whose target is outside the source directory.
    pub follow_external_symlinks: bool,
}

/// Hidden folders that hold documentation a team writes: Swimm keeps its docs (`*.sw.md`)
/// in `.swm/` beside the code they describe.
const DOCUMENTATION_DOT_FOLDERS: [&str; 1] = [".swm"];

/// A file or folder name that is hidden (`.git`, `.obsidian`, an editor's temporary) and not
/// one of the [`DOCUMENTATION_DOT_FOLDERS`].
pub(crate) fn is_hidden_name(name: &str) -> bool {
    name.starts_with('.') && !DOCUMENTATION_DOT_FOLDERS.contains(&name)
}

/// Lists the files under `source_dir`, skipping the excluded folders, hidden entries,
/// anything matching an ignore glob and symbolic links that lead out of the tree.
pub(crate) fn discover(source_dir: &Path, options: &WalkOptions) -> Discovery {
    let mut discovery = Discovery::default();
    let ignore = build_globset(&options.ignore_globs, &mut discovery.diagnostics);
    let excluded: Vec<PathBuf> = options.exclude_dirs.iter().filter_map(|dir| dir.canonicalize().ok()).collect();
    let root = source_dir.canonicalize().unwrap_or_else(|_| source_dir.to_path_buf());
    let mut external_links = Vec::new();
    let walker = WalkDir::new(source_dir).follow_links(true).sort_by_file_name().into_iter();
    let walker = walker.filter_entry(|entry| {
        if entry.depth() == 0 {
            return true;
        }
        if entry.path_is_symlink() && !options.follow_external_symlinks {
            // A broken link has no target: walkdir reports it as an error below.
            if let Ok(target) = entry.path().canonicalize() {
                if !target.starts_with(&root) {
                    external_links.push((entry.path().to_path_buf(), target));
                    return false;
                }
            }
        }
        let hidden = entry.file_name().to_str().is_some_and(is_hidden_name);
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
                // Docsify's `index.html` is its app, not a page of the site: the folder's
                // README is that page.
                if is_docsify_app(entry.path()) {
                    let folder = rel_path.rsplit_once('/').map_or("", |(folder, _)| folder);
                    discovery.docsify_roots.push(folder.to_owned());
                    continue;
                }
                let role = if is_markdown(entry.path()) { FileRole::Markdown } else { FileRole::Asset };
                discovery.files.push(SourceFile { rel_path, abs_path: entry.path().to_path_buf(), role });
            }
            Ok(_) => {}
            Err(err) => discovery.diagnostics.push(walk_error(source_dir, &err)),
        }
    }
    for (link, target) in external_links {
        let shown = relative(source_dir, &link).unwrap_or_else(|| link.display().to_string());
        discovery.diagnostics.push(
            Diagnostic::warning(
                "W0103",
                format!("symbolic link leads outside the source directory (to {}); not followed", target.display()),
            )
            .at(shown, 0, 0)
            .with_help(
                "copy the file into the source directory, or set `follow-external-symlinks = true` under [tpmdocs] in book.toml to publish what the link points to",
            ),
        );
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

/// True for files parsed as Markdown deliverables: `.md`, `.markdown`, and MDX (read as the
/// Markdown it holds, [`crate::markdown::mdx`]).
/// An `index.html` that loads Docsify (`window.$docsify = { … }`).
fn is_docsify_app(path: &Path) -> bool {
    use std::io::Read;
    if path.file_name().is_none_or(|name| name != "index.html") {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|file| file.take(256 * 1024).read_to_end(&mut head));
    read.is_ok() && head.windows(8).any(|window| window == b"$docsify")
}

pub(crate) fn is_markdown(path: &Path) -> bool {
    has_extension(path, &["md", "markdown", "mdx"])
}

/// True for MDX files (Docusaurus, Astro Starlight).
pub(crate) fn is_mdx(path: &Path) -> bool {
    has_extension(path, &["mdx"])
}

/// Whether `path` ends in one of `extensions`, in any case.
fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| extensions.iter().any(|wanted| ext.eq_ignore_ascii_case(wanted)))
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
        let written =
            ["adr/adr-0001-a.md", "img/схема.png", ".git/x.md", "book/index.md", "drafts/wip.md", "Глоссарий.md"];
        // Swimm's docs beside the code are documentation, its other dot files are not.
        for rel in [&written[..], &[".swm/start-here.q7f3k.sw.md", ".swm/.cache/x.md", ".obsidian/notes.md"]].concat() {
            touch(root, rel);
        }
        let options = WalkOptions {
            exclude_dirs: vec![root.join("book")],
            ignore_globs: vec!["drafts/**".to_owned(), "drafts".to_owned()],
            ..WalkOptions::default()
        };
        let found = discover(root, &options);
        let listed: Vec<_> = found.files.iter().map(|f| (f.rel_path.as_str(), f.role)).collect();
        assert_eq!(
            listed,
            vec![
                (".swm/start-here.q7f3k.sw.md", FileRole::Markdown),
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
        let found = discover(dir.path(), &WalkOptions::default());
        assert_eq!(found.files.len(), 1);
        assert!(found.diagnostics.iter().any(|d| d.message.contains("loop")), "{:?}", found.diagnostics);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_tree_are_not_followed_unless_allowed() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let (source, outside) = (dir.path().join("content"), dir.path().join("outside"));
        touch(&source, "adr/adr-0001-a.md");
        touch(&source, "shared/inside.md");
        touch(&outside, "secret.md");
        touch(&outside, "private/key.png");
        symlink(outside.join("secret.md"), source.join("adr/passwd.md")).unwrap();
        symlink(outside.join("private"), source.join("private")).unwrap();
        symlink(source.join("shared/inside.md"), source.join("adr/alias.md")).unwrap();
        symlink(source.join("shared"), source.join("linked")).unwrap();
        symlink(dir.path().join("missing.md"), source.join("broken.md")).unwrap();

        let found = discover(&source, &WalkOptions::default());
        let listed: Vec<&str> = found.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(
            listed,
            vec!["adr/adr-0001-a.md", "adr/alias.md", "linked/inside.md", "shared/inside.md"],
            "links inside the tree still work"
        );
        let outside_links: Vec<(&str, &Path)> = found
            .diagnostics
            .iter()
            .filter(|d| d.code == "W0103")
            .map(|d| (d.message.as_str(), d.file.as_deref().unwrap()))
            .collect();
        assert_eq!(outside_links.len(), 2, "{:?}", found.diagnostics);
        assert!(outside_links.iter().any(|(_, file)| *file == Path::new("adr/passwd.md")));
        assert!(outside_links.iter().any(|(_, file)| *file == Path::new("private")));
        assert!(found.diagnostics.iter().any(|d| d.code == "W0102"), "the broken link is reported");

        let allowed = discover(&source, &WalkOptions { follow_external_symlinks: true, ..WalkOptions::default() });
        let listed: Vec<&str> = allowed.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert!(listed.contains(&"adr/passwd.md") && listed.contains(&"private/key.png"), "{listed:?}");
        assert!(!allowed.diagnostics.iter().any(|d| d.code == "W0103"));
    }
}
