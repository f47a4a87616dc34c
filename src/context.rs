//! The walk's position in a document, and how checks report what they find.
//!
//! Every check, the table walk's and the cross-field rules' alike, receives a [`Ctx`]: the
//! parsed document, the [`Options`], the JSON path of the value being checked, and the
//! [`Report`] being filled. A check reports an issue *through its [`Rule`]*
//! ([`Ctx::report`]), so the rule's declaration decides the code and the severity.

use crate::json::{pointer, Doc, JsonStr, NodeId};
use crate::message::Message;
use crate::options::Options;
use crate::report::{clip, Amount, Issue, Report};
use crate::rule::Rule;
use crate::validate::walk::{SUBJECT_BODY, SUBJECT_FIELD, SUBJECT_ITEM};
use std::borrow::Cow;

/// A cross-field check: runs after the fields of the object it is attached to were
/// checked, at that object's path.
pub type CheckFn = fn(&mut Ctx<'_, '_>, NodeId);

/// A cross-field check as the tables attach it: the function and the rules it reports,
/// so that the docs and the JSON Schema know what each object's checks say.
#[derive(Debug)]
pub struct Check {
    /// The check.
    pub run: CheckFn,
    /// The rules it may report.
    pub rules: &'static [&'static Rule],
}

/// Who writes a body, which decides how forgiving its walk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// A body sent to the API (requests): the API rejects what its models do not have,
    /// so `null` for an optional field is an error and unknown fields are flagged as
    /// ignored or rejected.
    #[default]
    Outbound,
    /// A body the API sends (webhooks, responses): read as a tolerant reader would;
    /// `null` for an optional field reads as absent (a warning) and unknown members are
    /// kept (a warning).
    Inbound,
}

/// A segment of the path being walked.
#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    Key(JsonStr<'a>),
    Name(&'static str),
    Index(usize),
}

