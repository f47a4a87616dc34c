// A typed usage example, checked with `tsc --noEmit` by the test suite.
import {
  validate, limits, build, MessageBuilder, textContent, reply, openUrl,
  type SendRequest, type ValidationReport, type Suggestion, type Limits, type MessageTemplate,
  type TemplateReport, type RenderedAudience,
} from "../index.js";
// The entry with the template ops, through the package's `exports` map.
import { validateTemplate, renderTemplate } from "rcs-kit/template";
import * as mainEntry from "../index.js";
// The validate-only entry, through the package's `exports` map.
import * as validateOnly from "rcs-kit/validate";

const chips: Suggestion[] = [
  reply("Yes", "yes"),
  openUrl("Track", "track", "https://example.com/t/1", { application: "WEBVIEW", webviewViewMode: "HALF" }),
];

const request: SendRequest = {
  messages: [
    {
      sender: "DemoSender",
      destinations: [{ to: "441134960001" }],
      content: { type: "TEXT", text: "Your order has shipped", suggestions: chips },
      options: { validityPeriod: { amount: 2, timeUnit: "HOURS" } },
    },
  ],
};

const report: ValidationReport = validate(request, { strict: true, now: new Date() });
for (const issue of report.issues) {
  const where: string = issue.path;
  const limit: number | undefined = issue.limit;
  void where;
  void limit;
}

const l: Limits = limits();
const max: number = l.suggestion.text.max;
void max;

const built = new MessageBuilder("DemoSender").to("441134960001").content(textContent("Hi", chips)).build();
if (built.payload) {
  const n: number = built.payload.messages.length;
  void n;
} else {
  const codes: string[] = built.issues.map((i) => i.code);
  void codes;
}

const again = build(request);
void again;

// Bytes: a Uint8Array (a Node Buffer is one), an ArrayBuffer or a DataView.
const bytes = new TextEncoder().encode(JSON.stringify(request));
const fromBytes: ValidationReport = validate(bytes);
const fromBuffer: ValidationReport = validate(bytes.buffer);
const fromView: ValidationReport = validate(new DataView(bytes.buffer));
const builtBytes = build(bytes);
const sameBytes: Uint8Array | undefined = builtBytes.payload;
void [fromBytes, fromBuffer, fromView, sameBytes];

// @ts-expect-error: "DIAGONAL" is not an Orientation
const wrong: SendRequest = { messages: [{ sender: "S", destinations: [{ to: "1" }], content: { type: "CARD", orientation: "DIAGONAL", alignment: "LEFT", content: {} } }] };
void wrong;

// rcs-kit/validate: the same validate, limits and types; nothing else.
const onlyReport: validateOnly.ValidationReport = validateOnly.validate(bytes, { advice: true, market: "IN" });
const onlyMax: number = validateOnly.limits().suggestion.text.max;
const onlyVersion: string = validateOnly.version();
const onlyRequest: validateOnly.SendRequest = request;
void [onlyReport, onlyMax, onlyVersion, onlyRequest, validateOnly.RcsKitError];
// @ts-expect-error: the validate entry has no builders
void validateOnly.MessageBuilder;

// Templates (the main entry only).
const tpl: MessageTemplate = {
  variables: [{ name: "to", sample: "441134960001", maxLength: 15 }, { name: "firstName", sample: "Ada", maxLength: 20, allowEmpty: true }],
  message: { sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "Hi {{firstName}}" } },
};
const checked: TemplateReport = validateTemplate(tpl, { strict: true });
const room: number = checked.fields[0].left;
const audience: RenderedAudience = renderTemplate(tpl, "to,firstName\n441134960001,Ada\n", { maxMessages: 500 });
const fromObjects = renderTemplate(JSON.stringify(tpl), [{ to: 441134960001, firstName: "Ada" }]);
const bodies: string[] = audience.requests.map((r) => r.body);
const failedRows: number[] = fromObjects.rows.filter((r) => !r.valid).map((r) => r.row);
void [room, bodies, failedRows, audience.messages, audience.template.fields];
// @ts-expect-error: rows are objects or CSV text
renderTemplate(tpl, 5);
// @ts-expect-error: the validate entry has no template ops
void validateOnly.validateTemplate;
// @ts-expect-error: nor has the main entry
void mainEntry.renderTemplate;
// Messages in German, and an issue rendered again from its key and parameters.
import de from "rcs-kit/messages/de";
import { renderMessage, type MessageCatalogue } from "../index.js";
const german: ValidationReport = validate(request, { messages: de });
const mine: MessageCatalogue = { "length.too_long": "{subject}: {n}/{max}" };
for (const issue of german.issues) {
  const again: string = renderMessage(issue.msg, mine);
  void again;
}

// The Messages API entry, through the package's `exports` map.
import * as mapi from "rcs-kit/messages-api";
const mapiRequest: mapi.MessagesApiRequest = {
  messages: [{
    channel: "RCS", sender: "DemoSender", destinations: [{ to: "441134960001" }],
    content: { body: { type: "TEXT", text: "Hi" }, buttons: [{ type: "OPEN_URL", text: "Open", url: "https://example.com", openIn: "WEBVIEW_HALF" }] },
  }],
};
const mapiReport: mapi.MessagesApiValidationReport = mapi.validate(mapiRequest, { kind: "messages-api" });
const mapiCode: string = mapiReport.issues[0]?.code ?? "";
const there: mapi.Conversion<mapi.MessagesApiRequest | mapi.MessagesApiEventsRequest> = mapi.toMessagesApi(request);
const back = mapi.fromMessagesApi(there.output);
const notes: mapi.ConversionNote[] = back.notes;
void [mapiCode, notes, mapi.limits().text, mapi.version()];
// Its messages in German too, the Messages API profile's keys included.
const mapiGerman: mapi.MessagesApiValidationReport = mapi.validate(mapiRequest, { messages: de });
const mapiKey: mapi.MessagesApiIssueMessage["key"] = "messages_api.event.message_id.required";
void [mapiGerman.issues.map((i) => mapi.renderMessage(i.msg, de)), mapiKey];
