//! What the composer (`www/`) calls each field and each choice it shows, written once.
//!
//! Keys are the names of the [schema](crate::schema) tables: `(object, field)` for a field
//! (a union's name stands for a field every variant has, and for its `type` member), and
//! `(enumeration or union, value)` for a choice. The composer reads them from the
//! generated `pkg/src/generated/data.js` ([`crate::js_data`]); a test checks that every key
//! names a real field or value. The order of a choice's labels is the order the composer
//! offers them in.
//!
//! ```
//! assert_eq!(rcs_kit::labels::field("Suggestion", "text"), Some("Chip text"));
//! assert_eq!(rcs_kit::labels::value("Content", "CARD"), Some("Rich card"));
//! ```

/// `(object or union, field)` → the label of the input, group or list that edits it.
pub const FIELDS: &[((&str, &str), &str)] = &[
    // A message and its recipients.
    (("Message", "sender"), "Sender (your RCS agent)"),
    (("Message", "destinations"), "Destinations"),
    (("Message", "content"), "Content"),
    (("Message", "options"), "Delivery options"),
    (("Message", "webhooks"), "Reports and callback data"),
    (("Destination", "to"), "Phone number"),
    (("Destination", "messageId"), "Your message id"),
    // Content.
    (("Content", "type"), "Format"),
    (("TextContent", "text"), "Text"),
    (("TextContent", "suggestions"), "Suggestion chips"),
    (("FileContent", "file"), "File URL"),
    (("FileContent", "thumbnail"), "Thumbnail URL"),
    (("FileContent", "suggestions"), "Suggestion chips"),
    (("CardMessage", "orientation"), "Orientation"),
    (("CardMessage", "alignment"), "Media alignment"),
    (("CardMessage", "suggestions"), "Chips below the card"),
    (("CarouselContent", "cardWidth"), "Card width"),
    (("CarouselContent", "contents"), "Cards"),
    (
        ("CarouselContent", "suggestions"),
        "Chips below the carousel",
    ),
    (("ProviderTemplateContent", "templateId"), "Template id"),
    (("ProviderTemplateContent", "parameters"), "Parameters"),
    (("TemplateParameter", "name"), "Name"),
    (("TemplateParameter", "value"), "Value"),
    (("CardContent", "title"), "Title"),
    (("CardContent", "description"), "Description"),
    (("CardContent", "media"), "Media"),
    (("CardContent", "suggestions"), "Buttons in the card"),
    (("CardMedia", "file"), "Media URL"),
    (("CardMedia", "height"), "Height"),
    (("CardMedia", "thumbnail"), "Thumbnail URL"),
    // Suggestions.
    (("Suggestion", "type"), "Action"),
    (("Suggestion", "text"), "Chip text"),
    (("Suggestion", "postbackData"), "Postback data"),
    (("OpenUrlSuggestion", "url"), "URL"),
    (("OpenUrlSuggestion", "application"), "Open in"),
    (("OpenUrlSuggestion", "webviewViewMode"), "Webview size"),
    (("DialPhoneSuggestion", "phoneNumber"), "Phone number"),
    (("ShowLocationSuggestion", "latitude"), "Latitude"),
    (("ShowLocationSuggestion", "longitude"), "Longitude"),
    (("ShowLocationSuggestion", "label"), "Pin label"),
    (("CreateCalendarEventSuggestion", "startTime"), "Starts"),
    (("CreateCalendarEventSuggestion", "endTime"), "Ends"),
    (("CreateCalendarEventSuggestion", "title"), "Event title"),
    (
        ("CreateCalendarEventSuggestion", "description"),
        "Event description",
    ),
    // Delivery options and failover.
    (("MessageOptions", "validityPeriod"), "Validity period"),
    (
        ("MessageOptions", "deliveryTimeWindow"),
        "Delivery time window (UTC)",
    ),
    (
        ("MessageOptions", "campaignReferenceId"),
        "Campaign reference",
    ),
    (("MessageOptions", "smsFailover"), "SMS failover"),
    (("MessageOptions", "mmsFailover"), "MMS failover"),
    (("Platform", "entityId"), "Platform entity id"),
    (("Platform", "applicationId"), "Platform application id"),
    (("ValidityPeriod", "amount"), "Amount"),
    (("ValidityPeriod", "timeUnit"), "Unit"),
    (("DeliveryTimeWindow", "days"), "Days"),
    (("DeliveryTimeWindow", "from"), "From"),
    (("DeliveryTimeWindow", "to"), "To"),
    (("DeliveryTime", "hour"), "hour"),
    (("DeliveryTime", "minute"), "minute"),
    (("SmsFailover", "sender"), "SMS sender"),
    (("SmsFailover", "text"), "SMS text"),
    (("SmsFailover", "validityPeriod"), "Validity period"),
    (("MmsFailover", "sender"), "MMS sender"),
    (("MmsFailover", "validityPeriod"), "Validity period"),
    (("MmsContent", "title"), "MMS subject"),
    (("MmsContent", "messageSegments"), "MMS parts"),
    (("MmsTextSegment", "text"), "Text"),
    (("MmsLinkSegment", "contentUrl"), "File URL"),
    (("MmsLinkSegment", "contentType"), "MIME type"),
    (("MmsSmilSegment", "contentType"), "MIME type"),
    (("MmsSmilSegment", "smil"), "SMIL document"),
    (
        ("MmsUploadedReferenceSegment", "uploadedContentId"),
        "Uploaded content id",
    ),
    // Reports.
    (("DeliveryWebhook", "url"), "Delivery report URL"),
    (("DeliveryWebhook", "notify"), "Delivery reports"),
    (
        ("DeliveryWebhook", "intermediateReport"),
        "Intermediate reports",
    ),
    (
        ("DeliveryWebhook", "receiveTriggeredFailoverReports"),
        "Failover reports",
    ),
    (("SeenWebhook", "url"), "Seen report URL"),
    (("Webhooks", "contentType"), "Report format"),
    (("Webhooks", "callbackData"), "Callback data"),
    // Request options.
    (("SendRequest", "options"), "Request options (all messages)"),
    (("RequestOptions", "schedule"), "Schedule"),
    (("RequestOptions", "tracking"), "URL tracking"),
    (("RequestOptions", "messageOrdering"), "Message ordering"),
    (("Schedule", "sendAt"), "Send at"),
    (("Schedule", "bulkId"), "Bulk id"),
    (("Schedule", "sendingSpeedLimit"), "Sending speed limit"),
    (("SendingSpeedLimit", "amount"), "Messages"),
    (("SendingSpeedLimit", "timeUnit"), "Per"),
    (("Tracking", "shortenUrl"), "Shorten URLs"),
    (("Tracking", "trackClicks"), "Track clicks"),
    (("Tracking", "removeProtocol"), "Drop http(s)://"),
    (("Tracking", "trackingUrl"), "Click report URL"),
    (("Tracking", "customDomain"), "Custom short domain"),
    (("MessageOrdering", "respectOrder"), "Deliver in order"),
    (("MessageOrdering", "stopOnFailure"), "Stop on failure"),
];

