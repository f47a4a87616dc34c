//! Message templates (`rcs_kit::template`): the envelope's own rules (run by the walker on
//! the template document) and the placeholder rules (run by
//! [`validate_template`](crate::template::validate_template) on the message's strings).

use crate::context::{Check, Ctx};
use crate::json::NodeId;
use crate::message::Msg;
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
/// What an issue of [`VARIABLE_DUPLICATE`] says.
pub static VARIABLE_DUPLICATE_MSG: Msg = Msg::for_rule(
    &VARIABLE_DUPLICATE,
    "`{name}` is declared already, at /variables/{first}: remove one",
);
/// A variable name placeholders cannot spell.
pub static VARIABLE_NAME_INVALID: Rule = Rule::error(
    "template.variable.name.invalid",
    "A variable's name: a letter or `_`, then letters, digits, `_`, `.` or `-`.",
    FORMAT,
);
/// What an issue of [`VARIABLE_NAME_INVALID`] says.
pub static VARIABLE_NAME_INVALID_MSG: Msg = Msg::for_rule(
    &VARIABLE_NAME_INVALID,
    "`{name}` cannot be written as a placeholder: start with a letter or `_`, then use letters, digits, `_`, `.` or `-`",
);
/// A sample longer than the variable's `maxLength`.
pub static SAMPLE_TOO_LONG: Rule = Rule::error(
    "template.variable.sample.too_long",
    "A variable's sample is longer than its `maxLength`.",
    FORMAT,
);
/// What an issue of [`SAMPLE_TOO_LONG`] says.
pub static SAMPLE_TOO_LONG_MSG: Msg = Msg::for_rule(
    &SAMPLE_TOO_LONG,
    "the sample has {n} characters but `maxLength` is {max}: raise `maxLength` or shorten the sample",
);
/// An empty sample of a variable that may not be empty.
pub static SAMPLE_EMPTY: Rule = Rule::error(
    "template.variable.sample.empty",
    "A variable that may not be empty has an empty sample.",
    FORMAT,
);
/// What an issue of [`ONE_BODY`] says of a template with both bodies.
pub static ONE_BODY_BOTH_MSG: Msg = Msg::new(
    "template.body.both",
    "the template has both `message` and `request`: keep one",
);
/// What an issue of [`ONE_BODY`] says of a template with no body.
pub static ONE_BODY_NEITHER_MSG: Msg = Msg::new(
    "template.body.neither",
    "the template has neither `message` nor `request`: add the message to render",
);
/// What an issue of [`PROVIDER_PARAMETER_MISSING`] says of one parameter.
pub static PROVIDER_PARAMETER_MISSING_ONE_MSG: Msg = Msg::new(
    "template.provider.parameter.missing_one",
    "the template `{id}` has the parameter {names} that this content does not fill: add {{\"name\", \"value\"}} for each",
);
/// What an issue of [`PROVIDER_PARAMETER_MISSING`] says of several parameters.
pub static PROVIDER_PARAMETER_MISSING_MSG: Msg = Msg::new(
    "template.provider.parameter.missing",
    "the template `{id}` has the parameters {names} that this content does not fill: add {{\"name\", \"value\"}} for each",
);
/// What an issue of [`SAMPLE_EMPTY`] says.
pub static SAMPLE_EMPTY_MSG: Msg = Msg::for_rule(
    &SAMPLE_EMPTY,
    "the sample is empty but the variable may not be: give a typical value, or set `allowEmpty`",
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

/// A PROVIDER_TEMPLATE content whose `templateId` is not declared.
pub static PROVIDER_UNKNOWN: Rule = Rule::error(
    "template.provider.unknown",
    "A PROVIDER_TEMPLATE content names a template that `providerTemplates` does not declare.",
    FORMAT,
);
/// What an issue of [`PROVIDER_UNKNOWN`] says.
pub static PROVIDER_UNKNOWN_MSG: Msg = Msg::for_rule(
    &PROVIDER_UNKNOWN,
    "`{id}` is not among the declared provider templates ({known}): declare it, or use one of them",
);
/// A declared parameter the content does not fill.
pub static PROVIDER_PARAMETER_MISSING: Rule = Rule::error(
    "template.provider.parameter_missing",
    "A PROVIDER_TEMPLATE content leaves out a parameter of its declared template (Infobip rejects it at send time).",
    FORMAT,
);
/// A parameter the declared template does not have.
pub static PROVIDER_PARAMETER_UNKNOWN: Rule = Rule::error(
    "template.provider.parameter_unknown",
    "A PROVIDER_TEMPLATE content fills a parameter its declared template does not have (Infobip rejects it at send time).",
    FORMAT,
);
/// What an issue of [`PROVIDER_PARAMETER_UNKNOWN`] says.
pub static PROVIDER_PARAMETER_UNKNOWN_MSG: Msg = Msg::for_rule(
    &PROVIDER_PARAMETER_UNKNOWN,
    "the template `{id}` has no parameter `{name}` (it has {names}): remove it or fix its name",
);

/// What an issue of [`PLACEHOLDER_UNTERMINATED`] says.
pub static PLACEHOLDER_UNTERMINATED_MSG: Msg = Msg::for_rule(
    &PLACEHOLDER_UNTERMINATED,
    "the `{{{{` at character {at} is not closed by `}}}}`: close it, or it reaches the recipient as written",
);
/// What an issue of [`PLACEHOLDER_INVALID`] says.
pub static PLACEHOLDER_INVALID_MSG: Msg = Msg::for_rule(
    &PLACEHOLDER_INVALID,
    "`{{{{{name}}}}}` at character {at} is not a variable name: a letter or `_`, then letters, digits, `_`, `.` or `-`",
);
/// What an issue of [`PLACEHOLDER_UNDECLARED`] says.
pub static PLACEHOLDER_UNDECLARED_MSG: Msg = Msg::for_rule(
    &PLACEHOLDER_UNDECLARED,
    "`{{{{{name}}}}}` names no declared variable: declare `{name}` in `variables` with a sample and a `maxLength`",
);
/// What an issue of [`PLACEHOLDER_NOT_ALLOWED`] says.
pub static PLACEHOLDER_NOT_ALLOWED_MSG: Msg = Msg::for_rule(
    &PLACEHOLDER_NOT_ALLOWED,
    "`{field}` cannot hold a placeholder: only texts, titles, descriptions, postback data and URLs (after the host) can",
);
/// What an issue of [`PLACEHOLDER_URL_HOST`] says.
pub static PLACEHOLDER_URL_HOST_MSG: Msg = Msg::for_rule(
    &PLACEHOLDER_URL_HOST,
    "a placeholder in the URL's scheme or host: the link could point anywhere; keep `https://host/` fixed and put variables in the path or query",
);
/// What an issue of [`VARIABLE_UNUSED`] says.
pub static VARIABLE_UNUSED_MSG: Msg = Msg::for_rule(
    &VARIABLE_UNUSED,
    "no placeholder uses `{name}`: remove it, or write `{{{{{name}}}}}` where it belongs",
);
/// What an issue of [`DESTINATION_UNDECLARED`] says.
pub static DESTINATION_UNDECLARED_MSG: Msg = Msg::for_rule(
    &DESTINATION_UNDECLARED,
    "the message has no `destinations` and no variable `{name}` holds the recipient's number: declare it (or name another with `destination`), or give `destinations`",
);
/// What an issue of [`WORST_CASE_TOO_LONG`] says.
pub static WORST_CASE_TOO_LONG_MSG: Msg = Msg::for_rule(
    &WORST_CASE_TOO_LONG,
    "with every variable at its `maxLength` ({maxima}) this has {n} characters; at most {max} are allowed: lower those `maxLength`s by {excess} in total, or shorten the text",
);
/// An issue only the worst or the empty rendering has, a warning: `when` (which
/// rendering) and the issue's own `message`.
pub static CASE_WARNING_MSG: Msg = Msg::new("template.case.warning", "{when}: {message}");
/// An issue only the worst or the empty rendering has, an error: as
/// [`CASE_WARNING_MSG`] with the issue's own `code`.
pub static CASE_ERROR_MSG: Msg = Msg::new("template.case.error", "{when}: {message} [{code}]");
/// `when` of the worst rendering.
pub static CASE_WORST_MSG: Msg = Msg::new(
    "template.case.worst",
    "with every variable at its `maxLength`",
);
/// `when` of the empty rendering: the variables that may be empty.
pub static CASE_EMPTY_MSG: Msg = Msg::new("template.case.empty", "with {names} empty");

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &VARIABLE_DUPLICATE_MSG,
    &VARIABLE_NAME_INVALID_MSG,
    &SAMPLE_TOO_LONG_MSG,
    &ONE_BODY_BOTH_MSG,
    &ONE_BODY_NEITHER_MSG,
    &PROVIDER_PARAMETER_MISSING_ONE_MSG,
    &PROVIDER_PARAMETER_MISSING_MSG,
    &SAMPLE_EMPTY_MSG,
    &PROVIDER_UNKNOWN_MSG,
    &PROVIDER_PARAMETER_UNKNOWN_MSG,
    &PLACEHOLDER_UNTERMINATED_MSG,
    &PLACEHOLDER_INVALID_MSG,
    &PLACEHOLDER_UNDECLARED_MSG,
    &PLACEHOLDER_NOT_ALLOWED_MSG,
    &PLACEHOLDER_URL_HOST_MSG,
    &VARIABLE_UNUSED_MSG,
    &DESTINATION_UNDECLARED_MSG,
    &WORST_CASE_TOO_LONG_MSG,
    &CASE_WARNING_MSG,
    &CASE_ERROR_MSG,
    &CASE_WORST_MSG,
    &CASE_EMPTY_MSG,
];

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
    &PROVIDER_UNKNOWN,
    &PROVIDER_PARAMETER_MISSING,
    &PROVIDER_PARAMETER_UNKNOWN,
];

