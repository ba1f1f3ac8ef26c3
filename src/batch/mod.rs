//! The batch pipeline: a bounded, ordered, parallel run over all inputs.
//!
//! ```text
//! reader thread ──tasks──▶ N worker threads ──results──▶ writer (main thread)
//!  walks inputs lazily,     extract, render,              reorders by sequence
//!  reads files, splits      write --output-dir files      number, prints, counts,
//!  WARC archives                                          draws progress
//! ```
//!
//! The reader numbers every task and never runs more than [`WINDOW_PER_JOB`] ×
//! jobs tasks, nor more than [`WINDOW_BYTES`] of input, ahead of the writer, so
//! memory is bounded however many inputs there are, and the writer's reorder
//! buffer is bounded by the same window.
//! Ctrl-C or SIGTERM stops the reader and the workers after their current
//! input; output files are written to a hidden temporary file and renamed, so
//! none is ever partial. A second signal exits at once.

mod collect;
mod reader;
mod work;

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use indicatif::{ProgressBar, ProgressDrawTarget};
use newsclip::{KindChoice, Options};

use crate::inputs::{self, Select, Sources};
use crate::outcome::io_reason;
use crate::output::Format;

use collect::{Collector, style};
use reader::Reader;
use work::worker;

/// Tasks in flight per worker, at most.
const WINDOW_PER_JOB: u64 = 16;
/// Input bytes in flight (read, not yet written out), at most; the next task
/// the writer waits for is always let through.
const WINDOW_BYTES: u64 = 32 << 20;
/// Bytes read before deciding whether an input is a WARC archive.
const HEAD: u64 = 64 * 1024;

/// Everything the command line decided.
pub struct Settings {
    pub sources: Sources,
    pub select: Select,
    /// One input that is not a directory: quiet stderr, one JSON object.
    pub single: bool,
    /// Each input is JSON Lines, one page a line (`--input-format jsonl`).
    pub records: bool,
    pub format: Option<Format>,
    pub opts: Options,
    pub jobs: usize,
    pub output_dir: Option<PathBuf>,
    pub resume: bool,
    /// Progress on stderr (for batches).
    pub progress: Progress,
    pub quiet: bool,
    pub max_bytes: u64,
}

/// How progress is shown on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Off,
    /// A progress bar (stderr is a terminal).
    Bar,
    /// `--progress` without a terminal: a plain line every few seconds.
    Lines,
}

/// Seconds between progress lines.
const LINE_EVERY: Duration = Duration::from_secs(2);

/// How stdout records are rendered; fixed before the first task is sent.
#[derive(Debug, Clone, Copy)]
struct Mode {
    format: Format,
    /// A JSON array rather than one bare object.
    array: bool,
    /// A batch: show progress and the summary line.
    batch: bool,
}

/// One unit of work.
struct Task {
    seq: u64,
    /// Input bytes held, for the window.
    bytes: u64,
    source: String,
    /// The output file under `--output-dir`.
    out: Option<PathBuf>,
    work: Work,
}

enum Work {
    /// A whole input file (or stdin).
    Bytes(Vec<u8>),
    /// The block of a WARC response record.
    Response { block: Vec<u8>, url: Option<String> },
    /// A decoded page from a line of JSON Lines.
    Page {
        content: String,
        kind: KindChoice,
        url: Option<String>,
    },
    /// Failed before extraction (a read or walk error).
    Failed(String),
}

/// What became of a task.
struct Done {
    seq: u64,
    bytes: u64,
    source: String,
    status: Status,
    /// The text for stdout, in the run's format.
    rendered: Option<String>,
}

enum Status {
    Record {
        empty: bool,
    },
    Failed(String),
    /// Not a page (a WARC response with an image, a redirect, ...).
    Skipped,
}

/// The writer's position, and the input bytes read but not yet written out.
#[derive(Debug, Default)]
struct Window {
    next: u64,
    bytes: u64,
}

