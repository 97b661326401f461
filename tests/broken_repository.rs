//! A repository full of mistakes: every problem is a diagnostic with file and line, the
//! rest of the site still builds, and the exit code says it failed.

mod common;

use common::{build, fixture, page};

#[test]
fn build_reports_each_problem_and_still_writes_the_rest() {
    let (out, output) = build(&fixture("broken"));
    let stderr = common::stderr(&output);
    assert_eq!(output.status.code(), Some(1), "errors give exit code 1: {stderr}");
    let expectations = [
        ("error[E0201]", "adr/adr-0002-bad-yaml.md:"),
        ("warning[W0202]", "adr/adr-0003-unknown.md:3:"),
        ("error[E0103]", "adr/adr-0004-latin1.md:1:13"),
        ("error[E0301]", "notes/links.md:5:15"),
        ("error[E0304]", "adr/adr-0005-cycle-a.md:"),
    ];
    for (code, location) in expectations {
        let at = stderr.find(code).unwrap_or_else(|| panic!("{code} missing in:\n{stderr}"));
        let block = &stderr[at..];
        let block = &block
            [..block[1..].find("\nerror[").or_else(|| block[1..].find("\nwarning[")).unwrap_or(block.len() - 1) + 1];
        assert!(block.contains(location), "{code} should point at {location}:\n{block}");
    }
    assert!(stderr.contains("Непонятно"), "the unknown status is quoted as written");
    assert!(stderr.contains("5 | "), "the offending source line is quoted");
    for written in
        ["adr/adr-0001-ok.html", "notes/links.html", "adr/adr-0003-unknown.html", "adr/adr-0002-bad-yaml.html"]
    {
        assert!(out.path().join("site").join(written).is_file(), "{written} still built");
    }
    assert!(!out.path().join("site/adr/adr-0004-latin1.html").exists());
    assert!(page(&out, "adr/adr-0003-unknown.html").contains("Непонятно"), "unknown status shown as written");
}

#[test]
fn check_exits_non_zero_and_clean_repositories_exit_zero() {
    let broken = common::tpmdocs(&["check", fixture("broken").to_str().unwrap()]);
    assert_eq!(broken.status.code(), Some(1));
    let clean = common::tpmdocs(&["check", fixture("russian").to_str().unwrap()]);
    assert_eq!(clean.status.code(), Some(0), "{}", common::stderr(&clean));
}

