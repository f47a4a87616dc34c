// rcs-kit for browsers and bundlers: validate and build Infobip RCS API payloads.
// A thin wrapper over the WebAssembly module (core.js) plus payload builders
// (builders.js). Every rule lives in the Rust core. The module is fetched and compiled
// once, at import (top-level await). `cargo xtask build-pkg` bundles this file into
// dist/index.js, next to the module: the URL below is relative to that bundle.
import { install } from "./core.js";

const url = new URL("./rcs_kit_bg.wasm", import.meta.url);

async function compile() {
  const response = fetch(url);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch {
    // A server that does not send application/wasm: compile from the bytes.
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}

install(await compile());

export { validate, limits, version, build, RcsKitError, predictBilling, smsParts, failoverText, requiredFeatures } from "./core.js";
export * from "./builders.js";
