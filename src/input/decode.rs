//! Bytes → text. In order: a transport's UTF-16 declaration, a BOM, binary sniffing
//! (magic numbers, NUL bytes; UTF-16 without a BOM is recognised first), UTF-8 (also
//! when only a few sequences are broken, e.g. a download cut inside a character),
//! then a declared charset (the transport's, else `<meta charset>` or the XML
//! declaration) checked against detection. Invalid bytes become U+FFFD; decoding
//! only fails for binary content.
//!
//! Declarations are often wrong. When the declared charset and the detected one
//! differ, both decodings of a sample are scored for signs of mojibake (U+FFFD,
//! control characters, scripts or letter case switching inside a word, symbols
//! inside words) and the declared one is kept unless it is clearly worse. A
//! declaration of windows-1252 (`iso-8859-1`, `us-ascii`, the web's default) is
//! weaker evidence: there detection wins unless it is worse. Wrong declarations
//! between two plausible decodings (e.g. French windows-1252 declared as
//! ISO-8859-2) cannot be told apart this way and keep the declared charset.

use std::borrow::Cow;

use encoding_rs::{Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};

/// Why an input cannot be read as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Binary(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Binary(what) => write!(f, "not a text or HTML document ({what})"),
        }
    }
}

/// Magic numbers of common binary formats. Prefixes a text could start with
/// ("MZ", "ID3", "RIFF", ...) are checked further in `sniff_binary`.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF executable"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"OggS\x00", "Ogg media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"\x1a\x45\xdf\xa3", "Matroska media"),
    (b"\xca\xfe\xba\xbe", "Mach-O or Java class file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
];

/// How many bytes at the start are sniffed for binary content.
const SNIFF_BYTES: usize = 4096;

/// Sniff binary content: known magic numbers, or NUL and control bytes in a text
/// that is neither UTF-16 with a BOM nor recognisably UTF-16 without one.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return None;
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    for (magic, what) in MAGIC {
        // "BM" is also how a text may start: only with a binary header after it
        if head.starts_with(magic) && (*magic != b"BM" || head.len() >= 14 && head[6..10] == [0; 4])
        {
            return Some(what);
        }
    }
    let at = |i: usize, s: &[u8]| head.get(i..i + s.len()) == Some(s);
    // signatures that are also the first letters of words: check the bytes after them
    if at(0, b"MZ") && head.len() >= 64 && head[..64].contains(&0) {
        return Some("Windows executable");
    }
    if at(0, b"ID3") && head.len() >= 10 && (2..=4).contains(&head[3]) {
        return Some("MP3 audio");
    }
    if at(0, b"RIFF") && (at(8, b"WAVE") || at(8, b"AVI ") || at(8, b"WEBP")) {
        return Some("RIFF media");
    }
    if at(0, b"BZh") && at(4, b"1AY&SY") {
        return Some("bzip2 data");
    }
    if (at(0, b"wOFF") || at(0, b"wOF2"))
        && (at(4, b"\x00\x01\x00\x00") || at(4, b"OTTO") || at(4, b"true"))
    {
        return Some("web font");
    }
    if head.len() >= 12 && at(4, b"ftyp") {
        return Some("MP4 media");
    }
    if utf16_without_bom(head).is_some() {
        return None;
    }
    let nuls = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    // a stray NUL in a page is not enough; binary formats are full of them
    if nuls * 100 > head.len() || controls * 20 > head.len() {
        return Some("binary data");
    }
    None
}

