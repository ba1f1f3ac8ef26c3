//! The declared dates: publication and modification, from JSON-LD, `<meta>`
//! tags, microdata and `<time>`.

use super::*;

// ---------------------------------------------------------------------------
// dates

/// A date as pages write it in metadata, as ISO 8601: "2019-11-19T10:31:00+00:00"
/// stays, "20191119" → "2019-11-19", RFC 2822 → ISO, plain dates → YYYY-MM-DD.
pub fn normalize_date(raw: &str) -> Option<String> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}\b|UTC|GMT)?)?").unwrap()
    });
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$").unwrap()
    });
    // "Tue, 19 Nov 2019 10:31:00 +0000"
    static RFC2822: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?)?").unwrap()
    });
    // "Fri Mar 13 21:30:09 EST 2015" (Java's Date)
    static CTIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([a-z]{1,5}|[+-]\d{4})\s+)?(\d{4})$").unwrap()
    });
    let s = raw.trim();
    let num = |m: Option<regex::Match>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    if let Some(c) = ISO.captures(s) {
        let time = c.get(4).map(|_| {
            (
                num(c.get(4)).unwrap_or(0),
                num(c.get(5)).unwrap_or(0),
                num(c.get(6)).unwrap_or(0),
            )
        });
        return format_date(
            num(c.get(1))?,
            num(c.get(2))?,
            num(c.get(3))?,
            time,
            c.get(7).map_or("", |m| m.as_str()),
            c.get(8).map(|m| m.as_str()),
        );
    }
    if let Some(c) = COMPACT.captures(s) {
        let time = c.get(4).map(|_| {
            (
                num(c.get(4)).unwrap_or(0),
                num(c.get(5)).unwrap_or(0),
                num(c.get(6)).unwrap_or(0),
            )
        });
        return format_date(
            num(c.get(1))?,
            num(c.get(2))?,
            num(c.get(3))?,
            time,
            "",
            c.get(7).map(|m| m.as_str()),
        );
    }
    if let Some(c) = RFC2822.captures(s)
        && let Some(m) = month_number(&c[2])
    {
        let time = c.get(4).map(|_| {
            (
                num(c.get(4)).unwrap_or(0),
                num(c.get(5)).unwrap_or(0),
                num(c.get(6)).unwrap_or(0),
            )
        });
        return format_date(
            num(c.get(3))?,
            m,
            num(c.get(1))?,
            time,
            "",
            c.get(7).map(|m| m.as_str()),
        );
    }
    if let Some(c) = CTIME.captures(s)
        && let Some(m) = month_number(&c[1])
    {
        let time = Some((
            num(c.get(3)).unwrap_or(0),
            num(c.get(4)).unwrap_or(0),
            num(c.get(5)).unwrap_or(0),
        ));
        return format_date(
            num(c.get(7))?,
            m,
            num(c.get(2))?,
            time,
            "",
            c.get(6).map(|m| m.as_str()),
        );
    }
    // "05/08/2014 07:01:00": slashed numeric dates in metadata are month first
    static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$").unwrap()
    });
    if let Some(c) = SLASHED.captures(s) {
        let (a, b) = (num(c.get(1))?, num(c.get(2))?);
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        let time = c.get(4).map(|_| {
            (
                num(c.get(4)).unwrap_or(0),
                num(c.get(5)).unwrap_or(0),
                num(c.get(6)).unwrap_or(0),
            )
        });
        return format_date(num(c.get(3))?, m, d, time, "", None);
    }
    // prose dates ("March 3, 2024", "25.06.2024"), only when the value is short
    if s.split_whitespace().count() <= 8 {
        let iso = find_date(s)?;
        let (y, rest) = iso.split_at(4);
        let y: u32 = y.parse().ok()?;
        return (1900..=2100).contains(&y).then(|| format!("{y}{rest}"));
    }
    None
}

pub(super) fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let i = vocab::MONTHS.iter().position(|m| *m == n)?;
    Some(match i {
        0..=11 => i as u32 + 1,
        12..=14 => i as u32 - 11,
        15 => 4,
        16 => 6,
        17 => 7,
        18 => 8,
        19 | 20 => 9,
        21 => 10,
        22 => 11,
        _ => 12,
    })
}

