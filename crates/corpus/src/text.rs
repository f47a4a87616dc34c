//! Free text, identifiers, URLs and phone numbers.
//!
//! Text mixes English, accented Latin, CJK, Korean and emoji (with skin tones, variation
//! selectors, ZWJ sequences and flags). Lengths are counted in Unicode scalar values, as
//! the limits are ([`rcs_kit::limits::Unit::Chars`]); text meant to be valid is also
//! within its limit in UTF-16 code units ([`limited`], [`between`]), which rcs-kit warns
//! about (`length.utf16`).

use crate::rng::Rng;

const ENGLISH: &[&str] = &[
    "order",
    "shipped",
    "delivery",
    "today",
    "tomorrow",
    "offer",
    "sale",
    "store",
    "points",
    "reward",
    "member",
    "exclusive",
    "limited",
    "track",
    "confirm",
    "cancel",
    "reschedule",
    "appointment",
    "reminder",
    "payment",
    "received",
    "balance",
    "near",
    "you",
    "your",
    "our",
    "thank",
    "with",
    "for",
    "now",
    "new",
    "arrivals",
    "collection",
    "deal",
    "save",
    "percent",
    "only",
    "weekend",
    "flight",
    "gate",
    "changed",
    "check",
    "out",
    "open",
    "time",
    "reply",
    "stop",
    "opt",
    "unlock",
    "shopping",
    "to",
    "has",
    "latest",
];
const LATIN: &[&str] = &[
    "café",
    "crème",
    "brûlée",
    "naïve",
    "façade",
    "jalapeño",
    "réduction",
    "spéciale",
    "livraison",
    "expédiée",
    "votre",
    "Größe",
    "Straße",
    "für",
    "Angebot",
    "Bestellung",
    "versandt",
    "exklusiv",
    "morgen",
    "heute",
    "Sie",
    "mañana",
    "sábado",
    "pedido",
    "enviado",
    "entrega",
    "oferta",
    "válida",
    "hasta",
    "ha",
    "sido",
    "el",
    "su",
    "été",
];
const CJK: &[&str] = &[
    "您的订单已发货",
    "感谢您的光临",
    "会员专享折扣",
    "今天下单明天送达",
    "限时优惠",
    "ご注文ありがとうございます",
    "配送状況を確認",
    "期間限定セール",
    "予約の確認",
    "今",
    "주문이 발송되었습니다",
    "오늘만 특가",
    "포인트 적립",
    "예약을 확인하세요",
];
const EMOJI: &[&str] = &[
    "😀",
    "🎉",
    "🔥",
    "✅",
    "⭐",
    "📦",
    "🚚",
    "💳",
    "🛍️",
    "🎁",
    "📅",
    "📍",
    "🔔",
    "☕",
    "🍕",
    "✈️",
    "❤️",
    "👍🏽",
    "🙏",
    "⚡",
    "🏷️",
    "👨‍👩‍👧",
    "🇯🇵",
    "🇩🇪",
    "🇫🇷",
];

/// One word: mostly English, then accented Latin, CJK and emoji.
pub fn word(rng: &mut Rng) -> &'static str {
    match rng.below(100) {
        0..=54 => rng.pick_str(ENGLISH),
        55..=71 => rng.pick_str(LATIN),
        72..=85 => rng.pick_str(CJK),
        _ => rng.pick_str(EMOJI),
    }
}

/// Text of exactly `chars` Unicode scalar values (words cut at the end, never a trailing
/// space; an empty string for 0).
pub fn exact(rng: &mut Rng, chars: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    while n < chars {
        if n > 0 {
            out.push(' ');
            n += 1;
        }
        for c in word(rng).chars() {
            if n >= chars {
                break;
            }
            out.push(c);
            n += 1;
        }
    }
    if out.ends_with(' ') {
        out.pop();
        out.push('!');
    }
    out
}

/// Text of exactly `chars` Unicode scalar values (`chars` at most `limit`) and at most
/// `limit` UTF-16 code units: [`exact`], with characters outside the Basic Multilingual
/// Plane (most emoji, two units each) replaced by `•`, from the end, as far as needed.
pub fn limited(rng: &mut Rng, chars: usize, limit: usize) -> String {
    let text = exact(rng, chars);
    let mut units = text.encode_utf16().count();
    if units <= limit {
        return text;
    }
    let mut out: Vec<char> = text.chars().collect();
    for c in out.iter_mut().rev() {
        if units <= limit {
            break;
        }
        if c.len_utf16() == 2 {
            *c = '•';
            units -= 1;
        }
    }
    out.into_iter().collect()
}

