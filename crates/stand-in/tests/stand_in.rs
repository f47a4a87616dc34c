//! The stand-in binary over real sockets: start-up output, auth, 200/400/413, files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    addr: String,
    key: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rcs-kit-stand-in"))
        .args([
            "--port",
            "0",
            "--root",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        ])
        .env_remove("RCS_KIT_API_KEY")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let addr = first
        .strip_prefix("rcs-kit stand-in listening on http://")
        .unwrap()
        .trim_end_matches('/')
        .to_owned();
    assert!(addr.starts_with("127.0.0.1:"), "{first}");
    let key = lines
        .next()
        .unwrap()
        .unwrap()
        .strip_prefix("API key: ")
        .unwrap()
        .to_owned();
    assert!(key.len() >= 32);
    Server { child, addr, key }
}

fn request(addr: &str, raw: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(raw);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

fn post(srv: &Server, path: &str, auth: &str, body: &str) -> (u16, String) {
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        srv.addr,
        body.len()
    );
    request(&srv.addr, raw.as_bytes())
}

const TEXT: &str = r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;

#[test]
fn answers_like_the_api() {
    let srv = start();
    let (status, body) = post(&srv, "/rcs/2/messages", "App nope", TEXT);
    assert_eq!(status, 401);
    assert!(body.contains("\"errorCode\":\"E401\"") && !body.contains("nope"));
    let (status, body) = post(&srv, "/rcs/2/messages", &format!("App {}", srv.key), TEXT);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"name\":\"MESSAGE_ACCEPTED\""));
    let (status, body) = post(
        &srv,
        "/rcs/2/messages",
        &format!("App {}", srv.key),
        r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":""}}]}"#,
    );
    assert_eq!(status, 400);
    assert!(
        body.contains("\"property\":\"messages[0].content.text\""),
        "{body}"
    );
    let (status, body) = request(
        &srv.addr,
        format!(
            "GET /__stand-in/messages HTTP/1.1\r\nHost: {}\r\n\r\n",
            srv.addr
        )
        .as_bytes(),
    );
    assert_eq!(status, 200);
    assert!(body.contains("\"text\":\"Hi\""));
}

#[test]
fn refuses_over_10_mb_without_reading_it() {
    let srv = start();
    // Announce 20 MB and send none of it: the answer comes at once.
    let raw = format!(
        "POST /rcs/2/messages HTTP/1.1\r\nHost: {}\r\nAuthorization: App {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        srv.addr,
        srv.key,
        20 * 1024 * 1024
    );
    let t = Instant::now();
    let (status, body) = request(&srv.addr, raw.as_bytes());
    assert_eq!(status, 413, "{body}");
    assert!(t.elapsed() < Duration::from_secs(5));
    let (status, _) = request(
        &srv.addr,
        b"POST /rcs/2/messages HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    assert_eq!(status, 411);
    let (status, _) = request(
        &srv.addr,
        format!("GET /x HTTP/1.1\r\n{}\r\n\r\n", "a".repeat(70_000)).as_bytes(),
    );
    assert_eq!(status, 431);
}

#[test]
fn serves_the_page_and_the_package_only() {
    let srv = start();
    let get = |p: &str| {
        request(
            &srv.addr,
            format!("GET {p} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        )
        .0
    };
    assert_eq!(get("/"), 200);
    // A committed file of the package (pkg/dist/ exists only after `cargo xtask build-pkg`).
    assert_eq!(get("/pkg/src/index.js"), 200);
    assert_eq!(get("/../Cargo.toml"), 404);
    assert_eq!(get("/pkg/../Cargo.toml"), 404);
    assert_eq!(get("/pkg/node_modules/playwright-core/package.json"), 404);
}
