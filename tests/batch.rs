//! End-to-end tests of batch mode: WARC archives, `--output-dir` and
//! `--resume`, interruption, accounting and the summary line, `--jobs`, `--glob`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;
use tempfile::TempDir;

const FIXTURE: &str = "fixtures/viewus-world.txt";
const STORY: &str = "A Headline For The Story\n\nBy Jane Doe\n\n\
The first paragraph of the story is long enough to read as prose, and it goes on for a while.\n\n\
The second paragraph adds more detail about what happened in the town, and who was there to see it.\n\n\
The third paragraph closes the story with a quote from a witness, who said it was a long day for everyone.\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01";

fn newsclip() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsclip"))
}

/// Run with stdin closed (or given), and check that nothing panicked.
fn run(cmd: &mut Command, stdin: Option<&[u8]>) -> Output {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(bytes).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "stderr: {err}");
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn sources(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect()
}

/// The summary line (the last line of stderr).
fn summary(out: &Output) -> String {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or("").to_string();
    assert!(last.starts_with("newsclip: summary: "), "stderr: {err}");
    last
}

/// stderr without the summary line.
fn errors(out: &Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| !l.starts_with("newsclip: summary: "))
        .map(str::to_string)
        .collect()
}

/// An HTML article page with a headline and three paragraphs.
fn html_page(headline: &str, words: &str) -> String {
    let para = |n: usize| {
        format!(
            "<p>{words} This is paragraph number {n} of the story, which is long enough to read as prose, and it goes on for a while.</p>"
        )
    };
    format!(
        "<!DOCTYPE html><html><head><title>{headline}</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>{headline}</h1>{}{}{}</article>\
         <footer>Copyright 2024 Example News</footer></body></html>",
        para(1),
        para(2),
        para(3)
    )
}

