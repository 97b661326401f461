//! How far a build has got, for whoever shows it (the `build` command's progress line and
//! its closing timing): the stage, how many of how many within it, how many pages the search
//! index has taken, and when each stage began. Written by the build's threads, read by a
//! display thread; all atomics, so observing costs the build next to nothing.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A stage of a build, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Finding the source files.
    Discover = 0,
    /// Reading, parsing and converting documents.
    Parse = 1,
    /// Relations and checks.
    Link = 2,
    /// Rendering and writing pages (the search index is built meanwhile).
    Render = 3,
    /// Waiting for the rest of the search index, once every page is written.
    Index = 4,
    /// Swapping the new site in.
    Write = 5,
    /// Finished.
    Done = 6,
}

impl Stage {
    const ALL: [Stage; 7] =
        [Stage::Discover, Stage::Parse, Stage::Link, Stage::Render, Stage::Index, Stage::Write, Stage::Done];

    /// A short English name: `parse`, `render`, `index`…
    pub fn name(self) -> &'static str {
        match self {
            Stage::Discover => "discover",
            Stage::Parse => "parse",
            Stage::Link => "link",
            Stage::Render => "render",
            Stage::Index => "index",
            Stage::Write => "write",
            Stage::Done => "done",
        }
    }

    fn from_u8(value: u8) -> Stage {
        Stage::ALL.get(usize::from(value)).copied().unwrap_or(Stage::Done)
    }
}

/// A build's progress, shared between the build and a display.
#[derive(Debug)]
pub struct Progress {
    stage: AtomicU8,
    done: AtomicUsize,
    total: AtomicUsize,
    indexed: AtomicUsize,
    shards: AtomicUsize,
    cached_shards: AtomicUsize,
    cached_documents: AtomicUsize,
    kept_pages: AtomicUsize,
    started: Mutex<Vec<(Stage, Instant)>>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            stage: AtomicU8::new(Stage::Discover as u8),
            done: AtomicUsize::new(0),
            total: AtomicUsize::new(0),
            indexed: AtomicUsize::new(0),
            shards: AtomicUsize::new(0),
            cached_shards: AtomicUsize::new(0),
            cached_documents: AtomicUsize::new(0),
            kept_pages: AtomicUsize::new(0),
            started: Mutex::new(vec![(Stage::Discover, Instant::now())]),
        }
    }
}

/// What a display shows at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snapshot {
    /// The current stage.
    pub stage: Stage,
    /// Items of the stage done so far.
    pub done: usize,
    /// Items the stage has (0 when it is not counted).
    pub total: usize,
    /// Pages the search index has taken so far.
    pub indexed: usize,
}

impl Progress {
    /// Starts `stage`, which has `total` items (0: not counted).
    pub fn enter(&self, stage: Stage, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.stage.store(stage as u8, Ordering::Release);
        if let Ok(mut started) = self.started.lock() {
            started.push((stage, Instant::now()));
        }
    }

    /// One more item of the current stage is done.
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    /// `pages` more pages are in the search index.
    pub fn indexed(&self, pages: usize) {
        self.indexed.fetch_add(pages, Ordering::Relaxed);
    }

    /// The search index has `shards` shards, `cached` of them taken from the cache.
    pub fn search_shards(&self, shards: usize, cached: usize) {
        self.shards.store(shards, Ordering::Relaxed);
        self.cached_shards.store(cached, Ordering::Relaxed);
    }

    /// The search index's (shards, shards taken from the cache); (0, 0) without search.
    pub fn shards(&self) -> (usize, usize) {
        (self.shards.load(Ordering::Relaxed), self.cached_shards.load(Ordering::Relaxed))
    }

    /// One document was taken from the build cache instead of being parsed.
    pub fn document_from_cache(&self) {
        self.cached_documents.fetch_add(1, Ordering::Relaxed);
    }

    /// One page of the last build was kept instead of being rendered.
    pub fn page_kept(&self) {
        self.kept_pages.fetch_add(1, Ordering::Relaxed);
    }

    /// (documents taken from the build cache, pages kept from the last build).
    pub fn reused(&self) -> (usize, usize) {
        (self.cached_documents.load(Ordering::Relaxed), self.kept_pages.load(Ordering::Relaxed))
    }

    /// Where the build is now.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            stage: Stage::from_u8(self.stage.load(Ordering::Acquire)),
            done: self.done.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
            indexed: self.indexed.load(Ordering::Relaxed),
        }
    }

    /// How long each stage took, in order, for the stages that ran (the last one until now).
    pub fn durations(&self) -> Vec<(Stage, Duration)> {
        let started = self.started.lock().map(|started| started.clone()).unwrap_or_default();
        let now = Instant::now();
        started
            .iter()
            .enumerate()
            .filter(|(_, (stage, _))| *stage != Stage::Done)
            .map(|(i, (stage, at))| (*stage, started.get(i + 1).map_or(now, |(_, next)| *next) - *at))
            .collect()
    }

    /// Time since the build began.
    pub fn elapsed(&self) -> Duration {
        self.started.lock().ok().and_then(|started| started.first().map(|(_, at)| at.elapsed())).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_count_and_time_in_order() {
        let progress = Progress::default();
        progress.enter(Stage::Parse, 3);
        progress.step();
        progress.step();
        assert_eq!(progress.snapshot(), Snapshot { stage: Stage::Parse, done: 2, total: 3, indexed: 0 });
        progress.enter(Stage::Render, 10);
        progress.indexed(1);
        assert_eq!(progress.snapshot(), Snapshot { stage: Stage::Render, done: 0, total: 10, indexed: 1 });
        progress.enter(Stage::Done, 0);
        let stages: Vec<Stage> = progress.durations().into_iter().map(|(stage, _)| stage).collect();
        assert_eq!(stages, vec![Stage::Discover, Stage::Parse, Stage::Render]);
        assert_eq!(Stage::from_u8(200), Stage::Done);
    }
}
