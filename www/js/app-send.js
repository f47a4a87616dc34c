// Send and the events: their buttons' state, the requests, and the answers (violations placed on their fields).

import { h, icon, clear } from "./dom.js";
import * as api from "./api.js";
import { EventContentType, ENDPOINTS } from "/pkg/src/generated/data.js";
import { $, rcs, state } from "./app-state.js";
import { refresh } from "./app-refresh.js";
import { resolve, issueItem, goTo } from "./app-issues.js";
import { keyInput } from "./app-connection.js";
import { sendTarget } from "./app-endpoint.js";

export function sendState() {
  const errors = state.report.issues.filter((i) => i.severity === "error").length;
  const btn = $("send");
  const target = sendTarget();
  let reason = "";
  if (errors) reason = `Fix ${errors} error${errors === 1 ? "" : "s"} to send`;
  else if (target.reason) reason = target.reason;
  else if (!state.conn.ok) reason = "Check the base URL";
  else if (!keyInput.value) reason = "Enter the API key";
  else if (state.sending) reason = "Sending…";
  btn.disabled = Boolean(reason);
  btn.title = reason || `POST ${state.conn.base}${target.path}`;
  $("send-reason").textContent = reason;
}

/** The answer as nodes (never a null: replaceChildren would write it as the text "null"). */
function answerView(answer, status, options) {
  return answerParts(answer, status, options).filter(Boolean);
}

function answerParts(answer, status, { onViolation } = {}) {
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
  const { path, body } = sendTarget();
  if (!path) return;
  state.sending = true;
  sendState();
  const panel = $("response");
  panel.hidden = false;
  panel.replaceChildren(h("div", { class: "answer-head" }, icon("send"), h("strong", { text: `Sending to ${c.base}${path}…` })));
  const answer = await api.post(c.base, path, keyInput.value, body);
  state.sending = false;
  state.apiIssues = violationIssues(answer, answer.status);
  panel.replaceChildren(...answerView(answer, answer.status, { onViolation: (v) => {
    const issue = state.apiIssues.find((i) => i.message.startsWith(v.violation));
    if (issue) goTo(issue);
  } }));
  refresh();
  // the answer takes the focus (Send is disabled while sending, so the focus would fall to
  // the page): a screen reader reads it, Tab goes on from it
  panel.setAttribute("tabindex", "-1");
  panel.scrollIntoView({ block: "nearest", behavior: "instant" });
  panel.focus({ preventScroll: true });
});

// ---- events ------------------------------------------------------------------------------

/** The event type chosen: one of the two radios of index.html, read by id (not a query of
 * the whole page, which eventsState() would make on every key). */
const eventType = () => ($("ev-seen").checked ? $("ev-seen") : $("ev-typing")).value;

function eventBody() {
  const m = Array.isArray(state.model.messages) ? state.model.messages[state.active] : undefined;
  const type = eventType();
  const content = type === EventContentType.SEEN ? { type, messageId: $("ev-message-id").value } : { type };
  return { events: [{ sender: m?.sender, destinations: m?.destinations, content }] };
}

let eventsShown = null;

export function eventsState() {
  const seen = eventType() === EventContentType.SEEN;
  // the events body and the connection as they were last time: nothing to do again
  const body = eventBody();
  const sig = JSON.stringify([body, state.conn.ok, Boolean(keyInput.value)]);
  if (sig === eventsShown) return;
  eventsShown = sig;
  $("ev-id-field").hidden = !seen;
  const report = rcs.validate(body, { kind: "events" });
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
  const answer = await api.post(c.base, ENDPOINTS.events, keyInput.value, JSON.stringify(body));
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