/// `(enumeration or union, value)` → the label of that choice, in the order offered.
pub const VALUES: &[((&str, &str), &str)] = &[
    (("Content", "TEXT"), "Text"),
    (("Content", "FILE"), "File"),
    (("Content", "CARD"), "Rich card"),
    (("Content", "CAROUSEL"), "Carousel"),
    (("Content", "PROVIDER_TEMPLATE"), "Provider template"),
    (("Suggestion", "REPLY"), "Reply"),
    (("Suggestion", "OPEN_URL"), "Open URL"),
    (("Suggestion", "DIAL_PHONE"), "Dial phone"),
    (("Suggestion", "SHOW_LOCATION"), "Show location"),
    (("Suggestion", "REQUEST_LOCATION"), "Request location"),
    (("Suggestion", "CREATE_CALENDAR_EVENT"), "Calendar event"),
    (("MmsSegment", "TEXT"), "Text"),
    (("MmsSegment", "LINK"), "Link"),
    (("MmsSegment", "SMIL"), "Smil"),
    (("MmsSegment", "UPLOADED_REFERENCE"), "Uploaded"),
    (("Orientation", "VERTICAL"), "Vertical"),
    (("Orientation", "HORIZONTAL"), "Horizontal"),
    (("Alignment", "LEFT"), "Left"),
    (("Alignment", "RIGHT"), "Right"),
    (("Height", "SHORT"), "Short"),
    (("Height", "MEDIUM"), "Medium"),
    (("Height", "TALL"), "Tall"),
    (("CardWidth", "SMALL"), "Small"),
    (("CardWidth", "MEDIUM"), "Medium"),
    (("OpenUrlApplication", "BROWSER"), "Browser"),
    (("OpenUrlApplication", "WEBVIEW"), "Webview"),
    (("WebviewViewMode", "FULL"), "Full"),
    (("WebviewViewMode", "HALF"), "Half"),
    (("WebviewViewMode", "TALL"), "Tall"),
    (("ValidityTimeUnit", "SECONDS"), "Seconds"),
    (("ValidityTimeUnit", "MINUTES"), "Minutes"),
    (("ValidityTimeUnit", "HOURS"), "Hours"),
    (("SpeedLimitTimeUnit", "MINUTE"), "Minute"),
    (("SpeedLimitTimeUnit", "HOUR"), "Hour"),
    (("SpeedLimitTimeUnit", "DAY"), "Day"),
    (("WebhookContentType", "application/json"), "JSON"),
    (("WebhookContentType", "application/xml"), "XML"),
];

/// The label of field `field` of object (or union) `object`.
pub fn field(object: &str, field: &str) -> Option<&'static str> {
    find(FIELDS, object, field)
}

/// The label of value `value` of enumeration (or union) `set`.
pub fn value(set: &str, value: &str) -> Option<&'static str> {
    find(VALUES, set, value)
}

fn find(table: &'static [((&str, &str), &str)], a: &str, b: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|((x, y), _)| *x == a && *y == b)
        .map(|(_, label)| *label)
}
