//! `tpmdocs init`: sets a repository up, never overwriting a file.

use std::path::Path;

use tpmdocs::new::init::Outcome as Written;

use super::terminal::shown;
use super::Outcome;

/// Sets `dir` up; the title defaults to the folder's name.
pub fn run(dir: &Path, title: Option<String>) -> anyhow::Result<Outcome> {
    let title = title.unwrap_or_else(|| {
        let absolute = std::env::current_dir().unwrap_or_default().join(dir);
        let absolute = absolute.canonicalize().unwrap_or(absolute);
        absolute.file_name().map_or_else(|| "tpmdocs".to_owned(), |n| n.to_string_lossy().into_owned())
    });
    for outcome in tpmdocs::new::init::init(dir, &title)? {
        match outcome {
            Written::Created(path) => println!("created {}", shown(&path)),
            Written::Skipped(path) => println!("skipped {} (already exists)", shown(&path)),
        }
    }
    println!("next: tpmdocs new adr \"Первое решение\" {0}; tpmdocs serve {0}", shown(dir));
    Ok(Outcome::Clean)
}
