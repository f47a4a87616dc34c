//! What every step of a migration shares: the notes it collects, the options, JSON
//! pointers into the legacy body, and how a value's type is named in a note.

use super::{MigrateOptions, Note};
use crate::validate::Severity;
use serde_json::{Map, Value};

pub(super) fn note(severity: Severity, path: &str, message: String) -> Note {
    Note {
        severity,
        path: path.into(),
        message,
    }
}

/// A legacy message object: no v2 members, and at least one legacy one.
pub(super) fn looks_legacy(o: &Map<String, Value>) -> bool {
    let v2 = ["destinations", "sender", "events", "options", "webhooks"];
    let legacy = ["to", "from", "content", "message"];
    !v2.iter().any(|k| o.contains_key(*k)) && legacy.iter().any(|k| o.contains_key(*k))
}

pub(super) fn child(path: &str, key: &str) -> String {
    let mut out = path.to_string();
    crate::json::pointer::push_segment(&mut out, key);
    out
}

pub(super) use crate::json::serde_type_name as type_name;

pub(super) struct Cx<'o> {
    pub(super) notes: Vec<Note>,
    pub(super) opts: &'o MigrateOptions,
}

impl Cx<'_> {
    pub(super) fn error(&mut self, path: &str, message: String) {
        self.notes.push(note(Severity::Error, path, message));
    }

    pub(super) fn warn(&mut self, path: &str, message: String) {
        self.notes.push(note(Severity::Warning, path, message));
    }

    /// Notes every member of `o` not in `known` as left out.
    pub(super) fn rest(&mut self, o: &Map<String, Value>, path: &str, known: &[&str], what: &str) {
        for key in o.keys().filter(|k| !known.contains(&k.as_str())) {
            self.error(
                &child(path, key),
                format!("`{key}` is not a field of a legacy {what}; left out"),
            );
        }
    }
}
