//! The stage list shared by both front ends: boilerplate passes → body region →
//! field finders → body assembly.

use crate::blocks::{Block, Label, Shape};
use crate::record::Article;
use crate::{body, boilerplate, fields, lang, vocab};

/// What a front end knows about the page beyond its blocks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The page marks its article with an element holding most of its paragraphs:
    /// prose outside that element is unlikely to be the article.
    pub prefer_article: bool,
    /// For a DOM: the parent of each block group (`Block::group`), so that the
    /// article region can be chosen as one element rather than any span.
    pub parents: Option<&'a [usize]>,
    /// The title the page declares outside its text (HTML metadata).
    pub title: Option<&'a str>,
    /// The page declares itself a discussion thread, or a page of questions
    /// and answers (JSON-LD or microdata): its entries, not only the first, are
    /// the text.
    pub thread: bool,
    /// The page's address, when known: its host names the site, which a text
    /// page's headline is not.
    pub url: Option<&'a str>,
}

/// What [`run`] decided, kept for explaining a page ([`crate::explain_bytes`]):
/// the blocks with their final labels, and the article region it chose
/// (first block, one past the last).
#[derive(Debug, Default)]
pub struct Trace {
    pub blocks: Vec<Block>,
    pub region: Option<(usize, usize)>,
    /// What the page kind was decided from.
    pub kind: crate::pagekind::Evidence,
}

/// Fill `article` from the blocks of one page; returns the decisions made, and
/// what the blocks show of the page's layout, for the page kind.
pub fn run(
    mut blocks: Vec<Block>,
    hints: Hints<'_>,
    article: &mut Article,
) -> (Trace, crate::pagekind::Layout) {
    boilerplate::mark(&mut blocks, hints.parents.is_some());
    let Some(mut region) = body::region(&blocks, &hints) else {
        let window = fields_window(&blocks);
        let f = fields::find_on_site(
            &mut blocks,
            window,
            hints.title,
            hints.parents.is_some(),
            hints.url,
        );
        apply_fields(article, f);
        let layout = crate::pagekind::Layout::of(&blocks, &[]);
        let keep = small_body_opinion(&blocks, &hints, &[]).unwrap_or_default();
        set_body(article, &mut blocks, &keep);
        if article.body.is_empty() {
            article.warnings.push("no article body found".to_string());
        }
        return (
            Trace {
                blocks,
                region: None,
                kind: Default::default(),
            },
            layout,
        );
    };
    if let Some(h) = title_inside(&blocks, region, hints.title) {
        region.0 = h;
    }
    let mut lead_end = lead_end(&blocks, region);
    if hints.parents.is_none() {
        lead_end = fields::text_lead_end(&blocks, region, lead_end);
    }
    let mut found = fields::find_on_site(
        &mut blocks,
        lead_end,
        hints.title,
        hints.parents.is_some(),
        hints.url,
    );
    if hints.parents.is_none()
        && found.byline.is_none()
        && let Some(by) = fields::closing_byline(&mut blocks, region)
    {
        found.byline = Some(by.shown);
        found.authors = by.authors;
    }
    apply_fields(article, found);
    let thread = hints.thread && hints.parents.is_some();
    let keep: Vec<usize> = body::select(&blocks, region, hints.parents.is_some(), thread)
        .into_iter()
        .filter(|&i| matches!(blocks[i].label, Label::Unknown | Label::Body))
        .collect();
    for &i in &keep {
        blocks[i].label = Label::Body;
    }
    // the page kind reads the layout as the region search found it
    let layout = crate::pagekind::Layout::of(&blocks, &keep);
    let keep = match small_body_opinion(&blocks, &hints, &keep) {
        Some(other) => {
            for &i in &keep {
                blocks[i].label = Label::Unknown;
            }
            other
        }
        None => keep,
    };
    set_body(article, &mut blocks, &keep);
    if is_error_page(article, hints.title) {
        article.body.clear();
        article.word_count = 0;
    }
    if article.lang.is_none() {
        article.lang = lang::detect(&article.body);
    }
    if article.body.is_empty() {
        article.warnings.push("no article body found".to_string());
    }
    (
        Trace {
            blocks,
            region: Some(region),
            kind: Default::default(),
        },
        layout,
    )
}

/// The body, from the blocks kept, marked as such.
fn set_body(article: &mut Article, blocks: &mut [Block], keep: &[usize]) {
    for &i in keep {
        blocks[i].label = Label::Body;
    }
    article.body = body::assemble(blocks, keep);
    article.word_count = article.body.split_whitespace().count();
}

