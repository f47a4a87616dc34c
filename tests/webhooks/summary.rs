//! The one-line summaries of each kind, and how long batches and values are cut.

use crate::common::read;
use rcs_kit::webhooks::*;
use serde_json::json;

#[test]
fn summaries() {
    let i = inspect(&read("delivery-report.json"));
    assert_eq!(
        i.summary,
        "Delivery report, 2 results:\n\
         \x20 441134960001 DELIVERED (RICH, 1 segment) via RCS: DELIVERED_TO_HANDSET, message a28dd97c-1ffb-4fcf-99f1-0b557ed381da, 0.0035 USD\n\
         \x20 441134960002 UNDELIVERABLE (2 segments) via SMS: UNDELIVERABLE_NOT_DELIVERED, error EC_ABSENT_SUBSCRIBER (HANDSET_ERRORS), message a28dd97c-1ffb-4fcf-99f1-0b557ed381db, 0.0198 USD\n"
    );
    let cases = [
        (
            "mo-text-java-sdk.json",
            "MO message, 1 result (0 pending):\n  385912345678 to DemoSender: TEXT \"This is a text message\" at 2024-06-14T09:12:00.000+0000\n",
        ),
        (
            "mo-file.json",
            "MO message, 1 result (3 pending):\n  441134960001 to DemoSender: FILE IMG_2041.jpg (image/jpeg, 482133 bytes) (RICH_MEDIA_MESSAGE, 1 segment) at 2026-03-03T14:25:41.000+0000\n",
        ),
        (
            "mo-location.json",
            "MO message, 1 result (0 pending):\n  385912345678 to DemoSender: LOCATION 45.815399, 15.966568 (RICH_MEDIA_MESSAGE, 1 segment) at 2026-03-03T14:26:00.000+0000\n",
        ),
        (
            "mo-event-suggestion.json",
            "MO event (suggestion tapped), 1 result (0 pending):\n  +385911234567 tapped \"suggestionText\" (postbackData \"suggestionPostbackData\") on +385911111111, reply to message msg-xyz456 at 2026-03-03T14:22:30.000+0000\n",
        ),
        (
            "typing.json",
            "Typing indicator, 1 result (42 pending):\n  441134960001 is typing to DemoSender at 2025-02-06T15:35:12.123+0000\n",
        ),
        (
            "seen-report.json",
            "Seen report, 1 result:\n  441134960001 saw message a28dd97c-1ffb-4fcf-99f1-0b557ed381da from DemoSender at 2027-01-05T10:03:41.000+0000 (sent 2027-01-05T10:00:00.120+0000)\n",
        ),
        (
            "conversation-started.json",
            "Conversation started, 1 result (0 pending):\n  A2P conversation conv-xyz789 (A2P_CONVERSATION) from 2026-06-14T09:12:00.000+0000 to 2026-06-15T09:12:00.000+0000, started by message msg-abc123\n",
        ),
        (
            "invalid-send-request.json",
            "Not a known RCS webhook: there is no `results` array; every RCS webhook is a batch {\"results\": [...]}.\n",
        ),
    ];
    for (name, summary) in cases {
        assert_eq!(inspect(&read(name)).summary, summary, "{name}");
    }
}

#[test]
fn long_batches_and_long_values_are_cut_in_the_summary() {
    let result =
        json!({"messageId": "m", "to": "441134960001", "seenAt": "2027-01-05T10:03:41.000+0000"});
    let body = json!({"results": vec![result; 25]});
    let i = inspect(&body.to_string());
    assert!(i.is_well_formed());
    let lines: Vec<&str> = i.summary.lines().collect();
    assert_eq!(lines.len(), 1 + 20 + 1);
    assert_eq!(lines[21], "  ... and 5 more");

    let text = "x".repeat(500) + "\u{1b}[2J";
    let body = json!({"results": [{"sender": "1", "to": "2", "integrationType": "RCS",
        "receivedAt": "2026-03-03T14:20:05.000+0000", "messageId": "m",
        "message": {"type": "TEXT", "text": text}, "price": {}}],
        "messageCount": 1, "pendingMessageCount": 0});
    let i = inspect(&body.to_string());
    let line = i.summary.lines().nth(1).unwrap();
    assert!(line.contains(&format!("\"{}…\"", "x".repeat(40))), "{line}");
    assert!(!i.summary.contains('\u{1b}'));
}
