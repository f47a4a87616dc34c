// The composer page's entry (index.html loads it): the JSON view, copy and import, and the start; the rest is in js/app-*.js.
//
// rcs-kit composer: compose an Infobip RCS message, see it on a phone, fix every problem
// that rcs-kit finds (at the field it names), and send it.
//
// The model is the request body itself (a plain object): the form writes into it at each
// input's path, the preview and the JSON view are drawn from it, `validate()` checks it,
// and Send posts exactly `JSON.stringify(model)`. Fields the form does not know stay in it.

import { renderForm } from "./js/form.js";
import { samplePayload } from "./js/defaults.js";
import { $, rcs, state, DEVICE } from "./js/app-state.js";
import { ctx, rerender, refresh, step } from "./js/app-refresh.js";
import { initConnection } from "./js/app-connection.js";

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

// ---- narrow screens: the preview is one tap away (a sheet over the form) ---------------------

const narrow = matchMedia("(max-width: 1020px)");
export function setPreviewOpen(open) {
  document.body.classList.toggle("preview-open", open);
  const btn = $("preview-toggle");
  btn.setAttribute("aria-expanded", String(open));
  $("preview-toggle-text").textContent = open ? "Back to the form" : "Preview";
}
$("preview-toggle").addEventListener("click", () => setPreviewOpen(!document.body.classList.contains("preview-open")));
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && document.body.classList.contains("preview-open") && narrow.matches) {
    setPreviewOpen(false);
    $("preview-toggle").focus();
  }
});
narrow.addEventListener("change", () => {
  if (!narrow.matches) setPreviewOpen(false);
});

// ---- the phone: Android (with its notification) or iPhone ---------------------------------

for (const radio of document.querySelectorAll('input[name="device"]')) {
  radio.checked = radio.value === state.device;
  radio.addEventListener("change", () => {
    if (!radio.checked) return;
    state.device = radio.value;
    try {
      sessionStorage.setItem(DEVICE, state.device);
    } catch {
      // storage disabled
    }
    refresh();
  });
}

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

// ---- nothing lost: Start over and Import ask first, and every change can be undone ----------

/** Asks in a modal dialog; resolves true when `ok` is chosen (Escape and Cancel: false). */
function confirmReplace(title, text, ok) {
  const d = $("confirm");
  $("confirm-title").textContent = title;
  $("confirm-text").textContent = text;
  $("confirm-ok").textContent = ok;
  const back = document.activeElement;
  return new Promise((resolve) => {
    const done = (answer) => {
      $("confirm-ok").removeEventListener("click", yes);
      $("confirm-cancel").removeEventListener("click", no);
      d.removeEventListener("cancel", no);
      d.close();
      back?.focus?.();
      resolve(answer);
    };
    const yes = () => done(true);
    const no = (e) => {
      e?.preventDefault?.();
      done(false);
    };
    $("confirm-ok").addEventListener("click", yes);
    $("confirm-cancel").addEventListener("click", no);
    d.addEventListener("cancel", no);
    d.showModal();
    $("confirm-cancel").focus();
  });
}

let noticeTimer = null;
/** A short line beside Undo ("Imported the body."), with an Undo button of its own. */
function notify(text, undoable) {
  const n = $("notice");
  n.replaceChildren(document.createTextNode(text));
  if (undoable) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link-btn";
    b.id = "notice-undo";
    b.textContent = "Undo";
    b.addEventListener("click", () => {
      step(true);
      n.replaceChildren();
    });
    n.append(" ", b);
  }
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => n.replaceChildren(), 15000);
}

function load(model) {
  state.model = model;
  state.active = 0;
  state.apiIssues = [];
  state.ui.stash.clear();
  state.edit = { pointer: null, typing: false };
  rerender();
  refresh();
}

$("start-over").addEventListener("click", async () => {
  if (!(await confirmReplace("Start over?", "Your draft is replaced by the sample message. You can bring it back with Undo (Ctrl+Z).", "Start over"))) return;
  load(samplePayload());
  notify("Started over with the sample message.", true);
});
$("undo").addEventListener("click", () => step(true));
$("redo").addEventListener("click", () => step(false));

/** Ctrl+Z / Cmd+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes, anywhere but in the fields
 * that are not part of the message (API key, import text, ...), which keep the browser's
 * own undo. */
