//! The API's behaviour.

use super::{files, Request, Response};
use rcs_kit::limits::REQUEST_SIZE;
use rcs_kit::{validate_bytes, Kind, Options, Severity};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Most accepted requests kept for `GET /__stand-in/messages`.
const KEEP: usize = 1000;

/// The stand-in: its API key, the repository root it serves files from, and what it
/// accepted.
pub struct StandIn {
    key: String,
    root: PathBuf,
    accepted: Mutex<Vec<Value>>,
    counter: AtomicU64,
    seed: u64,
}

impl StandIn {
    /// A stand-in with API key `key` serving `root/www` and `root/pkg`.
    pub fn new(key: String, root: PathBuf) -> Self {
        let seed = key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        StandIn {
            key,
            root,
            accepted: Mutex::new(Vec::new()),
            counter: AtomicU64::new(1),
            seed,
        }
    }

    /// The API key clients must send as `Authorization: App <key>`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Answers one request.
    pub fn handle(&self, req: &Request) -> Response {
        match (req.method.as_str(), req.path()) {
            ("POST", "/rcs/2/messages") => self.send(req, Kind::Request),
            ("POST", "/rcs/1/events") => self.send(req, Kind::Events),
            (_, "/rcs/2/messages" | "/rcs/1/events") => api_error(405, "E405", "Use POST."),
            ("GET", "/__stand-in/messages") => {
                let requests = self.accepted.lock().map(|v| v.clone()).unwrap_or_default();
                Response::json(200, &json!({ "requests": requests }))
            }
            ("DELETE", "/__stand-in/messages") => {
                if let Ok(mut v) = self.accepted.lock() {
                    v.clear();
                }
                Response::json(200, &json!({ "requests": [] }))
            }
            ("GET", "/__stand-in/config") => self.config(req),
            ("GET" | "HEAD", _) => files::serve(&self.root, req.path()),
            _ => api_error(405, "E405", "Method not allowed."),
        }
    }

    /// The key for the composer page on this same origin, so the demo runs with no
    /// account. Never answered to another origin (and no CORS headers are sent).
    fn config(&self, req: &Request) -> Response {
        let cross_site = req
            .header("sec-fetch-site")
            .is_some_and(|s| s != "same-origin" && s != "none");
        let foreign_origin = req
            .header("origin")
            .zip(req.header("host"))
            .is_some_and(|(o, h)| o.split_once("://").map(|(_, rest)| rest) != Some(h));
        if cross_site || foreign_origin {
            return api_error(
                403,
                "E403",
                "The stand-in's configuration is only given to its own page.",
            );
        }
        Response::json(200, &json!({ "apiKey": self.key, "standIn": true }))
    }

    fn authorized(&self, req: &Request) -> bool {
        req.header("authorization")
            .and_then(|v| v.strip_prefix("App "))
            .is_some_and(|k| constant_time_eq(k.trim().as_bytes(), self.key.as_bytes()))
    }

    fn send(&self, req: &Request, kind: Kind) -> Response {
        if !self.authorized(req) {
            // Never echo what was sent: a wrong key must not be reflected.
            return api_error(
                401,
                "E401",
                "Invalid login details. Send `Authorization: App <API key>`.",
            );
        }
        if req.body.len() as u64 > REQUEST_SIZE.max as u64 {
            return api_error(413, "E413", "Request is larger than 10 MB.");
        }
        let json_type = req
            .header("content-type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/json"));
        if !json_type {
            return api_error(
                415,
                "E415",
                "Send the body as `Content-Type: application/json`.",
            );
        }
        let opts = Options {
            kind: Some(kind),
            ..Options::default()
        };
        let report = validate_bytes(&req.body, &opts);
        if !report.is_valid() {
            let violations: Vec<Value> = report
                .issues()
                .iter()
                .filter(|i| i.severity == Severity::Error)
                .map(|i| json!({ "property": dotted(&i.path), "violation": i.message }))
                .collect();
            return Response::json(
                400,
                &json!({
                    "errorCode": "E400",
                    "description": "Provided request can not be processed.",
                    "action": "Check request syntax and provided violations to adjust the request accordingly.",
                    "violations": violations,
                    "resources": [{ "name": "API docs", "url": "https://www.infobip.com/docs/api" }]
                }),
            );
        }
        let body: Value = match serde_json::from_slice(&req.body) {
            Ok(v) => v,
            Err(_) => return api_error(400, "E400", "Provided request can not be processed."),
        };
        let response = self.accept(&body, kind);
        if let Ok(mut v) = self.accepted.lock() {
            if v.len() >= KEEP {
                v.remove(0);
            }
            v.push(json!({ "path": req.path(), "body": body, "status": 200 }));
        }
        Response::json(200, &response)
    }

    fn accept(&self, body: &Value, kind: Kind) -> Value {
        let bulk_id = body
            .pointer("/options/schedule/bulkId")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| self.id());
        let list = match kind {
            Kind::Request => "messages",
            Kind::Events => "events",
        };
        let mut out = Vec::new();
        for item in body
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for dest in item
                .get("destinations")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let message_id = dest
                    .get("messageId")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| self.id());
                out.push(json!({
                    "messageId": message_id,
                    "status": {
                        "groupId": 1, "groupName": "PENDING", "id": 26,
                        "name": "MESSAGE_ACCEPTED", "description": "Message sent to next instance"
                    },
                    "destination": dest.get("to").cloned().unwrap_or(Value::Null),
                }));
            }
        }
        json!({ "bulkId": bulk_id, "messages": out })
    }

    /// A fresh id shaped like the API's (8-4-4-4-12 hex).
    fn id(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let a = mix(self.seed ^ n);
        let b = mix(a ^ 0x9e37_79b9_7f4a_7c15);
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xffff,
            b >> 48,
            b & 0xffff_ffff_ffff
        )
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The API's error shape with no violations.
pub(super) fn api_error(status: u16, code: &str, description: &str) -> Response {
    Response::json(
        status,
        &json!({
            "errorCode": code,
            "description": description,
            "action": "",
            "violations": [],
            "resources": []
        }),
    )
}

