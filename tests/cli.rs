//! The `rcs-kit` command line, through its real binary: output formats, exit status,
//! several files, standard input, usage errors, and hostile inputs (each must end in
//! exit 1 or 2 with a message, within 10 seconds, without a crash).

// Test code: helpers outside `#[test]` functions may fail loudly too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rcs-kit");
const NOW: &str = "2027-01-01T00:00:00Z";
const DEADLINE: Duration = Duration::from_secs(10);

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/cli/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }
}

/// Runs the binary with `args` and, if given, `stdin`; fails the test past [`DEADLINE`]
/// or when the process was killed by a signal (a crash).
fn run_with(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
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

fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

/// `rcs-kit validate --now NOW <args>`.
fn validate(args: &[&str]) -> Run {
    let mut all = vec!["validate", "--now", NOW];
    all.extend_from_slice(args);
    run(&all)
}

/// A fresh directory under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("rcs-kit-cli-{}-{tag}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn text_body(text: &str, suggestions: &str) -> String {
    format!(
        r#"{{"messages":[{{"sender":"DemoSender","destinations":[{{"to":"441134960001"}}],"content":{{"type":"TEXT","text":{},"suggestions":[{suggestions}]}}}}]}}"#,
        serde_json::to_string(text).unwrap()
    )
}

// ---- valid and invalid files ------------------------------------------------------

#[test]
fn valid_files_exit_0_with_a_summary() {
    for name in ["request-text.json", "request-card.json", "events.json"] {
        let path = fixture(name);
        let r = validate(&[&path]);
        assert_eq!(r.code, 0, "{name}: {}{}", r.stdout, r.stderr);
        assert_eq!(r.lines(), [format!("{path}: valid")]);
        assert_eq!(r.stderr, "");
    }
}

