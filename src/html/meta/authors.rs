//! Authors from declared metadata and the byline: people to `authors`,
//! organisations and agencies to `credit`.

use super::*;

// ---------------------------------------------------------------------------
// authors

/// What the rest of the page tells about names: the site's own names.
pub(super) struct Context {
    pub(super) site_names: Vec<String>,
    pub(super) host: Option<String>,
    /// The article's JSON-LD authors typed `Person`: a blog named after its
    /// writer ("bennadel.com") is still written by a person.
    pub(super) declared_persons: Vec<String>,
}

impl Context {
    /// Whether `name` is one of the site's names, word for word.
    pub(super) fn equals_site(&self, name: &str) -> bool {
        let words = name_words(name).concat();
        self.site_names
            .iter()
            .any(|s| name_words(s).concat() == words)
    }

    /// Whether `part` names the site: its name, its domain, or their initials.
    pub(super) fn is_site(&self, part: &str) -> bool {
        let p = name_words(part);
        if p.is_empty() {
            return false;
        }
        let close = |s: &[String]| close_names(&p, s);
        if self.site_names.iter().any(|s| close(&name_words(s))) {
            return true;
        }
        let Some(host) = &self.host else {
            return false;
        };
        if close(&name_words(host)) {
            return true;
        }
        // the address itself: "petri-heil.ch" on www.petri-heil.ch
        let bare_host = host.strip_prefix("www.").unwrap_or(host);
        if part.contains('.') && squash(part) == squash(bare_host) {
            return true;
        }
        // the registered name: "nytimes" of "nytimes.com", "bbc" of "bbc.co.uk"
        let labels: Vec<&str> = host.split('.').collect();
        let mut n = labels.len().saturating_sub(1);
        if n >= 2
            && matches!(
                labels[n - 1],
                "co" | "com" | "org" | "net" | "ac" | "gov" | "ne" | "or"
            )
        {
            n -= 1;
        }
        let Some(label) = n.checked_sub(1).map(|i| labels[i]) else {
            return false;
        };
        let label = squash(label);
        if label.len() >= 3 && close(std::slice::from_ref(&label)) {
            return true;
        }
        let p = squash(part);
        // initials: "The New York Times" ~ nytimes
        let initials: String = part
            .split_whitespace()
            .filter(|w| !w.eq_ignore_ascii_case("the"))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        let rest = label.strip_prefix(initials.as_str()).unwrap_or("");
        initials.chars().count() >= 2
            && part.split_whitespace().count() >= 2
            && !rest.is_empty()
            && rest.chars().all(char::is_alphabetic)
            && p.ends_with(rest)
    }
}

/// The words of a name, lowercase, without a leading "the":
/// "The New York Times" → [new, york, times]; "Factorio.com" → [factorio, com].
pub(super) fn name_words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if w.len() > 1 && w[0] == "the" {
        w.remove(0);
    }
    w
}

/// Two names of one thing: the same letters ("TheGuardian", "The Guardian"), or
/// one the other's first words ("BuzzFeed News" and "BuzzFeed", "Factorio" and
/// "Factorio.com").
pub(super) fn close_names(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.concat() == b.concat() {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.concat().chars().count() >= 3 && long.starts_with(short)
}

pub(super) struct People {
    pub(super) byline: String,
    pub(super) persons: Vec<String>,
    pub(super) orgs: Vec<String>,
}

pub(super) enum Name {
    Person(String),
    Org(String),
    Reject,
}

pub(super) static CUT_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:last\s+)?updated|published|posted\s+on|mis à jour|aktualisiert|actualizado)\b|\b(?:edited|photos?|photographs|illustrations?|graphics|videos?|reviewed|fact[- ]checked|additional reporting)\s+by\b|\|").unwrap()
});
pub(super) static SPLIT_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:;|·|•|\s/\s|\s(?:and|&|und|et|y|e|og|och)\s)\s*").unwrap()
});
pub(super) static WITH_GROUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\(\s*(?:with|avec|con|mit|com)\s+([^)]*)\)").unwrap());
pub(super) static PARENS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*\([^)]*\)").unwrap());

