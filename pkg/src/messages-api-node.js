// rcs-kit/messages-api for Node: the same API as messages-api.js; the module is read
// from disk and compiled synchronously at import. Bundled into dist/messages-api-node.js.
import { readFileSync } from "node:fs";
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit_messages_api.js";
import { install } from "./core.js";

install(new WebAssembly.Module(readFileSync(new URL("./rcs_kit_messages_api_bg.wasm", import.meta.url))), { initSync, call, callBytes, validateTape });

export { validate, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
export { toMessagesApi, fromMessagesApi, limits } from "./messages-api-ops.js";
