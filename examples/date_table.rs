//! The date evidence and the authors of every page of trafilatura-eval and WCEB, one JSON
//! object a line, with the truth and the final record's date, for studying the
//! date rules offline:
//! `cargo run --release --example date_table > target/quality/dates.jsonl`
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let root = std::env::var_os("NEWSCLIP_BENCH")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"));
    for corpus in ["trafilatura-eval", "wceb"] {
        for p in newsclip::metaeval::load_corpus(&root.join(corpus))? {
            let bytes = newsclip::metaeval::read_page(&p.path)?;
            let Ok(html) = newsclip::input::decode::decode(&bytes, None) else {
                continue;
            };
            let dom = newsclip::html::dom::Dom::parse(&html);
            let mut ev = newsclip::html::meta::date_evidence(&dom);
            ev["meta_headline"] = newsclip::html::meta::page_meta(&dom).headline.into();
            let record = newsclip::extract_bytes(&p.id, &bytes, &newsclip::Options::default())?;
            ev["id"] = p.id.clone().into();
            ev["corpus"] = corpus.into();
            ev["held_out"] = newsclip::metaeval::held_out(&p.id).into();
            ev["truth"] = p.truth.date.clone().into();
            ev["record"] = record.published.clone().into();
            ev["truth_authors"] = serde_json::json!(p.truth.authors);
            ev["authors"] = serde_json::json!(record.authors);
            ev["byline"] = serde_json::json!(record.byline);
            ev["credit"] = serde_json::json!(record.credit);
            ev["headline"] = serde_json::json!(record.headline);
            ev["truth_headline"] = serde_json::json!(p.truth.headline);
            ev["kind"] = serde_json::json!(record.page_kind);
            ev["page_type"] = serde_json::json!(p.truth.page_type);
            println!("{ev}");
        }
    }
    Ok(())
}
