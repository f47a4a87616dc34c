//! `rcs-kit render`: a message template and an audience (CSV or JSON Lines) rendered into
//! bulk requests, every row validated, failing rows listed and left out; streaming, so
//! memory stays bounded however long the audience is.

use super::args::{Command, UsageError};
use super::output::printable;
use super::{stderr, EXIT_INVALID, EXIT_TROUBLE, EXIT_VALID};
use rcs_kit::template::audience::{Batch, Batcher, DEFAULT_MAX_MESSAGES};
use rcs_kit::template::CompiledTemplate;
use rcs_kit::Options;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;

/// The short usage, ending with a newline.
pub const USAGE: &str = "\
Usage: rcs-kit render [--out DIR | --send URL [--key KEY] [--concurrency N] [--journal FILE]]
                      [--max-messages N] [--audience csv|jsonl] [--now DATE-TIME]
                      TEMPLATE AUDIENCE
Renders the message template (see `rcs-kit template`) once per row of AUDIENCE: a CSV
file with a header row, or JSON Lines (one object per line); columns name the template's
variables, and the `destination` variable (default `to`) holds each recipient's number.
Each rendered message is validated; valid ones are grouped into requests of at most
--max-messages messages (default 1000) and under the API's 10 MB, written to DIR as
request-000001.json, ... (or to standard output, one request per line, without --out).
Failing rows are listed on standard error (row number, JSON pointer into the row's
message, the issue) and left out. `-` reads the audience from standard input (then give
--audience).
--send URL POSTs each request to URL/rcs/2/messages (e.g. the stand-in,
http://127.0.0.1:8080) with the key of --key or of $INFOBIP_API_KEY, at most
--concurrency requests at once (default 4), retrying 429, 5xx and connection errors
(5 attempts, backoff from 0.5 s, Retry-After honoured). With --journal FILE every
accepted request is recorded as it is accepted; run again with the same journal to send
only what was not (a changed template or audience stops the run).
Exit status: 0 every row valid (and sent), 1 some row failed, 2 trouble.
";

/// `rcs-kit render` arguments.
pub struct Render {
    template: PathBuf,
    audience: PathBuf,
    out: Option<PathBuf>,
    max_messages: usize,
    jsonl: bool,
    now: Option<i64>,
    send: Option<super::send::SendOptions>,
}

/// Parses the arguments after `render`.
pub fn parse(it: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let err = |message: String| {
        Err(UsageError {
            message,
            usage: USAGE,
        })
    };
    let mut files: Vec<PathBuf> = Vec::new();
    let (mut out, mut max_messages, mut format, mut now) = (None, DEFAULT_MAX_MESSAGES, None, None);
    let (mut base, mut key, mut concurrency, mut journal) = (None, None, 4usize, None);
    let (mut attempts, mut backoff_ms) = (5u32, 500u64);
    let mut it = it.peekable();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| match it.next() {
            Some(v) => Ok(v),
            None => Err(format!("`{name}` needs a value")),
        };
        match arg.to_str() {
            Some("-h" | "--help") => return err("renders a template for an audience".into()),
            Some("--out") => match value("--out") {
                Ok(v) => out = Some(PathBuf::from(v)),
                Err(e) => return err(e),
            },
            Some("--max-messages") => match value("--max-messages") {
                Ok(v) => match v.to_str().and_then(|s| s.parse::<usize>().ok()) {
                    Some(n) if n >= 1 => max_messages = n,
                    _ => {
                        return err(format!(
                            "`--max-messages` is a whole number of at least 1, not `{}`",
                            printable(&v.to_string_lossy())
                        ))
                    }
                },
                Err(e) => return err(e),
            },
            Some("--audience") => match value("--audience") {
                Ok(v) => match v.to_str() {
                    Some("csv") => format = Some(false),
                    Some("jsonl") => format = Some(true),
                    _ => {
                        return err(format!(
                            "`--audience` is csv or jsonl, not `{}`",
                            printable(&v.to_string_lossy())
                        ))
                    }
                },
                Err(e) => return err(e),
            },
            Some("--send") => match value("--send") {
                Ok(v) => base = Some(v.to_string_lossy().into_owned()),
                Err(e) => return err(e),
            },
            Some("--key") => match value("--key") {
                Ok(v) => key = Some(v.to_string_lossy().into_owned()),
                Err(e) => return err(e),
            },
            Some("--journal") => match value("--journal") {
                Ok(v) => journal = Some(PathBuf::from(v)),
                Err(e) => return err(e),
            },
            Some(flag @ ("--concurrency" | "--attempts" | "--backoff-ms")) => {
                let flag = flag.to_string();
                match value(&flag) {
                    Ok(v) => match v.to_str().and_then(|s| s.parse::<u64>().ok()) {
                        Some(n) if (1..=10_000).contains(&n) => match flag.as_str() {
                            "--concurrency" => concurrency = n as usize,
                            "--attempts" => attempts = n as u32,
                            _ => backoff_ms = n,
                        },
                        _ => {
                            return err(format!(
                                "`{flag}` is a whole number from 1 to 10000, not `{}`",
                                printable(&v.to_string_lossy())
                            ))
                        }
                    },
                    Err(e) => return err(e),
                }
            }
            Some("--now") => match value("--now") {
                Ok(v) => match rcs_kit::validate::parse_date_time(&v.to_string_lossy()) {
                    Ok(ms) => now = Some(ms),
                    Err(why) => return err(format!("`--now`: {why}")),
                },
                Err(e) => return err(e),
            },
            Some(s) if s.starts_with('-') && s != "-" => {
                return err(format!("unknown option `{}`", printable(s)))
            }
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let [template, audience] = <[PathBuf; 2]>::try_from(files).map_err(|f| UsageError {
        message: format!("give a TEMPLATE and an AUDIENCE ({} given)", f.len()),
        usage: USAGE,
    })?;
    let by_name = audience
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| matches!(e.to_ascii_lowercase().as_str(), "jsonl" | "ndjson" | "json"));
    let jsonl = match (format, by_name, audience.as_os_str() == "-") {
        (Some(j), _, _) => j,
        (None, _, true) => {
            return err("the audience on standard input needs `--audience csv|jsonl`".into())
        }
        (None, Some(j), false) => j,
        (None, None, false) => false,
    };
    if base.is_some() && out.is_some() {
        return err("give `--out` or `--send`, not both".into());
    }
    if base.is_none() && journal.is_some() {
        return err("`--journal` records what `--send` sent: give `--send` too".into());
    }
    let send = match base {
        Some(base) => {
            if !(base.starts_with("http://") || base.starts_with("https://")) {
                return err(format!(
                    "`--send` is an http(s) URL, not `{}`",
                    printable(&base)
                ));
            }
            let Some(key) = key.or_else(|| std::env::var("INFOBIP_API_KEY").ok()) else {
                return err("`--send` needs the API key: `--key KEY` or $INFOBIP_API_KEY".into());
            };
            Some(super::send::SendOptions {
                base,
                key,
                concurrency,
                journal,
                attempts,
                backoff: std::time::Duration::from_millis(backoff_ms),
            })
        }
        None => None,
    };
    Ok(Command::Render(Render {
        template,
        audience,
        out,
        max_messages,
        jsonl,
        now,
        send,
    }))
}

/// One row of the audience: its number (1-based, the header not counted) and values.
type Row = (u64, BTreeMap<String, String>);

/// Reads rows one at a time.
enum Rows {
    Csv(csv::StringRecordsIntoIter<Box<dyn Read>>, Vec<String>),
    Jsonl(io::Lines<BufReader<Box<dyn Read>>>),
}

impl Rows {
    fn open(path: &PathBuf, jsonl: bool) -> Result<Rows, String> {
        let input: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin())
        } else {
            Box::new(
                std::fs::File::open(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            )
        };
        if jsonl {
            return Ok(Rows::Jsonl(BufReader::new(input).lines()));
        }
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| format!("cannot read the header row of {}: {e}", path.display()))?
            .iter()
            .map(|h| h.trim_start_matches('\u{FEFF}').trim().to_string())
            .collect();
        Ok(Rows::Csv(reader.into_records(), headers))
    }

    /// The next row, a row that cannot be read (its number and why), or the end.
    fn next(&mut self, n: u64) -> Option<Result<Row, (u64, String)>> {
        match self {
            Rows::Csv(records, headers) => {
                let record = records.next()?;
                Some(match record {
                    Ok(r) => {
                        if r.len() != headers.len() {
                            return Some(Err((
                                n,
                                format!(
                                    "{} fields where the header has {}",
                                    r.len(),
                                    headers.len()
                                ),
                            )));
                        }
                        Ok((
                            n,
                            headers
                                .iter()
                                .cloned()
                                .zip(r.iter().map(str::to_string))
                                .collect(),
                        ))
                    }
                    Err(e) => Err((n, format!("not CSV: {e}"))),
                })
            }
            Rows::Jsonl(lines) => loop {
                let line = match lines.next()? {
                    Ok(l) => l,
                    Err(e) => return Some(Err((n, format!("cannot read: {e}")))),
                };
                if line.trim().is_empty() {
                    continue;
                }
                let parsed: Result<serde_json::Map<String, serde_json::Value>, _> =
                    serde_json::from_str(&line);
                return Some(match parsed {
                    Ok(o) => Ok((
                        n,
                        o.into_iter()
                            .map(|(k, v)| {
                                let s = match v {
                                    serde_json::Value::String(s) => s,
                                    serde_json::Value::Null => String::new(),
                                    other => other.to_string(),
                                };
                                (k, s)
                            })
                            .collect(),
                    )),
                    Err(e) => Err((n, format!("not a JSON object: {e}"))),
                });
            },
        }
    }
}

