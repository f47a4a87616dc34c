//! The table-driven part of validation: types, required and unknown fields, enums,
//! lengths, counts and formats, as [`schema`](crate::schema) describes them.

use crate::context::Ctx;
use crate::format;
use crate::json::{sort_by_key, JsonStr, NodeId, Value};
use crate::limits::Limit;
use crate::report::{clip, Amount};
use crate::rules::fields;
use crate::schema::{Array, Direction, Enumeration, Format, Object, Presence, Str, Type, Union};
use crate::time;

/// Most fields one object of the schema may have (presence is a bit set).
const MAX_FIELDS: usize = 64;

impl<'a> Ctx<'_, 'a> {
    fn mismatch(&mut self, expected: &str, found: Value<'_>) {
        self.report(
            &fields::TYPE_MISMATCH,
            format!(
                "expected {expected}, found {}",
                match found {
                    Value::Number { raw, .. } => format!("the number {}", clip(raw)),
                    Value::String(s) => format!("the string \"{}\"", clip(&s.decode())),
                    other => other.type_name().to_string(),
                }
            ),
        );
    }

    /// Checks `node` against a type.
    pub(super) fn check_type(&mut self, node: NodeId, ty: &'static Type) {
        match ty {
            Type::Object(o) => self.check_object(node, o),
            Type::Union(u) => self.check_union(node, u),
            Type::Array(a) => self.check_array(node, a),
            Type::String(s) => self.check_string(node, s),
            Type::Enum(e) => self.check_enum(node, e),
            Type::Bool => {
                let v = self.doc().value(node);
                if !matches!(v, Value::Bool(_)) {
                    self.mismatch("true or false", v);
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
                        format!(
                            "expected an integer, found the number {}, which the API would truncate to {}",
                            clip(raw),
                            Amount(value.trunc())
                        ),
                    ),
                    v => self.mismatch("an integer", v),
                }
            }
            Type::Number(limit) => match self.doc().value(node) {
                Value::Number { value, .. } => self.check_range(value, *limit),
                v => self.mismatch("a number", v),
            },
        }
    }

    /// Reports that a value broke `limit` (above its maximum when `over`), through the
    /// rule the limits table declares for that side.
    fn limit_issue(&mut self, limit: &'static Limit, over: bool, actual: f64, message: String) {
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
        let unit = limit.unit.noun();
        if value > limit.max as f64 {
            self.limit_issue(
                limit,
                true,
                value,
                format!(
                    "{} is {}, above the maximum of {} {unit}",
                    self.subject(),
                    Amount(value),
                    limit.max
                )
                .trim_end()
                .to_string(),
            );
        } else if value < limit.min as f64 {
            self.limit_issue(
                limit,
                false,
                value,
                format!(
                    "{} is {}, below the minimum of {} {unit}",
                    self.subject(),
                    Amount(value),
                    limit.min
                )
                .trim_end()
                .to_string(),
            );
        }
    }

    /// Checks that `node` is an object of shape `obj`, then runs its cross-field rules.
    pub(super) fn check_object(&mut self, node: NodeId, obj: &'static Object) {
        self.check_members(node, obj, None);
    }

    fn check_members(&mut self, node: NodeId, obj: &'static Object, tag: Option<(&str, &Union)>) {
        let v = self.doc().value(node);
        if !matches!(v, Value::Object { .. }) {
            let what = format!("an object ({})", obj.name);
            self.mismatch(&what, v);
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
            let found = obj
                .fields
                .iter()
                .enumerate()
                .find(|(_, f)| key.eq_str(f.name));
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
                    let message = format!(
                        "`{}` ({}) is required in {}; add it",
                        f.name,
                        describe(&f.ty),
                        label(obj, tag)
                    );
                    self.report(&fields::REQUIRED, message);
                }
                Presence::Expected(why) => {
                    self.report(&fields::EXPECTED, format!("`{}` is missing: {why}", f.name));
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
            Direction::Outbound => self.report(
                &fields::NULL,
                format!("`{name}` is null; omit an optional field instead of sending null"),
            ),
            Direction::Inbound => self.report(
                &fields::NULL_READ_AS_ABSENT,
                format!("`{name}` is null; read as absent"),
            ),
        }
    }

    fn unknown_member(&mut self, key: JsonStr<'_>, obj: &Object, tag: Option<(&str, &Union)>) {
        let name = key.decode();
        if let Some(l) = obj.legacy.iter().find(|l| l.name == name) {
            self.report(
                &fields::LEGACY,
                format!(
                    "`{name}` belongs to the legacy /ott/rcs/1 API; in /rcs/2/messages use {}",
                    l.instead
                ),
            );
            return;
        }
        if let Some((_, _, what)) = crate::schema::request::GOOGLE_ONLY
            .iter()
            .find(|(o, n, _)| std::ptr::eq(*o, obj) && *n == name)
        {
            self.report(
                &fields::GOOGLE_ONLY,
                format!("`{name}` ({what}) is Google RBM's, not yet in Infobip's API: the API ignores or rejects it"),
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
            Some(f) => format!("; did you mean `{}`?", f.name),
            // A member the API added: the list of the others would not help.
            None if inbound => String::new(),
            None if known.is_empty() => String::from("; this object has no other fields"),
            None => format!("; known fields: {known}"),
        };
        let of = label(obj, tag);
        let fate = if inbound {
            "kept as is"
        } else {
            "the API ignores or rejects it"
        };
        self.report(
            &fields::UNKNOWN,
            format!("`{}` is not a field of {of}; {fate}{hint}", clip(&name)),
        );
    }

    fn check_union(&mut self, node: NodeId, u: &'static Union) {
        let v = self.doc().value(node);
        if !matches!(v, Value::Object { .. }) {
            let what = format!("an object ({})", u.name);
            self.mismatch(&what, v);
            return;
        }
        let doc = self.doc();
        let Some(tag_node) = self.get(node, "type") else {
            self.report(
                &u.missing,
                format!("`type` is required here: one of {}", u.tags()),
            );
            return;
        };
        let Some(tag) = doc.str(tag_node) else {
            self.enter_key(JsonStr::new("type", false));
            let what = format!("a string: one of {}", u.tags());
            self.mismatch(&what, doc.value(tag_node));
            self.leave();
            return;
        };
        match u.variants.iter().find(|(t, _)| *t == tag) {
            Some((t, obj)) => self.check_members(node, obj, Some((t, u))),
            None => {
                self.enter_key(JsonStr::new("type", false));
                let message = if u.open {
                    format!(
                        "\"{}\" is not a {} type the spec lists ({}); kept as is, not checked",
                        clip(&tag),
                        words(u.name),
                        u.tags()
                    )
                } else {
                    format!(
                        "unknown {} type \"{}\"; use one of {}",
                        u.name,
                        clip(&tag),
                        u.tags()
                    )
                };
                self.report(&u.invalid, message);
                self.leave();
            }
        }
    }

    fn check_array(&mut self, node: NodeId, a: &'static Array) {
        let v = self.doc().value(node);
        if !matches!(v, Value::Array { .. }) {
            self.mismatch("an array", v);
            return;
        }
        let n = self.doc().len(node);
        if let Some(limit) = a.count {
            if n as i64 > limit.max {
                self.limit_issue(
                    limit,
                    true,
                    n as f64,
                    format!(
                        "{} has {n} items; at most {} are allowed: remove {}",
                        self.subject(),
                        limit.max,
                        n as i64 - limit.max
                    ),
                );
            } else if (n as i64) < limit.min {
                self.limit_issue(
                    limit,
                    false,
                    n as f64,
                    format!(
                        "{} has {n} {}; at least {} {} required",
                        self.subject(),
                        if n == 1 { "item" } else { "items" },
                        limit.min,
                        if limit.min == 1 { "is" } else { "are" }
                    ),
                );
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
            let what = format!("a string: one of {}", listed(e.values));
            self.mismatch(&what, doc.value(node));
            return;
        };
        if e.open && !e.values.contains(&s.as_ref()) {
            self.report(
                &e.invalid,
                format!(
                    "\"{}\" is not a {} the spec lists ({}); kept as is",
                    clip(&s),
                    e.name,
                    listed(e.values)
                ),
            );
        } else if !e.values.contains(&s.as_ref()) {
            let hint = e
                .values
                .iter()
                .find(|v| v.eq_ignore_ascii_case(&s))
                .map(|v| format!(" (values are case-sensitive: \"{v}\")"))
                .unwrap_or_default();
            self.report(
                &e.invalid,
                format!(
                    "\"{}\" is not a valid {}; use one of {}{hint}",
                    clip(&s),
                    e.name,
                    e.values.join(", ")
                ),
            );
        }
    }

    fn check_string(&mut self, node: NodeId, rule: &'static Str) {
        let s = match self.doc().value(node) {
            Value::String(s) => s,
            v => {
                self.mismatch("a string", v);
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
                    self.report(if why.scheme { scheme } else { invalid }, why.message);
                }
            }
            Format::Phone(invalid) => {
                let (min, max) = rule.len.map_or((1, 64), |l| (l.min, l.max));
                if let Err(message) = format::check_phone(&s.decode(), min, max) {
                    self.report(invalid, message);
                }
            }
            Format::DateTime(invalid) => {
                if let Err(message) = time::parse_date_time(&s.decode()) {
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
            self.limit_issue(
                limit,
                true,
                n as f64,
                format!(
                    "{} has {n} characters; at most {max} are allowed: shorten it by {}",
                    self.subject(),
                    n - max
                ),
            );
        } else if n < min {
            if min == 1 && is_text(limit) && self.options().allow_empty_text {
                return;
            }
            let message = if n == 0 {
                format!("{} must not be empty", self.subject())
            } else {
                format!(
                    "{} has {n} characters; at least {min} are required",
                    self.subject()
                )
            };
            self.limit_issue(limit, false, n as f64, message);
        } else if n.saturating_mul(2) > max {
            // Within the limit in characters; perhaps not in what Java counts (a character
            // is one or two UTF-16 units, so only a text longer than half the limit can be
            // over it in units).
            let units = s.utf16_len_of(n);
            if units > max {
                let message = format!(
                    "{} has {n} characters but {units} UTF-16 code units: over the limit of {max} if the API counts UTF-16 units, as Java does",
                    self.subject()
                );
                self.report_bounded(&fields::UTF16_LENGTH, max as f64, units as f64, message);
            }
        }
    }
}

/// How messages name an object: "this REPLY suggestion", "the message", ...
fn label(obj: &Object, tag: Option<(&str, &Union)>) -> String {
    match tag {
        Some((t, u)) => format!("this {t} {}", words(u.name)),
        None => format!("the {}", words(obj.name)),
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
fn describe(ty: &Type) -> String {
    match ty {
        Type::String(_) => "a string".into(),
        Type::Bool => "true or false".into(),
        Type::Integer(_) => "an integer".into(),
        Type::Number(_) => "a number".into(),
        Type::Enum(e) => format!("one of {}", e.values.join(", ")),
        Type::Object(o) => format!("an object ({})", o.name),
        Type::Array(_) => "an array".into(),
        Type::Union(u) => format!("an object ({})", u.name),
    }
}

/// An enumeration's values for a message: all of them, or for a long open list (the 53
/// capability-check statuses) the first 16 and how many more, so that a message stays
/// readable.
fn listed(values: &[&str]) -> String {
    const SHOWN: usize = 16;
    match values.get(SHOWN..) {
        Some(rest) if !rest.is_empty() => format!(
            "{}, and {} more",
            values
                .iter()
                .take(SHOWN)
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
            rest.len()
        ),
        _ => values.join(", "),
    }
}

/// Whether `limit` is [`TEXT`](crate::limits::TEXT)'s, by its rule (its id is left out of
/// the WebAssembly build).
fn is_text(limit: &crate::limits::Limit) -> bool {
    limit.under.map(|r| r.code) == crate::limits::TEXT.under.map(|r| r.code)
}
