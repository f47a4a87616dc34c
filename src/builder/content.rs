//! Builders of TEXT, FILE, CARD, CAROUSEL and PROVIDER_TEMPLATE content.

use crate::model::{
    push, Alignment, CardContent, CardMedia, CardMessage, CardWidth, CarouselContent, Content,
    FileContent, Height, Orientation, ProviderTemplateContent, Resource, Suggestion, TextContent,
};

impl TextContent {
    /// A builder for TEXT content.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let t = TextContent::builder("Hello").suggestion(Suggestion::reply("Hi", "hi")).build();
    /// assert_eq!(t, TextContent::new("Hello").with_suggestion(Suggestion::reply("Hi", "hi")));
    /// ```
    pub fn builder(text: impl Into<String>) -> TextBuilder {
        TextBuilder(TextContent::new(text))
    }
}

/// Builds [`TextContent`]. Made by [`TextContent::builder`]; converts into [`Content`].
///
/// ```
/// use rcs_kit::model::*;
/// let content: Content = TextContent::builder("Where should we deliver?")
///     .suggestion(Suggestion::request_location("Share location", "loc"))
///     .suggestions([Suggestion::reply("Pick up", "pickup"), Suggestion::reply("Later", "later")])
///     .into();
/// assert_eq!(content.suggestions().map(<[_]>::len), Some(3));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TextBuilder(TextContent);

impl TextBuilder {
    /// Appends a suggestion (chip), up to 11.
    pub fn suggestion(mut self, suggestion: impl Into<Suggestion>) -> Self {
        push(&mut self.0.suggestions, suggestion.into());
        self
    }

    /// Appends several suggestions.
    pub fn suggestions(mut self, suggestions: impl IntoIterator<Item = Suggestion>) -> Self {
        self.0
            .suggestions
            .get_or_insert_with(Vec::new)
            .extend(suggestions);
        self
    }

    /// The content (checked when the request is built).
    pub fn build(self) -> TextContent {
        self.0
    }
}

impl From<TextBuilder> for Content {
    fn from(b: TextBuilder) -> Self {
        Content::Text(b.0)
    }
}

impl FileContent {
    /// A builder for FILE content: the file at `url`.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let f = FileContent::builder("https://example.com/a.pdf").build();
    /// assert_eq!(f.file.url, "https://example.com/a.pdf");
    /// ```
    pub fn builder(url: impl Into<String>) -> FileBuilder {
        FileBuilder(FileContent::new(url))
    }
}

/// Builds [`FileContent`]. Made by [`FileContent::builder`]; converts into [`Content`].
///
/// ```
/// use rcs_kit::model::*;
/// let content: Content = FileContent::builder("https://example.com/clip.mp4")
///     .thumbnail("https://example.com/clip.jpg")
///     .suggestion(Suggestion::reply("Nice", "nice"))
///     .into();
/// assert_eq!(
///     serde_json::to_value(&content).unwrap(),
///     serde_json::json!({"type": "FILE", "file": {"url": "https://example.com/clip.mp4"},
///                        "thumbnail": {"url": "https://example.com/clip.jpg"},
///                        "suggestions": [{"type": "REPLY", "text": "Nice", "postbackData": "nice"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FileBuilder(FileContent);

impl FileBuilder {
    /// Sets the thumbnail (video files only).
    pub fn thumbnail(mut self, url: impl Into<String>) -> Self {
        self.0.thumbnail = Some(Resource::new(url));
        self
    }

    /// Appends a suggestion (chip), up to 11.
    pub fn suggestion(mut self, suggestion: impl Into<Suggestion>) -> Self {
        push(&mut self.0.suggestions, suggestion.into());
        self
    }

    /// The content (checked when the request is built).
    pub fn build(self) -> FileContent {
        self.0
    }
}

impl From<FileBuilder> for Content {
    fn from(b: FileBuilder) -> Self {
        Content::File(b.0)
    }
}

impl CardContent {
    /// A builder for one card: the body of a CARD message or one card of a carousel.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let card = CardContent::builder().title("Pizza").build();
    /// assert_eq!(card, CardContent::titled("Pizza"));
    /// ```
    pub fn builder() -> CardBuilder {
        CardBuilder::default()
    }
}