/// Where requests go: files in a folder, the API, or lines on standard output.
struct Sink {
    dir: Option<PathBuf>,
    sender: Option<super::send::Sender>,
    written: usize,
    first: Option<String>,
}

impl Sink {
    fn write(&mut self, batch: Batch) -> Result<(), String> {
        self.written += 1;
        if let Some(sender) = &mut self.sender {
            return sender.push(super::send::Outgoing {
                index: self.written,
                messages: batch.messages,
                first_row: batch.rows.first().copied().unwrap_or_default(),
                last_row: batch.rows.last().copied().unwrap_or_default(),
                body: batch.body,
            });
        }
        let request = batch.body.as_str();
        match &self.dir {
            Some(dir) => {
                let name = format!("request-{:06}.json", self.written);
                let path = dir.join(&name);
                std::fs::write(&path, request)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                self.first.get_or_insert(name);
            }
            None => {
                let mut out = io::stdout().lock();
                out.write_all(request.as_bytes())
                    .and_then(|()| out.write_all(b"\n"))
                    .map_err(|e| format!("cannot write to standard output: {e}"))?;
            }
        }
        Ok(())
    }
}

/// The most failing rows described one by one (the rest are counted).
const LISTED: usize = 1000;

/// Runs `rcs-kit render`; returns the exit status.
pub fn run(r: &Render) -> u8 {
    let fail = |why: String| {
        stderr(&format!("rcs-kit: {why}\n"));
        EXIT_TROUBLE
    };
    let text = match std::fs::read(&r.template) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return fail(format!("cannot read {}: {e}", r.template.display())),
    };
    let opts = Options {
        now: r.now.or(Options::default().now),
        ..Options::default()
    };
    let template = match CompiledTemplate::compile(&text, &opts) {
        Ok(t) => t,
        Err(report) => {
            let mut msg = format!(
                "rcs-kit: {} is not a valid template (run `rcs-kit template` on it):\n",
                printable(&r.template.display().to_string())
            );
            for i in report.report.errors().take(20) {
                msg.push_str(&format!("  {}\n", printable(&i.to_string())));
            }
            stderr(&msg);
            return EXIT_INVALID;
        }
    };
    if let Some(dir) = &r.out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            return fail(format!("cannot create {}: {e}", dir.display()));
        }
    }
    let mut rows = match Rows::open(&r.audience, r.jsonl) {
        Ok(rows) => rows,
        Err(why) => return fail(why),
    };
    let size = std::fs::metadata(&r.audience).map(|m| m.len()).unwrap_or(0);
    let bar = progress(size);
    let sender = match &r.send {
        Some(opts) => match super::send::Sender::start(opts) {
            Ok(s) => Some(s),
            Err(why) => return fail(why),
        },
        None => None,
    };
    let mut sink = Sink {
        dir: r.out.clone(),
        sender,
        written: 0,
        first: None,
    };
    let mut batcher = Batcher::new(r.max_messages);
    let (mut read, mut valid, mut failed) = (0u64, 0u64, 0u64);
    let mut failed_rows: Vec<u64> = Vec::new();
    let mut report_lines = String::new();
    let mut message = String::new();
    let mut n = 0u64;
    loop {
        n += 1;
        let Some(row) = rows.next(n) else {
            break;
        };
        read += 1;
        if read % 4096 == 0 {
            bar.set_position(read);
        }
        let (number, values) = match row {
            Ok(row) => row,
            Err((number, why)) => {
                failed += 1;
                note(
                    &mut failed_rows,
                    &mut report_lines,
                    number,
                    &format!("row {number}: {why}\n"),
                );
                continue;
            }
        };
        let report = template.render_row(
            &|name| values.get(name).map(String::as_str),
            &opts,
            &mut message,
        );
        if !report.is_valid() {
            failed += 1;
            let mut lines = String::new();
            for i in report.errors() {
                lines.push_str(&format!("row {number}: {}\n", printable(&i.to_string())));
            }
            note(&mut failed_rows, &mut report_lines, number, &lines);
            continue;
        }
        valid += 1;
        if let Some(batch) = batcher.push(&template, &message, number) {
            if let Err(why) = sink.write(batch) {
                bar.finish_and_clear();
                return fail(why);
            }
        }
    }
    if let Some(batch) = batcher.finish(&template) {
        if let Err(why) = sink.write(batch) {
            bar.finish_and_clear();
            return fail(why);
        }
    }
    bar.finish_and_clear();
    let sent = match sink.sender.take() {
        Some(sender) => match sender.finish() {
            Ok(sent) => Some(sent),
            Err(why) => return fail(why),
        },
        None => None,
    };
    let mut summary = report_lines;
    if failed as usize > LISTED {
        summary.push_str(&format!(
            "... and {} more failing rows\n",
            failed as usize - LISTED
        ));
    }
    let where_to = match (&r.out, &sink.first) {
        (Some(dir), Some(first)) => {
            format!(" ({}, from {first})", printable(&dir.display().to_string()))
        }
        _ => String::new(),
    };
    summary.push_str(&format!(
        "{}: {read} rows, {valid} valid in {} request{}{where_to}, {failed} failed{}\n",
        printable(&r.audience.display().to_string()),
        sink.written,
        if sink.written == 1 { "" } else { "s" },
        if failed_rows.is_empty() {
            String::new()
        } else {
            let shown: Vec<String> = failed_rows.iter().take(10).map(u64::to_string).collect();
            format!(
                " (rows {}{})",
                shown.join(", "),
                if failed_rows.len() > 10 { ", ..." } else { "" }
            )
        }
    ));
    let mut send_failed = false;
    if let Some(sent) = sent {
        for f in &sent.failed {
            summary.push_str(&format!("not sent: {}\n", printable(f)));
        }
        summary.push_str(&format!(
            "sent {} request{} ({} messages){}{}\n",
            sent.accepted,
            if sent.accepted == 1 { "" } else { "s" },
            sent.messages,
            if sent.skipped > 0 {
                format!(
                    "; {} already sent by an earlier run, per the journal ({} messages)",
                    sent.skipped, sent.skipped_messages
                )
            } else {
                String::new()
            },
            if sent.failed.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} failed ({} messages): run again with the same --journal to retry them",
                    sent.failed.len(),
                    sent.failed_rows
                )
            }
        ));
        send_failed = !sent.failed.is_empty();
    }
    stderr(&summary);
    if failed == 0 && !send_failed {
        EXIT_VALID
    } else {
        EXIT_INVALID
    }
}

