//! Valid `content` objects of every type: TEXT, FILE, CARD, CAROUSEL and
//! PROVIDER_TEMPLATE, and the card contents CARD and CAROUSEL share.

use crate::json::{obj, s, set};
use crate::limits::{
    at_least, at_most, CARD_DESCRIPTION, CARD_SUGGESTIONS, CARD_TITLE, CAROUSEL_CARDS,
    MESSAGE_SUGGESTIONS, TEXT,
};
use crate::rng::Rng;
use crate::{suggestions, text};
use rcs_kit::enums::{CARD_WIDTH, HEIGHT, ORIENTATION};
use serde_json::Value;

const IMAGES: &[&str] = &["png", "jpg", "jpeg", "gif"];
const VIDEOS: &[&str] = &["mp4", "webm", "m4v"];

/// A length in `1..=max`: mostly short, sometimes long, now and then exactly `max`.
fn skewed_len(rng: &mut Rng, max: usize) -> usize {
    match rng.below(100) {
        0 => max,
        1..=4 => rng.range(max / 3, max),
        5..=29 => rng.range(1, max / 3),
        _ => rng.range(1, (max / 15).max(2)),
    }
}

/// Message-level suggestions: none, a few, or up to the limit of 11.
fn message_suggestions(rng: &mut Rng, content: &mut Value, most: usize) {
    if rng.chance(25) {
        return;
    }
    let max = at_most(&MESSAGE_SUGGESTIONS);
    let n = if rng.chance(8) {
        max
    } else {
        rng.range(1, most.min(max))
    };
    set(content, "suggestions", suggestions::list(rng, n));
}

/// A TEXT content.
pub fn text(rng: &mut Rng) -> Value {
    let n = skewed_len(rng, at_most(&TEXT)).max(at_least(&TEXT));
    let mut c = obj([
        ("type", s("TEXT")),
        ("text", s(text::limited(rng, n, at_most(&TEXT)))),
    ]);
    message_suggestions(rng, &mut c, usize::MAX);
    c
}

/// A FILE content: an image, a video (sometimes with a thumbnail) or a PDF.
pub fn file(rng: &mut Rng) -> Value {
    let (ext, video) = match rng.below(10) {
        0..=5 => (rng.pick_str(IMAGES), false),
        6..=8 => (rng.pick_str(VIDEOS), true),
        _ => ("pdf", false),
    };
    let mut c = obj([
        ("type", s("FILE")),
        ("file", obj([("url", s(text::media_url(rng, ext)))])),
    ]);
    if video && rng.chance(40) {
        let image = rng_image(rng);
        let thumb = text::media_url(rng, image);
        set(&mut c, "thumbnail", obj([("url", s(thumb))]));
    }
    message_suggestions(rng, &mut c, 5);
    c
}

fn rng_image(rng: &mut Rng) -> &'static str {
    rng.pick_str(IMAGES)
}

/// Card media: an image or a video (with a thumbnail only on videos); TALL only when
/// `tall_allowed` (a single card, not a carousel).
pub fn media(rng: &mut Rng, tall_allowed: bool) -> Value {
    let video = rng.chance(35);
    let ext = if video {
        rng.pick_str(VIDEOS)
    } else {
        rng_image(rng)
    };
    // TALL only where it draws no warning (not in carousels).
    let heights: Vec<&'static str> = HEIGHT
        .values
        .iter()
        .copied()
        .filter(|h| tall_allowed || *h != "TALL")
        .collect();
    let mut m = obj([
        ("file", obj([("url", s(text::media_url(rng, ext)))])),
        ("height", s(rng.pick_str(&heights))),
    ]);
    if video && rng.chance(40) {
        let image = rng_image(rng);
        let thumb = text::media_url(rng, image);
        set(&mut m, "thumbnail", obj([("url", s(thumb))]));
    }
    m
}

/// One card (the `content` of a CARD, an element of a CAROUSEL's `contents`): a title or
/// media or both, a description now and then, up to 4 suggestions.
pub fn card(rng: &mut Rng, tall_allowed: bool) -> Value {
    let mut c = obj([]);
    let (title, with_media) = match rng.below(10) {
        0..=5 => (true, true),
        6..=7 => (false, true),
        _ => (true, false),
    };
    if title {
        let n = skewed_len(rng, at_most(&CARD_TITLE)).max(at_least(&CARD_TITLE));
        set(
            &mut c,
            "title",
            s(text::limited(rng, n, at_most(&CARD_TITLE))),
        );
    }
    if rng.chance(if tall_allowed { 50 } else { 75 }) {
        let n = skewed_len(rng, at_most(&CARD_DESCRIPTION)).max(at_least(&CARD_DESCRIPTION));
        set(
            &mut c,
            "description",
            s(text::limited(rng, n, at_most(&CARD_DESCRIPTION))),
        );
    }
    if with_media {
        set(&mut c, "media", media(rng, tall_allowed));
    }
    if rng.chance(75) {
        let n = rng.range(1, at_most(&CARD_SUGGESTIONS));
        set(&mut c, "suggestions", suggestions::list(rng, n));
    }
    c
}

/// A CARD content.
pub fn card_content(rng: &mut Rng) -> Value {
    let mut c = obj([
        ("type", s("CARD")),
        ("orientation", s(rng.pick_str(ORIENTATION.values))),
        ("alignment", s(rng.pick_str(&["LEFT", "RIGHT"]))),
        ("content", card(rng, true)),
    ]);
    message_suggestions(rng, &mut c, 8);
    c
}

/// `n` carousel cards.
pub fn cards(rng: &mut Rng, n: usize) -> Value {
    Value::Array((0..n).map(|_| card(rng, false)).collect())
}

/// A CAROUSEL content of 2 to 10 cards (more often many than few).
pub fn carousel(rng: &mut Rng) -> Value {
    let (lo, hi) = (at_least(&CAROUSEL_CARDS), at_most(&CAROUSEL_CARDS));
    let n = rng.range(lo, hi).max(rng.range(lo, hi));
    let mut c = obj([
        ("type", s("CAROUSEL")),
        ("cardWidth", s(rng.pick_str(CARD_WIDTH.values))),
        ("contents", cards(rng, n)),
    ]);
    message_suggestions(rng, &mut c, usize::MAX);
    c
}

const TEMPLATES: &[&str] = &[
    "otp_login",
    "payment_received",
    "order_shipped",
    "appointment_reminder",
];

/// A PROVIDER_TEMPLATE content, usually with parameters.
pub fn template(rng: &mut Rng) -> Value {
    let mut c = obj([
        ("type", s("PROVIDER_TEMPLATE")),
        ("templateId", s(rng.pick_str(TEMPLATES))),
    ]);
    if rng.chance(85) {
        let n = rng.range(1, 4);
        let params = (1..=n)
            .map(|i| {
                let len = rng.range(3, 60);
                obj([
                    ("name", s(format!("param{i}"))),
                    ("value", s(text::exact(rng, len))),
                ])
            })
            .collect();
        set(&mut c, "parameters", Value::Array(params));
    }
    c
}