/// Builds a [`CardContent`]. Made by [`CardContent::builder`]; pass it to
/// [`CarouselBuilder::card`].
///
/// The thumbnail may be set before or after the media. A thumbnail without media is kept
/// as `media: {thumbnail}`, so the validator reports the missing media file and height.
///
/// ```
/// use rcs_kit::model::*;
/// let card = CardContent::builder()
///     .title("Margherita")
///     .description("Tomato, mozzarella, basil")
///     .thumbnail("https://example.com/pizza.jpg")
///     .media("https://example.com/pizza.mp4", Height::Medium)
///     .suggestion(Suggestion::reply("Order", "order-margherita"))
///     .build();
/// assert_eq!(
///     serde_json::to_value(&card).unwrap(),
///     serde_json::json!({
///         "title": "Margherita",
///         "description": "Tomato, mozzarella, basil",
///         "media": {"file": {"url": "https://example.com/pizza.mp4"},
///                   "thumbnail": {"url": "https://example.com/pizza.jpg"}, "height": "MEDIUM"},
///         "suggestions": [{"type": "REPLY", "text": "Order", "postbackData": "order-margherita"}]
///     })
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardBuilder {
    card: CardContent,
    thumbnail: Option<Resource>,
}

impl CardBuilder {
    /// Sets the title (1 to 200 characters).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.card.title = Some(title.into());
        self
    }

    /// Sets the description (1 to 2,000 characters).
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.card.description = Some(description.into());
        self
    }

    /// Sets the media: the image or video at `url`, shown at `height`.
    pub fn media(mut self, url: impl Into<String>, height: Height) -> Self {
        self.card.media = Some(CardMedia::new(url, height));
        self
    }

    /// Sets the thumbnail of the media (video media only).
    pub fn thumbnail(mut self, url: impl Into<String>) -> Self {
        self.thumbnail = Some(Resource::new(url));
        self
    }

    /// Appends a button inside the card, up to 4.
    pub fn suggestion(mut self, suggestion: impl Into<Suggestion>) -> Self {
        push(&mut self.card.suggestions, suggestion.into());
        self
    }

    /// The card (checked when the request is built).
    pub fn build(self) -> CardContent {
        let mut card = self.card;
        if let Some(thumbnail) = self.thumbnail {
            match &mut card.media {
                Some(media) => media.thumbnail = Some(thumbnail),
                None => {
                    let mut media = serde_json::Map::new();
                    media.insert(
                        "thumbnail".into(),
                        serde_json::json!({ "url": thumbnail.url }),
                    );
                    card.extra
                        .insert("media".into(), serde_json::Value::Object(media));
                }
            }
        }
        card
    }
}

impl From<CardBuilder> for CardContent {
    fn from(b: CardBuilder) -> Self {
        b.build()
    }
}

impl CardMessage {
    /// A builder for CARD content.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let c = CardMessage::builder(Orientation::Horizontal, Alignment::Right).title("Hi").build();
    /// assert_eq!(c.content.title.as_deref(), Some("Hi"));
    /// ```
    pub fn builder(orientation: Orientation, alignment: Alignment) -> CardMessageBuilder {
        CardMessageBuilder {
            orientation,
            alignment,
            card: CardBuilder::default(),
            chips: None,
        }
    }
}

/// Builds a CARD message ([`CardMessage`]). Made by [`CardMessage::builder`]; converts
/// into [`Content`].
///
/// [`suggestion`](Self::suggestion) adds a button inside the card;
/// [`chip`](Self::chip) adds a message-level suggestion below it.
///
/// ```
/// use rcs_kit::model::*;
/// let content: Content = CardMessage::builder(Orientation::Vertical, Alignment::Left)
///     .title("Your table")
///     .description("Friday 20:00, 4 people")
///     .media("https://example.com/table.jpg", Height::Short)
///     .suggestion(Suggestion::calendar_event("Add to calendar", "cal",
///         "2030-05-03T20:00:00.000+0200", "2030-05-03T22:00:00.000+0200", "Dinner"))
///     .chip(Suggestion::dial_phone("Call us", "call", "+441134960000"))
///     .into();
/// let v = serde_json::to_value(&content).unwrap();
/// assert_eq!(v["type"], "CARD");
/// assert_eq!(v["content"]["suggestions"][0]["type"], "CREATE_CALENDAR_EVENT");
/// assert_eq!(v["suggestions"][0]["type"], "DIAL_PHONE");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CardMessageBuilder {
    orientation: Orientation,
    alignment: Alignment,
    card: CardBuilder,
    chips: Option<Vec<Suggestion>>,
}

