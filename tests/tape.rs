//! Documents read from a tape (how the npm package hands over a JavaScript object) get the
//! same report as the same document read from JSON text, and strings that stayed with the
//! host are fetched only when a rule reads them.
//!
//! The tape here is written from a parsed document by the rule of `pkg/src/core.js`: ASCII
//! strings of at most 64 characters go into the tape's text, every other string stays with
//! the host. (The package's own walk is checked against the native CLI on every fixture by
//! `pkg/test/node.test.mjs`.)

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::json::tape::{self, HostStrings};
use rcs_kit::json::{Doc, NodeId, Value};
use rcs_kit::{validate_doc, validate_str, Options};
use std::cell::Cell;
use std::path::{Path, PathBuf};

const INLINE: usize = 64;

#[derive(Default)]
struct Tape {
    words: Vec<u32>,
    text: String,
    host: Vec<String>,
}

impl Tape {
    fn string(&mut self, s: &str) {
        if s.len() <= INLINE && s.is_ascii() {
            self.words.push((s.len() as u32) << 3 | 4);
            self.text.push_str(s);
        } else {
            self.words.push((self.host.len() as u32) << 3 | 5);
            self.words.push(s.encode_utf16().count() as u32);
            self.host.push(s.to_string());
        }
    }

    fn value(&mut self, doc: &Doc<'_>, id: NodeId) {
        match doc.value(id) {
            Value::Null => self.words.push(0),
            Value::Bool(b) => self.words.push(if b { 2 } else { 1 }),
            Value::Number { raw, .. } => {
                self.words.push((raw.len() as u32) << 3 | 3);
                self.text.push_str(raw);
            }
            Value::String(s) => self.string(&s.decode()),
            Value::Array { len } => {
                self.words.push(len << 3 | 6);
                for c in doc.children(id) {
                    self.value(doc, c);
                }
            }
            Value::Object { len } => {
                self.words.push(len << 3 | 7);
                for (k, c) in doc.members(id) {
                    self.string(&k.decode());
                    self.value(doc, c);
                }
            }
        }
    }

    fn of(text: &str) -> Tape {
        let doc = Doc::parse(text).unwrap();
        let mut t = Tape::default();
        t.value(&doc, doc.root());
        t
    }
}

/// The report of `text` through a tape, and how many host strings were fetched.
fn via_tape(text: &str, opts: &Options) -> (String, usize, usize) {
    let t = Tape::of(text);
    let fetched = Cell::new(0);
    let fetch = |i: u32| {
        fetched.set(fetched.get() + 1);
        t.host.get(i as usize).cloned()
    };
    let host = HostStrings::new(&fetch, t.host.len() as u32);
    let (doc, bound) = tape::read(&t.words, &t.text, &host).unwrap();
    assert!(
        bound >= text.len() as u64 || text.contains([' ', '\n']),
        "the size bound {bound} is below the compact text's {} bytes",
        text.len()
    );
    let report = validate_doc(&doc, opts).to_json();
    (report, fetched.get(), t.host.len())
}

fn now() -> Options {
    Options::at(rcs_kit::validate::parse_date_time("2027-01-01T00:00:00Z").unwrap())
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            json_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

#[test]
fn every_fixture_gets_the_same_report_through_a_tape() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for d in ["valid", "invalid", "warning"] {
        json_files(&root.join(d), &mut files);
    }
    let opts = now();
    let mut compared = 0;
    for f in files {
        // Not a document a JavaScript object can be: not UTF-8, not JSON, duplicate keys,
        // a byte order mark (only text has one).
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(doc) = Doc::parse(&text) else { continue };
        if !doc.duplicates().is_empty() || doc.has_byte_order_mark() {
            continue;
        }
        let (report, _, _) = via_tape(&text, &opts);
        assert_eq!(
            report,
            validate_str(&text, &opts).to_json(),
            "{}",
            f.display()
        );
        compared += 1;
    }
    assert!(compared > 250, "only {compared} fixtures compared");
}