/// One WARC record.
fn warc_record(
    kind: &str,
    id: &str,
    uri: Option<&str>,
    content_type: &str,
    block: &[u8],
) -> Vec<u8> {
    let mut head = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n");
    if let Some(uri) = uri {
        head.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
    }
    head.push_str(&format!(
        "WARC-Date: 2024-03-25T10:00:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    ));
    let mut out = head.into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(100) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// The records of a small crawl: warcinfo, then for each of three pages a
/// request and a response (the second gzip-encoded and chunked, the third in
/// ISO-8859-5 declared only by the HTTP header), an image response and a
/// metadata record.
fn crawl_records() -> Vec<Vec<u8>> {
    let page1 = html_page("Storm Hits The Coast", "Winds reached the town at night.");
    let page2 = html_page("Council Approves Budget", "The vote was close.");
    let page3 = html_page("Новости города", "Жители города собрались на площади.");
    let (page3, _, _) = encoding_rs::ISO_8859_5.encode(&page3);
    let request = |id: &str, uri: &str| {
        warc_record(
            "request",
            id,
            Some(uri),
            "application/http; msgtype=request",
            format!("GET {uri} HTTP/1.1\r\nHost: example.com\r\n\r\n").as_bytes(),
        )
    };
    let response = |id: &str, uri: &str, block: Vec<u8>| {
        warc_record(
            "response",
            id,
            Some(uri),
            "application/http; msgtype=response",
            &block,
        )
    };
    vec![
        warc_record(
            "warcinfo",
            "0000",
            None,
            "application/warc-fields",
            b"software: hand\r\n",
        ),
        request("0001", "https://example.com/storm"),
        response(
            "0002",
            "https://example.com/storm",
            http(
                "Content-Type: text/html; charset=utf-8\r\n",
                page1.as_bytes(),
            ),
        ),
        request("0003", "https://example.com/budget"),
        response(
            "0004",
            "https://example.com/budget",
            http(
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n",
                &chunked(&gzip(page2.as_bytes())),
            ),
        ),
        response(
            "0005",
            "https://example.com/logo.png",
            http("Content-Type: image/png\r\n", PNG),
        ),
        response(
            "0006",
            "https://example.com/ru",
            http("Content-Type: text/html; charset=ISO-8859-5\r\n", &page3),
        ),
        warc_record(
            "metadata",
            "0007",
            Some("https://example.com/storm"),
            "application/warc-fields",
            b"fetchTimeMs: 12\r\n",
        ),
    ]
}

/// The crawl as a plain `.warc` and as a per-record gzipped `.warc.gz`.
fn write_archives(dir: &Path) -> (PathBuf, PathBuf) {
    let records = crawl_records();
    let plain = dir.join("crawl.warc");
    fs::write(&plain, records.concat()).unwrap();
    let gz = dir.join("crawl.warc.gz");
    let members: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
    fs::write(&gz, members.concat()).unwrap();
    (plain, gz)
}

fn check_crawl_records(records: &[Value], archive: &str) {
    assert_eq!(
        sources(records),
        [
            format!("{archive}#urn:uuid:0002"),
            format!("{archive}#urn:uuid:0004"),
            format!("{archive}#urn:uuid:0006"),
        ]
    );
    let urls: Vec<&str> = records.iter().map(|r| r["url"].as_str().unwrap()).collect();
    assert_eq!(
        urls,
        [
            "https://example.com/storm",
            "https://example.com/budget",
            "https://example.com/ru"
        ]
    );
    for r in records {
        assert_eq!(r["input_kind"], "html", "{r}");
        assert!(r.get("error").is_none(), "{r}");
    }
    assert_eq!(records[0]["headline"], "Storm Hits The Coast");
    assert!(
        records[0]["body"]
            .as_str()
            .unwrap()
            .contains("Winds reached")
    );
    assert_eq!(records[1]["headline"], "Council Approves Budget");
    assert!(
        records[1]["body"]
            .as_str()
            .unwrap()
            .contains("The vote was close.")
    );
    // decoded with the charset from the HTTP header
    assert!(
        records[2]["body"]
            .as_str()
            .unwrap()
            .contains("Жители города собрались на площади."),
        "{}",
        records[2]
    );
}

#[test]
fn warc_archives_give_one_record_per_html_response() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, gz) = write_archives(dir.path());
    for archive in [&plain, &gz] {
        let name = archive.file_name().unwrap().to_str().unwrap();
        let out = run(newsclip().current_dir(dir.path()).arg(name), None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // one archive is a batch: JSON Lines and a summary
        check_crawl_records(&lines(&out), name);
        assert!(errors(&out).is_empty(), "{}", stderr(&out));
        assert!(
            summary(&out).contains(" 8 inputs, 3 records, 0 empty, 0 failed, 5 skipped,"),
            "{}",
            summary(&out)
        );
    }
}

#[test]
fn warc_on_stdin_and_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir(&crawl).unwrap();
    let (_, gz) = write_archives(&crawl);
    fs::remove_file(crawl.join("crawl.warc")).unwrap();
    fs::write(crawl.join("page.txt"), STORY).unwrap();

    let out = run(newsclip().arg("-"), Some(&fs::read(&gz).unwrap()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    check_crawl_records(&lines(&out), "-");

    let out = run(newsclip().current_dir(dir.path()).arg("crawl"), None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = lines(&out);
    check_crawl_records(&records[..3], "crawl/crawl.warc.gz");
    assert_eq!(records[3]["source"], "crawl/page.txt");
}

#[test]
fn warc_records_to_output_dir() {
    let dir = tempfile::tempdir().unwrap();
    write_archives(dir.path());
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--output-dir", "out", "crawl.warc.gz"]),
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let mut names: Vec<String> = fs::read_dir(dir.path().join("out/crawl.warc.gz"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "urn_uuid_0002.json",
            "urn_uuid_0004.json",
            "urn_uuid_0006.json"
        ]
    );
    let v: Value = serde_json::from_slice(
        &fs::read(dir.path().join("out/crawl.warc.gz/urn_uuid_0004.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(v["url"], "https://example.com/budget");
    assert_eq!(v["source"], "crawl.warc.gz#urn:uuid:0004");
}

#[test]
fn truncated_warc_keeps_its_records_and_reports_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = crawl_records()[..3].concat();
    bytes.extend_from_slice(&crawl_records()[4][..200]);
    fs::write(dir.path().join("cut.warc"), bytes).unwrap();
    let out = run(newsclip().current_dir(dir.path()).arg("cut.warc"), None);
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    assert_eq!(sources(&records), ["cut.warc#urn:uuid:0002", "cut.warc"]);
    assert!(records[1]["error"].as_str().unwrap().contains("truncated"));
    assert_eq!(errors(&out).len(), 1);
    assert!(errors(&out)[0].starts_with("newsclip: cut.warc: truncated WARC record"));
}

/// A crawl directory of `n` pages in nested folders.
fn make_crawl(root: &Path, n: usize) -> Vec<PathBuf> {
    let fixture = fs::read(FIXTURE).unwrap();
    (0..n)
        .map(|i| {
            let rel = PathBuf::from(format!("d{:02}/p{i:05}.txt", i % 7));
            let path = root.join(&rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            if i % 2 == 0 {
                fs::write(&path, &fixture).unwrap();
            } else {
                fs::write(&path, STORY).unwrap();
            }
            rel
        })
        .collect()
}

/// Every file under `dir`, relative, sorted (hidden ones too).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    if !dir.exists() {
        return Vec::new();
    }
    files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect()
}

#[cfg(unix)]
#[test]
fn interrupted_batch_resumes_to_exactly_one_whole_file_per_input() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    let out_dir = dir.path().join("out");
    let inputs = make_crawl(&crawl, 3000);

    let child = newsclip()
        .args(["--jobs", "1", "--output-dir"])
        .arg(&out_dir)
        .arg(&crawl)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while json_files(&out_dir).len() < 30 {
        assert!(started.elapsed() < Duration::from_secs(120), "no output");
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let first = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&first.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(first.status.code(), Some(143), "{err}");
    assert!(err.contains("interrupted"), "{err}");

    // Nothing partial: every file there is a whole record, and no temp files.
    let written = files_under(&out_dir);
    assert!(written.len() < inputs.len(), "finished before the signal");
    for rel in &written {
        assert_eq!(rel.extension().unwrap(), "json", "stray file {rel:?}");
        let v: Value = serde_json::from_slice(&fs::read(out_dir.join(rel)).unwrap())
            .unwrap_or_else(|e| panic!("{rel:?} is not whole: {e}"));
        assert!(v["body"].is_string());
    }

    let second = run(
        newsclip()
            .args(["--jobs", "2", "--resume", "--output-dir"])
            .arg(&out_dir)
            .arg(&crawl),
        None,
    );
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert!(
        summary(&second).contains(&format!(
            " {} inputs, {} records, 0 empty, 0 failed, {} skipped,",
            inputs.len(),
            inputs.len() - written.len(),
            written.len()
        )),
        "{}",
        summary(&second)
    );
    let expected: Vec<PathBuf> = inputs
        .iter()
        .map(|rel| PathBuf::from(format!("{}.json", rel.display())))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(files_under(&out_dir), expected);
    for rel in &expected {
        let v: Value = serde_json::from_slice(&fs::read(out_dir.join(rel)).unwrap()).unwrap();
        let source = v["source"].as_str().unwrap();
        let input = crawl.join(rel.with_extension(""));
        assert_eq!(Path::new(source), input);
        assert!(!v["body"].as_str().unwrap().is_empty());
    }
}

#[test]
fn bad_files_among_good_ones_are_counted_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir(&crawl).unwrap();
    fs::write(crawl.join("a-good.txt"), STORY).unwrap();
    fs::write(
        crawl.join("b-good.html"),
        html_page("Storm Hits The Coast", "Winds reached the town."),
    )
    .unwrap();
    fs::write(crawl.join("c-empty.txt"), "").unwrap();
    fs::write(crawl.join("d-image.png"), PNG).unwrap();
    fs::write(crawl.join("e-good.txt.gz"), gzip(STORY.as_bytes())).unwrap();
    let mut bad = vec!["crawl/d-image.png"];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere.txt", crawl.join("f-dangling.txt")).unwrap();
        bad.push("crawl/f-dangling.txt");
        use std::os::unix::fs::PermissionsExt;
        let locked = crawl.join("g-locked.txt");
        fs::write(&locked, STORY).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&locked).is_err() {
            bad.push("crawl/g-locked.txt"); // root reads anything
        }
    }
    fs::write(crawl.join("h-big.txt"), STORY.repeat(50)).unwrap();
    bad.push("crawl/h-big.txt");
    // small on disk, too large once expanded
    fs::write(
        crawl.join("i-bomb.txt.gz"),
        gzip(STORY.repeat(50).as_bytes()),
    )
    .unwrap();
    bad.push("crawl/i-bomb.txt.gz");

    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--max-bytes", "5000", "crawl"]),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    let n = records.len();
    for r in &records {
        let source = r["source"].as_str().unwrap();
        if bad.contains(&source) {
            assert!(r["error"].is_string(), "{r}");
            assert!(
                errors(&out)
                    .iter()
                    .any(|l| l.starts_with(&format!("newsclip: {source}: "))),
                "{source} not reported: {}",
                stderr(&out)
            );
        } else {
            assert!(r.get("error").is_none(), "{r}");
            assert!(r["body"].is_string());
        }
    }
    let by_source = |s: &str| records.iter().find(|r| r["source"] == s).unwrap();
    assert!(
        by_source("crawl/d-image.png")["error"]
            .as_str()
            .unwrap()
            .contains("PNG")
    );
    for big in ["crawl/h-big.txt", "crawl/i-bomb.txt.gz"] {
        let error = by_source(big)["error"].as_str().unwrap();
        assert!(error.starts_with("input too large: "), "{error}");
        assert!(error.contains("5000 bytes limit (--max-bytes)"), "{error}");
    }
    assert_eq!(by_source("crawl/c-empty.txt")["body"], "");
    assert!(
        by_source("crawl/e-good.txt.gz")["body"]
            .as_str()
            .unwrap()
            .contains("first paragraph")
    );
    assert!(
        by_source("crawl/b-good.html")["body"]
            .as_str()
            .unwrap()
            .contains("Winds reached")
    );
    assert_eq!(errors(&out).len(), bad.len(), "{}", stderr(&out));
    let failed = bad.len();
    assert!(
        summary(&out).contains(&format!(
            " {n} inputs, {} records, 1 empty, {failed} failed, 0 skipped,",
            n - failed
        )),
        "{}",
        summary(&out)
    );
    assert!(summary(&out).ends_with(" pages/s"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(
            crawl.join("g-locked.txt"),
            fs::Permissions::from_mode(0o644),
        )
        .unwrap();
    }
}

#[test]
fn output_dir_mirrors_paths_and_resume_retries_failures() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir_all(crawl.join("a")).unwrap();
    fs::write(
        crawl.join("a/b.html.gz"),
        gzip(html_page("One", "Hello.").as_bytes()),
    )
    .unwrap();
    fs::write(crawl.join("c.txt"), STORY).unwrap();
    fs::write(crawl.join("d.png"), PNG).unwrap();
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["-o", "out", "crawl"]),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        files_under(&dir.path().join("out")),
        [
            PathBuf::from("a/b.html.gz.json"),
            PathBuf::from("c.txt.json"),
            PathBuf::from("d.png.json")
        ]
    );
    let text = fs::read_to_string(dir.path().join("out/a/b.html.gz.json")).unwrap();
    assert!(
        text.starts_with("{\n  \"source\": \"crawl/a/b.html.gz\""),
        "{text}"
    );
    let v: Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/d.png.json")).unwrap()).unwrap();
    assert_eq!(v["source"], "crawl/d.png");
    assert!(v["error"].is_string());

    // A truncated output counts as missing; an error entry is tried again.
    fs::write(
        dir.path().join("out/c.txt.json"),
        "{\"source\": \"crawl/c.t",
    )
    .unwrap();
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["-o", "out", "--resume", "crawl"]),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        summary(&out).contains(" 3 inputs, 1 records, 0 empty, 1 failed, 1 skipped,"),
        "{}",
        summary(&out)
    );
    let v: Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/c.txt.json")).unwrap()).unwrap();
    assert_eq!(v["source"], "crawl/c.txt");

    // Several arguments: outputs mirror the paths as given.
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["-o", "out2", "crawl/c.txt", "crawl/a"]),
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        files_under(&dir.path().join("out2")),
        [
            PathBuf::from("crawl/a/b.html.gz.json"),
            PathBuf::from("crawl/c.txt.json")
        ]
    );
}

