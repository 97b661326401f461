//! The `tpmdocs` binary: parses the command line, runs the command ([`cmd`]) and maps how it
//! ended to an exit code: 0 clean, 1 errors found or the command failed, 2 bad usage.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use cmd::Outcome;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli.command) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::ProblemsFound) => ExitCode::from(1),
        Ok(Outcome::BadUsage) => ExitCode::from(2),
        Err(err) => {
            cmd::report_failure(&err);
            ExitCode::from(1)
        }
    }
}
