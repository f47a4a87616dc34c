//! `cargo xtask bench`: rcs-kit side by side with its peers, written to `bench/RESULTS.md`.
//!
//! Native: the criterion bench `benches/validate.rs` (rcs-kit, the `jsonschema` crate with
//! rcs-kit's own schema, and a bare `serde_json::Value` parse); its median estimates are
//! read from `target/criterion/<group>/<bench>/new/estimates.json`. Browser:
//! `pkg/bench/run.mjs` (rcs-kit's npm package against ajv 8 in headless Chromium, plus
//! the bundle sizes), read from the `key<TAB>value` lines it writes. Both run on the same
//! corpus, whose directory they get in `RCS_KIT_BENCH_DIR`: by default the generated one
//! (`crates/corpus`, written to `target/bench/corpus/` first), or with `--corpus DIR` an
//! outside corpus in the format of the reference `../shared/bench`. The tables, the peers' versions,
//! the date, the machine and the targets go to `bench/RESULTS.md` and, between the
//! `bench:start` / `bench:end` markers, into `docs/benchmarks.md`.

mod tables;

use crate::step::{root, Cmd, Steps};
use crate::tools;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

/// Runs everything and writes the results.
pub fn run(args: &[String]) -> ExitCode {
    let mut quick = false;
    let mut outside: Option<PathBuf> = None;
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--quick" => quick = true,
            "--corpus" => match args.next() {
                Some(dir) => outside = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("xtask bench: `--corpus` needs a directory");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!(
                    "Usage: cargo xtask bench [--quick] [--corpus DIR]\n\n\
                     Builds pkg/dist, installs the npm packages, runs the criterion bench \
                     (cargo bench --bench validate) and the browser bench (node pkg/bench/run.mjs),\n\
                     then writes bench/RESULTS.md and docs/benchmarks.md.\n\
                     Times mean something only on a quiet machine (load average well under 1).\n\n\
                     --quick       shorter runs to check the pipeline; writes bench/RESULTS.md marked\n\
                     \x20             as a quick run and leaves docs/benchmarks.md alone.\n\
                     --corpus DIR  run on the corpus in DIR (corpus.jsonl, large-carousel.json, as in\n\
                     \x20             ../shared/bench, the reference workload for comparisons) instead of\n\
                     \x20             the generated one (crates/corpus, written to target/bench/corpus/)."
                );
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!(
                    "xtask bench: unexpected argument `{other}` (try `cargo xtask bench --help`)"
                );
                return ExitCode::from(2);
            }
        }
    }
    let root = root();
    let workload = match outside {
        Some(dir) => match Workload::outside(&dir) {
            Ok(w) => w,
            Err(why) => {
                eprintln!("xtask bench: {why}");
                return ExitCode::from(2);
            }
        },
        None => Workload::generated(&root),
    };
    let load_before = load_average();
    #[allow(clippy::disallowed_methods)] // xtask is native: it has a clock
    let started = SystemTime::now();
    let browser_tsv = root.join("target/bench/browser.tsv");
    let browser_tsv_arg = browser_tsv.to_string_lossy().into_owned();
    let stand_in_tsv = root.join("target/bench/stand-in.tsv");
    let _ = std::fs::remove_file(&stand_in_tsv);
    let composer_tsv = root.join("target/bench/composer.tsv");
    let _ = std::fs::remove_file(&composer_tsv);

    let dir_arg = workload.dir.to_string_lossy().into_owned();
    let mut steps = Steps::new();
    if workload.generated {
        steps.command(
            "corpus",
            &Cmd::cargo(&[
                "run",
                "--quiet",
                "--package",
                "rcs-kit-corpus",
                "--example",
                "write",
                "--",
                dir_arg.as_str(),
            ]),
        );
    }
    crate::pkg::add_steps(&mut steps);
    let js = tools::for_js_tests();
    steps.step(
        "npm",
        "npm ci in pkg/ when pkg/package-lock.json changed",
        || tools::ensure(&js),
    );
    // The validate-only entry again with its module built at other opt-levels (what speed
    // costs in bytes), each into target/bench/opt-LEVEL/dist for the browser bench.
    for (level, inline_threshold) in OPT_LEVELS {
        add_opt_level_steps(&mut steps, &root, level, inline_threshold);
    }
    // Compile first, so that the timed step is only the measurement.
    steps.command(
        "native-build",
        &Cmd::cargo(&["bench", "--no-run", "--bench", "validate"]),
    );
    let mut native = vec!["bench", "--bench", "validate"];
    if quick {
        native.extend(["--", "--quick"]);
    }
    steps.command(
        "native",
        &Cmd::cargo(&native).env("RCS_KIT_BENCH_DIR", &dir_arg),
    );
    let load_native = load_average();
    let levels = OPT_LEVELS.map(|(level, _)| level).join(",");
    let mut browser = vec![
        "bench/run.mjs",
        "--out",
        browser_tsv_arg.as_str(),
        "--opt-levels",
        levels.as_str(),
    ];
    if quick {
        browser.push("--quick");
    }
    steps.command(
        "browser",
        &Cmd::new("node", &browser)
            .in_dir("pkg")
            .env("RCS_KIT_BENCH_DIR", &dir_arg),
    );
    let load_after = load_average();
    // What the validate-only entry is made of, and its floor (pkg/bench/size-parts.mjs): its
    // module built again (cargo has it) and optimised as build-pkg does, names kept.
    let raw_wasm = crate::pkg::raw_wasm();
    let named_wasm = root
        .join("target/bench/rcs_kit_validate.named.wasm")
        .to_string_lossy()
        .into_owned();
    let parts_tsv = root.join("target/bench/size-parts.tsv");
    let _ = std::fs::remove_file(&parts_tsv);
    let parts_tsv_arg = parts_tsv.to_string_lossy().into_owned();
    let mut validate_build = crate::pkg::WASM_BUILD.to_vec();
    validate_build.extend_from_slice(crate::pkg::VALIDATE_FEATURES);
    steps.command("size-parts-build", &Cmd::cargo(&validate_build));
    let mut named_opt = crate::pkg::WASM_OPT_FLAGS.to_vec();
    // -g: the name section stays (the shipped module strips it)
    named_opt.extend(["-g", raw_wasm.as_str(), "-o", named_wasm.as_str()]);
    steps.command("size-parts-opt", &Cmd::new("wasm-opt", &named_opt));
    steps.command(
        "size-parts",
        &Cmd::new(
            "node",
            &["bench/size-parts.mjs", &named_wasm, "--out", &parts_tsv_arg],
        )
        .in_dir("pkg"),
    );
    // The API stand-in under load (its own binary; the load client is an example of its
    // crate, so the bench needs nothing installed).
    steps.command(
        "stand-in-build",
        &Cmd::cargo(&[
            "build",
            "--release",
            "--package",
            "rcs-kit-stand-in",
            "--bin",
            "rcs-kit-stand-in",
            "--example",
            "load",
        ]),
    );
    let release = crate::step::target_dir().join("release");
    let stand_in_bin = release
        .join("rcs-kit-stand-in")
        .to_string_lossy()
        .into_owned();
    let load_bin = release.join("examples/load").to_string_lossy().into_owned();
    let stand_in_tsv_arg = stand_in_tsv.to_string_lossy().into_owned();
    let root_arg = root.to_string_lossy().into_owned();
    let (clients, seconds) = if quick { ("64", "3") } else { ("256", "20") };
    steps.command(
        "stand-in-load",
        &Cmd::new(
            &load_bin,
            &[
                "--stand-in",
                &stand_in_bin,
                "--root",
                &root_arg,
                "--clients",
                clients,
                "--seconds",
                seconds,
                "--out",
                &stand_in_tsv_arg,
            ],
        ),
    );
    // The composer page: key press to paint on a 10-card, 27 KB carousel in headless
    // Chromium (www/bench/keypress.mjs), against the release stand-in built above.
    let composer_tsv_arg = composer_tsv.to_string_lossy().into_owned();
    let keys = if quick { "40" } else { "200" };
    steps.command(
        "composer",
        &Cmd::new(
            "node",
            &[
                "www/bench/keypress.mjs",
                "--keys",
                keys,
                "--tsv",
                &composer_tsv_arg,
            ],
        )
        .env("RCS_KIT_STAND_IN", &stand_in_bin),
    );
    steps.step(
        "results",
        "write bench/RESULTS.md and docs/benchmarks.md",
        || {
            let results = collect(
                &root,
                &workload,
                &browser_tsv,
                &stand_in_tsv,
                &composer_tsv,
                &parts_tsv,
                started,
            )
            .map_err(|why| (why, "cargo xtask bench".to_string()))?;
            let machine = Machine::read([load_before, load_native, load_after]);
            tables::write_results(&root, &results, &machine, quick)
                .map_err(|why| (why, "cargo xtask bench".to_string()))
        },
    );
    match steps.finish("cargo xtask bench") {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!(
                "\ncargo xtask bench: step `{}` failed ({}). Rerun it with:\n    {}",
                f.step, f.why, f.rerun
            );
            ExitCode::FAILURE
        }
    }
}

