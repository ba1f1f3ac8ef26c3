//! Body quality on the development corpora of ../shared/bench (or $NEWSCLIP_BENCH):
//! the body metric (scrapinghub, Readability's pages, WCEB) and the snippets metric
//! (trafilatura-eval), as shared/bench/score.py computes them, with the truncated-body
//! count and the spacing rule of fidelity.py ("spaced": pages with more spaces before
//! punctuation than their truth; "added": those where some of the spaces are not the
//! page's own, see `newsclip::eval::fidelity::added_spacing`).
//!
//!     cargo bench --bench quality                      # every corpus
//!     cargo bench --bench quality -- wceb html         # by name prefix, or `html`/`text`
//!     cargo bench --bench quality -- --aside           # also trafilatura-eval's held-aside half
//!     cargo bench --bench quality -- --jobs 1 DIR      # a folder (scrapinghub truth)
//!
//! trafilatura-eval is reported as its tuning half (`/tune`); its held-aside half
//! (`/aside`, `newsclip::eval::held_aside`) and the whole corpus only with `--aside`,
//! which is for the check before a merge, not for tuning.
//!
//! Per-page figures go to target/quality/<corpus>.tsv, predictions to <corpus>.jsonl
//! in the form score.py reads (held-aside pages only with `--aside`), so two runs can
//! be compared page by page. pages/s is single-thread extraction speed (time in
//! extraction summed over the pages, whatever --jobs).

use newsclip::eval::{CORPORA, Corpus, FrontEnd, PageResult, PageScore, Report, Spec, View};
use std::io::Write;
use std::path::{Path, PathBuf};

fn bench_root() -> PathBuf {
    std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

struct Args {
    aside: bool,
    jobs: usize,
    picks: Vec<String>,
}

fn parse_args() -> Args {
    let mut args = Args {
        aside: false,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        picks: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--aside" => args.aside = true,
            "--jobs" | "-j" => {
                args.jobs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--jobs needs a number")
            }
            "--bench" => {}
            _ if a.starts_with("--") => {}
            _ => args.picks.push(a),
        }
    }
    args
}

/// The corpora named by `picks` (a name prefix, `html`, `text`, or a folder).
fn selected(root: &Path, picks: &[String]) -> anyhow::Result<Vec<(Corpus, Vec<View>)>> {
    if picks.is_empty() {
        return CORPORA
            .iter()
            .map(|s| Ok((s.load(root)?, s.views())))
            .collect();
    }
    let mut out: Vec<(Corpus, Vec<View>)> = Vec::new();
    let mut taken = std::collections::HashSet::new();
    for pick in picks {
        let specs: Vec<&Spec> = CORPORA
            .iter()
            .filter(|s| match pick.as_str() {
                "html" => s.front_end == FrontEnd::Html,
                "text" => s.front_end == FrontEnd::Text,
                p => s.name.starts_with(p) || root.join(s.dir) == Path::new(p),
            })
            .collect();
        if specs.is_empty() {
            let dir = Path::new(pick);
            anyhow::ensure!(dir.is_dir(), "{pick}: no such corpus or folder");
            let truth = root.join("scrapinghub/ground-truth.json");
            out.push((Corpus::open(dir, &truth)?, vec![View::All]));
        }
        for s in specs {
            if taken.insert(s.name) {
                out.push((s.load(root)?, s.views()));
            }
        }
    }
    Ok(out)
}

fn main() -> anyhow::Result<()> {
    let args = parse_args();
    let root = bench_root();
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/quality");
    std::fs::create_dir_all(&out_dir)?;
    let opts = newsclip::Options::default();
    println!(
        "{:<36} {:>4} {:>6} {:>6} {:>6} {:>6} {:>5} {:>5} {:>7} {:>6} {:>7}",
        "corpus", "n", "F1", "P", "R", "acc", "empty", "trunc", "spaced", "added", "pages/s"
    );
    for (corpus, views) in selected(&root, &args.picks)? {
        let pages = corpus.run(args.jobs, |path| {
            std::fs::read(path)
                .ok()
                .and_then(|bytes| {
                    newsclip::extract_bytes(&path.to_string_lossy(), &bytes, &opts).ok()
                })
                .map(|a| a.body)
                .unwrap_or_default()
        });
        let speed = pages.len() as f64 / pages.iter().map(|p| p.secs).sum::<f64>().max(1e-9);
        // the held-aside half stays out of sight unless asked for
        let split = views.contains(&View::Aside);
        let visible = |p: &&PageResult| args.aside || !split || !View::Aside.holds(p);
        for view in views.iter().copied() {
            if split && !args.aside && matches!(view, View::Aside | View::All) {
                continue;
            }
            let r = Report::of(pages.iter().filter(|p| view.holds(p)));
            print_row(&format!("{}{}", corpus.name, view.suffix()), &r, speed);
        }
        write_pages(&out_dir, &corpus.name, pages.iter().filter(visible))?;
    }
    Ok(())
}

fn print_row(name: &str, r: &Report, pages_per_sec: f64) {
    println!(
        "{:<36} {:>4} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>6.1}% {:>5.1}% {:>7.0}",
        name,
        r.n,
        r.f1,
        r.precision,
        r.recall,
        r.accuracy,
        r.empty,
        r.truncated,
        100.0 * r.spaced_share(),
        100.0 * r.added_share(),
        pages_per_sec
    );
}

/// target/quality/<corpus>.tsv (per-page figures) and .jsonl (predictions).
fn write_pages<'a>(
    out_dir: &Path,
    name: &str,
    pages: impl Iterator<Item = &'a PageResult>,
) -> anyhow::Result<()> {
    let mut tsv =
        std::io::BufWriter::new(std::fs::File::create(out_dir.join(format!("{name}.tsv")))?);
    let mut jsonl = std::io::BufWriter::new(std::fs::File::create(
        out_dir.join(format!("{name}.jsonl")),
    )?);
    writeln!(
        tsv,
        "id\tpage_type\tprecision\trecall\tf1\ttruncated\tspaced\tadded_spaces\texact_or_counts"
    )?;
    let f = |x: Option<f64>| x.map_or(String::new(), |v| format!("{v:.4}"));
    for p in pages {
        let detail = match p.score {
            PageScore::Body(d) => (d.exact as u8).to_string(),
            PageScore::Snippets(c) => format!("tp={} fp={} fn={} tn={}", c.tp, c.fp, c.fn_, c.tn),
        };
        writeln!(
            tsv,
            "{}\t{}\t{}\t{}\t{:.4}\t{}\t{}\t{}\t{}",
            p.id,
            p.page_type.as_deref().unwrap_or(""),
            f(p.precision()),
            f(p.recall()),
            p.f1(),
            p.truncated() as u8,
            p.spaced as u8,
            p.added_spaces as u8,
            detail
        )?;
        writeln!(jsonl, "{}", serde_json::json!({"id": p.id, "body": p.body}))?;
    }
    tsv.flush()?;
    jsonl.flush()?;
    Ok(())
}
