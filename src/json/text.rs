//! Strings as they sit in the input: borrowed, decoded only when needed.

use super::tape::HostStrings;
use std::borrow::Cow;
use std::fmt;

/// A string value or member name of a [`Doc`](super::Doc): either text as written between
/// the quotes of the input (borrowed, decoded only when needed), or a string that stayed
/// with the host when the document came from a [tape](super::tape) and is fetched only if
/// a rule needs its text.
#[derive(Clone, Copy)]
pub struct JsonStr<'a> {
    repr: Repr<'a>,
}

#[derive(Clone, Copy)]
enum Repr<'a> {
    /// Text as written; escapes were checked by the parser, so decoding cannot fail.
    Text { raw: &'a str, escaped: bool },
    /// A host string: its index and its length in UTF-16 code units.
    Host {
        host: &'a HostStrings<'a>,
        index: u32,
        units: u32,
    },
}

impl<'a> JsonStr<'a> {
    pub(crate) fn new(raw: &'a str, escaped: bool) -> Self {
        JsonStr {
            repr: Repr::Text { raw, escaped },
        }
    }

    pub(crate) fn host(host: &'a HostStrings<'a>, index: u32, units: u32) -> Self {
        JsonStr {
            repr: Repr::Host { host, index, units },
        }
    }

    /// The text between the quotes, escapes not decoded; `None` for a string that stayed
    /// with the host (see [`tape`](super::tape)).
    pub fn raw(&self) -> Option<&'a str> {
        match self.repr {
            Repr::Text { raw, .. } => Some(raw),
            Repr::Host { .. } => None,
        }
    }

    /// The value itself when it is text without escapes (the bytes between the quotes
    /// are the value): compared as it is, with no decoding.
    ///
    /// ```
    /// let doc = rcs_kit::json::Doc::parse(r#"["ab", "a\u0062"]"#).unwrap();
    /// let v: Vec<_> = doc.children(doc.root()).map(|n| match doc.value(n) {
    ///     rcs_kit::json::Value::String(s) => s.plain(),
    ///     _ => None,
    /// }).collect();
    /// assert_eq!(v, [Some("ab"), None]);
    /// ```
    pub fn plain(&self) -> Option<&'a str> {
        match self.repr {
            Repr::Text {
                raw,
                escaped: false,
            } => Some(raw),
            _ => None,
        }
    }

    /// The string's value, borrowed when it has no escapes.
    ///
    /// ```
    /// let doc = rcs_kit::json::Doc::parse(r#""a\u00e9""#).unwrap();
    /// assert_eq!(doc.str(doc.root()).unwrap(), "aé");
    /// ```
    pub fn decode(&self) -> Cow<'a, str> {
        match self.repr {
            Repr::Text { raw, escaped: true } => Cow::Owned(unescape(raw)),
            Repr::Text {
                raw,
                escaped: false,
            } => Cow::Borrowed(raw),
            Repr::Host { host, index, .. } => Cow::Owned(host.fetch(index)),
        }
    }

    /// Whether the decoded value equals `s`, without allocating for unescaped strings
    /// (nor fetching a host string whose length rules it out).
    pub fn eq_str(&self, s: &str) -> bool {
        match self.repr {
            Repr::Text {
                raw,
                escaped: false,
            } => raw == s,
            Repr::Text { .. } => self.decode() == s,
            // UTF-8 takes at least one byte and at most three per UTF-16 code unit.
            Repr::Host { units, .. } => {
                let units = units as usize;
                s.len() >= units && s.len() <= units.saturating_mul(3) && self.decode() == s
            }
        }
    }

    /// Whether two strings have the same decoded value (no allocation when neither has
    /// escapes).
    pub fn same_value(&self, other: &JsonStr<'_>) -> bool {
        match (self.repr, other.repr) {
            (
                Repr::Text {
                    raw: a,
                    escaped: false,
                },
                Repr::Text {
                    raw: b,
                    escaped: false,
                },
            ) => a == b,
            _ => self.decode() == other.decode(),
        }
    }

    /// Number of Unicode scalar values of the decoded value.
    pub fn char_count(&self) -> usize {
        match self.repr {
            Repr::Text {
                raw,
                escaped: false,
            } => count_chars(raw),
            Repr::Text { .. } => self.decode().chars().count(),
            Repr::Host { host, index, .. } => host.char_count(index),
        }
    }

    /// Number of UTF-16 code units of the decoded value (what Java's `String.length()`
    /// and JavaScript's `length` count): one per character, two for one outside the Basic
    /// Multilingual Plane (most emoji). Known without counting for a host string.
    ///
    /// ```
    /// let doc = rcs_kit::json::Doc::parse(r#""a\u00e9😀""#).unwrap();
    /// let rcs_kit::json::Value::String(s) = doc.value(doc.root()) else { unreachable!() };
    /// assert_eq!((s.char_count(), s.utf16_len()), (3, 4));
    /// ```
    pub fn utf16_len(&self) -> usize {
        self.utf16_len_of(self.char_count())
    }

    /// [`utf16_len`](Self::utf16_len) for a caller that already has the
    /// [`char_count`](Self::char_count) `chars`: of text without escapes, `chars` plus
    /// one per 4-byte UTF-8 sequence (a character outside the BMP), a byte count the
    /// compiler vectorises, with no second pass over the characters.
    ///
    /// ```
    /// let doc = rcs_kit::json::Doc::parse(r#""a😀😀""#).unwrap();
    /// let rcs_kit::json::Value::String(s) = doc.value(doc.root()) else { unreachable!() };
    /// assert_eq!(s.utf16_len_of(s.char_count()), 5);
    /// ```
    pub fn utf16_len_of(&self, chars: usize) -> usize {
        match self.repr {
            Repr::Host { units, .. } => units as usize,
            Repr::Text {
                raw,
                escaped: false,
            } => chars + count_astral(raw.as_bytes()),
            Repr::Text { .. } => self.decode().chars().map(char::len_utf16).sum(),
        }
    }

    /// An upper bound of [`char_count`](Self::char_count) known without counting: the
    /// byte length of text, the UTF-16 length of a host string.
    pub fn max_chars(&self) -> usize {
        match self.repr {
            Repr::Text { raw, .. } => raw.len(),
            Repr::Host { units, .. } => units as usize,
        }
    }

    /// Whether the decoded value is empty.
    pub fn is_empty(&self) -> bool {
        self.max_chars() == 0
    }
}