/// The walk's state: the document, the options, the path so far and the report.
pub struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    opts: &'d Options,
    report: Report,
    path: Vec<Seg<'a>>,
    direction: Direction,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// A walk of `doc` at its root, with an empty report.
    pub fn new(doc: &'d Doc<'a>, opts: &'d Options) -> Self {
        Ctx {
            doc,
            opts,
            report: Report::new(),
            path: Vec::with_capacity(12),
            direction: Direction::Outbound,
        }
    }

    /// The same walk, of a body written in `direction`.
    pub fn with_direction(self, direction: Direction) -> Self {
        Ctx { direction, ..self }
    }

    /// Who wrote the body being walked.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The report so far, ending the walk.
    pub fn finish(self) -> Report {
        self.report
    }

    /// The document.
    pub fn doc(&self) -> &'d Doc<'a> {
        self.doc
    }

    /// The options.
    pub fn options(&self) -> &'d Options {
        self.opts
    }

    /// The JSON pointer of the current position.
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => pointer::push_segment(&mut out, &k.decode()),
                Seg::Name(n) => pointer::push_segment(&mut out, n),
                Seg::Index(i) => pointer::push_index(&mut out, *i),
            }
        }
        out
    }

    /// True once the report is full: callers stop looking, and the report says it was
    /// truncated.
    pub fn is_full(&mut self) -> bool {
        let full = self.report.is_full();
        if full {
            self.report.mark_truncated();
        }
        full
    }

    /// Runs `f` one member deeper (`name` is appended to the path).
    pub fn at<R>(&mut self, name: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Seg::Name(name));
        let r = f(self);
        self.path.pop();
        r
    }

    /// Runs `f` one array element deeper (`i` is appended to the path).
    pub fn at_index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Seg::Index(i));
        let r = f(self);
        self.path.pop();
        r
    }

    /// Steps into the member `key` (the walk's own descent; pair with [`Ctx::leave`]).
    pub(crate) fn enter_key(&mut self, key: JsonStr<'a>) {
        self.path.push(Seg::Key(key));
    }

    /// Steps into element `i` (pair with [`Ctx::leave`]).
    pub(crate) fn enter_index(&mut self, i: usize) {
        self.path.push(Seg::Index(i));
    }

    /// Steps back out.
    pub(crate) fn leave(&mut self) {
        self.path.pop();
    }

    /// Reports an issue of `rule` at the current position. Advice is dropped unless the
    /// options ask for it; the rule and `--strict` decide the severity.
    pub fn report(&mut self, rule: &'static Rule, message: impl Into<Message>) {
        self.push(rule, message.into(), None, None);
    }

    /// Reports an issue of `rule` with the limit that was broken and the value that broke
    /// it.
    pub fn report_bounded(
        &mut self,
        rule: &'static Rule,
        limit: f64,
        actual: f64,
        message: impl Into<Message>,
    ) {
        self.push(
            rule,
            message.into(),
            Some(Amount(limit)),
            Some(Amount(actual)),
        );
    }

    /// Reports an issue of `rule` at the member `names` below the current position (one
    /// call instead of an [`Ctx::at`] closure per name, which the wasm build pays for
    /// each), with the limit and the value that broke it when `bounds` has them.
    pub fn report_in(
        &mut self,
        names: &[&'static str],
        rule: &'static Rule,
        message: impl Into<Message>,
        bounds: Option<(f64, f64)>,
    ) {
        let depth = self.path.len();
        self.path.extend(names.iter().map(|n| Seg::Name(n)));
        let (limit, actual) =
            bounds.map_or((None, None), |(l, a)| (Some(Amount(l)), Some(Amount(a))));
        self.push(rule, message.into(), limit, actual);
        self.path.truncate(depth);
    }

    /// Reports an issue of `rule` at `path` rather than at the current position.
    pub fn report_at(&mut self, rule: &'static Rule, path: String, message: impl Into<Message>) {
        self.push_at(rule, path, message.into(), None, None);
    }

    fn push(
        &mut self,
        rule: &'static Rule,
        message: Message,
        limit: Option<Amount>,
        actual: Option<Amount>,
    ) {
        // Checked before the pointer is built, which costs more than the check.
        if rule.advice && !self.opts.advice {
            return;
        }
        let path = self.pointer();
        self.push_at(rule, path, message, limit, actual);
    }

    /// The one place an issue enters the report: advice is dropped unless asked for, and
    /// the rule and `--strict` decide the severity.
    fn push_at(
        &mut self,
        rule: &'static Rule,
        path: String,
        message: Message,
        limit: Option<Amount>,
        actual: Option<Amount>,
    ) {
        if rule.advice && !self.opts.advice {
            return;
        }
        self.report.push(Issue::new(
            rule.severity_with(self.opts.strict),
            rule.code,
            path,
            message,
            limit,
            actual,
        ));
    }

    /// How messages name the value at the current position: "`text`", "item 3".
    pub fn subject(&self) -> Message {
        match self.path.last() {
            Some(Seg::Key(k)) => SUBJECT_FIELD.with("field", clip(&k.decode())),
            Some(Seg::Name(n)) => SUBJECT_FIELD.with("field", *n),
            Some(Seg::Index(i)) => SUBJECT_ITEM.with("index", *i),
            None => SUBJECT_BODY.message(),
        }
    }

    /// Member `key` of the object `node`, if present. Of a repeated key, the value the
    /// body's reader keeps: the first in a request, the last (as serde reads it) in a body
    /// the API sends.
    pub fn get(&self, node: NodeId, key: &str) -> Option<NodeId> {
        match self.direction {
            Direction::Outbound => self.doc.get(node, key),
            Direction::Inbound => self.doc.get_last(node, key),
        }
    }

    /// Member `key` of `node` as a string.
    pub fn get_str(&self, node: NodeId, key: &str) -> Option<Cow<'a, str>> {
        self.get(node, key).and_then(|n| self.doc.str(n))
    }
}
