//! `cargo xtask build-pkg`: the npm package's generated part, `pkg/dist/`.
//!
//! The crate is compiled for `wasm32-unknown-unknown` with the size-tuned `wasm` profile,
//! `wasm-opt -Oz` shrinks the module and `wasm-bindgen` writes the ES-module glue
//! (`--target web`), twice: the whole package's module and the validate-only entry's
//! ([`MODULES`]). esbuild (from `pkg/package-lock.json`) then bundles the wrapper
//! (`pkg/src/`) with each glue into the files the package ships besides the modules:
//! `dist/index.js` and `dist/validate.js` (browsers, bundlers: fetch their module) and
//! `dist/node.js` and `dist/validate-node.js` (read it), minified, since the browser
//! downloads them on every page.

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

/// The package's two WebAssembly modules, both built from `crates/wasm`: `(name, cargo
/// features)`. `rcs_kit` (the main entry, `dist/index.js` and `dist/node.js`) has every op;
/// `rcs_kit_validate` (the validate-only entry `rcs-kit/validate`, `dist/validate.js` and
/// `dist/validate-node.js`) is built without the `extras` feature (billing, SMS parts,
/// failover text, features). Two whole modules rather than a core plus a second module
/// for the rest: the rest needs the JSON reader, the allocator and the formatting a
/// second time, so core + rest came to 83.4 KB gzip against 63.8 KB for the one module
/// (measured when the split was made; see pkg/README.md).
///
/// `rcs_kit_template` (the entry `rcs-kit/template`, `dist/template.js` and
/// `dist/template-node.js`) is the main module with the `templates` feature as well:
/// `validateTemplate` and `renderTemplate`, about 30 KB gzip that the main entry's 64 KB
/// budget has no room for.
///
/// `rcs_kit_messages_api` (the entry `rcs-kit/messages-api`, `dist/messages-api.js` and
/// `dist/messages-api-node.js`) is the validate-only module with the library's
/// `messages-api` feature: the Messages API kinds and the converter, which the other
/// modules' budgets have no room for.
pub const MODULES: [(&str, &[&str]); 4] = [
    ("rcs_kit", &[]),
    ("rcs_kit_validate", VALIDATE_FEATURES),
    ("rcs_kit_template", &["--features", "templates"]),
    (
        "rcs_kit_messages_api",
        &["--no-default-features", "--features", "messages-api"],
    ),
];

/// The bundles: `(entry in pkg/src, esbuild platform)`, each written to `pkg/dist/`.
const BUNDLES: [(&str, &str); 8] = [
    ("index", "browser"),
    ("node", "node"),
    ("validate", "browser"),
    ("validate-node", "node"),
    ("template", "browser"),
    ("template-node", "node"),
    ("messages-api", "browser"),
    ("messages-api-node", "node"),
];

/// What a browser downloads for each entry: `(label, files in pkg/dist)`. The size step
/// prints them; the package's size test holds them to their budgets.
pub const ENTRIES: [(&str, [&str; 2]); 4] = [
    ("rcs-kit (whole package)", ["index.js", "rcs_kit_bg.wasm"]),
    (
        "rcs-kit/validate",
        ["validate.js", "rcs_kit_validate_bg.wasm"],
    ),
    (
        "rcs-kit/template",
        ["template.js", "rcs_kit_template_bg.wasm"],
    ),
    (
        "rcs-kit/messages-api",
        ["messages-api.js", "rcs_kit_messages_api_bg.wasm"],
    ),
];

/// The cargo features of the validate-only entry's module.
pub const VALIDATE_FEATURES: &[&str] = &["--no-default-features"];

/// How `wasm-opt` optimises every module (before `--strip-debug` and the files). It runs
/// before wasm-bindgen: Debian's binaryen 108 mistypes the externref table that
/// wasm-bindgen adds, so it must not see the bound module.
pub const WASM_OPT_FLAGS: [&str; 7] = [
    "-Oz",
    // repeat the passes while they shrink the module (about 60 B gzip)
    "--converge",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--strip-producers",
    // Rust's wasm32 layout puts the stack first (growing down from 1 MB) and the data
    // above it: the lowest 1 KB is never addressed, which lets loads and stores fold
    // constant offsets (133 B gzip, validate)
    "--low-memory-unused",
];

/// How `wasm-bindgen` writes every module's glue ([`add_module_steps`]).
const BINDGEN_FLAGS: [&str; 5] = [
    "--target",
    "web",
    "--no-typescript",
    // wasm-bindgen writes its own name and producers sections after wasm-opt stripped
    // them: nothing reads them (122 B gzip, validate)
    "--remove-name-section",
    "--remove-producers-section",
];

/// How esbuild bundles an entry of the wrapper with its glue ([`bundle`]).
const BUNDLE_FLAGS: [&str; 5] = [
    "--bundle",
    "--minify",
    "--format=esm",
    "--legal-comments=none",
    "--log-level=warning",
];

/// The cargo arguments that build the wasm bindings crate for the browser, before a
/// module's features; every build writes [`raw_wasm`].
pub const WASM_BUILD: [&str; 8] = [
    "build",
    "-p",
    "rcs-kit-wasm",
    "--lib",
    "--target",
    "wasm32-unknown-unknown",
    "--profile",
    "wasm",
];

