//! Every input the fuzzers (`fuzz/`) or a test found a crash with, replayed through the same
//! checks: `tests/regressions/<target>-<what>` holds the input as found. Each target has at
//! least one, so a test here cannot pass by replaying nothing.

use super as checks;

fn replay(target: &str, check: fn(&str)) -> usize {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut replayed = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(&format!("{target}-")) {
            let bytes = std::fs::read(&path).unwrap();
            // libFuzzer hands `&str` targets only valid UTF-8.
            if let Ok(input) = std::str::from_utf8(&bytes) {
                check(input);
                replayed += 1;
            }
        }
    }
    replayed
}

#[test]
fn classify_crashes_stay_fixed() {
    // `0002-два слова`: reading a date from a name's first eight bytes split a Cyrillic letter.
    assert!(replay("classify", checks::classify) >= 1);
}

#[test]
fn url_crashes_stay_fixed() {
    assert!(replay("urls", checks::urls) >= 1);
}

#[test]
fn document_crashes_stay_fixed() {
    assert!(replay("document", checks::document) >= 1);
}
