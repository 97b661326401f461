//! A decided value together with where it came from and the line that states it.

/// Where a document's field came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Origin {
    /// YAML or TOML front matter.
    FrontMatter,
    /// The text: the H1, the list under it, or a status/date section.
    Text,
    /// The file name (`adr-0005-…`, `poc-…-2026-04-20.md`).
    FileName,
    /// The title (`ADR-0005: …`, adr-tools' `5. …`).
    Title,
    /// Git history: the date of the file's first commit, when nothing else gives a date.
    GitHistory,
    /// Nothing said it; the default applies (a plain page).
    Default,
}

/// A value as decided, with its [`Origin`] and the 1-based line that states it (none when
/// the file name, git or a default gave it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub origin: Origin,
    /// The line stating it, when a line does.
    pub line: Option<usize>,
}

impl<T> Located<T> {
    /// A value stated on `line` of the text or the front matter.
    pub fn stated(value: T, origin: Origin, line: usize) -> Self {
        Located { value, origin, line: Some(line) }
    }

    /// A value no line states: from the file name, the title, git or a default.
    pub fn unlined(value: T, origin: Origin) -> Self {
        Located { value, origin, line: None }
    }
}

/// An inclusive range of 1-based lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct LineSpan {
    /// The first line.
    pub first: usize,
    /// The last line, inclusive.
    pub last: usize,
}

impl LineSpan {
    /// True when `line` is inside the span.
    pub fn contains(&self, line: usize) -> bool {
        (self.first..=self.last).contains(&line)
    }
}
