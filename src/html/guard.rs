//! A linear pre-scan that bounds the work of the HTML parser on hostile markup.
//!
//! html5ever's tree builder looks down its stack of open elements for many tags
//! (is a `<p>` open in button scope? is there an `<li>` to close?), so its time
//! grows with nesting depth times the number of tags: 100,000 nested `<div>`s take
//! about a minute. Its tokenizer compares each attribute with the tag's earlier
//! ones, so a tag with a million attributes is quadratic too.
//!
//! [`bound`] walks the page once, approximating the parser's stack of open elements
//! (implied end tags for `p`, `li`, `dd`/`dt`, `option`, table parts, `a`; scopes;
//! foreign content; comments, CDATA and raw-text elements), and only when a limit
//! is exceeded returns a copy with
//!
//! * start tags that would nest deeper than [`MAX_DEPTH`] removed, with the end
//!   tags that close them, and
//! * attributes beyond the first [`MAX_ATTRIBUTES`] of a tag removed, and
//! * formatting start tags (`b`, `font`, `a`, ...) removed while the parser's list
//!   of active formatting elements, which it reopens after every block that
//!   closes them, holds [`MAX_FORMATTING`] of them.
//!
//! It only needs to bound the parser's depth, not to match it exactly; when unsure
//! it counts an element as open (real pages stay far below the limit, so an
//! over-count costs nothing). Every other page comes back borrowed, unchanged,
//! without allocating.
//!
//! Extraction does not run this scan on every page: it parses once while
//! watching the tree builder's depth and the elements it creates
//! ([`super::dom::Overrun`]), and only a page that trips that watch is cut here
//! and parsed again.

use std::borrow::Cow;

/// Deepest nesting of open elements kept: deeper start tags are removed.
pub const MAX_DEPTH: usize = 512;

/// Most attributes kept on one tag.
pub const MAX_ATTRIBUTES: usize = 256;

/// Most formatting elements (`b`, `font`, `a`, ...) the parser may reopen at once:
/// more are removed.
pub const MAX_FORMATTING: usize = 64;

/// Return `html` unchanged, or when it nests deeper than [`MAX_DEPTH`] or has a tag
/// with more than [`MAX_ATTRIBUTES`] attributes, a copy without the excess.
pub fn bound(html: &str) -> Cow<'_, str> {
    let mut scan = Scan::new(html);
    scan.run();
    match scan.out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(&html[scan.copied..]);
            Cow::Owned(out)
        }
    }
}

/// What [`bound`] saw: the deepest nesting it counted and the most attributes on
/// one tag (for diagnostics and tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    pub max_depth: usize,
    pub max_attributes: usize,
    /// The longest the list of active formatting elements got.
    pub max_formatting: usize,
}

/// Scan `html` as [`bound`] does and report what it saw.
pub fn stats(html: &str) -> Stats {
    let mut scan = Scan::new(html);
    scan.run();
    scan.stats
}

// ---------------------------------------------------------------------------
// tag names

/// Tags with behaviour of their own in the parser's "in body" rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tag {
    #[default]
    Other,
    /// `html`, `head`, `body`: never opened again in the body.
    Ignored,
    /// No content, never on the stack.
    Void,
    Hr,
    Input,
    /// Text up to the matching end tag (`script`, `style`, `textarea`, `title`, ...).
    Raw,
    Xmp,
    Plaintext,
    /// Closes an open `p` (`div`, `section`, `ul`, ...).
    Block,
    P,
    Heading,
    Form,
    Li,
    DdDt,
    Button,
    /// `a` and `nobr`: a second one closes the first.
    A,
    /// `b`, `i`, `em`, `font`, ...
    Formatting,
    Table,
    /// `tbody`, `thead`, `tfoot`.
    Section,
    Tr,
    /// `td`, `th`.
    Cell,
    Caption,
    Colgroup,
    Col,
    Select,
    Option,
    Optgroup,
    /// `rb`, `rtc`.
    RbRtc,
    /// `rp`, `rt`.
    RpRt,
    Svg,
    Math,
}

// Classes of elements on the stack, for scope checks; each entry remembers the
// nearest element of each class at or below it.
/// Boundaries of the default scope.
const DEFAULT: u16 = 1 << 0;
/// ... of button scope.
const BUTTON: u16 = 1 << 1;
/// ... of list item scope.
const LIST: u16 = 1 << 2;
/// ... of table scope.
const TABLE: u16 = 1 << 3;
/// The HTML spec's "special" elements.
const SPECIAL: u16 = 1 << 4;
/// Special elements but `address`, `div` and `p`: where the search for an `li`
/// or `dd`/`dt` to close stops.
const LIST_STOP: u16 = 1 << 5;
/// `table`, its sections, rows, cells, caption and column groups.
const TABLEISH: u16 = 1 << 6;
const HEADING: u16 = 1 << 7;
/// In the HTML namespace (not SVG or MathML).
const HTML: u16 = 1 << 8;
const CLASSES: usize = 9;
// flags that are not classes
/// SVG or MathML.
const FOREIGN: u16 = 1 << 9;
/// A foreign element whose content is HTML again (`foreignObject`, `mi`, ...).
const INTEGRATION: u16 = 1 << 10;
/// Puts a marker on the list of active formatting elements (`td`, `object`, ...).
const MARKER: u16 = 1 << 11;

const SCOPE: u16 = DEFAULT | BUTTON | LIST | SPECIAL | LIST_STOP;

