//! Existing decision-record repositories, understood as they are: pointed at the decisions
//! folder itself or at the repository root, with project and series prefixes, templates,
//! the statuses public repositories use, and no `book.toml`.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

fn graph(dir: &std::path::Path) -> Value {
    let output = common::tpmdocs(&["graph", dir.to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{}: {}", dir.display(), common::stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The ADRs of a graph as (number, title, status).
fn decisions(graph: &Value) -> BTreeSet<(u64, String, String)> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|node| node["kind"] == "adr")
        .map(|node| {
            (
                node["number"].as_u64().unwrap(),
                node["title"].as_str().unwrap().to_owned(),
                node["status"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect()
}

fn node<'g>(graph: &'g Value, file: &str) -> &'g Value {
    graph["nodes"].as_array().unwrap().iter().find(|node| node["id"].as_str().unwrap().ends_with(file)).unwrap()
}

/// Every edge as (from, to), full ids, whatever its type.
fn pointers(graph: &Value) -> BTreeSet<(&str, &str)> {
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| (edge["from"].as_str().unwrap(), edge["to"].as_str().unwrap()))
        .collect()
}

fn edges(graph: &Value) -> BTreeSet<(String, String, String)> {
    let file = |id: &Value| id.as_str().unwrap().rsplit('/').next().unwrap().to_owned();
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|edge| edge["type"] != "references")
        .map(|edge| (file(&edge["from"]), file(&edge["to"]), edge["type"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn the_decisions_folder_itself_gives_the_same_adr_log_as_the_repository_root() {
    for (fixture, folder, count) in [
        ("adr-tools", "doc/adr", 5),
        ("madr2", "docs/adr", 4),
        ("madr3", "content/decisions", 4),
        ("madr4", "content/decisions", 5),
        ("log4brains", "content/adr", 5),
        ("prefixed", "content/decisions", 6),
    ] {
        let root = common::fixture(fixture);
        let from_root = decisions(&graph(&root));
        let from_folder = decisions(&graph(&root.join(folder)));
        assert_eq!(from_root.len(), count, "{fixture}: {from_root:?}");
        assert_eq!(from_folder, from_root, "{fixture}: the same ADRs from {folder}");
    }
}

#[test]
fn project_prefixes_and_series_number_decisions_separately() {
    let root = common::fixture("prefixed");
    let graph = graph(&root);
    assert_eq!(node(&graph, "ODH-ADR-Operator-0001-reconcile-in-one-loop.md")["number"], 1);
    assert_eq!(node(&graph, "ODH-ADR-0001-record-architecture-decisions.md")["number"], 1);
    assert_eq!(node(&graph, "PROJ-ADR-12-cache-catalogue-pages.md")["status"], "on-hold");
    assert_eq!(node(&graph, "adr_0004_title-with-underscores.md")["status"], "superseded");
    assert_eq!(node(&graph, "adr-template.md")["kind"], "page", "a template is not a decision");
    assert_eq!(
        edges(&graph),
        BTreeSet::from([
            (
                "ODH-ADR-0003-use-apache-2-0-licence.md".into(),
                "adr_0004_title-with-underscores.md".into(),
                "supersedes".into()
            ),
            (
                "ODH-ADR-Operator-0007-auth-crd.md".into(),
                "ODH-ADR-Operator-0001-reconcile-in-one-loop.md".into(),
                "depends-on".into()
            ),
        ]),
        "ADR-1 from the Operator series means Operator's own ADR-1"
    );
    let (out, output) = common::build(&root);
    let stderr = common::stderr(&output);
    assert!(output.status.success() && !stderr.contains("E0303") && !stderr.contains("W0202"), "{stderr}");
    let log = common::page(&out, "kind/adr.html");
    for label in ["ADR-Operator-0001", "ADR-Operator-0007", "ADR-0001", "ADR-0003", "ADR-12", "ADR-0004"] {
        assert!(log.contains(&format!(">{label}<")), "{label} in the ADR log");
    }
    assert!(!log.contains("short title"), "the template is not in the ADR log");
    let references = common::page(&out, "decisions/ODH-ADR-Operator-0001-reconcile-in-one-loop.html");
    assert!(
        references.contains("ODH-ADR-0001-record-architecture-decisions.html"),
        "ODH-ADR-0001 is the unnumbered series"
    );
}

#[test]
fn log4brains_folder_with_index_readme_and_template() {
    let folder = common::fixture("log4brains").join("content/adr");
    let (out, output) = common::build(&folder);
    let stderr = common::stderr(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("W0202") && !stderr.contains("W0204") && !stderr.contains("E0106"), "{stderr}");
    assert!(common::page(&out, "index.html").contains("Courier Dispatch"), "index.md is the home page's text");
    assert!(common::page(&out, "readme.html").contains("log4brains"), "README.md keeps a page of its own");
    assert!(!common::page(&out, "kind/adr.html").contains("short title"), "template.md is not in the ADR log");
    assert!(common::page(&out, "index.html").contains("lang=\"en\""), "English documents, English UI");

    let (out, output) = common::build(&common::fixture("log4brains"));
    assert!(output.status.success(), "{}", common::stderr(&output));
    let log = common::page(&out, "kind/adr.html");
    assert!(log.contains("section-intro") && log.contains("Courier Dispatch"), "adr/index.md introduces the ADR log");
}

#[test]
fn an_english_repository_without_book_toml_gets_an_english_ui_and_its_own_title() {
    let root = common::fixture("english-nobook");
    let graph = graph(&root);
    assert_eq!(
        node(&graph, "notes/0007-cache-invalidation.md")["kind"],
        "adr",
        "numbered, with a status and the sections"
    );
    assert_eq!(node(&graph, "notes/0001-weekly-sync.md")["kind"], "page", "numbered, but not a decision record");
    assert_eq!(node(&graph, "decisions/0002-use-kafka-for-events.md")["status"], "proposed", "Pending");
    let (out, output) = common::build(&root);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let home = common::page(&out, "index.html");
    assert!(home.contains("<html lang=\"en\">"), "{home}");
    assert!(home.contains("<span class=\"brand-title\">Payments Platform Handbook</span>"));
    assert!(!home.contains(">tpmdocs<"), "never the tool's name as the title");
}

#[test]
fn russian_statuses_with_cancellations_and_relations_in_the_status() {
    let root = common::fixture("russian-statuses");
    let graph = graph_allowing_errors(&root);
    let status = |file: &str| node(&graph, file)["status"].as_str().map(str::to_owned);
    for (file, expected) in [
        ("adr-0001-kesh-kataloga.md", "superseded"),
        ("adr-0002-sessii-v-pamyati.md", "superseded"),
        ("adr-0003-kafka-dlya-zakazov.md", "accepted"),
        ("adr-0006-klaster-analitiki.md", "on-hold"),
        ("adr-0007-istio.md", "proposed"),
        ("adr-0008-feature-flags.md", "Пилот"),
    ] {
        assert_eq!(status(file).as_deref(), Some(expected), "{file}");
    }
    let found = edges(&graph);
    for (from, to) in [
        ("adr-0005-redis-dlya-kesha.md", "adr-0001-kesh-kataloga.md"),
        ("adr-0005-redis-dlya-kesha.md", "adr-0002-sessii-v-pamyati.md"),
        ("adr-0003-kafka-dlya-zakazov.md", "adr-0004-rabbitmq-dlya-zakazov.md"),
    ] {
        assert!(found.contains(&(from.into(), to.into(), "supersedes".into())), "{from} supersedes {to}: {found:?}");
    }
    let output = common::tpmdocs(&["check", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "an unresolved number is an error");
    let findings: Value = serde_json::from_slice(&output.stdout).unwrap();
    let located: Vec<(String, String, u64)> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "W0202" || f["code"] == "E0302")
        .map(|f| {
            let file = f["file"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
            (f["code"].as_str().unwrap().to_owned(), file, f["line"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(
        located,
        vec![
            ("W0202".into(), "adr-0008-feature-flags.md".into(), 3),
            ("E0302".into(), "adr-0010-opensearch.md".into(), 3)
        ],
        "«Пилот» is reported once; «Отменено (0099)» points at its line"
    );
    let unknown = findings.as_array().unwrap().iter().find(|f| f["code"] == "W0202").unwrap();
    assert!(unknown["message"].as_str().unwrap().contains("also in 1 other file"), "{unknown}");
}

fn graph_allowing_errors(dir: &std::path::Path) -> Value {
    let output = common::tpmdocs(&["graph", dir.to_str().unwrap(), "--format", "json"]);
    serde_json::from_slice(&output.stdout).unwrap()
}

/// An ADR written with setext headings (`Title` over `====`, `Status` over `------`) is read
/// like its `#` twin: the same title, status and sections, and no warning for either.
#[test]
fn a_setext_decision_record_is_read_like_its_atx_twin() {
    let setext = "Use Kafka for events\n====================\n\nStatus\n------\n\nAccepted\n\nContext\n-------\n\nOrders need a log.\n\nDecision\n--------\n\nKafka.\n";
    let atx = "# Use Kafka for events\n\n## Status\n\nAccepted\n\n## Context\n\nOrders need a log.\n\n## Decision\n\nKafka.\n";
    let project = common::repo(&[("decisions/0001-use-kafka.md", setext), ("other/decisions/0002-use-kafka.md", atx)]);
    let graph = graph(project.path());
    let summary = |file: &str| {
        let node = node(&graph, file);
        (node["kind"].clone(), node["title"].clone(), node["status"].clone())
    };
    assert_eq!(summary("0001-use-kafka.md"), summary("0002-use-kafka.md"));
    assert_eq!(summary("0001-use-kafka.md").1, "Use Kafka for events");
    assert_eq!(summary("0001-use-kafka.md").2, "accepted");
    let check = common::tpmdocs(&["check", project.path().to_str().unwrap()]);
    assert!(check.status.success() && !common::stderr(&check).contains("warning["), "{}", common::stderr(&check));
}

#[test]
fn an_mdbook_with_its_own_search_and_fold_settings_builds_from_its_src_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("book.toml"),
        "[book]\ntitle = \"Книга ИТ лаборатории\"\nauthors = [\"ИТ-отдел\"]\nlanguage = \"ru\"\nsrc = \"src\"\n\n\
         [output.html]\ndefault-theme = \"light\"\n\n[output.html.fold]\nenable = true\n\n\
         [output.html.search]\nlimit-results = 20\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("src/core")).unwrap();
    std::fs::write(root.join("src/SUMMARY.md"), "# Summary\n\n- [ADR-12](core/adr-12-autoverification.md)\n").unwrap();
    std::fs::write(
        root.join("src/core/adr-12-autoverification.md"),
        "# ADR-12. Автоверификация результатов\n\n**Статус:** Принято\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
    )
    .unwrap();
    let graph = graph(root);
    assert_eq!(node(&graph, "core/adr-12-autoverification.md")["status"], "accepted");
    let (out, output) = common::build(root);
    assert!(output.status.success(), "mdBook's own settings are no error: {}", common::stderr(&output));
    assert!(out.path().join("site/search.html").exists(), "a search table without `enable` leaves search on");
}

/// Writes `files` (path from the repository root, text) into `root`.
/// Every pair of documents an edge of any type joins, as (from, to) ids.
fn joined(graph: &Value) -> BTreeSet<(&str, &str)> {
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| (edge["from"].as_str().unwrap(), edge["to"].as_str().unwrap()))
        .collect()
}

fn write_files(root: &std::path::Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

#[test]
fn jekyll_and_docusaurus_sites_check_clean_and_hide_their_generators_keys() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("_config.yml", "title: Ops\ntheme: just-the-docs\n"),
            ("docusaurus.config.js", "module.exports = { title: 'Ops' };\n"),
            ("static/img/pass.png", "png"),
            (
                "docs/ops/antenna-failover.md",
                "---\nlayout: default\ntitle: Antenna failover\nparent: Operations\nnav_order: 2\n---\n\
                 # Antenna failover\n\nLast reviewed: 2026-01-05\n\n\
                 See [the decision](/docs/decisions/kafka), [the intro](../intro), [the pass](/img/pass.png)\n\
                 and [the handover](handover.html).\n",
            ),
            ("docs/ops/handover.md", "---\nlayout: default\nparent: Operations\n---\n# Handover\n"),
            (
                "docs/decisions/0002-kafka.md",
                "---\nid: kafka\nsidebar_position: 2\n---\n# 0002 Kafka\n\nStatus: accepted\n",
            ),
            ("docs/intro.md", "# Intro\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    assert!(!common::stderr(&check).contains("E0301"), "{}", common::stderr(&check));
    let (out, output) = common::build(root);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let runbook = common::page(&out, "docs/ops/antenna-failover.html");
    assert!(runbook.contains("2026-01-05"), "a field of the document is shown");
    for key in ["nav_order", "<dt>layout</dt>", "<dt>parent</dt>"] {
        assert!(!runbook.contains(key), "{key} only places the page for Jekyll");
    }
    assert!(runbook.contains("href=\"../decisions/0002-kafka.html\""), "the route by id leads to the page");
    assert!(runbook.contains("href=\"../intro.html\""), "the extensionless route leads to the page");
    let decision = common::page(&out, "docs/decisions/0002-kafka.html");
    assert!(!decision.contains("sidebar_position"));
}

#[test]
fn an_obsidian_vault_s_wikilinks_and_embeds_lead_to_their_notes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (".obsidian/app.json", "{}"),
            ("Справка/Глоссарий.md", "# Глоссарий\n\n## Термины\n\nНС — насосная станция.\n"),
            ("Вложения/схема.png", "png"),
            (
                "Инциденты/Разбор НС-4.md",
                "# Разбор инцидента: НС-4\n\nСм. [[Глоссарий#Термины|термины]] и ![[схема.png]].\n",
            ),
            ("Инциденты/Разбор НС-5.md", "# Разбор инцидента: НС-5\n\nСм. [[Регламент обхода]], его ещё пишут.\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let said = common::stderr(&check);
    let warned: Vec<&str> = said.lines().filter(|line| line.contains("W0308")).collect();
    assert_eq!(warned.len(), 1, "only the note nobody wrote: {said}");
    assert!(warned[0].contains("Регламент обхода"));
    let (out, output) = common::build(root);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let page = common::percent_decode(&common::page(&out, "Инциденты/Разбор НС-4.html"));
    assert!(page.contains("href=\"../Справка/Глоссарий.html#термины\""), "{page}");
    assert!(page.contains("src=\"../Вложения/схема.png\""), "{page}");
    let waiting = common::percent_decode(&common::page(&out, "Инциденты/Разбор НС-5.html"));
    assert!(
        waiting.contains("<a class=\"tpm-unwritten\">Регламент обхода</a>")
            && !waiting.contains("Регламент обхода.html"),
        "a note nobody wrote is its words, not a link to a missing page: {waiting}"
    );
}

#[test]
fn vuepress_starlight_and_sphinx_sites_read_their_own_syntax() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("docs/.vuepress/config.js", "export default { title: 'Курсы' }\n"),
            (
                "docs/README.md",
                "---\nhome: true\n---\n# Платформа\n\n[Начало](/guide/start.html) и [решение](./adr/adr-0001-video.md).\n",
            ),
            ("docs/guide/start.md", "# Начало\n\n::: tip Совет\nСм. [главную](../README.md).\n:::\n"),
            (
                "docs/adr/adr-0001-video.md",
                "# ADR-0001: Видеохостинг\n\n::: info Метаданные\nСтатус: Принято\nДата: 12.03.2026\n:::\n\n\
                 ## Контекст\n\nx\n\n## Решение\n\ny\n",
            ),
            ("astro.config.mjs", "export default {}\n"),
            (
                "src/content/docs/index.mdx",
                "---\ntitle: Payments\n---\nimport { Card } from '@astrojs/starlight/components';\n\n\
                 <Card title=\"Start\">\nSee [the setup](/guides/setup/).\n</Card>\n",
            ),
            ("src/content/docs/guides/setup.md", "---\ntitle: Setup\n---\n\n:::note[Before you start]\nRead the index.\n:::\n"),
            ("conf.py", "extensions = ['myst_parser']\n"),
            (
                "source/index.md",
                "(home)=\n# SCADA\n\n```{toctree}\n:maxdepth: 2\n\nrunbooks/historian-restart\n```\n\n\
                 See {doc}`the runbook <runbooks/historian-restart>`.\n",
            ),
            (
                "source/runbooks/historian-restart.md",
                "# Historian restart\n\n!!! warning \"Before you start\"\n    Last reviewed: 2026-02-01\n\n## Steps\n\n1. Stop.\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    for code in ["E0301", "W0307"] {
        assert!(!common::stderr(&check).contains(code), "every link leads to its page: {}", common::stderr(&check));
    }
    let graph = graph(root);
    let adr = node(&graph, "adr-0001-video.md");
    assert_eq!((adr["status"].as_str(), adr["date"].as_str()), (Some("accepted"), Some("2026-03-12")), "{adr}");
    let references = joined(&graph);
    for (from, to) in [
        ("docs/README.md", "docs/guide/start.md"),
        ("docs/guide/start.md", "docs/README.md"),
        ("src/content/docs/index.mdx", "src/content/docs/guides/setup.md"),
        ("source/index.md", "source/runbooks/historian-restart.md"),
    ] {
        assert!(references.contains(&(from, to)), "{from} → {to}: {references:?}");
    }
    let (out, output) = common::build(root);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let index = common::page(&out, "src/content/docs/index.html");
    assert!(index.contains("href=\"guides/setup.html\"") && !index.contains("Card"), "{index}");
    let sphinx = common::page(&out, "source/index.html");
    assert!(sphinx.contains(">the runbook</a>") && !sphinx.contains("{doc}") && !sphinx.contains("(home)="));
    let runbook = common::page(&out, "source/runbooks/historian-restart.html");
    assert!(runbook.contains("Before you start") && !runbook.contains("<pre"), "the admonition is text, not code");
    let report = common::tpmdocs_in(root, &["report", "--format", "json", "."]);
    let report: Value = serde_json::from_slice(&report.stdout).unwrap();
    let reviewed = report["runbooks"].as_array().unwrap().iter().find_map(|r| r["last_reviewed"].as_str());
    assert_eq!(reviewed, Some("2026-02-01"), "a review date in an admonition is read");
}

#[test]
fn a_hugo_site_s_ref_shortcodes_and_hint_blocks_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("hugo.toml", "title = 'Платформа'\n"),
            (
                "content/decisions/0002-kafka.md",
                "---\ntitle: Kafka\n---\n# 0002 Kafka\n\n{{< hint info >}}\nСтатус: Принято\n{{< /hint >}}\n\n\
                 ## Контекст\n\nСм. [глоссарий]({{< relref \"../glossary.md\" >}}).\n",
            ),
            (
                "content/glossary.md",
                "# Глоссарий\n\n[Решение]({{< ref \"/decisions/0002-kafka.md\" >}}), [оно же]({{< relref \"0002-kafka\" >}}),\n\
                 [раздел]({{< ref \"/ops\" >}}), [ранбук]({{< ref \"ops/failover.md#шаги\" >}}) и [нет]({{< ref \"gone\" >}}).\n",
            ),
            ("content/ops/_index.md", "---\ntitle: Эксплуатация\n---\n\nРаздел.\n"),
            ("content/ops/failover.md", "# Переключение\n\n## Шаги\n\n1. Переключить.\n"),
            // A language's content folder: `/docs/runbooks` is the section under `content/en/`.
            ("content/en/docs/_index.md", "# Docs\n\n[Ранбуки]({{< ref \"/docs/runbooks\" >}})\n"),
            ("content/en/docs/runbooks/_index.md", "---\ntitle: Runbooks\n---\n\nСписок.\n"),
        ],
    );
    // A git repository: `/decisions/…` is then not a path from the repository's top folder.
    let init = std::process::Command::new("git").args(["init", "-q"]).current_dir(root).status().unwrap();
    assert!(init.success());
    // Hugo stops its build on a `ref` to no page (`refLinksErrorLevel` is ERROR by default).
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(!check.status.success(), "{said}");
    let found: Vec<&str> = said.lines().filter(|line| line.contains("[E03") || line.contains("[W03")).collect();
    assert_eq!(found.len(), 1, "{said}");
    assert!(found[0].contains("E0301") && found[0].contains("`gone`"), "{said}");
    // A site that lowers the level to WARNING builds with it, and so does `check`.
    write_files(root, &[("hugo.toml", "title = 'Платформа'\nrefLinksErrorLevel = 'WARNING'\n")]);
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success(), "{said}");
    assert!(said.contains("W0307") && said.contains("`gone`"), "{said}");
    let graph = graph(root);
    assert_eq!(node(&graph, "0002-kafka.md")["status"], "accepted");
    let linked = joined(&graph);
    for to in ["decisions/0002-kafka.md", "ops/_index.md", "ops/failover.md"] {
        assert!(linked.contains(&("glossary.md", to)), "{to}: {linked:?}");
    }
    assert!(linked.contains(&("decisions/0002-kafka.md", "glossary.md")), "{linked:?}");
    assert!(linked.contains(&("en/docs/_index.md", "en/docs/runbooks/_index.md")), "{linked:?}");
}

#[test]
fn a_zola_site_s_content_links_and_extra_fields_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("config.toml", "base_url = \"https://docs.example.ru\"\ntitle = \"Платформа\"\n"),
            (
                "content/_index.md",
                "+++\ntitle = \"Платформа\"\nsort_by = \"weight\"\n+++\n\nСм. [ранбук](@/ops/failover.md) и [решение](@/adr/0002-kafka.md#решение).\n",
            ),
            (
                "content/adr/0002-kafka.md",
                "+++\ntitle = \"ADR-0002: Kafka\"\ndate = 2025-11-03\n[extra]\nstatus = \"Принято\"\n+++\n\n## Контекст\n\nОчереди.\n\n## Решение\n\nKafka, см. [ранбук](@/ops/failover.md).\n",
            ),
            ("content/ops/failover.md", "+++\ntitle = \"Переключение\"\n+++\n\n1. Переключить.\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success(), "{said}");
    assert!(!said.contains("E0301") && !said.contains("W0307"), "`@/` names a file from the content folder: {said}");
    let graph = graph(root);
    assert_eq!(node(&graph, "adr/0002-kafka.md")["status"], "accepted", "the status in `[extra]`");
    let linked = joined(&graph);
    for (from, to) in
        [("_index.md", "ops/failover.md"), ("_index.md", "adr/0002-kafka.md"), ("adr/0002-kafka.md", "ops/failover.md")]
    {
        assert!(linked.contains(&(from, to)), "{from} → {to}: {linked:?}");
    }
    // A typo in an `@/` path stops Zola's build: an error here too.
    write_files(
        root,
        &[(
            "content/ops/notes.md",
            "+++
title = \"Заметки\"\n+++\n\nСм. [ранбук](@/ops/failovr.md).\n",
        )],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(!check.status.success() && said.contains("E0301") && said.contains("ops/notes.md:5"), "{said}");
}

#[test]
fn a_docsify_site_resolves_links_from_its_folder_and_its_app_page_is_no_file_to_copy() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // `?id=` is Docsify's anchor: the heading its `:id=` names, or none.
    let incident = "# Инцидент: таймауты PSP\n\nСм. [ранбук](ops/runbooks/psp-switch.md), [он же](/ops/runbooks/psp-switch) и [раздел](ops/).\n\n[Переключение](/ops/runbooks/psp-switch.md?id=switch), [нет такого](/ops/runbooks/psp-switch.md?id=rollback).\n";
    write_files(
        root,
        &[
            (
                "docs/index.html",
                "<!DOCTYPE html><div id=\"app\"></div><script>window.$docsify = { loadSidebar: true }</script>\n",
            ),
            ("docs/README.md", "# Платёжный шлюз\n\n- [Инциденты](ops/incidents/2026-04-17-psp.md)\n"),
            ("docs/_sidebar.md", "- [Главная](/)\n- [Ранбук](ops/runbooks/psp-switch.md)\n"),
            ("docs/ops/README.md", "# Эксплуатация\n"),
            ("docs/ops/incidents/2026-04-17-psp.md", incident),
            ("docs/ops/runbooks/psp-switch.md", "# Ранбук: переключение PSP\n\n## Переключение :id=switch\n\nШаги.\n"),
            // Outside the Docsify folder a link is read from its page, as everywhere else.
            ("notes/other.md", "# Другое\n\n[ранбук](ops/runbooks/psp-switch.md)\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(!said.contains("E0106"), "Docsify's app page is not copied over the README's page: {said}");
    let missing: Vec<&str> = said.lines().filter(|line| line.contains("E0301")).collect();
    assert_eq!(missing.len(), 1, "{said}");
    assert!(said.contains("notes/other.md"), "{said}");
    let anchors: Vec<&str> = said.lines().filter(|line| line.contains("E0305")).collect();
    assert!(anchors.len() == 1 && anchors[0].contains("?id=rollback"), "{said}");
    let graph = graph_allowing_errors(root);
    let linked = joined(&graph);
    let from = "docs/ops/incidents/2026-04-17-psp.md";
    for to in ["docs/ops/runbooks/psp-switch.md", "docs/ops/README.md"] {
        assert!(linked.contains(&(from, to)), "{to}: {linked:?}");
    }
    let (out, _) = common::build(root);
    let home = common::page(&out, "docs/index.html");
    assert!(home.contains("Платёжный шлюз") && !home.contains("$docsify"), "the README is the folder's page");
}

/// The edges of the site in `root` and what `check` said there.
fn checked(root: &std::path::Path) -> (BTreeSet<(String, String)>, String) {
    let check = common::tpmdocs_in(root, &["check", "."]);
    let graph = graph_allowing_errors(root);
    let linked = joined(&graph).into_iter().map(|(from, to)| (from.to_owned(), to.to_owned())).collect();
    (linked, common::stderr(&check))
}

#[test]
fn wiki_exports_link_by_their_own_addresses() {
    // BookStack: `/books/<book>/page/<slug>` and a callout above the record's fields.
    let bookstack = tempfile::tempdir().unwrap();
    write_files(
        bookstack.path(),
        &[
            (
                "backend/arhitektura/resheniya/ar-07-rabbitmq.md",
                "# АР-07. RabbitMQ\n\n<p class=\"callout warning\">Заменено решением <a href=\"/books/arhitektura/page/ar-09-temporal\">АР-09</a>.</p>\n\n**Статус:** Заменено (АР-09)\n**Дата принятия:** 18.03.2025\n\n## Контекст\n\nОчереди.\n",
            ),
            ("backend/arhitektura/resheniya/ar-09-temporal.md", "# АР-09. Temporal\n\n**Статус:** Принято\n\nСм. [АР-07](/books/arhitektura/page/ar-07-rabbitmq).\n"),
        ],
    );
    let (linked, said) = checked(bookstack.path());
    assert!(!said.contains("W0307") && !said.contains("E0301"), "{said}");
    let pair = |from: &str, to: &str| (from.to_owned(), to.to_owned());
    assert!(
        linked.contains(&pair(
            "backend/arhitektura/resheniya/ar-09-temporal.md",
            "backend/arhitektura/resheniya/ar-07-rabbitmq.md"
        )),
        "{linked:?}"
    );
    let graph = graph_allowing_errors(bookstack.path());
    let record = node(&graph, "resheniya/ar-07-rabbitmq.md");
    assert_eq!((record["status"].as_str(), record["date"].as_str()), (Some("superseded"), Some("2025-03-18")));
    // A page of a book this export holds that is not here is broken; another book's is kept.
    write_files(
        bookstack.path(),
        &[(
            "backend/index.md",
            "# Бэкенд\n\n- [АР-11](/books/arhitektura/page/ar-11-kafka)\n- [Смежники](/books/drugaya-kniga/page/x)\n",
        )],
    );
    let check = common::tpmdocs_in(bookstack.path(), &["check", "."]);
    let said = common::stderr(&check);
    assert!(!check.status.success(), "{said}");
    let found: Vec<&str> = said.lines().filter(|line| line.contains("[E0301]") || line.contains("[W0307]")).collect();
    assert_eq!(found.len(), 2, "{said}");
    assert!(found[0].contains("E0301") && found[0].contains("ar-11-kafka"), "{said}");
    assert!(found[1].contains("W0307") && found[1].contains("drugaya-kniga"), "{said}");

    // Joplin: `:/<id>` by the file named so or the front matter's `id`; another notebook's
    // note is a warning, not a missing file.
    let joplin = tempfile::tempdir().unwrap();
    write_files(
        joplin.path(),
        &[
            ("Runbooks/Renewal.md", "---\ntitle: Renewal\nid: e2f4a6c8b0d14e3f5a7c9e1b3d5f7a02\n---\n\n# Renewal\n"),
            ("Team/0a1b2c3d4e5f60718293a4b5c6d7e8f9.md", "# On-call\n"),
            ("Team/Index.md", "# Index\n\n[ранбук](:/e2f4a6c8b0d14e3f5a7c9e1b3d5f7a02), [дежурства](:/0a1b2c3d4e5f60718293a4b5c6d7e8f9), [чужое](:/ffffffffffffffffffffffffffffffff)\n"),
        ],
    );
    let (linked, said) = checked(joplin.path());
    assert!(!said.contains("E0301"), "{said}");
    assert_eq!(said.lines().filter(|line| line.contains("W0308")).count(), 1, "{said}");
    for to in ["Runbooks/Renewal.md", "Team/0a1b2c3d4e5f60718293a4b5c6d7e8f9.md"] {
        assert!(linked.contains(&pair("Team/Index.md", to)), "{to}: {linked:?}");
    }

    // Wiki.js: `/ru/…` in a wiki whose pages have no `ru/` folder, and `published: true`.
    let wikijs = tempfile::tempdir().unwrap();
    write_files(
        wikijs.path(),
        &[
            ("ops/runbooks/kafka.md", "<!--\ntitle: Kafka\npublished: true\ndate: 2026-03-04T10:12:33.123Z\neditor: markdown\n-->\n\n# Kafka\n\nСм. [ADR-001](/ru/architecture/adr-001-kafka) и [нет такой](/ru/ops/runbooks/schema-registry).\n"),
            ("architecture/adr-001-kafka.md", "# ADR-001 Kafka\n\n**Статус:** Принято\n"),
        ],
    );
    let (linked, said) = checked(wikijs.path());
    assert!(!said.contains("W0204"), "a flag is no date: {said}");
    assert!(linked.contains(&pair("ops/runbooks/kafka.md", "architecture/adr-001-kafka.md")), "{linked:?}");
    let missing: Vec<&str> = said.lines().filter(|line| line.contains("E0301")).collect();
    assert_eq!(missing.len(), 1, "a page the runbooks folder lacks: {said}");
}

#[test]
fn docfx_cross_references_and_nextra_routes_lead_to_their_pages() {
    let docfx = tempfile::tempdir().unwrap();
    write_files(
        docfx.path(),
        &[
            ("docfx.json", "{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ] } }\n"),
            ("adr/0006-postgresql.md", "---\nuid: adr-0006\n---\n\n# ADR-0006 — PostgreSQL\n\n## Статус\n\nПринято\n"),
            (
                "index.md",
                "# Payments\n\n- [PostgreSQL](xref:adr-0006)\n- <xref:adr-0006#статус>\n- <xref:System.String>\n\
                 - [Runbook](~/articles/runbooks/db.md)\n",
            ),
            // `~/` is the folder of docfx.json, from any depth.
            ("articles/runbooks/db.md", "# Runbook: DB\n\nSee [the decision](~/adr/0006-postgresql.md).\n"),
        ],
    );
    let (linked, said) = checked(docfx.path());
    let pair = |from: &str, to: &str| (from.to_owned(), to.to_owned());
    assert!(linked.contains(&pair("index.md", "adr/0006-postgresql.md")), "{linked:?}");
    assert!(linked.contains(&pair("index.md", "articles/runbooks/db.md")), "{linked:?}");
    assert!(linked.contains(&pair("articles/runbooks/db.md", "adr/0006-postgresql.md")), "{linked:?}");
    let unknown: Vec<&str> = said.lines().filter(|line| line.contains("W0307")).collect();
    assert!(unknown.len() == 1 && unknown[0].contains("System.String"), "{said}");
    assert!(!said.contains("E03"), "{said}");

    let nextra = tempfile::tempdir().unwrap();
    write_files(
        nextra.path(),
        &[
            ("pages/_meta.json", "{ \"index\": \"Home\" }\n"),
            ("pages/index.mdx", "import { Callout } from 'nextra/components'\n\n# Platform\n\n- [Redis failover](/runbooks/redis-failover)\n- [Missing](/runbooks/kafka-consumer-lag)\n"),
            ("pages/runbooks/redis-failover.mdx", "# Runbook: Redis failover\n"),
        ],
    );
    let (linked, said) = checked(nextra.path());
    assert!(linked.contains(&pair("pages/index.mdx", "pages/runbooks/redis-failover.mdx")), "{linked:?}");
    assert_eq!(
        said.lines().filter(|line| line.contains("E0301")).count(),
        1,
        "a page the runbooks folder lacks: {said}"
    );
}

#[test]
fn blog_engines_and_guides_link_their_own_way() {
    let pair = |from: &str, to: &str| (from.to_owned(), to.to_owned());
    // Pelican: metadata lines at the very top, `{filename}` links, a publish `Status`.
    let pelican = tempfile::tempdir().unwrap();
    write_files(
        pelican.path(),
        &[
            ("pelicanconf.py", "PATH = 'content'\n"),
            (
                "content/adr/adr-0003-kafka.md",
                "Title: ADR-0003 Kafka\nDate: 2025-10-02\nStatus: published\nCategory: adr\n\n## Статус\n\nПринято\n\n## Решение\n\nKafka. См. [ранбук]({filename}/ops/runbook-kafka.md) и [соседа]({filename}adr-0004-x.md).\n",
            ),
            ("content/adr/adr-0004-x.md", "Title: ADR-0004 X\nDate: 2026-01-10\n\n## Статус\n\nПредложено\n"),
            ("content/ops/runbook-kafka.md", "Title: Ранбук Kafka\nDate: 2026-02-01\n\n## Шаги\n\n1. Проверить.\n"),
        ],
    );
    let (linked, said) = checked(pelican.path());
    assert!(!said.contains("E0301") && !said.contains("W0307") && !said.contains("W0202"), "{said}");
    // The site is built from `content/`.
    for to in ["ops/runbook-kafka.md", "adr/adr-0004-x.md"] {
        assert!(linked.contains(&pair("adr/adr-0003-kafka.md", to)), "{to}: {linked:?}");
    }
    let graph = graph_allowing_errors(pelican.path());
    assert_eq!(node(&graph, "adr/adr-0003-kafka.md")["status"], "accepted", "the section's status, not Pelican's");

    // Hexo: `{% post_link slug 'Title' %}` to a post in `source/_posts/`.
    let hexo = tempfile::tempdir().unwrap();
    write_files(
        hexo.path(),
        &[
            ("_config.yml", "title: Журнал команды\n"),
            ("source/_posts/2026-03-14-login-storm.md", "---\ntitle: Разбор шторма логинов\ndate: 2026-03-14 10:00:00\ntags: [postmortem]\n---\n\nЧто было.\n<!-- more -->\nРешение — {% post_link decision-matchmaking 'Матчмейкинг' %}.\n"),
            ("source/_posts/decision-matchmaking.md", "---\ntitle: Решение о матчмейкинге\n---\n\nСтатус: принято\n"),
            ("source/_drafts/adr-0005-queues.md", "---\ntitle: ADR-0005 Очереди\n---\n\n**Статус:** предложено\n**Связано с:** {% post_link decision-matchmaking %}\n"),
        ],
    );
    let (linked, said) = checked(hexo.path());
    assert!(!said.contains("W0307") && !said.contains("E0301") && !said.contains("E0302"), "{said}");
    assert!(
        linked.contains(&pair("source/_posts/2026-03-14-login-storm.md", "source/_posts/decision-matchmaking.md")),
        "{linked:?}"
    );
    let relation = ("adr-0005-queues.md".to_owned(), "decision-matchmaking.md".to_owned(), "relates-to".to_owned());
    let typed = edges(&graph_allowing_errors(hexo.path()));
    assert!(typed.contains(&relation), "a relation through post_link names its post: {typed:?}");

    // ReadMe: `doc:slug` and `/docs/slug` lead to the guide that states the slug.
    let readme = tempfile::tempdir().unwrap();
    write_files(
        readme.path(),
        &[
            ("docs/Operations/db-failover.md", "---\ntitle: DB failover\nslug: db-failover-runbook\ncategory: 64f0c2\n---\n\n# DB failover\n"),
            ("docs/Start/index.md", "---\ntitle: Start\nslug: start\n---\n\n- [Failover](doc:db-failover-runbook)\n- [Again](/docs/db-failover-runbook)\n"),
        ],
    );
    let (linked, said) = checked(readme.path());
    assert!(!said.contains("W0307") && !said.contains("E0301"), "{said}");
    assert!(linked.contains(&pair("docs/Start/index.md", "docs/Operations/db-failover.md")), "{linked:?}");
}

#[test]
fn pandoc_s_heading_ids_and_anchor_spans_are_link_targets() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "Регламент дежурства.md",
            "# Регламент дежурства {#top}\n\n## 1. Общие положения {#общие-положения .unnumbered}\n\n\
             []{#_Toc123 .anchor}Текст, см. [раздел](#общие-положения), [якорь](#_Toc123) и [шаги](#steps).\n\n\
             ## 2. Шаги {: #steps }\n\n1. Проверить.\n",
        )],
    );
    let check = common::tpmdocs_in(dir.path(), &["check", "."]);
    let said = common::stderr(&check);
    assert!(!said.contains("E0305"), "{said}");
    let graph = graph_allowing_errors(dir.path());
    assert_eq!(node(&graph, "Регламент дежурства.md")["title"], "Регламент дежурства", "no braces in the title");
}

#[test]
fn a_wiki_s_own_words_for_decisions_relations_outages_and_next_steps() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "decisions/003-event-bus.md",
                "# АР-003. Шина событий\n\n## Статус\n\nПредложено.\n\n## Контекст\n\n\
                 Связано с АР-004: события прокторинга и результатов идут через одну шину.\n\n## Решение\n\nKafka.\n",
            ),
            (
                "decisions/004-proctoring.md",
                "# АР-004. Свой прокторинг\n\n**Статус:** Принято\n\n## Контекст\n\nВендор дорог.\n\n## Решение\n\nСвой сервис.\n",
            ),
            (
                "decisions/005-limits.md",
                "# АР-005. Лимиты в конфигурации\n\nСтатус: принято\nИзменяет: [АР-004](004-proctoring.md)\n\
                 Дополняет: схему таблицы payments\n\n## Контекст\n\nПравила меняются.\n\n## Решение\n\nYAML.\n",
            ),
            (
                "razbor-sboya-aodb.md",
                "# Разбор сбоя синхронизации с AODB\n\nДата: 16 апреля 2026 г.\nУровень: Уровень 3\n\n\
                 ## Что было\n\nАгенты закрывали регистрацию по звонку.\n\
                 Адаптер не принимал подтверждения с **09:50 до 10:30** местного времени.\n\n## Дальше\n\n\
                 - [ ] Ретраи в адаптере — @p.orlov, до 15.05.2026\n- [x] Дашборд задержки — @v.egorova, 24.04.2026\n\
                 - [ ] Разобраться с дублями — не назначено, без срока\n",
            ),
            (
                "incidents/card-latency.mdx",
                "---\ntitle: \"Post-incident review: card authorization latency\"\n---\n\n\
                 import { Badge } from '@astrojs/starlight/components';\n\n\
                 <Badge text=\"SEV-1\" variant=\"danger\" /> **Date:** 4 March 2026 · **Duration:** 1h 52m · **Status:** Review complete\n\n\
                 ## Action items\n\n- [ ] Pin the HSM pool size — owner: Ana Ruiz, due: 2026-04-01\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success(), "words that name no document are no error: {said}");
    assert!(said.contains("W0309") && said.contains("схему таблицы payments"), "{said}");
    let graph = graph(root);
    let drawn = edges(&graph);
    assert!(drawn.contains(&("003-event-bus.md".into(), "004-proctoring.md".into(), "relates-to".into())), "{drawn:?}");
    assert!(drawn.contains(&("005-limits.md".into(), "004-proctoring.md".into(), "amends".into())), "{drawn:?}");
    assert_eq!(node(&graph, "003-event-bus.md")["status"], "proposed");

    let output = common::tpmdocs(&["report", root.to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let incident = |file: &str| {
        report["incidents"].as_array().unwrap().iter().find(|row| row["id"].as_str().unwrap().ends_with(file)).unwrap()
    };
    let wiki = incident("razbor-sboya-aodb.md");
    assert_eq!((wiki["duration_minutes"].as_u64(), wiki["actions_total"].as_u64()), (Some(40), Some(3)), "{wiki}");
    let card = incident("card-latency.mdx");
    assert_eq!((card["severity"].as_str(), card["duration_minutes"].as_u64()), (Some("SEV-1"), Some(112)), "{card}");
}

#[test]
fn an_azure_devops_wiki_s_escaped_page_names_and_contents_markers() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (".order", "Home\nIncidents\n"),
            (
                "Home.md",
                "# Home\n\n[[_TOC_]]\n\nSee [the review](/Incidents/Post%2Dmortem-2026%2D03%2D04), \
                 [again](./Incidents/Post%2Dmortem-2026%2D03%2D04.md) and [the list](/Incidents).\n",
            ),
            ("Incidents.md", "# Incidents\n\n[[_TOSP_]]\n"),
            (
                "Incidents/Post%2Dmortem-2026%2D03%2D04.md",
                "# Post-mortem 2026-03-04\n\n**Severity:** SEV-2\n\nBack to [Home](/Home).\n",
            ),
        ],
    );
    let init = std::process::Command::new("git").args(["init", "-q"]).current_dir(root).status().unwrap();
    assert!(init.success());
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success(), "{said}");
    assert!(!said.contains("W0308") && !said.contains("W0307"), "{said}");
    let graph = graph(root);
    let linked = joined(&graph);
    let review = "Incidents/Post%2Dmortem-2026%2D03%2D04.md";
    for pair in [("Home.md", review), (review, "Home.md"), ("Home.md", "Incidents.md")] {
        assert!(linked.contains(&pair), "{pair:?} in {linked:?}");
    }
    // A wiki has no routes but its pages: a page path it lacks is a broken link.
    write_files(
        root,
        &[(
            "Runbooks.md",
            "# Runbooks

See [the check](/Runbooks/Сверка-отгрузок).
",
        )],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(!check.status.success(), "{said}");
    assert!(said.contains("error[E0301]") && said.contains("Runbooks.md:3"), "{said}");
}

#[test]
fn a_sphinx_site_s_ref_roles_lead_to_the_heading_their_label_stands_before() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("docs/conf.py", "extensions = ['myst_parser']\n"),
            (
                "docs/process/incidents.md",
                "(incident-process)=\n# Процесс разбора инцидентов\n\nТекст.\n\n(sev-levels)=\n## Уровни критичности\n\n\
                 SEV-1 — всё лежит. См. {ref}`ниже <sev-levels>`.\n",
            ),
            (
                "docs/postmortems/2026-03-04-claims.md",
                "# Разбор: очередь заявлений\n\nУровень по {ref}`шкале <sev-levels>`, разбор по {ref}`incident-process`;\n\
                 {ref}`old-label` уже нет.\n",
            ),
            // {doc} names a document by its path without the extension, in a relation too.
            (
                "docs/adr/0001-minio.md",
                "# ADR-0001: Вложения в MinIO\n\n**Статус:** Заменено — см. {doc}`0002-s3-worm`\n\n## Контекст\n\nТекст.\n",
            ),
            (
                "docs/adr/0002-s3-worm.md",
                "# ADR-0002: Хранилище S3 с WORM\n\n**Статус:** Принято\n\nЗаменяет {doc}`ADR-0001 <0001-minio>`.\n\n\
                 | Поле | Значение |\n|---|---|\n| **Зависит от** | {doc}`../process/incidents` |\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success(), "a label nobody sets is a warning: {said}");
    let warned: Vec<&str> = said.lines().filter(|line| line.contains("W0310")).collect();
    assert_eq!(warned.len(), 1, "{said}");
    assert!(warned[0].contains("old-label"));
    let graph = graph(root);
    assert!(
        joined(&graph).contains(&("docs/postmortems/2026-03-04-claims.md", "docs/process/incidents.md")),
        "{graph}"
    );
    let typed = edges(&graph);
    assert!(typed.contains(&("0002-s3-worm.md".into(), "0001-minio.md".into(), "supersedes".into())), "{typed:?}");
    assert!(typed.contains(&("0002-s3-worm.md".into(), "incidents.md".into(), "depends-on".into())), "{typed:?}");
    let (out, output) = common::build(root);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let page = common::percent_decode(&common::page(&out, "docs/postmortems/2026-03-04-claims.html"));
    assert!(page.contains(r#"<a href="../process/incidents.html#уровни-критичности">шкале</a>"#), "{page}");
    assert!(page.contains(r#"<a href="../process/incidents.html">incident-process</a>"#), "the title's label: {page}");
    assert!(page.contains(r#"<a class="tpm-unwritten">old-label</a>"#), "{page}");
    let process = common::percent_decode(&common::page(&out, "docs/process/incidents.html"));
    assert!(process.contains(r##"<a href="#уровни-критичности">ниже</a>"##), "{process}");
    assert!(!process.contains("tpmdocs-label") && !process.contains("(sev-levels)="), "{process}");
}

/// A Notion export's decision log: pages named by the team's own code (`DR-01 …`) in a
/// decisions database are decision records, a relation property names its page as
/// `Title (escaped path)`, and «Миграция X из A в B» is a migration guide.
#[test]
fn a_notion_decision_log_s_coded_records_and_relation_properties() {
    let space = "Платформа 0123456789abcdef0123456789abcdef";
    let log = "Решения — Decision log fedcba9876543210fedcba9876543210";
    let first = "DEC-1 Единая шина событий 11112222333344445555666677778888";
    let second = "DEC-2 Ретеншн событий 99990000aaaabbbbccccddddeeeeffff";
    let escaped_first = first.replace(' ', "%20").replace("Единая", "%D0%95%D0%B4%D0%B8%D0%BD%D0%B0%D1%8F");
    let second_text = format!(
        "# DEC-2 Ретеншн событий\n\nStatus: Proposed\nAmends: DEC-1 Единая шина событий ({escaped_first}.md)\n\n## Context\n\nТекст.\n"
    );
    let files = [
        (
            format!("{space}/{log}/{first}.md"),
            "# DEC-1 Единая шина событий\n\nStatus: Accepted\n\n## Context\n\nТекст.\n".to_owned(),
        ),
        (format!("{space}/{log}/{second}.md"), second_text),
        (
            format!("{space}/Миграция заказов из Oracle в PostgreSQL 0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f.md"),
            "# Миграция заказов из Oracle в PostgreSQL\n\nStatus: Draft\n\n## Шаги\n\n1. Выгрузить.\n".to_owned(),
        ),
    ];
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(path, text)| (path.as_str(), text.as_str())).collect();
    let project = common::repo(&borrowed);
    let check = common::tpmdocs_in(project.path(), &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success() && !said.contains("W0309"), "{said}");
    let graph = graph(project.path());
    let kind = |file: &str| node(&graph, file)["kind"].as_str().unwrap().to_owned();
    assert_eq!(kind(&format!("{first}.md")), "adr");
    assert_eq!(kind(&format!("{second}.md")), "adr");
    assert_eq!(kind("PostgreSQL 0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f.md"), "migration");
    let typed = edges(&graph);
    assert!(typed.contains(&(format!("{second}.md"), format!("{first}.md"), "amends".to_owned())), "{typed:?}");
}

/// `ADR-0003` in a body where the repository's records are numbered 1 and 2: a slip (E0306),
/// reported once per page; another team's record, one still to be written, a named series
/// and a template's `ADR-0000` are no error.
#[test]
fn a_mention_of_a_decision_number_no_record_has_is_an_error() {
    let project = common::repo(&[
        ("docs/adr/0001-kafka.md", "# 1. Kafka\n\n## Status\n\nAccepted\n\n## Context\n\nx\n\n## Decision\n\ny\n"),
        (
            "docs/adr/0002-outbox.md",
            "# 2. Outbox\n\n## Status\n\nAccepted\n\n## Context\n\nSee ADR-0001.\n\n## Decision\n\ny\n",
        ),
        (
            "docs/incidents/2026-03-01-lag.md",
            "# Post-mortem: consumer lag\n\n**Severity:** SEV-2\n**Duration:** 40 min\n\n## Summary\n\n\
             The outbox (ADR-0002) held; the fix follows ADR-0003.\nAgain: ADR-0003.\n\n\
             The payments team's ADR-0007 sets their limits. ADR-0004 (to be written) will cover retries.\n\
             ODH-ADR-0009 is upstream's. Copy the ADR-0000 template.\n",
        ),
        (
            "docs/runbooks/failover.md",
            "# Failover\n\nAlways the standby, never the reporting replica — this follows ADR-0005.\n\n\
             Limits are ADR-12 in the platform repo.\n",
        ),
    ]);
    let check = common::tpmdocs_in(project.path(), &["check", "."]);
    let said = common::stderr(&check);
    assert!(!check.status.success(), "{said}");
    let found: Vec<&str> = said.lines().filter(|line| line.contains("E0306")).collect();
    assert_eq!(found.len(), 2, "{said}");
    assert!(found[0].contains("ADR-3 is named"), "{said}");
    assert!(found[1].contains("ADR-5 is named"), "\"reporting\" is no repository: {said}");
    assert!(said.contains("docs/incidents/2026-03-01-lag.md:8:1"), "{said}");
    let without_records = common::repo(&[("notes.md", "# Notes\n\nWe follow ADR-0003 of the old wiki.\n")]);
    let check = common::tpmdocs_in(without_records.path(), &["check", "."]);
    assert!(check.status.success(), "a repository without numbered records: {}", common::stderr(&check));
}

#[test]
fn a_docusaurus_slug_under_the_docs_base_and_a_gollum_wikilink_lead_to_their_pages() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("site/docusaurus.config.js", "module.exports = { title: 'Grid' };\n"),
            (
                "site/docs/reviews/2026-02-01-broker-outage.mdx",
                "---\ntitle: Broker outage\nslug: /reviews/broker-outage\n---\n# Broker outage\n\n**Severity:** SEV-2\n",
            ),
            (
                "site/docs/intro.md",
                "# Intro\n\nRead [the broker outage](/docs/reviews/broker-outage) and [again](/reviews/broker-outage).\n",
            ),
            (
                "site/docs/migration.md",
                "# Переход на 2.x\n\nСтарая версия — в [архиве 1.x](/docs/1.x/intro) и [runbook 1.x](/docs/1.x/runbooks/callbacks).\n",
            ),
            ("site/versioned_docs/version-1.x/intro.md", "# PayGate 1.x\n\nАрхив.\n"),
            ("site/versioned_docs/version-1.x/runbooks/callbacks.md", "# Runbook: callbacks\n\nШаги.\n"),
            ("site/versions.json", "[\"1.x\"]\n"),
            ("ops.wiki/home.md", "# Home\n\n- [[Сбой брокера|incidents/2026-02-01-Сбой-брокера]] — февраль\n"),
            ("ops.wiki/incidents/2026-02-01-Сбой-брокера.md", "# Сбой брокера\n\n**Уровень:** SEV-2\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let graph = graph(root);
    let pointers = pointers(&graph);
    let review = "site/docs/reviews/2026-02-01-broker-outage.mdx";
    assert!(pointers.contains(&("site/docs/intro.md", review)), "{pointers:?}");
    let wiki = "ops.wiki/incidents/2026-02-01-Сбой-брокера.md";
    assert!(pointers.contains(&("ops.wiki/home.md", wiki)), "{pointers:?}");
    // An older version's docs are served at `/docs/<version>/…`.
    for old in ["site/versioned_docs/version-1.x/intro.md", "site/versioned_docs/version-1.x/runbooks/callbacks.md"] {
        assert!(pointers.contains(&("site/docs/migration.md", old)), "{old}: {pointers:?}");
    }
}

#[test]
fn a_zettelkasten_s_links_by_note_id() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("202501101000 Указатель.md", "# Указатель\n\n- [[202512031905]] — постмортем\n- [[202503171410]]\n"),
            (
                "202512031905 Постмортем загрузка.md",
                "# Постмортем: загрузка\n\n**Уровень:** SEV-2\n\nСм. [[202503171410]].\n",
            ),
            ("202503171410 ADR-1 ClickHouse для витрин.md", "# ADR-1 ClickHouse для витрин\n\n**Статус:** Принято\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let graph = graph(root);
    let pointers = pointers(&graph);
    for (from, to) in [
        ("202501101000 Указатель.md", "202512031905 Постмортем загрузка.md"),
        ("202512031905 Постмортем загрузка.md", "202503171410 ADR-1 ClickHouse для витрин.md"),
    ] {
        assert!(pointers.contains(&(from, to)), "{from} → {to}: {pointers:?}");
    }
    let missing = common::repo(&[("202501101000 Указатель.md", "# Указатель\n\n- [[202511111111]]\n")]);
    let said = common::stderr(&common::tpmdocs_in(missing.path(), &["check", "."]));
    assert!(said.contains("202511111111"), "an id no note has is reported: {said}");
}

#[test]
fn a_dokuwiki_export_s_namespaces_tables_and_fields() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("start.md", "====== NOC ======\n\n  * [[ops:start|Эксплуатация]]\n"),
            (
                "ops/start.md",
                "====== Эксплуатация ======\n\n^ Дата ^ Что ^\n| 03.11.2025 | [[ops:incidents:2025_11_03_dns|Отказ резолверов]] |\n",
            ),
            (
                "ops/incidents/2025_11_03_dns.md",
                "====== Разбор: отказ резолверов ======\n\n^ Уровень | S2 |\n^ Дата | 03.11.2025 |\n",
            ),
            (
                "arch/adr/adr_01_nfs.md",
                "====== ADR-01. NFS ======\n\n^ Статус | <del>Принято</del> **Заменено** решением [[arch:adr:adr_02_ceph|ADR-02]] |\n^ Дата решения | 18.02.2025 |\n\n===== Контекст =====\n\nТекст.\n",
            ),
            (
                "arch/adr/adr_02_ceph.md",
                "====== ADR-02. Ceph ======\n\n^ Статус | Принято |\n^ Дата решения | 01.10.2025 |\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let graph = graph(root);
    let pointers = pointers(&graph);
    for (from, to) in [("start.md", "ops/start.md"), ("ops/start.md", "ops/incidents/2025_11_03_dns.md")] {
        assert!(pointers.contains(&(from, to)), "{from} → {to}: {pointers:?}");
    }
    let node = |id: &str| graph["nodes"].as_array().unwrap().iter().find(|node| node["id"] == id).unwrap().clone();
    let replaced = node("arch/adr/adr_01_nfs.md");
    assert_eq!(
        (replaced["kind"].as_str(), replaced["status"].as_str()),
        (Some("adr"), Some("superseded")),
        "{replaced}"
    );
    assert_eq!(node("ops/incidents/2025_11_03_dns.md")["kind"], "postmortem");
}

#[test]
fn a_tracker_queue_s_key_on_every_ticket_is_no_register_of_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("PLAT-112.md", "# PLAT-112 · ADR: Kafka в KRaft\n\n| Поле | Значение |\n|---|---|\n| Статус | Принято |\n\n## Контекст\n\nx\n\n## Решение\n\ny\n"),
            ("PLAT-113.md", "# PLAT-113 · ADR: mTLS\n\n| Поле | Значение |\n|---|---|\n| Статус | Принято |\n\n## Контекст\n\nСм. PLAT-112.\n\n## Решение\n\ny\n"),
            (
                "PLAT-120.md",
                "# PLAT-120 · Дорожная карта платформы\n\n| Направление | Задача | Статус |\n|---|---|---|\n| Kafka | [PLAT-112](PLAT-112.md) | В работе |\n| mTLS | PLAT-121 | Решён |\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let stderr = common::stderr(&check);
    assert!(!stderr.contains("E0306"), "a ticket not exported, or the roadmap's own key, is no slip: {stderr}");
}

#[test]
fn a_decision_log_s_own_codes_named_in_prose_are_references() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("Решения/DR-01 Расчёт начислений.md", "# DR-01 Расчёт начислений\n\nСтатус: Принято\n"),
            ("Решения/DR-02 Почасовые тарифы.md", "# DR-02 Почасовые тарифы\n\nСтатус: Принято\n\nОпирается на DR-01.\n"),
            ("Решения/DR-03 Новые тарифы.md", "# DR-03 Новые тарифы\n\nСтатус: Принято\nЗаменяет: DR-02\n"),
            (
                "Инциденты/2026-03-02 задержка счетов.md",
                "# Разбор инцидента 02.03.2026\n\n**Уровень:** SEV-2\n\nСервис из DR-01 не успел; задача BILL-1187, DR-09 не существует.\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let stderr = common::stderr(&check);
    assert!(!check.status.success(), "DR-09, a code of the register no record has: {stderr}");
    assert_eq!(stderr.matches("E0306").count(), 1, "the tracker's BILL-1187 is no slip: {stderr}");
    let graph = graph_allowing_errors(root);
    let pointers = pointers(&graph);
    assert!(
        pointers.contains(&("Решения/DR-02 Почасовые тарифы.md", "Решения/DR-01 Расчёт начислений.md")),
        "{pointers:?}"
    );
    assert!(
        pointers.contains(&("Инциденты/2026-03-02 задержка счетов.md", "Решения/DR-01 Расчёт начислений.md")),
        "{pointers:?}"
    );
    assert!(graph["edges"].as_array().unwrap().iter().any(|edge| edge["type"] == "supersedes"
        && edge["from"] == "Решения/DR-03 Новые тарифы.md"
        && edge["to"] == "Решения/DR-02 Почасовые тарифы.md"));
    assert_eq!(pointers.len(), 3, "a tracker key and an unknown code point nowhere: {pointers:?}");
}

#[test]
fn a_starlight_hero_s_action_links_are_references_and_unknown_routes_no_errors() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("astro.config.mjs", "export default {};\n"),
            (
                "src/content/docs/index.mdx",
                "---\ntitle: Platform\ntemplate: splash\nhero:\n  actions:\n    - text: Start here\n      link: /guides/onboarding/\n    - text: Tags\n      link: /tags/\n    - text: Source\n      link: https://git.example.com/platform\n---\n\nWelcome.\n",
            ),
            ("src/content/docs/guides/onboarding.md", "# Onboarding\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    assert!(!common::stderr(&check).contains("E0301"), "{}", common::stderr(&check));
    let graph = graph(root);
    let pointers = pointers(&graph);
    assert_eq!(pointers, BTreeSet::from([("src/content/docs/index.mdx", "src/content/docs/guides/onboarding.md")]));
}

/// An Astro site of its own (no Starlight) serves a content collection at its name:
/// `src/content/docs/runbooks/db.md` at `/docs/runbooks/db/`, `src/content/decisions/adr-002.md`
/// at `/decisions/adr-002/`; a file route `src/pages/team.md` at `/team/`.
#[test]
fn an_astro_site_s_content_collections_are_served_at_their_names() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("astro.config.mjs", "export default {};\n"),
            (
                "src/pages/index.md",
                "# Платформа\n\n- [Ранбук БД](/docs/runbooks/db/)\n- [ADR-002](/decisions/adr-002/)\n- [Команда](/team/)\n",
            ),
            ("src/pages/team.md", "# Команда\n"),
            ("src/content/docs/runbooks/db.md", "# Ранбук: БД\n\nСм. [решение](/decisions/adr-002)\n"),
            ("src/content/decisions/adr-002.md", "# ADR-002: Кэш\n\n**Статус:** Принято\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(!common::stderr(&check).contains("E0301"), "{}", common::stderr(&check));
    let graph = graph(root);
    let pointers = pointers(&graph);
    let expected = [
        ("src/pages/index.md", "src/content/docs/runbooks/db.md"),
        ("src/pages/index.md", "src/content/decisions/adr-002.md"),
        ("src/pages/index.md", "src/pages/team.md"),
        ("src/content/docs/runbooks/db.md", "src/content/decisions/adr-002.md"),
    ];
    assert_eq!(pointers, BTreeSet::from(expected));
}

/// A Hexo blog serves `source/_posts/2025-06-24-postmortem-cache.md` at
/// `/2025/06/24/postmortem-cache/`, and `{% post_link postmortem-cache %}` names it without its
/// day; a dated route no post has is a broken link.
#[test]
fn a_hexo_blog_s_posts_are_served_by_their_day_and_linked_by_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("_config.yml", "title: Log\npermalink: :year/:month/:day/:title/\n"),
            (
                "source/_posts/2025-06-24-postmortem-cache.md",
                "---\ntitle: Cache outage\ndate: 2025-06-24 10:00:00\n---\n\nSee {% post_link runbook-cache %}.\n",
            ),
            (
                "source/_posts/2025-07-28-runbook-cache.md",
                "---\ntitle: Cache runbook\ndate: 2025-07-28 09:00:00\n---\n\nAfter [the outage](/2025/06/24/postmortem-cache/).\n",
            ),
            (
                "source/_posts/2025-09-01-recap.md",
                "---\ntitle: Recap\ndate: 2025-09-01\n---\n\nThe [autoscaler runbook](/2025/08/12/runbook-autoscaler/).\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    let broken: Vec<&str> = said.lines().filter(|line| line.contains("E0301")).collect();
    assert_eq!(broken.len(), 1, "{said}");
    assert!(said.contains("source/_posts/2025-09-01-recap.md:6"), "{said}");
    let output = common::tpmdocs(&["graph", root.to_str().unwrap(), "--format", "json"]);
    let graph: Value = serde_json::from_slice(&output.stdout).unwrap();
    let pointers = pointers(&graph);
    let expected = [
        ("source/_posts/2025-06-24-postmortem-cache.md", "source/_posts/2025-07-28-runbook-cache.md"),
        ("source/_posts/2025-07-28-runbook-cache.md", "source/_posts/2025-06-24-postmortem-cache.md"),
    ];
    assert_eq!(pointers, BTreeSet::from(expected));
}

#[test]
fn a_logseq_graph_s_namespaced_pages_journals_and_page_properties() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("logseq/config.edn", "{:journal/page-title-format \"MMM do, yyyy\"}\n"),
            (
                "pages/adr___0004 matchmaking.md",
                "type:: adr\nstatus:: accepted\ndate:: [[Mar 4th, 2026]]\n\n- ## Context\n\t- Queues are slow.\n- ## Decision\n\t- Open Match, see [[spec/party service]] and [[Mar 4th, 2026]].\n",
            ),
            ("pages/spec___party service.md", "type:: tech-spec\n\n- ## Goal\n\t- Parties. Decided in [[adr/0004 matchmaking]].\n"),
            ("journals/2026_03_04.md", "- Architecture sync\n\t- agreed → [[adr/0004 matchmaking]]\n"),
            ("pages/contents.md", "- [[adr/0004 matchmaking]]\n- [[adr/0009 missing]]\n- [[glossary/retries]]\n- [[backend]]\n"),
            ("pages/Backend Team.md", "- type:: team\n  alias:: backend\n- ## People\n\t- Mikhail\n"),
        ],
    );
    let graph = graph_allowing_errors(root);
    let pointers = pointers(&graph);
    let adr = "pages/adr___0004 matchmaking.md";
    for pointer in [
        (adr, "pages/spec___party service.md"),
        (adr, "journals/2026_03_04.md"),
        ("pages/spec___party service.md", adr),
        ("journals/2026_03_04.md", adr),
        ("pages/contents.md", adr),
        ("pages/contents.md", "pages/Backend Team.md"),
    ] {
        assert!(pointers.contains(&pointer), "{pointer:?} in {pointers:?}");
    }
    assert_eq!(node(&graph, adr)["date"], "2026-03-04");
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    // A topic's page not written yet is Logseq's way; a decision record by a number no record
    // has is a slip a reader follows to nothing.
    let warned: Vec<&str> = said.lines().filter(|line| line.contains("W0308")).collect();
    assert!(warned.len() == 1 && warned[0].contains("glossary/retries"), "{said}");
    let failed: Vec<&str> = said.lines().filter(|line| line.contains("E0308")).collect();
    assert!(failed.len() == 1 && failed[0].contains("adr/0009 missing"), "{said}");
    assert!(!check.status.success(), "{said}");
}

#[test]
fn a_wiki_register_of_numbered_decisions_and_lower_case_codes_in_a_decisions_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "billing.wiki/Решение-04-Пакетная-тарификация.md",
                "# Решение № 4. Пакетная тарификация\n\n| Реквизит | Значение |\n|---|---|\n| Статус | Отменено решением № 7 |\n| Дата принятия | 12.02.2025 |\n\n## Контекст\n\nТекст.\n\n## Решение\n\nТекст.\n",
            ),
            (
                "billing.wiki/Решение-07-Онлайн-тарификация.md",
                "# Решение № 7. Онлайн-тарификация\n\n**Статус:** Действует\n**Дата:** 3 сентября 2025 г.\n**Заменяет:** [Решение № 4](Решение-04-Пакетная-тарификация)\n\n## Контекст\n\nПакеты (Решение № 4) не помогли.\n\n## Решение\n\nТекст.\n",
            ),
            ("billing.wiki/План.md", "# План перехода с пакетной тарификации на онлайн\n\nСверка — по Решению № 6.\n"),
            (
                "data/docs/decisions/dr-008-iceberg.md",
                "# DR-008: Iceberg\n\nStatus: **accepted** · decided 2025-02-11\n\n## Decision\n\nIceberg.\n",
            ),
            ("data/docs/decisions/dr-009-spark.md", "# DR-009: Spark\n\nStatus: accepted\n\n## Decision\n\nOn top of DR-008.\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let stderr = common::stderr(&check);
    assert!(!check.status.success(), "a decision number no record has is an error: {stderr}");
    assert!(stderr.contains("E0306") && stderr.contains("План.md"), "{stderr}");
    assert_eq!(stderr.matches("error[").count(), 1, "{stderr}");
    let graph = graph_allowing_errors(root);
    let typed: BTreeSet<(&str, &str, &str)> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| (edge["from"].as_str().unwrap(), edge["to"].as_str().unwrap(), edge["type"].as_str().unwrap()))
        .collect();
    let (four, seven) =
        ("billing.wiki/Решение-04-Пакетная-тарификация.md", "billing.wiki/Решение-07-Онлайн-тарификация.md");
    assert!(typed.contains(&(seven, four, "supersedes")), "{typed:?}");
    assert!(
        typed.contains(&("data/docs/decisions/dr-009-spark.md", "data/docs/decisions/dr-008-iceberg.md", "references")),
        "{typed:?}"
    );
    assert_eq!(node(&graph, four)["status"], "superseded");
    assert_eq!(node(&graph, seven)["status"], "accepted");
    assert_eq!(node(&graph, "data/docs/decisions/dr-008-iceberg.md")["kind"], "adr");
    assert_eq!(node(&graph, "billing.wiki/План.md")["kind"], "migration");
}

#[test]
fn a_jekyll_committee_register_with_kramdown_attributes_liquid_links_and_transliterated_names() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("_config.yml", "title: АБС\ntheme: just-the-docs\n"),
            (
                "docs/arkhkom/ak-2025-03.md",
                "---\ntitle: АК-2025-03. ESB\nparent: АК\n---\n\n# Протокол архитектурного комитета № АК-2025-03\n{: .no_toc }\n\n**Дата заседания:** 12 февраля 2025 г.  \n**Статус:** Отозвано\n\n## Решение\n\nESB.\n",
            ),
            (
                "docs/arkhkom/ak-2025-14.md",
                "---\ntitle: АК-2025-14. Kafka\n---\n\n# Протокол архитектурного комитета № АК-2025-14\n{: .no_toc }\n\n**Дата заседания:** 9 июля 2025 г.  \n**Статус:** Утверждено АК  \n**Заменяет:** [АК-2025-03](ak-2025-03.md)\n\n## Решение\n\nKafka.\n",
            ),
            (
                "index.md",
                "# АБС\n\nЦелевая схема утверждена решением АК-2025-14.\n\n\
                 - [Протоколы АК]({% link docs/arkhkom/index.md %})\n- [Дежурному]({{ site.baseurl }}{% link docs/duty.md %})\n",
            ),
            ("docs/arkhkom/index.md", "# Архитектурный комитет\n\n[Дежурному]({% link docs/duty.md %})\n"),
            ("docs/duty.md", "# Инструкция дежурного\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    assert!(!common::stderr(&check).contains("W0307"), "{}", common::stderr(&check));
    // Jekyll stops its build on a link tag to no file: so does `check`.
    write_files(root, &[("docs/extra.md", "# Доп.\n\n[Старое]({% link docs/old-duty.md %})\n")]);
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(!check.status.success() && said.contains("E0301") && said.contains("docs/old-duty.md"), "{said}");
    std::fs::remove_file(root.join("docs/extra.md")).unwrap();
    let graph = graph(root);
    let linked = joined(&graph);
    for (from, to) in
        [("index.md", "docs/arkhkom/index.md"), ("index.md", "docs/duty.md"), ("docs/arkhkom/index.md", "docs/duty.md")]
    {
        assert!(linked.contains(&(from, to)), "a Liquid link tag names the page from the site's root: {linked:?}");
    }
    let adr = "docs/arkhkom/ak-2025-14.md";
    assert_eq!(node(&graph, adr)["kind"], "adr");
    assert_eq!(node(&graph, adr)["date"], "2025-07-09", "the attribute list under the title hides no field");
    assert_eq!(node(&graph, "docs/arkhkom/ak-2025-03.md")["status"], "deprecated");
    let pointers = pointers(&graph);
    assert!(pointers.contains(&("index.md", adr)), "the code its title writes: {pointers:?}");
}

#[test]
fn a_code_of_the_register_that_no_record_has_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("decisions/rfc-0003-polling.md", "# RFC-0003: Polling\n\n- **State:** Accepted\n\n## Summary\n\nText.\n"),
            (
                "decisions/rfc-0009-ota.md",
                "# RFC-0009: OTA\n\n- **State:** In review\n\n## Summary\n\nBuilds on RFC-0003 and on RFC-0008.\nThe payments team's RFC-0004 is theirs.\nTicket SRCH-2295 is done.\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let stderr = common::stderr(&check);
    assert!(!check.status.success(), "{stderr}");
    assert_eq!(stderr.matches("E0306").count(), 1, "{stderr}");
    assert!(stderr.contains("RFC-0008 is named"), "{stderr}");
}

#[test]
fn word_documents_converted_to_github_markdown_keep_their_html_tables_readable() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "adr/0007-ochered-zadach.md",
                "# ADR-0007. Очередь фоновых задач\n\n<table>\n<tbody>\n<tr class=\"odd\">\n<td><strong>Статус</strong></td>\n\
                 <td><p>Проект решения</p>\n<p>(ждёт архитектурного совета)</p></td>\n</tr>\n<tr class=\"even\">\n\
                 <td><strong>Дата</strong></td>\n<td>12.03.2026</td>\n</tr>\n</tbody>\n</table>\n\n## Контекст\n\nОчередь нужна.\n",
            ),
            (
                "incidents/akt-inc-0412.md",
                "# Акт разбора инцидента ИНЦ-0412\n\nДата: 02.04.2026\n\n## Корректирующие меры\n\n<table>\n<thead>\n\
                 <tr class=\"header\">\n<th>Мера</th>\n<th>Ответственный</th>\n<th>Срок</th>\n<th>Статус</th>\n</tr>\n</thead>\n\
                 <tbody>\n<tr class=\"odd\">\n<td><p>Алерт на задержку репликации</p>\n<ul>\n<li>порог 30 с</li>\n</ul></td>\n\
                 <td>Петров А.</td>\n<td>20.04.2026</td>\n<td>Выполнено</td>\n</tr>\n<tr class=\"even\">\n\
                 <td>Учения по переключению, см. <a href=\"../adr/0007-ochered-zadach.md\">ADR-0007</a></td>\n\
                 <td>Сидорова Е.</td>\n<td>30.05.2026</td>\n<td>В работе</td>\n</tr>\n</tbody>\n</table>\n\nКонец.\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let graph = graph(root);
    assert_eq!(node(&graph, "0007-ochered-zadach.md")["status"], "draft");
    let linked = joined(&graph);
    assert!(linked.contains(&("incidents/akt-inc-0412.md", "adr/0007-ochered-zadach.md")), "{linked:?}");
    let output = common::tpmdocs(&["report", root.to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let actions: BTreeSet<(String, String, String)> = report["action_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|action| {
            let field = |name: &str| action[name].as_str().unwrap_or("-").to_owned();
            (field("owner"), field("due"), field("state"))
        })
        .collect();
    let expected = [("Петров А.", "2026-04-20", "done"), ("Сидорова Е.", "2026-05-30", "overdue")];
    let expected = expected.map(|(owner, due, state)| (owner.to_owned(), due.to_owned(), state.to_owned()));
    assert_eq!(actions, BTreeSet::from(expected), "{report:#}");
}

#[test]
fn wiki_page_names_with_dashes_or_underscores_for_spaces_are_found_by_their_words() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "Home.md",
                "# Главная\n\n- [[Регламент дежурств]]\n- [[Хранение сессий|сессии]]\n- [Регламент](Регламент-дежурств)\n",
            ),
            ("_Sidebar.md", "- [Home](Home)\n- [[Регламент дежурств]]\n"),
            ("Регламент-дежурств.md", "# Регламент дежурств\n\nLast reviewed: 2026-03-01\n"),
            ("Хранение_сессий.md", "# Хранение сессий\n\nRedis.\n"),
        ],
    );
    let init = std::process::Command::new("git").args(["init", "-q"]).current_dir(root).status().unwrap();
    assert!(init.success());
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success() && !said.contains("W0308"), "{said}");
    let graph = graph(root);
    let linked = joined(&graph);
    for pair in [("Home.md", "Регламент-дежурств.md"), ("Home.md", "Хранение_сессий.md"), ("_Sidebar.md", "Home.md")]
    {
        assert!(linked.contains(&pair), "{pair:?} in {linked:?}");
    }
}

