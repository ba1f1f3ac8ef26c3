//! Choosing the article region and assembling its paragraphs.
//!
//! The region is the span of blocks with the highest score, where prose counts for
//! its length and furniture against it (a maximum-sum segment, as in Finn et al.'s
//! body text extraction); inside it, prose is kept, and short lines only where they
//! read as the article's own subheadings or list items.

use crate::blocks::{Block, Label, Shape};
use crate::boilerplate::{is_comment_heading, is_reference_heading};
use crate::extract::Hints;
use crate::vocab;

/// How much a block adds to (or takes from) the region containing it.
fn weight(b: &Block, structured: bool) -> f32 {
    let f = &b.features;
    let words = f.words as f32;
    match b.label {
        // a list of other stories rarely sits inside an article
        Label::Boilerplate("story list heading") => -40.0,
        // the article's own recurring furniture ("Buy now" under every product of a
        // round-up) neither belongs to the text nor ends it
        Label::Boilerplate("repeated" | "link reference")
            if structured && (b.in_article || b.link_density < 0.5) =>
        {
            vocab::RECURRING_FURNITURE
        }
        // in a text rendering a line is repeated for reasons of layout too (a
        // picture's alt text over its caption, a heading in a table of
        // contents): it bridges like any other short line
        Label::Boilerplate("repeated") if !structured => -(2.0 + words * 0.3),
        Label::Boilerplate(_) => -(8.0 + words * 0.5),
        Label::Unknown | Label::Body => {
            if f.is_prose() && b.link_density < vocab::PROSE_LINKS {
                let w = words * (1.0 - b.link_density).max(0.0);
                if b.shape == Shape::Item { w * 0.7 } else { w }
            } else if structured && b.link_density < 0.3 {
                // a table cell or a short list item of running text inside an element
                words * vocab::SHORT_TEXT_WEIGHT - 1.0
            } else if structured && b.link_density >= 0.5 {
                // links: a title of another story, a menu
                -(2.0 + words * vocab::LINKED_LINE_PENALTY)
            } else if !structured && introduces_next(b) {
                // in a text page, a line that introduces what follows
                // ("Zutaten:", "Was uns nicht gefällt:") neither adds nor ends
                0.0
            } else {
                -(2.0 + words * 0.3)
            }
        }
        // Fields already found sit before the body.
        _ => -(5.0 + words),
    }
}

/// A short line ending with a colon: the label of the list, table or paragraph
/// under it.
fn introduces_next(b: &Block) -> bool {
    b.features.words <= vocab::INTRODUCING_LINE_WORDS && b.text.trim_end().ends_with(':')
}

enum Wall {
    /// A heading that opens reader comments or the list of sources, or a stamp
    /// dating one entry of a thread.
    End,
    /// A line that opens one entry of a thread or feed; no region spans it.
    Separator,
}

fn wall(b: &Block) -> Option<Wall> {
    if b.shape == Shape::Item || b.label == Label::Boilerplate("form") || b.in_table {
        return None;
    }
    if b.features.words <= 12 && vocab::COMMENT_BYLINE.is_match(b.text.trim()) {
        return Some(Wall::Separator);
    }
    let end = b.label == Label::Boilerplate("entry stamp")
        || is_comment_heading(b)
        || is_reference_heading(b);
    end.then_some(Wall::End)
}

