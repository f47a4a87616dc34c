// The phone preview, drawn from the payload (the same object the JSON view shows). Text is
// set with textContent only; a URL becomes a link or an image only when it is http(s).
//
// Two phones: Android (Google Messages) with the notification it shows, and iPhone, with
// what Infobip's guidance says iOS renders differently: every card at one media height,
// GIFs as still images, a horizontal card's image truncated and its video shown
// vertically, one clickable link per text (its last element). Links written in a card's
// description are not clickable on either.

import { h, icon, httpUrl, safeLink, safeImage, morphChildren, SUGGESTION_ICONS } from "./dom.js";
import { humanTime } from "./helpers.js";
import { ContentType, SuggestionType, Orientation, Alignment, CardWidth, Height, OpenUrlApplication, ValidityTimeUnit, MediaKind, MEDIA_TYPES } from "/pkg/src/generated/data.js";

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const str = (v) => (typeof v === "string" ? v : v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** What the URL's extension says, by the validator's own table (MEDIA_TYPES, generated
 * from src/validate/rules/mod.rs); an image when it says nothing. */
function mediaKind(url) {
  const u = httpUrl(url);
  const path = u ? u.pathname : str(url).split(/[?#]/)[0];
  const last = path.split("/").pop() ?? "";
  const dot = last.lastIndexOf(".");
  const ext = dot < 0 ? "" : last.slice(dot + 1).toLowerCase();
  return Object.hasOwn(MEDIA_TYPES, ext) ? MEDIA_TYPES[ext] : MediaKind.IMAGE;
}

function fileName(url) {
  const u = httpUrl(url);
  if (!u) return str(url);
  const last = u.pathname.split("/").filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : u.host;
  } catch {
    return last;
  }
}

/** A placeholder tile: an icon and a caption. */
function placeholder(kind, caption, extraClass) {
  return h("div", { class: ["media-placeholder", extraClass] }, icon(kind, "icon big"), caption ? h("span", { class: "caption", text: caption }) : null);
}

/** Labels `box` (media) with what the iPhone does to it. */
function tag(box, text) {
  let tags = box.querySelector(":scope > .device-tags");
  if (!tags) box.append((tags = h("div", { class: "device-tags" })));
  tags.append(h("span", { class: "device-tag", text }));
}

/** Draws a loaded image onto a canvas in its place: a GIF's first frame, as an iPhone shows
 * it. The canvas may be tainted by a cross-origin image; it is shown, never read. */
function still(img) {
  img.addEventListener("load", () => {
    const c = document.createElement("canvas");
    c.width = img.naturalWidth || 300;
    c.height = img.naturalHeight || 150;
    try {
      c.getContext("2d")?.drawImage(img, 0, 0, c.width, c.height);
    } catch {
      return;
    }
    c.className = "still";
    img.replaceWith(c);
  }, { once: true });
}

/** Card or file media: an <img> for http(s) images, a placeholder otherwise. On an iPhone
 * (`ios`) a GIF is drawn still. */
function media(file, thumbnail, className, ios = false) {
  const url = isObject(file) ? file.url : undefined;
  const box = h("div", { class: ["media", className] });
  if (url === undefined || url === "") {
    box.append(placeholder("image", "No media URL"));
    return box;
  }
  const u = httpUrl(url);
  if (!u) {
    box.classList.add("blocked");
    box.append(placeholder("blocked", "Not shown: not an http(s) URL"));
    return box;
  }
  const kind = mediaKind(url);
  const fallback = (img) => img.replaceWith(placeholder(kind === MediaKind.VIDEO ? "play" : "image", u.host, "failed"));
  if (kind === MediaKind.UNSUPPORTED) {
    box.classList.add("doc");
    box.append(placeholder("blocked", `Not a supported file type: ${fileName(url)}`));
    return box;
  }
  if (kind === MediaKind.VIDEO) {
    box.classList.add("video");
    const thumb = isObject(thumbnail) ? safeImage(thumbnail.url, { onFail: (img) => img.remove() }) : null;
    if (thumb) box.append(thumb);
    box.append(h("div", { class: "play" }, icon("play", "icon big")));
    return box;
  }
  if (kind === MediaKind.PDF || kind === MediaKind.AUDIO) {
    box.classList.add("doc");
    box.append(placeholder(kind === MediaKind.PDF ? "file" : "audio", fileName(url)));
    return box;
  }
  const img = safeImage(url, { onFail: fallback });
  box.append(img);
  if (ios && /\.gif$/i.test(httpUrl(url)?.pathname ?? "")) {
    box.classList.add("gif-still");
    still(img);
    tag(box, "Still GIF");
  }
  return box;
}

/** Text with its http(s) URLs as links; everything else as text. `live(i, n, atEnd)`
 * says whether link `i` of `n` (`atEnd`: nothing but punctuation and space after it) is
 * clickable; one that is not is shown as text with `why` as its title. */
export function linkified(text, live = () => true, why = "") {
  const out = [];
  const re = /\bhttps?:\/\/[^\s<>"'`]+/gi;
  const found = [];
  let m;
  while ((m = re.exec(text))) {
    let url = m[0];
    const trail = /[.,;:!?)\]}]+$/.exec(url);
    if (trail) url = url.slice(0, -trail[0].length);
    found.push([m.index, url]);
    re.lastIndex = m.index + url.length;
  }
  let last = 0;
  found.forEach(([at, url], i) => {
    if (at > last) out.push(text.slice(last, at));
    const end = at + url.length;
    const atEnd = /^[\s.,;:!?)\]}'"]*$/.test(text.slice(end));
    if (!httpUrl(url)) out.push(url);
    else if (live(i, found.length, atEnd)) out.push(safeLink(url, { class: "inline-link", text: url }));
    else out.push(h("span", { class: "dead-link", attrs: { title: why }, text: url }));
    last = end;
  });
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const CARD_LINK = "Not clickable: links in a card's description are plain text on Android and iOS (use an OPEN_URL suggestion)";
const IOS_LINK = "Not clickable on an iPhone: one link per message, as its last element";

