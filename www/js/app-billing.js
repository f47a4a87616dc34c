// The billing badge (predictBilling()) and the SMS failover tools (smsParts(), failoverText()), filled in after every edit.

import { h } from "./dom.js";
import { parsePointer, getIn } from "./pointer.js";
import { rcs, state, formPart, formParts, setText } from "./app-state.js";

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What each billing badge shows (a new drawing of the form has a new badge). */
const badgeShows = new WeakMap();

/** Fills the billing badge of the current message from `predictBilling()`: the traffic
 * type, the segments of a US RICH message, the market, and the reason (also its title). */
export function billing() {
  const badge = formPart("[data-billing]");
  if (!badge) return;
  const market = state.ui.market;
  let p;
  try {
    p = rcs.predictBilling(state.model, { market })[state.active];
  } catch (e) {
    p = { trafficType: null, reason: `no prediction: ${e && e.message ? e.message : e}`, market: market === "auto" ? "global" : market };
  }
  p ??= { trafficType: null, reason: "no message to predict", market: market === "auto" ? "global" : market };
  const type = p.trafficType;
  const us = p.market === "us";
  const head = `${type ?? "Not predicted"}${typeof p.segments === "number" ? ` · ${plural(p.segments, "segment")}` : ""}${us ? " (US)" : p.market === "in" ? " (India)" : ""}`;
  const auto = formPart(".billing-market option[value=auto]");
  if (auto) setText(auto, market === "auto" ? `Auto (${us ? "US" : p.market === "in" ? "India" : "Global"})` : "Auto");
  // the same prediction as last time (most keys): the badge stays as it is
  const shown = JSON.stringify([type, head, p.market, p.reason]);
  if (badgeShows.get(badge) === shown) return;
  badgeShows.set(badge, shown);
  badge.className = `billing-badge t-${type ? type.toLowerCase().replace("_", "-") : "none"}`;
  badge.dataset.trafficType = type ?? "";
  badge.dataset.market = p.market;
  badge.title = p.reason;
  badge.replaceChildren(
    h("span", { class: "billing-type", text: head }),
    h("span", { class: "billing-reason", text: ` — ${p.reason}` }));
}

export function derivedFailover() {
  try {
    const t = rcs.failoverText(state.model)[state.active];
    return typeof t === "string" ? t : null;
  } catch {
    return null;
  }
}

/** The SMS parts beside the failover text (`smsParts()`), and whether the derived text
 * would change it. */
export function smsFailoverTools() {
  for (const label of formParts("[data-sms-parts]")) {
    const text = getIn(state.model, parsePointer(label.dataset.smsParts));
    if (typeof text !== "string") {
      setText(label, "");
      label.removeAttribute("title");
      continue;
    }
    const sms = rcs.smsParts(text);
    setText(label, `${plural(sms.parts, "SMS part")} (${sms.encoding})`);
    const title = `${plural(sms.units, sms.encoding === "GSM-7" ? "GSM-7 septet" : "UCS-2 unit")}, up to ${sms.perPart} per part`;
    if (label.title !== title) label.title = title;
    const near = sms.parts > state.limits.sms_failover.parts.max;
    if (label.classList.contains("near") !== near) label.classList.toggle("near", near);
  }
  const derive = formPart("[data-derive-failover]");
  if (derive) {
    const derived = derivedFailover();
    const current = getIn(state.model, parsePointer(derive.dataset.deriveFailover));
    const disabled = !derived || derived === current;
    if (derive.disabled !== disabled) derive.disabled = disabled;
    const title = !derived ? "This content has no text to derive an SMS from" : derived === current ? "The field holds the derived text" : `Derived: ${derived}`;
    if (derive.title !== title) derive.title = title;
  }
}
