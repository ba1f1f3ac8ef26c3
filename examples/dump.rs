//! Debugging aid: print a page's blocks with the label each pass gave them, and the
//! record. `cargo run --example dump -- FILE`
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let bytes = newsclip::input::decompress(&bytes).expect("readable gzip");
    let text = newsclip::input::decode::decode(&bytes, None).expect("a text document");
    let html = newsclip::input::looks_like_html(&text);
    let (mut blocks, prefer, parents, title) = if html {
        let page = newsclip::html::page(&text);
        (
            page.blocks,
            page.has_article_container,
            Some(page.parents),
            page.meta.headline,
        )
    } else {
        (newsclip::text::blocks(&text), false, None, None)
    };
    newsclip::boilerplate::mark(&mut blocks, html);
    let hints = newsclip::extract::Hints {
        prefer_article: prefer,
        parents: parents.as_deref(),
        title: title.as_deref(),
        thread: false,
        url: None,
    };
    let region = newsclip::body::region(&blocks, &hints);
    let weights = newsclip::body::block_weights(&blocks, &hints);
    for (i, b) in blocks.iter().enumerate() {
        let inr = region.is_some_and(|(a, z)| i >= a && i < z);
        let t: String = b.text.chars().take(90).collect();
        let mark = if inr { '#' } else { ' ' };
        let art = if b.in_article { 'A' } else { ' ' };
        let (g, s, l, w, ld) = (b.group, b.shape, b.label, b.features.words, b.link_density);
        let wt = weights[i];
        println!(
            "{i:4} {mark}{art} g{g:<3} p{:<3} {s:?} {l:?} w{w} ld{ld:.1} {wt:+.1} | {t}",
            parents
                .as_ref()
                .map_or(0, |p| p.get(g).copied().unwrap_or(0))
        );
    }
    let article = newsclip::extract_bytes(&path, &bytes, &newsclip::Options::default()).unwrap();
    println!("{}", serde_json::to_string_pretty(&article).unwrap());
}