/// Block weights in context: a paragraph of prose with no prose next to it (a
/// caption, a teaser between a title and a name) counts for much less than one in a
/// run of paragraphs.
fn weights(blocks: &[Block], prefer_article: bool, structured: bool) -> Vec<f32> {
    let prose = |i: usize| {
        blocks[i].features.is_prose() && matches!(blocks[i].label, Label::Unknown | Label::Body)
    };
    // the nearest neighbours that are not captions or placeholders, found in one
    // pass each way
    let n = blocks.len();
    let mut prev_solid = vec![None; n];
    let mut last = None;
    for i in 0..n {
        prev_solid[i] = last;
        if !is_transparent(&blocks[i]) {
            last = Some(i);
        }
    }
    let mut next_solid = vec![None; n];
    let mut last = None;
    for i in (0..n).rev() {
        next_solid[i] = last;
        if !is_transparent(&blocks[i]) {
            last = Some(i);
        }
    }
    // a page dating many paragraphs is a list of teasers or entries
    let few_lead_lines = blocks
        .iter()
        .filter(|b| is_lead_line(b))
        .take(vocab::MAX_LEAD_LINES + 1)
        .count()
        <= vocab::MAX_LEAD_LINES;
    let before = |i: usize| prev_solid[i];
    let after = |i: usize| next_solid[i];
    // the items of a list a sentence introduces ("…these universities:") are the
    // text's own, however linked or short
    let mut introduced = vec![false; n];
    if structured {
        for i in 1..n {
            let b = &blocks[i];
            if b.shape == Shape::Item && !b.is_boilerplate() {
                let p = &blocks[i - 1];
                introduced[i] = if p.shape == Shape::Item {
                    introduced[i - 1]
                } else {
                    p.text.trim_end().ends_with(':') && p.features.words >= 3
                };
            }
        }
    }
    // so do short link lists recurring between its sections ("Buying options:
    // Amazon, Home Depot" under each tool of a round-up)
    let in_article_list = |i: usize| {
        let b = &blocks[i];
        structured && b.in_article && b.label == Label::Boilerplate("link list")
    };
    let recurring_lists = (0..n)
        .filter(|&i| in_article_list(i) && (i == 0 || !in_article_list(i - 1)))
        .take(vocab::MIN_RECURRING_LISTS)
        .count()
        >= vocab::MIN_RECURRING_LISTS;
    (0..blocks.len())
        .map(|i| {
            if is_transparent(&blocks[i]) {
                return 0.0;
            }
            if recurring_lists && in_article_list(i) {
                return vocab::RECURRING_FURNITURE;
            }
            let w = weight(&blocks[i], structured);
            if introduced[i] {
                return w.max(vocab::INTRODUCED_ITEM);
            }
            if w <= 0.0 {
                return w;
            }
            let w = if prefer_article && !blocks[i].in_article {
                w * vocab::OUTSIDE_ARTICLE_WEIGHT
            } else {
                w
            };
            let opens_story = few_lead_lines && before(i).is_some_and(|b| is_lead_line(&blocks[b]));
            if before(i).is_some_and(prose) || after(i).is_some_and(prose) || opens_story {
                w
            } else {
                w * vocab::ISOLATED_PROSE_WEIGHT
            }
        })
        .collect()
}

/// A short line dating or signing what follows ("Posted on 21 July 2019 by Jo",
/// "By Jane Doe"): a paragraph right after it opens a story, even a story of one
/// paragraph. Not when the line repeats: the dates of a list of teasers.
fn is_lead_line(b: &Block) -> bool {
    b.label != Label::Boilerplate("repeated") && !b.features.is_prose() && signs_or_dates(b)
}

/// A short line with a byline's opening or a date in it.
fn signs_or_dates(b: &Block) -> bool {
    let f = &b.features;
    f.words <= 20
        && (vocab::BYLINE_PREFIX.is_match(b.text.trim()) && f.words <= 8
            || b.text.bytes().any(|c| c.is_ascii_digit())
                && crate::fields::find_date(&b.text).is_some())
}

/// A line of the story's header: a heading, a byline, a dateline. Above it sits
/// the header's own furniture (a standfirst, a lead photo's caption), not the story.
fn is_header_line(b: &Block) -> bool {
    b.shape == Shape::Heading || signs_or_dates(b)
}

/// Blocks that sit inside an article without breaking it: image captions,
/// empty ad or image slots, and spacers without a word (`<p>.</p>`, `* * *`).
fn is_transparent(b: &Block) -> bool {
    matches!(
        b.label,
        Label::Boilerplate("caption") | Label::Boilerplate("placeholder")
    ) || !b.text.chars().any(char::is_alphanumeric)
}

/// Each block's weight toward the region, as `region` sees it (for debugging aids).
pub fn block_weights(blocks: &[Block], hints: &Hints<'_>) -> Vec<f32> {
    weights(blocks, hints.prefer_article, hints.parents.is_some())
}

