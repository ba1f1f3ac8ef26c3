//! Small patterns whose regexes are expensive to compile (a Unicode class
//! repeated up to 25 times costs ~45 M instructions, more than the rest of a
//! page's work), written out by hand. Each gives exactly the captures its regex
//! gives; the tests compare them with the regex.

use crate::phrase::{self, Phrases};
use std::sync::{LazyLock, OnceLock};

/// A capture group's span in the text, as regex's `Match` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Span<'t> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// Capture groups 0 (the whole match) to N, as regex's `Captures` gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caps<'t> {
    spans: Vec<Span<'t>>,
}

impl<'t> Caps<'t> {
    fn new(text: &'t str, groups: &[(usize, usize)]) -> Caps<'t> {
        Caps {
            spans: groups
                .iter()
                .map(|&(start, end)| Span { text, start, end })
                .collect(),
        }
    }

    pub fn get(&self, i: usize) -> Option<Span<'t>> {
        self.spans.get(i).copied()
    }
}

impl std::ops::Index<usize> for Caps<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.spans[i].as_str()
    }
}

/// Unicode's letters, regex's `\p{L}`.
pub fn is_letter(c: char) -> bool {
    static LETTERS: OnceLock<Vec<(char, char)>> = OnceLock::new();
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    phrase::in_ranges(LETTERS.get_or_init(|| phrase::class_ranges(r"\p{L}")), c)
}

/// A label before a colon at the start of a headline ("Opinion: ...", "BBC
/// News: ..."): `^([\p{L}][\p{L} '’-]{0,24}?)\s*:\s+(\S)`.
pub struct SectionColon;

pub static SECTION_COLON: SectionColon = SectionColon;

impl SectionColon {
    pub fn captures<'t>(&self, t: &'t str) -> Option<Caps<'t>> {
        // The label can hold no colon, and only white space may separate it from
        // the colon, so the lazy label ends where the spaces before the first
        // colon start.
        let colon = t.find(':')?;
        let label_end = t[..colon].trim_end_matches(phrase::is_space).len();
        let mut label = t[..label_end].chars();
        if !label.next().is_some_and(is_letter) {
            return None;
        }
        let mut more = 0;
        for c in label {
            if !(is_letter(c) || matches!(c, ' ' | '\'' | '’' | '-')) {
                return None;
            }
            more += 1;
            if more > 24 {
                return None;
            }
        }
        let after = colon + 1;
        let spaced = after + spaces(&t[after..]);
        let next = t[spaced..].chars().next()?;
        if spaced == after {
            return None;
        }
        let end = spaced + next.len_utf8();
        Some(Caps::new(t, &[(0, end), (0, label_end), (spaced, end)]))
    }
}

/// A section in brackets opening a line ("\[WORLD\] Latest Stories"):
/// `^\[([\p{L}][\p{L} &'-]{1,24})\]\s*\S`.
pub struct BracketedSection;

pub static BRACKETED_SECTION: BracketedSection = BracketedSection;

impl BracketedSection {
    pub fn captures<'t>(&self, t: &'t str) -> Option<Caps<'t>> {
        let inner = t.strip_prefix('[')?;
        // the name runs to the first character outside its class, a ']'
        let mut chars = inner.char_indices();
        if !chars.next().is_some_and(|(_, c)| is_letter(c)) {
            return None;
        }
        let mut more = 0;
        let close = loop {
            let (i, c) = chars.next()?;
            if is_letter(c) || matches!(c, ' ' | '&' | '\'' | '-') {
                more += 1;
                if more > 24 {
                    return None;
                }
            } else if c == ']' && more >= 1 {
                break 1 + i;
            } else {
                return None;
            }
        };
        let after = close + 1;
        let spaced = after + spaces(&t[after..]);
        let next = t[spaced..].chars().next()?;
        Some(Caps::new(t, &[(0, spaced + next.len_utf8()), (1, close)]))
    }
}

/// A breadcrumb's first step after "Home" ("Home > World"):
/// `^(?i:home|start|startseite|accueil|inicio)\s*[>»›/]\s*([^>»›/]{2,30})`.
pub struct Breadcrumb;

pub static BREADCRUMB: Breadcrumb = Breadcrumb;

impl Breadcrumb {
    pub fn captures<'t>(&self, t: &'t str) -> Option<Caps<'t>> {
        static HOME: LazyLock<Phrases> =
            LazyLock::new(|| Phrases::new(&["home", "start", "startseite", "accueil", "inicio"]));
        let (start, end) = HOME.ends_from(t, 0).find_map(|e| crumb_group(t, e))?;
        Some(Caps::new(t, &[(0, end), (start, end)]))
    }
}

