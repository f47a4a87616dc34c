// Keeping the page in step with the model: the form's context, redrawing the form, and refresh() after every edit.

import { renderForm } from "./form.js";
import { h } from "./dom.js";
import { renderPreview } from "./preview.js";
import { $, rcs, state, saveDraft } from "./app-state.js";
import { billing, derivedFailover, smsFailoverTools } from "./app-billing.js";
import { placeIssues, summary, flagPreview } from "./app-issues.js";
import { sendState, eventsState } from "./app-send.js";
import { capabilityTools, checkCapability } from "./app-capability.js";
import { refreshVariables, previewModel } from "./app-variables.js";
import { History } from "./app-history.js";
import { getIn, parsePointer } from "./pointer.js";
import { endpointJson, placeNotes } from "./app-endpoint.js";

export const ctx = {
  get model() {
    return state.model;
  },
  get active() {
    return state.active;
  },
  limits: state.limits,
  registry: state.registry,
  ui: state.ui,
  changed: (pointer) => {
    state.apiIssues = [];
    state.edit = { pointer, typing: true };
    refresh();
  },
  commit: (structural, focusKey) => {
    state.apiIssues = [];
    state.edit = { pointer: focusKey ?? null, typing: false };
    if (structural) rerender(focusKey);
    refresh();
  },
  /** The market select: billing, and India's rules in the advice. */
  billingChanged: () => refresh(),
  /** The SMS text derived from the current message's content, or null. */
  derivedFailover: () => derivedFailover(),
  /** "Check capability": the current message's recipients, through the API. */
  checkCapability: () => checkCapability(),
  setActive: (i) => {
    state.active = Math.max(0, i);
    rerender(`tab-${state.active}`);
    refresh();
  },
};

/** Draws the form again (after a structural edit), keeping the scroll position and the
 * focus on the element with the same key. */
export function rerender(focusKey) {
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

const json = () => JSON.stringify(state.model, null, 2);

// The JSON view in blocks of 40 lines, each a span (display: block) holding one text node
// and nothing else (no markup is ever made from the body): a key changes one line, and
// only the block holding it is set again and laid out anew, not 27 KB of text. Blocks off
// screen are not laid out at all (content-visibility). Its textContent is the body, exactly.
const LINES = 40;
let jsonBlocks = [];

function jsonView(text) {
  const view = $("json-view");
  const lines = text.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i += LINES) {
    const part = lines.slice(i, i + LINES).join("\n");
    blocks.push(i + LINES < lines.length ? `${part}\n` : part);
  }
  const ours = (n) => n.nodeType === Node.ELEMENT_NODE && n.className === "json-block" && n.childNodes.length === 1 && n.firstChild.nodeType === Node.TEXT_NODE;
  if (view.childNodes.length !== jsonBlocks.length || ![...view.childNodes].every(ours)) {
    view.replaceChildren();
    jsonBlocks = [];
  }
  blocks.forEach((b, i) => {
    if (jsonBlocks[i] === b) return;
    const block = view.childNodes[i];
    if (block) block.firstChild.data = b;
    else view.append(h("span", { class: "json-block" }, b));
  });
  while (view.childNodes.length > blocks.length) view.lastChild.remove();
  jsonBlocks = blocks;
}

/** The Undo and Redo buttons: enabled when there is a step, with what they do as title. */
export function historyTools() {
  const h = state.history;
  const undo = $("undo");
  const redo = $("redo");
  undo.disabled = !h?.canUndo();
  redo.disabled = !h?.canRedo();
  undo.title = undo.disabled ? "Nothing to undo" : `Undo the last change (Ctrl+Z) · ${h.past.length} step${h.past.length === 1 ? "" : "s"} kept`;
  redo.title = redo.disabled ? "Nothing to redo" : "Redo (Ctrl+Shift+Z)";
}

/** Undo (`back`) or redo: the model as it was, the form redrawn, the focus on the field the
 * step changed when it is still there. */
