//! Rules of FILE, CARD and CAROUSEL content.

use super::{media_of, resource_url, Media};
use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::message::Msg;
use crate::rule::Rule;

const SUPPORTED_TYPES: &str =
    "Infobip SDK RcsResourceSchema / RcsCardResourceSchema (supported MIME types)";

/// A thumbnail on a FILE that is not a video.
pub static FILE_THUMBNAIL_NOT_VIDEO: Rule = Rule::warning(
    "file.thumbnail.not_video",
    "A thumbnail is only used for video files.",
    "Infobip API reference (thumbnail: video files only)",
)
.strict();
/// A thumbnail on card media that is not a video.
pub static MEDIA_THUMBNAIL_NOT_VIDEO: Rule = Rule::warning(
    "media.thumbnail.not_video",
    "A thumbnail is only used for video media.",
    "Infobip API reference (thumbnail: video files only)",
)
.strict();
/// PDF card media.
pub static MEDIA_FILE_PDF: Rule = Rule::warning(
    "media.file.pdf",
    "PDF card media renders only in India.",
    "Infobip product docs (PDF in cards: India only)",
)
.strict();
/// What an issue of [`MEDIA_FILE_PDF`] says.
pub static MEDIA_FILE_PDF_MSG: Msg = Msg::for_rule(
    &MEDIA_FILE_PDF,
    "PDF media in a card is shown only in India (Google Messages); elsewhere use an image or video",
);
/// A file type the API does not list.
pub static FILE_URL_UNSUPPORTED_TYPE: Rule = Rule::warning(
    "file.url.unsupported_type",
    "The file URL's extension is not among the supported MIME types.",
    SUPPORTED_TYPES,
)
.strict();
/// What an issue of [`FILE_URL_UNSUPPORTED_TYPE`] says.
pub static FILE_URL_UNSUPPORTED_TYPE_MSG: Msg = Msg::for_rule(
    &FILE_URL_UNSUPPORTED_TYPE,
    "the file's extension is not among the types RCS accepts (JPEG, PNG, GIF, MP4, WebM, MPEG, H.263, M4V, AAC, MP3, OGG, 3GPP, PDF)",
);
/// Audio as card media.
pub static MEDIA_FILE_AUDIO: Rule = Rule::warning(
    "media.file.audio",
    "Card media must be an image or a video; audio is only allowed in FILE messages.",
    SUPPORTED_TYPES,
)
.strict();
/// What an issue of [`MEDIA_FILE_AUDIO`] says.
pub static MEDIA_FILE_AUDIO_MSG: Msg = Msg::for_rule(
    &MEDIA_FILE_AUDIO,
    "card media must be an image or a video; audio is only allowed in FILE messages",
);
/// A card with neither media nor title.
pub static CARD_TITLE_OR_MEDIA: Rule = Rule::error(
    "card.title_or_media.required",
    "A card (CARD `content`, CAROUSEL `contents[]`) must have `media` or `title`.",
    "Infobip API reference (card content)",
)
.expressed_as(r#"{"anyOf": [{"required": ["media"]}, {"required": ["title"]}]}"#);
/// What an issue of [`CARD_TITLE_OR_MEDIA`] says.
pub static CARD_TITLE_OR_MEDIA_MSG: Msg = Msg::for_rule(
    &CARD_TITLE_OR_MEDIA,
    "a card must have `media` or `title`; add at least one of them",
);
/// TALL media in a carousel.
pub static CAROUSEL_MEDIA_TALL: Rule = Rule::warning(
    "carousel.media.tall",
    "TALL media in a carousel: Infobip specifies only SHORT and MEDIUM for carousel cards; Google has no TALL at SMALL width.",
    "Infobip SDK RcsCardResourceSchema (carousel aspect ratios for SHORT and MEDIUM only; Infobip wins over Google, which allows TALL at MEDIUM width); Google RBM CardWidth SMALL: \"tall media cannot be used\"; AWS: no TALL in carousels",
)
.strict();

/// What an issue of [`CAROUSEL_MEDIA_TALL`] says.
pub static CAROUSEL_MEDIA_TALL_MSG: Msg = Msg::for_rule(
    &CAROUSEL_MEDIA_TALL,
    "TALL media is not supported in carousels; use SHORT or MEDIUM",
);
/// What an issue of [`CAROUSEL_MEDIA_TALL`] says of SMALL cards.
pub static CAROUSEL_MEDIA_TALL_SMALL_MSG: Msg = Msg::new(
    "carousel.media.tall_small",
    "TALL media is not supported in carousels (Google: not at all at SMALL width); use SHORT or MEDIUM",
);

/// What an issue of [`FILE_THUMBNAIL_NOT_VIDEO`] or [`MEDIA_THUMBNAIL_NOT_VIDEO`] says.
pub static THUMBNAIL_NOT_VIDEO_MSG: Msg = Msg::new(
    "media.thumbnail_not_video",
    "a thumbnail is only used for video files; this file is not a video, so remove the thumbnail",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &MEDIA_FILE_PDF_MSG,
    &FILE_URL_UNSUPPORTED_TYPE_MSG,
    &MEDIA_FILE_AUDIO_MSG,
    &CARD_TITLE_OR_MEDIA_MSG,
    &CAROUSEL_MEDIA_TALL_MSG,
    &CAROUSEL_MEDIA_TALL_SMALL_MSG,
    &THUMBNAIL_NOT_VIDEO_MSG,
];

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &FILE_THUMBNAIL_NOT_VIDEO,
    &MEDIA_THUMBNAIL_NOT_VIDEO,
    &MEDIA_FILE_PDF,
    &FILE_URL_UNSUPPORTED_TYPE,
    &MEDIA_FILE_AUDIO,
    &CARD_TITLE_OR_MEDIA,
    &CAROUSEL_MEDIA_TALL,
];