function chip(s, inCard, ptr) {
  return reuse(`chip ${ptr} ${inCard} ${JSON.stringify(s)}`, () => drawChip(s, inCard, ptr));
}

function drawChip(s, inCard, ptr) {
  const type = isObject(s) ? s.type : undefined;
  const iconName = SUGGESTION_ICONS[type] ?? "dots";
  const label = str(isObject(s) ? s.text : s) || "(no text)";
  const cls = [inCard ? "card-action" : "chip", `t-${String(type ?? "none").toLowerCase()}`];
  let title = label;
  if (type === SuggestionType.OPEN_URL) {
    const ok = httpUrl(s.url);
    if (!ok) {
      cls.push("blocked");
      title = "Not a link: the URL is not http(s)";
    } else title = `${s.application === OpenUrlApplication.WEBVIEW ? `Webview (${str(s.webviewViewMode) || "no size"})` : "Browser"}: ${ok.href}`;
    return safeLink(ok ? ok.href : null, { class: cls, attrs: { title }, dataset: { pointer: ptr } }, icon(ok ? iconName : "blocked"), h("span", { class: "chip-text", text: label }));
  }
  if (type === SuggestionType.DIAL_PHONE) title = `Call ${str(s.phoneNumber)}`;
  if (type === SuggestionType.SHOW_LOCATION) title = `${str(s.label) || "Location"} (${str(s.latitude)}, ${str(s.longitude)})`;
  if (type === SuggestionType.CREATE_CALENDAR_EVENT) title = `${str(s.title)}: ${humanTime(s.startTime) ?? str(s.startTime)} – ${humanTime(s.endTime) ?? str(s.endTime)}`;
  return h("span", { class: cls, attrs: { title }, dataset: { pointer: ptr } }, icon(iconName), h("span", { class: "chip-text", text: label }));
}

// Parts of the phone kept from the previous drawing: a card or a chip whose data did not
// change is moved into the new drawing as it is (its images stay loaded, nothing is laid
// out anew), so that typing in one card redraws that card only.
let kept = new Map();
let keep = new Map();

/** The part drawn for `key` last time (once per drawing), or a new one from `make()`. A
 * part kept from last time is not taken out of the page while the new drawing is built:
 * the drawing holds a stand-in for it (a comment), which morphChildren() resolves. */
