//! An HTML tokenizer (WHATWG HTML §13.2.5) that feeds html5ever's tree builder.
//!
//! html5ever's own tokenizer walks the page one `char` at a time through a
//! queue of tendrils and was most of newsclip's time per page. This one works
//! on the bytes of the whole decoded page (every character that matters to the
//! tokenizer is ASCII), jumps over text, attribute values, scripts and comments
//! with `memchr`, and hands text and attribute values to the tree builder as
//! slices of one shared buffer. The tree builder (insertion modes, adoption
//! agency, foster parenting) is still html5ever's, and it tells this tokenizer
//! when to switch to RCDATA, RAWTEXT, script data or PLAINTEXT, as it tells its
//! own. Tests build every benchmark page and generated tag soup both ways and
//! require the same tree.
//!
//! Parse errors are not reported: newsclip's tree sink ignores them.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{Attribute, LocalName, QualName, ns};
use memchr::{memchr, memchr2, memchr3};
use std::borrow::Cow;

/// Which attributes of start tags reach the tree builder.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Attributes {
    /// All of them, as html5ever's tokenizer gives them.
    All,
    /// Only those named in [`READ_ATTRIBUTES`]: the others are skipped over
    /// without building their names or values (or resolving their character
    /// references).
    Read,
}

/// The attributes some pass of newsclip reads (`class`, `id`, `itemprop`,
/// `<meta>` keys and content, links, dates, visibility, language), and those
/// html5ever's tree builder reads itself (an `<input>`'s `type`, a `<font>`'s
/// `color`, `face` and `size` in foreign content, a `<meta>`'s `charset`, a
/// `<template>`'s `shadowrootmode`, MathML's `encoding`), as written in the
/// page (ASCII case aside), most frequent first.
pub const READ_ATTRIBUTES: &[&str] = &[
    "class",
    "href",
    "id",
    "type",
    "rel",
    "content",
    "name",
    "style",
    "role",
    "property",
    "itemprop",
    "value",
    "aria-hidden",
    "aria-modal",
    "hidden",
    "lang",
    "xml:lang",
    "itemtype",
    "datetime",
    "pubdate",
    "http-equiv",
    "charset",
    "color",
    "face",
    "size",
    "shadowrootmode",
    "encoding",
];

/// Is `raw`, an attribute name as written, one of [`READ_ATTRIBUTES`]?
pub fn is_read_attribute(raw: &str) -> bool {
    let raw = raw.as_bytes();
    READ_ATTRIBUTES
        .iter()
        .any(|a| a.len() == raw.len() && a.as_bytes().eq_ignore_ascii_case(raw))
}

/// Tokenize a whole document into `sink`, then signal the end of the input.
/// `watch` is asked after every start tag (with the number so far) whether to
/// stop there; the return value says whether it did.
pub fn tokenize<S: TokenSink>(
    input: &str,
    sink: &S,
    attributes: Attributes,
    watch: Option<&dyn Fn(usize) -> bool>,
) -> bool {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    // Tendrils hold at most 4 GiB: a longer page is parsed up to there.
    let input = cut(input, u32::MAX as usize - 1);
    // Newlines are normalized before tokenizing (§13.2.3.5): CR LF and lone CR
    // become LF.
    let normalized;
    let input = if memchr(b'\r', input.as_bytes()).is_some() {
        normalized = normalize_newlines(input);
        normalized.as_str()
    } else {
        input
    };
    let mut t = Tokenizer {
        src: input,
        b: input.as_bytes(),
        full: StrTendril::from_slice(input),
        pos: 0,
        sink,
        mode: Mode::Data,
        last_start: None,
        text: Pending::None,
        atoms: AtomCache::default(),
        attributes,
        watch,
        start_tags: 0,
        stopped: false,
    };
    t.run();
    t.flush();
    let _ = sink.process_token(Token::EOFToken, 1);
    sink.end();
    t.stopped
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character.
fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn normalize_newlines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = memchr(b'\r', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if rest.starts_with('\n') {
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Data,
    Rcdata,
    Rawtext,
    ScriptData,
    Plaintext,
}

/// Character data not yet handed to the tree builder: nothing, one range of the
/// input (shared, not copied), or an owned string (after a character
/// reference or a replaced NUL).
enum Pending {
    None,
    Range(usize, usize),
    Owned(StrTendril),
}

struct Tokenizer<'a, S: TokenSink> {
    src: &'a str,
    b: &'a [u8],
    full: StrTendril,
    pos: usize,
    sink: &'a S,
    mode: Mode,
    last_start: Option<LocalName>,
    text: Pending,
    atoms: AtomCache,
    attributes: Attributes,
    /// Asked after every start tag, with the number so far: stop here?
    watch: Option<&'a dyn Fn(usize) -> bool>,
    start_tags: usize,
    stopped: bool,
}

/// The atoms of the tag and attribute names met last, by a hash of their
/// length and end bytes, each with the name as written: a page repeats a few
/// dozen names thousands of times, and making an atom hashes the name against
/// html5ever's static set.
struct AtomCache(Vec<Option<CachedName>>);

struct CachedName {
    len: usize,
    written: [u8; CACHED_NAME_MAX],
    atom: LocalName,
}

/// Longer names are made into atoms every time.
const CACHED_NAME_MAX: usize = 32;

impl Default for AtomCache {
    fn default() -> AtomCache {
        AtomCache(std::iter::repeat_with(|| None).take(256).collect())
    }
}

impl AtomCache {
    /// `name_atom(raw)`.
    fn get(&mut self, raw: &str) -> LocalName {
        let b = raw.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return name_atom(raw);
        };
        if b.len() > CACHED_NAME_MAX {
            return name_atom(raw);
        }
        let slot = (b.len() * 31 + usize::from(first | 0x20) * 7 + usize::from(last | 0x20)) & 255;
        // the same bytes make the same atom (a name written in another case
        // takes the slot over)
        if let Some(cached) = &self.0[slot]
            && cached.len == b.len()
            && &cached.written[..b.len()] == b
        {
            return cached.atom.clone();
        }
        let atom = name_atom(raw);
        let mut written = [0u8; CACHED_NAME_MAX];
        written[..b.len()].copy_from_slice(b);
        self.0[slot] = Some(CachedName {
            len: b.len(),
            written,
            atom: atom.clone(),
        });
        atom
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b' ')
}

