//! `rcs-kit`: validate Infobip RCS request bodies from the command line.
//!
//! ```text
//! rcs-kit validate [--format text|json] [--strict] [--kind request|events] [--now RFC3339] FILE...
//! ```
//!
//! Exit status: 0 when every file is valid (warnings allowed), 1 when any file is
//! invalid, 2 when an input could not be read, the output could not be written, or the
//! command line is wrong. The argument parsing is written by hand so that the `cli`
//! feature adds no dependency.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
