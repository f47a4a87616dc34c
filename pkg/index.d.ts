// The JavaScript API of rcs-kit. The payload types (SendRequest, Suggestion, Limits, ...)
// are generated from the Rust schema tables into ./rcs-kit.d.ts.
import type {
  SendRequest, EventsRequest, Message, Content, TextContent, FileContent, CardMessage,
  CarouselContent, ProviderTemplateContent, CardContent, Suggestion, ReplySuggestion,
  OpenUrlSuggestion, DialPhoneSuggestion, ShowLocationSuggestion, RequestLocationSuggestion,
  CreateCalendarEventSuggestion, TemplateParameter, SmsFailover, MmsFailover, DeliveryTime,
  DeliveryDay, ValidityTimeUnit, SpeedLimitTimeUnit, OpenUrlApplication, WebviewViewMode,
  Orientation, Alignment, Height, CardWidth, WebhookContentType, ValidationIssue,
  ValidationReport, Limits, BodyKind, DeviceFeature, MessageCatalogue, IssueMessage,
} from "./rcs-kit.js";

export * from "./rcs-kit.js";

/** Options of `validate` and `build`. */
export interface ValidateOptions {
  /** Unknown fields and platform warnings become errors. */
  strict?: boolean;
  /** The body kind; detected from the body's members when absent (`events` means events;
   * `phoneNumbers` a capability check: notify with `notifyUrl` or `notifyContentType`). */
  kind?: BodyKind;
  /** "Now" for time rules: ms since the epoch, a Date or a date-time string;
   * `null` skips the time rules. Default: `Date.now()`. */
  now?: number | Date | string | null;
  /** Accept an empty TEXT `text`. */
  allowEmptyText?: boolean;
  /** Also advise on how iPhones and Android notifications render the message, the SMS
   * failover text and India's rules (warnings; errors with `strict`). */
  advice?: boolean;
  /** Where the messages go, for the regional advice: "auto" (default) applies India's
   * rules to each message with an Indian (+91) destination, "in" to every message,
   * "global" and "us" to none. Any case. */
  market?: Market | Uppercase<Market>;
  /** The catalogue the issues' messages are rendered from (message key → template), e.g.
   * the German one of "rcs-kit/messages/de"; English for every key it lacks. */
  messages?: MessageCatalogue | null;
}

/** The text of an issue's `msg` from `catalogue`, in English for a key it lacks (or
 * without one): to render a report again in another language or with other words. */
export function renderMessage(msg: IssueMessage, catalogue?: MessageCatalogue | null): string;

/** A market: its billing model, and for "in" (India) the regional advice. */
export type Market = "auto" | "global" | "us" | "in";

/** Misuse of the API (e.g. options of the wrong shape); bad payloads never throw. */
export class RcsKitError extends Error {
  readonly code: "options.invalid" | "options.unknown" | "internal" | string;
}

/** The bytes of a body's UTF-8 JSON text: a Node `Buffer`, a `Uint8Array` (or any typed
 * array), a `DataView`, an `ArrayBuffer` or a `SharedArrayBuffer` — what `TextDecoder` reads. */
export type Bytes = ArrayBufferView | ArrayBufferLike;

/** Validates a send, events or capability-check request, as a plain object, JSON text or
 * the bytes of its UTF-8 JSON text (the report of the Rust crate's `validate_bytes`:
 * invalid UTF-8 is `json.invalid_utf8` with its line and column). */
export function validate(payload: SendRequest | EventsRequest | string | Bytes | unknown, options?: ValidateOptions): ValidationReport;
/** The limits table: `limits().suggestion.text.max === 25`. */
export function limits(): Limits;
/** The rcs-kit version. */
export function version(): string;

/** The predicted billing of one message (`trafficType` as the API will report it). */
export interface BillingPrediction {
  trafficType: "BASIC" | "SINGLE" | "RICH" | "RICH_MEDIA" | null;
  /** 160-byte segments of a US RICH message. */
  segments?: number;
  /** Why, e.g. "text is 171 bytes: over 160". */
  reason: string;
  market: Exclude<Market, "auto">;
}
/** Predicts the billing type of every message of a send request. */
export function predictBilling(payload: SendRequest | string | Bytes, options?: { market?: Market | Uppercase<Market> }): BillingPrediction[];
/** How a text is sent as SMS. */
export interface SmsParts {
  encoding: "GSM-7" | "UCS-2";
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  units: number;
  parts: number;
  perPart: number;
}
/** SMS parts of a failover text. */
export function smsParts(text: string): SmsParts;
/** A failover SMS text derived from each message's rich content (null for templates). */
export function failoverText(payload: SendRequest | string | Bytes): (string | null)[];

