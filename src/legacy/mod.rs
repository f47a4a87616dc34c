//! Migration of legacy `/ott/rcs/1/message` bodies to `/rcs/2/messages` requests.
//!
//! [`migrate`] reads a legacy single body (`{"from", "to", "content", ...}`) or a bulk
//! body (`{"messages": [<single body>, ...]}`, `/ott/rcs/1/message/bulk`) and writes the
//! v2 request (spec sections 2.5 and 2):
//!
//! | legacy | `/rcs/2/messages` |
//! |---|---|
//! | `from` | `sender` (required in v2: [`MigrateOptions::sender`] fills it in when absent) |
//! | `to`, `messageId` | `destinations: [{"to", "messageId"}]` |
//! | `validityPeriod` + `validityPeriodTimeUnit` | `options.validityPeriod {amount, timeUnit}`; `DAYS` become `HOURS` |
//! | `smsFailover {from, text, validityPeriod, validityPeriodTimeUnit}` | `options.smsFailover {sender, text, validityPeriod}` |
//! | `notifyUrl` | `webhooks.delivery.url` |
//! | `notifyContentType` | `webhooks.contentType` |
//! | `callbackData` | `webhooks.callbackData` |
//! | `content` (or the pre-2020 `message`) | `content`: TEXT, FILE, CARD, CAROUSEL with their suggestions |
//!
//! Whatever has no v2 equivalent is left out of the request and reported in a
//! [`Note`], never dropped silently: unknown members, content and suggestion types the
//! v2 API does not have, a `DIAL_PHONE` without `phoneNumber` (optional in the legacy
//! API, required in v2), an unknown time unit. A validity over 48 hours is migrated with a
//! note: the v2 API sets it to 48 hours. Note paths are JSON pointers into the *legacy*
//! body.
//!
//! ```
//! use rcs_kit::legacy::migrate;
//! let m = migrate(r#"{"from":"myRcsSender","to":"385977666618","validityPeriod":3,
//!   "validityPeriodTimeUnit":"DAYS","content":{"type":"TEXT","text":"Hello"},
//!   "notifyUrl":"https://www.example.com/rcs","messageId":"ext-1"}"#);
//! assert_eq!(m.request, Some(serde_json::json!({"messages": [{
//!     "sender": "myRcsSender",
//!     "destinations": [{"to": "385977666618", "messageId": "ext-1"}],
//!     "content": {"type": "TEXT", "text": "Hello"},
//!     "options": {"validityPeriod": {"amount": 72, "timeUnit": "HOURS"}},
//!     "webhooks": {"delivery": {"url": "https://www.example.com/rcs"}}}]})));
//! assert_eq!(m.notes.len(), 1);
//! assert_eq!(m.notes[0].path, "/validityPeriod");
//! assert!(m.notes[0].message.contains("48 hours"));
//! assert!(m.validate(&rcs_kit::Options::at(0)).unwrap().is_valid());
//! ```

mod content;
mod context;
mod message;

use crate::json::Doc;
use crate::validate::{validate_value, Options, Report, Severity};
use context::{note, Cx};
use serde_json::Value;
use std::fmt;

/// One thing a person should know about a migration, located in the legacy body.
///
/// ```
/// use rcs_kit::legacy::migrate;
/// let m = migrate(r#"{"from":"S","to":"385977666618","content":{"type":"TEXT","text":"Hi"},"priority":1}"#);
/// assert_eq!(m.notes[0].to_string(), "/priority: `priority` is not a field of a legacy message; left out");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// [`Severity::Error`]: something of the legacy body is not in the request (left out,
    /// or it cannot be sent as it is); [`Severity::Warning`]: migrated, but the API will
    /// behave differently than the legacy one did.
    pub severity: Severity,
    /// JSON pointer into the legacy body (`""` for the whole body).
    pub path: String,
    /// What happened and, where there is something to do, what.
    pub message: String,
}

impl fmt::Display for Note {
    /// `path: message`, with `(root)` for the whole body.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)
    }
}

/// How to migrate.
///
/// ```
/// use rcs_kit::legacy::{migrate_with, MigrateOptions};
/// let opts = MigrateOptions { sender: Some("DemoSender".into()) };
/// let m = migrate_with(r#"{"to":"385977666618","content":{"type":"TEXT","text":"Hi"}}"#, &opts);
/// assert_eq!(m.request.unwrap()["messages"][0]["sender"], "DemoSender");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MigrateOptions {
    /// The `sender` of messages without `from` (the legacy API then used the account's
    /// default sender; v2 requires one). `None` leaves `sender` out, with an error note.
    pub sender: Option<String>,
}

/// The result of a migration.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    /// The `/rcs/2/messages` request; `None` when the input is not a legacy body.
    pub request: Option<Value>,
    /// What was left out, changed, or is missing, in the order found.
    pub notes: Vec<Note>,
}

impl Migration {
    /// True when there is a request.
    pub fn is_migrated(&self) -> bool {
        self.request.is_some()
    }

