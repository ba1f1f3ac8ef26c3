//! Where a text page's author line stands and what became of it:
//! `cargo run --release --example byline_misses -- TSV TEXT_DIR` reads the
//! per-page verdicts of `cargo bench --bench metadata` (`meta-*.tsv`) and, for
//! every page whose authors were missed, prints the region, the headline and
//! the first lines that hold the first expected name, with their labels and
//! what `parse_byline` reads in them.
use newsclip::blocks::Label;
fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (tsv, dir) = (args.next().expect("TSV"), args.next().expect("TEXT_DIR"));
    for line in std::fs::read_to_string(&tsv)?.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 11 || c[3] != "0" || c[9].is_empty() {
            continue;
        }
        let (id, truth, got) = (c[0], c[9], c[10]);
        let first = truth.split(';').next().unwrap_or("").trim().to_string();
        let bytes = std::fs::read(format!("{dir}/{id}.txt"))?;
        let opts = newsclip::Options {
            kind: newsclip::KindChoice::Text,
            ..Default::default()
        };
        let e = newsclip::explain_bytes(id, &bytes, &opts)?;
        let head = e.blocks.iter().position(|b| b.label == Label::Headline);
        println!(
            "== {id} truth [{truth}] got [{got}] region {:?} headline {head:?}",
            e.region
        );
        let norm = |s: &str| newsclip::metaeval::norm(s);
        for (i, b) in e
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| norm(&b.text).contains(&first))
            .take(3)
        {
            let t: String = b.text.chars().take(110).collect();
            let parsed = newsclip::fields::parse_byline(&b.text).map(|p| p.authors);
            println!(
                "   {i:4} {:?} w{} | {t} => {parsed:?}",
                b.label, b.features.words
            );
        }
    }
    Ok(())
}
