// The entry `rcs-kit/messages-api`: validate (which also knows Infobip's Messages API,
// `POST /messages-api/1/messages` and `/messages-api/1/events`, docs/messages-api.md),
// toMessagesApi and fromMessagesApi, limits, version and RcsKitError, with a module that
// has the Messages API's tables and converter. The Messages API's types are generated from
// the Rust code into ./messages-api-types.d.ts, the RCS API's into ./rcs-kit.d.ts.
import type { SendRequest, EventsRequest, BodyKind, ValidationIssue, ValidationReport, MessageKey, MessageCatalogue } from "./rcs-kit.js";
import type { MessagesApiRequest, MessagesApiEventsRequest, MessagesApiIssueCode, MessagesApiBodyKind, MessagesApiMessageKey, MessagesApiLimits, Conversion } from "./messages-api-types.js";
import type { ValidateOptions as BaseOptions, Bytes } from "./index.js";

export * from "./rcs-kit.js";
export * from "./messages-api-types.js";
export { version, RcsKitError } from "./index.js";
export type { Market, Bytes } from "./index.js";

/** A message catalogue with the Messages API profile's keys too. */
export type MessagesApiMessageCatalogue = MessageCatalogue & { readonly [K in MessagesApiMessageKey]?: string };

/** Options of `validate`: the main entry's, with the Messages API's body kinds and messages. */
export interface ValidateOptions extends Omit<BaseOptions, "kind" | "messages"> {
  /** The catalogue to render the issues' messages from (English for a key it lacks). */
  messages?: MessagesApiMessageCatalogue | null;
  /** The body kind; detected from the body's members when absent (a message with
   * `channel` or `content.body` is a Messages API one, an event with `channel` or `event`
   * too). */
  kind?: BodyKind | MessagesApiBodyKind;
}

/** An issue's message, whose key may be one only the Messages API profile reports. */
export interface MessagesApiIssueMessage {
  key: MessageKey | MessagesApiMessageKey;
  params: { [name: string]: number | string | MessagesApiIssueMessage };
}
/** An issue, whose code and message may be ones only the Messages API profile reports. */
export interface MessagesApiValidationIssue extends Omit<ValidationIssue, "code" | "msg"> {
  code: ValidationIssue["code"] | MessagesApiIssueCode;
  /** Its message's key and parameters (not enumerable). */
  readonly msg: MessagesApiIssueMessage;
}
/** A report on an RCS API or Messages API body. */
export interface MessagesApiValidationReport extends Omit<ValidationReport, "issues"> {
  issues: MessagesApiValidationIssue[];
}

/** Validates an RCS API or Messages API body (send, events, capability check), as a plain
 * object, JSON text or the bytes of its UTF-8 JSON text; reports as the main entry's. */
export function validate(payload: SendRequest | EventsRequest | MessagesApiRequest | MessagesApiEventsRequest | string | Bytes | unknown, options?: ValidateOptions): MessagesApiValidationReport;
/** The text of an issue's `msg` from `catalogue`, in English for a key it lacks. */
export function renderMessage(msg: MessagesApiIssueMessage, catalogue?: MessagesApiMessageCatalogue | null): string;
/** Converts an RCS API send or events request to the Messages API's (`channel: "RCS"`),
 * with a note, located in the input, for everything renamed, inferred or lost. */
export function toMessagesApi(request: SendRequest | EventsRequest | string | Bytes | unknown): Conversion<MessagesApiRequest | MessagesApiEventsRequest>;
/** Converts a Messages API send or events request to the RCS API's; as `toMessagesApi`. */
export function fromMessagesApi(request: MessagesApiRequest | MessagesApiEventsRequest | string | Bytes | unknown): Conversion<SendRequest | EventsRequest>;
/** The limits table: the main entry's, and under `messages_api` the Messages API
 * profile's own, e.g. `limits().messages_api.body.text.max === 3072`. */
export function limits(): MessagesApiLimits;
