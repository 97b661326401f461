//! Fuzz target: see `tpmdocs::fuzz_checks::document`.
#![no_main]

libfuzzer_sys::fuzz_target!(|input: &str| tpmdocs::fuzz_checks::document(input));
