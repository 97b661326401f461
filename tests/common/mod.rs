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

/// The day every test runs on: 2026-12-01 12:00 UTC as `SOURCE_DATE_EPOCH`, so that no
/// test depends on the real clock.
pub const PINNED_EPOCH: &str = "1796126400";

/// [`PINNED_EPOCH`] as a date.
pub fn pinned_today() -> tpmdocs::deliverable::date::Date {
    tpmdocs::deliverable::date::Date::new(2026, 12, 1).unwrap()
}

/// The `tpmdocs` binary with colour off, today pinned, and git history of this repository
/// out of the fixtures' reach.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tpmdocs"));
    command.env("NO_COLOR", "1").env("SOURCE_DATE_EPOCH", PINNED_EPOCH);
    // The fixtures live inside this repository: its own history must not leak into them.
    command.env("GIT_CEILING_DIRECTORIES", repo_root().join("tests/fixtures"));
    command
}

/// Runs `tpmdocs ARGS` and returns its output.
pub fn tpmdocs(args: &[&str]) -> Output {
    command().args(args).output().expect("tpmdocs runs")
}

/// Runs `tpmdocs ARGS` in `dir`.
pub fn tpmdocs_in(dir: &Path, args: &[&str]) -> Output {
    command().args(args).current_dir(dir).output().expect("tpmdocs runs")
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

/// A temporary project whose `content/` holds `files` (relative path, text).
pub fn repo(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let path = dir.path().join("content").join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// A copy of the demo project (`content/` and `book.toml`), for tests that edit it.
pub fn demo_copy() -> tempfile::TempDir {
    let project = tempfile::tempdir().expect("temp dir");
    copy_tree(&repo_root().join("content"), &project.path().join("content"));
    std::fs::copy(repo_root().join("book.toml"), project.path().join("book.toml")).unwrap();
    project
}

/// A copy of the demo whose search index is forced into eight shards: it has 35–63
/// documents, and `search-pages-per-shard = 4` splits them eight ways.
pub fn sharded_demo() -> tempfile::TempDir {
    let project = demo_copy();
    let book = std::fs::read_to_string(repo_root().join("book.toml")).unwrap();
    let sharded = book.replace("[output.html]\n", "[output.html]\nsearch-pages-per-shard = 4\n");
    assert_ne!(book, sharded, "the demo's book.toml has an [output.html] table");
    std::fs::write(project.path().join("book.toml"), sharded).unwrap();
    project
}

/// Every file of a built site: path inside it → bytes, for comparing two builds.
pub fn site_tree(site: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(site)
        .into_iter()
        .map(Result::unwrap)
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| {
            let path = entry.path().strip_prefix(site).unwrap().to_string_lossy().into_owned();
            (path, std::fs::read(entry.path()).unwrap())
        })
        .collect()
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

/// Asserts that `stderr` of a demo build or check holds no error and exactly the one
/// warning the demo means: W0406 for the runbook kept stale on purpose.
pub fn assert_only_the_intended_demo_warning(stderr: &str) {
    assert!(!stderr.contains("error["), "{stderr}");
    assert_eq!(stderr.matches("warning[").count(), 1, "{stderr}");
    assert!(stderr.contains("warning[W0406]"), "{stderr}");
    assert!(stderr.contains("runbooks/runbook-market-core-cron.md:4:1"), "{stderr}");
}

/// A title full of markup, for escaping tests.
pub const HOSTILE_TITLE: &str = "<script>alert(1)</script> & \"кавычки\" </text><g onload=alert(5)>";
/// A status that would run script if it reached a page as HTML.
pub const HOSTILE_STATUS: &str = "<img src=x onerror=alert(2)>";

/// Two ADRs whose titles, status, deciders, body, links and diagram labels try to inject
/// markup (each `alert(N)` is a different way in).
pub fn hostile_repository() -> tempfile::TempDir {
    let first = format!(
        "---\ntitle: '{HOSTILE_TITLE}'\nstatus: '{HOSTILE_STATUS}'\ndeciders: ['<b>Мария</b>']\n---\n\n# Заголовок\n\n## Контекст\n\n<script>alert(3)</script> и <iframe src=\"https://evil.example\"></iframe>\n\n[ссылка](javascript:alert(4)) и ADR-2.\n\n```mermaid\nflowchart LR\n  A[\"<script>alert(6)</script>\"] --> B[\"Б </text><script>alert(7)</script>\"]\n```\n\n```dot\ndigraph {{ a [label=\"<script>alert(8)</script>\"]; a -> b; }}\n```\n\n## Решение\n\nТекст.\n"
    );
    let second = "# ADR-0002: Новый \"</title><script>alert(9)</script>\"\n\n**Статус:** Принято  \n**Заменяет:** ADR-0001\n\n## Контекст\n\nx\n\n## Решение\n\ny\n";
    repo(&[("adr/adr-0001-x.md", &first), ("adr/adr-0002-y.md", second)])
}

/// `%D0%B0` → `а`: a link's path as the file it names (invalid escapes kept as written).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes.get(index + 1..index + 3).and_then(|pair| std::str::from_utf8(pair).ok());
        match (bytes[index], hex.and_then(|pair| u8::from_str_radix(pair, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                index += 3;
            }
            (byte, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
