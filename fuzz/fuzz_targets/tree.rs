//! newsclip's tokenizer against html5ever's: both feed html5ever's tree
//! builder, and the trees must be the same. Inputs holding a byte order mark
//! after the start, or a <pre>, <listing> or <textarea>, are only parsed, not
//! compared: html5ever drops a BOM whenever it resumes after a </script>, and
//! lets a parse error use up the line feed those elements ignore; newsclip
//! follows the spec in both.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::html::dom::Dom;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ours = Dom::parse(&text);
    let lower = text.to_ascii_lowercase();
    let known = text.get(1..).is_some_and(|rest| rest.contains('\u{feff}'))
        || ["<pre", "<listing", "<textarea"].iter().any(|t| lower.contains(t));
    if !known {
        let theirs = Dom::parse_html5ever(&text);
        assert_eq!(ours.outline(), theirs.outline(), "trees differ");
    }
});