/// State shared by the threads.
struct Shared {
    settings: Settings,
    mode: OnceLock<Mode>,
    /// Set by a signal (or a closed stdout): stop taking new inputs.
    stop: Arc<AtomicBool>,
    /// The signal that stopped the run.
    signal: Arc<AtomicUsize>,
    /// What the writer has not written yet; the reader stays within the window.
    window_state: Mutex<Window>,
    advanced: Condvar,
    window: u64,
    /// One page on the calling thread: nothing runs beside the reader to
    /// advance the window, so it is not waited for.
    one_page: bool,
    /// Inputs skipped by the reader (`--resume`, WARC records holding no page).
    skipped: AtomicU64,
    /// Tasks a worker is working on.
    in_flight: AtomicUsize,
    /// Progress total: files found by the counting walk (`u64::MAX`: not yet
    /// known), plus records found in archives, minus the archives themselves.
    walked: AtomicU64,
    archive_records: AtomicU64,
    archives: AtomicU64,
    bar: Option<ProgressBar>,
}

impl Shared {
    fn stopped(&self) -> bool {
        self.stop.load(SeqCst)
    }

    /// Fix the output mode; `archive`: the first input turned out to be a WARC
    /// archive, so even a single input gives many records.
    fn set_mode(&self, archive: bool) -> Mode {
        *self.mode.get_or_init(|| {
            let s = &self.settings;
            let single = s.single && !archive;
            let format = s
                .format
                .unwrap_or(if single { Format::Json } else { Format::Jsonl });
            if !single && let Some(bar) = &self.bar {
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
            Mode {
                format,
                array: format == Format::Json && !single,
                batch: !single,
            }
        })
    }

    /// Wait until the task fits in the window, then send. `false`: stop.
    fn send(&self, tx: &Sender<Task>, task: Task) -> bool {
        let mut w = self.window_state.lock().unwrap();
        while !self.one_page
            && (task.seq >= w.next + self.window
                || (task.seq > w.next && w.bytes + task.bytes > WINDOW_BYTES))
        {
            if self.stopped() {
                return false;
            }
            w = self
                .advanced
                .wait_timeout(w, Duration::from_millis(100))
                .unwrap()
                .0;
        }
        w.bytes += task.bytes;
        drop(w);
        !self.stopped() && tx.send(task).is_ok()
    }

    fn out_path(&self, rel: &Path) -> Option<PathBuf> {
        let dir = self.settings.output_dir.as_ref()?;
        Some(dir.join(with_suffix(rel, ".json")))
    }

    /// `--resume`: is there already a complete record at `out`?
    fn done_before(&self, out: Option<&Path>) -> bool {
        self.settings.resume && out.is_some_and(complete)
    }
}

/// Run the batch; returns the exit status.
pub fn run(settings: Settings) -> anyhow::Result<i32> {
    let started = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let signal = Arc::new(AtomicUsize::new(0));
    for (sig, status) in [
        (signal_hook::consts::SIGINT, 130),
        (signal_hook::consts::SIGTERM, 143),
    ] {
        // A second signal exits at once; the first asks for a clean stop.
        signal_hook::flag::register_conditional_shutdown(sig, status, Arc::clone(&stop))?;
        signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)?;
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }

    let jobs = settings.jobs.max(1);
    let bar = (settings.progress == Progress::Bar).then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(style("{spinner} {pos} done, {rate}, {elapsed} {msg}"));
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    });
    let shared = Arc::new(Shared {
        window: WINDOW_PER_JOB * jobs as u64,
        one_page: one_page(&settings),
        settings,
        mode: OnceLock::new(),
        stop,
        signal,
        window_state: Mutex::new(Window::default()),
        advanced: Condvar::new(),
        skipped: AtomicU64::new(0),
        in_flight: AtomicUsize::new(0),
        walked: AtomicU64::new(u64::MAX),
        archive_records: AtomicU64::new(0),
        archives: AtomicU64::new(0),
        bar,
    });
    if !shared.settings.single {
        shared.set_mode(false);
    }

    let (done_tx, done_rx) = crossbeam_channel::unbounded::<Done>();
    if shared.one_page {
        // read, extract and write on this thread: for a small page, starting a
        // reader and workers costs more than the extraction
        let (task_tx, task_rx) = crossbeam_channel::unbounded::<Task>();
        Reader::new(&shared, task_tx).run();
        worker(&shared, &task_rx, &done_tx);
        drop(done_tx);
        return finish(&shared, started, &done_rx);
    }
    let (task_tx, task_rx) = crossbeam_channel::bounded::<Task>(jobs * 2);
    {
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("reader".into())
            .spawn(move || Reader::new(&shared, task_tx).run())?;
    }
    for i in 0..jobs {
        let shared = Arc::clone(&shared);
        let (rx, tx) = (task_rx.clone(), done_tx.clone());
        thread::Builder::new()
            .name(format!("worker-{i}"))
            .spawn(move || worker(&shared, &rx, &tx))?;
    }
    drop((task_rx, done_tx));
    if shared.settings.progress != Progress::Off
        && !shared.settings.single
        && !shared.settings.records
        && shared.settings.sources.countable()
    {
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("counter".into())
            .spawn(move || {
                let s = &shared.settings;
                let n = inputs::jobs(&s.sources, &s.select)
                    .take_while(|_| !shared.stopped())
                    .count();
                shared.walked.store(n as u64, SeqCst);
            })?;
    }

    finish(&shared, started, &done_rx)
}

