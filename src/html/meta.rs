//! Page metadata from every source an HTML page offers: JSON-LD, OpenGraph and
//! Twitter cards, `<meta>` tags, microdata, `<time>`, `rel=author`, `<title>`.
//!
//! Each field has its own order of preference, most specific first:
//!
//! - headline: JSON-LD `headline` (then `name`) of the article object, `dc:title`,
//!   `og:title`, `twitter:title`, Parse.ly / Sailthru titles, `<meta name=title>`,
//!   microdata `headline`, a JSON-LD `WebPage` name, `<title>`; then cleaned of the
//!   site name, the author, dates and section labels around separators.
//! - byline / authors / credit: JSON-LD `author`, `dc:creator`, `author`,
//!   `parsely-author`, `byl`, `sailthru.author`, `article:author` (not a URL),
//!   microdata `itemprop=author`, `rel=author` links; the first of these that names a
//!   person wins (organisations go to `credit`). Only when none of them names
//!   anyone: an element whose class says "byline" or "author", then a
//!   `twitter:creator` that is a name rather than a handle.
//! - published: JSON-LD `datePublished`, `article:published_time`, Parse.ly,
//!   `datePublished` properties, Dublin Core and other date metas, `<time pubdate>` /
//!   `itemprop=datePublished`, JSON-LD `dateCreated` then `dateModified`, the first
//!   `<time datetime>` that is not marked as a modification.
//! - site name: JSON-LD `publisher.name`, `og:site_name`, `application-name`, a
//!   JSON-LD `WebSite` / `Organization` object.
//! - lang: `<html lang>`, JSON-LD `inLanguage`, `content-language`, `og:locale`.

use super::dom::{Data, Dom, Edge, ElementRef, NodeId};
use crate::fields::{find_date, parse_byline};
use crate::vocab;
use regex::Regex;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// What the page says about itself, each field already cleaned. `None` / empty
/// when the page does not say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// The article's headline from metadata (og:title, JSON-LD headline, <title>),
    /// with the site name and separators stripped. The visible h1 is chosen elsewhere.
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 publication date or date-time.
    pub published: Option<String>,
    pub site_name: Option<String>,
    /// ISO 639-1 code from `<html lang>` or metadata.
    pub lang: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    pub section: Option<String>,
    /// Agency or organisation credited as author.
    pub credit: Option<String>,
    /// JSON-LD `articleBody`, when present (a hint for body detection).
    pub article_body: Option<String>,
    /// The meta description (not the summary; a hint only).
    pub description: Option<String>,
    /// ISO 8601 date of the last modification, when the page says.
    pub modified: Option<String>,
}

/// Read metadata from a parsed document.
pub fn page_meta(doc: &Dom) -> PageMeta {
    let doc = &Evidence::collect(doc);
    let metas = Metas::collect(doc);
    let ld_values = json_ld_values(doc);
    let ld = Ld::new(&ld_values);
    let mut meta = PageMeta {
        url: canonical_url(doc, &metas, &ld),
        ..PageMeta::default()
    };
    meta.site_name = site_name(&metas, &ld);
    meta.lang = language(doc, &metas, &ld);
    meta.section = section(&metas, &ld);
    meta.description = description(&metas, &ld);
    meta.article_body = ld
        .article
        .and_then(|a| ld_text(a.get("articleBody")))
        .map(|b| strip_markup(&b))
        .filter(|b| !b.is_empty());
    meta.published = published(doc, &metas, &ld);
    meta.modified = modified(&metas, &ld);

    let mut site_names: Vec<String> = Vec::new();
    site_names.extend(meta.site_name.clone());
    site_names.extend(ld.publisher_name());
    site_names.extend(metas.get("og:site_name").map(str::to_string));
    site_names.extend(metas.get("application-name").map(str::to_string));
    site_names.extend(metas.get("apple-mobile-web-app-title").map(str::to_string));
    site_names.extend(ld.site_node_name());
    // a site's name is short; apps sometimes name themselves after the page
    site_names.retain(|s| word_weight(s) <= 5.0 && !squash(s).is_empty());
    site_names.dedup();
    let host = meta
        .url
        .as_deref()
        .or(metas.get("og:url"))
        .and_then(host_of);
    let ctx = Context { site_names, host };

    if let Some(people) = people(doc, &metas, &ld, &ctx) {
        meta.byline = Some(people.byline);
        meta.authors = people.persons;
        meta.credit = people.orgs.into_iter().next();
    }
    meta.headline = headline(doc, &metas, &ld, &ctx, &meta);
    meta
}

