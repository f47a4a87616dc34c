// The API connection: the base URL and API key fields (the key kept per base URL), and the stand-in's key.

import { clear } from "./dom.js";
import * as api from "./api.js";
import { $, state } from "./app-state.js";
import { issueItem } from "./app-issues.js";
import { sendState, eventsState } from "./app-send.js";
import { capabilityTools } from "./app-capability.js";

const baseInput = $("base-url");
export const keyInput = $("api-key");
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
  capabilityTools();
});
baseInput.addEventListener("change", () => {
  const c = connection();
  api.storeBase(baseInput.value.trim());
  // the key field shows the key kept for this base URL: a key never follows the URL elsewhere
  keyInput.value = c.ok ? keyForOrigin(c.origin) : "";
  connSummary();
  sendState();
  eventsState();
  capabilityTools();
});
keyInput.addEventListener("input", () => {
  const c = state.conn;
  if (c.ok && !(c.origin === location.origin && keyInput.value === state.standInKey)) api.storeKey(c.origin, keyInput.value, remember.checked);
  connSummary();
  sendState();
  eventsState();
  capabilityTools();
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

export async function initConnection() {
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
  capabilityTools();
}
