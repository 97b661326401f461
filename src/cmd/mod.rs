//! One module per subcommand, as mdBook's `src/cmd/` does. Each runs the library and prints
//! what the user sees; [`Outcome`] tells `main` which exit code that is.

mod build;
mod check;
mod docs;
mod graph;
mod init;
mod new;
mod progress_line;
mod report;
mod serve;
mod terminal;

use std::path::Path;

use tpmdocs::build::{LoadOptions, Loaded};

use crate::cli::Command;

/// How a command ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done, nothing error-level found (exit 0).
    Clean,
    /// Done, but an error-level problem was found (exit 1).
    ProblemsFound,
    /// The command line asked for something that does not exist (exit 2).
    BadUsage,
}

/// Runs one subcommand. "Today" is read here, once, for every command that needs a date
/// (completions and manual pages do not).
pub fn run(command: Command) -> anyhow::Result<Outcome> {
    let today = tpmdocs::clock::today;
    match command {
        Command::Build { dir, dest, quiet, timings } => {
            build::run(&dir, dest.as_deref(), build::Display { quiet, timings }, today()?)
        }
        Command::Check { dir, format, deny } => check::run(&dir, format, deny, today()?),
        Command::Serve { dir, port, hostname, allowed_hosts, open, quiet } => serve::run(
            tpmdocs::serve::ServeOptions { root: dir, host: hostname, port, allowed_hosts, today: today()? },
            serve::Display { open, quiet },
        ),
        Command::New { kind, title, dir, supersedes, depends_on, amends } => {
            new::run(&kind, title, &dir, new::Relations { supersedes, depends_on, amends }, today()?)
        }
        Command::Init { dir, title } => init::run(&dir, title),
        Command::Report { dir, format } => report::run(&dir, format, today()?),
        Command::Graph { dir, format, kind, impact, chain } => {
            graph::run(&dir, format, kind, graph::Focus { impact, chain }, today()?)
        }
        Command::Completions { shell } => docs::completions(shell),
        Command::Man { out_dir } => docs::man(out_dir.as_deref()),
    }
}

/// Loads the project in `dir`, turning a broken `book.toml` into a located message.
fn load(dir: &Path, options: LoadOptions) -> anyhow::Result<Loaded> {
    load_observed(dir, options, &tpmdocs::progress::Progress::default())
}

/// [`load`], reporting progress.
fn load_observed(dir: &Path, options: LoadOptions, progress: &tpmdocs::progress::Progress) -> anyhow::Result<Loaded> {
    if !dir.is_dir() {
        anyhow::bail!("{} is not a directory", dir.display());
    }
    tpmdocs::build::load_observed(dir, options, progress).map_err(|err| match err {
        tpmdocs::build::BuildError::Config(config) => {
            let diagnostic = config.to_diagnostic(&dir.join(tpmdocs::config::CONFIG_FILE));
            anyhow::anyhow!("{}", diagnostic.render_human(None).trim_end())
        }
        other => other.into(),
    })
}

/// [`Outcome::ProblemsFound`] when any finding is an error.
fn outcome_of(diagnostics: &tpmdocs::diagnostic::Diagnostics) -> Outcome {
    if diagnostics.has_errors() {
        Outcome::ProblemsFound
    } else {
        Outcome::Clean
    }
}

/// Prints why a command failed: `error: …` with its causes.
pub fn report_failure(err: &anyhow::Error) {
    terminal::error(&format!("{err:#}"));
}
