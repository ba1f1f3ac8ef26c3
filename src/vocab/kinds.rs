//! Page kinds (`pagekind`): declared types, marks of posts and shops, URL
//! sections, the points of evidence and their thresholds.

use super::*;

/// JSON-LD types (lower case) of a shop's product page.
#[rustfmt::skip]
pub const PRODUCT_TYPES: &[&str] = &[
    "product", "productgroup", "productmodel", "individualproduct", "someproducts", "car",
    "vehicle", "aggregateoffer",
];

/// JSON-LD types of a page that lists products (a shop's category or search
/// page declares the products it lists as well).
#[rustfmt::skip]
pub const PRODUCT_LISTING_TYPES: &[&str] = &["collectionpage", "searchresultspage"];

/// JSON-LD types of a discussion thread.
#[rustfmt::skip]
pub const FORUM_TYPES: &[&str] = &["discussionforumposting", "qapage", "question"];

/// JSON-LD and microdata types of a page of frequently asked questions, and of
/// its entries (which are no thread's).
#[rustfmt::skip]
pub const FAQ_TYPES: &[&str] = &["faqpage"];

#[rustfmt::skip]
pub const FAQ_ENTRY_TYPES: &[&str] = &["question"];

/// JSON-LD types of a page listing other pages.
#[rustfmt::skip]
pub const LISTING_TYPES: &[&str] = &["collectionpage", "itemlist", "searchresultspage", "profilepage"];

/// A line a forum prints for every post.
/// Compiled once a line opens with a letter or character one of its
/// alternatives opens with.
pub static POST_MARK: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(|t| opens_with(t, "rqp#jm"), r"(?i)^(?:reply|quote|report|permalink|#\d+|post #?\d+|posted by\b.*|joined:?\s.*|posts:?\s*\d[\d,.]*|messages:?\s*\d[\d,.]*|\d+\s+(?:replies|posts|antworten|réponses|respuestas))$".into())
});

/// A line a shop prints on a product page.
pub static SHOP_MARK: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(|t| opens_with(t, "abiosfq$€£"), r"(?i)^(?:add to (?:cart|bag|basket)|buy now|in stock|out of stock|sold out|free shipping.*|in den warenkorb|ajouter au panier|añadir al carrito|quantity|qty:?|size guide|[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£]|sku:?\s.*)$".into())
});

/// The text opens with a digit (`\d`) or with one of `firsts` (folded).
pub(super) fn opens_with(t: &str, firsts: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| phrase::is_digit(c) || firsts.contains(phrase::fold(c)))
}

/// Page kind (`pagekind::decide`): points of evidence that a page is one story.
/// A story shows one of these each: a date, a byline, a headline of
/// `KIND_STORY_HEADLINE_WORDS`, a URL whose last segment has
/// `KIND_STORY_SLUG_WORDS` words, a body of `KIND_STORY_BODY_SHARE` of the page,
/// `KIND_STORY_PARAGRAPHS` paragraphs.
pub const KIND_STORY_HEADLINE_WORDS: usize = 6;

pub const KIND_STORY_SLUG_WORDS: usize = 4;

pub const KIND_STORY_BODY_SHARE: f32 = 0.6;

pub const KIND_STORY_PARAGRAPHS: usize = 8;

/// A JSON-LD article type; `og:type` alone is worth a point less (some
/// publishing software gives it to every page).
pub const KIND_DECLARED_ARTICLE_POINTS: i32 = 2;

/// A URL under a section that holds stories (`/blog/`, `/news/`), or dated
/// (`/2024/03/`).
pub const KIND_STORY_SECTION_POINTS: i32 = 2;

pub const KIND_URL_DATE_POINTS: i32 = 3;

/// Points against: a URL under a section of threads, products, listings or
/// documentation; a last segment of at most one word (an id, a section name);
/// a home page's URL;
/// `KIND_MANY_HEADINGS` teaser-length headings outside the body;
/// `KIND_MANY_BYLINES` bylines outside it (each teaser's); a declared product
/// or thread; shop lines.
pub const KIND_OTHER_SECTION_POINTS: i32 = 3;

pub const KIND_BARE_SLUG_POINTS: i32 = 1;

pub const KIND_HOME_POINTS: i32 = 3;

pub const KIND_MANY_HEADINGS: usize = 10;

pub const KIND_MANY_HEADINGS_POINTS: i32 = 1;

