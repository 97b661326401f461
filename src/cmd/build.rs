//! `tpmdocs build`: writes the portal, reporting every finding on the way.

use std::path::Path;

use tpmdocs::build::LoadOptions;
use tpmdocs::deliverable::date::Date;

use super::terminal::{print_diagnostics, shown, summary};
use super::{load, outcome_of, Outcome};

/// Builds the project in `dir` into `dest` (default: `[build] build-dir`).
pub fn run(dir: &Path, dest: Option<&Path>, today: Date) -> anyhow::Result<Outcome> {
    let mut loaded = load(dir, LoadOptions::render(today))?;
    if let Some(dest) = dest {
        loaded.project.build_dir = std::env::current_dir()?.join(dest);
    }
    print_diagnostics(&loaded, &loaded.diagnostics);
    let pages = tpmdocs::build::write_site(&loaded)?;
    eprintln!("tpmdocs: wrote {pages} pages to {}{}", shown(&loaded.project.build_dir), summary(&loaded.diagnostics));
    Ok(outcome_of(&loaded.diagnostics))
}