/// FILE: thumbnails only for video; warn on file types the API does not list.
fn file(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    media_checks(ctx, node, &FILE_THUMBNAIL_NOT_VIDEO, false);
}

/// Card media: thumbnails only for video; PDF only in India.
fn card_media(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    media_checks(ctx, node, &MEDIA_THUMBNAIL_NOT_VIDEO, true);
}

fn media_checks(ctx: &mut Ctx<'_, '_>, node: NodeId, thumbnail: &'static Rule, card: bool) {
    let kind = resource_url(ctx, node, "file").and_then(|u| media_of(&u));
    if ctx.get(node, "thumbnail").is_some() && matches!(kind, Some(k) if k != Media::Video) {
        ctx.at("thumbnail", |c| {
            c.report(thumbnail, THUMBNAIL_NOT_VIDEO_MSG.message())
        });
    }
    match kind {
        Some(Media::Pdf) if card => ctx.at("file", |c| {
            c.at("url", |c| {
                c.report(&MEDIA_FILE_PDF, MEDIA_FILE_PDF_MSG.message())
            })
        }),
        Some(Media::Unsupported) => ctx.at("file", |c| {
            c.at("url", |c| {
                c.report(
                    &FILE_URL_UNSUPPORTED_TYPE,
                    FILE_URL_UNSUPPORTED_TYPE_MSG.message(),
                )
            })
        }),
        Some(Media::Audio) if card => ctx.at("file", |c| {
            c.at("url", |c| {
                c.report(&MEDIA_FILE_AUDIO, MEDIA_FILE_AUDIO_MSG.message())
            })
        }),
        _ => {}
    }
}

/// A card must have media or a title.
fn card_body(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if ctx.get(node, "media").is_none() && ctx.get(node, "title").is_none() {
        ctx.report(&CARD_TITLE_OR_MEDIA, CARD_TITLE_OR_MEDIA_MSG.message());
    }
}

/// Carousels: TALL media is not supported (and not available at all at SMALL width).
fn carousel(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(contents) = ctx.get(node, "contents") else {
        return;
    };
    let small = ctx.get_str(node, "cardWidth").is_some_and(|w| w == "SMALL");
    let doc = ctx.doc();
    for (i, card) in doc.children(contents).enumerate() {
        let tall = doc
            .get(card, "media")
            .and_then(|m| doc.get(m, "height"))
            .and_then(|h| doc.str(h))
            .is_some_and(|h| h == "TALL");
        if tall {
            ctx.at("contents", |c| {
                c.at_index(i, |c| {
                    c.at("media", |c| {
                        c.at("height", |c| {
                            c.report(
                                &CAROUSEL_MEDIA_TALL,
                                if small {
                                    CAROUSEL_MEDIA_TALL_SMALL_MSG.message()
                                } else {
                                    CAROUSEL_MEDIA_TALL_MSG.message()
                                },
                            )
                        })
                    })
                })
            });
        }
    }
}

// ---------------------------------------------------------------- checks

/// FILE: thumbnails only for video; warn on file types the API does not list.
pub static FILE_CHECK: Check = Check {
    run: file,
    rules: &[&FILE_THUMBNAIL_NOT_VIDEO, &FILE_URL_UNSUPPORTED_TYPE],
};

/// Card media: thumbnails only for video; PDF only in India.
pub static CARD_MEDIA_CHECK: Check = Check {
    run: card_media,
    rules: &[
        &MEDIA_THUMBNAIL_NOT_VIDEO,
        &MEDIA_FILE_PDF,
        &FILE_URL_UNSUPPORTED_TYPE,
        &MEDIA_FILE_AUDIO,
    ],
};

/// A card must have media or a title.
pub static CARD_BODY_CHECK: Check = Check {
    run: card_body,
    rules: &[&CARD_TITLE_OR_MEDIA],
};

/// Carousels: TALL media is not supported.
pub static CAROUSEL_CHECK: Check = Check {
    run: carousel,
    rules: &[&CAROUSEL_MEDIA_TALL],
};
