//! Where `extra` maps (members without a typed field) hide in the model.

use super::*;

/// Paths of every non-empty `extra` map in the request.
pub(crate) fn extras(r: &SendRequest) -> Vec<String> {
    let mut out = Vec::new();
    let mut note = |path: String, extra: &Extra| {
        if !extra.is_empty() {
            out.push(format!("{path}: {:?}", extra.keys().collect::<Vec<_>>()));
        }
    };
    note(String::new(), &r.extra);
    if let Some(o) = &r.options {
        note("/options".into(), &o.extra);
        if let Some(s) = &o.schedule {
            note("/options/schedule".into(), &s.extra);
            if let Some(l) = &s.sending_speed_limit {
                note("/options/schedule/sendingSpeedLimit".into(), &l.extra);
            }
        }
        if let Some(t) = &o.tracking {
            note("/options/tracking".into(), &t.extra);
        }
        if let Some(m) = &o.message_ordering {
            note("/options/messageOrdering".into(), &m.extra);
        }
    }
    for (i, m) in r.messages.iter().enumerate() {
        let p = format!("/messages/{i}");
        note(p.clone(), &m.extra);
        for (j, d) in m.destinations.iter().enumerate() {
            note(format!("{p}/destinations/{j}"), &d.extra);
        }
        content_extras(&m.content, &format!("{p}/content"), &mut note);
        if let Some(o) = &m.options {
            let p = format!("{p}/options");
            note(p.clone(), &o.extra);
            if let Some(x) = &o.platform {
                note(format!("{p}/platform"), &x.extra);
            }
            if let Some(x) = &o.validity_period {
                note(format!("{p}/validityPeriod"), &x.extra);
            }
            if let Some(x) = &o.delivery_time_window {
                window_extras(x, &format!("{p}/deliveryTimeWindow"), &mut note);
            }
            if let Some(f) = &o.sms_failover {
                let p = format!("{p}/smsFailover");
                note(p.clone(), &f.extra);
                if let Some(x) = &f.validity_period {
                    note(format!("{p}/validityPeriod"), &x.extra);
                }
                if let Some(r) = &f.regional {
                    note(format!("{p}/regional"), &r.extra);
                    if let Some(x) = &r.india_dlt {
                        note(format!("{p}/regional/indiaDlt"), &x.extra);
                    }
                    if let Some(x) = &r.turkey_iys {
                        note(format!("{p}/regional/turkeyIys"), &x.extra);
                    }
                    if let Some(x) = &r.south_korea {
                        note(format!("{p}/regional/southKorea"), &x.extra);
                    }
                }
            }
            if let Some(f) = &o.mms_failover {
                let p = format!("{p}/mmsFailover");
                note(p.clone(), &f.extra);
                if let Some(x) = &f.validity_period {
                    note(format!("{p}/validityPeriod"), &x.extra);
                }
                note(format!("{p}/content"), &f.content.extra);
                for (k, s) in f.content.message_segments.iter().enumerate() {
                    let e = match s {
                        MmsSegment::Text(s) => &s.extra,
                        MmsSegment::Link(s) => &s.extra,
                        MmsSegment::Smil(s) => &s.extra,
                        MmsSegment::UploadedReference(s) => &s.extra,
                    };
                    note(format!("{p}/content/messageSegments/{k}"), e);
                }
            }
        }
        if let Some(w) = &m.webhooks {
            note(format!("{p}/webhooks"), &w.extra);
            if let Some(x) = &w.delivery {
                note(format!("{p}/webhooks/delivery"), &x.extra);
            }
            if let Some(x) = &w.seen {
                note(format!("{p}/webhooks/seen"), &x.extra);
            }
        }
    }
    out
}

fn window_extras(w: &DeliveryTimeWindow, p: &str, note: &mut impl FnMut(String, &Extra)) {
    note(p.to_owned(), &w.extra);
    for (name, t) in [("from", &w.from), ("to", &w.to)] {
        if let Some(t) = t {
            note(format!("{p}/{name}"), &t.extra);
        }
    }
}

fn content_extras(c: &Content, p: &str, note: &mut impl FnMut(String, &Extra)) {
    let chips = |s: &Option<Vec<Suggestion>>, p: &str, note: &mut dyn FnMut(String, &Extra)| {
        for (i, s) in s.iter().flatten().enumerate() {
            let e = match s {
                Suggestion::Reply(s) => &s.extra,
                Suggestion::OpenUrl(s) => &s.extra,
                Suggestion::DialPhone(s) => &s.extra,
                Suggestion::ShowLocation(s) => &s.extra,
                Suggestion::RequestLocation(s) => &s.extra,
                Suggestion::CreateCalendarEvent(s) => &s.extra,
            };
            note(format!("{p}/suggestions/{i}"), e);
        }
    };
    let card = |c: &CardContent, p: &str, note: &mut dyn FnMut(String, &Extra)| {
        note(p.to_owned(), &c.extra);
        if let Some(m) = &c.media {
            note(format!("{p}/media"), &m.extra);
            note(format!("{p}/media/file"), &m.file.extra);
            if let Some(t) = &m.thumbnail {
                note(format!("{p}/media/thumbnail"), &t.extra);
            }
        }
        chips(&c.suggestions, p, note);
    };
    match c {
        Content::Text(t) => {
            note(p.to_owned(), &t.extra);
            chips(&t.suggestions, p, note);
        }
        Content::File(f) => {
            note(p.to_owned(), &f.extra);
            note(format!("{p}/file"), &f.file.extra);
            if let Some(t) = &f.thumbnail {
                note(format!("{p}/thumbnail"), &t.extra);
            }
            chips(&f.suggestions, p, note);
        }
        Content::Card(c) => {
            note(p.to_owned(), &c.extra);
            card(&c.content, &format!("{p}/content"), note);
            chips(&c.suggestions, p, note);
        }
        Content::Carousel(c) => {
            note(p.to_owned(), &c.extra);
            for (i, k) in c.contents.iter().enumerate() {
                card(k, &format!("{p}/contents/{i}"), note);
            }
            chips(&c.suggestions, p, note);
        }
        Content::ProviderTemplate(t) => {
            note(p.to_owned(), &t.extra);
            for (i, x) in t.parameters.iter().flatten().enumerate() {
                note(format!("{p}/parameters/{i}"), &x.extra);
            }
        }
    }
}
