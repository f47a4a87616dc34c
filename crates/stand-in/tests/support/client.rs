//! A small blocking HTTP/1.1 client for the stand-in's tests and its load run: one
//! keep-alive connection, requests written as raw bytes (so tests can also send what a
//! real client never would), answers read by `Content-Length` or chunked.

#![allow(dead_code)]

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// An answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// One connection.
pub struct Conn {
    reader: BufReader<TcpStream>,
    pub host: String,
}

impl Conn {
    pub fn open(addr: &str) -> io::Result<Conn> {
        let stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(20)))?;
        stream.set_nodelay(true)?;
        Ok(Conn {
            reader: BufReader::new(stream),
            host: addr.to_owned(),
        })
    }

    pub fn stream(&self) -> &TcpStream {
        self.reader.get_ref()
    }

    pub fn send(&mut self, raw: &[u8]) -> io::Result<()> {
        let mut s = self.reader.get_ref();
        s.write_all(raw)?;
        s.flush()
    }

    /// Writes a request (with `Host` and `Content-Length`) and reads its answer.
    pub fn request(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> io::Result<Answer> {
        let mut raw = format!("{method} {path} HTTP/1.1\r\nHost: {}\r\n", self.host);
        for (k, v) in headers {
            raw.push_str(&format!("{k}: {v}\r\n"));
        }
        if !body.is_empty() || method == "POST" {
            raw.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        raw.push_str("\r\n");
        let mut bytes = raw.into_bytes();
        bytes.extend_from_slice(body);
        self.send(&bytes)?;
        self.read_answer(method == "HEAD")
    }

    /// Reads one answer (skipping `100 Continue`).
    pub fn read_answer(&mut self, head_only: bool) -> io::Result<Answer> {
        loop {
            let a = self.read_one(head_only)?;
            if a.status != 100 {
                return Ok(a);
            }
        }
    }

    fn read_one(&mut self, head_only: bool) -> io::Result<Answer> {
        let mut line = String::new();
        if self.reader.read_line(&mut line)? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed",
            ));
        }
        let status = line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidData, format!("status line {line:?}"))
            })?;
        let mut headers = Vec::new();
        loop {
            line.clear();
            self.reader.read_line(&mut line)?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
            }
        }
        let mut a = Answer {
            status,
            headers,
            body: Vec::new(),
        };
        if head_only || status == 100 || status == 204 || status == 304 {
            return Ok(a);
        }
        if a.header("transfer-encoding")
            .is_some_and(|t| t.eq_ignore_ascii_case("chunked"))
        {
            loop {
                line.clear();
                self.reader.read_line(&mut line)?;
                let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                    .map_err(|_| {
                    io::Error::new(io::ErrorKind::InvalidData, format!("chunk size {line:?}"))
                })?;
                if size == 0 {
                    line.clear();
                    self.reader.read_line(&mut line)?;
                    break;
                }
                let start = a.body.len();
                a.body.resize(start + size, 0);
                self.reader.read_exact(&mut a.body[start..])?;
                line.clear();
                self.reader.read_line(&mut line)?;
            }
        } else if let Some(len) = a
            .header("content-length")
            .and_then(|l| l.parse::<usize>().ok())
        {
            a.body.resize(len, 0);
            self.reader.read_exact(&mut a.body)?;
        } else {
            self.reader.read_to_end(&mut a.body)?;
        }
        Ok(a)
    }
}
