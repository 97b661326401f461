//! Real-browser tests in Debian's headless Chromium, driven by playwright-core scripts in
//! `tests/browser/`. They are `#[ignore]`d unless the crate was built with
//! `TPMDOCS_BROWSER_TESTS=1` (see `build.rs`); `.ci/run` installs Chromium, runs `npm ci` and
//! sets it, and then a missing tool is a failure, never a silent pass.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn browser_dir() -> PathBuf {
    common::repo_root().join("tests/browser")
}

/// Panics with advice when the browser, node or the npm packages are missing: these tests
/// only run when asked for (`TPMDOCS_BROWSER_TESTS=1`), and then they must really run.
fn require_browser() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(Path::new(&chromium).exists(), "{chromium} is missing: apt-get install chromium");
    assert!(
        browser_dir().join("node_modules/playwright-core").is_dir(),
        "playwright-core is missing: run `npm ci` in tests/browser"
    );
    let node = Command::new("node").arg("--version").output();
    assert!(node.is_ok_and(|output| output.status.success()), "node is missing or does not run");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_server(project: &Path, port: u16) -> Child {
    let mut child = common::command()
        .args(["serve", project.to_str().unwrap(), "-p", &port.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert!(line.contains(&format!(":{port}/")), "{line}");
    child
}

#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn an_open_page_reloads_on_save_and_after_a_server_restart() {
    require_browser();
    let project = tempfile::tempdir().unwrap();
    common::copy_tree(&common::repo_root().join("content"), &project.path().join("content"));
    let port = free_port();
    let mut server = start_server(project.path(), port);
    let page = format!("http://127.0.0.1:{port}/adr/adr-0009-managed-kafka.html");
    let file = project.path().join("content/adr/adr-0009-managed-kafka.md");
    let mut driver = Command::new("node")
        .arg(browser_dir().join("reload.mjs"))
        .args([&page, file.to_str().unwrap()])
        .current_dir(browser_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(driver.stdout.take().unwrap()).lines();
    let first = lines.next().map(Result::unwrap).unwrap_or_default();
    assert_eq!(first, "SAVED-OK", "the page did not reload after a save");
    server.kill().unwrap();
    server.wait().unwrap();
    let mut server = start_server(project.path(), port);
    writeln!(driver.stdin.as_mut().unwrap(), "RESTARTED").unwrap();
    let second = lines.next().map(Result::unwrap).unwrap_or_default();
    assert_eq!(second, "RESTART-OK", "the page did not reconnect and reload after a restart");
    assert!(driver.wait().unwrap().success());
    server.kill().unwrap();
    let _ = server.wait();
}

#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn search_finds_inflected_russian_yo_and_english_terms_under_a_sub_path() {
    require_browser();
    let (out, output) = common::build(&common::repo_root());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let site = out.path().join("site");
    let result = Command::new("node")
        .arg(browser_dir().join("search.mjs"))
        .arg(&site)
        .args(["миграцию", "отчеты", "Kubernetes", "миграцией"])
        .current_dir(browser_dir())
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let found: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    let hrefs = |query: &str| -> Vec<String> {
        found[query].as_array().unwrap().iter().map(|r| r["href"].as_str().unwrap().to_owned()).collect()
    };
    let migration = hrefs("миграцию");
    assert!(migration.contains(&"/portal/migrations/migration-mysql-to-postgresql.html".to_owned()), "{migration:?}");
    assert!(
        migration.contains(&"/portal/migrations/migration-rabbitmq-to-kafka.html".to_owned()),
        "«миграция», «миграции»: {migration:?}"
    );
    assert_eq!(hrefs("миграцией").first(), migration.first(), "every inflection finds the same documents");
    let reports = hrefs("отчеты");
    assert!(
        reports
            .iter()
            .any(|h| h.ends_with("tech-roadmap-2026-q3.html") || h.ends_with("estimate-mysql-migration.html")),
        "«отчеты» finds «отчёты»: {reports:?}"
    );
    let kubernetes = hrefs("Kubernetes");
    assert!(kubernetes.contains(&"/portal/adr/adr-0001-kubernetes-v-yandex-cloud.html".to_owned()), "{kubernetes:?}");
    for query in ["миграцию", "отчеты", "Kubernetes"] {
        for result in found[query].as_array().unwrap() {
            let href = result["href"].as_str().unwrap();
            assert!(href.starts_with("/portal/"), "result links work under the sub-path: {href}");
            let file = site.join(href.trim_start_matches("/portal/").split('#').next().unwrap());
            assert!(file.is_file(), "{href} exists");
        }
        assert!(
            found[query].as_array().unwrap().iter().any(|r| r["excerptMarked"] == true),
            "highlighted excerpts for {query}"
        );
    }
    assert!(
        found["Kubernetes"].as_array().unwrap().iter().any(|r| r["subResults"].as_u64().unwrap() > 0),
        "sub-results per heading"
    );
    let filters: Vec<&str> = found["_filters"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(filters.contains(&"Вид") && filters.contains(&"Статус"), "{filters:?}");
    assert_eq!(found["_slashFocuses"], true, "`/` focuses the search box");
    assert_eq!(found["_arrowFocusesResult"], true, "arrow keys move from the field to the results");
}

/// Runs `queries` through the search page of the site in `site` (served under `/portal/`).
fn search(site: &Path, queries: &[&str]) -> serde_json::Value {
    let result = Command::new("node")
        .arg(browser_dir().join("search.mjs"))
        .arg(site)
        .args(queries)
        .current_dir(browser_dir())
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    serde_json::from_slice(&result.stdout).unwrap()
}

/// Which shard each page is in, read from the fragments each shard's bundle holds (each is
/// gzipped `pagefind_dcd{"url":"/adr/x.html",…}`): the pages as written, not as planned.
fn shards_of_pages(shards: &[PathBuf]) -> std::collections::HashMap<String, usize> {
    use std::io::Read as _;
    let mut shard_of = std::collections::HashMap::new();
    for (shard, bundle) in shards.iter().enumerate() {
        for entry in std::fs::read_dir(bundle.join("fragment")).unwrap() {
            let mut text = String::new();
            flate2::read::GzDecoder::new(std::fs::File::open(entry.unwrap().path()).unwrap())
                .read_to_string(&mut text)
                .unwrap();
            let fragment: serde_json::Value = serde_json::from_str(text.trim_start_matches("pagefind_dcd")).unwrap();
            let url = fragment["url"].as_str().unwrap().trim_start_matches('/').to_owned();
            shard_of.insert(url, shard);
        }
    }
    shard_of
}

/// The demo with its index forced into shards (it has 35–63 documents; four pages per shard
/// gives eight): the search page merges them and finds what the single bundle finds, with the
/// filter counts summed over the shards.
#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn a_sharded_index_finds_what_the_single_bundle_finds() {
    require_browser();
    let project = common::sharded_demo();
    let (single, output) = common::build(&common::repo_root());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let (sharded, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let (single, sharded) = (single.path().join("site"), sharded.path().join("site"));

    let pages = |bundle: &Path| -> u64 {
        let entry = std::fs::read_to_string(bundle.join("pagefind-entry.json")).unwrap();
        serde_json::from_str::<serde_json::Value>(&entry).unwrap()["languages"]["ru"]["page_count"].as_u64().unwrap()
    };
    let shards: Vec<PathBuf> = std::iter::once(sharded.join("pagefind"))
        .chain((1..8).map(|n| sharded.join(format!("pagefind/shard-{n}"))))
        .collect();
    assert!(!sharded.join("pagefind/shard-8").exists(), "eight shards");
    assert_eq!(shards.iter().map(|shard| pages(shard)).sum::<u64>(), pages(&single.join("pagefind")));
    assert!(shards.iter().all(|shard| pages(shard) > 0), "every shard has pages");

    // Each shard ranks with its own statistics (BM25's document frequencies): on shards of
    // a few pages the order of results may differ, so the test compares what is found, that
    // the best result is on the first page, and that the first pages show several shards.
    // bench/search.py compares the rankings at 10,000 documents with real shard sizes.
    let queries = ["миграцию", "отчеты", "Kubernetes", "инцидент", "оценка сроков", "очередь событий"];
    let (one, many) = (search(&single, &queries), search(&sharded, &queries));
    let shard_of = shards_of_pages(&shards);
    let mut shards_shown = std::collections::BTreeSet::new();
    for query in queries {
        let all = |found: &serde_json::Value| -> Vec<String> {
            let mut urls: Vec<String> = found[format!("_all:{query}")]
                .as_array()
                .unwrap()
                .iter()
                .map(|url| url.as_str().unwrap().split('#').next().unwrap().to_owned())
                .collect();
            urls.sort();
            urls
        };
        let (expected, got) = (all(&one), all(&many));
        assert!(!expected.is_empty(), "{query}: the single bundle finds something");
        // A shard without the exact word falls back to prefix matches (Pagefind decides per
        // index), so shards may find more, never less.
        let missing: Vec<&String> = expected.iter().filter(|url| !got.contains(url)).collect();
        assert!(missing.is_empty(), "{query}: the shards together miss {missing:?}");
        let best = one[query][0]["href"].as_str().unwrap();
        let shows_best = |found: &serde_json::Value| found[query].as_array().unwrap().iter().any(|r| r["href"] == best);
        // Once in ~30 CI runs on a loaded two-core machine the first page came back without
        // the top result; it never did alone or under a synthetic load, and the cause is not
        // found (a suspect: Pagefind gives its worker 5 s to start, then falls back to the main
        // thread). That page is read once more, alone, and must then show it.
        let again;
        let many_now = if shows_best(&many) {
            &many
        } else {
            eprintln!("{query}: first page without {best}: {}; searching again", many[query]);
            again = search(&sharded, &[query]);
            &again
        };
        assert!(shows_best(many_now), "{query}: the best single-bundle result {best} is shown: {}", many_now[query]);
        let shown = many_now[query].as_array().unwrap();
        assert!(shown.len() >= one[query].as_array().unwrap().len(), "{query}: at least as many on the first page");
        for result in shown {
            let href = result["href"].as_str().unwrap();
            assert!(href.starts_with("/portal/"), "{query}: links work under the sub-path: {href}");
            shards_shown.insert(shard_of[href.trim_start_matches("/portal/").split('#').next().unwrap()]);
        }
    }
    assert!(shards_shown.len() >= 4, "results come from many shards: {shards_shown:?}");
    // The filter list: the same values in the same order (the counts beside them follow the
    // query, and the page may still be narrowing them); the counts over the whole index from
    // the API, summed over the shards.
    let values = |found: &serde_json::Value| -> Vec<String> {
        let labels = found["_filterValues"].as_array().unwrap().iter().map(|v| v.as_str().unwrap());
        labels.map(|label| label.rsplit_once(" (").map_or(label, |(value, _)| value).to_owned()).collect()
    };
    assert!(values(&one).len() >= 10, "{:?}", values(&one));
    assert_eq!(values(&many), values(&one), "filter values, in order");
    assert_eq!(many["_filterTotals"], one["_filterTotals"], "filter counts summed over the shards");
    assert_eq!(one["_filterTotals"]["Вид"]["ADR"], 14, "{}", one["_filterTotals"]);
    assert_eq!(many["_dialogs"], serde_json::json!([]));
}

#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn hostile_titles_and_statuses_stay_text_on_the_search_page() {
    require_browser();
    let project = common::hostile_repository();
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let result = Command::new("node")
        .arg(browser_dir().join("search.mjs"))
        .arg(out.path().join("site"))
        .args(["Заголовок", "кавычки", "Новый"])
        .current_dir(browser_dir())
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let found: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(found["_dialogs"], serde_json::json!([]), "no injected script ran");
    let titles: Vec<&str> = found["кавычки"].as_array().unwrap().iter().filter_map(|r| r["title"].as_str()).collect();
    assert!(titles.contains(&common::HOSTILE_TITLE), "the title is shown as written: {titles:?}");
    let values: Vec<&str> = found["_filterValues"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(
        values.iter().any(|v| v.starts_with(common::HOSTILE_STATUS)),
        "the status filter shows the text, not an image: {values:?}"
    );
}

/// The overview in Chromium: both themes and a phone screenshot, and an A4 print to PDF, of
/// the leadership fixture's six pages and of the demo's fullest ones. The screenshots and
/// PDFs land in `target/browser-shots/` for a person to look at; the test checks what can be
/// measured: nothing wider than a phone or the paper, no navigation on paper, charts within
/// the paper, a white page even from the dark theme, and a sane number of pages.
#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn the_overview_reads_on_a_phone_and_prints_on_a4() {
    require_browser();
    let lists = ["decisions", "incidents", "roadmap", "estimates", "runbooks"];
    for (project, name, pages) in [
        (common::fixture("leadership"), "leadership", vec!["index"].into_iter().chain(lists).collect::<Vec<_>>()),
        (common::repo_root(), "demo", vec!["index", "incidents", "roadmap"]),
    ] {
        let (out, output) = common::build(&project);
        assert!(output.status.success(), "{}", common::stderr(&output));
        let shots = common::repo_root().join("target/browser-shots").join(name);
        let pages: Vec<String> = pages.iter().map(|page| format!("overview/{page}.html")).collect();
        let result = Command::new("node")
            .arg(browser_dir().join("print.mjs"))
            .arg(out.path().join("site"))
            .arg(&shots)
            .args(&pages)
            .current_dir(browser_dir())
            .output()
            .unwrap();
        assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
        let seen: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
        for page in &pages {
            let seen = &seen[page];
            assert_eq!(seen["phoneOverflow"], 0, "{name} {page} fits a 390 px phone: {seen}");
            assert_eq!(seen["printOverflow"], 0, "{name} {page} fits A4: {seen}");
            assert_eq!(seen["printVisible"], serde_json::json!([]), "{name} {page}: no navigation on paper");
            assert_eq!(seen["printBackground"], "rgb(255, 255, 255)", "{name} {page}: white paper from the dark theme");
            let pdf_pages = seen["pdfPages"].as_u64().unwrap();
            assert!((1..=4).contains(&pdf_pages), "{name} {page}: {pdf_pages} A4 pages");
            assert!(shots.join(page.replace("overview/", "overview-").replace(".html", ".pdf")).is_file());
        }
        for page in ["overview/incidents.html", "overview/decisions.html"] {
            if pages.iter().any(|p| p == page) {
                assert!(seen[page]["chartsInPrint"].as_u64().unwrap() >= 1, "{name} {page}: the chart prints whole");
            }
        }
    }
}

/// Every page of the built demo (each kind's index and documents, the ADR log, the graph,
/// the leadership pages, search with results, 404) run through axe-core in the light and
/// the dark theme: WCAG 2.1 A/AA rules and axe's best practices, zero violations, and
/// nothing sticking out of a 320 px-wide window.
#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn every_demo_page_has_no_axe_violations_in_either_theme() {
    require_browser();
    let (out, output) = common::build(&common::repo_root());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let site = out.path().join("site");
    let mut pages: Vec<String> = walkdir::WalkDir::new(&site)
        .into_iter()
        .flatten()
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "html"))
        .map(|entry| entry.path().strip_prefix(&site).unwrap().to_string_lossy().replace('\\', "/"))
        .filter(|rel| !rel.starts_with("pagefind/"))
        .collect();
    pages.sort();
    for must in ["index.html", "kind/adr.html", "graph.html", "overview/incidents.html", "404.html"] {
        assert!(pages.iter().any(|page| page == must), "{must} in {pages:?}");
    }
    pages.push("search.html?q=миграция".to_owned());
    let result = Command::new("node")
        .arg(browser_dir().join("axe.mjs"))
        .arg(&site)
        .args(&pages)
        .current_dir(browser_dir())
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let found: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    let mut problems = Vec::new();
    for page in &pages {
        for theme in ["light", "dark"] {
            for violation in found[page][theme].as_array().unwrap() {
                let nodes = violation["nodes"].as_array().unwrap();
                problems.push(format!(
                    "{page} ({theme}): {} × {} — {}; first: {} {}",
                    nodes.len(),
                    violation["id"],
                    violation["help"],
                    nodes[0]["target"],
                    nodes[0]["summary"].as_str().unwrap_or("").replace('\n', " ")
                ));
            }
        }
        if found[page]["overflow320"] != 0 {
            problems.push(format!("{page}: {} px wider than a 320 px window", found[page]["overflow320"]));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Keyboard only, as a reader without a mouse: home → ADR log → a superseded ADR → its
/// successor from the banner → «/» and a query → the first result by arrow key. The skip
/// link comes first, every focused element shows a focus ring, the search field has a real
/// label and the number of results is announced.
#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn a_keyboard_walk_reaches_a_successor_and_a_search_result() {
    require_browser();
    let (out, output) = common::build(&common::repo_root());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let result = Command::new("node")
        .arg(browser_dir().join("keyboard.mjs"))
        .arg(out.path().join("site"))
        .arg("adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html")
        .arg("миграция")
        .current_dir(browser_dir())
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let walk: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(walk["error"], serde_json::Value::Null, "{walk}");
    let steps: Vec<&str> = walk["steps"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(steps.len(), 5, "{walk}");
    assert_eq!(steps[0], "kind/adr.html");
    assert_eq!(steps[1], "adr/adr-0002-rabbitmq-dlya-sobytiy-zakazov.html");
    assert_eq!(steps[2], "adr/adr-0005-kafka-strimzi.html", "the banner leads to the successor");
    assert!(steps[3].starts_with("search.html?q="), "{walk}");
    assert!(!steps[4].starts_with("search.html"), "a result opened: {walk}");
    assert_eq!(walk["landedTitle"], walk["resultTitle"], "the focused result is the page that opened");
    assert_eq!(walk["skipLink"], true, "the first Tab reaches the skip link");
    assert_eq!(walk["slashFocusesSearch"], true);
    assert_eq!(walk["searchFieldLabelled"], true);
    assert!(walk["searchStatus"].as_str().unwrap().contains("миграция"), "results announced: {walk}");
    assert_eq!(walk["invisibleFocus"], serde_json::json!([]), "focus is visible everywhere");
}

/// The untrusted page of `tests/fixtures/xss` in Chromium: no dialog, no script, and in the
/// body as the browser parsed it no script-capable element, handler, style or unsafe URL,
/// no `<base>` taking over relative links, the rest of the page intact after stray closing
/// tags, and nothing fetched from the attacker's host.
#[test]
#[cfg_attr(
    not(tpmdocs_browser_tests),
    ignore = "needs Chromium: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1"
)]
fn raw_html_from_an_untrusted_contribution_runs_nothing_in_a_browser() {
    require_browser();
    let (out, output) = common::build(&common::fixture("xss"));
    assert!(output.status.success(), "{}", common::stderr(&output));
    let result = Command::new("node")
        .arg(browser_dir().join("xss.mjs"))
        .arg(out.path().join("site/untrusted.html"))
        .current_dir(browser_dir())
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let found: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(found["dialogs"], serde_json::json!([]), "{found}");
    assert_eq!(found["pwned"], serde_json::Value::Null, "{found}");
    assert_eq!(found["bad"], serde_json::json!([]), "{found}");
    assert_eq!(found["baseIsThePage"], true, "{found}");
    assert_eq!(found["reachedTheEnd"], true, "{found}");
    assert_eq!(found["footer"], true, "the portal's footer stays outside the body: {found}");
    let requests: Vec<&str> = found["requests"].as_array().unwrap().iter().filter_map(|r| r.as_str()).collect();
    assert!(requests.iter().all(|request| !request.contains("evil.example")), "{requests:?}");
}
