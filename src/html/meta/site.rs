//! Canonical URL, site name, language, section and description.

use super::*;

// ---------------------------------------------------------------------------
// url, site name, language, section, description

pub(super) fn has_rel(el: &ElementRef, token: &str) -> bool {
    el.value()
        .attr("rel")
        .is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
}

pub(super) fn absolute(url: &str, base: Option<&str>) -> Option<String> {
    let url = url.trim();
    if url.starts_with("http://") || url.starts_with("https://") {
        return Some(url.to_string());
    }
    if let Some(rest) = url.strip_prefix("//") {
        return Some(format!("https://{rest}"));
    }
    let base = base.filter(|b| b.starts_with("http"))?;
    let origin_end = base
        .find("://")
        .map(|i| i + 3 + base[i + 3..].find('/').unwrap_or(base.len() - i - 3))?;
    url.starts_with('/')
        .then(|| format!("{}{url}", &base[..origin_end]))
}

pub(super) fn canonical_url(doc: &Evidence, metas: &Metas, ld: &Ld) -> Option<String> {
    let og = metas.get("og:url").and_then(|u| absolute(u, None));
    let canonical = doc
        .links
        .iter()
        .find(|l| has_rel(l, "canonical"))
        .and_then(|l| l.value().attr("href"))
        .and_then(|h| absolute(h, og.as_deref()));
    canonical.or(og).or_else(|| {
        let a = ld.article?;
        [a.get("url"), a.get("mainEntityOfPage")]
            .into_iter()
            .flatten()
            .find_map(|v| match v {
                Value::Object(o) => o.get("@id").and_then(Value::as_str).map(str::to_string),
                other => ld_text(Some(other)),
            })
            .and_then(|u| absolute(&u, None))
    })
}

/// The host of a URL without `www.`: "https://www.bbc.com/news" → "bbc.com".
pub(super) fn host_of(url: &str) -> Option<String> {
    let rest = url
        .split_once("://")
        .map_or(url.trim_start_matches('/'), |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .unwrap_or(&host)
        .to_string();
    host.contains('.').then_some(host)
}

/// A corporate parent rather than the site: "The New York Times Company".
pub(super) fn corporate(name: &str) -> bool {
    static CORP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:,?\s(?:inc|llc|ltd|plc|gmbh|s\.a|corp)\.?|\s(?:company|corporation|group|holdings|media|medien|publishing|enterprises))$").unwrap()
    });
    CORP.is_match(name)
}

pub(super) fn site_name(metas: &Metas, ld: &Ld) -> Option<String> {
    let og = metas.get("og:site_name").map(|s| {
        if looks_like_url(s) {
            host_of(s).unwrap_or_else(|| s.to_string())
        } else {
            s.to_string()
        }
    });
    let publisher = ld.publisher_name().filter(|p| !looks_like_url(p));
    match (publisher, og) {
        (Some(p), Some(o)) if corporate(&p) => Some(o),
        (Some(p), _) => Some(p),
        (None, Some(o)) => Some(o),
        // weaker sources: an app's name, a WebSite object; without a tagline
        (None, None) => metas
            .get("application-name")
            .map(str::to_string)
            .or_else(|| ld.site_node_name())
            .map(|s| drop_tagline(&s))
            .filter(|s| word_weight(s) <= 5.0),
    }
}

/// "Yahoo News - Latest News & Headlines" → "Yahoo News".
pub(super) fn drop_tagline(name: &str) -> String {
    static TAGLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[-–—|:·]\s+|:\s+").unwrap());
    match TAGLINE.find(name) {
        Some(m) if word_weight(&name[..m.start()]) <= 4.0 => name[..m.start()].trim().to_string(),
        _ => name.trim().to_string(),
    }
}

/// ISO 639-1 code of a language tag: "en-US" → "en", "pt_BR" → "pt".
pub fn normalize_lang(raw: &str) -> Option<String> {
    let tag = raw.split([',', ';']).next()?.trim();
    let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    if !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let code = match primary.len() {
        2 => primary,
        3 => match primary.as_str() {
            "eng" => "en",
            "fra" | "fre" => "fr",
            "deu" | "ger" => "de",
            "spa" => "es",
            "por" => "pt",
            "ita" => "it",
            "nld" | "dut" => "nl",
            "rus" => "ru",
            "zho" | "chi" => "zh",
            "jpn" => "ja",
            "kor" => "ko",
            "ara" => "ar",
            "pol" => "pl",
            "tur" => "tr",
            "ces" | "cze" => "cs",
            "swe" => "sv",
            _ => return None,
        }
        .to_string(),
        _ => return None,
    };
    Some(code)
}

pub(super) fn language(doc: &Evidence, metas: &Metas, ld: &Ld) -> Option<String> {
    let html = doc.html_lang.and_then(|h| {
        let v = h.value();
        v.attr("lang")
            .or_else(|| v.attr("xml:lang"))
            .and_then(normalize_lang)
    });
    html.or_else(|| ld.in_language().and_then(|l| normalize_lang(&l)))
        .or_else(|| {
            metas
                .first_of(&[
                    "content-language",
                    "og:locale",
                    "dc:language",
                    "language",
                    "inlanguage",
                ])
                .and_then(normalize_lang)
        })
}

pub(super) fn section(metas: &Metas, ld: &Ld) -> Option<String> {
    ld.article_field("articleSection")
        .or_else(|| {
            metas
                .first_of(&[
                    "article:section",
                    "og:article:section",
                    "parsely-section",
                    "section",
                ])
                .map(str::to_string)
        })
        .filter(|s| {
            !looks_like_url(s)
                && !s.starts_with('/')
                && !matches!(
                    s.to_lowercase().as_str(),
                    "nil" | "null" | "undefined" | "none" | "false" | "[]"
                )
        })
}

pub(super) fn description(metas: &Metas, ld: &Ld) -> Option<String> {
    metas
        .first_of(&[
            "description",
            "og:description",
            "twitter:description",
            "dc:description",
            "sailthru:description",
        ])
        // some pages escape twice: "&amp;nbsp;" arrives as "&nbsp;"
        .map(|d| normalize_ws(&decode_entities(d)))
        .or_else(|| ld.article_field("description"))
        .filter(|d| !d.is_empty())
}
