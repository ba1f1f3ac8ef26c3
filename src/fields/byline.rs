//! Byline and date lines: a byline parsed into its authors, role and
//! organisation, and the date a line shows.

use super::*;
use crate::blocks::is_cjk;
use crate::phrase::{self, Anywhere, Gated};
use crate::vocab;
use regex::Regex;
use std::sync::LazyLock;

pub struct ParsedByline {
    pub shown: String,
    /// The line starts with "By", "Von", "Par"...
    pub prefixed: bool,
    pub authors: Vec<String>,
    pub organisation: Option<String>,
    /// An author is a user name signing a dated post ("freeman1984"), which a
    /// DOM's own author markup names better.
    pub user_name: bool,
}

// Compiled only once a text passes a test every match passes (a digit, one of
// the words, the prefix): most lines never need them.
pub(super) static TIME: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(|t| t.chars().any(phrase::is_digit), r"(?i)\b(?:at\s+|um\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?|Uhr\b)?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT|[ECMP][SD]T)\b)?|\b[0-2]?\d\s*[ap]\.?m\.?\b".into())
});
pub(super) static DATE_WORDS: LazyLock<Gated> = LazyLock::new(|| {
    let words = Anywhere::new(&[
        "published",
        "updated",
        "posted",
        "modified",
        "on",
        "am",
        "le",
        "el",
        "il",
        "date",
    ]);
    Gated::new(move |t| words.is_match(t), r"(?i)\b(?:published|updated|posted|last updated|modified|on|am|le|el|il|date)\s*:?\s*$|^\s*(?:published|updated|posted|last updated|modified)\b:?".into())
});
pub(super) static WEEKDAY: LazyLock<Gated> = LazyLock::new(|| {
    let days = Anywhere::new(&["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    Gated::new(
        move |t| days.is_match(t),
        r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?".into(),
    )
});
/// "ByJane Doe", "Veröffentlicht vonChris Jung": a renderer joined the word
/// before a linked name to the name.
pub(super) static GLUED_BY: LazyLock<Gated> = LazyLock::new(|| {
    let alts = vocab::alternation(vocab::INNER_BYLINE_WORDS);
    Gated::new(
        |t| t.chars().any(char::is_uppercase),
        format!(r"(?i:^|\s)(?i:{alts}|author|autor)\p{{Lu}}\p{{Ll}}"),
    )
});
pub(super) static INNER_BY: LazyLock<Regex> = LazyLock::new(|| {
    let alts = vocab::alternation(vocab::INNER_BYLINE_WORDS);
    Regex::new(&format!(r"(?i)(?:^|\s)(?:{})\s+", alts)).unwrap()
});
pub(super) static NAME_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\s/\s)\s*").unwrap()
});