impl PartialEq for JsonStr<'_> {
    /// Equal decoded values.
    fn eq(&self, other: &Self) -> bool {
        self.same_value(other)
    }
}

impl Eq for JsonStr<'_> {}

impl fmt::Debug for JsonStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Text { raw, .. } => write!(f, "{raw:?}"),
            Repr::Host { index, units, .. } => write!(f, "host string #{index} ({units} units)"),
        }
    }
}

/// Counts scalar values (the standard library's word-at-a-time count).
fn count_chars(s: &str) -> usize {
    s.chars().count()
}

/// The number of 4-byte sequences of UTF-8 `bytes` (characters outside the BMP, two
/// UTF-16 units each): of their lead bytes, `0xF0` and above, eight bytes a step. In
/// WebAssembly, where nothing is vectorised, a loop over the bytes was a tenth of the
/// module's time on a maximal carousel given as text.
fn count_astral(bytes: &[u8]) -> usize {
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for word in words.by_ref() {
        if let Ok(word) = <[u8; 8]>::try_from(word) {
            let w = u64::from_le_bytes(word);
            // bit 7 of each byte: set when the byte's top four bits are
            n += (w & w << 1 & w << 2 & w << 3 & HIGH).count_ones() as usize;
        }
    }
    n + words.remainder().iter().filter(|&&b| b >= 0xF0).count()
}

/// Appends `s` to `out`, writing each ASCII byte that `needs` an escape with `write`.
/// The runs between escapes are copied whole, not a character at a time (in WebAssembly
/// a push per character was a sixth of the module's time on a maximal carousel's
/// report); only ASCII bytes are asked about, so every cut falls between characters.
/// JSON string literals and JSON pointer tokens are written with it.
///
/// ```text
/// push_escaped(&mut out, "a/b", |b| b == b'/', |_, out| out.push_str("~1"))  // a~1b
/// ```
pub(crate) fn push_escaped(
    out: &mut String,
    s: &str,
    needs: impl Fn(u8) -> bool,
    write: impl Fn(u8, &mut String),
) {
    let mut copied = 0;
    for (i, b) in s.bytes().enumerate() {
        if b.is_ascii() && needs(b) {
            out.push_str(s.get(copied..i).unwrap_or_default());
            write(b, out);
            copied = i + 1;
        }
    }
    out.push_str(s.get(copied..).unwrap_or_default());
}

/// Whether `s` has at most `max` scalar values. Decided from the byte length alone when
/// that is enough: a string of at most `max` bytes (or UTF-16 code units) has at most `max`
/// characters.
pub fn char_count_at_most(s: &JsonStr<'_>, max: usize) -> bool {
    s.max_chars() <= max || s.char_count() <= max
}

