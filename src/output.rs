//! Writing the site atomically: everything goes to a temporary folder next to the build
//! directory, which replaces the old site only when every file was written. A failed build
//! leaves the previous site untouched.

use std::io;
use std::path::{Path, PathBuf};

/// Name of the marker file that identifies a folder as tpmdocs output, so a build never
/// deletes a folder it did not create.
pub(crate) const MARKER: &str = ".tpmdocs-build";

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// An I/O operation failed.
    #[error("{action} {}: {source}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
    /// The build directory holds files tpmdocs did not write.
    #[error("{} exists and was not written by tpmdocs; refusing to replace it (delete it or choose another -d)", .0.display())]
    ForeignDirectory(PathBuf),
    /// A page path would leave the output folder.
    #[error("refusing to write outside the output folder: {0}")]
    Traversal(String),
    /// The new site could not be moved into place, nor the previous one moved back.
    #[error(
        "cannot move the new site into {}: {source}; the previous site could not be moved back either and is at {} (rename it to {} to restore it)",
        target.display(),
        previous.display(),
        target.display()
    )]
    RollbackFailed {
        /// The build directory.
        target: PathBuf,
        /// Where the previous site was left.
        previous: PathBuf,
        /// Why the new site could not be moved.
        source: io::Error,
    },
}

fn io_error<'p>(action: &'static str, path: &'p Path) -> impl FnOnce(io::Error) -> OutputError + 'p {
    move |source| OutputError::Io { action, path: path.to_path_buf(), source }
}

/// A site being written into a staging folder.
#[derive(Debug)]
pub(crate) struct Staging {
    staging: PathBuf,
    target: PathBuf,
}

impl Staging {
    /// Creates an empty staging folder beside `target`. Fails early when `target` exists
    /// and is not tpmdocs output.
    pub(crate) fn begin(target: &Path) -> Result<Self, OutputError> {
        if target.exists() && !is_replaceable(target) {
            return Err(OutputError::ForeignDirectory(target.to_path_buf()));
        }
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(io_error("cannot create", parent))?;
        let name = target.file_name().map_or_else(|| "book".into(), |n| n.to_string_lossy().into_owned());
        let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(io_error("cannot remove", &staging))?;
        }
        std::fs::create_dir_all(&staging).map_err(io_error("cannot create", &staging))?;
        std::fs::write(staging.join(MARKER), b"").map_err(io_error("cannot write", &staging))?;
        Ok(Self { staging, target: target.to_path_buf() })
    }

    /// Writes `bytes` at site-relative `rel_path`, creating folders.
    pub(crate) fn write(&self, rel_path: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let path = self.prepare(rel_path)?;
        std::fs::write(&path, bytes).map_err(io_error("cannot write", &path))
    }

    /// Copies a file into the site at `rel_path`.
    pub(crate) fn copy(&self, source: &Path, rel_path: &str) -> Result<(), OutputError> {
        let path = self.prepare(rel_path)?;
        std::fs::copy(source, &path).map(|_| ()).map_err(io_error("cannot copy", source))
    }

    /// Puts the file at `source` into the site at `rel_path`: a hard link where the file
    /// system allows it (an old site beside the staging folder is on the same one), else a
    /// copy.
    pub(crate) fn link(&self, source: &Path, rel_path: &str) -> Result<(), OutputError> {
        let path = self.prepare(rel_path)?;
        std::fs::hard_link(source, &path)
            .or_else(|_| std::fs::copy(source, &path).map(|_| ()))
            .map_err(io_error("cannot copy", source))
    }

    /// Where the file at site-relative `rel_path` is being written.
    pub(crate) fn path_of(&self, rel_path: &str) -> Result<PathBuf, OutputError> {
        checked(&self.staging, rel_path)
    }

    /// [`Staging::path_of`], with its folder created.
    fn prepare(&self, rel_path: &str) -> Result<PathBuf, OutputError> {
        let path = self.path_of(rel_path)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_error("cannot create", parent))?;
        }
        Ok(path)
    }

    /// Swaps the staging folder in place of the target.
    pub(crate) fn commit(self) -> Result<(), OutputError> {
        let old = self.staging.with_extension("old");
        if old.exists() {
            // Left by a build that could not clean up after itself: moving aside needs the name.
            let _ = std::fs::remove_dir_all(&old);
        }
        if self.target.exists() {
            std::fs::rename(&self.target, &old).map_err(io_error("cannot move aside", &self.target))?;
        }
        if let Err(source) = std::fs::rename(&self.staging, &self.target) {
            if old.exists() && std::fs::rename(&old, &self.target).is_err() {
                return Err(OutputError::RollbackFailed { target: self.target.clone(), previous: old, source });
            }
            return Err(OutputError::Io { action: "cannot move into place", path: self.target.clone(), source });
        }
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    }

    /// Throws the staging folder away, leaving the target as it was.
    pub(crate) fn abort(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// Safe site-relative path check shared by staged and in-place writes.
fn checked(root: &Path, rel_path: &str) -> Result<PathBuf, OutputError> {
    let safe = !rel_path.is_empty()
        && !rel_path.starts_with('/')
        && rel_path.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
        && !rel_path.contains('\\');
    if safe {
        Ok(root.join(rel_path))
    } else {
        Err(OutputError::Traversal(rel_path.to_owned()))
    }
}

/// Replaces one file of a live site (`serve`): written beside it and renamed over it, so a
/// reader never sees half a page.
pub(crate) fn replace_file(root: &Path, rel_path: &str, bytes: &[u8]) -> Result<(), OutputError> {
    let path = checked(root, rel_path)?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io_error("cannot create", parent))?;
    }
    let temporary = path.with_file_name(format!(
        ".{}.tpmdocs-tmp",
        path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    ));
    std::fs::write(&temporary, bytes).map_err(io_error("cannot write", &temporary))?;
    std::fs::rename(&temporary, &path).map_err(io_error("cannot replace", &path))
}