export function step(back) {
  const h = state.history;
  if (!h) return false;
  const s = back ? h.undo(state.active) : h.redo(state.active);
  if (!s) return false;
  state.model = JSON.parse(h.current);
  const n = Array.isArray(state.model.messages) ? state.model.messages.length : 0;
  state.active = Math.max(0, Math.min(s.active ?? state.active, n - 1));
  state.apiIssues = [];
  state.undoing = true;
  try {
    const prevKey = document.activeElement?.dataset?.key;
    rerender(s.pointer ?? prevKey);
    if (document.activeElement === document.body && prevKey) rerender(prevKey);
    refresh();
  } finally {
    state.undoing = false;
  }
  return true;
}

/** Required markers that follow cross-field rules: "required" instead of "optional" while
 * the deciding field has the value (REQUIRED_WHEN, generated from the rules). */
let marked = { form: null, fields: [] };
function requiredMarkers() {
  const form = $("form").firstElementChild;
  if (marked.form !== form) {
    // each marker with its deciding field's path, parsed once per drawing of the form
    const fields = [...$("form").querySelectorAll("[data-required-if]")];
    marked = { form, fields: fields.map((w) => ({ w, path: parsePointer(w.dataset.requiredIf), equals: w.dataset.requiredEquals })) };
  }
  for (const { w, path, equals } of marked.fields) {
    const on = getIn(state.model, path) === equals;
    if (w.classList.contains("is-required") === on) continue;
    w.classList.toggle("is-required", on);
    w.querySelector("input, select, textarea")?.setAttribute("aria-required", String(on));
  }
}

// While typing, the Variables panel (a second check of the whole message, as a template,
// about 2 ms a key on a big carousel) and the billing badge (a prediction over the whole
// request) wait until the key's frame is painted: a key paints its field, the preview, the
// JSON view, the Problems list and Send first. Never
// more than one edit behind: a newer refresh() replaces the waiting work, any click runs it
// first, and it runs within 100 ms in any case (also in a hidden tab, which paints nothing).
// <html data-settled> is "false" while it waits (tests wait for "true").
let waiting = null;
let idleAsked = false;

/** Runs the work refresh() left for after the paint, if any (before anything reads it). */
function settle() {
  const work = waiting;
  waiting = null;
  work?.();
  document.documentElement.dataset.settled = "true";
}

function afterPaint(work) {
  waiting = work;
  document.documentElement.dataset.settled = "false";
  if (idleAsked) return;
  idleAsked = true;
  // when the main thread is idle after the frame; at most 100 ms later in any case
  requestIdleCallback(() => {
    idleAsked = false;
    settle();
  }, { timeout: 100 });
}

// a click (Send, Render, Copy…) reads what is current
document.addEventListener("pointerdown", settle, { capture: true });
document.addEventListener("click", settle, { capture: true });

export function refresh() {
  // what a previous refresh() left for later is done again below, from the newer state
  waiting = null;
  const typing = Boolean(state.edit?.typing);
  const text = json();
  let report;
  try {
    report = rcs.validate(state.model, state.advice ? { advice: true, market: state.ui.market } : undefined);
  } catch (e) {
    report = { valid: false, issues: [{ severity: "error", code: "internal", path: "", message: String(e && e.message ? e.message : e) }] };
  }
  state.report = report;
  placeIssues();
  placeNotes();
  requiredMarkers();
  summary();
  // the Variables panel keeps the preview's mode (as written, the samples, a row): drawn
  // before the preview, or while typing after the paint; so is the billing badge (a
  // prediction over the whole request, away from the field typed in)
  const panels = () => {
    refreshVariables(refresh);
    billing();
  };
  if (typing) afterPaint(panels);
  else panels();
  renderPreview($("preview"), previewModel(), state.active, { typing: state.typing, device: state.device });
  flagPreview();
  jsonView(endpointJson(text));
  state.history ??= new History(text);
  if (!state.undoing) state.history.note(text, state.active, state.edit);
  state.edit = null;
  historyTools();
  smsFailoverTools();
  sendState();
  eventsState();
  capabilityTools();
  saveDraft(text);
}
