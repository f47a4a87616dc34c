//! Enum values and union tags (`type`): unknown, missing, wrongly typed, wrongly cased.

use crate::common::{card, carousel, fails, remove, run, set, text_body};
use serde_json::json;

#[test]
fn enums_and_unions() {
    let c = "/messages/0/content";
    fails(
        &set(card(), "/messages/0/content/orientation", json!("DIAGONAL")),
        "card.orientation.invalid",
        "/messages/0/content/orientation",
    );
    fails(
        &set(card(), "/messages/0/content/alignment", json!("CENTER")),
        "card.alignment.invalid",
        "/messages/0/content/alignment",
    );
    fails(
        &set(carousel(2), "/messages/0/content/cardWidth", json!("LARGE")),
        "carousel.card_width.invalid",
        "/messages/0/content/cardWidth",
    );
    fails(
        &set(
            card(),
            "/messages/0/content/content/media/height",
            json!("HUGE"),
        ),
        "media.height.invalid",
        "/messages/0/content/content/media/height",
    );
    fails(
        &set(text_body(), "/messages/0/content/type", json!("VIDEO")),
        "content.type.invalid",
        "/messages/0/content/type",
    );
    fails(
        &set(
            text_body(),
            "/messages/0/content/suggestions/0/type",
            json!("SHARE"),
        ),
        "suggestion.type.invalid",
        "/messages/0/content/suggestions/0/type",
    );
    fails(
        &remove(text_body(), "/messages/0/content/type"),
        "content.type.required",
        c,
    );
    fails(
        &set(text_body(), "/messages/0/content/type", json!(1)),
        "type.mismatch",
        "/messages/0/content/type",
    );
    let r = run(&set(
        card(),
        "/messages/0/content/orientation",
        json!("vertical"),
    ));
    assert!(r.issues()[0].message.contains("case-sensitive"), "{r}");
}
