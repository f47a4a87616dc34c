// rcs-kit for Node: the same API as index.js; the module is read from disk and
// compiled synchronously at import. Bundled into dist/node.js, next to the module.
import { readFileSync } from "node:fs";
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit.js";
import { install } from "./core.js";

install(new WebAssembly.Module(readFileSync(new URL("./rcs_kit_bg.wasm", import.meta.url))), { initSync, call, callBytes, validateTape });

export { validate, limits, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
export { build, predictBilling, smsParts, failoverText, requiredFeatures } from "./extras.js";
export * from "./builders.js";