/// A JSON pointer in the API's dotted form: `/messages/0/content/text` →
/// `messages[0].content.text`.
pub fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&seg);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api() -> StandIn {
        StandIn::new("k3y".into(), PathBuf::from(env!("CARGO_MANIFEST_DIR")))
    }

    const TEXT: &[u8] = br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001","messageId":"mine"},{"to":"441134960002"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;

    fn body(r: &Response) -> Value {
        serde_json::from_slice(&r.body).unwrap()
    }

    #[test]
    fn dotted_paths() {
        assert_eq!(
            dotted("/messages/0/content/text"),
            "messages[0].content.text"
        );
        assert_eq!(
            dotted("/messages/10/destinations/2"),
            "messages[10].destinations[2]"
        );
        assert_eq!(dotted(""), "");
    }

    #[test]
    fn unauthorized_without_the_key_and_never_echoes_it() {
        for auth in ["", "App wrong", "Basic k3y", "App"] {
            let r = api().handle(&Request::post("/rcs/2/messages", auth, TEXT));
            assert_eq!(r.status, 401, "{auth}");
            assert_eq!(body(&r)["errorCode"], "E401");
            let text = String::from_utf8_lossy(&r.body);
            assert!(!text.contains("wrong") && !text.contains("k3y"));
        }
    }

    #[test]
    fn accepts_with_one_message_per_destination_and_keeps_it() {
        let api = api();
        let r = api.handle(&Request::post("/rcs/2/messages", "App k3y", TEXT));
        assert_eq!(r.status, 200);
        let b = body(&r);
        let msgs = b["messages"].as_array().unwrap();
        assert_eq!(msgs.len(), 2);
        assert_eq!(msgs[0]["messageId"], "mine");
        assert_eq!(msgs[0]["destination"], "441134960001");
        assert_eq!(msgs[1]["status"]["name"], "MESSAGE_ACCEPTED");
        assert!(b["bulkId"].as_str().unwrap().len() == 36);
        let kept = body(&api.handle(&Request::get("/__stand-in/messages")));
        assert_eq!(
            kept["requests"][0]["body"],
            serde_json::from_slice::<Value>(TEXT).unwrap()
        );
        api.handle(&Request {
            method: "DELETE".into(),
            ..Request::get("/__stand-in/messages")
        });
        let kept = body(&api.handle(&Request::get("/__stand-in/messages")));
        assert_eq!(kept["requests"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn rejects_invalid_bodies_with_dotted_violations() {
        let r = api().handle(&Request::post(
            "/rcs/2/messages",
            "App k3y",
            br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT"}}]}"#,
        ));
        assert_eq!(r.status, 400);
        let b = body(&r);
        assert_eq!(b["errorCode"], "E400");
        assert_eq!(b["violations"][0]["property"], "messages[0].content");
        let r = api().handle(&Request::post("/rcs/2/messages", "App k3y", b"not json"));
        assert_eq!(r.status, 400);
    }

    #[test]
    fn events_and_errors() {
        let r = api().handle(&Request::post(
            "/rcs/1/events",
            "App k3y",
            br#"{"events":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TYPING_INDICATOR"}}]}"#,
        ));
        assert_eq!(r.status, 200);
        assert_eq!(body(&r)["messages"].as_array().unwrap().len(), 1);
        let mut wrong_type = Request::post("/rcs/2/messages", "App k3y", TEXT);
        wrong_type.headers[1].1 = "text/plain".into();
        assert_eq!(api().handle(&wrong_type).status, 415);
        assert_eq!(api().handle(&Request::get("/rcs/2/messages")).status, 405);
    }

    #[test]
    fn config_only_for_its_own_page() {
        let mut same = Request::get("/__stand-in/config");
        same.headers = vec![("sec-fetch-site".into(), "same-origin".into())];
        assert_eq!(body(&api().handle(&same))["apiKey"], "k3y");
        let mut other = Request::get("/__stand-in/config");
        other.headers = vec![("sec-fetch-site".into(), "cross-site".into())];
        assert_eq!(api().handle(&other).status, 403);
        let mut origin = Request::get("/__stand-in/config");
        origin.headers = vec![
            ("origin".into(), "https://evil.example".into()),
            ("host".into(), "127.0.0.1:8080".into()),
        ];
        assert_eq!(api().handle(&origin).status, 403);
    }
}
