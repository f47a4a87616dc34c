// The Variables panel: the composer's message as a template (docs/templates.md) whose
// texts hold {{name}} placeholders, its declared variables (sample, maximum length, may be
// empty), the worst case beside each field, the preview switched between sample rows, an
// audience CSV checked row by row, and the whole audience sent to the API in bulk
// requests. Every check, the rendering, the CSV reading and the grouping into requests
// are rcs-kit's (`validateTemplate`, `renderTemplate`); this file only draws and sends.
//
// The template is `{variables, destination, request}`: `request` is the composer's body
// with each message's `destinations` left out, since the audience's destination column
// gives each row's number.

import { h, clear, placeChildren } from "./dom.js";
import * as api from "./api.js";
import { $, rcs, state } from "./app-state.js";
import { keyInput } from "./app-connection.js";
import { ENDPOINTS } from "/pkg/src/generated/data.js";

const STORE = "rcs-kit.variables";
/** Failing rows described one by one (the rest are counted). */
const LISTED = 200;
/** Requests in flight at once when sending an audience. */
const CONCURRENCY = 2;
/** Attempts per request (429, 5xx and network errors are retried). */
const ATTEMPTS = 4;

const vars = loadVariables();
const ui = {
  /** The text field the cursor was last in (an input or textarea of the form). */
  lastField: null,
  /** The preview's row: "template" (as written), "sample", "worst", "empty", or "row". */
  previewMode: "template",
  previewRow: 1,
  /** The checked audience: {name, csv, result} */
  audience: null,
  /** Messages per request (the API takes up to 10 MB a request as well). */
  maxMessages: 1000,
  sending: false,
  sent: null,
  /** The template's last report (validateTemplate). */
  report: null,
  refreshing: false,
};

function loadVariables() {
  try {
    const v = JSON.parse(sessionStorage.getItem(STORE) ?? "null");
    if (v && Array.isArray(v.variables)) return { variables: v.variables.filter((x) => x && typeof x === "object"), destination: typeof v.destination === "string" ? v.destination : "to" };
  } catch {
    // none kept
  }
  return {
    variables: [
      { name: "to", sample: "441134960001", maxLength: 15 },
      { name: "firstName", sample: "Ada", maxLength: 20 },
    ],
    destination: "to",
  };
}

function saveVariables() {
  try {
    sessionStorage.setItem(STORE, JSON.stringify(vars));
  } catch {
    // storage full or disabled
  }
}

/** The composer's state as a template (docs/templates.md). */
export function template() {
  let request;
  try {
    request = structuredClone(state.model);
  } catch {
    request = {};
  }
  if (request && Array.isArray(request.messages)) {
    for (const m of request.messages) if (m && typeof m === "object" && !Array.isArray(m)) delete m.destinations;
  }
  return { variables: vars.variables, destination: vars.destination, request };
}

