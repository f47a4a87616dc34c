//! `rcs-kit billing`: billing predictions and SMS parts per message.

#[test]
fn billing_prints_predictions_and_sms_parts() {
    let dir = std::env::temp_dir().join(format!("rcs-kit-billing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("b.json");
    std::fs::write(&file, r#"{"messages":[{"sender":"S","destinations":[{"to":"12025550100"}],"content":{"type":"TEXT","text":"Hi"}},{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi","suggestions":[{"type":"REPLY","text":"Y","postbackData":"y"}]},"options":{"smsFailover":{"text":"Привет"}}}]}"#).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit"))
        .arg("billing")
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("/messages/0: RICH, 1 segment (US model)"),
        "{text}"
    );
    assert!(
        text.contains("/messages/1: SINGLE (global model): text with 1 suggestion"),
        "{text}"
    );
    assert!(
        text.contains(
            "/messages/1/options/smsFailover/text: 1 SMS part (UCS-2, 6 units, 70 per part)"
        ),
        "{text}"
    );
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit"))
        .args(["billing", "--market", "eu"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let india = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit"))
        .args(["billing", "--market", "in"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&india.stdout);
    assert!(
        text.contains("/messages/0: BASIC (India, global model)"),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
