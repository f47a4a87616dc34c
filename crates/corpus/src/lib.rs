//! rcs-kit's corpus: a deterministic, seeded generator of `POST /rcs/2/messages` request
//! bodies in the format of the reference benchmark corpus (`../shared/bench`), so that
//! the repository's tests and benchmarks need nothing beside a clone.
//!
//! A [`Corpus`] holds labelled bodies (compact JSON, one per line when written) and the
//! large carousel. By default 2,000 bodies: TEXT 30 %, FILE 15 %, CARD 25 %, CAROUSEL
//! 25 % (one message each) and BULK 5 % (5-30 messages of mixed content including
//! PROVIDER_TEMPLATE, a quarter of them ordered sequences). Every suggestion type, every
//! message option, webhooks and request options occur; text mixes English, accented
//! Latin, CJK and emoji (with ZWJ and flag sequences), and some strings sit exactly at
//! their limits, counted in Unicode scalar values. The limits come from
//! [`rcs_kit::limits`].
//!
//! One body in five carries exactly one of the 43 mutations of the reference corpus
//! ([`mutation::FAMILIES`]), each with the JSON pointer and the issue code the validator
//! should report ([`Expected`]). Time rules hold for "now" = [`NOW`], as in the reference.
//!
//! ```
//! use rcs_kit_corpus::Corpus;
//! let corpus = Corpus::generate(7, 50);
//! assert_eq!(corpus.bodies.len(), 50);
//! assert_eq!(corpus.bodies.iter().filter(|b| !b.label.valid).count(), 10);
//! // Same seed, same bytes.
//! assert_eq!(corpus.to_jsonl(), Corpus::generate(7, 50).to_jsonl());
//! ```

mod body;
mod carousel;
mod content;
mod dir;
mod json;
mod limits;
pub mod mutation;
mod options;
mod rng;
mod suggestions;
mod text;
mod time;

pub use mutation::Expected;
pub use rng::Rng;

use serde_json::Value;

/// "Now" for the corpus's time rules (calendar events in the future, `sendAt` within 180
/// days): 2027-01-01T00:00:00Z, as in the reference corpus.
pub const NOW: &str = "2027-01-01T00:00:00Z";

/// [`NOW`] in milliseconds since the Unix epoch.
pub const NOW_MS: i64 = 1_798_761_600_000;

/// The seed of the default corpus ([`Corpus::default_corpus`]).
pub const DEFAULT_SEED: u64 = 2027;

/// The number of bodies of the default corpus, as in the reference.
pub const DEFAULT_SIZE: usize = 2000;

/// What a body is, as `labels.jsonl` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// One message with TEXT content.
    Text,
    /// One message with FILE content.
    File,
    /// One message with CARD content.
    Card,
    /// One message with CAROUSEL content.
    Carousel,
    /// 2 to 30 messages of mixed content, PROVIDER_TEMPLATE included.
    Bulk,
}

impl Kind {
    /// Every kind, in the order of the labels' README.
    pub const ALL: [Kind; 5] = [
        Kind::Text,
        Kind::File,
        Kind::Card,
        Kind::Carousel,
        Kind::Bulk,
    ];

    /// The name in `labels.jsonl`: TEXT, FILE, CARD, CAROUSEL, BULK.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Text => "TEXT",
            Kind::File => "FILE",
            Kind::Card => "CARD",
            Kind::Carousel => "CAROUSEL",
            Kind::Bulk => "BULK",
        }
    }

    /// The kind named `name`.
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Its share of the bodies, in percent.
    const fn percent(self) -> usize {
        match self {
            Kind::Text => 30,
            Kind::File => 15,
            Kind::Card | Kind::Carousel => 25,
            Kind::Bulk => 5,
        }
    }
}

/// One line of `labels.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// 0-based line number.
    pub i: usize,
    /// What the body is.
    pub kind: Kind,
    /// Whether the body is valid (no issue at all).
    pub valid: bool,
    /// The mutation family's name ([`mutation::Family::name`]) when not valid.
    pub mutation: Option<String>,
    /// Where the mutation is and which code it must produce; known for generated bodies,
    /// `None` for an outside corpus that does not say.
    pub expected: Option<Expected>,
}

/// A request body and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The body as compact JSON (one line).
    pub json: String,
    /// What it is and, when mutated, how.
    pub label: Label,
}

/// Labelled bodies and the large carousel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corpus {
    /// The bodies, in line order.
    pub bodies: Vec<Body>,
    /// The large carousel as its file holds it (2-space indented JSON).
    pub large_carousel: String,
}

/// Sizes and counts of a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Number of bodies.
    pub bodies: usize,
    /// Valid bodies.
    pub valid: usize,
    /// Bytes of all bodies (without line breaks).
    pub bytes: usize,
    /// Median body size in bytes.
    pub median: usize,
    /// 95th percentile of body sizes in bytes.
    pub p95: usize,
    /// Largest body in bytes.
    pub max: usize,
}

