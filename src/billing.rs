//! Billing prediction: the `trafficType` the API will report for a message.
//!
//! Outside the US (India included) a message is `BASIC` when it is TEXT without
//! suggestions and at most 160 UTF-8 bytes, else `SINGLE`. In the US it is `RICH` (text with only replies, dial
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

/// Which market a message goes to: its billing model, and for India the regional advice
/// of [`Options::market`](crate::Options::market).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Market {
    /// Every country but the US and India: BASIC / SINGLE.
    Global,
    /// The US: RICH (segmented) / RICH_MEDIA.
    Us,
    /// India: billed as [`Market::Global`]; with advice, A2P needs a registered template
    /// and promotional messages go out 07:00-22:00 IST only.
    India,
}

impl Market {
    /// `global`, `us` or `in`, as the CLI and the npm package write it.
    pub const fn id(self) -> &'static str {
        match self {
            Market::Global => "global",
            Market::Us => "us",
            Market::India => "in",
        }
    }

    /// The market named `name` (`global`, `us`, `in`, any case); `None` for another name.
    ///
    /// ```
    /// use rcs_kit::billing::Market;
    /// assert_eq!(Market::parse("IN"), Some(Market::India));
    /// assert_eq!(Market::parse("fr"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Market> {
        [Market::Global, Market::Us, Market::India]
            .into_iter()
            .find(|m| m.id().eq_ignore_ascii_case(name))
    }
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
/// treated as US, Indian numbers (`91` + 10 digits) as India.
///
/// ```
/// use rcs_kit::billing::{market_of, Market};
/// assert_eq!(market_of("+919876543210"), Market::India);
/// assert_eq!(market_of("441134960001"), Market::Global);
/// ```
pub fn market_of(to: &str) -> Market {
    let digits = to.strip_prefix('+').unwrap_or(to);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Market::Global;
    }
    match (digits.len(), digits.get(..2)) {
        (11, Some(p)) if p.starts_with('1') => Market::Us,
        (12, Some("91")) => Market::India,
        _ => Market::Global,
    }
}

/// The markets of a message's destinations.
fn destination_markets<'d>(doc: &'d Doc<'_>, message: NodeId) -> impl Iterator<Item = Market> + 'd {
    doc.get(message, "destinations")
        .into_iter()
        .flat_map(|d| doc.children(d))
        .map(|x| {
            doc.get(x, "to")
                .and_then(|t| doc.str(t))
                .map_or(Market::Global, |t| market_of(&t))
        })
}

/// The market of a message: US (or India) when every destination is a North American
/// (or an Indian) number, global otherwise.
pub fn market_of_message(doc: &Doc<'_>, message: NodeId) -> Market {
    let mut markets = destination_markets(doc, message);
    let Some(first) = markets.next() else {
        return Market::Global;
    };
    if markets.all(|m| m == first) {
        first
    } else {
        Market::Global
    }
}

/// Whether any destination of a message is an Indian number (India's rules apply to it).
pub fn reaches_india(doc: &Doc<'_>, message: NodeId) -> bool {
    destination_markets(doc, message).any(|m| m == Market::India)
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
            Market::Global | Market::India => global(k, text_bytes, suggestions.len()),
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
        assert_eq!(market_of("919876543210"), Market::India);
        assert_eq!(market_of("+919876543210"), Market::India);
        // 91 + 9 or 11 digits is not an Indian mobile number; 91 inside is not a prefix.
        assert_eq!(market_of("91987654321"), Market::Global);
        assert_eq!(market_of("9198765432100"), Market::Global);
        assert_eq!(market_of("449198765432"), Market::Global);
        let body =
            |to: &str| format!(r#"{{"destinations":[{{"to":"919876543210"}},{{"to":"{to}"}}]}}"#);
        let mixed = body("441134960001");
        let mixed = Doc::parse(&mixed).unwrap();
        assert_eq!(market_of_message(&mixed, mixed.root()), Market::Global);
        assert!(reaches_india(&mixed, mixed.root()));
        let india = body("+919876543211");
        let india = Doc::parse(&india).unwrap();
        assert_eq!(market_of_message(&india, india.root()), Market::India);
        for m in [Market::Global, Market::Us, Market::India] {
            assert_eq!(Market::parse(&m.id().to_uppercase()), Some(m));
        }
    }
}
