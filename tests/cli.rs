//! End-to-end tests of the `newsclip` command.
//!
//! Extraction quality is tuned elsewhere; these tests check the command's
//! contract: inputs, output shapes, key order, errors and exit status.

use std::fmt;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Output, Stdio};

use assert_cmd::Command;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use tempfile::TempDir;

const FIXTURE: &str = "fixtures/viewus-world.txt";
const FIXTURE_HEADLINE: &str =
    "Islamic State Unhappy with Putin for Islamist Repression and Shi’ite Assistance";
const STORY: &str = "A Headline For The Story\n\nBy Jane Doe\n\n\
The first paragraph of the story is long enough to read as prose, and it goes on for a while.\n\n\
The second paragraph adds more detail about what happened in the town, and who was there to see it.\n\n\
The third paragraph closes the story with a quote from a witness, who said it was a long day for everyone.\n";
const KEYS: [&str; 16] = [
    "source",
    "url",
    "input_kind",
    "page_kind",
    "headline",
    "byline",
    "authors",
    "published",
    "summary",
    "credit",
    "section",
    "site_name",
    "lang",
    "body",
    "word_count",
    "warnings",
];
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01";

fn newsclip() -> Command {
    Command::cargo_bin("newsclip").unwrap()
}

/// Run and check that nothing panicked.
fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// stderr without the summary line that ends a batch.
fn errors(out: &Output) -> String {
    stderr(out)
        .lines()
        .filter(|l| !l.starts_with("newsclip: summary: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The batch summary line, which is the last line of stderr.
fn summary(out: &Output) -> String {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or("").to_string();
    assert!(last.starts_with("newsclip: summary: "), "{err}");
    last
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

/// The top-level keys of a JSON object, in document order.
struct KeyOrder(Vec<String>);

impl<'de> Deserialize<'de> for KeyOrder {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyOrder;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyOrder, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(KeyOrder(keys))
            }
        }
        d.deserialize_map(V)
    }
}

fn keys(json: &str) -> Vec<String> {
    serde_json::from_str::<KeyOrder>(json).unwrap().0
}

/// A temp dir with `story.txt` (inline story) and `viewus.txt` (the fixture).
fn workdir() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("story.txt"), STORY).unwrap();
    fs::copy(FIXTURE, dir.path().join("viewus.txt")).unwrap();
    dir
}

#[test]
fn stdin_gives_one_pretty_object() {
    let out = run(newsclip().write_stdin(STORY));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("{\n  \"source\""), "{text}");
    assert!(text.ends_with("}\n"));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["input_kind"], "text");
    assert!(v["body"].is_string());
    assert!(stderr(&out).is_empty());
}

#[test]
fn dash_reads_stdin() {
    let out = run(newsclip().arg("-").write_stdin(STORY));
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["source"], "-");
}

#[test]
fn file_argument_gives_record_with_keys_in_order() {
    let out = run(newsclip().arg(FIXTURE));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert_eq!(keys(&text), KEYS);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["source"], FIXTURE);
    assert_eq!(v["input_kind"], "text");
    assert_eq!(v["headline"], FIXTURE_HEADLINE);
    assert!(!v["body"].as_str().unwrap().is_empty());
    assert!(v["word_count"].as_u64().unwrap() > 0);
    assert!(v["authors"].is_array() && v["summary"].is_array() && v["warnings"].is_array());
}

#[test]
fn several_files_give_json_lines_in_given_order() {
    let dir = workdir();
    let out =
        run(newsclip()
            .current_dir(dir.path())
            .args(["viewus.txt", "story.txt", "viewus.txt"]));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for line in text.lines() {
        assert_eq!(keys(line), KEYS);
    }
    assert_eq!(
        sources(&lines(&out)),
        ["viewus.txt", "story.txt", "viewus.txt"]
    );
}

