//! `tpmdocs graph --format json|dot` on repositories written the way adr-tools, MADR 2/3/4,
//! log4brains and a Russian team write them, against each fixture's `expected.json`.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

type NodeKey = (String, String, String, Option<String>, Option<u64>);
type EdgeKey = (String, String, String);

fn graph_json(fixture: &str) -> Value {
    let output = common::tpmdocs(&["graph", common::fixture(fixture).to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{fixture}: {}", common::stderr(&output));
    assert!(!common::stderr(&output).contains("error["), "{fixture}: {}", common::stderr(&output));
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

fn nodes(graph: &Value) -> BTreeSet<NodeKey> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_owned(),
                n["kind"].as_str().unwrap().to_owned(),
                n["title"].as_str().unwrap().to_owned(),
                n["status"].as_str().map(str::to_owned),
                n["number"].as_u64(),
            )
        })
        .collect()
}

fn typed_edges(graph: &Value) -> BTreeSet<EdgeKey> {
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] != "references")
        .map(|e| {
            (
                e["from"].as_str().unwrap().to_owned(),
                e["to"].as_str().unwrap().to_owned(),
                e["type"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn assert_matches_expected(fixture: &str) {
    let actual = graph_json(fixture);
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(common::fixture(fixture).join("expected.json")).unwrap())
            .unwrap();
    assert_eq!(nodes(&actual), nodes(&expected), "{fixture}: nodes differ");
    assert_eq!(typed_edges(&actual), typed_edges(&expected), "{fixture}: typed edges differ");
    for node in actual["nodes"].as_array().unwrap() {
        assert_eq!(node["path"], node["id"], "path equals id");
    }
}

#[test]
fn adr_tools_repository() {
    assert_matches_expected("adr-tools");
}

#[test]
fn madr2_repository() {
    assert_matches_expected("madr2");
}

#[test]
fn madr3_repository() {
    assert_matches_expected("madr3");
}

#[test]
fn madr4_repository() {
    assert_matches_expected("madr4");
}

#[test]
fn log4brains_repository() {
    assert_matches_expected("log4brains");
}

#[test]
fn russian_repository() {
    assert_matches_expected("russian");
}

#[test]
fn references_come_from_links_and_mentions() {
    let graph = graph_json("russian");
    let references: BTreeSet<(String, String)> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "references")
        .map(|e| (e["from"].as_str().unwrap().to_owned(), e["to"].as_str().unwrap().to_owned()))
        .collect();
    assert!(!references.is_empty());
    for (from, to) in &references {
        assert_ne!(from, to, "no self references");
    }
}

#[test]
fn dot_matches_adr_generate_graph() {
    let output = common::tpmdocs(&["graph", common::fixture("adr-tools").to_str().unwrap(), "--format", "dot"]);
    assert!(output.status.success());
    let dot = String::from_utf8(output.stdout).unwrap();
    // The lines `adr generate graph` prints for adr-tools' own scenario (tests/generate-graph).
    let expected = "digraph {
  node [shape=plaintext];
  _1 [label=\"1. Record architecture decisions\"; URL=\"0001-record-architecture-decisions.html\"]
  _2 [label=\"2. An idea that seems good at the time\"; URL=\"0002-an-idea-that-seems-good-at-the-time.html\"]
  _1 -> _2 [style=\"dotted\"];
  _2 -> _3 [label=\"Superceded by\"]
  _3 [label=\"3. A better idea\"; URL=\"0003-a-better-idea.html\"]
  _2 -> _3 [style=\"dotted\"];
  _3 -> _2 [label=\"Supercedes\"]
  _3 -> _5 [label=\"Superceded by\"]
  _4 [label=\"4. This will work\"; URL=\"0004-this-will-work.html\"]
  _3 -> _4 [style=\"dotted\"];
  _5 [label=\"5. The end\"; URL=\"0005-the-end.html\"]
  _4 -> _5 [style=\"dotted\"];
  _5 -> _3 [label=\"Supercedes\"]
}
";
    assert_eq!(dot, expected);
}
