//! Cards: the body of a CARD message and of each CAROUSEL card, with its media.

use super::{push, Extra, Resource, Suggestion};
use serde::{Deserialize, Serialize};

/// Title, description, media and buttons of one card (schema `CardContent`): the
/// `content` of a CARD message and each of the `contents` of a CAROUSEL.
///
/// A card needs `media` or `title` (the validator checks it).
///
/// ```
/// use rcs_kit::model::*;
/// let card = CardContent::titled("Summer sale")
///     .with_description("Up to 50% off")
///     .with_media(CardMedia::new("https://x.example/v.mp4", Height::Medium).with_thumbnail("https://x.example/v.jpg"))
///     .with_suggestion(Suggestion::open_url("Shop", "shop", "https://x.example/shop"));
/// assert_eq!(
///     serde_json::to_value(&card).unwrap(),
///     serde_json::json!({
///         "title": "Summer sale",
///         "description": "Up to 50% off",
///         "media": {"file": {"url": "https://x.example/v.mp4"},
///                   "thumbnail": {"url": "https://x.example/v.jpg"}, "height": "MEDIUM"},
///         "suggestions": [{"type": "OPEN_URL", "text": "Shop", "postbackData": "shop",
///                          "url": "https://x.example/shop"}]
///     })
/// );
/// assert_eq!(serde_json::to_value(CardContent::default()).unwrap(), serde_json::json!({}));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CardContent {
    /// Bold title, 1 to 200 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description, 1 to 2,000 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Image, GIF or video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media: Option<CardMedia>,
    /// Buttons in the card, up to 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Vec<Suggestion>>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CardContent {
    /// A card with only a title.
    pub fn titled(title: impl Into<String>) -> Self {
        CardContent {
            title: Some(title.into()),
            ..CardContent::default()
        }
    }

    /// Sets the title.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets the description.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets the media.
    pub fn with_media(mut self, media: CardMedia) -> Self {
        self.media = Some(media);
        self
    }

    /// Appends a button (suggestion inside the card).
    pub fn with_suggestion(mut self, suggestion: Suggestion) -> Self {
        push(&mut self.suggestions, suggestion);
        self
    }
}

/// Media of a card (schema `CardMedia`).
///
/// ```
/// use rcs_kit::model::*;
/// let m = CardMedia::new("https://x.example/a.png", Height::Short);
/// assert_eq!(
///     serde_json::to_value(&m).unwrap(),
///     serde_json::json!({"file": {"url": "https://x.example/a.png"}, "height": "SHORT"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CardMedia {
    /// The image or video.
    pub file: Resource,
    /// Thumbnail, for video media only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<Resource>,
    /// Height of the media.
    pub height: Height,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CardMedia {
    /// The file at `url`, shown at `height`, without thumbnail.
    pub fn new(url: impl Into<String>, height: Height) -> Self {
        CardMedia {
            file: Resource::new(url),
            thumbnail: None,
            height,
            extra: Extra::new(),
        }
    }

    /// Sets the thumbnail (video media only).
    pub fn with_thumbnail(mut self, url: impl Into<String>) -> Self {
        self.thumbnail = Some(Resource::new(url));
        self
    }
}

/// Layout of a CARD (schema `Orientation`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::Orientation::Horizontal).unwrap(), "HORIZONTAL");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Orientation {
    /// `HORIZONTAL`: media beside the text.
    Horizontal,
    /// `VERTICAL`: media above the text.
    Vertical,
}

/// Side of the media in a horizontal card (schema `Alignment`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::Alignment::Right).unwrap(), "RIGHT");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Alignment {
    /// `LEFT`.
    Left,
    /// `RIGHT`.
    Right,
}

/// Height of card media (schema `Height`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::Height::Tall).unwrap(), "TALL");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Height {
    /// `SHORT`.
    Short,
    /// `MEDIUM`.
    Medium,
    /// `TALL` (not supported in carousels).
    Tall,
}

/// Width of the cards of a carousel (schema `CardWidth`).
///
/// ```
/// assert_eq!(serde_json::to_value(rcs_kit::model::CardWidth::Small).unwrap(), "SMALL");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CardWidth {
    /// `SMALL`.
    Small,
    /// `MEDIUM`.
    Medium,
}
