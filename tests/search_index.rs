//! The search bundle a build writes (what tpmdocs feeds the indexer is a unit test in
//! `src/render/mod.rs`).

mod common;

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

/// A project of `documents` short ADRs whose search index is split into shards of
/// `per_shard` pages, built into `DIR/site` by `build`.
fn sharded_project(documents: usize, per_shard: usize) -> tempfile::TempDir {
    let files: Vec<(String, String)> = (1..=documents)
        .map(|n| {
            let status = ["Принято", "Предложено", "Отклонено"][n % 3];
            let text = format!(
                "# ADR-{n:04}: Решение номер {n}\n\n**Статус:** {status}\n\n## Контекст\n\nМиграция кластера {n} и очередь событий.\n"
            );
            (format!("adr/adr-{n:04}-reshenie.md"), text)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(path, text)| (path.as_str(), text.as_str())).collect();
    let project = common::repo(&borrowed);
    std::fs::write(
        project.path().join("book.toml"),
        format!(
            "[book]\ntitle = \"Шарды\"\nlanguage = \"ru\"\n\n[output.html]\nsearch-pages-per-shard = {per_shard}\n"
        ),
    )
    .unwrap();
    project
}

/// Builds `project` into `out` with `--timings` and returns standard error.
fn build_into(project: &std::path::Path, out: &std::path::Path) -> String {
    let output = common::tpmdocs(&["build", project.to_str().unwrap(), "-d", out.to_str().unwrap(), "--timings"]);
    let stderr = common::stderr(&output);
    assert!(output.status.success(), "{stderr}");
    stderr
}

#[test]
fn a_large_index_is_split_into_shards_that_the_search_page_merges() {
    let project = sharded_project(24, 6);
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let stderr = build_into(project.path(), &site);
    assert!(stderr.contains("(4 shards, 0 from the cache)"), "{stderr}");
    let mut pages = 0;
    for shard in ["pagefind", "pagefind/shard-1", "pagefind/shard-2", "pagefind/shard-3"] {
        let entry: serde_json::Value =
            serde_json::from_slice(&std::fs::read(site.join(shard).join("pagefind-entry.json")).unwrap()).unwrap();
        let count = entry["languages"]["ru"]["page_count"].as_u64().unwrap();
        assert!(count > 0, "{shard} has pages");
        pages += count;
    }
    assert_eq!(pages, 24, "every document in exactly one shard");
    assert!(!site.join("pagefind/shard-4").exists());
    let shard_scripts = walkdir::WalkDir::new(site.join("pagefind/shard-1"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|ext| ext == "js" || ext == "pagefind"))
        .count();
    assert_eq!(shard_scripts, 0, "scripts and WebAssembly only in the first bundle");
    let search = std::fs::read_to_string(site.join("search.html")).unwrap();
    assert!(
        search.contains(
            "data-search-shards=\"[&quot;pagefind/shard-1/&quot;,&quot;pagefind/shard-2/&quot;,&quot;pagefind/shard-3/&quot;]\""
        ),
        "the search page merges the other shards (relative paths)"
    );
    assert!(search.contains("mergeIndex: shards.map("));

    let small = sharded_project(5, 6);
    let small_site = out.path().join("small");
    let stderr = build_into(small.path(), &small_site);
    assert!(stderr.contains("(1 shard, 0 from the cache)"), "{stderr}");
    assert!(!small_site.join("pagefind/shard-1").exists(), "a small site keeps one bundle");
    let search = std::fs::read_to_string(small_site.join("search.html")).unwrap();
    assert!(search.contains("data-search-shards=\"[]\""));
}

#[test]
fn unchanged_shards_come_from_the_cache_and_the_site_stays_byte_identical() {
    let project = sharded_project(24, 6);
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let cache = out.path().join(".tpmdocs-cache/site/search");

    let first = build_into(project.path(), &site);
    assert!(first.contains("(4 shards, 0 from the cache)"), "{first}");
    let fresh = common::site_tree(&site);
    let cached: Vec<_> = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(cached.iter().filter(|name| name.to_string_lossy().ends_with(".shard")).count(), 4, "{cached:?}");
    assert!(std::fs::read_to_string(cache.join(".gitignore")).unwrap().lines().any(|l| l == "*"));
    assert!(fresh.iter().all(|(path, _)| !path.ends_with(".shard")), "the cache is never in the site");

    let again = build_into(project.path(), &site);
    assert!(again.contains("(4 shards, 4 from the cache)"), "{again}");
    assert!(common::site_tree(&site) == fresh, "a build from the cache is byte-identical to a fresh one");

    // One document edited: only its shard is indexed again.
    let edited = project.path().join("content/adr/adr-0007-reshenie.md");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, text.replace("очередь событий", "шардирование индекса")).unwrap();
    let after_edit = build_into(project.path(), &site);
    assert!(after_edit.contains("(4 shards, 3 from the cache)"), "{after_edit}");
    let edited_tree = common::site_tree(&site);
    assert_ne!(edited_tree, fresh);

    // A damaged cache is a miss: the shards are indexed again, to the same bytes.
    for entry in std::fs::read_dir(&cache).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "shard") {
            let mut bytes = std::fs::read(&path).unwrap();
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0xff;
            std::fs::write(&path, bytes).unwrap();
        }
    }
    let damaged = build_into(project.path(), &site);
    assert!(damaged.contains("(4 shards, 0 from the cache)"), "{damaged}");
    assert!(common::site_tree(&site) == edited_tree);

    // And deleting the cache is always safe.
    std::fs::remove_dir_all(out.path().join(".tpmdocs-cache")).unwrap();
    let other = out.path().join("elsewhere");
    build_into(project.path(), &other);
    assert!(common::site_tree(&other) == edited_tree, "no cache, same site");
}

#[test]
fn the_cache_goes_where_cache_dir_says_and_never_into_the_site() {
    let project = sharded_project(12, 6);
    let book = std::fs::read_to_string(project.path().join("book.toml")).unwrap();
    std::fs::write(project.path().join("book.toml"), format!("{book}\n[build]\ncache-dir = \"build-cache\"\n"))
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    build_into(project.path(), &out.path().join("site"));
    let shards = std::fs::read_dir(project.path().join("build-cache/site/search")).unwrap().count();
    assert!(shards >= 2, "shards cached under cache-dir");
    assert!(!out.path().join(".tpmdocs-cache").exists(), "and not beside the build directory");

    // A cache folder inside the site would be served and replaced by every build: not used.
    std::fs::write(project.path().join("book.toml"), format!("{book}\n[build]\ncache-dir = \"book/cache\"\n")).unwrap();
    let output = common::tpmdocs_in(project.path(), &["build", "--timings"]);
    let stderr = common::stderr(&output);
    assert!(output.status.success(), "{stderr}");
    let again = common::tpmdocs_in(project.path(), &["build", "--timings"]);
    assert!(common::stderr(&again).contains("(2 shards, 0 from the cache)"), "{}", common::stderr(&again));
    let leaked = walkdir::WalkDir::new(project.path().join("book"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|ext| ext == "shard"))
        .count();
    assert_eq!(leaked, 0);
}