/// What a tag's name, an attribute's name, and a tag name in the tag-name
/// states stop at.
fn ends_name(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b' ' | b'/' | b'>')
}

/// Where an attribute name stops (after its first character).
fn ends_attr_name(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b' ' | b'/' | b'>' | b'=')
}

/// A name as the tokenizer records it: ASCII upper case lowered, NUL replaced.
fn lower_name(raw: &str) -> Cow<'_, str> {
    if raw.bytes().any(|c| c.is_ascii_uppercase() || c == 0) {
        let mut s = String::with_capacity(raw.len() + 2);
        for ch in raw.chars() {
            s.push(match ch {
                '\0' => '\u{fffd}',
                c => c.to_ascii_lowercase(),
            });
        }
        Cow::Owned(s)
    } else {
        Cow::Borrowed(raw)
    }
}

fn name_atom(raw: &str) -> LocalName {
    LocalName::from(&*lower_name(raw))
}

/// `s` with NUL replaced by U+FFFD.
fn replace_nul(s: &str) -> StrTendril {
    let mut t = StrTendril::new();
    let mut first = true;
    for part in s.split('\0') {
        if !first {
            t.push_char('\u{fffd}');
        }
        first = false;
        t.push_slice(part);
    }
    t
}

/// The ASCII letters starting at `i`.
fn alpha_run(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

impl<'a, S: TokenSink> Tokenizer<'a, S> {
    fn run(&mut self) {
        while self.pos < self.b.len() {
            match self.mode {
                Mode::Data => self.data(),
                Mode::Rcdata => self.raw_text(true),
                Mode::Rawtext => self.raw_text(false),
                Mode::ScriptData => self.script_data(),
                Mode::Plaintext => {
                    let (start, end) = (self.pos, self.b.len());
                    self.push_text(start, end, true);
                    self.pos = end;
                }
            }
        }
    }

    // ---- character data ----

    fn sub(&self, a: usize, b: usize) -> StrTendril {
        self.full.subtendril(a as u32, (b - a) as u32)
    }

    /// Queue input `a..b` as character data; NULs become U+FFFD when `replace`.
    fn push_text(&mut self, a: usize, b: usize, replace: bool) {
        if a == b {
            return;
        }
        if replace && memchr(0, &self.b[a..b]).is_some() {
            let t = replace_nul(&self.src[a..b]);
            self.push_str(&t);
            return;
        }
        self.text = match std::mem::replace(&mut self.text, Pending::None) {
            Pending::None => Pending::Range(a, b),
            Pending::Range(x, y) if y == a => Pending::Range(x, b),
            Pending::Range(x, y) => {
                let mut t = self.sub(x, y);
                t.push_slice(&self.src[a..b]);
                Pending::Owned(t)
            }
            Pending::Owned(mut t) => {
                t.push_slice(&self.src[a..b]);
                Pending::Owned(t)
            }
        };
    }

    fn push_str(&mut self, s: &str) {
        self.text = match std::mem::replace(&mut self.text, Pending::None) {
            Pending::None => Pending::Owned(StrTendril::from_slice(s)),
            Pending::Range(x, y) => {
                let mut t = self.sub(x, y);
                t.push_slice(s);
                Pending::Owned(t)
            }
            Pending::Owned(mut t) => {
                t.push_slice(s);
                Pending::Owned(t)
            }
        };
    }

    fn flush(&mut self) {
        let t = match std::mem::replace(&mut self.text, Pending::None) {
            Pending::None => return,
            Pending::Range(x, y) => self.sub(x, y),
            Pending::Owned(t) => t,
        };
        let _ = self.sink.process_token(Token::CharacterTokens(t), 1);
    }

    fn emit(&mut self, token: Token) {
        self.flush();
        let _ = self.sink.process_token(token, 1);
    }

    /// The data state: text, character references, NULs and markup.
    fn data(&mut self) {
        while self.mode == Mode::Data {
            let start = self.pos;
            let Some(i) = memchr3(b'<', b'&', 0, &self.b[start..]) else {
                self.push_text(start, self.b.len(), false);
                self.pos = self.b.len();
                return;
            };
            let at = start + i;
            self.push_text(start, at, false);
            self.pos = at;
            match self.b[at] {
                b'&' => self.char_ref_in_text(),
                0 => {
                    self.emit(Token::NullCharacterToken);
                    self.pos = at + 1;
                }
                _ => self.tag_open(),
            }
        }
    }

    // ---- character references (§13.2.5.72–80) ----

    /// At '&' in text: queue what it stands for and move past it.
    fn char_ref_in_text(&mut self) {
        let at = self.pos;
        match self.char_ref(at + 1, false) {
            Some((chars, end)) => {
                let mut buf = [0u8; 8];
                self.push_str(chars.encode(&mut buf));
                self.pos = end;
            }
            None => {
                self.push_text(at, at + 1, false);
                self.pos = at + 1;
            }
        }
    }

    /// A character reference whose name starts at `p` (just after '&'): what it
    /// stands for and where it ends, or `None` when the '&' is literal (what
    /// follows it is then ordinary text, as the spec's "flush and reconsume"
    /// amounts to).
    fn char_ref(&self, p: usize, in_attribute: bool) -> Option<(RefChars, usize)> {
        let b = self.b;
        match b.get(p) {
            Some(c) if c.is_ascii_alphanumeric() => self.named_ref(p, in_attribute),
            Some(b'#') => numeric_ref(b, p + 1),
            _ => None,
        }
    }

    fn named_ref(&self, p: usize, in_attribute: bool) -> Option<(RefChars, usize)> {
        let b = self.b;
        // The most common names, ended by ';' (so the longest match and never
        // legacy), without walking the table's prefixes.
        for (name, c) in [
            (&b"amp;"[..], '&'),
            (b"quot;", '"'),
            (b"nbsp;", '\u{a0}'),
            (b"lt;", '<'),
            (b"gt;", '>'),
        ] {
            if b[p..].starts_with(name) {
                return Some((RefChars(c, None), p + name.len()));
            }
        }
        // The table holds every prefix of every name (a prefix that is not a
        // name maps to (0, 0)), so the longest match is found by extending
        // the name while it is still a prefix.
        let mut best = None;
        let mut end = p;
        while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b';') {
            end += 1;
            match html5ever::data::NAMED_ENTITIES.get(&self.src[p..end]) {
                None => break,
                Some(&(c1, c2)) => {
                    if c1 != 0 {
                        best = Some((c1, c2, end));
                    }
                }
            }
            if b[end - 1] == b';' {
                break;
            }
        }
        let (c1, c2, end) = best?;
        // Legacy names without ';' stay literal in attribute values before '='
        // or an alphanumeric ("?a=1&copy=2").
        if in_attribute
            && b[end - 1] != b';'
            && b.get(end)
                .is_some_and(|&c| c == b'=' || c.is_ascii_alphanumeric())
        {
            return None;
        }
        let first = char::from_u32(c1)?;
        let second = if c2 == 0 { None } else { char::from_u32(c2) };
        Some((RefChars(first, second), end))
    }

    // ---- tags (§13.2.5.6–40) ----

    /// At '<' in the data state.
    fn tag_open(&mut self) {
        let at = self.pos;
        match self.b.get(at + 1) {
            Some(b'!') => self.markup_declaration(at + 2),
            Some(b'/') => self.end_tag_open(at + 2),
            Some(c) if c.is_ascii_alphabetic() => {
                self.pos = at + 1;
                self.tag(TagKind::StartTag);
            }
            Some(b'?') => self.bogus_comment(at + 1),
            _ => {
                self.push_text(at, at + 1, false);
                self.pos = at + 1;
            }
        }
    }

    /// After "</" in the data state.
    fn end_tag_open(&mut self, p: usize) {
        match self.b.get(p) {
            Some(c) if c.is_ascii_alphabetic() => {
                self.pos = p;
                self.tag(TagKind::EndTag);
            }
            Some(b'>') => self.pos = p + 1,
            Some(_) => self.bogus_comment(p),
            None => {
                self.push_text(p - 2, p, false);
                self.pos = p;
            }
        }
    }

    /// A tag whose name starts at `self.pos`: its name, attributes and end,
    /// then the tag to the tree builder. A tag cut off by the end of the input
    /// is dropped.
    fn tag(&mut self, kind: TagKind) {
        let b = self.b;
        let n = b.len();
        let start = self.pos;
        let mut i = start;
        while i < n && !ends_name(b[i]) {
            i += 1;
        }
        let name = self.atoms.get(&self.src[start..i]);
        let Some((attrs, duplicate, self_closing, i)) = self.attributes(i, kind) else {
            // Cut off by the end of the input: dropped.
            self.pos = n;
            return;
        };
        self.pos = i;
        if kind == TagKind::StartTag {
            self.last_start = Some(name.clone());
        }
        self.flush();
        let result = self.sink.process_token(
            Token::TagToken(Tag {
                kind,
                name,
                self_closing,
                attrs,
                had_duplicate_attributes: duplicate,
            }),
            1,
        );
        self.mode = match result {
            TokenSinkResult::Plaintext => Mode::Plaintext,
            TokenSinkResult::RawData(RawKind::Rcdata) => Mode::Rcdata,
            TokenSinkResult::RawData(RawKind::Rawtext) => Mode::Rawtext,
            TokenSinkResult::RawData(RawKind::ScriptData) => Mode::ScriptData,
            // The tree builder never asks for the escaped script states.
            TokenSinkResult::RawData(RawKind::ScriptDataEscaped(_)) => Mode::ScriptData,
            _ => Mode::Data,
        };
        if kind == TagKind::StartTag {
            self.start_tags += 1;
            if self.watch.is_some_and(|stop| stop(self.start_tags)) {
                self.stopped = true;
                self.pos = n;
            }
        }
    }

    /// From the before-attribute-name state at `i` to the tag's '>': its
    /// attributes (only kept for a start tag, first of duplicates kept),
    /// whether a name repeated, whether it closed with "/>", and the position
    /// after it; `None` when the input ends first.
    fn attributes(
        &mut self,
        mut i: usize,
        kind: TagKind,
    ) -> Option<(Vec<Attribute>, bool, bool, usize)> {
        let b = self.b;
        let skip_space = |mut i: usize| {
            while is_space(*b.get(i)?) {
                i += 1;
            }
            Some(i)
        };
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut duplicate = false;
        loop {
            i = skip_space(i)?;
            match b[i] {
                b'>' => return Some((attrs, duplicate, false, i + 1)),
                b'/' => {
                    // The self-closing start tag state.
                    i += 1;
                    if *b.get(i)? == b'>' {
                        return Some((attrs, duplicate, true, i + 1));
                    }
                    continue;
                }
                _ => {}
            }
            // The attribute name state: the first character is taken whatever
            // it is ('=' included).
            let name_start = i;
            i += 1;
            while i < b.len() && !ends_attr_name(b[i]) {
                i += 1;
            }
            let attr_name = &self.src[name_start..i];
            let keep = kind == TagKind::StartTag
                && (self.attributes == Attributes::All || is_read_attribute(attr_name));
            // The after-attribute-name state.
            i = skip_space(i)?;
            let mut value = StrTendril::new();
            if b[i] == b'=' {
                // The before-attribute-value state.
                i = skip_space(i + 1)?;
                let c = b[i];
                if c != b'>' {
                    let quote = (c == b'"' || c == b'\'').then_some(c);
                    let from = if quote.is_some() { i + 1 } else { i };
                    let end = if keep {
                        let (v, end) = self.attr_value(from, quote)?;
                        value = v;
                        end
                    } else {
                        self.attr_value_end(from, quote)?
                    };
                    i = if quote.is_some() { end + 1 } else { end };
                }
            }
            if keep {
                let local = self.atoms.get(attr_name);
                if attrs.iter().any(|a| a.name.local == local) {
                    duplicate = true;
                } else {
                    attrs.push(Attribute {
                        name: QualName::new(None, ns!(), local),
                        value,
                    });
                }
            }
        }
    }

    /// Where an attribute value from `p` stops, as `attr_value` finds it,
    /// without building the value.
    fn attr_value_end(&self, p: usize, quote: Option<u8>) -> Option<usize> {
        let b = &self.b[p..];
        let at = match quote {
            Some(q) => memchr(q, b)?,
            None => b
                .iter()
                .position(|&c| matches!(c, b'\t' | b'\n' | b'\x0c' | b' ' | b'>'))?,
        };
        Some(p + at)
    }

    /// An attribute value from `p`, in `quote`s (from after the opening one)
    /// or unquoted: the value and where it stops (the closing quote, or the
    /// whitespace or '>' after an unquoted value); `None` at the end of input.
    fn attr_value(&self, p: usize, quote: Option<u8>) -> Option<(StrTendril, usize)> {
        let b = self.b;
        let mut owned: Option<StrTendril> = None;
        let mut run = p;
        loop {
            let j = run
                + match quote {
                    Some(q) => memchr3(q, b'&', 0, &b[run..])?,
                    None => b[run..].iter().position(|&c| {
                        matches!(c, b'\t' | b'\n' | b'\x0c' | b' ' | b'>' | b'&' | 0)
                    })?,
                };
            if b[j] != b'&' && b[j] != 0 {
                let value = match owned {
                    Some(mut t) => {
                        t.push_slice(&self.src[run..j]);
                        t
                    }
                    None => self.sub(p, j),
                };
                return Some((value, j));
            }
            let t = owned.get_or_insert_with(StrTendril::new);
            t.push_slice(&self.src[run..j]);
            run = j + 1;
            if b[j] == 0 {
                t.push_char('\u{fffd}');
            } else if let Some((chars, end)) = self.char_ref(j + 1, true) {
                let mut buf = [0u8; 8];
                t.push_slice(chars.encode(&mut buf));
                run = end;
            } else {
                t.push_char('&');
            }
        }
    }

    // ---- markup declarations, comments, DOCTYPE, CDATA ----

    /// After "<!".
    fn markup_declaration(&mut self, p: usize) {
        let rest = &self.b[p..];
        if rest.starts_with(b"--") {
            self.comment(p + 2);
        } else if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"DOCTYPE") {
            self.doctype(p + 7);
        } else if rest.starts_with(b"[CDATA[")
            && self
                .sink
                .adjusted_current_node_present_but_not_in_html_namespace()
        {
            self.cdata(p + 7);
        } else {
            self.bogus_comment(p);
        }
    }

    fn emit_comment(&mut self, a: usize, b: usize) {
        let data = if memchr(0, &self.b[a..b]).is_some() {
            replace_nul(&self.src[a..b])
        } else {
            self.sub(a, b)
        };
        self.emit(Token::CommentToken(data));
    }

    /// A bogus comment from `p` to the next '>'.
    fn bogus_comment(&mut self, p: usize) {
        let end = memchr(b'>', &self.b[p..]).map_or(self.b.len(), |i| p + i);
        self.emit_comment(p, end);
        self.pos = (end + 1).min(self.b.len());
    }

    /// A comment whose data starts at `p` (after "<!--"). Its data is the input
    /// up to the "--" of the "-->" (or "--!>") that ends it; the spec's
    /// less-than-sign states only report nested comments.
    fn comment(&mut self, p: usize) {
        let b = self.b;
        let n = b.len();
        match (b.get(p), b.get(p + 1)) {
            (Some(b'>'), _) => {
                self.emit_comment(p, p);
                self.pos = p + 1;
                return;
            }
            (Some(b'-'), Some(b'>')) => {
                self.emit_comment(p, p);
                self.pos = p + 2;
                return;
            }
            _ => {}
        }
        let mut i = p;
        loop {
            let Some(q) = memchr(b'-', &b[i..]).map(|k| i + k) else {
                self.emit_comment(p, n);
                self.pos = n;
                return;
            };
            match b.get(q + 1) {
                None => {
                    // EOF in the comment-end-dash state: the dash is not data.
                    self.emit_comment(p, q);
                    self.pos = n;
                    return;
                }
                Some(b'-') => {}
                Some(_) => {
                    i = q + 1;
                    continue;
                }
            }
            // The comment end state after "--"; further dashes are data.
            let mut r = q + 2;
            while r < n && b[r] == b'-' {
                r += 1;
            }
            // Where the comment ends: "-->", "--!>", or the end of the input.
            let resume = match (b.get(r), b.get(r + 1)) {
                (None, _) | (Some(b'!'), None) => n,
                (Some(b'>'), _) => r + 1,
                (Some(b'!'), Some(b'>')) => r + 2,
                (Some(b'!'), Some(_)) => {
                    i = r + 1;
                    continue;
                }
                (Some(_), _) => {
                    i = r;
                    continue;
                }
            };
            self.emit_comment(p, r - 2);
            self.pos = resume;
            return;
        }
    }

    /// A CDATA section in foreign content, from `p` (after "<![CDATA[") to "]]>".
    fn cdata(&mut self, p: usize) {
        let b = self.b;
        let mut i = p;
        let end = loop {
            match memchr(b']', &b[i..]).map(|k| i + k) {
                None => break b.len(),
                Some(q) if b[q..].starts_with(b"]]>") => break q,
                Some(q) => i = q + 1,
            }
        };
        // NUL is emitted as itself here (a NUL token to the tree builder).
        let mut a = p;
        while let Some(k) = memchr(0, &b[a..end]) {
            self.push_text(a, a + k, false);
            self.emit(Token::NullCharacterToken);
            a += k + 1;
        }
        self.push_text(a, end, false);
        self.pos = (end + 3).min(b.len());
    }

    /// A DOCTYPE from `p` (after "<!DOCTYPE").
    fn doctype(&mut self, p: usize) {
        let b = self.b;
        let n = b.len();
        let mut i = p;
        let mut doctype = Doctype::default();
        let quirks = |mut d: Doctype| {
            d.force_quirks = true;
            d
        };
        // The DOCTYPE and before-DOCTYPE-name states.
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i == n {
            self.emit(Token::DoctypeToken(quirks(doctype)));
            self.pos = n;
            return;
        }
        if b[i] == b'>' {
            self.emit(Token::DoctypeToken(quirks(doctype)));
            self.pos = i + 1;
            return;
        }
        // The DOCTYPE name state.
        let start = i;
        while i < n && !is_space(b[i]) && b[i] != b'>' {
            i += 1;
        }
        doctype.name = Some(StrTendril::from_slice(&lower_name(&self.src[start..i])));
        // The after-DOCTYPE-name state and what follows it.
        let (doctype, end) = self.doctype_ids(doctype, i);
        self.emit(Token::DoctypeToken(doctype));
        self.pos = end;
    }

    /// The states after a DOCTYPE's name, from `i`: the public and system
    /// identifiers, and where the DOCTYPE ends.
    fn doctype_ids(&self, mut d: Doctype, i: usize) -> (Doctype, usize) {
        let end = self.doctype_rest(&mut d, i).unwrap_or_else(|end| end);
        (d, end)
    }

    /// `doctype_ids`; `Err(end)` where the DOCTYPE ends early, `Ok(end)` where
    /// it ends after a bogus tail.
    fn doctype_rest(&self, d: &mut Doctype, i: usize) -> Result<usize, usize> {
        let b = self.b;
        let n = b.len();
        // whitespace, then the end of the input (quirks) or '>' (the end)
        let next = |d: &mut Doctype, mut i: usize| {
            while i < n && is_space(b[i]) {
                i += 1;
            }
            match b.get(i) {
                None => {
                    d.force_quirks = true;
                    Err(n)
                }
                Some(b'>') => Err(i + 1),
                Some(_) => Ok(i),
            }
        };
        // after an identifier's closing quote, or where the DOCTYPE ends
        let identifier = |d: &mut Doctype, i: usize, public: bool, after_keyword: bool| match self
            .doctype_id(d, i, public, after_keyword)
        {
            None => Err(n),
            Some(DoctypeStep::End(e)) => Err(e),
            Some(DoctypeStep::Bogus(e)) => Err(self.bogus_doctype(e)),
            Some(DoctypeStep::After(e)) => Ok(e),
        };
        let i = next(d, i)?;
        let keyword = |k: &[u8]| b.len() >= i + 6 && b[i..i + 6].eq_ignore_ascii_case(k);
        let public = keyword(b"PUBLIC");
        if !public && !keyword(b"SYSTEM") {
            d.force_quirks = true;
            return Err(self.bogus_doctype(i));
        }
        // After the keyword: an identifier, possibly without the space before it.
        let mut j = identifier(d, i + 6, public, true)?;
        if public {
            // After the public identifier: maybe a system identifier.
            j = next(d, j)?;
            if !matches!(b[j], b'"' | b'\'') {
                d.force_quirks = true;
                return Err(self.bogus_doctype(j));
            }
            j = identifier(d, j, false, false)?;
        }
        // After the system identifier; not quirks here: the rest is a bogus DOCTYPE.
        let j = next(d, j)?;
        Ok(self.bogus_doctype(j))
    }

    /// An identifier (public when `public`) at `i`, after optional whitespace
    /// when `after_keyword`. Sets the identifier (or quirks) on `d`.
    fn doctype_id(
        &self,
        d: &mut Doctype,
        mut i: usize,
        public: bool,
        after_keyword: bool,
    ) -> Option<DoctypeStep> {
        let b = self.b;
        let n = b.len();
        if after_keyword {
            while i < n && is_space(b[i]) {
                i += 1;
            }
        }
        if i == n {
            d.force_quirks = true;
            return None;
        }
        let quote = match b[i] {
            q @ (b'"' | b'\'') => q,
            b'>' => {
                d.force_quirks = true;
                return Some(DoctypeStep::End(i + 1));
            }
            _ => {
                d.force_quirks = true;
                return Some(DoctypeStep::Bogus(i));
            }
        };
        let start = i + 1;
        let stop = memchr2(quote, b'>', &b[start..]).map(|k| start + k);
        let end = stop.unwrap_or(n);
        let id = replace_nul(&self.src[start..end]);
        if public {
            d.public_id = Some(id);
        } else {
            d.system_id = Some(id);
        }
        match stop {
            None => {
                d.force_quirks = true;
                None
            }
            Some(e) if b[e] == b'>' => {
                d.force_quirks = true;
                Some(DoctypeStep::End(e + 1))
            }
            Some(e) => Some(DoctypeStep::After(e + 1)),
        }
    }

    /// The bogus DOCTYPE state from `i`: where the DOCTYPE ends.
    fn bogus_doctype(&self, i: usize) -> usize {
        memchr(b'>', &self.b[i..]).map_or(self.b.len(), |k| i + k + 1)
    }

    // ---- RCDATA, RAWTEXT, script data ----

    /// Whether an end tag for the last start tag begins at `p` (after "</"):
    /// its letters, then whitespace, '/' or '>'.
    fn appropriate_end_tag(&self, p: usize) -> bool {
        let Some(last) = &self.last_start else {
            return false;
        };
        let e = alpha_run(self.b, p);
        e > p
            && self.b.get(e).is_some_and(|&c| ends_name(c))
            && self.b[p..e].eq_ignore_ascii_case(last.as_bytes())
    }

    /// RCDATA (with character references) or RAWTEXT, up to the end tag.
    fn raw_text(&mut self, references: bool) {
        let b = self.b;
        let mut i = self.pos;
        loop {
            let found = if references {
                memchr3(b'<', b'&', 0, &b[i..])
            } else {
                memchr2(b'<', 0, &b[i..])
            };
            let Some(k) = found else {
                self.push_text(i, b.len(), false);
                self.pos = b.len();
                return;
            };
            let at = i + k;
            self.push_text(i, at, false);
            match b[at] {
                0 => {
                    self.push_str("\u{fffd}");
                    i = at + 1;
                }
                b'&' => {
                    self.pos = at;
                    self.char_ref_in_text();
                    i = self.pos;
                }
                _ => {
                    if b.get(at + 1) == Some(&b'/') && self.appropriate_end_tag(at + 2) {
                        self.pos = at + 2;
                        self.tag(TagKind::EndTag);
                        return;
                    }
                    self.push_text(at, at + 1, false);
                    i = at + 1;
                }
            }
        }
    }

    /// Script data, with its escaped and double-escaped states, up to the
    /// `</script>` that ends it. The text is the input as it stands (NUL
    /// replaced); the states only decide where it ends.
    fn script_data(&mut self) {
        #[derive(Clone, Copy)]
        enum S {
            Normal,
            Escaped,
            EscapedDash,
            EscapedDashDash,
            Double,
            DoubleDash,
            DoubleDashDash,
        }
        let b = self.b;
        let n = b.len();
        let start = self.pos;
        let mut i = start;
        let mut s = S::Normal;
        let end = loop {
            match s {
                S::Normal => {
                    let Some(k) = memchr(b'<', &b[i..]) else {
                        break n;
                    };
                    let at = i + k;
                    match b.get(at + 1) {
                        Some(b'/') if self.appropriate_end_tag(at + 2) => break at,
                        Some(b'/') => i = at + 2,
                        Some(b'!') => {
                            i = at + 2;
                            if b.get(i) == Some(&b'-') && b.get(i + 1) == Some(&b'-') {
                                i += 2;
                                s = S::EscapedDashDash;
                            }
                        }
                        _ => i = at + 1,
                    }
                }
                S::Escaped | S::Double => {
                    let Some(k) = memchr2(b'-', b'<', &b[i..]) else {
                        break n;
                    };
                    let at = i + k;
                    i = at + 1;
                    let escaped = matches!(s, S::Escaped);
                    if b[at] == b'-' {
                        s = if escaped {
                            S::EscapedDash
                        } else {
                            S::DoubleDash
                        };
                    } else if escaped {
                        match self.script_escaped_lt(at) {
                            Ok(e) => break e,
                            Err((next, state_double)) => {
                                i = next;
                                s = if state_double { S::Double } else { S::Escaped };
                            }
                        }
                    } else {
                        (i, s) = match self.script_double_lt(at + 1) {
                            (next, true) => (next, S::Double),
                            (next, false) => (next, S::Escaped),
                        };
                    }
                }
                S::EscapedDash | S::EscapedDashDash | S::DoubleDash | S::DoubleDashDash => {
                    let Some(&c) = b.get(i) else {
                        break n;
                    };
                    let escaped = matches!(s, S::EscapedDash | S::EscapedDashDash);
                    let dash_dash = matches!(s, S::EscapedDashDash | S::DoubleDashDash);
                    match c {
                        b'-' => {
                            i += 1;
                            s = if escaped {
                                S::EscapedDashDash
                            } else {
                                S::DoubleDashDash
                            };
                        }
                        b'<' if escaped => match self.script_escaped_lt(i) {
                            Ok(e) => break e,
                            Err((next, state_double)) => {
                                i = next;
                                s = if state_double { S::Double } else { S::Escaped };
                            }
                        },
                        b'<' => {
                            (i, s) = match self.script_double_lt(i + 1) {
                                (next, true) => (next, S::Double),
                                (next, false) => (next, S::Escaped),
                            };
                        }
                        b'>' if dash_dash => {
                            i += 1;
                            s = S::Normal;
                        }
                        _ => {
                            i += 1;
                            s = if escaped { S::Escaped } else { S::Double };
                        }
                    }
                }
            }
        };
        self.push_text(start, end, true);
        if end == n {
            self.pos = n;
            return;
        }
        self.pos = end + 2;
        self.tag(TagKind::EndTag);
    }

    /// The script-data-escaped less-than-sign state at `at` ('<'): `Ok(at)` when
    /// the script's end tag starts there, else where to go on and whether in
    /// the double-escaped state.
    fn script_escaped_lt(&self, at: usize) -> Result<usize, (usize, bool)> {
        let b = self.b;
        match b.get(at + 1) {
            Some(b'/') if self.appropriate_end_tag(at + 2) => Ok(at),
            Some(b'/') => Err((at + 2, false)),
            Some(c) if c.is_ascii_alphabetic() => {
                // The script-data-double-escape-start state.
                let e = alpha_run(b, at + 1);
                match b.get(e) {
                    Some(&c) if ends_name(c) => {
                        Err((e + 1, b[at + 1..e].eq_ignore_ascii_case(b"script")))
                    }
                    _ => Err((e, false)),
                }
            }
            _ => Err((at + 1, false)),
        }
    }

    /// The script-data-double-escaped less-than-sign state, from `i` (after
    /// '<'): where to go on, and whether still double-escaped.
    fn script_double_lt(&self, i: usize) -> (usize, bool) {
        let b = self.b;
        if b.get(i) != Some(&b'/') {
            return (i, true);
        }
        // The script-data-double-escape-end state.
        let e = alpha_run(b, i + 1);
        match b.get(e) {
            Some(&c) if ends_name(c) => (e + 1, !b[i + 1..e].eq_ignore_ascii_case(b"script")),
            _ => (e, true),
        }
    }
}

