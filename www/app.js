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
import { ctx, rerender, refresh } from "./js/app-refresh.js";
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
