//! HTML front end: one parse, then passes over that tree: furniture pruning
//! (`prune`), metadata (`meta`), and the walk that turns the remaining DOM into the
//! shared `Block`s, with link density and article-container evidence.

pub mod dom;
pub mod guard;
pub mod meta;
pub mod prune;
pub mod tokenizer;

use crate::blocks::{Block, Label, Shape};
use dom::{Data as Node, Dom, Edge};

/// A parsed page: its blocks in reading order and its metadata.
pub struct Page {
    pub blocks: Vec<Block>,
    pub meta: meta::PageMeta,
    /// Some element marks the article and holds most of the page's paragraphs.
    pub has_article_container: bool,
    /// The parent group of each block group: the DOM's block structure.
    pub parents: Vec<usize>,
}

/// Elements that start and end a block of text.
pub(crate) fn is_block_element(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "ul"
            | "caption"
            | "legend"
            | "menu"
            | "html"
            | "br"
    )
}

/// Parse once and build blocks and metadata. A page whose visible markup holds
/// almost no prose but whose `<noscript>` holds markup (a blog that writes its
/// posts with a script, a forum's crawler view) is read a second time with the
/// `<noscript>` content as markup, as a browser without scripts shows it, and
/// that reading is kept when it holds clearly more prose.
pub fn page(text: &str) -> Page {
    let first = Reading::of(text);
    let found = prose_words(&first.blocks);
    if found >= NOSCRIPT_READ_BELOW_WORDS {
        return first.into_page();
    }
    let Some(unwrapped) = unwrap_noscript(text) else {
        return first.into_page();
    };
    let second = Reading::of(&unwrapped);
    if prose_words(&second.blocks) >= found * 2 + NOSCRIPT_MIN_GAIN_WORDS {
        second.into_page()
    } else {
        first.into_page()
    }
}

/// One reading of a page: its tree and blocks. Metadata is read only from the
/// reading that is kept.
struct Reading {
    doc: Dom,
    sizes: TextSizes,
    marked_body: bool,
    blocks: Vec<Block>,
    has_article_container: bool,
    parents: Vec<usize>,
}

impl Reading {
    fn of(text: &str) -> Reading {
        let doc = Dom::parse_for_extraction(text);
        let sizes = paragraph_text_sizes(&doc);
        let marked_body = sizes.strongest >= ARTICLE_BODY_MIN_TEXT;
        let (blocks, has_article_container, parents) = walk(&doc, &sizes, marked_body, false);
        Reading {
            doc,
            sizes,
            marked_body,
            blocks,
            has_article_container,
            parents,
        }
    }

    /// A page declaring a thread's posts (or a Q&A's entries) whose posts sit in
    /// elements named as comments has them pruned as reader comments: it is walked
    /// again with them kept, and that reading is kept when it holds clearly more
    /// prose (the posts were missing, not only a reply box).
    fn into_page(self) -> Page {
        let meta = meta::page_meta(&self.doc);
        let (mut blocks, mut has_article_container, mut parents) =
            (self.blocks, self.has_article_container, self.parents);
        if meta.declares_entries {
            let entries = walk(&self.doc, &self.sizes, self.marked_body, true);
            let found = prose_words(&blocks);
            if prose_words(&entries.0) >= found * 2 + ENTRIES_MIN_GAIN_WORDS {
                (blocks, has_article_container, parents) = entries;
            }
        }
        Page {
            meta,
            blocks,
            has_article_container,
            parents,
        }
    }
}

/// Words of the blocks that read as prose.
fn prose_words(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|b| b.features.is_prose())
        .map(|b| b.features.words)
        .sum()
}

/// The page with every `<noscript>` element turned into a `<div>`, or `None`
/// when it has none.
fn unwrap_noscript(html: &str) -> Option<String> {
    const OPEN: &[u8] = b"<noscript";
    const CLOSE: &[u8] = b"</noscript";
    let bytes = html.as_bytes();
    let at = |i: usize, pat: &[u8]| {
        bytes.len() >= i + pat.len() && bytes[i..i + pat.len()].eq_ignore_ascii_case(pat)
    };
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut found = false;
    for i in memchr::memchr_iter(b'<', bytes) {
        let (len, with) = if at(i, OPEN) {
            (OPEN.len(), "<div")
        } else if at(i, CLOSE) {
            (CLOSE.len(), "</div")
        } else {
            continue;
        };
        // the name must end there (`<noscripts>` is another element)
        if bytes
            .get(i + len)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            continue;
        }
        found = true;
        out.push_str(&html[copied..i]);
        out.push_str(with);
        copied = i + len;
    }
    if !found {
        return None;
    }
    out.push_str(&html[copied..]);
    Some(out)
}

