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
