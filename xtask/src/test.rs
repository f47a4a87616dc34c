//! `cargo xtask test`: the whole test suite, as CI runs it (`.ci/run`).

use crate::step::{Cmd, Steps};
use crate::tools;
use std::process::ExitCode;

/// Installs what is missing, then runs the fmt check, clippy with `-D warnings`, and every
/// test (unit, integration, doc), stopping at the first failure.
pub fn run(args: &[String]) -> ExitCode {
    if let Some(arg) = args.first() {
        if arg == "-h" || arg == "--help" {
            println!(
                "Usage: cargo xtask test\n\nRuns, in order and stopping at the first failure:"
            );
            println!("  tools   rustup component add rustfmt clippy (only when missing)");
            for (name, cmd) in commands() {
                println!("  {name:6}  {}", cmd.display());
            }
            return ExitCode::SUCCESS;
        }
        eprintln!("xtask test: unexpected argument `{arg}` (try `cargo xtask test --help`)");
        return ExitCode::from(2);
    }
    let mut steps = Steps::new();
    let requirements = tools::for_test();
    steps.step(
        "tools",
        "check rustfmt and clippy, install if missing",
        || tools::ensure(&requirements),
    );
    for (name, cmd) in commands() {
        steps.command(name, &cmd);
    }
    match steps.finish("cargo xtask test") {
        Ok(()) => {
            println!("\ncargo xtask test: all steps passed");
            ExitCode::SUCCESS
        }
        Err(f) => {
            eprintln!(
                "\ncargo xtask test: step `{}` failed ({}). Rerun it with:\n    {}",
                f.step, f.why, f.rerun
            );
            ExitCode::FAILURE
        }
    }
}

/// The checks, in order.
fn commands() -> Vec<(&'static str, Cmd)> {
    vec![
        ("fmt", Cmd::cargo(&["fmt", "--all", "--", "--check"])),
        (
            "clippy",
            Cmd::cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--all-features",
                "--",
                "-D",
                "warnings",
            ]),
        ),
        (
            "test",
            Cmd::cargo(&["test", "--workspace", "--all-features"]),
        ),
    ]
}
