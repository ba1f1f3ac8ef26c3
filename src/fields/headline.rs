//! The headline: the title-like block that leads into the article, and on a text
//! page the candidates it is chosen from.

use super::*;
use crate::blocks::{Block, Label, Shape, is_cjk};
use crate::boilerplate::heading_text;
use crate::vocab;

/// The title-like block that leads into the article.
pub(super) fn find_headline(
    blocks: &[Block],
    from: usize,
    body_start: usize,
    title_hint: Option<&str>,
) -> Option<usize> {
    let hint = title_hint.map(comparable).filter(|h| h.len() >= 8);
    let mut best: Option<(f32, usize)> = None;
    for i in from..body_start {
        let b = &blocks[i];
        if !usable(b) || b.shape == Shape::Item {
            continue;
        }
        let f = &b.features;
        let text = b.text.trim();
        let cjk = text.chars().filter(|c| is_cjk(*c)).count();
        if !(3..=35).contains(&f.words) && cjk < 6 {
            continue;
        }
        if (text.ends_with('.') && !text.ends_with("..")) || f.numeric || f.sentence_ends > 2 {
            continue;
        }
        if vocab::BYLINE_PREFIX.is_match(text)
            || find_date(text).is_some()
            || f.has_email
            || f.has_url
        {
            continue;
        }
        if vocab::STORY_LIST_HEADING.is_match(&heading_text(text)) {
            continue;
        }
        let mut score = 2.0 * f.title_case_share();
        if b.shape == Shape::Heading {
            score += 3.0;
            // the page's top-level heading
            if b.level == 1 {
                score += 2.0;
            }
        }
        if let Some(h) = &hint {
            let c = comparable(text);
            if c.len() >= 8 && (h.contains(&c) || c.contains(h.as_str())) {
                score += 4.0;
            }
        }
        if b.label == Label::Boilerplate("repeated") {
            score += 1.0;
        }
        if (4..=25).contains(&f.words) {
            score += 1.0;
        }
        // a byline or a date follows a headline
        let next: Vec<&Block> = blocks[i + 1..body_start]
            .iter()
            .filter(|n| usable(n) || n.is_boilerplate() && n.features.words <= 3)
            .take(2)
            .collect();
        if next
            .iter()
            .any(|n| parse_byline(&n.text).is_some() || find_date(&n.text).is_some())
        {
            score += 3.0;
        }
        score -= 0.03 * (body_start - i) as f32;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Could this block be a headline at all: a title-like line, not a date, a byline,
/// an address or a list of numbers. A list item, a single word and a short line
/// that reads as a name can be one too (a renderer bullets a headline in a
/// list; "Emden"; "Villa Galaxy"): the evidence weighs them.
pub(super) fn headline_shaped(b: &Block) -> bool {
    let f = &b.features;
    let text = b.text.trim();
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    usable(b)
        && (f.words <= 35 || cjk >= 6)
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !(text.ends_with('.') && !text.ends_with(".."))
        && !f.numeric
        && f.sentence_ends <= 2
        && !f.has_email
        && !f.has_url
        && !vocab::BYLINE_PREFIX.is_match(text)
        && find_date(text).is_none()
}

/// One candidate headline line of a text page and its evidence, in the order
/// of `vocab::TEXT_HEADLINE_EVIDENCE`.
#[derive(Debug, Clone)]
pub struct HeadlineCandidate {
    pub index: usize,
    /// Below a "By ..." line: the lead's key points or teaser, which stand in
    /// for the headline only when nothing above the byline can.
    pub below_byline: bool,
    pub evidence: [f32; vocab::TEXT_HEADLINE_EVIDENCE.len()],
}

/// The headline of a text page: of the title-like lines before the body, the one
/// the evidence of `vocab::TEXT_HEADLINE_EVIDENCE` weighs most.
pub(super) fn find_text_headline(
    blocks: &[Block],
    from: usize,
    body_start: usize,
    site: &[String],
) -> Option<usize> {
    let weigh = |c: &HeadlineCandidate| -> f32 {
        c.evidence
            .iter()
            .zip(vocab::TEXT_HEADLINE_EVIDENCE.iter())
            .map(|(x, (_, w))| x * w)
            .sum()
    };
    let candidates = text_headline_candidates(blocks, from, body_start, site);
    let above = candidates.iter().any(|c| !c.below_byline);
    let mut best: Option<(f32, usize)> = None;
    for c in candidates.iter().filter(|c| !(above && c.below_byline)) {
        let score = weigh(c);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c.index));
        }
    }
    best.map(|(_, i)| i)
}

