//! The one block model shared by both front ends.
//!
//! A `Block` is the smallest unit a decision is made on: one paragraph, one list
//! item, one heading or one stand-alone line. Front ends fill in the text and the
//! layout evidence; `Features` are computed from the text alone so that every pass
//! downstream works the same way whatever the input kind.

/// How the block was marked up or laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Running text (a paragraph, or a stand-alone line in a text dump).
    Plain,
    /// An item of a bulleted or numbered list.
    Item,
    /// A heading (HTML `h1`-`h6`, or a line the text front end recognised as one).
    Heading,
}

/// What a pass decided a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Unknown,
    /// Page furniture; the reason names the pass.
    Boilerplate(&'static str),
    Headline,
    Byline,
    Date,
    Summary,
    Credit,
    Body,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    pub shape: Shape,
    /// Group of blocks laid out together (a blank-line-separated chunk of text, or a
    /// DOM container). Blocks in one group are neighbours without a gap.
    pub group: usize,
    /// Indentation in columns relative to the page's margin (text input).
    pub indent: usize,
    /// Heading level for HTML headings (1-6), 0 otherwise.
    pub level: u8,
    /// Share of the text that sits inside links (HTML; 0 for text).
    pub link_density: f32,
    /// Inside the element the page marks as its article (HTML `article`, `main`,
    /// `itemprop=articleBody`, article-body classes); false for text input.
    pub in_article: bool,
    /// The text of a data-table cell in a DOM (a cell reading "Comments" is a
    /// column's name, not the start of the reader comments).
    pub in_table: bool,
    pub features: Features,
    pub label: Label,
}

impl Block {
    pub fn new(text: String, shape: Shape, group: usize, indent: usize) -> Self {
        let features = Features::of(&text);
        Block {
            text,
            shape,
            group,
            indent,
            level: 0,
            link_density: 0.0,
            in_article: false,
            in_table: false,
            features,
            label: Label::Unknown,
        }
    }

    pub fn is_boilerplate(&self) -> bool {
        matches!(self.label, Label::Boilerplate(_))
    }
}

/// Text features of a block, computed once.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub words: usize,
    pub chars: usize,
    /// Words starting with an upper-case letter, among words starting with a letter.
    pub capitalised: usize,
    pub alpha_words: usize,
    /// Sentence-ending punctuation marks followed by a space or the end.
    pub sentence_ends: usize,
    /// The text ends with `.`, `!`, `?`, `…`, a closing quote after one of them, etc.
    pub ends_sentence: bool,
    pub commas: usize,
    /// Only digits, separators and signs.
    pub numeric: bool,
    /// `[12]`-style link-reference markers.
    pub link_refs: usize,
    pub has_url: bool,
    pub has_email: bool,
    /// The first letter is a capital: the shape of a sentence.
    pub starts_upper: bool,
}

impl Features {
    /// One pass over the characters (ASCII ones classified by a table), each
    /// seen with the one after it, words ending at white space.
    pub fn of(text: &str) -> Features {
        let mut f = Features::default();
        let mut first_alpha: Option<char> = None;
        let mut numeric = true;
        let mut blank = true;
        let mut prev: Option<char> = None;
        let mut word = Word::default();
        let mut i = 0;
        while let Some((c, len, class)) = char_at(text, i) {
            if class & SPACE != 0 {
                word.end(text, i, &mut f);
            } else {
                blank = false;
                word.take(i, c, class);
            }
            i += len;
            f.chars += 1;
            if first_alpha.is_none() && is_alpha(c, class) {
                first_alpha = Some(c);
            }
            if numeric && class & NUMERIC == 0 {
                numeric = false;
            }
            if class & COMMA != 0 {
                f.commas += 1;
            }
            if class & SENTENCE_END != 0 && !(c == '.' && prev == Some('.')) {
                let next = char_at(text, i);
                if next.is_none_or(|(_, _, n)| n & (SPACE | CLOSING) != 0 || is_cjk_stop(c)) {
                    f.sentence_ends += 1;
                }
            }
            prev = Some(c);
        }
        word.end(text, i, &mut f);
        f.starts_upper = first_alpha.is_some_and(char::is_uppercase);
        f.ends_sentence = ends_sentence(text) || text.trim_end().ends_with('…') && f.words > 8;
        f.numeric = !blank && numeric;
        f
    }

