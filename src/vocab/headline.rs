//! The headline: evidence weights of a text page's headline line, section
//! prefixes, how two wordings of one headline are matched.

/// How much each piece of evidence says that a line of a text page is its
/// headline (a weight per feature, the line with the highest sum wins), as
/// `fields::text_headline_candidates` computes them. Fitted as a conditional
/// logit on the tuning half of trafilatura-eval (`metaeval::held_out` false),
/// its w3m, lynx and elinks renderings together, by `examples/fit_text_headline.rs`;
/// the features are general (position, shape, repetition, the lines around
/// it), none is a word of one site.
pub const TEXT_HEADLINE_EVIDENCE: [(&str, f32); 32] = [
    // rank among the candidates counting back from the body (0 = nearest), /10
    ("rank", -0.49),
    // blocks between the line and the body, /40
    ("distance", 0.15),
    // words, /10
    ("words", 0.49),
    // 4 to 20 words: the length of a headline
    ("headline_length", 1.25),
    // at most 2 words: a label more often than a headline
    ("two_words_or_fewer", -0.75),
    ("title_case_share", 0.23),
    ("heading", 2.32),
    // the same line elsewhere in the page
    ("repeated", 0.35),
    // the line inside a longer one elsewhere: a page title with the site
    // name, the last step of a breadcrumb
    ("inside_another_line", 1.46),
    // a date or a byline in the 3 blocks after it
    ("dated_after", 0.81),
    // a date in the 2 blocks before it
    ("dated_before", 0.03),
    // a photo credit or source line
    ("credit", -0.23),
    ("starts_lower_case", -0.51),
    // commas, at most 3, /3
    ("commas", 0.00),
    // ends with a colon: introduces what follows
    ("ends_with_colon", -0.70),
    ("ends_with_question_mark", 1.20),
    // holds `|` or `/`: a menu, a path, a credit
    ("bar_or_slash", -1.24),
    // prose right after it
    ("prose_after", -0.16),
    // marked as furniture (repeated, in a link list)
    ("furniture", 0.41),
    // inside the page's first line (a crawl export's `<title>`)
    ("in_first_line", 0.67),
    // all in capitals: a section label or a kicker
    ("all_caps", -0.09),
    // prose in the 3 blocks after it
    ("prose_soon_after", 0.93),
    // where it sits in the page, 0 (top) to 1
    ("page_position", 0.86),
    // a line alone in its group (blank lines around it)
    ("stands_alone", 2.56),
    // a list item
    ("list_item", -1.60),
    // a single word
    ("one_word", -0.62),
    // at most 3 words that read as a person's name
    ("reads_as_name", -0.04),
    // share of its words (of 4 letters or more) in the story's first 3 paragraphs
    ("words_in_lead", 2.12),
    // a breadcrumb trail or a next/previous link (`is_breadcrumb_or_arrow`)
    ("breadcrumb_or_arrow", -0.91),
    // a longer title-like line in the 2 blocks below: a deck
    ("longer_line_below", 0.39),
    // a shorter title-like line in the 2 blocks above: a headline
    ("shorter_line_above", 0.21),
    // a short line that names the site of the page's address (`fields::names_site`)
    ("names_site", -1.30),
];

/// What separates the steps of a breadcrumb trail, with a space either side.
pub const BREADCRUMB_SEPARATORS: &[&str] = &["»", "›", ">", "→"];

/// Arrows and guillemets that open or close a link to another story
/// ("« Previous post", "Next →"), when the line holds only one of them: two
/// quote a title («Wir waren fast 40 Tage in Quarantäne»).
pub const NAVIGATION_ARROWS: &[&str] = &["«", "»", "‹", "›", "<", ">", "←", "→"];

/// Section labels that pages put before a headline: "Opinion | ...", "Politics: ...".
pub const HEADLINE_SECTION_PREFIXES: &[&str] = &[
    "opinion",
    "opinions",
    "analysis",
    "editorial",
    "commentary",
    "comment",
    "op-ed",
    "oped",
    "perspective",
    "explainer",
    "fact check",
    "exclusive",
    "breaking",
    "breaking news",
    "live",
    "live updates",
    "watch",
    "video",
    "podcast",
    "interview",
    "letters",
    "obituary",
    "sponsored",
    "politics",
    "business",
    "sport",
    "sports",
    "world",
    "tech",
    "technology",
    "science",
    "health",
    "culture",
    "entertainment",
    "news",
    "meinung",
    "kommentar",
    "tribune",
    "opinión",
    "opinião",
];

/// The share of words two wordings of one headline have in common, each way.
pub const SAME_HEADLINE_OVERLAP: f32 = 0.5;

/// A shown headline this short (letters and digits) is not matched inside a title.
pub const HEADLINE_MIN_CHARS: usize = 8;

/// The most words of a kicker a shown headline may put before the declared one.
pub const HEADLINE_MAX_KICKER_WORDS: usize = 4;

/// How many blocks into a text page's body region its lead may still run: a
/// byline or a date line this close to the region's start ends the lead
/// (`fields::text_lead_end`),
pub const TEXT_LEAD_SIGNATURE_BLOCKS: usize = 5;

/// when no block before it holds more words than this (a headline, a deck),
pub const TEXT_LEAD_MAX_WORDS: usize = 45;

/// and the line itself holds at most this many.
pub const TEXT_SIGNATURE_MAX_WORDS: usize = 16;

/// Labels of a host name that do not name the site ("www.independent.co.uk": "independent").
pub const HOST_FILLER_LABELS: &[&str] = &[
    "www", "www1", "www2", "m", "mobile", "amp", "co", "com", "org", "net", "gov", "ac", "edu",
];

/// The fewest letters of a site's key, and of a line matched against it.
pub const SITE_KEY_MIN_CHARS: usize = 4;

/// The most words of a line that names the site,
pub const SITE_NAME_MAX_WORDS: usize = 5;

/// and the most letters it may add to the site's key ("Achgut.com", "Dr. Alexander Klier").
pub const SITE_NAME_EXTRA_CHARS: usize = 6;
