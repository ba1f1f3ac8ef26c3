//! Matchers built from the lists. Where the pattern is a list of phrases they
//! compile no regex (see `phrase`); each comment gives the regex it matches
//! exactly. The rest are regexes compiled the first time a text holds one of
//! their phrases (`Gated`).

use super::*;

/// A whole line equal to one of `phrases` (after the caller's cleaning),
/// case-insensitively: `(?i)^(?:PHRASES)$`.
pub(super) fn whole_line(phrases: &[&str]) -> WholeLine {
    WholeLine::new(phrases)
}

/// `(?i)^(?:PHRASES)(?:\b|\s|$)`.
pub(super) fn line_start(phrases: &[&str]) -> Prefixed {
    Prefixed::new(phrases, word_end)
}

/// `(?:\b|\s|$)` at `end`, in that order.
pub(super) fn word_end(text: &str, end: usize) -> Option<usize> {
    let (before, after) = phrase::around(text, end);
    if phrase::boundary(before, after) {
        Some(end)
    } else {
        match after {
            Some(c) if phrase::is_space(c) => Some(end + c.len_utf8()),
            Some(_) => None,
            None => Some(end),
        }
    }
}

/// `(?i)(?:PHRASES)`.
pub(super) fn anywhere(phrases: &[&str]) -> Anywhere {
    Anywhere::new(phrases)
}

/// `pattern`, compiled once a text holds one of `phrases` (every match of
/// `pattern` must hold one, case-insensitively).
pub(super) fn gated(phrases: &[&str], pattern: String) -> Gated {
    let any = Anywhere::new(phrases);
    Gated::new(move |t| any.is_match(t), pattern)
}

/// The end of the text after `(?:\s+\S+){0,5}` from `at`: up to five more words.
pub(super) fn few_words_to_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let starts_spaced = rest.chars().next().is_none_or(phrase::is_space);
    let ends_word = rest
        .chars()
        .next_back()
        .is_none_or(|c| !phrase::is_space(c));
    (starts_spaced && ends_word && rest.split_whitespace().nth(5).is_none()).then_some(text.len())
}