    /// Share of capitalised words among alphabetic words.
    pub fn title_case_share(&self) -> f32 {
        if self.alpha_words == 0 {
            0.0
        } else {
            self.capitalised as f32 / self.alpha_words as f32
        }
    }

    /// Reads like running prose: long enough and punctuated like sentences.
    pub fn is_prose(&self) -> bool {
        (self.words >= 10 && (self.ends_sentence || self.sentence_ends >= 1 || self.commas >= 2))
            // long text with no punctuation at all is a tag cloud or a menu
            || (self.words >= 25
                && (self.sentence_ends + self.commas > 0 || self.starts_upper && self.title_case_share() < 0.5))
            || (self.words >= 5
                && self.ends_sentence
                && self.sentence_ends >= 1
                && self.title_case_share() < 0.5)
    }
}

// What `Features::of` asks of a character, as bits.
const SPACE: u16 = 1;
const ALPHA: u16 = 2;
/// alphanumeric
const ALNUM: u16 = 4;
/// a digit, white space or one of `,.+-%#/:`
const NUMERIC: u16 = 8;
const COMMA: u16 = 16;
const SENTENCE_END: u16 = 32;
const CLOSING: u16 = 64;
const CJK: u16 = 128;
/// `:` or `@`: the word may be a URL or an e-mail address
const MARK: u16 = 256;

/// The classes of the ASCII characters.
const ASCII_CLASS: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut class = 0;
        if matches!(c, b'\t'..=b'\r' | b' ') {
            class |= SPACE | NUMERIC;
        }
        if c.is_ascii_alphabetic() {
            class |= ALPHA | ALNUM;
        }
        if c.is_ascii_digit() {
            class |= ALNUM | NUMERIC;
        }
        if matches!(c, b',' | b'.' | b'+' | b'-' | b'%' | b'#' | b'/' | b':') {
            class |= NUMERIC;
        }
        if c == b',' {
            class |= COMMA;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            class |= SENTENCE_END;
        }
        if matches!(c, b'"' | b'\'' | b')' | b']') {
            class |= CLOSING;
        }
        if matches!(c, b':' | b'@') {
            class |= MARK;
        }
        t[b] = class;
        b += 1;
    }
    t
};

/// The character at byte `i` of `text`, its length and its class.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<(char, usize, u16)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1, ASCII_CLASS[b as usize]))
    } else {
        let c = text[i..].chars().next()?;
        Some((c, c.len_utf8(), class_of(c)))
    }
}

/// Is `c` (of `class`) alphabetic? (Outside ASCII the class leaves it open:
/// asked only until the first letter.)
#[inline(always)]
fn is_alpha(c: char, class: u16) -> bool {
    class & ALPHA != 0 || !c.is_ascii() && c.is_alphabetic()
}

/// The class of a character outside ASCII, less `ALPHA` and `ALNUM`.
fn class_of(c: char) -> u16 {
    let mut class = 0;
    if c.is_whitespace() {
        class |= SPACE | NUMERIC;
    }
    if matches!(c, '،' | '，' | '、') {
        class |= COMMA;
    }
    if is_sentence_end(c) {
        class |= SENTENCE_END;
    }
    if is_closing(c) {
        class |= CLOSING;
    }
    if is_cjk(c) {
        class |= CJK;
    }
    class
}

/// The word `Features::of` is reading.
#[derive(Default)]
struct Word {
    start: Option<usize>,
    cjk: usize,
    /// Its first alphanumeric character.
    first: Option<char>,
    marked: bool,
}

impl Word {
    #[inline(always)]
    fn take(&mut self, at: usize, c: char, class: u16) {
        self.start.get_or_insert(at);
        if class & CJK != 0 {
            self.cjk += 1;
        }
        if self.first.is_none() && (class & ALNUM != 0 || !c.is_ascii() && c.is_alphanumeric()) {
            self.first = Some(c);
        }
        self.marked |= class & MARK != 0;
    }

