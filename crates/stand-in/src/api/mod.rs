//! The API's behaviour: [`StandIn::handle`], a function from request to response.

use super::answer::Accepted;
use super::checks::{CheckLog, Endpoint, DEFAULT_CHECK_BYTES};
use super::guard::{self, Misdirected};
use super::ids::Ids;
use super::store::{Replayed, Store, DEFAULT_STORE_BYTES};
use super::webhook::{AllowedHost, WebhookPolicy};
use super::{files, Body, Request, Response};
use rcs_kit::limits::REQUEST_SIZE;
use rcs_kit::{validate_bytes, Kind, Options, Severity};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod capability;

/// The port the binary listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// Most bytes of request line plus headers.
pub(crate) const MAX_HEAD: usize = 64 * 1024;

/// The Messages API's validate endpoint, under both paths the sources name
/// (`infobip-next.md` section 1: the Java SDK's and the product docs'). The other API paths
/// are the body kinds' own ([`Kind::endpoint`]): `POST` only, with the key.
const MESSAGES_API_VALIDATE: &str = "/messages-api/1/messages/validate";
const RESOURCE_MANAGEMENT_VALIDATE: &str = "/resource-management/1/messages/validate";

/// The body kind whose endpoint ([`Kind::endpoint`], `POST <path>`) is at `path`.
fn kind_at(path: &str) -> Option<Kind> {
    Kind::ALL
        .into_iter()
        .find(|k| k.endpoint().strip_prefix("POST ") == Some(path))
}

fn is_api(path: &str) -> bool {
    kind_at(path).is_some() || matches!(path, MESSAGES_API_VALIDATE | RESOURCE_MANAGEMENT_VALIDATE)
}

/// Notify requests whose webhooks are posted at the same time (the others wait).
const CONCURRENT_DELIVERIES: usize = 8;

/// Why a notify request's results are not posted when it has no `notifyUrl`.
const NO_NOTIFY_URL: &str = "no notifyUrl: Infobip would send this result as the Subscriptions event CapCheck; the stand-in only lists it";

/// The stand-in: its API key, the port it is addressed by, the repository root it serves
/// files from, and what it accepted.
pub struct StandIn {
    key: String,
    root: PathBuf,
    port: u16,
    store: Store,
    ids: Arc<Ids>,
    checks: CheckLog,
    webhook_hosts: Vec<AllowedHost>,
    webhook_policy: WebhookPolicy,
    deliveries: Arc<tokio::sync::Semaphore>,
}

