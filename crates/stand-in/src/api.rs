//! The API's behaviour: [`StandIn::handle`], a function from request to response.

use super::answer::Accepted;
use super::guard::{self, Misdirected};
use super::ids::Ids;
use super::store::{Replayed, Store, DEFAULT_STORE_BYTES};
use super::{files, Body, Request, Response};
use rcs_kit::limits::REQUEST_SIZE;
use rcs_kit::{validate_bytes, Kind, Options, Severity};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The port the binary listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// Most bytes of request line plus headers.
pub(crate) const MAX_HEAD: usize = 64 * 1024;

/// The stand-in: its API key, the port it is addressed by, the repository root it serves
/// files from, and what it accepted.
pub struct StandIn {
    key: String,
    root: PathBuf,
    port: u16,
    store: Store,
    ids: Arc<Ids>,
}

impl StandIn {
    /// A stand-in with API key `key` serving `root/www` and `root/pkg`, addressed as
    /// `127.0.0.1:8080` (see [`StandIn::with_port`]), keeping up to
    /// [`DEFAULT_STORE_BYTES`] of accepted requests, with no journal.
    pub fn new(key: String, root: PathBuf) -> Self {
        StandIn {
            key,
            root,
            port: DEFAULT_PORT,
            store: Store::new(DEFAULT_STORE_BYTES),
            ids: Arc::new(Ids::new()),
        }
    }

    /// The port the stand-in is reached on: only requests addressed to
    /// `127.0.0.1:<port>`, `localhost:<port>` or `[::1]:<port>` are served.
    ///
    /// ```
    /// use rcs_kit_stand_in::{Request, StandIn};
    /// let api = StandIn::new("k".into(), ".".into()).with_port(4000);
    /// assert_eq!(api.handle(&Request::get("/__stand-in/messages")).status, 421);
    /// let mut req = Request::get("/__stand-in/messages");
    /// req.headers[0].1 = "localhost:4000".into();
    /// assert_eq!(api.handle(&req).status, 200);
    /// ```
    pub fn with_port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Keeps at most `bytes` of accepted requests in memory (the oldest are dropped, and
    /// counted, to make room).
    pub fn with_store_limit(mut self, bytes: usize) -> Self {
        self.store = Store::new(bytes);
        self
    }

    /// Appends every accepted request to the journal at `path` (one JSON line each,
    /// written before the `200` is sent), after reading back what it already holds.
    ///
    /// ```
    /// use rcs_kit_stand_in::{Request, StandIn};
    /// let path = std::env::temp_dir().join(format!("rcs-kit-doc-journal-{}.jsonl", std::process::id()));
    /// # let _ = std::fs::remove_file(&path);
    /// let (api, replayed) = StandIn::new("k".into(), ".".into()).with_journal(&path)?;
    /// assert_eq!(replayed.requests, 0);
    /// let body = br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;
    /// assert_eq!(api.handle(&Request::post("/rcs/2/messages", "App k", body)).status, 200);
    /// drop(api);
    /// let (_, replayed) = StandIn::new("k".into(), ".".into()).with_journal(&path)?;
    /// assert_eq!(replayed.requests, 1);
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn with_journal(self, path: &Path) -> std::io::Result<(Self, Replayed)> {
        let replayed = self.store.open_journal(path)?;
        Ok((self, replayed))
    }

    /// The API key clients must send as `Authorization: App <key>`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The port the stand-in is addressed by.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Answers one request.
    pub fn handle(&self, req: &Request) -> Response {
        if let Some(refusal) = self.refuse_head(req) {
            return refusal;
        }
        match (req.method.as_str(), req.path()) {
            ("POST", "/rcs/2/messages") => self.send(req, Kind::Request),
            ("POST", "/rcs/1/events") => self.send(req, Kind::Events),
            (_, "/rcs/2/messages" | "/rcs/1/events") => api_error(405, "E405", "Use POST."),
            ("GET", "/__stand-in/messages") => {
                Response::json_body(200, Body::Stream(self.store.listing()))
            }
            ("DELETE", "/__stand-in/messages") => {
                self.store.clear();
                Response::json_body(200, Body::Stream(self.store.listing()))
            }
            ("GET", "/__stand-in/config") => self.config(req),
            ("GET" | "HEAD", _) => files::serve(&self.root, req.path()),
            _ => api_error(405, "E405", "Method not allowed."),
        }
    }

    /// What can be refused from the request line and headers alone, before a byte of the
    /// body is read: another host (`421`, before the key or the store is touched), no
    /// `Host` (`400`), a head over 64 KB (`431`), a wrong key for the API (`401`), a
    /// body announced over 10 MB (`413`).
    pub fn refuse_head(&self, req: &Request) -> Option<Response> {
        match guard::check_host(req, self.port) {
            Ok(()) => {}
            Err(Misdirected::NoHost) => {
                return Some(api_error(400, "E400", "Send a Host header."));
            }
            Err(Misdirected::OtherHost) => {
                return Some(api_error(
                    421,
                    "E421",
                    "This stand-in only answers requests addressed to 127.0.0.1, localhost or [::1] on its own port.",
                ));
            }
        }
        let head = req.method.len()
            + req.target.len()
            + req
                .headers
                .iter()
                .map(|(k, v)| k.len() + v.len() + 4)
                .sum::<usize>();
        if head > MAX_HEAD {
            return Some(api_error(431, "E431", "Request head is too large."));
        }
        let api = matches!(req.path(), "/rcs/2/messages" | "/rcs/1/events");
        if api && req.method == "POST" && !self.authorized(req) {
            // Never echo what was sent: a wrong key must not be reflected.
            return Some(api_error(
                401,
                "E401",
                "Invalid login details. Send `Authorization: App <API key>`.",
            ));
        }
        let announced = req
            .header("content-length")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0);
        if announced > REQUEST_SIZE.max as u64 {
            return Some(api_error(413, "E413", "Request is larger than 10 MB."));
        }
        None
    }

