//! Fuzz target: see `tpmdocs::fuzz_checks::classify`.
#![no_main]

libfuzzer_sys::fuzz_target!(|input: &str| tpmdocs::fuzz_checks::classify(input));
