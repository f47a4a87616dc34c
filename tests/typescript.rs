//! `pkg/rcs-kit.d.ts` is generated from the schema tables; this test fails when the
//! committed file drifts. `RCS_KIT_BLESS=1 cargo test --test typescript` rewrites it.

#[test]
fn committed_declarations_are_generated() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg/rcs-kit.d.ts");
    let fresh = rcs_kit::typescript::declarations();
    if std::env::var_os("RCS_KIT_BLESS").is_some() {
        std::fs::write(path, &fresh).expect("write pkg/rcs-kit.d.ts");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "pkg/rcs-kit.d.ts is out of date: run `RCS_KIT_BLESS=1 cargo test --test typescript`"
    );
}

/// `Limits` (TypeScript) and `limits()` (JavaScript) nest the table by the ids' one dot:
/// an id with two would be an invalid property name.
#[test]
fn limit_ids_have_at_most_one_dot() {
    for l in rcs_kit::limits::ALL {
        assert!(
            l.id.matches('.').count() <= 1,
            "limit id {} has more than one dot",
            l.id
        );
    }
}

/// `pkg/messages-api-types.d.ts`, the entry `rcs-kit/messages-api`'s generated types.
#[test]
fn committed_messages_api_declarations_are_generated() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg/messages-api-types.d.ts");
    let fresh = rcs_kit::typescript::messages_api_declarations();
    if std::env::var_os("RCS_KIT_BLESS").is_some() {
        std::fs::write(path, &fresh).expect("write pkg/messages-api-types.d.ts");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "pkg/messages-api-types.d.ts is out of date: run `RCS_KIT_BLESS=1 cargo test --test typescript`"
    );
}
