//! `rcs-kit render --send`: against a small scripted API on 127.0.0.1: every row sent
//! once, retries on 429 and 5xx, a journal that resumes without duplicates.

use crate::common::{run, TempDir};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

const TEMPLATE: &str = r#"{"variables": [
  {"name": "to", "sample": "441134960001", "maxLength": 15},
  {"name": "name", "sample": "Ada", "maxLength": 19}],
 "message": {"sender": "DemoSender", "content": {"type": "TEXT", "text": "Hi {{name}}"}}}"#;

/// What the scripted API received: (status answered, destinations of the body).
type Log = Arc<Mutex<Vec<(u16, Vec<String>)>>>;

/// An API on 127.0.0.1 answering request `n` (from 0) with `script(n)`.
fn api(script: impl Fn(usize) -> u16 + Send + 'static) -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let log: Log = Arc::default();
    let seen = Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut len = 0usize;
            let mut auth = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let lower = line.to_ascii_lowercase();
                if let Some(v) = lower.strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
                if let Some(v) = line
                    .get(14..)
                    .filter(|_| lower.starts_with("authorization:"))
                {
                    auth = v.trim().to_string();
                }
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0; len];
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let to: Vec<String> = v["messages"]
                .as_array()
                .map(|m| {
                    m.iter()
                        .map(|x| {
                            x["destinations"][0]["to"]
                                .as_str()
                                .unwrap_or("")
                                .to_string()
                        })
                        .collect()
                })
                .unwrap_or_default();
            let n = seen.lock().unwrap().len();
            let status = if auth == "App k3y" { script(n) } else { 401 };
            seen.lock().unwrap().push((status, to));
            let answer = if status == 200 {
                format!("{{\"bulkId\":\"bulk-{n}\",\"messages\":[]}}")
            } else {
                "{\"requestError\":{\"serviceException\":{\"text\":\"scripted\"}}}".into()
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    (format!("http://{addr}"), log)
}

fn audience(dir: &TempDir, rows: usize) -> String {
    let mut csv = String::from("to,name\n");
    for i in 0..rows {
        csv.push_str(&format!("4411349{i:05},Name{i}\n"));
    }
    dir.file("a.csv", csv.as_bytes())
}

fn accepted(log: &Log) -> Vec<String> {
    let mut all: Vec<String> = log
        .lock()
        .unwrap()
        .iter()
        .filter(|(s, _)| *s == 200)
        .flat_map(|(_, to)| to.clone())
        .collect();
    all.sort();
    all
}

#[test]
fn every_row_is_sent_once_through_429_and_503() {
    let dir = TempDir::new("send");
    let t = dir.file("t.json", TEMPLATE.as_bytes());
    let a = audience(&dir, 50);
    // the 1st answer is 429, the 3rd 503: both retried
    let (url, log) = api(|n| match n {
        0 => 429,
        2 => 503,
        _ => 200,
    });
    let r = run(&[
        "render",
        "--send",
        &url,
        "--key",
        "k3y",
        "--max-messages",
        "10",
        "--concurrency",
        "2",
        "--backoff-ms",
        "10",
        &t,
        &a,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("sent 5 requests (50 messages)"),
        "{}",
        r.stderr
    );
    let got = accepted(&log);
    assert_eq!(got.len(), 50);
    let mut unique = got.clone();
    unique.dedup();
    assert_eq!(unique.len(), 50, "a row was sent twice");
}

#[test]
fn an_interrupted_run_resumes_from_its_journal_without_duplicates() {
    let dir = TempDir::new("send-journal");
    let t = dir.file("t.json", TEMPLATE.as_bytes());
    let a = audience(&dir, 60);
    let journal = dir.path().join("journal.jsonl");
    let journal = journal.to_str().unwrap();
    // the API accepts 3 requests, then fails every attempt (an outage)
    let (url, log) = api(|n| if n < 3 { 200 } else { 500 });
    let r = run(&[
        "render",
        "--send",
        &url,
        "--key",
        "k3y",
        "--max-messages",
        "10",
        "--concurrency",
        "1",
        "--attempts",
        "2",
        "--backoff-ms",
        "10",
        "--journal",
        journal,
        &t,
        &a,
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("sent 3 requests (30 messages)"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("3 failed (30 messages)"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("not sent: request 4 (rows 31..40, 10 messages): HTTP 500"),
        "{}",
        r.stderr
    );
    let first = accepted(&log);
    assert_eq!(first.len(), 30);
    // the API is back: only the 30 rows not sent go out
    let (url2, log2) = api(|_| 200);
    let r = run(&[
        "render",
        "--send",
        &url2,
        "--key",
        "k3y",
        "--max-messages",
        "10",
        "--journal",
        journal,
        &t,
        &a,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("sent 3 requests (30 messages); 3 already sent by an earlier run, per the journal (30 messages)"),
        "{}",
        r.stderr
    );
    let mut all = first;
    all.extend(accepted(&log2));
    all.sort();
    let n = all.len();
    all.dedup();
    assert_eq!((n, all.len()), (60, 60));
    // a changed audience stops a resumed run instead of sending other messages
    let b = dir.file("a.csv", b"to,name\n441134900000,Changed\n");
    let r = run(&[
        "render",
        "--send",
        &url2,
        "--key",
        "k3y",
        "--journal",
        journal,
        &t,
        &b,
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("the template or the audience changed"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_wrong_key_is_not_retried_and_usage_is_checked() {
    let dir = TempDir::new("send-401");
    let t = dir.file("t.json", TEMPLATE.as_bytes());
    let a = audience(&dir, 3);
    let (url, log) = api(|_| 200);
    let r = run(&[
        "render",
        "--send",
        &url,
        "--key",
        "wrong",
        "--backoff-ms",
        "10",
        &t,
        &a,
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("HTTP 401"), "{}", r.stderr);
    assert!(r.stderr.contains("after 1 attempt"), "{}", r.stderr);
    assert_eq!(log.lock().unwrap().len(), 1);
    let r = run(&["render", "--send", "ftp://x", "--key", "k", &t, &a]);
    assert_eq!(r.code, 2);
    let r = run(&["render", "--journal", "j", &t, &a]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("give `--send` too"), "{}", r.stderr);
}
