//! Section 5: the model's JSON names, required fields and enum values are those of
//! `rcs_kit::schema`.

use super::*;

/// Walks `v` along the schema type `ty`. In full mode every object must have exactly the
/// schema's fields; in minimal mode it must have every required field, and beyond them
/// only optional objects and arrays (set to reach what is inside), no optional scalar.
struct Walk {
    full: bool,
    errors: Vec<String>,
    objects: BTreeSet<&'static str>,
    variants: BTreeSet<(&'static str, &'static str)>,
}

impl Walk {
    fn check(&mut self, ty: &Type, v: &Value, path: &str) {
        match ty {
            Type::String(_) => self.expect(v.is_string(), path, "a string"),
            Type::Bool => self.expect(v.is_boolean(), path, "a bool"),
            Type::Any => {}
            Type::Integer(_) => self.expect(v.is_i64(), path, "an integer"),
            Type::Number(_) => self.expect(v.is_number(), path, "a number"),
            Type::Enum(e) => {
                let ok = v.as_str().is_some_and(|s| e.values.contains(&s));
                self.expect(ok, path, e.name)
            }
            Type::Array(a) => match v.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.check(&a.items, item, &format!("{path}/{i}"));
                    }
                }
                None => self.expect(false, path, "an array"),
            },
            Type::Object(o) => self.object(o, v, path, false),
            Type::Switch(w) => {
                let o = if v.get(w.member).is_some() {
                    w.present
                } else {
                    w.absent
                };
                self.object(o, v, path, false)
            }
            Type::Union(u) => {
                let tag = v.get("type").and_then(Value::as_str).unwrap_or_default();
                match u.variants.iter().find(|(t, _)| *t == tag) {
                    Some((t, o)) => {
                        self.variants.insert((u.name, t));
                        self.object(o, v, path, true);
                    }
                    None => self
                        .errors
                        .push(format!("{path}: no {} variant {tag:?}", u.name)),
                }
            }
        }
    }

    fn expect(&mut self, ok: bool, path: &str, what: &str) {
        if !ok {
            self.errors.push(format!("{path}: expected {what}"));
        }
    }

    fn object(&mut self, o: &'static Object, v: &Value, path: &str, tagged: bool) {
        self.objects.insert(o.name);
        let Some(map) = v.as_object() else {
            return self
                .errors
                .push(format!("{path}: expected an object ({})", o.name));
        };
        let have: BTreeSet<&str> = map
            .keys()
            .map(String::as_str)
            .filter(|k| !(tagged && *k == "type"))
            .collect();
        let container = |ty: &Type| matches!(ty, Type::Object(_) | Type::Array(_) | Type::Union(_));
        let want: BTreeSet<&str> = o
            .fields
            .iter()
            .filter(|f| self.full || f.required() || (container(&f.ty) && have.contains(f.name)))
            .map(|f| f.name)
            .collect();
        if have != want {
            self.errors.push(format!(
                "{path} ({}): the model writes {have:?}, the schema has {want:?}",
                o.name
            ));
        }
        for f in o.fields {
            if let Some(x) = map.get(f.name) {
                self.check(&f.ty, x, &format!("{path}/{}", f.name));
            }
        }
    }
}

/// Every object and union variant reachable from `root`.
fn reachable(
    root: &'static Object,
) -> (
    BTreeSet<&'static str>,
    BTreeSet<(&'static str, &'static str)>,
) {
    fn go(
        ty: &Type,
        objects: &mut BTreeSet<&'static str>,
        variants: &mut BTreeSet<(&'static str, &'static str)>,
    ) {
        match ty {
            Type::Object(o) => visit(o, objects, variants),
            Type::Array(a) => go(&a.items, objects, variants),
            Type::Union(u) => {
                for (t, o) in u.variants {
                    variants.insert((u.name, t));
                    visit(o, objects, variants);
                }
            }
            Type::Switch(w) => {
                visit(w.present, objects, variants);
                visit(w.absent, objects, variants);
            }
            _ => {}
        }
    }
    fn visit(
        o: &'static Object,
        objects: &mut BTreeSet<&'static str>,
        variants: &mut BTreeSet<(&'static str, &'static str)>,
    ) {
        if objects.insert(o.name) {
            for f in o.fields {
                go(&f.ty, objects, variants);
            }
        }
    }
    let mut objects = BTreeSet::new();
    let mut variants = BTreeSet::new();
    visit(root, &mut objects, &mut variants);
    (objects, variants)
}

