// rcs-kit core: validate, limits, version.
// A thin wrapper over the WebAssembly module: one-time initialisation, JSON at the edges,
// errors as real Error objects. Every rule lives in the Rust core.

import { initSync, call as wasmCall } from "./dist/rcs_kit.js";

// The module's one export, `call(op, a, b)`: see src/wasm/mod.rs.
const validateJson = (payload, options) => wasmCall(0, payload, options);
const unserializableJson = (reason) => wasmCall(1, reason, "");
const limitsJson = () => wasmCall(2, "", "");
const billingJson = (payload, market) => wasmCall(3, payload, market);
const smsJson = (text) => wasmCall(4, text, "");
const failoverTextJson = (payload) => wasmCall(5, payload, "");
const wasmVersion = () => wasmCall(6, "", "");
const lastPanic = () => wasmCall(7, "", "");

/** Misuse of the API (not a bad payload): has a stable `code`. */
export class RcsKitError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "RcsKitError";
    this.code = code;
  }
}

let compiled = null;

/** Called once by the entry module (index.js or node.js) with the compiled module. */
export function install(module) {
  compiled = module;
  initSync({ module });
}

/** Runs a wasm call; a trap (a bug, never a bad payload) becomes an RcsKitError and the
 * module is instantiated afresh for the next call. */
function call(f) {
  if (!compiled) throw new RcsKitError("internal", "rcs-kit is not initialised: import it from \"rcs-kit\"");
  try {
    return f();
  } catch (e) {
    let detail = "";
    try {
      detail = lastPanic();
    } catch {
      // the old instance is unusable; the trap's own message is all there is
    }
    initSync({ module: compiled });
    throw new RcsKitError("internal", `rcs-kit failed internally (please report): ${detail || (e && e.message ? e.message : e)}`);
  }
}

function optionsJson(options) {
  if (options === undefined || options === null) return JSON.stringify({ now: Date.now() });
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new RcsKitError("options.invalid", `options must be an object, not ${Array.isArray(options) ? "an array" : typeof options}`);
  }
  const o = { ...options };
  if (!("now" in o)) o.now = Date.now();
  else if (o.now instanceof Date) {
    if (Number.isNaN(o.now.getTime())) throw new RcsKitError("options.invalid", "options.now is an invalid Date");
    o.now = o.now.getTime();
  }
  return JSON.stringify(o);
}

/**
 * Validates a send request (`POST /rcs/2/messages`) or an events request
 * (`POST /rcs/1/events`), given as a plain object or a JSON string.
 * Returns `{valid, issues}`; a bad payload never throws.
 */
export function validate(payload, options) {
  const opts = optionsJson(options);
  let text;
  if (typeof payload === "string") {
    text = payload;
  } else {
    try {
      text = JSON.stringify(payload);
    } catch (e) {
      return JSON.parse(call(() => unserializableJson(String(e && e.message ? e.message : e))));
    }
    if (text === undefined) text = "";
  }
  const out = JSON.parse(call(() => validateJson(text, opts)));
  if (out.error) throw new RcsKitError(out.error.code, out.error.message);
  return out;
}

let limitsCache;

function freeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === "object") freeze(v);
  return Object.freeze(o);
}

/** The limits table, e.g. `limits().suggestion.text.max === 25`. */
export function limits() {
  if (!limitsCache) limitsCache = freeze(JSON.parse(call(() => limitsJson())));
  return limitsCache;
}

/** The rcs-kit version. */
export function version() {
  return call(() => wasmVersion());
}

/** Validates `payload` and returns `{payload, warnings}` when it has no error, `{issues}` otherwise. */
export function build(payload, options) {
  const report = validate(payload, options);
  if (!report.valid) return { issues: report.issues };
  return { payload, warnings: report.issues };
}

function payloadText(payload) {
  if (typeof payload === "string") return payload;
  try {
    return JSON.stringify(payload) ?? "";
  } catch {
    return "";
  }
}

/**
 * Predicts the billing type (`trafficType`) of every message: `[{trafficType, segments?,
 * reason, market}]`. `market`: "auto" (default: US when every destination is a North
 * American number), "global" or "us".
 */
export function predictBilling(payload, { market = "auto" } = {}) {
  if (!["auto", "global", "us"].includes(market)) {
    throw new RcsKitError("options.invalid", `market is "auto", "global" or "us", not ${JSON.stringify(market)}`);
  }
  return JSON.parse(call(() => billingJson(payloadText(payload), market)));
}

/** SMS parts of a failover text: `{encoding: "GSM-7" | "UCS-2", units, parts, perPart}`. */
export function smsParts(text) {
  if (typeof text !== "string") throw new RcsKitError("options.invalid", "smsParts takes a string");
  return JSON.parse(call(() => smsJson(text)));
}

/** A failover SMS text derived from each message's rich content (null for templates). */
export function failoverText(payload) {
  return JSON.parse(call(() => failoverTextJson(payloadText(payload))));
}
