//! The capability checks the stand-in answered, and the result webhooks it posted (or
//! refused, or had nowhere to post), for `GET /__stand-in/capability`: kept in memory up
//! to a number of bytes, the oldest making room for the newest (counted as dropped), like
//! the message store. Not journalled.
//!
//! A webhook's body is not kept: it is written again from the check when it is posted and
//! when it is listed, by the same function ([`Check::webhook`]).

use super::webhook::{self, Attempted, Client, Format, WebhookPolicy};
use crate::bounded::{Bounded, Cost};
use bytes::Bytes;
use rcs_kit::webhooks::{
    CapabilityCheckResult, CapabilityCode, CapabilityResult, CapabilityResultOptions,
    CapabilityShape, Extra,
};
use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

/// Default bound of the log: 16 MB of checks.
pub const DEFAULT_CHECK_BYTES: usize = 16 << 20;

/// Bytes a check costs besides its strings; a result, besides its number; an attempt.
const CHECK_OVERHEAD: usize = 256;
const RESULT_OVERHEAD: usize = 160;
const ATTEMPT_COST: usize = 96 + MAX_ERROR;
/// Most bytes of an attempt's error kept.
const MAX_ERROR: usize = 200;
/// After this many webhooks of one request in a row failed, the rest are not attempted.
pub(crate) const GIVE_UP_AFTER: usize = 3;

/// Which endpoint a check came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    Query,
    Notify,
}

impl Endpoint {
    pub(crate) fn path(self) -> &'static str {
        match self {
            Endpoint::Query => "/rcs/2/capability-check/query",
            Endpoint::Notify => "/rcs/2/capability-check/notify",
        }
    }
}

/// One number's result.
pub(crate) struct Outcome {
    pub(crate) message_id: String,
    pub(crate) phone_number: String,
    pub(crate) code: CapabilityCode,
}

/// Where a result webhook is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    /// Not posted yet, or being posted.
    Pending,
    /// A `2xx` answer.
    Delivered,
    /// Every attempt failed, or it was given up.
    Failed,
    /// The notifyUrl is not one the stand-in posts to.
    Refused,
    /// Nothing to post to (no notifyUrl), or no runtime to post from.
    NotSent,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Delivered => "delivered",
            State::Failed => "failed",
            State::Refused => "refused",
            State::NotSent => "not_sent",
        }
    }
}

struct Attempt {
    at: String,
    ms: u64,
    outcome: Attempted,
}

/// One result webhook's delivery.
pub(crate) struct Delivery {
    pub(crate) state: State,
    reason: Option<String>,
    attempts: Vec<Attempt>,
}

/// What a notify request asked for its webhooks.
pub(crate) struct Notify {
    pub(crate) url: Option<String>,
    /// `notifyContentType` as sent.
    pub(crate) content_type: Option<String>,
    pub(crate) format: Format,
}

/// One capability check answered.
pub(crate) struct Check {
    seq: u64,
    received_at: String,
    endpoint: Endpoint,
    bulk_id: Option<String>,
    sender: String,
    options: Option<CapabilityResultOptions>,
    notify: Option<Notify>,
    results: Vec<Outcome>,
    /// One per result (notify only).
    deliveries: Mutex<Vec<Delivery>>,
    /// Set by `DELETE /__stand-in/capability`: deliveries not yet made are dropped.
    cancelled: AtomicBool,
    cost: usize,
}

impl Cost for Check {
    fn cost(&self) -> usize {
        self.cost
    }
}

