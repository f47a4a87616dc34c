//! The capability check through the stand-in binary over real sockets: the query's codes
//! by the documented rule, bodies refused with violations, and the notify's result
//! webhooks as a loopback receiver gets them (JSON and XML, retried, refused when not
//! loopback unless allowed), with what the listing says about each.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use rcs_kit::webhooks::{inspect, WebhookKind};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use support::receiver::{Receiver, Reply};
use support::server::{repo, start, start_with, Server};

const QUERY: &str = "/rcs/2/capability-check/query";
const NOTIFY: &str = "/rcs/2/capability-check/notify";

/// Fast retries for the tests (a timeout a loaded machine still meets on loopback).
const FAST: &[&str] = &["--webhook-backoff-ms", "20", "--webhook-timeout-ms", "1000"];

fn fast(extra: &[&str]) -> Server {
    let args: Vec<&str> = FAST.iter().chain(extra).copied().collect();
    start_with(repo(), &args)
}

fn numbers(n: usize) -> String {
    let list: Vec<String> = (0..n).map(|i| format!("\"4411349{i:05}\"")).collect();
    list.join(",")
}

/// The capability listing once no webhook is pending (within 10 s).
fn settled(srv: &Server) -> Value {
    let start = Instant::now();
    loop {
        let l = srv.get_json("/__stand-in/capability");
        if l["webhooks"]["pending"] == 0 || start.elapsed() > Duration::from_secs(10) {
            return l;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_query_answers_each_number_by_its_last_digit() {
    let srv = start();
    let numbers = [
        "441134960001",
        "441134960002",
        "+441134960003",
        "441134960004",
        "441134960005",
        "441134960006",
        "441134960007",
        "441134960008",
        "441134960009",
        "441134960010",
        "123456",
        "1234567",
    ];
    let body = json!({"sender": "DemoSender", "phoneNumbers": numbers, "options": {"platform": {"entityId": "shop", "applicationId": "web"}}});
    let a = srv.post_to(QUERY, &body.to_string());
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.header("content-type"), Some("application/json"));
    // the answer is one rcs-kit reads as Infobip's (RcsCapabilityCheckSyncResponse)
    let read = inspect(&a.text());
    assert_eq!(read.kind, WebhookKind::CapabilityQueryResponse);
    assert!(read.issues.is_empty(), "{:?}", read.issues);
    let answer = a.json();
    let results = answer["capabilityCheckResults"].as_array().unwrap();
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
            ("441134960001", "ENABLED"),
            ("441134960002", "UNREACHABLE"),
            ("+441134960003", "ENABLED"),
            ("441134960004", "UNREACHABLE"),
            ("441134960005", "ENABLED"),
            ("441134960006", "REJECTED_NETWORK"),
            ("441134960007", "ENABLED"),
            ("441134960008", "REJECTED_ROUTE_NOT_AVAILABLE"),
            ("441134960009", "ENABLED"),
            ("441134960010", "REQUEST_FAILED"),
            ("123456", "INVALID_DESTINATION_ADDRESS"),
            ("1234567", "ENABLED"),
        ]
    );
    assert_eq!(answer["options"], body["options"]);
    let mut ids: Vec<&str> = results
        .iter()
        .map(|r| r["messageId"].as_str().unwrap())
        .collect();
    assert!(ids.iter().all(|id| id.len() == 36), "{ids:?}");
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), numbers.len(), "fresh ids");
    // the same numbers again: the same codes, new ids
    let again = srv.post_to(QUERY, &body.to_string()).json();
    assert_eq!(
        again["capabilityCheckResults"][1]["code"],
        results[1]["code"]
    );
    assert_ne!(
        again["capabilityCheckResults"][1]["messageId"],
        results[1]["messageId"]
    );
    let listed = srv.get_json("/__stand-in/capability");
    assert_eq!(listed["accepted"], 2);
    assert_eq!(listed["requests"][0]["path"], QUERY);
    assert_eq!(listed["requests"][0]["sender"], "DemoSender");
    assert_eq!(
        listed["requests"][0]["results"],
        answer["capabilityCheckResults"]
    );
    // nothing of it in the message store
    assert_eq!(srv.listing()["accepted"], 0);
}

