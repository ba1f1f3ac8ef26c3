//! A worker of the batch: extract, render, and write `--output-dir` files.

use std::fs;
use std::io;
use std::path::Path;
use std::sync::atomic::Ordering::SeqCst;

use crossbeam_channel::{Receiver, Sender};
use newsclip::Options;
use newsclip::input::warc;

use super::{Done, Shared, Status, Task, Work};
use crate::outcome::{Outcome, io_reason};
use crate::output::{self, Format};
use crate::report;

/// A worker thread: extract, render, and write `--output-dir` files.
pub(super) fn worker(shared: &Shared, rx: &Receiver<Task>, tx: &Sender<Done>) {
    for task in rx {
        shared.in_flight.fetch_add(1, SeqCst);
        if shared.stopped() {
            shared.in_flight.fetch_sub(1, SeqCst);
            continue;
        }
        let done = process(shared, task);
        let _ = tx.send(done);
        shared.in_flight.fetch_sub(1, SeqCst);
    }
}

fn process(shared: &Shared, task: Task) -> Done {
    let s = &shared.settings;
    let Task {
        seq,
        bytes,
        source,
        out,
        work,
    } = task;
    // `--format explain`: the report is made from the extraction's own trace
    let mut report = None;
    let result = match work {
        Work::Failed(reason) => Err(reason),
        Work::Bytes(bytes) if s.format == Some(Format::Explain) => {
            newsclip::explain_bytes(&source, &bytes, &s.opts)
                .map(|explained| {
                    report = Some(report::render(&explained));
                    explained.article
                })
                .map_err(|e| e.to_string())
        }
        Work::Bytes(bytes) => {
            newsclip::extract_bytes(&source, &bytes, &s.opts).map_err(|e| e.to_string())
        }
        Work::Page { content, kind, url } => {
            let opts = Options {
                kind,
                url: url.or_else(|| s.opts.url.clone()),
                ..s.opts.clone()
            };
            newsclip::extract_str(&source, &content, &opts).map_err(|e| e.to_string())
        }
        Work::Response { block, url } => match warc::http_response(&block, s.max_bytes) {
            Err(reason) => Err(reason),
            Ok(warc::Payload::NotAPage(_)) => {
                return Done {
                    seq,
                    bytes,
                    source,
                    status: Status::Skipped,
                    rendered: None,
                };
            }
            Ok(warc::Payload::Page(page)) => {
                let opts = Options {
                    url: url.or_else(|| s.opts.url.clone()),
                    ..s.opts.clone()
                };
                newsclip::extract_bytes_with_charset(&source, &page.body, page.charset, &opts)
                    .map_err(|e| e.to_string())
            }
        },
    };
    let mut outcome = Outcome { source, result };
    let mut rendered = None;
    match &out {
        Some(path) => {
            let compact = s.format == Some(Format::Jsonl);
            let text = output::render_file(&outcome, compact);
            if let Err(e) = write_whole(path, text.as_bytes(), seq) {
                outcome.result = Err(format!(
                    "cannot write {}: {}",
                    path.display(),
                    io_reason(&e)
                ));
            }
        }
        None => {
            let mode = shared
                .mode
                .get()
                .copied()
                .expect("set before the first task");
            rendered = report.or_else(|| output::render(mode.format, mode.array, &outcome));
        }
    }
    let status = match &outcome.result {
        Ok(article) => Status::Record {
            empty: article.body.is_empty(),
        },
        Err(reason) => Status::Failed(reason.clone()),
    };
    Done {
        seq,
        bytes,
        source: outcome.source,
        status,
        rendered,
    }
}

/// Write `bytes` to `path` whole or not at all: a hidden temporary file in the
/// same directory, renamed over `path`.
fn write_whole(path: &Path, bytes: &[u8], seq: u64) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".newsclip-{}-{seq}.tmp", std::process::id()));
    let written = fs::write(&tmp, bytes).and_then(|()| fs::rename(&tmp, path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}