/// Clean an author value the way it would be shown: no "By", URLs, e-mails,
/// dates or what follows them, roles.
pub(super) fn clean_shown(raw: &str) -> String {
    // (some pages encode their entities twice: "Redacci&amp;oacute;n")
    let once = decode_entities(raw);
    let decoded = if once.contains('&') && once.contains(';') {
        decode_entities(&once)
    } else {
        once
    };
    let mut t = normalize_ws(&decoded);
    t = URL_RE.replace_all(&t, " ").into_owned();
    t = EMAIL_RE.replace_all(&t, " ").into_owned();
    t = EMPTY_PARENS.replace_all(&t, " ").into_owned();
    if let Some(m) = vocab::DATE.find(&t) {
        t.truncate(m.start());
    }
    if let Some(m) = CUT_AT.find(&t) {
        // "Updated ..." at the very start: nothing of a name before it
        t.truncate(m.start());
    }
    let mut t = normalize_ws(&t);
    loop {
        let before = t.clone();
        t = LEAD_IN.replace(&t, "").into_owned();
        t = ALL_POSTS_BY.replace(&t, "").into_owned();
        t = vocab::BYLINE_PREFIX.replace(&t, "").into_owned();
        t = t
            .trim_matches(|c: char| c.is_whitespace() || "|·•-–—,;:/".contains(c))
            .to_string();
        if t == before {
            break;
        }
    }
    let t = drop_roles(&t);
    t.trim_matches(|c: char| c.is_whitespace() || "|·•-–—,;:/".contains(c))
        .replace(" ,", ",")
}

/// "Analysis by ...", "Текст: ...": what stands before a name in a byline besides
/// the text front end's prefixes (`vocab::BYLINE_PIECES_BY`, `vocab::BYLINE_LABELS`).
pub(super) static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    let pieces = vocab::alternation(vocab::BYLINE_PIECES_BY);
    let labels = vocab::alternation(vocab::BYLINE_LABELS);
    Regex::new(&format!(
        r"(?i)^(?:(?:{pieces})\s+by\s+|(?:{labels})\s*:\s*)"
    ))
    .unwrap()
});
/// "View all posts by" and its kin before an author link's name.
pub(super) static ALL_POSTS_BY: LazyLock<Regex> = LazyLock::new(|| {
    let alts = vocab::alternation(vocab::ALL_POSTS_BY);
    Regex::new(&format!(r"(?i)^(?:{})\s*:?\s+", alts)).unwrap()
});
pub(super) static EMPTY_PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*\)|<\s*>|\[\s*\]").unwrap());
pub(super) static ROLE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    let alts = vocab::alternation(vocab::ROLES);
    Regex::new(&format!(r"(?i)^(?:\p{{L}}+\s+)?(?:{})s?$", alts)).unwrap()
});
/// A job title after the name: "AP Auto Writer", "CNN Editor-at-large".
pub(super) static ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let alts = vocab::alternation(vocab::ROLES);
    Regex::new(&format!(
        r"(?i)^(?:[\p{{L}}.&'’-]+\s+){{0,4}}(?:{})s?(?:-[\p{{L}}-]+)?$",
        alts
    ))
    .unwrap()
});
pub(super) static DASH_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[-–—|]\s+").unwrap());