/// A tag's behaviour and classes, from its lowercase name.
fn classify(name: &[u8]) -> (Tag, u16) {
    use Tag::*;
    let special = SPECIAL | LIST_STOP;
    match name {
        b"html" | b"head" | b"body" => (Ignored, 0),
        b"area" | b"base" | b"basefont" | b"bgsound" | b"br" | b"embed" | b"img" | b"image"
        | b"keygen" | b"link" | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"frame" => {
            (Void, 0)
        }
        b"hr" => (Hr, 0),
        b"input" => (Input, 0),
        b"script" | b"style" | b"textarea" | b"title" | b"iframe" | b"noembed" | b"noframes"
        | b"noscript" => (Raw, 0),
        b"xmp" => (Xmp, 0),
        b"plaintext" => (Plaintext, 0),
        b"p" => (P, SPECIAL),
        b"div" | b"address" => (Block, SPECIAL),
        b"article" | b"aside" | b"blockquote" | b"center" | b"details" | b"dir" | b"dl"
        | b"fieldset" | b"figcaption" | b"figure" | b"footer" | b"header" | b"hgroup" | b"main"
        | b"menu" | b"nav" | b"search" | b"section" | b"summary" | b"pre" | b"listing" => {
            (Block, special)
        }
        b"ol" | b"ul" => (Block, special | LIST),
        b"dialog" => (Block, 0),
        b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => (Heading, special | HEADING),
        b"form" => (Form, special),
        b"li" => (Li, special),
        b"dd" | b"dt" => (DdDt, special),
        b"button" => (Button, special | BUTTON),
        b"a" | b"nobr" => (A, 0),
        b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"s" | b"small" | b"strike"
        | b"strong" | b"tt" | b"u" => (Formatting, 0),
        b"applet" | b"marquee" | b"object" => (Other, SCOPE | MARKER),
        b"template" => (Other, SCOPE | TABLE | MARKER),
        b"table" => (Table, SCOPE | TABLE | TABLEISH),
        b"tbody" | b"thead" | b"tfoot" => (Section, special | TABLEISH),
        b"tr" => (Tr, special | TABLEISH),
        b"td" | b"th" => (Cell, SCOPE | TABLEISH | MARKER),
        b"caption" => (Caption, SCOPE | TABLEISH | MARKER),
        b"colgroup" => (Colgroup, special | TABLEISH),
        b"col" => (Col, 0),
        b"select" => (Select, special),
        b"option" => (Option, 0),
        b"optgroup" => (Optgroup, 0),
        b"rb" | b"rtc" => (RbRtc, 0),
        b"rp" | b"rt" => (RpRt, 0),
        b"svg" => (Svg, 0),
        b"math" => (Math, 0),
        b"frameset" => (Other, special),
        _ => (Other, 0),
    }
}

/// Start tags that end foreign content (SVG, MathML): the parser pops back to HTML.
fn breaks_out_of_foreign(name: &[u8]) -> bool {
    matches!(
        name,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
    )
}

