//! Development aid: why a text page's headline is not among its candidates.
//! For each trafilatura-eval w3m page (tuning half) whose truth title no
//! candidate equals, prints where the title is in the page's blocks and why it
//! was not a candidate.
//!
//!     cargo run --release --example headline_misses [-- RENDERER]

use newsclip::blocks::{Label, Shape};
use newsclip::fields::headline_text;
use newsclip::metaeval;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let renderer = std::env::args().nth(1).unwrap_or_else(|| "w3m".into());
    let root = std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench")));
    let traf = metaeval::load_corpus(&root.join("trafilatura-eval"))?;
    let dir = root.join("trafilatura-eval-text").join(&renderer);
    let mut why: BTreeMap<String, usize> = BTreeMap::new();
    for p in traf.iter().filter(|p| !metaeval::held_out(&p.id)) {
        let Some(title) = &p.truth.headline else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{}.txt", p.id))) else {
            continue;
        };
        let (blocks, body_start, cands) =
            newsclip::fields::text_page_candidates(&text, p.url.as_deref());
        let from = body_start.saturating_sub(newsclip::fields::TEXT_HEADLINE_WINDOW);
        let want = metaeval::norm(title);
        let is = |i: usize| metaeval::norm(&headline_text(&blocks[i].text)) == want;
        if cands.iter().any(|c| is(c.index)) {
            continue;
        }
        let reason = match (0..blocks.len()).find(|&i| is(i)) {
            Some(i) => {
                let b = &blocks[i];
                let t = b.text.trim();
                if i >= body_start {
                    format!(
                        "after body start ({} blocks in)",
                        if i - body_start < 3 { "<3" } else { ">=3" }
                    )
                } else if i < from {
                    "before window".into()
                } else if !matches!(
                    b.label,
                    Label::Unknown
                        | Label::Boilerplate("repeated")
                        | Label::Boilerplate("link list")
                ) {
                    format!("label {:?}", b.label)
                } else if b.shape == Shape::Item {
                    "list item".into()
                } else if t.ends_with('.') {
                    "ends with full stop".into()
                } else if newsclip::fields::find_date(t).is_some() {
                    "holds a date".into()
                } else if b.features.words > 35 || b.features.words < 2 {
                    "length".into()
                } else {
                    "other (byline prefix / name / second byline)".into()
                }
            }
            None => {
                let w = metaeval::norm(title);
                match blocks
                    .iter()
                    .position(|b| metaeval::norm(&b.text).contains(&w))
                {
                    Some(i) if i < body_start => "inside a longer line before the body".into(),
                    Some(_) => "inside a longer line in/after the body".into(),
                    None => "not a line".into(),
                }
            }
        };
        println!("{}\t{}\t{}", reason, p.id, title);
        *why.entry(reason).or_default() += 1;
    }
    for (k, n) in &why {
        eprintln!("{n:5} {k}");
    }
    Ok(())
}
