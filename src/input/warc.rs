//! WARC archives (ISO 28500, WARC/1.0 and WARC/1.1): records one at a time from a
//! stream, and the page inside an HTTP `response` record or the text of a
//! `conversion` record (Common Crawl's `.warc.wet.gz` files).
//!
//! The reader never holds more than one record block in memory, and only the
//! blocks of `response` and `conversion` records are read at all: the others are skipped over. A compressed archive (`.warc.gz`, usually one gzip member per
//! record) is read through [`flate2::read::MultiGzDecoder`] by the caller.
//!
//! ```
//! use newsclip::input::warc;
//! let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi</p>";
//! let archive = [
//!     &b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"[..],
//!     b"WARC-Target-URI: https://example.com/a\r\n",
//!     format!("Content-Length: {}\r\n\r\n", page.len()).as_bytes(),
//!     page,
//!     b"\r\n\r\n",
//! ]
//! .concat();
//! assert!(warc::is_warc(&archive));
//! let records: Vec<_> = warc::Reader::new(&archive[..], 1 << 20).collect();
//! let record = records[0].as_ref().unwrap();
//! assert_eq!(record.record_id.as_deref(), Some("urn:uuid:1"));
//! assert_eq!(record.target_uri.as_deref(), Some("https://example.com/a"));
//! let warc::Block::Data(block) = &record.block else { panic!() };
//! let warc::Payload::Page(page) = warc::http_response(block, 1 << 20).unwrap() else { panic!() };
//! assert_eq!(page.body, b"<p>Hi</p>");
//! assert_eq!(page.charset, Some(encoding_rs::UTF_8));
//! ```

use std::io::{self, BufRead, Read};

use encoding_rs::Encoding;

/// Longest header line accepted, in bytes.
const MAX_LINE: u64 = 64 * 1024;
/// Most header lines in one record.
const MAX_HEADERS: usize = 1000;

/// Does this (decompressed) content start like a WARC archive?
pub fn is_warc(head: &[u8]) -> bool {
    head.starts_with(b"WARC/1.0") || head.starts_with(b"WARC/1.1")
}

/// One WARC record: the named headers the command needs, and its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Where the record starts in the (decompressed) stream.
    pub offset: u64,
    /// `WARC-Type`, lowercased (`response`, `request`, `metadata`, ...).
    pub warc_type: String,
    /// `WARC-Record-ID` without its angle brackets.
    pub record_id: Option<String>,
    /// `WARC-Target-URI` without angle brackets.
    pub target_uri: Option<String>,
    /// The record's own `Content-Type` (for a response: `application/http`).
    pub content_type: Option<String>,
    pub block: Block,
}

/// A record's block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The block's bytes (`response` records), or the text of a `conversion`
    /// record framed as a `200 OK` response with the record's `Content-Type`.
    Data(Vec<u8>),
    /// Not read: a record type that holds no page.
    Skipped,
    /// Not read: a `response` block longer than the limit (its length).
    TooLarge(u64),
}

/// Reads records from a WARC stream. After an error (a malformed header or a
/// truncated record) the iterator ends.
pub struct Reader<R> {
    inner: R,
    offset: u64,
    max_block: u64,
    failed: bool,
}

impl<R: BufRead> Reader<R> {
    /// `max_block`: the largest block read into memory; longer ones are skipped
    /// and reported as [`Block::TooLarge`].
    pub fn new(inner: R, max_block: u64) -> Self {
        Reader {
            inner,
            offset: 0,
            max_block,
            failed: false,
        }
    }

    /// One line, with its line ending; empty at the end of the stream.
    fn line(&mut self, buf: &mut Vec<u8>) -> Result<(), String> {
        buf.clear();
        let n = (&mut self.inner)
            .take(MAX_LINE)
            .read_until(b'\n', buf)
            .map_err(|e| read_error(&e))?;
        self.offset += n as u64;
        if n as u64 == MAX_LINE && !buf.ends_with(b"\n") {
            return Err(format!(
                "malformed WARC: header line longer than {MAX_LINE} bytes at byte {}",
                self.offset
            ));
        }
        Ok(())
    }