/// Leave out the parts of a byline that are only a job title:
/// "Jane Doe, Staff Writer" → "Jane Doe"; "Our Foreign Staff" stays.
pub(super) fn drop_roles(t: &str) -> String {
    t.split(',')
        .enumerate()
        .map(|(i, part)| {
            DASH_SEP
                .split(part)
                .map(str::trim)
                .enumerate()
                .filter(|(j, p)| {
                    let role = if i + j == 0 { &ROLE_ONLY } else { &ROLE_TAIL };
                    !p.is_empty() && !role.is_match(p)
                })
                .map(|(_, p)| p)
                .collect::<Vec<_>>()
                .join(" - ")
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names in a cleaned author value.
pub(super) fn split_names(shown: &str) -> Vec<String> {
    let t = WITH_GROUP.replace_all(shown, ", $1");
    let mut out = Vec::new();
    for chunk in SPLIT_AND.split(&t) {
        let parts: Vec<&str> = chunk
            .split(',')
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .filter(|p| !vocab::NAME_SUFFIXES.contains(&p.to_lowercase().as_str()))
            .collect();
        // attach "Jr." to the name before it
        let mut merged: Vec<String> = Vec::new();
        for p in parts {
            if vocab::NAME_GENERATIONS.contains(&p.to_lowercase().as_str())
                && let Some(last) = merged.last_mut()
            {
                last.push_str(", ");
                last.push_str(p);
                continue;
            }
            merged.push(p.to_string());
        }
        let multiword = |p: &String| {
            p.split_whitespace().count() >= 2 || p.chars().filter(|c| is_cjk(*c)).count() >= 2
        };
        if merged.len() > 1 && !merged.iter().all(multiword) {
            // "Jong, Michiel de": one name written surname first
            out.push(merged.join(", "));
        } else {
            out.extend(merged);
        }
    }
    out.into_iter()
        .map(|n| {
            n.trim_matches(|c: char| c.is_whitespace() || "-–—,;:".contains(c))
                .to_string()
        })
        .filter(|n| !n.is_empty())
        .collect()
}

pub(super) const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ter", "al", "el", "bin", "ibn", "y", "zu", "st.", "e", "ten", "af",
];

pub(super) fn title_case_word(w: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'' && c != '’';
    }
    out
}

/// How sure the source is that its value names an author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Said {
    /// Author metadata (JSON-LD, `<meta>`, microdata, `rel=author`): a one-word
    /// name, even a user name ("eseppelt", "freeman1984"), is the author's.
    Declared,
    /// A byline's "By": a one-word name that is capitalised.
    Labelled,
    /// Nothing said: two words at least.
    Plain,
}

/// A user name as blogs and forums declare their authors: one lowercase word of
/// letters, digits, `.`, `_`, `-`, with two letters at least.
pub fn is_user_name(t: &str) -> bool {
    let n = t.chars().count();
    (2..=vocab::MAX_USER_NAME_CHARS).contains(&n)
        && t.chars().next().is_some_and(char::is_lowercase)
        && t.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || "._-".contains(c))
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        // one number at most: "paulb203", not a generated "mdelatorreq6vkpg2ma0ci"
        && t.split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .count()
            <= 1
}

