//! `cargo xtask build-pkg`: the npm package's generated part, `pkg/dist/`.
//!
//! The crate is compiled for `wasm32-unknown-unknown` with the size-tuned `wasm` profile,
//! `wasm-opt -Oz` shrinks the module and `wasm-bindgen` writes the ES-module glue
//! (`--target web`). esbuild (from `pkg/package-lock.json`) then bundles the wrapper
//! (`pkg/src/`) with the glue into the two files the package ships besides the module:
//! `dist/index.js` (browsers, bundlers: fetches the module) and `dist/node.js` (reads it),
//! minified, since the browser downloads them on every page.

use crate::step::{root, Cmd, Steps};
use crate::tools;
use std::path::Path;
use std::process::ExitCode;

/// Runs the build as steps with a summary.
pub fn run(args: &[String]) -> ExitCode {
    if let Some(arg) = args.first() {
        if arg != "-h" && arg != "--help" {
            eprintln!("xtask build-pkg: unexpected argument `{arg}`");
            return ExitCode::from(2);
        }
        println!("Usage: cargo xtask build-pkg\n\nBuilds pkg/dist/ (wasm32 build, wasm-opt, wasm-bindgen, esbuild).");
        return ExitCode::SUCCESS;
    }
    let mut steps = Steps::new();
    add_steps(&mut steps);
    match steps.finish("cargo xtask build-pkg") {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!(
                "\ncargo xtask build-pkg: step `{}` failed ({}). Rerun it with:\n    {}",
                f.step, f.why, f.rerun
            );
            ExitCode::FAILURE
        }
    }
}

/// The build's steps, also run by `cargo xtask test` and `cargo xtask demo`.
pub fn add_steps(steps: &mut Steps) {
    let requirements = tools::for_pkg();
    steps.step(
        "pkg-tools",
        "wasm32 target, wasm-bindgen-cli, chromium + binaryen",
        || tools::ensure(&requirements),
    );
    steps.command(
        "wasm-build",
        &Cmd::cargo(&[
            "build",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "wasm",
        ]),
    );
    // wasm-opt runs before wasm-bindgen: Debian's binaryen 108 mistypes the externref
    // table that wasm-bindgen adds, so it must not see the bound module.
    steps.command(
        "wasm-opt",
        &Cmd::new(
            "wasm-opt",
            &[
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--strip-debug",
                "--strip-producers",
                "target/wasm32-unknown-unknown/wasm/rcs_kit.wasm",
                "-o",
                "target/wasm32-unknown-unknown/wasm/rcs_kit.opt.wasm",
            ],
        ),
    );
    steps.command(
        "wasm-bindgen",
        &Cmd::new(
            "wasm-bindgen",
            &[
                "--target",
                "web",
                "--no-typescript",
                "--out-dir",
                "pkg/dist",
                "--out-name",
                "rcs_kit",
                "target/wasm32-unknown-unknown/wasm/rcs_kit.opt.wasm",
            ],
        ),
    );
    for (entry, platform) in [("index", "browser"), ("node", "node")] {
        steps.command(
            &format!("bundle-{entry}"),
            &Cmd::new(
                "node_modules/.bin/esbuild",
                &[
                    &format!("src/{entry}.js"),
                    "--bundle",
                    "--minify",
                    "--format=esm",
                    &format!("--platform={platform}"),
                    "--legal-comments=none",
                    "--log-level=warning",
                    &format!("--outfile=dist/{entry}.js"),
                ],
            )
            .in_dir("pkg"),
        );
    }
    steps.step("size", "sizes of pkg/dist", || {
        let dist = root().join("pkg/dist");
        for f in ["rcs_kit_bg.wasm", "index.js", "node.js"] {
            println!(
                "    pkg/dist/{f}: {} bytes, {} gzipped",
                size(&dist.join(f)),
                gzipped(&dist.join(f))
            );
        }
        Ok(())
    });
}

fn size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn gzipped(p: &Path) -> String {
    Cmd::new(
        "sh",
        &["-c", &format!("gzip -9c '{}' | wc -c", p.display())],
    )
    .output()
    .map(|s| s.trim().to_owned())
    .unwrap_or_else(|_| "?".into())
}
