//! Matchers for the vocabularies' phrase lists that cost next to nothing to
//! build. A case-insensitive regex over a few dozen phrases costs millions of
//! instructions to compile (Unicode case folding of every letter, literal
//! extraction, two automata), which a one-page process pays before it reads a
//! byte. These compare folded characters directly instead, and each one matches
//! exactly what its regex in `vocab` matched: regex's `(?i)` is simple case
//! folding, `\b`, `\s` and `\d` are Unicode's word characters, White_Space and
//! Nd, and alternations prefer the earlier phrase.
//!
//! [`Gated`] is for the patterns that stay regexes: it compiles the regex the
//! first time a text passes a cheap test every match must pass (it holds one of
//! the list's phrases), so a page that never comes near one never pays for it.

use regex::{Regex, Replacer};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A multiply-rotate hash (as rustc's Fx): the sets and maps here hold fixed
/// vocabularies and are looked up for every class name and character, where
/// std's SipHash (built against hash flooding) was a tenth of a page's time.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

/// The representative of `c`'s simple case-folding class: two characters are
/// equal under regex's `(?i)` exactly when their folds are equal.
#[inline]
pub fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if !has_case(c) {
        return c;
    }
    fold_slow(c)
}

/// Characters without a case mapping fold only to themselves (checked over
/// every character in the tests).
#[inline]
fn has_case(c: char) -> bool {
    let mut lower = c.to_lowercase();
    let mut upper = c.to_uppercase();
    !(lower.next() == Some(c) && lower.next().is_none())
        || !(upper.next() == Some(c) && upper.next().is_none())
}

fn fold_slow(c: char) -> char {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    let least = class.ranges().first().map_or(c, |r| r.start());
    // 'K' and the Kelvin sign fold to 'k', as the ASCII fast path does
    least.to_ascii_lowercase()
}

/// The characters whose fold is `f` (a fold): its simple case-folding class.
fn fold_class(f: char) -> impl Iterator<Item = char> {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(f, f)]);
    class.case_fold_simple();
    let ranges: Vec<(char, char)> = class
        .ranges()
        .iter()
        .map(|r| (r.start(), r.end()))
        .collect();
    ranges
        .into_iter()
        .flat_map(|(a, b)| a..=b)
        .filter(move |&c| fold(c) == f)
}

/// The first UTF-8 bytes of the characters whose fold is `f`; for ASCII
/// without building the class (only the Kelvin sign and the long s fold to
/// ASCII letters from outside ASCII: checked in the tests).
fn fold_class_first_bytes(f: char) -> Vec<u8> {
    if f.is_ascii() {
        let mut bytes = vec![f as u8, f.to_ascii_uppercase() as u8];
        match f {
            'k' => bytes.push(0xE2),
            's' => bytes.push(0xC5),
            _ => {}
        }
        return bytes;
    }
    fold_class(f)
        .map(|c| {
            let mut buf = [0u8; 4];
            c.encode_utf8(&mut buf).as_bytes()[0]
        })
        .collect()
}

/// The fold of every character of `s`.
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold).collect()
}

