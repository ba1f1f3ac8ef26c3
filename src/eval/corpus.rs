//! The development corpora of `shared/bench`: pages on disk with their truth (a body
//! text or 'with'/'without' snippets, and a page type), run in parallel and scored
//! page by page, with corpus figures over any subset of the pages.

use super::fidelity::{added_spacing, is_spaced};
use super::snippets::{SnippetCounts, score_snippets};
use super::{DocScore, Summary, score_doc, summarise};
use anyhow::Context;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What a page is scored against.
#[derive(Debug, Clone)]
pub enum Truth {
    /// The whole main text (body metric).
    Body(String),
    /// Text that must and must not appear (snippets metric).
    Snippets {
        with: Vec<String>,
        without: Vec<String>,
    },
}

impl Truth {
    /// The truth's own text, for the spacing rule (none for snippets, as in fidelity.py).
    fn text(&self) -> &str {
        match self {
            Truth::Body(t) => t,
            Truth::Snippets { .. } => "",
        }
    }
}

/// One page of a corpus.
#[derive(Debug, Clone)]
pub struct CorpusPage {
    pub id: String,
    /// Empty when the truth has no file: scored as an empty prediction.
    pub path: PathBuf,
    pub truth: Truth,
    pub page_type: Option<String>,
}

/// A development corpus: pages on disk and the truth of each, sorted by id.
pub struct Corpus {
    pub name: String,
    pub pages: Vec<CorpusPage>,
}

/// One page's outcome.
#[derive(Debug, Clone, Copy)]
pub enum PageScore {
    Body(DocScore),
    Snippets(SnippetCounts),
}

/// One page of a corpus run.
#[derive(Debug, Clone)]
pub struct PageResult {
    pub id: String,
    pub body: String,
    pub score: PageScore,
    /// More spaces before closing punctuation than the truth (fidelity.py).
    pub spaced: bool,
    /// Spaced, and some of those spaces are not the page's own (`added_spacing`).
    pub added_spaces: bool,
    pub page_type: Option<String>,
    /// Seconds spent in the extraction of this page.
    pub secs: f64,
}

/// A truncated body: most of the truth missing while what was found is right.
const TRUNCATED_RECALL: f64 = 0.5;
const TRUNCATED_PRECISION: f64 = 0.8;

impl PageResult {
    /// Page precision: shingles (body) or 'without' snippets kept out (snippets; 1 when
    /// none was found). None when the page has nothing to measure it on.
    pub fn precision(&self) -> Option<f64> {
        match self.score {
            PageScore::Body(d) => d.precision(),
            PageScore::Snippets(c) if c.tp + c.fp == 0 => {
                (!self.body.trim().is_empty()).then_some(1.0)
            }
            PageScore::Snippets(c) => Some(c.precision()),
        }
    }
    pub fn recall(&self) -> Option<f64> {
        match self.score {
            PageScore::Body(d) => d.recall(),
            PageScore::Snippets(c) => (c.tp + c.fn_ > 0).then(|| c.recall()),
        }
    }
    pub fn f1(&self) -> f64 {
        match self.score {
            PageScore::Body(d) => d.f1(),
            PageScore::Snippets(c) => c.f1(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.body.trim().is_empty()
    }
    /// Recall below 0.5 with precision above 0.8: the body stops early.
    pub fn truncated(&self) -> bool {
        !self.is_empty()
            && self.recall().is_some_and(|r| r < TRUNCATED_RECALL)
            && self.precision().is_some_and(|p| p > TRUNCATED_PRECISION)
    }
}

/// Corpus figures over some pages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Report {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
    pub n: usize,
    pub empty: usize,
    pub truncated: usize,
    /// Pages with more spaces before punctuation than their truth.
    pub spaced: usize,
    /// Spaced pages where some of those spaces are not the page's own.
    pub added_spaces: usize,
    /// Summed snippet counts, on a snippets corpus.
    pub snippets: Option<SnippetCounts>,
}

impl Report {
    /// Body metric (scrapinghub's averages) or snippets metric (summed counts), by
    /// the pages' truth. The pages are all of one kind.
    pub fn of<'a>(pages: impl IntoIterator<Item = &'a PageResult>) -> Report {
        let pages: Vec<&PageResult> = pages.into_iter().collect();
        let mut docs = Vec::new();
        let mut counts = SnippetCounts::default();
        let mut any_snippets = false;
        for p in &pages {
            match p.score {
                PageScore::Body(d) => docs.push(d),
                PageScore::Snippets(c) => {
                    counts.add(c);
                    any_snippets = true;
                }
            }
        }
        let (f1, precision, recall, accuracy) = if any_snippets {
            (
                counts.f1(),
                counts.precision(),
                counts.recall(),
                counts.accuracy(),
            )
        } else {
            let Summary {
                f1,
                precision,
                recall,
                accuracy,
                ..
            } = summarise(&docs);
            (f1, precision, recall, accuracy)
        };
        Report {
            f1,
            precision,
            recall,
            accuracy,
            n: pages.len(),
            empty: pages.iter().filter(|p| p.is_empty()).count(),
            truncated: pages.iter().filter(|p| p.truncated()).count(),
            spaced: pages.iter().filter(|p| p.spaced).count(),
            added_spaces: pages.iter().filter(|p| p.added_spaces).count(),
            snippets: any_snippets.then_some(counts),
        }
    }

