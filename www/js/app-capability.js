// The capability check of the current message's recipients: "Check capability" posts
// `POST {baseUrl}/rcs/2/capability-check/query` with the message's sender and destination
// numbers, then shows a badge per number with the code the API answered. For numbers that
// cannot receive RCS it offers the SMS failover with the text derived from the message
// (`failoverText()`, the same text as "Use text derived from the message").
//
// The form draws the button and an empty output (form-messages.js); this module fills them
// after every edit, from `state.capability`.

import { CapabilityCode, ENDPOINTS } from "/pkg/src/generated/data.js";
import { h, icon } from "./dom.js";
import * as api from "./api.js";
import { getIn, setIn } from "./pointer.js";
import { $, rcs, state, formPart, setText } from "./app-state.js";
import { ctx } from "./app-refresh.js";
import { derivedFailover } from "./app-billing.js";
import { keyInput } from "./app-connection.js";

export const CAPABILITY_PATH = ENDPOINTS["capability-query"];

// The one code the page tells apart: the number can receive RCS. Every other code the API
// answers (UNREACHABLE, REJECTED_NETWORK, ..., and codes added later) is shown as it came,
// as a number that cannot receive RCS now.
const { ENABLED } = CapabilityCode;

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The query for the current message: its sender and its destinations' numbers. */
function query() {
  const m = Array.isArray(state.model.messages) ? state.model.messages[state.active] : undefined;
  const destinations = Array.isArray(m?.destinations) ? m.destinations : [];
  return { sender: m?.sender, phoneNumbers: destinations.map((d) => d?.to) };
}

/** Why the button is disabled ("" when it is not). */
function reason(q) {
  if (state.capability?.checking) return "Checking…";
  if (!q.phoneNumbers.length) return "Add a recipient to check";
  let report;
  try {
    report = rcs.validate(q, { kind: "capability-query" });
  } catch (e) {
    return `Cannot check: ${e && e.message ? e.message : e}`;
  }
  if (report.issues.some((i) => i.severity === "error")) return "Fix the sender and the recipients' numbers first";
  if (!state.conn.ok) return "Check the base URL";
  if (!keyInput.value) return "Enter the API key";
  return "";
}

/** Posts the query for the current message, then shows its answer. */
export async function checkCapability() {
  const q = query();
  if (reason(q)) return;
  const active = state.active;
  const key = JSON.stringify(q);
  const base = state.conn.base;
  state.capability = { active, key, base, checking: true, count: q.phoneNumbers.length };
  capabilityTools();
  const answer = await api.post(base, CAPABILITY_PATH, keyInput.value, key);
  state.capability = {
    active,
    key,
    base,
    checking: false,
    networkError: answer.networkError,
    status: answer.status,
    answer: answer.networkError ? null : api.readCapabilityAnswer(answer.status, answer.json, answer.text),
  };
  capabilityTools();
}

/** Fills the button's state and the output from `state.capability` (after every edit). */
export function capabilityTools() {
  const btn = formPart("[data-check-capability]");
  const out = formPart("[data-capability-out]");
  if (!btn || !out) return;
  const q = query();
  const why = reason(q);
  btn.disabled = Boolean(why);
  const title = why || `POST ${state.conn.base}${CAPABILITY_PATH} for ${plural(q.phoneNumbers.length, "number")}`;
  if (btn.title !== title) btn.title = title;
  const hint = formPart("[data-capability-reason]");
  if (hint) setText(hint, why === "Checking…" ? "" : why);
  const c = state.capability;
  if (!c || c.active !== state.active) {
    if (out.firstChild) out.replaceChildren();
    return;
  }
  if (c.checking) {
    out.replaceChildren(h("p", { class: "capability-note", text: `Checking ${plural(c.count, "number")} at ${c.base}…` }));
    return;
  }
  out.replaceChildren(...view(c, JSON.stringify(q) !== c.key).filter(Boolean));
}

