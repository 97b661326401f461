//! Watching the project for saves with notify. Events are filtered to real changes
//! (creations, writes, renames, removals — never reads, or serving would watch itself) and
//! debounced, so an editor's write-and-rename save arrives as one batch of paths.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long after the last event of a burst the batch is considered complete.
pub(crate) const DEBOUNCE: Duration = Duration::from_millis(20);
/// The longest a continuous stream of events delays a rebuild.
pub(crate) const MAX_DELAY: Duration = Duration::from_millis(250);

/// Starts watching `paths` (folders recursively; for a file, its folder) and sends the
/// path of every change to `raw`. Keep the returned watcher alive.
pub(crate) fn watch(paths: &[PathBuf], raw: Sender<PathBuf>) -> notify::Result<RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<Event>| {
        let Ok(event) = result else { return };
        if is_change(&event.kind) {
            for path in event.paths {
                if !is_noise(&path) {
                    let _ = raw.send(path);
                }
            }
        }
    })?;
    for path in paths {
        if path.is_dir() {
            watcher.watch(path, RecursiveMode::Recursive)?;
        } else if let Some(parent) = path.parent().filter(|p| p.is_dir()) {
            // Watch the folder, not the file: atomic saves replace the file itself.
            watcher.watch(parent, RecursiveMode::NonRecursive)?;
        }
    }
    Ok(watcher)
}

/// Waits up to `wait` for a change, then collects the rest of its burst.
pub(crate) fn next_batch(raw: &Receiver<PathBuf>, wait: Duration) -> Result<Vec<PathBuf>, RecvTimeoutError> {
    let first = raw.recv_timeout(wait)?;
    let started = Instant::now();
    let mut batch = vec![first];
    while started.elapsed() < MAX_DELAY {
        match raw.recv_timeout(DEBOUNCE) {
            Ok(path) => batch.push(path),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    batch.sort();
    batch.dedup();
    Ok(batch)
}

/// Creations, content writes, renames and removals; not reads or metadata-only touches.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(notify::event::ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// Editor swap and backup files, and our own temporary files.
fn is_noise(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tpmdocs-tmp")
        || name == "4913"
        || name.starts_with(".#")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_arrives_as_one_batch_and_reads_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("a.md"), "# A\n").unwrap();
        let (sender, receiver) = std::sync::mpsc::channel();
        let _watcher = watch(std::slice::from_ref(&root), sender).unwrap();
        std::thread::sleep(Duration::from_millis(50));
        let _ = std::fs::read_to_string(root.join("a.md")).unwrap();
        assert!(next_batch(&receiver, Duration::from_millis(200)).is_err(), "reading is not a change");
        // An editor's atomic save: write a temporary file, rename it over the original.
        std::fs::write(root.join(".a.md.tmp"), "# A2\n").unwrap();
        std::fs::rename(root.join(".a.md.tmp"), root.join("a.md")).unwrap();
        let batch = next_batch(&receiver, Duration::from_secs(2)).unwrap();
        assert!(batch.contains(&root.join("a.md")), "{batch:?}");
    }
}
