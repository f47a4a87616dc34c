//! `cargo xtask`: rcs-kit's one entry point for everything beyond plain cargo.
//!
//! Each subcommand is a module with a `run(args) -> ExitCode` function; [`SUBCOMMANDS`]
//! lists them for dispatch and help. Dependency-free: only `std::process::Command`.

mod bench;
mod demo;
mod pkg;
mod step;
mod test;
mod tools;

use std::process::ExitCode;

/// A subcommand: its name, a one-line summary, and its entry point.
struct Subcommand {
    name: &'static str,
    summary: &'static str,
    run: fn(&[String]) -> ExitCode,
}

/// Every subcommand, in the order of the help text.
const SUBCOMMANDS: &[Subcommand] = &[
    Subcommand {
        name: "bench",
        summary: "rcs-kit against the jsonschema crate (native) and ajv (Chromium); writes bench/RESULTS.md",
        run: bench::run,
    },
    Subcommand {
        name: "demo",
        summary: "build the package and the API stand-in, then serve the composer on http://127.0.0.1:8080/",
        run: demo::run,
    },
    Subcommand {
        name: "test",
        summary: "install the tools it needs, then fmt check, clippy -D warnings, all tests",
        run: test::run,
    },
    Subcommand {
        name: "build-pkg",
        summary: "build the npm package's wasm and glue into pkg/dist/",
        run: pkg::run,
    },
    Subcommand {
        name: "help",
        summary: "show this help",
        run: help,
    },
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((name, rest)) = args.split_first() else {
        print_help();
        return ExitCode::SUCCESS;
    };
    if matches!(name.as_str(), "-h" | "--help") {
        print_help();
        return ExitCode::SUCCESS;
    }
    match SUBCOMMANDS.iter().find(|s| s.name == name) {
        Some(sub) => (sub.run)(rest),
        None => {
            eprintln!("xtask: unknown subcommand `{name}`\n");
            eprint!("{}", help_text());
            ExitCode::from(2)
        }
    }
}

fn help(_args: &[String]) -> ExitCode {
    print_help();
    ExitCode::SUCCESS
}

fn print_help() {
    print!("{}", help_text());
}

fn help_text() -> String {
    let mut s = String::from("Usage: cargo xtask <SUBCOMMAND>\n\nSubcommands:\n");
    let width = SUBCOMMANDS.iter().map(|s| s.name.len()).max().unwrap_or(0);
    for sub in SUBCOMMANDS {
        s.push_str(&format!("  {:width$}  {}\n", sub.name, sub.summary));
    }
    s
}
