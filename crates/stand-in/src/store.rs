//! What the stand-in accepted: kept in memory up to a number of bytes (the oldest make
//! room for the newest, and are counted as dropped), and appended to a journal file when
//! one is given, so that nothing accepted is lost across restarts.
//!
//! Requests are kept as the bytes that were sent (a leading byte-order mark removed), not
//! as parsed values: an 8.8 MB request costs 8.8 MB here, and listing them copies nothing
//! (the listing is streamed, one kept request after another).

use crate::bounded::{Bounded, Cost};
use bytes::Bytes;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Default bound of the store: 64 MB of accepted requests.
pub const DEFAULT_STORE_BYTES: usize = 64 << 20;

/// Bytes an entry costs besides its body (its metadata and bookkeeping).
const ENTRY_OVERHEAD: usize = 160;

/// One accepted request.
pub(crate) struct Entry {
    /// 1 for the first request accepted, counting across restarts when a journal is kept.
    seq: u64,
    /// When it was accepted (`2026-12-02T10:00:00.000+0000`).
    received_at: String,
    /// `/rcs/2/messages` or `/rcs/1/events`.
    path: String,
    /// The bulk id it was answered with.
    bulk_id: String,
    /// The JSON text as sent.
    body: Bytes,
}

impl Cost for Entry {
    fn cost(&self) -> usize {
        self.body.len() + self.path.len() + self.bulk_id.len() + ENTRY_OVERHEAD
    }
}

impl Entry {
    /// The entry as JSON with its body last, written verbatim: `{"seq":…,"body":…}`.
    fn head(&self) -> String {
        let meta = serde_json::json!({
            "seq": self.seq,
            "receivedAt": self.received_at,
            "path": self.path,
            "bulkId": self.bulk_id,
            "status": 200,
        })
        .to_string();
        let mut head = meta;
        head.pop(); // the closing brace: the body follows
        head.push_str(",\"body\":");
        head
    }
}

/// What a journal held when the stand-in started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Replayed {
    /// Requests read back (and counted as accepted).
    pub requests: u64,
    /// Lines that could not be read (a line cut short by a crash, or not the stand-in's).
    pub unreadable: u64,
}

struct Inner {
    kept: Bounded<Entry>,
    next_seq: u64,
    journal: Option<File>,
}

/// Accepted requests, bounded in bytes, and the journal.
pub(crate) struct Store {
    inner: Mutex<Inner>,
}

/// The counts the listing starts with.
#[cfg(test)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Counts {
    pub accepted: u64,
    pub kept: u64,
    pub dropped: u64,
}

impl Store {
    pub(crate) fn new(limit: usize) -> Self {
        Store {
            inner: Mutex::new(Inner {
                kept: Bounded::new(limit),
                next_seq: 1,
                journal: None,
            }),
        }
    }

