//! String formats: http(s) URLs and phone numbers.

use crate::report::clip;

/// Why a URL was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlError {
    /// True when the URL is well formed but its scheme is not http or https.
    pub scheme: bool,
    /// What is wrong, for a person.
    pub message: String,
}

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
    let bad = |message: String| UrlError {
        scheme: false,
        message,
    };
    let Some(colon) = url.find(':') else {
        return Err(bad(format!(
            "\"{}\" is not an absolute URL; it must start with https:// or http://",
            clip(url)
        )));
    };
    let scheme = url.get(..colon).unwrap_or_default();
    let scheme_ok = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Err(bad(format!(
            "\"{}\" is not an absolute URL; it must start with https:// or http://",
            clip(url)
        )));
    }
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(UrlError {
            scheme: true,
            message: format!(
                "the URL scheme \"{}\" is not supported; only http and https URLs are allowed",
                clip(scheme)
            ),
        });
    }
    let rest = url.get(colon + 1..).unwrap_or_default();
    let Some(after) = rest.strip_prefix("//") else {
        return Err(bad(format!(
            "\"{}\" has no host; write it as {}://host/path",
            clip(url),
            scheme
        )));
    };
    let authority_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let authority = after.get(..authority_end).unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = if host.starts_with('[') {
        host
    } else {
        host.split(':').next().unwrap_or_default()
    };
    if host.is_empty() {
        return Err(bad(format!("\"{}\" has no host", clip(url))));
    }
    let bytes = url.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let ok = bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !ok {
                return Err(bad(format!(
                    "\"{}\" has a '%' that does not start a %XX escape (character {})",
                    clip(url),
                    url.get(..i).map_or(0, |p| p.chars().count()) + 1
                )));
            }
            i += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b);
        if !allowed {
            let pos = url.get(..i).map_or(0, |p| p.chars().count()) + 1;
            let ch = url.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
            let what = if ch == ' ' {
                "a space".to_string()
            } else {
                format!("'{}'", ch.escape_default())
            };
            return Err(bad(format!(
                "\"{}\" is not a valid URL: {what} at character {pos} must be percent-encoded (RFC 3986)",
                clip(url)
            )));
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
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        let hint = if digits.contains([' ', '-', '(', ')', '.']) {
            "; remove spaces, dashes and brackets"
        } else {
            ""
        };
        return Err(format!(
            "\"{}\" is not a phone number: use digits with an optional leading '+', e.g. 441134960001{hint}",
            clip(s)
        ));
    }
    let n = digits.len() as i64;
    if n < min || n > max {
        return Err(format!(
            "\"{}\" has {n} digits; a phone number has {min} to {max} digits",
            clip(s)
        ));
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
