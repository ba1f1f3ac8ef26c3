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

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use flate2::read::{GzDecoder, MultiGzDecoder};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsclip::input::{self, warc};
use newsclip::{KindChoice, Options};

use crate::inputs::{self, Job, Select, Sources, records};
use crate::outcome::{Outcome, io_reason};
use crate::output::{self, Format, Writer};
use crate::report;

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
        while task.seq >= w.next + self.window
            || (task.seq > w.next && w.bytes + task.bytes > WINDOW_BYTES)
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

    let (task_tx, task_rx) = crossbeam_channel::bounded::<Task>(jobs * 2);
    let (done_tx, done_rx) = crossbeam_channel::unbounded::<Done>();
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

    let mut collector = Collector::new(&shared);
    let result = collector.collect(&done_rx);
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
            wait_for_workers(&shared);
            return Err(anyhow::anyhow!("stdout: {}", io_reason(&e)));
        }
    }
    if interrupted != 0 {
        // Let the workers finish (and rename) the files they are writing.
        wait_for_workers(&shared);
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

/// The writer side: puts results back in order, prints and counts them.
struct Collector<'a> {
    shared: &'a Shared,
    writer: Option<Writer<io::BufWriter<io::StdoutLock<'static>>>>,
    pending: BTreeMap<u64, Done>,
    next: u64,
    emitted: u64,
    records: u64,
    empty: u64,
    failed: u64,
    skipped: u64,
    /// Progress length last set (0: none yet).
    length: u64,
    started: Instant,
    /// When the last progress line was printed.
    last_line: Instant,
}

impl<'a> Collector<'a> {
    fn new(shared: &'a Shared) -> Self {
        Collector {
            shared,
            writer: None,
            pending: BTreeMap::new(),
            next: 0,
            emitted: 0,
            records: 0,
            empty: 0,
            failed: 0,
            skipped: 0,
            length: 0,
            started: Instant::now(),
            last_line: Instant::now(),
        }
    }

    fn collect(&mut self, rx: &Receiver<Done>) -> io::Result<()> {
        loop {
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(done) => {
                    self.pending.insert(done.seq, done);
                    while let Some(done) = self.pending.remove(&self.next) {
                        let bytes = done.bytes;
                        self.emit(done)?;
                        self.next += 1;
                        let mut w = self.shared.window_state.lock().unwrap();
                        w.next = self.next;
                        w.bytes -= bytes;
                        drop(w);
                        self.shared.advanced.notify_all();
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            self.tick();
            if self.shared.stopped() {
                break;
            }
        }
        if self.shared.settings.output_dir.is_none() {
            self.writer()?.finish()?;
        }
        Ok(())
    }

    fn writer(&mut self) -> io::Result<&mut Writer<io::BufWriter<io::StdoutLock<'static>>>> {
        if self.writer.is_none() {
            let mode = self.shared.set_mode(false);
            let out = io::BufWriter::new(io::stdout().lock());
            let mut writer = Writer::new(out, mode.format, !mode.array);
            writer.begin()?;
            self.writer = Some(writer);
        }
        Ok(self.writer.as_mut().expect("just made"))
    }

    fn emit(&mut self, done: Done) -> io::Result<()> {
        match &done.status {
            Status::Record { empty } => {
                self.records += 1;
                self.empty += u64::from(*empty);
            }
            Status::Failed(reason) => {
                self.failed += 1;
                let line = format!("newsclip: {}: {reason}", done.source);
                match &self.shared.bar {
                    Some(bar) => bar.suspend(|| eprintln_quiet(&line)),
                    None => eprintln_quiet(&line),
                }
            }
            Status::Skipped => self.skipped += 1,
        }
        self.emitted += 1;
        if self.shared.settings.output_dir.is_none() {
            self.writer()?.write_rendered(done.rendered.as_deref())?;
        }
        Ok(())
    }

    /// Inputs done and, once the counting walk is over, the total.
    fn counts(&self) -> (u64, Option<u64>) {
        let s = self.shared;
        let done = self.emitted + s.skipped.load(SeqCst);
        let walked = s.walked.load(SeqCst);
        let total = (walked != u64::MAX).then(|| {
            (walked + s.archive_records.load(SeqCst))
                .saturating_sub(s.archives.load(SeqCst))
                .max(done)
        });
        (done, total)
    }

    /// Update the progress bar, or print a progress line.
    fn tick(&mut self) {
        let (done, total) = self.counts();
        match (&self.shared.bar, self.shared.settings.progress) {
            (Some(bar), _) => {
                bar.set_position(done);
                if let Some(total) = total.filter(|&t| t != self.length) {
                    if self.length == 0 {
                        bar.set_style(style(
                            "{bar:30} {pos}/{len} {percent}% {rate} ETA {eta} {msg}",
                        ));
                    }
                    bar.set_length(total);
                    self.length = total;
                }
                if self.failed > 0 {
                    bar.set_message(format!("{} failed", self.failed));
                }
            }
            (None, Progress::Lines) => {
                let batch = self.shared.mode.get().is_some_and(|m| m.batch);
                if !batch || self.last_line.elapsed() < LINE_EVERY {
                    return;
                }
                self.last_line = Instant::now();
                let rate = done as f64 / self.started.elapsed().as_secs_f64().max(1e-9);
                let of = match total {
                    Some(total) if rate > 0.0 => format!(
                        "/{total}, ETA {:.0} s",
                        total.saturating_sub(done) as f64 / rate
                    ),
                    Some(total) => format!("/{total}"),
                    None => String::new(),
                };
                eprintln_quiet(&format!(
                    "newsclip: progress: {done}{of}, {rate:.1} pages/s, {} failed",
                    self.failed
                ));
            }
            (None, _) => {}
        }
    }
}

/// A progress bar style; `{rate}` is pages per second without decimals.
fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .expect("valid template")
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} pages/s", state.per_sec());
            },
        )
}

