#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = rcs_kit_fuzz::convert::check_convert(data);
});
