//! What tpmdocs feeds the search indexer, and the bundle a build writes.

mod common;

use tpmdocs::render::theme::Theme;
use tpmdocs::render::Renderer;

#[test]
fn only_document_pages_are_indexed_with_kind_status_date_and_number() {
    let options = tpmdocs::build::LoadOptions::render(common::pinned_today());
    let loaded = tpmdocs::build::load(&common::repo_root(), options).unwrap();
    let theme = Theme::new(loaded.project.theme_dir.as_deref());
    let renderer = Renderer::new(&loaded.site, &loaded.graph, &loaded.project.config, &theme, loaded.as_of).unwrap();
    let pages = renderer.search_pages();
    assert_eq!(pages.len(), loaded.site.pages.len() - 1, "every document except the home page's own text");
    let paths: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    assert!(
        !paths.contains(&"index.html")
            && !paths.iter().any(|p| p.starts_with("kind/") || *p == "graph.html" || *p == "search.html")
    );
    let adr = pages.iter().find(|p| p.path == "adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html").unwrap();
    assert_eq!(adr.title, "RabbitMQ для событий заказов");
    assert_eq!(adr.filters, vec![("Вид".to_owned(), "ADR".to_owned()), ("Статус".to_owned(), "Заменено".to_owned())]);
    assert!(adr.meta.contains(&("date".to_owned(), "2026-01-22".to_owned())));
    assert!(adr.meta.contains(&("number".to_owned(), "ADR-0002".to_owned())));
    assert!(adr.body_html.contains("id=\"контекст\""), "headings keep their ids for sub-results");
    let runbook = pages.iter().find(|p| p.path == "runbooks/runbook-kafka-consumers.html").unwrap();
    assert_eq!(runbook.filters.len(), 1, "no status filter for a document without status");
}

#[test]
fn the_build_writes_a_russian_bundle_with_one_entry_per_document() {
    let (out, output) = common::build(&common::repo_root());
    assert!(output.status.success());
    let bundle = out.path().join("site/pagefind");
    let entry: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bundle.join("pagefind-entry.json")).unwrap()).unwrap();
    let ru = &entry["languages"]["ru"];
    let documents = walkdir::WalkDir::new(common::repo_root().join("content"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|ext| ext == "md") && e.depth() > 1)
        .count() as u64;
    assert!(documents >= 35);
    assert_eq!(ru["page_count"].as_u64(), Some(documents), "every document but the home page's text: {entry}");
    assert!(bundle.join("pagefind-ui.js").is_file() && bundle.join("wasm.ru.pagefind").is_file());
    let search = common::page(&out, "search.html");
    assert!(search.contains("pagefind/pagefind-ui.js") && !search.contains("src=\"/"), "relative bundle path");
    assert!(common::page(&out, "index.html").contains("data-search-input"), "a search box on every page");
}
