//! Legacy `/ott/rcs/1/message` bodies migrated to `/rcs/2/messages` requests
//! (`rcs_kit::legacy`), on the fixtures of `tests/fixtures/legacy/`:
//!
//! * `valid/NAME.json`: valid legacy bodies; the request must equal
//!   `expected/NAME.json`, pass the validator with no error, and give exactly the notes
//!   of `valid/NAME.notes` (none when there is no such file).
//! * `lossy/NAME.json`: valid legacy bodies with something v2 cannot take; the request
//!   must still pass the validator, and the notes must be exactly `lossy/NAME.notes`.
//! * `not-legacy/NAME.json`: no request, and an error note.
//! * `needs-sender/NAME.json`: no `from`; valid only with `MigrateOptions::sender`.
//!
//! A `.notes` file has one `severity path` line per note (a multiset), `#` comments.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::legacy::{migrate, migrate_value, migrate_with, MigrateOptions, Migration, Note};
use rcs_kit::{validate_str, Options, Severity};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

/// 2027-01-01T00:00:00Z, as the shared fixtures.
const NOW: i64 = 1_798_761_600_000;

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/legacy")
        .join(name)
}

/// `(stem, text)` of every `.json` file of a fixture folder, sorted.
fn fixtures(folder: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(dir(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixtures in {folder}/");
    out
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The notes as sorted `severity path` lines.
fn note_lines(notes: &[Note]) -> Vec<String> {
    let mut v: Vec<String> = notes
        .iter()
        .map(|n| format!("{} {}", severity(n.severity), n.path))
        .collect();
    v.sort();
    v
}

/// The sorted lines of `folder/stem.notes`, or none.
fn expected_notes(folder: &str, stem: &str) -> Vec<String> {
    let path = dir(folder).join(format!("{stem}.notes"));
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut v: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    v.sort();
    v
}

/// Fails unless the request is there and has no validation error, both as a value and
/// as the text `to_pretty` prints.
fn assert_valid(name: &str, m: &Migration) {
    let report = m
        .validate(&Options::at(NOW))
        .unwrap_or_else(|| panic!("{name}: no request; notes: {:?}", m.notes));
    assert!(report.is_valid(), "{name}: invalid request:\n{report}");
    let text = m.to_pretty().unwrap();
    let report = validate_str(&text, &Options::at(NOW));
    assert!(
        report.is_valid(),
        "{name}: printed request invalid:\n{report}"
    );
    let back: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        Some(&back),
        m.request.as_ref(),
        "{name}: to_pretty changed it"
    );
}

#[test]
fn valid_legacy_bodies_give_the_expected_valid_requests() {
    let all = fixtures("valid");
    assert!(all.len() >= 8);
    for (name, text) in all {
        let m = migrate(&text);
        assert_valid(&name, &m);
        let expected: Value = serde_json::from_str(
            &fs::read_to_string(dir("expected").join(format!("{name}.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(
            m.request.as_ref().unwrap(),
            &expected,
            "{name}: got\n{}",
            m.to_pretty().unwrap()
        );
        assert_eq!(
            note_lines(&m.notes),
            expected_notes("valid", &name),
            "{name}: {:?}",
            m.notes
        );
    }
}

#[test]
fn lossy_bodies_still_give_valid_requests_and_say_what_was_left_out() {
    for (name, text) in fixtures("lossy") {
        let m = migrate(&text);
        assert_valid(&name, &m);
        let expected = expected_notes("lossy", &name);
        assert!(!expected.is_empty(), "{name}: no .notes file");
        assert_eq!(note_lines(&m.notes), expected, "{name}: {:?}", m.notes);
        assert!(m.notes.iter().all(|n| !n.message.is_empty()));
    }
}

#[test]
fn what_is_not_a_legacy_body_gives_no_request_and_an_error_note() {
    for (name, text) in fixtures("not-legacy") {
        let m = migrate(&text);
        assert!(m.request.is_none(), "{name}: migrated to {:?}", m.request);
        assert!(!m.is_migrated());
        assert!(m.validate(&Options::at(NOW)).is_none());
        assert!(m.to_pretty().is_none());
        assert!(
            m.notes.iter().any(|n| n.severity == Severity::Error),
            "{name}: {:?}",
            m.notes
        );
    }
}

#[test]
fn a_body_without_from_needs_a_sender() {
    for (name, text) in fixtures("needs-sender") {
        let m = migrate(&text);
        let report = m.validate(&Options::at(NOW)).unwrap();
        assert!(!report.is_valid(), "{name}");
        assert!(report
            .errors()
            .any(|i| i.code == "field.required" && i.path == "/messages/0"));
        assert_eq!(note_lines(&m.notes), ["error "], "{name}");
        assert!(m.notes[0].message.contains("requires `sender`"));

        let opts = MigrateOptions {
            sender: Some("DemoSender".into()),
        };
        let m = migrate_with(&text, &opts);
        assert_valid(&name, &m);
        assert_eq!(
            m.request.as_ref().unwrap()["messages"][0]["sender"],
            "DemoSender"
        );
        assert_eq!(note_lines(&m.notes), ["warning "], "{name}");
    }
}

#[test]
fn the_shared_legacy_fixture_migrates_to_a_valid_request() {
    // tests/fixtures/invalid/legacy-v1-body.json: the v2 validator rejects it as it is.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/legacy-v1-body.json");
    let text = fs::read_to_string(path).unwrap();
    assert!(!validate_str(&text, &Options::at(NOW)).is_valid());
    let m = migrate(&text);
    assert_valid("legacy-v1-body", &m);
    assert!(m.notes.is_empty(), "{:?}", m.notes);
}

#[test]
fn a_migrated_request_is_not_migrated_again() {
    let m = migrate(&fs::read_to_string(dir("valid").join("bulk.json")).unwrap());
    let again = migrate(&m.to_pretty().unwrap());
    assert!(again.request.is_none());
    assert!(again.notes[0]
        .message
        .contains("already a /rcs/2/messages request"));
}

fn one(legacy: Value) -> (Value, Vec<Note>) {
    let m = migrate_value(&legacy, &MigrateOptions::default());
    let request = m
        .request
        .unwrap_or_else(|| panic!("not migrated: {:?}", m.notes));
    (request["messages"][0].clone(), m.notes)
}

fn text_body(extra: Value) -> Value {
    let mut body = json!({"from": "S", "to": "385977666618",
                          "content": {"type": "TEXT", "text": "Hi"}});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

#[test]
fn validity_units_convert_and_warn_over_48_hours() {
    let cases = [
        (
            json!(48),
            Some("HOURS"),
            json!({"amount": 48, "timeUnit": "HOURS"}),
            false,
        ),
        (
            json!(49),
            Some("HOURS"),
            json!({"amount": 49, "timeUnit": "HOURS"}),
            true,
        ),
        (
            json!(2),
            Some("DAYS"),
            json!({"amount": 48, "timeUnit": "HOURS"}),
            false,
        ),
        (
            json!(7),
            Some("DAYS"),
            json!({"amount": 168, "timeUnit": "HOURS"}),
            true,
        ),
        (json!(2880), None, json!({"amount": 2880}), false),
        // An integral number with a fraction is that integer, as the API reads it.
        (
            json!(30.0),
            Some("MINUTES"),
            json!({"amount": 30, "timeUnit": "MINUTES"}),
            false,
        ),
        (
            json!(2.0),
            Some("DAYS"),
            json!({"amount": 48, "timeUnit": "HOURS"}),
            false,
        ),
        (json!(2881), None, json!({"amount": 2881}), true),
        (
            json!(172_800),
            Some("SECONDS"),
            json!({"amount": 172_800, "timeUnit": "SECONDS"}),
            false,
        ),
        (
            json!(3000),
            Some("MINUTES"),
            json!({"amount": 3000, "timeUnit": "MINUTES"}),
            true,
        ),
    ];
    for (amount, unit, expected, warns) in cases {
        let mut extra = json!({"validityPeriod": amount});
        if let Some(u) = unit {
            extra["validityPeriodTimeUnit"] = json!(u);
        }
        let (msg, notes) = one(text_body(extra));
        assert_eq!(
            msg["options"]["validityPeriod"], expected,
            "{amount} {unit:?}"
        );
        if warns {
            assert_eq!(
                note_lines(&notes),
                ["warning /validityPeriod"],
                "{amount} {unit:?}"
            );
            assert!(notes[0].message.contains("sets it to 48 hours"));
        } else {
            assert!(notes.is_empty(), "{amount} {unit:?}: {notes:?}");
        }
    }
    let (_, notes) = one(text_body(
        json!({"validityPeriod": 3, "validityPeriodTimeUnit": "DAYS"}),
    ));
    assert_eq!(
        notes[0].to_string(),
        "/validityPeriod: a validity of 3 DAYS (72 hours) is over 48 hours: migrated, but the v2 API sets it to 48 hours"
    );
}

#[test]
fn validity_that_cannot_be_mapped_is_left_out_with_a_note() {
    let cases = [
        (
            json!({"validityPeriodTimeUnit": "HOURS"}),
            "warning /validityPeriodTimeUnit",
        ),
        (json!({"validityPeriod": "15"}), "error /validityPeriod"),
        (
            json!({"validityPeriod": 1.5, "validityPeriodTimeUnit": "HOURS"}),
            "error /validityPeriod",
        ),
        (
            json!({"validityPeriod": 1, "validityPeriodTimeUnit": 3}),
            "error /validityPeriodTimeUnit",
        ),
        (
            json!({"validityPeriod": 1, "validityPeriodTimeUnit": "hours"}),
            "error /validityPeriodTimeUnit",
        ),
        (
            json!({"validityPeriod": i64::MAX, "validityPeriodTimeUnit": "DAYS"}),
            "error /validityPeriod",
        ),
    ];
    for (extra, note) in cases {
        let (msg, notes) = one(text_body(extra.clone()));
        assert!(msg.get("options").is_none(), "{extra}: {msg}");
        assert_eq!(note_lines(&notes), [note], "{extra}");
    }
}

#[test]
fn sms_failover_maps_from_and_its_own_validity() {
    let (msg, notes) = one(text_body(json!({"smsFailover": {
        "from": "InfoSMS", "text": "Hi by SMS", "validityPeriod": 4, "validityPeriodTimeUnit": "DAYS"}})));
    assert_eq!(
        msg["options"]["smsFailover"],
        json!({"sender": "InfoSMS", "text": "Hi by SMS", "validityPeriod": {"amount": 96, "timeUnit": "HOURS"}})
    );
    assert_eq!(note_lines(&notes), ["warning /smsFailover/validityPeriod"]);

    // The community Python SDK's spelling.
    let (msg, notes) = one(text_body(
        json!({"smsFailOver": {"from": "InfoSMS", "text": "Hi"}}),
    ));
    assert_eq!(
        msg["options"]["smsFailover"],
        json!({"sender": "InfoSMS", "text": "Hi"})
    );
    assert_eq!(note_lines(&notes), ["warning /smsFailOver"]);

    let (msg, notes) = one(text_body(json!({"smsFailover": "Hi"})));
    assert!(msg.get("options").is_none());
    assert_eq!(note_lines(&notes), ["error /smsFailover"]);
}

#[test]
fn webhooks_members_map_to_the_webhooks_object() {
    let (msg, notes) = one(text_body(json!({
        "notifyUrl": "https://example.com/dlr", "notifyContentType": "application/xml",
        "callbackData": "x=1"})));
    assert_eq!(
        msg["webhooks"],
        json!({"delivery": {"url": "https://example.com/dlr"}, "contentType": "application/xml", "callbackData": "x=1"})
    );
    assert!(notes.is_empty());
    let (msg, _) = one(text_body(json!({"callbackData": "only"})));
    assert_eq!(msg["webhooks"], json!({"callbackData": "only"}));
}

#[test]
fn every_legacy_suggestion_type_maps_to_itself() {
    let suggestions = json!([
        {"type": "REPLY", "text": "A", "postbackData": "a"},
        {"type": "OPEN_URL", "text": "B", "postbackData": "b", "url": "https://example.com"},
        {"type": "DIAL_PHONE", "text": "C", "postbackData": "c", "phoneNumber": "385977666000"},
        {"type": "SHOW_LOCATION", "text": "D", "postbackData": "d", "latitude": 45.8, "longitude": 15.9, "label": "Here"},
        {"type": "REQUEST_LOCATION", "text": "E", "postbackData": "e"}
    ]);
    for content in [
        json!({"type": "TEXT", "text": "Hi", "suggestions": suggestions}),
        json!({"type": "FILE", "file": {"url": "https://example.com/a.jpg"}, "suggestions": suggestions}),
        json!({"type": "CARD", "orientation": "HORIZONTAL", "alignment": "RIGHT",
               "content": {"title": "T", "suggestions": suggestions.as_array().unwrap()[..4]},
               "suggestions": suggestions}),
    ] {
        let (msg, notes) = one(json!({"from": "S", "to": "385977666618", "content": content}));
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(msg["content"], content);
    }
}

#[test]
fn suggestions_left_out_are_noted_and_an_emptied_list_is_dropped() {
    let (msg, notes) = one(json!({"from": "S", "to": "385977666618", "content": {
        "type": "TEXT", "text": "Hi", "suggestions": [
            {"type": "DIAL_PHONE", "text": "Call", "postbackData": "c"},
            {"type": "SHARE", "text": "x", "postbackData": "x"},
            "REPLY",
            {"text": "no type", "postbackData": "y"}]}}));
    assert!(msg["content"].get("suggestions").is_none(), "{msg}");
    assert_eq!(
        note_lines(&notes),
        [
            "error /content/suggestions/0",
            "error /content/suggestions/1/type",
            "error /content/suggestions/2",
            "error /content/suggestions/3"
        ]
    );
    // An empty list stays empty.
    let (msg, notes) = one(json!({"from": "S", "to": "385977666618",
        "content": {"type": "TEXT", "text": "Hi", "suggestions": []}}));
    assert_eq!(msg["content"]["suggestions"], json!([]));
    assert!(notes.is_empty());
}

#[test]
fn content_forms() {
    // The pre-2020 key, and a content without `type` that has a text.
    let (msg, notes) =
        one(json!({"from": "S", "to": "385977666618", "message": {"text": "Hello world!"}}));
    assert_eq!(
        msg["content"],
        json!({"type": "TEXT", "text": "Hello world!"})
    );
    assert_eq!(note_lines(&notes), ["warning /message"]);

    // Both keys: `content` wins, `message` is noted.
    let (msg, notes) = one(json!({"from": "S", "to": "385977666618",
        "content": {"type": "TEXT", "text": "new"}, "message": {"type": "TEXT", "text": "old"}}));
    assert_eq!(msg["content"]["text"], "new");
    assert_eq!(note_lines(&notes), ["error /message"]);

    // A bare URL string for a file.
    let (msg, notes) = one(json!({"from": "S", "to": "385977666618",
        "content": {"type": "FILE", "file": "https://example.com/a.pdf"}}));
    assert_eq!(
        msg["content"]["file"],
        json!({"url": "https://example.com/a.pdf"})
    );
    assert_eq!(note_lines(&notes), ["warning /content/file"]);

    // Content types v2 does not have.
    for ty in ["LOCATION", "INDIA_TEMPLATES", "PROVIDER_TEMPLATE"] {
        let m = migrate_value(
            &json!({"from": "S", "to": "385977666618", "content": {"type": ty}}),
            &MigrateOptions::default(),
        );
        assert!(m.request.as_ref().unwrap()["messages"][0]
            .get("content")
            .is_none());
        assert_eq!(note_lines(&m.notes), ["error /content/type"]);
        assert!(!m.validate(&Options::at(NOW)).unwrap().is_valid());
    }

    // A HORIZONTAL card without alignment cannot be guessed: the request is invalid.
    let m = migrate(
        r#"{"from":"S","to":"385977666618","content":{"type":"CARD","orientation":"HORIZONTAL","content":{"title":"T"}}}"#,
    );
    assert!(m.notes.is_empty());
    let report = m.validate(&Options::at(NOW)).unwrap();
    assert!(report
        .errors()
        .any(|i| i.path == "/messages/0/content" && i.code == "field.required"));
}

#[test]
fn bulk_bodies() {
    let m = migrate(
        r#"{"messages":[{"from":"S","to":"385977666618","content":{"type":"TEXT","text":"1"}},
        5, {"from":"S","to":"385977666619","content":{"type":"TEXT","text":"2"}}], "bulkId": "b-1"}"#,
    );
    let request = m.request.clone().unwrap();
    assert_eq!(request["messages"].as_array().unwrap().len(), 2);
    assert_eq!(note_lines(&m.notes), ["error /bulkId", "error /messages/1"]);
    assert_valid("bulk", &m);

    let m = migrate(r#"{"messages":[1, 2]}"#);
    assert!(m.request.is_none());
    let m = migrate(r#"{"messages":{"to":"385977666618"}}"#);
    assert!(m.request.is_none());
    assert_eq!(m.notes[0].path, "/messages");
}

#[test]
fn json_problems_are_notes_with_their_place() {
    let m = migrate(
        r#"{"from":"S","to":"385977666618","to":"385977666619","content":{"type":"TEXT","text":"Hi"}}"#,
    );
    assert_eq!(
        m.request.as_ref().unwrap()["messages"][0]["destinations"][0]["to"],
        "385977666619"
    );
    assert_eq!(note_lines(&m.notes), ["error /to"]);
    assert!(m.notes[0].message.contains("more than once"));

    let m = migrate("{\"from\": ");
    assert!(m.request.is_none());
    assert!(m.notes[0].message.starts_with("not JSON"));
    assert!(m.notes[0].message.contains("line 1"));
}

#[test]
fn pretty_output_keeps_the_api_order() {
    let m = migrate(&fs::read_to_string(dir("valid").join("conftest-text.json")).unwrap());
    let text = m.to_pretty().unwrap();
    let at = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
    assert!(at("sender") < at("destinations"));
    assert!(at("destinations") < at("content"));
    assert!(at("content") < at("options"));
    assert!(at("options") < at("webhooks"));
    assert!(text.starts_with("{\n  \"messages\": [\n    {\n      \"sender\": \"myRcsSender\""));
}

#[test]
fn note_display() {
    let m = migrate("[]");
    assert_eq!(
        m.notes[0].to_string(),
        "(root): not a legacy /ott/rcs/1/message body: it is an array, not an object"
    );
}

/// Every JSON pointer of `v`'s values, the root excluded.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    let children: Vec<(String, &Value)> = match v {
        Value::Object(m) => m
            .iter()
            .map(|(k, x)| (k.replace('~', "~0").replace('/', "~1"), x))
            .collect(),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, x)| (i.to_string(), x))
            .collect(),
        _ => Vec::new(),
    };
    for (k, x) in children {
        let p = format!("{at}/{k}");
        out.push(p.clone());
        pointers(x, p, out);
    }
}

#[test]
fn every_mutant_of_every_valid_fixture_migrates_or_says_why() {
    let replacements = [
        Value::Null,
        json!(-1),
        json!(1.5),
        json!(i64::MAX),
        json!("DAYS"),
        json!(true),
        json!([]),
        json!({}),
    ];
    let mut n = 0;
    for (name, text) in fixtures("valid") {
        let original: Value = serde_json::from_str(&text).unwrap();
        let mut all = Vec::new();
        pointers(&original, String::new(), &mut all);
        for p in &all {
            for r in &replacements {
                let mut mutant = original.clone();
                *mutant.pointer_mut(p).unwrap() = r.clone();
                let m = migrate(&mutant.to_string());
                n += 1;
                match &m.request {
                    Some(request) => {
                        // What is printed is what was built, and the validator can read it.
                        let text = m.to_pretty().unwrap();
                        assert_eq!(&serde_json::from_str::<Value>(&text).unwrap(), request);
                        let _ = m.validate(&Options::at(NOW)).unwrap();
                    }
                    None => assert!(
                        m.notes.iter().any(|x| x.severity == Severity::Error),
                        "{name} {p} := {r}: no request and no error note"
                    ),
                }
            }
        }
    }
    assert!(n > 1_500, "{n} mutants");
}
