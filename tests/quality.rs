//! Quality floors on the development corpora. The corpora live in ../shared/bench
//! (or $NEWSCLIP_BENCH); a missing corpus fails these tests, it never skips them.

use std::path::{Path, PathBuf};

fn bench_root() -> PathBuf {
    std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

fn body_f1(folder: &str) -> f64 {
    let root = bench_root();
    let truth_path = root.join("scrapinghub/ground-truth.json");
    assert!(
        truth_path.is_file(),
        "benchmark corpus missing: {} (set NEWSCLIP_BENCH to the shared/bench folder)",
        truth_path.display()
    );
    let dir = root.join(folder);
    let opts = newsclip::Options::default();
    let (summary, pages) = newsclip::eval::run_corpus(&dir, &truth_path, |path| {
        let bytes = std::fs::read(path).unwrap();
        newsclip::extract_bytes(&path.to_string_lossy(), &bytes, &opts)
            .unwrap()
            .body
    })
    .unwrap();
    let found = pages.iter().filter(|p| !p.body.is_empty()).count();
    assert!(
        found * 10 >= pages.len() * 9,
        "{folder}: only {found} of {} pages have a body",
        pages.len()
    );
    assert_eq!(
        summary.n, 181,
        "{folder}: expected the 181 scrapinghub pages"
    );
    eprintln!(
        "{folder}: F1 {:.3} P {:.3} R {:.3}",
        summary.f1, summary.precision, summary.recall
    );
    summary.f1
}

#[test]
fn text_w3m_body_f1_floor() {
    let f1 = body_f1("scrapinghub-text/w3m");
    assert!(f1 >= 0.90, "w3m F1 {f1:.3} below 0.90");
}

#[test]
fn text_lynx_body_f1_floor() {
    let f1 = body_f1("scrapinghub-text/lynx");
    assert!(f1 >= 0.88, "lynx F1 {f1:.3} below 0.88");
}

#[test]
fn text_elinks_body_f1_floor() {
    let f1 = body_f1("scrapinghub-text/elinks");
    assert!(f1 >= 0.88, "elinks F1 {f1:.3} below 0.88");
}

/// HTML: the scrapinghub pages themselves (gzipped, read transparently). No page
/// may come out empty.
#[test]
fn html_scrapinghub_body_f1_floor() {
    let root = bench_root();
    let truth_path = root.join("scrapinghub/ground-truth.json");
    assert!(
        truth_path.is_file(),
        "benchmark corpus missing: {}",
        truth_path.display()
    );
    let opts = newsclip::Options::default();
    let (summary, pages) =
        newsclip::eval::run_corpus(&root.join("scrapinghub/html"), &truth_path, |path| {
            let bytes = std::fs::read(path).unwrap();
            newsclip::extract_bytes(&path.to_string_lossy(), &bytes, &opts)
                .unwrap()
                .body
        })
        .unwrap();
    assert_eq!(summary.n, 181);
    let empty: Vec<&str> = pages
        .iter()
        .filter(|p| p.body.trim().is_empty())
        .map(|p| p.id.as_str())
        .collect();
    assert!(empty.is_empty(), "pages with an empty body: {empty:?}");
    eprintln!(
        "scrapinghub html: F1 {:.3} P {:.3} R {:.3}",
        summary.f1, summary.precision, summary.recall
    );
    // the acceptance figures
    assert!(summary.f1 >= 0.975, "HTML F1 {:.4} below 0.975", summary.f1);
    assert!(
        summary.precision >= 0.96,
        "HTML precision {:.4} below 0.96",
        summary.precision
    );
    assert!(
        summary.recall >= 0.98,
        "HTML recall {:.4} below 0.98",
        summary.recall
    );
}

/// HTML: Readability's test pages, a second corpus (its truth is one tool's output).
#[test]
fn html_readability_pages_body_f1_floor() {
    let dir = bench_root().join("readability-pages");
    assert!(dir.is_dir(), "benchmark corpus missing: {}", dir.display());
    let corpus = newsclip::eval::Corpus::readability(&dir).unwrap();
    assert!(
        corpus.pages.len() >= 120,
        "expected Readability's ~130 test pages"
    );
    let opts = newsclip::Options::default();
    let (summary, _) = corpus.score(|path| {
        let bytes = std::fs::read(path).unwrap();
        newsclip::extract_bytes(&path.to_string_lossy(), &bytes, &opts)
            .unwrap()
            .body
    });
    eprintln!(
        "readability pages: F1 {:.3} P {:.3} R {:.3}",
        summary.f1, summary.precision, summary.recall
    );
    assert!(
        summary.f1 >= 0.895,
        "Readability pages F1 {:.3} below 0.895",
        summary.f1
    );
}