document.addEventListener("keydown", (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const k = e.key.toLowerCase();
  const redo = (k === "z" && e.shiftKey) || (k === "y" && !e.shiftKey);
  const undo = k === "z" && !e.shiftKey;
  if (!undo && !redo) return;
  const t = e.target;
  const editable = t instanceof HTMLElement && (t.matches("input, textarea, select") || t.isContentEditable);
  if (editable && !t.closest("#form")) return;
  if ($("confirm").open) return;
  e.preventDefault();
  step(undo);
});

$("import-btn").addEventListener("click", async () => {
  const text = $("import-text").value;
  const err = $("import-error");
  err.textContent = "";
  let v;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, "")); // a byte order mark: the API skips it, so does the import
  } catch {
    const issue = rcs.validate(text).issues.find((i) => i.severity === "error" && (i.code.startsWith("json.") || i.code.startsWith("request.")));
    err.textContent = `Not JSON: ${issue ? issue.message : "the text does not parse"}`;
    return;
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    err.textContent = "Paste a JSON object: the body of POST /rcs/2/messages ({\"messages\": [...]}).";
    return;
  }
  if (!("messages" in v) && "events" in v) {
    await importEvents(v, err);
    return;
  }
  if (!(await confirmReplace("Replace your draft?", "The imported body replaces the message in the form. You can bring your draft back with Undo (Ctrl+Z).", "Import"))) return;
  load(v);
  $("import-text").value = "";
  err.textContent = "";
  notify("Imported the body.", true);
});

/** An events body (POST /rcs/1/events) goes into the Events section: its first event's type
 * and message id there, its sender and destinations into the current message (which the
 * Events section sends to), as one step that Undo takes back. */
async function importEvents(v, err) {
  const list = Array.isArray(v.events) ? v.events : [];
  const ev = list[0];
  if (!ev || typeof ev !== "object" || Array.isArray(ev)) {
    err.textContent = "This events body has no event to import (\"events\": [{...}]).";
    return;
  }
  const type = ev.content && typeof ev.content === "object" ? ev.content.type : undefined;
  const radio = [...document.querySelectorAll("input[name=event-type]")].find((r) => r.value === type);
  if (!radio) {
    err.textContent = `The event's content type ${JSON.stringify(type ?? null)} is not one the Events section sends (${[...document.querySelectorAll("input[name=event-type]")].map((r) => r.value).join(", ")}).`;
    return;
  }
  const m = Array.isArray(state.model.messages) ? state.model.messages[state.active] : undefined;
  const changesMessage = m && typeof m === "object" && ((ev.sender !== undefined && ev.sender !== m.sender) || (ev.destinations !== undefined && JSON.stringify(ev.destinations) !== JSON.stringify(m.destinations)));
  if (changesMessage && !(await confirmReplace("Import the event?", "Events go to the sender and recipients of the message in the form: they become the event's. You can bring the message's back with Undo (Ctrl+Z).", "Import the event"))) return;
  radio.checked = true;
  radio.dispatchEvent(new Event("change", { bubbles: true }));
  const id = ev.content.messageId;
  $("ev-message-id").value = typeof id === "string" ? id : "";
  if (m && typeof m === "object") {
    if (ev.sender !== undefined) m.sender = ev.sender;
    if (ev.destinations !== undefined) m.destinations = structuredClone(ev.destinations);
  }
  state.edit = { pointer: null, typing: false };
  $("import-text").value = "";
  err.textContent = "";
  rerender();
  refresh();
  $("events").scrollIntoView({ block: "start", behavior: "instant" });
  if (narrow.matches) setPreviewOpen(false);
  ($("ev-id-field").hidden ? radio : $("ev-message-id")).focus({ preventScroll: true });
  notify(`Imported the event into the Events section${list.length > 1 ? ` (the first of ${list.length})` : ""}.`, Boolean(changesMessage));
}

// ---- start ---------------------------------------------------------------------------------

$("version").textContent = `v${rcs.version()}`;
renderForm($("form"), ctx);
refresh();
if (state.restored) {
  const at = state.restored.at ? new Date(state.restored.at) : null;
  notify(`Restored the draft you were writing${at ? ` (last change at ${at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })})` : ""}.`, false);
}
await initConnection();
document.documentElement.dataset.ready = "true";
