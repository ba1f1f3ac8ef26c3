//! Input enumeration: what the command line names, turned into one [`Job`] per
//! input, lazily and in order.
//!
//! Inputs come from the arguments and from a list of paths (`--files-from`,
//! one per line or NUL-separated); directories are walked, `--glob` selects
//! their files. With `--input-format jsonl` each input is a stream of pages,
//! one JSON object a line ([`records`]).

pub mod records;

use std::ffi::OsStr;
use std::fs;
use std::io::{self, BufRead, BufReader};
use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

use crate::outcome::io_reason;

/// Where the inputs are named.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The INPUT arguments, in order (`-` is stdin).
    pub args: Vec<PathBuf>,
    /// `--files-from`: a list of paths read after the arguments.
    pub files_from: Option<PathList>,
}

/// A file (or `-`, stdin) holding input paths.
#[derive(Debug, Clone)]
pub struct PathList {
    pub path: PathBuf,
    /// What ends each path: `\n`, or NUL with `--null`.
    pub separator: u8,
}

impl Sources {
    /// Can the inputs be enumerated a second time (to count them for the
    /// progress bar)? Not when a list of paths is read: it may be a pipe.
    pub fn countable(&self) -> bool {
        self.files_from.is_none()
    }

    /// Exactly one input, known now, that is not a directory: a single page.
    pub fn single(&self) -> bool {
        self.files_from.is_none()
            && self.args.len() == 1
            && (is_stdin(&self.args[0]) || !self.args[0].is_dir())
    }

