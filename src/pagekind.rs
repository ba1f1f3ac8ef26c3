//! The kind of page a record was read from (`record::PageKind`), decided from
//! evidence the extractor already has: the types the page declares, the body
//! found, how much of the page sits in links, repeated teasers (short linked
//! headings and list items), and the reply structure of a thread.

use crate::blocks::{Block, Shape};
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
    /// Short lines outside the body that show a date or open with "By": the
    /// stamps of teasers (or of posts), one per entry.
    pub entry_dates: usize,
    pub entry_bylines: usize,
    /// Headings of a teaser's length outside the body, linked or not (a text
    /// rendering shows no links).
    pub outside_headings: usize,
    /// Prose paragraphs outside the body: the blurbs of teasers, or comments.
    pub outside_paragraphs: usize,
    /// Words of the body in list items.
    pub body_item_words: usize,
}

impl Layout {
    pub fn of(blocks: &[Block], body: &[usize]) -> Layout {
        let mut l = Layout::default();
        let mut in_body = vec![false; blocks.len()];
        for &i in body {
            in_body[i] = true;
        }
        for (b, &inside) in blocks.iter().zip(&in_body) {
            let w = b.features.words;
            let text = b.text.trim();
            l.words += w;
            l.link_words += (w as f32 * b.link_density).round() as usize;
            let linked = b.link_density > 0.6;
            let teaser_length = (3..=20).contains(&w);
            if linked && teaser_length && matches!(b.shape, Shape::Heading | Shape::Item) {
                l.teasers += 1;
            }
            if w <= 6 && vocab::POST_MARK.is_match(text) {
                l.post_marks += 1;
            }
            if w <= 8 && vocab::SHOP_MARK.is_match(text) {
                l.shop_marks += 1;
            }
            if inside {
                l.body_words += w;
                // (the body's blocks may not be labelled yet: the layout is read
                // as the region search found it)
                l.body_paragraphs += usize::from(b.features.is_prose());
                if b.shape == Shape::Item {
                    l.body_item_words += w;
                }
                continue;
            }
            if w <= vocab::KIND_STAMP_WORDS {
                l.entry_dates += usize::from(vocab::DATE.is_match(text));
                l.entry_bylines += usize::from(vocab::BYLINE_PREFIX.is_match(text));
            }
            if teaser_length && b.shape == Shape::Heading {
                l.outside_headings += 1;
            }
            l.outside_paragraphs += usize::from(b.features.is_prose());
        }
        l
    }
}

/// Words of the last path segment of a URL (`/2024/03/council-approves-new-bridge`
/// → 4), and how many segments the path has.
pub fn url_shape(url: &str) -> (usize, usize) {
    let segments = path_segments(url);
    let last = segments.last().copied().unwrap_or("");
    let last = last.rsplit_once('.').map_or(last, |(stem, _)| stem);
    let words = last
        .split(['-', '_', '+'])
        .filter(|w| !w.is_empty())
        .count();
    (words, segments.len())
}

fn path_segments(url: &str) -> Vec<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    path.split('/').skip(1).filter(|s| !s.is_empty()).collect()
}

/// The URL's query names one item by its number (`/?p=123`,
/// `news.php?newsid=6486285`), as publishing software without readable
/// addresses writes a post's: its last path segment says nothing of the page.
pub fn query_item(url: &str) -> bool {
    let Some((_, query)) = url.split('#').next().unwrap_or("").split_once('?') else {
        return false;
    };
    query.split('&').any(|pair| {
        pair.split_once('=').is_some_and(|(key, value)| {
            !value.is_empty()
                && value.bytes().all(|b| b.is_ascii_digit())
                && vocab::QUERY_ITEM_KEYS.contains(&key.to_ascii_lowercase().as_str())
        })
    })
}

/// What the sections of a URL's path (every segment before the last) say: one
/// of them holds stories (`/blog/`), and the kind of page another names
/// (`/threads/` a forum, `/products/` a product, `/tag/` a listing, `/docs/`
/// other), the first of those kinds in that order. Without such a section, the
/// first label of a host of three labels or more names the kind
/// (`docs.example.com` as `example.com/docs/`); a host's label says nothing of
/// stories (`news.` and `blog.` hosts serve home pages and threads too).
pub fn url_sections(url: &str) -> (bool, Option<PageKind>) {
    let segments = path_segments(url);
    let sections: Vec<String> = segments
        .iter()
        .take(segments.len().saturating_sub(1))
        .map(|s| s.to_lowercase())
        .collect();
    let story = sections
        .iter()
        .any(|s| vocab::STORY_URL_SECTIONS.contains(&s.as_str()));
    let host = host_section(url);
    let kind = section_kind(&sections).or_else(|| section_kind(host.as_slice()));
    (story, kind)
}

