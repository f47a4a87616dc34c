//! Mutations inside a message's content: lengths, counts, enums, missing members, wrong
//! types and bad URLs in texts, cards, media and suggestions.

use super::place::{self, card_content, content_of_type, suggestible_content};
use super::Expected;
use crate::json::{remove, s, set, str_of};
use crate::limits::{
    at_least, at_most, CARD_DESCRIPTION, CARD_SUGGESTIONS, CARD_TITLE, CAROUSEL_CARDS, LATITUDE,
    MESSAGE_SUGGESTIONS, SUGGESTION_TEXT, TEXT,
};
use crate::rng::Rng;
use crate::{content, suggestions, text};
use serde_json::Value;

fn at(m: usize, rel: &str) -> String {
    format!("/messages/{m}/content{rel}")
}

pub fn overlong_text(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "TEXT")?;
    let n = at_most(&TEXT) + rng.range(1, 300);
    set(c, "text", s(text::exact(rng, n)));
    Some(Expected::at(at(m, "/text"), TEXT.code_over()))
}

pub fn overlong_suggestion_text(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = place::some_suggestion(rng, c);
    let n = at_most(&SUGGESTION_TEXT) + rng.range(1, 20);
    set(c.pointer_mut(&p)?, "text", s(text::exact(rng, n)));
    Some(Expected::at(
        at(m, &format!("{p}/text")),
        SUGGESTION_TEXT.code_over(),
    ))
}

fn card_place(rng: &mut Rng, c: &Value) -> String {
    rng.pick(&place::cards(c)).cloned().unwrap_or_default()
}

pub fn overlong_card_title(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = card_place(rng, c);
    let n = at_most(&CARD_TITLE) + rng.range(1, 60);
    set(c.pointer_mut(&p)?, "title", s(text::exact(rng, n)));
    Some(Expected::at(
        at(m, &format!("{p}/title")),
        CARD_TITLE.code_over(),
    ))
}

pub fn overlong_card_description(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = card_place(rng, c);
    let n = at_most(&CARD_DESCRIPTION) + rng.range(1, 300);
    set(c.pointer_mut(&p)?, "description", s(text::exact(rng, n)));
    let code = CARD_DESCRIPTION.code_over();
    Some(Expected::at(at(m, &format!("{p}/description")), code))
}

pub fn too_many_suggestions(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let n = at_most(&MESSAGE_SUGGESTIONS) + rng.range(1, 3);
    set(c, "suggestions", suggestions::list(rng, n));
    Some(Expected::at(
        at(m, "/suggestions"),
        MESSAGE_SUGGESTIONS.code_over(),
    ))
}

pub fn too_many_card_suggestions(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = card_place(rng, c);
    let n = at_most(&CARD_SUGGESTIONS) + rng.range(1, 3);
    set(c.pointer_mut(&p)?, "suggestions", suggestions::list(rng, n));
    let code = CARD_SUGGESTIONS.code_over();
    Some(Expected::at(at(m, &format!("{p}/suggestions")), code))
}

fn bad_enum(
    rng: &mut Rng,
    body: &mut Value,
    m: usize,
    ty: &str,
    member: &str,
    bad: &[&'static str],
    code: &str,
) -> Option<Expected> {
    let c = content_of_type(rng, body, m, ty)?;
    set(c, member, s(rng.pick_str(bad)));
    Some(Expected::at(at(m, &format!("/{member}")), code))
}

pub fn bad_enum_orientation(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let bad = &["DIAGONAL", "vertical", "LANDSCAPE"];
    bad_enum(
        rng,
        body,
        m,
        "CARD",
        "orientation",
        bad,
        "card.orientation.invalid",
    )
}

pub fn bad_enum_alignment(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let bad = &["CENTER", "left", "MIDDLE"];
    bad_enum(
        rng,
        body,
        m,
        "CARD",
        "alignment",
        bad,
        "card.alignment.invalid",
    )
}

pub fn bad_enum_card_width(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let bad = &["LARGE", "small", "WIDE"];
    bad_enum(
        rng,
        body,
        m,
        "CAROUSEL",
        "cardWidth",
        bad,
        "carousel.card_width.invalid",
    )
}

pub fn bad_enum_media_height(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = format!("{}/media", place::card_with_media(rng, c));
    set(
        c.pointer_mut(&p)?,
        "height",
        s(rng.pick_str(&["HUGE", "short", "FULL"])),
    );
    Some(Expected::at(
        at(m, &format!("{p}/height")),
        "media.height.invalid",
    ))
}

pub fn bad_enum_content_type(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = place::message(body, m)?.get_mut("content")?;
    set(
        c,
        "type",
        s(rng.pick_str(&["VIDEO", "RICH_CARD", "text", "IMAGE"])),
    );
    Some(Expected::at(at(m, "/type"), "content.type.invalid"))
}

pub fn bad_enum_suggestion_type(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = place::some_suggestion(rng, c);
    let bad = rng.pick_str(&["OPEN_APP", "SHARE", "reply", "CALL"]);
    set(c.pointer_mut(&p)?, "type", s(bad));
    Some(Expected::at(
        at(m, &format!("{p}/type")),
        "suggestion.type.invalid",
    ))
}

pub fn missing_content_type(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let _ = rng;
    let c = place::message(body, m)?.get_mut("content")?;
    remove(c, "type");
    Some(Expected::at(at(m, ""), "content.type.required"))
}

pub fn missing_text(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "TEXT")?;
    remove(c, "text");
    Some(Expected::at(at(m, ""), "field.required"))
}

