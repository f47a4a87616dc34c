//! Message options (platform, validity period, delivery time window, campaign reference,
//! SMS failover with regional options, MMS failover), webhooks and request options
//! (schedule, tracking; message ordering is set by [`crate::body`]).

use crate::json::{obj, s, set};
use crate::limits::{
    at_least, at_most, BULK_ID, CALLBACK_DATA, DELIVERY_WINDOW, PLATFORM_ID, VALIDITY_PERIOD,
};
use crate::rng::Rng;
use crate::{text, time};
use rcs_kit::enums::{DAY, IYS_RECIPIENT_TYPE, SPEED_TIME_UNIT};
use serde_json::Value;

/// A validity period within the 48 hours the API honours, in a random unit (none means
/// minutes).
pub fn validity_period(rng: &mut Rng) -> Value {
    let seconds = at_most(&VALIDITY_PERIOD);
    let (unit, most) = match rng.below(4) {
        0 => (None, seconds / 60),
        1 => (Some("SECONDS"), seconds),
        2 => (Some("MINUTES"), seconds / 60),
        _ => (Some("HOURS"), seconds / 3600),
    };
    let amount = if rng.chance(10) {
        most
    } else {
        rng.range(1, most)
    };
    let mut v = obj([("amount", Value::from(amount))]);
    if let Some(u) = unit {
        set(&mut v, "timeUnit", s(u));
    }
    v
}

/// A delivery time window: some days, and often `from` / `to` at least an hour apart.
pub fn delivery_time_window(rng: &mut Rng) -> Value {
    let mut days: Vec<Value> = DAY
        .values
        .iter()
        .filter(|_| rng.chance(60))
        .map(|d| s(*d))
        .collect();
    if days.is_empty() {
        days.push(s(rng.pick_str(DAY.values)));
    }
    let mut w = obj([("days", Value::Array(days))]);
    if rng.chance(60) {
        let span_min = at_least(&DELIVERY_WINDOW);
        let from = rng.range(0, 22 * 60 - span_min) / 15 * 15;
        let to = rng.range(from + span_min, 23 * 60 + 45) / 15 * 15;
        let to = to.max(from + span_min);
        let at = |m: usize| {
            obj([
                ("hour", Value::from(m / 60)),
                ("minute", Value::from(m % 60)),
            ])
        };
        set(&mut w, "from", at(from));
        set(&mut w, "to", at(to));
    }
    w
}

fn platform(rng: &mut Rng) -> Value {
    let id = |rng: &mut Rng, prefix: &str| {
        if rng.chance(5) {
            s(text::limited(
                rng,
                at_most(&PLATFORM_ID),
                at_most(&PLATFORM_ID),
            ))
        } else {
            s(format!("{prefix}-{}", rng.below(1_000_000)))
        }
    };
    match rng.below(3) {
        0 => obj([("entityId", id(rng, "entity"))]),
        1 => obj([("applicationId", id(rng, "app"))]),
        _ => obj([
            ("entityId", id(rng, "entity")),
            ("applicationId", id(rng, "app")),
        ]),
    }
}

fn regional(rng: &mut Rng) -> Value {
    match rng.below(3) {
        0 => {
            let mut dlt = obj([("principalEntityId", s(text::digits(rng, 18)))]);
            set(&mut dlt, "contentTemplateId", s(text::digits(rng, 19)));
            if rng.chance(50) {
                set(&mut dlt, "telemarketerId", s(text::digits(rng, 18)));
            }
            obj([("indiaDlt", dlt)])
        }
        1 => {
            let kind = rng.pick_str(IYS_RECIPIENT_TYPE.values);
            let iys = obj([
                ("brandCode", Value::from(rng.range(100_000, 999_999))),
                ("recipientType", s(kind)),
            ]);
            obj([("turkeyIys", iys)])
        }
        _ => {
            let len = rng.range(1, 20);
            let kr = obj([
                ("title", s(text::exact(rng, len))),
                (
                    "resellerCode",
                    Value::from(rng.range(100_000_000, 999_999_999)),
                ),
            ]);
            obj([("southKorea", kr)])
        }
    }
}

/// An SMS failover: text, and sometimes a sender, a validity period, regional options.
pub fn sms_failover(rng: &mut Rng) -> Value {
    let len = rng.range(1, 300);
    let mut f = obj([("text", s(text::exact(rng, len)))]);
    if rng.chance(60) {
        set(&mut f, "sender", s(text::sender(rng)));
    }
    if rng.chance(30) {
        set(&mut f, "validityPeriod", validity_period(rng));
    }
    if rng.chance(30) {
        set(&mut f, "regional", regional(rng));
    }
    f
}

