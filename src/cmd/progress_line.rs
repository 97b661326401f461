//! The live progress line of `build` on a terminal ("Rendering 5234/10060 · 3000 indexed"),
//! redrawn in place a few times a second from a [`Progress`] and erased when done, and the
//! closing timing ("parse 1.2 s · render 2.0 s · index 15.3 s"). Nothing is drawn when
//! stderr is not a terminal: logs get only the closing line.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use tpmdocs::progress::{Progress, Snapshot, Stage};

/// A running progress line; [`ProgressLine::stop`] erases it.
pub struct ProgressLine {
    stop: Arc<AtomicBool>,
    drawer: Option<JoinHandle<()>>,
}

impl ProgressLine {
    /// Starts drawing `progress` when stderr is a terminal and `wanted`; otherwise does
    /// nothing.
    pub fn start(progress: &Arc<Progress>, wanted: bool) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let drawer = (wanted && std::io::stderr().is_terminal()).then(|| {
            let (progress, stop) = (Arc::clone(progress), Arc::clone(&stop));
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let line = describe(progress.snapshot());
                    let _ = write!(std::io::stderr(), "\r\x1b[2K{line}");
                    std::thread::sleep(Duration::from_millis(100));
                }
                let _ = write!(std::io::stderr(), "\r\x1b[2K");
            })
        });
        Self { stop, drawer }
    }

    /// Stops drawing and erases the line.
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(drawer) = self.drawer.take() {
            let _ = drawer.join();
        }
    }
}

/// `   Rendering 5234/10060 · 3000 indexed`.
fn describe(now: Snapshot) -> String {
    let verb = match now.stage {
        Stage::Discover => "Discovering",
        Stage::Parse => "Parsing",
        Stage::Link => "Linking",
        Stage::Render => "Rendering",
        Stage::Index => "Indexing",
        Stage::Write => "Writing",
        Stage::Done => "Finishing",
    };
    if now.stage == Stage::Index && now.total > 0 && now.indexed >= now.total {
        // Every page is in; Pagefind now builds and compresses the bundle.
        return format!("{:>12} the search bundle", "Compressing");
    }
    let counted = if now.total > 0 {
        let done = if now.stage == Stage::Index { now.indexed } else { now.done };
        format!(" {}/{}", done.min(now.total), now.total)
    } else {
        String::new()
    };
    let indexed = if now.stage == Stage::Render && now.indexed > 0 {
        format!(" · {} indexed", now.indexed)
    } else {
        String::new()
    };
    format!("{:>12}{counted}{indexed}", verb)
}

/// `parse 1.2 s · link 0.1 s · render 2.0 s · index 15.3 s · write 0.2 s`.
pub fn timings(progress: &Progress) -> String {
    progress
        .durations()
        .into_iter()
        .filter(|(stage, took)| *stage != Stage::Discover || took.as_millis() >= 50)
        .map(|(stage, took)| match (stage, progress.shards(), progress.reused()) {
            (Stage::Index, (shards, cached), _) if shards > 0 => {
                let noun = if shards == 1 { "shard" } else { "shards" };
                format!("index {} ({shards} {noun}, {cached} from the cache)", seconds(took))
            }
            (Stage::Parse, _, (documents, _)) if documents > 0 => {
                format!("parse {} ({documents} documents from the cache)", seconds(took))
            }
            (Stage::Render, _, (_, pages)) if pages > 0 => {
                format!("render {} ({pages} pages kept from the last build)", seconds(took))
            }
            (stage, _, _) => format!("{} {}", stage.name(), seconds(took)),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `0.4 s`, `12.3 s`.
pub fn seconds(took: Duration) -> String {
    format!("{:.1} s", took.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_the_stage_and_counts() {
        let at = |stage, done, total, indexed| describe(Snapshot { stage, done, total, indexed });
        assert_eq!(at(Stage::Parse, 12, 100, 0), "     Parsing 12/100");
        assert_eq!(at(Stage::Render, 50, 120, 30), "   Rendering 50/120 · 30 indexed");
        assert_eq!(at(Stage::Index, 120, 100, 80), "    Indexing 80/100");
        assert_eq!(at(Stage::Index, 0, 100, 100), " Compressing the search bundle");
        assert_eq!(at(Stage::Link, 0, 0, 0), "     Linking");
        assert_eq!(seconds(Duration::from_millis(4_150)), "4.2 s");
    }
}
