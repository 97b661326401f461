//! One type for every problem tpmdocs reports to a user, and its human rendering.
//!
//! Every stage returns its findings as [`Diagnostic`]s instead of printing; the binary decides
//! where they go. This module owns their wording format (rustc-style) but not the terminal.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the build still succeeds.
    Warning,
    /// The build exits non-zero, but the rest of the site is still written.
    Error,
}

/// A stable diagnostic code such as `W0202`: a letter (`E` error, `W` warning) and four
/// digits, kept inline so a code is `Copy` and reading one back from the cache allocates
/// nothing.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code([u8; 5]);

impl Code {
    /// The code `text` names; a byte outside the `E0101` shape reads as `?`, so a mistyped
    /// code shows up in the output instead of breaking it.
    pub fn new(text: &str) -> Code {
        let mut bytes = [b'?'; 5];
        for (index, (slot, byte)) in bytes.iter_mut().zip(text.bytes()).enumerate() {
            let fits = if index == 0 { byte.is_ascii_uppercase() } else { byte.is_ascii_digit() };
            if fits {
                *slot = byte;
            }
        }
        Code(bytes)
    }

    /// Reads a code that must have the `E0101` shape.
    pub fn parse(text: &str) -> Option<Code> {
        let code = Code::new(text);
        (text.len() == 5 && code.as_str() == text).then_some(code)
    }

