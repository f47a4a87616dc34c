// rcs-kit templates, in the entry rcs-kit/template only: validateTemplate and
// renderTemplate (ops of that entry's module, built with the wasm crate's `templates`
// feature; the other entries' modules have neither, and their bundles leave this file
// out). The template format is docs/templates.md's; the checks, the
// rendering, the CSV reading and the grouping into requests are the Rust library's, the
// ones `rcs-kit template` and `rcs-kit render` run.

import { run, runBytes, bytesOf, optionsJson, unreadableOptions, reason, RcsKitError, messagesOption, issue } from "./core.js";
import { OP_TEMPLATE, OP_RENDER, OP_UNSERIALIZABLE } from "./generated/data.js";
import { TEMPLATE_MESSAGES } from "./generated/messages.js";
import { addMessages } from "./messages.js";

// The English of the messages only the template checks report (the other entries leave it out).
addMessages(TEMPLATE_MESSAGES);

/** `report` (`{issues}` as the module writes them) with its issues rendered from `catalogue`. */
function rendered(report, catalogue) {
  report.issues = report.issues.map((i) => issue(i, catalogue));
  return report;
}

/** A template JSON.stringify cannot write (a getter that throws, a BigInt, a cycle): the
 * report of one `json.unserializable` error, as `validate` gives for such a payload. */
const unreadable = (e) => ({ ...JSON.parse(run(OP_UNSERIALIZABLE, reason(e), "")), fields: [] });

/** Op `op` on a template given as an object, JSON text or the bytes of its UTF-8 text;
 * the module's answer, parsed, or RcsKitError for misuse; `onUnreadable(report)` answers
 * for a template that cannot be written as JSON. */
function onTemplate(op, template, b, onUnreadable) {
  const bytes = bytesOf(template);
  let out;
  if (typeof bytes === "string") out = run(op, "", b); // detached: no template
  else if (bytes) out = runBytes(op, bytes, b, bytes.length);
  else {
    let text = template;
    if (typeof text !== "string") {
      try {
        text = JSON.stringify(template) ?? "";
      } catch (e) {
        return onUnreadable(unreadable(e));
      }
    }
    out = run(op, text, b);
  }
  const parsed = JSON.parse(out);
  if (parsed.error) throw new RcsKitError(parsed.error.code, parsed.error.message);
  return parsed;
}

/**
 * Checks a message template (`{variables, destination?, message | request,
 * providerTemplates?}`, see docs/templates.md): every issue of the sample rendering, of
 * the worst case (every variable at its `maxLength`) and of the empty case, each at its
 * JSON pointer into the template; and per templated field with a length limit, the room
 * left for the variables: `{valid, issues, fields: [{path, limit, fixed, worst, left,
 * variables}]}`. Options: `strict`, `now` (as `validate`'s).
 */
export function validateTemplate(template, options) {
  const opts = optionsJson(options);
  const catalogue = messagesOption(options);
  return rendered(onTemplate(OP_TEMPLATE, template, opts, (report) => report), catalogue);
}

/**
 * Renders a template for every row of an audience, as `rcs-kit render` does: `rows` is an
 * array of objects (one per recipient, keys naming the variables) or a CSV text with a
 * header row. Each row is rendered and validated; failing rows are reported and left out;
 * the valid messages are grouped into requests of at most `maxMessages` (default 1000)
 * and under the API's 10 MB. Returns `{valid, template, requests: [{body, messages,
 * rows}], messages, rows: [{row, valid, issues, unreadable?}], failed}`; an invalid
 * template renders nothing (its report is `template`).
 */
export function renderTemplate(template, rows, options) {
  let maxMessages;
  let rest = options; // not an object: optionsJson says what is wrong
  if (options !== null && typeof options === "object" && !Array.isArray(options)) {
    try {
      ({ maxMessages, ...rest } = options);
    } catch (e) {
      throw unreadableOptions(e);
    }
  }
  if (maxMessages !== undefined && !(Number.isInteger(maxMessages) && maxMessages >= 1)) {
    throw new RcsKitError("options.invalid", "maxMessages is a whole number of at least 1");
  }
  if (typeof rows !== "string" && !Array.isArray(rows)) {
    throw new RcsKitError("options.invalid", "rows are an array of objects or a CSV text with a header row");
  }
  let args;
  try {
    args = JSON.stringify({ rows, maxMessages });
  } catch (e) {
    throw new RcsKitError("options.invalid", `the rows cannot be written as JSON (${e?.message ?? e})`);
  }
  const opts = optionsJson(rest);
  const catalogue = messagesOption(rest);
  const out = onTemplate(OP_RENDER, template, `${opts}\n${args}`, (report) => ({ valid: false, template: report, requests: [], messages: 0, rows: [], failed: [] }));
  rendered(out.template, catalogue);
  for (const row of out.rows) rendered(row, catalogue);
  return out;
}