/// The second opinion on a body too small for a page with a DOM
/// (`vocab::SMALL_BODY_WORDS`): the main element's whole text
/// (`body::main_element_text`) when it holds clearly more. A gallery's text is
/// its captions: they count only when the text without them is no answer, so
/// that a lead photo's caption does not move the main element.
fn small_body_opinion(blocks: &[Block], hints: &Hints<'_>, keep: &[usize]) -> Option<Vec<usize>> {
    let parents = hints.parents?;
    let words = |k: &[usize]| k.iter().map(|&i| blocks[i].features.words).sum::<usize>();
    let found = words(keep);
    if found >= vocab::SMALL_BODY_WORDS {
        return None;
    }
    let better = |other: Vec<usize>| {
        let more = words(&other);
        // a text of menu entries and buttons is no second opinion: its blocks
        // are a word or two each
        let dense = more as f32 >= other.len() as f32 * vocab::MAIN_ELEMENT_BLOCK_WORDS;
        // nor is a link farm, one line repeated with a number changed: a
        // listing's teasers say different things
        let dense = dense && varied(blocks, &other);
        (dense
            && more >= vocab::MAIN_ELEMENT_MIN_WORDS
            && more as f32 >= found as f32 * vocab::MAIN_ELEMENT_GAIN)
            .then_some(other)
    };
    [false, true].into_iter().find_map(|captions| {
        better(body::main_element_text(
            blocks,
            parents,
            hints.prefer_article,
            captions,
        ))
    })
}

/// Whether the words of `keep` (those with a letter, case aside) are at least
/// `vocab::MAIN_ELEMENT_DISTINCT_WORDS` distinct.
fn varied(blocks: &[Block], keep: &[usize]) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut words = 0usize;
    for &i in keep {
        for w in blocks[i].text.split_whitespace() {
            if w.chars().any(char::is_alphabetic) {
                words += 1;
                if !seen.contains(w) {
                    seen.insert(w.to_lowercase());
                }
            }
        }
    }
    seen.len() as f32 >= words as f32 * vocab::MAIN_ELEMENT_DISTINCT_WORDS
}

/// The page's declared title as a heading inside the region, with only list items
/// and short lines before it: a ticker or teaser list above the story, which
/// starts at its headline.
fn title_inside(blocks: &[Block], (a, z): (usize, usize), title: Option<&str>) -> Option<usize> {
    let hint = fields::comparable(title?);
    if hint.len() < 8 {
        return None;
    }
    for i in a + 1..z {
        let b = &blocks[i];
        let prose = b.features.is_prose() && b.label == Label::Unknown;
        if b.shape == Shape::Heading && b.features.words >= 3 {
            let c = fields::comparable(&b.text);
            if c.len() >= 8 && (hint.contains(&c) || c.contains(hint.as_str())) {
                return Some(i);
            }
        }
        if prose && b.shape != Shape::Item {
            return None;
        }
    }
    None
}

/// A few lines under a title like "404 - Page not found" or "This article is for
/// subscribers": a page that stands where the article would be, not an article.
fn is_error_page(article: &Article, title: Option<&str>) -> bool {
    if article.word_count > ERROR_PAGE_WORDS {
        return false;
    }
    let title_says = |t: Option<&str>| {
        t.is_some_and(|t| {
            vocab::NOT_AN_ARTICLE.is_match(t) || vocab::ERROR_STATUS_TITLE.is_match(t)
        })
    };
    title_says(article.headline.as_deref())
        || title_says(title)
        || vocab::NOT_AN_ARTICLE.is_match(&article.body)
}

/// Error and login pages say little; an article this long is not one of them.
const ERROR_PAGE_WORDS: usize = 80;

/// The end of the lead (headline, byline, date, key points): where the prose
/// of the region starts, which may be inside the article's element.
pub fn lead_end(blocks: &[Block], (a, z): (usize, usize)) -> usize {
    (a..z)
        .find(|&i| {
            let b = &blocks[i];
            b.features.is_prose() && b.label == Label::Unknown && b.shape != Shape::Heading
        })
        .unwrap_or(a)
}

/// Without a body, fields are looked for near the top of the page.
pub fn fields_window(blocks: &[Block]) -> usize {
    blocks.len().min(20)
}

