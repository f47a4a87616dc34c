//! Fluent builders for requests, messages, content, failover and events.
//!
//! Setters never fail; the terminal `build()` runs the full validator
//! ([`validate_request`] / [`validate_events`] with [`Options::default()`]) and returns
//! the request, or the [`Report`] with every error found. `build_with` takes your own
//! [`Options`] (a fixed clock, strict mode). Warnings do not stop a build; run the
//! validator on the result to see them.
//!
//! Content and failover builders (`TextContent::builder`, `CardMessage::builder`,
//! `SmsFailover::builder`, ...) end in an infallible `build()` and convert into what the
//! message builder takes, so they can be passed without calling it: they are checked
//! with the whole request.
//!
//! ```
//! use rcs_kit::model::*;
//!
//! let request = SendRequest::builder()
//!     .message(
//!         Message::builder("DemoSender")
//!             .to("441134960001")
//!             .to_with_id("441134960002", "my-id-2")
//!             .content(
//!                 CardMessage::builder(Orientation::Vertical, Alignment::Left)
//!                     .title("Summer sale")
//!                     .description("Everything 50% off until Sunday")
//!                     .media("https://example.com/sale.png", Height::Medium)
//!                     .suggestion(Suggestion::open_url("Shop now", "shop", "https://example.com/shop"))
//!                     .chip(Suggestion::reply("Not now", "later")),
//!             )
//!             .validity(2, ValidityTimeUnit::Hours)
//!             .sms_failover(SmsFailover::builder("Summer sale: example.com/shop").sender("InfoSMS"))
//!             .delivery_webhook("https://example.com/dlr")
//!             .callback_data("campaign-7"),
//!     )
//!     .bulk_id("summer-2030")
//!     .build()?;
//!
//! assert_eq!(request.messages[0].destinations.len(), 2);
//! assert_eq!(request.options.unwrap().schedule.unwrap().bulk_id.as_deref(), Some("summer-2030"));
//!
//! // A suggestion text over 25 characters: every error comes back at once.
//! let err = Message::builder("DemoSender")
//!     .to("441134960001")
//!     .content(TextContent::builder("Hi").suggestion(Suggestion::reply("This reply is far too long", "x")))
//!     .build()
//!     .unwrap_err();
//! assert_eq!(err.issues()[0].code, rcs_kit::limits::SUGGESTION_TEXT.code_over());
//! assert_eq!(err.issues()[0].path, "/messages/0/content/suggestions/0/text");
//! # Ok::<(), rcs_kit::Report>(())
//! ```
//!
//! [`validate_request`]: crate::validate::validate_request
//! [`validate_events`]: crate::validate::validate_events
//! [`Options::default()`]: crate::validate::Options::default
//! [`Options`]: crate::validate::Options

mod content;
mod events;
mod failover;
mod message;
mod request;

pub use content::{
    CardBuilder, CardMessageBuilder, CarouselBuilder, FileBuilder, TemplateBuilder, TextBuilder,
};
pub use events::EventsBuilder;
pub use failover::{MmsFailoverBuilder, SmsFailoverBuilder};
pub use message::MessageBuilder;
pub use request::RequestBuilder;

use crate::validate::Report;

/// Ok when the report has no error.
fn checked<T>(report: Report, value: T) -> Result<T, Report> {
    if report.is_valid() {
        Ok(value)
    } else {
        Err(report)
    }
}