    /// The word ends before `end`: count it.
    fn end(&mut self, text: &str, end: usize, f: &mut Features) {
        let Some(start) = self.start else {
            return;
        };
        let word = &text[start..end];
        f.words += (self.cjk / 2).max(1);
        if let Some(c) = self.first
            && c.is_alphabetic()
        {
            f.alpha_words += 1;
            if c.is_uppercase() {
                f.capitalised += 1;
            }
        }
        if self.marked && word.contains("://") || word.starts_with("www.") {
            f.has_url = true;
        }
        if self.marked && word.contains('@') && is_email(word) {
            f.has_email = true;
        }
        if is_link_ref(word) {
            f.link_refs += 1;
        }
        *self = Word::default();
    }
}

/// A `[12]`-style link-reference marker.
fn is_link_ref(word: &str) -> bool {
    word.starts_with('[')
        && word.ends_with(']')
        && word.len() > 2
        && word[1..word.len() - 1].bytes().all(|b| b.is_ascii_digit())
}

/// Does the text end like a sentence (a full stop, not an ellipsis; closing quotes
/// and brackets after it allowed)?
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| is_closing(c) || c.is_whitespace());
    trimmed.chars().last().is_some_and(is_sentence_end) && !trimmed.ends_with("..")
}

/// Han, kana and hangul characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
}

pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।')
}

fn is_cjk_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '›'
    )
}

pub fn is_email(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    match w.split_once('@') {
        Some((user, host)) => !user.is_empty() && host.contains('.') && !host.starts_with('.'),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Features::of` as first written (one `Vec<char>` per block): the
    /// single-pass version must agree with it exactly.
    fn reference(text: &str) -> Features {
        let mut f = Features {
            chars: text.chars().count(),
            ..Features::default()
        };
        for word in text.split_whitespace() {
            let cjk = word.chars().filter(|&c| is_cjk(c)).count();
            f.words += (cjk / 2).max(1);
            if let Some(c) = word.chars().find(|c| c.is_alphanumeric())
                && c.is_alphabetic()
            {
                f.alpha_words += 1;
                if c.is_uppercase() {
                    f.capitalised += 1;
                }
            }
            if word.contains("://") || word.starts_with("www.") {
                f.has_url = true;
            }
            if is_email(word) {
                f.has_email = true;
            }
            if is_link_ref(word) {
                f.link_refs += 1;
            }
        }
        f.starts_upper = text
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase);
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c == ',' || c == '،' || c == '，' || c == '、' {
                f.commas += 1;
            }
            if is_sentence_end(c) && !(c == '.' && (i > 0 && chars[i - 1] == '.')) {
                let next = chars.get(i + 1);
                if next.is_none_or(|n| n.is_whitespace() || is_closing(*n) || is_cjk_stop(c)) {
                    f.sentence_ends += 1;
                }
            }
        }
        f.ends_sentence = ends_sentence(text) || text.trim_end().ends_with('…') && f.words > 8;
        f.numeric = !text.trim().is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace() || ",.+-%#/:".contains(c));
        f
    }

    #[test]
    fn features_agree_with_the_reference() {
        let texts = [
            "",
            "   ",
            "\u{a0}\u{2003}",
            "12, 345.6 %",
            "12 a",
            "Hello world. This is it!",
            "Wait... what?! \"Yes.\" (No.)",
            "see [12] and [a] or [] [3",
            "mail jane@example.com, @handle, a@b, x@.y",
            "http://a.b www.c.d",
            "東京で会議が開かれた。次の会議は来週です。",
            "한국어 문장입니다. 끝",
            "السلام، عليكم؟ نعم.",
            "…and so on and on and on and on and on and on and on…",
            "नमस्ते। दुनिया",
            "1.2.3. .. . .",
            "Élan vital, ñandú, Øre",
            "a:b c@d.e\tx://y\u{2003}[1]\n«Zitat.» ²³ Ⅻ 1,5 %",
            "end?\u{a0}(yes!) \"no.\"\u{3000}東京。x",
        ];
        for t in texts {
            assert_eq!(
                format!("{:?}", Features::of(t)),
                format!("{:?}", reference(t)),
                "{t:?}"
            );
        }
    }
}
