//! The decision-graph page and `graph --format mermaid|--impact|--chain`.

mod common;

/// A generated repository of `count` ADRs: chains of supersession every 5, dependencies on
/// earlier ADRs, some isolated decisions, Cyrillic titles of varied length.
fn generated_repo(count: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let adr_dir = dir.path().join("content/adr");
    std::fs::create_dir_all(&adr_dir).unwrap();
    for n in 1..=count {
        let mut meta = Vec::new();
        let superseded = n % 5 == 1 && n < count;
        meta.push(if superseded {
            format!("**Статус:** Заменено ADR-{}", n + 1)
        } else {
            "**Статус:** Принято".to_owned()
        });
        if n % 5 == 2 {
            meta.push(format!("**Заменяет:** ADR-{}", n - 1));
        }
        if n > 10 && n % 3 == 0 {
            meta.push(format!("**Зависит от:** ADR-{}", (n * 7) % (n - 1) + 1));
        }
        let title =
            format!("Решение {n}: {}", "распределённая очередь событий и ".repeat((n % 4) as usize + 1).trim_end());
        let text = format!("# {title}\n\n{}\n\n## Контекст\n\nx\n\n## Решение\n\ny\n", meta.join("  \n"));
        std::fs::write(adr_dir.join(format!("adr-{n:04}-reshenie.md")), text).unwrap();
    }
    dir
}

#[derive(Debug)]
struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!(" {name}=\"")).unwrap_or_else(|| panic!("{name} in {tag}")) + name.len() + 3;
    tag[start..start + tag[start..].find('"').unwrap()].parse().unwrap()
}

#[test]
fn two_hundred_adrs_give_one_link_each_and_no_overlapping_boxes() {
    let repo = generated_repo(200);
    let (out, output) = common::build(repo.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let page = common::page(&out, "graph.html");
    let svg_start = page.find("<svg class=\"dg\"").expect("the decision graph SVG");
    let svg = &page[svg_start..svg_start + page[svg_start..].find("</svg>").unwrap()];
    let links: Vec<&str> = svg.split("<a href=\"").skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect();
    assert_eq!(links.len(), 200, "one link per ADR");
    let mut unique = links.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 200);
    assert!(links.iter().all(|href| href.starts_with("adr/adr-") && href.ends_with(".html")));
    for href in &links {
        assert!(out.path().join("site").join(href).is_file(), "{href} exists");
    }
    let rects: Vec<Rect> = svg
        .split("<rect ")
        .skip(1)
        .map(|rest| {
            let tag = &rest[..rest.find('>').unwrap()];
            let tag = format!(" {tag}");
            Rect {
                x: attribute(&tag, "x"),
                y: attribute(&tag, "y"),
                w: attribute(&tag, "width"),
                h: attribute(&tag, "height"),
            }
        })
        .collect();
    assert_eq!(rects.len(), 200);
    let (width, height) = {
        let open = &svg[..svg.find('>').unwrap()];
        (attribute(open, "width"), attribute(open, "height"))
    };
    for (i, a) in rects.iter().enumerate() {
        assert!(a.x >= 0.0 && a.y >= 0.0 && a.x + a.w <= width && a.y + a.h <= height, "{a:?} inside {width}x{height}");
        for b in &rects[i + 1..] {
            let overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            assert!(!overlap, "{a:?} overlaps {b:?}");
        }
    }
    assert!(svg.contains("dg-edge-supersedes") && svg.contains("dg-edge-depends-on"));
    assert!(svg.contains("status-superseded") && svg.contains("status-accepted"));
}

#[test]
fn adr_pages_show_their_neighbourhood() {
    let (out, output) = common::build(&common::repo_root());
    assert!(output.status.success());
    let page = common::page(&out, "adr/adr-0005-kafka-strimzi.html");
    let at = page.find("doc-neighbourhood").expect("neighbourhood section");
    let section = &page[at..];
    assert!(section.contains("dg-node dg-focus status-superseded"), "the ADR itself is highlighted");
    assert!(section.contains("href=\"adr-0002-rabbitmq-dlya-sobytiy-zakazov.html\""), "its predecessor");
    assert!(section.contains("href=\"adr-0009-managed-kafka.html\""), "its successor");
    let graph = common::page(&out, "graph.html");
    assert!(graph.contains("href=\"adr/adr-0001-kubernetes-v-yandex-cloud.html\""));
}

fn graph(args: &[&str]) -> String {
    let root = common::repo_root();
    let mut all = vec!["graph", root.to_str().unwrap()];
    all.extend(args);
    let output = common::tpmdocs(&all);
    assert!(output.status.success(), "{}", common::stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn chain_leads_to_the_decision_in_force() {
    let json: serde_json::Value = serde_json::from_str(&graph(&["--chain", "ADR-2", "--format", "json"])).unwrap();
    let ids: Vec<&str> = json["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        vec![
            "adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.md",
            "adr/adr-0005-kafka-strimzi.md",
            "adr/adr-0009-managed-kafka.md"
        ]
    );
    let by_path = graph(&["--chain", "content/adr/adr-0005-kafka-strimzi.md", "--format", "json"]);
    assert!(!by_path.contains("adr-0002") && by_path.contains("adr-0009"));
}

#[test]
fn impact_lists_dependents_transitively() {
    let json: serde_json::Value = serde_json::from_str(&graph(&["--impact", "ADR-0008", "--format", "json"])).unwrap();
    let ids: Vec<&str> = json["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"specs/tech-spec-order-events.md"), "depends on ADR-0008");
    assert!(ids.contains(&"infra/infra-plan-kafka-cluster.md"), "depends on the spec that depends on ADR-0008");
    assert!(ids.contains(&"specs/tech-spec-checkout-v2.md"), "references ADR-0008 directly");
    assert!(!ids.contains(&"adr/adr-0006-istio-service-mesh.md"), "neither depends on nor mentions it");
}

#[test]
fn mermaid_draws_each_relation_type() {
    let mermaid = graph(&["--format", "mermaid"]);
    assert!(mermaid.starts_with("flowchart TD\n"));
    assert!(mermaid.contains("==>|supersedes|"));
    assert!(mermaid.contains("-.->|amends|"));
    assert!(mermaid.contains("-->|depends-on|"));
    assert!(mermaid.contains("click n0 \"adr/adr-0001-kubernetes-v-yandex-cloud.html\""));
    assert!(!mermaid.contains("tech-spec"), "ADRs only by default");
}

#[test]
fn unknown_ids_are_a_clear_error() {
    let output = common::tpmdocs(&["graph", common::repo_root().to_str().unwrap(), "--chain", "ADR-999"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(common::stderr(&output).contains("no document matches `ADR-999`"));
}
