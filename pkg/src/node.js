// rcs-kit for Node: the same API as index.js; the module is read from disk and
// compiled synchronously at import. Bundled into dist/node.js, next to the module.
import { readFileSync } from "node:fs";
import { install } from "./core.js";

install(new WebAssembly.Module(readFileSync(new URL("./rcs_kit_bg.wasm", import.meta.url))));

export { validate, limits, version, build, RcsKitError, predictBilling, smsParts, failoverText, requiredFeatures } from "./core.js";
export * from "./builders.js";
