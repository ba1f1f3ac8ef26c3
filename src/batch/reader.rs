//! The reader side of the batch: inputs walked lazily, read, split into WARC
//! records or JSON Lines pages, numbered and sent within the window.

use std::fs;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering::SeqCst;

use crossbeam_channel::Sender;
use flate2::read::{GzDecoder, MultiGzDecoder};
use newsclip::input::{self, warc};

use super::{HEAD, Shared, Task, Work};
use crate::inputs::{self, Job, records};
use crate::outcome::io_reason;
use crate::output::Format;

/// The reader thread: turns jobs into numbered tasks.
pub(super) struct Reader<'a> {
    shared: &'a Shared,
    tx: Sender<Task>,
    seq: u64,
}

impl<'a> Reader<'a> {
    pub(super) fn new(shared: &'a Shared, tx: Sender<Task>) -> Self {
        Reader { shared, tx, seq: 0 }
    }

    pub(super) fn run(mut self) {
        let shared = self.shared;
        let s = &shared.settings;
        for job in inputs::jobs(&s.sources, &s.select) {
            if self.shared.stopped() {
                return;
            }
            let going = match job {
                Job::Failed {
                    source,
                    reason,
                    rel,
                } => {
                    self.shared.set_mode(false);
                    let out = self.shared.out_path(&rel);
                    self.send(source, out, Work::Failed(reason))
                }
                Job::Stdin if s.records => {
                    self.records("-", Path::new("stdin"), Box::new(io::stdin()))
                }
                Job::Stdin => {
                    let stdin: Box<dyn Read> = Box::new(io::stdin());
                    self.input("-".to_string(), Path::new("stdin"), stdin, None)
                }
                Job::File { source, path, rel } => {
                    let out = self.shared.out_path(&rel);
                    if self.shared.done_before(out.as_deref()) {
                        self.shared.skipped.fetch_add(1, SeqCst);
                        continue;
                    }
                    match fs::File::open(&path) {
                        Ok(file) if s.records => self.records(&source, &rel, Box::new(file)),
                        Ok(file) => {
                            let size = file.metadata().ok().map(|m| m.len());
                            self.input(source, &rel, Box::new(file), size)
                        }
                        Err(e) => {
                            self.shared.set_mode(false);
                            self.send(source, out, Work::Failed(io_reason(&e)))
                        }
                    }
                }
            };
            if !going {
                return;
            }
        }
    }

    fn send(&mut self, source: String, out: Option<PathBuf>, work: Work) -> bool {
        let bytes = match &work {
            Work::Bytes(b) | Work::Response { block: b, .. } => b.len() as u64,
            Work::Page { content, .. } => content.len() as u64,
            Work::Failed(_) => 0,
        };
        let task = Task {
            seq: self.seq,
            bytes,
            source,
            out,
            work,
        };
        self.seq += 1;
        self.shared.send(&self.tx, task)
    }

    /// Read one input: a WARC archive is split into records, anything else is
    /// one task holding the whole input.
    fn input(
        &mut self,
        source: String,
        rel: &Path,
        mut file: Box<dyn Read>,
        size: Option<u64>,
    ) -> bool {
        let max = self.shared.settings.max_bytes;
        let out = self.shared.out_path(rel);
        let mut head = Vec::new();
        if let Err(e) = (&mut file).take(HEAD).read_to_end(&mut head) {
            self.shared.set_mode(false);
            return self.send(source, out, Work::Failed(io_reason(&e)));
        }
        if let Some(gzipped) = archive_kind(&head) {
            self.shared.set_mode(true);
            if self.shared.settings.format == Some(Format::Explain) {
                let reason = "--format explain reports on one page, and this is a WARC archive";
                return self.send(source, out, Work::Failed(reason.to_string()));
            }
            let stream = io::Cursor::new(head).chain(file);
            let stream: Box<dyn Read> = if gzipped {
                Box::new(MultiGzDecoder::new(stream))
            } else {
                Box::new(stream)
            };
            return self.archive(
                &source,
                rel,
                BufReader::with_capacity(HEAD as usize, stream),
            );
        }
        self.shared.set_mode(false);
        if let Some(size) = size.filter(|&n| n > max) {
            return self.send(source, out, Work::Failed(too_large(Some(size), max)));
        }
        let work = match file
            .take((max + 1).saturating_sub(head.len() as u64))
            .read_to_end(&mut head)
        {
            Ok(_) if head.len() as u64 > max => Work::Failed(too_large(None, max)),
            Ok(_) => Work::Bytes(head),
            Err(e) => Work::Failed(io_reason(&e)),
        };
        self.send(source, out, work)
    }

