//! newsclip: clean article records from raw news pages (plain text or HTML).
//!
//! ```
//! let text = "Skip to content\n\nA Headline For The Story\n\nBy Jane Doe\n\nThe first paragraph of the story is long enough to read as prose, and it goes on.\n";
//! let article = newsclip::extract_text("-", text, &newsclip::Options::default());
//! assert_eq!(article.headline.as_deref(), Some("A Headline For The Story"));
//! assert_eq!(article.authors, ["Jane Doe"]);
//! ```

pub mod blocks;
pub mod body;
pub mod boilerplate;
pub mod dates;
pub mod eval;
pub mod extract;
pub mod fields;
pub mod html;
pub mod input;
pub mod lang;
pub mod patterns;
pub mod phrase;
pub mod record;
pub mod text;
pub mod vocab;

pub use encoding_rs::Encoding;
pub use input::KindChoice;
pub use record::{Article, InputKind};

/// What the caller knows about an input. Build it with `..Options::default()` so
/// that new fields keep their defaults.
#[derive(Debug, Clone)]
pub struct Options {
    pub kind: KindChoice,
    /// The page's address, when known.
    pub url: Option<String>,
    /// The largest input accepted, in bytes, as given and after gzip expansion
    /// (default [`DEFAULT_MAX_BYTES`]). Larger inputs are an
    /// [`ExtractError::TooLarge`].
    pub max_bytes: u64,
}

/// The default input size limit: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

impl Default for Options {
    fn default() -> Self {
        Options {
            kind: KindChoice::default(),
            url: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Why an input produced no record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    NotADocument(String),
    Unsupported(String),
    /// The input, or its gzip expansion, is over `Options::max_bytes`.
    TooLarge(String),
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExtractError::NotADocument(why)
            | ExtractError::Unsupported(why)
            | ExtractError::TooLarge(why) => f.write_str(why),
        }
    }
}

impl From<input::DecompressError> for ExtractError {
    fn from(e: input::DecompressError) -> Self {
        match e {
            input::DecompressError::TooLarge { .. } => ExtractError::TooLarge(e.to_string()),
            input::DecompressError::Corrupt(_) => ExtractError::NotADocument(e.to_string()),
        }
    }
}

/// Refuse an input of `len` bytes over `opts.max_bytes`.
fn check_size(len: usize, opts: &Options) -> Result<(), ExtractError> {
    if len as u64 > opts.max_bytes {
        return Err(ExtractError::TooLarge(format!(
            "input too large: {} is over the {} limit (--max-bytes)",
            input::human_size(len as u64),
            input::human_size(opts.max_bytes)
        )));
    }
    Ok(())
}

impl std::error::Error for ExtractError {}

/// Extract an article from raw bytes: expand gzip, decode, sniff the kind, run the
/// front end.
pub fn extract_bytes(source: &str, bytes: &[u8], opts: &Options) -> Result<Article, ExtractError> {
    extract_bytes_with_charset(source, bytes, None, opts)
}

/// [`extract_bytes`] for bytes whose charset the transport declared (an HTTP or
/// WARC `Content-Type`; see [`input::decode::charset_from_content_type`]). The
/// declaration outranks the page's own `<meta charset>`; a BOM outranks both, and a
/// declaration the bytes clearly contradict gives way to detection.
pub fn extract_bytes_with_charset(
    source: &str,
    bytes: &[u8],
    declared: Option<&'static Encoding>,
    opts: &Options,
) -> Result<Article, ExtractError> {
    check_size(bytes.len(), opts)?;
    let (bytes, truncated) = input::decompress_limited(bytes, opts.max_bytes)?;
    let text = input::decode::decode(&bytes, declared)
        .map_err(|e| ExtractError::NotADocument(e.to_string()))?;
    drop(bytes);
    // the limit is on the input; decoding may make the text longer
    let mut article = extract_decoded(source, &text, opts);
    if truncated {
        article.warnings.push("gzip data cut short".to_string());
    }
    Ok(article)
}

/// Extract an article from decoded text of either kind.
pub fn extract_str(source: &str, text: &str, opts: &Options) -> Result<Article, ExtractError> {
    check_size(text.len(), opts)?;
    Ok(extract_decoded(source, text, opts))
}

fn extract_decoded(source: &str, text: &str, opts: &Options) -> Article {
    let html = match opts.kind {
        KindChoice::Html => true,
        KindChoice::Text => false,
        KindChoice::Auto => input::looks_like_html(text),
    };
    if html {
        extract_html(source, text, opts)
    } else {
        extract_text(source, text, opts)
    }
}

/// Extract an article from a plain-text rendering of a page.
pub fn extract_text(source: &str, text: &str, opts: &Options) -> Article {
    let mut article = Article::empty(source, InputKind::Text);
    article.url = opts.url.clone();
    if text.trim().is_empty() {
        article.warnings.push("empty input".to_string());
        return article;
    }
    extract::run(text::blocks(text), extract::Hints::default(), &mut article);
    article
}

/// Extract an article from an HTML page.
pub fn extract_html(source: &str, text: &str, opts: &Options) -> Article {
    let mut article = Article::empty(source, InputKind::Html);
    if text.trim().is_empty() {
        article.url = opts.url.clone();
        article.warnings.push("empty input".to_string());
        return article;
    }
    let html::Page {
        blocks,
        meta,
        has_article_container,
        parents,
    } = html::page(text);
    let hints = extract::Hints {
        prefer_article: has_article_container,
        parents: Some(&parents),
        title: meta.headline.as_deref(),
    };
    // a declared language spares the detection
    article.lang = meta.lang.clone();
    extract::run(blocks, hints, &mut article);
    extract::merge_meta(&mut article, meta);
    article.url = opts.url.clone().or(article.url.take());
    article
}
