//! `tpmdocs completions SHELL` and `tpmdocs man`: the command line described for shells
//! (clap_complete) and for `man` (clap_mangen), generated from the same definitions that
//! parse it, so they never fall behind.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use clap::CommandFactory;

use super::Outcome;
use crate::cli::Cli;

/// Prints the completion script for `shell` on stdout.
pub(super) fn completions(shell: clap_complete::Shell) -> anyhow::Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "tpmdocs", &mut script);
    print(&script).context("writing the completion script")
}

/// Prints `tpmdocs.1`, or writes it and one page per subcommand into `out_dir`.
pub(super) fn man(out_dir: Option<&Path>) -> anyhow::Result<Outcome> {
    // `tpmdocs help` gets no page of its own, so the main page must not point at one.
    let command = Cli::command().disable_help_subcommand(true);
    let Some(dir) = out_dir else {
        let mut page = Vec::new();
        clap_mangen::Man::new(command).render(&mut page)?;
        return print(&page).context("writing the manual page");
    };
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    clap_mangen::generate_to(command, dir)
        .with_context(|| format!("writing the manual pages into {}", dir.display()))?;
    eprintln!("tpmdocs: wrote the manual pages into {}", dir.display());
    Ok(Outcome::Clean)
}

/// Writes `bytes` to stdout; a reader that stops early (`| head`) is not a failure.
fn print(bytes: &[u8]) -> std::io::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(err),
        _ => Ok(Outcome::Clean),
    }
}