pub(super) fn format_date(
    y: u32,
    m: u32,
    d: u32,
    time: Option<(u32, u32, u32)>,
    frac: &str,
    tz: Option<&str>,
) -> Option<String> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    let Some((h, mi, s)) = time else {
        return Some(out);
    };
    if h > 23 || mi > 59 || s > 60 {
        return Some(out);
    }
    out.push_str(&format!("T{h:02}:{mi:02}:{s:02}{frac}"));
    if let Some(tz) = tz {
        let tz = tz.trim();
        let offset = match tz.to_ascii_uppercase().as_str() {
            "Z" | "UTC" | "GMT" | "UT" => Some("Z".to_string()),
            // other zone names are ambiguous (EST: New York or Sydney); local time
            _ => {
                let digits: String = tz.chars().filter(char::is_ascii_digit).collect();
                let sign = tz.chars().next().filter(|c| *c == '+' || *c == '-');
                match (sign, digits.len()) {
                    (Some(sign), 4) => Some(format!("{sign}{}:{}", &digits[..2], &digits[2..])),
                    (Some(sign), 2) => Some(format!("{sign}{digits}:00")),
                    _ => None,
                }
            }
        };
        if let Some(o) = offset {
            // keep "+00:00" as written rather than turning it into "Z"
            if o == "Z" && tz.starts_with(['+', '-']) {
                out.push_str("+00:00");
            } else {
                out.push_str(&o);
            }
        }
    }
    Some(out)
}

pub(super) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "parsely-pub-date",
    "datepublished",
    "dc:date:issued",
    "dcterms:issued",
    "dc:date:created",
    "dcterms:created",
    "dc:date",
    "date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publication_date",
    "article:publicationdate",
    "citation_publication_date",
    "citation_date",
    "pdate",
    "sailthru:date",
    "displaydate",
];

pub(super) fn published(doc: &Evidence, metas: &Metas, ld: &Ld) -> Option<String> {
    let from_ld = ld
        .is_article
        .then(|| {
            ld.article_field("datePublished")
                .and_then(|d| normalize_date(&d))
        })
        .flatten();
    if from_ld.is_some() {
        return from_ld;
    }
    if let Some(d) = PUBLISHED_KEYS
        .iter()
        .find_map(|k| metas.get(k).and_then(normalize_date))
    {
        return Some(d);
    }
    // <time pubdate>, itemprop=datePublished on any element
    let marked = doc.times.iter().find_map(|t| {
        let v = t.value();
        (v.attr("pubdate").is_some()
            || v.attr("itemprop")
                .is_some_and(|p| p.contains("datePublished")))
        .then(|| v.attr("datetime").or_else(|| v.attr("content")))
        .flatten()
        .and_then(normalize_date)
    });
    let marked = marked.or_else(|| {
        doc.itemprops.iter().find_map(|e| {
            let v = e.value();
            v.attr("itemprop")?
                .split_whitespace()
                .any(|p| p == "datePublished")
                .then(|| v.attr("content").or_else(|| v.attr("datetime")))
                .flatten()
                .and_then(normalize_date)
        })
    });
    marked
        .or_else(|| {
            ld.article_field("datePublished")
                .and_then(|d| normalize_date(&d))
        })
        .or_else(|| {
            ld.article_field("dateCreated")
                .and_then(|d| normalize_date(&d))
        })
}

pub(super) fn modified(metas: &Metas, ld: &Ld) -> Option<String> {
    ld.article_field("dateModified")
        .and_then(|d| normalize_date(&d))
        .or_else(|| {
            metas
                .first_of(&[
                    "article:modified_time",
                    "og:updated_time",
                    "datemodified",
                    "dc:date:modified",
                    "dcterms:modified",
                ])
                .and_then(normalize_date)
        })
}

// ---------------------------------------------------------------------------
// dates the page shows

/// Where a shown date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ShownSource {
    /// A `<time>` element, or an element whose class, id or itemprop says "date".
    Marked,
    /// A short line of text that is a date and little else, or a labelled one.
    Plain,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Shown {
    pub(super) found: crate::dates::FoundDate,
    pub(super) source: ShownSource,
    /// After the start of the first `h1`.
    pub(super) after_h1: bool,
}

