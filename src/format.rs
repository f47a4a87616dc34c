//! String formats: http(s) URLs and phone numbers.

use crate::message::{Message, Msg};
use crate::report::clip;

/// Why a URL was rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct UrlError {
    /// True when the URL is well formed but its scheme is not http or https.
    pub scheme: bool,
    /// What is wrong, for a person ([`UrlError::msg`] in English; empty in the
    /// WebAssembly build).
    pub message: String,
    /// What is wrong, as a catalogue message.
    pub msg: Message,
}

/// A URL that is not absolute.
pub static URL_NOT_ABSOLUTE: Msg = Msg::new(
    "url.not_absolute",
    "\"{url}\" is not an absolute URL; it must start with https:// or http://",
);
/// A URL of another scheme than http(s).
pub static URL_SCHEME: Msg = Msg::new(
    "url.scheme",
    "the URL scheme \"{scheme}\" is not supported; only http and https URLs are allowed",
);
/// A URL without `//host`.
pub static URL_NO_AUTHORITY: Msg = Msg::new(
    "url.no_authority",
    "\"{url}\" has no host; write it as {scheme}://host/path",
);
/// A URL with an empty host.
pub static URL_NO_HOST: Msg = Msg::new("url.no_host", "\"{url}\" has no host");
/// A `%` that starts no escape.
pub static URL_PERCENT: Msg = Msg::new(
    "url.percent",
    "\"{url}\" has a '%' that does not start a %XX escape (character {position})",
);
/// A space in a URL.
pub static URL_SPACE: Msg = Msg::new(
    "url.space",
    "\"{url}\" is not a valid URL: a space at character {position} must be percent-encoded (RFC 3986)",
);
/// A character a URL must percent-encode.
pub static URL_CHARACTER: Msg = Msg::new(
    "url.character",
    "\"{url}\" is not a valid URL: '{character}' at character {position} must be percent-encoded (RFC 3986)",
);
/// A text that is not a phone number.
pub static PHONE_NOT_NUMBER: Msg = Msg::new(
    "phone.not_number",
    "\"{value}\" is not a phone number: use digits with an optional leading '+', e.g. 441134960001",
);
/// A phone number written with separators.
pub static PHONE_SEPARATORS: Msg = Msg::new(
    "phone.separators",
    "\"{value}\" is not a phone number: use digits with an optional leading '+', e.g. 441134960001; remove spaces, dashes and brackets",
);
/// A phone number with too few or too many digits.
pub static PHONE_DIGITS: Msg = Msg::new(
    "phone.digits",
    "\"{value}\" has {n} digits; a phone number has {min} to {max} digits",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &URL_NOT_ABSOLUTE,
    &URL_SCHEME,
    &URL_NO_AUTHORITY,
    &URL_NO_HOST,
    &URL_PERCENT,
    &URL_SPACE,
    &URL_CHARACTER,
    &PHONE_NOT_NUMBER,
    &PHONE_SEPARATORS,
    &PHONE_DIGITS,
];

/// A set of ASCII bytes, tested in one step: a search for any of several bytes with
/// `[u8]::contains` calls `memchr` for every byte searched, which was a tenth of the
/// media rules' time on URLs in WebAssembly (`AsciiSet::of(b"?#").contains(b'#')`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct AsciiSet {
    low: u64,
    high: u64,
}

impl AsciiSet {
    /// The set of the ASCII bytes in `bytes` (others are ignored: no byte of a UTF-8
    /// multi-byte character is ever in a set).
    pub(crate) const fn of(mut bytes: &[u8]) -> AsciiSet {
        let mut set = AsciiSet { low: 0, high: 0 };
        while let Some((&b, rest)) = bytes.split_first() {
            if b < 64 {
                set.low |= 1 << b;
            } else if b < 128 {
                set.high |= 1 << (b - 64);
            }
            bytes = rest;
        }
        set
    }

    /// Whether `b` is in the set.
    #[inline]
    pub(crate) fn contains(self, b: u8) -> bool {
        let word = if b < 64 { self.low } else { self.high };
        b < 128 && (word >> (b & 63)) & 1 == 1
    }
}

/// The part of `s` before the first byte of `delimiters` (all of `s` when none occurs):
/// a URL's authority, its path without query and fragment. Found by bytes: a search for
/// any of several characters decodes every character before it, which was most of the
/// media rules' time on long URLs in WebAssembly. A set holds only ASCII bytes, so the cut
/// always falls between characters.
pub(crate) fn before_any(s: &str, delimiters: AsciiSet) -> &str {
    let end = s
        .bytes()
        .position(|b| delimiters.contains(b))
        .unwrap_or(s.len());
    s.get(..end).unwrap_or_default()
}

/// What ends a URL's path: its query or fragment.
pub(crate) const QUERY_OR_FRAGMENT: AsciiSet = AsciiSet::of(b"?#");
/// What ends a URL's authority.
const AUTHORITY_END: AsciiSet = AsciiSet::of(b"/?#");
/// The punctuation RFC 3986 allows unescaped in a URL (reserved and unreserved).
const URL_PUNCTUATION: AsciiSet = AsciiSet::of(b"-._~:/?#[]@!$&'()*+,;=");