/// The half-open range of blocks holding the article, or `None` when no block
/// reads as prose.
pub fn region(blocks: &[Block], hints: &Hints<'_>) -> Option<(usize, usize)> {
    let weights = weights(blocks, hints.prefer_article, hints.parents.is_some());
    if let (true, Some(parents)) = (hints.thread, hints.parents)
        && let Some(r) = thread_region(blocks, &weights, parents)
    {
        return Some(r);
    }
    let (from, to) = match hints.parents {
        // with a DOM: the article's element first, then the best span inside it
        Some(parents) => element_region(blocks, &weights, parents)?,
        None => (0, blocks.len()),
    };
    let (a, z) = best_span(&blocks[from..to], &weights[from..to])?;
    let first = (from + a, from + z);
    if hints.parents.is_none() {
        return Some(grow_up(blocks, &weights, false, first, true));
    }
    let chosen = second_opinion(blocks, &weights, first);
    Some(grow_up(
        blocks,
        &weights,
        hints.prefer_article,
        chosen,
        false,
    ))
}

/// Region growth toward the top: a story's first paragraphs may sit in their own
/// container before the element's (a lead, an intro above a photo). The region
/// grows upward to the heaviest extension when that extension adds more prose
/// than the furniture it crosses costs. Only prose pays there: a date, a name or
/// a short line costs what it weighs. It stops at the story's header (a heading,
/// a byline, a dateline: above them sit a standfirst or a lead photo's caption),
/// at a wall, and at a list (key points, a teaser list, a menu above the story),
/// keeping what it found below that list. It runs after the second opinion, so
/// that a grown lead does not hide a region too small for its page.
/// With `whole_leads` (a text page, where the region is already the page's best
/// span), a lead paragraph counts for its whole length, not as prose standing
/// alone, and only one run of paragraphs above the region is taken in.
fn grow_up(
    blocks: &[Block],
    weights: &[f32],
    prefer_article: bool,
    (a, z): (usize, usize),
    whole_leads: bool,
) -> (usize, usize) {
    let cost = |i: usize| -> f32 {
        let b = &blocks[i];
        if whole_leads && weights[i] > 0.0 && b.features.is_prose() {
            weight(b, false)
        } else if weights[i] > 0.0 && !b.features.is_prose() {
            -(vocab::GROW_SHORT_COST + b.features.words as f32 * vocab::GROW_WORD_COST)
        } else if weights[i] > 0.0 && prefer_article && !b.in_article {
            // a lead may sit outside the page's article element: it pays what
            // it weighs inside
            weights[i] / vocab::OUTSIDE_ARTICLE_WEIGHT
        } else {
            weights[i]
        }
    };
    let (mut sum, mut best, mut top) = (0.0f32, vocab::GROW_MIN_GAIN, a);
    let mut crossed_prose = false;
    for i in (0..a).rev() {
        let b = &blocks[i];
        if b.shape == Shape::Item {
            break;
        }
        // a text page's lead is one run of paragraphs: above it lie the
        // captions and teasers of other stories
        if whole_leads && crossed_prose && !b.features.is_prose() {
            break;
        }
        crossed_prose |= b.features.is_prose();
        if is_header_line(b) || wall(b).is_some() || sum < -vocab::GROW_MAX_COST {
            break;
        }
        sum += cost(i);
        if sum > best {
            best = sum;
            top = i;
        }
    }
    (top, z)
}

/// The second opinion: the element's region may be implausibly small next to the
/// page's prose (a story continued in sibling containers after an ad slot, a
/// photo, an inline box). Then the best span over the whole page, free of the
/// page's structure, is compared with it, and kept when it holds the first answer
/// and clearly more prose for what it costs.
fn second_opinion(blocks: &[Block], weights: &[f32], first: (usize, usize)) -> (usize, usize) {
    let mass = |(a, z): (usize, usize)| -> f32 { weights[a..z].iter().filter(|w| **w > 0.0).sum() };
    let net = |(a, z): (usize, usize)| -> f32 { weights[a..z].iter().sum() };
    let page = mass((0, blocks.len()));
    let found = mass(first);
    if found >= page * vocab::SECOND_OPINION_WHEN_BELOW {
        return first;
    }
    let Some(whole) = best_span(blocks, weights) else {
        return first;
    };
    let holds_first = whole.0 <= first.0 && whole.1 >= first.1;
    let gain = mass(whole) - found;
    // what the wider span adds must be mostly prose: its net weight grows by at
    // least this share of the prose it adds
    let worth = net(whole) - net(first) >= gain * vocab::SECOND_OPINION_NET_SHARE;
    if holds_first && mass(whole) >= found * vocab::SECOND_OPINION_GAIN && worth {
        return whole;
    }
    // a wrong region: the page's heaviest span lies elsewhere and outweighs the
    // element's many times over, in prose and in net weight (a teaser or a
    // dialog chosen over the story)
    let apart = whole.1 <= first.0 || whole.0 >= first.1;
    let f = vocab::SECOND_OPINION_ELSEWHERE;
    if apart && mass(whole) >= found * f && net(whole) >= net(first) * f {
        return whole;
    }
    first
}

