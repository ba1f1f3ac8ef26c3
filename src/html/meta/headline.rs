//! The headline from metadata and `<title>`, cleaned of site names, section
//! prefixes and separators.

use super::*;

// ---------------------------------------------------------------------------
// headline

pub(super) static TAIL_SEP: LazyLock<crate::phrase::Gated> = LazyLock::new(|| {
    crate::phrase::Gated::new(
        |t| t.contains(['|', '-', '–', '—', ':', '»', '›', '·', '•', '/', '\\', '~']),
        r"\s+(?:\||-|–|—|::|»|›|·|•|/|\\|~)\s+".into(),
    )
});
// `^([\p{L}][\p{L} '’-]{0,24}?)\s*:\s+(\S)`, written out (patterns.rs)
pub(super) use crate::patterns::SECTION_COLON;
pub(super) static DATE_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$").unwrap());

/// Separators after which a title may end in a short site or section name even in
/// OpenGraph / JSON-LD titles; `<title>` may end in one after any separator.
pub(super) fn strong_sep(sep: &str) -> bool {
    matches!(sep.trim(), "|" | "::" | "»" | "›" | "·" | "•" | "~")
}

pub(super) struct TitleCtx<'a> {
    pub(super) ctx: &'a Context,
    pub(super) authors: &'a [String],
    pub(super) section: Option<&'a str>,
}

impl TitleCtx<'_> {
    pub(super) fn is_author(&self, part: &str) -> bool {
        let p = squash(part);
        let p = p
            .strip_prefix("by")
            .filter(|_| {
                part.trim_start()
                    .get(..3)
                    .is_some_and(|s| s.eq_ignore_ascii_case("by "))
            })
            .unwrap_or(&p);
        !p.is_empty()
            && self.authors.iter().any(|a| {
                let a = squash(a);
                a.len() >= 4 && p.starts_with(&a)
            })
    }

    pub(super) fn is_section(&self, part: &str) -> bool {
        let p = part.trim().to_lowercase();
        vocab::HEADLINE_SECTION_PREFIXES.contains(&p.as_str())
            || self
                .section
                .is_some_and(|s| squash(s) == squash(&p) && !p.is_empty())
    }

    pub(super) fn is_date(&self, part: &str) -> bool {
        let p = part.trim();
        DATE_ONLY.is_match(p)
            || (p.split_whitespace().count() <= 5
                && vocab::DATE
                    .find(p)
                    .is_some_and(|m| m.as_str().len() + 4 >= p.len()))
    }
}

/// Strip the site name, the author, dates and section labels from a title.
pub(super) fn clean_title(raw: &str, tc: &TitleCtx, from_title_tag: bool) -> Option<String> {
    let mut t = normalize_ws(&decode_entities(raw));
    // trailing separator junk: "Title :: Site ::"
    loop {
        let trimmed = t
            .trim_end_matches(|c: char| c.is_whitespace() || "|:-–—»›·".contains(c))
            .to_string();
        if trimmed == t {
            break;
        }
        t = trimmed;
    }
    if t.is_empty() {
        return None;
    }
    // site, author, date, section at the end
    for _ in 0..6 {
        let Some(m) = TAIL_SEP.find_iter(&t).last() else {
            break;
        };
        let (head, tail) = (&t[..m.start()], &t[m.end()..]);
        if head.trim().is_empty() {
            break;
        }
        let (hw, tw) = (word_weight(head), word_weight(tail));
        let short = tw <= 3.0 && hw >= 3.0 && hw >= 2.0 * tw;
        let strip = tc.ctx.is_site(tail)
            || tc.is_author(tail)
            || tc.is_date(tail)
            || tc.is_section(tail) && hw >= 3.0
            || short && (from_title_tag || strong_sep(m.as_str()));
        if !strip {
            break;
        }
        t = head.trim().to_string();
    }
    // "Title | Site | the site's slogan": the site's name between two
    // separators ends the headline
    let seps: Vec<(usize, usize)> = TAIL_SEP
        .find_iter(&t)
        .map(|m| (m.start(), m.end()))
        .collect();
    let site_between = seps.windows(2).find_map(|w| {
        let (head, part) = (&t[..w[0].0], &t[w[0].1..w[1].0]);
        (word_weight(head) >= 1.0 && tc.ctx.is_site(part)).then_some(w[0].0)
    });
    if let Some(cut) = site_between {
        t = t[..cut].trim().to_string();
    }
    // site or section at the start
    for _ in 0..3 {
        if let Some(m) = TAIL_SEP.find(&t) {
            let (head, tail) = (&t[..m.start()], &t[m.end()..]);
            if word_weight(tail) >= 2.0 && (tc.ctx.is_site(head) || tc.is_section(head)) {
                t = tail.trim().to_string();
                continue;
            }
        }
        if let Some(c) = SECTION_COLON.captures(&t) {
            let label = c.get(1).map_or("", |m| m.as_str());
            let rest = &t[c.get(2).map_or(0, |m| m.start())..];
            if word_weight(rest) >= 3.0 && (tc.is_section(label) || tc.ctx.is_site(label)) {
                t = rest.trim().to_string();
                continue;
            }
        }
        break;
    }
    let t = t.trim().to_string();
    (!t.is_empty()).then_some(t)
}

