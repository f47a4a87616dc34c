//! Shared by the stand-in's tests and its load run.
pub mod client;
pub mod receiver;
pub mod server;
