//! `<meta>` tags: every name / property / itemprop with its content, by key.

use super::*;

// ---------------------------------------------------------------------------
// <meta> tags

pub(super) struct MetaTag {
    pub(super) key: String,
    pub(super) property: bool,
    pub(super) content: String,
}

pub(super) struct Metas {
    pub(super) tags: Vec<MetaTag>,
}

impl Metas {
    pub(super) fn collect(doc: &Evidence) -> Metas {
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
    pub(super) fn get(&self, key: &str) -> Option<&str> {
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
    pub(super) fn all(&self, key: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut seen = HashSet::new();
        for t in self.tags.iter().filter(|t| t.key == key) {
            if seen.insert(t.content.as_str()) {
                out.push(&t.content);
            }
        }
        out
    }

    pub(super) fn first_of(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.get(k))
    }
}
