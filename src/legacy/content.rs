//! Legacy content (TEXT, FILE, CARD, CAROUSEL) and suggestions, migrated or left out
//! with a note.

use super::context::{child, type_name, Cx};
use serde_json::{Map, Value};

/// Legacy suggestion types (all five) plus the v2-only calendar event, with their own
/// members.
const SUGGESTION_FIELDS: &[(&str, &[&str])] = &[
    ("REPLY", &[]),
    ("OPEN_URL", &["url", "application", "webviewViewMode"]),
    ("DIAL_PHONE", &["phoneNumber"]),
    ("SHOW_LOCATION", &["latitude", "longitude", "label"]),
    ("REQUEST_LOCATION", &[]),
    (
        "CREATE_CALENDAR_EVENT",
        &["startTime", "endTime", "title", "description"],
    ),
];

impl Cx<'_> {
    pub(super) fn content(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!(
                    "the content must be an object, not {}; left out",
                    type_name(v)
                ),
            );
            return None;
        };
        let ty = match o.get("type") {
            Some(Value::String(s)) => s.as_str(),
            None if o.contains_key("text") => {
                self.warn(
                    path,
                    "no `type`: read as TEXT content (it has a `text`)".into(),
                );
                "TEXT"
            }
            _ => {
                self.error(
                    path,
                    "the content has no `type` string (TEXT, FILE, CARD, CAROUSEL); left out"
                        .into(),
                );
                return None;
            }
        };
        let mut out = Map::new();
        out.insert("type".into(), Value::String(ty.into()));
        match ty {
            "TEXT" => {
                copy(o, &mut out, "text");
                self.suggestions(o, &mut out, path);
                self.rest(o, path, &["type", "text", "suggestions"], "TEXT content");
            }
            "FILE" => {
                self.resource(o, &mut out, path, "file");
                self.resource(o, &mut out, path, "thumbnail");
                self.suggestions(o, &mut out, path);
                self.rest(
                    o,
                    path,
                    &["type", "file", "thumbnail", "suggestions"],
                    "FILE content",
                );
            }
            "CARD" => {
                copy(o, &mut out, "orientation");
                match o.get("alignment") {
                    Some(a) => {
                        out.insert("alignment".into(), a.clone());
                    }
                    None if o.get("orientation").and_then(Value::as_str) == Some("VERTICAL") => {
                        self.warn(
                            path,
                            "no `alignment`: v2 requires it even for VERTICAL cards (where it has no effect); set to LEFT".into(),
                        );
                        out.insert("alignment".into(), Value::String("LEFT".into()));
                    }
                    None => {}
                }
                if let Some(card) = o.get("content") {
                    if let Some(c) = self.card_content(card, &child(path, "content")) {
                        out.insert("content".into(), c);
                    }
                }
                self.suggestions(o, &mut out, path);
                self.rest(
                    o,
                    path,
                    &["type", "orientation", "alignment", "content", "suggestions"],
                    "CARD content",
                );
            }
            "CAROUSEL" => {
                copy(o, &mut out, "cardWidth");
                match o.get("contents") {
                    Some(Value::Array(cards)) => {
                        let mut list = Vec::with_capacity(cards.len());
                        for (i, card) in cards.iter().enumerate() {
                            let p = format!("{}/{i}", child(path, "contents"));
                            if let Some(c) = self.card_content(card, &p) {
                                list.push(c);
                            }
                        }
                        out.insert("contents".into(), Value::Array(list));
                    }
                    Some(other) => self.error(
                        &child(path, "contents"),
                        format!(
                            "`contents` must be an array of cards, not {}; left out",
                            type_name(other)
                        ),
                    ),
                    None => {}
                }
                self.suggestions(o, &mut out, path);
                self.rest(
                    o,
                    path,
                    &["type", "cardWidth", "contents", "suggestions"],
                    "CAROUSEL content",
                );
            }
            other => {
                self.error(
                    &child(path, "type"),
                    format!("content type \"{other}\" is not one of the legacy API (TEXT, FILE, CARD, CAROUSEL); the content is left out"),
                );
                return None;
            }
        }
        Some(Value::Object(out))
    }

    /// A card of a CARD (`content`) or a CAROUSEL (`contents[]`).
    pub(super) fn card_content(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!("a card must be an object, not {}; left out", type_name(v)),
            );
            return None;
        };
        let mut out = Map::new();
        copy(o, &mut out, "title");
        copy(o, &mut out, "description");
        if let Some(media) = o.get("media") {
            let p = child(path, "media");
            match media.as_object() {
                Some(m) => {
                    let mut media_out = Map::new();
                    self.resource(m, &mut media_out, &p, "file");
                    self.resource(m, &mut media_out, &p, "thumbnail");
                    copy(m, &mut media_out, "height");
                    self.rest(m, &p, &["file", "thumbnail", "height"], "card media");
                    out.insert("media".into(), Value::Object(media_out));
                }
                None => self.error(
                    &p,
                    format!(
                        "`media` must be an object, not {}; left out",
                        type_name(media)
                    ),
                ),
            }
        }
        self.suggestions(o, &mut out, path);
        self.rest(
            o,
            path,
            &["title", "description", "media", "suggestions"],
            "card",
        );
        Some(Value::Object(out))
    }

    /// `o[key]`, a `{"url"}` object (or a bare URL string), into `out[key]`.
    pub(super) fn resource(
        &mut self,
        o: &Map<String, Value>,
        out: &mut Map<String, Value>,
        path: &str,
        key: &str,
    ) {
        let Some(v) = o.get(key) else {
            return;
        };
        let p = child(path, key);
        match v {
            Value::Object(r) => {
                let mut res = Map::new();
                copy(r, &mut res, "url");
                self.rest(r, &p, &["url"], "file reference");
                out.insert(key.into(), Value::Object(res));
            }
            Value::String(url) => {
                self.warn(
                    &p,
                    format!("a bare URL: written as {{\"url\": ...}} as `{key}` is in both APIs"),
                );
                let mut res = Map::new();
                res.insert("url".into(), Value::String(url.clone()));
                out.insert(key.into(), Value::Object(res));
            }
            other => self.error(
                &p,
                format!(
                    "`{key}` must be an object {{\"url\": ...}}, not {}; left out",
                    type_name(other)
                ),
            ),
        }
    }

    /// `o.suggestions`, each migrated or left out with a note, into `out`.
    pub(super) fn suggestions(
        &mut self,
        o: &Map<String, Value>,
        out: &mut Map<String, Value>,
        path: &str,
    ) {
        let Some(v) = o.get("suggestions") else {
            return;
        };
        let p = child(path, "suggestions");
        let Some(items) = v.as_array() else {
            self.error(
                &p,
                format!(
                    "`suggestions` must be an array, not {}; left out",
                    type_name(v)
                ),
            );
            return;
        };
        let list: Vec<Value> = items
            .iter()
            .enumerate()
            .filter_map(|(i, s)| self.suggestion(s, &format!("{p}/{i}")))
            .collect();
        if list.is_empty() && !items.is_empty() {
            return;
        }
        out.insert("suggestions".into(), Value::Array(list));
    }

    pub(super) fn suggestion(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!(
                    "a suggestion must be an object, not {}; left out",
                    type_name(v)
                ),
            );
            return None;
        };
        let Some(ty) = o.get("type").and_then(Value::as_str) else {
            self.error(path, "the suggestion has no `type` string; left out".into());
            return None;
        };
        let Some((_, own)) = SUGGESTION_FIELDS.iter().find(|(name, _)| *name == ty) else {
            self.error(
                &child(path, "type"),
                format!("suggestion type \"{ty}\" is not one of the legacy API (REPLY, OPEN_URL, DIAL_PHONE, SHOW_LOCATION, REQUEST_LOCATION); the suggestion is left out"),
            );
            return None;
        };
        if ty == "DIAL_PHONE" && !o.contains_key("phoneNumber") {
            self.error(
                path,
                "a DIAL_PHONE suggestion without `phoneNumber` (optional in the legacy API) cannot be sent to /rcs/2/messages, which requires it; the suggestion is left out"
                    .into(),
            );
            return None;
        }
        let mut out = Map::new();
        for key in ["type", "text", "postbackData"].iter().chain(own.iter()) {
            copy(o, &mut out, key);
        }
        let known: Vec<&str> = ["type", "text", "postbackData"]
            .iter()
            .chain(own.iter())
            .copied()
            .collect();
        self.rest(o, path, &known, &format!("{ty} suggestion"));
        Some(Value::Object(out))
    }
}

fn copy(from: &Map<String, Value>, to: &mut Map<String, Value>, key: &str) {
    if let Some(v) = from.get(key) {
        to.insert(key.into(), v.clone());
    }
}
