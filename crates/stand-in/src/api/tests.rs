//! The handler's contract, request by request.

use super::*;

fn api() -> StandIn {
    StandIn::new("k3y".into(), PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

const TEXT: &[u8] = br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001","messageId":"mine"},{"to":"441134960002"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;

fn body(r: Response) -> Value {
    serde_json::from_slice(&r.into_bytes()).unwrap()
}

#[test]
fn dotted_paths() {
    assert_eq!(
        dotted("/messages/0/content/text"),
        "messages[0].content.text"
    );
    assert_eq!(
        dotted("/messages/10/destinations/2"),
        "messages[10].destinations[2]"
    );
    assert_eq!(dotted(""), "");
}

#[test]
fn unauthorized_without_the_key_and_never_echoes_it() {
    for auth in ["", "App wrong", "Basic k3y", "App"] {
        let r = api().handle(&Request::post("/rcs/2/messages", auth, TEXT));
        assert_eq!(r.status, 401, "{auth}");
        let text = String::from_utf8(r.into_bytes()).unwrap();
        assert!(text.contains("\"E401\""));
        assert!(!text.contains("wrong") && !text.contains("k3y"));
    }
}

#[test]
fn accepts_with_one_message_per_destination_and_keeps_it() {
    let api = api();
    let r = api.handle(&Request::post("/rcs/2/messages", "App k3y", TEXT));
    assert_eq!(r.status, 200);
    let b = body(r);
    let msgs = b["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 2);
    assert_eq!(msgs[0]["messageId"], "mine");
    assert_eq!(msgs[0]["destination"], "441134960001");
    assert_eq!(msgs[1]["status"]["name"], "MESSAGE_ACCEPTED");
    assert!(b["bulkId"].as_str().unwrap().len() == 36);
    let kept = body(api.handle(&Request::get("/__stand-in/messages")));
    assert_eq!(
        kept["requests"][0]["body"],
        serde_json::from_slice::<Value>(TEXT).unwrap()
    );
    api.handle(&Request {
        method: "DELETE".into(),
        ..Request::get("/__stand-in/messages")
    });
    let kept = body(api.handle(&Request::get("/__stand-in/messages")));
    assert_eq!(kept["requests"].as_array().unwrap().len(), 0);
}

#[test]
fn rejects_invalid_bodies_with_dotted_violations() {
    let r = api().handle(&Request::post(
        "/rcs/2/messages",
        "App k3y",
        br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT"}}]}"#,
    ));
    assert_eq!(r.status, 400);
    let b = body(r);
    assert_eq!(b["errorCode"], "E400");
    assert_eq!(b["violations"][0]["property"], "messages[0].content");
    let r = api().handle(&Request::post("/rcs/2/messages", "App k3y", b"not json"));
    assert_eq!(r.status, 400);
}

#[test]
fn events_and_errors() {
    let r = api().handle(&Request::post(
        "/rcs/1/events",
        "App k3y",
        br#"{"events":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TYPING_INDICATOR"}}]}"#,
    ));
    assert_eq!(r.status, 200);
    assert_eq!(body(r)["messages"].as_array().unwrap().len(), 1);
    let mut wrong_type = Request::post("/rcs/2/messages", "App k3y", TEXT);
    wrong_type.headers[2].1 = "text/plain".into();
    assert_eq!(api().handle(&wrong_type).status, 415);
    assert_eq!(api().handle(&Request::get("/rcs/2/messages")).status, 405);
}

fn numbers(n: usize) -> String {
    (0..n)
        .map(|i| format!("\"4411349{i:05}\""))
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn capability_query_answers_by_the_rule_in_request_order() {
    let api = api();
    let query = br#"{"sender":"S","phoneNumbers":["441134960002","+441134960001","12345","441134960000"],"options":{"platform":{"entityId":"e1"}}}"#;
    let r = api.handle(&Request::post(
        "/rcs/2/capability-check/query",
        "App k3y",
        query,
    ));
    assert_eq!(r.status, 200);
    let b = body(r);
    let results = b["capabilityCheckResults"].as_array().unwrap();
    let got: Vec<(&str, &str)> = results
        .iter()
        .map(|r| {
            (
                r["phoneNumber"].as_str().unwrap(),
                r["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("441134960002", "UNREACHABLE"),
            ("+441134960001", "ENABLED"),
            ("12345", "INVALID_DESTINATION_ADDRESS"),
            ("441134960000", "REQUEST_FAILED"),
        ]
    );
    assert_eq!(b["options"], json!({"platform": {"entityId": "e1"}}));
    let ids: std::collections::BTreeSet<&str> = results
        .iter()
        .map(|r| r["messageId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 4);
    assert!(ids.iter().all(|id| id.len() == 36));
    let listed = body(api.handle(&Request::get("/__stand-in/capability")));
    assert_eq!(listed["accepted"], 1);
    assert_eq!(
        listed["requests"][0]["path"],
        "/rcs/2/capability-check/query"
    );
    assert_eq!(
        listed["requests"][0]["results"],
        b["capabilityCheckResults"]
    );
    // without options, none in the answer
    let r = api.handle(&Request::post(
        "/rcs/2/capability-check/query",
        "App k3y",
        br#"{"sender":"S","phoneNumbers":["441134960001"]}"#,
    ));
    assert!(body(r).get("options").is_none());
}

#[test]
fn capability_bodies_are_validated_like_messages() {
    let api = api();
    let post =
        |path: &str, text: &str| api.handle(&Request::post(path, "App k3y", text.as_bytes()));
    let q = "/rcs/2/capability-check/query";
    for (text, property) in [
        (
            r#"{"sender":"S","phoneNumbers":[]}"#.to_owned(),
            "phoneNumbers",
        ),
        (
            format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(501)),
            "phoneNumbers",
        ),
        (
            r#"{"sender":"S","phoneNumbers":["44 113"]}"#.to_owned(),
            "phoneNumbers[0]",
        ),
        (r#"{"phoneNumbers":["441134960001"]}"#.to_owned(), ""),
    ] {
        let r = post(q, &text);
        assert_eq!(r.status, 400, "{text}");
        let b = body(r);
        assert_eq!(b["errorCode"], "E400");
        assert_eq!(b["violations"][0]["property"], property, "{b}");
    }
    let r = post(
        q,
        &format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(500)),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        body(r)["capabilityCheckResults"].as_array().unwrap().len(),
        500
    );
    let n = "/rcs/2/capability-check/notify";
    let r = post(
        n,
        &format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(10_001)),
    );
    assert_eq!(r.status, 400);
    let r = post(
        n,
        r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyContentType":"text/plain"}"#,
    );
    assert_eq!(body(r)["violations"][0]["property"], "notifyContentType");
    let r = post(
        n,
        r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"ftp://127.0.0.1/"}"#,
    );
    assert_eq!(r.status, 400);
    // the key, the method and the content type, as for messages
    for path in [q, n] {
        let ok = br#"{"sender":"S","phoneNumbers":["441134960001"]}"#;
        assert_eq!(api.handle(&Request::post(path, "App nope", ok)).status, 401);
        assert_eq!(api.handle(&Request::get(path)).status, 405);
        let mut wrong_type = Request::post(path, "App k3y", ok);
        wrong_type.headers[2].1 = "text/plain".into();
        assert_eq!(api.handle(&wrong_type).status, 415);
    }
    assert_eq!(
        body(api.handle(&Request::get("/__stand-in/capability")))["accepted"],
        1
    );
}

#[test]
fn capability_notify_answers_pending_and_lists_what_it_could_not_post() {
    let api = api();
    let n = "/rcs/2/capability-check/notify";
    let post = |text: &str| body(api.handle(&Request::post(n, "App k3y", text.as_bytes())));
    let a = post(r#"{"sender":"S","phoneNumbers":["441134960001","441134960002"]}"#);
    let states = a["capabilityCheckRequestStates"].as_array().unwrap();
    assert_eq!(states.len(), 2);
    assert_eq!(states[1]["phoneNumber"], "441134960002");
    assert_eq!(states[1]["status"], "PENDING_ENROUTE");
    assert_eq!(a["bulkId"].as_str().unwrap().len(), 36);
    post(r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"http://example.com/cb"}"#);
    post(
        r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"http://127.0.0.1:9/cb","notifyContentType":"application/xml"}"#,
    );
    let l = body(api.handle(&Request::get("/__stand-in/capability")));
    let webhook = |i: usize| l["requests"][i]["results"][0]["webhook"].clone();
    assert_eq!(l["requests"][0]["bulkId"], a["bulkId"]);
    assert_eq!(
        l["requests"][0]["results"][1]["messageId"],
        states[1]["messageId"]
    );
    assert_eq!(webhook(0)["state"], "not_sent");
    assert!(webhook(0)["reason"].as_str().unwrap().contains("CapCheck"));
    assert!(webhook(0).get("body").is_none());
    assert_eq!(webhook(1)["state"], "refused");
    assert!(webhook(1)["reason"]
        .as_str()
        .unwrap()
        .contains("--allow-webhook-host example.com:80"));
    assert_eq!(webhook(1)["attempts"], json!([]));
    // no runtime here (handle called directly): listed, not posted
    assert_eq!(webhook(2)["state"], "not_sent");
    assert_eq!(webhook(2)["contentType"], "application/xml");
    assert!(webhook(2)["body"].as_str().unwrap().starts_with("<?xml"));
    assert_eq!(
        l["webhooks"],
        json!({"pending": 0, "delivered": 0, "failed": 0, "refused": 1, "notSent": 3})
    );
    let cleared = body(api.handle(&Request {
        method: "DELETE".into(),
        ..Request::get("/__stand-in/capability")
    }));
    assert_eq!(cleared["requests"], json!([]));
}

#[test]
fn config_only_for_its_own_page() {
    let mut same = Request::get("/__stand-in/config");
    same.headers
        .push(("sec-fetch-site".into(), "same-origin".into()));
    assert_eq!(body(api().handle(&same))["apiKey"], "k3y");
    let mut other = Request::get("/__stand-in/config");
    other
        .headers
        .push(("sec-fetch-site".into(), "cross-site".into()));
    assert_eq!(api().handle(&other).status, 403);
    let mut origin = Request::get("/__stand-in/config");
    origin.headers = vec![
        ("origin".into(), "https://evil.example".into()),
        ("host".into(), "127.0.0.1:8080".into()),
    ];
    assert_eq!(api().handle(&origin).status, 403);
}

#[test]
fn a_rebinding_page_gets_nothing() {
    let api = api();
    let evil = |mut r: Request| {
        r.headers[0].1 = "evil.example:8080".into();
        r.headers
            .push(("sec-fetch-site".into(), "same-origin".into()));
        r
    };
    for req in [
        evil(Request::get("/__stand-in/config")),
        evil(Request::get("/__stand-in/messages")),
        evil(Request::post("/rcs/2/messages", "App k3y", TEXT)),
        evil(Request::get("/")),
    ] {
        let r = api.handle(&req);
        assert_eq!(r.status, 421, "{}", req.target);
        assert!(!String::from_utf8(r.into_bytes()).unwrap().contains("k3y"));
    }
    assert_eq!(api.store.counts().accepted, 0);
}