fn apply_fields(article: &mut Article, f: fields::Fields) {
    article.headline = article.headline.take().or(f.headline);
    article.byline = article.byline.take().or(f.byline);
    if article.authors.is_empty() {
        article.authors = f.authors;
    }
    article.published = article.published.take().or(f.published);
    if article.summary.is_empty() {
        article.summary = f.summary;
    }
    article.credit = article.credit.take().or(f.credit);
    article.section = article.section.take().or(f.section);
    article.site_name = article.site_name.take().or(f.site_name);
}

/// The second opinion of the page's own declaration: when the body found holds
/// less than `DECLARED_BODY_SHARE` of the words of the JSON-LD `articleBody`
/// (the story is drawn by a script, or split in containers the region did not
/// join) and what it holds is the declared story's (most of its words are in
/// the declared text, so not another story's teaser), the declared text is the
/// body, paragraphs as it has them. A declared text may carry no paragraph
/// breaks at all; then it replaces only a body much shorter still.
pub fn declared_body(article: &mut Article, declared: &str) {
    let declared_words = declared.split_whitespace().count();
    if declared_words < DECLARED_BODY_MIN_WORDS
        || (article.word_count as f32) >= declared_words as f32 * DECLARED_BODY_SHARE
    {
        return;
    }
    let known: std::collections::HashSet<String> =
        declared.split_whitespace().map(word_key).collect();
    let shared = article
        .body
        .split_whitespace()
        .filter(|w| known.contains(&word_key(w)))
        .count();
    if (shared as f32) < article.word_count as f32 * DECLARED_BODY_OVERLAP {
        return;
    }
    let flat = !declared.contains('\n');
    if flat && (article.word_count as f32) >= declared_words as f32 * DECLARED_FLAT_SHARE {
        return;
    }
    article.body = declared.to_string();
    article.word_count = declared_words;
    article.warnings.retain(|w| w != "no article body found");
}

/// The second opinion of a shop's declaration: a page declaring one product
/// whose `description` (`vocab::DECLARED_PRODUCT_MIN_WORDS` words at least) the
/// body does not show (less than `vocab::DECLARED_PRODUCT_SHOWN` of its word
/// pairs are in the body) holds its text where a script draws it. The
/// description leads the body, and replaces a body shorter than itself (a
/// delivery box or a sign-up form, chosen where the item's text is missing).
pub fn declared_product_body(article: &mut Article, declared: &str) {
    let declared_words = declared.split_whitespace().count();
    if declared_words < vocab::DECLARED_PRODUCT_MIN_WORDS {
        return;
    }
    let pairs = |s: &str| -> Vec<(String, String)> {
        let keys: Vec<String> = s
            .split_whitespace()
            .map(word_key)
            .filter(|k| !k.is_empty())
            .collect();
        keys.windows(2)
            .map(|w| (w[0].clone(), w[1].clone()))
            .collect()
    };
    let wanted = pairs(declared);
    let shown: std::collections::HashSet<(String, String)> =
        pairs(&article.body).into_iter().collect();
    let held = wanted.iter().filter(|p| shown.contains(*p)).count();
    if held as f32 >= wanted.len() as f32 * vocab::DECLARED_PRODUCT_SHOWN {
        return;
    }
    article.body = if article.word_count < declared_words {
        declared.to_string()
    } else {
        format!("{declared}\n\n{}", article.body)
    };
    article.word_count = article.body.split_whitespace().count();
    article.warnings.retain(|w| w != "no article body found");
}