    /// Share of pages spaced beyond their truth.
    pub fn spaced_share(&self) -> f64 {
        self.share(self.spaced)
    }

    /// Share of pages with spaces before punctuation that the page does not show.
    pub fn added_share(&self) -> f64 {
        self.share(self.added_spaces)
    }

    fn share(&self, k: usize) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            k as f64 / self.n as f64
        }
    }
}

/// The fixed half of a corpus kept aside while tuning: FNV-1a of the id is odd
/// (500 of trafilatura-eval's 990 pages).
pub fn held_aside(id: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h & 1 == 1
}

/// A truth file: id → body (`body` or `articleBody`) or snippets (`with`/`without`),
/// with the page type where given. Records with neither are left out.
fn load_truth_records(path: &Path) -> anyhow::Result<HashMap<String, (Truth, Option<String>)>> {
    let data =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&data).with_context(|| format!("{} is not JSON", path.display()))?;
    let obj = json
        .as_object()
        .with_context(|| format!("{} is not a JSON object", path.display()))?;
    let strings = |v: Option<&serde_json::Value>| -> Vec<String> {
        v.and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(obj
        .iter()
        .filter_map(|(k, v)| {
            let page_type = v
                .get("page_type")
                .and_then(|t| t.as_str())
                .map(String::from);
            let truth = match v.get("articleBody").or_else(|| v.get("body")) {
                Some(b) => Truth::Body(b.as_str()?.to_string()),
                None => {
                    let (with, without) = (strings(v.get("with")), strings(v.get("without")));
                    if with.is_empty() && without.is_empty() {
                        return None;
                    }
                    Truth::Snippets { with, without }
                }
            };
            Some((k.clone(), (truth, page_type)))
        })
        .collect())
}

/// Ground truth of a body corpus: id → body text.
pub fn load_truth(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    Ok(load_truth_records(path)?
        .into_iter()
        .filter_map(|(k, (t, _))| match t {
            Truth::Body(b) => Some((k, b)),
            Truth::Snippets { .. } => None,
        })
        .collect())
}

/// The `.html.gz` pages of `dir`, sorted by path, decompressed: (path, bytes).
/// For the speed benchmark and the profiling example.
pub fn gzipped_pages(dir: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    use std::io::Read;
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("{}", dir.display()))? {
        let path = entry?.path();
        if path.to_string_lossy().ends_with(".html.gz") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let mut bytes = Vec::new();
            flate2::read::MultiGzDecoder::new(std::fs::File::open(&p)?)
                .read_to_end(&mut bytes)
                .with_context(|| format!("{}", p.display()))?;
            Ok((p.to_string_lossy().into_owned(), bytes))
        })
        .collect()
}

/// The truth id a corpus file stands for: its name without `.txt`, `.html`, `.gz`.
pub fn page_id(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = name.as_str();
    for suffix in [".gz", ".html", ".htm", ".txt"] {
        id = id.strip_suffix(suffix).unwrap_or(id);
    }
    id.to_string()
}

