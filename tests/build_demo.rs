//! `tpmdocs build` on the bundled demo `content/`: the pages a reader sees.

mod common;

use common::{build, page, repo_root};

fn built_demo() -> tempfile::TempDir {
    let (out, output) = build(&repo_root());
    let stderr = common::stderr(&output);
    assert!(output.status.success(), "{stderr}");
    common::assert_only_the_intended_demo_warning(&stderr);
    out
}

#[test]
fn home_index_pages_and_adr_log_exist() {
    let out = built_demo();
    let home = page(&out, "index.html");
    assert!(home.contains("Здесь собраны технические документы"), "the root index.md introduces the home page");
    assert!(home.contains("kind/adr.html"));
    for kind in
        ["adr", "tech-spec", "infra-plan", "migration", "runbook", "postmortem", "tech-roadmap", "estimate", "poc"]
    {
        assert!(out.path().join(format!("site/kind/{kind}.html")).is_file(), "index for {kind}");
    }
    let log = page(&out, "kind/adr.html");
    assert!(log.contains("ADR-0005"));
    assert!(log.contains("badge status-superseded"), "superseded ADRs carry a status badge");
    assert!(log.contains("badge status-accepted"));
    assert!(log.contains("data-status=\"rejected\""));
    let position = |text: &str| log.find(text).unwrap_or_else(|| panic!("{text} in the log"));
    assert!(
        position("ADR-0002") < position("ADR-0005") && position("ADR-0005") < position("ADR-0009"),
        "log in number order"
    );
}

#[test]
fn superseded_adr_shows_a_banner_linking_its_successor() {
    let out = built_demo();
    let old = page(&out, "adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html");
    let banner_at = old.find("banner-superseded").expect("banner on a superseded ADR");
    let banner = &old[banner_at..banner_at + 1500];
    assert!(banner.contains("href=\"adr-0005-kafka-strimzi.html\""), "{banner}");
    let current = page(&out, "adr/adr-0009-managed-kafka.html");
    assert!(!current.contains("banner-superseded"), "an ADR in force has no banner");
}

#[test]
fn document_page_has_metadata_toc_backlinks_and_neighbours() {
    let out = built_demo();
    let adr = page(&out, "adr/adr-0001-kubernetes-v-yandex-cloud.html");
    assert!(adr.contains("Упоминается в"), "backlinks section");
    assert!(
        adr.contains("href=\"../specs/tech-spec-order-events.html\"")
            || adr.contains("href=\"../infra/infra-plan-k8s-platform.html\""),
        "backlinks link the documents that refer to it"
    );
    assert!(adr.contains("class=\"toc"), "table of contents");
    assert!(adr.contains("rel=\"next\""), "link to the next ADR");
    assert!(adr.contains("<dl class=\"meta-list\">"), "metadata panel");
    let spec = page(&out, "specs/tech-spec-order-events.html");
    assert!(spec.contains("Зависит от"), "relations panel names depends-on");
    assert!(spec.contains("hl-"), "code is highlighted with classes");
    let migration = page(&out, "migrations/migration-mysql-to-postgresql.html");
    assert!(
        migration.contains("<dd><a href=\"../estimates/estimate-mysql-migration.html\">"),
        "a metadata value's link leads to the page, not to the Markdown file"
    );
    let runbook = page(&out, "runbooks/runbook-payments-gateway.html");
    assert!(runbook.contains("<code>payments-oncall</code>"), "a metadata value's code is code");
}

#[test]
fn every_url_is_relative_and_resolves() {
    let out = built_demo();
    let site = out.path().join("site");
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&site).into_iter().filter_map(Result::ok) {
        // 404.html is served at any missing path, so its links are rooted at site-url.
        if entry.path().extension().is_none_or(|e| e != "html") || entry.file_name() == "404.html" {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        for url in attribute_values(&html) {
            assert!(!url.starts_with('/'), "absolute URL {url} in {}", entry.path().display());
            if url.starts_with('#') || url.contains(':') {
                continue;
            }
            let path = url.split(['#', '?']).next().unwrap();
            let target = entry.path().parent().unwrap().join(common::percent_decode(path));
            assert!(target.exists(), "{url} in {} points to nothing", entry.path().display());
            checked += 1;
        }
    }
    assert!(checked > 300, "crawled {checked} links");
}

#[test]
fn cyrillic_file_names_and_assets_are_published() {
    let out = built_demo();
    assert!(out.path().join("site/glossary/глоссарий.html").is_file());
    assert!(out.path().join("site/assets/architecture.svg").is_file());
    assert!(out.path().join("site/static/highlight.css").is_file());
}

