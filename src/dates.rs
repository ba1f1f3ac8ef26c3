//! Dates as pages print them, for every front end.
//!
//! [`dates_in`] reads every date of one line of text (a byline, a dateline, a
//! `<time>` element's text, a line of a text rendering); [`parse_line`] picks the
//! one that is the line's publication date. Both know:
//!
//! - ISO and other year-first numeric dates: `2023-12-20`, `2023/12/20`,
//!   `2023.12.20`, `2023. 12. 20.`, with an optional time (`2023-12-20 14:05`,
//!   `2023-12-20T14:05:00`), the time kept;
//! - Chinese / Japanese `2023年12月20日` and Korean `2023년 12월 20일`;
//! - day-first numeric dates with dots, `20.12.2023` (also `20.12.23`);
//! - `NN/NN/YYYY` and `NN-NN-YYYY`: a value over 12 decides the order; otherwise
//!   the page's language does (month first for US English, day first elsewhere),
//!   and without a language an ambiguous date is not read;
//! - month names in English, German, French, Spanish, Italian, Portuguese, Dutch,
//!   Polish and Russian, day first (`20 December 2023`, `20. Dezember 2023`,
//!   `20 de diciembre de 2023`, `1er mars 2024`, `20 декабря 2023 г.`) or month
//!   first (`December 20, 2023`, `Dec. 20th, 2023`).
//!
//! Reject rules: a day that does not exist (`31.02.2024`), a year before
//! [`vocab::EARLIEST_PUBLICATION_YEAR`] or after
//! [`vocab::LATEST_PUBLICATION_YEAR`], and every date of a copyright line
//! (`© 2023`, `Copyright 2021-2024`). [`plausible`] adds the page-level rule:
//! nothing after the latest date the page itself shows.
//!
//! The vocabularies (month names, "Published" / "Updated" labels in each
//! language, copyright marks, which languages write the month first) live in
//! `vocab/dates.rs`.

use crate::vocab;
use regex::Regex;
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// A calendar day, with the time of day when the text gives one (year-first
/// numeric dates only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// Hours, minutes, seconds.
    pub time: Option<(u8, u8, u8)>,
}

impl Date {
    /// A date if the day exists and the year can be a publication year.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let year = u16::try_from(year).ok()?;
        if !(vocab::EARLIEST_PUBLICATION_YEAR..=vocab::LATEST_PUBLICATION_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month as u8) as u32
        {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
            time: None,
        })
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with a time.
    pub fn iso(&self) -> String {
        let day = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        match self.time {
            Some((h, m, s)) => format!("{day}T{h:02}:{m:02}:{s:02}"),
            None => day,
        }
    }

    /// The day alone, for comparisons that ignore the time.
    pub fn day_key(&self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// A date from the first ten characters of an ISO 8601 string.
    pub fn from_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        Date::new(n(0..4)?, n(5..7)?, n(8..10)?)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What the words before a date say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLabel {
    /// "Published", "Veröffentlicht am", "Publié le", ...
    Published,
    /// "Updated", "Aktualisiert", "Mis à jour", "Stand", ...
    Updated,
    /// No label.
    None,
}

/// One date found in a line: its value, its label and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub date: Date,
    pub label: DateLabel,
    pub start: usize,
    pub end: usize,
}

/// The order of an ambiguous `NN/NN/YYYY` date a language implies: `Some(true)`
/// for month first, `Some(false)` for day first, `None` when no language is known.
pub fn month_first(lang: Option<&str>) -> Option<bool> {
    let l = lang?.trim().to_ascii_lowercase().replace('_', "-");
    if l.is_empty() {
        return None;
    }
    if vocab::DAY_FIRST_ENGLISH.contains(&l.as_str()) {
        return Some(false);
    }
    Some(vocab::MONTH_FIRST_LANGS.contains(&l.as_str()))
}

/// A copyright line: its dates are the site's.
pub fn is_copyright_line(text: &str) -> bool {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        let alts: Vec<String> = vocab::COPYRIGHT_MARKS
            .iter()
            .map(|m| regex::escape(m))
            .collect();
        Regex::new(&format!("(?i){}", alts.join("|"))).expect("copyright regex")
    });
    MARK.is_match(text)
}

