//! The API's behaviour: [`StandIn::handle`], a function from request to response.

use super::answer::Accepted;
use super::capability::code_for;
use super::checks::{self, Check, CheckLog, Endpoint, Notify, Outcome, State, DEFAULT_CHECK_BYTES};
use super::guard::{self, Misdirected};
use super::ids::Ids;
use super::store::{Replayed, Store, DEFAULT_STORE_BYTES};
use super::webhook::{self, AllowedHost, Client, Format, WebhookPolicy};
use super::{files, Body, Request, Response};
use rcs_kit::limits::REQUEST_SIZE;
use rcs_kit::webhooks::{
    CapabilityCheckResult, CapabilityNotifyResponse, CapabilityQueryResponse,
    CapabilityRequestState, CapabilityResultOptions, RcsStatusReason,
};
use rcs_kit::{validate_bytes, Kind, Options, Severity};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The port the binary listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// Most bytes of request line plus headers.
pub(crate) const MAX_HEAD: usize = 64 * 1024;

/// The API's paths: `POST` only, with the key.
const MESSAGES: &str = "/rcs/2/messages";
const EVENTS: &str = "/rcs/1/events";
const CAPABILITY_QUERY: &str = "/rcs/2/capability-check/query";
const CAPABILITY_NOTIFY: &str = "/rcs/2/capability-check/notify";

