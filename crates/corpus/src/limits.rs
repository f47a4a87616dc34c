//! The limits the generator writes up to and past, read from rcs-kit's one limits table
//! ([`rcs_kit::limits`]); no number is retyped here.

pub use rcs_kit::limits::*;

/// The largest allowed value of `limit` as a length or count.
pub fn at_most(limit: &Limit) -> usize {
    usize::try_from(limit.max).unwrap_or(0)
}

/// The smallest allowed value of `limit` as a length or count.
pub fn at_least(limit: &Limit) -> usize {
    usize::try_from(limit.min).unwrap_or(0)
}
