//! Passes that mark blocks as page furniture. Each pass is named after what it
//! removes and only ever sets `Label::Boilerplate(reason)`.

use crate::blocks::{Block, Label, Shape};
use crate::phrase::Gated;
use crate::vocab;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Run every pass, in order.
/// `structured` says the blocks come from a DOM, where links are known: there an
/// entry of a list of stories is a link, and plain text in a list is content.
pub fn mark(blocks: &mut [Block], structured: bool) {
    renderer_artifacts(blocks);
    skip_links(blocks);
    counters_and_buttons(blocks);
    ads_and_read_more(blocks);
    footers(blocks);
    link_references(blocks);
    story_lists(blocks, structured);
    link_lists(blocks, structured);
    repeats(blocks, structured);
    galleries(blocks);
    entry_stamps(blocks);
    notices(blocks, structured);
    if !structured {
        figures(blocks);
    }
}

/// A short line crediting a photo: "Jane Doe/Getty Images", "AP Photo", "Photo: Reuters".
fn is_photo_credit(b: &Block) -> bool {
    let f = &b.features;
    let t = b.text.trim();
    f.words >= 1
        && f.words <= 8
        && !f.ends_sentence
        && (t.contains('/') && !f.has_url
            || vocab::AGENCY_WORD.is_match(t)
            || vocab::CREDIT_PREFIX.is_match(t))
}

/// In a text rendering, a picture's alt text, caption and credit are lines laid
/// out together, ending with the credit, where paragraphs stand alone: the whole
/// group is a caption.
fn figures(blocks: &mut [Block]) {
    let mut start = 0;
    while start < blocks.len() {
        let group = blocks[start].group;
        let mut end = start;
        while end < blocks.len() && blocks[end].group == group {
            end += 1;
        }
        let lines = &blocks[start..end];
        if lines.len() >= 2
            && lines.iter().all(|b| b.shape != Shape::Item)
            && is_photo_credit(&lines[lines.len() - 1])
            && lines.iter().all(|b| b.features.words <= 60)
        {
            for b in &mut blocks[start..end] {
                set(b, "caption");
            }
        }
        start = end;
    }
}

/// Slides of a picture gallery: "1/50 United goin down", "2/50 ...", each slide a
/// counter, a title and a caption. The slides are captions: kept out of the body
/// without breaking the article around them.
fn galleries(blocks: &mut [Block]) {
    static COUNTER: LazyLock<Gated> = LazyLock::new(|| {
        Gated::new(
            |t| t.contains('/'),
            r"^\s*(\d{1,3})\s*/\s*(\d{1,3})(?:\s|$)".into(),
        )
    });
    let counter = |b: &Block| -> Option<(u32, u32)> {
        if b.features.words > 20 {
            return None;
        }
        let c = COUNTER.captures(&b.text)?;
        let (k, total) = (c[1].parse().ok()?, c[2].parse().ok()?);
        (k >= 1 && k <= total && total >= MIN_SLIDES as u32).then_some((k, total))
    };
    let counters: Vec<(usize, u32, u32)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| counter(b).map(|(k, t)| (i, k, t)))
        .collect();
    // runs of counters of one total, numbered upwards, a few blocks apart
    let mut start = 0;
    while start < counters.len() {
        let mut end = start + 1;
        while end < counters.len() {
            let (i0, k0, t0) = counters[end - 1];
            let (i, k, t) = counters[end];
            if t != t0 || k <= k0 || i - i0 > MAX_SLIDE_BLOCKS {
                break;
            }
            end += 1;
        }
        if end - start >= MIN_SLIDES {
            // the last slide is as long as the one before it
            let (last, before) = (counters[end - 1].0, counters[end - 2].0);
            let stop = (last + (last - before)).min(blocks.len());
            for b in &mut blocks[counters[start].0..stop] {
                if !b.is_boilerplate() {
                    b.label = Label::Boilerplate("caption");
                }
            }
        }
        start = end;
    }
}

/// Counters that make a gallery.
const MIN_SLIDES: usize = 3;
/// Blocks one slide may hold.
const MAX_SLIDE_BLOCKS: usize = 8;

