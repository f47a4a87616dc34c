//! `rcs-kit migrate`: legacy bodies to `/rcs/2/messages` on stdout, notes on stderr.

use crate::common::{run, run_with, validate, TempDir};
use serde_json::Value;

fn legacy_fixture(path: &str) -> String {
    format!(
        "{}/../../tests/fixtures/legacy/{path}",
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