/// The words of a vocabulary as one regex alternation, each escaped: `a|b\.c`.
pub fn alternation(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// "More from Reuters", "Latest in Tech", "\[WORLD\] Latest Stories":
/// `(?i)^(?:HEADINGS)(?:\s+\S+){0,5}$`.
pub static STORY_LIST_HEADING: LazyLock<Prefixed> =
    LazyLock::new(|| Prefixed::new(STORY_LIST_HEADINGS, few_words_to_end));

pub static COMMENT_HEADING: LazyLock<Gated> = LazyLock::new(|| {
    let alts = alternation(COMMENT_HEADINGS);
    gated(
        COMMENT_HEADINGS,
        format!(
            r"(?i)^(?:(?:\d+|one|no)\s+)?(?:{})(?:\s*\(?\d+\)?)?(?:\s+(?:to|on|for|about)\b.*)?$|^(?:{})\b",
            alts,
            // phrases of several words may carry a tail ("Leave a Reply Cancel reply")
            COMMENT_HEADINGS
                .iter()
                .filter(|p| p.contains(' '))
                .map(|p| regex::escape(p))
                .collect::<Vec<_>>()
                .join("|")
        ),
    )
});

/// Words with which comment systems introduce a reader's comment ("jane says:").
pub const COMMENT_VERBS: &[&str] = &[
    "says",
    "said",
    "wrote",
    "writes",
    "commented",
    "replied",
    "responded",
    "sagt",
    "schreibt",
    "dit",
    "a écrit",
    "dice",
    "dijo",
    "escribió",
    "disse",
    "scrive",
    "пишет",
    "написал",
];

/// The line that opens one reader's comment: a name (and date) ending in "says:".
/// `(?i)\b(?:VERBS)\s*:$`.
pub static COMMENT_BYLINE: LazyLock<Suffixed> =
    LazyLock::new(|| Suffixed::new(COMMENT_VERBS, ends_before_colon, word_start));

/// Where a phrase may end for `\s*:$` to follow: before the final colon and
/// any spaces before it.
pub(super) fn ends_before_colon(text: &str) -> Vec<usize> {
    let Some(head) = text.strip_suffix(':') else {
        return Vec::new();
    };
    let spaced = head.trim_end_matches(phrase::is_space).len();
    let mut ends: Vec<usize> = head[spaced..]
        .char_indices()
        .map(|(i, _)| spaced + i)
        .collect();
    ends.push(head.len());
    ends
}

/// `\b` before a phrase starting at `start`.
pub(super) fn word_start(text: &str, start: usize) -> bool {
    let (before, after) = phrase::around(text, start);
    phrase::boundary(before, after)
}

pub static REFERENCE_HEADING: LazyLock<WholeLine> =
    LazyLock::new(|| whole_line(REFERENCE_HEADINGS));

pub static SUMMARY_HEADING: LazyLock<WholeLine> = LazyLock::new(|| whole_line(SUMMARY_HEADINGS));

pub static COUNTER: LazyLock<Gated> = LazyLock::new(|| {
    let w = alternation(COUNTER_WORDS);
    gated(
        COUNTER_WORDS,
        format!(
            r"(?i)(?:^|\s)(?:(?:{w})\s*:?\s*[\d][\d.,]*[km]?|[\d][\d.,]*[km]?\s*(?:{w})|(?:{w}))(?:\s|$)"
        ),
    )
});

pub static SHARE_LINE: LazyLock<Gated> = LazyLock::new(|| {
    let w = alternation(SHARE_WORDS);
    // a share line starts with a share word
    let start = Prefixed::new(SHARE_WORDS, |_, end| Some(end));
    Gated::new(
        move |t| start.is_match(t),
        format!(r"(?i)^(?:(?:{w})(?:\s*[\d.,]+[km]?)?[\s|/·•,:-]*)+$"),
    )
});

pub static AD_LINE: LazyLock<WholeLine> = LazyLock::new(|| whole_line(AD_LINES));

pub static FOLLOW_CALL: LazyLock<Prefixed> = LazyLock::new(|| line_start(FOLLOW_CALLS));

/// `(?i)\b(?:NETWORKS)\b`.
pub static SOCIAL_NETWORK: LazyLock<Words> = LazyLock::new(|| Words::new(SOCIAL_NETWORKS));

/// "This slideshow requires JavaScript.", "Please enable JavaScript to view the
/// comments": what a page shows where a script would have run.
pub static SCRIPT_NOTICE: LazyLock<Gated> = LazyLock::new(|| {
    gated(&["javascript"], r"(?i)\b(?:requires?|enable|enabled|turn\s+on|need|support)\b.{0,40}\bjavascript\b|\bjavascript\b.{0,30}\b(?:disabled|required|turned\s+off)\b".into())
});

/// What error pages, login walls and paywalls say instead of an article, in
/// their text. Every alternative holds one of the gate's words: keep them in step.
pub static NOT_AN_ARTICLE: LazyLock<Gated> = LazyLock::new(|| {
    gated(
        &[
            "found", "exist", "looking", "denied", "reading", "subscriber", "members",
            "gefunden", "encontrada", "introuvable", "trovata", "найдена", "ページ", "页面",
            "페이지",
        ],
        r"(?ix)
          \b(?:page|file|article|content|story)\s+(?:was\s+|could\s+not\s+be\s+|cannot\s+be\s+)?not\s+(?:be\s+)?found\b
        | \bpage\s+(?:does\s+not|doesn'?t)\s+exist\b
        | \bpage\s+you\s+(?:are|were|re)\s+looking\s+for\b
        | \baccess\s+denied\b
        | \b(?:subscribe|log\s*in|sign\s*in|register)\s+to\s+(?:continue|keep)\s+reading\b
        | \b(?:is|are)\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paid\s+)?(?:subscribers|members)\b
        | \bsubscribers?\s+only\b
        | \bseite\s+nicht\s+gefunden\b|\bp[áa]gina\s+no\s+encontrada\b|\bpage\s+introuvable\b
        | \bpagina\s+non\s+trovata\b|\bp[áa]gina\s+n[ãa]o\s+encontrada\b|\bстраница\s+не\s+найдена\b
        | ページが見つかりません|页面不存在|找不到页面|페이지를\s*찾을\s*수\s*없습니다
        ".into(),
    )
});

/// An HTTP error status as a page title: "404 - Page not found", "Error 403".
pub static ERROR_STATUS_TITLE: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(
        |t| t.contains(['4', '5']),
        r"(?i)^\s*(?:error\s*)?(?:4\d\d|5\d\d)\b|\berror\s+(?:4\d\d|5\d\d)\b".into(),
    )
});

