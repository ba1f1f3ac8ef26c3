//! Single-thread extraction throughput on the 181 scrapinghub pages.
//!
//!     cargo bench --bench throughput [-- --rounds N] [DIR]
//!
//! Every page is decompressed into memory first (and decoded once, for the
//! string entry points), one warm-up round runs, then the measured rounds run
//! interleaved (parse-only, extract_str, extract_bytes, parse-only, ...) so that
//! load from other processes falls on all of them alike. Each figure is the
//! median over the rounds, as wall-clock and as this thread's CPU time. The
//! parse-only row is html5ever alone (its tokenizer and tree builder, building
//! newsclip's tree `html::dom::Dom`, nothing else): the ceiling the issue sets
//! for an extractor built on html5ever. parse-newsclip is what newsclip's
//! extraction actually parses with (newsclip's tokenizer feeding html5ever's
//! tree builder, `Dom::parse`); parse-scraper (html5ever into `scraper::Html`,
//! the tree newsclip used before) is there for comparison.
//!
//! The figures are also written to `target/throughput/rust.tsv` for
//! `benches/throughput.sh`, which adds trafilatura and whole-process runs.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use newsclip::Options;

/// This thread's CPU time.
fn cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec that lives across the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

struct Row {
    name: &'static str,
    wall: Vec<f64>,
    cpu: Vec<f64>,
    run: Box<dyn Fn() -> usize>,
}

fn main() {
    let mut rounds = 5usize;
    let mut dir = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => {
                rounds = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .expect("--rounds N")
            }
            a if a.starts_with("--") => {} // cargo's --bench
            a => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.unwrap_or_else(|| {
        let bench = std::env::var("NEWSCLIP_BENCH").unwrap_or_else(|_| "../shared/bench".into());
        PathBuf::from(bench).join("scrapinghub/html")
    });

    let pages =
        newsclip::eval::gzipped_pages(&dir).unwrap_or_else(|e| panic!("{}: {e:#}", dir.display()));
    assert!(!pages.is_empty(), "no .html.gz pages in {}", dir.display());
    let texts: Vec<(String, String)> = pages
        .iter()
        .map(|(name, bytes)| {
            let text = newsclip::input::decode::decode(bytes, None).expect("pages decode");
            (name.clone(), text)
        })
        .collect();
    let n = pages.len();
    let mb = pages.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    let pages: &'static [(String, Vec<u8>)] = pages.leak();
    let texts: &'static [(String, String)] = texts.leak();

    let mut rows = vec![
        Row {
            name: "parse-only",
            wall: Vec::new(),
            cpu: Vec::new(),
            run: Box::new(|| {
                texts
                    .iter()
                    .map(|(_, t)| newsclip::html::dom::Dom::parse_html5ever(black_box(t)).len())
                    .sum()
            }),
        },
        Row {
            name: "parse-newsclip",
            wall: Vec::new(),
            cpu: Vec::new(),
            run: Box::new(|| {
                texts
                    .iter()
                    .map(|(_, t)| newsclip::html::dom::Dom::parse(black_box(t)).len())
                    .sum()
            }),
        },
        Row {
            name: "extract_str",
            wall: Vec::new(),
            cpu: Vec::new(),
            run: Box::new(|| {
                let opts = Options::default();
                texts
                    .iter()
                    .map(|(name, t)| {
                        newsclip::extract_str(name, black_box(t), &opts).map_or(0, |a| a.word_count)
                    })
                    .sum()
            }),
        },
        Row {
            name: "extract_bytes",
            wall: Vec::new(),
            cpu: Vec::new(),
            run: Box::new(|| {
                let opts = Options::default();
                pages
                    .iter()
                    .map(|(name, b)| {
                        newsclip::extract_bytes(name, black_box(b), &opts)
                            .map_or(0, |a| a.word_count)
                    })
                    .sum()
            }),
        },
        Row {
            name: "parse-scraper",
            wall: Vec::new(),
            cpu: Vec::new(),
            run: Box::new(|| {
                texts
                    .iter()
                    .map(|(_, t)| {
                        scraper::Html::parse_document(black_box(t))
                            .tree
                            .nodes()
                            .count()
                    })
                    .sum()
            }),
        },
    ];

    println!(
        "throughput: {n} pages, {mb:.1} MB decompressed, from {}; 1 warm-up + {rounds} rounds, single thread",
        dir.display()
    );
    for row in &rows {
        black_box((row.run)());
    }
    for _ in 0..rounds {
        for row in &mut rows {
            let (w0, c0) = (Instant::now(), cpu_time());
            black_box((row.run)());
            row.cpu.push((cpu_time() - c0).as_secs_f64());
            row.wall.push(w0.elapsed().as_secs_f64());
        }
    }

    println!(
        "\n{:<14} {:>9} {:>8} {:>9} {:>9} {:>8}",
        "", "pages/s", "MB/s", "ms/page", "cpu p/s", "cpu MB/s"
    );
    let mut tsv = String::from("name\tpages_per_s\tmb_per_s\tcpu_pages_per_s\tcpu_mb_per_s\n");
    let mut rates = Vec::new();
    for row in &rows {
        let wall = median(row.wall.clone());
        let cpu = median(row.cpu.clone());
        println!(
            "{:<14} {:>9.1} {:>8.2} {:>9.2} {:>9.1} {:>8.2}",
            row.name,
            n as f64 / wall,
            mb / wall,
            wall * 1e3 / n as f64,
            n as f64 / cpu,
            mb / cpu
        );
        tsv.push_str(&format!(
            "{}\t{:.2}\t{:.3}\t{:.2}\t{:.3}\n",
            row.name,
            n as f64 / wall,
            mb / wall,
            n as f64 / cpu,
            mb / cpu
        ));
        rates.push((row.name, n as f64 / wall, n as f64 / cpu));
    }
    let parse = rates[0];
    println!();
    for &(name, wall, cpu) in &rates[1..3] {
        println!(
            "{name} / parse-only: {:.2}x (cpu time: {:.2}x)   [target >= 0.5x]",
            wall / parse.1,
            cpu / parse.2
        );
    }
    let out = PathBuf::from("target/throughput");
    if std::fs::create_dir_all(&out).is_ok() {
        let _ = std::fs::write(out.join("rust.tsv"), tsv);
    }
}
