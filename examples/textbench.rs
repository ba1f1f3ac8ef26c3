//! Development aid for the plain-text front end: extract every page of a folder
//! and write the predictions `shared/bench/score.py` and `meta_score.py` read.
//!
//!     cargo run --release --example textbench -- DIR OUT.jsonl
//!     cargo run --release --example textbench -- --wet DIR OUT.jsonl [--keep WETDIR]
//!     cargo run --release --example textbench -- --html DIR OUT.jsonl   # HTML pages as they are
//!
//! With `--wet` the pages of DIR are HTML and are first rendered the way crawl
//! text exports (Common Crawl's WET files, many crawlers' "text" field) show a
//! page: the `<title>` on the first line, then one line per block of text, no
//! bullets, no indentation and no blank lines. `--keep` also writes those
//! renderings, one `<id>.txt` each. The id of a page is its file name without
//! `.txt`, `.html`, `.gz`, as the scorers expect.

use newsclip::html::dom::{Dom, Edge, NodeRef};
use std::io::Write;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut wet = false;
    let mut with_blocks = false;
    let mut html = false;
    let mut keep: Option<PathBuf> = None;
    let mut rest = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--wet" => wet = true,
            "--blocks" => with_blocks = true,
            "--html" => html = true,
            "--keep" => keep = args.next().map(PathBuf::from),
            _ if a.starts_with("--") => {}
            _ => rest.push(PathBuf::from(a)),
        }
    }
    let [dir, out] = &rest[..] else {
        anyhow::bail!("usage: textbench [--wet [--keep WETDIR]] DIR OUT.jsonl");
    };
    if let Some(k) = &keep {
        std::fs::create_dir_all(k)?;
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let opts = newsclip::Options {
        kind: if html {
            newsclip::KindChoice::Auto
        } else {
            newsclip::KindChoice::Text
        },
        ..newsclip::Options::default()
    };
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for path in &paths {
        let id = newsclip::eval::page_id(path);
        let bytes = std::fs::read(path)?;
        let bytes = newsclip::input::decompress(&bytes).map_err(anyhow::Error::msg)?;
        let Ok(text) = newsclip::input::decode::decode(&bytes, None) else {
            continue;
        };
        let text = if wet { render_wet(&text) } else { text };
        if let Some(k) = &keep {
            std::fs::write(k.join(format!("{id}.txt")), &text)?;
        }
        let a = newsclip::extract_str(&path.to_string_lossy(), &text, &opts)?;
        let mut line = serde_json::json!({
            "id": id,
            "body": a.body,
            "headline": a.headline,
            "byline": a.byline,
            "authors": a.authors,
            "published": a.published,
            "summary": a.summary,
            "credit": a.credit,
        });
        if with_blocks {
            line["blocks"] = blocks_of(&text);
        }
        writeln!(w, "{line}")?;
    }
    w.flush()?;
    eprintln!("{} pages → {}", paths.len(), out.display());
    Ok(())
}

/// `--blocks`: every block with its label after the boilerplate passes and whether
/// the body region holds it, to study the lead of many pages at once.
fn blocks_of(text: &str) -> serde_json::Value {
    let mut blocks = newsclip::text::blocks(text);
    newsclip::boilerplate::mark(&mut blocks, false);
    let region = newsclip::body::region(&blocks, &newsclip::extract::Hints::default());
    let rows: Vec<serde_json::Value> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let inside = region.is_some_and(|(a, z)| i >= a && i < z);
            let t = b.text.trim();
            let dated = newsclip::fields::find_date(t).is_some();
            let signed = newsclip::fields::parse_byline(t).is_some();
            let credit = newsclip::vocab::CREDIT_PREFIX.is_match(t)
                || newsclip::vocab::AGENCY_WORD.is_match(t);
            serde_json::json!([
                b.text,
                format!("{:?}", b.label),
                inside,
                format!("{:?}", b.shape),
                b.group,
                dated,
                signed,
                credit
            ])
        })
        .collect();
    serde_json::Value::Array(rows)
}

/// Elements whose text is never shown.
fn hidden(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "noscript" | "template" | "head" | "svg" | "iframe" | "select"
    )
}

/// Elements after which a crawl export starts a new line.
fn breaks_line(name: &str) -> bool {
    let heading = name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit();
    heading
        || matches!(
            name,
            "p" | "div"
                | "br"
                | "li"
                | "ul"
                | "ol"
                | "dl"
                | "dt"
                | "dd"
                | "tr"
                | "td"
                | "th"
                | "table"
                | "header"
                | "footer"
                | "nav"
                | "section"
                | "article"
                | "aside"
                | "main"
                | "blockquote"
                | "pre"
                | "figure"
                | "figcaption"
                | "form"
                | "hr"
                | "address"
                | "body"
                | "option"
                | "button"
                | "label"
        )
}

/// The page as a WET-style export: title line, then one line per block.
fn render_wet(html: &str) -> String {
    let dom = Dom::parse(html);
    let mut lines: Vec<String> = Vec::new();
    let title = dom
        .elements()
        .find(|e| e.name() == "title")
        .map(|e| e.texts().collect::<String>());
    if let Some(t) = title {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            lines.push(t);
        }
    }
    let mut line = String::new();
    let mut skip_depth = 0usize;
    let flush = |line: &mut String, lines: &mut Vec<String>| {
        let t = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            lines.push(t);
        }
        line.clear();
    };
    let name_of = |n: NodeRef<'_>| n.element().map(|e| e.name().to_string());
    for edge in dom.root().traverse() {
        match edge {
            Edge::Open(n) => {
                if let Some(name) = name_of(n) {
                    if skip_depth > 0 || hidden(&name) {
                        skip_depth += 1;
                    } else if breaks_line(&name) {
                        flush(&mut line, &mut lines);
                    }
                } else if skip_depth == 0
                    && let Some(t) = n.value().as_text()
                {
                    line.push_str(t);
                }
            }
            Edge::Close(n) => {
                if let Some(name) = name_of(n) {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if breaks_line(&name) {
                        flush(&mut line, &mut lines);
                    }
                }
            }
        }
    }
    flush(&mut line, &mut lines);
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
