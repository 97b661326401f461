//! Fuzz target: see `checks::urls`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|input: &str| checks::urls(input));
