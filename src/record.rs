//! The article record: one per input, serialised with its keys in a fixed order.

use serde::Serialize;

/// Which front end produced a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Text,
    Html,
}

/// A clean article record. Field order is the JSON key order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The input path as given, or `-` for stdin.
    pub source: String,
    pub url: Option<String>,
    pub input_kind: InputKind,
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
