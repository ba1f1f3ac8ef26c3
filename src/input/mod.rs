//! Input: bytes → text with the right charset, and what kind of document it is.

pub mod decode;
pub mod warc;

use std::borrow::Cow;
use std::io::Read;

/// Most bytes a compressed input may expand to in [`decompress`].
pub const MAX_DECOMPRESSED: u64 = 256 * 1024 * 1024;

/// Gzip-compressed input (detected by its magic bytes) is expanded; anything else is
/// passed through.
pub fn decompress(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    decompress_limited(bytes, MAX_DECOMPRESSED)
        .map(|(bytes, _)| bytes)
        .map_err(|e| e.to_string())
}

/// Why gzip data could not be expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecompressError {
    /// Nothing could be read from it.
    Corrupt(String),
    /// It expands beyond the limit, in bytes.
    TooLarge { limit: u64 },
}

impl std::fmt::Display for DecompressError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecompressError::Corrupt(why) => write!(f, "bad gzip data: {why}"),
            DecompressError::TooLarge { limit } => write!(
                f,
                "input too large: gzip data expands beyond the {} limit (--max-bytes)",
                human_size(*limit)
            ),
        }
    }
}

/// [`decompress`] with a limit on the expanded size. A stream that breaks off
/// after some data (a cut download) gives what it held, and `true`.
pub fn decompress_limited(
    bytes: &[u8],
    limit: u64,
) -> Result<(Cow<'_, [u8]>, bool), DecompressError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok((Cow::Borrowed(bytes), false));
    }
    let mut out = Vec::new();
    let read = flate2::read::MultiGzDecoder::new(bytes)
        .take(limit.saturating_add(1))
        .read_to_end(&mut out);
    if out.len() as u64 > limit {
        return Err(DecompressError::TooLarge { limit });
    }
    match read {
        Ok(_) => Ok((Cow::Owned(out), false)),
        Err(_) if !out.is_empty() => Ok((Cow::Owned(out), true)),
        Err(e) => Err(DecompressError::Corrupt(e.to_string())),
    }
}

/// A size for people: `64 MiB`, `70.5 MiB`, `812 bytes`.
pub fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

/// Which front end to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindChoice {
    /// Sniff the content.
    #[default]
    Auto,
    Html,
    Text,
}

/// Does this text look like HTML? Looks at the content, never at a file name.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<body")
        || (head.starts_with("<?xml") && head.contains("<html"))
        || (head.starts_with("<!--") && head.contains("<html"))
    {
        return true;
    }
    // A fragment: several common tags near the start.
    let tags = [
        "<p>", "<p ", "<div", "<span", "<a href", "<br", "<meta", "<title", "<article", "<h1",
        "<h2", "<table", "<li>", "<ul",
    ];
    tags.iter().filter(|t| head.contains(*t)).count() >= 2 && head.starts_with('<')
}
