//! The stand-in under load, as `cargo xtask bench` runs it:
//!
//! ```text
//! cargo run --release -p rcs-kit-stand-in --example load -- \
//!     --stand-in target/release/rcs-kit-stand-in --root . [--clients 256] [--seconds 20] [--out FILE]
//! ```
//!
//! Starts the stand-in (port 0), then:
//! 1. **keep-alive load**: `--clients` connections, each sending valid send requests one
//!    after another for `--seconds`; reports requests per second, p50/p99/max latency,
//!    errors (anything but a `200`, or a broken connection), and whether every accepted
//!    request is in the listing's counts;
//! 2. **one huge bulk**: a valid 8.8 MB request with 400,000 destinations; its time, the
//!    answer's size and how much the stand-in's peak memory grew;
//! 3. **slow clients**: 200 connections trickling a request head a byte at a time while
//!    one normal client sends requests; the slowest answer it got.
//!
//! Prints a summary, and `key<TAB>value` lines to `--out` for the bench tables.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/support/client.rs"]
mod client;

use client::Conn;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

struct Args {
    stand_in: String,
    root: String,
    clients: usize,
    seconds: u64,
    out: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        stand_in: "target/release/rcs-kit-stand-in".into(),
        root: ".".into(),
        clients: 256,
        seconds: 20,
        out: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .unwrap_or_else(|| usage(&format!("{arg} needs a value")))
        };
        match arg.as_str() {
            "--stand-in" => a.stand_in = value(),
            "--root" => a.root = value(),
            "--clients" => a.clients = value().parse().unwrap_or_else(|_| usage("--clients N")),
            "--seconds" => a.seconds = value().parse().unwrap_or_else(|_| usage("--seconds N")),
            "--out" => a.out = Some(value()),
            _ => usage(&format!("unknown argument {arg}")),
        }
    }
    a
}

fn usage(why: &str) -> ! {
    eprintln!("load: {why}\nUsage: load --stand-in PATH --root DIR [--clients N] [--seconds N] [--out FILE]");
    std::process::exit(2)
}

fn body(n: u64) -> String {
    format!(
        r#"{{"messages":[{{"sender":"DemoSender","destinations":[{{"to":"4411349{:05}"}}],"content":{{"type":"TEXT","text":"Your order #{n} has shipped and arrives tomorrow.","suggestions":[{{"type":"REPLY","text":"Track it","postbackData":"track-{n}"}}]}}}}]}}"#,
        n % 100_000
    )
}

fn peak_memory(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())?;
    Some(kb * 1024)
}

