//! Evaluation on the development corpora, with the figures of `shared/bench`'s
//! scorers: the scrapinghub body metric (here: 4-word shingle precision, recall and
//! F1, exact word-sequence accuracy; `score.py body`), the snippets metric
//! (`snippets`, `score.py snippets`), the spacing rule of `fidelity.py`
//! (`fidelity`), and the corpora with their truth (`corpus`).

pub mod corpus;
pub mod fidelity;
pub mod snippets;

pub use corpus::{
    CORPORA, Corpus, CorpusPage, FrontEnd, PageResult, PageScore, Report, Spec, Truth, View,
    gzipped_pages, held_aside, html_text, load_truth, page_id, run_corpus,
};

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