/** Whether the form uses a placeholder at all (the panel is quiet otherwise). */
const usesPlaceholders = () => /\{\{/.test(JSON.stringify(state.model));

// ---- the panel -------------------------------------------------------------------------

const panel = $("variables");
const els = {};

function build() {
  els.list = h("div", { class: "var-list", attrs: { role: "group", "aria-label": "Declared variables" } });
  els.insert = h("div", { class: "var-insert", attrs: { role: "toolbar", "aria-label": "Insert a variable at the cursor" } });
  els.insertHint = h("span", { class: "hint", attrs: { "aria-live": "polite" } });
  els.issues = h("ul", { class: "var-issues", attrs: { "aria-live": "polite" } });
  els.room = h("ul", { class: "var-room" });
  els.previewMode = h("select", { attrs: { id: "var-preview", "aria-label": "Preview with" } });
  els.previewRow = h("input", { attrs: { id: "var-preview-row", type: "number", min: "1", step: "1", "aria-label": "Audience row to preview" }, value: "1" });
  els.previewNote = h("p", { class: "hint var-preview-note", attrs: { "aria-live": "polite" } });
  els.file = h("input", { attrs: { id: "audience-file", type: "file", accept: ".csv,text/csv,text/plain", class: "sr-only" } });
  els.drop = h("div", { class: "drop-zone", attrs: { id: "audience-drop", tabindex: "0", role: "button", "aria-describedby": "audience-summary" } },
    h("strong", { text: "Drop an audience CSV here" }),
    h("span", { text: " or " }),
    h("label", { class: "link-btn", attrs: { for: "audience-file" }, text: "choose a file" }),
    h("span", { class: "hint", text: " — a header row with one column per variable; the " }),
    h("code", { class: "var-dest" }),
    h("span", { class: "hint", text: " column is each recipient's number." }),
  );
  els.max = h("input", { attrs: { id: "audience-max", type: "number", min: "1", step: "1" }, value: String(ui.maxMessages) });
  els.summary = h("p", { class: "audience-summary", attrs: { id: "audience-summary", "aria-live": "polite" } });
  els.failed = h("ol", { class: "audience-failed", attrs: { "aria-label": "Rows that fail" } });
  els.send = h("button", { class: "btn primary", attrs: { type: "button", id: "send-audience" }, disabled: true }, h("span", { text: "Send to the audience" }));
  els.sendReason = h("span", { class: "hint", attrs: { id: "send-audience-reason" } });
  els.progress = h("progress", { attrs: { id: "send-progress", max: "1", value: "0", hidden: true } });
  els.result = h("div", { class: "audience-result", attrs: { id: "audience-result", "aria-live": "polite" } });

  panel.replaceChildren(
    h("div", { class: "card-head" }, h("h2", { attrs: { id: "variables-title" }, text: "Variables" }), h("span", { class: "count-pill", attrs: { id: "variables-count" } })),
    h("p", { class: "hint", text: "Write {{name}} in a text, title, description, suggestion text, postback data, SMS text or after a URL's host. Each variable has a sample and the longest value it will take: the counters show every field with every variable at its longest." }),
    els.list,
    h("div", { class: "var-actions" },
      h("button", { class: "btn small", attrs: { type: "button", id: "add-variable" }, on: { click: addVariable }, text: "Add variable" })),
    h("div", { class: "var-insert-row" }, h("span", { class: "label-text", text: "Insert at the cursor:" }), els.insert, els.insertHint),
    h("h3", { class: "var-sub", text: "Template check" }),
    els.issues,
    h("details", { class: "var-room-box" }, h("summary", { text: "Room for the variables, per field" }), els.room),
    h("h3", { class: "var-sub", text: "Preview" }),
    h("div", { class: "row var-preview-row" },
      h("label", { attrs: { for: "var-preview" }, text: "Preview with " }), els.previewMode,
      h("label", { attrs: { for: "var-preview-row" }, class: "var-row-label", text: " row " }), els.previewRow),
    els.previewNote,
    h("h3", { class: "var-sub", text: "Audience" }),
    els.drop, els.file,
    h("div", { class: "var-preview-row" }, h("label", { attrs: { for: "audience-max" }, text: "Messages per request (at most; each request also stays under 10 MB)" }), els.max),
    els.summary, els.failed,
    h("div", { class: "events-actions" }, els.send, els.sendReason),
    els.progress,
    els.result,
  );

  els.previewMode.addEventListener("change", () => {
    ui.previewMode = els.previewMode.value;
    hooks.refresh();
  });
  els.previewRow.addEventListener("input", () => {
    const n = Number(els.previewRow.value);
    if (Number.isInteger(n) && n >= 1) {
      ui.previewRow = n;
      hooks.refresh();
    }
  });
  els.file.addEventListener("change", async () => {
    const f = els.file.files?.[0];
    if (f) await loadAudience(f.name, await f.text());
    els.file.value = "";
  });
  els.drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    els.drop.classList.add("over");
  });
  els.drop.addEventListener("dragleave", () => els.drop.classList.remove("over"));
  els.drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    els.drop.classList.remove("over");
    const f = e.dataTransfer?.files?.[0];
    if (f) await loadAudience(f.name, await f.text());
  });
  els.drop.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      els.file.click();
    }
  });
  els.send.addEventListener("click", sendAudience);
  els.max.addEventListener("change", () => {
    const n = Number(els.max.value);
    if (!Number.isInteger(n) || n < 1) {
      els.max.value = String(ui.maxMessages);
      return;
    }
    ui.maxMessages = n;
    if (ui.audience) ui.audience.stale = true;
    hooks.refresh();
  });

  // The text field the cursor is in, for Insert.
  $("form").addEventListener("focusin", (e) => {
    const el = e.target;
    if ((el instanceof HTMLInputElement && (el.type === "text" || el.type === "url")) || el instanceof HTMLTextAreaElement) {
      ui.lastField = el;
      insertState();
    }
  });
}