/// Person, organisation, or neither. `said` is how sure the source is that the
/// value names an author; `org` is the source's own word that it is one.
pub(super) fn classify(raw: &str, org: bool, said: Said, ctx: &Context) -> Name {
    let single = said != Said::Plain;
    let name = raw.trim_matches(|c: char| c.is_whitespace() || "-–—,;:|".contains(c));
    if name.is_empty()
        || name.chars().count() > 80
        || name.starts_with('@')
        || looks_like_url(name)
        || EMAIL_RE.is_match(name)
        || !name.chars().any(char::is_alphabetic)
    {
        return Name::Reject;
    }
    let words = name_words(name);
    let equals_site = ctx.equals_site(name);
    let declared_person = words.len() >= 2
        && ctx
            .declared_persons
            .iter()
            .any(|p| name_words(p).concat() == words.concat());
    if org
        || vocab::AGENCY.is_match(name)
        || vocab::ORGANISATION.is_match(name)
        || vocab::ORGANISATION_NAME_WORD.is_match(name)
        // "CNN Business", "Telegraph Sport"; but a blog may bear its author's name
        || (!equals_site
            && !declared_person
            && !(said != Said::Plain && names_site_after_writer(name, said, ctx))
            && ctx.is_site(name))
        || name.starts_with("The ")
    {
        return Name::Org(name.to_string());
    }
    let bare = normalize_ws(&PARENS.replace_all(name, " "));
    let cjk = bare.chars().filter(|c| is_cjk(*c)).count();
    if cjk > 0 {
        let ok = cjk <= 12 && bare.split_whitespace().count() <= 3;
        return if ok { Name::Person(bare) } else { Name::Reject };
    }
    let tokens: Vec<&str> = bare.split_whitespace().collect();
    if said == Said::Declared
        && tokens.len() == 1
        && is_user_name(tokens[0])
        && !equals_site
        && !ctx.is_site(tokens[0])
        && !vocab::NOT_NAME_WORDS.contains(&tokens[0])
    {
        return Name::Person(bare);
    }
    if tokens.is_empty() || tokens.len() > 6 || bare.chars().any(|c| c.is_ascii_digit()) {
        return Name::Reject;
    }
    if tokens.iter().any(|t| {
        let w = t
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        vocab::NOT_NAME_WORDS.contains(&w.as_str())
    }) {
        return Name::Reject;
    }
    let capitalised = |t: &&str| {
        t.chars().next().is_some_and(char::is_uppercase)
            || PARTICLES.contains(&t.to_lowercase().as_str())
    };
    if !tokens.iter().all(capitalised) {
        // "Organization for Transformative Works", but not "devindra"
        return if tokens.len() >= 3 && tokens.first().is_some_and(capitalised) {
            Name::Org(name.to_string())
        } else {
            Name::Reject
        };
    }
    if tokens.len() == 1 {
        let t = tokens[0];
        let acronym = t.chars().count() <= 4 && t.chars().all(|c| !c.is_lowercase());
        if equals_site || acronym {
            return Name::Org(name.to_string());
        }
        if !single || t.chars().count() < 2 {
            return Name::Reject;
        }
    }
    let letters: Vec<char> = bare.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
        // "JOE HILDEBRAND" → "Joe Hildebrand"
        let cased = tokens
            .iter()
            .map(|t| title_case_word(t))
            .collect::<Vec<_>>()
            .join(" ");
        return Name::Person(cased);
    }
    Name::Person(bare)
}

/// An author of two to four capitalised words that begin a longer site name:
/// a site named after its writer ("Kyle Howells Blog", "Myles Katherine
/// Photography"), where "BuzzFeed" of "BuzzFeed News" is one word. After a
/// shown "By" / "von", one word that begins the domain's name does too ("von
/// Heiko" on heiko-adams.de).
fn names_site_after_writer(name: &str, said: Said, ctx: &Context) -> bool {
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let min = if said == Said::Labelled { 1 } else { 2 };
    if !(min..=4).contains(&tokens.len())
        || !tokens.iter().all(|t| {
            t.chars().next().is_some_and(char::is_uppercase)
                && t.chars().all(|c| c.is_alphabetic() || "-'.".contains(c))
                && t.chars().any(char::is_lowercase)
        })
    {
        return false;
    }
    let words = name_words(name);
    let begins = |site: &[String]| site.len() > words.len() && site.starts_with(&words);
    if tokens.len() >= 2 && ctx.site_names.iter().any(|s| begins(&name_words(s))) {
        return true;
    }
    // the domain's name without its suffix: "heiko-adams" of www.heiko-adams.de
    ctx.host.as_deref().is_some_and(|h| {
        let labels: Vec<&str> = h.split('.').collect();
        labels.len() >= 2 && begins(&name_words(labels[labels.len() - 2]))
    })
}

/// Organisations named after the first name of a byline, set off by commas.
pub(super) fn split_credits(shown: &str, ctx: &Context) -> (String, Vec<String>) {
    let mut kept: Vec<&str> = Vec::new();
    let mut credits = Vec::new();
    for (i, part) in shown.split(',').map(str::trim).enumerate() {
        let org = i > 0
            && (vocab::AGENCY.is_match(part)
                || vocab::ORGANISATION.is_match(part)
                || vocab::ORGANISATION_NAME_WORD.is_match(part)
                || ctx.is_site(part)
                // "CNN", but not a degree ("MD")
                || (part.chars().count() <= 5
                    && part.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && part.chars().all(|c| c.is_uppercase() || c == '&')
                    && !vocab::NAME_SUFFIXES.contains(&part.to_lowercase().as_str())));
        if org {
            credits.push(part.to_string());
        } else {
            kept.push(part);
        }
    }
    (kept.join(", "), credits)
}

