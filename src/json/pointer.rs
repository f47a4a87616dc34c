//! JSON pointers (RFC 6901): how every issue, duplicate key and parse error is located.
//!
//! ```
//! let mut p = String::from("/messages/0");
//! rcs_kit::json::pointer::push_segment(&mut p, "a/b~c");
//! assert_eq!(p, "/messages/0/a~1b~0c");
//! ```

/// Appends one reference token, escaping `~` and `/`, without the leading `/`.
pub fn push_token(out: &mut String, token: &str) {
    super::text::push_escaped(
        out,
        token,
        |b| b == b'~' || b == b'/',
        |b, out| out.push_str(if b == b'~' { "~0" } else { "~1" }),
    );
}

/// Appends `/` and one reference token.
pub fn push_segment(out: &mut String, token: &str) {
    out.push('/');
    push_token(out, token);
}

/// Appends `/` and an array index.
pub fn push_index(out: &mut String, i: usize) {
    out.push('/');
    out.push_str(&i.to_string());
}

/// The pointer made of `tokens`, each escaped.
///
/// ```
/// assert_eq!(rcs_kit::json::pointer::from_tokens(["messages", "0", "to/x"]), "/messages/0/to~1x");
/// ```
pub fn from_tokens<'t>(tokens: impl IntoIterator<Item = &'t str>) -> String {
    let mut out = String::new();
    for t in tokens {
        push_segment(&mut out, t);
    }
    out
}