/// Every date of a line, in order, each with its label; nothing from a copyright
/// line. `lang` (a BCP 47 tag such as `en-US`, `de`) decides ambiguous numeric
/// orders.
pub fn dates_in(text: &str, lang: Option<&str>) -> Vec<FoundDate> {
    // most lines hold no date: one pass over the bytes says which patterns can
    // match before any of them runs
    let shape = Shape::of(text);
    if !shape.any() || is_copyright_line(text) {
        return Vec::new();
    }
    let mut spans: Vec<(usize, usize, Date)> = Vec::new();
    let month_first = month_first(lang);
    let named = shape.year && MONTH_NAME.is_match(text);
    for p in patterns() {
        if !(p.can_match)(&shape, named) {
            continue;
        }
        p.each_match(text, |c| {
            if let Some(d) = (p.read)(c, month_first) {
                let whole = c.get(0).expect("whole match");
                spans.push((whole.start(), whole.end(), d));
            }
        });
    }
    // earliest first; of two overlapping readings the longer one
    spans.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut out: Vec<FoundDate> = Vec::new();
    let mut last_end = 0;
    for (start, end, date) in spans {
        if start < last_end {
            continue;
        }
        let before = &text[last_end..start];
        out.push(FoundDate {
            date,
            label: label_of(before),
            start,
            end,
        });
        last_end = end;
    }
    out
}

/// The publication date a line shows: the first date labelled as published,
/// else the first without a label, else the first modification date (the
/// caller can tell it by its label).
pub fn parse_line(text: &str, lang: Option<&str>) -> Option<FoundDate> {
    let found = dates_in(text, lang);
    found
        .iter()
        .find(|f| f.label == DateLabel::Published)
        .or_else(|| found.iter().find(|f| f.label == DateLabel::None))
        .or_else(|| found.first())
        .copied()
}

/// Can `date` be the publication date of a page whose latest shown date is
/// `latest`? (A story is not published after the last date it shows.)
pub fn plausible(date: &Date, latest: Option<&Date>) -> bool {
    latest.is_none_or(|l| date.day_key() <= l.day_key())
}

/// A date in a URL path: `/2023/12/20/`, `/2023-12-20/`, `/20231220/`.
pub fn url_date(url: &str) -> Option<Date> {
    static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
            .unwrap()
    });
    let path = url.split(['?', '#']).next()?;
    let c = URL_DATE.captures(path)?;
    let n = |i: usize| c.get(i)?.as_str().parse::<u32>().ok();
    Date::new(n(1)?, n(2)?, n(3)?)
}

/// The label closest before a date, in the text since the previous date.
fn label_of(before: &str) -> DateLabel {
    // (the label regex, its alternatives without boundaries, the kind of each)
    static LABEL: LazyLock<(Regex, Regex, HashMap<String, DateLabel>)> = LazyLock::new(|| {
        let mut kinds = HashMap::new();
        let mut alts = Vec::new();
        for (list, kind) in [
            (vocab::DATE_PUBLISHED_LABELS, DateLabel::Published),
            (vocab::DATE_UPDATED_LABELS, DateLabel::Updated),
        ] {
            for l in list {
                kinds.insert(l.to_lowercase(), kind);
                let cjk = l.chars().any(|c| !c.is_ascii() && c as u32 >= 0x1100);
                alts.push((regex::escape(l).replace(' ', r"\s+"), cjk));
            }
        }
        // longest first, so "last updated" wins over "updated"
        let mut alts: Vec<(String, String)> = alts
            .into_iter()
            .map(|(e, cjk)| (if cjk { e.clone() } else { format!(r"\b{e}\b") }, e))
            .collect();
        alts.sort_by_key(|(b, _)| std::cmp::Reverse(b.len()));
        let (bounded, bare): (Vec<String>, Vec<String>) = alts.into_iter().unzip();
        let re = Regex::new(&format!("(?i){}", bounded.join("|"))).expect("label regex");
        let any = Regex::new(&format!("(?i){}", bare.join("|"))).expect("label regex");
        (re, any, kinds)
    });
    let (re, any, kinds) = &*LABEL;
    // most text before a date holds no label: a test the DFA answers first
    if !any.is_match(before) {
        return DateLabel::None;
    }
    re.find_iter(before)
        .last()
        .and_then(|m| {
            let key = m
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            kinds.get(&key).copied()
        })
        .unwrap_or(DateLabel::None)
}

