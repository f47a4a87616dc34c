//! The parser: RFC 8259 JSON into a [`Doc`] arena, with located errors.

use super::{pointer, rules, Doc, Duplicate, JsonStr, Node, NodeId, Value, NONE};
use crate::limits::{MAX_DEPTH, MAX_ISSUES};
use crate::message::{Message, Msg};
use crate::rule::Rule;
use std::borrow::Cow;
use std::fmt;

/// Why a document could not be parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The input is not valid JSON.
    Syntax,
    /// A number is too large for a double (`1e999`).
    NumberOutOfRange,
    /// A `\u` escape names half of a surrogate pair (the npm package writes a raw lone
    /// surrogate of a JavaScript string as one, since UTF-8 cannot carry it).
    LoneSurrogate,
    /// Arrays and objects nest deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl ParseErrorKind {
    /// The rule this error breaks.
    pub fn rule(self) -> &'static Rule {
        match self {
            ParseErrorKind::Syntax => &rules::SYNTAX,
            ParseErrorKind::NumberOutOfRange => &rules::NUMBER_OUT_OF_RANGE,
            ParseErrorKind::LoneSurrogate => &rules::LONE_SURROGATE,
            ParseErrorKind::TooDeep => &rules::TOO_DEEP,
        }
    }

    /// The stable issue code.
    pub fn code(self) -> &'static str {
        self.rule().code
    }
}

/// Text that is not JSON where something else was expected.
pub static UNEXPECTED: Msg = Msg::new(
    "json.unexpected",
    "invalid JSON: expected {expected}, found {found}",
);
/// More after the document.
pub static AFTER_END: Msg = Msg::new(
    "json.after_end",
    "invalid JSON: unexpected {found} after the end of the document",
);
/// Nesting over the reader's bound.
pub static TOO_DEEP: Msg = Msg::for_rule(
    &rules::TOO_DEEP,
    "arrays and objects nest deeper than {max} levels",
);
/// A raw control character in a string.
pub static CONTROL_CHARACTER: Msg = Msg::new(
    "json.control_character",
    "invalid JSON: control character {found} must be escaped in a string",
);
/// A string without its closing quote.
pub static UNTERMINATED: Msg = Msg::new("json.unterminated", "invalid JSON: unterminated string");
/// A bad `\\u` escape.
pub static BAD_UNICODE_ESCAPE: Msg = Msg::new(
    "json.unicode_escape",
    "invalid JSON: \\u must be followed by four hex digits",
);
/// Half of a surrogate pair.
pub static LONE_SURROGATE: Msg = Msg::for_rule(
    &rules::LONE_SURROGATE,
    "a string holds a lone surrogate (half of a UTF-16 pair), which is not a Unicode character",
);
/// An escape JSON does not have.
pub static UNKNOWN_ESCAPE: Msg = Msg::new(
    "json.unknown_escape",
    "invalid JSON: unknown escape \\{found}",
);
/// A number too large for a double.
pub static OUT_OF_RANGE: Msg = Msg::new("json.out_of_range", "the number {number} is out of range");
/// The end of the input, where more was expected.
pub static FOUND_END: Msg = Msg::new("json.found.end", "the end of the input");
/// A character found.
pub static FOUND_CHARACTER: Msg = Msg::new("json.found.character", "'{character}'");
/// A byte found that is not a printable character.
pub static FOUND_BYTE: Msg = Msg::new("json.found.byte", "byte 0x{hex}");
/// What the reader expected.
pub static EXPECTED_VALUE: Msg = Msg::new("json.expected.value", "a value");
/// What the reader expected.
pub static EXPECTED_COMMA_OR_BRACKET: Msg =
    Msg::new("json.expected.comma_or_bracket", "',' or ']'");