#[test]
fn a_silverbullet_space_s_inline_attributes_are_its_fields() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("ADR/ADR-001 Выбор брокера.md", "# ADR-001 Выбор брокера\n\n[status: superseded] [date: 2026-02-10]\n\n## Контекст\n\nТекст.\n"),
            (
                "ADR/ADR-002 Схема ретраев.md",
                "# ADR-002 Схема ретраев\n\n[status: accepted]\n[supersedes: [[ADR/ADR-001 Выбор брокера]]]\n\n## Контекст\n\nТекст.\n",
            ),
            (
                "Инциденты/Сбой эквайринга.md",
                "# Сбой эквайринга 12.03.2026\n\n[severity: SEV-2] [duration: 45 мин]\n\n## Действия\n\n\
                 - [ ] Добавить алерт [owner: Иванов] [deadline: 2026-04-01]\n\
                 - [x] Обновить регламент [owner: Петров] [due: 2026-03-20]\n",
            ),
        ],
    );
    let graph = graph(root);
    assert_eq!(node(&graph, "ADR-002 Схема ретраев.md")["status"], "accepted");
    let drawn = edges(&graph);
    let supersedes = ("ADR-002 Схема ретраев.md".into(), "ADR-001 Выбор брокера.md".into(), "supersedes".into());
    assert!(drawn.contains(&supersedes), "{drawn:?}");
    let output = common::tpmdocs(&["report", root.to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let incident = &report["incidents"][0];
    assert_eq!((incident["severity"].as_str(), incident["duration_minutes"].as_u64()), (Some("SEV-2"), Some(45)));
    let owners: Vec<&str> =
        report["action_items"].as_array().unwrap().iter().filter_map(|a| a["owner"].as_str()).collect();
    assert_eq!(owners.len(), 2, "{report:#}");
    assert!(owners.contains(&"Иванов") && owners.contains(&"Петров"), "{owners:?}");
}

#[test]
fn discussions_exported_from_github_keep_their_numbers_addresses_and_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let post = |number: u32, title: &str, body: &str| {
        format!(
            "---\nnumber: {number}\ntitle: \"{title}\"\nurl: https://github.com/acme/handbook/discussions/{number}\n\
             created_at: 2025-09-01T10:00:00Z\nupdated_at: 2026-02-11T12:00:00Z\n---\n\n# {title}\n\n{body}"
        )
    };
    let first = post(
        14,
        "[ADR-01] Формат таблиц: Iceberg",
        "**Статус:** предложено\n\n## Контекст\n\nТекст.\n\n### Comment by @dkoval — 2025-09-10\n\nЗа.\n\n\
         ### Comment by @n-belova — 2025-09-19\n\nПодвожу итог.\n\nСтатус — **принято**, 19.09.2025.\n",
    );
    let second = post(
        41,
        "[ADR-02] Многоуровневое хранение",
        "| | |\n|---|---|\n| Статус | Proposed |\n\
         | Заменяет | [обсуждение](https://github.com/acme/handbook/discussions/14) |\n\n## Контекст\n\n\
         Оценка: https://github.com/acme/handbook/blob/main/docs/estimate.md\n\n\
         ### Comment by @n-belova — 2026-02-11\n\nПринимаем. ✅\n",
    );
    write_files(
        root,
        &[
            ("discussions/adr/014-adr-01-format-tablits.md", first.as_str()),
            ("discussions/adr/041-adr-02-khranenie.md", second.as_str()),
            (
                "docs/estimate.md",
                "# Оценка переноса\n\nСм. [ADR-02](https://github.com/acme/handbook/discussions/41).\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success() && !said.contains("E0306"), "{said}");
    let graph = graph(root);
    let decisions = decisions(&graph);
    assert!(decisions.iter().any(|(number, _, status)| *number == 1 && status == "accepted"), "{decisions:?}");
    assert!(decisions.iter().any(|(number, _, status)| *number == 2 && status == "accepted"), "{decisions:?}");
    assert_eq!(node(&graph, "014-adr-01-format-tablits.md")["date"], "2025-09-19", "the comment that decided");
    let drawn = edges(&graph);
    let supersedes = ("041-adr-02-khranenie.md".into(), "014-adr-01-format-tablits.md".into(), "supersedes".into());
    assert!(drawn.contains(&supersedes), "{drawn:?}");
    let linked = joined(&graph);
    for pair in [
        ("discussions/adr/041-adr-02-khranenie.md", "docs/estimate.md"),
        ("docs/estimate.md", "discussions/adr/041-adr-02-khranenie.md"),
    ] {
        assert!(linked.contains(&pair), "{pair:?} in {linked:?}");
    }
}

#[test]
fn knowledge_base_exports_link_by_their_own_ids_maps_and_routes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            // Kaiten: documents linked by their URLs, which the export's map names.
            (
                "_links.json",
                r#"{"base_url": "https://team.kaiten.ru", "documents": {
                    "e81b4d07": {"title": "Решение №1", "path": "Решения/Решение №1. Сверка.md"},
                    "0d9c5e3b": {"title": "Решение №2", "path": "Решения/Решение №2. Ключ.md"}}}"#,
            ),
            ("Решения/Решение №1. Сверка.md", "# Решение №1. Сверка\n\n| Поле | Значение |\n|---|---|\n| Статус | Заменено |\n"),
            (
                "Решения/Решение №2. Ключ.md",
                "# Решение №2. Ключ\n\n> **Создан:** 25.11.2025 10:05  \n> **Изменён:** 02.12.2025 17:55\n\n---\n\n\
                 | Поле | Значение |\n|---|---|\n| Статус | Принято |\n| Дата | 02.12.2025 |\n\
                 | Заменяет | [Решение №1. Сверка](https://team.kaiten.ru/documents/e81b4d07) |\n",
            ),
            // YouTrack: articles by the id their names open with, as links and URLs.
            ("kb/MOB-A-6 Регламент хотфикса.md", "# Регламент хотфикса\n\nШаги.\n"),
            (
                "kb/MOB-A-8 Постмортем. Крэш.md",
                "# Постмортем. Крэш\n\nСм. [регламент](MOB-A-6) и [его же](https://youtrack.example.ru/articles/MOB-A-6/Reglament).\n",
            ),
            ("kb/MOB-A-9 Итоги квартала.md", "# Итоги квартала\n\n* MOB-A-8 — крэш на старте\n* MOB-A-99 — ещё не написана\n"),
            // TiddlyWiki: a tiddler by its title in a fragment.
            ("tiddlers/Runbook - Airflow Worker Recovery.md", "**Last reviewed:** 2026-01-20\n\nSteps.\n"),
            ("tiddlers/Data Platform Team.md", "See [the runbook](#Runbook%20-%20Airflow%20Worker%20Recovery).\n"),
            // Backstage TechDocs: a component's page by its route.
            ("components/ledger/docs/index.md", "# Ledger\n\nSee [PSP failover](/docs/default/component/gateway/runbooks/psp/).\n"),
            // A workspace's list of its documents (`{"id": …, "file": …}`) and links by their
            // addresses, a board's with its mode after it.
            (
                "affine-export.json",
                r#"{"docs": [{"id": "Zc8mF2yKd5", "mode": "page", "file": "Decisions/ADR-015 Idempotency keys.md"}]}"#,
            ),
            ("Decisions/ADR-015 Idempotency keys.md", "# ADR-015 Idempotency keys\n\nСтатус: Принято\n"),
            (
                "Planning/Roadmap.md",
                "# Roadmap\n\nSee [ADR-015](https://affine.example.internal/workspace/7c1e4b52/Zc8mF2yKd5?mode=edgeless).\n",
            ),
            ("components/gateway/docs/runbooks/psp.md", "# PSP failover\n\nSteps.\n"),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success() && !said.contains("E030"), "{said}");
    let graph = graph(root);
    let linked = joined(&graph);
    for pair in [
        ("kb/MOB-A-8 Постмортем. Крэш.md", "kb/MOB-A-6 Регламент хотфикса.md"),
        ("tiddlers/Data Platform Team.md", "tiddlers/Runbook - Airflow Worker Recovery.md"),
        ("kb/MOB-A-9 Итоги квартала.md", "kb/MOB-A-8 Постмортем. Крэш.md"),
        ("components/ledger/docs/index.md", "components/gateway/docs/runbooks/psp.md"),
        ("Planning/Roadmap.md", "Decisions/ADR-015 Idempotency keys.md"),
    ] {
        assert!(linked.contains(&pair), "{pair:?} in {linked:?}");
    }
    let drawn = edges(&graph);
    let supersedes = ("Решение №2. Ключ.md".into(), "Решение №1. Сверка.md".into(), "supersedes".into());
    assert!(drawn.contains(&supersedes), "{drawn:?}");
    assert_eq!(node(&graph, "Решение №2. Ключ.md")["date"], "2025-12-02", "the table's day, not the export's stamp");
}