fn main() {
    let a = args();
    let mut child = Command::new(&a.stand_in)
        .args(["--port", "0", "--root", &a.root])
        .env_remove("RCS_KIT_API_KEY")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| usage(&format!("cannot start {}: {e}", a.stand_in)));
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = lines
        .next()
        .unwrap()
        .unwrap()
        .trim_start_matches("rcs-kit stand-in listening on http://")
        .trim_end_matches('/')
        .to_owned();
    let key = lines
        .next()
        .unwrap()
        .unwrap()
        .trim_start_matches("API key: ")
        .to_owned();
    let auth = format!("App {key}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let pid = child.id();
    let mut out: Vec<(String, String)> = Vec::new();

    // 1. keep-alive load
    let stop = AtomicBool::new(false);
    let errors = AtomicU64::new(0);
    let counter = AtomicU64::new(0);
    let start = Instant::now();
    let mut latencies: Vec<u32> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..a.clients)
            .map(|_| {
                let (stop, errors, counter, addr, headers) =
                    (&stop, &errors, &counter, &addr, &headers);
                std::thread::Builder::new()
                    .stack_size(256 * 1024)
                    .spawn_scoped(s, move || {
                        let mut lat = Vec::new();
                        let mut conn = Conn::open(addr).ok();
                        while !stop.load(Ordering::Relaxed) {
                            let Some(c) = conn.as_mut() else {
                                errors.fetch_add(1, Ordering::Relaxed);
                                conn = Conn::open(addr).ok();
                                continue;
                            };
                            let n = counter.fetch_add(1, Ordering::Relaxed);
                            let t = Instant::now();
                            match c.request("POST", "/rcs/2/messages", headers, body(n).as_bytes())
                            {
                                Ok(r) if r.status == 200 => {
                                    lat.push(t.elapsed().as_micros().min(u32::MAX as u128) as u32)
                                }
                                _ => {
                                    errors.fetch_add(1, Ordering::Relaxed);
                                    conn = Conn::open(addr).ok();
                                }
                            }
                        }
                        lat
                    })
                    .unwrap()
            })
            .collect();
        std::thread::sleep(Duration::from_secs(a.seconds));
        stop.store(true, Ordering::Relaxed);
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let elapsed = start.elapsed().as_secs_f64();
    latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        let i = ((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1);
        latencies.get(i).copied().unwrap_or(0) as f64 / 1000.0
    };
    let ok = latencies.len() as u64;
    let listing = Conn::open(&addr)
        .unwrap()
        .request("GET", "/__stand-in/messages", &[], b"")
        .unwrap()
        .json();
    let accepted = listing["accepted"].as_u64().unwrap_or(0);
    let kept = listing["kept"].as_u64().unwrap_or(0);
    let dropped = listing["dropped"].as_u64().unwrap_or(0);
    let accounted = accepted == ok && kept + dropped == accepted;
    println!(
        "keep-alive load: {} clients, {:.1} s: {} requests answered 200 ({:.0} req/s), {} errors; \
         latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; listing: {accepted} accepted, {kept} kept, {dropped} dropped ({})",
        a.clients,
        elapsed,
        ok,
        ok as f64 / elapsed,
        errors.load(Ordering::Relaxed),
        pct(0.5),
        pct(0.99),
        pct(1.0),
        if accounted { "every 200 accounted for" } else { "NOT every 200 accounted for" }
    );
    for (k, v) in [
        ("load_clients", a.clients.to_string()),
        ("load_seconds", format!("{elapsed:.1}")),
        ("load_ok", ok.to_string()),
        ("load_rps", format!("{:.0}", ok as f64 / elapsed)),
        ("load_errors", errors.load(Ordering::Relaxed).to_string()),
        ("load_p50_ms", format!("{:.2}", pct(0.5))),
        ("load_p99_ms", format!("{:.2}", pct(0.99))),
        ("load_max_ms", format!("{:.2}", pct(1.0))),
        ("load_accepted", accepted.to_string()),
        ("load_kept", kept.to_string()),
        ("load_dropped", dropped.to_string()),
        ("load_accounted", accounted.to_string()),
    ] {
        out.push((k.into(), v));
    }
    let mut c = Conn::open(&addr).unwrap();
    c.request("DELETE", "/__stand-in/messages", &[], b"")
        .unwrap();

    // 2. one huge bulk
    let n = 400_000;
    let dest = r#"{"to":"441134960001"}"#;
    let huge = format!(
        r#"{{"messages":[{{"sender":"S","destinations":[{}],"content":{{"type":"TEXT","text":"Hi"}}}}]}}"#,
        vec![dest; n].join(",")
    );
    let before = peak_memory(pid).unwrap_or(0);
    let t = Instant::now();
    let r = c
        .request("POST", "/rcs/2/messages", &headers, huge.as_bytes())
        .unwrap();
    let took = t.elapsed().as_secs_f64();
    let grew = peak_memory(pid).unwrap_or(0).saturating_sub(before);
    println!(
        "one huge bulk: {} B, {n} destinations: {} in {:.2} s, answer {} B, peak memory grew {:.1} MB ({:.1}× the request)",
        huge.len(),
        r.status,
        took,
        r.body.len(),
        grew as f64 / 1e6,
        grew as f64 / huge.len() as f64
    );
    for (k, v) in [
        ("bulk_bytes", huge.len().to_string()),
        ("bulk_status", r.status.to_string()),
        ("bulk_seconds", format!("{took:.2}")),
        ("bulk_answer_bytes", r.body.len().to_string()),
        ("bulk_memory_bytes", grew.to_string()),
    ] {
        out.push((k.into(), v));
    }
    drop(r);

    // 3. slow clients
    let mut slow: Vec<Conn> = (0..200).filter_map(|_| Conn::open(&addr).ok()).collect();
    let head = format!("GET / HTTP/1.1\r\nHost: {addr}\r\nX-Slow: ");
    let mut worst = Duration::ZERO;
    let t = Instant::now();
    let mut i = 0usize;
    while t.elapsed() < Duration::from_secs(5) {
        for s in &mut slow {
            let _ = s.send(&[head.as_bytes().get(i % head.len()).copied().unwrap_or(b'a')]);
        }
        i += 1;
        let t = Instant::now();
        let ok = Conn::open(&addr)
            .and_then(|mut c| c.request("POST", "/rcs/2/messages", &headers, body(1).as_bytes()))
            .is_ok_and(|r| r.status == 200);
        worst = worst.max(if ok { t.elapsed() } else { Duration::MAX });
        std::thread::sleep(Duration::from_millis(50));
    }
    println!(
        "slow clients: {} connections trickling bytes; slowest answer to a normal client {:.2} ms",
        slow.len(),
        worst.as_secs_f64() * 1000.0
    );
    out.push(("slow_connections".into(), slow.len().to_string()));
    out.push((
        "slow_worst_ms".into(),
        format!("{:.2}", worst.as_secs_f64() * 1000.0),
    ));

    let _ = child.kill();
    let _ = child.wait();
    if let Some(path) = a.out {
        let mut f = std::fs::File::create(&path).unwrap();
        for (k, v) in out {
            writeln!(f, "{k}\t{v}").unwrap();
        }
    }
}