/// A page with fewer prose words than this is read again with its `<noscript>`
/// content as markup,
const NOSCRIPT_READ_BELOW_WORDS: usize = 150;
/// and that reading is kept when it has twice the prose words and this many more.
const NOSCRIPT_MIN_GAIN_WORDS: usize = 50;

/// A thread's reading with its comment-named entries kept replaces the first
/// when it has twice the prose words and this many more.
const ENTRIES_MIN_GAIN_WORDS: usize = 50;

/// Characters of running text (outside links, scripts and styles) under each
/// element: how much of the page's prose a subtree holds, so that pruning by class
/// never removes the article itself.
fn paragraph_text_sizes(doc: &Dom) -> TextSizes {
    let mut sizes: Vec<u32> = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut muted = 0usize;
    let mut strongest = 0usize;
    let mut total = 0usize;
    for edge in doc.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    if is_muted(el.name()) {
                        muted += 1;
                    }
                    stack.push((sizes.len(), 0));
                    sizes.push(0);
                }
                Node::Text(t) if muted == 0 => {
                    if let Some(top) = stack.last_mut() {
                        top.1 += t.trim().len();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if is_muted(el.name()) {
                        muted = muted.saturating_sub(1);
                    }
                    if let Some((index, n)) = stack.pop() {
                        sizes[index] = n.min(u32::MAX as usize) as u32;
                        if prune::is_article_body(el) {
                            strongest = strongest.max(n);
                        }
                        match stack.last_mut() {
                            Some(parent) => parent.1 += n,
                            None => total += n,
                        }
                    }
                }
            }
        }
    }
    TextSizes {
        by_element: sizes,
        total,
        strongest,
    }
}

/// Running text under each element, by the element's position in document order.
struct TextSizes {
    by_element: Vec<u32>,
    total: usize,
    /// The most text any `itemprop=articleBody` element holds.
    strongest: usize,
}

impl TextSizes {
    fn of(&self, element: usize) -> usize {
        self.by_element.get(element).copied().unwrap_or(0) as usize
    }
}

/// The most running text (characters) a table cell holds when it is a data
/// cell rather than a layout cell.
const DATA_CELL_TEXT: usize = 200;

/// Running text (characters) that protects an element from pruning by class.
const PROTECTED_TEXT: usize = 2500;

/// Text an `itemprop=articleBody` element must hold to be trusted as the article.
const ARTICLE_BODY_MIN_TEXT: usize = 100;

/// Elements whose text is not running prose.
fn is_muted(name: &str) -> bool {
    matches!(
        name,
        "a" | "script" | "style" | "noscript" | "template" | "svg" | "button" | "select" | "option"
    )
}

/// Text being gathered for the next block.
#[derive(Default)]
struct Pending {
    text: String,
    link_chars: usize,
    /// An inline element was dropped since the last text: the space before it
    /// separated it from the text, and goes with it when punctuation follows
    /// ("music <button>tl;dr</button>." reads "music.").
    dropped_inline: bool,
}

impl Pending {
    /// End the current word: what follows is a new word.
    fn separate(&mut self) {
        end_word(&mut self.text);
    }

    /// The text gathered so far stops inside a sentence (a word, a comma).
    fn mid_sentence(&self) -> bool {
        let t = self.text.trim_end();
        t.chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
            && !crate::blocks::ends_sentence(t)
    }

    fn push(&mut self, t: &str, in_link: bool) {
        // zero-width characters and soft hyphens are layout hints, not text
        let cleaned;
        let t = if t.contains([
            '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
        ]) {
            cleaned = t.replace(
                [
                    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
                ],
                "",
            );
            cleaned.as_str()
        } else {
            t
        };
        // white space alone (between two dropped elements) keeps the mark
        let dropped = self.dropped_inline;
        if !t.trim().is_empty() {
            self.dropped_inline = false;
        }
        if dropped && t.starts_with(['.', ',', ';', ':', '!', '?', ')']) {
            let kept = self.text.trim_end().len();
            self.text.truncate(kept);
        }
        let chars = push_inline(&mut self.text, t);
        if in_link {
            self.link_chars += chars;
        }
    }
}