/// UTF-16 without a BOM, recognised by its zero high bytes: the ASCII of HTML markup
/// and of many texts is every other byte, with a NUL beside it.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let units = head.len() / 2;
    if units < 8 {
        return None;
    }
    let zero_at = |parity: usize| {
        head.chunks_exact(2)
            .filter(|unit| unit[parity] == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    // markup, spaces and digits give zero high bytes even in a non-Latin text
    let encoding = if odd * 5 >= units && even == 0 {
        UTF_16LE
    } else if even * 5 >= units && odd == 0 {
        UTF_16BE
    } else {
        return None;
    };
    let text = decode_sample(encoding, &head[..units * 2]);
    (looks_like_text(&text) && !text.contains('\u{fffd}')).then_some(encoding)
}

/// Decoded text without NULs and with few control characters.
fn looks_like_text(text: &str) -> bool {
    let mut chars = 0usize;
    let mut controls = 0usize;
    for c in text.chars().take(SNIFF_BYTES) {
        chars += 1;
        if c == '\0' {
            return false;
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c' | '\x1b') {
            controls += 1;
        }
    }
    controls * 20 <= chars
}

/// The charset an HTML page or XML document declares in its first bytes:
/// `<meta charset=...>`, `<meta http-equiv=Content-Type content="...; charset=...">`,
/// or `<?xml ... encoding="...">`.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    if lower.starts_with(b"<?xml") {
        let end = find(&lower, b"?>").unwrap_or(lower.len());
        if let Some(enc) =
            find(&lower[..end], b"encoding").and_then(|at| label_at(&lower, at + b"encoding".len()))
        {
            return Some(enc);
        }
    }
    let mut pos = 0;
    while let Some(off) = find(&lower[pos..], b"charset") {
        let after = pos + off + b"charset".len();
        if let Some(enc) = label_at(&lower, after) {
            return Some(enc);
        }
        pos = after;
    }
    None
}

/// A charset label after `charset` / `encoding`: `="utf-8"`, `=utf-8`, `= 'utf-8'`.
fn label_at(lower: &[u8], mut i: usize) -> Option<&'static Encoding> {
    while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
        i += 1;
    }
    let start = i;
    while i < lower.len()
        && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
    {
        i += 1;
    }
    (i > start)
        .then(|| Encoding::for_label(&lower[start..i]))
        .flatten()
}

/// The charset of an HTTP `Content-Type` value (`text/html; charset=ISO-8859-1`),
/// e.g. from a WARC response record, for [`decode`]'s `declared`.
pub fn charset_from_content_type(value: &str) -> Option<&'static Encoding> {
    value.split(';').skip(1).find_map(|param| {
        let (name, label) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let label = label.trim().trim_matches(|c| c == '"' || c == '\'');
        Encoding::for_label(label.as_bytes())
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decode bytes to text. `declared` is a charset the transport named (an HTTP or
/// WARC `Content-Type` header); it outranks the page's own declaration, and UTF-16
/// from the transport is trusted without a BOM.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<String, DecodeError> {
    decode_text(bytes, declared).map(Cow::into_owned)
}

/// [`decode`] of bytes it may keep: UTF-8 bytes become the text without a copy.
pub fn decode_owned(
    bytes: Vec<u8>,
    declared: Option<&'static Encoding>,
) -> Result<String, DecodeError> {
    match decode_text(&bytes, declared)? {
        Cow::Borrowed(text) if text.len() == bytes.len() => {}
        text => return Ok(text.into_owned()),
    }
    Ok(String::from_utf8(bytes).expect("decode_text borrowed all of the bytes as text"))
}

/// [`decode`] without a copy: bytes that are UTF-8 already (most pages) come
/// back borrowed.
pub fn decode_text<'a>(
    bytes: &'a [u8],
    declared: Option<&'static Encoding>,
) -> Result<Cow<'a, str>, DecodeError> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        if enc != UTF_8 && !looks_like_text(&text) {
            return Err(DecodeError::Binary("binary data"));
        }
        return Ok(text);
    }
    if let Some(enc) = declared.filter(|e| *e == UTF_16LE || *e == UTF_16BE) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        if looks_like_text(&text) {
            return Ok(text);
        }
    }
    if let Some(what) = sniff_binary(bytes) {
        return Err(DecodeError::Binary(what));
    }
    if let Some(enc) = utf16_without_bom(&bytes[..bytes.len().min(SNIFF_BYTES)]) {
        return Ok(enc.decode_without_bom_handling(bytes).0);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    if mostly_utf8(bytes) {
        return Ok(String::from_utf8_lossy(bytes));
    }
    let declared = declared
        .or_else(|| declared_charset(bytes))
        .and_then(usable_declaration);
    let encoding = choose(bytes, declared);
    Ok(encoding.decode_without_bom_handling(bytes).0)
}

