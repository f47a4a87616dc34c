//! What the WebAssembly exports do, as plain Rust so that it is tested natively: JSON text
//! in, JSON text out, never a panic and never an exception for a bad payload.

use rcs_kit::json::tape::{self, HostStrings};
use rcs_kit::json::{Doc, Value};
use rcs_kit::validate::{parse_date_time, push_json_string};
use rcs_kit::{validate_doc, validate_str, Kind, Options};

/// Misuse of the JavaScript API (not a bad payload): becomes a thrown `RcsKitError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// Stable code, e.g. `options.unknown`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
}

impl ApiError {
    fn new(code: &'static str, message: String) -> Self {
        ApiError { code, message }
    }

    /// `{"error":{"code":...,"message":...}}`.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"error\":{\"code\":");
        push_json_string(&mut out, self.code);
        out.push_str(",\"message\":");
        push_json_string(&mut out, &self.message);
        out.push_str("}}");
        out
    }
}

/// Reads the options object (as JSON text, `""` or `null` for none):
/// `{strict?: boolean, kind?: "request" | "events", now?: number | string, allowEmptyText?: boolean,
/// advice?: boolean, market?: "auto" | "global" | "us" | "in"}` (market in any case).
/// `now` is milliseconds since the epoch or a date-time string (a `Date` arrives as its
/// ISO string).
pub fn options_from_json(text: &str) -> Result<Options, ApiError> {
    let mut opts = Options::without_clock();
    if text.trim().is_empty() {
        return Ok(opts);
    }
    let doc = Doc::parse(text)
        .map_err(|e| ApiError::new("options.invalid", format!("the options are not JSON: {e}")))?;
    match doc.value(doc.root()) {
        Value::Null => return Ok(opts),
        Value::Object { .. } => {}
        other => {
            return Err(ApiError::new(
                "options.invalid",
                format!("options must be an object, not {}", other.type_name()),
            ))
        }
    }
    for (key, node) in doc.members(doc.root()) {
        let v = doc.value(node);
        let wrong = |what: &str| {
            ApiError::new(
                "options.invalid",
                format!(
                    "options.{} must be {what}, not {}",
                    key.decode(),
                    v.type_name()
                ),
            )
        };
        match key.decode().as_ref() {
            "strict" => opts.strict = doc.bool(node).ok_or_else(|| wrong("a boolean"))?,
            "advice" => opts.advice = doc.bool(node).ok_or_else(|| wrong("a boolean"))?,
            "allowEmptyText" => {
                opts.allow_empty_text = doc.bool(node).ok_or_else(|| wrong("a boolean"))?
            }
            "market" => match doc.str(node) {
                Some(m) if m.eq_ignore_ascii_case("auto") => opts.market = None,
                m => {
                    opts.market = Some(
                        m.and_then(|m| rcs_kit::billing::Market::parse(&m))
                            .ok_or_else(|| wrong("\"auto\", \"global\", \"us\" or \"in\""))?,
                    )
                }
            },
            "kind" => match doc.str(node).as_deref().and_then(Kind::from_name) {
                Some(kind) => opts.kind = Some(kind),
                None => return Err(wrong(&Kind::names())),
            },
            "now" => match v {
                Value::Null => opts.now = None,
                Value::Number { value, .. } if value.fract() == 0.0 => {
                    opts.now = Some(value as i64)
                }
                Value::String(s) => {
                    let ms = parse_date_time(&s.decode()).map_err(|_| {
                        ApiError::new(
                            "options.invalid",
                            format!(
                                "options.now: \"{}\" is not a date-time; write it as yyyy-MM-ddTHH:mm:ss.SSS+hh:mm",
                                rcs_kit::report::clip(&s.decode())
                            ),
                        )
                    })?;
                    opts.now = Some(ms);
                }
                _ => {
                    return Err(wrong(
                        "milliseconds since the epoch, a Date or a date-time string",
                    ))
                }
            },
            other => {
                return Err(ApiError::new(
                    "options.unknown",
                    format!(
                        "unknown option `{}`; the options are strict, kind, now, allowEmptyText, advice and market",
                        rcs_kit::report::clip(other)
                    ),
                ))
            }
        }
    }
    Ok(opts)
}

