//! The table-driven part of validation: types, required and unknown fields, enums,
//! lengths, counts and formats, as [`schema`](crate::schema) describes them.

use crate::context::Ctx;
use crate::format;
use crate::json::{sort_by_key, JsonStr, NodeId, Value};
use crate::limits::{Limit, Unit};
use crate::message::{Message, Msg, Param};
use crate::report::clip;
use crate::rules::fields;
use crate::schema::{
    Array, Direction, Enumeration, Format, Object, Presence, Str, Type, Union, ANY_MEMBER,
};
use crate::time;

/// Most fields one object of the schema may have (presence is a bit set).
const MAX_FIELDS: usize = 64;

// ---- The walk's messages (the families every table shares) ----

/// A value of the wrong JSON type.
pub static MISMATCH: Msg = Msg::for_rule(
    &crate::rules::fields::TYPE_MISMATCH,
    "expected {expected}, found {found}",
);
/// A number where the API wants an integer, which it would truncate.
pub static TRUNCATED: Msg = Msg::new(
    "type.truncated",
    "expected an integer, found the number {raw}, which the API would truncate to {value}",
);
/// JSON `null`.
pub static T_NULL: Msg = Msg::new("type.null", "null");
/// A JSON boolean.
pub static T_BOOLEAN: Msg = Msg::new("type.boolean", "a boolean");
/// A JSON number.
pub static T_NUMBER: Msg = Msg::new("type.number", "a number");
/// A JSON string.
pub static T_STRING: Msg = Msg::new("type.string", "a string");
/// A JSON array.
pub static T_ARRAY: Msg = Msg::new("type.array", "an array");
/// A JSON object.
pub static T_OBJECT: Msg = Msg::new("type.object", "an object");
/// What a boolean field takes.
pub static T_TRUE_OR_FALSE: Msg = Msg::new("type.true_or_false", "true or false");
/// What a free-form field takes.
pub static T_ANY: Msg = Msg::new("type.any", "any JSON value");
/// What an integer field takes.
pub static T_INTEGER: Msg = Msg::new("type.integer", "an integer");
/// An object of a named shape.
pub static T_OBJECT_OF: Msg = Msg::new("type.object_of", "an object ({name})");
/// A string of an enumeration or a union tag.
pub static T_STRING_ONE_OF: Msg = Msg::new("type.string_one_of", "a string: one of {values}");
/// A value of an enumeration (in the description of a missing field).
pub static T_ONE_OF: Msg = Msg::new("type.one_of", "one of {values}");
/// The number found.
pub static FOUND_NUMBER: Msg = Msg::new("found.number", "the number {raw}");
/// The string found.
pub static FOUND_STRING: Msg = Msg::new("found.string", "the string \"{value}\"");
/// A long list cut short.
pub static LIST_MORE: Msg = Msg::new("list.more", "{values}, and {more} more");

/// The value checked, by its member name.
pub static SUBJECT_FIELD: Msg = Msg::new("subject.field", "`{field}`");
/// The value checked, by its index in an array.
pub static SUBJECT_ITEM: Msg = Msg::new("subject.item", "item {index}");
/// The whole body.
pub static SUBJECT_BODY: Msg = Msg::new("subject.body", "the body");
/// An object by the tag of its union: "this REPLY suggestion".
pub static OBJECT_TAGGED: Msg = Msg::new("object.tagged", "this {tag} {kind}");
/// An object by its shape: "the delivery time window".
pub static OBJECT_NAMED: Msg = Msg::new("object.named", "the {kind}");

