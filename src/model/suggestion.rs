//! Suggestions (chips and card buttons), selected by their `type` member.

use super::Extra;
use serde::{Deserialize, Serialize};
use serde_json::Number;

/// A suggested reply or action, selected by its `type` member (schema `Suggestion`).
///
/// Every type has a `text` (1 to 25 characters, shown on the chip) and a `postbackData`
/// (1 to 2,048 characters, sent back to you when tapped).
///
/// ```
/// use rcs_kit::model::*;
/// let chips = vec![
///     Suggestion::reply("Yes", "yes"),
///     Suggestion::open_url("Website", "site", "https://example.com"),
///     Suggestion::dial_phone("Call us", "call", "+441134960000"),
///     Suggestion::show_location("Our shop", "map", 51.5, -0.12),
///     Suggestion::request_location("Share location", "loc"),
///     Suggestion::calendar_event("Book", "cal", "2030-03-03T15:00:00.000+0100",
///                                "2030-03-03T16:00:00.000+0100", "Appointment"),
/// ];
/// let types: Vec<_> = chips.iter()
///     .map(|s| serde_json::to_value(s).unwrap()["type"].as_str().unwrap().to_owned())
///     .collect();
/// assert_eq!(types, ["REPLY", "OPEN_URL", "DIAL_PHONE", "SHOW_LOCATION",
///                    "REQUEST_LOCATION", "CREATE_CALENDAR_EVENT"]);
/// assert_eq!(chips[2].text(), "Call us");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Suggestion {
    /// `REPLY`: sends its text back to you.
    Reply(ReplySuggestion),
    /// `OPEN_URL`: opens a URL in the browser or a webview.
    OpenUrl(OpenUrlSuggestion),
    /// `DIAL_PHONE`: starts a call.
    DialPhone(DialPhoneSuggestion),
    /// `SHOW_LOCATION`: shows a point on a map.
    ShowLocation(ShowLocationSuggestion),
    /// `REQUEST_LOCATION`: asks the user to share a location.
    RequestLocation(RequestLocationSuggestion),
    /// `CREATE_CALENDAR_EVENT`: adds an event to the user's calendar.
    CreateCalendarEvent(CreateCalendarEventSuggestion),
}

