//! Legacy bodies (single and bulk) and the members of a legacy message around its
//! content: sender, destinations, validity, SMS failover, webhooks.

use super::context::{child, looks_legacy, type_name, Cx};
use serde_json::{Map, Value};

/// 48 hours: the longest validity the v2 API keeps.
const MAX_VALIDITY_SECONDS: i128 = 48 * 3600;

impl Cx<'_> {
    pub(super) fn body(&mut self, value: &Value) -> Option<Value> {
        let Some(root) = value.as_object() else {
            self.error(
                "",
                format!(
                    "not a legacy /ott/rcs/1/message body: it is {}, not an object",
                    type_name(value)
                ),
            );
            return None;
        };
        if root.contains_key("events") {
            self.error(
                "",
                "this is a /rcs/1/events body, not a legacy message: nothing to migrate".into(),
            );
            return None;
        }
        let messages = match root.get("messages") {
            Some(Value::Array(items)) if !root.contains_key("to") => self.bulk(root, items)?,
            Some(other) if !root.contains_key("to") => {
                self.error(
                    "/messages",
                    format!(
                        "not a legacy bulk body: `messages` is {}, not an array",
                        type_name(other)
                    ),
                );
                return None;
            }
            _ if looks_legacy(root) => vec![self.message(root, "")],
            _ => {
                let why = if root.contains_key("destinations") || root.contains_key("sender") {
                    "it has the v2 members `sender`/`destinations` (wrap it in {\"messages\": [...]}, it needs no migration)"
                } else {
                    "it has neither `to` nor `content`"
                };
                self.error("", format!("not a legacy /ott/rcs/1/message body: {why}"));
                return None;
            }
        };
        let mut out = Map::new();
        out.insert("messages".into(), Value::Array(messages));
        Some(Value::Object(out))
    }

    pub(super) fn bulk(
        &mut self,
        root: &Map<String, Value>,
        items: &[Value],
    ) -> Option<Vec<Value>> {
        if items.is_empty() {
            self.error(
                "/messages",
                "the bulk body has no messages: nothing to migrate".into(),
            );
            return None;
        }
        let legacy = items.iter().filter_map(Value::as_object).any(looks_legacy);
        if !legacy {
            self.error(
                "",
                "this is already a /rcs/2/messages request (its messages have no legacy members `to`, `from`, `content`): nothing to migrate"
                    .into(),
            );
            return None;
        }
        self.rest(root, "", &["messages"], "bulk body");
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("/messages/{i}");
            match item.as_object() {
                Some(o) if looks_legacy(o) => out.push(self.message(o, &path)),
                Some(_) => self.error(
                    &path,
                    "not a legacy message (it has v2 members, or none of `to`, `from`, `content`); left out"
                        .into(),
                ),
                None => self.error(
                    &path,
                    format!("a message must be an object, not {}; left out", type_name(item)),
                ),
            }
        }
        if out.is_empty() {
            return None;
        }
        Some(out)
    }

    /// One legacy message at `path`.
    pub(super) fn message(&mut self, o: &Map<String, Value>, path: &str) -> Value {
        let mut out = Map::new();
        match o.get("from") {
            Some(from) => {
                out.insert("sender".into(), from.clone());
            }
            None => match &self.opts.sender {
                Some(sender) => {
                    self.warn(
                        path,
                        format!("no `from` (the legacy API used the account's default sender): `sender` is \"{sender}\", as given"),
                    );
                    out.insert("sender".into(), Value::String(sender.clone()));
                }
                None => self.error(
                    path,
                    "no `from`: the legacy API used the account's default sender, but /rcs/2/messages requires `sender`; give one (MigrateOptions::sender, or --sender on the command line)"
                        .into(),
                ),
            },
        }
        let mut destination = Map::new();
        match o.get("to") {
            Some(to) => {
                destination.insert("to".into(), to.clone());
            }
            None => self.error(
                path,
                "no `to`: the destination is required in both APIs".into(),
            ),
        }
        if let Some(id) = o.get("messageId") {
            destination.insert("messageId".into(), id.clone());
        }
        if !destination.is_empty() {
            out.insert(
                "destinations".into(),
                Value::Array(vec![Value::Object(destination)]),
            );
        }

        let content = match (o.get("content"), o.get("message")) {
            (Some(c), m) => {
                if m.is_some() {
                    self.error(
                        &child(path, "message"),
                        "both `content` and the pre-2020 `message` are given: `content` was migrated, `message` left out"
                            .into(),
                    );
                }
                self.content(c, &child(path, "content"))
            }
            (None, Some(m)) => self.content(m, &child(path, "message")),
            (None, None) => {
                self.error(path, "no `content`: nothing to send".into());
                None
            }
        };
        if let Some(c) = content {
            out.insert("content".into(), c);
        }

        let mut options = Map::new();
        if let Some(v) = self.validity(o, path) {
            options.insert("validityPeriod".into(), v);
        }
        let failover = match (o.get("smsFailover"), o.get("smsFailOver")) {
            (Some(f), other) => {
                if other.is_some() {
                    self.error(
                        &child(path, "smsFailOver"),
                        "both `smsFailover` and `smsFailOver` are given: `smsFailover` was migrated, `smsFailOver` left out"
                            .into(),
                    );
                }
                self.sms_failover(f, &child(path, "smsFailover"))
            }
            (None, Some(f)) => {
                self.warn(
                    &child(path, "smsFailOver"),
                    "`smsFailOver` (as the community Python SDK spells it) read as `smsFailover`"
                        .into(),
                );
                self.sms_failover(f, &child(path, "smsFailOver"))
            }
            (None, None) => None,
        };
        if let Some(f) = failover {
            options.insert("smsFailover".into(), f);
        }
        if !options.is_empty() {
            out.insert("options".into(), Value::Object(options));
        }

        let mut webhooks = Map::new();
        if let Some(url) = o.get("notifyUrl") {
            let mut delivery = Map::new();
            delivery.insert("url".into(), url.clone());
            webhooks.insert("delivery".into(), Value::Object(delivery));
        }
        if let Some(ct) = o.get("notifyContentType") {
            webhooks.insert("contentType".into(), ct.clone());
        }
        if let Some(cb) = o.get("callbackData") {
            webhooks.insert("callbackData".into(), cb.clone());
        }
        if !webhooks.is_empty() {
            out.insert("webhooks".into(), Value::Object(webhooks));
        }

        self.rest(
            o,
            path,
            &[
                "from",
                "to",
                "messageId",
                "content",
                "message",
                "validityPeriod",
                "validityPeriodTimeUnit",
                "smsFailover",
                "smsFailOver",
                "notifyUrl",
                "notifyContentType",
                "callbackData",
            ],
            "message",
        );
        Value::Object(out)
    }

    /// `validityPeriod` + `validityPeriodTimeUnit` of `o` as a v2 `validityPeriod`.
    pub(super) fn validity(&mut self, o: &Map<String, Value>, path: &str) -> Option<Value> {
        let amount_path = child(path, "validityPeriod");
        let unit_path = child(path, "validityPeriodTimeUnit");
        let (amount, unit) = match (o.get("validityPeriod"), o.get("validityPeriodTimeUnit")) {
            (None, None) => return None,
            (None, Some(_)) => {
                self.warn(
                    &unit_path,
                    "`validityPeriodTimeUnit` without `validityPeriod` has no effect; left out"
                        .into(),
                );
                return None;
            }
            (Some(a), u) => (a, u),
        };
        // An integral number of any spelling (`30.0`) is that integer, as the API reads it.
        let whole = amount
            .as_f64()
            .filter(|v| v.fract() == 0.0 && v.abs() < 9.2e18)
            .map(|v| v as i64);
        let Some(n) = amount.as_i64().or(whole) else {
            self.error(
                &amount_path,
                format!("`validityPeriod` must be a whole number of time units, not {}; the validity period is left out (the API's default applies)", type_name(amount)),
            );
            return None;
        };
        let unit = match unit {
            None => None,
            Some(Value::String(s)) => Some(s.as_str()),
            Some(other) => {
                self.error(
                    &unit_path,
                    format!("`validityPeriodTimeUnit` must be a string, not {}; the validity period is left out (the API's default applies)", type_name(other)),
                );
                return None;
            }
        };
        let (amount, v2_unit, seconds) = match unit {
            None => (n, None, 60),
            Some("SECONDS") => (n, Some("SECONDS"), 1),
            Some("MINUTES") => (n, Some("MINUTES"), 60),
            Some("HOURS") => (n, Some("HOURS"), 3600),
            Some("DAYS") => match n.checked_mul(24) {
                Some(hours) => (hours, Some("HOURS"), 3600),
                None => {
                    self.error(
                        &amount_path,
                        format!("{n} DAYS cannot be written in hours; the validity period is left out (the API's default applies)"),
                    );
                    return None;
                }
            },
            Some(other) => {
                self.error(
                    &unit_path,
                    format!("\"{other}\" is not a legacy time unit (SECONDS, MINUTES, HOURS, DAYS); the validity period is left out (the API's default applies)"),
                );
                return None;
            }
        };
        if i128::from(amount) * seconds > MAX_VALIDITY_SECONDS {
            let given = match unit {
                Some("DAYS") => format!("{n} DAYS ({amount} hours)"),
                Some(u) => format!("{n} {u}"),
                None => format!("{n} MINUTES"),
            };
            self.warn(
                &amount_path,
                format!("a validity of {given} is over 48 hours: migrated, but the v2 API sets it to 48 hours"),
            );
        }
        let mut out = Map::new();
        out.insert("amount".into(), Value::from(amount));
        if let Some(u) = v2_unit {
            out.insert("timeUnit".into(), Value::String(u.into()));
        }
        Some(Value::Object(out))
    }

    pub(super) fn sms_failover(&mut self, v: &Value, path: &str) -> Option<Value> {
        let Some(o) = v.as_object() else {
            self.error(
                path,
                format!(
                    "the SMS failover must be an object, not {}; left out",
                    type_name(v)
                ),
            );
            return None;
        };
        let mut out = Map::new();
        if let Some(from) = o.get("from") {
            out.insert("sender".into(), from.clone());
        }
        if let Some(text) = o.get("text") {
            out.insert("text".into(), text.clone());
        }
        if let Some(v) = self.validity(o, path) {
            out.insert("validityPeriod".into(), v);
        }
        self.rest(
            o,
            path,
            &["from", "text", "validityPeriod", "validityPeriodTimeUnit"],
            "SMS failover",
        );
        Some(Value::Object(out))
    }
}