/// Share of the words of `a` that occur in `b`.
/// The share of the words of `a` that `b` holds, case-insensitively.
pub fn overlap(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|w| b.contains(w)).count() as f32 / a.len() as f32
}

pub(super) fn headline(
    doc: &Evidence,
    metas: &Metas,
    ld: &Ld,
    ctx: &Context,
    meta: &PageMeta,
) -> Option<String> {
    let tc = TitleCtx {
        ctx,
        authors: &meta.authors,
        section: meta.section.as_deref(),
    };
    let title = doc
        .head_title
        .or(doc.any_title)
        .map(|t| t.texts().collect::<String>());
    // JSON-LD headline and name: when they differ, the one closer to <title>
    // (Wikipedia's "headline" is the article's one-line description)
    let mut ld_titles: Vec<String> = ["headline", "name"]
        .iter()
        .filter_map(|k| ld.article_field(k))
        .collect();
    ld_titles.dedup();
    if let (Some(t), [h, n]) = (&title, ld_titles.as_slice())
        && overlap(n, t) > overlap(h, t)
    {
        ld_titles.swap(0, 1);
    }
    let mut candidates: Vec<(String, bool)> = Vec::new();
    if ld.is_article {
        candidates.extend(ld_titles.iter().map(|h| (h.clone(), false)));
    }
    for key in [
        "dc:title",
        "dcterms:title",
        "og:title",
        "twitter:title",
        "parsely-title",
        "sailthru:title",
        "title",
        "headline",
    ] {
        candidates.extend(metas.get(key).map(|h| (h.to_string(), false)));
    }
    if !ld.is_article {
        candidates.extend(ld_titles.iter().map(|h| (h.clone(), false)));
    }
    candidates.extend(title.clone().map(|t| (t, true)));

    // the site's own title ("Yahoo News - Latest News & Headlines" as og:title and
    // as application-name) says nothing about the article, when <title> says
    // something else (some sites name their app after each page)
    let title_key = title.as_deref().map(squash).unwrap_or_default();
    let site_titles: Vec<String> = ["og:site_name", "application-name"]
        .iter()
        .filter_map(|k| metas.get(k).map(squash))
        .chain(ld.site_node_name().map(|s| squash(&s)))
        .filter(|s| !s.is_empty() && *s != title_key)
        .collect();
    let cleaned: Vec<String> = candidates
        .iter()
        .filter(|(raw, _)| !site_titles.contains(&squash(raw)))
        .filter_map(|(raw, tag)| clean_title(raw, &tc, *tag))
        // a "headline" that is the site's name is none
        .filter(|h| !ctx.site_names.iter().any(|s| squash(s) == squash(h)))
        .collect();
    let first = cleaned.first()?;
    // a truncated headline ("…"): a later, longer one that starts the same
    let stem = first.trim_end_matches(['…', '.']).trim_end();
    if stem.len() < first.len()
        && stem.len() >= 20
        && let Some(full) = cleaned[1..]
            .iter()
            .find(|c| c.len() > stem.len() && c.starts_with(stem))
    {
        return Some(full.clone());
    }
    Some(first.clone())
}