#[test]
fn a_nuxt_content_site_and_coda_hackmd_and_quip_exports_link_as_their_tools_do() {
    let nuxt = tempfile::tempdir().unwrap();
    write_files(
        nuxt.path(),
        &[
            ("nuxt.config.ts", "export default defineNuxtConfig({ modules: ['@nuxt/content'] })\n"),
            (
                "content/index.md",
                "# Поиск\n\n::card{title=\"Глоссарий\" icon=\"i-book\" to=\"/glossarij\"}\nТермины.\n::\n\n\
                 | ADR | Статус |\n|---|---|\n| [Шардирование](/adr/shardirovanie) | :badge[Заменено]{type=\"neutral\"} |\n",
            ),
            ("content/1.glossarij.md", "# Глоссарий\n\nТермины.\n"),
            ("content/2.adr/1.shardirovanie.md", "# ADR-001. Шардирование\n\n:badge[Принято]{type=\"success\"}\n\n## Контекст\n\nТекст.\n"),
        ],
    );
    let check = common::tpmdocs_in(nuxt.path(), &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success() && !said.contains("E030"), "{said}");
    let site = graph(nuxt.path());
    let linked = joined(&site);
    assert!(linked.iter().any(|(from, to)| from.ends_with("index.md") && to.ends_with("1.glossarij.md")), "{linked:?}");
    assert!(
        linked.iter().any(|(from, to)| from.ends_with("index.md") && to.ends_with("1.shardirovanie.md")),
        "{linked:?}"
    );
    assert_eq!(node(&site, "1.shardirovanie.md")["status"], "accepted");

    let coda = tempfile::tempdir().unwrap();
    let root = coda.path();
    write_files(
        root,
        &[
            (
                "Главная/Главная.md",
                "# Главная\n\nСм. [дежурства](https://coda.io/d/_dRq4Nw7/%D0%9A%D0%BE%D0%BC%D0%B0%D0%BD%D0%B4%D0%B0-%D0%B8-%D0%B4%D0%B5%D0%B6%D1%83%D1%80%D1%81%D1%82%D0%B2%D0%B0_suC7xK) \
                 и [сбой](https://coda.io/d/_dRq4Nw7/2025-12-09-Недоступность-Kafka_suK9fa).\n",
            ),
            ("Команда и дежурства/index.md", "# Команда и дежурства\n\nГрафик.\n"),
            (
                "Инциденты/2025-12-09 Недоступность Kafka/index.md",
                "# Недоступность Kafka\n\n## Задачи\n\n| Задача | Исполнитель | Срок | Статус |\n| --- | --- | --- | --- |\n\
                 | Алерт на партиции | @Анна Кожевникова | 19 дек. 2025 | ✅ Готово |\n",
            ),
            ("Ранбуки/Продление сертификатов/index.md", "# Продление сертификатов\n\nШаги.\n"),
        ],
    );
    let graph = graph(root);
    let linked = joined(&graph);
    for pair in [
        ("Главная/Главная.md", "Команда и дежурства/index.md"),
        ("Главная/Главная.md", "Инциденты/2025-12-09 Недоступность Kafka/index.md"),
    ] {
        assert!(linked.contains(&pair), "{pair:?} in {linked:?}");
    }
    assert_eq!(node(&graph, "Продление сертификатов/index.md")["kind"], "runbook");
    let output = common::tpmdocs(&["report", root.to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["action_items"][0]["due"], "2025-12-19", "{report:#}");

    // HackMD's team permalink names the note exported under that name.
    let hackmd = tempfile::tempdir().unwrap();
    write_files(
        hackmd.path(),
        &[
            (
                "index.md",
                "# Заметки\n\n- [ключи идемпотентности](https://hackmd.io/@orders-core/adr-004-idempotency-keys)\n",
            ),
            ("adr-004-idempotency-keys.md", "# ADR-004: Ключи идемпотентности\n\n**Статус:** Принято\n"),
        ],
    );
    let hackmd_site = self::graph(hackmd.path());
    let linked = joined(&hackmd_site);
    assert!(linked.contains(&("index.md", "adr-004-idempotency-keys.md")), "{linked:?}");

    // Quip's `…quip.com/<id>/<Title-with-dashes>`, as a link and written out bare.
    let quip = tempfile::tempdir().unwrap();
    write_files(
        quip.path(),
        &[
            (
                "Platform Team/Onboarding.md",
                "# Onboarding

- [ ] Прочитать [страницу команды](https://northwind.quip.com/Kq3vTn8RxW2p/Команда-платформы-и-дежурства)
                 - [ ] Разбор: https://northwind.quip.com/Dv6MwR2aZp4h/Разбор-ArgoCD-sync-storm-17042026
",
            ),
            (
                "Platform Team/Команда платформы и дежурства.md",
                "# Команда платформы и дежурства

Кто за что.
",
            ),
            (
                "Incidents/Разбор ArgoCD sync storm 17.04.2026.md",
                "# Разбор ArgoCD sync storm 17.04.2026

Текст.
",
            ),
        ],
    );
    let quip_site = self::graph(quip.path());
    let linked = joined(&quip_site);
    for to in ["Platform Team/Команда платформы и дежурства.md", "Incidents/Разбор ArgoCD sync storm 17.04.2026.md"]
    {
        assert!(linked.contains(&("Platform Team/Onboarding.md", to)), "{to} in {linked:?}");
    }
}

/// A Rust workspace whose mdBook lives in `book/` (`book/book.toml`, `book/src/SUMMARY.md`),
/// read from the repository's root: `book/` is where a build goes by default, but this one
/// holds sources, so its pages are read, and a build refuses to replace it.
#[test]
fn a_workspace_s_book_folder_of_sources_is_read_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n"),
            ("README.md", "# Tidemark\n\nRead the [first RFC](book/src/rfcs/0001-otlp.md).\n"),
            ("book/book.toml", "[book]\ntitle = \"The Tidemark Book\"\nsrc = \"src\"\n"),
            ("book/src/SUMMARY.md", "# Summary\n\n- [RFC 0001](rfcs/0001-otlp.md)\n"),
            (
                "book/src/rfcs/0001-otlp.md",
                "# RFC 0001: OTLP\n\n| Status | Author | Created |\n|---|---|---|\n| Accepted | @mk | 2025-02-11 |\n\n- Decision: accepted after FCP, **2025-03-04**\n\n## Summary\n\nx\n",
            ),
        ],
    );
    let graph = graph(root);
    let rfc = node(&graph, "book/src/rfcs/0001-otlp.md");
    assert_eq!((rfc["kind"].as_str(), rfc["status"].as_str()), (Some("adr"), Some("accepted")));
    assert_eq!(rfc["date"], "2025-03-04", "the day it was decided, after it was filed");
    assert!(pointers(&graph).contains(&("README.md", "book/src/rfcs/0001-otlp.md")));
    let build = common::tpmdocs_in(root, &["build", "."]);
    assert!(!build.status.success(), "the book's sources are not replaced by a build");
    assert!(root.join("book/src/rfcs/0001-otlp.md").is_file());
}

