//! `tpmdocs check`: every finding, as text, JSON or GitHub annotations; writes nothing.

use std::path::Path;

use tpmdocs::build::LoadOptions;
use tpmdocs::deliverable::date::Date;
use tpmdocs::diagnostic::Diagnostic;

use super::terminal::{locate, print_diagnostics, summary};
use super::{load, outcome_of, Outcome};
use crate::cli::{CheckFormat, Deny};

/// Checks the project in `dir`; with `--deny warnings`, warnings fail it too.
pub fn run(dir: &Path, format: CheckFormat, deny: Option<Deny>, today: Date) -> anyhow::Result<Outcome> {
    let loaded = load(dir, LoadOptions::analyse(today))?;
    let located: Vec<Diagnostic> = loaded.diagnostics.iter().map(|d| locate(&loaded, d)).collect();
    match format {
        CheckFormat::Human => print_diagnostics(&loaded, &loaded.diagnostics),
        CheckFormat::Json => println!("{}", tpmdocs::diagnostic::to_json(&located)),
        CheckFormat::Github => {
            for diagnostic in &located {
                println!("{}", tpmdocs::diagnostic::github_annotation(diagnostic));
            }
        }
    }
    eprintln!("tpmdocs: checked {} documents{}", loaded.site.pages().len(), summary(&loaded.diagnostics));
    let denied = deny == Some(Deny::Warnings) && loaded.diagnostics.warning_count() > 0;
    Ok(if denied { Outcome::ProblemsFound } else { outcome_of(&loaded.diagnostics) })
}
