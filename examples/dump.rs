//! Debugging aid: print a page's blocks with the label each pass gave them, and the
//! record. `cargo run --example dump -- FILE`
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let text = newsclip::input::decode::decode(&bytes, None).expect("a text document");
    let mut blocks = newsclip::text::blocks(&text);
    newsclip::boilerplate::mark(&mut blocks);
    let region = newsclip::body::region(&blocks);
    for (i, b) in blocks.iter().enumerate() {
        let inr = region.is_some_and(|(a, z)| i >= a && i < z);
        let t: String = b.text.chars().take(90).collect();
        println!(
            "{i:4} {} g{:<3} {:?} {:?} w{} | {t}",
            if inr { '#' } else { ' ' },
            b.group,
            b.shape,
            b.label,
            b.features.words
        );
    }
    let article = newsclip::extract_bytes(&path, &bytes, &newsclip::Options::default()).unwrap();
    println!("{}", serde_json::to_string_pretty(&article).unwrap());
}
