//! Documents handed over as a *tape* instead of JSON text.
//!
//! In the browser a payload is usually a JavaScript object. Serialising it with
//! `JSON.stringify`, copying the text into WebAssembly and parsing it again costs more than
//! validating it; most of those bytes are free text (descriptions, `postbackData`) whose
//! only rule is a length limit. So the package's wrapper (`pkg/src/core.js`) walks the object
//! once and writes its structure as a tape of 32-bit words, and short ASCII strings as
//! bytes beside it. Every other string stays in JavaScript: the tape holds its index and its
//! length in UTF-16 code units, which bounds its character count from above, so a length
//! check usually passes without the text, and the validator fetches the text (through
//! [`HostStrings`]) only when a rule reads it — an enum, a URL, a phone number, an over-long
//! string to count exactly.
//!
//! The result is an ordinary [`Doc`], so every rule runs unchanged and the report is the
//! one the same payload gets as text.
//!
//! # Format
//!
//! Each value starts with a word `payload << 3 | tag`:
//!
//! | tag | value | payload | followed by |
//! |---|---|---|---|
//! | 0 | `null` | 0 | |
//! | 1 | `false` | 0 | |
//! | 2 | `true` | 0 | |
//! | 3 | number | byte length of its text (as JavaScript prints it) in `text` | |
//! | 4 | string kept in `text` | its byte length | |
//! | 5 | host string | its index | a word: its length in UTF-16 code units |
//! | 6 | array | element count | the elements |
//! | 7 | object | member count | per member: its name (tag 4 or 5), then its value |
//!
//! Texts of tags 3 and 4 follow each other in `text`, in tape order.
//!
//! ```
//! use rcs_kit::json::{tape, Doc};
//! let host = ["ünïcödé".to_string()];
//! let fetch = |i: u32| host.get(i as usize).cloned();
//! let strings = tape::HostStrings::new(&fetch, 1);
//! // {"a": [1, "x", <host string 0, 7 UTF-16 units>]}
//! let words = [1 << 3 | 7, 1 << 3 | 4, 3 << 3 | 6, 1 << 3 | 3, 1 << 3 | 4, 5, 7];
//! let (doc, _) = tape::read(&words, "a1x", &strings).unwrap();
//! let a = doc.get(doc.root(), "a").unwrap();
//! assert_eq!(doc.len(a), 3);
//! let third = doc.children(a).nth(2).unwrap();
//! assert_eq!(doc.str(third).unwrap(), "ünïcödé");
//! ```

use super::{Doc, JsonStr, Node, NodeId, Value, NONE};
use crate::limits::{MAX_DEPTH, REQUEST_SIZE};
use std::fmt;

/// `null`.
pub const NULL: u32 = 0;
/// `false`.
pub const FALSE: u32 = 1;
/// `true`.
pub const TRUE: u32 = 2;
/// A number, its text in the text buffer.
pub const NUMBER: u32 = 3;
/// A string kept in the text buffer.
pub const TEXT: u32 = 4;
/// A string left with the host.
pub const HOST: u32 = 5;
/// An array.
pub const ARRAY: u32 = 6;
/// An object.
pub const OBJECT: u32 = 7;

/// The low bits of a word that hold its tag; the payload is the word shifted right by this.
pub const TAG_BITS: u32 = 3;
const TAG_MASK: u32 = (1 << TAG_BITS) - 1;

/// Every tag with its name: the table the package's tape writer is generated from
/// (`TAPE_<NAME>` in `pkg/src/generated/data.js`).
pub const TAGS: &[(&str, u32)] = &[
    ("NULL", NULL),
    ("FALSE", FALSE),
    ("TRUE", TRUE),
    ("NUMBER", NUMBER),
    ("TEXT", TEXT),
    ("HOST", HOST),
    ("ARRAY", ARRAY),
    ("OBJECT", OBJECT),
];

/// Most bytes one UTF-16 code unit can take in JSON text (`\u001f`).
const MAX_BYTES_PER_UNIT: u64 = 6;

/// Most bytes a value takes in JSON text besides its string or number text: a comma or a
/// colon, and the longest literal (`false`) or a pair of brackets, with a byte to spare.
const MAX_BYTES_PER_VALUE: u64 = 7;

/// The strings a tape left with the host, fetched by index when a rule needs one.
pub struct HostStrings<'h> {
    fetch: &'h dyn Fn(u32) -> Option<String>,
    chars: Option<&'h dyn Fn(u32) -> Option<usize>>,
    count: u32,
}

impl<'h> HostStrings<'h> {
    /// `count` strings, the text of string `i` given by `fetch(i)`.
    pub fn new(fetch: &'h dyn Fn(u32) -> Option<String>, count: u32) -> Self {
        HostStrings {
            fetch,
            chars: None,
            count,
        }
    }

    /// Lets the host count the characters (Unicode scalar values) of string `i` itself,
    /// so that an exact length check does not copy the text: JavaScript counts a long
    /// two-byte string faster than it encodes it as UTF-8.
    pub fn counting(self, chars: &'h dyn Fn(u32) -> Option<usize>) -> Self {
        HostStrings {
            chars: Some(chars),
            ..self
        }
    }