impl Corpus {
    /// Files of `dir` named `<id>.<ext>` scored against a truth file (body or
    /// snippets). Truth ids without a file are kept with an empty path (scored empty).
    pub fn with_truth(dir: &Path, truth_path: &Path) -> anyhow::Result<Corpus> {
        let truth = load_truth_records(truth_path)?;
        let mut by_id: HashMap<String, PathBuf> = HashMap::new();
        for entry in std::fs::read_dir(dir)
            .with_context(|| format!("cannot read corpus folder {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_file() {
                by_id.insert(page_id(&path), path);
            }
        }
        let mut pages: Vec<CorpusPage> = truth
            .into_iter()
            .map(|(id, (truth, page_type))| CorpusPage {
                path: by_id.remove(&id).unwrap_or_default(),
                id,
                truth,
                page_type,
            })
            .collect();
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Corpus {
            name: corpus_name(dir),
            pages,
        })
    }

    /// Readability's test pages: `<case>/source.html`, truth the text of
    /// `<case>/expected.html`.
    pub fn readability(dir: &Path) -> anyhow::Result<Corpus> {
        let mut pages = Vec::new();
        for entry in std::fs::read_dir(dir)
            .with_context(|| format!("cannot read corpus folder {}", dir.display()))?
        {
            let case = entry?.path();
            let (source, expected) = (case.join("source.html"), case.join("expected.html"));
            if !source.is_file() || !expected.is_file() {
                continue;
            }
            let id = case
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let html = std::fs::read_to_string(&expected)
                .with_context(|| format!("cannot read {}", expected.display()))?;
            pages.push(CorpusPage {
                id,
                path: source,
                truth: Truth::Body(html_text(&html)),
                page_type: None,
            });
        }
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Corpus {
            name: corpus_name(dir),
            pages,
        })
    }

    /// Pick the loader from the folder's layout.
    pub fn open(dir: &Path, truth_path: &Path) -> anyhow::Result<Corpus> {
        let readability = std::fs::read_dir(dir)
            .map(|mut it| it.any(|e| e.is_ok_and(|e| e.path().join("expected.html").is_file())))
            .unwrap_or(false);
        if readability {
            Corpus::readability(dir)
        } else {
            Corpus::with_truth(dir, truth_path)
        }
    }

    /// Run `extract` on every page on `jobs` threads and score it; results in page
    /// order.
    pub fn run(&self, jobs: usize, extract: impl Fn(&Path) -> String + Sync) -> Vec<PageResult> {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut results: Vec<Option<PageResult>> = vec![None; self.pages.len()];
        let parts: Vec<Vec<(usize, PageResult)>> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..jobs.max(1))
                .map(|_| {
                    s.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(page) = self.pages.get(i) else { break };
                            done.push((i, score_page(page, &extract)));
                        }
                        done
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().expect("extraction panicked"))
                .collect()
        });
        for (i, r) in parts.into_iter().flatten() {
            results[i] = Some(r);
        }
        results.into_iter().flatten().collect()
    }

    /// Score `extract` on every page, on one thread.
    pub fn score(&self, extract: impl Fn(&Path) -> String + Sync) -> (Report, Vec<PageResult>) {
        let pages = self.run(1, extract);
        (Report::of(&pages), pages)
    }
}

fn score_page(page: &CorpusPage, extract: &impl Fn(&Path) -> String) -> PageResult {
    let started = std::time::Instant::now();
    let body = if page.path.as_os_str().is_empty() {
        String::new()
    } else {
        extract(&page.path)
    };
    let secs = started.elapsed().as_secs_f64();
    let spaced = is_spaced(&body, page.truth.text());
    let added_spaces = spaced && added_spacing(&body, &visible_text(&page.path)) > 0;
    let score = match &page.truth {
        Truth::Body(t) => PageScore::Body(score_doc(t, &body)),
        Truth::Snippets { with, without } => {
            PageScore::Snippets(score_snippets(with, without, &body))
        }
    };
    PageResult {
        id: page.id.clone(),
        spaced,
        added_spaces,
        page_type: page.page_type.clone(),
        score,
        body,
        secs,
    }
}

/// The text a page shows: for HTML, the text of its whole tree joined as a browser
/// joins it; for a plain-text page, the file. Empty when it cannot be read.
pub fn visible_text(path: &Path) -> String {
    let Ok(bytes) = std::fs::read(path) else {
        return String::new();
    };
    let Ok(bytes) = crate::input::decompress(&bytes) else {
        return String::new();
    };
    let Ok(text) = crate::input::decode::decode(&bytes, None) else {
        return String::new();
    };
    if crate::input::looks_like_html(&text) {
        tree_text(&crate::html::dom::Dom::parse(&text))
    } else {
        text
    }
}

/// `scrapinghub-text/w3m` → `scrapinghub-text-w3m`.
fn corpus_name(dir: &Path) -> String {
    let s = dir.to_string_lossy();
    let parts: Vec<&str> = s.trim_end_matches('/').rsplit('/').take(2).collect();
    parts.into_iter().rev().collect::<Vec<_>>().join("-")
}

/// All text of an HTML fragment as a browser joins it: block elements and table
/// cells separate words, inline elements keep the source's white space.
pub fn html_text(html: &str) -> String {
    tree_text(&crate::html::dom::Dom::parse_fragment(html))
}

fn tree_text(doc: &crate::html::dom::Dom) -> String {
    use crate::html::dom::{Data, Edge};
    let mut out = String::new();
    for edge in doc.root().traverse() {
        match edge {
            Edge::Open(node) | Edge::Close(node) => match node.value() {
                Data::Element(el) => {
                    let name = el.name();
                    if crate::html::is_block_element(name) || matches!(name, "td" | "th") {
                        crate::html::end_word(&mut out);
                    }
                }
                Data::Text(t) if matches!(edge, Edge::Open(_)) => {
                    crate::html::push_inline(&mut out, t);
                }
                _ => {}
            },
        }
    }
    out.trim_end().to_string()
}

