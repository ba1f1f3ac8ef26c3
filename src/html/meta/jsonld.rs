//! JSON-LD: lenient parsing, the article object (through `@graph`, arrays and
//! `mainEntity`), its types, and the objects it points to.

use super::*;

// ---------------------------------------------------------------------------
// JSON-LD

/// Every JSON value the page's `application/ld+json` scripts hold, read leniently.
pub(super) fn json_ld_values(doc: &Evidence) -> Vec<Value> {
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
pub(super) fn repair_json(s: &str) -> String {
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

pub(super) type Obj = Map<String, Value>;

/// The JSON-LD objects of a page, with the article among them.
pub(super) struct Ld<'a> {
    pub(super) nodes: Vec<&'a Obj>,
    pub(super) ids: HashMap<&'a str, &'a Obj>,
    /// The article object (NewsArticle, BlogPosting, ...), else a WebPage object.
    pub(super) article: Option<&'a Obj>,
    /// Whether `article` is a real article type rather than a page.
    pub(super) is_article: bool,
}

pub(super) const ARTICLE_TYPES: &[&str] = &[
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
pub(super) const PAGE_TYPES: &[&str] = &[
    "webpage",
    "itempage",
    "aboutpage",
    "collectionpage",
    "profilepage",
    "qapage",
    "faqpage",
    "medicalwebpage",
];
pub(super) const ORG_TYPES: &[&str] = &[
    "organization",
    "newsmediaorganization",
    "corporation",
    "educationalorganization",
    "governmentorganization",
    "ngo",
    "localbusiness",
    "onlinebusiness",
];

pub(super) fn types_of(o: &Obj) -> Vec<String> {
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

pub(super) fn has_type(o: &Obj, list: &[&str]) -> bool {
    types_of(o).iter().any(|t| list.contains(&t.as_str()))
}

/// A JSON-LD value as text: a string, the first string of an array, an object's
/// name or `@value`. Entities decoded, whitespace normalised.
pub(super) fn ld_text(v: Option<&Value>) -> Option<String> {
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
    pub(super) fn new(values: &'a [Value]) -> Ld<'a> {
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
    pub(super) fn resolve_obj(&self, o: &'a Obj) -> &'a Obj {
        if !o.contains_key("name")
            && let Some(target) = o.get("@id").and_then(Value::as_str)
            && let Some(n) = self.ids.get(target)
        {
            return n;
        }
        o
    }

    /// The `description` of the one product a page declares (and no article):
    /// a shop's own text about the item, which a script may draw. A page
    /// describing several products is a listing; none of them is its text.
    pub(super) fn product_description(&self) -> Option<&'a Value> {
        if self.is_article {
            return None;
        }
        let mut found = self
            .nodes
            .iter()
            .filter(|n| has_type(n, vocab::PRODUCT_TYPES))
            .filter_map(|n| n.get("description"))
            .filter(|d| d.is_string());
        let first = found.next()?;
        found.all(|d| d == first).then_some(first)
    }

    pub(super) fn article_field(&self, key: &str) -> Option<String> {
        ld_text(self.article?.get(key))
    }

    pub(super) fn publisher_name(&self) -> Option<String> {
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
    pub(super) fn site_node_name(&self) -> Option<String> {
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
    pub(super) fn authors(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        if let Some(a) = self.article.and_then(|a| a.get("author")) {
            self.people_of(a, &mut out, 0);
        }
        out
    }

    /// The names of the article's authors typed `Person`.
    pub(super) fn person_authors(&self) -> Vec<String> {
        let mut out = Vec::new();
        let Some(a) = self.article.and_then(|a| a.get("author")) else {
            return out;
        };
        let one = |v: &'a Value, out: &mut Vec<String>| {
            if let Value::Object(o) = v {
                let o = self.resolve_obj(o);
                if has_type(o, &["person"]) {
                    out.extend(ld_text(o.get("name")));
                }
            }
        };
        match a {
            Value::Array(items) => items.iter().for_each(|v| one(v, &mut out)),
            v => one(v, &mut out),
        }
        out
    }

    pub(super) fn people_of(&self, v: &'a Value, out: &mut Vec<(String, bool)>, depth: usize) {
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
                // (a blog's owner is often typed both Person and Organization)
                let org = has_type(o, ORG_TYPES) && !has_type(o, &["person"]);
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

    pub(super) fn in_language(&self) -> Option<String> {
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

pub(super) fn collect_nodes<'a>(v: &'a Value, out: &mut Vec<&'a Obj>, depth: usize) {
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
