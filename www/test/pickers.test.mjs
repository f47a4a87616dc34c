// Pickers and helpers: date-time pickers with a UTC offset (calendar events, sendAt) that
// keep the offset typed; phone numbers with spaces, dashes, brackets, + or 00 cleaned up
// to what the API takes, with a note; required markers that follow the cross-field rules
// (REQUIRED_WHEN, generated); a wrongly typed boolean shown as what it is.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, fieldIssues, jsonView, addTo, confirmDialog } from "./harness.mjs";

let standIn;
let browser;

before(async () => {
  standIn = await startStandIn();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  standIn?.stop();
});

const C = "/messages/0/content";
const wrapOf = (page, pointer) => page.locator(`#form .field:has(> [data-pointer="${pointer}"])`);

test("calendar and sendAt pickers write the API's format in the offset chosen, and read it back as typed", async () => {
  const { page, context, events } = await openComposer(browser, standIn);
  await addTo(page, `${C}/suggestions`, "CREATE_CALENDAR_EVENT");
  const start = `${C}/suggestions/3/startTime`;
  const picker = wrapOf(page, start).locator(".dt-picker");
  const local = picker.locator('input[type="datetime-local"]');
  const offset = picker.locator("select");
  assert.match(await local.getAttribute("aria-label"), /Calendar event 4: .*date and time/);

  // the picker, offset +01:00: the field holds yyyy-MM-ddTHH:mm:ss.SSS±hhmm in that offset
  await offset.selectOption("60");
  await local.fill("2031-05-06T13:00:00");
  assert.equal(await field(page, start).inputValue(), "2031-05-06T13:00:00.000+0100");
  assert.equal((await jsonView(page)).messages[0].content.suggestions[3].startTime, "2031-05-06T13:00:00.000+0100");
  assert.deepEqual(await fieldIssues(page, start), []);

  // typed in another offset: the picker shows it as typed, not in UTC nor the browser's zone
  await field(page, start).fill("2031-05-06T13:00:00.000+05:30");
  assert.match(await local.inputValue(), /^2031-05-06T13:00(:00)?$/);
  assert.equal(await offset.inputValue(), "330");
  // changing the time in the picker keeps the offset and its spelling
  await local.fill("2031-05-06T14:30:00");
  assert.equal(await field(page, start).inputValue(), "2031-05-06T14:30:00.000+05:30");
  // the phone's chip quotes the time in that offset
  const end = `${C}/suggestions/3/endTime`;
  await field(page, end).fill("2031-05-06T16:00:00.000+05:30");
  const title = await page.locator(`#preview .chips [data-pointer="${C}/suggestions/3"]`).getAttribute("title");
  assert.match(title, /14:30 \(UTC\+05:30\) – .*16:00 \(UTC\+05:30\)/);
  // end before start: the error is at the end field, and quotes both times as typed
  await field(page, end).fill("2031-05-06T14:00:00.000+05:30");
  const issues = await fieldIssues(page, end);
  assert.equal(issues.length, 1);
  assert.match(issues[0], /2031-05-06T14:00:00\.000\+05:30/);
  assert.match(issues[0], /2031-05-06T14:30:00\.000\+05:30/);
  assert.doesNotMatch(issues[0], /\+0000/);

  // sendAt: the same picker in the request options
  await page.locator('#form details[data-section="request"] > summary').click();
  const sendAt = "/options/schedule/sendAt";
  const sp = wrapOf(page, sendAt).locator(".dt-picker");
  await sp.locator("select").selectOption("-300");
  await sp.locator('input[type="datetime-local"]').fill("2030-01-02T09:15:00");
  assert.equal((await jsonView(page)).options.schedule.sendAt, "2030-01-02T09:15:00.000-0500");
  assert.match(await page.locator("#preview .preview-notes").textContent(), /Scheduled for .*09:15 \(UTC−05:00\)/);
  assert.deepEqual(events.errors, []);
  await context.close();
});

test("phone numbers are cleaned up to what the API takes, with a note", async () => {
  const { page, context } = await openComposer(browser, standIn);
  const to = "/messages/0/destinations/0/to";
  await field(page, to).fill("+44 (113) 496-0007");
  assert.equal((await jsonView(page)).messages[0].destinations[0].to, "441134960007");
  assert.deepEqual(await fieldIssues(page, to), []);
  const note = page.locator(`#form [data-phone-note="${to}"]`);
  assert.match(await note.textContent(), /Sent as 441134960007/);
  await field(page, to).blur();
  assert.equal(await field(page, to).inputValue(), "441134960007");
  await field(page, to).fill("0044 113 496 0008");
  assert.equal((await jsonView(page)).messages[0].destinations[0].to, "441134960008");
  // a national number: cleaned, and the note asks for the country code
  await field(page, to).fill("07911 123456");
  assert.equal((await jsonView(page)).messages[0].destinations[0].to, "07911123456");
  assert.match(await note.textContent(), /country code/);
  // not a phone number: left as typed, and the validator says why
  await field(page, to).fill("call me");
  assert.equal((await jsonView(page)).messages[0].destinations[0].to, "call me");
  assert.equal((await fieldIssues(page, to)).length, 1);

  // a number to dial keeps its +; 00 becomes +
  const dial = `${"/messages/0/content"}/suggestions/1/phoneNumber`;
  await field(page, dial).fill("00 44 113 496 0000");
  assert.equal((await jsonView(page)).messages[0].content.suggestions[1].phoneNumber, "+441134960000");
  assert.match(await page.locator(`#form [data-phone-note="${dial}"]`).textContent(), /00 written as \+/);
  assert.deepEqual(await fieldIssues(page, dial), []);
  await context.close();
});