/// The kind of page the first of `sections` to name one names, forums first,
/// then products, listings and other pages.
fn section_kind(sections: &[String]) -> Option<PageKind> {
    let any = |list: &[&str]| sections.iter().any(|s| list.contains(&s.as_str()));
    [
        (vocab::FORUM_URL_SECTIONS, PageKind::Forum),
        (vocab::PRODUCT_URL_SECTIONS, PageKind::Product),
        (vocab::LISTING_URL_SECTIONS, PageKind::Listing),
        (vocab::OTHER_URL_SECTIONS, PageKind::Other),
    ]
    .into_iter()
    .find(|(list, _)| any(list))
    .map(|(_, k)| k)
}

/// The first label of a host of three labels or more, `www` aside
/// (`forum.example.org` → `forum`).
fn host_section(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 3 || labels.iter().all(|l| l.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let first = labels[0].to_ascii_lowercase();
    (first != "www").then_some(first)
}

/// The URL's path is dated: a year and a month segment (`/2024/03/`), or a
/// whole date (`/20240305/`).
pub fn url_dated(url: &str) -> bool {
    let segments = path_segments(url);
    let year = |s: &str| s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1995..2100).contains(&y));
    let month = |s: &str| s.len() <= 2 && s.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    segments.windows(2).any(|w| year(w[0]) && month(w[1])) || crate::dates::url_date(url).is_some()
}

/// What the page's markup declares of its kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Declared {
    pub kind: Option<PageKind>,
    /// The declared article is only `og:type`'s.
    pub article_by_og_only: bool,
    /// JSON-LD declares the page's type, not an article (`html::meta`).
    pub typed_not_article: bool,
    /// The page shows a date where a story's stands.
    pub shows_date: bool,
}

/// Everything the page kind is decided from: the kind the page declares, its
/// layout, and what the fields found and the address say of it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence {
    pub declared: Option<PageKind>,
    /// The declared article is only `og:type`'s.
    pub article_by_og_only: bool,
    /// The page declares its JSON-LD type, not an article's.
    pub typed_not_article: bool,
    /// The markup shows a date where a story's stands (`Declared`).
    pub shows_date: bool,
    /// The blocks are a DOM's (links and markup known), not a text rendering's.
    pub dom: bool,
    pub layout: Layout,
    /// A publication date was found.
    pub dated: bool,
    /// An author was found who is not a login (a login signs a post in a
    /// thread or a shop's review as often as a story).
    pub signed: bool,
    pub headline_words: usize,
    /// The page's address is known; the words of its last path segment, and
    /// how many segments it has.
    pub url_known: bool,
    pub slug_words: usize,
    pub depth: usize,
    /// The query names the item (`query_item`).
    pub query_item: bool,
    /// The address is a site's home page: no path, no query (`/?p=123` is a
    /// post).
    pub home: bool,
    /// The URL's sections ([`url_sections`]) and date ([`url_dated`]).
    pub story_section: bool,
    pub section_kind: Option<PageKind>,
    pub url_dated: bool,
}

impl Evidence {
    pub fn of(declared: Option<PageKind>, layout: &Layout, article: &Article) -> Evidence {
        let url = article.url.as_deref();
        let (slug_words, depth) = url.map_or((0, 1), url_shape);
        let (story_section, section_kind) = url.map_or((false, None), url_sections);
        Evidence {
            declared,
            article_by_og_only: false,
            typed_not_article: false,
            shows_date: false,
            dom: true,
            layout: *layout,
            dated: article.published.is_some(),
            signed: article
                .authors
                .iter()
                .any(|a| !crate::html::meta::is_user_name(a)),
            headline_words: article
                .headline
                .as_deref()
                .map_or(0, |h| h.split_whitespace().count()),
            url_known: url.is_some(),
            slug_words,
            depth,
            query_item: url.is_some_and(query_item),
            home: url.is_some_and(|u| depth == 0 && !u.contains('?')),
            story_section,
            section_kind,
            url_dated: url.is_some_and(url_dated),
        }
    }

