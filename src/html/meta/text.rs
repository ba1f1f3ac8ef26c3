//! Small text helpers the metadata passes share: whitespace, entities, element text.

use super::*;

// ---------------------------------------------------------------------------
// small text helpers

pub(super) fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn is_cjk(c: char) -> bool {
    crate::blocks::is_cjk(c)
}

/// Lowercase letters and digits only: "The Guardian" → "theguardian".
pub(super) fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words for length comparisons; two CJK characters count as one word.
pub(super) fn word_weight(s: &str) -> f32 {
    let cjk = s.chars().filter(|c| is_cjk(*c)).count();
    let latin = s
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric() && !is_cjk(c)))
        .count();
    latin as f32 + cjk as f32 / 2.0
}

pub(super) static URL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:https?://|www\.)[^\s()<>]+").unwrap());
pub(super) static EMAIL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").unwrap());
pub(super) static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));").unwrap()
});

pub(super) fn looks_like_url(s: &str) -> bool {
    let s = s.trim();
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("//")
        || s.starts_with("www.")
        || (s.starts_with('/') && !s.contains(' '))
}

/// Decode the character references that JSON-LD strings sometimes carry.
pub(super) fn decode_entities(s: &str) -> String {
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
                // every named entity of HTML ("&eacute;"), as the parser knows them
                let named = html5ever::data::NAMED_ENTITIES.get(&c[0][1..]);
                match named {
                    Some(&(c1, c2)) if c1 != 0 => {
                        let mut out: String = char::from_u32(c1).into_iter().collect();
                        out.extend(char::from_u32(c2).filter(|_| c2 != 0));
                        return out;
                    }
                    _ => None,
                }
            };
            ch.map_or_else(|| c[0].to_string(), |ch| ch.to_string())
        })
        .into_owned()
}

/// Visible text of an element, text nodes joined by spaces, scripts left out.
pub(super) fn element_text(el: ElementRef) -> String {
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
pub(super) fn element_lines(el: ElementRef, max_words: usize) -> Option<Vec<String>> {
    let is_block = crate::html::is_block_element;
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
pub(super) fn strip_markup(s: &str) -> String {
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