fn compact(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// The large carousel as compact JSON (one line), the same for every seed.
///
/// ```
/// let body = rcs_kit_corpus::large_carousel();
/// assert!(body.len() > 150_000 && !body.contains('\n'));
/// ```
pub fn large_carousel() -> String {
    compact(&carousel::value())
}

/// One body and its label: a valid body of `kind`, mutated by `family` when given.
fn one(rng: &mut Rng, i: usize, kind: Kind, family: Option<&mutation::Family>) -> Body {
    let ordered = match family {
        Some(f) => f.name == "ordering_with_failover",
        None => kind == Kind::Bulk && rng.chance(24),
    };
    let mut value = body::build(rng, kind, ordered);
    let mut expected = None;
    if let Some(f) = family {
        let messages = json::len_of(&value, "messages");
        let m = if kind == Kind::Bulk {
            rng.below(messages)
        } else {
            0
        };
        expected = f.apply(rng, &mut value, m);
    }
    Body {
        json: compact(&value),
        label: Label {
            i,
            kind,
            valid: family.is_none(),
            mutation: family.map(|f| f.name.to_owned()),
            expected,
        },
    }
}

/// The kind a mutation of `family` goes into, by the kinds' shares of the corpus (BULK
/// less often: few families need it).
fn kind_for(rng: &mut Rng, family: &mutation::Family) -> Kind {
    let weight = |k: Kind| if k == Kind::Bulk { 2 } else { k.percent() };
    let total: usize = family.kinds.iter().map(|&k| weight(k)).sum();
    let mut draw = rng.below(total);
    for &k in family.kinds {
        if draw < weight(k) {
            return k;
        }
        draw -= weight(k);
    }
    Kind::Bulk
}

impl Corpus {
    /// `n` bodies from `seed`: one in five mutated (the families in turn), the kinds in
    /// the reference's proportions, in a seeded order. The same seed and `n` give the same
    /// bytes.
    pub fn generate(seed: u64, n: usize) -> Corpus {
        let mut order = Rng::new(seed);
        // Kinds in the reference's proportions, in a seeded order.
        let mut kinds: Vec<Kind> = Vec::with_capacity(n);
        let mut start = 0;
        for kind in Kind::ALL {
            let end = start + kind.percent();
            kinds.extend((n * start / 100..n * end / 100).map(|_| kind));
            start = end;
        }
        kinds.resize(n, Kind::Text);
        order.shuffle(&mut kinds);
        // One line in five mutated, the families in turn, each into a line of a kind it
        // fits.
        let mut families: Vec<Option<&'static mutation::Family>> = vec![None; n];
        for j in 0..n / 5 {
            let Some(family) = mutation::FAMILIES.get(j % mutation::FAMILIES.len()) else {
                continue;
            };
            let want = kind_for(&mut order, family);
            let free = |k: Kind, fams: &[Option<&mutation::Family>]| {
                (0..n).find(|&i| kinds.get(i) == Some(&k) && matches!(fams.get(i), Some(None)))
            };
            let slot = free(want, &families)
                .or_else(|| family.kinds.iter().find_map(|&k| free(k, &families)));
            if let Some(f) = slot.and_then(|i| families.get_mut(i)) {
                *f = Some(family);
            }
        }
        let bodies = kinds
            .into_iter()
            .zip(families)
            .enumerate()
            .map(|(i, (kind, family))| {
                let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
                one(&mut rng, i, kind, family)
            })
            .collect();
        Corpus {
            bodies,
            large_carousel: serde_json::to_string_pretty(&carousel::value()).unwrap_or_default(),
        }
    }

    /// The corpus the tests and `cargo xtask bench` use: [`DEFAULT_SIZE`] bodies from
    /// [`DEFAULT_SEED`].
    pub fn default_corpus() -> Corpus {
        Corpus::generate(DEFAULT_SEED, DEFAULT_SIZE)
    }

    /// The bodies as `corpus.jsonl` holds them: one per line, each line ending in `\n`.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for b in &self.bodies {
            out.push_str(&b.json);
            out.push('\n');
        }
        out
    }

    /// Counts and sizes.
    ///
    /// ```
    /// let stats = rcs_kit_corpus::Corpus::generate(1, 20).stats();
    /// assert_eq!((stats.bodies, stats.valid), (20, 16));
    /// assert!(stats.median <= stats.p95 && stats.p95 <= stats.max);
    /// ```
    pub fn stats(&self) -> Stats {
        let mut sizes: Vec<usize> = self.bodies.iter().map(|b| b.json.len()).collect();
        sizes.sort_unstable();
        let at = |q: usize| {
            let i = (sizes.len().saturating_sub(1) * q) / 100;
            sizes.get(i).copied().unwrap_or(0)
        };
        Stats {
            bodies: self.bodies.len(),
            valid: self.bodies.iter().filter(|b| b.label.valid).count(),
            bytes: sizes.iter().sum(),
            median: at(50),
            p95: at(95),
            max: sizes.last().copied().unwrap_or(0),
        }
    }
}
