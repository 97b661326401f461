//! `tpmdocs serve`: builds, serves on loopback, rebuilds on save; prints each build's
//! findings and each rebuild's summary until Ctrl-C.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tpmdocs::diagnostic::Severity;
use tpmdocs::serve::{Event, ServeOptions};

use super::terminal::{paint, print_some_diagnostics, summary, Shown};
use super::Outcome;

/// What `serve` does besides serving.
#[derive(Debug, Clone, Copy, Default)]
pub struct Display {
    /// Open the portal in the desktop's browser once it listens.
    pub open: bool,
    /// Print only errors.
    pub quiet: bool,
}

/// Serves until Ctrl-C. Findings are printed the first few of each code (`tpmdocs check`
/// prints them all).
pub fn run(options: ServeOptions, display: Display) -> anyhow::Result<Outcome> {
    let Display { open, quiet } = display;
    if !options.root.is_dir() {
        anyhow::bail!("{} is not a directory", options.root.display());
    }
    let shown = if quiet { Shown::ErrorsOnly } else { Shown::FirstOfEachCode };
    let stop = Arc::new(AtomicBool::new(false));
    let on_signal = Arc::clone(&stop);
    let _ = ctrlc::set_handler(move || on_signal.store(true, Ordering::SeqCst));
    let mut report = |event: Event<'_>| match event {
        Event::Built(live) => {
            print_some_diagnostics(&live.loaded, &live.loaded.diagnostics, shown);
            if quiet {
                return;
            }
            eprintln!(
                "tpmdocs: built {} documents{}",
                live.loaded.site.pages().len(),
                summary(&live.loaded.diagnostics)
            );
        }
        Event::Listening(url) => {
            println!("tpmdocs: serving on {url} (Ctrl-C to stop)");
            let _ = std::io::stdout().flush();
            if open {
                open_browser(url);
            }
        }
        Event::SearchFailed(reason) => {
            eprintln!("{}: search index not refreshed: {reason}", paint("error", Severity::Error));
        }
        Event::SearchLeftovers(what) => {
            eprintln!(
                "{}: {what}; the search page still works, but the site folder holds files it no longer uses",
                paint("warning", Severity::Warning)
            );
        }
        Event::SearchRefreshed(outcome, took) => {
            if !quiet {
                let shards = match outcome.shards {
                    1 => String::new(),
                    all => format!(" ({} of {all} shards indexed again)", outcome.indexed()),
                };
                eprintln!("tpmdocs: search index updated in {} ms{shards}", took.as_millis());
            }
        }
        Event::Rebuilt { update, changed, diagnostics, fatal } => {
            if let Some(fatal) = fatal {
                eprintln!("{}: {}", paint("error", Severity::Error), fatal.trim_end());
            }
            if quiet && !diagnostics.has_errors() {
                return;
            }
            let names: Vec<String> = changed
                .iter()
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .take(3)
                .collect();
            eprintln!(
                "tpmdocs: {} changed, {} {} pages in {} ms{}",
                names.join(", "),
                if update.full { "rebuilt all" } else { "re-rendered" },
                update.pages_written,
                update.elapsed.as_millis(),
                summary(diagnostics)
            );
        }
    };
    tpmdocs::serve::serve(&options, stop, &mut report).map_err(|err| match err {
        tpmdocs::serve::ServeError::Build(tpmdocs::build::BuildError::Config(config)) => {
            anyhow::anyhow!(
                "{}",
                config.to_diagnostic(&options.root.join(tpmdocs::config::CONFIG_FILE)).render_human(None).trim_end()
            )
        }
        other => other.into(),
    })?;
    eprintln!("tpmdocs: stopped");
    Ok(Outcome::Clean)
}

/// Opens `url` in the desktop's browser; failures are only reported.
fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(err) = std::process::Command::new(program).arg(url).spawn() {
        eprintln!("tpmdocs: cannot open a browser ({program}: {err}); open {url} yourself");
    }
}