#[test]
fn invalid_file_text_names_path_severity_message_and_code() {
    let path = fixture("request-invalid.json");
    let r = validate(&[&path]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let lines = r.lines();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert!(lines[0].starts_with("/messages/0/content/suggestions/1/text: error: "));
    assert!(lines[0].ends_with(" [suggestion.text.too_long]"));
    assert!(lines[0].contains("25"), "{}", lines[0]);
    assert!(lines[1].starts_with("/messages/0/content/suggestions/2: error: "));
    assert!(lines[1].contains("postbackData"));
    assert!(lines[1].ends_with(" [field.required]"));
    assert_eq!(lines[2], format!("{path}: invalid: 2 errors"));
}

#[test]
fn invalid_file_json_has_exactly_the_documented_keys() {
    let r = validate(&["--format", "json", &fixture("request-invalid.json")]);
    assert_eq!(r.code, 1);
    let objs = r.json_lines();
    assert_eq!(objs.len(), 1);
    let obj = objs[0].as_object().unwrap();
    let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 2);
    assert!(
        keys.contains(&"valid") && keys.contains(&"issues"),
        "{keys:?}"
    );
    assert_eq!(obj["valid"], false);
    let issues = obj["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 2);
    for issue in issues {
        let issue = issue.as_object().unwrap();
        for key in ["severity", "code", "path", "message"] {
            assert!(issue[key].is_string(), "{key} in {issue:?}");
        }
        for key in issue.keys() {
            assert!(
                ["severity", "code", "path", "message", "limit", "actual"].contains(&key.as_str()),
                "unexpected key {key}"
            );
        }
    }
    let first = &issues[0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "suggestion.text.too_long");
    assert_eq!(first["path"], "/messages/0/content/suggestions/1/text");
    assert_eq!(first["limit"], 25);
    assert_eq!(first["actual"], 36);
    let second = &issues[1];
    assert_eq!(second["code"], "field.required");
    assert_eq!(second["path"], "/messages/0/content/suggestions/2");
    assert!(second.get("limit").is_none() && second.get("actual").is_none());
}

#[test]
fn valid_file_json() {
    let r = validate(&["--format=json", &fixture("request-text.json")]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "{\"valid\":true,\"issues\":[]}\n");
}

// ---- several files, stdin ------------------------------------------------------------

#[test]
fn several_files_in_text_are_prefixed_by_their_name() {
    let ok = fixture("request-text.json");
    let bad = fixture("request-invalid.json");
    let warn = fixture("request-unknown-field.json");
    let r = validate(&[&ok, &bad, &warn]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let lines = r.lines();
    assert_eq!(lines[0], format!("{ok}: valid"));
    assert!(lines[1].starts_with(&format!(
        "{bad}: /messages/0/content/suggestions/1/text: error: "
    )));
    assert!(lines[2].starts_with(&format!(
        "{bad}: /messages/0/content/suggestions/2: error: "
    )));
    assert_eq!(lines[3], format!("{bad}: invalid: 2 errors"));
    assert!(lines[4].starts_with(&format!("{warn}: /messages/0/priority: warning: ")));
    assert!(lines[4].ends_with("[field.unknown]"));
    assert_eq!(lines[5], format!("{warn}: valid (1 warning)"));
    assert_eq!(lines.len(), 6);

    let r = validate(&[&ok, &warn]);
    assert_eq!(r.code, 0, "warnings do not make a file invalid");
}

#[test]
fn several_files_in_json_carry_a_file_member() {
    let ok = fixture("request-text.json");
    let bad = fixture("request-invalid.json");
    let r = validate(&["--format", "json", &ok, &bad]);
    assert_eq!(r.code, 1);
    let objs = r.json_lines();
    assert_eq!(objs.len(), 2);
    assert_eq!(objs[0]["file"], ok.as_str());
    assert_eq!(objs[0]["valid"], true);
    assert_eq!(objs[0]["issues"], Value::Array(vec![]));
    assert_eq!(objs[1]["file"], bad.as_str());
    assert_eq!(objs[1]["valid"], false);
    assert_eq!(objs[1]["issues"][0]["code"], "suggestion.text.too_long");
    for obj in &objs {
        assert_eq!(obj.as_object().unwrap().len(), 3, "{obj}");
    }
}

#[test]
fn dash_reads_standard_input() {
    let body = std::fs::read(fixture("request-invalid.json")).unwrap();
    let r = run_with(&["validate", "--now", NOW, "-"], Some(body));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("[suggestion.text.too_long]"));
    assert!(
        r.stdout.ends_with("<stdin>: invalid: 2 errors\n"),
        "{}",
        r.stdout
    );

    let body = std::fs::read(fixture("events.json")).unwrap();
    let r = run_with(
        &[
            "validate",
            "--format",
            "json",
            "--now",
            NOW,
            "-",
            &fixture("request-text.json"),
        ],
        Some(body),
    );
    assert_eq!(r.code, 0);
    let objs = r.json_lines();
    assert_eq!(objs[0]["file"], "-");
    assert_eq!(objs[0]["valid"], true);
}

// ---- options ---------------------------------------------------------------------------

#[test]
fn kind_events_on_an_events_body() {
    let events = fixture("events.json");
    let r = validate(&["--kind", "events", &events]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = validate(&["--kind", "request", &events]);
    assert_eq!(r.code, 1, "an events body is not a send request");
    assert!(r.stdout.contains("(root): error: "), "{}", r.stdout);
    assert!(r.stdout.contains("[field.required]"));
    let r = validate(&["--kind=events", &fixture("request-text.json")]);
    assert_eq!(r.code, 1);
}

#[test]
fn events_are_detected_from_the_top_level_member() {
    let dir = TempDir::new("detect");
    let bad_event = dir.file(
        "seen-without-id.json",
        br#"{"events":[{"sender":"DemoSender","destinations":[{"to":"441134960001"}],"content":{"type":"SEEN"}}]}"#,
    );
    let r = validate(&["--format", "json", &bad_event]);
    assert_eq!(r.code, 1);
    let obj = &r.json_lines()[0];
    assert_eq!(obj["issues"][0]["path"], "/events/0/content");
    assert_eq!(obj["issues"][0]["code"], "field.required");
    assert!(obj["issues"][0]["message"]
        .as_str()
        .unwrap()
        .contains("messageId"));
}

#[test]
fn strict_turns_an_unknown_field_warning_into_an_error() {
    let path = fixture("request-unknown-field.json");
    let r = validate(&[&path]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.starts_with("/messages/0/priority: warning: "),
        "{}",
        r.stdout
    );
    let r = validate(&["--strict", &path]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.starts_with("/messages/0/priority: error: "),
        "{}",
        r.stdout
    );
    assert!(r.stdout.ends_with(&format!("{path}: invalid: 1 error\n")));
}

#[test]
fn now_drives_the_date_rules() {
    // sendAt is 2027-01-05T10:00:00.000+0000.
    let path = fixture("request-text.json");
    let r = run(&["validate", "--now", "2027-01-01T00:00:00Z", &path]);
    assert_eq!(r.code, 0);
    let r = run(&["validate", "--now", "2026-01-01T00:00:00.000+0000", &path]);
    assert_eq!(r.code, 1, "more than 180 days ahead");
    assert!(
        r.stdout.starts_with("/options/schedule/sendAt: error: "),
        "{}",
        r.stdout
    );
}

#[test]
fn default_clock_is_used_without_now() {
    let r = run(&["validate", &fixture("request-card.json")]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

// ---- usage and unreadable input: exit 2 --------------------------------------------------

#[test]
fn help_and_version_exit_0() {
    for args in [&["--help"][..], &["help"], &["-h"]] {
        let r = run(args);
        assert_eq!(r.code, 0);
        assert!(r.stdout.contains("rcs-kit validate"), "{}", r.stdout);
    }
    for args in [&["validate", "--help"][..], &["help", "validate"]] {
        let r = run(args);
        assert_eq!(r.code, 0);
        assert!(r.stdout.contains("--format text|json"));
        assert!(r.stdout.contains("Exit status"));
    }
    let r = run(&["--version"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, format!("rcs-kit {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2_with_a_usage_on_stderr() {
    let file = fixture("request-text.json");
    let cases: &[(&[&str], &str)] = &[
        (&[], "no command"),
        (&["check", &file], "unknown command `check`"),
        (&["--bogus"], "unknown option `--bogus`"),
        (&["validate"], "no FILE"),
        (&["validate", "--bogus", &file], "unknown option `--bogus`"),
        (&["validate", &file, "--format"], "`--format` needs a value"),
        (&["validate", "--format", "xml", &file], "`xml`"),
        (&["validate", "--kind", "message", &file], "`message`"),
    ];
    for (args, expected) in cases {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains(expected), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("Usage: rcs-kit validate"), "{}", r.stderr);
    }
}

#[test]
fn bad_now_exits_2() {
    for now in ["yesterday", "2027-01-01", "2027-02-30T00:00:00Z", ""] {
        let r = run(&["validate", "--now", now, &fixture("request-text.json")]);
        assert_eq!(r.code, 2, "{now}");
        assert_eq!(r.stdout, "");
        assert!(r.stderr.contains("`--now`"), "{}", r.stderr);
        assert!(r.stderr.contains("not a date-time"), "{}", r.stderr);
    }
}

#[test]
fn missing_file_and_directory_exit_2_and_the_others_are_still_checked() {
    let dir = TempDir::new("missing");
    let missing = dir.path().join("nope.json");
    let missing = missing.to_str().unwrap();
    let r = validate(&[missing]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.contains(missing) && r.stderr.contains("no such file"),
        "{}",
        r.stderr
    );

    let d = dir.path().to_str().unwrap();
    let r = validate(&[d]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("directory"), "{}", r.stderr);

    let bad = fixture("request-invalid.json");
    let r = validate(&[missing, &bad]);
    assert_eq!(r.code, 2, "unreadable input wins over invalid input");
    assert!(r.stdout.contains(&format!("{bad}: invalid: 2 errors")));
}

#[test]
fn a_closed_stdout_is_not_a_crash() {
    // 1,500 bad suggestions give 1,000 issues, far more than a pipe buffer holds.
    let dir = TempDir::new("pipe");
    let bad = r#"{"type":"REPLY","text":"","postbackData":""},"#.repeat(1500);
    let path = dir.file(
        "many.json",
        text_body("Hi", bad.trim_end_matches(',')).as_bytes(),
    );
    let mut child = Command::new(BIN)
        .args(["validate", "--now", NOW, &path])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---- hostile inputs: exit 1 or 2 with a message, in time, no crash --------------------------

/// Validates `bytes` as a file and as standard input; both must report `code` with exit 1.
fn hostile(name: &str, bytes: &[u8], code: &str) {
    let dir = TempDir::new(name);
    let path = dir.file(&format!("{name}.json"), bytes);
    let r = validate(&["--format", "json", &path]);
    assert_eq!(r.code, 1, "{name}: {}{}", r.stdout, r.stderr);
    let obj = &r.json_lines()[0];
    assert_eq!(obj["valid"], false, "{name}");
    let issues = obj["issues"].as_array().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| i["code"] == code && i["severity"] == "error"),
        "{name}: no {code} in {obj}"
    );
    assert!(
        issues
            .iter()
            .all(|i| !i["message"].as_str().unwrap().is_empty()),
        "{name}: an empty message"
    );
    let r = run_with(&["validate", "--now", NOW, "-"], Some(bytes.to_vec()));
    assert_eq!(r.code, 1, "{name} on stdin: {}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&format!("[{code}]")),
        "{name}: {}",
        r.stdout
    );
    assert!(r.stdout.contains("<stdin>: invalid: "), "{name}");
}

#[test]
fn hostile_not_json() {
    hostile("not-json", b"this is not JSON", "json.syntax");
    hostile("truncated", br#"{"messages":[{"sender":"#, "json.syntax");
    hostile("empty", b"", "json.syntax");
}

#[test]
fn hostile_invalid_utf8() {
    hostile(
        "utf8",
        b"{\"messages\":[{\"sender\":\"\xff\xfe\x80\"}]}",
        "json.invalid_utf8",
    );
}

#[test]
fn hostile_deep_nesting() {
    hostile(
        "deep-arrays",
        "[".repeat(100_000).as_bytes(),
        "json.too_deep",
    );
    let objects = "{\"a\":".repeat(100_000);
    hostile("deep-objects", objects.as_bytes(), "json.too_deep");
}

#[test]
fn hostile_20_mb_string() {
    let body = format!("{{\"messages\":\"{}\"}}", "a".repeat(20 * 1024 * 1024));
    hostile("big-string", body.as_bytes(), "request.too_large");
}

#[test]
fn hostile_100_000_suggestions() {
    let one = r#"{"type":"REPLY","text":"Yes","postbackData":"yes"},"#.repeat(100_000);
    let body = text_body("Pick one", one.trim_end_matches(','));
    assert!(body.len() < 10 * 1024 * 1024);
    hostile(
        "suggestions",
        body.as_bytes(),
        "content.suggestions.too_many",
    );
}

#[test]
fn hostile_50_000_messages() {
    let message = r#"{"sender":"DemoSender","destinations":[{"to":"441134960001","messageId":"an-id-of-some-length-0123456789"}],"content":{"type":"TEXT","text":"A message long enough that fifty thousand of them are more than ten megabytes."}},"#;
    let body = format!(
        "{{\"messages\":[{}]}}",
        message.repeat(50_000).trim_end_matches(',')
    );
    assert!(body.len() > 10 * 1024 * 1024);
    hostile("messages", body.as_bytes(), "request.too_large");
}

#[test]
fn hostile_huge_number() {
    let body = r#"{"messages":[{"sender":"DemoSender","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Map","suggestions":[{"type":"SHOW_LOCATION","text":"Map","postbackData":"map","latitude":1e999,"longitude":0}]}}]}"#;
    hostile("1e999", body.as_bytes(), "json.number_out_of_range");
}

#[test]
fn hostile_duplicate_keys() {
    let body = r#"{"messages":[{"sender":"A","sender":"B","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;
    hostile("duplicates", body.as_bytes(), "json.duplicate_key");
}

#[test]
fn hostile_nul_bytes() {
    hostile(
        "nul-raw",
        b"{\"messages\":[{\"sender\":\"A\0B\"}]}",
        "json.syntax",
    );
    hostile("nul-after", b"{\"messages\":[]}\0", "json.syntax");
}

#[test]
fn hostile_lone_surrogate() {
    let body = r#"{"messages":[{"sender":"\ud800","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;
    hostile("surrogate", body.as_bytes(), "json.lone_surrogate");
}

#[test]
fn control_characters_from_the_input_are_escaped_in_text() {
    let dir = TempDir::new("escape");
    let path = dir.file(
        "esc.json",
        br#"{"messages":[{"sender":"DemoSender","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"},"x\u001b[2J":1,"x\u001b[2J":2}]}"#,
    );
    let r = validate(&[&path]);
    assert_eq!(r.code, 1);
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    assert!(r.stdout.contains("[json.duplicate_key]"));
}

// ---- migrate ----------------------------------------------------------------------

fn legacy_fixture(path: &str) -> String {
    format!(
        "{}/tests/fixtures/legacy/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn webhook_fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/webhooks/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn migrate_prints_the_request_on_stdout_and_the_notes_on_stderr() {
    let r = run(&["migrate", &legacy_fixture("valid/validity-days.json")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(legacy_fixture("expected/validity-days.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(printed, expected);
    assert!(
        r.stdout.starts_with("{\n  \"messages\": [\n"),
        "{}",
        r.stdout
    );
    let first = r.stderr.lines().next().unwrap();
    assert_eq!(
        first,
        "/validityPeriod: a validity of 3 DAYS (72 hours) is over 48 hours: migrated, but the v2 API sets it to 48 hours"
    );
    // The validator's own warning about the same validity follows, with its v2 path.
    assert!(
        r.stderr
            .contains("/messages/0/options/validityPeriod: warning:"),
        "{}",
        r.stderr
    );
}

#[test]
fn migrate_without_notes_writes_nothing_to_stderr() {
    let r = run(&["migrate", &legacy_fixture("valid/conftest-text.json")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    // What migrate prints, validate accepts.
    let dir = TempDir::new("migrated");
    let path = dir.file("v2.json", r.stdout.as_bytes());
    assert_eq!(validate(&[&path]).code, 0);
    assert_eq!(printed["messages"][0]["sender"], "myRcsSender");
}

#[test]
fn migrate_reads_standard_input() {
    let body = std::fs::read(legacy_fixture("valid/bulk.json")).unwrap();
    let r = run_with(&["migrate", "-"], Some(body));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(printed["messages"].as_array().unwrap().len(), 3);
}

#[test]
fn migrate_reports_what_it_left_out_and_still_exits_0() {
    let r = run(&[
        "migrate",
        &legacy_fixture("lossy/dial-phone-without-number.json"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("/content/suggestions/0: a DIAL_PHONE suggestion without `phoneNumber`"),
        "{}",
        r.stderr
    );
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        printed["messages"][0]["content"]["suggestions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn migrate_exits_1_for_what_is_not_a_legacy_body() {
    for name in [
        "not-legacy/v2-request.json",
        "not-legacy/truncated.json",
        "not-legacy/array.json",
    ] {
        let r = run(&["migrate", &legacy_fixture(name)]);
        assert_eq!(r.code, 1, "{name}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{name}");
        assert!(
            r.stderr
                .contains("is not a legacy /ott/rcs/1/message body: nothing migrated"),
            "{name}: {}",
            r.stderr
        );
    }
    let r = run_with(&["migrate", "-"], Some(vec![0xff, 0xfe]));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not UTF-8"), "{}", r.stderr);
}

#[test]
fn migrate_exits_1_when_the_request_is_invalid_and_sender_fixes_it() {
    let path = legacy_fixture("needs-sender/dev-hub-example.json");
    let r = run(&["migrate", &path]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines[0].starts_with("(root): no `from`"), "{}", r.stderr);
    assert!(
        lines[1].starts_with("rcs-kit: the request migrated from"),
        "{}",
        r.stderr
    );
    assert!(
        lines[2].starts_with("/messages/0: error: ") && lines[2].ends_with("[field.required]"),
        "{}",
        r.stderr
    );

    let r = run(&["migrate", "--sender", "DemoSender", &path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(printed["messages"][0]["sender"], "DemoSender");
    assert!(r.stderr.starts_with("(root): no `from`"), "{}", r.stderr);
}

#[test]
fn migrate_usage_and_unreadable_input_exit_2() {
    for args in [
        &["migrate"][..],
        &["migrate", "a.json", "b.json"][..],
        &["migrate", "--sender"][..],
        &["migrate", "--format", "json", "a.json"][..],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "");
        assert!(
            r.stderr.contains("Usage: rcs-kit migrate"),
            "{args:?}: {}",
            r.stderr
        );
    }
    let dir = TempDir::new("migrate-missing");
    let missing = dir.path().join("nope.json");
    let r = run(&["migrate", missing.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cannot read") && r.stderr.contains("no such file"));
    let r = run(&["migrate", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, 2);

    let r = run(&["migrate", "--help"]);
    assert_eq!(r.code, 0);
    assert!(r
        .stdout
        .starts_with("Usage: rcs-kit migrate [--sender NAME] FILE"));
    assert_eq!(run(&["help", "migrate"]).stdout, r.stdout);
}

// ---- inspect-webhook --------------------------------------------------------------

#[test]
fn inspect_webhook_prints_a_summary_and_exits_0_for_a_well_formed_webhook() {
    let r = run(&["inspect-webhook", &webhook_fixture("delivery-report.json")]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.stderr, "");
    let lines = r.lines();
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    assert_eq!(lines[0], "Delivery report, 2 results:");
    assert!(lines[1].starts_with("  441134960001 DELIVERED (RICH, 1 segment) via RCS"));
    assert!(lines[3].ends_with("delivery-report.json: well-formed delivery report"));
}

#[test]
fn inspect_webhook_warnings_keep_exit_0() {
    let r = run(&[
        "inspect-webhook",
        &webhook_fixture("unknown-values-delivery.json"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains(
        "/results/0/channel: warning: \"WHATSAPP\" is not a channel the spec lists (RCS, SMS, MMS); kept as is [enum.unknown]"
    ), "{}", r.stdout);
    assert!(r
        .lines()
        .last()
        .unwrap()
        .ends_with(": well-formed delivery report (8 warnings)"));
}

#[test]
fn inspect_webhook_exits_1_when_not_well_formed_or_unknown() {
    let r = run(&[
        "inspect-webhook",
        &webhook_fixture("invalid-location-out-of-range.json"),
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("/results/0/message/latitude: error: 95.5 is outside -90 to 90 [location.latitude.out_of_range]"), "{}", r.stdout);
    assert!(r
        .lines()
        .last()
        .unwrap()
        .ends_with(": MO message, not well-formed: 2 errors"));

    let r = run(&["inspect-webhook", &fixture("request-text.json")]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.starts_with("Not a known RCS webhook: "),
        "{}",
        r.stdout
    );
    assert!(r
        .lines()
        .last()
        .unwrap()
        .ends_with(": not a known RCS webhook"));

    let r = run_with(&["inspect-webhook", "-"], Some(b"{\"results\": [".to_vec()));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("[json.syntax]"), "{}", r.stdout);
    assert!(r.stdout.ends_with("<stdin>: not a known RCS webhook\n"));

    let r = run_with(&["inspect-webhook", "-"], Some(vec![b'{', 0xff, b'}']));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("[json.invalid_utf8]"), "{}", r.stdout);
}

#[test]
fn inspect_webhook_reads_standard_input() {
    let body = std::fs::read(webhook_fixture("typing.json")).unwrap();
    let r = run_with(&["inspect-webhook", "-"], Some(body));
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(
        r.stdout,
        "Typing indicator, 1 result (42 pending):\n  441134960001 is typing to DemoSender at 2025-02-06T15:35:12.123+0000\n<stdin>: well-formed typing indicator\n"
    );
}

#[test]
fn inspect_webhook_usage_and_unreadable_input_exit_2() {
    for args in [
        &["inspect-webhook"][..],
        &["inspect-webhook", "a.json", "b.json"][..],
        &["inspect-webhook", "--strict", "a.json"][..],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(
            r.stderr.contains("Usage: rcs-kit inspect-webhook FILE"),
            "{}",
            r.stderr
        );
    }
    let dir = TempDir::new("inspect-missing");
    let r = run(&[
        "inspect-webhook",
        dir.path().join("nope.json").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("no such file"));

    let r = run(&["inspect-webhook", "--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("Usage: rcs-kit inspect-webhook FILE"));
}

#[test]
fn the_main_help_lists_migrate_and_inspect_webhook() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("rcs-kit migrate [--sender NAME] FILE"));
    assert!(r.stdout.contains("rcs-kit inspect-webhook FILE"));
    let r = run(&["frobnicate"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`migrate`") && r.stderr.contains("`inspect-webhook`"));
}

#[test]
fn billing_prints_predictions_and_sms_parts() {
    let dir = std::env::temp_dir().join(format!("rcs-kit-billing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("b.json");
    std::fs::write(&file, r#"{"messages":[{"sender":"S","destinations":[{"to":"12025550100"}],"content":{"type":"TEXT","text":"Hi"}},{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi","suggestions":[{"type":"REPLY","text":"Y","postbackData":"y"}]},"options":{"smsFailover":{"text":"Привет"}}}]}"#).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit"))
        .arg("billing")
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("/messages/0: RICH, 1 segment (US model)"),
        "{text}"
    );
    assert!(
        text.contains("/messages/1: SINGLE (global model): text with 1 suggestion"),
        "{text}"
    );
    assert!(
        text.contains(
            "/messages/1/options/smsFailover/text: 1 SMS part (UCS-2, 6 units, 70 per part)"
        ),
        "{text}"
    );
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit"))
        .args(["billing", "--market", "eu"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn single_file_commands_reject_a_body_over_10_mb_from_its_size_with_a_readable_message() {
    let dir = TempDir::new("big-single");
    let path = dir.0.join("big.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(11 * 1024 * 1024)
        .unwrap();
    let path = path.to_string_lossy().into_owned();
    for (cmd, says) in [
        ("billing", "is over the API's 10 MB request limit\n"),
        (
            "migrate",
            "not migrated\n(root): error: the body has more than",
        ),
        ("inspect-webhook", "is over 10 MB: not read"),
    ] {
        let r = run(&[cmd, &path]);
        assert_eq!(r.code, 1, "{cmd}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{cmd}: {}", r.stderr);
        assert!(
            r.stderr.ends_with('\n') && !r.stderr.contains("\\u{a}"),
            "{cmd}: {:?}",
            r.stderr
        );
    }
}
