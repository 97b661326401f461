//! Keeps the search index of a served site current: after an incremental rebuild the
//! index is rebuilt on a background thread (the newest request wins), so reloads are never
//! held up by indexing.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver, Sender};

use crate::output;
use crate::search::{Indexer, SearchPage, BUNDLE_DIR};

/// The background indexer of `serve`.
#[derive(Debug)]
pub struct SearchRefresher {
    requests: Sender<Vec<SearchPage>>,
}

impl SearchRefresher {
    /// Starts the thread that writes bundles into `output_dir`.
    pub fn start(output_dir: &Path, language: &str) -> Self {
        let (requests, incoming) = channel();
        let (output_dir, language) = (output_dir.to_path_buf(), language.to_owned());
        std::thread::spawn(move || run(&output_dir, &language, &incoming));
        Self { requests }
    }

    /// Asks for an index of `pages`; an older pending request is dropped.
    pub fn refresh(&self, pages: Vec<SearchPage>) {
        let _ = self.requests.send(pages);
    }
}

fn run(output_dir: &Path, language: &str, incoming: &Receiver<Vec<SearchPage>>) {
    while let Ok(mut pages) = incoming.recv() {
        while let Ok(newer) = incoming.try_recv() {
            pages = newer;
        }
        let indexer = Indexer::start(language);
        let sender = indexer.sender();
        for (sequence, page) in pages.into_iter().enumerate() {
            if !sender.send(sequence, Some(page)) {
                break;
            }
        }
        drop(sender);
        let Ok(bundle) = indexer.finish() else { continue };
        let written: BTreeSet<String> = bundle.iter().map(|(path, _)| path.clone()).collect();
        for (path, bytes) in &bundle {
            let _ = output::replace_file(output_dir, path, bytes);
        }
        remove_stale(output_dir, &written);
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