/// The module a [`WASM_BUILD`] writes, before wasm-opt and wasm-bindgen.
pub fn raw_wasm() -> String {
    target_dir()
        .join("wasm32-unknown-unknown/wasm/rcs_kit_wasm.wasm")
        .to_string_lossy()
        .into_owned()
}

/// The build's steps, also run by `cargo xtask test` and `cargo xtask demo`.
pub fn add_steps(steps: &mut Steps) {
    let requirements = tools::for_pkg();
    let wasm_dir = target_dir().join("wasm32-unknown-unknown/wasm");
    steps.step(
        "pkg-tools",
        "wasm32 target, wasm-bindgen-cli, chromium + binaryen",
        || tools::ensure(&requirements),
    );
    // Each module is built, then optimised at once: both builds write the same file.
    for (name, features) in MODULES {
        let mut build = WASM_BUILD.to_vec();
        build.extend_from_slice(features);
        let opt = wasm_dir
            .join(format!("{name}.opt.wasm"))
            .to_string_lossy()
            .into_owned();
        add_module_steps(steps, name, &Cmd::cargo(&build), name, &opt, "pkg/dist");
    }
    for (entry, platform) in BUNDLES {
        steps.command(
            &format!("bundle-{entry}"),
            &bundle(
                &format!("src/{entry}.js"),
                platform,
                &format!("dist/{entry}.js"),
            ),
        );
    }
    steps.step("size", "sizes of pkg/dist", || {
        let dist = root().join("pkg/dist");
        for (label, files) in ENTRIES {
            let mut total = 0;
            for f in files {
                let gz = gzipped(&dist.join(f));
                total += gz;
                println!(
                    "    pkg/dist/{f}: {} bytes, {gz} gzipped",
                    size(&dist.join(f))
                );
            }
            println!("    {label}: {total} bytes gzipped (JavaScript + module)");
        }
        Ok(())
    });
}

/// One module's steps after its cargo command `build` (a [`WASM_BUILD`], which writes
/// [`raw_wasm`]): wasm-opt into `opt`, wasm-bindgen into `out_dir` (from the root) under
/// `name`, and the glue patch; the steps are named after `label`. build-pkg runs them for
/// each of [`MODULES`]; `cargo xtask bench` for the validate module at other opt-levels.
pub fn add_module_steps(
    steps: &mut Steps,
    label: &str,
    build: &Cmd,
    name: &str,
    opt: &str,
    out_dir: &str,
) {
    let raw = raw_wasm();
    steps.command(&format!("wasm-build {label}"), build);
    let mut opt_args = WASM_OPT_FLAGS.to_vec();
    // no name section: nothing reads it
    opt_args.extend(["--strip-debug", &raw, "-o", opt]);
    steps.command(
        &format!("wasm-opt {label}"),
        &Cmd::new("wasm-opt", &opt_args),
    );
    let mut bindgen = BINDGEN_FLAGS.to_vec();
    bindgen.extend(["--out-dir", out_dir, "--out-name", name, opt]);
    steps.command(
        &format!("wasm-bindgen {label}"),
        &Cmd::new("wasm-bindgen", &bindgen),
    );
    let glue = root().join(out_dir).join(format!("{name}.js"));
    steps.step(
        &format!("glue-patch {label}"),
        "let initSync replace a trapped instance",
        move || patch_glue(&glue).map_err(|why| (why, "cargo xtask build-pkg".to_owned())),
    );
}

/// esbuild bundling the wrapper's entry `entry` with its glue into `outfile` for
/// `platform` (both paths from `pkg/`, where esbuild is installed): one minified ES module,
/// since the browser downloads it on every page.
pub fn bundle(entry: &str, platform: &str, outfile: &str) -> Cmd {
    let platform = format!("--platform={platform}");
    let outfile = format!("--outfile={outfile}");
    let mut args = vec![entry];
    args.extend(BUNDLE_FLAGS);
    args.extend([platform.as_str(), outfile.as_str()]);
    Cmd::new("node_modules/.bin/esbuild", &args).in_dir("pkg")
}

/// The wrapper recovers from a trap (a panic: a bug, never a bad payload) by calling
/// `initSync` again with the compiled module, because a trapped instance keeps a leaked
/// shadow stack and whatever the interrupted call left half done. wasm-bindgen's
/// `initSync` returns the existing instance when there is one; this removes that early
/// return (the wrapper calls `initSync` only at load and after a trap). The pattern is
/// that of the pinned wasm-bindgen version: if it changes, the step fails.
fn patch_glue(path: &Path) -> Result<(), String> {
    let glue = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    const EARLY: &str = "function initSync(module) {\n    if (wasm !== undefined) return wasm;\n";
    if glue.matches(EARLY).count() != 1 {
        return Err(format!(
            "{} has no single `initSync` early return to remove (did wasm-bindgen change?)",
            path.display()
        ));
    }
    let patched = glue.replace(EARLY, "function initSync(module) {\n");
    std::fs::write(path, patched).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn gzipped(p: &Path) -> u64 {
    Cmd::new(
        "sh",
        &["-c", &format!("gzip -9c '{}' | wc -c", p.display())],
    )
    .output()
    .ok()
    .and_then(|s| s.trim().parse().ok())
    .unwrap_or(0)
}