enum DoctypeStep {
    /// The DOCTYPE ended at '>'; go on from here.
    End(usize),
    /// A bogus DOCTYPE from here.
    Bogus(usize),
    /// After an identifier's closing quote.
    After(usize),
}

/// The one or two characters a reference stands for.
#[derive(Clone, Copy)]
struct RefChars(char, Option<char>);

impl RefChars {
    fn encode(self, buf: &mut [u8; 8]) -> &str {
        let n = self.0.encode_utf8(buf).len();
        let n = match self.1 {
            Some(c) => n + c.encode_utf8(&mut buf[n..]).len(),
            None => n,
        };
        std::str::from_utf8(&buf[..n]).unwrap_or("\u{fffd}")
    }
}

/// A numeric reference from `p` (after "&#").
fn numeric_ref(b: &[u8], p: usize) -> Option<(RefChars, usize)> {
    let (base, mut i) = match b.get(p) {
        Some(b'x' | b'X') => (16u32, p + 1),
        _ => (10u32, p),
    };
    let mut num: u32 = 0;
    let mut too_big = false;
    let digits = i;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(base)) {
        num = num.wrapping_mul(base);
        if num > 0x10FFFF {
            too_big = true;
        }
        num = num.wrapping_add(d);
        i += 1;
    }
    if i == digits {
        return None;
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match num {
        n if n > 0x10FFFF || too_big => '\u{fffd}',
        0 | 0xD800..=0xDFFF => '\u{fffd}',
        0x80..=0x9F => html5ever::data::C1_REPLACEMENTS[(num - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(num).unwrap_or('\u{fffd}')),
        n => char::from_u32(n).unwrap_or('\u{fffd}'),
    };
    Some((RefChars(c, None), i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_attributes_are_known_in_any_case_and_others_are_not() {
        for a in READ_ATTRIBUTES {
            assert!(is_read_attribute(a), "{a}");
            assert!(is_read_attribute(&a.to_ascii_uppercase()), "{a}");
        }
        for a in [
            "",
            "data-src",
            "onclick",
            "aria-label",
            "classes",
            "clas",
            "hre",
            "srcset",
            "data-id",
            "itemscope",
            "xml:base",
            "d",
            "c",
        ] {
            assert!(!is_read_attribute(a), "{a}");
        }
        assert!(!is_read_attribute(&"class".repeat(8)));
    }

    #[test]
    fn cached_atoms_are_the_names_atoms() {
        let mut cache = AtomCache::default();
        for raw in [
            "div",
            "DIV",
            "Div",
            "data-x",
            "DATA-X",
            "dav",
            "d\0v",
            "d\0V",
            "é",
            "É",
            "div",
            "a-custom-element-name-longer-than-the-cache",
            "a-custom-element-name-longer-than-the-cache",
        ] {
            assert_eq!(cache.get(raw), name_atom(raw), "{raw:?}");
        }
    }

    #[test]
    fn cut_keeps_whole_characters() {
        assert_eq!(cut("abc", 10), "abc");
        assert_eq!(cut("abc", 2), "ab");
        // 'é' is two bytes: cutting inside it drops it
        assert_eq!(cut("aé", 2), "a");
        assert_eq!(cut("日本", 4), "日");
    }

    #[test]
    fn newlines_are_normalized() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n\r\r\nd"), "a\nb\nc\n\n\nd");
    }
}
