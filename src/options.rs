//! How to validate: the body kind, strictness, the clock, advice and the market.
//!
//! ```
//! use rcs_kit::{Kind, Options};
//! let opts = Options { advice: true, ..Options::at(0) };
//! assert_eq!(opts.kind, None::<Kind>);
//! ```

/// Which request body to validate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `POST /rcs/2/messages`.
    Request,
    /// `POST /rcs/1/events`.
    Events,
    /// `POST /rcs/2/capability-check/query`: which of up to 500 numbers can receive RCS,
    /// answered at once.
    CapabilityQuery,
    /// `POST /rcs/2/capability-check/notify`: up to 10,000 numbers, each result posted
    /// to a webhook later.
    CapabilityNotify,
    #[cfg(feature = "messages-api")]
    /// `POST /messages-api/1/messages` with `channel: "RCS"`: the Messages API, Infobip's
    /// omnichannel endpoint (see [`schema::messages_api`](crate::schema::messages_api)).
    MessagesApi,
    #[cfg(feature = "messages-api")]
    /// `POST /messages-api/1/events` with `channel: "RCS"`: typing indicators and read
    /// receipts through the Messages API (see
    /// [`schema::messages_api::events`](crate::schema::messages_api::events)).
    MessagesApiEvents,
}

/// How many kinds there are.
#[cfg(feature = "messages-api")]
const KINDS: usize = 6;
/// How many kinds there are.
#[cfg(not(feature = "messages-api"))]
const KINDS: usize = 4;

impl Kind {
    /// Every kind, in the order the docs list them (the Messages API's with the
    /// `messages-api` feature).
    pub const ALL: [Kind; KINDS] = [
        Kind::Request,
        Kind::Events,
        Kind::CapabilityQuery,
        Kind::CapabilityNotify,
        #[cfg(feature = "messages-api")]
        Kind::MessagesApi,
        #[cfg(feature = "messages-api")]
        Kind::MessagesApiEvents,
    ];

    /// The name the CLI (`--kind`) and the npm package (`{kind}`) use.
    ///
    /// ```
    /// use rcs_kit::Kind;
    /// assert_eq!(Kind::CapabilityQuery.name(), "capability-query");
    /// assert_eq!(Kind::from_name("events"), Some(Kind::Events));
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Request => "request",
            Kind::Events => "events",
            Kind::CapabilityQuery => "capability-query",
            Kind::CapabilityNotify => "capability-notify",
            #[cfg(feature = "messages-api")]
            Kind::MessagesApi => "messages-api",
            #[cfg(feature = "messages-api")]
            Kind::MessagesApiEvents => "messages-api-events",
        }
    }

    /// The kind named `name` (see [`Kind::name`]).
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The names, for a person: `` `request`, `events`, `capability-query`, `capability-notify`, `messages-api` or `messages-api-events` ``.
    pub fn names() -> String {
        let mut out = String::new();
        for (i, k) in Kind::ALL.iter().enumerate() {
            if i > 0 {
                out.push_str(if i + 1 == Kind::ALL.len() {
                    " or "
                } else {
                    ", "
                });
            }
            out.push('`');
            out.push_str(k.name());
            out.push('`');
        }
        out
    }

    /// The API endpoint the body is sent to.
    pub const fn endpoint(self) -> &'static str {
        match self {
            Kind::Request => "POST /rcs/2/messages",
            Kind::Events => "POST /rcs/1/events",
            Kind::CapabilityQuery => "POST /rcs/2/capability-check/query",
            Kind::CapabilityNotify => "POST /rcs/2/capability-check/notify",
            #[cfg(feature = "messages-api")]
            Kind::MessagesApi => "POST /messages-api/1/messages",
            #[cfg(feature = "messages-api")]
            Kind::MessagesApiEvents => "POST /messages-api/1/events",
        }
    }
}

/// How to validate.
///
/// ```
/// use rcs_kit::{Kind, Options};
/// let opts = Options { strict: true, kind: Some(Kind::Request), ..Options::at(1_800_000_000_000) };
/// assert!(opts.strict);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Report unknown fields and platform-rendering problems as errors instead of warnings.
    pub strict: bool,
    /// The body kind; `None` detects it from the body's shape (see
    /// [`detect_kind`](crate::validate::detect_kind)).
    pub kind: Option<Kind>,
    /// The current time in milliseconds since the Unix epoch, for "in the future" and
    /// "at most 180 days ahead". `None` skips those checks (formats are still checked).
    pub now: Option<i64>,
    /// Accept an empty TEXT `text` (the API reference allows 0 characters; an empty
    /// bubble is almost always a mistake, so it is an error by default).
    pub allow_empty_text: bool,
    /// Also give advice that is not about the API's rules: how iPhones and Android
    /// notifications render a message (Infobip's and Google's platform guidance), the
    /// fields Google has and Infobip does not yet, whether the SMS failover text is long
    /// (over 4 parts) or drops links of the rich message, and India's rules for the
    /// messages that go there. Off by default.
    pub advice: bool,
    /// The market of every message, for the advice on regional rules: `None` (auto)
    /// reads it from each message's destinations (India's rules for a message with an
    /// Indian number, `91` + 10 digits); `Some(Market::India)` applies India's rules to
    /// every message, another market to none.
    pub market: Option<crate::billing::Market>,
}

impl Default for Options {
    /// Not strict, kind detected; `now` is the system clock on native targets and `None`
    /// on `wasm32`, which has no clock (pass `Date.now()` there).
    fn default() -> Self {
        Options {
            strict: false,
            kind: None,
            now: system_now(),
            allow_empty_text: false,
            advice: false,
            market: None,
        }
    }
}

impl Options {
    /// Default options at a fixed time (milliseconds since the Unix epoch).
    pub fn at(now_ms: i64) -> Self {
        Options {
            now: Some(now_ms),
            ..Options::without_clock()
        }
    }

    /// Default options with no clock: time-relative rules are skipped.
    pub fn without_clock() -> Self {
        Options {
            strict: false,
            kind: None,
            now: None,
            allow_empty_text: false,
            advice: false,
            market: None,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)] // the one place that reads the clock, native only
fn system_now() -> Option<i64> {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_millis()).ok())
}

#[cfg(target_arch = "wasm32")]
fn system_now() -> Option<i64> {
    None
}
