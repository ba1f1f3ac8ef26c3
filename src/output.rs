//! Output writers: JSON (one object, or an array), JSON Lines, and text and
//! Markdown renderings for people. Every record is flushed as soon as it is
//! written, so output streams.

use std::io::{self, Write};

use clap::ValueEnum;
use newsclip::Article;
use serde::Serialize;

use crate::outcome::Outcome;

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One pretty JSON object; with several inputs, one JSON array.
    Json,
    /// One compact JSON record per line, one line per input.
    Jsonl,
    /// Plain text for reading.
    Text,
    /// Markdown for reading.
    Markdown,
    /// For one page, an HTML report of what was kept and dropped, and why.
    Explain,
}

/// The record for an input that failed, in JSON and JSON Lines output.
#[derive(Debug, Serialize)]
struct ErrorRecord<'a> {
    source: &'a str,
    error: &'a str,
}

/// Writes outcomes in one format.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    /// One input that is not a directory: JSON is a bare object, not an array.
    single: bool,
    /// Records written so far.
    written: usize,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, format: Format, single: bool) -> Self {
        Writer {
            out,
            format,
            single,
            written: 0,
        }
    }

    /// Start the output (the `[` of a JSON array).
    pub fn begin(&mut self) -> io::Result<()> {
        if self.is_array() {
            self.out.write_all(b"[")?;
            self.out.flush()?;
        }
        Ok(())
    }

    /// Write one outcome. Failed inputs get a `{"source", "error"}` record in
    /// JSON Lines and JSON arrays, and nothing otherwise.
    #[cfg(test)]
    pub fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let piece = render(self.format, self.is_array(), outcome);
        self.write_rendered(piece.as_deref())
    }

    /// Write one outcome already turned into text by [`render`] with this
    /// writer's format (`None`: the outcome has no output in this format).
    pub fn write_rendered(&mut self, piece: Option<&str>) -> io::Result<()> {
        let Some(piece) = piece else {
            return Ok(());
        };
        let sep: &[u8] = match self.format {
            _ if self.written == 0 => b"",
            Format::Json if self.is_array() => b",",
            Format::Text => b"\n",
            Format::Markdown => b"\n---\n\n",
            _ => b"",
        };
        self.out.write_all(sep)?;
        self.out.write_all(piece.as_bytes())?;
        self.written += 1;
        self.out.flush()
    }

    /// Does this writer want `render(.., array = true, ..)`?
    pub fn is_array(&self) -> bool {
        self.format == Format::Json && !self.single
    }

    /// End the output (the `]` of a JSON array) and flush.
    pub fn finish(&mut self) -> io::Result<()> {
        if self.is_array() {
            self.out
                .write_all(if self.written == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// One outcome as text in `format`, without the separator between records
/// (`array`: an element of a JSON array). `None` when the outcome has no output
/// in this format (a failure in text, Markdown or single-object JSON). Pure, so
/// it runs on the worker threads.
pub fn render(format: Format, array: bool, outcome: &Outcome) -> Option<String> {
    let error = |reason| ErrorRecord {
        source: &outcome.source,
        error: reason,
    };
    Some(match (format, &outcome.result) {
        (Format::Json, Err(_)) if !array => return None,
        (Format::Json, result) => {
            let json = match result {
                Ok(article) => to_json_pretty(article),
                Err(reason) => to_json_pretty(&error(reason)),
            };
            if array {
                // JSON strings hold no raw newlines, so this only indents structure.
                format!("\n  {}", json.replace('\n', "\n  "))
            } else {
                json + "\n"
            }
        }
        (Format::Jsonl, Ok(article)) => to_json(article) + "\n",
        (Format::Jsonl, Err(reason)) => to_json(&error(reason)) + "\n",
        // the report is rendered from the extraction's trace (`crate::report`)
        (Format::Text | Format::Markdown | Format::Explain, Err(_)) | (Format::Explain, _) => {
            return None;
        }
        (Format::Text, Ok(article)) => render_text(article),
        (Format::Markdown, Ok(article)) => render_markdown(article),
    })
}

/// The file written for an outcome under `--output-dir`: the record, or the
/// `{"source", "error"}` record of a failure; pretty unless `compact`.
pub fn render_file(outcome: &Outcome, compact: bool) -> String {
    let json = match &outcome.result {
        Ok(article) if compact => to_json(article),
        Ok(article) => to_json_pretty(article),
        Err(reason) => to_json_pretty(&ErrorRecord {
            source: &outcome.source,
            error: reason,
        }),
    };
    json + "\n"
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("records serialise")
}

fn to_json_pretty<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("records serialise")
}

/// The headline on one line, or the source when there is none.
fn title(article: &Article) -> String {
    let title = article.headline.as_deref().unwrap_or(&article.source);
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byline without a leading "By ".
fn byline(article: &Article) -> Option<&str> {
    let by = article.byline.as_deref()?.trim();
    let by = match by.get(..3) {
        Some(prefix) if prefix.eq_ignore_ascii_case("by ") => by[3..].trim_start(),
        _ => by,
    };
    (!by.is_empty()).then_some(by)
}

/// Plain text: headline underlined with `=`, "By … · date", bullets, body.
pub fn render_text(article: &Article) -> String {
    let mut out = String::new();
    let title = title(article);
    out.push_str(&title);
    out.push('\n');
    out.push_str(&"=".repeat(title.chars().count().max(1)));
    out.push('\n');
    let meta: Vec<String> = [
        byline(article).map(|b| format!("By {b}")),
        article.published.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        out.push_str(&meta.join(" · "));
        out.push('\n');
    }
    if !article.summary.is_empty() {
        out.push('\n');
        for point in &article.summary {
            out.push_str("  * ");
            out.push_str(point);
            out.push('\n');
        }
    }
    if !article.body.is_empty() {
        out.push('\n');
        out.push_str(&article.body);
        out.push('\n');
    }
    out
}

/// Markdown: `# headline`, `*By byline* · date`, `- ` bullets, body.
pub fn render_markdown(article: &Article) -> String {
    let mut out = String::new();
    out.push_str("# ");
    out.push_str(&title(article));
    out.push('\n');
    let meta: Vec<String> = [
        byline(article).map(|b| format!("*By {b}*")),
        article.published.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        out.push('\n');
        out.push_str(&meta.join(" · "));
        out.push('\n');
    }
    if !article.summary.is_empty() {
        out.push('\n');
        for point in &article.summary {
            out.push_str("- ");
            out.push_str(point);
            out.push('\n');
        }
    }
    if !article.body.is_empty() {
        out.push('\n');
        out.push_str(&article.body);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip::InputKind;

    fn article() -> Article {
        let mut a = Article::empty("x.txt", InputKind::Text);
        a.headline = Some("A Headline".to_string());
        a.byline = Some("By Jane Doe".to_string());
        a.published = Some("2024-03-25".to_string());
        a.summary = vec!["One point".to_string()];
        a.body = "First.\n\nSecond.".to_string();
        a
    }

    #[test]
    fn markdown_layout() {
        let md = render_markdown(&article());
        assert_eq!(
            md,
            "# A Headline\n\n*By Jane Doe* · 2024-03-25\n\n- One point\n\nFirst.\n\nSecond.\n"
        );
    }

    #[test]
    fn text_layout() {
        let text = render_text(&article());
        assert_eq!(
            text,
            "A Headline\n==========\nBy Jane Doe · 2024-03-25\n\n  * One point\n\nFirst.\n\nSecond.\n"
        );
    }

    #[test]
    fn json_array_and_lines() {
        let ok = Outcome {
            source: "a".to_string(),
            result: Ok(Article::empty("a", InputKind::Text)),
        };
        let bad = Outcome {
            source: "b".to_string(),
            result: Err("gone".to_string()),
        };

        let mut w = Writer::new(Vec::new(), Format::Json, false);
        w.begin().unwrap();
        w.write(&ok).unwrap();
        w.write(&bad).unwrap();
        w.finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&w.out).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        assert_eq!(v[1]["error"], "gone");

        let mut w = Writer::new(Vec::new(), Format::Jsonl, false);
        w.write(&ok).unwrap();
        w.write(&bad).unwrap();
        let text = String::from_utf8(w.out).unwrap();
        assert_eq!(text.lines().count(), 2);
        assert!(
            text.lines()
                .nth(1)
                .unwrap()
                .starts_with(r#"{"source":"b","error":"gone"}"#)
        );

        let mut w = Writer::new(Vec::new(), Format::Json, false);
        w.begin().unwrap();
        w.finish().unwrap();
        assert_eq!(w.out, b"[]\n");

        let mut w = Writer::new(Vec::new(), Format::Json, true);
        w.write(&bad).unwrap();
        assert!(w.out.is_empty());
    }
}
