//! `rcs-kit inspect-webhook`: a summary of an inbound webhook, its warnings and errors.

use crate::common::{fixture, run, run_with, TempDir};

fn webhook_fixture(name: &str) -> String {
    format!(
        "{}/../../tests/fixtures/webhooks/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

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
    assert!(r.stdout.contains("/results/0/message/latitude: error: `latitude` is 95.5, above the maximum of 90 degrees [location.latitude.out_of_range]"), "{}", r.stdout);
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