fn is_crumb_separator(c: char) -> bool {
    matches!(c, '>' | '»' | '›' | '/')
}

/// The group of `\s*[>»›/]\s*([^>»›/]{2,30})` from `at`: the spaces after the separator go to the group
/// only as far as it needs them for its two characters (the greedy `\s*` gives
/// them back one by one).
fn crumb_group(t: &str, at: usize) -> Option<(usize, usize)> {
    let at = at + spaces(&t[at..]);
    let sep = t[at..].chars().next().filter(|&c| is_crumb_separator(c))?;
    let after = at + sep.len_utf8();
    let spaced = after + spaces(&t[after..]);
    let run_end = t[after..]
        .find(is_crumb_separator)
        .map_or(t.len(), |i| after + i);
    // candidate group starts, latest first: the end of the spaces back to `after`
    let mut start = spaced;
    loop {
        let run = &t[start..run_end];
        if run.chars().nth(1).is_some() {
            let end = run
                .char_indices()
                .nth(30)
                .map_or(run_end, |(i, _)| start + i);
            return Some((start, end));
        }
        if start == after {
            return None;
        }
        start = t[..start].char_indices().next_back().map(|(i, _)| i)?;
    }
}

/// A counter's text, numbers and punctuation with at most one k or m
/// ("1.2k", "12 | 3"): `^[\s\d.,:+%/#()|-]*[kKmM]?[\s\d.,:+%/#()|-]*$`.
pub struct Numberish;

pub static NUMBERISH: Numberish = Numberish;

impl Numberish {
    pub fn is_match(&self, t: &str) -> bool {
        let mut others = t.chars().filter(|&c| {
            !(phrase::is_space(c) || phrase::is_digit(c) || ".,:+%/#()|-".contains(c))
        });
        match others.next() {
            None => true,
            Some(c) => matches!(c, 'k' | 'K' | 'm' | 'M') && others.next().is_none(),
        }
    }
}

/// A site's name in its copyright line ("© 2005-2019 SlashGear, All Rights
/// Reserved."): `(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+)?([\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,40}?)\s*(?:[,.|]|$|all rights|\d)`,
/// whose Unicode classes repeated 40 times cost ~89 M instructions to compile.
pub struct Copyright;

pub static COPYRIGHT: Copyright = Copyright;

impl Copyright {
    pub fn captures<'t>(&self, t: &'t str) -> Option<Caps<'t>> {
        // The leftmost start first; at each, the paths in the order the regex's
        // backtracking tries them. Every `\s*` here is followed by something
        // that cannot start with white space, so only its greedy length can
        // lead to a match.
        let bytes = t.as_bytes();
        (0..t.len())
            .filter(|&s| matches!(bytes[s], b'(' | b'c' | b'C' | 0xC2))
            .find_map(|s| {
                let mark = folded_prefix(t, s, "©")
                    .or_else(|| folded_prefix(t, s, "(c)"))
                    .or_else(|| folded_prefix(t, s, "copyright"))?;
                let mut p = mark + spaces(&t[mark..]);
                if let Some(e) = folded_prefix(t, p, "©") {
                    p = e + spaces(&t[e..]);
                }
                // the years with a range, without one, or none
                let (ranged, single) = match year(t, p) {
                    Some(e) => {
                        let e = e + spaces(&t[e..]);
                        let ranged = t[e..]
                            .strip_prefix(['-', '–', '—'])
                            .map(|rest| t.len() - rest.len())
                            .and_then(|r| year(t, r + spaces(&t[r..])))
                            .map(|e| after_years(t, e));
                        (ranged, Some(after_years(t, e)))
                    }
                    None => (None, None),
                };
                [ranged, single, Some(p)]
                    .into_iter()
                    .flatten()
                    .find_map(|q| {
                        let by = folded_prefix(t, q, "by").and_then(|e| {
                            let spaced = e + spaces(&t[e..]);
                            (spaced > e).then_some(spaced)
                        });
                        [by, Some(q)]
                            .into_iter()
                            .flatten()
                            .find_map(|r| copyright_name(t, r).map(|(e, end)| (s, r, e, end)))
                    })
            })
            .map(|(s, r, e, end)| Caps::new(t, &[(s, end), (r, e)]))
    }
}

