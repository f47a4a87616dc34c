//! # rcs-kit
//!
//! Build and validate outbound RCS messages for Infobip's RCS API
//! (`POST /rcs/2/messages`, `POST /rcs/1/events`), natively and in WebAssembly.
//!
//! * [`model`]: typed serde models of every outbound format, with the API's JSON names.
//! * [`builder`]: fluent builders whose `build()` runs the validator.
//! * [`validate_str`] / [`validate_bytes`] / [`validate_value`] / [`validate_request`]:
//!   every problem at once, each with a JSON pointer, a stable code, a message and the
//!   limit it broke.
//! * [`limits`]: the one table of limits, with sources.
//! * [`schema`]: the shape of the API as data, from which rules and docs derive.
//!
//! ```
//! use rcs_kit::{validate_str, Options};
//! let report = validate_str(r#"{"messages":[{"sender":"DemoSender",
//!     "destinations":[{"to":"441134960001"}],
//!     "content":{"type":"CARD","orientation":"VERTICAL","alignment":"LEFT","content":{}}}]}"#,
//!     &Options::at(0));
//! assert_eq!(report.issues()[0].code, "card.title_or_media.required");
//! assert_eq!(report.issues()[0].path, "/messages/0/content/content");
//! ```
#![forbid(unsafe_code)]

pub mod billing;
pub mod builder;
pub mod docs;
#[cfg(not(target_arch = "wasm32"))]
pub mod js_data;
pub mod json;
pub mod json_schema;
pub mod labels;
pub mod legacy;
pub mod limits;
pub mod model;
pub mod schema;
pub mod sms;
#[cfg(feature = "stand-in")]
pub mod stand_in;
pub mod typescript;
pub mod validate;
pub mod wasm;
pub mod webhooks;

pub use builder::{EventsBuilder, MessageBuilder, RequestBuilder};
pub use model::{EventsRequest, SendRequest};
pub use validate::{
    validate_bytes, validate_doc, validate_events, validate_request, validate_str, validate_value,
    Issue, Kind, Options, Report, Severity,
};

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