    /// The key for the composer page on this same origin, so the demo runs with no
    /// account. Never answered to another origin (and no CORS headers are sent).
    fn config(&self, req: &Request) -> Response {
        if !guard::from_own_page(req, self.port) {
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
        drop(report);
        let Some(accepted) = Accepted::read(&req.body, &self.ids) else {
            return api_error(400, "E400", "Provided request can not be processed.");
        };
        #[allow(clippy::disallowed_methods)]
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or_default();
        let kept = self.store.accept(
            req.path(),
            accepted.bulk_id.clone(),
            rcs_kit::time::format_timestamp(now),
            req.body.clone(),
        );
        if kept.is_err() {
            // Not journalled, so not accepted: the client may send it again.
            return api_error(
                500,
                "E500",
                "The stand-in could not write its journal; the request was not accepted.",
            );
        }
        Response::json_body(
            200,
            Body::Stream(accepted.into_answer(Arc::clone(&self.ids))),
        )
    }
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

    fn body(r: Response) -> Value {
        serde_json::from_slice(&r.into_bytes()).unwrap()
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
            let text = String::from_utf8(r.into_bytes()).unwrap();
            assert!(text.contains("\"E401\""));
            assert!(!text.contains("wrong") && !text.contains("k3y"));
        }
    }

    #[test]
    fn accepts_with_one_message_per_destination_and_keeps_it() {
        let api = api();
        let r = api.handle(&Request::post("/rcs/2/messages", "App k3y", TEXT));
        assert_eq!(r.status, 200);
        let b = body(r);
        let msgs = b["messages"].as_array().unwrap();
        assert_eq!(msgs.len(), 2);
        assert_eq!(msgs[0]["messageId"], "mine");
        assert_eq!(msgs[0]["destination"], "441134960001");
        assert_eq!(msgs[1]["status"]["name"], "MESSAGE_ACCEPTED");
        assert!(b["bulkId"].as_str().unwrap().len() == 36);
        let kept = body(api.handle(&Request::get("/__stand-in/messages")));
        assert_eq!(
            kept["requests"][0]["body"],
            serde_json::from_slice::<Value>(TEXT).unwrap()
        );
        api.handle(&Request {
            method: "DELETE".into(),
            ..Request::get("/__stand-in/messages")
        });
        let kept = body(api.handle(&Request::get("/__stand-in/messages")));
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
        let b = body(r);
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
        assert_eq!(body(r)["messages"].as_array().unwrap().len(), 1);
        let mut wrong_type = Request::post("/rcs/2/messages", "App k3y", TEXT);
        wrong_type.headers[2].1 = "text/plain".into();
        assert_eq!(api().handle(&wrong_type).status, 415);
        assert_eq!(api().handle(&Request::get("/rcs/2/messages")).status, 405);
    }

    #[test]
    fn config_only_for_its_own_page() {
        let mut same = Request::get("/__stand-in/config");
        same.headers
            .push(("sec-fetch-site".into(), "same-origin".into()));
        assert_eq!(body(api().handle(&same))["apiKey"], "k3y");
        let mut other = Request::get("/__stand-in/config");
        other
            .headers
            .push(("sec-fetch-site".into(), "cross-site".into()));
        assert_eq!(api().handle(&other).status, 403);
        let mut origin = Request::get("/__stand-in/config");
        origin.headers = vec![
            ("origin".into(), "https://evil.example".into()),
            ("host".into(), "127.0.0.1:8080".into()),
        ];
        assert_eq!(api().handle(&origin).status, 403);
    }

    #[test]
    fn a_rebinding_page_gets_nothing() {
        let api = api();
        let evil = |mut r: Request| {
            r.headers[0].1 = "evil.example:8080".into();
            r.headers
                .push(("sec-fetch-site".into(), "same-origin".into()));
            r
        };
        for req in [
            evil(Request::get("/__stand-in/config")),
            evil(Request::get("/__stand-in/messages")),
            evil(Request::post("/rcs/2/messages", "App k3y", TEXT)),
            evil(Request::get("/")),
        ] {
            let r = api.handle(&req);
            assert_eq!(r.status, 421, "{}", req.target);
            assert!(!String::from_utf8(r.into_bytes()).unwrap().contains("k3y"));
        }
        assert_eq!(api.store.counts().accepted, 0);
    }
}
