//! Spacing a browser would not show, by the rule of `shared/bench/fidelity.py`: a page
//! is "spaced" when its body has more spaces before closing punctuation (a word
//! character, one space, one of `.,;:!?)`, then white space or the end), or after an
//! opening parenthesis (`( ` then a word character), than its truth.

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Where `\w [.,;:!?)](?=\s|$)|\( \w` matches, non-overlapping, scanned left to
/// right as Python's `findall` does: the char index of each match.
fn spaced_places(c: &[char]) -> Vec<usize> {
    let (mut i, mut at) = (0, Vec::new());
    while i + 2 < c.len() {
        let closing = is_word(c[i])
            && c[i + 1] == ' '
            && matches!(c[i + 2], '.' | ',' | ';' | ':' | '!' | '?' | ')')
            && c.get(i + 3)
                .is_none_or(|&d| super::snippets::is_py_space(d));
        let opening = c[i] == '(' && c[i + 1] == ' ' && is_word(c[i + 2]);
        if closing || opening {
            at.push(i);
            i += 3;
        } else {
            i += 1;
        }
    }
    at
}

/// How many spaced places `text` has.
pub fn spaced_count(text: &str) -> usize {
    spaced_places(&text.chars().collect::<Vec<_>>()).len()
}

/// The first `max` spaced places of `text` with the 20 characters before each.
pub fn spaced_examples(text: &str, max: usize) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    spaced_places(&c)
        .into_iter()
        .take(max)
        .map(|i| c[i.saturating_sub(20)..(i + 3)].iter().collect())
        .collect()
}

/// Spaced places of `body` that the page itself does not show: the 12 characters
/// before each, through the punctuation, do not occur in `page_text` (the page's
/// visible text, white space collapsed). These are spaces the extraction added,
/// where the others are the page's own ("Reuters , citing" typed by its author).
pub fn added_spacing(body: &str, page_text: &str) -> usize {
    let own = crate::eval::snippets::normalise_space(page_text);
    let c: Vec<char> = body.chars().collect();
    spaced_places(&c)
        .into_iter()
        .filter(|&i| {
            let context: String = c[i.saturating_sub(12)..i + 3].iter().collect();
            !own.contains(crate::eval::snippets::normalise_space(&context).as_str())
        })
        .count()
}

/// The page's body has more spaced places than its truth.
pub fn is_spaced(prediction: &str, truth: &str) -> bool {
    spaced_count(prediction) > spaced_count(truth)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_spaces_before_closing_punctuation() {
        assert_eq!(spaced_count("said the report . Then"), 1);
        assert_eq!(spaced_count("Reuters , citing ( a source )"), 3);
        assert_eq!(spaced_count("the report."), 0);
        // punctuation not followed by white space: a decimal, an ellipsis
        assert_eq!(spaced_count("costs 3 .5 and so ..."), 0);
        assert_eq!(spaced_count("end ."), 1);
    }

    #[test]
    fn page_spaced_only_beyond_truth() {
        assert!(!is_spaced("Qui ? Moi !", "Qui ? Moi !"));
        assert!(is_spaced("a b , c", "a b, c"));
    }

    #[test]
    fn added_spacing_is_what_the_page_does_not_show() {
        let page = "He said the report. Then Reuters , citing a source";
        assert_eq!(
            added_spacing("He said the report . Then Reuters , citing", page),
            1
        );
        assert_eq!(added_spacing("Then Reuters , citing", page), 0);
    }

    #[test]
    fn examples_show_context() {
        assert_eq!(
            spaced_examples("he said the report . Then", 3),
            ["he said the report ."]
        );
    }
}
