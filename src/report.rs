//! `--format explain`: one page's record and, below it, every block in reading
//! order, coloured by what the extraction decided, with the pass and reason
//! for furniture and the article region's start and end.
//!
//! Everything shown comes from [`newsclip::Explained`], the labels and region
//! the extraction itself computed. The report is one self-contained HTML file:
//! inline CSS, no scripts, no links.

use std::fmt::Write;

use newsclip::Explained;
use newsclip::blocks::{Block, Label, Shape};

/// What became of a block, as the report names and colours it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Body,
    Headline,
    Byline,
    Date,
    Summary,
    Credit,
    Furniture,
    /// In the region, but not kept by the body selection.
    Dropped,
    /// Outside the region, and no pass marked it.
    Outside,
}

impl Decision {
    fn of(block: &Block, in_region: bool) -> Self {
        match block.label {
            Label::Body => Decision::Body,
            Label::Headline => Decision::Headline,
            Label::Byline => Decision::Byline,
            Label::Date => Decision::Date,
            Label::Summary => Decision::Summary,
            Label::Credit => Decision::Credit,
            Label::Boilerplate(_) => Decision::Furniture,
            Label::Unknown if in_region => Decision::Dropped,
            Label::Unknown => Decision::Outside,
        }
    }

    /// The CSS class and the legend's words.
    fn name(self) -> (&'static str, &'static str) {
        match self {
            Decision::Body => ("body", "body"),
            Decision::Headline => ("headline", "headline"),
            Decision::Byline => ("byline", "byline"),
            Decision::Date => ("date", "date"),
            Decision::Summary => ("summary", "summary"),
            Decision::Credit => ("credit", "credit"),
            Decision::Furniture => ("furniture", "furniture"),
            Decision::Dropped => ("dropped", "in the region, not kept"),
            Decision::Outside => ("outside", "outside the region"),
        }
    }

    const ALL: [Decision; 9] = [
        Decision::Body,
        Decision::Headline,
        Decision::Byline,
        Decision::Date,
        Decision::Summary,
        Decision::Credit,
        Decision::Furniture,
        Decision::Dropped,
        Decision::Outside,
    ];
}

/// The pass behind each furniture reason (the function in `boilerplate.rs`, or
/// the stage), and what the reason means. Reasons not listed are shown by name.
const REASONS: &[(&str, &str, &str)] = &[
    (
        "renderer header",
        "renderer artefacts",
        "a text browser's own title or status line",
    ),
    (
        "placeholder",
        "renderer artefacts",
        "an image or frame placeholder left by the renderer",
    ),
    ("form", "renderer artefacts", "a form field or button"),
    ("skip link", "skip links", "a link to skip to the content"),
    (
        "counter",
        "counters and buttons",
        "a view, comment or share counter",
    ),
    (
        "share buttons",
        "counters and buttons",
        "a row of share buttons",
    ),
    (
        "advertisement",
        "ads and read-more lines",
        "an advertisement label",
    ),
    (
        "read more",
        "ads and read-more lines",
        "a line sending the reader elsewhere",
    ),
    (
        "follow",
        "ads and read-more lines",
        "a call to follow the publisher on social networks",
    ),
    (
        "script notice",
        "ads and read-more lines",
        "a notice that the page needs JavaScript",
    ),
    ("caption", "captions", "a picture's caption or credit"),
    (
        "footer",
        "footers",
        "a footer line (copyright, terms, contact)",
    ),
    (
        "link reference",
        "link references",
        "a list of link references",
    ),
    ("story list", "story lists", "a list of other stories"),
    (
        "story list heading",
        "story lists",
        "the heading of a long list of other stories, which closes the article",
    ),
    (
        "link list",
        "link lists",
        "a run of short linked items with no prose (a menu, tags)",
    ),
    (
        "repeated",
        "repeated blocks",
        "text that occurs more than once on the page",
    ),
    (
        "entry stamp",
        "entry stamps",
        "the date stamp of an entry in a comment thread",
    ),
    (
        "summary heading",
        "fields",
        "the heading of the key-point summary",
    ),
];