/// `(?:19|20)\d\d` at `at`: its end.
fn year(t: &str, at: usize) -> Option<usize> {
    let rest = t[at..]
        .strip_prefix("19")
        .or_else(|| t[at..].strip_prefix("20"))?;
    let mut chars = rest.chars();
    let (a, b) = (chars.next()?, chars.next()?);
    (phrase::is_digit(a) && phrase::is_digit(b)).then(|| at + 2 + a.len_utf8() + b.len_utf8())
}

/// `\s*,?\s*` after the years.
fn after_years(t: &str, at: usize) -> usize {
    let at = at + spaces(&t[at..]);
    let at = if t[at..].starts_with(',') { at + 1 } else { at };
    at + spaces(&t[at..])
}

/// The lazy name `[\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,40}?` from `at`, as
/// short as the terminator after it allows: the name's end and the match's.
fn copyright_name(t: &str, at: usize) -> Option<(usize, usize)> {
    static FIRST: OnceLock<Vec<(char, char)>> = OnceLock::new();
    static MORE: OnceLock<Vec<(char, char)>> = OnceLock::new();
    // the classes as `(?i)` folds them (U+0345 folds to a letter)
    let first = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            phrase::in_ranges(
                FIRST.get_or_init(|| phrase::class_ranges(r"(?i)[\p{L}\p{N}]")),
                c,
            )
        }
    };
    let more = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '&' | '\'' | '-')
        } else {
            let class = r"(?i)[\p{L}\p{N} .&'’-]";
            phrase::in_ranges(MORE.get_or_init(|| phrase::class_ranges(class)), c)
        }
    };
    let mut chars = t[at..].char_indices();
    if !chars.next().is_some_and(|(_, c)| first(c)) {
        return None;
    }
    for (i, c) in chars.take(40) {
        if !more(c) {
            return None;
        }
        let e = at + i + c.len_utf8();
        if let Some(end) = name_end(t, e) {
            return Some((e, end));
        }
    }
    None
}

/// The terminator `\s*(?:[,.|]|$|all rights|\d)` at `at`: its end.
fn name_end(t: &str, at: usize) -> Option<usize> {
    let at = at + spaces(&t[at..]);
    match t[at..].chars().next() {
        None => Some(at),
        Some(c @ (',' | '.' | '|')) => Some(at + c.len_utf8()),
        Some(c) if phrase::is_digit(c) => Some(at + c.len_utf8()),
        Some(_) => folded_prefix(t, at, "all rights"),
    }
}

/// The end of `lit` (folded) at `at`, compared as `(?i)` compares.
fn folded_prefix(t: &str, at: usize, lit: &str) -> Option<usize> {
    let mut chars = t[at..].char_indices();
    for l in lit.chars() {
        match chars.next() {
            Some((_, c)) if phrase::fold(c) == l => {}
            _ => return None,
        }
    }
    Some(at + chars.offset())
}

