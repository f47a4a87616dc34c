//! The `200` answer to an accepted request: a bulk id and one `MESSAGE_ACCEPTED` per
//! destination, as the API answers.
//!
//! Only the destinations are read out of the request (each `to` and `messageId` kept as
//! the JSON text that was sent), and the answer is written while it is sent, 64 KB at a
//! time: 400,000 destinations give an 80 MB answer that is never in memory whole.

use super::ids::Ids;
use bytes::Bytes;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::sync::Arc;

/// Bytes of answer produced at a time.
const PIECE: usize = 64 * 1024;

/// What the answer is made from.
pub(crate) struct Accepted {
    /// The request's own `options.schedule.bulkId`, or a new id.
    pub bulk_id: String,
    /// The request as sent, which the spans below point into.
    body: Bytes,
    /// Per destination: where its `to` and its `messageId` (if any) are in `body`, as
    /// JSON text (16 bytes a destination, nothing copied).
    destinations: Vec<(Span, Option<Span>)>,
}

/// A range of bytes of the request.
#[derive(Clone, Copy)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    /// Where `part`, a slice of `whole`, is in it.
    fn of(part: &str, whole: &str) -> Option<Span> {
        let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
        (start + part.len() <= whole.len()).then_some(())?;
        Some(Span {
            start: u32::try_from(start).ok()?,
            len: u32::try_from(part.len()).ok()?,
        })
    }

    fn get(self, body: &[u8]) -> &[u8] {
        let start = self.start as usize;
        body.get(start..start + self.len as usize)
            .unwrap_or(b"null")
    }
}

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    messages: Vec<Item<'a>>,
    #[serde(borrow, default)]
    events: Vec<Item<'a>>,
    #[serde(borrow, default)]
    options: Option<RequestOptions<'a>>,
}

#[derive(Deserialize)]
struct RequestOptions<'a> {
    #[serde(borrow, default)]
    schedule: Option<Schedule<'a>>,
}

#[derive(Deserialize)]
struct Schedule<'a> {
    #[serde(rename = "bulkId", borrow, default)]
    bulk_id: Option<std::borrow::Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Item<'a> {
    #[serde(borrow, default)]
    destinations: Vec<Destination<'a>>,
}

#[derive(Deserialize)]
struct Destination<'a> {
    #[serde(borrow, default)]
    to: Option<&'a RawValue>,
    #[serde(rename = "messageId", borrow, default)]
    message_id: Option<&'a RawValue>,
    /// The Messages API's per-channel form: the recipient is the RCS entry's `to`.
    #[serde(rename = "byChannel", borrow, default)]
    by_channel: Vec<ChannelDestination<'a>>,
}

#[derive(Deserialize)]
struct ChannelDestination<'a> {
    #[serde(borrow, default)]
    channel: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    to: Option<&'a RawValue>,
}

impl<'a> Destination<'a> {
    /// The recipient: `to`, or the `to` of the RCS entry of `byChannel` (the Messages
    /// API's form when there is failover).
    fn to(&self) -> Option<&'a RawValue> {
        self.to.or_else(|| {
            self.by_channel
                .iter()
                .find(|c| c.channel.as_deref() == Some("RCS"))
                .and_then(|c| c.to)
        })
    }
}

impl Accepted {
    /// Reads the destinations of a request the validator accepted (a `messages` or an
    /// `events` list); `None` if it is not shaped so after all.
    pub(crate) fn read(body: &Bytes, ids: &Ids) -> Option<Self> {
        let whole = std::str::from_utf8(body).ok()?;
        let text = whole.strip_prefix('\u{feff}').unwrap_or(whole);
        let env: Envelope = serde_json::from_str(text).ok()?;
        let bulk_id = env
            .options
            .and_then(|o| o.schedule)
            .and_then(|s| s.bulk_id)
            .map(|b| b.into_owned())
            .unwrap_or_else(|| ids.id());
        let destinations = env
            .messages
            .iter()
            .chain(&env.events)
            .flat_map(|item| &item.destinations)
            .map(|d| {
                let to = Span::of(d.to().map_or("", |t| t.get()), whole)
                    .unwrap_or(Span { start: 0, len: 0 });
                let id = d
                    .message_id
                    .filter(|m| m.get().starts_with('"'))
                    .and_then(|m| Span::of(m.get(), whole));
                (to, id)
            })
            .collect();
        Some(Accepted {
            bulk_id,
            body: body.clone(),
            destinations,
        })
    }