// ------------------------------------------------------------------- speed for bytes

/// The builds of the validate-only entry's module besides the shipped one (the `wasm`
/// profile: opt-level `"z"` and the inline threshold of `.cargo/config.toml`): `(opt-level,
/// whether the inline threshold stays)`. Issue 16 asks for an entry both faster and
/// smaller; these rows show what speed costs in bytes, measured in the same browser run:
/// `"s"` as the project would build it, and `3` as LLVM means it (its own inlining, which
/// made the fastest and largest module of the builds tried).
pub(crate) const OPT_LEVELS: [(&str, bool); 2] = [("s", true), ("3", false)];

/// Builds `rcs-kit/validate` with its module at `level` into `target/bench/opt-LEVEL/`: the
/// cargo build with the `wasm` profile's opt-level overridden (and without the project's
/// inline threshold unless `inline_threshold`), then the steps and the bundle that
/// `cargo xtask build-pkg` makes the shipped entry with (the wrapper's sources are copied
/// beside the glue, since the entry imports `../dist/rcs_kit_validate.js`).
fn add_opt_level_steps(steps: &mut Steps, root: &Path, level: &str, inline_threshold: bool) {
    use crate::pkg::{add_module_steps, bundle, VALIDATE_FEATURES, WASM_BUILD};
    let dir = format!("target/bench/opt-{level}");
    // cargo's --config reads TOML: "s" and "z" are strings, 0 to 3 numbers
    let value = if level.parse::<u8>().is_ok() {
        level.to_owned()
    } else {
        format!("\"{level}\"")
    };
    let config = format!("profile.wasm.opt-level={value}");
    let mut build = WASM_BUILD.to_vec();
    build.extend_from_slice(VALIDATE_FEATURES);
    build.extend(["--config", config.as_str()]);
    let mut cargo = Cmd::cargo(&build);
    if !inline_threshold {
        // RUSTFLAGS, when set, replaces the target's rustflags of .cargo/config.toml
        cargo = cargo.env("RUSTFLAGS", "");
    }
    let src = root.join(&dir).join("src");
    steps.step(
        &format!("opt-{level}-sources"),
        "pkg/src copied beside the entry's glue",
        move || {
            let _ = std::fs::remove_dir_all(&src);
            copy_dir(&root.join("pkg/src"), &src)
                .map_err(|why| (why, "cargo xtask bench".to_owned()))
        },
    );
    let label = format!("rcs_kit_validate at opt-level {level}");
    let opt = root.join(&dir).join("rcs_kit_validate.opt.wasm");
    add_module_steps(
        steps,
        &label,
        &cargo,
        "rcs_kit_validate",
        &opt.to_string_lossy(),
        &format!("{dir}/dist"),
    );
    steps.command(
        &format!("bundle {label}"),
        &bundle(
            &format!("../{dir}/src/validate.js"),
            "browser",
            &format!("../{dir}/dist/validate.js"),
        ),
    );
}