    /// Read a JSON Lines input: one task per line, each line read on its own
    /// and never more than `--max-bytes` of it held.
    fn records(&mut self, input: &str, rel: &Path, file: Box<dyn Read>) -> bool {
        let shared = self.shared;
        let max = shared.settings.max_bytes;
        let mut reader = BufReader::with_capacity(HEAD as usize, file);
        // a gzipped stream of records is read as it is
        let gzipped =
            io::BufRead::fill_buf(&mut reader).is_ok_and(|head| head.starts_with(&[0x1f, 0x8b]));
        let reader: Box<dyn io::BufRead> = if gzipped {
            Box::new(BufReader::new(MultiGzDecoder::new(reader)))
        } else {
            Box::new(reader)
        };
        for line in records::Lines::new(reader, max) {
            if shared.stopped() {
                return false;
            }
            let line = match line {
                Ok(line) => line,
                Err(e) => {
                    // the stream itself is broken: its error entry, then the next input
                    let out = shared.out_path(rel);
                    return self.send(input.to_string(), out, Work::Failed(io_reason(&e)));
                }
            };
            let n = line.number;
            let (id, work) = match line.bytes.as_deref().map(records::parse) {
                None => (
                    None,
                    Work::Failed(format!("line {n}: {}", too_large(None, max))),
                ),
                Some(Err(reason)) => (None, Work::Failed(format!("line {n}: {reason}"))),
                Some(Ok(page)) => (
                    page.id,
                    Work::Page {
                        content: page.content,
                        kind: page.kind,
                        url: page.url,
                    },
                ),
            };
            let source = records::source(input, id.as_deref(), n);
            let name = id.unwrap_or_else(|| n.to_string());
            let out = shared.out_path(&rel.join(sanitise(&name)));
            if matches!(work, Work::Page { .. }) && shared.done_before(out.as_deref()) {
                shared.skipped.fetch_add(1, SeqCst);
                continue;
            }
            if !self.send(source, out, work) {
                return false;
            }
        }
        true
    }

    fn archive(&mut self, archive: &str, rel: &Path, stream: impl io::BufRead) -> bool {
        let shared = self.shared;
        let max = shared.settings.max_bytes;
        shared.archives.fetch_add(1, SeqCst);
        for record in warc::Reader::new(stream, max) {
            if shared.stopped() {
                return false;
            }
            let record = match record {
                Ok(record) => record,
                Err(reason) => {
                    // The archive itself is broken: its error entry, then the next input.
                    shared.archive_records.fetch_add(1, SeqCst);
                    let out = shared.out_path(rel);
                    return self.send(archive.to_string(), out, Work::Failed(reason));
                }
            };
            shared.archive_records.fetch_add(1, SeqCst);
            let id = record
                .record_id
                .clone()
                .unwrap_or_else(|| format!("offset-{}", record.offset));
            let source = format!("{archive}#{id}");
            let out = shared.out_path(&rel.join(sanitise(&id)));
            let work = match record.block {
                warc::Block::Skipped => {
                    shared.skipped.fetch_add(1, SeqCst);
                    continue;
                }
                _ if shared.done_before(out.as_deref()) => {
                    shared.skipped.fetch_add(1, SeqCst);
                    continue;
                }
                warc::Block::TooLarge(n) => Work::Failed(too_large(Some(n), max)),
                warc::Block::Data(block) => Work::Response {
                    block,
                    url: record.target_uri,
                },
            };
            if !self.send(source, out, work) {
                return false;
            }
        }
        true
    }
}

