//! Helpers shared by the integration tests: run the real binary on fixture repositories.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (where `content/` and `tests/fixtures/` live).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture repository by name.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// Runs `tpmdocs ARGS` and returns its output.
pub fn tpmdocs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tpmdocs")).args(args).env("NO_COLOR", "1").output().expect("tpmdocs runs")
}

/// Runs `tpmdocs ARGS` in `dir`.
pub fn tpmdocs_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tpmdocs"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("tpmdocs runs")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Builds `project` into a fresh temporary folder and returns (output dir guard, output).
pub fn build(project: &Path) -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().expect("temp dir");
    let dest = out.path().join("site");
    let output = tpmdocs(&["build", project.to_str().unwrap(), "-d", dest.to_str().unwrap()]);
    (out, output)
}

/// Reads a built page.
pub fn page(out: &tempfile::TempDir, rel: &str) -> String {
    std::fs::read_to_string(out.path().join("site").join(rel)).unwrap_or_else(|err| panic!("{rel}: {err}"))
}

/// Copies a directory tree (for tests that edit a project).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