fn walk(root: &'static Object, value: &Value, full: bool) -> Walk {
    let mut w = Walk {
        full,
        errors: Vec::new(),
        objects: BTreeSet::new(),
        variants: BTreeSet::new(),
    };
    w.object(root, value, "", false);
    w
}

fn all_suggestions() -> Vec<Suggestion> {
    vec![
        Suggestion::reply("R", "r"),
        OpenUrlSuggestion::new("O", "o", "https://example.com")
            .in_webview(WebviewViewMode::Half)
            .into(),
        Suggestion::dial_phone("D", "d", "+441134960000"),
        ShowLocationSuggestion::new("S", "s", 1.5, 2.0)
            .with_label("L")
            .into(),
        Suggestion::request_location("Q", "q"),
        CreateCalendarEventSuggestion::new(
            "C",
            "c",
            "2030-01-01T10:00:00.000+0000",
            "2030-01-01T11:00:00.000+0000",
            "T",
        )
        .with_description("D")
        .into(),
    ]
}

fn full_card() -> CardContent {
    let mut card = CardContent::titled("T").with_description("D").with_media(
        CardMedia::new("https://example.com/v.mp4", Height::Medium)
            .with_thumbnail("https://example.com/v.jpg"),
    );
    card.suggestions = Some(all_suggestions());
    card
}

fn full_window() -> DeliveryTimeWindow {
    DeliveryTimeWindow::between(
        vec![DeliveryDay::Monday],
        DeliveryTime::new(9, 0),
        DeliveryTime::new(17, 0),
    )
}

/// A request with every field of every object set, and every union variant used.
fn full_request() -> SendRequest {
    let validity = ValidityPeriod::new(1, ValidityTimeUnit::Hours);
    let sms = SmsFailover::new("t")
        .with_sender("s")
        .with_validity(validity.clone())
        .with_regional(RegionalOptions {
            india_dlt: Some(IndiaDltOptions {
                content_template_id: Some("c".into()),
                telemarketer_id: Some("t".into()),
                ..IndiaDltOptions::new("p")
            }),
            turkey_iys: Some(TurkeyIysOptions {
                brand_code: Some(1),
                ..TurkeyIysOptions::new(IysRecipientType::Bireysel)
            }),
            south_korea: Some(SouthKoreaOptions {
                title: Some("t".into()),
                reseller_code: Some(2),
                ..Default::default()
            }),
            ..Default::default()
        });
    let mms = MmsFailover::new(
        "s",
        MmsContent::new(vec![
            MmsSegment::text("t").with_content_id("1"),
            MmsSegment::Link(MmsLinkSegment {
                content_type: Some("image/png".into()),
                ..MmsLinkSegment::new("https://example.com/a.png")
            })
            .with_content_id("2"),
            MmsSegment::smil("application/smil", "<smil/>").with_content_id("3"),
            MmsSegment::uploaded_reference("u").with_content_id("4"),
        ])
        .with_title("T"),
    )
    .with_validity(validity.clone());
    let options = MessageOptions {
        platform: Some(Platform::new("e", "a")),
        validity_period: Some(validity),
        delivery_time_window: Some(full_window()),
        campaign_reference_id: Some("c".into()),
        sms_failover: Some(sms),
        mms_failover: Some(mms),
        ..Default::default()
    };
    let webhooks = Webhooks {
        delivery: Some(DeliveryWebhook {
            intermediate_report: Some(true),
            notify: Some(true),
            receive_triggered_failover_reports: Some(true),
            ..DeliveryWebhook::new("https://example.com/d")
        }),
        content_type: Some(WebhookContentType::Json),
        callback_data: Some("cb".into()),
        seen: Some(SeenWebhook::new("https://example.com/s")),
        ..Default::default()
    };
    let mut text = TextContent::new("t");
    text.suggestions = Some(all_suggestions());
    let mut file =
        FileContent::new("https://example.com/v.mp4").with_thumbnail("https://example.com/v.jpg");
    file.suggestions = Some(all_suggestions());
    let mut card = CardMessage::new(Orientation::Vertical, Alignment::Left, full_card());
    card.suggestions = Some(all_suggestions());
    let mut carousel = CarouselContent::new(CardWidth::Small, vec![full_card(), full_card()]);
    carousel.suggestions = Some(all_suggestions());
    let template = ProviderTemplateContent::new("t").with_parameter("n", "v");
    let contents: Vec<Content> = vec![
        text.into(),
        file.into(),
        card.into(),
        carousel.into(),
        template.into(),
    ];
    SendRequest {
        messages: contents
            .into_iter()
            .map(|c| {
                Message::to_many("S", vec![Destination::with_id("441134960001", "m")], c)
                    .with_options(options.clone())
                    .with_webhooks(webhooks.clone())
            })
            .collect(),
        options: Some(RequestOptions {
            schedule: Some(
                Schedule {
                    bulk_id: Some("b".into()),
                    ..Schedule::send_at("2030-01-01T10:00:00.000+0000")
                }
                .with_sending_speed_limit(SendingSpeedLimit::new(1, SpeedLimitTimeUnit::Minute)),
            ),
            tracking: Some(Tracking {
                track_clicks: Some(true),
                tracking_url: Some("https://example.com/t".into()),
                remove_protocol: Some(true),
                custom_domain: Some("d".into()),
                ..Tracking::shorten_urls()
            }),
            message_ordering: Some(MessageOrdering {
                stop_on_failure: Some(true),
                ..MessageOrdering::respect_order()
            }),
            ..Default::default()
        }),
        extra: Extra::new(),
    }
}