    /// The text of string `index` (empty if the host has none: the tape reader has checked
    /// every index against `count`).
    pub(crate) fn fetch(&self, index: u32) -> String {
        (self.fetch)(index).unwrap_or_default()
    }

    /// The number of characters of string `index`.
    pub(crate) fn char_count(&self, index: u32) -> usize {
        match self.chars.and_then(|c| c(index)) {
            Some(n) => n,
            None => self.fetch(index).chars().count(),
        }
    }
}

/// Why a tape could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TapeError {
    /// Containers nest deeper than [`MAX_DEPTH`]: the text says how (the JSON reader's
    /// `json.too_deep` error), so a caller should fall back to it.
    TooDeep,
    /// The document might be larger than the API's size limit as JSON text (an upper
    /// bound passed it; reading stopped there): only the text can tell, so a caller
    /// should fall back to it.
    TooLarge,
    /// The tape does not follow the format: a bug of whoever wrote it, never a property
    /// of the payload.
    Malformed(&'static str),
}

impl fmt::Display for TapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TapeError::TooDeep => write!(f, "containers nest deeper than {MAX_DEPTH} levels"),
            TapeError::TooLarge => write!(f, "the document might exceed the size limit as text"),
            TapeError::Malformed(why) => write!(f, "malformed tape: {why}"),
        }
    }
}

impl std::error::Error for TapeError {}

/// Reads a tape into a [`Doc`], and an upper bound of the byte length of the document as
/// JSON text.
///
/// # Errors
/// [`TapeError::Malformed`] when the words, the text or the host indices do not fit
/// together, [`TapeError::TooDeep`] when containers nest deeper than [`MAX_DEPTH`],
/// [`TapeError::TooLarge`] as soon as the bound passes the API's size limit
/// ([`REQUEST_SIZE`]).
pub fn read<'a>(
    words: &[u32],
    text: &'a str,
    host: &'a HostStrings<'a>,
) -> Result<(Doc<'a>, u64), TapeError> {
    let mut r = Reader {
        words,
        at: 0,
        text,
        text_at: 0,
        host,
        nodes: Vec::with_capacity(words.len().clamp(8, 1 << 16)),
        bound: 0,
    };
    r.value(None, 0)?;
    if r.at != words.len() || r.text_at != text.len() {
        return Err(TapeError::Malformed("data left after the document"));
    }
    let doc = Doc {
        src: "",
        nodes: r.nodes,
        duplicates: Vec::new(),
        byte_order_mark: false,
    };
    Ok((doc, r.bound))
}

struct Reader<'w, 'a> {
    words: &'w [u32],
    at: usize,
    text: &'a str,
    text_at: usize,
    host: &'a HostStrings<'a>,
    nodes: Vec<Node<'a>>,
    bound: u64,
}

impl<'a> Reader<'_, 'a> {
    fn word(&mut self) -> Result<u32, TapeError> {
        let w = self
            .words
            .get(self.at)
            .copied()
            .ok_or(TapeError::Malformed("the tape ends inside a value"))?;
        self.at += 1;
        Ok(w)
    }

    fn text(&mut self, len: u32) -> Result<&'a str, TapeError> {
        let end = self.text_at.saturating_add(len as usize);
        let s = self
            .text
            .get(self.text_at..end)
            .ok_or(TapeError::Malformed("a text runs past the text buffer"))?;
        self.text_at = end;
        Ok(s)
    }

    /// A string (tag 4 or 5) starting with `w`.
    fn string(&mut self, w: u32) -> Result<JsonStr<'a>, TapeError> {
        let payload = w >> TAG_BITS;
        match w & TAG_MASK {
            TEXT => {
                let s = self.text(payload)?;
                self.grow(2 + MAX_BYTES_PER_UNIT * s.len() as u64)?;
                Ok(JsonStr::new(s, false))
            }
            HOST => {
                let units = self.word()?;
                if payload >= self.host.count {
                    return Err(TapeError::Malformed("a host string index is out of range"));
                }
                self.grow(2 + MAX_BYTES_PER_UNIT * u64::from(units))?;
                Ok(JsonStr::host(self.host, payload, units))
            }
            _ => Err(TapeError::Malformed("a member name that is not a string")),
        }
    }

    /// Adds to the size bound; stops reading once it passes the API's limit.
    fn grow(&mut self, bytes: u64) -> Result<(), TapeError> {
        self.bound = self.bound.saturating_add(bytes);
        if self.bound > REQUEST_SIZE.max as u64 {
            return Err(TapeError::TooLarge);
        }
        Ok(())
    }

    fn push(&mut self, value: Value<'a>, key: Option<JsonStr<'a>>) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            value,
            key,
            offset: 0,
            next: NONE,
        });
        id
    }

    fn value(&mut self, key: Option<JsonStr<'a>>, depth: usize) -> Result<NodeId, TapeError> {
        let w = self.word()?;
        let payload = w >> TAG_BITS;
        self.grow(MAX_BYTES_PER_VALUE)?;
        let value = match w & TAG_MASK {
            NULL => Value::Null,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            NUMBER => {
                let raw = self.text(payload)?;
                self.grow(raw.len() as u64)?;
                let value = if is_json_number(raw) {
                    super::parse_number(raw)
                } else {
                    f64::NAN
                };
                if !value.is_finite() {
                    return Err(TapeError::Malformed(
                        "a number that is not a finite JSON number",
                    ));
                }
                Value::Number { raw, value }
            }
            TEXT | HOST => Value::String(self.string(w)?),
            ARRAY | OBJECT => return self.container(w, key, depth),
            _ => return Err(TapeError::Malformed("unknown tag")),
        };
        Ok(self.push(value, key))
    }

    fn container(
        &mut self,
        w: u32,
        key: Option<JsonStr<'a>>,
        depth: usize,
    ) -> Result<NodeId, TapeError> {
        if depth >= MAX_DEPTH {
            return Err(TapeError::TooDeep);
        }
        let len = w >> TAG_BITS;
        let object = w & TAG_MASK == OBJECT;
        // Every element takes at least one word: a count beyond the tape is a lie.
        if len as usize > self.words.len().saturating_sub(self.at) {
            return Err(TapeError::Malformed(
                "a container counts more values than the tape has",
            ));
        }
        let id = self.push(
            if object {
                Value::Object { len }
            } else {
                Value::Array { len }
            },
            key,
        );
        let mut prev = NONE;
        for _ in 0..len {
            let key = if object {
                let k = self.word()?;
                Some(self.string(k)?)
            } else {
                None
            };
            let child = self.value(key, depth + 1)?;
            if let Some(n) = self.nodes.get_mut(prev as usize) {
                n.next = child;
            }
            prev = child;
        }
        Ok(id)
    }
}

