//! The kind of page the page declares: JSON-LD `@type`s and `og:type`.

use super::*;
use crate::record::PageKind;

/// The kind the declared types name, the most specific first: a product or a
/// forum thread over an article (shops and forums mark their pages up as
/// articles too), an article over a collection.
pub(super) fn declared_kind(metas: &Metas, ld: &Ld) -> Option<PageKind> {
    let types: Vec<String> = ld.nodes.iter().flat_map(|n| types_of(n)).collect();
    let has = |list: &[&str]| types.iter().any(|t| list.contains(&t.as_str()));
    if has(vocab::PRODUCT_TYPES) {
        return Some(PageKind::Product);
    }
    if has(vocab::FORUM_TYPES) {
        return Some(PageKind::Forum);
    }
    if has(ARTICLE_TYPES) {
        return Some(PageKind::Article);
    }
    if has(vocab::LISTING_TYPES) {
        return Some(PageKind::Listing);
    }
    match metas.get("og:type").map(|t| t.trim().to_ascii_lowercase()) {
        Some(t) if t == "article" || t.starts_with("article") => Some(PageKind::Article),
        Some(t) if t.contains("product") => Some(PageKind::Product),
        _ => None,
    }
}