/// A request with only the required fields, every union variant used.
fn minimal_request() -> SendRequest {
    let options = MessageOptions {
        validity_period: Some(ValidityPeriod {
            time_unit: None,
            ..ValidityPeriod::new(1, ValidityTimeUnit::Minutes)
        }),
        delivery_time_window: Some(full_window()),
        sms_failover: Some(SmsFailover::new("t").with_regional(RegionalOptions {
            india_dlt: Some(IndiaDltOptions::new("p")),
            turkey_iys: Some(TurkeyIysOptions::new(IysRecipientType::Tacir)),
            south_korea: Some(SouthKoreaOptions::default()),
            ..Default::default()
        })),
        mms_failover: Some(MmsFailover::new(
            "s",
            MmsContent::new(vec![
                MmsSegment::text("t"),
                MmsSegment::link("https://example.com/a.png"),
                MmsSegment::smil("application/smil", "<smil/>"),
                MmsSegment::uploaded_reference("u"),
            ]),
        )),
        platform: Some(Platform::default()),
        ..Default::default()
    };
    let webhooks = Webhooks {
        delivery: Some(DeliveryWebhook::default()),
        seen: Some(SeenWebhook::default()),
        ..Default::default()
    };
    let chips = all_suggestions()
        .into_iter()
        .map(|s| match s {
            Suggestion::OpenUrl(o) => Suggestion::open_url(o.text, o.postback_data, o.url),
            Suggestion::ShowLocation(s) => {
                Suggestion::show_location(s.text, s.postback_data, 1.0, 2.0)
            }
            Suggestion::CreateCalendarEvent(c) => Suggestion::calendar_event(
                c.text,
                c.postback_data,
                c.start_time,
                c.end_time,
                c.title,
            ),
            s => s,
        })
        .collect::<Vec<_>>();
    let mut text = TextContent::new("t");
    let card = CardContent {
        media: Some(CardMedia::new("https://example.com/a.png", Height::Tall)),
        suggestions: Some(chips.clone()),
        ..Default::default()
    };
    text.suggestions = Some(chips);
    let contents: Vec<Content> = vec![
        text.into(),
        Content::file("https://example.com/a.png"),
        CardMessage::new(Orientation::Horizontal, Alignment::Right, card.clone()).into(),
        CarouselContent::new(CardWidth::Medium, vec![card]).into(),
        ProviderTemplateContent::new("t")
            .with_parameter("n", "v")
            .into(),
    ];
    SendRequest {
        messages: contents
            .into_iter()
            .map(|c| {
                Message::new("S", "441134960001", c)
                    .with_options(options.clone())
                    .with_webhooks(webhooks.clone())
            })
            .collect(),
        options: Some(RequestOptions {
            schedule: Some(
                Schedule::default().with_sending_speed_limit(SendingSpeedLimit {
                    time_unit: None,
                    ..SendingSpeedLimit::new(1, SpeedLimitTimeUnit::Day)
                }),
            ),
            tracking: Some(Tracking::default()),
            message_ordering: Some(MessageOrdering::default()),
            ..Default::default()
        }),
        extra: Extra::new(),
    }
}

#[test]
fn model_writes_every_schema_field_with_its_json_name() {
    let value = serde_json::to_value(full_request()).unwrap();
    let w = walk(&schema::request::REQUEST, &value, true);
    assert!(w.errors.is_empty(), "{:#?}", w.errors);
    let (objects, variants) = reachable(&schema::request::REQUEST);
    assert_eq!(
        w.objects, objects,
        "objects the full request does not reach"
    );
    assert_eq!(
        w.variants, variants,
        "union variants the full request does not use"
    );
    // And the full request reads back into the same value.
    assert_eq!(
        round_trip(&value.to_string()).map(|r| serde_json::to_value(r).unwrap()),
        Ok(value)
    );
}

