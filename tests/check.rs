//! `tpmdocs check`: one small repository per check, asserting the finding's code and line,
//! the output formats and the exit codes.

mod common;

use std::path::Path;

use common::repo;
use serde_json::Value;

/// Runs `check --format json` and returns (exit code, findings).
fn check_json(dir: &Path, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["check", dir.to_str().unwrap(), "--format", "json"];
    args.extend(extra);
    let output = common::tpmdocs_in(dir, &args);
    let findings: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&output.stdout)));
    (output.status.code().unwrap(), findings.as_array().unwrap().clone())
}

/// The (file suffix, line) of each finding with `code`.
fn located(findings: &[Value], code: &str) -> Vec<(String, u64)> {
    findings
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| (f["file"].as_str().unwrap().to_owned(), f["line"].as_u64().unwrap()))
        .collect()
}

const SECTIONS: &str = "\n## Контекст\n\nПочему.\n\n## Решение\n\nЧто.\n";

fn adr(status_line: &str) -> String {
    format!("# Решение\n\n{status_line}\n{SECTIONS}")
}

#[test]
fn supersession_cycle_is_an_error_on_the_status_line() {
    let dir = repo(&[
        ("adr/adr-0001-a.md", &adr("**Статус:** Заменено ADR-2  \n**Заменяет:** ADR-2")),
        ("adr/adr-0002-b.md", &adr("**Статус:** Заменено ADR-1  \n**Заменяет:** ADR-1")),
    ]);
    let (code, findings) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(located(&findings, "E0304"), vec![("content/adr/adr-0001-a.md".to_owned(), 3)]);
}

#[test]
fn missing_document_file_and_anchor_are_errors_at_the_link() {
    let dir = repo(&[
        ("a.md", "# A\n\n## Раздел\n\nСм. [b](b.md), [нет](нет.md),\n![схема](img/нет.png) и [якорь](#нет-такого).\n[хорошо](#раздел)\n"),
        ("b.md", "# B\n"),
    ]);
    let (code, findings) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(located(&findings, "E0301"), vec![("content/a.md".to_owned(), 5), ("content/a.md".to_owned(), 6)]);
    assert_eq!(located(&findings, "E0305"), vec![("content/a.md".to_owned(), 6)]);
    let column = findings.iter().find(|f| f["code"] == "E0301").unwrap()["column"].as_u64().unwrap();
    assert_eq!(column, 16, "columns count characters");
}

#[test]
fn relation_target_not_found_is_an_error_on_its_line() {
    let dir = repo(&[("adr/adr-0001-a.md", &adr("**Статус:** Принято  \n**Зависит от:** ADR-42"))]);
    let (code, findings) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(located(&findings, "E0302"), vec![("content/adr/adr-0001-a.md".to_owned(), 4)]);
}

#[test]
fn duplicate_adr_numbers_are_an_error() {
    let dir =
        repo(&[("adr/adr-0003-a.md", &adr("**Статус:** Принято")), ("adr/adr-003-b.md", &adr("**Статус:** Принято"))]);
    let (code, findings) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(located(&findings, "E0303"), vec![("content/adr/adr-003-b.md".to_owned(), 1)]);
}

#[test]
fn superseded_without_successor_warns() {
    let dir = repo(&[("adr/adr-0001-a.md", &adr("**Статус:** Заменено"))]);
    let (code, findings) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "warnings alone exit 0");
    assert_eq!(located(&findings, "W0401"), vec![("content/adr/adr-0001-a.md".to_owned(), 3)]);
    let (denied, _) = check_json(dir.path(), &["--deny", "warnings"]);
    assert_eq!(denied, 1, "--deny warnings fails on warnings");
}

#[test]
fn one_sided_supersession_warns_at_the_silent_end() {
    let dir = repo(&[
        ("adr/adr-0001-a.md", &adr("**Статус:** Заменено [ADR-2](adr-0002-b.md)")),
        ("adr/adr-0002-b.md", &adr("**Статус:** Принято")),
        ("adr/adr-0003-c.md", &adr("**Статус:** Принято")),
        ("adr/adr-0004-d.md", &adr("**Статус:** Принято  \n**Заменяет:** ADR-3")),
    ]);
    let (_, findings) = check_json(dir.path(), &[]);
    let mut found = located(&findings, "W0402");
    found.sort();
    assert_eq!(found, vec![("content/adr/adr-0002-b.md".to_owned(), 3), ("content/adr/adr-0003-c.md".to_owned(), 3)]);
    let message =
        findings.iter().find(|f| f["code"] == "W0402" && f["file"].as_str().unwrap().ends_with("c.md")).unwrap()
            ["message"]
            .as_str()
            .unwrap()
            .to_owned();
    assert!(message.contains("still has status «accepted»"), "{message}");
}