/// Lines that only date an entry ("2 days ago at 07:52 am"), when a page has several:
/// the marks of comment threads and feeds. They end an article like a comment heading.
fn entry_stamps(blocks: &mut [Block]) {
    let is_stamp = |b: &Block| {
        if b.features.words > 10
            || !b.text.bytes().any(|c| c.is_ascii_digit())
            || !vocab::RELATIVE_TIME.is_match(&b.text)
        {
            return false;
        }
        let rest = vocab::RELATIVE_TIME.replace_all(&b.text, " ");
        let rest = vocab::DATE.replace_all(&rest, " ");
        rest.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            <= 3
    };
    let stamps: Vec<usize> = (0..blocks.len())
        .filter(|&i| is_stamp(&blocks[i]))
        .collect();
    if stamps.len() >= 3 {
        for i in stamps {
            blocks[i].label = Label::Boilerplate("entry stamp");
        }
    }
}

/// Cookie and consent notices (cookies named by the site speaking of itself, or
/// asking to agree), and the lines that say where a post was filed ("This entry
/// was posted in News"). Either can be as long as a paragraph of the article.
fn notices(blocks: &mut [Block], structured: bool) {
    for b in blocks.iter_mut() {
        let words = b.features.words;
        if words <= CONSENT_MAX_WORDS
            && !(structured && b.in_article)
            && vocab::CONSENT_SUBJECT.is_match(&b.text)
            && vocab::CONSENT_CONTEXT_WORD.is_match(&b.text)
        {
            set(b, "consent");
        } else if words <= 40 && vocab::POST_META.is_match(b.text.trim()) {
            set(b, "post meta");
        }
    }
}

/// Longer notices than this are an article about cookies.
const CONSENT_MAX_WORDS: usize = 150;

fn set(block: &mut Block, reason: &'static str) {
    if block.label == Label::Unknown {
        block.label = Label::Boilerplate(reason);
    }
}

/// A heading or label with decoration stripped: `[WORLD] Latest Stories:` → `Latest Stories`.
pub fn heading_text(text: &str) -> String {
    static BRACKETED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[[^\]]{0,30}\]|\([^)]{0,30}\)").unwrap());
    let t = if text.contains(['[', '(']) {
        BRACKETED.replace_all(text, " ")
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let t = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Form fields, image and ad placeholders, and the link headers some renderers print.
fn renderer_artifacts(blocks: &mut [Block]) {
    // compiled only for a line opening with '[', as every artifact does
    static ARTIFACT: LazyLock<Gated> = LazyLock::new(|| {
        Gated::new(
            |t| t.starts_with('['),
            r"(?x)^(?:
              \[INS:\s*:INS\]|\[IMG\]|\[[^\]\s]{0,60}\.(?:png|jpe?g|gif|svg|webp)\]|\[(?:image|img|embedded\ content|video|iframe|button|spacer|icon)\]
            )+$".into(),
        )
    });
    // every form field holds '[', '(' or "____"
    static FORM: LazyLock<Gated> = LazyLock::new(|| {
        Gated::new(|t| t.contains(['[', '(']) || t.contains("____"), r"_{4,}|\[\s{3,}\]|\(BUTTON\)|\[(?:Go|Search|Submit|Subscribe|Send|OK|Sign up|Login|Log in)\]|\[ ?[xX*]? ?\]|\(\s?[*]?\s?\)\s".into())
    });
    static HEADER_LINK: LazyLock<Gated> =
        LazyLock::new(|| Gated::new(|t| t.starts_with(['L', '#']), r"^(?:Link: |#\S)".into()));
    let mut at_top = true;
    for b in blocks.iter_mut() {
        let t = b.text.trim();
        if at_top && HEADER_LINK.is_match(t) {
            set(b, "renderer header");
            continue;
        }
        at_top = false;
        let without_artifacts = ARTIFACT.replace_all(t, "");
        if ARTIFACT.is_match(t) || without_artifacts.trim().is_empty() {
            set(b, "placeholder");
        } else if FORM.is_match(t) && b.features.words <= 12 {
            set(b, "form");
        }
    }
}

