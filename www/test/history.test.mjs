// Nothing lost: Start over and Import ask first and can be undone; Ctrl+Z / Ctrl+Shift+Z
// walk back and forth through at least the last 50 edits; the draft survives a reload and
// a crash of the tab.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, jsonView, confirmDialog } from "./harness.mjs";

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
const SENDER = "/messages/0/sender";

test("Start over and Import ask first, and Undo brings the draft back", async () => {
  const { page, context, events } = await openComposer(browser, standIn);
  await field(page, TEXT).fill("My own campaign text");
  const mine = await jsonView(page);

  // Start over: Cancel keeps the draft, OK replaces it, Undo brings it back, Redo again
  await page.locator("#start-over").click();
  assert.ok(await page.locator("#confirm").evaluate((d) => d.open));
  await page.locator("#confirm-cancel").click();
  assert.deepEqual(await jsonView(page), mine);
  await page.locator("#start-over").click();
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#confirm").evaluate((d) => d.open), false);
  assert.deepEqual(await jsonView(page), mine);
  await page.locator("#start-over").click();
  await confirmDialog(page);
  assert.notEqual(await field(page, TEXT).inputValue(), "My own campaign text");
  assert.match(await page.locator("#notice").textContent(), /Started over/);
  await page.keyboard.press("Control+z");
  assert.deepEqual(await jsonView(page), mine);
  assert.equal(await field(page, TEXT).inputValue(), "My own campaign text");
  await page.keyboard.press("Control+Shift+z");
  assert.notEqual(await field(page, TEXT).inputValue(), "My own campaign text");
  await page.locator("#undo").click();
  assert.deepEqual(await jsonView(page), mine);

  // Import: asks, replaces, and the notice's Undo brings the draft back
  const body = { messages: [{ sender: "Imported", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "From the import" } }] };
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(body));
  await page.locator("#import-btn").click();
  await page.locator("#confirm-cancel").click();
  assert.deepEqual(await jsonView(page), mine);
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  assert.deepEqual(await jsonView(page), body);
  await page.locator("#notice-undo").click();
  assert.deepEqual(await jsonView(page), mine);
  assert.deepEqual(events.errors, []);
  await context.close();
});

test("Ctrl+Z and Ctrl+Shift+Z go back and forth through 60 edits", async () => {
  const { page, context } = await openComposer(browser, standIn);
  const states = [await jsonView(page)];
  for (let i = 1; i <= 60; i++) {
    // alternating fields: each fill is an edit of its own
    await field(page, i % 2 ? TEXT : SENDER).fill(i % 2 ? `Text number ${i}` : `Sender${i}`);
    states.push(await jsonView(page));
  }
  assert.equal(await page.locator("#undo").isEnabled(), true);
  assert.equal(await page.locator("#redo").isEnabled(), false);
  await field(page, TEXT).focus();
  for (let k = 1; k <= 55; k++) {
    await page.keyboard.press("Control+z");
    if (k % 11 === 0) assert.deepEqual(await jsonView(page), states[60 - k], `after ${k} undos`);
  }
  assert.deepEqual(await jsonView(page), states[5]);
  assert.equal(await field(page, TEXT).inputValue(), states[5].messages[0].content.text);
  for (let k = 1; k <= 55; k++) await page.keyboard.press("Control+Shift+Z");
  assert.deepEqual(await jsonView(page), states[60]);
  assert.equal(await page.locator("#redo").isEnabled(), false);

  // typing in one burst is one step
  const before = states[60].messages[0].content.text;
  await field(page, TEXT).focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" and a burst", { delay: 20 });
  assert.equal(await field(page, TEXT).inputValue(), `${before} and a burst`);
  await page.keyboard.press("Control+z");
  assert.equal(await field(page, TEXT).inputValue(), before);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.pointer), "/messages/0/content/text");

  // structural edits too: remove a chip, undo brings it back
  const chips = (await jsonView(page)).messages[0].content.suggestions.length;
  await page.locator(`#form button[data-key="/messages/0/content/suggestions/0#remove"]`).click();
  assert.equal((await jsonView(page)).messages[0].content.suggestions.length, chips - 1);
  await page.keyboard.press("Control+z");
  assert.equal((await jsonView(page)).messages[0].content.suggestions.length, chips);
  await context.close();
});

test("the draft survives a reload and a crash of the tab", async () => {
  const { page, context } = await openComposer(browser, standIn);
  await field(page, TEXT).fill("Draft before the reload");
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.equal(await field(page, TEXT).inputValue(), "Draft before the reload");

  await field(page, TEXT).fill("Draft before the crash");
  await page.waitForTimeout(400); // the backup is written within 250 ms
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise((resolve) => page.once("crash", resolve));
  cdp.send("Page.crash").catch(() => {});
  await crashed;

  // a new tab (its own, empty sessionStorage) takes up the crashed tab's draft
  const again = await context.newPage();
  await again.goto(`${standIn.url}/`);
  await again.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.equal(await field(again, TEXT).inputValue(), "Draft before the crash");
  assert.match(await again.locator("#notice").textContent(), /Restored the draft/);
  await context.close();
});