#[test]
fn file_and_stdin_mixed() {
    let dir = workdir();
    let out = run(newsclip()
        .current_dir(dir.path())
        .args(["story.txt", "-"])
        .write_stdin(STORY));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(sources(&lines(&out)), ["story.txt", "-"]);
}

#[test]
fn directory_gives_sorted_lines_and_skips_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir_all(crawl.join("a")).unwrap();
    fs::create_dir_all(crawl.join(".git")).unwrap();
    fs::write(crawl.join("b.txt"), STORY).unwrap();
    fs::write(crawl.join("a/1.txt"), STORY).unwrap();
    fs::write(crawl.join(".hidden"), STORY).unwrap();
    fs::write(crawl.join(".git/config"), STORY).unwrap();
    let out = run(newsclip().current_dir(dir.path()).arg("crawl"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(sources(&lines(&out)), ["crawl/a/1.txt", "crawl/b.txt"]);
}

#[test]
fn one_directory_with_one_file_is_still_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("crawl")).unwrap();
    fs::write(dir.path().join("crawl/only.txt"), STORY).unwrap();
    let out = run(newsclip().current_dir(dir.path()).arg("crawl"));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1);
    assert_eq!(sources(&lines(&out)), ["crawl/only.txt"]);
}

#[test]
fn missing_file_among_good_ones_exits_1() {
    let dir = workdir();
    let out =
        run(newsclip()
            .current_dir(dir.path())
            .args(["story.txt", "missing.txt", "viewus.txt"]));
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    assert_eq!(
        sources(&records),
        ["story.txt", "missing.txt", "viewus.txt"]
    );
    // whole records for the good ones (the story, then the sample page)
    assert!(
        records[0]["body"]
            .as_str()
            .unwrap()
            .starts_with("The first paragraph")
    );
    assert!(records[2]["headline"].is_string());
    assert_eq!(records[1]["error"], "No such file or directory");
    assert_eq!(
        keys(stdout(&out).lines().nth(1).unwrap()),
        ["source", "error"]
    );
    assert_eq!(
        errors(&out),
        "newsclip: missing.txt: No such file or directory\n"
    );
    assert!(summary(&out).contains(" 3 inputs, 2 records, 0 empty, 1 failed, 0 skipped"));
}

#[test]
fn single_missing_file_prints_nothing_to_stdout() {
    let out = run(newsclip().arg("no/such/file.txt"));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "newsclip: no/such/file.txt: No such file or directory\n"
    );
}

#[test]
fn binary_and_missing_inputs_in_a_batch() {
    let dir = workdir();
    fs::write(dir.path().join("image.png"), PNG).unwrap();
    let out = run(newsclip()
        .current_dir(dir.path())
        .args(["story.txt", "image.png", "gone.txt"]));
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    assert_eq!(sources(&records), ["story.txt", "image.png", "gone.txt"]);
    assert!(records[0].get("error").is_none());
    assert!(
        records[1]["error"]
            .as_str()
            .unwrap()
            .contains("not a text or HTML document")
    );
    assert_eq!(records[2]["error"], "No such file or directory");
    let err = errors(&out);
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 2, "{err}");
    assert!(err_lines[0].starts_with("newsclip: image.png: not a text or HTML document"));
    assert_eq!(
        err_lines[1],
        "newsclip: gone.txt: No such file or directory"
    );
    assert!(!err.contains("os error"));
}

#[cfg(unix)]
#[test]
fn unreadable_file_in_a_batch() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workdir();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, STORY).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let readable = fs::read(&locked).is_ok(); // root reads anything
    let out = run(newsclip()
        .current_dir(dir.path())
        .args(["story.txt", "locked.txt"]));
    let records = lines(&out);
    assert_eq!(sources(&records), ["story.txt", "locked.txt"]);
    if readable {
        assert_eq!(out.status.code(), Some(0));
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(records[1]["error"], "Permission denied");
        assert_eq!(errors(&out), "newsclip: locked.txt: Permission denied\n");
    }
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
}

