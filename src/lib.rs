//! newsclip: clean article records from raw news pages (plain text or HTML).
//!
//! Give it a page as a crawler saved it (HTML, possibly gzipped, or a plain-text
//! rendering such as a text-browser dump) and it returns one [`Article`]:
//! headline, byline and authors, date, the page's own key-point summary,
//! credit, section, site name, language and the body, with the furniture
//! (menus, share buttons, counters, lists of other stories, footers) left out.
//!
//! Use it from another crate with a path (or git) dependency:
//!
//! ```toml
//! [dependencies]
//! newsclip = { path = "../newsclip" }
//! ```
//!
//! ```
//! let text = "Skip to content\n\nCity Council Approves The New Harbour Budget\n\nBy Jane Doe\n\nThe first paragraph of the story is long enough to read as prose, and it goes on.\n";
//! let article = newsclip::extract_text("-", text, &newsclip::Options::default());
//! assert_eq!(article.headline.as_deref(), Some("City Council Approves The New Harbour Budget"));
//! assert_eq!(article.authors, ["Jane Doe"]);
//! // the record serialises with its keys in a fixed order, as the command prints it
//! let json = serde_json::to_string(&article).unwrap();
//! assert!(json.starts_with(r#"{"source":"-","url":null,"input_kind":"text","page_kind":"article","headline":"#));
//! ```
//!
//! The entry points: [`extract_bytes`] (raw bytes: gzip, charset and kind are
//! worked out), [`extract_bytes_with_charset`] (bytes with a charset the
//! transport declared), [`extract_str`] (decoded text of either kind),
//! [`extract_text`] and [`extract_html`] (one front end), and
//! [`explain_bytes`], which also returns every block with the label the
//! extraction gave it.
//!
//! The stages, in order, each a module: [`input`] (bytes → text) →
//! [`text`] or [`html`] (text → [`blocks`]) → [`boilerplate`] (passes marking
//! furniture) → [`body`] (the article region) → [`fields`] (headline, byline,
//! date, …) → [`extract`] (assembly); word lists live in [`vocab`].

use std::borrow::Cow;

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
pub mod metaeval;
pub mod pagekind;
pub mod patterns;
pub mod phrase;
pub mod record;
pub mod text;
pub mod vocab;

/// A character encoding, as [`extract_bytes_with_charset`] takes it.
///
/// ```
/// assert_eq!(newsclip::Encoding::for_label(b"latin1").unwrap().name(), "windows-1252");
/// ```
pub use encoding_rs::Encoding;
pub use input::KindChoice;
pub use record::{Article, InputKind, PageKind};

/// What the caller knows about an input. Build it with `..Options::default()` so
/// that new fields keep their defaults.
///
/// ```
/// use newsclip::{KindChoice, Options};
/// let opts = Options {
///     kind: KindChoice::Text,
///     url: Some("https://example.com/news/1".to_string()),
///     ..Options::default()
/// };
/// let article = newsclip::extract_str("page", "<p>Shown as it is.</p>", &opts).unwrap();
/// assert_eq!(article.input_kind, newsclip::InputKind::Text);
/// assert_eq!(article.url.as_deref(), Some("https://example.com/news/1"));
/// ```
#[derive(Debug, Clone)]
pub struct Options {
    /// Which front end reads the input: sniffed from the content by default.
    pub kind: KindChoice,
    /// The page's address, when known.
    pub url: Option<String>,
    /// The largest input accepted, in bytes, as given and after gzip expansion
    /// (default [`DEFAULT_MAX_BYTES`]). Larger inputs are an
    /// [`ExtractError::TooLarge`].
    pub max_bytes: u64,
}

/// The default input size limit: 64 MiB.
///
/// ```
/// assert_eq!(newsclip::Options::default().max_bytes, newsclip::DEFAULT_MAX_BYTES);
/// assert_eq!(newsclip::DEFAULT_MAX_BYTES, 64 * 1024 * 1024);
/// ```
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

/// Why an input produced no record. It displays as a one-line reason.
///
/// ```
/// use newsclip::{ExtractError, Options};
/// let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
/// let err = newsclip::extract_bytes("img.png", png, &Options::default()).unwrap_err();
/// assert!(matches!(err, ExtractError::NotADocument(_)));
/// assert_eq!(err.to_string(), "not a text or HTML document (PNG image)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    /// Not a text or HTML document (binary data, a corrupt gzip stream).
    NotADocument(String),
    /// A document of a kind newsclip does not read.
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
///
/// ```
/// let page = b"<html><head><title>Rain Returns To The Valley</title></head><body>\
///     <nav><a href=/>Home</a> <a href=/world>World</a></nav><article>\
///     <h1>Rain Returns To The Valley</h1>\
///     <p>The first rain in four months fell on the valley on Monday, filling the reservoirs that farmers had watched run dry.</p>\
///     <p>The water board said the reservoirs were back at half their level by the evening, and that rationing would end next week.</p>\
///     </article></body></html>";
/// let article = newsclip::extract_bytes("rain.html", page, &newsclip::Options::default()).unwrap();
/// assert_eq!(article.input_kind, newsclip::InputKind::Html);
/// assert_eq!(article.headline.as_deref(), Some("Rain Returns To The Valley"));
/// assert!(article.body.starts_with("The first rain"));
/// assert!(!article.body.contains("Home"));
/// ```
pub fn extract_bytes(source: &str, bytes: &[u8], opts: &Options) -> Result<Article, ExtractError> {
    extract_bytes_with_charset(source, bytes, None, opts)
}

