//! Snapshots of rendered pages: a change to a template, the markdown conversion or the
//! graph drawing shows up here as a diff to review. Run `UPDATE_SNAPSHOTS=1 cargo test
//! --test snapshots` to accept the new output, then review `git diff tests/snapshots/`.

mod common;

use std::path::PathBuf;

/// Pages worth watching: one of each kind of page a reader meets.
const PAGES: [(&str, &str, &str); 9] = [
    ("leadership", "overview/index.html", "leadership-overview.html"),
    ("leadership", "overview/incidents.html", "leadership-overview-incidents.html"),
    ("russian", "index.html", "russian-home.html"),
    ("russian", "kind/adr.html", "russian-adr-log.html"),
    ("russian", "adr/adr-008-kafka-dlya-sobytij.html", "russian-adr.html"),
    ("russian", "runbooks/runbook-payments.html", "russian-runbook.html"),
    ("russian", "graph.html", "russian-graph.html"),
    ("russian", "feed.xml", "russian-feed.xml"),
    ("adr-tools", "0003-a-better-idea.html", "adr-tools-adr.html"),
];

fn snapshot_path(name: &str) -> PathBuf {
    common::repo_root().join("tests/snapshots").join(name)
}

/// The first line where two texts differ, for the failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b);
    match line {
        Some(index) => format!(
            "line {}:\n  snapshot: {}\n  now:      {}",
            index + 1,
            expected.lines().nth(index).unwrap_or_default(),
            actual.lines().nth(index).unwrap_or_default()
        ),
        None => format!(
            "lengths differ: {} lines in the snapshot, {} now",
            expected.lines().count(),
            actual.lines().count()
        ),
    }
}

/// Compares `actual` with the snapshot `name`: writes it under `UPDATE_SNAPSHOTS`, else
/// records the first difference in `stale`.
fn compare(name: &str, what: &str, actual: &str, stale: &mut Vec<String>) {
    let path = snapshot_path(name);
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected == actual {
        return;
    }
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    } else {
        stale.push(format!("{name} ({what}) differs at {}", first_difference(&expected, actual)));
    }
}

fn assert_fresh(stale: &[String]) {
    assert!(
        stale.is_empty(),
        "{}\nreview, then accept with UPDATE_SNAPSHOTS=1 cargo test --test snapshots",
        stale.join("\n")
    );
}

/// What leadership reads and what other tools parse: `report` (JSON and the Markdown post)
/// and `graph --format json` of the demo (outside git, so no commit in them) and of the
/// leadership fixture. A change to a reader or to the analysis shows up here as a diff.
#[test]
fn answers_and_graphs_match_their_snapshots() {
    let demo = common::demo_copy();
    let leadership = common::fixture("leadership");
    let mut stale = Vec::new();
    for (project, prefix) in [(demo.path(), "demo"), (leadership.as_path(), "leadership")] {
        for (args, name) in [
            (["report", "--format", "json"], format!("{prefix}-report.json")),
            (["report", "--format", "markdown"], format!("{prefix}-report.md")),
            (["graph", "--format", "json"], format!("{prefix}-graph.json")),
        ] {
            let output = common::command().args(args).arg(project).output().expect("tpmdocs runs");
            assert!(output.status.success() || prefix == "demo", "{name}: {}", common::stderr(&output));
            compare(&name, &args.join(" "), &String::from_utf8_lossy(&output.stdout), &mut stale);
        }
    }
    assert_fresh(&stale);
}

#[test]
fn rendered_pages_match_their_snapshots() {
    let mut built = std::collections::BTreeMap::new();
    let mut stale = Vec::new();
    for (fixture, page, name) in PAGES {
        let out = built.entry(fixture).or_insert_with(|| {
            let (out, output) = common::build(&common::fixture(fixture));
            assert!(output.status.success() || fixture == "broken", "{}", common::stderr(&output));
            out
        });
        // The version is the one part that changes with every release, not with the page.
        let actual = common::page(out, page)
            .replace(&format!("tpmdocs {}", env!("CARGO_PKG_VERSION")), "tpmdocs {version}")
            .replace(&format!("version=\"{}\"", env!("CARGO_PKG_VERSION")), "version=\"{version}\"");
        compare(name, &format!("{fixture}/{page}"), &actual, &mut stale);
    }
    assert_fresh(&stale);
}
