//! The vocabulary matchers built without regexes (`newsclip::phrase`) agree with
//! the regexes they replace, on lines made from each list's own phrases: as
//! they are, in other cases, with words, spaces, colons, dots and digits around
//! them. The regexes are rebuilt here from the same public lists, so a phrase
//! added to a list is checked too.

use newsclip::vocab;
use regex::Regex;

fn alts(list: &[&str]) -> String {
    list.iter()
        .map(|p| regex::escape(p))
        .collect::<Vec<_>>()
        .join("|")
}

/// Lines around each phrase of `list` (and of `others`, for near misses).
fn lines(list: &[&str], others: &[&str]) -> Vec<String> {
    let mut out = vec![
        String::new(),
        " ".into(),
        ":".into(),
        "x".into(),
        "Hello world".into(),
    ];
    for p in list.iter().chain(others) {
        let upper = p.to_uppercase();
        let title: String = p
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_uppercase().next().unwrap()
                } else {
                    c
                }
            })
            .collect();
        let short: String = p
            .chars()
            .take(p.chars().count().saturating_sub(1))
            .collect();
        for q in [p.to_string(), upper, title, short] {
            for (before, after) in [
                ("", ""),
                ("", " "),
                (" ", ""),
                ("", ":"),
                ("", " :"),
                ("", ": x"),
                ("", " : John Smith"),
                ("", "s"),
                ("", "x"),
                ("x", ""),
                ("", "."),
                ("", " by Reuters"),
                ("", "by"),
                ("", " / AP"),
                ("", " 12"),
                ("", " (12)"),
                ("", " on Brexit"),
                ("", " and more"),
                ("", " one two three four five"),
                ("", " one two three four five six"),
                ("3 ", ""),
                ("Jane Doe, ", ""),
                ("Jane Doe ", ":"),
                ("Jane Doe, ", ", London"),
                ("(", ": Getty)"),
                ("Follow us on ", " and Twitter"),
                ("a-", "-b"),
                ("é", ""),
                ("", "é"),
                ("", "\u{a0}x"),
                ("", "\tx"),
            ] {
                out.push(format!("{before}{q}{after}"));
            }
        }
    }
    out
}

fn agree(name: &str, ours: impl Fn(&str) -> bool, re: &Regex, list: &[&str], others: &[&str]) {
    for line in lines(list, others) {
        assert_eq!(
            ours(&line),
            re.is_match(&line),
            "{name} on {line:?} (regex {})",
            re.as_str()
        );
    }
}

#[test]
fn whole_line_matchers_agree_with_their_regexes() {
    for (name, list, m) in [
        (
            "REFERENCE_HEADING",
            vocab::REFERENCE_HEADINGS,
            &*vocab::REFERENCE_HEADING,
        ),
        (
            "SUMMARY_HEADING",
            vocab::SUMMARY_HEADINGS,
            &*vocab::SUMMARY_HEADING,
        ),
        ("AD_LINE", vocab::AD_LINES, &*vocab::AD_LINE),
        ("AGENCY", vocab::AGENCIES, &*vocab::AGENCY),
    ] {
        let re = Regex::new(&format!("(?i)^(?:{})$", alts(list))).unwrap();
        agree(name, |t| m.is_match(t), &re, list, vocab::AD_LINES);
    }
}

#[test]
fn line_start_matchers_agree_with_their_regexes() {
    for (name, list, m) in [
        ("FOLLOW_CALL", vocab::FOLLOW_CALLS, &*vocab::FOLLOW_CALL),
        ("READ_MORE", vocab::READ_MORE_PREFIXES, &*vocab::READ_MORE),
    ] {
        let re = Regex::new(&format!(r"(?i)^(?:{})(?:\b|\s|$)", alts(list))).unwrap();
        agree(name, |t| m.is_match(t), &re, list, vocab::SOCIAL_NETWORKS);
    }
    let list = vocab::STORY_LIST_HEADINGS;
    let re = Regex::new(&format!(r"(?i)^(?:{})(?:\s+\S+){{0,5}}$", alts(list))).unwrap();
    agree(
        "STORY_LIST_HEADING",
        |t| vocab::STORY_LIST_HEADING.is_match(t),
        &re,
        list,
        &[],
    );
}