#[test]
fn bad_bodies_get_the_api_s_400_with_violations_and_the_same_refusals_as_messages() {
    let srv = start();
    for (path, body, property) in [
        (
            QUERY,
            r#"{"sender":"S","phoneNumbers":[]}"#.to_owned(),
            "phoneNumbers",
        ),
        (
            QUERY,
            format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(501)),
            "phoneNumbers",
        ),
        (
            QUERY,
            r#"{"sender":"S","phoneNumbers":["441134960001","44-113"]}"#.to_owned(),
            "phoneNumbers[1]",
        ),
        (
            NOTIFY,
            format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(10_001)),
            "phoneNumbers",
        ),
        (
            NOTIFY,
            r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"mailto:me@example.com"}"#
                .to_owned(),
            "notifyUrl",
        ),
        (
            NOTIFY,
            r#"{"sender":"S","phoneNumbers":["441134960001"],"notifyContentType":"text/xml"}"#
                .to_owned(),
            "notifyContentType",
        ),
    ] {
        let a = srv.post_to(path, &body);
        assert_eq!(a.status, 400, "{path} {}", a.text());
        let b = a.json();
        assert_eq!(b["errorCode"], "E400");
        assert_eq!(b["violations"][0]["property"], property, "{b}");
        assert!(!b["violations"][0]["violation"].as_str().unwrap().is_empty());
    }
    // the boundaries that pass
    let a = srv.post_to(
        QUERY,
        &format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(500)),
    );
    assert_eq!(a.status, 200);
    let a = srv.post_to(
        NOTIFY,
        &format!(r#"{{"sender":"S","phoneNumbers":[{}]}}"#, numbers(10_000)),
    );
    assert_eq!(a.status, 200);
    assert_eq!(
        a.json()["capabilityCheckRequestStates"]
            .as_array()
            .unwrap()
            .len(),
        10_000
    );
    let port = srv.addr.rsplit(':').next().unwrap().to_owned();
    for path in [QUERY, NOTIFY] {
        let ok = r#"{"sender":"S","phoneNumbers":["441134960001"]}"#;
        let mut c = srv.conn();
        let a = c
            .request(
                "POST",
                path,
                &[("Content-Type", "application/json")],
                ok.as_bytes(),
            )
            .unwrap();
        assert_eq!(a.status, 401, "{path}");
        assert_eq!(
            c.request("GET", path, &[], b"").unwrap().status,
            405,
            "{path}"
        );
        let a = c
            .request(
                "POST",
                path,
                &[
                    ("Authorization", &srv.auth()),
                    ("Content-Type", "text/plain"),
                ],
                ok.as_bytes(),
            )
            .unwrap();
        assert_eq!(a.status, 415, "{path}");
        c.send(
            format!(
                "POST {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                srv.addr,
                srv.auth(),
                11 << 20
            )
            .as_bytes(),
        )
        .unwrap();
        assert_eq!(c.read_answer(false).unwrap().status, 413, "{path}");
        let mut evil = srv.conn();
        evil.host = format!("evil.example:{port}");
        let a = evil
            .request(
                "POST",
                path,
                &[
                    ("Authorization", &srv.auth()),
                    ("Content-Type", "application/json"),
                ],
                ok.as_bytes(),
            )
            .unwrap();
        assert_eq!(a.status, 421, "{path}");
    }
    let mut evil = srv.conn();
    evil.host = format!("evil.example:{port}");
    let a = evil
        .request("GET", "/__stand-in/capability", &[], b"")
        .unwrap();
    assert_eq!(a.status, 421);
    assert_eq!(
        srv.get_json("/__stand-in/capability")["accepted"],
        2,
        "only the two good bodies"
    );
}

