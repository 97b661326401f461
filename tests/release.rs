//! What a release ships beyond the binary: shell completions and manual pages for every
//! command, the version and repository from `Cargo.toml` wherever tpmdocs writes them, and
//! the install script behind the Action (`action.yml`) run against a local "release".

mod common;

use std::path::Path;

/// The subcommands, as `tpmdocs --help` lists them (so a new one is covered without edits).
fn subcommands() -> Vec<String> {
    let output = common::tpmdocs(&["--help"]);
    let help = String::from_utf8(output.stdout).unwrap();
    let commands: Vec<String> = help
        .lines()
        .skip_while(|line| !line.starts_with("Commands:"))
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect();
    assert!(commands.len() >= 9, "{help}");
    commands
}

#[test]
fn completions_cover_every_command_in_every_shell() {
    let commands = subcommands();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = common::tpmdocs(&["completions", shell]);
        assert!(output.status.success(), "{shell}: {}", common::stderr(&output));
        let script = String::from_utf8(output.stdout).unwrap();
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in &commands {
            // How each shell names a subcommand it completes (a bare substring such as
            // `new` or `man` would be found in any script).
            let offered = match shell {
                "bash" => format!("tpmdocs,{command})"),
                "zsh" => format!("({command})"),
                "fish" => format!("-f -a \"{command}\""),
                "powershell" => format!("[CompletionResult]::new('{command}', '{command}'"),
                _ => format!("cand {command} '"),
            };
            assert!(script.contains(&offered), "{shell} completes `{command}` ({offered})");
        }
        assert!(script.contains("dest-dir"), "{shell} completes options too");
    }
    let unknown = common::tpmdocs(&["completions", "cmd.exe"]);
    assert_eq!(unknown.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
fn a_manual_page_is_written_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::tpmdocs(&["man", "--out-dir", dir.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let main = std::fs::read_to_string(dir.path().join("tpmdocs.1")).unwrap();
    assert!(main.contains(".TH tpmdocs 1"), "{main}");
    assert!(main.contains(&format!("tpmdocs {}", env!("CARGO_PKG_VERSION"))), "the page carries the version");
    for command in subcommands() {
        let page = std::fs::read_to_string(dir.path().join(format!("tpmdocs-{command}.1")))
            .unwrap_or_else(|err| panic!("tpmdocs-{command}.1: {err}"));
        assert!(page.contains(".SH SYNOPSIS") && page.len() > 200, "tpmdocs-{command}.1: {page}");
        assert!(main.contains(&format!("tpmdocs\\-{command}(1)")), "tpmdocs.1 refers to tpmdocs-{command}(1)");
    }
    let printed = common::tpmdocs(&["man"]);
    assert!(printed.status.success());
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), main, "`tpmdocs man` prints tpmdocs.1");
}

#[test]
fn the_version_and_repository_come_from_cargo_toml() {
    let manifest = std::fs::read_to_string(common::repo_root().join("Cargo.toml")).unwrap();
    let repository = manifest
        .lines()
        .find_map(|line| line.strip_prefix("repository = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.toml names the repository");
    let version = env!("CARGO_PKG_VERSION");

    let output = common::tpmdocs(&["--version"]);
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), format!("tpmdocs {version}"));

    let (out, output) = common::build(&common::fixture("russian"));
    assert!(output.status.success(), "{}", common::stderr(&output));
    let home = common::page(&out, "index.html");
    assert!(home.contains(&format!("<meta name=\"generator\" content=\"tpmdocs {version}\">")), "generator meta");
    assert!(home.contains(&format!("<a href=\"{repository}\">tpmdocs {version}</a>")), "footer links the repository");
    let feed = common::page(&out, "feed.xml");
    assert!(feed.contains(&format!("<generator uri=\"{repository}\" version=\"{version}\">")), "{feed}");

    // No other copy of where tpmdocs lives: not in the code, the theme or the templates.
    for dir in ["src", "themes", "templates"] {
        for entry in walkdir::WalkDir::new(common::repo_root().join(dir)).into_iter().flatten() {
            if entry.file_type().is_file() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                assert!(!text.contains(repository), "{} repeats the repository URL", entry.path().display());
                assert!(!text.contains("tpmdocs/tpmdocs"), "{} repeats the repository", entry.path().display());
            }
        }
    }
}