// ---------------------------------------------------------------------------
// the elements metadata is read from, found in one walk of the document

/// Every element the metadata passes look at, each list in document order.
struct Evidence<'a> {
    /// `meta`
    metas: Vec<ElementRef<'a>>,
    /// `script[type]`
    typed_scripts: Vec<ElementRef<'a>>,
    /// The first `html` element with a `lang` or `xml:lang` attribute.
    html_lang: Option<ElementRef<'a>>,
    /// The first `title` inside a `head`, and the first `title` anywhere.
    head_title: Option<ElementRef<'a>>,
    any_title: Option<ElementRef<'a>>,
    /// `link[rel][href]`
    links: Vec<ElementRef<'a>>,
    /// `a[rel]`
    rel_anchors: Vec<ElementRef<'a>>,
    /// `[itemprop]`
    itemprops: Vec<ElementRef<'a>>,
    /// `time`
    times: Vec<ElementRef<'a>>,
    /// Elements with a `class` or an `id` inside a `body` (`body [class], body [id]`).
    body_classed: Vec<ElementRef<'a>>,
}

impl<'a> Evidence<'a> {
    fn collect(doc: &'a Dom) -> Evidence<'a> {
        let mut ev = Evidence {
            metas: Vec::new(),
            typed_scripts: Vec::new(),
            html_lang: None,
            head_title: None,
            any_title: None,
            links: Vec::new(),
            rel_anchors: Vec::new(),
            itemprops: Vec::new(),
            times: Vec::new(),
            body_classed: Vec::new(),
        };
        // open `head` and `body` elements around the current one; a template's
        // contents have no ancestors (as for selectors)
        let (mut heads, mut bodies) = (0usize, 0usize);
        let mut outside_templates: Vec<(usize, usize)> = Vec::new();
        for edge in doc.root().traverse() {
            let (node, open) = match edge {
                Edge::Open(n) => (n, true),
                Edge::Close(n) => (n, false),
            };
            if matches!(node.value(), Data::Fragment) {
                if open {
                    outside_templates.push((heads, bodies));
                    (heads, bodies) = (0, 0);
                } else {
                    (heads, bodies) = outside_templates.pop().unwrap_or((0, 0));
                }
                continue;
            }
            let Some(el) = node.element() else {
                continue;
            };
            let name = el.name();
            if !open {
                match name {
                    "head" => heads -= 1,
                    "body" => bodies -= 1,
                    _ => {}
                }
                continue;
            }
            let v = el.value();
            let mut has_class_or_id = false;
            let mut has_itemprop = false;
            for a in &v.attrs {
                match &*a.name.local {
                    "class" | "id" => has_class_or_id = true,
                    "itemprop" => has_itemprop = true,
                    _ => {}
                }
            }
            if has_itemprop && v.attr("itemprop").is_some() {
                ev.itemprops.push(el);
            }
            if has_class_or_id && bodies > 0 {
                ev.body_classed.push(el);
            }
            match name {
                "meta" => ev.metas.push(el),
                "script" if v.attr("type").is_some() => ev.typed_scripts.push(el),
                "html"
                    if ev.html_lang.is_none()
                        && (v.attr("lang").is_some() || v.attr("xml:lang").is_some()) =>
                {
                    ev.html_lang = Some(el)
                }
                "title" => {
                    ev.any_title.get_or_insert(el);
                    if heads > 0 {
                        ev.head_title.get_or_insert(el);
                    }
                }
                "link" if v.attr("rel").is_some() && v.attr("href").is_some() => ev.links.push(el),
                "a" if v.attr("rel").is_some() => ev.rel_anchors.push(el),
                "time" => ev.times.push(el),
                "head" => heads += 1,
                "body" => bodies += 1,
                _ => {}
            }
        }
        ev
    }
}

// ---------------------------------------------------------------------------
// small text helpers

fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_cjk(c: char) -> bool {
    crate::blocks::is_cjk(c)
}

/// Lowercase letters and digits only: "The Guardian" → "theguardian".
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words for length comparisons; two CJK characters count as one word.
fn word_weight(s: &str) -> f32 {
    let cjk = s.chars().filter(|c| is_cjk(*c)).count();
    let latin = s
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric() && !is_cjk(c)))
        .count();
    latin as f32 + cjk as f32 / 2.0
}