/// Text of `lo..=hi` characters, or exactly `hi` (the limit) with probability
/// `at_limit_percent`; at most `hi` UTF-16 code units too ([`limited`]).
pub fn between(rng: &mut Rng, lo: usize, hi: usize, at_limit_percent: usize) -> String {
    let n = if rng.chance(at_limit_percent) {
        hi
    } else {
        // Short texts are common, long ones rare: the smaller of two draws.
        let a = rng.range(lo, hi);
        let b = rng.range(lo, hi);
        a.min(b)
    };
    limited(rng, n, hi)
}

/// Lowercase hex digits.
pub fn hex(rng: &mut Rng, digits: usize) -> String {
    (0..digits)
        .map(|_| char::from_digit(u32::try_from(rng.below(16)).unwrap_or(0), 16).unwrap_or('0'))
        .collect()
}

/// Decimal digits, the first not 0.
pub fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|i| {
            let d = if i == 0 {
                rng.range(1, 9)
            } else {
                rng.below(10)
            };
            char::from_digit(u32::try_from(d).unwrap_or(0), 10).unwrap_or('0')
        })
        .collect()
}

const COUNTRY_CODES: &[&str] = &["1", "44", "49", "33", "55", "81", "82", "91", "385", "34"];

/// A destination: country code and subscriber digits, no `+` (as Infobip's examples).
pub fn msisdn(rng: &mut Rng) -> String {
    let cc = rng.pick_str(COUNTRY_CODES);
    let rest = rng.range(7, 10);
    format!("{cc}{}", digits(rng, rest))
}

/// A DIAL_PHONE number, sometimes with a leading `+`.
pub fn phone(rng: &mut Rng) -> String {
    let n = msisdn(rng);
    if rng.chance(40) {
        format!("+{n}")
    } else {
        n
    }
}

const HOSTS: &[&str] = &[
    "example.com",
    "brand.example",
    "shop.example.org",
    "cdn.example.net",
    "img.example-cdn.com",
    "m.example.jp",
    "static.example.co.uk",
];
const PAGES: &[&str] = &["offers", "track", "account", "p"];

/// An https URL of a web page.
pub fn page_url(rng: &mut Rng) -> String {
    let host = rng.pick_str(HOSTS);
    let page = rng.pick_str(PAGES);
    let mut url = match rng.below(3) {
        0 => format!("https://{host}/{page}/summer"),
        1 => format!("https://{host}/{page}/{}", rng.below(100_000)),
        _ => format!("https://{host}/{page}/"),
    };
    if rng.chance(30) {
        url.push_str(&utm(rng));
    }
    url
}

/// An https URL of a media file with extension `ext`.
pub fn media_url(rng: &mut Rng, ext: &str) -> String {
    let host = rng.pick_str(HOSTS);
    let dir = rng.pick_str(&[
        "media/products",
        "media/promo",
        "media/2026",
        "media/cards",
        "files",
    ]);
    let mut url = format!("https://{host}/{dir}/{}.{ext}", hex(rng, 8));
    if rng.chance(25) {
        url.push_str(&utm(rng));
    }
    url
}

fn utm(rng: &mut Rng) -> String {
    let campaign = rng.pick_str(&["spring", "bf", "loyalty", "summer"]);
    format!(
        "?utm_source=rcs&utm_campaign={campaign}&id={}",
        rng.below(1_000_000)
    )
}

/// A sender name.
pub fn sender(rng: &mut Rng) -> String {
    rng.pick_str(&[
        "ShopBrand",
        "PizzaPlace",
        "AirlineCo",
        "Clinic_Reminders",
        "BANKNOTIFY",
        "Ünïcödé Store",
        "InfoSMS",
        "DemoSender",
    ])
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_has_the_asked_number_of_scalar_values() {
        let mut rng = Rng::new(3);
        for n in [0, 1, 2, 25, 200, 2000, 3072] {
            let t = exact(&mut rng, n);
            assert_eq!(t.chars().count(), n);
            assert!(!t.ends_with(' '));
            let l = limited(&mut rng, n, n);
            assert_eq!(l.chars().count(), n);
            assert!(l.encode_utf16().count() <= n);
        }
    }
}
