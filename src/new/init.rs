//! `tpmdocs init`: sets a repository up — `book.toml`, a `content/` folder with a short
//! index, and a GitHub Actions workflow that checks pull requests and publishes the portal
//! to GitHub Pages. Existing files are never overwritten.

use std::path::{Path, PathBuf};

/// What `init` did with each file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Written.
    Created(PathBuf),
    /// Already there; left alone.
    Skipped(PathBuf),
}

/// The workflow `init` writes, and this repository's own template.
const WORKFLOW: &str = include_str!("../../templates/init/tpmdocs.yml");
const BOOK_TOML: &str = include_str!("../../templates/init/book.toml");
const INDEX_MD: &str = include_str!("../../templates/init/index.md");

/// The workflow with the Action and the version of this tpmdocs filled in.
pub(crate) fn workflow() -> String {
    // A non-GitHub repository would leave a `uses:` actionlint rejects; a test keeps it GitHub.
    let action = crate::about::github_slug().unwrap_or(crate::about::REPOSITORY);
    WORKFLOW
        .replace("{action}", action)
        .replace("{action_tag}", &crate::about::action_major_tag())
        .replace("{version}", crate::about::VERSION)
}

/// Sets up `dir` (created if missing); `title` goes into `book.toml`.
pub fn init(dir: &Path, title: &str) -> std::io::Result<Vec<Outcome>> {
    std::fs::create_dir_all(dir)?;
    let book =
        BOOK_TOML.replace("{repository}", crate::about::REPOSITORY).replace("{title}", &title.replace('"', "\\\""));
    let workflow = workflow();
    let files: [(&str, &str); 3] =
        [("book.toml", &book), ("content/index.md", INDEX_MD), (".github/workflows/tpmdocs.yml", &workflow)];
    let mut outcomes = Vec::new();
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                std::io::Write::write_all(&mut file, text.as_bytes())?;
                outcomes.push(Outcome::Created(path));
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => outcomes.push(Outcome::Skipped(path)),
            Err(err) => return Err(err),
        }
    }
    Ok(outcomes)
}
