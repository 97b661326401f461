//! How findings and paths look on the terminal: rustc-style diagnostics on stderr, coloured
//! only on a terminal and without `NO_COLOR`, with paths relative to the working directory.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use tpmdocs::build::{self, Loaded};
use tpmdocs::diagnostic::{Diagnostic, Diagnostics, Severity};

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
