//! Plain-text front end: the lines of a text rendering of a page → `Block`s.
//!
//! Handles the layouts of the common text renderers: w3m (`  • ` bullets, continuation
//! lines indented), lynx (3-space margin, `*`/`o`/`+` bullets, headings outdented) and
//! elinks (`•` + no-break space, 3-space margin), as well as copy-pasted text and
//! hard-wrapped text.

use crate::blocks::{Block, Shape, ends_sentence};

/// One physical line after normalisation.
struct Line {
    text: String,
    indent: usize,
    blank: bool,
}

/// Normalise one line: no-break and other odd spaces become spaces, tabs are expanded,
/// leftovers of `&nbsp;` entities and zero-width characters go.
fn normalise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut col = 0usize;
    for c in raw.chars() {
        match c {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
                continue;
            }
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\r' => {
                continue;
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
        col += 1;
    }
    // A crawler sometimes leaves HTML entities for spaces in the text.
    if out.contains("&nbsp") {
        out = out.replace("&nbsp;", " ").replace("&nbsp", " ");
    }
    out.truncate(out.trim_end().len());
    out
}

fn lines_of(text: &str) -> Vec<Line> {
    text.split('\n')
        .map(|raw| {
            let text = normalise(raw);
            let indent = text.len() - text.trim_start().len();
            let blank = text.trim().is_empty();
            Line {
                text,
                indent,
                blank,
            }
        })
        .collect()
}