/// The title-like lines of a text page between `from` and the body, nearest
/// first, with their evidence (what `examples/fit_text_headline.rs` fits the
/// weights on). Walking up from the body, a second "By ..." line ends the lead.
/// `site` holds the keys of the page's host (`site_keys`).
pub fn text_headline_candidates(
    blocks: &[Block],
    from: usize,
    body_start: usize,
    site: &[String],
) -> Vec<HeadlineCandidate> {
    let keys: Vec<String> = blocks.iter().map(|b| comparable(&b.text)).collect();
    let first_line = keys.iter().position(|k| !k.is_empty());
    let dated = |j: usize| find_date(blocks[j].text.trim()).is_some();
    let signed = |j: usize| dated(j) || parse_byline(&blocks[j].text).is_some();
    let flag = |yes: bool| if yes { 1.0 } else { 0.0 };
    // the words of the story's first paragraphs: a headline shares some
    let lead_words: std::collections::HashSet<String> = blocks[body_start..]
        .iter()
        .filter(|b| b.features.is_prose())
        .take(3)
        .flat_map(|b| content_words(&b.text))
        .collect();
    let mut out = Vec::new();
    let mut past_byline = false;
    for i in (from..body_start).rev() {
        let b = &blocks[i];
        if !headline_shaped(b) {
            let text = b.text.trim();
            if vocab::BYLINE_PREFIX.is_match(text) && parse_byline(text).is_some() {
                if past_byline {
                    break;
                }
                past_byline = true;
            }
            continue;
        }
        let f = &b.features;
        let text = b.text.trim();
        let key = &keys[i];
        let inside_another = key.len() >= 12
            && keys.iter().enumerate().any(|(j, k)| {
                j.abs_diff(i) > 1
                    && k.len() > key.len()
                    && k.len() < key.len() * 3
                    && k.contains(key.as_str())
            });
        let repeated = keys.iter().enumerate().any(|(j, k)| j != i && k == key);
        let in_first_line = first_line.is_some_and(|j| {
            j != i && key.len() >= 8 && keys[j].len() > key.len() && keys[j].contains(key.as_str())
        });
        let letters = || text.chars().filter(|c| c.is_alphabetic());
        let all_caps = letters().count() >= 4 && letters().all(char::is_uppercase);
        let after = i + 1..(i + 4).min(blocks.len());
        let rank = out.len();
        let evidence = [
            rank.min(10) as f32 / 10.0,
            ((body_start - i) as f32).ln_1p() / 41f32.ln(),
            f.words.min(40) as f32 / 10.0,
            flag((4..=20).contains(&f.words)),
            flag(f.words <= 2),
            f.title_case_share(),
            flag(b.shape == Shape::Heading),
            flag(repeated),
            flag(inside_another),
            flag(after.clone().any(signed)),
            flag((i.saturating_sub(2)..i).any(dated)),
            flag(vocab::CREDIT_PREFIX.is_match(text) || vocab::AGENCY_WORD.is_match(text)),
            flag(text.chars().next().is_some_and(char::is_lowercase)),
            f.commas.min(3) as f32 / 3.0,
            flag(text.ends_with(':')),
            flag(text.ends_with('?')),
            flag(text.contains(['|', '/'])),
            flag(blocks.get(i + 1).is_some_and(|n| n.features.is_prose())),
            flag(b.is_boilerplate()),
            flag(in_first_line),
            flag(all_caps),
            flag(after.clone().any(|j| blocks[j].features.is_prose())),
            i as f32 / blocks.len() as f32,
            flag(
                (i == 0 || blocks[i - 1].group != b.group)
                    && blocks.get(i + 1).is_none_or(|n| n.group != b.group),
            ),
            flag(b.shape == Shape::Item),
            flag(f.words < 2 && text.chars().filter(|c| is_cjk(*c)).count() < 6),
            // a short line that reads as a name is the byline more often; a
            // headline in title case reads as one too ("Bridge Reopens After Repairs")
            flag(f.words <= 3 && parse_byline(text).is_some()),
            {
                let words = content_words(text);
                let shared = words.iter().filter(|w| lead_words.contains(*w)).count();
                shared as f32 / words.len().max(1) as f32
            },
            flag(is_breadcrumb_or_arrow(text)),
            // a longer title-like line right below: the headline over its deck
            flag(
                (i + 1..(i + 3).min(body_start))
                    .any(|j| headline_shaped(&blocks[j]) && blocks[j].features.words > f.words),
            ),
            // a shorter title-like line right above: a deck under its headline
            flag((i.saturating_sub(2)..i).any(|j| {
                headline_shaped(&blocks[j]) && (2..f.words).contains(&blocks[j].features.words)
            })),
            flag(names_site(text, site)),
        ];
        out.push(HeadlineCandidate {
            index: i,
            below_byline: !past_byline,
            evidence,
        });
    }
    // without a byline above them, no line is below one
    if !past_byline {
        for c in &mut out {
            c.below_byline = false;
        }
    }
    out
}

