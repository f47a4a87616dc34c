//! Who the stand-in answers at all, and who gets its key.
//!
//! A page on `evil.example` whose name is re-bound to 127.0.0.1 (DNS rebinding) is
//! same-origin with itself, so its requests reach the stand-in with `Host: evil.example`.
//! Only requests addressed to the stand-in by a loopback name are served; every other
//! request is refused with `421 Misdirected Request` before the key or the store is
//! touched.

use super::Request;

/// Why a request is not for the stand-in.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Misdirected {
    /// No `Host` header (HTTP/1.1 requires one): `400`.
    NoHost,
    /// Addressed to another host: `421`.
    OtherHost,
}

/// Whether `authority` (`host[:port]`) names the stand-in listening on `port`:
/// `127.0.0.1:<port>`, `localhost:<port>` or `[::1]:<port>` (the port is required: a
/// browser always sends it for a port other than 80).
pub(crate) fn is_own_authority(authority: &str, port: u16) -> bool {
    let Some((host, p)) = authority.rsplit_once(':') else {
        return false;
    };
    if p != port.to_string() {
        return false;
    }
    host == "127.0.0.1" || host.eq_ignore_ascii_case("localhost") || host == "[::1]"
}

/// Checks the `Host` header (and an absolute-form target's authority, which HTTP/1.1
/// says takes precedence) against the loopback names of `port`.
pub(crate) fn check_host(req: &Request, port: u16) -> Result<(), Misdirected> {
    let mut hosts = req.headers.iter().filter(|(k, _)| k == "host");
    let host = match (hosts.next(), hosts.next()) {
        (Some((_, h)), None) => h.as_str(),
        (None, _) => return Err(Misdirected::NoHost),
        // two Host headers: RFC 9112 says 400; either may be the one a proxy reads
        (Some(_), Some(_)) => return Err(Misdirected::OtherHost),
    };
    if !is_own_authority(host.trim(), port) {
        return Err(Misdirected::OtherHost);
    }
    if let Some(rest) = req
        .target
        .strip_prefix("http://")
        .or_else(|| req.target.strip_prefix("https://"))
    {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if !is_own_authority(authority, port) {
            return Err(Misdirected::OtherHost);
        }
    }
    Ok(())
}

/// Whether the request comes from the stand-in's own page (or from no page at all, like
/// curl): the only one given the key by `GET /__stand-in/config`. The host was already
/// checked, so a same-origin request here is one from `http://<loopback>:<port>`.
pub(crate) fn from_own_page(req: &Request, port: u16) -> bool {
    let cross_site = req
        .header("sec-fetch-site")
        .is_some_and(|s| s != "same-origin" && s != "none");
    let foreign_origin = req.header("origin").is_some_and(|o| {
        o.strip_prefix("http://")
            .map_or(true, |authority| !is_own_authority(authority, port))
    });
    !cross_site && !foreign_origin
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_host(host: &str) -> Request {
        let mut r = Request::get("/");
        r.headers = vec![("host".into(), host.into())];
        r
    }

    #[test]
    fn only_loopback_names_with_the_port() {
        for ok in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LocalHost:8080",
            "[::1]:8080",
        ] {
            assert_eq!(check_host(&with_host(ok), 8080), Ok(()), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "127.0.0.1",
            "127.0.0.1:8081",
            "localhost",
            "127.0.0.2:8080",
            "localhost.evil.example:8080",
            "0.0.0.0:8080",
            "[::1]",
            "",
            "127.0.0.1:8080:8080",
        ] {
            assert_eq!(
                check_host(&with_host(bad), 8080),
                Err(Misdirected::OtherHost),
                "{bad}"
            );
        }
        let mut none = Request::get("/");
        none.headers.clear();
        assert_eq!(check_host(&none, 8080), Err(Misdirected::NoHost));
        let mut two = with_host("127.0.0.1:8080");
        two.headers
            .push(("host".into(), "evil.example:8080".into()));
        assert_eq!(check_host(&two, 8080), Err(Misdirected::OtherHost));
        let mut absolute = with_host("127.0.0.1:8080");
        absolute.target = "http://evil.example:8080/__stand-in/config".into();
        assert_eq!(check_host(&absolute, 8080), Err(Misdirected::OtherHost));
        absolute.target = "http://localhost:8080/__stand-in/config".into();
        assert_eq!(check_host(&absolute, 8080), Ok(()));
    }

    #[test]
    fn the_key_only_for_its_own_page() {
        let mut r = with_host("127.0.0.1:8080");
        assert!(from_own_page(&r, 8080), "curl: no page at all");
        r.headers
            .push(("sec-fetch-site".into(), "same-origin".into()));
        r.headers
            .push(("origin".into(), "http://localhost:8080".into()));
        assert!(from_own_page(&r, 8080));
        let mut cross = with_host("127.0.0.1:8080");
        cross
            .headers
            .push(("sec-fetch-site".into(), "cross-site".into()));
        assert!(!from_own_page(&cross, 8080));
        for origin in [
            "https://evil.example",
            "http://127.0.0.1:9999",
            "null",
            "https://127.0.0.1:8080",
        ] {
            let mut r = with_host("127.0.0.1:8080");
            r.headers.push(("origin".into(), origin.into()));
            assert!(!from_own_page(&r, 8080), "{origin}");
        }
    }
}
