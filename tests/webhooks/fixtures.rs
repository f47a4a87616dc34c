//! Every fixture gives its kind and exactly the issues of its `.expect` file.

use crate::common::{fixtures, issue_lines, read};
use rcs_kit::webhooks::*;

#[test]
fn every_fixture_gives_its_kind_and_exactly_its_issues() {
    let all = fixtures();
    assert!(all.len() >= 20, "{} fixtures", all.len());
    let mut kinds = std::collections::HashSet::new();
    for (name, body) in all {
        let expect = read(&format!("{name}.expect"));
        let mut lines = expect
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let kind = lines
            .next()
            .and_then(|l| l.strip_prefix("kind: "))
            .unwrap_or_else(|| panic!("{name}.expect: no `kind:` line"));
        let mut expected: Vec<String> = lines.map(str::to_owned).collect();
        expected.sort();

        let i = inspect(&body);
        assert_eq!(i.kind.as_str(), kind, "{name}: {:#?}", i.issues);
        assert_eq!(issue_lines(&i), expected, "{name}: {:#?}", i.issues);
        assert_eq!(
            i.is_well_formed(),
            i.kind.is_known() && !expected.iter().any(|l| l.starts_with("error")),
            "{name}"
        );
        assert!(i.summary.ends_with('\n'), "{name}");
        assert!(
            i.summary.starts_with(i.kind.name()) || !i.kind.is_known(),
            "{name}"
        );
        if i.is_well_formed() {
            kinds.insert(i.kind);
            assert!(i.webhook.is_some(), "{name}: not typed");
        }
    }
    for kind in WebhookKind::ALL {
        assert!(kinds.contains(&kind), "no well-formed fixture of {kind}");
    }
}
