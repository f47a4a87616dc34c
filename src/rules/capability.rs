//! Capability checks: the same number twice, and a sync query larger than routing needs.

use crate::context::{Check, Ctx};
use crate::json::{sort_by_key, NodeId};
use crate::limits;
use crate::message::Msg;
use crate::rule::Rule;

/// The same number twice in `phoneNumbers` (`+` and spaces aside): checked and billed
/// twice, answered twice.
pub static PHONE_NUMBER_DUPLICATE: Rule = Rule::warning(
    "capability.phone_numbers.duplicate",
    "The same number twice in `phoneNumbers`.",
    "rcs-kit: each number is checked (and answered) once per occurrence",
)
.strict();
/// What an issue of [`PHONE_NUMBER_DUPLICATE`] says.
pub static PHONE_NUMBER_DUPLICATE_MSG: Msg = Msg::for_rule(
    &PHONE_NUMBER_DUPLICATE,
    "the same number as /phoneNumbers/{original}: it would be checked twice; remove one",
);

/// A sync query with more numbers than routing needs.
pub static QUERY_BATCH: Rule = Rule::warning(
    "capability_query.phone_numbers.batch",
    "A sync capability query of more numbers than advised (`--advice`).",
    limits::CAPABILITY_QUERY_BATCH.source,
)
.bounded(&limits::CAPABILITY_QUERY_BATCH)
.advice();
/// What an issue of [`QUERY_BATCH`] says.
pub static QUERY_BATCH_MSG: Msg = Msg::for_rule(
    &QUERY_BATCH,
    "{n} numbers in one sync query; Infobip advises 1 to {max} a call for routing: check larger lists with POST /rcs/2/capability-check/notify",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[&PHONE_NUMBER_DUPLICATE_MSG, &QUERY_BATCH_MSG];

/// The rules of this module.
pub static RULES: &[&Rule] = &[&PHONE_NUMBER_DUPLICATE, &QUERY_BATCH];

/// The digits of a number as one integer, the key two spellings of one number share
/// (`None` past 19 digits: no phone number has that many, and the format rule says so).
fn digits(s: &str) -> Option<u64> {
    let mut n: u64 = 0;
    let mut any = false;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        any = true;
    }
    any.then_some(n)
}

/// Each number that occurred before, at its later index.
fn duplicates(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(list) = ctx.get(node, "phoneNumbers") else {
        return;
    };
    let doc = ctx.doc();
    let mut numbers: Vec<(u64, usize, usize)> = doc
        .children(list)
        .enumerate()
        .filter_map(|(i, n)| {
            let s = doc.str(n)?;
            let count = s.bytes().filter(u8::is_ascii_digit).count();
            digits(&s).map(|d| (d, count, i))
        })
        .collect();
    // equal numbers in index order: the first is the original
    sort_by_key(&mut numbers, |&(d, count, i)| (d, count, i));
    let mut found: Vec<(usize, usize)> = Vec::new();
    for pair in numbers.windows(2) {
        if let [(a, ac, first), (b, bc, i)] = pair {
            if a == b && ac == bc {
                let original = found
                    .iter()
                    .find(|(_, j)| j == first)
                    .map_or(*first, |(o, _)| *o);
                found.push((original, *i));
            }
        }
    }
    sort_by_key(&mut found, |(_, i)| *i);
    for (original, i) in found {
        ctx.at("phoneNumbers", |c| {
            c.at_index(i, |c| {
                c.report(
                    &PHONE_NUMBER_DUPLICATE,
                    PHONE_NUMBER_DUPLICATE_MSG.with("original", original),
                )
            })
        });
    }
}

/// A sync query is for routing: 1 to 10 numbers a call; more belong to notify.
fn query_batch(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if !ctx.options().advice {
        return;
    }
    let Some(list) = ctx.get(node, "phoneNumbers") else {
        return;
    };
    let n = ctx.doc().children(list).count();
    let max = limits::CAPABILITY_QUERY_BATCH.max;
    if n as i64 > max && n as i64 <= limits::CAPABILITY_QUERY_NUMBERS.max {
        ctx.at("phoneNumbers", |c| {
            c.report_bounded(
                &QUERY_BATCH,
                max as f64,
                n as f64,
                QUERY_BATCH_MSG.with("n", n).with("max", max),
            )
        });
    }
}

/// Duplicate numbers.
pub static NUMBERS_CHECK: Check = Check {
    run: duplicates,
    rules: &[&PHONE_NUMBER_DUPLICATE],
};

/// The sync query's advised size.
pub static QUERY_BATCH_CHECK: Check = Check {
    run: query_batch,
    rules: &[&QUERY_BATCH],
};
