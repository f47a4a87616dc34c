//! `rcs-kit-stand-in`: a local stand-in of Infobip's RCS API that also serves the
//! composer page. `rcs-kit-stand-in [--port N] [--root DIR]`; the key is
//! `$RCS_KIT_API_KEY` or generated, printed as `API key: <key>`.

use rcs_kit_stand_in::{http, StandIn};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "Usage: rcs-kit-stand-in [--port N] [--root DIR]\n\n  --port N    port on 127.0.0.1 (default 8080; 0 picks a free one)\n  --root DIR  the rcs-kit repository: serves DIR/www and DIR/pkg (default: .)\n\nThe API key is $RCS_KIT_API_KEY, or a new random one.\n";

fn main() -> ExitCode {
    let mut port: u16 = 8080;
    let mut root = PathBuf::from(".");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--port" => match args.next().and_then(|p| p.parse().ok()) {
                Some(p) => port = p,
                None => return usage("--port needs a number from 0 to 65535"),
            },
            "--root" => match args.next() {
                Some(r) => root = PathBuf::from(r),
                None => return usage("--root needs a directory"),
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage(&format!("unknown argument `{other}`")),
        }
    }
    if !root.join("www").is_dir() {
        eprintln!(
            "rcs-kit-stand-in: {} has no www/ folder; pass the repository with --root",
            root.display()
        );
        return ExitCode::from(2);
    }
    let key = std::env::var("RCS_KIT_API_KEY")
        .ok()
        .filter(|k| !k.trim().is_empty())
        .unwrap_or_else(new_key);
    let listener = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("rcs-kit-stand-in: cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("rcs-kit-stand-in: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "rcs-kit stand-in listening on http://{addr}/");
    let _ = writeln!(out, "API key: {key}");
    let _ = writeln!(
        out,
        "Open http://{addr}/ to compose a message; Ctrl-C stops the stand-in."
    );
    let _ = out.flush();
    drop(out);
    http::run(StandIn::new(key, root), listener);
    ExitCode::SUCCESS
}

fn usage(why: &str) -> ExitCode {
    eprint!("rcs-kit-stand-in: {why}\n\n{USAGE}");
    ExitCode::from(2)
}

/// 16 random bytes from the OS as hex.
fn new_key() -> String {
    let mut bytes = [0u8; 16];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .is_ok();
    if !ok {
        // No /dev/urandom: mix the clock and the process id (a local demo key).
        #[allow(clippy::disallowed_methods)]
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let seed = t ^ u128::from(std::process::id()) << 64;
        bytes = seed.to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
