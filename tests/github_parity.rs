//! A repository written for GitHub, pointed at as it is: `check` reports only what GitHub
//! would also fail to resolve, and the portal shows what GitHub shows. The fixture
//! (`tests/fixtures/github-repo/`) becomes a git repository with an `origin` remote in each
//! test: terraform-docs anchors, a badge in a heading, repeated headings, folder links,
//! hidden folders, source code and a licence, date-named ADRs, and component folders that
//! each number their own ADRs — with exactly three real problems planted.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// A copy of the fixture in a fresh git repository whose `origin` is `remote` (none when
/// `None`).
fn github_repo(remote: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixture("github-repo"), dir.path());
    git(dir.path(), &["init", "-q", "-b", "main"]);
    if let Some(remote) = remote {
        git(dir.path(), &["remote", "add", "origin", remote]);
    }
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git").arg("-C").arg(dir).args(args).output().expect("git runs");
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

/// `tpmdocs check DIR --format json`: (exit success, findings).
fn check(dir: &Path) -> (bool, Vec<Value>) {
    let output = common::tpmdocs(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let findings: Vec<Value> = serde_json::from_slice(&output.stdout).expect("JSON findings");
    (output.status.success(), findings)
}

/// (code, file relative to `root`, line) of each finding with severity `severity`.
fn located(findings: &[Value], severity: &str, root: &Path) -> Vec<(String, String, u64)> {
    let root = root.canonicalize().unwrap();
    let mut found: Vec<(String, String, u64)> = findings
        .iter()
        .filter(|finding| finding["severity"] == severity)
        .map(|finding| {
            let file = Path::new(finding["file"].as_str().unwrap_or_default());
            let file = file.canonicalize().unwrap_or(file.to_path_buf());
            let relative = file.strip_prefix(&root).unwrap_or(&file).to_string_lossy().into_owned();
            (finding["code"].as_str().unwrap().to_owned(), relative, finding["line"].as_u64().unwrap_or(0))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn check_at_the_repository_root_reports_only_the_real_problems() {
    let repo = github_repo(Some("git@github.com:acme/platform.git"));
    let (ok, findings) = check(repo.path());
    assert!(!ok, "errors fail the check");
    let errors = located(&findings, "error", repo.path());
    assert_eq!(
        errors,
        vec![
            ("E0301".to_owned(), "docs/CONTRIBUTING.md".to_owned(), 21),
            ("E0303".to_owned(), "components/autorag/ODH-ADR-0002-vector-store-api.md".to_owned(), 1),
            ("E0305".to_owned(), "modules/network/README.md".to_owned(), 35),
        ],
        "a missing script, a true duplicate in one component's series, a renamed input's anchor: {findings:#?}"
    );
    let warnings = located(&findings, "warning", repo.path());
    assert_eq!(warnings, vec![], "statuses Review, TBD, Approved and prose are understood; a proposal may lack a decision; a how-to has no action items");
}

#[test]
fn the_portal_shows_what_github_shows_and_links_where_github_goes() {
    let repo = github_repo(Some("https://x-access-token:secret@github.com/acme/platform.git"));
    let (out, output) = common::build(repo.path());
    assert!(!output.status.success(), "the planted errors fail the build too");
    let home = common::page(&out, "index.html");
    assert!(
        home.contains("<h1 class=\"page-title\" id=\"acme-platform--\">Acme Platform</h1>"),
        "a title is text: {home}"
    );
    assert!(home.contains("<p align=\"center\">") && home.contains("<kbd>Ctrl</kbd>"), "GitHub's HTML renders");
    assert!(home.contains("<details>") && home.contains("<summary>Quick start</summary>"));
    assert!(!home.contains("&lt;details") && !home.contains("&lt;kbd"), "no tag as text");
    for (what, href) in [
        ("a folder without a README", "https://github.com/acme/platform/tree/main/modules"),
        ("a folder with one", "modules/network/index.html"),
        ("a hidden file", "https://github.com/acme/platform/blob/main/.github/workflows/ci.yml"),
        ("a Markdown file in a hidden folder", "https://github.com/acme/platform/blob/main/.jbang/README.md"),
        ("an image in a hidden folder", "https://github.com/acme/platform/raw/main/.github/logo.svg"),
        ("a heading with a badge", "docs/CONTRIBUTING.html#choosing-a-task-"),
        ("a licence, as GitHub shows it", "https://github.com/acme/platform/blob/main/LICENSE"),
    ] {
        assert!(home.contains(href), "{what}: {href} in {home}");
    }
    assert!(!home.contains("secret"), "credentials in the remote never reach a page");
    let contributing = common::page(&out, "docs/CONTRIBUTING.html");
    assert!(contributing.contains("<h2 id=\"choosing-a-task-\">"), "GitHub's id for a heading with a badge");
    assert!(contributing.contains("<h3 id=\"example-1\">") && contributing.contains("href=\"#example-1\""));
    assert!(contributing.contains("href=\"#choosing-a-task-\""), "an anchor in another case is pointed at the heading");
    assert!(contributing.contains("🚀"), "emoji shortcodes");
    let module = common::page(&out, "modules/network/index.html");
    assert!(module.contains("<a name=\"input_cidr_block\"></a>") && module.contains("href=\"#input_cidr_block\""));
    assert!(module.contains("Must not overlap") && module.contains("<br>"), "terraform-docs' <br> in a cell");
    assert!(
        module.contains("href=\"https://github.com/acme/platform/blob/main/examples/main.tf\""),
        "source code, as GitHub shows it"
    );
    let docs_index = common::page(&out, "docs/index.html");
    assert!(
        docs_index.contains("href=\"img/diagram.svg\"") && docs_index.contains("src=\"img/diagram.svg\""),
        "a picture is the site's own copy, linked or shown"
    );
    let docs = common::page(&out, "docs/index.html");
    assert!(docs.contains("<p class=\"markdown-alert-title\">Warning</p>"), "an English portal's alert titles");
    let automl = common::page(&out, "components/automl/ODH-ADR-0001-training-backend.html");
    assert!(automl.contains("automl:ADR-0001"), "a component's series is named: {automl}");
    assert!(automl.contains("href=\"../autorag/ODH-ADR-0001-retrieval-store.html\""));
}

#[test]
fn a_source_folder_inside_the_repository_links_out_to_the_rest_of_it() {
    let repo = github_repo(Some("git@gitlab.example.com:platform/acme.git"));
    let docs = repo.path().join("docs");
    let (_, findings) = check(&docs);
    assert_eq!(
        located(&findings, "error", &docs),
        vec![("E0301".to_owned(), "CONTRIBUTING.md".to_owned(), 21)],
        "source code, the licence and the root README exist in the repository: {findings:#?}"
    );
    let (out, output) = common::build(&docs);
    assert!(!output.status.success());
    let index = common::page(&out, "index.html");
    for href in [
        "https://gitlab.example.com/platform/acme/-/blob/main/src/main/java/com/acme/Main.java",
        "https://gitlab.example.com/platform/acme/-/blob/main/LICENSE",
        "https://gitlab.example.com/platform/acme/-/blob/main/README.md",
        "https://gitlab.example.com/platform/acme/-/tree/main/modules",
        "https://gitlab.example.com/platform/acme/-/tree/main/docs/decisions",
    ] {
        assert!(index.contains(href), "{href} in {index}");
    }
}

#[test]
fn without_a_web_address_such_links_are_kept_with_a_warning_never_an_error() {
    let repo = github_repo(None);
    let docs = repo.path().join("docs");
    let (_, findings) = check(&docs);
    let errors = located(&findings, "error", &docs);
    assert_eq!(errors, vec![("E0301".to_owned(), "CONTRIBUTING.md".to_owned(), 21)]);
    let kept: Vec<(String, String, u64)> =
        located(&findings, "warning", &docs).into_iter().filter(|(code, _, _)| code == "W0306").collect();
    assert_eq!(kept.len(), 5, "Main.java, LICENSE, README.md, modules/, decisions/: {findings:#?}");
    let (out, _) = common::build(&docs);
    assert!(
        common::page(&out, "index.html").contains("href=\"../src/main/java/com/acme/Main.java\""),
        "kept as written"
    );
}

#[test]
fn date_named_and_component_decisions_keep_their_identity() {
    let repo = github_repo(None);
    let output = common::tpmdocs(&["graph", repo.path().to_str().unwrap(), "--format", "json"]);
    let graph: Value = serde_json::from_slice(&output.stdout).unwrap();
    let node = |file: &str| {
        graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|node| node["id"].as_str().unwrap().ends_with(file))
            .cloned()
            .unwrap()
    };
    for (file, status) in [
        ("20200925-use-markdown.md", "accepted"),
        ("20200925-use-log4brains.md", "accepted"),
        ("20210412-adopt-opentelemetry.md", "proposed"),
        ("ODH-ADR-0001-training-backend.md", "accepted"),
        ("ODH-ADR-0002-model-registry.md", "Refinement completed. TP in 3.4"),
        ("ODH-ADR-0001-retrieval-store.md", "proposed"),
        ("ODH-ADR-0002-chunking.md", "draft"),
    ] {
        let node = node(file);
        assert_eq!((node["kind"].as_str(), node["status"].as_str()), (Some("adr"), Some(status)), "{file}");
    }
    assert_eq!(node("20200925-use-markdown.md")["number"], Value::Null, "a date is not a number");
    let edges = graph["edges"].as_array().unwrap();
    let references = |from: &str, to: &str| {
        edges
            .iter()
            .any(|edge| edge["from"].as_str().unwrap().ends_with(from) && edge["to"].as_str().unwrap().ends_with(to))
    };
    assert!(
        references("automl/ODH-ADR-0002-model-registry.md", "automl/ODH-ADR-0001-training-backend.md"),
        "ODH-ADR-0001 in automl means automl's own"
    );
    assert!(!references("automl/ODH-ADR-0002-model-registry.md", "autorag/ODH-ADR-0001-retrieval-store.md"));
}

#[test]
fn alert_titles_are_in_the_portals_language() {
    let project = common::repo(&[(
        "runbooks/runbook-payments.md",
        "# Ранбук платежей\n\n> [!WARNING]\n> Не перезапускайте шлюз днём.\n\n> [!TIP]\n> Смотрите дашборд.\n\n> [!NOTE]\n> Заметка.\n\n> [!IMPORTANT]\n> Важное.\n\n> [!CAUTION]\n> Опасно.\n",
    )]);
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let page = common::page(&out, "runbooks/runbook-payments.html");
    for title in ["Внимание", "Совет", "Примечание", "Важно", "Осторожно"] {
        assert!(page.contains(&format!("<p class=\"markdown-alert-title\">{title}</p>")), "{title}: {page}");
    }
}