/// Whether `raw` follows JSON's number grammar.
fn is_json_number(raw: &str) -> bool {
    let b = raw.strip_prefix('-').unwrap_or(raw).as_bytes();
    let digits = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_digit()).count();
    let int = digits(b);
    if int == 0 || (int > 1 && b.first() == Some(&b'0')) {
        return false;
    }
    let mut rest = b.get(int..).unwrap_or_default();
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = digits(frac);
        if n == 0 {
            return false;
        }
        rest = frac.get(n..).unwrap_or_default();
    }
    if let Some(exp) = rest.strip_prefix(b"e").or_else(|| rest.strip_prefix(b"E")) {
        let exp = exp
            .strip_prefix(b"+")
            .or_else(|| exp.strip_prefix(b"-"))
            .unwrap_or(exp);
        let n = digits(exp);
        return n > 0 && n == exp.len();
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_with(words: &[u32], text: &str, host: &[&str]) -> Result<String, TapeError> {
        let fetch = |i: u32| host.get(i as usize).map(|s| s.to_string());
        let strings = HostStrings::new(&fetch, host.len() as u32);
        let (doc, _) = read(words, text, &strings)?;
        Ok(format!("{:?}", doc.nodes.len()))
    }

    #[test]
    fn rejects_malformed_tapes() {
        // an object of two members with only one
        assert!(read_with(&[2 << 3 | OBJECT, 1 << 3 | TEXT, NULL], "a", &[]).is_err());
        // text past the buffer
        assert!(read_with(&[5 << 3 | TEXT], "ab", &[]).is_err());
        // host index out of range
        assert!(read_with(&[HOST, 3], "", &[]).is_err());
        // a member name that is not a string
        assert!(read_with(&[1 << 3 | OBJECT, NULL, NULL], "", &[]).is_err());
        // words left over, text left over
        assert!(read_with(&[NULL, NULL], "", &[]).is_err());
        assert!(read_with(&[NULL], "x", &[]).is_err());
        // a number that is not one
        assert!(read_with(&[2 << 3 | NUMBER], "1x", &[]).is_err());
        // a huge count
        assert!(read_with(&[u32::MAX], "", &[]).is_err());
        // text cut inside a character
        assert!(read_with(&[1 << 3 | TEXT], "é", &[]).is_err());
        assert_eq!(read_with(&[2 << 3 | TEXT], "é", &[]).as_deref(), Ok("1"));
    }

    #[test]
    fn numbers_follow_the_json_grammar() {
        for ok in ["0", "-0", "12", "1.5", "1e+21", "1.5e-7", "-3E2"] {
            assert!(is_json_number(ok), "{ok}");
        }
        for bad in [
            "", "-", "01", "1.", ".5", "1e", "1e+", "NaN", "Infinity", "1x", "+1",
        ] {
            assert!(!is_json_number(bad), "{bad}");
        }
    }

    #[test]
    fn bounds_nesting() {
        let deep = vec![1 << 3 | ARRAY; MAX_DEPTH + 1];
        let mut words = deep.clone();
        words.push(NULL);
        assert_eq!(read_with(&words, "", &[]), Err(TapeError::TooDeep));
        let mut ok = vec![1 << 3 | ARRAY; MAX_DEPTH];
        ok.push(NULL);
        assert!(read_with(&ok, "", &[]).is_ok());
    }
}
