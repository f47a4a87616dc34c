//! Posting capability-check results to a `notifyUrl`: where the stand-in may post (loopback
//! only, unless the operator allows a host), the bodies (JSON, or XML when asked), and the
//! delivery with retries, over hyper's HTTP/1.1 client on tokio.
//!
//! A stand-in that posts wherever a request says would let any page or test that can
//! reach it make this machine send requests to the network (a server-side request
//! forgery). So it posts only to `127.0.0.0/8`, `[::1]` and `localhost` — `localhost` is
//! connected to as `127.0.0.1`, then `[::1]`, never looked up — and to hosts the operator
//! names with `--allow-webhook-host HOST[:PORT]` ([`StandIn::allow_webhook_host`]).
//!
//! [`StandIn::allow_webhook_host`]: crate::StandIn::allow_webhook_host

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use rcs_kit::webhooks::CapabilityResult;
use serde_json::Value;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

/// Most attempts per webhook [`WebhookPolicy`] allows.
pub const MAX_ATTEMPTS: u32 = 10;
/// Most bytes of a receiver's answer read (and thrown away); a longer answer closes the
/// connection instead of being read.
const MAX_ANSWER: usize = 64 * 1024;

/// How results are posted: attempts per webhook, the wait before the second attempt
/// (doubled before each further one), and the time an attempt may take (connecting,
/// sending, and reading the answer).
///
/// A webhook is delivered when its receiver answers `2xx`; a connection error, a timeout
/// or any other status is a failed attempt.
///
/// ```
/// use rcs_kit_stand_in::WebhookPolicy;
/// use std::time::Duration;
/// let p = WebhookPolicy::default();
/// assert_eq!((p.attempts, p.backoff, p.timeout), (3, Duration::from_millis(500), Duration::from_secs(5)));
/// // waits before attempts 2 and 3
/// assert_eq!(p.wait_before(2), Duration::from_millis(500));
/// assert_eq!(p.wait_before(3), Duration::from_millis(1000));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookPolicy {
    /// Attempts per webhook, 1 to [`MAX_ATTEMPTS`] (others are clamped to that range).
    pub attempts: u32,
    /// The wait before the second attempt; doubled before each further one.
    pub backoff: Duration,
    /// The longest an attempt may take.
    pub timeout: Duration,
}

impl Default for WebhookPolicy {
    /// 3 attempts, 500 ms then 1 s apart, 5 s each.
    fn default() -> Self {
        WebhookPolicy {
            attempts: 3,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(5),
        }
    }
}

impl WebhookPolicy {
    /// The wait before attempt `n` (counting from 1): none before the first,
    /// `backoff × 2^(n−2)` before the others.
    pub fn wait_before(&self, n: u32) -> Duration {
        match n {
            0 | 1 => Duration::ZERO,
            n => self
                .backoff
                .saturating_mul(1u32 << (n - 2).min(MAX_ATTEMPTS)),
        }
    }

    pub(crate) fn clamped(self) -> Self {
        WebhookPolicy {
            attempts: self.attempts.clamp(1, MAX_ATTEMPTS),
            ..self
        }
    }
}

/// A host the operator allows webhooks to, besides loopback: a name or an address, with
/// or without a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AllowedHost {
    /// Lower case; an IPv6 address in brackets.
    host: String,
    /// `None`: any port.
    port: Option<u16>,
}

impl AllowedHost {
    /// Reads `HOST[:PORT]` (`hooks.example.test`, `10.0.0.5:9000`, `[fd00::1]:8080`).
    pub(crate) fn parse(spec: &str) -> Result<Self, String> {
        let spec = spec.trim();
        let (host, port) = split_host_port(spec)
            .ok_or_else(|| format!("`{spec}` is not HOST or HOST:PORT (write an IPv6 address in brackets: [fd00::1]:8080)"))?;
        let port = match port {
            None => None,
            Some(p) => Some(
                parse_port(p)
                    .ok_or_else(|| format!("`{p}` in `{spec}` is not a port from 1 to 65535"))?,
            ),
        };
        let host = host.to_ascii_lowercase();
        let name_ok = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
        let v6_ok = host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .is_some_and(|h| h.parse::<Ipv6Addr>().is_ok());
        if !(name_ok || v6_ok) {
            return Err(format!("`{spec}` does not name a host"));
        }
        Ok(AllowedHost { host, port })
    }

    fn allows(&self, host: &str, port: u16) -> bool {
        self.host == host && self.port.map_or(true, |p| p == port)
    }
}