static URL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:https?://|www\.)[^\s()<>]+").unwrap());
static EMAIL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").unwrap());
static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp|ndash|mdash|hellip|rsquo|lsquo|rdquo|ldquo));").unwrap()
});

fn looks_like_url(s: &str) -> bool {
    let s = s.trim();
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("//")
        || s.starts_with("www.")
        || (s.starts_with('/') && !s.contains(' '))
}

/// Decode the character references that JSON-LD strings sometimes carry.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    ENTITY
        .replace_all(s, |c: &regex::Captures| {
            let ch = if let Some(d) = c.get(1) {
                d.as_str().parse::<u32>().ok().and_then(char::from_u32)
            } else if let Some(h) = c.get(2) {
                u32::from_str_radix(h.as_str(), 16)
                    .ok()
                    .and_then(char::from_u32)
            } else {
                Some(match &c[3] {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    "nbsp" => '\u{a0}',
                    "ndash" => '–',
                    "mdash" => '—',
                    "hellip" => '…',
                    "rsquo" => '’',
                    "lsquo" => '‘',
                    "rdquo" => '”',
                    _ => '“',
                })
            };
            ch.map_or_else(|| c[0].to_string(), |ch| ch.to_string())
        })
        .into_owned()
}

/// Visible text of an element, text nodes joined by spaces, scripts left out.
fn element_text(el: ElementRef) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        if let Some(t) = node.value().as_text() {
            let hidden = node
                .parent()
                .and_then(|p| p.value().as_element().map(|e| e.name()))
                .is_some_and(|n| matches!(n, "script" | "style" | "noscript" | "template"));
            if !hidden {
                out.push(' ');
                out.push_str(t);
            }
        }
    }
    normalize_ws(&out)
}

/// Visible text of an element in lines: block elements and `<br>` break lines.
/// `None` as soon as the text has more than `max_words` words, so that a long
/// subtree is not read whole. A loop, not a recursion: nesting depth is unbounded.
fn element_lines(el: ElementRef, max_words: usize) -> Option<Vec<String>> {
    let is_block = super::is_block_element;
    let mut out = String::new();
    // the script or style whose subtree is being skipped
    let mut skip: Option<NodeId> = None;
    let (mut words, mut in_word) = (0usize, false);
    for edge in el.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() || node.id() == el.id() {
                    continue;
                }
                if let Some(t) = node.value().as_text() {
                    for c in t.chars() {
                        let space = c.is_whitespace();
                        words += usize::from(!space && !in_word);
                        in_word = !space;
                    }
                    if words > max_words {
                        return None;
                    }
                    out.push_str(t);
                } else if let Some(e) = node.value().as_element() {
                    if matches!(e.name(), "script" | "style" | "noscript" | "template") {
                        skip = Some(node.id());
                        continue;
                    }
                    if is_block(e.name()) {
                        out.push('\n');
                    }
                    out.push(' ');
                    in_word = false;
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() || node.id() == el.id() {
                    continue;
                }
                if let Some(e) = node.value().as_element() {
                    out.push(' ');
                    in_word = false;
                    if is_block(e.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    Some(
        out.lines()
            .map(normalize_ws)
            .filter(|l| !l.is_empty())
            .collect(),
    )
}

/// An HTML fragment (JSON-LD `articleBody` sometimes is one) as plain text.
fn strip_markup(s: &str) -> String {
    if !(s.contains('<') && s.contains('>')) {
        return s.trim().to_string();
    }
    static BREAK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|tr)\b[^>]*>")
            .unwrap()
    });
    let marked = BREAK.replace_all(s, "\u{1}");
    let frag = Dom::parse_fragment(&marked);
    let text: String = frag
        .root()
        .children()
        .find_map(|n| n.element())
        .map(|e| e.texts().collect())
        .unwrap_or_default();
    text.split('\u{1}')
        .map(normalize_ws)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

// ---------------------------------------------------------------------------
// <meta> tags

struct MetaTag {
    key: String,
    property: bool,
    content: String,
}

struct Metas {
    tags: Vec<MetaTag>,
}

impl Metas {
    fn collect(doc: &Evidence) -> Metas {
        let mut tags = Vec::new();
        for el in &doc.metas {
            let v = el.value();
            let Some(content) = v.attr("content").or_else(|| v.attr("value")) else {
                continue;
            };
            let content = normalize_ws(content);
            if content.is_empty() {
                continue;
            }
            for (attr, property) in [
                ("property", true),
                ("name", false),
                ("itemprop", false),
                ("http-equiv", false),
            ] {
                if let Some(keys) = v.attr(attr) {
                    for key in keys.split_whitespace() {
                        tags.push(MetaTag {
                            key: key.to_lowercase().replace('.', ":"),
                            property,
                            content: content.clone(),
                        });
                    }
                }
            }
        }
        Metas { tags }
    }

    /// The value of `key` (`.` written as `:`), a `property=` tag before a `name=` one.
    fn get(&self, key: &str) -> Option<&str> {
        let mut found = self.tags.iter().filter(|t| t.key == key);
        let first = found.next()?;
        if first.property {
            return Some(&first.content);
        }
        Some(
            found
                .find(|t| t.property)
                .map_or(first.content.as_str(), |t| t.content.as_str()),
        )
    }

    /// Every distinct value of `key`, in document order.
    fn all(&self, key: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut seen = HashSet::new();
        for t in self.tags.iter().filter(|t| t.key == key) {
            if seen.insert(t.content.as_str()) {
                out.push(&t.content);
            }
        }
        out
    }

    fn first_of(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.get(k))
    }
}