/// A MkDocs project published with `mike`: a runbook in a topic's folder under `runbooks/`
/// includes a shared snippet from the repository's `includes/` (pymdownx.snippets), links a
/// heading by its attr_list id (`{ #sev }`), and an Anytype object states its properties as
/// plain lines above its title. Nothing of it is an error, and each is read.
#[test]
fn a_mkdocs_project_with_snippets_attr_list_ids_and_an_anytype_object() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("mkdocs.yml", "site_name: Infra\nextra:\n  version:\n    provider: mike\nmarkdown_extensions:\n  - attr_list\n  - pymdownx.snippets:\n      base_path: [\".\"]\n"),
            ("includes/escalation.md", "**Эскалация:** дежурный SRE, затем руководитель смены.\n"),
            ("docs/glossary.md", "# Глоссарий\n\n## Уровни серьёзности { #sev }\n\nSEV-1 — всё лежит.\n"),
            (
                "docs/runbooks/k8s/node-drain.md",
                "# Вывод узла из эксплуатации\n\nПроверено: 14 марта 2025 г. (Д. Орлов)\n\nУровни — в [глоссарии](../../glossary.md#sev).\n\n## 1. Запретить планирование\n\n```bash\nkubectl cordon <узел>\n```\n\n--8<-- \"includes/escalation.md\"\n",
            ),
            (
                "docs/decisions/ADR-002 Airflow.md",
                "Type: Решение\nStatus: Заменено\nCreated: 2025-04-22\n\n# ADR-002 Airflow как оркестратор\n\n## Контекст\n\nТекст.\n\n## Решение\n\nТекст.\n",
            ),
        ],
    );
    let graph = graph(root);
    assert_eq!(node(&graph, "node-drain.md")["kind"], "runbook", "a topic's folder inside `runbooks/`");
    let links = pointers(&graph);
    assert!(links.contains(&("docs/runbooks/k8s/node-drain.md", "includes/escalation.md")), "{links:?}");
    let adr = node(&graph, "ADR-002 Airflow.md");
    assert_eq!((adr["status"].as_str(), adr["date"].as_str()), (Some("superseded"), Some("2025-04-22")));
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success() && !said.contains("E03"), "{said}");
}

