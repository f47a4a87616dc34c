//! `rcs-kit render --send URL`: the rendered requests POSTed to the API (the stand-in by
//! default in the docs' examples) with a concurrency limit, retries with backoff on 429,
//! 5xx and connection errors, and a journal that lets an interrupted run resume without
//! sending a request twice.
//!
//! The journal (`--journal FILE`, JSON Lines) gets one line per request the API accepted
//! (`{"request": k, "fingerprint": "…", "messages": n, "firstRow": a, "lastRow": b,
//! "status": 200, "bulkId": "…"}`), written and flushed to the disk as soon as the 2xx
//! arrives. A later run with the same template, audience and journal renders the same
//! requests in the same order, skips the ones the journal lists (their fingerprints must
//! match: a changed template or audience stops the run instead of sending different
//! messages under old numbers) and sends the rest. A request in flight when the process
//! dies, whose 2xx had not reached the journal, is sent again: the window is one request
//! per worker between the API's answer and the journal's flush.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// How the requests are sent.
pub struct SendOptions {
    /// Base URL: requests go to `{base}/rcs/2/messages`.
    pub base: String,
    /// The API key (`Authorization: App KEY`).
    pub key: String,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// The journal, if any.
    pub journal: Option<PathBuf>,
    /// Attempts per request (the first included).
    pub attempts: u32,
    /// The first backoff; doubled after each attempt, capped at 8 s.
    pub backoff: Duration,
}

/// One request to send.
pub struct Outgoing {
    /// Its number in the run, from 1 (the same in a resumed run).
    pub index: usize,
    /// The request body.
    pub body: String,
    /// Messages in it.
    pub messages: usize,
    /// The first and last audience row in it.
    pub first_row: u64,
    /// See `first_row`.
    pub last_row: u64,
}

/// What happened to one request.
struct Outcome {
    index: usize,
    fingerprint: String,
    messages: usize,
    first_row: u64,
    last_row: u64,
    status: Option<u16>,
    attempts: u32,
    bulk_id: Option<String>,
    why: Option<String>,
}

/// Totals of a run.
#[derive(Default)]
pub struct Sent {
    /// Requests the API accepted in this run.
    pub accepted: usize,
    /// Messages in them.
    pub messages: usize,
    /// Requests skipped because the journal lists them.
    pub skipped: usize,
    /// Messages in those.
    pub skipped_messages: usize,
    /// Requests that failed after every attempt, with why.
    pub failed: Vec<String>,
    /// Rows in failed requests.
    pub failed_rows: usize,
}

/// FNV-1a 64 of the body, as hex: not a security measure, a check that a resumed run
/// renders the same requests.
pub fn fingerprint(body: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The journal's accepted requests: index → fingerprint.
pub fn read_journal(path: &Path) -> Result<Vec<(usize, String)>, String> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read the journal {}: {e}", path.display())),
    };
    let mut out = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read the journal {}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        // a line cut by a crash is the last one: skip it (its request is sent again)
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        match (
            v.get("request").and_then(serde_json::Value::as_u64),
            v.get("fingerprint").and_then(serde_json::Value::as_str),
        ) {
            (Some(k), Some(f)) => out.push((k as usize, f.to_string())),
            _ => {
                return Err(format!(
                    "line {} of the journal {} is not a journal line",
                    n + 1,
                    path.display()
                ))
            }
        }
    }
    Ok(out)
}

/// A running send: requests are pushed as they are rendered, sent by a pool of workers.
pub struct Sender {
    done: Vec<(usize, String)>,
    journal: Option<File>,
    work_tx: Option<mpsc::SyncSender<(Outgoing, String)>>,
    done_rx: mpsc::Receiver<Outcome>,
    handles: Vec<thread::JoinHandle<()>>,
    sent: Sent,
}

