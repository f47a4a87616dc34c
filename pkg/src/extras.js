// rcs-kit extras, in the main entry only: build, billing prediction, SMS parts, failover
// text and the device features a message needs. The module of the main entry has their
// ops; the validate-only entry's (built without the wasm crate's `extras` feature) does
// not, and its bundle leaves this file out.

import { validate, run, runBytes, bytesOf, unreadableOptions, RcsKitError } from "./core.js";
import { OP_BILLING, OP_SMS, OP_FAILOVER_TEXT, OP_REQUIRED_FEATURES } from "./generated/data.js";

/** Validates `payload` and returns `{payload, warnings}` when it has no error, `{issues}` otherwise. */
export function build(payload, options, kind) {
  const report = validate(payload, options, kind);
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

/** Op `op` on a payload (an object, JSON text or bytes): bytes go into the module as they
 * are; bytes that cannot be read (detached) are no JSON, as a payload JSON.stringify
 * cannot write is no JSON (`[]`). */
function runPayload(op, payload, b = "") {
  const bytes = bytesOf(payload);
  if (typeof bytes === "string") return [];
  if (bytes) return JSON.parse(runBytes(op, bytes, b, bytes.length));
  return JSON.parse(run(op, payloadText(payload), b));
}

/**
 * Predicts the billing type (`trafficType`) of every message: `[{trafficType, segments?,
 * reason, market}]`. `market`: "auto" (default: US or India when every destination is a
 * North American or an Indian number), "global", "us" or "in" (India, billed as global),
 * in any case.
 */
export function predictBilling(payload, options) {
  let market;
  try {
    market = options?.market ?? "auto";
  } catch (e) {
    throw unreadableOptions(e);
  }
  if (typeof market != "string" || !["auto", "global", "us", "in"].includes(market.toLowerCase())) {
    throw new RcsKitError("options.invalid", `market is "auto", "global", "us" or "in", not ${typeof market == "string" ? JSON.stringify(market) : typeof market}`);
  }
  return runPayload(OP_BILLING, payload, market);
}

/** SMS parts of a failover text: `{encoding: "GSM-7" | "UCS-2", units, parts, perPart}`. */
export function smsParts(text) {
  if (typeof text !== "string") throw new RcsKitError("options.invalid", "smsParts takes a string");
  return JSON.parse(run(OP_SMS, text));
}

/** A failover SMS text derived from each message's rich content (null for templates). */
export function failoverText(payload) {
  return runPayload(OP_FAILOVER_TEXT, payload);
}

/**
 * The device features each message needs, named as Google RBM's capability API names
 * them: `[{message, features: ["RICHCARD_STANDALONE", ...], needs: [{feature, path}]}]`.
 */
export function requiredFeatures(payload) {
  return runPayload(OP_REQUIRED_FEATURES, payload);
}