/// The dates a page shows outside comments, related-story lists, navigation and
/// footers, in document order, and the latest date it shows anywhere.
#[derive(Debug, Default)]
pub(super) struct ShownDates {
    pub(super) near: Vec<Shown>,
    pub(super) latest: Option<crate::dates::Date>,
    /// The earliest date it shows anywhere.
    pub(super) earliest: Option<crate::dates::Date>,
    /// Dates shown where a story's date does not stand (comments, lists, long
    /// lines), for pages that show none where it does.
    pub(super) elsewhere: Vec<Shown>,
}

/// Class, id or itemprop tokens of an element whose text is a date.
static DATE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)date|time|publish|posted|byline|dateline|datum|fecha|data-pub|entry-meta|post-meta|article-meta|meta-info|article-info|post-info|submitted").unwrap()
});
/// A class, id or itemprop one of whose words (split at `-`, `_`, capitals
/// not counted) names a part of the page whose dates are not the story's.
fn not_story(attr: &str) -> bool {
    if !attr.is_ascii() {
        return attr
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(is_not_story_word);
    }
    // (ASCII's White_Space: \t to \r and ' ')
    attr.as_bytes()
        .split(|&c| matches!(c, b'\t'..=b'\r' | b' ' | b'-' | b'_'))
        .any(|w| {
            // most words are turned down by their length and first letter
            let (lengths, firsts) = &*NOT_STORY_SHAPES;
            let first = w.first().map_or(0, |c| c.to_ascii_lowercase());
            lengths & (1 << w.len().min(63)) != 0
                && firsts.contains(&first)
                && std::str::from_utf8(w).is_ok_and(is_not_story_word)
        })
}

fn is_not_story_word(w: &str) -> bool {
    vocab::NOT_STORY_DATE_WORDS
        .iter()
        .any(|n| n.eq_ignore_ascii_case(w))
}

/// The lengths (a bit each) and the first letters of the words of
/// `NOT_STORY_DATE_WORDS`.
static NOT_STORY_SHAPES: LazyLock<(u64, Vec<u8>)> = LazyLock::new(|| {
    let words = vocab::NOT_STORY_DATE_WORDS;
    let lengths = words.iter().fold(0u64, |m, w| m | 1 << w.len().min(63));
    let mut firsts: Vec<u8> = words
        .iter()
        .filter_map(|w| w.bytes().next())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    (lengths, firsts)
});

/// `not_story` and `DATE_MARK` of the class, id and itemprop values of one
/// page, each worked out once: a page repeats a few hundred values thousands of
/// times.
#[derive(Default)]
struct Verdicts<'a> {
    seen: crate::phrase::FastMap<&'a str, [Option<bool>; 2]>,
}

impl<'a> Verdicts<'a> {
    fn not_story(&mut self, value: &'a str) -> bool {
        let slot = &mut self.seen.entry(value).or_default()[0];
        *slot.get_or_insert_with(|| not_story(value))
    }

    fn date_mark(&mut self, value: &'a str) -> bool {
        let slot = &mut self.seen.entry(value).or_default()[1];
        *slot.get_or_insert_with(|| DATE_MARK.is_match(value))
    }
}

/// The `class`, `id` and `itemprop` attributes, in one pass over the attributes
/// (each as `Element::attr` reads it: the first, without a namespace).
fn class_id_itemprop(v: &crate::html::dom::Element) -> [Option<&str>; 3] {
    let mut out = [None; 3];
    for a in &v.attrs {
        if a.name.ns != html5ever::ns!() || a.name.prefix.is_some() {
            continue;
        }
        // (atoms compare as integers)
        let i = match a.name.local {
            html5ever::local_name!("class") => 0,
            html5ever::local_name!("id") => 1,
            html5ever::local_name!("itemprop") => 2,
            _ => continue,
        };
        out[i] = out[i].or(Some(&*a.value));
    }
    out
}

/// How far into a text a dateline's date may start ("BERLIN, 29.11.2022 –"),
/// in bytes.
const DATELINE_REACH: usize = 48;

/// The first `n` bytes of `t` at most, cut at a character boundary.
fn head_of(t: &str, n: usize) -> &str {
    let mut end = n.min(t.len());
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    &t[..end]
}

/// A date that opens a text as its dateline: near its start, then a dash.
fn is_dateline(line: &str, f: &crate::dates::FoundDate) -> bool {
    f.start <= DATELINE_REACH - 16
        && line[f.end..]
            .trim_start()
            .strip_prefix(['–', '—', '-'])
            .is_some_and(|rest| rest.starts_with(' '))
}

