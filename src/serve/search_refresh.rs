//! Keeps the search index of a served site current: after an incremental rebuild the
//! index is rebuilt on a background thread (the newest request wins), so reloads are never
//! held up by indexing. A refresh that fails keeps the previous index and says why through
//! [`SearchRefresher::failures`].

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver, Sender};

use crate::output;
use crate::search::{Indexer, SearchPage, BUNDLE_DIR};

/// The background indexer of `serve`.
#[derive(Debug)]
pub(crate) struct SearchRefresher {
    requests: Sender<Vec<SearchPage>>,
    failures: Receiver<String>,
}

impl SearchRefresher {
    /// Starts the thread that writes bundles into `output_dir`.
    pub(crate) fn start(output_dir: &Path, language: &str) -> Self {
        let (requests, incoming) = channel();
        let (failed, failures) = channel();
        let (output_dir, language) = (output_dir.to_path_buf(), language.to_owned());
        std::thread::spawn(move || run(&output_dir, &language, &incoming, &failed));
        Self { requests, failures }
    }

    /// Why refreshes failed since the last call (the index stays as it was).
    pub(crate) fn failures(&self) -> Vec<String> {
        self.failures.try_iter().collect()
    }

    /// Asks for an index of `pages`; an older pending request is dropped.
    pub(crate) fn refresh(&self, pages: Vec<SearchPage>) {
        let _ = self.requests.send(pages);
    }
}

fn run(output_dir: &Path, language: &str, incoming: &Receiver<Vec<SearchPage>>, failed: &Sender<String>) {
    while let Ok(mut pages) = incoming.recv() {
        while let Ok(newer) = incoming.try_recv() {
            pages = newer;
        }
        let indexer = Indexer::start(language, Default::default());
        let sender = indexer.sender();
        for (sequence, page) in pages.into_iter().enumerate() {
            if !sender.send(sequence, Some(page)) {
                break;
            }
        }
        drop(sender);
        let bundle = match indexer.finish() {
            Ok(bundle) => bundle,
            Err(err) => {
                let _ = failed.send(err.to_string());
                continue;
            }
        };
        let written: BTreeSet<String> = bundle.iter().map(|(path, _)| path.clone()).collect();
        let mut write_failed = None;
        for (path, bytes) in &bundle {
            if let Err(err) = output::replace_file(output_dir, path, bytes) {
                write_failed.get_or_insert(format!("cannot write {path}: {err}"));
            }
        }
        match write_failed {
            Some(reason) => {
                let _ = failed.send(reason);
            }
            None => remove_stale(output_dir, &written),
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
        let refresher = SearchRefresher::start(&not_a_folder, "ru");
        refresher.refresh(vec![SearchPage {
            path: "a.html".into(),
            title: "Поиск".into(),
            body_html: "<p>Текст</p>".into(),
            filters: Vec::new(),
            meta: Vec::new(),
        }]);
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