#[test]
fn the_bench_corpus_gets_the_same_reports_and_fetches_few_strings() {
    let corpus = rcs_kit_corpus::Corpus::default_corpus();
    let opts = now();
    let (mut fetched, mut host) = (0, 0);
    for body in &corpus.bodies {
        let line = body.json.as_str();
        let (report, f, h) = via_tape(line, &opts);
        assert_eq!(report, validate_str(line, &opts).to_json(), "{line}");
        fetched += f;
        host += h;
    }
    // Most strings left with the host are free text whose length alone decides.
    assert!(host > 10_000, "{host}");
    assert!(
        fetched * 2 < host,
        "fetched {fetched} of {host} host strings"
    );
}

fn card_with_description(description: &str) -> String {
    serde_json::json!({"messages": [{
        "sender": "DemoSender",
        "destinations": [{"to": "441134960001"}],
        "content": {"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT",
            "content": {"title": "Title", "description": description}}
    }]})
    .to_string()
}

#[test]
fn a_length_decided_by_the_utf16_length_fetches_nothing() {
    // 2,000 characters of two-byte text: within the 2,000-character limit by its UTF-16
    // length alone.
    let text = card_with_description(&"é".repeat(2000));
    let (report, fetched, host) = via_tape(&text, &now());
    assert_eq!(host, 1);
    assert_eq!(fetched, 0);
    assert!(report.starts_with(r#"{"valid":true"#), "{report}");
}

#[test]
fn a_length_the_utf16_length_cannot_decide_is_counted_exactly() {
    // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters: valid.
    let ok = card_with_description(&"😀".repeat(2000));
    let (report, fetched, _) = via_tape(&ok, &now());
    assert!(fetched >= 1);
    assert_eq!(report, validate_str(&ok, &now()).to_json());
    assert!(report.starts_with(r#"{"valid":true"#), "{report}");
    // Within the limit in characters, not in UTF-16 code units: the same warning.
    assert!(report.contains(r#""code":"length.utf16""#), "{report}");
    assert!(
        report.contains("2000 characters but 4000 UTF-16 code units: over the limit of 2000"),
        "{report}"
    );
    // One more is over the limit, with the exact count.
    let over = card_with_description(&"😀".repeat(2001));
    let (report, _, _) = via_tape(&over, &now());
    assert_eq!(report, validate_str(&over, &now()).to_json());
    assert!(report.contains("2001 characters"), "{report}");
}

#[test]
fn the_utf16_length_warning_is_the_same_through_a_tape() {
    // At the limit in UTF-16 code units, one past it, written as is and as escapes (the
    // text path decodes those; the tape holds the string's UTF-16 length).
    for description in [
        "😀".repeat(1000),
        format!("{}a", "😀".repeat(1000)),
        "\\ud83d\\ude00".repeat(1001),
        format!("{}\\u00e9", "\\ud83c\\uddeb".repeat(1000)),
    ] {
        let text = format!(
            r#"{{"messages":[{{"sender":"S","destinations":[{{"to":"441134960001"}}],"content":{{"type":"CARD","orientation":"VERTICAL","alignment":"LEFT","content":{{"title":"T","description":"{description}"}}}}}}]}}"#
        );
        let (report, _, _) = via_tape(&text, &now());
        assert_eq!(report, validate_str(&text, &now()).to_json(), "{text}");
        let over = description.len() > 4000;
        assert_eq!(report.contains("length.utf16"), over, "{report}");
    }
}

#[test]
fn member_names_left_with_the_host_are_matched() {
    // A long unknown member name and a non-ASCII one: warnings at their own pointers.
    let long = "x".repeat(100);
    let text = format!(
        r#"{{"messages": [{{"sender": "DemoSender", "destinations": [{{"to": "441134960001"}}], "content": {{"type": "TEXT", "text": "hi"}}, "{long}": 1, "ñ": 2}}]}}"#
    );
    let (report, _, host) = via_tape(&text, &now());
    assert_eq!(host, 2);
    assert_eq!(report, validate_str(&text, &now()).to_json());
    assert!(report.contains("/messages/0/ñ"), "{report}");
}

#[test]
fn the_size_bound_is_never_below_the_text_and_stops_reading_past_the_limit() {
    for (value, n) in [
        ("false", 100_000),
        ("true", 10),
        ("null", 10),
        ("-1.5e-7", 1000),
    ] {
        let text = format!("{{\"messages\":[{}]}}", vec![value; n].join(","));
        let (_, _, _) = via_tape(&text, &now()); // asserts bound >= text length
    }
    for s in ["\\u0001\\u001f", "\\\"\\\\", "é😀", "plain"] {
        let text = format!(
            "{{\"messages\":[{}]}}",
            vec![format!("\"{s}\""); 1000].join(",")
        );
        let (_, _, _) = via_tape(&text, &now());
    }
    // 1.8 million `false` are 10.8 MB of text: reading stops, the caller sends the text.
    let text = format!("{{\"messages\":[{}]}}", vec!["false"; 1_800_000].join(","));
    let t = Tape::of(&text);
    let none = |_: u32| None;
    let host = HostStrings::new(&none, 0);
    assert_eq!(
        tape::read(&t.words, &t.text, &host).err(),
        Some(tape::TapeError::TooLarge)
    );
}

/// A random well-formed tape: (words, text).
fn random_tape(
    next: &mut impl FnMut() -> u64,
    depth: u32,
    words: &mut Vec<u32>,
    text: &mut String,
) {
    let pick = next() % if depth >= 3 { 6 } else { 8 };
    match pick {
        0..=2 => words.push(pick as u32),
        3 => {
            let n = ["0", "-1.5", "25", "1e+21"][(next() % 4) as usize];
            words.push((n.len() as u32) << 3 | 3);
            text.push_str(n);
        }
        4 => {
            let s = ["", "TEXT", "type", "messages", "https://a.b/c", "x"][(next() % 6) as usize];
            words.push((s.len() as u32) << 3 | 4);
            text.push_str(s);
        }
        5 => words.extend([((next() % 2) as u32) << 3 | 5, (next() % 5000) as u32]),
        kind => {
            let n = (next() % 4) as u32;
            words.push(n << 3 | kind as u32);
            for _ in 0..n {
                if kind == 7 {
                    let k = ["type", "text", "messages", "content", "zz"][(next() % 5) as usize];
                    words.push((k.len() as u32) << 3 | 4);
                    text.push_str(k);
                }
                random_tape(next, depth + 1, words, text);
            }
        }
    }
}

#[test]
fn malformed_tapes_are_errors_never_panics() {
    // Random well-formed tapes, half of them with one word or the text cut or changed:
    // every tape is read to a document or an error, and a document validates.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let host = ["😀 x".to_string(), "https://example.com/a".to_string()];
    let fetch = |i: u32| host.get(i as usize).cloned();
    let strings = HostStrings::new(&fetch, host.len() as u32);
    let (mut docs, mut errors) = (0, 0);
    for round in 0..20_000 {
        let (mut words, mut text) = (Vec::new(), String::new());
        random_tape(&mut next, 0, &mut words, &mut text);
        if round % 2 == 1 {
            match next() % 3 {
                0 if !words.is_empty() => {
                    let i = (next() as usize) % words.len();
                    words[i] = next() as u32 >> (next() % 32);
                }
                1 => {
                    words.truncate((next() as usize) % (words.len() + 1));
                }
                _ => {
                    let cut = (next() as usize) % (text.len() + 1);
                    text = text.chars().take(cut).collect();
                }
            }
        }
        match tape::read(&words, &text, &strings) {
            Ok((doc, _)) => {
                docs += 1;
                let _ = validate_doc(&doc, &now()).to_json();
            }
            Err(_) => errors += 1,
        }
    }
    assert!(
        docs > 5000 && errors > 1000,
        "{docs} documents, {errors} errors"
    );
}
