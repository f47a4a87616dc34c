//! MMS failover: its content and the four kinds of segment.

use super::ValidityPeriod;
use crate::model::Extra;
use serde::{Deserialize, Serialize};

/// MMS sent when the RCS message cannot be delivered (schema `MmsFailover`).
///
/// ```
/// use rcs_kit::model::*;
/// let f = MmsFailover::new("InfoMMS", MmsContent::new(vec![MmsSegment::text("Hello")]).with_title("Hi"));
/// assert_eq!(
///     serde_json::to_value(&f).unwrap(),
///     serde_json::json!({"sender": "InfoMMS",
///                        "content": {"title": "Hi", "messageSegments": [{"type": "TEXT", "text": "Hello"}]}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsFailover {
    /// MMS sender.
    pub sender: String,
    /// Validity of the MMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<ValidityPeriod>,
    /// The MMS.
    pub content: MmsContent,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MmsFailover {
    /// An MMS from `sender`.
    pub fn new(sender: impl Into<String>, content: MmsContent) -> Self {
        MmsFailover {
            sender: sender.into(),
            validity_period: None,
            content,
            extra: Extra::new(),
        }
    }

    /// Sets the validity of the MMS.
    pub fn with_validity(mut self, validity: ValidityPeriod) -> Self {
        self.validity_period = Some(validity);
        self
    }
}

/// Content of the failover MMS (schema `MmsContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let c = MmsContent::new(vec![]).with_segment(MmsSegment::link("https://x.example/a.jpg"));
/// assert_eq!(
///     serde_json::to_value(&c).unwrap(),
///     serde_json::json!({"messageSegments": [{"type": "LINK", "contentUrl": "https://x.example/a.jpg"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsContent {
    /// MMS subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Parts of the MMS, at least one.
    pub message_segments: Vec<MmsSegment>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MmsContent {
    /// An MMS of these parts, without subject.
    pub fn new(message_segments: Vec<MmsSegment>) -> Self {
        MmsContent {
            title: None,
            message_segments,
            extra: Extra::new(),
        }
    }

    /// Sets the subject.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Appends a part.
    pub fn with_segment(mut self, segment: MmsSegment) -> Self {
        self.message_segments.push(segment);
        self
    }
}

/// A part of an MMS, selected by its `type` member (schema `MmsSegment`).
///
/// ```
/// use rcs_kit::model::*;
/// let parts = [
///     MmsSegment::text("Hi"),
///     MmsSegment::link("https://x.example/a.jpg"),
///     MmsSegment::smil("application/smil", "<smil/>"),
///     MmsSegment::uploaded_reference("upload-1"),
/// ];
/// let types: Vec<_> = parts.iter()
///     .map(|s| serde_json::to_value(s).unwrap()["type"].as_str().unwrap().to_owned())
///     .collect();
/// assert_eq!(types, ["TEXT", "LINK", "SMIL", "UPLOADED_REFERENCE"]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MmsSegment {
    /// `TEXT`: a text part.
    Text(MmsTextSegment),
    /// `LINK`: a file part, by URL.
    Link(MmsLinkSegment),
    /// `SMIL`: a SMIL layout part.
    Smil(MmsSmilSegment),
    /// `UPLOADED_REFERENCE`: a part uploaded to Infobip beforehand.
    UploadedReference(MmsUploadedReferenceSegment),
}

impl MmsSegment {
    /// A `TEXT` part.
    pub fn text(text: impl Into<String>) -> Self {
        MmsSegment::Text(MmsTextSegment {
            content_id: None,
            text: text.into(),
            extra: Extra::new(),
        })
    }

    /// A `LINK` part: the file at `content_url`, without content type.
    pub fn link(content_url: impl Into<String>) -> Self {
        MmsSegment::Link(MmsLinkSegment::new(content_url))
    }

    /// A `SMIL` part.
    pub fn smil(content_type: impl Into<String>, smil: impl Into<String>) -> Self {
        MmsSegment::Smil(MmsSmilSegment {
            content_id: None,
            content_type: content_type.into(),
            smil: smil.into(),
            extra: Extra::new(),
        })
    }

    /// An `UPLOADED_REFERENCE` part.
    pub fn uploaded_reference(uploaded_content_id: impl Into<String>) -> Self {
        MmsSegment::UploadedReference(MmsUploadedReferenceSegment {
            content_id: None,
            uploaded_content_id: uploaded_content_id.into(),
            extra: Extra::new(),
        })
    }

    /// Sets the part id (`contentId`), whatever the type.
    ///
    /// ```
    /// use rcs_kit::model::MmsSegment;
    /// let s = MmsSegment::text("Hi").with_content_id("part-1");
    /// assert_eq!(serde_json::to_value(&s).unwrap()["contentId"], "part-1");
    /// ```
    pub fn with_content_id(mut self, content_id: impl Into<String>) -> Self {
        let id = Some(content_id.into());
        match &mut self {
            MmsSegment::Text(s) => s.content_id = id,
            MmsSegment::Link(s) => s.content_id = id,
            MmsSegment::Smil(s) => s.content_id = id,
            MmsSegment::UploadedReference(s) => s.content_id = id,
        }
        self
    }
}

/// MMS `TEXT` part (schema `MmsTextSegment`).
///
/// ```
/// use rcs_kit::model::MmsSegment;
/// assert_eq!(serde_json::to_value(MmsSegment::text("Hi")).unwrap(), serde_json::json!({"type": "TEXT", "text": "Hi"}));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsTextSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// The text.
    pub text: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// MMS `LINK` part (schema `MmsLinkSegment`).
///
/// ```
/// use rcs_kit::model::*;
/// let s = MmsLinkSegment { content_type: Some("image/jpeg".into()), ..MmsLinkSegment::new("https://x.example/a.jpg") };
/// assert_eq!(
///     serde_json::to_value(MmsSegment::Link(s)).unwrap(),
///     serde_json::json!({"type": "LINK", "contentUrl": "https://x.example/a.jpg", "contentType": "image/jpeg"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsLinkSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// URL of the file.
    pub content_url: String,
    /// MIME type of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl MmsLinkSegment {
    /// The file at `content_url`.
    pub fn new(content_url: impl Into<String>) -> Self {
        MmsLinkSegment {
            content_id: None,
            content_url: content_url.into(),
            content_type: None,
            extra: Extra::new(),
        }
    }
}

/// MMS `SMIL` part (schema `MmsSmilSegment`).
///
/// ```
/// use rcs_kit::model::MmsSegment;
/// assert_eq!(
///     serde_json::to_value(MmsSegment::smil("application/smil", "<smil/>")).unwrap(),
///     serde_json::json!({"type": "SMIL", "contentType": "application/smil", "smil": "<smil/>"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsSmilSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// MIME type.
    pub content_type: String,
    /// The SMIL document.
    pub smil: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

/// MMS `UPLOADED_REFERENCE` part (schema `MmsUploadedReferenceSegment`).
///
/// ```
/// use rcs_kit::model::MmsSegment;
/// assert_eq!(
///     serde_json::to_value(MmsSegment::uploaded_reference("up-1")).unwrap(),
///     serde_json::json!({"type": "UPLOADED_REFERENCE", "uploadedContentId": "up-1"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MmsUploadedReferenceSegment {
    /// Part id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
    /// Id of the upload.
    pub uploaded_content_id: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}
