//! The template ops of the main entry's module (`validateTemplate`, `renderTemplate`), as
//! plain Rust so that they are tested natively: the library's
//! [`TemplateReport::to_json`](rcs_kit::template::TemplateReport::to_json) and
//! [`render_audience`], which `rcs-kit template --format json` and `rcs-kit render` use
//! too. Only in the module built with the `templates` feature (the entry `rcs-kit/template`).

use crate::api::{options_from_json, ApiError};
use rcs_kit::json::{Doc, Value};
use rcs_kit::template::audience::{csv_rows, json_rows, render_audience, DEFAULT_MAX_MESSAGES};
use rcs_kit::template::validate_template;

/// `validateTemplate(template, options)`: the template's report with the room of each
/// field, as JSON; `{"error": …}` when the options are misused.
pub fn template_json(text: &str, options: &str) -> String {
    match options_from_json(options) {
        Ok(opts) => validate_template(text, &opts).to_json(),
        Err(e) => e.to_json(),
    }
}

/// `renderTemplate(template, rows, options)`: `args` is the options as JSON text, a line
/// break, then `{"rows": [objects] | "CSV text", "maxMessages"?: n}` (the wrapper writes
/// both with `JSON.stringify`, which never writes a line break). The answer is
/// [`RenderedAudience::to_json`](rcs_kit::template::audience::RenderedAudience::to_json)'s,
/// or `{"error": …}` for misuse.
pub fn render_json(text: &str, args: &str) -> String {
    let misuse = |why: &str| {
        ApiError {
            code: "options.invalid",
            message: why.to_string(),
        }
        .to_json()
    };
    let Some((options, rest)) = args.split_once('\n') else {
        return ApiError {
            code: "internal",
            message: "malformed arguments".into(),
        }
        .to_json();
    };
    let opts = match options_from_json(options) {
        Ok(o) => o,
        Err(e) => return e.to_json(),
    };
    let Ok(doc) = Doc::parse(rest) else {
        return misuse("the rows cannot be read: a string holds a lone surrogate (half of a UTF-16 pair), which is not text");
    };
    let mut max = DEFAULT_MAX_MESSAGES;
    if let Some(n) = doc.get(doc.root(), "maxMessages") {
        match doc.value(n) {
            Value::Number { value, .. } if value.fract() == 0.0 && value >= 1.0 => {
                // `as` saturates: a huge count is "no count limit"
                max = value as usize;
            }
            Value::Null => {}
            _ => return misuse("maxMessages is a whole number of at least 1"),
        }
    }
    let Some(rows) = doc.get(doc.root(), "rows") else {
        return misuse("rows are an array of objects or a CSV text with a header row");
    };
    if let Some(csv) = doc.str(rows) {
        return render_audience(text, csv_rows(&csv), &opts, max).to_json();
    }
    match json_rows(&doc, rows) {
        Some(rows) => render_audience(text, rows, &opts, max).to_json(),
        None => misuse("rows are an array of objects or a CSV text with a header row"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcs_kit::Options;

    const T: &str = r#"{"variables": [{"name": "to", "sample": "441134960001", "maxLength": 15},
      {"name": "name", "sample": "Ada", "maxLength": 20}],
      "message": {"sender": "S", "content": {"type": "TEXT", "text": "Hi {{name}}"}}}"#;

    #[test]
    fn template_reports_are_the_libraries() {
        assert_eq!(
            template_json(T, r#"{"now":0}"#),
            validate_template(T, &Options::at(0)).to_json()
        );
        assert!(template_json(T, r#"{"x":1}"#).contains("options.unknown"));
    }

    #[test]
    fn rows_as_csv_or_objects_render_alike() {
        let csv = render_json(
            T,
            "{\"now\":0}\n{\"rows\":\"to,name\\n441134960002,Grace\\n,Bo\\n\"}",
        );
        let objects = render_json(
            T,
            "{\"now\":0}\n{\"rows\":[{\"to\":\"441134960002\",\"name\":\"Grace\"},{\"to\":\"\",\"name\":\"Bo\"}],\"maxMessages\":10}",
        );
        assert_eq!(csv, objects);
        let v: serde_json::Value = serde_json::from_str(&csv).unwrap();
        assert_eq!(v["messages"], 1);
        assert_eq!(v["failed"], serde_json::json!([2]));
        assert_eq!(
            v["rows"][1]["issues"][0]["path"],
            "/messages/0/destinations/0/to"
        );
        assert!(v["requests"][0]["body"]
            .as_str()
            .unwrap()
            .contains("Hi Grace"));
    }

    #[test]
    fn misuse_is_named() {
        for args in [
            "{}\n{\"rows\":5}",
            "{}\n{}",
            "{}\n{\"rows\":[],\"maxMessages\":0}",
            "{}\n{\"rows\":[],\"maxMessages\":\"9\"}",
        ] {
            assert!(render_json(T, args).contains("options.invalid"), "{args}");
        }
        assert!(render_json(T, "{\"y\":1}\n{\"rows\":[]}").contains("options.unknown"));
        assert!(render_json(T, "{}").contains("internal"));
    }
}
