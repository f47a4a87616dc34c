//! The Messages API profile's limits (`POST /messages-api/1/messages`, feature
//! `messages-api`; the tables are in [`schema::messages_api`](crate::schema::messages_api)).
//!
//! Neither of Infobip's SDKs states a length or a count for Messages API bodies (only
//! `NotBlank`; `infobip-next.md` section 2.1), so every bound here is an RCS API limit
//! **carried over** ([`carried`]) because the same RCS message results: the same bounds
//! and rules (so the same codes), its own id, [`Confidence::Inferred`](super::Confidence),
//! and a source saying why.
//!
//! ```
//! use rcs_kit::limits::{self, messages_api, Confidence};
//! assert_eq!(messages_api::BODY_TEXT.max, limits::TEXT.max);
//! assert!(messages_api::LIMITS.iter().all(|l| l.confidence == Confidence::Inferred));
//! ```

use super::{self as l, carried, Limit};

/// Why a carried-over limit applies: the reason every [`LIMITS`] entry shares.
macro_rules! why {
    ($what:literal) => {
        concat!(
            "Inferred: carried over from the RCS API (the Messages API SDKs state no lengths): ",
            $what
        )
    };
}

/// `messages`: at least one.
pub const MESSAGES: Limit = carried(
    l::MESSAGES,
    "messages_api.messages",
    why!("messages is required in both APIs"),
);
/// `sender`: not empty.
pub const SENDER: Limit = carried(
    l::SENDER,
    "messages_api.sender",
    why!("the RCS sender (agent) is the same"),
);
/// `destinations`: at least one.
pub const DESTINATIONS: Limit = carried(
    l::DESTINATIONS,
    "messages_api.destinations",
    why!("a message needs a recipient"),
);
/// `destinations[].to`: a phone number.
pub const DESTINATION_TO_DIGITS: Limit = carried(
    l::DESTINATION_TO,
    "messages_api.destination.to",
    why!("an RCS recipient is a phone number"),
);
/// `destinations[].messageId`: up to 200 characters.
pub const MESSAGE_ID: Limit = carried(
    l::DESTINATION_MESSAGE_ID,
    "messages_api.destination.message_id",
    why!("the same message id is reported back"),
);
/// TEXT `text`.
pub const BODY_TEXT: Limit = carried(
    l::TEXT,
    "messages_api.body.text",
    why!("a TEXT body is sent as an RCS TEXT message"),
);
/// IMAGE, VIDEO and DOCUMENT `text`.
pub const CAPTION: Limit = carried(
    l::TEXT,
    "messages_api.body.caption",
    why!("RCS has no caption: the text of a file body can only be sent as an RCS TEXT message"),
);
/// Every URL.
pub const URL: Limit = carried(
    l::URL,
    "messages_api.url",
    why!("the file or link is fetched or opened as in an RCS message"),
);
/// RICH_LINK `text`.
pub const RICH_LINK_TEXT: Limit = carried(
    l::CARD_DESCRIPTION,
    "messages_api.rich_link.text",
    why!("a RICH_LINK is shown as an RCS card whose description is `text`"),
);
/// CAROUSEL card `title`.
pub const CARD_TITLE: Limit = carried(
    l::CARD_TITLE,
    "messages_api.card.title",
    why!("a carousel card is an RCS card with this title"),
);
/// CAROUSEL card `text`.
pub const CARD_TEXT: Limit = carried(
    l::CARD_DESCRIPTION,
    "messages_api.card.text",
    why!("a carousel card is an RCS card with this description"),
);
/// CAROUSEL `cards`: 2 to 10.
pub const CARDS: Limit = carried(
    l::CAROUSEL_CARDS,
    "messages_api.carousel.cards",
    why!("the result is an RCS carousel"),
);
/// `content.buttons`: up to 11.
pub const BUTTONS: Limit = carried(
    l::MESSAGE_SUGGESTIONS,
    "messages_api.buttons",
    why!("message buttons are RCS suggested chips"),
);
/// Buttons of one carousel card: up to 4.
pub const CARD_BUTTONS: Limit = carried(
    l::CARD_SUGGESTIONS,
    "messages_api.card.buttons",
    why!("a card's buttons are the RCS card's suggestions"),
);
/// A button's `text` (and RICH_LINK `buttonText`).
pub const BUTTON_TEXT: Limit = carried(
    l::SUGGESTION_TEXT,
    "messages_api.button.text",
    why!("a button is an RCS suggestion with this text"),
);
/// A button's `postbackData`.
pub const POSTBACK: Limit = carried(
    l::SUGGESTION_POSTBACK,
    "messages_api.button.postback_data",
    why!("a button's postbackData is the RCS suggestion's"),
);
/// DIAL_PHONE `phoneNumber`.
pub const PHONE: Limit = carried(
    l::SUGGESTION_PHONE,
    "messages_api.button.phone_number",
    why!("DIAL_PHONE is the RCS DIAL_PHONE suggestion"),
);
/// SHOW_LOCATION `latitude`.
pub const LATITUDE: Limit = carried(
    l::LATITUDE,
    "messages_api.button.latitude",
    why!("SHOW_LOCATION is the RCS SHOW_LOCATION suggestion"),
);
/// SHOW_LOCATION `longitude`.
pub const LONGITUDE: Limit = carried(
    l::LONGITUDE,
    "messages_api.button.longitude",
    why!("SHOW_LOCATION is the RCS SHOW_LOCATION suggestion"),
);
/// SHOW_LOCATION `name`.
pub const LOCATION_NAME: Limit = carried(
    l::LOCATION_LABEL,
    "messages_api.button.name",
    why!("`name` is the RCS suggestion's `label`"),
);
/// ADD_CALENDAR_EVENT `title`.
pub const CALENDAR_TITLE: Limit = carried(
    l::CALENDAR_TITLE,
    "messages_api.button.title",
    why!("ADD_CALENDAR_EVENT is the RCS CREATE_CALENDAR_EVENT suggestion"),
);
/// ADD_CALENDAR_EVENT `description`.
pub const CALENDAR_DESCRIPTION: Limit = carried(
    l::CALENDAR_DESCRIPTION,
    "messages_api.button.description",
    why!("ADD_CALENDAR_EVENT is the RCS CREATE_CALENDAR_EVENT suggestion"),
);