/// regex's Unicode `\w`.
#[inline]
pub fn is_word(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

/// regex's Unicode `\s` (White_Space).
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// regex's Unicode `\d` (decimal digits of every script, Nd).
pub fn is_digit(c: char) -> bool {
    static DIGITS: OnceLock<Vec<(char, char)>> = OnceLock::new();
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(DIGITS.get_or_init(|| class_ranges(r"\d")), c)
}

/// The ranges of a regex character class (`\d`, `\p{L}`), read from regex's
/// own tables.
pub fn class_ranges(class: &str) -> Vec<(char, char)> {
    use regex_syntax::hir::{Class, HirKind};
    match regex_syntax::parse(class).map(|h| h.into_kind()) {
        Ok(HirKind::Class(Class::Unicode(class))) => class
            .ranges()
            .iter()
            .map(|r| (r.start(), r.end()))
            .collect(),
        other => unreachable!("{class} parses to a Unicode class, not {other:?}"),
    }
}

/// Is `c` in one of the sorted, disjoint `ranges`?
pub fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// regex's `\b` between two characters (`None`: the start or end of the text).
#[inline]
pub fn boundary(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(is_word) != after.is_some_and(is_word)
}

/// The character before byte offset `at`, and the one from it.
#[inline]
pub fn around(text: &str, at: usize) -> (Option<char>, Option<char>) {
    (text[..at].chars().next_back(), text[at..].chars().next())
}

/// A list of phrases, folded, in the list's order (the order regex's
/// alternation prefers).
pub struct Phrases {
    folded: Vec<Box<[char]>>,
    /// For each first character, the phrases starting with it, in list order.
    by_first: FastMap<char, Vec<usize>>,
    /// The same for the last character.
    by_last: FastMap<char, Vec<usize>>,
    /// The first UTF-8 byte of every character that folds to a phrase's first
    /// character: where a phrase can start.
    first_bytes: [bool; 256],
    /// For an ASCII first byte, the first bytes the next character may have (a
    /// bit each, all of them after a one-character phrase): most starts are
    /// turned down by their second byte, before folding.
    second_bytes: Box<[[u64; 4]; 128]>,
}

impl Phrases {
    pub fn new(list: &[&str]) -> Phrases {
        let folded: Vec<Box<[char]>> = list
            .iter()
            .map(|p| p.chars().map(fold).collect::<Box<[char]>>())
            .filter(|p| !p.is_empty())
            .collect();
        let mut by_first: FastMap<char, Vec<usize>> = FastMap::default();
        let mut by_last: FastMap<char, Vec<usize>> = FastMap::default();
        for (i, p) in folded.iter().enumerate() {
            by_first.entry(p[0]).or_default().push(i);
            by_last.entry(p[p.len() - 1]).or_default().push(i);
        }
        let mut first_bytes = [false; 256];
        for &f in by_first.keys() {
            for b in fold_class_first_bytes(f) {
                first_bytes[usize::from(b)] = true;
            }
        }
        let mut second_bytes = Box::new([[0u64; 4]; 128]);
        for p in &folded {
            let next = p.get(1).map(|&c| fold_class_first_bytes(c));
            for b in fold_class_first_bytes(p[0])
                .into_iter()
                .filter(u8::is_ascii)
            {
                let row = &mut second_bytes[usize::from(b)];
                match &next {
                    None => *row = [u64::MAX; 4],
                    Some(next) => {
                        for &n in next {
                            row[usize::from(n >> 6)] |= 1 << (n & 63);
                        }
                    }
                }
            }
        }
        Phrases {
            folded,
            by_first,
            by_last,
            first_bytes,
            second_bytes,
        }
    }

    /// May a phrase start at byte `i` of `b`, by its first two bytes?
    #[inline]
    fn may_start(&self, b: &[u8], i: usize) -> bool {
        let first = b[i];
        if !self.first_bytes[usize::from(first)] {
            return false;
        }
        match b.get(i + 1) {
            Some(&n) if first.is_ascii() => {
                self.second_bytes[usize::from(first)][usize::from(n >> 6)] & (1 << (n & 63)) != 0
            }
            _ => true,
        }
    }

    /// The byte offsets from `from` on where a phrase may start (a character
    /// whose first byte some character folding to a first character has, and
    /// whose next byte may follow it), in order: every start `ends_from` finds
    /// is one of them.
    fn starts_from<'a>(&'a self, text: &'a str, from: usize) -> impl Iterator<Item = usize> + 'a {
        let b = text.as_bytes();
        (from..b.len()).filter(move |&i| self.may_start(b, i))
    }

    /// The byte ends of the phrases that `text[at..]` starts with, in list order.
    pub fn ends_from<'a>(&'a self, text: &'a str, at: usize) -> impl Iterator<Item = usize> + 'a {
        let first = text[at..].chars().next().map(fold);
        first
            .and_then(|f| self.by_first.get(&f))
            .into_iter()
            .flatten()
            .filter_map(move |&i| {
                let mut rest = text[at..].char_indices();
                for &pc in self.folded[i].iter() {
                    match rest.next() {
                        Some((_, c)) if fold(c) == pc => {}
                        _ => return None,
                    }
                }
                Some(at + rest.offset())
            })
    }

    /// The byte starts of the phrases that `text[..end]` ends with, in list order.
    pub fn starts_before<'a>(
        &'a self,
        text: &'a str,
        end: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        let last = text[..end].chars().next_back().map(fold);
        last.and_then(|l| self.by_last.get(&l))
            .into_iter()
            .flatten()
            .filter_map(move |&i| {
                let mut rest = text[..end].char_indices().rev();
                let mut start = end;
                for &pc in self.folded[i].iter().rev() {
                    match rest.next() {
                        Some((j, c)) if fold(c) == pc => start = j,
                        _ => return None,
                    }
                }
                Some(start)
            })
    }

    /// The longest phrase, in characters.
    fn longest(&self) -> usize {
        self.folded.iter().map(|p| p.len()).max().unwrap_or(0)
    }
}

