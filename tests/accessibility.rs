//! Accessibility that can be checked without a browser: the palette's contrast in both
//! themes (every text colour, badge, diagram label and line), the language of a document
//! written in another language than the portal, named task-list checkboxes, and the
//! decision graph in words. The browser side (axe-core on every demo page in both themes,
//! a keyboard-only walk) is in `tests/browser.rs`.

mod common;

use std::collections::HashMap;

use tpmdocs::contrast::Rgb;

/// The custom properties set by every top-level rule with exactly `selector`, in order.
fn variables(css: &str, selector: &str) -> HashMap<String, String> {
    let mut found = HashMap::new();
    let mut rest = css;
    while let Some(at) = rest.find(&format!("\n{selector} {{")) {
        let body_start = at + selector.len() + 3;
        let body_end = body_start + rest[body_start..].find('}').unwrap();
        for declaration in rest[body_start..body_end].split(';') {
            let declaration = declaration.split("*/").last().unwrap_or("").trim();
            if let Some((name, value)) = declaration.split_once(':') {
                if name.trim().starts_with("--") {
                    found.insert(name.trim().to_owned(), value.trim().to_owned());
                }
            }
        }
        rest = &rest[body_end..];
    }
    found
}

/// A variable's colour, following `var(--x)` references.
fn colour(vars: &HashMap<String, String>, light: &HashMap<String, String>, name: &str) -> Rgb {
    let value = vars.get(name).or_else(|| light.get(name)).unwrap_or_else(|| panic!("{name} is not set"));
    if let Some(inner) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
        return colour(vars, light, inner.split(',').next().unwrap().trim());
    }
    if let Some(inner) = value.strip_prefix("rgba(").and_then(|v| v.strip_suffix(')')) {
        // A translucent fill over the page: composite it on `--bg`.
        let parts: Vec<f64> = inner.split(',').map(|part| part.trim().parse().unwrap()).collect();
        let under = colour(vars, light, "--bg");
        let mix = |channel: f64, base: u8| (channel * parts[3] + f64::from(base) * (1.0 - parts[3])).round() as u8;
        return Rgb(mix(parts[0], under.0), mix(parts[1], under.1), mix(parts[2], under.2));
    }
    Rgb::parse(value).unwrap_or_else(|| panic!("{name}: {value} is not a colour"))
}