/// [`extract_bytes`] for bytes whose charset the transport declared (an HTTP or
/// WARC `Content-Type`; see [`input::decode::charset_from_content_type`]). The
/// declaration outranks the page's own `<meta charset>`; a BOM outranks both, and a
/// declaration the bytes clearly contradict gives way to detection.
///
/// ```
/// // "café" in Latin-1, declared by the server
/// let bytes = b"Le caf\xe9 du coin rouvre ses portes ce matin, apr\xe8s six mois de travaux.\n";
/// let latin1 = newsclip::input::decode::charset_from_content_type("text/plain; charset=ISO-8859-1");
/// let article = newsclip::extract_bytes_with_charset("-", bytes, latin1, &Default::default()).unwrap();
/// assert!(article.body.contains("café"));
/// ```
pub fn extract_bytes_with_charset(
    source: &str,
    bytes: &[u8],
    declared: Option<&'static Encoding>,
    opts: &Options,
) -> Result<Article, ExtractError> {
    let (text, truncated) = decode_input(bytes, declared, opts)?;
    // the limit is on the input; decoding may make the text longer
    let (mut article, _) = extract_decoded(source, &text, opts);
    if truncated {
        article.warnings.push(GZIP_CUT.to_string());
    }
    Ok(article)
}

const GZIP_CUT: &str = "gzip data cut short";

/// Bytes to text: expand gzip, decode; `true` when the gzip data was cut short.
fn decode_input<'a>(
    bytes: &'a [u8],
    declared: Option<&'static Encoding>,
    opts: &Options,
) -> Result<(Cow<'a, str>, bool), ExtractError> {
    check_size(bytes.len(), opts)?;
    let (bytes, truncated) = input::decompress_limited(bytes, opts.max_bytes)?;
    let text = match bytes {
        Cow::Borrowed(bytes) => input::decode::decode_text(bytes, declared),
        Cow::Owned(bytes) => input::decode::decode_owned(bytes, declared).map(Cow::Owned),
    }
    .map_err(|e| ExtractError::NotADocument(e.to_string()))?;
    Ok((text, truncated))
}

/// Extract an article from decoded text of either kind.
///
/// ```
/// use newsclip::{KindChoice, Options};
/// let opts = Options { kind: KindChoice::Html, ..Options::default() };
/// let article = newsclip::extract_str("a.html", "<p>One short line.</p>", &opts).unwrap();
/// assert_eq!(article.input_kind, newsclip::InputKind::Html);
/// assert!(newsclip::extract_str("-", &"x".repeat(100), &Options { max_bytes: 10, ..opts }).is_err());
/// ```
pub fn extract_str(source: &str, text: &str, opts: &Options) -> Result<Article, ExtractError> {
    check_size(text.len(), opts)?;
    Ok(extract_decoded(source, text, opts).0)
}

fn extract_decoded(source: &str, text: &str, opts: &Options) -> (Article, extract::Trace) {
    let html = match opts.kind {
        KindChoice::Html => true,
        KindChoice::Text => false,
        KindChoice::Auto => input::looks_like_html(text),
    };
    if html {
        html_traced(source, text, opts)
    } else {
        text_traced(source, text, opts)
    }
}

/// Extract an article from a plain-text rendering of a page.
///
/// ```
/// let text = "Old Bridge Reopens After Two Years Of Repairs\n\nBy Ana Ruiz\n\n\
///     The old bridge over the river reopened on Friday after two years of repairs, to the relief of commuters.\n\n\
///     Engineers replaced every cable and most of the deck, the city said, and the work came in under budget.\n";
/// let article = newsclip::extract_text("bridge.txt", text, &newsclip::Options::default());
/// assert_eq!(article.headline.as_deref(), Some("Old Bridge Reopens After Two Years Of Repairs"));
/// assert_eq!(article.authors, ["Ana Ruiz"]);
/// assert_eq!(article.body.split("\n\n").count(), 2);
/// ```
pub fn extract_text(source: &str, text: &str, opts: &Options) -> Article {
    text_traced(source, text, opts).0
}

fn text_traced(source: &str, text: &str, opts: &Options) -> (Article, extract::Trace) {
    let mut article = Article::empty(source, InputKind::Text);
    article.url = opts.url.clone();
    if text.trim().is_empty() {
        article.warnings.push("empty input".to_string());
        return (article, extract::Trace::default());
    }
    let hints = extract::Hints {
        url: opts.url.as_deref(),
        ..Default::default()
    };
    let (mut trace, layout) = extract::run(text::blocks(text), hints, &mut article);
    date_from_url(&mut article, opts.url.as_deref());
    trace.kind = pagekind::settle(&mut article, Default::default(), &layout, false);
    (article, trace)
}

