//! Random ids and keys, from the operating system's generator.
//!
//! Ids used to be derived from the API key (a hash of it mixed with a counter), so one
//! bulk id gave the key back for a dictionary word. Now nothing about the key, the time or
//! the order of requests can be read from an id.

use std::sync::Mutex;

/// Random bytes drawn from the OS at a time (256 ids per system call).
const BATCH: usize = 4096;

/// A buffered source of random ids.
pub(crate) struct Ids {
    pool: Mutex<Pool>,
}

struct Pool {
    bytes: Vec<u8>,
    used: usize,
}

impl Ids {
    pub(crate) fn new() -> Self {
        Ids {
            pool: Mutex::new(Pool {
                bytes: Vec::new(),
                used: 0,
            }),
        }
    }

    /// A fresh id shaped like the API's: a version-4 UUID (`8-4-4-4-12` hex).
    pub(crate) fn id(&self) -> String {
        let mut b = [0u8; 16];
        self.fill(&mut b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex = hex(&b);
        let part = |r: std::ops::Range<usize>| hex.get(r).unwrap_or_default().to_owned();
        format!(
            "{}-{}-{}-{}-{}",
            part(0..8),
            part(8..12),
            part(12..16),
            part(16..20),
            part(20..32)
        )
    }

    fn fill(&self, out: &mut [u8]) {
        let Ok(mut pool) = self.pool.lock() else {
            fill_random(out);
            return;
        };
        for byte in out.iter_mut() {
            if pool.used >= pool.bytes.len() {
                pool.bytes.resize(BATCH, 0);
                fill_random(&mut pool.bytes);
                pool.used = 0;
            }
            *byte = pool.bytes.get(pool.used).copied().unwrap_or_default();
            pool.used += 1;
        }
    }
}

/// A new API key: 128 random bits as 32 hex digits.
pub fn new_key() -> String {
    let mut b = [0u8; 16];
    fill_random(&mut b);
    hex(&b)
}

/// Fills `out` from the OS. Should the OS have no generator (it always has one on the
/// systems the stand-in runs on), the clock and a counter are mixed instead: still not
/// derived from the key, but guessable, which a local stand-in can live with.
fn fill_random(out: &mut [u8]) {
    if getrandom::fill(out).is_ok() {
        return;
    }
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    #[allow(clippy::disallowed_methods)]
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    let mut z = t ^ u64::from(std::process::id()) << 32;
    for chunk in out.chunks_mut(8) {
        z = z.wrapping_add(
            COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed) ^ 0x9e37_79b9_7f4a_7c15,
        );
        let mut x = z;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^= x >> 31;
        for (o, b) in chunk.iter_mut().zip(x.to_le_bytes()) {
            *o = b;
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_uuids_and_differ() {
        let ids = Ids::new();
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..1000 {
            let id = ids.id();
            assert_eq!(id.len(), 36, "{id}");
            let parts: Vec<&str> = id.split('-').collect();
            assert_eq!(
                parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
                [8, 4, 4, 4, 12]
            );
            assert!(parts[2].starts_with('4'), "{id}");
            assert!(seen.insert(id));
        }
        assert_eq!(new_key().len(), 32);
        assert_ne!(new_key(), new_key());
    }
}