    fn record(&mut self) -> Result<Option<Record>, String> {
        let mut line = Vec::new();
        // Blank lines between records (the block's trailing CRLF CRLF).
        loop {
            let start = self.offset;
            self.line(&mut line)?;
            if line.is_empty() {
                return Ok(None);
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if !line.starts_with(b"WARC/") {
                return Err(format!(
                    "malformed WARC: expected a record header at byte {start}"
                ));
            }
            return self.rest_of_record(start, &mut line).map(Some);
        }
    }

    fn rest_of_record(&mut self, offset: u64, line: &mut Vec<u8>) -> Result<Record, String> {
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            self.line(line)?;
            if line.is_empty() {
                return Err(format!("truncated WARC record header at byte {offset}"));
            }
            let text = String::from_utf8_lossy(line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if text.starts_with([' ', '\t']) {
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            if headers.len() == MAX_HEADERS {
                return Err(format!(
                    "malformed WARC: more than {MAX_HEADERS} header lines at byte {offset}"
                ));
            }
            let (name, value) = text.split_once(':').unwrap_or((text, ""));
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let length: u64 = header("content-length")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| {
                format!("malformed WARC: record at byte {offset} has no valid Content-Length")
            })?;
        let warc_type = header("warc-type").unwrap_or("").to_ascii_lowercase();
        let unbracket = |v: &str| {
            v.strip_prefix('<')
                .and_then(|v| v.strip_suffix('>'))
                .unwrap_or(v)
                .to_string()
        };
        let record_id = header("warc-record-id").map(unbracket);
        let target_uri = header("warc-target-uri").map(unbracket);
        let content_type = header("content-type").map(str::to_string);
        let conversion = warc_type == "conversion";
        let wanted = warc_type == "response" || conversion;
        let block = if wanted && length <= self.max_block {
            let mut data = Vec::with_capacity(length.min(1 << 20) as usize);
            (&mut self.inner)
                .take(length)
                .read_to_end(&mut data)
                .map_err(|e| read_error(&e))?;
            if (data.len() as u64) < length {
                return Err(format!("truncated WARC record at byte {offset}"));
            }
            if conversion {
                data = as_response(content_type.as_deref(), data);
            }
            Block::Data(data)
        } else {
            let skipped = io::copy(&mut (&mut self.inner).take(length), &mut io::sink())
                .map_err(|e| read_error(&e))?;
            if skipped < length {
                return Err(format!("truncated WARC record at byte {offset}"));
            }
            if wanted {
                Block::TooLarge(length)
            } else {
                Block::Skipped
            }
        };
        self.offset += length;
        Ok(Record {
            offset,
            warc_type,
            record_id,
            target_uri,
            content_type,
            block,
        })
    }
}

/// A `conversion` record's block (a WET file's text of a page) framed as the
/// HTTP response a server would have sent for it, so that it is read like a
/// `response` record's page: same media-type check, same charset handling.
fn as_response(content_type: Option<&str>, text: Vec<u8>) -> Vec<u8> {
    let media = content_type.unwrap_or("text/plain");
    let mut out = format!("HTTP/1.1 200 OK\r\nContent-Type: {media}\r\n\r\n").into_bytes();
    out.extend(text);
    out
}

fn read_error(err: &io::Error) -> String {
    let text = err.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_string(),
        _ => text,
    };
    if err.kind() == io::ErrorKind::InvalidInput || err.kind() == io::ErrorKind::InvalidData {
        format!("bad gzip data: {text}")
    } else {
        text
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.record() {
            Ok(record) => record.map(Ok),
            Err(err) => {
                self.failed = true;
                Some(Err(err))
            }
        }
    }
}

/// A page carried by a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The payload with transfer and content encodings undone.
    pub body: Vec<u8>,
    /// The charset named by the `Content-Type` header, if any and known.
    pub charset: Option<&'static Encoding>,
}

