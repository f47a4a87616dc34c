//! The generated corpus (`crates/corpus`, the one the benchmarks run on) as a labelled
//! test set: every valid body passes with no issue at all, and every mutated body gets
//! exactly one issue, with the code the mutation names at the place it names. Unknown
//! fields (`additional_property*`) are warnings by default and errors with `strict`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::{validate_str, Options, Report, Severity};
use rcs_kit_corpus::{mutation, Corpus, Kind};
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(Corpus::default_corpus)
}

fn now() -> Options {
    Options::at(rcs_kit::validate::parse_date_time(rcs_kit_corpus::NOW).unwrap())
}

fn one_issue(report: &Report, pointer: &str, code: &str, severity: Severity) -> bool {
    matches!(report.issues(), [i] if i.path == pointer && i.code == code && i.severity == severity)
}

#[test]
fn corpus_matches_labels() {
    let opts = now();
    let strict = Options {
        strict: true,
        ..opts.clone()
    };
    let mut failures = Vec::new();
    for body in &corpus().bodies {
        let label = &body.label;
        let report = validate_str(&body.json, &opts);
        if label.valid {
            if !report.issues().is_empty() {
                failures.push(format!(
                    "#{} ({}) should be clean:\n{report}",
                    label.i,
                    label.kind.name()
                ));
            }
            continue;
        }
        let name = label.mutation.as_deref().unwrap();
        let family = mutation::by_name(name).unwrap();
        let expected = label.expected.as_ref().unwrap();
        let (p, c) = (expected.pointer.as_str(), expected.code.as_str());
        let ok = if family.warning {
            one_issue(&report, p, c, Severity::Warning)
                && one_issue(&validate_str(&body.json, &strict), p, c, Severity::Error)
        } else {
            one_issue(&report, p, c, Severity::Error)
        };
        if !ok {
            failures.push(format!(
                "#{} ({}) {name}: expected only {c} at {p}; got:\n{report}",
                label.i,
                label.kind.name()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} disagree:\n{}",
        failures.len(),
        corpus().bodies.len(),
        failures
            .iter()
            .take(15)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn large_carousel_is_clean() {
    let report = validate_str(&corpus().large_carousel, &now());
    assert!(report.issues().is_empty(), "{report}");
    let compact = rcs_kit_corpus::large_carousel();
    assert!(validate_str(&compact, &now()).issues().is_empty());
}

#[test]
fn the_mix_is_the_reference_mix() {
    let c = corpus();
    let stats = c.stats();
    assert_eq!((stats.bodies, stats.valid), (2000, 1600));
    assert!((1500..=3500).contains(&stats.median), "{stats:?}");
    assert!(stats.max > 60_000, "{stats:?}");
    let mut kinds = BTreeMap::new();
    let mut families = BTreeMap::new();
    for b in &c.bodies {
        *kinds.entry(b.label.kind.name()).or_insert(0) += 1;
        if let Some(m) = &b.label.mutation {
            *families.entry(m.as_str()).or_insert(0) += 1;
        }
    }
    for k in Kind::ALL {
        assert!(kinds.get(k.name()).copied().unwrap_or(0) >= 80, "{kinds:?}");
    }
    for f in mutation::FAMILIES {
        assert!(families.contains_key(f.name), "{} never occurs", f.name);
    }
    assert_eq!(mutation::FAMILIES.len(), 43);
    // Every content type, suggestion type and option occurs in a valid body.
    let valid: String = c
        .bodies
        .iter()
        .filter(|b| b.label.valid)
        .map(|b| b.json.as_str())
        .collect();
    for needle in [
        r#""type":"TEXT""#,
        r#""type":"FILE""#,
        r#""type":"CARD""#,
        r#""type":"CAROUSEL""#,
        r#""type":"PROVIDER_TEMPLATE""#,
        r#""type":"REPLY""#,
        r#""type":"OPEN_URL""#,
        r#""webviewViewMode""#,
        r#""type":"DIAL_PHONE""#,
        r#""type":"SHOW_LOCATION""#,
        r#""type":"REQUEST_LOCATION""#,
        r#""type":"CREATE_CALENDAR_EVENT""#,
        r#""platform""#,
        r#""validityPeriod""#,
        r#""deliveryTimeWindow""#,
        r#""campaignReferenceId""#,
        r#""smsFailover""#,
        r#""indiaDlt""#,
        r#""turkeyIys""#,
        r#""southKorea""#,
        r#""mmsFailover""#,
        r#""webhooks""#,
        r#""schedule""#,
        r#""tracking""#,
        r#""messageOrdering""#,
        "👨\u{200d}👩\u{200d}👧",
        "🇯🇵",
        "é",
        "您",
    ] {
        assert!(valid.contains(needle), "no valid body has {needle}");
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let again = Corpus::default_corpus();
    assert!(again == *corpus());
    assert_ne!(
        Corpus::generate(1, 100).to_jsonl(),
        Corpus::generate(2, 100).to_jsonl()
    );
}

#[test]
fn a_corpus_survives_writing_and_reading() {
    let dir = std::env::temp_dir().join(format!("rcs-kit-corpus-{}", std::process::id()));
    let c = Corpus::generate(5, 60);
    c.write_dir(&dir).unwrap();
    let back = Corpus::read_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(back.bodies, c.bodies);
    assert_eq!(back.large_carousel.trim_end(), c.large_carousel.trim_end());
}

#[test]
fn now_in_milliseconds_is_now() {
    assert_eq!(
        rcs_kit::validate::parse_date_time(rcs_kit_corpus::NOW).unwrap(),
        rcs_kit_corpus::NOW_MS
    );
}

/// Every (member name, length in Unicode scalar values) of the strings in `v`.
fn string_lengths(
    v: &serde_json::Value,
    key: &str,
    out: &mut std::collections::BTreeSet<(String, usize)>,
) {
    match v {
        serde_json::Value::String(s) => {
            out.insert((key.to_owned(), s.chars().count()));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| string_lengths(x, key, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| string_lengths(x, k, out)),
        _ => {}
    }
}

#[test]
fn some_valid_strings_sit_exactly_at_their_limit() {
    use rcs_kit::limits;
    let mut seen = std::collections::BTreeSet::new();
    for b in corpus().bodies.iter().filter(|b| b.label.valid) {
        string_lengths(&serde_json::from_str(&b.json).unwrap(), "", &mut seen);
    }
    for (key, limit) in [
        ("text", limits::TEXT),
        ("text", limits::SUGGESTION_TEXT),
        ("postbackData", limits::SUGGESTION_POSTBACK),
        ("title", limits::CARD_TITLE),
        ("description", limits::CARD_DESCRIPTION),
        ("label", limits::LOCATION_LABEL),
        ("callbackData", limits::CALLBACK_DATA),
        ("bulkId", limits::BULK_ID),
    ] {
        let max = usize::try_from(limit.max).unwrap();
        assert!(
            seen.contains(&(key.to_owned(), max)),
            "no valid `{key}` of exactly {max} characters"
        );
    }
    // Ordered sequences: about a quarter of the BULK bodies.
    let ordered = corpus()
        .bodies
        .iter()
        .filter(|b| b.json.contains(r#""respectOrder":true"#))
        .count();
    assert!((10..=40).contains(&ordered), "{ordered} ordered sequences");
}
