//! Keeps the search index of a served site current: after an incremental rebuild the
//! index is rebuilt on a background thread (the newest request wins), so reloads are never
//! held up by indexing. A refresh that fails keeps the previous index and says why through
//! [`SearchRefresher::failures`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Mutex;

use crate::output;
use crate::progress::Progress;
use crate::search::{SearchError, SearchPage, ShardCache, ShardPlan, BUNDLE_DIR};

/// One refresh: the pages to index and how to split them.
pub(crate) type Request = (ShardPlan, Vec<SearchPage>);

/// The background indexer of `serve`.
#[derive(Debug)]
pub(crate) struct SearchRefresher {
    requests: Sender<Request>,
    failures: Receiver<String>,
}

impl SearchRefresher {
    /// Starts the thread that writes bundles into `output_dir`, reusing the shards in the
    /// cache folder `cache_dir` whose pages did not change.
    pub(crate) fn start(output_dir: &Path, language: &str, cache_dir: Option<PathBuf>) -> Self {
        let (requests, incoming) = channel();
        let (failed, failures) = channel();
        let (output_dir, language) = (output_dir.to_path_buf(), language.to_owned());
        std::thread::spawn(move || {
            let cache = cache_dir.and_then(|dir| ShardCache::open(&dir));
            run(&output_dir, &language, cache.as_ref(), &incoming, &failed);
        });
        Self { requests, failures }
    }

    /// Why refreshes failed since the last call (the index stays as it was).
    pub(crate) fn failures(&self) -> Vec<String> {
        self.failures.try_iter().collect()
    }

    /// Asks for an index of `pages` split by `plan`; an older pending request is dropped.
    pub(crate) fn refresh(&self, request: Request) {
        let _ = self.requests.send(request);
    }
}

fn run(
    output_dir: &Path,
    language: &str,
    cache: Option<&ShardCache>,
    incoming: &Receiver<Request>,
    failed: &Sender<String>,
) {
    while let Ok(mut request) = incoming.recv() {
        while let Ok(newer) = incoming.try_recv() {
            request = newer;
        }
        let (plan, pages) = request;
        let written = Mutex::new(BTreeSet::new());
        let outcome = crate::search::write_index(language, plan, pages, cache, &Progress::default(), &|path, bytes| {
            output::replace_file(output_dir, path, bytes)
                .map_err(|err| SearchError::Write(format!("cannot write {path}: {err}")))?;
            if let Ok(mut written) = written.lock() {
                written.insert(path.to_owned());
            }
            Ok(())
        });
        match outcome {
            Ok(_) => remove_stale(output_dir, &written.into_inner().unwrap_or_default()),
            Err(err) => {
                let _ = failed.send(err.to_string());
            }
        }
    }
}

/// Deletes bundle files (hash-named chunks) that the new index no longer uses.
fn remove_stale(output_dir: &Path, written: &BTreeSet<String>) {
    let bundle = output_dir.join(BUNDLE_DIR);
    for entry in walkdir::WalkDir::new(&bundle).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let Ok(relative) = entry.path().strip_prefix(output_dir) else { continue };
        let relative = relative.to_string_lossy().replace('\\', "/");
        if !written.contains(&relative) {
            let _ = output::remove_file(output_dir, &relative);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_that_cannot_write_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let not_a_folder = dir.path().join("site");
        std::fs::write(&not_a_folder, "a file where the site should be").unwrap();
        let refresher = SearchRefresher::start(&not_a_folder, "ru", None);
        let page = SearchPage {
            path: "a.html".into(),
            title: "Поиск".into(),
            body_html: "<p>Текст</p>".into(),
            filters: Vec::new(),
            meta: Vec::new(),
        };
        refresher.refresh((ShardPlan::for_pages(1, 10), vec![page]));
        let started = std::time::Instant::now();
        let mut failures = Vec::new();
        while failures.is_empty() && started.elapsed() < std::time::Duration::from_secs(60) {
            std::thread::sleep(std::time::Duration::from_millis(50));
            failures = refresher.failures();
        }
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert!(failures[0].contains("cannot write pagefind/"), "{failures:?}");
    }
}
