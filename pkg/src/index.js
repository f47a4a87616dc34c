// rcs-kit for browsers and bundlers: validate and build Infobip RCS API payloads.
// A thin wrapper over the WebAssembly module (core.js, extras.js) plus payload builders
// (builders.js). Every rule lives in the Rust core. The module is fetched and compiled
// once, at import (top-level await). `cargo xtask build-pkg` bundles this file into
// dist/index.js, next to the module: the URL below is relative to that bundle.
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit.js";
import { install } from "./core.js";
import { compile } from "./load.js";

install(await compile(new URL("./rcs_kit_bg.wasm", import.meta.url)), { initSync, call, callBytes, validateTape });

export { validate, limits, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
export { build, predictBilling, smsParts, failoverText, requiredFeatures } from "./extras.js";
export * from "./builders.js";
