//! Where a relative link written in a document leads, resolved the way GitHub resolves it:
//! a Markdown file is its page, a folder is its `README.md`/`index.md` page, a file copied
//! into the site is that file, and anything else that exists in the repository — source
//! code, `LICENSE`, a hidden folder, a file outside the source directory — is a file the
//! portal does not publish but the repository has. Only what exists nowhere is missing.

use std::path::{Component, Path, PathBuf};

use super::Site;
use crate::urls;

/// What a link's path leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A page of the portal (for a folder: its `README.md`/`index.md`).
    Page(usize),
    /// A file copied into the site as it is.
    Asset,
    /// A file or folder of the repository that is not part of the portal.
    Elsewhere {
        /// Its absolute path.
        path: PathBuf,
        /// True for a folder.
        folder: bool,
    },
    /// Nothing there.
    Missing(Missing),
}

/// Why a link leads nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No such file or folder.
    NoFile,
    /// It leaves the repository (or, outside git, the source directory and the disk has no
    /// such file).
    OutsideRepository,
}

/// The names of the file that is a folder's page, in the order the portal prefers them
/// (`index.md` is the folder's page when it has both, see [`urls::page_path_among`]).
const FOLDER_PAGES: [&str; 8] = [
    "index.md",
    "index.markdown",
    "INDEX.md",
    "README.md",
    "readme.md",
    "Readme.md",
    "README.markdown",
    "readme.markdown",
];

/// How a `#fragment` matched one of a page's anchors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorMatch {
    /// The anchor as the page has it.
    pub anchor: String,
    /// False when it matched only in another case or with GitHub's `user-content-` prefix;
    /// the link is then pointed at the anchor as the page has it.
    pub exact: bool,
}

impl Site {
    /// Where the path part of a link written in page `from` leads (`path` as written,
    /// percent-escapes and all; empty for a link within the page).
    pub fn resolve_link(&self, from: usize, path: &str) -> LinkTarget {
        if path.is_empty() {
            return LinkTarget::Page(from);
        }
        let from_id = &self.pages[from].doc.id;
        let decoded = urls::percent_decode(path);
        if let (Some(stripped), Some(repository)) = (decoded.strip_prefix('/'), &self.repository) {
            // GitHub reads `/docs/x.md` from the repository's top folder.
            return self.resolve_absolute(normalise(&repository.root.join(stripped)));
        }
        match urls::resolve_relative(from_id, path) {
            Some(in_source) => self.resolve_in_source(&in_source),
            None => {
                let folder = Path::new(from_id).parent().unwrap_or(Path::new(""));
                let absolute = normalise(&self.source_root.join(folder).join(decoded.trim_start_matches('/')));
                self.resolve_absolute(absolute)
            }
        }
    }

    /// A path relative to the source directory.
    fn resolve_in_source(&self, in_source: &str) -> LinkTarget {
        if self.has_asset(in_source) {
            return LinkTarget::Asset;
        }
        if let Some(page) = self.index_of(in_source) {
            return LinkTarget::Page(page);
        }
        let folder = in_source.trim_end_matches('/');
        let beside = |name: &str| if folder.is_empty() { name.to_owned() } else { format!("{folder}/{name}") };
        if let Some(page) = FOLDER_PAGES.iter().find_map(|name| self.index_of(&beside(name))) {
            return LinkTarget::Page(page);
        }
        on_disk(self.source_root.join(in_source)).unwrap_or(LinkTarget::Missing(Missing::NoFile))
    }

    /// An absolute path: a page or asset when it is inside the source directory, else a file
    /// of the repository.
    fn resolve_absolute(&self, absolute: PathBuf) -> LinkTarget {
        if let Ok(inside) = absolute.strip_prefix(&self.source_root) {
            let parts: Option<Vec<&str>> = inside.components().map(|part| part.as_os_str().to_str()).collect();
            if let Some(parts) = parts {
                return self.resolve_in_source(&parts.join("/"));
            }
        }
        if let Some(repository) = &self.repository {
            if !absolute.starts_with(&repository.root) {
                return LinkTarget::Missing(Missing::OutsideRepository);
            }
        }
        on_disk(absolute).unwrap_or(LinkTarget::Missing(if self.repository.is_some() {
            Missing::NoFile
        } else {
            Missing::OutsideRepository
        }))
    }

    /// The source directory, absolute where it exists.
    pub fn source_root(&self) -> &Path {
        &self.source_root
    }

    /// The anchor of page `page` that `fragment` (as written, percent-escapes and all) names:
    /// a heading's, the title's, or an `id`/`name` in its raw HTML; matched exactly, else
    /// without GitHub's `user-content-` prefix, else in any case.
    pub fn find_anchor(&self, page: usize, fragment: &str) -> Option<AnchorMatch> {
        let body = &self.pages[page].body;
        let anchors = || {
            body.headings
                .iter()
                .map(|heading| heading.anchor.as_str())
                .chain(body.title_anchor.as_deref())
                .chain(body.anchors.iter().map(String::as_str))
        };
        let wanted = urls::percent_decode(fragment);
        if anchors().any(|anchor| anchor == wanted) {
            return Some(AnchorMatch { anchor: wanted, exact: true });
        }
        let unprefixed = wanted.strip_prefix("user-content-").unwrap_or(&wanted);
        let folded = unprefixed.to_lowercase();
        anchors()
            .find(|anchor| *anchor == unprefixed)
            .or_else(|| anchors().find(|anchor| anchor.to_lowercase() == folded))
            .map(|anchor| AnchorMatch { anchor: anchor.to_owned(), exact: false })
    }
}

/// What is at `path` on disk, if anything.
fn on_disk(path: PathBuf) -> Option<LinkTarget> {
    let metadata = std::fs::metadata(&path).ok()?;
    Some(LinkTarget::Elsewhere { folder: metadata.is_dir(), path })
}

/// `path` with `.` and `..` resolved by name (the file need not exist).
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