type Reader = fn(&regex::Captures, Option<bool>) -> Option<Date>;

fn num(c: &regex::Captures, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

pub(crate) fn month_of(name: &str) -> Option<u8> {
    static MONTHS: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
        vocab::MONTH_NAMES
            .iter()
            .map(|&(n, m)| (n.to_lowercase(), m))
            .collect()
    });
    MONTHS
        .get(&name.trim_end_matches('.').to_lowercase())
        .copied()
}

/// A two-digit year: `23` → 2023, `98` → 1998.
fn full_year(y: u32, digits: usize) -> u32 {
    match digits {
        2 if y < 70 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    }
}

fn with_time(mut d: Date, c: &regex::Captures) -> Date {
    if let (Some(h), Some(m)) = (num(c, "h"), num(c, "mi")) {
        let s = num(c, "s").unwrap_or(0);
        if h < 24 && m < 60 && s < 61 {
            d.time = Some((h as u8, m as u8, s as u8));
        }
    }
    d
}

/// What one pass over a line's bytes says about the date patterns that can match
/// it (each needs one of these, so a line without them skips that pattern).
#[derive(Debug, Default)]
struct Shape {
    /// A run of four digits or more: a year.
    year: bool,
    /// A year followed by `-`, `/`, `.`.
    year_then: [bool; 3],
    /// How many digits are followed by `-`, `/`, `.` (up to 2).
    digit_then: [u8; 3],
}

const JOINS: [u8; 3] = [b'-', b'/', b'.'];

impl Shape {
    fn of(text: &str) -> Shape {
        let mut s = Shape::default();
        let mut run = 0usize;
        for &b in text.as_bytes() {
            if b.is_ascii_digit() {
                run += 1;
                s.year |= run >= 4;
                continue;
            }
            if run > 0
                && let Some(j) = JOINS.iter().position(|&c| c == b)
            {
                s.year_then[j] |= run >= 4;
                s.digit_then[j] = (s.digit_then[j] + 1).min(2);
            }
            run = 0;
        }
        s
    }

    fn any(&self) -> bool {
        self.year || self.digit_then.iter().any(|&n| n >= 2)
    }
}

/// Any month name, anywhere (no boundaries: a test before the named patterns).
static MONTH_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i){}", month_alternation(|_| true))).expect("months"));

/// The month names matching `keep`, longest first, as an alternation.
fn month_alternation(keep: impl Fn(&str) -> bool) -> String {
    let mut names: Vec<String> = vocab::MONTH_NAMES
        .iter()
        .filter(|(n, _)| keep(n))
        .map(|(n, _)| regex::escape(n))
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.join("|")
}

/// One date pattern, compiled twice: with ASCII word boundaries (`fast`, which
/// the regex DFA runs on any text) and with Unicode ones (`exact`, the
/// meaning). Every `exact` match is a `fast` match, and the two agree when the
/// characters beside each boundary are ASCII; a `fast` match with a non-ASCII
/// neighbour there sends the line to `exact` (compiled on first use).
struct Pattern {
    fast: Regex,
    exact_source: String,
    exact: OnceLock<Regex>,
    /// The boundaries to check: the match's start, and the end of this group
    /// (`None`: of the whole match).
    start_edge: bool,
    end_edge: Option<Option<&'static str>>,
    can_match: fn(&Shape, bool) -> bool,
    read: Reader,
}

