//! Typed models (placeholder, replaced by the full model).
#![allow(missing_docs)]
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendRequest { pub messages: Vec<serde_json::Value> }
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventsRequest { pub events: Vec<serde_json::Value> }