fn spaces(text: &str) -> usize {
    text.len() - text.trim_start_matches(phrase::is_space).len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn same(re: &Regex, ours: impl Fn(&str) -> Option<Caps<'_>>, texts: &[String]) {
        let matched = texts.iter().filter(|t| re.is_match(t)).count();
        assert!(
            matched >= 20,
            "only {matched} of the texts match {}",
            re.as_str()
        );
        for t in texts {
            let theirs = re.captures(t).map(|c| {
                (0..c.len())
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect::<Vec<_>>()
            });
            let mine = ours(t).map(|c| {
                (0..c.spans.len())
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect::<Vec<_>>()
            });
            assert_eq!(mine, theirs, "{t:?} against {}", re.as_str());
        }
    }

    fn texts(heads: &[&str], seps: &[&str], tails: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for h in heads {
            for s in seps {
                for t in tails {
                    out.push(format!("{h}{s}{t}"));
                }
            }
        }
        out
    }

    const HEADS: &[&str] = &[
        "",
        "Opinion",
        "BBC News",
        "L'Équipe",
        "Москва",
        "a",
        "9News",
        "Op-Ed  ",
        "abcdefghijklmnopqrstuvwxy",
        "abcdefghijklmnopqrstuvwxyz",
        "abcdefghij klmnopqrstuvw ",
        "News\tDesk",
        "Ünïcödé ’s",
        "东京",
        " Opinion",
        "x: y",
        "[World",
        "[World]",
        "[WORLD] ",
        "[a]",
        "[ab]",
        "[Business & Tech]",
        "[abcdefghijklmnopqrstuvwxy]",
        "[abcdefghijklmnopqrstuvwxyz]",
        "[Ab1]",
        "Home",
        "HOME",
        "Startseite",
        "start",
        "Accueil ",
        "inicio",
        "homes",
    ];
    const SEPS: &[&str] = &[
        "", ":", " :", ": ", ":  ", ":\u{a0}", ">", " > ", "»", " / ", "›", "  >  ", "]", " ",
    ];
    const TAILS: &[&str] = &[
        "",
        "x",
        "World",
        " World > Europe",
        "Why it matters",
        "  x",
        "ab",
        "a",
        "abcdefghijklmnopqrstuvwxyz0123456789",
        "a/b",
        "東京の天気",
        " ",
    ];

    #[test]
    fn section_colon_captures_like_its_regex() {
        let re = Regex::new(r"^([\p{L}][\p{L} '’-]{0,24}?)\s*:\s+(\S)").unwrap();
        same(
            &re,
            |t| SECTION_COLON.captures(t),
            &texts(HEADS, SEPS, TAILS),
        );
    }

    #[test]
    fn bracketed_section_captures_like_its_regex() {
        let re = Regex::new(r"^\[([\p{L}][\p{L} &'-]{1,24})\]\s*\S").unwrap();
        same(
            &re,
            |t| BRACKETED_SECTION.captures(t),
            &texts(HEADS, SEPS, TAILS),
        );
    }

    #[test]
    fn breadcrumb_captures_like_its_regex() {
        let re =
            Regex::new(r"^(?i:home|start|startseite|accueil|inicio)\s*[>»›/]\s*([^>»›/]{2,30})")
                .unwrap();
        same(&re, |t| BREADCRUMB.captures(t), &texts(HEADS, SEPS, TAILS));
    }

    #[test]
    fn numberish_matches_like_its_regex() {
        let re = Regex::new(r"^[\s\d.,:+%/#()|-]*[kKmM]?[\s\d.,:+%/#()|-]*$").unwrap();
        let mut matched = 0;
        for t in [
            "",
            " ",
            "12",
            "1.2k",
            "1,234 | 56",
            "12K views",
            "3m",
            "k",
            "km",
            "12 k 3",
            "1k2m",
            "(3)",
            "#5",
            "+12%",
            "١٢٣",
            "12\u{a0}k",
            "12x",
            "—",
            "1/2",
            "M",
            "12 M ",
            "a",
        ] {
            assert_eq!(NUMBERISH.is_match(t), re.is_match(t), "{t:?}");
            matched += usize::from(re.is_match(t));
        }
        assert!(matched >= 10);
    }

    #[test]
    fn copyright_captures_like_its_regex() {
        let re = Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+)?([\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,40}?)\s*(?:[,.|]|$|all rights|\d)").unwrap();
        let heads = [
            "",
            "©",
            "(c)",
            "(C)",
            "Copyright",
            "COPYRIGHT ©",
            "copyright©",
            "Site (c",
            "a©b ",
            "© ©",
            "(c) (c)",
            "Copyright\u{a0}",
            "© ",
        ];
        let years = [
            "",
            "2019",
            "2019 ",
            "1999-2019",
            "2005 – 2019, ",
            "2019,",
            "2019-",
            "2019 -x",
            "20",
            "2019 , ",
            "١٩٩٩",
            "20١٩ ",
            "1899 ",
            "2019—2020,",
        ];
        let names = [
            "",
            "SlashGear, All Rights Reserved.",
            "by Foo Media Inc. all rights reserved",
            "By  Bar",
            "byline",
            "Foo",
            "F",
            "Le Monde.fr",
            "Müller & Söhne | Impressum",
            "हिन्दुस्तान टाइम्स",
            "abcdefghijklmnopqrstuvwxyz abcdefghijklmnop",
            "abcdefghijklmnopqrstuvwxyz abcdefghijklm.",
            "abcdefghijklmnopqrstuvwxyz abcdefghijklmn.",
            "O’Reilly Media 2020",
            "-Foo",
            "2020 x",
            "Foo ALL RIGHTſ",
            "x\u{345}y",
            "Ⅻ Corp",
            " — Foo",
            "东京新闻",
        ];
        let mut texts = Vec::new();
        for h in heads {
            for y in years {
                for n in names {
                    texts.push(format!("{h}{y}{n}"));
                    texts.push(format!("{h} {y} {n}"));
                }
            }
        }
        same(&re, |t| COPYRIGHT.captures(t), &texts);
    }

    #[test]
    fn letters_are_regex_letters() {
        let re = Regex::new(r"^\p{L}$").unwrap();
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), re.is_match(c.encode_utf8(&mut buf)), "{c:?}");
        }
    }
}
