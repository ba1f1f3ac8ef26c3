//! The snippets metric of trafilatura's benchmark, as `shared/bench/score.py snippets`
//! computes it: whitespace runs become one space in the snippet and the prediction, a
//! 'with' snippet found as a substring is a TP (else an FN), a 'without' snippet found
//! is an FP (else a TN); the counts are summed over the corpus.

/// Python's `\s` on `str`: Unicode white space plus the separators U+001C..U+001F.
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Every run of white space as one space, ends trimmed (`re.sub(r"\s+", " ", t).strip()`).
pub fn normalise_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    for c in text.chars() {
        if is_py_space(c) {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    out
}

/// One page's snippet counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnippetCounts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl SnippetCounts {
    pub fn add(&mut self, o: SnippetCounts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
}

/// 0 when the denominator is 0, as score.py reports it.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Count one prediction against a page's snippets.
pub fn score_snippets(with: &[String], without: &[String], prediction: &str) -> SnippetCounts {
    let text = normalise_space(prediction);
    let found = |s: &String| text.contains(normalise_space(s).as_str());
    let tp = with.iter().filter(|s| found(s)).count();
    let fp = without.iter().filter(|s| found(s)).count();
    SnippetCounts {
        tp,
        fp,
        fn_: with.len() - tp,
        tn: without.len() - fp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn whitespace_runs_match_across_line_breaks() {
        let c = score_snippets(
            &v(&["the  report\nsaid", "absent"]),
            &v(&["Cookies"]),
            "  The\tthe report said\u{a0}so.\n",
        );
        assert_eq!(
            c,
            SnippetCounts {
                tp: 1,
                fp: 0,
                fn_: 1,
                tn: 1
            }
        );
    }

    #[test]
    fn empty_prediction_finds_nothing() {
        // score.py: '' in text is true, but an empty snippet never occurs in the truth
        let c = score_snippets(&v(&["a b"]), &v(&["c"]), "");
        assert_eq!(
            c,
            SnippetCounts {
                tp: 0,
                fp: 0,
                fn_: 1,
                tn: 1
            }
        );
        assert_eq!(c.f1(), 0.0);
        assert_eq!(c.accuracy(), 0.5);
    }

    #[test]
    fn python_space_includes_file_separators() {
        assert_eq!(normalise_space("a\u{1f}\u{2028}b "), "a b");
    }
}
