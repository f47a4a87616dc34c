//! A corpus on disk, in the format of the reference corpus (`../shared/bench`):
//! `corpus.jsonl`, `labels.jsonl` and `large-carousel.json`.

use crate::{Body, Corpus, Expected, Kind, Label};
use serde_json::Value;
use std::io;
use std::path::Path;

fn invalid(why: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why)
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// One line of `labels.jsonl`: `{"i", "kind", "valid", "mutation"}` as in the reference,
/// then, for a generated mutation, `"pointer"` and `"code"`.
fn label_line(l: &Label) -> String {
    let mutation = l.mutation.as_deref().map_or("null".to_owned(), quoted);
    let mut line = format!(
        "{{\"i\":{},\"kind\":{},\"valid\":{},\"mutation\":{mutation}",
        l.i,
        quoted(l.kind.name()),
        l.valid
    );
    if let Some(e) = &l.expected {
        line.push_str(&format!(
            ",\"pointer\":{},\"code\":{}",
            quoted(&e.pointer),
            quoted(&e.code)
        ));
    }
    line.push('}');
    line
}

fn parse_label(line: &str, n: usize) -> io::Result<Label> {
    let v: Value = serde_json::from_str(line)
        .map_err(|e| invalid(format!("labels.jsonl line {}: {e}", n + 1)))?;
    let field = |name: &str| v.get(name).and_then(Value::as_str).map(str::to_owned);
    let kind = field("kind")
        .as_deref()
        .and_then(Kind::parse)
        .ok_or_else(|| invalid(format!("labels.jsonl line {}: no known kind", n + 1)))?;
    let expected = match (field("pointer"), field("code")) {
        (Some(pointer), Some(code)) => Some(Expected { pointer, code }),
        _ => None,
    };
    Ok(Label {
        i: v.get("i")
            .and_then(Value::as_u64)
            .map_or(n, |i| usize::try_from(i).unwrap_or(n)),
        kind,
        valid: v.get("valid").and_then(Value::as_bool).unwrap_or(true),
        mutation: field("mutation"),
        expected,
    })
}

fn read(dir: &Path, name: &str) -> io::Result<String> {
    let path = dir.join(name);
    std::fs::read_to_string(&path)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))
}

impl Corpus {
    /// Writes `corpus.jsonl`, `labels.jsonl` and `large-carousel.json` into `dir`
    /// (created when missing).
    ///
    /// ```no_run
    /// rcs_kit_corpus::Corpus::default_corpus().write_dir("target/bench/corpus".as_ref())?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write_dir(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join("corpus.jsonl"), self.to_jsonl())?;
        let mut labels = String::new();
        for b in &self.bodies {
            labels.push_str(&label_line(&b.label));
            labels.push('\n');
        }
        std::fs::write(dir.join("labels.jsonl"), labels)?;
        let mut carousel = self.large_carousel.clone();
        if !carousel.ends_with('\n') {
            carousel.push('\n');
        }
        std::fs::write(dir.join("large-carousel.json"), carousel)
    }

    /// Reads a corpus in the reference format from `dir` (the reference corpus itself,
    /// or one written by [`Corpus::write_dir`]). Without `labels.jsonl` every body is
    /// labelled a valid TEXT.
    ///
    /// ```no_run
    /// let reference = rcs_kit_corpus::Corpus::read_dir("../shared/bench".as_ref())?;
    /// assert_eq!(reference.bodies.len(), 2000);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read_dir(dir: &Path) -> io::Result<Corpus> {
        let corpus = read(dir, "corpus.jsonl")?;
        let labels = match read(dir, "labels.jsonl") {
            Ok(text) => Some(text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let mut label_lines = labels
            .as_deref()
            .map(|l| l.lines().filter(|l| !l.is_empty()));
        let mut bodies = Vec::new();
        for (n, line) in corpus.lines().filter(|l| !l.is_empty()).enumerate() {
            let label = match label_lines.as_mut().map(Iterator::next) {
                Some(Some(l)) => parse_label(l, n)?,
                Some(None) => {
                    return Err(invalid(format!("labels.jsonl has no line {}", n + 1)));
                }
                None => Label {
                    i: n,
                    kind: Kind::Text,
                    valid: true,
                    mutation: None,
                    expected: None,
                },
            };
            bodies.push(Body {
                json: line.to_owned(),
                label,
            });
        }
        Ok(Corpus {
            bodies,
            large_carousel: read(dir, "large-carousel.json")?,
        })
    }
}
