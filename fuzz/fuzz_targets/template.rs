#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = rcs_kit_fuzz::decode::check_template(data);
});