/// Splits `host[:port]` (the host may be `[v6]`); `None` when it is not so shaped.
fn split_host_port(s: &str) -> Option<(&str, Option<&str>)> {
    if s.starts_with('[') {
        let end = s.find(']')?;
        let host = s.get(..=end)?;
        match s.get(end + 1..)? {
            "" => Some((host, None)),
            rest => Some((host, Some(rest.strip_prefix(':')?))),
        }
    } else {
        match s.split_once(':') {
            None => Some((s, None)),
            Some((_, p)) if p.contains(':') => None,
            Some((h, p)) => Some((h, Some(p))),
        }
    }
}

fn parse_port(p: &str) -> Option<u16> {
    if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse::<u16>().ok().filter(|&p| p > 0)
}

/// Where a webhook goes, once allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// The `Host` header: the URL's authority without credentials.
    pub(crate) authority: String,
    /// The request target: path and query (`/` when the URL has no path).
    pub(crate) path: String,
    pub(crate) connect: Connect,
}

/// How to reach a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Connect {
    /// An address as written in the URL.
    Addr(SocketAddr),
    /// `localhost`: 127.0.0.1, then [::1], on this port (never looked up).
    Localhost(u16),
    /// A name the operator allowed, looked up when connecting.
    Name(String, u16),
}

/// Whether the stand-in may post to `url`, and where: `Err` with the reason it is refused.
///
/// Loopback (`127.0.0.0/8`, `[::1]`, `localhost`) is allowed; any other host only when it
/// is in `allowed`. Only `http` is posted to (the stand-in has no TLS), and a URL with
/// credentials (`user:pass@`) is refused rather than have them sent or dropped silently.
pub(crate) fn target(url: &str, allowed: &[AllowedHost]) -> Result<Target, String> {
    let unreadable = || "the notifyUrl cannot be read as an http(s) URL".to_owned();
    let (scheme, rest) = url.split_once("://").ok_or_else(unreadable)?;
    let https = scheme.eq_ignore_ascii_case("https");
    if !https && !scheme.eq_ignore_ascii_case("http") {
        return Err(unreadable());
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..end).unwrap_or_default();
    let path = rest.get(end..).unwrap_or_default();
    let path = path.split('#').next().unwrap_or_default();
    let path = match path {
        "" => "/".to_owned(),
        p if p.starts_with('?') => format!("/{p}"),
        p => p.to_owned(),
    };
    if authority.contains('@') {
        return Err(
            "the notifyUrl has credentials (user@host); the stand-in does not send them".into(),
        );
    }
    let (host, port) = split_host_port(authority).ok_or_else(unreadable)?;
    let host = host.to_ascii_lowercase();
    let port = match port {
        None | Some("") => {
            if https {
                443
            } else {
                80
            }
        }
        Some(p) => parse_port(p)
            .ok_or_else(|| format!("the notifyUrl's port `{p}` is not a port from 1 to 65535"))?,
    };
    if host.is_empty() {
        return Err(unreadable());
    }
    let ip = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => Some(IpAddr::V6(
            v6.parse::<Ipv6Addr>().map_err(|_| unreadable())?,
        )),
        None => host.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
    };
    let loopback = host == "localhost" || ip.is_some_and(is_loopback);
    if !loopback && !allowed.iter().any(|a| a.allows(&host, port)) {
        return Err(format!(
            "{host} is not a loopback address: the stand-in posts only to 127.0.0.0/8, [::1] and localhost unless started with --allow-webhook-host {host}:{port}"
        ));
    }
    if https {
        return Err(
            "the stand-in posts webhooks over http only (it has no TLS): use an http:// notifyUrl"
                .into(),
        );
    }
    let connect = match ip {
        Some(ip) => Connect::Addr(SocketAddr::new(ip, port)),
        None if host == "localhost" => Connect::Localhost(port),
        None => Connect::Name(host, port),
    };
    Ok(Target {
        authority: authority.to_owned(),
        path,
        connect,
    })
}

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// The format a result is posted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `application/json` (the default).
    Json,
    /// `application/xml`.
    Xml,
}

impl Format {
    /// The format `notifyContentType` asks for (absent: JSON).
    pub(crate) fn from_content_type(ct: Option<&str>) -> Format {
        match ct {
            Some(ct) if ct.eq_ignore_ascii_case("application/xml") => Format::Xml,
            _ => Format::Json,
        }
    }

    /// The `Content-Type` header.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Xml => "application/xml",
        }
    }
}

