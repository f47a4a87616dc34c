//! One small sort for the few places that need one (large objects only), instead of the
//! standard library's sorts, whose generic code is large in a WebAssembly build.

/// Sorts `v` by `key` (heapsort: O(n log n), in place, not stable).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let less = |v: &[T], a: usize, b: usize| match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => key(x) < key(y),
        _ => false,
    };
    let sift = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(v, child, child + 1) {
            child += 1;
        }
        if !less(v, root, child) {
            break;
        }
        v.swap(root, child);
        root = child;
    };
    let n = v.len();
    for start in (0..n / 2).rev() {
        sift(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts() {
        for n in [0usize, 1, 2, 3, 10, 257] {
            let mut v: Vec<u64> = (0..n as u64).map(|i| (i * 7919) % 263).collect();
            let mut want = v.clone();
            want.sort();
            super::sort_by_key(&mut v, |x| *x);
            assert_eq!(v, want);
        }
    }
}
