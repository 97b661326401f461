//! The build cache: documents parsed by the last build and its pages that nothing changed are
//! reused, and a build that reuses them writes exactly the site a fresh build writes.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A copy of the demo built once into `OUT/site` (its cache beside it): (project, OUT,
/// site, the build's standard error).
fn built_demo() -> (tempfile::TempDir, tempfile::TempDir, PathBuf, String) {
    let project = common::demo_copy();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let stderr = build_into(project.path(), &site);
    (project, out, site, stderr)
}

/// Builds `project` into `site` with `--timings`; returns standard error.
fn build_into(project: &Path, site: &Path) -> String {
    let output = common::tpmdocs(&["build", project.to_str().unwrap(), "-d", site.to_str().unwrap(), "--timings"]);
    let stderr = common::stderr(&output);
    assert!(output.status.success(), "{stderr}");
    stderr
}

/// The site a build with no cache at all writes for `project` as it is now.
fn fresh(project: &Path) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let stderr = build_into(project, &site);
    assert!(
        !stderr.contains("documents from the cache") && !stderr.contains("pages kept"),
        "a fresh build reuses nothing: {stderr}"
    );
    common::site_tree(&site)
}

/// The paths where two trees differ.
fn differences(got: &BTreeMap<String, Vec<u8>>, want: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let paths: std::collections::BTreeSet<&String> = got.keys().chain(want.keys()).collect();
    paths.into_iter().filter(|path| got.get(*path) != want.get(*path)).cloned().collect()
}

