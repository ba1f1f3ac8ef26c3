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
    if let Some(c) = RFC2822.captures(s) {
        if let Some(m) = month_number(&c[2]) {
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
    }
    if let Some(c) = CTIME.captures(s) {
        if let Some(m) = month_number(&c[1]) {
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
        .or_else(|| {
            ld.article_field("dateModified")
                .and_then(|d| normalize_date(&d))
        })
        .or_else(|| {
            doc.times.iter().find_map(|t| {
                let v = t.value();
                let marker = format!(
                    "{} {}",
                    v.attr("itemprop").unwrap_or(""),
                    v.attr("class").unwrap_or("")
                )
                .to_lowercase();
                if marker.contains("modified") || marker.contains("updated") {
                    return None;
                }
                v.attr("datetime").and_then(normalize_date)
            })
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