function reuse(key, make) {
  let el = kept.get(key);
  let out;
  if (el) {
    kept.delete(key);
    out = document.createComment("kept");
    standIns.set(out, el);
  } else {
    el = make();
    el.dataset.kept = "true";
    keyOf.set(el, key);
    out = el;
  }
  keep.set(key, el);
  return out;
}
const standIns = new WeakMap();
const keyOf = new WeakMap();
/** `live` (in the page) was patched into `drawn`: it is what is kept under drawn's key. */
function adopt(live, drawn) {
  const key = keyOf.get(drawn);
  if (key === undefined) return;
  keyOf.set(live, key);
  keep.set(key, live);
}

const HEIGHTS = { [Height.SHORT]: "h-short", [Height.MEDIUM]: "h-medium", [Height.TALL]: "h-tall" };

/** How much of a card's description the phone lays out, in UTF-16 units: more than its
 * clamp (five lines of the widest card, three in a carousel) shows of any ordinary text. */
const DESCRIPTION_SHOWN = 1000;
/** The visible characters (graphemes that are not spaces, marks or format characters)
 * that part must hold for the rule to apply: 600 of the narrowest glyphs (about 3.6 px at
 * the preview's 13 px) fill more than six lines of the widest card. */
const VISIBLE_NEEDED = 600;
const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
const INVISIBLE = /^[\s\p{M}\p{Cf}\p{Z}]*$/u;

/** `text` drawn by `draw` up to DESCRIPTION_SHOWN units (cut between graphemes), and the
 * rest after it in a hidden span: the element's text is still the whole text, but a key
 * typed past what a phone shows (the end of a 2,000-character description) lays out and
 * paints nothing in the phone, where the whole text was laid out again on every key. Text
 * whose first part might not fill the clamp (long runs of spaces, which hang at a line's
 * end; emoji sequences many units long) is drawn whole, as is all text where the browser
 * cannot split graphemes. */
function shownPart(text, draw) {
  if (text.length <= DESCRIPTION_SHOWN || !segmenter) return draw(text);
  let cut = 0;
  let visible = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (index + segment.length > DESCRIPTION_SHOWN) break;
    cut = index + segment.length;
    if (!INVISIBLE.test(segment)) visible++;
  }
  if (visible < VISIBLE_NEEDED) return draw(text);
  return [draw(text.slice(0, cut)), h("span", { class: "unshown", attrs: { hidden: "" }, text: text.slice(cut) })].flat();
}

function richCard(card, opts = {}, ptr) {
  return reuse(`card ${ptr} ${JSON.stringify([opts.orientation, opts.alignment, opts.ios, opts.cropped])} ${JSON.stringify(card)}`, () => drawCard(card, opts, ptr));
}