#[test]
fn notify_posts_one_json_result_per_number_to_a_loopback_receiver() {
    let srv = fast(&[]);
    let rx = Receiver::start("127.0.0.1", &[]);
    let url = format!("http://127.0.0.1:{}/hooks/capability?tenant=7", rx.port);
    let body = json!({
        "sender": "DemoSender",
        "phoneNumbers": ["441134960001", "441134960002", "441134960006"],
        "notifyUrl": url,
        "notifyContentType": "application/json",
        "options": {"platform": {"entityId": "shop"}},
    });
    let a = srv.post_to(NOTIFY, &body.to_string());
    assert_eq!(a.status, 200, "{}", a.text());
    let read = inspect(&a.text());
    assert_eq!(read.kind, WebhookKind::CapabilityNotifyResponse);
    assert!(read.issues.is_empty(), "{:?}", read.issues);
    let answer = a.json();
    let bulk_id = answer["bulkId"].as_str().unwrap().to_owned();
    let states = answer["capabilityCheckRequestStates"].as_array().unwrap();
    assert_eq!(states.len(), 3);
    assert!(states.iter().all(|s| s["status"] == "PENDING_ENROUTE"));
    let got = rx.wait_for(3);
    assert_eq!(got.len(), 3, "{got:?}");
    let codes = ["ENABLED", "UNREACHABLE", "REJECTED_NETWORK"];
    for (i, r) in got.iter().enumerate() {
        assert_eq!(r.method, "POST");
        assert_eq!(r.target, "/hooks/capability?tenant=7");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(
            r.header("host"),
            Some(format!("127.0.0.1:{}", rx.port).as_str())
        );
        let text = r.text();
        let inspection = inspect(&text);
        assert_eq!(inspection.kind, WebhookKind::CapabilityResult, "{text}");
        assert!(
            inspection.issues.is_empty(),
            "{text}: {:?}",
            inspection.issues
        );
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            v,
            json!({
                "bulkId": bulk_id,
                "messageId": states[i]["messageId"],
                "phoneNumber": states[i]["phoneNumber"],
                "code": codes[i],
                "options": {"platform": {"entityId": "shop"}},
            })
        );
    }
    // one connection, kept alive, for the three
    assert!(got.iter().all(|r| r.connection == got[0].connection));
    let l = settled(&srv);
    assert_eq!(
        l["webhooks"],
        json!({"pending": 0, "delivered": 3, "failed": 0, "refused": 0, "notSent": 0})
    );
    let check = &l["requests"][0];
    assert_eq!(check["bulkId"], bulk_id.as_str());
    assert_eq!(check["notifyUrl"], url.as_str());
    for (i, r) in check["results"].as_array().unwrap().iter().enumerate() {
        let w = &r["webhook"];
        assert_eq!(w["state"], "delivered");
        assert_eq!(w["attempts"].as_array().unwrap().len(), 1);
        assert_eq!(w["attempts"][0]["status"], 200);
        assert_eq!(
            w["body"].as_str().unwrap(),
            got[i].text(),
            "listed as posted"
        );
    }
}

#[test]
fn notify_posts_xml_when_asked_and_reaches_localhost() {
    let srv = fast(&[]);
    let rx = Receiver::start("127.0.0.1", &[]);
    let body = json!({
        "sender": "S",
        "phoneNumbers": ["441134960008"],
        "notifyUrl": format!("http://localhost:{}/x", rx.port),
        "notifyContentType": "application/xml",
        "options": {"platform": {"entityId": "a<b&c"}},
    });
    let answer = srv.post_to(NOTIFY, &body.to_string()).json();
    let got = rx.wait_for(1);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].header("content-type"), Some("application/xml"));
    assert_eq!(
        got[0].text(),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RcsCapabilityCheckResult><bulkId>{}</bulkId><messageId>{}</messageId><phoneNumber>441134960008</phoneNumber><code>REJECTED_ROUTE_NOT_AVAILABLE</code><options><platform><entityId>a&lt;b&amp;c</entityId></platform></options></RcsCapabilityCheckResult>",
            answer["bulkId"].as_str().unwrap(),
            answer["capabilityCheckRequestStates"][0]["messageId"]
                .as_str()
                .unwrap()
        )
    );
    let l = settled(&srv);
    let w = &l["requests"][0]["results"][0]["webhook"];
    assert_eq!(w["state"], "delivered");
    assert_eq!(w["contentType"], "application/xml");
}

