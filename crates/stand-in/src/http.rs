//! Just enough HTTP/1.1: one request per connection (`Connection: close`), bodies by
//! `Content-Length` only, a thread per connection up to a bound, timeouts on every read.
//! A body over 10 MB is refused from its `Content-Length` before any of it is read.

use super::{Request, Response, StandIn};
use rcs_kit::limits::REQUEST_SIZE;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Most bytes of request line plus headers.
const MAX_HEAD: usize = 64 * 1024;
/// Most connections served at once.
const MAX_CONNECTIONS: usize = 64;

/// Why a request could not be read: answered with this status, or dropped.
enum ReadError {
    Respond(u16, &'static str),
    Drop,
}

/// Reads one request; refuses an oversized body before reading it.
fn read_request(stream: &TcpStream) -> Result<Request, ReadError> {
    let mut reader = BufReader::new(stream);
    let mut head = 0usize;
    let mut line = String::new();
    let mut next_line =
        |reader: &mut BufReader<&TcpStream>, line: &mut String| -> Result<(), ReadError> {
            line.clear();
            let n = reader
                .by_ref()
                .take((MAX_HEAD - head.min(MAX_HEAD)) as u64 + 1)
                .read_line(line)
                .map_err(|_| ReadError::Drop)?;
            head += n;
            if head > MAX_HEAD {
                return Err(ReadError::Respond(431, "Request head is too large."));
            }
            if n == 0 {
                return Err(ReadError::Drop);
            }
            Ok(())
        };
    next_line(&mut reader, &mut line)?;
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Err(ReadError::Respond(400, "Malformed request line."));
    };
    let mut req = Request {
        method: method.to_owned(),
        target: target.to_owned(),
        ..Request::default()
    };
    loop {
        next_line(&mut reader, &mut line)?;
        let l = line.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            req.headers
                .push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    if req.header("transfer-encoding").is_some() {
        return Err(ReadError::Respond(
            411,
            "Send the body with a Content-Length.",
        ));
    }
    let len = match req.header("content-length") {
        None => 0,
        Some(v) => v
            .parse::<u64>()
            .map_err(|_| ReadError::Respond(400, "Bad Content-Length."))?,
    };
    if len > REQUEST_SIZE.max as u64 {
        return Err(ReadError::Respond(413, "Request is larger than 10 MB."));
    }
    let mut body = Vec::with_capacity(usize::try_from(len).unwrap_or(0).min(1 << 20));
    reader
        .take(len)
        .read_to_end(&mut body)
        .map_err(|_| ReadError::Drop)?;
    if body.len() as u64 != len {
        return Err(ReadError::Drop);
    }
    req.body = body;
    Ok(req)
}

fn write_response(mut stream: &TcpStream, res: &Response, head_only: bool) {
    let mut out = format!("HTTP/1.1 {} {}\r\n", res.status, res.reason());
    for (k, v) in &res.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        res.body.len()
    ));
    let _ = stream.write_all(out.as_bytes());
    if !head_only {
        let _ = stream.write_all(&res.body);
    }
    let _ = stream.flush();
}

fn serve_connection(api: &StandIn, stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(30)));
    match read_request(&stream) {
        Ok(req) => {
            let res = api.handle(&req);
            write_response(&stream, &res, req.method == "HEAD");
        }
        Err(ReadError::Respond(status, description)) => {
            let res = super::api::api_error(status, &format!("E{status}"), description);
            write_response(&stream, &res, false);
        }
        Err(ReadError::Drop) => {}
    }
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Serves `api` on `listener` until the process ends.
pub fn run(api: StandIn, listener: TcpListener) {
    let api = Arc::new(api);
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        if open.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            let res = super::api::api_error(503, "E503", "Too many connections.");
            write_response(&stream, &res, false);
            continue;
        }
        open.fetch_add(1, Ordering::SeqCst);
        let (api, open) = (Arc::clone(&api), Arc::clone(&open));
        std::thread::spawn(move || {
            serve_connection(&api, stream);
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
}
