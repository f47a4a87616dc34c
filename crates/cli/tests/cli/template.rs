//! `rcs-kit template` through the binary: the sample, the worst case, the room table,
//! JSON output and exit statuses.

use crate::common::{run, run_with};

fn fixture(name: &str) -> String {
    format!(
        "{}/../../tests/fixtures/templates/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_valid_template_prints_the_room_left() {
    let r = run(&["template", &fixture("shipping.json")]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("/message/content/content/suggestions/0/text: 18 of 25 characters at worst (6 fixed + 12 for orderId), 7 left"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.ends_with("shipping.json: valid template\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_worst_case_fails_with_the_variable_responsible() {
    let r = run(&[
        "template",
        "--format",
        "json",
        &fixture("shipping-worst-case.json"),
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let v = &r.json_lines()[0];
    assert_eq!(v["valid"], false);
    assert_eq!(v["issues"][0]["code"], "template.worst_case.too_long");
    assert_eq!(
        v["issues"][0]["path"],
        "/message/content/content/suggestions/1/text"
    );
    assert_eq!(v["issues"][0]["limit"], 25);
    assert_eq!(v["issues"][0]["actual"], 60);
    let over = v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "/message/content/content/suggestions/1/text")
        .unwrap();
    assert_eq!(over["left"], -35);
}

#[test]
fn unreadable_templates_and_usage() {
    let r = run_with(&["template", "-"], Some(b"{\"variables\": [".to_vec()));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("[json.syntax]"), "{}", r.stdout);
    let r = run(&["template"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Usage: rcs-kit template"), "{}", r.stderr);
    // strict: an unused variable becomes an error
    let body = br#"{"variables":[{"name":"to","sample":"441134960001","maxLength":15},{"name":"x","sample":"a","maxLength":1}],
      "message":{"sender":"S","content":{"type":"TEXT","text":"Hi"}}}"#;
    let r = run_with(&["template", "-"], Some(body.to_vec()));
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.contains("[template.variable.unused]"),
        "{}",
        r.stdout
    );
    let r = run_with(&["template", "--strict", "-"], Some(body.to_vec()));
    assert_eq!(r.code, 1, "{}", r.stdout);
}
