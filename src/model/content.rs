//! Message content: TEXT, FILE, CARD, CAROUSEL and PROVIDER_TEMPLATE.

use super::{push, Alignment, CardContent, CardWidth, Extra, Orientation, Suggestion};
use serde::{Deserialize, Serialize};

/// What a message sends, selected by its `type` member (schema `Content`).
///
/// ```
/// use rcs_kit::model::*;
/// let c = Content::text("Hello");
/// assert_eq!(serde_json::to_value(&c).unwrap(), serde_json::json!({"type": "TEXT", "text": "Hello"}));
/// let c: Content = serde_json::from_str(r#"{"type":"FILE","file":{"url":"https://x.example/a.jpg"}}"#).unwrap();
/// assert_eq!(c, Content::file("https://x.example/a.jpg"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Content {
    /// `TEXT`: a text message.
    Text(TextContent),
    /// `FILE`: an image, audio, video or PDF file.
    File(FileContent),
    /// `CARD`: a standalone rich card.
    Card(CardMessage),
    /// `CAROUSEL`: 2 to 10 cards side by side.
    Carousel(CarouselContent),
    /// `PROVIDER_TEMPLATE`: a template registered with the provider (India, Indonesia).
    ProviderTemplate(ProviderTemplateContent),
}

impl Content {
    /// TEXT content without suggestions.
    pub fn text(text: impl Into<String>) -> Self {
        Content::Text(TextContent::new(text))
    }

    /// FILE content: the file at `url`, without thumbnail or suggestions.
    pub fn file(url: impl Into<String>) -> Self {
        Content::File(FileContent::new(url))
    }

    /// PROVIDER_TEMPLATE content without parameters.
    pub fn template(template_id: impl Into<String>) -> Self {
        Content::ProviderTemplate(ProviderTemplateContent::new(template_id))
    }

    /// The message-level suggestions (chips), if the content type has them and any are
    /// set.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let c: Content = TextContent::new("Hi").with_suggestion(Suggestion::reply("Yes", "y")).into();
    /// assert_eq!(c.suggestions().map(<[_]>::len), Some(1));
    /// assert!(Content::template("t").suggestions().is_none());
    /// ```
    pub fn suggestions(&self) -> Option<&[Suggestion]> {
        match self {
            Content::Text(c) => c.suggestions.as_deref(),
            Content::File(c) => c.suggestions.as_deref(),
            Content::Card(c) => c.suggestions.as_deref(),
            Content::Carousel(c) => c.suggestions.as_deref(),
            Content::ProviderTemplate(_) => None,
        }
    }
}

impl From<TextContent> for Content {
    fn from(c: TextContent) -> Self {
        Content::Text(c)
    }
}

impl From<FileContent> for Content {
    fn from(c: FileContent) -> Self {
        Content::File(c)
    }
}

impl From<CardMessage> for Content {
    fn from(c: CardMessage) -> Self {
        Content::Card(c)
    }
}

impl From<CarouselContent> for Content {
    fn from(c: CarouselContent) -> Self {
        Content::Carousel(c)
    }
}

impl From<ProviderTemplateContent> for Content {
    fn from(c: ProviderTemplateContent) -> Self {
        Content::ProviderTemplate(c)
    }
}

/// TEXT content (schema `TextContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let t = TextContent::new("Pick one").with_suggestion(Suggestion::reply("A", "a"));
/// assert_eq!(
///     serde_json::to_value(Content::from(t)).unwrap(),
///     serde_json::json!({"type": "TEXT", "text": "Pick one",
///                        "suggestions": [{"type": "REPLY", "text": "A", "postbackData": "a"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextContent {
    /// The text, up to 3,072 characters.
    pub text: String,
    /// Chips below the message, up to 11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Vec<Suggestion>>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl TextContent {
    /// Text without suggestions.
    pub fn new(text: impl Into<String>) -> Self {
        TextContent {
            text: text.into(),
            suggestions: None,
            extra: Extra::new(),
        }
    }

    /// Appends a suggestion (chip).
    pub fn with_suggestion(mut self, suggestion: Suggestion) -> Self {
        push(&mut self.suggestions, suggestion);
        self
    }
}

/// FILE content (schema `FileContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let f = FileContent::new("https://x.example/v.mp4").with_thumbnail("https://x.example/v.jpg");
/// assert_eq!(
///     serde_json::to_value(Content::from(f)).unwrap(),
///     serde_json::json!({"type": "FILE", "file": {"url": "https://x.example/v.mp4"},
///                        "thumbnail": {"url": "https://x.example/v.jpg"}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileContent {
    /// The file.
    pub file: Resource,
    /// Thumbnail, for video files only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<Resource>,
    /// Chips below the message, up to 11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Vec<Suggestion>>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl FileContent {
    /// The file at `url`.
    pub fn new(url: impl Into<String>) -> Self {
        FileContent {
            file: Resource::new(url),
            thumbnail: None,
            suggestions: None,
            extra: Extra::new(),
        }
    }

    /// Sets the thumbnail (video files only).
    pub fn with_thumbnail(mut self, url: impl Into<String>) -> Self {
        self.thumbnail = Some(Resource::new(url));
        self
    }

    /// Appends a suggestion (chip).
    pub fn with_suggestion(mut self, suggestion: Suggestion) -> Self {
        push(&mut self.suggestions, suggestion);
        self
    }
}

