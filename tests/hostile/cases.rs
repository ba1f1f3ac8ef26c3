//! Hostile inputs, generated at run time (nothing large is committed). Shared by
//! `tests/hostile.rs` (outcomes) and `benches/hostile.rs` (time per MB).

#![allow(dead_code)]

/// What an input must turn into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A record (its body may be empty).
    Record,
    /// A record with an empty body and a warning.
    NoBody,
    /// An error whose message contains this text.
    Error(&'static str),
}

pub struct Case {
    pub name: &'static str,
    pub make: fn() -> Vec<u8>,
    pub expect: Expect,
}

pub const NOT_A_DOCUMENT: &str = "not a text or HTML document";
pub const MIB: usize = 1 << 20;

/// A small deterministic generator (xorshift64*), so that "random" inputs are the
/// same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

const WORDS: &[&str] = &[
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "new",
    "rules",
    "for",
    "river",
    "water",
    "would",
    "take",
    "effect",
    "next",
    "year",
    "after",
    "months",
    "of",
    "talks",
    "with",
    "farmers",
    "and",
    "city",
    "officials",
    "who",
    "had",
    "asked",
    "more",
    "time",
];

/// `n` words of prose, sentences of 12 words.
pub fn prose(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n * 7);
    for i in 0..n {
        let w = WORDS[rng.below(WORDS.len())];
        if i % 12 == 0 {
            if i > 0 {
                s.push_str(". ");
            }
            let mut c = w.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            s.push(first);
            s.push_str(c.as_str());
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// A small, ordinary article page.
pub fn story_html() -> String {
    let mut rng = Rng::new(7);
    let mut s = String::from(
        "<!doctype html><html><head><title>River Rules Agreed</title></head><body>\
         <article><h1>River Rules Agreed</h1>",
    );
    for _ in 0..4 {
        s.push_str("<p>");
        s.push_str(&prose(&mut rng, 60));
        s.push_str("</p>");
    }
    s.push_str("</article></body></html>");
    s
}

/// A small, ordinary plain-text article.
pub fn story_text() -> String {
    let mut rng = Rng::new(7);
    let mut s = String::from("River Rules Agreed\n\n");
    for _ in 0..3 {
        s.push_str(&prose(&mut rng, 60));
        s.push_str("\n\n");
    }
    s
}

fn html_page(body: &str) -> Vec<u8> {
    format!("<!doctype html><html><head><title>T</title></head><body>{body}</body></html>")
        .into_bytes()
}

fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// `depth` nested elements `open` … `close` around one paragraph.
fn nested(open: &str, close: &str, depth: usize, inner: &str) -> Vec<u8> {
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + inner.len() + 100);
    s.push_str("<!doctype html><html><head><title>Deep</title></head><body>");
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..depth {
        s.push_str(close);
    }
    s.push_str("</body></html>");
    s.into_bytes()
}

fn para() -> String {
    let mut rng = Rng::new(11);
    format!("<p>{}</p>", prose(&mut rng, 80))
}

/// JSON of about `size` bytes: an array of objects with text.
pub fn json(size: usize, pretty: bool) -> String {
    let mut rng = Rng::new(5);
    let mut s = String::from(
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Big Data\",\"items\":[",
    );
    let mut i = 0;
    while s.len() < size {
        if i > 0 {
            s.push(',');
        }
        if pretty {
            s.push_str("\n  ");
        }
        s.push_str(&format!(
            "{{\"id\":{i},\"title\":\"{}\",\"n\":[1,2,3]}}",
            prose(&mut rng, 10)
        ));
        i += 1;
    }
    s.push_str("]}");
    s
}

pub fn cases() -> Vec<Case> {
    use Expect::*;
    vec![
        Case {
            name: "empty",
            make: || Vec::new(),
            expect: NoBody,
        },
        Case {
            name: "whitespace only",
            make: || b" \n\t\r\n   \x0c\n".to_vec(),
            expect: NoBody,
        },
        Case {
            name: "one byte",
            make: || b"a".to_vec(),
            expect: NoBody,
        },
        Case {
            name: "one byte <",
            make: || b"<".to_vec(),
            expect: NoBody,
        },
        Case {
            name: "one byte 0xff",
            make: || vec![0xff],
            expect: NoBody,
        },
        Case {
            name: "one NUL",
            make: || vec![0],
            expect: Error(NOT_A_DOCUMENT),
        },
        Case {
            name: "NUL bytes",
            make: || vec![0; 64 * 1024],
            expect: Error(NOT_A_DOCUMENT),
        },
        Case {
            name: "text with stray NUL bytes",
            make: || {
                let mut t = story_text().into_bytes();
                for i in (100..t.len()).step_by(700) {
                    t[i] = 0;
                }
                t
            },
            expect: Record,
        },
        Case {
            name: "random bytes",
            make: || Rng::new(42).bytes(MIB),
            expect: Error(NOT_A_DOCUMENT),
        },
        Case {
            name: "random printable ASCII",
            make: || {
                let mut r = Rng::new(43);
                (0..MIB)
                    .map(|_| b" \n<>&;\"'=/abcdefghijklmnopqrstuvwxyz"[r.below(36)])
                    .collect()
            },
            expect: Record,
        },
        Case {
            name: "PNG",
            make: || {
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
                    .to_vec()
            },
            expect: Error("PNG"),
        },
        Case {
            name: "PDF",
            make: || {
                b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec()
            },
            expect: Error("PDF"),
        },
        Case {
            name: "ZIP",
            make: || b"PK\x03\x04\x14\x00\x00\x00\x08\x00abc.html".to_vec(),
            expect: Error("ZIP"),
        },
        Case {
            name: "JPEG",
            make: || b"\xff\xd8\xff\xe0\x00\x10JFIF\x00".to_vec(),
            expect: Error("JPEG"),
        },
        Case {
            name: "GIF",
            make: || b"GIF89a\x01\x00\x01\x00\x80\x00\x00".to_vec(),
            expect: Error("GIF"),
        },
        Case {
            name: "ELF",
            make: || b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00".to_vec(),
            expect: Error("ELF"),
        },
        Case {
            name: "Windows executable",
            make: || {
                let mut v = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
                v.resize(256, 0);
                v
            },
            expect: Error(NOT_A_DOCUMENT),
        },
        Case {
            name: "gzip of a PNG",
            make: || gzip(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            expect: Error("PNG"),
        },
        Case {
            name: "gzip of a page",
            make: || gzip(story_html().as_bytes()),
            expect: Record,
        },
        Case {
            name: "truncated gzip",
            make: || {
                let g = gzip(story_html().as_bytes());
                g[..g.len() * 2 / 3].to_vec()
            },
            expect: Record,
        },
        Case {
            name: "gzip header only",
            make: || b"\x1f\x8b".to_vec(),
            expect: Error("gzip"),
        },
        Case {
            name: "gzip bomb",
            make: || gzip(&b"spam ".repeat(70 * MIB / 5)),
            expect: Error("limit"),
        },
        Case {
            name: "invalid UTF-8",
            make: || {
                let mut t = story_text()
                    .replace("council", "conseil général")
                    .into_bytes();
                for i in (50..t.len()).step_by(300) {
                    t[i] = [0xff, 0xc3, 0x80, 0xed][i % 4];
                }
                t
            },
            expect: Record,
        },
        Case {
            name: "UTF-8 truncated in a character",
            make: || {
                let mut t = story_text()
                    .replace("officials", "fonctionnaires élus")
                    .into_bytes();
                t.extend_from_slice("fin é".as_bytes());
                t.pop();
                t
            },
            expect: Record,
        },
        Case {
            name: "100,000 nested divs",
            make: || nested("<div>", "</div>", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 nested divs with text",
            make: || nested("<div>some words here ", "</div>", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 nested classed divs",
            make: || {
                nested(
                    "<div class=\"byline author\" id=\"x\">",
                    "</div>",
                    100_000,
                    &para(),
                )
            },
            expect: Record,
        },
        Case {
            name: "100,000 nested spans",
            make: || nested("<span>", "</span>", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 unclosed <b>",
            make: || nested("<b>", "", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 unclosed <a>",
            make: || nested("<a href=\"/x\">x ", "", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 unclosed <p>",
            make: || nested("<p>x ", "", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 nested <li>",
            make: || nested("<ul><li>", "</li></ul>", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 nested tables",
            make: || nested("<table><tr><td>", "</td></tr></table>", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 nested <svg> g",
            make: || nested("<svg><g>", "</g></svg>", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 self-closed <div/>",
            make: || nested("<div/>", "", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 misnested <span><div></span>",
            make: || nested("<span><div></span>", "", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 nested <svg> foreignObject",
            make: || nested("<svg><foreignObject><div>", "", 100_000, &para()),
            expect: Record,
        },
        Case {
            name: "100,000 reopened <b>",
            make: || {
                let body: String = (0..100_000)
                    .map(|i| format!("<div><b class=\"b{i}\"></div>x "))
                    .collect();
                html_page(&format!("{body}{}", para()))
            },
            expect: Record,
        },
        Case {
            name: "1,000,000 attributes",
            make: || {
                let mut s = String::from("<!doctype html><html><body><div");
                for i in 0..1_000_000 {
                    s.push_str(&format!(" a{i}=\"v\""));
                }
                s.push('>');
                s.push_str(&para());
                s.push_str("</div></body></html>");
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "1,000,000 repeated attributes",
            make: || {
                let mut s = String::from("<!doctype html><html><body><div");
                s.push_str(&repeat(" class=\"a\"", 1_000_000));
                s.push('>');
                s.push_str(&para());
                s.push_str("</div></body></html>");
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed <script>",
            make: || {
                let mut s = story_html();
                s.push_str("<script>var a = '<p>");
                s.push_str(&repeat("x = x + 1; </scrip ", 5 * MIB / 18));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed comment",
            make: || {
                let mut s = story_html();
                s.push_str("<!-- ");
                s.push_str(&repeat("<p>commented out</p> -- > ", 5 * MIB / 26));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed CDATA",
            make: || {
                let mut s = story_html();
                s.push_str("<svg><![CDATA[ ");
                s.push_str(&repeat("data ]] > ", 5 * MIB / 10));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed <style>",
            make: || {
                let mut s = story_html();
                s.push_str("<style>");
                s.push_str(&repeat("p { color: red } ", 5 * MIB / 17));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed <textarea>",
            make: || {
                let mut s = story_html();
                s.push_str("<textarea>");
                s.push_str(&repeat("<p>typed text</p> ", 5 * MIB / 18));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed <title>",
            make: || {
                let mut s = String::from("<html><head><title>");
                s.push_str(&repeat("a long title ", 5 * MIB / 13));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "unclosed tag",
            make: || {
                let mut s = story_html();
                s.push_str("<div class=\"");
                s.push_str(&repeat("abc ", 5 * MIB / 4));
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "50 MB single-line text",
            make: || {
                let mut r = Rng::new(3);
                let mut s = String::from("A Headline On Its Own Line\n\n");
                while s.len() < 50 * MIB {
                    s.push_str(&prose(&mut r, 1000));
                    s.push(' ');
                }
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "50 MB of one word",
            make: || {
                let mut v = b"x".repeat(50 * MIB);
                v.push(b'\n');
                v
            },
            expect: NoBody,
        },
        Case {
            name: "1,000,000 lines of text",
            make: || {
                let mut r = Rng::new(4);
                let mut s = String::from("A Headline On Its Own Line\n\n");
                for i in 0..1_000_000 {
                    s.push_str(&prose(&mut r, 3 + i % 9));
                    s.push('\n');
                    if i % 5 == 4 {
                        s.push('\n');
                    }
                }
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "1,000,000 hard-wrapped lines",
            make: || {
                // lines of one width that never end a sentence: one paragraph
                let mut s = String::from("A Headline On Its Own Line\n\n");
                for i in 0..1_000_000 {
                    s.push_str(&format!(
                        "line {i:07} of a paragraph wrapped at one width,\n"
                    ));
                }
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "1,000,000 list items",
            make: || {
                let mut s = String::from("A Headline On Its Own Line\n\n");
                for i in 0..1_000_000 {
                    s.push_str(&format!("  * item {i}\n"));
                }
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "list item with 1,000,000 continuation lines",
            make: || {
                let mut s = String::from("A Headline On Its Own Line\n\n  * first item\n");
                for i in 0..1_000_000 {
                    s.push_str(&format!("    continued {i}\n"));
                }
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "1,000,000 blank lines",
            make: || "\n".repeat(1_000_000).into_bytes(),
            expect: NoBody,
        },
        Case {
            name: "10 MB JSON-LD",
            make: || {
                let mut s = String::from(
                    "<!doctype html><html><head><title>Big Data</title><script type=\"application/ld+json\">",
                );
                s.push_str(&json(10 * MIB, false));
                s.push_str("</script></head><body><article><h1>Big Data</h1>");
                s.push_str(&para());
                s.push_str(&para());
                s.push_str("</article></body></html>");
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "10 MB broken JSON-LD",
            make: || {
                let mut s = String::from(
                    "<!doctype html><html><head><script type=\"application/ld+json\">",
                );
                s.push_str(
                    &json(10 * MIB, true)
                        .replace("},", "},,")
                        .replace("\"n\"", "// c\n\"n\""),
                );
                s.push_str("</script></head><body>");
                s.push_str(&para());
                s.push_str("</body></html>");
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "10 MB deeply nested JSON-LD",
            make: || {
                let mut s = String::from(
                    "<!doctype html><html><head><script type=\"application/ld+json\">",
                );
                s.push_str(&repeat("{\"@graph\":[", 5 * MIB / 11));
                s.push_str("</script></head><body>");
                s.push_str(&para());
                s.push_str("</body></html>");
                s.into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "10 MB JSON as plain text",
            make: || json(10 * MIB, false).into_bytes(),
            expect: Record,
        },
        Case {
            name: "10 MB pretty JSON as plain text",
            make: || json(10 * MIB, true).into_bytes(),
            expect: Record,
        },
        Case {
            name: "5 MB paragraph",
            make: || {
                let mut r = Rng::new(9);
                let mut p = String::new();
                while p.len() < 5 * MIB {
                    p.push_str(&prose(&mut r, 1000));
                    p.push(' ');
                }
                html_page(&format!(
                    "<article><h1>One Long Paragraph</h1><p>{p}</p></article>"
                ))
            },
            expect: Record,
        },
        Case {
            name: "200,000 paragraphs",
            make: || {
                let mut r = Rng::new(10);
                let mut s = String::from("<article><h1>Many Paragraphs</h1>");
                for _ in 0..200_000 {
                    s.push_str("<p>");
                    s.push_str(&prose(&mut r, 12));
                    s.push_str("</p>");
                }
                s.push_str("</article>");
                html_page(&s)
            },
            expect: Record,
        },
        Case {
            name: "200,000 links",
            make: || {
                let mut s = String::from("<ul>");
                for i in 0..200_000 {
                    s.push_str(&format!(
                        "<li><a href=\"/s/{i}\">Story number {i} of the day</a></li>"
                    ));
                }
                s.push_str("</ul>");
                html_page(&s)
            },
            expect: NoBody,
        },
        Case {
            name: "100,000 author metas",
            make: || {
                let metas: String = (0..100_000)
                    .map(|i| format!("<meta name=\"author\" content=\"Person {i}\">"))
                    .collect();
                format!(
                    "<html><head><title>T</title>{metas}</head><body>{}</body></html>",
                    para()
                )
                .into_bytes()
            },
            expect: Record,
        },
        Case {
            name: "100,000 rel=author links",
            make: || {
                let links: String = (0..100_000)
                    .map(|i| format!("<a rel=\"author\" href=\"/a/{i}\">Jane Doe{i}</a> "))
                    .collect();
                html_page(&format!("{links}{}", para()))
            },
            expect: Record,
        },
        Case {
            name: "100,000 itemprop=author elements",
            make: || {
                let spans: String = (0..100_000)
                    .map(|i| format!("<span itemprop=\"author\">Jane Doe{i}</span> "))
                    .collect();
                html_page(&format!("{spans}{}", para()))
            },
            expect: Record,
        },
        Case {
            name: "20,000 byline elements",
            make: || {
                let divs: String = (0..20_000)
                    .map(|i| format!("<div class=\"byline\">By Jane Doe{i}</div>"))
                    .collect();
                html_page(&format!("{divs}{}", para()))
            },
            expect: Record,
        },
        Case {
            name: "1,000,000 entities",
            make: || {
                html_page(&format!(
                    "<p>{}</p>",
                    repeat("&amp;&#x41;&eacute;&bogus; ", 1_000_000 / 4)
                ))
            },
            expect: Record,
        },
        Case {
            name: "10 MB of one tag name",
            make: || html_page(&format!("<{}>text", "x".repeat(10 * MIB))),
            expect: Record,
        },
    ]
}