#[cfg(unix)]
#[test]
fn dangling_symlink_and_loop_in_directory_are_error_entries() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir_all(crawl.join("sub")).unwrap();
    fs::write(crawl.join("a.txt"), STORY).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", crawl.join("b-dangling.txt")).unwrap();
    std::os::unix::fs::symlink("..", crawl.join("sub/loop")).unwrap();
    let out = run(newsclip().current_dir(dir.path()).arg("crawl"));
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    assert_eq!(
        sources(&records),
        ["crawl/a.txt", "crawl/b-dangling.txt", "crawl/sub/loop"]
    );
    assert_eq!(records[1]["error"], "No such file or directory");
    assert!(records[2]["error"].as_str().unwrap().contains("loop"));
    assert_eq!(errors(&out).lines().count(), 2);
    assert!(summary(&out).contains(" 3 inputs, 1 records, "));
}

#[test]
fn unknown_option_exits_2() {
    let out = run(newsclip().arg("--no-such-option"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("--no-such-option"));
}

#[test]
fn bad_format_value_exits_2() {
    let out = run(newsclip().args(["--format", "yaml", FIXTURE]));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn empty_stdin_gives_record_with_warning() {
    let out = run(newsclip().write_stdin(""));
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["body"], "");
    assert_eq!(v["word_count"], 0);
    assert!(!v["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn markdown_format() {
    let out = run(newsclip().args(["--format", "markdown", FIXTURE]));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("# "), "{text}");
    assert!(text.contains("\n- "), "summary bullets: {text}");
}

#[test]
fn markdown_separates_records() {
    let dir = workdir();
    let out = run(newsclip().current_dir(dir.path()).args([
        "--format",
        "markdown",
        "story.txt",
        "viewus.txt",
    ]));
    let text = stdout(&out);
    assert_eq!(text.matches("\n---\n").count(), 1, "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("# ")).count(), 2);
}

#[test]
fn text_format() {
    let out = run(newsclip().args(["--format", "text"]).write_stdin(STORY));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let mut lines = text.lines();
    let headline = lines.next().unwrap();
    assert!(!headline.is_empty());
    let underline = lines.next().unwrap();
    assert!(!underline.is_empty() && underline.chars().all(|c| c == '='));
    assert!(text.contains("first paragraph of the story"));
    assert!(!text.trim_start().starts_with('{'));
}

#[test]
fn json_format_with_several_inputs_is_one_array() {
    let dir = workdir();
    let out = run(newsclip().current_dir(dir.path()).args([
        "--format",
        "json",
        "story.txt",
        "missing.txt",
    ]));
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(sources(items), ["story.txt", "missing.txt"]);
    assert!(items[1]["error"].is_string());
}

#[test]
fn jsonl_format_with_one_input() {
    let out = run(newsclip().args(["--format", "jsonl"]).write_stdin(STORY));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1);
    assert_eq!(keys(text.trim_end()), KEYS);
}

#[test]
fn url_and_kind_options() {
    let html = "<p>Looks like <span>HTML</span></p>\n<div>but is read as text</div>\n";
    let out = run(newsclip()
        .args(["--kind", "text", "--url", "https://example.com/a"])
        .write_stdin(html));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["url"], "https://example.com/a");
    assert_eq!(v["input_kind"], "text");
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let out = run(newsclip().arg("--help"));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("EXAMPLES"));
    assert!(text.contains("cat page.txt | newsclip"));
    assert!(text.contains("jq"));
    assert!(text.contains("--format markdown"));
    assert!(text.contains("EXIT STATUS"));
}

