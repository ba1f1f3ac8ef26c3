//! The scrapinghub body metric: 4-word shingle precision, recall and F1, and exact
//! word-sequence accuracy. Same definitions and figures as `shared/bench/score.py`.

use std::collections::HashMap;

const SHINGLE: usize = 4;

/// Maximal runs of word characters (letters, digits, underscore), as Python's `\w+`.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles<'a>(tokens: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut m = HashMap::new();
    if tokens.is_empty() {
        return m;
    }
    if tokens.len() < SHINGLE {
        m.insert(tokens.to_vec(), 1);
        return m;
    }
    for w in tokens.windows(SHINGLE) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// One document's outcome: TP, FP and FN as shares of TP+FP+FN.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DocScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
    pub exact: bool,
}

impl DocScore {
    pub fn precision(&self) -> Option<f64> {
        (self.tp + self.fp > 0.0 || self.fn_ == 0.0 && self.fp == 0.0)
            .then(|| doc_ratio(self.tp, self.fp, self.fn_))
    }
    pub fn recall(&self) -> Option<f64> {
        (self.tp + self.fn_ > 0.0 || self.fn_ == 0.0 && self.fp == 0.0)
            .then(|| doc_ratio(self.tp, self.fn_, self.fp))
    }
    pub fn f1(&self) -> f64 {
        match (self.precision(), self.recall()) {
            (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
            _ => 0.0,
        }
    }
}

fn doc_ratio(tp: f64, miss: f64, other: f64) -> f64 {
    if miss == 0.0 && other == 0.0 {
        1.0
    } else if tp == 0.0 && miss == 0.0 {
        0.0
    } else {
        tp / (tp + miss)
    }
}

pub fn score_doc(truth: &str, pred: &str) -> DocScore {
    let (tw, pw) = (words(truth), words(pred));
    let (t, p) = (shingles(&tw), shingles(&pw));
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        tp += pc.min(tc);
        fp += pc.saturating_sub(tc);
    }
    let fn_: usize = t
        .iter()
        .map(|(k, &tc)| tc.saturating_sub(p.get(k).copied().unwrap_or(0)))
        .sum();
    let total = (tp + fp + fn_) as f64;
    let (tp, fp, fn_) = if total > 0.0 {
        (tp as f64 / total, fp as f64 / total, fn_ as f64 / total)
    } else {
        (0.0, 0.0, 0.0)
    };
    DocScore {
        tp,
        fp,
        fn_,
        exact: tw == pw,
    }
}

/// Corpus figures: precision averaged over documents with a prediction, recall over
/// documents with a truth, F1 of the two averages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
    pub n: usize,
}

pub fn summarise(docs: &[DocScore]) -> Summary {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(
        docs.iter()
            .filter(|d| d.tp + d.fp > 0.0)
            .map(|d| doc_ratio(d.tp, d.fp, d.fn_))
            .collect(),
    );
    let recall = mean(
        docs.iter()
            .filter(|d| d.tp + d.fn_ > 0.0)
            .map(|d| doc_ratio(d.tp, d.fn_, d.fp))
            .collect(),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let accuracy = mean(
        docs.iter()
            .map(|d| if d.exact { 1.0 } else { 0.0 })
            .collect(),
    );
    Summary {
        precision,
        recall,
        f1,
        accuracy,
        n: docs.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let d = score_doc("one two three four five", "one two three four five");
        assert_eq!(
            (d.precision(), d.recall(), d.exact),
            (Some(1.0), Some(1.0), true)
        );
    }

    #[test]
    fn partial_overlap() {
        // truth shingles: [a b c d], [b c d e]; prediction: [a b c d] only
        let d = score_doc("a b c d e", "a b c d");
        assert_eq!(d.precision(), Some(1.0));
        assert_eq!(d.recall(), Some(0.5));
        let s = summarise(&[d, score_doc("x y", "")]);
        // the empty prediction counts for recall only
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.25);
    }

    #[test]
    fn words_are_unicode_word_runs() {
        assert_eq!(
            words("Shi’ite don't, naïve_x 2024"),
            ["Shi", "ite", "don", "t", "naïve_x", "2024"]
        );
    }
}

/// One page of a corpus run.
#[derive(Debug, Clone)]
pub struct PageResult {
    pub id: String,
    pub score: DocScore,
    pub body: String,
}