impl Check {
    /// A check, its deliveries `initial` (notify), or none (query).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        endpoint: Endpoint,
        received_at: String,
        bulk_id: Option<String>,
        sender: String,
        options: Option<CapabilityResultOptions>,
        notify: Option<Notify>,
        results: Vec<Outcome>,
        initial: Option<(State, Option<String>)>,
        max_attempts: u32,
    ) -> Self {
        let options_len = options
            .as_ref()
            .and_then(|o| serde_json::to_vec(o).ok())
            .map_or(0, |v| v.len());
        let per_result = RESULT_OVERHEAD
            + if initial.is_some() {
                ATTEMPT_COST * max_attempts as usize
            } else {
                0
            };
        let cost = CHECK_OVERHEAD
            + received_at.len()
            + bulk_id.as_ref().map_or(0, String::len)
            + sender.len()
            + options_len
            + notify.as_ref().map_or(0, |n| {
                n.url.as_ref().map_or(0, String::len)
                    + n.content_type.as_ref().map_or(0, String::len)
            })
            + results
                .iter()
                .map(|r| r.phone_number.len() + r.message_id.len() + per_result)
                .sum::<usize>();
        let deliveries = match &initial {
            Some((state, reason)) => results
                .iter()
                .map(|_| Delivery {
                    state: *state,
                    reason: reason.clone(),
                    attempts: Vec::new(),
                })
                .collect(),
            None => Vec::new(),
        };
        Check {
            seq: 0,
            received_at,
            endpoint,
            bulk_id,
            sender,
            options,
            notify,
            results,
            deliveries: Mutex::new(deliveries),
            cancelled: AtomicBool::new(false),
            cost,
        }
    }

    /// Result `i` as the webhook Infobip's documentation describes (flat).
    fn result(&self, i: usize) -> Option<CapabilityResult> {
        let r = self.results.get(i)?;
        Some(CapabilityResult {
            shape: CapabilityShape::Flat,
            result: CapabilityCheckResult {
                bulk_id: self.bulk_id.clone(),
                message_id: Some(r.message_id.clone()),
                phone_number: Some(r.phone_number.clone()),
                code: Some(r.code.clone()),
                extra: Extra::new(),
            },
            options: self.options.clone(),
            extra: Extra::new(),
        })
    }

    /// The body of result `i`'s webhook, in the format the request asked for.
    pub(crate) fn webhook(&self, i: usize) -> Option<(Bytes, Format)> {
        let format = self.notify.as_ref()?.format;
        Some((webhook::body(&self.result(i)?, format), format))
    }

    fn deliveries(&self) -> MutexGuard<'_, Vec<Delivery>> {
        self.deliveries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Sets every delivery still pending to `state`.
    pub(crate) fn settle_pending(&self, state: State, reason: &str) {
        for d in self.deliveries().iter_mut() {
            if d.state == State::Pending {
                d.state = state;
                d.reason = Some(reason.to_owned());
            }
        }
    }

    fn record(&self, i: usize, attempt: Attempt, last: Option<State>) {
        if let Some(d) = self.deliveries().get_mut(i) {
            d.attempts.push(attempt);
            if let Some(state) = last {
                d.state = state;
                if state == State::Failed {
                    d.reason = Some(format!("{} attempts failed", d.attempts.len()));
                }
            }
        }
    }

    fn to_json(&self) -> Value {
        let deliveries = self.deliveries();
        let results: Vec<Value> = self
            .results
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut out = Map::new();
                out.insert("messageId".into(), r.message_id.clone().into());
                out.insert("phoneNumber".into(), r.phone_number.clone().into());
                out.insert("code".into(), r.code.as_str().into());
                if let Some(d) = deliveries.get(i) {
                    let mut w = Map::new();
                    w.insert("state".into(), d.state.name().into());
                    if let Some(reason) = &d.reason {
                        w.insert("reason".into(), reason.clone().into());
                    }
                    w.insert(
                        "attempts".into(),
                        d.attempts
                            .iter()
                            .map(|a| match &a.outcome {
                                Attempted::Status(s) => {
                                    json!({"at": a.at, "ms": a.ms, "status": s})
                                }
                                Attempted::Error(e) => json!({"at": a.at, "ms": a.ms, "error": e}),
                            })
                            .collect(),
                    );
                    let has_url = self.notify.as_ref().is_some_and(|n| n.url.is_some());
                    if has_url {
                        if let Some((body, format)) = self.webhook(i) {
                            w.insert("contentType".into(), format.content_type().into());
                            w.insert(
                                "body".into(),
                                String::from_utf8_lossy(&body).into_owned().into(),
                            );
                        }
                    }
                    out.insert("webhook".into(), Value::Object(w));
                }
                Value::Object(out)
            })
            .collect();
        drop(deliveries);
        let mut out = Map::new();
        out.insert("seq".into(), self.seq.into());
        out.insert("receivedAt".into(), self.received_at.clone().into());
        out.insert("path".into(), self.endpoint.path().into());
        if let Some(b) = &self.bulk_id {
            out.insert("bulkId".into(), b.clone().into());
        }
        out.insert("sender".into(), self.sender.clone().into());
        if let Some(n) = &self.notify {
            if let Some(url) = &n.url {
                out.insert("notifyUrl".into(), url.clone().into());
            }
            if let Some(ct) = &n.content_type {
                out.insert("notifyContentType".into(), ct.clone().into());
            }
        }
        if let Some(o) = &self.options {
            out.insert(
                "options".into(),
                serde_json::to_value(o).unwrap_or(Value::Null),
            );
        }
        out.insert("results".into(), Value::Array(results));
        Value::Object(out)
    }

    fn count(&self, counts: &mut [u64; 5]) {
        for d in self.deliveries().iter() {
            let slot = match d.state {
                State::Pending => 0,
                State::Delivered => 1,
                State::Failed => 2,
                State::Refused => 3,
                State::NotSent => 4,
            };
            if let Some(c) = counts.get_mut(slot) {
                *c += 1;
            }
        }
    }
}

