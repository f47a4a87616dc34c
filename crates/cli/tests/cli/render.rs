//! `rcs-kit render` through the binary: rows to requests, failing rows listed and left
//! out, CSV and JSON Lines, grouping by count and exactly at the 10 MB boundary.

use crate::common::{run, run_with, TempDir};
use serde_json::Value;

const TEMPLATE: &str = r#"{"variables": [
  {"name": "to", "sample": "441134960001", "maxLength": 15},
  {"name": "name", "sample": "Ada", "maxLength": 19},
  {"name": "note", "sample": "Thanks", "maxLength": 3000, "allowEmpty": true}],
 "message": {"sender": "DemoSender", "content": {"type": "TEXT", "text": "Hi {{name}}. {{note}}",
   "suggestions": [{"type": "REPLY", "text": "Hi {{name}}", "postbackData": "hi"}]}}}"#;

fn requests(dir: &std::path::Path) -> Vec<(String, Value)> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let v = serde_json::from_str(&text).unwrap();
            (text, v)
        })
        .collect()
}

#[test]
fn rows_become_valid_requests_and_failing_rows_are_listed() {
    let dir = TempDir::new("render");
    let t = dir.file("t.json", TEMPLATE.as_bytes());
    // row 3's name is over the chip's 25 characters with "Hi "; row 4 has no number;
    // quoting, commas and newlines inside fields survive
    let csv = "to,name,note\n441134960001,Ada,\n441134960002,\"Zoë, \"\"Q\"\"\",\"two\nlines\"\n441134960003,ABCDEFGHIJKLMNOPQRSTUVWXYZ,\n,Ada,x\n441134960005,Grace,ok\n";
    let a = dir.file("a.csv", csv.as_bytes());
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        "--out",
        out.to_str().unwrap(),
        "--max-messages",
        "2",
        &t,
        &a,
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("row 3: /messages/0/content/suggestions/0/text: error:"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("row 4: /messages/0/destinations/0/to: error:"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("5 rows, 3 valid in 2 requests"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("2 failed (rows 3, 4)"), "{}", r.stderr);
    let reqs = requests(&out);
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].1["messages"].as_array().unwrap().len(), 2);
    let second = &reqs[0].1["messages"][1];
    assert_eq!(second["content"]["text"], "Hi Zoë, \"Q\". two\nlines");
    assert_eq!(second["destinations"][0]["to"], "441134960002");
    assert_eq!(
        reqs[1].1["messages"][0]["destinations"][0]["to"],
        "441134960005"
    );
    // what was written validates
    for (text, _) in &reqs {
        let v = run_with(&["validate", "-"], Some(text.as_bytes().to_vec()));
        assert_eq!(v.code, 0, "{}", v.stdout);
    }
}

#[test]
fn json_lines_to_standard_output() {
    let dir = TempDir::new("render-jsonl");
    let t = dir.file("t.json", TEMPLATE.as_bytes());
    let a = dir.file(
        "a.jsonl",
        b"{\"to\":\"441134960001\",\"name\":\"Ada\"}\n\n{\"to\":441134960002,\"name\":\"Bo\",\"note\":null}\nnot json\n",
    );
    let r = run(&["render", &t, &a]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0]["messages"][1]["destinations"][0]["to"],
        "441134960002"
    );
    assert!(
        r.stderr.contains("row 3: not a JSON object"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_invalid_template_renders_nothing() {
    let dir = TempDir::new("render-bad");
    let t = dir.file(
        "t.json",
        TEMPLATE
            .replace("\"maxLength\": 19", "\"maxLength\": 40")
            .as_bytes(),
    );
    let a = dir.file("a.csv", b"to,name\n441134960001,Ada\n");
    let r = run(&["render", &t, &a]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("[template.worst_case.too_long]"),
        "{}",
        r.stderr
    );
    let r = run(&["render", &t]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("give a TEMPLATE and an AUDIENCE"),
        "{}",
        r.stderr
    );
}

/// Requests stay within 10 MB, and each is as full as it can be: one more message would
/// not fit.
#[test]
fn requests_are_split_exactly_at_the_10_mb_boundary() {
    let dir = TempDir::new("render-10mb");
    let t = dir.file("t.json", TEMPLATE.as_bytes());
    let mut jsonl = String::new();
    for i in 0..4000 {
        // 2,990 two-byte characters: about 6 KB a message; lengths vary so the
        // boundary falls between messages of different sizes
        let note: String = "é".repeat(2900 + i % 90);
        jsonl.push_str(&format!(
            "{{\"to\":\"4411349{i:05}\",\"name\":\"Ada\",\"note\":\"{note}\"}}\n"
        ));
    }
    let a = dir.file("a.jsonl", jsonl.as_bytes());
    let out = dir.path().join("out");
    let r = run(&[
        "render",
        "--out",
        out.to_str().unwrap(),
        "--max-messages",
        "100000",
        &t,
        &a,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let reqs = requests(&out);
    assert!(reqs.len() >= 2, "{}", reqs.len());
    let max = 10 * 1024 * 1024;
    let mut total = 0;
    for (k, (text, v)) in reqs.iter().enumerate() {
        assert!(text.len() <= max, "request {k} has {} bytes", text.len());
        total += v["messages"].as_array().unwrap().len();
        if let Some((_, next)) = reqs.get(k + 1) {
            let first_next = serde_json::to_string(&next["messages"][0]).unwrap();
            assert!(
                text.len() + 1 + first_next.len() > max,
                "request {k} ({} bytes) had room for the next message ({} bytes)",
                text.len(),
                first_next.len()
            );
        }
    }
    assert_eq!(total, 4000);
}