function addVariable() {
  const taken = new Set(vars.variables.map((v) => v.name));
  let n = 1;
  while (taken.has(`var${n}`)) n++;
  vars.variables.push({ name: `var${n}`, sample: "", maxLength: 20, allowEmpty: true });
  changed(true);
  els.list.querySelector(`[data-var="${vars.variables.length - 1}"] input`)?.focus();
}

function drawList() {
  clear(els.list);
  vars.variables.forEach((v, i) => {
    const id = `var-${i}`;
    const name = h("input", { attrs: { id: `${id}-name`, type: "text", spellcheck: "false", autocomplete: "off", "aria-label": `Variable ${i + 1}: name`, "data-pointer": `/variables/${i}/name` }, value: String(v.name ?? "") });
    const sample = h("input", { attrs: { id: `${id}-sample`, type: "text", autocomplete: "off", dir: "auto", "aria-label": `Variable ${i + 1}: sample`, "data-pointer": `/variables/${i}/sample` }, value: String(v.sample ?? "") });
    const max = h("input", { attrs: { id: `${id}-max`, type: "number", min: "0", max: "10000", step: "1", "aria-label": `Variable ${i + 1}: maximum length`, "data-pointer": `/variables/${i}/maxLength` }, value: String(v.maxLength ?? "") });
    const empty = h("input", { attrs: { id: `${id}-empty`, type: "checkbox" }, checked: Boolean(v.allowEmpty) });
    const dest = h("input", { attrs: { type: "radio", name: "var-destination", id: `${id}-dest`, "aria-label": `Variable ${i + 1} holds the recipient's number` }, checked: v.name === vars.destination });
    name.addEventListener("input", () => {
      const was = v.name;
      v.name = name.value;
      if (vars.destination === was) vars.destination = name.value;
      changed(false);
    });
    sample.addEventListener("input", () => {
      v.sample = sample.value;
      changed(false);
    });
    max.addEventListener("input", () => {
      const t = max.value.trim();
      if (t === "") delete v.maxLength;
      else v.maxLength = Number.isFinite(Number(t)) ? Number(t) : t;
      changed(false);
    });
    empty.addEventListener("change", () => {
      if (empty.checked) v.allowEmpty = true;
      else delete v.allowEmpty;
      changed(false);
    });
    dest.addEventListener("change", () => {
      if (dest.checked) vars.destination = v.name;
      changed(true);
    });
    const issues = h("ul", { class: "field-issues", dataset: { varIssues: i } });
    els.list.append(
      h("div", { class: "var-item", dataset: { var: i } },
        h("div", { class: "field" }, h("div", { class: "field-head" }, h("label", { attrs: { for: `${id}-name` }, text: "Name" })), name),
        h("div", { class: "field grow" }, h("div", { class: "field-head" }, h("label", { attrs: { for: `${id}-sample` }, text: "Sample" })), sample),
        h("div", { class: "field narrow" }, h("div", { class: "field-head" }, h("label", { attrs: { for: `${id}-max` }, text: "Max length" })), max),
        h("label", { class: "check", attrs: { for: `${id}-empty` } }, empty, h("span", { text: "May be empty" })),
        h("label", { class: "check", attrs: { for: `${id}-dest` } }, dest, h("span", { text: "Number" })),
        h("button", { class: "btn small ghost", attrs: { type: "button", "aria-label": `Remove variable ${v.name}` }, text: "Remove", on: {
          click: () => {
            vars.variables.splice(i, 1);
            changed(true);
          },
        } }),
        issues,
      ),
    );
  });
  drawInsert();
}

function drawInsert() {
  clear(els.insert);
  for (const v of vars.variables) {
    // every declared name but the number's; a name rcs-kit refuses is reported in the list
    if (typeof v.name !== "string" || v.name === "" || v.name === vars.destination) continue;
    const b = h("button", { class: "chip-btn", attrs: { type: "button", "aria-label": `Insert {{${v.name}}} at the cursor` }, dataset: { insert: v.name }, text: `{{${v.name}}}` });
    // keep the cursor where it is: the field stays focused while the button is pressed
    b.addEventListener("mousedown", (e) => e.preventDefault());
    b.addEventListener("click", () => insertAtCursor(v.name));
    els.insert.append(b);
  }
  insertState();
}