/// The body of one result webhook, in the flat shape of Infobip's documentation.
pub(crate) fn body(result: &CapabilityResult, format: Format) -> Bytes {
    match format {
        Format::Json => Bytes::from(serde_json::to_vec(result).unwrap_or_default()),
        Format::Xml => Bytes::from(xml(result)),
    }
}

/// The XML root element (Infobip does not publish its XML form; the name is the Java
/// SDK's model of the same result).
pub const XML_ROOT: &str = "RcsCapabilityCheckResult";

/// A result as XML, the members of the flat JSON shape as elements in the same order:
/// `<RcsCapabilityCheckResult><bulkId>…</bulkId><messageId>…</messageId>
/// <phoneNumber>…</phoneNumber><code>…</code><options>…</options></RcsCapabilityCheckResult>`.
/// Within `options`, an object's members become elements named as the members (in
/// alphabetical order), an array repeats its member's element per item, `null` is an
/// empty element; members whose names are not XML names are left out.
fn xml(result: &CapabilityResult) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<");
    out.push_str(XML_ROOT);
    out.push('>');
    let r = &result.result;
    for (name, v) in [
        ("bulkId", &r.bulk_id),
        ("messageId", &r.message_id),
        ("phoneNumber", &r.phone_number),
    ] {
        if let Some(v) = v {
            element(&mut out, name, &Value::String(v.clone()), 0);
        }
    }
    if let Some(code) = &r.code {
        element(
            &mut out,
            "code",
            &Value::String(code.as_str().to_owned()),
            0,
        );
    }
    for (k, v) in r.extra.iter().chain(&result.extra) {
        if is_xml_name(k) {
            element(&mut out, k, v, 0);
        }
    }
    if let Some(o) = &result.options {
        let o = serde_json::to_value(o).unwrap_or(Value::Null);
        element(&mut out, "options", &o, 0);
    }
    out.push_str("</");
    out.push_str(XML_ROOT);
    out.push('>');
    out
}

fn element(out: &mut String, name: &str, value: &Value, depth: usize) {
    // Values come from a validated request (nesting bounded by the validator); the bound
    // here keeps the function total all the same.
    if depth > 64 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                element(out, name, item, depth + 1);
            }
        }
        Value::Null => {
            out.push('<');
            out.push_str(name);
            out.push_str("/>");
        }
        Value::Object(members) => {
            out.push('<');
            out.push_str(name);
            out.push('>');
            for (k, v) in members {
                if is_xml_name(k) {
                    element(out, k, v, depth + 1);
                }
            }
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        scalar => {
            out.push('<');
            out.push_str(name);
            out.push('>');
            match scalar {
                Value::String(s) => escape(out, s),
                other => escape(out, &other.to_string()),
            }
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    }
}

/// An XML name the simple way: an ASCII letter or `_`, then letters, digits, `_`, `-`,
/// `.`; not starting with `xml` (reserved).
fn is_xml_name(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        && !s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("xml"))
}

/// Text content, escaped; characters XML 1.0 cannot carry at all (most C0 controls,
/// U+FFFE, U+FFFF) become U+FFFD.
fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// How one attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Attempted {
    /// The receiver answered with this status.
    Status(u16),
    /// No answer: why.
    Error(String),
}

/// One connection to a target, kept alive between the webhooks of one notify request.
pub(crate) struct Client {
    target: Target,
    conn: Option<SendRequest<Full<Bytes>>>,
}

impl Client {
    pub(crate) fn new(target: Target) -> Self {
        Client { target, conn: None }
    }

    /// One attempt, within `timeout`: connects (or reuses the open connection), posts,
    /// reads the answer. A connection that fails is dropped; one kept alive that the
    /// receiver closed in the meantime is replaced once, within the same attempt.
    pub(crate) async fn post(
        &mut self,
        body: Bytes,
        format: Format,
        timeout: Duration,
    ) -> Attempted {
        let outcome = tokio::time::timeout(timeout, self.post_once_or_twice(body, format)).await;
        match outcome {
            Ok(Ok(status)) => Attempted::Status(status),
            Ok(Err(why)) => {
                self.conn = None;
                Attempted::Error(why)
            }
            Err(_) => {
                self.conn = None;
                Attempted::Error(format!("no answer within {} ms", timeout.as_millis()))
            }
        }
    }