#[test]
fn the_palette_meets_wcag_aa_in_both_themes() {
    let css = std::fs::read_to_string(common::repo_root().join("themes/default/static/tpmdocs.css")).unwrap();
    let light = variables(&css, ":root");
    let dark = variables(&css, "html[data-theme=\"dark\"]");
    assert!(dark.contains_key("--text-faint") && dark.contains_key("--dg-unknown-stroke"), "{dark:?}");
    let mut failures = Vec::new();
    for (theme, vars) in [("light", &light), ("dark", &dark)] {
        let mut check = |fg: &str, bg: &str, minimum: f64| {
            let ratio = colour(vars, &light, fg).contrast(colour(vars, &light, bg));
            if ratio < minimum {
                failures.push(format!("{theme}: {fg} on {bg} is {ratio:.2}:1, needs {minimum}:1"));
            }
        };
        for text in ["--text", "--text-muted", "--text-faint", "--link", "--link-hover"] {
            for background in ["--bg", "--bg-subtle", "--bg-header"] {
                check(text, background, 4.5);
            }
        }
        for status in ["accepted", "proposed", "draft", "rejected", "deprecated", "superseded", "unknown"] {
            check(&format!("--{status}-fg"), &format!("--{status}-bg"), 4.5);
            check(&format!("--dg-{status}-stroke"), "--bg", 3.0);
            check("--dg-text", &format!("--dg-{status}-fill"), 4.5);
            check("--dg-text-muted", &format!("--dg-{status}-fill"), 4.5);
        }
        for relation in ["--dg-supersedes", "--dg-amends", "--dg-depends-on", "--dg-relates-to", "--dg-clarifies"] {
            check(relation, "--bg", 3.0);
        }
        check("--focus", "--bg", 3.0);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_document_in_another_language_says_so() {
    let english = "# Choosing a message broker\n\n**Status:** accepted\n\nWe compared Kafka, RabbitMQ and NATS for order events and chose Kafka for its replay and retention.\n";
    let russian = "# Выбор брокера сообщений\n\n**Статус:** Принято\n\nМы сравнили Kafka, RabbitMQ и NATS для событий заказов и выбрали Kafka за повторное чтение и хранение.\n";
    let project = common::repo(&[
        ("adr/adr-0001-broker.md", english),
        ("adr/adr-0002-broker-ru.md", russian),
        ("adr/adr-0003-ru.md", russian),
    ]);
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    assert!(common::page(&out, "index.html").contains("<html lang=\"ru\">"), "the portal is Russian");
    let english_page = common::page(&out, "adr/adr-0001-broker.html");
    assert!(
        english_page.contains("<h1 class=\"doc-title\" id=\"choosing-a-message-broker\" lang=\"en\">"),
        "{english_page}"
    );
    assert!(english_page.contains("<div class=\"prose doc-body\" lang=\"en\">"));
    let russian_page = common::page(&out, "adr/adr-0002-broker-ru.html");
    assert!(
        !russian_page.contains("lang=\"en\"") && !russian_page.contains(" lang=\"ru\">Выбор"),
        "same as the portal"
    );
}

#[test]
fn task_list_checkboxes_are_named_and_the_graph_reads_in_words() {
    let project = common::repo(&[
        (
            "adr/adr-0001-queue.md",
            "# ADR-0001: Очередь на RabbitMQ\n\n**Статус:** Заменено\n\n## Решение\n\nRabbitMQ.\n\n- [x] Прототип\n- [ ] Нагрузочный тест\n",
        ),
        (
            "adr/adr-0002-kafka.md",
            "# ADR-0002: Kafka вместо RabbitMQ\n\n**Статус:** Принято\n\n**Заменяет:** ADR-0001\n\n## Решение\n\nKafka.\n",
        ),
    ]);
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let adr = common::page(&out, "adr/adr-0001-queue.html");
    assert!(
        adr.contains(r#"<input type="checkbox" class="task-list-item-checkbox" aria-label="выполнено" checked="""#),
        "{adr}"
    );
    assert!(
        adr.contains(r#"<input type="checkbox" class="task-list-item-checkbox" aria-label="не выполнено" disabled"#)
    );
    let graph = common::page(&out, "graph.html");
    assert!(graph.contains(r#"role="group" aria-label="Граф решений""#), "links inside a named group, not an image");
    assert!(graph.contains("<title>ADR-0001: Очередь на RabbitMQ (Заменено)</title>"), "each box one named link");
    assert!(
        graph.contains(
            "<li>ADR-0002 «Kafka вместо RabbitMQ» (Принято) заменяет ADR-0001 «Очередь на RabbitMQ» (Заменено)</li>"
        ),
        "the relations in words: {graph}"
    );
    assert!(
        graph.contains(r#"class="dg-status" text-anchor="end" aria-hidden="true">Принято</text>"#),
        "status in words"
    );
}

#[test]
fn motion_stops_for_readers_who_ask_for_less() {
    let css = std::fs::read_to_string(common::repo_root().join("themes/default/static/tpmdocs.css")).unwrap();
    let reduced = css.split("@media (prefers-reduced-motion: reduce)").nth(1).expect("a reduced-motion block");
    let block = &reduced[..reduced.find("\n}").unwrap()];
    for rule in ["transition: none !important", "animation: none !important", "scroll-behavior: auto !important"] {
        assert!(block.contains(rule), "{rule} under prefers-reduced-motion");
    }
    let js = std::fs::read_to_string(common::repo_root().join("themes/default/static/tpmdocs.js")).unwrap();
    assert!(!js.contains("behavior: \"smooth\"") && !js.contains("animate("), "no scripted motion");
}
