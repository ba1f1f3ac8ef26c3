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
pub mod eval;
pub mod extract;
pub mod fields;
pub mod html;
pub mod input;
pub mod lang;
pub mod record;
pub mod text;
pub mod vocab;

pub use input::KindChoice;
pub use record::{Article, InputKind};

/// What the caller knows about an input.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub kind: KindChoice,
    /// The page's address, when known.
    pub url: Option<String>,
}

/// Why an input produced no record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    NotADocument(String),
    Unsupported(String),
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExtractError::NotADocument(why) | ExtractError::Unsupported(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for ExtractError {}

/// Extract an article from raw bytes: decode, sniff the kind, run the front end.
pub fn extract_bytes(source: &str, bytes: &[u8], opts: &Options) -> Result<Article, ExtractError> {
    let bytes = input::decompress(bytes).map_err(ExtractError::NotADocument)?;
    let text = input::decode::decode(&bytes, None)
        .map_err(|e| ExtractError::NotADocument(e.to_string()))?;
    extract_str(source, &text, opts)
}

/// Extract an article from decoded text of either kind.
pub fn extract_str(source: &str, text: &str, opts: &Options) -> Result<Article, ExtractError> {
    let html = match opts.kind {
        KindChoice::Html => true,
        KindChoice::Text => false,
        KindChoice::Auto => input::looks_like_html(text),
    };
    Ok(if html {
        extract_html(source, text, opts)
    } else {
        extract_text(source, text, opts)
    })
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