    async fn post_once_or_twice(&mut self, body: Bytes, format: Format) -> Result<u16, String> {
        let reused = self.conn.as_ref().is_some_and(|c| !c.is_closed());
        if reused {
            match self.send(body.clone(), format).await {
                Ok(status) => return Ok(status),
                Err(Sent::Before(_)) => self.conn = None,
                Err(Sent::After(why)) => return Err(why),
            }
        }
        self.conn = None;
        self.send(body, format).await.map_err(|e| match e {
            Sent::Before(why) | Sent::After(why) => why,
        })
    }

    async fn send(&mut self, body: Bytes, format: Format) -> Result<u16, Sent> {
        let conn = match self.conn.as_mut() {
            Some(conn) if !conn.is_closed() => conn,
            _ => self
                .conn
                .insert(connect(&self.target.connect).await.map_err(Sent::Before)?),
        };
        conn.ready()
            .await
            .map_err(|e| Sent::Before(error_text(&e)))?;
        let req = hyper::Request::post(self.target.path.as_str())
            .header(hyper::header::HOST, self.target.authority.as_str())
            .header(hyper::header::CONTENT_TYPE, format.content_type())
            .header(
                hyper::header::USER_AGENT,
                concat!("rcs-kit-stand-in/", env!("CARGO_PKG_VERSION")),
            )
            .body(Full::new(body))
            .map_err(|e| Sent::Before(e.to_string()))?;
        let res = conn.send_request(req).await.map_err(|e| {
            if e.is_canceled() || e.is_closed() || e.is_incomplete_message() {
                Sent::Before(error_text(&e))
            } else {
                Sent::After(error_text(&e))
            }
        })?;
        let status = res.status().as_u16();
        // Read the answer so the connection can carry the next webhook; an answer too
        // long to read is not waited for (the connection is dropped instead).
        if Limited::new(res.into_body(), MAX_ANSWER)
            .collect()
            .await
            .is_err()
        {
            self.conn = None;
        }
        Ok(status)
    }
}

/// Where a send failed: before the receiver could have read the request (safe to send
/// again on a new connection) or after.
enum Sent {
    Before(String),
    After(String),
}

fn error_text(e: &hyper::Error) -> String {
    use std::error::Error;
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s
}

