//! `cargo xtask build-pkg`: the npm package's generated part, `pkg/dist/`.
//!
//! The crate is compiled for `wasm32-unknown-unknown` with the size-tuned `wasm` profile,
//! `wasm-opt -Oz` shrinks the module and `wasm-bindgen` writes the ES-module glue
//! (`--target web`). esbuild (from `pkg/package-lock.json`) then bundles the wrapper
//! (`pkg/src/`) with the glue into the two files the package ships besides the module:
//! `dist/index.js` (browsers, bundlers: fetches the module) and `dist/node.js` (reads it),
//! minified, since the browser downloads them on every page.

use crate::step::{root, target_dir, Cmd, Steps};
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
    let wasm_dir = target_dir().join("wasm32-unknown-unknown/wasm");
    let raw = wasm_dir
        .join("rcs_kit_wasm.wasm")
        .to_string_lossy()
        .into_owned();
    let opt = wasm_dir
        .join("rcs_kit.opt.wasm")
        .to_string_lossy()
        .into_owned();
    steps.step(
        "pkg-tools",
        "wasm32 target, wasm-bindgen-cli, chromium + binaryen",
        || tools::ensure(&requirements),
    );
    steps.command(
        "wasm-build",
        &Cmd::cargo(&[
            "build",
            "-p",
            "rcs-kit-wasm",
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
                // repeat the passes while they shrink the module (about 60 B gzip)
                "--converge",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--strip-debug",
                "--strip-producers",
                &raw,
                "-o",
                &opt,
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
                &opt,
            ],
        ),
    );
    steps.step(
        "glue-patch",
        "let initSync replace a trapped instance",
        || patch_glue().map_err(|why| (why, "cargo xtask build-pkg".to_owned())),
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

/// The wrapper recovers from a trap (a panic: a bug, never a bad payload) by calling
/// `initSync` again with the compiled module, because a trapped instance keeps a leaked
/// shadow stack and whatever the interrupted call left half done. wasm-bindgen's
/// `initSync` returns the existing instance when there is one; this removes that early
/// return (the wrapper calls `initSync` only at load and after a trap). The pattern is
/// that of the pinned wasm-bindgen version: if it changes, the step fails.
fn patch_glue() -> Result<(), String> {
    let path = root().join("pkg/dist/rcs_kit.js");
    let glue = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    const EARLY: &str = "function initSync(module) {\n    if (wasm !== undefined) return wasm;\n";
    if glue.matches(EARLY).count() != 1 {
        return Err(format!(
            "{} has no single `initSync` early return to remove (did wasm-bindgen change?)",
            path.display()
        ));
    }
    let patched = glue.replace(EARLY, "function initSync(module) {\n");
    std::fs::write(&path, patched).map_err(|e| format!("cannot write {}: {e}", path.display()))
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
