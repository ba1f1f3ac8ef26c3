//! Page metadata from every source an HTML page offers: JSON-LD, OpenGraph and
//! Twitter cards, `<meta>` tags, microdata, `<time>`, `rel=author`, `<title>`.

/// What the page says about itself, each field already cleaned. `None` / empty
/// when the page does not say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// The article's headline from metadata (og:title, JSON-LD headline, <title>),
    /// with the site name and separators stripped. The visible h1 is chosen elsewhere.
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 publication date or date-time.
    pub published: Option<String>,
    pub site_name: Option<String>,
    /// ISO 639-1 code from `<html lang>` or metadata.
    pub lang: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    pub section: Option<String>,
    /// Agency or organisation credited as author.
    pub credit: Option<String>,
    /// JSON-LD `articleBody`, when present (a hint for body detection).
    pub article_body: Option<String>,
    /// The meta description (not the summary; a hint only).
    pub description: Option<String>,
}

/// Read metadata from a parsed document.
pub fn page_meta(_doc: &scraper::Html) -> PageMeta {
    PageMeta::default()
}
