// The counters beside text fields: characters against the limit, and the UTF-16 code units
// too when they differ (an emoji is one character, two units), with rcs-kit's
// length.utf16 warning at the field. And the import's tolerance: a body with a byte order
// mark, integer fields written 30.0.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, fieldIssues, jsonView, confirmDialog } from "./harness.mjs";

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

const TEXT = "/messages/0/content/text";
const classes = (locator) => locator.evaluate((el) => [...el.classList]);

test("the counter shows characters and UTF-16 units when they differ; the warning is at the field", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const counter = page.locator(`#form .field:has([data-pointer="${TEXT}"]) .counter`);
  const limit = await page.evaluate(async () => (await import("/pkg/dist/index.js")).limits().text.text.max);
  assert.equal(limit, 3072);

  // ASCII: one number, as before
  await field(page, TEXT).fill("Your order has shipped");
  assert.equal(await counter.textContent(), "22/3,072");
  assert.equal(await counter.getAttribute("title"), "");

  // emoji at the limit in UTF-16 units: both numbers, no issue
  await field(page, TEXT).fill("😀".repeat(1536));
  assert.equal(await counter.textContent(), "1,536/3,072 characters · 3,072 UTF-16 units");
  assert.match(await counter.getAttribute("title"), /UTF-16 code units/);
  assert.deepEqual(await fieldIssues(page, TEXT), []);
  assert.deepEqual(await classes(counter), ["counter"]);

  // at the limit in characters, twice over it in units: the warning, still sendable
  await field(page, TEXT).fill("😀".repeat(3072));
  assert.equal(await counter.textContent(), "3,072/3,072 characters · 6,144 UTF-16 units");
  assert.deepEqual(await classes(counter), ["counter", "near", "units-over"]);
  const issues = await fieldIssues(page, TEXT);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  assert.match(issues[0], /3072 characters but 6144 UTF-16 code units: over the limit of 3072/);
  assert.ok(await page.locator("#send").isEnabled());

  // over the limit in characters: the error, the counter says so
  await field(page, TEXT).fill("😀".repeat(3073));
  assert.equal(await counter.textContent(), "3,073/3,072 characters · 6,146 UTF-16 units");
  assert.deepEqual(await classes(counter), ["counter", "over"]);
  const over = await fieldIssues(page, TEXT);
  assert.equal(over.length, 1, JSON.stringify(over));
  assert.match(over[0], /at most 3072/);
  assert.ok(await page.locator("#send").isDisabled());

  // a chip: 12 flags and one more regional indicator, 25 characters, 50 units
  const chip = "/messages/0/content/suggestions/2/text";
  const chipCounter = page.locator(`#form .field:has([data-pointer="${chip}"]) .counter`);
  await field(page, TEXT).fill("Pick your team");
  await field(page, chip).fill("🇫🇷".repeat(12) + "🇫");
  assert.equal(await chipCounter.textContent(), "25/25 characters · 50 UTF-16 units");
  assert.match((await fieldIssues(page, chip))[0], /25 characters but 50 UTF-16 code units/);

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("import: a body with a byte order mark and integer fields written 30.0", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const body = {
    messages: [
      {
        sender: "DemoSender",
        destinations: [{ to: "441134960001" }],
        content: { type: "TEXT", text: "Imported" },
        options: { validityPeriod: { amount: 30, timeUnit: "MINUTES" } },
      },
    ],
  };
  const text = "\uFEFF" + JSON.stringify(body).replace('"amount":30', '"amount":30.0');
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(text);
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  assert.equal(await page.locator("#import-error").textContent(), "");
  assert.deepEqual(await jsonView(page), body);
  assert.equal(await field(page, "/messages/0/options/validityPeriod/amount").inputValue(), "30");
  assert.ok(await page.locator("#send").isEnabled());
  // the package reads the text as the API would: the mark is a warning, 30.0 an integer
  const report = await page.evaluate(async (t) => (await import("/pkg/dist/index.js")).validate(t), text);
  assert.deepEqual(report.issues.map((i) => [i.severity, i.code, i.path]), [["warning", "json.byte_order_mark", ""]]);
  assert.deepEqual(events.errors, []);
});

test("typing past a limit: the field's issue and its Problems item stay, their count follows each key", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const limit = await page.evaluate(async () => (await import("/pkg/dist/index.js")).limits().text.text.max);
  await field(page, TEXT).fill("x".repeat(limit + 1));
  const fieldItem = page.locator(`#form .field:has([data-pointer="${TEXT}"]) .field-issues li`);
  const listItem = page.locator(`#summary button[data-path="${TEXT}"]`);
  const count = (n) => new RegExp(`has ${String(n).replace(/\B(?=(\d{3})+$)/g, ",?")} characters`);
  assert.match(await fieldItem.textContent(), count(limit + 1));
  assert.match(await listItem.locator(".summary-msg").textContent(), count(limit + 1));
  // mark both elements: a key that only changes the count keeps them (their words are set in place)
  await fieldItem.evaluate((el) => (el.dataset.mark = "kept"));
  await listItem.evaluate((el) => (el.dataset.mark = "kept"));
  await field(page, TEXT).press("End");
  await field(page, TEXT).press("y");
  assert.match(await fieldItem.textContent(), count(limit + 2));
  assert.match(await listItem.locator(".summary-msg").textContent(), count(limit + 2));
  assert.match(await listItem.locator(".summary-msg").getAttribute("title"), new RegExp(String(limit + 2)));
  assert.match(await fieldItem.getAttribute("title"), new RegExp(String(limit + 2)));
  assert.equal(await fieldItem.getAttribute("data-mark"), "kept");
  assert.equal(await listItem.getAttribute("data-mark"), "kept");
  // the kept Problems item still goes to its field
  await page.locator("#form").evaluate(() => window.scrollTo(0, 0));
  await listItem.click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.pointer), TEXT);
  // back under the limit: both go
  await field(page, TEXT).fill("fine");
  assert.equal(await fieldItem.count(), 0);
  assert.equal(await listItem.count(), 0);
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("two issues of one code at one object: each Problems item names its own field as the other is fixed", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const body = { messages: [{ sender: "DemoSender", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "Hi", suggestions: [{ type: "REPLY" }] } }] };
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(body));
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  const S = "/messages/0/content/suggestions/0";
  const places = () => page.locator(`#summary button[data-path="${S}"] .summary-place`).allTextContents();
  const both = await places();
  assert.equal(both.length, 2, JSON.stringify(both));
  assert.ok(both.some((p) => /Chip text/.test(p)) && both.some((p) => /Postback data/.test(p)), JSON.stringify(both));
  await field(page, `${S}/text`).fill("Yes");
  assert.deepEqual((await places()).map((p) => /Postback data/.test(p)), [true], JSON.stringify(await places()));
  assert.deepEqual(events.errors, []);
});