/// `events` of `POST /messages-api/1/events`: at least one.
pub const EVENTS: Limit = carried(
    l::EVENTS,
    "messages_api.events",
    why!("events is required in both APIs (MessagesApiEventRequest: \"The field is required\")"),
);
/// SEEN `messageId`: the id of the message marked as seen.
pub const EVENT_MESSAGE_ID: Limit = carried(
    l::EVENT_MESSAGE_ID,
    "messages_api.event.message_id",
    why!("a SEEN event is the RCS API's SEEN event, whose messageId is the message read"),
);

/// Every limit of this profile carried over from the RCS API, with its reason.
pub const LIMITS: &[Limit] = &[
    MESSAGES,
    SENDER,
    DESTINATIONS,
    DESTINATION_TO_DIGITS,
    MESSAGE_ID,
    BODY_TEXT,
    CAPTION,
    URL,
    RICH_LINK_TEXT,
    CARD_TITLE,
    CARD_TEXT,
    CARDS,
    BUTTONS,
    CARD_BUTTONS,
    BUTTON_TEXT,
    POSTBACK,
    PHONE,
    LATITUDE,
    LONGITUDE,
    LOCATION_NAME,
    CALENDAR_TITLE,
    CALENDAR_DESCRIPTION,
    EVENTS,
    EVENT_MESSAGE_ID,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_carried_limit_is_inferred_says_why_and_has_its_own_id() {
        for (i, a) in LIMITS.iter().enumerate() {
            assert_eq!(a.confidence, l::Confidence::Inferred, "{}", a.id);
            assert!(a.id.starts_with("messages_api."), "{}", a.id);
            for b in LIMITS.iter().skip(i + 1) {
                assert_ne!(a.id, b.id);
            }
            assert!(l::ALL.iter().all(|rcs| rcs.id != a.id), "{}", a.id);
        }
    }
}
