//! The transport: hyper's HTTP/1.1 server on tokio.
//!
//! hyper gives keep-alive, `Expect: 100-continue` (the `100` is sent only once the body is
//! wanted, so a refused upload is never sent), pipelining, chunked bodies and a strict
//! parser (two different `Content-Length` values are a `400`, as RFC 9112 asks). This
//! module adds what a server facing a browser and a test suite needs besides:
//! - a deadline for the request head ([`HEAD_DEADLINE`]; hyper has none unless it is
//!   given a timer) and one for the body ([`BODY_DEADLINE`]), so a client that trickles
//!   bytes holds only its own connection, which costs a task, not a thread;
//! - refusals decided from the head ([`StandIn::refuse_head`]) are answered at once, and
//!   the body the client is still sending is read and thrown away (up to
//!   [`DRAIN_LIMIT`] bytes or [`DRAIN_DEADLINE`]), so the client reads the `413` or `401`
//!   instead of a reset connection;
//! - the handler, which validates up to 10 MB and writes files, runs on tokio's blocking
//!   pool, never on the threads that move bytes;
//! - failures to accept a connection (out of file descriptors) wait before trying again
//!   instead of spinning.

use super::{api::api_error, Body, Request, Response, StandIn};
use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use rcs_kit::limits::REQUEST_SIZE;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

/// Longest wait for a request's line and headers once a connection is open or idle.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// Longest wait for a whole request body.
pub const BODY_DEADLINE: Duration = Duration::from_secs(30);
/// Most bytes of a refused request's body read (and thrown away) after the answer.
pub const DRAIN_LIMIT: u64 = 64 << 20;
/// Longest time spent reading a refused request's body after the answer.
pub const DRAIN_DEADLINE: Duration = Duration::from_secs(10);
/// Most bytes hyper buffers for a request head (ours refuses heads over 64 KB with a
/// `431` once hyper has read them, so the client reads the answer).
const READ_BUFFER: usize = 512 * 1024;

/// Serves `api` on `listener` until the process ends, on a tokio runtime of its own.
pub fn run(api: StandIn, listener: std::net::TcpListener) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(serve(Arc::new(api), listener))
}