/// The reason for an input over `--max-bytes` (worded as the library's).
fn too_large(size: Option<u64>, max: u64) -> String {
    match size {
        Some(size) => format!(
            "input too large: {} is over the {} limit (--max-bytes)",
            input::human_size(size),
            input::human_size(max)
        ),
        None => format!(
            "input too large: over the {} limit (--max-bytes)",
            input::human_size(max)
        ),
    }
}

/// `Some(gzipped)` when the input starts like a WARC archive, plain or gzipped.
/// Does an input starting with `head` hold a WARC archive (plain or gzipped)?
pub(super) fn is_archive(head: &[u8]) -> bool {
    archive_kind(head).is_some()
}

fn archive_kind(head: &[u8]) -> Option<bool> {
    if warc::is_warc(head) {
        return Some(false);
    }
    if !head.starts_with(&[0x1f, 0x8b]) {
        return None;
    }
    // Eight bytes of the expanded stream tell. Inflating from a short prefix of
    // the input keeps this cheap (from the whole head it expands the first
    // deflate block, ~0.3 M instructions a file); a gzip header longer than
    // the prefix falls back to the whole head.
    let mut start = Vec::with_capacity(8);
    for prefix in [GZIP_SNIFF.min(head.len()), head.len()] {
        start.clear();
        let _ = GzDecoder::new(&head[..prefix])
            .take(8)
            .read_to_end(&mut start);
        if start.len() >= 8 {
            break;
        }
    }
    warc::is_warc(&start).then_some(true)
}

/// Compressed bytes inflated to see whether a gzipped input is a WARC archive.
const GZIP_SNIFF: usize = 512;

/// A record ID as a file name: `urn:uuid:1-2` → `urn_uuid_1-2`.
fn sanitise(id: &str) -> String {
    let mut name: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(150)
        .collect();
    if name.starts_with('.') || name.is_empty() {
        name.insert(0, '_');
    }
    name
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(name: &str, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = flate2::GzBuilder::new()
            .filename(name)
            .write(&mut out, flate2::Compression::default());
        enc.write_all(data).unwrap();
        enc.finish().unwrap();
        out
    }

    #[test]
    fn gzipped_warc_is_told_from_gzipped_html_whatever_the_header() {
        let record = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
        let page = b"<!doctype html><html><body><p>hello</p></body></html>";
        // a stored file name longer than the sniffed prefix
        let long = "x".repeat(2 * GZIP_SNIFF);
        for name in ["crawl.warc", long.as_str()] {
            assert_eq!(archive_kind(&gzip(name, record)), Some(true), "{name}");
            assert_eq!(archive_kind(&gzip(name, page)), None, "{name}");
        }
        assert_eq!(archive_kind(record), Some(false));
        assert_eq!(archive_kind(page), None);
    }

    #[test]
    fn record_ids_as_file_names() {
        assert_eq!(sanitise("urn:uuid:12-ab"), "urn_uuid_12-ab");
        assert_eq!(sanitise("../x"), "_.._x");
        assert_eq!(sanitise(""), "_");
    }

    #[test]
    fn archive_detection() {
        assert_eq!(archive_kind(b"WARC/1.0\r\n"), Some(false));
        assert_eq!(archive_kind(b"<html>"), None);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n")
            .unwrap();
        assert_eq!(archive_kind(&gz.finish().unwrap()), Some(true));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<html><p>page</p>").unwrap();
        assert_eq!(archive_kind(&gz.finish().unwrap()), None);
    }
}