/// A word as compared between two texts: letters and digits, lowercased.
fn word_key(w: &str) -> String {
    w.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A declared `articleBody` shorter than this (words) is a teaser, not the story.
const DECLARED_BODY_MIN_WORDS: usize = 80;
/// The body found must hold at least this share of the declared words.
const DECLARED_BODY_SHARE: f32 = 0.5;
/// Of the body found, at least this share of words must be in the declared text.
const DECLARED_BODY_OVERLAP: f32 = 0.5;
/// A declared text without a paragraph break replaces only a body holding less
/// than this share of its words: one unbroken wall of text reads worse than a
/// body a little short.
const DECLARED_FLAT_SHARE: f32 = 0.25;

/// Two wordings of one headline: most words of each are in the other, or the
/// declared one holds the shown one whole (a title with the site's name or a
/// tag line the cleaning did not know).
fn same_headline(declared: &str, shown: &str) -> bool {
    use crate::html::meta::overlap;
    let shown_key = fields::comparable(shown);
    if shown_key.chars().count() >= vocab::HEADLINE_MIN_CHARS
        && fields::comparable(declared).contains(&shown_key)
    {
        return true;
    }
    shown.split_whitespace().count() >= 2
        && overlap(shown, declared) >= vocab::SAME_HEADLINE_OVERLAP
        && overlap(declared, shown) >= vocab::SAME_HEADLINE_OVERLAP
}

/// The shown headline is the declared one after a few words of a kicker or a
/// rubric ("Immobilienkrise Rene Benko-Firma ...", "Jun 17 Das ..."): those
/// words are not the headline's. Not when they end in a colon or a dash: a
/// headline's own lead ("Docker Hardened Images: Security ...").
fn kicker_before_declared(declared: &str, shown: &str) -> bool {
    let d = fields::comparable(declared);
    if d.chars().count() < vocab::HEADLINE_MIN_CHARS {
        return false;
    }
    if glued_kicker(declared, shown) {
        return true;
    }
    let words: Vec<&str> = shown.split_whitespace().collect();
    let most = vocab::HEADLINE_MAX_KICKER_WORDS.min(words.len().saturating_sub(1));
    (1..=most).any(|k| {
        let separator = |w: &str| matches!(w, "-" | "–" | "—" | "|" | ":");
        !words[k - 1].ends_with(':')
            && !separator(words[k - 1])
            && !separator(words[k])
            && !fields::comparable(&words[..k].join(" ")).is_empty()
            && fields::comparable(&words[k..].join(" ")) == d
    })
}

/// The declared headline with a kicker or a date glued on before it, the
/// space between two inline elements lost ("KlimaschutzBohren, bis es heiß
/// wird", "27.01.2022MineralölINFO ...", a label: "Title:AlignMerge"): a
/// lowercase letter, a digit or a colon runs straight into the declared
/// headline's capital.
fn glued_kicker(declared: &str, shown: &str) -> bool {
    let declared = declared.trim();
    let Some(kicker) = shown.trim().strip_suffix(declared) else {
        return false;
    };
    let (Some(last), Some(first)) = (kicker.chars().last(), declared.chars().next()) else {
        return false;
    };
    (last.is_lowercase() || last.is_ascii_digit() || last == ':')
        && first.is_uppercase()
        && kicker.split_whitespace().count() <= vocab::HEADLINE_MAX_KICKER_WORDS
}

/// Combine what the page's metadata says with what was found in its text: the
/// visible headline and byline win, metadata fills the gaps.
pub fn merge_meta(article: &mut Article, meta: crate::html::meta::PageMeta) {
    // the displayed headline, when the declared one (cleaned of site names)
    // says the same: the page's own wording, without what metadata adds or
    // drops; otherwise the declared one, which is never a date or a tag line
    let visible = article.headline.take();
    article.headline = match (meta.headline, visible) {
        (Some(declared), Some(shown)) if kicker_before_declared(&declared, &shown) => {
            Some(declared)
        }
        (Some(declared), Some(shown)) if same_headline(&declared, &shown) => Some(shown),
        (Some(declared), _) => Some(declared),
        (None, shown) => shown,
    };
    // declared authors are names; a visible line next to the headline is only
    // a guess (a section label, a place, a job title), so it fills in only
    // organisations alone leave the people of the visible byline; a visible
    // name the metadata declares an organisation is the credit
    if !meta.authors.is_empty() || (meta.byline.is_some() && article.authors.is_empty()) {
        article.byline = meta.byline;
        article.authors = meta.authors;
    } else if let Some(org) = &meta.credit {
        let key = fields::comparable(org);
        let before = article.authors.len();
        article.authors.retain(|a| fields::comparable(a) != key);
        if article.authors.len() < before {
            article.credit.get_or_insert_with(|| org.clone());
            if article.authors.is_empty() {
                article.byline = meta.byline.clone();
            }
        }
    }
    article.published = meta.published.or(article.published.take());
    article.site_name = meta.site_name.or(article.site_name.take());
    article.lang = meta.lang.or(article.lang.take());
    article.url = meta.url.or(article.url.take());
    article.section = meta.section.or(article.section.take());
    if article.credit.is_none() {
        article.credit = meta.credit;
    }
}

#[cfg(test)]
mod tests {
    use crate::{Options, extract_html};

    fn page(title: &str, body: &str) -> String {
        format!(
            "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
        )
    }

    /// The record of a page titled `title` with `head` in its head and `body`
    /// in its article after the headline.
    fn record_of(head: &str, title: &str, body: &str) -> crate::Article {
        let html = format!(
            "<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"
        );
        extract_html("s.html", &html, &Options::default())
    }

    #[test]
    fn a_byline_signed_under_the_standfirst_is_read() {
        let standfirst = "<p>They are the foundation of looking after ourselves, our shelter, and they often show us the way through a crowded and demanding day.</p>";
        let story = "<p>We mostly notice them only when they are crossed: our limits. When everything goes well, we hardly think about them at all, and that is how it should be for most of us.</p><p>Knowing them is a helpful start; keeping them is the hard part, and it takes practice over many weeks, as the four tips below show.</p>";
        let with = |line: &str| {
            let body = format!("{standfirst}<p><i>{line}</i></p>{story}");
            record_of("", "How we learn to set limits", &body)
        };
        let a = with("von Daniela Obers");
        assert_eq!(a.authors, ["Daniela Obers"]);
        assert!(!a.body.contains("Daniela Obers"), "{}", a.body);
        // a line that does not say "By" stays the body's
        let a = with("Daniela Obers, 12 March 2021");
        assert!(a.authors.is_empty(), "{:?}", a.authors);
        assert!(a.body.contains("Daniela Obers"));
    }

    #[test]
    fn a_declared_organisation_keeps_the_visible_byline_s_people() {
        let story = "<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, the mayor said.</p><p>Repairs are expected to take a year and will cost the town more than two million euros, according to the report.</p>";
        let ld = r#"<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Town Courier"}}</script>"#;
        let with = |byline: &str| {
            record_of(
                ld,
                "Bridge closed to lorries",
                &format!("<p>{byline}</p>{story}"),
            )
        };
        let a = with("By Jane Doe");
        assert_eq!(a.authors, ["Jane Doe"]);
        assert_eq!(a.credit.as_deref(), Some("Town Courier"));
        // the organisation shown as the byline is the credit, not an author
        let a = with("By Town Courier");
        assert!(a.authors.is_empty(), "{:?}", a.authors);
        assert_eq!(a.credit.as_deref(), Some("Town Courier"));
    }

    #[test]
    fn a_kicker_before_the_declared_headline_is_left_out() {
        let body = "<p>The plane from Lisbon landed safely on Tuesday evening after the crew reported a warning light, the airline said.</p>";
        let with = |og: &str, h1: &str| {
            let html = format!(
                "<html><head><meta property=\"og:title\" content=\"{og}\"></head><body><article><h1>{h1}</h1>{body}</article></body></html>"
            );
            extract_html("k.html", &html, &Options::default()).headline
        };
        assert_eq!(
            with(
                "Plane lands safely after warning",
                "<span>Air travel</span> Plane lands safely after warning"
            )
            .as_deref(),
            Some("Plane lands safely after warning")
        );
        // a kicker or a date glued on, the space between the elements lost
        for h1 in [
            "<span>Aviation</span><span>Plane lands safely after warning</span>",
            "<span>27.01.2022</span><span>Plane lands safely after warning</span>",
            "<span class=\"descriptor\">Title:</span>Plane lands safely after warning",
        ] {
            assert_eq!(
                with("Plane lands safely after warning", h1).as_deref(),
                Some("Plane lands safely after warning")
            );
        }
        // a lead set off by a colon or a dash is the headline's own
        for h1 in [
            "Air travel: Plane lands safely after warning",
            "Air travel – Plane lands safely after warning",
        ] {
            assert_eq!(
                with("Plane lands safely after warning", h1).as_deref(),
                Some(h1)
            );
        }
    }

    #[test]
    fn error_page_gives_no_body() {
        let html = page(
            "Page not found",
            "<p>Sorry, the page you are looking for does not exist or has moved.</p>",
        );
        let a = extract_html("404.html", &html, &Options::default());
        assert_eq!(a.body, "");
        assert!(a.warnings.iter().any(|w| w == "no article body found"));
    }

    #[test]
    fn short_story_about_a_number_is_kept() {
        let html = page(
            "Flight 404 lands safely after engine warning",
            "<p>The plane from Lisbon landed safely on Tuesday evening after the crew reported a warning light, the airline said.</p>\
             <p>None of the 180 passengers was hurt, and the aircraft will be inspected before it flies again.</p>",
        );
        let a = extract_html("brief.html", &html, &Options::default());
        assert!(a.body.contains("landed safely"), "body: {:?}", a.body);
    }

    #[test]
    fn long_article_mentioning_subscribers_is_kept() {
        let para = "<p>The newspaper said its archive is available to subscribers, and that readers who log in can search every issue since 1851, which historians have welcomed.</p>";
        let html = page("Archive opens to readers", &para.repeat(5));
        let a = extract_html("archive.html", &html, &Options::default());
        assert!(a.word_count > 80, "body: {:?}", a.body);
    }

    #[test]
    fn gallery_slides_stay_out_of_the_body() {
        let para = |n: usize| {
            format!(
                "<p>Paragraph {n} of the story says what happened in the city on Monday, and why the council met again.</p>"
            )
        };
        let slides: String = (1..=4)
            .map(|k| format!("<h3>{k}/4 Slide title {k}</h3><p>Caption of picture {k}, which shows the market square before the storm.</p>"))
            .collect();
        let body = format!("{}{}{}{}", para(1), para(2), slides, para(3));
        let a = extract_html(
            "gallery.html",
            &page("Council meets again", &body),
            &Options::default(),
        );
        assert!(
            a.body.contains("Paragraph 1") && a.body.contains("Paragraph 3"),
            "body: {:?}",
            a.body
        );
        assert!(!a.body.contains("Caption of picture"), "body: {:?}", a.body);
        assert!(!a.body.contains("Slide title"), "body: {:?}", a.body);
    }

    fn paragraphs(range: std::ops::Range<usize>) -> String {
        range
            .map(|n| format!("<p>Paragraph {n} explains how the scheduler retries a task, and what happens when a worker stops sending heartbeats.</p>"))
            .collect()
    }

    #[test]
    fn a_table_column_named_comment_does_not_end_the_article() {
        let table = "<table><tr><th><p>Status</p></th><th><p>Comment</p></th></tr>\
            <tr><td><p>new</p></td><td><p>Pick up new tasks that are ready.</p></td></tr></table>";
        let body = format!("{}{table}{}", paragraphs(1..4), paragraphs(4..7));
        let a = extract_html(
            "table.html",
            &page("How tasks run", &body),
            &Options::default(),
        );
        assert!(a.body.contains("Paragraph 6"), "body: {:?}", a.body);
    }

    #[test]
    fn reader_comments_in_a_layout_table_still_end_the_article() {
        // the whole page sits in one table cell, as on old sites
        let comments: String = (1..4)
            .map(|n| format!("<p>Reader {n} writes that the scheduler in this story once lost a task of theirs for a whole day.</p>"))
            .collect();
        let html = format!(
            "<html><head><title>How tasks run</title></head><body><table><tr><td>\
             <h1>How tasks run</h1>{}<h3>Comments</h3>{comments}</td></tr></table></body></html>",
            paragraphs(1..6)
        );
        let a = extract_html("layout.html", &html, &Options::default());
        assert!(a.body.contains("Paragraph 5"), "body: {:?}", a.body);
        assert!(!a.body.contains("Reader 1"), "body: {:?}", a.body);
    }

    #[test]
    fn a_story_drawn_by_a_script_comes_from_its_declared_body() {
        let first = "The council agreed on Monday to rebuild the old bridge over the river, after years of debate.";
        let rest = "The work starts in spring and should take two years, the mayor said at a meeting in the town hall. ";
        let declared = format!("{first}\\n\\n{}", rest.repeat(6));
        let html = format!(
            "<html><head><title>Bridge</title><script type=\"application/ld+json\">\
             {{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\",\"articleBody\":\"{declared}\"}}</script></head>\
             <body><article><h1>Bridge</h1><p>{first}</p><div id=rest></div></article></body></html>"
        );
        let a = extract_html("bridge.html", &html, &Options::default());
        assert!(a.body.starts_with(first), "body: {:?}", a.body);
        assert!(
            a.body.contains("\n\nThe work starts in spring"),
            "body: {:?}",
            a.body
        );
        // a body that already holds most of the declared text stays the page's
        let full = format!("{}<p>{}</p>", "", rest.repeat(6));
        let html = html.replace("<div id=rest></div>", &full);
        let a = extract_html("bridge.html", &html, &Options::default());
        assert!(
            a.body.contains("The work starts in spring"),
            "body: {:?}",
            a.body
        );
    }

    #[test]
    fn log_in_dialogs_marked_up_as_articles_are_not_the_story() {
        let story = "<p>New York is the centre of the pandemic in the United States, and sport has come to a standstill there as well, from the big leagues down to the school teams in every borough of the city.</p>";
        let dialog = "<article class=\"message-modal dark-modal\"><p>You will receive an e-mail from us shortly with a link to confirm, please open it within a day to finish signing up to your account.</p></article>";
        let html = format!(
            "<html><head><title>Sport</title></head><body><div class=story><h1>Sport at a standstill</h1>{story}</div>{}</body></html>",
            dialog.repeat(4)
        );
        let a = extract_html("sport.html", &html, &Options::default());
        assert!(a.body.starts_with("New York is"), "body: {:?}", a.body);
        assert!(!a.body.contains("e-mail"), "body: {:?}", a.body);
    }

    fn product_page(description: &str, shown: &str) -> String {
        format!(
            "<html><head><title>Trail mug</title><script type=\"application/ld+json\">\
             {{\"@type\":\"Product\",\"name\":\"Trail mug\",\"description\":\"{description}\"}}</script></head>\
             <body><main><h1>Trail mug</h1>{shown}</main></body></html>"
        )
    }

    #[test]
    fn a_product_s_text_drawn_by_a_script_comes_from_its_declaration() {
        let text = "A stoneware mug thrown by hand and glazed in our workshop, with a wide handle that fits a gloved hand. ";
        let description = text.repeat(3);
        let delivery = "<p>Standard delivery in four to seven working days.</p><p>Free delivery for orders over $75.</p>";
        let a = extract_html(
            "mug.html",
            &product_page(&description, delivery),
            &Options::default(),
        );
        assert!(a.body.starts_with("A stoneware mug"), "body: {:?}", a.body);
        assert!(!a.body.contains("delivery"), "body: {:?}", a.body);
        // a longer body of the page's own keeps its place after the description
        let reviews = "<p>I have used this mug every morning for a year and it still looks new, the glaze has not chipped at all.</p>".repeat(4);
        let a = extract_html(
            "mug.html",
            &product_page(&description, &reviews),
            &Options::default(),
        );
        assert!(a.body.starts_with("A stoneware mug"), "body: {:?}", a.body);
        assert!(a.body.contains("every morning"), "body: {:?}", a.body);
        // a description the page shows is not added twice
        let shown = format!("<p>{description}</p>");
        let a = extract_html(
            "mug.html",
            &product_page(&description, &shown),
            &Options::default(),
        );
        assert_eq!(
            a.body.matches("A stoneware mug").count(),
            3,
            "body: {:?}",
            a.body
        );
        // a tagline is no description
        let a = extract_html(
            "mug.html",
            &product_page("A mug for the trail.", delivery),
            &Options::default(),
        );
        assert!(!a.body.contains("for the trail"), "body: {:?}", a.body);
    }

    #[test]
    fn a_declared_thread_keeps_every_post() {
        let post = |n: usize| {
            format!(
                "<div class=message><div class=card><h4><a href=/u{n}>user{n}</a></h4><dl><dt>Joined</dt><dd>Feb 4, 2004</dd>\
                 <dt>Messages</dt><dd>1,62{n}</dd><dt>Reaction score</dt><dd>1,07{n}</dd></dl></div>\
                 <div class=post><p>Post {n} says the update broke the backup job again, and that rolling back fixed it for now.</p></div></div>"
            )
        };
        let posts: String = (1..=5).map(post).collect();
        let html = format!(
            "<html><head><title>Backup broken</title><script type=\"application/ld+json\">\
             {{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Backup broken\"}}</script></head>\
             <body><h1>Backup broken</h1>{posts}</body></html>"
        );
        let a = extract_html("thread.html", &html, &Options::default());
        for n in 1..=5 {
            assert!(
                a.body.contains(&format!("Post {n} says")),
                "body: {:?}",
                a.body
            );
        }
        assert!(!a.body.contains("Messages"), "body: {:?}", a.body);
    }

    /// A listing: a menu, then a list of linked teasers (a title, a line of
    /// summary) in the page's main element, then a footer.
    fn listing(summary: &str) -> String {
        let teaser = |n: usize| {
            format!(
                "<li><h3><a href=/s{n}>Story number {n} of the day in the town</a></h3>                 <p><a href=/s{n}>{summary}</a></p></li>"
            )
        };
        let teasers: String = (1..=8).map(teaser).collect();
        format!(
            "<html><head><title>Town news</title></head><body>             <nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>             <div class=content><h1>Town news</h1><ul>{teasers}</ul></div>             <footer><a href=/about>About us</a> <a href=/privacy>Privacy</a></footer></body></html>"
        )
    }

    #[test]
    fn a_listing_s_body_is_its_teasers() {
        let html = listing("What the council decided and who voted against it");
        let a = extract_html("listing.html", &html, &Options::default());
        for n in [1, 4, 8] {
            assert!(
                a.body.contains(&format!("Story number {n} of the day")),
                "body: {:?}",
                a.body
            );
        }
        assert!(
            a.body.contains("who voted against it"),
            "body: {:?}",
            a.body
        );
        assert!(!a.body.contains("Privacy"), "body: {:?}", a.body);
    }

    #[test]
    fn a_page_of_short_links_is_no_second_opinion() {
        // the element's blocks are a word or two each: a menu, not a listing
        let links: String = (1..=60)
            .map(|n| format!("<li><a href=/l{n}>Language {n}</a></li>"))
            .collect();
        let html = format!(
            "<html><body><div class=languages><ul>{links}</ul></div>             <div><p>The one paragraph the page has says a little about elephants in the forest.</p></div></body></html>"
        );
        let a = extract_html("menu.html", &html, &Options::default());
        assert!(!a.body.contains("Language 7"), "body: {:?}", a.body);
        assert!(a.body.contains("elephants"), "body: {:?}", a.body);
    }

    /// A page of a teaser (`teaser` sentences), `between` links, then the story
    /// and `after` links in one element; the body must hold `story_marks` and
    /// nothing of the teaser.
    fn teaser_then_story(
        teaser: usize,
        story: &str,
        between: usize,
        after: usize,
        story_marks: &[&str],
    ) {
        let sentences = [
            "A teaser of another story, with a sentence or two about a concert that happened last week in town.",
            "And one more sentence of that teaser, which goes on about the band and the crowd, as teasers do.",
            "A third sentence of the teaser says where to buy the tickets for the next concert of the band.",
        ];
        let teaser: String = sentences[..teaser]
            .iter()
            .map(|t| format!("<p>{t}</p>"))
            .collect();
        let links = |from: usize, to: usize| -> String {
            (from..to)
                .map(|n| format!("<div><a href=/l{n}>Headline {n} of another page</a></div>"))
                .collect()
        };
        let html = format!(
            "<html><head><title>Flood</title></head><body><div class=teaser>{teaser}</div>\
             <div class=more>{}</div><div class=page>{story}{}</div></body></html>",
            links(0, between),
            links(between, between + after)
        );
        let a = extract_html("flood.html", &html, &Options::default());
        for mark in story_marks {
            assert!(a.body.contains(mark), "{mark}: {:?}", a.body);
        }
        assert!(!a.body.contains("concert"), "body: {:?}", a.body);
    }

    #[test]
    fn a_story_split_between_links_is_read_whole() {
        let days = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Holiday",
            "Feast",
        ];
        let story: String = (1..=8)
            .map(|n| {
                let day = days[n];
                format!(
                    "<div><p>Paragraph {n} of the story tells how the river rose in the night, how the firemen came, and what the mayor said on day {n}.</p>\
                     <p>{day}: the water went down by noon, and the families went back to count what the night had cost them.</p></div>\
                     <div><a href=/x{n}>Story number {n} on flooding</a></div>"
                )
            })
            .collect();
        teaser_then_story(
            2,
            &story,
            10,
            50,
            &["Paragraph 1 of the story", "Paragraph 8 of the story"],
        );
    }

    #[test]
    fn a_heavier_story_elsewhere_wins_over_a_teaser_element() {
        let places = [
            "river", "bridge", "school", "market", "harbour", "station", "library", "garden",
            "museum", "stadium",
        ];
        let story: String = places
            .iter()
            .map(|w| format!("<div><p>The {w} was closed on Monday after the flood, the council said, and it will open again when the water has gone down.</p></div>"))
            .collect();
        teaser_then_story(
            3,
            &story,
            20,
            20,
            &["The river was closed", "The stadium was closed"],
        );
    }

    #[test]
    fn recipe_fractions_are_not_a_gallery() {
        let body = "<p>Mix everything in a bowl and leave it overnight, then bake for forty minutes until golden.</p>\
            <ul><li>1/4 cup sugar</li><li>3/4 cup flour</li><li>1/4 teaspoon salt</li></ul>\
            <p>Serve warm with cream, or let it cool and keep it for two days in a closed tin.</p>";
        let a = extract_html(
            "recipe.html",
            &page("Plain cake", body),
            &Options::default(),
        );
        assert!(a.body.contains("3/4 cup flour"), "body: {:?}", a.body);
    }
}