/// A number above its maximum, in a unit.
pub static ABOVE_MAX: Msg = Msg::new(
    "range.above_max",
    "{subject} is {value}, above the maximum of {max} {unit}",
);
/// A plain number above its maximum.
pub static ABOVE_MAX_PLAIN: Msg = Msg::new(
    "range.above_max_plain",
    "{subject} is {value}, above the maximum of {max}",
);
/// A number below its minimum, in a unit.
pub static BELOW_MIN: Msg = Msg::new(
    "range.below_min",
    "{subject} is {value}, below the minimum of {min} {unit}",
);
/// A plain number below its minimum.
pub static BELOW_MIN_PLAIN: Msg = Msg::new(
    "range.below_min_plain",
    "{subject} is {value}, below the minimum of {min}",
);
/// Characters.
pub static UNIT_CHARS: Msg = Msg::new("unit.chars", "characters");
/// Bytes.
pub static UNIT_BYTES: Msg = Msg::new("unit.bytes", "bytes");
/// Items.
pub static UNIT_ITEMS: Msg = Msg::new("unit.items", "items");
/// Degrees.
pub static UNIT_DEGREES: Msg = Msg::new("unit.degrees", "degrees");
/// Hours.
pub static UNIT_HOURS: Msg = Msg::new("unit.hours", "hours");
/// Seconds.
pub static UNIT_SECONDS: Msg = Msg::new("unit.seconds", "seconds");
/// Minutes.
pub static UNIT_MINUTES: Msg = Msg::new("unit.minutes", "minutes");
/// Days.
pub static UNIT_DAYS: Msg = Msg::new("unit.days", "days");

/// A required field left out.
pub static REQUIRED: Msg = Msg::for_rule(
    &fields::REQUIRED,
    "`{field}` ({type}) is required in {object}; add it",
);
/// An expected field left out.
pub static EXPECTED: Msg = Msg::new("field.expected", "`{field}` is missing: {why}");
/// `null` for an optional field of a request.
pub static NULL: Msg = Msg::for_rule(
    &fields::NULL,
    "`{field}` is null; omit an optional field instead of sending null",
);
/// `null` for an optional field of a body the API sends.
pub static NULL_READ_AS_ABSENT: Msg = Msg::new(
    "field.null_read_as_absent",
    "`{field}` is null; read as absent",
);
/// A field of the legacy API.
pub static LEGACY: Msg = Msg::for_rule(
    &crate::rules::fields::LEGACY,
    "`{field}` belongs to the legacy /ott/rcs/1 API; in /rcs/2/messages use {instead}",
);
/// A field only Google's RBM API has.
pub static GOOGLE_ONLY: Msg = Msg::for_rule(
    &crate::rules::fields::GOOGLE_ONLY,
    "`{field}` ({what}) is Google RBM's, not yet in Infobip's API: the API ignores or rejects it",
);
/// A member the object does not have.
pub static UNKNOWN: Msg = Msg::for_rule(
    &crate::rules::fields::UNKNOWN,
    "`{field}` is not a field of {object}; {fate}{hint}",
);
/// What happens to an unknown member of a body the API sends.
pub static FATE_KEPT: Msg = Msg::new("field.unknown.kept", "kept as is");
/// What happens to an unknown member of a request.
pub static FATE_REJECTED: Msg = Msg::new("field.unknown.rejected", "the API ignores or rejects it");
/// No hint.
pub static HINT_NONE: Msg = Msg::new("hint.none", "");
/// A field of the same name in another case.
pub static HINT_DID_YOU_MEAN: Msg = Msg::new("hint.did_you_mean", "; did you mean `{field}`?");
/// An object without fields.
pub static HINT_NO_FIELDS: Msg = Msg::new("hint.no_fields", "; this object has no other fields");
/// The fields the object has.
pub static HINT_KNOWN_FIELDS: Msg = Msg::new("hint.known_fields", "; known fields: {fields}");
/// An enumeration value in another case.
pub static HINT_CASE: Msg = Msg::new("hint.case", " (values are case-sensitive: \"{value}\")");

