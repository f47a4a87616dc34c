//! Message templates: placeholders, the sample, the worst case, the empty case, and the
//! promise that the worst case is never below a real rendering.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use rcs_kit::template::{render_with, validate_template, TemplateReport};
use rcs_kit::{Options, Severity};
use serde_json::{json, Value};

const NOW: i64 = 1_798_761_600_000;

fn check(t: &Value) -> TemplateReport {
    validate_template(&t.to_string(), &Options::at(NOW))
}

fn codes(r: &TemplateReport) -> Vec<(String, String)> {
    r.report
        .issues()
        .iter()
        .map(|i| (i.code.to_string(), i.path.clone()))
        .collect()
}

fn vars(list: &[(&str, &str, usize)]) -> Value {
    let mut v: Vec<Value> = vec![json!({"name": "to", "sample": "441134960001", "maxLength": 15})];
    v.extend(
        list.iter()
            .map(|(n, s, m)| json!({"name": n, "sample": s, "maxLength": m})),
    );
    Value::Array(v)
}

fn text_template(text: &str, list: &[(&str, &str, usize)]) -> Value {
    json!({"variables": vars(list), "message": {"sender": "DemoSender",
        "content": {"type": "TEXT", "text": text}}})
}

#[test]
fn a_clean_template_has_no_issue_and_says_the_room_left() {
    let t = json!({"variables": vars(&[("firstName", "Ada", 40), ("orderId", "A-1042", 12)]),
        "message": {"sender": "DemoSender", "content": {"type": "TEXT",
            "text": "Hi {{firstName}}, order {{ orderId }} has shipped\nTrack it below",
            "suggestions": [{"type": "OPEN_URL", "text": "Track {{orderId}}", "postbackData": "track-{{orderId}}",
                "url": "https://example.com/t/{{orderId}}?n={{firstName}}"}]}}});
    let r = check(&t);
    assert_eq!(codes(&r), vec![], "{:?}", r.report.issues());
    let text = r
        .fields
        .iter()
        .find(|f| f.path == "/message/content/text")
        .unwrap();
    let fixed = "Hi , order  has shipped\nTrack it below".chars().count();
    assert_eq!(
        (text.fixed, text.worst, text.limit),
        (fixed, fixed + 52, 3072)
    );
    assert_eq!(text.variables, vec!["firstName", "orderId"]);
    let chip = r
        .fields
        .iter()
        .find(|f| f.path == "/message/content/suggestions/0/text")
        .unwrap();
    assert_eq!((chip.worst, chip.left()), (6 + 12, 25 - 18));
}

#[test]
fn the_worst_case_is_reported_with_the_variables_responsible() {
    // 25 characters for a chip: "Track " + 12 + "-" + 7 = 26 at worst, 17 with the samples
    let t = json!({"variables": vars(&[("orderId", "A-1042", 12), ("size", "XL", 7)]),
        "message": {"sender": "S", "content": {"type": "TEXT", "text": "Hi",
            "suggestions": [{"type": "REPLY", "text": "Track {{orderId}}-{{size}}", "postbackData": "p"}]}}});
    let r = check(&t);
    assert_eq!(
        codes(&r),
        vec![(
            "template.worst_case.too_long".into(),
            "/message/content/suggestions/0/text".into()
        )]
    );
    let i = &r.report.issues()[0];
    assert_eq!(i.severity, Severity::Error);
    assert!(i.message.contains("orderId 12, size 7"), "{}", i.message);
    assert!(
        i.message.contains("26 characters; at most 25"),
        "{}",
        i.message
    );
    assert_eq!(r.fields[0].left(), -1);
    // one less and it fits
    let t2 = json!({"variables": vars(&[("orderId", "A-1042", 11), ("size", "XL", 7)]),
        "message": t["message"].clone()});
    assert_eq!(codes(&check(&t2)), vec![]);
}