/// CARD content (schema `CardMessage`): a standalone rich card.
///
/// ```
/// use rcs_kit::model::*;
/// let card = CardMessage::new(
///     Orientation::Vertical,
///     Alignment::Left,
///     CardContent::titled("Sale").with_media(CardMedia::new("https://x.example/a.png", Height::Medium)),
/// );
/// assert_eq!(
///     serde_json::to_value(Content::from(card)).unwrap(),
///     serde_json::json!({"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT",
///         "content": {"title": "Sale",
///                     "media": {"file": {"url": "https://x.example/a.png"}, "height": "MEDIUM"}}})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CardMessage {
    /// Layout of the card.
    pub orientation: Orientation,
    /// Side of the image in a horizontal card (required even for vertical cards).
    pub alignment: Alignment,
    /// The card itself.
    pub content: CardContent,
    /// Chips below the card (message level), up to 11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Vec<Suggestion>>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CardMessage {
    /// A card with this layout and body, without message-level chips.
    pub fn new(orientation: Orientation, alignment: Alignment, content: CardContent) -> Self {
        CardMessage {
            orientation,
            alignment,
            content,
            suggestions: None,
            extra: Extra::new(),
        }
    }

    /// Appends a message-level suggestion (chip below the card).
    pub fn with_suggestion(mut self, suggestion: Suggestion) -> Self {
        push(&mut self.suggestions, suggestion);
        self
    }
}

/// CAROUSEL content (schema `CarouselContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let c = CarouselContent::new(CardWidth::Medium, vec![CardContent::titled("A"), CardContent::titled("B")]);
/// assert_eq!(
///     serde_json::to_value(Content::from(c)).unwrap(),
///     serde_json::json!({"type": "CAROUSEL", "cardWidth": "MEDIUM",
///                        "contents": [{"title": "A"}, {"title": "B"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarouselContent {
    /// Width of the cards.
    pub card_width: CardWidth,
    /// The cards, 2 to 10.
    pub contents: Vec<CardContent>,
    /// Chips below the carousel (message level), up to 11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Vec<Suggestion>>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl CarouselContent {
    /// A carousel of these cards, without message-level chips.
    pub fn new(card_width: CardWidth, contents: Vec<CardContent>) -> Self {
        CarouselContent {
            card_width,
            contents,
            suggestions: None,
            extra: Extra::new(),
        }
    }

    /// Appends a message-level suggestion (chip below the carousel).
    pub fn with_suggestion(mut self, suggestion: Suggestion) -> Self {
        push(&mut self.suggestions, suggestion);
        self
    }
}

/// PROVIDER_TEMPLATE content (schema `ProviderTemplateContent`).
///
/// ```
/// use rcs_kit::model::*;
/// let t = ProviderTemplateContent::new("order_update").with_parameter("name", "Ada");
/// assert_eq!(
///     serde_json::to_value(Content::from(t)).unwrap(),
///     serde_json::json!({"type": "PROVIDER_TEMPLATE", "templateId": "order_update",
///                        "parameters": [{"name": "name", "value": "Ada"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderTemplateContent {
    /// Template code, exactly as registered.
    pub template_id: String,
    /// Values for the template's parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<TemplateParameter>>,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ProviderTemplateContent {
    /// The template `template_id` without parameters.
    pub fn new(template_id: impl Into<String>) -> Self {
        ProviderTemplateContent {
            template_id: template_id.into(),
            parameters: None,
            extra: Extra::new(),
        }
    }

    /// Appends a parameter.
    pub fn with_parameter(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        push(&mut self.parameters, TemplateParameter::new(name, value));
        self
    }
}

/// A named value filled into a template (schema `TemplateParameter`).
///
/// ```
/// use rcs_kit::model::TemplateParameter;
/// assert_eq!(
///     serde_json::to_value(TemplateParameter::new("code", "1234")).unwrap(),
///     serde_json::json!({"name": "code", "value": "1234"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateParameter {
    /// Parameter name, as registered with the template.
    pub name: String,
    /// Its value.
    pub value: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl TemplateParameter {
    /// The parameter `name` with `value`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        TemplateParameter {
            name: name.into(),
            value: value.into(),
            extra: Extra::new(),
        }
    }
}

/// A file the API fetches by URL: `{"url": ...}` (schema `Resource`).
///
/// ```
/// use rcs_kit::model::Resource;
/// assert_eq!(
///     serde_json::to_value(Resource::new("https://x.example/a.png")).unwrap(),
///     serde_json::json!({"url": "https://x.example/a.png"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resource {
    /// http(s) URL of the file, up to 2,048 characters.
    pub url: String,
    /// Members the model does not know (fields the API may add), kept for a lossless
    /// round trip.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Resource {
    /// The file at `url`.
    pub fn new(url: impl Into<String>) -> Self {
        Resource {
            url: url.into(),
            extra: Extra::new(),
        }
    }
}

impl From<&str> for Resource {
    fn from(url: &str) -> Self {
        Resource::new(url)
    }
}

impl From<String> for Resource {
    fn from(url: String) -> Self {
        Resource::new(url)
    }
}