/// Copies the directory `from` to `to` (files and subdirectories).
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let (path, target) = (entry.path(), to.join(entry.file_name()));
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

// ------------------------------------------------------------------------------ corpus

/// The corpus both benches run on.
struct Workload {
    /// Its directory (absolute: the browser bench runs in `pkg/`).
    dir: PathBuf,
    /// Whether it is the generated corpus (written by a step before the benches).
    generated: bool,
    /// What the results say it is.
    label: String,
}

impl Workload {
    /// The generated corpus, written to `target/bench/corpus/`.
    fn generated(root: &Path) -> Workload {
        Workload {
            dir: root.join("target/bench/corpus"),
            generated: true,
            label: "the generated corpus (`crates/corpus`, `Corpus::default_corpus()`, written to \
                    `target/bench/corpus/`)"
                .to_owned(),
        }
    }

    /// An outside corpus in the reference format (`../shared/bench`).
    fn outside(dir: &Path) -> Result<Workload, String> {
        let dir = dir
            .canonicalize()
            .map_err(|e| format!("--corpus {}: {e}", dir.display()))?;
        for file in ["corpus.jsonl", "large-carousel.json"] {
            if !dir.join(file).is_file() {
                return Err(format!(
                    "--corpus {}: no {file} (expected the format of ../shared/bench)",
                    dir.display()
                ));
            }
        }
        Ok(Workload {
            label: format!("the outside corpus `{}`", dir.display()),
            dir,
            generated: false,
        })
    }
}

