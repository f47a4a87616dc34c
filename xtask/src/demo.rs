//! `cargo xtask demo`: builds the package and the API stand-in, then serves the composer.

use crate::step::{root, Cmd, Steps};
use std::process::{Command, ExitCode};

/// Builds everything, then runs `rcs-kit-stand-in` in the foreground (Ctrl-C stops it).
pub fn run(args: &[String]) -> ExitCode {
    let mut port = "8080".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" => match it.next() {
                Some(p) => port = p.clone(),
                None => {
                    eprintln!("xtask demo: --port needs a number");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("Usage: cargo xtask demo [--port N]\n\nBuilds pkg/ and the API stand-in, then serves the composer on http://127.0.0.1:N/ (default 8080; 0 picks a free port).");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("xtask demo: unexpected argument `{other}`");
                return ExitCode::from(2);
            }
        }
    }
    let mut steps = Steps::new();
    crate::pkg::add_steps(&mut steps);
    steps.command(
        "stand-in",
        &Cmd::cargo(&[
            "build",
            "--release",
            "-p",
            "rcs-kit-stand-in",
            "--bin",
            "rcs-kit-stand-in",
        ]),
    );
    if let Err(f) = steps.finish("cargo xtask demo (build)") {
        eprintln!(
            "\ncargo xtask demo: step `{}` failed ({}). Rerun it with:\n    {}",
            f.step, f.why, f.rerun
        );
        return ExitCode::FAILURE;
    }
    println!();
    let root = root();
    let status = Command::new(crate::step::target_dir().join("release/rcs-kit-stand-in"))
        .args(["--port", &port, "--root"])
        .arg(&root)
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(s) => {
            eprintln!("cargo xtask demo: the stand-in stopped ({s}); if the port is taken, try `cargo xtask demo --port 0`");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("cargo xtask demo: cannot start the stand-in: {e}");
            ExitCode::FAILURE
        }
    }
}
