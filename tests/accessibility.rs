//! Accessibility that can be checked without a browser (the palette's contrast in both
//! themes is a unit test in `src/contrast/palette.rs`): the language of a document
//! written in another language than the portal, named task-list checkboxes, and the
//! decision graph in words. The browser side (axe-core on every demo page in both themes,
//! a keyboard-only walk) is in `tests/browser.rs`.

mod common;

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