#[test]
fn placeholders_that_cannot_be_read_or_may_not_be_there() {
    let cases = [
        ("Hi {{firstName", "template.placeholder.unterminated"),
        ("Hi {{first name}}", "template.placeholder.invalid"),
        ("Hi {{lastName}}", "template.placeholder.undeclared"),
    ];
    for (text, code) in cases {
        let r = check(&text_template(text, &[("firstName", "Ada", 10)]));
        assert!(
            codes(&r).contains(&(code.into(), "/message/content/text".into())),
            "{text}: {:?}",
            codes(&r)
        );
    }
    // a URL's host, a date, the sender
    let t = json!({"variables": vars(&[("h", "example", 10), ("d", "2030", 4)]),
        "message": {"sender": "S{{h}}", "content": {"type": "TEXT", "text": "x",
            "suggestions": [
                {"type": "OPEN_URL", "text": "a", "postbackData": "a", "url": "https://{{h}}.com/x"},
                {"type": "CREATE_CALENDAR_EVENT", "text": "b", "postbackData": "b", "title": "t",
                 "startTime": "{{d}}-01-01T10:00:00.000+0000", "endTime": "2030-01-01T11:00:00.000+0000"}]}}});
    let got = codes(&check(&t));
    for want in [
        ("template.placeholder.not_allowed", "/message/sender"),
        (
            "template.placeholder.url_host",
            "/message/content/suggestions/0/url",
        ),
        (
            "template.placeholder.not_allowed",
            "/message/content/suggestions/1/startTime",
        ),
    ] {
        assert!(
            got.contains(&(want.0.into(), want.1.into())),
            "{want:?} in {got:?}"
        );
    }
}

#[test]
fn the_envelope_is_walked_like_any_body() {
    let t = json!({"variables": [
            {"name": "to", "sample": "441134960001", "maxLength": 15},
            {"name": "a", "sample": "toolong", "maxLength": 3},
            {"name": "a", "sample": "x", "maxLength": 3},
            {"name": "1st", "sample": "x", "maxLength": 3},
            {"name": "b", "sample": "", "maxLength": 3},
            {"name": "c", "maxLength": -1}],
        "message": {"sender": "S", "content": {"type": "TEXT", "text": "{{a}}{{b}}"}},
        "request": {"messages": []}});
    let got = codes(&check(&t));
    for want in [
        ("template.body.one_of", ""),
        ("template.variable.sample.too_long", "/variables/1/sample"),
        ("template.variable.duplicate", "/variables/2/name"),
        ("template.variable.name.invalid", "/variables/3/name"),
        ("template.variable.sample.empty", "/variables/4/sample"),
        ("field.required", "/variables/5"),
        (
            "template.variable.max_length.out_of_range",
            "/variables/5/maxLength",
        ),
        ("template.variable.unused", "/variables/3/name"),
    ] {
        assert!(
            got.contains(&(want.0.into(), want.1.into())),
            "{want:?} in {got:?}"
        );
    }
}

#[test]
fn the_empty_case_and_the_destination() {
    // `text` is required non-empty: with `note` empty it is empty
    let t = json!({"variables": [{"name": "to", "sample": "441134960001", "maxLength": 15},
            {"name": "note", "sample": "hello", "maxLength": 20, "allowEmpty": true}],
        "message": {"sender": "S", "content": {"type": "TEXT", "text": "{{note}}"}}});
    let got = codes(&check(&t));
    assert_eq!(
        got,
        vec![(
            "template.empty_case.invalid".into(),
            "/message/content/text".into()
        )]
    );
    // no `to` variable and no destinations
    let t = json!({"variables": [{"name": "n", "sample": "x", "maxLength": 2}],
        "message": {"sender": "S", "content": {"type": "TEXT", "text": "{{n}}"}}});
    let got = codes(&check(&t));
    assert!(
        got.contains(&("template.destination.undeclared".into(), "/message".into())),
        "{got:?}"
    );
    // a request with its own destinations needs no `to`
    let t = json!({"variables": [{"name": "n", "sample": "x", "maxLength": 2}],
        "request": {"messages": [{"sender": "S", "destinations": [{"to": "441134960001"}],
            "content": {"type": "TEXT", "text": "{{n}}"}}]}});
    assert_eq!(codes(&check(&t)), vec![]);
}