fn skip_links(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        if b.features.words <= 20 && vocab::SKIP_LINK.is_match(b.text.trim()) {
            set(b, "skip link");
        }
    }
}

/// View, comment and share counters, share buttons, bare numbers.
fn counters_and_buttons(blocks: &mut [Block]) {
    // `^[\s\d.,:+%/#()|-]*[kKmM]?[\s\d.,:+%/#()|-]*$`, written out
    use crate::patterns::NUMBERISH;
    for b in blocks.iter_mut() {
        if b.features.words > 8 {
            continue;
        }
        let t = b.text.trim();
        let rest = vocab::COUNTER.replace_all(t, " ");
        if b.features.numeric || NUMBERISH.is_match(&rest) && rest.len() < t.len() {
            set(b, "counter");
        } else if vocab::SHARE_LINE.is_match(t) {
            set(b, "share buttons");
        }
    }
}

fn ads_and_read_more(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        if b.features.words <= 8 && vocab::AD_LINE.is_match(&heading_text(&b.text)) {
            set(b, "advertisement");
        } else if b.features.words <= 30 && vocab::READ_MORE.is_match(b.text.trim()) {
            set(b, "read more");
        } else if b.features.words <= 20 && is_follow_call(b.text.trim()) {
            set(b, "follow");
        } else if b.features.words <= 15 && vocab::SCRIPT_NOTICE.is_match(&b.text) {
            set(b, "script notice");
        } else if b.features.words <= 60 && vocab::BRACKETED_CREDIT.is_match(&b.text) {
            set(b, "caption");
        }
    }
}

/// "Follow Newsbeat on Instagram, Facebook and YouTube": a call to follow the
/// publisher on two or more networks.
fn is_follow_call(t: &str) -> bool {
    vocab::FOLLOW_CALL.is_match(t) && vocab::SOCIAL_NETWORK.find_iter(t).nth(1).is_some()
}

fn footers(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        if (b.features.words <= 15 || !b.features.is_prose()) && vocab::FOOTER.is_match(&b.text) {
            set(b, "footer");
        }
    }
}

/// `References` / numbered URL lists and bare URLs.
fn link_references(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        let f = &b.features;
        let url_only = f.has_url && f.words <= 3;
        if url_only || (f.link_refs > 0 && f.link_refs * 3 >= f.words.max(1)) {
            set(b, "link reference");
        }
    }
}

/// Is this block shaped like one entry of a list of other stories: short, no
/// sentence punctuation at its end or a title-cased line?
fn is_title_like(b: &Block) -> bool {
    let f = &b.features;
    f.words <= 30 && (!f.ends_sentence || f.title_case_share() >= 0.6) && f.sentence_ends <= 1
}

/// Entries under a story-list heading that make it close the article.
const MIN_ENTRIES: usize = 3;