#[test]
fn model_requires_exactly_the_schema_required_fields() {
    let value = serde_json::to_value(minimal_request()).unwrap();
    let w = walk(&schema::request::REQUEST, &value, false);
    assert!(w.errors.is_empty(), "{:#?}", w.errors);
    let (objects, variants) = reachable(&schema::request::REQUEST);
    assert_eq!(w.objects, objects);
    assert_eq!(w.variants, variants);
}

#[test]
fn events_model_matches_the_schema() {
    let full = EventsRequest::new(vec![
        Event {
            destinations: vec![Destination::with_id("441134960001", "x")],
            ..Event::seen("S", "1", "m")
        }
        .with_options(EventOptions {
            platform: Some(Platform::new("e", "a")),
            delivery_time_window: Some(full_window()),
            ..Default::default()
        }),
        Event {
            destinations: vec![Destination::with_id("441134960001", "x")],
            ..Event::typing("S", "1")
        }
        .with_options(EventOptions {
            platform: Some(Platform::new("e", "a")),
            delivery_time_window: Some(full_window()),
            ..Default::default()
        }),
    ]);
    let minimal = EventsRequest::new(vec![
        Event::seen("S", "441134960001", "m").with_options(EventOptions {
            platform: Some(Platform::default()),
            delivery_time_window: Some(full_window()),
            ..Default::default()
        }),
        Event::typing("S", "441134960001"),
    ]);
    let (objects, variants) = reachable(&schema::events::EVENTS_REQUEST);
    for (req, full) in [(full, true), (minimal, false)] {
        let w = walk(
            &schema::events::EVENTS_REQUEST,
            &serde_json::to_value(req).unwrap(),
            full,
        );
        assert!(w.errors.is_empty(), "{:#?}", w.errors);
        assert_eq!(w.objects, objects);
        assert_eq!(w.variants, variants);
    }
}

/// Serializes each model enum value and compares with the schema's value list, in order.
fn enum_matches<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    e: &schema::Enumeration,
    all: &[T],
) {
    let names: Vec<Value> = all
        .iter()
        .map(|v| serde_json::to_value(v).unwrap())
        .collect();
    let want: Vec<Value> = e.values.iter().map(|v| json!(v)).collect();
    assert_eq!(names, want, "{}", e.name);
    for (v, name) in all.iter().zip(&names) {
        assert_eq!(&serde_json::from_value::<T>(name.clone()).unwrap(), v);
    }
}

#[test]
fn enum_values_are_the_schema_values() {
    use schema::request as r;
    enum_matches(
        &r::ORIENTATION,
        &[Orientation::Horizontal, Orientation::Vertical],
    );
    enum_matches(&r::ALIGNMENT, &[Alignment::Left, Alignment::Right]);
    enum_matches(&r::HEIGHT, &[Height::Short, Height::Medium, Height::Tall]);
    enum_matches(&r::CARD_WIDTH, &[CardWidth::Small, CardWidth::Medium]);
    enum_matches(
        &r::APPLICATION,
        &[OpenUrlApplication::Browser, OpenUrlApplication::Webview],
    );
    enum_matches(
        &r::WEBVIEW_VIEW_MODE,
        &[
            WebviewViewMode::Full,
            WebviewViewMode::Half,
            WebviewViewMode::Tall,
        ],
    );
    enum_matches(
        &r::VALIDITY_TIME_UNIT,
        &[
            ValidityTimeUnit::Seconds,
            ValidityTimeUnit::Minutes,
            ValidityTimeUnit::Hours,
        ],
    );
    enum_matches(&r::DAY, &DeliveryDay::ALL);
    enum_matches(
        &r::SPEED_TIME_UNIT,
        &[
            SpeedLimitTimeUnit::Minute,
            SpeedLimitTimeUnit::Hour,
            SpeedLimitTimeUnit::Day,
        ],
    );
    enum_matches(
        &r::WEBHOOK_CONTENT_TYPE,
        &[WebhookContentType::Json, WebhookContentType::Xml],
    );
    enum_matches(
        &r::IYS_RECIPIENT_TYPE,
        &[IysRecipientType::Bireysel, IysRecipientType::Tacir],
    );
}
