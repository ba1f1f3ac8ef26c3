//! Time per MB of every hostile input (the cases of `tests/hostile.rs`), in release
//! mode:
//!
//!     cargo bench --bench hostile                 # every case
//!     cargo bench --bench hostile -- nested json  # cases whose name contains a word
//!     cargo bench --bench hostile -- '=one NUL'   # one case by its full name
//!
//! Tests assert outcomes only; timing lives here. Each case runs in a child
//! process with a time limit (`HOSTILE_TIMEOUT` seconds, default 60), so that a
//! case that hangs or crashes is reported as such and the others still run. Prints
//! one line per case and the worst time per MB at the end.

#[path = "../tests/hostile/cases.rs"]
mod cases;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in a child process: run the one case named by the argument.
const CHILD: &str = "NEWSCLIP_HOSTILE_CHILD";

fn main() {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .map(|a| a.to_lowercase())
        .collect();
    if std::env::var_os(CHILD).is_some() {
        run_one(filters.first().map_or("", |f| f.trim_start_matches('=')));
        return;
    }
    let limit = Duration::from_secs(
        std::env::var("HOSTILE_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(60),
    );
    let exe = std::env::current_exe().expect("the bench's own path");
    let mut worst: Option<(f64, &str)> = None;
    let mut failed: Vec<String> = Vec::new();
    println!(
        "{:<44} {:>9} {:>10} {:>10}  outcome",
        "case", "MB", "ms", "ms/MB"
    );
    for case in cases::cases() {
        let name = case.name.to_lowercase();
        // `=name` selects one case exactly
        let selected = filters.iter().any(|f| match f.strip_prefix('=') {
            Some(exact) => name == exact,
            None => name.contains(f.as_str()),
        });
        if !filters.is_empty() && !selected {
            continue;
        }
        let mut child = Command::new(&exe)
            .arg(format!("={}", case.name))
            .env(CHILD, "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run the bench in a child process");
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("child status") {
                break Some(status);
            }
            if start.elapsed() > limit {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let out = child.wait_with_output().expect("child output");
        let stdout = String::from_utf8_lossy(&out.stdout);
        match status {
            Some(s) if s.success() => {
                print!("{stdout}");
                // the child's line ends with "ms/MB<TAB>outcome": read the figure back
                if let Some(per_mb) = stdout
                    .lines()
                    .last()
                    .and_then(|l| l.split('\t').next())
                    .and_then(|l| l.split_whitespace().last())
                    .and_then(|v| v.parse::<f64>().ok())
                    && worst.is_none_or(|(w, _)| per_mb > w)
                {
                    worst = Some((per_mb, case.name));
                }
            }
            Some(s) => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                let why = stderr
                    .lines()
                    .find(|l| l.contains("panicked") || l.contains("overflow"))
                    .unwrap_or("")
                    .to_string();
                println!("{:<44} CRASHED ({s}) {why}", case.name);
                failed.push(format!("{}: crashed", case.name));
            }
            None => {
                println!("{:<44} TIMEOUT (over {} s)", case.name, limit.as_secs());
                failed.push(format!("{}: over {} s", case.name, limit.as_secs()));
            }
        }
        let _ = std::io::stdout().flush();
    }
    if let Some((w, name)) = worst {
        println!("worst finished: {w:.2} ms/MB ({name})");
    }
    for f in &failed {
        println!("not finished: {f}");
    }
}

/// Time one case in this process; inputs under 1 MB count as 1 MB (below that, time
/// per MB says little).
fn run_one(exact: &str) {
    let Some(case) = cases::cases()
        .into_iter()
        .find(|c| c.name.to_lowercase() == exact)
    else {
        eprintln!("no case {exact:?}");
        std::process::exit(2);
    };
    let bytes = (case.make)();
    let mb = bytes.len() as f64 / cases::MIB as f64;
    let opts = newsclip::Options::default();
    // warm up: the regexes compile on first use
    for page in [cases::story_html(), cases::story_text()] {
        let _ = newsclip::extract_bytes("warm-up", page.as_bytes(), &opts);
    }
    let start = Instant::now();
    let result = newsclip::extract_bytes(case.name, &bytes, &opts);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let outcome = match &result {
        Ok(a) => format!("record, {} words, warnings {:?}", a.word_count, a.warnings),
        Err(e) => format!("error: {e}"),
    };
    let per_mb = ms / mb.max(1.0);
    println!(
        "{:<44} {:>9.3} {:>10.1} {:>10.2}\t {outcome}",
        case.name, mb, ms, per_mb
    );
}
