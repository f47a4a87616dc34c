// The issues: placed at their fields, on the phone, in the Problems list and counts, and going to an issue's field.

import { h, icon, placeChildren } from "./dom.js";
import { parentPointer, toDotted } from "./pointer.js";
import { $, state, rcs, ADVICE, formParts, setText } from "./app-state.js";
import { rerender, refresh } from "./app-refresh.js";

/** The registered element for an issue at `pointer`: a field under it that the message
 * names in backticks (for "`text` is required" reported at the object), the pointer
 * itself, or its nearest registered ancestor. */
export function resolve(pointer, message) {
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

/** The form's label of the API field `name` named by an issue at `path` (generated labels,
 * src/labels.rs), or undefined when the form draws no such field there. */
function labelOf(name, path) {
  const reg = state.registry;
  const at = [`${path}/${name}`, path.endsWith(`/${name}`) ? path : null, `${parentPointer(path) ?? ""}/${name}`];
  for (const p of at) {
    const label = p && reg.get(p)?.label;
    if (label) return label;
  }
  return undefined;
}

/** `msg` (an issue's key and parameters) with each part that names a field
 * (`subject.field`) replaced by that field's label in the form, where it has one. */
function labelled(msg, path) {
  if (msg.key === "subject.field" && typeof msg.params?.field === "string") {
    const label = labelOf(msg.params.field, path);
    if (label) return label;
  }
  const params = {};
  for (const [k, p] of Object.entries(msg.params ?? {})) params[k] = typeof p === "object" && p !== null ? labelled(p, path) : p;
  return { key: msg.key, params };
}

/** The issue's message in the form's words: rendered from the package's message catalogue
 * (issue.msg, its key and parameters) with the fields it names as their labels in the
 * form, "`text` has 30 characters" at a chip reading "Chip text has 30 characters"; API
 * field names the sentence itself spells (in backticks) are written as labels too. Only
 * names the form draws at the issue's object are replaced; the rest stays as the catalogue
 * words it. An issue without `msg` (the API's own answers) keeps its message. */
export function formWords(issue) {
  const path = String(issue.path ?? "");
  const text = issue.msg ? rcs.renderMessage(labelled(issue.msg, path)) : String(issue.message ?? "");
  return text.replace(/`([A-Za-z][A-Za-z0-9_]*)`/g, (m, name) => labelOf(name, path) ?? m);
}

/** Where the issue is, in the form's words: "Card 2, Open URL 1: Chip text"; "" when the
 * form draws nothing for it. */
export function formPlace(issue) {
  const entry = resolve(issue.path, issue.message);
  if (!entry?.label) return "";
  return entry.where ? `${entry.where}: ${entry.label}` : entry.label;
}

/** The API's own words: the path (dotted, as the API's answers write it), the code and
 * the validator's message, for the details line and the tooltip. */
function apiDetails(issue) {
  return `${where(issue.path)}${issue.code ? ` · ${issue.code}` : ""}`;
}

/** What an issue says in the page: the form's words, or the API's for its own answers. */
const shownWords = (issue) => (issue.severity === "api" ? `API: ${issue.message}` : formWords(issue));
/** The tooltip of a field's issue: the API's path, code and message. */
const issueTitle = (issue) => (typeof issue.path === "string" ? `${apiDetails(issue)}: ${issue.message}` : undefined);

export function issueItem(issue) {
  const sev = issue.severity === "api" ? "api" : issue.severity;
  return h("li", { class: ["issue", sev], attrs: { title: issueTitle(issue) }, dataset: { code: issue.code ?? "" } },
    icon(sev === "warning" ? "warning" : "error"),
    h("span", { class: "issue-text", attrs: { dir: "auto" }, text: shownWords(issue) }));
}

/** A field's issue item kept from the last placement, given `issue`'s words (the same
 * issue, its message changed: "has 2,041 characters" becoming "has 2,042" on a key). */
function rewordIssueItem(li, issue) {
  setText(li.querySelector(".issue-text"), shownWords(issue));
  const title = issueTitle(issue);
  if (title === undefined) li.removeAttribute("title");
  else if (li.title !== title) li.title = title;
}

/** What the issues are, as one string: when it and the drawn form are the same as last
 * time, the fields, the Problems list and the counts stay as they are. */
function signature(issues) {
  return issues.map((i) => `${i.severity}\u0001${i.code}\u0001${i.path}\u0001${i.message}`).join("\u0002");
}
let placed = { sig: null, form: null };
/** The fields placeIssues() put an issue at last time (listed in their slot or marked). */
let marked = new Set();
let listed = null;
/** What each issue slot of the form lists now (the signature of its issues), and its items
 * by issue. */
const shown = new WeakMap();
const slotItems = new WeakMap();
/** Per slot, how many of its items are errors (the sections' counts add these up). */
const slotErrors = new WeakMap();

/** A key for `issue` that is not yet in `taken` (the same issue twice has two keys): what
 * it is and where (`place`: the field an item names, when it names one), not its words,
 * so that an issue whose message changes with a key (a count) keeps its item and only its
 * words are set again. */
function issueKey(issue, taken, place = "") {
  const base = `${issue.severity}\u0001${issue.code}\u0001${issue.path}\u0001${place}`;
  let n = 0;
  while (taken.has(`${base}\u0004${n}`)) n++;
  return `${base}\u0004${n}`;
}
/** The Problems list's items of the last drawing, by issue, for the form they were drawn for. */
let items = { form: null, byKey: new Map() };

export function placeIssues() {
  const issues = allIssues();
  const sig = signature(issues);
  const form = $("form").firstElementChild;
  if (placed.sig === sig && placed.form === form && form?.isConnected) return;
  const fresh = placed.form !== form || !form?.isConnected;
  placed = { sig, form };
  listed = null; // the counts read the fields' issues
  // what each slot lists and how each field is marked, then only what differs from what
  // the page shows is changed: a key that changes one issue rewrites one slot
  const bySlot = new Map();
  const wraps = new Map();
  const invalid = new Set();
  const now = new Set(); // the fields the issues are placed at
  for (const issue of issues) {
    const entry = resolve(issue.path, issue.message);
    if (!entry) continue;
    now.add(entry);
    if (!bySlot.has(entry.slot)) bySlot.set(entry.slot, []);
    bySlot.get(entry.slot).push(issue);
    if (!entry.wrap) {
      if (issue.severity !== "warning") invalid.add(entry.el);
      continue;
    }
    const mark = wraps.get(entry.wrap) ?? { error: false, warning: false };
    if (issue.severity !== "warning") {
      invalid.add(entry.el);
      mark.error = true;
    } else mark.warning = true;
    wraps.set(entry.wrap, mark);
  }
  // the fields visited: on a newly drawn form all of them; otherwise those with an issue
  // now or last time (the others list nothing and are not marked: a key on a 10-card
  // carousel visits a few fields, not every one of its hundreds)
  const visit = fresh ? state.registry.values() : new Set([...marked, ...now]);
  marked = now;
  for (const entry of visit) {
    const listedHere = bySlot.get(entry.slot) ?? [];
    const slotSig = signature(listedHere);
    if (shown.get(entry.slot) !== slotSig) {
      shown.set(entry.slot, slotSig);
      // an issue the slot lists already keeps its item
      const before = slotItems.get(entry.slot) ?? new Map();
      const listedNow = new Map();
      placeChildren(entry.slot, listedHere.map((issue) => {
        const key = issueKey(issue, listedNow);
        const kept = before.get(key);
        if (kept) rewordIssueItem(kept, issue);
        const li = kept ?? issueItem(issue);
        listedNow.set(key, li);
        return li;
      }));
      slotItems.set(entry.slot, listedNow);
      slotErrors.set(entry.slot, listedHere.filter((i) => i.severity !== "warning").length);
    }
    if (entry.el && invalid.has(entry.el) !== (entry.el.getAttribute("aria-invalid") === "true")) {
      if (invalid.has(entry.el)) entry.el.setAttribute("aria-invalid", "true");
      else entry.el.removeAttribute("aria-invalid");
    }
    if (entry.wrap) {
      const mark = wraps.get(entry.wrap) ?? { error: false, warning: false };
      if (entry.wrap.classList.contains("has-error") !== mark.error) entry.wrap.classList.toggle("has-error", mark.error);
      if (entry.wrap.classList.contains("has-warning") !== mark.warning) entry.wrap.classList.toggle("has-warning", mark.warning);
    }
  }
}

/** Marks the part of the phone each error is about (the deepest part drawn from a pointer
 * at or above the issue's). */
export function flagPreview() {
  // the first part drawn from each pointer; an issue's part is found by going up its path
  const parts = new Map();
  for (const el of $("preview").querySelectorAll("[data-pointer]")) if (!parts.has(el.dataset.pointer)) parts.set(el.dataset.pointer, el);
  const flags = new Map(); // part → the message of the last error about it
  for (const issue of allIssues()) {
    if (issue.severity === "warning" || typeof issue.path !== "string") continue;
    let p = issue.path;
    while (p !== null && !parts.has(p)) p = parentPointer(p);
    if (p !== null) flags.set(parts.get(p), issue.message);
  }
  // parts kept from the last drawing may carry last time's marks: only those that
  // differ are changed
  for (const el of $("preview").querySelectorAll(".flagged")) {
    if (flags.has(el)) continue;
    el.classList.remove("flagged");
    if ("baseTitle" in el.dataset) {
      if (el.dataset.baseTitle) el.title = el.dataset.baseTitle;
      else el.removeAttribute("title");
      delete el.dataset.baseTitle;
    }
  }
  for (const [el, message] of flags) {
    if (!("baseTitle" in el.dataset)) el.dataset.baseTitle = el.getAttribute("title") ?? "";
    if (!el.classList.contains("flagged")) el.classList.add("flagged");
    if (el.title !== message) el.title = message;
  }
}

function where(pointer) {
  const d = toDotted(pointer);
  return d || "request";
}

export function summary() {
  const issues = allIssues();
  const sig = `${signature(issues)}\u0003${state.model?.messages?.length}`;
  if (listed === sig) return;
  listed = sig;
  const errors = issues.filter((i) => i.severity !== "warning").length;
  const warnings = issues.length - errors;
  const list = $("summary");
  // an issue listed last time keeps its item (nothing is laid out anew for it); the items
  // name fields by the drawn form's labels, so a redrawn form draws them all again
  const form = $("form").firstElementChild;
  if (items.form !== form) items = { form, byKey: new Map() };
  const byKey = new Map();
  const nodes = issues.map((issue) => {
    // the field the item names is part of its key: two issues of one code at one object
    // ("`text` is required", "`postbackData` is required") name different fields
    const place = formPlace(issue);
    const key = issueKey(issue, byKey, place);
    const kept = items.byKey.get(key);
    const li = kept ?? summaryItem(issue, place);
    if (kept) {
      // the same issue, its words perhaps changed by the key: set in place
      const msg = li.querySelector(".summary-msg");
      setText(msg, shownWords(issue));
      if (msg && msg.title !== issue.message) msg.title = issue.message;
    }
    summaryIssue.set(li.firstElementChild, issue);
    byKey.set(key, li);
    return li;
  });
  items.byKey = byKey;
  if (!issues.length) nodes.push(h("li", { class: "all-good" }, icon("check"), h("span", { text: "No problems: rcs-kit finds nothing wrong with this request." })));
  placeChildren(list, nodes);
  setText($("problems-count"), [errors && `${errors} error${errors === 1 ? "" : "s"}`, warnings && `${warnings} warning${warnings === 1 ? "" : "s"}`].filter(Boolean).join(" · "));
  const status = $("status");
  const statusText = errors ? `${errors} error${errors === 1 ? "" : "s"}${warnings ? ` · ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}` : warnings ? `Valid · ${warnings} warning${warnings === 1 ? "" : "s"}` : "Valid";
  if (status.textContent !== statusText || !status.classList.contains(errors ? "bad" : warnings ? "warn" : "good")) {
    status.className = `status ${errors ? "bad" : warnings ? "warn" : "good"}`;
    status.replaceChildren(icon(errors ? "error" : warnings ? "warning" : "check"), h("span", { text: statusText }));
  }
  // per-message badges on the tabs, per-section counts
  for (const b of formParts("[data-tab-badge]")) {
    const i = b.dataset.tabBadge;
    const n = issues.filter((x) => x.severity !== "warning" && (x.path === `/messages/${i}` || x.path.startsWith(`/messages/${i}/`))).length;
    setText(b, n ? String(n) : "");
    if (b.classList.contains("on") !== n > 0) b.classList.toggle("on", n > 0);
  }
  for (const el of formParts("[data-count-for]")) {
    const n = sectionSlots(el).reduce((k, slot) => k + (slotErrors.get(slot) ?? 0), 0);
    setText(el, n ? `${n} error${n === 1 ? "" : "s"}` : "");
    if (el.classList.contains("on") !== n > 0) el.classList.toggle("on", n > 0);
  }
}

/** The issue each Problems list button goes to (the newest words of a kept item). */
const summaryIssue = new WeakMap();

/** A Problems list item: where (`place`, formPlace() in the form's words), what, and the
 * API's path and code. */
function summaryItem(issue, place) {
  return h("li", {},
    h("button", { class: ["summary-item", issue.severity === "warning" ? "warning" : issue.severity === "api" ? "api" : "error"], attrs: { type: "button" }, dataset: { path: issue.path, code: issue.code ?? "" }, on: { click: (e) => goTo(summaryIssue.get(e.currentTarget)) } },
      icon(issue.severity === "warning" ? "warning" : "error"),
      h("span", { class: "summary-text" },
        place ? h("span", { class: "summary-place", attrs: { dir: "auto" }, text: place }) : null,
        h("span", { class: "summary-msg", attrs: { dir: "auto", title: issue.message }, text: shownWords(issue) }),
        h("span", { class: "summary-where", attrs: { dir: "ltr" }, text: apiDetails(issue) }))));
}

/** The issue slots of the section whose count is `el` (found once per drawing of the form). */
const slotsOf = new WeakMap();
function sectionSlots(el) {
  if (!slotsOf.has(el)) slotsOf.set(el, [...(el.closest("details")?.querySelectorAll(".field-issues") ?? [])]);
  return slotsOf.get(el);
}

/** Scrolls to the field of `issue` and focuses it (switching message, opening sections). */
export function goTo(issue) {
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
