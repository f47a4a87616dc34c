//! Posting capability-check results: formats, hosts, retries.

use super::*;

fn allowed(specs: &[&str]) -> Vec<AllowedHost> {
    specs
        .iter()
        .map(|s| AllowedHost::parse(s).unwrap())
        .collect()
}

#[test]
fn loopback_only_by_default() {
    for (url, connect, path) in [
        (
            "http://127.0.0.1:9000/cb?x=1#frag",
            Connect::Addr("127.0.0.1:9000".parse().unwrap()),
            "/cb?x=1",
        ),
        (
            "http://127.8.9.10/",
            Connect::Addr("127.8.9.10:80".parse().unwrap()),
            "/",
        ),
        ("HTTP://LocalHost:81", Connect::Localhost(81), "/"),
        ("http://localhost?a=b", Connect::Localhost(80), "/?a=b"),
        (
            "http://[::1]:9000/x",
            Connect::Addr("[::1]:9000".parse().unwrap()),
            "/x",
        ),
        (
            "http://[::ffff:127.0.0.1]:9000/x",
            Connect::Addr("[::ffff:127.0.0.1]:9000".parse().unwrap()),
            "/x",
        ),
    ] {
        let t = target(url, &[]).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!((t.connect, t.path.as_str()), (connect, path), "{url}");
    }
    for url in [
        "http://example.com/cb",
        "http://192.0.2.1:9000/",
        "http://0.0.0.0:9000/",
        "http://[::2]:9000/",
        "http://127.1:9000/",
        "http://localhost.example.com/",
        "http://10.0.0.1/",
    ] {
        let why = target(url, &[]).unwrap_err();
        assert!(
            why.contains("not a loopback address") && why.contains("--allow-webhook-host"),
            "{url}: {why}"
        );
    }
}

#[test]
fn the_operator_allows_hosts_and_ports() {
    let list = allowed(&["hooks.example.test", "192.0.2.7:9000", "[fd00::1]:8080"]);
    let t = target("http://Hooks.Example.Test:1234/a", &list).unwrap();
    assert_eq!(t.connect, Connect::Name("hooks.example.test".into(), 1234));
    assert_eq!(t.authority, "Hooks.Example.Test:1234");
    assert_eq!(
        target("http://192.0.2.7:9000/", &list).unwrap().connect,
        Connect::Addr("192.0.2.7:9000".parse().unwrap())
    );
    assert!(target("http://192.0.2.7:9001/", &list).is_err());
    assert!(target("http://192.0.2.7/", &list).is_err());
    assert!(target("http://[fd00::1]:8080/", &list).is_ok());
    assert!(target("http://[fd00::1]:8081/", &list).is_err());
    assert!(target("http://other.example.test/", &list).is_err());
}

#[test]
fn refusals_say_why() {
    let https = target("https://127.0.0.1:9000/", &[]).unwrap_err();
    assert!(https.contains("http only"), "{https}");
    assert!(target("http://user:pw@127.0.0.1/", &[])
        .unwrap_err()
        .contains("credentials"));
    assert!(target("http://127.0.0.1:0/", &[])
        .unwrap_err()
        .contains("port"));
    assert!(target("http://127.0.0.1:65536/", &[])
        .unwrap_err()
        .contains("port"));
    assert!(target("http://127.0.0.1:12x/", &[])
        .unwrap_err()
        .contains("port"));
    for bad in [
        "",
        "127.0.0.1",
        "ftp://127.0.0.1/",
        "http://",
        "http://[::1/",
        "http://[zz]/",
        "http://a:b:c/",
    ] {
        assert!(target(bad, &[]).is_err(), "{bad}");
    }
}

#[test]
fn allowed_host_specs() {
    assert_eq!(
        AllowedHost::parse(" Hooks.Example.Test:8080 ").unwrap(),
        AllowedHost {
            host: "hooks.example.test".into(),
            port: Some(8080)
        }
    );
    assert_eq!(AllowedHost::parse("[FD00::1]").unwrap().port, None);
    for bad in [
        "",
        ":80",
        "a:",
        "a:0",
        "a:70000",
        "fd00::1",
        "[fd00::1",
        "[nope]:80",
        "a b",
        "a/b",
        "a@b",
    ] {
        assert!(AllowedHost::parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn xml_mapping_and_escaping() {
    let r: CapabilityResult = serde_json::from_value(serde_json::json!({
        "bulkId": "b<&>\"'",
        "messageId": "m",
        "phoneNumber": "441134960001",
        "code": "ENABLED",
        "options": {"platform": {"entityId": "e\u{1}\r"}, "list": [1, "two", null], "not a name": 1, "xmlns": "x", "n": null}
    }))
    .unwrap();
    assert_eq!(
        String::from_utf8(body(&r, Format::Xml).to_vec()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RcsCapabilityCheckResult><bulkId>b&lt;&amp;&gt;&quot;&apos;</bulkId><messageId>m</messageId><phoneNumber>441134960001</phoneNumber><code>ENABLED</code><options><list>1</list><list>two</list><list/><n/><platform><entityId>e\u{fffd}&#13;</entityId></platform></options></RcsCapabilityCheckResult>"
    );
    // JSON: the flat shape, members in the documented order
    assert_eq!(
        String::from_utf8(body(&r, Format::Json).to_vec()).unwrap(),
        r#"{"bulkId":"b<&>\"'","messageId":"m","phoneNumber":"441134960001","code":"ENABLED","options":{"platform":{"entityId":"e\u0001\r"},"list":[1,"two",null],"n":null,"not a name":1,"xmlns":"x"}}"#
    );
}

#[test]
fn waits_double() {
    let p = WebhookPolicy {
        attempts: 5,
        backoff: Duration::from_millis(10),
        timeout: Duration::from_secs(1),
    };
    let waits: Vec<u128> = (1..=5).map(|n| p.wait_before(n).as_millis()).collect();
    assert_eq!(waits, [0, 10, 20, 40, 80]);
    assert_eq!(WebhookPolicy { attempts: 0, ..p }.clamped().attempts, 1);
    assert_eq!(
        WebhookPolicy { attempts: 99, ..p }.clamped().attempts,
        MAX_ATTEMPTS
    );
    assert_eq!(
        WebhookPolicy {
            backoff: Duration::MAX,
            ..p
        }
        .wait_before(9),
        Duration::MAX
    );
}