/// Foreign elements whose content is parsed as HTML.
fn is_integration_point(name: &[u8]) -> bool {
    matches!(
        name,
        b"foreignobject"
            | b"desc"
            | b"title"
            | b"mi"
            | b"mo"
            | b"mn"
            | b"ms"
            | b"mtext"
            | b"annotation-xml"
    )
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

const fn hash(name: &[u8]) -> u32 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < name.len() {
        h = (h ^ name[i] as u32).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

const H_P: u32 = hash(b"p");
const H_LI: u32 = hash(b"li");
const H_DD: u32 = hash(b"dd");
const H_DT: u32 = hash(b"dt");
const H_BUTTON: u32 = hash(b"button");
const H_SELECT: u32 = hash(b"select");
const H_FORM: u32 = hash(b"form");
const H_RUBY: u32 = hash(b"ruby");
const H_TABLE: u32 = hash(b"table");
const H_TBODY: u32 = hash(b"tbody");
const H_TR: u32 = hash(b"tr");
const H_FONT: u32 = hash(b"font");

/// Longest name [`classify`] knows ("annotation-xml").
const KNOWN_NAME_MAX: usize = 14;

// byte classes for the tokenizer's loops
const SPACE: u8 = 1;
const SLASH: u8 = 2;
const GT: u8 = 4;
const EQ: u8 = 8;

const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[0x0c] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[b' ' as usize] = SPACE;
    t[b'/' as usize] = SLASH;
    t[b'>' as usize] = GT;
    t[b'=' as usize] = EQ;
    t
};

fn is(b: u8, class: u8) -> bool {
    BYTE_CLASS[b as usize] & class != 0
}

fn is_space(b: u8) -> bool {
    is(b, SPACE)
}

/// One tag as the tokenizer reads it.
struct TagToken {
    /// The lowercase name when short enough to be a known one.
    name: [u8; KNOWN_NAME_MAX],
    name_len: usize,
    hash: u32,
    /// Just past the tag (past `>`), or the end of the text.
    end: usize,
    /// The text ended inside the tag: the parser drops it.
    eof: bool,
    self_closing: bool,
    attributes: usize,
    /// Where the attributes beyond the limit start and where the tag's closing
    /// `>` or `/>` starts: the span to cut.
    excess: Option<(usize, usize)>,
    /// `color`, `face` or `size` among the attributes (a `font` that ends SVG).
    font_breakout: bool,
    /// The attributes, names and values, in any order (formatting tags only).
    signature: u32,
}

impl TagToken {
    fn name(&self) -> &[u8] {
        if self.name_len <= KNOWN_NAME_MAX {
            &self.name[..self.name_len]
        } else {
            b""
        }
    }
}

/// Read a tag whose name starts at `at` (just past `<` or `</`).
fn read_tag(s: &[u8], at: usize) -> TagToken {
    let n = s.len();
    let mut name = [0u8; KNOWN_NAME_MAX];
    let mut h = FNV_OFFSET;
    let mut i = at;
    while i < n && !is(s[i], SPACE | SLASH | GT) {
        let c = s[i].to_ascii_lowercase();
        h = (h ^ c as u32).wrapping_mul(FNV_PRIME);
        if i - at < KNOWN_NAME_MAX {
            name[i - at] = c;
        }
        i += 1;
    }
    let mut t = TagToken {
        name,
        name_len: i - at,
        hash: h,
        end: n,
        eof: true,
        self_closing: false,
        attributes: 0,
        excess: None,
        font_breakout: false,
        signature: 0,
    };
    let font = h == H_FONT;
    let formatting = matches!(
        t.name(),
        b"a" | b"b"
            | b"big"
            | b"code"
            | b"em"
            | b"font"
            | b"i"
            | b"nobr"
            | b"s"
            | b"small"
            | b"strike"
            | b"strong"
            | b"tt"
            | b"u"
    );
    let mut kept_end = 0;
    loop {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        match s[i] {
            b'>' => {
                t.end = i + 1;
                t.eof = false;
                break;
            }
            b'/' if s.get(i + 1) == Some(&b'>') => {
                t.self_closing = true;
                t.end = i + 2;
                t.eof = false;
                break;
            }
            b'/' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        // an attribute: its name (which may start with '='), then maybe a value
        let name_start = i;
        i += 1;
        while i < n && !is(s[i], SPACE | SLASH | GT | EQ) {
            i += 1;
        }
        if font
            && matches!(
                s[name_start..i].to_ascii_lowercase().as_slice(),
                b"color" | b"face" | b"size"
            )
        {
            t.font_breakout = true;
        }
        let name_end = i;
        let mut value = i..i;
        let mut j = i;
        while j < n && is_space(s[j]) {
            j += 1;
        }
        if j < n && s[j] == b'=' {
            j += 1;
            while j < n && is_space(s[j]) {
                j += 1;
            }
            if j < n {
                match s[j] {
                    q @ (b'"' | b'\'') => {
                        let start = j + 1;
                        j = match memchr::memchr(q, &s[start..]) {
                            Some(k) => start + k + 1,
                            None => n,
                        };
                        value = start..j.saturating_sub(1).max(start);
                    }
                    b'>' => {}
                    _ => {
                        let start = j;
                        while j < n && !is(s[j], SPACE | GT) {
                            j += 1;
                        }
                        value = start..j;
                    }
                }
            }
            i = j;
        }
        if formatting {
            let mut h = FNV_OFFSET;
            for &c in &s[name_start..name_end] {
                h = (h ^ c.to_ascii_lowercase() as u32).wrapping_mul(FNV_PRIME);
            }
            h = (h ^ 0xff).wrapping_mul(FNV_PRIME);
            for &c in &s[value] {
                h = (h ^ c as u32).wrapping_mul(FNV_PRIME);
            }
            t.signature = t.signature.wrapping_add(h.wrapping_mul(0x9e37_79b9) | 1);
        }
        t.attributes += 1;
        if t.attributes == MAX_ATTRIBUTES {
            kept_end = i;
        }
    }
    if t.attributes > MAX_ATTRIBUTES {
        let close = if t.eof {
            n
        } else if t.self_closing {
            t.end - 2
        } else {
            t.end - 1
        };
        t.excess = Some((kept_end, close));
    }
    t
}

// ---------------------------------------------------------------------------
// the stack of open elements

/// One open element (the bottom `MAX_DEPTH` of the stack).
#[derive(Clone, Copy, Default)]
struct Entry {
    hash: u32,
    tag: Tag,
    flags: u16,
    /// The next entry down with a name in the same bucket (1-based, 0: none).
    prev: u16,
    /// For each class, the nearest entry at or below this one in it (1-based).
    near: [u16; CLASSES],
}

const BUCKETS: usize = 256;

fn bucket(hash: u32) -> usize {
    (hash as usize ^ (hash >> 16) as usize) % BUCKETS
}

/// How many same-bucket entries a name lookup looks at before giving up.
const CHAIN_LIMIT: usize = 16;

/// An entry on the parser's list of active formatting elements: a formatting
/// element (name and attributes) or a marker (`td`, `object`, ...).
#[derive(Clone, Copy, Default)]
struct Formatting {
    hash: u32,
    signature: u32,
    marker: bool,
}

const FORMATTING_SLOTS: usize = MAX_DEPTH + MAX_FORMATTING;

/// How many runs of removed elements an end tag looks through for its start tag.
const OVERFLOW_LIMIT: usize = 8;

struct Scan<'a> {
    text: &'a str,
    s: &'a [u8],
    /// The copy being made, once something has been removed.
    out: Option<String>,
    /// How much of `text` has been dealt with in `out`.
    copied: usize,
    stack: [Entry; MAX_DEPTH],
    len: usize,
    /// The top entry of each bucket (1-based, 0: none).
    top_of: [u16; BUCKETS],
    /// Start tags removed above the kept stack, innermost last, as runs of
    /// (name hash, count): their end tags are removed too.
    overflow: Vec<(u32, u32)>,
    /// Start tags in `overflow`.
    removed: usize,
    /// The list of active formatting elements.
    formatting: [Formatting; FORMATTING_SLOTS],
    formatting_len: usize,
    /// Entries of `formatting` that are not markers.
    formatting_elements: usize,
    stats: Stats,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Scan<'a> {
        Scan {
            text,
            s: text.as_bytes(),
            out: None,
            copied: 0,
            stack: [Entry::default(); MAX_DEPTH],
            len: 0,
            top_of: [0; BUCKETS],
            overflow: Vec::new(),
            removed: 0,
            formatting: [Formatting::default(); FORMATTING_SLOTS],
            formatting_len: 0,
            formatting_elements: 0,
            stats: Stats::default(),
        }
    }

    /// Leave `from..to` out of the copy.
    fn cut(&mut self, from: usize, to: usize) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.text.len()));
        out.push_str(&self.text[self.copied..from]);
        self.copied = to;
    }

    fn top(&self) -> Option<&Entry> {
        self.len.checked_sub(1).map(|i| &self.stack[i])
    }

    fn at(&self, i: usize) -> &Entry {
        &self.stack[i - 1]
    }

    /// The nearest entry in a class (1-based, 0: none).
    fn near(&self, class: u16) -> usize {
        self.top()
            .map_or(0, |e| e.near[class.trailing_zeros() as usize] as usize)
    }

    /// The nearest open element with this name (1-based, 0: none).
    fn nearest(&self, hash: u32) -> usize {
        let mut i = self.top_of[bucket(hash)] as usize;
        for _ in 0..CHAIN_LIMIT {
            if i == 0 {
                return 0;
            }
            let e = self.at(i);
            if e.hash == hash {
                return i;
            }
            i = e.prev as usize;
        }
        0
    }

    /// Entry `i` is open and no boundary of `class` is above it.
    fn in_scope(&self, i: usize, class: u16) -> bool {
        i > 0 && self.near(class) <= i
    }

    fn push(&mut self, hash: u32, tag: Tag, flags: u16) {
        debug_assert!(self.len < MAX_DEPTH);
        let index = self.len + 1;
        let mut near = self.top().map_or([0; CLASSES], |e| e.near);
        for (k, n) in near.iter_mut().enumerate() {
            if flags & (1 << k) != 0 {
                *n = index as u16;
            }
        }
        let b = bucket(hash);
        self.stack[self.len] = Entry {
            hash,
            tag,
            flags,
            prev: self.top_of[b],
            near,
        };
        self.top_of[b] = index as u16;
        self.len = index;
        if flags & MARKER != 0 && self.formatting_len < FORMATTING_SLOTS {
            self.formatting[self.formatting_len] = Formatting {
                marker: true,
                ..Formatting::default()
            };
            self.formatting_len += 1;
        }
        self.stats.max_depth = self.stats.max_depth.max(index);
    }

    fn pop(&mut self) {
        let Some(&e) = self.top() else { return };
        self.top_of[bucket(e.hash)] = e.prev;
        self.len -= 1;
        if e.flags & MARKER != 0 {
            // clear the list of active formatting elements up to the last marker
            while self.formatting_len > 0 {
                self.formatting_len -= 1;
                if self.formatting[self.formatting_len].marker {
                    break;
                }
                self.formatting_elements -= 1;
            }
        }
    }

    /// The last formatting element with this name after the last marker.
    fn formatting_find(&self, hash: u32) -> Option<usize> {
        for k in (0..self.formatting_len).rev() {
            let f = self.formatting[k];
            if f.marker {
                return None;
            }
            if f.hash == hash {
                return Some(k);
            }
        }
        None
    }

    fn formatting_remove(&mut self, k: usize) {
        self.formatting.copy_within(k + 1..self.formatting_len, k);
        self.formatting_len -= 1;
        self.formatting_elements -= 1;
    }

    /// Put a formatting element on the list (at most three alike after the last
    /// marker); false when the list is full.
    fn formatting_push(&mut self, hash: u32, signature: u32) -> bool {
        let mut alike = 0;
        let mut earliest = 0;
        for k in (0..self.formatting_len).rev() {
            let f = self.formatting[k];
            if f.marker {
                break;
            }
            if f.hash == hash && f.signature == signature {
                alike += 1;
                earliest = k;
            }
        }
        if alike >= 3 {
            self.formatting_remove(earliest);
        }
        if self.formatting_elements >= MAX_FORMATTING || self.formatting_len >= FORMATTING_SLOTS {
            return false;
        }
        self.formatting[self.formatting_len] = Formatting {
            hash,
            signature,
            marker: false,
        };
        self.formatting_len += 1;
        self.formatting_elements += 1;
        self.stats.max_formatting = self.stats.max_formatting.max(self.formatting_elements);
        true
    }

    /// Open a formatting element, or remove its tag when the list of them is full.
    fn open_formatting(&mut self, lt: usize, t: &TagToken, tag: Tag, flags: u16) -> usize {
        if self.len < MAX_DEPTH
            && self.overflow.is_empty()
            && !self.formatting_push(t.hash, t.signature)
        {
            self.cut(lt, t.end);
            return t.end;
        }
        self.open(lt, t, tag, flags)
    }

    /// Pop entries down to and including entry `i`.
    fn pop_through(&mut self, i: usize) {
        while self.len >= i && self.len > 0 {
            self.pop();
        }
    }

    fn top_is(&self, tag: Tag) -> bool {
        self.top().is_some_and(|e| e.tag == tag)
    }

    /// The current node is SVG or MathML (not an integration point).
    fn in_foreign(&self) -> bool {
        self.top()
            .is_some_and(|e| e.flags & FOREIGN != 0 && e.flags & INTEGRATION == 0)
    }

    fn close_p(&mut self) {
        let i = self.nearest(H_P);
        if self.in_scope(i, BUTTON) {
            self.pop_through(i);
        }
    }

    /// Pop elements with implied end tags (`p`, `li`, `option`, `rb`, ...).
    fn pop_implied(&mut self, except: Option<Tag>) {
        while let Some(e) = self.top() {
            let implied = matches!(
                e.tag,
                Tag::P | Tag::Li | Tag::DdDt | Tag::Option | Tag::Optgroup | Tag::RbRtc | Tag::RpRt
            );
            if !implied || Some(e.tag) == except {
                break;
            }
            self.pop();
        }
    }

    // -----------------------------------------------------------------------
    // the walk

    fn run(&mut self) {
        let s = self.s;
        let n = s.len();
        let mut i = 0;
        while let Some(k) = memchr::memchr(b'<', &s[i..]) {
            let lt = i + k;
            i = match s.get(lt + 1) {
                Some(b'!') => self.markup_declaration(lt),
                Some(b'?') => to_gt(s, lt + 2),
                Some(b'/') => match s.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => self.end_tag(lt),
                    Some(b'>') => lt + 3,
                    Some(_) => to_gt(s, lt + 2),
                    None => n,
                },
                Some(c) if c.is_ascii_alphabetic() => self.start_tag(lt),
                _ => lt + 1,
            };
            if i >= n {
                break;
            }
        }
    }

    /// `<!--...-->`, `<![CDATA[...]]>`, `<!DOCTYPE ...>` and other `<!...>`.
    fn markup_declaration(&mut self, lt: usize) -> usize {
        let s = self.s;
        let rest = &s[lt + 2..];
        if rest.starts_with(b"--") {
            return comment_end(s, lt + 4);
        }
        if rest.starts_with(b"[CDATA[") && self.in_foreign() {
            return match memchr::memmem::find(&s[lt + 9..], b"]]>") {
                Some(k) => lt + 9 + k + 3,
                None => s.len(),
            };
        }
        to_gt(s, lt + 2)
    }

    fn start_tag(&mut self, lt: usize) -> usize {
        let t = read_tag(self.s, lt + 1);
        self.stats.max_attributes = self.stats.max_attributes.max(t.attributes);
        if t.eof {
            // the parser drops a tag the text ends in; its attributes still cost
            self.cut_excess(&t);
            return t.end;
        }
        let name = t.name();
        let (mut tag, mut flags) = classify(name);
        if !self.overflow.is_empty() {
            // above the limit: tags that open an element go, others stay, and the
            // kept stack is left as the parser will see it
            match tag {
                Tag::Raw | Tag::Xmp => {
                    self.cut_excess(&t);
                    return self.raw_text(t.end, lt + 1, t.name_len);
                }
                Tag::Plaintext => {
                    self.cut_excess(&t);
                    return self.s.len();
                }
                Tag::Ignored | Tag::Void | Tag::Hr | Tag::Input | Tag::Col => {
                    self.cut_excess(&t);
                    return t.end;
                }
                _ => return self.open(lt, &t, tag, flags),
            }
        }
        if self.in_foreign() {
            let breakout = breaks_out_of_foreign(name) || (t.hash == H_FONT && t.font_breakout);
            if breakout {
                while self.in_foreign() {
                    self.pop();
                }
            } else if t.self_closing {
                self.cut_excess(&t);
                return t.end;
            } else {
                flags = FOREIGN;
                if is_integration_point(name) {
                    flags |= INTEGRATION | SCOPE;
                }
                return self.open(lt, &t, Tag::Other, flags);
            }
        }
        flags |= HTML;
        match tag {
            Tag::Ignored | Tag::Void => {}
            Tag::Hr => self.close_p(),
            Tag::Input => {
                let i = self.nearest(H_SELECT);
                if self.in_scope(i, DEFAULT) {
                    self.pop_through(i);
                }
            }
            Tag::Raw | Tag::Xmp => {
                if tag == Tag::Xmp {
                    self.close_p();
                }
                self.cut_excess(&t);
                return self.raw_text(t.end, lt + 1, t.name_len);
            }
            Tag::Plaintext => {
                self.close_p();
                self.cut_excess(&t);
                return self.s.len();
            }
            Tag::Block | Tag::P => {
                self.close_p();
                return self.open(lt, &t, tag, flags);
            }
            Tag::Heading => {
                self.close_p();
                if self.top().is_some_and(|e| e.flags & HEADING != 0) {
                    self.pop();
                }
                return self.open(lt, &t, tag, flags);
            }
            Tag::Form => {
                // a form inside a form is ignored
                if self.nearest(H_FORM) == 0 {
                    self.close_p();
                    return self.open(lt, &t, tag, flags);
                }
            }
            Tag::Li | Tag::DdDt => {
                let i = if tag == Tag::Li {
                    self.nearest(H_LI)
                } else {
                    self.nearest(H_DD).max(self.nearest(H_DT))
                };
                if self.in_scope(i, LIST_STOP) {
                    self.pop_through(i);
                }
                self.close_p();
                return self.open(lt, &t, tag, flags);
            }
            Tag::Button => {
                let i = self.nearest(H_BUTTON);
                if self.in_scope(i, DEFAULT) {
                    self.pop_through(i);
                }
                return self.open(lt, &t, tag, flags);
            }
            Tag::A => {
                let i = self.nearest(t.hash);
                if self.in_scope(i, DEFAULT) && self.near(SPECIAL) <= i {
                    self.pop_through(i);
                }
                if let Some(k) = self.formatting_find(t.hash) {
                    self.formatting_remove(k);
                }
                return self.open_formatting(lt, &t, tag, flags);
            }
            Tag::Select => {
                let i = self.nearest(H_SELECT);
                if self.in_scope(i, DEFAULT) {
                    self.pop_through(i);
                } else {
                    return self.open(lt, &t, tag, flags);
                }
            }
            Tag::Option | Tag::Optgroup => {
                if self.in_scope(self.nearest(H_SELECT), DEFAULT) {
                    let except = (tag == Tag::Option).then_some(Tag::Optgroup);
                    self.pop_implied(except);
                } else if self.top_is(Tag::Option) {
                    self.pop();
                }
                return self.open(lt, &t, tag, flags);
            }
            Tag::RbRtc | Tag::RpRt => {
                if self.in_scope(self.nearest(H_RUBY), DEFAULT) {
                    let except = (tag == Tag::RpRt).then_some(Tag::RbRtc);
                    self.pop_implied(except);
                }
                return self.open(lt, &t, tag, flags);
            }
            Tag::Table => {
                // a table directly in a table (not in a cell) closes the first
                let c = self.near(TABLEISH);
                if c > 0 && matches!(self.at(c).tag, Tag::Table | Tag::Section | Tag::Tr) {
                    let table = self.nearest(H_TABLE);
                    if table > 0 {
                        self.pop_through(table);
                    }
                }
                return self.open(lt, &t, tag, flags);
            }
            Tag::Section | Tag::Tr | Tag::Cell | Tag::Caption | Tag::Colgroup | Tag::Col => {
                if self.table_part(tag) {
                    if tag == Tag::Col {
                        self.cut_excess(&t);
                        return t.end;
                    }
                    return self.open(lt, &t, tag, flags);
                }
            }
            Tag::Svg | Tag::Math => {
                if !t.self_closing {
                    flags = FOREIGN;
                    tag = Tag::Other;
                    return self.open(lt, &t, tag, flags);
                }
            }
            Tag::Formatting => return self.open_formatting(lt, &t, tag, flags),
            Tag::Other => return self.open(lt, &t, tag, flags),
        }
        self.cut_excess(&t);
        t.end
    }

    /// Make room for a table part (`tr`, `td`, `tbody`, ...) as the parser's table
    /// modes do: close an open cell or caption, pop back to the right level, open
    /// the `tbody` and `tr` it implies. False outside any table (the parser
    /// ignores the tag).
    fn table_part(&mut self, tag: Tag) -> bool {
        let level = |t: Tag| match t {
            Tag::Table => 0,
            Tag::Section => 1,
            Tag::Tr => 2,
            _ => 3,
        };
        let wanted = match tag {
            Tag::Cell => 2,
            Tag::Tr => 1,
            _ => 0,
        };
        let mut c = self.near(TABLEISH);
        loop {
            if c == 0 {
                return false;
            }
            let t = self.at(c).tag;
            if level(t) <= wanted {
                break;
            }
            self.pop_through(c);
            c = self.near(TABLEISH);
        }
        // foster-parented content above the table part goes
        self.pop_through(c + 1);
        for l in level(self.at(c).tag) + 1..=wanted {
            if self.len >= MAX_DEPTH || !self.overflow.is_empty() {
                break;
            }
            let (hash, tag) = if l == 1 {
                (H_TBODY, Tag::Section)
            } else {
                (H_TR, Tag::Tr)
            };
            let (_, flags) = classify(if l == 1 { b"tbody" } else { b"tr" });
            self.push(hash, tag, flags | HTML);
        }
        true
    }

    /// Open an element for the start tag at `lt`, or remove the tag when the stack
    /// is full.
    fn open(&mut self, lt: usize, t: &TagToken, tag: Tag, flags: u16) -> usize {
        if self.len < MAX_DEPTH && self.overflow.is_empty() {
            self.push(t.hash, tag, flags);
            self.cut_excess(t);
        } else {
            // a `p`, `li`, `a`, ... closes one just like it
            if matches!(
                tag,
                Tag::P | Tag::Li | Tag::DdDt | Tag::A | Tag::Option | Tag::Tr | Tag::Cell
            ) && self.overflow.last().is_some_and(|&(h, _)| h == t.hash)
            {
                self.overflow_pop();
            }
            match self.overflow.last_mut() {
                Some((h, count)) if *h == t.hash && *count < u32::MAX => *count += 1,
                _ => self.overflow.push((t.hash, 1)),
            }
            self.removed += 1;
            self.stats.max_depth = self.stats.max_depth.max(self.len + self.removed);
            self.cut(lt, t.end);
        }
        t.end
    }

    fn overflow_pop(&mut self) {
        if let Some(last) = self.overflow.last_mut() {
            last.1 -= 1;
            self.removed -= 1;
            if last.1 == 0 {
                self.overflow.pop();
            }
        }
    }

    fn cut_excess(&mut self, t: &TagToken) {
        if let Some((from, to)) = t.excess {
            self.cut(from, to);
        }
    }

    fn end_tag(&mut self, lt: usize) -> usize {
        let t = read_tag(self.s, lt + 2);
        self.stats.max_attributes = self.stats.max_attributes.max(t.attributes);
        if t.eof {
            self.cut_excess(&t);
            return t.end;
        }
        if !self.overflow.is_empty() {
            // the end tag of a removed start tag goes too
            let runs = self.overflow.len();
            let found =
                (1..=runs.min(OVERFLOW_LIMIT)).find(|&k| self.overflow[runs - k].0 == t.hash);
            if let Some(k) = found {
                for run in self.overflow.drain(runs - k + 1..) {
                    self.removed -= run.1 as usize;
                }
                self.overflow_pop();
                self.cut(lt, t.end);
                return t.end;
            }
            if self.nearest(t.hash) == 0 {
                self.cut(lt, t.end);
                return t.end;
            }
            // it closes a kept element, and the removed ones above it
            self.overflow.clear();
            self.removed = 0;
        }
        self.cut_excess(&t);
        let name = t.name();
        if self.top().is_some_and(|e| e.flags & FOREIGN != 0) {
            let i = self.nearest(t.hash);
            if i > self.near(HTML) {
                self.pop_through(i);
                return t.end;
            }
        }
        let (tag, _) = classify(name);
        let i = self.nearest(t.hash);
        match tag {
            Tag::Ignored | Tag::Void | Tag::Hr | Tag::Input | Tag::Raw | Tag::Xmp => {}
            Tag::P => {
                if self.in_scope(i, BUTTON) {
                    self.pop_through(i);
                }
            }
            Tag::Li => {
                if self.in_scope(i, LIST) {
                    self.pop_through(i);
                }
            }
            Tag::Heading => {
                let h = self.near(HEADING);
                if self.in_scope(h, DEFAULT) {
                    self.pop_through(h);
                }
            }
            Tag::Form => {
                // the parser takes the form off the stack and leaves what is above
                if i > 0 && i == self.len {
                    self.pop();
                }
            }
            Tag::A | Tag::Formatting => {
                // with a block inside, the adoption agency reshuffles: leave it
                let close = self.in_scope(i, DEFAULT) && self.near(SPECIAL) <= i;
                if close {
                    self.pop_through(i);
                }
                if (close || i == 0)
                    && let Some(k) = self.formatting_find(t.hash)
                {
                    self.formatting_remove(k);
                }
            }
            Tag::Table | Tag::Section | Tag::Tr | Tag::Cell | Tag::Caption | Tag::Colgroup => {
                if self.in_scope(i, TABLE) {
                    self.pop_through(i);
                }
            }
            Tag::Block | Tag::DdDt | Tag::Button | Tag::Select | Tag::Plaintext => {
                if self.in_scope(i, DEFAULT) {
                    self.pop_through(i);
                }
            }
            Tag::Other
            | Tag::Col
            | Tag::Option
            | Tag::Optgroup
            | Tag::RbRtc
            | Tag::RpRt
            | Tag::Svg
            | Tag::Math => {
                if classify(name).1 & SCOPE == SCOPE {
                    // applet, marquee, object, template
                    if self.in_scope(i, DEFAULT) {
                        self.pop_through(i);
                    }
                } else if i > 0 && self.near(SPECIAL) <= i {
                    self.pop_through(i);
                }
            }
        }
        t.end
    }

    /// Skip the text of a raw-text element (`script`, `style`, `textarea`, ...)
    /// starting at `from`, up to and past its end tag; `name` is where its name
    /// is in the start tag.
    fn raw_text(&mut self, from: usize, name_at: usize, name_len: usize) -> usize {
        let s = self.s;
        let n = s.len();
        let name = &s[name_at..name_at + name_len];
        let mut i = from;
        while let Some(k) = memchr::memchr(b'<', &s[i..]) {
            let lt = i + k;
            let after = lt + 2 + name_len;
            if s.get(lt + 1) == Some(&b'/')
                && after <= n
                && s[lt + 2..after].eq_ignore_ascii_case(name)
                && s.get(after)
                    .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
            {
                let t = read_tag(s, lt + 2);
                self.stats.max_attributes = self.stats.max_attributes.max(t.attributes);
                self.cut_excess(&t);
                return t.end;
            }
            i = lt + 1;
        }
        n
    }
}

