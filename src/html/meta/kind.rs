//! The kind of page the page declares: JSON-LD `@type`s and `og:type`.

use super::*;
use crate::record::PageKind;

/// The kind the declared types name, the most specific first: a product or a
/// forum thread over an article (shops and forums mark their pages up as
/// articles too), an article (JSON-LD or `og:type`) over a collection. Products
/// on a declared collection page are the items a shop's category page lists. A
/// thread's microdata (`itemtype=…/DiscussionForumPosting`, as forum software
/// writes into the page a crawler reads) counts as declaring a thread; the
/// `Question`s of an `FAQPage` do not.
pub(super) fn declared_kind(metas: &Metas, ld: &Ld, item_types: &[String]) -> Option<PageKind> {
    let types: Vec<String> = ld.nodes.iter().flat_map(|n| types_of(n)).collect();
    let has = |list: &[&str]| types.iter().any(|t| list.contains(&t.as_str()));
    if has(vocab::PRODUCT_TYPES) {
        if has(vocab::PRODUCT_LISTING_TYPES) {
            return Some(PageKind::Listing);
        }
        return Some(PageKind::Product);
    }
    // the questions of an FAQ are no thread
    let declared: Vec<&str> = types.iter().chain(item_types).map(String::as_str).collect();
    let faq = declared.iter().any(|t| vocab::FAQ_TYPES.contains(t));
    let thread = declared
        .iter()
        .any(|t| vocab::FORUM_TYPES.contains(t) && !(faq && vocab::FAQ_ENTRY_TYPES.contains(t)));
    if thread {
        return Some(PageKind::Forum);
    }
    let og = metas
        .get("og:type")
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if og.contains("product") {
        return Some(PageKind::Product);
    }
    // an article often carries an ItemList (its related stories, a gallery)
    if declares_article(ld) || og.starts_with("article") {
        return Some(PageKind::Article);
    }
    if has(vocab::LISTING_TYPES) {
        return Some(PageKind::Listing);
    }
    None
}

/// The page declares entries that follow one another as a thread's posts do
/// (the body keeps them all): a thread, or the questions of a Q&A or FAQ page,
/// and no product (a shop's reviews and questions are not its text).
pub(super) fn declares_entries(ld: &Ld, item_types: &[String]) -> bool {
    let types: Vec<String> = ld.nodes.iter().flat_map(|n| types_of(n)).collect();
    let has = |list: &[&str]| types.iter().any(|t| list.contains(&t.as_str()));
    !has(vocab::PRODUCT_TYPES)
        && (has(vocab::FORUM_TYPES)
            || item_types
                .iter()
                .any(|t| vocab::FORUM_TYPES.contains(&t.as_str())))
}

/// A JSON-LD node declares an article type.
pub(super) fn declares_article(ld: &Ld) -> bool {
    ld.nodes
        .iter()
        .flat_map(|n| types_of(n))
        .any(|t| ARTICLE_TYPES.contains(&t.as_str()))
}

/// The page's JSON-LD declares the page's own type (`WebPage`, `AboutPage`...)
/// and no article: what publishing software declares of a static page rather
/// than of a post. Breadcrumbs or an organisation alone say nothing of it.
pub(super) fn typed_not_article(ld: &Ld) -> bool {
    let page = ld
        .nodes
        .iter()
        .flat_map(|n| types_of(n))
        .any(|t| PAGE_TYPES.contains(&t.as_str()));
    page && !declares_article(ld)
}