/// What the reader expected.
pub static EXPECTED_MEMBER_NAME: Msg = Msg::new(
    "json.expected.member_name",
    "a member name in double quotes",
);
/// What the reader expected.
pub static EXPECTED_COLON: Msg = Msg::new("json.expected.colon", "':' after the member name");
/// What the reader expected.
pub static EXPECTED_COMMA_OR_BRACE: Msg = Msg::new("json.expected.comma_or_brace", "',' or '}'");
/// What the reader expected.
pub static EXPECTED_DIGIT: Msg = Msg::new("json.expected.digit", "a digit");
/// What the reader expected.
pub static EXPECTED_DIGIT_AFTER_POINT: Msg =
    Msg::new("json.expected.digit_after_point", "a digit after '.'");
/// What the reader expected.
pub static EXPECTED_DIGIT_IN_EXPONENT: Msg =
    Msg::new("json.expected.digit_in_exponent", "a digit in the exponent");

/// The messages of the reader, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &UNEXPECTED,
    &AFTER_END,
    &TOO_DEEP,
    &CONTROL_CHARACTER,
    &UNTERMINATED,
    &BAD_UNICODE_ESCAPE,
    &LONE_SURROGATE,
    &UNKNOWN_ESCAPE,
    &OUT_OF_RANGE,
    &FOUND_END,
    &FOUND_CHARACTER,
    &FOUND_BYTE,
    &EXPECTED_VALUE,
    &EXPECTED_COMMA_OR_BRACKET,
    &EXPECTED_MEMBER_NAME,
    &EXPECTED_COLON,
    &EXPECTED_COMMA_OR_BRACE,
    &EXPECTED_DIGIT,
    &EXPECTED_DIGIT_AFTER_POINT,
    &EXPECTED_DIGIT_IN_EXPONENT,
];

/// The first problem that stopped the parser.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// What went wrong.
    pub kind: ParseErrorKind,
    /// What was expected or found, for a person ([`ParseError::msg`] in English; empty
    /// in the WebAssembly build).
    pub detail: String,
    /// What was expected or found, as a catalogue message.
    pub msg: Message,
    /// Byte offset in the input.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// JSON pointer of the value being read when it stopped.
    pub path: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.detail, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Key(JsonStr<'a>),
    Index(u32),
}

struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    nodes: Vec<Node<'a>>,
    duplicates: Vec<Duplicate<'a>>,
    path: Vec<Seg<'a>>,
}

type PResult<T> = Result<T, (ParseErrorKind, Message)>;

pub(super) fn parse(input: &str) -> Result<Doc<'_>, ParseError> {
    // A UTF-8 byte order mark is skipped, as Jackson skips it; the document records it
    // for the validator's warning. Columns count from after it, as editors show them.
    let src = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let bom = input.len() - src.len();
    let mut p = Parser {
        src,
        b: src.as_bytes(),
        pos: 0,
        // Roughly one node per 12 bytes of typical payloads; capped so a huge string
        // does not reserve memory it will never use.
        nodes: Vec::with_capacity((src.len() / 12).clamp(8, 1 << 16)),
        duplicates: Vec::new(),
        path: Vec::new(),
    };
    let result = p.document();
    // Objects finish inner-first; document order is member order.
    super::sort::sort_by_key(&mut p.duplicates, |d| d.member);
    match result {
        Ok(()) => Ok(Doc {
            src,
            nodes: p.nodes,
            duplicates: p.duplicates,
            byte_order_mark: bom > 0,
        }),
        Err((kind, msg)) => {
            let (line, column) = super::text::line_col(src, p.pos);
            Err(ParseError {
                kind,
                detail: msg.render(),
                msg,
                offset: p.pos + bom,
                line,
                column,
                path: p.pointer(),
            })
        }
    }
}

/// The bytes of `w` (little-endian) that are '"', '\\' or a control byte (< 0x20), each
/// flagged by its high bit. Bytes >= 0x80 are never flagged, so UTF-8 text stays on the
/// fast path. Only the lowest flag is exact (a borrow may flag a later byte too), which is
/// all the scan asks: where the first special byte is.
fn special_bytes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let quote = zero_byte(w ^ (ONES * u64::from(b'"')));
    let backslash = zero_byte(w ^ (ONES * u64::from(b'\\')));
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    quote | backslash | control
}