/// A union without its `type`.
pub static TAG_MISSING: Msg = Msg::new("tag.missing", "`type` is required here: one of {values}");
/// A tag an open union does not list.
pub static TAG_UNLISTED: Msg = Msg::new(
    "tag.unlisted",
    "\"{value}\" is not a {kind} type the spec lists ({values}); kept as is, not checked",
);
/// A tag a closed union does not have.
pub static TAG_UNKNOWN: Msg = Msg::new(
    "tag.unknown",
    "unknown {kind} type \"{value}\"; use one of {values}",
);
/// A value an open enumeration does not list.
pub static ENUM_UNLISTED: Msg = Msg::new(
    "enum.unlisted",
    "\"{value}\" is not a {kind} the spec lists ({values}); kept as is",
);
/// A value a closed enumeration does not have.
pub static ENUM_INVALID: Msg = Msg::new(
    "enum.invalid",
    "\"{value}\" is not a valid {kind}; use one of {values}{hint}",
);

/// An array with too many items.
pub static TOO_MANY: Msg = Msg::new(
    "count.too_many",
    "{subject} has {n} items; at most {max} are allowed: remove {excess}",
);
/// An array with too few items.
pub static TOO_FEW: Msg = Msg::new(
    "count.too_few",
    "{subject} has {n} items; at least {min} are required",
);
/// An array with one item where more are required.
pub static TOO_FEW_ONE: Msg = Msg::new(
    "count.too_few_one",
    "{subject} has 1 item; at least {min} are required",
);
/// An empty array where one item is required.
pub static EMPTY_ARRAY: Msg = Msg::new(
    "count.empty",
    "{subject} has 0 items; at least 1 is required",
);
/// A string with too many characters.
pub static TOO_LONG: Msg = Msg::new(
    "length.too_long",
    "{subject} has {n} characters; at most {max} are allowed: shorten it by {excess}",
);
/// An empty string that must not be.
pub static EMPTY: Msg = Msg::new("length.empty", "{subject} must not be empty");
/// A string with too few characters.
pub static TOO_SHORT: Msg = Msg::new(
    "length.too_short",
    "{subject} has {n} characters; at least {min} are required",
);
/// A string within its limit in characters but not in UTF-16 units.
pub static UTF16_OVER: Msg = Msg::new(
    "length.utf16_over",
    "{subject} has {n} characters but {units} UTF-16 code units: over the limit of {max} if the API counts UTF-16 units, as Java does",
);

/// The walk's messages, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &MISMATCH,
    &TRUNCATED,
    &T_NULL,
    &T_BOOLEAN,
    &T_NUMBER,
    &T_STRING,
    &T_ARRAY,
    &T_OBJECT,
    &T_TRUE_OR_FALSE,
    &T_ANY,
    &T_INTEGER,
    &T_OBJECT_OF,
    &T_STRING_ONE_OF,
    &T_ONE_OF,
    &FOUND_NUMBER,
    &FOUND_STRING,
    &LIST_MORE,
    &SUBJECT_FIELD,
    &SUBJECT_ITEM,
    &SUBJECT_BODY,
    &OBJECT_TAGGED,
    &OBJECT_NAMED,
    &ABOVE_MAX,
    &ABOVE_MAX_PLAIN,
    &BELOW_MIN,
    &BELOW_MIN_PLAIN,
    &UNIT_CHARS,
    &UNIT_BYTES,
    &UNIT_ITEMS,
    &UNIT_DEGREES,
    &UNIT_HOURS,
    &UNIT_SECONDS,
    &UNIT_MINUTES,
    &UNIT_DAYS,
    &REQUIRED,
    &EXPECTED,
    &NULL,
    &NULL_READ_AS_ABSENT,
    &LEGACY,
    &GOOGLE_ONLY,
    &UNKNOWN,
    &FATE_KEPT,
    &FATE_REJECTED,
    &HINT_NONE,
    &HINT_DID_YOU_MEAN,
    &HINT_NO_FIELDS,
    &HINT_KNOWN_FIELDS,
    &HINT_CASE,
    &TAG_MISSING,
    &TAG_UNLISTED,
    &TAG_UNKNOWN,
    &ENUM_UNLISTED,
    &ENUM_INVALID,
    &TOO_MANY,
    &TOO_FEW,
    &TOO_FEW_ONE,
    &EMPTY_ARRAY,
    &TOO_LONG,
    &EMPTY,
    &TOO_SHORT,
    &UTF16_OVER,
];