/// How many shown dates are kept as candidates.
const MAX_SHOWN: usize = 24;

/// A cheap test before the date patterns: a run of four digits (a year), or
/// three numbers joined by `.`, `/` or `-` (`20.12.23`).
fn might_hold_date(t: &str) -> bool {
    let (mut run, mut joins) = (0usize, 0usize);
    for &b in t.as_bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= 4 {
                return true;
            }
            continue;
        }
        if run > 0 && matches!(b, b'.' | b'/' | b'-') {
            joins += 1;
            if joins >= 2 {
                return true;
            }
        } else {
            joins = 0;
        }
        run = 0;
    }
    false
}

/// One open element in [`shown_dates`]' walk, and once asked for, whether it
/// is outside the story (footer, nav, a "related" box) and whether it marks a
/// date (`time`, a "date" class). Most elements hold no date, so the verdicts
/// are only worked out for the ancestors of a text that may hold one.
struct Open<'a> {
    id: NodeId,
    el: &'a crate::html::dom::Element,
    verdict: Option<(bool, bool)>,
}

/// The (excluded, marked) verdict of the innermost open element, working out
/// the ones of its ancestors first where not yet done.
fn settle<'a>(stack: &mut [Open<'a>], verdicts: &mut Verdicts<'a>) -> (bool, bool) {
    let Some(last) = stack.len().checked_sub(1) else {
        return (false, false);
    };
    let mut k = last;
    while stack[k].verdict.is_none() && k > 0 {
        k -= 1;
    }
    let (mut excluded, mut marked) = stack[k].verdict.unwrap_or((false, false));
    let first = if stack[k].verdict.is_some() { k + 1 } else { k };
    for open in &mut stack[first..=last] {
        let v = open.el;
        let name = v.name();
        let tokens = class_id_itemprop(v);
        // (a page's body classes name its layout: "has-sidebar")
        excluded = excluded
            || matches!(name, "footer" | "nav" | "aside" | "form")
            || (!matches!(name, "html" | "body")
                && tokens.iter().flatten().any(|t| verdicts.not_story(t)));
        marked = marked || name == "time" || tokens.iter().flatten().any(|t| verdicts.date_mark(t));
        open.verdict = Some((excluded, marked));
    }
    (excluded, marked)
}

pub(super) fn shown_dates(doc: &Dom, lang: Option<&str>) -> ShownDates {
    let mut out = ShownDates::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut skip: Option<NodeId> = None;
    let mut after_h1 = false;
    let mut verdicts = Verdicts::default();
    let keep = |out: &mut ShownDates,
                f: crate::dates::FoundDate,
                source: ShownSource,
                excluded: bool,
                after_h1: bool| {
        if out.latest.is_none_or(|l| f.date.day_key() > l.day_key()) {
            out.latest = Some(f.date);
        }
        if out.earliest.is_none_or(|e| f.date.day_key() < e.day_key()) {
            out.earliest = Some(f.date);
        }
        let shown = Shown {
            found: f,
            source,
            after_h1,
        };
        if !excluded && out.near.len() < MAX_SHOWN {
            out.near.push(shown);
        } else if excluded && out.elsewhere.len() < MAX_SHOWN {
            out.elsewhere.push(shown);
        }
    };
    for edge in doc.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                if let Some(t) = node.value().as_text() {
                    // (of a long text, only a dateline at its start)
                    let long = t.len() > 400;
                    let t = if long { head_of(t, DATELINE_REACH) } else { t };
                    if !might_hold_date(t) {
                        continue;
                    }
                    let line = normalize_ws(t);
                    let found = crate::dates::dates_in(&line, lang);
                    if found.is_empty() {
                        continue;
                    }
                    let (excluded, marked) = settle(&mut stack, &mut verdicts);
                    for f in found {
                        // a plain line's date counts as the story's when the line
                        // is little more than the date, says "published", or
                        // opens the text as a dateline ("29.11.2022 – Die ...")
                        let dateline = is_dateline(&line, &f);
                        if long && !dateline {
                            continue;
                        }
                        let short = line.split_whitespace().count() <= 8;
                        let source = if marked {
                            ShownSource::Marked
                        } else {
                            ShownSource::Plain
                        };
                        let candidate =
                            marked || short || dateline || f.label != crate::dates::DateLabel::None;
                        keep(&mut out, f, source, excluded || !candidate, after_h1);
                    }
                    continue;
                }
                let Some(el) = node.element() else {
                    continue;
                };
                let name = el.name();
                if matches!(name, "script" | "style" | "noscript" | "template" | "svg") {
                    skip = Some(node.id());
                    continue;
                }
                if name == "h1" {
                    after_h1 = true;
                }
                let v = el.value();
                stack.push(Open {
                    id: node.id(),
                    el: v,
                    verdict: None,
                });
                if name == "time"
                    && let Some(d) = v
                        .attr("datetime")
                        .and_then(normalize_date)
                        .and_then(|d| crate::dates::Date::from_iso(&d))
                {
                    let f = crate::dates::FoundDate {
                        date: d,
                        label: crate::dates::DateLabel::None,
                        start: 0,
                        end: 0,
                    };
                    let (excluded, _) = settle(&mut stack, &mut verdicts);
                    keep(&mut out, f, ShownSource::Marked, excluded, after_h1);
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                } else if stack.last().is_some_and(|o| o.id == node.id()) {
                    stack.pop();
                }
            }
        }
    }
    out
}

