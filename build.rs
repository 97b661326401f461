//! Build script: `TPMDOCS_BROWSER_TESTS=1` turns on `cfg(tpmdocs_browser_tests)`. Tests that
//! need Chromium, node or npm packages are `#[ignore]`d without it, so `cargo test` on a bare
//! machine shows them as ignored instead of passing without checking anything; with it
//! (`.ci/run` sets it) they run and fail if their tools are missing.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(tpmdocs_browser_tests)");
    // cargo-fuzz builds with `--cfg fuzzing`: the fuzz checks are public then.
    println!("cargo::rustc-check-cfg=cfg(fuzzing)");
    println!("cargo::rerun-if-env-changed=TPMDOCS_BROWSER_TESTS");
    let wanted = std::env::var("TPMDOCS_BROWSER_TESTS").is_ok_and(|value| !value.is_empty() && value != "0");
    if wanted {
        println!("cargo::rustc-cfg=tpmdocs_browser_tests");
    }
}