async fn connect(to: &Connect) -> Result<SendRequest<Full<Bytes>>, String> {
    let stream = match to {
        Connect::Addr(addr) => tokio::net::TcpStream::connect(addr).await,
        Connect::Localhost(port) => {
            match tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, *port)).await {
                Ok(s) => Ok(s),
                Err(_) => tokio::net::TcpStream::connect((Ipv6Addr::LOCALHOST, *port)).await,
            }
        }
        Connect::Name(host, port) => tokio::net::TcpStream::connect((host.as_str(), *port)).await,
    }
    .map_err(|e| format!("cannot connect: {e}"))?;
    let _ = stream.set_nodelay(true);
    let (sender, conn) = http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| error_text(&e))?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(sender)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(specs: &[&str]) -> Vec<AllowedHost> {
        specs
            .iter()
            .map(|s| AllowedHost::parse(s).unwrap())
            .collect()
    }

    #[test]
    fn loopback_only_by_default() {
        for (url, connect, path) in [
            (
                "http://127.0.0.1:9000/cb?x=1#frag",
                Connect::Addr("127.0.0.1:9000".parse().unwrap()),
                "/cb?x=1",
            ),
            (
                "http://127.8.9.10/",
                Connect::Addr("127.8.9.10:80".parse().unwrap()),
                "/",
            ),
            ("HTTP://LocalHost:81", Connect::Localhost(81), "/"),
            ("http://localhost?a=b", Connect::Localhost(80), "/?a=b"),
            (
                "http://[::1]:9000/x",
                Connect::Addr("[::1]:9000".parse().unwrap()),
                "/x",
            ),
            (
                "http://[::ffff:127.0.0.1]:9000/x",
                Connect::Addr("[::ffff:127.0.0.1]:9000".parse().unwrap()),
                "/x",
            ),
        ] {
            let t = target(url, &[]).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert_eq!((t.connect, t.path.as_str()), (connect, path), "{url}");
        }
        for url in [
            "http://example.com/cb",
            "http://192.0.2.1:9000/",
            "http://0.0.0.0:9000/",
            "http://[::2]:9000/",
            "http://127.1:9000/",
            "http://localhost.example.com/",
            "http://10.0.0.1/",
        ] {
            let why = target(url, &[]).unwrap_err();
            assert!(
                why.contains("not a loopback address") && why.contains("--allow-webhook-host"),
                "{url}: {why}"
            );
        }
    }

    #[test]
    fn the_operator_allows_hosts_and_ports() {
        let list = allowed(&["hooks.example.test", "192.0.2.7:9000", "[fd00::1]:8080"]);
        let t = target("http://Hooks.Example.Test:1234/a", &list).unwrap();
        assert_eq!(t.connect, Connect::Name("hooks.example.test".into(), 1234));
        assert_eq!(t.authority, "Hooks.Example.Test:1234");
        assert_eq!(
            target("http://192.0.2.7:9000/", &list).unwrap().connect,
            Connect::Addr("192.0.2.7:9000".parse().unwrap())
        );
        assert!(target("http://192.0.2.7:9001/", &list).is_err());
        assert!(target("http://192.0.2.7/", &list).is_err());
        assert!(target("http://[fd00::1]:8080/", &list).is_ok());
        assert!(target("http://[fd00::1]:8081/", &list).is_err());
        assert!(target("http://other.example.test/", &list).is_err());
    }

    #[test]
    fn refusals_say_why() {
        let https = target("https://127.0.0.1:9000/", &[]).unwrap_err();
        assert!(https.contains("http only"), "{https}");
        assert!(target("http://user:pw@127.0.0.1/", &[])
            .unwrap_err()
            .contains("credentials"));
        assert!(target("http://127.0.0.1:0/", &[])
            .unwrap_err()
            .contains("port"));
        assert!(target("http://127.0.0.1:65536/", &[])
            .unwrap_err()
            .contains("port"));
        assert!(target("http://127.0.0.1:12x/", &[])
            .unwrap_err()
            .contains("port"));
        for bad in [
            "",
            "127.0.0.1",
            "ftp://127.0.0.1/",
            "http://",
            "http://[::1/",
            "http://[zz]/",
            "http://a:b:c/",
        ] {
            assert!(target(bad, &[]).is_err(), "{bad}");
        }
    }

    #[test]
    fn allowed_host_specs() {
        assert_eq!(
            AllowedHost::parse(" Hooks.Example.Test:8080 ").unwrap(),
            AllowedHost {
                host: "hooks.example.test".into(),
                port: Some(8080)
            }
        );
        assert_eq!(AllowedHost::parse("[FD00::1]").unwrap().port, None);
        for bad in [
            "",
            ":80",
            "a:",
            "a:0",
            "a:70000",
            "fd00::1",
            "[fd00::1",
            "[nope]:80",
            "a b",
            "a/b",
            "a@b",
        ] {
            assert!(AllowedHost::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn xml_mapping_and_escaping() {
        let r: CapabilityResult = serde_json::from_value(serde_json::json!({
            "bulkId": "b<&>\"'",
            "messageId": "m",
            "phoneNumber": "441134960001",
            "code": "ENABLED",
            "options": {"platform": {"entityId": "e\u{1}\r"}, "list": [1, "two", null], "not a name": 1, "xmlns": "x", "n": null}
        }))
        .unwrap();
        assert_eq!(
            String::from_utf8(body(&r, Format::Xml).to_vec()).unwrap(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RcsCapabilityCheckResult><bulkId>b&lt;&amp;&gt;&quot;&apos;</bulkId><messageId>m</messageId><phoneNumber>441134960001</phoneNumber><code>ENABLED</code><options><list>1</list><list>two</list><list/><n/><platform><entityId>e\u{fffd}&#13;</entityId></platform></options></RcsCapabilityCheckResult>"
        );
        // JSON: the flat shape, members in the documented order
        assert_eq!(
            String::from_utf8(body(&r, Format::Json).to_vec()).unwrap(),
            r#"{"bulkId":"b<&>\"'","messageId":"m","phoneNumber":"441134960001","code":"ENABLED","options":{"platform":{"entityId":"e\u0001\r"},"list":[1,"two",null],"n":null,"not a name":1,"xmlns":"x"}}"#
        );
    }

    #[test]
    fn waits_double() {
        let p = WebhookPolicy {
            attempts: 5,
            backoff: Duration::from_millis(10),
            timeout: Duration::from_secs(1),
        };
        let waits: Vec<u128> = (1..=5).map(|n| p.wait_before(n).as_millis()).collect();
        assert_eq!(waits, [0, 10, 20, 40, 80]);
        assert_eq!(WebhookPolicy { attempts: 0, ..p }.clamped().attempts, 1);
        assert_eq!(
            WebhookPolicy { attempts: 99, ..p }.clamped().attempts,
            MAX_ATTEMPTS
        );
        assert_eq!(
            WebhookPolicy {
                backoff: Duration::MAX,
                ..p
            }
            .wait_before(9),
            Duration::MAX
        );
    }
}