/// Read a list of author values of one source into a byline and names.
pub(super) fn read_people(values: &[(String, bool)], said: Said, ctx: &Context) -> Option<People> {
    let mut shown_parts: Vec<String> = Vec::new();
    let mut persons: Vec<String> = Vec::new();
    let mut orgs: Vec<String> = Vec::new();
    for (raw, org) in values {
        let mut shown = clean_shown(raw);
        if !*org {
            // "Sandee LaMotte, CNN": the organisation is a credit, not a name
            let (kept, credits) = split_credits(&shown, ctx);
            shown = kept;
            for c in credits {
                if !orgs.iter().any(|q| q.eq_ignore_ascii_case(&c)) {
                    orgs.push(c);
                }
            }
        }
        if shown.is_empty() {
            continue;
        }
        let mut any = false;
        // the whole value is the site's name ("Mac & i"): one name
        let names = if *org || ctx.site_names.iter().any(|s| squash(s) == squash(&shown)) {
            vec![shown.clone()]
        } else {
            split_names(&shown)
        };
        for n in names {
            match classify(&n, *org, said, ctx) {
                Name::Person(p) => {
                    any = true;
                    if !persons.iter().any(|q| q.eq_ignore_ascii_case(&p)) {
                        persons.push(p);
                    }
                }
                Name::Org(o) => {
                    any = true;
                    if !orgs.iter().any(|q| q.eq_ignore_ascii_case(&o)) {
                        orgs.push(o);
                    }
                }
                Name::Reject => {}
            }
        }
        if any && !shown_parts.iter().any(|s| s.eq_ignore_ascii_case(&shown)) {
            shown_parts.push(shown);
        }
    }
    if persons.is_empty() && orgs.is_empty() {
        return None;
    }
    // a byline of people leaves out the organisations that came as separate values
    let byline = if values.len() > 1 && !persons.is_empty() {
        let shown: Vec<&String> = shown_parts
            .iter()
            .filter(|s| {
                split_names(s).iter().any(|n| {
                    persons
                        .iter()
                        .any(|p| squash(p) == squash(n) || squash(n).contains(&squash(p)))
                })
            })
            .collect();
        if shown.is_empty() {
            persons.join(", ")
        } else {
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    } else {
        shown_parts.join(", ")
    };
    Some(People {
        byline,
        persons,
        orgs,
    })
}

/// Elements carrying an `itemprop` token.
pub(super) fn itemprop_is(el: &ElementRef, prop: &str) -> bool {
    el.value()
        .attr("itemprop")
        .is_some_and(|p| p.split_whitespace().any(|t| t.eq_ignore_ascii_case(prop)))
}

/// Authors marked up with microdata: `itemprop=author`, with a nested
/// `itemprop=name` or as text. The first one and its siblings.
pub(super) fn microdata_authors(doc: &Evidence) -> Vec<(String, bool)> {
    // a bounded number: each is read whole, and nesting must not make this quadratic
    let els: Vec<ElementRef> = doc
        .itemprops
        .iter()
        .copied()
        .filter(|e| itemprop_is(e, "author") || itemprop_is(e, "creator"))
        // the page footer's "Site designed by ...", a testimonial's author
        .filter(|e| !outside_the_story(*e, false))
        .take(MAX_BYLINE_CANDIDATES)
        .collect();
    let value_of = |el: &ElementRef| -> Option<(String, bool)> {
        let org = el
            .value()
            .attr("itemtype")
            .is_some_and(|t| t.to_lowercase().contains("organization"));
        if let Some(c) = el.value().attr("content") {
            return Some((normalize_ws(c), org)).filter(|(c, _)| !c.is_empty());
        }
        if let Some(name) = el
            .descendant_elements()
            .find(|n| n.attr("itemprop").is_some() && itemprop_is(n, "name"))
        {
            let t = name
                .value()
                .attr("content")
                .map(normalize_ws)
                .unwrap_or_else(|| element_text(name));
            if !t.is_empty() {
                return Some((t, org));
            }
        }
        let t = element_text(*el);
        (!t.is_empty() && t.split_whitespace().count() <= 12).then_some((t, org))
    };
    let Some((first_i, first)) = els
        .iter()
        .enumerate()
        .find_map(|(i, e)| Some((i, value_of(e)?)))
    else {
        return Vec::new();
    };
    let parent = els[first_i].parent().map(|p| p.id());
    let mut out = vec![first];
    for el in &els[first_i + 1..] {
        if el.parent().map(|p| p.id()) == parent
            && let Some(v) = value_of(el)
            && !out.contains(&v)
        {
            out.push(v);
        }
    }
    out
}

/// Text of `<a rel=author>` links: the first one and links beside it.
pub(super) fn rel_author_links(doc: &Evidence) -> Vec<(String, bool)> {
    let links: Vec<(ElementRef, String)> = doc
        .rel_anchors
        .iter()
        .copied()
        .filter(|a| has_rel(a, "author"))
        .take(MAX_BYLINE_CANDIDATES)
        .map(|a| (a, element_text(a)))
        .filter(|(_, t)| !t.is_empty() && t.split_whitespace().count() <= 8)
        .collect();
    let Some((first, _)) = links.first() else {
        return Vec::new();
    };
    let parent = first.parent().map(|p| p.id());
    let mut out: Vec<(String, bool)> = Vec::new();
    for (a, t) in &links {
        if a.parent().map(|p| p.id()) == parent && !out.iter().any(|(o, _)| o == t) {
            out.push((t.clone(), false));
        }
    }
    out
}

pub(super) const MAX_BYLINE_CANDIDATES: usize = 20;

/// The first visible byline: an element whose class or id says "byline" or
/// "author", holding a short text that reads as one.
pub(super) fn class_byline(doc: &Evidence, ctx: &Context) -> Option<People> {
    // a bounded number of candidates: nested byline-classed elements must not make
    // this quadratic
    let mut candidates = 0;
    for &el in &doc.body_classed {
        let v = el.value();
        // (no word of either pattern holds a space, so class and id are
        // matched apart, as if joined by one)
        let marker = [v.attr("class").unwrap_or(""), v.attr("id").unwrap_or("")];
        if !marker.iter().any(|m| vocab::BYLINE_CLASS.is_match(m))
            || marker.iter().any(|m| vocab::NOT_BYLINE_CLASS.is_match(m))
        {
            continue;
        }
        candidates += 1;
        if candidates > MAX_BYLINE_CANDIDATES {
            return None;
        }
        if matches!(
            v.name(),
            "body"
                | "html"
                | "article"
                | "section"
                | "main"
                | "aside"
                | "nav"
                | "footer"
                | "script"
                | "style"
                | "img"
                | "meta"
                | "link"
        ) {
            continue;
        }
        let hidden = std::iter::once(el)
            .chain(el.ancestors().filter_map(|n| n.element()))
            .any(|a| {
                let av = a.value();
                av.attr("hidden").is_some()
                    || av.attr("aria-hidden") == Some("true")
                    || av
                        .attr("style")
                        .is_some_and(|s| s.replace(' ', "").contains("display:none"))
            });
        if hidden || outside_the_story(el, true) {
            continue;
        }
        let Some(lines) = element_lines(el, 20) else {
            continue;
        };
        let words: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
        if words == 0 || words > 20 {
            continue;
        }
        // line by line ("Ben Silverman" / "Games Editor"), then all of it
        let whole = lines.join(" ");
        for text in lines.iter().chain(std::iter::once(&whole)) {
            if let Some(p) = visible_byline(text, ctx) {
                return Some(p);
            }
        }
        // an hCard author ("author vcard", "p-author h-card", as blog themes
        // mark the writer) declares its name, even one word ("Heiko", "tlow")
        let hcard = v.attr("class").is_some_and(|c| {
            c.split_whitespace()
                .any(|w| vocab::HCARD_CLASSES.contains(&w))
        });
        if (hcard || archive_link_named(el, &whole))
            && words <= vocab::MAX_HCARD_NAME_WORDS
            && let Some(p) = read_people(&[(whole.clone(), false)], Said::Declared, ctx)
                .filter(|p| !p.persons.is_empty())
        {
            return Some(p);
        }
    }
    None
}

/// Whether `el` sits in the page's furniture rather than with its story: a
/// `nav`, a `blockquote` (a quote's or a testimonial's attribution), a
/// `footer` or (with `asides`) an `aside` of the page; the article element's
/// own footer or aside ("Von: Jane Doe" beside the headline) is the story's.
fn outside_the_story(el: ElementRef, asides: bool) -> bool {
    let mut up = el.ancestors().filter_map(|n| n.element());
    while let Some(a) = up.next() {
        match a.value().name() {
            "nav" | "blockquote" => return true,
            "footer" => return !up.any(|b| b.value().name() == "article"),
            "aside" if asides => return !up.any(|b| b.value().name() == "article"),
            _ => {}
        }
    }
    false
}

/// Whether a link in `el` (or `el` itself) leads to the author archive of
/// the name `text` shows: "/author/matthias/" for "Matthias".
fn archive_link_named(el: ElementRef, text: &str) -> bool {
    let name = squash(text);
    if name.chars().count() < 2 {
        return false;
    }
    std::iter::once(el)
        .chain(el.descendant_elements())
        .filter(|a| a.name() == "a")
        .filter_map(|a| a.attr("href"))
        .any(|href| {
            let path = href.split(['?', '#']).next().unwrap_or("");
            let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            segs.windows(2).any(|w| {
                vocab::AUTHOR_ARCHIVE_SEGMENTS.contains(&w[0].to_lowercase().as_str())
                    && squash(w[1]) == name
            })
        })
}

/// A byline as a page shows it, read with the text front end's byline parser.
pub(super) fn visible_byline(text: &str, ctx: &Context) -> Option<People> {
    let explicit = vocab::BYLINE_PREFIX.is_match(text) || LEAD_IN.is_match(text);
    if let Some(parsed) = parse_byline(text)
        && !parsed.authors.is_empty()
        && let Some(p) = read_people(
            &[(parsed.shown.clone(), false)],
            if explicit {
                Said::Labelled
            } else {
                Said::Plain
            },
            ctx,
        )
        && !p.persons.is_empty()
    {
        return Some(p);
    }
    if explicit
        && let Some(p) = read_people(&[(text.to_string(), false)], Said::Plain, ctx)
        && !p.persons.is_empty()
    {
        return Some(p);
    }
    None
}

pub(super) const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterms:creator",
    "author",
    "parsely-author",
    "byl",
    "sailthru:author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "citation_author",
];

