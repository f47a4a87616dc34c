//! Integer fields read as the API reads them.
//!
//! The API (Java, Jackson) reads an integral JSON number of any spelling (`30.0`, `1e2`,
//! `-0.0`) into an integer field as that integer, and the validator accepts it; so the
//! model reads it too, as the integer, and writes it back in integer spelling (`30`): the
//! same number. A number with a fraction (`1.5`), which the API would truncate, is an
//! error here as it is in the validator.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;

/// An `i64` read from any integral JSON number.
struct Whole(i64);

/// 2^63 as a double: the first integral double past `i64::MAX`.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Whole;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer (an integral number such as 30 or 30.0)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Whole, E> {
                Ok(Whole(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Whole, E> {
                i64::try_from(v)
                    .map(Whole)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Whole, E> {
                if v.fract() == 0.0 && (-TWO_POW_63..TWO_POW_63).contains(&v) {
                    Ok(Whole(v as i64))
                } else {
                    Err(E::invalid_value(de::Unexpected::Float(v), &self))
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// `deserialize_with` of an `i64` field.
pub(crate) fn int<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    Whole::deserialize(d).map(|w| w.0)
}

/// `deserialize_with` of an `Option<i64>` field (with `#[serde(default)]`: absent and
/// `null` are `None`).
pub(crate) fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Option::<Whole>::deserialize(d).map(|o| o.map(|w| w.0))
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct T {
        #[serde(deserialize_with = "super::int")]
        a: i64,
        #[serde(default, deserialize_with = "super::option")]
        b: Option<i64>,
    }

    fn read(s: &str) -> Result<T, String> {
        serde_json::from_str(s).map_err(|e| e.to_string())
    }

    #[test]
    fn integral_numbers_of_any_spelling() {
        for (text, a) in [
            ("30", 30),
            ("30.0", 30),
            ("1e2", 100),
            ("1.8e1", 18),
            ("-0.0", 0),
            ("3.0e0", 3),
            ("-2147483648", -2_147_483_648),
        ] {
            assert_eq!(
                read(&format!(r#"{{"a":{text}}}"#)),
                Ok(T { a, b: None }),
                "{text}"
            );
        }
        assert_eq!(read(r#"{"a":1,"b":2.0}"#), Ok(T { a: 1, b: Some(2) }));
        assert_eq!(read(r#"{"a":1,"b":null}"#), Ok(T { a: 1, b: None }));
    }

    #[test]
    fn fractions_and_other_types_are_errors() {
        for text in [
            "1.5",
            "-0.5",
            "1e-7",
            "\"3\"",
            "true",
            "1e19",
            "18446744073709551615",
        ] {
            assert!(read(&format!(r#"{{"a":{text}}}"#)).is_err(), "{text}");
        }
        assert!(read(r#"{"a":1,"b":2.5}"#).is_err());
    }
}
