//! The HTML front end: parse, prune, metadata, blocks, extraction.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let article = newsclip::extract_html("fuzz", &text, &newsclip::Options::default());
    std::hint::black_box(article);
});
