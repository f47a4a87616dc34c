//! `cargo xtask test`: the whole test suite, as CI runs it (`.ci/run`).

use crate::step::{root, Cmd, Steps};
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
            println!("  then the build-pkg steps (installing the wasm32 target, wasm-bindgen-cli,");
            println!("  chromium, chromium-driver and binaryen when missing), clippy for wasm32,");
            println!("  the core as wasm in Node and Chromium (wasm-bindgen-test), npm ci, and");
            println!(
                "  the package tests (node --test pkg/test/*.test.mjs: Node, Chromium, Vite, tsc)."
            );
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
    // The WebAssembly package: build it, lint the wasm32 code, run the core as wasm in
    // Node and Chromium, then the package's own tests (Node, Chromium, Vite, tsc).
    crate::pkg::add_steps(&mut steps);
    steps.command(
        "clippy-wasm",
        &Cmd::cargo(&[
            "clippy",
            "-p",
            "rcs-kit",
            "-p",
            "rcs-kit-wasm",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    );
    // The template entry's module (crates/wasm with its `templates` feature).
    steps.command(
        "clippy-wasm-template",
        &Cmd::cargo(&[
            "clippy",
            "-p",
            "rcs-kit-wasm",
            "--lib",
            "--features",
            "templates",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    );
    // The Messages API entry's module (crates/wasm with its `messages-api` feature only).
    steps.command(
        "clippy-wasm-messages-api",
        &Cmd::cargo(&[
            "clippy",
            "-p",
            "rcs-kit-wasm",
            "--lib",
            "--no-default-features",
            "--features",
            "messages-api",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    );
    // The validate-only module's build (crates/wasm without its `extras` feature).
    steps.command(
        "clippy-wasm-validate",
        &Cmd::cargo(&[
            "clippy",
            "-p",
            "rcs-kit-wasm",
            "--lib",
            "--no-default-features",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    );
    for (name, test, env) in [
        ("wasm-node", "wasm_node", None),
        (
            "wasm-chromium",
            "wasm_browser",
            Some(("CHROMEDRIVER", "/usr/bin/chromedriver")),
        ),
    ] {
        let mut cmd = Cmd::cargo(&["test", "--target", "wasm32-unknown-unknown", "--test", test])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            );
        if let Some((k, v)) = env {
            cmd = cmd.env(k, v);
        }
        steps.command(name, &cmd);
    }
    let js = tools::for_js_tests();
    steps.step(
        "npm",
        "npm ci in pkg/ when pkg/package-lock.json changed",
        || tools::ensure(&js),
    );
    let mut node_args = vec!["--test".to_string()];
    node_args.extend(test_files("pkg/test", "test"));
    let node_args: Vec<&str> = node_args.iter().map(String::as_str).collect();
    steps.command(
        "js",
        &Cmd::new("node", &node_args).in_dir("pkg").env(
            "RCS_KIT_CLI",
            &crate::step::target_dir()
                .join("debug/rcs-kit")
                .to_string_lossy(),
        ),
    );
    // The composer end to end: the stand-in, the page in Chromium, sends and imports.
    let mut e2e = vec!["--test".to_string()];
    e2e.extend(test_files("www/test", "www/test"));
    let e2e: Vec<&str> = e2e.iter().map(String::as_str).collect();
    steps.command(
        "e2e",
        &Cmd::new("node", &e2e).env(
            "RCS_KIT_STAND_IN",
            &crate::step::target_dir()
                .join("debug/rcs-kit-stand-in")
                .to_string_lossy(),
        ),
    );
    fuzz_smoke(&mut steps);
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
        // The library without its default `messages-api` feature, as the npm package's
        // module builds it.
        (
            "clippy-lib-no-default",
            Cmd::cargo(&[
                "clippy",
                "-p",
                "rcs-kit",
                "--lib",
                "--no-default-features",
                "--",
                "-D",
                "warnings",
            ]),
        ),
        (
            "test",
            Cmd::cargo(&["test", "--workspace", "--all-features"]),
        ),
        // Benchmarks are built, not run (`cargo xtask bench` runs them).
        (
            "bench",
            Cmd::cargo(&["bench", "--no-run", "--bench", "validate"]),
        ),
    ]
}

/// `<dir>/*.test.mjs` as `<prefix>/<name>`, sorted (node 20's `--test` does not expand
/// globs).
fn test_files(dir: &str, prefix: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".test.mjs"))
                .map(|n| format!("{prefix}/{n}"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The fuzz targets, each run briefly from its committed corpus, when a nightly
/// toolchain is installed and this is CI (`CI` set) or `RCS_KIT_FUZZ_SMOKE` is set.
fn fuzz_smoke(steps: &mut Steps) {
    let wanted =
        std::env::var_os("CI").is_some() || std::env::var_os("RCS_KIT_FUZZ_SMOKE").is_some();
    if !wanted {
        println!("==> fuzz-smoke: skipped (runs in CI, or with RCS_KIT_FUZZ_SMOKE=1)");
        return;
    }
    if !tools::nightly_present() {
        println!("==> fuzz-smoke: skipped (no nightly toolchain)");
        return;
    }
    let fuzz = tools::for_fuzz();
    steps.step("fuzz-tools", "cargo-fuzz, installed if missing", || {
        tools::ensure(&fuzz)
    });
    for target in [
        "validate_bytes",
        "validate_structured",
        "builder",
        "stand_in",
        "capability",
        "template",
        "convert",
    ] {
        let corpus = format!("fuzz/corpus/{target}");
        steps.command(
            &format!("fuzz-{target}"),
            // Through the rustup proxy with RUSTUP_TOOLCHAIN, not `$CARGO` (the stable
            // cargo that runs xtask), so that the nightly toolchain builds the targets;
            // optimised, with debug assertions so integer overflow is caught too.
            &Cmd::new(
                "cargo",
                &[
                    "fuzz",
                    "run",
                    "-O",
                    "-a",
                    target,
                    &corpus,
                    "--",
                    "-max_total_time=45",
                    "-rss_limit_mb=2048",
                    "-max_len=65536",
                ],
            )
            .env("RUSTUP_TOOLCHAIN", "nightly")
            .env("CARGO", "cargo"),
        );
    }
}
