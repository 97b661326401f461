//! Dates, authors and edit links from git history, on a repository the test makes with
//! fixed commit dates; and the build unchanged (with one warning) in a shallow clone,
//! without git, or outside git.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs git in `dir` as `author` at `date` (ISO 8601, UTC).
fn git(dir: &Path, args: &[&str], author: &str, date: &str) {
    let status = Command::new("git")
        .args(["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", "author@example.org")
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", "author@example.org")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A repository with two ADRs: one without a written date, edited by a second author.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "book.toml",
        "[output.html]\ngit-repository-url = \"https://example.org/team/docs\"\nedit-url-template = \"https://example.org/team/docs/edit/main/{path}\"\n[tpmdocs]\ngit-authors = true\n",
    );
    write(
        root,
        "content/adr/adr-0001-kafka.md",
        "# Kafka\n\n**Статус:** Принято\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
    );
    write(
        root,
        "content/adr/adr-0002-redis.md",
        "# Redis\n\n**Статус:** Принято\n**Дата:** 01.01.2026\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
    );
    git(root, &["init", "-q"], "Анна Смирнова", "2026-01-05T10:00:00Z");
    git(root, &["add", "-A"], "Анна Смирнова", "2026-01-05T10:00:00Z");
    git(root, &["commit", "-q", "-m", "first"], "Анна Смирнова", "2026-01-05T10:00:00Z");
    write(
        root,
        "content/adr/adr-0001-kafka.md",
        "# Kafka\n\n**Статус:** Принято\n\n## Контекст\n\nx, y\n\n## Решение\n\ny\n",
    );
    git(root, &["commit", "-q", "-am", "second"], "Bob Lee", "2026-02-08T12:00:00Z");
    dir
}

#[test]
fn pages_show_last_update_first_commit_date_authors_and_edit_links() {
    let repo = repository();
    let (out, output) = common::build(repo.path());
    let stderr = common::stderr(&output);
    assert!(output.status.success() && !stderr.contains("warning["), "{stderr}");
    let kafka = common::page(&out, "adr/adr-0001-kafka.html");
    assert!(kafka.contains("Обновлено: <time datetime=\"2026-02-08\">2026-02-08</time>"), "{kafka}");
    assert!(kafka.contains("Авторы: Анна Смирнова, Bob Lee"), "authors in the order they came");
    assert!(kafka.contains("<dt>Дата (первый коммит)</dt>") && kafka.contains("2026-01-05"), "marked as from git");
    assert!(kafka.contains("href=\"https://example.org/team/docs/edit/main/content/adr/adr-0001-kafka.md\""));
    assert!(kafka.contains("href=\"https://example.org/team/docs\""), "a repository link in the footer");
    let redis = common::page(&out, "adr/adr-0002-redis.html");
    assert!(redis.contains("<dt>Дата</dt>") && redis.contains("2026-01-01"), "a written date wins over git");
    assert!(redis.contains("Обновлено: <time datetime=\"2026-01-05\">"));
}

#[test]
fn the_overview_and_the_report_say_which_commit_the_data_is_from() {
    let repo = repository();
    let head = Command::new("git").args(["rev-parse", "--short", "HEAD"]).current_dir(repo.path()).output().unwrap();
    let head = String::from_utf8(head.stdout).unwrap().trim().to_owned();
    assert!(head.len() >= 7, "{head}");
    let (out, output) = common::build(repo.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let overview = common::page(&out, "overview/index.html");
    assert!(
        overview.contains(&format!(
            "· коммит <a href=\"https://example.org/team/docs/commit/{head}\"><code>{head}</code></a></p>"
        )),
        "{overview}"
    );
    assert!(common::page(&out, "overview/decisions.html").contains(&format!("<code>{head}</code>")), "on lists too");
    let report = common::tpmdocs_in(repo.path(), &["report", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(json["revision"], serde_json::json!({"commit": head, "uncommitted_changes": false}));

    // An edit not yet committed is said, on the pages and in the status post.
    write(repo.path(), "content/adr/adr-0002-redis.md", "# Redis\n\n**Статус:** Отклонено\n");
    let (out, _) = common::build(repo.path());
    assert!(
        common::page(&out, "overview/index.html").contains("</a> (с незафиксированными изменениями)</p>"),
        "the stamp says the data is ahead of the commit"
    );
    let post = common::tpmdocs_in(repo.path(), &["report", "--format", "markdown"]);
    let post = String::from_utf8(post.stdout).unwrap();
    assert!(post.contains(&format!("(коммит `{head}`, с незафиксированными изменениями)")), "{post}");
}

#[test]
fn a_shallow_clone_builds_without_git_dates_and_says_how_to_fix_it() {
    let repo = repository();
    let clones = tempfile::tempdir().unwrap();
    let shallow = clones.path().join("shallow");
    let url = format!("file://{}", repo.path().display());
    git(clones.path(), &["clone", "-q", "--depth", "1", &url, shallow.to_str().unwrap()], "x", "2026-03-01T00:00:00Z");
    let (out, output) = common::build(&shallow);
    let stderr = common::stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.matches("warning[W0601]").count(), 1, "warned once: {stderr}");
    assert!(stderr.contains("fetch-depth: 0"), "{stderr}");
    assert!(!common::page(&out, "adr/adr-0001-kafka.html").contains("Обновлено"), "no wrong dates");
}

#[test]
fn without_git_installed_or_outside_git_the_build_is_unchanged() {
    let repo = repository();
    let no_programs = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = common::command()
        .env("PATH", no_programs.path())
        .args(["build", repo.path().to_str().unwrap(), "-d", out.path().join("site").to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = common::stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.matches("warning[W0602]").count(), 1, "{stderr}");
    assert!(out.path().join("site/adr/adr-0001-kafka.html").is_file());

    let outside =
        common::repo(&[("adr/adr-0001-a.md", "# A\n\n**Статус:** Принято\n\n## Контекст\n\nx\n\n## Решение\n\ny\n")]);
    let (_, output) = common::build(outside.path());
    assert!(!common::stderr(&output).contains("warning["), "{}", common::stderr(&output));
    std::fs::write(outside.path().join("book.toml"), "[tpmdocs]\ngit-dates = true\n").unwrap();
    let (_, output) = common::build(outside.path());
    assert!(common::stderr(&output).contains("warning[W0603]"), "asked for git dates outside git");
}

/// GETs `path` from `address` and returns the body.
fn get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    raw
}

#[test]
fn serve_shows_new_dates_after_a_commit_without_a_restart() {
    let repo = repository();
    let mut child = common::command()
        .args(["serve", repo.path().to_str().unwrap(), "-p", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let address = line.split_whitespace().find(|w| w.starts_with("http://")).unwrap();
    let address = address.trim_start_matches("http://").trim_end_matches('/').to_owned();
    let page = "/adr/adr-0002-redis.html";
    assert!(get(&address, page).contains("datetime=\"2026-01-05\""));
    write(
        repo.path(),
        "content/adr/adr-0002-redis.md",
        "# Redis\n\n**Статус:** Устарело\n**Дата:** 01.01.2026\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
    );
    git(repo.path(), &["commit", "-q", "-am", "third"], "Bob Lee", "2026-03-09T12:00:00Z");
    let started = Instant::now();
    let mut seen = String::new();
    while started.elapsed() < Duration::from_secs(20) {
        seen = get(&address, page);
        if seen.contains("datetime=\"2026-03-09\"") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(seen.contains("datetime=\"2026-03-09\""), "the commit's date shows up: {seen}");
}
