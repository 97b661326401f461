//! The `tpmdocs` binary: parses the command line, runs the library, prints diagnostics and
//! maps the outcome to an exit code (0 clean, 1 errors or failure, 2 bad usage).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use tpmdocs::build::{self, LoadOptions, Loaded};
use tpmdocs::diagnostic::{Diagnostic, Diagnostics, Severity};
use tpmdocs::graph::export::{self, Selection};
use tpmdocs::serve::ServeOptions;

mod cli;

use cli::{CheckFormat, Cli, Command, Deny, GraphFormat, GraphKind};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}: {err:#}", paint("error", Severity::Error));
            ExitCode::from(1)
        }
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    let today = tpmdocs::clock::today()?;
    match command {
        Command::Build { dir, dest } => {
            let mut loaded = load(&dir, LoadOptions::render(today))?;
            if let Some(dest) = dest {
                loaded.project.build_dir = std::env::current_dir()?.join(dest);
            }
            print_diagnostics(&loaded, &loaded.diagnostics);
            let pages = build::write_site(&loaded)?;
            eprintln!(
                "tpmdocs: wrote {pages} pages to {}{}",
                shown(&loaded.project.build_dir),
                summary(&loaded.diagnostics)
            );
            Ok(exit_for(&loaded.diagnostics))
        }
        Command::Serve { dir, port, hostname, allowed_hosts, open } => {
            serve(ServeOptions { root: dir, host: hostname, port, allowed_hosts, today }, open)
        }
        Command::New { kind, title, dir, supersedes, depends_on, amends } => {
            let Some(kind) =
                tpmdocs::deliverable::Kind::from_id(&kind).filter(|k| *k != tpmdocs::deliverable::Kind::Page)
            else {
                eprintln!("{}: unknown kind `{kind}`; use adr, tech-spec, infra-plan, migration, runbook, postmortem, tech-roadmap, estimate or poc", paint("error", Severity::Error));
                return Ok(ExitCode::from(2));
            };
            let loaded = load(&dir, LoadOptions::analyse(today))?;
            let request = tpmdocs::new::NewDocument { kind, title, supersedes, depends_on, amends, today };
            let created = tpmdocs::new::create(&loaded.project, &loaded.site, &request)?;
            println!("created {}", shown(&created.path));
            for path in &created.edited {
                println!("marked as superseded: {}", shown(path));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir, title } => {
            let title = title.unwrap_or_else(|| {
                let absolute = std::env::current_dir().unwrap_or_default().join(&dir);
                let absolute = absolute.canonicalize().unwrap_or(absolute);
                absolute.file_name().map_or_else(|| "tpmdocs".to_owned(), |n| n.to_string_lossy().into_owned())
            });
            for outcome in tpmdocs::init::init(&dir, &title)? {
                match outcome {
                    tpmdocs::init::Outcome::Created(path) => println!("created {}", shown(&path)),
                    tpmdocs::init::Outcome::Skipped(path) => println!("skipped {} (already exists)", shown(&path)),
                }
            }
            println!("next: tpmdocs new adr \"Первое решение\" {0}; tpmdocs serve {0}", shown(&dir));
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { dir, format, deny } => {
            let loaded = load(&dir, LoadOptions::analyse(today))?;
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
            eprintln!("tpmdocs: checked {} documents{}", loaded.site.pages.len(), summary(&loaded.diagnostics));
            let denied = deny == Some(Deny::Warnings) && loaded.diagnostics.warning_count() > 0;
            Ok(if denied { ExitCode::from(1) } else { exit_for(&loaded.diagnostics) })
        }
        Command::Graph { dir, format, kind, impact, chain } => {
            let loaded = load(&dir, LoadOptions::analyse(today))?;
            print_diagnostics(&loaded, &loaded.diagnostics);
            let mut selection = match (kind, format) {
                (Some(GraphKind::Adr), _) | (None, GraphFormat::Dot | GraphFormat::Mermaid) => Selection::adrs(),
                (Some(GraphKind::All), _) | (None, GraphFormat::Json) => Selection::all(),
            };
            if let Some(id) = impact.as_deref().or(chain.as_deref()) {
                let page = find_page(&loaded, id)?;
                let pages = if impact.is_some() { loaded.graph.impact(page) } else { loaded.graph.chain(page) };
                selection.only = Some(pages.into_iter().collect());
                if kind.is_none() {
                    selection.adr_only = false;
                }
            }
            let text = match format {
                GraphFormat::Json => {
                    serde_json::to_string_pretty(&export::to_json(&loaded.site, &loaded.graph, &selection))? + "\n"
                }
                GraphFormat::Dot => export::to_dot(&loaded.site, &loaded.graph, &selection),
                GraphFormat::Mermaid => export::to_mermaid(&loaded.site, &loaded.graph, &selection),
            };
            std::io::stdout().write_all(text.as_bytes())?;
            Ok(exit_for(&loaded.diagnostics))
        }
    }
}

fn serve(options: ServeOptions, open: bool) -> anyhow::Result<ExitCode> {
    use std::sync::atomic::{AtomicBool, Ordering};
    use tpmdocs::serve::Event;

    if !options.root.is_dir() {
        anyhow::bail!("{} is not a directory", options.root.display());
    }
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let on_signal = std::sync::Arc::clone(&stop);
    let _ = ctrlc::set_handler(move || on_signal.store(true, Ordering::SeqCst));
    let mut report = |event: Event<'_>| match event {
        Event::Built(live) => {
            print_diagnostics(&live.loaded, &live.loaded.diagnostics);
            eprintln!("tpmdocs: built {} documents{}", live.loaded.site.pages.len(), summary(&live.loaded.diagnostics));
        }
        Event::Listening(url) => {
            println!("tpmdocs: serving on {url} (Ctrl-C to stop)");
            let _ = std::io::stdout().flush();
            if open {
                open_browser(url);
            }
        }
        Event::Rebuilt { update, changed, diagnostics, fatal } => {
            if let Some(fatal) = fatal {
                eprintln!("{}: {}", paint("error", Severity::Error), fatal.trim_end());
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
    Ok(ExitCode::SUCCESS)
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

/// Finds a document by source id, path, `ADR-N` / number, or title.
fn find_page(loaded: &Loaded, wanted: &str) -> anyhow::Result<usize> {
    let site = &loaded.site;
    let as_path = std::env::current_dir().unwrap_or_default().join(wanted);
    let relative = as_path.canonicalize().ok().and_then(|path| {
        Some(
            path.strip_prefix(loaded.project.source_dir.canonicalize().ok()?)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/"),
        )
    });
    let by_path = site.index_of(wanted).or_else(|| relative.and_then(|rel| site.index_of(&rel)));
    let by_number = || {
        let digits = wanted
            .trim()
            .trim_start_matches(|c: char| c.is_alphabetic() || c == '-' || c == ' ' || c == '_' || c == '#');
        digits.parse::<u32>().ok().and_then(|n| site.adrs_numbered(n).first().copied())
    };
    let by_title = || {
        let folded = tpmdocs::deliverable::vocab::fold(wanted);
        site.pages.iter().position(|page| tpmdocs::deliverable::vocab::fold(&page.doc.title) == folded)
    };
    by_path
        .or_else(by_number)
        .or_else(by_title)
        .ok_or_else(|| anyhow::anyhow!("no document matches `{wanted}` (give a path, ADR-N or a title)"))
}

fn load(dir: &Path, options: LoadOptions) -> anyhow::Result<Loaded> {
    if !dir.is_dir() {
        anyhow::bail!("{} is not a directory", dir.display());
    }
    build::load(dir, options).map_err(|err| match err {
        build::BuildError::Config(config) => {
            let diagnostic = config.to_diagnostic(&dir.join(tpmdocs::config::CONFIG_FILE));
            anyhow::anyhow!("{}", diagnostic.render_human(None).trim_end())
        }
        other => other.into(),
    })
}

fn exit_for(diagnostics: &Diagnostics) -> ExitCode {
    if diagnostics.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(diagnostics: &Diagnostics) -> String {
    match (diagnostics.error_count(), diagnostics.warning_count()) {
        (0, 0) => String::new(),
        (errors, warnings) => format!(" ({}, {})", counted(errors, "error"), counted(warnings, "warning")),
    }
}

/// `1 error`, `2 errors`.
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// Prints findings rustc-style on stderr, with paths as seen from the current directory.
fn print_diagnostics(loaded: &Loaded, diagnostics: &Diagnostics) {
    let stderr = std::io::stderr();
    let mut out = stderr.lock();
    for diagnostic in diagnostics.iter() {
        let located = locate(loaded, diagnostic);
        let text = located.render_human(build::source_line(loaded, diagnostic));
        let text =
            text.replacen(&located.severity.to_string(), &paint(&located.severity.to_string(), located.severity), 1);
        let _ = write!(out, "{text}");
    }
}

/// Rewrites a source-relative file name to one relative to the working directory.
fn locate(loaded: &Loaded, diagnostic: &Diagnostic) -> Diagnostic {
    let mut located = diagnostic.clone();
    if let Some(path) = build::diagnostic_path(loaded, diagnostic) {
        located.file = Some(PathBuf::from(shown(&path)));
    }
    located
}

/// A path as short as possible relative to the working directory.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let relative = path.strip_prefix(&cwd).unwrap_or(path);
    let text = relative.display().to_string();
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

fn paint(text: &str, severity: Severity) -> String {
    if !std::io::stderr().is_terminal() || std::env::var_os("NO_COLOR").is_some() {
        return text.to_owned();
    }
    let colour = match severity {
        Severity::Error => "31",
        Severity::Warning => "33",
    };
    format!("\x1b[1;{colour}m{text}\x1b[0m")
}
