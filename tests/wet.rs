//! WET archives (Common Crawl's `.warc.wet.gz`): `conversion` records hold the
//! text of a page and are read as plain-text pages, with `url` from
//! `WARC-Target-URI`.

use std::io::Write;
use std::process::{Command, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

/// A page as a crawl text export prints it: the `<title>` first, then one line per
/// block, no blank lines.
const PAGE: &str = "Harbour bridge reopens after repairs | Coast Times\n\
Home\nNews\nSport\n\
Harbour bridge reopens after repairs\n\
The harbour bridge reopened to traffic on Monday morning after six months of repairs to its deck and cables, the city said.\n\
Engineers replaced the worn joints and painted the steel, and the council said the work came in under its budget of four million.\n\
Drivers were warned that one lane would still close at night for another week while the last lights are fitted.\n\
Copyright 2024 Coast Times\n";

fn record(kind: &str, id: u32, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut head = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n");
    if let Some(uri) = uri {
        head.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
    }
    head.push_str(&format!(
        "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    ));
    let mut out = head.into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// warcinfo, then two pages' conversion records, one gzip member per record as
/// Common Crawl writes them.
fn wet_archive() -> Vec<u8> {
    let records = [
        record(
            "warcinfo",
            1,
            None,
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "conversion",
            2,
            Some("https://coast.example/bridge"),
            "text/plain",
            PAGE.as_bytes(),
        ),
        record(
            "conversion",
            3,
            Some("https://coast.example/empty"),
            "text/plain",
            b"",
        ),
    ];
    let mut out = Vec::new();
    for r in records {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(&r).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

#[test]
fn wet_conversion_records_are_text_pages() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("crawl.warc.wet.gz");
    std::fs::write(&path, wet_archive()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .current_dir(dir.path())
        .arg("crawl.warc.wet.gz")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stderr: {stderr}");
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2, "{records:?}");
    let page = &records[0];
    assert_eq!(page["source"], "crawl.warc.wet.gz#urn:uuid:2");
    assert_eq!(page["url"], "https://coast.example/bridge");
    assert_eq!(page["input_kind"], "text");
    let body = page["body"].as_str().unwrap();
    assert!(body.starts_with("The harbour bridge reopened"), "{body}");
    assert!(body.ends_with("last lights are fitted."), "{body}");
    // the empty page is a record without a body, not an error
    assert_eq!(records[1]["url"], "https://coast.example/empty");
    assert_eq!(records[1]["body"], "");
    assert!(stderr.contains("2 records"), "stderr: {stderr}");
}
