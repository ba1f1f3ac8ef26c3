//! The `newsclip` command: parse arguments, run, exit with the status.
//!
//! Modules, each importing only those below it: `cli` (arguments) → `batch`
//! (the parallel pipeline) → `inputs` (what to read), `output` and `report`
//! (what to write) → `outcome` (what they share) → the `newsclip` library.

mod batch;
mod cli;
mod inputs;
mod outcome;
mod output;
mod report;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Usage errors exit with status 2 (clap's default); --help and --version with 0.
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(status) => ExitCode::from(u8::try_from(status).unwrap_or(1)),
        Err(err) => {
            let _ = writeln!(std::io::stderr().lock(), "newsclip: {err:#}");
            ExitCode::from(1)
        }
    }
}
