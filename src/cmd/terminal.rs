//! How findings and paths look on the terminal: rustc-style diagnostics on stderr, coloured
//! only on a terminal and without `NO_COLOR`, with paths relative to the working directory.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use tpmdocs::build::{self, Loaded};
use tpmdocs::diagnostic::{Code, Diagnostic, Diagnostics, Severity};

/// ` (1 error, 2 warnings)`, or nothing when clean.
pub fn summary(diagnostics: &Diagnostics) -> String {
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
pub fn print_diagnostics(loaded: &Loaded, diagnostics: &Diagnostics) {
    print_some_diagnostics(loaded, diagnostics, Shown::All);
}

/// Which findings a command prints in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Every one (`check`).
    All,
    /// The first [`PER_CODE`] of each code, then a count (`build`, `serve`).
    FirstOfEachCode,
    /// Errors only, the first [`PER_CODE`] of each code (`--quiet`).
    ErrorsOnly,
}

/// How many findings of one code `build` and `serve` print before summarising the rest.
pub const PER_CODE: usize = 5;

/// Prints findings as [`print_diagnostics`] does, but only those `shown` asks for; what is
/// left out of each code is summarised in one line that points to `tpmdocs check`.
pub fn print_some_diagnostics(loaded: &Loaded, diagnostics: &Diagnostics, shown: Shown) {
    let stderr = std::io::stderr();
    let mut out = stderr.lock();
    let mut per_code: std::collections::BTreeMap<Code, (Severity, usize)> = std::collections::BTreeMap::new();
    for diagnostic in diagnostics.iter() {
        if shown == Shown::ErrorsOnly && diagnostic.severity != Severity::Error {
            continue;
        }
        let seen = per_code.entry(diagnostic.code).or_insert((diagnostic.severity, 0));
        seen.1 += 1;
        if shown != Shown::All && seen.1 > PER_CODE {
            continue;
        }
        let located = locate(loaded, diagnostic);
        let text = located.render_human(build::source_line(loaded, diagnostic));
        let text =
            text.replacen(&located.severity.to_string(), &paint(&located.severity.to_string(), located.severity), 1);
        let _ = write!(out, "{text}");
    }
    for (code, (severity, count)) in per_code {
        if shown != Shown::All && count > PER_CODE {
            let noun = if severity == Severity::Error { "errors" } else { "warnings" };
            let _ = writeln!(
                out,
                "{}: {} more {code} {noun} not shown; `tpmdocs check` prints them all",
                paint("note", severity),
                count - PER_CODE
            );
        }
    }
}

/// Rewrites a source-relative file name to one relative to the working directory.
pub fn locate(loaded: &Loaded, diagnostic: &Diagnostic) -> Diagnostic {
    let mut located = diagnostic.clone();
    if let Some(path) = build::diagnostic_path(loaded, diagnostic) {
        located.file = Some(PathBuf::from(shown(&path)));
    }
    located
}

/// A path as short as possible relative to the working directory.
pub fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let relative = path.strip_prefix(&cwd).unwrap_or(path);
    let text = relative.display().to_string();
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

/// `text` in the severity's colour when stderr is a terminal and `NO_COLOR` is unset.
pub fn paint(text: &str, severity: Severity) -> String {
    if !std::io::stderr().is_terminal() || std::env::var_os("NO_COLOR").is_some() {
        return text.to_owned();
    }
    let colour = match severity {
        Severity::Error => "31",
        Severity::Warning => "33",
    };
    format!("\x1b[1;{colour}m{text}\x1b[0m")
}

/// An error line: `error: …`.
pub fn error(message: &str) {
    eprintln!("{}: {message}", paint("error", Severity::Error));
}