    /// The code as text (`W0202`).
    pub fn as_str(&self) -> &str {
        // Every byte is ASCII by construction.
        std::str::from_utf8(&self.0).unwrap_or("?????")
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Code::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a diagnostic code: {text}")))
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A problem found in the input, with a stable code and its location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// Stable identifier such as `E0101`, for scripts and documentation.
    pub code: Code,
    /// One-line description of the problem.
    pub message: String,
    /// File the problem is in, relative to the project directory when possible.
    pub file: Option<PathBuf>,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// What the user can do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A warning with a code and message, without location yet.
    pub fn warning(code: &str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// An error with a code and message, without location yet.
    pub fn error(code: &str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    fn new(severity: Severity, code: &str, message: impl Into<String>) -> Self {
        Self { severity, code: Code::new(code), message: message.into(), file: None, line: 0, column: 0, help: None }
    }

    /// Attaches the file and 1-based line/column.
    pub fn at(mut self, file: impl AsRef<Path>, line: usize, column: usize) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self.line = line;
        self.column = column;
        self
    }

    /// Attaches a hint on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// True for error-level findings.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the finding the way rustc does, optionally quoting the source line.
    pub fn render_human(&self, source_line: Option<&str>) -> String {
        let mut out = format!("{}[{}]: {}\n", self.severity, self.code, self.message);
        if let Some(file) = &self.file {
            let _ = write!(out, "  --> {}", file.display());
            if self.line > 0 {
                let _ = write!(out, ":{}:{}", self.line, self.column.max(1));
            }
            out.push('\n');
            if let (Some(text), true) = (source_line, self.line > 0) {
                let gutter = self.line.to_string();
                let pad = " ".repeat(gutter.len());
                let _ = writeln!(out, "{pad} |\n{gutter} | {text}\n{pad} |");
            }
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        out
    }
}

/// Diagnostics gathered by a run, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one finding.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds many findings.
    pub fn extend(&mut self, more: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(more);
    }

    /// True when at least one error-level finding exists.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Number of error-level findings.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// All findings.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorts by file, line and column so output is stable across parallel runs.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| (&a.file, a.line, a.column, a.code).cmp(&(&b.file, b.line, b.column, b.code)));
    }

    /// The findings as a slice.
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_the_source_raises_is_well_formed_and_reads_back() {
        let pattern = regex::Regex::new(r#"Diagnostic::(?:warning|error)\(\s*"([^"]*)""#).unwrap();
        let mut seen = 0;
        for entry in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let code_part = text.split("#[cfg(test)]").next().unwrap_or_default();
            for found in pattern.captures_iter(code_part) {
                let code = Code::parse(&found[1]);
                assert!(code.is_some(), "{}: {:?} is not a code", entry.path().display(), &found[1]);
                let json = serde_json::to_string(&code).unwrap();
                assert_eq!(serde_json::from_str::<Option<Code>>(&json).unwrap(), code);
                seen += 1;
            }
        }
        assert!(seen > 40, "only {seen} codes found");
        assert_eq!(Code::new("W02x2").as_str(), "W02?2", "a mistyped code shows");
        assert!(serde_json::from_str::<Code>("\"oops\"").is_err());
    }

    #[test]
    fn example_render_human() {
        use crate::diagnostic::Diagnostic;
        let d = Diagnostic::warning("W0201", "unknown status «Непонятно»").at("adr/adr-3.md", 3, 1);
        let text = d.render_human(None);
        assert!(text.starts_with("warning[W0201]: unknown status «Непонятно»\n  --> adr/adr-3.md:3:1"));
    }

    #[test]
    fn example_github_annotation() {
        use crate::diagnostic::{github_annotation, Diagnostic};
        let d = Diagnostic::error("E0301", "link to a missing file `a.md`").at("content/x.md", 5, 15);
        assert_eq!(
            github_annotation(&d),
            "::error file=content/x.md,line=5,col=15,title=E0301::link to a missing file `a.md`"
        );
    }

    #[test]
    fn human_rendering_quotes_the_source_line() {
        let d = Diagnostic::error("E0301", "link to a missing document `missing.md`")
            .at("notes/links.md", 12, 5)
            .with_help("check the file name");
        let text = d.render_human(Some("See [here](missing.md)."));
        assert_eq!(
            text,
            "error[E0301]: link to a missing document `missing.md`\n  --> notes/links.md:12:5\n   |\n12 | See [here](missing.md).\n   |\n  = help: check the file name\n"
        );
    }

    #[test]
    fn counts_errors_and_warnings() {
        let mut all = Diagnostics::new();
        all.push(Diagnostic::warning("W1", "a"));
        all.push(Diagnostic::error("E1", "b"));
        assert!(all.has_errors());
        assert_eq!((all.error_count(), all.warning_count()), (1, 1));
    }
}

/// One finding as a GitHub Actions workflow command.
pub fn github_annotation(diagnostic: &Diagnostic) -> String {
    let level = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut properties = Vec::new();
    if let Some(file) = &diagnostic.file {
        properties.push(format!("file={}", escape_property(&file.display().to_string())));
        if diagnostic.line > 0 {
            properties.push(format!("line={}", diagnostic.line));
            properties.push(format!("col={}", diagnostic.column.max(1)));
        }
    }
    properties.push(format!("title={}", escape_property(diagnostic.code.as_str())));
    let mut message = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    format!("::{level} {}::{}", properties.join(","), escape_data(&message))
}

/// Escaping of a workflow command's message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The findings as one JSON array.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(diagnostics).unwrap_or_else(|_| "[]".to_owned())
}

#[cfg(test)]
mod format_tests {
    use super::*;

    #[test]
    fn github_escapes_newlines_commas_and_colons() {
        let d = Diagnostic::warning("W0401", "a, b: c\nd").at("dir,x/a:b.md", 2, 0).with_help("fix 100%");
        assert_eq!(
            github_annotation(&d),
            "::warning file=dir%2Cx/a%3Ab.md,line=2,col=1,title=W0401::a, b: c%0Ad%0Ahelp: fix 100%25"
        );
    }

    #[test]
    fn json_has_every_field() {
        let d = Diagnostic::error("E0302", "x").at("a.md", 3, 1);
        let value: serde_json::Value = serde_json::from_str(&to_json(&[d])).unwrap();
        assert_eq!(value[0]["code"], "E0302");
        assert_eq!(value[0]["severity"], "error");
        assert_eq!(value[0]["file"], "a.md");
        assert_eq!(value[0]["line"], 3);
        assert_eq!(value[0]["column"], 1);
        assert!(value[0]["help"].is_null());
    }
}