/// Ground truth of the scrapinghub benchmark: id → articleBody.
pub fn load_truth(path: &std::path::Path) -> anyhow::Result<HashMap<String, String>> {
    use anyhow::Context;
    let data =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&data).with_context(|| format!("{} is not JSON", path.display()))?;
    let obj = json
        .as_object()
        .with_context(|| format!("{} is not a JSON object", path.display()))?;
    Ok(obj
        .iter()
        .filter_map(|(k, v)| {
            let body = v.get("articleBody").or_else(|| v.get("body"))?.as_str()?;
            Some((k.clone(), body.to_string()))
        })
        .collect())
}

/// The `.html.gz` pages of `dir`, sorted by path, decompressed: (path, bytes).
/// For the speed benchmark and the profiling example.
pub fn gzipped_pages(dir: &std::path::Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    use anyhow::Context;
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
pub fn page_id(path: &std::path::Path) -> String {
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

/// A development corpus: pages on disk and the true body of each.
pub struct Corpus {
    pub name: String,
    /// (id, path), sorted by id; every id has a truth.
    pub pages: Vec<(String, std::path::PathBuf)>,
    pub truth: HashMap<String, String>,
}

impl Corpus {
    /// Files of `dir` named `<id>.<ext>` scored against a scrapinghub-style truth
    /// file. Truth ids without a file are kept with an empty path (scored empty).
    pub fn scrapinghub(
        dir: &std::path::Path,
        truth_path: &std::path::Path,
    ) -> anyhow::Result<Corpus> {
        use anyhow::Context;
        let truth = load_truth(truth_path)?;
        let mut by_id: HashMap<String, std::path::PathBuf> = HashMap::new();
        for entry in std::fs::read_dir(dir)
            .with_context(|| format!("cannot read corpus folder {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_file() {
                by_id.insert(page_id(&path), path);
            }
        }
        let mut pages: Vec<(String, std::path::PathBuf)> = truth
            .keys()
            .map(|id| (id.clone(), by_id.remove(id).unwrap_or_default()))
            .collect();
        pages.sort();
        Ok(Corpus {
            name: corpus_name(dir),
            pages,
            truth,
        })
    }

    /// Readability's test pages: `<case>/source.html`, truth the text of
    /// `<case>/expected.html`.
    pub fn readability(dir: &std::path::Path) -> anyhow::Result<Corpus> {
        use anyhow::Context;
        let mut pages = Vec::new();
        let mut truth = HashMap::new();
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
            truth.insert(id.clone(), html_text(&html));
            pages.push((id, source));
        }
        pages.sort();
        Ok(Corpus {
            name: corpus_name(dir),
            pages,
            truth,
        })
    }

    /// Pick the loader from the folder's layout.
    pub fn open(
        dir: &std::path::Path,
        scrapinghub_truth: &std::path::Path,
    ) -> anyhow::Result<Corpus> {
        let readability = std::fs::read_dir(dir)
            .map(|mut it| it.any(|e| e.is_ok_and(|e| e.path().join("expected.html").is_file())))
            .unwrap_or(false);
        if readability {
            Corpus::readability(dir)
        } else {
            Corpus::scrapinghub(dir, scrapinghub_truth)
        }
    }

    /// Score `extract` on every page.
    pub fn score(
        &self,
        extract: impl Fn(&std::path::Path) -> String,
    ) -> (Summary, Vec<PageResult>) {
        let pages: Vec<PageResult> = self
            .pages
            .iter()
            .map(|(id, path)| {
                let body = if path.as_os_str().is_empty() {
                    String::new()
                } else {
                    extract(path)
                };
                PageResult {
                    id: id.clone(),
                    score: score_doc(&self.truth[id], &body),
                    body,
                }
            })
            .collect();
        let docs: Vec<DocScore> = pages.iter().map(|p| p.score).collect();
        (summarise(&docs), pages)
    }
}

/// `scrapinghub-text/w3m` → `scrapinghub-text-w3m`.
fn corpus_name(dir: &std::path::Path) -> String {
    let s = dir.to_string_lossy();
    let parts: Vec<&str> = s.trim_end_matches('/').rsplit('/').take(2).collect();
    parts.into_iter().rev().collect::<Vec<_>>().join("-")
}

/// All text of an HTML fragment, words separated.
pub fn html_text(html: &str) -> String {
    let doc = crate::html::dom::Dom::parse_fragment(html);
    doc.root()
        .children()
        .find_map(|n| n.element())
        .map(|e| e.texts().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Run `extract` on every file of `dir` that has a truth, and score it. Pages with a
/// truth but no file count as empty predictions.
pub fn run_corpus(
    dir: &std::path::Path,
    truth_path: &std::path::Path,
    extract: impl Fn(&std::path::Path) -> String,
) -> anyhow::Result<(Summary, Vec<PageResult>)> {
    Ok(Corpus::scrapinghub(dir, truth_path)?.score(extract))
}