fn hex4(b: &[u8]) -> u32 {
    b.iter().take(4).fold(0, |acc, c| {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => 0,
        };
        acc * 16 + u32::from(d)
    })
}

/// Decodes escapes; the parser has already rejected bad ones, and anything unexpected
/// decodes to U+FFFD instead of failing.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('\\') {
        out.push_str(rest.get(..i).unwrap_or_default());
        let tail = rest.get(i + 1..).unwrap_or_default();
        let b = tail.as_bytes();
        let (ch, used) = match b.first() {
            Some(b'n') => ('\n', 1),
            Some(b't') => ('\t', 1),
            Some(b'r') => ('\r', 1),
            Some(b'b') => ('\u{8}', 1),
            Some(b'f') => ('\u{c}', 1),
            Some(b'u') => {
                let hi = hex4(b.get(1..5).unwrap_or_default());
                if (0xD800..0xDC00).contains(&hi) && b.get(5) == Some(&b'\\') {
                    let lo = hex4(b.get(7..11).unwrap_or_default());
                    let c = 0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                    (char::from_u32(c).unwrap_or('\u{FFFD}'), 11)
                } else {
                    (char::from_u32(hi).unwrap_or('\u{FFFD}'), 5)
                }
            }
            Some(&c) => (char::from(c), 1),
            None => ('\u{FFFD}', 0),
        };
        out.push(ch);
        rest = tail.get(used..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// 1-based line and column (counted in characters) of byte `offset` in `src`.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = src.as_bytes().get(..offset).unwrap_or_default();
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let col = before
        .get(line_start..)
        .unwrap_or_default()
        .iter()
        .filter(|b| (**b as i8) >= -0x40)
        .count()
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each UTF-8 length (1 to 4 bytes) at both ends of its range, and the empty string.
    const PIECES: [&str; 12] = [
        "",
        "a",
        "\u{e9}",
        "\u{20ac}",
        "\u{1f600}",
        "\u{10ffff}",
        "\u{7f}",
        "\u{80}",
        "\u{7ff}",
        "\u{800}",
        "\u{ffff}",
        "\u{10000}",
    ];

    #[test]
    fn counts_astral_eight_bytes_at_a_time_as_one_at_a_time() {
        // Each UTF-8 length at every offset within and across an 8-byte word, and runs
        // of them longer than a word.
        for pad in 0..17 {
            for piece in PIECES {
                for repeat in [1, 3, 9] {
                    let text = format!(
                        "{}{}{}",
                        "x".repeat(pad),
                        piece.repeat(repeat),
                        "y".repeat(pad % 5)
                    );
                    let astral = text.chars().filter(|c| c.len_utf16() == 2).count();
                    assert_eq!(count_astral(text.as_bytes()), astral, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn utf16_length_counted_on_bytes_is_the_decoded_length() {
        // Every UTF-8 length (1 to 4 bytes), at the start, the end and side by side, raw
        // and escaped: the byte count of unescaped text equals the decoded count.
        let mut texts: Vec<String> = Vec::new();
        for a in PIECES {
            for b in PIECES {
                for c in PIECES {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        texts.push("🇫🇷 今天下单明天送达 오늘만 특가 ❤️ •‍•‍• ".repeat(50));
        for text in &texts {
            let expected: usize = text.chars().map(char::len_utf16).sum();
            let mut json = String::new();
            crate::report::push_json_string(&mut json, text);
            let doc = crate::json::Doc::parse(&json).unwrap();
            let crate::json::Value::String(s) = doc.value(doc.root()) else {
                panic!("{json}")
            };
            assert_eq!(s.utf16_len(), expected, "{text:?}");
            assert_eq!(s.char_count(), text.chars().count(), "{text:?}");
        }
        let doc = crate::json::Doc::parse(r#""\u00e9\ud83d\ude00x""#).unwrap();
        let crate::json::Value::String(s) = doc.value(doc.root()) else {
            panic!("escaped")
        };
        assert_eq!(s.utf16_len(), 4);
    }

    #[test]
    fn unescapes_all_forms() {
        assert_eq!(
            unescape(r#"a\"b\\c\/d\n\u00e9\ud83d\ude00"#),
            "a\"b\\c/d\né😀"
        );
    }

    #[test]
    fn counts_scalar_values() {
        assert_eq!(count_chars("aé😀"), 3);
        let s = JsonStr::new("é", false);
        assert!(char_count_at_most(&s, 1));
        assert!(!char_count_at_most(&JsonStr::new("éé", false), 1));
    }

    #[test]
    fn line_and_column() {
        assert_eq!(line_col("ab\ncé", 5), (2, 3));
        assert_eq!(line_col("", 10), (1, 1));
    }
}
