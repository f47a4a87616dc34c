//! The device features a message needs, named as Google RBM's capability API names them
//! (`GET /v1/phones/{number}/capabilities` answers with a list of these).
//!
//! Google answers `400 INVALID_ARGUMENT` and does not deliver when a device lacks a
//! feature a message uses, so a sender who knows a number's features (from Google, or a
//! provider that passes them on) can compare before sending. Infobip's capability check
//! says only whether a number can receive RCS at all, not which features it has.
//!
//! ```
//! use rcs_kit::features::{required_features, Feature};
//! let body = r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],
//!   "content":{"type":"TEXT","text":"Hi","suggestions":[
//!     {"type":"DIAL_PHONE","text":"Call","postbackData":"c","phoneNumber":"+441134960000"}]}}]}"#;
//! let needs = required_features(body).unwrap();
//! assert_eq!(needs[0].features(), [Feature::ActionDial]);
//! assert_eq!(needs[0].needs[0].path, "/messages/0/content/suggestions/0");
//! ```

use crate::json::{Doc, NodeId, ParseError, Value};

/// A device feature, as Google RBM's capability API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    /// A standalone rich card (`CARD`).
    RichcardStandalone,
    /// A carousel of rich cards (`CAROUSEL`).
    RichcardCarousel,
    /// An `OPEN_URL` suggestion opening the browser or an app.
    ActionOpenUrl,
    /// An `OPEN_URL` suggestion opening a webview (`application: WEBVIEW`).
    ActionOpenUrlInWebview,
    /// A `DIAL_PHONE` suggestion.
    ActionDial,
    /// A `SHOW_LOCATION` suggestion.
    ActionViewLocation,
    /// A `REQUEST_LOCATION` suggestion.
    ActionShareLocation,
    /// A `CREATE_CALENDAR_EVENT` suggestion.
    ActionCreateCalendarEvent,
}

impl Feature {
    /// Every feature rcs-kit maps, in Google's order.
    pub const ALL: [Feature; 8] = [
        Feature::RichcardStandalone,
        Feature::RichcardCarousel,
        Feature::ActionCreateCalendarEvent,
        Feature::ActionDial,
        Feature::ActionOpenUrl,
        Feature::ActionOpenUrlInWebview,
        Feature::ActionShareLocation,
        Feature::ActionViewLocation,
    ];

    /// Google's name, e.g. `ACTION_OPEN_URL_IN_WEBVIEW`.
    pub const fn name(self) -> &'static str {
        match self {
            Feature::RichcardStandalone => "RICHCARD_STANDALONE",
            Feature::RichcardCarousel => "RICHCARD_CAROUSEL",
            Feature::ActionOpenUrl => "ACTION_OPEN_URL",
            Feature::ActionOpenUrlInWebview => "ACTION_OPEN_URL_IN_WEBVIEW",
            Feature::ActionDial => "ACTION_DIAL",
            Feature::ActionViewLocation => "ACTION_VIEW_LOCATION",
            Feature::ActionShareLocation => "ACTION_SHARE_LOCATION",
            Feature::ActionCreateCalendarEvent => "ACTION_CREATE_CALENDAR_EVENT",
        }
    }

    /// The feature a suggestion of `type` needs (`REPLY` needs none); `webview` when an
    /// `OPEN_URL` has `application: WEBVIEW`.
    pub fn of_suggestion(ty: &str, webview: bool) -> Option<Feature> {
        Some(match ty {
            "OPEN_URL" if webview => Feature::ActionOpenUrlInWebview,
            "OPEN_URL" => Feature::ActionOpenUrl,
            "DIAL_PHONE" => Feature::ActionDial,
            "SHOW_LOCATION" => Feature::ActionViewLocation,
            "REQUEST_LOCATION" => Feature::ActionShareLocation,
            "CREATE_CALENDAR_EVENT" => Feature::ActionCreateCalendarEvent,
            _ => return None,
        })
    }

    /// The feature a content of `type` needs (`TEXT` and `FILE` need none; a
    /// `PROVIDER_TEMPLATE` is not known here, its content being the provider's).
    pub fn of_content(ty: &str) -> Option<Feature> {
        match ty {
            "CARD" => Some(Feature::RichcardStandalone),
            "CAROUSEL" => Some(Feature::RichcardCarousel),
            _ => None,
        }
    }
}

/// One place of a message that needs a feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    /// The feature.
    pub feature: Feature,
    /// JSON pointer of what needs it (the content, or a suggestion).
    pub path: String,
}

/// What one message (`messages[i]`) needs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MessageFeatures {
    /// Its index in `messages`.
    pub message: usize,
    /// Each place that needs a feature, in the order of the body.
    pub needs: Vec<Need>,
}

impl MessageFeatures {
    /// The features needed, each once, in [`Feature::ALL`]'s order.
    pub fn features(&self) -> Vec<Feature> {
        Feature::ALL
            .into_iter()
            .filter(|f| self.needs.iter().any(|n| n.feature == *f))
            .collect()
    }
}

/// The features each message of a send request (`POST /rcs/2/messages`) needs. Reads
/// what it can: a wrong type somewhere is the validator's to report, not a reason to
/// fail here. Of a repeated key it reads the last value, as `JSON.parse` does (the npm
/// package's `requiredFeatures` walks the same tables in JavaScript, tested equal).
pub fn required_features(body: &str) -> Result<Vec<MessageFeatures>, ParseError> {
    let doc = Doc::parse(body)?;
    Ok(required_features_doc(&doc))
}