    /// The share of the page's words in the body found.
    pub fn body_share(&self) -> f32 {
        self.layout.body_words as f32 / self.layout.words.max(1) as f32
    }

    /// The points that make a story: a text rendering declares nothing and
    /// shows no links.
    pub fn needed_points(&self) -> i32 {
        if self.dom {
            vocab::KIND_STORY_POINTS
        } else {
            vocab::KIND_TEXT_STORY_POINTS
        }
    }

    /// Points of evidence for one story, less those against (see the
    /// `KIND_*` constants of `vocab`).
    pub fn story_points(&self) -> i32 {
        let l = &self.layout;
        let body_share = self.body_share();
        let one = |b: bool| i32::from(b);
        let declared = match self.declared {
            Some(PageKind::Article) => {
                vocab::KIND_DECLARED_ARTICLE_POINTS - one(self.article_by_og_only)
            }
            Some(PageKind::Product) => -vocab::KIND_DECLARED_PRODUCT_POINTS,
            Some(PageKind::Forum) => -vocab::KIND_DECLARED_FORUM_POINTS,
            _ => 0,
        };
        declared
            + one(self.dated)
            + one(self.signed)
            + one(self.headline_words >= vocab::KIND_STORY_HEADLINE_WORDS)
            + one(self.slug_words >= vocab::KIND_STORY_SLUG_WORDS)
            + one(body_share >= vocab::KIND_STORY_BODY_SHARE)
            + one(l.body_paragraphs >= vocab::KIND_STORY_PARAGRAPHS)
            + vocab::KIND_STORY_SECTION_POINTS * one(self.story_section)
            + vocab::KIND_URL_DATE_POINTS * one(self.url_dated)
            - vocab::KIND_OTHER_SECTION_POINTS * one(self.section_kind.is_some())
            - vocab::KIND_BARE_SLUG_POINTS
                * one(self.url_known && self.slug_words <= 1 && !self.query_item)
            - vocab::KIND_HOME_POINTS * one(self.home)
            - vocab::KIND_MANY_HEADINGS_POINTS
                * one(l.outside_headings >= vocab::KIND_MANY_HEADINGS)
            - vocab::KIND_MANY_BYLINES_POINTS * one(l.entry_bylines >= vocab::KIND_MANY_BYLINES)
            - vocab::KIND_SHOP_MARKS_POINTS * one(l.shop_marks >= vocab::KIND_SHOP_MARKS)
            - vocab::KIND_UNSIGNED_PAGE_POINTS * one(self.unsigned_page())
    }

    /// A static page rather than a post: its markup declares types and no
    /// article, and it shows neither a byline nor a date (a date only declared
    /// is the page's, not a story's).
    pub fn unsigned_page(&self) -> bool {
        self.typed_not_article && !self.signed && !self.shows_date && self.layout.entry_dates == 0
    }
}

/// The page kind from the evidence. A page with enough points of story
/// evidence (`Evidence::story_points`) is an article. Otherwise a declared
/// thread is taken as declared; a listing's URL, or a price and a teaser for
/// each of many items, make a listing (a shop's category page declares and
/// prices products too); a declared product is taken as declared; post marks
/// or a forum's URL make a forum, shop lines or a shop's URL a product; a body
/// that is little of the page, many teasers, a declared collection or a home
/// page's URL make a listing; the rest (service pages, documentation) is other.
pub fn decide(e: &Evidence) -> PageKind {
    let l = &e.layout;
    if l.body_words == 0 {
        return PageKind::Other;
    }
    if e.story_points() >= e.needed_points() {
        return PageKind::Article;
    }
    if e.declared == Some(PageKind::Forum) {
        return PageKind::Forum;
    }
    let priced_entries =
        l.shop_marks >= vocab::KIND_PRICED_ENTRIES && l.teasers >= vocab::KIND_PRICED_ENTRIES;
    let listing_section = e.section_kind == Some(PageKind::Listing);
    let forum_marks =
        l.post_marks >= vocab::KIND_POST_MARKS || e.section_kind == Some(PageKind::Forum);
    if (listing_section && !forum_marks) || priced_entries {
        return PageKind::Listing;
    }
    if e.declared == Some(PageKind::Product) {
        return PageKind::Product;
    }
    if forum_marks {
        return PageKind::Forum;
    }
    if l.shop_marks >= vocab::KIND_SHOP_MARKS || e.section_kind == Some(PageKind::Product) {
        return PageKind::Product;
    }
    let body_share = e.body_share();
    let many_teasers =
        l.teasers >= vocab::KIND_MANY_TEASERS && body_share < vocab::KIND_STORY_BODY_SHARE;
    if body_share < vocab::KIND_LISTING_BODY_SHARE
        || many_teasers
        || e.declared == Some(PageKind::Listing)
        || e.home
    {
        return PageKind::Listing;
    }
    PageKind::Other
}

