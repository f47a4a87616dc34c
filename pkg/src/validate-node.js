// rcs-kit/validate for Node: the validate-only entry (see validate.js); the module is
// read from disk and compiled synchronously at import. Bundled into dist/validate-node.js.
import { readFileSync } from "node:fs";
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit_validate.js";
import { install } from "./core.js";

install(new WebAssembly.Module(readFileSync(new URL("./rcs_kit_validate_bg.wasm", import.meta.url))), { initSync, call, callBytes, validateTape });

export { validate, limits, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
