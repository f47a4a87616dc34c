//! The result of an async capability check (`POST /rcs/2/capability-check/notify`), one
//! POST to `notifyUrl` per number.
//!
//! Infobip's sources disagree on its shape, so both are read (and written back as they
//! came): the API documentation's **flat** `{bulkId, messageId, phoneNumber, code,
//! options}`, and the Java SDK's `RcsCapabilityCheckAsyncResult`, **nested**
//! `{capabilityCheckResult: {bulkId, messageId, phoneNumber, code}, options}`.

use super::{open_enum, Extra, Platform};
use serde::{Deserialize, Serialize};
use serde_json::Value;

open_enum! {
    /// Whether a number can receive RCS (`RcsCapabilityCheckResponseCode`). The SDK lists
    /// `PROCESSING_ERROR` where the webhook documentation lists `AGENT_NOT_LAUNCHED`: both
    /// are known here.
    ///
    /// ```
    /// use rcs_kit::webhooks::CapabilityCode;
    /// assert_eq!(CapabilityCode::from_wire("ENABLED"), CapabilityCode::Enabled);
    /// assert!(!CapabilityCode::from_wire("NEW_CODE").is_known());
    /// ```
    CapabilityCode ("capability code") {
        /// The number can receive RCS from this sender.
        Enabled = "ENABLED",
        /// The number cannot be reached over RCS.
        Unreachable = "UNREACHABLE",
        /// The network rejected the check.
        RejectedNetwork = "REJECTED_NETWORK",
        /// No route to the number's network.
        RejectedRouteNotAvailable = "REJECTED_ROUTE_NOT_AVAILABLE",
        /// The check failed.
        RequestFailed = "REQUEST_FAILED",
        /// Infobip failed to process it (Java SDK).
        ProcessingError = "PROCESSING_ERROR",
        /// The sender is not launched on the carrier (webhook documentation).
        AgentNotLaunched = "AGENT_NOT_LAUNCHED",
        /// Not a valid number.
        InvalidDestinationAddress = "INVALID_DESTINATION_ADDRESS",
        /// Any other outcome.
        UnknownCode = "UNKNOWN_CODE",
    }
}

/// One number's result: in the flat shape at the top level, in the nested one under
/// `capabilityCheckResult`.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let r: CapabilityCheckResult = serde_json::from_str(
///     r#"{"bulkId":"b","messageId":"m","phoneNumber":"441134960001","code":"UNREACHABLE"}"#).unwrap();
/// assert_eq!(r.code, Some(CapabilityCode::Unreachable));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityCheckResult {
    /// Bulk id of the notify request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bulk_id: Option<String>,
    /// Id of this number's check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The number checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<CapabilityCode>,
    /// Members the model does not know, kept for a lossless round trip (in the flat
    /// shape, `options` is read into [`CapabilityResult::options`] instead).
    #[serde(flatten)]
    pub extra: Extra,
}

/// `options` of a result.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityResultOptions {
    /// Platform (CPaaS X) identifiers of the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Members the model does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The shape a result came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapabilityShape {
    /// `{bulkId, messageId, phoneNumber, code, options}` (Infobip's documentation).
    Flat,
    /// `{capabilityCheckResult: {...}, options}` (Infobip's Java SDK).
    Nested,
}

/// An async capability-check result, in either shape (see the module docs).
///
/// ```
/// use rcs_kit::webhooks::*;
/// let nested = r#"{"capabilityCheckResult":{"bulkId":"b","messageId":"m","phoneNumber":"441134960001","code":"ENABLED"},"options":{"platform":{"entityId":"e"}}}"#;
/// let flat = r#"{"bulkId":"b","messageId":"m","phoneNumber":"441134960001","code":"ENABLED","options":{"platform":{"entityId":"e"}}}"#;
/// let a: CapabilityResult = serde_json::from_str(nested).unwrap();
/// let b: CapabilityResult = serde_json::from_str(flat).unwrap();
/// assert_eq!(a.result, b.result);
/// assert_eq!((a.shape, b.shape), (CapabilityShape::Nested, CapabilityShape::Flat));
/// // written back as it came
/// assert_eq!(serde_json::to_string(&a).unwrap(), nested);
/// assert_eq!(serde_json::to_string(&b).unwrap(), flat);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CapabilityResult {
    /// The shape it came in (and is written in).
    pub shape: CapabilityShape,
    /// The number's result.
    pub result: CapabilityCheckResult,
    /// The request's options.
    pub options: Option<CapabilityResultOptions>,
    /// Top-level members the model does not know (nested shape; in the flat shape they
    /// are in `result.extra`).
    pub extra: Extra,
}

impl<'de> Deserialize<'de> for CapabilityResult {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut top = serde_json::Map::<String, Value>::deserialize(d)?;
        // null reads as absent, as everywhere in the webhook models
        let options = match top.remove("options") {
            None | Some(Value::Null) => None,
            Some(o) => Some(serde_json::from_value(o).map_err(D::Error::custom)?),
        };
        match top.remove("capabilityCheckResult") {
            Some(Value::Null) => Ok(CapabilityResult {
                shape: CapabilityShape::Nested,
                result: CapabilityCheckResult::default(),
                options,
                extra: top,
            }),
            Some(inner) => Ok(CapabilityResult {
                shape: CapabilityShape::Nested,
                result: serde_json::from_value(inner).map_err(D::Error::custom)?,
                options,
                extra: top,
            }),
            None => Ok(CapabilityResult {
                shape: CapabilityShape::Flat,
                result: serde_json::from_value(Value::Object(top)).map_err(D::Error::custom)?,
                options,
                extra: Extra::new(),
            }),
        }
    }
}

impl Serialize for CapabilityResult {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        match self.shape {
            CapabilityShape::Nested => {
                map.serialize_entry("capabilityCheckResult", &self.result)?
            }
            CapabilityShape::Flat => {
                let r = &self.result;
                let fields = [
                    ("bulkId", &r.bulk_id),
                    ("messageId", &r.message_id),
                    ("phoneNumber", &r.phone_number),
                ];
                for (k, v) in fields {
                    if let Some(v) = v {
                        map.serialize_entry(k, v)?;
                    }
                }
                if let Some(code) = &r.code {
                    map.serialize_entry("code", code)?;
                }
                for (k, v) in &r.extra {
                    map.serialize_entry(k, v)?;
                }
            }
        }
        if let Some(o) = &self.options {
            map.serialize_entry("options", o)?;
        }
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}