#[test]
fn a_rejected_or_proposed_successor_warns() {
    let dir = repo(&[
        ("adr/adr-0001-a.md", &adr("**Статус:** Заменено ADR-2")),
        ("adr/adr-0002-b.md", &adr("**Статус:** Предложено  \n**Заменяет:** ADR-1")),
    ]);
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(located(&findings, "W0403"), vec![("content/adr/adr-0002-b.md".to_owned(), 3)]);
}

#[test]
fn depending_on_a_superseded_adr_names_the_one_in_force() {
    let dir = repo(&[
        ("adr/adr-0001-a.md", &adr("**Статус:** Заменено ADR-2")),
        ("adr/adr-0002-b.md", &adr("**Статус:** Заменено ADR-3  \n**Заменяет:** ADR-1")),
        ("adr/adr-0003-c.md", &adr("**Статус:** Принято  \n**Заменяет:** ADR-2")),
        ("specs/tech-spec-x.md", "# Спека\n\n**Владелец:** команда\n**Зависит от:** ADR-1\n"),
    ]);
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(located(&findings, "W0404"), vec![("content/specs/tech-spec-x.md".to_owned(), 4)]);
    let message = findings.iter().find(|f| f["code"] == "W0404").unwrap()["message"].as_str().unwrap().to_owned();
    assert!(message.contains("ADR-0003"), "names the decision in force: {message}");
}

#[test]
fn unknown_status_warns() {
    let dir = repo(&[("adr/adr-0001-a.md", &adr("**Статус:** Непонятно"))]);
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(located(&findings, "W0202"), vec![("content/adr/adr-0001-a.md".to_owned(), 3)]);
}

#[test]
fn adr_without_context_or_decision_warns_in_either_language() {
    let dir = repo(&[
        ("adr/adr-0001-a.md", "# A\n\n**Статус:** Принято\n\n## Контекст\n\nТекст.\n"),
        (
            "adr/adr-0002-b.md",
            "# B\n\n- Status: accepted\n\n## Context and Problem Statement\n\nx\n\n## Decision Outcome\n\ny\n",
        ),
        ("adr/adr-0003-c.md", "# C\n\n**Статус:** Принято\n\n## Предпосылки\n\nx\n\n## Предлагаемое решение\n\ny\n"),
        ("adr/adr-0004-d.md", "# D\n\n**Статус:** Предложено\n\n## Контекст\n\nПишем.\n"),
        ("adr/adr-0005-e.md", "# E\n\n- Status: draft\n"),
    ]);
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(
        located(&findings, "W0405"),
        vec![("content/adr/adr-0001-a.md".to_owned(), 1)],
        "only decided ADRs: a proposal or draft is still being written"
    );
}

#[test]
fn stale_runbooks_warn_and_the_age_is_configurable() {
    let today = common::pinned_today();
    let recent = tpmdocs::deliverable::date::Date::from_days_since_epoch(today.days_since_epoch() - 10).unwrap();
    let dir = repo(&[
        ("runbooks/runbook-old.md", "# Old\n\n**Последний пересмотр:** 01.03.2020\n"),
        ("runbooks/runbook-new.md", &format!("# New\n\n**Последний пересмотр:** {recent}\n")),
    ]);
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(located(&findings, "W0406"), vec![("content/runbooks/runbook-old.md".to_owned(), 3)]);
    std::fs::write(dir.path().join("book.toml"), "[tpmdocs]\nrunbook-max-age-days = 5\n").unwrap();
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(located(&findings, "W0406").len(), 2);
}