/// What a record's payload is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// An HTML or text page.
    Page(Page),
    /// Not a page (an image, a redirect, ...): the reason, e.g. `image/png`.
    NotAPage(String),
}

/// Media types read as pages.
const PAGE_TYPES: [&str; 3] = ["text/html", "application/xhtml+xml", "text/plain"];

/// `text/html; charset=ISO-8859-1` → (`text/html`, the encoding).
pub fn parse_content_type(value: &str) -> (String, Option<&'static Encoding>) {
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (name, value) = p.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(value.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    });
    (media, charset)
}

/// The page in a `response` record's block (an HTTP response): status line and
/// headers parsed, chunked transfer encoding and gzip/deflate content encoding
/// undone. Responses that are not 2xx, or whose `Content-Type` is not HTML or
/// plain text, are [`Payload::NotAPage`]. `max` bounds the decoded payload.
pub fn http_response(block: &[u8], max: u64) -> Result<Payload, String> {
    let (head_len, body_start) = match find(block, b"\r\n\r\n") {
        Some(at) => (at, at + 4),
        None => match find(block, b"\n\n") {
            Some(at) => (at, at + 2),
            None => (block.len(), block.len()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_len]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    if !status_line.starts_with("HTTP/") {
        return Err("not an HTTP response".to_string());
    }
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad HTTP status line: {}", clip(status_line)))?;
    if !(200..300).contains(&status) {
        return Ok(Payload::NotAPage(format!("HTTP status {status}")));
    }
    let mut content_type = None;
    let mut transfer_encoding = String::new();
    let mut content_encoding = String::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_string()),
            "transfer-encoding" => transfer_encoding = value.to_ascii_lowercase(),
            "content-encoding" => content_encoding = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    let body = &block[body_start..];
    let (media, charset) = parse_content_type(content_type.as_deref().unwrap_or(""));
    if content_type.is_some() && !PAGE_TYPES.contains(&media.as_str()) {
        return Ok(Payload::NotAPage(media));
    }
    // Archives often store the payload de-chunked but keep the header: fall back
    // to the bytes as they are when they do not parse as chunks.
    let body = if transfer_encoding.contains("chunked") {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    let body = match content_encoding.as_str() {
        "" | "identity" | "none" => body,
        "gzip" | "x-gzip" if body.starts_with(&[0x1f, 0x8b]) => {
            inflate(flate2::read::MultiGzDecoder::new(&body[..]), max)?
        }
        "deflate" => inflate(flate2::read::ZlibDecoder::new(&body[..]), max)
            .or_else(|_| inflate(flate2::read::DeflateDecoder::new(&body[..]), max))
            .unwrap_or(body),
        // Stored already decoded.
        "gzip" | "x-gzip" => body,
        other => return Err(format!("unsupported content encoding: {}", clip(other))),
    };
    if content_type.is_none()
        && let Some(what) = super::decode::sniff_binary(&body)
    {
        return Ok(Payload::NotAPage(format!("no content type, {what}")));
    }
    Ok(Payload::Page(Page { body, charset }))
}

/// Undo chunked transfer encoding; `None` when the bytes are not chunks.
pub fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = find(data, b"\n")?;
        let line = std::str::from_utf8(&data[..eol]).ok()?.trim();
        let size = line.split(';').next()?.trim();
        let size = usize::from_str_radix(size, 16).ok()?;
        data = &data[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = &data[size..];
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

fn inflate(reader: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("bad compressed HTTP payload: {e}"))?;
    if out.len() as u64 > max {
        return Err(format!("HTTP payload expands beyond {max} bytes"));
    }
    Ok(out)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn clip(text: &str) -> String {
    text.chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, id: &str, extra: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <{id}>\r\n{extra}Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    #[test]
    fn reads_records_and_skips_other_blocks() {
        let archive = [
            record("warcinfo", "urn:1", "", b"software: test\r\n"),
            record("request", "urn:2", "", b"GET / HTTP/1.1\r\n\r\n"),
            record(
                "response",
                "urn:3",
                "WARC-Target-URI: http://x/\r\n",
                b"HTTP/1.1 200 OK\r\n\r\nhi",
            ),
        ]
        .concat();
        let records: Vec<Record> = Reader::new(&archive[..], 100)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].block, Block::Skipped);
        assert_eq!(records[1].warc_type, "request");
        assert_eq!(records[2].target_uri.as_deref(), Some("http://x/"));
        assert_eq!(
            records[2].block,
            Block::Data(b"HTTP/1.1 200 OK\r\n\r\nhi".to_vec())
        );
        let records: Vec<_> = Reader::new(&archive[..], 5).collect();
        assert_eq!(records[2].as_ref().unwrap().block, Block::TooLarge(21));
    }

    #[test]
    fn conversion_records_give_their_text_as_a_page() {
        let archive = record(
            "conversion",
            "urn:1",
            "WARC-Target-URI: http://x/\r\nContent-Type: text/plain\r\n",
            "Title\nSome text.".as_bytes(),
        );
        let records: Vec<Record> = Reader::new(&archive[..], 100)
            .collect::<Result<_, _>>()
            .unwrap();
        let Block::Data(block) = &records[0].block else {
            panic!("{:?}", records[0].block)
        };
        let Ok(Payload::Page(page)) = http_response(block, 100) else {
            panic!("not a page")
        };
        assert_eq!(page.body, b"Title\nSome text.");
        assert_eq!(records[0].target_uri.as_deref(), Some("http://x/"));
    }

    #[test]
    fn truncated_and_malformed() {
        let mut archive = record("response", "urn:1", "", b"HTTP/1.1 200 OK\r\n\r\nhello");
        archive.truncate(archive.len() - 8);
        let records: Vec<_> = Reader::new(&archive[..], 100).collect();
        assert_eq!(records.len(), 1);
        assert!(records[0].as_ref().unwrap_err().contains("truncated"));
        let records: Vec<_> = Reader::new(&b"WARC/1.0\r\nfoo\r\n\r\n"[..], 100).collect();
        assert!(records[0].as_ref().unwrap_err().contains("Content-Length"));
        let records: Vec<_> = Reader::new(&b"\r\ngarbage\r\n"[..], 100).collect();
        assert!(records[0].as_ref().unwrap_err().contains("malformed"));
    }

    #[test]
    fn http_payloads() {
        let page = |b: &[u8]| match http_response(b, 1000).unwrap() {
            Payload::Page(p) => p,
            other => panic!("{other:?}"),
        };
        let p = page(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"windows-1251\"\r\n\r\n<p>x",
        );
        assert_eq!(p.body, b"<p>x");
        assert_eq!(p.charset, Some(encoding_rs::WINDOWS_1251));
        let p = page(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n",
        );
        assert_eq!(p.body, b"Wikipedia");
        let p = page(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nnot chunks");
        assert_eq!(p.body, b"not chunks");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<html>zipped").unwrap();
        let mut block =
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n"
                .to_vec();
        block.extend(gz.finish().unwrap());
        assert_eq!(page(&block).body, b"<html>zipped");
        assert_eq!(
            http_response(
                b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
                100
            ),
            Ok(Payload::NotAPage("image/png".to_string()))
        );
        assert_eq!(
            http_response(b"HTTP/1.1 301 Moved\r\nLocation: /\r\n\r\n", 100),
            Ok(Payload::NotAPage("HTTP status 301".to_string()))
        );
        assert!(http_response(b"GET / HTTP/1.1\r\n\r\n", 100).is_err());
    }
}