function drawCard(card, { orientation = Orientation.VERTICAL, alignment = Alignment.LEFT, ios = false, cropped = false } = {}, ptr) {
  if (!isObject(card)) return h("div", { class: "rich-card empty-card", dataset: { pointer: ptr } }, h("p", { class: "muted", text: "(not a card)" }));
  const m = isObject(card.media) ? card.media : null;
  const video = m && mediaKind(isObject(m.file) ? m.file.url : undefined) === MediaKind.VIDEO;
  // An iPhone shows the video of a horizontal card vertically: the card stands upright.
  const turned = ios && video && orientation === Orientation.HORIZONTAL;
  const horizontal = orientation === Orientation.HORIZONTAL && !turned;
  const body = h("div", { class: "card-body" },
    card.title !== undefined ? h("div", { class: "card-title", attrs: { dir: "auto", title: str(card.title) }, dataset: { pointer: `${ptr}/title` }, text: str(card.title) }) : null,
    card.description !== undefined ? h("div", { class: "card-desc", attrs: { dir: "auto" }, dataset: { pointer: `${ptr}/description` } }, shownPart(str(card.description), (t) => linkified(t, () => false, CARD_LINK))) : null);
  const actions = Array.isArray(card.suggestions) && card.suggestions.length
    ? h("div", { class: "card-actions" }, card.suggestions.map((s, i) => chip(s, true, `${ptr}/suggestions/${i}`)))
    : null;
  // iPhones show every card at one height (MEDIUM); a turned video stands tall.
  const height = turned ? "h-tall" : ios && m?.height !== undefined ? "h-medium" : HEIGHTS[m?.height] ?? "h-medium";
  // the media is kept while what it shows is the same (a key in the card's text does not
  // make a new <img>, which costs more than the rest of the card)
  const mediaEl = m ? reuse(`media ${ptr} ${JSON.stringify([m.file, m.thumbnail, m.height, height, ios, turned, horizontal, cropped])}`, () => {
    const el = media(m.file, m.thumbnail, height, ios);
    el.dataset.pointer = `${ptr}/media`;
    if (turned) tag(el, "Shown vertically");
    else if (ios && horizontal) {
      el.classList.add("truncated");
      tag(el, "Truncated");
    } else if (ios && m.height !== Height.MEDIUM && HEIGHTS[m.height]) tag(el, `${m.height} shown MEDIUM`);
    if (cropped) tag(el, "Cropped");
    return el;
  }) : null;
  const classes = ["rich-card", horizontal ? "horizontal" : "vertical", horizontal && (alignment === Alignment.RIGHT ? "media-right" : "media-left"), !mediaEl && "no-media", turned && "turned"];
  if (horizontal) return h("div", { class: classes, dataset: { pointer: ptr } }, h("div", { class: "card-row" }, mediaEl, body), actions);
  return h("div", { class: classes, dataset: { pointer: ptr } }, mediaEl, body, actions);
}

function template(c, ptr) {
  const params = Array.isArray(c.parameters) ? c.parameters : [];
  return h("div", { class: "bubble template", dataset: { pointer: ptr } },
    h("div", { class: "template-head" }, icon("file"), h("span", { text: "Provider template" })),
    h("div", { class: "template-id", attrs: { dir: "auto" }, text: str(c.templateId) || "(no template id)" }),
    params.length
      ? h("dl", { class: "template-params" }, params.map((p) => [h("dt", { attrs: { dir: "auto" }, text: str(p?.name) }), h("dd", { attrs: { dir: "auto" }, text: str(p?.value) })]))
      : null,
    h("div", { class: "muted small", text: "Rendered by the provider from the registered template." }));
}

function file(c, ptr) {
  const url = isObject(c.file) ? c.file.url : undefined;
  const kind = mediaKind(url);
  if (httpUrl(url) && (kind === MediaKind.PDF || kind === MediaKind.AUDIO)) {
    return h("div", { class: "bubble file-bubble", dataset: { pointer: ptr } }, icon(kind === MediaKind.PDF ? "file" : "audio", "icon big"),
      h("div", {}, safeLink(url, { class: "file-name", text: fileName(url) }), h("div", { class: "muted small", text: kind === MediaKind.PDF ? "PDF document" : "Audio" })));
  }
  return h("div", { class: "file-media", dataset: { pointer: ptr } }, media(c.file, c.thumbnail, "h-file"));
}

function content(c, ptr, ios) {
  if (!isObject(c)) return h("div", { class: "bubble muted", text: "No content yet." });
  switch (c.type) {
    case ContentType.TEXT: {
      // An iPhone makes one link clickable, and only as the text's last element.
      const live = ios ? (i, n, atEnd) => n === 1 && atEnd : undefined;
      return h("div", { class: ["bubble", str(c.text) === "" && "muted"], attrs: { dir: "auto" }, dataset: { pointer: `${ptr}/text` } }, str(c.text) === "" ? "(empty message)" : linkified(str(c.text), live, IOS_LINK));
    }
    case ContentType.FILE:
      return file(c, ptr);
    case ContentType.CARD:
      return h("div", { class: "card-wrap" }, richCard(c.content, { orientation: c.orientation, alignment: c.alignment, ios }, `${ptr}/content`));
    case ContentType.CAROUSEL: {
      const cards = Array.isArray(c.contents) ? c.contents : [];
      const width = c.cardWidth === CardWidth.SMALL ? "w-small" : "w-medium";
      return h("div", { class: ["carousel", width], attrs: { tabindex: "0", "aria-label": `Carousel of ${cards.length} cards` }, dataset: { pointer: `${ptr}/contents` } }, cards.map((card, i) => richCard(card, { ios, cropped: ios && c.cardWidth === CardWidth.SMALL }, `${ptr}/contents/${i}`)));
    }
    case ContentType.PROVIDER_TEMPLATE:
      return template(c, ptr);
    default:
      return h("div", { class: "bubble muted", text: `Unknown format ${str(c.type) || "(no type)"}` });
  }
}