/// The author a Twitter card's `twitter:labelN` / `twitter:dataN` pair names
/// ("Written by" / "Verfasst von": "Jane Doe"), as SEO plugins write it.
fn labelled_card_authors(metas: &Metas) -> Vec<(String, bool)> {
    (1..=4)
        .filter_map(|n| {
            let label = metas
                .get(&format!("twitter:label{n}"))?
                .trim()
                .to_lowercase();
            vocab::AUTHOR_CARD_LABELS
                .contains(&label.as_str())
                .then(|| metas.get(&format!("twitter:data{n}")))
                .flatten()
        })
        .map(|v| (v.to_string(), false))
        .collect()
}

/// Whether the page shows `name` as the whole text of an element (a user name
/// in metadata alone is often a login the page never shows: "brandon-peaktwo").
fn shown_as_text(dom: &Dom, name: &str) -> bool {
    dom.root()
        .texts()
        .any(|t| t.len() < name.len() + 64 && t.trim().eq_ignore_ascii_case(name))
}

/// A piece signed by the newsroom alone ("Redaktion", "Editorial Team"): the
/// desk is its author (`vocab::DESK_WORDS`), not a credit as an agency is,
/// when the page shows it as such (a team named only in `<meta>` may be the
/// site's department, not the piece's signature).
fn signed_by_desk(mut p: People, dom: &Dom) -> People {
    let desk = p.persons.is_empty()
        && p.orgs.len() == 1
        && p.byline.split_whitespace().count() <= vocab::MAX_DESK_WORDS
        && vocab::DESK_SIGNATURE.is_match(&p.byline)
        && !vocab::AGENCY_WORD.is_match(&p.byline)
        && shown_as_text(dom, &p.byline);
    if desk {
        p.persons = vec![p.byline.clone()];
        p.orgs.clear();
    }
    p
}