#[test]
fn resume_needs_output_dir() {
    let out = run(newsclip().args(["--resume", FIXTURE]), None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(newsclip().args(["--jobs", "0", FIXTURE]), None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(
        newsclip().args(["-o", "x", "--format", "text", FIXTURE]),
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jobs_2_output_equals_jobs_1() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir(&crawl).unwrap();
    for entry in fs::read_dir("fixtures").unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, crawl.join(path.file_name().unwrap())).unwrap();
    }
    // real pages, when the benchmark corpus is there
    let corpus = Path::new("../shared/bench/scrapinghub/html");
    if let Ok(entries) = fs::read_dir(corpus) {
        let mut pages: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        pages.sort();
        for page in pages.iter().take(40) {
            fs::copy(page, crawl.join(page.file_name().unwrap())).unwrap();
        }
    }
    write_archives(&crawl);
    fs::write(crawl.join("zz.png"), PNG).unwrap();
    let one = run(
        newsclip()
            .current_dir(dir.path())
            .args(["-j", "1", "crawl"]),
        None,
    );
    let two = run(
        newsclip()
            .current_dir(dir.path())
            .args(["-j", "2", "crawl"]),
        None,
    );
    let many = run(
        newsclip()
            .current_dir(dir.path())
            .args(["-j", "7", "crawl"]),
        None,
    );
    assert_eq!(one.status.code(), Some(1));
    assert!(lines(&one).len() > 5);
    assert!(one.stdout == two.stdout, "--jobs 2 output differs");
    assert!(one.stdout == many.stdout, "--jobs 7 output differs");
    assert_eq!(errors(&one), errors(&two));
    for format in ["json", "markdown"] {
        let one = run(
            newsclip()
                .current_dir(dir.path())
                .args(["-j", "1", "--format", format, "crawl"]),
            None,
        );
        let two = run(
            newsclip()
                .current_dir(dir.path())
                .args(["-j", "2", "--format", format, "crawl"]),
            None,
        );
        assert!(one.stdout == two.stdout, "--format {format} differs");
    }
}

#[test]
fn glob_selects_files_in_directories() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    for rel in [
        "a.html",
        "b.txt",
        "sub/c.html",
        "keep/x.txt",
        "keep/deep/y.txt",
        ".h.html",
    ] {
        let path = crawl.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, STORY).unwrap();
    }
    let pick = |globs: &[&str]| -> Vec<String> {
        let mut cmd = newsclip();
        cmd.current_dir(dir.path());
        for g in globs {
            cmd.args(["--glob", g]);
        }
        let out = run(cmd.arg("crawl"), None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        sources(&lines(&out))
            .into_iter()
            .map(String::from)
            .collect()
    };
    assert_eq!(pick(&["*.html"]), ["crawl/a.html", "crawl/sub/c.html"]);
    assert_eq!(pick(&["keep/*.txt"]), ["crawl/keep/x.txt"]);
    assert_eq!(
        pick(&["keep/**/*.txt", "a.*"]),
        ["crawl/a.html", "crawl/keep/deep/y.txt", "crawl/keep/x.txt"]
    );
    // a file named as an argument is always taken
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--glob", "*.html", "crawl/b.txt"]),
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let bad = run(newsclip().args(["--glob", "a[", FIXTURE]), None);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn single_input_stays_quiet_and_quiet_silences_the_summary() {
    let out = run(newsclip().arg(FIXTURE), None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    let out = run(newsclip().arg("--progress").arg(FIXTURE), None);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));

    let dir: TempDir = tempfile::tempdir().unwrap();
    make_crawl(dir.path(), 3);
    let out = run(newsclip().arg("--quiet").arg(dir.path()), None);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 3);
    let out = run(newsclip().arg(dir.path()), None);
    assert!(summary(&out).contains(" 3 inputs, 3 records, "));
    assert_eq!(stderr(&out).lines().count(), 1);
}

