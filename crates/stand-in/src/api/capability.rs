//! The capability-check endpoints: `/rcs/2/capability-check/query` answers each number
//! at once, `/notify` answers "pending" and posts the results to `notifyUrl`.

use super::{api_error, timestamp, StandIn, NO_NOTIFY_URL};
use crate::capability::code_for;
use crate::checks::{self, Check, Endpoint, Notify, Outcome, State};
use crate::webhook::{self, Client, Format};
use crate::{Body, Request, Response};
use rcs_kit::webhooks::{
    CapabilityCheckResult, CapabilityNotifyResponse, CapabilityQueryResponse,
    CapabilityRequestState, CapabilityResultOptions, RcsStatusReason,
};
use rcs_kit::Kind;
use serde_json::{Map, Value};
use std::sync::Arc;

impl StandIn {
    /// A capability check: validated like a message, answered with each number's code
    /// ([`code_for`]) or its pending state, listed; for notify, the results are then
    /// posted to `notifyUrl` in the background (when it may be posted to).
    pub(super) fn capability(&self, req: &Request, endpoint: Endpoint) -> Response {
        let kind = match endpoint {
            Endpoint::Query => Kind::CapabilityQuery,
            Endpoint::Notify => Kind::CapabilityNotify,
        };
        if let Err(refusal) = self.check_body(req, kind) {
            return refusal;
        }
        let Some(body) = CheckBody::read(&req.body) else {
            return api_error(400, "E400", "Provided request can not be processed.");
        };
        let results: Vec<Outcome> = body
            .phone_numbers
            .into_iter()
            .map(|n| Outcome {
                message_id: self.ids.id(),
                code: code_for(&n),
                phone_number: n,
            })
            .collect();
        let options_model = body.options.as_ref().map(options_model);
        let max_attempts = self.webhook_policy.attempts;
        match endpoint {
            Endpoint::Query => {
                let answer = CapabilityQueryResponse {
                    capability_check_results: results
                        .iter()
                        .map(|r| CapabilityCheckResult {
                            message_id: Some(r.message_id.clone()),
                            phone_number: Some(r.phone_number.clone()),
                            code: Some(r.code.clone()),
                            ..CapabilityCheckResult::default()
                        })
                        .collect(),
                    options: options_model.clone(),
                    extra: Map::new(),
                };
                self.checks.add(Check::new(
                    endpoint,
                    timestamp(),
                    None,
                    body.sender,
                    options_model,
                    None,
                    results,
                    None,
                    max_attempts,
                ));
                typed(200, &answer)
            }
            Endpoint::Notify => {
                let bulk_id = self.ids.id();
                let answer = CapabilityNotifyResponse {
                    bulk_id: Some(bulk_id.clone()),
                    capability_check_request_states: results
                        .iter()
                        .map(|r| CapabilityRequestState {
                            message_id: Some(r.message_id.clone()),
                            phone_number: Some(r.phone_number.clone()),
                            status: Some(RcsStatusReason::PendingEnroute),
                            extra: Map::new(),
                        })
                        .collect(),
                    extra: Map::new(),
                };
                let (initial, post) = match &body.notify_url {
                    None => ((State::NotSent, Some(NO_NOTIFY_URL.to_owned())), None),
                    Some(url) => match webhook::target(url, &self.webhook_hosts) {
                        Err(why) => ((State::Refused, Some(why)), None),
                        Ok(target) => match tokio::runtime::Handle::try_current() {
                            Ok(runtime) => ((State::Pending, None), Some((target, runtime))),
                            Err(_) => (
                                (
                                    State::NotSent,
                                    Some("no tokio runtime to post from: StandIn::handle was called outside the server".to_owned()),
                                ),
                                None,
                            ),
                        },
                    },
                };
                let notify = Notify {
                    format: Format::from_content_type(body.notify_content_type.as_deref()),
                    url: body.notify_url,
                    content_type: body.notify_content_type,
                };
                let check = self.checks.add(Check::new(
                    endpoint,
                    timestamp(),
                    Some(bulk_id),
                    body.sender,
                    options_model,
                    Some(notify),
                    results,
                    Some(initial),
                    max_attempts,
                ));
                if let Some((target, runtime)) = post {
                    let permits = Arc::clone(&self.deliveries);
                    let policy = self.webhook_policy;
                    runtime.spawn(async move {
                        let Ok(_permit) = permits.acquire_owned().await else {
                            return;
                        };
                        checks::deliver(check, Client::new(target), policy, timestamp).await;
                    });
                }
                typed(200, &answer)
            }
        }
    }
}

/// A JSON response from a typed model.
fn typed<T: serde::Serialize>(status: u16, answer: &T) -> Response {
    Response::json_body(
        status,
        Body::Full(serde_json::to_vec(answer).unwrap_or_default().into()),
    )
}

/// What a capability check's answer and webhooks are made from, read from a body the
/// validator accepted (`None` if it is not shaped so after all).
struct CheckBody {
    sender: String,
    phone_numbers: Vec<String>,
    notify_url: Option<String>,
    notify_content_type: Option<String>,
    options: Option<Value>,
}

impl CheckBody {
    fn read(body: &[u8]) -> Option<Self> {
        let text = std::str::from_utf8(body).ok()?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text).ok()?;
        let mut top = match value {
            Value::Object(top) => top,
            _ => return None,
        };
        let string = |v: Option<Value>| match v {
            Some(Value::String(s)) => Some(s),
            _ => None,
        };
        let phone_numbers = match top.remove("phoneNumbers") {
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|n| string(Some(n)))
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        Some(CheckBody {
            sender: string(top.remove("sender"))?,
            phone_numbers,
            notify_url: string(top.remove("notifyUrl")),
            notify_content_type: string(top.remove("notifyContentType")),
            options: top.remove("options").filter(|o| !o.is_null()),
        })
    }
}

/// The request's options as the result webhook carries them (what the typed model cannot
/// read is kept as unknown members).
fn options_model(options: &Value) -> CapabilityResultOptions {
    serde_json::from_value(options.clone()).unwrap_or_else(|_| CapabilityResultOptions {
        platform: None,
        extra: options.as_object().cloned().unwrap_or_default(),
    })
}
