//! Pages as JSON Lines (`--input-format jsonl`): one JSON object a line, with
//! the page in `html` or `text`, and optionally `url` and `id`.
//!
//! Lines are read one at a time, and no more than `--max-bytes` of a line is
//! ever held: memory stays flat on a stream of any length.

use std::io::{self, BufRead};

use newsclip::KindChoice;
use serde::Deserialize;

/// One line as read: its 1-based number, and its bytes (without the line end),
/// or `None` when it is longer than the limit.
#[derive(Debug)]
pub struct RawLine {
    pub number: u64,
    pub bytes: Option<Vec<u8>>,
}

/// The lines of a stream, each cut off at `max` bytes.
pub struct Lines<R> {
    reader: R,
    max: u64,
    number: u64,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R, max: u64) -> Self {
        Lines {
            reader,
            max,
            number: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = io::Result<RawLine>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut line = Vec::new();
        let mut over = false;
        let mut started = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            if chunk.is_empty() {
                self.done = true;
                if !started {
                    return None;
                }
                break;
            }
            started = true;
            let (take, ends) = match memchr::memchr(b'\n', chunk) {
                Some(at) => (at, true),
                None => (chunk.len(), false),
            };
            if !over {
                if (line.len() + take) as u64 > self.max {
                    over = true;
                    line = Vec::new();
                } else {
                    line.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take + usize::from(ends));
            if ends {
                break;
            }
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        self.number += 1;
        Some(Ok(RawLine {
            number: self.number,
            bytes: (!over).then_some(line),
        }))
    }
}

/// A page read from one line.
#[derive(Debug, PartialEq)]
pub struct Page {
    /// The record's `id`, as text (a string, or a number as written).
    pub id: Option<String>,
    pub url: Option<String>,
    /// `html` → HTML, `text` → text; `html` wins when both are given.
    pub kind: KindChoice,
    pub content: String,
}

#[derive(Deserialize)]
struct Fields {
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    id: Option<serde_json::Value>,
}

/// The page in one line; the error is a one-line reason.
pub fn parse(line: &[u8]) -> Result<Page, String> {
    let trimmed = line.trim_ascii();
    if trimmed.is_empty() {
        return Err(r#"empty line (expected a JSON object with "html" or "text")"#.to_string());
    }
    if trimmed[0] != b'{' {
        return Err(
            match serde_json::from_slice::<serde::de::IgnoredAny>(trimmed) {
                Ok(_) => "not a JSON object".to_string(),
                Err(e) => format!("not valid JSON: {e}"),
            },
        );
    }
    let fields: Fields = serde_json::from_slice(trimmed).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => format!("unusable record: {e}"),
        _ => format!("not valid JSON: {e}"),
    })?;
    let (kind, content) = match (fields.html, fields.text) {
        (Some(html), _) => (KindChoice::Html, html),
        (None, Some(text)) => (KindChoice::Text, text),
        (None, None) => return Err(r#"no "html" or "text" in the record"#.to_string()),
    };
    let id = match fields.id {
        Some(serde_json::Value::String(id)) => Some(id),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Ok(Page {
        id,
        url: fields.url,
        kind,
        content,
    })
}

/// The source of a page from a JSON Lines input: `INPUT#ID`, or `INPUT#LINE`.
pub fn source(input: &str, id: Option<&str>, line: u64) -> String {
    match id {
        Some(id) => format!("{input}#{id}"),
        None => format!("{input}#{line}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(data: &[u8], max: u64) -> Vec<(u64, Option<String>)> {
        // a tiny buffer, so that lines span many reads
        let reader = io::BufReader::with_capacity(3, data);
        Lines::new(reader, max)
            .map(|l| {
                let l = l.unwrap();
                (l.number, l.bytes.map(|b| String::from_utf8(b).unwrap()))
            })
            .collect()
    }

    #[test]
    fn lines_are_numbered_and_cut_at_the_limit() {
        let got = lines(b"ab\n\ntoo long\r\nxyz", 4);
        assert_eq!(
            got,
            [
                (1, Some("ab".to_string())),
                (2, Some(String::new())),
                (3, None),
                (4, Some("xyz".to_string())),
            ]
        );
        assert_eq!(lines(b"", 4), []);
        assert_eq!(lines(b"a\n", 4), [(1, Some("a".to_string()))]);
    }

    #[test]
    fn records_give_pages_or_reasons() {
        let page =
            parse(br#"{"id": 7, "html": "<p>x</p>", "url": "https://e.com/", "other": [1]}"#)
                .unwrap();
        assert_eq!(page.id.as_deref(), Some("7"));
        assert_eq!(page.kind, KindChoice::Html);
        assert_eq!(page.url.as_deref(), Some("https://e.com/"));
        let page = parse(br#"{"text": "words", "id": "a-1"}"#).unwrap();
        assert_eq!(
            (page.kind, page.id.as_deref()),
            (KindChoice::Text, Some("a-1"))
        );
        assert!(parse(b"").unwrap_err().starts_with("empty line"));
        assert!(
            parse(b"{\"html\": ")
                .unwrap_err()
                .starts_with("not valid JSON")
        );
        assert_eq!(parse(b"[1]").unwrap_err(), "not a JSON object");
        let err = parse(br#"{"html": 5}"#).unwrap_err();
        assert!(
            err.starts_with("unusable record: invalid type: integer"),
            "{err}"
        );
        assert!(
            parse(b"not json")
                .unwrap_err()
                .starts_with("not valid JSON")
        );
        assert!(
            parse(br#"{"url": "x"}"#)
                .unwrap_err()
                .contains("no \"html\"")
        );
        assert_eq!(source("-", Some("a"), 3), "-#a");
        assert_eq!(source("p.jsonl", None, 3), "p.jsonl#3");
    }
}