// ---------------------------------------------------------------------------
// JSON-LD

/// Every JSON value the page's `application/ld+json` scripts hold, read leniently.
fn json_ld_values(doc: &Evidence) -> Vec<Value> {
    let mut out = Vec::new();
    for el in &doc.typed_scripts {
        let ty = el.value().attr("type").unwrap_or("").to_ascii_lowercase();
        if !ty.contains("ld+json") {
            continue;
        }
        let text: String = el.texts().collect();
        out.extend(parse_json_lenient(&text));
    }
    out
}

/// Parse JSON as pages write it: wrapped in comments or CDATA, with trailing
/// commas, raw newlines in strings, several values in a row. Never panics; gives
/// up (empty) when nothing can be read.
pub fn parse_json_lenient(text: &str) -> Vec<Value> {
    let mut s = text.trim();
    loop {
        let before = s;
        for prefix in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
            s = s.strip_prefix(prefix).unwrap_or(s).trim_start();
        }
        for suffix in ["-->", "//]]>", "/*]]>*/", "]]>", ";"] {
            s = s.strip_suffix(suffix).unwrap_or(s).trim_end();
        }
        if s == before {
            break;
        }
    }
    if s.is_empty() {
        return Vec::new();
    }
    if let Ok(v) = serde_json::from_str::<Value>(s) {
        return vec![v];
    }
    let repaired = repair_json(s);
    if let Ok(v) = serde_json::from_str::<Value>(&repaired) {
        return vec![v];
    }
    // several values in a row, or garbage after the first one
    let mut out = Vec::new();
    for v in serde_json::Deserializer::from_str(&repaired).into_iter::<Value>() {
        match v {
            Ok(v) => out.push(v),
            Err(_) => break,
        }
    }
    out
}

/// Escape control characters inside strings, drop invalid escapes, comments
/// and trailing commas.
fn repair_json(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 16);
    let mut in_string = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_string {
            match c {
                '\\' => {
                    let next = chars.get(i + 1).copied();
                    match next {
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't' | 'u') => {
                            out.push('\\');
                            out.push(next.unwrap_or('\\'));
                        }
                        Some(other) => out.push(other), // \' and friends
                        None => {}
                    }
                    i += 2;
                    continue;
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {}
                c => out.push(c),
            }
            i += 1;
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
                continue;
            }
            ',' => {
                let mut j = i + 1;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                if !matches!(chars.get(j), Some('}' | ']')) {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

type Obj = Map<String, Value>;

/// The JSON-LD objects of a page, with the article among them.
struct Ld<'a> {
    nodes: Vec<&'a Obj>,
    ids: HashMap<&'a str, &'a Obj>,
    /// The article object (NewsArticle, BlogPosting, ...), else a WebPage object.
    article: Option<&'a Obj>,
    /// Whether `article` is a real article type rather than a page.
    is_article: bool,
}

const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "analysisnewsarticle",
    "askpublicnewsarticle",
    "backgroundnewsarticle",
    "opinionnewsarticle",
    "reportagenewsarticle",
    "reviewnewsarticle",
    "satiricalarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "discussionforumposting",
    "techarticle",
    "scholarlyarticle",
    "medicalscholarlyarticle",
    "report",
    "advertisercontentarticle",
];
const PAGE_TYPES: &[&str] = &[
    "webpage",
    "itempage",
    "aboutpage",
    "collectionpage",
    "profilepage",
    "qapage",
    "faqpage",
    "medicalwebpage",
];
const ORG_TYPES: &[&str] = &[
    "organization",
    "newsmediaorganization",
    "corporation",
    "educationalorganization",
    "governmentorganization",
    "ngo",
    "localbusiness",
    "onlinebusiness",
];

