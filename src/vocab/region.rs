//! The body region (`body`): block weights, region growth, the second opinion,
//! the element regions.

/// The most words of a short line a text region keeps between its paragraphs (a
/// subheading, a question, a remark).
pub const SHORT_LINE_WORDS: usize = 20;

/// A body with fewer words than this is asked for a second opinion: the page's
/// main element's whole text (`body::main_element_text`).
pub const SMALL_BODY_WORDS: usize = 50;

/// The main element's text replaces a small body when it holds this many times
/// its words,
pub const MAIN_ELEMENT_GAIN: f32 = 3.0;

/// and at least this many words,
pub const MAIN_ELEMENT_MIN_WORDS: usize = 80;

/// and this many words a block on average (teasers and paragraphs, not menus).
pub const MAIN_ELEMENT_BLOCK_WORDS: f32 = 5.0;

/// The least share of distinct words among the main element's words (a link
/// farm repeats one line with a number changed).
pub const MAIN_ELEMENT_DISTINCT_WORDS: f32 = 0.02;

/// Furniture labels (`boilerplate` passes) of what a listing's own text is made
/// of: its linked items, labels repeated on every teaser, the teasers' dates and
/// "Read more" headings.
pub const LISTED_FURNITURE: &[&str] = &[
    "link list",
    "repeated",
    "entry stamp",
    "story list",
    "read more",
    "link reference",
];

/// What a paragraph with no prose next to it (a caption, a teaser between a
/// title and a name) counts for, as a share of its weight.
pub const ISOLATED_PROSE_WEIGHT: f32 = 0.3;

/// What the article's own recurring furniture costs a region spanning it.
pub const RECURRING_FURNITURE: f32 = -1.0;

/// Link lists inside the article element it shows at least, for them to be its
/// recurring furniture.
pub const MIN_RECURRING_LISTS: usize = 3;

/// Lines opening an entry of a thread ("Jo says:") a page shows at least, for
/// them to separate entries.
pub const MIN_THREAD_ENTRIES: usize = 2;

/// The least weight of an item of a list a sentence introduces.
pub const INTRODUCED_ITEM: f32 = 0.5;

/// Words a line introducing what follows has at most.
pub const INTRODUCING_LINE_WORDS: usize = 12;

/// Lines dating or signing a story one page holds at most.
pub const MAX_LEAD_LINES: usize = 2;

/// Prose with inline links up to this density is still text (a digest of linked
/// stories, a post citing its sources).
pub const PROSE_LINKS: f32 = 0.75;

/// What a word of a short line of running text inside an element (a table
/// cell, a list item) adds to the region.
pub const SHORT_TEXT_WEIGHT: f32 = 0.8;

/// What a word of a linked line (a title of another story, a menu) costs the
/// region.
pub const LINKED_LINE_PENALTY: f32 = 0.6;

/// What prose outside the page's article element counts for, as a share of its
/// weight.
pub const OUTSIDE_ARTICLE_WEIGHT: f32 = 0.2;

// Region growth (`grow_up`).

/// The least net weight an extension of the region must add.
pub const GROW_MIN_GAIN: f32 = 5.0;

/// The most furniture weight a growing region crosses before it stops looking.
pub const GROW_MAX_COST: f32 = 60.0;

/// What a short line outside the element costs a growing region: this much,
pub const GROW_SHORT_COST: f32 = 2.0;

/// and this much a word.
pub const GROW_WORD_COST: f32 = 0.3;

// The second opinion (`second_opinion`).

/// The element's region is asked for a second opinion when it holds less than this
/// share of the page's prose weight.
pub const SECOND_OPINION_WHEN_BELOW: f32 = 0.7;

/// The whole-page span replaces it when it holds this many times its prose weight,
pub const SECOND_OPINION_GAIN: f32 = 1.25;

/// and its net weight grows by at least this share of the prose weight it adds.
pub const SECOND_OPINION_NET_SHARE: f32 = 0.3;

/// A whole-page span apart from the element's region replaces it when it holds
/// this many times its prose weight and its net weight.
pub const SECOND_OPINION_ELSEWHERE: f32 = 3.0;

// The element regions (`element_region`, `thread_region`).

/// The share of a thread page's prose weight its region holds.
pub const THREAD_SHARE: f32 = 0.8;

/// How much of the heaviest element's weight a tighter element must keep.
pub const ELEMENT_SHARE: f32 = 0.9;

// The declared product's text (`extract::declared_product_body`).

/// The fewest words of a product's declared description that make it the
/// item's text (a shorter one is a tagline).
pub const DECLARED_PRODUCT_MIN_WORDS: usize = 30;

/// The share of its word pairs a body holds at least for the description to be
/// shown on the page already.
pub const DECLARED_PRODUCT_SHOWN: f32 = 0.5;