    /// Reads the journal at `path` back into the store (as many of its requests as the
    /// bound keeps; all count as accepted), then appends every request accepted from now
    /// on to it.
    pub(crate) fn open_journal(&self, path: &Path) -> io::Result<Replayed> {
        let mut replayed = Replayed::default();
        match File::open(path) {
            Ok(f) => {
                for line in BufReader::new(f).split(b'\n') {
                    let line = line?;
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    match serde_json::from_slice::<JournalLine>(&line) {
                        Ok(l) => {
                            replayed.requests += 1;
                            keep(
                                &mut *self.lock()?,
                                Entry {
                                    seq: l.seq,
                                    received_at: l.received_at,
                                    path: l.path,
                                    bulk_id: l.bulk_id,
                                    body: Bytes::from(l.body.get().to_owned()),
                                },
                            );
                        }
                        Err(_) => replayed.unreadable += 1,
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let mut file = File::options().create(true).append(true).open(path)?;
        // A line cut short by a crash must not swallow the next one.
        if file.metadata()?.len() > 0 && !ends_with_newline(path)? {
            file.write_all(b"\n")?;
        }
        let mut inner = self.lock()?;
        inner.journal = Some(file);
        Ok(replayed)
    }

    /// Keeps an accepted request: journalled first (written to the operating system
    /// before this returns, so before the `200` is sent), then kept in memory.
    pub(crate) fn accept(
        &self,
        path: &str,
        bulk_id: String,
        received_at: String,
        body: Bytes,
    ) -> io::Result<()> {
        let body = match body.strip_prefix("\u{feff}".as_bytes()) {
            Some(rest) => body.slice(body.len() - rest.len()..),
            None => body,
        };
        let mut inner = self.lock()?;
        let entry = Entry {
            seq: inner.next_seq,
            received_at,
            path: path.to_owned(),
            bulk_id,
            body,
        };
        if let Some(journal) = inner.journal.as_mut() {
            let mut line = entry.head().into_bytes();
            line.reserve(entry.body.len() + 2);
            // JSON text has line breaks only between tokens (a string cannot hold a raw
            // one), so a space in their place keeps the same value on one line.
            line.extend(entry.body.iter().map(|&b| match b {
                b'\n' | b'\r' => b' ',
                b => b,
            }));
            line.extend_from_slice(b"}\n");
            journal.write_all(&line)?;
            journal.flush()?;
        }
        keep(&mut inner, entry);
        Ok(())
    }
}

/// Keeps `entry` (the oldest entries are dropped until it fits).
fn keep(inner: &mut Inner, entry: Entry) {
    inner.next_seq = inner.next_seq.max(entry.seq + 1);
    inner.kept.keep(Arc::new(entry));
}

impl Store {
    /// Forgets every request kept and the counts (the journal keeps what it has).
    pub(crate) fn clear(&self) {
        if let Ok(mut inner) = self.lock() {
            inner.kept.clear();
        }
    }

    #[cfg(test)]
    pub(crate) fn counts(&self) -> Counts {
        self.lock()
            .map(|i| Counts {
                accepted: i.kept.accepted(),
                kept: i.kept.len() as u64,
                dropped: i.kept.dropped(),
            })
            .unwrap_or(Counts {
                accepted: 0,
                kept: 0,
                dropped: 0,
            })
    }

    /// The listing, `{"accepted":…,"kept":…,"dropped":…,"keptBytes":…,"limitBytes":…,
    /// "requests":[…]}`, oldest first, as pieces produced while it is sent.
    pub(crate) fn listing(&self) -> Box<dyn Iterator<Item = Bytes> + Send> {
        let (entries, head) = match self.lock() {
            Ok(inner) => (
                inner.kept.items().cloned().collect::<Vec<_>>(),
                serde_json::Value::Object(inner.kept.counts()),
            ),
            Err(_) => (Vec::new(), serde_json::json!({})),
        };
        let mut head = head.to_string();
        head.pop();
        if head.len() > 1 {
            head.push(',');
        }
        head.push_str("\"requests\":[");
        let first = std::iter::once(Bytes::from(head));
        let items = entries.into_iter().enumerate().flat_map(|(i, e)| {
            let mut h = if i == 0 { String::new() } else { ",".into() };
            h.push_str(&e.head());
            [Bytes::from(h), e.body.clone(), Bytes::from_static(b"}")]
        });
        Box::new(
            first
                .chain(items)
                .chain(std::iter::once(Bytes::from_static(b"]}"))),
        )
    }

    fn lock(&self) -> io::Result<std::sync::MutexGuard<'_, Inner>> {
        self.inner
            .lock()
            .map_err(|_| io::Error::other("the store's lock was poisoned"))
    }
}

fn ends_with_newline(path: &Path) -> io::Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = File::open(path)?;
    f.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last == *b"\n")
}

/// One line of the journal, as written by [`Store::accept`].
#[derive(Deserialize)]
struct JournalLine {
    seq: u64,
    #[serde(rename = "receivedAt")]
    received_at: String,
    path: String,
    #[serde(rename = "bulkId")]
    bulk_id: String,
    body: Box<RawValue>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn listing(s: &Store) -> serde_json::Value {
        let bytes: Vec<u8> = s.listing().flat_map(|b| b.to_vec()).collect();
        serde_json::from_slice(&bytes).unwrap()
    }

    fn accept(s: &Store, body: &str) {
        s.accept(
            "/rcs/2/messages",
            "b".into(),
            "t".into(),
            body.to_owned().into(),
        )
        .unwrap();
    }

    #[test]
    fn bounded_in_bytes_and_counts_what_it_dropped() {
        let s = Store::new(3 * (ENTRY_OVERHEAD + 120));
        for i in 0..5 {
            accept(&s, &format!("{{\"n\":{i},\"pad\":\"{}\"}}", "x".repeat(80)));
        }
        let l = listing(&s);
        assert_eq!(
            (
                l["accepted"].as_u64(),
                l["kept"].as_u64(),
                l["dropped"].as_u64()
            ),
            (Some(5), Some(3), Some(2))
        );
        let kept: Vec<_> = l["requests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["seq"].as_u64().unwrap(), r["body"]["n"].as_u64().unwrap()))
            .collect();
        assert_eq!(kept, [(3, 2), (4, 3), (5, 4)]);
        // a request larger than the whole store is accepted and counted, not kept
        accept(&s, &format!("\"{}\"", "y".repeat(2000)));
        assert_eq!(
            s.counts(),
            Counts {
                accepted: 6,
                kept: 3,
                dropped: 3
            }
        );
        s.clear();
        assert_eq!(listing(&s)["requests"], serde_json::json!([]));
    }

    #[test]
    fn the_journal_survives_a_restart_and_a_cut_line() {
        let dir = std::env::temp_dir().join(format!("rcs-kit-store-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("journal.jsonl");
        let _ = std::fs::remove_file(&path);
        let s = Store::new(DEFAULT_STORE_BYTES);
        assert_eq!(s.open_journal(&path).unwrap(), Replayed::default());
        accept(&s, "{\n  \"a\": \"line\\nbreak\"\n}");
        accept(&s, "\u{feff}[1, 2]");
        drop(s);
        // a crash in the middle of a line
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"seq\":3,\"rec")
            .unwrap();
        let s = Store::new(DEFAULT_STORE_BYTES);
        assert_eq!(
            s.open_journal(&path).unwrap(),
            Replayed {
                requests: 2,
                unreadable: 1
            }
        );
        accept(&s, "{}");
        let l = listing(&s);
        assert_eq!(l["accepted"], 3);
        assert_eq!(l["requests"][0]["body"]["a"], "line\nbreak");
        assert_eq!(l["requests"][1]["body"], serde_json::json!([1, 2]));
        assert_eq!(l["requests"][2]["seq"], 3);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 4, "{text}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