impl Pattern {
    fn each_match(&self, text: &str, mut f: impl FnMut(&regex::Captures)) {
        let fast: Vec<regex::Captures> = self.fast.captures_iter(text).collect();
        if fast.iter().all(|c| self.ascii_edges(text, c)) {
            fast.iter().for_each(&mut f);
            return;
        }
        let exact = self
            .exact
            .get_or_init(|| Regex::new(&self.exact_source).expect("date regex"));
        exact.captures_iter(text).for_each(|c| f(&c));
    }

    /// Are the boundaries of a `fast` match between ASCII characters, and
    /// boundaries there?
    fn ascii_edges(&self, text: &str, c: &regex::Captures) -> bool {
        let whole = c.get(0).expect("whole match");
        let end = match self.end_edge {
            None => None,
            Some(None) => Some(whole.end()),
            Some(Some(g)) => c.name(g).map(|m| m.end()),
        };
        [self.start_edge.then_some(whole.start()), end]
            .into_iter()
            .flatten()
            .all(|at| ascii_boundary(text.as_bytes(), at))
    }
}

fn ascii_boundary(b: &[u8], at: usize) -> bool {
    let before = at.checked_sub(1).map(|i| b[i]);
    let after = b.get(at).copied();
    if before.is_some_and(|c| !c.is_ascii()) || after.is_some_and(|c| !c.is_ascii()) {
        return false;
    }
    let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_');
    word(before) != word(after)
}