#[test]
fn a_failed_webhook_is_retried_and_a_dead_receiver_given_up() {
    // 500, then no answer within the 1 s timeout, then 204
    let srv = fast(&[]);
    let rx = Receiver::start(
        "127.0.0.1",
        &[
            Reply::Status(500),
            Reply::Hang(Duration::from_millis(2500)),
            Reply::Status(204),
        ],
    );
    let body = json!({"sender": "S", "phoneNumbers": ["441134960001"], "notifyUrl": format!("http://127.0.0.1:{}/", rx.port)});
    assert_eq!(srv.post_to(NOTIFY, &body.to_string()).status, 200);
    let l = settled(&srv);
    let got = rx.received();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter().all(|r| r.body == got[0].body),
        "the same body each time"
    );
    let w = &l["requests"][0]["results"][0]["webhook"];
    assert_eq!(w["state"], "delivered", "{w}");
    let attempts = w["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 3);
    assert_eq!(attempts[0]["status"], 500);
    assert_eq!(attempts[1]["error"], "no answer within 1000 ms");
    assert_eq!(attempts[2]["status"], 204);

    // always 500: every attempt made, then failed
    let srv = fast(&["--webhook-attempts", "2"]);
    let rx = Receiver::start("127.0.0.1", &[Reply::Status(500); 10]);
    let body = json!({"sender": "S", "phoneNumbers": ["441134960001"], "notifyUrl": format!("http://127.0.0.1:{}/", rx.port)});
    srv.post_to(NOTIFY, &body.to_string());
    let l = settled(&srv);
    let w = &l["requests"][0]["results"][0]["webhook"];
    assert_eq!(w["state"], "failed", "{w}");
    assert_eq!(w["reason"], "2 attempts failed");
    assert_eq!(rx.received().len(), 2);

    // nobody listening: three numbers fail, the rest are not attempted
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let body = json!({"sender": "S", "phoneNumbers": ["441134960001", "441134960002", "441134960003", "441134960004", "441134960005"], "notifyUrl": format!("http://127.0.0.1:{port}/")});
    srv.post_to(NOTIFY, &body.to_string());
    let l = settled(&srv);
    let results = l["requests"][1]["results"].as_array().unwrap();
    for r in &results[..3] {
        let w = &r["webhook"];
        assert_eq!(w["state"], "failed");
        assert_eq!(w["attempts"].as_array().unwrap().len(), 2);
        assert!(
            w["attempts"][0]["error"]
                .as_str()
                .unwrap()
                .starts_with("cannot connect"),
            "{w}"
        );
    }
    for r in &results[3..] {
        let w = &r["webhook"];
        assert_eq!(w["state"], "failed");
        assert_eq!(w["attempts"], json!([]));
        assert_eq!(
            w["reason"],
            "not attempted: the 3 webhooks before it failed"
        );
    }
}

/// This machine's address on its network (not loopback), if it has one.
fn local_address() -> Option<String> {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect("192.0.2.1:9").ok()?; // no packet is sent: this only picks the route
    let ip = s.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then(|| ip.to_string())
}

