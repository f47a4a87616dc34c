//! A local stand-in of Infobip's RCS API for the composer demo and for integration tests
//! (its own crate, so the library never carries an HTTP server; the binary is
//! `rcs-kit-stand-in`).
//!
//! It answers `POST /rcs/2/messages` and `POST /rcs/1/events` like the real API — `401`
//! without a valid `Authorization: App <key>`, `400` with the API's error shape and one
//! violation per rcs-kit error, `413` over 10 MB, `200` with a bulk id and one accepted
//! message per destination — keeps what it accepted in a store bounded in bytes
//! (`GET /__stand-in/messages` says how many were accepted, kept and dropped), can append
//! every accepted request to a journal, and serves the composer (`www/`) and the npm
//! package (`pkg/`). It listens on 127.0.0.1 only and answers only requests addressed to
//! `127.0.0.1:<port>`, `localhost:<port>` or `[::1]:<port>` (a DNS-rebinding page gets
//! `421`).
//!
//! It also answers the capability check: `POST /rcs/2/capability-check/query` with a code
//! per number from one deterministic rule ([`capability::code_for`]), and
//! `POST /rcs/2/capability-check/notify` with the pending states, then posts one result
//! webhook per number to `notifyUrl` (JSON, or XML when asked; [`webhook`]) in the
//! background, with retries, to loopback addresses only unless the operator allows a host
//! ([`StandIn::allow_webhook_host`]). `GET /__stand-in/capability` lists the checks, their
//! results and every webhook's attempts and outcome.
//!
//! The layers, bottom up:
//! - [`Request`], [`Response`] and [`Body`]: HTTP as the handler sees it;
//! - `guard`: which requests are addressed to the stand-in at all, and who gets the key;
//! - `store` (what was accepted, bounded in bytes, and the journal), `answer` (the `200`
//!   answer, streamed), `ids` (random ids), `files` (static files);
//! - [`capability`] (the rule), [`webhook`] (where results may be posted, their bodies,
//!   the client) and `checks` (the checks answered and their deliveries, bounded in bytes);
//! - [`StandIn::handle`]: the whole behaviour as a function from request to response, so
//!   it is tested (and fuzzed) without sockets;
//! - [`server`]: the transport, hyper's HTTP/1.1 on tokio, with deadlines.
//!
//! ```
//! use rcs_kit_stand_in::{Request, StandIn};
//! let api = StandIn::new("secret".into(), ".".into());
//! let res = api.handle(&Request::post("/rcs/2/messages", "App secret", br#"{"messages":[]}"#));
//! assert_eq!(res.status, 400);
//! // addressed to another host (a DNS-rebinding page): refused before anything else
//! let mut req = Request::get("/__stand-in/config");
//! req.headers[0].1 = "evil.example:8080".into();
//! assert_eq!(api.handle(&req).status, 421);
//! ```
#![forbid(unsafe_code)]

mod answer;
mod api;
mod bounded;
pub mod capability;
mod checks;
mod files;
mod guard;
mod ids;
pub mod server;
mod store;
pub mod webhook;

pub use api::{StandIn, DEFAULT_PORT};
pub use checks::DEFAULT_CHECK_BYTES;
pub use ids::new_key;
pub use store::{Replayed, DEFAULT_STORE_BYTES};
pub use webhook::WebhookPolicy;

use bytes::Bytes;

/// An HTTP request, as the handler sees it.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path with the query string.
    pub target: String,
    /// Header names in lower case, values as sent.
    pub headers: Vec<(String, String)>,
    /// The body (at most the API's 10 MB; larger bodies never reach the handler).
    pub body: Bytes,
}

impl Request {
    /// A `POST` to the stand-in on its default address (`Host: 127.0.0.1:8080`) with an
    /// `Authorization` header and a JSON body (for tests and examples).
    pub fn post(target: &str, authorization: &str, body: &[u8]) -> Self {
        let mut req = Request::get(target);
        req.method = "POST".into();
        req.headers.extend([
            ("authorization".into(), authorization.into()),
            ("content-type".into(), "application/json".into()),
        ]);
        req.body = Bytes::copy_from_slice(body);
        req
    }

    /// A `GET` to the stand-in on its default address (`Host: 127.0.0.1:8080`); the
    /// `host` header comes first.
    pub fn get(target: &str) -> Self {
        Request {
            method: "GET".into(),
            target: target.into(),
            headers: vec![("host".into(), format!("127.0.0.1:{DEFAULT_PORT}"))],
            body: Bytes::new(),
        }
    }

    /// The first header named `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The path without the query string.
    pub fn path(&self) -> &str {
        self.target.split(['?', '#']).next().unwrap_or_default()
    }
}

/// A response body: whole, or produced piece by piece while it is sent (a listing of
/// everything kept, the answer to 400,000 destinations), so that it is never built whole
/// in memory.
pub enum Body {
    /// The whole body.
    Full(Bytes),
    /// Pieces, produced on demand.
    Stream(Box<dyn Iterator<Item = Bytes> + Send>),
}

impl Body {
    /// Every byte of the body, joined (for tests: this builds it whole).
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            Body::Full(b) => b.to_vec(),
            Body::Stream(pieces) => pieces.fold(Vec::new(), |mut out, p| {
                out.extend_from_slice(&p);
                out
            }),
        }
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Body::Full(b) => write!(f, "Body::Full({} bytes)", b.len()),
            Body::Stream(_) => f.write_str("Body::Stream(..)"),
        }
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers besides `Content-Length`, `Transfer-Encoding` and `Connection`.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Body,
}

impl Response {
    /// A JSON response.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Response::json_body(
            status,
            Body::Full(serde_json::to_vec(value).unwrap_or_default().into()),
        )
    }

    /// A JSON response with a body already written (or streamed).
    pub fn json_body(status: u16, body: Body) -> Self {
        Response {
            status,
            headers: vec![
                ("Content-Type", "application/json".into()),
                ("Cache-Control", "no-store".into()),
            ],
            body,
        }
    }

    /// The body, joined (for tests).
    pub fn into_bytes(self) -> Vec<u8> {
        self.body.into_vec()
    }
}
