//! `tpmdocs build`: writes the portal. On a terminal a progress line follows the stages;
//! findings are printed the first few of each code (`tpmdocs check` prints them all), and
//! the closing line says how many pages were written and how long it took.

use std::path::Path;
use std::sync::Arc;

use tpmdocs::build::LoadOptions;
use tpmdocs::deliverable::date::Date;
use tpmdocs::progress::Progress;

use super::progress_line::{seconds, timings, ProgressLine};
use super::terminal::{print_some_diagnostics, shown, summary, Shown};
use super::{load_observed, outcome_of, Outcome};

/// How `build` talks while it works.
#[derive(Debug, Clone, Copy, Default)]
pub struct Display {
    /// Errors only, no progress line.
    pub quiet: bool,
    /// Add each stage's time to the closing line.
    pub timings: bool,
}

/// Builds the project in `dir` into `dest` (default: `[build] build-dir`).
pub fn run(dir: &Path, dest: Option<&Path>, display: Display, today: Date) -> anyhow::Result<Outcome> {
    let progress = Arc::new(Progress::default());
    let line = ProgressLine::start(&progress, !display.quiet);
    let build_dir = match dest {
        Some(dest) => Some(std::env::current_dir()?.join(dest)),
        None => None,
    };
    let loaded = load_observed(dir, LoadOptions::render(today).with_build_dir(build_dir), &progress);
    line.stop();
    let loaded = loaded?;
    let shown_findings = if display.quiet { Shown::ErrorsOnly } else { Shown::FirstOfEachCode };
    print_some_diagnostics(&loaded, &loaded.diagnostics, shown_findings);
    let line = ProgressLine::start(&progress, !display.quiet);
    let written = tpmdocs::build::write_site_observed(&loaded, &progress);
    line.stop();
    let pages = written?;
    if display.quiet && !display.timings {
        return Ok(outcome_of(&loaded.diagnostics)); // errors only, and they are printed
    }
    eprintln!(
        "tpmdocs: wrote {pages} pages to {} in {}{}",
        shown(&loaded.project.build_dir),
        seconds(progress.elapsed()),
        summary(&loaded.diagnostics)
    );
    if display.timings {
        eprintln!("tpmdocs: {}", timings(&progress));
    }
    Ok(outcome_of(&loaded.diagnostics))
}