/// `(?i)^(?:PHRASES)$`: the whole text is one of the phrases.
pub struct WholeLine {
    set: FastSet<String>,
    longest: usize,
}

impl WholeLine {
    pub fn new(list: &[&str]) -> WholeLine {
        let phrases = Phrases::new(list);
        WholeLine {
            longest: phrases.longest(),
            set: phrases.folded.iter().map(|p| p.iter().collect()).collect(),
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        text.chars().nth(self.longest).is_none() && self.set.contains(&fold_str(text))
    }
}

/// `(?i)^(?:PHRASES)TAIL`: the text starts with a phrase and `tail(text, end)`
/// accepts what follows it, returning where the whole match ends. The tail
/// implements the rest of the regex with its preferences (greedy first), and
/// phrases are tried in list order, so the match is the one regex finds.
pub struct Prefixed {
    phrases: Phrases,
    tail: fn(&str, usize) -> Option<usize>,
}

impl Prefixed {
    pub fn new(list: &[&str], tail: fn(&str, usize) -> Option<usize>) -> Prefixed {
        Prefixed {
            phrases: Phrases::new(list),
            tail,
        }
    }

    /// The byte end of the match at the start of `text`.
    pub fn match_end(&self, text: &str) -> Option<usize> {
        self.phrases
            .ends_from(text, 0)
            .find_map(|end| (self.tail)(text, end))
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.match_end(text).is_some()
    }

    /// `text` with its match replaced by `with` (taken literally).
    pub fn replace<'t>(&self, text: &'t str, with: &str) -> Cow<'t, str> {
        match self.match_end(text) {
            Some(end) => Cow::Owned(format!("{with}{}", &text[end..])),
            None => Cow::Borrowed(text),
        }
    }
}

/// `(?i)HEAD(?:PHRASES)TAIL$`: the text ends in a phrase after `tail` strips
/// what may follow it (`tail(text)` lists the candidate ends of the phrase) and
/// `head(text, start)` accepts what precedes it.
pub struct Suffixed {
    phrases: Phrases,
    ends: fn(&str) -> Vec<usize>,
    head: fn(&str, usize) -> bool,
}