/// The maximum-weight span of blocks, not crossing entry separators and ended by
/// reader comments once some of the article has been seen.
fn best_span(blocks: &[Block], weights: &[f32]) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut sum = 0.0f32;
    let mut start = 0usize;
    // a thread opens many entries: one line like "…he simply replied:" in a
    // story is the story's own (looked for at the first such line only)
    let mut thread: Option<bool> = None;
    for (i, b) in blocks.iter().enumerate() {
        let w = wall(b);
        if matches!(w, Some(Wall::Separator)) && thread.is_none() {
            let more = blocks[i + 1..]
                .iter()
                .filter(|b| matches!(wall(b), Some(Wall::Separator)))
                .take(vocab::MIN_THREAD_ENTRIES - 1)
                .count();
            thread = Some(more + 1 >= vocab::MIN_THREAD_ENTRIES);
        }
        match w {
            Some(Wall::Separator) if thread == Some(false) => {}
            Some(Wall::End) if best.is_some_and(|(s, _, _)| s >= 20.0) => break,
            Some(_) => {
                sum = 0.0;
                continue;
            }
            None => {}
        }
        let w = weights[i];
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += w;
        if sum > 0.0 && best.is_none_or(|(s, _, _)| sum > s) {
            best = Some((sum, start, i + 1));
        }
    }
    let (_, a, z) = best?;
    // the first block must weigh for the article; leading short blocks are trimmed
    let a = (a..z).find(|&i| weights[i] > 0.0)?;
    Some((a, z))
}

/// Which blocks of the region go into the body.
pub fn select(
    blocks: &[Block],
    (a, z): (usize, usize),
    structured: bool,
    thread: bool,
) -> Vec<usize> {
    let usable = |b: &Block| matches!(b.label, Label::Unknown | Label::Body);
    // for each block, the next usable block of the region (one backward pass)
    let mut next_usable = vec![None; z.saturating_sub(a)];
    let mut next = None;
    for i in (a..z).rev() {
        next_usable[i - a] = next;
        if usable(&blocks[i]) {
            next = Some(i);
        }
    }
    let mut keep = Vec::new();
    // whether the last usable block seen in the region was prose
    let mut after_prose = false;
    for i in a..z {
        let b = &blocks[i];
        if !matches!(b.label, Label::Unknown | Label::Body) {
            continue;
        }
        // a thread's posts and their stamps, not the one-word labels of each
        // poster's card ("Member", "Posts")
        if thread && weight(b, structured) <= 0.0 {
            continue;
        }
        // inside the article's element, everything that is not furniture or links
        if structured {
            let linked_prose = b.features.is_prose() && b.link_density < vocab::PROSE_LINKS;
            if b.link_density < 0.5 || linked_prose {
                keep.push(i);
            }
            continue;
        }
        let prose_before = std::mem::replace(&mut after_prose, b.features.is_prose());
        if b.features.is_prose() {
            keep.push(i);
            continue;
        }
        // a short block inside the region: keep subheadings and list items that sit
        // between kept prose
        let next_prose = next_usable[i - a]
            .is_some_and(|n| blocks[n].features.is_prose() || blocks[n].shape == Shape::Item);
        let short = b.features.words <= vocab::SHORT_LINE_WORDS;
        let subheading = short && !b.features.ends_sentence && next_prose;
        // a short sentence between paragraphs: an interview's question, a remark,
        // the line introducing a list or a listing
        let sentence = short && prose_before && next_prose;
        let item = b.shape == Shape::Item && next_prose;
        if subheading || sentence || item {
            keep.push(i);
        }
    }
    keep
}

