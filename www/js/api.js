// Talking to the API: the connection settings (base URL, API key), sending a body, and
// reading the answer in the current error shape and the legacy one.

import { fromDotted } from "./pointer.js";

const REMEMBER = "rcs-kit.remember";
const KEY = (origin) => `rcs-kit.apiKey ${origin}`;
const BASE = "rcs-kit.baseUrl";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Checks a base URL: `{ok, base, origin, error}`; `base` has no trailing slash. Plain
 * http is allowed to this machine only (the page's CSP blocks it elsewhere). */
export function checkBaseUrl(value) {
  let u;
  try {
    u = new URL(String(value).trim());
  } catch {
    return { ok: false, error: "Enter an absolute URL, e.g. https://xxxxx.api.infobip.com" };
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return { ok: false, error: "The base URL must start with https://" };
  if (u.username || u.password) return { ok: false, error: "Put the API key in the key field, not in the URL" };
  if (u.search || u.hash) return { ok: false, error: "The base URL takes no query or fragment" };
  if (u.protocol === "http:" && !LOOPBACK.has(u.hostname)) return { ok: false, error: "Use https:// (plain http is allowed to localhost only: the key would travel in clear text)" };
  const base = (u.origin + u.pathname).replace(/\/+$/, "");
  return { ok: true, base, origin: u.origin };
}

export function remembered() {
  try {
    return localStorage.getItem(REMEMBER) === "1";
  } catch {
    return false;
  }
}

/** The key kept for `origin` (session first, then the remembered one). */
export function storedKey(origin) {
  try {
    return sessionStorage.getItem(KEY(origin)) ?? localStorage.getItem(KEY(origin)) ?? "";
  } catch {
    return "";
  }
}

/** Keeps `key` for `origin`: in sessionStorage, or in localStorage when `remember`. */
export function storeKey(origin, key, remember) {
  try {
    sessionStorage.removeItem(KEY(origin));
    localStorage.removeItem(KEY(origin));
    if (!key) return;
    (remember ? localStorage : sessionStorage).setItem(KEY(origin), key);
  } catch {
    // storage disabled: the key lives in the field only
  }
}

/** Turns "remember" on or off, moving every kept key to the matching storage. */
export function setRemember(on) {
  try {
    const from = on ? sessionStorage : localStorage;
    const to = on ? localStorage : sessionStorage;
    for (let i = from.length - 1; i >= 0; i--) {
      const k = from.key(i);
      if (k && k.startsWith("rcs-kit.apiKey ")) {
        to.setItem(k, from.getItem(k));
        from.removeItem(k);
      }
    }
    if (on) localStorage.setItem(REMEMBER, "1");
    else localStorage.removeItem(REMEMBER);
  } catch {
    // storage disabled
  }
}

export function storedBase() {
  try {
    return sessionStorage.getItem(BASE);
  } catch {
    return null;
  }
}

export function storeBase(value) {
  try {
    sessionStorage.setItem(BASE, value);
  } catch {
    // storage disabled
  }
}

/** The stand-in's key, when the page itself is served by the rcs-kit stand-in. Asks this
 * page's own origin only. */
export async function standInConfig() {
  try {
    const r = await fetch(new URL("/__stand-in/config", location.origin), { credentials: "omit", cache: "no-store", redirect: "error" });
    if (!r.ok) return null;
    const c = await r.json();
    return c && c.standIn === true && typeof c.apiKey === "string" ? c : null;
  } catch {
    return null;
  }
}

/**
 * POSTs `bodyText` to `{base}{path}` with the key. Returns `{status, json, text}` or
 * `{networkError}`. Redirects are not followed (the key goes to the chosen URL only).
 */
export async function post(base, path, apiKey, bodyText) {
  const url = base + path;
  let r;
  try {
    r = await fetch(url, {
      method: "POST",
      headers: { Authorization: `App ${apiKey}`, "Content-Type": "application/json", Accept: "application/json" },
      body: bodyText,
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
      referrerPolicy: "no-referrer",
      mode: "cors",
    });
  } catch (e) {
    return { networkError: `Could not reach ${url}: ${e && e.message ? e.message : e}. Check the base URL; a server on another origin must allow this page (CORS).` };
  }
  const text = await r.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, json, text };
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const s = (v) => (typeof v === "string" ? v : v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
/** An API text field: a string, a number or a boolean as text; null, objects and arrays as nothing. */
const t = (v) => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "");

/**
 * Reads an answer: `{ok, bulkId, messages: [{messageId, destination, status}]}` on
 * success; on failure `{ok: false, errorCode, description, action, violations:
 * [{property, violation}], legacy}` from `{errorCode, description, violations}` or
 * `{requestError: {serviceException: {messageId, text, validationErrors}}}`.
 */
export function readAnswer(status, json, text) {
  if (status >= 200 && status < 300) {
    const messages = Array.isArray(json?.messages) ? json.messages : [];
    return {
      ok: true,
      bulkId: s(json?.bulkId),
      messages: messages.map((m) => ({
        messageId: s(m?.messageId),
        destination: s(m?.destination ?? m?.to),
        status: isObject(m?.status) ? m.status : {},
      })),
    };
  }
  const out = { ok: false, errorCode: "", description: "", action: "", violations: [], legacy: false };
  if (isObject(json) && (json.errorCode !== undefined || json.violations !== undefined || json.description !== undefined)) {
    out.errorCode = t(json.errorCode);
    out.description = t(json.description);
    out.action = t(json.action);
    if (Array.isArray(json.violations)) {
      out.violations = json.violations.map((v) => ({ property: t(v?.property), violation: t(v?.violation) }));
    }
  } else if (isObject(json?.requestError)) {
    out.legacy = true;
    const se = isObject(json.requestError.serviceException) ? json.requestError.serviceException : isObject(json.requestError.policyException) ? json.requestError.policyException : {};
    out.errorCode = t(se.messageId);
    out.description = t(se.text);
    const ve = se.validationErrors;
    if (isObject(ve)) {
      for (const [property, msgs] of Object.entries(ve)) {
        for (const m of Array.isArray(msgs) ? msgs : [msgs]) out.violations.push({ property, violation: t(m) });
      }
    } else if (typeof ve === "string" && ve) {
      // seen in the wild as a string: "\"request.message.content.media.file.url\": [\"is not a valid url\"]"
      const re = /"([^"]+)"\s*:\s*\[([^\]]*)\]/g;
      let m;
      let found = false;
      while ((m = re.exec(ve))) {
        found = true;
        const msgs = [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]);
        for (const v of msgs.length ? msgs : [m[2]]) out.violations.push({ property: m[1], violation: v });
      }
      if (!found) out.violations.push({ property: "", violation: ve });
    }
  } else if (typeof json === "string" && json) {
    out.description = json.slice(0, 500);
  } else if (json === undefined && text && text.trim()) {
    out.description = text.slice(0, 500);
  }
  // no null, no empty entries: a violation without text says so, an answer without a
  // description gets the meaning of its status
  out.violations = out.violations
    .filter((v) => v.property || v.violation)
    .map((v) => ({ property: v.property, violation: v.violation || "(no reason given)" }));
  if (!out.description && !out.violations.length) out.description = statusMeaning(status);
  return out;
}