#[test]
fn only_loopback_is_posted_to_unless_the_operator_allows_a_host() {
    let srv = fast(&[]);
    let body = |url: &str| {
        json!({"sender": "S", "phoneNumbers": ["441134960001"], "notifyUrl": url}).to_string()
    };
    // refused: still answered 200 as the API would, listed with the reason, never tried
    for url in [
        "http://example.invalid/hook",
        "http://10.255.255.1:9/hook",
        "https://127.0.0.1:9/hook",
    ] {
        let a = srv.post_to(NOTIFY, &body(url));
        assert_eq!(a.status, 200, "{url}");
    }
    let l = settled(&srv);
    let reason = |i: usize| {
        let w = &l["requests"][i]["results"][0]["webhook"];
        assert_eq!(w["state"], "refused", "{w}");
        assert_eq!(w["attempts"], json!([]));
        w["reason"].as_str().unwrap().to_owned()
    };
    assert!(reason(0).contains(
        "example.invalid is not a loopback address: the stand-in posts only to 127.0.0.0/8, [::1] and localhost unless started with --allow-webhook-host example.invalid:80"
    ));
    assert!(reason(1).contains("--allow-webhook-host 10.255.255.1:9"));
    assert!(reason(2).contains("http only"));
    assert_eq!(l["webhooks"]["refused"], 3);

    // a receiver on this machine's network address: refused unless allowed
    let Some(ip) = local_address() else {
        eprintln!("no network address besides loopback here: the allowed host is tested as a unit only (webhook::tests)");
        return;
    };
    let rx = Receiver::start("0.0.0.0", &[]);
    let url = format!("http://{ip}:{}/hook", rx.port);
    srv.post_to(NOTIFY, &body(&url));
    let l = settled(&srv);
    assert_eq!(
        l["requests"][3]["results"][0]["webhook"]["state"],
        "refused"
    );
    // a bad body is answered at once; give a wrongly sent webhook the time to arrive
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        rx.received().is_empty(),
        "a refused notifyUrl is never contacted"
    );

    let allowed = format!("{ip}:{}", rx.port);
    let srv = fast(&["--allow-webhook-host", &allowed]);
    assert!(
        srv.notes.iter().any(|n| n.contains(&allowed)),
        "{:?}",
        srv.notes
    );
    srv.post_to(NOTIFY, &body(&url));
    let got = rx.wait_for(1);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].target, "/hook");
    let l = settled(&srv);
    assert_eq!(
        l["requests"][0]["results"][0]["webhook"]["state"],
        "delivered"
    );
    // the same host on another port is still refused
    srv.post_to(
        NOTIFY,
        &body(&format!(
            "http://{ip}:{}/hook",
            rx.port.wrapping_add(1).max(1)
        )),
    );
    let l = settled(&srv);
    assert_eq!(
        l["requests"][1]["results"][0]["webhook"]["state"],
        "refused"
    );
}

#[test]
fn a_bad_allow_webhook_host_is_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit-stand-in"))
        .args([
            "--port",
            "0",
            "--root",
            repo(),
            "--allow-webhook-host",
            "fd00::1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--allow-webhook-host") && err.contains("brackets"),
        "{err}"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rcs-kit-stand-in"))
        .args(["--webhook-attempts", "11"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("--webhook-attempts needs a number from 1 to 10"));
}

#[test]
fn delete_clears_the_listing_and_stops_what_is_not_yet_posted() {
    let srv = start_with(
        repo(),
        &[
            "--webhook-backoff-ms",
            "1000",
            "--webhook-timeout-ms",
            "1000",
        ],
    );
    // the receiver fails the first attempt; the retry waits 1 s
    let rx = Receiver::start("127.0.0.1", &[Reply::Status(503)]);
    let body = json!({"sender": "S", "phoneNumbers": ["441134960001", "441134960002"], "notifyUrl": format!("http://127.0.0.1:{}/", rx.port)});
    srv.post_to(NOTIFY, &body.to_string());
    assert_eq!(rx.wait_for(1).len(), 1);
    let l = srv.get_json("/__stand-in/capability");
    assert_eq!(l["webhooks"]["pending"], 2);
    assert_eq!(
        l["requests"][0]["results"][0]["webhook"]["attempts"][0]["status"],
        503
    );
    let a = srv
        .conn()
        .request("DELETE", "/__stand-in/capability", &[], b"")
        .unwrap();
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["requests"], json!([]));
    assert_eq!(a.json()["accepted"], 0);
    // past the retry's time: nothing more was posted
    std::thread::sleep(Duration::from_millis(1300));
    assert_eq!(rx.received().len(), 1);
    let l = srv.get_json("/__stand-in/capability");
    assert_eq!(
        (l["kept"].as_u64(), l["dropped"].as_u64()),
        (Some(0), Some(0))
    );
}