impl StandIn {
    /// A stand-in with API key `key` serving `root/www` and `root/pkg`, addressed as
    /// `127.0.0.1:8080` (see [`StandIn::with_port`]), keeping up to
    /// [`DEFAULT_STORE_BYTES`] of accepted requests, with no journal, posting
    /// capability-check results to loopback only ([`StandIn::allow_webhook_host`]) with
    /// the default [`WebhookPolicy`].
    pub fn new(key: String, root: PathBuf) -> Self {
        StandIn {
            key,
            root,
            port: DEFAULT_PORT,
            store: Store::new(DEFAULT_STORE_BYTES),
            ids: Arc::new(Ids::new()),
            checks: CheckLog::new(DEFAULT_CHECK_BYTES),
            webhook_hosts: Vec::new(),
            webhook_policy: WebhookPolicy::default(),
            deliveries: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_DELIVERIES)),
        }
    }

    /// Also posts capability-check results to `spec`, `HOST` (any port) or `HOST:PORT`
    /// (an IPv6 address in brackets: `[fd00::1]:8080`); by default the stand-in posts
    /// only to loopback addresses (`127.0.0.0/8`, `[::1]`, `localhost`). The host is
    /// compared with the notifyUrl's as written, without case; a name is looked up when
    /// the webhook is posted. `Err` says why `spec` cannot be read.
    ///
    /// ```
    /// use rcs_kit_stand_in::StandIn;
    /// let api = StandIn::new("k".into(), ".".into())
    ///     .allow_webhook_host("hooks.example.test:8080")?
    ///     .allow_webhook_host("[fd00::1]")?;
    /// assert!(StandIn::new("k".into(), ".".into()).allow_webhook_host("fd00::1").is_err());
    /// # Ok::<(), String>(())
    /// ```
    pub fn allow_webhook_host(mut self, spec: &str) -> Result<Self, String> {
        self.webhook_hosts.push(AllowedHost::parse(spec)?);
        Ok(self)
    }

    /// How capability-check results are posted: attempts, the wait between them, the time
    /// each may take (the attempts are clamped to 1 to [`MAX_ATTEMPTS`](crate::webhook::MAX_ATTEMPTS)).
    ///
    /// ```
    /// use rcs_kit_stand_in::{StandIn, WebhookPolicy};
    /// use std::time::Duration;
    /// let api = StandIn::new("k".into(), ".".into()).with_webhook_policy(WebhookPolicy {
    ///     attempts: 2,
    ///     backoff: Duration::from_millis(10),
    ///     timeout: Duration::from_millis(500),
    /// });
    /// assert_eq!(api.webhook_policy().attempts, 2);
    /// ```
    pub fn with_webhook_policy(mut self, policy: WebhookPolicy) -> Self {
        self.webhook_policy = policy.clamped();
        self
    }

    /// How capability-check results are posted.
    pub fn webhook_policy(&self) -> WebhookPolicy {
        self.webhook_policy
    }

    /// Keeps at most `bytes` of capability checks (their results and webhook deliveries)
    /// for `GET /__stand-in/capability`; the oldest are dropped, and counted, to make
    /// room. Default: 16 MB.
    pub fn with_check_log_limit(mut self, bytes: usize) -> Self {
        self.checks = CheckLog::new(bytes);
        self
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
        let posted = if req.method == "POST" {
            kind_at(req.path())
        } else {
            None
        };
        match (req.method.as_str(), req.path(), posted) {
            (_, _, Some(Kind::CapabilityQuery)) => self.capability(req, Endpoint::Query),
            (_, _, Some(Kind::CapabilityNotify)) => self.capability(req, Endpoint::Notify),
            (_, _, Some(kind)) => self.send(req, kind),
            ("POST", MESSAGES_API_VALIDATE | RESOURCE_MANAGEMENT_VALIDATE, _) => {
                self.validate_only(req)
            }
            (_, path, _) if is_api(path) => api_error(405, "E405", "Use POST."),
            ("GET", "/__stand-in/messages", _) => {
                Response::json_body(200, Body::Stream(self.store.listing()))
            }
            ("DELETE", "/__stand-in/messages", _) => {
                self.store.clear();
                Response::json_body(200, Body::Stream(self.store.listing()))
            }
            ("GET", "/__stand-in/capability", _) => {
                Response::json_body(200, Body::Stream(self.checks.listing()))
            }
            ("DELETE", "/__stand-in/capability", _) => {
                self.checks.clear();
                Response::json_body(200, Body::Stream(self.checks.listing()))
            }
            ("GET", "/__stand-in/config", _) => self.config(req),
            ("GET" | "HEAD", _, _) => files::serve(&self.root, req.path()),
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
        if is_api(req.path()) && req.method == "POST" && !self.authorized(req) {
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

    /// `413` over 10 MB, `415` unless JSON: what every API body is refused for before it
    /// is read.
    fn check_envelope(req: &Request) -> Result<(), Response> {
        if req.body.len() as u64 > REQUEST_SIZE.max as u64 {
            return Err(api_error(413, "E413", "Request is larger than 10 MB."));
        }
        let json_type = req
            .header("content-type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/json"));
        if !json_type {
            return Err(api_error(
                415,
                "E415",
                "Send the body as `Content-Type: application/json`.",
            ));
        }
        Ok(())
    }

    /// The Messages API's `/validate`: nothing is sent or kept; `200` when Infobip would
    /// accept the body, `400` when not, each in the shape of Infobip's answer
    /// (`{description, action, violations?, skippableViolations}`,
    /// [`Report::to_infobip_json`](rcs_kit::Report::to_infobip_json)): errors are
    /// violations, warnings (unknown fields, and with advice on what `adaptationMode`
    /// degrades for RCS) skippable.
    fn validate_only(&self, req: &Request) -> Response {
        if let Err(refusal) = Self::check_envelope(req) {
            return refusal;
        }
        let opts = Options {
            kind: Some(Kind::MessagesApi),
            advice: true,
            ..Options::default()
        };
        let report = validate_bytes(&req.body, &opts);
        let status = if report.is_valid() { 200 } else { 400 };
        Response::json_body(status, Body::Full(report.to_infobip_json().into()))
    }

    /// The checks every API body gets: `413` over 10 MB, `415` unless JSON, `400` with one
    /// violation per rcs-kit error.
    fn check_body(&self, req: &Request, kind: Kind) -> Result<(), Response> {
        Self::check_envelope(req)?;
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
            return Err(Response::json(
                400,
                &json!({
                    "errorCode": "E400",
                    "description": "Provided request can not be processed.",
                    "action": "Check request syntax and provided violations to adjust the request accordingly.",
                    "violations": violations,
                    "resources": [{ "name": "API docs", "url": "https://www.infobip.com/docs/api" }]
                }),
            ));
        }
        Ok(())
    }

    fn send(&self, req: &Request, kind: Kind) -> Response {
        if let Err(refusal) = self.check_body(req, kind) {
            return refusal;
        }
        let Some(accepted) = Accepted::read(&req.body, &self.ids) else {
            return api_error(400, "E400", "Provided request can not be processed.");
        };
        let kept = self.store.accept(
            req.path(),
            accepted.bulk_id.clone(),
            timestamp(),
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

/// Now, as the API writes times (`2026-12-02T10:00:00.000+0000`).
fn timestamp() -> String {
    #[allow(clippy::disallowed_methods)]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or_default();
    rcs_kit::time::format_timestamp(now)
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
mod tests;
