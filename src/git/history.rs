//! Dates and authors from git history, as log4brains, Hugo's `enableGitInfo` and MkDocs'
//! git-revision-date plugins give them: when each file was last changed, when it was first
//! added, and who wrote it.
//!
//! One `git log` over the whole history of the source folder, never one process per file
//! (`docs/adr/0002-git-history.md` records why the `git` command and not the `gix` crate).
//! Outside a git work tree nothing happens; in a shallow clone (every page would get the
//! clone's date) or without `git` installed, the site is built without git dates and one
//! warning says how to fix it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::deliverable::date::Date;
use crate::diagnostic::Diagnostic;

/// What the history says about one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FileHistory {
    /// Date (UTC) of the last commit that changed the file.
    pub last_updated: Date,
    /// Date (UTC) the file was first committed (its author date).
    pub first_added: Date,
    /// Commit authors, de-duplicated, in the order they first worked on it.
    pub authors: Vec<String>,
}

/// The history of a source folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct History {
    /// By source id (path relative to the source folder, `/` separators).
    pub files: HashMap<String, FileHistory>,
    /// The repository's git folder, which changes when commits are made.
    pub git_dir: Option<PathBuf>,
}

/// The result of reading history: what was found, and why some was not.
#[derive(Debug, Default)]
pub(crate) struct Reading {
    /// The history, when it could be read.
    pub history: Option<History>,
    /// Why it could not (at most one warning).
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the history of `source_dir`. `explicitly_on` is true when `book.toml` asked for git
/// dates, so that their absence outside git is worth a warning too.
pub(crate) fn read(source_dir: &Path, explicitly_on: bool) -> Reading {
    match read_repository(source_dir) {
        Ok(Some(history)) => Reading { history: Some(history), diagnostics: Vec::new() },
        Ok(None) if explicitly_on => Reading {
            history: None,
            diagnostics: vec![warning("W0603", "the sources are not in a git repository; pages have no git dates")
                .with_help("build from a git checkout, or remove `git-dates` from book.toml")],
        },
        Ok(None) => Reading::default(),
        Err(diagnostic) => Reading { history: None, diagnostics: vec![diagnostic] },
    }
}

/// The commit the sources were built from, for the "data as of" stamp.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Revision {
    /// Abbreviated hash of `HEAD`.
    pub commit: String,
    /// True when files under the source folder differ from that commit (edited, added or
    /// deleted and not committed).
    pub uncommitted_changes: bool,
}

/// `HEAD` of the repository holding `source_dir` and whether the sources differ from it;
/// `None` outside git, before the first commit, without git, or when git cannot tell.
pub(crate) fn revision(source_dir: &Path) -> Option<Revision> {
    let head = git(source_dir).args(["rev-parse", "--verify", "--quiet", "--short", "HEAD"]).output().ok()?;
    let commit = String::from_utf8(head.stdout).ok()?.trim().to_owned();
    if !head.status.success() || commit.is_empty() || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    // Reading only: no index refresh, so a read-only checkout works and nothing is locked.
    let status = git(source_dir)
        .env("GIT_OPTIONAL_LOCKS", "0")
        .args(["status", "--porcelain", "--untracked-files=normal", "--", "."])
        .output()
        .ok()?;
    status.status.success().then_some(Revision { commit, uncommitted_changes: !status.stdout.is_empty() })
}

fn warning(code: &'static str, message: &str) -> Diagnostic {
    Diagnostic::warning(code, message).at(crate::config::CONFIG_FILE, 0, 0)
}

fn git(source_dir: &Path) -> Command {
    let mut command = Command::new("git");
    command.arg("-C").arg(source_dir).args(["-c", "core.quotepath=off"]);
    command
}

