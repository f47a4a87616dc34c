//! The stand-in binary as a child process, for the socket-level tests: started on a free
//! port, its address and key read from what it prints.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use super::client::{Answer, Conn};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct Server {
    pub child: Child,
    pub addr: String,
    pub key: String,
    /// Lines printed at start after the key.
    pub notes: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn repo() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
}

pub fn start_with(root: &str, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rcs-kit-stand-in"))
        .args(["--port", "0", "--root", root])
        .args(extra)
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
    let mut notes = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let last = line.starts_with("Open http://");
        notes.push(line);
        if last {
            break;
        }
    }
    Server {
        child,
        addr,
        key,
        notes,
    }
}

pub fn start() -> Server {
    start_with(repo(), &[])
}

impl Server {
    pub fn conn(&self) -> Conn {
        Conn::open(&self.addr).unwrap()
    }

    pub fn auth(&self) -> String {
        format!("App {}", self.key)
    }

    pub fn post(&self, conn: &mut Conn, body: &str) -> Answer {
        conn.request(
            "POST",
            "/rcs/2/messages",
            &[
                ("Authorization", &self.auth()),
                ("Content-Type", "application/json"),
            ],
            body.as_bytes(),
        )
        .unwrap()
    }

    /// POSTs `body` as JSON, with the key, to `path` on a new connection.
    pub fn post_to(&self, path: &str, body: &str) -> Answer {
        self.conn()
            .request(
                "POST",
                path,
                &[
                    ("Authorization", &self.auth()),
                    ("Content-Type", "application/json"),
                ],
                body.as_bytes(),
            )
            .unwrap()
    }

    /// `GET path`, which must answer `200` with JSON.
    pub fn get_json(&self, path: &str) -> serde_json::Value {
        let a = self.conn().request("GET", path, &[], b"").unwrap();
        assert_eq!(a.status, 200, "{path}: {}", a.text());
        a.json()
    }

    pub fn listing(&self) -> serde_json::Value {
        self.get_json("/__stand-in/messages")
    }
}
