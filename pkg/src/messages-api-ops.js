// The Messages API conversion, in the entry rcs-kit/messages-api only: toMessagesApi and
// fromMessagesApi (ops of that entry's module, built with the wasm crate's `messages-api`
// feature; the other entries' modules have neither, and their bundles leave this file
// out). The mapping and every note are the Rust library's (`rcs_kit::convert`), the ones
// `rcs-kit convert` prints.

import { run, bytesOf, reason, RcsKitError, freeze, limits as packageLimits } from "./core.js";
import { OP_TO_MESSAGES_API, OP_FROM_MESSAGES_API, MESSAGES_API_LIMITS } from "./generated/data.js";
import { MESSAGES_API_FIRST, MESSAGES_API_MESSAGES } from "./generated/messages.js";
import { addMessages } from "./messages.js";

// The English of the messages only the Messages API profile's checks report (the other
// entries leave it out). The conversion notes are the library's text, not catalogue
// messages.
addMessages(MESSAGES_API_MESSAGES, MESSAGES_API_FIRST);

/** Op `op` on a request given as an object, JSON text or the bytes of its UTF-8 text:
 * `{output, notes}`. A request JSON.stringify cannot write is misuse (RcsKitError
 * `request.unserializable`): there is nothing to convert. */
function convert(op, request) {
  const bytes = bytesOf(request);
  let text;
  if (typeof bytes === "string") throw new RcsKitError("request.unserializable", bytes);
  if (bytes) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = ""; // not UTF-8: not JSON, as `rcs-kit convert` reads it
    }
  } else if (typeof request === "string") text = request;
  else {
    try {
      text = JSON.stringify(request) ?? "";
    } catch (e) {
      throw new RcsKitError("request.unserializable", `the request cannot be written as JSON: ${reason(e)}`);
    }
  }
  return JSON.parse(run(op, text, ""));
}

/**
 * Converts an RCS API request (`POST /rcs/2/messages`, or an events request
 * `POST /rcs/1/events`) to the Messages API's (`channel: "RCS"`). Returns
 * `{output, notes}`: the converted body (`null` when the input is not a request body) and
 * one note per thing renamed, inferred or lost, each with a JSON pointer into the input.
 */
export function toMessagesApi(request) {
  return convert(OP_TO_MESSAGES_API, request);
}

/** Converts a Messages API request (or events request) to the RCS API's; as
 * `toMessagesApi`. */
export function fromMessagesApi(request) {
  return convert(OP_FROM_MESSAGES_API, request);
}

let limitsCache;

/** The limits table of this entry: the package's, and under `messages_api` the Messages
 * API profile's own (src/limits/messages_api.rs, each carried over from the RCS API,
 * inferred), e.g. `limits().messages_api.body.text.max === limits().text.text.max`. Frozen. */
export function limits() {
  limitsCache ??= Object.freeze({ ...packageLimits(), messages_api: freeze(MESSAGES_API_LIMITS) });
  return limitsCache;
}