/// Just past the next `>` from `from`, or the end.
fn to_gt(s: &[u8], from: usize) -> usize {
    match memchr::memchr(b'>', &s[from.min(s.len())..]) {
        Some(k) => from + k + 1,
        None => s.len(),
    }
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`).
fn comment_end(s: &[u8], from: usize) -> usize {
    let n = s.len();
    if from >= n {
        return n;
    }
    // `<!-->` and `<!--->` end at once
    if s[from] == b'>' {
        return from + 1;
    }
    if s[from..].starts_with(b"->") {
        return from + 2;
    }
    let mut i = from;
    while let Some(k) = memchr::memmem::find(&s[i..], b"--") {
        let mut e = i + k + 2;
        while e < n && s[e] == b'-' {
            e += 1;
        }
        if e < n && s[e] == b'>' {
            return e + 1;
        }
        if s[e..].starts_with(b"!>") {
            return e + 2;
        }
        i = e;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The most elements nested in the tree html5ever builds.
    fn parsed_depth(html: &str) -> usize {
        let doc = scraper::Html::parse_document(html);
        doc.tree
            .nodes()
            .map(|n| n.ancestors().filter(|a| a.value().is_element()).count())
            .max()
            .unwrap_or(0)
    }

    fn page(body: &str) -> String {
        format!("<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>")
    }

    #[test]
    fn ordinary_pages_come_back_borrowed() {
        for body in [
            "<div><p>one<p>two<ul><li>a<li>b</ul></div>",
            "<table><tr><td>a<td>b<tr><td>c</table>",
            "<select><option>a<option>b</select><dl><dt>x<dd>y<dt>z</dl>",
            "<p><a href=x>a<a href=y>b</a></p><svg><g><path/></g></svg>",
            "<script>if (a < b) { document.write('<div><div><div>') }</script>",
            "<!-- <div><div> --><textarea><div></textarea><style>p > a {}</style>",
        ] {
            let html = page(body);
            assert!(matches!(bound(&html), Cow::Borrowed(_)), "{body}");
        }
    }

    #[test]
    fn implied_end_tags_do_not_add_up() {
        for (open, n) in [
            ("<p>x ", 5000),
            ("<li>x ", 5000),
            ("<a href=\"/\">x ", 5000),
            ("<option>x ", 5000),
            ("<dt>x<dd>y ", 5000),
            ("<h2>x ", 5000),
            ("<table><tr><td>x</table>", 5000),
            ("<tr><td>x<td>y", 5000),
            ("<br><img src=x><hr><input>", 5000),
            ("<div></div>", 5000),
            ("<script><div></script>", 5000),
            ("<!--<div>-->", 5000),
        ] {
            let html = page(&format!("<table>{}</table>", open.repeat(n)));
            let html = if open.starts_with("<tr>") {
                html
            } else {
                page(&open.repeat(n))
            };
            assert!(stats(&html).max_depth < 10, "{open}: {:?}", stats(&html));
            assert!(matches!(bound(&html), Cow::Borrowed(_)), "{open}");
        }
    }

    #[test]
    fn raw_text_comments_and_cdata_hide_markup() {
        let deep = "<div>".repeat(2 * MAX_DEPTH);
        for wrap in [
            "<script>{}</script>",
            "<SCRIPT type=x>{}</script >",
            "<style>{}</style>",
            "<textarea>{}</textarea>",
            "<title>{}</title>",
            "<xmp>{}</xmp>",
            "<iframe>{}</iframe>",
            "<noembed>{}</noembed>",
            "<noframes>{}</noframes>",
            "<noscript>{}</noscript>",
            "<!--{}-->",
            "<!-- a -- b --!>{}",
            "<plaintext>{}",
            "<svg><![CDATA[{}]]></svg>",
        ] {
            let wrapped = wrap.replace("{}", &deep);
            let html = if wrap.contains("--!>") {
                page(&format!("<!-- a -- b {deep} --!>"))
            } else {
                page(&wrapped)
            };
            assert!(matches!(bound(&html), Cow::Borrowed(_)), "{wrap}");
        }
        // an unclosed script or comment runs to the end
        for open in ["<script>", "<!--", "<style>", "<textarea>"] {
            let html = format!("<body>{open}{deep}");
            assert!(matches!(bound(&html), Cow::Borrowed(_)), "{open}");
        }
        // but a CDATA section outside SVG or MathML is a bogus comment up to `>`
        let html = page(&format!("<![CDATA[ x ]]>{deep}"));
        assert!(matches!(bound(&html), Cow::Owned(_)));
    }

    #[test]
    fn deep_nesting_is_cut_to_the_limit_and_text_stays() {
        let n = 100_000;
        let html = page(&format!(
            "{}deep words{}<p>after</p>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        ));
        let out = bound(&html);
        assert!(matches!(out, Cow::Owned(_)));
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("deep words"));
        assert!(out.ends_with("<p>after</p></body></html>"));
        assert_eq!(stats(&out).max_depth, MAX_DEPTH);
        assert_eq!(stats(&html).max_depth, n);
    }

    #[test]
    fn attributes_beyond_the_limit_go() {
        let attrs: String = (0..1000).map(|i| format!(" a{i}=\"v{i}\"")).collect();
        for (tag, tail) in [("<div", ">text</div>"), ("<br", "/>"), ("</div", ">")] {
            let html = page(&format!("<div>{tag}{attrs}{tail}"));
            let out = bound(&html);
            assert!(out.contains(" a255=\"v255\""), "{tag}");
            assert!(!out.contains(" a256="), "{tag}");
            assert!(out.contains(&format!(" a255=\"v255\"{tail}")), "{tag}");
            assert_eq!(stats(&out).max_attributes, MAX_ATTRIBUTES);
        }
        // unquoted, odd and unterminated attributes
        let odd: String = (0..300).map(|i| format!(" x{i}=y{i} ='a' /")).collect();
        for html in [format!("<p{odd}>t"), format!("<p{odd}")] {
            assert_eq!(stats(&bound(&html)).max_attributes, MAX_ATTRIBUTES);
        }
        // quoted values hold `>` and spaces
        let html = page("<div title=\"a > b\" data-x='c d'>t</div>");
        assert_eq!(stats(&html).max_attributes, 2);
    }

    /// After [`bound`], html5ever's tree is never much deeper than the limit,
    /// whatever the nesting pattern.
    #[test]
    fn parser_depth_is_bounded_after_the_guard() {
        let n = 3000;
        for open in [
            "<div>",
            "<div/>",
            "<span>",
            "<b>",
            "<font color=red>",
            "<ul><li>",
            "<dl><dd>",
            "<table><tr><td>",
            "<table><caption>",
            "<svg><g>",
            "<math><mi>",
            "<svg><foreignObject><div>",
            "<svg><desc><span>",
            "<span><div></span>",
            "<div><span></div>",
            "<p><span>",
            "<a href=x><div>",
            "<b><div></b>",
            "<b><p></b>",
            "<object>",
            "<template>",
            "<button><div>",
            "<select><div>",
            "<section><p>x",
            "<x-y>",
            "<form><div>",
            "<ruby><rb>",
            "<table><div>",
            "<h1><div>",
        ] {
            let html = page(&format!("{}<p>words</p>", open.repeat(n)));
            let out = bound(&html);
            let depth = parsed_depth(&out);
            assert!(
                depth <= MAX_DEPTH + 16,
                "{open}: html5ever depth {depth} after the guard (guard counted {})",
                stats(&html).max_depth
            );
        }
    }

    /// Formatting elements the parser reopens after a block closes them.
    #[test]
    fn reopened_formatting_elements_are_bounded() {
        for (pattern, n) in [
            ("<div><b id={}></div>x", 3000),
            ("<p><font class=f{}>x</p>", 3000),
            ("<div><a href={}></div>x", 3000),
        ] {
            let body: String = (0..n)
                .map(|i| pattern.replace("{}", &i.to_string()))
                .collect();
            let html = page(&body);
            let out = bound(&html);
            let depth = parsed_depth(&out);
            assert!(
                depth <= MAX_DEPTH + 16,
                "{pattern}: html5ever depth {depth}"
            );
        }
    }
}