/// What a declaration found in the page means for bytes that are not UTF-8: a
/// `<meta>` naming UTF-16 was read as ASCII, so it is wrong (HTML reads it as
/// UTF-8); `x-user-defined` means windows-1252; the replacement encoding and UTF-8
/// itself say nothing about these bytes.
fn usable_declaration(enc: &'static Encoding) -> Option<&'static Encoding> {
    if enc == X_USER_DEFINED {
        return Some(WINDOWS_1252);
    }
    (enc != UTF_8 && enc != UTF_16LE && enc != UTF_16BE && enc != REPLACEMENT).then_some(enc)
}

/// Invalid UTF-8 that is still UTF-8: a download cut inside the last character, or
/// far more well-formed multi-byte characters than broken sequences. (Legacy
/// encodings form a well-formed UTF-8 sequence only now and then.)
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid = 0usize;
    let mut invalid = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += multibyte_chars(s.as_bytes());
                break;
            }
            Err(e) => {
                valid += multibyte_chars(&rest[..e.valid_up_to()]);
                match e.error_len() {
                    Some(n) => {
                        invalid += 1;
                        rest = &rest[e.valid_up_to() + n..];
                    }
                    // cut inside the last character: not evidence against UTF-8
                    None => break,
                }
            }
        }
    }
    invalid == 0 || valid >= invalid * 4
}

fn multibyte_chars(valid_utf8: &[u8]) -> usize {
    valid_utf8.iter().filter(|&&b| b >= 0xc0).count()
}

/// How much of the input detection and scoring look at: from a little before the
/// first non-ASCII byte on.
const SAMPLE_BYTES: usize = 256 * 1024;