impl Suggestion {
    /// A `REPLY` chip.
    pub fn reply(text: impl Into<String>, postback_data: impl Into<String>) -> Self {
        Suggestion::Reply(ReplySuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            extra: Extra::new(),
        })
    }

    /// An `OPEN_URL` chip that opens `url` in the browser (no `application` set: the
    /// API's default).
    pub fn open_url(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        Suggestion::OpenUrl(OpenUrlSuggestion::new(text, postback_data, url))
    }

    /// An `OPEN_URL` chip that opens `url` in a webview of the given size
    /// (`application: WEBVIEW`).
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let s = Suggestion::open_url_webview("Track", "track", "https://x.example/t", WebviewViewMode::Half);
    /// assert_eq!(
    ///     serde_json::to_value(&s).unwrap(),
    ///     serde_json::json!({"type": "OPEN_URL", "text": "Track", "postbackData": "track",
    ///         "url": "https://x.example/t", "application": "WEBVIEW", "webviewViewMode": "HALF"})
    /// );
    /// ```
    pub fn open_url_webview(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        url: impl Into<String>,
        mode: WebviewViewMode,
    ) -> Self {
        Suggestion::OpenUrl(OpenUrlSuggestion::new(text, postback_data, url).in_webview(mode))
    }

    /// A `DIAL_PHONE` chip that calls `phone_number`.
    pub fn dial_phone(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        phone_number: impl Into<String>,
    ) -> Self {
        Suggestion::DialPhone(DialPhoneSuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            phone_number: phone_number.into(),
            extra: Extra::new(),
        })
    }

    /// A `SHOW_LOCATION` chip for the point (`latitude`, `longitude`), without label.
    /// See [`ShowLocationSuggestion::new`] for how non-finite coordinates are written.
    pub fn show_location(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        latitude: f64,
        longitude: f64,
    ) -> Self {
        Suggestion::ShowLocation(ShowLocationSuggestion::new(
            text,
            postback_data,
            latitude,
            longitude,
        ))
    }

    /// A `REQUEST_LOCATION` chip.
    pub fn request_location(text: impl Into<String>, postback_data: impl Into<String>) -> Self {
        Suggestion::RequestLocation(RequestLocationSuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            extra: Extra::new(),
        })
    }

    /// A `CREATE_CALENDAR_EVENT` chip, without description. Times are
    /// `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (e.g. `2030-03-03T15:00:00.000+0100`).
    pub fn calendar_event(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        start_time: impl Into<String>,
        end_time: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Suggestion::CreateCalendarEvent(CreateCalendarEventSuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            title: title.into(),
            description: None,
            extra: Extra::new(),
        })
    }

    /// The text shown on the chip.
    pub fn text(&self) -> &str {
        match self {
            Suggestion::Reply(s) => &s.text,
            Suggestion::OpenUrl(s) => &s.text,
            Suggestion::DialPhone(s) => &s.text,
            Suggestion::ShowLocation(s) => &s.text,
            Suggestion::RequestLocation(s) => &s.text,
            Suggestion::CreateCalendarEvent(s) => &s.text,
        }
    }

    /// The data sent back when the chip is tapped.
    ///
    /// ```
    /// assert_eq!(rcs_kit::model::Suggestion::reply("Yes", "yes-1").postback_data(), "yes-1");
    /// ```
    pub fn postback_data(&self) -> &str {
        match self {
            Suggestion::Reply(s) => &s.postback_data,
            Suggestion::OpenUrl(s) => &s.postback_data,
            Suggestion::DialPhone(s) => &s.postback_data,
            Suggestion::ShowLocation(s) => &s.postback_data,
            Suggestion::RequestLocation(s) => &s.postback_data,
            Suggestion::CreateCalendarEvent(s) => &s.postback_data,
        }
    }
}

impl From<ReplySuggestion> for Suggestion {
    fn from(s: ReplySuggestion) -> Self {
        Suggestion::Reply(s)
    }
}

impl From<OpenUrlSuggestion> for Suggestion {
    fn from(s: OpenUrlSuggestion) -> Self {
        Suggestion::OpenUrl(s)
    }
}

impl From<DialPhoneSuggestion> for Suggestion {
    fn from(s: DialPhoneSuggestion) -> Self {
        Suggestion::DialPhone(s)
    }
}

impl From<ShowLocationSuggestion> for Suggestion {
    fn from(s: ShowLocationSuggestion) -> Self {
        Suggestion::ShowLocation(s)
    }
}

impl From<RequestLocationSuggestion> for Suggestion {
    fn from(s: RequestLocationSuggestion) -> Self {
        Suggestion::RequestLocation(s)
    }
}

impl From<CreateCalendarEventSuggestion> for Suggestion {
    fn from(s: CreateCalendarEventSuggestion) -> Self {
        Suggestion::CreateCalendarEvent(s)
    }
}

/// `REPLY` suggestion (schema `ReplySuggestion`).
///
/// ```
/// use rcs_kit::model::*;
/// assert_eq!(
///     serde_json::to_value(Suggestion::reply("Yes", "yes")).unwrap(),
///     serde_json::json!({"type": "REPLY", "text": "Yes", "postbackData": "yes"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplySuggestion {
    /// Text shown on the chip, 1 to 25 characters.
    pub text: String,
    /// Data sent back when tapped, 1 to 2,048 characters.
    pub postback_data: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `OPEN_URL` suggestion (schema `OpenUrlSuggestion`).
