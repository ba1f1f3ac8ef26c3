//! newsclip's DOM (`html::dom`, built by newsclip's tokenizer and html5ever's
//! tree builder) against scraper's tree (html5ever's tokenizer and tree
//! builder), node for node: every page must give the same tree (names,
//! attributes, text, template contents), on tricky snippets and on the benchmark
//! pages (../shared/bench or $NEWSCLIP_BENCH; a missing corpus fails the test),
//! and generated tag soup must give the tree html5ever's own tokenizer gives.

use newsclip::html::dom::Dom;
use std::io::Read;
use std::path::PathBuf;

fn ours(dom: &Dom) -> Vec<String> {
    dom.outline()
}

fn theirs(doc: &scraper::Html) -> Vec<String> {
    use ego_tree::iter::Edge;
    use scraper::Node;
    let mut out = Vec::new();
    let mut depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) => {
                let what = match n.value() {
                    Node::Document => "document".to_string(),
                    Node::Fragment => "fragment".to_string(),
                    Node::Doctype(_) => "doctype".to_string(),
                    Node::Comment(_) => "comment".to_string(),
                    Node::ProcessingInstruction(_) => "pi".to_string(),
                    Node::Text(t) => format!("text {:?}", &**t),
                    Node::Element(e) => {
                        let mut attrs: Vec<String> = e
                            .attrs
                            .iter()
                            .map(|(name, value)| {
                                format!("{}|{}={:?}", name.ns, name.local, &**value)
                            })
                            .collect();
                        attrs.sort();
                        format!("<{}|{}> {}", e.name.ns, e.name.local, attrs.join(" "))
                    }
                };
                out.push(format!("{depth} {what}"));
                depth += 1;
            }
            Edge::Close(_) => depth -= 1,
        }
    }
    out
}

fn first_difference(a: &[String], b: &[String]) -> usize {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

/// Panic at the first node where trees `a` (ours) and `b` (`whose`) differ.
fn assert_trees(what: &str, a: &[String], b: &[String], whose: &str) {
    if a != b {
        let at = first_difference(a, b);
        panic!(
            "{what}: trees differ at node {at}: ours {:?}, {whose} {:?}",
            a.get(at),
            b.get(at)
        );
    }
}

/// The tree extraction parses is the whole tree less the unread attributes.
fn assert_extraction_tree(name: &str, html: &str) {
    let a = ours(&Dom::parse_for_extraction(html));
    let b = ours(&Dom::parse(html).without_unread_attributes());
    assert_trees(name, &a, &b, "the whole tree less unread attributes");
}

fn assert_same(name: &str, html: &str) {
    let a = ours(&Dom::parse(html));
    let b = theirs(&scraper::Html::parse_document(html));
    assert_trees(name, &a, &b, "scraper's");
    assert_extraction_tree(name, html);
    // scraper's fragment root is a fragment node, ours a document node
    let a = ours(&Dom::parse_fragment(html));
    let b = theirs(&scraper::Html::parse_fragment(html));
    assert!(a[1..] == b[1..], "{name}: fragment trees differ");
}

#[test]
fn tricky_markup_gives_scrapers_tree() {
    for (i, html) in [
        "",
        "plain text",
        "<p>a<b>b<i>c</b>d</i><p>e",
        "<table>x<tr><td>y</table>z",
        "<table><tr><td>a</td></tr>b<b>c</b></table>",
        "<template><p>t</p><template>u</template></template><p>after",
        "<head><template><title>in template</title></template><title>t</title></head>",
        "<html lang=en><html lang=fr data-x=1><body class=a><body id=b>",
        // read and unread attributes side by side, in any case, with references
        "<div data-x=\"a&amp;b\" CLASS=x onclick='f(\"&lt;\")' Id=y title=&notin style=a:b>t</div>",
        "<p class=a class=b data-a=1 data-a=2 hidden aria-hidden=true x=&amp;>p</p></p x=1 class=c>",
        "<table><input type=hidden data-v=1><input TYPE=text></table><meta charset=utf-8 x=1>",
        "<svg viewBox='0 0 1 1' class=s><font color=red size=2>f</font></svg>",
        "<svg><title>s</title><a xlink:href=/x xml:lang=de>l</a></svg><math><mi>x</mi></math>",
        "<!DOCTYPE html><!-- c --><?pi x?><p>a<!-- c -->b</p>",
        "<a href=1>one<div>two<a href=2>three</a></div></a>",
        "<select><option>a<option>b</select><textarea><b>raw</b></textarea>",
        "<script>if (a < b) { document.write('</scr' + 'ipt>') }</script><noscript><p>n</p></noscript>",
        "<frameset><frame></frameset>",
        "<p>a&amp;b&nbsp;c&#x27;&bogus;</p><pre>\n\nx</pre>",
        "<ul><li>a<li>b<ul><li>c</ul></ul><dl><dt>d<dd>e</dl>",
        "<form><input name=a><form><input name=b></form></form>",
        "<div id=a id=b class='x  y\tz' CLASS=w>dup</div>",
        "</p></br></div>stray",
    ]
    .iter()
    .enumerate()
    {
        assert_same(&format!("snippet {i}"), html);
    }
}

#[test]
fn benchmark_pages_give_scrapers_tree() {
    let root = std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"));
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(root.join("scrapinghub/html")).expect("scrapinghub pages") {
        let path = entry.unwrap().path();
        let mut bytes = Vec::new();
        flate2::read::MultiGzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut bytes)
            .unwrap();
        pages.push((path, bytes));
    }
    for entry in std::fs::read_dir(root.join("readability-pages")).expect("readability pages") {
        let path = entry.unwrap().path().join("source.html");
        if let Ok(bytes) = std::fs::read(&path) {
            pages.push((path, bytes));
        }
    }
    assert!(pages.len() > 300, "{} pages", pages.len());
    for (path, bytes) in pages {
        let html = newsclip::input::decode::decode(&bytes, None).unwrap();
        assert_same(&path.display().to_string(), &html);
    }
}

