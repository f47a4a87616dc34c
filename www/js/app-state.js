// The page's state: the rcs-kit package (loaded here), the model, and the draft and advice kept in sessionStorage.

import { samplePayload } from "./defaults.js";

export const $ = (id) => document.getElementById(id);

export let rcs;
try {
  rcs = await import("/pkg/dist/template.js");
} catch (e) {
  const f = $("fatal");
  f.hidden = false;
  f.textContent = `The rcs-kit package did not load (${e && e.message ? e.message : e}). Build it with \`cargo xtask build-pkg\` and serve the repository (\`cargo xtask demo\`).`;
  $("status").textContent = "Not loaded";
  throw e;
}

const DRAFT = "rcs-kit.draft";
export const ADVICE = "rcs-kit.advice";
export const DEVICE = "rcs-kit.device";
export const state = {
  model: loadDraft(),
  active: 0,
  limits: rcs.limits(),
  registry: new Map(),
  ui: { open: new Set(), closed: new Set(), stash: new Map(), market: "auto" },
  advice: loadAdvice(), // validate with {advice: true, market}: iPhone and Android rendering, SMS failover, India
  device: loadDevice(), // the phone the preview draws: "android" or "iphone"
  report: { valid: true, issues: [] },
  apiIssues: [], // violations of the last answer, until the next edit
  capability: null, // the last capability check: {active, key, base, checking, networkError, status, answer}
  sending: false,
  typing: false,
  conn: { ok: false },
  standInKey: null,
};

function loadDraft() {
  try {
    const t = sessionStorage.getItem(DRAFT);
    if (t) {
      const v = JSON.parse(t);
      if (v && typeof v === "object" && !Array.isArray(v)) return v;
    }
  } catch {
    // no draft
  }
  return samplePayload();
}

function loadAdvice() {
  try {
    return sessionStorage.getItem(ADVICE) === "true";
  } catch {
    return false;
  }
}

function loadDevice() {
  try {
    return sessionStorage.getItem(DEVICE) === "iphone" ? "iphone" : "android";
  } catch {
    return "android";
  }
}

export function saveDraft(text) {
  try {
    sessionStorage.setItem(DRAFT, text);
  } catch {
    // storage full or disabled
  }
}