/// Extract an article from an HTML page.
///
/// ```
/// let html = "<html lang=en><head><meta property=og:site_name content='The Daily Example'></head>\
///     <body><h1>Council Backs New Library</h1><p class=byline>By Ana Ruiz</p>\
///     <p>The council voted on Tuesday to build a new library in the old market hall, ending a debate that lasted a decade.</p>\
///     <p>Work starts in spring, and the library should open its doors to readers within two years, the mayor said.</p></body></html>";
/// let article = newsclip::extract_html("library.html", html, &newsclip::Options::default());
/// assert_eq!(article.headline.as_deref(), Some("Council Backs New Library"));
/// assert_eq!(article.site_name.as_deref(), Some("The Daily Example"));
/// assert_eq!(article.authors, ["Ana Ruiz"]);
/// ```
pub fn extract_html(source: &str, text: &str, opts: &Options) -> Article {
    html_traced(source, text, opts).0
}

fn html_traced(source: &str, text: &str, opts: &Options) -> (Article, extract::Trace) {
    let mut article = Article::empty(source, InputKind::Html);
    if text.trim().is_empty() {
        article.url = opts.url.clone();
        article.warnings.push("empty input".to_string());
        return (article, extract::Trace::default());
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
        thread: meta.declares_entries,
        url: opts.url.as_deref(),
    };
    // a declared language spares the detection
    article.lang = meta.lang.clone();
    let declared_kind = pagekind::Declared {
        kind: meta.declared_kind,
        article_by_og_only: meta.article_by_og_only,
        typed_not_article: meta.typed_not_article,
        shows_date: meta.shows_date,
    };
    let (mut trace, layout) = extract::run(blocks, hints, &mut article);
    if let Some(declared) = meta.article_body.as_deref() {
        extract::declared_body(&mut article, declared);
    }
    if let Some(declared) = meta.product_body.as_deref() {
        extract::declared_product_body(&mut article, declared);
    }
    extract::merge_meta(&mut article, meta);
    article.url = opts.url.clone().or(article.url.take());
    date_from_url(&mut article, opts.url.as_deref());
    trace.kind = pagekind::settle(&mut article, declared_kind, &layout, true);
    (article, trace)
}

/// The last source of `published`: a date in the path of the address the
/// caller gave (`/2023/12/20/`, `/20231220/`).
fn date_from_url(article: &mut Article, url: Option<&str>) {
    if article.published.is_none() {
        article.published = url.and_then(dates::url_date).map(|d| d.iso());
    }
}

/// A page's record together with the decisions behind it: every block in
/// reading order with the label the extraction gave it (body, a field, or
/// furniture with the name of the pass that marked it), and the article region.
/// This is what the extraction itself computed, kept instead of dropped.
///
/// ```
/// let page = "A Headline For The Story\n\n\
///     The first paragraph of the story is long enough to read as prose, and it goes on for a while.\n\n\
///     Latest Stories\n\n  * One other story\n  * Another story\n  * A third story\n";
/// let explained = newsclip::explain_bytes("-", page.as_bytes(), &Default::default()).unwrap();
/// let labels: Vec<_> = explained.blocks.iter().map(|b| b.label).collect();
/// assert!(labels.contains(&newsclip::blocks::Label::Boilerplate("story list")));
/// ```
#[derive(Debug)]
pub struct Explained {
    /// The record, the same as [`extract_bytes`] gives.
    pub article: Article,
    /// The page's blocks, in reading order, with their final labels.
    pub blocks: Vec<blocks::Block>,
    /// The article region: the first block and one past the last (`None`: no
    /// region was found).
    pub region: Option<(usize, usize)>,
    /// What the page kind was decided from.
    pub kind: pagekind::Evidence,
}

/// [`extract_bytes`], keeping the decisions behind the record ([`Explained`]).
///
/// ```
/// use newsclip::blocks::Label;
/// let page = "Skip to content\n\nCity Council Approves The New Harbour Budget\n\n\
///     The first paragraph of the story is long enough to read as prose, and it goes on for a while.\n\n\
///     The second paragraph adds more detail about what happened in the town, and who was there.\n";
/// let explained = newsclip::explain_bytes("-", page.as_bytes(), &Default::default()).unwrap();
/// assert_eq!(explained.article, newsclip::extract_bytes("-", page.as_bytes(), &Default::default()).unwrap());
/// assert_eq!(explained.blocks[0].label, Label::Boilerplate("skip link"));
/// assert_eq!(explained.blocks[1].label, Label::Headline);
/// let (start, end) = explained.region.unwrap();
/// assert!(explained.blocks[start..end].iter().any(|b| b.label == Label::Body));
/// ```
pub fn explain_bytes(
    source: &str,
    bytes: &[u8],
    opts: &Options,
) -> Result<Explained, ExtractError> {
    let (text, truncated) = decode_input(bytes, None, opts)?;
    let (mut article, trace) = extract_decoded(source, &text, opts);
    if truncated {
        article.warnings.push(GZIP_CUT.to_string());
    }
    Ok(Explained {
        article,
        blocks: trace.blocks,
        region: trace.region,
        kind: trace.kind,
    })
}
