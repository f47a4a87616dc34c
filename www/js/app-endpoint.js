// The endpoint switch (issue 19): the same message sent through the RCS API
// (POST /rcs/2/messages) or Infobip's Messages API (POST /messages-api/1/messages with
// channel RCS). The form keeps editing the RCS API body; with the Messages API chosen, the
// JSON view shows and Send posts its conversion (the package's entry rcs-kit/messages-api,
// loaded the first time the switch is used), and every conversion note is shown beside the
// field it concerns, placed as issues are (by its JSON pointer into the RCS API body).
//
// Hooks: refresh() (app-refresh.js) draws the JSON view from endpointJson(text) and calls
// placeNotes() after placing the issues; Send (app-send.js) posts sendTarget().

import { h, icon } from "./dom.js";
import { $, state } from "./app-state.js";
import { resolve } from "./app-issues.js";
import { refresh } from "./app-refresh.js";
import { ENDPOINTS as KIND_ENDPOINTS } from "/pkg/src/generated/data.js";

/** The endpoints, by the switch's values (the paths generated from rcs_kit::Kind). */
export const ENDPOINTS = { rcs: KIND_ENDPOINTS.request, "messages-api": KIND_ENDPOINTS["messages-api"] };
const KEY = "rcs-kit.endpoint";

let chosen = "rcs";
try {
  if (sessionStorage.getItem(KEY) === "messages-api") chosen = "messages-api";
} catch {
  // storage disabled
}

let mapi = null; // the entry rcs-kit/messages-api, once loaded
let loading = null;
let failed = "";
let cached = { text: null, conversion: null };

/** Loads the Messages API entry (once), then draws the page again. */
function loadEntry() {
  loading ??= import("/pkg/dist/messages-api.js").then(
    (m) => {
      mapi = m;
      refresh();
    },
    (e) => {
      failed = `The Messages API entry did not load (${e && e.message ? e.message : e}).`;
      refresh();
    },
  );
  return loading;
}

/** The conversion of the model's JSON text `text` (the last one is kept). */
function conversion(text) {
  if (cached.text !== text) cached = { text, conversion: mapi.toMessagesApi(text) };
  return cached.conversion;
}

/** Whether the Messages API is chosen and its conversion can be drawn. */
const converting = () => chosen === "messages-api" && mapi !== null;

/** The body the JSON view shows for the model's JSON text: the text itself, or with the
 * Messages API chosen, its conversion (indented the same way). */
export function endpointJson(text) {
  const title = $("json-endpoint");
  const endpointText = `POST ${ENDPOINTS[chosen]}`;
  if (title.textContent !== endpointText) title.textContent = endpointText; // no DOM write per key
  if (!converting()) return text;
  const c = conversion(text);
  return c.output === null ? text : JSON.stringify(c.output, null, 2);
}

/** What Send posts and where: `{path, body}` (the body's text made when it is read), or
 * `{reason}` when it cannot yet. */
export function sendTarget() {
  if (chosen === "rcs") {
    return {
      path: ENDPOINTS.rcs,
      get body() {
        return JSON.stringify(state.model);
      },
    };
  }
  if (failed) return { reason: "The Messages API did not load" };
  if (!mapi) return { reason: "Loading the Messages API…" };
  return {
    path: ENDPOINTS["messages-api"],
    get body() {
      const c = conversion(JSON.stringify(state.model, null, 2));
      return JSON.stringify(c.output);
    },
  };
}

// ---- the notes beside their fields ----------------------------------------------------------

let shown = [];
let shownSig = null;

function noteItem(n) {
  return h("li", { class: ["issue", "warning", "endpoint-note"], attrs: { title: `${n.path || "request"} · ${n.code}` }, dataset: { code: n.code } },
    icon("warning"),
    h("span", { class: "issue-text", attrs: { dir: "auto" }, text: `Messages API: ${n.message}` }));
}

/** Shows each note of the conversion beside the field at its pointer (or its nearest
 * ancestor the form draws), and all of them under the switch; nothing with the RCS API. */
export function placeNotes() {
  const notes = converting() ? conversion(JSON.stringify(state.model, null, 2)).notes : [];
  const sig = JSON.stringify([notes, failed]);
  // issues placed again (a changed report or a redrawn form) take the notes' items with them
  if (sig === shownSig && shown.every((el) => el.isConnected)) return;
  shownSig = sig;
  for (const el of shown) el.remove();
  shown = [];
  for (const n of notes) {
    const entry = resolve(n.path, n.message);
    if (!entry?.slot) continue;
    const li = noteItem(n);
    entry.slot.append(li);
    shown.push(li);
  }
  const list = $("endpoint-notes");
  list.hidden = !(notes.length || failed);
  list.replaceChildren(
    ...(failed ? [h("li", { text: failed })] : []),
    ...notes.map((n) => h("li", { dataset: { code: n.code } }, h("code", { text: n.path || "(request)" }), h("span", { text: ` ${n.message}` }))),
  );
}

// ---- the switch ----------------------------------------------------------------------------

for (const radio of document.querySelectorAll('input[name="endpoint"]')) {
  radio.checked = radio.value === chosen;
  radio.addEventListener("change", () => {
    if (!radio.checked) return;
    chosen = radio.value;
    try {
      sessionStorage.setItem(KEY, chosen);
    } catch {
      // storage disabled
    }
    if (chosen === "messages-api") loadEntry();
    refresh();
  });
}
if (chosen === "messages-api") loadEntry();