/// Decide the record's page kind; a product page, or a listing whose body is
/// little of it (or a shop's) and that shows little of a story, has no author
/// (the names on it are those of the stories it lists or of its reviewers). Returns the evidence the kind was decided from.
/// `dom`: the blocks are a DOM's.
pub fn settle(article: &mut Article, declared: Declared, layout: &Layout, dom: bool) -> Evidence {
    let evidence = Evidence {
        article_by_og_only: declared.article_by_og_only,
        typed_not_article: declared.typed_not_article,
        shows_date: declared.shows_date,
        dom,
        ..Evidence::of(declared.kind, layout, article)
    };
    let declared = declared.kind;
    article.page_kind = decide(&evidence);
    let mostly_links =
        (layout.body_words as f32) < vocab::KIND_LISTING_BODY_SHARE * layout.words as f32;
    let far_from_a_story =
        evidence.story_points() < evidence.needed_points() - vocab::KIND_BYLINE_KEPT_MARGIN;
    // a shop's category page: its names are its reviewers'
    let shop = declared == Some(PageKind::Product) || layout.shop_marks >= vocab::KIND_SHOP_MARKS;
    let not_a_story = match article.page_kind {
        PageKind::Product => true,
        PageKind::Listing => (mostly_links || shop) && far_from_a_story,
        _ => false,
    };
    if not_a_story {
        article.authors.clear();
        article.byline = None;
    }
    evidence
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

    fn kind(declared: Option<PageKind>, l: &Layout, a: &Article) -> PageKind {
        decide(&Evidence::of(declared, l, a))
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

    /// A record with a date and an author and nothing else yet.
    fn dated_and_signed() -> Article {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.published = Some("2024-03-05".into());
        a.authors = vec!["Ana Ruiz".into()];
        a
    }

    #[test]
    fn a_story_with_its_evidence_is_an_article() {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some("https://ex.com/2024/03/council-approves-the-new-bridge".into());
        a.headline = Some("Council approves the new bridge over the river".into());
        a.published = Some("2024-03-05".into());
        assert_eq!(kind(None, &layout(1000, 900, 12, 0), &a), PageKind::Article);
    }

    #[test]
    fn a_home_page_of_teasers_is_a_listing() {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some("https://ex.com/".into());
        a.headline = Some("Example News".into());
        assert_eq!(kind(None, &layout(2000, 150, 2, 40), &a), PageKind::Listing);
    }

    #[test]
    fn declared_products_and_threads_are_taken() {
        let a = Article::empty("x", crate::InputKind::Html);
        let l = layout(1000, 900, 12, 0);
        assert_eq!(kind(Some(PageKind::Product), &l, &a), PageKind::Product);
        assert_eq!(kind(Some(PageKind::Forum), &l, &a), PageKind::Forum);
        assert_eq!(kind(None, &layout(100, 0, 0, 0), &a), PageKind::Other);
    }

    #[test]
    fn url_sections_and_dates() {
        assert_eq!(
            url_sections("https://ex.com/blog/why-we-moved"),
            (true, None)
        );
        assert_eq!(
            url_sections("https://ex.com/en/docs/install"),
            (false, Some(PageKind::Other))
        );
        assert_eq!(
            url_sections("https://shop.ex/collections/all/products/wool-runner"),
            (false, Some(PageKind::Product))
        );
        assert_eq!(
            url_sections("https://forum.ex/t/upgrade-broke-my-setup/9312"),
            (false, Some(PageKind::Forum))
        );
        // the last segment is the page itself, not a section
        assert_eq!(url_sections("https://ex.com/about/docs"), (false, None));
        // the first label of a host names a section too, after the path's
        for (url, kind) in [
            ("https://docs.ex.com/install", Some(PageKind::Other)),
            (
                "https://forum.ex.org/viewtopic.php?t=12",
                Some(PageKind::Forum),
            ),
            (
                "https://shop.ex.com/collections/socks",
                Some(PageKind::Listing),
            ),
            ("https://news.ex.com/item", None),
            ("https://www.ex.com/install", None),
            ("https://ex.com/install", None),
            ("http://192.168.0.1/install", None),
        ] {
            assert_eq!(url_sections(url), (false, kind), "{url}");
        }
        assert!(url_dated("https://ex.com/2024/03/council-approves"));
        assert!(url_dated("https://ex.com/news/20240305/council-approves"));
        assert!(!url_dated("https://ex.com/products/2024-edition"));
        assert!(!url_dated("https://ex.com/item/123456/7"));
    }

    /// A page of prose without date or byline: what its address says decides.
    fn undated_prose_at(url: &str) -> PageKind {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some(url.into());
        a.headline = Some("Installing the command line tools".into());
        kind(None, &layout(1200, 1000, 12, 0), &a)
    }

    #[test]
    fn the_address_tells_a_story_from_documentation() {
        assert_eq!(
            undated_prose_at("https://ex.com/docs/installing-the-command-line-tools"),
            PageKind::Other
        );
        assert_eq!(
            undated_prose_at("https://ex.com/blog/installing-the-command-line-tools"),
            PageKind::Article
        );
        assert_eq!(
            undated_prose_at("https://ex.com/2024/03/installing-the-command-line-tools"),
            PageKind::Article
        );
    }

    #[test]
    fn og_type_alone_is_weaker_than_a_json_ld_article() {
        let a = Article::empty("x", crate::InputKind::Html);
        let l = layout(1000, 900, 3, 0);
        let by = |og_only| Evidence {
            article_by_og_only: og_only,
            ..Evidence::of(Some(PageKind::Article), &l, &a)
        };
        assert_eq!(decide(&by(false)), PageKind::Article);
        assert_ne!(decide(&by(true)), PageKind::Article);
    }

    #[test]
    fn a_text_rendering_needs_less_evidence() {
        let mut a = Article::empty("x", crate::InputKind::Text);
        a.published = Some("2024-03-05".into());
        let l = layout(1000, 400, 3, 0);
        let e = Evidence::of(None, &l, &a);
        assert_ne!(decide(&e), PageKind::Article);
        let text = Evidence { dom: false, ..e };
        assert_eq!(decide(&text), PageKind::Article);
        // a shop's page, which nothing in a text rendering declares
        let mut shop = text;
        shop.layout.shop_marks = 4;
        assert_eq!(decide(&shop), PageKind::Product);
    }

    #[test]
    fn teaser_bylines_and_post_marks_speak_against_one_story() {
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some("https://ex.com/sections/science-and-technology-news".into());
        a.headline = Some("The latest science and technology news today".into());
        a.published = Some("2024-03-05".into());
        let mut l = layout(3000, 1000, 4, 0);
        assert_eq!(kind(None, &l, &a), PageKind::Article);
        l.entry_bylines = 12;
        l.outside_headings = 12;
        assert_eq!(kind(None, &l, &a), PageKind::Listing);
        l.post_marks = 5;
        assert_eq!(kind(None, &l, &a), PageKind::Forum);
    }

    #[test]
    fn a_static_page_without_byline_or_shown_date_is_no_story() {
        // a company's page: declared a `WebPage`, a date only in its markup
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.url = Some("https://ex.com/data-analytics-consulting-services".into());
        a.headline = Some("Data analytics consulting services".into());
        a.published = Some("2024-03-05".into());
        let l = layout(1000, 900, 12, 0);
        let page = Evidence {
            typed_not_article: true,
            ..Evidence::of(None, &l, &a)
        };
        assert!(page.unsigned_page());
        assert_ne!(decide(&page), PageKind::Article);
        // the same markup with the date shown, or a byline: a post
        let shown = Evidence {
            layout: Layout {
                entry_dates: 1,
                ..l
            },
            ..page
        };
        assert_eq!(decide(&shown), PageKind::Article);
        let marked = Evidence {
            shows_date: true,
            ..page
        };
        assert_eq!(decide(&marked), PageKind::Article);
        a.authors = vec!["Ana Ruiz".into()];
        let signed = Evidence {
            typed_not_article: true,
            ..Evidence::of(None, &l, &a)
        };
        assert_eq!(decide(&signed), PageKind::Article);
        // undeclared, the same page is read as before
        assert_eq!(kind(None, &l, &a), PageKind::Article);
    }

    #[test]
    fn a_home_page_address_counts_against_one_story() {
        let mut a = dated_and_signed();
        let l = layout(1000, 900, 12, 0);
        a.url = Some("https://blog.example/".into());
        assert_eq!(kind(None, &l, &a), PageKind::Listing);
        // a post addressed by its number is no home page
        a.url = Some("https://blog.example/?p=123".into());
        assert_eq!(kind(None, &l, &a), PageKind::Article);
    }

    #[test]
    fn a_listing_near_a_story_keeps_its_byline() {
        let mut a = dated_and_signed();
        a.byline = Some("By Ana Ruiz".into());
        let l = layout(2000, 300, 2, 0);
        let mut near = a.clone();
        settle(&mut near, Declared::default(), &l, true);
        assert_eq!(near.page_kind, PageKind::Listing);
        assert_eq!(near.authors, ["Ana Ruiz"]);
        // a home page of teasers: the names are the teasers'
        let mut home = a;
        home.url = Some("https://news.example/".into());
        settle(&mut home, Declared::default(), &l, true);
        assert_eq!(home.page_kind, PageKind::Listing);
        assert!(home.authors.is_empty() && home.byline.is_none());
    }

    #[test]
    fn a_number_in_the_query_names_one_post() {
        assert!(query_item("https://blog.example/?p=123"));
        assert!(query_item(
            "https://ex.de/autonews.php?NewsID=6486285&lang=de"
        ));
        assert!(!query_item("https://ex.com/search?q=bridge"));
        assert!(!query_item("https://ex.com/list?sid=58428beaa1"));
        assert!(!query_item("https://ex.com/news/council-approves"));
        // a short news item whose address names it only by its number
        let mut a = Article::empty("x", crate::InputKind::Html);
        a.published = Some("2024-03-05".into());
        a.headline = Some("The new electric estate car arrives in spring".into());
        a.url = Some("https://autos.example/?p=31228".into());
        let l = layout(200, 170, 3, 0);
        assert_eq!(kind(None, &l, &a), PageKind::Article);
        a.url = Some("https://autos.example/neuheiten".into());
        assert_ne!(kind(None, &l, &a), PageKind::Article);
    }

    #[test]
    fn story_sections_in_other_languages() {
        for url in [
            "https://ex.de/aktuelles/neue-bruecke-eroeffnet",
            "https://ex.fr/actualites/le-pont-rouvre",
            "https://ex.es/noticias/el-puente-reabre",
            "https://ex.de/presse/pressemitteilungen/der-neue-haushalt",
        ] {
            assert_eq!(url_sections(url), (true, None), "{url}");
        }
    }

    #[test]
    fn a_shops_category_page_is_a_listing() {
        let a = Article::empty("x", crate::InputKind::Html);
        // one product: a price, a cart button
        let mut l = layout(800, 300, 3, 2);
        l.shop_marks = 3;
        assert_eq!(kind(None, &l, &a), PageKind::Product);
        assert_eq!(kind(Some(PageKind::Product), &l, &a), PageKind::Product);
        // a price and a teaser for each of many items
        l.shop_marks = 40;
        l.teasers = 35;
        assert_eq!(kind(None, &l, &a), PageKind::Listing);
        assert_eq!(kind(Some(PageKind::Product), &l, &a), PageKind::Listing);
        // under a shop's category section, declared products or not
        let mut c = a.clone();
        c.url = Some("https://shop.example/collections/wool-shoes".into());
        let l = layout(800, 300, 3, 2);
        assert_eq!(kind(Some(PageKind::Product), &l, &c), PageKind::Listing);
        // a product under its category keeps its own section
        c.url = Some("https://shop.example/collections/wool/products/runner".into());
        assert_eq!(kind(Some(PageKind::Product), &l, &c), PageKind::Product);
    }
}
