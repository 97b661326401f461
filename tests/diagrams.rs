//! Mermaid and Graphviz diagrams rendered to inline SVG at build time, with Cyrillic labels,
//! and the failure path.

mod common;

use std::path::Path;

/// (fixture file, fence language, labels that must appear in the SVG).
const FIXTURES: [(&str, &str, &[&str]); 8] = [
    ("flowchart.mmd", "mermaid", &["Мобильное приложение", "Сервис заказов", "Kafka: события заказов", "заказы"]),
    ("sequence.mmd", "mermaid", &["Покупатель", "Платёжный шлюз", "Оформить заказ", "Платёж подтверждён"]),
    ("gantt.mmd", "mermaid", &["Роадмап платформы, 3 квартал 2026", "Перенос сервисов", "Миграция на PostgreSQL"]),
    ("class.mmd", "mermaid", &["Заказ", "Платёж", "оплачивается"]),
    ("state.mmd", "mermaid", &["Создан", "Оплачен", "Отменён", "Доставлен"]),
    ("er.mmd", "mermaid", &["ПОКУПАТЕЛЬ", "ЗАКАЗ", "содержит"]),
    ("c4.mmd", "mermaid", &["Покупатель", "Маркетплейс", "Банк-эквайер"]),
    ("graph.dot", "dot", &["заказы", "оплата", "Служба доставки", "событие"]),
];

fn repo_with_diagrams(extra: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).unwrap();
    for (file, language, _) in FIXTURES {
        let source = std::fs::read_to_string(common::fixture("diagrams").join(file)).unwrap();
        let stem = Path::new(file).file_stem().unwrap().to_string_lossy().into_owned();
        std::fs::write(
            content.join(format!("{stem}.md")),
            format!("# Диаграмма {stem}\n\nТекст до.\n\n```{language}\n{source}```\n\nТекст после.\n"),
        )
        .unwrap();
    }
    for (name, text) in extra {
        std::fs::write(content.join(name), text).unwrap();
    }
    dir
}

#[test]
fn every_supported_type_renders_svg_with_its_cyrillic_labels() {
    let repo = repo_with_diagrams(&[]);
    let (out, output) = common::build(repo.path());
    let stderr = common::stderr(&output);
    assert!(output.status.success() && !stderr.contains("W0501"), "{stderr}");
    for (file, language, labels) in FIXTURES {
        let stem = Path::new(file).file_stem().unwrap().to_string_lossy().into_owned();
        let page = common::page(&out, &format!("{stem}.html"));
        let start = page
            .find(&format!("<figure class=\"diagram diagram-{language}\"><svg"))
            .unwrap_or_else(|| panic!("{file}: no inline SVG"));
        let svg = &page[start..start + page[start..].find("</figure>").unwrap()];
        for label in labels {
            assert!(svg.contains(label), "{file}: «{label}» missing from the SVG");
        }
        assert!(!svg.contains("<script"), "{file}: no script in diagrams");
        assert!(page.contains("Текст после."), "{file}: the rest of the page is intact");
    }
}

#[test]
fn a_broken_diagram_warns_with_file_and_line_and_stays_as_code() {
    let broken = std::fs::read_to_string(common::fixture("diagrams/broken.mmd")).unwrap();
    let repo = repo_with_diagrams(&[("broken.md", format!("# Сломанная\n\nАбзац.\n\n```mermaid\n{broken}```\n"))]);
    let (out, output) = common::build(repo.path());
    assert_eq!(output.status.code(), Some(0), "a diagram error is a warning");
    let stderr = common::stderr(&output);
    assert!(stderr.contains("warning[W0501]: diagram not rendered"), "{stderr}");
    assert!(stderr.contains("content/broken.md:5:1"), "points at the fence: {stderr}");
    let page = common::page(&out, "broken.html");
    assert!(page.contains("class=\"diagram-failed\"") && page.contains("Диаграмма не отрисована"));
    assert!(page.contains("А[Начало --&gt; Б(("), "the source stays visible");
    assert!(out.path().join("site/flowchart.html").is_file(), "the rest of the site builds");
}

#[test]
fn mermaid_js_from_the_project_draws_what_the_crate_cannot() {
    let broken = std::fs::read_to_string(common::fixture("diagrams/broken.mmd")).unwrap();
    let repo = repo_with_diagrams(&[("other.md", format!("# Другая\n\n```mermaid\n{broken}```\n"))]);
    let (out, _) = common::build(repo.path());
    assert!(!common::page(&out, "flowchart.html").contains("mermaid.run"), "no script unless configured");
    std::fs::write(repo.path().join("book.toml"), "[output.html]\nmermaid-js = \"assets/mermaid.min.js\"\n").unwrap();
    let (out, _) = common::build(repo.path());
    let page = common::page(&out, "other.html");
    assert!(page.contains("<pre class=\"mermaid\">"), "left for the browser");
    assert!(page.contains("src=\"assets/mermaid.min.js\""), "the project's own file, relative");
    assert!(
        common::page(&out, "flowchart.html").contains("<figure class=\"diagram diagram-mermaid\"><svg"),
        "rendered ones stay SVG"
    );
}

#[test]
fn check_reports_diagram_failures_too() {
    let broken = std::fs::read_to_string(common::fixture("diagrams/broken.mmd")).unwrap();
    let repo = repo_with_diagrams(&[("broken.md", format!("# X\n\n```mermaid\n{broken}```\n"))]);
    let output = common::tpmdocs_in(repo.path(), &["check", ".", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(findings.as_array().unwrap().iter().any(|f| f["code"] == "W0501" && f["line"] == 3));
}

#[test]
fn our_own_decisions_build_with_tpmdocs() {
    let docs = common::repo_root().join("docs");
    let check = common::tpmdocs(&["check", docs.to_str().unwrap(), "--deny", "warnings"]);
    assert_eq!(check.status.code(), Some(0), "{}", common::stderr(&check));
    let (out, output) = common::build(&docs);
    assert!(output.status.success());
    let adr = common::page(&out, "adr/adr-0001-mermaid-renderer.html");
    assert!(adr.contains("badge status-accepted") && adr.contains("mermaid-svg"));
}
