//! The evidence the page kind is decided from, page by page, as TSV (to study
//! the thresholds of `pagekind::decide`):
//! `cargo run --release --example kind_features -- CORPUS_DIR [TEXT_DIR]`
//! CORPUS_DIR holds `truth.json` or `ground-truth.json` (id → `url`,
//! `page_type`) and `html/<id>.html.gz` (as `../shared/bench/wceb`); with
//! TEXT_DIR, the text renderings `<id>.txt` there are read instead.
use newsclip::metaeval;
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: CORPUS_DIR [TEXT_DIR]"))?;
    let text_dir = args.next();
    println!(
        "id\thalf\tpage_type\tkind\tdeclared\twords\tlink_words\tbody_words\tbody_paragraphs\tteasers\tpost_marks\tshop_marks\tentry_dates\tentry_bylines\toutside_headings\toutside_paragraphs\tbody_item_words\tdated\tsigned\theadline_words\tslug_words\tdepth\tog_only\thome\tstory_section\tsection_kind\turl_dated\tstory_points\ttyped_not_article\turl"
    );
    let dir = Path::new(&dir);
    let truth = ["truth.json", "ground-truth.json"]
        .iter()
        .map(|f| dir.join(f))
        .find(|f| f.is_file())
        .ok_or_else(|| anyhow::anyhow!("{}: no truth.json", dir.display()))?;
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&truth)?)?;
    for (id, t) in &truth {
        let field = |k: &str| t.get(k).and_then(|v| v.as_str()).filter(|s| !s.is_empty());
        let (path, kind) = match &text_dir {
            Some(t) => (
                Path::new(t).join(format!("{id}.txt")),
                newsclip::KindChoice::Text,
            ),
            None => (
                dir.join("html").join(format!("{id}.html.gz")),
                newsclip::KindChoice::Auto,
            ),
        };
        let bytes = metaeval::read_page(&path)?;
        let opts = newsclip::Options {
            url: field("url").map(str::to_string),
            kind,
            ..newsclip::Options::default()
        };
        let x = newsclip::explain_bytes(id, &bytes, &opts)?;
        let (e, l) = (&x.kind, &x.kind.layout);
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            id,
            if metaeval::held_out(id) {
                "held-out"
            } else {
                "tuning"
            },
            field("page_type").unwrap_or(""),
            x.article.page_kind.as_str(),
            e.declared.map_or("", |k| k.as_str()),
            l.words,
            l.link_words,
            l.body_words,
            l.body_paragraphs,
            l.teasers,
            l.post_marks,
            l.shop_marks,
            l.entry_dates,
            l.entry_bylines,
            l.outside_headings,
            l.outside_paragraphs,
            l.body_item_words,
            u8::from(e.dated),
            u8::from(e.signed),
            e.headline_words,
            e.slug_words,
            e.depth,
            u8::from(e.article_by_og_only),
            u8::from(e.home),
            u8::from(e.story_section),
            e.section_kind.map_or("", |k| k.as_str()),
            u8::from(e.url_dated),
            e.story_points(),
            u8::from(e.typed_not_article),
            field("url").unwrap_or(""),
        );
    }
    Ok(())
}
