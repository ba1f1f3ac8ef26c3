//! Input: bytes → text with the right charset, and what kind of document it is.

pub mod decode;

use std::borrow::Cow;
use std::io::Read;

/// Most bytes a compressed input may expand to.
pub const MAX_DECOMPRESSED: u64 = 256 * 1024 * 1024;

/// Gzip-compressed input (detected by its magic bytes) is expanded; anything else is
/// passed through.
pub fn decompress(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(Cow::Borrowed(bytes));
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_DECOMPRESSED + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("bad gzip data: {e}"))?;
    if out.len() as u64 > MAX_DECOMPRESSED {
        return Err(format!(
            "gzip data expands beyond {} MiB",
            MAX_DECOMPRESSED >> 20
        ));
    }
    Ok(Cow::Owned(out))
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