#[test]
fn escapes_and_multibyte_text_survive_rendering() {
    let t = text_template("Line 1\n\"{{n}}\" é 😀", &[("n", "Zoë", 5)]);
    let out = render_with(&t.to_string(), &|n| (n == "n").then(|| "Åsa".into())).unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["message"]["content"]["text"], "Line 1\n\"Åsa\" é 😀");
    assert_eq!(codes(&check(&t)), vec![]);
}

/// For any values within their maxLength: every length issue of the rendering at a
/// templated field was predicted (by the sample or the worst case), and no field is
/// longer than its worst case.
#[test]
fn the_worst_case_is_never_below_a_rendering() {
    let t = json!({"variables": vars(&[("a", "Ada", 30), ("b", "42", 8), ("c", "x", 3)]),
        "message": {"sender": "S", "content": {"type": "CARD", "content": {
            "title": "Hello {{a}} {{a}}", "description": "{{b}}: {{c}}",
            "suggestions": [{"type": "REPLY", "text": "{{a}}", "postbackData": "{{b}}{{c}}"}]}}}});
    let text = t.to_string();
    let r = validate_template(&text, &Options::at(NOW));
    let predicted: Vec<String> = r.report.issues().iter().map(|i| i.path.clone()).collect();
    let mut state: u64 = 0x7e11;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = ['a', 'é', '😀', '字', ' ', '"', '\\'];
    for _ in 0..500 {
        let mut values = std::collections::BTreeMap::new();
        for (name, max) in [("a", 30u64), ("b", 8), ("c", 3)] {
            let n = (next() % (max + 1)) as usize;
            let s: String = (0..n).map(|_| alphabet[(next() % 7) as usize]).collect();
            values.insert(name.to_string(), s);
        }
        let out = render_with(&text, &|n| values.get(n).cloned()).unwrap();
        let rendered: Value = serde_json::from_str(&out).unwrap();
        for room in &r.fields {
            let got = rendered
                .pointer(&room.path)
                .and_then(Value::as_str)
                .unwrap();
            assert!(got.chars().count() <= room.worst, "{} {got:?}", room.path);
        }
        let report = rcs_kit::validate::walk_doc(
            &rcs_kit::json::Doc::parse(&out).unwrap(),
            &Options::at(NOW),
            &rcs_kit::schema::template::TEMPLATE,
            rcs_kit::schema::Direction::Outbound,
        );
        for i in report.issues() {
            if i.code.ends_with(".too_long") {
                assert!(
                    predicted.contains(&i.path),
                    "{} not predicted: {values:?}",
                    i.path
                );
            }
        }
    }
}

/// `tests/fixtures/templates/NAME.json` gives exactly the issues in `NAME.expect` (a `#`
/// description, then one `severity code path` line per issue; with advice on for names
/// with `advice`). `RCS_KIT_BLESS=1` rewrites the lines.
#[test]
fn every_template_fixture_gives_exactly_its_issues() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 8, "{names:?}");
    let mut failures = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let opts = Options {
            advice: name.contains("advice"),
            ..Options::at(NOW)
        };
        let r = validate_template(&text, &opts);
        let mut got: Vec<String> = r
            .report
            .issues()
            .iter()
            .map(|i| {
                format!("{} {} {}", i.severity, i.code, i.path)
                    .trim_end()
                    .to_string()
            })
            .collect();
        got.sort();
        let expect_path = path.with_extension("expect");
        let expect = std::fs::read_to_string(&expect_path).unwrap_or_default();
        let head: Vec<&str> = expect.lines().filter(|l| l.starts_with('#')).collect();
        assert!(!head.is_empty(), "{name}.expect has no # description");
        if std::env::var_os("RCS_KIT_BLESS").is_some() {
            let mut out = head.join("\n");
            out.push('\n');
            for l in &got {
                out.push_str(l);
                out.push('\n');
            }
            std::fs::write(&expect_path, out).unwrap();
            continue;
        }
        let mut want: Vec<String> = expect
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.trim_end().to_string())
            .collect();
        want.sort();
        if got != want {
            failures.push(format!("{name}: got {got:#?}\nwant {want:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
