//! The writer side of the batch: results back in input order, stdout, counts
//! and progress.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::Ordering::SeqCst;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError};
use indicatif::ProgressStyle;

use super::{Done, LINE_EVERY, Progress, Shared, Status};
use crate::output::Writer;

/// The writer side: puts results back in order, prints and counts them.
pub(super) struct Collector<'a> {
    shared: &'a Shared,
    writer: Option<Writer<io::BufWriter<io::StdoutLock<'static>>>>,
    pending: BTreeMap<u64, Done>,
    next: u64,
    pub(super) emitted: u64,
    pub(super) records: u64,
    pub(super) empty: u64,
    pub(super) failed: u64,
    pub(super) skipped: u64,
    /// Progress length last set (0: none yet).
    length: u64,
    started: Instant,
    /// When the last progress line was printed.
    last_line: Instant,
}

impl<'a> Collector<'a> {
    pub(super) fn new(shared: &'a Shared) -> Self {
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

    pub(super) fn collect(&mut self, rx: &Receiver<Done>) -> io::Result<()> {
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
pub(super) fn style(template: &str) -> ProgressStyle {
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