function view(c, stale) {
  if (c.networkError) {
    return [h("div", { class: "capability-error" }, icon("error"), h("strong", { text: "Not checked" })), h("p", { class: "capability-note", text: c.networkError })];
  }
  const a = c.answer;
  if (!a.ok) {
    const numbers = JSON.parse(c.key).phoneNumbers;
    return [
      h("div", { class: "capability-error" }, icon("error"), h("strong", { text: `Not checked · HTTP ${c.status}${a.errorCode ? ` · ${a.errorCode}` : ""}` })),
      a.description ? h("p", { class: "capability-note", text: a.description }) : null,
      a.violations.length
        ? h("ul", { class: "violations" }, a.violations.map((v) => h("li", {}, h("code", { text: where(v.property, numbers) }), h("span", { text: ` ${v.violation}` }))))
        : null,
    ];
  }
  const cannot = a.results.filter((r) => r.code !== ENABLED);
  return [
    stale ? h("p", { class: "capability-note stale", text: "The sender or the recipients changed since this check: check again." }) : null,
    h("ul", { class: ["capability-list", stale && "stale"], attrs: { "aria-label": "RCS capability of each recipient" } }, a.results.map(item)),
    cannot.length && !stale ? failover(cannot.length, a.results.length) : null,
  ];
}

/** Where a violation is, for a person: `phoneNumbers[1]` is recipient 2 (and its number). */
function where(property, numbers) {
  const m = /^phoneNumbers\[(\d+)\]/.exec(property);
  if (m) return `Recipient ${Number(m[1]) + 1}${typeof numbers[m[1]] === "string" ? ` (${numbers[m[1]]})` : ""}`;
  return property || "(request)";
}

function item(r) {
  const ok = r.code === ENABLED;
  const meaning = ok ? "can receive RCS" : "cannot receive RCS now";
  return h("li", { class: "capability-item", dataset: { phoneNumber: r.phoneNumber, code: r.code } },
    h("span", { class: "capability-number", text: r.phoneNumber }),
    h("span", { class: ["capability-badge", ok ? "ok" : "no"], attrs: { title: `${r.code}: ${meaning}` } },
      icon(ok ? "check" : "blocked"),
      h("span", { class: "capability-code" }, breakable(r.code || "(no code)")),
      h("span", { class: "sr-only", text: `: ${meaning}` })));
}

/** A code as text that may break after its underscores (REJECTED_ROUTE_NOT_<wbr>AVAILABLE
 * on a narrow phone), not inside a word. */
function breakable(code) {
  return code.split("_").flatMap((part, i, all) => (i < all.length - 1 ? [`${part}_`, h("wbr")] : [part]));
}

/** The one-click SMS failover for a message some of whose numbers cannot receive RCS. */
function failover(cannot, all) {
  const m = ["messages", state.active];
  const options = getIn(state.model, [...m, "options"]);
  const derived = derivedFailover();
  const current = getIn(state.model, [...m, "options", "smsFailover", "text"]);
  let label = "Add SMS failover";
  let why = "";
  if (options && typeof options === "object" && options.mmsFailover !== undefined) why = "This message fails over to MMS (Message options)";
  else if (!derived) why = "This content has no text to derive an SMS from";
  else if (current === derived) why = "The SMS failover has the text derived from the message";
  else if (current !== undefined) label = "Use the derived text for the SMS failover";
  const done = current === derived && Boolean(derived);
  return h("div", { class: "capability-failover" },
    h("p", { class: "capability-note", text: `${cannot} of ${plural(all, "number")} cannot receive RCS now: an SMS failover reaches them instead.` }),
    h("div", { class: "field-tools" },
      h("button", {
        class: "btn small with-icon",
        attrs: { type: "button", title: why || `SMS text: ${derived}` },
        dataset: { key: "capability-failover", capabilityFailover: "" },
        disabled: Boolean(why),
        on: { click: () => addFailover() },
      }, icon(done ? "check" : "sms"), h("span", { text: done ? "SMS failover set" : label })),
      why && !done ? h("span", { class: "hint", text: why }) : null));
}

/** Sets the current message's `options.smsFailover.text` to the derived text (keeping the
 * failover's other fields), and opens the section that shows it. */
function addFailover() {
  const text = derivedFailover();
  if (typeof text !== "string" || text === "") return;
  setIn(state.model, ["messages", state.active, "options", "smsFailover", "text"], text);
  // the redraw reads each section's state from the page, so open it there
  const section = $("form").querySelector('details[data-section="delivery"]');
  if (section) section.open = true;
  state.ui.open.add("delivery");
  state.ui.closed.delete("delivery");
  ctx.commit(true, "capability-failover");
}