/// A caption's closing credit in brackets: "(Image: GETTY)", "[Photo: Reuters]".
pub static BRACKETED_CREDIT: LazyLock<Gated> = LazyLock::new(|| {
    let alts = alternation(CREDIT_PREFIXES);
    let any = Anywhere::new(CREDIT_PREFIXES);
    Gated::new(
        move |t| t.contains(':') && t.contains(['(', '[']) && any.is_match(t),
        format!(r"(?i)[(\[]\s*(?:{})\s*:[^()\[\]]{{1,60}}[)\]]\s*$", alts),
    )
});

pub static READ_MORE: LazyLock<Prefixed> = LazyLock::new(|| line_start(READ_MORE_PREFIXES));

pub static FOOTER: LazyLock<Anywhere> = LazyLock::new(|| anywhere(FOOTER_MARKERS));

pub static BYLINE_CLASS: LazyLock<Anywhere> = LazyLock::new(|| anywhere(BYLINE_CLASS_WORDS));

pub static NOT_BYLINE_CLASS: LazyLock<Anywhere> =
    LazyLock::new(|| anywhere(NOT_BYLINE_CLASS_WORDS));

/// `SKIP_LINK_PATTERN`, compiled once a line starts with one of its first words.
pub static SKIP_LINK: LazyLock<Gated> = LazyLock::new(|| {
    let start = Prefixed::new(SKIP_LINK_STARTS, |_, end| Some(end));
    Gated::new(move |t| start.is_match(t), SKIP_LINK_PATTERN.into())
});

pub static CONSENT_SUBJECT: LazyLock<Anywhere> = LazyLock::new(|| anywhere(CONSENT_SUBJECTS));

pub static CONSENT_CONTEXT_WORD: LazyLock<Anywhere> = LazyLock::new(|| anywhere(CONSENT_CONTEXT));

pub static POST_META: LazyLock<Prefixed> = LazyLock::new(|| line_start(POST_META_OPENINGS));

/// `(?i)^(?:PREFIXES)\s*[:\s]\s*`.
pub static BYLINE_PREFIX: LazyLock<Prefixed> =
    LazyLock::new(|| Prefixed::new(BYLINE_PREFIXES, colon_or_space));

/// `\s*[:\s]\s*` from `at`, greedy: spaces, then a colon and the spaces after
/// it, or else the last of the spaces stands for `[:\s]`.
pub(super) fn colon_or_space(text: &str, at: usize) -> Option<usize> {
    let spaced = at + spaces(&text[at..]);
    if text[spaced..].starts_with(':') {
        Some(spaced + 1 + spaces(&text[spaced + 1..]))
    } else {
        (spaced > at).then_some(spaced)
    }
}

/// The length in bytes of the spaces `text` starts with.
pub(super) fn spaces(text: &str) -> usize {
    text.len() - text.trim_start_matches(phrase::is_space).len()
}

