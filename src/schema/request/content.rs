//! Message content: TEXT, FILE, CARD, CAROUSEL and PROVIDER_TEMPLATE.

#[allow(unused_imports)]
use super::*;

/// TEXT content.
pub static TEXT_CONTENT: Object = Object {
    name: "TextContent",
    doc: d("A text message."),
    fields: &[req("text", text(Some(&l::TEXT)), "The text."), CHIPS],
    legacy: &[],
    rules: &[
        &rules::advice::TEXT_CHECK,
        &rules::advice::NOTIFICATION_CHECK,
    ],
};

/// FILE content.
pub static FILE_CONTENT: Object = Object {
    name: "FileContent",
    doc: d("A file (image, audio, video, PDF)."),
    fields: &[
        req("file", Type::Object(&RESOURCE), "The file."),
        opt(
            "thumbnail",
            Type::Object(&RESOURCE),
            "Thumbnail, for video files only.",
        ),
        CHIPS,
    ],
    legacy: &[],
    rules: &[
        &rules::content::FILE_CHECK,
        &rules::advice::NOTIFICATION_CHECK,
    ],
};

/// Media of a card.
pub static CARD_MEDIA: Object = Object {
    name: "CardMedia",
    doc: d("Image, GIF or video of a card."),
    fields: &[
        req("file", Type::Object(&RESOURCE), "The media file."),
        opt(
            "thumbnail",
            Type::Object(&RESOURCE),
            "Thumbnail, for video media only.",
        ),
        req("height", Type::Enum(&HEIGHT), "SHORT, MEDIUM or TALL."),
    ],
    legacy: &[],
    rules: &[
        &rules::content::CARD_MEDIA_CHECK,
        &rules::advice::IOS_MEDIA_CHECK,
    ],
};

/// The inside of a card (CARD `content`, CAROUSEL `contents[]`).
pub static CARD_BODY: Object = Object {
    name: "CardContent",
    doc: d("Title, description, media and buttons of one card."),
    fields: &[
        opt("title", text(Some(&l::CARD_TITLE)), "Bold title."),
        opt(
            "description",
            text(Some(&l::CARD_DESCRIPTION)),
            "Description.",
        ),
        opt("media", Type::Object(&CARD_MEDIA), "Image or video."),
        opt(
            "suggestions",
            Type::Array(&CARD_SUGGESTIONS),
            "Buttons in the card.",
        ),
    ],
    legacy: &[],
    rules: &[
        &rules::content::CARD_BODY_CHECK,
        &rules::advice::CARD_BODY_CHECK,
    ],
};

/// CARD content.
pub static CARD_CONTENT: Object = Object {
    name: "CardMessage",
    doc: d("A standalone rich card."),
    fields: &[
        req(
            "orientation",
            Type::Enum(&ORIENTATION),
            "HORIZONTAL or VERTICAL.",
        ),
        req(
            "alignment",
            Type::Enum(&ALIGNMENT),
            "LEFT or RIGHT (required even for VERTICAL).",
        ),
        req("content", Type::Object(&CARD_BODY), "The card."),
        CHIPS,
    ],
    legacy: &[],
    rules: &[
        &rules::advice::CARD_CHECK,
        &rules::advice::NOTIFICATION_CHECK,
    ],
};

pub(super) static CAROUSEL_CARDS: Array = Array {
    items: Type::Object(&CARD_BODY),
    count: Some(&l::CAROUSEL_CARDS),
};

/// CAROUSEL content.
pub static CAROUSEL_CONTENT: Object = Object {
    name: "CarouselContent",
    doc: d("Cards side by side."),
    fields: &[
        req("cardWidth", Type::Enum(&CARD_WIDTH), "SMALL or MEDIUM."),
        req("contents", Type::Array(&CAROUSEL_CARDS), "The cards, 2-10."),
        CHIPS,
    ],
    legacy: &[],
    rules: &[
        &rules::content::CAROUSEL_CHECK,
        &rules::advice::CAROUSEL_CHECK,
        &rules::advice::NOTIFICATION_CHECK,
    ],
};

/// A template parameter.
pub static TEMPLATE_PARAMETER: Object = Object {
    name: "TemplateParameter",
    doc: d("A named value filled into a template."),
    fields: &[
        req("name", text(None), "Parameter name as registered."),
        req("value", text(None), "Its value."),
    ],
    legacy: &[],
    rules: &[],
};
pub(super) static TEMPLATE_PARAMETERS: Array = Array {
    items: Type::Object(&TEMPLATE_PARAMETER),
    count: None,
};

/// PROVIDER_TEMPLATE content.
pub static TEMPLATE_CONTENT: Object = Object {
    name: "ProviderTemplateContent",
    doc: d("A template registered with the provider (India, Indonesia)."),
    fields: &[
        req(
            "templateId",
            text(Some(&l::TEMPLATE_ID)),
            "Template code as registered.",
        ),
        opt(
            "parameters",
            Type::Array(&TEMPLATE_PARAMETERS),
            "Values for the template's parameters.",
        ),
    ],
    legacy: &[],
    rules: &[],
};

/// Message content, by `type`.
pub static CONTENT: Union = Union {
    name: "Content",
    missing: Rule::error("content.type.required", TYPE_REQUIRED, SDK),
    invalid: Rule::error("content.type.invalid", TYPE_INVALID, SDK),
    open: false,
    variants: &[
        ("TEXT", &TEXT_CONTENT),
        ("FILE", &FILE_CONTENT),
        ("CARD", &CARD_CONTENT),
        ("CAROUSEL", &CAROUSEL_CONTENT),
        ("PROVIDER_TEMPLATE", &TEMPLATE_CONTENT),
    ],
};