/// Why a furniture block was marked: the pass, and the reason in words. An
/// entry of a story list names the list's heading: the nearest block before it,
/// in its run of story-list blocks, that the pass labelled a heading (else the
/// run's first block: a short list's heading carries the entries' label).
fn why(blocks: &[Block], i: usize, reason: &str) -> (String, String) {
    let (pass, words) = REASONS
        .iter()
        .find(|(r, _, _)| *r == reason)
        .map_or((reason, reason), |&(_, pass, words)| (pass, words));
    let story = |b: &Block| {
        matches!(
            b.label,
            Label::Boilerplate("story list" | "story list heading")
        )
    };
    if reason == "story list" {
        let run: Vec<usize> = (0..i).rev().take_while(|&j| story(&blocks[j])).collect();
        let head = run
            .iter()
            .copied()
            .find(|&j| blocks[j].label == Label::Boilerplate("story list heading"))
            .or(run.last().copied());
        if let Some(head) = head {
            let heading = one_line(&blocks[head].text, 60);
            return (pass.to_string(), format!("story list under “{heading}”"));
        }
    }
    (pass.to_string(), words.to_string())
}

fn one_line(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() <= max {
        line
    } else {
        let cut: String = line.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

const CSS: &str = "
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60em;padding:1em 1.5em;color:#202124;background:#fff}
h1{font-size:1.3em;margin:.2em 0}h2{font-size:1.1em;margin:1.2em 0 .4em}
table.record{border-collapse:collapse;width:100%}
.record th{text-align:left;vertical-align:top;width:9em;color:#5f6368;font-weight:600;padding:.15em .6em .15em 0}
.record td{padding:.15em 0}.record td.body{white-space:pre-wrap;max-height:12em;overflow:auto;display:block}
.legend span{display:inline-block;margin:0 .4em .3em 0;padding:.05em .5em;border-radius:3px;border-left:5px solid}
.blk{margin:.25em 0;padding:.3em .6em;border-left:5px solid;border-radius:3px}
.blk .meta{font-size:.78em;color:#5f6368;margin-bottom:.1em}
.blk .n{display:inline-block;min-width:2.5em}
.blk .tag{font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-right:.5em}
.blk p{margin:0;white-space:pre-wrap}
.blk.heading p{font-weight:700}.blk.item p:before{content:'• '}
.mark{margin:.5em 0;padding:.2em .6em;font-weight:700;color:#fff;background:#1a73e8;border-radius:3px}
.body{background:#e6f4ea;border-color:#1e8e3e}
.headline{background:#e8f0fe;border-color:#1a73e8}
.byline{background:#f3e8fd;border-color:#9334e6}
.date{background:#fef7e0;border-color:#f9ab00}
.summary{background:#e4f7fb;border-color:#12b5cb}
.credit{background:#fde7f3;border-color:#e52592}
.furniture{background:#fce8e6;border-color:#d93025}.blk.furniture p{color:#80868b}
.dropped{background:#f1f3f4;border-color:#9aa0a6}
.outside{background:#fff;border-color:#dadce0;border-style:dashed}.blk.outside p{color:#80868b}
";

/// The report for one page.
pub fn render(explained: &Explained) -> String {
    let Explained {
        article,
        blocks,
        region,
        ..
    } = explained;
    let mut out =
        String::with_capacity(4096 + blocks.iter().map(|b| b.text.len() * 2).sum::<usize>());
    let title = article.headline.as_deref().unwrap_or(&article.source);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>newsclip explain: {}</title><style>{CSS}</style></head><body>\n\
         <h1>newsclip explain: {}</h1>\n",
        esc(&one_line(title, 80)),
        esc(&article.source)
    );

    // the record, key by key as the JSON output has it
    out.push_str("<h2>Record</h2>\n<table class=\"record\">\n");
    for (key, value) in fields_in_order(article) {
        let text = match value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Array(items) => items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join(" · "),
            other => other.to_string(),
        };
        let class = if key == "body" { " class=\"body\"" } else { "" };
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td{class}>{}</td></tr>",
            esc(&key),
            esc(&text)
        );
    }
    out.push_str("</table>\n");

    // the legend, with counts
    let in_region = |i: usize| region.is_some_and(|(a, z)| (a..z).contains(&i));
    let decisions: Vec<Decision> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| Decision::of(b, in_region(i)))
        .collect();
    let region_text = match region {
        Some((a, z)) => format!("the article region is blocks {}–{}", a + 1, z),
        None => "no article region was found".to_string(),
    };
    let pruned = match article.input_kind {
        newsclip::InputKind::Html => {
            " Elements the HTML front end removed before blocks were made (scripts, \
             menus, footers and the like, by tag, role or class) are not shown."
        }
        newsclip::InputKind::Text => "",
    };
    let _ = write!(
        out,
        "<h2>Blocks</h2>\n<p>{} blocks in reading order; {region_text}.{pruned}</p>\n<p class=\"legend\">",
        blocks.len()
    );
    for d in Decision::ALL {
        let count = decisions.iter().filter(|&&x| x == d).count();
        let (class, words) = d.name();
        let _ = write!(out, "<span class=\"{class}\">{words}: {count}</span>");
    }
    out.push_str("</p>\n<div class=\"blocks\">\n");

    // the blocks
    for (i, (block, decision)) in blocks.iter().zip(&decisions).enumerate() {
        if region.is_some_and(|(a, _)| a == i) {
            let _ = writeln!(
                out,
                "<div class=\"mark\" id=\"region-start\">▼ article region starts (block {})</div>",
                i + 1
            );
        }
        let (class, words) = decision.name();
        let shape = match block.shape {
            Shape::Plain => "",
            Shape::Item => " item",
            Shape::Heading => " heading",
        };
        let why = match block.label {
            Label::Boilerplate(reason) => {
                let (pass, words) = why(blocks, i, reason);
                format!(
                    "<span class=\"why\">{} <i>(pass: {})</i></span>",
                    esc(&words),
                    esc(&pass)
                )
            }
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "<div class=\"blk {class}{shape}\" id=\"b{n}\"><div class=\"meta\"><span class=\"n\">{n}</span>\
             <span class=\"tag\">{words}</span>{why}</div><p>{}</p></div>",
            esc(&block.text),
            n = i + 1,
        );
        if region.is_some_and(|(_, z)| z == i + 1) {
            let _ = writeln!(
                out,
                "<div class=\"mark\" id=\"region-end\">▲ article region ends (after block {})</div>",
                i + 1
            );
        }
    }
    out.push_str("</div>\n</body></html>\n");
    out
}

/// The record's keys and values in the order its JSON has them.
fn fields_in_order(article: &newsclip::Article) -> Vec<(String, serde_json::Value)> {
    struct Fields(Vec<(String, serde_json::Value)>);
    impl<'de> serde::Deserialize<'de> for Fields {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Fields;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a record")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Fields, A::Error> {
                    let mut fields = Vec::new();
                    while let Some(entry) = map.next_entry()? {
                        fields.push(entry);
                    }
                    Ok(Fields(fields))
                }
            }
            d.deserialize_map(Visit)
        }
    }
    let json = serde_json::to_string(article).expect("records serialise");
    serde_json::from_str::<Fields>(&json)
        .expect("a record is an object")
        .0
}

/// Text for HTML element content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn a_story_list_entry_names_its_heading() {
        let block = |text: &str, label| {
            let mut b = Block::new(text.to_string(), Shape::Item, 0, 0);
            b.label = label;
            b
        };
        let blocks = vec![
            block("Some prose before the list.", Label::Body),
            block("Latest Stories", Label::Boilerplate("story list heading")),
            block("A story", Label::Boilerplate("story list")),
            block(
                "Weekly Best Articles",
                Label::Boilerplate("story list heading"),
            ),
            block("One story", Label::Boilerplate("story list")),
            block("Another story", Label::Boilerplate("story list")),
        ];
        let (pass, words) = why(&blocks, 5, "story list");
        assert_eq!(pass, "story lists");
        assert_eq!(words, "story list under “Weekly Best Articles”");
        assert_eq!(
            why(&blocks, 2, "story list").1,
            "story list under “Latest Stories”"
        );
        assert_eq!(why(&blocks, 1, "story list heading").0, "story lists");
    }
}
