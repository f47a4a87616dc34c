// rcs-kit/validate for browsers and bundlers: validate, limits, version and RcsKitError
// alone, with a module built without billing, SMS parts, failover text and features (the
// wasm crate without its `extras` feature), so that a page that only validates downloads
// and compiles less. The reports are the main entry's, byte for byte. Bundled into
// dist/validate.js, next to its module.
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit_validate.js";
import { install } from "./core.js";
import { compile } from "./load.js";

install(await compile(new URL("./rcs_kit_validate_bg.wasm", import.meta.url)), { initSync, call, callBytes, validateTape });

export { validate, limits, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