/// Read a byline: `By A and B, Staff Writers | Views 1,204 | March 3, 2024`.
pub fn parse_byline(text: &str) -> Option<ParsedByline> {
    let text = clean(text);
    if text.is_empty() || text.split_whitespace().count() > 20 {
        return None;
    }
    let text = unglue(&text);
    let mut has_prefix = vocab::BYLINE_PREFIX.is_match(&text);
    let mut t = vocab::BYLINE_PREFIX.replace(&text, "").into_owned();
    let undated = without_dates(&t);
    let dated = undated != t;
    t = undated;
    // a dateline naming its author ("Posted on 3 May 2024 by Jo Bloggs"), a
    // few words before the name ("Eine Kolumne von Nils Pickert")
    if !has_prefix && let Some(m) = INNER_BY.find(&t).filter(|m| !name_goes_on(&t[..m.start()])) {
        let before: Vec<&str> = t[..m.start()].split_whitespace().collect();
        let says_whose = before.len() <= INNER_BY_WORDS_BEFORE
            && before
                .last()
                .is_some_and(|w| vocab::PIECE_WORDS.contains(&w.to_lowercase().as_str()));
        if dated || says_whose {
            t = t[m.end()..].to_string();
            has_prefix = true;
        }
    }
    t = TIME.replace_all(&t, " ").into_owned();
    t = vocab::COUNTER.replace_all(&t, " ").into_owned();
    t = WEEKDAY.replace_all(&t, " ").into_owned();
    // separators and date words left at the end
    loop {
        let before = t.clone();
        t = t
            .trim_matches(|c: char| {
                c.is_whitespace() || c.is_ascii_digit() || "|·•-–—,;:/()".contains(c)
            })
            .to_string();
        t = DATE_WORDS.replace(&t, "").into_owned();
        if t == before {
            break;
        }
    }
    // anything after a separator that is not a name (e.g. "| 5 min read")
    let parts: Vec<&str> = t
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let shown_src = parts.first().copied().unwrap_or("");
    let shown = clean(shown_src.trim_matches(|c: char| c.is_whitespace() || "-–—,;:".contains(c)));
    if shown.is_empty() {
        return None;
    }
    let without_roles = vocab::ROLE.replace_all(&shown, ",").into_owned();
    let mut authors = Vec::new();
    let mut organisation = None;
    let mut user_name = false;
    for name in NAME_SPLIT.split(&without_roles) {
        let name = name.trim_matches(|c: char| c.is_whitespace() || "-–—,;:.".contains(c));
        if name.is_empty() {
            continue;
        }
        if vocab::AGENCY.is_match(name) || vocab::ORGANISATION.is_match(name) {
            organisation.get_or_insert_with(|| name.to_string());
        } else if is_person_name(name, has_prefix) {
            authors.push(said_once(name));
        } else if has_prefix && dated && is_dateline_user(name) {
            // "3. April 2022 by mady", "von eseppelt · 31. Oktober 2023"
            authors.push(name.to_string());
            user_name = true;
        } else if let Some(run) = leading_name(name, has_prefix)
            .filter(|run| dated || has_prefix && run.contains(char::is_whitespace))
        {
            // a signed or dated line goes on after the name ("Von Jo Bloggs
            // Kategorien: Mode", "Jo Bloggs Zuletzt geändert am ..."); one
            // word cut from the rest only in a dated line ("by MDN contributors")
            authors.push(said_once(&run));
            break;
        } else if !authors.is_empty() && leading_name(name, true).is_none() {
            // what follows the names is no name at all ("in Uncategorized")
            break;
        } else {
            return None;
        }
    }
    if authors.is_empty() && !(has_prefix && organisation.is_some()) {
        return None;
    }
    Some(ParsedByline {
        shown,
        prefixed: has_prefix,
        authors,
        organisation,
        user_name,
    })
}

/// Words a line may open with before "by"/"von" and the name, the last of
/// them naming the piece ("Eine Kolumne von", "Ein Interview von").
const INNER_BY_WORDS_BEFORE: usize = 3;

/// A text renderer's joins taken apart: "ByJane Doe", "vonChris Jung",
/// "Jane DoeNovember 6, 2023", "Jane DoeUpdated", "Jane Doe3.11.2023",
/// "Jane DoeJane Doe". A word is cut only before a month, a date label, a role
/// or the line's first word again, so that user names ("ShawnHymel") and
/// "McDonald" stay whole.
pub(super) fn unglue(text: &str) -> String {
    let text = &*split_glued_years(text);
    let text = match GLUED_BY.find(text) {
        Some(m) => {
            // before the name's two letters matched last
            let at = text[..m.end()]
                .char_indices()
                .rev()
                .nth(1)
                .map_or(0, |(i, _)| i);
            format!("{} {}", &text[..at], &text[at..])
        }
        None => text.to_string(),
    };
    let first_word = text.split_whitespace().next().unwrap_or("").to_string();
    let mut out = String::with_capacity(text.len() + 8);
    let (mut capitalised, mut lower_run, mut prev) = (false, 0usize, ' ');
    for (i, c) in text.char_indices() {
        let rest = &text[i..];
        let cut = if capitalised && lower_run >= 3 && c.is_uppercase() {
            glued_label(rest, &first_word)
        } else if capitalised && lower_run >= 3 && c.is_ascii_digit() {
            // "3.11.2023", "17/11/2019"
            rest.trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['.', '/'])
        } else {
            prev.is_ascii_digit() && c.is_uppercase() && glued_label(rest, &first_word)
        };
        if cut {
            out.push(' ');
            capitalised = c.is_uppercase();
            lower_run = 0;
        } else if !c.is_alphabetic() {
            capitalised = false;
            lower_run = 0;
        } else if !prev.is_alphabetic() {
            capitalised = c.is_uppercase();
            lower_run = 0;
        } else if c.is_lowercase() {
            lower_run += 1;
        }
        out.push(c);
        prev = c;
    }
    out
}