impl CardMessageBuilder {
    /// Sets the card title (1 to 200 characters).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.card = self.card.title(title);
        self
    }

    /// Sets the card description (1 to 2,000 characters).
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.card = self.card.description(description);
        self
    }

    /// Sets the card media: the image or video at `url`, shown at `height`.
    pub fn media(mut self, url: impl Into<String>, height: Height) -> Self {
        self.card = self.card.media(url, height);
        self
    }

    /// Sets the thumbnail of the media (video media only).
    pub fn thumbnail(mut self, url: impl Into<String>) -> Self {
        self.card = self.card.thumbnail(url);
        self
    }

    /// Appends a button inside the card, up to 4.
    pub fn suggestion(mut self, suggestion: impl Into<Suggestion>) -> Self {
        self.card = self.card.suggestion(suggestion);
        self
    }

    /// Appends a message-level suggestion (chip below the card), up to 11.
    pub fn chip(mut self, suggestion: impl Into<Suggestion>) -> Self {
        push(&mut self.chips, suggestion.into());
        self
    }

    /// The content (checked when the request is built).
    pub fn build(self) -> CardMessage {
        let mut card = CardMessage::new(self.orientation, self.alignment, self.card.build());
        card.suggestions = self.chips;
        card
    }
}

impl From<CardMessageBuilder> for Content {
    fn from(b: CardMessageBuilder) -> Self {
        Content::Card(b.build())
    }
}

impl CarouselContent {
    /// A builder for CAROUSEL content with cards of this width.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let c = CarouselContent::builder(CardWidth::Small).card(CardContent::titled("A")).build();
    /// assert_eq!(c.contents.len(), 1);
    /// ```
    pub fn builder(card_width: CardWidth) -> CarouselBuilder {
        CarouselBuilder(CarouselContent::new(card_width, Vec::new()))
    }
}

/// Builds [`CarouselContent`]. Made by [`CarouselContent::builder`]; converts into
/// [`Content`].
///
/// ```
/// use rcs_kit::model::*;
/// let pizza = |name: &str| CardContent::builder()
///     .title(name)
///     .media(format!("https://example.com/{name}.jpg"), Height::Medium)
///     .suggestion(Suggestion::reply("Order", format!("order-{name}")));
/// let content: Content = CarouselContent::builder(CardWidth::Medium)
///     .card(pizza("margherita"))
///     .card(pizza("diavola"))
///     .chip(Suggestion::open_url("Full menu", "menu", "https://example.com/menu"))
///     .into();
/// let v = serde_json::to_value(&content).unwrap();
/// assert_eq!(v["contents"][1]["title"], "diavola");
/// assert_eq!(v["suggestions"][0]["type"], "OPEN_URL");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CarouselBuilder(CarouselContent);

impl CarouselBuilder {
    /// Appends a card (a [`CardContent`] or a [`CardBuilder`]); 2 to 10 cards.
    pub fn card(mut self, card: impl Into<CardContent>) -> Self {
        self.0.contents.push(card.into());
        self
    }

    /// Appends a message-level suggestion (chip below the carousel), up to 11.
    pub fn chip(mut self, suggestion: impl Into<Suggestion>) -> Self {
        push(&mut self.0.suggestions, suggestion.into());
        self
    }

    /// The content (checked when the request is built).
    pub fn build(self) -> CarouselContent {
        self.0
    }
}

impl From<CarouselBuilder> for Content {
    fn from(b: CarouselBuilder) -> Self {
        Content::Carousel(b.0)
    }
}

impl ProviderTemplateContent {
    /// A builder for PROVIDER_TEMPLATE content: the template `template_id`.
    ///
    /// ```
    /// use rcs_kit::model::*;
    /// let t = ProviderTemplateContent::builder("otp").parameter("code", "1234").build();
    /// assert_eq!(t, ProviderTemplateContent::new("otp").with_parameter("code", "1234"));
    /// ```
    pub fn builder(template_id: impl Into<String>) -> TemplateBuilder {
        TemplateBuilder(ProviderTemplateContent::new(template_id))
    }
}

/// Builds [`ProviderTemplateContent`]. Made by [`ProviderTemplateContent::builder`];
/// converts into [`Content`].
///
/// ```
/// use rcs_kit::model::*;
/// let content: Content = ProviderTemplateContent::builder("order_shipped")
///     .parameter("name", "Ada")
///     .parameter("tracking", "ZX81")
///     .into();
/// assert_eq!(
///     serde_json::to_value(&content).unwrap(),
///     serde_json::json!({"type": "PROVIDER_TEMPLATE", "templateId": "order_shipped",
///         "parameters": [{"name": "name", "value": "Ada"}, {"name": "tracking", "value": "ZX81"}]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateBuilder(ProviderTemplateContent);

impl TemplateBuilder {
    /// Appends the parameter `name` with `value`.
    pub fn parameter(self, name: impl Into<String>, value: impl Into<String>) -> Self {
        TemplateBuilder(self.0.with_parameter(name, value))
    }

    /// The content (checked when the request is built).
    pub fn build(self) -> ProviderTemplateContent {
        self.0
    }
}

impl From<TemplateBuilder> for Content {
    fn from(b: TemplateBuilder) -> Self {
        Content::ProviderTemplate(b.0)
    }
}