///
/// ```
/// use rcs_kit::model::*;
/// let s = OpenUrlSuggestion::new("Open", "open", "https://example.com")
///     .with_application(OpenUrlApplication::Browser);
/// assert_eq!(
///     serde_json::to_value(Suggestion::from(s)).unwrap(),
///     serde_json::json!({"type": "OPEN_URL", "text": "Open", "postbackData": "open",
///                        "url": "https://example.com", "application": "BROWSER"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenUrlSuggestion {
    /// Text shown on the chip, 1 to 25 characters.
    pub text: String,
    /// Data sent back when tapped, 1 to 2,048 characters.
    pub postback_data: String,
    /// http(s) URL (RFC 3986).
    pub url: String,
    /// Where the URL opens; the browser when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<OpenUrlApplication>,
    /// Size of the webview; required when `application` is `WEBVIEW`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webview_view_mode: Option<WebviewViewMode>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl OpenUrlSuggestion {
    /// Opens `url`; no `application` (the browser).
    pub fn new(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        url: impl Into<String>,
    ) -> Self {
        OpenUrlSuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            url: url.into(),
            application: None,
            webview_view_mode: None,
            extra: Extra::new(),
        }
    }

    /// Sets `application`.
    pub fn with_application(mut self, application: OpenUrlApplication) -> Self {
        self.application = Some(application);
        self
    }

    /// Opens in a webview: `application: WEBVIEW` with this view mode.
    pub fn in_webview(mut self, mode: WebviewViewMode) -> Self {
        self.application = Some(OpenUrlApplication::Webview);
        self.webview_view_mode = Some(mode);
        self
    }
}

/// `DIAL_PHONE` suggestion (schema `DialPhoneSuggestion`).
///
/// ```
/// use rcs_kit::model::*;
/// assert_eq!(
///     serde_json::to_value(Suggestion::dial_phone("Call", "call", "+441134960000")).unwrap(),
///     serde_json::json!({"type": "DIAL_PHONE", "text": "Call", "postbackData": "call",
///                        "phoneNumber": "+441134960000"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DialPhoneSuggestion {
    /// Text shown on the chip, 1 to 25 characters.
    pub text: String,
    /// Data sent back when tapped, 1 to 2,048 characters.
    pub postback_data: String,
    /// Phone number to call: an optional `+`, then 5 to 15 digits.
    pub phone_number: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `SHOW_LOCATION` suggestion (schema `ShowLocationSuggestion`).
///
/// The coordinates are [`serde_json::Number`]s, so a body read from JSON is written back
/// exactly as it was (`45` stays `45`, `45.0` stays `45.0`).
///
/// ```
/// use rcs_kit::model::*;
/// let s = ShowLocationSuggestion::new("Shop", "map", 45.0, 9.5).with_label("Milan store");
/// assert_eq!(
///     serde_json::to_value(Suggestion::from(s)).unwrap(),
///     serde_json::json!({"type": "SHOW_LOCATION", "text": "Shop", "postbackData": "map",
///                        "latitude": 45.0, "longitude": 9.5, "label": "Milan store"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShowLocationSuggestion {
    /// Text shown on the chip, 1 to 25 characters.
    pub text: String,
    /// Data sent back when tapped, 1 to 2,048 characters.
    pub postback_data: String,
    /// Latitude, -90 to 90.
    pub latitude: Number,
    /// Longitude, -180 to 180.
    pub longitude: Number,
    /// Label of the pin, 1 to 100 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ShowLocationSuggestion {
    /// The point (`latitude`, `longitude`), without label.
    ///
    /// JSON has no NaN or infinity: a non-finite coordinate is written as `i64::MIN`
    /// (negative infinity) or `i64::MAX` (NaN, positive infinity), which the validator
    /// reports as out of range instead of silently moving the pin.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let s = ShowLocationSuggestion::new("Pin", "p", f64::NAN, 0.0);
    /// assert_eq!(s.latitude, serde_json::Number::from(i64::MAX));
    /// let req = SendRequest::new(vec![Message::new("S", "441134960001",
    ///     TextContent::new("Hi").with_suggestion(s.into()))]);
    /// let report = rcs_kit::validate_request(&req, &rcs_kit::Options::at(0));
    /// assert_eq!(report.issues()[0].code, rcs_kit::limits::LATITUDE.code_over());
    /// ```
    pub fn new(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        latitude: f64,
        longitude: f64,
    ) -> Self {
        ShowLocationSuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            latitude: coordinate(latitude),
            longitude: coordinate(longitude),
            label: None,
            extra: Extra::new(),
        }
    }

    /// Sets the label of the pin.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
}

