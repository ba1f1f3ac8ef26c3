//! The parse-only ceiling as a whole process, for `benches/throughput.sh`: read
//! every file under DIR (gzipped or not), decode it as newsclip does, and build
//! newsclip's DOM with html5ever alone (its tokenizer and tree builder), one
//! file after another; prints the number of pages and nodes.
//!
//!     cargo build --release --example parse_only
//!     target/release/examples/parse_only DIR

use std::io::Read;

fn main() {
    let dir = std::env::args().nth(1).expect("DIR");
    let mut files: Vec<_> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let (mut pages, mut nodes) = (0usize, 0usize);
    for path in files {
        let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out
        } else {
            raw
        };
        let Ok(text) = newsclip::input::decode::decode(&bytes, None) else {
            continue;
        };
        nodes += newsclip::html::dom::Dom::parse_html5ever(&text).len();
        pages += 1;
    }
    println!("{pages} pages, {nodes} nodes");
}
