//! Section 1: every valid body of the generated corpus and the large carousel round-trip
//! through the typed model, with no member left in an `extra` map.

use super::*;
use rcs_kit_corpus::Corpus;

#[test]
fn valid_corpus_bodies_round_trip() {
    let corpus = Corpus::default_corpus();
    let mut failures = Vec::new();
    let mut checked = 0;
    for body in corpus.bodies.iter().filter(|b| b.label.valid) {
        let i = body.label.i;
        checked += 1;
        match round_trip(&body.json) {
            Ok(typed) => {
                let unknown = extras(&typed);
                if !unknown.is_empty() {
                    failures.push(format!("#{i}: members without a typed field: {unknown:?}"));
                }
            }
            Err(e) => failures.push(format!("#{i}: {e}")),
        }
    }
    assert_eq!(checked, 1600, "the default corpus has 1,600 valid bodies");
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn large_carousel_round_trips() {
    let body = rcs_kit_corpus::large_carousel();
    let typed = round_trip(&body).unwrap();
    assert_eq!(extras(&typed), Vec::<String>::new());
    let Content::Carousel(c) = &typed.messages[0].content else {
        panic!("not a carousel")
    };
    assert_eq!(c.contents.len(), 10);
    assert_eq!(c.suggestions.as_ref().map(Vec::len), Some(11));
}