/** The phone's clock: the time now, the same in the status bar and on the message. */
function timeNow() {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** What a notification says of the content: its text, a card's title, or its kind. */
function summaryText(c) {
  if (!isObject(c)) return "";
  switch (c.type) {
    case ContentType.TEXT:
      return str(c.text);
    case ContentType.CARD:
      return str(c.content?.title) || str(c.content?.description) || "Rich card";
    case ContentType.CAROUSEL:
      return str(c.contents?.[0]?.title) || "Carousel";
    case ContentType.FILE:
      return mediaKind(c.file?.url) === MediaKind.VIDEO ? "Video" : "File";
    case ContentType.PROVIDER_TEMPLATE:
      return "Template message";
    default:
      return "";
  }
}

/** The Android notification of the message: it shows one suggestion, the first that is
 * not a share-location request (Google, 2026-11-13). */
function notification(c, sender, initial, chips, clock) {
  const shown = chips.findIndex((s) => !isObject(s) || s.type !== SuggestionType.REQUEST_LOCATION);
  const hidden = chips.length - (shown < 0 ? 0 : 1);
  return h("div", { class: "notification", attrs: { "aria-label": "Android notification" } },
    h("div", { class: "notif-head" }, h("span", { class: "notif-app", attrs: { "aria-hidden": "true" }, text: initial }), h("span", { class: "notif-sender", attrs: { dir: "auto" }, text: sender }), h("span", { class: "notif-time", text: clock })),
    h("div", { class: "notif-text", attrs: { dir: "auto" }, text: summaryText(c) || " " }),
    shown >= 0 ? h("div", { class: "notif-actions", dataset: { shown } }, chip(chips[shown], false, undefined)) : null,
    hidden > 0 ? h("div", { class: "notif-note", text: shown < 0 ? "No suggestion: a notification never shows a share-location request" : `${shown > 0 ? "Never a share-location request" : "Only the first suggestion"}; ${hidden} more in the chat` }) : null);
}

/** The phone with message `index` of `payload`; `typing` shows the typing bubble; `device`
 * is "android" (with its notification) or "iphone". Each part carries the JSON pointer it
 * is drawn from (`data-pointer`), so that the parts with an error can be marked. */
export function renderPreview(root, payload, index, { typing = false, device = "android" } = {}) {
  const ios = device === "iphone";
  kept = keep;
  keep = new Map();
  const clock = timeNow();
  const m = Array.isArray(payload?.messages) ? payload.messages[index] : undefined;
  const sender = str(isObject(m) ? m.sender : "") || "Sender";
  const initial = [...sender.trim()][0]?.toUpperCase() ?? "?";
  const c = isObject(m) ? m.content : undefined;
  const chips = isObject(c) && c.type !== ContentType.PROVIDER_TEMPLATE && Array.isArray(c.suggestions) ? c.suggestions : [];
  const convo = h("div", { class: "conversation" },
    h("div", { class: "day" }, h("span", { text: "Today" })),
    h("div", { class: "msg" }, h("div", { class: "avatar small", attrs: { "aria-hidden": "true" }, text: initial }), h("div", { class: "msg-body" }, content(c, `/messages/${index}/content`, ios), h("div", { class: "stamp", text: `${clock} · RCS` }))),
    typing ? h("div", { class: "msg" }, h("div", { class: "avatar small", attrs: { "aria-hidden": "true" }, text: initial }), h("div", { class: "bubble typing", attrs: { "aria-label": "typing" } }, h("i"), h("i"), h("i"))) : null);
  // the parts around the message are kept as they are while what they show is the same
  // (most keys): not built, compared and morphed again on every key
  const statusbar = reuse(`statusbar ${ios} ${clock}`, () => ios
    ? h("div", { class: "statusbar" }, h("span", { class: "clock", text: clock }), h("span", { class: "island", attrs: { "aria-hidden": "true" } }), h("span", { class: "status-icons" }, h("i", { class: "sig" }), h("i", { class: "wifi" }), h("i", { class: "bat" })))
    : h("div", { class: "statusbar" }, h("span", { class: "clock", text: clock }), h("span", { class: "status-icons" }, h("i", { class: "sig" }), h("i", { class: "wifi" }), h("i", { class: "bat" }))));
  const phone = h("div", { class: ["phone", ios ? "ios" : "android"], dataset: { device: ios ? "iphone" : "android" }, attrs: { role: "figure", "aria-label": ios ? "iPhone preview" : "Android phone preview" } },
    h("div", { class: "screen" },
      statusbar,
      reuse(`appbar ${index} ${JSON.stringify(sender)}`, () => h("div", { class: "appbar", dataset: { pointer: `/messages/${index}/sender` } }, icon("back"), h("div", { class: "avatar", attrs: { "aria-hidden": "true" }, text: initial }),
        h("div", { class: "agent" }, h("div", { class: "agent-name" }, h("span", { class: "agent-text", attrs: { dir: "auto" }, text: sender }), icon("verified", "icon verified")), h("div", { class: "agent-sub", text: "Business messaging" })),
        icon("more"))),
      convo,
      chips.length ? h("div", { class: "chips" }, chips.map((s, i) => chip(s, false, `/messages/${index}/content/suggestions/${i}`))) : null,
      reuse(`inputbar ${ios}`, () => h("div", { class: "inputbar" }, h("span", { class: "fake-input", text: ios ? "Text Message • RCS" : "RCS message" }), h("span", { class: "send-dot" }, icon("send"))))));
  const notif = !ios && isObject(c) ? reuse(`notification ${JSON.stringify([sender, initial, clock, summaryText(c), chips])}`, () => notification(c, sender, initial, chips, clock)) : null;
  const around = isObject(m) ? [Array.isArray(m.destinations) ? m.destinations.length : 0, m.options, payload?.options?.schedule] : null;
  // only what changed is touched: the phone is not laid out anew on every key
  morphChildren(root, [notif, phone, reuse(`notes ${JSON.stringify(around)}`, () => notes(payload, m))].filter(Boolean), { standIns, adopt });
}

/** What happens around the message: recipients, failover, schedule, validity. */
function notes(payload, m) {
  const items = [];
  if (isObject(m)) {
    const d = Array.isArray(m.destinations) ? m.destinations.length : 0;
    items.push(h("li", {}, icon("sms"), h("span", { text: `To ${d} recipient${d === 1 ? "" : "s"}` })));
    const o = isObject(m.options) ? m.options : {};
    if (isObject(o.smsFailover)) {
      items.push(h("li", { class: "fallback" }, icon("sms"), h("span", {}, h("b", { text: "If RCS fails, SMS: " }), h("span", { class: "quoted", attrs: { dir: "auto" }, text: str(o.smsFailover.text) }))));
    }
    if (isObject(o.mmsFailover)) items.push(h("li", { class: "fallback" }, icon("image"), h("span", { text: "If RCS fails, an MMS is sent." })));
    if (isObject(o.validityPeriod)) items.push(h("li", {}, icon("clock"), h("span", { text: `Valid for ${str(o.validityPeriod.amount)} ${str(o.validityPeriod.timeUnit || ValidityTimeUnit.MINUTES).toLowerCase()}` })));
    if (isObject(o.deliveryTimeWindow)) items.push(h("li", {}, icon("calendar"), h("span", { text: "Delivered only inside the delivery window" })));
  }
  const schedule = isObject(payload?.options?.schedule) ? payload.options.schedule : null;
  if (schedule?.sendAt) items.push(h("li", {}, icon("clock"), h("span", { text: `Scheduled for ${humanTime(schedule.sendAt) ?? str(schedule.sendAt)}` })));
  return h("ul", { class: "preview-notes" }, items);
}