/// A small deterministic generator of tag soup: pieces chosen to reach every
/// tokenizer state (raw text, script escapes, comments, DOCTYPEs, CDATA,
/// character references, NULs, CRs, input cut off anywhere).
struct Soup(u64);

impl Soup {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn document(&mut self) -> String {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<P CLASS=a>",
            "<div id='x' class=\"a b\">",
            "</div>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<a href=/x?a=1&amp;b=2&copy=3&copy;>",
            "</a>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</table>",
            "<tbody>",
            "<caption>",
            "<colgroup><col>",
            "<select>",
            "<option>",
            "</select>",
            "<optgroup>",
            "<ul><li>",
            "<li>",
            "</ul>",
            "<br/>",
            "</br>",
            "<img src=x alt='a&lt;b' />",
            "<input type=hidden>",
            "<form>",
            "</form>",
            "<h1>",
            "</h2>",
            "<pre>",
            "\n",
            "<listing>",
            "<textarea>",
            "</textarea>",
            "<title>",
            "</title>",
            "<TITLE>",
            "</TITLE >",
            "<style>",
            "</style>",
            "<xmp>",
            "</xmp>",
            "<iframe>",
            "</iframe>",
            "<noscript>",
            "</noscript>",
            "<noembed>",
            "<noframes>",
            "<plaintext>",
            "<script>",
            "</script>",
            "</SCRIPT>",
            "<script type=text/x>",
            "<!--",
            "-->",
            "--!>",
            "<!-->",
            "<!--->",
            "<!---->",
            "--",
            "-",
            "<!-- c -->",
            "<!-- a -- b -->",
            "<!--<!--x-->",
            "<!",
            "<!x>",
            "<?php x ?>",
            "</>",
            "</ x>",
            "</3>",
            "<3",
            "< p>",
            "<!DOCTYPE html>",
            "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
            "<!DOCTYPE html PUBLIC '-//W3O//DTD W3 HTML Strict 3.0//EN//' 'x'>",
            "<!DOCTYPE html SYSTEM \"about:legacy-compat\">",
            "<!DOCTYPE>",
            "<!DOCTYPE html x>",
            "<!DOCTYPE html PUBLIC\"a\"\"b\">",
            "<!DOCTYPE html PUBLIC \"a>",
            "<!DOCTYPEhtml>",
            "<svg>",
            "</svg>",
            "<math>",
            "<mi>",
            "</math>",
            "<![CDATA[x]]y]]>",
            "<![CDATA[",
            "]]>",
            "<foreignObject>",
            "<desc>",
            "<path d=1/>",
            "<svg viewBox='0 0 1 1'>",
            "&amp;",
            "&amp",
            "&AMP;",
            "&notit;",
            "&notin;",
            "&not",
            "&lt",
            "&#39;",
            "&#x27;",
            "&#X41",
            "&#;",
            "&#x;",
            "&#0;",
            "&#128;",
            "&#x9F;",
            "&#xD800;",
            "&#1114112;",
            "&#99999999999;",
            "&bogus;",
            "&",
            "&#",
            "&#x",
            "&zwnj;",
            "&NotNestedGreaterGreater;",
            "text",
            " ",
            "\t",
            "\r\n",
            "\r",
            "\0",
            "é",
            "日本",
            "x=1",
            "\"",
            "'",
            "=",
            "`",
            "<",
            ">",
            "/",
            "<a b c=d e='f' g=\"h\" b=dup>",
            "<a \0=\0>",
            "<div a=\"&amp\" b='&ampx' c=&amp= d=&amp;x>",
            "<div/ x>",
            "<div x=y/>",
            "<!-- <script> -->",
            "<script><!--",
            "<script><!--<script>",
            "<!--<script>x</script>-->",
            "</script x=\"</script>\">",
            "<template>",
            "</template>",
            "<html lang=en>",
            "<body class=b>",
            "<head>",
            "<frameset>",
            "<frame>",
            "<base href=/>",
            "<meta charset=utf-8>",
            "<marquee>",
            "<applet>",
            "<object>",
            "<button>",
            "<nobr>",
            "<ruby><rt>",
            "<hr>",
        ];
        let len = (self.next() % 40) as usize;
        // A byte order mark only at the start: html5ever also drops one right
        // after each `</script>` (it checks for a BOM whenever the parser
        // resumes after a script), which the spec does not.
        let mut doc = String::new();
        if self.next().is_multiple_of(8) {
            doc.push('\u{feff}');
        }
        let mut previous = "";
        for _ in 0..len {
            let mut piece = self.pick(PIECES);
            // html5ever lets a parse error without a token ("</>", a numeric
            // reference without ';') use up the line feed a <pre>, <listing>
            // or <textarea> ignores; the spec (and newsclip) ignore the line
            // feed after them.
            if matches!(previous, "<pre>" | "<listing>" | "<textarea>")
                && (piece == "</>" || piece.starts_with("&#"))
            {
                piece = "x";
            }
            doc.push_str(piece);
            previous = piece;
        }
        // Sometimes cut the input at a random character boundary.
        if self.next().is_multiple_of(3) && !doc.is_empty() {
            let mut cut = (self.next() % doc.len() as u64) as usize;
            while !doc.is_char_boundary(cut) {
                cut -= 1;
            }
            doc.truncate(cut);
        }
        doc
    }
}

