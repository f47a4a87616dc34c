#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| rcs_kit_fuzz::decode::check_bytes(data));