impl Suffixed {
    pub fn new(
        list: &[&str],
        ends: fn(&str) -> Vec<usize>,
        head: fn(&str, usize) -> bool,
    ) -> Suffixed {
        Suffixed {
            phrases: Phrases::new(list),
            ends,
            head,
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        (self.ends)(text).into_iter().any(|end| {
            self.phrases
                .starts_before(text, end)
                .any(|start| (self.head)(text, start))
        })
    }
}

/// `(?i)(?:PHRASES)` anywhere in the text.
pub struct Anywhere {
    phrases: Phrases,
}

impl Anywhere {
    pub fn new(list: &[&str]) -> Anywhere {
        Anywhere {
            phrases: Phrases::new(list),
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.phrases
            .starts_from(text, 0)
            .any(|i| self.phrases.ends_from(text, i).next().is_some())
    }
}

/// `(?:^|D)(?:PHRASES)(?:D|$)` for a class of delimiters D (as `(?i)`).
pub struct Delimited {
    phrases: Phrases,
    delim: fn(char) -> bool,
}

impl Delimited {
    pub fn new(list: &[&str], delim: fn(char) -> bool) -> Delimited {
        Delimited {
            phrases: Phrases::new(list),
            delim,
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.phrases.starts_from(text, 0).any(|i| {
            text[..i].chars().next_back().is_none_or(self.delim)
                && self
                    .phrases
                    .ends_from(text, i)
                    .any(|end| text[end..].chars().next().is_none_or(self.delim))
        })
    }
}

/// Class and id names from a regex that is a finite set of names: literal
/// characters, `(?:...)` groups, `|`, `?` and sets like `[-_]`. Either anchored
/// (`^ALT$`: the whole text is a name) or between separators
/// (`(?x)(?:^|[\s_-])(?:ALT)(?:$|[\s_-])`: a name bounded by the start, the end,
/// white space, `_` or `-`). Matched case-sensitively, as the regex was.
pub struct ClassNames {
    pattern: String,
    names: FastSet<String>,
    longest: usize,
    anchored: bool,
    /// For each first byte, a bit per name length (63: 63 bytes or more), so
    /// most spans are turned down before hashing; the same for each last byte.
    lengths: Box<[u64; 256]>,
    last_lengths: Box<[u64; 256]>,
    /// This vocabulary's place in `VERDICTS`.
    slot: usize,
}

/// Class values shorter or longer than these are matched without being
/// remembered.
const MIN_REMEMBERED_CLASS: usize = 24;
const MAX_REMEMBERED_CLASS: usize = 256;
/// Each vocabulary remembers at most this many values per thread, then forgets
/// them all.
const MAX_REMEMBERED_CLASSES: usize = 4096;
/// The next `ClassNames::slot`.
static CLASS_VOCABULARIES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

thread_local! {
    /// Each class vocabulary's verdicts on the values it met lately on this
    /// thread, by its `slot` (std's hasher: the values come from pages).
    static VERDICTS: std::cell::RefCell<Vec<HashMap<Box<str>, bool>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

const BETWEEN_SEPARATORS: (&str, &str) = ("(?x)(?:^|[\\s_-])(?:", ")(?:$|[\\s_-])");

impl ClassNames {
    /// Panics on a pattern of another form (the tests build every one).
    pub fn new(pattern: &str) -> ClassNames {
        let (alt, anchored, verbose) = if let Some(alt) = pattern
            .strip_prefix(BETWEEN_SEPARATORS.0)
            .and_then(|p| p.strip_suffix(BETWEEN_SEPARATORS.1))
        {
            (alt, false, true)
        } else if let Some(alt) = pattern.strip_prefix('^').and_then(|p| p.strip_suffix('$')) {
            (alt, true, false)
        } else {
            panic!("class-name pattern of an unknown form: {pattern}")
        };
        let chars: Vec<char> = alt
            .chars()
            .filter(|c| !(verbose && c.is_whitespace()))
            .collect();
        let mut at = 0;
        let names = expand_alternation(&chars, &mut at);
        assert_eq!(at, chars.len(), "unbalanced class-name pattern: {pattern}");
        let mut lengths = Box::new([0u64; 256]);
        let mut last_lengths = Box::new([0u64; 256]);
        for n in &names {
            if let (Some(&first), Some(&last)) = (n.as_bytes().first(), n.as_bytes().last()) {
                lengths[usize::from(first)] |= 1 << n.len().min(63);
                last_lengths[usize::from(last)] |= 1 << n.len().min(63);
            }
        }
        ClassNames {
            pattern: pattern.to_string(),
            lengths,
            last_lengths,
            longest: names.iter().map(|n| n.len()).max().unwrap_or(0),
            names: names.into_iter().collect(),
            anchored,
            slot: CLASS_VOCABULARIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The regex this matches as.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Every name, in no order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|n| n.as_str())
    }

    pub fn is_match(&self, text: &str) -> bool {
        if self.anchored {
            return self.names.contains(text);
        }
        if !(MIN_REMEMBERED_CLASS..=MAX_REMEMBERED_CLASS).contains(&text.len()) {
            return self.find_match(text);
        }
        // A page repeats a few hundred long class values thousands of times,
        // each scan costing a thousand instructions or more; a lookup, a tenth
        // (a short value costs about as much to scan as to look up).
        VERDICTS.with(|v| {
            let mut v = v.borrow_mut();
            if v.len() <= self.slot {
                v.resize_with(self.slot + 1, HashMap::new);
            }
            let seen = &mut v[self.slot];
            if let Some(&found) = seen.get(text) {
                return found;
            }
            let found = self.find_match(text);
            if seen.len() >= MAX_REMEMBERED_CLASSES {
                seen.clear();
            }
            seen.insert(text.into(), found);
            found
        })
    }

    fn find_match(&self, text: &str) -> bool {
        if text.is_ascii()
            && let Some(found) = self.is_match_ascii(text.as_bytes())
        {
            return found;
        }
        self.is_match_chars(text)
    }

    fn is_match_chars(&self, text: &str) -> bool {
        let separator = |c: char| c.is_whitespace() || c == '_' || c == '-';
        // every span from a start (the text's, or after a separator) to an end
        // (a separator, or the text's) no longer than the longest name
        let mut start = 0;
        loop {
            let mut next_start = None;
            for (i, c) in text[start..].char_indices() {
                if i > self.longest && next_start.is_some() {
                    break;
                }
                if separator(c) {
                    if i <= self.longest && self.is_name(&text.as_bytes()[start..start + i]) {
                        return true;
                    }
                    next_start.get_or_insert(start + i + c.len_utf8());
                }
            }
            if text.len() - start <= self.longest && self.is_name(&text.as_bytes()[start..]) {
                return true;
            }
            match next_start {
                Some(s) => start = s,
                None => return false,
            }
        }
    }

    /// `is_match` on ASCII text (most class and id values), one pass: at each
    /// end (a separator, or the text's), the spans from the starts (the text's,
    /// or after a separator) within the longest name, kept in a ring; `None`
    /// for names too long for the ring.
    fn is_match_ascii(&self, b: &[u8]) -> Option<bool> {
        const RING: usize = 64;
        if self.longest >= RING {
            return None;
        }
        let mut starts = [0usize; RING];
        let mut n = 1;
        let spans_to = |e: usize, starts: &[usize; RING], n: usize| {
            (n.saturating_sub(RING)..n)
                .rev()
                .map(|k| starts[k % RING])
                .take_while(|&s| e - s <= self.longest)
                .any(|s| self.is_name(&b[s..e]))
        };
        for (i, &c) in b.iter().enumerate() {
            // ASCII's White_Space: \t to \r and ' '
            if matches!(c, b'\t'..=b'\r' | b' ' | b'_' | b'-') {
                if spans_to(i, &starts, n) {
                    return Some(true);
                }
                starts[n % RING] = i + 1;
                n += 1;
            }
        }
        Some(spans_to(b.len(), &starts, n))
    }

    /// Is `span` one of the names? Most spans are turned down by their first
    /// and last bytes and length before hashing.
    #[inline]
    fn is_name(&self, span: &[u8]) -> bool {
        match (span.first(), span.last()) {
            (Some(&first), Some(&last)) => {
                let len = 1u64 << span.len().min(63);
                self.lengths[usize::from(first)] & len != 0
                    && self.last_lengths[usize::from(last)] & len != 0
                    && std::str::from_utf8(span).is_ok_and(|s| self.names.contains(s))
            }
            _ => self.names.contains(""),
        }
    }
}

/// The names `ALT(|ALT)*` stands for, up to a `)` or the end.
fn expand_alternation(p: &[char], at: &mut usize) -> Vec<String> {
    let mut names = Vec::new();
    loop {
        let mut seq = vec![String::new()];
        while *at < p.len() && p[*at] != '|' && p[*at] != ')' {
            let atom: Vec<String> = match p[*at] {
                '(' => {
                    assert!(p[*at..].starts_with(&['(', '?', ':']), "only (?: groups");
                    *at += 3;
                    let inner = expand_alternation(p, at);
                    assert_eq!(p.get(*at), Some(&')'), "unclosed group");
                    *at += 1;
                    inner
                }
                '[' => {
                    let close = p[*at..]
                        .iter()
                        .position(|&c| c == ']')
                        .expect("unclosed set");
                    let set = &p[*at + 1..*at + close];
                    let inner = set.get(1..set.len().saturating_sub(1)).unwrap_or(&[]);
                    assert!(!inner.contains(&'-'), "no ranges in sets");
                    *at += close + 1;
                    set.iter().map(|c| c.to_string()).collect()
                }
                c => {
                    assert!(!"\\.*+{}^$".contains(c), "{c:?} in a class-name pattern");
                    *at += 1;
                    vec![c.to_string()]
                }
            };
            let atom = if p.get(*at) == Some(&'?') {
                *at += 1;
                std::iter::once(String::new()).chain(atom).collect()
            } else {
                atom
            };
            seq = seq
                .iter()
                .flat_map(|head| {
                    atom.iter().map(move |tail| {
                        let mut name = String::with_capacity(head.len() + tail.len());
                        name.push_str(head);
                        name.push_str(tail);
                        name
                    })
                })
                .collect();
        }
        names.extend(seq);
        if *at < p.len() && p[*at] == '|' {
            *at += 1;
        } else {
            return names;
        }
    }
}

/// A yes/no test on a text, for matchers made of several.
pub struct Test(Box<dyn Fn(&str) -> bool + Send + Sync>);

impl Test {
    pub fn new(test: impl Fn(&str) -> bool + Send + Sync + 'static) -> Test {
        Test(Box::new(test))
    }

    pub fn is_match(&self, text: &str) -> bool {
        (self.0)(text)
    }
}

/// A match's byte range, as regex's `Match` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    start: usize,
    end: usize,
}

impl Found {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
}

/// `(?i)\b(?:PHRASES)\b`: the phrases as whole words.
pub struct Words {
    phrases: Phrases,
}

impl Words {
    pub fn new(list: &[&str]) -> Words {
        Words {
            phrases: Phrases::new(list),
        }
    }

