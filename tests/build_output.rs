//! What `build` prints while it works: the first few findings of each code and a count of
//! the rest (pointing to `check`, which prints them all), errors only with `--quiet`, no
//! progress line when stderr is not a terminal, and a closing line with pages and time.

mod common;

/// A project with `adrs` ADRs that each lack a decision section (one W0405 each) and one
/// broken relation (an error).
fn noisy_project(adrs: usize) -> tempfile::TempDir {
    let mut files: Vec<(String, String)> = (1..=adrs)
        .map(|n| {
            (
                format!("adr/adr-{n:04}-x{n}.md"),
                format!("# ADR-{n:04}: Решение {n}\n\n**Статус:** Принято\n\n## Контекст\n\nТекст.\n"),
            )
        })
        .collect();
    files.push((
        "adr/adr-0999-broken.md".into(),
        "# ADR-0999: Сломанное\n\n**Статус:** Принято\n\n**Заменяет:** ADR-5000\n\n## Решение\n\nДа.\n".into(),
    ));
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(path, text)| (path.as_str(), text.as_str())).collect();
    common::repo(&borrowed)
}

fn build(project: &tempfile::TempDir, extra: &[&str]) -> (String, std::process::Output) {
    let out = project.path().join("out");
    let mut args = vec!["build", ".", "-d", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = common::tpmdocs_in(project.path(), &args);
    (common::stderr(&output), output)
}

#[test]
fn build_prints_the_first_findings_of_each_code_and_counts_the_rest() {
    let project = noisy_project(12);
    let check = common::tpmdocs_in(project.path(), &["check", "."]);
    let all = common::stderr(&check).matches("warning[W0405]").count();
    assert!(all >= 12, "check prints every finding: {all}");
    let (stderr, output) = build(&project, &[]);
    assert_eq!(output.status.code(), Some(1), "an error-level finding fails the build: {stderr}");
    assert_eq!(stderr.matches("warning[W0405]").count(), 5, "{stderr}");
    let note = format!("note: {} more W0405 warnings not shown; `tpmdocs check` prints them all", all - 5);
    assert!(stderr.contains(&note), "{note} in {stderr}");
    assert!(stderr.contains("error[E0"), "errors are shown: {stderr}");
    let closing = stderr.lines().last().unwrap();
    assert!(closing.starts_with("tpmdocs: wrote ") && closing.contains(" pages to out in "), "{closing}");
    assert!(closing.ends_with(&format!(" s (1 error, {all} warnings)")), "{closing}");
    assert!(!stderr.contains('\x1b'), "no progress line or colour when stderr is not a terminal");
}

#[test]
fn quiet_keeps_errors_and_timings_name_the_stages() {
    let project = noisy_project(3);
    let (stderr, output) = build(&project, &["--quiet", "--timings"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr.contains("warning["), "no warnings with --quiet: {stderr}");
    assert!(stderr.contains("error[E0"), "{stderr}");
    let timings = stderr.lines().last().unwrap();
    for stage in ["parse ", "link ", "render ", "index ", "write "] {
        assert!(timings.contains(stage), "{stage} in {timings}");
    }
    let (stderr, _) = build(&project, &["--quiet"]);
    assert!(!stderr.contains("wrote "), "no closing line with --quiet alone: {stderr}");
    assert!(stderr.contains("error[E0"), "{stderr}");
}

#[test]
fn report_and_graph_keep_stdout_for_their_output_and_count_repeated_findings() {
    let project = noisy_project(8);
    for args in [["report", ".", "--format", "json"], ["graph", ".", "--format", "json"]] {
        let output = common::tpmdocs_in(project.path(), &args);
        let stderr = common::stderr(&output);
        assert_eq!(stderr.matches("warning[W0405]").count(), 5, "{args:?}: {stderr}");
        assert!(stderr.contains("more W0405 warnings not shown; `tpmdocs check` prints them all"), "{stderr}");
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is only the JSON");
        assert!(json.is_object(), "{args:?}");
    }
}
