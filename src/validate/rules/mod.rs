//! Cross-field rules: what the tables in [`schema`](crate::schema) cannot say alone.
//!
//! Each rule is a plain function attached to the object it reads (see
//! [`Object::rules`](crate::schema::Object::rules)); it runs after that object's fields
//! were checked, at that object's path. Rules only read values that have the right
//! type; a wrong type was already reported by the table walk.

pub mod advice;
pub mod content;
pub mod options;
pub mod ordering;
pub mod suggestion;

/// Every cross-field rule with its code(s), severity and a one-line statement, for the
/// README's rule table.
pub const CATALOGUE: &[(&str, &str, &str)] = &[
    ("card.title_or_media.required", "error", "A card (CARD `content`, CAROUSEL `contents[]`) must have `media` or `title`."),
    ("suggestion.webview_view_mode.required", "error", "OPEN_URL with `application: WEBVIEW` needs `webviewViewMode`."),
    ("suggestion.webview_view_mode.ignored", "warning", "`webviewViewMode` without `application: WEBVIEW` is ignored."),
    ("suggestion.end_time.before_start", "error", "Calendar event `startTime` must be before `endTime`."),
    ("suggestion.start_time.past / suggestion.end_time.past", "error", "Calendar event start and end must be in the future (needs `now`)."),
    ("options.failover.exclusive", "error", "`smsFailover` and `mmsFailover` cannot both be set."),
    ("delivery_time_window.from_to", "error", "`deliveryTimeWindow.from` and `to`: both or neither."),
    ("delivery_time_window.span.out_of_range", "error", "`from` and `to` at least 60 minutes apart."),
    ("delivery_time_window.days.duplicate", "warning", "A day listed twice in `days`."),
    ("validity_period.too_long", "warning", "Validity over 48 hours: the API sets it to 48 hours."),
    ("schedule.send_at.too_far", "error", "`sendAt` at most 180 days after now (needs `now`)."),
    ("schedule.send_at.past", "warning", "`sendAt` in the past: the message goes out at once (needs `now`)."),
    ("tracking.shorten_url.required", "warning", "URL tracking options need `shortenUrl: true`."),
    ("message_ordering.messages.too_few / too_many", "error", "`respectOrder: true` needs 2 to 10 messages."),
    ("message_ordering.failover", "error", "With `respectOrder`, failover only on the first of exactly 2 messages."),
    ("message_ordering.not_identical", "error", "With `respectOrder`, sender, destinations, platform, delivery window, campaign reference and webhooks identical in all messages."),
    ("message_ordering.suggestions", "warning", "With `respectOrder`, suggestions only on the last message (or identical on all)."),
    ("message_ordering.stop_on_failure.ignored", "warning", "`stopOnFailure` is ignored when a message has failover."),
    ("carousel.media.tall", "warning*", "TALL media in a carousel: not supported by Google RBM for carousels."),
    ("media.thumbnail.not_video / file.thumbnail.not_video", "warning*", "A thumbnail is only used for video files."),
    ("media.file.pdf", "warning*", "PDF card media renders only in India."),
    ("file.url.unsupported_type", "warning*", "File URL extension not among the supported MIME types."),
    ("media.height.ios / media.file.gif_ios", "advice*", "iPhones show one card height and GIFs as still images (`--advice`)."),
    ("sms_failover.text.parts", "advice", "The failover SMS takes more than 4 parts (`--advice`)."),
    ("sms_failover.text.missing_link", "advice", "The failover SMS leaves out a link of the RCS message (`--advice`)."),
];

use super::Ctx;
use crate::json::NodeId;

/// File extensions of the MIME types the API accepts, and whether they are video.
/// Source: Infobip SDK `RcsResourceSchema` / `RcsCardResourceSchema`.
pub const EXTENSIONS: &[(&str, Media)] = &[
    ("jpg", Media::Image),
    ("jpeg", Media::Image),
    ("png", Media::Image),
    ("gif", Media::Image),
    ("aac", Media::Audio),
    ("mp3", Media::Audio),
    ("mpga", Media::Audio),
    ("m4a", Media::Audio),
    ("3gp", Media::Video),
    ("ogg", Media::Audio),
    ("oga", Media::Audio),
    ("h263", Media::Video),
    ("m4v", Media::Video),
    ("mp4", Media::Video),
    ("mpeg", Media::Video),
    ("mpg", Media::Video),
    ("mpeg4", Media::Video),
    ("webm", Media::Video),
    ("pdf", Media::Pdf),
];

/// Extensions of types the API does not list (so likely rejected at delivery).
pub const UNSUPPORTED: &[&str] = &[
    "webp", "svg", "bmp", "tif", "tiff", "heic", "avi", "mov", "mkv", "wmv", "flv", "wav", "flac",
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "txt", "html", "htm",
];

/// Kind of a media file, guessed from its URL's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// JPEG, PNG, GIF.
    Image,
    /// AAC, MP3, OGG, ...
    Audio,
    /// MP4, WebM, H.263, ...
    Video,
    /// PDF.
    Pdf,
    /// An extension the API does not support.
    Unsupported,
}

/// Guesses the kind of file a URL points at from the extension of its path; `None` when
/// the path has no telling extension (the server's Content-Type decides then).
///
/// ```
/// use rcs_kit::validate::rules::{media_of, Media};
/// assert_eq!(media_of("https://x.example/a/b.MP4?x=1"), Some(Media::Video));
/// assert_eq!(media_of("https://x.example/image"), None);
/// ```
pub fn media_of(url: &str) -> Option<Media> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    // After "scheme://" (found by characters: no substring search in the wasm build).
    let after_scheme = path.find(':').map_or(path, |i| {
        path.get(i + 1..)
            .unwrap_or_default()
            .trim_start_matches('/')
    });
    let (_, path) = after_scheme.split_once('/')?;
    let last = path.rsplit('/').next()?;
    let (_, ext) = last.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    if let Some((_, m)) = EXTENSIONS.iter().find(|(e, _)| *e == ext) {
        return Some(*m);
    }
    UNSUPPORTED
        .contains(&ext.as_str())
        .then_some(Media::Unsupported)
}

/// The `url` of a `{url}` resource member of `node`.
fn resource_url(ctx: &Ctx<'_, '_>, node: NodeId, member: &str) -> Option<String> {
    let r = ctx.get(node, member)?;
    ctx.get_str(r, "url").map(|s| s.into_owned())
}