/// A Nextra site (`pages/`): `[Главная](/)` is the site's home, `pages/index.mdx`, drawn as
/// a link to it rather than kept as a link to the repository's top folder.
#[test]
fn a_link_to_the_site_root_is_the_home_page_of_a_nextra_site() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("package.json", "{\"dependencies\": {\"nextra\": \"^3\"}}\n"),
            ("pages/index.mdx", "# Документация\n\nКарта разделов.\n"),
            ("pages/onboarding.mdx", "# Онбординг\n\n- [Главная документации](/) — карта всех разделов.\n"),
        ],
    );
    let graph = graph(root);
    assert!(pointers(&graph).contains(&("pages/onboarding.mdx", "pages/index.mdx")), "{graph:#}");
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(!common::stderr(&check).contains("W0306"), "{}", common::stderr(&check));
}

/// An Outline export links documents by `/doc/<slug>-<urlId>` (its slug transliterated its
/// own way); a SiYuan export by block: `((id "text"))`, `siyuan://blocks/<id>` and an embed
/// `{{SELECT … id = '…'}}`, the ids stated by `{: id="…"}` lines after the blocks. Each leads
/// to its document, and a block no document holds is a warning.
#[test]
fn outline_addresses_and_siyuan_block_references_lead_to_their_documents() {
    let outline = tempfile::tempdir().unwrap();
    write_files(
        outline.path(),
        &[
            ("Команда/Команда доставки.md", "# Команда доставки\n\nСм. [разбор](/doc/razbor-incidenta-14-marta-Xk3P9qLm2a) и [миграцию](/doc/migraciya-trekinga-s-rabbitmq-na-kafka-Tn6Yb0RfJk).\n"),
            ("Инциденты/Разбор инцидента 14 марта.md", "# Разбор инцидента 14 марта\n\nТекст.\n"),
            ("Платформа/Миграция трекинга с RabbitMQ на Kafka.md", "# Миграция трекинга с RabbitMQ на Kafka\n\nТекст.\n"),
        ],
    );
    let outline_site = graph(outline.path());
    let linked = joined(&outline_site);
    for to in ["Инциденты/Разбор инцидента 14 марта.md", "Платформа/Миграция трекинга с RabbitMQ на Kafka.md"]
    {
        assert!(linked.contains(&("Команда/Команда доставки.md", to)), "{to} in {linked:?}");
    }

    let siyuan = tempfile::tempdir().unwrap();
    write_files(
        siyuan.path(),
        &[
            (
                "Решения/АР-001 ClickHouse для витрин.md",
                "## Решение\n{: id=\"20250318155942-wowuux2\" updated=\"20250911090512\"}\n\nСлой `mart`.\n{: id=\"20250318160522-c7hq2wd\" updated=\"20250911090512\"}\n\n\
                 {: id=\"20250318155900-ar1dk0q\" title=\"АР-001 ClickHouse для витрин\" type=\"doc\" custom-status=\"accepted\"}\n",
            ),
            ("Регламент перезапуска DAG.md", "## Шаги\n{: id=\"20251114120130-rstrtq1\"}\n\nПерезапустить.\n"),
            (
                "Разбор инцидента.md",
                "Слой `mart` (((20250318160522-c7hq2wd \"см. АР-001\"))). Перезапускали по ((20251114120130-rstrtq1 \"регламенту\")).\n{: id=\"20260211090000-aaaaaaa\"}\n\n{{SELECT * FROM blocks WHERE id = '20250318160522-c7hq2wd'}}\n\nУдалённый блок: ((20240101000000-zzzzzzz \"старое\")).\n",
            ),
        ],
    );
    let siyuan_site = graph(siyuan.path());
    // The document's attributes on its last line hold its own fields.
    assert_eq!(node(&siyuan_site, "Решения/АР-001 ClickHouse для витрин.md")["status"], "accepted");
    assert_eq!(node(&siyuan_site, "Решения/АР-001 ClickHouse для витрин.md")["title"], "АР-001 ClickHouse для витрин");
    let linked = joined(&siyuan_site);
    for to in ["Решения/АР-001 ClickHouse для витрин.md", "Регламент перезапуска DAG.md"]
    {
        assert!(linked.contains(&("Разбор инцидента.md", to)), "{to} in {linked:?}");
    }
    let check = common::tpmdocs_in(siyuan.path(), &["check", "."]);
    let said = common::stderr(&check);
    assert!(said.contains("W0307") && said.contains("20240101000000-zzzzzzz") && !said.contains("E03"), "{said}");
}

