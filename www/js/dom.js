// DOM building without HTML strings: every text goes through textContent, every attribute
// through setAttribute with a fixed name. Nothing here (or anywhere in the page) parses
// HTML from data.

import { SuggestionType } from "/pkg/src/generated/data.js";

/**
 * `h("button", {class: "x", text: "Go", attrs: {type: "button"}, on: {click}}, ...children)`.
 * Children: nodes, strings (become text nodes), arrays, or null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

function applyProps(el, props) {
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = Array.isArray(v) ? v.filter(Boolean).join(" ") : v;
    else if (k === "text") el.textContent = v;
    else if (k === "attrs") for (const [a, av] of Object.entries(v)) {
      if (av === undefined || av === null || av === false) continue;
      if (/^on/i.test(a) || a === "href" || a === "src" || a === "style") throw new Error(`attribute ${a} is set through a checked helper only`);
      el.setAttribute(a, av === true ? "" : String(av));
    }
    else if (k === "dataset") for (const [a, av] of Object.entries(v)) {
      if (av !== undefined && av !== null) el.dataset[a] = String(av);
    }
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === "value") el.value = v;
    else if (k === "checked") el.checked = v;
    else if (k === "disabled") el.disabled = v;
    else throw new Error(`unknown prop ${k}`);
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Makes `nodes` the children of `parent`, moving only those not already in place (a node
 * that stays is not laid out or painted again). */
export function placeChildren(parent, nodes) {
  nodes.forEach((n, i) => {
    const at = parent.childNodes[i] ?? null;
    if (at !== n) parent.insertBefore(n, at);
  });
  while (parent.childNodes.length > nodes.length) parent.lastChild.remove();
}

/** Removes every child of `el`. */
export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** The URL as the browser would read it, if it is an absolute http(s) URL; else null.
 * Only such URLs ever become an href or a src. */
