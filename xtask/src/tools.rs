//! What the tasks need on the machine, checked quickly and installed when missing.
//!
//! Each [`Requirement`] pairs a cheap check with the commands that install it, so the
//! step is idempotent and fast when everything is present. Later tasks add theirs here
//! (the wasm32 target, `wasm-bindgen-cli` at the version in `Cargo.lock`, a headless
//! browser and `binaryen` through apt-get when root, `npm ci`).

use crate::step::Cmd;

/// One thing a task needs.
pub struct Requirement {
    /// What it is, for messages.
    pub name: &'static str,
    /// True when it is already there.
    pub present: fn() -> bool,
    /// Commands that install it, run in order.
    pub install: fn() -> Vec<Cmd>,
}

/// What `cargo xtask test` needs: rustfmt and clippy.
pub fn for_test() -> Vec<Requirement> {
    vec![Requirement {
        name: "rustfmt and clippy",
        present: || {
            Cmd::cargo(&["fmt", "--version"]).succeeds_quietly()
                && Cmd::cargo(&["clippy", "--version"]).succeeds_quietly()
        },
        install: || {
            vec![Cmd::new(
                "rustup",
                &["component", "add", "rustfmt", "clippy"],
            )]
        },
    }]
}

/// Installs what is missing. `Err((why, rerun))` names the command that failed.
pub fn ensure(requirements: &[Requirement]) -> Result<(), (String, String)> {
    for req in requirements {
        if (req.present)() {
            println!("    {}: present", req.name);
            continue;
        }
        println!("    {}: missing, installing", req.name);
        for cmd in (req.install)() {
            println!("    $ {}", cmd.display());
            cmd.status()
                .map_err(|why| (format!("installing {}: {why}", req.name), cmd.display()))?;
        }
        if !(req.present)() {
            return Err((
                format!("{} still missing after installing", req.name),
                "cargo xtask test".into(),
            ));
        }
    }
    Ok(())
}

/// The `wasm-bindgen` version pinned in `Cargo.lock`; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(crate::step::root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn is_root() -> bool {
    Cmd::new("id", &["-u"])
        .output()
        .is_ok_and(|o| o.trim() == "0")
}

fn wasm_target_present() -> bool {
    Cmd::new("rustup", &["target", "list", "--installed"])
        .output()
        .is_ok_and(|o| o.lines().any(|l| l.trim() == "wasm32-unknown-unknown"))
}

fn wasm_bindgen_present() -> bool {
    let Ok(want) = wasm_bindgen_version() else {
        return false;
    };
    let runner = Cmd::new("wasm-bindgen-test-runner", &["--version"]).succeeds_quietly();
    runner
        && Cmd::new("wasm-bindgen", &["--version"])
            .output()
            .is_ok_and(|o| o.split_whitespace().nth(1) == Some(want.as_str()))
}

fn apt_present() -> bool {
    std::path::Path::new("/usr/bin/chromium").exists()
        && std::path::Path::new("/usr/bin/chromedriver").exists()
        && Cmd::new("wasm-opt", &["--version"]).succeeds_quietly()
}

fn npm_present() -> bool {
    let pkg = crate::step::root().join("pkg");
    let modified = |p: std::path::PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (
        modified(pkg.join("node_modules/.package-lock.json")),
        modified(pkg.join("package-lock.json")),
    ) {
        (Some(installed), Some(lock)) => installed >= lock,
        _ => false,
    }
}

/// What building the npm package needs: the wasm32 target, `wasm-bindgen-cli` at the
/// version in `Cargo.lock`, `wasm-opt` (Debian's binaryen) and esbuild (npm).
pub fn for_pkg() -> Vec<Requirement> {
    let mut all = vec![
        Requirement {
            name: "rust target wasm32-unknown-unknown",
            present: wasm_target_present,
            install: || {
                vec![Cmd::new(
                    "rustup",
                    &["target", "add", "wasm32-unknown-unknown"],
                )]
            },
        },
        Requirement {
            name: "wasm-bindgen-cli (the version in Cargo.lock)",
            present: wasm_bindgen_present,
            // `--locked` first, as pinned; its lock file can name a dependency version the
            // registry no longer serves (seen: webpki-roots 1.0.11 for 0.2.130), and then
            // the same exact CLI version is built with freshly resolved dependencies.
            install: || {
                match wasm_bindgen_version() {
                Ok(v) => vec![Cmd::new(
                    "sh",
                    &[
                        "-c",
                        &format!(
                            "cargo install --locked wasm-bindgen-cli --version {v} || \
                             {{ echo 'retrying without --locked' >&2; cargo install wasm-bindgen-cli --version {v}; }}"
                        ),
                    ],
                )],
                Err(_) => vec![Cmd::new("false", &[])],
            }
            },
        },
        apt_requirement(),
    ];
    all.extend(for_js_tests());
    all
}

/// Debian's chromium, chromium-driver and binaryen, through apt-get when we are root;
/// otherwise the install fails with the command to run.
fn apt_requirement() -> Requirement {
    Requirement {
        name: "chromium, chromium-driver, binaryen (Debian packages)",
        present: apt_present,
        install: || {
            if is_root() {
                vec![
                    Cmd::new("apt-get", &["update", "-qq"]),
                    Cmd::new(
                        "apt-get",
                        &[
                            "install",
                            "-y",
                            "-qq",
                            "chromium",
                            "chromium-driver",
                            "binaryen",
                        ],
                    )
                    .env("DEBIAN_FRONTEND", "noninteractive"),
                ]
            } else {
                vec![Cmd::new(
                    "sh",
                    &[
                        "-c",
                        "echo 'not root: run  sudo apt-get install -y chromium chromium-driver binaryen' >&2; exit 1",
                    ],
                )]
            }
        },
    }
}

/// What the package's JavaScript tests need: the npm packages of `pkg/package-lock.json`.
pub fn for_js_tests() -> Vec<Requirement> {
    vec![Requirement {
        name: "npm packages of pkg/package-lock.json",
        present: npm_present,
        install: || vec![Cmd::new("npm", &["ci", "--no-audit", "--no-fund"]).in_dir("pkg")],
    }]
}

/// True when a nightly toolchain is installed (the fuzz targets need it).
pub fn nightly_present() -> bool {
    Cmd::new("rustup", &["toolchain", "list"])
        .output()
        .is_ok_and(|o| o.lines().any(|l| l.starts_with("nightly")))
}

/// What the fuzz smoke needs besides nightly: `cargo-fuzz`.
pub fn for_fuzz() -> Vec<Requirement> {
    vec![Requirement {
        name: "cargo-fuzz",
        present: || Cmd::cargo(&["fuzz", "--version"]).succeeds_quietly(),
        install: || vec![Cmd::cargo(&["install", "--locked", "cargo-fuzz"])],
    }]
}
