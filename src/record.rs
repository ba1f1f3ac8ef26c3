//! The article record: one per input, serialised with its keys in a fixed order.

use serde::Serialize;

/// Which front end produced a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Text,
    Html,
}

/// What kind of page a record was read from: crawl directories hold home pages,
/// section listings, forum threads and product pages beside the stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// A story, report, blog post or other single piece of writing.
    Article,
    /// A home, section, tag or search page: lists of links to stories.
    Listing,
    /// A discussion thread of posts and replies.
    Forum,
    /// A shop's page for one product.
    Product,
    /// Anything else: service, documentation, contact pages.
    Other,
}

impl PageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Listing => "listing",
            PageKind::Forum => "forum",
            PageKind::Product => "product",
            PageKind::Other => "other",
        }
    }
}

/// A clean article record. Field order is the JSON key order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The input path as given, or `-` for stdin.
    pub source: String,
    pub url: Option<String>,
    pub input_kind: InputKind,
    pub page_kind: PageKind,
    pub headline: Option<String>,
    /// The byline as shown, without counters and dates.
    pub byline: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 date or date-time.
    pub published: Option<String>,
    /// The page's own key points, in order.
    pub summary: Vec<String>,
    /// Agency or photo credit.
    pub credit: Option<String>,
    pub section: Option<String>,
    pub site_name: Option<String>,
    /// ISO 639-1 code.
    pub lang: Option<String>,
    /// Paragraphs joined by one blank line.
    pub body: String,
    pub word_count: usize,
    pub warnings: Vec<String>,
}

impl Article {
    pub fn empty(source: &str, input_kind: InputKind) -> Self {
        Article {
            source: source.to_string(),
            url: None,
            input_kind,
            page_kind: PageKind::Other,
            headline: None,
            byline: None,
            authors: Vec::new(),
            published: None,
            summary: Vec::new(),
            credit: None,
            section: None,
            site_name: None,
            lang: None,
            body: String::new(),
            word_count: 0,
            warnings: Vec::new(),
        }
    }
}