/// Paragraphs joined by one blank line, whitespace inside each collapsed (a
/// no-break space at punctuation kept, see `keeps_no_break_space`).
pub fn assemble(blocks: &[Block], keep: &[usize]) -> String {
    let mut out = String::new();
    for &i in keep {
        let start = out.len();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let para_start = out.len();
        let mut text = blocks[i].text.trim();
        while !text.is_empty() {
            let word_end = text.find(char::is_whitespace).unwrap_or(text.len());
            out.push_str(&text[..word_end]);
            text = &text[word_end..];
            let next_word = text
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(text.len());
            let run = &text[..next_word];
            text = &text[next_word..];
            if !run.is_empty() {
                let keep_nbsp = keeps_no_break_space(run, out.chars().last(), text.chars().next());
                out.push(if keep_nbsp { '\u{a0}' } else { ' ' });
            }
        }
        if out.len() == para_start {
            out.truncate(start);
        }
    }
    out
}

/// A run of white space made only of no-break spaces, between a word and closing
/// punctuation or after an opening bracket or guillemet, is typographic spacing
/// (`peu&nbsp;?`, `«&nbsp;oui&nbsp;»`): kept as one no-break space, where any
/// other run collapses to a space.
pub fn keeps_no_break_space(run: &str, before: Option<char>, after: Option<char>) -> bool {
    let no_break = |c: char| matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    !run.is_empty()
        && run.chars().all(no_break)
        && before.is_some_and(|b| !b.is_whitespace())
        && after.is_some_and(|a| !a.is_whitespace())
        && (matches!(
            after,
            Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | '»' | '%')
        ) || matches!(before, Some('(' | '«')))
}

/// The second opinion for a body too small for its page: the text of the page's
/// main element, links and list items included. A listing, a collection or a
/// shop's page has no run of paragraphs; its text is its teasers and items, which
/// the region, built to find prose, counts against itself. The element is the
/// tightest one (inside the page's article element, when it has one) holding
/// `vocab::ELEMENT_SHARE` of the words of the blocks that are not furniture; its blocks
/// that are not furniture are the body.
/// With `captions`, a gallery's captions count as its text.
pub fn main_element_text(
    blocks: &[Block],
    parents: &[usize],
    prefer_article: bool,
    captions: bool,
) -> Vec<usize> {
    let content = |i: usize| {
        let b = &blocks[i];
        let caption = captions && b.label == Label::Boilerplate("caption");
        (!prefer_article || b.in_article) && (is_listed_text(b) || caption)
    };
    let words = |i: usize| {
        if content(i) {
            blocks[i].features.words as f32
        } else {
            0.0
        }
    };
    let (sum, first, last) = element_totals(blocks, parents, words);
    let total: f32 = (0..blocks.len()).map(words).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let Some(g) = (0..sum.len())
        .filter(|&g| first[g] != usize::MAX && sum[g] >= total * vocab::ELEMENT_SHARE)
        .min_by_key(|&g| last[g] - first[g])
    else {
        return Vec::new();
    };
    // an element holding the whole page's text is no main element: the page's
    // menus and footers are in it
    (first[g]..=last[g]).filter(|&i| content(i)).collect()
}

/// A block a listing's text holds: not a field, and not furniture other than
/// what a list of teasers or items is made of (linked items, repeated labels,
/// dates, "Read more" headings).
fn is_listed_text(b: &Block) -> bool {
    match b.label {
        Label::Unknown | Label::Body => true,
        Label::Boilerplate(reason) => vocab::LISTED_FURNITURE.contains(&reason),
        _ => false,
    }
}

/// With a DOM: the element whose blocks weigh most, preferring the tightest element
/// that keeps nearly all of that weight. An element's blocks are one span, so this
/// is the span search restricted to the page's own structure.
fn element_region(blocks: &[Block], weights: &[f32], parents: &[usize]) -> Option<(usize, usize)> {
    let (sum, first, last) = element_totals(blocks, parents, |i| weights[i]);
    let n = sum.len();
    let best = sum.iter().cloned().fold(f32::MIN, f32::max);
    if best <= 0.0 {
        return None;
    }
    let g = (0..n)
        .filter(|&g| first[g] != usize::MAX && sum[g] >= best * vocab::ELEMENT_SHARE)
        .min_by_key(|&g| last[g] - first[g])?;
    let (a, z) = (first[g], last[g] + 1);
    let a = (a..z).find(|&i| weights[i] > 0.0)?;
    Some((a, z))
}