#[test]
fn tokenizer_builds_html5evers_tree_on_generated_soup() {
    // NEWSCLIP_SOUP_CASES=N runs more cases (a longer search for differences).
    let mut soup = Soup(0x9e37_79b9_7f4a_7c15);
    let cases = std::env::var("NEWSCLIP_SOUP_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            6_000
        } else {
            60_000
        });
    for case in 0..cases {
        let doc = soup.document();
        let a = ours(&Dom::parse(&doc));
        let b = ours(&Dom::parse_html5ever(&doc));
        let what = format!("case {case} {doc:?}");
        assert_trees(&what, &a, &b, "html5ever's");
        assert_extraction_tree(&what, &doc);
    }
}

#[test]
fn every_attribute_a_pass_reads_survives_the_extraction_parse() {
    // each `attr("NAME")` outside the tests of newsclip's sources
    let mut read = Vec::new();
    let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap();
            for (at, _) in code.match_indices("attr(\"") {
                let name = &code[at + 6..];
                let name = &name[..name.find('"').unwrap()];
                read.push((path.display().to_string(), name.to_string()));
            }
        }
    }
    assert!(read.len() > 20, "attribute reads found: {read:?}");
    for (file, name) in read {
        assert!(
            newsclip::html::tokenizer::is_read_attribute(&name),
            "{file} reads `{name}`, which Dom::parse_for_extraction drops: add it to READ_ATTRIBUTES"
        );
    }
}