/// A OneNote notebook converted page by page (pandoc through .docx): each page's stamp
/// under its title, `onenote:` links in both forms the desktop app copies, a roadmap table
/// whose names are in the row under a blank header, and a task struck through.
#[test]
fn a_onenote_notebook_converted_page_by_page() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let base = "https://paygate.sharepoint.com/sites/pm/SiteAssets/Шлюз";
    write_files(
        root,
        &[
            (
                "Инциденты/Разбор инцидента 14.03 — двойные списания.md",
                &format!(
                    "# Разбор инцидента 14.03 — двойные списания\n\n15 марта 2025 г.\n\n10:20\n\n**Кратко:** списали дважды.\n\n\
                     Приоритет: P2\n\n**Задачи по итогам**\n\n\
                     ~~☐ Задача: Перевести рекурренты на синхронный вызов — Игорь Панов~~ — отказались 02.04\n\n\
                     ☐ Задача: Автовозврат — Денис Хабибуллин, до 30.04.2025\n\n\
                     См. [ранбук](onenote:{base}/Эксплуатация.one#Runbook%20—%20ручная%20сверка&section-id={{E2B6}}&page-id={{B3A9}}&end)\n"
                ),
            ),
            (
                "Эксплуатация/Runbook — ручная сверка.md",
                &format!(
                    "# Runbook — ручная сверка\n\n20 марта 2025 г.\n\n14:33\n\nВладелец: Марина\n\n\
                     Ревью: 18.05.2026 — Марина, Денис.\n\nПосле [разбора](onenote:#Разбор%20инцидента%2014.03%20—%20двойные%20списания&section-id={{5C7A}}&page-id={{2F6C}}&end&base-path={base}/Инциденты.one)\n\
                     и [старой страницы](onenote:#Удалённая%20страница&section-id={{1}}&end&base-path={base}/Архив.one).\n"
                ),
            ),
            (
                "Планирование/Роадмап Q2 2026.md",
                "# Роадмап Q2 2026\n\n6 апреля 2026 г.\n\n12:02\n\n| | | |\n|---|---|---|\n\
                 | **Инициатива** | **Ответственный** | **Статус** |\n| Автосверка | Денис | Готово |\n| 3DS 2.2 | — | Запланировано |\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    let said = common::stderr(&check);
    assert!(check.status.success(), "{said}");
    let unheld: Vec<&str> = said.lines().filter(|line| line.contains("W0307")).collect();
    assert_eq!(unheld.len(), 1, "the page no section here holds: {said}");
    let graph = graph(root);
    let linked = joined(&graph);
    let incident = "Инциденты/Разбор инцидента 14.03 — двойные списания.md";
    let runbook = "Эксплуатация/Runbook — ручная сверка.md";
    assert!(linked.contains(&(incident, runbook)) && linked.contains(&(runbook, incident)), "{linked:?}");
    assert_eq!(node(&graph, incident)["date"], "2025-03-14", "the title's day, in the year of the page's stamp");
    let report = common::tpmdocs_in(root, &["report", "--format", "json", "."]);
    let report: Value = serde_json::from_slice(&report.stdout).unwrap();
    let runbooks = report["runbooks"].as_array().unwrap();
    assert_eq!(runbooks[0]["last_reviewed"], "2026-05-18");
    let items: Vec<(&str, &str)> = report["roadmap"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|roadmap| roadmap["items"].as_array().unwrap())
        .map(|item| (item["title"].as_str().unwrap(), item["status"].as_str().unwrap()))
        .collect();
    assert_eq!(items, vec![("Автосверка", "done"), ("3DS 2.2", "planned")]);
    let actions: Vec<(&str, &str)> = report["action_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| (item["owner"].as_str().unwrap_or_default(), item["state"].as_str().unwrap()))
        .collect();
    assert!(actions.contains(&("Игорь Панов", "dropped")), "{actions:?}");
}

/// `tpmdocs report --format json` of the project at `root`.
fn report_of(root: &std::path::Path) -> Value {
    let output = common::tpmdocs(&["report", root.to_str().unwrap(), "--format", "json"]);
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The report's row of the incident whose file's path ends with `file`.
fn incident<'r>(report: &'r Value, file: &str) -> &'r Value {
    let rows = report["incidents"].as_array().unwrap();
    rows.iter().find(|row| row["id"].as_str().unwrap().ends_with(file)).unwrap_or_else(|| panic!("{file} in {rows:?}"))
}

/// Each action item of the report as (text, owner, `field`), `-` for an owner or a field it
/// has none of.
fn action_rows<'r>(report: &'r Value, field: &str) -> Vec<(&'r str, &'r str, &'r str)> {
    let rows = report["action_items"].as_array().unwrap().iter();
    rows.map(|item| {
        (item["text"].as_str().unwrap(), item["owner"].as_str().unwrap_or("-"), item[field].as_str().unwrap_or("-"))
    })
    .collect()
}

/// A Logseq graph in its file format: page properties on the first lines (`type::`,
/// `severity::`) over an outline whose `- Follow-ups` block holds TODO/DONE/LATER/CANCELED
/// tasks; namespaced decisions stored as `adr___0005.md`; a journal day (`2026_03_17.md`)
/// whose `- ## INCIDENT … #incident` block is the day's one incident, its follow-ups a named
/// child block; and a block reference `((uuid))` to a block carrying `id:: uuid`.
#[test]
fn a_logseq_graph_s_pages_journals_and_block_references() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("logseq/config.edn", "{:file/name-format :triple-lowbar}\n"),
            (
                "pages/incident___2025-12-09-ingress-502.md",
                "type:: [[incident]]\nseverity:: SEV2\ndate:: [[Dec 9th, 2025]]\n\n- # 502 на публичном ingress\n- Impact\n\t- 14:05 → 14:52 MSK: ~9% запросов получали 502\n- Follow-ups\n\t- DONE Поднять worker_connections\n\t  owner:: [[Ильдар]]\n\t  due:: [[Dec 12th, 2025]]\n\t- LATER Уйти с nginx-ingress\n\t  owner:: unassigned\n\t- CANCELED Tune HPA\n\t  owner:: [[Ильдар]]\n- Lessons\n\t- rename только волнами\n",
            ),
            (
                "pages/adr___0005.md",
                "type:: [[ADR]]\nstatus:: accepted\ndate:: [[Nov 18th, 2025]]\n\n- # ingress-nginx как контроллер\n- ## Decision\n\t- Берём ingress-nginx.\n\t  id:: 6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90\n",
            ),
            (
                "journals/2026_03_17.md",
                "- Утро: 1:1 с [[Марина]]\n- ## INCIDENT etcd latency prod-msk-2 #incident\n  severity:: SEV3\n  impact:: 15:10–15:48, деплои тормозили\n\t- cause: фрагментация 61%\n\t- follow-ups\n\t\t- TODO алерт на размер БД\n\t\t  owner:: [[Марина]]\n\t\t  due:: [[Mar 31st, 2026]]\n\t\t- DONE обновить runbook\n\t\t  owner:: [[Ильдар]]\n- Вечером: прочитать про etcd 3.6\n",
            ),
            ("journals/2026_04_21.md", "- ADR review\n\t- для ingress уже решено:\n\t\t- ((6613a2f4-8c1e-4b7a-9d55-2f0e7c3b1a90))\n"),
        ],
    );
    let site = graph(root);
    let adr = node(&site, "pages/adr___0005.md");
    assert_eq!((adr["kind"].as_str(), adr["status"].as_str()), (Some("adr"), Some("accepted")), "{adr}");
    assert!(joined(&site).contains(&("journals/2026_04_21.md", "pages/adr___0005.md")), "the block's page");
    let day = node(&site, "journals/2026_03_17.md");
    assert_eq!((day["kind"].as_str(), day["date"].as_str()), (Some("postmortem"), Some("2026-03-17")), "{day}");

    let report = report_of(root);
    let page = incident(&report, "incident___2025-12-09-ingress-502.md");
    // (A dropped task is no part of the total.)
    assert_eq!((page["duration_minutes"].as_u64(), page["actions_total"].as_u64()), (Some(47), Some(2)), "{page}");
    let journal = incident(&report, "2026_03_17.md");
    assert_eq!((journal["severity"].as_str(), journal["duration_minutes"].as_u64()), (Some("SEV-3"), Some(38)));
    let actions = action_rows(&report, "state");
    for expected in [
        ("Уйти с nginx-ingress", "-", "open"),
        ("Tune HPA", "Ильдар", "dropped"),
        ("алерт на размер БД", "Марина", "overdue"),
        ("обновить runbook", "Ильдар", "done"),
    ] {
        assert!(actions.contains(&expected), "{expected:?} in {actions:?}");
    }
    assert!(!actions.iter().any(|(text, _, _)| text.contains("Вечером")), "a later block of the day is no task");

    let (out, built) = common::build(root);
    assert!(built.status.success(), "{}", common::stderr(&built));
    let html = common::page(&out, "journals/2026_04_21.html");
    assert!(html.contains("href=\"../pages/adr___0005.html\""), "the reference leads to the block's page: {html}");
}