/// A declared thread: its posts are the text, each a paragraph or two between
/// the furniture of the next post's header (a name, a join date, counters), so
/// no span of them outweighs that furniture. The region is the tightest element
/// holding `vocab::THREAD_SHARE` of the page's prose weight, whole.
fn thread_region(blocks: &[Block], weights: &[f32], parents: &[usize]) -> Option<(usize, usize)> {
    let (mass, first, last) = element_totals(blocks, parents, |i| weights[i].max(0.0));
    let total: f32 = weights.iter().map(|w| w.max(0.0)).sum();
    if total <= 0.0 {
        return None;
    }
    let g = (0..mass.len())
        .filter(|&g| first[g] != usize::MAX && mass[g] >= total * vocab::THREAD_SHARE)
        .min_by_key(|&g| last[g] - first[g])?;
    let (a, z) = (first[g], last[g] + 1);
    let a = (a..z).find(|&i| weights[i] > 0.0)?;
    let z = (a..z).rev().find(|&i| weights[i] > 0.0)? + 1;
    Some((a, z))
}

/// For each DOM group: the sum of `value` over the blocks inside it, and its
/// first and last block (`usize::MAX`, 0 when it holds none).
fn element_totals(
    blocks: &[Block],
    parents: &[usize],
    value: impl Fn(usize) -> f32,
) -> (Vec<f32>, Vec<usize>, Vec<usize>) {
    let n = parents.len();
    let mut sum = vec![0.0f32; n];
    let mut first = vec![usize::MAX; n];
    let mut last = vec![0usize; n];
    for (i, b) in blocks.iter().enumerate() {
        let g = b.group.min(n - 1);
        sum[g] += value(i);
        first[g] = first[g].min(i);
        last[g] = last[g].max(i);
    }
    // children come after their parents: fold each group into its parent, from
    // the last one up, so that work stays linear however deep the page nests
    for g in (1..n).rev() {
        let p = parents[g];
        if p >= g {
            continue;
        }
        sum[p] += sum[g];
        first[p] = first[p].min(first[g]);
        last[p] = last[p].max(last[g]);
    }
    (sum, first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(n: usize) -> Vec<Block> {
        (0..n)
            .map(|i| Block::new(format!("Block {i} of the page."), Shape::Plain, i, 0))
            .collect()
    }

    /// A teaser region (blocks 0-2) with the page's heaviest span apart from it.
    fn teaser_and_story(story_weight: f32) -> (Vec<Block>, Vec<f32>) {
        let mut weights = vec![2.0, 2.0, -6.0, -6.0];
        weights.extend(std::iter::repeat_n(story_weight, 6));
        (page(weights.len()), weights)
    }

    #[test]
    fn a_region_apart_from_a_story_three_times_heavier_gives_way() {
        // teaser: prose 4, net 4; story: 6 blocks of 2.5 = prose 15, net 15 (3.75x)
        let (blocks, weights) = teaser_and_story(2.5);
        assert_eq!(second_opinion(&blocks, &weights, (0, 2)), (4, 10));
    }

    #[test]
    fn a_region_apart_from_a_story_less_than_three_times_heavier_stays() {
        // story: 6 blocks of 1.5 = prose 9, net 9 (2.25x the teaser's 4)
        let (blocks, weights) = teaser_and_story(1.5);
        assert_eq!(second_opinion(&blocks, &weights, (0, 2)), (0, 2));
    }

    #[test]
    fn one_reply_line_in_a_story_does_not_split_it_but_a_thread_s_do() {
        let mut blocks = page(6);
        blocks[2] = Block::new("To which he simply replied:".into(), Shape::Plain, 2, 0);
        let weights = [5.0, 5.0, 0.0, 4.0, 4.0, 4.0];
        assert_eq!(best_span(&blocks, &weights), Some((0, 6)));
        blocks[4] = Block::new("Jo Bloggs says:".into(), Shape::Plain, 4, 0);
        let weights = [5.0, 5.0, 0.0, 4.0, 0.0, 4.0];
        assert_eq!(best_span(&blocks, &weights), Some((0, 2)));
    }

    #[test]
    fn link_lists_recurring_inside_the_article_bridge_its_sections() {
        // prose, list, prose, list, prose, list, prose: all in the article
        let mut blocks = Vec::new();
        for s in 0..4 {
            let mut p = Block::new(
                format!("Section {s} says what this tool does, and why an electrician needs it."),
                Shape::Plain,
                s * 2,
                0,
            );
            p.in_article = true;
            blocks.push(p);
            if s < 3 {
                let mut l = Block::new("Amazon (Craftsman)".into(), Shape::Item, s * 2 + 1, 0);
                l.in_article = true;
                l.label = Label::Boilerplate("link list");
                blocks.push(l);
            }
        }
        let w = weights(&blocks, true, true);
        assert_eq!(w[1], vocab::RECURRING_FURNITURE);
        // two lists are not recurring furniture: each costs what furniture costs
        blocks[5].label = Label::Unknown;
        let w = weights(&blocks, true, true);
        assert!(w[1] < -8.0, "{w:?}");
    }

    /// A menu (list items), a lead paragraph outside the article element, then
    /// the article's paragraphs.
    fn menu_lead_story() -> Vec<Block> {
        let mut blocks = vec![
            Block::new("Home".into(), Shape::Item, 0, 0),
            Block::new("World".into(), Shape::Item, 0, 0),
            Block::new(
                "The council voted on Tuesday to close the old bridge, after two years of \
                 repairs that did not hold."
                    .into(),
                Shape::Plain,
                1,
                0,
            ),
        ];
        for i in 0..4 {
            let text = format!(
                "Paragraph {i} of the story tells what the engineers found, and what the \
                 council decided to do about the bridge."
            );
            let mut b = Block::new(text, Shape::Plain, 2, 0);
            b.in_article = true;
            blocks.push(b);
        }
        blocks
    }

    #[test]
    fn the_region_grows_to_a_lead_below_a_menu_outside_the_article() {
        let blocks = menu_lead_story();
        let weights = weights(&blocks, true, true);
        // the lead counts for a fifth outside the element, under the growth's bar
        assert!(weights[2] < vocab::GROW_MIN_GAIN, "{weights:?}");
        assert_eq!(grow_up(&blocks, &weights, true, (3, 7), false), (2, 7));
    }

    #[test]
    fn the_region_does_not_grow_past_a_list() {
        let mut blocks = menu_lead_story();
        // the lead above the list is not taken
        blocks.swap(1, 2);
        blocks.swap(0, 1);
        let weights = weights(&blocks, true, true);
        assert_eq!(grow_up(&blocks, &weights, true, (3, 7), false), (3, 7));
    }

    #[test]
    fn a_gallery_s_captions_are_its_main_element_s_text() {
        // a headline, then slides: each a caption of a sentence or two
        let mut blocks = vec![Block::new(
            "The phone, slide by slide".into(),
            Shape::Heading,
            1,
            0,
        )];
        for i in 0..4 {
            let text = format!(
                "Slide {i}: the phone's camera takes sharper pictures at night, and its \
                 battery lasts a day and a half, the maker says."
            );
            let mut b = Block::new(text, Shape::Plain, 2, 0);
            b.label = Label::Boilerplate("caption");
            blocks.push(b);
        }
        for b in &mut blocks {
            b.in_article = true;
        }
        let parents = [0, 0, 0];
        assert_eq!(
            main_element_text(&blocks, &parents, true, true),
            vec![1, 2, 3, 4]
        );
        // without them, only the headline
        assert_eq!(main_element_text(&blocks, &parents, true, false), vec![0]);
    }

    #[test]
    fn a_region_holding_most_of_the_prose_is_kept() {
        let blocks = page(4);
        let weights = [5.0, 5.0, -1.0, 1.0];
        assert_eq!(second_opinion(&blocks, &weights, (0, 2)), (0, 2));
    }
}
