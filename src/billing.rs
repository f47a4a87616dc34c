//! Billing prediction: the `trafficType` the API will report for a message.
//!
//! Outside the US a message is `BASIC` when it is TEXT without suggestions and at most
//! 160 UTF-8 bytes, else `SINGLE`. In the US it is `RICH` (text with only replies, dial
//! and browser Open-URL actions; billed in 160-byte segments, suggestion text not
//! counted) or `RICH_MEDIA` (a file, card or carousel, or a webview, location or calendar
//! action). Sources: Infobip billing types (spec reference §6.7), Google's US billing
//! model and usrbm.org (`rcs-platform-limits.md` §4). Conversation billing depends on
//! runtime state and is not predicted; a provider template is billed by its registered
//! content, which the request does not show.
//!
//! ```
//! use rcs_kit::billing::{predict, Market};
//! let body = r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],
//!   "content":{"type":"TEXT","text":"Hi"}}]}"#;
//! let p = &predict(body, Market::Global).unwrap()[0];
//! assert_eq!(p.traffic_type, Some("BASIC"));
//! ```

use crate::json::{Doc, NodeId};

/// Which billing model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Market {
    /// Every country but the US: BASIC / SINGLE.
    Global,
    /// The US: RICH (segmented) / RICH_MEDIA.
    Us,
}

/// The predicted billing of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prediction {
    /// `BASIC`, `SINGLE`, `RICH` or `RICH_MEDIA`; `None` when it cannot be known from the
    /// request (provider templates).
    pub traffic_type: Option<&'static str>,
    /// 160-byte segments of a US `RICH` message.
    pub segments: Option<usize>,
    /// Why, for a person ("text is 171 bytes: over 160").
    pub reason: String,
}

/// UTF-8 bytes of one basic message / one US rich segment.
pub const SEGMENT_BYTES: usize = 160;

/// The market of a destination: numbers of the North American plan (`1` + 10 digits) are
/// treated as US.
pub fn market_of(to: &str) -> Market {
    let digits = to.strip_prefix('+').unwrap_or(to);
    if digits.len() == 11 && digits.starts_with('1') && digits.bytes().all(|b| b.is_ascii_digit()) {
        Market::Us
    } else {
        Market::Global
    }
}

/// The market of a message: US when every destination is a North American number.
pub fn market_of_message(doc: &Doc<'_>, message: NodeId) -> Market {
    let all_us = doc.get(message, "destinations").is_some_and(|d| {
        doc.len(d) > 0
            && doc.children(d).all(|x| {
                doc.get(x, "to")
                    .and_then(|t| doc.str(t))
                    .is_some_and(|t| market_of(&t) == Market::Us)
            })
    });
    if all_us {
        Market::Us
    } else {
        Market::Global
    }
}

/// Predicts every message of a send request (JSON text).
///
/// # Errors
/// The parse error when `body` is not JSON.
pub fn predict(body: &str, market: Market) -> Result<Vec<Prediction>, crate::json::ParseError> {
    let doc = Doc::parse(body)?;
    let Some(messages) = doc.get(doc.root(), "messages") else {
        return Ok(Vec::new());
    };
    Ok(doc
        .children(messages)
        .map(|m| predict_message(&doc, m, market))
        .collect())
}

/// Predicts one `messages[]` item.
pub fn predict_message(doc: &Doc<'_>, message: NodeId, market: Market) -> Prediction {
    let none = |reason: &str| Prediction {
        traffic_type: None,
        segments: None,
        reason: reason.into(),
    };
    let Some(content) = doc.get(message, "content") else {
        return none("the message has no content");
    };
    let kind = doc.get(content, "type").and_then(|t| doc.str(t));
    let suggestions: Vec<NodeId> = doc
        .get(content, "suggestions")
        .map(|s| doc.children(s).collect())
        .unwrap_or_default();
    let text_bytes = doc
        .get(content, "text")
        .and_then(|t| doc.str(t))
        .map_or(0, |t| t.len());
    match kind.as_deref() {
        Some("PROVIDER_TEMPLATE") => {
            none("a provider template is billed by its registered content")
        }
        None => none("the content has no type"),
        Some(k) => match market {
            Market::Global => global(k, text_bytes, suggestions.len()),
            Market::Us => us(doc, k, text_bytes, &suggestions),
        },
    }
}

fn global(kind: &str, bytes: usize, chips: usize) -> Prediction {
    let single = |reason: String| Prediction {
        traffic_type: Some("SINGLE"),
        segments: None,
        reason,
    };
    if kind != "TEXT" {
        return single(format!("{kind} content is multimedia"));
    }
    if chips > 0 {
        return single(format!(
            "text with {chips} suggestion{}",
            if chips == 1 { "" } else { "s" }
        ));
    }
    if bytes > SEGMENT_BYTES {
        return single(format!("text is {bytes} bytes: over {SEGMENT_BYTES}"));
    }
    Prediction {
        traffic_type: Some("BASIC"),
        segments: None,
        reason: format!("text only, {bytes} bytes: at most {SEGMENT_BYTES}"),
    }
}

