//! Reading one input, bounded by the API's request size.

use rcs_kit::limits::REQUEST_SIZE;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;

/// One FILE argument.
pub enum Input {
    /// `-`: standard input.
    Stdin,
    /// A path.
    File(PathBuf),
}

impl Input {
    /// `-` is standard input, anything else a path.
    pub fn from_arg(arg: OsString) -> Self {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::File(PathBuf::from(arg))
        }
    }

    /// The name shown to a person: the path, or `<stdin>`.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".into(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }

    /// The name in JSON output: the argument as given (`-` for standard input).
    pub fn arg(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// At most this many bytes are read: one more than the API accepts, so that the validator
/// sees the body is too large without the whole of it in memory.
fn read_cap() -> u64 {
    u64::try_from(REQUEST_SIZE.max).map_or(u64::MAX, |max| max.saturating_add(1))
}

/// What reading an input gave.
pub enum Body {
    /// The bytes, at most [`read_cap`] of them.
    Bytes(Vec<u8>),
    /// A file over the API's size limit, judged from its size without reading it.
    TooLarge(rcs_kit::Report),
}

/// Reads the input, at most [`read_cap`] bytes. The error is a short reason for a person.
pub fn read(input: &Input) -> Result<Body, String> {
    match input {
        Input::Stdin => read_capped(io::stdin().lock(), 0)
            .map(Body::Bytes)
            .map_err(|e| reason(&e)),
        Input::File(path) => {
            let file = File::open(path).map_err(|e| reason(&e))?;
            let meta = file.metadata().map_err(|e| reason(&e))?;
            if meta.is_dir() {
                return Err("it is a directory".into());
            }
            if let Some(report) = rcs_kit::validate::size_report(meta.len()) {
                return Ok(Body::TooLarge(report));
            }
            read_capped(file, meta.len())
                .map(Body::Bytes)
                .map_err(|e| reason(&e))
        }
    }
}

fn read_capped(r: impl Read, size_hint: u64) -> io::Result<Vec<u8>> {
    let cap = read_cap();
    let initial = usize::try_from(size_hint.min(cap)).unwrap_or(0);
    let mut buf = Vec::with_capacity(initial);
    r.take(cap).read_to_end(&mut buf)?;
    Ok(buf)
}

fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The FILE of a command that reads exactly one, or why the arguments do not give one.
pub fn single(inputs: Vec<Input>) -> Result<Input, String> {
    let mut inputs = inputs.into_iter();
    match (inputs.next(), inputs.next()) {
        (Some(input), None) => Ok(input),
        (None, _) => Err("no FILE given (use `-` to read standard input)".into()),
        (Some(_), Some(_)) => Err("one FILE at a time".into()),
    }
}

/// The bytes of the one input of a command, or the exit status once stderr says why:
/// a file that cannot be read is trouble, one over the API's size limit is invalid (with
/// the message `too_large` writes from the input's name and the size report).
pub fn read_one(
    input: &Input,
    too_large: impl FnOnce(&str, &rcs_kit::Report) -> String,
) -> Result<Vec<u8>, u8> {
    let name = super::output::printable(&input.display());
    match read(input) {
        Ok(Body::Bytes(bytes)) => Ok(bytes),
        Ok(Body::TooLarge(report)) => {
            super::stderr(&too_large(&name, &report));
            Err(super::EXIT_INVALID)
        }
        Err(why) => {
            super::stderr(&format!("rcs-kit: cannot read {name}: {why}\n"));
            Err(super::EXIT_TROUBLE)
        }
    }
}