impl ShownDates {
    /// The date the page shows as its own: a marked date after the headline, else
    /// one before it, else a plain one; a date labelled as a modification only
    /// when nothing else is shown.
    pub(super) fn story_date(&self) -> Option<Shown> {
        use crate::dates::DateLabel;
        let pick = |source: ShownSource, after: bool, updated: bool| {
            self.near.iter().find(|s| {
                s.source == source
                    && s.after_h1 == after
                    && (s.found.label == DateLabel::Updated) == updated
                    && crate::dates::plausible(&s.found.date, self.latest.as_ref())
            })
        };
        let any_h1 = self.near.iter().any(|s| s.after_h1);
        let orders: &[(ShownSource, bool)] = if any_h1 {
            &[
                (ShownSource::Marked, true),
                (ShownSource::Plain, true),
                (ShownSource::Marked, false),
            ]
        } else {
            &[(ShownSource::Marked, false), (ShownSource::Plain, false)]
        };
        orders
            .iter()
            .find_map(|&(s, a)| pick(s, a, false))
            .or_else(|| orders.iter().find_map(|&(s, a)| pick(s, a, true)))
            .copied()
    }

    /// Where no date stands where a story's does: the one day the page shows,
    /// once or twice (a page that shows a single date shows its own), else the
    /// first date labelled as the publication's.
    pub(super) fn only_elsewhere(&self) -> Option<Shown> {
        use crate::dates::DateLabel;
        let first = self.elsewhere.first()?;
        // (not the one day of a list of teasers, all of today, nor a
        // documentation page's "Last updated")
        let one_day = self
            .earliest
            .zip(self.latest)
            .is_some_and(|(e, l)| e.day_key() == l.day_key());
        if one_day
            && self.elsewhere.len() <= vocab::MAX_REPEATS_OF_ONLY_DATE
            && first.found.label != DateLabel::Updated
        {
            return Some(*first);
        }
        // one "Published" label (teasers repeat theirs)
        let mut published = self
            .elsewhere
            .iter()
            .filter(|s| s.found.label == DateLabel::Published);
        let only = published.next()?;
        (published.next().is_none()
            && crate::dates::plausible(&only.found.date, self.latest.as_ref()))
        .then_some(*only)
    }
}

/// Two days at most one day apart: the same instant read in two time zones.
fn within_a_day(a: &crate::dates::Date, b: &crate::dates::Date) -> bool {
    within_days(a, b, 1)
}

