//! Property tests: no input makes tpmdocs panic, and every problem it finds is a diagnostic
//! with a file. Arbitrary file names go through classification, arbitrary repositories
//! (front matter, inline metadata, status sections, links, `ADR-N` mentions, tables, code,
//! diagrams) through parse → graph → check → render → search → export, and arbitrary URLs
//! through the link resolver and the server's path resolver.
//!
//! Bounded so the suite stays fast; `fuzz/` runs the same entry points for longer.

use super as checks;

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text that leans towards what deliverables contain: Cyrillic, digits, punctuation that
/// parsers split on, and now and then anything at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Zа-яА-ЯёЁ0-9 .,:;#/_\\-\\[\\]()*`|%<>&\"'{}=!?+~^@$\\\\]{0,40}",
        1 => any::<String>(),
        1 => Just(String::new()),
    ]
}

fn file_name() -> impl Strategy<Value = String> {
    let folder = prop_oneof![
        Just(""),
        Just("adr/"),
        Just("doc/adr/"),
        Just("docs/decisions/"),
        Just("runbooks/"),
        Just("Глоссарий/"),
        Just("a/b/c/"),
    ];
    let prefix = prop_oneof![
        Just(""),
        Just("adr-"),
        Just("ADR-"),
        Just("adr_"),
        Just("0007-"),
        Just("poc-"),
        Just("postmortem-"),
        Just("tech-roadmap-"),
        Just("migration-"),
        Just("runbook-"),
        Just("tech-spec-"),
        Just("estimate-"),
        Just("infra-plan-"),
    ];
    let middle = prop_oneof![
        "[0-9]{0,12}",
        "[а-яё\\-]{0,12}",
        "[0-9]{1,4}-[a-zа-я\\-_]{0,10}",
        "[a-zа-я]{0,6}-[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "q[0-9]-[0-9]{4}",
        "[^/\\x00]{0,16}",
    ];
    let extension = prop_oneof![Just(".md"), Just(".MD"), Just(".markdown"), Just(""), Just(".md.bak")];
    (folder, prefix, middle, extension)
        .prop_map(|(folder, prefix, middle, ext)| format!("{folder}{prefix}{middle}{ext}"))
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Принято".to_owned()),
        Just("accepted".to_owned()),
        Just("Заменено [ADR-2](adr-0002-x.md)".to_owned()),
        Just("Superseded by ADR-1".to_owned()),
        Just("{proposed | rejected | accepted}".to_owned()),
        Just("10 февраля 2026".to_owned()),
        Just("31.02.2026".to_owned()),
        Just("ADR-0001, ADR 3, adr-005".to_owned()),
        "ADR-[0-9]{1,8}",
        text(),
    ]
}

fn key() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("Статус"),
        Just("Status"),
        Just("Дата"),
        Just("Date"),
        Just("Заменяет"),
        Just("Заменено"),
        Just("Supersedes"),
        Just("Зависит от"),
        Just("Depends on"),
        Just("Связано с"),
        Just("Последний пересмотр"),
        Just("Владелец"),
        Just("Kind"),
        Just("x"),
    ]
}