/// Copies a file into a live site.
pub(crate) fn replace_copy(root: &Path, rel_path: &str, source: &Path) -> Result<(), OutputError> {
    let bytes = std::fs::read(source).map_err(io_error("cannot read", source))?;
    replace_file(root, rel_path, &bytes)
}

/// Removes one file of a live site; a file already gone is fine.
pub(crate) fn remove_file(root: &Path, rel_path: &str) -> Result<(), OutputError> {
    let path = checked(root, rel_path)?;
    match std::fs::remove_file(&path) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => {
            Err(OutputError::Io { action: "cannot remove", path, source: err })
        }
        _ => Ok(()),
    }
}

/// An empty folder or one with our marker may be replaced.
fn is_replaceable(dir: &Path) -> bool {
    if dir.join(MARKER).exists() {
        return true;
    }
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_abort_keeps_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("book");
        let first = Staging::begin(&target).unwrap();
        first.write("index.html", b"v1").unwrap();
        first.commit().unwrap();
        let second = Staging::begin(&target).unwrap();
        second.write("index.html", b"v2").unwrap();
        second.abort();
        assert_eq!(std::fs::read(target.join("index.html")).unwrap(), b"v1");
        let third = Staging::begin(&target).unwrap();
        third.write("a/b.html", b"v3").unwrap();
        third.commit().unwrap();
        assert!(!target.join("index.html").exists());
        assert_eq!(std::fs::read(target.join("a/b.html")).unwrap(), b"v3");
    }

    #[test]
    fn foreign_folders_and_traversal_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("precious.txt"), b"x").unwrap();
        assert!(matches!(Staging::begin(dir.path()), Err(OutputError::ForeignDirectory(_))));
        let staging = Staging::begin(&dir.path().join("book")).unwrap();
        for bad in ["../x.html", "/etc/x", "a/../../x", ""] {
            assert!(matches!(staging.write(bad, b""), Err(OutputError::Traversal(_))), "{bad}");
        }
        staging.abort();
    }
}