/// Is the one input a file holding one page (not an archive, not JSON Lines
/// records, not standard input)? Its first bytes tell.
fn one_page(s: &Settings) -> bool {
    if !s.single || s.records {
        return false;
    }
    let [path] = s.sources.args.as_slice() else {
        return false;
    };
    if inputs::is_stdin(path) {
        return false;
    }
    let mut head = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(HEAD).read_to_end(&mut head))
        .is_ok_and(|_| !reader::is_archive(&head))
}

/// Write the records as they come, then the summary; the exit status.
fn finish(shared: &Arc<Shared>, started: Instant, done_rx: &Receiver<Done>) -> anyhow::Result<i32> {
    let mut collector = Collector::new(shared);
    let result = collector.collect(done_rx);
    if let Some(bar) = &shared.bar {
        bar.finish_and_clear();
    }
    let interrupted = shared.signal.load(SeqCst);
    match result {
        Ok(()) => {}
        // `newsclip dir | head -1`: the reader went away; stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(0),
        Err(e) => {
            shared.stop.store(true, SeqCst);
            wait_for_workers(shared);
            return Err(anyhow::anyhow!("stdout: {}", io_reason(&e)));
        }
    }
    if interrupted != 0 {
        // Let the workers finish (and rename) the files they are writing.
        wait_for_workers(shared);
    }
    let c = &collector;
    let skipped = c.skipped + shared.skipped.load(SeqCst);
    let mode = shared.mode.get().copied();
    let batch = mode.is_some_and(|m| m.batch) || c.emitted + skipped > 1;
    if batch && !shared.settings.quiet {
        let elapsed = started.elapsed().as_secs_f64();
        let pages = c.records + c.failed;
        let mut line = format!(
            "newsclip: summary: {} inputs, {} records, {} empty, {} failed, {} skipped, {:.2} s, {:.1} pages/s",
            c.records + c.failed + skipped,
            c.records,
            c.empty,
            c.failed,
            skipped,
            elapsed,
            pages as f64 / elapsed.max(1e-9),
        );
        if interrupted != 0 {
            line.push_str(", interrupted");
        }
        let _ = writeln!(io::stderr().lock(), "{line}");
    }
    Ok(match interrupted {
        0 if c.failed > 0 => 1,
        0 => 0,
        sig => 128 + sig as i32,
    })
}

fn wait_for_workers(shared: &Shared) {
    while shared.in_flight.load(SeqCst) > 0 {
        thread::sleep(Duration::from_millis(5));
    }
}

/// `rel` with `suffix` appended to its file name.
fn with_suffix(rel: &Path, suffix: &str) -> PathBuf {
    let mut name = std::ffi::OsString::from(rel.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// Does `path` hold a whole record (JSON that parses, and not an error entry)?
fn complete(path: &Path) -> bool {
    fs::read(path).is_ok_and(|bytes| {
        serde_json::from_slice::<serde_json::Value>(&bytes)
            .is_ok_and(|v| v.is_object() && v.get("error").is_none())
    })
}
