//! Rules of FILE, CARD and CAROUSEL content.

use super::{media_of, resource_url, Media};
use crate::json::NodeId;
use crate::validate::Ctx;

/// FILE: thumbnails only for video; warn on file types the API does not list.
pub fn file(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    media_checks(ctx, node, "file", false);
}

/// Card media: thumbnails only for video; PDF only in India.
pub fn card_media(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    media_checks(ctx, node, "media", true);
}

fn media_checks(ctx: &mut Ctx<'_, '_>, node: NodeId, prefix: &'static str, card: bool) {
    let kind = resource_url(ctx, node, "file").and_then(|u| media_of(&u));
    if ctx.get(node, "thumbnail").is_some() && matches!(kind, Some(k) if k != Media::Video) {
        ctx.at("thumbnail", |c| {
            c.platform(
                format!("{prefix}.thumbnail.not_video"),
                "a thumbnail is only used for video files; this file is not a video, so remove the thumbnail".into(),
            )
        });
    }
    match kind {
        Some(Media::Pdf) if card => ctx.at("file", |c| {
            c.at("url", |c| {
                c.platform(
                    "media.file.pdf",
                    "PDF media in a card is shown only in India (Google Messages); elsewhere use an image or video".into(),
                )
            })
        }),
        Some(Media::Unsupported) => ctx.at("file", |c| {
            c.at("url", |c| {
                c.platform(
                    "file.url.unsupported_type",
                    "the file's extension is not among the types RCS accepts (JPEG, PNG, GIF, MP4, WebM, MPEG, H.263, M4V, AAC, MP3, OGG, 3GPP, PDF)".into(),
                )
            })
        }),
        Some(Media::Audio) if card => ctx.at("file", |c| {
            c.at("url", |c| {
                c.platform(
                    "file.url.unsupported_type",
                    "card media must be an image or a video; audio is only allowed in FILE messages".into(),
                )
            })
        }),
        _ => {}
    }
}

/// A card must have media or a title.
pub fn card_body(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if ctx.get(node, "media").is_none() && ctx.get(node, "title").is_none() {
        ctx.error(
            "card.title_or_media.required",
            "a card must have `media` or `title`; add at least one of them".into(),
        );
    }
}

/// Carousels: TALL media is not supported.
pub fn carousel(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(contents) = ctx.get(node, "contents") else {
        return;
    };
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
                            c.platform(
                                "carousel.media.tall",
                                "TALL media is not supported in carousels; use SHORT or MEDIUM"
                                    .into(),
                            )
                        })
                    })
                })
            });
        }
    }
}