function fieldLabel(el) {
  const id = el?.id;
  const l = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  return (l?.textContent ?? "").trim() || el?.dataset?.pointer || "the field";
}

function insertState() {
  const el = ui.lastField;
  const live = el && el.isConnected;
  for (const b of els.insert.querySelectorAll("button")) if (b.disabled !== !live) b.disabled = !live;
  // a field's label is looked up once (a query of the whole page), not on every key
  if (live && !labels.has(el)) labels.set(el, fieldLabel(el));
  const hint = live ? `into ${labels.get(el)}` : "click into a text field first";
  if (els.insertHint.textContent !== hint) els.insertHint.textContent = hint;
}
const labels = new WeakMap();

/** Writes {{name}} at the cursor of the last text field, as typing it would. */
export function insertAtCursor(name) {
  let el = ui.lastField;
  if (el && !el.isConnected && el.dataset.key) el = document.querySelector(`#form [data-key="${CSS.escape(el.dataset.key)}"]`);
  if (!el || !el.isConnected) return false;
  const text = `{{${name}}}`;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  el.focus();
  el.setRangeText(text, start, end, "end");
  el.dispatchEvent(new Event("input", { bubbles: true }));
  ui.lastField = el;
  return true;
}

function changed(redraw) {
  saveVariables();
  if (redraw) drawList();
  else drawInsert();
  ui.audience = ui.audience ? { ...ui.audience, stale: true } : null;
  hooks.refresh();
}

// ---- checks: issues, room, the worst case beside each field ---------------------------------

const modelPointer = (path) => (path === "/request" ? "" : path.startsWith("/request/") ? path.slice("/request".length) : null);

function goToPointer(pointer) {
  const el = document.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
  if (el) {
    el.closest("details:not([open])")?.setAttribute("open", "");
    el.focus();
    el.scrollIntoView({ block: "center" });
  }
}

// What the panel's issues and the worst-case counters show, so that a key that changes
// neither (most keys) leaves them as they are: the issues as drawn for the variable list
// (drawList() draws new per-variable slots), the counters for the drawing of the form.
let issuesShown = { sig: null, list: null };
let roomShown = { sig: null, form: null };
/** The panel's issue items of the last drawing, by issue. */
let varItems = new Map();

function drawIssues(report) {
  const sig = JSON.stringify([report.valid, report.issues.map((i) => [i.severity, i.code, i.path, i.message])]);
  if (issuesShown.sig === sig && issuesShown.list === els.list.firstChild) return;
  issuesShown = { sig, list: els.list.firstChild };
  const before = varItems;
  varItems = new Map();
  const nodes = [];
  for (const li of panel.querySelectorAll("[data-var-issues]")) clear(li);
  const shown = report.issues;
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  $("variables-count").textContent = shown.length ? `${count(shown.filter((i) => i.severity === "error").length, "error")} · ${count(shown.filter((i) => i.severity === "warning").length, "warning")}` : "valid";
  $("variables-count").classList.toggle("bad", !report.valid);
  if (!shown.length) {
    nodes.push(h("li", { class: "ok", text: "The template is valid for the samples, with every variable at its maximum length, and with the variables that may be empty left empty." }));
  }
  for (const i of shown) {
    const m = /^\/variables\/(\d+)/.exec(i.path);
    const target = m ? i.path : modelPointer(i.path);
    // an issue listed last time keeps its item
    let n = 0;
    while (varItems.has(`${i.severity}\u0001${i.code}\u0001${i.path}\u0001${i.message}\u0004${n}`)) n++;
    const key = `${i.severity}\u0001${i.code}\u0001${i.path}\u0001${i.message}\u0004${n}`;
    const item = before.get(key) ?? h("li", { class: i.severity, dataset: { code: i.code, path: i.path } },
      h("button", { class: "link-btn", attrs: { type: "button" }, on: { click: () => target !== null && goToPointer(target) } }, h("code", { text: target ?? i.path })),
      h("span", { text: ` ${i.message}` }),
      h("span", { class: "muted small", text: ` [${i.code}]` }));
    varItems.set(key, item);
    nodes.push(item);
    if (m) panel.querySelector(`[data-var-issues="${m[1]}"]`)?.append(h("li", { class: i.severity, text: i.message }));
  }
  placeChildren(els.issues, nodes);
}

