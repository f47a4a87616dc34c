//! The `rcs-kit` command line, through its real binary: output formats, exit status,
//! several files, standard input, usage errors, and hostile inputs (each must end in
//! exit 1 or 2 with a message, within 10 seconds, without a crash).
//!
//! One module per command (`validate` and its options, `migrate`, `inspect-webhook`,
//! `billing`), then usage errors and hostile inputs; `common` runs the binary.

// Test code: helpers outside `#[test]` functions may fail loudly too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod billing;
mod capability;
mod common;
mod convert;
mod hostile;
mod inspect_webhook;
mod migrate;
mod render;
mod send;
mod template;
mod usage;
mod validate;
mod validate_options;
