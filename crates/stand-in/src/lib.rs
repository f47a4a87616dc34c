//! A local stand-in of Infobip's RCS API for the composer demo and for tests (its own
//! crate, so the library never carries an HTTP server; the binary is `rcs-kit-stand-in`).
//!
//! It answers `POST /rcs/2/messages` and `POST /rcs/1/events` like the real API — `401`
//! without a valid `Authorization: App <key>`, `400` with the API's error shape and one
//! violation per rcs-kit error, `413` over 10 MB, `200` with a bulk id and one accepted
//! message per destination — keeps what it accepted (`GET /__stand-in/messages`), and
//! serves the composer (`www/`) and the npm package (`pkg/`). Only on 127.0.0.1.
//!
//! [`StandIn::handle`] is the whole behaviour as a function from request to response,
//! so it is tested (and fuzzed) without sockets; [`http`] is the small HTTP/1.1 layer.
//!
//! ```
//! use rcs_kit_stand_in::{Request, StandIn};
//! let api = StandIn::new("secret".into(), ".".into());
//! let res = api.handle(&Request::post("/rcs/2/messages", "App secret", br#"{"messages":[]}"#));
//! assert_eq!(res.status, 400);
//! ```
#![forbid(unsafe_code)]

mod api;
mod files;
pub mod http;

pub use api::StandIn;

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
    pub body: Vec<u8>,
}

impl Request {
    /// A `POST` with an `Authorization` header and a JSON body (for tests and examples).
    pub fn post(target: &str, authorization: &str, body: &[u8]) -> Self {
        Request {
            method: "POST".into(),
            target: target.into(),
            headers: vec![
                ("authorization".into(), authorization.into()),
                ("content-type".into(), "application/json".into()),
            ],
            body: body.to_vec(),
        }
    }

    /// A `GET`.
    pub fn get(target: &str) -> Self {
        Request {
            method: "GET".into(),
            target: target.into(),
            ..Request::default()
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

/// An HTTP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers besides `Content-Length` and `Connection`.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Response {
    /// A JSON response.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Response {
            status,
            headers: vec![
                ("Content-Type", "application/json".into()),
                ("Cache-Control", "no-store".into()),
            ],
            body: serde_json::to_vec(value).unwrap_or_default(),
        }
    }

    /// The reason phrase of the status.
    pub fn reason(&self) -> &'static str {
        match self.status {
            200 => "OK",
            204 => "No Content",
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            405 => "Method Not Allowed",
            411 => "Length Required",
            413 => "Payload Too Large",
            415 => "Unsupported Media Type",
            431 => "Request Header Fields Too Large",
            _ => "Error",
        }
    }
}