// ------------------------------------------------------------------------- measurements

/// Everything the tables need.
struct Results {
    corpus_n: f64,
    /// Which corpus, for the Workload line.
    corpus_label: String,
    /// Native medians in ns per iteration, keyed by (group, bench).
    native: BTreeMap<(String, String), f64>,
    /// The browser driver's lines.
    browser: BTreeMap<String, String>,
    /// The stand-in load run's lines (`crates/stand-in/examples/load.rs`).
    stand_in: BTreeMap<String, String>,
    /// The composer's key-press lines (`www/bench/keypress.mjs`).
    composer: BTreeMap<String, String>,
    /// The validate entry's parts and floor (`pkg/bench/size-parts.mjs`).
    parts: BTreeMap<String, String>,
    /// Versions from `Cargo.lock`.
    crates: BTreeMap<&'static str, String>,
    rustc: String,
    /// The LLVM inline threshold the shipped modules are built with (`.cargo/config.toml`).
    inline_threshold: String,
}

impl Results {
    fn native(&self, group: &str, bench: &str) -> f64 {
        self.native
            .get(&(group.to_owned(), bench.to_owned()))
            .copied()
            .unwrap_or(f64::NAN)
    }

    /// ns per payload on the corpus.
    fn native_corpus(&self, bench: &str) -> f64 {
        self.native("corpus", bench) / self.corpus_n
    }

    fn b(&self, key: &str) -> &str {
        self.browser.get(key).map(String::as_str).unwrap_or("?")
    }

    fn bf(&self, key: &str) -> f64 {
        self.b(key).parse().unwrap_or(f64::NAN)
    }

    fn s(&self, key: &str) -> &str {
        self.stand_in.get(key).map(String::as_str).unwrap_or("?")
    }

    fn sf(&self, key: &str) -> f64 {
        self.s(key).parse().unwrap_or(f64::NAN)
    }

    fn k(&self, key: &str) -> &str {
        self.composer.get(key).map(String::as_str).unwrap_or("?")
    }

    fn kf(&self, key: &str) -> f64 {
        self.k(key).parse().unwrap_or(f64::NAN)
    }

    /// A number of the validate entry's parts (`size-parts.tsv`), NaN when missing.
    fn pf(&self, key: &str) -> f64 {
        self.parts
            .get(key)
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    }

    fn krate(&self, name: &str) -> &str {
        self.crates.get(name).map(String::as_str).unwrap_or("?")
    }
}

const NATIVE_BENCHES: [&str; 4] = [
    "rcs-kit",
    "jsonschema",
    "serde_json-value",
    "rcs-kit-parsed",
];
/// The benches of the `template` group (10,000 rows an iteration).
const TEMPLATE_BENCHES: [&str; 2] = ["render+validate", "validate-rendered"];

