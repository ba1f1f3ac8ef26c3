//! Field finders: headline, byline and authors, publication date, key-point summary,
//! credit, section and site name. They look at the blocks before the article body
//! (the lead) and label what they take, so the body never repeats a field.

mod byline;
mod headline;

use byline::*;
pub use byline::{ParsedByline, find_date, parse_byline};
use headline::*;
pub use headline::{
    HeadlineCandidate, comparable, site_keys, text_headline_candidates, text_page_candidates,
};

use crate::blocks::{Block, Label, Shape};
use crate::boilerplate::heading_text;
use crate::vocab;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Fields {
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub summary: Vec<String>,
    pub credit: Option<String>,
    pub section: Option<String>,
    pub site_name: Option<String>,
}

/// Blocks after the headline of a text page that may hold the byline and the
/// date (a DOM's lead holds fewer stray lines: 4).
const LEAD_LINES: usize = 6;

/// Blocks before the body of a text page searched for its byline when the
/// headline stands far above it.
const NEAR_BODY_LINES: usize = 12;

/// Blocks above a text page's headline searched for a signed or dated byline.
const ABOVE_HEADLINE_LINES: usize = 3;
/// How many usable lines under a text headline may be a bare name byline.
const BARE_NAME_LINES_BELOW: usize = 2;

/// Blocks into the body a byline may sit (on a DOM page only a line that says "By").
const BYLINE_INTO_BODY: usize = 3;

/// How far before the body the lead may start, in blocks.
pub const LEAD_WINDOW: usize = 40;

/// How far before the body of a text page its headline may stand, in blocks
/// (a picture gallery, a long lead or a table of contents may come between).
pub const TEXT_HEADLINE_WINDOW: usize = 120;

/// Blocks a field finder may look at: not furniture, except furniture that only
/// looks like furniture because of its shape (repeated, listed).
fn usable(b: &Block) -> bool {
    matches!(
        b.label,
        Label::Unknown | Label::Boilerplate("repeated") | Label::Boilerplate("link list")
    )
}

/// A headline block's text as the record gives it: trailing link marks and
/// separators dropped, a renderer's rule before it ("━━━━ Headline", a
/// horizontal rule on the headline's line) too, white space collapsed.
pub fn headline_text(text: &str) -> String {
    clean(
        text.trim_start_matches(|c: char| c.is_whitespace() || is_box_drawing(c))
            .trim_end_matches([':', '|', '-', '¶', '§', '🔗'])
            .trim_end(),
    )
}