/// [`required_features`] of a parsed document.
pub fn required_features_doc(doc: &Doc<'_>) -> Vec<MessageFeatures> {
    let Some(messages) = doc
        .get_last(doc.root(), "messages")
        .filter(|&m| matches!(doc.value(m), Value::Array { .. }))
    else {
        return Vec::new();
    };
    doc.children(messages)
        .enumerate()
        .map(|(i, m)| {
            let mut out = MessageFeatures {
                message: i,
                needs: Vec::new(),
            };
            if let Some(content) = doc
                .get_last(m, "content")
                .filter(|&c| matches!(doc.value(c), Value::Object { .. }))
            {
                let path = format!("/messages/{i}/content");
                content_needs(doc, content, &path, &mut out.needs);
            }
            out
        })
        .collect()
}

fn content_needs(doc: &Doc<'_>, content: NodeId, path: &str, out: &mut Vec<Need>) {
    let ty = doc.get_last(content, "type").and_then(|t| doc.str(t));
    if let Some(feature) = ty.as_deref().and_then(Feature::of_content) {
        out.push(Need {
            feature,
            path: path.to_owned(),
        });
    }
    match ty.as_deref() {
        Some("CARD") => {
            if let Some(card) = doc.get_last(content, "content") {
                suggestions_needs(doc, card, &format!("{path}/content"), out);
            }
        }
        Some("CAROUSEL") => {
            if let Some(cards) = doc
                .get_last(content, "contents")
                .filter(|&c| matches!(doc.value(c), Value::Array { .. }))
            {
                for (j, card) in doc.children(cards).enumerate() {
                    suggestions_needs(doc, card, &format!("{path}/contents/{j}"), out);
                }
            }
        }
        _ => {}
    }
    suggestions_needs(doc, content, path, out);
}

fn suggestions_needs(doc: &Doc<'_>, parent: NodeId, path: &str, out: &mut Vec<Need>) {
    let Some(list) = doc
        .get_last(parent, "suggestions")
        .filter(|&l| matches!(doc.value(l), Value::Array { .. }))
    else {
        return;
    };
    for (k, s) in doc.children(list).enumerate() {
        let str_of = |key: &str| doc.get_last(s, key).and_then(|n| doc.str(n));
        let webview = str_of("application").as_deref() == Some("WEBVIEW");
        if let Some(feature) = str_of("type")
            .as_deref()
            .and_then(|t| Feature::of_suggestion(t, webview))
        {
            out.push(Need {
                feature,
                path: format!("{path}/suggestions/{k}"),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn every_content_and_suggestion_type() {
        let body = r#"{"messages":[
          {"content":{"type":"TEXT","text":"x","suggestions":[
            {"type":"REPLY"},{"type":"OPEN_URL","application":"BROWSER"},{"type":"OPEN_URL","application":"WEBVIEW"},
            {"type":"DIAL_PHONE"},{"type":"SHOW_LOCATION"},{"type":"REQUEST_LOCATION"},{"type":"CREATE_CALENDAR_EVENT"},{"type":"NEW"}]}},
          {"content":{"type":"CARD","content":{"title":"t","suggestions":[{"type":"DIAL_PHONE"}]},"suggestions":[{"type":"REPLY"}]}},
          {"content":{"type":"CAROUSEL","contents":[{"suggestions":[{"type":"OPEN_URL"}]},{"suggestions":[{"type":"SHOW_LOCATION"}]}]}},
          {"content":{"type":"FILE"}},
          {"content":{"type":"PROVIDER_TEMPLATE"}},
          {"content":5}
        ]}"#;
        let r = required_features(body).unwrap();
        assert_eq!(r.len(), 6);
        let names = |m: &MessageFeatures| m.features().iter().map(|f| f.name()).collect::<Vec<_>>();
        assert_eq!(
            names(&r[0]),
            [
                "ACTION_CREATE_CALENDAR_EVENT",
                "ACTION_DIAL",
                "ACTION_OPEN_URL",
                "ACTION_OPEN_URL_IN_WEBVIEW",
                "ACTION_SHARE_LOCATION",
                "ACTION_VIEW_LOCATION"
            ]
        );
        assert_eq!(r[0].needs[1].path, "/messages/0/content/suggestions/2");
        assert_eq!(names(&r[1]), ["RICHCARD_STANDALONE", "ACTION_DIAL"]);
        assert_eq!(r[1].needs[0].path, "/messages/1/content");
        assert_eq!(
            r[1].needs[1].path,
            "/messages/1/content/content/suggestions/0"
        );
        assert_eq!(
            names(&r[2]),
            [
                "RICHCARD_CAROUSEL",
                "ACTION_OPEN_URL",
                "ACTION_VIEW_LOCATION"
            ]
        );
        assert_eq!(
            r[2].needs[2].path,
            "/messages/2/content/contents/1/suggestions/0"
        );
        for m in &r[3..] {
            assert!(m.needs.is_empty());
        }
        assert!(required_features("{}").unwrap().is_empty());
        assert!(required_features("[").is_err());
    }
}