/// Run `extract` on every page of `dir` that has a truth, and score it. Pages with a
/// truth but no file count as empty predictions.
pub fn run_corpus(
    dir: &Path,
    truth_path: &Path,
    extract: impl Fn(&Path) -> String + Sync,
) -> anyhow::Result<(Report, Vec<PageResult>)> {
    Ok(Corpus::with_truth(dir, truth_path)?.score(extract))
}

/// A development corpus of `shared/bench` and how it is scored.
pub struct Spec {
    /// The report name, also the folder with `/` as `-`.
    pub name: &'static str,
    /// Folder under the bench root.
    pub dir: &'static str,
    /// Truth file under the bench root; None for Readability's layout.
    pub truth: Option<&'static str>,
    pub front_end: FrontEnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontEnd {
    Html,
    Text,
}

/// Every development corpus, HTML first.
pub const CORPORA: &[Spec] = &[
    spec(
        "scrapinghub-html",
        "scrapinghub/html",
        Some(SCRAPINGHUB),
        FrontEnd::Html,
    ),
    spec(
        "readability-pages",
        "readability-pages",
        None,
        FrontEnd::Html,
    ),
    spec(
        "trafilatura-eval-html",
        "trafilatura-eval/html",
        Some(TRAFILATURA),
        FrontEnd::Html,
    ),
    spec("wceb-html", "wceb/html", Some(WCEB), FrontEnd::Html),
    spec(
        "scrapinghub-text-w3m",
        "scrapinghub-text/w3m",
        Some(SCRAPINGHUB),
        FrontEnd::Text,
    ),
    spec(
        "scrapinghub-text-lynx",
        "scrapinghub-text/lynx",
        Some(SCRAPINGHUB),
        FrontEnd::Text,
    ),
    spec(
        "scrapinghub-text-elinks",
        "scrapinghub-text/elinks",
        Some(SCRAPINGHUB),
        FrontEnd::Text,
    ),
    spec(
        "trafilatura-eval-text-w3m",
        "trafilatura-eval-text/w3m",
        Some(TRAFILATURA),
        FrontEnd::Text,
    ),
    spec(
        "trafilatura-eval-text-lynx",
        "trafilatura-eval-text/lynx",
        Some(TRAFILATURA),
        FrontEnd::Text,
    ),
    spec(
        "trafilatura-eval-text-elinks",
        "trafilatura-eval-text/elinks",
        Some(TRAFILATURA),
        FrontEnd::Text,
    ),
    spec("wceb-text-w3m", "wceb-text/w3m", Some(WCEB), FrontEnd::Text),
];

const SCRAPINGHUB: &str = "scrapinghub/ground-truth.json";
const TRAFILATURA: &str = "trafilatura-eval/truth.json";
const WCEB: &str = "wceb/truth.json";

const fn spec(
    name: &'static str,
    dir: &'static str,
    truth: Option<&'static str>,
    front_end: FrontEnd,
) -> Spec {
    Spec {
        name,
        dir,
        truth,
        front_end,
    }
}

impl Spec {
    pub fn find(name: &str) -> Option<&'static Spec> {
        CORPORA.iter().find(|s| s.name == name)
    }

    /// Load the corpus from the bench root.
    pub fn load(&self, root: &Path) -> anyhow::Result<Corpus> {
        let dir = root.join(self.dir);
        let mut corpus = match self.truth {
            Some(t) => Corpus::with_truth(&dir, &root.join(t))?,
            None => Corpus::readability(&dir)?,
        };
        corpus.name = self.name.to_string();
        Ok(corpus)
    }

    /// The page subsets reported for this corpus: (suffix, filter). trafilatura-eval
    /// is reported as its tuning half and its held-aside half; WCEB as all pages and
    /// its articles.
    pub fn views(&self) -> Vec<View> {
        match self.truth {
            Some(TRAFILATURA) => vec![View::Tuning, View::Aside, View::All],
            Some(WCEB) => vec![View::All, View::Articles],
            _ => vec![View::All],
        }
    }
}

/// A subset of a corpus's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    All,
    /// WCEB's `page_type=article`.
    Articles,
    /// The pages not held aside.
    Tuning,
    /// The held-aside half (`held_aside`).
    Aside,
}

impl View {
    pub fn suffix(self) -> &'static str {
        match self {
            View::All => "",
            View::Articles => "/articles",
            View::Tuning => "/tune",
            View::Aside => "/aside",
        }
    }
    pub fn holds(self, page: &PageResult) -> bool {
        match self {
            View::All => true,
            View::Articles => page.page_type.as_deref() == Some("article"),
            View::Tuning => !held_aside(&page.id),
            View::Aside => held_aside(&page.id),
        }
    }
}