    /// Validates the request (as [`validate_value`]); `None` when there is none.
    ///
    /// ```
    /// let m = rcs_kit::legacy::migrate(r#"{"to":"385977666618","content":{"type":"TEXT","text":"Hi"}}"#);
    /// let report = m.validate(&rcs_kit::Options::at(0)).unwrap();
    /// assert!(!report.is_valid()); // no `from`, so no `sender`
    /// assert_eq!(report.issues()[0].code, rcs_kit::rules::fields::REQUIRED.code);
    /// ```
    pub fn validate(&self, opts: &Options) -> Option<Report> {
        let opts = Options {
            kind: Some(crate::Kind::Request),
            ..opts.clone()
        };
        self.request.as_ref().map(|r| validate_value(r, &opts))
    }

    /// The request as indented JSON, members in the API's order (`sender`,
    /// `destinations`, `content`, `options`, `webhooks`) when it fits the typed model
    /// ([`SendRequest`](crate::model::SendRequest)), in alphabetical order otherwise.
    ///
    /// ```
    /// let m = rcs_kit::legacy::migrate(r#"{"from":"S","to":"385977666618","content":{"type":"TEXT","text":"Hi"}}"#);
    /// let json = m.to_pretty().unwrap();
    /// assert!(json.find("\"sender\"").unwrap() < json.find("\"content\"").unwrap());
    /// ```
    pub fn to_pretty(&self) -> Option<String> {
        let request = self.request.as_ref()?;
        let typed = serde_json::from_value::<crate::model::SendRequest>(request.clone())
            .ok()
            .and_then(|t| {
                // Only when the typed model gives back exactly this value.
                let same = serde_json::to_value(&t).ok().as_ref() == Some(request);
                same.then(|| serde_json::to_string_pretty(&t).ok())
                    .flatten()
            });
        typed.or_else(|| serde_json::to_string_pretty(request).ok())
    }
}

/// Migrates a legacy body given as JSON text, with default options.
///
/// ```
/// use rcs_kit::legacy::migrate;
/// let bulk = migrate(r#"{"messages":[
///   {"from":"S","to":"385977666618","content":{"type":"TEXT","text":"One"}},
///   {"from":"S","to":"385977666619","message":{"type":"TEXT","text":"Two"}}]}"#);
/// let request = bulk.request.unwrap();
/// assert_eq!(request["messages"][1]["content"]["text"], "Two");
/// assert!(bulk.notes.is_empty());
///
/// let not_legacy = migrate(r#"{"messages":[{"sender":"S","destinations":[{"to":"385977666618"}],
///   "content":{"type":"TEXT","text":"Hi"}}]}"#);
/// assert!(not_legacy.request.is_none());
/// assert!(not_legacy.notes[0].message.contains("already"));
/// ```
pub fn migrate(json: &str) -> Migration {
    migrate_with(json, &MigrateOptions::default())
}

/// Migrates a legacy body given as JSON text.
pub fn migrate_with(json: &str, opts: &MigrateOptions) -> Migration {
    let mut notes = Vec::new();
    let doc = match Doc::parse(json) {
        Ok(doc) => doc,
        Err(e) => {
            notes.push(note(
                Severity::Error,
                &e.path,
                format!("not JSON ({e}); nothing migrated"),
            ));
            return Migration {
                request: None,
                notes,
            };
        }
    };
    for d in doc.duplicates() {
        notes.push(note(
            Severity::Error,
            &d.pointer,
            format!(
                "`{}` appears more than once in this object; only the last value was migrated",
                d.key.decode()
            ),
        ));
    }
    match serde_json::from_str::<Value>(json) {
        Ok(value) => {
            let mut m = migrate_value(&value, opts);
            notes.append(&mut m.notes);
            m.notes = notes;
            m
        }
        Err(e) => {
            notes.push(note(
                Severity::Error,
                "",
                format!("not JSON ({e}); nothing migrated"),
            ));
            Migration {
                request: None,
                notes,
            }
        }
    }
}

/// Migrates a legacy body given as a `serde_json::Value`.
///
/// ```
/// use rcs_kit::legacy::{migrate_value, MigrateOptions};
/// let legacy = serde_json::json!({"from": "S", "to": "385977666618",
///     "content": {"type": "TEXT", "text": "Hi", "suggestions": [
///         {"type": "DIAL_PHONE", "text": "Call", "postbackData": "call"}]}});
/// let m = migrate_value(&legacy, &MigrateOptions::default());
/// assert!(m.request.unwrap()["messages"][0]["content"].get("suggestions").is_none());
/// assert_eq!(m.notes[0].path, "/content/suggestions/0");
/// ```
pub fn migrate_value(value: &Value, opts: &MigrateOptions) -> Migration {
    let mut cx = Cx {
        notes: Vec::new(),
        opts,
    };
    let request = cx.body(value);
    Migration {
        request,
        notes: cx.notes,
    }
}
