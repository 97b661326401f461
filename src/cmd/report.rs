//! `tpmdocs report`: the leadership numbers as JSON (a contract for tools) or as a Markdown
//! status post, from the same computation the overview pages show.

use std::path::Path;

use tpmdocs::build::LoadOptions;
use tpmdocs::deliverable::date::Date;

use super::terminal::{print_some_diagnostics, summary, Shown};
use super::{load, outcome_of, Outcome};
use crate::cli::ReportFormat;

/// Prints the report of the project in `dir`.
pub fn run(dir: &Path, format: ReportFormat, today: Date) -> anyhow::Result<Outcome> {
    let loaded = load(dir, LoadOptions::analyse(today))?;
    // Findings go to stderr in both formats, the first few of each code (`check` prints them
    // all); stdout carries only the report.
    print_some_diagnostics(&loaded, &loaded.diagnostics, Shown::FirstOfEachCode);
    let answers = loaded.leadership();
    match format {
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&answers)?),
        ReportFormat::Markdown => print!("{}", loaded.status_post(&answers)),
    }
    eprintln!("tpmdocs: report as of {}{}", answers.as_of, summary(&loaded.diagnostics));
    Ok(outcome_of(&loaded.diagnostics))
}