/// Lays out a fake GitHub release of the tpmdocs under test for `target`, as the release
/// workflow names it, and returns the base URL the install script downloads from.
fn fake_release(root: &Path, version: &str, target: &str, corrupt: bool) -> String {
    let base = root.join("releases/download").join(format!("v{version}"));
    let name = format!("tpmdocs-{target}-v{version}");
    let staging = root.join("staging").join(&name);
    std::fs::create_dir_all(&staging).unwrap();
    std::fs::create_dir_all(&base).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_tpmdocs"), staging.join("tpmdocs")).unwrap();
    let archive = base.join(format!("{name}.tar.gz"));
    let tar = std::process::Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(root.join("staging"))
        .arg(&name)
        .status()
        .unwrap();
    assert!(tar.success());
    let sum = std::process::Command::new("sha256sum").arg(&archive).output().unwrap();
    let mut line = String::from_utf8(sum.stdout).unwrap();
    if corrupt {
        line.replace_range(0..1, if line.starts_with('0') { "1" } else { "0" });
    }
    let line = line.replace(&archive.display().to_string(), &format!("{name}.tar.gz"));
    std::fs::write(base.join(format!("{name}.tar.gz.sha256")), line).unwrap();
    format!("file://{}/releases/download", root.display())
}

/// Runs the Action's install script as the Action does, on this Linux x86_64 machine.
fn install(download_base: &str, version: &str, dest: &Path) -> std::process::Output {
    std::process::Command::new("bash")
        .arg(common::repo_root().join(".github/actions/install-tpmdocs.sh"))
        .env("TPMDOCS_VERSION", version)
        .env("TPMDOCS_DOWNLOAD_BASE", download_base)
        .env("TPMDOCS_INSTALL_DIR", dest)
        .env("TPMDOCS_NO_CARGO_FALLBACK", "1")
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .env_remove("GITHUB_PATH")
        .env_remove("GITHUB_OUTPUT")
        .output()
        .unwrap()
}

#[test]
#[cfg_attr(not(all(target_os = "linux", target_arch = "x86_64")), ignore = "the script is exercised on Linux x86_64")]
fn the_action_installs_the_release_binary_and_checks_its_checksum() {
    let version = env!("CARGO_PKG_VERSION");
    let target = "x86_64-unknown-linux-musl";

    let good = tempfile::tempdir().unwrap();
    let base = fake_release(good.path(), version, target, false);
    let dest = good.path().join("bin");
    let output = install(&base, version, &dest);
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), common::stderr(&output));
    assert!(output.status.success(), "{log}");
    let installed = std::process::Command::new(dest.join("tpmdocs")).arg("--version").output().unwrap();
    assert_eq!(String::from_utf8(installed.stdout).unwrap().trim(), format!("tpmdocs {version}"));
    assert!(log.contains(target), "says which archive it took: {log}");

    let bad = tempfile::tempdir().unwrap();
    let base = fake_release(bad.path(), version, target, true);
    let dest = bad.path().join("bin");
    let output = install(&base, version, &dest);
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), common::stderr(&output));
    assert!(!output.status.success(), "a corrupt archive must not install: {log}");
    assert!(log.contains("checksum"), "{log}");
    assert!(!dest.join("tpmdocs").exists(), "nothing installed from a corrupt archive");

    let missing = tempfile::tempdir().unwrap();
    let dest = missing.path().join("bin");
    let output = install(&format!("file://{}/nowhere", missing.path().display()), version, &dest);
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), common::stderr(&output));
    assert!(!output.status.success(), "no release and no cargo fallback: {log}");
    assert!(log.contains("no release binary"), "{log}");
}

#[test]
fn the_action_the_release_workflow_and_binstall_agree_on_archive_names() {
    let root = common::repo_root();
    let action: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(root.join("action.yml")).unwrap()).unwrap();
    assert_eq!(action["runs"]["using"], "composite");
    assert!(action["inputs"]["version"].is_mapping(), "an optional version input");
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    let scripts: Vec<&str> = steps.iter().filter_map(|step| step["run"].as_str()).collect();
    assert!(scripts.iter().any(|run| run.contains("install-tpmdocs.sh\" install")), "{scripts:?}");
    assert!(steps.iter().any(|step| step["uses"].as_str().is_some_and(|uses| uses.starts_with("actions/cache@"))));
    assert!(root.join(".github/actions/install-tpmdocs.sh").is_file());

    // One naming scheme: tpmdocs-<target>-v<version>.tar.gz holding tpmdocs-<target>-v<version>/tpmdocs.
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(manifest.contains(
        "pkg-url = \"{ repo }/releases/download/v{ version }/{ name }-{ target }-v{ version }{ archive-suffix }\""
    ));
    assert!(manifest.contains("bin-dir = \"{ name }-{ target }-v{ version }/{ bin }{ binary-ext }\""));
    let release = std::fs::read_to_string(root.join(".github/workflows/release.yml")).unwrap();
    assert!(release.contains("name=\"tpmdocs-$TARGET-v$VERSION\""), "the workflow's archive name");
    let script = std::fs::read_to_string(root.join(".github/actions/install-tpmdocs.sh")).unwrap();
    assert!(script.contains("echo \"tpmdocs-$target-v$version\""), "the Action's archive name");
    for target in [
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(release.contains(&format!("target: {target}")), "release builds {target}");
        assert!(script.contains(&format!("echo {target}")), "the Action maps a runner to {target}");
    }
}
