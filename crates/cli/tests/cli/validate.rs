//! `rcs-kit validate`: valid and invalid files in text and JSON, several files, standard input.

use crate::common::{fixture, run_with, validate, NOW};
use serde_json::Value;

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

#[test]
fn market_selects_india_advice() {
    let dir = crate::common::TempDir::new("market");
    let uk = dir.file("uk.json", crate::common::text_body("Hi", "").as_bytes());
    let india = dir.file(
        "in.json",
        crate::common::text_body("Hi", "")
            .replace("441134960001", "+919876543210")
            .as_bytes(),
    );
    let codes = |args: &[&str]| -> Vec<String> {
        let r = validate(args);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        r.lines()
            .iter()
            .filter_map(|l| {
                l.rsplit_once(" [")
                    .map(|(_, c)| c.trim_end_matches(']').to_owned())
            })
            .collect()
    };
    let template = vec!["india.template.required".to_string()];
    assert_eq!(codes(&["--advice", &india]), template);
    assert_eq!(codes(&["--advice", "--market", "auto", &india]), template);
    assert!(codes(&["--advice", &uk]).is_empty());
    assert_eq!(codes(&["--advice", "--market", "IN", &uk]), template);
    assert_eq!(codes(&["--advice", "--market=in", &uk]), template);
    assert!(codes(&["--advice", "--market", "global", &india]).is_empty());
    // Regional rules are advice: nothing without --advice.
    assert!(codes(&["--market", "in", &uk]).is_empty());
    // With --strict the advice is an error.
    let r = validate(&["--advice", "--strict", "--market", "in", &uk]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let bad = validate(&["--market", "fr", &uk]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("auto, global, us or in"),
        "{}",
        bad.stderr
    );
}
