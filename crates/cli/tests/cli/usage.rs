//! Help, version, usage errors and unreadable input: exit 0 or 2, never a crash.

use crate::common::{fixture, run, text_body, validate, TempDir, BIN, NOW};
use std::process::{Command, Stdio};

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