#[test]
fn github_format_prints_parseable_annotations() {
    let dir = repo(&[("a.md", "# A\n\n[x](нет.md)\n"), ("adr/adr-0001-a.md", &adr("**Статус:** Непонятно"))]);
    let output = common::tpmdocs_in(dir.path(), &["check", ".", "--format", "github"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let mut seen = Vec::new();
    for line in stdout.lines() {
        let (level, rest) =
            line.strip_prefix("::").and_then(|l| l.split_once(' ')).expect("::level properties::message");
        let (properties, message) = rest.split_once("::").expect("message separator");
        let get = |key: &str| properties.split(',').find_map(|p| p.strip_prefix(&format!("{key}="))).map(str::to_owned);
        assert!(!message.is_empty());
        seen.push((level.to_owned(), get("file").unwrap(), get("line").unwrap(), get("title").unwrap()));
    }
    assert!(seen.contains(&("error".into(), "content/a.md".into(), "3".into(), "E0301".into())), "{seen:?}");
    assert!(
        seen.contains(&("warning".into(), "content/adr/adr-0001-a.md".into(), "3".into(), "W0202".into())),
        "{seen:?}"
    );
}

#[test]
fn human_format_quotes_the_source_line_and_build_shows_the_same() {
    let dir = repo(&[("adr/adr-0001-a.md", &adr("**Статус:** Заменено"))]);
    let check = common::tpmdocs_in(dir.path(), &["check", "."]);
    let stderr = common::stderr(&check);
    assert!(stderr.contains("warning[W0401]"), "{stderr}");
    assert!(stderr.contains("--> content/adr/adr-0001-a.md:3:1"), "{stderr}");
    assert!(stderr.contains("3 | **Статус:** Заменено"), "{stderr}");
    let build = common::tpmdocs_in(dir.path(), &["build", "."]);
    assert!(common::stderr(&build).contains("warning[W0401]"));
}

#[test]
fn the_demo_checks_clean_but_for_its_deliberately_stale_runbook() {
    let output = common::tpmdocs(&["check", common::repo_root().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    common::assert_only_the_intended_demo_warning(&common::stderr(&output));
}

#[test]
fn the_demo_reads_the_same_on_any_day() {
    for epoch in ["0", "1796126400", "1924992000", "253402214400"] {
        let output = common::command()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["check", common::repo_root().to_str().unwrap(), "--format", "json"])
            .output()
            .unwrap();
        let stderr = common::stderr(&output);
        assert_eq!(output.status.code(), Some(0), "{epoch}: {stderr}");
        let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let codes: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["W0406"], "as of 2026-08-03 whatever the clock says ({epoch})");
    }
}

#[test]
fn today_comes_from_source_date_epoch() {
    let dir = repo(&[("runbooks/runbook-a.md", "# A\n\n**Последний пересмотр:** 05.06.2026\n")]);
    let stale_on = |epoch: &str| {
        let output =
            common::command().env("SOURCE_DATE_EPOCH", epoch).args(["check", "."]).current_dir(dir.path()).output();
        common::stderr(&output.unwrap()).contains("W0406")
    };
    assert!(!stale_on("1796126400"), "2026-12-01 is 179 days after 2026-06-05");
    assert!(stale_on("1796400000"), "2026-12-04 is 182 days after");
    let output = common::command()
        .env("SOURCE_DATE_EPOCH", "next week")
        .args(["check", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(common::stderr(&output).contains("SOURCE_DATE_EPOCH must be whole seconds"), "{}", common::stderr(&output));
}

#[test]
fn open_actions_without_owner_or_due_date_and_unknown_roadmap_statuses_warn() {
    let dir = repo(&[
        (
            "postmortems/postmortem-a.md",
            "# PM\n\n## Задачи\n\n- [ ] Без владельца\n- [ ] С владельцем без срока (Мария Орлова)\n- [ ] Со сроком словами (Мария Орлова, перед распродажей)\n- [x] Сделано без всего\n- [ ] Всё есть (Мария Орлова, 01.08.2026)\n",
        ),
        ("roadmaps/tech-roadmap-2026-q3.md", "# R\n\n| Инициатива | Статус |\n|---|---|\n| A | Пилот |\n| B | В работе |\n"),
    ]);
    let (_, findings) = check_json(dir.path(), &[]);
    assert_eq!(located(&findings, "W0701"), vec![("content/postmortems/postmortem-a.md".to_owned(), 5)]);
    assert_eq!(located(&findings, "W0702"), vec![("content/postmortems/postmortem-a.md".to_owned(), 6)]);
    assert_eq!(located(&findings, "W0703"), vec![("content/roadmaps/tech-roadmap-2026-q3.md".to_owned(), 5)]);
}

/// This repository's own decision records (`docs/adr/`) are read by the tool they decide
/// about: they must check clean.
#[test]
fn the_projects_own_adrs_check_clean() {
    let docs = common::repo_root().join("docs/adr");
    let output = common::tpmdocs(&["check", docs.to_str().unwrap(), "--deny", "warnings"]);
    assert!(output.status.success(), "{}", common::stderr(&output));
}

/// The two crashes reported in the issue, as the release binary met them.
#[test]
fn the_reported_crashes_are_diagnostics() {
    let dir = common::repo(&[
        ("poc/poc-кафка-тест.md", "# PoC Кафка\n\n[x](%aд.md)\n"),
        ("poc/poc-кафка-2026-04-20.md", "# PoC\n"),
    ]);
    for command in ["check", "build"] {
        let output = common::tpmdocs_in(dir.path(), &[command, "."]);
        let stderr = common::stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{command}: a missing link is an error, not a crash: {stderr}");
        assert!(stderr.contains("error[E0301]") && stderr.contains("poc-кафка-тест.md:3:1"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