    /// The leftmost match from byte `from` on (the earlier phrase where two
    /// start at the same place).
    pub fn find_at(&self, text: &str, from: usize) -> Option<Found> {
        self.phrases.starts_from(text, from).find_map(|start| {
            let (before, after) = around(text, start);
            if !boundary(before, after) {
                return None;
            }
            self.phrases
                .ends_from(text, start)
                .find(|&end| {
                    let (before, after) = around(text, end);
                    boundary(before, after)
                })
                .map(|end| Found { start, end })
        })
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.find_at(text, 0).is_some()
    }

    /// Successive non-overlapping matches, as regex's `find_iter` (phrases are
    /// never empty, so each match ends past where the search started).
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Found> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(text, from)?;
            from = m.end;
            Some(m)
        })
    }
}

/// A regex compiled the first time a text passes `gate`, a test every match of
/// the regex passes (so a text failing it has no match). Methods are regex's.
pub struct Gated {
    gate: Box<dyn Fn(&str) -> bool + Send + Sync>,
    pattern: String,
    regex: OnceLock<Regex>,
}

impl Gated {
    pub fn new(gate: impl Fn(&str) -> bool + Send + Sync + 'static, pattern: String) -> Gated {
        Gated {
            gate: Box::new(gate),
            pattern,
            regex: OnceLock::new(),
        }
    }