/// One line on stderr; errors writing to stderr are ignored.
fn eprintln_quiet(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// The reader thread: turns jobs into numbered tasks.
struct Reader<'a> {
    shared: &'a Shared,
    tx: Sender<Task>,
    seq: u64,
}

impl<'a> Reader<'a> {
    fn new(shared: &'a Shared, tx: Sender<Task>) -> Self {
        Reader { shared, tx, seq: 0 }
    }

    fn run(mut self) {
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

/// A worker thread: extract, render, and write `--output-dir` files.
fn worker(shared: &Shared, rx: &Receiver<Task>, tx: &Sender<Done>) {
    for task in rx {
        shared.in_flight.fetch_add(1, SeqCst);
        if shared.stopped() {
            shared.in_flight.fetch_sub(1, SeqCst);
            continue;
        }
        let done = process(shared, task);
        let _ = tx.send(done);
        shared.in_flight.fetch_sub(1, SeqCst);
    }
}

fn process(shared: &Shared, task: Task) -> Done {
    let s = &shared.settings;
    let Task {
        seq,
        bytes,
        source,
        out,
        work,
    } = task;
    // `--format explain`: the report is made from the extraction's own trace
    let mut report = None;
    let result = match work {
        Work::Failed(reason) => Err(reason),
        Work::Bytes(bytes) if s.format == Some(Format::Explain) => {
            newsclip::explain_bytes(&source, &bytes, &s.opts)
                .map(|explained| {
                    report = Some(report::render(&explained));
                    explained.article
                })
                .map_err(|e| e.to_string())
        }
        Work::Bytes(bytes) => {
            newsclip::extract_bytes(&source, &bytes, &s.opts).map_err(|e| e.to_string())
        }
        Work::Page { content, kind, url } => {
            let opts = Options {
                kind,
                url: url.or_else(|| s.opts.url.clone()),
                ..s.opts.clone()
            };
            newsclip::extract_str(&source, &content, &opts).map_err(|e| e.to_string())
        }
        Work::Response { block, url } => match warc::http_response(&block, s.max_bytes) {
            Err(reason) => Err(reason),
            Ok(warc::Payload::NotAPage(_)) => {
                return Done {
                    seq,
                    bytes,
                    source,
                    status: Status::Skipped,
                    rendered: None,
                };
            }
            Ok(warc::Payload::Page(page)) => {
                let opts = Options {
                    url: url.or_else(|| s.opts.url.clone()),
                    ..s.opts.clone()
                };
                newsclip::extract_bytes_with_charset(&source, &page.body, page.charset, &opts)
                    .map_err(|e| e.to_string())
            }
        },
    };
    let mut outcome = Outcome { source, result };
    let mut rendered = None;
    match &out {
        Some(path) => {
            let compact = s.format == Some(Format::Jsonl);
            let text = output::render_file(&outcome, compact);
            if let Err(e) = write_whole(path, text.as_bytes(), seq) {
                outcome.result = Err(format!(
                    "cannot write {}: {}",
                    path.display(),
                    io_reason(&e)
                ));
            }
        }
        None => {
            let mode = shared
                .mode
                .get()
                .copied()
                .expect("set before the first task");
            rendered = report.or_else(|| output::render(mode.format, mode.array, &outcome));
        }
    }
    let status = match &outcome.result {
        Ok(article) => Status::Record {
            empty: article.body.is_empty(),
        },
        Err(reason) => Status::Failed(reason.clone()),
    };
    Done {
        seq,
        bytes,
        source: outcome.source,
        status,
        rendered,
    }
}

/// Write `bytes` to `path` whole or not at all: a hidden temporary file in the
/// same directory, renamed over `path`.
fn write_whole(path: &Path, bytes: &[u8], seq: u64) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".newsclip-{}-{seq}.tmp", std::process::id()));
    let written = fs::write(&tmp, bytes).and_then(|()| fs::rename(&tmp, path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
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
