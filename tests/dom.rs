//! newsclip's DOM (`html::dom`) against scraper's tree, node for node: the same
//! parser behind both, so every page must give the same tree (names, attributes,
//! text, template contents), on tricky snippets and on the benchmark pages
//! (../shared/bench or $NEWSCLIP_BENCH; a missing corpus fails the test).

use newsclip::html::dom::{Data, Dom, Edge};
use std::io::Read;
use std::path::PathBuf;

/// One line per node in document order, with its depth.
fn ours(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    for edge in dom.root().traverse() {
        match edge {
            Edge::Open(n) => {
                let what = match n.value() {
                    Data::Document => "document".to_string(),
                    Data::Fragment => "fragment".to_string(),
                    Data::Doctype => "doctype".to_string(),
                    Data::Comment => "comment".to_string(),
                    Data::ProcessingInstruction => "pi".to_string(),
                    Data::Text(t) => format!("text {:?}", &**t),
                    Data::Element(e) => {
                        let mut attrs: Vec<String> = e
                            .attrs
                            .iter()
                            .map(|a| format!("{}|{}={:?}", a.name.ns, a.name.local, &*a.value))
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

fn assert_same(name: &str, html: &str) {
    let a = ours(&Dom::parse(html));
    let b = theirs(&scraper::Html::parse_document(html));
    if a != b {
        let at = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        panic!(
            "{name}: trees differ at node {at}: ours {:?}, scraper's {:?}",
            a.get(at),
            b.get(at)
        );
    }
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