pub static ROLE: LazyLock<Gated> = LazyLock::new(|| {
    let alts = alternation(ROLES);
    gated(
        ROLES,
        format!(r"(?i)(?:^|[\s,|/–—-]+)(?:{})s?(?:\s*$|[\s,|/–—-]+)", alts),
    )
});

pub static AGENCY: LazyLock<WholeLine> = LazyLock::new(|| whole_line(AGENCIES));

/// `(?i)\b(?:AGENCIES)\b`.
pub static AGENCY_WORD: LazyLock<Words> = LazyLock::new(|| Words::new(AGENCIES));

/// `(?i)^(?:PREFIXES)\s*(?:[:/|©]|by\b)`.
pub static CREDIT_PREFIX: LazyLock<Prefixed> =
    LazyLock::new(|| Prefixed::new(CREDIT_PREFIXES, credit_mark));

/// `\s*(?:[:/|©]|by\b)` from `at`.
pub(super) fn credit_mark(text: &str, at: usize) -> Option<usize> {
    let at = at + spaces(&text[at..]);
    let mut rest = text[at..].chars();
    match rest.next()? {
        c @ (':' | '/' | '|' | '©') => Some(at + c.len_utf8()),
        b if phrase::fold(b) == 'b' && rest.next().is_some_and(|y| phrase::fold(y) == 'y') => {
            let end = at
                + text[at..]
                    .char_indices()
                    .nth(2)
                    .map_or(text.len() - at, |(i, _)| i);
            let (before, after) = phrase::around(text, end);
            phrase::boundary(before, after).then_some(end)
        }
        _ => None,
    }
}

/// `(?i)\b(?:WORDS)\.?$`.
pub static ORGANISATION: LazyLock<Suffixed> =
    LazyLock::new(|| Suffixed::new(ORGANISATION_WORDS, before_final_dot, word_start));

/// Where a phrase may end for `\.?$` to follow (the dot taken first).
pub(super) fn before_final_dot(text: &str) -> Vec<usize> {
    match text.strip_suffix('.') {
        Some(head) => vec![head.len(), text.len()],
        None => vec![text.len()],
    }
}

/// A date as pages print it: ISO, numeric with separators, or with a month name.
/// Every form holds a year starting 19 or 20.
pub static DATE: LazyLock<Gated> = LazyLock::new(|| {
    let months = MONTHS.join("|");
    Gated::new(
        |t| t.contains("19") || t.contains("20"),
        format!(
            r"(?ix)
        (?P<iso>\b(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>[01]?\d)[-/.](?P<d1>[0-3]?\d)\b(?:[T\s]+(?P<t1>[0-2]?\d:[0-5]\d(?::[0-5]\d)?))?)
        | (?P<mdy>\b(?P<mon2>{months})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b)
        | (?P<dmy>\b(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon3>{months})\.?,?\s+(?P<y3>(?:19|20)\d\d)\b)
        | (?P<num>\b(?P<a4>[0-3]?\d)[./](?P<b4>[0-3]?\d)[./](?P<y4>(?:19|20)\d\d)\b)
        "
        ),
    )
});

/// "3 hours ago", "yesterday at 5:02 pm": how comment systems and feeds date
/// entries. Either "ago", or a clock time (a `[:.h]` before a digit 0-5).
pub static RELATIVE_TIME: LazyLock<Gated> = LazyLock::new(|| {
    let ago = Anywhere::new(&["ago"]);
    Gated::new(
        move |t| {
            t.as_bytes()
                .windows(2)
                .any(|w| matches!(w[0], b':' | b'.' | b'h' | b'H') && (b'0'..=b'5').contains(&w[1]))
                || ago.is_match(t)
        },
        r"(?i)\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(?:at|um|à|a las)\s+[0-2]?\d[:.h][0-5]\d".into(),
    )
});
