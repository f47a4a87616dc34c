//! `{{name}}` placeholders in a string: the parser every template check and the renderer
//! share.
//!
//! A placeholder is `{{`, optional spaces, a name, optional spaces, `}}`. A name starts
//! with an ASCII letter or `_` and continues with ASCII letters, digits, `_`, `.` or `-`
//! (1 to 64 characters). Text outside placeholders is kept as written, including a lone
//! `}}`; a `{{` that does not open a well-formed placeholder is an error, so a typo
//! never goes out to a recipient as literal braces.

use crate::limits;

/// A piece of a templated string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'s> {
    /// Text kept as written.
    Text(&'s str),
    /// A placeholder: the variable's name, and the byte offset of its `{{`.
    Var(&'s str, usize),
}

/// Why a string's placeholders cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceholderError {
    /// `{{` without a closing `}}`, at this byte offset.
    Unterminated(usize),
    /// `{{…}}` whose content is not a name: the offset and the content.
    BadName(usize, String),
}

/// Splits `s` into text and placeholders.
///
/// ```
/// use rcs_kit::template::placeholder::{parse, Part};
/// assert_eq!(parse("Hi {{ firstName }}!").unwrap(),
///     vec![Part::Text("Hi "), Part::Var("firstName", 3), Part::Text("!")]);
/// assert!(parse("Hi {{firstName").is_err());
/// assert!(parse("{{two words}}").is_err());
/// assert_eq!(parse("a }} b").unwrap(), vec![Part::Text("a }} b")]);
/// ```
///
/// # Errors
/// The first `{{` that does not open a well-formed placeholder.
pub fn parse(s: &str) -> Result<Vec<Part<'_>>, PlaceholderError> {
    let mut parts = Vec::new();
    let mut rest = s;
    let mut base = 0;
    while let Some(open) = rest.find("{{") {
        if open > 0 {
            parts.push(Part::Text(rest.get(..open).unwrap_or_default()));
        }
        let at = base + open;
        let after = rest.get(open + 2..).unwrap_or_default();
        let Some(close) = after.find("}}") else {
            return Err(PlaceholderError::Unterminated(at));
        };
        let inner = after.get(..close).unwrap_or_default();
        let name = inner.trim_matches(' ');
        if !is_name(name) {
            return Err(PlaceholderError::BadName(at, inner.to_string()));
        }
        parts.push(Part::Var(name, at));
        let consumed = open + 2 + close + 2;
        rest = rest.get(consumed..).unwrap_or_default();
        base += consumed;
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest));
    }
    Ok(parts)
}

/// Whether `s` may name a variable.
///
/// ```
/// use rcs_kit::template::placeholder::is_name;
/// assert!(is_name("order.id") && is_name("_x1") && !is_name("1st") && !is_name(""));
/// ```
pub fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    first_ok
        && s.len() <= limits::TEMPLATE_VARIABLE_NAME.max as usize
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Whether `s` has a `{{` at all (the cheap test before [`parse`]).
pub fn has_placeholder(s: &str) -> bool {
    s.contains("{{")
}

/// `parts` with each variable replaced by `value(name)`.
///
/// ```
/// use rcs_kit::template::placeholder::{parse, render};
/// let parts = parse("Hi {{name}}, {{name}}!").unwrap();
/// assert_eq!(render(&parts, |_| "Ada".into()), "Hi Ada, Ada!");
/// ```
pub fn render(parts: &[Part<'_>], mut value: impl FnMut(&str) -> String) -> String {
    let mut out = String::new();
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Var(name, _) => out.push_str(&value(name)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_errors() {
        assert_eq!(
            parse("{{a}}{{ b }}").unwrap_or_default(),
            vec![Part::Var("a", 0), Part::Var("b", 5)]
        );
        assert_eq!(parse("x {{"), Err(PlaceholderError::Unterminated(2)));
        assert_eq!(
            parse("x {{}}"),
            Err(PlaceholderError::BadName(2, String::new()))
        );
        assert_eq!(
            parse("{{ a }} {{b c}}"),
            Err(PlaceholderError::BadName(8, "b c".into()))
        );
        assert_eq!(parse("").unwrap_or_default(), Vec::<Part<'_>>::new());
        let long = format!("{{{{{}}}}}", "a".repeat(65));
        assert!(parse(&long).is_err());
        // multi-byte text around placeholders
        assert_eq!(
            parse("é{{x}}字").unwrap_or_default(),
            vec![Part::Text("é"), Part::Var("x", 2), Part::Text("字")]
        );
    }
}
