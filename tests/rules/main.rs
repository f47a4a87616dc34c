//! Every rule: a case exactly at the limit (passes, no issue) and one past it (fails with
//! the expected code at the expected path); every cross-field rule both ways.
//!
//! One module per rule family: the table-driven checks of the schema walk (lengths, counts,
//! numbers, formats, enums, fields, request), then the cross-field rules, mirroring
//! `src/rules/` (content, suggestion, options, ordering, advice). The bodies they
//! mutate and the assertions they share are in `common`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod advice;
mod capability;
mod common;
mod content;
mod counts;
mod enums;
mod fields;
mod formats;
mod lengths;
mod numbers;
mod options;
mod ordering;
mod request;
mod suggestion;

use common::{all_suggestions, card, carousel, clean, full_options, message, text_body};
use serde_json::json;

#[test]
fn bases_are_clean() {
    clean(&text_body());
    clean(&card());
    clean(&carousel(2));
    clean(&full_options(text_body()));
    clean(&message(
        json!({"type": "TEXT", "text": "x", "suggestions": all_suggestions()}),
    ));
    clean(&message(
        json!({"type": "PROVIDER_TEMPLATE", "templateId": "t1", "parameters": [{"name": "a", "value": "b"}]}),
    ));
}
