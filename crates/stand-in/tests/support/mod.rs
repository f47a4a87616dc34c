//! Shared by the stand-in's tests and its load run.
pub mod client;