/** What an error status means when the answer does not say. */
export function statusMeaning(status) {
  if (status === 401) return "The API key was not accepted: check the key (and that it belongs to this base URL) in API connection.";
  if (status === 403) return "This key may not do that: check the key's permissions (scopes) in your Infobip account.";
  if (status === 404) return "Nothing answers at this path: check the base URL.";
  if (status === 413) return "The request is too large.";
  if (status === 429) return "Too many requests: wait a moment and send again.";
  if (status >= 500) return "The API had a problem on its side: try again later.";
  return "The API gave no details.";
}

/**
 * Reads the answer to `POST /rcs/2/capability-check/query`: `{ok, results: [{messageId,
 * phoneNumber, code}]}` on success (each code as the API wrote it), otherwise the error
 * as `readAnswer` reads it.
 */
export function readCapabilityAnswer(status, json, text) {
  if (status >= 200 && status < 300) {
    const results = Array.isArray(json?.capabilityCheckResults) ? json.capabilityCheckResults : [];
    return {
      ok: true,
      results: results.map((r) => ({ messageId: s(r?.messageId), phoneNumber: s(r?.phoneNumber), code: s(r?.code) })),
    };
  }
  return readAnswer(status, json, text);
}

/** Candidate JSON pointers for a violation's property: the dotted form as is, and the
 * legacy `request.message.…` spelling read as message `active`. */
export function violationPointers(property, active) {
  if (!property) return [];
  const out = [];
  const add = (p) => {
    const ptr = fromDotted(p);
    if (ptr !== null && !out.includes(ptr)) out.push(ptr);
  };
  add(property);
  let p = property.replace(/^request\./, "");
  add(p);
  if (/^message(\.|$)/.test(p)) add(p.replace(/^message/, `messages[${active}]`));
  if (/^(content|destinations|sender|options|webhooks)(\.|\[|$)/.test(p)) add(`messages[${active}].${p}`);
  return out;
}