export function httpUrl(value) {
  if (typeof value !== "string" || value === "") return null;
  let u;
  try {
    u = new URL(value);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  if (u.username || u.password) return null;
  return u;
}

/** A link to an http(s) URL (opens in a new tab, no referrer, no opener), or a plain span
 * when the URL is anything else. */
export function safeLink(url, props, ...children) {
  const u = httpUrl(url);
  if (!u) return h("span", props, ...children);
  const a = h("a", props, ...children);
  a.href = u.href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  a.referrerPolicy = "no-referrer";
  return a;
}

const failedImages = new Set();

/** An image from an http(s) URL, or null. `onFail` runs when it does not load. */
export function safeImage(url, { alt = "", className, onFail } = {}) {
  const u = httpUrl(url);
  if (!u) return null;
  const img = document.createElement("img");
  img.alt = alt;
  if (className) img.className = className;
  img.referrerPolicy = "no-referrer";
  img.decoding = "async";
  img.draggable = false;
  // an image that did not load is not asked for again (the browser keeps no failure): the
  // preview is redrawn on every key, and would fetch a broken URL each time
  if (failedImages.has(u.href)) {
    img.dataset.failed = u.href;
    if (onFail) queueMicrotask(() => onFail(img));
    return img;
  }
  img.addEventListener("error", () => {
    failedImages.add(u.href);
    onFail?.(img);
  }, { once: true });
  img.src = u.href;
  return img;
}

const SVG = "http://www.w3.org/2000/svg";

// Icons: 24×24 stroke paths (drawn for this page), built with createElementNS.
const ICONS = {
  reply: ["M9 14 4 9l5-5", "M4 9h10.5a5.5 5.5 0 0 1 0 11H11"],
  link: ["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M3.6 9h16.8", "M3.6 15h16.8", "M12 3a14 14 0 0 1 0 18", "M12 3a14 14 0 0 0 0 18"],
  phone: ["M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"],
  pin: ["M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21Z", "M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z"],
  locate: ["M12 19a7 7 0 1 0 0-14 7 7 0 0 0 0 14Z", "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z", "M12 2v3", "M12 19v3", "M2 12h3", "M19 12h3"],
  calendar: ["M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z", "M4 10h16", "M8 3v4", "M16 3v4", "M12 13v4", "M10 15h4"],
  image: ["M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z", "m3 16 5-5 4 4 3-3 6 6", "M15.5 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"],
  play: ["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "m10 8.5 5.5 3.5-5.5 3.5Z"],
  file: ["M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8Z", "M14 3v5h5", "M9 13h6", "M9 17h6"],
  audio: ["M9 18V6l11-2v12", "M6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z", "M17 19a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z"],
  blocked: ["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "m5.6 5.6 12.8 12.8"],
  up: ["m6 15 6-6 6 6"],
  down: ["m6 9 6 6 6-6"],
  remove: ["M6 6l12 12", "M18 6 6 18"],
  plus: ["M12 5v14", "M5 12h14"],
  copy: ["M9 9h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1Z", "M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"],
  send: ["M4 12 20 4l-6 16-3-7Z", "m11 13 9-9"],
  back: ["M15 5l-7 7 7 7"],
  more: ["M12 6.5v.01", "M12 12v.01", "M12 17.5v.01"],
  check: ["m5 12.5 4.5 4.5L19 7"],
  error: ["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M12 7.5v5.5", "M12 16.5v.01"],
  warning: ["M10.3 4.2 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0Z", "M12 9.5v4", "M12 17v.01"],
  verified: ["m8.5 12.5 2.5 2.5 5-5.5", "M12 3l2.4 1.8 3-.1.9 2.8 2.4 1.8-.9 2.8.9 2.8-2.4 1.8-.9 2.8-3-.1L12 21l-2.4-1.8-3 .1-.9-2.8L3.3 14.6l.9-2.8-.9-2.8 2.4-1.8.9-2.8 3 .1Z"],
  sms: ["M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z", "M8 10h8", "M8 13h5"],
  clock: ["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z", "M12 7v5l3 2"],
  eye: ["M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z", "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z"],
  dots: ["M6 12v.01", "M12 12v.01", "M18 12v.01"],
  upload: ["M12 16V4", "m7 9 5-5 5 5", "M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3"],
};

/** Sets the text of `el` only when it differs. An element holding one text node keeps it
 * and has its data set, so only the changed text is laid out again; otherwise (or for "")
 * its children are replaced by the text.
 *
 * `setText(counter, "26/25")` */
export function setText(el, text) {
  if (!el) return;
  const node = el.firstChild;
  if (text !== "" && node && node === el.lastChild && node.nodeType === Node.TEXT_NODE) {
    if (node.data !== text) node.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

/** An inline SVG icon (decorative: aria-hidden). */
export function icon(name, className = "icon") {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", className);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const d of ICONS[name] ?? ICONS.dots) {
    const p = document.createElementNS(SVG, "path");
    p.setAttribute("d", d);
    svg.append(p);
  }
  return svg;
}

/** The icon of each suggestion type. */
export const SUGGESTION_ICONS = {
  [SuggestionType.REPLY]: "reply",
  [SuggestionType.OPEN_URL]: "link",
  [SuggestionType.DIAL_PHONE]: "phone",
  [SuggestionType.SHOW_LOCATION]: "pin",
  [SuggestionType.REQUEST_LOCATION]: "locate",
  [SuggestionType.CREATE_CALENDAR_EVENT]: "calendar",
};

/** Length in Unicode scalar values, as rcs-kit counts. */
export function charCount(s) {
  let n = 0;
  for (const _ of String(s)) n++;
  return n;
}

/**
 * Makes the children of `parent` those of `kids` (nodes just built), changing only what
 * differs: an unchanged node stays (and is not laid out or painted again), a changed text
 * or attribute is set in place, a node of another kind is replaced. A node of `kids` that
 * is already in `parent`'s tree (a part kept from the last drawing) is moved, never copied.
 */
export function morphChildren(parent, kids, ctx = null) {
  for (let i = 0; i < kids.length; i++) {
    const n = (ctx?.standIns && kids[i].nodeType === Node.COMMENT_NODE && ctx.standIns.get(kids[i])) || kids[i];
    const o = parent.childNodes[i] ?? null;
    if (o === n) continue;
    // a kept part is patched only into the part drawn for the same place (a card changed
    // by a key), which then stays the kept one
    const patchable = o && !n.isConnected && sameKind(o, n) &&
      (!(o instanceof Element && kept(o)) || (n instanceof Element && kept(n) && o.dataset.pointer !== undefined && o.dataset.pointer === n.dataset.pointer));
    if (patchable) {
      morph(o, n, ctx);
      if (n instanceof Element && kept(n)) ctx?.adopt?.(o, n);
    } else {
      // a new part goes in whole: the kept parts it holds go in with it, in place of their
      // stand-ins (else they would be left in the old part, and go out with it)
      if (ctx?.standIns) resolveStandIns(n, ctx.standIns);
      parent.insertBefore(n, o);
    }
  }
  while (parent.childNodes.length > kids.length) parent.lastChild.remove();
}

/** Replaces the stand-ins (comments) under `root` with the parts they stand for. */
function resolveStandIns(root, standIns) {
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) if (standIns.has(c)) found.push(c);
  for (const c of found) c.replaceWith(standIns.get(c));
}

/** An element that a drawing reuses as it is: moved, not morphed into something else. */
const kept = (el) => el.dataset.kept === "true";

function sameKind(a, b) {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== Node.ELEMENT_NODE) return true;
  // images and canvases are replaced when anything differs (their picture is their state)
  return a.namespaceURI === b.namespaceURI && a.tagName === b.tagName && a.tagName !== "IMG" && a.tagName !== "CANVAS" || (a.tagName === "IMG" && b.tagName === "IMG" && a.getAttribute("src") === b.getAttribute("src"));
}

function morph(o, n, ctx) {
  if (o.nodeType === Node.TEXT_NODE) {
    if (o.data !== n.data) o.data = n.data;
    return;
  }
  if (o.nodeType !== Node.ELEMENT_NODE) return;
  for (const a of [...o.attributes]) if (!n.hasAttribute(a.name)) o.removeAttribute(a.name);
  for (const a of n.attributes) if (o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
  if (o.tagName === "IMG") return; // same src: the loaded picture stays
  morphChildren(o, [...n.childNodes], ctx);
}
