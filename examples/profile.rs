//! Profiling aid: extract every file given, N times. `cargo run --release --example profile -- N FILE...`
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .expect("usage: profile N FILE...");
    let inputs: Vec<(String, Vec<u8>)> = args
        .map(|p| (p.clone(), std::fs::read(&p).expect("readable file")))
        .collect();
    let opts = newsclip::Options::default();
    let mut words = 0;
    for _ in 0..n {
        for (path, bytes) in &inputs {
            if let Ok(a) = newsclip::extract_bytes(path, bytes, &opts) {
                words += a.word_count;
            }
        }
    }
    println!("{words}");
}