function drawRoom(report) {
  const sig = JSON.stringify(report.fields);
  const form = $("form").firstElementChild;
  if (roomShown.sig === sig && roomShown.form === form) return;
  roomShown = { sig, form };
  clear(els.room);
  for (const old of document.querySelectorAll("#form .worst-counter")) old.remove();
  for (const f of report.fields) {
    const pointer = modelPointer(f.path);
    const text = `${f.worst}/${f.limit} at worst`;
    const title = `${f.fixed} characters of text + ${f.worst - f.fixed} for ${f.variables.join(", ") || "no variable"} at their maximum length: ${Math.abs(f.left)} ${f.left < 0 ? "over" : "left"}`;
    els.room.append(h("li", { class: f.left < 0 ? "over" : "" }, h("code", { text: pointer ?? f.path }), h("span", { text: ` ${text} — ${title}` })));
    const el = pointer !== null ? document.querySelector(`#form [data-pointer="${CSS.escape(pointer)}"]`) : null;
    const head = el?.closest(".field")?.querySelector(".field-head");
    if (head) head.append(h("span", { class: ["worst-counter", f.left < 0 ? "over" : f.left < f.limit * 0.1 ? "near" : ""], attrs: { title }, dataset: { worstFor: pointer }, text: text }));
  }
}

// ---- the preview's row ---------------------------------------------------------------------

function drawPreviewChoices() {
  const options = [["template", "the template as written"], ["sample", "the samples"], ["worst", "every variable at its maximum"], ["empty", "the variables that may be empty, empty"]];
  if (ui.audience?.result?.rows.length) options.push(["row", `a row of ${ui.audience.name}`]);
  if (!options.some(([v]) => v === ui.previewMode)) ui.previewMode = "template";
  const current = [...els.previewMode.options].map((o) => o.value).join();
  if (current !== options.map(([v]) => v).join()) els.previewMode.replaceChildren(...options.map(([v, t]) => h("option", { value: v, text: t })));
  els.previewMode.value = ui.previewMode;
  const rows = ui.audience?.result?.rows.length ?? 0;
  // written only when they change (each write restyles them, on every key)
  const hidden = ui.previewMode !== "row";
  if (els.previewRow.hidden !== hidden) els.previewRow.hidden = hidden;
  const label = panel.querySelector(".var-row-label");
  if (label.hidden !== hidden) label.hidden = hidden;
  if (els.previewRow.max !== String(Math.max(1, rows))) els.previewRow.max = String(Math.max(1, rows));
}

/** The values of a made-up row: the samples, the worst case or the empty case. */
function madeUpRow(mode) {
  const row = {};
  for (const v of vars.variables) {
    if (typeof v.name !== "string") continue;
    const max = Number.isInteger(v.maxLength) ? Math.min(v.maxLength, 10000) : 0;
    if (mode === "worst" && v.name !== vars.destination) row[v.name] = "x".repeat(max);
    else if (mode === "empty" && v.allowEmpty) row[v.name] = "";
    else row[v.name] = String(v.sample ?? "");
  }
  return row;
}

/** The body the preview draws: the model itself, or one row's rendering. Sets the note. */
export function previewModel() {
  if (ui.previewMode === "template") {
    els.previewNote.textContent = "";
    return state.model;
  }
  const note = (t) => (els.previewNote.textContent = t);
  let body = null;
  let issues = [];
  let label;
  try {
    if (ui.previewMode === "row") {
      const result = ui.audience?.result;
      const n = Math.min(ui.previewRow, result?.rows.length ?? 1);
      label = `row ${n}`;
      const r = result?.rows[n - 1];
      const q = result?.requests.find((q) => q.rows.includes(n));
      if (q) {
        const parsed = JSON.parse(q.body);
        const per = q.messages / q.rows.length;
        const k = q.rows.indexOf(n);
        body = { ...parsed, messages: parsed.messages.slice(k * per, (k + 1) * per) };
      } else issues = r?.unreadable ? [{ path: "", message: r.unreadable }] : r?.issues ?? [];
    } else {
      label = { sample: "the samples", worst: "every variable at its maximum", empty: "the empty variables" }[ui.previewMode];
      const out = rcs.renderTemplate(template(), [madeUpRow(ui.previewMode)], { now: Date.now(), maxMessages: 100000 });
      if (out.requests.length) body = JSON.parse(out.requests[0].body);
      else issues = out.template.valid ? out.rows[0]?.issues ?? [] : out.template.issues;
    }
  } catch (e) {
    issues = [{ path: "", message: String(e?.message ?? e) }];
  }
  if (!body) {
    const first = issues.find((i) => i.severity !== "warning") ?? issues[0];
    note(`With ${label} the message is not valid${first ? `: ${first.path ? `${first.path}: ` : ""}${first.message}` : ""}. The preview shows the template as written.`);
    return state.model;
  }
  note(`The preview shows the message rendered with ${label}.`);
  return body;
}