fn mms_segment(rng: &mut Rng) -> Value {
    let mut seg = match rng.below(6) {
        0..=2 => {
            let len = rng.range(1, 120);
            obj([("type", s("TEXT")), ("text", s(text::exact(rng, len)))])
        }
        3 | 4 => {
            let mut l = obj([
                ("type", s("LINK")),
                ("contentUrl", s(text::media_url(rng, "png"))),
            ]);
            if rng.chance(50) {
                set(&mut l, "contentType", s("image/png"));
            }
            l
        }
        _ if rng.chance(50) => obj([
            ("type", s("SMIL")),
            ("contentType", s("application/smil")),
            (
                "smil",
                s("<smil><body><par dur=\"5s\"><img src=\"cid:img1\"/></par></body></smil>"),
            ),
        ]),
        _ => obj([
            ("type", s("UPLOADED_REFERENCE")),
            (
                "uploadedContentId",
                s(format!("upl-{}", text::hex(rng, 12))),
            ),
        ]),
    };
    if rng.chance(20) {
        set(
            &mut seg,
            "contentId",
            s(format!("cid-{}", rng.below(1_000_000))),
        );
    }
    seg
}

/// An MMS failover: sender and segments, sometimes a title and a validity period.
pub fn mms_failover(rng: &mut Rng) -> Value {
    let n = rng.range(1, 4);
    let mut content = obj([(
        "messageSegments",
        Value::Array((0..n).map(|_| mms_segment(rng)).collect()),
    )]);
    if rng.chance(40) {
        let len = rng.range(1, 30);
        set(&mut content, "title", s(text::exact(rng, len)));
    }
    let mut f = obj([("sender", s(text::sender(rng))), ("content", content)]);
    if rng.chance(30) {
        set(&mut f, "validityPeriod", validity_period(rng));
    }
    f
}

/// Message options. `shared` options (platform, delivery window, campaign reference) are
/// passed in by ordered sequences, which must repeat them; `failover` allows a failover.
pub fn message_options(rng: &mut Rng, failover: bool) -> Option<Value> {
    let mut o = obj([]);
    if rng.chance(30) {
        set(&mut o, "platform", platform(rng));
    }
    if rng.chance(30) {
        set(&mut o, "validityPeriod", validity_period(rng));
    }
    if rng.chance(20) {
        set(&mut o, "deliveryTimeWindow", delivery_time_window(rng));
    }
    if rng.chance(20) {
        set(
            &mut o,
            "campaignReferenceId",
            s(format!("cmp-{}", rng.below(100_000))),
        );
    }
    if failover {
        match rng.below(100) {
            0..=24 => set(&mut o, "smsFailover", sms_failover(rng)),
            25..=34 => set(&mut o, "mmsFailover", mms_failover(rng)),
            _ => {}
        }
    }
    let empty = o.as_object().map_or(true, |m| m.is_empty());
    (!empty).then_some(o)
}

/// Message webhooks: a delivery report URL, sometimes seen reports, a content type and
/// callback data (up to its 4,000-character limit).
pub fn webhooks(rng: &mut Rng) -> Value {
    let mut delivery = obj([
        ("url", s(text::page_url(rng))),
        ("intermediateReport", Value::from(rng.chance(50))),
    ]);
    if rng.chance(60) {
        set(&mut delivery, "notify", Value::from(true));
    }
    if rng.chance(15) {
        set(
            &mut delivery,
            "receiveTriggeredFailoverReports",
            Value::from(rng.chance(50)),
        );
    }
    let mut w = obj([("delivery", delivery)]);
    if rng.chance(40) {
        set(&mut w, "seen", obj([("url", s(text::page_url(rng)))]));
    }
    if rng.chance(50) {
        let ct = rng.pick_str(&["application/json", "application/json", "application/xml"]);
        set(&mut w, "contentType", s(ct));
    }
    if rng.chance(45) {
        let n = if rng.chance(3) {
            at_most(&CALLBACK_DATA)
        } else {
            rng.range(1, 80)
        };
        set(
            &mut w,
            "callbackData",
            s(text::limited(rng, n, at_most(&CALLBACK_DATA))),
        );
    }
    w
}

/// A schedule: bulk ID, a `sendAt` within the allowed window, sometimes a speed limit.
pub fn schedule(rng: &mut Rng) -> Value {
    let bulk = if rng.chance(3) {
        "b".repeat(at_most(&BULK_ID))
    } else {
        format!("bulk-{}", rng.below(1_000_000_000))
    };
    let mut sch = obj([("bulkId", s(bulk)), ("sendAt", s(time::send_at(rng)))]);
    if rng.chance(30) {
        let mut limit = obj([("amount", Value::from(rng.range(10, 1000)))]);
        if rng.chance(60) {
            set(
                &mut limit,
                "timeUnit",
                s(rng.pick_str(SPEED_TIME_UNIT.values)),
            );
        }
        set(&mut sch, "sendingSpeedLimit", limit);
    }
    sch
}

/// URL tracking options (`shortenUrl` always true: the other options need it).
pub fn tracking(rng: &mut Rng) -> Value {
    let mut t = obj([
        ("shortenUrl", Value::from(true)),
        ("trackClicks", Value::from(rng.chance(50))),
        ("trackingUrl", s(text::page_url(rng))),
        ("removeProtocol", Value::from(rng.chance(50))),
    ]);
    if rng.chance(30) {
        set(
            &mut t,
            "customDomain",
            s(rng.pick_str(&["s.brand.example", "go.example.com"])),
        );
    }
    t
}