fn within_days(a: &crate::dates::Date, b: &crate::dates::Date, n: i64) -> bool {
    let days = |d: &crate::dates::Date| {
        // days since a fixed origin, good enough for one-day differences
        let (y, m) = if d.month <= 2 {
            (i64::from(d.year) - 1, i64::from(d.month) + 12)
        } else {
            (i64::from(d.year), i64::from(d.month))
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + i64::from(d.day)
    };
    (days(a) - days(b)).abs() <= n
}

/// The publication date, from the declared one, the one the page shows and the
/// URL's: a declared date the page contradicts by showing only earlier dates is
/// not taken; the shown day wins over a declared instant one day off (the page
/// shows its local day, metadata often UTC).
pub(super) fn choose_published(
    declared: Option<String>,
    modified: Option<&str>,
    shown: &ShownDates,
    url: Option<&str>,
) -> Option<String> {
    let plausible = |d: &crate::dates::Date| crate::dates::plausible(d, shown.latest.as_ref());
    let shown_story = shown.story_date();
    let on_page = shown_story.map(|s| s.found.date);
    let shown_anywhere = |day: &crate::dates::Date| {
        shown
            .near
            .iter()
            .chain(&shown.elsewhere)
            .any(|s| s.found.date.day_key() == day.day_key())
    };
    let shown_within_a_day = |day: &crate::dates::Date| {
        shown
            .near
            .iter()
            .chain(&shown.elsewhere)
            .any(|s| within_a_day(&s.found.date, day))
    };
    if let Some(d) = declared {
        // an instant in UTC (or without zone)
        let utc = d.len() <= 10
            || d.ends_with('Z')
            || d.ends_with("+00:00")
            || !d[10..].contains(['+', '-']);
        let Some(day) = crate::dates::Date::from_iso(&d) else {
            return Some(d);
        };
        let Some(v) = on_page else {
            // no date where a story's stands, but the local day of a UTC
            // instant shown elsewhere, and the declared day nowhere
            let local = shown
                .elsewhere
                .iter()
                .map(|s| s.found.date)
                .find(|s| s.day_key() > day.day_key() && within_a_day(s, &day));
            return match local {
                Some(l) if utc && d.len() > 10 && !shown_anywhere(&day) => Some(l.iso()),
                _ => Some(d),
            };
        };
        // the page shows only earlier dates, one of them in a date element
        // under the headline: the declared one is a crawl's or an update's (a
        // date in the story's text, or one above the headline, is a date the
        // story mentions or a sidebar's, not a sign against the declared one)
        let marked_under_headline =
            shown_story.is_some_and(|s| s.source == ShownSource::Marked && s.after_h1);
        let long_after = marked_under_headline
            && shown.latest.is_some_and(|l| {
                !within_days(&day, &l, vocab::DECLARED_AFTER_SHOWN_DAYS)
                    && day.day_key() > l.day_key()
            });
        if long_after {
            return Some(v.iso());
        }
        // where the story's date stands the page shows its update (the day
        // declared as the modification) and nowhere the declared publication:
        // the day readers see and cite is the shown one
        let shown_update = modified
            .and_then(crate::dates::Date::from_iso)
            .is_some_and(|m| within_a_day(&m, &v))
            && v.day_key() > day.day_key()
            && !within_a_day(&v, &day)
            && !shown
                .near
                .iter()
                .chain(&shown.elsewhere)
                .any(|s| within_a_day(&s.found.date, &day));
        if shown_update {
            return Some(v.iso());
        }
        // the story's date under the headline a few days off the declared
        // one, which the page shows nowhere: a re-publication's or an import's
        // date, where readers see and cite the shown one (unless other days of
        // those weeks are shown too: then it may be a teaser's among others)
        let off_by_days = shown_story
            .is_some_and(|s| s.after_h1 && s.found.label != crate::dates::DateLabel::Updated)
            && v.day_key() != day.day_key()
            && within_days(&v, &day, vocab::DECLARED_OFF_SHOWN_DAYS)
            && !shown_within_a_day(&day)
            && !shown.elsewhere.iter().any(|s| {
                s.found.date.day_key() != v.day_key()
                    && within_days(&s.found.date, &v, vocab::DECLARED_OFF_SHOWN_DAYS)
            });
        if off_by_days {
            return Some(v.iso());
        }
        // an instant in UTC (or without zone) and the local day the page shows
        if utc && v.day_key() != day.day_key() && within_a_day(&v, &day) {
            return Some(v.iso());
        }
        return Some(d);
    }
    // a marked date (`<time>`, a "date" element) before the URL's, a plain line after
    let url_day = url.and_then(crate::dates::url_date);
    // (with nothing declared, a page without a date where a story's stands
    // may still show its own elsewhere)
    match shown_story.or_else(|| shown.only_elsewhere()) {
        Some(s) if s.source == ShownSource::Marked || url_day.is_none() => {
            return Some(s.found.date.iso());
        }
        _ => {}
    }
    if let Some(u) = url_day {
        return Some(u.iso());
    }
    modified
        .filter(|m| crate::dates::Date::from_iso(m).is_some_and(|d| plausible(&d)))
        .map(str::to_string)
}