#[test]
fn version() {
    let out = run(newsclip().arg("--version"));
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("newsclip "));
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir(&crawl).unwrap();
    // far more output than a pipe buffer holds
    for i in 0..300 {
        fs::copy(FIXTURE, crawl.join(format!("{i:03}.txt"))).unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .arg(Path::new("crawl"))
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert!(first.contains("\"source\":\"crawl/000.txt\""));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_url_as_input_is_refused_with_a_hint() {
    let out = run(newsclip().arg("https://example.com/news/1"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "newsclip: https://example.com/news/1: newsclip reads files, not URLs; \
         fetch the page first (curl -sL URL | newsclip --url URL)\n"
    );
    assert!(out.stdout.is_empty());
    // among other inputs it is one failed input; the others still give records
    let out = run(newsclip().args([FIXTURE, "http://example.com/a"]));
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    assert_eq!(sources(&records), [FIXTURE, "http://example.com/a"]);
    assert!(records[1]["error"].as_str().unwrap().contains("not URLs"));
}

#[test]
fn generated_completions_and_man_page() {
    let bash = run(newsclip().args(["--generate", "complete-bash"]));
    assert_eq!(bash.status.code(), Some(0));
    let script = stdout(&bash);
    assert!(script.contains("--files-from") && script.contains("--input-format"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newsclip.bash");
    fs::write(&path, &script).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    for (kind, marker) in [
        ("complete-zsh", "#compdef newsclip"),
        ("complete-fish", "complete -c newsclip"),
        ("complete-powershell", "Register-ArgumentCompleter"),
    ] {
        let out = run(newsclip().args(["--generate", kind]));
        assert_eq!(out.status.code(), Some(0), "{kind}");
        assert!(stdout(&out).contains(marker), "{kind}");
        assert!(stdout(&out).contains("files-from"), "{kind}");
    }
    let man = run(newsclip().args(["--generate", "man"]));
    assert_eq!(man.status.code(), Some(0));
    let page = stdout(&man);
    assert!(page.contains("\n.TH newsclip 1 "), "{}", &page[..200]);
    let sections: Vec<&str> = page
        .lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .map(|t| t.trim_matches('"'))
        .collect();
    assert_eq!(
        sections,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "EXAMPLES",
            "OUTPUT",
            "EXIT STATUS",
            "VERSION"
        ]
    );
    assert!(page.contains("files\\-from"), "options are listed");
    // --generate takes nothing else
    let out = run(newsclip().args(["--generate", "man", FIXTURE]));
    assert_eq!(out.status.code(), Some(2));
}

/// The report's blocks: (class list, text) of every `.blk`, in order.
fn report_blocks(doc: &scraper::Html) -> Vec<(String, String, String)> {
    let blk = scraper::Selector::parse("div.blk").unwrap();
    let why = scraper::Selector::parse(".why").unwrap();
    let text = scraper::Selector::parse("p").unwrap();
    doc.select(&blk)
        .map(|b| {
            let class = b.value().attr("class").unwrap().to_string();
            let reason = b
                .select(&why)
                .next()
                .map(|w| w.text().collect())
                .unwrap_or_default();
            let body = b.select(&text).next().unwrap().text().collect();
            (class, reason, body)
        })
        .collect()
}

#[test]
fn explain_report_on_the_sample_page() {
    let out = run(newsclip().args(["--format", "explain", FIXTURE]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    // self-contained: inline CSS, no scripts, nothing fetched
    let lower = html.to_lowercase();
    for banned in [
        "<script", "<link", "<img", "<iframe", " src=", " href=", "@import", "url(",
    ] {
        assert!(!lower.contains(banned), "report holds {banned}");
    }
    assert_eq!(lower.matches("<style>").count(), 1);
    let doc = scraper::Html::parse_document(&html);

    // the record at the top, as the JSON output has it
    let record: Value = serde_json::from_str(&stdout(&run(newsclip().arg(FIXTURE)))).unwrap();
    let first_h2 = scraper::Selector::parse("h2").unwrap();
    assert_eq!(
        doc.select(&first_h2)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        "Record"
    );
    let cell = |key: &str| -> String {
        let row = scraper::Selector::parse("table.record tr").unwrap();
        doc.select(&row)
            .find(|r| r.text().next() == Some(key))
            .map(|r| r.text().skip(1).collect())
            .unwrap_or_else(|| panic!("no {key} row"))
    };
    assert_eq!(cell("headline"), FIXTURE_HEADLINE);
    assert_eq!(cell("body"), record["body"].as_str().unwrap());

    // the blocks, as the extraction labelled them (the library's own trace)
    let page = fs::read(FIXTURE).unwrap();
    let explained = newsclip::explain_bytes(FIXTURE, &page, &Default::default()).unwrap();
    let blocks = report_blocks(&doc);
    assert_eq!(blocks.len(), explained.blocks.len());
    for ((class, _, text), block) in blocks.iter().zip(&explained.blocks) {
        assert_eq!(text, &block.text);
        let want = match block.label {
            newsclip::blocks::Label::Body => "body",
            newsclip::blocks::Label::Headline => "headline",
            newsclip::blocks::Label::Boilerplate(_) => "furniture",
            _ => "",
        };
        assert!(class.contains(want), "{class} for {:?}", block.label);
    }
    let classes = |name: &str| {
        blocks
            .iter()
            .filter(|b| b.0.split(' ').any(|c| c == name))
            .count()
    };
    assert_eq!(classes("headline"), 1);
    assert!(classes("body") >= 5 && classes("furniture") >= 30);
    assert!(
        classes("outside") >= 1,
        "blocks outside the region are shown"
    );

    // "Weekly Best Articles" is furniture: a story list's heading, and its
    // entries name it
    let heading = blocks
        .iter()
        .position(|b| b.2 == "Weekly Best Articles")
        .expect("the heading is shown");
    assert!(blocks[heading].0.contains("furniture"));
    assert!(
        blocks[heading].1.contains("list of other stories"),
        "{}",
        blocks[heading].1
    );
    assert!(blocks[heading].1.contains("pass: story lists"));
    let entry = &blocks[heading + 1];
    assert!(entry.0.contains("furniture"));
    assert!(
        entry.1.contains("story list under “Weekly Best Articles”"),
        "{}",
        entry.1
    );

    // the region's start and end, around the blocks the extraction chose
    let (a, z) = explained.region.unwrap();
    let start = html.find("id=\"region-start\"").unwrap();
    let end = html.find("id=\"region-end\"").unwrap();
    let block_at = |n: usize| html.find(&format!("id=\"b{n}\"")).unwrap();
    assert!(block_at(a) < start && start < block_at(a + 1));
    assert!(block_at(z) < end && end < block_at(z + 1));
}

#[test]
fn explain_report_on_html_and_its_limits() {
    let page = "<!DOCTYPE html><html><head><title>Storm Hits The Coast</title></head><body>\
        <nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li><li><a href=/s>Sport</a></li></ul></nav>\
        <article><h1>Storm Hits The Coast</h1>\
        <p>Winds reached a hundred kilometres an hour on Monday night, and the sea rose over the harbour wall in two places.</p>\
        <p>The coast guard said no boats were out, and that the roads along the shore would stay closed until the morning.</p>\
        <p>Share this article</p></article><div><p>Copyright 2024 Example News. All rights reserved.</p></div></body></html>";
    let out = run(newsclip()
        .args(["--format", "explain", "-"])
        .write_stdin(page));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = scraper::Html::parse_document(&stdout(&out));
    let blocks = report_blocks(&doc);
    let of = |text: &str| {
        blocks
            .iter()
            .find(|b| b.2.contains(text))
            .unwrap()
            .0
            .clone()
    };
    assert!(of("Storm Hits").contains("headline"));
    assert!(of("Winds reached").contains("body"));
    assert!(of("Copyright").contains("furniture"));
    assert!(of("Share this").contains("furniture"));
    assert!(stdout(&out).contains("removed before blocks were made"));
    assert!(
        !stdout(&out).contains("<a href"),
        "page markup is escaped, not copied"
    );
    // one page only
    let out = run(newsclip().args(["--format", "explain", FIXTURE, FIXTURE]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("one page"));
}