/// A bullet marker at the start of `s` (already left-trimmed): the marker's length in
/// bytes including the space after it.
fn bullet_marker(s: &str, indented: bool) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    let after = |n: usize| -> Option<usize> {
        let rest = &s[n..];
        if rest.is_empty() || rest.starts_with(' ') {
            Some(n + (rest.len() - rest.trim_start().len()))
        } else {
            None
        }
    };
    match c {
        '•' | '·' | '◦' | '▪' | '■' | '□' | '‣' | '●' | '○' | '☆' | '★' | '◆' | '◇' | '►' | '▸'
        | '➤' | '✓' | '✔' => after(c.len_utf8()),
        '*' | '+' => after(1),
        // dashes open dialogue lines in some languages, `o` starts words: only as an
        // indented list marker
        '-' | '–' | '—' | 'o' if indented => after(c.len_utf8()),
        // "1. " at the margin is the page's own text (a numbered heading, a
        // paragraph starting with its number); a list marker is indented
        _ if c.is_ascii_digit() && indented => {
            let digits = s.bytes().take_while(|b| b.is_ascii_digit()).count();
            if digits > 3 {
                return None;
            }
            let rest = &s[digits..];
            if rest.starts_with(". ") || rest.starts_with(") ") {
                after(digits + 1)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Width the page was hard-wrapped at, if it looks wrapped at all.
fn wrap_width(lines: &[Line]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .filter(|l| !l.blank)
        .map(|l| l.text.chars().count())
        .collect();
    lens.sort_unstable();
    lens.last().copied().unwrap_or(0)
}

/// The page's left margin: the most common indentation of non-bullet text lines.
fn margin(lines: &[Line]) -> usize {
    let mut counts = [0usize; 9];
    for l in lines.iter().filter(|l| !l.blank) {
        let t = l.text.trim_start();
        let words = t.split_whitespace().count();
        // prose lines set the margin; short labels and list continuations do not
        if words >= 5 && bullet_marker(t, true).is_none() && l.indent < counts.len() {
            counts[l.indent] += words;
        }
    }
    counts
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, usize::MAX - i))
        .map(|(i, _)| i)
        .unwrap_or(0)
}

/// Split a text page into blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let lines = lines_of(text);
    let margin = margin(&lines);
    let width = wrap_width(&lines);
    let wrapped_at = if width >= 40 {
        width - (width / 8).max(6)
    } else {
        usize::MAX
    };

    let mut out: Vec<Block> = Vec::new();
    let mut group = 0usize;
    // An open list item: its index in `out` and the column its text starts at.
    let mut open_item: Option<(usize, usize)> = None;
    let mut blank_run = 0usize;
    // Whether the previous text line may continue on this one (hard wrap).
    let mut joinable = false;
    let mut last_line_ends_sentence = false;

    for line in &lines {
        if line.blank {
            blank_run += 1;
            joinable = false;
            continue;
        }
        if blank_run > 0 {
            group += 1;
        }
        let gap = blank_run;
        blank_run = 0;
        let trimmed = line.text.trim_start();
        let indent = line.indent;
        let rel_indent = indent.saturating_sub(margin);

        let numbered = trimmed.starts_with(|c: char| c.is_ascii_digit());
        let indented = indent > margin || margin == 0 && !numbered;
        if let Some(marker) = bullet_marker(trimmed, indented) {
            let body = trimmed[marker..].trim().to_string();
            let mut block = Block::new(body, Shape::Item, group, rel_indent);
            block.indent = rel_indent;
            out.push(block);
            open_item = Some((out.len() - 1, indent + trimmed[..marker].chars().count()));
            joinable = true;
            continue;
        }

        // Continuation of an open list item: indented at least to its text column,
        // directly below it or after one blank line.
        if let Some((idx, col)) = open_item
            && indent >= col.max(margin + 1)
            && gap <= 1
        {
            let item = &mut out[idx];
            if !item.text.is_empty() {
                item.text.push(' ');
            }
            item.text.push_str(trimmed);
            item.group = group;
            joinable = false;
            continue;
        }
        open_item = None;

        // Hard-wrapped paragraph: the previous line reached the wrap width and does
        // not close a sentence (or this one carries on in lower case).
        if joinable
            && gap == 0
            && let Some(prev) = out.last_mut()
        {
            let starts_lower = trimmed.chars().next().is_some_and(|c| c.is_lowercase());
            if prev.shape == Shape::Plain
                && (!last_line_ends_sentence || starts_lower)
                && !trimmed.starts_with('[')
            {
                prev.text.push(' ');
                prev.text.push_str(trimmed);
                last_line_ends_sentence = ends_sentence(trimmed);
                continue;
            }
        }

        let outdented = margin >= 2 && indent + 2 <= margin;
        let mut block = Block::new(trimmed.to_string(), Shape::Plain, group, rel_indent);
        if outdented && block.features.words <= 25 && !block.features.ends_sentence {
            block.shape = Shape::Heading;
        }
        last_line_ends_sentence = block.features.ends_sentence;
        out.push(block);
        joinable = line.text.chars().count() >= wrapped_at;
    }
    // blocks grown by joined lines get their features once, at the end, so that
    // joining stays linear in the length of a paragraph
    for b in &mut out {
        b.features = crate::blocks::Features::of(&b.text);
    }
    out.retain(|b| !b.text.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn w3m_bullets_with_continuations() {
        let b =
            blocks("Heading\n\n  • 1\n    First title\n\n    ASIA\u{a0}\n\n  • 2\n    Second\n");
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Heading", "1 First title ASIA", "2 Second"]);
        assert_eq!(b[1].shape, Shape::Item);
    }

    #[test]
    fn lynx_margin_and_outdented_heading() {
        let b = blocks(
            "The headline here\n\n   Some text in the margin.\n     * item one\n     * item two\n   Back to text.\n",
        );
        assert_eq!(b[0].shape, Shape::Heading);
        assert_eq!(b[1].text, "Some text in the margin.");
        assert_eq!(b[2].shape, Shape::Item);
        assert_eq!(b[4].text, "Back to text.");
        assert_eq!(b[4].shape, Shape::Plain);
    }

    #[test]
    fn a_number_at_the_margin_is_text_and_an_indented_one_a_marker() {
        let b = blocks("1. Freude und Leichtigkeit.\n\n 2. An item of a list\n");
        assert_eq!(b[0].text, "1. Freude und Leichtigkeit.");
        assert_eq!(b[0].shape, Shape::Plain);
        assert_eq!(b[1].text, "An item of a list");
        assert_eq!(b[1].shape, Shape::Item);
    }

    #[test]
    fn elinks_bullet_with_no_break_space() {
        let b = blocks("   \u{2022}\u{a0} EXPLORE\n   \u{2022}\u{a0} Tech\n");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].text, "EXPLORE");
        assert_eq!(b[0].shape, Shape::Item);
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "This paragraph was wrapped by the program that saved it at a fixed\nwidth of about seventy columns, the way mail and old text files are\nwritten. It ends here.\n\nShort line\nAnother short line\n";
        let b = blocks(text);
        assert_eq!(b.len(), 3, "{b:?}");
        assert!(b[0].text.ends_with("It ends here."));
        assert_eq!(b[1].text, "Short line");
    }
}