/// Checks an absolute `http://` or `https://` URI with a host, per RFC 3986: only
/// unreserved, reserved and percent-encoded characters.
///
/// ```
/// use rcs_kit::format::check_http_url;
/// assert!(check_http_url("https://example.com/a?b=c#d").is_ok());
/// assert!(check_http_url("ftp://example.com").unwrap_err().scheme);
/// assert!(check_http_url("https://example.com/a b").is_err());
/// ```
pub fn check_http_url(url: &str) -> Result<(), UrlError> {
    let bad = |msg: Message| UrlError {
        scheme: false,
        message: msg.render(),
        msg,
    };
    let Some(colon) = url.find(':') else {
        return Err(bad(URL_NOT_ABSOLUTE.with("url", clip(url))));
    };
    let scheme = url.get(..colon).unwrap_or_default();
    let scheme_ok = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Err(bad(URL_NOT_ABSOLUTE.with("url", clip(url))));
    }
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        let msg = URL_SCHEME.with("scheme", clip(scheme));
        return Err(UrlError {
            scheme: true,
            message: msg.render(),
            msg,
        });
    }
    let rest = url.get(colon + 1..).unwrap_or_default();
    let Some(after) = rest.strip_prefix("//") else {
        return Err(bad(URL_NO_AUTHORITY
            .with("url", clip(url))
            .with("scheme", scheme)));
    };
    let authority = before_any(after, AUTHORITY_END);
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = if host.starts_with('[') {
        host
    } else {
        host.split(':').next().unwrap_or_default()
    };
    if host.is_empty() {
        return Err(bad(URL_NO_HOST.with("url", clip(url))));
    }
    let bytes = url.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let ok = bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !ok {
                return Err(bad(URL_PERCENT.with("url", clip(url)).with(
                    "position",
                    url.get(..i).map_or(0, |p| p.chars().count()) + 1,
                )));
            }
            i += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric() || URL_PUNCTUATION.contains(b);
        if !allowed {
            let pos = url.get(..i).map_or(0, |p| p.chars().count()) + 1;
            let ch = url.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
            let msg = if ch == ' ' {
                URL_SPACE.message()
            } else {
                URL_CHARACTER.with("character", ch.escape_default().to_string())
            };
            return Err(bad(msg.with("url", clip(url)).with("position", pos)));
        }
        i += 1;
    }
    Ok(())
}

/// Checks a phone number: an optional leading `+`, then `min..=max` digits and nothing else.
///
/// ```
/// use rcs_kit::format::check_phone;
/// assert!(check_phone("+441134960001", 5, 15).is_ok());
/// assert!(check_phone("call-me-maybe", 5, 15).is_err());
/// ```
pub fn check_phone(s: &str, min: i64, max: i64) -> Result<(), String> {
    phone(s, min, max).map_err(|m| m.render())
}

/// What [`check_phone`] checks, with what is wrong as a catalogue message.
pub fn phone(s: &str, min: i64, max: i64) -> Result<(), Message> {
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        let msg = if digits.contains([' ', '-', '(', ')', '.']) {
            &PHONE_SEPARATORS
        } else {
            &PHONE_NOT_NUMBER
        };
        return Err(msg.with("value", clip(s)));
    }
    let n = digits.len() as i64;
    if n < min || n > max {
        return Err(PHONE_DIGITS
            .with("value", clip(s))
            .with("n", n)
            .with("min", min)
            .with("max", max));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "http://a.b",
            "HTTPS://x.example/p%20q?x=1&y=[2]#f",
            "https://user@host:8080/",
            "https://[::1]/",
        ] {
            assert!(check_http_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "example.com",
            "https:/x",
            "https://",
            "https://h/%zz",
            "https://h/é",
            "https://h/<script>",
            "https://h/\"",
        ] {
            assert!(check_http_url(bad).is_err(), "{bad}");
        }
        for scheme in [
            "javascript:alert(1)",
            "data:text/html,x",
            "tel:+1",
            "ftp://h",
        ] {
            assert!(check_http_url(scheme).unwrap_err().scheme, "{scheme}");
        }
    }

    #[test]
    fn ascii_sets_hold_their_ascii_bytes_only() {
        let members: &[u8] = b"\0-._~:/?#[]@!$&'()*+,;=\x7f";
        let set = AsciiSet::of(members);
        for b in 0..=u8::MAX {
            assert_eq!(set.contains(b), members.contains(&b), "byte {b:#04x}");
        }
        let with_non_ascii = AsciiSet::of("?é#".as_bytes());
        assert_eq!(
            (0..=u8::MAX)
                .filter(|&b| with_non_ascii.contains(b))
                .collect::<Vec<_>>(),
            b"#?"
        );
        assert_eq!(before_any("a/b?c#d", QUERY_OR_FRAGMENT), "a/b");
        assert_eq!(before_any("héllo", AUTHORITY_END), "héllo");
    }

    #[test]
    fn phones() {
        assert!(check_phone("12345", 5, 15).is_ok());
        assert!(check_phone("1234", 5, 15).is_err());
        assert!(check_phone("1234567890123456", 5, 15).is_err());
        assert!(check_phone("+", 5, 15).is_err());
        assert!(check_phone("+1 800 555", 5, 15)
            .unwrap_err()
            .contains("spaces"));
    }
}