/// One page named alone is read and extracted on the calling thread: its
/// record and exit status are the ones the batch path gives the same file, a
/// failing page is still an error entry, and `--output-dir` still writes it.
#[test]
fn one_page_alone_gives_the_record_of_the_batch_path() {
    let dir: TempDir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("story.txt"), STORY).unwrap();
    fs::write(dir.path().join("logo.png"), PNG).unwrap();
    let alone = run(newsclip().current_dir(dir.path()).arg("story.txt"), None);
    assert_eq!(alone.status.code(), Some(0));
    let alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
    // the same file in a batch of two, read by the reader and worker threads
    let both = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--jobs", "2", "story.txt", "story.txt"]),
        None,
    );
    let both = lines(&both);
    assert_eq!(both.len(), 2);
    assert_eq!(alone, both[0]);
    assert_eq!(alone["headline"], "A Headline For The Story");

    let bad = run(newsclip().current_dir(dir.path()).arg("logo.png"), None);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(errors(&bad).len(), 1, "{}", stderr(&bad));

    let out_dir = dir.path().join("out");
    let written = run(
        newsclip()
            .current_dir(dir.path())
            .arg("--output-dir")
            .arg(&out_dir)
            .arg("story.txt"),
        None,
    );
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    let file: Value =
        serde_json::from_slice(&fs::read(out_dir.join("story.txt.json")).unwrap()).unwrap();
    assert_eq!(file, alone);
}

