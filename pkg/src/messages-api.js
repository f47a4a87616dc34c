// rcs-kit/messages-api for browsers and bundlers: validate (which also knows Infobip's
// Messages API, `POST /messages-api/1/messages` and `/events`, detected from the shape),
// toMessagesApi, fromMessagesApi, limits, version and RcsKitError, with a module built
// with the library's `messages-api` feature (its tables and converter would not fit in
// the other entries' budgets). Reports on RCS API bodies are the other entries', byte
// for byte. Bundled into dist/messages-api.js, next to its module.
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit_messages_api.js";
import { install } from "./core.js";
import { compile } from "./load.js";

install(await compile(new URL("./rcs_kit_messages_api_bg.wasm", import.meta.url)), { initSync, call, callBytes, validateTape });

export { validate, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
export { toMessagesApi, fromMessagesApi, limits } from "./messages-api-ops.js";