/// The patterns, each with the function reading its captures. Digits are ASCII
/// (`[0-9]`): the integer parse reads no others.
fn patterns() -> &'static [Pattern] {
    static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
        let months = month_alternation(|_| true);
        let time =
            r"(?:(?:T|\s+|,\s*)(?P<h>[0-2]?[0-9]):(?P<mi>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?)?";
        let year_first: Reader = |c, _| {
            let d = Date::new(num(c, "y")?, num(c, "m")?, num(c, "d")?)?;
            Some(with_time(d, c))
        };
        // day first, except on US English pages, which dot month-first dates too
        let day_first: Reader = |c, month_first| {
            let y = c.name("y")?;
            let (mut d, mut m) = (num(c, "d")?, num(c, "m")?);
            if month_first == Some(true) && d <= 12 {
                (d, m) = (m, d);
            }
            Date::new(full_year(y.as_str().parse().ok()?, y.len()), m, d)
        };
        let ambiguous: Reader = |c, month_first| {
            let (a, b) = (num(c, "a")?, num(c, "b")?);
            let y = c.name("y")?;
            let y = full_year(y.as_str().parse().ok()?, y.len());
            let (m, d) = if a > 12 {
                (b, a)
            } else if b > 12 || a == b {
                (a, b)
            } else {
                match month_first? {
                    true => (a, b),
                    false => (b, a),
                }
            };
            Date::new(y, m, d)
        };
        let named: Reader = |c, _| {
            Date::new(
                num(c, "y")?,
                month_of(c.name("mon")?.as_str())? as u32,
                num(c, "d")?,
            )
        };
        // `{b}`: a word boundary; `{mon}`: a month name after one
        let pattern = |template: String,
                       start_edge: bool,
                       end_edge: Option<Option<&'static str>>,
                       can_match: fn(&Shape, bool) -> bool,
                       read: Reader| {
            let fast = template.replace("{b}", r"(?-u:\b)").replace(
                "{mon}",
                &format!(
                    // a name that starts with a non-ASCII letter, or with one
                    // that matches one case-insensitively (ſ, K), has no ASCII
                    // boundary before it: checked after the match
                    r"(?P<mon>(?-u:\b)(?:{})|(?:{}))",
                    month_alternation(|n| n.as_bytes()[0].is_ascii()),
                    month_alternation(|n| !n.as_bytes()[0].is_ascii() || n.starts_with(['s', 'k'])),
                ),
            );
            let exact_source = template
                .replace("{b}", r"\b")
                .replace("{mon}", &format!(r"\b(?P<mon>{months})"));
            Pattern {
                fast: Regex::new(&fast).expect("date regex"),
                exact_source,
                exact: OnceLock::new(),
                start_edge,
                end_edge,
                can_match,
                read,
            }
        };
        let ymd = |sep: &str, can_match: fn(&Shape, bool) -> bool| {
            pattern(
                format!(
                    r"{{b}}(?P<y>[0-9]{{4}}){sep}(?P<m>[0-9]{{1,2}}){sep}(?P<d>[0-9]{{1,2}}){{b}}{time}"
                ),
                true,
                Some(Some("d")),
                can_match,
                year_first,
            )
        };
        let ambiguous_sep = |sep: &str, can_match: fn(&Shape, bool) -> bool| {
            pattern(
                format!(
                    r"{{b}}(?P<a>[0-9]{{1,2}}){sep}(?P<b>[0-9]{{1,2}}){sep}(?P<y>[0-9]{{4}}|[0-9]{{2}}){{b}}"
                ),
                true,
                Some(None),
                can_match,
                ambiguous,
            )
        };
        vec![
            // 2023-12-20, 2023/12/20, 2023.12.20, 2023. 12. 20.
            ymd("-", |s, _| s.year_then[0]),
            ymd("/", |s, _| s.year_then[1]),
            ymd(r"\.\s?", |s, _| s.year_then[2]),
            // 2023年12月20日, 2023년 12월 20일
            pattern(
                r"(?P<y>[0-9]{4})\s*[年년]\s*(?P<m>[0-9]{1,2})\s*[月월]\s*(?P<d>[0-9]{1,2})\s*[日일]?".into(),
                false,
                None,
                |s, _| s.year,
                year_first,
            ),
            // 20.12.2023, 20.12.23
            pattern(
                r"{b}(?P<d>[0-9]{1,2})\.\s?(?P<m>[0-9]{1,2})\.\s?(?P<y>[0-9]{4}|[0-9]{2}){b}".into(),
                true,
                Some(None),
                |s, _| s.digit_then[2] >= 2,
                day_first,
            ),
            // 12/20/2023 or 20/12/2023, 20-12-2023
            ambiguous_sep("/", |s, _| s.digit_then[1] >= 2),
            ambiguous_sep("-", |s, _| s.digit_then[0] >= 2),
            // 20 December 2023, 20. Dezember 2023, 20 de diciembre de 2023, 1er mars 2024
            pattern(
                format!(
                    r"(?i){{b}}(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|er|º|ª)?\.?\s*(?:de\s+|of\s+)?(?P<mon>{months})\.?,?\s*(?:de\s+|del\s+)?(?P<y>[0-9]{{4}}){{b}}"
                ),
                true,
                Some(None),
                |_, named| named,
                named,
            ),
            // December 20, 2023; Dec. 20th, 2023
            pattern(
                r"(?i){mon}\.?\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>[0-9]{4}){b}".into(),
                true,
                Some(None),
                |_, named| named,
                named,
            ),
        ]
    });
    &PATTERNS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str, lang: Option<&str>) -> Option<String> {
        parse_line(text, lang).map(|f| f.date.iso())
    }

    #[test]
    fn iso_and_year_first_numeric() {
        assert_eq!(day("2023-12-20", None).as_deref(), Some("2023-12-20"));
        assert_eq!(
            day("Posted 2024-03-05 14:20", None).as_deref(),
            Some("2024-03-05T14:20:00")
        );
        assert_eq!(day("2023/12/20", None).as_deref(), Some("2023-12-20"));
        assert_eq!(day("2023.12.20", None).as_deref(), Some("2023-12-20"));
        // Korean numeric style
        assert_eq!(
            day("2023. 12. 20. 오전 9:00", None).as_deref(),
            Some("2023-12-20")
        );
    }

    #[test]
    fn english() {
        for (text, want) in [
            ("By Jane Doe | December 20, 2023", "2023-12-20"),
            ("Dec. 20th, 2023 at 5 pm", "2023-12-20"),
            ("20 December 2023", "2023-12-20"),
            ("Published: Wednesday 20th of December 2023", "2023-12-20"),
            ("Sept 3, 2021", "2021-09-03"),
        ] {
            assert_eq!(day(text, Some("en")).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn german() {
        assert_eq!(
            day("Veröffentlicht am 20. Dezember 2023", Some("de")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("3. März 2024, 14:00 Uhr", Some("de")).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            day("12. Jänner 2022", Some("de-AT")).as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(
            day("Stand: 20.12.2023 14:05 Uhr", Some("de")).as_deref(),
            Some("2023-12-20")
        );
    }

    #[test]
    fn french() {
        assert_eq!(
            day("Publié le 20 décembre 2023 à 10h", Some("fr")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("1er mars 2024", Some("fr")).as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(
            day("le 5 févr. 2022", Some("fr")).as_deref(),
            Some("2022-02-05")
        );
    }

    #[test]
    fn spanish() {
        assert_eq!(
            day("20 de diciembre de 2023", Some("es")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("Actualizado el 3 de marzo, 2024", Some("es")).as_deref(),
            Some("2024-03-03")
        );
    }

    #[test]
    fn italian() {
        assert_eq!(
            day("Pubblicato il 20 dicembre 2023", Some("it")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("7 giugno 2021", Some("it")).as_deref(),
            Some("2021-06-07")
        );
    }

    #[test]
    fn portuguese() {
        assert_eq!(
            day("20 de dezembro de 2023", Some("pt")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("Publicado em 3 de março de 2024", Some("pt-BR")).as_deref(),
            Some("2024-03-03")
        );
    }

    #[test]
    fn dutch() {
        assert_eq!(
            day("20 december 2023", Some("nl")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("gepubliceerd op 3 maart 2024", Some("nl")).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            day("14 mei 2019", Some("nl")).as_deref(),
            Some("2019-05-14")
        );
    }

    #[test]
    fn russian_and_polish() {
        assert_eq!(
            day("20 декабря 2023 г.", Some("ru")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("Опубликовано: 3 марта 2024", Some("ru")).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            day("12 października 2022", Some("pl")).as_deref(),
            Some("2022-10-12")
        );
    }

    #[test]
    fn chinese_japanese_korean() {
        assert_eq!(
            day("2023年12月20日 10:30", Some("zh")).as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            day("公開日：2024年3月5日", Some("ja")).as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            day("입력 2023년 12월 20일", Some("ko")).as_deref(),
            Some("2023-12-20")
        );
    }

    #[test]
    fn day_first_with_dots() {
        assert_eq!(day("20.12.2023", None).as_deref(), Some("2023-12-20"));
        assert_eq!(day("05.06.2024", Some("de")).as_deref(), Some("2024-06-05"));
        // US pages dot month-first dates too
        assert_eq!(day("11.03.17", Some("en")).as_deref(), Some("2017-11-03"));
        assert_eq!(day("25.03.2017", Some("en")).as_deref(), Some("2017-03-25"));
        assert_eq!(day("20.12.23", Some("de")).as_deref(), Some("2023-12-20"));
    }

    #[test]
    fn slashed_orders_by_language_and_values() {
        // the values decide
        assert_eq!(day("12/20/2023", None).as_deref(), Some("2023-12-20"));
        assert_eq!(day("20/12/2023", Some("en")).as_deref(), Some("2023-12-20"));
        // the language decides
        assert_eq!(
            day("05/06/2024", Some("en-US")).as_deref(),
            Some("2024-05-06")
        );
        assert_eq!(
            day("05/06/2024", Some("en-GB")).as_deref(),
            Some("2024-06-05")
        );
        assert_eq!(day("05/06/2024", Some("fr")).as_deref(), Some("2024-06-05"));
        assert_eq!(day("05-06-2024", Some("es")).as_deref(), Some("2024-06-05"));
        // neither: not read
        assert_eq!(day("05/06/2024", None), None);
    }

    #[test]
    fn rejects_impossible_and_early_dates() {
        assert_eq!(day("31.02.2024", Some("de")), None);
        assert_eq!(day("2023-13-01", None), None);
        assert_eq!(day("29 February 2023", Some("en")), None);
        assert_eq!(
            day("29 February 2024", Some("en")).as_deref(),
            Some("2024-02-29")
        );
        // before the web's news sites: a date the story mentions
        assert_eq!(day("9 November 1989", Some("en")), None);
        assert_eq!(day("1994-12-31", None), None);
        assert_eq!(day("1995-01-01", None).as_deref(), Some("1995-01-01"));
        assert_eq!(day("3000-01-01", None), None);
    }

    #[test]
    fn rejects_copyright_lines() {
        assert_eq!(day("© 2023-05-04 Example Media", None), None);
        assert_eq!(day("Copyright 20.12.2023 All rights reserved", None), None);
        assert_eq!(day("Alle Rechte vorbehalten, 20.12.2023", None), None);
    }

    #[test]
    fn rejects_dates_after_the_latest_shown() {
        let latest = Date::new(2023, 12, 20);
        assert!(plausible(
            &Date::new(2023, 12, 20).unwrap(),
            latest.as_ref()
        ));
        assert!(plausible(&Date::new(2022, 1, 1).unwrap(), latest.as_ref()));
        assert!(!plausible(&Date::new(2024, 1, 1).unwrap(), latest.as_ref()));
        assert!(plausible(&Date::new(2024, 1, 1).unwrap(), None));
    }

    #[test]
    fn publication_over_modification() {
        let f = parse_line(
            "Updated 21 December 2023, published 20 December 2023",
            Some("en"),
        );
        assert_eq!(
            f.map(|f| (f.date.iso(), f.label)),
            Some(("2023-12-20".into(), DateLabel::Published))
        );
        let f = parse_line("Aktualisiert am 21.12.2023", Some("de")).unwrap();
        assert_eq!(f.label, DateLabel::Updated);
        let f = parse_line("Last updated: 2023-12-21 | 2023-12-20", None).unwrap();
        assert_eq!(
            (f.date.iso(), f.label),
            ("2023-12-20".into(), DateLabel::None)
        );
    }

    #[test]
    fn url_paths() {
        let d = |u: &str| url_date(u).map(|d| d.iso());
        assert_eq!(
            d("https://ex.com/2023/12/20/story").as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            d("https://ex.com/news/20231220/story.html").as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            d("https://ex.com/2023-12-20-story").as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(d("https://ex.com/1990/01/02/old"), None);
        assert_eq!(d("https://ex.com/2023/12/story"), None);
        assert_eq!(d("https://ex.com/a?d=2023/12/20/"), None);
    }

    #[test]
    fn ascii_boundaries_read_as_unicode_ones() {
        // a non-ASCII letter or digit beside a date is part of its word
        for text in [
            "发布时间2023-12-20",
            "20 декабря 2023г.",
            "x12/20/2023",
            "Ⅻ20.12.2023 und 20.12.2023",
            "декабря 20, 2023",
            "ſeptember 3, 2021",
            "xsept 3, 2021; Sept 4, 2021",
            "é2023-12-20 2023-12-21",
            "1º de marzo de 2024",
            "le 20 décembre 2023à 10h",
        ] {
            for p in patterns() {
                let exact = Regex::new(&p.exact_source).unwrap();
                let want: Vec<_> = exact
                    .captures_iter(text)
                    .map(|c| (c.get(0).unwrap().range(), (p.read)(&c, None)))
                    .collect();
                let mut got = Vec::new();
                p.each_match(text, |c| {
                    got.push((c.get(0).unwrap().range(), (p.read)(c, None)))
                });
                assert_eq!(got, want, "{text}: {}", p.exact_source);
            }
        }
        assert_eq!(day("发布时间2023-12-20", None), None);
        assert_eq!(
            day("发布时间 2023-12-20", None).as_deref(),
            Some("2023-12-20")
        );
    }

    #[test]
    fn not_dates() {
        assert_eq!(day("Version 1.2.3 released", None), None);
        assert_eq!(day("Call 555-1234", None), None);
        assert_eq!(day("3 hours ago", Some("en")), None);
        assert_eq!(day("May 2023", Some("en")), None);
    }
}