/// How a message names a JSON value's type.
fn type_msg(v: &Value<'_>) -> &'static Msg {
    match v {
        Value::Null => &T_NULL,
        Value::Bool(_) => &T_BOOLEAN,
        Value::Number { .. } => &T_NUMBER,
        Value::String(_) => &T_STRING,
        Value::Array { .. } => &T_ARRAY,
        Value::Object { .. } => &T_OBJECT,
    }
}

/// How a message names a unit (`None` for a plain number).
fn unit_msg(unit: Unit) -> Option<&'static Msg> {
    Some(match unit {
        Unit::Chars => &UNIT_CHARS,
        Unit::Bytes => &UNIT_BYTES,
        Unit::Items => &UNIT_ITEMS,
        Unit::Degrees => &UNIT_DEGREES,
        Unit::Number => return None,
        Unit::Hours => &UNIT_HOURS,
        Unit::Seconds => &UNIT_SECONDS,
        Unit::Minutes => &UNIT_MINUTES,
        Unit::Days => &UNIT_DAYS,
    })
}

impl<'a> Ctx<'_, 'a> {
    fn mismatch(&mut self, expected: Message, found: Value<'_>) {
        let found = match found {
            Value::Number { raw, .. } => FOUND_NUMBER.with("raw", clip(raw)),
            Value::String(s) => FOUND_STRING.with("value", clip(&s.decode())),
            other => type_msg(&other).message(),
        };
        self.report(
            &fields::TYPE_MISMATCH,
            MISMATCH.with("expected", expected).with("found", found),
        );
    }

    /// Checks `node` against a type.
    pub(super) fn check_type(&mut self, node: NodeId, ty: &'static Type) {
        match ty {
            Type::Object(o) => self.check_object(node, o),
            Type::Union(u) => self.check_union(node, u),
            Type::Switch(w) => {
                let shape = if self.get(node, w.member).is_some() {
                    w.present
                } else {
                    w.absent
                };
                self.check_object(node, shape);
            }
            Type::Array(a) => self.check_array(node, a),
            Type::String(s) => self.check_string(node, s),
            Type::Enum(e) => self.check_enum(node, e),
            Type::Any => {}
            Type::Bool => {
                let v = self.doc().value(node);
                if !matches!(v, Value::Bool(_)) {
                    self.mismatch(T_TRUE_OR_FALSE.message(), v);
                }
            }
            Type::Integer(limit) => {
                // The API (Jackson) reads an integral number of any spelling (`30.0`,
                // `1e2`) as that integer, as JSON Schema does, and truncates `1.5`; a body
                // the API sends is read by the typed model (serde): integer text only.
                let api = self.direction() == Direction::Outbound;
                match self.doc().value(node) {
                    Value::Number { value, raw }
                        if value.fract() == 0.0 && (api || !raw.contains(['.', 'e', 'E'])) =>
                    {
                        self.check_range(value, *limit)
                    }
                    Value::Number { value, raw } if api => self.report(
                        &fields::TYPE_MISMATCH,
                        TRUNCATED
                            .with("raw", clip(raw))
                            .with("value", value.trunc()),
                    ),
                    v => self.mismatch(T_INTEGER.message(), v),
                }
            }
            Type::Number(limit) => match self.doc().value(node) {
                Value::Number { value, .. } => self.check_range(value, *limit),
                v => self.mismatch(T_NUMBER.message(), v),
            },
        }
    }

    /// Reports that a value broke `limit` (above its maximum when `over`), through the
    /// rule the limits table declares for that side.
    fn limit_issue(&mut self, limit: &'static Limit, over: bool, actual: f64, message: Message) {
        let (rule, bound) = if over {
            (limit.over.as_ref(), limit.max)
        } else {
            (limit.under.as_ref(), limit.min)
        };
        // Every limit the walk checks declares each side a value can break (the
        // catalogue's tests walk every table), except the range of a type (a u32 count):
        // a value outside that is not of the type.
        let rule = rule.unwrap_or(&fields::TYPE_MISMATCH);
        self.report_bounded(rule, bound as f64, actual, message);
    }

    fn check_range(&mut self, value: f64, limit: Option<&'static Limit>) {
        let Some(limit) = limit else { return };
        let unit = unit_msg(limit.unit);
        let over = value > limit.max as f64;
        if !over && value >= limit.min as f64 {
            return;
        }
        let message = match (over, unit) {
            (true, Some(u)) => ABOVE_MAX.message().with("unit", u.message()),
            (true, None) => ABOVE_MAX_PLAIN.message(),
            (false, Some(u)) => BELOW_MIN.message().with("unit", u.message()),
            (false, None) => BELOW_MIN_PLAIN.message(),
        };
        let message = message
            .with("subject", self.subject())
            .with("value", value)
            .with(
                if over { "max" } else { "min" },
                if over { limit.max } else { limit.min },
            );
        self.limit_issue(limit, over, value, message);
    }

    /// Checks that `node` is an object of shape `obj`, then runs its cross-field rules.
    pub(super) fn check_object(&mut self, node: NodeId, obj: &'static Object) {
        self.check_members(node, obj, None);
    }

    fn check_members(&mut self, node: NodeId, obj: &'static Object, tag: Option<(&str, &Union)>) {
        let v = self.doc().value(node);
        if !matches!(v, Value::Object { .. }) {
            self.mismatch(T_OBJECT_OF.with("name", obj.name), v);
            return;
        }
        let mut seen: u64 = 0;
        let doc = self.doc();
        let has_duplicates = !doc.duplicates().is_empty();
        let overridden = if has_duplicates {
            self.overridden_members(node)
        } else {
            Vec::new()
        };
        for (key, child) in doc.members(node) {
            if self.is_full() {
                return;
            }
            if tag.is_some() && key.eq_str("type") {
                continue;
            }
            // A repeated key was reported by the parser; check only one of its values.
            if has_duplicates && overridden.binary_search(&child).is_ok() {
                continue;
            }
            // A key without escapes is compared as it is; a key named `*` then finds the
            // field standing for any member, as it does below.
            let named = match key.plain() {
                Some(k) => obj.fields.iter().enumerate().find(|(_, f)| f.name == k),
                None => obj
                    .fields
                    .iter()
                    .enumerate()
                    .find(|(_, f)| f.name != ANY_MEMBER && key.eq_str(f.name)),
            };
            let found = named.or_else(|| {
                obj.fields
                    .iter()
                    .enumerate()
                    .find(|(_, f)| f.name == ANY_MEMBER)
            });
            self.enter_key(key);
            match found {
                Some((i, field)) => {
                    if i < MAX_FIELDS {
                        seen |= 1 << i;
                    }
                    let null = matches!(doc.value(child), Value::Null);
                    if null && field.nullable {
                        // `null` is one of its values ("not charged", ...).
                    } else if null && !field.required() {
                        self.null_field(field.name);
                    } else {
                        self.check_type(child, &field.ty);
                    }
                }
                None => self.unknown_member(key, obj, tag),
            }
            self.leave();
        }
        for (i, f) in obj.fields.iter().enumerate() {
            if i >= MAX_FIELDS || seen & (1 << i) != 0 {
                continue;
            }
            match f.presence {
                Presence::Optional => {}
                Presence::Required => {
                    let message = REQUIRED
                        .with("field", f.name)
                        .with("type", describe(&f.ty))
                        .with("object", label(obj, tag));
                    self.report(&fields::REQUIRED, message);
                }
                Presence::Expected(why) => {
                    self.report(
                        &fields::EXPECTED,
                        EXPECTED.with("field", f.name).with("why", why),
                    );
                }
            }
        }
        for rule in obj.rules {
            (rule.run)(self, node);
        }
    }

    /// The members of `obj` the walk skips because their key is repeated: it checks the
    /// value the body's reader keeps, the first for a request, the last (as serde reads
    /// it) for a body the API sends. Sorted; O(n log n) however many keys repeat.
    fn overridden_members(&self, obj: NodeId) -> Vec<NodeId> {
        let doc = self.doc();
        let mut out: Vec<NodeId> = match self.direction() {
            Direction::Outbound => doc
                .members(obj)
                .map(|(_, c)| c)
                .filter(|c| doc.is_duplicate(*c))
                .collect(),
            Direction::Inbound => {
                // Sorted by key, then by position: every member but the last of its key
                // is overridden. The crate's own sort keeps std's out of the wasm build.
                let mut members: Vec<_> = doc.members(obj).map(|(k, c)| (k.decode(), c)).collect();
                sort_by_key(&mut members, |(k, c)| (k.clone(), *c));
                members
                    .windows(2)
                    .filter_map(|w| match w {
                        [(a, c), (b, _)] if a == b => Some(*c),
                        _ => None,
                    })
                    .collect()
            }
        };
        sort_by_key(&mut out, |c| *c);
        out
    }

    /// `null` for a field that may be left out.
    fn null_field(&mut self, name: &str) {
        match self.direction() {
            // The API's models have no nulls, and a null cannot round-trip through the
            // typed model: omit the field instead.
            Direction::Outbound => self.report(&fields::NULL, NULL.with("field", name)),
            Direction::Inbound => self.report(
                &fields::NULL_READ_AS_ABSENT,
                NULL_READ_AS_ABSENT.with("field", name),
            ),
        }
    }

    fn unknown_member(&mut self, key: JsonStr<'_>, obj: &Object, tag: Option<(&str, &Union)>) {
        let name = key.decode();
        if let Some(l) = obj.legacy.iter().find(|l| l.name == name) {
            self.report(
                &fields::LEGACY,
                LEGACY
                    .with("field", name.as_ref())
                    .with("instead", l.instead),
            );
            return;
        }
        if let Some((_, _, what)) = crate::schema::request::GOOGLE_ONLY
            .iter()
            .find(|(o, n, _)| std::ptr::eq(*o, obj) && *n == name)
        {
            self.report(
                &fields::GOOGLE_ONLY,
                GOOGLE_ONLY.with("field", name.as_ref()).with("what", *what),
            );
            return;
        }
        let known = obj
            .fields
            .iter()
            .map(|f| f.name)
            .collect::<Vec<_>>()
            .join(", ");
        let close = obj
            .fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(&name));
        let inbound = self.direction() == Direction::Inbound;
        let hint = match close {
            Some(f) => HINT_DID_YOU_MEAN.with("field", f.name),
            // A member the API added: the list of the others would not help.
            None if inbound => HINT_NONE.message(),
            None if known.is_empty() => HINT_NO_FIELDS.message(),
            None => HINT_KNOWN_FIELDS.with("fields", known),
        };
        let fate = if inbound { &FATE_KEPT } else { &FATE_REJECTED };
        self.report(
            &fields::UNKNOWN,
            UNKNOWN
                .with("field", clip(&name))
                .with("object", label(obj, tag))
                .with("fate", fate.message())
                .with("hint", hint),
        );
    }

    fn check_union(&mut self, node: NodeId, u: &'static Union) {
        let v = self.doc().value(node);
        if !matches!(v, Value::Object { .. }) {
            self.mismatch(T_OBJECT_OF.with("name", u.name), v);
            return;
        }
        let doc = self.doc();
        let Some(tag_node) = self.get(node, "type") else {
            self.report(&u.missing, TAG_MISSING.with("values", u.tags()));
            return;
        };
        let Some(tag) = doc.str(tag_node) else {
            self.enter_key(JsonStr::new("type", false));
            self.mismatch(
                T_STRING_ONE_OF.with("values", u.tags()),
                doc.value(tag_node),
            );
            self.leave();
            return;
        };
        match u.variants.iter().find(|(t, _)| *t == tag) {
            Some((t, obj)) => self.check_members(node, obj, Some((t, u))),
            None => {
                self.enter_key(JsonStr::new("type", false));
                let message = if u.open {
                    TAG_UNLISTED
                        .with("value", clip(&tag))
                        .with("kind", words(u.name))
                        .with("values", u.tags())
                } else {
                    TAG_UNKNOWN
                        .with("kind", u.name)
                        .with("value", clip(&tag))
                        .with("values", u.tags())
                };
                self.report(&u.invalid, message);
                self.leave();
            }
        }
    }

    fn check_array(&mut self, node: NodeId, a: &'static Array) {
        let v = self.doc().value(node);
        if !matches!(v, Value::Array { .. }) {
            self.mismatch(T_ARRAY.message(), v);
            return;
        }
        let n = self.doc().len(node);
        if let Some(limit) = a.count {
            if n as i64 > limit.max {
                let message = TOO_MANY
                    .with("subject", self.subject())
                    .with("n", n)
                    .with("max", limit.max)
                    .with("excess", n as i64 - limit.max);
                self.limit_issue(limit, true, n as f64, message);
            } else if (n as i64) < limit.min {
                // n < min: with a minimum of 1 the array is empty.
                let message = match (n, limit.min) {
                    (_, 1) => EMPTY_ARRAY.message(),
                    (1, _) => TOO_FEW_ONE.message(),
                    _ => TOO_FEW.with("n", n),
                };
                let message = message
                    .with("subject", self.subject())
                    .with("min", limit.min);
                self.limit_issue(limit, false, n as f64, message);
            }
        }
        let doc = self.doc();
        for (i, child) in doc.children(node).enumerate() {
            if self.is_full() {
                return;
            }
            self.enter_index(i);
            self.check_type(child, &a.items);
            self.leave();
        }
    }

    fn check_enum(&mut self, node: NodeId, e: &'static Enumeration) {
        let doc = self.doc();
        let Some(s) = doc.str(node) else {
            self.mismatch(
                T_STRING_ONE_OF.with("values", listed(e.values)),
                doc.value(node),
            );
            return;
        };
        if e.open && !e.values.contains(&s.as_ref()) {
            self.report(
                &e.invalid,
                ENUM_UNLISTED
                    .with("value", clip(&s))
                    .with("kind", e.name)
                    .with("values", listed(e.values)),
            );
        } else if !e.values.contains(&s.as_ref()) {
            let hint = e
                .values
                .iter()
                .find(|v| v.eq_ignore_ascii_case(&s))
                .map_or_else(|| HINT_NONE.message(), |v| HINT_CASE.with("value", *v));
            self.report(
                &e.invalid,
                ENUM_INVALID
                    .with("value", clip(&s))
                    .with("kind", e.name)
                    .with("values", e.values.join(", "))
                    .with("hint", hint),
            );
        }
    }

    fn check_string(&mut self, node: NodeId, rule: &'static Str) {
        let s = match self.doc().value(node) {
            Value::String(s) => s,
            v => {
                self.mismatch(T_STRING.message(), v);
                return;
            }
        };
        if let Some(limit) = rule.len {
            if !matches!(rule.format, Format::Phone(_)) {
                self.check_length(&s, limit);
            }
        }
        match &rule.format {
            Format::Any => {}
            Format::HttpUrl { invalid, scheme } => {
                if let Err(why) = format::check_http_url(&s.decode()) {
                    self.report(if why.scheme { scheme } else { invalid }, why.msg);
                }
            }
            Format::Phone(invalid) => {
                let (min, max) = rule.len.map_or((1, 64), |l| (l.min, l.max));
                if let Err(message) = format::phone(&s.decode(), min, max) {
                    self.report(invalid, message);
                }
            }
            Format::DateTime(invalid) => {
                if let Err(message) = time::date_time(&s.decode()) {
                    self.report(invalid, message);
                }
            }
        }
    }

    fn check_length(&mut self, s: &JsonStr<'_>, limit: &'static Limit) {
        let max = usize::try_from(limit.max).unwrap_or(usize::MAX);
        let min = usize::try_from(limit.min).unwrap_or(0);
        // A non-empty string has at least one character, and one of at most `max` bytes
        // (or UTF-16 units) has at most `max` characters: most strings are decided without
        // counting, and a host string without fetching it.
        if min <= usize::from(!s.is_empty()) && s.max_chars() <= max {
            return;
        }
        // Counted once, only when the byte length cannot decide.
        let n = s.char_count();
        if n > max {
            let message = TOO_LONG
                .with("subject", self.subject())
                .with("n", n)
                .with("max", max)
                .with("excess", n - max);
            self.limit_issue(limit, true, n as f64, message);
        } else if n < min {
            if min == 1 && is_text(limit) && self.options().allow_empty_text {
                return;
            }
            let message = if n == 0 {
                EMPTY.with("subject", self.subject())
            } else {
                TOO_SHORT
                    .with("subject", self.subject())
                    .with("n", n)
                    .with("min", min)
            };
            self.limit_issue(limit, false, n as f64, message);
        } else if n.saturating_mul(2) > max {
            // Within the limit in characters; perhaps not in what Java counts (a character
            // is one or two UTF-16 units, so only a text longer than half the limit can be
            // over it in units).
            let units = s.utf16_len_of(n);
            if units > max {
                let message = UTF16_OVER
                    .with("subject", self.subject())
                    .with("n", n)
                    .with("units", units)
                    .with("max", max);
                self.report_bounded(&fields::UTF16_LENGTH, max as f64, units as f64, message);
            }
        }
    }
}