pub const KIND_MANY_BYLINES: usize = 3;

pub const KIND_MANY_BYLINES_POINTS: i32 = 2;

pub const KIND_DECLARED_PRODUCT_POINTS: i32 = 3;

/// `KIND_SHOP_MARKS` shop lines (a price, a cart button) on the page: a shop's,
/// also where nothing declares a product (a text rendering).
pub const KIND_SHOP_MARKS_POINTS: i32 = 1;

pub const KIND_DECLARED_FORUM_POINTS: i32 = 3;

/// A page whose JSON-LD declares types but no article, and that shows neither
/// a byline nor a date: a site's static page (services, a guide).
pub const KIND_UNSIGNED_PAGE_POINTS: i32 = 2;

/// Points that make a story; a text rendering declares nothing and shows no
/// links, so there the points of a declared article are not to be had.
pub const KIND_STORY_POINTS: i32 = 3;

pub const KIND_TEXT_STORY_POINTS: i32 = 1;

/// A listing within this many points of a story keeps its byline (a story
/// whose body was found too small is called a listing, and its names are the
/// story's); below, the names are those of the stories it lists.
pub const KIND_BYLINE_KEPT_MARGIN: i32 = 1;

/// Teasers (short linked headings and items) of a listing page.
pub const KIND_MANY_TEASERS: usize = 10;

/// A page whose body is this little of its words lists other pages.
pub const KIND_LISTING_BODY_SHARE: f32 = 0.35;

pub const KIND_POST_MARKS: usize = 3;

pub const KIND_SHOP_MARKS: usize = 2;

/// Shop lines and teasers, this many of each: a price (or a cart button) for
/// each of many items, a shop's category page rather than one product.
pub const KIND_PRICED_ENTRIES: usize = 20;

/// Query keys (lower case) whose number names one item: WordPress's `?p=123`,
/// the `id`, `newsid`, `articleid` of other publishing software.
#[rustfmt::skip]
pub const QUERY_ITEM_KEYS: &[&str] = &[
    "p", "id", "newsid", "news_id", "articleid", "article_id", "storyid", "story_id", "postid",
    "post_id", "artikelid", "nid", "aid",
];

/// URL path segments (lower case, before the last) that name a site's section
/// of one kind of page, as common publishing, shop and forum software writes
/// them: WordPress and news sites (`/blog/`, `/news/`, `/category/`, `/tag/`),
/// shops (`/products/`, `/collections/`, Amazon's `/dp/`, eBay's `/itm/`),
/// forums (Discourse's `/t/`, XenForo's `/threads/`, Stack Exchange's
/// `/questions/`, Reddit's `/comments/`) and documentation sites. Sections of
/// stories are named in the languages of the date vocabularies too (news,
/// press releases, articles). A host's first label is read as a section of
/// its kind (`docs.`, `developer.` portals, `forum.`, `community.`, `store.`).
#[rustfmt::skip]
pub const STORY_URL_SECTIONS: &[&str] = &[
    "blog", "blogs", "news", "article", "articles", "post", "posts", "story", "stories",
    "nachrichten", "aktuelles", "aktuell", "meldungen", "meldung", "presse",
    "pressemitteilungen", "pressemitteilung", "artikel", "beitrag", "beitraege",
    "actualites", "actualite", "noticias", "noticia", "notizie", "nieuws", "nyheter",
    "wiadomosci", "artykuly", "artykul", "novosti", "noticies",
];

#[rustfmt::skip]
pub const FORUM_URL_SECTIONS: &[&str] = &[
    "threads", "thread", "t", "topic", "topics", "questions", "forum", "forums", "community",
    "comments", "discussion", "discussions", "viewtopic",
];

#[rustfmt::skip]
pub const PRODUCT_URL_SECTIONS: &[&str] = &["products", "product", "dp", "itm", "shop", "store"];

#[rustfmt::skip]
pub const LISTING_URL_SECTIONS: &[&str] = &[
    "collections", "collection", "category", "categories", "cat", "c", "tag", "tags", "search",
    "browse", "list", "subcategory",
];

#[rustfmt::skip]
pub const OTHER_URL_SECTIONS: &[&str] = &[
    "docs", "doc", "documentation", "api", "guide", "help", "support", "wiki", "services",
    "solutions", "manual", "reference", "developer",
];

/// The most words of a line that only stamps an entry (its date, its byline).
pub const KIND_STAMP_WORDS: usize = 12;