struct Inner {
    kept: Bounded<Check>,
    next_seq: u64,
}

/// The checks answered, bounded in bytes.
pub(crate) struct CheckLog {
    inner: Mutex<Inner>,
}

impl CheckLog {
    pub(crate) fn new(limit: usize) -> Self {
        CheckLog {
            inner: Mutex::new(Inner {
                kept: Bounded::new(limit),
                next_seq: 1,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keeps `check` (numbered), dropping the oldest until it fits.
    pub(crate) fn add(&self, mut check: Check) -> Arc<Check> {
        let mut inner = self.lock();
        check.seq = inner.next_seq;
        inner.next_seq += 1;
        let check = Arc::new(check);
        inner.kept.keep(Arc::clone(&check));
        check
    }

    /// Forgets every check and the counts; deliveries not yet made are not made.
    pub(crate) fn clear(&self) {
        let mut inner = self.lock();
        for c in inner.kept.items() {
            c.cancelled.store(true, Ordering::Relaxed);
            c.settle_pending(State::NotSent, "cleared by DELETE /__stand-in/capability");
        }
        inner.kept.clear();
    }

    /// `{"accepted","kept","dropped","keptBytes","limitBytes","webhooks":{…},"requests":[…]}`,
    /// oldest first, one check at a time while it is sent.
    pub(crate) fn listing(&self) -> Box<dyn Iterator<Item = Bytes> + Send> {
        let inner = self.lock();
        let checks: Vec<Arc<Check>> = inner.kept.items().cloned().collect();
        let mut counts = [0u64; 5];
        for c in &checks {
            c.count(&mut counts);
        }
        let [pending, delivered, failed, refused, not_sent] = counts;
        let mut head = inner.kept.counts();
        head.insert(
            "webhooks".into(),
            json!({
                "pending": pending,
                "delivered": delivered,
                "failed": failed,
                "refused": refused,
                "notSent": not_sent,
            }),
        );
        let mut head = Value::Object(head).to_string();
        drop(inner);
        head.pop();
        head.push_str(",\"requests\":[");
        let items = checks.into_iter().enumerate().map(|(i, c)| {
            let mut piece = if i == 0 { Vec::new() } else { vec![b','] };
            piece.extend(serde_json::to_vec(&c.to_json()).unwrap_or_default());
            Bytes::from(piece)
        });
        Box::new(
            std::iter::once(Bytes::from(head))
                .chain(items)
                .chain(std::iter::once(Bytes::from_static(b"]}"))),
        )
    }
}

/// Posts the webhooks of `check` one after another over `client` (one connection, kept
/// alive), each with `policy`'s attempts; gives up on the rest after [`GIVE_UP_AFTER`]
/// in a row failed; stops when the check is cleared.
pub(crate) async fn deliver(
    check: Arc<Check>,
    mut client: Client,
    policy: WebhookPolicy,
    now: fn() -> String,
) {
    let mut failed_in_a_row = 0;
    for i in 0..check.results.len() {
        if check.cancelled.load(Ordering::Relaxed) {
            return;
        }
        if failed_in_a_row >= GIVE_UP_AFTER {
            check.settle_pending(
                State::Failed,
                &format!("not attempted: the {GIVE_UP_AFTER} webhooks before it failed"),
            );
            return;
        }
        let Some((body, format)) = check.webhook(i) else {
            return;
        };
        let mut delivered = false;
        for n in 1..=policy.attempts {
            tokio::time::sleep(policy.wait_before(n)).await;
            if check.cancelled.load(Ordering::Relaxed) {
                return;
            }
            let at = now();
            let started = Instant::now();
            let outcome = client.post(body.clone(), format, policy.timeout).await;
            let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            delivered = matches!(outcome, Attempted::Status(s) if (200..300).contains(&s));
            let outcome = match outcome {
                Attempted::Error(e) => Attempted::Error(clip(e)),
                other => other,
            };
            let last = if delivered {
                Some(State::Delivered)
            } else if n == policy.attempts {
                Some(State::Failed)
            } else {
                None
            };
            check.record(i, Attempt { at, ms, outcome }, last);
            if delivered {
                break;
            }
        }
        failed_in_a_row = if delivered { 0 } else { failed_in_a_row + 1 };
    }
}

fn clip(mut s: String) -> String {
    if s.len() > MAX_ERROR {
        let mut end = MAX_ERROR;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests;