/// SharePoint pages saved as .docx and converted with pandoc: a page-properties table
/// (`Свойство | Значение`, holding the site's own properties beside ours) above the title as
/// a grid table or a multiline table with a header, and a post-mortem whose bold title and
/// `**Приоритет:** P1\` lines stand above `# Что случилось`.
#[test]
fn sharepoint_pages_converted_by_pandoc_keep_their_properties() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "SitePages/ADR-001-Kafka.md",
                "+---------------------+------------------------+\n| **Свойство**        | **Значение**           |\n+=====================+========================+\n| Тип страницы        | Архитектурное решение  |\n+---------------------+------------------------+\n| Статус              | Принято                |\n+---------------------+------------------------+\n| Дата решения        | 12.03.2025             |\n+---------------------+------------------------+\n| Архитектурный совет | Протокол АС №7/2025    |\n+---------------------+------------------------+\n\n# ADR-001. Kafka как шина\n\n## Контекст\n\nESB.\n\n## Решение\n\nKafka.\n",
            ),
            (
                "SitePages/ADR-002-Avro.md",
                "  -----------------------------------------------------------\n  Свойство              Значение\n  --------------------- -------------------------------------\n  Автор                 Петров Алексей\n\n  Статус                Заменено (см. ADR-003)\n\n  Дата решения          02.04.2025\n\n  Связано с             ADR-001\n  -----------------------------------------------------------\n\n# ADR-002. Avro\n\n## Контекст\n\nФорматы.\n\n## Решение\n\nAvro.\n",
            ),
            (
                "SitePages/ADR-003-Protobuf.md",
                "| Свойство | Значение |\n|----|----|\n| Статус | Принято |\n| Дата решения | 21.10.2025 |\n| Заменяет | ADR-002 |\n\n# ADR-003. Protobuf\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
            ),
            (
                "SitePages/Разбор-инцидента-2026-02-03-MQ-шлюз.md",
                "**Разбор инцидента (Post-Incident Review)**\n\n**Система:** MQ-шлюз\\\n**Приоритет:** P1\\\n**Дата:** 3 февраля 2026\\\n**Подготовил:** Кузнецов Дмитрий\n\n# Что случилось\n\nУзел исчерпал лимит каналов.\n\n# Влияние\n\n-   Длительность воздействия: 2 ч 40 мин\n",
            ),
        ],
    );
    let site = graph(root);
    let status = |file: &str| node(&site, file)["status"].as_str().map(str::to_owned);
    assert_eq!(status("SitePages/ADR-001-Kafka.md").as_deref(), Some("accepted"));
    assert_eq!(node(&site, "SitePages/ADR-001-Kafka.md")["date"], "2025-03-12");
    assert_eq!(status("SitePages/ADR-002-Avro.md").as_deref(), Some("superseded"));
    assert_eq!(node(&site, "SitePages/ADR-002-Avro.md")["date"], "2025-04-02");
    let drawn = edges(&site);
    let relates = ("ADR-002-Avro.md".into(), "ADR-001-Kafka.md".into(), "relates-to".into());
    assert!(drawn.contains(&relates), "{drawn:?}");
    let pm = node(&site, "SitePages/Разбор-инцидента-2026-02-03-MQ-шлюз.md");
    assert_eq!(pm["title"], "Разбор инцидента (Post-Incident Review)", "{pm}");
    let report = report_of(root);
    let incident = &report["incidents"][0];
    assert_eq!((incident["severity"].as_str(), incident["duration_minutes"].as_u64()), (Some("P1"), Some(160)));
}

/// A notes app's export (Standard Notes): one file per note, named by the note's title, its
/// first line that title (or the start of it) with no `#`, inline tags under it, plain
/// `key: value` lines, and follow-ups as `text — owner — day — state` lines or boxes with
/// `(owner, day)` after them, the days without their year.
#[test]
fn a_notes_app_export_named_by_its_titles() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "dns outage 22.08.2025.md",
                "dns outage 22.08.2025\n#incident #dns\n\nsev: S2\nimpact: ~1h10m, from 16:40 to 17:50. checkout failing\n\ntodo after:\n- [x] lower TTL on the internal zone. done (me, by 5 sept)\n- [ ] second resolver in eu-2 (Artyom, 1 oct)\n",
            ),
            (
                "Outage March 9 - object storage.md",
                "Outage March 9 - object storage\n#incident #minio #postmortem\n\nseverity sev1 (backups down)\nstarted 09:42, recovered 13:05. March 9 2026\n\nfollow ups\n- monthly capacity review — me — end of april\n- budget for 2 more nodes — Dmitri — TBD\n- fix lifecycle policy — Olya — 13.03 — done\n- test a restore from the cold tier — nobody yet — 15 june\n",
            ),
            (
                "Postgres failover.md",
                "Postgres failover (patroni, main cluster)\n#runbook #postgres\n\nupdated 12 jan 2026 - walked through it on stage, still valid\n\n1. check cluster state\n",
            ),
            ("alerting rework.md", "alerting rework\n#spec #alerting\n\nstatus: draft, 4 May 2026\n\nproblem\nToo many pages.\n"),
            ("redis cluster poc.md", "redis cluster poc\n#poc #redis\n\nran it 2-6 Feb 2026 on stage, writeup 9 Feb 2026\n"),
        ],
    );
    let site = graph(root);
    let facts = |file: &str| {
        let node = node(&site, file);
        (node["kind"].as_str().unwrap().to_owned(), node["date"].as_str().map(str::to_owned))
    };
    assert_eq!(facts("dns outage 22.08.2025.md"), ("postmortem".into(), Some("2025-08-22".into())));
    assert_eq!(node(&site, "dns outage 22.08.2025.md")["title"], "dns outage 22.08.2025");
    assert_eq!(facts("Postgres failover.md").0, "runbook");
    assert_eq!(node(&site, "Postgres failover.md")["title"], "Postgres failover (patroni, main cluster)");
    assert_eq!(facts("alerting rework.md"), ("tech-spec".into(), Some("2026-05-04".into())));
    assert_eq!(facts("redis cluster poc.md"), ("poc".into(), Some("2026-02-09".into())));

    let report = report_of(root);
    let dns = incident(&report, "dns outage 22.08.2025.md");
    assert_eq!((dns["severity"].as_str(), dns["duration_minutes"].as_u64()), (Some("S2"), Some(70)), "{dns}");
    let actions = action_rows(&report, "due");
    for expected in [
        ("lower TTL on the internal zone. done", "me", "2025-09-05"),
        ("second resolver in eu-2", "Artyom", "2025-10-01"),
        ("monthly capacity review", "me", "2026-04-30"),
        ("budget for 2 more nodes", "Dmitri", "-"),
        ("fix lifecycle policy", "Olya", "2026-03-13"),
        ("test a restore from the cold tier", "-", "2026-06-15"),
    ] {
        assert!(actions.contains(&expected), "{expected:?} in {actions:?}");
    }
    let runbook =
        report["runbooks"].as_array().unwrap().iter().find(|row| row["id"] == "Postgres failover.md").unwrap();
    assert_eq!(runbook["last_reviewed"], "2026-01-12", "{runbook}");
}

/// A tracker's stories and epics exported one file per card (Shortcut): a `Field | Value`
/// card under the title whose `Workflow state` is a decision's status, a plan's own
/// «Статус плана» beside a `Backlog` state, follow-ups ending with an italic owner after their
/// day, and an epic that sizes its work under «### Оценка».
#[test]
fn shortcut_stories_and_epics_exported_as_cards() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let card = |state: &str| {
        format!("| Field | Value |\n| --- | --- |\n| Story | [sc-1](https://app.shortcut.com/x/story/1) · chore |\n| Workflow state | {state} |\n| Owners | Pavel Orlov |\n| Iteration | S-14 |\n| Estimate | 2 |\n\n## Description\n\n")
    };
    write_files(
        root,
        &[
            ("stories/sc-2144.md", &format!("# ADR-01: Токены PSP вместо своих\n\n{}**Дата решения:** 02.06.2025\n\n### Контекст\n\nPCI.\n\n### Решение\n\nТокены.\n", card("Accepted *(Architecture)*"))),
            ("stories/sc-2388.md", &format!("# ADR-02: Use Temporal for the saga\n\n{}### Context\n\nRetries.\n\n### Decision\n\nTemporal.\n", card("In Review *(Architecture)*"))),
            ("stories/sc-2415.md", &format!("# Infra plan: checkout-api во второй зоне\n\n{}**Статус плана:** черновик, v0.2 — 2 марта 2026 г. Комментарии — в треде.\n", card("Backlog *(Kassa)*"))),
            ("stories/sc-2203.md", &format!("# Разбор: ошибки генерации QR\n\n{}**Уровень:** S2\n\n### Что сделаем\n\n- [x] Алерт на долю ошибок QR > 2%, до 20.09.2025 — _Артём Кузнецов_\n- [ ] Circuit breaker на /qr/create, до 31.10.2025 — _Pavel Orlov_\n", card("Done"))),
            ("epics/epic-318.md", "# Apple Pay recurring payments\n\n| Field | Value |\n| --- | --- |\n| State | In Progress |\n| Points | 29 (11 done) |\n\n## Description\n\nПодписки через Apple Pay.\n\n### Оценка\n\nОценка на груминге 12.01.2026 (planning poker, вся команда).\n\n| Блок | SP |\n| --- | ---: |\n| MPAN на сервере | 5 |\n| iOS | 3 |\n| **Итого** | **8** |\n"),
        ],
    );
    let site = graph(root);
    let facts = |file: &str| {
        let node = node(&site, file);
        (
            node["kind"].as_str().unwrap().to_owned(),
            node["status"].as_str().map(str::to_owned),
            node["date"].as_str().map(str::to_owned),
        )
    };
    assert_eq!(facts("stories/sc-2144.md"), ("adr".into(), Some("accepted".into()), Some("2025-06-02".into())));
    assert_eq!(facts("stories/sc-2388.md").1.as_deref(), Some("proposed"));
    assert_eq!(facts("stories/sc-2415.md"), ("infra-plan".into(), Some("draft".into()), Some("2026-03-02".into())));
    let epic = facts("epics/epic-318.md");
    assert_eq!((epic.0.as_str(), epic.2.as_deref()), ("estimate", Some("2026-01-12")), "{epic:?}");

    let report = report_of(root);
    let owners: Vec<&str> =
        report["action_items"].as_array().unwrap().iter().filter_map(|item| item["owner"].as_str()).collect();
    assert_eq!(owners.len(), 2, "{owners:?}");
    assert!(owners.contains(&"Артём Кузнецов") && owners.contains(&"Pavel Orlov"), "{owners:?}");
    assert_eq!(report["estimates"][0]["expected"], 8.0);
}

/// A Teamly article: a breadcrumb and byline quoted under the title, then a callout that the
/// decision was replaced, then its bold fields; and a Mintlify page that embeds an imported
/// snippet (`<EscalationContacts />`), which is a reference to the snippet's file.
#[test]
fn a_teamly_article_and_a_mintlify_snippet() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "Архитектурные решения/АР-001. Брокер — RabbitMQ.md",
                "# АР-001. Брокер — RabbitMQ\n\n> 📁 Шлюз / Архитектурные решения\n> 👤 Автор: Мария Соколова · ✏️ Изменено: 09.12.2025 18:40\n\n> ⚠️ **Решение заменено**\n>\n> С 09.12.2025 действует АР-003. Статья оставлена для истории.\n\n**Статус:** Заменено (АР-003)\n**Дата решения:** 17.03.2025\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
            ),
            (
                "Архитектурные решения/АР-003. Kafka.md",
                "# АР-003. Kafka\n\n**Статус:** Принято\n**Дата решения:** 09.12.2025\n**Заменяет:** АР-001\n\n## Контекст\n\nx\n\n## Решение\n\ny\n",
            ),
            ("snippets/escalation-contacts.mdx", "Call the on-call lead.\n"),
            (
                "runbooks/settlement-batch.mdx",
                "---\ntitle: Settlement batch runbook\n---\nimport EscalationContacts from '/snippets/escalation-contacts.mdx';\n\n## Steps\n\n1. Re-run.\n\n## Escalation\n\n<EscalationContacts />\n",
            ),
        ],
    );
    let site = graph(root);
    let old = node(&site, "Архитектурные решения/АР-001. Брокер — RabbitMQ.md");
    assert_eq!((old["status"].as_str(), old["date"].as_str()), (Some("superseded"), Some("2025-03-17")), "{old}");
    assert!(joined(&site).contains(&("runbooks/settlement-batch.mdx", "snippets/escalation-contacts.mdx")));
}

/// Knowledge bases and wikis (held-out sets 29zr and 29zs): a Dropbox Paper review whose
/// checkboxes have no bullet (`[x] Add a panel @Tom Becker  Sep 24, 2025`); a Docsy incident
/// whose severity is its alert's title; a Document360 article stamped `• 02 Oct 2025 • 6
/// Minutes to read`; a Slite runbook `Verified by @Tom Becker on Mar 9, 2026`; a Taiga
/// roadmap whose legend names its states in bold; and `до 15.05.2026. _В работе._` after an
/// owner, whose day is read whole.
#[test]
fn knowledge_bases_and_wikis_of_sets_zr_and_zs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            (
                "Incident_Reviews/2025-09-17_Checkout_latency_SEV2.md",
                "# Checkout latency SEV2\n\nSeverity: SEV2\n\n## Action items\n\n[x] Add connection-pool saturation panel @Tom Becker  Sep 24, 2025\n[ ] Write a runbook section on pgbouncer saturation\n",
            ),
            (
                "incidents/2026-02-03-poterya-cdr.md",
                "---\ntitle: \"Разбор инцидента: потеря CDR\"\n---\n\n{{% alert title=\"Критичность: P1\" color=\"warning\" %}}\nЗатронуты данные для тарификации.\n{{% /alert %}}\n\n**Дата:** 3 февраля 2026 г.\n\n## Что делаем дальше\n\n1. **Ограничить частоту REGISTER** — Олег Кузнецов, до 15.05.2026.\n   _В работе._\n",
            ),
            (
                "runbooks/runbook-manual-payout-reprocessing.md",
                "# Manual payout reprocessing\n\n  • 02 Oct 2025\n  • 6 Minutes to read\n  • Contributors\n\n---\n\n**Owner:** Olga Demina\n\n## When to use\n\nx\n",
            ),
            (
                "Runbooks/Debezium runbook.md",
                "# Debezium and Kafka Connect runbook\n\n> ✅ Verified by @Tom Becker on Mar 9, 2026\n\n**Owner:** Data Platform on-call\n\n## When to use this\n\nx\n",
            ),
            (
                "roadmap-platformy-2026.md",
                "# Роадмап платформы на 2026 год\n\nСтатусы: **Сделано** · **В работе** · **Запланировано** · **Отменено**\n\n## I квартал\n\n- **Обновление Kubernetes** (#520) — Сделано\n- **Логи в OpenSearch** (#530) — Запланировано\n- **Свой service mesh** (#501) — Отменено\n",
            ),
        ],
    );
    let report = report_of(root);
    let actions = action_rows(&report, "due");
    for expected in [
        ("Add connection-pool saturation panel", "Tom Becker", "2025-09-24"),
        ("Write a runbook section on pgbouncer saturation", "-", "-"),
        ("Ограничить частоту REGISTER", "Олег Кузнецов", "2026-05-15"),
    ] {
        assert!(actions.contains(&expected), "{expected:?} in {actions:?}");
    }
    let cdr = incident(&report, "incidents/2026-02-03-poterya-cdr.md");
    assert_eq!(cdr["severity"], "P1", "{cdr}");
    let runbook = |id: &str| report["runbooks"].as_array().unwrap().iter().find(|row| row["id"] == id).unwrap().clone();
    assert_eq!(runbook("Runbooks/Debezium runbook.md")["last_reviewed"], "2026-03-09");
    let states: Vec<&str> =
        report["roadmap"][0]["items"].as_array().unwrap().iter().map(|item| item["status"].as_str().unwrap()).collect();
    assert_eq!(states, ["done", "planned", "dropped"]);
    let site = graph(root);
    assert_eq!(node(&site, "runbooks/runbook-manual-payout-reprocessing.md")["date"], "2025-10-02");
}

/// A multilingual Hugo site (Docsy) serves its default language's `content/ru/` at the top:
/// `/docs/runbooks/runbook-smpp-gateway/` is that language's page.
#[test]
fn a_multilingual_hugo_site_serves_its_language_at_the_top() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(
        root,
        &[
            ("hugo.toml", "defaultContentLanguage = \"ru\"\n[languages.ru]\n  contentDir = \"content/ru\"\n"),
            (
                "content/ru/docs/_index.md",
                "---\ntitle: Документация\n---\n\n* [Ранбук SMPP-шлюза](/docs/runbooks/runbook-smpp-gateway/)\n",
            ),
            (
                "content/ru/docs/runbooks/runbook-smpp-gateway.md",
                "---\ntitle: Ранбук SMPP-шлюза\n---\n\n## Шаги\n\n1. Перезапуск.\n",
            ),
        ],
    );
    let site = graph(root);
    let linked = joined(&site);
    assert!(
        linked.iter().any(|(from, to)| from.ends_with("docs/_index.md") && to.ends_with("runbook-smpp-gateway.md")),
        "{linked:?}"
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(!common::stderr(&check).contains("W0307"), "{}", common::stderr(&check));
}

