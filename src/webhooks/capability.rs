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

open_enum! {
    /// The state of one number's async check in the notify response (`RcsStatusReason`,
    /// Infobip's message status names). An async check is accepted as `PENDING_ENROUTE`.
    ///
    /// ```
    /// use rcs_kit::webhooks::RcsStatusReason;
    /// assert_eq!(RcsStatusReason::from_wire("PENDING_ENROUTE"), RcsStatusReason::PendingEnroute);
    /// assert_eq!(RcsStatusReason::KNOWN.len(), 53);
    /// ```
    RcsStatusReason ("capability-check status") {
        /// `PENDING_TIME_VIOLATION`: pending time violation.
        PendingTimeViolation = "PENDING_TIME_VIOLATION",
        /// `DELIVERED_TO_OPERATOR`: delivered to operator.
        DeliveredToOperator = "DELIVERED_TO_OPERATOR",
        /// `PENDING_WAITING_DELIVERY`: pending waiting delivery.
        PendingWaitingDelivery = "PENDING_WAITING_DELIVERY",
        /// `UNDELIVERABLE_REJECTED_OPERATOR`: undeliverable rejected operator.
        UndeliverableRejectedOperator = "UNDELIVERABLE_REJECTED_OPERATOR",
        /// `DELIVERED_TO_HANDSET`: delivered to handset.
        DeliveredToHandset = "DELIVERED_TO_HANDSET",
        /// `REJECTED_NETWORK`: rejected network.
        RejectedNetwork = "REJECTED_NETWORK",
        /// `PENDING_ENROUTE`: pending enroute.
        PendingEnroute = "PENDING_ENROUTE",
        /// `REJECTED_PREFIX_MISSING`: rejected prefix missing.
        RejectedPrefixMissing = "REJECTED_PREFIX_MISSING",
        /// `UNDELIVERABLE_NOT_DELIVERED`: undeliverable not delivered.
        UndeliverableNotDelivered = "UNDELIVERABLE_NOT_DELIVERED",
        /// `REJECTED_DND`: rejected dnd.
        RejectedDnd = "REJECTED_DND",
        /// `REJECTED_SOURCE`: rejected source.
        RejectedSource = "REJECTED_SOURCE",
        /// `REJECTED_NOT_ENOUGH_CREDITS`: rejected not enough credits.
        RejectedNotEnoughCredits = "REJECTED_NOT_ENOUGH_CREDITS",
        /// `REJECTED_SENDER`: rejected sender.
        RejectedSender = "REJECTED_SENDER",
        /// `REJECTED_DESTINATION`: rejected destination.
        RejectedDestination = "REJECTED_DESTINATION",
        /// `EXPIRED_EXPIRED`: expired expired.
        ExpiredExpired = "EXPIRED_EXPIRED",
        /// `REJECTED_NOT_REACHABLE`: rejected not reachable.
        RejectedNotReachable = "REJECTED_NOT_REACHABLE",
        /// `REJECTED_PREPAID_PACKAGE_EXPIRED`: rejected prepaid package expired.
        RejectedPrepaidPackageExpired = "REJECTED_PREPAID_PACKAGE_EXPIRED",
        /// `REJECTED_DESTINATION_NOT_REGISTERED`: rejected destination not registered.
        RejectedDestinationNotRegistered = "REJECTED_DESTINATION_NOT_REGISTERED",
        /// `REJECTED_ROUTE_NOT_AVAILABLE`: rejected route not available.
        RejectedRouteNotAvailable = "REJECTED_ROUTE_NOT_AVAILABLE",
        /// `REJECTED_FLOODING_FILTER`: rejected flooding filter.
        RejectedFloodingFilter = "REJECTED_FLOODING_FILTER",
        /// `REJECTED_SYSTEM_ERROR`: rejected system error.
        RejectedSystemError = "REJECTED_SYSTEM_ERROR",
        /// `EXPIRED_UNKNOWN`: expired unknown.
        ExpiredUnknown = "EXPIRED_UNKNOWN",
        /// `REJECTED_DUPLICATE_MESSAGE_ID`: rejected duplicate message id.
        RejectedDuplicateMessageId = "REJECTED_DUPLICATE_MESSAGE_ID",
        /// `REJECTED_INVALID_UDH`: rejected invalid udh.
        RejectedInvalidUdh = "REJECTED_INVALID_UDH",
        /// `REJECTED_MESSAGE_TOO_LONG`: rejected message too long.
        RejectedMessageTooLong = "REJECTED_MESSAGE_TOO_LONG",
        /// `REJECTED_NOT_SENT`: rejected not sent.
        RejectedNotSent = "REJECTED_NOT_SENT",
        /// `EXPIRED_DLR_UNKNOWN`: expired dlr unknown.
        ExpiredDlrUnknown = "EXPIRED_DLR_UNKNOWN",
        /// `MO_DELIVERED`: mo delivered.
        MoDelivered = "MO_DELIVERED",
        /// `UNDELIVERABLE_NOT_SENT`: undeliverable not sent.
        UndeliverableNotSent = "UNDELIVERABLE_NOT_SENT",
        /// `MISSING_TO`: missing to.
        MissingTo = "MISSING_TO",
        /// `INVALID_DESTINATION_ADDRESS`: invalid destination address.
        InvalidDestinationAddress = "INVALID_DESTINATION_ADDRESS",
        /// `CONCATENATED_MESSAGE_TOO_LONG`: concatenated message too long.
        ConcatenatedMessageTooLong = "CONCATENATED_MESSAGE_TOO_LONG",
        /// `REJECTED_MONTHLY_LIMIT_REACHED`: rejected monthly limit reached.
        RejectedMonthlyLimitReached = "REJECTED_MONTHLY_LIMIT_REACHED",
        /// `REJECTED_SMPP_SESSION_CLOSED`: rejected smpp session closed.
        RejectedSmppSessionClosed = "REJECTED_SMPP_SESSION_CLOSED",
        /// `INVALID_SUBACCOUNT_NAME`: invalid subaccount name.
        InvalidSubaccountName = "INVALID_SUBACCOUNT_NAME",
        /// `REJECTED_GATEWAY_DATA_TOO_LONG`: rejected gateway data too long.
        RejectedGatewayDataTooLong = "REJECTED_GATEWAY_DATA_TOO_LONG",
        /// `INVALID_COMPANY_ID`: invalid company id.
        InvalidCompanyId = "INVALID_COMPANY_ID",
        /// `REJECTED_INVALID_TRACKING_DATA`: rejected invalid tracking data.
        RejectedInvalidTrackingData = "REJECTED_INVALID_TRACKING_DATA",
        /// `REJECTED_INVALID_COUNT`: rejected invalid count.
        RejectedInvalidCount = "REJECTED_INVALID_COUNT",
        /// `REJECTED_FREE_TRIAL_EXCEEDED`: rejected free trial exceeded.
        RejectedFreeTrialExceeded = "REJECTED_FREE_TRIAL_EXCEEDED",
        /// `REJECTED_SUBSCRIPTION_PLAN_NOT_ACTIVE`: rejected subscription plan not active.
        RejectedSubscriptionPlanNotActive = "REJECTED_SUBSCRIPTION_PLAN_NOT_ACTIVE",
        /// `SIM_SWAP_DETECTED`: sim swap detected.
        SimSwapDetected = "SIM_SWAP_DETECTED",
        /// `DEACTIVATED_LIST`: deactivated list.
        DeactivatedList = "DEACTIVATED_LIST",
        /// `INVALID_CLIENT_NETWORK`: invalid client network.
        InvalidClientNetwork = "INVALID_CLIENT_NETWORK",
        /// `CURRENCY_CHANGE_IN_PROGRESS`: currency change in progress.
        CurrencyChangeInProgress = "CURRENCY_CHANGE_IN_PROGRESS",
        /// `REJECTED_UNREACHABLE_DESTINATION`: rejected unreachable destination.
        RejectedUnreachableDestination = "REJECTED_UNREACHABLE_DESTINATION",
        /// `SIGNALS_BLOCKED`: signals blocked.
        SignalsBlocked = "SIGNALS_BLOCKED",
        /// `VOLUMETRIC_BLOCKED`: volumetric blocked.
        VolumetricBlocked = "VOLUMETRIC_BLOCKED",
        /// `REJECTED_BLOCKED_TEMPLATE`: rejected blocked template.
        RejectedBlockedTemplate = "REJECTED_BLOCKED_TEMPLATE",
        /// `REJECTED_INVALID_PLATFORM_PARAMETERS`: rejected invalid platform parameters.
        RejectedInvalidPlatformParameters = "REJECTED_INVALID_PLATFORM_PARAMETERS",
        /// `REJECTED_SHORT_DOMAIN_NOT_VERIFIED`: rejected short domain not verified.
        RejectedShortDomainNotVerified = "REJECTED_SHORT_DOMAIN_NOT_VERIFIED",
        /// `REJECTED_10DLC_LIMIT_REACHED`: rejected 10dlc limit reached.
        Rejected10dlcLimitReached = "REJECTED_10DLC_LIMIT_REACHED",
        /// `REJECTED_INVALID_BYO_EXTERNAL_ID`: rejected invalid byo external id.
        RejectedInvalidByoExternalId = "REJECTED_INVALID_BYO_EXTERNAL_ID",
    }
}

