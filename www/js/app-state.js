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
// The same draft in localStorage: a tab that crashed (or was closed) leaves it behind, and
// the next tab that opens with no draft of its own takes it up.
const BACKUP = "rcs-kit.draft.backup";
export const ADVICE = "rcs-kit.advice";
export const DEVICE = "rcs-kit.device";
const start = loadDraft();
export const state = {
  model: start.model,
  restored: start.restored, // {at} when the draft came from the backup of another tab
  history: null, // set by app-refresh.js
  edit: null, // {pointer, typing} of the edit being refreshed
  undoing: false,
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

function parseDraft(t) {
  try {
    const v = t ? JSON.parse(t) : null;
    return v && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function loadDraft() {
  let own = null;
  try {
    own = parseDraft(sessionStorage.getItem(DRAFT));
  } catch {
    // storage disabled
  }
  if (own) return { model: own, restored: null };
  try {
    const b = parseDraft(localStorage.getItem(BACKUP));
    if (b && typeof b.text === "string") {
      const model = parseDraft(b.text);
      if (model) return { model, restored: { at: typeof b.at === "number" ? b.at : null } };
    }
  } catch {
    // no backup
  }
  return { model: samplePayload(), restored: null };
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

let backupTimer = null;
let pending = null;

function writeBackup() {
  clearTimeout(backupTimer);
  backupTimer = null;
  if (pending === null) return;
  try {
    sessionStorage.setItem(DRAFT, pending);
  } catch {
    // storage full or disabled
  }
  try {
    localStorage.setItem(BACKUP, JSON.stringify({ at: Date.now(), text: pending }));
  } catch {
    // storage full or disabled
  }
  pending = null;
}

/** Keeps the draft for this tab (sessionStorage) and as the backup a crashed tab leaves
 * behind (localStorage): within 250 ms of the last change (not on every key of a
 * 27 KB draft), and at once when the page is hidden or left. */
export function saveDraft(text) {
  pending = text;
  if (backupTimer === null) backupTimer = setTimeout(writeBackup, 250);
}

addEventListener("pagehide", writeBackup);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") writeBackup();
});

// Parts of the drawn form that the updates after each key write to (the billing badge, the
// SMS parts, the section counts…), looked up once per drawing of the form rather than in
// the whole page on every key: renderForm() draws every element anew, so a new first child
// of #form means a new drawing.
const found = { form: null, one: new Map(), all: new Map() };

function drawing() {
  const form = $("form").firstElementChild;
  if (found.form !== form || !form?.isConnected) {
    found.form = form;
    found.one.clear();
    found.all.clear();
  }
}

/** The first element of the drawn form matching `selector`, or null. */
export function formPart(selector) {
  drawing();
  if (!found.one.has(selector)) found.one.set(selector, $("form").querySelector(selector));
  return found.one.get(selector);
}

/** Every element of the drawn form matching `selector`. */
export function formParts(selector) {
  drawing();
  if (!found.all.has(selector)) found.all.set(selector, [...$("form").querySelectorAll(selector)]);
  return found.all.get(selector);
}

/** setText() of js/dom.js, for the app's modules that import their helpers from here. */
export { setText } from "./dom.js";