/// The characters a text renderer draws rules and frames with.
fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257f}').contains(&c)
}

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `title_hint` is the title the page declares elsewhere (metadata, a renderer's
/// title line), used as evidence for the headline.
pub fn find(
    blocks: &mut [Block],
    body_start: usize,
    title_hint: Option<&str>,
    structured: bool,
) -> Fields {
    find_on_site(blocks, body_start, title_hint, structured, None)
}

/// [`find`] on a page whose address is known: a text page's headline is not
/// the line that names the site (`site_keys`).
pub fn find_on_site(
    blocks: &mut [Block],
    body_start: usize,
    title_hint: Option<&str>,
    structured: bool,
    url: Option<&str>,
) -> Fields {
    let mut fields = Fields::default();
    let from = body_start.saturating_sub(LEAD_WINDOW);
    let headline = if structured {
        find_headline(blocks, from, body_start, title_hint)
    } else {
        find_text_headline(
            blocks,
            body_start.saturating_sub(TEXT_HEADLINE_WINDOW),
            body_start,
            &url.map(site_keys).unwrap_or_default(),
        )
    };
    let lead_start = match headline {
        Some(h) => {
            blocks[h].label = Label::Headline;
            fields.headline = Some(headline_text(&blocks[h].text));
            h + 1
        }
        None => from,
    };

    // byline and date: the first blocks of the lead
    // a story may be signed after a teaser paragraph, in what reads as the
    // body's first blocks ("von Daniela Obers" under the standfirst)
    let byline_end = (body_start + BYLINE_INTO_BODY).min(blocks.len());
    let limit = if structured { 4 } else { LEAD_LINES };
    let span = (body_start, byline_end);
    read_lead_lines(
        blocks,
        &mut fields,
        lead_start,
        span,
        limit,
        structured,
        false,
    );
    // a text headline far above the body (a gallery, a table of contents
    // between them): the byline may sit in the lines right before the body
    if !structured && fields.byline.is_none() {
        let start = body_start.saturating_sub(NEAR_BODY_LINES);
        if start > lead_start {
            let limit = NEAR_BODY_LINES + BYLINE_INTO_BODY;
            read_lead_lines(blocks, &mut fields, start, span, limit, false, true);
        }
    }
    // a text page may sign its story above the headline ("3 March 2024 | Jo
    // Bloggs"): only a line that says "By", or holds the date set off from
    // the name (a kicker is dated too: "Aktuelle Meldung 21.01.2022")
    if !structured
        && fields.byline.is_none()
        && let Some(h) = headline
    {
        for i in h.saturating_sub(ABOVE_HEADLINE_LINES)..h {
            let t = blocks[i].text.trim();
            let set_off = t.contains(['|', '/', '·', '•', '–', '—']) || t.contains(" - ");
            if vocab::BYLINE_PREFIX.is_match(t) || set_off {
                read_lead_lines(blocks, &mut fields, i, (i + 1, i + 1), 1, false, true);
            }
            if fields.byline.is_some() {
                break;
            }
        }
    }
    // a text page may sign its story with a bare name line right under or
    // right over the headline ("Christoph Hein")
    if !structured
        && fields.byline.is_none()
        && let Some(h) = headline
    {
        let below = (h + 1..body_start)
            .filter(|&j| usable(&blocks[j]))
            .take(BARE_NAME_LINES_BELOW);
        let above = (h.saturating_sub(ABOVE_HEADLINE_LINES)..h)
            .rev()
            .filter(|&j| usable(&blocks[j]));
        for i in below.chain(above).collect::<Vec<_>>() {
            if let Some(by) = bare_name_line(&blocks[i]) {
                blocks[i].label = Label::Byline;
                fields.byline = Some(by.shown);
                fields.authors = by.authors;
                break;
            }
        }
    }
    // a text page may date its story above the headline ("Monday, 3 March 2024")
    if fields.published.is_none()
        && !structured
        && let Some(h) = headline
    {
        for i in (h.saturating_sub(2)..h).rev() {
            if (usable(&blocks[i]) || blocks[i].label == Label::Boilerplate("counter"))
                && let Some(d) = only_a_date(&blocks[i].text)
            {
                fields.published = Some(d);
                blocks[i].label = Label::Date;
                break;
            }
        }
    }

    // a date line just before the body, wherever the headline was found (a
    // wrong headline must not cost the date as well)
    if fields.published.is_none() && !structured {
        let start = body_start.saturating_sub(NEAR_BODY_LINES).max(from);
        for i in start..body_start {
            if (usable(&blocks[i]) || blocks[i].label == Label::Boilerplate("counter"))
                && let Some(d) = only_a_date(&blocks[i].text)
            {
                fields.published = Some(d);
                blocks[i].label = Label::Date;
                break;
            }
        }
    }

    // the rest of the lead's byline: the names again (a hover card, a second
    // layout) and a line that is only the date
    let names: Vec<String> = fields
        .authors
        .iter()
        .chain(fields.byline.iter())
        .map(|n| comparable(n))
        .filter(|n| n.len() >= 4)
        .collect();
    for i in lead_start..body_start {
        let b = &blocks[i];
        if b.label != Label::Unknown || b.features.words > 8 {
            continue;
        }
        if names.contains(&comparable(&b.text)) {
            blocks[i].label = Label::Byline;
        } else if let Some(d) = only_a_date(&b.text) {
            if fields.published.is_none() {
                fields.published = Some(d.clone());
            }
            if fields.published.as_deref() == Some(d.as_str()) {
                blocks[i].label = Label::Date;
            }
        }
    }

    // credit: a short line standing alone right before the body
    if let Some(c) = (lead_start..body_start).rev().find(|&i| usable(&blocks[i]))
        && let Some(credit) = parse_credit(&blocks[c])
    {
        blocks[c].label = Label::Credit;
        fields.credit = Some(credit);
    }

    fields.summary = find_summary(blocks, lead_start, body_start, structured);
    fields.section = find_section(blocks);
    fields.site_name = find_site_name(blocks);
    fields
}

/// Where a text page's lead ends when the body region starts on it: a byline or
/// a date line a few short blocks into the region (headline, deck, byline,
/// date) is the lead's, so the body starts at the first paragraph after it.
/// `lead_end` is where the body would start without it.
pub fn text_lead_end(blocks: &[Block], (_, z): (usize, usize), lead_end: usize) -> usize {
    let mut end = lead_end;
    let window = (lead_end + vocab::TEXT_LEAD_SIGNATURE_BLOCKS).min(z);
    for j in lead_end..window {
        let b = &blocks[j];
        if b.features.words > vocab::TEXT_LEAD_MAX_WORDS {
            break;
        }
        if signs_or_dates(b)
            && let Some(next) = (j + 1..z).find(|&k| {
                let n = &blocks[k];
                n.features.is_prose() && n.label == Label::Unknown && n.shape != Shape::Heading
            })
        {
            end = next;
        }
    }
    end
}

/// A short line of a text page's lead that is its byline or its date.
fn signs_or_dates(b: &Block) -> bool {
    let text = b.text.trim();
    if b.features.words > vocab::TEXT_SIGNATURE_MAX_WORDS
        || !(usable(b) || b.label == Label::Boilerplate("counter"))
    {
        return false;
    }
    only_a_date(text).is_some()
        || (find_date(text).is_some() && !b.features.ends_sentence)
        || (vocab::BYLINE_PREFIX.is_match(text) && parse_byline(text).is_some())
}

/// The byline and the date in the first `limit` usable lines of the lead from
/// `start`, up to `byline_end` (a few blocks into a text page's body). With
/// `sure_only`, a byline must say "By" or hold the date.
fn read_lead_lines(
    blocks: &mut [Block],
    fields: &mut Fields,
    start: usize,
    (body_start, byline_end): (usize, usize),
    limit: usize,
    structured: bool,
    sure_only: bool,
) {
    let mut seen = 0;
    for i in start..byline_end {
        if !usable(&blocks[i]) && !matches!(blocks[i].label, Label::Boilerplate("counter")) {
            continue;
        }
        let words = blocks[i].features.words;
        let signed = words <= 20 && vocab::BYLINE_PREFIX.is_match(blocks[i].text.trim());
        // (inside a page's body only a line that says "By", and never its dates)
        let into_body = i >= body_start;
        if into_body && (fields.byline.is_some() || (words > 12 || structured) && !signed) {
            continue;
        }
        seen += 1;
        if seen > limit {
            break;
        }
        let mut text = blocks[i].text.clone();
        // "By" alone, the name in the next block (separate elements)
        let mut name_block = None;
        if fields.byline.is_none()
            && is_bare_byline_prefix(&text)
            && let Some(next) = (i + 1..body_start).find(|&j| usable(&blocks[j]))
            && blocks[next].features.words <= 8
        {
            text = format!("{} {}", text.trim(), blocks[next].text.trim());
            name_block = Some(next);
        }
        if fields.byline.is_none() && (structured || signs_story(blocks, i, &text)) {
            // on a DOM page, two capitalised words alone are as often a
            // heading, a service or a product as a name: a byline there says
            // "By" or carries the date (an element marked as a byline is read
            // by the metadata pass)
            let byline = parse_byline(&text)
                .filter(|b| !(structured || sure_only) || b.prefixed || find_date(&text).is_some())
                .filter(|b| !(structured && b.user_name));
            if let Some(by) = byline {
                if let Some(next) = name_block {
                    blocks[next].label = Label::Byline;
                }
                blocks[i].label = Label::Byline;
                fields.byline = Some(by.shown);
                fields.authors = by.authors;
                if fields.credit.is_none() {
                    fields.credit = by.organisation;
                }
                if fields.published.is_none() {
                    fields.published = find_date(&text);
                }
                continue;
            }
        }
        if fields.published.is_none()
            && blocks[i].features.words <= 15
            && !(structured && into_body)
            && let Some(d) = find_date(&text)
        {
            fields.published = Some(d);
            if usable(&blocks[i]) {
                blocks[i].label = Label::Date;
            }
        }
    }
}

/// A text story signed at its end ("Text: Jane Doe", "Posted by Jo Bloggs",
/// "Erstellt von ..."): a line that says so, among the last blocks of the
/// region or right after it, before any reader comments.
pub fn closing_byline(blocks: &mut [Block], (a, z): (usize, usize)) -> Option<ParsedByline> {
    let from = z.saturating_sub(CLOSING_BYLINE_REACH).max(a);
    let to = (z + CLOSING_BYLINE_REACH).min(blocks.len());
    for i in from..to {
        let b = &blocks[i];
        if crate::boilerplate::is_comment_heading(b)
            || vocab::COMMENT_BYLINE.is_match(b.text.trim())
        {
            break;
        }
        let usable_here = matches!(b.label, Label::Unknown | Label::Body)
            || b.label == Label::Boilerplate("repeated");
        if !usable_here || b.features.words > 12 {
            continue;
        }
        if let Some(by) = parse_byline(&b.text).filter(|by| by.prefixed && !by.authors.is_empty()) {
            blocks[i].label = Label::Byline;
            return Some(by);
        }
    }
    None
}

/// Blocks before and after the end of a text page's region a closing byline
/// may sit.
const CLOSING_BYLINE_REACH: usize = 6;

/// In a text page any short capitalised line reads as a name ("Your Account",
/// "Unsere Themen"); a byline says so with "By", or sits with the story's date
/// or counters: in its own line or in the line before or after it.
fn signs_story(blocks: &[Block], i: usize, text: &str) -> bool {
    let dated = |t: &str| find_date(t).is_some() || vocab::COUNTER.is_match(t);
    vocab::BYLINE_PREFIX.is_match(text.trim())
        || dated(text)
        || vocab::ROLE.is_match(text)
        || (i > 0 && dated(&blocks[i - 1].text) && blocks[i - 1].features.words <= 15)
        // a name over its role ("Christoph Hein" / "Chefredakteur")
        || blocks
            .get(i + 1)
            .is_some_and(|n| n.features.words <= 3 && vocab::ROLE.is_match(&n.text))
        || blocks
            .get(i + 1)
            .is_some_and(|n| n.features.words <= 15 && dated(&n.text))
}

/// A line that is one person's name and nothing else: two or three words, the
/// first a common given name.
fn bare_name_line(b: &Block) -> Option<ParsedByline> {
    if !(2..=vocab::BARE_NAME_MAX_WORDS).contains(&b.features.words) {
        return None;
    }
    parse_byline(&b.text).filter(|by| {
        !by.user_name
            && by.authors.len() == 1
            && by.authors[0]
                .split_whitespace()
                .next()
                .is_some_and(|w| vocab::GIVEN_NAMES.contains(&w.to_lowercase().as_str()))
    })
}

/// "By", "Von", "Por"... and nothing else.
fn is_bare_byline_prefix(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim();
    vocab::BYLINE_PREFIXES
        .iter()
        .any(|p| t.eq_ignore_ascii_case(p))
}

/// A credit line: an agency name, or "Photo: ...", "Source: ...", "© ...".
fn parse_credit(b: &Block) -> Option<String> {
    if b.features.words > 8 || b.features.words == 0 {
        return None;
    }
    let text = clean(&b.text);
    let stripped = vocab::CREDIT_PREFIX.replace(&text, "");
    let stripped = stripped.trim_matches(|c: char| c.is_whitespace() || "©()[]/|:-–—".contains(c));
    if (vocab::CREDIT_PREFIX.is_match(&text)
        || text.starts_with('©')
        || vocab::AGENCY.is_match(stripped)
        || (vocab::AGENCY_WORD.is_match(stripped) && vocab::ORGANISATION.is_match(stripped)))
        && !stripped.is_empty()
    {
        return Some(stripped.to_string());
    }
    None
}

/// Key points: a list under a summary heading, or a run of short sentence-like lines
/// laid out together between the byline and the body.
/// In a DOM (`structured`) key points are list items of plain text; in a text
/// rendering, short lines laid out together may be too.
fn find_summary(
    blocks: &mut [Block],
    lead_start: usize,
    body_start: usize,
    structured: bool,
) -> Vec<String> {
    let idx: Vec<usize> = (lead_start..body_start)
        .filter(|&i| usable(&blocks[i]))
        .collect();
    // under a heading
    for (k, &i) in idx.iter().enumerate() {
        if blocks[i].features.words <= 5
            && vocab::SUMMARY_HEADING.is_match(&heading_text(&blocks[i].text))
        {
            let items: Vec<usize> = idx[k + 1..].to_vec();
            if !items.is_empty() {
                blocks[i].label = Label::Boilerplate("summary heading");
                return take(blocks, &items);
            }
        }
    }
    // a run of short lines of one group, or of list items
    let is_point = |b: &Block| {
        let f = &b.features;
        let marked_up = !structured
            || (b.shape == Shape::Item && b.link_density < 0.5 && b.label == Label::Unknown);
        // in a DOM, key points are sentences, not a list of codes or names
        let min_words = if structured { 5 } else { 2 };
        (min_words..=30).contains(&f.words)
            && f.sentence_ends <= 2
            && !f.has_url
            && f.title_case_share() < 0.7
            && marked_up
    };
    let mut k = 0;
    while k < idx.len() {
        let start = k;
        while k < idx.len()
            && is_point(&blocks[idx[k]])
            && (k == start
                || blocks[idx[k]].group == blocks[idx[k - 1]].group
                || (blocks[idx[k]].shape == Shape::Item && blocks[idx[k - 1]].shape == Shape::Item))
        {
            k += 1;
        }
        if k - start >= 2 && (structured || text_key_points(blocks, &idx[start..k], body_start)) {
            let items = idx[start..k].to_vec();
            return take(blocks, &items);
        }
        k = k.max(start + 1);
    }
    Vec::new()
}

/// In a text page short lines laid out together are everywhere (menus, share
/// buttons, captions, hard-wrapped prose); key points are the page's own lines,
/// different from each other, each opening like a sentence, that lead straight
/// into the body (a credit line may come between).
fn text_key_points(blocks: &[Block], run: &[usize], body_start: usize) -> bool {
    let last = run[run.len() - 1];
    let mut seen = std::collections::HashSet::new();
    last + 3 >= body_start
        && run.iter().all(|&i| {
            let b = &blocks[i];
            b.label == Label::Unknown
                && b.features.words >= TEXT_KEY_POINT_WORDS
                && !b.text.trim_start().starts_with(char::is_lowercase)
                && !vocab::SOCIAL_NETWORK.is_match(&b.text)
                && find_date(&b.text).is_none()
                && seen.insert(comparable(&b.text))
        })
}

/// Words a key point of a text page has at least.
const TEXT_KEY_POINT_WORDS: usize = 4;

fn take(blocks: &mut [Block], items: &[usize]) -> Vec<String> {
    items
        .iter()
        .map(|&i| {
            blocks[i].label = Label::Summary;
            clean(&blocks[i].text)
        })
        .collect()
}

/// A section the page names: `[WORLD] Latest Stories`, or a breadcrumb `Home > World`.
fn find_section(blocks: &[Block]) -> Option<String> {
    // `^\[([\p{L}][\p{L} &'-]{1,24})\]\s*\S` and
    // `^(?i:home|start|startseite|accueil|inicio)\s*[>»›/]\s*([^>»›/]{2,30})`,
    // written out (patterns.rs)
    use crate::patterns::{BRACKETED_SECTION as BRACKET, BREADCRUMB as CRUMB};
    blocks.iter().find_map(|b| {
        let t = b.text.trim();
        BRACKET
            .captures(t)
            .or_else(|| CRUMB.captures(t))
            .map(|c| c[1].trim().to_string())
    })
}

/// The site's name from its copyright line: `© 2005-2019 SlashGear, All Rights Reserved.`
fn find_site_name(blocks: &[Block]) -> Option<String> {
    use crate::patterns::COPYRIGHT;
    blocks.iter().rev().find_map(|b| {
        if b.features.words > 20 {
            return None;
        }
        let c = COPYRIGHT.captures(&b.text)?;
        let name = c[1].trim().trim_end_matches(['.', '-']).trim();
        let name = name
            .strip_suffix(" Inc")
            .or(name.strip_suffix(" LLC"))
            .unwrap_or(name);
        (name.split_whitespace().count() <= 5 && !name.is_empty()).then(|| name.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_published_and_updated_dates() {
        let b = parse_byline("22. Dezember 201922. Dezember 2019 von Peter Addor").unwrap();
        assert_eq!(b.authors, vec!["Peter Addor"]);
        assert_eq!(
            find_date("15/01/201614/01/2016").as_deref(),
            Some("2016-01-15")
        );
        assert_eq!(
            find_date("6. November 20236. November 2023").as_deref(),
            Some("2023-11-06")
        );
        // not a year: a file name, a long number
        assert_eq!(
            byline::split_glued_years("photo_201909.jpg"),
            "photo_201909.jpg"
        );
        assert_eq!(byline::split_glued_years("ID 1234567.8"), "ID 1234567.8");
    }

    #[test]
    fn byline_with_counter() {
        let b = parse_byline("Daniel Kim Views \u{a0}").unwrap();
        assert_eq!(b.shown, "Daniel Kim");
        assert_eq!(b.authors, ["Daniel Kim"]);
    }

    #[test]
    fn byline_with_prefix_role_and_date() {
        let b =
            parse_byline("By Jane Doe and John Q. Public, Staff Writers | March 3, 2024").unwrap();
        assert_eq!(b.authors, ["Jane Doe", "John Q. Public"]);
        let b = parse_byline("Chris Davies - Nov 19, 2019, 10:31 pm CST").unwrap();
        assert_eq!(b.shown, "Chris Davies");
        let b = parse_byline("By Reuters").unwrap();
        assert!(b.authors.is_empty());
        assert_eq!(b.organisation.as_deref(), Some("Reuters"));
        // a German dateline's time ("13:10 Uhr") is not a name
        let b = parse_byline("04.02.2022 | 13:10 Uhr | Uta Helkenberg").unwrap();
        assert_eq!(b.authors, ["Uta Helkenberg"]);
    }

    fn lead(lines: &[&str]) -> Vec<Block> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| Block::new(t.to_string(), Shape::Plain, i, 0))
            .collect()
    }

    #[test]
    fn byline_split_over_blocks_and_repeated() {
        // "By" and the name in separate elements, the name again (a hover card),
        // the date on a line of its own further down, then the body
        let mut blocks = lead(&[
            "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play",
            "By",
            "Sarah E. Needleman",
            "Sarah E. Needleman",
            "The Wall Street Journal",
            "Nov. 19, 2019 8:03 am ET",
            "Gaming used to be so simple. We bought a game and played it to the end.",
        ]);
        let title = "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play";
        let f = find(&mut blocks, 6, Some(title), true);
        assert_eq!(f.headline.as_deref(), Some(title));
        assert_eq!(f.authors, ["Sarah E. Needleman"]);
        assert_eq!(f.published.as_deref(), Some("2019-11-19"));
        let labels: Vec<Label> = blocks.iter().map(|b| b.label).collect();
        assert_eq!(
            labels[1..6],
            [
                Label::Byline,
                Label::Byline,
                Label::Byline,
                Label::Unknown,
                Label::Date
            ]
        );
    }

    /// Lines laid out together, with the body's first paragraph at `body`.
    fn grouped(lines: &[&str]) -> Vec<Block> {
        lines
            .iter()
            .map(|t| Block::new(t.to_string(), Shape::Plain, 0, 0))
            .collect()
    }

    #[test]
    fn text_key_points_lead_into_the_body_and_nothing_else_is_one() {
        let body = "The council met on Monday and agreed, after a long debate, to close the old bridge for repairs.";
        let points = [
            "Harbour Bridge Will Close For Repairs",
            "By Jane Doe | March 3, 2024",
            "Council votes seven to two for the work",
            "Work on the deck starts in the spring",
            body,
        ];
        let mut blocks = grouped(&points);
        let f = find(&mut blocks, 4, None, false);
        assert_eq!(f.headline.as_deref(), Some(points[0]));
        assert_eq!(f.summary, points[2..4], "{f:?}");
        // share buttons, a repeated line, prose wrapped over lines: no key points
        for lead in [
            [
                "Harbour bridge to close for repairs",
                "Share this story on Facebook",
                "Share this story on Twitter",
            ],
            [
                "Harbour bridge to close for repairs",
                "Read the whole story here now",
                "Read the whole story here now",
            ],
            [
                "Harbour bridge to close for repairs",
                "The council said that the bridge",
                "will close for repairs in spring",
            ],
        ] {
            let mut blocks = grouped(&[lead[0], lead[1], lead[2], body]);
            let f = find(&mut blocks, 3, None, false);
            assert!(f.summary.is_empty(), "{lead:?}: {f:?}");
        }
        // points far above the body are not the story's
        let mut blocks = grouped(&[
            points[0], points[1], points[2], "Menu", "Home", "World", "Sport", body,
        ]);
        assert!(find(&mut blocks, 7, None, false).summary.is_empty());
    }

    #[test]
    fn a_title_case_headline_is_not_taken_for_a_name() {
        let body =
            "The harbour bridge reopened to traffic on Monday morning after six months of repairs.";
        for (lead, headline) in [
            (
                &["Bridge Reopens After Repairs", body][..],
                "Bridge Reopens After Repairs",
            ),
            (
                &[
                    "Skip to content",
                    "A Headline For The Story",
                    "By Jane Doe",
                    body,
                ][..],
                "A Headline For The Story",
            ),
        ] {
            let mut blocks = grouped(lead);
            let f = find(&mut blocks, lead.len() - 1, None, false);
            assert_eq!(f.headline.as_deref(), Some(headline));
        }
        // a name alone is the byline, not the headline
        let mut blocks = grouped(&[
            "Harbour Bridge Will Reopen On Monday",
            "Christoph Hein",
            "Monday, 3 March 2024",
            body,
        ]);
        let f = find(&mut blocks, 3, None, false);
        assert_eq!(
            f.headline.as_deref(),
            Some("Harbour Bridge Will Reopen On Monday")
        );
        assert_eq!(f.authors, ["Christoph Hein"]);
        assert_eq!(f.published.as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn breadcrumbs_and_story_links_are_navigation() {
        for nav in [
            "Startseite » Politik » Bridge reopens",
            "Home > News > Harbour Bridge Will Reopen",
            "« Fünf Gedanken zum Pokal-Aus",
            "Next story →",
            "<Alle Shops im Bereich Korsetts",
        ] {
            assert!(headline::is_breadcrumb_or_arrow(nav), "{nav}");
        }
        for title in [
            "«Wir waren fast 40 Tage in Quarantäne»",
            "Kunst: «Das ist gut»",
            "Harbour Bridge Will Reopen On Monday",
        ] {
            assert!(!headline::is_breadcrumb_or_arrow(title), "{title}");
        }
    }

    #[test]
    fn a_text_headline_over_its_deck() {
        let evidence = |name: &str, c: &headline::HeadlineCandidate| {
            let f = vocab::TEXT_HEADLINE_EVIDENCE
                .iter()
                .position(|(n, _)| *n == name)
                .unwrap();
            c.evidence[f]
        };
        let blocks = grouped(&[
            "Bridge Will Reopen",
            "The harbour bridge is to carry traffic again from Monday, the council says",
            "The harbour bridge reopened to traffic on Monday morning after six months of repairs.",
        ]);
        let cands = headline::text_headline_candidates(&blocks, 0, 2, &[]);
        let head = cands.iter().find(|c| c.index == 0).unwrap();
        let deck = cands.iter().find(|c| c.index == 1).unwrap();
        assert_eq!(evidence("longer_line_below", head), 1.0);
        assert_eq!(evidence("shorter_line_above", head), 0.0);
        assert_eq!(evidence("longer_line_below", deck), 0.0);
        assert_eq!(evidence("shorter_line_above", deck), 1.0);
        assert_eq!(evidence("breadcrumb_or_arrow", head), 0.0);
    }

    #[test]
    fn a_text_lead_runs_past_a_long_headline_to_its_byline_and_date() {
        // the region starts on a headline and a deck that read as prose
        let lines = [
            "Menu",
            "St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city, officials said.",
            "Nadia Mohamed, 27, won with 58% of the vote in the municipal election, defeating two rivals.",
            "By Staff and news service reports",
            "PUBLISHED: November 8, 2023 at 11:30 p.m.",
            "The new mayor thanked her supporters at a party in the city on Tuesday night, after the count.",
            "She takes office in January, when the council will also seat two new members, the clerk said.",
        ];
        let blocks = grouped(&lines);
        assert!(blocks[1].features.is_prose());
        assert_eq!(text_lead_end(&blocks, (1, 7), 1), 5);
        // no byline or date near the region's start: the lead ends where it did
        let mut plain = lines;
        plain[3] = lines[5];
        plain[4] = lines[6];
        assert_eq!(text_lead_end(&grouped(&plain), (1, 7), 1), 1);
        // a long paragraph before the date line: that is the body already
        let mut long = lines;
        long[2] = "The vote was the first in the city since the council redrew its wards, and turnout was the highest in twenty years, with long lines at several polling places and a late count that ran past midnight in two of them, so that the result was known only on the next morning when the clerk read it.";
        assert_eq!(text_lead_end(&grouped(&long), (1, 7), 1), 1);
    }

    #[test]
    fn a_rule_before_a_text_headline_is_not_part_of_it() {
        assert_eq!(
            headline_text("━━━━━━━━ Les Français travaillent-ils trop peu ?"),
            "Les Français travaillent-ils trop peu ?"
        );
        assert_eq!(headline_text("Plain headline:"), "Plain headline");
    }

    #[test]
    fn a_line_naming_the_site_of_the_address() {
        let keys = site_keys("https://www.abenteuer-astronomie.de/plejaden?x=1");
        assert_eq!(keys, ["abenteuerastronomie"]);
        let keys = site_keys("http://sibenlab.blogspot.com/p/privacy.html");
        assert_eq!(keys, ["sibenlab", "blogspot", "sibenlabblogspot"]);
        assert_eq!(
            site_keys("https://www.independent.co.uk/news"),
            ["independent"]
        );
        // too short to tell a name from a word
        assert!(site_keys("https://www.bbc.co.uk/news").is_empty());
        let site = site_keys("https://www.mitvergnuegen.com/2019/herbst/");
        assert!(headline::names_site("Mit Vergnügen Berlin", &site));
        assert!(headline::names_site("MIT VERGNÜGEN", &site));
        let site = site_keys("https://www.achgut.com/artikel/x");
        assert!(headline::names_site("Achgut.com", &site));
        // a headline that mentions the site is not its name
        assert!(!headline::names_site(
            "Achgut readers answer the question of the week",
            &site
        ));
        assert!(!headline::names_site("Bericht zur Coronalage", &site));
        assert!(!headline::names_site("Achgut.com", &[]));
    }

    #[test]
    fn a_bare_name_line_by_the_headline_signs_a_text_story() {
        let body =
            "The harbour bridge reopened to traffic on Monday morning after six months of repairs.";
        let head = "Harbour Bridge Will Reopen On Monday";
        let deck = "Six months of repairs end early";
        let name = "Christoph Hein";
        for lines in [
            &[head, name, body][..],
            &[name, head, body],
            &[head, deck, name, body],
            &[name, deck, head, body],
        ] {
            let mut blocks = grouped(lines);
            let f = find(&mut blocks, lines.len() - 1, None, false);
            assert_eq!(f.authors, ["Christoph Hein"], "{f:?}");
        }
        // two capitalised words that are not a person: a label, a product
        for label in ["Ask Question", "Apple Watch", "Travel Tips"] {
            let mut blocks = grouped(&["Harbour Bridge Will Reopen On Monday", label, body]);
            assert!(
                find(&mut blocks, 2, None, false).authors.is_empty(),
                "{label}"
            );
        }
    }

    #[test]
    fn a_text_story_signed_above_its_headline() {
        let body =
            "The harbour bridge reopened to traffic on Monday morning after six months of repairs.";
        let mut blocks = grouped(&[
            "04.02.2024 | 13:10 Uhr | Jana Berg",
            "Harbour Bridge Will Reopen On Monday",
            body,
        ]);
        let f = find(&mut blocks, 2, None, false);
        assert_eq!(f.authors, ["Jana Berg"], "{f:?}");
        assert_eq!(f.published.as_deref(), Some("2024-02-04"));
        // a dated kicker is not a byline
        let mut blocks = grouped(&[
            "Pressemitteilung Aktuell 02. November 2021",
            "Harbour Bridge Will Reopen On Monday",
            body,
        ]);
        assert!(find(&mut blocks, 2, None, false).authors.is_empty());
    }

    #[test]
    fn a_lead_line_with_a_date_in_it_is_not_only_a_date() {
        assert_eq!(
            only_a_date("Updated: March 3, 2024, 10:31 pm"),
            Some("2024-03-03".into())
        );
        assert_eq!(
            only_a_date("What changed in the March 3, 2024 election"),
            None
        );
    }

    #[test]
    fn a_byline_glued_or_going_on_after_the_name() {
        for (line, names) in [
            (
                "Veröffentlicht vonChris Jung 28. Februar 2016",
                &["Chris Jung"][..],
            ),
            ("Shana Nys DambrotNovember 6, 2023", &["Shana Nys Dambrot"]),
            ("Tanja Karrasch3.11.2023", &["Tanja Karrasch"]),
            ("Ophélie OstermannOphélie Ostermann", &["Ophélie Ostermann"]),
            (
                "Von Claudia Riedler 19. Oktober 2019 00:04 Uhr",
                &["Claudia Riedler"],
            ),
            (
                "Von Jana Berg Kategorien: Mode 6. November 2023, 15:25 Uhr",
                &["Jana Berg"],
            ),
            (
                "Evgenia Karp Zuletzt geändert am 06.11.2023",
                &["Evgenia Karp"],
            ),
            (
                "6. Dezember 2022 von Fatima in Gefühle, Popkultur",
                &["Fatima"],
            ),
            ("Eine Kolumne von Nils Pickert", &["Nils Pickert"]),
            ("By Jane McDonald", &["Jane McDonald"]),
            ("By ShawnHymel", &["ShawnHymel"]),
            (
                "Christoph von Ritter 24. April 2020",
                &["Christoph von Ritter"],
            ),
            (
                "Dezember 10, 2019 · von freeman1984 · in Uncategorized",
                &["freeman1984"],
            ),
        ] {
            let b = parse_byline(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(b.authors, names, "{line}");
        }
        // without a prefix or a date, a line that goes on is not a byline
        assert!(parse_byline("Jane Doe Kategorien: Mode").is_none());
        // nor a title "by" someone
        assert!(parse_byline("Show Cover Art by Sam White").is_none());
        assert!(parse_byline("By Latitude Run®").is_none());
        // a dated label is not a name that goes on
        assert!(parse_byline("DATEV Anwalt classic - 15. Februar 2022").is_none());
        assert!(parse_byline("21.01.2022 Aktuelle Meldung").is_none());
    }

    #[test]
    fn not_a_byline() {
        assert!(parse_byline("IS unveils motives to attack Russia").is_none());
        assert!(parse_byline("Comments0").is_none());
    }

    #[test]
    fn dates() {
        assert_eq!(
            find_date("Nov 19, 2019, 10:31 pm").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            find_date("Posted 2024-03-05 14:20").as_deref(),
            Some("2024-03-05T14:20:00")
        );
        assert_eq!(find_date("3 March 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(find_date("05/06/2024"), None);
        assert_eq!(find_date("25.06.2024").as_deref(), Some("2024-06-25"));
    }
}
