//! Command line: arguments and input expansion.
//!
//! [`jobs`] expands the arguments into one [`Job`] per input (directories are
//! walked lazily); [`crate::batch`] reads, extracts and writes them in a
//! bounded parallel pipeline, in input order.

use std::ffi::{OsStr, OsString};
use std::io::{self, IsTerminal};
use std::path::{Component, Path, PathBuf};

use clap::{CommandFactory, Parser, ValueEnum};
use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use newsclip::{Article, KindChoice, Options};
use walkdir::WalkDir;

use crate::batch::{self, Progress, Settings};
use crate::output::Format;

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

    A WARC archive: one record per HTML response, with its URL:
        newsclip crawl.warc.gz > articles.jsonl

    A big crawl to one JSON file per page; after an interruption, finish it:
        newsclip --glob '*.html.gz' --output-dir out/ crawl/
        newsclip --glob '*.html.gz' --output-dir out/ --resume crawl/

OUTPUT:
    One input (a file or stdin) gives one pretty JSON object; several inputs or
    any directory give JSON Lines, one compact record per input, in input order.
    Files in a directory are taken recursively in sorted path order; hidden
    files and directories (name starting with '.') are skipped.
    With --format json and several inputs the output is one JSON array.
    A failed input is reported on stderr as `newsclip: <input>: <reason>`; in
    JSON Lines (and JSON array) output it also gets a {\"source\", \"error\"}
    record, so there is one record per input.
    Gzip-compressed inputs are read transparently. A WARC archive (.warc or
    .warc.gz, recognised by its content) gives one record per HTTP response
    with an HTML or text payload; its source is ARCHIVE#RECORD-ID.
    Batches (several inputs, a directory or an archive) end with one summary
    line on stderr: `newsclip: summary: N inputs, N records, ...`.

EXIT STATUS:
    0   every input produced a record
    1   at least one input failed (the others still produce their records)
    2   usage error (bad option or argument)
    130, 143  interrupted (Ctrl-C, SIGTERM); every output file written is whole";

/// Turn raw scraped news pages (plain text or HTML) into clean JSON article records.
#[derive(Debug, Parser)]
#[command(name = "newsclip", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// Files, directories or WARC archives to read; `-` or nothing reads stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output format [default: json for one input, jsonl otherwise].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// What the inputs are: sniff the content, or force a front end.
    #[arg(long, value_enum, value_name = "KIND", default_value_t = Kind::Auto)]
    pub kind: Kind,

    /// The page's address, stored in the record's `url` (meant for one input;
    /// applied to every input; WARC records use their own target URI).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Extract N inputs at a time [default: all cores]. Output stays in input
    /// order.
    #[arg(short = 'j', long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub jobs: Option<u32>,

    /// Write one JSON file per input under DIR instead of stdout, at the input's
    /// path relative to its directory argument plus `.json` (with several
    /// INPUTs: the path as given). WARC records go to DIR/ARCHIVE/RECORD-ID.json.
    /// Each file is written whole or not at all.
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,

    /// With --output-dir: skip inputs whose output file already exists and is a
    /// complete record (failed inputs are tried again).
    #[arg(long, requires = "output_dir")]
    pub resume: bool,

    /// In directories, take only files matching PATTERN (repeatable; any may
    /// match). A pattern without `/` matches the file name at any depth
    /// (`*.html.gz`); one with `/` matches the path relative to the directory
    /// argument (`2024/**/*.html`). Files named as arguments are always taken.
    #[arg(long, value_name = "PATTERN", value_parser = parse_glob)]
    pub glob: Vec<String>,

    /// Show progress on stderr even when it is not a terminal (then as a plain
    /// line every 2 s).
    #[arg(long, conflicts_with = "quiet")]
    pub progress: bool,

    /// No progress bar and no summary line (errors are still reported).
    #[arg(short, long)]
    pub quiet: bool,

    /// Largest input, in bytes, as read and after gzip expansion; a suffix K, M
    /// or G means KiB, MiB, GiB. Larger files are failed inputs, never read
    /// whole. In a WARC archive it bounds each record, not the archive.
    #[arg(long, value_name = "N", value_parser = parse_size, default_value = "64M")]
    pub max_bytes: u64,
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

fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((at, _)) => text.split_at(at),
        None => (text, ""),
    };
    let shift = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("unknown size unit {unit:?} (use K, M or G)")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| "expected a number of bytes, e.g. 1000000 or 64M".to_string())?;
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| "size out of range".to_string())
}

