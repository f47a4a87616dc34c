//! FILE, CARD and CAROUSEL content and their platform warnings (`src/rules/content.rs`).

use crate::common::{card, carousel, clean, fails, file, opts, remove, set, warns};
use rcs_kit::{validate_str, Options};
use serde_json::json;

#[test]
fn card_needs_media_or_title() {
    let c = "/messages/0/content/content";
    clean(&remove(card(), "/messages/0/content/content/media"));
    clean(&remove(card(), "/messages/0/content/content/title"));
    let none = remove(
        remove(card(), "/messages/0/content/content/media"),
        "/messages/0/content/content/title",
    );
    fails(&none, "card.title_or_media.required", c);
    let none = remove(
        remove(carousel(2), "/messages/0/content/contents/1/media"),
        "/messages/0/content/contents/1/title",
    );
    fails(
        &none,
        "card.title_or_media.required",
        "/messages/0/content/contents/1",
    );
}

#[test]
fn platform_warnings() {
    warns(
        &set(
            carousel(2),
            "/messages/0/content/contents/1/media/height",
            json!("TALL"),
        ),
        "carousel.media.tall",
        "/messages/0/content/contents/1/media/height",
    );
    warns(
        &set(
            card(),
            "/messages/0/content/content/media/file/url",
            json!("https://e.com/a.png"),
        ),
        "media.thumbnail.not_video",
        "/messages/0/content/content/media/thumbnail",
    );
    warns(
        &remove(
            set(
                card(),
                "/messages/0/content/content/media/file/url",
                json!("https://e.com/a.pdf"),
            ),
            "/messages/0/content/content/media/thumbnail",
        ),
        "media.file.pdf",
        "/messages/0/content/content/media/file/url",
    );
    let mut f = file();
    f["messages"][0]["content"]["thumbnail"] = json!({"url": "https://e.com/t.png"});
    warns(
        &f,
        "file.thumbnail.not_video",
        "/messages/0/content/thumbnail",
    );
    warns(
        &set(
            file(),
            "/messages/0/content/file/url",
            json!("https://e.com/a.webp"),
        ),
        "file.url.unsupported_type",
        "/messages/0/content/file/url",
    );
    // Strict mode makes them errors.
    let body = set(
        carousel(2),
        "/messages/0/content/contents/1/media/height",
        json!("TALL"),
    )
    .to_string();
    let strict = validate_str(
        &body,
        &Options {
            strict: true,
            ..opts()
        },
    );
    assert!(strict.errors().any(|i| i.code == "carousel.media.tall"));
}