fn collect(
    root: &Path,
    workload: &Workload,
    browser_tsv: &Path,
    stand_in_tsv: &Path,
    composer_tsv: &Path,
    parts_tsv: &Path,
    started: SystemTime,
) -> Result<Results, String> {
    let bench_dir = &workload.dir;
    let corpus = std::fs::read_to_string(bench_dir.join("corpus.jsonl")).map_err(|e| {
        format!(
            "cannot read {}: {e}",
            bench_dir.join("corpus.jsonl").display()
        )
    })?;
    let corpus_n = corpus.lines().filter(|l| !l.is_empty()).count() as f64;

    let mut native = BTreeMap::new();
    let groups = NATIVE_BENCHES
        .iter()
        .flat_map(|b| [("corpus", *b), ("large-carousel", *b)])
        .chain(TEMPLATE_BENCHES.iter().map(|b| ("template", *b)));
    {
        for (group, bench) in groups {
            let path = root
                .join("target/criterion")
                .join(group)
                .join(bench)
                .join("new/estimates.json");
            let fresh = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .is_ok_and(|m| m >= started);
            if !fresh {
                return Err(format!(
                    "{} is missing or older than this run",
                    path.display()
                ));
            }
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let ns = point_estimate(&text, "median")
                .ok_or_else(|| format!("no median point estimate in {}", path.display()))?;
            native.insert((group.to_owned(), bench.to_owned()), ns);
        }
    }

    let browser = read_tsv(browser_tsv)?;
    let stand_in = read_tsv(stand_in_tsv)?;
    let composer = read_tsv(composer_tsv)?;
    let parts = read_tsv(parts_tsv)?;

    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default();
    let mut crates = BTreeMap::new();
    for name in ["jsonschema", "serde_json", "criterion", "hyper", "tokio"] {
        crates.insert(
            name,
            locked_version(&lock, name).unwrap_or_else(|| "?".into()),
        );
    }
    let rustc = Cmd::new("rustc", &["--version"])
        .output()
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|_| "rustc ?".into());
    let config = std::fs::read_to_string(root.join(".cargo/config.toml")).unwrap_or_default();
    let inline_threshold = config
        .split("-inline-threshold=")
        .nth(1)
        .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect())
        .filter(|n: &String| !n.is_empty())
        .unwrap_or_else(|| "LLVM's default".into());
    Ok(Results {
        inline_threshold,
        corpus_n,
        corpus_label: workload.label.clone(),
        native,
        browser,
        stand_in,
        composer,
        parts,
        crates,
        rustc,
    })
}

/// The `key<TAB>value` lines a bench driver wrote.
fn read_tsv(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect())
}

/// `stat`'s `point_estimate` in criterion's `estimates.json`
/// (`{"mean":{"confidence_interval":{...},"point_estimate":N,...},"median":{...},...}`).
fn point_estimate(json: &str, stat: &str) -> Option<f64> {
    let at = json.find(&format!("\"{stat}\":"))?;
    let rest = json.get(at..)?;
    let key = "\"point_estimate\":";
    let p = rest.find(key)?;
    let num: String = rest
        .get(p + key.len()..)?
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        .collect();
    num.parse().ok()
}

/// The version of `name` in `Cargo.lock` (the first, if several).
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{name}\"") {
            let v = lines.next()?.trim().strip_prefix("version = \"")?;
            return Some(v.trim_end_matches('"').to_owned());
        }
    }
    None
}

// ------------------------------------------------------------------------------ machine

struct Machine {
    date: String,
    cores: String,
    cpu: String,
    os: String,
    /// 1-minute load averages: at the start, after the native part, after the browser part.
    load: [String; 3],
}

impl Machine {
    fn read(load: [String; 3]) -> Machine {
        let out = |p: &str, a: &[&str]| {
            Cmd::new(p, a)
                .output()
                .map(|s| s.trim().to_owned())
                .unwrap_or_else(|_| "?".into())
        };
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|c| {
                c.lines()
                    .find(|l| l.starts_with("model name"))
                    .and_then(|l| l.split_once(':'))
                    .map(|(_, v)| v.trim().to_owned())
            })
            .unwrap_or_else(|| "?".into());
        let os = std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|c| {
                c.lines()
                    .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                    .map(|v| v.trim_matches('"').to_owned())
            })
            .unwrap_or_else(|| "?".into());
        Machine {
            date: out("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
            cores: out("nproc", &[]),
            cpu,
            os: format!("{os}, Linux {}", out("uname", &["-r"])),
            load,
        }
    }

    fn line(&self) -> String {
        format!(
            "{} cores (`nproc`), {}, {}; 1-minute load average {} at the start, {} after the \
             native part, {} after the browser part (the benchmark itself keeps a core busy)",
            self.cores, self.cpu, self.os, self.load[0], self.load[1], self.load[2]
        )
    }
}

/// The 1-minute load average, as `uptime` shows it.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}
