// rcs-kit extras, in the main entry only: build, billing prediction, SMS parts, failover
// text (ops of the main entry's module; the validate-only entry's, built without the wasm
// crate's `extras` feature, has none of them, and its bundle leaves this file out) and
// the device features a message needs (Rust's tables, generated into data.js).

import { validate, run, runBytes, bytesOf, unreadableOptions, RcsKitError } from "./core.js";
import {
  OP_BILLING, OP_SMS, OP_FAILOVER_TEXT,
  ContentType, SuggestionType, OpenUrlApplication, DEVICE_FEATURES, CONTENT_FEATURES, SUGGESTION_FEATURES, WEBVIEW_FEATURE,
} from "./generated/data.js";

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
  // The tables are Rust's (src/features.rs, generated into data.js); the walk is the one
  // of rcs_kit::features::required_features_doc, with JSON.parse's reading of the body
  // (the last of a repeated key, as the Rust walk reads it too).
  try {
    // bytes are read as the UTF-8 JSON text they are (not UTF-8, detached: no messages)
    const bytes = bytesOf(payload);
    if (typeof bytes === "string") return [];
    if (bytes) payload = new TextDecoder("utf-8", { fatal: true }).decode(bytes.slice());
    const body = typeof payload === "string" ? JSON.parse(payload.replace(/^\uFEFF/, "")) : payload;
    const messages = body?.messages;
    if (!Array.isArray(messages)) return [];
    return messages.map((m, i) => {
      const needs = [];
      const content = m?.content;
      if (content && typeof content === "object" && !Array.isArray(content)) {
        const path = `/messages/${i}/content`;
        const feature = typeof content.type === "string" && Object.hasOwn(CONTENT_FEATURES, content.type) ? CONTENT_FEATURES[content.type] : undefined;
        if (feature) needs.push({ feature, path });
        if (content.type === ContentType.CARD) suggestionNeeds(content.content, `${path}/content`, needs);
        if (content.type === ContentType.CAROUSEL && Array.isArray(content.contents)) {
          content.contents.forEach((card, j) => suggestionNeeds(card, `${path}/contents/${j}`, needs));
        }
        suggestionNeeds(content, path, needs);
      }
      const features = DEVICE_FEATURES.filter((f) => needs.some((n) => n.feature === f));
      return { message: i, features, needs };
    });
  } catch {
    return [];
  }
}

function suggestionNeeds(parent, path, out) {
  const list = parent && typeof parent === "object" ? parent.suggestions : undefined;
  if (!Array.isArray(list)) return;
  list.forEach((s, k) => {
    const type = s?.type;
    if (typeof type !== "string") return;
    const feature = type === SuggestionType.OPEN_URL && s.application === OpenUrlApplication.WEBVIEW ? WEBVIEW_FEATURE : Object.hasOwn(SUGGESTION_FEATURES, type) ? SUGGESTION_FEATURES[type] : undefined;
    if (feature) out.push({ feature, path: `${path}/suggestions/${k}` });
  });
}
