//! `rcs-kit-stand-in`: a local stand-in of Infobip's RCS API that also serves the
//! composer page. See `rcs-kit-stand-in --help`; the key is `$RCS_KIT_API_KEY` or
//! generated, printed as `API key: <key>`.

use rcs_kit_stand_in::webhook::MAX_ATTEMPTS;
use rcs_kit_stand_in::{
    new_key, server, StandIn, WebhookPolicy, DEFAULT_PORT, DEFAULT_STORE_BYTES,
};
use std::io::Write;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str =
    "Usage: rcs-kit-stand-in [--port N] [--root DIR] [--store-mb N] [--journal FILE]
                        [--allow-webhook-host HOST[:PORT]]... [--webhook-attempts N]
                        [--webhook-backoff-ms MS] [--webhook-timeout-ms MS]

  --port N        port on 127.0.0.1 (default 8080; 0 picks a free one)
  --root DIR      the rcs-kit repository: serves DIR/www and DIR/pkg (default: .)
  --store-mb N    keep up to N MB of accepted requests for GET /__stand-in/messages
                  (default 64; the oldest make room, and are counted as dropped)
  --journal FILE  append every accepted request to FILE (one JSON line each, written
                  before the 200 is sent) and read FILE back at start

Capability-check results (POST /rcs/2/capability-check/notify) are posted to the
request's notifyUrl over http, to loopback addresses only (127.0.0.0/8, [::1],
localhost); GET /__stand-in/capability lists them.
  --allow-webhook-host HOST[:PORT]
                  also post to HOST (on any port, or on PORT only); repeatable;
                  an IPv6 address in brackets: [fd00::1]:8080
  --webhook-attempts N      attempts per webhook, 1 to 10 (default 3)
  --webhook-backoff-ms MS   wait before the second attempt, doubled before each
                            further one (default 500)
  --webhook-timeout-ms MS   longest an attempt may take (default 5000)

The API key is $RCS_KIT_API_KEY, or a new random one.
Only requests addressed to 127.0.0.1:<port>, localhost:<port> or [::1]:<port> are served.
";

struct Args {
    port: u16,
    root: PathBuf,
    store_bytes: usize,
    journal: Option<PathBuf>,
    webhook_hosts: Vec<String>,
    webhook_policy: WebhookPolicy,
}

/// The number after `flag`, from `min` to `max`.
fn number(flag: &str, value: Option<String>, min: u64, max: u64) -> Result<u64, String> {
    value
        .and_then(|n| n.parse::<u64>().ok())
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{flag} needs a number from {min} to {max}"))
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut a = Args {
        port: DEFAULT_PORT,
        root: PathBuf::from("."),
        store_bytes: DEFAULT_STORE_BYTES,
        journal: None,
        webhook_hosts: Vec::new(),
        webhook_policy: WebhookPolicy::default(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                a.port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or("--port needs a number from 0 to 65535")?;
            }
            "--root" => a.root = PathBuf::from(args.next().ok_or("--root needs a directory")?),
            "--store-mb" => {
                let mb: usize = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0 && n <= 1 << 20)
                    .ok_or("--store-mb needs a number of megabytes from 1 to 1048576")?;
                a.store_bytes = mb << 20;
            }
            "--journal" => {
                a.journal = Some(PathBuf::from(args.next().ok_or("--journal needs a file")?))
            }
            "--allow-webhook-host" => a.webhook_hosts.push(
                args.next()
                    .ok_or("--allow-webhook-host needs HOST or HOST:PORT")?,
            ),
            "--webhook-attempts" => {
                a.webhook_policy.attempts =
                    number(&arg, args.next(), 1, u64::from(MAX_ATTEMPTS))? as u32;
            }
            "--webhook-backoff-ms" => {
                a.webhook_policy.backoff =
                    Duration::from_millis(number(&arg, args.next(), 0, 600_000)?);
            }
            "--webhook-timeout-ms" => {
                a.webhook_policy.timeout =
                    Duration::from_millis(number(&arg, args.next(), 1, 600_000)?);
            }
            "-h" | "--help" => return Ok(None),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(Some(a))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(why) => {
            eprint!("rcs-kit-stand-in: {why}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !args.root.join("www").is_dir() {
        return fail(&format!(
            "{} has no www/ folder; pass the repository with --root",
            args.root.display()
        ));
    }
    let key = std::env::var("RCS_KIT_API_KEY")
        .ok()
        .filter(|k| !k.trim().is_empty())
        .unwrap_or_else(new_key);
    let listener = match TcpListener::bind(("127.0.0.1", args.port)) {
        Ok(l) => l,
        Err(e) => return fail(&format!("cannot listen on 127.0.0.1:{}: {e}", args.port)),
    };
    let addr = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => return fail(&e.to_string()),
    };
    let mut api = StandIn::new(key.clone(), args.root)
        .with_port(addr.port())
        .with_store_limit(args.store_bytes)
        .with_webhook_policy(args.webhook_policy);
    for host in &args.webhook_hosts {
        api = match api.allow_webhook_host(host) {
            Ok(api) => api,
            Err(why) => return fail(&format!("--allow-webhook-host: {why}")),
        };
    }
    let mut journal_line = None;
    if let Some(path) = &args.journal {
        match api.with_journal(path) {
            Ok((with, replayed)) => {
                api = with;
                journal_line = Some(format!(
                    "Journal: {} ({} accepted requests read back{})",
                    path.display(),
                    replayed.requests,
                    match replayed.unreadable {
                        0 => String::new(),
                        n => format!(", {n} unreadable lines skipped"),
                    }
                ));
            }
            Err(e) => return fail(&format!("cannot use the journal {}: {e}", path.display())),
        }
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "rcs-kit stand-in listening on http://{addr}/");
    let _ = writeln!(out, "API key: {key}");
    if let Some(line) = journal_line {
        let _ = writeln!(out, "{line}");
    }
    if !args.webhook_hosts.is_empty() {
        let _ = writeln!(
            out,
            "Webhooks: posted to loopback and {}",
            args.webhook_hosts.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "Open http://{addr}/ to compose a message; Ctrl-C stops the stand-in."
    );
    let _ = out.flush();
    drop(out);
    match server::run(api, listener) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

fn fail(why: &str) -> ExitCode {
    eprintln!("rcs-kit-stand-in: {why}");
    ExitCode::from(2)
}