    /// Does anything read standard input as a page?
    pub fn reads_stdin(&self) -> bool {
        self.args.iter().any(|p| is_stdin(p))
    }
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

pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// `--glob` patterns are checked when the arguments are parsed.
pub fn parse_glob(text: &str) -> Result<String, String> {
    Glob::new(text).map_err(|e| e.kind().to_string())?;
    Ok(text.to_string())
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
    /// Patterns were checked by [`parse_glob`].
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

type Jobs<'a> = Box<dyn Iterator<Item = Job> + 'a>;

/// Expand the inputs into jobs, in order: the arguments, then the listed paths.
/// Directories are walked lazily, recursively, in sorted path order, following
/// symlinks (loops become failed jobs); hidden entries are skipped, as is
/// anything that is not a regular file or does not match `select`.
pub fn jobs<'a>(sources: &'a Sources, select: &'a Select) -> impl Iterator<Item = Job> + 'a {
    // With several inputs outputs mirror the paths as given, so that two
    // inputs never write to the same place.
    let as_given = sources.args.len() > 1 || sources.files_from.is_some();
    let args = sources
        .args
        .iter()
        .flat_map(move |input| expand(input.clone(), select, as_given));
    let listed = sources
        .files_from
        .iter()
        .flat_map(move |list| listed(list, select));
    args.chain(listed)
}

/// One input named on the command line (or in a list), as jobs.
fn expand(input: PathBuf, select: &Select, as_given: bool) -> Jobs<'_> {
    if is_stdin(&input) {
        return Box::new(std::iter::once(Job::Stdin));
    }
    if input.is_dir() {
        return Box::new(walk(input, select, as_given));
    }
    let rel = if as_given {
        mirror(&input)
    } else {
        PathBuf::from(input.file_name().unwrap_or(OsStr::new("input")))
    };
    let source = display(&input);
    if looks_like_url(&source) && !input.exists() {
        return Box::new(std::iter::once(Job::Failed {
            source,
            reason: NOT_A_URL.to_string(),
            rel,
        }));
    }
    Box::new(std::iter::once(Job::File {
        source,
        path: input,
        rel,
    }))
}

/// The reason given for a URL named as an input.
pub const NOT_A_URL: &str =
    "newsclip reads files, not URLs; fetch the page first (curl -sL URL | newsclip --url URL)";

/// `scheme://…`, as in `https://example.com/a`.
fn looks_like_url(text: &str) -> bool {
    text.split_once("://").is_some_and(|(scheme, _)| {
        scheme.len() >= 2
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// The paths of a `--files-from` list, each expanded as an argument would be.
/// The list is read as the jobs are taken, one path at a time.
fn listed<'a>(list: &'a PathList, select: &'a Select) -> Jobs<'a> {
    let name = display(&list.path);
    let reader: Box<dyn BufRead> = if is_stdin(&list.path) {
        Box::new(BufReader::new(io::stdin()))
    } else {
        match fs::File::open(&list.path) {
            Ok(file) => Box::new(BufReader::new(file)),
            Err(e) => {
                return Box::new(std::iter::once(Job::Failed {
                    reason: format!("cannot read the --files-from list: {}", io_reason(&e)),
                    rel: mirror(&list.path),
                    source: name,
                }));
            }
        }
    };
    let list_on_stdin = is_stdin(&list.path);
    let separator = list.separator;
    Box::new(
        reader
            .split(list.separator)
            // a read error ends the list, after its error entry
            .scan(false, move |broken, entry| {
                if *broken {
                    return None;
                }
                Some(match entry {
                    // a list written on Windows ends its lines with CR LF
                    Ok(mut bytes) if separator == b'\n' && bytes.last() == Some(&b'\r') => {
                        bytes.pop();
                        Ok(bytes)
                    }
                    Ok(bytes) => Ok(bytes),
                    Err(e) => {
                        *broken = true;
                        Err(io_reason(&e))
                    }
                })
            })
            .filter(|entry| !matches!(entry, Ok(bytes) if bytes.is_empty()))
            .flat_map(move |entry| -> Jobs<'a> {
                match entry {
                    Ok(bytes) => {
                        let path = path_from_bytes(bytes);
                        if list_on_stdin && is_stdin(&path) {
                            Box::new(std::iter::once(Job::Failed {
                                source: "-".to_string(),
                                reason:
                                    "stdin holds the --files-from list; it cannot also be an input"
                                        .to_string(),
                                rel: PathBuf::from("stdin"),
                            }))
                        } else {
                            expand(path, select, true)
                        }
                    }
                    Err(reason) => Box::new(std::iter::once(Job::Failed {
                        source: name.clone(),
                        reason: format!("cannot read the --files-from list: {reason}"),
                        rel: mirror(Path::new(&name)),
                    })),
                }
            }),
    )
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

fn walk(dir: PathBuf, select: &Select, as_given: bool) -> impl Iterator<Item = Job> + '_ {
    let base = dir.clone();
    let rel = move |path: &Path| -> PathBuf {
        if as_given {
            mirror(path)
        } else {
            path.strip_prefix(&base).unwrap_or(path).to_path_buf()
        }
    };
    let base = dir.clone();
    let selected = move |path: &Path| select.matches(path.strip_prefix(&base).unwrap_or(path));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_names() {
        assert!(is_hidden(OsStr::new(".git")));
        assert!(!is_hidden(OsStr::new("a.txt")));
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

    #[test]
    fn urls_are_told_from_paths() {
        assert!(looks_like_url("https://example.com/a"));
        assert!(looks_like_url("HTTP://example.com"));
        assert!(looks_like_url("s3://bucket/key"));
        assert!(!looks_like_url("crawl/a.html"));
        assert!(!looks_like_url("c://x"));
        assert!(!looks_like_url("a b://x"));
    }

    #[test]
    fn listed_paths_keep_newlines_with_nul_separators() {
        let dir = tempfile_dir();
        let list = dir.join("list");
        fs::write(&list, b"a\nb\0c\0\0").unwrap();
        let sources = Sources {
            args: Vec::new(),
            files_from: Some(PathList {
                path: list.clone(),
                separator: 0,
            }),
        };
        let select = Select::default();
        let names: Vec<String> = jobs(&sources, &select)
            .map(|job| match job {
                Job::File { source, .. } => source,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(names, ["a\nb", "c"]);
        fs::write(&list, b"a\r\n\nb\n").unwrap();
        let sources = Sources {
            files_from: Some(PathList {
                separator: b'\n',
                ..sources.files_from.unwrap()
            }),
            ..sources
        };
        let names: Vec<String> = jobs(&sources, &select)
            .map(|job| match job {
                Job::File { source, .. } => source,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(names, ["a", "b"]);
        fs::remove_dir_all(dir).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("newsclip-inputs-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        dir
    }
}
