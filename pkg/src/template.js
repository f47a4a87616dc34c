// rcs-kit/template for browsers and bundlers: everything of the main entry, plus
// validateTemplate and renderTemplate, with a module built with the wasm crate's
// `templates` feature (the template ops are about 30 KB gzip, which the main entry's
// budget has no room for). Bundled into dist/template.js, next to its module.
import { initSync, call, callBytes, validateTape } from "../dist/rcs_kit_template.js";
import { install } from "./core.js";
import { compile } from "./load.js";

install(await compile(new URL("./rcs_kit_template_bg.wasm", import.meta.url)), { initSync, call, callBytes, validateTape });

export { validate, limits, version, RcsKitError } from "./core.js";
export { renderMessage } from "./messages.js";
export { build, predictBilling, smsParts, failoverText, requiredFeatures } from "./extras.js";
export { validateTemplate, renderTemplate } from "./template-ops.js";
export * from "./builders.js";
