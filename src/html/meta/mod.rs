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

pub(crate) mod authors;
mod dates;
mod headline;
mod jsonld;
mod kind;
mod site;
mod tags;
mod text;

use authors::*;
use dates::*;
use headline::*;
use jsonld::*;
use kind::*;
use site::*;
use tags::*;
use text::*;

pub use authors::is_user_name;
pub use dates::normalize_date;
pub use headline::overlap;
pub use jsonld::parse_json_lenient;
pub use site::normalize_lang;

/// What the page says about itself, each field already cleaned. `None` / empty
/// when the page does not say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// The article's headline from metadata (og:title, JSON-LD headline, `<title>`),
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
    /// A declared product's JSON-LD `description`, as paragraphs (a second
    /// opinion on a product page's body).
    pub product_body: Option<String>,
    /// ISO 8601 date of the last modification, when the page says.
    pub modified: Option<String>,
    /// The kind of page its declared types (JSON-LD, `og:type`) name.
    pub declared_kind: Option<crate::record::PageKind>,
    /// The article `declared_kind` names is only `og:type`'s, which some
    /// publishing software gives every page, not a JSON-LD article type.
    pub article_by_og_only: bool,
    /// The page declares JSON-LD types and no article among them (publishing
    /// software declares a post an article, a static page a `WebPage`).
    pub typed_not_article: bool,
    /// The page shows a date where a story's stands (not only in its markup).
    pub shows_date: bool,
    /// The page declares a thread's posts, or the questions of a Q&A or FAQ
    /// page: entries one after another, all of them the text.
    pub declares_entries: bool,
}

/// A JSON-LD `articleBody` as paragraphs joined by a blank line: split at its
/// markup's blocks when it is an HTML fragment, else at its line breaks.
fn declared_paragraphs(v: &Value) -> Option<String> {
    let raw = match v {
        Value::String(s) => s,
        Value::Array(a) => a.iter().find_map(|x| x.as_str())?,
        _ => return None,
    };
    let s = decode_entities(raw);
    if s.contains('<') && s.contains('>') {
        return Some(strip_markup(&s));
    }
    Some(
        s.lines()
            .map(normalize_ws)
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
    )
}

/// Read metadata from a parsed document.
pub fn page_meta(dom: &Dom) -> PageMeta {
    let doc = &Evidence::collect(dom);
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
        .and_then(|a| declared_paragraphs(a.get("articleBody")?))
        .filter(|b| !b.is_empty());
    meta.product_body = ld
        .product_description()
        .and_then(declared_paragraphs)
        .filter(|b| !b.is_empty());
    meta.modified = modified(&metas, &ld);
    meta.declared_kind = declared_kind(&metas, &ld, &doc.item_types);
    meta.article_by_og_only =
        meta.declared_kind == Some(crate::record::PageKind::Article) && !declares_article(&ld);
    meta.typed_not_article = typed_not_article(&ld);
    meta.declares_entries = declares_entries(&ld, &doc.item_types);
    let shown = shown_dates(dom, meta.lang.as_deref());
    meta.shows_date = !shown.near.is_empty();
    meta.published = choose_published(
        published(doc, &metas, &ld),
        meta.modified.as_deref(),
        &shown,
        meta.url.as_deref().or(metas.get("og:url")),
    );

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
    let ctx = Context {
        site_names,
        host,
        declared_persons: ld.person_authors(),
    };

    if let Some(people) = people(dom, doc, &metas, &ld, &ctx) {
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
    /// The microdata types of `[itemtype]` elements, lowercased, without their
    /// vocabulary's address (`http://schema.org/Comment` → `comment`).
    item_types: Vec<String>,
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
            item_types: Vec::new(),
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
                    "itemtype" => ev.item_types.extend(a.value.split_whitespace().map(|t| {
                        t.rsplit(['/', '#'])
                            .next()
                            .unwrap_or(t)
                            .to_ascii_lowercase()
                    })),
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

/// The date evidence of a page, for debugging (`examples/meta_dump.rs`,
/// `examples/date_table.rs`): the declared publication and modification dates,
/// the date the page shows as its own, the URL's, and every shown date.
#[doc(hidden)]
pub fn date_evidence(dom: &Dom) -> Value {
    let doc = &Evidence::collect(dom);
    let metas = Metas::collect(doc);
    let ld_values = json_ld_values(doc);
    let ld = Ld::new(&ld_values);
    let lang = language(doc, &metas, &ld);
    let shown = shown_dates(dom, lang.as_deref());
    let url = canonical_url(doc, &metas, &ld).or(metas.get("og:url").map(str::to_string));
    let one = |s: &Shown| {
        serde_json::json!({
            "date": s.found.date.iso(),
            "label": format!("{:?}", s.found.label),
            "source": format!("{:?}", s.source),
            "after_h1": s.after_h1,
        })
    };
    let declared = published(doc, &metas, &ld);
    let modified = modified(&metas, &ld);
    serde_json::json!({
        "lang": lang,
        "declared": declared,
        "modified": modified,
        "story": shown.story_date().as_ref().map(one),
        "only_elsewhere": shown.only_elsewhere().as_ref().map(one),
        "url_day": url.as_deref().and_then(crate::dates::url_date).map(|d| d.iso()),
        "latest": shown.latest.map(|d| d.iso()),
        "earliest": shown.earliest.map(|d| d.iso()),
        "near": shown.near.iter().map(one).collect::<Vec<_>>(),
        "elsewhere": shown.elsewhere.iter().map(one).collect::<Vec<_>>(),
        "chosen": choose_published(declared.clone(), modified.as_deref(), &shown, url.as_deref()),
    })
}