fn types_of(o: &Obj) -> Vec<String> {
    let last = |s: &str| {
        s.rsplit(['/', '#', ':'])
            .next()
            .unwrap_or(s)
            .trim()
            .to_lowercase()
    };
    match o.get("@type") {
        Some(Value::String(s)) => vec![last(s)],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(last).collect(),
        _ => Vec::new(),
    }
}

fn has_type(o: &Obj, list: &[&str]) -> bool {
    types_of(o).iter().any(|t| list.contains(&t.as_str()))
}

/// A JSON-LD value as text: a string, the first string of an array, an object's
/// name or `@value`. Entities decoded, whitespace normalised.
fn ld_text(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => decode_entities(s),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => return a.iter().find_map(|x| ld_text(Some(x))),
        Value::Object(o) => return ld_text(o.get("name").or_else(|| o.get("@value"))),
        _ => return None,
    };
    let s = normalize_ws(&s);
    (!s.is_empty()).then_some(s)
}

impl<'a> Ld<'a> {
    fn new(values: &'a [Value]) -> Ld<'a> {
        let mut nodes = Vec::new();
        for v in values {
            collect_nodes(v, &mut nodes, 0);
        }
        let mut ids = HashMap::new();
        for n in &nodes {
            if let Some(id) = n.get("@id").and_then(Value::as_str) {
                ids.entry(id).or_insert(*n);
            }
        }
        let mut best: Option<(u8, &Obj)> = None;
        for n in &nodes {
            let rank = if has_type(n, ARTICLE_TYPES) {
                4
            } else if has_type(n, PAGE_TYPES) {
                2
            } else {
                continue;
            } + u8::from(n.contains_key("headline") || n.contains_key("name"));
            if best.is_none_or(|(r, _)| rank > r) {
                best = Some((rank, n));
            }
        }
        Ld {
            article: best.map(|(_, n)| n),
            is_article: best.is_some_and(|(r, _)| r >= 4),
            nodes,
            ids,
        }
    }

    /// An object, or the object its `@id` points to.
    fn resolve_obj(&self, o: &'a Obj) -> &'a Obj {
        if !o.contains_key("name") {
            if let Some(target) = o.get("@id").and_then(Value::as_str) {
                if let Some(n) = self.ids.get(target) {
                    return n;
                }
            }
        }
        o
    }

    fn article_field(&self, key: &str) -> Option<String> {
        ld_text(self.article?.get(key))
    }

    fn publisher_name(&self) -> Option<String> {
        let article = self.article?;
        match article.get("publisher")? {
            Value::Object(o) => ld_text(self.resolve_obj(o).get("name")),
            Value::Array(a) => a.iter().find_map(|x| match x {
                Value::Object(o) => ld_text(self.resolve_obj(o).get("name")),
                other => ld_text(Some(other)),
            }),
            other => ld_text(Some(other)),
        }
    }

    /// The name of a `WebSite` object, else of a standalone `Organization`.
    fn site_node_name(&self) -> Option<String> {
        let site = self
            .nodes
            .iter()
            .find(|n| has_type(n, &["website"]))
            .and_then(|n| ld_text(n.get("name")));
        site.or_else(|| {
            self.nodes
                .iter()
                .find(|n| has_type(n, ORG_TYPES))
                .and_then(|n| ld_text(n.get("name")))
        })
    }

    /// The article's authors: (name, is an organisation).
    fn authors(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        if let Some(a) = self.article.and_then(|a| a.get("author")) {
            self.people_of(a, &mut out, 0);
        }
        out
    }

    fn people_of(&self, v: &'a Value, out: &mut Vec<(String, bool)>, depth: usize) {
        if depth > 3 {
            return;
        }
        match v {
            Value::String(s) => {
                let s = normalize_ws(&decode_entities(s));
                if !s.is_empty() {
                    out.push((s, false));
                }
            }
            Value::Array(a) => {
                for x in a {
                    self.people_of(x, out, depth + 1);
                }
            }
            Value::Object(o) => {
                let o = self.resolve_obj(o);
                let org = has_type(o, ORG_TYPES);
                let name = ld_text(o.get("name")).or_else(|| {
                    let given = ld_text(o.get("givenName"))?;
                    Some(match ld_text(o.get("familyName")) {
                        Some(f) => format!("{given} {f}"),
                        None => given,
                    })
                });
                if let Some(name) = name {
                    out.push((name, org));
                }
            }
            _ => {}
        }
    }

    fn in_language(&self) -> Option<String> {
        // a code, or a Language object: {"name": "English", "alternateName": "en"}
        let code = |n: &Obj| match n.get("inLanguage")? {
            Value::Object(o) => ld_text(o.get("alternateName")).or_else(|| ld_text(o.get("name"))),
            other => ld_text(Some(other)),
        };
        self.article
            .and_then(code)
            .or_else(|| self.nodes.iter().find_map(|n| code(n)))
    }
}

fn collect_nodes<'a>(v: &'a Value, out: &mut Vec<&'a Obj>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => {
            for x in a {
                collect_nodes(x, out, depth + 1);
            }
        }
        Value::Object(o) => {
            if o.contains_key("@type") {
                out.push(o);
            }
            if let Some(g) = o.get("@graph") {
                collect_nodes(g, out, depth + 1);
            }
            if let Some(m @ Value::Object(_)) = o.get("mainEntity") {
                collect_nodes(m, out, depth + 1);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// url, site name, language, section, description

fn has_rel(el: &ElementRef, token: &str) -> bool {
    el.value()
        .attr("rel")
        .is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
}

fn absolute(url: &str, base: Option<&str>) -> Option<String> {
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

fn canonical_url(doc: &Evidence, metas: &Metas, ld: &Ld) -> Option<String> {
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
fn host_of(url: &str) -> Option<String> {
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
fn corporate(name: &str) -> bool {
    static CORP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:,?\s(?:inc|llc|ltd|plc|gmbh|s\.a|corp)\.?|\s(?:company|corporation|group|holdings|media|medien|publishing|enterprises))$").unwrap()
    });
    CORP.is_match(name)
}

fn site_name(metas: &Metas, ld: &Ld) -> Option<String> {
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
fn drop_tagline(name: &str) -> String {
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

fn language(doc: &Evidence, metas: &Metas, ld: &Ld) -> Option<String> {
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

fn section(metas: &Metas, ld: &Ld) -> Option<String> {
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

fn description(metas: &Metas, ld: &Ld) -> Option<String> {
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

fn month_number(name: &str) -> Option<u32> {
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

fn format_date(
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

const PUBLISHED_KEYS: &[&str] = &[
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

fn published(doc: &Evidence, metas: &Metas, ld: &Ld) -> Option<String> {
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

fn modified(metas: &Metas, ld: &Ld) -> Option<String> {
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
// authors

/// What the rest of the page tells about names: the site's own names.
struct Context {
    site_names: Vec<String>,
    host: Option<String>,
}

impl Context {
    /// Whether `part` names the site: its name, its domain, or their initials.
    fn is_site(&self, part: &str) -> bool {
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
fn name_words(s: &str) -> Vec<String> {
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
fn close_names(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.concat() == b.concat() {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.concat().chars().count() >= 3 && long.starts_with(short)
}

struct People {
    byline: String,
    persons: Vec<String>,
    orgs: Vec<String>,
}

enum Name {
    Person(String),
    Org(String),
    Reject,
}

static CUT_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:last\s+)?updated|published|posted\s+on|mis à jour|aktualisiert|actualizado)\b|\b(?:edited|photos?|photographs|illustrations?|graphics|videos?|reviewed|fact[- ]checked|additional reporting)\s+by\b|\|").unwrap()
});
static SPLIT_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:;|·|•|\s/\s|\s(?:and|&|und|et|y|e|og|och)\s)\s*").unwrap()
});
static WITH_GROUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\(\s*(?:with|avec|con|mit|com)\s+([^)]*)\)").unwrap());
static PARENS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*\([^)]*\)").unwrap());

/// Clean an author value the way it would be shown: no "By", URLs, e-mails,
/// dates or what follows them, roles.
fn clean_shown(raw: &str) -> String {
    let mut t = normalize_ws(&decode_entities(raw));
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
/// the text front end's prefixes.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:analysis|opinion|commentary|review|story|words|text|report|reporting|interview|column|essay|photos?|video|compiled|posted|published|written)\s+by\s+|(?:текст|texto|testo|tekst|autora?|autorin|auteure?|author|by)\s*:\s*)").unwrap()
});
static EMPTY_PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*\)|<\s*>|\[\s*\]").unwrap());
static ROLE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    let alts: Vec<String> = vocab::ROLES.iter().map(|r| regex::escape(r)).collect();
    Regex::new(&format!(r"(?i)^(?:\p{{L}}+\s+)?(?:{})s?$", alts.join("|"))).unwrap()
});
/// A job title after the name: "AP Auto Writer", "CNN Editor-at-large".
static ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let alts: Vec<String> = vocab::ROLES.iter().map(|r| regex::escape(r)).collect();
    Regex::new(&format!(
        r"(?i)^(?:[\p{{L}}.&'’-]+\s+){{0,4}}(?:{})s?(?:-[\p{{L}}-]+)?$",
        alts.join("|")
    ))
    .unwrap()
});
static DASH_SEP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[-–—|]\s+").unwrap());

/// Leave out the parts of a byline that are only a job title:
/// "Jane Doe, Staff Writer" → "Jane Doe"; "Our Foreign Staff" stays.
fn drop_roles(t: &str) -> String {
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
fn split_names(shown: &str) -> Vec<String> {
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
            if vocab::NAME_GENERATIONS.contains(&p.to_lowercase().as_str()) {
                if let Some(last) = merged.last_mut() {
                    last.push_str(", ");
                    last.push_str(p);
                    continue;
                }
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

const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ter", "al", "el", "bin", "ibn", "y", "zu", "st.", "e", "ten", "af",
];

fn title_case_word(w: &str) -> String {
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

/// Person, organisation, or neither. `single` allows a one-word name (the field
/// said it is an author); `org` is the source's own word that it is one.
fn classify(raw: &str, org: bool, single: bool, ctx: &Context) -> Name {
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
    let equals_site = ctx
        .site_names
        .iter()
        .any(|s| name_words(s).concat() == words.concat());
    if org
        || vocab::AGENCY.is_match(name)
        || vocab::ORGANISATION.is_match(name)
        || vocab::ORGANISATION_NAME_WORD.is_match(name)
        // "CNN Business", "Telegraph Sport"; but a blog may bear its author's name
        || (!equals_site && ctx.is_site(name))
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

/// Organisations named after the first name of a byline, set off by commas.
fn split_credits(shown: &str, ctx: &Context) -> (String, Vec<String>) {
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
fn read_people(values: &[(String, bool)], single: bool, ctx: &Context) -> Option<People> {
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
            match classify(&n, *org, single, ctx) {
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
fn itemprop_is(el: &ElementRef, prop: &str) -> bool {
    el.value()
        .attr("itemprop")
        .is_some_and(|p| p.split_whitespace().any(|t| t.eq_ignore_ascii_case(prop)))
}

/// Authors marked up with microdata: `itemprop=author`, with a nested
/// `itemprop=name` or as text. The first one and its siblings.
fn microdata_authors(doc: &Evidence) -> Vec<(String, bool)> {
    // a bounded number: each is read whole, and nesting must not make this quadratic
    let els: Vec<ElementRef> = doc
        .itemprops
        .iter()
        .copied()
        .filter(|e| itemprop_is(e, "author") || itemprop_is(e, "creator"))
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
        if el.parent().map(|p| p.id()) == parent {
            if let Some(v) = value_of(el) {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// Text of `<a rel=author>` links: the first one and links beside it.
fn rel_author_links(doc: &Evidence) -> Vec<(String, bool)> {
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

static BYLINE_CLASS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)byline|author|writtenby").unwrap());
static NOT_BYLINE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)avatar|image|img|photo|thumb|bio|about|social|follow|share|comment|more|related|recirc|widget|tab|email|twitter|facebook").unwrap()
});

const MAX_BYLINE_CANDIDATES: usize = 20;

/// The first visible byline: an element whose class or id says "byline" or
/// "author", holding a short text that reads as one.
fn class_byline(doc: &Evidence, ctx: &Context) -> Option<People> {
    // a bounded number of candidates: nested byline-classed elements must not make
    // this quadratic
    let mut candidates = 0;
    for &el in &doc.body_classed {
        let v = el.value();
        let marker = format!(
            "{} {}",
            v.attr("class").unwrap_or(""),
            v.attr("id").unwrap_or("")
        );
        if !BYLINE_CLASS.is_match(&marker) || NOT_BYLINE_CLASS.is_match(&marker) {
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
                    || matches!(av.name(), "nav" | "footer" | "aside")
            });
        if hidden {
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
    }
    None
}

/// A byline as a page shows it, read with the text front end's byline parser.
fn visible_byline(text: &str, ctx: &Context) -> Option<People> {
    let explicit = vocab::BYLINE_PREFIX.is_match(text);
    if let Some(parsed) = parse_byline(text) {
        if !parsed.authors.is_empty() {
            if let Some(p) = read_people(&[(parsed.shown.clone(), false)], explicit, ctx) {
                if !p.persons.is_empty() {
                    return Some(p);
                }
            }
        }
    }
    if explicit {
        if let Some(p) = read_people(&[(text.to_string(), false)], false, ctx) {
            if !p.persons.is_empty() {
                return Some(p);
            }
        }
    }
    None
}

const AUTHOR_KEYS: &[&str] = &[
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

fn people(doc: &Evidence, metas: &Metas, ld: &Ld, ctx: &Context) -> Option<People> {
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
    sources.push(microdata_authors(doc));
    sources.push(rel_author_links(doc));

    let mut first_org: Option<People> = None;
    for values in sources.iter().filter(|v| !v.is_empty()) {
        if let Some(p) = read_people(values, true, ctx) {
            if !p.persons.is_empty() {
                let mut p = p;
                if p.orgs.is_empty() {
                    if let Some(o) = &first_org {
                        p.orgs = o.orgs.clone();
                    }
                }
                return Some(p);
            }
            first_org.get_or_insert(p);
        }
    }
    if first_org.is_some() {
        return first_org;
    }
    if let Some(p) = class_byline(doc, ctx) {
        return Some(p);
    }
    let creator = metas.get("twitter:creator")?;
    let p = read_people(&[(creator.to_string(), false)], false, ctx)?;
    (!p.persons.is_empty()).then_some(p)
}

// ---------------------------------------------------------------------------
// headline

static TAIL_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:\||-|–|—|::|»|·|•|/|\\|~)\s+").unwrap());
// `^([\p{L}][\p{L} '’-]{0,24}?)\s*:\s+(\S)`, written out (patterns.rs)
use crate::patterns::SECTION_COLON;
static DATE_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$").unwrap());

/// Separators after which a title may end in a short site or section name even in
/// OpenGraph / JSON-LD titles; `<title>` may end in one after any separator.
fn strong_sep(sep: &str) -> bool {
    matches!(sep.trim(), "|" | "::" | "»" | "·" | "•" | "~")
}

struct TitleCtx<'a> {
    ctx: &'a Context,
    authors: &'a [String],
    section: Option<&'a str>,
}

impl TitleCtx<'_> {
    fn is_author(&self, part: &str) -> bool {
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

    fn is_section(&self, part: &str) -> bool {
        let p = part.trim().to_lowercase();
        vocab::HEADLINE_SECTION_PREFIXES.contains(&p.as_str())
            || self
                .section
                .is_some_and(|s| squash(s) == squash(&p) && !p.is_empty())
    }

    fn is_date(&self, part: &str) -> bool {
        let p = part.trim();
        DATE_ONLY.is_match(p)
            || (p.split_whitespace().count() <= 5
                && vocab::DATE
                    .find(p)
                    .is_some_and(|m| m.as_str().len() + 4 >= p.len()))
    }
}

/// Strip the site name, the author, dates and section labels from a title.
fn clean_title(raw: &str, tc: &TitleCtx, from_title_tag: bool) -> Option<String> {
    let mut t = normalize_ws(&decode_entities(raw));
    // trailing separator junk: "Title :: Site ::"
    loop {
        let trimmed = t
            .trim_end_matches(|c: char| c.is_whitespace() || "|:-–—»·".contains(c))
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
fn overlap(a: &str, b: &str) -> f32 {
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

fn headline(
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
    if let (Some(t), [h, n]) = (&title, ld_titles.as_slice()) {
        if overlap(n, t) > overlap(h, t) {
            ld_titles.swap(0, 1);
        }
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
    if stem.len() < first.len() && stem.len() >= 20 {
        if let Some(full) = cleaned[1..]
            .iter()
            .find(|c| c.len() > stem.len() && c.starts_with(stem))
        {
            return Some(full.clone());
        }
    }
    Some(first.clone())
}