// ---- the audience --------------------------------------------------------------------------

async function loadAudience(name, csv) {
  ui.audience = { name, csv, result: null };
  ui.sent = null;
  clear(els.result);
  check();
  hooks.refresh();
}

let recheck = null;
/** Checks the audience again once the edits pause (a 1,000-row audience takes some 40 ms
 * to render, too long for every keystroke); Send waits for it. */
function scheduleCheck() {
  if (recheck !== null) clearTimeout(recheck);
  ui.audience.pending = true;
  els.summary.classList.add("stale");
  recheck = setTimeout(() => {
    recheck = null;
    check();
    hooks.refresh();
  }, 250);
}

/** Renders the audience (again: the template or variables may have changed). */
function check() {
  const a = ui.audience;
  if (!a) return;
  if (recheck !== null) clearTimeout(recheck);
  recheck = null;
  a.pending = false;
  els.summary.classList.remove("stale");
  let result;
  try {
    result = rcs.renderTemplate(template(), a.csv, { now: Date.now(), maxMessages: ui.maxMessages });
  } catch (e) {
    els.summary.textContent = `${a.name}: ${e?.message ?? e}`;
    a.result = null;
    return;
  }
  a.result = result;
  a.stale = false;
  a.checked = JSON.stringify(template());
  drawAudience();
}

function drawAudience() {
  const a = ui.audience;
  clear(els.failed);
  if (!a?.result) {
    els.summary.textContent = "";
    return;
  }
  const r = a.result;
  const n = (x, one, many = `${one}s`) => `${x.toLocaleString("en")} ${x === 1 ? one : many}`;
  if (!r.template.valid) {
    els.summary.textContent = `${a.name}: ${n(r.template.issues.filter((i) => i.severity === "error").length, "template error")}: fix the template to check the rows.`;
    return;
  }
  const valid = r.rows.length - r.failed.length;
  els.summary.textContent = `${a.name}: ${n(r.rows.length, "row")}, ${valid.toLocaleString("en")} valid in ${n(r.requests.length, "request")} (${n(r.messages, "message")}), ${r.failed.length.toLocaleString("en")} failed`;
  els.summary.dataset.rows = r.rows.length;
  els.summary.dataset.failed = r.failed.length;
  let listed = 0;
  for (const row of r.rows) {
    if (row.valid) continue;
    if (listed++ >= LISTED) break;
    const problems = row.unreadable
      ? [h("li", { text: row.unreadable })]
      : row.issues.filter((i) => i.severity === "error").map((i) => {
        const el = document.querySelector(`#form [data-pointer="${CSS.escape(i.path)}"]`);
        const field = /^\/messages\/\d+\/destinations\/\d+\/to$/.test(i.path) ? `the number (column ${vars.destination})` : el ? fieldLabel(el) : i.path;
        return h("li", { dataset: { path: i.path, code: i.code } }, h("strong", { class: "field-name", text: field }), h("span", { text: `: ${i.message}` }));
      });
    els.failed.append(h("li", { class: "failed-row", dataset: { row: row.row } }, h("span", { class: "row-number", text: `Row ${row.row}` }), h("ul", {}, problems)));
  }
  if (r.failed.length > LISTED) els.failed.append(h("li", { class: "muted", text: `… and ${(r.failed.length - LISTED).toLocaleString("en")} more failing rows` }));
}

function sendReason() {
  const r = ui.audience?.result;
  if (!ui.audience) return "Drop an audience CSV first";
  if (ui.audience.pending) return "Checking the audience…";
  if (!r || !r.template.valid) return "Fix the template first";
  if (!r.requests.length) return "No row is valid";
  if (!state.conn.ok) return "Check the base URL";
  if (!keyInput.value) return "Enter the API key";
  if (ui.sending) return "Sending…";
  return "";
}

