//! Heading ids are GitHub's: checked against github-slugger (npm), the reference
//! implementation of the ids GitHub gives headings, on every heading of the demo and the
//! fixtures and on generated headings with Cyrillic, emoji, punctuation, code, links, images
//! and repeats. The differential test needs node and `npm ci` in `tests/browser`, so it runs
//! with the browser tests (`TPMDOCS_BROWSER_TESTS=1`, see `build.rs`).

use std::path::{Path, PathBuf};

use super::heading_texts;
use crate::deliverable::Vocabulary;
use crate::slug::GithubSlugger;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The heading texts of every Markdown file under `dir`, one list per file.
fn texts_under(dir: &Path) -> Vec<Vec<String>> {
    let mut documents = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().map(Result::unwrap) {
        let path = entry.path();
        if path.extension().is_none_or(|ext| ext != "md") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else { continue }; // the cp1251 fixture
        let text = crate::text::normalize(&text);
        let id = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
        let skip = crate::deliverable::parse(&id, &text, &Vocabulary::default()).front_matter_lines;
        documents.push(heading_texts(&text, skip));
    }
    documents
}

/// Headings written to catch differences: every kind of character a heading has in
/// practice, inline Markdown, and repeats.
const CRAFTED: &str = "# План отката (rollback)\n\n## План отката (rollback)\n\n## Choosing a task [![good first issue](https://img.shields.io/badge/good-first--issue-blue.svg)](https://example.org/issues)\n\n## Deploy :rocket: to prod 🚀\n\n## `cargo test` — «быстро» и “точно”\n\n## [Ссылка](a.md) и ![картинка](b.png) и <kbd>Ctrl</kbd>\n\n## C++ / C# & F# (v1.2.3)!\n\n## Ёлка, ёжик; щи — 100% 2×2=4 ½ x² ©®™ №5 §7\n\n## Example\n\n## Example\n\n## Example-1\n\n## example\n\n## Über naïve café — 東京 العربية हिन्दी\n\n## Tab\tand  two  spaces\n\n## _snake_case_ and *stars* and ~~strike~~\n\n## ⚠️ Внимание: 50$ + 10€ = ?\n\n## A&amp;B &lt;tag&gt; &#169;\n\n## Ⅻ Roman and Ⓐ circled\n\n## \n\n## 123\n\n## -dash- _under_ --double--\n";

/// Generated headings: every combination of a few characters of each kind, from a fixed
/// seed, so a rare character class cannot slip through.
fn generated() -> Vec<Vec<String>> {
    const PIECES: [&str; 40] = [
        "а", "Я", "ё", "Ж", "a", "Z", "0", "9", "_", "-", " ", "  ", ".", ",", ":", ";", "!", "?", "«", "»", "—", "–",
        "(", ")", "[x]", "/", "\\", "'", "\"", "&", "@", "#", "$", "%", "^", "+", "=", "🚀", "é", "ß",
    ];
    let mut state: u64 = 0x2026_1203;
    let mut next = move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    (0..40)
        .map(|_| {
            (0..25)
                .map(|_| {
                    let length = 1 + next() % 12;
                    (0..length).map(|_| PIECES[next() % PIECES.len()]).collect::<String>()
                })
                .collect()
        })
        .collect()
}

fn ours(documents: &[Vec<String>]) -> Vec<Vec<String>> {
    documents
        .iter()
        .map(|texts| {
            let mut slugger = GithubSlugger::new();
            texts.iter().map(|text| slugger.slug(text)).collect()
        })
        .collect()
}

#[test]
fn known_github_ids() {
    let texts = heading_texts(CRAFTED, 0);
    let slugs = ours(std::slice::from_ref(&texts)).remove(0);
    let id = |text: &str| slugs[texts.iter().position(|t| t.starts_with(text)).unwrap()].clone();
    assert_eq!(id("Choosing a task"), "choosing-a-task-", "a badge adds nothing, the space before it stays");
    assert_eq!(id("План отката"), "план-отката-rollback");
    assert_eq!(slugs[1], "план-отката-rollback-1");
    assert_eq!(id("Deploy"), "deploy--to-prod-", "emoji are dropped");
    assert_eq!(id("Ссылка"), "ссылка-и--и-ctrl", "links give their text, images nothing, tags nothing");
    let examples: Vec<&str> = texts
        .iter()
        .zip(&slugs)
        .filter(|(t, _)| t.eq_ignore_ascii_case("example") || *t == "Example-1")
        .map(|(_, s)| s.as_str())
        .collect();
    assert_eq!(examples, vec!["example", "example-1", "example-1-1", "example-2"]);
}

#[test]
#[cfg_attr(not(tpmdocs_browser_tests), ignore = "needs node: npm ci in tests/browser, then TPMDOCS_BROWSER_TESTS=1")]
fn every_heading_gets_the_id_github_slugger_gives() {
    let browser = repo_root().join("tests/browser");
    assert!(
        browser.join("node_modules/github-slugger").is_dir(),
        "github-slugger is missing: run `npm ci` in tests/browser"
    );
    let mut documents = texts_under(&repo_root().join("content"));
    documents.extend(texts_under(&repo_root().join("tests/fixtures")));
    let from_files: usize = documents.iter().map(Vec::len).sum();
    assert!(from_files > 300, "the demo and the fixtures have many headings: {from_files}");
    documents.push(heading_texts(CRAFTED, 0));
    documents.extend(generated());
    let input = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(input.path(), serde_json::to_string(&documents).unwrap()).unwrap();
    let output = std::process::Command::new("node")
        .arg(browser.join("slugger.mjs"))
        .arg(input.path())
        .output()
        .expect("node is missing");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let theirs: Vec<Vec<String>> = serde_json::from_slice(&output.stdout).unwrap();
    let ours = ours(&documents);
    let mut differences = Vec::new();
    for ((texts, ours), theirs) in documents.iter().zip(&ours).zip(&theirs) {
        for ((text, our), their) in texts.iter().zip(ours).zip(theirs) {
            if our != their {
                differences.push(format!("{text:?}: tpmdocs {our:?}, github-slugger {their:?}"));
            }
        }
    }
    let compared: usize = documents.iter().map(Vec::len).sum();
    assert!(differences.is_empty(), "{} of {compared} ids differ:\n{}", differences.len(), differences.join("\n"));
}