fn is_api(path: &str) -> bool {
    matches!(
        path,
        MESSAGES | EVENTS | CAPABILITY_QUERY | CAPABILITY_NOTIFY
    )
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
        match (req.method.as_str(), req.path()) {
            ("POST", MESSAGES) => self.send(req, Kind::Request),
            ("POST", EVENTS) => self.send(req, Kind::Events),
            ("POST", CAPABILITY_QUERY) => self.capability(req, Endpoint::Query),
            ("POST", CAPABILITY_NOTIFY) => self.capability(req, Endpoint::Notify),
            (_, path) if is_api(path) => api_error(405, "E405", "Use POST."),
            ("GET", "/__stand-in/messages") => {
                Response::json_body(200, Body::Stream(self.store.listing()))
            }
            ("DELETE", "/__stand-in/messages") => {
                self.store.clear();
                Response::json_body(200, Body::Stream(self.store.listing()))
            }
            ("GET", "/__stand-in/capability") => {
                Response::json_body(200, Body::Stream(self.checks.listing()))
            }
            ("DELETE", "/__stand-in/capability") => {
                self.checks.clear();
                Response::json_body(200, Body::Stream(self.checks.listing()))
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

    /// The checks every API body gets: `413` over 10 MB, `415` unless JSON, `400` with one
    /// violation per rcs-kit error.
    fn check_body(&self, req: &Request, kind: Kind) -> Result<(), Response> {
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

impl StandIn {
    /// A capability check: validated like a message, answered with each number's code
    /// ([`code_for`]) or its pending state, listed; for notify, the results are then
    /// posted to `notifyUrl` in the background (when it may be posted to).
    fn capability(&self, req: &Request, endpoint: Endpoint) -> Response {
        let kind = match endpoint {
            Endpoint::Query => Kind::CapabilityQuery,
            Endpoint::Notify => Kind::CapabilityNotify,
        };
        if let Err(refusal) = self.check_body(req, kind) {
            return refusal;
        }
        let Some(body) = CheckBody::read(&req.body) else {
            return api_error(400, "E400", "Provided request can not be processed.");
        };
        let results: Vec<Outcome> = body
            .phone_numbers
            .into_iter()
            .map(|n| Outcome {
                message_id: self.ids.id(),
                code: code_for(&n),
                phone_number: n,
            })
            .collect();
        let options_model = body.options.as_ref().map(options_model);
        let max_attempts = self.webhook_policy.attempts;
        match endpoint {
            Endpoint::Query => {
                let answer = CapabilityQueryResponse {
                    capability_check_results: results
                        .iter()
                        .map(|r| CapabilityCheckResult {
                            message_id: Some(r.message_id.clone()),
                            phone_number: Some(r.phone_number.clone()),
                            code: Some(r.code.clone()),
                            ..CapabilityCheckResult::default()
                        })
                        .collect(),
                    options: options_model.clone(),
                    extra: Map::new(),
                };
                self.checks.add(Check::new(
                    endpoint,
                    timestamp(),
                    None,
                    body.sender,
                    options_model,
                    None,
                    results,
                    None,
                    max_attempts,
                ));
                typed(200, &answer)
            }
            Endpoint::Notify => {
                let bulk_id = self.ids.id();
                let answer = CapabilityNotifyResponse {
                    bulk_id: Some(bulk_id.clone()),
                    capability_check_request_states: results
                        .iter()
                        .map(|r| CapabilityRequestState {
                            message_id: Some(r.message_id.clone()),
                            phone_number: Some(r.phone_number.clone()),
                            status: Some(RcsStatusReason::PendingEnroute),
                            extra: Map::new(),
                        })
                        .collect(),
                    extra: Map::new(),
                };
                let (initial, post) = match &body.notify_url {
                    None => ((State::NotSent, Some(NO_NOTIFY_URL.to_owned())), None),
                    Some(url) => match webhook::target(url, &self.webhook_hosts) {
                        Err(why) => ((State::Refused, Some(why)), None),
                        Ok(target) => match tokio::runtime::Handle::try_current() {
                            Ok(runtime) => ((State::Pending, None), Some((target, runtime))),
                            Err(_) => (
                                (
                                    State::NotSent,
                                    Some("no tokio runtime to post from: StandIn::handle was called outside the server".to_owned()),
                                ),
                                None,
                            ),
                        },
                    },
                };
                let notify = Notify {
                    format: Format::from_content_type(body.notify_content_type.as_deref()),
                    url: body.notify_url,
                    content_type: body.notify_content_type,
                };
                let check = self.checks.add(Check::new(
                    endpoint,
                    timestamp(),
                    Some(bulk_id),
                    body.sender,
                    options_model,
                    Some(notify),
                    results,
                    Some(initial),
                    max_attempts,
                ));
                if let Some((target, runtime)) = post {
                    let permits = Arc::clone(&self.deliveries);
                    let policy = self.webhook_policy;
                    runtime.spawn(async move {
                        let Ok(_permit) = permits.acquire_owned().await else {
                            return;
                        };
                        checks::deliver(check, Client::new(target), policy, timestamp).await;
                    });
                }
                typed(200, &answer)
            }
        }
    }
}

/// A JSON response from a typed model.
fn typed<T: serde::Serialize>(status: u16, answer: &T) -> Response {
    Response::json_body(
        status,
        Body::Full(serde_json::to_vec(answer).unwrap_or_default().into()),
    )
}

/// What a capability check's answer and webhooks are made from, read from a body the
/// validator accepted (`None` if it is not shaped so after all).
struct CheckBody {
    sender: String,
    phone_numbers: Vec<String>,
    notify_url: Option<String>,
    notify_content_type: Option<String>,
    options: Option<Value>,
}

impl CheckBody {
    fn read(body: &[u8]) -> Option<Self> {
        let text = std::str::from_utf8(body).ok()?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text).ok()?;
        let mut top = match value {
            Value::Object(top) => top,
            _ => return None,
        };
        let string = |v: Option<Value>| match v {
            Some(Value::String(s)) => Some(s),
            _ => None,
        };
        let phone_numbers = match top.remove("phoneNumbers") {
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|n| string(Some(n)))
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        Some(CheckBody {
            sender: string(top.remove("sender"))?,
            phone_numbers,
            notify_url: string(top.remove("notifyUrl")),
            notify_content_type: string(top.remove("notifyContentType")),
            options: top.remove("options").filter(|o| !o.is_null()),
        })
    }
}

/// The request's options as the result webhook carries them (what the typed model cannot
/// read is kept as unknown members).
fn options_model(options: &Value) -> CapabilityResultOptions {
    serde_json::from_value(options.clone()).unwrap_or_else(|_| CapabilityResultOptions {
        platform: None,
        extra: options.as_object().cloned().unwrap_or_default(),
    })
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

    fn numbers(n: usize) -> String {
        (0..n)
            .map(|i| format!("\"4411349{i:05}\""))
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn capability_query_answers_by_the_rule_in_request_order() {
        let api = api();
        let query = br#"{"sender":"S","phoneNumbers":["441134960002","+441134960001","12345","441134960000"],"options":{"platform":{"entityId":"e1"}}}"#;
        let r = api.handle(&Request::post(
            "/rcs/2/capability-check/query",
            "App k3y",
            query,
        ));
        assert_eq!(r.status, 200);
        let b = body(r);
        let results = b["capabilityCheckResults"].as_array().unwrap();
        let got: Vec<(&str, &str)> = results
            .iter()
            .map(|r| {
                (
                    r["phoneNumber"].as_str().unwrap(),
                    r["code"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("441134960002", "UNREACHABLE"),
                ("+441134960001", "ENABLED"),
                ("12345", "INVALID_DESTINATION_ADDRESS"),
                ("441134960000", "REQUEST_FAILED"),
            ]
        );
        assert_eq!(b["options"], json!({"platform": {"entityId": "e1"}}));
        let ids: std::collections::BTreeSet<&str> = results
            .iter()
            .map(|r| r["messageId"].as_str().unwrap())
            .collect();
        assert_eq!(ids.len(), 4);
        assert!(ids.iter().all(|id| id.len() == 36));
        let listed = body(api.handle(&Request::get("/__stand-in/capability")));
        assert_eq!(listed["accepted"], 1);
        assert_eq!(
            listed["requests"][0]["path"],
            "/rcs/2/capability-check/query"
        );
        assert_eq!(
            listed["requests"][0]["results"],
            b["capabilityCheckResults"]
        );
        // without options, none in the answer
        let r = api.handle(&Request::post(
            "/rcs/2/capability-check/query",
            "App k3y",
            br#"{"sender":"S","phoneNumbers":["441134960001"]}"#,
        ));
        assert!(body(r).get("options").is_none());
    }

    #[test]
    fn capability_bodies_are_validated_like_messages() {
        let api = api();
        let post =
            |path: &str, text: &str| api.handle(&Request::post(path, "App k3y", text.as_bytes()));
        let q = "/rcs/2/capability-check/query";
        for (text, property) in [
            (
                r#"{"sender":"S","phoneNumbers":[]}"#.to_owned(),
                "phoneNumbers",
            ),
            (
                format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(501)),
                "phoneNumbers",
            ),
            (
                r#"{"sender":"S","phoneNumbers":["44 113"]}"#.to_owned(),
                "phoneNumbers[0]",
            ),
            (r#"{"phoneNumbers":["441134960001"]}"#.to_owned(), ""),
        ] {
            let r = post(q, &text);
            assert_eq!(r.status, 400, "{text}");
            let b = body(r);
            assert_eq!(b["errorCode"], "E400");
            assert_eq!(b["violations"][0]["property"], property, "{b}");
        }
        let r = post(
            q,
            &format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(500)),
        );
        assert_eq!(r.status, 200);
        assert_eq!(
            body(r)["capabilityCheckResults"].as_array().unwrap().len(),
            500
        );
        let n = "/rcs/2/capability-check/notify";
        let r = post(
            n,
            &format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(10_001)),
        );
        assert_eq!(r.status, 400);
        let r = post(
            n,
            r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyContentType":"text/plain"}"#,
        );
        assert_eq!(body(r)["violations"][0]["property"], "notifyContentType");
        let r = post(
            n,
            r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"ftp://127.0.0.1/"}"#,
        );
        assert_eq!(r.status, 400);
        // the key, the method and the content type, as for messages
        for path in [q, n] {
            let ok = br#"{"sender":"S","phoneNumbers":["441134960001"]}"#;
            assert_eq!(api.handle(&Request::post(path, "App nope", ok)).status, 401);
            assert_eq!(api.handle(&Request::get(path)).status, 405);
            let mut wrong_type = Request::post(path, "App k3y", ok);
            wrong_type.headers[2].1 = "text/plain".into();
            assert_eq!(api.handle(&wrong_type).status, 415);
        }
        assert_eq!(
            body(api.handle(&Request::get("/__stand-in/capability")))["accepted"],
            1
        );
    }

    #[test]
    fn capability_notify_answers_pending_and_lists_what_it_could_not_post() {
        let api = api();
        let n = "/rcs/2/capability-check/notify";
        let post = |text: &str| body(api.handle(&Request::post(n, "App k3y", text.as_bytes())));
        let a = post(r#"{"sender":"S","phoneNumbers":["441134960001","441134960002"]}"#);
        let states = a["capabilityCheckRequestStates"].as_array().unwrap();
        assert_eq!(states.len(), 2);
        assert_eq!(states[1]["phoneNumber"], "441134960002");
        assert_eq!(states[1]["status"], "PENDING_ENROUTE");
        assert_eq!(a["bulkId"].as_str().unwrap().len(), 36);
        post(
            r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"http://example.com/cb"}"#,
        );
        post(
            r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"http://127.0.0.1:9/cb","notifyContentType":"application/xml"}"#,
        );
        let l = body(api.handle(&Request::get("/__stand-in/capability")));
        let webhook = |i: usize| l["requests"][i]["results"][0]["webhook"].clone();
        assert_eq!(l["requests"][0]["bulkId"], a["bulkId"]);
        assert_eq!(
            l["requests"][0]["results"][1]["messageId"],
            states[1]["messageId"]
        );
        assert_eq!(webhook(0)["state"], "not_sent");
        assert!(webhook(0)["reason"].as_str().unwrap().contains("CapCheck"));
        assert!(webhook(0).get("body").is_none());
        assert_eq!(webhook(1)["state"], "refused");
        assert!(webhook(1)["reason"]
            .as_str()
            .unwrap()
            .contains("--allow-webhook-host example.com:80"));
        assert_eq!(webhook(1)["attempts"], json!([]));
        // no runtime here (handle called directly): listed, not posted
        assert_eq!(webhook(2)["state"], "not_sent");
        assert_eq!(webhook(2)["contentType"], "application/xml");
        assert!(webhook(2)["body"].as_str().unwrap().starts_with("<?xml"));
        assert_eq!(
            l["webhooks"],
            json!({"pending": 0, "delivered": 0, "failed": 0, "refused": 1, "notSent": 3})
        );
        let cleared = body(api.handle(&Request {
            method: "DELETE".into(),
            ..Request::get("/__stand-in/capability")
        }));
        assert_eq!(cleared["requests"], json!([]));
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