#[test]
fn prefix_matchers_agree_with_their_regexes_and_strip_the_same_prefix() {
    for (name, list, m, tail) in [
        (
            "BYLINE_PREFIX",
            vocab::BYLINE_PREFIXES,
            &*vocab::BYLINE_PREFIX,
            r"\s*[:\s]\s*",
        ),
        (
            "CREDIT_PREFIX",
            vocab::CREDIT_PREFIXES,
            &*vocab::CREDIT_PREFIX,
            r"\s*(?:[:/|©]|by\b)",
        ),
    ] {
        let re = Regex::new(&format!(r"(?i)^(?:{}){tail}", alts(list))).unwrap();
        agree(name, |t| m.is_match(t), &re, list, vocab::ROLES);
        for line in lines(list, &[]) {
            assert_eq!(
                m.replace(&line, ""),
                re.replace(&line, ""),
                "{name} on {line:?}"
            );
        }
    }
}

#[test]
fn suffix_and_word_matchers_agree_with_their_regexes() {
    let re = Regex::new(&format!(r"(?i)\b(?:{})\s*:$", alts(vocab::COMMENT_VERBS))).unwrap();
    agree(
        "COMMENT_BYLINE",
        |t| vocab::COMMENT_BYLINE.is_match(t),
        &re,
        vocab::COMMENT_VERBS,
        &[],
    );
    let re = Regex::new(&format!(
        r"(?i)\b(?:{})\.?$",
        alts(vocab::ORGANISATION_WORDS)
    ))
    .unwrap();
    agree(
        "ORGANISATION",
        |t| vocab::ORGANISATION.is_match(t),
        &re,
        vocab::ORGANISATION_WORDS,
        vocab::AGENCIES,
    );
    let re = Regex::new(&format!(
        r"(?i)(?:^|\W)(?:{})(?:\W|$)|\w\.[a-z]{{2,6}}$",
        alts(&vocab::ORGANISATION_NAME_LIST)
    ))
    .unwrap();
    agree(
        "ORGANISATION_NAME_WORD",
        |t| vocab::ORGANISATION_NAME_WORD.is_match(t),
        &re,
        &vocab::ORGANISATION_NAME_LIST,
        &[
            "example.com",
            "news.co.uk",
            "a.b",
            "x.abcdefg",
            "x.\u{212A}\u{17F}",
        ],
    );
    let re = Regex::new(&format!("(?i)(?:{})", alts(vocab::FOOTER_MARKERS))).unwrap();
    agree(
        "FOOTER",
        |t| vocab::FOOTER.is_match(t),
        &re,
        vocab::FOOTER_MARKERS,
        &[],
    );
    for (name, list, m) in [
        (
            "SOCIAL_NETWORK",
            vocab::SOCIAL_NETWORKS,
            &*vocab::SOCIAL_NETWORK,
        ),
        ("AGENCY_WORD", vocab::AGENCIES, &*vocab::AGENCY_WORD),
    ] {
        let re = Regex::new(&format!(r"(?i)\b(?:{})\b", alts(list))).unwrap();
        agree(name, |t| m.is_match(t), &re, list, vocab::FOLLOW_CALLS);
        for line in lines(list, &[]) {
            let ours: Vec<(usize, usize)> =
                m.find_iter(&line).map(|f| (f.start(), f.end())).collect();
            let theirs: Vec<(usize, usize)> =
                re.find_iter(&line).map(|f| (f.start(), f.end())).collect();
            assert_eq!(ours, theirs, "{name} on {line:?}");
        }
    }
}

#[test]
fn class_name_matchers_agree_with_their_regexes() {
    for (name, m) in [
        ("FURNITURE_CLASS", &*vocab::FURNITURE_CLASS),
        ("CONTENT_CLASS", &*vocab::CONTENT_CLASS),
        ("CAPTION_CLASS", &*vocab::CAPTION_CLASS),
    ] {
        let re = Regex::new(m.as_str()).unwrap();
        let mut names: Vec<&str> = m.names().collect();
        names.sort();
        assert!(names.len() > 5, "{name} expands to {names:?}");
        let mut checked = 0;
        for n in &names {
            let short = &n[..n.len() - 1];
            for t in [
                n.to_string(),
                short.to_string(),
                format!("{n}x"),
                format!("x{n}"),
                format!("wp-{n}"),
                format!("{n}-text"),
                format!("{n}_box"),
                format!("main {n} clearfix"),
                format!("a\u{a0}{n}"),
                format!("{n}s"),
                format!("{n}--{n}"),
                format!("x-{short}"),
            ] {
                assert_eq!(m.is_match(&t), re.is_match(&t), "{name} on {t:?}");
                checked += 1;
            }
        }
        for t in [
            "",
            "-",
            " ",
            "article",
            "sidebar-left",
            "post-body",
            "photo_caption_text",
        ] {
            assert_eq!(m.is_match(t), re.is_match(t), "{name} on {t:?}");
        }
        assert!(checked > 50);
    }
}