/// End the current word of `out`: what follows is a new word.
pub(crate) fn end_word(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Append a text node's words to `out`. Inline elements join their neighbours with
/// exactly the source's white space (collapsed), as a browser shows them:
/// `said <a>the report</a>.` reads "said the report.". A no-break space at
/// punctuation (French `peu&nbsp;?`) stays one. Returns the characters added.
pub(crate) fn push_inline(out: &mut String, t: &str) -> usize {
    let mut chars = 0;
    let mut rest = t;
    while !rest.is_empty() {
        let word_start = rest
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len());
        if word_start > 0 {
            let run = &rest[..word_start];
            rest = &rest[word_start..];
            let typographic =
                crate::body::keeps_no_break_space(run, out.chars().last(), rest.chars().next());
            if typographic {
                out.push('\u{a0}');
            } else {
                end_word(out);
            }
        }
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push_str(&rest[..word_end]);
        chars += rest[..word_end].chars().count();
        rest = &rest[word_end..];
    }
    chars
}

/// One open block-level element on the walk.
struct Frame {
    shape: Shape,
    level: u8,
    group: usize,
    caption: bool,
    /// Inside a `figcaption` or a table's `caption`: the caption's own text.
    caption_text: bool,
}

/// `marked_body`: the page has a trustworthy `itemprop=articleBody` element; then
/// only that element counts as the article's container.
/// `entries`: the page declares a thread's posts, and elements named as comments
/// are its entries, not furniture.
fn walk(
    doc: &Dom,
    sizes: &TextSizes,
    marked_body: bool,
    entries: bool,
) -> (Vec<Block>, bool, Vec<usize>) {
    let total_p = sizes.total;
    // an element holding much of the page's running text is not furniture, whatever
    // its class says ("steady-paywall-container" around the story)
    let protected = |element: usize, el: &dom::Element| {
        sizes.of(element) * 10 >= total_p.max(1) * 4
            || sizes.of(element) >= PROTECTED_TEXT && !prune::is_thread_or_bio(el)
    };
    // document-order index of the element being opened, as in `TextSizes`
    let mut element_index = 0usize;

    let mut blocks: Vec<Block> = Vec::new();
    let mut pending = Pending::default();
    let mut frames: Vec<Frame> = vec![Frame {
        shape: Shape::Plain,
        level: 0,
        group: 0,
        caption: false,
        caption_text: false,
    }];
    let mut next_group = 1usize;
    let mut parents: Vec<usize> = vec![0];
    let mut skip: Option<dom::NodeId> = None;
    let mut links = 0usize;
    let mut article_depth = 0usize;
    let mut article_ids: Vec<dom::NodeId> = Vec::new();
    let mut best_article_share = 0usize;

    // the table cells open around the walk, by element index: a block is a
    // data cell's text when the innermost cell holds little text (layout tables
    // wrap whole pages in cells)
    let mut cells: Vec<usize> = Vec::new();
    let small_cell = |cells: &[usize]| cells.last().is_some_and(|&c| sizes.of(c) <= DATA_CELL_TEXT);
    // where a block sits: inside the article's element, in a data cell
    let at = |depth: usize, cells: &[usize]| (depth > 0, small_cell(cells));
    let flush = |pending: &mut Pending,
                 frames: &[Frame],
                 blocks: &mut Vec<Block>,
                 (in_article, in_table): (bool, bool)| {
        let text = pending.text.trim();
        if !text.is_empty() {
            let frame = frames.last().expect("root frame");
            let mut b = Block::new(text.to_string(), frame.shape, frame.group, 0);
            b.level = frame.level;
            let chars = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
            b.link_density = (pending.link_chars as f32 / chars as f32).min(1.0);
            b.in_article = in_article;
            b.in_table = in_table;
            if frame.caption {
                b.label = Label::Boilerplate("caption");
            }
            blocks.push(b);
        }
        pending.text.clear();
        pending.link_chars = 0;
    };

    for edge in doc.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let index = element_index;
                if matches!(node.value(), Node::Element(_)) {
                    element_index += 1;
                }
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let name = el.name();
                        let container = prune::is_article_container(el);
                        if let Some(why) = prune::reason(el, article_depth > 0) {
                            let structural = matches!(why, "tag" | "hidden") && name != "form";
                            let spared = why == "class"
                                && (prune::spares_inline(el, pending.mid_sentence())
                                    || entries && prune::is_thread_or_bio(el));
                            // a dialog is protected by its own size only
                            let kept = if prune::is_dialog(el) {
                                sizes.of(index) >= PROTECTED_TEXT
                            } else if prune::is_page_footer(el, article_depth > 0) {
                                // a page's footer holds its legal notices, long
                                // as they may be: only a page written inside its
                                // footer keeps it
                                sizes.of(index) * 2 >= total_p.max(1)
                            } else {
                                container || protected(index, el)
                            };
                            if structural || !(kept || spared) {
                                // a removed block still ends the word before it
                                if is_block_element(name) {
                                    pending.separate();
                                } else {
                                    pending.dropped_inline = true;
                                }
                                skip = Some(node.id());
                                continue;
                            }
                        }
                        if container && (!marked_body || prune::is_article_body(el)) {
                            article_depth += 1;
                            article_ids.push(node.id());
                            best_article_share = best_article_share.max(sizes.of(index));
                        }
                        if name == "a" {
                            links += 1;
                        }
                        if name == "img" {
                            // a picture in a line (an emoji) is dropped like any element
                            pending.dropped_inline = true;
                            continue;
                        }
                        // a table row is one block; its cells are words apart
                        if matches!(name, "td" | "th") {
                            pending.separate();
                            cells.push(index);
                        }
                        if is_block_element(name) {
                            flush(
                                &mut pending,
                                &frames,
                                &mut blocks,
                                at(article_depth, &cells),
                            );
                            if name == "br" || name == "hr" {
                                continue;
                            }
                            let parent = frames.last().expect("root frame");
                            let (shape, level) = match name {
                                "li" | "dd" | "dt" => (Shape::Item, 0),
                                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                                    (Shape::Heading, name.as_bytes()[1] - b'0')
                                }
                                _ => (parent.shape, parent.level),
                            };
                            let caption_text =
                                parent.caption_text || matches!(name, "figcaption" | "caption");
                            // a table or a quotation a figure holds is the text's own
                            // (`<figure class="wp-block-table">`), not its caption
                            let held = !caption_text
                                && (name == "table"
                                    || name == "blockquote" && !prune::is_embed(el));
                            let caption = !held
                                && (parent.caption
                                    || matches!(name, "figcaption" | "figure" | "caption")
                                    || prune::is_caption(el));
                            parents.push(parent.group);
                            frames.push(Frame {
                                shape,
                                level,
                                group: next_group,
                                caption,
                                caption_text,
                            });
                            next_group += 1;
                        }
                    }
                    Node::Text(t) => pending.push(t, links > 0),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skip {
                    if id == node.id() {
                        skip = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if name == "a" {
                        links = links.saturating_sub(1);
                    }
                    if matches!(name, "td" | "th") {
                        pending.separate();
                    }
                    if is_block_element(name) && name != "br" && name != "hr" {
                        flush(
                            &mut pending,
                            &frames,
                            &mut blocks,
                            at(article_depth, &cells),
                        );
                        if frames.len() > 1 {
                            frames.pop();
                        }
                    }
                    if matches!(name, "td" | "th") {
                        cells.pop();
                    }
                    if article_ids.last() == Some(&node.id()) {
                        article_ids.pop();
                        article_depth -= 1;
                    }
                }
            }
        }
    }
    flush(
        &mut pending,
        &frames,
        &mut blocks,
        (article_depth > 0, false),
    );
    let has_container = marked_body || best_article_share * 2 >= total_p.max(1);
    (blocks, has_container, parents)
}