impl Sender {
    /// Reads the journal and starts the workers.
    pub fn start(opts: &SendOptions) -> Result<Sender, String> {
        let done = match &opts.journal {
            Some(p) => read_journal(p)?,
            None => Vec::new(),
        };
        let journal = match &opts.journal {
            Some(p) => Some(
                OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(|e| format!("cannot open the journal {}: {e}", p.display()))?,
            ),
            None => None,
        };
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        let url = format!("{}/rcs/2/messages", opts.base.trim_end_matches('/'));
        let auth = format!("App {}", opts.key);
        let workers = opts.concurrency.max(1);
        // bounded: at most `workers` requests wait, so memory stays a few requests
        let (work_tx, work_rx) = mpsc::sync_channel::<(Outgoing, String)>(workers);
        let work_rx = std::sync::Arc::new(std::sync::Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::channel::<Outcome>();
        let mut handles = Vec::new();
        for _ in 0..workers {
            let rx = std::sync::Arc::clone(&work_rx);
            let tx = done_tx.clone();
            let agent = agent.clone();
            let (url, auth) = (url.clone(), auth.clone());
            let (attempts, backoff) = (opts.attempts.max(1), opts.backoff);
            handles.push(thread::spawn(move || loop {
                let job = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((req, fingerprint)) = job else {
                    return;
                };
                let outcome = post(&agent, &url, &auth, req, fingerprint, attempts, backoff);
                if tx.send(outcome).is_err() {
                    return;
                }
            }));
        }
        Ok(Sender {
            done,
            journal,
            work_tx: Some(work_tx),
            done_rx,
            handles,
            sent: Sent::default(),
        })
    }

    /// Sends `req`, or skips it when the journal lists it.
    ///
    /// # Errors
    /// The journal lists a different request under its number, or cannot be written.
    pub fn push(&mut self, req: Outgoing) -> Result<(), String> {
        let fp = fingerprint(&req.body);
        if let Some((_, old)) = self.done.iter().find(|(k, _)| *k == req.index) {
            if *old != fp {
                return Err(format!(
                    "request {} differs from the one the journal lists as sent: the template or the audience changed since; use a new journal",
                    req.index
                ));
            }
            self.sent.skipped += 1;
            self.sent.skipped_messages += req.messages;
            return Ok(());
        }
        let Some(tx) = &self.work_tx else {
            return Err("the senders stopped".into());
        };
        tx.send((req, fp))
            .map_err(|_| "the senders stopped".to_string())?;
        while let Ok(o) = self.done_rx.try_recv() {
            self.record(o)?;
        }
        Ok(())
    }

    /// Waits for every request in flight.
    ///
    /// # Errors
    /// The journal cannot be written.
    pub fn finish(mut self) -> Result<Sent, String> {
        self.work_tx = None;
        while let Ok(o) = self.done_rx.recv() {
            self.record(o)?;
        }
        for h in std::mem::take(&mut self.handles) {
            let _ = h.join();
        }
        Ok(std::mem::take(&mut self.sent))
    }

    fn record(&mut self, o: Outcome) -> Result<(), String> {
        let sent = &mut self.sent;
        if o.status.is_some_and(|s| (200..300).contains(&s)) {
            sent.accepted += 1;
            sent.messages += o.messages;
            if let Some(j) = &mut self.journal {
                let line = serde_json::json!({"request": o.index, "fingerprint": o.fingerprint,
                    "messages": o.messages, "firstRow": o.first_row, "lastRow": o.last_row,
                    "status": o.status, "attempts": o.attempts, "bulkId": o.bulk_id});
                j.write_all(format!("{line}\n").as_bytes())
                    .and_then(|()| j.sync_data())
                    .map_err(|e| format!("cannot write the journal: {e}"))?;
            }
        } else {
            sent.failed_rows += o.messages;
            sent.failed.push(format!(
                "request {} (rows {}..{}, {} messages): {} after {} attempt{}",
                o.index,
                o.first_row,
                o.last_row,
                o.messages,
                o.why.unwrap_or_default(),
                o.attempts,
                if o.attempts == 1 { "" } else { "s" }
            ));
        }
        Ok(())
    }
}

/// One request, retried on 429, 5xx and connection errors.
fn post(
    agent: &ureq::Agent,
    url: &str,
    auth: &str,
    req: Outgoing,
    fingerprint: String,
    attempts: u32,
    backoff: Duration,
) -> Outcome {
    let mut outcome = Outcome {
        index: req.index,
        fingerprint,
        messages: req.messages,
        first_row: req.first_row,
        last_row: req.last_row,
        status: None,
        attempts: 0,
        bulk_id: None,
        why: None,
    };
    let mut wait = backoff;
    for attempt in 1..=attempts {
        outcome.attempts = attempt;
        let result = agent
            .post(url)
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .send(req.body.as_bytes());
        let retry_after = match result {
            Ok(mut resp) => {
                let status = resp.status().as_u16();
                outcome.status = Some(status);
                let retry_after = resp
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(|s| Duration::from_secs(s.min(60)));
                let body = resp.body_mut().read_to_string().unwrap_or_default();
                if (200..300).contains(&status) {
                    outcome.bulk_id = serde_json::from_str::<serde_json::Value>(&body)
                        .ok()
                        .and_then(|v| v.get("bulkId").and_then(|b| b.as_str()).map(String::from));
                    outcome.why = None;
                    return outcome;
                }
                let short: String = body.chars().take(300).collect();
                outcome.why = Some(format!("HTTP {status}: {short}"));
                if status != 429 && status < 500 {
                    return outcome;
                }
                retry_after
            }
            Err(e) => {
                outcome.status = None;
                outcome.why = Some(format!("could not reach {url}: {e}"));
                None
            }
        };
        if attempt < attempts {
            thread::sleep(retry_after.unwrap_or(wait));
            wait = (wait * 2).min(Duration::from_secs(8));
        }
    }
    outcome
}