/// The answer to a sync check, `POST /rcs/2/capability-check/query`
/// (`RcsCapabilityCheckSyncResponse`): one result per number, without `bulkId`.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let r: CapabilityQueryResponse = serde_json::from_str(r#"{"capabilityCheckResults":[
///     {"messageId":"m1","phoneNumber":"441134960001","code":"ENABLED"},
///     {"messageId":"m2","phoneNumber":"441134960002","code":"UNREACHABLE"}]}"#).unwrap();
/// assert_eq!(r.capability_check_results[1].code, Some(CapabilityCode::Unreachable));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityQueryResponse {
    /// One result per number, in the request's order.
    pub capability_check_results: Vec<CapabilityCheckResult>,
    /// The request's options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<CapabilityResultOptions>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One number's state in the answer to an async check.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let s: CapabilityRequestState = serde_json::from_str(
///     r#"{"messageId":"m","phoneNumber":"441134960001","status":"PENDING_ENROUTE"}"#).unwrap();
/// assert_eq!(s.status, Some(RcsStatusReason::PendingEnroute));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityRequestState {
    /// Id of this number's check; its result webhook carries the same id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The check's state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RcsStatusReason>,
    /// Members the model does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The answer to an async check, `POST /rcs/2/capability-check/notify`
/// (`RcsCapabilityCheckAsyncResponse`): the results follow as webhooks
/// ([`CapabilityResult`]), one per number.
///
/// ```
/// use rcs_kit::webhooks::*;
/// let r: CapabilityNotifyResponse = serde_json::from_str(r#"{"bulkId":"b","capabilityCheckRequestStates":[
///     {"messageId":"m1","phoneNumber":"441134960001","status":"PENDING_ENROUTE"}]}"#).unwrap();
/// assert_eq!(r.bulk_id.as_deref(), Some("b"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityNotifyResponse {
    /// Id of the whole check; every result webhook carries it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bulk_id: Option<String>,
    /// One state per number, in the request's order.
    pub capability_check_request_states: Vec<CapabilityRequestState>,
    /// Members the model does not know, kept for a lossless round trip.
    #[serde(flatten)]
    pub extra: Extra,
}