fn envelope(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let has = |c: &Ctx<'_, '_>, k| c.get(node, k).is_some();
    if has(ctx, "message") == has(ctx, "request") {
        let why = if has(ctx, "message") {
            &ONE_BODY_BOTH_MSG
        } else {
            &ONE_BODY_NEITHER_MSG
        };
        ctx.report(&ONE_BODY, why.message());
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
                        VARIABLE_NAME_INVALID_MSG.with("name", crate::report::clip(&name)),
                        None,
                    );
                }
                if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
                    c.report_in(
                        &["name"],
                        &VARIABLE_DUPLICATE,
                        VARIABLE_DUPLICATE_MSG
                            .with("name", crate::report::clip(&name))
                            .with("first", *first),
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
                                SAMPLE_TOO_LONG_MSG.with("n", n).with("max", max),
                                Some((max, n as f64)),
                            );
                        }
                    }
                    if n == 0 && !empty_ok {
                        c.report_in(&["sample"], &SAMPLE_EMPTY, SAMPLE_EMPTY_MSG.message(), None);
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

/// PROVIDER_TEMPLATE contents against the declared provider templates.
fn provider(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(list) = ctx.get(node, "providerTemplates") else {
        return;
    };
    let doc = ctx.doc();
    // (templateId, parameter names) of each declaration
    let declared: Vec<(String, Vec<String>)> = doc
        .children(list)
        .filter_map(|t| {
            let id = ctx.get_str(t, "templateId")?.to_string();
            let params = ctx
                .get(t, "parameters")
                .map(|p| {
                    doc.children(p)
                        .filter_map(|n| doc.str(n))
                        .map(|s| s.to_string())
                        .collect()
                })
                .unwrap_or_default();
            Some((id, params))
        })
        .collect();
    if let Some(m) = ctx.get(node, "message") {
        ctx.at("message", |c| message(c, m, &declared));
    }
    if let Some(r) = ctx.get(node, "request") {
        let Some(messages) = ctx.get(r, "messages") else {
            return;
        };
        let list: Vec<NodeId> = doc.children(messages).collect();
        ctx.at("request", |c| {
            c.at("messages", |c| {
                for (i, m) in list.into_iter().enumerate() {
                    c.at_index(i, |c| message(c, m, &declared));
                }
            })
        });
    }
}

fn message(ctx: &mut Ctx<'_, '_>, m: NodeId, declared: &[(String, Vec<String>)]) {
    let Some(content) = ctx.get(m, "content") else {
        return;
    };
    if ctx.get_str(content, "type").as_deref() != Some("PROVIDER_TEMPLATE") {
        return;
    }
    let Some(id) = ctx.get_str(content, "templateId") else {
        return;
    };
    let doc = ctx.doc();
    ctx.at("content", |c| {
        let Some((_, names)) = declared.iter().find(|(d, _)| *d == *id) else {
            let known: Vec<&str> = declared.iter().map(|(d, _)| d.as_str()).collect();
            c.report_in(
                &["templateId"],
                &PROVIDER_UNKNOWN,
                PROVIDER_UNKNOWN_MSG
                    .with("id", crate::report::clip(&id))
                    .with("known", known.join(", ")),
                None,
            );
            return;
        };
        let given: Vec<(usize, String)> = c
            .get(content, "parameters")
            .map(|p| {
                doc.children(p)
                    .enumerate()
                    .filter_map(|(i, n)| c.get_str(n, "name").map(|s| (i, s.to_string())))
                    .collect()
            })
            .unwrap_or_default();
        let missing: Vec<&str> = names
            .iter()
            .filter(|n| !given.iter().any(|(_, g)| g == *n))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            let at: &[&'static str] = if c.get(content, "parameters").is_some() {
                &["parameters"]
            } else {
                &[]
            };
            c.report_in(
                at,
                &PROVIDER_PARAMETER_MISSING,
                if missing.len() == 1 {
                    &PROVIDER_PARAMETER_MISSING_ONE_MSG
                } else {
                    &PROVIDER_PARAMETER_MISSING_MSG
                }
                .with("id", crate::report::clip(&id))
                .with(
                    "names",
                    missing
                        .iter()
                        .map(|m| format!("`{}`", crate::report::clip(m)))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                None,
            );
        }
        for (i, g) in &given {
            if !names.iter().any(|n| n == g) {
                c.at("parameters", |c| {
                    c.at_index(*i, |c| {
                        c.report_in(
                            &["name"],
                            &PROVIDER_PARAMETER_UNKNOWN,
                            PROVIDER_PARAMETER_UNKNOWN_MSG
                                .with("id", crate::report::clip(&id))
                                .with("name", crate::report::clip(g))
                                .with("names", names.join(", ")),
                            None,
                        )
                    })
                });
            }
        }
    });
}

/// PROVIDER_TEMPLATE contents against `providerTemplates`.
pub static PROVIDER_CHECK: Check = Check {
    run: provider,
    rules: &[
        &PROVIDER_UNKNOWN,
        &PROVIDER_PARAMETER_MISSING,
        &PROVIDER_PARAMETER_UNKNOWN,
    ],
};