/// Validates `payload` (JSON text) with `options` (JSON text): the report as JSON, or an
/// `{"error": ...}` object when the options are misused.
pub fn validate_json(payload: &str, options: &str) -> String {
    match options_from_json(options) {
        Ok(opts) => validate_str(payload, &opts).to_wire_json(),
        Err(e) => e.to_json(),
    }
}

/// [`validate_json`] for text from a JavaScript string that may hold a lone surrogate,
/// which UTF-8 cannot carry: the glue writes U+FFFD for it. `""` when `payload` holds
/// U+FFFD, so that the wrapper finds out which it was (and writes a lone surrogate as an
/// escape the reader reports); otherwise the report.
pub fn validate_unchecked_json(payload: &str, options: &str) -> String {
    if holds_replacement_character(payload.as_bytes()) {
        return String::new();
    }
    validate_json(payload, options)
}

/// Whether UTF-8 `b` holds U+FFFD (`EF BF BD`): eight bytes a step, looking closer only at
/// a word with an `EF` byte. `str::contains` took as long as the wrapper's check of every
/// UTF-16 unit (4 µs for a 5 KB body) and 860 B of the module.
fn holds_replacement_character(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const FFFD: &[u8] = "\u{FFFD}".as_bytes();
    let at = |i: usize| b.get(i..i + FFFD.len()) == Some(FFFD);
    let mut start = 0;
    for word in b.chunks_exact(8) {
        // a byte of `x` is zero where `word` has EF: the has-zero-byte test
        let x = u64::from_le_bytes(word.try_into().unwrap_or_default()) ^ (ONES * 0xEF);
        if x.wrapping_sub(ONES) & !x & HIGH != 0 && (start..start + 8).any(at) {
            return true;
        }
        start += 8;
    }
    (start..b.len()).any(at)
}

/// Validates `bytes`, a body read as bytes (a `Buffer`, `Uint8Array`, `ArrayBuffer` or
/// `DataView` in JavaScript), with `options` as in [`validate_json`]: exactly the report of
/// [`rcs_kit::validate_bytes`] (invalid UTF-8 located by line and column, a byte order
/// mark as for text). `size` is the body's length in bytes: the wrapper does not copy a
/// body over the API's size limit into the module, and passes its length alone (with no
/// bytes), which gets the report `validate_bytes` gives for that many bytes.
pub fn validate_bytes_json(bytes: &[u8], size: u64, options: &str) -> String {
    let opts = match options_from_json(options) {
        Ok(o) => o,
        Err(e) => return e.to_json(),
    };
    if let Some(r) = rcs_kit::validate::size_report(size) {
        return r.to_wire_json();
    }
    if size != bytes.len() as u64 {
        return ApiError::new(
            "internal",
            format!("{} bytes arrived for a body of {size} bytes", bytes.len()),
        )
        .to_json();
    }
    rcs_kit::validate_bytes(bytes, &opts).to_wire_json()
}

/// Validates a payload handed over as a [tape](rcs_kit::json::tape) — how the package passes
/// a JavaScript object — with `options` as in [`validate_json`]. The report is the one the
/// same payload gets as JSON text. Returns `""` when the tape cannot decide and the caller
/// must send the text instead: the body might exceed the API's size limit as text, or it
/// nests too deep (the text gets the JSON reader's own error for both).
pub fn validate_tape_json(
    words: &[u32],
    text: &[u8],
    strings: &HostStrings<'_>,
    options: &str,
) -> String {
    let opts = match options_from_json(options) {
        Ok(o) => o,
        Err(e) => return e.to_json(),
    };
    let internal = |why: String| ApiError::new("internal", why).to_json();
    let Ok(text) = std::str::from_utf8(text) else {
        return internal("malformed tape: its text is not UTF-8".into());
    };
    match tape::read(words, text, strings) {
        Ok((doc, _)) => validate_doc(&doc, &opts).to_wire_json(),
        Err(tape::TapeError::TooDeep | tape::TapeError::TooLarge) => String::new(),
        Err(e) => internal(e.to_string()),
    }
}

