//! The `hindsight` binary: parse arguments, run, map the outcome to an exit code.

use clap::Parser;
use hindsight::cli::Cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match hindsight::app::run(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("hindsight: {e:#}");
            ExitCode::from(2)
        }
    }
}