#[test]
fn forced_progress_without_a_terminal_prints_plain_lines() {
    let dir = tempfile::tempdir().unwrap();
    make_crawl(dir.path(), 400);
    let out = run(
        newsclip().args(["--progress", "-j", "1"]).arg(dir.path()),
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    for line in err.lines() {
        assert!(
            line.starts_with("newsclip: progress: ") || line.starts_with("newsclip: summary: "),
            "{err}"
        );
        assert!(!line.contains('\x1b'), "escape codes in {line:?}");
    }
    assert!(summary(&out).contains(" 400 inputs, 400 records, "));
}

#[test]
fn output_dir_inside_the_crawl_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    make_crawl(&crawl, 3);
    for _ in 0..2 {
        let out = run(
            newsclip()
                .current_dir(dir.path())
                .args(["-o", "crawl/zz-out", "crawl"]),
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(summary(&out).contains(" 3 inputs, 3 records, "));
    }
    assert_eq!(json_files(&crawl.join("zz-out")).len(), 3);
}

// ---- inputs from stdin: --files-from, --input-format jsonl ----

#[test]
fn files_from_stdin_gives_the_output_of_the_same_arguments() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.html"),
        html_page("Storm Hits The Coast", "Winds."),
    )
    .unwrap();
    fs::write(dir.path().join("b.txt"), STORY).unwrap();
    fs::write(dir.path().join("bad.png"), PNG).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/c.txt"), STORY).unwrap();
    write_archives(dir.path());
    let names = [
        "a.html",
        "b.txt",
        "missing.txt",
        "bad.png",
        "sub",
        "crawl.warc.gz",
    ];
    let args = run(newsclip().current_dir(dir.path()).args(names), None);
    let list = names.map(|n| format!("{n}\n")).concat();
    let listed = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--files-from", "-"]),
        Some(list.as_bytes()),
    );
    assert_eq!(stdout(&listed), stdout(&args));
    assert_eq!(errors(&listed), errors(&args));
    assert_eq!(listed.status.code(), Some(1));
    let records = lines(&listed);
    assert_eq!(
        sources(&records)[..5],
        ["a.html", "b.txt", "missing.txt", "bad.png", "sub/c.txt"]
    );
    assert_eq!(records.len(), 5 + 3, "three pages from the archive");
    assert_eq!(records[2]["error"], "No such file or directory");
    // the list may also be a file, after INPUT arguments
    fs::write(dir.path().join("list"), "b.txt\n\na.html\n").unwrap();
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["sub/c.txt", "--files-from", "list"]),
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(sources(&lines(&out)), ["sub/c.txt", "b.txt", "a.html"]);
    // one listed path is still JSON Lines: a mapper's output is one line per input
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--files-from", "-"]),
        Some(b"b.txt\n"),
    );
    assert_eq!(stdout(&out).lines().count(), 1);
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--files-from", "nolist"]),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        errors(&out)[0].starts_with("newsclip: nolist: cannot read the --files-from list:"),
        "{:?}",
        errors(&out)
    );
}