#[cfg(any(feature = "extras", test))]
/// Billing predictions of every message of `payload` as JSON:
/// `[{"trafficType": "BASIC" | ... | null, "segments"?: n, "reason": "...", "market": "global" | "us" | "in"}]`.
/// `market` is `global`, `us`, `in`, or `auto` (US or India when every destination of the
/// message is a North American or an Indian number). Not JSON: `[]`.
pub fn billing_json(payload: &str, market: &str) -> String {
    use rcs_kit::billing::{market_of_message, predict_message, Market};
    let Ok(doc) = Doc::parse(payload) else {
        return "[]".into();
    };
    let mut out = String::from("[");
    let messages = doc.get(doc.root(), "messages");
    for (i, m) in messages
        .into_iter()
        .flat_map(|ms| doc.children(ms))
        .enumerate()
    {
        let mk = Market::parse(market).unwrap_or_else(|| market_of_message(&doc, m));
        let p = predict_message(&doc, m, mk);
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"trafficType\":");
        match p.traffic_type {
            Some(t) => push_json_string(&mut out, t),
            None => out.push_str("null"),
        }
        if let Some(n) = p.segments {
            out.push_str(&format!(",\"segments\":{n}"));
        }
        out.push_str(",\"reason\":");
        push_json_string(&mut out, &p.reason);
        out.push_str(",\"market\":\"");
        out.push_str(mk.id());
        out.push_str("\"}");
    }
    out.push(']');
    out
}

#[cfg(any(feature = "extras", test))]
/// SMS parts of `text` as JSON: `{"encoding": "GSM-7" | "UCS-2", "units", "parts", "perPart"}`.
pub fn sms_json(text: &str) -> String {
    let c = rcs_kit::sms::count(text);
    format!(
        "{{\"encoding\":\"{}\",\"units\":{},\"parts\":{},\"perPart\":{}}}",
        c.encoding.name(),
        c.units,
        c.parts,
        c.per_part
    )
}

#[cfg(any(feature = "extras", test))]
/// The failover text derived from each message of `payload`, as a JSON array of strings
/// (or `null` where the content cannot be said in an SMS).
pub fn failover_text_json(payload: &str) -> String {
    let Ok(doc) = Doc::parse(payload) else {
        return "[]".into();
    };
    let mut out = String::from("[");
    let messages = doc.get(doc.root(), "messages");
    for (i, m) in messages
        .into_iter()
        .flat_map(|ms| doc.children(ms))
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        match rcs_kit::sms::failover_text(&doc, m) {
            Some(t) => push_json_string(&mut out, &t),
            None => out.push_str("null"),
        }
    }
    out.push(']');
    out
}