/// A finite `f64` as a JSON number; non-finite values become out-of-range integers.
fn coordinate(v: f64) -> Number {
    Number::from_f64(v).unwrap_or_else(|| {
        Number::from(if v.is_infinite() && v < 0.0 {
            i64::MIN
        } else {
            i64::MAX
        })
    })
}

/// `REQUEST_LOCATION` suggestion (schema `RequestLocationSuggestion`).
///
/// ```
/// use rcs_kit::model::*;
/// assert_eq!(
///     serde_json::to_value(Suggestion::request_location("Share", "loc")).unwrap(),
///     serde_json::json!({"type": "REQUEST_LOCATION", "text": "Share", "postbackData": "loc"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestLocationSuggestion {
    /// Text shown on the chip, 1 to 25 characters.
    pub text: String,
    /// Data sent back when tapped, 1 to 2,048 characters.
    pub postback_data: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `CREATE_CALENDAR_EVENT` suggestion (schema `CreateCalendarEventSuggestion`).
///
/// ```
/// use rcs_kit::model::*;
/// let s = CreateCalendarEventSuggestion::new("Book", "cal", "2030-03-03T15:00:00.000+0100",
///     "2030-03-03T16:00:00.000+0100", "Visit").with_description("Bring your ticket");
/// assert_eq!(
///     serde_json::to_value(Suggestion::from(s)).unwrap(),
///     serde_json::json!({"type": "CREATE_CALENDAR_EVENT", "text": "Book", "postbackData": "cal",
///         "startTime": "2030-03-03T15:00:00.000+0100", "endTime": "2030-03-03T16:00:00.000+0100",
///         "title": "Visit", "description": "Bring your ticket"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateCalendarEventSuggestion {
    /// Text shown on the chip, 1 to 25 characters.
    pub text: String,
    /// Data sent back when tapped, 1 to 2,048 characters.
    pub postback_data: String,
    /// Start (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`), in the future, before `end_time`.
    pub start_time: String,
    /// End (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`), in the future, after `start_time`.
    pub end_time: String,
    /// Event title, 1 to 100 characters.
    pub title: String,
    /// Event description, up to 500 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CreateCalendarEventSuggestion {
    /// An event from `start_time` to `end_time`, without description.
    pub fn new(
        text: impl Into<String>,
        postback_data: impl Into<String>,
        start_time: impl Into<String>,
        end_time: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        CreateCalendarEventSuggestion {
            text: text.into(),
            postback_data: postback_data.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            title: title.into(),
            description: None,
            extra: Extra::new(),
        }
    }

    /// Sets the description.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
}

/// Where an `OPEN_URL` suggestion opens (schema `OpenUrlApplication`).
///
/// ```
/// use rcs_kit::model::OpenUrlApplication;
/// assert_eq!(serde_json::to_value(OpenUrlApplication::Webview).unwrap(), "WEBVIEW");
/// assert_eq!(OpenUrlApplication::default(), OpenUrlApplication::Browser);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OpenUrlApplication {
    /// `BROWSER`: the default browser (the API's default).
    #[default]
    Browser,
    /// `WEBVIEW`: a webview inside the messaging app; needs a [`WebviewViewMode`].
    Webview,
}

/// Size of the webview of an `OPEN_URL` suggestion (schema `WebviewViewMode`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::WebviewViewMode::Tall).unwrap(), "TALL");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WebviewViewMode {
    /// `FULL`: the whole screen.
    Full,
    /// `HALF`: half the screen.
    Half,
    /// `TALL`: three quarters of the screen.
    Tall,
}
