//! The rules beyond the tables: each check with the declarations of the codes it emits.
//!
//! * [`fields`]: what every field of every table obeys (type, required, unknown, legacy,
//!   null) and the whole body's size, checked by the table walk.
//! * The cross-field rules ([`content`], [`suggestion`], [`options`], [`ordering`],
//!   [`advice`], [`india`]): what the tables in [`schema`](crate::schema) cannot say alone. Each is a
//!   plain function attached to the object it reads (see
//!   [`Object::rules`](crate::schema::Object::rules)); it runs after that object's fields
//!   were checked, at that object's path. Rules only read values that have the right type;
//!   a wrong type was already reported by the table walk.
//!
//! Codes of single fields (lengths, counts, enums, formats, union tags) are declared in
//! the tables themselves: [`limits`](crate::limits), [`enums`](crate::enums) and
//! [`schema`](crate::schema). [`catalogue`](crate::catalogue) gathers every declaration.

pub mod advice;
pub mod capability;
pub mod content;
pub mod fields;
pub mod india;
#[cfg(feature = "messages-api")]
pub mod messages_api;
pub mod options;
pub mod ordering;
pub mod suggestion;
pub mod template;
pub mod webhooks;

/// The cross-field rules, module by module, in the order of the README's table.
pub static CROSS_FIELD: &[&[&Rule]] = &[
    content::RULES,
    suggestion::RULES,
    options::RULES,
    ordering::RULES,
    advice::RULES,
    india::RULES,
    webhooks::RULES,
    capability::RULES,
    template::RULES,
    #[cfg(feature = "messages-api")]
    messages_api::RULES,
];

/// The messages of the cross-field rules, module by module (for the catalogue).
pub static CROSS_FIELD_MESSAGES: &[&[&Msg]] = &[
    content::MESSAGES,
    suggestion::MESSAGES,
    options::MESSAGES,
    ordering::MESSAGES,
    advice::MESSAGES,
    india::MESSAGES,
    capability::MESSAGES,
    // The template checks', the webhooks' and the Messages API's follow these (message::LATER).
];

use crate::context::Ctx;
use crate::json::NodeId;
use crate::message::Msg;
use crate::rule::Rule;

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
/// use rcs_kit::rules::{media_of, Media};
/// assert_eq!(media_of("https://x.example/a/b.MP4?x=1"), Some(Media::Video));
/// assert_eq!(media_of("https://x.example/image"), None);
/// ```
pub fn media_of(url: &str) -> Option<Media> {
    let path = crate::format::before_any(url, crate::format::QUERY_OR_FRAGMENT);
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
