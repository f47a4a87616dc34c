//! Running the real binary (with a deadline, catching crashes), its fixtures, and
//! temporary directories.

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_rcs-kit");
pub const NOW: &str = "2027-01-01T00:00:00Z";
pub const DEADLINE: Duration = Duration::from_secs(10);

pub fn fixture(name: &str) -> String {
    format!(
        "{}/../../tests/fixtures/cli/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// What one run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    pub fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }
}

/// Runs the binary with `args` and, if given, `stdin`; fails the test past [`DEADLINE`]
/// or when the process was killed by a signal (a crash).
pub fn run_with(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rcs-kit");
    let writer = child.stdin.take().zip(stdin).map(|(mut pipe, bytes)| {
        // The tool may stop reading early (bodies over 10 MB): a broken pipe is fine.
        thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let drain = |r: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for rcs-kit") {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("rcs-kit {args:?} took more than {DEADLINE:?}");
        }
        thread::sleep(Duration::from_millis(5));
    };
    if let Some(w) = writer {
        w.join().unwrap();
    }
    let stdout = String::from_utf8(out.join().unwrap()).expect("stdout is UTF-8");
    let stderr = String::from_utf8(err.join().unwrap()).expect("stderr is UTF-8");
    let Some(code) = status.code() else {
        panic!("rcs-kit {args:?} was killed by a signal: {status:?}\nstderr: {stderr}");
    };
    assert!(
        !stderr.contains("panicked"),
        "rcs-kit {args:?} panicked: {stderr}"
    );
    Run {
        code,
        stdout,
        stderr,
    }
}

pub fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

/// `rcs-kit validate --now NOW <args>`.
pub fn validate(args: &[&str]) -> Run {
    let mut all = vec!["validate", "--now", NOW];
    all.extend_from_slice(args);
    run(&all)
}

/// A fresh directory under the system's temp dir, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("rcs-kit-cli-{}-{tag}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn text_body(text: &str, suggestions: &str) -> String {
    format!(
        r#"{{"messages":[{{"sender":"DemoSender","destinations":[{{"to":"441134960001"}}],"content":{{"type":"TEXT","text":{},"suggestions":[{suggestions}]}}}}]}}"#,
        serde_json::to_string(text).unwrap()
    )
}
