//! Small helpers for building and reaching into `serde_json` values without panicking.

use serde_json::{Map, Value};

/// An object from `(name, value)` pairs, in the given order of insertion.
pub fn obj<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    let mut map = Map::new();
    for (k, v) in pairs {
        map.insert(k.to_owned(), v);
    }
    Value::Object(map)
}

/// A string value.
pub fn s(text: impl Into<String>) -> Value {
    Value::String(text.into())
}

/// Sets `name` in `value` if it is an object.
pub fn set(value: &mut Value, name: &str, member: Value) {
    if let Some(map) = value.as_object_mut() {
        map.insert(name.to_owned(), member);
    }
}

/// Removes `name` from `value` if it is an object.
pub fn remove(value: &mut Value, name: &str) -> Option<Value> {
    value.as_object_mut().and_then(|m| m.remove(name))
}

/// The member `name` of the object `value`, created as `{}` when absent.
pub fn child<'a>(value: &'a mut Value, name: &str) -> Option<&'a mut Value> {
    let map = value.as_object_mut()?;
    Some(
        map.entry(name.to_owned())
            .or_insert_with(|| Value::Object(Map::new())),
    )
}

/// The string member `name` of `value`, or `""`.
pub fn str_of<'a>(value: &'a Value, name: &str) -> &'a str {
    value.get(name).and_then(Value::as_str).unwrap_or("")
}

/// The length of the array at `name` in `value` (0 when absent or not an array).
pub fn len_of(value: &Value, name: &str) -> usize {
    value
        .get(name)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}
