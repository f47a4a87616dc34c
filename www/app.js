// rcs-kit composer: compose an Infobip RCS message, see it on a phone, fix every problem
// that rcs-kit finds (at the field it names), and send it.
//
// The model is the request body itself (a plain object): the form writes into it at each
// input's path, the preview and the JSON view are drawn from it, `validate()` checks it,
// and Send posts exactly `JSON.stringify(model)`. Fields the form does not know stay in it.

import { h, icon, clear } from "./js/dom.js";
import { parentPointer, parsePointer, toDotted, getIn } from "./js/pointer.js";
import { renderForm } from "./js/form.js";
import { renderPreview } from "./js/preview.js";
import { samplePayload } from "./js/defaults.js";
import * as api from "./js/api.js";
import { EventContentType } from "/pkg/src/generated/data.js";

const $ = (id) => document.getElementById(id);

let rcs;
try {
  rcs = await import("/pkg/dist/index.js");
} catch (e) {
  const f = $("fatal");
  f.hidden = false;
  f.textContent = `The rcs-kit package did not load (${e && e.message ? e.message : e}). Build it with \`cargo xtask build-pkg\` and serve the repository (\`cargo xtask demo\`).`;
  $("status").textContent = "Not loaded";
  throw e;
}

const DRAFT = "rcs-kit.draft";
const ADVICE = "rcs-kit.advice";
const state = {
  model: loadDraft(),
  active: 0,
  limits: rcs.limits(),
  registry: new Map(),
  ui: { open: new Set(), closed: new Set(), stash: new Map(), market: "auto" },
  advice: loadAdvice(), // validate with {advice: true}: iPhone rendering, SMS failover
  report: { valid: true, issues: [] },
  apiIssues: [], // violations of the last answer, until the next edit
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

function saveDraft(text) {
  try {
    sessionStorage.setItem(DRAFT, text);
  } catch {
    // storage full or disabled
  }
}

// ---- form ----------------------------------------------------------------------------

const ctx = {
  get model() {
    return state.model;
  },
  get active() {
    return state.active;
  },
  limits: state.limits,
  registry: state.registry,
  ui: state.ui,
  changed: () => {
    state.apiIssues = [];
    refresh();
  },
  commit: (structural, focusKey) => {
    state.apiIssues = [];
    if (structural) rerender(focusKey);
    refresh();
  },
  billingChanged: () => billing(),
  /** The SMS text derived from the current message's content, or null. */
  derivedFailover: () => derivedFailover(),
  setActive: (i) => {
    state.active = Math.max(0, i);
    rerender(`tab-${state.active}`);
    refresh();
  },
};

/** Draws the form again (after a structural edit), keeping the scroll position and the
 * focus on the element with the same key. */
function rerender(focusKey) {
  const active = document.activeElement;
  const key = focusKey ?? active?.dataset?.key;
  const sel = active && "selectionStart" in active && active.dataset?.key === key ? [active.selectionStart, active.selectionEnd] : null;
  const y = window.scrollY;
  renderForm($("form"), ctx);
  window.scrollTo(0, y);
  if (key) {
    const el = [...$("form").querySelectorAll("[data-key]")].find((e) => e.dataset.key === key && !e.disabled);
    if (el) {
      el.focus({ preventScroll: true });
      if (sel && typeof el.setSelectionRange === "function") {
        try {
          el.setSelectionRange(sel[0], sel[1]);
        } catch {
          // not a text input
        }
      }
    }
  }
}

// ---- validation and issues -------------------------------------------------------------

const json = () => JSON.stringify(state.model, null, 2);

function refresh() {
  const text = json();
  let report;
  try {
    report = rcs.validate(state.model, state.advice ? { advice: true } : undefined);
  } catch (e) {
    report = { valid: false, issues: [{ severity: "error", code: "internal", path: "", message: String(e && e.message ? e.message : e) }] };
  }
  state.report = report;
  placeIssues();
  summary();
  renderPreview($("preview"), state.model, state.active, { typing: state.typing });
  flagPreview();
  $("json-view").textContent = text;
  billing();
  smsFailoverTools();
  sendState();
  eventsState();
  saveDraft(text);
}

// ---- billing and SMS failover ---------------------------------------------------------------

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Fills the billing badge of the current message from `predictBilling()`: the traffic
 * type, the segments of a US RICH message, the market, and the reason (also its title). */
function billing() {
  const badge = $("form").querySelector("[data-billing]");
  if (!badge) return;
  const market = state.ui.market;
  let p;
  try {
    p = rcs.predictBilling(state.model, { market })[state.active];
  } catch (e) {
    p = { trafficType: null, reason: `no prediction: ${e && e.message ? e.message : e}`, market: market === "us" ? "us" : "global" };
  }
  p ??= { trafficType: null, reason: "no message to predict", market: market === "us" ? "us" : "global" };
  const type = p.trafficType;
  const us = p.market === "us";
  const head = `${type ?? "Not predicted"}${typeof p.segments === "number" ? ` · ${plural(p.segments, "segment")}` : ""}${us ? " (US)" : ""}`;
  badge.className = `billing-badge t-${type ? type.toLowerCase().replace("_", "-") : "none"}`;
  badge.dataset.trafficType = type ?? "";
  badge.dataset.market = p.market;
  badge.title = p.reason;
  badge.replaceChildren(
    h("span", { class: "billing-type", text: head }),
    h("span", { class: "billing-reason", text: ` — ${p.reason}` }));
  const auto = $("form").querySelector(".billing-market option[value=auto]");
  if (auto) auto.textContent = market === "auto" ? `Auto (${us ? "US" : "Global"})` : "Auto";
}

function derivedFailover() {
  try {
    const t = rcs.failoverText(state.model)[state.active];
    return typeof t === "string" ? t : null;
  } catch {
    return null;
  }
}

/** The SMS parts beside the failover text (`smsParts()`), and whether the derived text
 * would change it. */
function smsFailoverTools() {
  const form = $("form");
  for (const label of form.querySelectorAll("[data-sms-parts]")) {
    const text = getIn(state.model, parsePointer(label.dataset.smsParts));
    if (typeof text !== "string") {
      label.textContent = "";
      label.removeAttribute("title");
      continue;
    }
    const sms = rcs.smsParts(text);
    label.textContent = `${plural(sms.parts, "SMS part")} (${sms.encoding})`;
    label.title = `${plural(sms.units, sms.encoding === "GSM-7" ? "GSM-7 septet" : "UCS-2 unit")}, up to ${sms.perPart} per part`;
    label.classList.toggle("near", sms.parts > state.limits.sms_failover.parts.max);
  }
  const derive = form.querySelector("[data-derive-failover]");
  if (derive) {
    const derived = derivedFailover();
    const current = getIn(state.model, parsePointer(derive.dataset.deriveFailover));
    derive.disabled = !derived || derived === current;
    derive.title = !derived ? "This content has no text to derive an SMS from" : derived === current ? "The field holds the derived text" : `Derived: ${derived}`;
  }
}

/** The registered element for an issue at `pointer`: a field under it that the message
 * names in backticks (for "`text` is required" reported at the object), the pointer
 * itself, or its nearest registered ancestor. */
function resolve(pointer, message) {
  const reg = state.registry;
  for (const m of String(message ?? "").matchAll(/`([A-Za-z][A-Za-z0-9_]*)`/g)) {
    const p = `${pointer}/${m[1]}`;
    if (reg.has(p)) return reg.get(p);
  }
  if (reg.has(pointer)) return reg.get(pointer);
  for (let p = parentPointer(pointer); p !== null; p = parentPointer(p)) {
    if (p === "" || p === "/messages") break;
    if (reg.has(p)) return reg.get(p);
  }
  return null;
}

function allIssues() {
  return [...state.apiIssues, ...state.report.issues];
}

function issueItem(issue) {
  const sev = issue.severity === "api" ? "api" : issue.severity;
  return h("li", { class: ["issue", sev], dataset: { code: issue.code ?? "" } },
    icon(sev === "warning" ? "warning" : "error"),
    h("span", { class: "issue-text", attrs: { dir: "auto" }, text: issue.severity === "api" ? `API: ${issue.message}` : issue.message }));
}

function placeIssues() {
  for (const entry of state.registry.values()) {
    clear(entry.slot);
    entry.el?.removeAttribute("aria-invalid");
    entry.wrap?.classList.remove("has-error", "has-warning");
  }
  for (const issue of allIssues()) {
    const entry = resolve(issue.path, issue.message);
    if (!entry) continue;
    entry.slot.append(issueItem(issue));
    if (issue.severity !== "warning") {
      entry.el?.setAttribute("aria-invalid", "true");
      entry.wrap?.classList.add("has-error");
    } else entry.wrap?.classList.add("has-warning");
  }
}

/** Marks the part of the phone each error is about (the deepest part drawn from a pointer
 * at or above the issue's). */
function flagPreview() {
  const parts = [...$("preview").querySelectorAll("[data-pointer]")];
  for (const issue of allIssues()) {
    if (issue.severity === "warning") continue;
    let best = null;
    for (const el of parts) {
      const p = el.dataset.pointer;
      if ((issue.path === p || issue.path.startsWith(`${p}/`)) && (!best || p.length > best.dataset.pointer.length)) best = el;
    }
    if (best) {
      best.classList.add("flagged");
      best.title = issue.message;
    }
  }
}

function where(pointer) {
  const d = toDotted(pointer);
  return d || "request";
}

function summary() {
  const issues = allIssues();
  const errors = issues.filter((i) => i.severity !== "warning").length;
  const warnings = issues.length - errors;
  const list = $("summary");
  list.replaceChildren(
    ...issues.map((issue) =>
      h("li", {},
        h("button", { class: ["summary-item", issue.severity === "warning" ? "warning" : issue.severity === "api" ? "api" : "error"], attrs: { type: "button" }, dataset: { path: issue.path, code: issue.code ?? "" }, on: { click: () => goTo(issue) } },
          icon(issue.severity === "warning" ? "warning" : "error"),
          h("span", { class: "summary-text" },
            h("span", { class: "summary-msg", attrs: { dir: "auto" }, text: issue.severity === "api" ? `API: ${issue.message}` : issue.message }),
            h("span", { class: "summary-where", attrs: { dir: "ltr" }, text: `${where(issue.path)}${issue.code ? ` · ${issue.code}` : ""}` }))))),
  );
  if (!issues.length) list.append(h("li", { class: "all-good" }, icon("check"), h("span", { text: "No problems: rcs-kit finds nothing wrong with this request." })));
  $("problems-count").textContent = [errors && `${errors} error${errors === 1 ? "" : "s"}`, warnings && `${warnings} warning${warnings === 1 ? "" : "s"}`].filter(Boolean).join(" · ");
  const status = $("status");
  status.className = `status ${errors ? "bad" : warnings ? "warn" : "good"}`;
  status.replaceChildren(icon(errors ? "error" : warnings ? "warning" : "check"),
    h("span", { text: errors ? `${errors} error${errors === 1 ? "" : "s"}${warnings ? ` · ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}` : warnings ? `Valid · ${warnings} warning${warnings === 1 ? "" : "s"}` : "Valid" }));
  // per-message badges on the tabs, per-section counts
  for (const b of document.querySelectorAll("[data-tab-badge]")) {
    const i = b.dataset.tabBadge;
    const n = issues.filter((x) => x.severity !== "warning" && (x.path === `/messages/${i}` || x.path.startsWith(`/messages/${i}/`))).length;
    b.textContent = n ? String(n) : "";
    b.classList.toggle("on", n > 0);
  }
  for (const el of document.querySelectorAll("[data-count-for]")) {
    const section = el.closest("details");
    const n = section ? [...section.querySelectorAll(".field-issues li")].filter((li) => !li.classList.contains("warning")).length : 0;
    el.textContent = n ? `${n} error${n === 1 ? "" : "s"}` : "";
    el.classList.toggle("on", n > 0);
  }
}

/** Scrolls to the field of `issue` and focuses it (switching message, opening sections). */
function goTo(issue) {
  const m = /^\/messages\/(\d+)(\/|$)/.exec(issue.path);
  if (m && Number(m[1]) !== state.active && Array.isArray(state.model.messages) && Number(m[1]) < state.model.messages.length) {
    state.active = Number(m[1]);
    rerender();
    refresh();
  }
  const entry = resolve(issue.path, issue.message);
  const target = entry?.el;
  if (!target) return;
  for (let d = target.closest("details"); d; d = d.parentElement?.closest("details")) {
    if (!d.open) d.open = true;
  }
  target.scrollIntoView({ block: "center", behavior: "instant" });
  target.focus({ preventScroll: true });
  const wrap = entry.wrap ?? target.closest(".field, .item, .list, .group") ?? target;
  wrap.classList.remove("flash");
  void wrap.offsetWidth;
  wrap.classList.add("flash");
}

const adviceBox = $("advice");
adviceBox.checked = state.advice;
adviceBox.addEventListener("change", () => {
  state.advice = adviceBox.checked;
  try {
    sessionStorage.setItem(ADVICE, String(state.advice));
  } catch {
    // storage disabled
  }
  refresh();
});

$("status").addEventListener("click", () => {
  $("problems").scrollIntoView({ block: "start", behavior: "instant" });
  $("summary").querySelector("button")?.focus({ preventScroll: true });
});

// ---- connection ------------------------------------------------------------------------

const baseInput = $("base-url");
const keyInput = $("api-key");
const remember = $("remember");

function connection() {
  const c = api.checkBaseUrl(baseInput.value);
  state.conn = c;
  const issues = $("base-issues");
  clear(issues);
  if (!c.ok) issues.append(issueItem({ severity: "error", message: c.error }));
  baseInput.toggleAttribute("aria-invalid", !c.ok);
  $("standin-badge").hidden = !(c.ok && state.standInKey && c.origin === location.origin);
  connSummary();
  return c;
}

function connSummary() {
  const c = state.conn;
  const el = $("conn-summary");
  el.textContent = !c.ok ? "Check the base URL" : `${c.base} · ${keyInput.value ? "key set" : "no API key"}`;
  el.classList.toggle("bad", !c.ok || !keyInput.value);
}

function keyForOrigin(origin) {
  if (origin === location.origin && state.standInKey) return state.standInKey;
  return api.storedKey(origin);
}

baseInput.addEventListener("input", () => {
  connection();
  sendState();
  eventsState();
});
baseInput.addEventListener("change", () => {
  const c = connection();
  api.storeBase(baseInput.value.trim());
  // the key field shows the key kept for this base URL: a key never follows the URL elsewhere
  keyInput.value = c.ok ? keyForOrigin(c.origin) : "";
  connSummary();
  sendState();
  eventsState();
});
keyInput.addEventListener("input", () => {
  const c = state.conn;
  if (c.ok && !(c.origin === location.origin && keyInput.value === state.standInKey)) api.storeKey(c.origin, keyInput.value, remember.checked);
  connSummary();
  sendState();
  eventsState();
});
remember.addEventListener("change", () => {
  api.setRemember(remember.checked);
  if (state.conn.ok && keyInput.value && keyInput.value !== state.standInKey) api.storeKey(state.conn.origin, keyInput.value, remember.checked);
});
$("show-key").addEventListener("click", (e) => {
  const show = keyInput.type === "password";
  keyInput.type = show ? "text" : "password";
  e.currentTarget.textContent = show ? "Hide" : "Show";
  e.currentTarget.setAttribute("aria-pressed", String(show));
});

async function initConnection() {
  remember.checked = api.remembered();
  baseInput.value = api.storedBase() ?? location.origin;
  const c = connection();
  keyInput.value = c.ok ? keyForOrigin(c.origin) : "";
  const conf = await api.standInConfig();
  if (conf) {
    state.standInKey = conf.apiKey;
    const now = connection();
    if (now.ok && now.origin === location.origin) keyInput.value = conf.apiKey;
  }
  connSummary();
  if (!state.conn.ok || !keyInput.value) $("connection").open = true;
  sendState();
  eventsState();
}

// ---- send ------------------------------------------------------------------------------

function sendState() {
  const errors = state.report.issues.filter((i) => i.severity === "error").length;
  const btn = $("send");
  let reason = "";
  if (errors) reason = `Fix ${errors} error${errors === 1 ? "" : "s"} to send`;
  else if (!state.conn.ok) reason = "Check the base URL";
  else if (!keyInput.value) reason = "Enter the API key";
  else if (state.sending) reason = "Sending…";
  btn.disabled = Boolean(reason);
  btn.title = reason || `POST ${state.conn.base}/rcs/2/messages`;
  $("send-reason").textContent = reason;
}

function answerView(answer, status, { onViolation } = {}) {
  if (answer.networkError) return [h("div", { class: "answer-head bad" }, icon("error"), h("strong", { text: "Not sent" })), h("p", { class: "answer-text", text: answer.networkError })];
  const a = api.readAnswer(status, answer.json, answer.text);
  if (a.ok) {
    return [
      h("div", { class: "answer-head good" }, icon("check"), h("strong", { text: `Accepted · HTTP ${status}` })),
      a.bulkId ? h("p", { class: "answer-meta" }, h("span", { class: "k", text: "bulkId " }), h("code", { class: "bulk-id", text: a.bulkId })) : null,
      h("table", { class: "answer-table" },
        h("thead", {}, h("tr", {}, h("th", { text: "Destination" }), h("th", { text: "messageId" }), h("th", { text: "Status" }))),
        h("tbody", {}, a.messages.map((m) =>
          h("tr", {},
            h("td", { text: m.destination }),
            h("td", {}, h("code", { class: "message-id", text: m.messageId })),
            h("td", {}, h("span", { class: `status-pill g-${String(m.status.groupName ?? "").toLowerCase()}`, text: `${m.status.groupName ?? ""} · ${m.status.name ?? ""}` }), h("div", { class: "muted small", text: String(m.status.description ?? "") })))))),
    ];
  }
  return [
    h("div", { class: "answer-head bad" }, icon("error"), h("strong", { text: `Rejected · HTTP ${status}${a.errorCode ? ` · ${a.errorCode}` : ""}` }), a.legacy ? h("span", { class: "badge", text: "legacy error shape" }) : null),
    a.description ? h("p", { class: "answer-text", text: a.description }) : null,
    a.action ? h("p", { class: "muted small", text: a.action }) : null,
    a.violations.length
      ? h("ul", { class: "violations" }, a.violations.map((v) =>
        h("li", {}, h("button", { class: "link-btn", attrs: { type: "button" }, on: { click: () => onViolation?.(v) } }, h("code", { text: v.property || "(request)" })), h("span", { text: ` ${v.violation}` }))))
      : null,
  ];
}

/** The violations of an answer as issues at pointers (for the fields and the summary). */
function violationIssues(answer, status) {
  if (answer.networkError) return [];
  const a = api.readAnswer(status, answer.json, answer.text);
  if (a.ok) return [];
  return a.violations.map((v) => {
    const candidates = api.violationPointers(v.property, state.active);
    const path = candidates.find((p) => resolve(p, v.violation)) ?? candidates[0] ?? "";
    return { severity: "api", code: a.errorCode, path, message: `${v.violation}${v.property ? ` (${v.property})` : ""}` };
  });
}

$("send").addEventListener("click", async () => {
  if ($("send").disabled) return;
  const c = state.conn;
  const body = JSON.stringify(state.model);
  state.sending = true;
  sendState();
  const panel = $("response");
  panel.hidden = false;
  panel.replaceChildren(h("div", { class: "answer-head" }, icon("send"), h("strong", { text: `Sending to ${c.base}/rcs/2/messages…` })));
  const answer = await api.post(c.base, "/rcs/2/messages", keyInput.value, body);
  state.sending = false;
  state.apiIssues = violationIssues(answer, answer.status);
  panel.replaceChildren(...answerView(answer, answer.status, { onViolation: (v) => {
    const issue = state.apiIssues.find((i) => i.message.startsWith(v.violation));
    if (issue) goTo(issue);
  } }));
  refresh();
  panel.scrollIntoView({ block: "nearest", behavior: "instant" });
});

// ---- events ------------------------------------------------------------------------------

function eventBody() {
  const m = Array.isArray(state.model.messages) ? state.model.messages[state.active] : undefined;
  const type = document.querySelector("input[name=event-type]:checked").value;
  const content = type === EventContentType.SEEN ? { type, messageId: $("ev-message-id").value } : { type };
  return { events: [{ sender: m?.sender, destinations: m?.destinations, content }] };
}

function eventsState() {
  const seen = document.querySelector("input[name=event-type]:checked").value === EventContentType.SEEN;
  $("ev-id-field").hidden = !seen;
  const report = rcs.validate(eventBody(), { kind: "events" });
  const issues = $("ev-issues");
  clear(issues);
  const errors = report.issues.filter((i) => i.severity === "error");
  let other = 0;
  for (const i of errors) {
    if (i.path.startsWith("/events/0/content")) issues.append(issueItem(i));
    else other++;
  }
  let reason = "";
  if (other) reason = "Fix the sender and recipients above first";
  else if (errors.length) reason = "Enter the id of the user's message";
  else if (!state.conn.ok) reason = "Check the base URL";
  else if (!keyInput.value) reason = "Enter the API key";
  $("send-event").disabled = Boolean(reason);
  $("event-reason").textContent = reason;
}

for (const r of document.querySelectorAll("input[name=event-type]")) r.addEventListener("change", eventsState);
$("ev-message-id").addEventListener("input", eventsState);
$("send-event").addEventListener("click", async () => {
  const c = state.conn;
  const body = eventBody();
  const out = $("event-result");
  out.replaceChildren(h("div", { class: "answer-head" }, h("strong", { text: "Sending…" })));
  const answer = await api.post(c.base, "/rcs/1/events", keyInput.value, JSON.stringify(body));
  out.replaceChildren(...answerView(answer, answer.status));
  if (body.events[0].content.type === EventContentType.TYPING_INDICATOR && answer.status >= 200 && answer.status < 300) {
    state.typing = true;
    refresh();
    setTimeout(() => {
      state.typing = false;
      refresh();
    }, 4000);
  }
});

// ---- JSON view, copy, import ---------------------------------------------------------------

function showTab(which) {
  const phone = which === "phone";
  $("tab-phone").setAttribute("aria-selected", String(phone));
  $("tab-json").setAttribute("aria-selected", String(!phone));
  $("panel-phone").hidden = !phone;
  $("panel-json").hidden = phone;
}
$("tab-phone").addEventListener("click", () => showTab("phone"));
$("tab-json").addEventListener("click", () => showTab("json"));

$("copy-json").addEventListener("click", async (e) => {
  const btn = e.currentTarget;
  const text = $("json-view").textContent;
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents($("json-view"));
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    ok = document.execCommand("copy");
    sel.removeAllRanges();
  }
  btn.textContent = ok ? "Copied" : "Select and copy";
  setTimeout(() => (btn.textContent = "Copy"), 1500);
});

$("reset").addEventListener("click", () => load(samplePayload()));

function load(model) {
  state.model = model;
  state.active = 0;
  state.apiIssues = [];
  state.ui.stash.clear();
  rerender();
  refresh();
}

$("import-btn").addEventListener("click", () => {
  const text = $("import-text").value;
  const err = $("import-error");
  err.textContent = "";
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    const issue = rcs.validate(text).issues.find((i) => i.code.startsWith("json.") || i.code.startsWith("request."));
    err.textContent = `Not JSON: ${issue ? issue.message : "the text does not parse"}`;
    return;
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    err.textContent = "Paste a JSON object: the body of POST /rcs/2/messages ({\"messages\": [...]}).";
    return;
  }
  if (!("messages" in v) && "events" in v) {
    err.textContent = "This is an events body (POST /rcs/1/events); the composer edits message requests.";
    return;
  }
  load(v);
  $("import-text").value = "";
  err.textContent = "";
});

// ---- start ---------------------------------------------------------------------------------

$("version").textContent = `v${rcs.version()}`;
renderForm($("form"), ctx);
refresh();
await initConnection();
document.documentElement.dataset.ready = "true";
