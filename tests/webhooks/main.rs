//! Inbound webhooks (`rcs_kit::webhooks`): kind detection, checks, summaries and the
//! typed models, on the fixtures of `tests/fixtures/webhooks/`.
//!
//! Each `NAME.json` has a `NAME.expect`: a `# description` line, `kind: <kind>` (as
//! `WebhookKind::as_str`), then one `severity code path` line per issue, compared as a
//! multiset (a line without path means the root).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod checks;
mod common;
mod fixtures;
mod mutants;
mod summary;
mod typed;
