//! Message templates (`rcs_kit::template`): the envelope's own rules (run by the walker on
//! the template document) and the placeholder rules (run by
//! [`validate_template`](crate::template::validate_template) on the message's strings).

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::rule::Rule;

const FORMAT: &str = "rcs-kit's template format (docs/templates.md)";

/// Neither or both of `message` and `request`.
pub static ONE_BODY: Rule = Rule::error(
    "template.body.one_of",
    "A template holds `message` or `request`, exactly one.",
    FORMAT,
);
/// Two variables with one name.
pub static VARIABLE_DUPLICATE: Rule = Rule::error(
    "template.variable.duplicate",
    "Two variables with the same name.",
    FORMAT,
);
/// A variable name placeholders cannot spell.
pub static VARIABLE_NAME_INVALID: Rule = Rule::error(
    "template.variable.name.invalid",
    "A variable's name: a letter or `_`, then letters, digits, `_`, `.` or `-`.",
    FORMAT,
);
/// A sample longer than the variable's `maxLength`.
pub static SAMPLE_TOO_LONG: Rule = Rule::error(
    "template.variable.sample.too_long",
    "A variable's sample is longer than its `maxLength`.",
    FORMAT,
);
/// An empty sample of a variable that may not be empty.
pub static SAMPLE_EMPTY: Rule = Rule::error(
    "template.variable.sample.empty",
    "A variable that may not be empty has an empty sample.",
    FORMAT,
);
/// `{{` without `}}`.
pub static PLACEHOLDER_UNTERMINATED: Rule = Rule::error(
    "template.placeholder.unterminated",
    "A `{{` that is not closed by `}}`: it would reach the recipient as written.",
    FORMAT,
);
/// `{{…}}` that does not hold a name.
pub static PLACEHOLDER_INVALID: Rule = Rule::error(
    "template.placeholder.invalid",
    "A placeholder whose content is not a variable name.",
    FORMAT,
);
/// A placeholder naming no declared variable.
pub static PLACEHOLDER_UNDECLARED: Rule = Rule::error(
    "template.placeholder.undeclared",
    "A placeholder names a variable that is not declared.",
    FORMAT,
);
/// A placeholder where values cannot vary.
pub static PLACEHOLDER_NOT_ALLOWED: Rule = Rule::error(
    "template.placeholder.not_allowed",
    "A placeholder in a field that cannot hold one (only texts, titles, descriptions, postback data and URLs after the host can).",
    FORMAT,
);
/// A placeholder in a URL's scheme or host.
pub static PLACEHOLDER_URL_HOST: Rule = Rule::error(
    "template.placeholder.url_host",
    "A placeholder in a URL's scheme or host: the link could point anywhere.",
    FORMAT,
);
/// A declared variable that no placeholder names.
pub static VARIABLE_UNUSED: Rule = Rule::warning(
    "template.variable.unused",
    "A declared variable that no placeholder uses.",
    FORMAT,
)
.strict();
/// The recipient's number variable is not declared.
pub static DESTINATION_UNDECLARED: Rule = Rule::error(
    "template.destination.undeclared",
    "A message without `destinations` and no declared variable for the recipient's number.",
    FORMAT,
);
/// Over a length limit with every variable at its `maxLength`.
pub static WORST_CASE_TOO_LONG: Rule = Rule::error(
    "template.worst_case.too_long",
    "With every variable at its `maxLength`, a field is over its length limit.",
    FORMAT,
);
/// Another rule broken with every variable at its `maxLength`.
pub static WORST_CASE_INVALID: Rule = Rule::error(
    "template.worst_case.invalid",
    "With every variable at its `maxLength`, the message breaks a rule the sample keeps.",
    FORMAT,
);
/// A rule broken with the variables that may be empty left empty.
pub static EMPTY_CASE_INVALID: Rule = Rule::error(
    "template.empty_case.invalid",
    "With the variables that may be empty left empty, the message breaks a rule.",
    FORMAT,
);

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &ONE_BODY,
    &VARIABLE_DUPLICATE,
    &VARIABLE_NAME_INVALID,
    &SAMPLE_TOO_LONG,
    &SAMPLE_EMPTY,
    &PLACEHOLDER_UNTERMINATED,
    &PLACEHOLDER_INVALID,
    &PLACEHOLDER_UNDECLARED,
    &PLACEHOLDER_NOT_ALLOWED,
    &PLACEHOLDER_URL_HOST,
    &VARIABLE_UNUSED,
    &DESTINATION_UNDECLARED,
    &WORST_CASE_TOO_LONG,
    &WORST_CASE_INVALID,
    &EMPTY_CASE_INVALID,
];

fn envelope(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let has = |c: &Ctx<'_, '_>, k| c.get(node, k).is_some();
    if has(ctx, "message") == has(ctx, "request") {
        let why = if has(ctx, "message") {
            "has both `message` and `request`: keep one"
        } else {
            "has neither `message` nor `request`: add the message to render"
        };
        ctx.report(&ONE_BODY, format!("the template {why}"));
    }
    let Some(list) = ctx.get(node, "variables") else {
        return;
    };
    let doc = ctx.doc();
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (i, v) in doc.children(list).enumerate() {
        let Some(name) = ctx.get_str(v, "name") else {
            continue;
        };
        let name = name.to_string();
        ctx.at("variables", |c| {
            c.at_index(i, |c| {
                let bounded = name.chars().count()
                    <= crate::limits::TEMPLATE_VARIABLE_NAME.max as usize
                    && !name.is_empty();
                if bounded && !crate::template::placeholder::is_name(&name) {
                    c.report_in(
                        &["name"],
                        &VARIABLE_NAME_INVALID,
                        format!("`{}` cannot be written as a placeholder: start with a letter or `_`, then use letters, digits, `_`, `.` or `-`", crate::report::clip(&name)),
                        None,
                    );
                }
                if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
                    c.report_in(
                        &["name"],
                        &VARIABLE_DUPLICATE,
                        format!("`{}` is declared already, at /variables/{first}: remove one", crate::report::clip(&name)),
                        None,
                    );
                }
                let max = c
                    .get(v, "maxLength")
                    .and_then(|m| c.doc().number(m))
                    .filter(|m| m.fract() == 0.0 && *m >= 0.0);
                let empty_ok = c
                    .get(v, "allowEmpty")
                    .and_then(|b| c.doc().bool(b))
                    .unwrap_or(false);
                if let Some(sample) = c.get_str(v, "sample") {
                    let n = sample.chars().count();
                    if let Some(max) = max {
                        if n as f64 > max {
                            c.report_in(
                                &["sample"],
                                &SAMPLE_TOO_LONG,
                                format!("the sample has {n} characters but `maxLength` is {max}: raise `maxLength` or shorten the sample"),
                                Some((max, n as f64)),
                            );
                        }
                    }
                    if n == 0 && !empty_ok {
                        c.report_in(
                            &["sample"],
                            &SAMPLE_EMPTY,
                            "the sample is empty but the variable may not be: give a typical value, or set `allowEmpty`".into(),
                            None,
                        );
                    }
                }
            })
        });
        seen.push((name, i));
    }
}

/// The envelope's rules.
pub static ENVELOPE_CHECK: Check = Check {
    run: envelope,
    rules: &[
        &ONE_BODY,
        &VARIABLE_DUPLICATE,
        &VARIABLE_NAME_INVALID,
        &SAMPLE_TOO_LONG,
        &SAMPLE_EMPTY,
    ],
};
