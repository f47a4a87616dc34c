//! Hostile inputs: exit 1 or 2 with a message, in time, no crash.

use crate::common::{run, run_with, text_body, validate, TempDir, NOW};

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