function sendButtonState() {
  const reason = sendReason();
  els.send.disabled = Boolean(reason);
  els.sendReason.textContent = reason || (ui.audience?.result ? `${ui.audience.result.messages.toLocaleString("en")} messages in ${ui.audience.result.requests.length} requests to ${state.conn.base}${ENDPOINTS.request}; failing rows are not sent` : "");
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs one request, retrying 429, 5xx and network errors with backoff. */
async function postWithRetry(base, key, body) {
  let last;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    last = await api.post(base, ENDPOINTS.request, key, body);
    const retry = last.networkError || last.status === 429 || last.status >= 500;
    if (!retry || attempt === ATTEMPTS) return { ...last, attempts: attempt };
    await sleep(Math.min(8000, 500 * 2 ** (attempt - 1)));
  }
  return last;
}

async function sendAudience() {
  if (sendReason()) return;
  const r = ui.audience.result;
  const { base } = state.conn;
  const key = keyInput.value;
  ui.sending = true;
  sendButtonState();
  els.progress.hidden = false;
  els.progress.max = r.requests.length;
  els.progress.value = 0;
  const outcomes = new Array(r.requests.length);
  let next = 0;
  const worker = async () => {
    while (next < r.requests.length) {
      const i = next++;
      const q = r.requests[i];
      const answer = await postWithRetry(base, key, q.body);
      const read = answer.networkError ? null : api.readAnswer(answer.status, answer.json, answer.text);
      outcomes[i] = { q, answer, read };
      els.progress.value = outcomes.filter(Boolean).length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, r.requests.length) }, worker));
  ui.sending = false;
  ui.sent = outcomes;
  els.progress.hidden = true;
  drawSent();
  sendButtonState();
}

function drawSent() {
  clear(els.result);
  const outcomes = ui.sent ?? [];
  const ok = outcomes.filter((o) => o.read?.ok);
  const bad = outcomes.filter((o) => !o.read?.ok);
  const messages = ok.reduce((n, o) => n + o.q.messages, 0);
  els.result.append(
    h("div", { class: ["answer-head", bad.length ? "bad" : "good"] }, h("strong", { dataset: { accepted: messages }, text: `${ok.length} of ${outcomes.length} requests accepted: ${messages.toLocaleString("en")} messages sent${ui.audience?.result?.failed.length ? `; ${ui.audience.result.failed.length} failing rows not sent` : ""}` })),
    h("ol", { class: "sent-requests" }, outcomes.map((o, i) => h("li", { class: o.read?.ok ? "good" : "bad", dataset: { request: i + 1 } },
      h("span", { text: `Request ${i + 1}: rows ${o.q.rows[0]}–${o.q.rows[o.q.rows.length - 1]}, ${o.q.messages} messages — ` }),
      o.read?.ok
        ? h("span", {}, h("span", { text: `accepted (HTTP ${o.answer.status})` }), o.read.bulkId ? h("code", { class: "bulk-id", text: ` ${o.read.bulkId}` }) : null)
        : h("span", { text: o.answer.networkError ?? `rejected (HTTP ${o.answer.status}${o.read?.errorCode ? ` ${o.read.errorCode}` : ""}): ${o.read?.description ?? ""}${o.answer.attempts > 1 ? ` after ${o.answer.attempts} attempts` : ""}` })))),
  );
}

// ---- after every edit ----------------------------------------------------------------------

const hooks = { refresh: () => {} };

/** Called by refresh() after every edit: the template's check, the counters, the audience. */
export function refreshVariables(refresh) {
  hooks.refresh = refresh;
  if (!els.list) {
    build();
    drawList();
  }
  for (const c of panel.querySelectorAll(".var-dest")) c.textContent = vars.destination || "to";
  let report;
  try {
    report = rcs.validateTemplate(template(), { now: Date.now() });
  } catch (e) {
    report = { valid: false, issues: [{ severity: "error", code: "internal", path: "", message: String(e?.message ?? e) }], fields: [] };
  }
  ui.report = report;
  drawIssues(report);
  drawRoom(report);
  if (ui.audience && (ui.audience.stale || !ui.audience.result || JSON.stringify(template()) !== ui.audience.checked)) scheduleCheck();
  drawPreviewChoices();
  insertState();
  sendButtonState();
  panel.dataset.placeholders = String(usesPlaceholders());
}