fn edit(project: &Path, rel: &str, from: &str, to: &str) {
    let path = project.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn append(project: &Path, rel: &str, text: &str) {
    let path = project.join(rel);
    let mut all = std::fs::read_to_string(&path).unwrap();
    all.push_str(text);
    std::fs::write(&path, all).unwrap();
}

fn markdown_files(project: &Path) -> usize {
    walkdir::WalkDir::new(project.join("content"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "md"))
        .count()
}

const ADR_3: &str = "content/adr/adr-0003-postgresql-patroni.md";

/// Each kind of change a writer makes, applied in turn to one project rebuilt into one
/// folder: after each, the site must be byte for byte what a build without any cache writes.
/// A key that misses something a page shows fails here.
#[test]
fn after_every_kind_of_edit_the_cached_build_writes_what_a_fresh_build_writes() {
    let (project, _out, site, _) = built_demo();
    let root = project.path();
    type Edit = Box<dyn Fn(&Path)>;
    let edits: Vec<(&str, Edit)> = vec![
        ("nothing", Box::new(|_| {})),
        ("a sentence in a body", Box::new(|p| append(p, ADR_3, "\nЕщё одно предложение про реплики.\n"))),
        (
            "the title of an ADR others link to and list",
            Box::new(|p| {
                edit(
                    p,
                    "content/adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.md",
                    "RabbitMQ для событий",
                    "RabbitMQ для всех событий",
                )
            }),
        ),
        (
            "a status",
            Box::new(|p| edit(p, "content/adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.md", "Заменено", "Отклонено")),
        ),
        ("a relation", Box::new(|p| append(p, "content/adr/adr-0014-gitops-argo-cd.md", "\nЗаменяет: ADR-0004\n"))),
        (
            "a link to another document",
            Box::new(|p| append(p, ADR_3, "\nСм. также [Argo CD](adr-0014-gitops-argo-cd.md).\n")),
        ),
        (
            "a new document",
            Box::new(|p| {
                let text = "# ADR-0015: Новое решение\n\n**Статус:** Предложено\n\n**Дата:** 01.08.2026\n\n## Контекст\n\nЗаменяет: ADR-0013\n";
                std::fs::write(p.join("content/adr/adr-0015-novoe-reshenie.md"), text).unwrap();
            }),
        ),
        (
            "a removed document",
            Box::new(|p| std::fs::remove_file(p.join("content/estimates/estimate-catalog-postgresql.md")).unwrap()),
        ),
        ("the portal's title", Box::new(|p| edit(p, "book.toml", "Северный Маркет", "Южный Маркет"))),
        (
            "the theme's words",
            Box::new(|p| {
                std::fs::create_dir_all(p.join("themes/default")).unwrap();
                std::fs::write(p.join("themes/default/strings.toml"), "[ru]\nhome = \"Домой\"\n").unwrap();
            }),
        ),
        (
            "the day the portal is evaluated at",
            Box::new(|p| edit(p, "book.toml", "as-of = 2026-08-03", "as-of = 2026-09-03")),
        ),
    ];
    for (what, change) in edits {
        change(root);
        build_into(root, &site);
        let want = fresh(root);
        assert_eq!(differences(&common::site_tree(&site), &want), Vec::<String>::new(), "after changing {what}");
    }
}

#[test]
fn a_body_edit_parses_and_renders_only_its_own_document_again() {
    let (project, _out, site, cold) = built_demo();
    let root = project.path();
    assert!(!cold.contains("documents from the cache") && !cold.contains("pages kept"), "{cold}");
    let documents = markdown_files(root);
    assert!(documents >= 35);

    append(root, ADR_3, "\nЕщё одно предложение про реплики.\n");
    let warm = build_into(root, &site);
    assert!(warm.contains(&format!("({} documents from the cache)", documents - 1)), "{warm}");
    // Every document page but the edited one (the home page's document is the home page,
    // rendered every time), plus the decision graph, the search page and the 404 page.
    let kept = (documents - 2) + 3;
    assert!(warm.contains(&format!("({kept} pages kept from the last build)")), "{warm}");
    let page = std::fs::read_to_string(site.join("adr/adr-0003-postgresql-patroni.html")).unwrap();
    assert!(page.contains("Ещё одно предложение про реплики."));

    edit(root, ADR_3, "# ADR-0003: ", "# ADR-0003: Новый заголовок: ");
    let retitled = build_into(root, &site);
    assert!(retitled.contains(&format!("({} documents from the cache)", documents - 1)), "{retitled}");
    assert!(!retitled.contains("kept from the last build"), "a title shows on other pages: {retitled}");
    assert!(std::fs::read_to_string(site.join("adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html"))
        .unwrap()
        .contains("Новый заголовок"));
}

#[test]
fn a_page_changed_or_removed_in_the_site_since_is_rendered_again() {
    let (project, _out, site, _) = built_demo();
    let changed = site.join("adr/adr-0004-terraform-atlantis.html");
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("<!-- edited by hand -->");
    std::fs::write(&changed, text).unwrap();
    std::fs::remove_file(site.join("adr/adr-0005-kafka-strimzi.html")).unwrap();
    let stderr = build_into(project.path(), &site);
    assert!(stderr.contains("pages kept from the last build"), "{stderr}");
    assert_eq!(differences(&common::site_tree(&site), &fresh(project.path())), Vec::<String>::new());
}

#[test]
fn a_damaged_document_cache_is_parsed_again_and_check_writes_no_cache() {
    let (project, out, site, _) = built_demo();
    let cache = out.path().join(".tpmdocs-cache/site/documents");
    let entries: Vec<PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "doc"))
        .collect();
    assert_eq!(entries.len(), markdown_files(project.path()), "one entry per document");
    for entry in &entries {
        let mut bytes = std::fs::read(entry).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x20;
        std::fs::write(entry, bytes).unwrap();
    }
    let stderr = build_into(project.path(), &site);
    assert!(!stderr.contains("documents from the cache"), "{stderr}");
    assert_eq!(differences(&common::site_tree(&site), &fresh(project.path())), Vec::<String>::new());

    let checked = tempfile::tempdir().unwrap();
    common::copy_tree(project.path(), checked.path());
    let output = common::tpmdocs(&["check", checked.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", common::stderr(&output));
    assert!(!checked.path().join(".tpmdocs-cache").exists(), "check writes nothing");
}