fn parse_glob(text: &str) -> Result<String, String> {
    Glob::new(text).map_err(|e| e.kind().to_string())?;
    Ok(text.to_string())
}

/// One input to process.
#[derive(Debug)]
pub enum Job {
    /// Read standard input.
    Stdin,
    /// Read a file; `source` is the path as given (or dir argument + relative
    /// path); `rel` is where its output goes under `--output-dir`.
    File {
        source: String,
        path: PathBuf,
        rel: PathBuf,
    },
    /// An input that failed before it could be read (e.g. a walk error).
    Failed {
        source: String,
        reason: String,
        rel: PathBuf,
    },
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
    if args.output_dir.is_some() && matches!(args.format, Some(Format::Text | Format::Markdown)) {
        Args::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "--output-dir writes JSON files: use --format json (pretty, the default) or jsonl (compact)",
            )
            .exit();
    }
    let stderr_tty = io::stderr().is_terminal();
    let mut select = Select::new(&args.glob);
    if let Some(dir) = &args.output_dir {
        // Made now so that walks can leave it out (`newsclip -o crawl/out crawl`).
        std::fs::create_dir_all(dir)
            .and_then(|()| dir.canonicalize())
            .map(|dir| select.skip_dir = Some(dir))
            .map_err(|e| anyhow::anyhow!("cannot create {}: {}", dir.display(), io_reason(&e)))?;
    }
    let settings = Settings {
        select,
        inputs,
        single,
        format: args.format,
        // `..Default` keeps this building as the library's options grow.
        #[allow(clippy::needless_update)]
        opts: Options {
            kind: args.kind.into(),
            url: args.url,
            max_bytes: args.max_bytes,
            ..Options::default()
        },
        jobs: args.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            |n| n as usize,
        ),
        output_dir: args.output_dir,
        resume: args.resume,
        progress: match (args.quiet, stderr_tty, args.progress) {
            (true, _, _) => Progress::Off,
            (false, true, _) => Progress::Bar,
            (false, false, true) => Progress::Lines,
            (false, false, false) => Progress::Off,
        },
        quiet: args.quiet,
        max_bytes: args.max_bytes,
    };
    batch::run(settings)
}

pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Which files of a directory walk to take (`--glob`).
#[derive(Debug, Clone, Default)]
pub struct Select {
    /// Patterns without `/`: matched against the file name.
    names: Option<GlobSet>,
    /// Patterns with `/`: matched against the path under the directory argument.
    paths: Option<GlobSet>,
    /// A directory never walked into (the output directory, canonical).
    pub skip_dir: Option<PathBuf>,
}

impl Select {
    /// Patterns were checked by the argument parser.
    pub fn new(patterns: &[String]) -> Self {
        let build = |with_slash: bool| {
            let mut set = GlobSetBuilder::new();
            let mut any = false;
            for p in patterns.iter().filter(|p| p.contains('/') == with_slash) {
                let glob = GlobBuilder::new(p.trim_start_matches("./"))
                    .literal_separator(true)
                    .build()
                    .expect("checked by parse_glob");
                set.add(glob);
                any = true;
            }
            any.then(|| set.build().expect("checked by parse_glob"))
        };
        Select {
            names: build(false),
            paths: build(true),
            skip_dir: None,
        }
    }

    /// Is this file (path relative to its directory argument) taken?
    pub fn matches(&self, rel: &Path) -> bool {
        if self.names.is_none() && self.paths.is_none() {
            return true;
        }
        self.names
            .as_ref()
            .is_some_and(|set| rel.file_name().is_some_and(|n| set.is_match(n)))
            || self.paths.as_ref().is_some_and(|set| set.is_match(rel))
    }
}