pub(super) fn people(
    dom: &Dom,
    doc: &Evidence,
    metas: &Metas,
    ld: &Ld,
    ctx: &Context,
) -> Option<People> {
    let mut sources: Vec<Vec<(String, bool)>> = Vec::new();
    if ld.is_article || ld.article.is_some() {
        sources.push(ld.authors());
    }
    for key in AUTHOR_KEYS {
        let values: Vec<(String, bool)> = metas
            .all(key)
            .into_iter()
            .filter(|v| !looks_like_url(v))
            .map(|v| (v.to_string(), false))
            .collect();
        sources.push(values);
    }
    sources.push(labelled_card_authors(metas));
    // JSON-LD and `<meta>` values are not shown; microdata and links are
    let unshown = sources.len();
    sources.push(microdata_authors(doc));
    sources.push(rel_author_links(doc));

    let mut first_org: Option<People> = None;
    // people who are only the site's own name ("Badische Zeitung" as the
    // author of badische-zeitung.de): a byline the page shows may name the writer
    let mut site_named: Option<People> = None;
    for (i, values) in sources.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
        if let Some(mut p) = read_people(values, Said::Declared, ctx) {
            if i < unshown {
                let before = p.persons.len();
                p.persons
                    .retain(|n| !is_user_name(n) || shown_as_text(dom, n));
                if p.persons.len() < before {
                    if p.persons.is_empty() {
                        continue;
                    }
                    p.byline = p.persons.join(", ");
                }
            }
            if !p.persons.is_empty() {
                let mut p = p;
                if p.orgs.is_empty()
                    && let Some(o) = &first_org
                {
                    p.orgs = o.orgs.clone();
                }
                if p.persons.iter().all(|n| ctx.equals_site(n)) {
                    site_named.get_or_insert(p);
                    continue;
                }
                return Some(p);
            }
            first_org.get_or_insert(p);
        }
    }
    // declared organisations only: the people may still be in the byline,
    // the organisations their credit
    if let Some(mut p) = class_byline(doc, ctx) {
        if let Some(o) = first_org.filter(|_| p.orgs.is_empty()) {
            p.orgs = o.orgs;
        }
        return Some(p);
    }
    if site_named.is_some() {
        return site_named;
    }
    if let Some(p) = first_org {
        return Some(signed_by_desk(p, dom));
    }
    let creator = metas.get("twitter:creator")?;
    let p = read_people(&[(creator.to_string(), false)], Said::Plain, ctx)?;
    (!p.persons.is_empty()).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_ins_before_a_name_are_dropped() {
        for (raw, name) in [
            ("Analysis by Jane Doe", "Jane Doe"),
            ("Words by Jo Bloggs", "Jo Bloggs"),
            ("Texto: Ana Ruiz", "Ana Ruiz"),
            ("Autorin: Eva Maier", "Eva Maier"),
            ("Auteur : Luc Martin", "Luc Martin"),
            ("Текст: Иван Петров", "Иван Петров"),
        ] {
            assert!(LEAD_IN.is_match(raw), "{raw}");
            assert_eq!(clean_shown(raw), name, "{raw}");
        }
        // a word that only begins like a label, and a label without its colon
        assert!(!LEAD_IN.is_match("Bystander Report"));
        assert!(!LEAD_IN.is_match("Texto sin autor"));
        assert!(!LEAD_IN.is_match("Reviewers by region"));
    }
}
