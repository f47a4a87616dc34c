// Builders for every content type, suggestion and option. They only assemble plain
// objects with the API's field names; `build()` runs the validator (in Rust) and returns
// `{payload, warnings}` or `{issues}`. Optional arguments left `undefined` are omitted.
// A builder never throws because of its arguments: one it cannot read (a getter or proxy
// trap that throws, null where an object is read, an invalid Date) gives, in place of
// what it would have built, a value whose toJSON throws that error, which `build()`
// reports (`json.unserializable`) at that place.

import { build } from "./extras.js";
// The types as const enums, which esbuild inlines: the bundle carries the strings alone.
import { ContentType, SuggestionType, EventContentType } from "./generated/enums.ts";

/** `f`, made to return, instead of throwing, a value that throws the error again when
 * written as JSON (so that `build()` reports it where it was put). */
const safe =
  (f) =>
  (...a) => {
    try {
      return f(...a);
    } catch (e) {
      return { toJSON: () => { throw e; } };
    }
  };

/** Copies the defined members of `o` (so absent stays absent). */
const defined = safe((o) => {
  const out = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
});

/** A copy (so that the builder can go on), or `o` itself when it holds what cannot be
 * copied (a function, a proxy, a value from `safe`): `build()` reports what it cannot read. */
function clone(o) {
  try {
    return structuredClone(o);
  } catch {
    return o;
  }
}

// ------------------------------------------------------------------ suggestions

/** REPLY: sends its text back. */
export const reply = (text, postbackData) => ({ type: SuggestionType.REPLY, text, postbackData });

/** OPEN_URL: `application` BROWSER | WEBVIEW; `webviewViewMode` FULL | HALF | TALL. */
export const openUrl = safe((text, postbackData, url, { application, webviewViewMode } = {}) =>
  defined({ type: SuggestionType.OPEN_URL, text, postbackData, url, application, webviewViewMode }),
);

/** DIAL_PHONE: starts a call. */
export const dialPhone = (text, postbackData, phoneNumber) => ({ type: SuggestionType.DIAL_PHONE, text, postbackData, phoneNumber });

/** SHOW_LOCATION: a point on a map. */
export const showLocation = (text, postbackData, latitude, longitude, label) =>
  defined({ type: SuggestionType.SHOW_LOCATION, text, postbackData, latitude, longitude, label });

/** REQUEST_LOCATION: asks the user to share a location. */
export const requestLocation = (text, postbackData) => ({ type: SuggestionType.REQUEST_LOCATION, text, postbackData });

/** CREATE_CALENDAR_EVENT: `startTime`/`endTime` as date-time strings or Dates. */
export const calendarEvent = safe((text, postbackData, { startTime, endTime, title, description } = {}) =>
  defined({ type: SuggestionType.CREATE_CALENDAR_EVENT, text, postbackData, startTime: time(startTime), endTime: time(endTime), title, description }),
);

const time = safe((t) => (t instanceof Date ? t.toISOString() : t));

// ------------------------------------------------------------------ content

/** TEXT content. */
export const textContent = (text, suggestions) => defined({ type: ContentType.TEXT, text, suggestions });

/** FILE content; `thumbnail` is a URL (video only). */
export const fileContent = safe((url, { thumbnail, suggestions } = {}) =>
  defined({ type: ContentType.FILE, file: { url }, thumbnail: thumbnail === undefined ? undefined : { url: thumbnail }, suggestions }),
);

/** One card: `{title, description, media: {url, height, thumbnail}, suggestions}`. */
export const card = safe(({ title, description, media, suggestions } = {}) =>
  defined({
    title,
    description,
    media:
      media === undefined
        ? undefined
        : defined({ file: { url: media.url }, thumbnail: media.thumbnail === undefined ? undefined : { url: media.thumbnail }, height: media.height }),
    suggestions,
  }),
);

/** CARD content: a standalone card, with message-level `chips`. */
export const cardContent = safe(({ orientation, alignment, chips, ...body } = {}) =>
  defined({ type: ContentType.CARD, orientation, alignment, content: card(body), suggestions: chips }),
);

/** CAROUSEL content: `cardWidth` SMALL | MEDIUM, 2-10 cards (see `card`). */
export const carouselContent = safe((cardWidth, cards, chips) =>
  defined({ type: ContentType.CAROUSEL, cardWidth, contents: cards.map((c) => card(c)), suggestions: chips }),
);

/** PROVIDER_TEMPLATE content; `parameters` as an object `{name: value}` or a list. */
export const templateContent = safe((templateId, parameters) => {
  const list =
    parameters === undefined
      ? undefined
      : Array.isArray(parameters)
        ? parameters
        : Object.entries(parameters).map(([name, value]) => ({ name, value }));
  return defined({ type: ContentType.PROVIDER_TEMPLATE, templateId, parameters: list });
});

