//! Bytes → text. BOM first, then valid UTF-8, then a declared charset (HTML), then
//! detection. Invalid bytes become U+FFFD; decoding never fails.

use encoding_rs::{Encoding, UTF_8};

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

/// Magic numbers of common binary formats.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
];

/// Sniff binary content: known magic numbers, or NUL bytes in a text without a
/// UTF-16 BOM.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return None;
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(what);
        }
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4 media");
    }
    let head = &bytes[..bytes.len().min(4096)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if nuls > 0 || controls * 20 > head.len() {
        return Some("binary data");
    }
    None
}

/// Find `<meta charset=...>` or an `http-equiv` content type in the first bytes.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut pos = 0;
    while let Some(off) = find(&lower[pos..], b"charset") {
        let mut i = pos + off + 7;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if i > start {
            if let Some(enc) = Encoding::for_label(&lower[start..i]) {
                return Some(enc);
            }
        }
        pos = i.max(pos + off + 7);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decode bytes to text. `declared` is a charset the transport named (HTTP header).
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<String, DecodeError> {
    if let Some(what) = sniff_binary(bytes) {
        return Err(DecodeError::Binary(what));
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return Ok(text.into_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let declared = declared.or_else(|| declared_charset(bytes));
    let encoding = match declared {
        // A declaration of UTF-8 on invalid UTF-8, or of a Latin-1 family charset, is
        // checked against detection; others are trusted.
        Some(enc) if enc != UTF_8 && enc != encoding_rs::WINDOWS_1252 => enc,
        _ => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    let (text, _, _) = encoding.decode(bytes);
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x89PNG\r\n\x1a\n....", None).is_err());
        assert!(decode(b"abc\x00def", None).is_err());
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
    fn windows_1251_detected() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("Привет, как дела? Это проверка кодировки текста.");
        assert_eq!(
            decode(&bytes, None).unwrap(),
            "Привет, как дела? Это проверка кодировки текста."
        );
    }
}