/// Records a failing row: its lines (for the first [`LISTED`] rows) and its number.
fn note(rows: &mut Vec<u64>, lines: &mut String, number: u64, text: &str) {
    if rows.len() < LISTED {
        lines.push_str(text);
        rows.push(number);
    }
}

/// A progress bar on standard error when it is a terminal (hidden otherwise).
fn progress(_bytes: u64) -> indicatif::ProgressBar {
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {pos} rows rendered ({per_sec})")
    {
        bar.set_style(style);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::Rows;

    /// The library's CSV reader (what the npm package's `renderTemplate` reads a CSV text
    /// with) gives the rows this command reads with the `csv` crate.
    #[test]
    fn the_library_reads_csv_as_the_csv_crate() {
        let dir = std::env::temp_dir().join(format!("rcs-kit-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (i, text) in [
            "to,name\n441134960001,Ada\n",
            "\u{FEFF} to , name \r\n1,\"Zoë, \"\"Q\"\"\"\r\n\r\n2,\"two\nlines\"\r3,x\"y\n",
            "a,b\n1\n1,2,3\n,\n\"q\"r,\"\"\n\"open,end\n",
            "a\n\n\n \n",
            "",
        ]
        .iter()
        .enumerate()
        {
            let path = dir.join(format!("{i}.csv"));
            std::fs::write(&path, text).unwrap();
            let mut crate_rows = Rows::open(&path, false).unwrap();
            let mut ours = rcs_kit::template::audience::csv_rows(text);
            let mut n = 0;
            loop {
                n += 1;
                let theirs = crate_rows.next(n).map(|r| match r {
                    Ok((n, v)) => (n, Ok(v)),
                    Err((n, why)) => (n, Err(why)),
                });
                let mine = ours.next().map(|(n, r)| {
                    (
                        n,
                        r.map(|v| {
                            v.into_iter()
                                .collect::<std::collections::BTreeMap<String, String>>()
                        }),
                    )
                });
                assert_eq!(mine, theirs, "{text:?}, row {n}");
                if mine.is_none() {
                    break;
                }
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