    /// The regex, when `text` may match it. The gate runs first even once the
    /// regex is compiled: it costs a fraction of a search with the regex (whose
    /// `(?i)` and Unicode `\b` defeat its literal prefilters and, on non-ASCII
    /// text, its lazy DFA), and turns down most texts.
    fn regex(&self, text: &str) -> Option<&Regex> {
        (self.gate)(text).then(|| {
            self.regex
                .get_or_init(|| Regex::new(&self.pattern).expect("vocabulary regex"))
        })
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.regex(text).is_some_and(|r| r.is_match(text))
    }

    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.regex(text)?.find(text)
    }

    pub fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = regex::Match<'t>> + use<'r, 't> {
        self.regex(text)
            .into_iter()
            .flat_map(move |r| r.find_iter(text))
    }

    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.regex(text)?.captures(text)
    }

    pub fn replace<'t, R: Replacer>(&self, text: &'t str, with: R) -> Cow<'t, str> {
        match self.regex(text) {
            Some(r) => r.replace(text, with),
            None => Cow::Borrowed(text),
        }
    }

    pub fn replace_all<'t, R: Replacer>(&self, text: &'t str, with: R) -> Cow<'t, str> {
        match self.regex(text) {
            Some(r) => r.replace_all(text, with),
            None => Cow::Borrowed(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_verdicts_are_remembered_per_vocabulary_and_survive_forgetting() {
        let share = ClassNames::new(r"(?x)(?:^|[\s_-])(?:share|promo)(?:$|[\s_-])");
        let story = ClassNames::new(r"(?x)(?:^|[\s_-])(?:story|share-bar)(?:$|[\s_-])");
        // the same values met again, by two vocabularies, past the point where
        // each forgets what it remembered
        for round in 0..3 {
            for i in 0..MAX_REMEMBERED_CLASSES + 10 {
                let value = format!("{i:024} x");
                assert!(!share.is_match(&value), "{value} in round {round}");
            }
            assert!(share.is_match("top share-bar"));
            assert!(story.is_match("top share-bar"));
            assert!(!share.is_match("sharebar"));
            assert!(story.is_match("story"));
            assert!(!share.is_match("story"));
        }
        let long = format!("{} promo", "x".repeat(MAX_REMEMBERED_CLASS));
        assert!(share.is_match(&long) && !story.is_match(&long));
    }

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn fold_agrees_with_regex_case_folding_on_every_character() {
        use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
        for c in all_chars() {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            let members: Vec<char> = class
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .collect();
            if members.len() > 1 {
                assert!(has_case(c), "{c:?} folds with others but has no case");
            }
            for m in members {
                assert_eq!(fold(m), fold(c), "{c:?} and {m:?}");
            }
        }
    }

    #[test]
    fn first_bytes_of_ascii_fold_classes() {
        for f in (0u8..128).map(char::from).filter(|&c| fold(c) == c) {
            let mut theirs: Vec<u8> = fold_class(f).map(|c| c.to_string().as_bytes()[0]).collect();
            let mut ours = fold_class_first_bytes(f);
            theirs.sort();
            theirs.dedup();
            ours.sort();
            ours.dedup();
            assert_eq!(ours, theirs, "{f:?}");
        }
    }

    #[test]
    fn classes_agree_with_regex_on_every_character() {
        let (w, s, d) = (
            Regex::new(r"^\w$").unwrap(),
            Regex::new(r"^\s$").unwrap(),
            Regex::new(r"^\d$").unwrap(),
        );
        let mut buf = [0u8; 4];
        for c in all_chars() {
            let t = c.encode_utf8(&mut buf);
            assert_eq!(is_word(c), w.is_match(t), "\\w {c:?}");
            assert_eq!(is_space(c), s.is_match(t), "\\s {c:?}");
            assert_eq!(is_digit(c), d.is_match(t), "\\d {c:?}");
        }
    }

    /// `is_match` says of every text what `pattern` says.
    fn agrees_with_regex(is_match: impl Fn(&str) -> bool, pattern: &str, texts: &[&str]) {
        let re = Regex::new(pattern).unwrap();
        for t in texts {
            assert_eq!(is_match(t), re.is_match(t), "{t:?} against {pattern}");
        }
    }

    #[test]
    fn folded_phrases_match_like_case_insensitive_regex() {
        let whole = WholeLine::new(&["straße", "news", "rédaction", "kelvin", "σ"]);
        agrees_with_regex(
            |t| whole.is_match(t),
            r"(?i)^(?:straße|news|rédaction|kelvin|σ)$",
            &[
                "STRASSE",
                "STRAẞE",
                "News",
                "RÉDACTION",
                "\u{212A}elvin",
                "ς",
                "Σ",
                "new",
                "newsx",
                "",
            ],
        );
    }

    #[test]
    fn phrases_are_found_whatever_case_their_first_two_characters_have() {
        // the second-byte filter must let every case of the next character by
        let anywhere = Anywhere::new(&["sk", "ak", "x", "ñu", "ßa"]);
        agrees_with_regex(
            |t| anywhere.is_match(t),
            r"(?i)(?:sk|ak|x|ñu|ßa)",
            &[
                "aSK",
                "\u{17F}\u{212A}",
                "A\u{212A}",
                "zzX",
                "Ñu",
                "ẞA",
                "ss",
                "sa",
                "an",
                "ñ",
                "ñv",
                "s",
                "",
            ],
        );
    }

    #[test]
    fn words_find_like_regex() {
        let list = ["face", "facebook", "x", "ab c"];
        let words = Words::new(&list);
        let re = Regex::new(r"(?i)\b(?:face|facebook|x|ab c)\b").unwrap();
        for t in [
            "facebook x",
            "on Facebook, X and face",
            "xfacebook",
            "ab c ab cd",
            "é x",
            "x",
            "",
            "ab  c",
        ] {
            let ours: Vec<(usize, usize)> = words.find_iter(t).map(|m| (m.start, m.end)).collect();
            let theirs: Vec<(usize, usize)> =
                re.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(ours, theirs, "{t:?}");
        }
    }

    #[test]
    fn gated_regex_compiles_only_past_the_gate() {
        let g = Gated::new(|t| t.contains("ago"), r"\d+ days ago".to_string());
        assert!(!g.is_match("3 days"));
        assert!(g.regex.get().is_none());
        assert!(g.is_match("3 days ago"));
        assert_eq!(g.replace_all("3 days ago, 4 days ago", "X"), "X, X");
        assert_eq!(g.find_iter("1 days ago 2 days ago").count(), 2);
    }
}
