//! Body quality on the development corpora, with the scrapinghub metric.
//!
//!     cargo bench --bench quality                 # every corpus under ../shared/bench
//!     cargo bench --bench quality -- DIR...       # some folders only
//!
//! Per-page figures go to target/quality/<corpus>.tsv (id, P, R, F1, exact), so
//! that two runs can be compared page by page; predictions to <corpus>.jsonl in
//! the form shared/bench/score.py reads. Also reported: single-thread extraction
//! speed (pages read into memory first, so only extraction is timed).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn bench_root() -> PathBuf {
    std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

fn main() -> anyhow::Result<()> {
    let root = bench_root();
    let args: Vec<PathBuf> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    let dirs = if args.is_empty() {
        [
            "scrapinghub/html",
            "readability-pages",
            "scrapinghub-text/w3m",
            "scrapinghub-text/lynx",
            "scrapinghub-text/elinks",
        ]
        .iter()
        .map(|d| root.join(d))
        .collect()
    } else {
        args
    };
    let truth_path = root.join("scrapinghub/ground-truth.json");
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/quality");
    std::fs::create_dir_all(&out_dir)?;
    let opts = newsclip::Options::default();
    println!(
        "{:<28} {:>6} {:>6} {:>6} {:>6} {:>4} {:>6} {:>9} {:>7}",
        "corpus", "F1", "P", "R", "acc", "n", "empty", "pages/s", "MB/s"
    );
    for dir in dirs {
        let corpus = newsclip::eval::Corpus::open(&dir, &truth_path)?;
        // read (and keep) every page first so that only extraction is timed
        let inputs: std::collections::HashMap<PathBuf, Vec<u8>> = corpus
            .pages
            .iter()
            .filter(|(_, p)| !p.as_os_str().is_empty())
            .map(|(_, p)| (p.clone(), std::fs::read(p).unwrap_or_default()))
            .collect();
        let bytes: usize = inputs.values().map(Vec::len).sum();
        let started = Instant::now();
        let (summary, pages) = corpus.score(|path| {
            newsclip::extract_bytes(&path.to_string_lossy(), &inputs[path], &opts)
                .map(|a| a.body)
                .unwrap_or_default()
        });
        // scoring is a small share of the time; time extraction alone below
        let _ = started;
        let started = Instant::now();
        for (path, data) in &inputs {
            let _ = std::hint::black_box(newsclip::extract_bytes(
                &path.to_string_lossy(),
                data,
                &opts,
            ));
        }
        let secs = started.elapsed().as_secs_f64();
        let empty = pages.iter().filter(|p| p.body.trim().is_empty()).count();
        println!(
            "{:<28} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>4} {:>6} {:>9.0} {:>7.1}",
            corpus.name,
            summary.f1,
            summary.precision,
            summary.recall,
            summary.accuracy,
            summary.n,
            empty,
            inputs.len() as f64 / secs,
            bytes as f64 / secs / 1e6
        );
        let mut tsv = std::fs::File::create(out_dir.join(format!("{}.tsv", corpus.name)))?;
        let mut jsonl = std::fs::File::create(out_dir.join(format!("{}.jsonl", corpus.name)))?;
        writeln!(tsv, "id\tprecision\trecall\tf1\texact")?;
        for p in &pages {
            let s = &p.score;
            let f = |x: Option<f64>| x.map_or(String::new(), |v| format!("{v:.4}"));
            writeln!(
                tsv,
                "{}\t{}\t{}\t{:.4}\t{}",
                p.id,
                f(s.precision()),
                f(s.recall()),
                s.f1(),
                s.exact as u8
            )?;
            writeln!(jsonl, "{}", serde_json::json!({"id": p.id, "body": p.body}))?;
        }
    }
    Ok(())
}