/// The charset to decode non-UTF-8 bytes with: the declared one unless detection
/// finds a clearly better one.
fn choose(bytes: &[u8], declared: Option<&'static Encoding>) -> &'static Encoding {
    let sample = sample(bytes);
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    let detected = detector.guess(None, chardetng::Utf8Detection::Deny);
    let Some(declared) = declared else {
        return detected;
    };
    if declared == detected {
        return declared;
    }
    let declared_cost = implausibility(&decode_sample(declared, sample));
    let detected_cost = implausibility(&decode_sample(detected, sample));
    let detection_wins = if declared == WINDOWS_1252 {
        // the default charset of the web, and of many servers: a weak declaration
        detected_cost <= declared_cost
    } else {
        detected_cost * 2 < declared_cost && declared_cost - detected_cost >= 3
    };
    if detection_wins { detected } else { declared }
}

/// The part of the input that says what its encoding is: a window starting shortly
/// before the first non-ASCII byte (everything before it is ASCII, so the window
/// starts on a character boundary in any ASCII-compatible encoding).
fn sample(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    let start = first.saturating_sub(1024);
    &bytes[start..bytes.len().min(start + SAMPLE_BYTES)]
}

/// Decode a sample that may end inside a character, without a U+FFFD for the cut.
fn decode_sample(encoding: &'static Encoding, sample: &[u8]) -> String {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length(sample.len())
        .unwrap_or(sample.len() * 3);
    let mut out = String::with_capacity(capacity);
    let _ = decoder.decode_to_string(sample, &mut out, false);
    out
}

/// Signs that a text was decoded with the wrong charset. Only the non-ASCII parts
/// differ between two decodings of the same ASCII-compatible bytes, so costs are
/// compared between decodings of one sample, never between texts.
fn implausibility(text: &str) -> usize {
    let mut cost = 0usize;
    let mut prev: Option<char> = None;
    // a symbol right after a letter: costs if a letter follows it too
    let mut symbol_after_letter = false;
    // five accented Latin letters in a row: rare in any Latin language, and what Cyrillic
    // or Greek read as Latin-1 looks like
    let mut accented_run = 0usize;
    for c in text.chars() {
        if c.is_alphabetic() && !c.is_ascii() && script(c) == 0 {
            accented_run += 1;
            if accented_run >= 5 {
                cost += 1;
            }
        } else {
            accented_run = 0;
        }
        match c {
            '\u{fffd}' => cost += 8,
            '\u{e000}'..='\u{f8ff}' => cost += 4,
            // half-width katakana: rare in real text, common in mis-decoded bytes
            '\u{ff61}'..='\u{ff9f}' => cost += 1,
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') => cost += 4,
            _ => {}
        }
        if c.is_alphabetic() {
            if symbol_after_letter {
                cost += 2;
            }
            if let Some(p) = prev.filter(|p| p.is_alphabetic()) {
                if script(p) != script(c) {
                    cost += 2;
                }
                // a capital inside a word, outside ASCII ("aB", "ABC")
                if c.is_uppercase() && !(p.is_ascii() && c.is_ascii()) {
                    cost += 1;
                }
            }
        }
        symbol_after_letter = !c.is_ascii()
            && !c.is_alphanumeric()
            && !c.is_whitespace()
            && !matches!(c, '’' | '\u{2010}' | '\u{2011}' | '·')
            && prev.is_some_and(char::is_alphabetic);
        prev = Some(c);
    }
    cost
}

/// Writing systems, coarsely: letters of two of them side by side in a word are a
/// sign of mojibake. Kana and Han are one (Japanese mixes them); Latin with accents
/// is one.
fn script(c: char) -> u8 {
    match c as u32 {
        0..=0x24f | 0x1e00..=0x1eff => 0,                         // Latin
        0x370..=0x3ff | 0x1f00..=0x1fff => 1,                     // Greek
        0x400..=0x52f => 2,                                       // Cyrillic
        0x590..=0x5ff => 3,                                       // Hebrew
        0x600..=0x6ff | 0x750..=0x77f => 4,                       // Arabic
        0xe00..=0xe7f => 5,                                       // Thai
        0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => 6, // Hangul
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff => 7, // Han, kana
        0xff21..=0xff3a | 0xff41..=0xff5a => 0,                   // full-width Latin
        0xff66..=0xff9f => 8,                                     // half-width katakana
        _ => 9,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_and_other_text_decoded() {
        let page = "<p>café</p>".as_bytes();
        assert!(matches!(
            decode_text(page, None),
            Ok(Cow::Borrowed("<p>café</p>"))
        ));
        let bom = b"\xef\xbb\xbf<p>x</p>";
        assert_eq!(decode_text(bom, None).unwrap(), "<p>x</p>");
        assert_eq!(decode_owned(bom.to_vec(), None).unwrap(), "<p>x</p>");
        assert_eq!(decode_owned(page.to_vec(), None).unwrap(), "<p>café</p>");
        let latin1 = b"<meta charset=iso-8859-1><p>caf\xe9</p>".to_vec();
        assert_eq!(
            decode_owned(latin1.clone(), None).unwrap(),
            decode(&latin1, None).unwrap()
        );
        assert!(decode_owned(b"abc\x00def".to_vec(), None).is_err());
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x89PNG\r\n\x1a\n....", None).is_err());
        assert!(decode(b"abc\x00def", None).is_err());
    }

    #[test]
    fn words_that_start_like_magic_numbers_are_text() {
        for text in [
            "MZ Reporter: the city votes today",
            "ID3 tags explained",
            "BMW sales rise",
        ] {
            assert_eq!(decode(text.as_bytes(), None).unwrap(), text);
        }
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "héllo".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, None).unwrap(), "héllo");
    }

    #[test]
    fn utf16_without_bom() {
        let text = "<html><body><p>Ça va très bien, merci.</p></body></html>";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le, None).unwrap(), text);
        assert_eq!(decode(&be, None).unwrap(), text);
    }

    #[test]
    fn windows_1251_detected() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("Привет, как дела? Это проверка кодировки текста.");
        assert_eq!(
            decode(&bytes, None).unwrap(),
            "Привет, как дела? Это проверка кодировки текста."
        );
    }

    #[test]
    fn cut_inside_the_last_character_is_still_utf8() {
        let mut bytes = "Ein Satz über Äpfel".as_bytes().to_vec();
        bytes.extend_from_slice(&"ü".as_bytes()[..1]);
        assert_eq!(decode(&bytes, None).unwrap(), "Ein Satz über Äpfel\u{fffd}");
    }

    #[test]
    fn content_type_charset() {
        assert_eq!(
            charset_from_content_type("text/html; charset=\"Shift_JIS\""),
            Some(encoding_rs::SHIFT_JIS)
        );
        assert_eq!(
            charset_from_content_type("text/html;charset=iso-8859-1"),
            Some(WINDOWS_1252)
        );
        assert_eq!(charset_from_content_type("text/html"), None);
    }

    #[test]
    fn xml_declaration() {
        let doc = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss></rss>";
        assert_eq!(declared_charset(doc), Some(encoding_rs::WINDOWS_1251));
    }
}
