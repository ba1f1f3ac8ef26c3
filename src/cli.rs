//! Command line: the clap definition, and wiring the options to the batch
//! pipeline ([`crate::batch`]), which takes its inputs from
//! [`crate::inputs`].

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, ValueEnum};
use newsclip::{KindChoice, Options};

use crate::batch::{self, Progress, Settings};
use crate::inputs::{PathList, Select, Sources, is_stdin, parse_glob};
use crate::outcome::io_reason;
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

    Paths on stdin (names may hold newlines with -0), as a pipeline mapper:
        find crawl -type f -print0 | newsclip -0 --files-from -

    Pages already in JSON Lines ({\"id\", \"url\", \"html\" or \"text\"} a line):
        newsclip --input-format jsonl < pages.jsonl > articles.jsonl

    Why was each block kept or dropped? An HTML report for one page:
        newsclip --format explain page.html > report.html

    Shell completions and the man page:
        newsclip --generate complete-bash > /etc/bash_completion.d/newsclip
        newsclip --generate man > /usr/local/share/man/man1/newsclip.1

OUTPUT:
    One input (a file or stdin) gives one pretty JSON object; several inputs or
    any directory give JSON Lines, one compact record per input, in input order.
    Files in a directory are taken recursively in sorted path order; hidden
    files and directories (name starting with '.') are skipped.
    With --format json and several inputs the output is one JSON array.
    --files-from and --input-format jsonl always give one line per input.
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

    /// Read input paths from FILE (`-`: stdin), one per line, after any INPUT
    /// arguments; each is taken as if given as an argument (a file, a
    /// directory, a WARC archive). The output is JSON Lines, in list order.
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,

    /// With --files-from: paths end with a NUL byte, not a newline (as from
    /// `find -print0`), so names may hold newlines.
    #[arg(short = '0', long, requires = "files_from")]
    pub null: bool,

    /// What each input holds: one page, or JSON Lines with one page per line
    /// (an object with `html` or `text`, and optionally `url` and `id`; other
    /// keys are ignored). Each line gives one output line; its source is
    /// INPUT#ID, or INPUT#LINE without an id.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = InputFormat::Page)]
    pub input_format: InputFormat,

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

    /// Print a shell completion script or the man page, generated from these
    /// options, and exit.
    #[arg(long, value_enum, value_name = "KIND", exclusive = true)]
    pub generate: Option<Generate>,
}

/// `--generate` values (the names ripgrep uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    /// The man page, in roff (`man -l -` shows it).
    Man,
    /// Completions for bash.
    CompleteBash,
    /// Completions for zsh.
    CompleteZsh,
    /// Completions for fish.
    CompleteFish,
    /// Completions for PowerShell.
    CompletePowershell,
}

/// `--input-format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each input is one page (or a WARC archive of pages).
    Page,
    /// JSON Lines: each line of each input is one page.
    Jsonl,
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

/// Run the command; returns the process exit status.
pub fn run(args: Args) -> anyhow::Result<i32> {
    if let Some(what) = args.generate {
        generate(what)?;
        return Ok(0);
    }
    let mut sources = Sources {
        args: args.inputs,
        files_from: args.files_from.map(|path| PathList {
            path,
            separator: if args.null { 0 } else { b'\n' },
        }),
    };
    if sources.args.is_empty() && sources.files_from.is_none() {
        sources.args.push(PathBuf::from("-"));
    }
    if sources
        .files_from
        .as_ref()
        .is_some_and(|l| is_stdin(&l.path))
        && sources.reads_stdin()
    {
        usage_error(
            clap::error::ErrorKind::ArgumentConflict,
            "stdin cannot be both the --files-from list and an input",
        );
    }
    let records = args.input_format == InputFormat::Jsonl;
    let single = sources.single() && !records;
    if args.output_dir.is_some()
        && matches!(
            args.format,
            Some(Format::Text | Format::Markdown | Format::Explain)
        )
    {
        usage_error(
            clap::error::ErrorKind::ArgumentConflict,
            "--output-dir writes JSON files: use --format json (pretty, the default) or jsonl (compact)",
        );
    }
    if args.format == Some(Format::Explain) && !single {
        usage_error(
            clap::error::ErrorKind::ArgumentConflict,
            "--format explain reports on one page: give one file (or stdin), not a directory, a list or JSON Lines",
        );
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
        sources,
        single,
        records,
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

fn usage_error(kind: clap::error::ErrorKind, message: &str) -> ! {
    Args::command().error(kind, message).exit()
}

/// `--generate`: completions or the man page, from the clap definition.
fn generate(what: Generate) -> anyhow::Result<()> {
    use clap_complete::Shell;
    let mut cmd = Args::command();
    let mut out = io::stdout().lock();
    let shell = match what {
        Generate::Man => {
            return man_page(cmd, &mut out)
                .and_then(|()| out.flush())
                .or_else(ignore_closed_pipe)
                .map_err(|e| anyhow::anyhow!("stdout: {}", io_reason(&e)));
        }
        Generate::CompleteBash => Shell::Bash,
        Generate::CompleteZsh => Shell::Zsh,
        Generate::CompleteFish => Shell::Fish,
        Generate::CompletePowershell => Shell::PowerShell,
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "newsclip", &mut script);
    out.write_all(&script)
        .and_then(|()| out.flush())
        .or_else(ignore_closed_pipe)
        .map_err(|e| anyhow::anyhow!("stdout: {}", io_reason(&e)))
}

/// The man page: clap_mangen's sections, with the help's EXAMPLES, OUTPUT and
/// EXIT STATUS as sections of their own (clap_mangen would put them under one
/// EXTRA section).
fn man_page(cmd: clap::Command, out: &mut dyn Write) -> io::Result<()> {
    let man = clap_mangen::Man::new(cmd);
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    for (title, body) in help_sections(AFTER_HELP) {
        writeln!(out, ".SH \"{title}\"\n.nf")?;
        for line in body.lines() {
            writeln!(out, "{}", roff_line(line))?;
        }
        writeln!(out, ".fi")?;
    }
    man.render_version_section(out)
}

/// `TITLE:` lines of the after-help and the text under each.
fn help_sections(help: &str) -> Vec<(&str, String)> {
    let mut sections: Vec<(&str, String)> = Vec::new();
    for line in help.lines() {
        let title = line.strip_suffix(':').filter(|t| {
            !t.starts_with(' ') && t.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
        });
        match (title, sections.last_mut()) {
            (Some(title), _) => sections.push((title, String::new())),
            (None, Some((_, body))) => {
                body.push_str(line.strip_prefix("    ").unwrap_or(line));
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    for (_, body) in &mut sections {
        *body = body.trim_end().to_string();
    }
    sections
}

/// One line of text for roff's no-fill mode: backslashes escaped, and a line
/// starting with a control character protected.
fn roff_line(line: &str) -> String {
    let line = line.replace('\\', "\\e");
    if line.starts_with(['.', '\'']) {
        format!("\\&{line}")
    } else {
        line
    }
}

fn ignore_closed_pipe(e: io::Error) -> io::Result<()> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_sections_become_man_sections() {
        let sections =
            help_sections("EXAMPLES:\n    Run it:\n        newsclip a\n\nEXIT STATUS:\n    0   ok");
        assert_eq!(
            sections,
            [
                ("EXAMPLES", "Run it:\n    newsclip a".to_string()),
                ("EXIT STATUS", "0   ok".to_string())
            ]
        );
        assert_eq!(roff_line(".x \\n"), "\\&.x \\en");
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
}
