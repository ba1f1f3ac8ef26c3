//! One pass of one extraction stage over the scrapinghub pages, for profilers:
//!
//!     cargo build --release --example profile_pages
//!     valgrind --tool=callgrind --toggle-collect='*measured*' \
//!         target/release/examples/profile_pages extract_bytes [DIR]
//!
//! Stages: parse-only (html5ever into scraper's tree), parse-html5ever (html5ever
//! into newsclip's DOM), parse-dom (newsclip's tokenizer and html5ever's tree
//! builder into newsclip's DOM), extract_str, extract_bytes. Reading and decompressing the
//! pages, and a warm-up pass (statics, regex caches), happen outside `measured`,
//! so callgrind's toggle counts one warm pass of the stage alone.

use std::hint::black_box;
use std::path::PathBuf;

#[inline(never)]
fn measured(stage: &str, pages: &[(String, Vec<u8>)], texts: &[String]) -> usize {
    run(stage, pages, texts)
}

#[inline(never)]
fn run(stage: &str, pages: &[(String, Vec<u8>)], texts: &[String]) -> usize {
    let opts = newsclip::Options::default();
    match stage {
        "parse-only" => texts
            .iter()
            .map(|t| {
                scraper::Html::parse_document(black_box(t))
                    .tree
                    .nodes()
                    .count()
            })
            .sum(),
        "parse-dom" => texts
            .iter()
            .map(|t| newsclip::html::dom::Dom::parse(black_box(t)).len())
            .sum(),
        "parse-html5ever" => texts
            .iter()
            .map(|t| newsclip::html::dom::Dom::parse_html5ever(black_box(t)).len())
            .sum(),
        "extract_str" => pages
            .iter()
            .zip(texts)
            .map(|((name, _), t)| newsclip::extract_str(name, t, &opts).map_or(0, |a| a.word_count))
            .sum(),
        "extract_bytes" => pages
            .iter()
            .map(|(name, b)| newsclip::extract_bytes(name, b, &opts).map_or(0, |a| a.word_count))
            .sum(),
        other => panic!("unknown stage {other}"),
    }
}

fn cpu_time() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec that lives across the call.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() {
    let mut args = std::env::args().skip(1);
    let stage = args.next().expect("STAGE [DIR]");
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/bench/scrapinghub/html".into()),
    );
    let pages = newsclip::eval::gzipped_pages(&dir).unwrap();
    let texts: Vec<String> = pages
        .iter()
        .map(|(_, b)| newsclip::input::decode::decode(b, None).unwrap())
        .collect();
    // ROUNDS=N: time N passes (after one warm-up) by this thread's CPU time
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    // a warm-up pass outside the measured one: statics, caches
    black_box(run(&stage, &pages, &texts));
    let n = measured(&stage, &pages, &texts);
    if rounds > 0 {
        let mut t: Vec<f64> = (0..rounds)
            .map(|_| {
                let c0 = cpu_time();
                black_box(measured(&stage, &pages, &texts));
                cpu_time() - c0
            })
            .collect();
        t.sort_by(f64::total_cmp);
        let per = |s: f64| pages.len() as f64 / s;
        println!(
            "{stage:<14} cpu p/s: best {:7.1} median {:7.1}",
            per(t[0]),
            per(t[t.len() / 2])
        );
    } else {
        println!("{stage}: {} pages, result {n}", pages.len());
    }
}
