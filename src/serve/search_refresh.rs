//! Keeps the search index of a served site current: after an incremental rebuild the
//! index is rebuilt on a background thread (the newest request wins), so reloads are never
//! held up by indexing. A refresh that fails keeps the previous index and says why through
//! [`SearchRefresher::failures`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

use std::time::{Duration, Instant};

use crate::output;
use crate::progress::Progress;
use crate::search::{IndexOutcome, SearchError, SearchPage, ShardCache, ShardPlan, BUNDLE_DIR};

/// One refresh: the pages to index and how to split them.
pub(crate) type Request = (ShardPlan, Vec<SearchPage>);

/// How one refresh ended: the index it wrote, how long it took (from the request) and what
/// could not be cleaned up after it (stale files left in the bundle), or why it failed.
pub(crate) type Refreshed = Result<(IndexOutcome, Duration, Option<String>), String>;

/// The background indexer of `serve`.
#[derive(Debug)]
pub(crate) struct SearchRefresher {
    requests: Sender<(Instant, Request)>,
    finished: Receiver<Refreshed>,
    rebuilt: Arc<AtomicBool>,
}

impl SearchRefresher {
    /// Starts the thread that writes bundles into `output_dir`, reusing the shards in the
    /// cache folder `cache_dir` whose pages did not change.
    pub(crate) fn start(output_dir: &Path, language: &str, cache_dir: Option<PathBuf>) -> Self {
        let (requests, incoming) = channel();
        let (done, finished) = channel();
        let (output_dir, language) = (output_dir.to_path_buf(), language.to_owned());
        let rebuilt = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&rebuilt);
        std::thread::spawn(move || {
            let cache = cache_dir.and_then(|dir| ShardCache::open(&dir));
            run(&output_dir, &language, cache.as_ref(), &incoming, &done, &flag);
        });
        Self { requests, finished, rebuilt }
    }

    /// A full rebuild has written the whole index: the next refresh must not trust what this
    /// thread wrote before.
    pub(crate) fn rebuilt_elsewhere(&self) {
        self.rebuilt.store(true, Ordering::SeqCst);
    }

    /// The refreshes that ended since the last call; a failed one keeps the previous index.
    pub(crate) fn finished(&self) -> Vec<Refreshed> {
        self.finished.try_iter().collect()
    }

    /// Asks for an index of `pages` split by `plan`; an older pending request is dropped.
    pub(crate) fn refresh(&self, request: Request) {
        let _ = self.requests.send((Instant::now(), request));
    }
}

fn run(
    output_dir: &Path,
    language: &str,
    cache: Option<&ShardCache>,
    incoming: &Receiver<(Instant, Request)>,
    done: &Sender<Refreshed>,
    rebuilt: &AtomicBool,
) {
    // The shards this thread last wrote: unchanged ones are left alone next time.
    let mut known: Option<(ShardPlan, Vec<String>)> = None;
    while let Ok((mut asked, mut request)) = incoming.recv() {
        while let Ok(newer) = incoming.try_recv() {
            (asked, request) = newer;
        }
        let (plan, pages) = request;
        if rebuilt.swap(false, Ordering::SeqCst) {
            known = None; // a full rebuild wrote the whole index since
        }
        let before =
            known.take().filter(|(known_plan, _)| *known_plan == plan).map(|(_, keys)| keys).unwrap_or_default();
        let written = Mutex::new(BTreeSet::new());
        let outcome =
            crate::search::write_index(language, plan, pages, cache, &before, &Progress::default(), &|path, bytes| {
                output::replace_file(output_dir, path, bytes)
                    .map_err(|err| SearchError::Write(format!("cannot write {path}: {err}")))?;
                if let Ok(mut written) = written.lock() {
                    written.insert(path.to_owned());
                }
                Ok(())
            });
        let refreshed = outcome.map(|outcome| {
            let rewritten: Vec<bool> =
                outcome.keys.iter().enumerate().map(|(shard, key)| before.get(shard) != Some(key)).collect();
            let leftovers = remove_stale(output_dir, &written.into_inner().unwrap_or_default(), &rewritten);
            known = Some((plan, outcome.keys.clone()));
            (outcome, asked.elapsed(), leftovers)
        });
        let _ = done.send(refreshed.map_err(|err| err.to_string()));
    }
}

