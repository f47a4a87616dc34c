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
//! assert_eq!(report.issues()[0].code, rcs_kit::rules::content::CARD_TITLE_OR_MEDIA.code);
//! assert_eq!(report.issues()[0].path, "/messages/0/content/content");
//! ```
#![forbid(unsafe_code)]

// Layers, bottom up: `json` (reader, pointers); `rule`, `limits`, `enums`, `report`,
// `options`, `format`, `time` (plain data and leaf helpers); `context` (the walk's
// position and how checks report); `rules` (checks with their declarations); `schema`
// (the API as tables); `validate` (the walker and entry points). `catalogue` gathers the
// declarations for the generators (`docs`, `json_schema`, `typescript`), which never
// need the walker. The generators are native only: they read the rules' and fields' doc
// text, which the WebAssembly build leaves out of its tables.
pub mod billing;
pub mod builder;
pub mod catalogue;
pub mod context;
#[cfg(feature = "messages-api")]
pub mod convert;
#[cfg(not(target_arch = "wasm32"))]
pub mod docs;
pub mod enums;
pub mod features;
pub mod format;
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod json_schema;
pub mod labels;
pub mod legacy;
pub mod limits;
pub mod message;
pub mod model;
pub mod options;
pub mod report;
pub mod rule;
pub mod rules;
pub mod schema;
pub mod sms;
pub mod template;
pub mod time;
#[cfg(not(target_arch = "wasm32"))]
pub mod typescript;
pub mod validate;
pub mod webhooks;

pub use builder::{EventsBuilder, MessageBuilder, RequestBuilder};
pub use model::{EventsRequest, SendRequest};
pub use options::{Kind, Options};
pub use report::{Issue, Report};
pub use rule::{Rule, Severity};
pub use validate::{
    validate_bytes, validate_doc, validate_events, validate_request, validate_str, validate_value,
};

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The Rust examples of `docs/migration-and-webhooks.md`, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../docs/migration-and-webhooks.md")]
pub struct MigrationDoctests;