#[cfg(test)]
mod tests {
    use super::page;

    /// The text of each block of a page, in order.
    fn texts(html: &str) -> Vec<String> {
        page(html).blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn inline_elements_join_with_the_source_spacing() {
        let html = "<p>He said <a href=x>the report</a>. <em>Reuters</em>, citing \
                    (<b>AP</b>) sources: <span>one</span><span>two</span>!</p>";
        assert_eq!(
            texts(html),
            ["He said the report. Reuters, citing (AP) sources: onetwo!"]
        );
    }

    #[test]
    fn the_page_s_own_spaces_are_kept() {
        let html = "<p>the <a>report</a> . And ( <i>so</i> ) on</p>";
        assert_eq!(texts(html), ["the report . And ( so ) on"]);
    }

    #[test]
    fn white_space_between_inline_elements_is_one_space() {
        let html = "<p><a>one</a>\n   <a>two</a>&#32;<b>three</b>\t</p>";
        assert_eq!(texts(html), ["one two three"]);
    }

    #[test]
    fn drop_caps_and_split_words_join() {
        let html = "<p><span class=dropcap>Z</span>imbabwe's presi<wbr>dent, co<b>op</b>.</p>";
        assert_eq!(texts(html), ["Zimbabwe's president, coop."]);
    }

    #[test]
    fn block_boundaries_still_separate_words() {
        let html = "<div>one<br>two<p>three</p>four<table><tr><td>five</td><td>six</td></tr></table>\
                    <ul><li>seven</li><li>eight</li></ul></div>";
        let all = texts(html).join("|");
        for glued in ["onetwo", "twothree", "threefour", "fivesix", "seveneight"] {
            assert!(!all.contains(glued), "{glued} in {all:?}");
        }
        assert!(all.contains("five six"), "{all:?}");
    }

    #[test]
    fn a_removed_block_ends_the_word_before_it() {
        let html = "<p>end of text<div class=share>Share</div>Next words here</p>";
        let all = texts(html).join("|");
        assert!(!all.contains("textNext"), "{all:?}");
        assert!(!all.contains("Share"), "{all:?}");
    }

    #[test]
    fn furniture_class_spares_an_inline_link_mid_sentence() {
        let html = "<p>the same things that isolate a <a class=glossary-tooltip href=c>container</a>, \
                    and get my <a class=newsletter href=n>newsletter</a>!</p>\
                    <p>Done. <span class=sr-only>opens a new window</span></p>";
        let all = texts(html).join("|");
        assert!(
            all.contains("isolate a container, and get my newsletter!"),
            "{all:?}"
        );
        assert!(!all.contains("opens a new window"), "{all:?}");
    }

    #[test]
    fn a_page_written_by_a_script_is_read_from_its_noscript() {
        let para = "<p>The committee met on Monday and agreed, after a long debate, to publish the report in full next week.</p>";
        let html = format!(
            "<html><body><div id=app>Loading</div><noscript><div class=post>{}</div></noscript></body></html>",
            para.repeat(8)
        );
        let all = texts(&html).join("|");
        assert!(all.contains("The committee met on Monday"), "{all:?}");
        // a page with its own prose keeps its `<noscript>` out
        let html = format!(
            "<html><body><article>{}</article><noscript><p>Please enable JavaScript to view the comments powered by a service.</p></noscript></body></html>",
            para.repeat(8)
        );
        let all = texts(&html).join("|");
        assert!(!all.contains("enable JavaScript"), "{all:?}");
    }

    #[test]
    fn a_heading_is_not_furniture_by_its_anchor_id() {
        let html = "<article><h3 id=nav_nur_die_folie class=subheading>Nur die Folie bleibt</h3>\
                    <h3 class=newsletter-title>Get our newsletter</h3><p>{}</p></article>";
        let html = html.replace(
            "{}",
            &"The battery is taken apart layer by layer, and the metals are recovered. ".repeat(6),
        );
        let all = texts(&html).join("|");
        assert!(all.contains("Nur die Folie bleibt"), "{all:?}");
        assert!(!all.contains("Get our newsletter"), "{all:?}");
    }

    #[test]
    fn noscript_elements_unwrap_and_no_other() {
        assert_eq!(
            super::unwrap_noscript(
                "<NoScript data-x=1><p>a</p></noscript><noscripts>b</noscripts>"
            )
            .as_deref(),
            Some("<div data-x=1><p>a</p></div><noscripts>b</noscripts>")
        );
        assert_eq!(super::unwrap_noscript("<p>no such element</p>"), None);
    }

    #[test]
    fn a_dropped_inline_element_takes_the_space_before_it_to_punctuation() {
        let html = "<p>boundary <a>music</a> <button>tl;dw</button>\n<span hidden>aside</span>. \
                    Then <button>x</button> more<svg></svg> , said <button>y</button> it \
                    (on my old one <img src=e.png>)</p>";
        assert_eq!(
            texts(html),
            ["boundary music. Then more , said it (on my old one)"]
        );
    }

    #[test]
    fn a_table_or_quotation_a_figure_holds_is_text_not_caption() {
        let html = "<figure class=wp-block-table><table><tr><td>Rank</td><td>Group</td></tr>\
                    </table><figcaption>Source: the agency</figcaption></figure>\
                    <figure><blockquote><p>We will rebuild the bridge.</p></blockquote></figure>\
                    <figure><blockquote class=twitter-tweet><p>A post.</p></blockquote></figure>\
                    <figure><img src=a.jpg><p>The bridge in 1910.</p></figure>\
                    <figcaption><table><tr><td>In a caption</td></tr></table></figcaption>";
        let labels: Vec<(String, bool)> = page(html)
            .blocks
            .into_iter()
            .map(|b| {
                (
                    b.text,
                    b.label == crate::blocks::Label::Boilerplate("caption"),
                )
            })
            .collect();
        let caption = |t: &str| labels.iter().find(|(x, _)| x.contains(t)).unwrap().1;
        assert!(!caption("Rank"), "{labels:?}");
        assert!(caption("Source: the agency"), "{labels:?}");
        assert!(!caption("We will rebuild"), "{labels:?}");
        // an embedded post stays out, as the figure's picture's words do
        assert!(caption("A post."), "{labels:?}");
        assert!(caption("The bridge in 1910."), "{labels:?}");
        assert!(caption("In a caption"), "{labels:?}");
    }

    #[test]
    fn an_aria_hidden_main_landmark_is_read_and_an_aria_hidden_icon_is_not() {
        let html = "<div role=dialog><p>Sign in</p></div><main aria-hidden=true>\
                    <p>The listing says what the seller ships.<span aria-hidden=true>*</span></p>\
                    <div aria-hidden=\"true\"><p>A carousel's copy</p></div></main>";
        assert_eq!(texts(html), ["The listing says what the seller ships."]);
    }

    #[test]
    fn a_page_footer_is_kept_only_when_it_holds_most_of_the_page() {
        // legal notices longer than the page's own short lines stay out
        let notice = "Financing is subject to credit approval and terms vary. ".repeat(60);
        let html = format!(
            "<main><p>Shop the lineup.</p><p>Compare every model.</p></main>\
             <footer><p>{notice}</p></footer><div role=contentinfo><p>{notice}</p></div>"
        );
        assert_eq!(texts(&html), ["Shop the lineup.", "Compare every model."]);
        // a page written inside its footer is still read
        let html = "<div><p>Menu</p></div><footer><p>The whole story sits here, \
                    in the footer, and nowhere else on the page.</p></footer>";
        assert_eq!(
            texts(html),
            [
                "Menu",
                "The whole story sits here, in the footer, and nowhere else on the page."
            ]
        );
    }

    #[test]
    fn a_modal_dialog_stays_out_however_long() {
        let policy = "We process personal information for our purposes. ".repeat(80);
        let html = format!(
            "<main><p>The shoe is made of wool.</p></main>\
             <div aria-modal='true' role=dialog><p>{policy}</p></div>\
             <div aria-modal=TRUE><p>{policy}</p></div><div aria-modal=false><p>Shown.</p></div>"
        );
        assert_eq!(texts(&html), ["The shoe is made of wool.", "Shown."]);
    }

    #[test]
    fn a_declared_thread_keeps_its_posts_named_as_comments() {
        let post =
            "I have been getting errors since the announcement, and so have others. ".repeat(8);
        let posts = format!(
            "<div id=comment-1_wrap><p>{post}</p></div><div class=comment><p>{post} Yes.</p></div>"
        );
        let thread = format!(
            "<script type=application/ld+json>{{\"@type\": \"DiscussionForumPosting\", \
             \"headline\": \"Errors\"}}</script><h1>Errors</h1>{posts}"
        );
        assert_eq!(texts(&thread).len(), 3, "{:?}", texts(&thread));
        // on a story, reader comments stay out
        let told = "The story says what happened and why it matters to the reader. ".repeat(40);
        let story = format!("<h1>Errors</h1><p>{told}</p>{posts}");
        assert_eq!(texts(&story), ["Errors", told.trim()]);
    }

    #[test]
    fn a_no_break_space_at_punctuation_stays() {
        let html = "<p>Les Français travaillent-ils trop peu&nbsp;? Oui&nbsp;: «&nbsp;non&nbsp;». 10&nbsp;000 euros</p>";
        assert_eq!(
            texts(html),
            [
                "Les Français travaillent-ils trop peu\u{a0}? Oui\u{a0}: «\u{a0}non\u{a0}». 10 000 euros"
            ]
        );
    }
}