/// The number of ordinary bytes (none of '"', '\\', or a control byte) `b` starts with,
/// eight at a time: one word for a short string, then the first special byte's place in
/// it, where a byte loop took a step and three comparisons per byte.
fn ordinary_run(b: &[u8]) -> usize {
    let mut n = 0;
    let mut words = b.chunks_exact(8);
    for chunk in &mut words {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([b'"'; 8]));
        let special = special_bytes(w);
        if special != 0 {
            return n + (special.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + words
        .remainder()
        .iter()
        .take_while(|&&c| c != b'"' && c != b'\\' && c >= 0x20)
        .count()
}

fn describe(b: Option<&u8>) -> Message {
    match b {
        None => FOUND_END.message(),
        Some(c) if c.is_ascii_graphic() => {
            FOUND_CHARACTER.with("character", char::from(*c).to_string())
        }
        Some(c) => FOUND_BYTE.with("hex", format!("{c:02x}")),
    }
}

impl<'a> Parser<'a> {
    fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            out.push('/');
            match seg {
                Seg::Key(k) => pointer::push_token(&mut out, &k.decode()),
                Seg::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    fn peek(&self) -> Option<&u8> {
        self.b.get(self.pos)
    }

    #[inline(always)]
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn unexpected<T>(&self, expected: &'static Msg) -> PResult<T> {
        Err((
            ParseErrorKind::Syntax,
            UNEXPECTED
                .with("expected", expected.message())
                .with("found", describe(self.peek())),
        ))
    }

    fn document(&mut self) -> PResult<()> {
        self.ws();
        self.value(None, 0)?;
        self.ws();
        if self.pos < self.b.len() {
            return Err((
                ParseErrorKind::Syntax,
                AFTER_END.with("found", describe(self.peek())),
            ));
        }
        Ok(())
    }

    #[inline(always)]
    fn push(&mut self, value: Value<'a>, key: Option<JsonStr<'a>>, offset: usize) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            value,
            key,
            offset: offset as u32,
            next: NONE,
        });
        id
    }

    fn link(&mut self, prev: NodeId, next: NodeId) {
        if let Some(n) = self.nodes.get_mut(prev as usize) {
            n.next = next;
        }
    }

    fn value(&mut self, key: Option<JsonStr<'a>>, depth: usize) -> PResult<NodeId> {
        let start = self.pos;
        match self.peek() {
            Some(b'{') => self.object(key, depth),
            Some(b'[') => self.array(key, depth),
            Some(b'"') => {
                let s = self.string()?;
                Ok(self.push(Value::String(s), key, start))
            }
            Some(b't') => self.literal("true", Value::Bool(true), key),
            Some(b'f') => self.literal("false", Value::Bool(false), key),
            Some(b'n') => self.literal("null", Value::Null, key),
            Some(b'-' | b'0'..=b'9') => {
                let v = self.number()?;
                Ok(self.push(v, key, start))
            }
            _ => self.unexpected(&EXPECTED_VALUE),
        }
    }

    fn literal(&mut self, word: &str, v: Value<'a>, key: Option<JsonStr<'a>>) -> PResult<NodeId> {
        let start = self.pos;
        if self.b.get(start..start + word.len()) == Some(word.as_bytes()) {
            self.pos += word.len();
            Ok(self.push(v, key, start))
        } else {
            self.unexpected(&EXPECTED_VALUE)
        }
    }

    fn enter(&mut self, depth: usize) -> PResult<()> {
        if depth >= MAX_DEPTH {
            return Err((ParseErrorKind::TooDeep, TOO_DEEP.with("max", MAX_DEPTH)));
        }
        Ok(())
    }

    fn set_len(&mut self, id: NodeId, n: u32) {
        if let Some(node) = self.nodes.get_mut(id as usize) {
            match &mut node.value {
                Value::Array { len } | Value::Object { len } => *len = n,
                _ => {}
            }
        }
    }

    fn array(&mut self, key: Option<JsonStr<'a>>, depth: usize) -> PResult<NodeId> {
        self.enter(depth)?;
        let id = self.push(Value::Array { len: 0 }, key, self.pos);
        self.pos += 1;
        self.ws();
        if self.peek() == Some(&b']') {
            self.pos += 1;
            return Ok(id);
        }
        let mut n = 0u32;
        let mut prev = NONE;
        self.path.push(Seg::Index(0));
        loop {
            if let Some(last) = self.path.last_mut() {
                *last = Seg::Index(n);
            }
            self.ws();
            let child = self.value(None, depth + 1)?;
            if prev != NONE {
                self.link(prev, child);
            }
            prev = child;
            n = n.saturating_add(1);
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => return self.unexpected(&EXPECTED_COMMA_OR_BRACKET),
            }
        }
        self.path.pop();
        self.set_len(id, n);
        Ok(id)
    }

    fn object(&mut self, key: Option<JsonStr<'a>>, depth: usize) -> PResult<NodeId> {
        self.enter(depth)?;
        let id = self.push(Value::Object { len: 0 }, key, self.pos);
        self.pos += 1;
        self.ws();
        if self.peek() == Some(&b'}') {
            self.pos += 1;
            return Ok(id);
        }
        let mut n = 0u32;
        let mut prev = NONE;
        loop {
            self.ws();
            if self.peek() != Some(&b'"') {
                return self.unexpected(&EXPECTED_MEMBER_NAME);
            }
            let k = self.string()?;
            self.path.push(Seg::Key(k));
            self.ws();
            if self.peek() != Some(&b':') {
                return self.unexpected(&EXPECTED_COLON);
            }
            self.pos += 1;
            self.ws();
            let child = self.value(Some(k), depth + 1)?;
            self.path.pop();
            if prev != NONE {
                self.link(prev, child);
            }
            prev = child;
            n = n.saturating_add(1);
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => return self.unexpected(&EXPECTED_COMMA_OR_BRACE),
            }
        }
        self.set_len(id, n);
        self.find_duplicates(id, n);
        Ok(id)
    }

    /// Records every member whose key an earlier member of the same object already used,
    /// with its JSON pointer (the path stack points at the object right now). The members
    /// are read from the arena (the object's first child follows it; each child links to the
    /// next), so reading an object keeps no list of its keys. Small objects compare pairwise;
    /// large ones sort, so a hostile object with many keys stays O(n log n). At most
    /// `MAX_ISSUES` are kept.
    fn find_duplicates(&mut self, object: NodeId, len: u32) {
        if self.duplicates.len() >= MAX_ISSUES || len < 2 {
            return;
        }
        let nodes = &self.nodes;
        let member = |id: NodeId| {
            nodes
                .get(id as usize)
                .and_then(|n| n.key.map(|k| (k, n.next)))
        };
        let mut found: Vec<(NodeId, JsonStr<'a>)> = Vec::new();
        if len <= 16 {
            let mut a = object + 1;
            while let Some((k, next)) = member(a) {
                let mut b = object + 1;
                while b != a {
                    match member(b) {
                        Some((e, _)) if e.same_value(&k) => {
                            found.push((a, k));
                            break;
                        }
                        Some((_, after)) => b = after,
                        None => break,
                    }
                }
                a = next;
            }
        } else {
            let mut sorted: Vec<(Cow<'a, str>, NodeId, JsonStr<'a>)> = Vec::new();
            let mut a = object + 1;
            while let Some((k, next)) = member(a) {
                sorted.push((k.decode(), a, k));
                a = next;
            }
            super::sort::sort_by_key(&mut sorted, |a| (a.0.clone(), a.1));
            found = sorted
                .windows(2)
                .filter_map(|w| match w {
                    [a, b] if a.0 == b.0 => Some((b.1, b.2)),
                    _ => None,
                })
                .collect();
            super::sort::sort_by_key(&mut found, |d| d.0);
        }
        if found.is_empty() {
            return;
        }
        let object = self.pointer();
        for (member, key) in found.into_iter().take(MAX_ISSUES) {
            let mut pointer = object.clone();
            pointer.push('/');
            pointer::push_token(&mut pointer, &key.decode());
            self.duplicates.push(Duplicate {
                pointer,
                member,
                key,
            });
        }
    }

    /// Reads a string starting at the opening quote; checks escapes and control bytes.
    fn string(&mut self) -> PResult<JsonStr<'a>> {
        self.pos += 1;
        let start = self.pos;
        let mut escaped = false;
        loop {
            self.pos += ordinary_run(self.b.get(self.pos..).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    let raw = self.src.get(start..self.pos).unwrap_or_default();
                    self.pos += 1;
                    return Ok(JsonStr::new(raw, escaped));
                }
                Some(b'\\') => {
                    escaped = true;
                    self.escape()?;
                }
                Some(_) => {
                    return Err((
                        ParseErrorKind::Syntax,
                        CONTROL_CHARACTER.with("found", describe(self.peek())),
                    ))
                }
                None => return Err((ParseErrorKind::Syntax, UNTERMINATED.message())),
            }
        }
    }

    fn hex_escape(&mut self) -> PResult<u32> {
        // At the 'u'.
        let digits = self.b.get(self.pos + 1..self.pos + 5);
        match digits {
            Some(d) if d.iter().all(u8::is_ascii_hexdigit) => {
                let v = d.iter().fold(0u32, |acc, c| {
                    acc * 16 + char::from(*c).to_digit(16).unwrap_or(0)
                });
                self.pos += 5;
                Ok(v)
            }
            _ => Err((ParseErrorKind::Syntax, BAD_UNICODE_ESCAPE.message())),
        }
    }

    fn escape(&mut self) -> PResult<()> {
        // At the backslash.
        self.pos += 1;
        match self.peek() {
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                self.pos += 1;
                Ok(())
            }
            Some(b'u') => {
                let at = self.pos - 1;
                let hi = self.hex_escape()?;
                let lone = || Err((ParseErrorKind::LoneSurrogate, LONE_SURROGATE.message()));
                if (0xDC00..0xE000).contains(&hi) {
                    self.pos = at;
                    return lone();
                }
                if (0xD800..0xDC00).contains(&hi) {
                    if self.b.get(self.pos..self.pos + 2) != Some(b"\\u") {
                        self.pos = at;
                        return lone();
                    }
                    self.pos += 1;
                    let lo = self.hex_escape()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        self.pos = at;
                        return lone();
                    }
                }
                Ok(())
            }
            _ => Err((
                ParseErrorKind::Syntax,
                UNKNOWN_ESCAPE.with("found", describe(self.peek())),
            )),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> PResult<Value<'a>> {
        let start = self.pos;
        if self.peek() == Some(&b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.unexpected(&EXPECTED_DIGIT),
        }
        if self.peek() == Some(&b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return self.unexpected(&EXPECTED_DIGIT_AFTER_POINT);
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return self.unexpected(&EXPECTED_DIGIT_IN_EXPONENT);
            }
        }
        let raw = self.src.get(start..self.pos).unwrap_or_default();
        let value = super::number::parse_number(raw);
        if !value.is_finite() {
            self.pos = start;
            return Err((
                ParseErrorKind::NumberOutOfRange,
                OUT_OF_RANGE.with("number", raw.chars().take(40).collect::<String>()),
            ));
        }
        Ok(Value::Number { raw, value })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Doc;
    use super::*;

    fn err(s: &str) -> ParseError {
        Doc::parse(s).unwrap_err()
    }

    #[test]
    fn ordinary_run_stops_where_a_byte_loop_stops() {
        // Each special byte (and the ordinary bytes beside it: 0x1f/0x20, 0x7f/0x80, 0xff)
        // at every place in and across words, after ordinary bytes and after other special
        // ones, so that a borrow from one flag cannot hide or move the first.
        let byte_loop = |b: &[u8]| {
            b.iter()
                .take_while(|&&c| c != b'"' && c != b'\\' && c >= 0x20)
                .count()
        };
        let fill = [b'a', 0x20, 0x7f, 0x80, 0xc3, 0xff, b'!', b'#', b'[', b']'];
        let special = [b'"', b'\\', 0x00, 0x01, 0x1f];
        for len in 0..20 {
            for f in fill {
                for at in 0..=len {
                    for s in special {
                        for after in special.iter().chain(&fill) {
                            let mut text = vec![f; len];
                            if let Some(b) = text.get_mut(at) {
                                *b = s;
                            }
                            if let Some(b) = text.get_mut(at + 1) {
                                *b = *after;
                            }
                            assert_eq!(ordinary_run(&text), byte_loop(&text), "{text:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn parses_nested_values() {
        let d = Doc::parse(r#"{"a":[1,{"b":null}],"c":"x\n","d":true}"#).unwrap();
        let a = d.get(d.root(), "a").unwrap();
        assert_eq!(d.len(a), 2);
        let second = d.children(a).nth(1).unwrap();
        assert_eq!(d.value(d.get(second, "b").unwrap()), Value::Null);
        assert_eq!(d.str(d.get(0, "c").unwrap()).unwrap(), "x\n");
        assert_eq!(d.bool(d.get(0, "d").unwrap()), Some(true));
    }

    #[test]
    fn locates_syntax_errors() {
        let e = err("{\n  \"a\": [1, 2,]\n}");
        assert_eq!(e.kind, ParseErrorKind::Syntax);
        assert_eq!((e.line, e.column), (2, 14));
        assert_eq!(e.path, "/a/2");
        assert_eq!(err("{} x").kind, ParseErrorKind::Syntax);
        assert_eq!(err("").kind, ParseErrorKind::Syntax);
        assert_eq!(err("\"abc").kind, ParseErrorKind::Syntax);
        assert_eq!(err("01").kind, ParseErrorKind::Syntax);
        assert_eq!(err("\"a\u{1}\"").kind, ParseErrorKind::Syntax);
    }

    #[test]
    fn rejects_hostile_values() {
        assert_eq!(err("1e999").kind, ParseErrorKind::NumberOutOfRange);
        assert_eq!(err(r#""\ud800""#).kind, ParseErrorKind::LoneSurrogate);
        assert_eq!(err(r#""\udc00x""#).kind, ParseErrorKind::LoneSurrogate);
        let deep = "[".repeat(100_000);
        assert_eq!(err(&deep).kind, ParseErrorKind::TooDeep);
        assert!(Doc::parse(r#""\ud83d\ude00""#).is_ok());
    }

    #[test]
    fn finds_duplicate_keys_small_and_large() {
        let d = Doc::parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(d.duplicates().len(), 1);
        let mut big = String::from("{");
        for i in 0..100 {
            big.push_str(&format!("\"k{i}\":1,"));
        }
        big.push_str("\"k7\":2}");
        let d = Doc::parse(&big).unwrap();
        assert_eq!(d.duplicates().len(), 1);
        assert!(d.duplicates()[0].key.eq_str("k7"));
    }

    #[test]
    fn compares_subtrees() {
        let d = Doc::parse(r#"[{"a":1,"b":[true]},{"b":[true],"a":1.0},{"a":2}]"#).unwrap();
        let c: Vec<_> = d.children(0).collect();
        assert!(d.same(c[0], c[1]));
        assert!(!d.same(c[0], c[2]));
    }
}