/// The report for a payload JavaScript could not turn into JSON: `reason` (a getter or a
/// proxy trap that threw, a BigInt, a cycle) at `path`, the JSON pointer of the value the
/// wrapper could not read (`""` for the root).
pub fn unserializable_json(reason: &str, path: &str) -> String {
    let mut r = rcs_kit::Report::new();
    let message =
        rcs_kit::json::rules::UNREADABLE_VALUE.with("reason", rcs_kit::report::clip(reason));
    r.push(rcs_kit::Issue::new(
        rcs_kit::Severity::Error,
        rcs_kit::json::rules::UNSERIALIZABLE.code,
        path.to_string(),
        message,
        None,
        None,
    ));
    r.to_wire_json()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcs_kit::limits;

    #[test]
    fn finds_the_replacement_character_wherever_it_is() {
        // U+FFFD at every offset in and across words, beside other characters led by EF
        // (U+FF01, U+FFFC) and after a run of them, and its bytes split or out of order.
        for pad in 0..20 {
            for (piece, holds) in [
                ("\u{FFFD}", true),
                ("\u{FF01}\u{FFFD}", true),
                ("\u{FFFC}", false),
                ("\u{FF01}\u{FFEF}", false),
                ("\u{EFBF}", false),
                ("", false),
            ] {
                let text = format!("{}{piece}{}", "a".repeat(pad), "\u{FF01}".repeat(pad % 3));
                assert_eq!(
                    holds_replacement_character(text.as_bytes()),
                    holds,
                    "{text:?}"
                );
                assert_eq!(text.contains('\u{FFFD}'), holds, "{text:?}");
            }
        }
        assert!(!holds_replacement_character(&[0xEF, 0xBF]));
        assert!(!holds_replacement_character(&[
            0xBD, 0xBF, 0xEF, 0, 0, 0, 0, 0, 0xEF, 0xBD
        ]));
    }

    #[test]
    fn text_with_the_replacement_character_goes_back_to_the_wrapper() {
        let opts = r#"{"now":0}"#;
        assert_eq!(
            validate_unchecked_json("{\"messages\":[\"\u{FFFD}\"]}", opts),
            ""
        );
        let plain = r#"{"messages":["\u00e9"]}"#;
        assert_eq!(
            validate_unchecked_json(plain, opts),
            validate_json(plain, opts)
        );
    }

    #[test]
    fn tapes_are_validated_or_sent_back_to_the_text() {
        let none = |_: u32| None;
        let no_host = HostStrings::new(&none, 0);
        // {"messages": 5}
        let words = [1 << 3 | 7, 8 << 3 | 4, 1 << 3 | 3];
        let out = validate_tape_json(&words, b"messages5", &no_host, "");
        let mismatch = format!(
            "\"code\":\"{}\"",
            rcs_kit::rules::fields::TYPE_MISMATCH.code
        );
        assert!(out.contains(&mismatch), "{out}");
        assert!(
            validate_tape_json(&words, b"messages5", &no_host, "[]").contains("options.invalid")
        );
        // Malformed: a bug of the writer, reported as internal.
        let out = validate_tape_json(&words, b"messages", &no_host, "");
        assert!(out.contains(r#""code":"internal""#), "{out}");
        assert!(validate_tape_json(&words, b"messages\xff", &no_host, "").contains("internal"));
        // Too deep: the text tells (json.too_deep).
        let mut deep = vec![1 << 3 | 6; 100];
        deep.push(0);
        assert_eq!(validate_tape_json(&deep, b"", &no_host, ""), "");
        // Possibly over the API's size limit as text: the text tells.
        let big = |_: u32| Some(String::new());
        let host = HostStrings::new(&big, 1);
        let units = u32::try_from(limits::REQUEST_SIZE.max / 6 + 1).unwrap();
        assert_eq!(validate_tape_json(&[5, units], b"", &host, ""), "");
        assert!(validate_tape_json(&[5, 1000], b"", &host, "")
            .contains(rcs_kit::rules::fields::TYPE_MISMATCH.code));
    }

    #[test]
    fn bytes_get_the_native_report() {
        let at0 = r#"{"now":0}"#;
        let native = |b: &[u8]| rcs_kit::validate_bytes(b, &Options::at(0)).to_wire_json();
        for body in [
            &b"{\"messages\":[]}"[..],
            b"\xef\xbb\xbf{\"messages\":[]}",
            b"{\n  \"messages\": [\"\xff\"]}",
            b"\xef\xbb\xbf\xff",
            b"{\"messages\": [\"\xed\xa0\x80\"]}",
            b"{\"messages\": [\"\xe2\x82",
            b"",
        ] {
            let got = validate_bytes_json(body, body.len() as u64, at0);
            assert_eq!(got, native(body), "{body:?}");
        }
        assert!(validate_bytes_json(b"{\n \xff}", 5, at0).contains(r#""line":2,"column":2"#));
        // Over the size limit: the length alone, the report of that many bytes.
        let max = limits::REQUEST_SIZE.max as u64;
        let big = validate_bytes_json(b"", max + 1, at0);
        assert_eq!(
            big,
            rcs_kit::validate::size_report(max + 1)
                .unwrap()
                .to_wire_json()
        );
        assert!(big.contains(&format!("\"actual\":{}", max + 1)), "{big}");
        // A length that disagrees with the bytes is a bug of the wrapper.
        assert!(validate_bytes_json(b"{}", 3, at0).contains(r#""code":"internal""#));
        // Options are read first, as for text.
        assert!(validate_bytes_json(b"{}", 2, "{\"x\":1}").contains("options.unknown"));
    }

    #[test]
    fn options_are_read_and_misuse_is_named() {
        let o = options_from_json(
            r#"{"strict":true,"kind":"events","now":1000,"allowEmptyText":true}"#,
        )
        .unwrap();
        assert!(o.strict && o.allow_empty_text);
        assert_eq!(o.kind, Some(Kind::Events));
        assert_eq!(o.now, Some(1000));
        let o = options_from_json(r#"{"now":"1970-01-01T00:00:01.000Z"}"#).unwrap();
        assert_eq!(o.now, Some(1000));
        assert_eq!(options_from_json("").unwrap().now, None);
        assert_eq!(options_from_json("null").unwrap().now, None);
        assert_eq!(
            options_from_json(r#"{"strikt":true}"#).unwrap_err().code,
            "options.unknown"
        );
        assert_eq!(
            options_from_json(r#"{"strict":"yes"}"#).unwrap_err().code,
            "options.invalid"
        );
        assert_eq!(
            options_from_json(r#"{"kind":"sms"}"#).unwrap_err().code,
            "options.invalid"
        );
        assert_eq!(
            options_from_json("[1]").unwrap_err().code,
            "options.invalid"
        );
        assert_eq!(
            options_from_json(r#"{"now":"soon"}"#).unwrap_err().code,
            "options.invalid"
        );
    }

    #[test]
    fn validate_json_matches_native() {
        let body = r#"{"messages":[]}"#;
        assert_eq!(
            validate_json(body, r#"{"now":0}"#),
            validate_str(body, &Options::at(0)).to_wire_json()
        );
        assert!(validate_json(body, "{\"x\":1}")
            .starts_with("{\"error\":{\"code\":\"options.unknown\""));
    }

    #[test]
    fn billing_sms_and_failover_text() {
        let body = r#"{"messages":[{"destinations":[{"to":"12025550100"}],"content":{"type":"TEXT","text":"Hi"}},{"destinations":[{"to":"441134960001"}],"content":{"type":"CARD","content":{"title":"T"}}}]}"#;
        let v: serde_json::Value = serde_json::from_str(&billing_json(body, "auto")).unwrap();
        assert_eq!(v[0]["trafficType"], "RICH");
        assert_eq!(v[0]["segments"], 1);
        assert_eq!(v[0]["market"], "us");
        assert_eq!(v[1]["trafficType"], "SINGLE");
        let s: serde_json::Value = serde_json::from_str(&sms_json("Grüße")).unwrap();
        assert_eq!(s["encoding"], "GSM-7");
        assert_eq!(s["parts"], 1);
        let f: serde_json::Value = serde_json::from_str(&failover_text_json(body)).unwrap();
        assert_eq!(f[0], "Hi");
        assert_eq!(f[1], "T");
        assert_eq!(billing_json("nope", "auto"), "[]");
    }

    #[test]
    fn unserializable_is_a_report() {
        let v: serde_json::Value =
            serde_json::from_str(&unserializable_json("a cycle", "/messages/0/content")).unwrap();
        assert_eq!(v["valid"], false);
        assert_eq!(
            v["issues"][0]["code"],
            rcs_kit::json::rules::UNSERIALIZABLE.code
        );
        assert_eq!(v["issues"][0]["path"], "/messages/0/content");
        assert_eq!(
            v["issues"][0]["msg"],
            serde_json::json!({
                "id": rcs_kit::message::id(&rcs_kit::json::rules::UNREADABLE_VALUE).unwrap(),
                "params": {"reason": "a cycle"}
            })
        );
    }
}