/// One block of a document, in one of the forms real files use (or a broken one).
fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        (key(), value()).prop_map(|(k, v)| format!("**{k}:** {v}  ")),
        (key(), value()).prop_map(|(k, v)| format!("- {k}: {v}")),
        (key(), value()).prop_map(|(k, v)| format!("## {k}\n\n{v}")),
        (key(), value()).prop_map(|(k, v)| format!("---\n{}: {v}\ntitle: {v}\n---", k.to_lowercase())),
        (key(), value()).prop_map(|(k, v)| format!("+++\n{} = \"{v}\"\n+++", k.to_lowercase())),
        Just("---\nstatus: [unclosed\n".to_owned()),
        (text(), text()).prop_map(|(t, url)| format!("[{t}]({url})")),
        (text(), "[a-zа-я0-9%./#\\-]{0,20}").prop_map(|(t, url)| format!("[{t}]({url}.md)")),
        "ADR[ \\-#_]?[0-9]{1,9}",
        text().prop_map(|t| format!("# {t}")),
        text().prop_map(|t| format!("### {t}\n\n{t}")),
        (text(), text()).prop_map(|(a, b)| format!("| {a} | {b} |\n|---|---|\n| {b} | {a} |")),
        (text(), text()).prop_map(|(lang, code)| format!("```{lang}\n{code}\n```")),
        text().prop_map(|code| format!("```rust\nfn main() {{ {code} }}\n```")),
        text().prop_map(|label| format!("```mermaid\nflowchart LR\n  A[\"{label}\"] --> B\n```")),
        text().prop_map(|body| format!("```mermaid\n{body}\n```")),
        text().prop_map(|label| format!("```dot\ndigraph {{ a [label=\"{label}\"]; a -> b; }}\n```")),
        text().prop_map(|body| format!("```dot\n{body}\n```")),
        text().prop_map(|t| format!("- [ ] {t}\n- [x] {t}")),
        text().prop_map(|t| format!("<!-- {t} -->\n<div>{t}</div>")),
        (text(), text()).prop_map(|(t, url)| format!("<details><summary>{t}</summary>\n\n<a name=\"{t}\"></a><img src=\"{url}\" srcset=\"{url} 2x, {t}\"> <kbd>{t}</kbd>\n\n</details>")),
        (text(), text()).prop_map(|(t, u)| format!("<{t} {u}=\"{t}\">{u}</{t}><script>{u}</script><plaintext>{t}")),
        text().prop_map(|t| format!("## {t} [![badge](https://x.org/b.svg)](https://x.org) :rocket:\n\n> [!WARNING]\n> {t}")),
        text(),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (prop::collection::vec(block(), 0..10), any::<bool>(), any::<bool>()).prop_map(|(blocks, crlf, bom)| {
        let mut text = blocks.join("\n\n");
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        if bom {
            text.insert(0, '\u{feff}');
        }
        text
    })
}

fn repository() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((file_name(), document()), 1..6).prop_map(|files| {
        let mut seen = std::collections::BTreeSet::new();
        files
            .into_iter()
            .filter_map(|(name, text)| {
                let name = if crate::discover::is_markdown(Path::new(&name)) { name } else { format!("{name}.md") };
                let name = name.trim_start_matches('/').to_owned();
                seen.insert(name.clone()).then_some((name, text))
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_file_name_classifies(name in prop_oneof![file_name(), any::<String>()]) {
        checks::classify(&name);
    }

    #[test]
    fn any_text_yields_dates_lines_and_mentions(text in prop_oneof![text(), any::<String>()], offset in 0usize..200) {
        let _ = crate::deliverable::date::Date::find(&text);
        let _ = crate::text::line_col(&text, offset);
        let _: Vec<u32> = crate::deliverable::adr_id::mentions(&text).collect();
        let _ = crate::deliverable::meta::parse_targets(&text);
        let _ = crate::config::Config::from_toml_str(&text);
        crate::new::supersede::mark_superseded(&text, "ADR-0002", "adr-0002-x.md");
    }

    #[test]
    fn any_url_resolves_safely(from in file_name(), url in prop_oneof![text(), any::<String>(), "[%a-fA-F0-9дё./#?]{0,12}"]) {
        checks::urls(&format!("{from}\n{url}"));
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn any_repository_builds_without_a_panic(files in repository()) {
        checks::pipeline(&files);
    }
}

#[test]
fn the_server_never_resolves_a_path_outside_its_folder() {
    let url = prop_oneof![
        "/[a-z./%2eEfF5cC\\\\:]{0,24}",
        "(/|/\\.\\./|/%2e%2e/|/adr/|//)[a-z./%]{0,12}secret\\.txt",
        any::<String>(),
    ];
    proptest::test_runner::TestRunner::new(config(1024))
        .run(&url, |url| {
            checks::urls(&url);
            Ok(())
        })
        .unwrap();
}