/** What one message needs: the features once each, and every place that needs one. */
export interface MessageFeatures {
  /** Index in `messages`. */
  message: number;
  features: DeviceFeature[];
  needs: { feature: DeviceFeature; path: string }[];
}

/** The device features each message of a send request needs (Google answers 400 and does
 * not deliver when a device lacks one); `[]` for text that is not JSON. */
export function requiredFeatures(payload: SendRequest | string | Bytes): MessageFeatures[];

/** The result of `build()`. */
export type BuildResult<T> = { payload: T; warnings: ValidationIssue[]; issues?: undefined } | { issues: ValidationIssue[]; payload?: undefined };
/** Validates and returns the payload or the issues. */
export function build<T extends SendRequest | EventsRequest | string | Bytes>(payload: T, options?: ValidateOptions): BuildResult<T>;

export function reply(text: string, postbackData: string): ReplySuggestion;
export function openUrl(text: string, postbackData: string, url: string, opts?: { application?: OpenUrlApplication; webviewViewMode?: WebviewViewMode }): OpenUrlSuggestion;
export function dialPhone(text: string, postbackData: string, phoneNumber: string): DialPhoneSuggestion;
export function showLocation(text: string, postbackData: string, latitude: number, longitude: number, label?: string): ShowLocationSuggestion;
export function requestLocation(text: string, postbackData: string): RequestLocationSuggestion;
export function calendarEvent(text: string, postbackData: string, event: { startTime: string | Date; endTime: string | Date; title: string; description?: string }): CreateCalendarEventSuggestion;

export function textContent(text: string, suggestions?: Suggestion[]): TextContent;
export function fileContent(url: string, opts?: { thumbnail?: string; suggestions?: Suggestion[] }): FileContent;
/** A card as the builders take it: media by URL. */
export interface CardInput {
  title?: string;
  description?: string;
  media?: { url: string; height: Height; thumbnail?: string };
  suggestions?: Suggestion[];
}
export function card(input?: CardInput): CardContent;
export function cardContent(input: CardInput & { orientation: Orientation; alignment: Alignment; chips?: Suggestion[] }): CardMessage;
export function carouselContent(cardWidth: CardWidth, cards: CardInput[], chips?: Suggestion[]): CarouselContent;
export function templateContent(templateId: string, parameters?: Record<string, string> | TemplateParameter[]): ProviderTemplateContent;

export class MessageBuilder {
  constructor(sender: string);
  to(number: string, messageId?: string): this;
  content(content: Content): this;
  platform(entityId?: string, applicationId?: string): this;
  validityPeriod(amount: number, timeUnit?: ValidityTimeUnit): this;
  deliveryTimeWindow(days: DeliveryDay[], from?: DeliveryTime, to?: DeliveryTime): this;
  campaignReferenceId(id: string): this;
  smsFailover(failover: SmsFailover): this;
  mmsFailover(failover: MmsFailover): this;
  deliveryWebhook(url?: string, opts?: { intermediateReport?: boolean; notify?: boolean; receiveTriggeredFailoverReports?: boolean }): this;
  seenWebhook(url: string): this;
  webhookContentType(contentType: WebhookContentType): this;
  callbackData(data: string): this;
  toJSON(): Message;
  build(options?: ValidateOptions): BuildResult<SendRequest>;
}

export class RequestBuilder {
  message(m: MessageBuilder | Message): this;
  bulkId(id: string): this;
  sendAt(at: string | Date): this;
  sendingSpeedLimit(amount: number, timeUnit?: SpeedLimitTimeUnit): this;
  tracking(opts?: { shortenUrl?: boolean; trackClicks?: boolean; trackingUrl?: string; removeProtocol?: boolean; customDomain?: string }): this;
  respectOrder(stopOnFailure?: boolean): this;
  toJSON(): SendRequest;
  build(options?: ValidateOptions): BuildResult<SendRequest>;
}

export class EventsBuilder {
  seen(sender: string, to: string, messageId: string): this;
  typing(sender: string, to: string): this;
  toJSON(): EventsRequest;
  build(options?: ValidateOptions): BuildResult<EventsRequest>;
}
