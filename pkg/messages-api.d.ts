// The entry `rcs-kit/messages-api`: validate (which also knows Infobip's Messages API,
// `POST /messages-api/1/messages` and `/messages-api/1/events`, docs/messages-api.md),
// toMessagesApi and fromMessagesApi, limits, version and RcsKitError, with a module that
// has the Messages API's tables and converter. The Messages API's types are generated from
// the Rust code into ./messages-api-types.d.ts, the RCS API's into ./rcs-kit.d.ts.
import type { SendRequest, EventsRequest, BodyKind, ValidationIssue, ValidationReport } from "./rcs-kit.js";
import type { MessagesApiRequest, MessagesApiEventsRequest, MessagesApiIssueCode, MessagesApiBodyKind, Conversion } from "./messages-api-types.js";
import type { ValidateOptions as BaseOptions, Bytes } from "./index.js";

export * from "./rcs-kit.js";
export * from "./messages-api-types.js";
export { limits, version, RcsKitError } from "./index.js";
export type { Market, Bytes } from "./index.js";

/** Options of `validate`: the main entry's, with the Messages API's body kinds. */
export interface ValidateOptions extends Omit<BaseOptions, "kind"> {
  /** The body kind; detected from the body's members when absent (a message with
   * `channel` or `content.body` is a Messages API one, an event with `channel` or `event`
   * too). */
  kind?: BodyKind | MessagesApiBodyKind;
}

/** An issue, whose code may be one only the Messages API profile reports. */
export interface MessagesApiValidationIssue extends Omit<ValidationIssue, "code"> {
  code: ValidationIssue["code"] | MessagesApiIssueCode;
}
/** A report on an RCS API or Messages API body. */
export interface MessagesApiValidationReport extends Omit<ValidationReport, "issues"> {
  issues: MessagesApiValidationIssue[];
}

/** Validates an RCS API or Messages API body (send, events, capability check), as a plain
 * object, JSON text or the bytes of its UTF-8 JSON text; reports as the main entry's. */
export function validate(payload: SendRequest | EventsRequest | MessagesApiRequest | MessagesApiEventsRequest | string | Bytes | unknown, options?: ValidateOptions): MessagesApiValidationReport;
/** Converts an RCS API send or events request to the Messages API's (`channel: "RCS"`),
 * with a note, located in the input, for everything renamed, inferred or lost. */
export function toMessagesApi(request: SendRequest | EventsRequest | string | Bytes | unknown): Conversion<MessagesApiRequest | MessagesApiEventsRequest>;
/** Converts a Messages API send or events request to the RCS API's; as `toMessagesApi`. */
export function fromMessagesApi(request: MessagesApiRequest | MessagesApiEventsRequest | string | Bytes | unknown): Conversion<SendRequest | EventsRequest>;
