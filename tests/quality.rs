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
        ("scrapinghub-text-w3m", 0.91),
        ("scrapinghub-text-lynx", 0.91),
        ("scrapinghub-text-elinks", 0.91),
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
    let r = assert_floor("readability-pages", View::All, 0.92, 0.96, 0.88);
    assert!(r.n >= 120, "expected Readability's ~130 test pages");
}

/// HTML: trafilatura-eval, snippets metric, all 990 pages (the held-aside half
/// included), and the held-aside half on its own.
#[test]
fn html_trafilatura_eval_snippets_floor() {
    let r = assert_floor("trafilatura-eval-html", View::All, 0.915, 0.92, 0.91);
    assert_eq!(r.n, 990);
    let aside = assert_floor("trafilatura-eval-html", View::Aside, 0.915, 0.92, 0.908);
    assert_eq!(aside.n, 500);
}

/// HTML: WCEB, body metric, all pages and the 450 articles.
#[test]
fn html_wceb_body_floors() {
    let all = assert_floor("wceb-html", View::All, 0.785, 0.812, 0.758);
    assert_eq!(all.n, 999);
    let articles = assert_floor("wceb-html", View::Articles, 0.94, 0.935, 0.945);
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
        assert_floor(name, View::All, 0.845, 0.875, 0.81);
    }
    assert_floor("wceb-text-w3m", View::All, 0.695, 0.775, 0.625);
    assert_floor("wceb-text-w3m", View::Articles, 0.89, 0.91, 0.87);
}

/// Text as the page shows it, on every corpus: pages whose body has spaces before
/// closing punctuation (or after an opening parenthesis) that the page itself does
/// not show are at most 2%. The stricter rule of shared/bench/fidelity.py (more such
/// spaces than the truth, whoever typed them) is held at the level reached: the
/// authors' own "Reuters , citing" and French "peu ?" count there, and the truth
/// of trafilatura-eval has no text, so every such space counts.
#[test]
fn spacing_before_punctuation_as_the_page_shows_it() {
    let mut failures = Vec::new();
    for (name, fidelity_py_ceiling) in [
        ("scrapinghub-html", 0.02),
        ("readability-pages", 0.02),
        ("trafilatura-eval-html", 0.08),
        ("wceb-html", 0.072),
        ("scrapinghub-text-w3m", 0.02),
        ("scrapinghub-text-lynx", 0.02),
        ("scrapinghub-text-elinks", 0.02),
        ("trafilatura-eval-text-w3m", 0.10),
        ("trafilatura-eval-text-lynx", 0.10),
        ("trafilatura-eval-text-elinks", 0.10),
        ("wceb-text-w3m", 0.047),
    ] {
        let r = Report::of(results(name));
        eprintln!(
            "{name}: spaced beyond truth {:.3}, not the page's own {:.3}",
            r.spaced_share(),
            r.added_share()
        );
        if r.added_share() > 0.02 {
            failures.push(format!(
                "{name}: {} pages with added spaces",
                r.added_spaces
            ));
        }
        if r.spaced_share() > fidelity_py_ceiling {
            failures.push(format!("{name}: {} pages spaced beyond truth", r.spaced));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

/// The trafilatura-eval or WCEB pages as w3m printed them, with their metadata
/// truth, extracted with the text front end.
fn text_fields(
    corpus: &str,
    rendering: &str,
) -> (newsclip::metaeval::MetaScore, Vec<newsclip::Article>) {
    use newsclip::metaeval;
    let root = bench_root();
    let pages: Vec<metaeval::MetaPage> = metaeval::load_corpus(&root.join(corpus))
        .unwrap_or_else(|e| panic!("benchmark corpus missing: {corpus} ({e:#})"))
        .into_iter()
        .map(|p| metaeval::MetaPage {
            path: root.join(rendering).join(format!("{}.txt", p.id)),
            ..p
        })
        .collect();
    let opts = newsclip::Options {
        kind: newsclip::KindChoice::Text,
        ..newsclip::Options::default()
    };
    let (score, got) = metaeval::score_pages(&pages, |p| {
        let bytes = std::fs::read(&p.path)?;
        Ok(newsclip::extract_bytes(&p.id, &bytes, &opts)?)
    })
    .unwrap();
    assert_eq!(got.len(), pages.len());
    (score, got.into_iter().map(|(a, _)| a).collect())
}

/// Text pages: headline, authors and date from the lead, no invented authors,
/// and key points only on the pages that print them (almost none of these).
#[test]
fn text_fields_floors() {
    let (s, got) = text_fields("trafilatura-eval", "trafilatura-eval-text/w3m");
    eprintln!("trafilatura-eval text w3m: {}", s.report(got.len()));
    assert!(
        s.headline_rate() >= 0.665,
        "headline {:.3}",
        s.headline_rate()
    );
    assert!(s.authors_rate() >= 0.415, "authors {:.3}", s.authors_rate());
    assert!(
        s.names_precision() >= 0.81,
        "author names P {:.3}",
        s.names_precision()
    );
    assert!(s.date_rate() >= 0.635, "date {:.3}", s.date_rate());
    let with_points = got.iter().filter(|a| !a.summary.is_empty()).count();
    assert!(
        with_points * 50 <= got.len(),
        "key points on {with_points} pages"
    );
    let (s, got) = text_fields("wceb", "wceb-text/w3m");
    eprintln!("wceb text w3m: {}", s.report(got.len()));
    assert!(
        s.invented_rate() <= 0.08,
        "invented authors {:.3}",
        s.invented_rate()
    );
    assert!(s.date_rate() >= 0.60, "date {:.3}", s.date_rate());
    assert!(
        s.headline_rate() >= 0.42,
        "headline {:.3}",
        s.headline_rate()
    );
    let with_points = got.iter().filter(|a| !a.summary.is_empty()).count();
    assert!(
        with_points * 20 <= got.len(),
        "key points on {with_points} pages"
    );
}
