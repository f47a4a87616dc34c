//! The command-line tool: arguments, input, output, exit status.

mod args;
mod billing;
mod convert;
mod features;
mod input;
mod inspect;
mod migrate;
mod output;
mod render;
mod send;
mod template;

use args::{Command, Validate};
use output::Printer;
use std::io::{self, Write};
use std::process::ExitCode;

/// Every file valid (warnings allowed).
const EXIT_VALID: u8 = 0;
/// Some file invalid.
const EXIT_INVALID: u8 = 1;
/// Input unreadable, output unwritable, or usage wrong.
const EXIT_TROUBLE: u8 = 2;

/// Runs the tool on the process's arguments.
pub fn main() -> ExitCode {
    let argv: Vec<_> = std::env::args_os().skip(1).collect();
    ExitCode::from(run(argv))
}

fn run(argv: Vec<std::ffi::OsString>) -> u8 {
    match args::parse(argv) {
        Ok(Command::Help(topic)) => print_stdout(topic.text()),
        Ok(Command::Version) => print_stdout(&format!("rcs-kit {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Validate(v)) => validate(&v),
        Ok(Command::Schema(kind)) => print_stdout(&rcs_kit::json_schema::to_pretty(
            &rcs_kit::json_schema::for_kind(kind),
        )),
        Ok(Command::Migrate(m)) => migrate::run(&m),
        Ok(Command::Convert(c)) => convert::run(&c),
        Ok(Command::Billing(b)) => billing::run(&b),
        Ok(Command::Features(f)) => features::run(&f),
        Ok(Command::InspectWebhook(input)) => inspect::run(&input),
        Ok(Command::Template(t)) => template::run(&t),
        Ok(Command::Render(r)) => render::run(&r),
        Err(e) => {
            stderr(&format!("rcs-kit: {}\n{}", e.message, e.usage));
            EXIT_TROUBLE
        }
    }
}

fn validate(v: &Validate) -> u8 {
    let stdout = io::stdout();
    let mut printer = Printer::new(
        io::BufWriter::new(stdout.lock()),
        v.format,
        v.inputs.len() > 1,
    );
    let mut status = EXIT_VALID;
    for input in &v.inputs {
        let report = match input::read(input) {
            Ok(input::Body::Bytes(bytes)) => rcs_kit::validate_bytes(&bytes, &v.options),
            Ok(input::Body::TooLarge(report)) => report,
            Err(why) => {
                // Keep stdout and stderr in order on a terminal.
                if printer.flush().is_err() {
                    return EXIT_TROUBLE;
                }
                stderr(&format!(
                    "rcs-kit: cannot read {}: {why}\n",
                    input.display()
                ));
                status = status.max(EXIT_TROUBLE);
                continue;
            }
        };
        if !report.is_valid() {
            status = status.max(EXIT_INVALID);
        }
        if let Err(e) = printer
            .report(input, &report)
            .and_then(|()| printer.flush())
        {
            output_failed(&e);
            return EXIT_TROUBLE;
        }
    }
    status
}

/// Writes `text` to standard output; a closed or failing stdout gives exit status 2.
fn print_stdout(text: &str) -> u8 {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => EXIT_VALID,
        Err(e) => {
            output_failed(&e);
            EXIT_TROUBLE
        }
    }
}

/// Reports a failed write to stdout, except a closed pipe (`rcs-kit ... | head`), which
/// is the reader's choice and needs no message.
fn output_failed(e: &io::Error) {
    if e.kind() != io::ErrorKind::BrokenPipe {
        stderr(&format!("rcs-kit: cannot write the output: {e}\n"));
    }
}

/// Writes to standard error, ignoring failure (there is nowhere left to report it).
fn stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}