/// A heading from the story-list vocabulary, and the run of title-like entries
/// under it.
fn story_lists(blocks: &mut [Block], structured: bool) {
    let n = blocks.len();
    let mut i = 0;
    while i < n {
        let b = &blocks[i];
        if b.features.words <= 8
            && !b.features.ends_sentence
            && vocab::STORY_LIST_HEADING.is_match(&heading_text(&b.text))
        {
            let mut entries = 0;
            let mut j = i + 1;
            while j < n {
                let e = &blocks[j];
                let same_group = e.group == blocks[j - 1].group;
                let linked = !structured || e.link_density >= 0.5 || e.is_boilerplate();
                let entry = linked
                    && (e.shape == Shape::Item
                        || (same_group || j == i + 1) && (is_title_like(e) || e.is_boilerplate()));
                if !entry || (e.shape != Shape::Item && e.features.is_prose()) {
                    break;
                }
                set(&mut blocks[j], "story list");
                entries += 1;
                j += 1;
            }
            // a long list under such a heading closes the article
            blocks[i].label = Label::Boilerplate(if entries >= MIN_ENTRIES {
                "story list heading"
            } else {
                "story list"
            });
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Runs of short list items with no prose among them: menus, tag clouds, link
/// lists without a heading. In-article lists usually follow a sentence that
/// introduces them (ending in `:`), and read as sentences.
fn link_lists(blocks: &mut [Block], structured: bool) {
    let n = blocks.len();
    let mut i = 0;
    while i < n {
        if blocks[i].shape != Shape::Item {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && blocks[i].shape == Shape::Item {
            i += 1;
        }
        let run = &blocks[start..i];
        let prose = run.iter().filter(|b| b.features.is_prose()).count();
        let short_titles = run
            .iter()
            .filter(|b| is_title_like(b) && b.features.words <= 15)
            .count();
        let introduced = start > 0 && blocks[start - 1].text.trim_end().ends_with(':');
        let linked =
            !structured || run.iter().filter(|b| b.link_density >= 0.5).count() * 2 > run.len();
        // a lone numbered or bulleted line between paragraphs is a subheading
        if run.len() >= 2
            && prose == 0
            && short_titles * 10 >= run.len() * 8
            && !introduced
            && linked
        {
            for b in &mut blocks[start..i] {
                set(b, "link list");
            }
        }
    }
}

/// Blocks whose text occurs more than once: short ones are furniture wherever they
/// are; of long ones only the later copies go.
fn repeats(blocks: &mut [Block], structured: bool) {
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        // in a DOM, plain text repeated inside the article is content (the questions
        // of an interview, a recurring instruction); repeated links are navigation
        if structured && b.in_article && b.link_density < 0.5 {
            continue;
        }
        let key = repeat_key(&b.text);
        if key.len() >= 4 {
            seen.entry(key).or_default().push(i);
        }
    }
    // blocks opening with the same eight words: captions and teasers of one story
    let mut openings: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        if structured && b.in_article && b.link_density < 0.5 {
            continue;
        }
        if b.features.words >= 10 {
            let key: Vec<String> = b
                .text
                .split_whitespace()
                .take(8)
                .map(|w| w.to_lowercase())
                .collect();
            openings.entry(key.join(" ")).or_default().push(i);
        }
    }
    for idx in openings.values().filter(|v| v.len() >= 3) {
        // in a DOM the first copy inside the article is the text the others repeat
        let keep = if structured {
            Some(
                idx.iter()
                    .copied()
                    .find(|&i| blocks[i].in_article)
                    .unwrap_or(idx[0]),
            )
        } else {
            None
        };
        for &i in idx {
            if Some(i) != keep {
                set(&mut blocks[i], "repeated");
            }
        }
    }
    for idx in seen.values().filter(|v| v.len() > 1) {
        // of a long text the copy inside the article (else the first) stays
        let keep = if blocks[idx[0]].features.words <= 15 {
            None
        } else {
            Some(
                idx.iter()
                    .copied()
                    .find(|&i| blocks[i].in_article)
                    .unwrap_or(idx[0]),
            )
        };
        for &i in idx {
            if Some(i) != keep {
                set(&mut blocks[i], "repeated");
            }
        }
    }
}

/// A block's text as [`repeats`] compares it: its letters and digits, lowercased.
fn repeat_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                key.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        }
    }
    key
}

/// Is this block a heading that opens reader comments?
pub fn is_comment_heading(b: &Block) -> bool {
    // "34 responses to “<the headline>”": as long as a headline, never a sentence
    b.features.words <= 25
        && !b.features.ends_sentence
        && vocab::COMMENT_HEADING.is_match(&heading_text(&b.text))
}

/// Is this block the heading of the sources or references listed after an article?
pub fn is_reference_heading(b: &Block) -> bool {
    b.features.words <= 4 && vocab::REFERENCE_HEADING.is_match(&heading_text(&b.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeat_key_keeps_letters_and_digits_lowercased_in_any_script() {
        assert_eq!(repeat_key("Read more: 10 Tips!"), "readmore10tips");
        assert_eq!(
            repeat_key("ÜBER uns – İstanbul, ΣΟΦΊΑ"),
            "überunsi\u{307}stanbulσοφία"
        );
        assert_eq!(repeat_key("東京 2024年"), "東京2024年");
        assert_eq!(repeat_key(" — … "), "");
    }
}
