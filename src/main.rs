//! The `newsclip` command: parse arguments, run, exit with the status.

mod batch;
mod cli;
mod output;

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