#[test]
fn invalid_book_toml_is_a_located_error() {
    let project = tempfile::tempdir().unwrap();
    std::fs::write(project.path().join("book.toml"), "[book]\ntitle = \"x\"\nlanguage = 5\n").unwrap();
    let output = common::tpmdocs(&["build", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = common::stderr(&output);
    assert!(stderr.contains("book.toml:3:"), "{stderr}");
}

#[test]
fn unknown_book_toml_keys_warn_but_build() {
    let project = tempfile::tempdir().unwrap();
    std::fs::write(project.path().join("book.toml"), "[book]\ntitle = \"x\"\nmultilingual = false\n").unwrap();
    std::fs::write(project.path().join("a.md"), "# A\n").unwrap();
    let output = common::tpmdocs(&["build", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(common::stderr(&output).contains("warning[W0003]: unknown key `book.multilingual`"));
}

#[test]
fn bad_usage_exits_two() {
    let output = common::tpmdocs(&["build", "--no-such-flag"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn huge_and_odd_inputs_do_not_panic() {
    let project = tempfile::tempdir().unwrap();
    let root = project.path();
    let big_table = "| a | b |\n|---|---|\n".to_owned() + &"| ячейка | значение |\n".repeat(50_000);
    std::fs::write(root.join("adr-0001-big.md"), format!("# Big\n\n**Статус:** Принято\n\n{big_table}")).unwrap();
    std::fs::write(root.join("adr-0002-nested.md"), format!("# Nested\n\n{}x\n", "> ".repeat(500))).unwrap();
    std::fs::write(root.join("adr-0003-empty.md"), "").unwrap();
    std::fs::write(root.join("adr-0004-self.md"), "# Self\n\n**Заменяет:** ADR-4\n").unwrap();
    std::fs::write(root.join("adr-0005-fm-only.md"), "---\n---\n").unwrap();
    std::fs::write(root.join("adr-0006-list.md"), "---\n- a\n- b\n---\n# List front matter\n").unwrap();
    let output = common::tpmdocs(&["build", root.to_str().unwrap()]);
    let stderr = common::stderr(&output);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(root.join("book/adr-0001-big.html").is_file(), "{stderr}");
    assert!(stderr.contains("E0304"), "an ADR superseding itself is a cycle: {stderr}");
    assert!(stderr.contains("E0201"), "a list is not a front matter mapping: {stderr}");
}

#[test]
fn documents_that_would_overwrite_other_pages_are_errors_not_silent_losses() {
    let project = tempfile::tempdir().unwrap();
    let content = project.path().join("content");
    for (path, text) in [
        ("index.md", "# Главная\n\nТекст index.\n"),
        ("README.md", "# Вторая главная\n\nТекст README.\n"),
        ("search.md", "# Про поиск\n"),
        ("kind/adr.md", "# Не журнал\n"),
        ("notes/a.md", "# A из md\n"),
        ("notes/a.markdown", "# A из markdown\n"),
        ("notes/b.md", "# B\n"),
    ] {
        let path = content.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::write(content.join("notes/b.html"), "<p>своя страница</p>").unwrap();
    let (out, output) = build(project.path());
    let stderr = common::stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("error[E0106]").count(), 4, "{stderr}");
    for file in ["content/search.md", "content/kind/adr.md", "content/notes/a.md", "content/notes/b.md"] {
        assert!(stderr.contains(file), "{file} reported: {stderr}");
    }
    assert!(page(&out, "index.html").contains("Текст index."), "index.md beside README.md is the home page's text");
    assert!(page(&out, "readme.html").contains("Текст README."), "and the README keeps a page of its own");
    assert!(page(&out, "search.html").contains("pagefind"), "the search page is not replaced");
    assert!(!out.path().join("site/kind/adr.html").exists(), "no ADRs here, and the colliding document is not written");
    assert!(page(&out, "notes/a.html").contains("A из markdown"), "the first by path keeps it");
    assert_eq!(page(&out, "notes/b.html"), "<p>своя страница</p>", "the asset is not overwritten");
}

#[test]
fn links_to_assets_resolve_whatever_the_folder_names_sort_like() {
    // Walk order ("a" before "a-b") differs from path order ("a-b/…" < "a/…").
    let project = tempfile::tempdir().unwrap();
    let content = project.path().join("content");
    for asset in ["a/1.png", "a/2.png", "a/3.png", "a-b/4.png", "a-b/5.png"] {
        let path = content.join(asset);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, b"png").unwrap();
    }
    std::fs::write(content.join("doc.md"), "# Doc\n\n![](a-b/4.png) ![](a-b/5.png) ![](a/1.png) ![](a/3.png)\n")
        .unwrap();
    let output = common::tpmdocs(&["check", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_source_tree_is_not_published() {
    use std::os::unix::fs::symlink;
    let project = common::repo(&[("index.md", "# Портал\n"), ("shared/note.md", "# Заметка\n")]);
    let secret = tempfile::tempdir().unwrap();
    std::fs::write(secret.path().join("passwd"), "root:x:0:0:SECRET-MARKER\n").unwrap();
    std::fs::create_dir(secret.path().join("keys")).unwrap();
    std::fs::write(secret.path().join("keys/id.pem"), "SECRET-MARKER").unwrap();
    let content = project.path().join("content");
    symlink(secret.path().join("passwd"), content.join("passwd.md")).unwrap();
    symlink(secret.path().join("keys"), content.join("keys")).unwrap();
    symlink(content.join("shared/note.md"), content.join("alias.md")).unwrap();

    let (out, output) = build(project.path());
    let stderr = common::stderr(&output);
    assert!(output.status.success(), "a warning, not an error: {stderr}");
    assert_eq!(stderr.matches("warning[W0103]").count(), 2, "{stderr}");
    assert!(stderr.contains("follow-external-symlinks"), "says how to allow it: {stderr}");
    for entry in walkdir::WalkDir::new(out.path()).into_iter().map(Result::unwrap) {
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            assert!(!String::from_utf8_lossy(&bytes).contains("SECRET-MARKER"), "{} leaks", entry.path().display());
        }
    }
    assert!(out.path().join("site/alias.html").is_file(), "a link inside the tree still works");

    std::fs::write(project.path().join("book.toml"), "[tpmdocs]\nfollow-external-symlinks = true\n").unwrap();
    let (out, output) = build(project.path());
    assert!(!common::stderr(&output).contains("W0103"));
    assert!(common::page(&out, "passwd.html").contains("SECRET-MARKER"), "followed when the project allows it");
}
