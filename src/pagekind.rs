//! The kind of page a record was read from (`record::PageKind`), decided from
//! evidence the extractor already has: the types the page declares, the body
//! found, how much of the page sits in links, repeated teasers (short linked
//! headings and list items), and the reply structure of a thread.

use crate::blocks::{Block, Label, Shape};
use crate::record::{Article, PageKind};
use crate::vocab;

/// What the page's blocks show about its layout.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layout {
    /// Words on the whole page, and inside links.
    pub words: usize,
    pub link_words: usize,
    /// Words of the body found.
    pub body_words: usize,
    /// Paragraphs of prose in the body.
    pub body_paragraphs: usize,
    /// Short linked headings and list items: teasers of other pages.
    pub teasers: usize,
    /// Lines a thread prints for each post ("Reply", "Quote", "Posted by", "#3").
    pub post_marks: usize,
    /// Lines a shop prints ("Add to cart", "In stock", prices).
    pub shop_marks: usize,
}

impl Layout {
    pub fn of(blocks: &[Block], body: &[usize]) -> Layout {
        let mut l = Layout::default();
        for b in blocks {
            let w = b.features.words;
            l.words += w;
            l.link_words += (w as f32 * b.link_density).round() as usize;
            let linked = b.link_density > 0.6;
            if linked && (3..=20).contains(&w) && matches!(b.shape, Shape::Heading | Shape::Item) {
                l.teasers += 1;
            }
            if w <= 6 && vocab::POST_MARK.is_match(b.text.trim()) {
                l.post_marks += 1;
            }
            if w <= 8 && vocab::SHOP_MARK.is_match(b.text.trim()) {
                l.shop_marks += 1;
            }
        }
        for &i in body {
            let b = &blocks[i];
            l.body_words += b.features.words;
            l.body_paragraphs += usize::from(b.features.is_prose() && b.label == Label::Body);
        }
        l
    }
}

/// Words of the last path segment of a URL (`/2024/03/council-approves-new-bridge`
/// → 4), and how many segments the path has.
fn url_shape(url: &str) -> (usize, usize) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').skip(1).filter(|s| !s.is_empty()).collect();
    let last = segments.last().copied().unwrap_or("");
    let last = last.rsplit_once('.').map_or(last, |(stem, _)| stem);
    let words = last
        .split(['-', '_', '+'])
        .filter(|w| !w.is_empty())
        .count();
    (words, segments.len())
}

/// The page kind from the declared kind, the layout and the fields found. A
/// declared product or thread is taken as declared; otherwise the evidence that
/// the page is one story is counted (a declared article, a date, a byline, a
/// long headline, a URL that names the story, a body holding most of the page in
/// paragraphs), against a home page's URL and many teasers. Pages that are not
/// stories are told apart by shop lines, post marks and how little of them is a
/// body.
pub fn decide(declared: Option<PageKind>, l: &Layout, article: &Article) -> PageKind {
    match declared {
        Some(k @ (PageKind::Product | PageKind::Forum)) => return k,
        _ => {}
    }
    if l.post_marks >= vocab::KIND_POST_MARKS {
        return PageKind::Forum;
    }
    if l.body_words == 0 {
        return PageKind::Other;
    }
    let (slug_words, depth) = article.url.as_deref().map_or((0, 1), url_shape);
    let headline_words = article
        .headline
        .as_deref()
        .map_or(0, |h| h.split_whitespace().count());
    let body_share = l.body_words as f32 / l.words.max(1) as f32;
    let many_teasers =
        l.teasers >= vocab::KIND_MANY_TEASERS && body_share < vocab::KIND_STORY_BODY_SHARE;
    let story_evidence = 2 * usize::from(declared == Some(PageKind::Article))
        + usize::from(article.published.is_some())
        // a login signs a post in a thread or a shop's review as often as a story
        + usize::from(
            article
                .authors
                .iter()
                .any(|a| !crate::html::meta::is_user_name(a)),
        )
        + usize::from(slug_words >= vocab::KIND_STORY_SLUG_WORDS)
        + usize::from(headline_words >= vocab::KIND_STORY_HEADLINE_WORDS)
        + usize::from(body_share >= vocab::KIND_STORY_BODY_SHARE)
        + usize::from(l.body_paragraphs >= vocab::KIND_STORY_PARAGRAPHS);
    if story_evidence >= vocab::KIND_STORY_EVIDENCE {
        return PageKind::Article;
    }
    if l.shop_marks >= vocab::KIND_SHOP_MARKS {
        return PageKind::Product;
    }
    if body_share < vocab::KIND_LISTING_BODY_SHARE
        || many_teasers
        || declared == Some(PageKind::Listing)
        || depth == 0
    {
        return PageKind::Listing;
    }
    PageKind::Other
}

/// Decide the record's page kind; a product page, or a listing whose body is
/// little of it, has no author (the names on it are those of the stories it
/// lists or of its reviewers).
/// A text rendering shows neither links nor markup: a body found is a story.
pub fn settle(article: &mut Article, declared: Option<PageKind>, layout: &Layout, dom: bool) {
    article.page_kind = if dom {
        decide(declared, layout, article)
    } else if layout.body_words > 0 {
        PageKind::Article
    } else {
        PageKind::Other
    };
    let mostly_links =
        (layout.body_words as f32) < vocab::KIND_LISTING_BODY_SHARE * layout.words as f32;
    let not_a_story = match article.page_kind {
        PageKind::Product => true,
        PageKind::Listing => mostly_links,
        _ => false,
    };
    if not_a_story {
        article.authors.clear();
        article.byline = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_shapes() {
        assert_eq!(
            url_shape("https://ex.com/2024/03/council-approves-new-bridge"),
            (4, 3)
        );
        assert_eq!(url_shape("https://ex.com/"), (0, 0));
        assert_eq!(url_shape("https://ex.com/news/story_one.html?x=1"), (2, 2));
    }

    fn layout(words: usize, body_words: usize, paragraphs: usize, teasers: usize) -> Layout {
        Layout {
            words,
            body_words,
            body_paragraphs: paragraphs,
            teasers,
            ..Layout::default()
        }
    }

    #[test]
    fn a_story_with_its_evidence_is_an_article() {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some("https://ex.com/2024/03/council-approves-the-new-bridge".into());
        a.headline = Some("Council approves the new bridge over the river".into());
        a.published = Some("2024-03-05".into());
        assert_eq!(
            decide(None, &layout(1000, 900, 12, 0), &a),
            PageKind::Article
        );
    }

    #[test]
    fn a_home_page_of_teasers_is_a_listing() {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some("https://ex.com/".into());
        a.headline = Some("Example News".into());
        assert_eq!(
            decide(None, &layout(2000, 150, 2, 40), &a),
            PageKind::Listing
        );
    }

    #[test]
    fn declared_products_and_threads_are_taken() {
        let a = Article::empty("x", crate::InputKind::Html);
        let l = layout(1000, 900, 12, 0);
        assert_eq!(decide(Some(PageKind::Product), &l, &a), PageKind::Product);
        assert_eq!(decide(Some(PageKind::Forum), &l, &a), PageKind::Forum);
        assert_eq!(decide(None, &layout(100, 0, 0, 0), &a), PageKind::Other);
    }
}
