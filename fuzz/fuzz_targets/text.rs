//! The plain-text front end: lines → blocks, then the whole text extraction.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    std::hint::black_box(newsclip::text::blocks(&text));
    let article = newsclip::extract_text("fuzz", &text, &newsclip::Options::default());
    assert_eq!(article.word_count, article.body.split_whitespace().count());
});
