//! Command line: arguments, input expansion, and the per-input pipeline.
//!
//! The pipeline is `inputs → jobs → outcomes → writer`: [`jobs`] expands the
//! arguments into one [`Job`] per input (directories are walked lazily),
//! [`process`] turns a job into an [`Outcome`] and the writer prints outcomes in
//! order. `process` is pure apart from reading its input, so a later version can
//! run it in parallel (e.g. rayon over the collected jobs) without touching the
//! writers.

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, ValueEnum};
use newsclip::{Article, KindChoice, Options};
use walkdir::WalkDir;

use crate::output::{Format, Writer};

const AFTER_HELP: &str = "\
EXAMPLES:
    Extract one page (prints one pretty JSON object):
        newsclip page.txt

    Read a page from a pipe (source is \"-\"):
        cat page.txt | newsclip

    A whole crawl directory, recursively, to JSON Lines (one record per file):
        newsclip crawl/ > articles.jsonl

    Pick fields with jq:
        newsclip crawl/ | jq -r '[.source, .headline] | @tsv'

    Read an article in the terminal:
        newsclip --format markdown page.txt | less

    Keep the original address in the record:
        newsclip --url https://example.com/news/1 page.txt

OUTPUT:
    One input (a file or stdin) gives one pretty JSON object; several inputs or
    any directory give JSON Lines, one compact record per input, in input order.
    Files in a directory are taken recursively in sorted path order; hidden
    files and directories (name starting with '.') are skipped.
    With --format json and several inputs the output is one JSON array.
    A failed input is reported on stderr as `newsclip: <input>: <reason>`; in
    JSON Lines (and JSON array) output it also gets a {\"source\", \"error\"}
    record, so there is one record per input.

EXIT STATUS:
    0   every input produced a record
    1   at least one input failed (the others still produce their records)
    2   usage error (bad option or argument)";

/// Turn raw scraped news pages (plain text or HTML) into clean JSON article records.
#[derive(Debug, Parser)]
#[command(name = "newsclip", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// Files or directories to read; `-` or nothing reads stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output format [default: json for one input, jsonl otherwise].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// What the inputs are: sniff the content, or force a front end.
    #[arg(long, value_enum, value_name = "KIND", default_value_t = Kind::Auto)]
    pub kind: Kind,

    /// The page's address, stored in the record's `url` (meant for one input;
    /// applied to every input).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// Decide from the content.
    Auto,
    /// Treat every input as HTML.
    Html,
    /// Treat every input as plain text.
    Text,
}

impl From<Kind> for KindChoice {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Auto => KindChoice::Auto,
            Kind::Html => KindChoice::Html,
            Kind::Text => KindChoice::Text,
        }
    }
}

/// One input to process.
#[derive(Debug)]
pub enum Job {
    /// Read standard input.
    Stdin,
    /// Read a file; `source` is the path as given (or dir argument + relative path).
    File { source: String, path: PathBuf },
    /// An input that failed before it could be read (e.g. a walk error).
    Failed { source: String, reason: String },
}

/// The result for one input: its source and either a record or a one-line reason.
#[derive(Debug)]
pub struct Outcome {
    pub source: String,
    pub result: Result<Article, String>,
}

/// Run the command; returns the process exit status.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs
    };
    let any_dir = inputs.iter().any(|p| !is_stdin(p) && p.is_dir());
    let single = inputs.len() == 1 && !any_dir;
    let format = args
        .format
        .unwrap_or(if single { Format::Json } else { Format::Jsonl });
    let opts = Options {
        kind: args.kind.into(),
        url: args.url,
    };

    let stdout = io::stdout();
    let mut writer = Writer::new(io::BufWriter::new(stdout.lock()), format, single);
    let outcomes = jobs(&inputs).map(|job| process(job, &opts));

    match write_all(&mut writer, outcomes) {
        Ok(failed) => Ok(if failed { 1 } else { 0 }),
        // `newsclip dir | head -1`: the reader went away; stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(anyhow::anyhow!("stdout: {}", io_reason(&e))),
    }
}

/// Feed every outcome to the writer, reporting failures on stderr. Returns
/// whether any input failed.
fn write_all<W: Write>(
    writer: &mut Writer<W>,
    outcomes: impl Iterator<Item = Outcome>,
) -> io::Result<bool> {
    let mut failed = false;
    writer.begin()?;
    for outcome in outcomes {
        if let Err(reason) = &outcome.result {
            failed = true;
            report(&outcome.source, reason);
        }
        writer.write(&outcome)?;
    }
    writer.finish()?;
    Ok(failed)
}

/// One error line on stderr. Errors writing to stderr are ignored.
fn report(source: &str, reason: &str) {
    let _ = writeln!(io::stderr().lock(), "newsclip: {source}: {reason}");
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Expand the arguments into jobs, in order. Directories are walked lazily,
/// recursively, in sorted path order, following symlinks (loops become failed
/// jobs); hidden entries are skipped, as is anything that is not a regular file.
pub fn jobs(inputs: &[PathBuf]) -> impl Iterator<Item = Job> + '_ {
    inputs
        .iter()
        .flat_map(|input| -> Box<dyn Iterator<Item = Job>> {
            if is_stdin(input) {
                Box::new(std::iter::once(Job::Stdin))
            } else if input.is_dir() {
                Box::new(walk(input))
            } else {
                Box::new(std::iter::once(Job::File {
                    source: display(input),
                    path: input.clone(),
                }))
            }
        })
}

fn walk(dir: &Path) -> impl Iterator<Item = Job> {
    WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()))
        .filter_map(|entry| match entry {
            Ok(entry) if entry.file_type().is_file() => Some(Job::File {
                source: display(entry.path()),
                path: entry.into_path(),
            }),
            Ok(_) => None,
            Err(err) => {
                let path = err.path().map(Path::to_path_buf).unwrap_or_default();
                // A hidden dangling symlink is still hidden.
                if err.depth() > 0 && path.file_name().is_some_and(is_hidden) {
                    return None;
                }
                let reason = if let Some(ancestor) = err.loop_ancestor() {
                    format!("filesystem loop (links back to {})", ancestor.display())
                } else if let Some(io) = err.io_error() {
                    io_reason(io)
                } else {
                    err.to_string()
                };
                Some(Job::Failed {
                    source: display(&path),
                    reason,
                })
            }
        })
}

fn is_hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Read and extract one input.
pub fn process(job: Job, opts: &Options) -> Outcome {
    let (source, bytes) = match job {
        Job::Failed { source, reason } => {
            return Outcome {
                source,
                result: Err(reason),
            };
        }
        Job::Stdin => {
            let mut bytes = Vec::new();
            let read = io::stdin().lock().read_to_end(&mut bytes).map(|_| bytes);
            ("-".to_string(), read)
        }
        Job::File { source, path } => (source, fs::read(&path)),
    };
    let result = match bytes {
        Ok(bytes) => newsclip::extract_bytes(&source, &bytes, opts).map_err(|e| e.to_string()),
        Err(e) => Err(io_reason(&e)),
    };
    Outcome { source, result }
}

/// An I/O error as a short reason: the OS message without "(os error N)".
pub fn io_reason(err: &io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_reason_drops_os_error_code() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&err), "No such file or directory");
        let err = io::Error::other("plain message");
        assert_eq!(io_reason(&err), "plain message");
    }

    #[test]
    fn hidden_names() {
        assert!(is_hidden(OsStr::new(".git")));
        assert!(!is_hidden(OsStr::new("a.txt")));
    }
}