/// Expand the arguments into jobs, in order. Directories are walked lazily,
/// recursively, in sorted path order, following symlinks (loops become failed
/// jobs); hidden entries are skipped, as is anything that is not a regular file
/// or does not match `select`.
pub fn jobs<'a>(inputs: &'a [PathBuf], select: &'a Select) -> impl Iterator<Item = Job> + 'a {
    // With several arguments outputs mirror the paths as given, so that two
    // arguments never write to the same place.
    let as_given = inputs.len() > 1;
    inputs
        .iter()
        .flat_map(move |input| -> Box<dyn Iterator<Item = Job> + 'a> {
            if is_stdin(input) {
                Box::new(std::iter::once(Job::Stdin))
            } else if input.is_dir() {
                Box::new(walk(input, select, as_given))
            } else {
                let rel = if as_given {
                    mirror(input)
                } else {
                    PathBuf::from(input.file_name().unwrap_or(OsStr::new("input")))
                };
                Box::new(std::iter::once(Job::File {
                    source: display(input),
                    path: input.clone(),
                    rel,
                }))
            }
        })
}

fn walk<'a>(dir: &'a Path, select: &'a Select, as_given: bool) -> impl Iterator<Item = Job> + 'a {
    let rel = move |path: &Path| -> PathBuf {
        if as_given {
            mirror(path)
        } else {
            path.strip_prefix(dir).unwrap_or(path).to_path_buf()
        }
    };
    let selected = move |path: &Path| select.matches(path.strip_prefix(dir).unwrap_or(path));
    WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            e.depth() == 0
                || !(is_hidden(e.file_name())
                    || select.skip_dir.as_ref().is_some_and(|skip| {
                        e.file_type().is_dir() && e.path().canonicalize().is_ok_and(|p| p == *skip)
                    }))
        })
        .filter_map(move |entry| match entry {
            Ok(entry) if entry.file_type().is_file() && selected(entry.path()) => Some(Job::File {
                source: display(entry.path()),
                rel: rel(entry.path()),
                path: entry.into_path(),
            }),
            Ok(_) => None,
            Err(err) => {
                let path = err.path().map(Path::to_path_buf).unwrap_or_default();
                // A hidden dangling symlink is still hidden.
                if err.depth() > 0 && path.file_name().is_some_and(is_hidden) {
                    return None;
                }
                if !selected(&path) {
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
                    rel: rel(&path),
                    reason,
                })
            }
        })
}

/// A path as given, made relative and kept inside the output directory: root
/// and `.` dropped, `..` written `__`.
fn mirror(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::Normal(name) => out.push(name),
            Component::ParentDir => out.push("__"),
            Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
        }
    }
    if out.as_os_str().is_empty() {
        out.push("input");
    }
    out
}

fn is_hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// `rel` with `suffix` appended to its file name.
pub fn with_suffix(rel: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(rel.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
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

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12x").is_err());
        assert!(parse_size("").is_err());
    }

    #[test]
    fn mirrored_paths_stay_inside() {
        assert_eq!(mirror(Path::new("/data/a.html")), Path::new("data/a.html"));
        assert_eq!(mirror(Path::new("../x/./a.html")), Path::new("__/x/a.html"));
        assert_eq!(mirror(Path::new("crawl/b.gz")), Path::new("crawl/b.gz"));
    }

    #[test]
    fn glob_selection() {
        let all = Select::new(&[]);
        assert!(all.matches(Path::new("a/b.txt")));
        let sel = Select::new(&["*.html.gz".to_string(), "keep/*.txt".to_string()]);
        assert!(sel.matches(Path::new("x/y/page.html.gz")));
        assert!(sel.matches(Path::new("keep/a.txt")));
        assert!(!sel.matches(Path::new("keep/sub/a.txt")));
        assert!(!sel.matches(Path::new("a.txt")));
        assert!(!sel.matches(Path::new("page.html")));
    }
}