#[test]
fn english_ui_with_language_en() {
    let project = tempfile::tempdir().unwrap();
    common::copy_tree(&repo_root().join("content"), &project.path().join("content"));
    std::fs::write(project.path().join("book.toml"), "[book]\ntitle = \"Portal\"\nlanguage = \"en\"\n").unwrap();
    let (out, output) = build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let adr = page(&out, "adr/adr-0001-kubernetes-v-yandex-cloud.html");
    assert!(adr.contains("<html lang=\"en\">"));
    assert!(adr.contains("Referenced by"));
    assert!(!adr.contains("Упоминается в"));
}

#[test]
fn a_failed_build_leaves_the_previous_site() {
    let project = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(project.path().join("content")).unwrap();
    std::fs::write(project.path().join("content/a.md"), "# A\n").unwrap();
    let dest = project.path().join("book");
    let output = common::tpmdocs(&["build", project.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let before = std::fs::read_to_string(dest.join("a.html")).unwrap();
    // A broken theme override makes rendering fail: the old site must survive.
    std::fs::create_dir_all(project.path().join("themes/default/templates")).unwrap();
    std::fs::write(project.path().join("themes/default/templates/document.html"), "{% if %}").unwrap();
    std::fs::write(project.path().join("content/a.md"), "# A, изменённый\n").unwrap();
    let output = common::tpmdocs(&["build", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", common::stderr(&output));
    assert!(common::stderr(&output).contains("document.html"));
    assert_eq!(std::fs::read_to_string(dest.join("a.html")).unwrap(), before);
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_write() {
    let project = tempfile::tempdir().unwrap();
    std::fs::write(project.path().join("a.md"), "# A\n").unwrap();
    let dest = project.path().join("precious");
    std::fs::create_dir_all(&dest).unwrap();
    std::fs::write(dest.join("thesis.txt"), "важно").unwrap();
    let output = common::tpmdocs(&["build", project.path().to_str().unwrap(), "-d", dest.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(dest.join("thesis.txt").is_file());
}

/// Values of href and src attributes.
fn attribute_values(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(start) = rest.find(attribute) {
            rest = &rest[start + attribute.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            found.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    found
}

#[test]
fn demo_graph_json_has_the_supersession_chain_and_cross_kind_dependencies() {
    let output = common::tpmdocs(&["graph", repo_root().to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let has = |from: &str, to: &str, kind: &str| {
        graph["edges"].as_array().unwrap().iter().any(|e| {
            e["from"].as_str().unwrap().starts_with(from)
                && e["to"].as_str().unwrap().starts_with(to)
                && e["type"] == kind
        })
    };
    assert!(has("adr/adr-0005", "adr/adr-0002", "supersedes"));
    assert!(has("adr/adr-0009", "adr/adr-0005", "supersedes"));
    assert!(has("specs/tech-spec-order-events", "adr/adr-0008", "depends-on"));
    assert!(has("infra/infra-plan-kafka-cluster", "specs/tech-spec-order-events", "depends-on"));
    let nodes = graph["nodes"].as_array().unwrap();
    assert!(nodes.len() >= 30);
    let adr2 = nodes.iter().find(|n| n["id"] == "adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.md").unwrap();
    assert_eq!(
        (adr2["kind"].as_str(), adr2["status"].as_str(), adr2["number"].as_u64()),
        (Some("adr"), Some("superseded"), Some(2))
    );
}

#[test]
fn the_404_page_links_from_site_url() {
    let project = tempfile::tempdir().unwrap();
    common::copy_tree(&repo_root().join("content"), &project.path().join("content"));
    std::fs::write(project.path().join("book.toml"), "[output.html]\nsite-url = \"/portal/\"\n").unwrap();
    let (out, output) = build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let page = page(&out, "404.html");
    assert!(page.contains("href=\"/portal/static/tpmdocs.css\""), "{page}");
    assert!(page.contains("href=\"/portal/kind/adr.html\""));
    assert!(page.contains("Страница не найдена"));
}

#[test]
fn two_builds_of_the_same_sources_are_byte_identical() {
    let (first, output) = build(&repo_root());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let (second, output) = build(&repo_root());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let (first, second) =
        (common::site_tree(&first.path().join("site")), common::site_tree(&second.path().join("site")));
    assert!(first.keys().any(|path| path.starts_with("pagefind/index/")), "the search bundle is compared too");
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>(), "the same files");
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between two builds");
    }
}
