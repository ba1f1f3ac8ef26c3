//! The whole bytes → record path: gzip, binary sniffing, charset declaration and
//! detection, kind sniffing, either front end. The input's length picks a charset
//! "declared by the transport" (none for most), so declared and undeclared decoding
//! are both exercised without spending input bytes on it.
#![no_main]

use encoding_rs::Encoding;
use libfuzzer_sys::fuzz_target;

const DECLARED: &[Option<&Encoding>] = &[
    None,
    None,
    None,
    None,
    Some(encoding_rs::UTF_8),
    Some(encoding_rs::WINDOWS_1252),
    Some(encoding_rs::WINDOWS_1251),
    Some(encoding_rs::SHIFT_JIS),
    Some(encoding_rs::EUC_KR),
    Some(encoding_rs::GB18030),
    Some(encoding_rs::ISO_8859_2),
    Some(encoding_rs::UTF_16LE),
    Some(encoding_rs::UTF_16BE),
];

fuzz_target!(|data: &[u8]| {
    let opts = newsclip::Options {
        // small enough that the fuzzer reaches the limit with gzip
        max_bytes: 1 << 20,
        ..newsclip::Options::default()
    };
    let declared = DECLARED[data.len() % DECLARED.len()];
    match newsclip::extract_bytes_with_charset("fuzz", data, declared, &opts) {
        Ok(article) => {
            std::hint::black_box(article);
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(!msg.is_empty() && !msg.contains('\n'), "{msg:?}");
        }
    }
});
