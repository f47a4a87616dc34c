//! Finding, or making, the place a mutation goes to: a message's content of the right
//! type, a suggestion, a card, a media object.

use crate::content;
use crate::json::{len_of, set, str_of};
use crate::rng::Rng;
use crate::suggestions;
use serde_json::Value;

/// The message at `m` of the body.
pub fn message(body: &mut Value, m: usize) -> Option<&mut Value> {
    body.get_mut("messages")?.get_mut(m)
}

/// The content of message `m`, replaced by a fresh one of type `ty` when it has another
/// type.
pub fn content_of_type<'a>(
    rng: &mut Rng,
    body: &'a mut Value,
    m: usize,
    ty: &str,
) -> Option<&'a mut Value> {
    let msg = message(body, m)?;
    let current = msg.get("content").map(|c| str_of(c, "type").to_owned());
    if current.as_deref() != Some(ty) {
        let fresh = match ty {
            "TEXT" => content::text(rng),
            "FILE" => content::file(rng),
            "CARD" => content::card_content(rng),
            "CAROUSEL" => content::carousel(rng),
            _ => content::template(rng),
        };
        set(msg, "content", fresh);
    }
    msg.get_mut("content")
}

/// The content of message `m`, made a card type (CARD or CAROUSEL) when it is not.
pub fn card_content<'a>(rng: &mut Rng, body: &'a mut Value, m: usize) -> Option<&'a mut Value> {
    let ty = message(body, m)?
        .get("content")
        .map(|c| str_of(c, "type").to_owned())
        .unwrap_or_default();
    let want = if ty == "CARD" || ty == "CAROUSEL" {
        ty
    } else if rng.chance(50) {
        "CARD".to_owned()
    } else {
        "CAROUSEL".to_owned()
    };
    content_of_type(rng, body, m, &want)
}

/// The content of message `m`, replaced by a fresh TEXT when it cannot carry
/// message-level suggestions (PROVIDER_TEMPLATE).
pub fn suggestible_content<'a>(
    rng: &mut Rng,
    body: &'a mut Value,
    m: usize,
) -> Option<&'a mut Value> {
    let ty = message(body, m)?
        .get("content")
        .map(|c| str_of(c, "type").to_owned())
        .unwrap_or_default();
    if ty == "PROVIDER_TEMPLATE" || ty.is_empty() {
        content_of_type(rng, body, m, "TEXT")
    } else {
        message(body, m)?.get_mut("content")
    }
}

/// Pointers (relative to the content) of its cards: `/content` or `/contents/<k>`.
pub fn cards(content: &Value) -> Vec<String> {
    match str_of(content, "type") {
        "CARD" => vec!["/content".to_owned()],
        "CAROUSEL" => (0..len_of(content, "contents"))
            .map(|k| format!("/contents/{k}"))
            .collect(),
        _ => Vec::new(),
    }
}

/// Pointers (relative to the content) of every suggestion in it, message-level and in
/// cards.
pub fn suggestion_places(content: &Value) -> Vec<String> {
    let mut out: Vec<String> = (0..len_of(content, "suggestions"))
        .map(|j| format!("/suggestions/{j}"))
        .collect();
    for card in cards(content) {
        if let Some(c) = content.pointer(&card) {
            out.extend((0..len_of(c, "suggestions")).map(|j| format!("{card}/suggestions/{j}")));
        }
    }
    out
}

/// A suggestion of the content (relative pointer), adding message-level suggestions when
/// it has none.
pub fn some_suggestion(rng: &mut Rng, content: &mut Value) -> String {
    let mut places = suggestion_places(content);
    if places.is_empty() {
        let n = rng.range(1, 3);
        set(content, "suggestions", suggestions::list(rng, n));
        places = suggestion_places(content);
    }
    rng.pick(&places).cloned().unwrap_or_default()
}

/// A message-level suggestion of the content (relative pointer), adding some when it has
/// none.
pub fn message_suggestion(rng: &mut Rng, content: &mut Value) -> String {
    if len_of(content, "suggestions") == 0 {
        let n = rng.range(1, 3);
        set(content, "suggestions", suggestions::list(rng, n));
    }
    let j = rng.below(len_of(content, "suggestions"));
    format!("/suggestions/{j}")
}

/// A card of the content with media (relative pointer), giving one media when none has.
pub fn card_with_media(rng: &mut Rng, content: &mut Value) -> String {
    let cards = cards(content);
    let with: Vec<String> = cards
        .iter()
        .filter(|c| content.pointer(c).is_some_and(|v| v.get("media").is_some()))
        .cloned()
        .collect();
    if let Some(c) = rng.pick(&with) {
        return c.clone();
    }
    let c = rng.pick(&cards).cloned().unwrap_or_default();
    let tall = str_of(content, "type") == "CARD";
    if let Some(card) = content.pointer_mut(&c) {
        set(card, "media", content::media(rng, tall));
    }
    c
}