    /// How many messages the answer lists.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.destinations.len()
    }

    /// The answer, `{"bulkId":…,"messages":[…]}`, as pieces produced on demand.
    pub(crate) fn into_answer(self, ids: Arc<Ids>) -> Box<dyn Iterator<Item = Bytes> + Send> {
        let mut head = Some(format!(
            "{{\"bulkId\":{},\"messages\":[",
            serde_json::Value::String(self.bulk_id)
        ));
        let body = self.body;
        let mut rest = self.destinations.into_iter().enumerate();
        let mut ended = false;
        Box::new(std::iter::from_fn(move || {
            if let Some(head) = head.take() {
                return Some(Bytes::from(head));
            }
            if ended {
                return None;
            }
            let mut piece = Vec::new();
            for (i, (to, id)) in rest.by_ref() {
                if i > 0 {
                    piece.push(b',');
                }
                piece.extend_from_slice(b"{\"messageId\":");
                match id {
                    Some(id) => piece.extend_from_slice(id.get(&body)),
                    None => {
                        piece.push(b'"');
                        piece.extend_from_slice(ids.id().as_bytes());
                        piece.push(b'"');
                    }
                }
                piece.extend_from_slice(concat!(
                    ",\"status\":{\"groupId\":1,\"groupName\":\"PENDING\",\"id\":26,",
                    "\"name\":\"MESSAGE_ACCEPTED\",\"description\":\"Message sent to next instance\"}",
                    ",\"destination\":"
                ).as_bytes());
                match to.len {
                    0 => piece.extend_from_slice(b"null"),
                    _ => piece.extend_from_slice(to.get(&body)),
                }
                piece.push(b'}');
                if piece.len() >= PIECE {
                    return Some(Bytes::from(piece));
                }
            }
            ended = true;
            piece.extend_from_slice(b"]}");
            Some(Bytes::from(piece))
        }))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn answer(body: &str) -> serde_json::Value {
        let ids = Arc::new(Ids::new());
        let a = Accepted::read(&Bytes::copy_from_slice(body.as_bytes()), &ids).unwrap();
        let bytes: Vec<u8> = a.into_answer(ids).flat_map(|b| b.to_vec()).collect();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[test]
    fn one_accepted_message_per_destination_in_order() {
        let a = answer(
            r#"{"messages":[{"destinations":[{"to":"441134960001","messageId":"mine"},{"to":"441134960002"}]},{"destinations":[{"to":"441134960003"}]}],"options":{"schedule":{"bulkId":"b\"1"}}}"#,
        );
        assert_eq!(a["bulkId"], "b\"1");
        let m = a["messages"].as_array().unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[0]["messageId"], "mine");
        assert_eq!(m[2]["destination"], "441134960003");
        assert_eq!(m[1]["status"]["name"], "MESSAGE_ACCEPTED");
        assert_eq!(m[1]["messageId"].as_str().unwrap().len(), 36);
        assert_eq!(
            answer(r#"{"messages":[]}"#)["messages"],
            serde_json::json!([])
        );
    }

    #[test]
    fn a_messages_api_by_channel_destination_answers_with_its_rcs_recipient() {
        let a = answer(
            r#"{"messages":[{"channel":"RCS","destinations":[{"messageId":"m1","byChannel":[{"channel":"SMS","to":"441134960009"},{"channel":"RCS","to":"441134960001"}]}]}]}"#,
        );
        let m = a["messages"].as_array().unwrap();
        assert_eq!(m[0]["messageId"], "m1");
        assert_eq!(m[0]["destination"], "441134960001");
    }

    #[test]
    fn a_huge_answer_comes_in_pieces() {
        let dest = r#"{"to":"441134960001"}"#;
        let body = format!(
            r#"{{"messages":[{{"destinations":[{}]}}]}}"#,
            vec![dest; 20_000].join(",")
        );
        let ids = Arc::new(Ids::new());
        let a = Accepted::read(&Bytes::from(body), &ids).unwrap();
        assert_eq!(a.len(), 20_000);
        let pieces: Vec<Bytes> = a.into_answer(ids).collect();
        assert!(pieces.len() > 20, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.len() < PIECE + 4096));
        let whole: Vec<u8> = pieces.iter().flat_map(|b| b.to_vec()).collect();
        let v: serde_json::Value = serde_json::from_slice(&whole).unwrap();
        assert_eq!(v["messages"].as_array().unwrap().len(), 20_000);
    }
}