/// Serves `api` on `listener` (on the current tokio runtime).
pub async fn serve(api: Arc<StandIn>, listener: std::net::TcpListener) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let _ = stream.set_nodelay(true);
                let api = Arc::clone(&api);
                tokio::spawn(async move {
                    let service = service_fn(move |req| answer(Arc::clone(&api), req));
                    let _ = http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(HEAD_DEADLINE)
                        .keep_alive(true)
                        .max_buf_size(READ_BUFFER)
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            // Out of file descriptors, or the connection was reset before it was taken:
            // wait for connections to close rather than retry in a tight loop.
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// One request: refuse from the head, read the body within its deadline, handle.
async fn answer(
    api: Arc<StandIn>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<OutBody>, Infallible> {
    let (parts, mut body) = req.into_parts();
    let mut head = match head_of(&parts) {
        Ok(head) => head,
        Err(refusal) => {
            drain_later(body, &parts);
            return Ok(into_hyper(refusal, true));
        }
    };
    if let Some(refusal) = api.refuse_head(&head) {
        drain_later(body, &parts);
        return Ok(into_hyper(refusal, false));
    }
    if !hyper::body::Body::is_end_stream(&body) {
        match tokio::time::timeout(BODY_DEADLINE, read_body(&mut body)).await {
            Ok(Ok(bytes)) => head.body = bytes,
            Ok(Err(TooLarge)) => {
                drain_later(body, &parts);
                let res = api_error(413, "E413", "Request is larger than 10 MB.");
                return Ok(into_hyper(res, false));
            }
            Err(_) => {
                let res = api_error(408, "E408", "The request body did not arrive in time.");
                return Ok(into_hyper(res, true));
            }
        }
    }
    let res = tokio::task::spawn_blocking(move || api.handle(&head))
        .await
        .unwrap_or_else(|_| api_error(500, "E500", "The stand-in failed on this request."));
    Ok(into_hyper(res, false))
}

/// The request body is larger than the API takes (or the client went away mid-body).
struct TooLarge;

/// Reads the body up to the API's 10 MB.
async fn read_body(body: &mut Incoming) -> Result<Bytes, TooLarge> {
    let announced = hyper::body::Body::size_hint(body).lower();
    let mut out = Vec::with_capacity(announced.min(REQUEST_SIZE.max as u64) as usize);
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return Err(TooLarge);
        };
        if let Ok(data) = frame.into_data() {
            if (out.len() + data.len()) as u64 > REQUEST_SIZE.max as u64 {
                return Err(TooLarge);
            }
            if out.is_empty() && hyper::body::Body::is_end_stream(body) {
                return Ok(data);
            }
            out.extend_from_slice(&data);
        }
    }
    Ok(out.into())
}

/// Reads what is left of a refused request's body in the background, so that the client
/// finishes sending and reads the answer; not when it waits for `100 Continue` (it then
/// never sends the body, and hyper never asks for it).
fn drain_later(mut body: Incoming, parts: &hyper::http::request::Parts) {
    let expects_continue = parts
        .headers
        .get(hyper::header::EXPECT)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    if expects_continue || hyper::body::Body::is_end_stream(&body) {
        return;
    }
    tokio::spawn(async move {
        let drain = async {
            let mut read = 0u64;
            while let Some(Ok(frame)) = body.frame().await {
                read += frame.data_ref().map_or(0, |d| d.len() as u64);
                if read > DRAIN_LIMIT {
                    break;
                }
            }
        };
        let _ = tokio::time::timeout(DRAIN_DEADLINE, drain).await;
    });
}

/// The request line and headers as the handler sees them; a header value that is not
/// UTF-8 is answered `400` (it is named, not echoed).
fn head_of(parts: &hyper::http::request::Parts) -> Result<Request, Response> {
    let mut headers = Vec::with_capacity(parts.headers.len());
    for (name, value) in &parts.headers {
        let Ok(value) = std::str::from_utf8(value.as_bytes()) else {
            return Err(api_error(
                400,
                "E400",
                &format!("The value of header `{name}` is not UTF-8 text."),
            ));
        };
        headers.push((name.as_str().to_owned(), value.to_owned()));
    }
    Ok(Request {
        method: parts.method.as_str().to_owned(),
        target: parts.uri.to_string(),
        headers,
        body: Bytes::new(),
    })
}

fn into_hyper(res: Response, close: bool) -> hyper::Response<OutBody> {
    let mut out = hyper::Response::new(OutBody(res.body));
    *out.status_mut() =
        hyper::StatusCode::from_u16(res.status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = out.headers_mut();
    for (name, value) in res.headers {
        if let Ok(value) = hyper::header::HeaderValue::from_str(&value) {
            headers.append(name, value);
        }
    }
    if close {
        headers.insert(
            hyper::header::CONNECTION,
            hyper::header::HeaderValue::from_static("close"),
        );
    }
    out
}

/// A [`Body`] as hyper sends it: whole with a `Content-Length`, or piece by piece
/// (chunked) as the pieces are produced.
pub struct OutBody(Body);

impl hyper::body::Body for OutBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let next = match &mut self.get_mut().0 {
            Body::Full(b) if b.is_empty() => None,
            Body::Full(b) => Some(std::mem::take(b)),
            Body::Stream(pieces) => pieces.find(|p| !p.is_empty()),
        };
        Poll::Ready(next.map(|b| Ok(Frame::data(b))))
    }

    fn is_end_stream(&self) -> bool {
        matches!(&self.0, Body::Full(b) if b.is_empty())
    }

    fn size_hint(&self) -> SizeHint {
        match &self.0 {
            Body::Full(b) => SizeHint::with_exact(b.len() as u64),
            Body::Stream(_) => SizeHint::default(),
        }
    }
}