/// A Discourse category exported to Markdown: `t/<slug>/<topic id>.md` with the exporter's
/// header (`title: "ADR-012: …"`, `created_at`), the first post as the document and the
/// replies under `**@user** · date` bylines after `---`. The record is numbered by its title,
/// not the topic's id; a reply decides it («Итог обсуждения: **принято**») and a later one
/// closes it ("Closing: superseded by …"); a full forum address of another topic leads to it;
/// a poll's options are no follow-ups; a plan is dated by `created_at`.
#[test]
fn a_discourse_category_s_topics_replies_and_forum_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let header = |title: &str, created: &str| {
        format!("---\ntitle: \"{title}\"\ncategory: \"Architecture\"\ncreated_at: {created}T10:00:00Z\nauthor: m.orlov\n---\n\n")
    };
    let kafka = header("ADR-011: Move tracking events to Kafka", "2025-06-10")
        + "**Status:** Proposed\n\n## Decision\n\nKafka. Plan: https://forum.example.io/t/cutover-plan/224\n\n---\n\n\
           **@d.petrov** · 2025-06-11 10:03\n\n[quote=\"m.orlov, post:1, topic:212\"]\nStatus: rejected\n[/quote]\n\nNot so fast.\n\n---\n\n\
           **@a.kuznetsova** · 2025-06-24 11:05\n\nDecision: **accepted** at the architecture sync.\n";
    let mongo = header("ADR-012: Read-модель в MongoDB", "2025-07-01")
        + "**Статус:** предложено\n**Связано с:** ADR-011\n\n### Решение\n\nMongoDB.\n\n[details=\"Альтернативы\"]\n- ClickHouse\n[/details]\n\n---\n\n\
           **@a.kuznetsova** · 2025-07-15 17:40\n\nИтог обсуждения: **принято** (архсинк 15.07.2025).\n\n---\n\n\
           **@a.kuznetsova** · 2025-12-09 15:22\n\nClosing: superseded by ADR-015.\n";
    let clickhouse = header("ADR-015: ClickHouse read model", "2025-12-04")
        + "**Status:** Accepted\n**Supersedes:** ADR-012\n\n## Decision\n\nClickHouse.\n";
    let plan = header("План переключения на Kafka", "2025-07-08")
        + "Реализация [ADR-011](/t/adr-011-kafka/212).\n\n## Шаги\n\n1. Двойная запись.\n";
    let review = header("Разбор инцидента: дубли событий", "2026-01-26")
        + "**Дата:** 22.01.2026 · **Уровень:** P2\n\n## Что делаем\n\n- Идемпотентный продюсер\n  - Ответственный: @m.orlov\n  - Срок: 06.02.2026\n  - Статус: сделано\n\n\
           Где дедуплицировать — голосуем:\n\n[poll type=regular]\n* В consumer\n* Оба варианта\n[/poll]\n";
    write_files(
        root,
        &[
            ("export.json", "{\"site\": \"https://forum.example.io\"}\n"),
            ("t/adr-011-kafka/212.md", &kafka),
            ("t/adr-012-mongodb/219.md", &mongo),
            ("t/adr-015-clickhouse/265.md", &clickhouse),
            ("t/cutover-plan/224.md", &plan),
            ("t/razbor-dubli/274.md", &review),
        ],
    );
    let site = graph(root);
    assert_eq!(
        decisions(&site),
        BTreeSet::from([
            (11, "ADR-011: Move tracking events to Kafka".to_owned(), "accepted".to_owned()),
            (12, "ADR-012: Read-модель в MongoDB".to_owned(), "superseded".to_owned()),
            (15, "ADR-015: ClickHouse read model".to_owned(), "accepted".to_owned()),
        ])
    );
    assert_eq!(node(&site, "t/adr-011-kafka/212.md")["date"], "2025-06-24", "the reply that decided it");
    assert_eq!(node(&site, "t/cutover-plan/224.md")["date"], "2025-07-08", "the exporter's created_at");
    let linked = pointers(&site);
    for pointer in
        [("t/adr-011-kafka/212.md", "t/cutover-plan/224.md"), ("t/cutover-plan/224.md", "t/adr-011-kafka/212.md")]
    {
        assert!(linked.contains(&pointer), "{pointer:?} in {linked:?}");
    }
    let report = report_of(root);
    let actions: Vec<&str> = action_rows(&report, "state").iter().map(|(text, _, _)| *text).collect();
    assert_eq!(actions, ["Идемпотентный продюсер"], "a poll's options are no follow-ups");
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
}

/// GitHub issues exported by a script into `issues/<number>-<slug>.md`: the form's questions
/// as `### Severity` / `### Impact start (UTC)` headings over one-line answers (`_No
/// response_` for none), a header table of labels, `Opened by @x on …`, task-list follow-ups
/// with a handle and a day, and the comments under `## Comments` as `### @login — date`
/// headings, one of which decides the record («**Decision (ops review …): Accepted.**»);
/// `Supersedes #118` relates two decisions by their issues' numbers.
#[test]
fn exported_github_issues_with_forms_comments_and_issue_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let table = |number: u32, labels: &str| {
        format!("| Issue | State | Labels |\n|---|---|---|\n| #{number} | closed | {labels} |\n\n")
    };
    let outage = "# Checkout 5xx after Envoy upgrade\n\n".to_owned()
        + &table(112, "incident, sev-1")
        + "Opened by @mlinden on 2025-09-18 13:58 UTC · [GitHub](https://github.com/o/r/issues/112)\n\n---\n\n\
           ### Severity\n\nSEV-1\n\n### Impact start (UTC)\n\n2025-09-18 13:42\n\n### Impact end (UTC)\n\n2025-09-18 15:10\n\n\
           ### Summary\n\nEdge returned 503 for checkout.\n\n### Root cause and contributing factors\n\n- Envoy was not pinned.\n\n\
           ### Follow-ups\n\n- [x] Pin Envoy to 1.31.x @vtkachenko (due 2025-09-25)\n- [ ] Alert on the edge 5xx ratio @vtkachenko — by 2025-09-30\n\n\
           ### Runbooks / related issues\n\n_No response_\n\n## Comments\n\n### @vtkachenko — 2025-09-19 08:47 UTC\n\nPinned.\n";
    let paging = "# Move paging to Grafana OnCall\n\n".to_owned()
        + &table(118, "decision")
        + "Opened by @agrishin on 2025-10-21 09:14 UTC\n\n---\n\n### Status\n\nProposed\n\n### Context\n\nOpsgenie goes away.\n\n\
           ### Proposed decision\n\nSelf-host OnCall.\n\n### Consequences\n\n- One more service.\n\n## Comments\n\n\
           ### @vtkachenko — 2025-10-30 14:20 UTC\n\n**Decision (ops review 2025-10-30): Accepted.** Rollout owner @agrishin.\n";
    let cloud = "# Use Grafana Cloud IRM for paging\n\n".to_owned()
        + &table(149, "decision")
        + "Opened by @agrishin on 2026-02-16 08:55 UTC\n\n---\n\n### Status\n\nProposed\n\n### Context\n\nOnCall OSS is winding down.\n\n\
           ### Proposed decision\n\nGrafana Cloud IRM.\n\n### Supersedes / related\n\nSupersedes #118\n";
    write_files(
        root,
        &[
            ("issues/112-checkout-5xx.md", outage.as_str()),
            ("issues/118-move-paging.md", paging.as_str()),
            ("issues/149-cloud-irm.md", cloud.as_str()),
        ],
    );
    let site = graph(root);
    let node_of = |file: &str| {
        let node = node(&site, file);
        (node["kind"].as_str().unwrap().to_owned(), node["status"].as_str().map(str::to_owned), node["date"].clone())
    };
    assert_eq!(node_of("issues/112-checkout-5xx.md"), ("postmortem".to_owned(), None, serde_json::json!("2025-09-18")));
    assert_eq!(
        node_of("issues/118-move-paging.md"),
        ("adr".to_owned(), Some("accepted".to_owned()), serde_json::json!("2025-10-30")),
        "the comment that decided it dates it"
    );
    assert_eq!(
        node_of("issues/149-cloud-irm.md"),
        ("adr".to_owned(), Some("proposed".to_owned()), serde_json::json!("2026-02-16")),
        "a proposal by the day it was filed"
    );
    let typed = edges(&site);
    let superseding = ("149-cloud-irm.md".to_owned(), "118-move-paging.md".to_owned(), "supersedes".to_owned());
    assert!(typed.contains(&superseding), "{typed:?}");
    let report = report_of(root);
    let row = incident(&report, "112-checkout-5xx.md");
    assert_eq!((row["severity"].as_str(), row["duration_minutes"].as_u64()), (Some("SEV-1"), Some(88)));
    assert_eq!(
        action_rows(&report, "due"),
        [
            ("Alert on the edge 5xx ratio", "@vtkachenko", "2025-09-30"),
            ("Pin Envoy to 1.31.x", "@vtkachenko", "2025-09-25")
        ]
    );
}

/// A team's chat threads exported one file a thread (a pinned summary states the outcome: an
/// incident's level, window and follow-ups, a decision's verdict and its day) beside Jira
/// tickets converted to Markdown (a wiki table's header left as it was, `Решён` / `Создан`
/// stamps, `is blocked by`, a link to another system's ticket): what leadership reads from
/// them, and no error in `check`.
#[test]
fn a_chat_s_pinned_summaries_and_jira_tickets_converted_to_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let lag = "# Лаг Kafka: заказы не доходили до ресторанов\n\n**Канал:** #incidents\n**Дата:** 2026-05-06\n\n---\n\n\
               **Руслан Хабибуллин** [18:42]\nРестораны пишут, что заказы не приходят.\n\n\
               **Ксения Лаврова** [19:12]\n48 партиций, лаг падает.\n\n---\n\n\
               📌 **Закреплённое сообщение** — Николай Рябов, 07.05.2026 15:20\n\n**Итог по инциденту 06.05**\n\n\
               Уровень 1 — заказы не доходили до ресторанов.\nОкно влияния: 18:40–19:50 (1 ч 10 мин).\n\n\
               | Что делаем | Кто | Срок | Статус |\n|---|---|---|---|\n\
               | Увеличить число партиций | Ксения Лаврова | 20.05.2026 | сделано |\n\
               | Ревизия ретраев в order-service | TBD | TBD | не начато |\n";
    let canary = "# ADR-12: канареечные релизы через Argo Rollouts\n\n**Канал:** #arch\n**Дата:** 19.01.2026\n\n---\n\n\
                  📌 **Закреплённое сообщение** — Николай Рябов, 22.01.2026 18:04\n\n\
                  > **ADR-12 — ПРИНЯТО (22.01.2026)**\n> **Решение:** критичные сервисы выкатываются канарейкой.\n\n---\n\n\
                  **Руслан Хабибуллин** [11:02]\nПредлагаю закрепить решение. Черновик:\n- Argo Rollouts;\n";
    let pools = "# [ARCH-77] Раздельные пулы PgBouncer\n\n| Поле | Значение |\n|---|---|\n| Тип | Архитектурное решение |\n\
                 | Статус | Принято |\n| Создан | 2025-09-24 10:02 |\n| Решён | 2025-10-08 15:40 |\n| Обновлён | 2026-04-14 12:18 |\n\n\
                 ---\n\n## Описание\n\n## Контекст\n\nСоединений не хватает.\n\n## Решение\n\nДва пула.\n";
    let quotas = "# [ARCH-82] Квоты подключений на уровне пулера\n\n| Поле | Значение |\n|---|---|\n| Тип | Архитектурное решение |\n\
                  | Статус | На согласовании |\n| Создан | 2026-04-14 11:57 |\n| Решён | — |\n| Обновлён | 2026-05-18 10:30 |\n\n\
                  **Связи**\n\n| Тип связи | Задача |\n|---|---|\n| is blocked by | [ARCH-77](ARCH-77.md) |\n\
                  | relates to | [DBA-233](https://jira.example.ru/browse/DBA-233) |\n\n---\n\n## Описание\n\n## Контекст\n\nОдин сервис занял пул.\n\n\
                  ## Действия\n\n||Задача||Ответственный||Срок||Статус||\n| Лимиты на пул для eta-api | Ильдар Сафин | 2026-06-06 | Открыт |\n";
    write_files(
        root,
        &[
            ("incidents/2026-05-06-kafka-lag-orders.md", lag),
            ("arch/2026-01-19-adr-12-argo-rollouts.md", canary),
            ("ARCH/ARCH-77.md", pools),
            ("ARCH/ARCH-82.md", quotas),
        ],
    );
    let check = common::tpmdocs_in(root, &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let site = graph(root);
    let node_of = |file: &str| {
        let node = node(&site, file);
        (node["kind"].as_str().unwrap().to_owned(), node["status"].as_str().map(str::to_owned), node["date"].clone())
    };
    assert_eq!(
        node_of("2026-01-19-adr-12-argo-rollouts.md"),
        ("adr".to_owned(), Some("accepted".to_owned()), serde_json::json!("2026-01-22")),
        "the pinned verdict, not the draft in a later message; the day decided, not the thread's"
    );
    assert_eq!(
        node_of("ARCH-77.md"),
        ("adr".to_owned(), Some("accepted".to_owned()), serde_json::json!("2025-10-08")),
        "resolved"
    );
    assert_eq!(
        node_of("ARCH-82.md"),
        ("adr".to_owned(), Some("proposed".to_owned()), serde_json::json!("2026-04-14")),
        "filed, not last updated"
    );
    assert!(edges(&site).contains(&("ARCH-82.md".to_owned(), "ARCH-77.md".to_owned(), "depends-on".to_owned())));
    let report = report_of(root);
    let row = incident(&report, "2026-05-06-kafka-lag-orders.md");
    assert_eq!((row["severity"].as_str(), row["duration_minutes"].as_u64()), (Some("Уровень 1"), Some(70)));
    let mut actions = action_rows(&report, "due");
    actions.sort_unstable();
    assert_eq!(
        actions,
        [
            ("Лимиты на пул для eta-api", "Ильдар Сафин", "2026-06-06"),
            ("Ревизия ретраев в order-service", "-", "-"),
            ("Увеличить число партиций", "Ксения Лаврова", "2026-05-20"),
        ]
    );
}

#[test]
fn swimm_docs_grav_pages_and_records_kept_as_merge_requests_link_as_their_tools_do() {
    let swimm = tempfile::tempdir().unwrap();
    write_files(
        swimm.path(),
        &[
            ("README.md", "# Core Ledger\n\n[Start here](.swm/start-here.q7f3k.sw.md).\n"),
            (
                ".swm/start-here.q7f3k.sw.md",
                "---\ntitle: С чего начать\n---\nВход в документацию.\n\n<SwmLink doc-title=\"Runbook\">[Runbook: шлюз](/.swm/gw-runbook.h5w0e.sw.md)</SwmLink>\n\n- [Разбор 03.12.2025](/docs/postmortems/2025-12-03-sbp.md)\n",
            ),
            (
                ".swm/gw-runbook.h5w0e.sw.md",
                "---\ntitle: \"Runbook: шлюз СБП\"\n---\n| Сервис | sbp-gateway |\n|---|---|\n| Владелец | Дмитрий Осипов |\n| Обновлено | 2026-04-20 (ревью смены) |\n| Алерты | `SbpTimeouts` |\n\n# Шлюз СБП\n\n## Когда использовать\n\nАлерт.\n\n## Порядок действий\n\n1. Проверить.\n",
            ),
            ("docs/postmortems/2025-12-03-sbp.md", "# Разбор: таймауты СБП\n\nПо [runbook](../../.swm/gw-runbook.h5w0e.sw.md).\n"),
            (".swm/swimm.json", "{\"configuration\": {\"swmd\": true}}\n"),
        ],
    );
    let check = common::tpmdocs_in(swimm.path(), &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let site = graph(swimm.path());
    let linked = joined(&site);
    for pair in [
        ("README.md", ".swm/start-here.q7f3k.sw.md"),
        (".swm/start-here.q7f3k.sw.md", ".swm/gw-runbook.h5w0e.sw.md"),
        (".swm/start-here.q7f3k.sw.md", "docs/postmortems/2025-12-03-sbp.md"),
        ("docs/postmortems/2025-12-03-sbp.md", ".swm/gw-runbook.h5w0e.sw.md"),
    ] {
        assert!(linked.contains(&pair), "{pair:?} in {linked:?}");
    }
    let runbook = node(&site, "gw-runbook.h5w0e.sw.md");
    assert_eq!((&runbook["kind"], &runbook["date"]), (&Value::from("runbook"), &Value::from("2026-04-20")));

    let grav = tempfile::tempdir().unwrap();
    write_files(
        grav.path(),
        &[
            ("user/config/system.yaml", "pages:\n  theme: learn2\n"),
            (
                "user/pages/01.home/default.md",
                "---\ntitle: Главная\n---\n# Главная\n\n[Команда](/komanda), [ADR-001](/arhitektura/adr-001-fhir).\n",
            ),
            ("user/pages/02.komanda/default.md", "# Команда\n\nДежурства.\n"),
            (
                "user/pages/03.arhitektura/01.adr-001-fhir/default.md",
                "# ADR-001. FHIR-шлюз\n\n**Статус:** Принято\n\n## Контекст\n\nТекст.\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(grav.path(), &["check", "."]);
    assert!(check.status.success(), "{}", common::stderr(&check));
    let site = graph(grav.path());
    let linked = joined(&site);
    for to in ["user/pages/02.komanda/default.md", "user/pages/03.arhitektura/01.adr-001-fhir/default.md"] {
        assert!(linked.contains(&("user/pages/01.home/default.md", to)), "{to} in {linked:?}");
    }

    let gitlab = tempfile::tempdir().unwrap();
    write_files(
        gitlab.path(),
        &[
            (
                "decisions/mr-164-adr-0002-redis-score-cache.md",
                "# !164 ADR-0002: Cache bureau scores in Redis\n\n**Author:** @s.ivanov · **Merged** by @a.volkova on 2025-05-20\n\n> **Status: Superseded** by ADR-0004 (!251, January 2026).\n\n## Context\n\nText.\n\n## Decision\n\nRedis.\n",
            ),
            (
                "decisions/mr-251-adr-0004-feature-store.md",
                "# !251 ADR-0004: Feature store for scoring\n\n**Author:** @d.petrov · **Влито** 14 января 2026\n\n**Статус:** Принято\n\n## Контекст\n\nТекст.\n\n## Решение\n\nFeast.\n",
            ),
        ],
    );
    let check = common::tpmdocs_in(gitlab.path(), &["check", "."]);
    assert!(check.status.success() && !common::stderr(&check).contains("E030"), "{}", common::stderr(&check));
    let site = graph(gitlab.path());
    assert_eq!(decisions(&site).iter().map(|(number, ..)| *number).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(node(&site, "mr-164-adr-0002-redis-score-cache.md")["date"], "2025-05-20");
    assert_eq!(node(&site, "mr-251-adr-0004-feature-store.md")["date"], "2026-01-14");
}