// ------------------------------------------------------------------ messages

/** One message: `new MessageBuilder("DemoSender").to("441134960001").content(textContent("Hi")).build()`. */
export class MessageBuilder {
  constructor(sender) {
    this.message = { sender, destinations: [] };
  }
  /** Adds a destination, with your own message id if given. */
  to(number, messageId) {
    this.message.destinations.push(defined({ to: number, messageId }));
    return this;
  }
  content(content) {
    this.message.content = content;
    return this;
  }
  #options() {
    return (this.message.options ??= {});
  }
  #webhooks() {
    return (this.message.webhooks ??= {});
  }
  platform(entityId, applicationId) {
    this.#options().platform = defined({ entityId, applicationId });
    return this;
  }
  /** `timeUnit` SECONDS | MINUTES | HOURS (the API's default is MINUTES). */
  validityPeriod(amount, timeUnit) {
    this.#options().validityPeriod = defined({ amount, timeUnit });
    return this;
  }
  /** `days` e.g. ["MONDAY"]; `from`/`to` as `{hour, minute}` (UTC). */
  deliveryTimeWindow(days, from, to) {
    this.#options().deliveryTimeWindow = defined({ days, from, to });
    return this;
  }
  campaignReferenceId(id) {
    this.#options().campaignReferenceId = id;
    return this;
  }
  /** SMS failover: `{text, sender?, validityPeriod?, regional?}`. */
  smsFailover(failover) {
    this.#options().smsFailover = defined(failover);
    return this;
  }
  /** MMS failover: `{sender, content: {title?, messageSegments}, validityPeriod?}`. */
  mmsFailover(failover) {
    this.#options().mmsFailover = defined(failover);
    return this;
  }
  deliveryWebhook(url, options) {
    this.#webhooks().delivery = webhook(url, options);
    return this;
  }
  seenWebhook(url) {
    this.#webhooks().seen = { url };
    return this;
  }
  webhookContentType(contentType) {
    this.#webhooks().contentType = contentType;
    return this;
  }
  callbackData(data) {
    this.#webhooks().callbackData = data;
    return this;
  }
  /** The message as a plain object (not validated). */
  toJSON() {
    return clone(this.message);
  }
  /** A one-message request, validated: `{payload, warnings}` or `{issues}`. */
  build(options) {
    return new RequestBuilder().message(this).build(options);
  }
}

const webhook = safe((url, { intermediateReport, notify, receiveTriggeredFailoverReports } = {}) =>
  defined({ url, intermediateReport, notify, receiveTriggeredFailoverReports }),
);
const messageJson = safe((m) => (m instanceof MessageBuilder ? m.toJSON() : m));
const tracking = safe(({ shortenUrl = true, trackClicks, trackingUrl, removeProtocol, customDomain } = {}) =>
  defined({ shortenUrl, trackClicks, trackingUrl, removeProtocol, customDomain }),
);

/** A send request of one or more messages with request-level options. */
export class RequestBuilder {
  constructor() {
    this.request = { messages: [] };
  }
  /** Adds a message (a MessageBuilder or a plain message object). */
  message(m) {
    this.request.messages.push(messageJson(m));
    return this;
  }
  #schedule() {
    this.request.options ??= {};
    return (this.request.options.schedule ??= {});
  }
  bulkId(id) {
    this.#schedule().bulkId = id;
    return this;
  }
  /** A date-time string or a Date. */
  sendAt(at) {
    this.#schedule().sendAt = time(at);
    return this;
  }
  sendingSpeedLimit(amount, timeUnit) {
    this.#schedule().sendingSpeedLimit = defined({ amount, timeUnit });
    return this;
  }
  tracking(options) {
    this.request.options ??= {};
    this.request.options.tracking = tracking(options);
    return this;
  }
  respectOrder(stopOnFailure) {
    this.request.options ??= {};
    this.request.options.messageOrdering = defined({ respectOrder: true, stopOnFailure });
    return this;
  }
  toJSON() {
    return clone(this.request);
  }
  /** Validated: `{payload, warnings}` or `{issues}`. */
  build(options) {
    return build(this.toJSON(), options, "request");
  }
}

/** An events request: typing indicators and read receipts. */
export class EventsBuilder {
  constructor() {
    this.request = { events: [] };
  }
  /** Marks the user's message `messageId` as seen. */
  seen(sender, to, messageId) {
    this.request.events.push({ sender, destinations: [{ to }], content: { type: EventContentType.SEEN, messageId } });
    return this;
  }
  /** Shows the typing bubble. */
  typing(sender, to) {
    this.request.events.push({ sender, destinations: [{ to }], content: { type: EventContentType.TYPING_INDICATOR } });
    return this;
  }
  toJSON() {
    return clone(this.request);
  }
  build(options) {
    return build(this.toJSON(), options, "events");
  }
}
