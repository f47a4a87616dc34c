//! Running named steps: a header per step, its duration, and a summary at the end.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The workspace root (the parent of `xtask/`); every command runs there.
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` (relative to the workspace root when
/// relative), else `target/` in the workspace root.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root().join(dir),
        _ => root().join("target"),
    }
}

/// The cargo that runs us (`$CARGO`), or `cargo` from the `PATH`.
pub fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// A command to run: a program and its arguments, shown to the user as typed.
#[derive(Clone)]
pub struct Cmd {
    program: OsString,
    shown: String,
    args: Vec<String>,
    env: Vec<(String, String)>,
    dir: Option<PathBuf>,
}

impl Cmd {
    /// `cargo <args>` (run with the cargo that runs xtask, shown as `cargo`).
    pub fn cargo(args: &[&str]) -> Self {
        Cmd {
            program: cargo(),
            shown: "cargo".into(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            env: Vec::new(),
            dir: None,
        }
    }

    /// `program <args>` from the `PATH`.
    pub fn new(program: &str, args: &[&str]) -> Self {
        Cmd {
            program: program.into(),
            shown: program.into(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            env: Vec::new(),
            dir: None,
        }
    }

    /// Sets an environment variable for the command (shown before it).
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Runs the command in `dir` (relative to the workspace root) instead of the root.
    pub fn in_dir(mut self, dir: &str) -> Self {
        self.dir = Some(root().join(dir));
        self
    }

    /// The command line as a person would type it.
    pub fn display(&self) -> String {
        let mut s = String::new();
        if let Some(d) = &self.dir {
            let rel = d.strip_prefix(root()).unwrap_or(d);
            s.push_str(&format!("(cd {} && ", rel.display()));
        }
        for (k, v) in &self.env {
            s.push_str(&format!("{k}={v} "));
        }
        s.push_str(&self.shown);
        for a in &self.args {
            s.push(' ');
            s.push_str(a);
        }
        if self.dir.is_some() {
            s.push(')');
        }
        s
    }

    fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args)
            .current_dir(self.dir.clone().unwrap_or_else(root))
            .envs(self.env.iter().map(|(k, v)| (k, v)));
        c
    }

    /// Runs it with inherited stdio; `Err` says why it failed.
    pub fn status(&self) -> Result<(), String> {
        match self.command().status() {
            Ok(s) if s.success() => Ok(()),
            Ok(s) => Err(match s.code() {
                Some(code) => format!("exit status {code}"),
                None => format!("{s}"),
            }),
            Err(e) => Err(format!("cannot start `{}`: {e}", self.shown)),
        }
    }

    /// Runs it and returns its standard output (stderr inherited).
    pub fn output(&self) -> Result<String, String> {
        match self
            .command()
            .stderr(std::process::Stdio::inherit())
            .output()
        {
            Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
            Ok(o) => Err(format!("exit status {}", o.status.code().unwrap_or(-1))),
            Err(e) => Err(format!("cannot start `{}`: {e}", self.shown)),
        }
    }

    /// Runs it silently; true when it started and succeeded (for "is it installed?").
    pub fn succeeds_quietly(&self) -> bool {
        self.command()
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

/// How a step ended.
enum Outcome {
    Ok,
    Failed,
    Skipped,
}

/// A step failed: its name, why, and how to rerun it.
pub struct Failure {
    pub step: String,
    pub why: String,
    pub rerun: String,
}

/// Runs steps in order, stops at the first failure, and prints a summary.
pub struct Steps {
    done: Vec<(String, Outcome, Duration)>,
    failure: Option<Failure>,
}

impl Steps {
    /// No steps run yet.
    pub fn new() -> Self {
        Steps {
            done: Vec::new(),
            failure: None,
        }
    }

    /// Runs one step unless an earlier one failed. `body` returns `Err((why, rerun))` on
    /// failure; `shown` is the header's description of what runs.
    pub fn step(
        &mut self,
        name: &str,
        shown: &str,
        body: impl FnOnce() -> Result<(), (String, String)>,
    ) {
        if self.failure.is_some() {
            self.done
                .push((name.to_owned(), Outcome::Skipped, Duration::ZERO));
            return;
        }
        println!("==> {name}: {shown}");
        let start = Instant::now();
        let result = body();
        let took = start.elapsed();
        match result {
            Ok(()) => {
                println!("<== {name}: ok in {}", secs(took));
                self.done.push((name.to_owned(), Outcome::Ok, took));
            }
            Err((why, rerun)) => {
                println!("<== {name}: FAILED in {} ({why})", secs(took));
                self.done.push((name.to_owned(), Outcome::Failed, took));
                self.failure = Some(Failure {
                    step: name.to_owned(),
                    why,
                    rerun,
                });
            }
        }
    }

    /// Runs one command as a step; on failure the command itself is the rerun hint.
    pub fn command(&mut self, name: &str, cmd: &Cmd) {
        let shown = cmd.display();
        self.step(name, &shown, || {
            cmd.status().map_err(|why| (why, shown.clone()))
        });
    }

    /// Prints the summary; `Err` when a step failed.
    pub fn finish(self, what: &str) -> Result<(), Failure> {
        let width = self.done.iter().map(|(n, ..)| n.len()).max().unwrap_or(0);
        let total: Duration = self.done.iter().map(|(_, _, d)| *d).sum();
        println!();
        println!("{what} summary:");
        for (name, outcome, took) in &self.done {
            let (label, time) = match outcome {
                Outcome::Ok => ("ok", secs(*took)),
                Outcome::Failed => ("FAILED", secs(*took)),
                Outcome::Skipped => ("skipped", String::new()),
            };
            let line = format!("  {name:width$}  {label:7}  {time}");
            println!("{}", line.trim_end());
        }
        println!("  {:width$}  {:7}  {}", "total", "", secs(total));
        let count = |o: fn(&Outcome) -> bool| self.done.iter().filter(|(_, x, _)| o(x)).count();
        let passed = count(|o| matches!(o, Outcome::Ok));
        let failed = count(|o| matches!(o, Outcome::Failed));
        let skipped = count(|o| matches!(o, Outcome::Skipped));
        // The plain closing line CI reads: steps, each a whole suite or check.
        println!("steps: {passed} passed, {failed} failed, {skipped} skipped");
        match self.failure {
            None => Ok(()),
            Some(f) => Err(f),
        }
    }
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}
