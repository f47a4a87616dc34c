//! Reading the fixtures of `tests/fixtures/webhooks/` and an inspection's issues as
//! sortable `severity code path` lines.

use rcs_kit::webhooks::*;
use rcs_kit::Severity;
use std::fs;
use std::path::{Path, PathBuf};

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/webhooks")
}

pub fn read(name: &str) -> String {
    fs::read_to_string(dir().join(name)).unwrap()
}

/// `(stem, body)` of every fixture, sorted.
pub fn fixtures() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

pub fn issue_lines(i: &Inspection) -> Vec<String> {
    let mut v: Vec<String> = i
        .issues
        .iter()
        .map(|i| {
            let sev = match i.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            format!("{sev} {} {}", i.code, i.path).trim_end().to_owned()
        })
        .collect();
    v.sort();
    v
}