#[test]
fn find_print0_names_with_newlines_are_read_with_null() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("crawl")).unwrap();
    fs::write(dir.path().join("crawl/two\nlines.txt"), STORY).unwrap();
    fs::write(dir.path().join("crawl/plain.txt"), STORY).unwrap();
    let script = format!(
        "find crawl -type f -print0 | sort -z | '{}' -0 --files-from -",
        env!("CARGO_BIN_EXE_newsclip")
    );
    let out = run(
        Command::new("sh")
            .current_dir(dir.path())
            .args(["-c", &script]),
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = lines(&out);
    assert_eq!(
        sources(&records),
        ["crawl/plain.txt", "crawl/two\nlines.txt"]
    );
    assert!(
        records[1]["body"]
            .as_str()
            .unwrap()
            .starts_with("The first paragraph")
    );
    // without -0 the same name is two paths, neither of which exists
    let out = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--files-from", "-"]),
        Some(b"crawl/two\nlines.txt\n"),
    );
    assert_eq!(sources(&lines(&out)), ["crawl/two", "lines.txt"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn null_needs_files_from_and_stdin_is_not_read_twice() {
    let out = run(newsclip().args(["-0", FIXTURE]), None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(newsclip().args(["--files-from", "-", "-"]), Some(b""));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("stdin cannot be both"),
        "{}",
        stderr(&out)
    );
}

/// 1,000 JSON Lines records: pages as `html` and `text`, with and without `id`,
/// and among them a broken line, a line without a page, an oversized line and
/// an empty line.
fn record_lines() -> Vec<String> {
    let big = "x".repeat(5000);
    (1..=1000)
        .map(|n| match n {
            17 => r#"{"id": "broken", "html": "<p>cut"#.to_string(),
            230 => r#"{"id": "no-page", "url": "https://example.com/x"}"#.to_string(),
            501 => format!(r#"{{"id": "big", "text": "{big}"}}"#),
            777 => String::new(),
            n if n % 3 == 0 => serde_json::json!({
                "id": format!("p{n}"),
                "url": format!("https://example.com/{n}"),
                "html": html_page(&format!("Story Number {n} Is Here"), "Words."),
                "fetched": "2024-05-01",
            })
            .to_string(),
            n if n % 3 == 1 => serde_json::json!({"id": n, "text": STORY}).to_string(),
            _ => serde_json::json!({"text": STORY, "lang": "en"}).to_string(),
        })
        .collect()
}

#[test]
fn jsonl_input_gives_one_line_per_record_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = record_lines();
    fs::write(dir.path().join("pages.jsonl"), input.join("\n") + "\n").unwrap();
    let out = run(
        newsclip().current_dir(dir.path()).args([
            "--input-format",
            "jsonl",
            "--jobs",
            "2",
            "--max-bytes",
            "4K",
            "pages.jsonl",
        ]),
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = lines(&out);
    assert_eq!(records.len(), 1000);
    for (i, r) in records.iter().enumerate() {
        let n = i + 1;
        let source = r["source"].as_str().unwrap();
        let bad = [17, 230, 501, 777].contains(&n);
        assert_eq!(r.get("error").is_some(), bad, "line {n}: {r}");
        let want = match n {
            _ if bad => format!("pages.jsonl#{n}"),
            n if n % 3 == 0 => format!("pages.jsonl#p{n}"),
            n if n % 3 == 1 => format!("pages.jsonl#{n}"),
            n => format!("pages.jsonl#{n}"),
        };
        assert_eq!(source, want);
        if bad {
            assert!(
                r["error"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("line {n}: ")),
                "{r}"
            );
        } else if n % 3 == 0 {
            assert_eq!(r["input_kind"], "html");
            assert_eq!(r["headline"], format!("Story Number {n} Is Here"));
            assert_eq!(r["url"], format!("https://example.com/{n}"));
        } else {
            assert_eq!(r["input_kind"], "text");
            assert!(
                r["body"]
                    .as_str()
                    .unwrap()
                    .starts_with("The first paragraph"),
                "{r}"
            );
        }
    }
    let reason = |n: usize| records[n - 1]["error"].as_str().unwrap().to_string();
    assert!(reason(17).contains("not valid JSON"), "{}", reason(17));
    assert!(
        reason(230).contains(r#"no "html" or "text""#),
        "{}",
        reason(230)
    );
    assert!(reason(501).contains("input too large"), "{}", reason(501));
    assert!(reason(777).contains("empty line"), "{}", reason(777));
    assert_eq!(errors(&out).len(), 4, "{:?}", errors(&out));
    assert!(errors(&out)[0].starts_with("newsclip: pages.jsonl#17: line 17: not valid JSON"));
    assert!(
        summary(&out).contains(" 1000 inputs, 996 records, 0 empty, 4 failed, 0 skipped,"),
        "{}",
        summary(&out)
    );
}

#[test]
fn jsonl_on_stdin_gzipped_and_to_output_dir() {
    let dir = tempfile::tempdir().unwrap();
    let input = [
        serde_json::json!({"id": "a/1", "text": STORY}).to_string(),
        "[1, 2]".to_string(),
        serde_json::json!({"html": html_page("Storm Hits The Coast", "Winds.")}).to_string(),
    ]
    .join("\n");
    let out = run(
        newsclip().args(["--input-format", "jsonl"]),
        Some(input.as_bytes()),
    );
    assert_eq!(sources(&lines(&out)), ["-#a/1", "-#2", "-#3"]);
    assert_eq!(lines(&out)[1]["error"], "line 2: not a JSON object");
    fs::write(dir.path().join("p.jsonl.gz"), gzip(input.as_bytes())).unwrap();
    let gz = run(
        newsclip()
            .current_dir(dir.path())
            .args(["--input-format", "jsonl", "p.jsonl.gz"]),
        None,
    );
    assert_eq!(
        sources(&lines(&gz)),
        ["p.jsonl.gz#a/1", "p.jsonl.gz#2", "p.jsonl.gz#3"]
    );
    let out = run(
        newsclip().current_dir(dir.path()).args([
            "--input-format",
            "jsonl",
            "-o",
            "out",
            "p.jsonl.gz",
        ]),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let files: Vec<String> = json_files(&dir.path().join("out"))
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        files,
        [
            "p.jsonl.gz/2.json",
            "p.jsonl.gz/3.json",
            "p.jsonl.gz/a_1.json"
        ]
    );
    let error: Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/p.jsonl.gz/2.json")).unwrap())
            .unwrap();
    assert_eq!(error["source"], "p.jsonl.gz#2");
}

/// Peak resident memory of a running child, in KiB: its `VmHWM`, polled until
/// the child has exited (a zombie has no memory left to report). Not
/// `wait4`'s `ru_maxrss`: a child spawned with a shared address space
/// (posix_spawn's vfork) starts that figure at the test harness's own peak,
/// which other tests running in the same process raise.
#[cfg(target_os = "linux")]
fn watch_peak_kib(pid: u32) -> std::thread::JoinHandle<i64> {
    std::thread::spawn(move || {
        let path = format!("/proc/{pid}/status");
        let mut peak = 0;
        loop {
            let Some(hwm) = std::fs::read_to_string(&path).ok().and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<i64>().ok())
            }) else {
                return peak;
            };
            peak = peak.max(hwm);
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    })
}

#[cfg(target_os = "linux")]
#[test]
fn jsonl_memory_stays_flat_past_an_oversized_line() {
    use std::io::Read;
    let mut child = newsclip()
        .args([
            "--input-format",
            "jsonl",
            "--max-bytes",
            "1M",
            "--jobs",
            "2",
            "--quiet",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let peak = watch_peak_kib(child.id());
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // a 96 MiB line, far over the limit, then 2,000 ordinary records
        stdin.write_all(br#"{"id": "huge", "text": ""#).unwrap();
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..96 {
            stdin.write_all(&chunk).unwrap();
        }
        stdin.write_all(b"\"}\n").unwrap();
        let record = serde_json::json!({"text": STORY}).to_string() + "\n";
        for _ in 0..2000 {
            stdin.write_all(record.as_bytes()).unwrap();
        }
    });
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    writer.join().unwrap();
    let peak_kib = peak.join().unwrap();
    assert!(peak_kib > 0, "no memory figure read for the child");
    assert_eq!(child.wait().unwrap().code(), Some(1));
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2001);
    // an oversized line is never parsed, so its id is unknown: the line number
    assert_eq!(lines[0]["source"], "-#1");
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .contains("input too large")
    );
    assert_eq!(lines[2000]["source"], "-#2001");
    // the line was never held whole: far less than its 96 MiB
    assert!(peak_kib < 48 * 1024, "peak RSS {peak_kib} KiB");
}
