//! Body quality on the development corpora, with the scrapinghub metric.
//!
//!     cargo bench --bench quality                 # every corpus under ../shared/bench
//!     cargo bench --bench quality -- DIR...       # some folders only
//!
//! Per-page figures go to target/quality/<corpus>.tsv (id, P, R, F1, exact), so
//! that two runs can be compared page by page; predictions to <corpus>.jsonl in
//! the form shared/bench/score.py reads.

use std::io::Write;
use std::path::{Path, PathBuf};

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
    let truth = newsclip::eval::load_truth(&root.join("scrapinghub/ground-truth.json"))?;
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/quality");
    std::fs::create_dir_all(&out_dir)?;
    let opts = newsclip::Options::default();
    println!(
        "{:<28} {:>6} {:>6} {:>6} {:>6} {:>4} {:>6}",
        "corpus", "F1", "P", "R", "acc", "n", "empty"
    );
    for dir in dirs {
        let (summary, pages) = newsclip::eval::run_corpus(&dir, &truth, |path| {
            let bytes = std::fs::read(path).unwrap_or_default();
            newsclip::extract_bytes(&path.to_string_lossy(), &bytes, &opts)
                .map(|a| a.body)
                .unwrap_or_default()
        })?;
        let name = dir
            .to_string_lossy()
            .trim_end_matches('/')
            .rsplit('/')
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("-");
        let empty = pages.iter().filter(|p| p.body.trim().is_empty()).count();
        println!(
            "{:<28} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>4} {:>6}",
            name, summary.f1, summary.precision, summary.recall, summary.accuracy, summary.n, empty
        );
        let mut tsv = std::fs::File::create(out_dir.join(format!("{name}.tsv")))?;
        let mut jsonl = std::fs::File::create(out_dir.join(format!("{name}.jsonl")))?;
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