/// The history, `None` outside a git work tree, or the one warning that explains why it
/// cannot be read.
fn read_repository(source_dir: &Path) -> Result<Option<History>, Diagnostic> {
    let probe = match git(source_dir).args(["rev-parse", "--is-shallow-repository", "--absolute-git-dir"]).output() {
        Ok(probe) => probe,
        // No git: only worth saying when the sources are visibly in a repository.
        Err(_) if !source_dir.ancestors().any(|dir| dir.join(".git").exists()) => return Ok(None),
        Err(err) => {
            let message = if err.kind() == std::io::ErrorKind::NotFound {
                "the sources are in a git repository, but `git` is not installed; pages have no git dates".to_owned()
            } else {
                format!("cannot run git ({err}); pages have no git dates")
            };
            return Err(Diagnostic::warning("W0602", message)
                .at(crate::config::CONFIG_FILE, 0, 0)
                .with_help("install git, or set `git-dates = false` under [tpmdocs] in book.toml"));
        }
    };
    if !probe.status.success() {
        return Ok(None);
    }
    let stdout = String::from_utf8_lossy(&probe.stdout);
    let mut lines = stdout.lines();
    let shallow = lines.next() == Some("true");
    let git_dir = lines.next().map(PathBuf::from);
    if shallow {
        return Err(warning(
            "W0601",
            "the repository is a shallow clone, so every page would show the clone's date; git dates are left out",
        )
        .with_help(
            "fetch the whole history (actions/checkout: `fetch-depth: 0`), or set `git-dates = false` under [tpmdocs]",
        ));
    }
    let log = git(source_dir)
        .args(["log", "--no-renames", "--relative", "--format=%x1e%ct %at %an", "--name-only", "-z"])
        .output()
        .map_err(|err| warning("W0602", &format!("cannot run git log ({err}); pages have no git dates")))?;
    if !log.status.success() {
        // An empty repository (no commits yet) has no history to read.
        return Ok(Some(History { files: HashMap::new(), git_dir }));
    }
    Ok(Some(History { files: parse_log(&String::from_utf8_lossy(&log.stdout)), git_dir }))
}

/// Parses `git log --format=%x1e%ct %at %an --name-only -z`: newest commit first, each a
/// `\x1e`, the header up to a NUL, then NUL-terminated paths.
fn parse_log(log: &str) -> HashMap<String, FileHistory> {
    let mut files: HashMap<String, FileHistory> = HashMap::new();
    for commit in log.split('\u{1e}').filter(|commit| !commit.is_empty()) {
        let (header, paths) = commit.split_once('\0').unwrap_or((commit, ""));
        let mut fields = header.splitn(3, ' ');
        let committed = fields.next().and_then(date_of_timestamp);
        let authored = fields.next().and_then(date_of_timestamp);
        let author = fields.next().unwrap_or_default().trim().to_owned();
        let (Some(committed), Some(authored)) = (committed, authored) else { continue };
        for path in paths.split('\0').map(|path| path.trim_start_matches('\n')).filter(|path| !path.is_empty()) {
            let entry = files.entry(path.replace('\\', "/")).or_insert_with(|| FileHistory {
                last_updated: committed,
                first_added: authored,
                authors: Vec::new(),
            });
            // Older commits come later: the last one seen added the file.
            entry.first_added = authored;
            if !author.is_empty() && !entry.authors.contains(&author) {
                entry.authors.push(author.clone());
            }
        }
    }
    for history in files.values_mut() {
        history.authors.reverse();
    }
    files
}

fn date_of_timestamp(text: &str) -> Option<Date> {
    let seconds: i64 = text.trim().parse().ok()?;
    Date::from_days_since_epoch(seconds.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_log_gives_last_update_first_commit_and_authors() {
        let log = "\u{1e}1770544800 1770458400 Bob\0\nadr/a.md\0\u{1e}1767607200 1767607200 Анна Смирнова\0\nadr/a.md\0adr/ё b.md\0\u{1e}1767600000 1767600000 Bob\0\nold.md\0";
        let files = parse_log(log);
        let a = &files["adr/a.md"];
        assert_eq!((a.last_updated, a.first_added), (Date::new(2026, 2, 8).unwrap(), Date::new(2026, 1, 5).unwrap()));
        assert_eq!(a.authors, vec!["Анна Смирнова", "Bob"], "in the order they first worked on it");
        assert_eq!(files["adr/ё b.md"].authors, vec!["Анна Смирнова"]);
        assert_eq!(files.len(), 3);
    }

    #[test]
    fn garbage_is_skipped() {
        assert!(parse_log("").is_empty());
        assert!(parse_log("\u{1e}not a date Bob\0\nx.md\0").is_empty());
        assert_eq!(parse_log("\u{1e}0 0 \0\nx.md\0")["x.md"].authors, Vec::<String>::new());
    }

    #[test]
    fn outside_git_nothing_is_read_or_said_unless_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(revision(dir.path()), None);
        let quiet = read(dir.path(), false);
        assert!(quiet.history.is_none() && quiet.diagnostics.is_empty());
        let asked = read(dir.path(), true);
        assert_eq!(asked.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec!["W0603"]);
    }
}
