//! The stand-in binary over real sockets: the API's answers, keep-alive, refusals that
//! real clients receive, DNS rebinding, slow clients, the listing after thousands of
//! concurrent requests, the journal across a restart, files and links.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::client::Conn;
use support::server::{repo, start, start_with, Server};

fn text(to: &str, words: &str) -> String {
    format!(
        r#"{{"messages":[{{"sender":"S","destinations":[{{"to":"{to}"}}],"content":{{"type":"TEXT","text":"{words}"}}}}]}}"#
    )
}

#[test]
fn answers_like_the_api_on_one_kept_alive_connection() {
    let srv = start();
    let mut c = srv.conn();
    let a = c
        .request(
            "POST",
            "/rcs/2/messages",
            &[
                ("Authorization", "App nope"),
                ("Content-Type", "application/json"),
            ],
            text("441134960001", "Hi").as_bytes(),
        )
        .unwrap();
    assert_eq!(a.status, 401);
    assert!(a.text().contains("\"errorCode\":\"E401\"") && !a.text().contains("nope"));
    let a = srv.post(&mut c, &text("441134960001", "Hi"));
    assert_eq!(a.status, 200, "{}", a.text());
    let answer = a.json();
    assert_eq!(answer["messages"][0]["status"]["name"], "MESSAGE_ACCEPTED");
    assert_eq!(answer["messages"][0]["destination"], "441134960001");
    let a = srv.post(&mut c, &text("441134960001", ""));
    assert_eq!(a.status, 400);
    assert!(
        a.text()
            .contains("\"property\":\"messages[0].content.text\""),
        "{}",
        a.text()
    );
    for _ in 0..20 {
        let a = c.request("GET", "/", &[], b"").unwrap();
        assert_eq!(a.status, 200);
        assert_ne!(a.header("connection"), Some("close"));
    }
    let listing = c
        .request("GET", "/__stand-in/messages", &[], b"")
        .unwrap()
        .json();
    assert_eq!(listing["accepted"], 1);
    assert_eq!(
        listing["requests"][0]["body"]["messages"][0]["content"]["text"],
        "Hi"
    );
    assert_eq!(listing["requests"][0]["bulkId"], answer["bulkId"]);
    // ids are random: nothing of the key in them, no two alike
    let again = srv.post(&mut c, &text("441134960001", "Hi")).json();
    assert_ne!(again["bulkId"], answer["bulkId"]);
    assert_ne!(
        again["messages"][0]["messageId"],
        answer["messages"][0]["messageId"]
    );
}

/// `GET /__stand-in/config` from the stand-in's own page, addressed to `host`.
fn config_as(srv: &Server, host: &str) -> (Conn, support::client::Answer) {
    let mut c = srv.conn();
    c.host = host.to_owned();
    let a = c
        .request(
            "GET",
            "/__stand-in/config",
            &[("Sec-Fetch-Site", "same-origin")],
            b"",
        )
        .unwrap();
    (c, a)
}

#[test]
fn a_rebinding_page_is_refused_before_anything_is_touched() {
    let srv = start();
    let port = srv.addr.rsplit(':').next().unwrap().to_owned();
    for host in [
        format!("evil.example:{port}"),
        "127.0.0.1:1".to_owned(),
        "127.0.0.1".to_owned(),
        format!("localhost.evil.example:{port}"),
    ] {
        let (mut c, a) = config_as(&srv, &host);
        assert_eq!(a.status, 421, "{host}");
        assert!(!a.text().contains(&srv.key));
        let a = srv.post(&mut c, &text("441134960001", "Hi"));
        assert_eq!(a.status, 421, "{host}");
        assert_eq!(
            c.request("GET", "/__stand-in/messages", &[], b"")
                .unwrap()
                .status,
            421
        );
    }
    assert_eq!(srv.listing()["accepted"], 0);
    for host in [format!("localhost:{port}"), format!("[::1]:{port}")] {
        let (_, a) = config_as(&srv, &host);
        assert_eq!(a.status, 200, "{host}");
        assert_eq!(a.json()["apiKey"], srv.key.as_str());
    }
}