test("Webview size is marked required exactly when Open in is Webview; a string boolean shows as what it is", async () => {
  const { page, context } = await openComposer(browser, standIn);
  const rw = await page.evaluate(async () => (await import("/pkg/src/generated/data.js")).REQUIRED_WHEN.OpenUrlSuggestion.webviewViewMode);
  const mode = `${C}/suggestions/0/webviewViewMode`;
  const app = `${C}/suggestions/0/${rw.field}`;
  // the marker as shown (innerText: the hidden one of "optional"/"required" is left out); a
  // field off screen is not rendered (content-visibility), so it is scrolled to first
  const marker = async () => {
    const label = wrapOf(page, mode).locator("label");
    await label.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.innerText.trim() !== "", await label.elementHandle());
    return (await label.innerText()).replace(/\s+/g, " ").trim();
  };
  assert.match(await marker(), /Webview size optional$/);
  await field(page, app).selectOption(rw.equals);
  assert.match(await marker(), /Webview size required$/);
  assert.equal(await field(page, mode).getAttribute("aria-required"), "true");
  // the validator agrees: the error is at that field
  assert.equal((await fieldIssues(page, mode)).length, 1);
  await field(page, mode).selectOption("HALF");
  assert.deepEqual(await fieldIssues(page, mode), []);
  await field(page, app).selectOption("");
  assert.match(await marker(), /Webview size optional$/);

  // an imported "false" (a string) is not shown as No
  const body = { messages: [{ sender: "DemoSender", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "Hi" }, webhooks: { delivery: { url: "https://example.com/r", intermediateReport: "false" } } }] };
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(body));
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  await page.locator('#form details[data-section="webhooks"] > summary').click();
  const ir = "/messages/0/webhooks/delivery/intermediateReport";
  const shown = await field(page, ir).evaluate((s) => s.selectedOptions[0].textContent);
  assert.match(shown, /^"false" \(a string, not Yes or No\)$/);
  assert.equal((await fieldIssues(page, ir)).length, 1);
  await field(page, ir).selectOption("false");
  assert.equal((await jsonView(page)).messages[0].webhooks.delivery.intermediateReport, false);
  await context.close();
});

test("issues name the field by its label; the API path and code stay in a details line", async () => {
  const { page, context } = await openComposer(browser, standIn);
  const chip = `${C}/suggestions/0/text`;
  const max = await page.evaluate(async () => (await import("/pkg/src/generated/data.js")).LIMITS.suggestion.text.max);
  const label = await page.evaluate(async () => (await import("/pkg/src/generated/data.js")).FIELD_LABELS.Suggestion.text);
  await field(page, chip).fill("x".repeat(max + 5));
  const [at] = await fieldIssues(page, chip);
  assert.ok(at.startsWith(`${label} has ${max + 5} characters`), at);
  assert.doesNotMatch(at, /`/);
  const item = page.locator(`#summary button[data-path="${chip}"]`);
  assert.equal(await item.locator(".summary-place").textContent(), `Open URL 1: ${label}`);
  assert.ok((await item.locator(".summary-msg").textContent()).startsWith(`${label} has`));
  assert.equal(await item.locator(".summary-where").textContent(), "messages[0].content.suggestions[0].text · suggestion.text.too_long");
  // the validator's own words are the tooltip
  assert.match(await item.locator(".summary-msg").getAttribute("title"), /^`text` has/);
  // the form's words come from the package's catalogue (the issue's key and parameters,
  // the field as its label), not from the English sentence
  const fromCatalogue = await page.evaluate(async (path) => {
    const { formWords } = await import("/js/app-issues.js");
    const subject = { key: "subject.field", params: { field: "text" } };
    return formWords({ path, message: "not this", msg: { key: "length.too_long", params: { subject, n: 31, max: 25, excess: 6 } } });
  }, chip);
  assert.equal(fromCatalogue, `${label} has 31 characters; at most 25 are allowed: shorten it by 6`);
  await context.close();
});