pub fn missing_file_url(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "FILE")?;
    remove(c.get_mut("file")?, "url");
    Some(Expected::at(at(m, "/file"), "field.required"))
}

pub fn missing_template_id(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "PROVIDER_TEMPLATE")?;
    remove(c, "templateId");
    Some(Expected::at(at(m, ""), "field.required"))
}

pub fn missing_postback_data(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = place::some_suggestion(rng, c);
    remove(c.pointer_mut(&p)?, "postbackData");
    Some(Expected::at(at(m, &p), "field.required"))
}

pub fn missing_media_height(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = format!("{}/media", place::card_with_media(rng, c));
    remove(c.pointer_mut(&p)?, "height");
    Some(Expected::at(at(m, &p), "field.required"))
}

pub fn carousel_1_card(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "CAROUSEL")?;
    let n = at_least(&CAROUSEL_CARDS) - 1;
    set(c, "contents", content::cards(rng, n));
    Some(Expected::at(
        at(m, "/contents"),
        CAROUSEL_CARDS.code_under(),
    ))
}

pub fn carousel_11_cards(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "CAROUSEL")?;
    let n = at_most(&CAROUSEL_CARDS) + 1;
    set(c, "contents", content::cards(rng, n));
    Some(Expected::at(at(m, "/contents"), CAROUSEL_CARDS.code_over()))
}

pub fn webview_without_view_mode(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = place::some_suggestion(rng, c);
    let mut sug = suggestions::of_type(rng, "OPEN_URL");
    set(&mut sug, "application", s("WEBVIEW"));
    remove(&mut sug, "webviewViewMode");
    *c.pointer_mut(&p)? = sug;
    Some(Expected::at(
        at(m, &p),
        "suggestion.webview_view_mode.required",
    ))
}

pub fn card_without_media_or_title(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = card_place(rng, c);
    let card = c.pointer_mut(&p)?;
    remove(card, "media");
    remove(card, "title");
    if card.get("description").is_none() {
        let n = rng.range(5, 80);
        set(card, "description", s(text::exact(rng, n)));
    }
    Some(Expected::at(at(m, &p), "card.title_or_media.required"))
}

pub fn wrong_type_text_number(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "TEXT")?;
    set(c, "text", Value::from(rng.range(1, 99_999)));
    Some(Expected::at(at(m, "/text"), "type.mismatch"))
}

/// A SHOW_LOCATION suggestion in place of one of the content's message-level suggestions.
fn location(rng: &mut Rng, c: &mut Value) -> Option<String> {
    let p = place::message_suggestion(rng, c);
    *c.pointer_mut(&p)? = suggestions::of_type(rng, "SHOW_LOCATION");
    Some(p)
}

pub fn wrong_type_latitude_string(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = location(rng, c)?;
    let sug = c.pointer_mut(&p)?;
    let lat = sug
        .get("latitude")
        .map(|v| v.to_string())
        .unwrap_or_default();
    set(sug, "latitude", s(lat));
    Some(Expected::at(
        at(m, &format!("{p}/latitude")),
        "type.mismatch",
    ))
}

pub fn latitude_out_of_range(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = location(rng, c)?;
    let over = LATITUDE.max as f64 + rng.range(1, 90_000) as f64 / 1000.0;
    let lat = if rng.chance(50) { over } else { -over };
    set(c.pointer_mut(&p)?, "latitude", Value::from(lat));
    Some(Expected::at(
        at(m, &format!("{p}/latitude")),
        LATITUDE.code_over(),
    ))
}

pub fn wrong_type_suggestions_object(
    rng: &mut Rng,
    body: &mut Value,
    m: usize,
) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = place::message_suggestion(rng, c);
    let one = c.pointer(&p)?.clone();
    set(c, "suggestions", one);
    Some(Expected::at(at(m, "/suggestions"), "type.mismatch"))
}

pub fn bad_format_uri(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = content_of_type(rng, body, m, "FILE")?;
    let file = c.get_mut("file")?;
    let url = str_of(file, "url")
        .replacen("/media", "/my media", 1)
        .replacen("/files", "/my files", 1);
    set(file, "url", s(url));
    Some(Expected::at(at(m, "/file/url"), "file.url.invalid"))
}

pub fn non_http_url_scheme(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = suggestible_content(rng, body, m)?;
    let p = place::message_suggestion(rng, c);
    let mut sug = suggestions::of_type(rng, "OPEN_URL");
    let url = str_of(&sug, "url").to_owned();
    let scheme = rng.pick_str(&["ftp", "tel", "market", "javascript"]);
    set(&mut sug, "url", s(url.replacen("https", scheme, 1)));
    *c.pointer_mut(&p)? = sug;
    Some(Expected::at(
        at(m, &format!("{p}/url")),
        "suggestion.url.scheme",
    ))
}

pub fn additional_property_card(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let c = card_content(rng, body, m)?;
    let p = card_place(rng, c);
    let colour = format!("#{}", text::hex(rng, 6));
    set(c.pointer_mut(&p)?, "colour", s(colour));
    Some(Expected::at(at(m, &format!("{p}/colour")), "field.unknown"))
}
