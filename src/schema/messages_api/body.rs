//! The bodies of a Messages API RCS message: TEXT, IMAGE, VIDEO, DOCUMENT, RICH_LINK and
//! CAROUSEL (the Messages API's body enum has more, for other channels; which of them
//! RCS accepts is not stated, so only these are checked).

use super::{BODY_TEXT, CAPTION, CARDS, CARD_BUTTONS, CARD_TEXT, CARD_TITLE, RICH_LINK_TEXT, URL};
use crate::enums::{ALIGNMENT, HEIGHT, ORIENTATION};
use crate::rule::Rule;
use crate::rules::fields;
use crate::schema::request::FILE_URL;
use crate::schema::{
    d, formatted, opt, req, text, Array, Field, Object, Type, Union, SDK, TYPE_INVALID,
    TYPE_REQUIRED,
};

/// A file or link URL.
const FILE: Type = formatted(Some(&URL), FILE_URL);

const CAPTION_FIELD: Field = opt(
    "text",
    text(Some(&CAPTION)),
    "Text sent with the file (as an RCS TEXT message).",
);

/// TEXT body.
pub static TEXT: Object = Object {
    name: "MessagesApiTextBody",
    doc: d("A text message."),
    fields: &[req("text", text(Some(&BODY_TEXT)), "The text.")],
    legacy: &[],
    rules: &[],
};
/// IMAGE body.
pub static IMAGE: Object = Object {
    name: "MessagesApiImageBody",
    doc: d("An image."),
    fields: &[req("url", FILE, "http(s) URL of the image."), CAPTION_FIELD],
    legacy: &[],
    rules: &[],
};
/// VIDEO body.
pub static VIDEO: Object = Object {
    name: "MessagesApiVideoBody",
    doc: d("A video."),
    fields: &[
        req("url", FILE, "http(s) URL of the video."),
        CAPTION_FIELD,
        opt("thumbnailUrl", FILE, "http(s) URL of its thumbnail."),
    ],
    legacy: &[],
    rules: &[],
};
/// DOCUMENT body.
pub static DOCUMENT: Object = Object {
    name: "MessagesApiDocumentBody",
    doc: d("A document (PDF, ...)."),
    fields: &[
        req("url", FILE, "http(s) URL of the document."),
        CAPTION_FIELD,
        opt("filename", text(None), "File name shown."),
    ],
    legacy: &[],
    rules: &[],
};

/// `cardOptions` of a RICH_LINK or a carousel card.
pub static CARD_OPTIONS: Object = Object {
    name: "MessagesApiCardOptions",
    doc: d("Layout of the RCS card."),
    fields: &[
        opt(
            "orientation",
            Type::Enum(&ORIENTATION),
            "HORIZONTAL or VERTICAL.",
        ),
        opt("alignment", Type::Enum(&ALIGNMENT), "LEFT or RIGHT."),
        opt("height", Type::Enum(&HEIGHT), "SHORT, MEDIUM or TALL."),
    ],
    legacy: &[],
    rules: &[],
};

/// RICH_LINK body.
pub static RICH_LINK: Object = Object {
    name: "MessagesApiRichLinkBody",
    doc: d("A card with media, text and a link (shown as an RCS card: inferred)."),
    fields: &[
        req("url", FILE, "http(s) URL of the media."),
        req("text", text(Some(&RICH_LINK_TEXT)), "The card's text."),
        req("redirectUrl", FILE, "Where the card's button leads."),
        opt("isVideo", Type::Bool, "Whether `url` is a video."),
        opt("thumbnailUrl", FILE, "Thumbnail of a video."),
        opt(
            "buttonText",
            text(Some(&super::BUTTON_TEXT)),
            "Text of the button to redirectUrl.",
        ),
        opt(
            "cardOptions",
            Type::Object(&CARD_OPTIONS),
            "Layout of the card.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// The body of a carousel card.
pub static CARD_BODY: Object = Object {
    name: "MessagesApiCardBody",
    doc: d("Media, title and text of one carousel card."),
    fields: &[
        req("url", FILE, "http(s) URL of the media."),
        req("text", text(Some(&CARD_TEXT)), "The card's text."),
        opt("title", text(Some(&CARD_TITLE)), "Bold title."),
        opt("isVideo", Type::Bool, "Whether `url` is a video."),
        opt("thumbnailUrl", FILE, "Thumbnail of a video."),
        opt(
            "cardOptions",
            Type::Object(&CARD_OPTIONS),
            "Layout of the card.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
static CARD_BUTTON_LIST: Array = Array {
    items: Type::Union(&super::BUTTON),
    count: Some(&CARD_BUTTONS),
};
/// A carousel card.
pub static CARD: Object = Object {
    name: "MessagesApiCard",
    doc: d("One card of a carousel."),
    fields: &[
        req("body", Type::Object(&CARD_BODY), "The card."),
        opt(
            "buttons",
            Type::Array(&CARD_BUTTON_LIST),
            "Buttons in the card.",
        ),
    ],
    legacy: &[],
    rules: &[],
};
static CARD_LIST: Array = Array {
    items: Type::Object(&CARD),
    count: Some(&CARDS),
};
/// CAROUSEL body.
pub static CAROUSEL: Object = Object {
    name: "MessagesApiCarouselBody",
    doc: d("Cards side by side (no card width: the Messages API has none)."),
    fields: &[req("cards", Type::Array(&CARD_LIST), "The cards, 2-10.")],
    legacy: &[],
    rules: &[],
};

/// The body of a Messages API RCS message, by `type`.
pub static BODY: Union = Union {
    name: "MessagesApiBody",
    missing: Rule::error("messages_api.body.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("messages_api.body.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("TEXT", &TEXT),
        ("IMAGE", &IMAGE),
        ("VIDEO", &VIDEO),
        ("DOCUMENT", &DOCUMENT),
        ("RICH_LINK", &RICH_LINK),
        ("CAROUSEL", &CAROUSEL),
    ],
};

/// A failover step's TEXT body (an SMS, say: no RCS limit applies).
pub static FAILOVER_TEXT: Object = Object {
    name: "MessagesApiFailoverTextBody",
    doc: d("A text on the failover channel."),
    fields: &[req("text", text(None), "The text.")],
    legacy: &[],
    rules: &[],
};

/// A failover step's body, by `type`: open, since the failover channel (any channel)
/// decides which bodies it takes; only TEXT is checked.
pub static FAILOVER_BODY: Union = Union {
    name: "MessagesApiFailoverBody",
    missing: fields::REQUIRED_RULE,
    invalid: crate::enums::UNKNOWN_VALUE,
    open: true,
    variants: &[("TEXT", &FAILOVER_TEXT)],
};
