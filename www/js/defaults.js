// Starting points: the sample message the page opens with, and what a newly added item
// (suggestion, card, destination, ...) or a newly chosen content type starts as.

import { ContentType, SuggestionType, MmsSegmentType, DeliveryDay, Height, CardWidth, Orientation, Alignment, VALUE_LABELS } from "/pkg/src/generated/data.js";

// The types and their labels come from the Rust tables (pkg/src/generated/data.js), in
// the order the composer offers them (src/labels.rs).
export const CONTENT_TYPES = Object.keys(VALUE_LABELS.Content);
export const SUGGESTION_TYPES = Object.keys(VALUE_LABELS.Suggestion);
export const SUGGESTION_LABELS = VALUE_LABELS.Suggestion;
export const CONTENT_LABELS = VALUE_LABELS.Content;
export const DAYS = Object.values(DeliveryDay);
export const MMS_SEGMENT_TYPES = Object.keys(VALUE_LABELS.MmsSegment);

/** The sample the page opens with. */
export function samplePayload() {
  return {
    messages: [
      {
        sender: "DemoSender",
        destinations: [{ to: "441134960001" }],
        content: {
          type: ContentType.TEXT,
          text: "Hi Alex! Your order #1042 has shipped and arrives tomorrow between 9:00 and 12:00. Track it here: https://example.com/t/1042",
          suggestions: [
            { type: SuggestionType.OPEN_URL, text: "Track parcel", postbackData: "track_1042", url: "https://example.com/t/1042" },
            { type: SuggestionType.DIAL_PHONE, text: "Call support", postbackData: "call_support", phoneNumber: "+441134960000" },
            { type: SuggestionType.REPLY, text: "Thanks!", postbackData: "thanks" },
          ],
        },
      },
    ],
  };
}