/// The word `rest` opens with is a month, a date label, a role, or the line's
/// first word again (a name said twice).
fn glued_label(rest: &str, first_word: &str) -> bool {
    let end = rest
        .char_indices()
        .skip(1)
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..end];
    let w = word.to_lowercase();
    (word.chars().count() >= 3 && crate::dates::month_of(&w).is_some())
        || vocab::DATE_LABEL_WORDS.contains(&w.as_str())
        || vocab::ROLES.contains(&w.as_str())
        || (first_word.chars().count() >= 2 && rest.starts_with(first_word))
}

/// The text before a "von"/"di"/"van" ends in a capitalised word: the word
/// is a particle inside a name ("Christoph von Ritter"), not the byline's.
fn name_goes_on(before: &str) -> bool {
    before.split_whitespace().last().is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && !vocab::PIECE_WORDS.contains(&w.to_lowercase().as_str())
            && !vocab::DATE_LABEL_WORDS.contains(&w.to_lowercase().as_str())
    })
}

/// A user name signing a dated post ("freeman1984", "eseppelt").
fn is_dateline_user(name: &str) -> bool {
    let w = name.to_lowercase();
    crate::html::meta::authors::is_user_name(name)
        && !vocab::NOT_NAME_WORDS.contains(&w.as_str())
        && !vocab::NOT_NAME_WORDS_EXTRA.contains(&w.as_str())
        && !NAME_PARTICLES.contains(&w.as_str())
}

/// "Jane Doe Jane Doe" (a name and its link) → "Jane Doe".
fn said_once(name: &str) -> String {
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let half = tokens.len() / 2;
    let same = |a: &str, b: &str| a.trim_end_matches('.') == b.trim_end_matches('.');
    if tokens.len() >= 2
        && tokens.len().is_multiple_of(2)
        && (0..half).all(|k| same(tokens[k], tokens[half + k]))
    {
        tokens[..half].join(" ")
    } else {
        name.to_string()
    }
}

/// The name a line opens with, up to the first word that cannot be part of
/// one: a lower-case word, a number, a label ("Kategorien:"), a date label
/// ("Zuletzt geändert", "Last updated"); on an unsigned line, not a
/// lower-case word.
fn leading_name(text: &str, prefixed: bool) -> Option<String> {
    let mut run = Vec::new();
    for t in text.split_whitespace() {
        let w = t.to_lowercase();
        let capitalised = t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c));
        let particle = NAME_PARTICLES.contains(&w.as_str()) && !run.is_empty();
        if vocab::DATE_LABEL_WORDS.contains(&w.as_str()) {
            break;
        }
        if !(capitalised || particle) {
            // unsigned, a name goes on only into a number, a label or a
            // date label ("Jo Bloggs 0", not "Anwalt classic")
            if !prefixed && t.starts_with(char::is_lowercase) {
                return None;
            }
            break;
        }
        run.push(t);
    }
    // a particle does not end a name
    while run
        .last()
        .is_some_and(|t| NAME_PARTICLES.contains(&t.to_lowercase().as_str()))
    {
        run.pop();
    }
    let name = run.join(" ");
    is_person_name(&name, prefixed).then_some(name)
}

pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ter", "al", "el", "bin", "ibn", "y", "zu", "st.",
];

/// Two to four capitalised words (one is enough after an explicit "By"), no digits.
pub(super) fn is_person_name(name: &str, prefixed: bool) -> bool {
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let cjk = name.chars().filter(|c| is_cjk(*c)).count();
    if cjk > 0 {
        return (2..=5).contains(&cjk) && tokens.len() <= 2 && prefixed;
    }
    let min = if prefixed { 1 } else { 2 };
    if tokens.len() < min || tokens.len() > 5 || name.chars().count() > 50 {
        return false;
    }
    if tokens.iter().any(|t| {
        // "Min." (a reading time) as "min"
        let w = t.trim_end_matches('.').to_lowercase();
        vocab::NOT_NAME_WORDS.contains(&w.as_str())
            || vocab::NOT_NAME_WORDS_EXTRA.contains(&w.as_str())
    }) {
        return false;
    }
    tokens.iter().all(|t| {
        let first = t.chars().next().unwrap_or(' ');
        (first.is_uppercase() && t.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
            || NAME_PARTICLES.contains(&t.to_lowercase().as_str())
    }) && tokens
        .first()
        .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
}

/// The publication date a line shows, as ISO 8601 (the parser of `dates.rs`,
/// shared with the HTML metadata).
pub fn find_date(text: &str) -> Option<String> {
    crate::dates::parse_line(&split_glued_years(text), None).map(|f| f.date.iso())
}

/// A year glued to the date after it taken apart: "22. Dezember 201922.
/// Dezember 2019", "15/01/201614/01/2016" (a renderer joins a post's published
/// and updated dates, two elements, into one run of digits).
pub(super) fn split_glued_years(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let year_at = |i: usize| -> bool {
        i + 4 < b.len()
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || b" ./-,".contains(&b[i - 1]))
            && std::str::from_utf8(&b[i..i + 4])
                .ok()
                .and_then(|y| y.parse::<u16>().ok())
                .is_some_and(|y| {
                    (vocab::EARLIEST_PUBLICATION_YEAR..=vocab::LATEST_PUBLICATION_YEAR).contains(&y)
                })
            && {
                // one or two digits of the next date's day, then its separator
                let run = b[i + 4..].iter().take_while(|c| c.is_ascii_digit()).count();
                (1..=2).contains(&run) && b.get(i + 4 + run).is_some_and(|c| b"./".contains(c))
            }
    };
    let cuts: Vec<usize> = (0..b.len())
        .filter(|&i| year_at(i))
        .map(|i| i + 4)
        .collect();
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + cuts.len());
    let mut at = 0;
    for c in cuts {
        out.push_str(&text[at..c]);
        out.push(' ');
        at = c;
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// The text with every date it shows blanked out.
pub(super) fn without_dates(text: &str) -> String {
    let text = &*split_glued_years(text);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in crate::dates::dates_in(text, None) {
        out.push_str(&text[at..f.start]);
        out.push(' ');
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The date of a line that holds a date and little else ("Nov. 19, 2019 8:03
/// am ET", "Updated: 3 March 2020").
pub(super) fn only_a_date(text: &str) -> Option<String> {
    let date = find_date(text)?;
    let mut rest = without_dates(text);
    rest = TIME.replace_all(&rest, " ").into_owned();
    rest = WEEKDAY.replace_all(&rest, " ").into_owned();
    let words = rest
        .split(|c: char| c.is_whitespace() || "|·•-–—,;:/()".contains(c))
        .filter(|w| !w.is_empty())
        .count();
    (words <= 2).then_some(date)
}