/// Deletes bundle files (hash-named chunks) that the new index no longer uses: in the
/// folders of the shards just written (`rewritten[shard]`), and of shards the index no
/// longer has.
fn remove_stale(output_dir: &Path, written: &BTreeSet<String>, rewritten: &[bool]) -> Option<String> {
    let rewrote = |shard: usize| rewritten.get(shard).copied().unwrap_or(true);
    // The folders of shards left as they were (after one edit, all but one) are not walked.
    let walk = walkdir::WalkDir::new(output_dir.join(BUNDLE_DIR)).into_iter().filter_entry(|entry| {
        let folder = entry.depth() == 1 && entry.file_type().is_dir();
        let shard = entry.file_name().to_str().and_then(|name| name.strip_prefix("shard-")?.parse().ok());
        !folder || shard.is_none_or(rewrote)
    });
    let mut failures = Vec::new();
    for entry in walk.filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let Ok(relative) = entry.path().strip_prefix(output_dir) else { continue };
        let relative = relative.to_string_lossy().replace('\\', "/");
        let Some(shard) = ShardPlan::shard_of_file(&relative) else { continue };
        if rewrote(shard) && !written.contains(&relative) {
            if let Err(err) = output::remove_file(output_dir, &relative) {
                failures.push(format!("{relative}: {err}"));
            }
        }
    }
    let first = failures.first()?;
    Some(match failures.len() {
        1 => format!("a stale search file could not be removed ({first})"),
        n => format!("{n} stale search files could not be removed (first: {first})"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_rewrites_only_the_changed_shard_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let refresher = SearchRefresher::start(&site, "ru", Some(dir.path().join("cache")));
        let pages: Vec<SearchPage> = (0..8)
            .map(|n| SearchPage {
                path: format!("doc-{n}.html"),
                title: format!("Документ {n}"),
                body_html: "<p>Миграция кластера</p>".into(),
                filters: Vec::new(),
                meta: Vec::new(),
            })
            .collect();
        let plan = ShardPlan::for_pages(8, 2);
        let wait = || {
            let started = Instant::now();
            loop {
                if let Some(done) = refresher.finished().pop() {
                    return done.unwrap();
                }
                assert!(started.elapsed() < Duration::from_secs(60), "no refresh");
                std::thread::sleep(Duration::from_millis(20));
            }
        };
        refresher.refresh((plan, pages.clone()));
        assert_eq!(wait().0.indexed(), 4);
        let files = |site: &Path| -> BTreeSet<String> {
            walkdir::WalkDir::new(site)
                .into_iter()
                .map(Result::unwrap)
                .filter(|e| e.file_type().is_file())
                .map(|e| e.path().strip_prefix(site).unwrap().to_string_lossy().into_owned())
                .collect()
        };
        let first = files(&site);
        let mut edited = pages.clone();
        edited[3].body_html = "<p>Шардирование индекса</p>".into();
        refresher.refresh((plan, edited));
        let (outcome, took, leftovers) = wait();
        assert_eq!(leftovers, None, "every stale file was removed");
        assert_eq!((outcome.unchanged, outcome.indexed()), (3, 1), "only the edited shard is written");
        assert!(took > Duration::ZERO);
        let second = files(&site);
        let shard = ShardPlan::shard_of_file(second.difference(&first).next().unwrap());
        assert!(
            second.symmetric_difference(&first).all(|f| ShardPlan::shard_of_file(f) == shard),
            "stale files of that shard only are gone"
        );
        // After a full rebuild wrote the index, nothing this thread wrote is trusted.
        refresher.rebuilt_elsewhere();
        refresher.refresh((plan, pages));
        let (outcome, _, _) = wait();
        // The edited shard's old bundle left the cache when the edit replaced it.
        assert_eq!((outcome.unchanged, outcome.reused, outcome.indexed()), (0, 3, 1), "every shard rewritten");
        assert_eq!(files(&site), first);
    }

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
        let mut finished = Vec::new();
        while finished.is_empty() && started.elapsed() < std::time::Duration::from_secs(60) {
            std::thread::sleep(std::time::Duration::from_millis(50));
            finished = refresher.finished();
        }
        assert_eq!(finished.len(), 1, "{finished:?}");
        let failure = finished[0].as_ref().unwrap_err();
        assert!(failure.contains("cannot write pagefind/"), "{failure}");
    }
}
