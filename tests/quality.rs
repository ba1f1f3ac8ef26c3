//! Quality floors on the development corpora. The corpora live in ../shared/bench
//! (or $NEWSCLIP_BENCH); a missing corpus fails these tests, it never skips them.
//! Each corpus is extracted once per test binary and shared by the tests that read it.

use newsclip::eval::{CORPORA, PageResult, Report, Spec, View};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn bench_root() -> PathBuf {
    std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

/// The pages of one corpus, extracted and scored (once).
fn results(name: &str) -> &'static [PageResult] {
    static RUNS: [OnceLock<Vec<PageResult>>; 16] = [const { OnceLock::new() }; 16];
    let index = CORPORA
        .iter()
        .position(|s| s.name == name)
        .unwrap_or_else(|| panic!("no corpus named {name}"));
    RUNS[index].get_or_init(|| {
        let spec: &Spec = &CORPORA[index];
        let root = bench_root();
        let corpus = spec.load(&root).unwrap_or_else(|e| {
            panic!(
                "benchmark corpus missing: {} under {} ({e:#}; set NEWSCLIP_BENCH to the shared/bench folder)",
                spec.dir,
                root.display()
            )
        });
        assert!(!corpus.pages.is_empty(), "{name}: no pages");
        let missing = corpus.pages.iter().filter(|p| p.path.as_os_str().is_empty()).count();
        assert_eq!(missing, 0, "{name}: {missing} truth ids have no page file");
        let opts = newsclip::Options::default();
        let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
        corpus.run(jobs, |path| {
            let bytes = std::fs::read(path).unwrap();
            newsclip::extract_bytes(&path.to_string_lossy(), &bytes, &opts)
                .unwrap()
                .body
        })
    })
}

fn report(name: &str, view: View) -> Report {
    let pages = results(name);
    let r = Report::of(pages.iter().filter(|p| view.holds(p)));
    eprintln!(
        "{name}{}: F1 {:.3} P {:.3} R {:.3} n {} empty {} truncated {} spaced {}",
        view.suffix(),
        r.f1,
        r.precision,
        r.recall,
        r.n,
        r.empty,
        r.truncated,
        r.spaced
    );
    r
}

/// F1, precision and recall at least the given floors.
fn assert_floor(name: &str, view: View, f1: f64, precision: f64, recall: f64) -> Report {
    let r = report(name, view);
    let label = format!("{name}{}", view.suffix());
    assert!(r.f1 >= f1, "{label}: F1 {:.4} below {f1}", r.f1);
    assert!(
        r.precision >= precision,
        "{label}: precision {:.4} below {precision}",
        r.precision
    );
    assert!(
        r.recall >= recall,
        "{label}: recall {:.4} below {recall}",
        r.recall
    );
    r
}

#[test]
fn text_scrapinghub_body_f1_floors() {
    for (name, f1) in [
        ("scrapinghub-text-w3m", 0.90),
        ("scrapinghub-text-lynx", 0.88),
        ("scrapinghub-text-elinks", 0.88),
    ] {
        let r = assert_floor(name, View::All, f1, 0.0, 0.0);
        assert_eq!(r.n, 181, "{name}: expected the 181 scrapinghub pages");
        assert!(
            r.empty * 10 <= r.n,
            "{name}: {} of {} pages have no body",
            r.empty,
            r.n
        );
    }
}

/// HTML: the scrapinghub pages themselves (gzipped, read transparently). No page
/// may come out empty.
#[test]
fn html_scrapinghub_body_f1_floor() {
    let r = assert_floor("scrapinghub-html", View::All, 0.975, 0.96, 0.98);
    assert_eq!(r.n, 181);
    let empty: Vec<&str> = results("scrapinghub-html")
        .iter()
        .filter(|p| p.is_empty())
        .map(|p| p.id.as_str())
        .collect();
    assert!(empty.is_empty(), "pages with an empty body: {empty:?}");
}

/// HTML: Readability's test pages, a second corpus (its truth is one tool's output).
#[test]
fn html_readability_pages_body_f1_floor() {
    let r = assert_floor("readability-pages", View::All, 0.895, 0.0, 0.0);
    assert!(r.n >= 120, "expected Readability's ~130 test pages");
}

/// HTML: trafilatura-eval, snippets metric, all 990 pages.
#[test]
fn html_trafilatura_eval_snippets_floor() {
    let r = assert_floor("trafilatura-eval-html", View::All, 0.885, 0.91, 0.85);
    assert_eq!(r.n, 990);
}

/// HTML: WCEB, body metric, all pages and the 450 articles.
#[test]
fn html_wceb_body_floors() {
    let all = assert_floor("wceb-html", View::All, 0.735, 0.80, 0.67);
    assert_eq!(all.n, 999);
    let articles = assert_floor("wceb-html", View::Articles, 0.925, 0.92, 0.92);
    assert_eq!(articles.n, 450);
}

/// Text: the trafilatura-eval and WCEB renderings.
#[test]
fn text_new_corpora_floors() {
    for name in [
        "trafilatura-eval-text-w3m",
        "trafilatura-eval-text-lynx",
        "trafilatura-eval-text-elinks",
    ] {
        assert_floor(name, View::All, 0.825, 0.88, 0.77);
    }
    assert_floor("wceb-text-w3m", View::All, 0.665, 0.77, 0.58);
    assert_floor("wceb-text-w3m", View::Articles, 0.875, 0.90, 0.84);
}