/// How messages name an object: "this REPLY suggestion", "the message", ...
fn label(obj: &Object, tag: Option<(&str, &Union)>) -> Message {
    match tag {
        Some((t, u)) => OBJECT_TAGGED.with("tag", t).with("kind", words(u.name)),
        None => OBJECT_NAMED.with("kind", words(obj.name)),
    }
}

/// `DeliveryTimeWindow` → `delivery time window`; acronyms stay (`MmsSegment` → `MMS segment`).
fn words(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    // Acronyms in type names: "mms segment" → "MMS segment".
    out.split(' ')
        .map(|w| match w {
            "mms" | "sms" | "url" => w.to_ascii_uppercase(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A short description of a type, for messages.
fn describe(ty: &Type) -> Message {
    match ty {
        Type::String(_) => T_STRING.message(),
        Type::Bool => T_TRUE_OR_FALSE.message(),
        Type::Any => T_ANY.message(),
        Type::Integer(_) => T_INTEGER.message(),
        Type::Number(_) => T_NUMBER.message(),
        Type::Enum(e) => T_ONE_OF.with("values", e.values.join(", ")),
        Type::Object(o) => T_OBJECT_OF.with("name", o.name),
        Type::Array(_) => T_ARRAY.message(),
        Type::Union(u) => T_OBJECT_OF.with("name", u.name),
        Type::Switch(w) => T_OBJECT_OF.with("name", w.name),
    }
}

/// An enumeration's values for a message: all of them, or for a long open list (the 53
/// capability-check statuses) the first 16 and how many more, so that a message stays
/// readable.
fn listed(values: &[&str]) -> Param {
    const SHOWN: usize = 16;
    match values.get(SHOWN..) {
        Some(rest) if !rest.is_empty() => LIST_MORE
            .with(
                "values",
                values
                    .iter()
                    .take(SHOWN)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .with("more", rest.len())
            .into(),
        _ => values.join(", ").into(),
    }
}

/// Whether `limit` is [`TEXT`](crate::limits::TEXT)'s, by its rule (its id is left out of
/// the WebAssembly build).
fn is_text(limit: &crate::limits::Limit) -> bool {
    limit.under.map(|r| r.code) == crate::limits::TEXT.under.map(|r| r.code)
}
