//! What the stand-in keeps of what it answered (accepted requests, capability checks):
//! newest last, within a byte budget, with the counts its listings report.

use serde_json::{json, Map, Value};
use std::collections::VecDeque;
use std::sync::Arc;

/// An item's size for the budget: about what keeping it costs in memory.
pub(crate) trait Cost {
    /// Bytes counted against the budget.
    fn cost(&self) -> usize;
}

/// Items kept oldest first within `limit` bytes; the oldest are dropped for a new one.
pub(crate) struct Bounded<T> {
    limit: usize,
    kept: VecDeque<Arc<T>>,
    kept_bytes: usize,
    accepted: u64,
    dropped: u64,
}

impl<T: Cost> Bounded<T> {
    /// Nothing kept yet, at most `limit` bytes.
    pub(crate) fn new(limit: usize) -> Self {
        Bounded {
            limit,
            kept: VecDeque::new(),
            kept_bytes: 0,
            accepted: 0,
            dropped: 0,
        }
    }

    /// Counts `item` as accepted and keeps it, dropping the oldest items until it fits;
    /// an item larger than the whole budget is counted as dropped at once.
    pub(crate) fn keep(&mut self, item: Arc<T>) {
        self.accepted += 1;
        let cost = item.cost();
        if cost > self.limit {
            self.dropped += 1;
            return;
        }
        while self.kept_bytes + cost > self.limit {
            let Some(old) = self.kept.pop_front() else {
                break;
            };
            self.kept_bytes -= old.cost();
            self.dropped += 1;
        }
        self.kept_bytes += cost;
        self.kept.push_back(item);
    }

    /// Forgets every item and the counts.
    pub(crate) fn clear(&mut self) {
        self.kept.clear();
        self.kept_bytes = 0;
        self.accepted = 0;
        self.dropped = 0;
    }

    /// The items kept, oldest first.
    pub(crate) fn items(&self) -> impl Iterator<Item = &Arc<T>> {
        self.kept.iter()
    }

    #[cfg(test)]
    /// How many items are kept.
    pub(crate) fn len(&self) -> usize {
        self.kept.len()
    }

    #[cfg(test)]
    /// How many were accepted since the start (or the last clear).
    pub(crate) fn accepted(&self) -> u64 {
        self.accepted
    }

    #[cfg(test)]
    /// How many of those were dropped for the budget.
    pub(crate) fn dropped(&self) -> u64 {
        self.dropped
    }

    /// The head of a listing: `{"accepted","kept","dropped","keptBytes","limitBytes"}`.
    pub(crate) fn counts(&self) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("accepted".into(), json!(self.accepted));
        out.insert("kept".into(), json!(self.kept.len()));
        out.insert("dropped".into(), json!(self.dropped));
        out.insert("keptBytes".into(), json!(self.kept_bytes));
        out.insert("limitBytes".into(), json!(self.limit));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sized(usize);
    impl Cost for Sized {
        fn cost(&self) -> usize {
            self.0
        }
    }

    #[test]
    fn keeps_the_newest_within_the_budget_and_counts_the_rest() {
        let mut b = Bounded::new(10);
        for n in [4, 4, 4, 11, 2] {
            b.keep(Arc::new(Sized(n)));
        }
        let kept: Vec<usize> = b.items().map(|s| s.0).collect();
        assert_eq!(kept, [4, 4, 2]);
        assert_eq!((b.accepted(), b.dropped(), b.len()), (5, 2, 3));
        assert_eq!(b.counts()["keptBytes"], json!(10));
        b.clear();
        assert_eq!((b.accepted(), b.dropped(), b.len()), (0, 0, 0));
        assert_eq!(b.counts()["keptBytes"], json!(0));
    }
}
