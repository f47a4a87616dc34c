//! SMS failover text: how many SMS parts a text takes, and a text derived from rich
//! content for the `smsFailover`.
//!
//! GSM-7 (with its extension table, whose characters take two septets) allows 160
//! characters in one SMS and 153 per part when split; anything outside GSM-7 switches the
//! whole text to UCS-2: 70 UTF-16 units in one SMS, 67 per part.
//!
//! ```
//! use rcs_kit::sms::{count, Encoding};
//! let c = count("Your parcel is on its way");
//! assert_eq!((c.encoding, c.parts), (Encoding::Gsm7, 1));
//! assert_eq!(count(&"a".repeat(161)).parts, 2);
//! assert_eq!(count("Grüße 😀").encoding, Encoding::Ucs2);
//! ```

use crate::json::{Doc, NodeId};

/// The character set an SMS is sent in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// GSM 03.38 7-bit default alphabet (with the extension table).
    Gsm7,
    /// UCS-2 / UTF-16.
    Ucs2,
}

impl Encoding {
    /// `GSM-7` or `UCS-2`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }
}

/// How a text is sent as SMS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsCount {
    /// The encoding the whole text needs.
    pub encoding: Encoding,
    /// Length in the encoding's units (septets for GSM-7, UTF-16 units for UCS-2).
    pub units: usize,
    /// Number of SMS parts (0 for an empty text).
    pub parts: usize,
    /// Units per part at this length (160/153 or 70/67).
    pub per_part: usize,
}

const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1b}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// Counts the SMS parts of `text`.
pub fn count(text: &str) -> SmsCount {
    let mut septets = 0usize;
    let mut gsm = true;
    // `chars().any` rather than `str::contains(char)`, whose searcher costs the wasm
    // build 1.7 KB; the tables are short.
    let has = |table: &str, c: char| table.chars().any(|t| t == c);
    for c in text.chars() {
        if has(GSM7_BASIC, c) {
            septets += 1;
        } else if has(GSM7_EXTENSION, c) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    let (encoding, units, single, multi) = if gsm {
        (Encoding::Gsm7, septets, 160, 153)
    } else {
        (Encoding::Ucs2, text.encode_utf16().count(), 70, 67)
    };
    let (parts, per_part) = match units {
        0 => (0, single),
        n if n <= single => (1, single),
        n => (n.div_ceil(multi), multi),
    };
    SmsCount {
        encoding,
        units,
        parts,
        per_part,
    }
}

/// The text of an SMS that stands in for a rich message (a `messages[]` item): the text,
/// or the card titles and descriptions, the file URL, then the URLs of OPEN_URL
/// suggestions, one per line. `None` for content an SMS cannot say (a provider template).
///
/// ```
/// use rcs_kit::{json::Doc, sms::failover_text};
/// let doc = Doc::parse(r#"{"content":{"type":"CARD","orientation":"VERTICAL","alignment":"LEFT",
///   "content":{"title":"Spring sale","description":"Up to 50% off"},
///   "suggestions":[{"type":"OPEN_URL","text":"Shop","postbackData":"s","url":"https://e.com/s"}]}}"#).unwrap();
/// assert_eq!(failover_text(&doc, doc.root()).unwrap(), "Spring sale\nUp to 50% off\nShop: https://e.com/s");
/// ```
pub fn failover_text(doc: &Doc<'_>, message: NodeId) -> Option<String> {
    let content = doc.get(message, "content")?;
    let s = |n: NodeId, k: &str| {
        doc.get(n, k)
            .and_then(|v| doc.str(v))
            .map(|c| c.into_owned())
    };
    let mut lines: Vec<String> = Vec::new();
    let mut links: Vec<NodeId> = Vec::new();
    let chips = |n: NodeId, out: &mut Vec<NodeId>| {
        if let Some(list) = doc.get(n, "suggestions") {
            out.extend(doc.children(list));
        }
    };
    match s(content, "type")?.as_str() {
        "TEXT" => lines.extend(s(content, "text")),
        "FILE" => lines.extend(doc.get(content, "file").and_then(|f| s(f, "url"))),
        "CARD" => {
            if let Some(card) = doc.get(content, "content") {
                lines.extend(s(card, "title"));
                lines.extend(s(card, "description"));
                chips(card, &mut links);
            }
        }
        "CAROUSEL" => {
            for card in doc
                .get(content, "contents")
                .map(|c| doc.children(c).collect::<Vec<_>>())
                .unwrap_or_default()
            {
                lines.extend(s(card, "title"));
                chips(card, &mut links);
            }
        }
        _ => return None,
    }
    chips(content, &mut links);
    for l in links {
        if s(l, "type").as_deref() == Some("OPEN_URL") {
            if let Some(url) = s(l, "url") {
                let line = match s(l, "text") {
                    Some(t) => format!("{t}: {url}"),
                    None => url,
                };
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
        }
    }
    Some(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm7_and_ucs2_boundaries() {
        assert_eq!(count("").parts, 0);
        assert_eq!(count(&"a".repeat(160)).parts, 1);
        assert_eq!(count(&"a".repeat(161)).parts, 2);
        assert_eq!(count(&"a".repeat(306)).parts, 2);
        assert_eq!(count(&"a".repeat(307)).parts, 3);
        // Extension characters take two septets.
        assert_eq!(count(&"€".repeat(80)).units, 160);
        assert_eq!(count(&"€".repeat(81)).parts, 2);
        assert_eq!(count(&"ж".repeat(70)).parts, 1);
        assert_eq!(count(&"ж".repeat(71)).parts, 2);
        assert_eq!(count(&"ж".repeat(134)).parts, 2);
        assert_eq!(count(&"ж".repeat(135)).parts, 3);
        // An emoji is two UTF-16 units.
        assert_eq!(count(&"😀".repeat(35)).units, 70);
        assert_eq!(count(&"😀".repeat(36)).parts, 2);
    }
}