/** `yyyy-MM-ddTHH:mm:ss.SSS±hhmm` in local time, `days` from now at `hour`:00. */
export function apiDateTime(days, hour) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  const p = (n, w = 2) => String(Math.abs(n)).padStart(w, "0");
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}${sign}${p(Math.trunc(Math.abs(off) / 60))}${p(Math.abs(off) % 60)}`;
}

const SUGGESTION_DEFAULTS = {
  [SuggestionType.REPLY]: () => ({ text: "Yes, please", postbackData: "reply_yes" }),
  [SuggestionType.OPEN_URL]: () => ({ text: "Open website", postbackData: "open_website", url: "https://example.com" }),
  [SuggestionType.DIAL_PHONE]: () => ({ text: "Call us", postbackData: "dial_us", phoneNumber: "+441134960000" }),
  [SuggestionType.SHOW_LOCATION]: () => ({ text: "Show on map", postbackData: "show_store", latitude: 51.5072, longitude: -0.1276, label: "Our store" }),
  [SuggestionType.REQUEST_LOCATION]: () => ({ text: "Share location", postbackData: "share_location" }),
  [SuggestionType.CREATE_CALENDAR_EVENT]: () => ({
    text: "Add to calendar",
    postbackData: "add_calendar",
    startTime: apiDateTime(1, 9),
    endTime: apiDateTime(1, 12),
    title: "Parcel delivery",
    description: "Your parcel arrives between 9:00 and 12:00.",
  }),
};

/** Fields each suggestion type has beyond type, text and postbackData. */
export const SUGGESTION_FIELDS = {
  [SuggestionType.REPLY]: [],
  [SuggestionType.OPEN_URL]: ["url", "application", "webviewViewMode"],
  [SuggestionType.DIAL_PHONE]: ["phoneNumber"],
  [SuggestionType.SHOW_LOCATION]: ["latitude", "longitude", "label"],
  [SuggestionType.REQUEST_LOCATION]: [],
  [SuggestionType.CREATE_CALENDAR_EVENT]: ["startTime", "endTime", "title", "description"],
};

export function newSuggestion(type = SuggestionType.REPLY) {
  return { type, ...SUGGESTION_DEFAULTS[type]() };
}

/** The suggestion `old` turned into `type`: its text and postbackData (unless they are the
 * old type's defaults) and any field the form does not know are kept. */
export function switchSuggestion(old, type) {
  const fresh = newSuggestion(type);
  const oldDefaults = SUGGESTION_DEFAULTS[old.type]?.() ?? {};
  const out = { type };
  for (const [k, v] of Object.entries(old)) {
    if (k === "type") continue;
    if (SUGGESTION_FIELDS[old.type]?.includes(k)) continue;
    if ((k === "text" || k === "postbackData") && v === oldDefaults[k]) continue;
    out[k] = v;
  }
  for (const [k, v] of Object.entries(fresh)) if (!(k in out)) out[k] = v;
  // type first, then the common fields, then the rest as they came
  return out;
}

const CARD_SAMPLES = [
  { title: "Trail runner GTX", description: "Waterproof, 280 g. Free returns within 30 days.", img: "https://example.com/img/trail-runner.jpg" },
  { title: "City sneaker", description: "Recycled canvas, all-day comfort.", img: "https://example.com/img/city-sneaker.jpg" },
  { title: "Hiking boot", description: "Grippy sole for rocky paths.", img: "https://example.com/img/hiking-boot.jpg" },
  { title: "Sandal", description: "Light and quick-drying.", img: "https://example.com/img/sandal.jpg" },
];

/** The n-th sample card (0-based), with media of `height`. */
export function newCard(n = 0, height = Height.MEDIUM) {
  const s = CARD_SAMPLES[n % CARD_SAMPLES.length];
  return {
    title: s.title,
    description: s.description,
    media: { file: { url: s.img }, height },
    suggestions: [{ type: SuggestionType.OPEN_URL, text: "View product", postbackData: `view_${n + 1}`, url: "https://example.com/shop" }],
  };
}

/** A fresh content of `type`; `previous` (the content being replaced) donates its
 * message-level suggestions and, between CARD and CAROUSEL, its card(s). */
export function newContent(type, previous) {
  const chips = Array.isArray(previous?.suggestions) && type !== ContentType.PROVIDER_TEMPLATE ? previous.suggestions : undefined;
  let c;
  switch (type) {
    case ContentType.TEXT:
      c = { type, text: typeof previous?.text === "string" ? previous.text : "Hello from rcs-kit!" };
      break;
    case ContentType.FILE:
      c = { type, file: { url: "https://example.com/files/catalogue.pdf" } };
      break;
    case ContentType.CARD: {
      const first = previous?.type === ContentType.CAROUSEL && Array.isArray(previous.contents) && previous.contents[0] ? previous.contents[0] : newCard(0);
      c = { type, orientation: Orientation.VERTICAL, alignment: Alignment.LEFT, content: first };
      break;
    }
    case ContentType.CAROUSEL: {
      const first = previous?.type === ContentType.CARD && previous.content && typeof previous.content === "object" ? previous.content : newCard(0);
      c = { type, cardWidth: CardWidth.MEDIUM, contents: [first, newCard(1)] };
      break;
    }
    case ContentType.PROVIDER_TEMPLATE:
      c = { type, templateId: "order_shipped", parameters: [{ name: "name", value: "Alex" }] };
      break;
    default:
      c = { type };
  }
  if (chips && chips.length) c.suggestions = chips;
  return c;
}

export function newMmsSegment(type = MmsSegmentType.TEXT) {
  switch (type) {
    case MmsSegmentType.LINK:
      return { type, contentUrl: "https://example.com/img/parcel.jpg", contentType: "image/jpeg" };
    case MmsSegmentType.SMIL:
      return { type, contentType: "application/smil", smil: "<smil></smil>" };
    case MmsSegmentType.UPLOADED_REFERENCE:
      return { type, uploadedContentId: "" };
    default:
      return { type, text: "Your order has shipped." };
  }
}