#[test]
fn refusals_are_answered_and_the_connection_stays_usable() {
    let srv = start();
    // 20 MB announced, none sent: answered at once
    let mut c = srv.conn();
    let t = Instant::now();
    c.send(
        format!(
            "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            srv.addr,
            srv.auth(),
            20 * 1024 * 1024
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(c.read_answer(false).unwrap().status, 413);
    assert!(t.elapsed() < Duration::from_secs(5));
    // 12 MB sent whole, as a client that does not wait for the answer does: it can
    // write all of it and then read the 413
    let mut c = srv.conn();
    let body = vec![b' '; 12 << 20];
    let a = c
        .request(
            "POST",
            "/rcs/2/messages",
            &[
                ("Authorization", &srv.auth()),
                ("Content-Type", "application/json"),
            ],
            &body,
        )
        .unwrap();
    assert_eq!(a.status, 413);
    // 12 MB chunked: refused once 10 MB have arrived
    let mut c = srv.conn();
    let mut raw = format!(
        "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        srv.addr,
        srv.auth()
    )
    .into_bytes();
    for _ in 0..12 {
        raw.extend_from_slice(format!("{:x}\r\n", 1 << 20).as_bytes());
        raw.extend(std::iter::repeat_n(b' ', 1 << 20));
        raw.extend_from_slice(b"\r\n");
    }
    raw.extend_from_slice(b"0\r\n\r\n");
    c.send(&raw).unwrap();
    assert_eq!(c.read_answer(false).unwrap().status, 413);
    // a small chunked body is read like any other
    let mut c = srv.conn();
    let body = text("441134960001", "chunked");
    c.send(
        format!(
            "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
            srv.addr,
            srv.auth(),
            body.len()
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(c.read_answer(false).unwrap().status, 200);
    // Expect: 100-continue, refused: the body is never asked for
    let mut c = srv.conn();
    c.send(
        format!(
            "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: App wrong\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n",
            srv.addr
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(c.read_answer(false).unwrap().status, 401);
    // Expect: 100-continue, accepted: 100 first, then the answer
    let mut c = srv.conn();
    let body = text("441134960001", "continue");
    c.send(
        format!(
            "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: {}\r\n\r\n",
            srv.addr,
            srv.auth(),
            body.len()
        )
        .as_bytes(),
    )
    .unwrap();
    let mut line = String::new();
    let mut r = BufReader::new(c.stream().try_clone().unwrap());
    r.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 100"), "{line}");
    // a head over 64 KB
    let a = srv
        .conn()
        .request("GET", "/", &[("X-Long", &"a".repeat(70_000))], b"")
        .unwrap();
    assert_eq!(a.status, 431);
    // two different Content-Length values (RFC 9112: reject)
    let mut c = srv.conn();
    c.send(
        format!(
            "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 12\r\n\r\n{{}}",
            srv.addr,
            srv.auth()
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(c.read_answer(false).unwrap().status, 400);
    // a header value that is not UTF-8: answered, not dropped
    let mut c = srv.conn();
    let mut raw = format!("GET / HTTP/1.1\r\nHost: {}\r\nX-Name: ", srv.addr).into_bytes();
    raw.extend_from_slice(b"\xe9t\xe9\r\n\r\n");
    c.send(&raw).unwrap();
    let a = c.read_answer(false).unwrap();
    assert_eq!(a.status, 400);
    assert!(a.text().contains("x-name"), "{}", a.text());
}

/// Runs `program args` with the stand-in's URL and key; returns what it printed.
fn run_client(program: &str, args: &[&str], srv: &Server) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .arg(format!("http://{}", srv.addr))
        .arg(&srv.key)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{program}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

const NODE_CLIENT: &str = r#"
const [url, key] = process.argv.slice(1);
const json = { authorization: `App ${key}`, "content-type": "application/json" };
const out = {};
let r = await fetch(`${url}/rcs/2/messages`, { method: "POST", headers: json, body: " ".repeat(12 << 20) });
out.big = r.status; await r.text();
r = await fetch(`${url}/`, { headers: { "x-long": "a".repeat(70000) } });
out.head = r.status; await r.text();
r = await fetch(`${url}/`, { headers: { "x-name": "\u00e9t\u00e9" } });
out.latin1 = r.status; await r.text();
r = await fetch(`${url}/rcs/2/messages`, { method: "POST", headers: { authorization: "App wrong", "content-type": "application/json" }, body: " ".repeat(3 << 20) });
out.unauthorized = r.status; await r.text();
console.log(JSON.stringify(out));
"#;

const PYTHON_CLIENT: &str = r#"
import json, sys, urllib.request, urllib.error
url, key = sys.argv[1:3]
def status(path, data=None, headers={}):
    try:
        with urllib.request.urlopen(urllib.request.Request(url + path, data=data, headers=headers), timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
auth = {"Authorization": "App " + key, "Content-Type": "application/json"}
print(json.dumps({
    "big": status("/rcs/2/messages", b" " * (12 << 20), auth),
    "head": status("/", None, {"X-Long": "a" * 70000}),
    "latin1": status("/", None, {"X-Name": "\u00e9t\u00e9"}),
    "unauthorized": status("/rcs/2/messages", b" " * (3 << 20), {"Authorization": "App wrong", "Content-Type": "application/json"}),
}, sort_keys=True))
"#;

#[test]
fn refusals_reach_node_fetch_python_urllib_and_curl() {
    let srv = start();
    let want = r#"{"big":413,"head":431,"latin1":400,"unauthorized":401}"#;
    let node = run_client("node", &["--input-type=module", "-e", NODE_CLIENT], &srv)
        .expect("node is part of the toolchain this project needs");
    assert_eq!(node, want, "Node fetch");
    let python = run_client("python3", &["-c", PYTHON_CLIENT], &srv)
        .expect("python3 is part of the toolchain this project needs");
    assert_eq!(python.replace(' ', ""), want, "Python urllib");
    // curl: on most machines; it sends `Expect: 100-continue` for a large upload
    let big = std::env::temp_dir().join(format!("rcs-kit-big-{}.json", std::process::id()));
    std::fs::write(&big, vec![b' '; 12 << 20]).unwrap();
    let curl = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "--max-time",
            "30",
        ])
        .args(["-H", &format!("Authorization: {}", srv.auth())])
        .args(["-H", "Content-Type: application/json"])
        .arg("--data-binary")
        .arg(format!("@{}", big.display()))
        .arg(format!("http://{}/rcs/2/messages", srv.addr))
        .output();
    let _ = std::fs::remove_file(&big);
    match curl {
        Ok(out) => assert_eq!(String::from_utf8_lossy(&out.stdout), "413", "curl"),
        Err(e) => eprintln!("curl not found ({e}); its case is left out"),
    }
}

#[test]
fn slow_clients_do_not_starve_others() {
    let srv = start();
    // 200 connections, each trickling a request head one byte at a time
    let mut slow: Vec<Conn> = (0..200).map(|_| srv.conn()).collect();
    let head = format!("GET / HTTP/1.1\r\nHost: {}\r\nX-Slow: ", srv.addr);
    let start = Instant::now();
    let mut worst = Duration::ZERO;
    let mut i = 0;
    while start.elapsed() < Duration::from_secs(3) {
        for c in &mut slow {
            let byte = head.as_bytes().get(i % head.len()).copied().unwrap_or(b'a');
            let _ = c.send(&[byte]);
        }
        i += 1;
        let t = Instant::now();
        let a = srv.conn().request("GET", "/", &[], b"").unwrap();
        assert_eq!(a.status, 200);
        worst = worst.max(t.elapsed());
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        worst < Duration::from_secs(1),
        "a normal request took {worst:?}"
    );
}

#[test]
fn every_request_of_thousands_at_once_is_listed() {
    let srv = start();
    let threads = 32;
    let each = 100;
    let bulk_ids: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let srv = &srv;
                s.spawn(move || {
                    let mut c = srv.conn();
                    (0..each)
                        .map(|i| {
                            let a = srv.post(&mut c, &text("441134960001", &format!("{t}-{i}")));
                            assert_eq!(a.status, 200, "{}", a.text());
                            a.json()["bulkId"].as_str().unwrap().to_owned()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let total = threads * each;
    let listing = srv.listing();
    assert_eq!(listing["accepted"], total);
    assert_eq!(listing["kept"], total);
    assert_eq!(listing["dropped"], 0);
    let requests = listing["requests"].as_array().unwrap();
    let mut seqs: Vec<u64> = requests
        .iter()
        .map(|r| r["seq"].as_u64().unwrap())
        .collect();
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=total as u64).collect::<Vec<_>>());
    let mut listed: Vec<&str> = requests
        .iter()
        .map(|r| r["bulkId"].as_str().unwrap())
        .collect();
    let mut answered: Vec<&str> = bulk_ids.iter().map(String::as_str).collect();
    listed.sort_unstable();
    answered.sort_unstable();
    assert_eq!(listed, answered);
    listed.dedup();
    assert_eq!(listed.len(), total, "bulk ids are unique");
}

#[test]
fn the_store_is_bounded_in_bytes_and_says_what_it_dropped() {
    let srv = start_with(repo(), &["--store-mb", "1"]);
    let mut c = srv.conn();
    let pad = "x".repeat(1500);
    let n = 1200; // about 1.9 MB in all
    for i in 0..n {
        assert_eq!(
            srv.post(&mut c, &text("441134960001", &format!("{i} {pad}")))
                .status,
            200
        );
    }
    let listing = srv.listing();
    let (accepted, kept, dropped) = (
        listing["accepted"].as_u64().unwrap(),
        listing["kept"].as_u64().unwrap(),
        listing["dropped"].as_u64().unwrap(),
    );
    assert_eq!(accepted, n);
    assert_eq!(kept + dropped, n);
    assert!(dropped > 0 && kept > 0, "{kept} kept, {dropped} dropped");
    assert!(listing["keptBytes"].as_u64().unwrap() <= 1 << 20);
    assert_eq!(listing["limitBytes"], 1 << 20);
    // the newest are the ones kept
    let last = listing["requests"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["seq"], n);
}

#[test]
fn the_journal_keeps_what_was_accepted_across_a_restart() {
    let dir = std::env::temp_dir().join(format!("rcs-kit-journal-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let journal = dir.join("accepted.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let mut srv = start_with(repo(), &["--journal", journal_arg]);
    assert!(
        srv.notes[0].contains("0 accepted requests read back"),
        "{:?}",
        srv.notes
    );
    let mut c = srv.conn();
    let pretty = "{\n  \"messages\": [{\"sender\": \"S\", \"destinations\": [{\"to\": \"441134960001\"}],\n    \"content\": {\"type\": \"TEXT\", \"text\": \"pretty\"}}]\n}";
    assert_eq!(srv.post(&mut c, pretty).status, 200);
    for i in 0..19 {
        assert_eq!(
            srv.post(&mut c, &text("441134960001", &format!("n{i}")))
                .status,
            200
        );
    }
    let before = srv.listing();
    // killed, not stopped: every line was written before its 200
    srv.child.kill().unwrap();
    srv.child.wait().unwrap();
    assert_eq!(
        std::fs::read_to_string(&journal).unwrap().lines().count(),
        20
    );
    let srv = start_with(repo(), &["--journal", journal_arg]);
    assert!(
        srv.notes[0].contains("20 accepted requests read back"),
        "{:?}",
        srv.notes
    );
    let after = srv.listing();
    assert_eq!(after["accepted"], 20);
    assert_eq!(after["requests"], before["requests"]);
    assert_eq!(
        after["requests"][0]["body"]["messages"][0]["content"]["text"],
        "pretty"
    );
    assert_eq!(
        srv.post(&mut srv.conn(), &text("441134960001", "after"))
            .status,
        200
    );
    assert_eq!(srv.listing()["requests"][20]["seq"], 21);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The stand-in's peak resident memory so far, in bytes (Linux only).
fn peak_memory(srv: &Server) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", srv.child.id())).ok()?;
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())?;
    Some(kb * 1024)
}

#[test]
fn a_huge_bulk_is_answered_in_full_without_building_it_in_memory() {
    let srv = start();
    let mut c = srv.conn();
    assert_eq!(c.request("GET", "/", &[], b"").unwrap().status, 200);
    let before = peak_memory(&srv);
    let n = 100_000;
    let dest = r#"{"to":"441134960001"}"#;
    let body = format!(
        r#"{{"messages":[{{"sender":"S","destinations":[{}],"content":{{"type":"TEXT","text":"Hi"}}}}]}}"#,
        vec![dest; n].join(",")
    );
    let a = srv.post(&mut c, &body);
    assert_eq!(a.status, 200);
    assert_eq!(a.header("transfer-encoding"), Some("chunked"));
    assert!(a.body.len() > 8 * body.len(), "{} bytes", a.body.len());
    assert_eq!(a.json()["messages"].as_array().unwrap().len(), n);
    // memory: a small multiple of the request (2.2 MB), not the answer (20.7 MB)
    if let (Some(before), Some(after)) = (before, peak_memory(&srv)) {
        let grew = after.saturating_sub(before);
        eprintln!(
            "peak memory grew by {grew} B for a {} B request and a {} B answer",
            body.len(),
            a.body.len()
        );
        assert!(
            grew < 10 * body.len() as u64,
            "peak memory grew by {grew} B for a {} B request",
            body.len()
        );
    }
}

#[test]
fn serves_the_page_and_the_package_only() {
    let srv = start();
    let get = |p: &str| srv.conn().request("GET", p, &[], b"").unwrap().status;
    assert_eq!(get("/"), 200);
    // A committed file of the package (pkg/dist/ exists only after `cargo xtask build-pkg`).
    assert_eq!(get("/pkg/src/index.js"), 200);
    assert_eq!(get("/../Cargo.toml"), 404);
    assert_eq!(get("/pkg/../Cargo.toml"), 404);
    assert_eq!(get("/pkg/node_modules/playwright-core/package.json"), 404);
}

#[cfg(unix)]
#[test]
fn never_follows_a_link_out_of_the_served_tree() {
    let root: PathBuf = std::env::temp_dir().join(format!("rcs-kit-links-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("www")).unwrap();
    std::fs::create_dir_all(root.join("pkg")).unwrap();
    std::fs::write(
        root.join("www/index.html"),
        "<!doctype html><title>t</title>",
    )
    .unwrap();
    std::fs::write(root.join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(root.join("secret.txt"), root.join("www/leak.txt")).unwrap();
    std::os::unix::fs::symlink(Path::new("/etc"), root.join("pkg/etc")).unwrap();
    let srv = start_with(root.to_str().unwrap(), &[]);
    let get = |p: &str| srv.conn().request("GET", p, &[], b"").unwrap();
    assert_eq!(get("/").status, 200);
    let leak = get("/leak.txt");
    assert_eq!(leak.status, 404);
    assert!(!leak.text().contains("secret"));
    assert_eq!(get("/pkg/etc/hostname").status, 404);
    drop(srv);
    let _ = std::fs::remove_dir_all(&root);
}