/// A text page's blocks, where its body starts and its headline candidates, as
/// the text front end finds them before choosing (for the development aids that
/// fit and inspect the choice), with the page's address when known.
pub fn text_page_candidates(
    text: &str,
    url: Option<&str>,
) -> (Vec<Block>, usize, Vec<HeadlineCandidate>) {
    let mut blocks = crate::text::blocks(text);
    crate::boilerplate::mark(&mut blocks, false);
    let body_start = match crate::body::region(&blocks, &crate::extract::Hints::default()) {
        Some(r) => super::text_lead_end(&blocks, r, crate::extract::lead_end(&blocks, r)),
        None => crate::extract::fields_window(&blocks),
    };
    let from = body_start.saturating_sub(TEXT_HEADLINE_WINDOW);
    let cands = text_headline_candidates(
        &blocks,
        from,
        body_start,
        &url.map(site_keys).unwrap_or_default(),
    );
    (blocks, body_start, cands)
}

/// What names a site in its address: the labels of the host (without "www",
/// the top-level domain and the likes of "co"), folded as `site_key` folds a
/// line, and the labels joined ("abenteuer-astronomie.de": "abenteuerastronomie";
/// "sibenlab.blogspot.com": "sibenlab", "blogspot", "sibenlabblogspot").
pub fn site_keys(url: &str) -> Vec<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").to_lowercase();
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    labels.pop();
    labels.retain(|l| !vocab::HOST_FILLER_LABELS.contains(l));
    let mut keys: Vec<String> = labels
        .iter()
        .map(|l| site_key(l))
        .filter(|k| k.chars().count() >= vocab::SITE_KEY_MIN_CHARS)
        .collect();
    if labels.len() > 1 {
        keys.push(site_key(&labels.concat()));
    }
    keys
}

/// A line's letters and digits, lower-cased, umlauts and ß spelled out as an
/// address spells them ("Mit Vergnügen": "mitvergnuegen").
fn site_key(text: &str) -> String {
    let mut out = String::new();
    for c in text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
    {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

/// A short line that names the site its address names: the site's name ("90min",
/// "TagesWoche", "Achgut.com"), a part of it, or it with a word or two more
/// ("Dr. Alexander Klier" on alexander-klier.net).
pub(super) fn names_site(text: &str, site: &[String]) -> bool {
    let line = site_key(text);
    let n = line.chars().count();
    if n < vocab::SITE_KEY_MIN_CHARS || text.split_whitespace().count() > vocab::SITE_NAME_MAX_WORDS
    {
        return false;
    }
    site.iter().any(|k| {
        let m = k.chars().count();
        k.contains(line.as_str())
            || ((line.starts_with(k.as_str()) || line.ends_with(k.as_str()))
                && n <= m + vocab::SITE_NAME_EXTRA_CHARS)
    })
}

/// A breadcrumb trail ("Home » News » Story") or a link to the next or previous
/// story ("« Older post", "Next article →"): navigation, not a headline.
pub(super) fn is_breadcrumb_or_arrow(text: &str) -> bool {
    let text = text.trim();
    let inner = vocab::BREADCRUMB_SEPARATORS
        .iter()
        .any(|s| text.contains(&format!(" {s} ")));
    // one arrow at an end, none to close it
    let arrows = vocab::NAVIGATION_ARROWS
        .iter()
        .map(|a| text.matches(a).count())
        .sum::<usize>();
    let at_end = vocab::NAVIGATION_ARROWS
        .iter()
        .any(|a| text.starts_with(a) || text.ends_with(a));
    inner || arrows == 1 && at_end
}

/// The words of four letters or more, lower-cased: what a headline and its story
/// have in common.
pub(super) fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// Lower-case letters and digits only: for comparing titles across sources.
pub fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