fn us(doc: &Doc<'_>, kind: &str, bytes: usize, chips: &[NodeId]) -> Prediction {
    let media = |reason: String| Prediction {
        traffic_type: Some("RICH_MEDIA"),
        segments: None,
        reason,
    };
    if kind != "TEXT" {
        return media(format!("{kind} content is rich media"));
    }
    for c in chips {
        let t = doc.get(*c, "type").and_then(|t| doc.str(t));
        let webview = doc
            .get(*c, "application")
            .and_then(|a| doc.str(a))
            .is_some_and(|a| a == "WEBVIEW");
        match t.as_deref() {
            Some("REPLY" | "DIAL_PHONE") => {}
            Some("OPEN_URL") if !webview => {}
            Some("OPEN_URL") => return media("an Open URL action in a webview".into()),
            Some(other) => return media(format!("a {other} action")),
            None => {}
        }
    }
    let segments = bytes.div_ceil(SEGMENT_BYTES).max(1);
    Prediction {
        traffic_type: Some("RICH"),
        segments: Some(segments),
        reason: format!(
            "text of {bytes} bytes: {segments} segment{} of {SEGMENT_BYTES} bytes",
            if segments == 1 { "" } else { "s" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(content: &str, market: Market) -> Prediction {
        let body = format!(
            r#"{{"messages":[{{"sender":"S","destinations":[{{"to":"1"}}],"content":{content}}}]}}"#
        );
        predict(&body, market).unwrap().remove(0)
    }

    #[test]
    fn global_basic_and_single() {
        let t160 = format!(r#"{{"type":"TEXT","text":"{}"}}"#, "a".repeat(160));
        assert_eq!(one(&t160, Market::Global).traffic_type, Some("BASIC"));
        let t161 = format!(r#"{{"type":"TEXT","text":"{}"}}"#, "a".repeat(161));
        let p = one(&t161, Market::Global);
        assert_eq!(p.traffic_type, Some("SINGLE"));
        assert_eq!(p.reason, "text is 161 bytes: over 160");
        // Bytes, not characters: 81 two-byte characters are 162 bytes.
        let accents = format!(r#"{{"type":"TEXT","text":"{}"}}"#, "é".repeat(81));
        assert_eq!(one(&accents, Market::Global).traffic_type, Some("SINGLE"));
        let chip = r#"{"type":"TEXT","text":"Hi","suggestions":[{"type":"REPLY","text":"Y","postbackData":"y"}]}"#;
        assert_eq!(one(chip, Market::Global).traffic_type, Some("SINGLE"));
        assert_eq!(
            one(
                r#"{"type":"FILE","file":{"url":"https://e.com/a.png"}}"#,
                Market::Global
            )
            .traffic_type,
            Some("SINGLE")
        );
        assert_eq!(
            one(
                r#"{"type":"PROVIDER_TEMPLATE","templateId":"t"}"#,
                Market::Global
            )
            .traffic_type,
            None
        );
    }

    #[test]
    fn us_rich_and_rich_media() {
        let t = format!(
            r#"{{"type":"TEXT","text":"{}","suggestions":[{{"type":"REPLY","text":"Y","postbackData":"y"}},{{"type":"DIAL_PHONE","text":"C","postbackData":"c","phoneNumber":"12025550100"}},{{"type":"OPEN_URL","text":"O","postbackData":"o","url":"https://e.com"}}]}}"#,
            "a".repeat(321)
        );
        let p = one(&t, Market::Us);
        assert_eq!((p.traffic_type, p.segments), (Some("RICH"), Some(3)));
        let webview = r#"{"type":"TEXT","text":"x","suggestions":[{"type":"OPEN_URL","text":"O","postbackData":"o","url":"https://e.com","application":"WEBVIEW","webviewViewMode":"FULL"}]}"#;
        assert_eq!(one(webview, Market::Us).traffic_type, Some("RICH_MEDIA"));
        let loc = r#"{"type":"TEXT","text":"x","suggestions":[{"type":"REQUEST_LOCATION","text":"L","postbackData":"l"}]}"#;
        assert_eq!(one(loc, Market::Us).reason, "a REQUEST_LOCATION action");
        assert_eq!(
            one(r#"{"type":"CARD"}"#, Market::Us).traffic_type,
            Some("RICH_MEDIA")
        );
    }

    #[test]
    fn markets() {
        assert_eq!(market_of("12025550100"), Market::Us);
        assert_eq!(market_of("+12025550100"), Market::Us);
        assert_eq!(market_of("441134960001"), Market::Global);
    }
}
